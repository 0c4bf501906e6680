/**
 * `npm run eval:items`: does each requirement item ask something of the candidate? Items that name no skill,
 * years or degree (kind "other") and, apart, items that name skills (kind "skills"). Such an item shows in the sidebar's checklist as "Fitmark cannot tell this
 * from a resume", so one that is the company's news, an offer, an invitation or a lead-in line is noise.
 * Labels: test/fixtures/labels/items.jsonl — the items of that kind the code gave at one commit, each
 * labelled `ask` or not, blind, by posting, in a `tune` and a `report` part (the texts stay in
 * ../shared/fixtures/corpus). An item is kept when the code still gives an item that holds its text or
 * lies in it. Prints, per part: asks kept (recall of asks), noise kept, and precision of what is kept.
 *   --misses    lists the tune part's wrong calls (never the report part's while tuning)
 *   --ids FILE  reads only the rows whose id is in FILE (one a line), as a batch's first read
 *   --batch NAME  reads only the fresh batches whose name starts with NAME ("s45": s45a, s45b, … each, then all of
 *                 them), none of the corpus rows: a batch's first read
 *                 (`--batch s46` prints parts-fresh-s46a and s46b each, then both; `--batch s46b` the held-out batch b alone)
 *                 (`--batch s50` likewise: parts-fresh-s50a and s50b each, then both; `--batch s50b` the carry-over batch alone)
 *                 (`--batch s51` likewise: parts-fresh-s51a, then s51b once it is written; `--batch s51b` its carry-over read)
 *                 (`--batch s52` likewise: parts-fresh-s52a, then s52b once it is written; `--batch s52b` its carry-over read)
 *                 (`--batch s53` likewise: parts-fresh-s53a, then s53b once it is written; `--batch s53b` its carry-over read)
 *                 (`--batch s54` likewise: parts-fresh-s54a, then s54b once it is written; `--batch s54b` its carry-over read)
 *                 (`--batch s55` likewise: parts-fresh-s55a, then s55b once it is written; `--batch s55b` its carry-over read)
 *                 (`--batch s56` likewise: parts-fresh-s56a, then s56b once it is written; `--batch s56b` its carry-over read)
 *                 (`--batch s57` likewise: parts-fresh-s57a, then s57b once it is written; `--batch s57b` its carry-over read)
 *                 (`--batch s58` likewise: parts-fresh-s58a, then s58b once it is written; `--batch s58b` its carry-over read)
 *                 (`--batch s59` likewise: parts-fresh-s59a, then s59b once it is written; `--batch s59b` its carry-over read)
 *                 (`--batch s60` likewise: parts-fresh-s60a, then s60b once it is written; `--batch s60b` its carry-over read)
 *                 (`--batch s61` likewise: parts-fresh-s61a, then s61b once it is written; `--batch s61b` its carry-over read)
 *                 (`--batch s62` likewise: parts-fresh-s62a, then s62b once it is written; `--batch s62b` its carry-over read)
 * Apart: full postings written fresh by the project (test/fixtures/labels/parts-fresh-*.jsonl, text inline, odd id
 * tune, even id report), whose every line of the ask parts (and every sentence of a posting without one) was
 * labelled blind before any code ran: an item is kept as above; printed per batch and split, by what the line names
 * (nothing; skills; only years, a degree, a language, work rights or a place).
 */
import { readFileSync } from 'node:fs';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';
import { corpusTextsOrExit } from './corpus';
import { freshParts, type FreshPartsRow } from './labelled';

interface Row {
  id: number;
  split: 'tune' | 'report';
  /** `kind`: the kind the code gave the item when it was labelled: "skills", or (when absent) "other". */
  items: { text: string; ask: boolean; kind?: 'skills' }[];
}

