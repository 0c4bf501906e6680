/**
 * The labelled HN postings for skill extraction, read one way by the eval
 * (test/bench/eval.ts), the labellers' agreement (test/bench/agreement.ts) and
 * the context model's training (test/tools/train-context.ts):
 * hn-dev (../shared/fixtures/eval/hn-dev.jsonl) and the project's own labels
 * (test/fixtures/labels/hn-skills.jsonl, texts from the corpus by id), one split at a time;
 * and how predictions are scored against them (`score`), whoever predicts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { findSkills, skillForms, type SkillHit } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { keepAsked, postingNames, type AskedOptions } from '../../lib/skills/context';
import { postingFromText } from '../../lib/posting/text';
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

/**
 * hn-skills labels of one split, with their texts from the corpus (null where either file is absent or the split is empty). Rows of the other split are never returned.
 * `file` names another label file of the same format in test/fixtures/labels (hn-skills-second.jsonl: a second labeller's).
 */
export function hnSkills(split: 'tune' | 'report', file = 'hn-skills.jsonl'): Row[] | null {
  const labels = `${ROOT}test/fixtures/labels/${file}`;
  const corpus = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
  if (!existsSync(labels) || !existsSync(corpus)) return null;
  const rows = jsonl<Omit<Row, 'text'> & { split: string }>(labels).filter((r) => r.split === split);
  const ids = new Set(rows.map((r) => r.id));
  const texts = new Map<number, string>();
  for (const r of jsonl<{ id: number; text: string }>(corpus)) if (ids.has(r.id)) texts.set(r.id, r.text);
  const out = rows.map(({ split: _split, ...r }) => {
    const text = texts.get(r.id);
    if (text === undefined) throw new Error(`${file}: posting ${r.id} is not in the corpus`);
    return { ...r, text };
  });
  return out.length ? out : null;
}

/**
 * Postings written fresh by the project (never copied from the corpus or any labelled text), with their
 * labels inline: every test/fixtures/labels/fresh-skills-*.jsonl, rows { id, split: "tune", text, skills, traps }.
 * They are tuned on (their writers fixed what they found); null where there are none (or no file is called `only`).
 */
export function freshSkills(only?: string, split?: 'tune' | 'report'): Row[] | null {
  const dir = `${ROOT}test/fixtures/labels/`;
  // `only`: the one file of that name (fresh-skills-s42a2.jsonl), to read a batch's first figure apart.
  const files = readdirSync(dir).filter((f) => /^fresh-skills-.+\.jsonl$/.test(f) && (!only || f === only)).sort();
  // `split`: one half of the rows by their split field (odd id tune, even id report in the batches since s44).
  const rows = files.flatMap((f) => jsonl<Row & { split: string }>(dir + f).filter((r) => !split || r.split === split).map(({ split: _split, ...r }) => r));
  return rows.length ? rows : null;
}

/**
 * Full postings written fresh by the project with their parts and asks labelled blind inline: every
 * test/fixtures/labels/parts-fresh-*.jsonl, rows { id, split (odd id tune, even id report), text, parts, items }:
 * `parts` the parts a careful reader sees, in order, each by its first words and its kind (as sections.jsonl's);
 * `items` each line of the ask parts (and each sentence of a posting with none), an ask of the candidate or noise,
 * with `kind` "skills" (it names a skill), "fact" (years, a degree, a language, work rights, a place) or none.
 * `batch` is the file's name between "parts-fresh-" and ".jsonl".
 */
