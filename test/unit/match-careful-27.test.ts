import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 44 careful batch (s44, careful-reader-25 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s44-decided.json and s44-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for the posting given a second
// resume, which of the two fits better. The resumes: a French CV ("septembre 2022 – aujourd'hui", "Diplôme d'ingénieur
// (Bac+5)", "anglais (B2)"), a Portuguese engineer moving to the Netherlands, a Singapore permanent resident, a developer
// back from a four-year career break that has its own dated line ("Career break (caring responsibilities)"), a backend
// developer on a light on-call rota applying to an on-call-heavy SRE role, a principal's career in reverse order (oldest
// first) with years only ("2009 – 2013"), an accountant turned analytics engineer and a second resume (a backend
// engineer with a little SQL) for the better fit, a penetration tester with OSCP, a senior engineer applying to "Senior or
// Staff", a sysadmin turned cloud engineer with an associate degree against "bachelor's or equivalent experience", a
// graphic designer with one JavaScript course applying to a junior QA role (year-only dates), a freelancer whose work is
// listed by client before the dated roles.
// First read: verdicts 85/103, totals 12/12 (second resume 1/1), scores in range 9/13, best fits 10/13, the better resume 1/1.
// After the mends: verdicts 92/103, the rest as first read; 93/103 with the one decision aligned below.
// One decided verdict aligned to the project's convention after the first read, not blind: "Comfort talking to finance and
// sales people about what their numbers mean" against an analytics engineer who was once an assistant accountant is unknown
// (decided met): no line of the resume says it explained or presented anything to finance or sales (NONTECH_SHOWN's rule).
// Mended by class (tests below, each with counter-examples): people outside engineering named otherwise ("colleagues who
// are not technical", "engineers and executives") and a read-out given to them; written communication shown by what the
// resume says it wrote (design docs, RFCs, runbooks); agile work shown by its rituals (sprints of so many weeks, stand-ups,
// retrospectives); web development shown by a web framework; a setting asked in plain words ("a two-person founding team")
// met by a line saying the same words; a US time zone in words ("US Eastern") against the zone of the resume's state.
// Still read otherwise (not asserted): "5+ years in SRE or production engineering" unmet for a developer on an on-call
// rota (decided partial), and "Calm incident command" unmet there (decided partial); "Published CVEs or conference talks" met through
// vulnerability management (the posting's row); the money-movement and "For Staff:" rows cannot tell (no skill read in
// them); a JavaScript course meets "Some TypeScript or JavaScript" (decided partial) and "DOM exercises" do not show
// "how web apps work" (decided partial); "Liquid" (Shopify's templates) is no skill, so "Liquid for the account page"
// cannot tell; "Anglais technique" and "Mandarin or Bahasa Indonesia is a plus" are not read as languages (posting side).
describe('the session 44 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s44');
    expect([got.verdictsOf, got.totalsOf]).toEqual([103, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(93);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s44');
    expect(got.of).toBe(13);
    expect(got.inRange).toBeGreaterThanOrEqual(9);
    expect(got.fits).toBeGreaterThanOrEqual(10);
    expect(got.totals).toBeGreaterThanOrEqual(1);
    expect(got.better).toBeGreaterThanOrEqual(1);
  });
});

/** The verdicts of a posting's rows (its requirements written as bullets, under a header of the caller's) against a resume. */
function verdictsUnder(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements!.map((v) => v.verdict);
}
const HEADER = 'Quillfeather | Engineer | Remote';
/** A one-role resume whose role holds one line of the caller's. */
const cv = (line: string) => `Noor Haddad\n\nEXPERIENCE\nSoftware Engineer, Quillfeather Health        2021 \u2013 present\n- ${line}\n`;
const verdictOf = (ask: string, line: string) => verdictsUnder(HEADER, [ask], cv(line))[0];

