/**
 * What an ambiguity rule's pattern needs at the edge of its window, told before the pattern runs (#13 speed).
 *
 * A rule's `before` pattern mostly ends "(a|an|the|our)\s*$" and its `after` pattern mostly starts "^\s+(team|teams)":
 * a match needs the window, its white space at that edge skipped, to end (or start) with one of a few words. A posting
 * asks ~25 rules, most of which do not match, and each is its own compiled pattern: out of the caches (the bench's
 * turns, a worker woken for a page) one run cost ~0.5-1 us, where comparing a few characters at the edge costs a
 * tenth of that. The check is only ever a necessary condition: where it fails, the pattern could not have matched;
 * where it holds, the pattern still decides. A pattern this reading does not follow gets no check.
 *
 * The patterns are compiled with the "i" flag and without "u": an ASCII letter then matches only itself in either case
 * (ECMAScript's Canonicalize never folds a character above U+007F to one below it), so the literals here are ASCII,
 * lowercase, and the window's characters are compared with A-Z folded. A non-ASCII character in a literal gives no check.
 */

/**
 * What a window must hold for the pattern to match: at its edge (the start for an "after" pattern, the end for a
 * "before" one), once the run of white space there (and of hyphens too, with `dash`) is skipped (with `skip`; at
 * least `min` characters of it), one of `lits`; or, `anywhere`, one of `lits` anywhere in it.
 */
export interface EdgeLiterals {
  lits: string[];
  skip: boolean;
  dash: boolean;
  min: number;
  anywhere: boolean;
  /** The lits' first characters (below 128), as bits: a position whose character is none of them starts none. */
  first: number[];
  /**
   * The lits' characters at the edge (their first for 'start', their last for 'end'; below 128), as bits: a window whose
   * character there, once the run is skipped, is none of them holds none (told before any literal is compared).
   */
  edge: number[];
  /** (anywhere) The lits' first two characters, hashed to one of 256 bits (pairBit): a position whose pair's bit is clear starts none. */
  pairs: number[];
  /**
   * (s48) A \b stands right after a lit (at 'end': right before it), checked with it: a character there of [A-Za-z0-9_]
   * on exactly one side, the window's outside counting as none.
   */
  bound: boolean;
  /**
   * (s48) The check is the pattern: it holds exactly where the pattern matches the window, which then need not run. So
   * where the pattern is, past its anchor and its run of white space, the lits alone (each string its nodes match,
   * in full), then at most a \b and white space that may be none.
   */
  exact: boolean;
}

