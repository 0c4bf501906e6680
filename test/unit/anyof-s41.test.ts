import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';

// Session 41 (issue #12): choices said in words that came after the list or before it in the same sentence, one class
// at a time. Every sentence here was written for these tests (none from a posting, nor from the labelled lines of
// test/fixtures/labels/anyof-fresh.jsonl); the wanted groups were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** The groups of two options or more the checklist gives for one line under "Requirements:". */
const choicesOf = (line: string): string[][] => {
  const posting = postingFromText(`Tidewater Labs | Platform Engineer | Remote (EU)\n\nRequirements:\n- ${line}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options)
    .flatMap((i) => i.groups)
    .filter((g) => g.length > 1);
};
/** Whether one group holds every id wanted (it may hold the kind the options are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));

describe('a list, then "any" and the kind every option is of', () => {
  it.each([
    ['Deploys through CircleCI, Buildkite, TeamCity \u2014 any CI really', ['circleci', 'buildkite', 'teamcity']],
    ['Pulumi, Terraform, CloudFormation - any IaC tool you like', ['pulumi', 'terraform', 'cloudformation']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('not where the kind after "any" is not what the options are', () => {
    expect(choicesOf('Terraform, Ansible \u2014 any CI changes you make get a second reviewer')).toEqual([]);
  });
});

describe('"either is enough" and its kin, said after the skills in the same sentence', () => {
  it.each([
    ['Most services are Kotlin and a few older ones Java, so knowing either is enough', ['kotlin', 'java']],
    ['We deploy on GKE today and EKS next year; any of them works for this role', ['gke', 'eks']],
    ['Comfortable with MySQL and Postgres \u2014 whichever one is fine', ['mysql', 'postgresql']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('not across a sentence, nor between things of different kinds', () => {
    expect(choicesOf('You will write Go against Postgres. Either way, tests come first')).toEqual([]);
    expect(choicesOf('Strong Go and Postgres, either is fine to start with')).toEqual([]);
  });
});

describe('the stack told, then a skill of its kind said to do as well', () => {
  it.each([
    ['We run everything on Azure, but GCP people are very welcome', ['azure', 'google-cloud']],
    ['We use Bitbucket Pipelines and Jenkins, GitLab CI knowledge is welcome', ['jenkins', 'gitlab-ci']],
    ['Our backend is Elixir; Erlang experience is just as good', ['elixir', 'erlang']],
    ['Observability (we run Prometheus, Datadog experience counts too)', ['prometheus', 'datadog']],
    ["We're a Ruby shop, though Python folks are welcome", ['ruby', 'python']],
    // The team's clause after a semicolon is read whole where it turns to what else will do.
    ['Reporting chops; we use Redash but Metabase or Superset transfer', ['redash', 'metabase', 'apache-superset']],
    // "… people (should) apply": an invitation to those who know the other.
    ['Services in Elixir (we are on Elixir, but Erlang people should apply too)', ['elixir', 'erlang']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // Things used together: a wish beside the stack, no pick.
    'We use Docker for local dev; Kubernetes experience is welcome',
    // A skill of another kind said welcome is wished beside the stack.
    'We use Rust and Postgres, and Kafka experience is welcome',
    // Told and praised, nothing offered.
    'We use Go and Postgres; the on-call rota is fair',
  ])('no pick: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});

describe('a second option offered after the first, in words of its own', () => {
  it.each([
    ['Hands-on with Azure, or equivalent experience on AWS', ['azure', 'aws']],
    ['Solid Scala, or comparable knowledge of Kotlin', ['scala', 'kotlin']],
    ['Elixir preferred; we will also consider Erlang or Gleam', ['elixir', 'erlang', 'gleam']],
    // "(or equivalent: …)": what will do instead, after a colon.
    ['Comfortable with Buildkite (or equivalent: CircleCI, TeamCity)', ['buildkite', 'circleci', 'teamcity']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });
});

describe('later in the line: a pronoun, "you only need one", an ellipsis, a told language', () => {
  it.each([
    // The pronoun's skill named earlier in the same sentence, of the kind named after the "or".
    ['Our admin panel is Angular and we expect you to be fluent in it or Svelte', ['angular', 'svelte']],
    // "You only need one" after a list of things of one kind (the field they are of is no option).
    ['Streaming: Kinesis, Kafka, Pulsar — we touch all three but you only need one', ['kinesis', 'kafka', 'pulsar']],
    // An ellipsis closing a bracket of examples, as "etc." does.
    ['Shipped a search feature on a search engine (Solr, Elasticsearch...)', ['solr', 'elasticsearch']],
    // "Our apps are written in": a told stack, then what else will do.
    ["Our apps are written in Swift; if you come from Objective-C you'll be productive quickly", ['swift', 'objective-c']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('no pronoun pick where nothing of the kind after "or" came before it', () => {
    expect(choicesOf('Write Python for the API, and own it or hand it off with Terraform docs')).toEqual([]);
  });
});

describe('a short name among options of its kind', () => {
  it('is the skill whose full name it shortens ("Render" beside Netlify is Render.com)', () => {
    expect(holds(choicesOf('Deployed apps to Netlify, Render, or Fly.io'), ['netlify', 'render-cloud', 'fly-io'])).toBe(true);
  });
  it('"Mac" beside Windows and Linux is macOS', () => {
    expect(holds(choicesOf('At home on Windows, Mac, or Linux desktops'), ['windows', 'macos', 'linux'])).toBe(true);
  });
  it('a name no skill is written as stays an option in words', () => {
    expect(holds(choicesOf('Deployed apps to Netlify, Vercel, or Glitch'), ['netlify', 'vercel', 'term:Glitch'])).toBe(true);
  });
});

describe('a line after a list that says one of its items will do', () => {
  const read = (body: string) => {
    const posting = postingFromText(`Tidewater Labs | Platform Engineer | Remote (EU)\n\nRequirements:\n${body}`);
    return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups).filter((g) => g.length > 1);
  };
  it('numbered items of one skill each, then "you need one of them"', () => {
    expect(holds(read('Databases we run:\n  1. MySQL\n  2. Postgres\n  3. SQLite\nYou need one of them, not all three\n- Written English\n'), ['mysql', 'postgresql', 'sqlite'])).toBe(true);
  });
  it('bullets, then "any one of those is enough"', () => {
    expect(holds(read('- Scripting:\n  - Bash\n  - PowerShell\n  - Perl\n- Any one of those is enough\n- Written English\n'), ['bash', 'powershell', 'perl'])).toBe(true);
  });
  it('not a line after the list that says something else', () => {
    expect(read('- Bash\n- PowerShell\n- Perl\n- One of them will be new to most people we hire, and that is how it should be\n')).toEqual([]);
  });
});

describe('a second clause or sentence that offers another', () => {
  it.each([
    // A spaced hyphen turns as a dash does.
    ['Day-to-day on Linux - FreeBSD users are fine too', ['linux', 'freebsd']],
    ['Azure ideally - GCP also good', ['azure', 'google-cloud']],
    // "X is required, Y is acceptable": a clause of its own that says the next will do.
    ['Knowledge of Scala is required, Kotlin is acceptable', ['scala', 'kotlin']],
    // A sentence of its own that offers, past a last option the taxonomy does not know.
    ['You know Vue deeply. Svelte or Marko experience also counts', ['vue', 'svelte']],
    // "… have done great here as well": those who knew the other did well.
    ['Most of our backend is Java. Strong C# engineers have done great here as well.', ['java', 'c-sharp']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // A second ask said to be required is no offer.
    'Knowledge of Scala is required, Kafka is required too',
    // A clause after a comma that says a thing of another kind is welcome: a wish beside, not instead.
    'Strong Scala, Docker experience is welcome',
  ])('no pick: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});

describe('a version after a name is the name\'s own', () => {
  it.each([
    ['Ruby 3.x or Python 3.12 for the scripting layer', ['ruby', 'python']],
    ['Python 3.10 or Node 22 on the server', ['python', 'nodejs']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('and a list with versions joined by commas alone stays all-of', () => {
    expect(choicesOf('Python 3.x, Postgres 16 and Redis')).toEqual([]);
  });
});

describe('all-of lists stay all-of', () => {
  it.each([
    'Kubernetes and Terraform in production every day',
    'Rust, Go and SQL for the storage layer',
    'Daily use of AWS (EC2, S3, IAM)',
    'You have shipped with both Redis and Postgres',
    'Jest and Playwright for the test pyramid',
    'Strong Kotlin plus Spring Boot',
  ])('%s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});
