/**
 * `npm run eval:sections`: how well splitSections reads a posting's parts, on
 * parts labelled by hand (test/fixtures/labels/sections.jsonl: for each HN
 * posting (corpus id) or saved page (path under ../shared/fixtures), the parts
 * a careful reader sees, in order, each by its heading line or first words and
 * its kind). A labelled part is matched to the code's part that holds its first
 * words; it is right when that part has the labelled kind.
 * Figures are printed separately for each split: `tune` (seen while tuning) and
 * `report` (labelled blind, its errors never looked at; aggregate figures only).
 *   --misses  lists the tune part's wrong parts (never the report part's)
 *   --json    prints one object
 * The rows: 80 HN postings drawn with Python random.Random(27).sample over the sorted ids of the corpus
 * postings that hold a heading-like line (a short line ending in ":" or a known heading word), split 50
 * tune / 30 report before any code ran; report rows that another label file tunes on (or that repost one)
 * moved to tune before their errors were read, and the same generator, continued, drew 14 replacements
 * from the eligible postings no label file holds. The saved pages (../shared/fixtures/pages) are tune rows.
 * Labelling: a part starts at a heading (own line or inline "Bonus: …") of a known kind, or at a line that
 * says how to apply; the lead with no heading is `other`; a list of open roles is `responsibilities`;
 * a heading of no known kind ("Tech stack:") is no part boundary.
 * The costly errors: a requirements or preferred part read as about, benefits or
 * responsibilities (its skills dropped, or not asked).
 * Apart: full postings written fresh by the project, text and parts labelled blind inline
 * (test/fixtures/labels/parts-fresh-*.jsonl, odd id tune, even id report), each batch's figure and all of them,
 * as "fresh <batch> tune|report"; `--misses` lists their tune parts' wrong parts too.
 *   --batch NAME  reads only the fresh batches whose name starts with NAME ("s45": s45a, s45b, … each, then all of them),
 *                 none of the HN rows or pages: a batch's first read
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
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readAnyPage } from '../../lib/posting/generic';
import { postingFromText } from '../../lib/posting/text';
import { SECTION_KINDS, type PostingSection, type SectionKind } from '../../lib/posting/types';
import { ROOT, SHARED } from '../helpers';
import { corpusTextsOrExit } from './corpus';
import { freshParts } from './labelled';

interface Label {
  id?: number;
  page?: string;
  /** A posting written fresh, its text inline. */
  text?: string;
  split: 'tune' | 'report';
  parts: Array<{ first: string; kind: SectionKind }>;
}

