import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 54 careful batch (s54, careful-reader-35 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s54-decided.json and s54-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: an accountancy's IT operations manager of a team of six (and a retail
// systems administrator who helped his manager plan); a Krakow Python developer with English C1 and Polish B1 (and a
// Curitiba developer with English B2, no Polish, RQ and FastAPI); a platform lead's LinkedIn profile export whose GitHub
// Actions, Azure DevOps and Bicep stand only in "Skills:" and "Top Skills" lines (and a platform engineer who mentored two);
// a consultancy's AWS architect holding the Professional (and an insurer's cloud engineer holding the Associate); a U.S.
// citizen holding the Professional against the Associate asked (and a permanent resident with the Developer Associate); a
// parcel company's engineer who "moved the fleet ... to Go in 2023" and onto Kubernetes in 2025 (and a Go engineer since
// 2019); an engineering manager of seven (and a tech lead of three); an insurer's React developer (and an Angular developer
// whose React began in 2025); a Dutch municipality's data engineer (and a payments data engineer with Dutch at A2); a
// freelancer of seven overlapping missions since 2022 (and a developer employed ten years, freelance since 2024); an
// accountancy's audit analyst (and a bank's analyst with a 2:2); an embedded lead with an inactive Secret whose C++ began in
// 2023 (and a Canadian on TN status who leads four).
// First read (adce6227's code): verdicts 72/87, totals 10/12 (second resumes 12/12), scores in range 14/24, best fits 18/24,
// the better resume 10/12.
// After the mends below (made on these pairs, so not an untuned figure): verdicts 82/87, scores in range 20/24, best fits
// 21/24, the better resume 12/12 (totals 10/12, second totals 12/12 unchanged).
// Still read otherwise (not asserted): "5+ years ... writing Go" met against "Moved the fleet ... from Ruby to Go in 2023"
// (the matcher reads no Go in "to Go", so the dated line names none; Kubernetes "in 2025" and React "in 2025" now date
// theirs); "PostgreSQL or CockroachDB, including schema design" partial (its Data modeling group not read in "PostgreSQL
// schemas"); "iManage or NetDocuments" unknown (decided unmet); a woningcorporatie "of een andere maatschappelijke
// organisatie" unknown against a municipality; the freelancer's total 2.3 (his missions' lines not read as roles) and the
// year-only architect's 12.2 (decided 14); the Dutch-A2 engineer's "vloeiend Nederlands" partial by the older rule (fluency
// asked in words, short of it: partial, careful-reader-9; I had decided unmet); second resumes read otherwise where their
// rows' importance is read otherwise (Welcome to the Jungle's "Preferred experience", InfoJobs' "Se valorara") or a row is
// read that is none ("They need a senior freelancer ...").
describe('the session 54 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s54');
    expect([got.verdictsOf, got.totalsOf]).toEqual([87, 12]);
    // (After merging the lead's s54 work: gofleet's "PostgreSQL or CockroachDB, including schema design" reads met, as
    // decided, by "PostgreSQL schemas for shipments and labels": 82 -> 83.)
    expect(got.verdicts).toBeGreaterThanOrEqual(83);
    expect(got.totals).toBeGreaterThanOrEqual(10);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s54');
    expect(got.of).toBe(24);
    // (Changed openly after the merge: that row met as decided lifts gofleet's score from 80 to 86, one above its decided
    // 70-85 and a strong fit where good was decided: 20 -> 19 in range, 21 -> 20 fits. The row reads as decided; the
    // decided range did not allow for it being met.)
    expect(got.inRange).toBeGreaterThanOrEqual(19);
    expect(got.fits).toBeGreaterThanOrEqual(20);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Ordwell Systems | Operations Lead | Nottingham, UK';
const US_HEADER = 'Patapsco Acoustics | Firmware Lead | Towson, MD';
const cvOf = (head: string[], roles: Array<[string, string, string[]]>) =>
  `Morwenna Tregaskis\n${head.join('\n')}\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n`;
const one = (title: string, lines: string[], head: string[] = []) => cvOf(head, [[title, 'Feb 2019 \u2013 present', lines]]);
/** The verdict of the row that starts with `start` (the first row where none is named). */
const verdictOf = (ask: string, resume: string, header = HEADER, start?: string) => {
  const { a, m } = matched(header, [ask], resume);
  const k = start ? a.requirements.findIndex((r) => r.text.startsWith(start)) : 0;
  if (k < 0) throw new Error(`no row starts "${start}": ${a.requirements.map((r) => r.text).join(' / ')}`);
  return m.requirements![k]!;
};

describe('the session 54 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('a team of a size asked of its leader: the largest team a line leads meets it, a smaller one partly, none not', () => {
    const ask = 'Experience leading a team of 6+ engineers';
    const eight = one('Engineering Manager, Dunmore Freight', ['Manage a team of eight data engineers across two time zones']);
    const v = verdictOf(ask, eight);
    expect(v.verdict).toBe('met');
    expect(v.evidence).toMatch(/team of eight/);
    expect(verdictOf(ask, one('Tech Lead, Dunmore Freight', ['Lead a team of three developers on the quoting service'])).verdict).toBe('partial');
    expect(verdictOf('You have managed a support or infrastructure team of 4 or more people', one('Infrastructure Lead, Wendle Homes', ['Head the infrastructure group of five engineers'])).verdict).toBe('met');
    // (Counter-examples: mentoring is no team led; people served are no team; a resume that leads nothing does not meet it.)
    expect(verdictOf(ask, one('Senior Engineer, Dunmore Freight', ['Mentored four junior engineers through their first on-call'])).verdict).toBe('unmet');
    expect(verdictOf(ask, one('Systems Administrator, Dunmore Freight', ['Desktop and printer support for 900 staff'])).verdict).toBe('unmet');
  });

  it('a team of a kind asked to have been managed: a manager, not the kind of work', () => {
    const ask = 'Experience managing a service desk or infrastructure team';
    const v = verdictOf(ask, one('Service Desk Manager, Holloway Surveyors', ['Own the service desk rota and the quarterly hardware plan']));
    expect(v.verdict).toBe('met');
    expect(verdictOf(ask, one('Infrastructure Engineer, Holloway Surveyors', ['Manage the IT support team of four: rota, reviews and training'])).verdict).toBe('met');
    // (Counter-example: the kind's work done under a manager's planning is no team managed.)
    expect(verdictOf(ask, one('Second-line Analyst, Holloway Surveyors', ['Escalations from the service desk; helped the desk manager with the rota'])).verdict).toBe('unmet');
  });

  it('supervising others asked: a line that supervises or reviews others\u2019 work meets it, mentoring alone does not', () => {
    const ask = 'Experience supervising junior staff';
    expect(verdictOf(ask, one('Senior Analyst, Pellow Audit LLP', ['Supervised three apprentices on the sampling work'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Senior Analyst, Pellow Audit LLP', ['Review the work of two trainee analysts each week'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Analyst, Pellow Audit LLP', ['Paired with a junior colleague on his first audit'])).verdict).toBe('unmet');
  });

  it('a certificate\u2019s track asked at one level and held at another: higher meets it, lower partly, another track not', () => {
    const held = (cert: string) => one('Cloud Engineer, Treviscoe Data', ['AWS accounts and VPCs in Terraform'], [`Certifications: ${cert} (2024)`]);
    expect(verdictOf('AWS Certified Solutions Architect \u2013 Associate', held('AWS Certified Solutions Architect - Professional')).verdict).toBe('met');
    expect(verdictOf('AWS Certified Solutions Architect \u2013 Professional', held('AWS Certified Solutions Architect \u2013 Associate')).verdict).toBe('partial');
    // (Counter-examples: another track at the level asked is not it; one being studied for is not held.)
    expect(verdictOf('AWS Certified Solutions Architect \u2013 Associate', held('AWS Certified Developer \u2013 Associate')).verdict).toBe('unmet');
    expect(verdictOf('AWS Certified Solutions Architect \u2013 Associate', held('Studying for the AWS Certified Solutions Architect - Professional')).verdict).not.toBe('met');
  });

  it('a security clearance to be obtained in a US job: a US citizen can, a permanent resident or another country\u2019s citizen cannot', () => {
    const ask = 'Must hold a security clearance or be able to obtain one';
    const v = verdictOf(ask, one('Firmware Engineer, Severn Marine', ['C firmware for hull sensors'], ['U.S. citizen']), US_HEADER);
    expect(v.verdict).toBe('met');
    expect(verdictOf(ask, one('Firmware Engineer, Severn Marine', ['C firmware for hull sensors'], ['Green card holder (U.S. permanent resident)']), US_HEADER).verdict).toBe('unmet');
    expect(verdictOf(ask, one('Firmware Engineer, Severn Marine', ['C firmware for hull sensors'], ['Mexican citizen, TN visa']), US_HEADER).verdict).toBe('unmet');
    // (Counter-example: a resume that states no status says nothing either way.)
    expect(verdictOf(ask, one('Firmware Engineer, Severn Marine', ['C firmware for hull sensors']), US_HEADER).verdict).toBe('unknown');
  });

  it('a professional services firm asked, and consulting: the employers that are one, and their years', () => {
    const firm = cvOf([], [
      ['Data Analyst, Penrose Tate LLP (chartered accountants)', 'Jan 2023 \u2013 present', ['Journal testing in Python for audit teams']],
      ['Analyst, Kerrow Building Society', 'Jan 2019 \u2013 Dec 2022', ['Arrears reporting in SQL']],
    ]);
    const v = verdictOf('At least 2 years in a professional services firm (audit, tax or advisory)', firm);
    expect(v.verdict).toBe('met');
    expect(v.evidence).toMatch(/professional services/);
    expect(verdictOf('At least 5 years in a professional services firm (audit, tax or advisory)', firm).verdict).toBe('partial');
    expect(verdictOf('Consulting experience with clients in the public sector', one('Senior Consultant, Bodmin Digital', ['Discovery workshops and proposals for councils'])).verdict).toBe('met');
    // (Counter-examples: years at a bank and a retailer are in no such firm; an in-house engineer who consulted colleagues is no consultant.)
    const inHouse = cvOf([], [
      ['Analyst, Kerrow Building Society', 'Jan 2019 \u2013 present', ['Arrears reporting in SQL; consulted the credit team on new reports']],
      ['Merchandiser, Lanner Stores', 'Jan 2015 \u2013 Dec 2018', ['Weekly range reviews']],
    ]);
    expect(verdictOf('At least 2 years in a professional services firm (audit, tax or advisory)', inHouse).verdict).toBe('unmet');
    expect(verdictOf('Consulting experience with clients in the public sector', inHouse).verdict).toBe('unmet');
  });

  it('a part included by a short word\u2019s stem ("query tuning" by "Tuned"), and not by other work', () => {
    const ask = 'Good knowledge of Nginx, including routing';
    expect(verdictOf(ask, one('Backend Developer, Gwithian Tickets', ['Routed the API traffic through Nginx by path and header'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Backend Developer, Gwithian Tickets', ['Nginx in front of the seat map app'])).verdict).toBe('partial');
  });

  it('a choice whose option is a code written the same in the resume meets it', () => {
    const ask = 'DO-178C or MIL-STD-1553 experience';
    expect(verdictOf(ask, one('Avionics Engineer, Hayle Systems', ['MIL-STD-1553 bus drivers for the mission computer']), US_HEADER).verdict).toBe('met');
    // (Counter-example: another code of the same family is not the one asked.)
    expect(verdictOf(ask, one('Avionics Engineer, Hayle Systems', ['MIL-STD-810 environmental test plans for the mission computer']), US_HEADER).verdict).not.toBe('met');
  });

  it('a UK degree class asked as a least: a 2:2 is below it, a first meets it', () => {
    const ask = "A 2:1 degree or above in a numerate subject";
    expect(verdictOf(ask, one('Analyst, Fowey Retail', ['SQL reports'], []) + '\nEDUCATION\nBSc Mathematics (2:2), University of Exeter, 2018\n').verdict).toBe('unmet');
    expect(verdictOf(ask, one('Analyst, Fowey Retail', ['SQL reports'], []) + '\nEDUCATION\nBSc Mathematics, First Class Honours, University of Exeter, 2018\n').verdict).toBe('met');
    // (Counter-examples: a degree line that gives no class is judged by the degree, as before; an ask with another way in,
    // "or equivalent experience", is not failed by the class alone.)
    expect(verdictOf(ask, one('Analyst, Fowey Retail', ['SQL reports'], []) + '\nEDUCATION\nBSc Mathematics, University of Exeter, 2018\n').verdict).toBe('met');
    expect(verdictOf('A 2:1 degree or above in a numerate subject, or equivalent experience', one('Analyst, Fowey Retail', ['SQL reports'], []) + '\nEDUCATION\nBSc Mathematics (2:2), University of Exeter, 2018\n').verdict).not.toBe('unmet');
  });

  it('users asked to have been served: the largest count of users or staff a line gives', () => {
    const ask = 'You have supported 300 or more users';
    expect(verdictOf(ask, one('IT Manager, Polperro Solicitors', ['Laptops, Microsoft 365 and phones for 420 staff in three offices'])).verdict).toBe('met');
    expect(verdictOf(ask, one('IT Officer, Polperro Solicitors', ['Laptops and phones for 85 staff'])).verdict).toBe('partial');
    // (Counter-example: a resume that gives no count says nothing either way.)
    expect(verdictOf(ask, one('IT Officer, Polperro Solicitors', ['Laptops and phones for the Truro office'])).verdict).toBe('unknown');
  });

  it('a skill a role moved to on a dated line began there then; a skill beside the move did not', () => {
    const resume = cvOf([], [['Platform Engineer, Lostwithiel Parcels', 'Jan 2014 \u2013 present', ['Java services for label printing', 'Moved the services onto Kubernetes in 2025, with Java 21', 'Helm charts and Argo CD for the Kubernetes clusters']]]);
    const k8s = verdictOf('3+ years running Kubernetes in production', resume);
    expect(k8s.verdict).toBe('partial');
    // (Counter-example: Java, named beside the move and on an undated line, is the role's from its start.)
    expect(verdictOf('8+ years of Java', resume).verdict).toBe('met');
  });
});
