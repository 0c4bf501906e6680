import { describe, expect, it } from 'vitest';
import { anyofReaders, apart, holds, termWords } from './readers';

// Session 61 (issue #12): choices from the tune half of anyof-fresh batch 43 (weighted to "or" in languages barely covered,
// Dutch "of" in short lines, certificates and editions, HN prose picks, and lines whose "or" is no pick), one class at a time,
// each keyed on the grammar of the line rather than its words: the Afrikaans "of" (or) beside its "of" (whether); "or" in
// Cyrillic (Ukrainian "\u0430\u0431\u043e", Russian and Bulgarian "\u0438\u043b\u0438") with its "or similar"; two names of one kind
// joined by "of" on a short line; a member that is another edition of the thing before it; "whether" after a verb of
// deciding (a question the team asks itself); "and/or" with words after it that ask both. Every sentence here was written
// for these tests (none from a posting, nor from the labelled lines); the wanted groups were decided before the code read them.
const { groupsOf, choicesOf } = anyofReaders('Keurbos Data | Platform Engineer | Stellenbosch (hybrid)');

describe('the Afrikaans "of" (or), beside its "of" (whether)', () => {
  it.each([
    ['Ondervinding met Kotlin of Scala', ['kotlin', 'scala']],
    ['Kennis van Terraform of Pulumi is verkieslik', ['terraform', 'pulumi']],
    ['Jy ken Angular of Svelte', ['angular', 'svelte']],
    ['Dit maak nie saak of jy Django of Rails ken nie', ['django', 'rails']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('"of soortgelyke ..." is an open end, no option in words', () => {
    const groups = choicesOf('Ondervinding met Jenkins of GitLab CI of soortgelyke gereedskap');
    expect(holds(groups, ['jenkins', 'gitlab-ci'])).toBe(true);
    expect(termWords(groups)).toEqual([]);
  });

  it('counter-examples: "of" that is "whether" with one skill, "en" (and) after the open end, an English "of"', () => {
    expect(choicesOf('Ons wil weet of jy Docker ken; Linux en Git gebruik jy daagliks')).toEqual([]);
    expect(apart(groupsOf('Kennis van Jenkins of soortgelyke gereedskap en Docker'), ['jenkins', 'docker'])).toBe(true);
    expect(apart(groupsOf('Knowledge of Go and of Python'), ['go', 'python'])).toBe(true);
  });
});

describe('"or" in Cyrillic: Ukrainian "\u0430\u0431\u043e", Russian "\u0438\u043b\u0438"', () => {
  it.each([
    ['\u0414\u043e\u0441\u0432\u0456\u0434 \u0440\u043e\u0437\u0440\u043e\u0431\u043a\u0438 \u043d\u0430 Kotlin \u0430\u0431\u043e Java', ['kotlin', 'java']],
    ['\u041e\u043f\u044b\u0442 \u0440\u0430\u0431\u043e\u0442\u044b \u0441 Kafka \u0438\u043b\u0438 RabbitMQ', ['kafka', 'rabbitmq']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    ['\u0417\u043d\u0430\u043d\u043d\u044f Redis \u0430\u0431\u043e Memcached \u0430\u0431\u043e \u043f\u043e\u0434\u0456\u0431\u043d\u0438\u0445 \u0440\u0456\u0448\u0435\u043d\u044c', ['redis', 'memcached']],
    ['\u0417\u043d\u0430\u043d\u0438\u0435 Ansible \u0438\u043b\u0438 Chef \u0438\u043b\u0438 \u043f\u043e\u0445\u043e\u0436\u0438\u0445 \u0438\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442\u043e\u0432', ['ansible', 'chef']],
  ])('with "or similar": %s', (line, want) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    expect(termWords(groups)).toEqual([]);
  });

  it('counter-examples: their "and" asks each', () => {
    expect(apart(groupsOf('\u0414\u043e\u0441\u0432\u0456\u0434 \u0437 Python \u0442\u0430 Django'), ['python', 'django'])).toBe(true);
    expect(apart(groupsOf('\u0417\u043d\u0430\u043d\u043d\u044f Git \u0456 GitLab CI'), ['git', 'gitlab-ci'])).toBe(true);
    expect(apart(groupsOf('\u041e\u043f\u044b\u0442 \u0441 Go \u0438 PostgreSQL'), ['go', 'postgresql'])).toBe(true);
  });
});

describe('a short line of two names of one kind joined by "of" (the Dutch "or")', () => {
  it.each([
    ['Java of Kotlin', ['java', 'kotlin']],
    ['GCP of AWS', ['google-cloud', 'aws']],
    ['Angular of Svelte (pluspunt)', ['angular', 'svelte']],
    ['PostgreSQL of MySQL', ['postgresql', 'mysql']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: an English "of", and two names of different kinds', () => {
    expect(apart(groupsOf('A mix of Ruby and Elixir'), ['ruby', 'elixir'])).toBe(true);
    expect(choicesOf('Bachelor of Science in Physics')).toEqual([]);
    expect(apart(groupsOf('Terraform of AWS'), ['terraform', 'aws'])).toBe(true);
    expect(apart(groupsOf('The basics of Docker, plus Python of course'), ['docker', 'python'])).toBe(true);
  });
});

describe('a member that is another edition of the thing before it', () => {
  it.each(['Python 3.12 or 3.13', 'Windows Server 2019 or 2022', 'ITIL v4 or v3 certification'])('is no option: %s', (line) => {
    const groups = choicesOf(line);
    expect(groups).toEqual([]);
    expect(termWords(groups)).toEqual([]);
  });

  it('counter-examples: a name after the edition is still an option', () => {
    expect(holds(choicesOf('Python 3 or Go'), ['python', 'go'])).toBe(true);
    expect(holds(choicesOf('Scala 3 or Kotlin'), ['scala', 'kotlin'])).toBe(true);
  });
});

describe('"whether" after a verb of deciding: a question the team asks itself, no pick', () => {
  it.each([
    'We are debating whether to move to Pulsar or stay on Kafka',
    'You will help us decide whether Loki or Elasticsearch fits our logs',
    'Still not sure whether Bazel or Buck2 is right for the monorepo',
  ])('%s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });

  it('counter-examples: a choice left to the candidate is a pick', () => {
    expect(holds(choicesOf('We do not mind whether you write Go or Rust'), ['go', 'rust'])).toBe(true);
    expect(holds(choicesOf("It doesn't matter whether you know Vue or React"), ['vue', 'react'])).toBe(true);
    expect(holds(choicesOf("Whether it's Terraform or Pulumi, you've kept infra in code"), ['terraform', 'pulumi'])).toBe(true);
  });
});

describe('"and/or" with words after it that ask both', () => {
  it.each([
    ['Docker and/or Podman; you will need both', ['docker', 'podman']],
    ['Prometheus and/or Grafana - both are required', ['prometheus', 'grafana']],
  ])('asks each: %s', (line, want) => {
    expect(apart(groupsOf(line), want)).toBe(true);
  });

  it('counter-examples: a wish for both, or either said to do, leaves the pick', () => {
    expect(holds(choicesOf('Jest and/or Vitest, ideally both'), ['jest', 'vitest'])).toBe(true);
    expect(holds(choicesOf('Helm and/or Kustomize, either is fine'), ['helm', 'kustomize'])).toBe(true);
  });
});

// From batch 44's tune half after its first read (written after the fixes above): the Romanian "ori" (or) beside its "ori"
// (times); a short Dutch line of three names; a certification whose name the taxonomy files under a skill (PRINCE2 as project
// management) named beside another; a lead that hands the reader the pick before the list ("Pick your poison:").
describe('the Romanian "ori" (or), beside its "ori" (times)', () => {
  it.each([
    ['Experien\u021b\u0103 cu Go ori Rust', ['go', 'rust']],
    ['Cuno\u0219tin\u021be de Jenkins ori GitLab CI ori similare', ['jenkins', 'gitlab-ci']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: "de multe ori" (many times) makes no pick', () => {
    expect(apart(groupsOf('Ai lucrat de multe ori cu Kafka \u0219i Flink'), ['kafka', 'flink'])).toBe(true);
  });
});

describe('a short Dutch line of three names, the last joined by "of"', () => {
  it('is one pick', () => {
    expect(holds(choicesOf('Angular, React of Vue'), ['angular', 'react', 'vue'])).toBe(true);
  });

  it('counter-example: an English "of course" after a list joined by "and"', () => {
    expect(apart(groupsOf('Go, Python and Java of course'), ['go', 'python', 'java'])).toBe(true);
  });
});

describe('certifications the taxonomy files under one skill, named side by side', () => {
  it.each([
    ['PRINCE2 or PMP', ['term:PRINCE2', 'term:PMP']],
    ['ITIL 4 Foundation and PRINCE2 or PMP', ['term:PRINCE2', 'term:PMP']],
    ['PRINCE2 Practitioner or CAPM certification', ['term:PRINCE2 Practitioner', 'term:CAPM']],
    ['PgMP or PMP', ['term:PgMP', 'term:PMP']],
  ])('are a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: beside a skill alone, the certification stays in the pick as before', () => {
    expect(holds(choicesOf('TOGAF or PRINCE2 certification'), ['term:TOGAF certification', 'term:PRINCE2 certification'])).toBe(true);
    expect(holds(choicesOf('ITIL or PRINCE2 Foundation'), ['itil', 'term:PRINCE2 Foundation'])).toBe(true);
    expect(holds(choicesOf('Scrum or PRINCE2 practitioner'), ['agile', 'project-management'])).toBe(true);
  });

  it('counter-examples: joined by "and", each is asked; ITIL stays a skill of its own', () => {
    expect(choicesOf('PRINCE2 and PMP')).toEqual([]);
    expect(choicesOf('PRINCE2 Foundation certified, PMP a plus')).toEqual([]);
    expect(holds(groupsOf('ISTQB Foundation certified'), ['term:ISTQB'])).toBe(true);
    expect(apart(groupsOf('ITIL 4 Foundation and PRINCE2 or PMP'), ['itil', 'term:PMP'])).toBe(true);
  });
});

describe('a lead that hands the reader the pick before the list', () => {
  it.each([
    ['Pick your poison: Sentry, Rollbar, Bugsnag', ['sentry', 'rollbar', 'bugsnag']],
    ['Take your pick: Tailwind, Bootstrap, Bulma', ['tailwind', 'bootstrap', 'bulma']],
    ['Choose one - Flutter, React Native, Ionic', ['flutter', 'react-native', 'ionic']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('a name the taxonomy does not know is an option in words', () => {
    const groups = choicesOf('Pick your poison: Sentry, Rollbar, Raygun');
    expect(holds(groups, ['sentry', 'rollbar'])).toBe(true);
    expect(termWords(groups)).toEqual(['raygun']);
  });

  it('counter-examples: a verb of picking that tells how the team works, or a list with no lead, is no pick', () => {
    expect(choicesOf('We pick our tools carefully: Terraform, Ansible, Vault')).toEqual([]);
    expect(apart(groupsOf('Day to day: Terraform, Ansible, Packer'), ['terraform', 'ansible', 'packer'])).toBe(true);
  });
});
