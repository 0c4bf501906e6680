/**
 * `npx tsx test/tools/implied-probe.ts [--misses] [FILE]`: what single resume lines show, against a careful hiring
 * reader's judgement written blind (default test/tools/implied-judged-s36.jsonl). Each line is read as the one bullet
 * of a dated role titled plainly "Engineer" (so the title shows no field), through analyzeResume; what it shows is every
 * skill the resume names and everything those imply (Matcher.implied, the closure the match covers with). A row holds
 * `line`, `shows` (skills the reader credits) and `not` (skills the reader would not credit). Prints per line the
 * judged skills not shown and the wrong claims, then totals: recall on `shows`, wrong claims on `not` (issue #12).
 *   --misses  prints only the lines with a miss or a wrong claim
 *   --batch N only the rows of batch N (1: the first, judged before any fix, absent in the file; 2: judged after its fixes)
 */
import { readFileSync } from 'node:fs';
import { analyzeResume, type Engine } from '../../lib/analyze';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';

interface Row {
  n: number;
  role: string;
  line: string;
  shows: string[];
  not: string[];
  /** 1 (the first, absent) or 2 (judged after the first batch's fixes). */
  batch?: number;
}

const args = process.argv.slice(2);
const missesOnly = args.includes('--misses');
const batchAt = args.indexOf('--batch');
const batch = batchAt >= 0 ? Number(args[batchAt + 1]) : null;
const file = args.find((a, i) => !a.startsWith('--') && i !== batchAt + 1) ?? `${ROOT}test/tools/implied-judged-s36.jsonl`;
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => batch === null || (r.batch ?? 1) === batch);

const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const TODAY = new Date('2026-12-03T12:00:00Z');

/** Every skill one resume line shows: those named, and all they imply. */
function shown(line: string): { named: Set<string>; all: Set<string> } {
  const text = `Ines Varga\n\nExperience\nEngineer, Ostrowind Labs, 2019 - Present\n- ${line}\n`;
  const named = new Set(analyzeResume(engine, 'cv', text, TODAY).skills.map((s) => s.id));
  const all = new Set(named);
  for (const id of named) for (const j of matcher.implied.get(id) ?? []) all.add(j);
  return { named, all };
}

let judged = 0;
let got = 0;
let notJudged = 0;
let wrong = 0;
let clean = 0;
for (const r of rows) {
  const { named, all } = shown(r.line);
  const missed = r.shows.filter((id) => !all.has(id));
  const claimed = r.not.filter((id) => all.has(id));
  judged += r.shows.length;
  got += r.shows.length - missed.length;
  notJudged += r.not.length;
  wrong += claimed.length;
  if (!missed.length && !claimed.length) clean++;
  if (missesOnly && !missed.length && !claimed.length) continue;
  const implied = [...all].filter((id) => !named.has(id));
  console.log(`${String(r.n).padStart(3)} ${r.line}`);
  console.log(`      named: ${[...named].join(', ') || '-'}${implied.length ? `  | implied: ${implied.join(', ')}` : ''}`);
  if (missed.length) console.log(`      MISSED: ${missed.join(', ')}`);
  if (claimed.length) console.log(`      WRONG:  ${claimed.join(', ')}`);
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`\n${rows.length} lines, ${clean} read entirely as judged`);
console.log(`shown recall: ${got}/${judged} (${pct(got, judged)}%)`);
console.log(`wrong claims: ${wrong}/${notJudged} (${pct(wrong, notJudged)}%)`);
