import { describe, expect, it } from 'vitest';
import { narrow } from '@/lib/skills/tokenize';

describe('narrow: a window of text, copied one byte a character where it can be', () => {
  it('gives back the same characters, whatever they are', () => {
    const samples = [
      '',
      'a',
      'short one',
      '• Strong experience with Kubernetes and Terraform',
      'what you’ll do: “own” the platform – end to end — and more',
      'quotes " and \\ backslashes \\" and control \u0000\u0001\t\n\r chars, twelve+',
      'lone surrogates \ud800 and \udfff, a pair \ud83d\ude00, an emoji 🚀 and CJK 日本語 text',
      'Latin-1 only: café, naïve, résumé, ½, ©, ÿ — no wait, that dash is not Latin-1',
      'x'.repeat(5000),
    ];
    for (const s of samples) expect(narrow(s)).toBe(s);
  });

  it('keeps offsets: every slice of the copy equals the same slice of the original', () => {
    const text = '\u2022 Build and operate our AWS platform with Terraform and Kubernetes for forty product teams';
    const w = text.slice(2, 70);
    const n = narrow(w);
    for (let a = 0; a < w.length; a += 7) for (let b = a; b <= w.length; b += 11) expect(n.slice(a, b)).toBe(w.slice(a, b));
  });
});
