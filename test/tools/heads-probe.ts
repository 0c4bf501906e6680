/**
 * `npx tsx test/tools/heads-probe.ts [--misses] [FILE]`: lists whose items share one head noun written only after the
 * last item ("unit and integration tests"), against a careful reader's judgement written blind (default
 * test/tools/heads-judged-s37.jsonl). Each row holds `text` (one sentence), `expect` (skills the reader counts) and
 * `not` (skills the reader would not count). Reads each sentence with findSkills; prints per row the expected skills
 * not found and the wrong ones, then totals: recall on `expect`, wrong hits on `not` (issue #13).
 *   --misses  prints only the rows with a miss or a wrong hit
 */
import { readFileSync } from 'node:fs';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';

interface Row {
  n: number;
  text: string;
  expect: string[];
  not: string[];
}

const args = process.argv.slice(2);
const missesOnly = args.includes('--misses');
const file = args.find((a) => !a.startsWith('--')) ?? `${ROOT}test/tools/heads-judged-s37.jsonl`;
const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const { matcher } = bundled();
let judged = 0;
let got = 0;
let notJudged = 0;
let wrong = 0;
for (const r of rows) {
  const found = new Set(findSkills(matcher, r.text).map((h) => h.skillId));
  const missed = r.expect.filter((id) => !found.has(id));
  const bad = r.not.filter((id) => found.has(id));
  judged += r.expect.length;
  got += r.expect.length - missed.length;
  notJudged += r.not.length;
  wrong += bad.length;
  if (missesOnly && !missed.length && !bad.length) continue;
  const extra = [...found].filter((id) => !r.expect.includes(id) && !r.not.includes(id));
  console.log(`${r.n}. ${r.text}\n   missed: ${missed.join(', ') || '-'}  wrong: ${bad.join(', ') || '-'}  unjudged: ${extra.join(', ') || '-'}`);
}
console.log(`recall ${got}/${judged} (${((100 * got) / judged).toFixed(1)}%), wrong ${wrong} of ${notJudged} judged not, ${rows.length} rows`);
