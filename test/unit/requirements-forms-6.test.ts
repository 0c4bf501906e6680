import { describe, expect, it } from 'vitest';
import { bullet } from './readers';

// Any-of groups by the grammar of coordination (issue #12, session 32): what joins two skill mentions, what the list
// stands under. Every line is written fresh for this test (none is copied from a posting or an eval text); the groups
// were decided before the code read them. Each rule has its counter-examples: an "and" list stays all-of, an "or"
// between clauses about the team is no choice, "X or similar" alone is no choice of two names.

const groupsOf = (line: string) => bullet(line).flatMap((item) => item.replace(/^\w+: /, '').split(' & ')).map((g) => g.split('|'));
/** Every wanted group ("a|b") is held whole by one group of the line's items. */
const holds = (line: string, want: string[]) => {
  const groups = groupsOf(line);
  for (const w of want) expect(groups.some((g) => w.split('|').every((id) => g.includes(id))), `${w} in ${JSON.stringify(groups)}`).toBe(true);
  return groups;
};
/** No group of two or more holds both ids. */
const apart = (groups: string[][], a: string, b: string) => expect(groups.some((g) => g.includes(a) && g.includes(b)), `${a} apart from ${b} in ${JSON.stringify(groups)}`).toBe(false);

describe('fields, each with a bracket of its examples, in a list closed by "or": one pick', () => {
  it.each([
    ['Experience in stream processing (Flink, Beam), data warehousing (Snowflake), or search (Elasticsearch)', ['stream-processing|flink|data-warehousing|snowflake|elasticsearch']],
    ['Background in frontend work (React, Vue), mobile apps (Swift, Kotlin), or ML (PyTorch)', ['react|vue|swift|kotlin|pytorch']],
    ['You know compilers (LLVM, GCC), or operating systems (Linux)', ['llvm|gcc|linux']],
    ['Strong Go, and either web (React/Svelte) or mobile (Swift/Kotlin) work', ['go', 'react|svelte|swift|kotlin']],
  ])('%s', (line, want) => {
    const groups = holds(line, want);
    if (line.startsWith('Strong Go')) apart(groups, 'go', 'react');
  });

  it('joined by "and", each bracket is asked: no pick across them', () => {
    const groups = groupsOf('Experience with databases (Postgres, MySQL) and caches (Redis, Memcached)');
    apart(groups, 'postgresql', 'redis');
    apart(groups, 'mysql', 'memcached');
  });

  it('a skill before the list is not drawn into it', () => {
    const groups = holds('Python, plus queues (Kafka, RabbitMQ) or storage (Cassandra, ScyllaDB)', ['kafka|rabbitmq|cassandra|scylladb']);
    apart(groups, 'python', 'kafka');
  });
});

describe('", or" then a second clause whose verb is in the past or a gerund: one pick across the clauses', () => {
  it.each([
    ['You have migrated services off VMware, or moved workloads onto Kubernetes', ['vmware|kubernetes']],
    ['Have done VMware migration work for clients, or re-platforming apps to cloud-native', ['vmware|cloud-native']],
    ['You have written Terraform modules for a team, or automated rollouts with Ansible', ['terraform|ansible']],
  ])('%s', (line, want) => {
    holds(line, want);
  });

  it('an "and" between the clauses asks both', () => {
    apart(groupsOf('You have migrated services off VMware, and moved workloads onto Kubernetes'), 'vmware', 'kubernetes');
  });

  it('a word that ends like a verb but opens no clause joins nothing: "or similar", "or related"', () => {
    // "Terraform, or similar tooling" offers no second name: no group of two.
    expect(groupsOf('Terraform, or similar tooling').every((g) => g.length < 2 || !g.includes('terraform') || g.length === 1)).toBe(true);
  });

  it('a second clause with a subject of its own ("or we trained you …") offers nothing instead', () => {
    apart(groupsOf('You have run Postgres clusters for years, or we trained you on Kafka in a past role'), 'postgresql', 'kafka');
  });
});

