import { describe, expect, it } from 'vitest';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bullet, engine, skillInfo } from './readers';

// Any-of groups (issue #12, session 34): the kind a named thing is, written beside it, is no ask of its own; a kind named
// as a plural noun right before named things lists its examples; a bracket of what an ask covers is no pick; a liking told
// with "you're into" asks nothing. Every line is written fresh for this test (none is copied from a posting or an eval
// text); the groups were decided before the code read them. Each rule has its counter-examples.

const groupsOf = (line: string) => bullet(line).flatMap((item) => item.replace(/^\w+: /, '').split(' & ')).map((g) => g.split('|'));

describe('"X or another <kind>": the kind\'s head noun is no option and no ask of its own', () => {
  it.each([
    // (Session 35: the kind in words is an option, "messaging API", not the head noun "API" of any kind: requirements-forms-10.)
    ['Experience with Twilio or another messaging API', [['twilio', 'term:messaging API']]],
    ['You have wired up SendGrid or other email APIs before', [['sendgrid']]],
    ['Built payouts on Stripe or another payments API', [['stripe', 'term:payments API']]],
  ])('%s', (line, want) => {
    expect(groupsOf(line)).toEqual(want);
  });

  it('a kind the named thing is filed under stays an option', () => {
    expect(groupsOf('Running Ceph or another distributed file system')).toEqual([['ceph', 'storage-systems']]);
  });

  it('two names and the kind after them: the choice of the two holds', () => {
    expect(groupsOf('Kafka or another streaming platform such as Pulsar')).toEqual([['kafka', 'pulsar']]);
  });

  it('a named language after "or similar" still qualifies the kind, asked apart', () => {
    expect(groupsOf('Spring Boot or similar Java frameworks')).toEqual([['spring-boot'], ['java']]);
  });
});

describe('a standard written with the field it belongs to ("PCI DSS compliance"): one ask', () => {
  it.each([
    ['Hands-on PCI DSS compliance work', [['pci-dss']]],
    ['You know HIPAA compliance and SOC 2', [['hipaa'], ['soc2']]],
    ['Experience with AWS cloud services and Kafka', [['aws'], ['kafka']]],
  ])('%s', (line, want) => {
    expect(groupsOf(line)).toEqual(want);
  });

  it('the field named apart, with a comma, is asked apart', () => {
    const groups = groupsOf('PCI DSS, compliance reviews and audits');
    expect(groups).toContainEqual(['pci-dss']);
    expect(groups).toContainEqual(['compliance']);
  });
});

describe('a kind as a plural noun, then named things with commas: its examples, one will do', () => {
  it.each([
    ['Experience with message brokers Kafka, RabbitMQ, NATS', ['kafka', 'rabbitmq', 'nats']],
    ['Knowledge of cloud platforms AWS, GCP, Azure', ['aws', 'google-cloud', 'azure']],
  ])('%s', (line, want) => {
    expect(groupsOf(line).some((g) => want.every((id) => g.includes(id)))).toBe(true);
  });

  it('joined by "and", every one is asked', () => {
    const groups = groupsOf('Experience with web frameworks Django and Flask');
    expect(groups.some((g) => g.includes('django') && g.includes('flask'))).toBe(false);
  });

  it('a kind in the singular before one name is no list', () => {
    expect(groupsOf('Strong Go, Rust').some((g) => g.length > 1)).toBe(false);
  });
});

describe('a bracket of what an ask covers ("systems thinking (…)", "LLMs in production (…)"): all of it, no pick', () => {
  it.each([
    ['Systems-level reasoning (state management, error handling, concurrency)', 'state-management', 'error-handling'],
    ['Shipped LLMs in production (prompt engineering, structured outputs, evals)', 'prompt-engineering', 'structured-outputs'],
  ])('%s', (line, a, b) => {
    const groups = groupsOf(line);
    expect(groups.some((g) => g.includes(a) && g.includes(b))).toBe(false);
    expect(groups.flat()).toContain(a);
  });

  it('a bracket of named things of one kind after a kind is still a pick', () => {
    expect(groupsOf('Experience with a major cloud (AWS, GCP, Azure)').some((g) => ['aws', 'google-cloud', 'azure'].every((id) => g.includes(id)))).toBe(true);
  });
});

describe('"if you\'re into …": a liking, nothing asked', () => {
  const items = (text: string) => {
    const posting = postingFromText(`Acme | Engineer | Remote\n\nWe make scheduling software for dentists.\n\n${text}\n`);
    return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).flatMap((i) => i.groups.flat());
  };
  it.each([
    "If you're into Rust or Zig, you will like our codebase.",
    'If you\u2019re really into Kubernetes or Nomad, come and say hello.',
  ])('%s', (line) => {
    expect(items(line)).toEqual([]);
  });

  it('an ask of the candidate in the same part holds', () => {
    expect(items('You have shipped services in Rust or Zig.')).toEqual(['rust', 'zig']);
  });
});

