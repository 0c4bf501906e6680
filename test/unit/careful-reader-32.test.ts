import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 51 careful batch (s51): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes read worst: compliance asks against resumes that name a neighbour ("ISO 27001 Lead
// Auditor certification (required)" against a Lead Implementer, "DoD 8140 IAM Level II certification (CISSP, CISM, CASP+
// or GSLC)" against Security+ CE, "Experience implementing NIST SP 800-53 controls under the Risk Management Framework"
// against NIST SP 800-171 and CMMC, "Experience supporting a FedRAMP Moderate or High authorization" against StateRAMP);
// "You have led a data center or on-prem to cloud migration" against "Led the migration of two data centers" (to AWS, and
// into a colocation site); "Two (2) years of experience in a SOC, help desk or network operations role" against a NOC
// technician and a help desk analyst; a prose sentence holding three asks ("You've run PostgreSQL in production for a few
// years, you're comfortable writing Go, and you've been on call for a system customers pay for", and a Slack post's "What
// we need: ..."); "platform engineering" asked of DevOps and SRE resumes; a career break; a part-time job; a contract held
// beside a full-time role; hard musts failed (an inactive Secret against an active one, a TN visa against "Must be a U.S.
// person", English only against "Bilingual - Imperative (BBB/BBB)", AZ-900 and a B.Com against "AZ-104 certification
// mandatory" and "B.E./B.Tech/MCA"). Forms: a Workable-style listing, a Dice listing, a Glassdoor-style listing, a
// university's PeopleAdmin-style posting, a company blog post in prose, a Himalayas listing, a Reed agency ad, a Wellfound
// listing, a GC Jobs poster (essential and asset qualifications, conditions of employment), a Naukri listing, a
// Jobvite-style requisition, a Slack #jobs post. Every posting has a second resume for the better fit.
// Facts, requirement rows (importance, kind, years, the any-of groups a reader sees), verdicts, totals, score ranges and the
// best fits decided by hand before Fitmark read them (test/fixtures/text/careful/s51-decided.json and
// s51-second-decided.json, committed first). This file holds the posting's side: facts and rows. match-careful-34 holds
// the resume's side.
// First read: facts 67/72, rows 72/88, not asked 46/49.
// After the s51 mends (a sentence that waives the names before it by a pronoun, "We use Nakama and Agones, but nobody
// expects you to know them", asks none of them): not asked 49/49. Still read otherwise (not asserted): the blog post's
// prose is one item ("You've run PostgreSQL in production for a few years, you're comfortable writing Go, and you've been
// on call ..." one row of three groups; "has shipped backend code for a living for at least four years", "If you have
// worked with time-series data ... it isn't required", "Knowing your way around Kubernetes would help too" no items);
// "Nice to have: Python" read as the item "Python" (the label dropped: importance as decided, the decided start not
// found); "Strong AWS: EC2, VPC networking, IAM" each service a group; "AWS, ideally GovCloud: IAM, KMS, CloudTrail,
// Security Hub" a preferred row of the services; "Splunk or Elastic for audit logging" holds audit logging; "Windows Server
// administration; basic Linux" two rows; GC Jobs: "two years of post-secondary education" read as years, "Bilingual -
// Imperative (BBB/BBB)" as English, the asset qualifications required, yearsMin 2, sponsorship false from "Persons residing
// in Canada", no degree fact; Naukri's "3 - 6 Years" no yearsMin.
describe('the session 51 careful batch: the postings', () => {
  // Floors: the figures as read; they rise as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s51');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(67);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s51');
    expect([got.rowsOf, got.quietOf]).toEqual([88, 49]);
    expect(got.rows).toBeGreaterThanOrEqual(72);
    expect(got.quiet).toBeGreaterThanOrEqual(49);
  });
});
