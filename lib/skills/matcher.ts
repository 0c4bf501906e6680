import type { AmbiguityRule, Skill } from './schema';
import * as tokenize from './tokenize';
import { TokenArrays, type TokenMask } from './tokenize';
import { sharedHeads as sharedHeads_ } from './shared-head';
import * as ruleEdges from './rule-edges';
import { finnicNominatives, finnicText, hungarianNominatives, hungarianText, namedPlace, nominatives, originListBefore, slavicText } from './inflection';
import type { EdgeLiterals } from './rule-edges';

// The token module's constants and functions as this module's own bindings: where a module is loaded one file at a
// time (tsx, for tests, the command line and `npm run bench`), each imported name is read through a getter, and the
// hot loops below read them per token; a bundle (the extension) inlines them either way.
const { hashOf, lowerAt, maskTokens, normalizeText, scanTokens, unmasked, narrow, TOK_FOLD, TOK_GLUED, TOK_SENTENCE_SHIFT, TOK_WORD } = tokenize;
const sharedHeads = sharedHeads_;
const { edgeLiterals, endsWithOne, isSpace, joinAfter, joinBefore, joinGap, startsWithOne } = ruleEdges;

/** One mention of a skill in a text. Offsets are UTF-16 indices into that text. */
export interface SkillHit {
  skillId: string;
  start: number;
  end: number;
  text: string;
}

interface CompiledRule {
  accept: boolean;
  /** A rule's pattern as written until a mention first needs it: most rules are never tried in a worker's life, and a RegExp costs heap. */
  before: RegExp | string | null;
  after: RegExp | string | null;
  /** `after` can only match where the text after the mention opens with white space (it starts "^\\s+" and has no "|" outside a group): told without running it. */
  afterSpace: boolean;
  /** What `before` needs at its window's end, and `after` at its window's start (lib/skills/rule-edges.ts): told without running them. */
  /** (s48) Read from the pattern the first time a mention needs it (undefined till then): a rule whose `before` fails is never asked its `after`. */
  beforeEdge: EdgeLiterals | null | undefined;
  afterEdge: EdgeLiterals | null | undefined;
  /** The patterns as written (`before` and `after` become RegExps when first run). */
  beforeSource: string | null;
  afterSource: string | null;
  near: string[] | null;
}

export interface Judge {
  source: NonNullable<Skill['ambiguity']>;
  compiled: CompiledAmbiguity | null;
}

interface CompiledAmbiguity {
  rules: CompiledRule[];
  accept: boolean;
  /** Some rule needs the sentence's other skills. */
  near: boolean;
}

/**
 * The taxonomy compiled into one token trie, kept in flat typed arrays: the
 * service worker holds it for its whole life, and a trie of objects and Maps
 * took ~2.3 MB where this takes a tenth of that (`npm run bench` prints it).
 *
 * Nodes are numbered breadth-first from the root (0), so the children of node n
 * are the nodes first(n) … first(n + 1) − 1, sorted by the code of the edge
 * into them: the token's key id × 4 + how it joins the token before (JOIN_*).
 *
 * Laid out for the caches, as a posting is read: a token's look-up reads one slot of keyTable and one record of
 * keyRec (its characters and its node under the root in the same 16 bytes), a node's children and terminals are
 * told by one pair of nodeRec, a terminal's skill and flags by one pair of termRec. In separate arrays (a key's
 * offset, its text, its root child; a node's first child, its first terminal) each token read five to seven
 * cache lines, and in `npm run bench`'s turns, where the baselines push the tables out of the caches between
 * extractions, these misses were most of what extraction paid beyond the floor.
 */
export interface Matcher {
  /**
   * Every lowercased token text some form contains, as one string, key after key in id order (key k starts at
   * the sum of the lengths before it). Only read for a key's characters past those keyRec holds.
   */
  keyText: string;
  /**
   * One number a slot: the key's hash's upper 16 bits, and its id + 1 in the lower 16 (0: an empty slot).
   * Slots are a power of two, at most 35% full, so a token that is no key (most are
   * not) meets an empty slot at once; as many bytes as two numbers a slot 70% full.
   */
  keyTable: Int32Array;
  /**
   * Four numbers a key, by id (KEY_*): its length, whether a character is above U+00FF (KEY_WIDE), and its
   * node under the root (0: no form starts with it) in the first; then its characters, four to a number, one
   * byte each: twelve when it has twelve or fewer, else eight and, in the fourth, where it starts in keyText
   * (a wide key: all its characters there, from the fourth).
   */
  keyRec: Int32Array;
  /**
   * The forms' first two tokens, as bits: for each child of a node under the root, the bit pairBit(that node, the
   * edge's code) is set. A token whose node has no terminal and whose next token's bit is clear starts no walk:
   * most tokens that start a form start none here ("data" before "is"), and this is read in a table of 32 KB
   * where the walk reads the node's pair and its children's edges.
   */
  pairBits: Int32Array;
  /** Two numbers a node n, and a pair after the last: its first child and its first terminal (index into termRec's pairs). */
  nodeRec: Int32Array;
  edge: Int32Array;
  /** Two numbers a terminal: its skill (index into skillIds), and TERM_* bits with (index into `exact`) + 1 shifted by TERM_EXACT_SHIFT (0 there when any case goes). */
  termRec: Int32Array;
  /** A case-sensitive form's tokens, each as written. */
  exact: string[][];
  skillIds: string[];
  /** Each skill's category, by the same index ("tool", "language"): a guarded name's list is read by its kind (toolSense). */
  categories: string[];
  /**
   * Each skill's ambiguity rules as the taxonomy holds them (null: none), by the same index as skillIds, compiled the
   * first time a mention needs them (most never are). An array, not a Map by id: a Map hashes the id string at each mention.
   */
  judges: Array<Judge | null>;
  /** Skill id → every skill it implies, transitively: a mention of EKS puts Kubernetes in the sentence too. */
  implied: Map<string, string[]>;
  /** Number of distinct forms compiled, plurals and spelling variants included. */
  forms: number;
}

/** The skill's ambiguity rules judge this form. */
const TERM_AMBIGUOUS = 1;
/** A capitalised cased form ("Groovy") met in lower or upper case: a skill only between other skills of a list ("python, groovy"). */
const TERM_LIST_ONLY = 2;
const TERM_EXACT_SHIFT = 2;

/** How a token joins the one before it in a form: words after words whatever the space ("load-balancer", "load balancer"); around punctuation, spacing matters (".NET" is not "Python. Net"). */
const JOIN_WORD = 0;
const JOIN_GLUED = 1;
const JOIN_SPACED = 2;

/** keyRec's first number: the key's length (8 bits), KEY_WIDE, KEY_ROOT_TERMS (its node under the root has terminals), and that node above KEY_ROOT_SHIFT. */
const KEY_LENGTH = 0xff;
const KEY_WIDE = 0x100;
const KEY_ROOT_TERMS = 0x200;
const KEY_ROOT_SHIFT = 10;
/** pairBits' size in bits (a power of two): ~9,000 pairs leave one look-up in thirty a false "maybe". */
const PAIR_BITS = 1 << 18;

/** The bit of pairBits for the child by `code` of `node`. */
function pairBit(node: number, code: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
  return (h ^ (h >>> 15)) & (PAIR_BITS - 1);
}

/** pairBits (see Matcher) of the trie. */
export function pairBitsOf(nodeRec: Int32Array, edge: Int32Array): Int32Array {
  const bits = new Int32Array(PAIR_BITS >> 5);
  for (let c = nodeRec[0]!; c < nodeRec[2]!; c++) {
    for (let g = nodeRec[2 * c]!; g < nodeRec[2 * c + 2]!; g++) {
      const b = pairBit(c, edge[g]!);
      bits[b >> 5]! |= 1 << (b & 31);
    }
  }
  return bits;
}
/** The characters keyRec holds of a key of up to twelve, and of a longer one (the rest are read in keyText). */
const KEY_INLINE = 12;
const KEY_INLINE_LONG = 8;

/**
 * The key id of token k of `toks` (its lowercased text), or −1; its node under the root goes in keyRoot.
 * Its characters are compared with the key's record, folded to lowercase: no string is made, but for a word
 * with non-ASCII letters.
 */
function tokenKey(m: Matcher, text: string, toks: TokenArrays, k: number): number {
  const h = toks.hash[k]!;
  const table = m.keyTable;
  const mask = table.length - 1;
  const info = toks.info[k]!;
  const start = toks.start[k]!;
  const lower = info & TOK_FOLD ? lowerAt(text, toks, k) : null;
  const len = lower === null ? toks.end[k]! - start : lower.length;
  const rec = m.keyRec;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const v = table[slot]!;
    if (v === 0) return -1;
    if ((v ^ h) >>> 16 !== 0) continue;
    const e = (v & 0xffff) - 1;
    const r = 4 * e;
    const head = rec[r]!;
    if ((head & KEY_LENGTH) !== len) continue;
    // The characters in the record, then (a long or a wide key) the rest in keyText.
    const inline = head & KEY_WIDE ? 0 : len > KEY_INLINE ? KEY_INLINE_LONG : len;
    let j = 0;
    if (lower !== null) {
      for (; j < inline; j++) if (((rec[r + 1 + (j >> 2)]! >>> ((j & 3) << 3)) & 0xff) !== lower.charCodeAt(j)) break;
    } else if (info & TOK_WORD) {
      // (s49) An ASCII word's characters four at a time, as the record holds them (one byte each): then one by one.
      for (; j + 4 <= inline; j += 4) {
        const p = start + j;
        const c0 = text.charCodeAt(p);
        const c1 = text.charCodeAt(p + 1);
        const c2 = text.charCodeAt(p + 2);
        const c3 = text.charCodeAt(p + 3);
        const w = (c0 >= 65 && c0 <= 90 ? c0 | 32 : c0) | ((c1 >= 65 && c1 <= 90 ? c1 | 32 : c1) << 8) | ((c2 >= 65 && c2 <= 90 ? c2 | 32 : c2) << 16) | ((c3 >= 65 && c3 <= 90 ? c3 | 32 : c3) << 24);
        if (w !== rec[r + 1 + (j >> 2)]) break;
      }
      for (; j < inline; j++) {
        const c = text.charCodeAt(start + j);
        if (((rec[r + 1 + (j >> 2)]! >>> ((j & 3) << 3)) & 0xff) !== (c >= 65 && c <= 90 ? c | 32 : c)) break;
      }
    } else for (; j < inline; j++) if (((rec[r + 1 + (j >> 2)]! >>> ((j & 3) << 3)) & 0xff) !== text.charCodeAt(start + j)) break;
    if (j < inline) continue;
    if (j < len) {
      const keyText = m.keyText;
      const a = rec[r + 3]!;
      if (lower !== null) while (j < len && keyText.charCodeAt(a + j) === lower.charCodeAt(j)) j++;
      else if (info & TOK_WORD) {
        for (; j < len; j++) {
          const c = text.charCodeAt(start + j);
          if (keyText.charCodeAt(a + j) !== (c >= 65 && c <= 90 ? c | 32 : c)) break;
        }
      } else while (j < len && keyText.charCodeAt(a + j) === text.charCodeAt(start + j)) j++;
      if (j < len) continue;
    }
    keyRoot = head >>> KEY_ROOT_SHIFT;
    keyRootTerms = (head & KEY_ROOT_TERMS) !== 0;
    return e;
  }
}
/** Set by each tokenKey that finds a key: its node under the root (0: none), and whether that node has terminals. */
let keyRoot = 0;
let keyRootTerms = false;

/**
 * keyRec (see Matcher) for the keys of keyText whose lengths are `lengths`, and the trie's root children
 * (nodeRec, edge). Throws where a key or a node does not fit its field.
 */
