import { describe, expect, it } from 'vitest';
import { agreement } from './readers';

// A third carry-over batch of session 39 (s39d), each pair written for this test in forms no earlier batch used: an Ashby
// posting ("Location Type", "Compensation" with an equity range) against promotions under one employer dated "Jan. '19";
// a Greenhouse posting with pay by US zones and "AWS Organizations and Control Tower" against a two-column text export
// whose skills column interleaves with the header and roles; "must be located within 50 miles of Austin, TX" and "PCNSE
// or equivalent" against a resume in Round Rock with "Palo Alto PA-5200 firewalls" and other vendors' certificates;
// question-style asks with a "Good to know:" sub-list; "we do not sponsor visas now or in the future" against "Green card
// holder"; German and English at CEFR levels against LinkedIn's proficiency words; "CISSP, or an equivalent
// certification such as …" and "CCSP or equivalent"; a Workday-style header with "Security Clearance: Secret" and
// "(RHCSA or equivalent)" against RHCE. Facts, verdicts and totals decided by hand before Fitmark read them
// (test/fixtures/text/careful/s39d-decided.json, committed first).
// First read: facts 47/48, verdicts 41/50, totals 7/8.
describe('a third carry-over batch (session 39d)', () => {
  it('the decided facts and verdicts: how many Fitmark reads as decided', () => {
    const got = agreement('s39d');
    expect([got.factsOf, got.verdictsOf, got.totalsOf]).toEqual([48, 50, 8]);
    expect(got.facts).toBeGreaterThanOrEqual(47);
    expect(got.verdicts).toBeGreaterThanOrEqual(41);
    expect(got.totals).toBeGreaterThanOrEqual(7);
  });
});
