import { describe, expect, it } from 'vitest';
import { anyofReaders, apart, holds, termWords } from './readers';

// Session 56 (issue #12): choices from the tune half of anyof-fresh batch 33 (modelled on the classes of the corpus tune
// part's misses) and the lead's list, one class at a time, each keyed on the grammar of the list rather than its words:
// the Spanish or Italian "o" before a last option the taxonomy does not know; Turkish "veya"; one of the public clouds as
// a set, none named; a bracket of fields whose first members are words the taxonomy does not know; parallel verb phrases
// closed by "or"; a whole of several tools with a bracket of its parts left open by "etc."; "we build with"; the words
// that qualify a person before the first of two roles sharing a noun. Every sentence here was written for these tests
// (none from a posting, nor from the labelled lines); the wanted groups were decided before the code read them.
const { groupsOf, choicesOf } = anyofReaders('Tallowby Freight | Platform Engineer | Porto (hybrid)');

describe('the Spanish or Italian "o" before a last option the taxonomy does not know', () => {
  it.each([
    ['Conocimientos de Kafka, Pulsar o colas caseras', ['kafka', 'pulsar'], 'colas caseras'],
    ['Esperienza con Jenkins, TeamCity o pipeline interne', ['jenkins', 'teamcity'], 'pipeline interne'],
  ])('%s', (line, want, words) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    expect(termWords(groups)).toContain(words);
  });

  it('counter-example: "y" (and) joins nothing into a pick', () => {
    expect(apart(groupsOf('Experiencia con Docker y Kubernetes en produccion'), ['docker', 'kubernetes'])).toBe(true);
  });
});

describe('Turkish "veya" (or)', () => {
  it('is a pick, as "oder" or "eller" is', () => {
    expect(holds(choicesOf('Java veya Kotlin bilgisi'), ['java', 'kotlin'])).toBe(true);
    const groups = groupsOf('Redis veya Memcached, Docker ve Kubernetes');
    expect(holds(groups, ['redis', 'memcached'])).toBe(true);
    expect(apart(groups, ['docker', 'kubernetes'])).toBe(true);
  });

  it('counter-example: "ve" (and) asks each', () => {
    expect(apart(groupsOf('Docker ve Kubernetes deneyimi'), ['docker', 'kubernetes'])).toBe(true);
  });
});

describe('one of the public clouds as a set, none named', () => {
  it.each(['Shipped services on one of the major clouds', 'Comfortable on any of the hyperscalers'])('%s', (line) => {
    expect(holds(choicesOf(line), ['aws', 'google-cloud', 'azure'])).toBe(true);
  });

  it('counter-examples: all of them, or the kind with no "one of", is no pick; a cloud wished for keeps its reading', () => {
    expect(choicesOf('Deployed to all of the major clouds')).toEqual([]);
    expect(choicesOf('Experience with cloud providers and their billing models')).toEqual([]);
    expect(choicesOf('Comfortable on one of the big clouds, ideally Oracle Cloud').some((g) => g.includes('aws'))).toBe(false);
  });
});

describe('a bracket of fields whose first members are words the taxonomy does not know', () => {
  it('lists fields of one kind, a pick, the words among the options', () => {
    const groups = choicesOf('Experience with consumer apps (travel, fintech, e-commerce) is a plus');
    expect(holds(groups, ['fintech', 'ecommerce'])).toBe(true);
    expect(termWords(groups)).toContain('travel');
  });

  it('counter-example: named things after the words (a cloud\'s services) are no such list', () => {
    expect(apart(groupsOf('Cloud basics (networking, Lambda, S3)'), ['aws-lambda', 's3'])).toBe(true);
  });
});

describe('parallel verb phrases, each naming a skill, closed by "or"', () => {
  it.each([
    ['You could be shipping Flutter screens, wiring GraphQL resolvers, or hardening Terraform modules', ['flutter', 'graphql', 'terraform']],
    ['Someone who can profile Go services, tune Cassandra, or rewrite Python jobs', ['go', 'cassandra', 'python']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: closed by "and", or a part that names no skill, is no pick', () => {
    expect(apart(groupsOf('Enjoys profiling Java services, tuning Cassandra, and mentoring juniors'), ['java', 'cassandra'])).toBe(true);
    expect(apart(groupsOf('Able to write Python scripts, read SQL, or whatever the day needs'), ['python', 'sql'])).toBe(true);
  });
});

describe('a whole of several tools with a bracket of its parts left open by "etc."', () => {
  it('names the parts, all asked', () => {
    expect(apart(groupsOf('Care for the release toolchain (Bazel, Docker, Buildkite, etc.)'), ['bazel', 'docker', 'buildkite'])).toBe(true);
  });

  it('counter-example: tools of one kind after the kind still give examples to pick from', () => {
    expect(holds(choicesOf('Experience with CI tooling (Buildkite, CircleCI, etc.)'), ['buildkite', 'circleci'])).toBe(true);
  });
});

describe('"we build with" tells what the team uses', () => {
  it('no pick among the examples', () => {
    expect(choicesOf('We build with frameworks like Django, Flask and FastAPI')).toEqual([]);
  });

  it('counter-example: what the candidate built with, "like X or Y", is a pick', () => {
    expect(holds(choicesOf('You have built with frameworks like Django or Flask'), ['django', 'flask'])).toBe(true);
  });
});

describe('two roles sharing a noun, the person qualified before the first', () => {
  it('"a seasoned data or ML engineer": both fields, one pick', () => {
    expect(holds(choicesOf("You're a proven data or ML engineer keen on owning pipelines"), ['data-engineering', 'machine-learning'])).toBe(true);
  });

  it('counter-example: two roles joined by "and" are asked apart', () => {
    expect(apart(groupsOf('A platform engineer and a data analyst'), ['platform-engineering', 'data-analysis'])).toBe(true);
  });
});