export function keyRecords(keyText: string, lengths: ArrayLike<number>, nodeRec: Int32Array, edge: Int32Array): Int32Array {
  const keys = lengths.length;
  const rec = new Int32Array(4 * keys);
  for (let k = 0, at = 0; k < keys; k++) {
    const len = lengths[k]!;
    if (len > KEY_LENGTH) throw new Error(`a token of ${len} characters in the taxonomy's forms; the matcher's keys hold at most ${KEY_LENGTH}`);
    let wide = false;
    for (let j = 0; j < len; j++) if (keyText.charCodeAt(at + j) > 0xff) wide = true;
    const r = 4 * k;
    rec[r] = len | (wide ? KEY_WIDE : 0);
    const inline = wide ? 0 : len > KEY_INLINE ? KEY_INLINE_LONG : len;
    for (let j = 0; j < inline; j++) rec[r + 1 + (j >> 2)]! |= keyText.charCodeAt(at + j) << ((j & 3) << 3);
    if (inline < len) rec[r + 3] = at;
    at += len;
  }
  const nodes = nodeRec.length / 2 - 1;
  if (nodes >= 1 << (31 - KEY_ROOT_SHIFT)) throw new Error(`the trie's ${nodes} nodes do not fit the matcher's key records`);
  for (let c = nodeRec[0]!; c < nodeRec[2]!; c++) rec[4 * (edge[c]! >> 2)]! |= (c << KEY_ROOT_SHIFT) | (nodeRec[2 * c + 1] !== nodeRec[2 * c + 3] ? KEY_ROOT_TERMS : 0);
  return rec;
}

/** The node under the root for key id `key` (0: none). */
function rootOf(m: Matcher, key: number): number {
  return m.keyRec[4 * key]! >>> KEY_ROOT_SHIFT;
}

/**
 * The token texts of the forms while they are compiled, each given the next
 * key id the first time it is met: an open-addressing table of their hashes,
 * fed straight from scanTokens' arrays, so a form's words are compared where
 * they stand and only a new key becomes a string.
 */
class KeyBuilder {
  count = 0;
  hashes: number[] = [];
  /** The keys' characters, one after another: key k is chars[starts[k]] … chars[starts[k + 1] − 1]. Compared there, not in a string each (a string's length and characters are one more read each, out of the caches). */
  private chars: Uint16Array = new Uint16Array(1 << 17);
  private starts: Int32Array = new Int32Array(16384 + 1);
  /** One number a slot, as Matcher.keyTable's: the hash's upper 16 bits and the id + 1 (0: empty). A third full at most: most tokens are met again. */
  private table = new Int32Array(32768); // room for the bundled taxonomy's ~9,500 keys without growing

  /** The key id of token k of `toks` (a scan of `text`). */
  id(text: string, toks: TokenArrays, k: number): number {
    const h = toks.hash[k]!;
    const table = this.table;
    const mask = table.length - 1;
    const start = toks.start[k]!;
    const lower = toks.info[k]! & TOK_FOLD ? lowerAt(text, toks, k) : null;
    const len = lower === null ? toks.end[k]! - start : lower.length;
    const word = (toks.info[k]! & TOK_WORD) !== 0;
    const { chars, starts } = this;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const v = table[slot]!;
      if (v === 0) break;
      if ((v ^ h) >>> 16 !== 0) continue;
      const e = v & 0xffff;
      const a = starts[e - 1]!;
      if (starts[e]! - a !== len) continue;
      let j = 0;
      if (lower !== null) while (j < len && chars[a + j] === lower.charCodeAt(j)) j++;
      else if (word) {
        for (; j < len; j++) {
          const c = text.charCodeAt(start + j);
          if (chars[a + j] !== (c >= 65 && c <= 90 ? c | 32 : c)) break;
        }
      } else while (j < len && chars[a + j] === text.charCodeAt(start + j)) j++;
      if (j === len) return e - 1;
    }
    const id = this.count++;
    if (id + 1 >= 0xffff) throw new Error(`the taxonomy's forms hold ${id + 1} distinct tokens; the matcher's key table holds at most 65534`);
    if (id + 2 > this.starts.length) this.starts = grown(this.starts, 0);
    let at = this.starts[id]!;
    while (at + len > this.chars.length) {
      const more = new Uint16Array(this.chars.length * 2);
      more.set(this.chars);
      this.chars = more;
    }
    const out = this.chars;
    if (lower !== null) for (let j = 0; j < len; j++) out[at++] = lower.charCodeAt(j);
    else if (word) {
      for (let j = 0; j < len; j++) {
        const c = text.charCodeAt(start + j);
        out[at++] = c >= 65 && c <= 90 ? c | 32 : c;
      }
    } else for (let j = 0; j < len; j++) out[at++] = text.charCodeAt(start + j);
    this.starts[id + 1] = at;
    this.hashes.push(h);
    table[slot] = (h & ~0xffff) | (id + 1);
    if (this.count * 3 > mask + 1) {
      const m2 = 2 * table.length - 1;
      const wider = (this.table = new Int32Array(m2 + 1));
      for (let x = 0; x < this.count; x++) {
        let q = this.hashes[x]! & m2;
        while (wider[q] !== 0) q = (q + 1) & m2;
        wider[q] = (this.hashes[x]! & ~0xffff) | (x + 1);
      }
    }
    return id;
  }

  /** The keys joined (see Matcher.keyText), and each one's length. */
  texts(): { keyText: string; lengths: Int32Array } {
    const lengths = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) lengths[k] = this.starts[k + 1]! - this.starts[k]!;
    // In pieces (a call's arguments are bounded), joined into one flat string.
    const end = this.starts[this.count]!;
    const pieces: string[] = [];
    for (let at = 0; at < end; at += 8192) pieces.push(String.fromCharCode.apply(null, this.chars.subarray(at, Math.min(end, at + 8192)) as unknown as number[]));
    return { keyText: pieces.join(''), lengths };
  }
}

/** The open-addressing table of Matcher.keyTable, for keys 0 … hashes.length - 1 whose tokens' hashes are `hashes`. */
export function keyTableFor(hashes: ArrayLike<number>): Int32Array {
  const n = hashes.length;
  if (n >= 0xffff) throw new Error(`the taxonomy's forms hold ${n} distinct tokens; the matcher's key table holds at most 65534`);
  let size = 1;
  while (size * 0.35 < n) size *= 2;
  const keyTable = new Int32Array(size);
  for (let id = 0; id < n; id++) {
    const h = hashes[id]!;
    let slot = h & (size - 1);
    while (keyTable[slot] !== 0) slot = (slot + 1) & (size - 1);
    keyTable[slot] = (h & ~0xffff) | (id + 1);
  }
  return keyTable;
}

const CONTEXT = 40;

/** The forms a skill is matched by, before plurals: [form, caseSensitive]. A form listed in `cased` is matched only in its case, even if it is also an alias. */
export function skillForms(skill: Skill): Array<[string, boolean]> {
  const forms: string[] = [];
  const exact: boolean[] = [];
  formsInto(skill, forms, exact);
  return forms.map((f, k) => [f, exact[k]!]);
}

/** skillForms, pushed onto two lists (the form, whether only its case goes): compiling lists ~12,000, and a pair each is garbage. */
function formsInto(skill: Skill, forms: string[], exact: boolean[]): void {
  addForm(forms, exact, skill.cased, skill.name);
  for (const a of skill.aliases) addForm(forms, exact, skill.cased, a);
  for (const m of skill.misspellings) addForm(forms, exact, skill.cased, m);
  for (const c of skill.cased) {
    forms.push(c);
    exact.push(true);
  }
}

/** A form that differs from a cased one only in case is one more exact spelling ("awk" beside "AWK"), never a case-insensitive form. */
function addForm(forms: string[], exact: boolean[], cased: readonly string[], form: string): void {
  if (cased.length === 0) {
    forms.push(form);
    exact.push(false);
    return;
  }
  if (cased.includes(form)) return;
  const lower = form.toLowerCase();
  let same = false;
  for (const c of cased) if (c.toLowerCase() === lower) same = true;
  forms.push(form);
  exact.push(same);
}

function pluralsOf(last: string, caseSensitive: boolean): string[] {
  if (caseSensitive) return /^[A-Z0-9]*[A-Z][A-Z0-9]*$/.test(last) && last.length >= 2 ? [last + 's'] : [];
  if (!/^[a-z]+$/i.test(last) || last.length < 3) return /^[a-z]{2}$/i.test(last) ? [last + 's'] : [];
  const l = last.toLowerCase();
  if (l.endsWith('s')) return [];
  if (/(x|z|ch|sh)$/.test(l)) return [last + 'es'];
  if (/[^aeiou]y$/.test(l)) return [last.slice(0, -1) + 'ies', last + 's'];
  return [last + 's'];
}

/**
 * British and American spellings of one word, when a rule holds for every word
 * of its shape: -ize/-ise (optimization, optimisation; a stem of three letters
 * or more, so "size" and "prize" stay as they are), -yze/-yse (analyze,
 * analyse), -elling/-eling (modelling, modeling), -iour/-ior (behaviour,
 * behavior) and -ntre/-nter, -bre/-ber (data centre, fibre). The other
 * spelling is never another English word of its own ("four" and "tour" are
 * not -iour words).
 */
export function spellingVariant(word: string): string | null {
  const m = /^([a-z]{3,})(i[zs]|y[zs])(e|es|ed|er|ers|ing|ation|ations)$/.exec(word);
  if (m) {
    const swap = m[2]![1] === 'z' ? m[2]![0] + 's' : m[2]![0] + 'z';
    if (m[2]![0] === 'y' && /ation/.test(m[3]!)) return null;
    return m[1]! + swap + m[3]!;
  }
  const l = /^([a-z]{3,}e)(ll?)(ing|ed|er|ers)$/.exec(word);
  if (l) return l[1]! + (l[2] === 'll' ? 'l' : 'll') + l[3]!;
  const o = /^([a-z]{2,}i)(ou?r)(s|al|ally)?$/.exec(word);
  if (o) return o[1]! + (o[2] === 'or' ? 'our' : 'or') + (o[3] ?? '');
  const r = /^([a-z]{2,}(?:nt|b))(re|er)(s)?$/.exec(word);
  if (r) return r[1]! + (r[2] === 're' ? 'er' : 're') + (r[3] ?? '');
  return null;
}

/** Holds wherever spellingVariant could change a word (the endings it knows, whatever comes before): most forms have none. */
const RESPELLABLE = /[iy][zs](?:e|ing|ation)|ell?(?:ing|ed|er)|iou?r|(?:nt|b)(?:re|er)/i;

/**
 * Whether two letters RESPELLABLE needs side by side stand in the form (i or y then z or s; "el"; "io"; t or b then r
 * or e), told by a loop over its characters before the pattern runs: most forms have none of its endings, and its run
 * cost a twentieth of compiling. (A letter's code | 32 is its lowercase; no other character's is a letter's.)
 */
function respellable(form: string): boolean {
  let a = form.charCodeAt(0) | 32;
  for (let k = 1; k < form.length; k++) {
    const b = form.charCodeAt(k) | 32;
    if ((a === 105 || a === 121) && (b === 122 || b === 115)) return true; // iz is yz ys
    if ((a === 101 && b === 108) || (a === 105 && b === 111)) return true; // el io
    if ((a === 116 || a === 98) && (b === 114 || b === 101)) return true; // tr te br be
    a = b;
  }
  return false;
}

/** The form with every word in its other spelling, or null when no word has one. Only plain lowercase words change. */
function respelled(form: string): string | null {
  if (!respellable(form) || !RESPELLABLE.test(form)) return null;
  let changed = false;
  const out = form.replace(/[A-Za-z]+/g, (w) => {
    if (w !== w.toLowerCase() && w.slice(1) !== w.slice(1).toLowerCase()) return w;
    const v = spellingVariant(w.toLowerCase());
    if (!v) return w;
    changed = true;
    return w[0] === w[0]!.toUpperCase() ? v[0]!.toUpperCase() + v.slice(1) : v;
  });
  return changed ? out : null;
}

/** Two words that may be written as one, with a hyphen or (short ones) a space between them: "on-call", "self hosted". */
const JOINABLE = /^([A-Za-z]?[a-z]+)([- ])([a-z]{2,})$/;
const VOWEL = /[aeiouy]/i;
const ROLE_NOUN = /^(?:engineers?|developers?|scientists?|analysts?|architects?|managers?|designers?|admins?|administrators?|advocates?|leads?|writers?|owners?)$/;

/**
 * The form written as one word, when it is two words that writers also join:
 * "on-call" → "oncall", "self-hosted" → "selfhosted", "fine tuning" →
 * "finetuning". Only plain lowercase words, each with a vowel ("gh-ost" keeps
 * its hyphen), five letters or more joined; a space-separated pair only when
 * it joins into twelve letters or fewer (long phrases are not written solid).
 * The joined word is never an English word of its own for these compounds of
 * technical words; soft skills (prose) are left as they are by the caller.
 */
