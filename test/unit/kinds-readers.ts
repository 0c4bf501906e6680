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

/**
 * The fact floors of a session's fresh short postings (facts-s57 and after): per batch and fact, how many of the batch's 25
 * tune postings must read right (salary within 1% and its currency and period, clearance as present or not, degree's level
 * and whether required, the others exactly), each an `it` in a describe titled by `title`.
 */
export function tuneFactFloors(title: string, file: string, floors: Record<number, Record<string, number>>): void {
  describe(title, () => {
    type Row = { n: number; split: string; batch: number; text: string; facts: Record<string, unknown> };
    const rows = readFileSync(new URL(`../fixtures/labels/${file}`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row)
      .filter((r) => r.split === 'tune');
    const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= Math.max(1, 0.01 * Math.abs(b)));
    const right = (name: string, got: ReturnType<typeof facts>, want: Row['facts']): boolean => {
      const g = got[name as keyof typeof got] as never;
      const w = want[name] as never;
      if (name === 'salary') {
        const gs = got.salary;
        const ws = want.salary as { min: number | null; max: number | null; currency: string; period: string } | null;
        return !gs || !ws ? gs === ws : near(gs.min, ws.min) && near(gs.max, ws.max) && gs.currency === ws.currency && gs.period === ws.period;
      }
      if (name === 'clearance') return (got.clearance === null) === (want.clearance === null);
      if (name === 'degree') {
        const gd = got.degree;
        const wd = want.degree as { level: string; required: boolean } | null;
        return !gd || !wd ? gd === wd : gd.level === wd.level && gd.required === wd.required;
      }
      return g === w;
    };
    for (const [batch, ofBatch] of Object.entries(floors)) {
      for (const [name, floor] of Object.entries(ofBatch)) {
        it(`batch ${batch} ${name}: right on at least ${floor} of 25`, () => {
          const tune = rows.filter((r) => r.batch === Number(batch));
          expect(tune.length).toBe(25);
          expect(tune.filter((r) => right(name, facts(r.text), r.facts)).length).toBeGreaterThanOrEqual(floor);
        });
      }
    }
  });
}
