import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../lib/posting/types';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems, skillGroups } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Choices and lists in forms the labelled postings do not use, to test that the any-of rules generalise.
// Every sentence here was written for these tests; none comes from a real posting.
const { matcher, taxonomy } = bundled();
const find = (text: string) => findSkills(matcher, text);
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
const groups = (text: string) => skillGroups(text, find, options);

/**
 * `want`: each choice (two ids or more) is held by one group, which may add the field the examples
 * stand for; each single id is a group of its own; no other group names two ids or more.
 */
function expectGroups(text: string, want: string[][]): void {
  const got = groups(text);
  const choices = got.filter((g) => g.length > 1);
  for (const w of want) {
    if (w.length > 1) expect(choices.some((g) => w.every((id) => g.includes(id))), `${JSON.stringify(w)} in ${JSON.stringify(got)}`).toBe(true);
    else expect(got.some((g) => g.length === 1 && g[0] === w[0]), `[${w[0]}] alone in ${JSON.stringify(got)}`).toBe(true);
  }
  for (const g of choices) expect(want.some((w) => w.length > 1 && w.every((id) => g.includes(id)) && g.filter((id) => !w.includes(id)).length <= 1), `${JSON.stringify(g)} not asked in ${JSON.stringify(got)}`).toBe(true);
}

describe('choices in forms not seen while tuning', () => {
  it.each([
    ['Whichever of Python, Ruby or Elixir you know best', [['python', 'ruby', 'elixir']]],
    ['Any mainstream cloud: AWS, GCP or Azure', [['aws', 'google-cloud', 'azure']]],
    ['Deep Go; alternatively Rust', [['go', 'rust']]],
    ['Terraform, Pulumi, and/or CloudFormation', [['terraform', 'pulumi', 'cloudformation']]],
    ['Either Kotlin, Swift, or Dart for the mobile apps', [['kotlin', 'swift', 'dart']]],
    ['One of: (1) Python, (2) Go, (3) Java', [['python', 'go', 'java']]],
    ['One (or more) of React, Vue, Svelte', [['react', 'vue', 'svelte']]],
    ['Python — or Go if you prefer', [['python', 'go']]],
    ['Kafka or RabbitMQ or another broker', [['kafka', 'rabbitmq']]],
    ['Proficiency with at least two of Python, Go, and Rust', [['python', 'go', 'rust']]],
    ['Comfortable with Snowflake and/or BigQuery', [['snowflake', 'bigquery']]],
    ['Datadog, Grafana, Prometheus or equivalent monitoring tools', [['datadog', 'grafana', 'prometheus']]],
    ['A relational database (Postgres, MySQL, or SQL Server)', [['postgresql', 'mysql', 'sql-server']]],
    ['Python, or if you would rather, Go', [['python', 'go']]],
    ['Rails, Django, Laravel: pick your favourite', [['rails', 'django', 'laravel']]],
    ['Experience with Jenkins, CircleCI, or the like', [['jenkins', 'circleci']]],
    ['Fluent in either C++ or Rust (ideally both)', [['cpp', 'rust']]],
    ['Strong Java (Kotlin is fine as well)', [['java', 'kotlin']]],
    ['MongoDB, DynamoDB, or any other document store', [['mongodb', 'dynamodb']]],
    ['Scala, or failing that Java', [['scala', 'java']]],
    ['Redis, Memcached or KeyDB; just one will do', [['redis', 'memcached']]],
    ['A scheduler you ran in anger: Kubernetes, Nomad, ECS, take your pick', [['kubernetes', 'nomad', 'ecs']]],
    // The list's last name, then the cue ("Tempo" alone is an ordinary word; beside Jaeger and Zipkin it is Grafana Tempo).
    ['Tracing: Jaeger, Zipkin, Tempo - one is enough', [['jaeger', 'zipkin', 'grafana-tempo']]],
    ['Vault, AWS Secrets Manager, Doppler (only one of them is enough)', [['hashicorp-vault', 'aws-secrets-manager']]],
    ['Go, Rust, or C++, whichever you are strongest in', [['go', 'rust', 'cpp']]],
    ['Any modern frontend framework (React, Vue, Svelte)', [['react', 'vue', 'svelte']]],
    ['Experience with Ansible, Chef, Puppet, or similar', [['ansible', 'chef', 'puppet']]],
    ['Knowledge of at least one of the following languages: Go, Rust, Zig', [['go', 'rust', 'zig']]],
    ['Elixir experience, or Erlang', [['elixir', 'erlang']]],
    ['Vue (or React) and TypeScript', [['vue', 'react'], ['typescript']]],
    ['Either AWS or Azure, plus Terraform', [['aws', 'azure'], ['terraform']]],
    ['Kubernetes, and either Helm or Kustomize', [['kubernetes'], ['helm', 'kustomize']]],
    ['SQL plus one of Python, Scala', [['sql'], ['python', 'scala']]],
    ['A message queue such as SQS, RabbitMQ, or NATS', [['sqs', 'rabbitmq', 'nats']]],
    ['Expert in Rust or, at a push, C++', [['rust', 'cpp']]],
    ['Cloud experience, preferably GCP, but AWS is fine', [['google-cloud', 'aws']]],
    ['Familiar with one or two of Spark, Flink, Beam', [['apache-spark', 'flink', 'apache-beam']]],
    ['Some exposure to Haskell, OCaml, F# or another functional language', [['haskell', 'ocaml', 'fsharp']]],
    ['Deploying on Kubernetes or Nomad (either is fine)', [['kubernetes', 'nomad']]],
    ['Python or R for the modelling work', [['python', 'r']]],
    ['TypeScript; failing that, JavaScript', [['typescript', 'javascript']]],
    ['Hands-on with PyTorch, or with JAX', [['pytorch', 'jax']]],
    ['Postgres, or any relational database you know well', [['postgresql', 'relational-databases']]],
    ['Java/Kotlin backend experience', [['java', 'kotlin']]],
    ['Ruby or Python (we use both)', [['ruby', 'python']]],
    ['Your pick of Vue, React or Svelte', [['vue', 'react', 'svelte']]],
    // A bracket that opens with "or" after a few words still offers the next skill.
    ['You have run Postgres-backed services at scale (or you have tuned MySQL for years)', [['postgresql', 'mysql']]],
  ])('%s', (text, want) => expectGroups(text, want));
});

