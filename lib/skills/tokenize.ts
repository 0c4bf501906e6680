/**
 * A tokenizer built for skill matching: one pass over the text, no regex per
 * token for ASCII. Words are runs of letters and digits; every other visible
 * character is a token of its own, so `C++`, `C#`, `.NET`, `Node.js`, `CI/CD`
 * and `TCP/IP` are sequences the trie can walk.
 */

export interface Token {
  /** Offsets into the original text: text.slice(start, end) is the token. */
  start: number;
  end: number;
  /** Lowercased token text. */
  lower: string;
  word: boolean;
  /** No white space between this token and the previous one. */
  glued: boolean;
  /** Index of the sentence the token belongs to (. ! ? then space, or a line break, ends one). */
  sentence: number;
}

const enum Kind {
  Space,
  Word,
  Punct,
}

function kindOf(code: number, ch: string): Kind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return Kind.Word;
    if (code <= 32 || code === 127) return Kind.Space;
    return Kind.Punct;
  }
  if (code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x2000 && code <= 0x200b))
    return Kind.Space;
  return LETTER.test(ch) ? Kind.Word : Kind.Punct;
}
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * (s51) A character of the scripts written without spaces between words (Han, kana, Hangul): where a run of them meets
 * Latin letters or digits, one word ends and another begins, so that "AWSの実務経験" and "Kubernetes운영" name AWS and
 * Kubernetes. (The prolonged sound mark and the iteration marks belong to the run.)
 */
function cjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) || c === 0x3005;
}

function isSentenceEnd(lower: string): boolean {
  return lower === '.' || lower === '!' || lower === '?' || lower === ';' || lower === '•';
}

/**
 * Splits text into tokens. A hyphen glued between two words is dropped, so
 * "on-call" and "on call" read the same; anywhere else it stays a token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let sentence = 0;
  let gapHasNewline = false;
  let sawSpace = true;
  let pendingHyphen = -1; // offset of a glued hyphen that follows a word
  while (i < n) {
    const code = text.charCodeAt(i);
    // Surrogate pairs: treat the pair as one character.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    const kind = kindOf(code, ch);
    if (kind === Kind.Space) {
      if (code === 10 || code === 13) gapHasNewline = true;
      sawSpace = true;
      i += wide ? 2 : 1;
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (prev && (gapHasNewline || (sawSpace && isSentenceEnd(prev.lower)))) sentence++;
    gapHasNewline = false;
    if (kind === Kind.Word) {
      const start = i;
      const inCjk = cjk(code);
      i += wide ? 2 : 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (inCjk || !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
          i++;
        } else {
          const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
          const cc = w ? text.slice(i, i + 2) : text[i]!;
          if (kindOf(c, cc) !== Kind.Word || cjk(c) !== inCjk) break;
          i += w ? 2 : 1;
        }
      }
      let glued = !sawSpace;
      if (pendingHyphen >= 0 && glued) {
        // word-word: the hyphen between them was dropped; the words stay glued
        pendingHyphen = -1;
      } else if (pendingHyphen >= 0) {
        pushHyphen(tokens, pendingHyphen, sentence);
        pendingHyphen = -1;
      }
      tokens.push({ start, end: i, lower: text.slice(start, i).toLowerCase(), word: true, glued, sentence });
      sawSpace = false;
      continue;
    }
    // punctuation
    if (pendingHyphen >= 0) {
      pushHyphen(tokens, pendingHyphen, sentence);
      pendingHyphen = -1;
    }
    if (code === 45 && !sawSpace && prev?.word) {
      pendingHyphen = i;
      i++;
      sawSpace = false;
      continue;
    }
    const end = i + (wide ? 2 : 1);
    tokens.push({ start: i, end, lower: ch, word: false, glued: !sawSpace, sentence });
    i = end;
    sawSpace = false;
  }
  if (pendingHyphen >= 0) pushHyphen(tokens, pendingHyphen, sentence);
  return tokens;
}

function pushHyphen(tokens: Token[], at: number, sentence: number): void {
  tokens.push({ start: at, end: at + 1, lower: '-', word: false, glued: true, sentence });
}

/** TokenArrays.info bits: a word (letters and digits); no white space before it; a word whose lowercase needs String#toLowerCase (it has non-ASCII letters). The sentence index is above them. */
export const TOK_WORD = 1;
export const TOK_GLUED = 2;
export const TOK_FOLD = 4;
export const TOK_SENTENCE_SHIFT = 3;

