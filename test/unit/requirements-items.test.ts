import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import type { Posting, SectionKind } from '../../lib/posting/types';
import { requirementItems, skillGroups } from '../../lib/requirements/items';
import type { SkillSpan } from '../../lib/requirements/types';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Every sentence here was written for these tests; none comes from a real posting.
const { matcher, taxonomy } = bundled();
const find = (text: string) => findSkills(matcher, text);
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
const groups = (text: string) => skillGroups(text, find, options);
const posting = (...sections: Array<[SectionKind, string]>): Posting => {
  let offset = 0;
  return {
    site: 'text',
    url: '',
    title: 'Engineer',
    company: 'Example',
    location: '',
    sections: sections.map(([kind, text]) => {
      const s = { kind, heading: kind, text, offset };
      offset += text.length + 20;
      return s;
    }),
  };
};
const items = (...sections: Array<[SectionKind, string]>) => requirementItems(posting(...sections), find, options);

describe('any-of groups', () => {
  it.each([
    ['Python or Go for tooling', [['python', 'go']]],
    ['Either Rust or C++ in production', [['rust', 'cpp']]],
    ['Kubernetes and Terraform', [['kubernetes'], ['terraform']]],
    ['Experience with Kubernetes and one of AWS, GCP or Azure', [['kubernetes'], ['aws', 'google-cloud', 'azure']]],
    ['At least one of PostgreSQL, MySQL or SQLite', [['postgresql', 'mysql', 'sqlite']]],
    ['One or more of Terraform, Pulumi, CloudFormation', [['terraform', 'pulumi', 'cloudformation']]],
    ['Streaming platforms such as Kafka or Kinesis', [['kafka', 'kinesis']]],
    ['Streaming platforms such as Kafka and Kinesis', [['kafka', 'kinesis']]],
    ['A scripting language, e.g. Python, Ruby', [['python', 'ruby']]],
    // The field named before its examples (typed languages) is met by any of them, or by itself.
    ['Typed languages like Java, Kotlin or Scala', [['statically-typed-languages', 'java', 'kotlin', 'scala']]],
    ['Hands-on time with AWS/GCP/Azure', [['aws', 'google-cloud', 'azure']]],
    // The kind before the vendors ("a major cloud") is met by any cloud too, as after "cloud platforms (…)" (s24).
    ['Deploying to a major cloud (AWS, GCP or Azure)', [['cloud-computing', 'aws', 'google-cloud', 'azure']]],
    ['Deploying to a major cloud (AWS, GCP, Azure)', [['cloud-computing', 'aws', 'google-cloud', 'azure']]],
    // The field named before its examples is met by any of them, or by itself.
    ['Running CI pipelines (e.g. Jenkins, GitHub Actions, or similar)', [['ci-cd', 'jenkins', 'github-actions']]],
    ['Ansible, Chef, or a comparable tool', [['ansible', 'chef']]],
    ['Puppet or another configuration management tool', [['puppet', 'configuration-management']]],
    ['Java or similar (Kotlin, Scala)', [['java', 'kotlin', 'scala']]],
    ['Python and Go or Rust', [['python'], ['go', 'rust']]],
    ['Go, or experience with Kubernetes', [['go', 'kubernetes']]],
    ['Strong Go (or Rust) required', [['go', 'rust']]],
    ['Strong TypeScript and MySQL (or another relational database)', [['typescript'], ['mysql', 'relational-databases']]],
    ['Either frontend (Vue/Svelte) or backend (Django/PostgreSQL) work', [['vue', 'svelte', 'django', 'postgresql']]],
    ['Modern stacks (preferably Kotlin, Swift, Dart)', [['kotlin', 'swift', 'dart']]],
    ['Some of our tools are Terraform, Helm and Vault', [['terraform'], ['helm'], ['hashicorp-vault']]],
    ['Python; knowledge of Spark, Flink, etc. is not needed', [['python']]],
    ['Python and experience with Kubernetes or Nomad', [['python'], ['kubernetes', 'nomad']]],
    ['Experience with Redis, a document store, or Cassandra', [['redis', 'cassandra']]],
    ['Docker, Kubernetes and Helm', [['docker'], ['kubernetes'], ['helm']]],
    // A field named just before its examples joins them: any example, or the field itself, meets it.
    ['Ledger systems on a relational database, e.g. MySQL or MariaDB', [['relational-databases', 'mysql', 'mariadb']]],
    ['Containers (Docker/Podman) and Kubernetes', [['containers', 'docker', 'podman'], ['kubernetes']]],
    ['Experience with an observability stack like Grafana, Datadog, or Honeycomb', [['observability', 'grafana', 'datadog', 'honeycomb']]],
    ['Experience with one or more cloud platforms: AWS, GCP, or Azure', [['cloud-computing', 'aws', 'google-cloud', 'azure']]],
    // … but a named language or cloud before examples stays needed on its own.
    ['Python libraries such as NumPy or Polars', [['python'], ['numpy', 'polars']]],
    ['AWS (Lambda, DynamoDB)', [['aws'], ['aws-lambda'], ['dynamodb']]],
    ['Proficient in one or more languages: Go, Java, Python', [['go', 'java', 'python']]],
    ['Solid Django (or comparable frameworks such as Flask)', [['django', 'flask']]],
    ['UI libraries such as React, Vue, or Angular, and TypeScript', [['react', 'vue', 'angular'], ['typescript']]],
    ['Numeric libraries (NumPy, Statsmodels, SciPy)', [['numpy', 'statsmodels', 'scipy']]],
    ['Comfortable in Ruby, Elixir, Go -- whatever you like best', [['ruby', 'elixir', 'go']]],
    ['Docker/Kubernetes in production', [['docker'], ['kubernetes']]],
    ['Fluent in C# or Java, plus SQL', [['c-sharp', 'java'], ['sql']]],
    ['Solid SQL and one of Snowflake, BigQuery or Redshift', [['sql'], ['snowflake', 'bigquery', 'redshift']]],
    ['Strong Java skills, and Spring Boot or Quarkus', [['java'], ['spring-boot', 'quarkus']]],
    ['Deep knowledge of OAuth, SAML, FIDO or similar protocols', [['oauth', 'sso', 'authentication']]],
    ["We're flexible, but think Rust / C++ / Go / Kotlin", [['rust', 'cpp', 'go', 'kotlin']]],
    ["You know PostgreSQL (or you've used MySQL a lot)", [['postgresql', 'mysql']]],
    ['Kotlin preferred, Java fine', [['kotlin', 'java']]],
    ['Python, Rust, Go. Whatever you are comfortable in, we just want to see you ship.', [['python', 'rust', 'go']]],
    ['Deep knowledge of one of the following: React (hooks, Redux), Vue, or Svelte.', [['react', 'redux', 'vue', 'svelte']]],
    // An "and" after the choice ends it, cue or not.
    ['Working knowledge of Postgres or MySQL and Redis', [['postgresql', 'mysql'], ['redis']]],
    ['Strong skills in C++ or Rust, and Linux', [['cpp', 'rust'], ['linux']]],
    ['Experience with PyTorch, JAX, or TensorFlow, and CUDA', [['pytorch', 'jax', 'tensorflow'], ['cuda']]],
    // … and so does a comma after it with no "or" to follow, outside a bracket that goes on with it.
    ['Ideal: Go or Rust, Postgres, some React', [['go', 'rust'], ['postgresql'], ['react']]],
    ['AWS, GCP or Azure, Terraform, and Helm', [['aws', 'google-cloud', 'azure'], ['terraform'], ['helm']]],
    ['Python or Go, Rust, or Zig', [['python', 'go', 'rust', 'zig']]],
    ['Strong in: Kotlin or similar (Java, Scala, C#)', [['kotlin', 'java', 'scala', 'c-sharp']]],
    ['Either Node.js or Java Spring Boot for services', [['nodejs', 'java', 'spring-boot']]],
    // "including" gives examples when they are named things of one kind, else it lists a whole's parts.
    // (the field, a skill since stop 19, joins the choice, as "a CI system — Jenkins…" below does)
    ['Hands-on with document databases, including MongoDB and Couchbase', [['databases', 'mongodb', 'couchbase']]],
    ['Know the basics, including caching and concurrency', [['caching'], ['concurrency']]],
    // One thing asked, then a list of one kind to pick it from.
    ['Comfortable with a CI system — Jenkins, Buildkite, CircleCI', [['ci-cd', 'jenkins', 'buildkite', 'circleci']]],
    ['A statically typed language (think Go, Kotlin, Swift)', [['statically-typed-languages', 'go', 'kotlin', 'swift']]],
    // (The platform is one of the options: any JVM language will do, Java too, s30.)
    ['Any JVM language: Kotlin, Scala, Clojure', [['jvm', 'kotlin', 'scala', 'clojure']]],
    ['Preferably Rust, but Go is fine too', [['rust', 'go']]],
    ['Shipped apps on iOS (Swift) or Android (Kotlin)', [['ios', 'swift', 'android', 'kotlin']]],
    ["You'd be one of three engineers on Elixir and Postgres", [['elixir'], ['postgresql']]],
    ['Python/SQL for reporting', [['python'], ['sql']]],
    ['Either solid Kotlin or solid Swift', [['kotlin', 'swift']]],
    ['Flutter or native (Swift/Kotlin) apps', [['flutter', 'swift', 'kotlin']]],
    // A last choice the taxonomy does not know, written as a name, still makes a choice of the list.
    ['Hands-on time with Kafka, Pulsar, or Fluvio is a must', [['kafka', 'pulsar']]],
    // A short stretch with an "or" between two skills, and choices written across clauses.
    ['You bring either deep Ansible experience or strong Chef skills', [['ansible', 'chef']]],
    ['Fluent in Haskell — or, failing that, OCaml', [['haskell', 'ocaml']]],
    ['Either you have run Cassandra at scale, or you have tuned ScyllaDB', [['cassandra', 'scylladb']]],
    ['Swift (Objective-C also welcome)', [['swift', 'objective-c']]],
    ['Terraform, though Pulumi works too', [['terraform', 'pulumi']]],
    ['We deploy with Helm; Kustomize experience is also fine', [['helm', 'kustomize']]],
    // … but not a wish for more ("Go is a plus"), nor "or similar" before a field.
    ['Strong Python; Go is a plus', [['python'], ['go']]],
    ['Background in computer vision research or signal processing work', [['computer-vision'], ['signal-processing']]],
    ['Experience with a public cloud (ideally AWS, GCP)', [['cloud-computing', 'aws', 'google-cloud']]],
    // An aside in brackets between two items does not end the list.
    ['Python (3.11+), Go (1.22+), or Rust', [['python', 'go', 'rust']]],
    ['AWS (we are on it), and Terraform', [['aws'], ['terraform']]],
    // Words after a list that leave the pick to the candidate.
    // (Since session 31 the taxonomy knows systems programming, "a systems language" among its forms: it is an option too.)
    ['Knowledge of Go, Rust or any systems language', [['go', 'rust', 'systems-programming']]],
    ["You've used Kafka, Pulsar, Kinesis or something similar", [['kafka', 'pulsar', 'kinesis']]],
    ['Experience in Python, Go, Rust — any is fine', [['python', 'go', 'rust']]],
    ['Languages: Python, Go, Java (any)', [['python', 'go', 'java']]],
    ["Vue, React, Svelte — we don't mind which", [['vue', 'react', 'svelte']]],
    ['C#, Java, Go: pick one', [['c-sharp', 'java', 'go']]],
    // "all of", "both" and a stack's parts in brackets: every one is needed.
    // "Cloud providers" is cloud computing, which each of the three implies: it asks nothing more.
    ['We deploy to all of the major cloud providers (GCP, AWS, Azure)', [['cloud-computing'], ['google-cloud'], ['aws'], ['azure']]],
    ['Experience with our GCP stack (GKE, Cloud SQL, Cloud Run)', [['google-cloud'], ['gke'], ['cloud-sql'], ['cloud-run']]],
    ['Deep proficiency in Go and the modern data stack (Kafka, Flink, dbt)', [['go'], ['kafka'], ['flink'], ['dbt']]],
  ])('%s', (text, want) => {
    expect(groups(text)).toEqual(want);
  });

  it('a slash between a language and its framework is a stack, not a choice', () => {
    expect(groups('Python/Django services')).toEqual([['python'], ['django']]);
    expect(groups('JavaScript/TypeScript')).toEqual([['javascript', 'typescript']]);
    expect(groups('system design/API design')).toEqual([['system-design'], ['api-design']]);
    // Fields named as common nouns joined by a slash are one compound area, not a choice.
    expect(groups('Practical LLM/agent frameworks work')).toEqual([['llm'], ['agent-frameworks']]);
    expect(groups('Knowledge of IAM/cloud security')).toEqual([['iam'], ['cloud-security']]);
    expect(groups('Kotlin/Java/Scala backend')).toEqual([['kotlin', 'java', 'scala']]);
  });

  it("a cloud's own services in brackets are parts of it, all needed", () => {
    expect(groups('AWS (EC2, S3, Lambda)')).toEqual([['aws'], ['ec2'], ['s3'], ['aws-lambda']]);
    expect(groups('Experience with AWS services (Lambda, SQS, DynamoDB)')).toEqual([['aws'], ['aws-lambda'], ['sqs'], ['dynamodb']]);
    // After a role, a bracket of several kinds is the role's stack; of one kind, a choice.
    expect(groups('Hiring a platform engineer (Rust, Postgres, NATS)')).toEqual([['platform-engineering'], ['rust'], ['postgresql'], ['nats']]);
    expect(groups('Seasoned mobile developers (iOS, Android)')).toEqual([['mobile-development', 'ios', 'android']]);
  });

  it('a skill named alone and again among choices keeps the choice', () => {
    expect(groups('We write Rust; you bring Rust, Go or C++.')).toEqual([['rust', 'go', 'cpp']]);
  });

  it('"would like" is not an example cue', () => {
    expect(groups('We would like Python and Go experience')).toEqual([['python'], ['go']]);
  });

  it('works with any findSkills: the groups follow the words between mentions', () => {
    const fake = (text: string): SkillSpan[] =>
      ['alpha', 'beta', 'gamma'].flatMap((w) => {
        const i = text.indexOf(w);
        return i < 0 ? [] : [{ skillId: w, start: i, end: i + w.length }];
      });
    expect(skillGroups('alpha and beta or gamma', fake)).toEqual([['alpha'], ['beta', 'gamma']]);
    expect(skillGroups('alpha, beta and gamma', fake)).toEqual([['alpha'], ['beta'], ['gamma']]);
    expect(skillGroups('alpha/beta/gamma', fake)).toEqual([['alpha', 'beta', 'gamma']]);
  });
});

