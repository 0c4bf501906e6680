import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { agreement, carefulPair } from './readers';

// The session 40 second carry-over batch (s40b), written for this test in forms the earlier batches covered less: prose
// postings with the asks inside paragraphs, a LinkedIn "About the job" blob, an agency listing with "Must have:" and
// "Nice to have:" on one line, English from India, Poland and Brazil, two roles in one posting; resumes with skills only
// in a skills section, roles oldest first, a career change, freelance work only. Facts, verdicts, resume totals, the
// score's range and the best fit decided by hand before Fitmark read them (test/fixtures/text/careful/s40b-decided.json,
// committed first).
// First read: facts 44/48, verdicts 17/33, totals 7/8, scores in range 2/8, best fits 3/8.
const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/s40b-decided.json`, 'utf8')) as Record<string, { score: [number, number]; fit: string }>;
/** The best fit a reader would give a score: strong from 80, good from 60, fair from 40, else weak. */
const fitOf = (score: number) => (score >= 80 ? 'strong' : score >= 60 ? 'good' : score >= 40 ? 'fair' : 'weak');

/** How many pairs' scores fall in the range decided, and how many give the fit decided. */
function scoresAgree() {
  let inRange = 0;
  let fits = 0;
  for (const [name, d] of Object.entries(decided)) {
    const score = carefulPair('s40b', name).m.score;
    if (score !== null && score >= d.score[0] && score <= d.score[1]) inRange++;
    if (score !== null && fitOf(score) === d.fit) fits++;
  }
  return { inRange, fits, of: Object.keys(decided).length };
}

describe('the session 40 second carry-over batch', () => {
  it('the decided facts and verdicts: how many Fitmark reads as decided', () => {
    const got = agreement('s40b');
    expect([got.factsOf, got.verdictsOf, got.totalsOf]).toEqual([48, 33, 8]);
    expect(got.facts).toBeGreaterThanOrEqual(47);
    expect(got.verdicts).toBeGreaterThanOrEqual(27);
    expect(got.totals).toBe(8);
  });

  it('the scores and best fits as decided', () => {
    const got = scoresAgree();
    expect(got.of).toBe(8);
    expect(got.inRange).toBeGreaterThanOrEqual(5);
    expect(got.fits).toBeGreaterThanOrEqual(5);
  });
});
