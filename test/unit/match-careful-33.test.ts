import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 50 careful batch (s50, careful-reader-31 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s50-decided.json and s50-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: an Okta administrator at a credit union (and a help desk technician who resets
// Okta passwords); a network administrator who meets Level II but not Level III (and a senior engineer who meets both);
// a support engineer who debugs with strace, tcpdump and EXPLAIN ANALYZE but never says "the stack" (and a customer
// success manager); a React Native engineer who cut cold start and speaks German at A2 (and a Flutter developer);
// a Go engineer in Calgary against "You must reside in Ontario" (and one in Hamilton); an ISSO support analyst with a
// Secret clearance against TS/SCI with Full Scope Polygraph (and an assessor who holds it); a Qu\u00e9bec .NET developer in
// French (and a Toronto one with no French); a senior ML engineer against a Senior or Principal posting (and a principal
// in London who needs a visa); an Epic analyst who was a medical assistant (and a Cerner analyst and nurse); a Vue
// developer who cut LCP (and a React developer with a year of Vue); a RHEL administrator with RHCSA only who debugs from
// the kernel to the switch port (and an SRE with RHCE); a Spark engineer with German at A2 (and a Swiss BI developer).
// First read: verdicts 69/87, totals 11/12 (second resumes 12/12), scores in range 13/24, best fits 14/24, the better
// resume 11/12.
describe('the session 50 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s50');
    expect([got.verdictsOf, got.totalsOf]).toEqual([87, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(69);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s50');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(13);
    expect(got.fits).toBeGreaterThanOrEqual(14);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});
