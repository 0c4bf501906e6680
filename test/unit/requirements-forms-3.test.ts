import { describe, expect, it } from 'vitest';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bullet, engine, skillInfo } from './readers';

// Forms of any-of groups read wrong on fresh text (#12, session 30): examples of two fields at once, a runtime beside a
// language, a field the examples' bracket splits, an open last member, words among a bracket's examples.
// Sentences written for these tests.

describe('fields joined by "and", then examples of each: a choice per field', () => {
  it.each([
    ['Comfortable with SQL and NoSQL databases (e.g. MySQL, Cassandra)', ['required: sql|mysql & nosql|cassandra']],
    ['You have run SQL and NoSQL stores such as SQLite, MongoDB and DynamoDB', ['required: sql|sqlite & nosql|mongodb|dynamodb']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it('an example that fits neither field, or a field with no example, leaves the list as it was read', () => {
    // Kafka is of neither field, nor of either's kind: no split.
    expect(bullet('Comfortable with SQL and NoSQL databases (e.g. MySQL, Kafka)')).not.toContainEqual(expect.stringMatching(/sql\|mysql &/));
    // Only NoSQL has an example: SQL stays asked on its own.
    expect(bullet('Comfortable with SQL and NoSQL databases (e.g. MongoDB)')).toEqual(['required: sql & nosql|mongodb']);
  });
});

describe('a JavaScript runtime beside another language with a slash is a pick of a backend language', () => {
  it.each([
    ['Server work in Node.js/Go', ['required: nodejs|go']],
    ['You write Ruby/Node daily', ['required: ruby|nodejs']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it.each([
    // The runtime and the language it runs are one stack.
    ['Backend in TypeScript/Node.js', ['required: typescript & nodejs']],
    ['Deno/TypeScript for the edge functions', ['required: deno & typescript']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('a field whose words the bracket of its examples splits', () => {
  it.each([
    ['Mobile (Swift/Kotlin) development experience is a plus', ['preferred: mobile-development|swift|kotlin']],
    ['Background in backend (Elixir, Scala) engineering', ['required: backend-development|elixir|scala']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it('a language named before the bracket is no field of its frameworks', () => {
    expect(bullet('Python (Flask/FastAPI) development')).toEqual(['required: python & flask|fastapi']);
  });
});

describe('a bracket of examples that ends on an open member', () => {
  it('"…, anything …)" leaves the pick open like "etc."', () => {
    expect(bullet('A plus if you have worked on systems where mistakes cost money (payments, data infra, anything audited)')).toEqual(['preferred: payments|data-platform-engineering']);
  });
});

describe('words among a bracket of examples are options too', () => {
  it.each([
    ['Worked with checkout providers (e.g. Stripe, Adyen, Paddle)', ['required: stripe|adyen|term:Paddle']],
    ['Experience in regulated fields (payments, lending, insurance, etc.)', ['required: payments|term:lending|term:insurance']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it.each([
    // No cue that the bracket gives examples: a stack, not a pick.
    ['Experience with our platform (Python, Kubernetes, Frobnicator)', ['required: python & kubernetes']],
    // One name among names with "etc." may list what is asked about, not options.
    ['Tell us about the sensors you have modelled (Sonar, Gyro, LiDAR, etc.)', []],
  ])('%s', (line, want) => {
    expect(bullet(line).filter((s) => s.includes('|'))).toEqual(want.filter((s) => s.includes('|')));
  });
});

describe('names the taxonomy does not know first in a bracket of examples', () => {
  it.each([
    // After a cue, unknown names before the first known one keep the bracket one of examples of the field before it.
    ['CI tooling for mobile (think Zipline, Fastlane, or Shipwright) is a plus', ['preferred: ci-cd|fastlane|term:Zipline|term:Shipwright']],
    // Words among examples that the rules made a choice join that choice.
    ['Some BI tool (Looker, Quillboard, Chartwell)', ['required: data-analysis|looker|term:Quillboard|term:Chartwell']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it('without a cue, names before a skill in a bracket may be employers: no choice', () => {
    expect(bullet('Prefer experience at scale (Initech/Globex/AWS/Hooli)').filter((s) => s.includes('|'))).toEqual([]);
  });
});

describe('"multi-cloud or cross-cloud migration" offers two practices', () => {
  it('reads the migration as cloud migration, and the pair as a choice', () => {
    expect(bullet('Nice to have: multi-cloud or cross-cloud migration experience')).toEqual(['preferred: multi-cloud|cloud-migration']);
  });
});

describe('", whatever" closing a list leaves it open', () => {
  it.each([
    ['Familiar with some message broker - NATS, SQS, RabbitMQ, whatever.', ['required: message-queues|nats|sqs|rabbitmq']],
    ['Python, Ruby, whatever.', ['required: python|ruby']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('an industry written among the options of a choice is one of them', () => {
  it('joins the choice instead of being asked beside it', () => {
    expect(bullet('Background in payments, banking or a similar regulated industry')).toEqual(['required: payments|term:banking|fintech']);
  });
  it('an industry asked on its own is still asked', () => {
    expect(bullet('Experience in the insurance industry')).toEqual(['required: insurtech']);
  });
});

describe('a choice that "helps but is not required" is wished, not dropped', () => {
  it.each([
    ['Some exposure to functional languages such as OCaml or Clojure helps but is not required', ['preferred: functional-programming|ocaml|clojure']],
    ['Elixir or Erlang is a plus but not required', ['preferred: elixir|erlang']],
  ])('%s', (line, want) => {
    expect(bullet(line).filter((s) => s.includes('|'))).toEqual(want);
  });
  it('a list said not to be required is still not asked', () => {
    expect(bullet('Terraform or Pulumi is not required').filter((s) => s.includes('|'))).toEqual([]);
  });
});

describe('words as options, in more places', () => {
  it('a bracket that opens with "e.g." makes its one skill and its words a choice, two members or more', () => {
    expect(bullet('Hands-on with a warehouse (e.g. Quarrydb, BigQuery)')).toEqual(['required: bigquery|term:Quarrydb']);
  });
  it('a list in a clause after ", and" is read apart from an "or" before it', () => {
    expect(bullet('You code in Go or Rust, and you know at least one of Kafka, Flumewire or NATS')).toEqual(['required: go|rust & kafka|nats|term:Flumewire']);
  });
});

describe('other languages said to do well beside the team\'s own', () => {
  const posting = (body: string) => {
    const p = postingFromText(`Acme | Backend Engineer | Remote\n\n${body}\n`);
    return requirementItems(p, askedFinder(engine, p), { skillInfo }).map((i) => i.groups.map((g) => g.join('|')).join(' & '));
  };
  it.each([
    ['Our services are written in Scala, but engineers coming from Kotlin or F# tend to do well here.', 'scala|kotlin|fsharp'],
    ['We write Clojure, though Haskell or OCaml people ramp up fast.', 'clojure|haskell|ocaml'],
  ])('%s', (body, want) => {
    expect(posting(body)).toContain(want);
  });
});

describe('names offered before what the sentence says of them', () => {
  it('"…, A, B or C is a huge plus": the names are the options, wished', () => {
    expect(bullet('Having launched on Steam Deck, Quest or Vision Pro is a huge plus')).toEqual(['preferred: term:Steam Deck|term:Quest|term:Vision Pro']);
  });
});

describe('"X (A/B) or Y (C/D)": each option with a bracket of its own parts, one choice', () => {
  it.each([
    ['Production work on Azure (AKS/Functions) or GCP (GKE/Cloud Run)', ['required: azure|aks|google-cloud|gke|cloud-run']],
    ['Ruby (Rails, Hanami) or Elixir (Phoenix)', ['required: ruby|rails|hanami|elixir|phoenix']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it('a bracket of parts with no "or" after it is still all of them', () => {
    expect(bullet('Experience with GCP (GKE, BigQuery) and Terraform')).toEqual(['required: google-cloud & gke & bigquery & terraform']);
  });
});

describe('"X and Y or Z" with Z a name the taxonomy does not know: the choice is Y or Z', () => {
  it.each([
    ['Experience with Prometheus and Loki or Quickwitz', ['required: prometheus & loki|term:Quickwitz']],
    ['Hands-on with Terraform and Vault or Zanzibarr', ['required: terraform & hashicorp-vault|term:Zanzibarr']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('a platform, then the languages that run on it', () => {
  it('"a JVM language (…)" is met by the platform or any of its languages', () => {
    expect(bullet('Fluent in a JVM language (Kotlin/Clojure)')).toEqual(['required: jvm|kotlin|clojure']);
  });
  it('a language\'s libraries do not make the language one of the choices', () => {
    expect(bullet('A Python library such as Polars or NumPy')).toEqual(['required: python & polars|numpy']);
  });
});

describe('more fields joined by "and" before their examples', () => {
  it.each([
    // An example the taxonomy ties to neither field goes with the one field of its own kind.
    ['Worked with SQL and NoSQL databases such as MariaDB, SQLite, Couchbase or Redis', ['required: sql|mariadb|sqlite & nosql|couchbase|redis']],
    // No field read as the examples' one: the fields named before the bracket are the same.
    ['Shipped on AWS and Azure services (Fargate, AKS)', ['required: aws|fargate & azure|aks']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
  it('"non-relational databases" are NoSQL, not relational databases', () => {
    expect(bullet('Experience with non-relational databases')).toEqual(['required: nosql']);
  });
});

describe('"It helps to have …" wishes for a choice, in a posting with no headings', () => {
  it('is read as a preferred ask, not as what the company does', () => {
    const p = postingFromText('Acme | Platform Engineer | Remote\n\nYou will keep our clusters healthy. It helps to have built CLIs in Rust or Zig.\n');
    const items = requirementItems(p, askedFinder(engine, p), { skillInfo }).map((i) => `${i.importance}: ${i.groups.map((g) => g.join('|')).join(' & ')}`);
    expect(items).toContain('preferred: cli-tools & rust|zig');
  });
});