export function joinedVariant(form: string): string | null {
  // (Told first without the pattern: most forms hold neither a space nor a hyphen.)
  if (form.indexOf(' ') < 0 && form.indexOf('-') < 0) return null;
  const m = JOINABLE.exec(form);
  if (!m) return null;
  const [, a, sep, b] = m as unknown as [string, string, string, string];
  const joined = a + b;
  if (joined.length < 5 || !VOWEL.test(a) || !VOWEL.test(b)) return null;
  if (sep === ' ' && (a.length < 2 || joined.length > 12)) return null;
  // "data engineer" joined is an e-mail handle ("dataengineer [at] …"), not a way to write the role.
  if (ROLE_NOUN.test(b)) return null;
  return joined;
}

/** A library named "<word>.js": the suffix may be glued on as letters. */
const DOT_JS = /^([A-Za-z][A-Za-z0-9]*)\.js$/i;

/**
 * A JavaScript library's name written without its dot, as writers often do:
 * "Three.js" → "threejs" (matched in any case: ThreeJS, threeJS), "Chart.js" →
 * "chartjs". Only one-word names ending in ".js"; the word with "js" glued on
 * is never an English word of its own.
 */
export function dotJsVariant(form: string): string | null {
  if (form.charCodeAt(form.length - 3) !== 46) return null; // no ".js" at the end: told without the pattern
  const m = DOT_JS.exec(form);
  return m ? m[1]! + 'js' : null;
}

/** One word in two capitalised parts: "TypeScript", "PostgreSQL", "NumPy". */
const CAMEL = /^([A-Z][a-z]{1,})([A-Z][A-Za-z]+)$/;
const SPLIT_TAILS = new Set(['Script', 'Flow', 'Query', 'Search', 'Socket', 'Sockets', 'Shell']);

/**
 * A one-word name written in its two parts, as writers sometimes do: "Type
 * Script", "Postgre SQL", "Git Hub", "Num Py". Matched only as written (each
 * part capitalised as in the name), so "an open search" is never "OpenSearch".
 * Only names with one inner capital qualify, and only when the split cannot
 * read as two ordinary words naming something else.
 */
export function splitVariant(form: string): string | null {
  const c = form.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return null; // not a capital first: told without the pattern
  const m = CAMEL.exec(form);
  if (!m) return null;
  const [, a, b] = m as unknown as [string, string, string];
  if (/[a-z][A-Z]/.test(b)) return null;
  // Two ordinary capitalised words ("Data Hub", "Fire Hydrant") also name other things: only an
  // all-caps second part, a short first part ("Git Hub", "Num Py") or a part no name of a thing ends in qualifies.
  if (b !== b.toUpperCase() && a.length > 3 && !SPLIT_TAILS.has(b)) return null;
  return a + ' ' + b;
}

/**
 * A practice named by its object and an action noun ("secrets management", "deployment automation", "incident
 * response") is asked as often with the verb and its object: "manage secrets", "automating deployments", "respond to
 * incidents". The action nouns whose "<object> <noun>" reads "<noun> of <object>", each with its verb's base, third
 * person and -ing forms. Left out: nouns whose modifier names a kind, not an object ("unit testing", "visual design",
 * "predictive modeling"), and "documentation", "scheduling", "processing" (their verbs are everyday words).
 */
const VERB_OF: Record<string, readonly [string, string, string]> = {
  management: ['manage', 'manages', 'managing'],
  response: ['respond to', 'responds to', 'responding to'],
  automation: ['automate', 'automates', 'automating'],
  migration: ['migrate', 'migrates', 'migrating'],
  orchestration: ['orchestrate', 'orchestrates', 'orchestrating'],
  signing: ['sign', 'signs', 'signing'],
  validation: ['validate', 'validates', 'validating'],
  deployment: ['deploy', 'deploys', 'deploying'],
  serving: ['serve', 'serves', 'serving'],
  monitoring: ['monitor', 'monitors', 'monitoring'],
  tuning: ['tune', 'tunes', 'tuning'],
  profiling: ['profile', 'profiles', 'profiling'],
  provisioning: ['provision', 'provisions', 'provisioning'],
  hardening: ['harden', 'hardens', 'hardening'],
  rotation: ['rotate', 'rotates', 'rotating'],
  scanning: ['scan', 'scans', 'scanning'],
  optimization: ['optimize', 'optimizes', 'optimizing'],
  analysis: ['analyze', 'analyzes', 'analyzing'],
  instrumentation: ['instrument', 'instruments', 'instrumenting'],
  labeling: ['label', 'labels', 'labeling'],
  ingestion: ['ingest', 'ingests', 'ingesting'],
  encryption: ['encrypt', 'encrypts', 'encrypting'],
  replication: ['replicate', 'replicates', 'replicating'],
  sharding: ['shard', 'shards', 'sharding'],
  training: ['train', 'trains', 'training'],
  evaluation: ['evaluate', 'evaluates', 'evaluating'],
  visualization: ['visualize', 'visualizes', 'visualizing'],
  transformation: ['transform', 'transforms', 'transforming'],
  review: ['review', 'reviews', 'reviewing'],
  planning: ['plan', 'plans', 'planning'],
  reduction: ['reduce', 'reduces', 'reducing'],
  administration: ['administer', 'administers', 'administering'],
  cleaning: ['clean', 'cleans', 'cleaning'],
  detection: ['detect', 'detects', 'detecting'],
  compression: ['compress', 'compresses', 'compressing'],
  integration: ['integrate', 'integrates', 'integrating'],
  classification: ['classify', 'classifies', 'classifying'],
};
/** VERB_OF as a Map: a fresh string looked up as an object's key is interned first, which cost a twentieth of compiling (and a Map has no inherited keys). */
const VERBS = new Map(Object.entries(VERB_OF));
/** Each action noun's length × 128 + its first letter, and those of the British spellings read as one ("modelling", "labelling"). */
const VERB_HEADS = new Set([...VERBS.keys(), 'modelling', 'labelling'].map((k) => k.length * 128 + k.charCodeAt(0)));
const NO_VARIANTS: string[] = [];
/** A modifier that names a kind or a manner, not the thing acted on ("continuous deployment", "live migration", "fine tuning"). */
const NOT_OBJECT = /(?:al|ous|ive|ic|ed|ary|ful|less|able|ible|ing|ial|ar)$|^(?:continuous|manual|live|fine|async|synchronous|asynchronous|horizontal|binary|static|convex|multinode|quant|ab|split|ai|it|tf|mig|web|napalm|oncall|fourier|taint|survival|root|envelope|instruction|problem|change|risk|cost|costs|fleet|policy|legacy|cloud|product|content|user|process|behavior|query|scheduling|routing|preference|cis|program|spline|saas|ops|bayesian|ad|multiplayer|motion|key)$/;
/** Objects that take no plural ("manage access", not "manage accesses"). */
const MASS = /^(?:data|code|infrastructure|software|capacity|access|memory|performance|latency|throughput|security|compliance|traffic|metadata|telemetry|fraud|abuse|spam|inference|storage|config|configuration|state|toil|marketing|analytics|sql|firmware|malware|demand|sentiment|literature|retention|production|hardware|linux|windows|kubernetes|os|qa|lab|laboratory)$/;

/**
 * The verb-and-object forms of a practice's "<object> <action noun>" form (see VERB_OF): "secrets management" →
 * "manage secrets", "managing secrets"; "deployment automation" → "automate deployment(s)", "automating deployment(s)";
 * "artifact signing" also "sign artefacts". None for any other shape, nor for a modifier that is no object
 * (NOT_OBJECT). The caller drops a form another skill already has.
 */
export function verbObjectVariants(form: string): string[] {
  // The action noun after the first space first, told without the pattern: most forms end in none of VERB_OF's.
  const space = form.indexOf(' ');
  if (space < 0) return NO_VARIANTS;
  // (Its length and first letter before any string is made: most tails have neither of an action noun's.)
  if (!VERB_HEADS.has((form.length - space - 1) * 128 + (form.charCodeAt(space + 1) | 32))) return NO_VARIANTS;
  const tail = form.slice(space + 1).toLowerCase();
  if (!VERBS.has(tail === 'modelling' ? 'modeling' : tail === 'labelling' ? 'labeling' : tail)) return [];
  const m = /^([a-z]{2,}) ([a-z]+)$/.exec(form.toLowerCase());
  if (!m) return [];
  const [, object, noun] = m as unknown as [string, string, string];
  const verbs = VERBS.get(noun === 'modelling' ? 'modeling' : noun === 'labelling' ? 'labeling' : noun);
  if (!verbs || NOT_OBJECT.test(object)) return [];
  const objects = [object];
  if (!MASS.test(object)) objects.push(...pluralsOf(object, false));
  if (object.startsWith('artifact')) objects.push(...objects.map((o) => o.replace('artifact', 'artefact')));
  const out: string[] = [];
  // Not the third person: "our backend ingests data" tells what a product does, not what the candidate is asked.
  for (const v of [verbs[0], verbs[2]]) for (const o of objects) out.push(`${v} ${o}`);
  // (s44) And the passive a resume writes, the objects then what was done to them: "models deployed on SageMaker",
  // "secrets managed in Vault". Only plural objects and a one-word verb: "model deployed" reads as a noun phrase too.
  const done = /^[a-z]+$/.test(verbs[0]) ? (verbs[0].endsWith('e') ? `${verbs[0]}d` : `${verbs[0]}ed`) : null;
  if (done !== null) for (const o of objects) if (o.endsWith('s') && !o.endsWith('ss')) out.push(`${o} ${done}`);
  return out;
}

const LAST_WORD = /([\p{L}\p{N}]+)$/u;

/** Where the form's last word (LAST_WORD) starts, or −1: ASCII told by a loop, the pattern only past a character above it. */
function lastWord(f: string): number {
  let k = f.length;
  for (; k > 0; k--) {
    const c = f.charCodeAt(k - 1);
    if (c >= 128) {
      const m = LAST_WORD.exec(f);
      return m ? m.index : -1;
    }
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
  }
  return k < f.length ? k : -1;
}
/** A form that names a person in a role, qualified ("AI Engineer", "Product Manager"; not a bare "designer", said of anyone): its plural names several, whatever the skill's `plural` says. */
const ROLE_FORM = /\S\s+(engineer|developer|manager|scientist|architect|analyst|designer|researcher|consultant|administrator|specialist)$/i;
/** A cased form that is a capitalised word of four letters or more: its lowercase may name it inside a list. */
const LISTABLE = /^[A-Z][a-z]{3,}$/;

/**
 * The trie while it is built: nodes numbered as they are made, each node's children as a linked list (most nodes
 * have one child or none; the root's thousands are found by key in rootKid), terminals as linked lists per node.
 * No object or Map per node: compiling runs once per worker life, before the first posting is read, and a Map per
 * node cost most of its time; an open-addressing table of (parent, code) → child (384 KB) cost a tenth of it in
 * cache misses.
 */
class Builder {
  nodes = 1;
  /** Per node: its first child and its next sibling (0: none), and the code of the edge into it. */
  kidHead: Int32Array = new Int32Array(32768); // room for the bundled taxonomy's ~20,000 nodes without growing
  kidNext: Int32Array = new Int32Array(32768);
  kidCode: Int32Array = new Int32Array(32768);
  /** Per node: its first and last terminal (−1: none). Typed and grown by doubling: arrays of numbers grown by push cost a fifth of compiling. */
  termHead: Int32Array = new Int32Array(32768).fill(-1);
  termTail: Int32Array = new Int32Array(32768).fill(-1);
  /** Per terminal: its skill, flags and the node's next terminal (−1: none); termCount of them. */
  termSkill: Int32Array = new Int32Array(20000);
  termFlags: Int32Array = new Int32Array(20000);
  termNext: Int32Array = new Int32Array(20000);
  termCount = 0;

  /** The root's child by a form's first key: no walk along the root's list of thousands. */
  private rootKid: Int32Array = new Int32Array(16384);

  /** The root's child for a form's first token, key id `key` (joined as a word: JOIN_WORD). */
  root(key: number): number {
    while (key >= this.rootKid.length) this.rootKid = grown(this.rootKid, 0);
    let c = this.rootKid[key]!;
    if (c === 0) this.rootKid[key] = c = this.made(0, key * 4 + JOIN_WORD);
    return c;
  }

  child(node: number, code: number): number {
    for (let c = this.kidHead[node]!; c !== 0; c = this.kidNext[c]!) if (this.kidCode[c] === code) return c;
    return this.made(node, code);
  }

