/**
 * `npx tsx test/tools/mine-vocab.ts`: candidate vocabulary the taxonomy lacks (issue #13).
 *
 * Reads ../shared/fixtures/corpus/hn-2026.jsonl, leaving out every posting a
 * labels file (test/fixtures/labels/*.jsonl) puts in the `report` split, so
 * mining never reads the text accuracy is reported on. Runs the bundled
 * matcher (findSkills) on each posting and prints tech-shaped tokens and short
 * phrases it does not cover, found in ≥ MIN postings (default 3):
 *  - shape:   CamelCase (GraphQL), names with digits or dots (Next.js, k8s, EC2), ALL-CAPS acronyms;
 *  - list:    capitalised words and short phrases in a comma / "or" / "and" / slash list
 *             that names at least one known skill ("Python, Go or Elixir");
 *  - variant: a spelling of a known form the matcher misses (case, spacing, hyphen, dots, -ing,
 *             plural, -isation/-ization): candidates whose folded spelling equals a known form's.
 * Each line: kind, count of postings, the candidate, a known skill it folds to (variants), and
 * a few words of one context, for judging it by ../shared/LABELLING.md. It prints, it writes nothing:
 * what is added to the taxonomy is written fresh, by hand.
 *
 *   npx tsx test/tools/mine-vocab.ts [--min N] [--kind shape|list|variant] [--all]
 *   (--all also lists candidates a known skill's form covers somewhere else in the corpus)
 *
 * With --vocab it reads the public vocabularies of ../shared/fixtures/vocab/ instead (O*NET
 * technology examples, Stack Overflow tags and their synonyms, Linguist languages, ESCO digital
 * skills) and prints each term the matcher does not find on its own, with the number of
 * (non-report) postings that name it where the matcher finds nothing: the breadth the corpus
 * alone cannot show. `--min 0` lists terms no posting names too.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { findSkills, skillForms, type SkillHit } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, SHARED } from '../helpers';
import { WORD, wordRuns } from './word-runs';

const args = process.argv.slice(2);
const MIN_RAW = args.includes('--min') ? Number(args[args.indexOf('--min') + 1]) : 3;
const MIN = MIN_RAW || 3;
const onlyKind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : null;

const { taxonomy, matcher } = bundled();

/** Ids of postings any labels file reserves for the report split. */
function reportIds(): Set<string> {
  const dir = `${ROOT}test/fixtures/labels/`;
  const out = new Set<string>();
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.jsonl')) continue;
    for (const line of readFileSync(dir + f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: number | string; split?: string };
      if (row.split === 'report') out.add(String(row.id));
    }
  }
  return out;
}

/** Folded spelling: lowercase, no spaces, hyphens, dots or slashes; a plural s, -ing and British -is- spellings evened out. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\-._/]+/g, '')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/(ation|ations|ing|ed|er|ers|es|s|e)$/, '');
}

/** Every known form, folded, → skill id. */
const known = new Map<string, string>();
for (const s of taxonomy.skills) for (const [f] of skillForms(s)) if (!known.has(fold(f))) known.set(fold(f), s.id);

/** Words that are shaped like tech but name no skill, by LABELLING.md's rules (money, places, benefits, roles, filler). */
const STOP = new Set(
  (
    'US USA UK EU EST PST CET UTC GMT EMEA APAC LATAM NYC SF LA CA NY TX WA DC ' +
    'USD EUR GBP CAD AUD INR CHF SEK ' +
    'CEO CTO CFO COO CPO VP SVP HR PM PMs EM IC ICs SWE SWEs SDE SRE QA UX UI ' +
    'PTO OTE DEI ESOP RSU RSUs K 401K 401k H1B H1-B H-1B FTE FT PT ' +
    'REMOTE ONSITE HYBRID INTERESTED FULL TIME VISA YC HN AI ML LLM LLMs B2B B2C SaaS SMB SMBs ' +
    'IPO ARR MRR GTM ROI KPI KPIs OKR OKRs MVP POC PoC R&D TBD FAQ CV PhD MS BS BA MSc BSc MBA ' +
    'I II III IV V A B C D E F ' +
    'WFH RTO OR AND THE A OF IN ON TO FOR WITH ' +
    'SeriesA SeriesB'
  ).split(/\s+/),
);

