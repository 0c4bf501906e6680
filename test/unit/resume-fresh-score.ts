/**
 * Scores the profile read from the fresh hand-written resumes in
 * test/fixtures/text/resumes-fresh/ against the values computed by hand
 * before the code read them (expected.json). Used by resume-fresh.test.ts;
 * `npx tsx test/unit/resume-fresh-score.ts` prints the per-field score and
 * every field read wrong.
 */
import { readFileSync } from 'node:fs';
import { analyzeResume } from '../../lib/analyze';
import type { Profile } from '../../lib/resume/profile';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';

type OneOf = string | string[] | null;
interface WantRole {
  title: OneOf;
  company: OneOf;
  start: string;
  end: OneOf;
}
export interface Want {
  file: string;
  totalYears: number | null;
  clearance: OneOf;
  languages: string[];
  degrees: Array<{ level: string; field: OneOf }>;
  skillYears: Record<string, number>;
  roles: WantRole[];
  warnings?: number;
  /** 1: scored before the first fixes, then tuned on; 2: written after them, then tuned on; 3: written after the second fixes, then tuned on; 4: written after the third, then tuned on; 5: written after the fourth, then tuned on; 6: written after the fifth. */
  batch: number;
}

export const DIR = `${ROOT}test/fixtures/text/resumes-fresh/`;
export const EXPECTED = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as { today: string; resumes: Want[] };

export const FIELDS = ['role dates', 'titles', 'companies', 'total years', 'degrees', 'clearance', 'languages', 'skill years', 'warnings'] as const;
export type Field = (typeof FIELDS)[number];
export interface Score {
  right: Record<Field, number>;
  total: Record<Field, number>;
  /** Every field read wrong: "file: field: got … want …". */
  wrong: string[];
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const oneOf = (want: OneOf, got: string | null): boolean => {
  if (want === null) return got === null;
  return (Array.isArray(want) ? want : [want]).some((w) => norm(w) === norm(got));
};
const show = (w: OneOf) => (Array.isArray(w) ? w[0]! : w);

export function profileOf(engine: ReturnType<typeof bundled>, file: string): Profile {
  const text = readFileSync(DIR + file, 'utf8');
  return analyzeResume(engine, file, text, new Date(`${EXPECTED.today}T12:00:00Z`)).profile!;
}

export function scoreOne(want: Want, got: Profile, s: Score): void {
  const add = (field: Field, ok: boolean, what: string) => {
    s.total[field]++;
    if (ok) s.right[field]++;
    else s.wrong.push(`${want.file}: ${field}: ${what}`);
  };
  // Roles: matched by dates; a role read that no one wrote counts against the dates.
  const used = new Set<number>();
  for (const w of want.roles) {
    const i = got.roles.findIndex((r, k) => !used.has(k) && r.start === w.start && oneOf(w.end, r.end));
    const r = i >= 0 ? got.roles[i]! : null;
    if (r) used.add(i);
    add('role dates', r !== null, `${w.start}..${show(w.end) ?? 'now'} not read`);
    add('titles', r !== null && oneOf(w.title, r.title), `got ${JSON.stringify(r?.title)} want ${JSON.stringify(show(w.title))}`);
    if (w.company !== null) add('companies', r !== null && oneOf(w.company, r.company), `got ${JSON.stringify(r?.company)} want ${JSON.stringify(show(w.company))}`);
  }
  got.roles.forEach((r, k) => {
    if (!used.has(k)) add('role dates', false, `extra role ${r.start}..${r.end ?? 'now'} (${r.title} / ${r.company})`);
  });
  const ty = want.totalYears === null ? got.totalYears === null : got.totalYears !== null && Math.abs(got.totalYears - want.totalYears) <= 0.2;
  add('total years', ty, `got ${got.totalYears} want ${want.totalYears}`);
  const dUsed = new Set<number>();
  for (const d of want.degrees) {
    const i = got.degrees.findIndex((g, k) => !dUsed.has(k) && g.level === d.level && oneOf(d.field, g.field));
    if (i >= 0) dUsed.add(i);
    add('degrees', i >= 0, `${d.level} ${show(d.field)} not read (got ${JSON.stringify(got.degrees)})`);
  }
  got.degrees.forEach((g, k) => {
    if (!dUsed.has(k)) add('degrees', false, `extra degree ${g.level} ${g.field}`);
  });
  add('clearance', oneOf(want.clearance, got.clearance), `got ${got.clearance} want ${show(want.clearance)}`);
  const langs = new Set([...want.languages, ...got.languages]);
  for (const l of langs) add('languages', want.languages.includes(l) && got.languages.includes(l), `${l}: ${want.languages.includes(l) ? 'missed' : 'extra'}`);
  for (const [id, years] of Object.entries(want.skillYears)) add('skill years', Math.abs((got.skillYears[id] ?? -99) - years) <= 0.1, `${id} got ${got.skillYears[id]} want ${years}`);
  add('warnings', got.warnings.length === (want.warnings ?? 0), `got ${JSON.stringify(got.warnings)} want ${want.warnings ?? 0}`);
}

export function scoreAll(batch?: number): Score {
  const engine = bundled();
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const s: Score = { right: zero(), total: zero(), wrong: [] };
  for (const want of EXPECTED.resumes) if (batch === undefined || want.batch === batch) scoreOne(want, profileOf(engine, want.file), s);
  return s;
}

export function summary(s: Score): string {
  const right = FIELDS.reduce((n, f) => n + s.right[f], 0);
  const total = FIELDS.reduce((n, f) => n + s.total[f], 0);
  return [`fields right ${right}/${total}`, ...FIELDS.map((f) => `  ${f.padEnd(12)} ${s.right[f]}/${s.total[f]}`)].join('\n');
}

if (process.argv[1]?.endsWith('resume-fresh-score.ts')) {
  for (const batch of [1, 2, 3, 4, 5, 6, undefined]) {
    const s = scoreAll(batch);
    console.log(batch ? `batch ${batch}` : 'all');
    console.log(summary(s));
    if (batch && process.argv.includes('--wrong')) for (const w of s.wrong) console.log('  ✗ ' + w);
  }
}
