import { describe, expect, it } from 'vitest';
import { carefulPair, read } from './readers';

// Ten postings for Fitmark's first audience (infrastructure, platform, SRE, cloud and backend engineers) in shapes earlier
// batches did not cover, each with a resume, all written for this test (session 36, none from a real posting): a Workday
// posting with "Basic Qualifications" / "Preferred Qualifications", a degree "or equivalent experience" met by years and
// "Python or Go" met by Go alone; Kafka years that only add up across two overlapping roles; a career break and a part-time
// post; "AWS or Azure (AWS preferred)" against Azure; a resume dumped from two columns, dates on lines of their own; a
// posting whose asks are prose (Linux internals, on-call); a staff role asking mentoring and multi-quarter leadership; "TS/SCI
// or ability to obtain" against an active Secret and a high-school diploma with the years in lieu; a UK contract by the day
// in pounds asking SC clearance and outside-IR35 work; a Polish posting in learner's English. Each pair's facts and
// verdicts were decided by hand before Fitmark read them (test/fixtures/text/careful/s36-decided.json, committed first).
// First read: 57 of 60 facts and 64 of 86 verdicts as decided (8 of the 22 are items the posting's prose or its
// learner's English never gave).
// Mended (lib/resume/profile.ts, lib/analyze.ts, lib/match/requirements.ts, domains.ts), now 72 of 86:
// - "Kafka Streams services in Java 17", "Kafka consumers in Java": services, consumers and workers with the language after
//   them are backend work (1.5 years of backend for 8.4).
// - "5+ years in SRE, production engineering or …": a "Production Engineer" title did not name production engineering.
// - "Background in energy or industrial IoT": the industry named in words beside a skill was not a choice (unmet against an
//   energy company).
// - "5 years … with a Bachelor's degree; 9 years with a High School diploma": the longer count did not stand for the degree.
// - "Experience working in financial services": "working in" asked no industry; a building society was no bank, and an
//   insurer no financial services.
// - "Must hold or be willing to undergo SC clearance": a British citizen "eligible for SC clearance" was unknown.
// - "Previous outside IR35 contracts": a contract "(contract, outside IR35)" did not show it.
// - "polish language is welcome but not must": a language written in lower case was not read as one.
// Still read wrong (not asserted; outside this session's files, see the session's report):
// - Items (lib/requirements/items.ts): the prose posting gives 2 items for 7 asks; the Polish posting drops "very good
//   knowledge of Kubernetes and Docker", "practical experience with Azure cloud" and "English on communicative level (B2)".
// - Facts (lib/requirements/facts.ts): yearsMin 2 (the Rust count) for "5+ years of backend development"; none for "five or
//   more years" in words; the diploma's years in lieu are no "equivalent experience".
// - Taxonomy: "Experience with Iron Bank images" asks fintech; NSGs and Azure Firewall show no network security, Cassandra
//   and Kafka across three regions no distributed systems, "payer APIs, with retries" no API integration, "our own kernel
//   builds" no Linux kernel, OOM kills no memory management.
// - "PostgreSQL: schema design, indexing and query tuning" is partial against partitioning and index tuning (decided met;
//   the stricter reading is fair).
//
// A second batch (s36b), written and decided after those fixes and read once: a federal cloud role taking 11 years in lieu
// of a degree, against a resume with its dates on the right ("June 2021 to Present"); a UK digital bank's SRE role (BPSS
// screening, "a regulated environment (FCA, PRA or similar)"), against year-only ranges on the left and a career break; a
// Madrid Node.js role in learner's English with "45.000€", against NestJS and Express roles. First read: 16 of 18 facts and
// 25 of 28 verdicts as decided; now 16 of 18 and 27 of 28:
// - "Ability to obtain and maintain a Public Trust clearance" was unknown against a US citizen (now met, as a Secret to be
//   obtained is).
// - "Experience supporting VA or another civilian agency" asked no industry (a federal, civilian or state agency now asks
//   the public sector, met by a contract "supporting the U.S. Department of Agriculture").
// Still read wrong (not asserted): "Contributions to CNCF projects" asks cloud-native, which patches merged into
// Prometheus do not show (taxonomy); yearsMin null for "Several years …; we think 4+ is about right" (facts); "Madrid
// (hybrid) / remote from Spain" is hybrid, decided remote (facts; the title offers both).
const pair = (name: string, resume?: string) => carefulPair('s36', name, resume);
const verdictsOf = (name: string, starts: string[]) => {
  const { byText } = pair(name);
  return starts.map((s) => byText(s).verdict.verdict);
};

