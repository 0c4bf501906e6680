import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

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
describe('the session 47 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s47');
    expect([got.verdictsOf, got.totalsOf]).toEqual([109, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(82);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s47');
    expect(got.of).toBe(14);
    expect(got.inRange).toBeGreaterThanOrEqual(11);
    expect(got.fits).toBeGreaterThanOrEqual(11);
    expect(got.totals).toBeGreaterThanOrEqual(2);
    expect(got.better).toBeGreaterThanOrEqual(1);
  });
});
