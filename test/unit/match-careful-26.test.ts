import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 43 careful batch (s43, careful-reader-24 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s43-decided.json and s43-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for the posting given a second
// resume, which of the two fits better. The resumes: role lines that open with the team ("Developer Productivity,
// Larkspur Freight — Senior Software Engineer"), Indeed's "09/2023 to Current", a German Lebenslauf ("seit 04/2022",
// the apprenticeship under "Ausbildung"), dates as "2024.04 – present" and JLPT N3 against N2 asked, an internal
// candidate's two teams at one employer, a contractor's eight short gigs that overlap ("2025-03 – 2025-11" beside
// "2025-09 – present"), a two-column resume flattened to text (skills and education interleaved with the roles), a
// physics teacher turning SRE (projects, certificates, a part-time lab job beside the teaching), a bootcamp graduate with
// no dates at all, year-only dates ("2023 - Present"), "Jan 2021 to now", "Feb 2022 → now".
// First read: verdicts 74/107, totals 11/12 (second resume 1/1), scores in range 8/13, best fits 7/13, the better resume 1/1.
describe('the session 43 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s43');
    expect([got.verdictsOf, got.totalsOf]).toEqual([107, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(74);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s43');
    expect(got.of).toBe(13);
    expect(got.inRange).toBeGreaterThanOrEqual(8);
    expect(got.fits).toBeGreaterThanOrEqual(7);
    expect(got.totals).toBeGreaterThanOrEqual(1);
    expect(got.better).toBeGreaterThanOrEqual(1);
  });
});