  /** A new child of `node` by `code`. */
  private made(node: number, code: number): number {
    const c = this.nodes++;
    if (c >= this.termHead.length) {
      this.termHead = grown(this.termHead, -1);
      this.termTail = grown(this.termTail, -1);
      this.kidHead = grown(this.kidHead, 0);
      this.kidNext = grown(this.kidNext, 0);
      this.kidCode = grown(this.kidCode, 0);
    }
    this.kidCode[c] = code;
    this.kidNext[c] = this.kidHead[node]!;
    this.kidHead[node] = c;
    return c;
  }

  /** Adds a terminal unless the node has it already; false when it had. */
  term(node: number, skill: number, flags: number): boolean {
    for (let t = this.termHead[node]!; t >= 0; t = this.termNext[t]!) if (this.termSkill[t] === skill && this.termFlags[t] === flags) return false;
    const t = this.termCount++;
    if (t >= this.termSkill.length) {
      this.termSkill = grown(this.termSkill, 0);
      this.termFlags = grown(this.termFlags, 0);
      this.termNext = grown(this.termNext, 0);
    }
    this.termSkill[t] = skill;
    this.termFlags[t] = flags;
    this.termNext[t] = -1;
    if (this.termTail[node]! >= 0) this.termNext[this.termTail[node]!] = t;
    else this.termHead[node] = t;
    this.termTail[node] = t;
    return true;
  }
}

/** `a` in an array twice its length, the new half filled with `fill`. */
function grown(a: Int32Array, fill: number): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/**
 * A set of strings as an open-addressing table of their FNV-1a hashes: a Set of ~12,000 fresh strings cost three
 * times as much (~3 ms of compiling), each string hashed and stored in a runtime call.
 */
class StringSet {
  private list: string[] = [];
  private hashes: number[] = [];
  private table: Int32Array;
  constructor(room: number) {
    let size = 16;
    while (size * 0.5 < room) size *= 2;
    this.table = new Int32Array(size);
  }

  private slotOf(s: string, h: number): number {
    const table = this.table;
    const mask = table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const e = table[slot]!;
      if (e === 0 || (this.hashes[e - 1] === h && this.list[e - 1] === s)) return slot;
    }
  }

  has(s: string): boolean {
    return this.table[this.slotOf(s, hashOf(s))] !== 0;
  }

  add(s: string): void {
    const h = hashOf(s);
    const slot = this.slotOf(s, h);
    if (this.table[slot] !== 0) return;
    this.list.push(s);
    this.hashes.push(h);
    this.table[slot] = this.list.length;
    if (this.list.length * 2 > this.table.length) {
      const table = (this.table = new Int32Array(this.table.length * 2));
      const mask = table.length - 1;
      for (let e = 0; e < this.list.length; e++) {
        let slot = this.hashes[e]! & mask;
        while (table[slot] !== 0) slot = (slot + 1) & mask;
        table[slot] = e + 1;
      }
    }
  }
}

/** Compiles the taxonomy into one token trie. Done once per service-worker life. */
export function compileMatcher(skills: readonly Skill[]): Matcher {
  const keys = new KeyBuilder();
  const trie = new Builder();
  const toks = new TokenArrays(64);
  const exact: string[][] = [];
  const exactIds = new Map<string, number>();
  const skillIds: string[] = [];
  const judges: Array<Judge | null> = [];
  let forms = 0;
  // Every form of every skill, lowercased: a verb-and-object variant another skill names already is left to that skill.
  const named = new StringSet(16384);
  // Every skill's forms, listed once: skill i's are formList[formStart[i]] … formList[formStart[i + 1] - 1] (see skillForms).
  const formList: string[] = [];
  const formCased: boolean[] = [];
  const formStart = new Int32Array(skills.length + 1);
  for (let i = 0; i < skills.length; i++) {
    formsInto(skills[i]!, formList, formCased);
    formStart[i + 1] = formList.length;
  }
  for (const form of formList) named.add(form.toLowerCase());
  function add(raw: string, caseSensitive: boolean, skill: number, ambiguous: boolean, listOnly = false): void {
    const form = normalizeText(raw).text;
    scanTokens(form, toks);
    const n = toks.count;
    if (n === 0) return;
    const info = toks.info;
    let node = trie.root(keys.id(form, toks, 0));
    for (let k = 1; k < n; k++) {
      const join = info[k - 1]! & info[k]! & TOK_WORD ? JOIN_WORD : info[k]! & TOK_GLUED ? JOIN_GLUED : JOIN_SPACED;
      node = trie.child(node, keys.id(form, toks, k) * 4 + join);
    }
    let flags = (ambiguous ? TERM_AMBIGUOUS : 0) | (listOnly ? TERM_LIST_ONLY : 0);
    if (caseSensitive && !listOnly) {
      // Sized to fit: the matcher keeps these for the worker's life (an array grown by push keeps room for 17).
      const written = new Array<string>(n);
      for (let k = 0; k < n; k++) written[k] = form.slice(toks.start[k]!, toks.end[k]!);
      const key = n === 1 ? written[0]! : written.join('\u0000');
      let e = exactIds.get(key);
      if (e === undefined) {
        exactIds.set(key, (e = exact.length));
        exact.push(written);
      }
      flags |= (e + 1) << TERM_EXACT_SHIFT;
    }
    if (trie.term(node, skill, flags)) forms++;
  }
  for (const skill of skills) {
    const index = skillIds.length;
    skillIds.push(skill.id);
    const judged = judgedForms(skill);
    for (let fi = formStart[index]!; fi < formStart[index + 1]!; fi++) {
      const form = formList[fi]!;
      const caseSensitive = formCased[fi]!;
      const ambiguous = judged === null || judged.has(form);
      const other = caseSensitive ? null : respelled(form);
      const joined = caseSensitive || skill.category === 'soft' ? null : joinedVariant(form);
      const split = caseSensitive ? null : splitVariant(form);
      if (split !== null) add(split, true, index, ambiguous);
      const unDotted = caseSensitive ? null : dotJsVariant(form);
      if (unDotted !== null) add(unDotted, false, index, ambiguous);
      for (let v = 0; v < 3; v++) {
        const f = v === 0 ? form : v === 1 ? other : joined;
        if (f === null) continue;
        add(f, caseSensitive, index, ambiguous);
        if (caseSensitive && LISTABLE.test(f)) add(f, false, index, ambiguous, true);
        // A role name is counted like any noun ("AI engineers"), even for a skill whose own name takes no plural.
        // (ROLE_FORM's nouns all end in "r" or "t": told first without the pattern.)
        if (!skill.plural && !((f.charCodeAt(f.length - 1) | 32) === 114 || (f.charCodeAt(f.length - 1) | 32) === 116 ? ROLE_FORM.test(f) : false)) continue;
        const at = lastWord(f);
        if (at < 0) continue;
        for (const p of pluralsOf(f.slice(at), caseSensitive)) add(f.slice(0, at) + p, caseSensitive, index, ambiguous);
      }
    }
    // "manage secrets" for secrets management (verbObjectVariants), and its other spelling ("analyse logs").
    if (skill.category !== 'soft')
      for (let fi = formStart[index]!; fi < formStart[index + 1]!; fi++) {
        const form = formList[fi]!;
        if (formCased[fi]) continue;
        const ambiguous = judged === null || judged.has(form);
        for (const v of verbObjectVariants(form)) {
          // Not over another skill's name ("harden Windows Server", "harden Kubernetes"): the longest form would take it.
          if (named.has(v) || named.has(v.slice(v.lastIndexOf(' ') + 1))) continue;
          add(v, false, index, ambiguous);
          const other = respelled(v);
          if (other !== null && !named.has(other)) add(other, false, index, ambiguous);
        }
      }
    judges.push(skill.ambiguity ? { source: skill.ambiguity, compiled: null } : null);
  }
  const categories = skills.map((s) => s.category as string);
  const { nodeRec, edge, termRec } = flatten(trie);
  const { keyText, lengths } = keys.texts();
  return {
    keyText,
    keyTable: keyTableFor(keys.hashes),
    keyRec: keyRecords(keyText, lengths, nodeRec, edge),
    pairBits: pairBitsOf(nodeRec, edge),
    nodeRec,
    edge,
    termRec,
    exact,
    skillIds,
    categories,
    judges,
    implied: impliedClosure(skills),
    forms,
  };
}

/** The built trie laid out breadth-first in typed arrays (see Matcher): each node's children sorted by edge code. */
function flatten(trie: Builder): { nodeRec: Int32Array; edge: Int32Array; termRec: Int32Array } {
  const nodes = trie.nodes;
  const { kidHead, kidNext, kidCode } = trie;
  // Breadth-first order: order[new] = build number; edge[new] = the edge into it; first[new] = its first child.
  const order = new Int32Array(nodes);
  const edge = new Int32Array(nodes);
  const first = new Int32Array(nodes + 1);
  let size = 1;
  // A node with many children (the root has thousands) is sorted as packed numbers, code then child; insertion
  // sort there cost a sixth of compiling. Codes and node numbers fit: code < 2^31, node < 2^21.
  let packed: Float64Array | null = null;
  for (let n = 0; n < nodes; n++) {
    first[n] = size;
    const from = size;
    for (let c = kidHead[order[n]!]!; c !== 0; c = kidNext[c]!) {
      order[size] = c;
      edge[size++] = kidCode[c]!;
    }
    const count = size - from;
    if (count > 32 && nodes < 2097152) {
      if (!packed || packed.length < count) packed = new Float64Array(count);
      const run = packed.subarray(0, count);
      for (let a = 0; a < count; a++) run[a] = edge[from + a]! * 2097152 + order[from + a]!;
      run.sort();
      for (let a = 0; a < count; a++) {
        const code = Math.floor(run[a]! / 2097152);
        edge[from + a] = code;
        order[from + a] = run[a]! - code * 2097152;
      }
      continue;
    }
    // Insertion sort: most nodes have one child or none.
    for (let a = from + 1; a < size; a++) {
      const kc = edge[a]!;
      const kn = order[a]!;
      let b = a - 1;
      while (b >= from && edge[b]! > kc) {
        edge[b + 1] = edge[b]!;
        order[b + 1] = order[b]!;
        b--;
      }
      edge[b + 1] = kc;
      order[b + 1] = kn;
    }
  }
  first[nodes] = size;
  const nodeRec = new Int32Array(2 * nodes + 2);
  const termRec = new Int32Array(2 * trie.termCount);
  let terms = 0;
  for (let n = 0; n < nodes; n++) {
    nodeRec[2 * n] = first[n]!;
    nodeRec[2 * n + 1] = terms;
    for (let t = trie.termHead[order[n]!]!; t >= 0; t = trie.termNext[t]!) {
      termRec[2 * terms] = trie.termSkill[t]!;
      termRec[2 * terms++ + 1] = trie.termFlags[t]!;
    }
  }
  nodeRec[2 * nodes] = first[nodes]!;
  nodeRec[2 * nodes + 1] = terms;
  return { nodeRec, edge, termRec };
}

const NO_FORMS: ReadonlySet<string> = new Set();

/** The forms a skill's ambiguity rules judge, or null for all of them. */
function judgedForms(skill: Skill): ReadonlySet<string> | null {
  if (!skill.ambiguity) return NO_FORMS;
  if (skill.ambiguity.forms) return new Set(skill.ambiguity.forms);
  return skill.cased.length > 0 ? new Set(skill.cased) : null;
}

/** Skill id → every skill it implies, transitively. The one place the closure is computed (the matcher and the comparison use it). */
export function impliedClosure(skills: readonly Skill[]): Map<string, string[]> {
  const direct = new Map(skills.map((s) => [s.id, s.implies]));
  const out = new Map<string, string[]>();
  for (const s of skills) {
    if (s.implies.length === 0) continue;
    const seen = new Set<string>();
    const stack = [...s.implies];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id) || id === s.id) continue;
      seen.add(id);
      stack.push(...(direct.get(id) ?? []));
    }
    out.set(s.id, [...seen]);
  }
  return out;
}

function compiled(judge: Judge): CompiledAmbiguity {
  if (!judge.compiled) {
    const rules = judge.source.rules.map(compileRule);
    judge.compiled = { accept: judge.source.otherwise === 'accept', rules, near: rules.some((r) => r.near !== null) };
  }
  return judge.compiled;
}

