import { describe, expect, it } from 'vitest';
import { agreement } from './readers';

// A batch of session 39 (s39), written after careful-reader-16's fixes in forms no earlier batch used, each pair written
// for this test (none from a real posting): a "Must have / Nice to have" table set as two columns of plain text; a degree
// whose equivalence stands in a sentence of its own ("Relevant work experience may substitute for the degree") and years
// per skill as a range beside years overall ("2–4 years of Kubernetes …, 5+ years … overall") against roles dated by
// quarter ("Q2 2022 – present"); asks put as questions ("Have you run Kafka in production?") under "You might be a fit
// if..." against a resume with a career break; a French posting's "Bac+5 (diplôme d'ingénieur or Master)" against French
// dates ("sept. 2021 – aujourd'hui"); a day-rate contract asking SC clearance ("sponsorship for SC is available") against
// a contractor's overlapping contracts and a year off; "Things you'll bring" / "Extra credit" with travel and on-call asks
// against roles dated by season ("Fall 2022 – Present"); "Python is our main language. Solid Go experience works just as
// well." with "No degree required" and a time-zone overlap; rotating shifts and "Active TS/SCI, or the ability to obtain
// one"; SmartRecruiters "Additional Information" with benefits and an equal-opportunity line after the asks, and duties
// written with "and/or"; "Go (2+ years) and one of C# or Java"; a German posting's "Diplom, Bachelor or Master … or
// vocational training as a Fachinformatiker". Each pair's facts and verdicts were decided by hand before Fitmark read
// them (test/fixtures/text/careful/s39-decided.json, committed first); "no item" is decided where a careful reader wants
// no checklist row (a duty, a benefit, "No degree required").
// First read: facts 59/66, verdicts 50/72, totals 10/11.
describe('a batch of session 39', () => {
  it('the decided facts and verdicts: how many Fitmark reads as decided', () => {
    const got = agreement('s39');
    expect([got.factsOf, got.verdictsOf, got.totalsOf]).toEqual([66, 72, 11]);
    expect(got.facts).toBeGreaterThanOrEqual(59);
    expect(got.verdicts).toBeGreaterThanOrEqual(50);
    expect(got.totals).toBeGreaterThanOrEqual(10);
  });
});
