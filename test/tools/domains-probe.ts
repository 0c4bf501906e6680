/**
 * `npx tsx test/tools/domains-probe.ts [FILE]`: each line of FILE (default test/tools/domains-judged-s36.jsonl: requirement
 * lines written fresh, `{ line, expected, case }`) read as one bullet of a posting's requirements part; compares the
 * groups of industries the code gives with the groups judged (blind, from the text alone) and prints a verdict a line
 * and the agreement, asks and counter-examples apart (issue #12). Only industry ids are compared: the other skills a
 * line names are the skills reader's business.
 * `--match FILE` (test/tools/domains-match-judged-s36.jsonl: `{ ask, resume, want }`, written fresh and judged blind): the
 * verdict of each ask against its resume, read end to end, and the agreement.
 */
import { readFileSync } from 'node:fs';
import { analyzePosting, analyzeResume, matchResume } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { bullet, engine, TODAY } from '../unit/readers';
import { ROOT } from '../helpers';

/** The taxonomy's industries: the ids an industry asked is read as. */
const INDUSTRY = new Set(['fintech', 'payments', 'insurtech', 'telecommunications', 'health-tech', 'ecommerce', 'edtech', 'govtech', 'game-development', 'marketplaces', 'advertising', 'adtech', 'logistics-tech', 'energy-systems', 'climate-tech', 'automotive', 'aerospace-defense', 'media-entertainment', 'proptech', 'legaltech', 'biotech', 'travel-hospitality', 'manufacturing', 'robotics', 'agtech', 'cryptocurrency']);
const matchAt = process.argv.indexOf('--match');
if (matchAt >= 0) {
  let agree = 0;
  const rows = readFileSync(process.argv[matchAt + 1]!, 'utf8').split('\n').filter((l) => l.trim());
  for (const raw of rows) {
    const { ask, resume, want } = JSON.parse(raw) as { ask: string; resume: string; want: string };
    const a = analyzePosting(engine, postingFromText(`Larchmont | Engineer | Remote\n\nRequirements:\n- ${ask}\n`));
    const v = matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
    if (v.verdict === want) agree++;
    console.log(`${v.verdict === want ? 'ok ' : 'BAD'} ${ask} | ${resume.split('\n')[1]} => ${v.verdict}${v.verdict === want ? '' : ` (want ${want})`}`);
  }
  console.log(`match: ${agree}/${rows.length} agree`);
  process.exit(0);
}
const file = process.argv[2] ?? `${ROOT}test/tools/domains-judged-s36.jsonl`;
const norm = (gs: string[][]) => JSON.stringify(gs.map((g) => [...g].sort()).sort((a, b) => a.join().localeCompare(b.join())));
const tally: Record<string, [number, number]> = {};
for (const raw of readFileSync(file, 'utf8').split('\n')) {
  if (!raw.trim()) continue;
  const { line, expected, case: c } = JSON.parse(raw) as { line: string; expected: string[][]; case: string };
  const items = bullet(line);
  const groups = items.flatMap((i) => i.replace(/^\w+: ?/, '').split(' & ').filter(Boolean).map((g) => g.split('|')));
  const got = groups.map((g) => g.filter((id) => INDUSTRY.has(id))).filter((g) => g.length > 0);
  const ok = norm(got) === norm(expected);
  const t = (tally[c] ??= [0, 0]);
  t[1]++;
  if (ok) t[0]++;
  console.log(`${ok ? 'ok ' : 'BAD'} ${line}\n   got ${items.join(' / ') || '(no item)'}${ok ? '' : `\n   want ${JSON.stringify(expected)}`}`);
}
for (const [c, [a, n]] of Object.entries(tally)) console.log(`${c}: ${a}/${n} agree`);
