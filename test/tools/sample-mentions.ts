/**
 * `npx tsx test/tools/sample-mentions.ts [--ids FILE] [--seed N] [--n N] [--sample K] [--judged FILE] [--draw | --score]`:
 * precision of skill extraction on postings nobody labelled, measured by hand.
 *
 * The extraction is the eval's (test/bench/labelled.ts `extract`: the matcher, then the context rules, then the
 * shipped model if any). A unit is what the eval's precision counts: a distinct skill emitted for a posting,
 * shown with its first mention's sentence (and how many more mentions it has).
 *
 *  - `--draw`: a seeded uniform random sample of `--n` units over every (posting, skill) the extraction emits for the
 *    postings FILE lists (one corpus id a line: ../shared/fixtures/corpus/hn-2026.jsonl; default
 *    test/tools/fp-ids.txt: 660 postings in no label file, not in hn-dev, no repost of a report row), leaving out
 *    units already in the judged file. Prints them as JSONL with `sample: K` and an empty verdict, to be judged
 *    by ../shared/LABELLING.md and appended to the judged file.
 *  - `--score` (the default): reads the judged file (test/tools/fp-judged.jsonl; each line
 *    { sample, id, skill, form, sentence, verdict: "ok" | "fp", class?, note? }) and prints, per sample, the
 *    precision of the judgements with a 95% Wilson interval, the false positives by class, and which judged units
 *    the current extraction no longer emits (a dropped "ok" is a recall loss; a dropped "fp" a fix).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../bench/labelled';
import { sharedPath } from '../helpers';
import { seeded, wilson } from './seeded';

interface Judged {
  sample: number;
  id: number;
  skill: string;
  form: string;
  mentions: number;
  sentence: string;
  verdict: 'ok' | 'fp' | '';
  class?: string;
  note?: string;
  /** The first verdict, where it was changed to the project's convention. */
  first?: 'ok' | 'fp';
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const idsFile = opt('--ids', join(import.meta.dirname, 'fp-ids.txt'));
const seed = Number(opt('--seed', '1'));
const n = Number(opt('--n', '250'));
const sampleNo = Number(opt('--sample', '1'));
const judgedFile = opt('--judged', join(import.meta.dirname, 'fp-judged.jsonl'));

const jsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const readJudged = (): Judged[] => {
  try {
    return jsonl<Judged>(judgedFile);
  } catch {
    return [];
  }
};


/** The sentence (or line, or bullet) around [start, end), in one line. */
function sentenceOf(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && text[a - 1] !== '\n' && !(/[.!?]/.test(text[a - 1]!) && /\s/.test(text[a] ?? ' ')) && start - a < 300) a--;
  let b = end;
  while (b < text.length && text[b] !== '\n' && !(/[.!?]/.test(text[b]!) && /\s|$/.test(text[b + 1] ?? '')) && b - end < 300) b++;
  return (text.slice(a, start) + '[[' + text.slice(start, end) + ']]' + text.slice(end, b + 1)).replace(/\s+/g, ' ').trim();
}

/** Every distinct (posting, skill) the extraction emits, with its first mention. */
function units(): Array<Omit<Judged, 'sample' | 'verdict'>> {
  const ids = new Set(readFileSync(idsFile, 'utf8').split(/\s+/).filter(Boolean).map(Number));
  const out: Array<Omit<Judged, 'sample' | 'verdict'>> = [];
  for (const row of jsonl<{ id: number; text: string }>(sharedPath('corpus/hn-2026.jsonl'))) {
    if (!ids.has(row.id)) continue;
    const bySkill = new Map<string, ReturnType<typeof extract>>();
    for (const h of extract(row.text)) bySkill.set(h.skillId, [...(bySkill.get(h.skillId) ?? []), h]);
    for (const [skill, hs] of bySkill) out.push({ id: row.id, skill, form: hs[0]!.text, mentions: hs.length, sentence: sentenceOf(row.text, hs[0]!.start, hs[0]!.end) });
  }
  return out;
}


const key = (u: { id: number; skill: string }) => `${u.id} ${u.skill}`;
const all = units();

if (args.includes('--draw')) {
  const taken = new Set(readJudged().map(key));
  const pool = all.filter((u) => !taken.has(key(u)));
  const r = seeded(seed);
  // Fisher–Yates on the pool, then the first n.
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  for (const u of pool.slice(0, n)) console.log(JSON.stringify({ sample: sampleNo, ...u, verdict: '' }));
  console.error(`${Math.min(n, pool.length)} of ${pool.length} units (${all.length} emitted, ${taken.size} already judged), seed ${seed}`);
} else {
  const now = new Set(all.map(key));
  const judged = readJudged().filter((j) => j.verdict);
  const f = (x: number) => x.toFixed(3);
  console.log(`${all.length} (posting, skill) units emitted now over the postings of ${idsFile}`);
  for (const s of [...new Set(judged.map((j) => j.sample))].sort()) {
    const js = judged.filter((j) => j.sample === s);
    const ok = js.filter((j) => j.verdict === 'ok').length;
    const [lo, hi] = wilson(ok, js.length);
    console.log(`sample ${s}: ${js.length} judged when drawn — precision ${f(ok / js.length)} (95% ${f(lo)}–${f(hi)})`);
    // Judgements changed later (to the project's convention, or a judging error) keep their first verdict in `first`.
    const firstOk = js.filter((j) => (j.first ?? j.verdict) === 'ok').length;
    if (js.some((j) => j.first)) console.log(`  as first judged (before ${js.filter((j) => j.first).length} were re-judged: the project's convention or a judging error, see their notes): precision ${f(firstOk / js.length)}`);
    const classes = new Map<string, number>();
    for (const j of js) if (j.verdict === 'fp') classes.set(j.class ?? '?', (classes.get(j.class ?? '?') ?? 0) + 1);
    console.log('  false positives by class: ' + [...classes].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', '));
    const kept = js.filter((j) => now.has(key(j)));
    const keptOk = kept.filter((j) => j.verdict === 'ok').length;
    const [klo, khi] = wilson(keptOk, kept.length);
    const droppedFp = js.filter((j) => j.verdict === 'fp' && !now.has(key(j)));
    const droppedOk = js.filter((j) => j.verdict === 'ok' && !now.has(key(j)));
    console.log(`  still emitted now: ${kept.length} — precision ${f(keptOk / kept.length)} (95% ${f(klo)}–${f(khi)}); dropped ${droppedFp.length} false positives, ${droppedOk.length} correct`);
    for (const j of droppedOk) console.log(`    dropped correct: ${j.id} ${j.skill} ← ${j.sentence.slice(0, 140)}`);
    if (args.includes('--fp')) for (const j of kept.filter((k) => k.verdict === 'fp')) console.log(`    still emitted fp (${j.class}): ${j.id} ${j.skill} ← ${j.sentence.slice(0, 160)}`);
  }
}
