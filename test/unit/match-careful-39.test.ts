import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';
import { secondAgree } from './second-verdicts';

// The session 56 careful batch (s56, careful-reader-37 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s56-decided.json and s56-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better and each of its rows' verdicts. The resumes: an IT Administrator whose lines run servers,
// Active Directory and Azure (and an IT support analyst whose only Azure is "Azure AD Connect" sync errors); a DBA who
// tuned SQL Server queries with execution plans and Query Store (and a storage engineer: storage years, no tuning); a WMS
// support analyst (and a shift manager who is the WMS's super-user); a backend engineer whose public shipping API couriers
// and marketplaces integrate with (and a retailer's developer who called the couriers' APIs); a LIMS specialist with a
// Czech "Ing." (and a laboratory technician, the LIMS's key user, with a maturita and English B1); a playout operator
// with English C1 (and a master control technician of two years with English B2 against "Anglais courant"); a satellite
// ISP's NOC engineer (and a building society's NOC analyst of 23 months with 4G failover routers); a printer's Tharstern
// administrator (and a food manufacturer's Sage X3 administrator); a water company's data scientist with isolation forest
// models (and an insurer's data scientist without anomaly detection); an Austrian IT-Administrator with Azure since 2022
// (and a Systemadministratorin whose Azure is "Azure AD Connect"); an NHS information analyst who does "SQL Server query
// tuning" (and a council data analyst with a history degree); an MSP cloud engineer (and a messaging and identity engineer
// with Azure AD Connect).
// First read (36e84fd8's code): verdicts 63/72, totals 12/12, second resumes' verdicts 52/72 and totals 12/12, scores in
// range 11/24, best fits 17/24, the better resume 9/12.
// After the mends below (made on these pairs, so not an untuned figure): verdicts 68/72, second resumes' verdicts 62/72,
// scores in range 16/24, best fits 20/24, the better resume 11/12 (totals 12/12 and 12/12 unchanged).
// After session 57's mends (match-careful-40): verdicts 69/72 ("Windows-Servern" read as Windows Server), second resumes'
// verdicts 65/72 (a WMS super-user's and a LIMS key user's years partial; "Entra ID, including Conditional Access" partial
// against Azure AD Connect), scores in range 18/24, best fits 22/24.
// Still read otherwise (not asserted): "Always On availability groups" unmet against a four-node Always On availability
// group (and met by a storage engineer's failover tests: the taxonomy's high availability); "Windows-Servern" not read as
// Windows Server; "Experience of T-SQL performance tuning on large data sets" partial (the large data sets not read in a
// 400-million-row warehouse); "Estimating and job costing in commercial print" unknown; a WMS super-user's and a LIMS
// key user's years met (decided partial: using a system is not supporting or administering it); English B2 met for
// "Anglais courant" (the older rule: fluency is B2; decided partial as in s55); a BSc partial for "An MSc or PhD"
// (preferred; older rule); "Entra ID, including Conditional Access" met by Azure AD Connect (decided partial); "Knowledge
// of NHS data sets" unknown for a council analyst; "RF scanning" and "EDI" unknown for a shift manager; the rows and facts
// of the items and facts helpers' areas (EDI and satellite or cellular links read with no group, "Essential criteria" read
// as a row, yearsMin read as the least of two asks, BambooHR's "On-site" read hybrid, APEC's "Télétravail : non" not read,
// a WMS listing read a master's degree).
describe('the session 56 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s56');
    expect([got.verdictsOf, got.totalsOf]).toEqual([72, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(69);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s56');
    expect(got.of).toBe(72);
    expect(got.verdicts).toBeGreaterThanOrEqual(65);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s56');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(18);
    expect(got.fits).toBeGreaterThanOrEqual(22);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});

