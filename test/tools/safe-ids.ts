/**
 * `npx tsx test/tools/safe-ids.ts [--unlabelled]`: the corpus postings one may tune on (mine for
 * vocabulary, forms, probes): every id of ../shared/fixtures/corpus/hn-2026.jsonl that is not a
 * report row of any label file, not hn-dev's report counterpart, and not a repost (more than half
 * its word pairs shared) of a report row. With --unlabelled, also not a row of any label file or
 * of hn-dev. Prints one id a line; the count to stderr.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers';

const jsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const corpus = jsonl<{ id: number; text: string }>(sharedPath('corpus/hn-2026.jsonl'));
const dev = new Set(jsonl<{ id: number }>(sharedPath('eval/hn-dev.jsonl')).map((r) => r.id));
const dir = join(import.meta.dirname, '../fixtures/labels');
const rows = ['hn-skills.jsonl', 'hn-skills-second.jsonl', 'items.jsonl', 'requirements.jsonl', 'sections.jsonl'].flatMap((f) =>
  jsonl<{ id: number; split: string }>(join(dir, f)),
);
const report = new Set(rows.filter((r) => r.split === 'report').map((r) => r.id));
const labelled = new Set([...rows.map((r) => r.id), ...dev]);
const pairs = (t: string): Set<string> => {
  const w = t.toLowerCase().match(/\w+/g) ?? [];
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};
const text = new Map(corpus.map((c) => [c.id, c.text]));
const reportPairs = [...report].map((id) => pairs(text.get(id) ?? ''));
const out: number[] = [];
for (const c of corpus) {
  if (report.has(c.id) || (process.argv.includes('--unlabelled') && labelled.has(c.id))) continue;
  const p = pairs(c.text);
  const repost = reportPairs.some((r) => {
    let shared = 0;
    for (const x of p) if (r.has(x)) shared++;
    return shared / (p.size + r.size - shared || 1) > 0.5;
  });
  if (!repost) out.push(c.id);
}
console.log(out.join('\n'));
console.error(`${out.length} of ${corpus.length} postings are safe to tune on`);
