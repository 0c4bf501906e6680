import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// A duty told in the future ("you will …") says what the job does, not what it asks of the candidate, in prose with no
// headings as under "Requirements". Labelled item noise (test/fixtures/labels/items.jsonl, tune) found the class.
// Every sentence here was written for these tests.
const { matcher, taxonomy } = bundled();
const find = (text: string) => findSkills(matcher, text);
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
const itemTexts = (body: string) => requirementItems(postingFromText(`Ferrowind | Backend Engineer | Remote\n\n${body}\n`), find, options).map((i) => i.text.replace(/^[\s•*-]+/, ''));
/** The line, set between two asks in a list, gives no item of its own. */
const noAskBetween = (line: string) =>
  expect(itemTexts(`Good fit if you:\n- Have shipped B2B software\n- ${line}\n- Know Terraform well`)).toEqual(['Have shipped B2B software', 'Know Terraform well']);
/** The line, as a requirements bullet, asks the skill. */
const asksSkill = (line: string, skill: string) =>
  expect(requirementItems(postingFromText(`Ferrowind | Backend Engineer | Remote\n\nRequirements:\n- ${line}\n`), find, options).flatMap((i) => i.groups.flat())).toContain(skill);

describe('a duty in the future tense is no ask', () => {
  it.each([
    'You will pair with our billing team to move invoices from Kafka topics into Postgres.',
    "As the first platform hire, you'll set up Terraform modules and the Kubernetes clusters they describe.",
    'If a customer needs an on-prem install, you will package our services with Helm and ship them.',
    'In this role, you will own the Go services that price freight.',
  ])('prose: %s', (duty) => {
    expect(itemTexts(`We move freight for small shippers. ${duty} We are looking for someone with strong SQL.`)).not.toContain(duty);
  });
  it('under "Requirements" too', () => {
    const got = itemTexts('Requirements:\n- 4+ years with Python\n- You will write the Airflow DAGs that feed our warehouse\n- Strong SQL');
    expect(got).toEqual(['4+ years with Python', 'Strong SQL']);
  });
});

describe('counter-examples: what "you will …" asks stays an item', () => {
  it.each([
    ['You will need hands-on Terraform experience.', 'terraform'],
    ["You'll bring three years of Elixir.", 'elixir'],
    ['You should have hands-on Scala experience.', 'scala'],
    ['You will ship the mobile app in Swift or Kotlin.', 'swift'],
    ['You will be comfortable running Kubernetes clusters.', 'kubernetes'],
  ])('%s', (ask, skill) => {
    const items = requirementItems(postingFromText(`Ferrowind | Backend Engineer | Remote\n\nRequirements:\n- ${ask}\n`), find, options);
    expect(items.flatMap((i) => i.groups.flat())).toContain(skill);
  });
  it("\"you'll succeed here if\" asks", () => {
    expect(itemTexts("You'll succeed here if you have run Postgres at scale.")).toHaveLength(1);
  });
});

describe("a line that labels the team's stack is no ask", () => {
  it.each([
    'Stack: Elixir, Phoenix, Postgres on Fly.io',
    'Tech: Python, dbt, Snowflake and Looker',
    'Tech stack is Kotlin + Spring on AWS, deployed with Argo CD',
    'Our stack: Go services, Kafka, and a React front end',
  ])('%s', noAskBetween);
  it.each([
    ['Stack: you must know Elixir', 'elixir'],
    ['Technologies: 3+ years with Scala', 'scala'],
    ['Experience with our stack: Kafka or Pulsar', 'kafka'],
    ['Stack: Ruby (or Python if you know it better), Vue or React', 'vue'],
    ["Tech stack is Elixir + Svelte, though we're flexible on the backend if you know Go or Rust better", 'rust'],
  ])('counter-example, an ask: %s', asksSkill);
});

describe('examples of the work are no ask (session 34)', () => {
  it.each([
    'Example projects include building self-serve preview environments, shrinking cold starts and tuning Kafka consumers',
    'Projects range from a Terraform provider for our billing API to a Rust sidecar',
    'Things you might work on: a Postgres failover drill, a Go rewrite of our deploy bot',
    'Recent projects: moving CI from Jenkins to Buildkite; a Grafana dashboard library',
    'You might work on our Kubernetes operator and the Envoy edge config',
    'Example projects include self-healing automation, bare-metal bring-up and multi-tenancy patterns like vcluster',
  ])('%s', noAskBetween);
  it.each([
    ['Example projects require 3+ years with Kafka', 'kafka'],
    ['Projects include a Go or Rust rewrite, so you must know one of them', 'rust'],
  ])('counter-example, an ask: %s', asksSkill);
});
