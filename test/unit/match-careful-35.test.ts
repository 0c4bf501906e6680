import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

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
describe('the session 52 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s52');
    expect([got.verdictsOf, got.totalsOf]).toEqual([83, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(69);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s52');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(17);
    expect(got.fits).toBeGreaterThanOrEqual(17);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});
