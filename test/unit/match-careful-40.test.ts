import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 57 careful batch (s57, careful-reader-38 holds the postings' side and names the tune and report parts: the
// odd postings, oracle, porttech, hpc, pacs, basis and identity, and their resumes are tune; the even ones report): the
// resume's side, decided by hand before Fitmark read them (test/fixtures/text/careful/s57-decided.json and
// s57-second-decided.json, committed first): each row's verdict, each resume's total years, the score's range, the best
// fit, and, for every posting's second resume, which of the two fits better and each of its rows' verdicts. The resumes:
// an Oracle DBA who "Tuned SQL and PL/SQL packages" (and an application support analyst whose one Oracle line is SQL
// queries, English B2); a Guidewire developer (and an underwriter who is the PolicyCenter super-user); a ferry operator's
// head of OT security who owns the budget and negotiated the SOC contract (and a bank's senior security engineer: no OT
// nor maritime evidence); an airline's crew systems engineer (and a hotel group's backend engineer with English B2); an
// HPC system engineer with an MSc (and an IT support specialist with a BSc who helps researchers onto the Slurm cluster,
// English B2); a POS developer (and a store manager who is the POS key user, English B2); a PACS administrator (and a
// radiographer who is the PACS super-user); a SCADA engineer whose VMs run on "Windows-Servern" (and an IT administrator
// of a utility); an SAP Basis administrator who ran Always On availability groups on "Windows-Servern" (and a warehouse
// team leader who is the SAP EWM key user); a build engineer (and a gameplay programmer with English B2); an
// infrastructure lead who designed Conditional Access policies and owns a budget (and an administrator whose only cloud
// identity is "Azure AD Connect", who agreed support renewals); a SQL Server DBA who ran Always On availability groups
// (and a DBA of three years with English B2).
// Decided: a key user's or super-user's years of administering or supporting the system partial (using it is not
// running it; s56's rule); "Fluent English" and its forms partial against B2, met by C1 (s55's rule); a bachelor's
// partial against a preferred "MSc or PhD"; Conditional Access in Entra ID unmet by Azure AD Connect alone; "OT or
// maritime systems security" unmet by a security engineer with neither.
// First read (8e305d02's code): verdicts 72/86 (tune 34/42, report 38/44), totals 12/12, second resumes' verdicts 51/86
// (tune 24/42, report 27/44) and totals 12/12, scores in range 12/24 (tune 7/12, report 5/12), best fits 14/24 (tune 8/12,
// report 6/12), the better resume 12/12.
describe('the session 57 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s57');
    expect([got.verdictsOf, got.totalsOf]).toEqual([86, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(72);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s57');
    expect(got.of).toBe(86);
    expect(got.verdicts).toBeGreaterThanOrEqual(51);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s57');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(12);
    expect(got.fits).toBeGreaterThanOrEqual(14);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});