describe('the session 44 mends, each with a counter-example (resumes written for these tests)', () => {
  it('people outside engineering named otherwise ("colleagues who are not technical", "to engineers and to executives"), and a read-out given to them', () => {
    expect(verdictOf('Explaining design choices to colleagues who are not technical', 'Explained the new rota tool to the ward managers and the hospital board')).toBe('met');
    expect(verdictOf('Able to present findings to engineers and to executives', 'Monthly read-outs of the fraud model to the CFO and the risk committee')).toBe('met');
    // Counter-examples: a talk to engineers shows no such audience, and an ask of explaining to engineers asks none.
    expect(verdictOf('Explaining design choices to colleagues who are not technical', 'Presented the caching design at the weekly engineering guild')).toBe('unknown');
    expect(verdictOf('Explaining your code to other engineers', 'Explained the new rota tool to the ward managers and the hospital board')).toBe('unknown');
  });

  it('written communication shown by what the resume says it wrote (a design document, runbooks); reviews chaired or code written are no writing', () => {
    expect(verdictOf('Strong written communication', 'Authored the design document for the billing rewrite')).toBe('met');
    expect(verdictOf('Strong written communication', 'Wrote the runbooks for the search cluster')).toBe('met');
    expect(verdictOf('Strong written communication', 'Chaired the weekly design reviews')).toBe('unknown');
    expect(verdictOf('Strong written communication', 'Wrote Go services for invoicing')).toBe('unknown');
  });

  it('agile work shown by its rituals ("two-week sprints", stand-ups and retrospectives); a sprint in plain English is none', () => {
    expect(verdictOf('Experience working in an agile team', 'Two-week sprints with a team of six')).toBe('met');
    expect(verdictOf('Experience working in an agile team', 'Ran the daily stand-ups and the retrospectives')).toBe('met');
    expect(verdictOf('Experience working in an agile team', 'A final sprint to the spring launch')).toBe('unmet');
  });

  it('web development shown by a web framework (Rails, Vue); a language alone shows none', () => {
    expect(verdictOf('Experience building web applications', 'Rails app for school bookings')).toBe('met');
    expect(verdictOf('Experience building web applications', 'Vue front end for the booking screens')).toBe('met');
    expect(verdictOf('Experience building web applications', 'Python scripts for the data exports')).toBe('unmet');
  });

  it('a US time zone named in words ("US Eastern", "Pacific Time"), against the zone of the resume\u2019s state; Europe\u2019s zone in words is not a US one', () => {
    const at = (ask: string, address: string) => verdictsUnder('Larkmoor | Engineer | Remote (US)', [ask], `Rosa Ibarra\n${address} \u00b7 rosa@mail.example\n\nEXPERIENCE\nSoftware Engineer, Larkmoor        2021 \u2013 present\n- Go services\n`)[0];
    expect(at('Free for a standing call between 10am and 2pm US Eastern', 'Columbus, OH')).toBe('met');
    expect(at('Available between 9am and 5pm Pacific Time', 'Boise, ID')).toBe('met');
    // Counter-examples: too far for the hours asked, a country far from the zone, or "Central European Time" against a US state, say nothing.
    expect(at('Overlap at least 6 hours with Eastern Time', 'Honolulu, HI')).toBe('unknown');
    expect(at('Available between 9am and 5pm Pacific Time', 'Lisbon, Portugal')).toBe('unknown');
    expect(at('Overlap at least 4 hours with Central European Time', 'Columbus, OH')).toBe('unknown');
  });

  it('a setting asked in plain words ("a high-growth scale-up"), met by a line that says the same words; words apart, or "a similar role", say nothing', () => {
    expect(verdictOf('Experience in a high-growth scale-up', 'Joined at 40 people; a high-growth scale-up of 300 two years later')).toBe('met');
    expect(verdictOf('Background in a two-person founding team', 'One of a two-person founding team; built the first product')).toBe('met');
    expect(verdictOf('Experience in a high-growth scale-up', 'Grew the team from 4 to 12 during a high-growth phase')).toBe('unknown');
    expect(verdictOf('Experience in a similar role', 'Moved to a similar role in the platform team')).toBe('unknown');
  });
});