describe('what a careful reader reads in infrastructure, platform, SRE and backend postings (session 36)', () => {
  it('Workday "Basic Qualifications": a degree or equivalent experience met by years, Python or Go by Go alone', () => {
    const { a, resume } = pair('basicq');
    expect(a.facts).toMatchObject({ yearsMin: 6, workMode: 'hybrid', sponsorship: false, clearance: null, salary: { min: 142000, max: 178000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdictsOf('basicq', ["Bachelor's degree in Computer Science", '6+ years of professional software', 'Programming experience in Python or Go', '3+ years operating Kubernetes', 'Experience with infrastructure as code', 'Experience with Argo CD or Flux', 'Knowledge of service mesh', 'Experience in the insurance industry', 'Familiarity with Open Policy Agent', 'Applicants must be currently authorized'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet', 'unmet', 'unknown']);
    expect(resume.profile!.totalYears).toBeCloseTo(10.5, 0);
    expect(resume.profile!.degrees).toEqual([]);
  });

  it('years of Kafka only add up across two overlapping roles; services in Java are backend work', () => {
    const { a, resume, byText } = pair('overlap');
    expect(a.facts).toMatchObject({ workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 160000, max: 190000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('overlap', ['5+ years of backend development', '4+ years of experience with Kafka', 'Strong Java or Kotlin', '2+ years with Rust', 'Experience with time-series databases', 'Comfort with Kubernetes', 'Experience with Apache Flink', 'Background in energy or industrial IoT'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(8.4, 0);
    // Each role alone shows under 4 years of Kafka; the two, overlapping by three months, show 6.9.
    expect(resume.profile!.skillYears.kafka).toBeCloseTo(6.9, 0);
    expect(resume.profile!.skillYears['backend-development']).toBeCloseTo(8.4, 0);
    expect(byText('Background in energy').verdict.evidence).toContain('Halvard Energy');
  });

  it('a career break and a part-time post: the break is no experience, a Production Engineer\u2019s years are production engineering', () => {
    const { a, resume, byText } = pair('gap');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 150000, max: 185000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('gap', ['5+ years in SRE', 'Strong troubleshooting across the stack', 'Hands-on with AWS', 'Experience with load testing tools', 'Python or Go for automation', 'Incident command experience', 'Experience with CDN configuration', 'Chaos engineering experience'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet']);
    expect(resume.profile!.totalYears).toBeCloseTo(9.6, 0);
    // (Since session 42 "production engineering" and a Production Engineer's title are forms of site reliability engineering,
    // the ask's own first option: the years are counted as that.)
    expect(byText('5+ years in SRE').verdict.evidence).toMatch(/site reliability engineering: 9\.\d years/i);
  });

  it('"AWS or Azure (AWS preferred)" against Azure alone; PowerShell for "Either Python or PowerShell"', () => {
    const { a, resume } = pair('either');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'hybrid', sponsorship: true, clearance: null, degree: null, salary: { min: 118000, max: 142000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('either', ['3+ years of experience with a major public cloud', 'Terraform experience', 'Experience with GitHub Actions or GitLab CI', 'Working knowledge of HIPAA or SOC 2', 'Either Python or PowerShell', 'AWS Solutions Architect Associate', 'Experience with Snowflake'])).toEqual(['met', 'met', 'met', 'met', 'met', 'unmet', 'unmet']);
    expect(resume.profile!.totalYears).toBeCloseTo(7.5, 0);
  });

  it('a resume dumped from two columns, each date range split over lines of its own', () => {
    const { a, resume } = pair('columns');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'remote', sponsorship: null, clearance: null, degree: null, salary: { min: 155000, max: 180000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('columns', ['5+ years writing production Python', 'Deep experience with Django or FastAPI', 'Background jobs with Celery', 'Docker and a cloud provider', 'Healthcare or pharmacy domain', 'Experience with HL7 or FHIR', 'GraphQL'])).toEqual(['met', 'met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(10.4, 0);
    expect(resume.profile!.roles.map((r) => r.start)).toEqual(['2021-03', '2018-06', '2016-07']);
  });

  it('asks in prose: the pay and the wish read, the rest of the paragraph still one item', () => {
    const { a, resume } = pair('prose');
    expect(a.facts).toMatchObject({ workMode: 'remote', sponsorship: null, clearance: null, degree: null, salary: { min: 190000, max: 240000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('prose', ['experience with NVIDIA drivers or InfiniBand'])).toEqual(['unmet']);
    expect(resume.profile!.totalYears).toBeCloseTo(9.5, 0);
  });

  it('a staff role: years at senior level, multi-quarter leadership across teams, mentoring, payment rails', () => {
    const { a, resume } = pair('staff');
    expect(a.facts).toMatchObject({ yearsMin: 10, workMode: 'hybrid', sponsorship: false, clearance: null, degree: null, salary: { min: 245000, max: 285000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('staff', ['10+ years of software engineering', 'Track record of leading multi-quarter', 'Experience mentoring engineers', 'Production experience with Java, Kotlin or Scala', 'Experience with payment rails', 'Experience with event sourcing', 'Prior experience at a bank or regulated fintech'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(12.4, 0);
  });

  it('"TS/SCI or ability to obtain" against an active Secret; a diploma and the longer count of years in lieu of the degree', () => {
    const { a, byText } = pair('cleared');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'onsite', sponsorship: false, clearance: 'TS/SCI', salary: { min: 128000, max: 162000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true });
    expect(verdictsOf('cleared', ['Active TS/SCI clearance or the ability to obtain', '5 years of DevSecOps', 'Security+ or another DoD 8140', 'Experience with GitLab CI and Nexus or Artifactory', 'Experience with Kubernetes (RKE2 or OpenShift)', 'Experience applying STIGs to RHEL', 'Experience with Anchore or Twistlock', 'Puppet'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet']);
    expect(byText('5 years of DevSecOps').verdict.evidence).toContain('9 asked without the degree');
    // With under 9 years of dated roles and no degree, the degree's part cannot be told.
    const shorter = pair('cleared', read('s36-cleared-resume').replace('Aug 2013 \u2013 Dec 2017', 'Aug 2019 \u2013 Dec 2019').replace('Jan 2018 \u2013 Apr 2021', 'Jan 2020 \u2013 Apr 2021'));
    expect(shorter.byText('5 years of DevSecOps').verdict.verdict).toBe('partial');
  });

  it('a UK contract by the day in pounds: SC to be undergone, financial services by a building society, outside IR35', () => {
    const { a, resume } = pair('gbp');
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'remote', sponsorship: null, clearance: 'SC', degree: null, salary: { min: 575, max: 650, currency: 'GBP', period: 'day' } });
    expect(verdictsOf('gbp', ['Proven experience building EKS', 'Terraform and Terragrunt', 'CI/CD with GitHub Actions or Jenkins', 'Observability with Prometheus, Grafana and OpenTelemetry', 'Experience working in financial services', 'Must hold or be willing to undergo SC', 'Karpenter', 'Crossplane', 'Previous outside IR35 contracts'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(11.2, 0);
    // A resume that says neither citizenship nor eligibility, and whose contracts were all inside IR35, shows neither.
    const silent = pair(
      'gbp',
      read('s36-gbp-resume')
        .replace(' \u00b7 British citizen, UK resident all my life, eligible for SC clearance', '')
        .replace('outside IR35', 'inside IR35'),
    );
    expect([silent.byText('Must hold or be willing to undergo SC').verdict.verdict, silent.byText('Previous outside IR35').verdict.verdict]).toEqual(['unknown', 'unknown']);
  });

  it('a Polish posting in learner\u2019s English: pay in złoty a month, a language asked in lower case', () => {
    const { a, resume, byText } = pair('nonnative');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'remote', sponsorship: null, clearance: null, degree: null, salary: { min: 18000, max: 24000, currency: 'PLN', period: 'month' } });
    expect(verdictsOf('nonnative', ['minimum 3 years of commercial experience', 'knowledge of one from scripting languages', 'experience with Ansible', 'polish language is welcome', 'knowledge of ArgoCD', 'experience with Elastic stack'])).toEqual(['met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(byText('polish language is welcome').verdict.evidence).toContain('Polish');
    expect(resume.profile!.totalYears).toBeCloseTo(6.4, 0);
  });
});

describe('a second batch, decided after the fixes and read once (session 36b)', () => {
  const second = (name: string) => carefulPair('s36b', name);
  const verdicts = (name: string, starts: string[]) => {
    const { byText } = second(name);
    return starts.map((s) => byText(s).verdict.verdict);
  };

  it('a federal cloud role: 11 years in lieu of a degree, a Public Trust to obtain, an agency supported', () => {
    const { a, resume } = second('lieu');
    expect(a.facts).toMatchObject({ yearsMin: 7, workMode: 'hybrid', sponsorship: false, clearance: 'Public Trust', salary: { min: 135000, max: 158000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdicts('lieu', ["Bachelor's degree and 7+ years", '4+ years of hands-on AWS', 'Terraform or CloudFormation', 'Scripting in Python, Bash or PowerShell', 'Ability to obtain and maintain a Public Trust', 'AWS Certified Solutions Architect', 'Experience supporting VA or another civilian agency', 'Familiarity with FedRAMP High', 'Experience with Splunk', 'Must be a U.S. citizen or permanent resident'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(14.3, 0);
    expect(resume.profile!.degrees).toEqual([]);
  });

  it('a UK digital bank’s SRE role: a regulated environment, screening no resume tells', () => {
    const { a, resume } = second('fca');
    // (yearsMin 4 and the CNCF contributions since session 37: careful-reader-12.)
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'hybrid', sponsorship: true, clearance: null, degree: null, salary: { min: 85000, max: 100000, currency: 'GBP', period: 'year' } });
    expect(verdicts('fca', ['Several years as an SRE or platform engineer', 'Deep hands-on Kubernetes', "You've defined SLOs and error budgets", 'Strong in at least one of Go, Java or Python', 'Experience of working in a regulated environment', 'Able to pass BPSS screening', 'Istio', 'Experience with Spanner or CockroachDB', 'Contributions to CNCF projects'])).toEqual(['met', 'met', 'met', 'met', 'met', 'unknown', 'met', 'unmet', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(11, 0);
  });

  it('a Madrid Node.js role in learner’s English: euros with a dot, Node years across NestJS and Express roles', () => {
    const { a, resume } = second('madrid');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'remote', sponsorship: null, clearance: null, degree: null, salary: { min: 45000, max: 55000, currency: 'EUR', period: 'year' } });
    expect(verdicts('madrid', ['Minimum 4 years of experience working with Node.js', 'Solid knowledge in TypeScript', 'Experience with relational databases', 'Knowledge in message queues', 'Experience with testing', 'Spanish level high', 'Knowledge in AWS', 'Experience in startups', 'Knowledge of Kubernetes'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet']);
    expect(resume.profile!.totalYears).toBeCloseTo(7.8, 0);
  });
});