describe('lists that are all needed', () => {
  it.each([
    ['Python and Go', [['python'], ['go']]],
    ['Python, Go, and Rust', [['python'], ['go'], ['rust']]],
    ['Go plus Postgres', [['go'], ['postgresql']]],
    ['Kubernetes as well as Terraform', [['kubernetes'], ['terraform']]],
    ['React with TypeScript', [['react'], ['typescript']]],
    ['Docker, Kubernetes, and Helm in production', [['docker'], ['kubernetes'], ['helm']]],
    ['Strong Java along with Spring Boot', [['java'], ['spring-boot']]],
    ['Deep Rust and C++ expertise', [['rust'], ['cpp']]],
    ['Experience with both Kafka and Flink', [['kafka'], ['flink']]],
    ['You know AWS and GCP well', [['aws'], ['google-cloud']]],
    ['Python for the models and Go for the services', [['python'], ['go']]],
    ['Terraform together with Ansible', [['terraform'], ['ansible']]],
    ['Postgres, Redis, Kafka', [['postgresql'], ['redis'], ['kafka']]],
    ['Not only Python but also Rust', [['python'], ['rust']]],
    ['GitHub Actions as well as Jenkins', [['github-actions'], ['jenkins']]],
    ['Python with pandas and NumPy', [['python'], ['pandas'], ['numpy']]],
    ['SQL and Python or R', [['sql'], ['python', 'r']]],
    // A bracket after what a skill covers ("knowledge", "fundamentals") lists its parts.
    ['Networking knowledge (TCP, DNS, TLS)', [['tcp-ip'], ['dns'], ['tls']]],
    ['Scripting chops (Bash, Python, Perl)', [['bash'], ['python'], ['perl']]],
    // … and after a named skill, the skill's own ecosystem.
    ['Solid Python experience (pandas, NumPy, SciPy)', [['python'], ['pandas'], ['numpy'], ['scipy']]],
    // A list of what the team uses now, after a cue, is told, not a pick.
    ['Happy in any framework (we are currently using things like Next.js, Prisma, Tailwind)', [['nextjs'], ['prisma'], ['tailwind']]],
    // A bare bracket of things of different kinds names what is used, not a pick.
    ['Product analytics work (Amplitude, Segment, React)', [['amplitude'], ['marketing-technology'], ['react']]],
    ['Infrastructure ownership (Terraform, Kubernetes, Go)', [['terraform'], ['kubernetes'], ['go']]],
    // A slash before what joins the two: both are needed.
    ['Owning the Java/Kotlin migration of the billing service', [['java'], ['kotlin']]],
    ['Rust/Python bindings for our engine', [['rust'], ['python']]],
    ['Solid Go skills, including Go/Swift bridging on mobile', [['go'], ['swift']]],
    // "no X or Y": neither is asked.
    ['There is no Kafka or RabbitMQ here yet; you will pick one', []],
    // An "or similar" after a list of different kinds holds for its last item only.
    ['Go, Postgres, Terraform or similar, and AWS', [['go'], ['postgresql'], ['aws']]],
    // Fields of a degree are not skills to pick from.
    ['A BS or MS in Computer Science, Statistics, or Mathematics', []],
  ])('%s', (text, want) => expectGroups(text, want));
});

describe('a posting with no headings: a list that describes the company is not a choice asked', () => {
  const itemsOf = (text: string) => {
    const sections: Array<[SectionKind, string]> = [['other', text]];
    const posting = { site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '', sections: sections.map(([kind, t]) => ({ kind, heading: '', text: t, offset: 0 })) };
    return requirementItems(posting, find, options);
  };
  it.each([
    'The mobile app is a Flutter codebase, with a few widgets in Kotlin or Swift.',
    'We catch bad actors (e.g. bots, fraud rings) across a few hundred sites.',
    'Lanternly is trusted by teams like those running Kafka or Pulsar at scale.',
    'Some teams here use Vue or Svelte for internal tools.',
  ])('%s', (text) => {
    expect(itemsOf(text).flatMap((i) => i.groups).filter((g) => g.length > 1)).toEqual([]);
  });
  it.each([
    ['Python, Rust or Go.', ['python', 'rust', 'go']],
    ['Kotlin or Swift, whichever you know.', ['kotlin', 'swift']],
    ['If you know Vue or Svelte, the frontend is yours.', ['vue', 'svelte']],
    ['The role is mostly Go or Rust services.', ['go', 'rust']],
    // A substitute offered without an "or": "X is fine too", "one is enough".
    ['Queues: SQS (RabbitMQ is fine too).', ['sqs', 'rabbitmq']],
    ['Streams: Kafka, Pulsar, Redpanda; whichever you know.', ['kafka', 'pulsar', 'redpanda']],
    ['Containers on Nomad; Kubernetes is also fine.', ['nomad', 'kubernetes']],
  ])('%s', (text, want) => {
    expect(itemsOf(text).flatMap((i) => i.groups).filter((g) => g.length > 1)).toEqual([want]);
  });
});

describe('choices written across clauses and sentences', () => {
  const itemsOf = (kind: SectionKind, text: string) => {
    const posting = { site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '', sections: [{ kind, heading: kind, text, offset: 0 }] };
    return requirementItems(posting, find, options);
  };
  const choices = (kind: SectionKind, text: string) => itemsOf(kind, text).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it.each([
    ['We write our services in Elixir. Experience with it or Erlang is a plus.', ['elixir', 'erlang']],
    ['Our data lives in Postgres. You know it or MySQL well.', ['postgresql', 'mysql']],
    ['The clients are Swift apps. Kotlin or that, either works.', ['kotlin', 'swift']],
  ])('a pronoun for the skill of the sentence before: %s', (text, want) => {
    expect(choices('requirements', text).map((g) => [...g].sort())).toEqual([[...want].sort()]);
  });
  it('a pronoun with no skill before it, or not joined by "or", changes nothing', () => {
    expect(choices('requirements', 'You care about quality. You either love it or you will learn to.')).toEqual([]);
    expect(choices('requirements', 'We write Elixir. You enjoy it and Erlang.')).toEqual([]);
  });
  it('a clause that tells the stack, then one that asks: the choice is read from the asking clause', () => {
    const got = itemsOf('other', 'We run MySQL in production, but experience with similar stores like Cassandra, ScyllaDB or DynamoDB would also help.');
    expect(got.flatMap((i) => i.groups)).toEqual([['cassandra', 'scylladb', 'dynamodb']]);
    expect(got[0]!.text.startsWith('experience with similar stores')).toBe(true);
  });
});