describe('contributions to open source: the projects named are where they go, the languages after "in" what they are written in', () => {
  it('"open-source projects in Rust or Zig" asks the contributions and a pick of the languages', () => {
    holds('Contributions to open-source projects in Rust or Zig are a plus', ['open-source', 'rust|zig']);
  });

  it('"open-source contributions in Go, Rust, or Zig": the three languages a pick', () => {
    holds('Open-source contributions in Go, Rust, or Zig are welcome', ['open-source', 'go|rust|zig']);
  });

  it('projects named after "to" are not asked beside the contributions', () => {
    const groups = groupsOf('Contributions to open-source networking projects (e.g. DPDK, Open vSwitch)');
    expect(groups.flat()).not.toContain('dpdk');
    expect(groups.flat()).toContain('open-source');
  });

  it('the project after "to" stays out, the languages after "in" stay asked', () => {
    const groups = holds('Open-source contributions to Postgres, in C or Rust', ['open-source', 'c|rust']);
    expect(groups.flat()).not.toContain('postgresql');
  });
});

describe('"X or similar" where X is a slash pair that names one stack: no pick between the pair', () => {
  it.each([
    ['Kotlin/Spring or similar', 'kotlin', 'spring-boot'],
    ['Strong Ruby/Rails, or similar', 'ruby', 'rails'],
    ['Experience with C#/.NET or similar backend languages', 'c-sharp', 'dotnet'],
  ])('%s', (line, a, b) => {
    const groups = groupsOf(line);
    expect(groups.flat()).toEqual(expect.arrayContaining([a, b]));
    apart(groups, a, b);
  });

  it('two of one kind with a slash stay a pick, "or similar" or not', () => {
    holds('Redis/Memcached or similar', ['redis|memcached']);
    holds('Go/Rust or similar', ['go|rust']);
  });

  it('with examples in a bracket after it, the pick is the bracket\'s', () => {
    holds('Scala/Akka or similar (Kotlin, Java)', ['kotlin|java']);
  });
});

describe('a list a negation governs offers no options in words', () => {
  it('"without the need for installs, plugins, or native apps" adds no words to the choice', () => {
    const groups = groupsOf('Interactive 3D graphics that run without the need for installs, plugins, or native apps');
    expect(groups.flat().filter((id) => id.startsWith('term:'))).toEqual([]);
  });

  it('without a negation, names the taxonomy does not know are still options', () => {
    holds('Experience in fintech, logistics, or insurance', ['fintech|term:insurance']);
  });
});

describe('an open end inside a list ("or a similar backend language, and SQL") closes the pick; the "and" adds an ask', () => {
  it.each([
    ['Strong in Ruby, Elixir, or a similar dynamic language, and Postgres', ['ruby|elixir', 'postgresql']],
    ['Kafka, Pulsar, or another log-based broker, and Kubernetes', ['kafka|pulsar', 'kubernetes']],
  ])('%s', (line, want) => {
    const groups = holds(line, want);
    const last = want[1]!;
    apart(groups, want[0]!.split('|')[0]!, last);
  });

  it('with no "and" after it, the open end still makes the list a pick', () => {
    holds('Strong in Ruby, Elixir, or a similar dynamic language', ['ruby|elixir']);
  });
});

describe('a clause offering another option after a semicolon stays one pick with the clause before it', () => {
  it.each([
    ['GCP preferred; AWS or Azure acceptable', ['google-cloud|aws|azure']],
    ['Ideally Kotlin; Java also works', ['kotlin|java']],
  ])('%s', (line, want) => {
    holds(line, want);
  });

  it('a clause that asks something else after the semicolon is still its own ask', () => {
    const items = bullet('Kotlin preferred; Postgres knowledge is required');
    expect(items.length).toBe(2);
  });

  it('"X required; Y or Z a plus" stays two asks', () => {
    expect(bullet('Scala required; Kafka or Pulsar a plus')).toEqual(['required: scala', 'preferred: kafka|pulsar']);
  });
});

describe('"some of", "a few of": a pick among what follows', () => {
  it('"some of: …" and "a few of the following: …"', () => {
    holds('Familiarity with some of: Prometheus, Grafana, Loki, Jaeger', ['prometheus|grafana|loki|jaeger']);
    holds('Experience with a few of the following: Haskell, OCaml, Elm', ['haskell|ocaml|elm']);
  });

  it('"some of our …" tells, and an "and" list after it is no pick', () => {
    apart(groupsOf('Some of our services run on Kafka and Flink, and you should know Go'), 'kafka', 'flink');
  });
});

