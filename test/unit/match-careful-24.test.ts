import { describe, expect, it } from 'vitest';
import { agreement, carefulPair, scoresAgree } from './readers';

// The session 41 second careful batch (s41b, careful-reader-22 holds the postings' side): the resume's side, decided by
// hand before Fitmark read them (test/fixtures/text/careful/s41b-decided.json and s41b-second-decided.json, committed
// first): each row's verdict, each resume's total years, the score's range, the best fit, and, for the two postings
// given a second resume, which of the two fits better. The resumes: a 15-year veteran with four roles, a skills matrix
// with years ("Python — 6 yrs"), roles dated by years alone ("2016–2019"), a one-page new graduate with an internship and
// projects, a physicist turned ML-platform engineer, a languages line ("English (C1), Portuguese (native)"), roles that
// open with their dates ("2022-03 – now"), a European CV with labelled header lines.
// First read: verdicts 71/85, totals 13/14, scores in range 9/14, best fits 8/14, the better resume 2/2.
// Final read: verdicts 81/85, totals 14/14, scores in range 10/14, best fits 11/14, the better resume 2/2.
// Mended by class (asks-s41b): "Volunteer" opening an employer's name is no unpaid work, DBA a title word (a 6.7-year role
// was left out of a total); a language asked beside skills is met only with them; tools and certificates that show their
// field (NVIDIA device plugin, async replication, BloodHound, Azure SQL Managed Instance, AWS Security Specialty); an ML
// platform engineer's years are MLOps years.
// Still read otherwise: below as it.fails, and "Strong SQL, including … performance tuning" partial against SQL with window
// functions only (on reflection the code is right: tuning is not shown); latam scores 60 (good by a point, decided fair);
// cassandra 83 (strong by three points, decided good).
describe('the session 41 second careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s41b');
    expect([got.verdictsOf, got.totalsOf]).toEqual([85, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(81);
    expect(got.totals).toBe(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s41b');
    expect(got.of).toBe(14);
    expect(got.inRange).toBeGreaterThanOrEqual(10);
    expect(got.fits).toBeGreaterThanOrEqual(11);
    expect(got.totals).toBe(2);
    expect(got.better).toBe(2);
  });

  const verdictOf = (name: string, start: string) => carefulPair('s41b', name).byText(start).verdict.verdict;
  it('"7-10 years" against fifteen years is met (s42: a ceiling above five years is a band, not a cap)', () => {
    expect(verdictOf('bank', '7-10 years')).toBe('met');
  });
  it.fails('a savings bank ("Piedmont Federal Savings") shows a regulated financial institution (an employer\'s kind is read from words, not names)', () => {
    expect(verdictOf('bank', 'Experience in a regulated')).toBe('met');
  });
  it.fails('"reports that a CISO and a sysadmin can act on" names people and asks no systems administration (a person noun after an article)', () => {
    expect(carefulPair('s41b', 'contract').byText('Ability to write clear').item.groups.flat()).not.toContain('systems-administration');
  });
  it.fails('a new graduate with 1.4 years scores fair against a third engineer asked for three years (75: a years row weighs as one row)', () => {
    expect(carefulPair('s41b', 'startup').m.score).toBeLessThanOrEqual(65);
  });
});