describe('a choice named in the duties or in a part with no known heading', () => {
  const itemsOf = (...sections: Array<[SectionKind, string]>) => {
    const posting = { site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '', sections: sections.map(([kind, text]) => ({ kind, heading: kind, text, offset: 0 })) };
    return requirementItems(posting, find, options);
  };
  it('is an item beside the requirements; the other duties are not', () => {
    const got = itemsOf(
      ['responsibilities', '- Ship the billing screens in Swift or Kotlin\n- Run the weekly release\n- Keep our Kafka cluster healthy'],
      ['requirements', '- Three years of mobile work'],
    );
    expect(got.map((i) => i.groups)).toEqual([[['swift', 'kotlin']], []]);
  });
  it('a duty that gives examples of the work ("such as", "like") asks no choice; one that says "or" does', () => {
    const got = itemsOf(
      ['responsibilities', '- Build platform features such as audit logging, error tracking, and SLOs for our biggest customers\n- Own services written in Go or Rust'],
      ['requirements', '- Solid SQL'],
    );
    expect(got.map((i) => i.groups)).toEqual([[['go', 'rust']], [['sql']]]);
  });
  it('what the hiring process allows ("which AI tools you may use") is not asked', () => {
    const got = itemsOf(
      ['other', 'Read our notes on working with AI in the hiring process, including which AI tools such as ChatGPT, Claude or Gemini you may use.'],
      ['requirements', '- Solid SQL'],
    );
    expect(got.map((i) => i.groups)).toEqual([[['sql']]]);
  });
  it('a wish to learn or an interest asks for no experience: what it names is a plus, not a gap', () => {
    const got = itemsOf([
      'requirements',
      '- You want to learn more about compilers\n- You know Haskell or are keen to learn it\n- Go developers with a strong interest in databases\n- You are curious about robotics and have experience with C++',
    ]);
    expect(got.map((i) => i.importance)).toEqual(['preferred', 'preferred', 'required', 'required']);
  });
  it('a list of openings, each a title and its link, asks nothing; a line that names a stack before the link still does', () => {
    const got = itemsOf(['requirements', '- Staff Data Engineer - https://jobs.example.com/41\n- Senior iOS Engineer: https://jobs.example.com/42\n- Backend Engineer - Go, Postgres, AWS - https://jobs.example.com/43']);
    expect(got.map((i) => i.groups)).toEqual([[['go'], ['postgresql'], ['aws']]]);
  });
  it('a line that leads into the list, or the company speaking of itself, is no item of the requirements', () => {
    const got = itemsOf(['requirements', 'We know strong engineers take many paths here.\nYou will do well in this job if:\n- You have shipped Go services\n- You write clearly for other engineers']);
    expect(got.map((i) => i.text)).toEqual(['You have shipped Go services', 'You write clearly for other engineers']);
  });
  it('a part with no known heading: a sentence that names a choice, not one that tells the stack', () => {
    const got = itemsOf(
      ['other', 'Acme makes payroll software. You will pair on services written in Elixir or Go. Our stack is Elixir, Postgres or Redis as needed.'],
      ['requirements', '- Solid SQL'],
    );
    expect(got.map((i) => i.groups)).toEqual([[['elixir', 'go']], [['sql']]]);
  });
});

describe('a second set of forms: choices and all-of lists side by side', () => {
  it.each([
    ['Proficiency in at least one modern language (Go, Rust, Kotlin)', [['go', 'rust', 'kotlin']]],
    ['Experience with one or more of: Terraform, Pulumi', [['terraform', 'pulumi']]],
    ['Go/Rust/Zig, pick one', [['go', 'rust', 'zig']]],
    ['Familiarity with Postgres, MySQL, or the like', [['postgresql', 'mysql']]],
    ['Either of React and Vue', [['react', 'vue']]],
    ['React or Vue experience (or both)', [['react', 'vue']]],
    ['Knowledge of AWS, or GCP, or Azure', [['aws', 'google-cloud', 'azure']]],
    ['AWS and/or GCP', [['aws', 'google-cloud']]],
    ['Any of Kafka/Pulsar/Kinesis', [['kafka', 'pulsar', 'kinesis']]],
    ["We'd love to see Rust, though Go works as well", [['rust', 'go']]],
    ['Experience in Python and/or R', [['python', 'r']]],
    ['Familiar with Jest, Vitest, Mocha, etc.', [['jest', 'vitest', 'mocha']]],
    ['Cloud (any of AWS, GCP, Azure)', [['aws', 'google-cloud', 'azure']]],
    ['One of Python/Go', [['python', 'go']]],
    ['A compiled language such as Go or Rust, and a scripting language such as Python or Ruby', [['go', 'rust'], ['python', 'ruby']]],
    ['Go, Rust or similar systems languages', [['go', 'rust']]],
    ['Strong React; Vue or Angular also considered', [['react', 'vue', 'angular']]],
    ['iOS or Android (or both)', [['ios', 'android']]],
    ['Java 17+ or Kotlin', [['java', 'kotlin']]],
    ['Docker or Podman, and Kubernetes', [['docker', 'podman'], ['kubernetes']]],
    ['Kafka, or another log-based broker like Pulsar', [['kafka', 'pulsar']]],
    ['Use PyTorch or TensorFlow daily', [['pytorch', 'tensorflow']]],
    ['Redis, Memcached, or a comparable cache', [['redis', 'memcached']]],
    ['Vue.js 3 or React 18', [['vue', 'react']]],
    ['Experience with either GitHub Actions or GitLab CI for pipelines', [['github-actions', 'gitlab-ci']]],
    ['We expect Go; Rust is an acceptable substitute', [['go', 'rust']]],
    ['Python, and ideally Go', [['python'], ['go']]],
    ['Both React and React Native', [['react'], ['react-native']]],
    ['Kubernetes, Helm, plus Argo CD', [['kubernetes'], ['helm'], ['argocd']]],
    ['From Postgres to Redis to Kafka', [['postgresql'], ['redis'], ['kafka']]],
    ['Terraform and Ansible or Chef', [['terraform'], ['ansible', 'chef']]],
    ['Java (Spring, Hibernate)', [['java'], ['spring-boot'], ['hibernate']]],
    ['TypeScript and Node.js, plus either Postgres or MySQL', [['typescript'], ['nodejs'], ['postgresql', 'mysql']]],
    ['You can pick Go or Rust for the agent; the dashboard is React', [['go', 'rust'], ['react']]],
    ['Go or Rust; plus strong SQL', [['go', 'rust'], ['sql']]],
    ['Deep Go (Rust welcome instead)', [['go', 'rust']]],
    ['Comfortable with GCP — AWS would also work', [['google-cloud', 'aws']]],
    ['Swift, Kotlin, whatever gets it shipped', [['swift', 'kotlin']]],
    ['Vue, Svelte, or plain web components', [['vue', 'svelte']]],
  ])('%s', (text, want) => expectGroups(text, want));
});