type Node =
  /** One character: one of `set` (null: any, or not known), or, with `space`, white space (any of \s) too. */
  | { t: 'char'; set: string[] | null; space: boolean }
  /** Matches no character; `lossy`: it tests the text all the same (\b, \B, a lookaround), which the strings here leave out; `bound`: a \b. */
  | { t: 'empty'; lossy?: boolean; bound?: boolean }
  | { t: 'anchor'; at: '^' | '$' }
  | { t: 'alt'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

/** At most this many literals a rule: more say too little to be worth comparing. */
const MAX_LITS = 64;

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  /** Alternatives until ')' or the end. */
  alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      out.push(this.quantified(atom));
    }
    return out;
  }

  private quantified(atom: Node): Node {
    const s = this.s;
    let min = -1;
    let max = -1;
    const c = s[this.i];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return atom; // a literal "{" (without the u flag)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    if (atom.t === 'anchor' || atom.t === 'empty') return { t: 'empty', lossy: min >= 1 && (atom.t === 'anchor' || atom.lossy === true) };
    return { t: 'rep', node: atom, min, max };
  }

  private atom(): Node {
    const s = this.s;
    const c = s[this.i++]!;
    if (c === '^' || c === '$') return { t: 'anchor', at: c };
    if (c === '.') return { t: 'char', set: null, space: false };
    if (c === '[') return this.charClass();
    if (c === '(') {
      let look = false;
      if (s[this.i] === '?') {
        if (s[this.i + 1] === ':') this.i += 2;
        else if (s[this.i + 1] === '=' || s[this.i + 1] === '!') {
          this.i += 2;
          look = true;
        } else if (s[this.i + 1] === '<' && (s[this.i + 2] === '=' || s[this.i + 2] === '!')) {
          this.i += 3;
          look = true;
        } else if (s[this.i + 1] === '<') {
          const close = s.indexOf('>', this.i);
          if (close < 0) throw new Error('unclosed group name');
          this.i = close + 1;
        } else throw new Error('unknown group');
      }
      const alts = this.alternatives();
      if (s[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      // A lookaround reads characters without taking them: as nothing, the strings below only grow (never too few).
      return look ? { t: 'empty', lossy: true } : { t: 'alt', alts };
    }
    if (c === '\\') return this.escape(false) as Node;
    if (c === ')' || c === '|') throw new Error('unexpected');
    return literal(c);
  }

  /** After a backslash: a node (in a class, a character's code, or -1 for a class escape). */
  private escape(inClass: boolean): Node | number {
    const s = this.s;
    const c = s[this.i++];
    if (c === undefined) throw new Error('trailing backslash');
    if (c === 'b' && inClass) return 8;
    if (c === 'b' || c === 'B') return { t: 'empty', lossy: true, bound: c === 'b' };
    if (c === 's') return inClass ? -2 : { t: 'char', set: [], space: true };
    // \d is [0-9] (no "u" flag); \D, \w, \W and \S are too many characters to tell anything.
    if (c === 'd' && !inClass) return { t: 'char', set: [...'0123456789'], space: false };
    if ('dDwWS'.includes(c)) return inClass ? -1 : { t: 'char', set: null, space: false };
    if (c >= '1' && c <= '9') throw new Error('back-reference');
    if (c === 'k' && s[this.i] === '<') throw new Error('back-reference');
    let code: number;
    if (c === 'n') code = 10;
    else if (c === 't') code = 9;
    else if (c === 'r') code = 13;
    else if (c === 'f') code = 12;
    else if (c === 'v') code = 11;
    else if (c === '0') code = 0;
    else if (c === 'x' && /^[0-9a-fA-F]{2}/.test(s.slice(this.i, this.i + 2))) {
      code = parseInt(s.slice(this.i, this.i + 2), 16);
      this.i += 2;
    } else if (c === 'u' && /^[0-9a-fA-F]{4}/.test(s.slice(this.i, this.i + 4))) {
      code = parseInt(s.slice(this.i, this.i + 4), 16);
      this.i += 4;
    } else if (c === 'c' || c === 'p' || c === 'P' || c === 'u' || c === 'x') throw new Error('escape not followed');
    else code = c.charCodeAt(0);
    return inClass ? code : literal(String.fromCharCode(code));
  }

  private charClass(): Node {
    const s = this.s;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const codes: number[] = [];
    let known = !negated;
    let space = false;
    while (this.i < s.length && s[this.i] !== ']') {
      let lo: number;
      if (s[this.i] === '\\') {
        this.i++;
        lo = this.escape(true) as number;
        if (lo === -2) {
          space = true;
          continue;
        }
      } else lo = s.charCodeAt(this.i++);
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && this.i + 1 < s.length) {
        this.i++;
        let hi: number;
        if (s[this.i] === '\\') {
          this.i++;
          hi = this.escape(true) as number;
        } else hi = s.charCodeAt(this.i++);
        if (lo < 0 || hi < 0 || hi - lo > 26) {
          known = false;
          if (hi === -2) space = true;
        }
        else for (let k = lo; k <= hi; k++) codes.push(k);
      } else if (lo < 0) known = false;
      else codes.push(lo);
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    if (!known || (codes.length === 0 && !space)) return { t: 'char', set: null, space: false };
    const set = new Set<string>();
    for (const k of codes) {
      if (k > 0x7f) return { t: 'char', set: null, space: false };
      set.add(String.fromCharCode(k).toLowerCase());
    }
    return { t: 'char', set: [...set], space };
  }
}

function literal(c: string): Node {
  // Non-ASCII: its case variants are not folded here.
  return c.charCodeAt(0) > 0x7f ? { t: 'char', set: null, space: false } : { t: 'char', set: [c.toLowerCase()], space: false };
}

/** Every string `nodes` can match, lowercase, or null (too many, or a character not known). */
function expand(nodes: Node[]): string[] | null {
  let cur: string[] = [''];
  for (const n of nodes) {
    const ex = expandOne(n);
    if (ex === null) return null;
    cur = product(cur, ex);
    if (cur.length > MAX_LITS) return null;
  }
  return cur;
}

function expandOne(n: Node): string[] | null {
  if (n.t === 'char') return n.space ? null : n.set;
  if (n.t === 'empty' || n.t === 'anchor') return [''];
  if (n.t === 'alt') {
    const out = new Set<string>();
    for (const a of n.alts) {
      const ex = expand(a);
      if (ex === null) return null;
      for (const x of ex) out.add(x);
      if (out.size > MAX_LITS) return null;
    }
    return [...out];
  }
  if (n.max > 4) return null;
  const one = expandOne(n.node);
  if (one === null) return null;
  const out = new Set<string>();
  let k: string[] = [''];
  for (let times = 0; times <= n.max; times++) {
    if (times >= n.min) for (const x of k) out.add(x);
    if (times < n.max) k = product(k, one);
    if (out.size > MAX_LITS || k.length > MAX_LITS) return null;
  }
  return [...out];
}

function product(a: string[], b: string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** A node that matches only white space and hyphens: its least count, and whether a hyphen may be one; null for any other. */
function skipRun(n: Node): { min: number; dash: boolean } | null {
  const one = n.t === 'rep' ? n.node : n;
  if (one.t !== 'char' || one.set === null) return null;
  let dash = false;
  for (const c of one.set) {
    if (c === '-') dash = true;
    else if (!isSpaceChar(c)) return null;
  }
  return { min: n.t === 'rep' ? n.min : 1, dash };
}

const isSpaceChar = (s: string) => /^\s$/.test(s);

/** Bits of the lits' first characters (all below 128). */
function firstBits(lits: string[]): number[] {
  const bits = [0, 0, 0, 0];
  for (const l of lits) bits[l.charCodeAt(0) >> 5]! |= 1 << (l.charCodeAt(0) & 31);
  return bits;
}

/** The literals fewer characters tell nothing worth a check. */
const MIN_ANYWHERE = 3;

/**
 * What `source` (an ambiguity rule's pattern, compiled with the "i" flag) needs at the start of its window (edge
 * 'start': for an "after" pattern, which opens with "^") or at its end ('end': a "before" one, closing with "$"), or
 * anywhere in it; null where this reading can tell nothing.
 */
export function edgeLiterals(source: string, edge: 'start' | 'end'): EdgeLiterals | null {
  let alts: Node[][];
  try {
    const p = new Parser(source);
    alts = p.alternatives();
    if (p.i !== source.length) return null;
  } catch {
    return null;
  }
  if (alts.length !== 1) return null; // "|" at the top: "^" or "$" holds one branch only
  const atEdge = atTheEdge(alts[0]!, edge);
  if (atEdge) return atEdge;
  // Anywhere: the node whose strings are longest (each of them at least MIN_ANYWHERE characters), of those known.
  let best: string[] | null = null;
  let bestLength = MIN_ANYWHERE - 1;
  for (const n of alts[0]!) {
    if (n.t !== 'alt' && n.t !== 'rep' && n.t !== 'char') continue;
    const ex = expandOne(n);
    if (ex === null || ex.length === 0) continue;
    const shortest = Math.min(...ex.map((x) => x.length));
    if (shortest > bestLength) [best, bestLength] = [ex, shortest];
  }
  return best && { lits: best, skip: false, dash: false, min: 0, anywhere: true, first: firstBits(best), edge: [], pairs: pairBits(best), bound: false, exact: false };
}

function atTheEdge(sequence: Node[], edge: 'start' | 'end'): EdgeLiterals | null {
  const seq = edge === 'end' ? [...sequence].reverse() : sequence;
  const anchor = seq[0];
  if (!anchor || anchor.t !== 'anchor' || anchor.at !== (edge === 'start' ? '^' : '$')) return null;
  let k = 1;
  let skip = false;
  let dash = false;
  let min = 0;
  // (The skip passes any number of the run's characters: it is the pattern's own runs only where each repeats without
  // bound, and where a hyphen may be one, there is one run: "\s*-\s*" needs one hyphen, "\s+[\s-]*" white space first.)
  let runs = 0;
  let unbounded = true;
  for (let run = seq[k] ? skipRun(seq[k]!) : null; run !== null; run = seq[k] ? skipRun(seq[k]!) : null) {
    skip = true;
    dash ||= run.dash;
    min += run.min;
    runs++;
    if (seq[k]!.t !== 'rep' || (seq[k] as { max: number }).max !== Infinity) unbounded = false;
    k++;
  }
  // The strings the pattern's next nodes match, one after another, as far as they are known: every match starts (ends)
  // with one of them. (s48) A string whose next node is not known ends there (a prefix is needed all the same:
  // "for\s+\w+" needs "for"), and a later run of white space met before anything is read is skipped as the first run is
  // (",?\s+(on|in)" needs "," or "on" or "in" once the white space is skipped).
  const top = { absorbed: false, dash: false };
  const pieces = grow([OPEN_EMPTY], seq.slice(k), edge, top);
  if (pieces === null || pieces.some((p) => p.s === '')) return null;
  if (top.absorbed) {
    skip = true;
    dash ||= top.dash;
  }
  const lits = [...new Set(pieces.map((p) => p.s))];
  // With a run skipped, a literal must not begin (end) with a character of it: the skip would pass that character.
  if (skip && lits.some((l) => {
    const c = edge === 'start' ? l[0]! : l[l.length - 1]!;
    return isSpaceChar(c) || (dash && c === '-');
  })) return null;
  // Exact (see EdgeLiterals.exact): the nodes after the run are whole strings (no \b or lookaround among them), the
  // lits are all of them, and after them stand at most a \b and runs of white space of least count 0.
  let j = k;
  while (j < seq.length && literalNode(seq[j]!)) j++;
  let bound = false;
  let exact = !top.absorbed && j > k && unbounded && (!dash || runs <= 1);
  const rest = seq.slice(j);
  if (exact && rest[0]?.t === 'empty' && rest[0].bound === true) {
    bound = true;
    rest.shift();
  }
  if (exact && !rest.every((n) => skipRun(n)?.min === 0 || (n.t === 'empty' && n.lossy !== true))) exact = false;
  if (exact) {
    const whole = expand(edge === 'end' ? seq.slice(k, j).reverse() : seq.slice(k, j));
    exact = whole !== null && !whole.includes('') && whole.length === lits.length && whole.every((w) => lits.includes(w));
  }
  if (!exact) bound = false;
  return { lits, skip, dash, min, anywhere: false, first: firstBits(lits), edge: edgeBits(lits, edge), pairs: [], bound, exact };
}

/** A node whose strings expand() reads in full: characters of a known set (no white space), and groups and bounded repeats of them. */
function literalNode(n: Node): boolean {
  if (n.t === 'char') return n.set !== null && !n.space;
  if (n.t === 'empty') return n.lossy !== true;
  if (n.t === 'anchor') return false;
  if (n.t === 'alt') return n.alts.every((a) => a.every(literalNode));
  return n.max <= 4 && literalNode(n.node);
}

/** A string every match of some nodes starts (ends) with: `open` while the nodes after can still lengthen it. */
interface Piece {
  s: string;
  open: boolean;
}
const OPEN_EMPTY: Piece = { s: '', open: true };
const closed = (p: Piece): Piece => (p.open ? { s: p.s, open: false } : p);

/**
 * `cur` lengthened by the nodes of `seq`, read from the edge inwards ('end': seq is reversed, strings grow leftwards).
 * Null: more than MAX_LITS strings. At the pattern's top level (`top`), a run of white space (and hyphens) met while the
 * empty string is still open is skipped as the first run is (top.absorbed), and ends every other string.
 */
function grow(cur: Piece[], seq: Node[], edge: 'start' | 'end', top: { absorbed: boolean; dash: boolean } | null): Piece[] | null {
  for (const n of seq) {
    if (!cur.some((p) => p.open)) break;
    if (top) {
      const run = skipRun(n);
      if (run) {
        let empty = false;
        cur = cur.map((p) => {
          if (p.open && p.s === '') return (empty = true), p;
          return closed(p);
        });
        if (empty) {
          top.absorbed = true;
          top.dash ||= run.dash;
        }
        continue;
      }
    }
    const ex = piecesOf(n, edge);
    if (ex === null) {
      // Not known from here: each string ends where it stands (the empty one then tells nothing: no check).
      cur = cur.map(closed);
      break;
    }
    const next = joinPieces(cur, ex, edge);
    if (next === null) {
      cur = cur.map(closed);
      break;
    }
    cur = next;
  }
  return cur;
}

/** Each open piece of `a` followed (at 'end': preceded) by each of `b`; closed ones as they are. Null: more than MAX_LITS. */
function joinPieces(a: Piece[], b: Piece[], edge: 'start' | 'end'): Piece[] | null {
  const out = new Map<string, Piece>();
  for (const p of a) {
    if (!p.open) {
      if (!out.has('\u0000' + p.s)) out.set('\u0000' + p.s, p);
      continue;
    }
    for (const q of b) {
      const s = edge === 'start' ? p.s + q.s : q.s + p.s;
      const key = (q.open ? '\u0001' : '\u0000') + s;
      if (!out.has(key)) out.set(key, { s, open: q.open });
    }
    if (out.size > MAX_LITS) return null;
  }
  return [...out.values()];
}

/** The pieces one node matches at the edge side; null where its first (last) character is not known. */
function piecesOf(n: Node, edge: 'start' | 'end'): Piece[] | null {
  if (n.t === 'char') return n.space || n.set === null ? null : n.set.map((c) => ({ s: c, open: true }));
  if (n.t === 'empty' || n.t === 'anchor') return [OPEN_EMPTY];
  if (n.t === 'alt') {
    const out: Piece[] = [];
    for (const a of n.alts) {
      const got = grow([OPEN_EMPTY], edge === 'end' ? [...a].reverse() : a, edge, null);
      if (got === null || got.some((p) => p.s === '' && !p.open)) return null;
      out.push(...got);
    }
    const merged = joinPieces([OPEN_EMPTY], out, edge);
    return merged !== null && merged.length <= MAX_LITS ? merged : null;
  }
  const one = piecesOf(n.node, edge);
  if (one === null) return null;
  if (n.max > 4) {
    // Repeated without a known bound: what one repetition starts with, then not known; or nothing at all (min 0).
    const first = one.map(closed);
    if (first.some((p) => p.s === '')) return null;
    return n.min === 0 ? [OPEN_EMPTY, ...first] : first;
  }
  let out: Piece[] = [];
  let k: Piece[] = [OPEN_EMPTY];
  for (let times = 0; times <= n.max; times++) {
    if (times >= n.min) out.push(...k);
    if (times < n.max) {
      const next = joinPieces(k, one, edge);
      if (next === null) return null;
      k = next;
    }
  }
  const merged = joinPieces([OPEN_EMPTY], out, edge);
  if (merged === null) return null;
  out = merged;
  return out;
}

/** Bits of the lits' characters at the edge: the first of each for 'start', the last for 'end' (all below 128). */
function edgeBits(lits: string[], edge: 'start' | 'end'): number[] {
  const bits = [0, 0, 0, 0];
  for (const l of lits) {
    const c = l.charCodeAt(edge === 'start' ? 0 : l.length - 1);
    bits[c >> 5]! |= 1 << (c & 31);
  }
  return bits;
}

/** The bit of EdgeLiterals.pairs for two characters (lowercase, below 128). */
function pairBit(a: number, b: number): number {
  return (a * 31 + b) & 255;
}

/** Bits of the lits' first two characters (see pairBit). */
function pairBits(lits: string[]): number[] {
  const bits = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const l of lits) {
    const b = pairBit(l.charCodeAt(0), l.charCodeAt(1));
    bits[b >> 5]! |= 1 << (b & 31);
  }
  return bits;
}

/** A white-space character as a pattern's \s reads it (ECMAScript's WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A character of the run skipped at a window's edge (see EdgeLiterals). */
function skipped(c: number, dash: boolean): boolean {
  return isSpace(c) || (dash && c === 45);
}

/** Whether lit (lowercase) stands at text[s], A-Z folded. */
function litAt(text: string, s: number, lit: string): boolean {
  for (let j = 0; j < lit.length; j++) {
    const c = text.charCodeAt(s + j);
    if ((c >= 65 && c <= 90 ? c | 32 : c) !== lit.charCodeAt(j)) return false;
  }
  return true;
}

/** Whether text[from, to) can hold a match of an "after" pattern that needs `f` (see edgeLiterals). */
export function startsWithOne(text: string, from: number, to: number, f: EdgeLiterals): boolean {
  if (f.anywhere) return holdsOne(text, from, to, f);
  let s = from;
  if (f.skip) {
    while (s < to && skipped(text.charCodeAt(s), f.dash)) s++;
    if (s - from < f.min) return false;
  }
  // The character there first: most windows open with none of the lits' first characters.
  if (s >= to) return false;
  let c = text.charCodeAt(s);
  if (c >= 65 && c <= 90) c |= 32;
  if (c >= 128 || !(f.edge[c >> 5]! & (1 << (c & 31)))) return false;
  const lits = f.lits;
  for (let l = 0; l < lits.length; l++) {
    const e = s + lits[l]!.length;
    if (e <= to && litAt(text, s, lits[l]!) && (!f.bound || boundAt(text, e, from, to))) return true;
  }
  return false;
}

/** \b (no "u" flag) at text[at] in the window text[from, to): a word character on exactly one side, outside counting as none. */
function boundAt(text: string, at: number, from: number, to: number): boolean {
  return (at > from && asciiWord(text.charCodeAt(at - 1))) !== (at < to && asciiWord(text.charCodeAt(at)));
}

/** Whether text[from, to) can hold a match of a "before" pattern that needs `f` (see edgeLiterals). */
export function endsWithOne(text: string, from: number, to: number, f: EdgeLiterals): boolean {
  if (f.anywhere) return holdsOne(text, from, to, f);
  let e = to;
  if (f.skip) {
    while (e > from && skipped(text.charCodeAt(e - 1), f.dash)) e--;
    if (to - e < f.min) return false;
  }
  // The character there first: most windows end with none of the lits' last characters.
  if (e <= from) return false;
  let c = text.charCodeAt(e - 1);
  if (c >= 65 && c <= 90) c |= 32;
  if (c >= 128 || !(f.edge[c >> 5]! & (1 << (c & 31)))) return false;
  const lits = f.lits;
  for (let l = 0; l < lits.length; l++) {
    const s = e - lits[l]!.length;
    if (s >= from && litAt(text, s, lits[l]!) && (!f.bound || boundAt(text, s, from, to))) return true;
  }
  return false;
}

/** Whether one of f.lits stands anywhere in text[from, to). */
function holdsOne(text: string, from: number, to: number, f: EdgeLiterals): boolean {
  const { lits, first, pairs } = f;
  // (Every lit has MIN_ANYWHERE characters or more: a position's pair of characters first, then the lits.)
  for (let p = from; p + 1 < to; p++) {
    let c = text.charCodeAt(p);
    if (c >= 65 && c <= 90) c |= 32;
    if (c >= 128 || !(first[c >> 5]! & (1 << (c & 31)))) continue;
    let d = text.charCodeAt(p + 1);
    if (d >= 65 && d <= 90) d |= 32;
    const b = pairBit(c, d);
    if (!(pairs[b >> 5]! & (1 << (b & 31)))) continue;
    for (let l = 0; l < lits.length; l++) if (lits[l]!.charCodeAt(0) === c && p + lits[l]!.length <= to && litAt(text, p, lits[l]!)) return true;
  }
  return false;
}

// The joins of a list read around a guarded name (lib/skills/matcher.ts joined, skillBeside), told by loops that give
// exactly what their patterns gave: each ran on most guarded mentions, and out of the caches a pattern's run cost more
// than the loop. Each function names the pattern it stands for.

/** A word character as \b reads it without the u flag: [A-Za-z0-9_]. */
function asciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** "or" or "and", in any case, at text[x], ending before `to`: its length, or 0. */
function orAnd(text: string, x: number, to: number): number {
  const a = text.charCodeAt(x) | 32;
  if (a === 111 && x + 2 <= to && (text.charCodeAt(x + 1) | 32) === 114) return 2;
  if (a === 97 && x + 3 <= to && (text.charCodeAt(x + 1) | 32) === 110 && (text.charCodeAt(x + 2) | 32) === 100) return 3;
  return 0;
}

/** /(?:[,/&]|\b(?:or|and))\s*$/i on text.slice(from, to). */
export function joinBefore(text: string, from: number, to: number): boolean {
  // The join's last character is no white space: it ends where the white space at the end starts.
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === from) return false;
  const c = text.charCodeAt(e - 1);
  if (c === 44 || c === 47 || c === 38) return true;
  // "or" then "and": each with \b before it (the window's start is one).
  for (let len = 2; len <= 3; len++) {
    const s = e - len;
    if (s < from || orAnd(text, s, e) !== len) continue;
    if (s === from || !asciiWord(text.charCodeAt(s - 1))) return true;
  }
  return false;
}

