/**
 * What Fitmark keeps of a resume, and how it says what it left out. Files up
 * to MAX_RESUME_BYTES (10 MB, as the popup advertises) are read; their text
 * is kept up to MAX_RESUME_CHARS (a resume is some thousands of characters:
 * two million is hundreds of pages) and their name up to MAX_RESUME_NAME.
 * Beyond that the rest is cut, and the user is told: never a bare refusal.
 */
export const MAX_RESUME_CHARS = 2_000_000;
export const MAX_RESUME_NAME = 200;

export interface Clipped {
  /** Characters kept. */
  kept: number;
  /** Characters the text had. */
  total: number;
}

/** The text cut to `max` characters, at a line break or a space near the end when there is one, never inside a surrogate pair. */
export function clipResumeText(text: string, max = MAX_RESUME_CHARS): { text: string; clipped: Clipped | null } {
  if (text.length <= max) return { text, clipped: null };
  let end = max;
  // Do not cut a character in two (UTF-16 surrogate pair).
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  // Prefer the end of a line, then a word, in the last thousand characters.
  const tail = text.slice(Math.max(0, end - 1000), end);
  const nl = tail.lastIndexOf('\n');
  const br = nl > 0 ? nl : tail.lastIndexOf(' ');
  if (br > 0) end = end - tail.length + br;
  const kept = text.slice(0, end).trimEnd();
  return { text: kept, clipped: { kept: kept.length, total: text.length } };
}

/**
 * A file name cut to `max` characters with its extension kept
 * ("Very long … name….pdf"), so it still says what kind of file it was.
 */
export function clipFileName(name: string, max = MAX_RESUME_NAME): string {
  if (name.length <= max) return name;
  const trimmed = name.trim();
  if (trimmed.length <= max) return trimmed;
  const dot = trimmed.lastIndexOf('.');
  // An extension is short and has no spaces; otherwise there is none to keep.
  const ext = dot > 0 && trimmed.length - dot <= 10 && !/\s/.test(trimmed.slice(dot)) ? trimmed.slice(dot) : '';
  let stem = trimmed.slice(0, max - ext.length - 1);
  if (/[\uD800-\uDBFF]$/.test(stem)) stem = stem.slice(0, -1);
  return `${stem.trimEnd()}…${ext}`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What the user reads after a save that cut something. Null when nothing was cut. */
export function clipNotice(o: { name: string; clipped: Clipped | null; nameClipped: boolean }): string | null {
  const parts: string[] = [];
  if (o.clipped)
    parts.push(
      `This resume is ${count(o.clipped.total)} characters long; Fitmark keeps the first ${count(o.clipped.kept)} and left the rest out of the match.`,
    );
  if (o.nameClipped) parts.push(`Its file name was too long, so it is saved as “${o.name}”.`);
  return parts.length ? parts.join(' ') : null;
}

/** What the popup says after a save: what was cut, then the not-a-resume warning; null when neither. */
export function saveNotice(reply: { name: string; clipped: Clipped | null; nameClipped: boolean; warning: string | null }): string | null {
  return [clipNotice(reply), reply.warning].filter(Boolean).join(' ') || null;
}
