import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

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
describe('the session 54 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s54');
    expect([got.verdictsOf, got.totalsOf]).toEqual([87, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(72);
    expect(got.totals).toBeGreaterThanOrEqual(10);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s54');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(14);
    expect(got.fits).toBeGreaterThanOrEqual(18);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(10);
  });
});