function compileRule(r: AmbiguityRule): CompiledRule {
  return {
    accept: r.decision === 'accept',
    before: r.before ?? null,
    after: r.after ?? null,
    afterSpace: r.after !== undefined && r.after.startsWith('^\\s+') && !topLevelAlternation(r.after),
    beforeEdge: r.before === undefined ? null : undefined,
    afterEdge: r.after === undefined ? null : undefined,
    beforeSource: r.before ?? null,
    afterSource: r.after ?? null,
    near: r.near ?? null,
  };
}

/** Whether a pattern's source has a "|" outside every group and class (then its "^" anchors one branch only). */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

interface Candidate {
  skillId: string;
  /** Index into skillIds. */
  skill: number;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** First and last token. */
  first: number;
  last: number;
  sentence: number;
  ambiguous: boolean;
  listOnly: boolean;
  /** Matched by a form that counts only in its case ("Linear", "Go"): a name, where toolSense may read its place. */
  cased: boolean;
  /** An item of a list with a shared head: the phrase it stands for ("unit tests" for "unit" in "unit and integration tests"). */
  form?: string;
}

/** Tokens up to this many are scanned into buffers kept for the next text (20 bytes a token: at most 40 KB stay in the worker); a longer text gets its own, let go after. */
const KEEP_TOKENS = 2048;
let tokenBuffer = new TokenArrays(1024);
/** Each token's key id (−1 for none), and its node under the root (0 for none). */
let idBuffer = new Int32Array(1024);
let rootBuffer = new Int32Array(1024);

/** The walk's path: token index and node of each node with terminals, deepest last. Forms are far shorter than this. */
const PATH_MAX = 256;
const pathTok = new Int32Array(PATH_MAX);
const pathNode = new Int32Array(PATH_MAX);

/**
 * Finds every skill mentioned in `text`: longest match first, linear in the
 * text's length (each token starts at most one walk, bounded by the longest
 * form). The text is normalised first (lib/skills/tokenize.ts normalizeText);
 * offsets and `text` of each hit are the original's.
 */
/**
 * One sense a discourse: a form an ambiguity rule accepted somewhere in a posting ("Spark and Ray clusters") vouches
 * for the same form, written the same way, where no rule decided and only the form's default would reject it
 * ("Experience with Ray" in another section). Keys are `skillId surface` (see `discourseKey`). `accepted` and
 * `doubted` collect, for the caller, the forms a rule accepted and those the default alone rejected.
 */
export interface Discourse {
  vouched?: ReadonlySet<string>;
  accepted?: Set<string>;
  doubted?: Set<string>;
}

export const discourseKey = (skillId: string, surface: string): string => `${skillId} ${surface}`;

export function findSkills(matcher: Matcher, original: string, discourse?: Discourse): SkillHit[] {
  const norm = normalizeText(original);
  const text = norm.text;
  let toks = tokenBuffer;
  scanTokens(text, toks);
  const n = toks.count;
  if (toks.start.length > KEEP_TOKENS) tokenBuffer = new TokenArrays(1024); // this text's buffers go with it
  let ids = idBuffer;
  let roots = rootBuffer;
  if (ids.length < n) {
    ids = new Int32Array(Math.max(n, ids.length * 2));
    roots = new Int32Array(ids.length);
    if (ids.length <= KEEP_TOKENS) {
      idBuffer = ids;
      rootBuffer = roots;
    }
  }
  touchKeys(matcher, toks, roots);
  for (let i = 0; i < n; i++) {
    const id = tokenKey(matcher, text, toks, i);
    ids[i] = id;
    // The node under the root, shifted, and 1 where it has terminals.
    roots[i] = id < 0 || keyRoot === 0 ? 0 : (keyRoot << 1) | (keyRootTerms ? 1 : 0);
  }
  // (s59) A tool's name with a Slavic case ending ("v Terraformu", "w Kafce"): read as the name (lib/skills/inflection.ts).
  // (s60) And a Hungarian one with its case suffix ("Dockerben", "Grafanával"), in a Hungarian text.
  // (s61) And a Finnish or Estonian one ("Pythonilla", "Grafanassa", "Pythonis", "Flywayga"), in a text of those languages.
  // A Finnish or Estonian text is read before a Slavic one: Estonian glues "-s" on names ("Lua-s ja Go-s"), which the
  // Slavic test counts as the preposition.
  inflectedAt = hungarianText(text)
    ? inflectedNames(matcher, text, toks, ids, roots, hungarianNominatives)
    : finnicText(text)
      ? inflectedNames(matcher, text, toks, ids, roots, finnicNominatives)
      : slavicText(text)
        ? inflectedNames(matcher, text, toks, ids, roots)
        : null;
  const mask = maskTokens(text, toks);
  const info = toks.info;
  const candidates: Candidate[] = [];
  let lists = false;
  const pairs = matcher.pairBits;
  for (let i = 0; i < n; ) {
    // A token no form starts with starts no walk, nor one whose node has no terminal and no child by the next token.
    const root = roots[i]!;
    let consumed = 0;
    if (root !== 0) {
      let walk = (root & 1) !== 0;
      if (!walk && i + 1 < n && ids[i + 1]! >= 0) {
        const code = ids[i + 1]! * 4 + (info[i]! & info[i + 1]! & TOK_WORD ? JOIN_WORD : info[i + 1]! & TOK_GLUED ? JOIN_GLUED : JOIN_SPACED);
        const b = pairBit(root >> 1, code);
        walk = (pairs[b >> 5]! & (1 << (b & 31))) !== 0;
      }
      if (walk) consumed = longestAt(matcher, text, toks, ids, root >> 1, mask, i, candidates);
    }
    // "distributed/backend systems": the word before a slash can end the phrase after it (distributed systems).
    // The walk skips "/backend"; the main loop still reads "backend systems" on its own.
    if (consumed === 0 && root !== 0 && slashPair(text, toks, i)) longestAt(matcher, text, toks, ids, root >> 1, mask, i, candidates, true);
    i += consumed > 0 ? consumed : 1;
    if (consumed > 0 && candidates[candidates.length - 1]!.listOnly) lists = true;
  }
  const judged = resolveAmbiguity(matcher, text, lists ? inLists(text, toks, candidates) : candidates, discourse);
  // "unit and integration tests": the items before a list's last one that make a skill with its head.
  const kept = withSharedHeads(matcher, text, toks, ids, mask, judged);
  const out: SkillHit[] = [];
  for (const c of kept) {
    let { start, end } = c;
    if (norm.starts) {
      const s = norm.starts;
      // A mention covers whole original characters: not the "1" of "½".
      if ((start > 0 && s[start] === s[start - 1]) || (end < text.length && s[end] === s[end - 1])) continue;
      start = s[start]!;
      end = norm.ends![end]!;
    }
    // (narrow: a long form's text is read by the context rules, as their windows are.)
    out.push({ skillId: c.skillId, start, end, text: c.form ?? narrow(original.slice(start, end)) });
  }
  return out;
}

/**
 * Reads each token's first slot of keyTable, then the key record it names, in passes of loads that do not wait on
 * each other: out of the caches (in `npm run bench`'s turns the baselines push the tables out between extractions)
 * the processor then fetches many lines at once, where tokenKey, token after token, waits for each in turn.
 * Nothing is decided here; `scratch` only keeps the loads from being dropped.
 */
function touchKeys(m: Matcher, toks: TokenArrays, scratch: Int32Array): void {
  const table = m.keyTable;
  const rec = m.keyRec;
  const mask = table.length - 1;
  const hash = toks.hash;
  const n = toks.count;
  for (let i = 0; i < n; i++) scratch[i] = table[hash[i]! & mask]!;
  for (let i = 0; i < n; i++) {
    const v = scratch[i]!;
    scratch[i] = v !== 0 && ((v ^ hash[i]!) >>> 16) === 0 ? rec[4 * ((v & 0xffff) - 1)]! : 0;
  }
}

/** The trie walk sharedHeads needs, made here: a closure in findSkills would move its hot loop's variables to the heap. */
function withSharedHeads(matcher: Matcher, text: string, toks: TokenArrays, ids: Int32Array, mask: TokenMask | null, judged: Candidate[]): Candidate[] {
  return sharedHeads(text, toks, judged, (from, to, head, last, out) => termsAlong(matcher, text, toks, ids, mask, from, to, head, last, out));
}

/**
 * The terms of exactly the phrase of tokens from … to, then head … last ("unit" then "tests"; with head < 0, from … to
 * alone), each a candidate over the whole run. Its own walk, apart from longestAt: no longest match is sought, and
 * the main loop's walk stays as the JIT compiled it. Case-sensitive forms are left out (their case is not checked here).
 */
function termsAlong(m: Matcher, text: string, toks: TokenArrays, ids: Int32Array, mask: TokenMask | null, from: number, to: number, head: number, last: number, out: Candidate[]): void {
  if (ids[from]! < 0) return;
  const end = head < 0 ? to : last;
  const info = toks.info;
  const { nodeRec, edge, termRec } = m;
  let node = rootOf(m, ids[from]!);
  for (let j = from; node !== 0 && j !== end; ) {
    const nx = j === to ? head : j + 1;
    const key = ids[nx]!;
    if (key < 0) return;
    // How token nx joins the token before it in the text (see JOIN_*): after the jump, the head's own neighbour.
    const code = key * 4 + (info[nx - 1]! & info[nx]! & TOK_WORD ? JOIN_WORD : info[nx]! & TOK_GLUED ? JOIN_GLUED : JOIN_SPACED);
    let lo = nodeRec[2 * node]!;
    const last = nodeRec[2 * node + 2]!;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edge[mid]! < code) lo = mid + 1;
      else hi = mid;
    }
    node = lo < last && edge[lo] === code ? lo : 0;
    j = nx;
  }
  if (node === 0 || (mask && !unmasked(mask, from, end))) return;
  for (let t = nodeRec[2 * node + 1]!; t < nodeRec[2 * node + 3]!; t++) {
    const flags = termRec[2 * t + 1]!;
    if (flags >> TERM_EXACT_SHIFT > 0) continue;
    out.push({
      skillId: m.skillIds[termRec[2 * t]!]!,
      skill: termRec[2 * t]!,
      start: toks.start[from]!,
      end: toks.end[end]!,
      first: from,
      last: end,
      sentence: info[from]! >> TOK_SENTENCE_SHIFT,
      ambiguous: (flags & TERM_AMBIGUOUS) !== 0,
      listOnly: (flags & TERM_LIST_ONLY) !== 0,
      cased: false,
    });
  }
}

/** Word token i, then "/" and a word glued to it, then a spaced word: "distributed/backend systems". */
function slashPair(text: string, toks: TokenArrays, i: number): boolean {
  const info = toks.info;
  if (i + 3 >= toks.count) return false;
  if (!(info[i]! & TOK_WORD) || !(info[i + 2]! & TOK_WORD) || !(info[i + 3]! & TOK_WORD)) return false;
  if (!(info[i + 1]! & TOK_GLUED) || !(info[i + 2]! & TOK_GLUED) || info[i + 3]! & TOK_GLUED) return false;
  return toks.end[i + 1]! - toks.start[i + 1]! === 1 && text.charCodeAt(toks.start[i + 1]!) === 0x2f;
}

/**
 * Walks the trie from token i; pushes the longest accepted terminal(s); returns tokens consumed.
 * With `gap`, the walk goes from token i straight to token i + 3 (see slashPair) and
 * keeps only the phrases that reach past the gap.
 */
