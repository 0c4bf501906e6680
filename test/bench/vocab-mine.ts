/**
 * `npx tsx test/bench/vocab-mine.ts [--min N] [--top N] [--all]`: names of tools and practices
 * the corpus's postings list that the taxonomy does not know, with their document frequency, for a
 * person to review before adding any to taxonomy/skills (issue #13: vocabulary from breadth, not
 * from the labelled rows).
 *
 * It reads ../shared/fixtures/corpus/hn-2026.jsonl *without* every posting that is a report row of
 * any label file (hn-skills, hn-skills-second, requirements, sections): those are held out for the
 * figures and are never mined. A candidate is an item of a stack-like list (a line or sentence with
 * two or more commas or slashes, or after "stack", "experience with", "we use", "using",
 * "familiarity with", "knowledge of", "tools", "tech"): one to four words, at least one of them a
 * name-like token (capitalised inside the item, CamelCase, an acronym, or with a digit, dot or
 * plus), or any short lowercase noun phrase when `--all` is given. An item is known when the
 * taxonomy's matcher finds a skill covering most of it. Prints `df  candidate  [variants]`,
 * highest df first. Never prints a posting's text.
 *
 * `--variants`: instead, spellings of forms the taxonomy knows that the matcher misses in the mined
 * postings: a run of one to three words that equals a form once case, spaces, hyphens, dots and a
 * plural or -ing/-ed ending are set aside, where the matcher finds nothing (ambiguous forms judged
 * out by their rules are listed too: look before adding).
 *
 * `--vocab`: instead, the names of public vocabularies (../shared/fixtures/vocab: O*NET technology
 * examples, ESCO digital skills and their alternative labels, Stack Overflow tags) that the mined
 * postings name (as one to four whole words, any case) and the taxonomy does not know, by df.
 */
import { existsSync, readFileSync } from 'node:fs';
import { findSkills, skillForms } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, SHARED } from '../helpers';

const args = process.argv.slice(2);
const num = (flag: string, dflt: number) => {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const MIN_DF = num('--min', 2);
const TOP = num('--top', 400);
const ALL = args.includes('--all');

const jsonl = <T>(path: string): T[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T) : []);

/** Every posting id that is a report row of a label file: never mined. */
const heldOut = new Set<number>();
for (const f of ['hn-skills.jsonl', 'hn-skills-second.jsonl', 'requirements.jsonl', 'sections.jsonl'])
  for (const r of jsonl<{ id?: number; split: string }>(`${ROOT}test/fixtures/labels/${f}`)) if (r.split === 'report' && r.id !== undefined) heldOut.add(r.id);

const corpusPath = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
if (!existsSync(corpusPath)) {
  process.stderr.write('vocab-mine: ../shared/fixtures/corpus/hn-2026.jsonl is missing\n');
  process.exit(0);
}
const postings = jsonl<{ id: number; text: string }>(corpusPath).filter((p) => !heldOut.has(p.id));

const { matcher, taxonomy } = bundled();
const normKey = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').replace(/s$/, '');
/** Every form of every skill, normalised (an ambiguous form the matcher judges out of context is still known). */
const forms = new Set(taxonomy.skills.flatMap((s) => skillForms(s).map(([f]) => normKey(f))));

/** Words that begin list items without being names. */
const STOP = new Set(
  (
    'a an the and or of for to in on with our your we you is are be as at by from this that these those it its ' +
    'experience knowledge familiarity strong solid deep good great some any all other etc e.g i.e eg ie plus ' +
    'modern using use used like such including include includes based building build built work working ' +
    'senior junior staff lead principal engineer engineers developer developers remote onsite hybrid full time ' +
    'fulltime part contract us usa uk eu europe salary equity years year yoe apply email ' +
    'must nice have has should would will can bonus preferred required ideally also more than not no new'
  ).split(' '),
);

const CUE = /(?:stack|experience (?:with|in)|we use|using|familiarity with|knowledge of|tools?|tech(?:nologies)?|built (?:on|with)|written in|proficien\w* (?:in|with))\b\s*[:\-–—]?\s*/i;

