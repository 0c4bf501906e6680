import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 47 careful batch (s47): twelve postings written for this test, weighted to the verdict classes the earlier
// batches read worst: a certification "or equivalent experience" (CCNP against a CCNA and nine years; CKA against years
// running AKS); a kind named with examples against a resume with another of the kind ("a cloud data warehouse such as
// Snowflake or BigQuery" against Redshift, "an orchestrator such as Dagster or Prefect" against Airflow, "a public cloud
// provider such as AWS or GCP" against Azure); industries and sectors asked ("the energy sector (utilities, grid operations or
// renewables)", "payments (PSD2, PCI DSS)", "la logistique ou la planification de tournées", "le secteur asegurador,
// bancario o financiero") met by the employers' fields; a manager's ask ("managed a team of 5+ engineers") against an IC who
// mentored; a degree "or equivalent experience" against no degree and ten years; a French and a Spanish posting; a resume
// with two overlapping jobs (a part-time lecturer's post beside two full-time ones); a security compliance role (SOC 2, ISO
// 27001, CISA "or 5+ years"); an iOS role against a resume that came to iOS from Android; a staff posting against a senior
// resume; and two postings given a second resume for the better fit (an analytics engineer's, an engineering manager's).
// Forms: a Greenhouse hospital network role, a Lever data role, a Workday utility requisition, a LinkedIn Amsterdam fintech,
// a French CDI on a jobs board, an HN header line, a New York hybrid role with its pay transparency line, a UK permanent
// role, a Workable-style remote US role, a Toronto hybrid in CA$, a Seattle staff role, a Madrid "contrato indefinido".
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s47-decided.json and
// s47-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-30 holds
// the resume's side.
// First read: facts 72/72, rows 102/109, not asked 42/42.
describe('the session 47 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s47');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(72);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s47');
    expect([got.rowsOf, got.quietOf]).toEqual([109, 42]);
    expect(got.rows).toBeGreaterThanOrEqual(102);
    expect(got.quiet).toBeGreaterThanOrEqual(42);
  });
});