describe('"X or another <kind> such as Y": the kind and its example are options of the one pick', () => {
  it.each([
    ['Background in Scala or another JVM language such as Kotlin', ['scala|kotlin']],
    ['Redis or another key-value store system like Memcached', ['redis|memcached']],
  ])('%s', (line, want) => {
    holds(line, want);
  });

  it('"and" before the kind starts an ask of its own', () => {
    apart(groupsOf('Kafka or RabbitMQ, and infrastructure tooling such as Terraform'), 'kafka', 'terraform');
  });
});

describe('a list closed by "and" before a later "or": the "or" makes a pick of its own, not of the list', () => {
  it('"Linux, Bash, and either Ansible or Salt": two asks and one pick', () => {
    const groups = holds('Comfort with Linux, Bash, and either Chef or Puppet for configuration', ['chef|puppet']);
    apart(groups, 'linux', 'bash');
  });

  it('a comma list closed by ", or" and a name the taxonomy does not know is still one pick', () => {
    holds('Nomad, Consul, or a hand-rolled scheduler of your own', ['nomad|consul']);
  });
});

describe('an "or" that asks nothing: a spent "either", a clause opened by "whether"', () => {
  it('"Either on site or remote, you will use Jira and Confluence": the "either" is spent before the list', () => {
    apart(groupsOf('Either on site or remote, you will use Jira and Confluence every day'), 'jira', 'confluence');
  });

  it('"either" before the list still makes it a pick', () => {
    holds('You will work in either Elixir or Erlang', ['elixir|erlang']);
  });

  it('"Whether you prefer Emacs or Vim, …": what does not matter is not asked', () => {
    const groups = groupsOf('Whether you prefer Emacs or Vim, you will pair with us on Go services');
    expect(groups.flat()).not.toContain('vim');
    expect(groups.flat()).toContain('go');
  });

  it('"whether" after the ask offers a pick of where it counts', () => {
    holds('Experience running containers on AWS, whether EKS or ECS', ['eks|ecs']);
  });
});

describe('a slash run of fields whose first member is a name of two words', () => {
  it('"Background in B2B SaaS / DevTools / fintech products": one pick, the unknown name an option in words', () => {
    holds('Background in Vertical SaaS / DevTools / fintech products', ['language-tooling|fintech|term:Vertical SaaS']);
  });

  it('written tight ("Vertical SaaS/DevTools/fintech"), the word before the run is no part of it: no choice read', () => {
    expect(groupsOf('Background in Vertical SaaS/DevTools/fintech').flat().some((id) => id.startsWith('term:'))).toBe(false);
  });

  it('a run of named tools stays a stack, the first word before it or not', () => {
    const groups = groupsOf('Experience with Azure Functions/Cosmos DB/Blob Storage');
    expect(groups.flat().some((id) => id.startsWith('term:'))).toBe(false);
  });
});

describe('a kind with an article and its examples, in a choice (found by careful-reader-6, lines written fresh)', () => {
  it('"osquery or an EDR such as CrowdStrike or SentinelOne": one pick of the four', () => {
    holds('Experience with osquery or an EDR such as CrowdStrike or SentinelOne', ['osquery|edr|crowdstrike|sentinelone']);
    holds('Postgres or a document store such as MongoDB', ['postgresql|mongodb']);
  });

  it('counter-example: an "and" before the kind keeps it an ask of its own', () => {
    const groups = holds('Python and an IaC tool such as Terraform', ['python', 'infrastructure-as-code|terraform']);
    apart(groups, 'python', 'terraform');
  });

  it('"… helps" at the end of the line wishes for it; "helps us …" does not', () => {
    expect(bullet('Experience with osquery or an EDR such as CrowdStrike or SentinelOne helps.')[0]).toMatch(/^preferred: /);
    expect(bullet('Knowing Terraform also helps')).toEqual(['preferred: terraform']);
    expect(bullet('Go experience helps us move fast.')).toEqual(['required: go']);
  });
});
