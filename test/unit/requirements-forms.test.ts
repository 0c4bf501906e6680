import { describe, expect, it } from 'vitest';
import { bulletGroups, bulletItems, itemsOfText, sortedGroups } from './readers';

// Forms of asks read wrong once (#12, session 28): "A and B, or C", "at least two of", slash pairs of brokers and of one
// cloud's services, a purpose after a skill, and "not a fit if" lines. Every sentence here was written for these tests.
const itemsOf = itemsOfText;
const bullet = bulletItems;
const sorted = sortedGroups;
const groupsOf = bulletGroups;

describe('"A and B, or C": the comma before "or" closes the pair', () => {
  it.each([
    ['Python and Django, or Ruby and Rails', [['python', 'ruby'], ['django', 'rails']]],
    ['PHP and Laravel, or Node.js and Express', [['php', 'nodejs'], ['laravel', 'express']]],
    ['Experience with GCP and BigQuery, or AWS and Redshift', [['google-cloud', 'aws'], ['bigquery', 'redshift']]],
    // One skill after the comma, of the kind of none or several of the pair: the whole pair's alternative.
    ['Kubernetes and Helm, or Nomad', [['kubernetes', 'nomad'], ['helm', 'nomad']]],
    ['Postgres and Redis, or MongoDB', [['postgresql', 'mongodb'], ['redis', 'mongodb']]],
    // … of the kind of one of them: it takes that one's place.
    ['React and TypeScript, or Vue', [['react', 'vue'], ['typescript']]],
    ['AWS and Terraform, or Pulumi', [['aws'], ['terraform', 'pulumi']]],
    // (Spring Boot needs Java and fits Kotlin alike, both JVM languages; "Python and Django, or Ruby": Django needs Python.)
    ['Solid Java and Spring Boot, or Kotlin', [['java', 'kotlin'], ['spring-boot']]],
    ['Python and Django, or Ruby', [['python', 'ruby'], ['django', 'ruby']]],
    ['Go, or Rust and Tokio', [['go', 'rust'], ['go', 'tokio']]],
    // No comma, or the choice first: as before.
    ['Either Python and Django, or Ruby and Rails', [['python', 'ruby'], ['django', 'rails']]],
    ['Strong Kotlin and Jetpack Compose, or Swift and SwiftUI', [['kotlin', 'swift'], ['jetpack-compose', 'swiftui']]],
    ['Go and gRPC, or Java and Spring Boot, is a must', [['go', 'java'], ['grpc', 'spring-boot']]],
    // Two stacks written with a slash, "or" between them.
    ['Python/Django or Ruby/Rails', [['python', 'ruby'], ['django', 'rails']]],
    ['Python or Go, and Postgres', [['python', 'go'], ['postgresql']]],
    ['Docker and Kubernetes or Nomad', [['docker'], ['kubernetes', 'nomad']]],
    ['Experience with Docker and Kubernetes', [['docker'], ['kubernetes']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
});

describe('"at least two of": one group, and how many of it are needed', () => {
  it.each([
    ['At least two of Go, Rust, and C++', [['go', 'rust', 'cpp']], [2]],
    ['Two or more of Terraform, Ansible, Pulumi', [['terraform', 'ansible', 'pulumi']], [2]],
    ['Comfortable in at least two of Swift, Kotlin and Dart', [['swift', 'kotlin', 'dart']], [2]],
    ['Two of the following: Elixir, Erlang, Clojure, Haskell', [['elixir', 'erlang', 'clojure', 'haskell']], [2]],
    ['Familiarity with three or more of Docker, Kubernetes, Terraform, Ansible', [['docker', 'kubernetes', 'terraform', 'ansible']], [3]],
    ['You have shipped in two or more languages (Go, Python, Java)', [['go', 'python', 'java']], [2]],
    ['Linux, and at least two of Bash, Python, Perl', [['linux'], ['bash', 'python', 'perl']], [1, 2]],
    ['At least 2 of: Go, Rust, Java', [['go', 'rust', 'java']], [2]],
    ['At least two languages from Go, Rust, Python, Java', [['go', 'rust', 'python', 'java']], [2]],
    ['Several of the following: Kafka, Flink, Spark', [['kafka', 'flink', 'apache-spark']], [2]],
    ['Comfortable in multiple languages such as Go, Python, Java', [['go', 'python', 'java']], [2]],
  ])('%s', (line, groups, atLeast) => {
    const [item] = bullet(line);
    expect(sorted(item!.groups)).toEqual(sorted(groups));
    expect(item!.atLeast).toEqual(item!.groups.map((g) => (g.length > 1 ? atLeast[atLeast.length - 1] : 1)));
  });

  it.each([
    'At least one of Go or Rust',
    'At least 2 years of Go, Rust, or C++',
    'Go, Rust or C++',
  ])('no count: %s', (line) => expect(bullet(line)[0]!.atLeast).toBeUndefined());

  it('the bullets under "two of the following:" are the group counted', () => {
    const items = itemsOf('Acme | Engineer | Remote\n\nRequirements:\n- Two of the following:\n- Go\n- Rust\n- Zig\n- Fluent English\n');
    const pick = items.find((i) => i.groups.some((g) => g.includes('rust')))!;
    expect(sorted(pick.groups)).toEqual([['go', 'rust', 'zig']]);
    expect(pick.atLeast).toEqual([2]);
  });
});

describe('a slash between two names', () => {
  it.each([
    // Brokers of messages or streams, whatever their category: a pick.
    ['Hands-on with Kafka/Kinesis', [['kafka', 'kinesis']]],
    ['Some Kafka/Pulsar experience', [['kafka', 'pulsar']]],
    ['Ran RabbitMQ/Azure Service Bus in production', [['rabbitmq', 'azure-service-bus']]],
    ['SQS/RabbitMQ/Kafka', [['sqs', 'rabbitmq', 'kafka']]],
    ['Kafka/ZooKeeper operations', [['kafka'], ['zookeeper']]],
    // A broker and what runs on it, a pair: a stack.
    ['Streaming with Kafka/Flink', [['kafka'], ['flink']]],
    // One cloud's services that do different things: used together.
    ['SQS/SNS and Lambda', [['sqs'], ['sns'], ['aws-lambda']]],
    ['Event-driven design with SNS/SQS on AWS', [['event-driven-architecture'], ['sns'], ['sqs'], ['aws']]],
    ['S3/CloudFront for static assets', [['s3'], ['cloudfront']]],
    // Two clouds' services of one kind: a pick.
    ['EKS/GKE in production', [['eks', 'gke']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
});

describe('a purpose after a skill is how it is used, not a second ask', () => {
  it.each([
    ['Go for internal tooling', [['go']]],
    ['Rust for our command-line tools', [['rust']]],
    ['Python for automation scripts', [['python']]],
    ['Python or Go for tooling', [['python', 'go']]],
    ['Terraform for infrastructure automation', [['terraform']]],
    // A field of work after "for" is asked with it.
    ['Python for data pipelines', [['python'], ['data-pipelines']]],
    ['TypeScript for the web client and Go for services', [['typescript'], ['go']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
});

describe('"not a fit if" says who should not apply', () => {
  it.each([
    'Not a fit if you need a fully remote role',
    'You may not be a fit if you want to only write Python',
    'This role is not for you if you dislike on-call or Kubernetes',
    'Not a fit if: you want a pure research role with no Python',
    "You probably won't enjoy this job if you'd rather avoid Terraform",
    "You won't like it here if you hate writing tests",
    'Not the right fit if you are looking for a management track',
  ])('asks nothing: %s', (line) => expect(bullet(line)).toEqual([]));

  it('a condition said in the negative asks it', () => {
    expect(groupsOf('Not a good fit if you have never touched Linux')).toEqual([['linux']]);
    expect(groupsOf("Not a fit if you've never written Go")).toEqual([['go']]);
  });

  it('"may not match every line" is no "not a fit"', () => {
    expect(groupsOf('Your experience may not match every line here; Go is what matters most')).toEqual([['go']]);
  });

  it('the bullets under a "not a fit" line ask nothing, those of the list before it do', () => {
    const items = itemsOf(
      'Quillfeather | Backend Engineer | Remote (EU)\n\nRequirements:\n- 4+ years with Go\n- Postgres in production\n\nYou might not be a fit if:\n- You want to write only Python\n- You dislike Kubernetes\n\nPay: €70k',
    );
    expect(items.map((i) => i.groups)).toEqual([[['go']], [['postgresql']]]);
  });

  it('in prose, the sentence that turns to it is left out, and "if …, this is not for you" too', () => {
    const items = itemsOf(
      'Quillfeather | Backend Engineer | Remote (EU)\n\nRequirements:\n- 4+ years with Go\n- Good fit if you enjoy Postgres. Not a fit if you want Scala.\n- If you need a large Java org, this is not for you.\n',
    );
    expect(items.flatMap((i) => i.groups)).toEqual([['go'], ['postgresql']]);
  });
});

describe('found on a fresh sample of tune-safe lines (sample 3), written fresh', () => {
  it.each([
    // A field whose name ends on an acronym, then examples of it in a bracket: the field or any example.
    ['Edge AI (TFLite, Core ML, or similar runtimes)', [['edge-ai', 'tensorflow', 'core-ml']]],
    ['Responsible AI (fairness audits, model cards)', [['responsible-ai']]],
    // What the team uses, told, then what it asks after "but we …": only the ask.
    ['Claude and Copilot are part of our daily workflow, but we care most about clean Go code.', [['go']]],
    ['AI tools (Cursor/Copilot) are used across the team, but what we look for is deep Postgres knowledge.', [['postgresql']]],
    ['Kafka is part of our stack, but we mostly want strong SQL skills.', [['sql']]],
    // The candidate's past, then what they will feel: no ask; then what is welcome: a wish.
    ["If you've tuned Postgres or MySQL at scale, you know how painful vacuum can be.", []],
    ["If you have shipped Swift or Kotlin apps, you'll appreciate our release tooling.", []],
    ['If you know Go, Rust, or Zig, you will feel at home here.', []],
    ["If you've contributed to Servo, Bevy, or any other Rust project, you will likely find this role rewarding.", []],
    ["If you know Go or Rust, you'll probably find our codebase easy to read.", []],
    ["If you've used Kafka or Pulsar, that's a plus.", [['kafka', 'pulsar']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
});

describe('"etc." after things of several kinds, no field before them, asks them all (sample 4)', () => {
  it.each([
    ['You know Python, SQL, dbt, etc.', [['python'], ['sql'], ['dbt']]],
    ['Proficient in Go, Kubernetes, Terraform, etc.', [['go'], ['kubernetes'], ['terraform']]],
    // One kind, a cue, or a field before them: examples, any of which will do.
    ['Experience with AWS, GCP, etc.', [['aws', 'google-cloud']]],
    ['Experience with tools such as Jenkins, Docker, etc.', [['jenkins', 'docker']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
});

describe('a "not a fit" line with no colon leads its bullets too', () => {
  it.each(['This is not the role for you if', 'Who this is NOT for', "Don't apply if"])('%s', (lead) => {
    const items = itemsOf(`Quillfeather | Backend Engineer | Remote (EU)\n\nWhat you bring\n- 4+ years with Go\n\n${lead}\n- You only want to write Rust or Zig\n- You need a large team using Jira\n\nPay: €70k`);
    expect(items.map((i) => i.groups)).toEqual([[['go']]]);
  });
});

describe('a slash between things that stand in for one another, in a line that tells the stack, is a pick like clouds', () => {
  const told = (line: string) => sorted(itemsOf(`Acme | Engineer | Remote\n\nWe build payroll software for bakeries.\n\n${line}\n`).flatMap((i) => i.groups));
  it.each([
    ['Stack: TypeScript, Deno/Node.js, Postgres, Fly.io.', [['deno', 'nodejs']]],
    ['Tech: Terraform/OpenTofu, Go, Kubernetes.', [['terraform', 'opentofu']]],
    ['Stack: Python, MariaDB/MySQL, Docker.', [['mariadb', 'mysql']]],
    ['Search runs on Elasticsearch/OpenSearch clusters we operate ourselves.', [['elasticsearch', 'opensearch']]],
    // Two products of one kind, no drop-in for each other, or a stack: told, nothing asked.
    ['Stack: MySQL/PostgreSQL, Redis, Terraform.', []],
    ['Stack: React/Next.js, Postgres, Redis.', []],
  ])('%s', (line, want) => expect(told(line)).toEqual(sorted(want)));
});

describe('a pick cue with no "or" makes the names the taxonomy does not know options in words too', () => {
  it.each([
    ['Any of: Kotlin, Scala, Clojure, Frege', [['kotlin', 'scala', 'clojure', 'term:Frege']]],
    ['One of the following: Go, Rust, Pony', [['go', 'rust', 'term:Pony']]],
    // No cue: a list of asks, the unknown name left out.
    ['Experience with Go, Rust, Pony', [['go'], ['rust']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));

  it('and the count holds for the whole group', () => {
    const [item] = bullet('Depth in two or more of: networking, storage, Linux kernel');
    expect(sorted(item!.groups)).toEqual(sorted([['networking', 'linux-kernel', 'term:storage']]));
    expect(item!.atLeast).toEqual([2]);
  });
});