const idsAt = process.argv.indexOf('--ids');
const onlyIds = idsAt >= 0 ? new Set(readFileSync(process.argv[idsAt + 1]!, 'utf8').split('\n').filter((l) => l.trim()).map(Number)) : null;
const texts = corpusTextsOrExit();
const batchAt = process.argv.indexOf('--batch');
const onlyBatch = batchAt >= 0 ? process.argv[batchAt + 1]! : null;
const rows = readFileSync(`${ROOT}test/fixtures/labels/items.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => (!onlyIds || onlyIds.has(r.id)) && onlyBatch === null);
const { taxonomy, matcher } = bundled();
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** The texts of the items the code gives for a posting's text, squashed. */
const givenItems = (text: string): string[] => {
  const posting = postingFromText(text);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).map((i) => squash(i.text));
};
interface Tally {
  asks: number;
  asksKept: number;
  noise: number;
  noiseKept: number;
}
/** Counts one labelled item in `t`: kept when a given item holds its text or lies in it. Returns whether it was kept. */
function count(t: Tally, ask: boolean, given: readonly string[], want: string): boolean {
  const kept = given.some((g) => g.includes(want) || want.includes(g));
  if (ask) {
    t.asks++;
    if (kept) t.asksKept++;
  } else {
    t.noise++;
    if (kept) t.noiseKept++;
  }
  return kept;
}

const misses: string[] = [];
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '—');
const corpusSplits: Array<'tune' | 'report'> = onlyBatch === null ? ['tune', 'report'] : [];
for (const split of corpusSplits) {
  const tally = { other: { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 }, skills: { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 } };
  const splitRows = rows.filter((r) => r.split === split);
  for (const row of splitRows) {
    const text = texts.get(row.id);
    if (text === undefined) throw new Error(`label ${row.id} is not in the corpus`);
    const given = givenItems(text);
    for (const item of row.items) {
      const want = squash(item.text);
      const kept = count(tally[item.kind ?? 'other'], item.ask, given, want);
      if (kept !== item.ask && split === 'tune') misses.push(`${row.id} ${item.kind ?? 'other'} ${item.ask ? 'ask dropped' : 'noise kept'}: ${want.slice(0, 140)}`);
    }
  }
  for (const kind of ['other', 'skills'] as const) {
    const t = tally[kind];
    const kept = t.asksKept + t.noiseKept;
    console.log(
      `eval-items ${split} ${kind === 'other' ? 'no skill named' : 'skills named  '} (${splitRows.filter((r) => r.items.some((i) => (i.kind ?? 'other') === kind)).length} postings, ${t.asks + t.noise} items): asks kept ${pct(t.asksKept, t.asks)} (${t.asksKept}/${t.asks}), noise kept ${pct(t.noiseKept, t.noise)} (${t.noiseKept}/${t.noise}), precision of kept ${pct(t.asksKept, kept)} (${t.asksKept}/${kept})`,
    );
  }
}

/** The fresh-written postings: one line per batch, split and what the lines name. */
const fresh = freshParts().filter((r) => (!onlyIds || onlyIds.has(r.id)) && (onlyBatch === null || r.batch.startsWith(onlyBatch)));
const freshGroups: Array<[string, FreshPartsRow[]]> = [];
const batches = [...new Set(fresh.map((r) => r.batch))];
for (const batch of batches) for (const split of ['tune', 'report'] as const) freshGroups.push([`${batch} ${split}`, fresh.filter((r) => r.batch === batch && r.split === split)]);
if (batches.length > 1) for (const split of ['tune', 'report'] as const) freshGroups.push([`${onlyBatch ?? 'all'} ${split}`, fresh.filter((r) => r.split === split)]);
for (const [name, group] of freshGroups) {
  if (!group.length) continue;
  const tally = { none: { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 }, skills: { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 }, fact: { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 } };
  for (const row of group) {
    const given = givenItems(row.text);
    for (const item of row.items) {
      const want = squash(item.text);
      const kept = count(tally[item.kind ?? 'none'], item.ask, given, want);
      if (kept !== item.ask && name.endsWith('tune') && !(batches.length > 1 && name === `${onlyBatch ?? 'all'} tune`)) misses.push(`fresh ${row.id} ${item.kind ?? 'none'} ${item.ask ? 'ask dropped' : 'noise kept'}: ${want.slice(0, 140)}`);
    }
  }
  const all = Object.values(tally).reduce((a, t) => ({ asks: a.asks + t.asks, asksKept: a.asksKept + t.asksKept, noise: a.noise + t.noise, noiseKept: a.noiseKept + t.noiseKept }), { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 });
  const cell = (t: typeof all) => `asks kept ${pct(t.asksKept, t.asks)} (${t.asksKept}/${t.asks}), noise kept ${t.noiseKept}/${t.noise}`;
  console.log(`eval-items fresh ${name} (${group.length} postings): ${cell(all)}, precision of kept ${pct(all.asksKept, all.asksKept + all.noiseKept)}; naming nothing ${cell(tally.none)}; skills ${cell(tally.skills)}; facts ${cell(tally.fact)}`);
}
if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
