import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { termPattern } from '../../lib/requirements/terms';
import { agreement, engine, scoresAgree, TODAY } from './readers';
import { secondAgree } from './second-verdicts';

// The session 61 careful batch (s61, careful-reader-42 holds the postings' side and names the tune and report parts: the
// odd postings, xroad, turkbank, greekship, netz, gamestudio and usstate, and their resumes are tune; the even ones,
// forestry, romania, jakarta, mine, swissins and hospital, report): the resume's side, decided by hand before Fitmark read
// them (test/fixtures/text/careful/s61-decided.json and s61-second-decided.json, committed first): each row's verdict,
// each resume's total years, the score's range, the best fit, and, for every posting's second resume, which of the two
// fits better and each of its rows' verdicts.
// Decided: years asked over a broad field with a narrower part count the broad field's years for the first figure (a
// software engineer's years count for "10+ years in software or infra engineering") and the part's own years for the
// second, and either short is partial (2.3 platform years of 4, 1.8 data engineering years of 3, 11.3 IT years of 12, no
// e-commerce or fintech years of 2, 1.7 health years of 2; 9.75 and 3.75 of 10 and 4); an industry with a regulation
// beside it is one ask ("Banking or other BDDK-regulated", "Healthcare or other HIPAA-regulated", "Mining or other
// MHSA-regulated", "insurance or other FINMA-supervised"): met by the industry, unmet by another regulated one (a bank for
// healthcare); a certificate "or willing to get / obtain within 12 months / oder die Bereitschaft / o compromís" is partial
// for a resume without it; a skill with a bracketed aspect met where the skill and any of the aspects are shown
// ("PostgreSQL schema and migrations" for "PostgreSQL (schema design and tuning)", batch COBOL for "batch and CICS"),
// partial where the skill is shown without them (Python with no PySpark, one EKS cluster for multi-cluster operations,
// vSphere VMs for cluster management and upgrades, MySQL asked and PostgreSQL shown); SCADA met only by SCADA work (a
// grid company's office IT has no SCADA years; a water board's SCADA technician meets "supporting SCADA systems"); grid
// companies by name shape ("Siegtal Netz GmbH", "TAURON Dystrybucja", "Elektrilevi OÜ") meet "Erfahrung in der
// Energiewirtschaft"; on site with home office after onboarding is hybrid; building against using (running dbt jobs,
// applying others' Terraform modules, running a Go tool the tools team maintains: unmet); framework siblings (NIST CSF
// self-assessments unmet for applying the RMF to an authorization; SOC 2 Type II evidence partial for "ISAE 3402 or SOC 1
// report"); experience substituted for a degree year for year meets the degree.
// First read (3c09cbbf's code): verdicts 87/101 (tune 44/50, report 43/51), totals 11/12 (tune 6/6, report 5/6), second
// resumes' verdicts 66/101 (tune 34/50, report 32/51), scores in range 12/24 (tune 6/12, report 6/12), best fits 16/24
// (tune 9/12, report 7/12), second totals 12/12, the better resume 12/12 (tune 6/6, report 6/6).
// After the s61 mends (lib/match/careful-s61.ts and the rest, tested below): verdicts 87 -> 92/101 (tune 44 -> 48/50, report
// 43 -> 44/51), second resumes' verdicts 66 -> 84/101 (tune 34 -> 47/50, report 32 -> 37/51), scores in range 12 -> 19/24 (tune
// 6 -> 11/12, report 6 -> 8/12), best fits 16 -> 17/24 (tune 9 -> 10/12, report 7/12), totals, second totals and the better
// resume as before. Still read otherwise in the tune part: "Java or Kotlin, enough to read and patch the Security Server
// code" asks Security and vulnerability management as well (a purpose clause's words read as skills); "3+ years of IT
// support or system administration work" counts the helpdesk years only, not an IT officer's who runs the servers;
// "10+ years in software or infra engineering, 4+ of them in a platform or SRE role" is read as two rows (s48's convention:
// the ten met, the four in part), where this batch decided one row, in part; "Fleet connectivity: VSAT, Starlink Maritime
// or similar" met by a ferry company's role with passengers' Wi-Fi on board.
describe('the session 61 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s61');
    expect([got.verdictsOf, got.totalsOf]).toEqual([101, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(92);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s61');
    expect(got.of).toBe(101);
    expect(got.verdicts).toBeGreaterThanOrEqual(84);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s61');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(19);
    expect(got.fits).toBeGreaterThanOrEqual(17);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header and a heading of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string, heading = 'Requirements:') {
  const a = analyzePosting(engine, postingFromText(`${header}\n\n${heading}\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Tarnwick Systems | Infrastructure Engineer | Graz, Austria';
const cvOf = (roles: Array<[string, string, string[]]>, tail = '') =>
  `Ilse Brandner\nilse.brandner@mail.example\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const one = (title: string, lines: string[], tail = '') => cvOf([[title, 'Feb 2018 \u2013 present', lines]], tail);
const verdictOf = (ask: string, resume: string, header = HEADER) => {
  const { m } = matched(header, [ask], resume);
  return m.requirements![0]!.verdict;
};

describe('the session 61 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('a certificate asked with getting it after hire as the other way in is held in part by a resume without it', () => {
    const cv = one('Cloud Engineer, Morrow Freight', ['Terraform for the AWS accounts of the customs team']);
    expect(verdictOf('AWS Certified Developer, or willingness to earn it within your first six months', cv)).toBe('partial');
    expect(verdictOf('Terraform Associate, or obtain it within 12 months of joining', cv)).toBe('partial');
    // (Counter-examples: held, it is met; asked after hire alone, unknown as before; asked now, unmet.)
    expect(verdictOf('AWS Certified Developer, or willingness to earn it within your first six months', `${cv}\nCERTIFICATIONS\nAWS Certified Developer \u2013 Associate (2023)\n`)).toBe('met');
    expect(verdictOf('Security+ certification within 6 months of start date', cv)).toBe('unknown');
    expect(verdictOf('CCNA certification', cv)).toBe('unmet');
  });

  it('a skill with aspects of it in a bracket: met by a line with the skill and an aspect, in part by the skill alone', () => {
    const ask = 'Redis (caching and pub/sub)';
    expect(verdictOf(ask, one('Backend Developer, Holmfirth Tickets', ['Redis caching in front of the seat map API']))).toBe('met');
    expect(verdictOf(ask, one('Backend Developer, Holmfirth Tickets', ['Redis as the session store of the box office']))).toBe('partial');
    // (Counter-examples: another name of the thing in the bracket, and examples after "for example", are no aspects.)
    expect(verdictOf('Perforce (Helix Core)', one('Build Engineer, Quarry Lane Games', ['Perforce depots and triggers for the art team']))).toBe('met');
  });

  it('tools built in a language asked: met by a line that makes one, not by running a tool another team maintains', () => {
    const ask = 'Writing internal tools in Python';
    expect(verdictOf(ask, one('Systems Engineer, Fellgate Bank', ['Built a Python CLI that rotates the database credentials']))).toBe('met');
    expect(verdictOf(ask, one('Systems Engineer, Fellgate Bank', ['Runs the Python-based release tool that the platform team maintains']))).toBe('unmet');
    // (Counter-example: a line that names the language with no verb of running keeps the verdict.)
    expect(verdictOf(ask, one('Systems Engineer, Fellgate Bank', ['Python for the nightly reconciliation']))).not.toBe('unmet');
  });

  it('SCADA asked is shown by work on control systems, not by any job at a utility; the industry asked still is', () => {
    const admin = one('IT Administrator, Harrowmere Electricity (grid operator)', ['Office laptops, printers and Microsoft 365 for the depot staff']);
    expect(verdictOf('Four years with SCADA systems', admin)).toBe('unmet');
    expect(verdictOf('Four years with SCADA systems', one('Control Systems Technician, Brackwater Water Company', ['Wonderware HMI screens and RTUs for the pumping stations']))).toBe('met');
    // (Counter-example: the industry asked by its name is met by the utility.)
    expect(verdictOf('Experience in the energy industry', admin)).toBe('met');
  });

  it('grid companies and utilities abroad by the shape of their names are the energy trade', () => {
    const ask = 'Experience in the energy sector';
    expect(verdictOf(ask, one('Systems Administrator, Lahnfeld Netz GmbH', ['Windows servers for the customer service centre']))).toBe('met');
    expect(verdictOf(ask, one('Systems Administrator, Elering AS', ['Windows servers for the head office']))).toBe('met');
    // (Counter-example: a network company's "Netzwerk" is no grid.)
    expect(verdictOf(ask, one('Systems Administrator, Nordwerk Netzwerk GmbH', ['Windows servers for the head office']))).toBe('unmet');
  });

  it('the NIST as the publisher of the RMF asks no CSF: CSF self-assessments do not meet the RMF', () => {
    const cv = one('Security Analyst, Quillan Credit Union', ['NIST CSF gap assessment for the board each spring']);
    expect(verdictOf('Applying the NIST Risk Management Framework to system authorizations', cv)).toBe('unmet');
    // (Counter-example: the CSF asked is met by it.)
    expect(verdictOf('Experience with the NIST CSF', cv)).toBe('met');
  });

  it('a language with a working word of its own after "and" is judged by that word; "very good" asks more than B2', () => {
    const cv = (langs: string) => one('Support Engineer, Wyebridge', ['Ticket triage for the Warsaw office'], `\nLANGUAGES\n${langs}\n`);
    expect(verdictOf('Native-level Polish and good English', cv('Polish (native), English (B2)'))).toBe('met');
    expect(verdictOf('Sehr gute Englischkenntnisse', cv('Englisch (B2), Deutsch (Muttersprache)'))).toBe('partial');
    // (Counter-examples: fluency at the head of a list is every language's; "good" is met by B2.)
    expect(verdictOf('Fluent Polish and English', cv('Polish (native), English (B2)'))).toBe('partial');
    expect(verdictOf('Gute Englischkenntnisse', cv('Englisch (B2), Deutsch (Muttersprache)'))).toBe('met');
  });

  it('games asked as the trade are met by a games studio\u2019s roles', () => {
    const ask = 'Experience in games or another entertainment business';
    expect(verdictOf(ask, one('Backend Engineer, Pinecone Game Studios', ['Leaderboard services in Go']))).toBe('met');
    // (Counter-example: a bank is not one.)
    expect(verdictOf(ask, one('Backend Engineer, Pinecone Bank', ['Ledger services in Go']))).toBe('unmet');
  });

  it('a framework\u2019s certificate by its level is held with an edition between the name and the level', () => {
    const cv = (cert: string) => one('Service Desk Lead, Ostermoor Council', ['Major incident reviews'], `\nCERTIFICATIONS\n${cert}\n`);
    expect(verdictOf('ITIL Foundation certificate', cv('ITIL 4 Foundation (2021)'))).toBe('met');
    // (Counter-examples: another level is not it; a name with a number of its own keeps it.)
    expect(termPattern('term:ITIL Practitioner').test('ITIL 4 Foundation (2021)')).toBe(false);
    expect(termPattern('term:PRINCE2 Foundation').test('PRINCE2 Foundation (2019)')).toBe(true);
  });
});
