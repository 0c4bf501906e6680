import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 50 careful batch (s50, careful-reader-31 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s50-decided.json and s50-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: an Okta administrator at a credit union (and a help desk technician who resets
// Okta passwords); a network administrator who meets Level II but not Level III (and a senior engineer who meets both);
// a support engineer who debugs with strace, tcpdump and EXPLAIN ANALYZE but never says "the stack" (and a customer
// success manager); a React Native engineer who cut cold start and speaks German at A2 (and a Flutter developer);
// a Go engineer in Calgary against "You must reside in Ontario" (and one in Hamilton); an ISSO support analyst with a
// Secret clearance against TS/SCI with Full Scope Polygraph (and an assessor who holds it); a Qu\u00e9bec .NET developer in
// French (and a Toronto one with no French); a senior ML engineer against a Senior or Principal posting (and a principal
// in London who needs a visa); an Epic analyst who was a medical assistant (and a Cerner analyst and nurse); a Vue
// developer who cut LCP (and a React developer with a year of Vue); a RHEL administrator with RHCSA only who debugs from
// the kernel to the switch port (and an SRE with RHCE); a Spark engineer with German at A2 (and a Swiss BI developer).
// First read: verdicts 69/87, totals 11/12 (second resumes 12/12), scores in range 13/24, best fits 14/24, the better
// resume 11/12.
// After the mends below: verdicts 77/87, scores in range 20/24, best fits 19/24, the better resume 12/12.
// Still read otherwise (not asserted). Match side: "Active TS/SCI with Full Scope Polygraph" against a Secret held is
// partial, as careful-reader-3 decided for "An active TS/SCI" (the decided "unmet" here, a bar failed, disagrees; a rule
// that read "active" so was held back because it breaks that older decision), so that pair scores 67, not capped; "DoD 8140 IAM Level II or IAT Level II" holds identity and access
// management as a group (the taxonomy reads "IAM"), and "RMF and NIST SP 800-53" holds NIST CSF (800-53 is read as the
// CSF), so both are partial against an ISSO analyst; "Experience in insurance pricing or claims models" unmet against
// "motor claims triage models"; "Canadian payroll or tax experience" unmet against "payroll remittance reports for the
// CRA"; "Kernel tuning for low latency" partial against IRQ affinity and CPU isolation; "Experience with video playback on
// mobile" unknown. Resume side: the Epic resume's "Certified Medical Assistant \u2014 Platte Valley Medical Group" role is
// not read (total 3.6). Posting side: a CS degree "nice to have" read with no field (met by a B.A. in Graphic Design).
// The decided "unmet" of debugging across the stack against an SRE whose lines show none stays the convention's unknown
// (resumes rarely name debugging), so that pair scores 70 against 45-68 decided.
describe('the session 50 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s50');
    expect([got.verdictsOf, got.totalsOf]).toEqual([87, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(77);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s50');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(20);
    expect(got.fits).toBeGreaterThanOrEqual(19);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** The verdicts of a posting's rows (its requirements written as bullets, under a header of the caller's) against a resume. */
function verdictsUnder(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements!.map((v) => v.verdict);
}
const HEADER = 'Tollbridge Freight | Engineer | Rotterdam';
/** A resume of the caller's roles (each "Title, Company        Mon YYYY – present" with its lines), then the caller's tail. */
const cvOf = (roles: Array<[string, string[]]>, tail = '', head = 'Maarten Oyelowo-Brink') =>
  `${head}\n\nEXPERIENCE\n${roles.map(([h, lines]) => `${h}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const titled = (title: string, lines: string[], tail = '') => cvOf([[`${title}, Tollbridge Freight        Mar 2020 \u2013 present`, lines]], tail);
const verdictOf = (ask: string, resume: string) => verdictsUnder(HEADER, [ask], resume)[0];

describe('the session 50 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('a duty that leaves its choice of tools to the work asks none of them; a duty\u2019s plain choice still asks one', () => {
    const posting = (duty: string) =>
      `Tollbridge Freight | Platform Engineer | Rotterdam\n\nResponsibilities:\n- ${duty}\n- Keep the customs gateway healthy\n\nRequirements:\n- 3+ years running Linux servers\n`;
    const asks = (duty: string) => {
      const a = analyzePosting(engine, postingFromText(posting(duty)));
      return { items: a.requirements.map((r) => r.text), skills: a.skills.map((s) => s.id) };
    };
    for (const duty of [
      'Script the customs filings with Power Automate or code (C#, PowerShell)',
      'Build the carrier adapters in Kotlin or Java, whichever the carrier SDK calls for',
      'Schedule the nightly loads with Airflow or Prefect, depending on the data team',
      'Clean up stale DNS records by hand or with scripts (Bash, Python)',
    ]) {
      const got = asks(duty);
      expect(got.items.some((t) => t.startsWith(duty.slice(0, 20)))).toBe(false);
      expect(got.skills).not.toContain(duty.includes('Kotlin') ? 'kotlin' : duty.includes('Airflow') ? 'airflow' : duty.includes('Bash') ? 'bash' : 'powershell');
    }
    // (A duty's plain choice is asked, as before: "build the adapters in Kotlin or Java".)
    expect(asks('Build the carrier adapters in Kotlin or Java').items.some((t) => t.startsWith('Build the carrier adapters'))).toBe(true);
    // (Nor is one left to the candidate: "whichever you know better".)
    expect(asks('Build the carrier adapters in Kotlin or Java, whichever you know better').items.some((t) => t.startsWith('Build the carrier adapters'))).toBe(true);
  });

  it('a higher tier\u2019s asks, on top of the lower\u2019s, are wishes; a label that adds asks for everyone is not a tier', () => {
    const importance = (text: string, start: string) => analyzePosting(engine, postingFromText(text)).requirements.find((r) => r.text.startsWith(start))?.importance;
    const tiers = 'Tollbridge Freight | Data Engineer I / II | Rotterdam\n\nQualifications\nData Engineer I:\n- 2+ years of SQL\n- Python\n\nData Engineer II, in addition to the above:\n- 5+ years building pipelines\n- Experience with dbt\n';
    expect(importance(tiers, '2+ years of SQL')).toBe('required');
    expect(importance(tiers, '5+ years building pipelines')).toBe('preferred');
    expect(importance(tiers, 'Experience with dbt')).toBe('preferred');
    const lead = 'Tollbridge Freight | Staff Engineer | Rotterdam\n\nRequirements\n- 8+ years of backend work\n\nLead candidates will also bring:\n- Experience running an on-call rotation\n- Experience with Kafka\n';
    expect(importance(lead, 'Experience running an on-call rotation')).toBe('preferred');
    expect(importance(lead, '8+ years of backend work')).toBe('required');
    const everyone = 'Tollbridge Freight | Engineer | Rotterdam\n\nRequirements\n- 3+ years of Go\n\nIn addition, you will need:\n- Experience with Kafka\n';
    expect(importance(everyone, 'Experience with Kafka')).toBe('required');
  });

  it('a language asked at no level, against a beginner\u2019s level, is partly met; past a beginner, or listed bare, met', () => {
    const ask = 'Dutch is a plus';
    const lines = ['Go services for the customs gateway'];
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nLANGUAGES\nEnglish (C2), Dutch (A1, learning at the Volksuniversiteit on Tuesday evenings)\n'))).toBe('partial');
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nLANGUAGES\nEnglish, Dutch: basic\n'))).toBe('partial');
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nLANGUAGES\nEnglish, Dutch (conversational)\n'))).toBe('met');
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nLANGUAGES\nEnglish, Dutch\n'))).toBe('met');
    // (Some of it asked, "you get by in some Dutch", is what a beginner has.)
    expect(verdictOf('You get by in some Dutch', titled('Backend Engineer', lines, '\nLANGUAGES\nEnglish, Dutch: basic\n'))).toBe('met');
  });

  it('a right to work asked, against a resume that says its holder needs a sponsor: unmet; one that needs none: not unmet', () => {
    const ask = 'You must have the right to work in the Netherlands';
    const lines = ['Go services for the customs gateway'];
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nMoving to Rotterdam next spring; I will require visa sponsorship (highly skilled migrant).\n'))).toBe('unmet');
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nEU citizen; no sponsorship needed.\n'))).not.toBe('unmet');
    // (A line of the work that names sponsorship says nothing of the holder.)
    expect(verdictOf(ask, titled('HR Systems Analyst', ['Tracked the visa sponsorship cases of 40 hires in Workday']))).not.toBe('unmet');
  });

  it('architecture led for a platform several teams use: a line that led it for teams named in a list; work in the field alone does not', () => {
    const ask = 'A record of leading architecture for a data platform used by several teams';
    expect(verdictOf(ask, titled('Principal Engineer', ['Led the architecture of the data platform used by billing, customs and routing teams']))).toBe('met');
    expect(verdictOf(ask, titled('Data Engineer', ['Spark jobs on the data platform for the customs team']))).toBe('unmet');
  });

  it('a German field of study ending in Informatik is a technical one; Germanistik is not', () => {
    const ask = 'Bachelor\u2019s degree in Computer Science';
    const lines = ['Go services for the customs gateway'];
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nEDUCATION\nB.Sc. Medizininformatik, Hochschule Heilbronn, 2019\n'))).toBe('met');
    expect(verdictOf(ask, titled('Backend Engineer', lines, '\nEDUCATION\nB.A. Germanistik, Universit\u00e4t Bonn, 2019\n'))).toBe('partial');
  });

  it('years of web development with a framework: the framework\u2019s roles count, not only a role titled web developer', () => {
    const ask = '3+ years building web apps with React';
    const roles = (first: string[]): Array<[string, string[]]> => [
      ['Frontend Engineer, Tollbridge Freight        Mar 2022 \u2013 present', first],
      ['Web Developer, Harbourlight Studio        Jan 2021 \u2013 Feb 2022', ['WordPress themes for local shops']],
    ];
    expect(verdictOf(ask, cvOf(roles(['React and TypeScript screens for the shipment tracker'])))).toBe('met');
    expect(verdictOf(ask, cvOf(roles(['Figma mock-ups for the shipment tracker'])))).not.toBe('met');
  });

  it('models put into production, told in words: a model moved behind a service or into production; one trained alone is not', () => {
    const ask = 'Experience deploying models to production on AWS';
    expect(verdictOf(ask, titled('ML Engineer', ['Moved the ETA model from a notebook to a FastAPI service on AWS ECS']))).toBe('met');
    expect(verdictOf(ask, titled('ML Engineer', ['Trained an ETA model in notebooks on AWS SageMaker Studio']))).not.toBe('met');
  });

  it('a certificate asked that may be earned after hire: met by a resume that holds it; one that does not is not judged unmet', () => {
    const ask = 'Tideline Dispatch certification required; new hires without it must earn it within 90 days of hire';
    const lines = ['Configured dispatch boards for the Rotterdam depot'];
    expect(verdictOf(ask, titled('Dispatch Systems Analyst', lines, '\nCERTIFICATIONS\nTideline Dispatch Certified (2023)\n'))).toBe('met');
    expect(verdictOf(ask, titled('Dispatch Systems Analyst', lines))).not.toBe('unmet');
  });

  it('an option the ask says does not suffice ("CCNA alone is not enough") is no option; the one asked still meets it', () => {
    const ask = 'CCNP certification (required; CCNA alone is not enough)';
    const lines = ['Cisco routing for the depots'];
    expect(verdictOf(ask, titled('Network Engineer', lines, '\nCERTIFICATIONS\nCCNA (2021)\n'))).not.toBe('met');
    expect(verdictOf(ask, titled('Network Engineer', lines, '\nCERTIFICATIONS\nCCNP Enterprise (2023)\n'))).toBe('met');
    expect(verdictOf('PMP certification; CAPM alone is not sufficient', titled('Project Coordinator', ['Ran the depot move plan'], '\nCERTIFICATIONS\nCAPM (2022)\n'))).not.toBe('met');
  });

  it('reading logs and stack traces asked: met by a line that read them; a resume that names none is not judged', () => {
    const ask = 'Comfortable digging through logs and stack traces';
    expect(verdictOf(ask, titled('Support Engineer', ['Combed the gateway logs to find a carrier\u2019s malformed EDI files']))).toBe('met');
    expect(verdictOf(ask, titled('Support Engineer', ['Pinned a crash from a Python stack trace before the handover to engineering']))).toBe('met');
    expect(verdictOf(ask, titled('Account Manager', ['Quarterly reviews with the carriers']))).toBe('unknown');
  });
});