/**
 * The tokens of tokenize() as parallel typed arrays, which the matcher reads
 * without an object or a lowercased string per token: the lowercase text is
 * only its FNV-1a hash (the matcher's key table compares the characters), and
 * lowerAt() makes the string for the few tokens that need it.
 */
export class TokenArrays {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  /** FNV-1a over the UTF-16 code units of the token's lowercased text (Token.lower). */
  hash: Int32Array;
  info: Int32Array;
  constructor(capacity = 256) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.hash = new Int32Array(capacity);
    this.info = new Int32Array(capacity);
  }
  grow(): void {
    const size = this.start.length * 2;
    const more = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.end = more(this.end);
    this.hash = more(this.hash);
    this.info = more(this.info);
  }
}

/** Token.lower of token k. */
export function lowerAt(text: string, toks: TokenArrays, k: number): string {
  const s = text.slice(toks.start[k]!, toks.end[k]!);
  return toks.info[k]! & TOK_WORD ? s.toLowerCase() : s;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 code units: TokenArrays.hash of a token whose lowercase is `s`. */
export function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * kindOf of the one UTF-16 unit `code` at text[i] (no surrogate pair), remembered: a posting's few kinds of non-ASCII
 * characters (quotes, dashes, bullets, accented letters) come again and again, and kindOf runs a Unicode pattern for
 * each. One number a slot, by the code's low bits: the code × 4 + its kind + 1 (0: empty).
 */
function kindOfUnit(code: number, text: string, i: number): Kind {
  const slot = code & (KINDS.length - 1);
  const known = KINDS[slot]!;
  if (known >> 2 === code && known !== 0) return ((known & 3) - 1) as Kind;
  const kind = kindOf(code, text[i]!);
  KINDS[slot] = code * 4 + kind + 1;
  return kind;
}
const KINDS = new Int32Array(256);

/** ASCII character classes: 0 space, 1 word, 2 punctuation. */
const ASCII_KIND = new Uint8Array(128).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? Kind.Word : c <= 32 || c === 127 ? Kind.Space : Kind.Punct,
);

/**
 * tokenize() into `out` (from index 0; out.count is set), token for token the
 * same (the unit tests hold the two to each other on arbitrary text).
 */
