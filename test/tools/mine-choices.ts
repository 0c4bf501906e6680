/**
 * `npx tsx test/tools/mine-choices.ts [--min N] [--ids FILE] [--variants]`: members of choice lists the
 * taxonomy does not know (issues #12 and #13).
 *
 * A choice list is a posting's offer of alternatives: "experience with A, B, or C", "such as A or
 * B", "e.g. A/B/C", "like A and B", "one of A, B", "A or similar". Its members are things of one
 * kind, mostly named tools, platforms, languages and practices, so a member the matcher finds no
 * skill in is vocabulary an any-of group loses. Reads ../shared/fixtures/corpus/hn-2026.jsonl
 * without every posting of a report part (every labels file's report rows, and any ids listed in --ids) and without the hn-dev postings (../shared/fixtures/eval/).
 *
 * Prints, highest count of postings first: `unknown  N  member  e.g. sibling, sibling` for members
 * with no skill hit, and `alias  N  member  → skill` for those whose folded spelling (case, spaces,
 * hyphens, dots, a plural, "-js"/".js", a version number) equals a known form's: those are aliases.
 * `--variants` lists instead every spelling of a known form anywhere in the mined postings that the matcher leaves
 * alone (ambiguous forms judged out by their rules among them: look before adding).
 * It prints no posting's text beyond the list's members; what is added is written fresh, by hand.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { findSkills, skillForms, type SkillHit } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, SHARED } from '../helpers';
import { wordRuns } from './word-runs';

const args = process.argv.slice(2);
const opt = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const MIN = Number(opt('--min') ?? 2);
const idsFile = opt('--ids');

const jsonl = <T>(path: string): T[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T) : []);

/** Postings never mined: report ids of every label file and the list given, and hn-dev's. */
const excluded = new Set<string>();
if (idsFile !== undefined && existsSync(idsFile)) for (const l of readFileSync(idsFile, 'utf8').split('\n')) if (l.trim()) excluded.add(l.trim());
for (const f of readdirSync(`${ROOT}test/fixtures/labels/`))
  if (f.endsWith('.jsonl')) for (const r of jsonl<{ id?: number | string; split?: string }>(`${ROOT}test/fixtures/labels/${f}`)) if (r.split === 'report' && r.id !== undefined) excluded.add(String(r.id));
for (const f of readdirSync(`${SHARED}fixtures/eval/`)) if (f.endsWith('.jsonl')) for (const r of jsonl<{ id?: number | string }>(`${SHARED}fixtures/eval/${f}`)) if (r.id !== undefined) excluded.add(String(r.id));

const { taxonomy, matcher } = bundled();

/** Folded spelling: lowercase without spaces, hyphens, dots; no "js" ending, version number or plural s. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s\-._/]+/g, '')
    .replace(/v?\d+(?:x)?$/, '')
    .replace(/js$/, '')
    .replace(/s$/, '');
}
const known = new Map<string, string>();
for (const s of taxonomy.skills) for (const [f] of skillForms(s)) if (fold(f).length >= 2 && !known.has(fold(f))) known.set(fold(f), s.id);
known.set('k8', 'kubernetes');

/** Choice cues before a list, and the words that end one. */
const CUE = /\b(?:such as|e\.g\.,?|eg\.?|for example|for instance|like|including|one of|any of|either|(?:experience|familiarity|proficiency|expertise|knowledge|background|fluency) (?:with|in|of)|using|in)(?!\w)\s*:?\s*/gi;
/** A member: one to three words of a name shape. */
const MEMBER = /^[A-Za-z0-9][\w.+#'-]*(?:\s+[A-Za-z0-9][\w.+#'-]*){0,2}$/;
/** Leading or trailing words that are not part of a member. */
const EDGE = /^(?:and|or|nor|either|the|a|an|etc|other|similar|equivalent|comparable|related|modern|some|any|tools?)$/i;
/** Whole members that are prose, not names. */
const PROSE = /^(?:similar|equivalent|comparable|others?|more|etc|alternatives?|the like|whatever|anything|both|related|same|tools?|frameworks?|languages?|technologies|platforms?|experience|you|we|our|your|it|this|that|them|they|more|less|better|similar tools?|similar technologies|other tools|other languages)$/i;

interface Cand {
  posts: Set<string>;
  siblings: Map<string, number>;
  alias: string;
}
const cands = new Map<string, Cand>();

function covered(hits: SkillHit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && start < h.end);
}