/** A word character as \b reads it with the i and u flags: [A-Za-z0-9_], U+017F and U+212A. */
function unicodeWord(c: number): boolean {
  return asciiWord(c) || c === 0x17f || c === 0x212a;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length of the code point at text[x] (to < x: none) when it is one of [\p{L}\p{N}-], else 0. */
function wordPoint(text: string, x: number, to: number): number {
  const c = text.charCodeAt(x);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) return 1;
  if (c < 128) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff && x + 1 < to && (text.charCodeAt(x + 1) & 0xfc00) === 0xdc00;
  return LETTER_OR_DIGIT.test(text.slice(x, x + (wide ? 2 : 1))) ? (wide ? 2 : 1) : 0;
}

/** A join at text[x] (before `to`): [,/&], or "or"/"and" then \b (iu). */
function joinAt(text: string, x: number, to: number): boolean {
  if (x >= to) return false;
  const c = text.charCodeAt(x);
  if (c === 44 || c === 47 || c === 38) return true;
  const len = orAnd(text, x, to);
  return len > 0 && (x + len === to || !unicodeWord(text.charCodeAt(x + len)));
}

/** /^(?:\s+[\p{L}\p{N}-]+){0,2}\s*(?:[,/&]|(?:or|and)\b)/iu on text.slice(from, to). */
export function joinAfter(text: string, from: number, to: number): boolean {
  // p: where `groups` groups of white space and word characters can end; from each, white space and then a join.
  let p = from;
  for (let groups = 0; ; groups++) {
    let q = p;
    while (q < to && isSpace(text.charCodeAt(q))) q++;
    if (joinAt(text, q, to)) return true;
    if (groups === 2 || q === p) return false;
    // One group more: its word may end at any of its characters (then the join starts there, with no white space).
    let r = q;
    for (let w = wordPoint(text, r, to); w > 0 && r < to; w = wordPoint(text, r, to)) {
      r += w;
      if (r < to && wordPoint(text, r, to) > 0 && joinAt(text, r, to)) return true;
    }
    if (r === q) return false;
    p = r;
  }
}

/** /^\s*(?:[,/&]\s*(?:(?:or|and)\s+)?|(?:or|and)\s+)$/i on text.slice(from, to). */
export function joinGap(text: string, from: number, to: number): boolean {
  let x = from;
  while (x < to && isSpace(text.charCodeAt(x))) x++;
  if (x === to) return false;
  const c = text.charCodeAt(x);
  if (c === 44 || c === 47 || c === 38) {
    x++;
    while (x < to && isSpace(text.charCodeAt(x))) x++;
    if (x === to) return true;
  }
  // "or"/"and", then white space to the end (one character of it at least).
  const len = orAnd(text, x, to);
  if (len === 0 || x + len === to) return false;
  for (let z = x + len; z < to; z++) if (!isSpace(text.charCodeAt(z))) return false;
  return true;
}
