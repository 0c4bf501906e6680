import { describe, expect, it } from 'vitest';
import { anyofReaders, apart, holds, termWords } from './readers';

// Session 53 (issue #12): choices from the tune half of anyof-fresh batch 27 and the misses session 52 left, one class at a
// time, each keyed on the grammar of the list rather than on its words: kinds joined by a slash, then the noun of their
// tools and an examples' cue with no bracket ("SAST/DAST tooling such as ..."); a Polish, Czech or Slovak line's names
// written with a case ending ("Kafki", "Terraformu", "Reactem") and its "or" ("albo", "nebo"); a clause that hangs on the
// sentence after the list (", though ...", ", ideally ..."), no member of it; a kind of product written as its initials
// before the examples ("a hotel PMS such as"); a bullet under a pick's head that names its option, then what of it
// (", including ..."); a bracket inside a bracket's list, right after a member, that says which of it. Every sentence here
// was written for these tests (none from a posting, nor from the labelled lines); the wanted groups were decided before
// the code read them.
const { itemsIn, groupsIn, groupsOf, choicesOf } = anyofReaders('Quarry Lane Systems | Backend Engineer | Gdansk (hybrid)');
const words = termWords;

describe('kinds joined by a slash, then the noun of their tools and an examples cue with no bracket: one pick among the tools', () => {
  it.each([
    // (The s52 miss: the slash pair is the kind, not two asks beside a pick.)
    ['Comfortable with monitoring/alerting tooling like Zabbix, Nagios or Icinga', ['monitoring', 'alerting'], ['zabbix', 'nagios']],
    ['Experience bringing SAST/DAST tools such as Snyk, Trivy or Grype into the release flow', ['sast', 'dast'], ['snyk', 'trivy', 'grype']],
  ])('%s', (line, kinds, tools) => {
    const groups = groupsOf(line);
    expect(holds(groups, [...kinds, ...tools])).toBe(true);
    // (No kind is asked apart beside the pick.)
    expect(groups.some((g) => g.length === 1 && kinds.includes(g[0]!))).toBe(false);
  });

  it('counter-example: named languages joined by a slash are no kind of tool ("Python/Go tooling such as pytest or delve")', () => {
    const groups = groupsOf('Python/Go tooling such as pytest or delve for the test harness');
    expect(groups.some((g) => g.includes('python') && g.includes('pytest'))).toBe(false);
  });
});

describe('a Polish, Czech or Slovak line: names with a case ending, and the language\'s own "or"', () => {
  it.each([
    ['Znajomo\u015b\u0107 Dockera lub Podmana', ['docker', 'podman']],
    ['Do\u015bwiadczenie z Terraformem lub Ansiblem', ['terraform', 'ansible']],
    ['Znalost Javy nebo Kotlinu', ['java', 'kotlin']],
    ['Znalost Java nebo Kotlin', ['java', 'kotlin']],
    ['Znajomo\u015b\u0107 Rusta albo Go', ['rust', 'go']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: the names joined by "i" are both asked', () => {
    expect(apart(groupsOf('Znajomo\u015b\u0107 Dockera i Kubernetesa'), ['docker', 'kubernetes'])).toBe(true);
  });

  it("the item keeps the posting's own words", () => {
    const items = itemsIn('- Znajomo\u015b\u0107 Dockera lub Podmana');
    expect(items.some((i) => i.text.includes('Dockera lub Podmana'))).toBe(true);
  });

  it('counter-example: an English line with a name ending as a case would is read as written', () => {
    // ("Java" stays Java; "Kafka" is no genitive of anything.)
    expect(holds(choicesOf('Knowledge of Kafka or RabbitMQ'), ['kafka', 'rabbitmq'])).toBe(true);
    expect(groupsOf('Strong Java and some Kafka').flat()).toEqual(expect.arrayContaining(['java', 'kafka']));
  });
});

describe('a clause that hangs on the sentence after the list is no member of it', () => {
  it.each([
    ['Experience with Temporal, Inngest or Hatchet, though we will teach the rest', ['temporal'], ['hatchet']],
    ['Knowledge of Opera Cloud, Protel or Clock PMS, unless you have built one yourself', [], ['opera cloud', 'protel', 'clock pms']],
    ['Exposure to guest systems such as Protel, Apaleo or Clock PMS, although we will train you', [], ['protel', 'apaleo', 'clock pms']],
  ])('%s', (line, ids, names) => {
    const groups = choicesOf(line);
    expect(groups.length).toBeGreaterThan(0);
    if (ids.length) expect(holds(groups, ids)).toBe(true);
    expect(words(groups)).toEqual(expect.arrayContaining(names));
  });

  it('counter-example: an all-of list stays all-of before such a clause', () => {
    expect(apart(groupsOf('Experience with Postgres, Redis and Kafka, though we will teach the rest'), ['postgresql', 'redis', 'kafka'])).toBe(true);
  });
});

describe('a kind of product written as its initials before the examples ("a restaurant POS such as")', () => {
  it.each([
    ['Hands-on with a restaurant POS such as Toast, Lightspeed or Revel', ['toast', 'lightspeed', 'revel']],
    ['Experience with a dental PMS (Dentally, Exact or Pearl)', ['dentally', 'exact', 'pearl']],
  ])('%s', (line, names) => {
    expect(words(choicesOf(line))).toEqual(expect.arrayContaining(names));
  });

  it('counter-example: names joined by "and" after it are no pick', () => {
    expect(choicesOf('Hands-on with a restaurant POS such as Toast and Lightspeed')).toEqual([]);
  });
});

describe("a bullet under a pick's head that names its option first, then what of it", () => {
  it('"- Redis, especially Redis Streams" is the option Redis', () => {
    const groups = groupsIn('- Hands-on with one of these:\n- Redis, especially Redis Streams\n- Memcached\n- Hazelcast');
    expect(holds(groups, ['redis', 'memcached', 'hazelcast'])).toBe(true);
  });

  it('"- Postgres (with PostGIS)" is the option Postgres', () => {
    const groups = groupsIn('- One of these databases:\n- Postgres (with PostGIS)\n- MySQL\n- SQL Server');
    expect(holds(groups, ['postgresql', 'mysql', 'sql-server'])).toBe(true);
  });

  it('counter-example: a bullet of two skills joined by "and" is no one option', () => {
    const groups = groupsIn('- Hands-on with one of these:\n- Redis and Kafka\n- Memcached\n- Hazelcast');
    expect(holds(groups, ['redis', 'memcached'])).toBe(false);
  });
});

describe("a bracket inside a bracket's list, right after a member, says which of it; the list goes on past it", () => {
  it.each([
    ['Experience with container orchestration (Kubernetes (EKS or GKE), Nomad, or ECS)', ['kubernetes', 'nomad', 'ecs']],
    ['A typed backend language (TypeScript (Node), Go, or Kotlin)', ['typescript', 'go', 'kotlin']],
    ['Experience with data stores (Postgres (with PostGIS), MongoDB or Cassandra)', ['postgresql', 'mongodb', 'cassandra']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: at the top level a bracket after each option still tells that option', () => {
    // (No nested bracket: the rule does not read it; the list rules keep their own reading.)
    expect(holds(choicesOf('iOS (Swift) or Android (Kotlin)'), ['ios', 'android'])).toBe(true);
  });

  it('counter-example: members joined by "and" stay all-of', () => {
    expect(apart(groupsOf('Experience with clouds (AWS (EKS, Lambda) and GCP (GKE))'), ['aws', 'google-cloud'])).toBe(true);
  });
});
