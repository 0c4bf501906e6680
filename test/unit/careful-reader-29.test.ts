import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 48 careful batch (s48): twelve postings written for this test, weighted to the verdict classes the earlier
// batches read worst: "a strong grasp of data structures (algorithms) and system design" (a resume cannot show it, so
// unknown, save where competitive programming shows the data structures); on-call and incident response years asked of
// a resume whose SRE titles never say "on-call"; "Bachelor's ... and 4 years, OR 8 years in lieu of a degree" (and the
// Italian "in alternativa, almeno 8 anni") against no degree and twelve or nine years; a scale asked ("100k+ requests per
// second") against a smaller figure (8,000: partial) and a bigger one (450,000: met); a standard asked (HL7 v2 and FHIR,
// DO-178C, IEC 62443, NeTEx or GTFS) against a resume of the general field only; languages asked ("Fluent German (at
// least C1)", "Fluent Dutch", "Ottima conoscenza della lingua italiana", French "is a plus") against resumes' language
// lines; requirements under odd headings ("Your toolkit", "Extra credit", "Meritorious", "Preferred experience" as Welcome
// to the Jungle heads its profile, "Costituisce titolo preferenziale", "Person specification: Essential / Desirable"); a
// freelance part-time assignment paid by the hour and a part-time post paid pro rata; a staff posting against a senior;
// and three postings given a second resume for the better fit (the SRE's, the bidder's, the staff Android's).
// Forms: a Greenhouse clinic network role, a Workday aerospace requisition, a Dutch water board's freelance assignment, an
// HN header line, a Lever ad-tech role, a Vienna role in English, a US remote sales engineering role with base and OTE, a
// UK charity's part-time post, a Welcome to the Jungle Paris role, a Teamtailor Stockholm studio, an Italian "tempo
// indeterminato", a Naukri graduate trainee listing.
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s48-decided.json and
// s48-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-31 holds
// the resume's side.
// First read: facts 68/72, rows 88/97, not asked 64/68.
// One decided row's first words aligned after the first read, not blind: the Vienna note's row starts "applicants from
// outside the EU/EEA", the item without its lead-in "Please note:" (the row, its kind and its verdict as decided): rows 89/97.
describe('the session 48 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s48');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(68);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s48');
    expect([got.rowsOf, got.quietOf]).toEqual([97, 68]);
    expect(got.rows).toBeGreaterThanOrEqual(89);
    expect(got.quiet).toBeGreaterThanOrEqual(64);
  });
});
