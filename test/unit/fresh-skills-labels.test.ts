import { describe, expect, it } from 'vitest';
import { freshSkills } from '../bench/labelled';
import { sharedPath, withoutShared } from '../helpers';
import { eightWordRuns, postingRuns } from '../tools/word-runs';

/**
 * Postings written fresh by the project, labelled inline (test/fixtures/labels/fresh-skills-*.jsonl, read by
 * `npm run eval` as "fresh written"). Written, not gathered: none may share an eight-word run with a real posting.
 */
const rows = freshSkills() ?? [];

describe('fresh-written labelled postings', () => {
  it('have unique ids, and every label form and trap stands in its text', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      const lower = r.text.toLowerCase();
      expect(r.text.length, `${r.id}`).toBeGreaterThan(80);
      for (const s of r.skills) {
        expect(['tech', 'soft'], `${r.id} ${s.name}`).toContain(s.kind);
        // (s60) An empty form stands everywhere: the eval's search for it never ends.
        for (const f of s.forms) expect(f.trim().length, `${r.id}: an empty form of ${s.name}`).toBeGreaterThan(0);
        for (const f of s.forms) expect(lower, `${r.id}: form "${f}" of ${s.name}`).toContain(f.toLowerCase());
      }
      for (const t of r.traps) {
        expect(lower, `${r.id}: trap context`).toContain(t.context.toLowerCase());
        expect(t.context.toLowerCase(), `${r.id}: trap form "${t.form}"`).toContain(t.form.toLowerCase());
      }
    }
  });

  const POSTINGS = ['eval/hn-dev.jsonl', 'corpus/hn-2026.jsonl'];
  it.skipIf(withoutShared(...POSTINGS))('copy no eight-word run from a posting in ../shared/fixtures', () => {
    const runs = postingRuns(POSTINGS.map(sharedPath));
    expect(runs.size).toBeGreaterThan(10_000);
    expect(rows.flatMap((r) => eightWordRuns(r.text).filter((g) => runs.has(g)).map((g) => `${r.id}: ${g}`))).toEqual([]);
  });
});
