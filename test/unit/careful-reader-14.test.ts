import { describe, expect, it } from 'vitest';
import { agreement } from './readers';

// Twelve postings for infrastructure, platform, SRE, cloud and backend roles in forms no earlier batch used, each with a
// resume, all written for this test (session 38, none from a real posting): "Minimum qualifications:" / "Preferred
// qualifications:" with "or equivalent practical experience" and a US base range "+ bonus + equity + benefits" against an
// academic CV (Ph.D., postdoc, publications, teaching); "Bachelor's degree and 4 years …, or a Master's degree and 2 years"
// with an active TS/SCI against a veteran's resume (MOS 25B, CI polygraph); "the ability to obtain and maintain a Secret
// clearance" against a paramedic turned SRE ("since March 2024"); a UK contract at "£550/day (Inside IR35)" against a
// contractor's many short gigs with gaps between them; "Up to $95/hr on 1099 or C2C" against part-time roles dated
// "2023-04 – present"; "up to €90k" and a Fachinformatiker as the degree's equal against a Europass CV ("[ 01/04/2021 –
// Current ]", an apprenticeship, CEFR levels); equity only against a bootcamp graduate with six years in restaurants; a
// recruiter's message with no bullets against a resume with French month names; a UK civil-service person specification
// as a two-column table ("Criteria | Essential / Desirable") against a part-time (0.8 FTE) role and a sabbatical; an
// Australian NV1 role with numbered "Key selection criteria" against a skills matrix (years, last used) and "since 2020";
// a Mexico City role paid by the month in MXN against Spanish month names; a Zürich role in CHF against German month names
// and parental leave. Each pair's facts and verdicts were decided by hand before Fitmark read them
// (test/fixtures/text/careful/s38-decided.json, committed first).
describe('a batch in new forms (session 38)', () => {
  it('the decided facts and verdicts: how many Fitmark reads as decided', () => {
    const got = agreement('s38');
    expect([got.factsOf, got.verdictsOf, got.totalsOf]).toEqual([72, 92, 12]);
    // First read: 71 of 72 facts, 68 of 92 verdicts and 9 of 12 total years as decided.
    expect(got.facts).toBeGreaterThanOrEqual(71);
    expect(got.verdicts).toBeGreaterThanOrEqual(83);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });
});