function longestAt(m: Matcher, text: string, toks: TokenArrays, ids: Int32Array, root: number, mask: TokenMask | null, i: number, out: Candidate[], gap = false): number {
  let node = root;
  const { nodeRec, edge, termRec } = m;
  const info = toks.info;
  const n = toks.count;
  let depth = 0;
  let j = i;
  for (;;) {
    if (nodeRec[2 * node + 1] !== nodeRec[2 * node + 3]) {
      pathTok[depth] = j;
      pathNode[depth] = node;
      if (++depth === PATH_MAX) break;
    }
    let lo = nodeRec[2 * node]!;
    const end = nodeRec[2 * node + 2]!;
    let hi = end;
    const skip = gap && j === i;
    const nx = skip ? i + 3 : j + 1;
    const prev = skip ? i + 2 : j;
    if (lo === hi || nx >= n) break;
    const key = ids[nx]!;
    if (key < 0) break;
    // How token nx joins the token before it (see JOIN_*).
    const code = key * 4 + (info[prev]! & info[nx]! & TOK_WORD ? JOIN_WORD : info[nx]! & TOK_GLUED ? JOIN_GLUED : JOIN_SPACED);
    // Binary search among the children, sorted by edge code.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edge[mid]! < code) lo = mid + 1;
      else hi = mid;
    }
    if (lo === end || edge[lo] !== code) break;
    node = lo;
    j = nx;
  }
  for (let p = depth - 1; p >= 0; p--) {
    const last = pathTok[p]!;
    if (gap && last === i) break;
    if (mask && !unmasked(mask, i, last)) continue;
    const at = pathNode[p]!;
    const before = out.length;
    for (let t = nodeRec[2 * at + 1]!; t < nodeRec[2 * at + 3]!; t++) {
      const skill = termRec[2 * t]!;
      const skillId = m.skillIds[skill]!;
      const flags = termRec[2 * t + 1]!;
      const e = flags >> TERM_EXACT_SHIFT;
      if (e > 0 && !exactMatches(text, toks, i, m.exact[e - 1]!)) continue;
      const listOnly = (flags & TERM_LIST_ONLY) !== 0;
      if (listOnly && !oneCase(text, toks, i)) continue;
      let dup = false;
      for (let k = before; k < out.length; k++) {
        if (out[k]!.skillId !== skillId) continue;
        dup = true;
        if (!listOnly) out[k]!.listOnly = false; // "JAVA" is written as its cased form says: no list needed
      }
      if (dup) continue;
      // A phrase read across a slash ("distributed/backend systems") is the first word's mention, standing for the phrase, as
      // an item of a list with a shared head is: its span stops before the slash, and the phrase after it keeps its own.
      const c: Candidate = {
        skillId,
        skill,
        start: toks.start[i]!,
        end: toks.end[gap ? i : last]!,
        first: i,
        last: gap ? i : last,
        sentence: info[i]! >> TOK_SENTENCE_SHIFT,
        ambiguous: (flags & TERM_AMBIGUOUS) !== 0,
        listOnly,
        cased: e > 0,
      };
      if (gap) c.form = text.slice(toks.start[i]!, toks.end[i]!) + ' ' + text.slice(toks.start[i + 3]!, toks.end[last]!);
      out.push(c);
    }
    if (out.length > before) return last - i + 1;
  }
  return 0;
}

/**
 * (s59) The tokens of this text read as a tool's name with a Slavic case ending taken off, each with that name as
 * the taxonomy writes its key (lowercase), or null where the text is in no such language.
 */
let inflectedAt: Map<number, string> | null = null;
const stemTokens = new TokenArrays(8);
const NO_INFLECTION: ReadonlySet<string> = new Set(['practice', 'soft']);

/**
 * Gives each word of the text no form knows, whose ending is a Slavic case's and whose stem (its nominative rebuilt) is a
 * key, that key's id, and where a form is that one word and names a tool (no practice or soft skill), its root: the walk
 * then reads "Terraformu" as "Terraform", "Spring Boote" as "Spring Boot". A word before a capitalised adjective ("Kotlinę
 * Kłodzką") is part of a place's name and stays as it is.
 */
function inflectedNames(m: Matcher, text: string, toks: TokenArrays, ids: Int32Array, roots: Int32Array, stemsOf: (word: string) => string[] = nominatives): Map<number, string> | null {
  let out: Map<number, string> | null = null;
  const n = toks.count;
  const { nodeRec, termRec, categories } = m;
  for (let i = 0; i < n; i++) {
    if (ids[i]! >= 0 || !(toks.info[i]! & TOK_WORD)) continue;
    const len = toks.end[i]! - toks.start[i]!;
    if (len < 3 || len > 40) continue;
    const word = text.slice(toks.start[i]!, toks.end[i]!);
    const stems = stemsOf(word);
    if (stems.length === 0) continue;
    if (i + 1 < n && toks.info[i + 1]! & TOK_WORD && toks.start[i + 1] === toks.end[i]! + 1 && namedPlace(text.slice(toks.start[i + 1]!, toks.end[i + 1]!))) continue;
    // One of a list of places the thing comes from ("iz Darjeelinga i s Jave"), where the item before names no tool.
    const origin = originListBefore(text.slice(Math.max(0, toks.start[i]! - 60), toks.start[i]!));
    if (origin !== null && !knownName(m, origin)) continue;
    // (s61) In a Finnish or Estonian text, a word after a capitalised word no form knows is the second word of another
    // name ("Genesys Cloudi"), not a tool.
    if (stemsOf === finnicNominatives && i > 0 && ids[i - 1]! < 0 && toks.info[i - 1]! & TOK_WORD && /^\p{Lu}/u.test(text.slice(toks.start[i - 1]!, toks.end[i - 1]!)) && toks.start[i] === toks.end[i - 1]! + 1) continue;
    for (const stem of stems) {
      scanTokens(stem, stemTokens);
      if (stemTokens.count !== 1) continue;
      const key = tokenKey(m, stem, stemTokens, 0);
      if (key < 0) continue;
      const root = keyRoot;
      let tool = false;
      if (root !== 0 && keyRootTerms) {
        for (let t = nodeRec[2 * root + 1]!; t < nodeRec[2 * root + 3]!; t++) if (!NO_INFLECTION.has(categories[termRec[2 * t]!]!)) tool = true;
      }
      // A later word of a form ("Boote" of "Spring Boot") goes on from the word before it, which must be a key.
      if (!tool && !(i > 0 && ids[i - 1]! >= 0)) continue;
      ids[i] = key;
      roots[i] = tool ? (root << 1) | 1 : 0;
      (out ??= new Map()).set(i, stem);
      break;
    }
  }
  return out;
}

/** Whether a word, or its nominative, is a key of the taxonomy's forms. */
function knownName(m: Matcher, word: string): boolean {
  for (const w of [word, ...nominatives(word)]) {
    scanTokens(w, stemTokens);
    if (stemTokens.count === 1 && tokenKey(m, w, stemTokens, 0) >= 0) return true;
  }
  return false;
}

function exactMatches(text: string, toks: TokenArrays, i: number, exact: string[]): boolean {
  for (let k = 0; k < exact.length; k++) {
    const start = toks.start[i + k]!;
    const w = exact[k]!;
    // (s59) An inflected name ("Javě") is compared by the name it was read as ("Java").
    const stem = inflectedAt?.get(i + k);
    if (stem !== undefined) {
      if (stem !== w) return false;
      continue;
    }
    if (toks.end[i + k]! - start !== w.length || !text.startsWith(w, start)) return false;
  }
  return true;
}

/** All lowercase or all uppercase, as list items are written ("python, groovy", "PYTHON, GROOVY"). */
function oneCase(text: string, toks: TokenArrays, k: number): boolean {
  const written = text.slice(toks.start[k]!, toks.end[k]!);
  return written === lowerAt(text, toks, k) || written === written.toUpperCase();
}

/** What joins list items; "(" too, after a skill that opens its own list ("Python (flask, celery)"). */
const LIST_JOINS = new Set([',', '/', '&', '|', 'and', 'or', '(']);

/**
 * Keeps a list-only candidate ("groovy" in "python, groovy") when the token
 * beside it joins it to another skill of the same list; a list of several
 * such words is read outwards from the skills that need no list.
 */
function inLists(text: string, toks: TokenArrays, candidates: Candidate[]): Candidate[] {
  const kept = candidates.map((c) => !c.listOnly);
  const joins = (k: number) => k >= 0 && k < toks.count && LIST_JOINS.has(lowerAt(text, toks, k));
  for (let changed = true; changed; ) {
    changed = false;
    for (let a = 0; a < candidates.length; a++) {
      if (kept[a]) continue;
      const c = candidates[a]!;
      const prev = a > 0 && kept[a - 1] && candidates[a - 1]!.last === c.first - 2 && joins(c.first - 1);
      const next = a + 1 < candidates.length && kept[a + 1] && candidates[a + 1]!.first === c.last + 2 && joins(c.last + 1);
      if (prev || next) changed = kept[a] = true;
    }
  }
  return candidates.filter((_, a) => kept[a]);
}

let verdictBuffer = new Int8Array(64);
let heldBuffer = new Int32Array(64);
let atBuffer = new Int32Array(64);

function resolveAmbiguity(matcher: Matcher, text: string, candidates: Candidate[], discourse?: Discourse): Candidate[] {
  if (!matcher.judges.some((j) => j !== null)) return candidates;
  // Each judged candidate's own context decides first. Only when a rule needs
  // the sentence's other skills are they gathered: the sure ones and the
  // ambiguous ones their own context accepts, so "R and Go" can vouch for each other.
  // Scratch arrays kept from call to call: a typed array made per call cost a tenth of this function (each is a runtime call).
  if (verdictBuffer.length < candidates.length) {
    const size = Math.max(candidates.length, 2 * verdictBuffer.length);
    verdictBuffer = new Int8Array(size);
    heldBuffer = new Int32Array(size);
    atBuffer = new Int32Array(size);
  }
  const first = verdictBuffer; // 0: no rules; else a Verdict
  first.fill(0, 0, candidates.length);
  // What each decide left for the rules that ask for the sentence's skills (see decideNear).
  const held = heldBuffer;
  const at = atBuffer;
  let near: Set<number> | null = null; // the sentences whose skills some rule asks for
  let asks = false;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const judge = c.ambiguous ? matcher.judges[c.skill] : null;
    if (!judge) continue;
    const amb = compiled(judge);
    first[k] = decide(amb, text, c, undefined);
    held[k] = nearHeld;
    at[k] = decidedAt;
    if (amb.near) {
      (near ??= new Set()).add(c.sentence);
      // (s48) Whether decideNear will read the sentence's skills for it: only where a rule that asks for them held its
      // before and after (nearHeld), or a skill with more rules than nearHeld has bits. Most postings have none, and the
      // sentences' sets are then not made.
      if (held[k] !== 0 || amb.rules.length > 31) asks = true;
    }
  }
  if (!asks) near = null;
  let sure: Map<number, Set<string>> | null = null;
  let impliedAt: Array<string[] | undefined> | null = null;
  if (near) {
    sure = new Map();
    for (let k = 0; k < candidates.length; k++) {
      if (first[k]! < 0) continue;
      const c = candidates[k]!;
      if (!near.has(c.sentence)) continue;
      let set = sure.get(c.sentence);
      if (!set) sure.set(c.sentence, (set = new Set()));
      set.add(c.skillId);
      const implied = (impliedAt ??= impliedBySkill(matcher))[c.skill];
      if (implied) for (const id of implied) set.add(id);
    }
  }
  const verdict = first;
  // (Without sets, no rule reads them: decideNear would give each first reading back.)
  for (let k = 0; sure !== null && k < candidates.length; k++) {
    if (first[k] === 0) continue;
    const c = candidates[k]!;
    const amb = compiled(matcher.judges[c.skill]!);
    if (amb.near) verdict[k] = decideNear(amb, text, c, sure.get(c.sentence), held[k]!, at[k]!, first[k]!);
  }
  // A guarded name no rule decided is still the tool where the posting names it as one: a whole item of a list of
  // skills or of products, set off as an example of a kind of tool, offered with "or a similar tool", or asked for
  // after "experience with" (toolSense); and it is another sense in a list of ordinary words with no skill in it
  // (otherSense). Judged after the rules, so "Notion or Linear" can vouch for each other.
  let named: Candidate[] | null = null;
  for (let k = 0; k < candidates.length; k++) {
    if (verdict[k] === DEFAULT_REJECT && toolSense(text, matcher.categories, candidates, verdict, k)) {
      verdict[k] = RULE_ACCEPT;
      (named ??= []).push(candidates[k]!);
    } else if (verdict[k] === DEFAULT_ACCEPT && otherSense(text, matcher.categories, candidates, verdict, k)) verdict[k] = RULE_REJECT;
  }
  // A name its place accepted vouches in turn for the forms whose rules ask for it nearby ("Julia or R").
  if (named && sure) {
    for (const c of named) {
      let set = sure.get(c.sentence);
      if (!set) sure.set(c.sentence, (set = new Set()));
      set.add(c.skillId);
      for (const id of (impliedAt ??= impliedBySkill(matcher))[c.skill] ?? []) set.add(id);
    }
    for (let k = 0; k < candidates.length; k++) {
      if (verdict[k] !== DEFAULT_REJECT) continue;
      const amb = compiled(matcher.judges[candidates[k]!.skill]!);
      // (A default here was the default at the first reading too, which read every rule.)
      if (amb.near) verdict[k] = decideNear(amb, text, candidates[k]!, sure.get(candidates[k]!.sentence), held[k]!, at[k]!, DEFAULT_REJECT);
    }
  }
  // One sense a discourse: what a rule accepted here or elsewhere in the posting vouches for the same form that only
  // the default rejects, unless it opens a sentence or line (a capital there tells nothing).
  let here: Set<string> | null = null;
  for (let k = 0; k < candidates.length; k++) {
    if (verdict[k] !== RULE_ACCEPT) continue;
    const c = candidates[k]!;
    const key = discourseKey(c.skillId, text.slice(c.start, c.end));
    (here ??= new Set()).add(key);
    discourse?.accepted?.add(key);
  }
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const v = verdict[k]!;
    if (v === DEFAULT_REJECT) {
      const key = discourseKey(c.skillId, text.slice(c.start, c.end));
      if (opensSentence(text, c.start) || !/[A-Z0-9]/.test(text.slice(c.start, c.end)) || !(here?.has(key) || discourse?.vouched?.has(key))) {
        discourse?.doubted?.add(key);
        continue;
      }
    } else if (v < 0) continue;
    out.push(c);
  }
  return out;
}

