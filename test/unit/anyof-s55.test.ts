import { describe, expect, it } from 'vitest';
import { anyofReaders, apart, holds } from './readers';

// Session 55 (issue #12): choices from the tune half of anyof-fresh batch 31 (written messy, as real postings are) and the
// known gaps the lead listed, one class at a time, each keyed on the grammar of the list rather than on its words: a
// foreign word that offers the next skill instead (German "alternativ", Spanish "o bien", Portuguese "tamb\u00e9m serve");
// "if your background is", "if you're coming from", "we'd also take" (a clause offering its skill in place of the one of
// its kind named before it), a comma before "alternatively"/"instead"; one lone skill, a comma, then another of its kind
// said to do "too" ("ideally Postgres, MySQL is fine too"); "any <kind> is fine as long as ..." (a condition, no option).
// Every sentence here was written for these tests (none from a posting, nor from the labelled lines); the wanted groups
// were decided before the code read them.
const { groupsOf, choicesOf } = anyofReaders('Quillfield Mapping | Backend Engineer | Lisbon (hybrid)');

describe('a foreign word that offers the skill after it in place of the one before', () => {
  it.each([
    // German "alternativ" (alternatively), after a semicolon or a comma.
    ['Fundierte Kenntnisse in C#; alternativ Java', ['c-sharp', 'java']],
    ['Erfahrung mit Ansible, alternativ Salt', ['ansible', 'salt']],
    // ... and before a pick of its own: the one named before joins it.
    ['Du arbeitest sicher mit TeamCity, alternativ mit CircleCI oder Jenkins', ['teamcity', 'circleci', 'jenkins']],
    // Spanish "o bien" (or), and "o bien ... o bien" (either ... or).
    ['Experiencia en Django o bien Flask para APIs internas', ['django', 'flask']],
    ['Dominio de o bien Terraform o bien Pulumi', ['terraform', 'pulumi']],
    // Portuguese "tamb\u00e9m serve", Spanish "tambi\u00e9n sirve" (also does).
    ['Viv\u00eancia com Jenkins; CircleCI tamb\u00e9m serve', ['jenkins', 'circleci']],
    ['Experiencia con Kafka; RabbitMQ tambi\u00e9n sirve', ['kafka', 'rabbitmq']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: a German line with "und" and no such word asks each; "bien" alone is no joiner', () => {
    expect(apart(groupsOf('Erfahrung mit Docker und Kubernetes im Betrieb'), ['docker', 'kubernetes'])).toBe(true);
    expect(apart(groupsOf('Conocimientos de Docker y Kubernetes, bien documentados'), ['docker', 'kubernetes'])).toBe(true);
  });

  it('counter-example: an English "alternative" noun is not the German adverb', () => {
    expect(apart(groupsOf('Experience with Redis and with Kafka as an alternative transport for events'), ['redis', 'kafka'])).toBe(true);
  });
});

describe('a clause that offers its skill in place of the one of its kind named before it', () => {
  it.each([
    // "If your background is ...", "if you're coming from ..."
    ['Strong Kotlin. If your background is Swift or Dart, the move is easy', ['kotlin', 'swift', 'dart']],
    ["Our services are Scala. If you're coming from Java, you'll be productive quickly", ['scala', 'java']],
    // "we'd also take ...", after a full stop or a comma.
    ['The backend is Phoenix on Elixir. We would also take a seasoned Erlang engineer', ['elixir', 'erlang']],
    ["Laravel for the web app, we'd also take Symfony if that is where you have shipped", ['laravel', 'symfony']],
    // A comma before "alternatively" or "instead", then a pick.
    ['Day to day you deploy with Octopus Deploy, alternatively Argo CD or Spinnaker', ['octopus-deploy', 'argocd', 'spinnaker']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: a skill of another kind after "we\'d also take" is no stand-in', () => {
    expect(apart(groupsOf("Go for the services, we'd also take Kafka skills if you have them"), ['go', 'kafka'])).toBe(true);
  });

  it('counter-example: "if your background is" before a skill of another kind offers nothing in its place', () => {
    expect(apart(groupsOf('Strong Rust. If your background is in PostgreSQL internals, that helps'), ['rust', 'postgresql'])).toBe(true);
  });
});

describe('one skill, a comma, then another of its kind said to do too: a pick of the two', () => {
  it.each([
    ['A search engine - ideally OpenSearch, Solr is fine too', ['opensearch', 'solr']],
    ['Working knowledge of Mercurial, Git is also fine', ['mercurial', 'git']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: a comma list with no "too", "also" or "as well" asks each', () => {
    expect(apart(groupsOf('Podman, Kubernetes welcome'), ['podman', 'kubernetes'])).toBe(true);
    expect(apart(groupsOf('Solid Terraform, Ansible for the rest'), ['terraform', 'ansible'])).toBe(true);
  });

  it('counter-example: two of different kinds stay apart', () => {
    expect(apart(groupsOf('Fluent TypeScript, Postgres is fine too'), ['typescript', 'postgresql'])).toBe(true);
  });
});

describe('"any <kind> is fine as long as ...": a condition the pick must meet, no option of it', () => {
  it('the thing in the condition is asked apart', () => {
    expect(apart(groupsOf('Any CI tool is fine as long as the pipelines live in GitLab'), ['ci-cd', 'gitlab'])).toBe(true);
    expect(apart(groupsOf('Any container runtime is fine, provided you know Linux well'), ['containers', 'linux'])).toBe(true);
  });

  it('counter-example: the kind said to do, then its instances, is still one pick', () => {
    expect(holds(choicesOf('Any JVM language is fine - Kotlin, Scala, Clojure all welcome'), ['kotlin', 'scala'])).toBe(true);
  });
});

describe('a told tool, then "but" with no comma and another of its kind said to be as good: a pick', () => {
  it.each([
    ['The dashboards live in Metabase today but Superset experience is just as relevant', ['metabase', 'apache-superset']],
    ['Strong Vue but Svelte is equally welcome', ['vue', 'svelte']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: "but" before a skill of another kind, or before a wish, offers nothing in its place', () => {
    expect(apart(groupsOf('Strong Rust but Kafka experience is a plus'), ['rust', 'kafka'])).toBe(true);
  });
});

describe('"X would be great, Y counts too": the clause that says the next counts too offers it in place', () => {
  it.each([
    ['Some Clojure would be great, Scala counts too', ['clojure', 'scala']],
    ['Kotlin is required, Java counts as well', ['kotlin', 'java']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: two used together stay apart', () => {
    expect(apart(groupsOf('Docker would be nice, Kubernetes counts too'), ['docker', 'kubernetes'])).toBe(true);
  });
});