describe('a choice header and its bullets', () => {
  const itemsOf = (text: string) => {
    const posting = { site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '', sections: [{ kind: 'requirements' as SectionKind, heading: 'Requirements', text, offset: 0 }] };
    return requirementItems(posting, find, options);
  };
  it.each([
    'Hands-on time with at least two of the following:\n- Go\n- Rust\n- Zig\n- Strong written English',
    'Some of these, any order:\n• Go\n• Rust\n• Zig',
    'Experience in one (or more) of:\n1. Go\n2. Rust\n3. Zig',
    'Production work in at least one of the following languages\n- Go\n- Rust\n- Zig',
  ])('%s', (text) => {
    expect(itemsOf(text)[0]!.groups).toEqual([['go', 'rust', 'zig']]);
  });
});

describe('a sentence that asks to hear from candidates (issue #12)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).map((i) => i.groups);
  it('reads it as asked; a promise to write back is not', () => {
    // ("mobile" with its platforms in brackets is the field they are examples of, since session 37.)
    expect(read('Seawise | Several roles | Lisbon\n\nWe chart harbours for small boats. Keen to hear from engineers in mobile (iOS/Android) and data (Python).')).toEqual([[['mobile-development', 'ios', 'android'], ['python']]]);
    expect(read('Seawise | Lisbon\n\nWe chart harbours for small boats with Kotlin and Go. You will hear from us within a week.')).toEqual([]);
  });
});

describe('whole postings written for these tests', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).map((i) => ({ groups: i.groups, years: i.years?.min ?? null, importance: i.importance }));
  it('a posting with no headings', () => {
    expect(read('Acme | Backend Engineer | Remote (EU) | €70-90k\n\nWe make invoicing software for plumbers. You will build our API in Go or Rust and own the Postgres schema. 4+ yrs backend. Bonus: Kafka or NATS.')).toEqual([
      { groups: [['go', 'rust'], ['postgresql']], years: null, importance: 'required' },
      { groups: [], years: 4, importance: 'required' },
      { groups: [['kafka', 'nats']], years: null, importance: 'preferred' },
    ]);
  });
  it('a posting with duties and requirements', () => {
    expect(read('Tidewell | Mobile Engineer | NYC | Hybrid\n\nTidewell helps harbours schedule boats, used by ports like Rotterdam.\n\nWhat you will do:\n- Ship the captain app in Swift or Kotlin\n- Keep our Kafka pipelines healthy\n\nWhat we need:\n- Three years of mobile work\n- React Native, Flutter, or native experience')).toEqual([
      { groups: [['swift', 'kotlin']], years: null, importance: 'required' },
      { groups: [], years: 3, importance: 'required' },
      { groups: [['react-native', 'flutter']], years: null, importance: 'required' },
    ]);
  });
});

