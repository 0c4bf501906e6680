import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 48 careful batch (s48, careful-reader-29 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s48-decided.json and s48-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for the three postings given a
// second resume, which of the two fits better. The resumes: a C# integration developer at a dental and physical therapy
// scheduling company (no HL7, no FHIR); an embedded C engineer of twelve and a half years with no degree, on farm and HVAC
// controllers (no DO-178C); a Dutch freelance security consultant who came to OT from hospital IT (no IEC 62443); an SRE
// whose titles and incident-commander lines never say on-call, and a second (a backend engineer on an on-call rotation
// since 2024); a Go engineer whose busiest service takes 8,000 requests a second, and a second (a staff engineer on an ad
// exchange's bidder at 450,000); a Slovak Python developer with German at B2; a sales engineer at a veterinary and dental
// software company; a part-time data analyst back from parental leave; a senior Android engineer against a staff posting,
// and a second (a staff mobile engineer who came to Android from iOS); a gameplay programmer in Helsinki; an Italian Java
// developer with a technical diploma and nine years; a B.Tech graduate with one internship and a competitive programming
// record.
// First read: verdicts 71/97, totals 11/12 (second resumes 3/3), scores in range 12/15, best fits 11/15, the better resume 3/3.
describe('the session 48 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s48');
    expect([got.verdictsOf, got.totalsOf]).toEqual([97, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(71);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s48');
    expect(got.of).toBe(15);
    expect(got.inRange).toBeGreaterThanOrEqual(12);
    expect(got.fits).toBeGreaterThanOrEqual(11);
    expect(got.totals).toBeGreaterThanOrEqual(3);
    expect(got.better).toBeGreaterThanOrEqual(3);
  });
});
