import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 46 careful batch (s46, careful-reader-27 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s46-decided.json and s46-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for the posting given a second
// resume, which of the two fits better. The resumes: a backend engineer who used PostgreSQL for seven years on RDS (a
// replica the platform team set up) and was on call; a backend engineer on an on-call rotation who deploys to another
// team's EKS clusters; a senior engineer whose line dates her tech lead role ("since January 2024"); a Software Engineer
// II against a principal role; a cloud engineer with the associate certificate and five years designing on AWS; a
// part-time research assistant; a controls engineer open to relocation; a firmware engineer on Zephyr since 2024; a data
// analyst whose sources come from another team's Airflow, and a second resume (a data engineer) for the better fit; a Polish
// Java developer with German at B2; a front-end developer back from a career break of four and a half years; a freelancer
// whose clients are listed under one dated span.
// First read: verdicts 88/116, totals 12/12 (second resume 1/1), scores in range 9/13, best fits 5/13, the better resume 1/1.
describe('the session 46 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s46');
    expect([got.verdictsOf, got.totalsOf]).toEqual([116, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(88);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s46');
    expect(got.of).toBe(13);
    expect(got.inRange).toBeGreaterThanOrEqual(9);
    expect(got.fits).toBeGreaterThanOrEqual(5);
    expect(got.totals).toBeGreaterThanOrEqual(1);
    expect(got.better).toBeGreaterThanOrEqual(1);
  });
});
