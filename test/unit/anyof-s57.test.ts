import { describe, expect, it } from 'vitest';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { anyofReaders, apart, engine, holds, skillInfo, termWords } from './readers';

// Session 57 (issue #12): choices from the tune half of anyof-fresh batch 35 (weighted to the classes the lead named as
// still weak), one class at a time, each keyed on the grammar of the line rather than its words: a slash pick in a line
// that labels what it lists, in a part of asks; a later pick whose option is a skill an earlier pick holds, named again;
// two domains sharing the noun after the second, one in words only; the noun of whom one served after the last industry;
// the Dutch "of" (or). Every sentence here was written for these tests (none from a posting, nor from the labelled lines);
// the wanted groups were decided before the code read them.
const { groupsOf, choicesOf } = anyofReaders('Wildmere Labs | Platform Engineer | Utrecht (hybrid)');

/** The groups of a line in a posting with no headings, after a sentence about the company (where a stack is told). */
function storyChoices(line: string): string[][] {
  const posting = postingFromText(`Wildmere Labs | Platform Engineer | Utrecht (hybrid)\n\nWe build route planning software for ferry operators.\n\n${line}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo })
    .flatMap((i) => i.groups)
    .filter((g) => g.length > 1);
}

describe('a slash pick in a line that labels what it lists', () => {
  it.each([
    ['Stack: Clojure/Scala services, Datomic, and Kafka', ['clojure', 'scala']],
    ['Messaging: NATS/RabbitMQ, whichever the team owns', ['nats', 'rabbitmq']],
    ['Wildmere Labs | Data Engineer | Remote (US) | Stack: Snowflake/BigQuery, dbt', ['snowflake', 'bigquery']],
  ])('among the asks: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('told with the team\'s preference, in the company\'s story: a pick each', () => {
    const groups = storyChoices('Tech: we prefer Angular/Svelte on the front and Kotlin/Go behind');
    expect(holds(groups, ['angular', 'svelte'])).toBe(true);
    expect(holds(groups, ['kotlin', 'go'])).toBe(true);
  });

  it('counter-examples: a language and its framework, or a run of different kinds, is the stack', () => {
    expect(choicesOf('Tech stack: Laravel/PHP on the back, Alpine.js on the front')).toEqual([]);
    expect(choicesOf('Stack: C++ / Qt / SQLite / CMake')).toEqual([]);
  });

  it('counter-example: the same line told in the company\'s story, no preference said, stays told', () => {
    expect(storyChoices('Stack: Clojure/Scala services, Datomic, and Kafka')).toEqual([]);
  });
});

describe('a later pick whose option is a skill an earlier pick holds, named again', () => {
  it.each([
    ['Batch jobs in Spark or Beam, written in Java or PySpark', ['apache-spark', 'apache-beam'], ['java', 'apache-spark']],
    ['Go or Rust for the agent, plus Python or Go for tooling', ['go', 'rust'], ['python', 'go']],
  ])('%s', (line, first, second) => {
    const groups = choicesOf(line);
    expect(holds(groups, first)).toBe(true);
    expect(holds(groups, second)).toBe(true);
  });

  it('counter-example: a thing added with "and" after a pick stays asked apart', () => {
    const groups = groupsOf('Postgres or MySQL, and Redis for caching');
    expect(holds(groups, ['postgresql', 'mysql'])).toBe(true);
    expect(groups.some((g) => g.includes('redis') && g.length > 1)).toBe(false);
  });
});

describe('two domains sharing the noun after the second, one in words only', () => {
  it.each([
    ['Experience with tidal or GIS data', 'tidal'],
    ['Experience with GIS or survey data', 'survey'],
  ])('the word in the pair is an option beside the skill: %s', (line, word) => {
    const groups = choicesOf(line);
    expect(holds(groups, ['gis'])).toBe(true);
    expect(termWords(groups)).toContain(word);
  });

  it('counter-examples: a word that says how big or old the thing is, or an open end, is no option', () => {
    expect(termWords(groupsOf('Experience with legacy or SAP systems'))).toEqual([]);
    expect(termWords(groupsOf('Experience with Kafka or similar pipelines'))).toEqual([]);
    expect(termWords(groupsOf('Worked on large or Spark pipelines'))).toEqual([]);
    // (After a skill written as one capitalised word, "Kafka", the word after "or" is read as before: no option.)
    expect(termWords(groupsOf('Experience with Kafka or stream pipelines'))).toEqual([]);
  });
});

describe('the noun of whom one served after the last industry', () => {
  it('is every member\'s, not the last one\'s words', () => {
    const groups = choicesOf('Experience with banking, telecom or charity clients');
    expect(holds(groups, ['fintech', 'telecommunications'])).toBe(true);
    expect(termWords(groups)).toContain('charity');
  });

  it('counter-example: a kind of employer with an article of its own keeps its noun', () => {
    expect(termWords(groupsOf('Experience at a retailer, an insurer or a logistics company'))).toContain('logistics company');
  });
});

describe('the Dutch "of" (or)', () => {
  it('is a pick on a line written in Dutch, and "of vergelijkbare" an open end', () => {
    expect(holds(choicesOf('Ervaring met Go of Rust voor backend services'), ['go', 'rust'])).toBe(true);
    const groups = choicesOf('Kennis van Redis, Memcached of vergelijkbare caches');
    expect(holds(groups, ['redis', 'memcached'])).toBe(true);
    expect(termWords(groups)).toEqual([]);
  });

  it('counter-examples: "en" (and) asks each; an English "of" joins nothing', () => {
    expect(apart(groupsOf('Ervaring met Docker en Kubernetes'), ['docker', 'kubernetes'])).toBe(true);
    expect(apart(groupsOf('A mix of Terraform and Ansible'), ['terraform', 'ansible'])).toBe(true);
    expect(apart(groupsOf('Knowledge of Terraform, plenty of Ansible'), ['terraform', 'ansible'])).toBe(true);
  });
});
