import { describe, expect, it } from 'vitest';
import { carefulSession } from './readers';

// Ten postings for Fitmark's first audience, infrastructure, platform, SRE, cloud, DevOps and backend engineers, in styles
// not covered before (a Workday posting of an SRE role whose "Pay Range" has cents; "Minimum requirements" and "Nice to have"
// as numbered lists; a platform team's "You might be a fit if" / "It's a bonus if"; an on-site SRE role asking 4 years of
// Kubernetes in production and on-call; a Canadian cloud role asking "AWS or GCP certification (Associate level or above)";
// a Go role asking "BS in Computer Science …, or 4 additional years of relevant experience"; a defence contractor asking US
// citizenship, an active Secret clearance and DoD 8570 IAT Level II; a Köln role in English, "€68.000 – €82.000", "Fluent
// German (C1 or higher)" and an apprenticeship as a comparable qualification; a freelance role by the day, "€700–€800,
// excluding VAT", asking a KvK registration; a new-graduate role asking a degree "completed between December 2025 and June
// 2027") and ten resumes in shapes not covered before (a one-page SRE resume with a table of skills and years; a part-time
// evening post overlapping a full-time one; a teacher turned DevOps engineer; roles written as paragraphs, "Staff Engineer
// at X (2020 to present). I lead …", and a degree "did not complete"; many short freelance engagements under "Engagements
// (freelance since 2021)", dates first; a new graduate with internships and a TA post; certifications with issue and expiry
// dates, one lapsed), all written for this test (session 35, none from a real posting). Each pair's facts (years, work mode,
// pay, sponsorship, clearance, degree) and verdicts were decided by hand before Fitmark read them
// (test/fixtures/text/careful/s35-decided.json, committed before the first read).
// First read: 60 of 60 facts and 84 of 110 verdicts as decided; now 60 of 60 and 100 of 110; 102 of 110 after the item
// forms of requirements-forms-10 (items.ts, terms.ts, sections.ts): the Workday posting's unbulleted "Experience with
// Azure" was read as a heading (Azure lost, the wishes after it required), and "AWS or GCP certification (Associate level
// or above)" asked "above" as a term.
// Mended (lib/resume/profile.ts, dates.ts, title-fields.ts, lib/analyze.ts, lib/match/requirements.ts, domains.ts; fresh
// tests in match-careful-10):
// - Roles written as paragraphs ("Staff Engineer at Tollgate Payments (2020 to present). I lead …") were no roles (3.1
//   years for 13), and "Engagements (freelance since 2021)" no experience heading (5.2 years for 10.9).
// - "Coursework toward an Associate's in Business … (did not complete)" was read as an associate degree.
// - A degree "completed between December 2025 and June 2027" was partial against one expected in May 2027.
// - "Infrastructure Intern, Tessellate Cloud" showed cloud computing by the employer's name.
// - Asks the taxonomy does not name were "cannot tell": "Experience with Agones or game server hosting", "Experience with
//   BSI IT-Grundschutz" (now unmet), "Experience in the energy sector", "Prior work at a fintech or bank", "Interest in
//   robotics", "Experience in the public sector" (now by the roles' employers and work), "(KvK or equivalent)" (now met by
//   "KvK 81234567").
// - "Hands-on with core AWS services: IAM, VPC, EC2, S3, RDS" and "networking fundamentals (subnets, routing, VPNs)" were
//   partial for an example not named; "Understanding of concurrency: goroutines, channels, …" unmet against goroutines.
// - "Systems Engineer" titles did not count as infrastructure years; a lapsed AWS certification was the evidence.
// Still read wrong (not asserted):
// - Workday: "Master's degree" against a bachelor's is partial by Fitmark's rule (a lower degree); decided unmet.
// - "You care about developer experience and have talked to your users" is unmet against office hours and surveys with
//   developers: what the work did, not a name the taxonomy could hold (session 35: platform engineering now shows
//   developer experience, which this resume does not name); decided met.
// - "Strong written communication" is unknown by the soft-skill rule; decided met (runbooks).
// - "7+ years in DevOps or infrastructure roles, of which 3+ as a freelancer" (now DevOps or "infrastructure", terms.ts):
//   no dated engagement shows DevOps or says "infrastructure" (taxonomy: Terraform, AKS and pipelines imply none, rightly:
//   a tool shows no line of work); partial, decided met.
// - New graduate: total years 1.3 count a TA post held while studying (decided 0.6, internships only).
// Mended in session 35 (taxonomy; fresh tests in implied-s35), 100 -> 104 of 110: "Familiarity with the Risk Management
// Framework (RMF) and ATO packages" read as risk management (RMF is now a skill of its own); "from a data centre to
// Azure" showed no on-premises infrastructure for "Experience leading a migration from on-premise to cloud" (a data
// centre beside clouds, machines or migrations now does); "Familiarity with Linux and the command line" was partial
// against Bash (shell scripts now show the command line) and "Understanding of computer networking basics" unmet against
// "Computer Networks" coursework and a WireGuard VPN (the course's name and a VPN now show networking).
// Mended in session 35 (item forms; requirements-forms-10): "AWS or GCP certification (Associate level or above)" no
// longer asks "above" as a term.
//
// A second batch (s35b), written and decided after those fixes and read once: a database reliability role ("What you'll
// need", "Bonus points", backup tools in a bracket), network automation ("CCNP Enterprise or equivalent", a driver's
// license, travel to field sites), cloud security for federal agencies (a Public Trust clearance, "OSCP or CISSP"), and a
// Rust edge role whose asks are a paragraph of prose ("The ideal candidate has …"). First read: 23 of 24 facts and 27 of
// 38 verdicts as decided; now 23 of 24 and 32 of 38 (items.ts: the portrait's sentences and predicates, the SIEM's
// bracket; match: a bracket of names "(pgBackRest, WAL-G or Barman)" met where
// the resume names one; "A valid driver's license" by a line that says one is held). Checking the earlier batches after
// it, s34's "Knowledge of the UK energy market or utility billing" had become unmet by "UK" read as a name: a place is
// none, and "market" asks an industry (now met by smart-meter analytics; s34 now 68 of 75, 70 after the item forms).
// Still read wrong (not asserted):
// - "Willingness to travel to field sites up to 25%" is unknown against monthly visits to substations; decided met.
// - The Rust edge role in prose: "and understand TLS …" is an item, the decided start leaves out its "and".
// Mended in session 35 (#12; lib/requirements/facts.ts, lib/match/requirements.ts; fresh tests in match-careful-11): "several
// years of systems programming behind them, at least 3 of them in Rust" gave no years (now 3, the part counted); "as
// would contributions to open-source networking projects" was unmet against "Patches merged into quinn (QUIC) and hyper"
// under "OPEN SOURCE" (a section so headed, or "patches merged into", "maintainer of", "contributor to", now shows them).
// Mended in session 35 (taxonomy; implied-s35), 29 -> 32 of 38: "Strong Linux fundamentals and shell scripting" was
// partial, Bash tooling showing no Linux (Bash now shows Linux); "Splunk detections" showed no detection engineering
// (detections beside a SIEM now do); "several years of systems programming" was partial against a Rust reverse proxy
// (C, C++, Rust and Zig, kernel, driver and DPDK work now show systems programming).
// Mended in session 35 (item forms; requirements-forms-10): "a SIEM (Splunk or Sentinel)" is a choice of SIEMs, no longer
// Splunk asked on its own; in the prose Rust role every sentence about the ideal candidate asks, each predicate apart
// (2 items -> 7), and "as would contributions …" is a wish of its own.
const { pair, verdictsOf } = carefulSession('s35');
const second = carefulSession('s35b');

