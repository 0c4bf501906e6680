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

/** The key a token is looked up by when it continues a match already begun. */
export function continuationKey(prev: Token, tok: Token): string {
  if (prev.word && tok.word) return tok.lower;
  // Around punctuation, spacing matters: ".NET" is not "Python. Net".
  return (tok.glued ? '\u0001' : '\u0002') + tok.lower;
}
