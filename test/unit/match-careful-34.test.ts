import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 51 careful batch (s51, careful-reader-32 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s51-decided.json and s51-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: a compliance manager with ISO 27001 Lead Implementer (and a certification
// body's auditor with Lead Auditor but no SOC 2); a cybersecurity analyst with Security+ CE and NIST SP 800-171 work (and a
// CISSP ISSO whose Secret lapsed in 2024); an engineer who led the migration of two data centers to AWS (and a manager who
// led two into a colocation site); a NOC technician with a part-time job in school (and a help desk analyst of a year and a
// half); a Go and PostgreSQL engineer on call (and a Django one); a DevOps engineer who built self-service templates for
// developers (and an SRE who built none); a Java developer with a career break (and one with four years); an analytics
// engineer with a contract held beside her full-time role (and a data analyst with a small dbt project); a bilingual
// security analyst (and an English-only SOC analyst); an Azure support engineer with AZ-104 and a B.Tech (and a support
// executive with AZ-900 and a B.Com); a security engineer who led a StateRAMP authorization (and a FedRAMP assessor on a TN
// visa); an SRE who built a game studio's deploy platform (and an agency DevOps engineer).
// First read: verdicts 65/88, totals 12/12 (second resumes 12/12), scores in range 12/24, best fits 13/24, the better
// resume 11/12.
// After the mends below: verdicts 74/88, scores in range 18/24, best fits 18/24, the better resume 12/12 (totals 12/12,
// second totals 12/12 unchanged); then, with infrastructure and systems asked together read by title (the commit after
// 2c50fec1), scores in range 19/24, best fits 19/24.
// Still read otherwise (not asserted): "Secret (inactive since March 2024)" against "Active Secret clearance" is partial (as
// careful-reader-7 decided for a lapsed clearance), a bar now, so the score is capped as decided, though the decided
// verdict is unmet; "Strong AWS: EC2, VPC networking, IAM" partial where EC2 is not named; "experience with SQL Server
// migrations" partial (read as schema migrations); "AWS Solutions Architect \u2013 Professional" unmet against the Associate
// (s37c decided so for the same pair of levels; the decided partial here disagrees, so no rule was written); "Bonus points
// if you've worked on game backends" unknown against a game studio's SRE; second resumes: the SRE's "Kubernetes in production (we run EKS)" partial (EKS read as asked), 46 against
// 50-70; the data analyst's years and small dbt project met, 73 against 42-65; English only against "Bilingual -
// Imperative (BBB/BBB)" met (read as English), 50 against 25-45; the support executive's Azure years counted from one pilot
// line, 50 against 15-40; the Lead Auditor's score 60 (fit good, decided fair).
describe('the session 51 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s51');
    expect([got.verdictsOf, got.totalsOf]).toEqual([88, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(74);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s51');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(19);
    expect(got.fits).toBeGreaterThanOrEqual(19);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Saltmarsh Defence Systems | Security Engineer | Huntsville, AL';
/** A resume: the caller's header lines, then roles (each "Title, Company        Mon YYYY – end" with its lines). */
const cvOf = (head: string[], roles: Array<[string, string, string[]]>, tail = '') =>
  `Rosalind Achebe-Morrow\n${head.join('\n')}\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}, Saltmarsh Works        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const verdictOf = (ask: string, resume: string, header = HEADER) => matched(header, [ask], resume).m.requirements![0]!.verdict;
const WORK: Array<[string, string, string[]]> = [['Security Engineer', 'Mar 2020 \u2013 present', ['Hardened RHEL hosts to the STIGs; Splunk dashboards for the audit review']]];

describe('the session 51 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('a clearance that lapsed, against one asked held now, is partly met and a bar; against one to be obtained, met', () => {
    const lapsed = cvOf(['Clearance: Top Secret (expired 2023) \u00b7 U.S. citizen'], WORK);
    const got = matched(HEADER, ['Active Top Secret clearance', '5+ years of security engineering', 'Splunk'], lapsed);
    expect(got.m.requirements![0]!.verdict).toBe('partial');
    expect(got.m.score).toBeLessThanOrEqual(45);
    expect(verdictOf('Ability to obtain a Top Secret clearance', lapsed)).toBe('met');
    // (Held now, the clearance meets it and nothing caps the score.)
    const held = matched(HEADER, ['Active Top Secret clearance', '5+ years of security engineering', 'Splunk'], cvOf(['Clearance: Active Top Secret \u00b7 U.S. citizen'], WORK));
    expect(held.m.requirements![0]!.verdict).toBe('met');
    expect(held.m.score).toBeGreaterThan(45);
  });

  it('a visa held in the country asked is no citizen\u2019s or U.S. person\u2019s statement; a citizen who once held one is a citizen', () => {
    expect(verdictOf('Must be a U.S. person (ITAR)', cvOf(['Mexican citizen working in the U.S. on a TN visa'], WORK))).toBe('unmet');
    expect(verdictOf('U.S. citizenship is required', cvOf(['Status: Nigerian citizen, H-1B in the US since 2022'], WORK))).toBe('unmet');
    expect(verdictOf('U.S. citizenship is required', cvOf(['U.S. citizen (first came to the US on an H-1B in 2011)'], WORK))).toBe('met');
    expect(verdictOf('Must be a U.S. person (ITAR)', cvOf(['Mexican citizen; U.S. permanent resident (green card)'], WORK))).toBe('met');
  });

  it('years in a role of an operations centre asked in words: a title that names the centre by its initials counts', () => {
    const noc = cvOf([], [['NOC Analyst', 'Jan 2023 \u2013 present', ['Watched the backbone alarms and opened carrier tickets']]]);
    expect(verdictOf('3+ years in a service desk or network operations role', noc)).toBe('met');
    expect(verdictOf('5+ years in a service desk or network operations role', noc)).toBe('partial');
    // (A network engineer's title names no operations centre.)
    const engineer = cvOf([], [['Network Engineer', 'Jan 2023 \u2013 present', ['Configured OSPF areas and BGP peers for the campus']]]);
    expect(verdictOf('3+ years in a service desk or network operations role', engineer)).not.toBe('met');
  });

  it('shift work, overtime and a kind of report asked: met by a line that did them; silent, or another thing, says nothing', () => {
    const ops = (lines: string[]) => cvOf([], [['Operations Analyst', 'Jan 2021 \u2013 present', lines]]);
    expect(verdictOf('Able to work a rotating schedule with one weekend in three', ops(['Rotational shifts on the service desk, weekends included']))).toBe('met');
    expect(verdictOf('Able to work a rotating schedule with one weekend in three', ops(['Patched the print servers']))).toBe('unknown');
    expect(verdictOf('Willing to work overtime at short notice', ops(['Worked overtime through the 2023 datacentre move']))).toBe('met');
    expect(verdictOf('Willing to work overtime at short notice', ops(['Cut overtime spend by 20% with a better rota']))).toBe('unknown');
    expect(verdictOf('Experience writing audit reports for the board', ops(['Wrote the audit reports for the twelve branches']))).toBe('met');
    expect(verdictOf('Experience writing audit reports for the board', ops(['Read the audit reports and fixed the findings']))).toBe('unknown');
  });

  it('platform engineering told by a platform built for other teams, whatever the title; not a platform for customers', () => {
    const ask = '3+ years of platform engineering';
    expect(verdictOf(ask, cvOf([], [['Site Reliability Engineer', 'Jan 2021 \u2013 present', ['Built the internal platform nine product teams deploy through']]]))).toBe('met');
    expect(verdictOf(ask, cvOf([], [['Site Reliability Engineer', 'Jan 2021 \u2013 present', ['Ran the payments platform serving 2 million customers']]]))).toBe('unmet');
  });

  it('infrastructure and systems asked together: a role titled for either counts, whatever its noun; infrastructure alone does not take a sysadmin', () => {
    const admin = cvOf([], [['Senior Systems Administrator', 'Jan 2019 \u2013 present', ['VMware hosts and Windows Server for three plants']]]);
    expect(verdictOf('5+ years in infrastructure or systems engineering', admin)).toBe('met');
    expect(verdictOf('5+ years in infrastructure or systems engineering', cvOf([], [['Infrastructure Manager', 'Jan 2019 \u2013 present', ['A team of three; colocation contracts and backups']]]))).toBe('met');
    expect(verdictOf('5+ years in infrastructure or systems engineering', cvOf([], [['Systems Analyst', 'Jan 2019 \u2013 present', ['Requirements for the billing system']]]))).not.toBe('met');
    expect(verdictOf('5+ years of infrastructure engineering', admin)).not.toBe('met');
  });

  it('a standard asked by name against another of its family is partly met; the one asked, or any of several asked, met', () => {
    const sec = (line: string) => cvOf([], [['Compliance Engineer', 'Jan 2021 \u2013 present', [line]]]);
    expect(verdictOf('Experience implementing NIST SP 800-53 controls', sec('Ran the NIST 800-171 assessments for our defence work'))).toBe('partial');
    expect(verdictOf('Experience implementing NIST SP 800-53 controls', sec('Wrote control narratives for NIST SP 800-53 Rev. 5'))).toBe('met');
    expect(verdictOf('NIST SP 800-53 or the NIST Cybersecurity Framework', sec('Mapped our policies to the NIST CSF'))).toBe('met');
    expect(verdictOf('Experience with FedRAMP (Moderate or High)', sec('Took the portal through TX-RAMP certification'))).toBe('partial');
    expect(verdictOf('Experience with FedRAMP (Moderate or High)', sec('Wrote half of our FedRAMP High package'))).toBe('met');
  });

  it('a DoD 8140 IAM level is a tier of certificates named, not identity and access management', () => {
    const ask = 'DoD 8570 IAM Level I certification (CAP, CASP+, CISM or CISSP)';
    expect(verdictOf(ask, cvOf([], WORK, '\nCERTIFICATIONS\nCompTIA Security+ CE\n'))).toBe('unmet');
    expect(verdictOf(ask, cvOf([], WORK, '\nCERTIFICATIONS\nCISSP (2022)\n'))).toBe('met');
    // (IAM asked as the practice is still identity and access management.)
    const iam = matched(HEADER, ['Experience with IAM policies and SSO'], cvOf([], WORK)).a.requirements[0]!.groups.flat();
    expect(iam).toContain('iam');
  });

  it('a degree whose name tells its field (B.Com, BBA) against a technical field asked is partly met; a B.Tech meets it', () => {
    const ask = 'B.E./B.Tech in Computer Science or Electronics';
    expect(verdictOf(ask, cvOf([], WORK, '\nEDUCATION\nB.Com, University of Mumbai, 2019\n'))).toBe('partial');
    expect(verdictOf(ask, cvOf([], WORK, '\nEDUCATION\nBBA, Christ University, 2018\n'))).toBe('partial');
    expect(verdictOf(ask, cvOf([], WORK, '\nEDUCATION\nB.Tech, Electronics and Communication, NIT Trichy, 2018\n'))).toBe('met');
  });

  it('names waived by a pronoun later in the sentence are asked nowhere; a name after the waiver still is', () => {
    const posting = (line: string) => analyzePosting(engine, postingFromText(`Kittiwake Games | Backend Engineer | Remote\n\nWhat we need\nYou have shipped backend services for three years. ${line}\n`));
    const waived = posting('We run Nakama on Agones, but nobody expects you to know them.');
    expect(waived.skills.map((s) => s.id)).not.toContain('nakama');
    expect(waived.requirements.some((r) => r.groups.flat().includes('nakama'))).toBe(false);
    const asked = posting('We run Nakama on Agones, and you should know them well.');
    expect(asked.skills.map((s) => s.id)).toContain('nakama');
  });
});
