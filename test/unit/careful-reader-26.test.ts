import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 45 careful batch (s45): twelve postings written for this test in roles and forms the earlier batches lacked
// (a backbone network engineer at a regional ISP with "Basic Qualifications" and "Preferred Qualifications", a recruiter's
// e-mail for an Oracle DBA contract paid by the hour on W2 ("no C2C, no 1099"), a UK academy trust's Windows and Active
// Directory administrator with "Essential:" and "Desirable:" under one heading, a driving licence and an enhanced DBS
// check, an insurer's mainframe COBOL role in an iCIMS layout, a university's GPU cluster role (Slurm) whose first ask joins
// a degree and years "or an equivalent combination", a FinOps engineer paid in two currencies, a senior iOS role on
// LinkedIn, a data scientist's role asking a master's and preferring a PhD, a hardware-in-the-loop test role open to U.S.
// persons only with a lifting requirement, a junior SRE role in Lever's unbulleted lines, a Kafka contract in days outside
// IR35 that says SC clearance is not required, a Brazilian posting in Portuguese ("Requisitos", "Diferenciais", "Regime
// CLT", "R$ 16.000 a R$ 21.000 por mês"). Facts, requirement rows (importance, kind, years, the any-of groups a reader
// sees), verdicts, totals, score ranges and best fits decided by hand before Fitmark read them
// (test/fixtures/text/careful/s45-decided.json and s45-second-decided.json, committed first).
// This file holds the posting's side: facts and rows. match-careful-28 holds the resume's side.
// First read: facts 69/72, rows 110/120, not asked 45/45.
describe('the session 45 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s45');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(69);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s45');
    expect([got.rowsOf, got.quietOf]).toEqual([120, 45]);
    expect(got.rows).toBeGreaterThanOrEqual(110);
    expect(got.quiet).toBeGreaterThanOrEqual(45);
  });
});
