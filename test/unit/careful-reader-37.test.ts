import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 56 careful batch (s56): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes s55 left weak: a BambooHR listing for an "IT Administrator" asking "4+ years of IT
// systems administration" and "2+ years administering Azure"; a Recruitee listing for a SQL Server engineer asking "At
// least 5 years looking after storage or databases" and "T-SQL performance tuning"; a third-party logistics firm's WMS
// analyst; a Pinpoint listing asking "Designing and running APIs consumed by partners (couriers, marketplaces)" (the
// bracket names the consumers, not skills); a Jobs.cz listing for a clinical laboratories' LIMS administrator (a Czech
// "Ing." on one resume); an APEC listing in French for a broadcaster's playout engineer ("Anglais courant"); a telecom
// NOC listing asking "Satellite or cellular WAN links" (one ask); a print MIS administrator (EFI Pace, Tharstern, Optimus
// or PrintVIS); a smart metering data scientist asking "Anomaly detection (e.g. isolation forest)"; a karriere.at listing
// in German for an IT-Systemadministrator asking two years of Azure; an NHS Jobs person specification (Essential and
// Desirable criteria) asking "Experience of T-SQL performance tuning"; an s1jobs listing for an MSP's Azure engineer.
// Facts, requirement rows, verdicts, totals, score ranges and the best fits decided by hand before Fitmark read them
// (test/fixtures/text/careful/s56-decided.json and s56-second-decided.json, committed first). This file holds the
// posting's side: facts and rows. match-careful-39 holds the resume's side.
// First read (36e84fd8's code): facts 66/72, rows 70/72, not asked 45/45.
describe('the session 56 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s56');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(66);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s56');
    expect([got.rowsOf, got.quietOf]).toEqual([72, 45]);
    expect(got.rows).toBeGreaterThanOrEqual(70);
    expect(got.quiet).toBeGreaterThanOrEqual(45);
  });
});