export function scanTokens(text: string, out: TokenArrays): void {
  const n = text.length;
  let count = 0;
  let i = 0;
  let sentence = 0;
  let gapHasNewline = false;
  let sawSpace = true;
  let pendingHyphen = -1;
  let prevWord = false; // the last token pushed is a word
  let prevEnd = false; // … is punctuation that ends a sentence
  let cap = out.start.length;
  // (s49) The arrays as locals, read again after a grow: out's fields were read at each write.
  let oStart = out.start;
  let oEnd = out.end;
  let oHash = out.hash;
  let oInfo = out.info;
  while (i < n) {
    const code = text.charCodeAt(i);
    let kind: Kind;
    let wide = false;
    if (code < 128) kind = ASCII_KIND[code]!;
    else {
      wide = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
      kind = wide ? kindOf(code, text.slice(i, i + 2)) : kindOfUnit(code, text, i);
    }
    if (kind === Kind.Space) {
      if (code === 10 || code === 13) gapHasNewline = true;
      sawSpace = true;
      i += wide ? 2 : 1;
      continue;
    }
    if (count > 0 && (gapHasNewline || (sawSpace && prevEnd))) sentence++;
    gapHasNewline = false;
    const wasWord = prevWord;
    // At most two tokens are pushed below (a pending hyphen and this one).
    if (count + 2 > cap) {
      out.grow();
      cap = out.start.length;
      oStart = out.start;
      oEnd = out.end;
      oHash = out.hash;
      oInfo = out.info;
    }
    if (kind === Kind.Word) {
      const start = i;
      let h = FNV_OFFSET;
      let fold = code >= 128;
      const inCjk = fold && cjk(code);
      if (!fold) h = Math.imul(h ^ (code >= 65 && code <= 90 ? code | 32 : code), FNV_PRIME);
      i += wide ? 2 : 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_KIND[c] !== Kind.Word || inCjk) break;
          h = Math.imul(h ^ (c >= 65 && c <= 90 ? c | 32 : c), FNV_PRIME);
          i++;
        } else {
          const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
          if ((w ? kindOf(c, text.slice(i, i + 2)) : kindOfUnit(c, text, i)) !== Kind.Word || cjk(c) !== inCjk) break;
          fold = true;
          i += w ? 2 : 1;
        }
      }
      if (fold) h = hashOf(text.slice(start, i).toLowerCase());
      const glued = !sawSpace;
      if (pendingHyphen >= 0 && !glued) {
        oStart[count] = pendingHyphen;
        oEnd[count] = pendingHyphen + 1;
        oHash[count] = HYPHEN_HASH;
        oInfo[count++] = TOK_GLUED | (sentence << TOK_SENTENCE_SHIFT);
      }
      pendingHyphen = -1;
      oStart[count] = start;
      oEnd[count] = i;
      oHash[count] = h;
      oInfo[count++] = TOK_WORD | (glued ? TOK_GLUED : 0) | (fold ? TOK_FOLD : 0) | (sentence << TOK_SENTENCE_SHIFT);
      sawSpace = false;
      prevWord = true;
      prevEnd = false;
      continue;
    }
    // punctuation
    if (pendingHyphen >= 0) {
      oStart[count] = pendingHyphen;
      oEnd[count] = pendingHyphen + 1;
      oHash[count] = HYPHEN_HASH;
      oInfo[count++] = TOK_GLUED | (sentence << TOK_SENTENCE_SHIFT);
      pendingHyphen = -1;
      prevWord = false;
      prevEnd = false;
    }
    if (code === 45 && !sawSpace && wasWord) {
      pendingHyphen = i;
      i++;
      sawSpace = false;
      continue;
    }
    let h = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
    if (wide) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    oStart[count] = i;
    oEnd[count] = i + (wide ? 2 : 1);
    oHash[count] = h;
    oInfo[count++] = (sawSpace ? 0 : TOK_GLUED) | (sentence << TOK_SENTENCE_SHIFT);
    i += wide ? 2 : 1;
    sawSpace = false;
    prevWord = false;
    prevEnd = !wide && (code === 46 || code === 33 || code === 63 || code === 59 || code === 0x2022);
  }
  if (pendingHyphen >= 0) {
    if (count + 1 > cap) {
      out.grow();
      oStart = out.start;
      oEnd = out.end;
      oHash = out.hash;
      oInfo = out.info;
    }
    oStart[count] = pendingHyphen;
    oEnd[count] = pendingHyphen + 1;
    oHash[count] = HYPHEN_HASH;
    oInfo[count++] = TOK_GLUED | (sentence << TOK_SENTENCE_SHIFT);
  }
  out.count = count;
}
const HYPHEN_HASH = Math.imul(FNV_OFFSET ^ 45, FNV_PRIME);

/**
 * Text as the matcher reads it, with a map back to the original. Offsets
 * handed to the page must point into the original text (highlights map them
 * to the page's DOM), so every character of `text` remembers where it came from.
 */
export interface Normalized {
  text: string;
  /** starts[k]: where in the original the character k of `text` comes from (starts[text.length] is the original's length). Null when `text` is the original. */
  starts: Int32Array | null;
  /** ends[k]: where in the original the source of character k − 1 ends (ends[0] is 0). Null when `text` is the original. */
  ends: Int32Array | null;
}

/**
 * Soft hyphens (CMS text is full of `&shy;`), zero-width spaces, joiners and
 * byte-order marks are invisible: "Kuber\u00ADnetes" reads as Kubernetes.
 */
