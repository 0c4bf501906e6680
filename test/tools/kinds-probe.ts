/**
 * `npx tsx test/tools/kinds-probe.ts [--misses] [FILE]`: requirement kinds and posting facts on single requirement lines
 * labelled blind (default test/tools/kinds-judged-s35.jsonl). Each line is read as one bullet under a "Requirements:"
 * heading of a posting that holds nothing else, through the path eval-requirements.ts takes (postingFromText,
 * requirementItems with askedFinder, postingFacts). A row holds `text` (a line written fresh) or a corpus posting's `id`,
 * `line` (its index in the text split at newlines) and `sha` (sha1 of the line, 12 hex digits): a corpus line is read from
 * ../shared and never stored. A row with `whole: true` holds a short posting written fresh (its `text` with its own lines
 * and headings), read as it stands: where in a posting an ask sits (a line of its own, the part about the company, the
 * header line). Prints per kind and per fact: labelled and found, and given where not labelled (issue #12).
 *   --misses  lists every line the code reads otherwise than its label
 *   --batch N only the rows of batch N (1: the first, labelled before any fix; 2, 3, 4: each labelled after the fixes of the one before)
 *   --prose   reads each line as a paragraph of a posting with no headings instead (after a header line and a sentence
 *             about the company)
 *   --postings reads the whole corpus posting of each drawn row instead (once per posting): what it asks is every kind its
 *             labelled lines ask (a line of any batch with the same text counts, as batches 9 and 10 left out the texts an
 *             earlier batch holds), its sponsorship the first labelled one; years are left out (the nets that drew the lines
 *             were not for years). Per kind: postings labelled and found, given where not labelled.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';
import { corpusTextsOrExit } from '../bench/corpus';
import { ROOT } from '../helpers';

interface Row {
  n: number;
  text?: string;
  id?: number;
  line?: number;
  sha?: string;
  kinds: string[];
  sponsorship: boolean | null;
  degree: { level: string; required: boolean } | null;
  clearance: boolean;
  yearsMin: number | null;
  note?: string;
  /** The text is a whole posting, read as it stands (no "Requirements:" heading added; --prose leaves it alone). */
  whole?: boolean;
  /** 1 (the first, absent), or the batch labelled after the fixes of batch - 1 (2, 3, 4). */
  batch?: number;
}

const KINDS = ['years', 'degree', 'clearance', 'authorization', 'language'] as const;
const FACTS = ['sponsorship', 'degree', 'clearance', 'yearsMin'] as const;

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
// --prose: each line as a paragraph of a posting with no headings, after its header line and a sentence about the
// company, as most HN postings write their asks (the labels hold either way).
const prose = args.includes('--prose');
// --batch N: only the rows of one batch (a batch written and labelled blind after the fixes of the one before).
const batchAt = args.indexOf('--batch');
const batch = batchAt >= 0 ? Number(args[batchAt + 1]) : null;
const file = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--batch') ?? `${ROOT}test/tools/kinds-judged-s35.jsonl`;
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => batch === null || (r.batch ?? 1) === batch);
const texts = rows.some((r) => r.text === undefined) ? corpusTextsOrExit() : new Map<number, string>();
// --postings: whole corpus postings, each read once, against the union of its labelled lines.
const byPosting = args.includes('--postings');

const { taxonomy, matcher } = bundled();
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);

/** The line a row stands for: its own text, or the corpus posting's line whose hash it holds. */
function lineOf(r: Row): string {
  if (r.text !== undefined) return r.text;
  const line = texts.get(r.id!)?.split('\n')[r.line!];
  if (line === undefined || createHash('sha1').update(line).digest('hex').slice(0, 12) !== r.sha) throw new Error(`row ${r.n}: corpus line ${r.id}:${r.line} is not the one labelled`);
  return line;
}

interface Tally {
  labelled: number;
  found: number;
  /** Given where the label has none (a kind not labelled, a fact labelled null), or given with another value. */
  extra: number;
}
const tally = (): Tally => ({ labelled: 0, found: 0, extra: 0 });
const kinds = Object.fromEntries(KINDS.map((k) => [k, tally()])) as Record<(typeof KINDS)[number], Tally>;
const facts = Object.fromEntries(FACTS.map((f) => [f, tally()])) as Record<(typeof FACTS)[number], Tally>;
const misses: string[] = [];

