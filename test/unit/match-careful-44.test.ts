import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 61 careful batch (s61, careful-reader-42 holds the postings' side and names the tune and report parts: the
// odd postings, xroad, turkbank, greekship, netz, gamestudio and usstate, and their resumes are tune; the even ones,
// forestry, romania, jakarta, mine, swissins and hospital, report): the resume's side, decided by hand before Fitmark read
// them (test/fixtures/text/careful/s61-decided.json and s61-second-decided.json, committed first): each row's verdict,
// each resume's total years, the score's range, the best fit, and, for every posting's second resume, which of the two
// fits better and each of its rows' verdicts.
// Decided: years asked over a broad field with a narrower part count the broad field's years for the first figure (a
// software engineer's years count for "10+ years in software or infra engineering") and the part's own years for the
// second, and either short is partial (2.3 platform years of 4, 1.8 data engineering years of 3, 11.3 IT years of 12, no
// e-commerce or fintech years of 2, 1.7 health years of 2; 9.75 and 3.75 of 10 and 4); an industry with a regulation
// beside it is one ask ("Banking or other BDDK-regulated", "Healthcare or other HIPAA-regulated", "Mining or other
// MHSA-regulated", "insurance or other FINMA-supervised"): met by the industry, unmet by another regulated one (a bank for
// healthcare); a certificate "or willing to get / obtain within 12 months / oder die Bereitschaft / o compromís" is partial
// for a resume without it; a skill with a bracketed aspect met where the skill and any of the aspects are shown
// ("PostgreSQL schema and migrations" for "PostgreSQL (schema design and tuning)", batch COBOL for "batch and CICS"),
// partial where the skill is shown without them (Python with no PySpark, one EKS cluster for multi-cluster operations,
// vSphere VMs for cluster management and upgrades, MySQL asked and PostgreSQL shown); SCADA met only by SCADA work (a
// grid company's office IT has no SCADA years; a water board's SCADA technician meets "supporting SCADA systems"); grid
// companies by name shape ("Siegtal Netz GmbH", "TAURON Dystrybucja", "Elektrilevi OÜ") meet "Erfahrung in der
// Energiewirtschaft"; on site with home office after onboarding is hybrid; building against using (running dbt jobs,
// applying others' Terraform modules, running a Go tool the tools team maintains: unmet); framework siblings (NIST CSF
// self-assessments unmet for applying the RMF to an authorization; SOC 2 Type II evidence partial for "ISAE 3402 or SOC 1
// report"); experience substituted for a degree year for year meets the degree.
// First read (3c09cbbf's code): verdicts 87/101 (tune 44/50, report 43/51), totals 11/12 (tune 6/6, report 5/6), second
// resumes' verdicts 66/101 (tune 34/50, report 32/51), scores in range 12/24 (tune 6/12, report 6/12), best fits 16/24
// (tune 9/12, report 7/12), second totals 12/12, the better resume 12/12 (tune 6/6, report 6/6).
describe('the session 61 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s61');
    expect([got.verdictsOf, got.totalsOf]).toEqual([101, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(87);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s61');
    expect(got.of).toBe(101);
    expect(got.verdicts).toBeGreaterThanOrEqual(66);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s61');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(12);
    expect(got.fits).toBeGreaterThanOrEqual(16);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});