function removable(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** A character that combines with the one before (marks; Hangul medial and final jamo). */
function combining(code: number, ch: string): boolean {
  return code >= 0x300 && ((code >= 0x1160 && code <= 0x11ff) || MARK.test(ch));
}
const MARK = /\p{M}/u;

/**
 * NFKC (full-width letters, ligatures, compatibility forms) with invisible
 * characters removed, and the Unicode hyphens (U+2010, U+2011: word processors
 * and CMSs write "real\u2011time") read as "-". Each original character and the marks that follow it are
 * normalised as one piece, so each output character maps to whole original
 * characters. Plain ASCII text is returned as it is, without a copy.
 */
export function normalizeText(original: string): Normalized {
  const n = original.length;
  // A short text (a taxonomy form: compiling normalises ~17,000) is read by a loop: the pattern's call costs more there.
  if (n < 32) {
    let k = 0;
    while (k < n && original.charCodeAt(k) < 128) k++;
    if (k === n) return { text: original, starts: null, ends: null };
  }
  // A regex finds the first non-ASCII character about twice as fast as a loop over char codes.
  NON_ASCII.lastIndex = 0;
  if (!NON_ASCII.test(original)) return { text: original, starts: null, ends: null };
  let i = NON_ASCII.lastIndex - 1;
  if (i > 0 && combining(original.charCodeAt(i), charAt(original, i))) i--; // the letter goes with its marks
  if (stable(original, i)) return { text: original, starts: null, ends: null };

  const parts: string[] = [original.slice(0, i)];
  let size = n + 16;
  let starts: Int32Array = new Int32Array(size);
  let ends: Int32Array = new Int32Array(size);
  for (let k = 0; k < i; k++) {
    starts[k] = k;
    ends[k + 1] = k + 1;
  }
  let out = i;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      // Runs of ASCII are copied as they are; the last letter before a mark goes with the mark ("e\u0301" is é).
      let j = i + 1;
      while (j < n && original.charCodeAt(j) < 128) j++;
      if (j < n && combining(original.charCodeAt(j), charAt(original, j))) j--;
      if (j > i) {
        if (out + (j - i) + 1 > size) [starts, ends, size] = grow(starts, ends, out + (j - i) + 1);
        parts.push(original.slice(i, j));
        for (let k = i; k < j; k++, out++) {
          starts[out] = k;
          ends[out + 1] = k + 1;
        }
        i = j;
        continue;
      }
    }
    if (removable(code)) {
      i++;
      continue;
    }
    // One piece: a character (a surrogate pair counts as one) and the marks after it.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n) {
      const c = original.charCodeAt(j);
      if (removable(c)) break;
      const ch = charAt(original, j);
      if (!combining(c, ch)) break;
      j += ch.length;
    }
    const nfkc = original.slice(i, j).normalize('NFKC');
    const piece = nfkc === '\u2010' ? '-' : nfkc;
    if (out + piece.length + 1 > size) [starts, ends, size] = grow(starts, ends, out + piece.length + 1);
    parts.push(piece);
    for (let k = 0; k < piece.length; k++, out++) {
      starts[out] = i;
      ends[out + 1] = j;
    }
    i = j;
  }
  starts[out] = n;
  return { text: parts.join(''), starts: starts.subarray(0, out + 1), ends: ends.subarray(0, out + 1) };
}

/**
 * Whether NFKC and the removals leave the text as it is, looking only at its
 * characters from i on (ASCII is always stable). Most postings have a few
 * kinds of non-ASCII characters (quotes, dashes, bullets, emoji), each looked
 * up once per worker life.
 */