const texts = corpusTextsOrExit();
const labels = readFileSync(`${ROOT}test/fixtures/labels/sections.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label);

/** Lower case, straight quotes, no markup or list marks at a line's start, one space between words; line breaks kept. */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*#_]+/g, '')
    .split('\n')
    .map((l) =>
      l
        .replace(/[ \t\u00a0]+/g, ' ')
        .replace(/^\s*(?:[•·▪◦+–>-]+|\d+[.)])?\s*/, '')
        .trim(),
    )
    .join('\n');

function sectionsOf(label: Label): PostingSection[] {
  if (label.text !== undefined) return postingFromText(label.text).sections;
  if (label.id !== undefined) {
    const text = texts.get(label.id);
    if (text === undefined) throw new Error(`sections.jsonl: posting ${label.id} is not in the corpus`);
    return postingFromText(text).sections;
  }
  const path = `${SHARED}fixtures/${label.page!}`;
  const url = pathToFileURL(path);
  const dom = new JSDOM(readFileSync(path, 'utf8'), { url: url.href, virtualConsole: new VirtualConsole() });
  const posting = readAnyPage(dom.window.document, url, '');
  dom.window.close();
  return posting?.sections ?? [];
}

/** The kind of the code's part holding each labelled part's first words, in order (null: not found). */
function readKinds(sections: PostingSection[], parts: Label['parts']): Array<SectionKind | null> {
  const segs = sections.map((s) => norm(`${s.heading}\n${s.text}`) + '\n');
  const doc = segs.join('');
  const ends: number[] = [];
  let at = 0;
  for (const s of segs) ends.push((at += s.length));
  let cursor = 0;
  return parts.map((p) => {
    const want = norm(p.first).replace(/[\s:]+$/, '');
    // A heading is a line of its own: look for the whole line first, then a line's start, then anywhere (an inline "Perks:" mid-line).
    const at = (ok: (j: number) => boolean): number => {
      for (let j = doc.indexOf(want, cursor); j >= 0; j = doc.indexOf(want, j + 1)) if (ok(j)) return j;
      return -1;
    };
    const starts = (j: number) => j === 0 || doc[j - 1] === '\n';
    let i = at((j) => starts(j) && /^:?\n/.test(doc.slice(j + want.length, j + want.length + 2)));
    if (i < 0) i = at(starts);
    if (i < 0) i = doc.indexOf(want, cursor);
    // An inline label ("Bonus: Kafka", "Salary - $150k"): the code's heading, then its text.
    const split = want.replace(/\s*(?::|\s[-–—])\s+/, '\n');
    if (i < 0 && split !== want) i = doc.indexOf(split, cursor);
    if (i < 0) return null;
    cursor = i + 1;
    const k = ends.findIndex((e) => e > i);
    return sections[k]!.kind;
  });
}

const COSTLY = new Set<SectionKind>(['about', 'benefits', 'responsibilities']);
interface Tally {
  postings: number;
  parts: number;
  right: number;
  unmatched: number;
  costly: number;
  preferredAsRequired: number;
  kinds: Record<string, { labelled: number; predicted: number; right: number }>;
}
const misses: string[] = [];
const result: Record<string, Tally> = {};
const batchAt = process.argv.indexOf('--batch');
const onlyBatch = batchAt >= 0 ? process.argv[batchAt + 1]! : null;
const fresh = freshParts().filter((r) => onlyBatch === null || r.batch.startsWith(onlyBatch));
const groups: Array<[string, Label[]]> = onlyBatch !== null ? [] : (['tune', 'report'] as const).map((split) => [split, labels.filter((l) => l.split === split)]);
for (const batch of [...new Set(fresh.map((r) => r.batch))])
  for (const split of ['tune', 'report'] as const) groups.push([`fresh ${batch} ${split}`, fresh.filter((r) => r.batch === batch && r.split === split)]);
if (new Set(fresh.map((r) => r.batch)).size > 1) for (const split of ['tune', 'report'] as const) groups.push([`fresh ${onlyBatch ?? 'all'} ${split}`, fresh.filter((r) => r.split === split)]);
for (const [split, rows] of groups) {
  if (!rows.length) continue;
  const t: Tally = {
    postings: rows.length,
    parts: 0,
    right: 0,
    unmatched: 0,
    costly: 0,
    preferredAsRequired: 0,
    kinds: Object.fromEntries(SECTION_KINDS.map((k) => [k, { labelled: 0, predicted: 0, right: 0 }])),
  };
  for (const row of rows) {
    const sections = sectionsOf(row);
    const got = readKinds(sections, row.parts);
    row.parts.forEach((p, n) => {
      const g = got[n];
      t.parts++;
      t.kinds[p.kind]!.labelled++;
      if (g === null || g === undefined) t.unmatched++;
      else t.kinds[g]!.predicted++;
      if (g === p.kind) {
        t.right++;
        t.kinds[p.kind]!.right++;
        return;
      }
      if ((p.kind === 'requirements' || p.kind === 'preferred') && g && COSTLY.has(g)) t.costly++;
      if (p.kind === 'preferred' && g === 'requirements') t.preferredAsRequired++;
      if (split.endsWith('tune') && !(new Set(fresh.map((r) => r.batch)).size > 1 && split === `fresh ${onlyBatch ?? 'all'} tune`)) misses.push(`${row.id ?? row.page}\t"${p.first}"\tlabelled ${p.kind}, read ${g ?? '(not found)'}`);
    });
  }
  result[split] = t;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  for (const [split, t] of Object.entries(result)) {
    console.log(`sections ${split}: ${t.postings} postings, ${t.parts} labelled parts`);
    console.log(`  kind right      ${t.right}/${t.parts} (${pct(t.right, t.parts)})${t.unmatched ? `, ${t.unmatched} not found` : ''}`);
    console.log(`  costly errors   ${t.costly} (requirements/preferred read as about/benefits/responsibilities)`);
    console.log(`  nice-to-have read as required  ${t.preferredAsRequired}`);
    for (const k of SECTION_KINDS) {
      const c = t.kinds[k]!;
      if (!c.labelled && !c.predicted) continue;
      console.log(`  ${k.padEnd(17)} precision ${pct(c.right, c.predicted).padStart(6)} (${c.right}/${c.predicted})  recall ${pct(c.right, c.labelled).padStart(6)} (${c.right}/${c.labelled})`);
    }
  }
  if (process.argv.includes('--misses')) {
    console.log('\ntune misses:');
    for (const m of misses) console.log('  ' + m);
  }
}
