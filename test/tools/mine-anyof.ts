/**
 * `npx tsx test/tools/mine-anyof.ts`: lines of the postings one may tune on (/tmp/safe-ids.txt, or `--ids FILE`: the
 * output of test/tools/safe-ids.ts) that hold an alternatives cue ("or", "either", "one of", "any of", "at least one",
 * "such as", "e.g.", "like", "including", a slash between names, a bracket) and two skills or more the matcher finds,
 * in the parts of a posting the requirement items are read from (as lib/requirements/items.ts chooses them). For
 * measuring the any-of rules on text no label was written for (issue #12).
 *
 *   (no option)               counts: postings, lines, lines the code gave an any-of group for
 *   --sample N --seed S       N lines drawn at random (seeded), one JSON a line: { id, sec, start, kind, heading, line, skills },
 *                             without the code's groups (judge them blind first); --exclude FILE[,FILE…] leaves out the lines of judged files;
 *                             --choice: only lines with a marker of a choice (or, a slash, such as, e.g., like, one of, either, any of);
 *                             --not-in FILE[,FILE…]: only postings that are no row of those label files (JSONL with an `id`), for a probe
 *                             drawn from postings no labeller read (test/tools/anyof-judged-5.jsonl: --not-in test/fixtures/labels/requirements.jsonl)
 *   --judge FILE              FILE: JSONL of { id, sec, start, line, expected: string[][] } (ids the matcher finds in the line),
 *                             or { written: true, line, expected } for a line written fresh, read as a requirements bullet;
 *                             the code's groups for each line now, a verdict per line and the agreement:
 *                             expected groups found (a given group holds every id of one; tightly: adding one id at most),
 *                             spurious groups (sharing < 2 ids with every expected one)
 *   --all                     every line, with the code's groups (for finding forms, not for judging blind); --min 1: lines with one skill too
 *   --write                   with --judge, writes `got` and `verdict` back into FILE
 *   --show                    with --judge, prints the lines that disagree
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import type { Posting, PostingSection } from '../../lib/posting/types';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm } from '../../lib/requirements/terms';
import { splitUnits } from '../../lib/requirements/text';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { corpusTextsOrExit } from '../bench/corpus';
import { seeded } from './seeded';

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const { taxonomy, matcher } = bundled();
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);
const texts = corpusTextsOrExit();
/** `--not-in FILE[,FILE…]`: the postings of those label files are left out. */
const notIn = new Set(
  (arg('--not-in') ?? '')
    .split(',')
    .filter(Boolean)
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { id?: number }).id),
);
const safe = readFileSync(arg('--ids') ?? '/tmp/safe-ids.txt', 'utf8').split('\n').filter((l) => l.trim()).map(Number).filter((id) => !notIn.has(id));
const safeSet = new Set(safe);
/** `--min 1`: lines with one skill too (where an option the taxonomy does not know is a term, lib/requirements/terms.ts). */
const MIN_SKILLS = Number(arg('--min') ?? 2);

