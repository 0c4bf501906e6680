import { describe, expect, it } from 'vitest';
import { bulletGroups, bulletItems, sortedGroups } from './readers';

// Choice forms of career-site postings (#12, session 37): a second option that repeats the ask's preposition ("… or with
// an ERP such as NetSuite"), R among statistics packages, and the Workday/Greenhouse forms the any-of rules already read
// ("at least one scripting language (…)", "and/or", "either … or", nested brackets), kept from breaking. Every sentence
// here was written for these tests.
const bullet = bulletItems;
const sorted = sortedGroups;
const groupsOf = bulletGroups;
/** The any-of groups of one bullet (two ids or more). */
const choicesOf = (line: string) => sorted(bullet(line).flatMap((i) => i.groups).filter((g) => g.length > 1));

describe('"… or with a Y such as C": a second option, whole, beside the first', () => {
  it.each([
    // Each side a choice: one pick of both.
    ['Has built apps for phones natively (Swift or Kotlin) or with a cross-platform toolkit such as Flutter.', [['swift', 'kotlin', 'cross-platform-development', 'flutter']]],
    ['Worked with card processors (e.g. Stripe, Adyen) or with an ERP like NetSuite.', [['stripe', 'adyen', 'erp', 'netsuite']]],
    // One skill first.
    ['Queues in Kafka or with a managed service such as SQS.', [['kafka', 'sqs']]],
    ['Tracing with Sentry or using an APM like Datadog.', [['sentry', 'apm', 'datadog']]],
    // A skill with a bracket of its parts: the skill is the first option, its parts asked apart.
    ['Built backends in Go (gRPC, Protobuf) or in a JVM language such as Kotlin.', [['go', 'jvm', 'kotlin']]],
  ])('%s', (line, want) => expect(choicesOf(line)).toEqual(sorted(want)));

  it('joins nothing where "with" comes after "and"', () => {
    expect(groupsOf('Experience with Redis and with Postgres.')).toEqual(sorted([['redis'], ['postgresql']]));
  });
  it('keeps a framework in brackets apart from the language offered instead', () => {
    expect(groupsOf('Solid Ruby (Rails) or with Elixir.')).toEqual(sorted([['ruby', 'elixir'], ['rails']]));
  });
});

describe('R among statistics packages', () => {
  it.each([
    ['Modelling in SPSS or R.', [['spss', 'r']]],
    ['Survey analysis in Stata or R is required.', [['stata', 'r']]],
    ['Statistical tooling (SAS, Stata or R).', [['sas', 'stata', 'r']]],
  ])('%s', (line, want) => expect(choicesOf(line)).toEqual(sorted(want)));

  it('still reads a lone R as no skill', () => {
    expect(groupsOf('Our R and D team ships with SPSS.').flat()).not.toContain('r');
  });
});

describe('career-site choice forms already read, kept', () => {
  it.each([
    ['Proficiency in at least one scripting language (Perl, Bash or PowerShell).', [['perl', 'bash', 'powershell']]],
    ['Python and/or Go for services and tooling.', [['python', 'go']]],
    ['Familiarity with one or more of: Splunk, Datadog, Grafana.', [['splunk', 'datadog', 'grafana']]],
    ['Either Ansible or Chef in production.', [['ansible', 'chef']]],
    ['Backend work in Kotlin (Ktor or Spring Boot) and PostgreSQL.', [['ktor', 'spring-boot']]],
    ['Experience in Java or C#, and in either GCP or Azure.', [['java', 'c-sharp'], ['google-cloud', 'azure']]],
    ['Any one of Auth0, Okta or Keycloak.', [['auth0', 'okta', 'keycloak']]],
  ])('%s', (line, want) => expect(choicesOf(line)).toEqual(sorted(want)));

  it.each([['Design services in Rust and Go.'], ['Pipelines run on GitHub Actions and Argo CD.']])('all of: %s', (line) => expect(choicesOf(line)).toEqual([]));
});

