import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 49 careful batch (s49): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes read worst: a bank's boilerplate asks ("Hands-on practical experience in system
// design, application development, testing, and operational stability", "Knowledge of the Software Development Life
// Cycle") against engineers whose resumes never name them; "You have shipped apps to the App Store" against an iOS
// resume that never names the store; "front-end technologies such as React" against Angular (and "performance testing
// tools such as JMeter or Gatling" against k6, "relational databases such as Oracle or PostgreSQL" against MySQL); a new
// grad posting against an intern-only resume; an engineering manager's posting (people management years) against a staff
// engineer with tech-lead roles; hard musts the resume fails (an Oregon PE registration, "Local candidates only" in
// Charlotte against Phoenix, ITAR's U.S. persons against a Canadian citizen); a German posting (SAP ABAP, join-style "Dein
// Profil") and a French one (APEC, "Profil recherché", Bac+5); a posting of two tiers ("For the Senior level: ... For
// Staff, all of the above and: ..."). Forms: an Oracle Recruiting Cloud requisition, a Taleo-style bank requisition, a
// Workable listing, a Wellfound listing, a Handshake new grad listing, a Built In listing, a NEOGOV city job, a Dice W2
// contract, a join.com-style German ad, an APEC offer, a Rippling-style listing, a Jobvite-style defense robotics role.
// Every posting has a second resume for the better fit.
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s49-decided.json and
// s49-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-32 holds
// the resume's side.
// First read: facts 68/72, rows 95/101, not asked 53/53.
describe('the session 49 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s49');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(68);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s49');
    expect([got.rowsOf, got.quietOf]).toEqual([101, 53]);
    expect(got.rows).toBeGreaterThanOrEqual(95);
    expect(got.quiet).toBeGreaterThanOrEqual(53);
  });
});
