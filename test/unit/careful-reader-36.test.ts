import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 55 careful batch (s55): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes read worst in s54: a jobs.ac.uk research computing listing ("Essential" and
// "Desirable" criteria) asking "Experience of HPC job scheduling and resource management" (one ask, met by Slurm); a LinkedIn
// offshore wind network listing with "Skills: ..., +6 more" and "Your profile matches 5 of 9 skills" (board text, not asks)
// asking "Satellite or cellular WAN links"; a CWJobs agency listing for a security operations analyst ("3+ years in security
// operations", shown by the work of roles not titled SOC); a Jobvite listing asking "Search or recommendation systems" (met by
// either); a Breezy data engineer listing ("4+ years in data engineering") against an analyst who wrote Airflow DAGs; a bank's
// fraud listing asking "Data mining and statistical modelling" (a practice, not the mining industry); a Taleo law firm listing
// asking "iManage Work or NetDocuments administration"; a CharityJob listing asking "Experience in the charity, NGO or wider
// non-profit sector"; a Homerun posting in Dutch asking "Ervaring bij een maatschappelijke organisatie"; a Welcome to the Jungle
// freelance mission in French under the site's "Preferred experience" with "est un plus" and "Un plus :"; an InfoJobs posting
// in Spanish with "Se valorara"; a ClearanceJobs-style listing asking an active Secret against "Secret (inactive)".
// Facts, requirement rows, verdicts, totals, score ranges and the best fits decided by hand before Fitmark read them
// (test/fixtures/text/careful/s55-decided.json and s55-second-decided.json, committed first). This file holds the
// posting's side: facts and rows. match-careful-38 holds the resume's side.
// First read (3f8f4eeb's code): facts 69/72, rows 70/80, not asked 59/61.
describe('the session 55 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s55');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(69);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s55');
    expect([got.rowsOf, got.quietOf]).toEqual([80, 61]);
    expect(got.rows).toBeGreaterThanOrEqual(70);
    expect(got.quiet).toBeGreaterThanOrEqual(59);
  });
});
