import * as tokenize from './tokenize';
import type { TokenArrays } from './tokenize';

// As this module's own bindings: loaded a file at a time (tsx), an imported name is read through a getter at each use.
const { lowerAt, TOK_GLUED, TOK_SENTENCE_SHIFT, TOK_WORD } = tokenize;

/**
 * Lists whose items share one head noun written only after the last item: "unit and integration tests",
 * "supervised, unsupervised and reinforcement learning", "front- and back-end development". The last item and the
 * head are a skill the matcher found ("integration tests"); each item before it counts when "<item> <head>" is
 * itself a form of the taxonomy ("unit tests"), read in the matcher's own trie, walking from the item straight on
 * to the head (so no pattern per form). Counter-cases stay out by the same test: "new and existing customers" has no skill
 * in its last item, "big and small data" neither, and "old and new integration tests" makes no form of "old".
 */

/** The part of a matcher candidate this reads and writes. */
export interface HeadCandidate {
  skillId: string;
  start: number;
  end: number;
  first: number;
  last: number;
  ambiguous: boolean;
  listOnly: boolean;
  /** The phrase an expanded item stands for ("unit tests"), where its span covers the item alone ("unit"). */
  form?: string;
}

/** Pushes the terms of exactly the phrase of tokens from … to, then head … last; with `head` < 0, of from … to alone. */
export type GapWalk<C> = (from: number, to: number, head: number, last: number, out: C[]) => void;

/** What may stand between two items: ",", "and", "or", "/", "&", up to three of them (", and", "and/or"). */
const JOINS = new Set([',', 'and', 'or', '/', '&']);
const MAX_JOINS = 3;

/** Token k is a join (see JOINS), told by its length and first letter before any string is made: this runs before every multi-word hit. */
function joinAt(text: string, toks: TokenArrays, k: number): boolean {
  const length = toks.end[k]! - toks.start[k]!;
  const c = text.charCodeAt(toks.start[k]!) | 0x20;
  if (length === 1) return c === 0x2c || c === 0x2f || c === 0x26;
  return (length === 2 && c === 0x6f) || (length === 3 && c === 0x61) ? JOINS.has(lowerAt(text, toks, k)) : false;
}

/**
 * Token k is a hyphen. (s49) A function of the module, not a closure made in sharedHeads at each call: loaded a file at a
 * time (tsx: tests, `npm run bench`), each closure a function names is given its name by a call at each creation.
 */
function hyphenAt(text: string, toks: TokenArrays, k: number): boolean {
  return toks.end[k]! - toks.start[k]! === 1 && text.charCodeAt(toks.start[k]!) === 0x2d;
}

/**
 * `kept` with, for each multi-word skill that ends a list, the earlier items that make a skill with its head.
 * Only forms no ambiguity rule judges are taken: the expansion runs after the rules, and a guarded form
 * ("R", "Go") read off a list is what those rules exist to doubt.
 */
export function sharedHeads<C extends HeadCandidate>(text: string, toks: TokenArrays, kept: C[], walk: GapWalk<C>): C[] {
  let added: C[] | null = null;
  const info = toks.info;
  for (let ci = 0; ci < kept.length; ci++) {
    const c = kept[ci]!;
    if (c.last === c.first || c.first === 0 || !joinAt(text, toks, c.first - 1) || c.listOnly || c.form !== undefined) continue;
    const sentence = info[c.first]! >> TOK_SENTENCE_SHIFT;
    let k = c.first - 1;
    for (let item = 0; ; item++) {
      let joins = 0;
      let commas = 0;
      while (k >= 0 && joins < MAX_JOINS && joinAt(text, toks, k)) {
        if (text.charCodeAt(toks.start[k]!) === 0x2c) commas++;
        k--;
        joins++;
      }
      if (joins === 0 || k < 0 || info[k]! >> TOK_SENTENCE_SHIFT !== sentence) break;
      // A comma alone before the last item says the list goes on with whole items: "SRE, Analytics, Data Engineering".
      if (item === 0 && commas === joins) break;
      // The item: one word, or words glued by hyphens ("time-series"), or a word and the hyphen it ends with ("front-").
      // The tokenizer drops a hyphen between words, so the walk takes "front" of "front-" and the head's "end" joins it as in "front-end".
      const to = info[k]! & TOK_WORD ? k : hyphenAt(text, toks, k) && info[k]! & TOK_GLUED && k > 0 && info[k - 1]! & TOK_WORD ? k - 1 : -1;
      if (to < 0) break;
      let from = to;
      while (from > 0 && info[from]! & TOK_GLUED && (info[from - 1]! & TOK_WORD || hyphenAt(text, toks, from - 1))) from--;
      if (!(info[from]! & TOK_WORD)) break;
      // An item that ends a skill of its own is a whole item, not a modifier: "text processing, or search engines".
      if (kept.some((o) => o.first < from && o.last >= from && o.last <= to)) break;
      let found = false;
      let own: C[] | null = null;
      for (let h = c.first + 1; h <= c.last && !found; h++) {
        const walked: C[] = [];
        walk(from, to, h, c.last, walked);
        for (const t of walked) {
          if (t.ambiguous || t.listOnly) continue;
          found = true;
          const start = toks.start[from]!;
          const end = toks.end[to]!;
          if (kept.some((o) => o.skillId === t.skillId && o.start < end && o.end > start)) continue;
          if (added?.some((o) => o.skillId === t.skillId && o.start === start)) continue;
          // An item that names the skill alone was judged by its own rules ("automation and dev tooling").
          if (!own) walk(from, to, -1, -1, (own = []));
          if (own.some((o) => o.skillId === t.skillId && o.last === to)) continue;
          const hanging = to < k;
          t.form = text.slice(start, end) + (hanging ? '-' : ' ') + text.slice(toks.start[h]!, toks.end[c.last]!);
          t.start = start;
          t.end = end;
          t.first = from;
          t.last = to;
          (added ??= []).push(t);
        }
      }
      // An item that makes no skill with the head ends the list read: "Python, Go and unit tests".
      if (!found) break;
      k = from - 1;
    }
  }
  if (!added) return kept;
  // Each in its place by start, as the hits are read in order; a posting adds one or two, so no sort of all.
  const out = kept.slice();
  for (const a of added) {
    let at = out.length;
    while (at > 0 && out[at - 1]!.start > a.start) at--;
    out.splice(at, 0, a);
  }
  return out;
}
