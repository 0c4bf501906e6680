import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 52 careful batch (s52, careful-reader-33 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s52-decided.json and s52-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: a cleared DevSecOps engineer with commercial AWS and CKAD (and an Azure
// Government engineer with a Secret); a bank DBA who moved 65 SQL Server databases to Azure SQL Managed Instance (and a .NET
// developer who wrote EF Core schema migrations); an SRE who kept a payments API inside a 99.99% SLO (and a DevOps engineer
// two years out of a help desk); a genomics cluster administrator with Slurm (and a climate lab's engineer with PBS Pro and
// CUDA); a developer relations engineer who writes and speaks (and a robotics engineer who maintains a crate in public
// repositories); a new graduate on OPT with a STEM extension (and a U.S. citizen about to graduate); a Django and PySpark
// engineer who names Python only in a skills line (and a Java developer with three years of Python); a technical account
// manager (and a backend engineer who joined customer calls, with Swedish at A2); a delivery manager (and a junior developer
// whose resume says nothing of the asks); an HVAC technician of eleven years turned junior web developer after a bootcamp (and
// a computer science graduate with one internship); a bank's cloud engineer with AWS SA Associate (and a retail cloud
// consultant with the Professional); a VoIP engineer whose platform held 99.999% (and a retail SRE with 99.99% and an office
// Asterisk PBX).
// First read: verdicts 69/83, totals 12/12 (second resumes 12/12), scores in range 17/24, best fits 17/24, the better
// resume 11/12.
// After the mends below: verdicts 78/83, scores in range 21/24, best fits 21/24, the better resume 12/12 (totals unchanged).
// Still read otherwise (not asserted): "AWS Certified Solutions Architect - Professional (mandatory)" unmet against the
// Associate (s37c decided unmet for that pair, s51 and s52 partial: no rule written); "Experience with time-series data
// (metrics, IoT, market data)" partial (the bracket's IoT read as a group of its own); "A public track record: blog posts,
// open-source contributions or videos" unmet against "I blog about them"; "A solid grasp of REST APIs and webhooks" partial
// against "API and webhook integrations"; "A commitment to the Trust's values ..." unknown; second resumes: the robotics
// engineer's writing and talks unknown (not counted), 70 against 35-55; the retail SRE against the VoIP posting 69 against
// 40-59 (every row judged as decided: the range was set below what its verdicts add up to); the junior developer against
// the charity's person specification: every ask unknown, so no score (null against 0-35).
describe('the session 52 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s52');
    expect([got.verdictsOf, got.totalsOf]).toEqual([83, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(78);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s52');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(21);
    expect(got.fits).toBeGreaterThanOrEqual(21);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Copperbeech Systems | Platform Engineer | Leeds, UK';
/** A resume: a name, the caller's head lines, then roles ("Title, Company        Mon YYYY - end" with their lines). */
const cvOf = (head: string[], roles: Array<[string, string, string[]]>, tail = '') =>
  `Tamsin Okafor-Reilly\n${head.join('\n')}\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}, Copperbeech Works        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const one = (title: string, lines: string[], head: string[] = [], tail = '') => cvOf(head, [[title, 'Mar 2021 \u2013 present', lines]], tail);
const judged = (ask: string, resume: string, header = HEADER) => matched(header, [ask], resume).m.requirements![0]!;
const verdictOf = (ask: string, resume: string, header = HEADER) => judged(ask, resume, header).verdict;

describe('the session 52 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('high availability told by an availability figure held or kept as a target, or by running active-active', () => {
    const ask = 'Experience running services with high availability';
    expect(verdictOf(ask, one('Platform Engineer', ['Kept the booking API inside a 99.95% SLO for two years']))).toBe('met');
    expect(verdictOf(ask, one('Platform Engineer', ['Ran the ledger active-active across two data centres']))).toBe('met');
    // (A figure of something else is no availability.)
    expect(verdictOf(ask, one('Data Scientist', ['Reached 99.9% accuracy on the holdout set for the fraud model']))).not.toBe('met');
  });

  it('availability asked as a count of nines: as many held meets it, fewer or no figure in part', () => {
    const ask = 'Experience with five-nines systems';
    expect(verdictOf(ask, one('Network Engineer', ['The exchange gateway held 99.999% through 2025']))).toBe('met');
    expect(verdictOf(ask, one('Network Engineer', ['Kept 99.95% uptime on the exchange gateway']))).toBe('partial');
    expect(verdictOf(ask, one('Network Engineer', ['Set up failover between the Leeds and Slough sites']))).toBe('partial');
  });

  it('a tool filed under its field asked by name: named meets it, another of the field in part, none says so by its name', () => {
    const ask = 'Hands-on Slurm administration';
    expect(verdictOf(ask, one('HPC Engineer', ['Slurm accounting and QOS limits for 400 users']))).toBe('met');
    expect(verdictOf(ask, one('HPC Engineer', ['Ran the HTCondor pools for the physics group']))).toBe('partial');
    const none = judged(ask, one('Web Developer', ['Vue front ends for a ticketing site']));
    expect(none.verdict).toBe('unmet');
    expect(none.evidence).toContain('Slurm');
    expect(verdictOf('OpenSIPS or Kamailio', one('Telephony Engineer', ['Asterisk IVR menus for the call centre']))).toBe('partial');
    // (An ask that names the field's protocol, not a tool, is met by the field as before.)
    expect(verdictOf('SIP trunking experience', one('Telephony Engineer', ['Asterisk IVR menus and SIP trunks for the call centre']))).toBe('met');
  });

  it('a move asked ("migrations to a cloud"): a line that moved the things there meets it; schema migrations or an upgrade do not', () => {
    const ask = 'Hands-on PostgreSQL migrations to AWS';
    expect(verdictOf(ask, one('Database Engineer', ['Moved 30 PostgreSQL databases from our own racks onto Amazon RDS', 'Terraform for the AWS accounts']))).toBe('met');
    expect(verdictOf(ask, one('Backend Engineer', ['Wrote the Alembic migrations for the PostgreSQL schema', 'Lambda functions on AWS']))).toBe('unmet');
    expect(verdictOf(ask, one('Database Engineer', ['Migrated the PostgreSQL 11 clusters to PostgreSQL 15', 'EC2 hosts on AWS']))).toBe('unmet');
  });

  it('another Kubernetes certificate than the one asked meets it in part', () => {
    expect(verdictOf('CKS certification', one('Platform Engineer', ['EKS clusters for 20 teams'], [], '\nCERTIFICATIONS\nCertified Kubernetes Administrator (CKA), 2024\n'))).toBe('partial');
    expect(verdictOf('CKS certification', one('Platform Engineer', ['EKS clusters for 20 teams'], [], '\nCERTIFICATIONS\nCertified Kubernetes Security Specialist (CKS), 2025\n'))).toBe('met');
    expect(verdictOf('CKS certification', one('Platform Engineer', ['EKS clusters for 20 teams']))).toBe('unmet');
  });

  it('a degree the resume expects meets a new-graduate posting\u2019s degree, and no other posting\u2019s', () => {
    const cv = `Ravi Lindgren\nravi.l@mail.example\n\nEDUCATION\nB.S. Computer Science, University of Leeds, expected May 2027\n\nEXPERIENCE\nSoftware Intern, Copperbeech Works        Jun 2025 \u2013 Aug 2025\n- Python scripts for the test lab\n`;
    expect(verdictOf("Bachelor's degree in Computer Science", cv, 'Copperbeech Systems | Software Engineer, New Grad (2027) | Leeds, UK')).toBe('met');
    expect(verdictOf("Bachelor's degree in Computer Science", cv, 'Copperbeech Systems | Senior Software Engineer | Leeds, UK')).toBe('partial');
  });

  it('asks of how one works, told by a line that did it; a line of something else says nothing', () => {
    const talk = 'You have spoken at a conference or meetup';
    expect(verdictOf(talk, one('Developer Advocate', ['Gave two talks at the Bristol JS meetup']))).toBe('met');
    expect(verdictOf(talk, one('Account Manager', ['Spoke to customers every week about their integrations']))).toBe('unknown');
    const decide = 'You can help a team reach a decision when views differ';
    expect(verdictOf(decide, one('Engineering Manager', ['Facilitated the architecture review where the three squads decided on one queue']))).toBe('met');
    expect(verdictOf(decide, one('Scrum Master', ['Facilitated the weekly stand-ups']))).toBe('unknown');
    const change = 'You stay focused when priorities shift';
    expect(verdictOf(change, one('Project Manager', ['Kept the release on track while requirements kept changing']))).toBe('met');
    expect(verdictOf(change, one('Build Engineer', ['Changed the CI from Jenkins to GitHub Actions']))).toBe('unknown');
    const risk = 'You flag risks early';
    expect(verdictOf(risk, one('Programme Manager', ['Ran the RAID log for the programme']))).toBe('met');
    expect(verdictOf(risk, one('Quant Analyst', ['Assessed the credit risk models for the retail book']))).toBe('unknown');
  });

  it('a North American time zone asked, against an address in a Canadian province', () => {
    const ask = 'Able to overlap at least five hours with US Pacific Time';
    expect(verdictOf(ask, one('Backend Engineer', ['Go services for the bookings API'], ['Vancouver, BC \u00b7 tamsin.or@mail.example']))).toBe('met');
    expect(verdictOf(ask, one('Backend Engineer', ['Go services for the bookings API'], ['Calgary, AB \u00b7 tamsin.or@mail.example']))).toBe('met');
    // (Four and a half hours ahead leaves too little of the day; a country's code that is no province says nothing.)
    expect(verdictOf(ask, one('Backend Engineer', ['Go services for the bookings API'], ["St. John's, NL \u00b7 tamsin.or@mail.example"]))).toBe('unknown');
    expect(verdictOf(ask, one('Backend Engineer', ['Go services for the bookings API'], ['Bratislava, SK \u00b7 tamsin.or@mail.example']))).toBe('unknown');
  });

  it('the town of the resume\u2019s address is no skill of its name; the thing named in a line is', () => {
    const ask = 'Experience with Amazon Aurora';
    expect(verdictOf(ask, one('Backend Engineer', ['Go services on MySQL for the warehouse app'], ['Aurora, IL \u00b7 tamsin.or@mail.example']))).toBe('unmet');
    expect(verdictOf(ask, one('Backend Engineer', ['Go services on Aurora PostgreSQL for the warehouse app'], ['Aurora, IL \u00b7 tamsin.or@mail.example']))).toBe('met');
  });

  it('coaching told by the people coached, not by a sport', () => {
    expect(verdictOf('You enjoy coaching engineers', one('QA Lead', ['Coached four junior testers through the ISTQB foundation']))).toBe('met');
    expect(verdictOf('You enjoy coaching engineers', one('QA Lead', ['Regression suites in Playwright'], [], '\nINTERESTS\nCoached the under-12 football team on Saturdays\n'))).toBe('unknown');
  });
});
