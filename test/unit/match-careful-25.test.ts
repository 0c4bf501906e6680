import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { agreement, carefulPair, read } from './readers';

// The session 42 careful batch (s42, careful-reader-23 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s42-decided.json and s42-second-decided.json, committed first in
// 6a537b0): each row's verdict, each resume's total years, the score's range, the best fit, and, for the two postings given
// a second resume, which of the two fits better. The resumes: dates written five ways ("April '22 to date", "Sept. 2019 –
// Mar 2022", "2017/05 - 2019/08", "03.2022 – obecnie / present", "June – Aug 2026"), a career break in brackets,
// overlapping part-time and contract roles, freelance clients under a limited company, education with dates, titles that
// name skills ("Firmware Engineer (C, FreeRTOS)"), role lines that open with the team ("Core Ledger, Sandhill Payments —
// Staff Software Engineer"), a federal resume with hours per week, a bootcamp graduate with a skills section only.
// First read: verdicts 72/108, totals 9/12 (second resumes 1/2), scores in range 13/14, best fits 13/14, the better
// resume 2/2.
const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/s42-decided.json`, 'utf8')) as Record<string, { score: [number, number]; fit: string }>;
const second = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/s42-second-decided.json`, 'utf8')) as Record<
  string,
  { resume: string; total: number; score: [number, number]; fit: string; best: 'first' | 'second' }
>;
/** The best fit a reader would give a score: strong from 80, good from 60, fair from 40, else weak. */
const fitOf = (score: number) => (score >= 80 ? 'strong' : score >= 60 ? 'good' : score >= 40 ? 'fair' : 'weak');

/** Scores in the range decided, fits as decided (over every resume, second ones too), totals of the second resumes, and the better resume. */
function scoresAgree() {
  let inRange = 0;
  let fits = 0;
  let totals = 0;
  let better = 0;
  const misses: string[] = [];
  const judge = (name: string, score: number | null, d: { score: [number, number]; fit: string }) => {
    if (score !== null && score >= d.score[0] && score <= d.score[1]) inRange++;
    else misses.push(`${name} score ${score}`);
    if (score !== null && fitOf(score) === d.fit) fits++;
    else misses.push(`${name} fit ${score === null ? null : fitOf(score)}`);
  };
  for (const [name, d] of Object.entries(decided)) judge(name, carefulPair('s42', name).m.score, d);
  for (const [name, d] of Object.entries(second)) {
    const first = carefulPair('s42', name).m.score ?? 0;
    const { resume, m } = carefulPair('s42', name, read(d.resume));
    judge(`${name} (second resume)`, m.score, d);
    if (Math.abs((resume.profile?.totalYears ?? -1) - d.total) < 0.5) totals++;
    else misses.push(`${name} second total ${resume.profile?.totalYears}`);
    if ((first > (m.score ?? 0) ? 'first' : 'second') === d.best) better++;
    else misses.push(`${name} better resume`);
  }
  return { inRange, fits, totals, better, of: Object.keys(decided).length + Object.keys(second).length, misses };
}

describe('the session 42 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s42');
    expect([got.verdictsOf, got.totalsOf]).toEqual([108, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(72);
    expect(got.totals).toBeGreaterThanOrEqual(9);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree();
    expect(got.of).toBe(14);
    expect(got.inRange).toBeGreaterThanOrEqual(13);
    expect(got.fits).toBeGreaterThanOrEqual(13);
    expect(got.totals).toBeGreaterThanOrEqual(1);
    expect(got.better).toBe(2);
  });
});
