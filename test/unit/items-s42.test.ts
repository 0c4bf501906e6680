import { describe, expect, it } from 'vitest';
import { freshParts } from '../bench/labelled';
import { sharedPath, withoutShared } from '../helpers';
import { eightWordRuns, postingRuns } from '../tools/word-runs';

/**
 * Session 42: full postings written fresh, their parts and asks labelled blind (test/fixtures/labels/parts-fresh-*.jsonl,
 * read by `npm run eval:sections` and `npm run eval:items` as "fresh"), and the rules they taught, each checked on
 * sentences written fresh for the test.
 */
const rows = freshParts();
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('fresh-written postings with their parts and asks labelled', () => {
  it('have unique ids, odd tune and even report, and every part and item stands in its text', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.split, `${r.id}`).toBe(r.id % 2 ? 'tune' : 'report');
      const text = squash(r.text);
      for (const p of r.parts) expect(text.toLowerCase().replace(/[*#]/g, ''), `${r.id}: part "${p.first}"`).toContain(squash(p.first).toLowerCase());
      for (const i of r.items) expect(text, `${r.id}: item`).toContain(squash(i.text));
    }
  });

  const POSTINGS = ['eval/hn-dev.jsonl', 'corpus/hn-2026.jsonl'];
  it.skipIf(withoutShared(...POSTINGS))('copy no eight-word run from a posting in ../shared/fixtures', () => {
    const runs = postingRuns(POSTINGS.map(sharedPath));
    expect(rows.flatMap((r) => eightWordRuns(r.text).filter((g) => runs.has(g)).map((g) => `${r.id}: ${g}`))).toEqual([]);
  });
});