function stable(text: string, i: number): boolean {
  for (NON_ASCII.lastIndex = i; NON_ASCII.test(text); ) {
    const k = NON_ASCII.lastIndex - 1;
    const code = text.charCodeAt(k);
    // Combining diacritics and Hangul jamo compose with the character before them.
    if ((code >= 0x300 && code < 0x370) || (code >= 0x1100 && code < 0x1200)) return false;
    // The Unicode hyphens (NFKC makes the non-breaking one U+2010) read as "-": "multi\u2011tenant" is multi-tenant.
    if (code === 0x2010 || code === 0x2011) return false;
    const wide = code >= 0xd800 && code <= 0xdbff && k + 1 < text.length;
    const point = wide ? text.codePointAt(k)! : code;
    let known = STABLE.get(point);
    if (known === undefined) {
      const ch = wide ? text.slice(k, k + 2) : text[k]!;
      known = !removable(code) && !MARK.test(ch) && ch.normalize('NFKC') === ch;
      if (STABLE.size < 4096) STABLE.set(point, known);
    }
    if (!known) return false;
    if (wide) NON_ASCII.lastIndex = k + 2;
  }
  return true;
}
const STABLE = new Map<number, boolean>();
/** One UTF-16 unit outside ASCII; global, so test() leaves lastIndex just after it. */
const NON_ASCII = /[^\0-\x7f]/g;

/** The character at i, a surrogate pair whole. */
function charAt(s: string, i: number): string {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? s.slice(i, i + 2) : s[i]!;
}

function grow(a: Int32Array, b: Int32Array, need: number): [Int32Array, Int32Array, number] {
  const size = Math.max(need, a.length * 2);
  const a2 = new Int32Array(size);
  const b2 = new Int32Array(size);
  a2.set(a);
  b2.set(b);
  return [a2, b2, size];
}

/**
 * Where tokens may not be read as skills: ranges of tokens [from, to), in
 * text order, each an address (a URL, an e-mail address, a domain name, an
 * @handle) or a currency code beside an amount ("$140-170K CAD", "EUR 90k").
 * A mention may cover a whole address ("socket.io" is Socket.IO) but never a
 * part of one ("github.com/acme", "jobs@acme.io"), and never a currency code.
 */
export interface TokenMask {
  /** Three numbers a range: from, to, and 1 for a currency code, 0 for an address. */
  ranges: number[];
}

