import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, sharedPath, withoutShared } from '../helpers';
import { eightWordRuns, postingRuns } from '../tools/word-runs';

// Session 42 (issue #12): choices the checklist missed in the blind batches of test/fixtures/labels/anyof-fresh.jsonl,
// one class at a time. Every sentence here was written for these tests (none from a posting, nor from the labelled
// lines); the wanted groups were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** The groups of two options or more the checklist gives for one line under "Requirements:". */
const choicesOf = (line: string): string[][] => {
  const posting = postingFromText(`Larkspur Freight | Backend Engineer | Remote (EU)\n\nRequirements:\n- ${line}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options)
    .flatMap((i) => i.groups)
    .filter((g) => g.length > 1);
};
/** Whether one group holds every id wanted (it may hold the kind the options are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));

describe('a sentence or clause of its own that offers its skill in place of one of its kind named before', () => {
  it.each([
    ['Our pipelines are written in Scala. Engineers who did the same in Java are just as welcome.', ['scala', 'java']],
    ['The platform lives on GCP. If most of your years were on Azure instead, no problem.', ['google-cloud', 'azure']],
    ['Vue 3 is what the dashboard uses, or Angular if you come from there', ['vue', 'angular']],
    ['You should know MongoDB well. If it was Couchbase for you, that is fine.', ['mongodb', 'couchbase']],
    ['Kotlin is the language here, but we hire good Java developers and help them switch', ['kotlin', 'java']],
    ['Solid Ruby. Alternatively, solid Python and a wish to learn Ruby.', ['ruby', 'python']],
    ['Our UI is Svelte. Devs coming from React will ramp up quickly.', ['svelte', 'react']],
    ['Deep Ansible knowledge; if yours is mostly Puppet, we can work with that', ['ansible', 'puppet']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // A wish beside the ask, not an offer in its place.
    'Solid Terraform. Pulumi is a bonus, it counts in your favour.',
    // "instead of" names what was replaced, told.
    'We moved our queues to NATS instead of RabbitMQ last spring. You will own that migration.',
    // Things of different kinds: no pick, whatever the words.
    'Strong Postgres. If you shipped the same in Go, you will be fine.',
  ])('no pick: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});

describe('words after a list that ask depth or use in one of its members', () => {
  it.each([
    ['Swift, Kotlin, Dart \u2014 strong in one, happy to learn another', ['swift', 'kotlin', 'dart']],
    ['Postgres, MariaDB, SQL Server \u2014 used at least one in production', ['postgresql', 'mariadb', 'sql-server']],
    ['Ruby, Elixir and Python: deep in one of them', ['ruby', 'elixir', 'python']],
    ['Sentry, Rollbar, Bugsnag \u2014 it does not matter which', ['sentry', 'rollbar', 'bugsnag']],
    ['Config management: Ansible, Puppet, Chef \u2014 you choose', ['ansible', 'puppet', 'chef']],
    ['Streams: Kinesis, Kafka, Pulsar, your call', ['kinesis', 'kafka', 'pulsar']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('not "one" that counts something else', () => {
    expect(choicesOf('Go, Postgres and Redis, strong in one area at least')).toEqual([]);
    expect(choicesOf('Docker and Helm, one of our SREs will pair with you')).toEqual([]);
    expect(choicesOf('Ruby and Redis, up to you how you learn them')).toEqual([]);
    expect(choicesOf('Kotlin and Postgres \u2014 you choose')).toEqual([]);
  });
});

describe('the big three clouds named as a set', () => {
  it.each(['Ran production workloads on one of the big three clouds', 'Any of the big 3 cloud providers, hands-on'])('%s', (line) => {
    expect(holds(choicesOf(line), ['aws', 'google-cloud', 'azure'])).toBe(true);
  });

  it('not when each of them is asked', () => {
    expect(choicesOf('Deployed to all of the big three clouds')).toEqual([]);
  });
});

describe('a field offered in a choice, then a bracket of its examples', () => {
  it.each([
    ['Ionic or native mobile development (Swift, Kotlin)', ['ionic', 'swift', 'kotlin']],
    ['Python or data engineering work (Spark, Airflow)', ['python', 'apache-spark', 'airflow']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('an aside in the bracket adds nothing to the pick', () => {
    expect(holds(choicesOf('Go or backend experience (we use Postgres)'), ['go', 'postgresql'])).toBe(false);
  });
});

describe('a joiner in emphasis, or "or" in another language', () => {
  it.each([
    ['**Data:** Snowflake _or_ BigQuery', ['snowflake', 'bigquery']],
    ['Sehr gute Kenntnisse in Python oder Ruby', ['python', 'ruby']],
    ['Bonne pratique de Jenkins ou GitLab CI', ['jenkins', 'gitlab-ci']],
    ['Manejo de Terraform o Pulumi en proyectos reales', ['terraform', 'pulumi']],
    ['Erfahrung mit Redis und/oder Memcached', ['redis', 'memcached']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('an "and" in emphasis is still "and"', () => {
    expect(choicesOf('Ruby *and* Postgres, every day')).toEqual([]);
  });
});

describe('"whichever you know" before a list', () => {
  it('makes the list one pick', () => {
    expect(holds(choicesOf('Observability: whatever you know, Datadog, New Relic, Honeycomb'), ['datadog', 'new-relic', 'honeycomb'])).toBe(true);
  });
});

describe('the stack told, then engineers of another skill of its kind invited to apply', () => {
  it('joins the invited skill to the told one of its kind', () => {
    expect(holds(choicesOf('The API is Kotlin on Ktor. Solid Scala engineers can apply as well.'), ['kotlin', 'scala'])).toBe(true);
  });
});

describe('a table whose first column labels the rows and whose other columns say how much each cell is asked', () => {
  const itemsOf = (table: string) => {
    const posting = postingFromText(`Quillmate | Data Engineer | Hybrid (Porto)\n\nWhat you need:\n${table}\n`);
    return requirementItems(posting, askedFinder(engine, posting), options).map((i) => ({ importance: i.importance, groups: i.groups }));
  };

  it('reads each cell as its column says, the label asking nothing', () => {
    const items = itemsOf('Topic | Must have | Nice to have\nWarehouse | Snowflake or BigQuery | dbt\nOrchestration | Airflow | Dagster');
    expect(items).toContainEqual({ importance: 'required', groups: [['snowflake', 'bigquery']] });
    expect(items).toContainEqual({ importance: 'preferred', groups: [['dbt']] });
    expect(items).toContainEqual({ importance: 'preferred', groups: [['dagster']] });
    // (Cells of one row in different columns are no pick.)
    expect(items.flatMap((i) => i.groups).filter((g) => g.length > 1)).toEqual([['snowflake', 'bigquery']]);
  });

  it('"Must" and "Bonus" as column heads', () => {
    const items = itemsOf('Area | Must | Bonus\nQueues | Kafka | RabbitMQ\nCache | Redis | Memcached');
    expect(items).toContainEqual({ importance: 'required', groups: [['kafka']] });
    expect(items).toContainEqual({ importance: 'preferred', groups: [['memcached']] });
  });
});

describe('the labelled lines written fresh', () => {
  const POSTINGS = ['eval/hn-dev.jsonl', 'corpus/hn-2026.jsonl'];
  it.skipIf(withoutShared(...POSTINGS))('copy no eight-word run from a posting in ../shared/fixtures', () => {
    const rows = readFileSync(`${ROOT}test/fixtures/labels/anyof-fresh.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { id: number; text: string });
    const runs = postingRuns(POSTINGS.map(sharedPath));
    expect(rows.flatMap((r) => eightWordRuns(r.text).filter((g) => runs.has(g)).map((g) => `${r.id}: ${g}`))).toEqual([]);
  });
});