interface Cand {
  kind: string;
  posts: Set<string>;
  context: string;
  /** Postings in which the same spelling is covered by the matcher (a form of a known skill). */
  covered: number;
}
const cands = new Map<string, Cand>();

function covered(hits: SkillHit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && start < h.end);
}

/** A few words around the mention, trimmed: enough to judge it, never a posting's sentence. */
function around(text: string, start: number, end: number): string {
  const a = text.slice(Math.max(0, start - 30), start).split(/\s+/).slice(-3).join(' ');
  const b = text.slice(end, end + 30).split(/\s+/).slice(0, 4).join(' ');
  return `${a} [${text.slice(start, end)}] ${b}`.replace(/\s+/g, ' ');
}

function note(kind: string, key: string, id: string, text: string, start: number, end: number, hits: SkillHit[]): void {
  key = key.trim().replace(/\s+/g, ' ');
  if (!key || STOP.has(key) || key.length < 2) return;
  let c = cands.get(key);
  if (!c) cands.set(key, (c = { kind, posts: new Set(), context: '', covered: 0 }));
  if (covered(hits, start, end)) {
    c.covered++;
    return;
  }
  if (!c.posts.has(id) && !c.context) c.context = around(text, start, end);
  c.posts.add(id);
}

// Token shapes. A word: letters, digits and inner . + # - (Node.js, C++, CI/CD handled as two).
const SHAPES: Array<[string, RegExp]> = [
  ['camel', /(?<![\w.])(?:[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z]+[A-Z][A-Za-z0-9]*)(?![\w])/g],
  ['dotted', /(?<![\w.])[A-Za-z][A-Za-z0-9]*\.(?:js|io|ts|net|py|rs|jl|NET|JS)(?![\w])/g],
  ['digits', /(?<![\w.])(?:[A-Za-z]+[0-9]+[A-Za-z0-9]*|[0-9][A-Za-z][A-Za-z0-9]+)(?![\w])/g],
  ['caps', /(?<![\w.])[A-Z][A-Z0-9&]{1,9}s?(?![\w])/g],
];

