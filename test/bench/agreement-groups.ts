/**
 * `npx tsx test/bench/agreement-groups.ts`: how far two human labellers agree on the any-of skill groups of the same
 * report postings (issue #12's target: 90% of any-of groups found), scored as `npm run eval:requirements` scores the
 * extension: a labelled group is found when some group of the other side holds every one of its skills.
 *  - second labeller vs first: test/fixtures/labels/requirements-second.jsonl (labelled blind, session 30) against the
 *    first labeller's `groups` in test/fixtures/labels/requirements.jsonl;
 *  - first vs second: the same the other way round;
 *  - the extension vs each labeller, on the same postings (figures only, never its errors: the report part is not tuned on).
 * It tells how much of the extension's gap on the report part is the labels' own disagreement.
 * Prints "skipped" and exits 0 without ../shared (1 under CI=true).
 */
import { existsSync, readFileSync } from 'node:fs';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm, termText } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, SHARED } from '../helpers';

const corpusFile = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
if (!existsSync(corpusFile)) {
  console.error('skipped: ../shared/fixtures/corpus/hn-2026.jsonl not found');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
interface Row { id: number; split: string; groups: string[][] }
const jsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
const first = new Map(jsonl<Row>(`${ROOT}test/fixtures/labels/requirements.jsonl`).filter((r) => r.split === 'report').map((r) => [r.id, r]));
const second = jsonl<Row>(`${ROOT}test/fixtures/labels/requirements-second.jsonl`);
const texts = new Map(jsonl<{ id: number; text: string }>(corpusFile).map((c) => [c.id, c.text]));

const { taxonomy, matcher } = bundled();
/** A name the taxonomy does not know, as eval-requirements.ts keys it: lowercased, words joined by "-", a final plural "s" dropped. */
const unknownKey = (words: string): string => `?${words.toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-|-$/g, '').replace(/(?<=[a-z]{3})s$/, '')}`;
const key = (id: string) => (taxonomy.byId.has(id) ? id : isTerm(id) ? unknownKey(termText(id)) : unknownKey(id));
const norm = (groups: string[][]) => groups.map((g) => g.map(key));

function found(want: string[][], given: string[][]): { found: number; of: number } {
  let n = 0;
  for (const w of want) if (given.some((g) => w.every((id) => g.includes(id)))) n++;
  return { found: n, of: want.length };
}
const sum = (xs: Array<{ found: number; of: number }>) => xs.reduce((a, b) => ({ found: a.found + b.found, of: a.of + b.of }), { found: 0, of: 0 });
const pct = (x: { found: number; of: number }) => `${x.of ? ((100 * x.found) / x.of).toFixed(0) : 'n/a'}% (${x.found}/${x.of})`;

const engine = { taxonomy, matcher };
const code = (id: number): string[][] => {
  const p = postingFromText(texts.get(id) ?? '', `https://news.ycombinator.com/item?id=${id}`, 'text');
  return norm(requirementItems(p, askedFinder(engine, p), { skillInfo: (s) => taxonomy.byId.get(s) }).flatMap((i) => i.groups).filter((g) => g.length > 1));
};

const rows = second.filter((r) => first.has(r.id));
const missing = second.filter((r) => !first.has(r.id)).map((r) => r.id);
if (missing.length) throw new Error(`requirements-second.jsonl: not report rows of requirements.jsonl: ${missing.join(', ')}`);
const a = rows.map((r) => norm(first.get(r.id)!.groups));
const b = rows.map((r) => norm(r.groups));
const c = rows.map((r) => code(r.id));
console.log(`any-of groups on ${rows.length} report postings labelled twice (first labeller ${sum(a.map((g) => ({ found: 0, of: g.length }))).of} groups, second ${sum(b.map((g) => ({ found: 0, of: g.length }))).of})`);
console.log(`  the second labeller finds the first's groups:   ${pct(sum(a.map((w, i) => found(w, b[i]!))))}`);
console.log(`  the first labeller finds the second's groups:   ${pct(sum(b.map((w, i) => found(w, a[i]!))))}`);
console.log(`  the extension finds the first's groups:         ${pct(sum(a.map((w, i) => found(w, c[i]!))))}`);
console.log(`  the extension finds the second's groups:        ${pct(sum(b.map((w, i) => found(w, c[i]!))))}`);
console.log(`  groups both labellers gave (either way), found by the extension: ${pct(sum(a.map((w, i) => found(w.filter((g) => b[i]!.some((h) => g.every((id) => h.includes(id)) || h.every((id) => g.includes(id)))), c[i]!))))}`);
