import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 53 careful batch (s53, careful-reader-34 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s53-decided.json and s53-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: a Wroclaw Java developer whose CV is in Polish (and a Poznan frontend developer
// who wrote one Spring Boot service); a data engineer at a life insurer and a savings bank (and an ad-tech data engineer
// with German at B1); an SRE who ran 25 incidents and has the CKA exam booked (and a Dublin platform engineer with no
// French); a Rotterdam data engineer with Spark and one Elasticsearch index (and a search engineer who maintains a public
// library of Lucene analyzers); a developer back after a ten-year career break through a returnship (and a games developer
// of five years); a mechanical engineer of seven years turned data analyst (and a statistics graduate with an internship);
// a transit agency's engineer and core committer to an open-source transit platform (and a ride-hailing engineer with
// PostGIS); an insurer's staff engineer who cut a 10x latency regression (and an engineer who owned a service through 10x
// traffic growth); a bank's cloud security engineer working towards CISSP (and a games studio's DevSecOps engineer); an SDK
// engineer who maintains a public Rust library (and a fintech engineer with two pull requests to a library); a claims
// engineer who led 14 incidents (and a video streaming engineer who carries the pager); a validation engineer with ISTQB
// (and a bank's QA engineer studying for it).
// First read (b8197f0b's code): verdicts 77/89, totals 12/12 (second resumes 10/12), scores in range 14/24, best fits 17/24,
// the better resume 12/12.
describe('the session 53 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s53');
    expect([got.verdictsOf, got.totalsOf]).toEqual([89, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(77);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s53');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(14);
    expect(got.fits).toBeGreaterThanOrEqual(17);
    expect(got.totals).toBeGreaterThanOrEqual(10);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});