describe('a choice header over bullets: the kind it names ends the pick; the field it names joins it', () => {
  const groupsIn = (body: string) => {
    const posting = postingFromText(`Acme | Engineer | Remote\n\nRequirements:\n${body}\n`);
    return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).flatMap((i) => i.groups);
  };

  it('"one of these languages:" then a bullet of another kind: that bullet is asked apart', () => {
    expect(groupsIn('- Fluent in at least one of these languages:\n- Elixir\n- Scala\n- Kotlin\n- Docker in production')).toEqual([['elixir', 'scala', 'kotlin'], ['docker']]);
  });

  it('with no kind named, the bullets under the header are all options, as before', () => {
    expect(groupsIn('- Worked with one of the following:\n- Elixir\n- Scala\n- Docker')).toEqual([['elixir', 'scala', 'docker']]);
  });

  it('the field the header names is met by any option: one choice', () => {
    expect(groupsIn('- Cloud experience, one of:\n  * AWS\n  * GCP\n  * Azure\n- Terraform')).toEqual([['cloud-computing', 'aws', 'google-cloud', 'azure'], ['terraform']]);
  });

  it('a named thing in the header is asked apart', () => {
    expect(groupsIn('- Ruby, plus any of the following:\n- Rails\n- Sinatra\n- Hanami').slice(0, 1)).toEqual([['ruby']]);
    expect(groupsIn('- Kubernetes, plus one of the following:\n- Helm\n- Kustomize')).toEqual([['kubernetes'], ['helm', 'kustomize']]);
  });
});

describe('a slash between named things the taxonomy files apart but under one field: a pick', () => {
  it.each([
    ['Warehouse work in Snowflake/BigQuery', ['snowflake', 'bigquery']],
    ['Training models with PyTorch/JAX', ['pytorch', 'jax']],
  ])('%s', (line, want) => {
    expect(groupsOf(line).some((g) => want.every((id) => g.includes(id)))).toBe(true);
  });

  it.each([
    ['Running Postgres/Redis/Kafka in production', 'postgresql', 'redis'],
    ['Backend in Kotlin/Spring', 'kotlin', 'spring-boot'],
    ['Deploys with Terraform/AWS', 'terraform', 'aws'],
  ])('no shared field, or a language and its framework: a stack, %s', (line, a, b) => {
    expect(groupsOf(line).some((g) => g.includes(a) && g.includes(b))).toBe(false);
  });
});

describe('names written with a dot: no sentence end, no gap', () => {
  it('a ".js" the matcher leaves outside a name does not end the list', () => {
    expect(groupsOf('Experience with frontend frameworks such as Qwik.js, Vue, Svelte').some((g) => ['qwik', 'vue', 'svelte'].every((id) => g.includes(id)))).toBe(true);
  });

  it('joined by "and", still all of them', () => {
    expect(groupsOf('Strong Three.js and D3.js skills')).toEqual([['threejs'], ['d3']]);
  });
});

describe('"or any <kind> (examples)", "the major clouds, ideally X": the kind is the ask, one will do', () => {
  it('a bracket of examples after "or any <kind>" goes on with the choice', () => {
    // (Changed openly at the s53 merge: the taxonomy now knows "functional language" as Functional programming, so the
    // kind is an option too, as "Celery or another task queue" offers Task queues (asks-s40): any functional language meets it.)
    expect(groupsOf('Production work in Clojure or any functional language (Erlang, F#)')).toEqual([['clojure', 'functional-programming', 'erlang', 'fsharp']]);
  });

  it('one cloud wished for after the kind: any cloud meets the ask', () => {
    expect(groupsOf('Comfortable on one of the big clouds, ideally Azure')).toEqual([['cloud-computing', 'azure']]);
  });

  it('a named cloud, then its own service wished for: the cloud is asked', () => {
    expect(groupsOf('Experience with AWS, ideally EKS')[0]).toEqual(['aws']);
  });
});

describe('a wish, then a comma and a must: two asks of their own importance', () => {
  it.each([
    ['Elixir or Gleam experience preferred, Erlang required', ['preferred: elixir|gleam', 'required: erlang']],
    ['Helm a plus, Kubernetes is a must', ['preferred: helm', 'required: kubernetes']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });

  it('"preferred, but not required" stays one wish', () => {
    expect(bullet('Zig preferred, but not required')).toEqual(['preferred: zig']);
  });
});

describe('a list, then "any <kind> works": one pick, the kind among its options', () => {
  it.each([
    ['Shipped with Buildkite, CircleCI, Jenkins; any CI system is fine', ['buildkite', 'circleci', 'jenkins']],
    ['Used MariaDB, SQLite, Postgres: any relational database will do', ['mariadb', 'sqlite', 'postgresql']],
  ])('%s', (line, want) => {
    expect(groupsOf(line).some((g) => want.every((id) => g.includes(id)))).toBe(true);
  });

  it('without it, the list is asked whole', () => {
    expect(groupsOf('Shipped with Buildkite, CircleCI and Jenkins').some((g) => g.length > 1)).toBe(false);
  });
});