describe('a third set of forms: joiners and qualified items (issue #12)', () => {
  it.each([
    ['Background in system administration and / or DevOps', [['systems-administration', 'devops']]],
    ['Kubernetes AND / OR Nomad in production', [['kubernetes', 'nomad']]],
    ['Experience with any of Airflow, Dagster, or self-hosted Prefect', [['airflow', 'dagster', 'prefect']]],
    ['Comfortable in Java, typical Spring services, or Kotlin', [['java', 'kotlin']]],
    // A qualified item in a list with no choice said is needed like the rest.
    ['Go, Rust, and modern C++', [['go'], ['rust'], ['cpp']]],
    ['Python, Go, internal tooling', [['python'], ['go'], ['developer-experience']]],
    // An "or" that opens a bracket offers the bracket instead of the one skill before it.
    ['Python, Go (or Rust), and Postgres', [['python'], ['go', 'rust'], ['postgresql']]],
    ['Stack: Elixir, Angular (or Vue, Svelte)', [['elixir'], ['angular', 'vue', 'svelte']]],
    // Skills offered instead of one named before: the first of their kind.
    ['Kotlin (flexible if you know Java)', [['kotlin', 'java']]],
    ['We write Go and React, though we are open if you would rather use Rust or Zig', [['go', 'rust', 'zig'], ['react']]],
    ['Mostly Elixir and Vue; flexible on the backend if you are stronger in Python', [['elixir', 'python'], ['vue']]],
    // An open end after an adverb, an unknown name after a slash, or the last item's own noun.
    ['Five years in adtech, ecommerce, or closely related fields', [['adtech', 'ecommerce']]],
    ['Web frameworks (Django, Flask/Bottlenose, etc.)', [['django', 'flask']]],
    ['Messaging (RabbitMQ, Kafka clusters, etc.)', [['rabbitmq', 'kafka']]],
    // "or similar" after an unknown last item and a kind the list is not: the list is a cloud's own parts.
    ['Solid AWS (Lambda, SQS, DynamoDB, Timestream or similar time-series database)', [['aws'], ['aws-lambda'], ['sqs'], ['dynamodb'], ['time-series-databases']]],
    ['Solid AWS (Lambda, SQS, DynamoDB)', [['aws'], ['aws-lambda'], ['sqs'], ['dynamodb']]],
    // Soft skills are listed, never scored: a choice among them only is given as each of them.
    ['Evidence of coaching, teaching, or mentoring juniors', [['coaching'], ['learning-by-teaching'], ['mentoring']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('a fourth set of forms: cues, fields and brackets (issue #12, s22)', () => {
  it.each([
    // "one or both", "either or both", "any or all": a cue like "one of".
    ['Comfortable in one or both of Elixir and Erlang', [['elixir', 'erlang']]],
    ['Shipped apps in either or both of Swift and Kotlin', [['swift', 'kotlin']]],
    ['Hands-on with any or all of Kafka, Pulsar and NATS', [['kafka', 'pulsar', 'nats']]],
    // Three fields or more joined by slashes list them: any one will do.
    ['Six years in adtech/fintech/ecommerce', [['adtech', 'fintech', 'ecommerce']]],
    ['A background in machine learning / data science / research engineering', [['machine-learning', 'data-science', 'research']]],
    // A field named in capitals before examples is met by any of them, or by itself.
    ['Working knowledge of APIs (REST, gRPC, GraphQL)', [['apis', 'rest-apis', 'grpc', 'graphql']]],
    // … also when the bracket holds one example the taxonomy knows beside one it does not.
    ['Some CRM experience (HubSpot, Fooforce)', [['crm-integration', 'hubspot']]],
    // "i.e." gives examples as "e.g." does.
    ['Time spent with a monitoring tool, i.e. Prometheus, Grafana or Datadog', [['prometheus', 'grafana', 'datadog']]],
    ['Some IaC, i.e. Terraform or Pulumi', [['infrastructure-as-code', 'terraform', 'pulumi']]],
    // A comma list closed by ", or" and options it does not know, even a few words long.
    ['Bonus: Nomad, Consul, homelab racks, or a blog about your setup', [['nomad', 'consul']]],
    // A name the taxonomy does not know after a slash, mid-list, does not end the list.
    ['Kafka/Fooqueue, Pulsar, or NATS for the event bus', [['kafka', 'pulsar', 'nats']]],
    // An aside about the team in brackets does not end the list, and what it tells is not asked.
    ['Backend in Kotlin (we also keep some Scala around), or Go', [['kotlin', 'go']]],
    // "… or anywhere that …" leaves the list open.
    ['Built perception in robotics, drones, or anywhere else that the inputs arrive noisy and late', [['robotics', 'drones']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('a fourth set of forms: lists that are not a pick (issue #12, s22)', () => {
  it.each([
    // A cloud's own services with "etc." after them are still its parts.
    ['Daily use of AWS (Lambda, SQS, etc.)', [['aws'], ['aws-lambda'], ['sqs']]],
    // A slash pair that reads as "and" (one implies the other, or one is written beside the other) in a bracket is a stack.
    ['A data analyst (Python/SQL) for two days a week', [['python'], ['sql']]],
    ['Willing to touch the server side (Python/Django) now and then', [['python'], ['django']]],
    // Two fields with a slash name one compound thing.
    ['A grounding in signal processing / machine learning theory', [['signal-processing'], ['machine-learning']]],
    // What the customers use is not asked.
    ['You will write connectors to the tools our customers use (Jira, Asana, Trello)', [['jira'], ['asana'], ['trello']]],
    // A stack said to include things tells what is used.
    ['Your stack will include caches (Redis, Memcached, etc.) and Go', [['redis'], ['memcached'], ['go']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('a degree or equivalent experience in a choice of fields (issue #12, s22)', () => {
  it.each([
    ['A PhD or equivalent depth in compilers, databases, or distributed systems', [['compilers', 'databases', 'distributed-systems']]],
    ['An MSc, or comparable hands-on experience with Kafka or Pulsar', [['kafka', 'pulsar']]],
    // The fields of the degree itself stay fields of study.
    ['A PhD in Statistics, Physics, or a related discipline', []],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('bullets under a line that asks (issue #12, s22)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it('asks them, with no heading or under no known heading', () => {
    expect(read('Harbourly | Backend Engineer | Remote\n\nWe schedule ferries. You would be a good match if you are at home with:\n- Elixir / Erlang\n- Postgres tuning\n\nWhat you might build:\n- Kotlin / Swift widgets for the captains')).toEqual([['elixir', 'erlang']]);
  });
  it('an aside about the team does not make a choice a description', () => {
    expect(read('Harbourly | Remote\n\nWe schedule ferries.\n\n* Senior engineers (Elixir (we run a little Scala too), or Go)')).toEqual([['elixir', 'go']]);
  });
  it('nor a plain ask that names the stack in brackets', () => {
    const text = 'Harbourly | Remote\n\nWe schedule ferries.\n\nYou need some Linux and are glad to write Elixir (what our customers run on their tablets) or Go.';
    expect(read(text)).toEqual([['elixir', 'go']]);
  });
  it('not after a blank paragraph that ends the list', () => {
    expect(read('Harbourly | Backend Engineer | Remote\n\nWe schedule ferries. You would be a good match if you are at home with:\n- Postgres tuning\n\n\nOur dashboards:\n- Kotlin / Swift widgets for the captains')).toEqual([]);
  });
});

describe('a fifth set of forms: the noun a skill heads, picks said in a heading (issue #12, s23)', () => {
  it.each([
    // A skill, the noun it heads, then a comma: the list goes on.
    ['Working knowledge of PostgreSQL internals, Redis, or Cassandra', [['postgresql', 'redis', 'cassandra']]],
    ['Any of: Terraform tooling, Pulumi, Ansible playbooks', [['terraform', 'pulumi', 'ansible']]],
    ['Extra credit: Envoy/Istio, Consul, Nomad, or anything mesh-shaped', [['envoy', 'istio', 'consul', 'nomad']]],
    // Not a word that says how much it is asked: two asks.
    ['Python required, Go or Rust a plus', [['python'], ['go', 'rust']]],
    // A trait asked of the person is no field that examples stand for.
    ['Curious about stream processing tools (e.g., Kafka, Flink)', [['kafka', 'flink']]],
    // "not all required" makes what follows a pick.
    ['Useful extras, not all required: Kafka, Terraform, Rust', [['kafka', 'terraform', 'rust']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));

  it('a heading that says its list is a pick', () => {
    const posting = {
      site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '',
      sections: [{ kind: 'preferred' as SectionKind, heading: 'Extras (you do not need every one of these)', text: 'Kafka, Terraform, Rust', offset: 0 }],
    };
    expect(requirementItems(posting, find, options).flatMap((i) => i.groups).filter((g) => g.length > 1)).toEqual([['kafka', 'terraform', 'rust']]);
  });
});

describe('a posting with no headings: what the team uses or builds, told, asks nothing (issue #12, s23)', () => {
  const read = (text: string) => requirementItems(postingFromText(`Fernhollow | Engineer | Remote\n\n${text}`), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it.each([
    'Trackers like Sentry and Datadog are part of our workflow.',
    'On the team, Datadog or Grafana is actively used for every release.',
    'We’re building a scheduler that runs batch jobs like Spark or Flink for farms.',
    'Fernhollow is a budgeting app (iOS/Android) for small farms.',
  ])('%s', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['We’re building a ledger and are looking for someone with experience in Go or Rust.', [['go', 'rust']]],
    ['Trackers like Sentry or Datadog are part of the workflow, and you should be fluent in one of them.', [['sentry', 'datadog']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('a sixth set of forms: a field and one example, an "and" after examples, a welcome after "but" (issue #12, s23)', () => {
  it.each([
    // A field, then one named example: met by either.
    ['Time spent on a message broker like NATS', [['message-queues', 'nats']]],
    ['Postgres or another relational database like MySQL', [['postgresql', 'relational-databases', 'mysql']]],
    // "or a <kind> such as X": X is offered instead of what came before.
    ['Solid Go or a compiled language such as Rust, and Docker', [['go', 'rust'], ['docker']]],
    // After examples of one kind, an "and" that adds a thing of another kind ends the choice…
    ['A systems language such as Rust or Zig, and Terraform', [['rust', 'zig'], ['terraform']]],
    // … but not after "one or both of".
    ['Time with one or both of Flutter and Kotlin', [['flutter', 'kotlin']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));

  const read = (text: string) => requirementItems(postingFromText(`Fernhollow | Engineer | Remote\n\n${text}`), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it.each([
    ['Our ingest service is Go, but Rust or C++ folks are welcome.', ['rust', 'cpp']],
    ['We are open on language: Elixir, Scala and Go all work.', ['elixir', 'scala', 'go']],
  ])('%s', (text, want) => expect(read(text).some((g) => want.every((id) => g.includes(id)))).toBe(true));
  it.each([
    'Fernhollow integrates with Asana, Trello, or Jira in a click.',
    'Teams here use Vue or Svelte for most dashboards.',
  ])('%s', (text) => expect(read(text)).toEqual([]));
});

describe('a pick said in a heading over bullets, an acronym field, a welcome after a semicolon (issue #12, s23)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it('bullets under a heading that asks for one or more of them are one choice', () => {
    const text = 'Harbourly | Staff Engineer | Remote\n\nWe route ferries.\n\nYou would fit if you know one or more of:\n- Kafka or Pulsar streams\n- Terraform modules\n- Rust services\n\nPay: $150k';
    const got = read(text);
    expect(got.some((g) => ['kafka', 'pulsar', 'terraform', 'rust'].every((id) => g.includes(id))), JSON.stringify(got)).toBe(true);
  });
  it('but not the bullets under a plain heading', () => {
    const text = 'Harbourly | Staff Engineer | Remote\n\nWe route ferries.\n\nRequirements:\n- Terraform modules\n- Rust services\n\nPay: $150k';
    expect(read(text)).toEqual([]);
  });
  it.each([
    ['Hands-on with a SIEM (Splunk, Wazuh) is a must', [['siem', 'splunk', 'wazuh']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
  it('"Elixir; Erlang or Gleam backgrounds are welcome too" offers the two instead of the first', () => {
    expect(read('Harbourly | Engineer | Remote\n\nYou will write Elixir daily; Erlang or Gleam backgrounds are welcome too.').some((g) => ['elixir', 'erlang', 'gleam'].every((id) => g.includes(id)))).toBe(true);
  });
});

describe('an "or" that leads through a few words to the next skill (issue #12, s23)', () => {
  it.each([
    ['Experience with stream processing and/or writing async Rust', [['stream-processing', 'rust']]],
    ['Strong Elixir skills, or solid experience with Erlang', [['elixir', 'erlang']]],
    ['Deep Redis knowledge or hands-on time with Memcached', [['redis', 'memcached']]],
    ['Experience with RabbitMQ — or any AMQP broker such as ActiveMQ', [['rabbitmq', 'activemq']]],
    // A name the taxonomy does not know between two slashes keeps the slash run going.
    ['Hands-on with Postgres/Frobnitz/MySQL', [['postgresql', 'mysql']]],
    // Two asks joined by "and" stay two.
    ['Strong Elixir skills and solid experience with Erlang', [['elixir'], ['erlang']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('an "or" between two clauses, a stack told below the list (issue #12, s23)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it('"… deploy them to Azure, or fix bugs in our RabbitMQ consumers" joins two duties, not two skills', () => {
    expect(read('Harbourly | Engineer | Remote\n\nYou will ship features in Vue and deploy them to Azure, or fix bugs in our RabbitMQ consumers when on call.')).toEqual([]);
  });
  it('a line below the list that tells the stack asks nothing', () => {
    expect(read('Harbourly | Engineer | Remote\n\nRequirements\n- Elixir\n- Docker\n\nWe use Buildkite or Jenkins depending on the repo.')).toEqual([]);
  });
  it('a line below the list that asks still does', () => {
    expect(read('Harbourly | Engineer | Remote\n\nRequirements\n- Elixir\n- Docker\n\nYou should also know Buildkite or Jenkins.')).toEqual([['buildkite', 'jenkins']]);
  });
});

describe('an "or" that opens a second clause, a comparable kind after "or" (issue #12, s24)', () => {
  it.each([
    ['You have run Kafka in production, or you have built a queue on RabbitMQ yourself', [['kafka', 'rabbitmq']]],
    ['Ideally you know Terraform inside out, or you have worked with Pulumi', [['terraform', 'pulumi']]],
    // A bracket in the first clause is an aside.
    ['People who enjoy Ansible chores now and then (it keeps us honest), or have experience with Chef', [['ansible', 'chef']]],
    ['Shipped Elixir to production, or someone who has written Erlang for years', [['elixir', 'erlang']]],
    ['Hands-on AWS experience or a comparable cloud', [['aws', 'cloud-computing']]],
    ['Terraform or an equivalent IaC tool', [['terraform', 'infrastructure-as-code']]],
    // A language that names the kind of the next thing is no option: "similar Java frameworks".
    ['Spring Boot or similar Java frameworks', [['spring-boot'], ['java']]],
    // The second clause about the work, not about what the candidate has done, joins nothing.
    ['You will tune Postgres queries, or help migrate our Redis caches', [['postgresql'], ['redis']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('lists that span, an "or similar" mid-list, asks that are told or about applying (issue #12, s24)', () => {
  it.each([
    // What a thing spans is all of it.
    ['Experience running multi-cloud deployments (AWS, GCP, Azure)', [['aws'], ['google-cloud'], ['azure']]],
    ['Built a vendor-agnostic layer (OpenAI, Anthropic) for model calls', [['openai-api'], ['anthropic-api']]],
    // An "or similar" with the list going on after it is about the item before it.
    ['Tools: Go, Rust, Terraform or similar, Kubernetes, Postgres', [['go'], ['rust'], ['terraform'], ['kubernetes'], ['postgresql']]],
    // Still a pick where it closes the list.
    ['Fluent in Ruby, Elixir, Node.js, or similar', [['ruby', 'elixir', 'nodejs']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it('tools that are part of the everyday workflow are told, not asked', () => {
    expect(read('Harbourly | Engineer | Remote\n\nWe map tidal flows for harbours.\n\nCopilot/Cursor are part of our everyday workflow here.')).toEqual([]);
  });
  it('what to share when applying is not asked', () => {
    expect(read('Harbourly | Engineer | Remote\n\nWe map tidal flows for harbours. Please also share anything you have built, e.g. a Rust crate, a Go CLI, or a blog post.')).toEqual([]);
  });
});

describe('a posting with no headings: what the team chose, what customers pick, what the product does, a liking (issue #12, s24)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  const post = (s: string) => `Quaymark | Platform Engineer | Remote\n\nWe schedule cargo cranes. ${s}\n\nWrite to jobs@quaymark.test`;
  it.each([
    'We settled on Elixir after trying Go or Rust, and we switched from Jenkins to Buildkite or Drone in 2024.',
    'We went with Svelte instead of React or Vue for the dashboard.',
    'Tenants can pick MySQL or Postgres for their own reporting copy.',
    'The engine talks to Kafka, Pulsar or NATS out of the box.',
    'Think of it as Airflow or Dagster, but for cranes.',
    'We do not care whether you have used Kotlin or Swift before.',
    'If you love Haskell or OCaml, you will feel at home in our codebase.',
  ])('%s', (s) => expect(read(post(s))).toEqual([]));
  it('a choice asked beside them still counts', () => {
    expect(read(post('You should know Terraform or Pulumi well.'))).toEqual([['terraform', 'pulumi']]);
  });
});

describe('two choices in one list, a role named before its stack (issue #12, s24)', () => {
  it.each([
    ['Comfortable in Elixir or Erlang and in Redis or Memcached', [['elixir', 'erlang'], ['redis', 'memcached']]],
    ['Ruby or Crystal, Docker, and Postgres or SQLite', [['ruby', 'crystal'], ['docker'], ['postgresql', 'sqlite']]],
    ['Either Swift or Kotlin, and either Rails or Django', [['swift', 'kotlin'], ['rails', 'django']]],
    // A comma before a later "or" (no "and" between) keeps the first choice going.
    ['Haskell or OCaml, F#, or Elm', [['haskell', 'ocaml', 'fsharp', 'elm']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups);
  it('"Data Scientist — pandas or Polars": the role is no field its stack stands for', () => {
    const got = read('Quaymark | Remote\n\n* Data Scientist — pandas or Polars, some SQL.\n\nEmail jobs@q.test');
    expect(got.filter((g) => g.length > 1)).toEqual([['pandas', 'polars']]);
  });
});

describe('"C/C++" alone is the two together (issue #12, s24)', () => {
  it.each([
    ['Firmware work in C/C++ on small microcontrollers', [['c'], ['cpp']]],
    ['Fluent in one of Go, C/C++, or Zig', [['go', 'c', 'cpp', 'zig']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('clouds named with a slash in a line that tells the stack (issue #12, s24)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).filter((i) => i.groups.some((g) => g.length > 1));
  it('"Infra: Azure/GCP" is a preferred pick of its own; the rest of the line asks nothing', () => {
    const got = read('Quaymark | Platform Engineer | Remote\n\nWe schedule cargo cranes.\n\nInfra: Terraform, Azure/GCP, Nomad.\n\nWrite to jobs@quaymark.test');
    expect(got.map((i) => [i.importance, i.groups])).toEqual([['preferred', [['azure', 'google-cloud']]]]);
  });
  it('other slash pairs in a stack line stay told, and so does a multi-cloud bracket or a customer’s cloud', () => {
    expect(read('Quaymark | Platform Engineer | Remote\n\nWe schedule cargo cranes.\n\nStack: Python/TypeScript, MariaDB/Postgres.\n\nWrite to jobs@quaymark.test')).toEqual([]);
    expect(read('Quaymark | Platform Engineer | Remote\n\nWe schedule cargo cranes.\n\nInfra: multi-cloud (GCP/Azure), Nomad.\n\nWrite to jobs@quaymark.test')).toEqual([]);
    expect(read('Quaymark | Platform Engineer | Remote\n\nWe schedule cargo cranes.\n\nOur customers deploy the agent on Azure/GCP.\n\nWrite to jobs@quaymark.test')).toEqual([]);
  });
});

describe('a pick heading over profiles of several sentences (issue #12, s24)', () => {
  const read = (text: string) => requirementItems(postingFromText(text), find, options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  it('each profile is read on its own, not merged into one pick', () => {
    const text =
      'Quaymark | Founding Engineers | Onsite\n\nWe schedule cargo cranes.\n\nWe need people with one or more of these profiles:\n\n' +
      '1) Firmware tinkerer -- You will bring up our boards. Experience with Zephyr or FreeRTOS.\n\n' +
      '2) Data lead -- You will own the pipeline. Experience with Dagster or Prefect.\n\nWrite to jobs@quaymark.test';
    const got = read(text);
    expect(got).toContainEqual(['dagster', 'prefect']);
    expect(got.some((g) => g.includes('dagster') && g.some((id) => id !== 'dagster' && id !== 'prefect'))).toBe(false);
  });
});

describe('what else counts, said after or before it (issue #12, s24)', () => {
  it.each([
    ['Solid Elixir — Erlang or Gleam also count', [['elixir', 'erlang', 'gleam']]],
    ['Mostly Svelte, though React experience transfers', [['svelte', 'react']]],
    ['Comfortable with Redis; Memcached experience is transferable', [['redis', 'memcached']]],
    ['Scala ideally, though strong Kotlin developers will do just as well', [['scala', 'kotlin']]],
    ['Preferably Haskell, but we would also consider seasoned OCaml folks', [['haskell', 'ocaml']]],
    // A second ask after "but" stays a second ask.
    ['Strong Elixir, but you will also need Terraform', [['elixir'], ['terraform']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('two names of one skill (issue #12, s24)', () => {
  it.each([
    // "multi-cloud or cross-cloud": the "or" joins two names of one skill, so the list before it is all needed.
    // ("… or cross-cloud migration" names another practice, cloud migration (s30): a pick, requirements-forms-3.test.ts.)
    ['RabbitMQ, Redis, multi-cloud or cross-cloud experience', [['rabbitmq'], ['redis'], ['multi-cloud']]],
    // After a comma the "or" closes a list of picks, whatever it joins.
    ['Background in statistics, data science, or data-science tooling', [['statistics', 'data-science']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('skills written as adjectives before the skill they qualify (issue #12, s24)', () => {
  it.each([
    // The choice reaches the qualified skill; the qualifiers may sit in it too.
    ['Deep Elixir and/or writing fault-tolerant, well-tested Erlang', [['elixir', 'erlang']]],
    ['Postgres or maintaining event-driven, low-latency Kafka pipelines', [['postgresql', 'kafka']]],
  ])('%s', (text, want) => {
    const got = groups(text).filter((g) => g.length > 1);
    expect(got.some((g) => want[0]!.every((id) => g.includes(id))), JSON.stringify(got)).toBe(true);
  });
});

describe('a cloud named as a kind before its vendors (issue #12, s24)', () => {
  it.each([
    ['Shipped on at least one big cloud platform (Azure, AWS or GCP)', [['cloud-computing', 'azure', 'aws', 'google-cloud']]],
    ['Comfortable on any of the hyperscalers: GCP, Azure, AWS', [['cloud-computing', 'google-cloud', 'azure', 'aws']]],
    // Vendors named with no kind before them: the pick is theirs alone.
    ['Hands-on Azure or GCP', [['azure', 'google-cloud']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

describe('a field, then the one named thing it would best be (issue #12, s24)', () => {
  it.each([
    ['Hands-on with message brokers, ideally NATS', [['message-queues', 'nats']]],
    ['Experience with data warehouses, preferably Snowflake', [['data-warehousing', 'snowflake']]],
    // A language and its framework is a stack, not a field and an example.
    ['Ruby, ideally Rails', [['ruby'], ['rails']]],
  ])('%s', (text, want) => expectGroups(text, want as string[][]));
});

// Forms mined from the postings one may tune on (test/tools/mine-anyof.ts, issue #12, s27); every sentence here is new.
describe('a comma list closed by ", or" and a long option the taxonomy does not know (s27)', () => {
  it.each([
    ['Edtech, fintech, healthcare, or public sector procurement work is a bonus.', [['edtech', 'fintech']]],
    ['Kafka, Pulsar, or some homegrown queue you kept alive through a holiday peak', [['kafka', 'pulsar']]],
  ])('%s', (text, want) => expectGroups(text, want));
  // An "and" list stays all-of, whatever follows it.
  it('an "and" list then a clause', () => expectGroups('Kafka, Pulsar, and the patience to debug them', [['kafka'], ['pulsar']]));
});

describe('a name whose own capitalised words the taxonomy does not hold, mid-list (s27)', () => {
  it.each([
    ['Jenkins Pipelines, Drone Runners, or Buildkite Agents', [['jenkins', 'buildkite']]],
    ['Snowflake Cortex, BigQuery Omni, or Redshift', [['snowflake', 'bigquery', 'redshift']]],
  ])('%s', (text, want) => expectGroups(text, want));
  // A role after a skill is no part of its name.
  it('a role', () => expectGroups('Python Developer, Go or Rust', [['python'], ['go', 'rust']]));
});

describe('a skill and the noun it heads, then a comma, in a list closed by ", or" (s27)', () => {
  it.each([
    ['Postgres replication, Kafka, or Redis', [['postgresql', 'kafka', 'redis']]],
    ['Shipped Rust firmware, Zig tooling, or C drivers', [['rust', 'zig', 'c']]],
  ])('%s', (text, want) => {
    const got = groups(text).filter((g) => g.length > 1);
    expect(got.some((g) => want[0]!.every((id) => g.includes(id))), JSON.stringify(got)).toBe(true);
  });
  // Not a word that says how it is asked, and not a list closed by "and".
  it.each([
    ['Python experience, Kafka or Pulsar a plus', [['python'], ['kafka', 'pulsar']]],
    ['Python required, Go or Rust nice to have', [['python'], ['go', 'rust']]],
    ['Terraform modules, Helm charts, and Ansible', [['terraform'], ['helm'], ['ansible']]],
  ])('%s', (text, want) => expectGroups(text, want));
});

describe('brackets of what is used: parts, and a slash pair as a pick of its own (s27)', () => {
  it.each([
    // The skill's own name says what the bracket covers.
    ['Solid networking fundamentals (BGP, DNS, TCP)', [['bgp'], ['dns'], ['tcp-ip']]],
    // Things of different kinds are all used; the slash pair among them is a pick.
    ['Modern data tooling (SQL, Spark/Flink, Airflow)', [['sql'], ['apache-spark', 'flink'], ['airflow']]],
    // A name and the same name lengthened, with a slash, is one thing.
    ['Comfort with HTTP/HTTPS and WebSockets', [['http'], ['tls'], ['websockets']]],
  ])('%s', (text, want) => expectGroups(text, want));
  it('a lengthened name in a choice stays in it', () => {
    const got = groups('Experience with HTTP/HTTPS or gRPC').filter((g) => g.length > 1);
    expect(got.some((g) => g.includes('http') && g.includes('grpc')), JSON.stringify(got)).toBe(true);
  });
});

describe('a bracket joined by "and" alone lists what is used together (s27)', () => {
  it.each([
    ['Ship whole features (Go + React) on your own', [['go'], ['react']]],
    ['Reporting chops (SQL & Python)', [['sql'], ['python']]],
    ['Owns the service layer (Elixir and Postgres)', [['elixir'], ['postgresql']]],
    // A slash pair in it is read as anywhere else.
    ['Builds pipelines (SQL + Spark/Flink) for the analysts', [['sql'], ['apache-spark', 'flink']]],
  ])('%s', (text, want) => expectGroups(text, want));
  it.each([
    // A cue still makes the bracket a pick, and commas make it a list of examples.
    ['Deep experience with a major cloud (AWS and GCP count)', [['aws', 'google-cloud']]],
    ['Hands-on with cloud platforms (AWS, GCP, and Azure)', [['aws', 'google-cloud', 'azure']]],
  ])('%s', (text, want) => {
    const got = groups(text).filter((g) => g.length > 1);
    expect(got.some((g) => want[0]!.every((id) => g.includes(id))), JSON.stringify(got)).toBe(true);
  });
});

describe('a named thing, then any other of the kind it is (s27)', () => {
  it.each([
    ['Running Ceph or another distributed file system', [['ceph', 'storage-systems']]],
    ['ZFS or a similar modern storage system in production', [['zfs', 'storage-systems']]],
  ])('%s', (text, want) => expectGroups(text, want));

  it('not when the kind is not what the first thing is', () => {
    expect(groups('Python or another backend framework').filter((g) => g.length > 1)).toEqual([]);
  });
});

describe('"all of" before a field named with its examples (s27)', () => {
  it('every one is needed: "all of the major cloud providers (GCP, AWS, Azure)"', () => {
    expect(groups('Deploy on all of the major cloud providers (GCP, AWS, Azure)').filter((g) => g.length > 1)).toEqual([]);
    expectGroups('Experience with one of the major cloud providers (GCP, AWS, Azure)', [['google-cloud', 'aws', 'azure']]);
  });
});

describe('a skill, then "and a <kind> (A, B, or C)" (s27)', () => {
  it('the skill is asked; the bracket is a pick of the kind, whatever word names it', () => {
    expectGroups('Hands-on with dbt and an orchestrator (Airflow, Prefect, or Dagster)', [['dbt'], ['airflow', 'prefect', 'dagster']]);
    expectGroups('Kafka and a collector (Vector, Fluent Bit, or Logstash)', [['kafka'], ['vector-dev', 'fluent-bit', 'logstash']]);
  });
});