/** Top-level domains seen in postings' links. Only lowercase ones count: "Kubernetes.In this role" is a missing space. */
const TLDS = new Set(
  ('com net org io dev ai co app site gg so sh me us uk de fr ca eu xyz tech cloud page link ly to tv fm gl it in is be at ' +
    'ch nl se no fi dk es pl cz ie au nz jp kr cn sg hk br mx ar ru ua il za edu gov jobs careers work team inc ' +
    'biz info pro run build design studio agency systems software tools network digital so blog wiki email').split(' '),
);
/** TLDs that are English words: they need an all-lowercase host ("see acme.so") or a path after them, not "Rust.So we". */
const WORD_TLDS = new Set('so me us to it in is be at no do my am as go'.split(' '));
/** ISO 4217 codes of currencies postings pay in. */
const CURRENCIES = new Set(
  'usd cad eur gbp aud nzd chf sek nok dkk pln czk huf inr jpy cny sgd hkd brl mxn zar ils aed try krw twd php idr myr thb ron bgn uah'.split(' '),
);
/** CURRENCIES as bits, by their three letters (a-z each 0-25, first letter most significant). */
const CODE_BITS = (() => {
  const bits = new Int32Array((26 * 26 * 26 + 31) >> 5);
  for (const code of CURRENCIES) {
    const k = ((code.charCodeAt(0) - 97) * 26 + (code.charCodeAt(1) - 97)) * 26 + (code.charCodeAt(2) - 97);
    bits[k >> 5]! |= 1 << (k & 31);
  }
  return bits;
})();
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₩', '₪', '₽', '₺']);
/** Characters that open around an address: ( [ { < " ' “ ‘ «. */
function opens(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 60 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab;
}
/** Characters that close after one: ) ] } > " ' ” ’ » , . ; : ! ?. */
function closes(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 62 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb ||
    c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** Token k is the punctuation character c (one UTF-16 unit). */
function punctIs(text: string, toks: TokenArrays, k: number, c: number): boolean {
  return !(toks.info[k]! & TOK_WORD) && toks.end[k]! - toks.start[k]! === 1 && text.charCodeAt(toks.start[k]!) === c;
}

/** Token k is punctuation of one UTF-16 unit for which `is` holds. */
function punctIn(text: string, toks: TokenArrays, k: number, is: (c: number) => boolean): boolean {
  return !(toks.info[k]! & TOK_WORD) && toks.end[k]! - toks.start[k]! === 1 && is(text.charCodeAt(toks.start[k]!));
}
const AMOUNT = /^\d+(?:k|m|mm|bn)?$/;

export function maskTokens(text: string, toks: TokenArrays): TokenMask | null {
  let ranges: number[] | null = null;
  const n = toks.count;
  const { start, end, info } = toks;
  for (let t = 0; t < n; t++) {
    if (info[t]! & TOK_WORD) {
      // Only a currency code is masked: a word of three ASCII letters is told by CODE_BITS, before anything else is read
      // ("the", "and", "you" are a tenth of a posting's tokens, and none is a code). A word with a character above ASCII
      // takes the long way: its lowercase may still be ASCII (U+212A, the Kelvin sign, lowercases to "k").
      if (!(info[t]! & TOK_FOLD)) {
        const at = start[t]!;
        if (end[t]! - at !== 3) continue;
        const a = text.charCodeAt(at) | 32;
        const b = text.charCodeAt(at + 1) | 32;
        const c = text.charCodeAt(at + 2) | 32;
        // (| 32 folds A-Z to a-z; no character outside A-Z and a-z lands on a-z so.)
        if (a < 97 || a > 122 || b < 97 || b > 122 || c < 97 || c > 122) continue;
        const k = ((a - 97) * 26 + (b - 97)) * 26 + (c - 97);
        if (!(CODE_BITS[k >> 5]! & (1 << (k & 31)))) continue;
      }
      // A digit or a currency sign beside it first: most three-letter words have neither.
      if ((info[t]! & TOK_FOLD ? lowerAt(text, toks, t).length : end[t]! - start[t]!) !== 3) continue;
      if (!(nearAmount(text, toks, t - 1) || nearAmount(text, toks, t + 1))) {
        // "170-200k USD or CAD equivalent", "paid in USD/CAD": a code in capitals beside "equivalent" or another code.
        if (codeInWords(text, toks, t)) (ranges ??= []).push(t, t + 1, 1);
        continue;
      }
      if (CURRENCIES.has(lowerAt(text, toks, t)) && (amountBefore(text, toks, t) || amountAfter(text, toks, t))) (ranges ??= []).push(t, t + 1, 1);
      continue;
    }
    // An address holds '@', or a '.' or ':' with something glued after it: find the run of tokens with no space between them.
    if (end[t]! - start[t]! !== 1) continue;
    const c = text.charCodeAt(start[t]!);
    if (!(c === 64 || c === 46 || c === 58) || t + 1 === n || !(info[t + 1]! & TOK_GLUED)) continue;
    let r = t;
    while (r > 0 && info[r]! & TOK_GLUED) r--;
    let e = t + 1;
    while (e < n && info[e]! & TOK_GLUED) e++;
    let a = r;
    let b = e;
    while (a < b && punctIn(text, toks, a, opens)) a++;
    while (b > a && punctIn(text, toks, b - 1, closes)) b--;
    if (b - a >= 2 && isAddress(text, toks, a, b)) (ranges ??= []).push(a, b, 0);
    t = e - 1;
  }
  return ranges && { ranges };
}

/** Token k is a word that starts with a digit, or punctuation that ends with '$' or a non-ASCII sign. */
function nearAmount(text: string, toks: TokenArrays, k: number): boolean {
  if (k < 0 || k >= toks.count) return false;
  if (toks.info[k]! & TOK_WORD) return text.charCodeAt(toks.start[k]!) <= 57;
  const c = text.charCodeAt(toks.end[k]! - 1);
  return c === 36 || c > 127;
}

/** Tokens i … last (inclusive) hold no currency code and cover any address they touch whole. */
export function unmasked(mask: TokenMask, i: number, last: number): boolean {
  const r = mask.ranges;
  for (let k = 0; k < r.length; k += 3) {
    const from = r[k]!;
    const to = r[k + 1]!;
    if (from > last) break;
    if (to <= i) continue;
    if (r[k + 2] === 1 || from < i || to > last + 1) return false;
  }
  return true;
}

function isAddress(text: string, toks: TokenArrays, a: number, b: number): boolean {
  // Every index looked at below lies in [a, b) (b − a ≥ 2): no bounds to check.
  const { start, info } = toks;
  const at = punctIs;
  // @handle, or someone@somewhere
  if (at(text, toks, a, 64) && info[a + 1]! & TOK_WORD) return true;
  for (let k = a + 1; k < b - 1; k++) if (at(text, toks, k, 64) && info[k - 1]! & info[k + 1]! & TOK_WORD) return true;
  // scheme://…
  for (let k = a + 1; k < b - 2; k++) if (at(text, toks, k, 58) && at(text, toks, k + 1, 47) && at(text, toks, k + 2, 47)) return true;
  if (info[a]! & TOK_WORD && at(text, toks, a + 1, 46) && lowerAt(text, toks, a) === 'www') return true;
  // host.tld, then the end or a path, port, query or fragment
  for (let k = a + 1; k < b - 1; k++) {
    if (!at(text, toks, k, 46) || !(info[k - 1]! & info[k + 1]! & TOK_WORD)) continue;
    const tld = lowerAt(text, toks, k + 1);
    const tldStart = start[k + 1]!;
    if (!TLDS.has(tld) || !text.startsWith(tld, tldStart)) continue;
    if (k + 2 < b && !(at(text, toks, k + 2, 47) || at(text, toks, k + 2, 58) || at(text, toks, k + 2, 63) || at(text, toks, k + 2, 35))) continue;
    if (WORD_TLDS.has(tld) && k + 2 === b && text.slice(start[a]!, tldStart).toLowerCase() !== text.slice(start[a]!, tldStart)) continue;
    return true;
  }
  return false;
}

/** A sum of money ends just before token t: "90k", "$140-170K", "120,000", "€95 000". */
function amountBefore(text: string, toks: TokenArrays, t: number): boolean {
  const { info } = toks;
  if (t - 1 < 0) return false;
  // "155 000 $ CAD": an amount, its sign after it (as French writes it), then the code.
  if (!(info[t - 1]! & TOK_WORD)) return t - 2 >= 0 && CURRENCY_SIGNS.has(lowerAt(text, toks, t - 1)) && (info[t - 2]! & TOK_WORD) !== 0 && AMOUNT.test(lowerAt(text, toks, t - 2));
  const p = lowerAt(text, toks, t - 1);
  if (!AMOUNT.test(p)) return false;
  if (p.length >= 4 || !/\d$/.test(p)) return true;
  // "130 000 – 155 000 CAD": thousands set apart by a space.
  if (/^\d{3}$/.test(p) && t - 2 >= 0 && info[t - 2]! & TOK_WORD && /^\d{1,3}$/.test(lowerAt(text, toks, t - 2))) return true;
  for (let k = t - 2; k >= 0 && k >= t - 6; k--) {
    const q = lowerAt(text, toks, k);
    const qWord = (info[k]! & TOK_WORD) !== 0;
    if (!qWord && CURRENCY_SIGNS.has(q)) return true;
    if (qWord ? !AMOUNT.test(q) : !(q === ',' || q === '.' || q === '-' || q === '–')) return false;
    if (!qWord && q !== '-' && q !== '–' && info[k]! & TOK_GLUED && k - 1 >= 0 && info[k - 1]! & TOK_WORD && AMOUNT.test(lowerAt(text, toks, k - 1))) return true;
  }
  return false;
}

/** Token k is a currency code written in capitals ("CAD", not "cad"). */
function capitalCode(text: string, toks: TokenArrays, k: number): boolean {
  if (k < 0 || k >= toks.count || !(toks.info[k]! & TOK_WORD) || toks.end[k]! - toks.start[k]! !== 3) return false;
  // Three capitals A-Z first, read where they stand: every three-letter word comes here ("and", "the"), and the codes are
  // all ASCII letters, so a word with any other character is none (in capitals or not) and needs no string.
  for (let at = toks.start[k]!; at < toks.end[k]!; at++) {
    const c = text.charCodeAt(at);
    if (c < 65 || c > 90) return false;
  }
  const w = text.slice(toks.start[k]!, toks.end[k]!);
  return w === w.toUpperCase() && CURRENCIES.has(w.toLowerCase());
}

/**
 * Token t is a currency code in capitals named with no amount beside it: before "equivalent" ("or CAD equivalent"), or
 * beside another code joined by "or", "/", "," or "and" ("USD or CAD", "paid in EUR/GBP"). "CAD drafting" stays a tool.
 */
function codeInWords(text: string, toks: TokenArrays, t: number): boolean {
  if (!capitalCode(text, toks, t)) return false;
  if (t + 1 < toks.count && toks.info[t + 1]! & TOK_WORD && lowerAt(text, toks, t + 1) === 'equivalent') return true;
  const joins = (k: number) => k >= 0 && k < toks.count && /^(?:or|and|\/|,|&)$/.test(lowerAt(text, toks, k));
  return (joins(t - 1) && capitalCode(text, toks, t - 2)) || (joins(t + 1) && capitalCode(text, toks, t + 2));
}

/** A sum of money starts just after token t: "CAD 140,000", "EUR 90k", "USD $150", "CAD 110-140k". */
function amountAfter(text: string, toks: TokenArrays, t: number): boolean {
  const { info } = toks;
  if (t + 1 >= toks.count) return false;
  const q = lowerAt(text, toks, t + 1);
  if (!(info[t + 1]! & TOK_WORD)) return CURRENCY_SIGNS.has(q);
  if (!AMOUNT.test(q)) return false;
  if (q.length >= 4 || !/\d$/.test(q)) return true;
  if (t + 2 >= toks.count) return false;
  // "CAD 110-140k": a range of amounts (the hyphen is no token of its own).
  if (info[t + 2]! & TOK_WORD) {
    const dash = text.charCodeAt(toks.start[t + 2]! - 1);
    return (info[t + 2]! & TOK_GLUED) !== 0 && (dash === 45 || dash === 0x2013) && toks.start[t + 2]! - 1 === toks.end[t + 1]! && AMOUNT.test(lowerAt(text, toks, t + 2));
  }
  if (t + 3 >= toks.count) return false;
  const sep = lowerAt(text, toks, t + 2);
  return (info[t + 2]! & TOK_GLUED) !== 0 && (sep === ',' || sep === '.') && (info[t + 3]! & TOK_GLUED) !== 0 && /^\d{3}/.test(lowerAt(text, toks, t + 3));
}

/**
 * `s`, held one byte a character wherever its own characters allow. V8 compiles a pattern's native code once for the
 * text it runs on held one byte a character (Latin-1) and once for text held two, and keeps both as long as the
 * pattern. A slice of a posting's section is held as the section is, two bytes once anything in it is above U+00FF
 * (the reader's "•", a "’"), while a slice shorter than 13 characters is copied, one byte where it can be: the
 * windows around a mention that the context rules (lib/skills/context.ts) read came both ways, and ~40 of their
 * patterns were compiled twice (~0.35 MB of the service worker's heap). The same characters, so the same answers;
 * JSON's round trip is V8's cheapest copy that picks the narrower form (~0.5 µs a window).
 */
export function narrow(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Whether a character of `t` is above U+00FF (V8 then holds it two bytes a character). A loop: no pattern compiled for it. */
export function wide(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0xff) return true;
  return false;
}

/**
 * Texts (a posting's sections), all held two bytes a character when one is: a section with a "•" or a "’" comes held
 * two, one without held one, and a pattern that reads whole sections was compiled for both (postingNames in
 * lib/skills/context.ts: ~60 KB of the service worker's heap). Prefixing a wide character and slicing it off again
 * keeps the characters and V8's wider form (a text shorter than 13 characters is copied, one byte: it stays as it is).
 */
export function heldAlike(texts: readonly string[]): readonly string[] {
  if (!texts.some(wide)) return texts;
  return texts.map((t) => (t.length < 13 || wide(t) ? t : ('\u2022' + t).slice(1)));
}
