import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 52 careful batch (s52): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes read worst: a preference inside an ask ("Hands-on AWS, ideally GovCloud"); "Experience
// with SQL Server migrations to Azure" (databases moved, not schema migrations); a lower certificate than asked (CKAD against
// "Certified Kubernetes Administrator (CKA)", AWS SA Associate against "AWS Certified Solutions Architect - Professional
// (mandatory)"); high availability shown by "a 99.99% SLO ... active-active in two AWS regions" and "carrier-grade (five
// nines)" asked; a tool asked by a name the taxonomy files under a field ("Experience with Slurm", "Familiarity with NCCL")
// against a resume that names another of the field (PBS Pro, CUDA); "we work in the open ... public repositories" (no ask);
// Python years shown by PySpark and Django lines; years "in a customer-facing technical role"; "authorization that will not
// need our sponsorship, now or in the future" against "F-1 OPT with STEM extension"; a posting whose asks are all soft (a
// charity's person specification); a career changer (an HVAC technician, then a bootcamp). Forms: a ClearanceJobs-style
// listing, a Seek listing (Brisbane), a Built In listing, a university's HigherEdJobs-style posting, a Welcome to the Jungle
// (Otta) listing, a Handshake new-grad listing, a RemoteOK listing, a Teamtailor listing (Stockholm), a CharityJob-style
// listing with a person specification, an Indeed-style listing for a field-service software company, a Bayt listing (Dubai,
// a monthly salary in AED), a Totaljobs agency ad. Every posting has a second resume for the better fit.
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s52-decided.json and
// s52-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-35 holds
// the resume's side.
// First read: facts 72/72, rows 82/83, not asked 54/54 (the miss: "You write clearly for developers: docs, tutorials or
// blog posts" holds no technical-writing group).
describe('the session 52 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s52');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(72);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s52');
    expect([got.rowsOf, got.quietOf]).toEqual([83, 54]);
    expect(got.rows).toBeGreaterThanOrEqual(82);
    expect(got.quiet).toBeGreaterThanOrEqual(54);
  });
});
