/** True where text[i] ends a sentence: a line break, or . ! ? followed by white space or the end. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  return next === undefined || /\s/.test(next); // "Node.js" keeps going
}

/** The sentence (or list line) around [start, end), trimmed to a readable length. */
export function sentenceAround(text: string, start: number, end: number, max = 220): string {
  let a = start;
  while (a > 0 && !endsSentence(text, a - 1)) a--;
  let b = Math.max(end, start);
  while (b < text.length && !endsSentence(text, b)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  let s = withoutContact(text.slice(a, b).replace(/\s+/g, ' ').trim().replace(/^[•·*-]\s*/, ''));
  if (s.length > max) {
    const from = Math.max(0, start - a - Math.floor(max / 2));
    s = (from > 0 ? '…' : '') + s.slice(from, from + max).trim() + '…';
  }
  return s;
}

/**
 * The line without the holder's contact data: a resume's header line ("Site Reliability Engineer · sam@example.org ·
 * (503) 555-0143") may be the evidence of a skill, and evidence goes to the page's content script. E-mail addresses,
 * phone numbers (nine digits or more) and profile links become "…".
 */
export function withoutContact(line: string): string {
  if (!/@|\d{3}|linkedin|github/i.test(line)) return line;
  return line
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '…')
    .replace(/(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/in|github\.com|gitlab\.com)\/[\w./-]+/gi, '…')
    .replace(/[+(]?\d[\d\s().-]{7,}\d/g, (m) => ((m.match(/\d/g) ?? []).length >= 9 && !/^(?:19|20)\d\d\D+(?:19|20)\d\d$/.test(m.trim()) ? '…' : m));
}
