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
      i += wide ? 2 : 1;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 128) {
          if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
          i++;
        } else {
          const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
          const cc = w ? text.slice(i, i + 2) : text[i]!;
          if (kindOf(c, cc) !== Kind.Word) break;
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
 * characters removed. Each original character and the marks that follow it are
 * normalised as one piece, so each output character maps to whole original
 * characters. Plain ASCII text is returned as it is, without a copy.
 */
export function normalizeText(original: string): Normalized {
  const n = original.length;
  let i = 0;
  while (i < n && original.charCodeAt(i) < 128) i++;
  if (i === n) return { text: original, starts: null, ends: null };
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
    const piece = original.slice(i, j).normalize('NFKC');
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
  for (let k = i; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x80) continue;
    // Combining diacritics and Hangul jamo compose with the character before them.
    if ((code >= 0x300 && code < 0x370) || (code >= 0x1100 && code < 0x1200)) return false;
    const wide = code >= 0xd800 && code <= 0xdbff && k + 1 < text.length;
    const point = wide ? text.codePointAt(k)! : code;
    let known = STABLE.get(point);
    if (known === undefined) {
      const ch = wide ? text.slice(k, k + 2) : text[k]!;
      known = !removable(code) && !MARK.test(ch) && ch.normalize('NFKC') === ch;
      if (STABLE.size < 4096) STABLE.set(point, known);
    }
    if (!known) return false;
    if (wide) k++;
  }
  return true;
}
const STABLE = new Map<number, boolean>();

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
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥', '₹', '₩', '₪', '₽', '₺']);
const OPENERS = new Set(['(', '[', '{', '<', '"', "'", '“', '‘', '«']);
const CLOSERS = new Set([')', ']', '}', '>', '"', "'", '”', '’', '»', ',', '.', ';', ':', '!', '?']);
const AMOUNT = /^\d+(?:k|m|mm|bn)?$/;

export function maskTokens(text: string, tokens: Token[]): TokenMask | null {
  let ranges: number[] | null = null;
  const n = tokens.length;
  for (let t = 0; t < n; t++) {
    const tok = tokens[t]!;
    if (tok.word) {
      // A digit or a currency sign beside it first: most three-letter words have neither.
      if (tok.lower.length === 3 && (nearAmount(tokens[t - 1]) || nearAmount(tokens[t + 1])) && CURRENCIES.has(tok.lower) && (amountBefore(tokens, t) || amountAfter(tokens, t)))
        (ranges ??= []).push(t, t + 1, 1);
      continue;
    }
    // An address holds '@', or a '.' or ':' with something glued after it: find the run of tokens with no space between them.
    const c = tok.lower;
    if (!(c === '@' || c === '.' || c === ':') || t + 1 === n || !tokens[t + 1]!.glued) continue;
    let r = t;
    while (r > 0 && tokens[r]!.glued) r--;
    let e = t + 1;
    while (e < n && tokens[e]!.glued) e++;
    let a = r;
    let b = e;
    while (a < b && !tokens[a]!.word && OPENERS.has(tokens[a]!.lower)) a++;
    while (b > a && !tokens[b - 1]!.word && CLOSERS.has(tokens[b - 1]!.lower)) b--;
    if (b - a >= 2 && isAddress(text, tokens, a, b)) (ranges ??= []).push(a, b, 0);
    t = e - 1;
  }
  return ranges && { ranges };
}

function nearAmount(tok: Token | undefined): boolean {
  if (!tok) return false;
  const c = tok.lower.charCodeAt(tok.lower.length - 1);
  return tok.word ? tok.lower.charCodeAt(0) <= 57 : c === 36 || c > 127;
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

function isAddress(text: string, tokens: Token[], a: number, b: number): boolean {
  const at = (k: number, s: string) => k < b && !tokens[k]!.word && tokens[k]!.lower === s;
  const word = (k: number) => k >= a && k < b && tokens[k]!.word;
  // @handle, or someone@somewhere
  if (at(a, '@') && word(a + 1)) return true;
  for (let k = a + 1; k < b - 1; k++) if (at(k, '@') && word(k - 1) && word(k + 1)) return true;
  // scheme://…
  for (let k = a + 1; k < b - 2; k++) if (at(k, ':') && at(k + 1, '/') && at(k + 2, '/')) return true;
  if (word(a) && tokens[a]!.lower === 'www' && at(a + 1, '.')) return true;
  // host.tld, then the end or a path, port, query or fragment
  for (let k = a + 1; k < b - 1; k++) {
    if (!at(k, '.') || !word(k - 1) || !word(k + 1)) continue;
    const tld = tokens[k + 1]!;
    if (!TLDS.has(tld.lower) || !text.startsWith(tld.lower, tld.start)) continue;
    const next = tokens[k + 2];
    if (k + 2 < b && !(next && !next.word && (next.lower === '/' || next.lower === ':' || next.lower === '?' || next.lower === '#'))) continue;
    if (WORD_TLDS.has(tld.lower) && k + 2 === b && text.slice(tokens[a]!.start, tld.start).toLowerCase() !== text.slice(tokens[a]!.start, tld.start)) continue;
    return true;
  }
  return false;
}

/** A sum of money ends just before token t: "90k", "$140-170K", "120,000", "€95 000". */
function amountBefore(tokens: Token[], t: number): boolean {
  const p = tokens[t - 1];
  if (!p || !p.word || !AMOUNT.test(p.lower)) return false;
  if (p.lower.length >= 4 || !/\d$/.test(p.lower)) return true;
  for (let k = t - 2; k >= 0 && k >= t - 6; k--) {
    const q = tokens[k]!;
    if (!q.word && CURRENCY_SIGNS.has(q.lower)) return true;
    if (q.word ? !AMOUNT.test(q.lower) : !(q.lower === ',' || q.lower === '.' || q.lower === '-' || q.lower === '–')) return false;
    if (!q.word && q.lower !== '-' && q.lower !== '–' && q.glued && tokens[k - 1]?.word && AMOUNT.test(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

/** A sum of money starts just after token t: "CAD 140,000", "EUR 90k", "USD $150". */
function amountAfter(tokens: Token[], t: number): boolean {
  const q = tokens[t + 1];
  if (!q) return false;
  if (!q.word) return CURRENCY_SIGNS.has(q.lower);
  if (!AMOUNT.test(q.lower)) return false;
  if (q.lower.length >= 4 || !/\d$/.test(q.lower)) return true;
  const sep = tokens[t + 2];
  const rest = tokens[t + 3];
  return !!sep && !sep.word && sep.glued && (sep.lower === ',' || sep.lower === '.') && !!rest && rest.glued && /^\d{3}/.test(rest.lower);
}