/** A posting's rows (its requirements written as bullets, under a header of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Ormskirk Regional Services | Operations Analyst | Preston, UK';
const cvOf = (roles: Array<[string, string, string[]]>, tail = '') =>
  `Bronwen Castellanos\nbronwen.c@mail.example\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const one = (title: string, lines: string[], tail = '') => cvOf([[title, 'Mar 2019 \u2013 present', lines]], tail);
/** The verdict of the first row of a one-row posting. */
const verdictOf = (ask: string, resume: string, header = HEADER) => matched(header, [ask], resume).m.requirements![0]!;

describe('the session 56 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('years in a place or function of work: the roles titled for it count (its words or initials), not the whole resume', () => {
    const ask = 'At least 3 years in a contact centre';
    const two = cvOf([
      ['Contact Centre Team Leader, Ribble Energy', 'Jan 2025 \u2013 present', ['Lead twelve advisers on the billing lines']],
      ['Retail Assistant, Ribble Garden Stores', 'Jan 2019 \u2013 Dec 2024', ['Tills, stock and customer service']],
    ]);
    expect(verdictOf(ask, two)).toMatchObject({ verdict: 'partial' });
    const soc = 'Three or more years in a security operations centre';
    expect(verdictOf(soc, cvOf([['SOC Analyst, Ribble Energy', 'Jan 2021 \u2013 present', ['Triage SIEM alerts on the night shift']], ['Service Desk Analyst, Ribble Energy', 'Jan 2019 \u2013 Dec 2020', ['Password resets']]]))).toMatchObject({ verdict: 'met' });
    // (A field of wide words only, "IT infrastructure or operations", is not told by a title: the resume's years, as before.)
    const wide = cvOf([
      ['Systems Engineer, Ribble Energy', 'Jan 2016 \u2013 present', ['VMware and Windows Server estate for 2,000 staff']],
      ['IT Operations Analyst, Ribble Energy', 'Jan 2014 \u2013 Dec 2015', ['Batch scheduling and backups']],
    ]);
    expect(verdictOf('8+ years in IT infrastructure or operations', wide)).toMatchObject({ verdict: 'met' });
  });

  it('years with products named in a bracket outside the taxonomy: the roles that name one count; none named, none', () => {
    const ask = '2+ years administering a library system (Alma, Koha or Sierra)';
    const koha = cvOf([
      ['Library Systems Officer, Fylde College', 'Jan 2022 \u2013 present', ['Run the Koha catalogue and circulation rules for four sites']],
      ['Library Assistant, Fylde College', 'Jan 2018 \u2013 Dec 2021', ['Shelving, loans and reader enquiries']],
    ]);
    const got = verdictOf(ask, koha);
    expect(got.verdict).toBe('met');
    expect(got.evidence).toMatch(/Koha/);
    expect(verdictOf(ask, one('Records Clerk, Fylde College', ['Paper files and the archive store']))).toMatchObject({ verdict: 'unmet' });
    // (Levels in a bracket are no products: "(L4/L5)" leaves the years the resume's.)
    expect(verdictOf('5 or 7+ years of professional software development depending on level (L4/L5)', one('Software Engineer, Fylde Digital', ['Java services for the booking site']))).toMatchObject({ verdict: 'met' });
  });

  it('IT systems administration by an "IT Administrator" whose lines run servers; not by one who buys the laptops', () => {
    const ask = '3+ years of IT systems administration';
    expect(verdictOf(ask, one('IT Administrator, Hesketh Dairies', ['Patch and back up 14 Windows Server 2022 hosts and the domain controllers']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('IT Administrator, Hesketh Dairies', ['Order laptops and phones and keep the asset list']))).not.toMatchObject({ verdict: 'met' });
  });

  it('Azure years: not from the directory alone ("Azure AD Connect"); Azure named beside it still counts', () => {
    const ask = '2+ years with Microsoft Azure';
    expect(verdictOf(ask, one('Identity Engineer, Hesketh Dairies', ['Azure AD Connect and hybrid join for 900 staff']))).toMatchObject({ verdict: 'unmet' });
    expect(verdictOf(ask, one('Identity Engineer, Hesketh Dairies', ['Azure AD Connect and hybrid join', 'Built the Azure virtual networks and VMs for the ERP']))).toMatchObject({ verdict: 'met' });
    // (An ask that takes the directory too is met by it.)
    expect(verdictOf('Entra ID or Azure AD', one('Identity Engineer, Hesketh Dairies', ['Azure AD Connect and hybrid join for 900 staff']))).toMatchObject({ verdict: 'met' });
  });

  it('T-SQL performance tuning met by queries tuned on SQL Server; SQL Server backups alone do not show it', () => {
    const ask = 'T-SQL query performance tuning';
    expect(verdictOf(ask, one('Database Developer, Tarleton Freight', ['Rewrote the slowest queries on SQL Server 2017 from their execution plans']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Infrastructure Technician, Tarleton Freight', ['Nightly SQL Server backups and restore tests']))).not.toMatchObject({ verdict: 'met' });
  });

  it('anomaly detection shown by a method of it named (local outlier factor); another model (random forest) does not', () => {
    const ask = 'Anomaly detection (for example isolation forest)';
    expect(verdictOf(ask, one('Data Scientist, Tarleton Water', ['Local outlier factor models flag odd pump sensor readings']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Data Scientist, Tarleton Water', ['Random forest models that predict customer churn']))).toMatchObject({ verdict: 'unmet' });
  });

  it('"Satellite or 4G backhaul" is one ask: Starlink terminals meet it, an MPLS WAN does not', () => {
    const ask = 'Satellite or 4G backhaul links';
    expect(verdictOf(ask, one('Network Engineer, Bowland Farms', ['Starlink terminals and routers at 30 farm sites']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Network Engineer, Bowland Bank', ['MPLS WAN and firewalls for 40 branches']))).toMatchObject({ verdict: 'unmet' });
  });

  it('a kind of system asked by products in a bracket: another product named with the kind meets it; neither named does not', () => {
    const ask = "Maîtrise d'un logiciel de planification (Planitech, Horoquartz ou Kelio)";
    expect(verdictOf(ask, one('Responsable planning, Clinique du Lac', ['Plannings de 120 soignants sur le logiciel de planification Octime']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Assistante RH, Clinique du Lac', ['Contrats de travail et visites m\u00e9dicales']))).toMatchObject({ verdict: 'unmet' });
  });
  it('a vendor certification asked by vendor and field: a certificate of the vendor meets it; the vendor\u2019s product alone does not', () => {
    const ask = 'A Microsoft certification in reporting work';
    expect(verdictOf(ask, one('Reporting Analyst, Kirkham Mills', ['Microsoft Certified: Fabric Analytics Engineer Associate (DP-600), 2024']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Reporting Analyst, Kirkham Mills', ['Microsoft Excel reports for the board']))).toMatchObject({ verdict: 'unmet' });
  });

  it('a degree asked against an education of school-leaving qualifications only: unmet, not unknown; a degree listed still meets it', () => {
    const ask = "Bachelor's degree in biology or a related science";
    expect(verdictOf(ask, one('Laboratory Assistant, Kirkham Water', ['Sample logging and routine tests'], '\nEDUCATION\nA levels in Biology and Chemistry, Preston College, 2015\n'))).toMatchObject({ verdict: 'unmet' });
    expect(verdictOf(ask, one('Laboratory Assistant, Kirkham Water', ['Sample logging and routine tests'], '\nEDUCATION\nBSc Biology, University of Central Lancashire, 2018\nA levels, Preston College, 2015\n'))).toMatchObject({ verdict: 'met' });
    // (Where equivalent experience may stand in, the rule says nothing: the verdict is the degree rules'.)
    expect(verdictOf("Bachelor's degree in biology or equivalent experience", one('Laboratory Assistant, Kirkham Water', ['Sample logging and routine tests'], '\nEDUCATION\nA levels in Biology and Chemistry, Preston College, 2015\n'))).not.toMatchObject({ evidence: expect.stringMatching(/school-leaving/) });
  });
});
