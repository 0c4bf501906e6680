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
