import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 54 careful batch (s54): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes read worst: a law firm's Head of IT Operations (Recruitee) asking "Experience managing
// an IT operations or infrastructure team" (a management ask, not an IT support skill) and "At least 3 years in a
// professional services firm (law, accounting or consulting)"; a JustJoin.it Python listing with a "Tech stack" of levels,
// "English at B2 level" and "Polish is a plus" (two rows); a LinkedIn listing with a "Skills: ..., +6 more" tag line (not an
// ask) and "managed an infrastructure or platform team of 4 or more people", against a LinkedIn profile export with "Top
// Skills" and per-role "Skills:" lines; a Workable consultancy listing asking "AWS Certified Solutions Architect -
// Professional" (an Associate held) and a Monster listing asking the Associate (a Professional held) with "Secret clearance
// or the ability to obtain one (U.S. citizenship required)"; a BambooHR Go listing against a resume whose Go and Kubernetes
// years come from a bullet's own dates ("Moved the fleet ... to Go in 2023"); a Welcome to the Jungle engineering manager
// listing ("led a team of 5+ engineers for at least two years", its asks under the site's "Preferred experience"); an
// InfoJobs posting in Spanish and a Nationale Vacaturebank posting in Dutch, against English resumes; a Malt freelance
// mission against a contractor of many short overlapping gigs; an eFinancialCareers audit analytics listing asking years in a
// professional services firm and a 2:1; a ZipRecruiter embedded lead listing with "a security clearance or the ability to
// obtain one" and "leading a team of 5+ engineers". Every posting has a second resume.
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s54-decided.json and
// s54-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-37 holds
// the resume's side.
// First read (adce6227's code): facts 67/72, rows 76/87, not asked 60/62.
describe('the session 54 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s54');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(67);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s54');
    expect([got.rowsOf, got.quietOf]).toEqual([87, 62]);
    expect(got.rows).toBeGreaterThanOrEqual(76);
    expect(got.quiet).toBeGreaterThanOrEqual(60);
  });
});