/** An alternatives cue: a word, a slash between two names, or a bracket. */
const CUE = /\b(?:or|either|one of|any of|at least one|such as|e\.g|like|including)\b|[\w+#]\s*\/\s*[\w+#]|\(/i;
/** `--choice`: only a marker of a choice ("or", a slash, "such as", "e.g.", "like", "one of", "either", "any of"), no bare bracket or "including". */
const CHOICE = /\b(?:or|either|one of|any of|such as|e\.g|like)\b|[\w+#]\s*\/\s*[\w+#]/i;
const cue = process.argv.includes('--choice') ? CHOICE : CUE;

/** The parts of a posting requirementItems reads (lib/requirements/items.ts). */
function readParts(posting: Posting): PostingSection[] {
  const asked = posting.sections.filter((s) => s.kind === 'requirements' || s.kind === 'preferred');
  return asked.length === 0 ? posting.sections.filter((s) => s.kind !== 'benefits') : posting.sections.filter((s) => ['requirements', 'preferred', 'other', 'responsibilities'].includes(s.kind));
}

interface Line {
  id: number;
  sec: number;
  start: number;
  kind: string;
  heading: string;
  line: string;
  skills: string[];
}

interface Read {
  lines: Line[];
  /** The any-of groups the code gives for a line, by `sec:start`. */
  got: Map<string, string[][]>;
  /** The same with options in words (`term:…`) kept. */
  raw: Map<string, string[][]>;
}

function read(id: number): Read {
  const text = texts.get(id);
  if (text === undefined) throw new Error(`${id} is not in the corpus`);
  const posting = postingFromText(text);
  const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
  const parts = new Set(readParts(posting));
  const lines: Line[] = [];
  const got = new Map<string, string[][]>();
  const raw = new Map<string, string[][]>();
  for (const [sec, s] of posting.sections.entries()) {
    for (const u of splitUnits(s.text)) {
      const a = s.offset + u.start;
      const b = s.offset + u.end;
      const groups = items.filter((i) => i.start < b && i.end > a).flatMap((i) => i.groups).map((g) => g.filter((x) => !isTerm(x))).filter((g) => g.length > 1);
      got.set(`${sec}:${u.start}`, groups);
      // (And by the line's text: a judged line is found again where a change to the sections moved it.)
      if (!got.has(`text:${u.text}`)) got.set(`text:${u.text}`, groups);
      raw.set(`${sec}:${u.start}`, items.filter((i) => i.start < b && i.end > a).flatMap((i) => i.groups).filter((g) => g.length > 1));
      if (!parts.has(s) || !cue.test(u.text)) continue;
      const skills = [...new Set(findSkills(matcher, u.text).map((h) => h.skillId))];
      if (skills.length < MIN_SKILLS) continue;
      lines.push({ id, sec, start: u.start, kind: s.kind, heading: s.heading, line: u.text, skills });
    }
  }
  return { lines, got, raw };
}


interface Judged {
  /** The posting's id; none for a line written fresh (`written`). */
  id?: number;
  written?: boolean;
  sec: number;
  start: number;
  line: string;
  expected: string[][];
  got?: string[][];
  verdict?: string;
  note?: string;
}

const judgeFile = arg('--judge');
if (judgeFile) {
  const rows = readFileSync(judgeFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Judged);
  const cache = new Map<number, Read>();
  let expected = 0;
  let found = 0;
  let given = 0;
  let spurious = 0;
  let agree = 0;
  let tight = 0;
  // Apart: the lines drawn from postings and the lines written fresh (`written: true`).
  const part = { drawn: { n: 0, agree: 0, expected: 0, found: 0, given: 0, spurious: 0 }, written: { n: 0, agree: 0, expected: 0, found: 0, given: 0, spurious: 0 } };
  for (const r of rows) {
    let got: string[][] | undefined;
    if (r.written) {
      // A line written fresh, read as one bullet of a requirements part (as test/tools/anyof-probe.ts reads it).
      const posting = postingFromText(`Acme | Engineer | Remote\n\nRequirements:\n- ${r.line}\n`);
      const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
      got = items.flatMap((i) => i.groups).map((g) => g.filter((x) => !isTerm(x))).filter((g) => g.length > 1);
    } else {
      if (!safeSet.has(r.id!)) throw new Error(`${r.id} is not a posting one may tune on`);
      const rd = cache.get(r.id!) ?? read(r.id!);
      cache.set(r.id!, rd);
      // (Or the part of it after a label now read as the heading: "DevOps & Cloud Competencies: …".)
      got = rd.got.get(`${r.sec}:${r.start}`) ?? rd.got.get(`text:${r.line}`) ?? [...rd.got].find(([k]) => k.startsWith('text:') && k.length > 25 && r.line.endsWith(k.slice(5)))?.[1];
    }
    if (got === undefined) throw new Error(`${r.id} ${r.sec}:${r.start} is no line of the posting now`);
    const want = r.expected.filter((g) => g.length > 1);
    const miss = want.filter((w) => !got.some((g) => w.every((id) => g.includes(id))));
    const extra = got.filter((g) => !want.some((w) => w.filter((id) => g.includes(id)).length >= 2));
    // Tight: the group that holds an expected one adds at most one id (the field its examples stand for), as the unit tests ask.
    tight += want.filter((w) => got.some((g) => w.every((id) => g.includes(id)) && g.filter((id) => !w.includes(id)).length <= 1)).length;
    expected += want.length;
    found += want.length - miss.length;
    given += got.length;
    spurious += extra.length;
    const ok = miss.length === 0 && extra.length === 0;
    if (ok) agree++;
    const t = part[r.written ? 'written' : 'drawn'];
    t.n++;
    t.agree += ok ? 1 : 0;
    t.expected += want.length;
    t.found += want.length - miss.length;
    t.given += got.length;
    t.spurious += extra.length;
    r.got = got;
    r.verdict = ok ? 'agree' : [miss.length ? `missed ${JSON.stringify(miss)}` : '', extra.length ? `spurious ${JSON.stringify(extra)}` : ''].filter(Boolean).join('; ');
    if (!ok && process.argv.includes('--show')) console.log(`${r.id} ${r.sec}:${r.start} ${JSON.stringify(r.line)}\n   want ${JSON.stringify(want)} got ${JSON.stringify(got)}${r.note ? `  (${r.note})` : ''}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
  console.log(`${judgeFile}: ${rows.length} lines, agree ${pct(agree, rows.length)} (${agree}); expected any-of groups found ${pct(found, expected)} (${found}/${expected}), tightly ${tight}; given ${given}, spurious ${spurious}`);
  if (part.written.n) for (const [k, t] of Object.entries(part)) console.log(`  ${k}: ${t.n} lines, agree ${pct(t.agree, t.n)} (${t.agree}); expected found ${pct(t.found, t.expected)} (${t.found}/${t.expected}); given ${t.given}, spurious ${t.spurious}`);
  if (process.argv.includes('--write')) writeFileSync(judgeFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
} else {
  const all: Line[] = [];
  const gotOf = new Map<string, string[][]>();
  const rawOf = new Map<string, string[][]>();
  for (const id of safe) {
    const rd = read(id);
    all.push(...rd.lines);
    for (const l of rd.lines) {
      gotOf.set(`${id}:${l.sec}:${l.start}`, rd.got.get(`${l.sec}:${l.start}`)!);
      rawOf.set(`${id}:${l.sec}:${l.start}`, rd.raw.get(`${l.sec}:${l.start}`)!);
    }
  }
  const n = Number(arg('--sample') ?? 0);
  if (process.argv.includes('--all')) {
    // Every line with the code's groups (terms kept out), for finding forms; not for judging blind.
    for (const l of all) console.log(JSON.stringify({ ...l, got: gotOf.get(`${l.id}:${l.sec}:${l.start}`), raw: rawOf.get(`${l.id}:${l.sec}:${l.start}`) }));
  } else if (!n) {
    const withGroup = all.filter((l) => gotOf.get(`${l.id}:${l.sec}:${l.start}`)!.length > 0).length;
    console.log(`${safe.length} postings, ${new Set(all.map((l) => l.id)).size} with candidate lines, ${all.length} lines; the code gives an any-of group on ${withGroup}`);
  } else {
    const exclude = new Set<string>();
    const ex = arg('--exclude');
    // (Several files, comma-separated: every line judged before.)
    if (ex) for (const l of ex.split(',').flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((x) => x.trim())) {
      const r = JSON.parse(l) as Judged;
      exclude.add(`${r.id}:${r.sec}:${r.start}`);
    }
    const pool = all.filter((l) => !exclude.has(`${l.id}:${l.sec}:${l.start}`));
    const rnd = seeded(Number(arg('--seed') ?? 1));
    for (let k = pool.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      [pool[k], pool[j]] = [pool[j]!, pool[k]!];
    }
    for (const l of pool.slice(0, n)) console.log(JSON.stringify(l));
  }
}