describe('what a careful reader reads in infrastructure, platform, SRE and cloud postings (session 35)', () => {
  it('a Workday SRE posting with cents in its pay range: years of Kubernetes, systems engineers\u2019 years', () => {
    const { a, resume } = pair('workday');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'hybrid', sponsorship: false, clearance: null, salary: { min: 128400, max: 176550, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: false });
    expect(verdictsOf('workday', ["Bachelor's degree in Computer Science", '4+ years of experience in site reliability', '3+ years of experience with Kubernetes', 'Proficiency in at least one programming', 'Experience with Terraform', 'Experience participating in an on-call', 'Experience with Azure', 'Working knowledge of Istio or Linkerd', 'Experience with Datadog', 'Retail or e-commerce'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet']);
    // The unbulleted "Experience with Azure" is a wish, not a heading: the wishes after it stay wishes.
    expect(['Experience with Azure', 'Working knowledge of Istio or Linkerd', 'Experience with Datadog', 'Retail or e-commerce'].map((t) => pair('workday').byText(t).item.importance)).toEqual(['preferred', 'preferred', 'preferred', 'preferred']);
    expect(resume.profile!.totalYears).toBeCloseTo(9.3, 0);
  });

  it('"Minimum requirements" as a numbered list, against a full-time role and an evening post that overlap', () => {
    const { a, resume } = pair('numbered');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 150000, max: 172000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('numbered', ['5 or more years', 'Strong experience with Java or Kotlin', 'Experience designing and versioning public REST', 'Solid knowledge of PostgreSQL', 'Experience with Kafka', 'Experience running services on AWS', 'You have written integration tests', 'Experience with gRPC', 'Exposure to healthcare data', 'Familiarity with OpenAPI', 'Experience with Redis'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met', 'met', 'met']);
    // The evening post inside the full-time years counts once.
    expect(resume.profile!.totalYears).toBeCloseTo(8.5, 0);
  });

  it('"You might be a fit if": a teacher turned DevOps engineer, three years in the field', () => {
    const { a, resume } = pair('fit');
    expect(a.facts).toMatchObject({ yearsMin: 2, workMode: 'hybrid', sponsorship: true, clearance: null, degree: null, salary: { min: 118000, max: 140000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('fit', ["You've built or run CI/CD", "You're at home in Linux", "You've packaged applications as containers", 'You write Python or Go', 'You have 2+ years in a DevOps', "You've worked with Backstage", "You've written a Helm chart", 'You know your way around Argo CD', "You've taught or mentored"])).toEqual(['met', 'met', 'met', 'met', 'met', 'unmet', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(11.1, 0);
  });

  it('an on-site SRE role asking years of Kubernetes and on-call, against a one-page resume with a table of skills', () => {
    const { a } = pair('oncall');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'onsite', sponsorship: null, clearance: null, degree: null, salary: { min: 140000, max: 165000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('oncall', ['At least 4 years of experience running Kubernetes', 'You will join a follow-the-sun on-call', 'Deep knowledge of Linux networking', 'Experience operating Prometheus', 'Strong scripting in Python or Bash', 'Experience with GitOps', 'Hands-on experience with Google Cloud', 'Experience writing and reviewing SLOs', 'Experience with Agones', 'Cilium or eBPF', 'CKA or CKS'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet', 'met']);
  });

  it('a Canadian cloud role: certifications with dates, one lapsed; examples of what is asked', () => {
    const { a, byText } = pair('cert');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 105000, max: 125000, currency: 'CAD', period: 'year' } });
    expect(verdictsOf('cert', ['3+ years working as a cloud', 'AWS or GCP certification', 'Hands-on with core AWS services', 'Infrastructure as code', 'Experience building CI/CD', 'Comfortable with containers', 'Working knowledge of networking', 'HashiCorp Terraform Associate', 'Experience with BigQuery', 'Cost optimisation work', 'Experience with Snowflake', 'Candidates must be legally entitled'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met', 'unmet', 'unknown']);
    // The current certification is the evidence, not the one that lapsed in May 2026.
    expect(byText('AWS or GCP certification').verdict.evidence).toContain('SysOps Administrator');
  });

  it('a Go role with a degree or four more years, against roles written as paragraphs and a degree not finished', () => {
    const { a, resume } = pair('go');
    expect(a.facts).toMatchObject({ yearsMin: 6, workMode: 'hybrid', sponsorship: true, clearance: null, salary: { min: 185000, max: 215000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdictsOf('go', ['BS in Computer Science', '6+ years building backend', 'Experience with PostgreSQL or MySQL', 'Experience designing idempotent', 'Understanding of concurrency', 'Experience with observability', 'Familiarity with double-entry', 'Experience with gRPC', 'Experience with Temporal', 'Prior work at a fintech'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(12.9, 0);
    expect(resume.profile!.degrees).toEqual([]);
  });

  it('a defence contractor: US citizenship, an active Secret clearance, DoD 8570, years with a degree or four more', () => {
    const { a } = pair('govcon');
    expect(a.facts).toMatchObject({ yearsMin: 8, workMode: 'onsite', sponsorship: false, clearance: 'Secret', salary: { min: 135000, max: 170000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdictsOf('govcon', ['U.S. citizenship', 'Active Secret clearance', "Bachelor's degree and 8 years", 'DoD 8570', 'Experience with Jenkins or GitLab', 'Experience hardening Linux', 'Experience with AWS GovCloud', 'Experience with container scanning', 'Experience with Ansible', 'Experience with Kubernetes or OpenShift', 'CISSP', 'Familiarity with the Risk Management'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet', 'met']);
  });

  it('a Köln role in English: euros with German separators, German at C1 against B2, a standard the resume does not name', () => {
    const { a } = pair('koeln');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'hybrid', sponsorship: null, clearance: null, salary: { min: 68000, max: 82000, currency: 'EUR', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdictsOf('koeln', ['A completed degree', 'At least 3 years', 'Good knowledge of OpenStack', 'Experience with Kubernetes and Helm', 'Automation with Ansible or Terraform', 'Knowledge of PostgreSQL operations', 'Fluent German', 'Good English', 'Experience with BSI', 'Familiarity with GitLab CI', 'Experience in the public sector'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'partial', 'met', 'unmet', 'met', 'unmet']);
  });

  it('a freelance role by the day: many short engagements, a KvK number, an energy client', () => {
    const { a, resume } = pair('contract');
    expect(a.facts).toMatchObject({ yearsMin: 7, workMode: 'remote', sponsorship: null, clearance: null, degree: null, salary: { min: 700, max: 800, currency: 'EUR', period: 'day' } });
    expect(verdictsOf('contract', ['Strong AKS and Azure networking', 'Terraform at scale', 'Azure DevOps Pipelines or GitHub Actions', 'OpenShift experience', 'You are registered as a self-employed', 'Dutch language', 'Experience in the energy sector', 'Azure certification', 'Experience with Kafka', 'Experience leading a migration'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(10.9, 0);
  });

  it('a new-graduate role: a degree completed in a window, internships, a cloud company\u2019s name no cloud work', () => {
    const { a } = pair('newgrad');
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'onsite', sponsorship: true, clearance: null, salary: { min: 112000, max: 112000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true });
    expect(verdictsOf('newgrad', ["A bachelor's or master's degree", 'Internship or co-op', 'Programming experience in Python', 'Exposure to Docker', 'Interest in robotics', 'Experience with Bazel', 'Coursework in distributed systems', 'Experience with AWS or another cloud', 'Familiarity with Linux', 'Understanding of computer networking'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met', 'met']);
  });
});

describe('a second batch, decided after the fixes and read once (session 35b)', () => {
  it('a database reliability role: years of PostgreSQL at scale, backup tools in a bracket, a conference talk', () => {
    const { a } = second.pair('dbre');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 165000, max: 195000, currency: 'USD', period: 'year' } });
    expect(second.verdictsOf('dbre', ['5+ years working with PostgreSQL', 'Experience with logical and physical replication', 'Ability to read query plans', 'Infrastructure as code', 'Experience with backup', 'Comfort participating in an on-call', 'Experience with Citus', 'Familiarity with MySQL', "You've spoken at a PostgreSQL", 'Strong Linux fundamentals'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met', 'met', 'met']);
  });

  it('network automation: a certification or its equivalent, a driver\u2019s license', () => {
    const { a } = second.pair('network');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'hybrid', sponsorship: false, clearance: null, degree: null, salary: { min: 98000, max: 120000, currency: 'USD', period: 'year' } });
    expect(second.verdictsOf('network', ['CCNP Enterprise', '4+ years in network engineering', 'Strong knowledge of BGP', 'Python for network automation', 'Ansible playbooks', 'Experience with NetBox', "A valid driver's license", 'Juniper JNCIA', 'Experience with MPLS', 'Familiarity with GitLab CI'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet', 'met']);
  });

  it('cloud security for federal agencies: a Public Trust held, a certification of two', () => {
    const { a } = second.pair('secops');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'hybrid', sponsorship: false, clearance: 'Public Trust', degree: null, salary: { min: 142000, max: 168000, currency: 'USD', period: 'year' } });
    // (Sentinel is an option of the bracket's pick since session 36, and beside Splunk it is Microsoft Sentinel.)
    expect(second.pair('secops').byText('Experience writing detection rules').item.groups).toEqual([['detection-engineering'], ['siem', 'splunk', 'microsoft-sentinel']]);
    expect(second.verdictsOf('secops', ['3+ years in cloud security', 'Hands-on with AWS security services', 'Scripting in Python', 'Knowledge of NIST 800-53', 'Ability to obtain and maintain a Public Trust', 'OSCP or CISSP', 'Experience with FedRAMP', 'Experience with Kubernetes security', 'Candidates must be U.S. citizens', 'Experience writing detection rules'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet', 'unknown', 'met']);
  });

  it('a Rust edge role in prose: pay in pounds, sponsorship offered, the WebAssembly wish', () => {
    const { a } = second.pair('edge');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'remote', sponsorship: true, clearance: null, degree: null, salary: { min: 95000, max: 115000, currency: 'GBP', period: 'year' } });
    // Every sentence about the ideal candidate asks, each predicate apart; "as would contributions …" is a wish of its own.
    expect(a.requirements.length).toBe(7);
    expect(second.verdictsOf('edge', ['They know async Rust', 'and are at home debugging latency', 'They have built or operated', 'and understand TLS', 'Experience with WebAssembly', 'The ideal candidate has several years'])).toEqual(['met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(second.pair('edge').byText('as would contributions').item.importance).toBe('preferred');
    expect(second.verdictsOf('edge', ['as would contributions'])).toEqual(['met']);
  });
});