export interface FreshPartsRow {
  id: number;
  split: 'tune' | 'report';
  text: string;
  parts: Array<{ first: string; kind: 'requirements' | 'preferred' | 'responsibilities' | 'about' | 'benefits' | 'other' }>;
  items: Array<{ text: string; ask: boolean; kind?: 'skills' | 'fact' }>;
  batch: string;
}
export function freshParts(): FreshPartsRow[] {
  const dir = `${ROOT}test/fixtures/labels/`;
  const files = readdirSync(dir).filter((f) => /^parts-fresh-.+\.jsonl$/.test(f)).sort();
  return files.flatMap((f) => jsonl<Omit<FreshPartsRow, 'batch'>>(dir + f).map((r) => ({ ...r, batch: f.slice('parts-fresh-'.length, -'.jsonl'.length) })));
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

export const overlaps = (h: { start: number; end: number }, [a, b]: [number, number]): boolean => h.start < b && a < h.end;

/** How the eval compares skill names: case, spaces, hyphens and underscores aside. */
export const norm = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/** One predicted occurrence: the skill it stands for (a key, and every name the skill goes by, normalised) and where it stands in the text. */
export interface Guess {
  skill: string;
  names: ReadonlySet<string>;
  start: number;
  end: number;
  text: string;
}

export interface Scores {
  postings: number;
  labelled: number;
  recall: number;
  precision: number;
  f1: number;
  predicted: number;
  traps: number;
  trap_hits: number;
}

/**
 * Scores what `predict` guesses for each row against the row's labels:
 *  - recall over tech labels: a label is found when a guess overlaps an occurrence of one of its forms, or one of the guess's names is the label's name;
 *  - precision over the distinct skills guessed in a posting: right when one of its names is a label's name (tech or soft), or one of its guesses overlaps a labelled form's occurrence;
 *  - trap hits: a trap is hit when a guess overlaps its form inside an occurrence of its context.
 * `misses` and `wrong` say which labels were missed and which guesses were wrong, for listing.
 */
export function score(rows: Row[], predict: (row: Row) => Guess[]): Scores & { misses: string[]; wrong: string[] } {
  let labelled = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  let trapHits = 0;
  let traps = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const row of rows) {
    const hits = predict(row);
    const spans = new Map<Label, Array<[number, number]>>();
    for (const l of row.skills) spans.set(l, l.forms.flatMap((f) => occurrences(row.text, f)));
    const labelNames = new Set(row.skills.map((l) => norm(l.name)));
    // Recall over tech labels.
    for (const l of row.skills) {
      if (l.kind !== 'tech') continue;
      labelled++;
      const ok = hits.some((h) => spans.get(l)!.some((sp) => overlaps(h, sp)) || h.names.has(norm(l.name)));
      if (ok) found++;
      else misses.push(`${row.id}: ${l.name} [${l.forms.join(' | ')}]`);
    }
    // Precision over distinct skills predicted in the posting (any labelled skill, tech or soft, counts as right).
    const bySkill = new Map<string, Guess[]>();
    for (const h of hits) bySkill.set(h.skill, [...(bySkill.get(h.skill) ?? []), h]);
    for (const [id, hs] of bySkill) {
      predicted++;
      const ok =
        [...hs[0]!.names].some((n) => labelNames.has(n)) ||
        hs.some((h) => [...spans.values()].some((sps) => sps.some((sp) => overlaps(h, sp))));
      if (ok) correct++;
      else wrong.push(`${row.id}: ${id} ← "${hs[0]!.text}" …${row.text.slice(Math.max(0, hs[0]!.start - 30), hs[0]!.end + 30).replace(/\s+/g, ' ')}…`);
    }
    for (const t of row.traps) {
      traps++;
      for (const [a] of occurrences(row.text, t.context)) {
        const at = row.text.toLowerCase().indexOf(t.form.toLowerCase(), a);
        if (at >= 0 && hits.some((h) => overlaps(h, [at, at + t.form.length]))) {
          trapHits++;
          wrong.push(`${row.id}: TRAP "${t.form}" in "${t.context}"`);
          break;
        }
      }
    }
  }
  const recall = found / labelled;
  const precision = correct / predicted;
  return {
    postings: rows.length,
    labelled,
    recall,
    precision,
    f1: (2 * recall * precision) / (recall + precision),
    predicted,
    traps,
    trap_hits: trapHits,
    misses,
    wrong,
  };
}

