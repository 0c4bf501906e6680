import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedPath, withoutShared } from '../helpers';
import { eightWordRuns, postingRuns } from '../tools/word-runs';

// Requirement kinds and posting facts in fresh words (session 42, #12): every posting and line here was written for this
// file, none taken from the corpus, the eval fixtures or any labelled text. The classes come from the tune half of
// test/fixtures/labels/kinds-fresh-s42.jsonl (short postings written and labelled blind); each has counter-examples.

describe('kinds s42: the fresh-written postings', () => {
  const rows = readFileSync(new URL('../fixtures/labels/kinds-fresh-s42.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { n: number; split: string; batch: number; text: string });
  it('are numbered in order, odd tune and even report', () => {
    rows.forEach((r, i) => {
      expect(r.n).toBe(i + 1);
      expect(r.split).toBe(r.n % 2 ? 'tune' : 'report');
    });
  });
  const POSTINGS = ['eval/hn-dev.jsonl', 'corpus/hn-2026.jsonl'];
  it.skipIf(withoutShared(...POSTINGS))('copy no eight-word run from a posting in ../shared/fixtures', () => {
    const runs = postingRuns(POSTINGS.map(sharedPath));
    expect(rows.flatMap((r) => eightWordRuns(r.text).filter((g) => runs.has(g)).map((g) => `${r.n}: ${g}`))).toEqual([]);
  });
});
