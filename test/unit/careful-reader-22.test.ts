import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 41 second careful batch (s41b): twelve postings for backend, data-platform, security, ML-infrastructure,
// network and database roles, written for this test in the styles real ones come in (a Lever page with "What you bring"
// and "Bonus points", a SmartRecruiters "Qualifications" list that mixes asks and duties, an iCIMS page in capitals, a
// startup's prose with its asks inside sentences, a Canadian posting in CAD with French as an asset, a UK one in pounds
// with the right to work, a LATAM one in English paid in dollars, a bank's numbered "1) 2) 3)" list, a slash-heavy stack
// line, a part-time pentest contract with certificates, an employer named like a tool, "You don't need: Rust"). Facts,
// requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and best
// fits decided by hand before Fitmark read them (test/fixtures/text/careful/s41b-decided.json, committed first).
// This file holds the posting's side: facts and rows. match-careful-24 holds the resume's side.
// First read: facts 69/72, rows 73/85, not asked 0/5. Final read: facts 72/72, rows 82/85, not asked 5/5.
// Mended by class (fresh probes with counter-examples in asks-s41b): "Assets", "Differentials" and an inline "Nice:" head
// wishes; "You don't need" / "What we don't expect" / "Not required" waive what they list (no rows, no degree or years, no
// gap); "Working hours:" is a field; a first line of fields holding the title asks nothing; "Employer — Job" and "Job at
// Employer" name the employer (Cassandra Health is no Cassandra); years offered after "or" instead of a degree are no
// minimum; a duty opening on a bare verb and naming nothing, mixed into "Qualifications", is no row.
// Expectations changed, and why: two keys follow the project's conventions (an inline label is not part of the row's
// text, "Stack/must-haves:"; a spoken language beside skills makes the row's kind language).
// Still read otherwise (not asserted): "6+ years building backend services, at least 3 of them in Go or Java" is two rows
// (the code's reading is finer than mine); "Bachelor's … or four years … in lieu of a degree" is a years row with the
// degree as the other option (the code's rule for degree-or-years lines; I decided a degree row); CCNP/CCIE are read as
// certificate terms, not as Cisco.
describe('the session 41 second careful batch: the postings', () => {
  it('the decided facts', () => {
    const got = agreement('s41b');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBe(72);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s41b');
    expect([got.rowsOf, got.quietOf]).toEqual([85, 5]);
    expect(got.rows).toBeGreaterThanOrEqual(82);
    expect(got.quiet).toBe(5);
  });
});
