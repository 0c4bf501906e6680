import { describe, expect, it } from 'vitest';
import { contextClass } from '@/lib/skills/context';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
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

// The plain-word gates before BACKGROUND and WORK_WITH (lib/skills/context.ts) must let through whatever the patterns match,
// in any case and in text held two bytes a character.
describe('the word gates before the background and team patterns', () => {
  const matcher = bundled().matcher;
  const classOf = (text: string, id: string) => {
    const hit = findSkills(matcher, text).find((h) => h.skillId === id);
    if (!hit) throw new Error(`${id} is not found in: ${text}`);
    return contextClass(text, hit, { own: [] });
  };

  it('finds each group of background markers, whatever the case', () => {
    expect(classOf('BACKED BY the venture funds of Datadog and Cloudflare.', 'cloudflare')).toBe('background');
    expect(classOf('• Founded by ex-Stripe engineers who’ve run Kafka.', 'kafka')).toBe('background');
    expect(classOf('• Our Customers Include teams running Kafka at huge scale.', 'kafka')).toBe('background');
    expect(classOf('• Our ADVISORS include the creators of Kubernetes.', 'kubernetes')).toBe('background');
  });

  it('finds a team list opened by any of its verbs, whatever the case', () => {
    expect(classOf('• You will PARTNER with Product, Design and Data Science to plan the quarter.', 'data-science')).toBe('team');
    expect(classOf('• Work Closely with our Security and Machine Learning teams on launches.', 'machine-learning')).toBe('team');
  });
});