/** A list item: a capitalised word or up to three words, optionally with inner dots / + / # (Vue.js, C#). */
const ITEM = /^[A-Za-z][\w.+#-]*(?:\s+[A-Za-z][\w.+#-]*){0,2}$/;
/** Lowercase list items that are plainly prose, not names. */
const PROSE = /^(?:a|an|the|our|your|we|you|to|of|in|on|at|for|with|is|are|be|have|has|will|can|etc|more|other|others|some|any|all|experience|strong|good|great|new|high|well|familiarity|knowledge|work|working|build|building)\b/i;
/** A word of a posting, with inner . + # - (Node.js, C++, on-call). */

function mine(): void {
const corpus = readFileSync(`${SHARED}fixtures/corpus/hn-2026.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: number | string; text: string });
const report = reportIds();


for (const post of corpus) {
  const id = String(post.id);
  if (report.has(id)) continue;
  const text = post.text;
  const hits = findSkills(matcher, text);
  for (const [, re] of SHAPES) {
    for (const m of text.matchAll(re)) {
      const w = m[0];
      if (/^https?|www|\.com$/i.test(w)) continue;
      // Inside a URL or e-mail: not a mention (LABELLING.md).
      const left = text.slice(Math.max(0, m.index - 40), m.index);
      if (/(?:https?:\/\/|www\.|@)\S*$/.test(left)) continue;
      if (/^\d/.test(w) && /^\d+(k|K|M|m|x|st|nd|rd|th|s|am|pm|hrs?|yrs?|mo|GB|TB|ms)$/.test(w)) continue;
      // Pieces of ids in links (a1b2c3d4), YC batches (W24, S11).
      if ((/^[0-9a-f]+$/.test(w) && /\d/.test(w)) || /^[WSFX]\d{2}$/.test(w) || /^[A-Za-z0-9]{7,}$/.test(w) && /\d/.test(w) && /[a-z]/.test(w) && /[A-Z]/.test(w)) continue;
      note('shape', w, id, text, m.index, m.index + w.length, hits);
    }
  }
  // Lists: split each line/sentence into items at , ; / "or" "and" "&"; a list with a known skill in it.
  for (const sent of text.matchAll(/[^\n.!?;:()]+/g)) {
    const s0 = sent.index;
    const seg = sent[0];
    const parts: Array<[string, number]> = [];
    const sep = /\s*(?:,|\/|\bor\b|\band\b|&|\bnor\b)\s*/g;
    let last = 0;
    for (const m of seg.matchAll(sep)) {
      parts.push([seg.slice(last, m.index), last]);
      last = m.index + m[0].length;
    }
    parts.push([seg.slice(last), last]);
    if (parts.length < 2) continue;
    const items = parts.map(([p, off]) => {
      const t = p.trim();
      return { t, start: s0 + off + p.indexOf(t), end: s0 + off + p.indexOf(t) + t.length };
    });
    const knownItems = items.filter((it) => it.t && hits.some((h) => h.start >= it.start && h.end <= it.end));
    if (knownItems.length === 0) continue;
    for (const it of items) {
      if (!it.t || !ITEM.test(it.t) || it.t.length < 3) continue;
      if (/^[a-z]/.test(it.t) && PROSE.test(it.t)) continue;
      if (hits.some((h) => h.start < it.end && it.start < h.end)) continue;
      note('list', it.t, id, text, it.start, it.end, hits);
    }
  }
  // Variants: runs of one to three words (joined by a space or hyphen) whose folded spelling is a known form's.
  for (const [a, b] of wordRuns(text)) {
    const key = text.slice(a, b);
    const f = fold(key);
    if (f.length < 4 || !known.has(f)) continue;
    if (covered(hits, a, b)) continue;
    note('variant', key, id, text, a, b, hits);
  }
}

const rows: Array<[string, number, string, string, string]> = [];
for (const [key, c] of cands) {
  if (c.posts.size < MIN) continue;
  if (!args.includes('--all') && c.covered > 0) continue;
  const k = known.get(fold(key));
  const kind = k ? 'variant' : c.kind;
  if (onlyKind && kind !== onlyKind) continue;
  rows.push([kind, c.posts.size, key, k ?? '', c.context]);
}
rows.sort((a, b) => b[1] - a[1] || a[2].localeCompare(b[2]));
if (!existsSync(`${SHARED}fixtures/corpus/hn-2026.jsonl`)) console.error('no corpus');
console.log(`${corpus.length - [...corpus].filter((p) => report.has(String(p.id))).length} postings mined (${report.size} report ids left out); ${rows.length} candidates in ≥ ${MIN} postings`);
for (const [kind, n, key, k, ctx] of rows) console.log(`${kind}\t${n}\t${key}${k ? `\t→ ${k}` : ''}\t${ctx}`);
}

/** The lowercase words of a text, with inner . + # kept (node.js, c++): how vocabulary terms and postings are compared. */
function wordsOf(text: string): Array<{ w: string; start: number; end: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

function vocabTerms(): Map<string, Set<string>> {
  const dir = `${SHARED}fixtures/vocab/`;
  const terms = new Map<string, Set<string>>();
  const add = (t: string, src: string) => {
    t = t.trim();
    if (t.length < 2 || t.length > 40) return;
    let s = terms.get(t);
    if (!s) terms.set(t, (s = new Set()));
    s.add(src);
  };
  for (const line of readFileSync(dir + 'onet-technology-skills.txt', 'utf8').split('\n').slice(1)) {
    const [soc, example, , , hot] = line.split('\t');
    if (!example) continue;
    add(example, soc!.startsWith('15-') ? (hot === 'Y' ? 'onet-hot-it' : 'onet-it') : hot === 'Y' ? 'onet-hot' : 'onet');
  }
  for (const line of readFileSync(dir + 'stackoverflow-tag-synonyms.csv', 'utf8').split('\n').slice(1)) {
    const f = line.split(',').map((x) => x.replace(/^"|"$/g, ''));
    if (f[1]) add(f[1].replace(/-/g, ' '), 'so-syn');
    if (f[2]) add(f[2].replace(/-/g, ' '), 'so-tag');
  }
  let lang = '';
  for (const line of readFileSync(dir + 'linguist-languages.yml', 'utf8').split('\n')) {
    const m = /^([^ #][^:]*):$/.exec(line);
    if (m) add((lang = m[1]!.replace(/^"|"$/g, '')), 'linguist');
    const a = /^ {2}- (.+)$/.exec(line);
    if (a && lang && /^aliases/.test(prevKey)) add(a[1]!, 'linguist-alias');
    const k = /^ {2}(\w+):/.exec(line);
    if (k) prevKey = k[1]!;
  }
  const esco = readFileSync(dir + 'esco-digital-skills_en.csv', 'utf8');
  for (const m of esco.matchAll(/^KnowledgeSkillCompetence,[^,]+,("[^"]*"|[^,]*),[^,]*,knowledge,[^,]*,("[^"]*"|[^,]*)/gm)) {
    add(m[1]!.replace(/"/g, ''), 'esco');
    for (const alt of m[2]!.replace(/"/g, '').split('\n')) add(alt, 'esco-alt');
  }
  return terms;
}
let prevKey = '';

function vocabMode(): void {
  const min = args.includes('--min') ? MIN_RAW : 1;
  const report = reportIds();
  const grams = new Map<string, { posts: Set<string>; covered: number; context: string }>();
  for (const line of readFileSync(`${SHARED}fixtures/corpus/hn-2026.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const post = JSON.parse(line) as { id: number | string; text: string };
    const id = String(post.id);
    if (report.has(id)) continue;
    const hits = findSkills(matcher, post.text);
    const ws = wordsOf(post.text);
    for (let i = 0; i < ws.length; i++) {
      let key = '';
      for (let n = 0; n < 4 && i + n < ws.length; n++) {
        if (n > 0 && !/^[\s-]+$/.test(post.text.slice(ws[i + n - 1]!.end, ws[i + n]!.start))) break;
        key += (n ? ' ' : '') + ws[i + n]!.w;
        const a = ws[i]!.start;
        const b = ws[i + n]!.end;
        let g = grams.get(key);
        if (!g) grams.set(key, (g = { posts: new Set(), covered: 0, context: '' }));
        if (covered(hits, a, b)) g.covered++;
        else {
          if (!g.context) g.context = around(post.text, a, b);
          g.posts.add(id);
        }
      }
    }
  }
  const rows: Array<[number, string, string, number, string]> = [];
  const seen = new Set<string>();
  for (const [term, srcs] of vocabTerms()) {
    const key = wordsOf(term).map((x) => x.w).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (findSkills(matcher, term).length > 0) continue;
    const g = grams.get(key);
    const n = g?.posts.size ?? 0;
    if (n < min) continue;
    rows.push([n, term, [...srcs].join(','), g?.covered ?? 0, g?.context ?? '']);
  }
  rows.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
  console.log(`${rows.length} vocabulary terms the matcher does not find alone, named in ≥ ${min} postings`);
  for (const [n, term, src, cov, ctx] of rows) console.log(`${n}\t${term}\t${src}${cov ? `\tcovered ${cov}` : ''}\t${ctx}`);
}

if (args.includes('--vocab')) vocabMode();
else mine();
