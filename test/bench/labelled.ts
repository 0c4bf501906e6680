/**
 * The labelled HN postings for skill extraction, read one way by the eval
 * (test/bench/eval.ts) and the context model's training (test/tools/train-context.ts):
 * hn-dev (../shared/fixtures/eval/hn-dev.jsonl) and the project's own labels
 * (test/fixtures/labels/hn-skills.jsonl, texts from the corpus by id), one split at a time.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { SkillHit } from '../../lib/skills/matcher';
import { ROOT, SHARED } from '../helpers';

export interface Label {
  name: string;
  forms: string[];
  kind: 'tech' | 'soft';
}
export interface Row {
  id: number;
  text: string;
  skills: Label[];
  traps: Array<{ form: string; context: string }>;
}

export const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

/** hn-dev's rows, or null where ../shared is absent. */
export function hnDev(): Row[] | null {
  const path = `${SHARED}fixtures/eval/hn-dev.jsonl`;
  return existsSync(path) ? jsonl<Row>(path) : null;
}

/** hn-skills labels of one split, with their texts from the corpus (null where either file is absent or the split is empty). Rows of the other split are never returned. */
export function hnSkills(split: 'tune' | 'report'): Row[] | null {
  const labels = `${ROOT}test/fixtures/labels/hn-skills.jsonl`;
  const corpus = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
  if (!existsSync(labels) || !existsSync(corpus)) return null;
  const rows = jsonl<Omit<Row, 'text'> & { split: string }>(labels).filter((r) => r.split === split);
  const ids = new Set(rows.map((r) => r.id));
  const texts = new Map<number, string>();
  for (const r of jsonl<{ id: number; text: string }>(corpus)) if (ids.has(r.id)) texts.set(r.id, r.text);
  const out = rows.map(({ split: _split, ...r }) => {
    const text = texts.get(r.id);
    if (text === undefined) throw new Error(`hn-skills: posting ${r.id} is not in the corpus`);
    return { ...r, text };
  });
  return out.length ? out : null;
}

/** Every [start, end) where `form` occurs in text on word boundaries (case-insensitive): where a label's form stands. */
export function occurrences(text: string, form: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  const f = form.toLowerCase();
  const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) {
    if ((word(lower[i - 1]) && /^[\p{L}\p{N}]/u.test(f)) || (word(lower[i + f.length]) && /[\p{L}\p{N}]$/u.test(f))) continue;
    out.push([i, i + f.length]);
  }
  return out;
}

export const overlaps = (h: SkillHit, [a, b]: [number, number]): boolean => h.start < b && a < h.end;