describe('requirement items', () => {
  it('each bullet and sentence of the requirements and preferred parts, nothing else', () => {
    const got = items(
      ['about', 'We use Python and Go. Founded 10 years ago.'],
      ['requirements', '- 5+ years of Python\n- Experience with Kubernetes and one of AWS, GCP or Azure'],
      ['preferred', '• Rust or Go. Terraform is nice too.'],
      ['benefits', 'Visa sponsorship available.'],
    );
    expect(got.map((i) => [i.text, i.importance, i.kind, i.groups, i.years])).toEqual([
      ['5+ years of Python', 'required', 'years', [['python']], { min: 5, max: null }],
      ['Experience with Kubernetes and one of AWS, GCP or Azure', 'required', 'skills', [['kubernetes'], ['aws', 'google-cloud', 'azure']], null],
      ['Rust or Go.', 'preferred', 'skills', [['rust', 'go']], null],
      ['Terraform is nice too.', 'preferred', 'skills', [['terraform']], null],
    ]);
  });

  it('two spans of years in one line are two asks, each of its own clause\'s skills; a clause after them asks its skills with no years', () => {
    const got = items([
      'requirements',
      [
        '- 7+ years building backend services, including 4+ years with Kubernetes.',
        '- 6 years of Java and at least 2 years with Kotlin',
        '- 8+ years in data engineering, 3+ years running Spark clusters, strong SQL',
        '- 5+ years of experience, 2+ of them in a lead role',
      ].join('\n'),
    ]);
    expect(got.map((i) => [i.text, i.kind, i.groups, i.years?.min ?? null])).toEqual([
      ['7+ years building backend services', 'years', [], 7],
      ['4+ years with Kubernetes.', 'years', [['kubernetes']], 4],
      ['6 years of Java', 'years', [['java']], 6],
      ['at least 2 years with Kotlin', 'years', [['kotlin']], 2],
      ['8+ years in data engineering', 'years', [['data-engineering']], 8],
      ['3+ years running Spark clusters', 'years', [['apache-spark']], 3],
      ['strong SQL', 'skills', [['sql']], null],
      // The second span names no skill: a detail of the first.
      ['5+ years of experience, 2+ of them in a lead role', 'years', [], 5],
    ]);
    // Each part's offsets point at its own text.
    const p = posting(['requirements', '- 7+ years building backend services, including 4+ years with Kubernetes.']);
    const [a, b] = requirementItems(p, find, options);
    const description = p.sections[0]!.text;
    expect(description.slice(a!.start, a!.end)).toBe(a!.text);
    expect(description.slice(b!.start, b!.end)).toBe(b!.text);
  });

  it('a wish in a bracket wishes for the bracket\'s skills only; a bracket that is only the wish makes the line a wish', () => {
    const got = items([
      'requirements',
      [
        '- Comfortable with Elixir (Erlang is a plus)',
        '- 4+ years of Ruby (Sorbet preferred)',
        '- Terraform (preferred)',
        '- Active Secret clearance (TS/SCI preferred)',
        '- BS in Physics (MS preferred)',
      ].join('\n'),
    ]);
    expect(got.map((i) => [i.text, i.importance, i.kind, i.groups, i.degree?.required ?? null])).toEqual([
      ['Comfortable with Elixir (Erlang is a plus)', 'required', 'skills', [['elixir']], null],
      ['Erlang is a plus', 'preferred', 'skills', [['erlang']], null],
      ['4+ years of Ruby (Sorbet preferred)', 'required', 'years', [['ruby']], null],
      ['Sorbet preferred', 'preferred', 'skills', [['sorbet']], null],
      ['Terraform (preferred)', 'preferred', 'skills', [['terraform']], null],
      ['Active Secret clearance (TS/SCI preferred)', 'required', 'clearance', [], null],
      ['BS in Physics (MS preferred)', 'required', 'degree', [], true],
    ]);
    const p = posting(['requirements', '- Comfortable with Elixir (Erlang is a plus)']);
    const wish = requirementItems(p, find, options)[1]!;
    expect(p.sections[0]!.text.slice(wish.start, wish.end)).toBe(wish.text);
  });

  it('clauses of a line asked differently are items of their own; a clause said not to be needed asks nothing', () => {
    const got = items([
      'requirements',
      [
        '- Comfortable with Podman; Nomad knowledge is nice to have',
        '- Good English; Dutch is not required',
        '- Elixir required, Erlang a plus.',
        '- Kafka is a plus; Flink too.',
      ].join('\n'),
    ]);
    expect(got.map((i) => [i.text, i.importance, i.kind, i.groups])).toEqual([
      ['Comfortable with Podman', 'required', 'skills', [['podman']]],
      ['Nomad knowledge is nice to have', 'preferred', 'skills', [['nomad']]],
      ['Good English', 'required', 'language', []],
      ['Elixir required', 'required', 'skills', [['elixir']]],
      ['Erlang a plus.', 'preferred', 'skills', [['erlang']]],
      ['Kafka is a plus; Flink too.', 'preferred', 'skills', [['kafka'], ['flink']]],
    ]);
  });

  it('a clearance said not to be needed asks nothing', () => {
    const got = items(['requirements', '- Linux and shell scripting\n- Security clearance is not needed\n- An active Secret clearance']);
    expect(got.map((i) => [i.text, i.kind])).toEqual([
      ['Linux and shell scripting', 'skills'],
      ['An active Secret clearance', 'clearance'],
    ]);
  });

  it('a skill said to be welcome but not needed is a wish, not dropped and not required', () => {
    const got = items(['requirements', '- Elixir experience is helpful, not required\n- Terraform is welcome but not necessary\n- Haskell is not required']);
    expect(got.map((i) => [i.text, i.importance, i.groups])).toEqual([
      ['Elixir experience is helpful, not required', 'preferred', [['elixir']]],
      ['Terraform is welcome but not necessary', 'preferred', [['terraform']]],
    ]);
  });

  it('a sentence goes on inside brackets, whatever abbreviation stands there', () => {
    const got = items(['requirements', '- Shipping services on a public cloud (eg. AWS or Azure) and keeping them cheap\n- Comfort with SQL (ie. Postgres. MySQL would do too)']);
    expect(got.map((i) => i.text)).toEqual([
      'Shipping services on a public cloud (eg. AWS or Azure) and keeping them cheap',
      'Comfort with SQL (ie. Postgres. MySQL would do too)',
    ]);
    expect(got[0]!.groups).toContainEqual(expect.arrayContaining(['aws', 'azure']));
  });

  it('a link alone and an invitation that tells the work ask nothing', () => {
    const got = items([
      'requirements',
      [
        '- Go and Postgres in production',
        '[2] https://example.org/talks/our-event-store',
        'If you want to work on a ledger that moves real money with Rust and Kafka, consider applying!',
        'If you want to build in Elixir or Gleam, write to us.',
      ].join('\n'),
    ]);
    expect(got.map((i) => i.text)).toEqual(['Go and Postgres in production', 'If you want to build in Elixir or Gleam, write to us.']);
  });

  it('prose below a section’s list asks only when it says so to the candidate, never when it tells what the candidate gets', () => {
    const got = items([
      'preferred',
      [
        '• Terraform modules you wrote yourself',
        '• A taste for small, boring releases',
        '',
        'Pay for this job is set by region and level and includes a base and stock.',
        'The figures shown are a band for new hires, not a promise.',
        'You’ll also get a yearly budget for books and conferences.',
        'You should be happy to join the on-call rotation after your first quarter.',
      ].join('\n'),
    ]);
    expect(got.map((i) => i.text)).toEqual([
      'Terraform modules you wrote yourself',
      'A taste for small, boring releases',
      'You should be happy to join the on-call rotation after your first quarter.',
    ]);
    // Without a list above it, a sentence of a requirements part is an item as before.
    expect(items(['requirements', 'A taste for small, boring releases.']).map((i) => i.text)).toEqual(['A taste for small, boring releases.']);
  });

  it.each([
    ['3-5 years of experience in a product team', { min: 3, max: 5 }, []],
    ['At least three years with Go', { min: 3, max: null }, [['go']]],
    ['3+ years with Go or Rust', { min: 3, max: null }, [['go', 'rust']]],
    ['Minimum of 4 years of professional experience', { min: 4, max: null }, []],
    ['6+ years running production Linux fleets', { min: 6, max: null }, [['linux']]],
  ])('years: %s', (text, years, g) => {
    const [item] = items(['requirements', text]);
    expect(item).toMatchObject({ kind: 'years', years, groups: g });
  });

  it('a company age inside a requirement is not years asked', () => {
    const [item] = items(['requirements', 'Join a team with 50 years of combined experience in Kafka']);
    expect(item).toMatchObject({ kind: 'skills', years: null, groups: [['kafka']] });
  });

  it('degree, clearance, authorisation and language items', () => {
    const got = items([
      'requirements',
      [
        'BS in Computer Science or equivalent experience',
        'Active TS/SCI clearance',
        'Must be authorized to work in the US without sponsorship',
        'Fluent German and English',
        'A love of well-written tickets and calm on-call weeks', // no taxonomy words needed for "other"
      ].join('\n'),
    ]);
    expect(got.map((i) => i.kind)).toEqual(['degree', 'clearance', 'authorization', 'language', got[4]!.groups.length ? 'skills' : 'other']);
    expect(got[0]!.degree).toEqual({ level: 'bachelor', required: true, fields: ['Computer Science'], equivalentExperience: true });
  });

  it('an authorisation asked beside skills: the skills keep their item, the clause is an item of its own', () => {
    const description = 'Intro line\n\nRequirements:\n- Go and Postgres, EU citizenship (for the grant), and calm on-call habits\n';
    const got = requirementItems(postingFromText(description), find, options);
    expect(got.map((i) => [i.kind, i.groups, description.slice(i.start, i.end)])).toEqual([
      ['skills', [['go'], ['postgresql'], ['on-call']], 'Go and Postgres, EU citizenship (for the grant), and calm on-call habits'],
      ['authorization', [], 'EU citizenship (for the grant)'],
    ]);
  });

  it('"a plus" in the requirements makes one item preferred', () => {
    const got = items(['requirements', 'Strong Python\nExperience with Rust is a plus']);
    expect(got.map((i) => i.importance)).toEqual(['required', 'preferred']);
  });

  it('offsets point into the description', () => {
    const description = 'Intro line\n\nRequirements:\n- Python or Go\n- Kubernetes\n';
    const p = postingFromText(description);
    const got = requirementItems(p, find, options);
    expect(got.map((i) => description.slice(i.start, i.end))).toEqual(['Python or Go', 'Kubernetes']);
  });

  it('a choice header and its bullets are one item with one group; the list ends where the bullets change', () => {
    const got = items([
      'requirements',
      [
        '- Shipped production code in at least one of:',
        '  - Go',
        '  - Rust',
        '  - Kotlin',
        '- Docker and Kubernetes',
        '* Hands-on time with a warehouse such as:',
        '* Snowflake',
        '* BigQuery',
        '* Fluent Spanish',
      ].join('\n'),
    ]);
    expect(got.map((i) => [i.text.split('\n').length, i.kind, i.groups])).toEqual([
      [4, 'skills', [['go', 'rust', 'kotlin']]],
      [1, 'skills', [['docker'], ['kubernetes']]],
      [3, 'skills', [['snowflake', 'bigquery']]],
      [1, 'language', []],
    ]);
  });

  it('a list broken across two lines is read as one', () => {
    const got = items(['requirements', 'You have deployed to AWS, GCP,\nor Azure, and you write Terraform.\nA calm head during incidents.']);
    expect(got[0]!.groups).toEqual([['aws', 'google-cloud', 'azure'], ['terraform']]);
    expect(got).toHaveLength(2);
  });

  it('beside a requirements heading, a sentence under no known heading that says who is sought is read too', () => {
    const got = items(['other', 'We build tax software. We are seeking engineers with solid Elixir, Erlang, or Gleam experience.'], ['requirements', '- Postgres']);
    expect(got.map((i) => i.groups)).toEqual([[['elixir', 'erlang', 'gleam']], [['postgresql']]]);
  });

  it('how to apply is not a requirement', () => {
    const got = items(['requirements', '- Go or Rust\n- Send us your GitHub or GitLab profile with a short note']);
    expect(got.map((i) => i.groups)).toEqual([[['go', 'rust']]]);
  });

  it('a posting with no headings: only the sentences that ask something', () => {
    const p = postingFromText('Acme | Engineer | Remote\n\nWe make tools for bakers. Our stack: Python, Go. You have experience with Kafka or Pulsar. We have a nice office.');
    const got = requirementItems(p, find, options);
    expect(got.map((i) => i.groups)).toEqual([[['kafka', 'pulsar']]]);
  });
});
