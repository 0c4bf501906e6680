import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 46 careful batch (s46): twelve postings written for this test, weighted to the class the earlier batches read
// worst, years asked of an activity or a kind of role ("5+ years operating PostgreSQL in production", "3+ years in an
// on-call SRE role", "2+ years administering Kubernetes clusters", "2+ years as a tech lead or engineering lead",
// "Experience leading teams of 5+ engineers", "3+ years in a DevOps or platform engineering role", "3+ years as a freelance or
// contract DevOps/platform engineer"), met or not by roles that only used the tool or held another title; and in roles and
// forms not yet covered: a database reliability role on Greenhouse, an HN one-line header for a first SRE, a LinkedIn
// engineering lead in Dublin, a Workday principal role against a mid-level resume, a consultancy's cloud architect asking a
// certification "or 4+ years", a UK university's part-time fixed-term research software post with numbered essential and
// desirable criteria and pay "pro rata", an Indeed controls role that asks relocation to a named city, an Ashby firmware
// role, a data engineer's posting (dbt, Airflow, Spark) against an analyst, a German posting ("Dein Profil",
// "Wünschenswert", "mindestens C1"), a frontend role welcoming returners, a freelance Kubernetes migration paid by the hour.
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s46-decided.json and
// s46-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-29 holds
// the resume's side.
// First read: facts 66/72, rows 114/116, not asked 45/46.
describe('the session 46 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s46');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(66);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s46');
    expect([got.rowsOf, got.quietOf]).toEqual([116, 46]);
    expect(got.rows).toBeGreaterThanOrEqual(114);
    expect(got.quiet).toBeGreaterThanOrEqual(45);
  });
});