/** Members of the list that starts at `from` in `seg` (offset `base` in the posting): up to the first end of clause. */
function members(seg: string, from: number): Array<{ t: string; start: number }> {
  const rest = seg.slice(from);
  const stop = /[.;:!?()\[\]\n]|\s[–—-]\s|\b(?:to|for|is|are|that|which|who|with|where|when|would|will|but|as well as|preferred|required|a plus|is a plus|nice)\b/i.exec(rest);
  const body = stop && stop.index > 0 ? rest.slice(0, stop.index) : rest;
  const out: Array<{ t: string; start: number }> = [];
  const sep = /\s*(?:,|\/|\||\bor\b|\band\b|&|\bnor\b)\s*/g;
  let last = 0;
  const pieces: Array<[string, number]> = [];
  for (const m of body.matchAll(sep)) {
    pieces.push([body.slice(last, m.index), last]);
    last = m.index + m[0].length;
  }
  pieces.push([body.slice(last), last]);
  if (pieces.length < 2) return out;
  for (const [p, off] of pieces) {
    const words = p.trim().split(/\s+/).filter(Boolean);
    while (words.length && EDGE.test(words[0]!)) words.shift();
    while (words.length && EDGE.test(words[words.length - 1]!)) words.pop();
    const t = words.join(' ').replace(/[,'"“”‘’*]+$/, '');
    if (!t || t.length < 2 || !MEMBER.test(t) || PROSE.test(t) || /^\d+$/.test(t)) continue;
    const at = p.indexOf(words[0]!);
    out.push({ t, start: from + off + Math.max(0, at) });
  }
  return out;
}

/** --variants: every run of one to three words anywhere in a mined posting (not only in lists) whose folded spelling is a known form's and that the matcher leaves alone. */
const VARIANTS = args.includes('--variants');
const variantCounts = new Map<string, { posts: Set<string>; id: string }>();
function variants(id: string, text: string, hits: SkillHit[]): void {
  for (const [a, b] of wordRuns(text)) {
    const key = text.slice(a, b);
    const k = known.get(fold(key));
    if (!k || fold(key).length < 3 || covered(hits, a, b)) continue;
    let v = variantCounts.get(key);
    if (!v) variantCounts.set(key, (v = { posts: new Set(), id: k }));
    v.posts.add(id);
  }
}

let mined = 0;
for (const post of jsonl<{ id: number | string; text: string }>(`${SHARED}fixtures/corpus/hn-2026.jsonl`)) {
  const id = String(post.id);
  if (excluded.has(id)) continue;
  mined++;
  const text = post.text;
  const hits = findSkills(matcher, text);
  if (VARIANTS) variants(id, text, hits);
  // The first line is the posting's header (company | role | place): names there are the employer's.
  const headEnd = text.indexOf('\n');
  for (const sent of text.matchAll(/[^\n.!?;]+(?:\.(?=\w)[^\n.!?;]*)*/g)) {
    if (sent.index < headEnd) continue;
    const seg = sent[0];
    const lists: Array<Array<{ t: string; start: number }>> = [];
    // After a cue: "such as A, B", "experience with A or B".
    for (const c of seg.matchAll(CUE)) {
      const ms = members(seg, c.index + c[0].length);
      const head = seg.slice(c.index + c[0].length);
      // A cue list must offer a choice: an "or", a slash, a cue of example ("such as", "e.g.", "like"), or "or similar".
      if (/such as|e\.?g|example|instance|like|including|one of|any of|either/i.test(c[0]) || /^[^.;:()]*?(?:\bor\b|\/)/.test(head.slice(0, 120))) lists.push(ms);
    }
    // Bare choice lists with no cue: "A, B, or C", "A or B", "A/B/C" whose members are names (capitalised, CamelCase, digits).
    for (const m of seg.matchAll(/(?:[A-Za-z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*)?\s*(?:,\s*|\/\s*|\s+or\s+|,\s*or\s+)){1,6}[A-Za-z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*)?/g)) {
      if (!/\bor\b|\//.test(m[0])) continue;
      const ms = members(seg.slice(0, m.index + m[0].length), m.index);
      if (ms.length >= 2 && ms.filter((x) => /^[A-Z0-9]|[A-Z]/.test(x.t)).length >= 2) lists.push(ms);
    }
    // "A or similar", "A or equivalent".
    for (const m of seg.matchAll(/([A-Za-z0-9][\w.+#-]*(?:\s[A-Z][\w.+#-]*)?)\s+or\s+(?:similar|equivalent|comparable|related)\b/g)) lists.push([{ t: m[1]!, start: m.index }]);
    for (const ms of lists) {
      const names = ms.map((m) => ({ ...m, abs: sent.index + m.start }));
      for (const m of names) {
        const end = m.abs + m.t.length;
        if (/https?:|www\.|@|\.(?:com|io|ai|dev|org)\b/.test(m.t)) continue;
        const k = known.get(fold(m.t));
        if (covered(hits, m.abs, end)) continue;
        const key = m.t;
        let c = cands.get(key);
        if (!c) cands.set(key, (c = { posts: new Set(), siblings: new Map(), alias: k ?? '' }));
        c.posts.add(id);
        for (const o of names) if (o !== m) c.siblings.set(o.t, (c.siblings.get(o.t) ?? 0) + 1);
      }
    }
  }
}

if (VARIANTS) {
  const vs = [...variantCounts].filter(([, v]) => v.posts.size >= MIN).sort((a, b) => b[1].posts.size - a[1].posts.size);
  console.log(`${mined} postings mined; ${vs.length} spellings of known forms the matcher leaves alone, in ≥ ${MIN} postings`);
  for (const [key, v] of vs) console.log(`variant\t${v.posts.size}\t${key}\t→ ${v.id}`);
  process.exit(0);
}

// Even out case: counts by lowercased spelling, shown under the commonest spelling.
const byLower = new Map<string, { spellings: Map<string, number>; posts: Set<string>; siblings: Map<string, number>; alias: string }>();
for (const [key, c] of cands) {
  const l = key.toLowerCase();
  let e = byLower.get(l);
  if (!e) byLower.set(l, (e = { spellings: new Map(), posts: new Set(), siblings: new Map(), alias: c.alias }));
  e.spellings.set(key, c.posts.size);
  for (const p of c.posts) e.posts.add(p);
  for (const [s, n] of c.siblings) e.siblings.set(s, (e.siblings.get(s) ?? 0) + n);
}
const rows = [...byLower.values()].filter((e) => e.posts.size >= MIN).sort((a, b) => b.posts.size - a.posts.size);
console.log(`${mined} postings mined (${excluded.size} ids left out); ${rows.length} members in ≥ ${MIN} postings with no skill hit`);
for (const e of rows) {
  const name = [...e.spellings].sort((a, b) => b[1] - a[1])[0]![0];
  const sib = [...e.siblings].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([s]) => s).join(', ');
  console.log(`${e.alias ? 'alias' : 'unknown'}\t${e.posts.size}\t${name}${e.alias ? `\t→ ${e.alias}` : ''}\t| ${sib}`);
}