/** A token that looks like a name: CamelCase, an acronym, capitalised, or with a digit, dot, plus or hash inside. */
const NAMEY = /^(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9]{1,}[a-z]*s?|[A-Z][a-z0-9]+|[A-Za-z][\w]*[.+#][\w.+#]*|[a-z]+[0-9][a-z0-9]*)$/;

function items(text: string): string[] {
  const out: string[] = [];
  // The first line is the posting's header (company | role | place): names there are the employer's.
  for (const chunk of text.split('\n').slice(1).join('\n').split(/\n|(?<=[.!?])\s+(?=[A-Z])/)) {
    const cue = CUE.exec(chunk);
    const seps = (chunk.match(/,|\/|·|•/g) ?? []).length;
    if (!cue && seps < 2) continue;
    const body = cue && seps < 2 ? chunk.slice(cue.index + cue[0].length) : chunk;
    for (let item of body.split(/,|;|\/|·|•|\||\(|\)|\band\b|\bor\b|:|\+(?!\+)|&/)) {
      item = item.replace(/^[\s\-–—*"'“”‘’]+|[\s\-–—*."'“”‘’!?]+$/g, '');
      const words = item.split(/\s+/).filter(Boolean);
      while (words.length && STOP.has(words[0]!.toLowerCase())) words.shift();
      while (words.length && STOP.has(words[words.length - 1]!.toLowerCase())) words.pop();
      if (words.length === 0 || words.length > 4) continue;
      const phrase = words.join(' ');
      if (phrase.length < 2 || phrase.length > 40 || /https?:|www\.|@|\$|€|£|\d{3,}|\w\.(?:com|io|ai|dev|co|org|net|app|se|gle|ly|in)\b/i.test(phrase)) continue;
      const namey = words.some((w) => NAMEY.test(w.replace(/[^\w.+#]/g, '')));
      if (!namey && !(ALL && words.length >= 2 && words.every((w) => /^[a-z][a-z-]+$/.test(w)))) continue;
      out.push(phrase);
    }
  }
  return out;
}

/** Known: the matcher finds one skill covering at least two thirds of the item's letters. */
const knownCache = new Map<string, boolean>();
function known(phrase: string): boolean {
  let k = knownCache.get(phrase);
  if (k === undefined) {
    const hits = findSkills(matcher, phrase);
    const letters = phrase.replace(/[^\p{L}\p{N}]/gu, '').length;
    k = forms.has(normKey(phrase)) || hits.some((h) => h.text.replace(/[^\p{L}\p{N}]/gu, '').length * 3 >= letters * 2);
    knownCache.set(phrase, k);
  }
  return k;
}

const df = new Map<string, { n: number; variants: Map<string, number> }>();
for (const p of postings) {
  const seen = new Set<string>();
  for (const it of items(p.text)) {
    if (known(it)) continue;
    const key = it.toLowerCase().replace(/[\s_-]+/g, ' ');
    let e = df.get(key);
    if (!e) df.set(key, (e = { n: 0, variants: new Map() }));
    e.variants.set(it, (e.variants.get(it) ?? 0) + 1);
    if (!seen.has(key)) (seen.add(key), e.n++);
  }
}

if (args.includes('--variants')) {
  const squash = (x: string) => x.toLowerCase().replace(/[\s._-]+/g, '').replace(/(?:ing|ed|es|s)$/, '');
  const byKey = new Map<string, string>();
  for (const sk of taxonomy.skills) for (const [f] of skillForms(sk)) if (squash(f).length >= 4) byKey.set(squash(f), sk.id);
  const counts = new Map<string, { id: string; n: number; as: Map<string, number> }>();
  for (const p of postings) {
    const hits = findSkills(matcher, p.text);
    const words = [...p.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.+#]*/gu)];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let k = 1; k <= 3 && i + k <= words.length; k++) {
        const start = words[i]!.index!;
        const last = words[i + k - 1]!;
        const end = last.index! + last[0].length;
        const written = p.text.slice(start, end);
        if (/\n/.test(written)) break;
        const id = byKey.get(squash(written));
        if (!id || hits.some((h) => h.start < end && start < h.end)) continue;
        const key = `${id} ← ${written.toLowerCase()}`;
        let e = counts.get(key);
        if (!e) counts.set(key, (e = { id, n: 0, as: new Map() }));
        e.as.set(written, (e.as.get(written) ?? 0) + 1);
        if (!seen.has(key)) (seen.add(key), e.n++);
      }
    }
  }
  const out = [...counts.entries()].filter(([, e]) => e.n >= MIN_DF).sort((a, b) => b[1].n - a[1].n);
  console.log(`${postings.length} postings mined (${heldOut.size} report rows held out); ${out.length} unmatched spellings of known forms with df ≥ ${MIN_DF}`);
  for (const [key, e] of out.slice(0, TOP)) console.log(`${String(e.n).padStart(4)}  ${key}  [${[...e.as.keys()].slice(0, 4).join(' | ')}]`);
  process.exit(0);
}

if (args.includes('--vocab')) {
  const V = `${SHARED}fixtures/vocab/`;
  const names = new Set<string>();
  const add = (n: string) => {
    n = n.trim();
    if (n.length >= 3 && n.length <= 40 && n.split(/\s+/).length <= 4 && !/[()"]/.test(n)) names.add(n);
  };
  for (const line of readFileSync(`${V}onet-technology-skills.txt`, 'utf8').split('\n').slice(1)) add(line.split('\t')[1] ?? '');
  for (const line of readFileSync(`${V}stackoverflow-tag-synonyms.csv`, 'utf8').split('\n').slice(1)) {
    const f = line.split('","');
    for (const t of [f[1], f[2]]) if (t && /[a-z]/.test(t)) add(t.replace(/-/g, ' '));
  }
  for (const line of readFileSync(`${V}esco-digital-skills_en.csv`, 'utf8').split('\n').slice(1)) {
    const m = /^[^,]*,[^,]*,("(?:[^"]|"")*"|[^,]*),[^,]*,[^,]*,[^,]*,("(?:[^"]|"")*"|[^,]*)/.exec(line);
    if (!m) continue;
    const unq = (x: string) => x.replace(/^"|"$/g, '').replace(/""/g, '"');
    add(unq(m[1]!));
    for (const a of unq(m[2]!).split('\n')) add(a);
  }
  /** Each posting's word n-grams (1–4), lowercased, hyphens as spaces. */
  const grams = postings.map((p) => {
    const w = p.text.toLowerCase().replace(/[-_]/g, ' ').match(/[\p{L}\p{N}.#+]+/gu)?.map((x) => x.replace(/\.+$/, '')) ?? [];
    const g = new Set<string>();
    for (let i = 0; i < w.length; i++) for (let k = 1; k <= 4 && i + k <= w.length; k++) g.add(w.slice(i, i + k).join(' '));
    return g;
  });
  const out: Array<[number, string]> = [];
  for (const n of names) {
    const key = n.toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ');
    let c = 0;
    for (const g of grams) if (g.has(key)) c++;
    if (c >= MIN_DF && !known(n)) out.push([c, n]);
  }
  out.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
  console.log(`${postings.length} postings mined (${heldOut.size} report rows held out); ${out.length} vocabulary names unknown to the taxonomy with df ≥ ${MIN_DF}`);
  for (const [c, n] of out.slice(0, TOP)) console.log(`${String(c).padStart(4)}  ${n}`);
  process.exit(0);
}

const rows = [...df.entries()].filter(([, e]) => e.n >= MIN_DF).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
console.log(`${postings.length} postings mined (${heldOut.size} report rows held out); ${rows.length} unknown candidates with df ≥ ${MIN_DF}`);
for (const [key, e] of rows.slice(0, TOP)) {
  const v = [...e.variants.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  console.log(`${String(e.n).padStart(4)}  ${key}${v.length > 1 || v[0] !== key ? `  [${v.slice(0, 4).join(' | ')}]` : ''}`);
}
