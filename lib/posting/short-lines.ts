import type { Posting } from './types';

/**
 * A line longer than this is no line of prose or of a list a person wrote: the longest lines of the 1,620-posting corpus
 * are 2,000 characters, a long paragraph of a career page about as many.
 */
export const LONGEST_LINE = 5000;
/** The length of the pieces such a line is read in. */
const PIECE = 500;
/** How far past a piece's length a break is looked for. */
const SLACK = 200;

/** Where to break near `at`: after a sentence's end, else at a space, else at a list's comma, slash, bar or semicolon. */
function breakAt(text: string, at: number, end: number): number {
  const stop = Math.min(end, at + SLACK);
  let space = -1;
  let mark = -1;
  for (let i = at; i < stop; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') {
      const prev = text[i - 1];
      if (prev === '.' || prev === '!' || prev === '?') return i;
      if (space < 0) space = i;
    } else if (mark < 0 && (ch === ',' || ch === '/' || ch === '|' || ch === ';')) mark = i;
  }
  return space >= 0 ? space : mark;
}

/**
 * The text with every line longer than LONGEST_LINE broken into pieces of about PIECE characters: one space (or a
 * list's comma, slash, bar or semicolon) becomes a line break, so no offset moves and highlights still land. The
 * readers and rules look at a mention's line and sentence; on a line of thousands of list items (a hostile page, a
 * dump of tags, 200,000 characters with no line break) that costs time growing with the square of the line: minutes
 * of the worker for one page. In pieces it grows with the text's length. Text without such a line is returned as it is.
 */
export function shortLines(text: string): string {
  if (text.length <= LONGEST_LINE) return text;
  let out: string[] | null = null;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart > LONGEST_LINE) {
      out ??= text.split('');
      for (let at = lineStart + PIECE; at < lineEnd - PIECE / 4; at += PIECE) {
        const cut = breakAt(text, at, lineEnd);
        if (cut < 0) continue;
        out[cut] = '\n';
        at = cut + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}

/** The posting with every section's overlong lines broken (see shortLines); the same object when none has one. */
export function withShortLines(posting: Posting): Posting {
  let changed = false;
  const sections = posting.sections.map((s) => {
    const text = shortLines(s.text);
    if (text === s.text) return s;
    changed = true;
    return { ...s, text };
  });
  return changed ? { ...posting, sections } : posting;
}

/**
 * The most characters of a posting its requirements are read in (the corpus's longest posting has 4,431; a long career
 * page some 20,000). Every stage of the checklist and the facts reads each sentence of what it is given, several times
 * over; past this a page is no posting a person wrote, and reading it whole would hold the worker for seconds.
 */
export const REQUIREMENTS_READ = 50_000;

/** The posting's first `max` characters of section text, cut at a line's end where one is near; the same object when it is shorter. */
export function firstChars(posting: Posting, max: number = REQUIREMENTS_READ): Posting {
  let left = max;
  const sections: Posting['sections'] = [];
  for (const s of posting.sections) {
    if (left <= 0) break;
    if (s.text.length <= left) {
      sections.push(s);
      left -= s.text.length;
      continue;
    }
    const line = s.text.lastIndexOf('\n', left);
    sections.push({ ...s, text: s.text.slice(0, line > left / 2 ? line : left) });
    left = 0;
  }
  return sections.length === posting.sections.length && sections.every((s, i) => s === posting.sections[i]) ? posting : { ...posting, sections };
}
