import { describe, expect, it } from 'vitest';
import { anyofReaders, apart, holds, termWords } from './readers';

// Session 54 (issue #12): choices from the tune half of anyof-fresh batch 29 and the known gaps the lead listed, one class
// at a time, each keyed on the grammar of the list rather than on its words: a Japanese line's joiners ("\u307e\u305f\u306f",
// "\u3082\u3057\u304f\u306f", "\u304b", a list closed by "\u306e\u3044\u305a\u308c\u304b" or "\u306a\u3069"); one product of a kind, an article before it, with two
// names in a bracket after it ("an e-signature vendor (A, B)"); a pair whose other member is a practice in lowercase words
// beside a named one ("trunk-based development or feature branching"); a modal before "also be fine" ("Go would also be
// fine"). Every sentence here was written for these tests (none from a posting, nor from the labelled lines); the wanted
// groups were decided before the code read them.
const { itemsIn, groupsIn, groupsOf, choicesOf } = anyofReaders('Harbour Row Labs | Platform Engineer | Osaka (hybrid)');
const words = termWords;

describe('a Japanese line: its joiners read as the English the list rules know', () => {
  it.each([
    // "or" written out: \u307e\u305f\u306f, \u3082\u3057\u304f\u306f, \u3042\u308b\u3044\u306f; ", or" as \u3001\u307e\u305f\u306f.
    ['Azure\u307e\u305f\u306fAWS\u3067\u306e\u30af\u30e9\u30a6\u30c9\u69cb\u7bc9\u7d4c\u9a13', ['azure', 'aws']],
    ['Kotlin\u3082\u3057\u304f\u306fSwift\u3067\u306e\u30a2\u30d7\u30ea\u958b\u767a\u7d4c\u9a13', ['kotlin', 'swift']],
    ['Django\u3042\u308b\u3044\u306fFlask\u3092\u7528\u3044\u305fAPI\u958b\u767a', ['django', 'flask']],
    ['Redis\u3001Memcached\u3001\u307e\u305f\u306fHazelcast\u306e\u904b\u7528\u7d4c\u9a13', ['redis', 'memcached', 'hazelcast']],
    // "\u304b" between two names.
    ['Terraform\u304bPulumi\u3067\u306eIaC\u7d4c\u9a13', ['terraform', 'pulumi']],
    // A list closed by "whichever one" (\u306e\u3044\u305a\u308c\u304b) or "and the like" (\u306a\u3069): one pick.
    ['Ruby\u30fbPHP\u30fbPython\u306e\u3044\u305a\u308c\u304b\u3067\u306e\u958b\u767a\u7d4c\u9a13', ['ruby', 'php', 'python']],
    ['Datadog\u3084New Relic\u306a\u3069\u306e\u76e3\u8996\u30c4\u30fc\u30eb\u306e\u5229\u7528\u7d4c\u9a13', ['datadog', 'new-relic']],
    // Full-width brackets after the kind.
    ['\u30b3\u30f3\u30c6\u30ca\u57fa\u76e4\uff08ECS\u3001Nomad\u3001Kubernetes\u306e\u3044\u305a\u308c\u304b\uff09\u306e\u904b\u7528\u7d4c\u9a13', ['ecs', 'nomad', 'kubernetes']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: names joined by "\u3068" (and) or a bare comma list are all asked', () => {
    expect(apart(groupsOf('Go\u3068PostgreSQL\u306e\u5b9f\u52d9\u7d4c\u9a13'), ['go', 'postgresql'])).toBe(true);
    expect(apart(groupsOf('Ruby\u3001Rails\u3001MySQL\u3067\u306e\u958b\u767a\u7d4c\u9a13'), ['ruby', 'mysql'])).toBe(true);
  });

  it('counter-example: "\u304b" inside Japanese words is no joiner', () => {
    // (\u304b after a kana, "\u308f\u304b\u308b" (understand), joins nothing.)
    expect(apart(groupsOf('Go\u3068Rust\u304c\u308f\u304b\u308b\u65b9'), ['go', 'rust'])).toBe(true);
  });

  it('counter-example: a middle dot that opens a line is its bullet, in English or in Japanese', () => {
    // (An English posting from Japan opens its bullets with "\u30fb": each line its own ask.)
    expect(holds(groupsIn('\u30fbRedis or Memcached in production\n\u30fbSome Japanese'), ['redis', 'memcached'])).toBe(true);
    expect(apart(groupsIn('\u30fbDocker in production\n\u30fbTerraform for everything'), ['docker', 'terraform'])).toBe(true);
    expect(holds(groupsIn('\u30fbAzure\u307e\u305f\u306fAWS\u306e\u7d4c\u9a13\n\u30fbGo\u306e\u7d4c\u9a13'), ['azure', 'aws'])).toBe(true);
  });

  it("the item keeps the posting's own words", () => {
    const items = itemsIn('- Azure\u307e\u305f\u306fAWS\u3067\u306e\u30af\u30e9\u30a6\u30c9\u69cb\u7bc9\u7d4c\u9a13');
    expect(items.some((i) => i.text.includes('Azure\u307e\u305f\u306fAWS'))).toBe(true);
  });
});

describe('one product of a kind, an article before it, and two names in a bracket after it: a pick of the two', () => {
  it.each([
    ['Experience with a KYC vendor (Veriff, Sumsub) for onboarding flows', ['veriff', 'sumsub']],
    ['Experience with a headless CMS platform (Storyblok, Prismic)', ['storyblok', 'prismic']],
  ])('%s', (line, names) => {
    expect(words(choicesOf(line))).toEqual(expect.arrayContaining(names));
  });

  it('counter-example: the kind in the plural may name the two the team uses; two names are no pick there', () => {
    expect(words(choicesOf('Experience with KYC vendors (Veriff, Sumsub) for onboarding flows'))).toEqual([]);
  });

  it('counter-example: a field with no noun for products before the bracket names no options ("fintech (Revolut, Monzo)")', () => {
    expect(words(choicesOf('Experience in a fintech (Revolut, Monzo)'))).toEqual([]);
  });
});

describe('a pair whose other member is a practice in lowercase words beside a named practice written the same way', () => {
  it.each([
    ['Comfortable with trunk-based development or branch protection', ['trunk-based-development'], ['branch protection']],
    ['Experience with event modelling or domain-driven design on a product team', ['domain-driven-design'], ['event modelling']],
  ])('%s', (line, ids, names) => {
    const groups = choicesOf(line);
    expect(holds(groups, ids)).toBe(true);
    expect(words(groups)).toEqual(expect.arrayContaining(names));
  });

  it('counter-example: an open end in lowercase words is no option ("or related practices", "or the like")', () => {
    expect(words(groupsOf('Experience with trunk-based development or related practices'))).toEqual([]);
    expect(words(groupsOf('Experience with domain-driven design or the like'))).toEqual([]);
  });

  it('counter-example: lowercase words that name a thing, not a doing, beside a named field are no option', () => {
    expect(words(groupsOf('Background in site reliability engineering or backend services'))).not.toContain('backend services');
    expect(words(groupsOf('Experience with domain-driven design or business stakeholders'))).not.toContain('business stakeholders');
  });

  it('counter-example: a named tool beside lowercase words is no practice pair', () => {
    // (The rule reads only a named practice written in lowercase words: "Kubernetes" is a name.)
    expect(words(groupsOf('Experience with Kubernetes or container scheduling'))).not.toContain('container scheduling');
  });
});

describe('a modal before "also be fine": the skill after is offered in place of the one before', () => {
  it.each([
    ['Ruby is what we write; Elixir would also be fine', ['ruby', 'elixir']],
    ['Most of the stack is on GCP. Azure could also be acceptable', ['google-cloud', 'azure']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: "would also be nice" is a wish beside, no offer in place', () => {
    expect(apart(groupsOf('Ruby is what we write; Elixir would also be nice'), ['ruby', 'elixir'])).toBe(true);
  });
});