type Model = AskedOptions['model'];
let names: Map<string, Set<string>> | undefined;
/** Every name (normalised) each taxonomy skill goes by, by id. */
function namesOf(): Map<string, Set<string>> {
  names ??= new Map(bundled().taxonomy.skills.map((s) => [s.id, new Set(skillForms(s).map(([f]) => norm(f)))]));
  return names;
}

/** What the extension would list for a posting given as text: matcher hits the context rules (and the given or shipped context model, if any; `null`: rules alone) keep. */
export function extract(text: string, model?: Model): SkillHit[] {
  const posting = postingFromText(text);
  return keepAsked(text, findSkills(bundled().matcher, text), postingNames(posting), { sections: posting.sections, model });
}

/** The extension's extraction as guesses to `score`. */
export function extracted(model?: Model): (row: Row) => Guess[] {
  return (row) => extract(row.text, model).map((h) => ({ skill: h.skillId, names: namesOf().get(h.skillId)!, start: h.start, end: h.end, text: h.text }));
}

/**
 * A labeller's labels of a posting as guesses to `score`, as if the labeller were the system:
 * each skill guessed at every occurrence of its forms, under its name and its forms.
 */
export function labelGuesses(row: Pick<Row, 'text' | 'skills'>): Guess[] {
  const out: Guess[] = [];
  for (const l of row.skills) {
    const names = new Set([l.name, ...l.forms].map(norm));
    for (const f of l.forms) {
      const at = occurrences(row.text, f);
      // A form that never stands on word boundaries (a label's mistake) still counts where it first stands.
      if (at.length === 0 && row.text.toLowerCase().includes(f.toLowerCase())) {
        const i = row.text.toLowerCase().indexOf(f.toLowerCase());
        at.push([i, i + f.length]);
      }
      for (const [start, end] of at) out.push({ skill: norm(l.name), names, start, end, text: f });
    }
  }
  return out;
}

/**
 * SkillSpan's tech split (../shared/fixtures/eval/skillspan, CoNLL: token, skill tag, knowledge tag) as
 * sentences: the text (tokens joined by one space), its KNOWLEDGE spans, and its spans of any label
 * (Skill or Knowledge). Null when the file is not there.
 */
export function skillspan(split: 'train' | 'dev'): Array<{ text: string; knowledge: Array<[number, number]>; any: Array<[number, number]> }> | null {
  const path = `${SHARED}fixtures/eval/skillspan/data__conll__skillspan_tech_${split}.conll`;
  if (!existsSync(path)) return null;
  const out: Array<{ text: string; knowledge: Array<[number, number]>; any: Array<[number, number]> }> = [];
  for (const block of readFileSync(path, 'utf8').split(/\n\s*\n/)) {
    const rows = block.split('\n').filter(Boolean).map((l) => l.split('\t'));
    if (rows.length === 0) continue;
    let text = '';
    const knowledge: Array<[number, number]> = [];
    const any: Array<[number, number]> = [];
    let openK: number | null = null;
    let openA: number | null = null;
    let lastEnd = 0;
    for (const [tok = '', skillTag = 'O', knowTag = 'O'] of rows) {
      if (text) text += ' ';
      const start = text.length;
      text += tok;
      if (openK !== null && knowTag !== 'I-Knowledge') (knowledge.push([openK, lastEnd]), (openK = null));
      if (knowTag === 'B-Knowledge') openK = start;
      const labelled = skillTag !== 'O' || knowTag !== 'O';
      const begins = skillTag.startsWith('B') || knowTag.startsWith('B');
      if (openA !== null && (!labelled || begins)) (any.push([openA, lastEnd]), (openA = null));
      if (labelled && openA === null) openA = start;
      lastEnd = text.length;
    }
    if (openK !== null) knowledge.push([openK, lastEnd]);
    if (openA !== null) any.push([openA, lastEnd]);
    out.push({ text, knowledge, any });
  }
  return out;
}