/** Matcher.implied by the skills' index (Candidate.skill), made once a matcher: a Map by id hashes the id string at each look-up. */
function impliedBySkill(m: Matcher): Array<string[] | undefined> {
  let out = impliedArrays.get(m);
  if (!out) impliedArrays.set(m, (out = m.skillIds.map((id) => m.implied.get(id))));
  return out;
}
const impliedArrays = new WeakMap<Matcher, Array<string[] | undefined>>();

/** A rule's or the default's decision on an ambiguous candidate. */
const RULE_ACCEPT = 1;
const DEFAULT_ACCEPT = 2;
const RULE_REJECT = -1;
const DEFAULT_REJECT = -2;

/** Whether only spaces, a bullet or a sentence's end stand between the line's start and `at`. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  const ch = text[i]!;
  return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':' || ch === '•' || ch === '*' || ch === '-' || ch === '\u2013' || ch === '\u2014' || ch === '|' || ch === '(' || ch === '"' || ch === '\u201c';
}

/**
 * Where the window after a mention ends: up to CONTEXT characters after it, ending with the line's break: a rule
 * reads the mention's own line ("…, BullMQ/Redis, Nix" then a paragraph opening "The team …" is no "nix the …").
 * The text before is cut the same way, at the break before the mention.
 */
function lineAfterEnd(text: string, end: number): number {
  const br = breakAfter(text, end, end + CONTEXT);
  return Math.min(text.length, br >= 0 ? br + 1 : end + CONTEXT);
}

/**
 * The last line break at `from` … at − 1 (−1: none there). The searches for a mention's line look only as far as
 * its window reaches: String#lastIndexOf went on to the text's start (a posting's paragraph is often one line),
 * ~0.3 µs a mention.
 */