if (byPosting) {
  // Every labelled corpus line of the file, by its text: a posting's line whose text any batch labelled is labelled.
  const all = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => JSON.parse(l) as Row).filter((r) => r.text === undefined);
  const labelOf = new Map(all.map((r) => [lineOf(r).trim(), r]));
  const ids = [...new Set(rows.filter((r) => r.text === undefined).map((r) => r.id!))];
  const asked = ['degree', 'clearance', 'authorization', 'language'] as const;
  const t = Object.fromEntries([...asked, 'sponsorship'].map((k) => [k, tally()])) as Record<string, Tally>;
  const wrongs: string[] = [];
  for (const id of ids) {
    const text = texts.get(id)!;
    const labelled = text.split('\n').map((l) => labelOf.get(l.trim())).filter((r): r is Row => r !== undefined);
    // A header line's fields ask as the same words in the body do ("Acme | Remote (US) | No visa sponsorship" asks the
    // right to work: session 38's convention, requirements.jsonl's tune rows relabelled to it).
    const want = new Set(labelled.flatMap((r) => r.kinds));
    const sponsorship = labelled.find((r) => r.sponsorship !== null)?.sponsorship ?? null;
    const posting = postingFromText(text);
    const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
    const given = new Set<string>(items.flatMap((i) => [i.kind, ...(i.degree ? ['degree'] : [])]));
    const got = postingFacts(posting).sponsorship;
    const wrong: string[] = [];
    for (const k of asked) {
      if (want.has(k)) t[k]!.labelled++;
      if (want.has(k) && given.has(k)) t[k]!.found++;
      if (given.has(k) && !want.has(k)) t[k]!.extra++;
      if (want.has(k) !== given.has(k)) wrong.push(`kind ${k} ${given.has(k) ? `given, not labelled: ${items.filter((i) => i.kind === k || (k === 'degree' && i.degree)).map((i) => JSON.stringify(i.text.slice(0, 120))).join(' ')}` : 'labelled, not given'}`);
    }
    if (sponsorship !== null) t.sponsorship!.labelled++;
    if (sponsorship !== null && got === sponsorship) t.sponsorship!.found++;
    if (got !== null && got !== sponsorship) t.sponsorship!.extra++;
    if (got !== sponsorship) wrong.push(`sponsorship: got ${got}, want ${sponsorship}`);
    if (wrong.length) wrongs.push(`${id} (${labelled.length} labelled lines)\n    ${wrong.join('\n    ')}`);
  }
  const pc = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : 'n/a');
  console.log(`${ids.length} whole postings`);
  console.log('  kind / fact     found / labelled       given, not labelled (or wrong)');
  for (const k of [...asked, 'sponsorship']) console.log(`  ${k.padEnd(14)}  ${pc(t[k]!.found, t[k]!.labelled).padStart(4)} (${t[k]!.found}/${t[k]!.labelled})`.padEnd(40) + `${t[k]!.extra}`);
  console.log(`  postings read wholly as labelled: ${ids.length - wrongs.length}/${ids.length}`);
  if (showMisses) for (const w of wrongs) console.log(w);
  process.exit(0);
}

for (const r of rows) {
  const line = lineOf(r);
  // One bullet under a requirements heading: the line's own bullet mark, if any, gives way to the posting's.
  const bare = line.trim().replace(/^(?:[*\u2022\u25cf-]|\d+\.)\s+/, '');
  const posting = postingFromText(r.whole ? `${line.trim()}\n` : prose ? `Acme | Software Engineer | Full-time\n\nWe make scheduling software for clinics.\n\n${bare}\n` : `Requirements:\n• ${bare}\n`);
  const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
  // As eval-requirements.ts counts them: an item asks its kind, and years or a degree it holds.
  const given = new Set<string>(items.flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]));
  const got = postingFacts(posting);
  const wrong: string[] = [];
  for (const k of KINDS) {
    const want = r.kinds.includes(k);
    const has = given.has(k);
    if (want) kinds[k].labelled++;
    if (want && has) kinds[k].found++;
    if (has && !want) kinds[k].extra++;
    if (want !== has) wrong.push(`kind ${k} ${has ? 'given, not labelled' : 'labelled, not given'}`);
  }
  const gotValue = {
    sponsorship: got.sponsorship,
    degree: got.degree ? { level: got.degree.level, required: got.degree.required } : null,
    clearance: got.clearance !== null,
    yearsMin: got.yearsMin,
  };
  const wantValue = { sponsorship: r.sponsorship, degree: r.degree, clearance: r.clearance, yearsMin: r.yearsMin };
  for (const f of FACTS) {
    const want = wantValue[f];
    const have = gotValue[f];
    // (Sponsorship false, "no sponsorship", is a value as true is; clearance false is no clearance.)
    const set = (v: unknown) => v !== null && (f === 'sponsorship' || v !== false);
    const ok = JSON.stringify(want) === JSON.stringify(have);
    if (set(want)) facts[f].labelled++;
    if (set(want) && ok) facts[f].found++;
    if (set(have) && !ok) facts[f].extra++;
    if (!ok) wrong.push(`${f}: got ${JSON.stringify(have)}, want ${JSON.stringify(want)}`);
  }
  if (wrong.length) misses.push(`${r.n} ${r.text !== undefined ? (r.whole ? 'fresh posting' : 'fresh') : `${r.id}:${r.line}`} ${JSON.stringify(line.trim().slice(0, r.whole ? 400 : 110))}\n    ${wrong.join('; ')}\n    items: ${items.map((i) => `${i.importance[0]}/${i.kind}${i.years ? ` ${i.years.min}y` : ''}${i.degree ? ` ${i.degree.level}` : ''}`).join(' | ') || '(none)'}`);
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : 'n/a');
console.log(`${rows.length} lines (${rows.filter((r) => r.text === undefined).length} drawn from the corpus, ${rows.filter((r) => r.text !== undefined).length} written fresh)`);
console.log('  kind            found / labelled       given, not labelled');
for (const k of KINDS) console.log(`  ${k.padEnd(14)}  ${pct(kinds[k].found, kinds[k].labelled).padStart(4)} (${kinds[k].found}/${kinds[k].labelled})`.padEnd(40) + `${kinds[k].extra}`);
console.log('  fact            right / labelled       given, not labelled or wrong');
for (const f of FACTS) console.log(`  ${f.padEnd(14)}  ${pct(facts[f].found, facts[f].labelled).padStart(4)} (${facts[f].found}/${facts[f].labelled})`.padEnd(40) + `${facts[f].extra}`);
console.log(`  lines read wholly as labelled: ${rows.length - misses.length}/${rows.length}`);
if (showMisses) for (const m of misses) console.log(m);
