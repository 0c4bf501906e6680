import { describe, expect, it } from 'vitest';
import { anyofReaders, apart, holds, termWords } from './readers';

// Session 60 (issue #12): choices from the tune half of anyof-fresh batch 41 (weighted to forms not yet written: prose picks
// as HN posts write them, a word that is "or" in one language and not in its neighbour's, vendor picks, groups nested in
// brackets), one class at a time, each keyed on the grammar of the line rather than its words: the Slovenian "ali" and the
// Latvian "vai" (not the Croatian "ali", "but", nor the Portuguese "vai", "will"), with the case endings South Slavic lines
// put on a name and their "or similar"; a kind said to be the reader's pick before its list ("of your choosing"); "X, Y and Z
// all count"; "any <kind> is fine" followed by the stack the team tells. Every sentence here was written for these tests
// (none from a posting, nor from the labelled lines); the wanted groups were decided before the code read them.
const { groupsOf, choicesOf } = anyofReaders('Brinjevec Labs | Backend Engineer | Ljubljana (hybrid)');

describe('"or" in Slovenian ("ali") and Latvian ("vai")', () => {
  it.each([
    ['Obvladanje Kotlina ali Scale za zaledne storitve', ['kotlin', 'scala']],
    ['Delo z Grafano ali Kibano pri nadzoru sistemov', ['grafana', 'kibana']],
    ['Poznavanje Jenkinsa ali GitLab CI', ['jenkins', 'gitlab-ci']],
    ['Zin\u0101\u0161anas par React vai Angular', ['react', 'angular']],
    ['Prasmes darb\u0101 ar Redis vai Memcached', ['redis', 'memcached']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: the Croatian "ali" (but) after a comma or before a clause asks each; "in" and "un" are "and"', () => {
    expect(apart(groupsOf('Poznavanje Reacta, ali i spremnost za rad s Vueom'), ['react', 'vue'])).toBe(true);
    expect(choicesOf('Rad s Linuxom je obavezan, ali Ansible nije nu\u017ean')).toEqual([]);
    expect(apart(groupsOf('Obvladanje Kotlina in Scale'), ['kotlin', 'scala'])).toBe(true);
    expect(apart(groupsOf('Pieredze ar Docker un Kubernetes'), ['docker', 'kubernetes'])).toBe(true);
  });

  it('counter-example: the Portuguese "vai" (will) is no "or"', () => {
    expect(choicesOf('Voc\u00ea vai trabalhar com Python e Go')).toEqual([]);
  });
});

describe('South Slavic case endings on a name, and "or similar" in those languages', () => {
  it.each([
    ['Iskustvo s Golangom ili Rustom', ['go', 'rust']],
    ['Znanje Ansiblea ali Chefa ali podobnih orodij', ['ansible', 'chef']],
    ['Poznavanje Dockerja ali Podmana za razvoj', ['docker', 'podman']],
    ['Znanje PostgreSQL-a ili MySQL-a ili sli\u010dno', ['postgresql', 'mysql']],
    ['Pieredze ar Terraform vai Ansible vai l\u012bdz\u012bgiem r\u012bkiem', ['terraform', 'ansible']],
    ['Opit s Docker ili Podman ili podobni instrumenti', ['docker', 'podman']],
  ])('%s', (line, want) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    expect(termWords(groups)).toEqual([]);
  });

  it('counter-example: an "and" of the language after the open end asks what follows apart', () => {
    const groups = groupsOf('Poznavanje Jenkinsa ali podobnih orodij in Dockerja');
    expect(groups.some((g) => g.includes('jenkins') && g.includes('docker'))).toBe(false);
    expect(holds(groups, ['docker'])).toBe(true);
  });
});

describe('a kind said to be the reader\'s pick before its list', () => {
  it.each([
    ['Strong in one scripting language of your choosing: Bash, Perl, Ruby', ['bash', 'perl', 'ruby']],
    ['Fluent in one frontend framework you know best: Angular, Svelte, Vue', ['angular', 'svelte', 'vue']],
    ['One JVM language of your choice: Java, Kotlin, Groovy', ['java', 'kotlin', 'groovy']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: the kind alone, then another ask; a thing of the team\'s choice', () => {
    expect(choicesOf('Proficient in a language of your choosing and Docker')).toEqual([]);
    expect(apart(groupsOf('Kafka is our broker of choice, with Python and Go services around it'), ['python', 'go'])).toBe(true);
  });
});

describe('"X, Y and Z all count": each of the named things will do', () => {
  it.each([
    ['Java, Kotlin and Scala each count', ['java', 'kotlin', 'scala']],
    ['A build server you have kept alive; Jenkins, TeamCity and Buildkite all count', ['jenkins', 'teamcity', 'buildkite']],
    ['Some infrastructure-as-code tool; Terraform, Pulumi and Ansible are all fine here', ['terraform', 'pulumi', 'ansible']],
  ])('is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: things of different kinds, and "all" that says each is used', () => {
    expect(apart(groupsOf('Go, Rust and Postgres all count'), ['go', 'rust', 'postgresql'])).toBe(true);
    expect(apart(groupsOf('Python, Go and Rust are all used in production here'), ['python', 'go', 'rust'])).toBe(true);
    expect(apart(groupsOf('Terraform, Ansible and Packer all matter to us'), ['terraform', 'ansible', 'packer'])).toBe(true);
  });
});

describe('"any <kind> is fine", then the stack the team tells', () => {
  it('gives no pick of the kind and the told stack', () => {
    expect(choicesOf('Any modern language is fine; we use Kotlin and Swift')).toEqual([]);
    expect(choicesOf('Any scripting language is fine; our backend is Ruby')).toEqual([]);
  });

  it('counter-example: the kind said to do, then where the team hires from, is still one pick', () => {
    expect(holds(choicesOf('Any JVM language is fine - we mostly hire from Groovy, Scala and Java backgrounds'), ['groovy', 'scala', 'java'])).toBe(true);
  });
});

describe('the Dutch "of" that is "whether", beside the "of" that is "or"', () => {
  it.each([
    ['Het maakt niet uit of je in Scala of Kotlin programmeert', ['scala', 'kotlin']],
    ['Ongeacht of je met Angular of Svelte bouwt, je schrijft tests', ['angular', 'svelte']],
    ['Het maakt ons niet uit of het Vue of React is', ['vue', 'react']],
  ])('the second "of" is a pick: %s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-examples: a "whether" with one skill makes no pick; "and" asks each', () => {
    expect(choicesOf('We vragen niet of je Terraform kent; Ansible en Linux gebruik je elke dag')).toEqual([]);
    expect(apart(groupsOf('Het maakt niet uit of je Python kent, Ansible en Linux gebruik je elke dag'), ['ansible', 'linux'])).toBe(true);
  });
});