function breakBefore(text: string, at: number, from: number): number {
  for (let i = at - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** The first line break at `at` … to − 1 (−1: none there). */
function breakAfter(text: string, at: number, to: number): number {
  const end = Math.min(to, text.length);
  for (let i = at; i < end; i++) if (text.charCodeAt(i) === 10) return i;
  return -1;
}

/** First rule whose conditions all hold decides (RULE_ACCEPT or RULE_REJECT), else the default; `near` never holds without the sentence's skills. */
function decide(amb: CompiledAmbiguity, text: string, c: Candidate, near: Set<string> | undefined): number {
  // The windows, as offsets first: a window's string is made only for a pattern that runs (most are told by their edge).
  let beforeFrom = -1;
  let afterTo = -1;
  let before: string | null = null;
  let after: string | null = null;
  let held = 0;
  const rules = amb.rules;
  for (let ri = 0; ri < rules.length; ri++) {
    const r = rules[ri]!;
    if (r.before !== null) {
      if (beforeFrom < 0) {
        // Math.max(0, c.start − CONTEXT, the last break before the mention)
        const from = Math.max(0, c.start - CONTEXT);
        const br = breakBefore(text, c.start, from);
        beforeFrom = br >= 0 ? br : from;
      }
      const be = r.beforeEdge === undefined ? (r.beforeEdge = edgeLiterals(r.beforeSource!, 'end')) : r.beforeEdge;
      if (be !== null && !endsWithOne(text, beforeFrom, c.start, be)) continue;
      // (An exact check is the pattern: it is not run. See EdgeLiterals.exact.)
      if (be === null || !be.exact) {
        before ??= text.slice(beforeFrom, c.start);
        if (typeof r.before === 'string') r.before = new RegExp(r.before, 'i');
        if (!r.before.test(before)) continue;
      }
    }
    if (r.after !== null) {
      if (afterTo < 0) afterTo = lineAfterEnd(text, c.end);
      if (r.afterSpace && !(afterTo > c.end && isSpace(text.charCodeAt(c.end)))) continue;
      const ae = r.afterEdge === undefined ? (r.afterEdge = edgeLiterals(r.afterSource!, 'start')) : r.afterEdge;
      if (ae !== null && !startsWithOne(text, c.end, afterTo, ae)) continue;
      if (ae === null || !ae.exact) {
        after ??= text.slice(c.end, afterTo);
        if (typeof r.after === 'string') r.after = new RegExp(r.after, 'i');
        if (!r.after.test(after)) continue;
      }
    }
    if (r.near) {
      held |= 1 << ri;
      if (!(near && r.near.some((id) => id !== c.skillId && near.has(id)))) continue;
    }
    nearHeld = held;
    decidedAt = ri;
    return r.accept ? RULE_ACCEPT : RULE_REJECT;
  }
  nearHeld = held;
  decidedAt = rules.length;
  return amb.accept ? DEFAULT_ACCEPT : DEFAULT_REJECT;
}

/** Set by each decide: bit r for each rule r with `near` whose before and after conditions held, of the rules it read. */
let nearHeld = 0;
/** Set by each decide: the rule that decided, or the number of rules where the default did. */
let decidedAt = 0;

/**
 * decide once more with the sentence's skills `near`, for a candidate decide read before as `verdict` (nearHeld `held`,
 * decidedAt `at`): the rules before the one that decided and whose before and after held are the only ones that can
 * decide now (their windows and patterns are the same), so no pattern is run again.
 */
function decideNear(amb: CompiledAmbiguity, text: string, c: Candidate, near: Set<string> | undefined, held: number, at: number, verdict: number): number {
  const rules = amb.rules;
  if (rules.length > 31) return decide(amb, text, c, near);
  for (let ri = 0; ri < at; ri++) {
    if (!(held & (1 << ri))) continue;
    const r = rules[ri]!;
    if (!(near && r.near!.some((id) => id !== c.skillId && near.has(id)))) continue;
    return r.accept ? RULE_ACCEPT : RULE_REJECT;
  }
  return verdict;
}

/** How far either side of a guarded form its list is read, within its line. */
const LIST_WINDOW = 160;
/** Words, with inner dots and hyphens and a trailing # or + ("Node.js", "C++", "go-to-market", "e.g"), or one other character. */
const LIST_TOKEN = /[\p{L}\p{N}]+(?:[.\-][\p{L}\p{N}]+)*[#+]*|\S/gu;
/** What joins the items of a list (not "|": it parts a title's fields, "Acme | Senior Java Developer | Remote"). */
const ITEM_JOINS = new Set([',', '/', '&', 'or', 'and', 'nor']);
/** Words that may follow a list item without making it a longer name ("Electron is a plus", not "Electron microscopy"). */
const ITEM_ENDS = new Set([
  'or', 'and', 'nor', 'is', 'are', 'was', 'were', 'be', 'for', 'to', 'as', 'in', 'on', 'at', 'from', 'with', 'would', 'will',
  'should', 'could', 'can', 'a', 'an', 'the', 'plus', 'preferred', 'required', 'desired', 'etc', 'also', 'if', 'when', 'where',
  'that', 'which', 'we', 'you', 'our', 'your', 'experience', 'skills', 'knowledge', 'nice', 'helpful', 'welcome',
]);
/** Words that end a list read leftwards: the preposition, marker or article before its first item. */
const ITEM_STOPS = new Set([
  'in', 'with', 'like', 'as', 'of', 'using', 'use', 'including', 'for', 'on', 'at', 'to', 'from', 'by', 'via', 'such', 'e.g', 'i.e',
  'eg', 'ie', 'the', 'a', 'an', 'our', 'your', 'is', 'are', 'be', 'through', 'into', 'across', 'especially', 'particularly',
]);
/** After the list: "or a similar tool", "(or equivalent)", "or comparable". */
const ALTERNATIVE_AFTER = /^\s*(?:,\s*)?\(?\s*(?:or|and\/or)\s+(?:(?:a|an|any|another|other|some)\s+)?(?:similar|comparable|equivalent|alternative|the like)\b/i;
/** Kinds of tool, as a posting names them before examples ("frameworks such as …") or after a list ("… or other CI tools"). */
const TOOL_KINDS =
  'tools?|tooling|toolkits?|frameworks?|platforms?|languages?|librar(?:y|ies)|databases?|dbs|generators?|registr(?:y|ies)|runtimes?|engines?|services?|software|systems?|stacks?|solutions?|apps|editors?|ides?|clouds?|providers?|managers?|suites?|products?|sdks?|apis?|crms?|ats|hris|erps?|warehouses?|orchestrators?|schedulers?|trackers?|technologies|builders?|bundlers?|runners?|queues?|brokers?|caches?|datastores?|proxies|protocols?|clis?';
/** Before the list: a kind of tool and an example marker ("frameworks such as", "HR systems (e.g.", "tools like"). */
const EXAMPLES_BEFORE = new RegExp(
  `\\b(?:${TOOL_KINDS})\\s*\\(?\\s*(?:like|such as|including|incl|e\\.?g|i\\.?e|for example|for instance|namely|especially|particularly)\\s*\\.?\\s*[,:]?\\s*$`,
  'i',
);
/** After the list: "or other <kind>" names the kind of its items ("or another compiled language"; "or other strategy games"). */
const OTHER_KIND_AFTER = /^\s*(?:,\s*)?(?:or|and|&)\s+(?:any\s+other|other|another|any)\s+([\p{L}\p{N}.+#-]+(?:\s+[\p{L}\p{N}.+#-]+){0,2})/iu;
const TOOL_KIND = new RegExp(`^(?:${TOOL_KINDS})$`, 'i');
/** Kinds any item may be, tool or not ("Go, scaling and other key topics"): they tell nothing. */
const ANY_KIND = /^(?:topics?|areas?|subjects?|things|skills?|concepts?|fundamentals|domains?|fields?|stuff|requirements|items|ones)$/i;
/** Before the list: a heading of tools ("Tools we use:", "Stack:"). */
const TOOLS_HEADING = /\b(?:tools?|tooling|stack|technologies|tech)\b[^:.;\n]{0,20}:\s*$/i;
/** Before the list: an ask of a skill ("experience with", "proficiency in", "hands-on experience administering"). */
// (s51: or the ask, then a pick's cue and its colon before the list: "Comfortable in one of: Nim, Crystal, Julia".)
const ASK_BEFORE =
  /\b(?:experience[ds]?|proficien(?:t|cy)|familiar(?:ity)?|knowledge|expertise|expert|skilled|fluen(?:t|cy)|comfortable|background|hands-on)(?:\s+(?:with|in|of|using|on))?(?:\s+[a-z]+ing)?(?:\s+(?:with|in|on|using))?(?:\s+(?:one|any|either|at least one)\s+of(?:\s+the\s+following)?\s*:)?\s*$/i;

interface ListToken {
  s: number;
  e: number;
  w: string;
}

/** Where a capitalised name stands: in a list, after a marker, or alone. */
interface Place {
  /** No capitalised word glued on before it, no noun after it: not "Electron microscopy", "Modal analysis", "DIN Rails". */
  whole: boolean;
  /** The other items of its list, as [start, end). */
  items: Array<[number, number]>;
  /** Whether each item holds a form the matcher found. */
  found: boolean[];
  /** Another item is a skill the matcher found (sure, or accepted by its own rules). */
  skill: boolean;
  /** Another item is such a skill of the name's own category ("Jira, Linear": tools; not "Lean/post-agile", "CUDA, Triton"). */
  kin: boolean;
  /** "or a similar tool", "(or equivalent)", "or other CI tools" after the list. */
  alternative: boolean;
  /** "or other <kind>" after the list, of a kind that is no tool ("Go, chess or other strategy games"). */
  otherKind: boolean;
  /** A kind of tool and an example marker before the list ("frameworks such as", "HR systems (e.g."), or a tools heading. */
  examples: boolean;
  /** An ask before the list ("experience with", "proficiency in"). */
  ask: boolean;
}

/**
 * Reads the place of a capitalised cased form (a name: "Linear", "Storm"; not an acronym or a word of the field such
 * as "Frontend") in its line: null for any other form. Tokens are read once, within the line and LIST_WINDOW either
 * side, and every pattern is anchored on a short slice: no backtracking on long text.
 */
function placeOf(text: string, categories: readonly string[], candidates: Candidate[], verdict: Int8Array, k: number): Place | null {
  const c = candidates[k]!;
  if (!c.cased || !/^\p{Lu}\p{Ll}/u.test(text.slice(c.start, c.start + 2))) return null;
  // The line's start, or LIST_WINDOW before the form; its end (a break), or LIST_WINDOW after.
  const from = Math.max(0, c.start - LIST_WINDOW);
  const br = breakBefore(text, c.start, from);
  const lineStart = br >= 0 ? br + 1 : from;
  let lineEnd = breakAfter(text, c.end, c.end + LIST_WINDOW + 1);
  if (lineEnd < 0) lineEnd = Math.min(text.length, c.end + LIST_WINDOW);
  const toks: ListToken[] = [];
  LIST_TOKEN.lastIndex = 0;
  const line = text.slice(lineStart, lineEnd);
  for (let m = LIST_TOKEN.exec(line); m; m = LIST_TOKEN.exec(line)) toks.push({ s: lineStart + m.index, e: lineStart + m.index + m[0].length, w: m[0] });
  const first = toks.findIndex((t) => t.s === c.start);
  let last = first;
  while (last >= 0 && last < toks.length && toks[last]!.e < c.end) last++;
  if (first < 0 || last >= toks.length || toks[last]!.e !== c.end) return null;
  const isWord = (t: ListToken | undefined) => t !== undefined && /^[\p{L}\p{N}]/u.test(t.w);
  const lower = (t: ListToken) => t.w.toLowerCase();
  const prev = toks[first - 1];
  const next = toks[last + 1];
  const whole =
    !(isWord(prev) && /^\p{Lu}/u.test(prev!.w) && !ITEM_JOINS.has(lower(prev!))) &&
    !(prev && (prev.w === '-' || prev.w === "'") && prev.e === c.start) &&
    !(next && isWord(next) && !ITEM_ENDS.has(lower(next))) &&
    !(next && !isWord(next) && next.s === c.end && /^[-'\u2019]$/.test(next.w));
  // The form's own item: a longer name goes on to the words glued after it ("Spark plugs", "Salt solutions").
  let end = last;
  while (!whole && end - last < 2 && isWord(toks[end + 1]) && !ITEM_ENDS.has(lower(toks[end + 1]!)) && !ITEM_JOINS.has(lower(toks[end + 1]!))) end++;
  // The list's other items, read outwards: up to three words each, joined by commas, slashes, "or", "and".
  const items: Array<[number, number]> = [];
  let listStart = c.start;
  let listEnd = toks[end]!.e;
  let alternative = false;
  let otherKind = false;
  for (let j = end + 1; j < toks.length; ) {
    const rest = text.slice(toks[j]!.s - (toks[j]!.w === ',' ? 0 : 1), Math.min(lineEnd, toks[j]!.s + 48));
    if (ALTERNATIVE_AFTER.test(rest)) {
      alternative = true;
      break;
    }
    const kind = OTHER_KIND_AFTER.exec(rest);
    if (kind) {
      const words = kind[1]!.split(/\s+/).map((w) => w.replace(/\.+$/, ''));
      if (words.some((w) => TOOL_KIND.test(w))) alternative = true;
      else if (!words.some((w) => ANY_KIND.test(w))) otherKind = true;
      break;
    }
    if (!ITEM_JOINS.has(lower(toks[j]!))) break;
    let a = j + 1;
    if (toks[j]!.w === ',' && a < toks.length && (lower(toks[a]!) === 'or' || lower(toks[a]!) === 'and')) a++;
    let b = a;
    while (b < toks.length && b - a < 3 && isWord(toks[b]) && !ITEM_JOINS.has(lower(toks[b]!)) && !ITEM_ENDS.has(lower(toks[b]!))) b++;
    // An item ends at a join, a stop or a word that cannot be part of a name ("fat reduction in food"); a longer run is prose.
    const ends = b < toks.length && isWord(toks[b]) && !ITEM_JOINS.has(lower(toks[b]!));
    if (b === a || (ends && !ITEM_ENDS.has(lower(toks[b]!)))) break;
    items.push([toks[a]!.s, toks[b - 1]!.e]);
    listEnd = toks[b - 1]!.e;
    if (ends) break;
    j = b;
  }
  let firstTok = whole ? first : first - (isWord(prev) && /^\p{Lu}/u.test(prev!.w) ? 1 : 0);
  for (let j = firstTok - 1; j >= 1 && ITEM_JOINS.has(lower(toks[j]!)); ) {
    let b = j - 1;
    if (lower(toks[j]!) !== ',' && b >= 0 && toks[b]!.w === ',') b--;
    // Read leftwards, a name's item ends at the lowercase word before it ("buyers ask ChatGPT" is the item "ChatGPT").
    let a = b;
    while (a >= 0 && b - a < 3 && isWord(toks[a]) && !ITEM_JOINS.has(lower(toks[a]!)) && !ITEM_STOPS.has(lower(toks[a]!))) {
      if (a < b && /^\p{Lu}/u.test(toks[a + 1]!.w) && !/^\p{Lu}/u.test(toks[a]!.w)) break;
      a--;
    }
    if (a === b) break;
    items.push([toks[a + 1]!.s, toks[b]!.e]);
    listStart = toks[a + 1]!.s;
    firstTok = a + 1;
    j = a;
  }
  // Which items hold a candidate, and whether one is a skill (sure, or accepted by its own rules). Candidates come in the
  // text's order (a slash pair's second reading aside), so only those within the window are read: linear on long lines.
  let skill = false;
  let kin = false;
  const found = items.map(() => false);
  const mark = (o: number) => {
    const d = candidates[o]!;
    if (d.sentence !== c.sentence || d.start < listStart || d.end > listEnd || (d.start < c.end && d.end > c.start)) return;
    const at = items.findIndex(([a, b]) => d.start >= a && d.end <= b);
    if (at < 0) return;
    found[at] = true;
    if (verdict[o]! < 0 || (d.skillId === c.skillId && text.slice(d.start, d.end) === text.slice(c.start, c.end))) return;
    skill = true;
    if (categories[d.skill] === categories[c.skill]) kin = true;
  };
  for (let o = k - 1; o >= 0 && candidates[o]!.start >= lineStart; o--) mark(o);
  for (let o = k + 1; o < candidates.length && candidates[o]!.start < lineEnd; o++) mark(o);
  const before = text.slice(Math.max(lineStart, toks[firstTok]!.s - 60), toks[firstTok]!.s);
  return { whole, items, found, skill, kin, alternative, otherKind, examples: EXAMPLES_BEFORE.test(before) || TOOLS_HEADING.test(before), ask: ASK_BEFORE.test(before) };
}

/** Whether candidate `o` is a skill not rejected, another than candidate `k`'s, joined to it by a comma, slash, "or" or "and" alone. */
function skillBeside(text: string, candidates: Candidate[], verdict: Int8Array, k: number, o: number): boolean {
  const c = candidates[k]!;
  const d = candidates[o];
  if (!d || verdict[o]! < 0 || d.sentence !== c.sentence || d.skillId === c.skillId) return false;
  // (ruleEdges.joinGap: /^\s*(?:[,/&]\s*(?:(?:or|and)\s+)?|(?:or|and)\s+)$/i on the text between them.)
  if (d.start >= c.end) return d.start - c.end <= 8 && joinGap(text, c.end, d.start);
  return d.end <= c.start && c.start - d.end <= 8 && joinGap(text, d.end, c.start);
}
/** A join of a list right before or after the candidate: a comma, slash, ampersand, "or", "and". */
// (Past the words a longer item may glue on after the name: "Spark plugs, ignition systems …".)
// (ruleEdges.joinBefore and joinAfter, on the 8 characters before and the 40 after: /(?:[,/&]|\b(?:or|and))\s*$/i and
// /^(?:\s+[\p{L}\p{N}-]+){0,2}\s*(?:[,/&]|(?:or|and)\b)/iu.)
function joined(text: string, c: Candidate): boolean {
  return joinBefore(text, Math.max(0, c.start - 8), c.start) || joinAfter(text, c.end, Math.min(text.length, c.end + 40));
}

/**
 * Right after a name, what a tool makes, holds or runs ("Airflow DAGs", "Ray clusters", "Spark jobs", "Linear tickets"),
 * or an acronym ("Salt SLS"): the name is the tool's. Not a word that makes a longer ordinary name ("Storm surge",
 * "Crystal growth", "Spark plugs").
 */
const TOOL_OBJECT =
  /^[ \t]+(?:[A-Z]{2,}s?|dags?|clusters?|jobs?|pipelines?|workflows?|queries|query|scripts?|dashboards?|modules?|playbooks?|manifests?|charts?|operators?|tickets?|topics?|streams?|indexes|indices|buckets?|functions?|containers?|deployments?|configs?|configurations?|plugins?|integrations?|notebooks?|schedules?|apis?)\b/u;

/** Capitalised: a product's name rather than an ordinary word ("BambooHR", "Heron"; not "sugar"). */
const named = (text: string, [a, b]: [number, number]) => /^[\p{Lu}\p{N}]/u.test(text.slice(a, b));

/**
 * Whether a guarded name no rule decided, and whose default rejects it, is the tool by its place: a whole item, and
 * another item of its list is a skill of its category; or the list follows a kind of tool and an example marker or a tools heading;
 * or it is offered with "or a similar …"; or it follows an ask ("experience with") and its other items are names.
 */
function toolSense(text: string, categories: readonly string[], candidates: Candidate[], verdict: Int8Array, k: number): boolean {
  // (A name alone, not joined to a list, is read only after an ask, an example marker or a tools heading.)
  const c = candidates[k]!;
  if (!joined(text, c)) {
    const from = Math.max(0, c.start - 60);
    const br = breakBefore(text, c.start, from);
    const before = text.slice(br >= 0 ? br + 1 : from, c.start);
    if (!ASK_BEFORE.test(before) && !EXAMPLES_BEFORE.test(before) && !TOOLS_HEADING.test(before)) return false;
  }
  const p = placeOf(text, categories, candidates, verdict, k);
  if (!p || !p.whole || p.otherKind) return false;
  if (p.kin || p.alternative || p.examples) return true;
  return p.ask && p.items.every((it, i) => p.found[i] || named(text, it));
}

/**
 * Whether a guarded name no rule decided, and whose default accepts it, is another sense by its place: a list of three
 * or more whose other items are ordinary words and none a skill ("Salt, sugar and fat", "Spark plugs, ignition systems",
 * "(e.g. Rust, corrosion)", "Go, chess or other games"), with no marker that it is a tool.
 */
function otherSense(text: string, categories: readonly string[], candidates: Candidate[], verdict: Int8Array, k: number): boolean {
  // (Only a name joined to its neighbours is in a list, or before "or other …": most are not, and cost no reading.)
  if (!joined(text, candidates[k]!)) return false;
  // (Nor one whose neighbour in the list is a skill: "Python, Go or Rust" is a list of skills. Most lists are.)
  if (skillBeside(text, candidates, verdict, k, k - 1) || skillBeside(text, candidates, verdict, k, k + 1)) return false;
  // (Nor a name followed by what its tool makes or runs: "macros, Airflow DAGs", "Ray clusters", "Spark jobs".)
  if (TOOL_OBJECT.test(text.slice(candidates[k]!.end, candidates[k]!.end + 24))) return false;
  const p = placeOf(text, categories, candidates, verdict, k);
  if (!p || p.skill || p.alternative || p.examples) return false;
  // Three items at least: "and" also joins clauses ("Go on the backend and React on the frontend", "Ruby and our CEO").
  return p.otherKind || (p.items.length >= 2 && p.items.some((it) => !named(text, it)));
}
