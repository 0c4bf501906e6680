/** How the fresh-text kinds tests of each session (kinds-s42, kinds-s43) read a short posting, and check their label file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { sharedPath, withoutShared } from '../helpers';
import { eightWordRuns, postingRuns } from '../tools/word-runs';

const { matcher, taxonomy } = bundled();
/** The posting's facts. */
export const facts = (text: string) => postingFacts(postingFromText(text));
/** The texts of the posting's requirement items. */
export const itemTexts = (text: string) => requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).map((i) => i.text);
/** The kinds other than skills and other that the posting's items ask (years and degree also where an item holds them), sorted. */
export const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();

/** A label file of short postings written fresh (test/fixtures/labels/FILE): numbered in order, odd tune and even report, and no eight-word run copied from a shared posting. */
export function freshShortPostings(title: string, file: string) {
  describe(title, () => {
    const rows = readFileSync(new URL(`../fixtures/labels/${file}`, import.meta.url), 'utf8')
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
}
