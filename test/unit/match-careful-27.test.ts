import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

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
describe('the session 44 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s44');
    expect([got.verdictsOf, got.totalsOf]).toEqual([103, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(85);
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
