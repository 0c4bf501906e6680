import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 44 careful batch (s44): twelve postings written for this test in forms the earlier batches lacked (a
// French posting in French ("Profil recherché", "Bac+5", "Au moins 3 ans d'expérience", "46 – 54 k€ brut annuel"), a
// Dutch employer's posting in English with the 30% ruling and the highly skilled migrant visa under "What we offer" and
// pay a month, a Singapore SRE role open to citizens and permanent residents only ("unable to support Employment Pass
// applications") whose "AWS (13th month)" is a wage supplement, a UK civil-service posting whose "Essential criteria"
// and "Desirable criteria" are flattened to bare lines with "Behaviours" after them, an on-call-heavy SRE role with a
// standby allowance a week and a call-out rate an hour beside the base salary, a principal role asking "12+ years … or
// equivalent impact" with pay in two currencies, an analytics-engineer role about SQL and dbt, an offensive-security role
// asking "OSCP, CISSP or an equivalent certification", one posting for "Senior or Staff" with years and pay per level, a
// posting whose asks are a table ("Area | What we need | Must or nice"), a SmartRecruiters junior QA role ("Qualifications",
// "Additional Information"), a freelance gig ("Hourly: $45.00 – $70.00", "Skills:" tags). Facts, requirement rows
// (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and best fits decided by hand
// before Fitmark read them (test/fixtures/text/careful/s44-decided.json and s44-second-decided.json, committed first).
// This file holds the posting's side: facts and rows. match-careful-27 holds the resume's side.
// First read: facts 71/72, rows 89/103, not asked 35/40.
describe('the session 44 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s44');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(71);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s44');
    expect([got.rowsOf, got.quietOf]).toEqual([103, 40]);
    expect(got.rows).toBeGreaterThanOrEqual(89);
    expect(got.quiet).toBeGreaterThanOrEqual(35);
  });
});
