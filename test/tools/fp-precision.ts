/**
 * `npx tsx test/tools/fp-precision.ts [--draw [--seed N] [--n N] [--pool FILE [--skip-postings JUDGED]]] [--judged FILE [--sample NAME]]`: a fresh precision probe of skill
 * extraction, on mentions nobody tuned on, judged by hand (session 34, issue #13).
 *
 * The pool: tune-safe corpus postings (`test/tools/safe-ids.ts`) that carry no skill labels (not in hn-dev,
 * hn-skills.jsonl or hn-skills-second.jsonl) and that no earlier precision sample judged (no id of
 * test/tools/fp-judged.jsonl or of any fp-judged-sNN.jsonl). (`safe-ids.ts --unlabelled` alone leaves 29 postings and 90 mentions, too few.)
 * The extraction is the eval's (test/bench/labelled.ts `extract`).
 *
 *  - `--draw`: a seeded uniform sample of `--n` mentions (hits) over every mention the extraction emits on the pool,
 *    printed with the words around each, to be judged by ../shared/LABELLING.md (is this mention a skill the posting
 *    asks of the candidate?). The judged file keeps ids, offsets, skill, verdict and a class for a false positive:
 *    no posting text.
 *  - the default: re-scores the judged file (test/tools/fp-judged-s34.jsonl): the precision as judged when drawn
 *    (95% Wilson interval), the false positives by class, and now: which judged mentions the extraction still emits
 *    (the precision among them), which it dropped (a dropped "ok" is a recall loss), and how many mentions it emits
 *    now on the sampled postings at offsets nobody judged (not in the figures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../bench/labelled';
import { sharedPath } from '../helpers';
import { seeded, wilson } from './seeded';

interface Judged {
  id: number;
  start: number;
  end: number;
  skill: string;
  verdict: 'ok' | 'fp' | '';
  class?: string;
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const judgedFile = opt('--judged', join(import.meta.dirname, 'fp-judged-s34.jsonl'));
const jsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const corpus = jsonl<{ id: number; text: string }>(sharedPath('corpus/hn-2026.jsonl'));
const key = (j: { id: number; start: number; end: number; skill: string }) => `${j.id} ${j.start} ${j.end} ${j.skill}`;

const f = (x: number) => x.toFixed(3);

if (args.includes('--draw')) {
  const { execFileSync } = await import('node:child_process');
  const safe = new Set(execFileSync('npx', ['tsx', join(import.meta.dirname, 'safe-ids.ts')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(/\s+/).filter(Boolean).map(Number));
  const labels = join(import.meta.dirname, '../fixtures/labels');
  const skillLabelled = new Set([...jsonl<{ id: number }>(join(labels, 'hn-skills.jsonl')), ...jsonl<{ id: number }>(join(labels, 'hn-skills-second.jsonl')), ...jsonl<{ id: number }>(sharedPath('eval/hn-dev.jsonl'))].map((r) => r.id));
  // Every earlier probe's postings are left out (fp-judged.jsonl and each session's fp-judged-sNN.jsonl or -sNNb.jsonl: a
  // second batch's letter was not read before session 39, so its mentions could be drawn again), so a new
  // draw never meets a posting someone has already read for this.
  const earlier = readdirSync(import.meta.dirname).filter((f) => /^fp-judged(-s\d+[a-z]?)?\.jsonl$/.test(f));
  const judgedRows = earlier.flatMap((f) => jsonl<{ id: number; start?: number; end?: number; skill: string }>(join(import.meta.dirname, f)));
  const judgedBefore = new Set(judgedRows.map((r) => r.id));
  // --pool FILE (session 37): the postings are the file's ids (one a line, still only tune-safe ones with no skill
  // labels), read again by earlier probes or not; what is left out is each mention an earlier probe judged (the same
  // offsets and skill, or the same skill in the posting for fp-judged.jsonl, which kept no offsets), and with
  // --skip-postings FILE every posting of that judged file (a second batch on postings the first did not read).
  const poolFile = opt('--pool', '');
  const poolIds = poolFile ? new Set(readFileSync(poolFile, 'utf8').split(/\s+/).filter(Boolean).map(Number)) : undefined;
  const skipFile = opt('--skip-postings', '');
  const skipIds = new Set(skipFile ? jsonl<{ id: number }>(skipFile).map((r) => r.id) : []);
  const judgedKeys = new Set(judgedRows.map((r) => (r.start === undefined ? `${r.id} ${r.skill}` : key(r as Judged))));
  const pool: Array<{ id: number; start: number; end: number; skill: string; form: string; text: string }> = [];
  let postings = 0;
  let skipped = 0;
  for (const row of corpus) {
    if (!safe.has(row.id) || skillLabelled.has(row.id) || skipIds.has(row.id)) continue;
    if (poolIds ? !poolIds.has(row.id) : judgedBefore.has(row.id)) continue;
    postings++;
    for (const h of extract(row.text)) {
      const m = { id: row.id, start: h.start, end: h.end, skill: h.skillId };
      if (poolIds && (judgedKeys.has(key(m)) || judgedKeys.has(`${row.id} ${h.skillId}`))) {
        skipped++;
        continue;
      }
      pool.push({ ...m, form: h.text, text: row.text });
    }
  }
  const r = seeded(Number(opt('--seed', '34')));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const n = Number(opt('--n', '150'));
  for (const u of pool.slice(0, n)) {
    // The words around the mention, for the judge's eyes only (never saved).
    const ctx = (u.text.slice(Math.max(0, u.start - 160), u.start) + '[[' + u.text.slice(u.start, u.end) + ']]' + u.text.slice(u.end, u.end + 120)).replace(/\s+/g, ' ');
    console.log(JSON.stringify({ id: u.id, start: u.start, end: u.end, skill: u.skill, form: u.form, verdict: '' }) + '\t' + ctx);
  }
  const drawn = new Set(pool.slice(0, n).map((u) => u.id)).size;
  console.error(`${Math.min(n, pool.length)} of ${pool.length} mentions over ${postings} postings (${drawn} in the sample)${poolIds ? `; ${skipped} judged before, left out` : ''}`);
} else {
  // --sample NAME (session 38): one batch of a judged file alone ("uniform" is the first batch, "second" the carry-over read).
  const sample = opt('--sample', '');
  const judged = jsonl<Judged & { sample?: string }>(judgedFile).filter((j) => j.verdict && (!sample || j.sample === sample));
  const ids = new Set(judged.map((j) => j.id));
  const now = new Set<string>();
  for (const row of corpus) if (ids.has(row.id)) for (const h of extract(row.text)) now.add(key({ id: row.id, start: h.start, end: h.end, skill: h.skillId }));
  const ok = judged.filter((j) => j.verdict === 'ok').length;
  const [lo, hi] = wilson(ok, judged.length);
  console.log(`${judged.length} mentions judged when drawn, over ${ids.size} postings — precision ${f(ok / judged.length)} (95% ${f(lo)}–${f(hi)})`);
  const classes = new Map<string, number>();
  for (const j of judged) if (j.verdict === 'fp') classes.set(j.class ?? '?', (classes.get(j.class ?? '?') ?? 0) + 1);
  console.log('  false positives by class: ' + [...classes].sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', '));
  const kept = judged.filter((j) => now.has(key(j)));
  const keptOk = kept.filter((j) => j.verdict === 'ok').length;
  const [klo, khi] = wilson(keptOk, kept.length);
  const droppedFp = judged.filter((j) => j.verdict === 'fp' && !now.has(key(j))).length;
  const droppedOk = judged.filter((j) => j.verdict === 'ok' && !now.has(key(j)));
  console.log(`  still emitted now: ${kept.length} — precision ${f(keptOk / kept.length)} (95% ${f(klo)}–${f(khi)}); dropped ${droppedFp} false positives, ${droppedOk.length} correct`);
  for (const j of droppedOk) console.log(`    dropped correct: ${j.id} ${j.start}-${j.end} ${j.skill}`);
  const judgedKeys = new Set(judged.map(key));
  console.log(`  emitted now on these postings at offsets not judged (not scored): ${[...now].filter((k) => !judgedKeys.has(k)).length}`);
}
