/**
 * test/fixtures/labels/hn-skills-s45a.jsonl: session 45's blind skill labels of real corpus postings that
 * other label files hold as report rows (or repost), scored apart by test/bench/eval-s45a.ts, figures only.
 * They stay held out: no row may be a tune row of any label file, hn-dev, or a repost of one of them, and
 * none may repost an hn-skills report row (that posting is measured already).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFixture, sharedPath, withoutShared } from '../helpers';

const CORPUS = 'corpus/hn-2026.jsonl';
const DEV = 'eval/hn-dev.jsonl';
const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
interface Row {
  id: number;
  split: string;
  skills: Array<{ name: string; forms: string[]; kind: string; importance: string }>;
  traps: Array<{ form: string; context: string }>;
  labelled?: string;
}
const rows = jsonl<Row>(projectFixture('labels/hn-skills-s45a.jsonl'));
const pairs = (t: string): Set<string> => {
  const w = t.toLowerCase().match(/\w+/g) ?? [];
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
};

describe('hn-skills-s45a labels', () => {
  it('one row per posting, all held out (report), each skill well-formed, each trap form inside its context', () => {
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.split, `${r.id}`).toBe('report');
      expect(r.labelled, `${r.id}`).toMatch(/^s45-skills-a: blind/);
      for (const s of r.skills) {
        expect(s.forms.length, `${r.id} ${s.name}`).toBeGreaterThan(0);
        expect(['tech', 'soft'], `${r.id} ${s.name}`).toContain(s.kind);
        expect(['required', 'preferred', 'stack'], `${r.id} ${s.name}`).toContain(s.importance);
      }
      for (const t of r.traps) expect(t.context.toLowerCase(), `${r.id}`).toContain(t.form.toLowerCase());
    }
  });

  it.skipIf(withoutShared(CORPUS, DEV))('forms and trap contexts are verbatim, and no row is tuned on anywhere or reposts a tuned or hn-skills report posting', () => {
    const text = new Map(jsonl<{ id: number; text: string }>(sharedPath(CORPUS)).map((c) => [c.id, c.text]));
    const problems: string[] = [];
    for (const r of rows) {
      const t = text.get(r.id);
      if (t === undefined) {
        problems.push(`${r.id}: not in the corpus`);
        continue;
      }
      for (const s of r.skills) for (const f of s.forms) if (!t.includes(f)) problems.push(`${r.id}: form "${f}" not verbatim`);
      for (const x of r.traps) if (!t.includes(x.context)) problems.push(`${r.id}: trap context "${x.context}" not verbatim`);
    }
    const files = ['hn-skills.jsonl', 'hn-skills-second.jsonl', 'items.jsonl', 'requirements.jsonl', 'sections.jsonl'];
    const labelled = files.flatMap((f) => jsonl<{ id: number; split: string }>(projectFixture(`labels/${f}`)).map((r) => ({ ...r, file: f })));
    const skillReport = labelled.filter((r) => r.split === 'report' && r.file.startsWith('hn-skills')).map((r) => r.id);
    const tuned = [...labelled.filter((r) => r.split === 'tune').map((r) => r.id), ...jsonl<{ id: number }>(sharedPath(DEV)).map((r) => r.id)];
    const against = [...new Set([...tuned, ...skillReport])].map((id) => ({ id, p: pairs(text.get(id) ?? '') }));
    for (const r of rows) {
      const p = pairs(text.get(r.id) ?? '');
      for (const o of against) if (o.id === r.id || jaccard(p, o.p) > 0.5) problems.push(`${r.id} ~ ${o.id}`);
    }
    expect(problems).toEqual([]);
  });
});
