import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { twoProducts } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 45 (issue #12): choices the checklist missed or invented, from the tune half of anyof-fresh batch 11 and the
// corpus tune rows, one class at a time. Every sentence here was written for these tests (none from a posting, nor from
// the labelled lines); the wanted groups were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for one line under "Requirements:". */
const groupsOf = (line: string): string[][] => {
  const posting = postingFromText(`Quillmere Labs | Firmware Engineer | Remote (EU)\n\nRequirements:\n- ${line}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const choicesOf = (line: string): string[][] => groupsOf(line).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold the kind the options are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));

describe('two products the taxonomy files under one skill, offered with "or": a pick of the two, in words', () => {
  it.each([
    ['Graph stores such as Memgraph or TigerGraph', ['term:Memgraph', 'term:TigerGraph']],
    ['Secret scanning with Gitleaks or TruffleHog', ['term:Gitleaks', 'term:TruffleHog']],
    ['Field radios: LoRaWAN or BLE beacons', ['term:LoRaWAN', 'term:BLE']],
    // A name the matcher read inside a hyphenated one is the whole name.
    ['Radio links over BLE or NB-IoT', ['term:BLE', 'term:NB-IoT']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('three products one after another, the two of one skill joined by "or", stay one pick', () => {
    expect(holds(choicesOf('Compute kernels in Metal, ROCm or SYCL'), ['metal-api', 'opencl'])).toBe(true);
  });

  it.each([
    // One thing's two names: no pick.
    'Kubernetes or K8s administration',
    'JS or JavaScript fundamentals',
    'Postgres or PostgreSQL tuning',
    // A pair the sentence sets aside.
    'Leaderless replication, not just Paxos or Raft',
    // Two fields' words in lower case.
    'Multi-cloud or cross-cloud networking',
  ])('not: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });

  it('tells two products from one thing written two ways', () => {
    expect(twoProducts('Zigbee', 'Thread')).toBe(true);
    expect(twoProducts('ROCm', 'SYCL')).toBe(true);
    expect(twoProducts('K8s', 'Kubernetes')).toBe(false);
    expect(twoProducts('JS', 'JavaScript')).toBe(false);
    expect(twoProducts('GCP', 'Google Cloud Platform')).toBe(false);
    expect(twoProducts('Postgres', 'PostgreSQL')).toBe(false);
  });
});

describe('a "whether" clause that tells the work done, then invites: the list is a pick', () => {
  it.each([
    ["Whether you've shipped Go, Rust, or Zig services, we'd like to meet you", ['go', 'rust', 'zig']],
    ['Whether you have built Kafka or Pulsar pipelines, we want to talk', ['kafka', 'pulsar']],
    ["Whether you've worked on compilers or game engines, get in touch", ['compilers', 'game-development']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // What one prefers does not matter: nothing asked of the pair.
    "Whether you prefer Emacs or Vim, you'll fit in here",
    'Whether you like Vue or Svelte better, we ship with both',
  ])('not: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});

describe('a slash pair after "beyond (just)": the ground the ask goes beyond, no pick', () => {
  it.each([
    ['Deep Rust, beyond just Tokio/async-std glue code', ['tokio']],
    ['Solid TypeScript, well beyond React/Vue component work', ['react', 'vue']],
    ['Strong C++, beyond only Qt/GTK desktop apps', ['qt']],
  ])('%s', (line, apart) => {
    expect(holds(choicesOf(line), apart)).toBe(false);
  });

  it.each([
    // A slash pair with no "beyond" before it is still a pick.
    ['Native Android/iOS development', ['android', 'ios']],
    ['Strong TypeScript (React/Vue)', ['react', 'vue']],
    // "beyond" after the pair says nothing of it.
    ['Java/Kotlin; beyond that we are flexible', ['java', 'kotlin']],
  ])('still a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });
});

describe('an unknown product first in a pair whose other member is written as a product is: an option in words', () => {
  it.each([
    ['Sigfox or LoRaWAN links', ['iot', 'term:Sigfox']],
    ['Garnet or DynamoDB for the cache tier', ['dynamodb', 'term:Garnet']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // A capitalised word that qualifies or names where one worked is no product.
    ['Entrepreneurial or DevOps experience', 'term:Entrepreneurial'],
    ['Startups or FAANG background with AWS', 'term:Startups'],
  ])('not: %s', (line, id) => {
    expect(groupsOf(line).flat()).not.toContain(id);
  });
});

describe('a language and a framework or library of it, then "etc.": one stack, both asked', () => {
  it.each([
    ['Backend work in Elixir, Phoenix, etc.', ['elixir', 'phoenix']],
    ['Frontend in TypeScript, Svelte, etc.', ['typescript', 'svelte']],
    ['Ruby, Rails, etc.', ['ruby', 'rails']],
  ])('%s', (line, both) => {
    const groups = groupsOf(line);
    expect(holds(choicesOf(line), both)).toBe(false);
    for (const id of both) expect(groups).toContainEqual([id]);
  });

  it.each([
    // Things of one kind with "etc." are examples, one will do.
    ['Systems languages (Rust, Zig, etc.)', ['rust', 'zig']],
    ['UI frameworks such as Vue, Svelte, etc.', ['vue', 'svelte']],
  ])('still a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });
});

describe('a slash pair said to be used both: no pick', () => {
  it.each([
    ['Clouds: AWS/Azure (we run both)', ['aws', 'azure']],
    ['Queues: SQS/RabbitMQ, both in production', ['sqs', 'rabbitmq']],
  ])('%s', (line, apart) => {
    expect(holds(choicesOf(line), apart)).toBe(false);
  });

  it.each([
    // "both welcome" says either will do.
    ['Kotlin/Java (both welcome)', ['kotlin', 'java']],
    ['Svelte/Vue — both are fine', ['svelte', 'vue']],
    ['Clouds: AWS/Azure (either)', ['aws', 'azure']],
  ])('still a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });
});
