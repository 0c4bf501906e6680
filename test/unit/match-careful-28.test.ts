import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 45 careful batch (s45, careful-reader-26 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s45-decided.json and s45-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for the posting given a second
// resume, which of the two fits better. The resumes: an ISP's network engineer with an associate degree, a SQL Server DBA
// whose Oracle is a line of his skills block and one supported vendor database, a Windows administrator whose weekend
// school job overlaps his full-time roles, a mainframe programmer analyst with year-only dates who names COBOL only in her
// skills block, a platform engineer who runs GPUs on Kubernetes (no Slurm), a cloud engineer who led a cost programme and a
// second resume (a financial analyst who owns the cloud budget) for the better fit, a backend engineer applying to a senior
// iOS role, a biostatistics PhD whose postdoc, part-time consulting and research assistantship overlap, an automotive
// validation engineer, a tier-2 support engineer applying to SRE, a Kafka contractor whose engagements overlap, a Brazilian
// backend engineer.
// First read: verdicts 90/120, totals 12/12 (second resume 1/1), scores in range 10/13, best fits 9/13, the better resume 1/1.
describe('the session 45 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s45');
    expect([got.verdictsOf, got.totalsOf]).toEqual([120, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(90);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s45');
    expect(got.of).toBe(13);
    expect(got.inRange).toBeGreaterThanOrEqual(10);
    expect(got.fits).toBeGreaterThanOrEqual(9);
    expect(got.totals).toBeGreaterThanOrEqual(1);
    expect(got.better).toBeGreaterThanOrEqual(1);
  });
});
