import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

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
describe('the session 51 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s51');
    expect([got.verdictsOf, got.totalsOf]).toEqual([88, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(65);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s51');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(12);
    expect(got.fits).toBeGreaterThanOrEqual(13);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});
