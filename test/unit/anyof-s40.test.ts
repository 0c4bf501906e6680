import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { termPattern } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 40 (issue #12): how a careful reader reads a choice of skills, one class of wording at a time. Every sentence
// here was written for these tests; none comes from a real posting. The wanted groups were decided before the code read
// the sentences.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** The groups of two options or more the checklist gives for one line under "Requirements:". */
const choicesOf = (line: string): string[][] => {
  const posting = postingFromText(`Acme | Backend Engineer | Remote\n\nRequirements:\n- ${line}\n- Clear written communication\n`);
  return requirementItems(posting, askedFinder(engine, posting), options)
    .flatMap((i) => i.groups)
    .filter((g) => g.length > 1);
};
/** Whether one group holds every id wanted (it may hold the field the examples are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));

describe('each wording of a choice gives one group of its options', () => {
  it.each([
    // "or", a slash between two of a kind
    ['Has shipped web apps with Django or Rails', ['django', 'rails']],
    ['You know PHP, Ruby or Elixir well enough to own a service', ['php', 'ruby', 'elixir']],
    ['Solid Postgres/MySQL tuning experience', ['postgresql', 'mysql']],
    // examples after "such as", "e.g.", "like"
    ['Experience running a message queue such as RabbitMQ, NATS or SQS', ['rabbitmq', 'nats', 'sqs']],
    ['Knowledge of columnar warehouses such as Snowflake, BigQuery and Redshift', ['snowflake', 'bigquery', 'redshift']],
    ['Familiar with an infrastructure-as-code tool (e.g. Terraform, Pulumi)', ['terraform', 'pulumi']],
    ['Worked with a NoSQL store, e.g. DynamoDB, MongoDB or Cassandra', ['dynamodb', 'mongodb', 'cassandra']],
    ['You have built services in a typed language like Go, Kotlin or Scala', ['go', 'kotlin', 'scala']],
    ['Know a CI service like Jenkins or CircleCI inside out', ['jenkins', 'circleci']],
    // "one of", "at least one of", "one or more of", "either … or", "and/or"
    ['Deep knowledge of one of Java, C# or Go', ['java', 'c-sharp', 'go']],
    ['Production experience with at least one of: Snowflake, BigQuery, Redshift', ['snowflake', 'bigquery', 'redshift']],
    ['Fluency in one or more of Spark, Flink and Beam', ['apache-spark', 'flink', 'apache-beam']],
    ['Familiarity with one or more of the following: Vue, Svelte, Angular', ['vue', 'svelte', 'angular']],
    ['Either Elixir or Erlang in production', ['elixir', 'erlang']],
    ['Strong in either React Native or Flutter', ['react-native', 'flutter']],
    ['Python and/or Go experience', ['python', 'go']],
    // an open end, a kind with its instances
    ['Datadog, Grafana, or similar observability tooling', ['datadog', 'grafana']],
    ['Airflow, Dagster or a similar orchestrator', ['airflow', 'dagster']],
    ['Hands-on time on any major cloud (AWS, GCP, Azure)', ['aws', 'google-cloud', 'azure']],
    ['Experience deploying to a public cloud provider: AWS, Azure or GCP', ['aws', 'azure', 'google-cloud']],
    ['Experience with relational databases (Postgres, MySQL)', ['postgresql', 'mysql']],
    ['Shipped web apps (React, Vue) to production', ['react', 'vue']],
    ['Strong SQL (Postgres or MySQL)', ['postgresql', 'mysql']],
    ['Go or Rust experience is a plus', ['go', 'rust']],
    ['Any of Vue, React or Svelte is fine', ['vue', 'react', 'svelte']],
    // "whatever" / "whichever" and the kind the candidate picks, then its instances
    ['Whatever frontend framework you like best: React, Vue, Svelte', ['react', 'vue', 'svelte']],
    ['Whichever cloud your last team ran on (AWS, GCP, Azure) is fine', ['aws', 'google-cloud', 'azure']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });
});

describe('an option the taxonomy does not know is still an option', () => {
  it.each([
    // A name the taxonomy lacks, in words.
    ['Shipped production services in Go or Hare', ['go', 'term:Hare']],
    // A skill named in the list's lead-in or in the words after its last member says what the list is for; it is no
    // member, and its own group does not stop the unknown member from being an option.
    ['Hands-on with Temporal, Inngest or Hatchet for durable workflows', ['temporal', 'term:Hatchet']],
    ['Built robot perception with Isaac ROS, Open3D, or PCL', ['open3d', 'term:PCL']],
    // Industries: the taxonomy's industry for each word ("healthcare" is health-tech, "banking" and "lending" fintech).
    ['Background in fintech or healthcare', ['fintech', 'health-tech']],
    ['Prior work in insurance, banking or lending is a plus', ['insurtech', 'fintech']],
    ['Domain knowledge of healthcare, pharma, or biotech', ['health-tech', 'biotech']],
    // Fields of one word each, none a skill, right after the words of an ask: what the experience is in.
    ['Experience in ed-tech or nonprofits is welcome', ['term:ed-tech', 'term:nonprofits']],
    ['Background in physics or math', ['term:physics', 'term:math']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('an option in words in "y" is met by its plural in "ies" ("charity" by "two national charities"), not by a longer word', () => {
    expect(termPattern('term:charity').test('Built sites for two national charities')).toBe(true);
    expect(termPattern('term:charity').test('Ran a charity shop')).toBe(true);
    expect(termPattern('term:charity').test('charityware')).toBe(false);
  });

  it('the skill the list is for stays asked on its own', () => {
    const posting = postingFromText('Acme | Backend Engineer | Remote\n\nRequirements:\n- Hands-on with Temporal, Inngest or Hatchet for durable workflows\n');
    const groups = requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
    expect(groups).toContainEqual(['durable-execution']);
    expect(groups.some((g) => g.includes('durable-execution') && g.includes('temporal'))).toBe(false);
  });
});

describe('no choice: a slash inside one name, and lists joined by "and"', () => {
  it.each([
    'Own our CI/CD pipelines in GitHub Actions',
    'Strong grasp of TCP/IP networking and DNS',
    'Understanding of read/write paths in Postgres and Kafka',
    'Work on our client/server protocol in Rust',
    'You will own input/output handling in C++',
    'Experience with Kafka, Airflow and dbt',
    'Python, SQL, and Snowflake',
    'Run workloads on AWS and GCP',
    'Proficient with Terraform and Kubernetes, and with Go',
    'Experience with Docker, Kubernetes and Helm is required',
    'Strong Python and SQL, plus dbt',
    // A "whatever" in a clause of its own says nothing of the list after it.
    'Whatever problem you take on, you will use Go, Postgres and Kafka',
    // Where or at what stage one worked, no field.
    'Experience in startups or agencies',
  ])('%s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});
