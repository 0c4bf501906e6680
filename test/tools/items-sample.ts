/**
 * `npx tsx test/tools/items-sample.ts IDS --n N --seed S [--skip FILE] [--skills K]`: items to judge blind for
 * test/fixtures/labels/items.jsonl, as its rows were drawn: for N postings drawn (seeded) from the ids in IDS (one a line;
 * not those in --skip), the requirement items the code gives before it asks whether an item asks anything of the
 * candidate (ItemOptions.unfiltered): every item of kind "other" that names no skill, years or degree, and up to K
 * (default 3, drawn) items of kind "skills". Prints one jsonl row a posting ({id, items: [{text, kind?}]}), with no word
 * of whether the code keeps each item: the judge adds `ask` from the text alone, and eval-items.ts says what is kept.
 */
import { readFileSync } from 'node:fs';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';
import { corpusTextsOrExit } from '../bench/corpus';
import { seeded } from './seeded';

const arg = (name: string, dflt: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : dflt);
const readIds = (file: string) => readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => /^\d+$/.test(l)).map(Number);
const skip = new Set(process.argv.includes('--skip') ? readIds(arg('--skip', '')) : []);
const pool = readIds(process.argv[2]!).filter((id) => !skip.has(id));
const n = Number(arg('--n', '40'));
const perPosting = Number(arg('--skills', '3'));
const rand = seeded(Number(arg('--seed', '1')));
const draw = <T>(xs: T[], k: number): T[] => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
};
const texts = corpusTextsOrExit();
const { taxonomy, matcher } = bundled();
const engine: Engine = { taxonomy, matcher };
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
for (const id of draw(pool, n).sort((a, b) => a - b)) {
  const text = texts.get(id);
  if (text === undefined) throw new Error(`${id} is not in the corpus`);
  const posting = postingFromText(text);
  const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo: (s) => taxonomy.byId.get(s), unfiltered: true });
  const other = items.filter((i) => i.kind === 'other' && i.groups.length === 0).map((i) => ({ text: squash(i.text) }));
  const skills = items.filter((i) => i.kind === 'skills');
  const picked = new Set(draw(skills, perPosting));
  const out = [...other, ...skills.filter((i) => picked.has(i)).map((i) => ({ text: squash(i.text), kind: 'skills' as const }))];
  const seen = new Set<string>();
  const unique = out.filter((i) => !seen.has(i.text) && seen.add(i.text));
  if (unique.length) console.log(JSON.stringify({ id, items: unique }));
}