describe('"X, including A and B": a named language\'s own libraries are its parts', () => {
  it.each([
    ['Data work in Python, including Polars and SciPy.', [['python'], ['polars'], ['scipy']]],
    ['Strong Java, including Spring Boot and Hibernate.', [['java'], ['spring-boot'], ['hibernate']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
  it('keeps a kind\'s named examples a pick', () => {
    expect(choicesOf('Operating message brokers, including RabbitMQ and NATS.')).toEqual(sorted([['message-queues', 'rabbitmq', 'nats']]));
  });
});

describe('an offer said after the skills, with its subject', () => {
  it.each([
    ['We mostly write Elixir, but if you know Erlang or Gleam, you will ramp up quickly.', [['elixir', 'erlang', 'gleam']]],
    ['Rails is our home, though Django folks tend to fit in fast.', [['rails', 'django']]],
  ])('%s', (line, want) => expect(choicesOf(line)).toEqual(sorted(want)));
  it('reads no offer in a duty that follows', () => {
    expect(choicesOf('Strong Go, but you will also write Python scripts daily.')).toEqual([]);
  });
});

describe('"any <kind> is fine", then named things of that kind', () => {
  it('is one pick of the kind and its instances', () => {
    expect(choicesOf('Any JVM language is fine - we mostly hire from Kotlin, Scala, Clojure backgrounds.')).toEqual(sorted([['jvm', 'kotlin', 'scala', 'clojure']]));
  });
  it('gives the pick once when the kind is followed by its examples', () => {
    expect(choicesOf('Any JVM language works: Kotlin, Scala, Clojure.')).toEqual(sorted([['jvm', 'kotlin', 'scala', 'clojure']]));
  });
  it('needs the kind to be said to do', () => {
    expect(choicesOf('Any JVM language experience helps; we use Kotlin and Scala.')).toEqual([]);
  });
});

describe('"mobile (iOS/Android) or web": mobile named by its platforms in brackets', () => {
  it('is one pick of the two fields', () => {
    const [pick] = choicesOf('Has led mobile (Android, iOS) or web launches.');
    expect(pick).toEqual(expect.arrayContaining(['mobile-development', 'web-development']));
  });
  it('leaves "mobile" with no platforms after it alone', () => {
    expect(groupsOf('Reimburses your mobile (and home internet) bills.').flat()).not.toContain('mobile-development');
  });
});

describe('"X shop, but happy with Y people": what else is taken, said before it', () => {
  it.each([
    ['Mostly a Django team, but happy with Flask or FastAPI folks.', [['django', 'flask', 'fastapi']]],
    ['Go preferred, though we are glad to see Rust too.', [['go', 'rust']]],
  ])('%s', (line, want) => expect(choicesOf(line)).toEqual(sorted(want)));
  it('offers nothing where "but" adds another ask', () => {
    expect(choicesOf('Know Postgres but take Redis seriously.')).toEqual([]);
  });
  it('reads "open to learning X" as a wish to learn, no alternative', () => {
    expect(choicesOf('Solid Java, and open to learning Kotlin.')).toEqual([]);
    expect(choicesOf('Solid Java, but we are open to Kotlin or Scala.')).toEqual(sorted([['java', 'kotlin', 'scala']]));
  });
});

describe('"A with B, or C with D": each side a skill and the one it is used with', () => {
  it.each([
    ['Kotlin, ideally with Ktor, or Scala with Akka.', [['kotlin', 'scala'], ['ktor', 'akka']]],
    ['Ruby with Rails, or Elixir with Phoenix.', [['ruby', 'elixir'], ['rails', 'phoenix']]],
  ])('%s', (line, want) => expect(groupsOf(line)).toEqual(sorted(want)));
  it('leaves "with" alone where no ", or" closes the side', () => {
    expect(groupsOf('Scala with Akka and Kafka.')).toEqual(sorted([['scala'], ['akka'], ['kafka']]));
  });
});
