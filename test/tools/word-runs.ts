import { readFileSync } from 'node:fs';
/** A word of a posting as the vocabulary miners read it: letters and digits, with inner dots and a trailing "+" or "#" ("Node.js", "C++", "C#"). */
export const WORD = /[A-Za-z0-9][A-Za-z0-9.+#]*[A-Za-z0-9+#]|[A-Za-z0-9]/g;

/** Every run of one to `most` words of `text` joined by spaces or hyphens, as [start, end): what a variant spelling of a known form may be. */
export function* wordRuns(text: string, most = 3): Generator<[number, number]> {
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= most && i + n <= words.length; n++) {
      const last = words[i + n - 1]!;
      if (n > 1 && !/^[\s-]+$/.test(text.slice(words[i + n - 2]!.index + words[i + n - 2]![0].length, last.index))) break;
      yield [words[i]!.index, last.index + last[0].length];
    }
  }
}

/** Words as the copy checks read them: letters, digits and apostrophes, in lower case. */
const copyWords = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** Every run of eight words of `text`, each joined by spaces: what two texts may not share (../shared/LABELLING.md). */
export function eightWordRuns(text: string): string[] {
  const w = copyWords(text);
  const out: string[] = [];
  for (let i = 0; i + 8 <= w.length; i++) out.push(w.slice(i, i + 8).join(' '));
  return out;
}

/** The eight-word runs of every posting in JSONL files whose lines hold { text }. */
export function postingRuns(paths: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (const path of paths) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim()) for (const r of eightWordRuns((JSON.parse(line) as { text: string }).text)) runs.add(r);
    }
  }
  return runs;
}
