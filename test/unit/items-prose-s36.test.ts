import { describe, expect, it } from 'vitest';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { carefulPair, engine, skillInfo } from './readers';

// Postings written as prose, with no heading that says what is asked (#12, session 36): each ask a sentence or a clause
// of one. Every sentence here was written for these tests, none taken from the corpus or a labelled text.

/** The items of a posting whose one part, under "About the role", is `prose`: "importance: group & group | text". */
function prose(text: string): string[] {
  const posting = postingFromText(`Platform Engineer\nTernwick Labs — Remote\n\nAbout the role\n${text}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).map((i) => `${i.importance}: ${i.groups.map((g) => g.join('|')).join(' & ')} | ${i.text}`);
}
/** The same posting read under a "Requirements" heading, a line each. */
function listed(lines: string[]): string[] {
  const posting = postingFromText(`Platform Engineer\nTernwick Labs — Remote\n\nRequirements\n${lines.map((l) => `- ${l}`).join('\n')}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).map((i) => `${i.importance}: ${i.groups.map((g) => g.join('|')).join(' & ')}`);
}

describe('", and you …": a second ask addressed to the candidate is an item of its own', () => {
  it('two asks in one sentence', () => {
    expect(prose('Ternwick ships a ticketing tool for ferries. You should have operated Redis clusters, and you should know Lua well.')).toEqual([
      'required: redis | You should have operated Redis clusters',
      'required: lua | you should know Lua well.',
    ]);
  });
  it('what they will already have done is asked ("You will have run …")', () => {
    expect(prose('You will have run Cassandra in production, and you know how to read a JVM heap dump.').map((t) => t.split(' | ')[0])).toEqual(['required: cassandra', 'required: jvm']);
  });
  it('a side that tells of the team asks nothing', () => {
    expect(prose('The team already knows Helm well, and you know Kustomize deeply.').map((t) => t.split(' | ')[0])).toEqual(['required: kustomize']);
  });
  it('a line of a list stays one line', () => {
    expect(listed(['You know Elixir, and you know Postgres'])).toHaveLength(1);
  });
  it('not after a side that only tells what the job gives', () => {
    expect(prose('You have shipped Swift apps to the App Store, and you will get a yearly budget for conferences.')).toHaveLength(1);
  });
  it('a side that only wishes to learn is a wish, as a line of its own would be', () => {
    expect(prose('You know Svelte inside out, and you are keen to learn more about compilers.').map((t) => t.split(' | ')[0])).toEqual(['required: svelte', 'preferred: compilers']);
  });
});

describe('a wish between commas wishes only for what it names', () => {
  it('", ideally on Kinesis, and …"', () => {
    expect(prose('You have built streaming jobs in Flink, ideally on Kinesis, and you are at home in Java.').map((t) => t.split(' | ')[0])).toEqual(['required: flink', 'preferred: kinesis', 'required: java']);
  });
  it('a list after "preferably" is still a wish of its own (no mid-sentence wish)', () => {
    expect(listed(['Strong Ruby, preferably with Hanami, Sinatra, or Roda'])[0]).toMatch(/^required: ruby/);
  });
});

describe('an aside in brackets inside an ask does not make it told', () => {
  it('"(we run it on …)" inside the ask', () => {
    expect(prose('Experience with Nomad (we run it on bare metal) will help you a lot.')).toEqual(['preferred: nomad | Experience with Nomad (we run it on bare metal) will help you a lot.']);
  });
  it('the stack told alone is still no ask', () => {
    expect(prose('Ternwick ships a ticketing tool for ferries. We run Nomad across our fleet.')).toEqual([]);
  });
  it('two wishes joined by ", and", each said to be asked, are two items; a list closed by ", and" is one', () => {
    expect(prose('Terraform is a plus, and Ansible would be handy too.').map((t) => t.split(' | ')[0])).toEqual(['preferred: terraform', 'preferred: ansible']);
    expect(prose('Experience with Go, Rust, and Zig is a plus.')).toHaveLength(1);
  });
  it('a head that says it is asked is kept whole before a clause of stack or wish', () => {
    expect(prose('Solid Kotlin is essential; experience with Ktor is a nice extra.').map((t) => t.split(' | ')[0])).toEqual(['required: kotlin', 'preferred: ktor']);
  });
});

describe('wishes said in prose are asked, and asked as wishes', () => {
  it.each([
    ['Some exposure to Kafka Streams would be handy.', 'preferred'],
    ['Knowing Rust will set you apart.', 'preferred'],
    ["Nice if you've touched Cassandra.", 'preferred'],
    ["We'd also really value familiarity with Consul.", 'preferred'],
    ['Exposure to SOC 2 audits is considered a real advantage.', 'preferred'],
    ['Some familiarity with Grafana would be appreciated.', 'preferred'],
    ['A few years of Terraform experience will help you ramp up quickly.', 'preferred'],
    ["Experience tuning Nginx is something we'd really value.", 'preferred'],
    ['Hands-on Elixir is great but not needed.', 'preferred'],
    ["If you've shipped a Flutter app, tell us about it.", 'preferred'],
  ])('%s', (sentence, importance) => {
    const got = prose(`Ternwick ships a ticketing tool for ferries. ${sentence}`);
    expect(got).toHaveLength(1);
    expect(got[0]!.split(':')[0]).toBe(importance);
    expect(got[0]!.split(' | ')[0]).not.toMatch(/: $/);
  });
  it('a spoken language said to help is a wish', () => {
    expect(prose('Ternwick ships a ticketing tool for ferries. Dutch is helpful for talking to our suppliers.')).toEqual(['preferred:  | Dutch is helpful for talking to our suppliers.']);
  });
  it.each([
    ['Our support team is very helpful.'],
    ['Your feedback would be appreciated.'],
    ['If you have questions, let us know.'],
    ['Anything you send us is read by a founder.'],
    ['Pets are welcome in the office.'],
    ['Feedback on our open-source Terraform modules is always appreciated.'],
    ['We would also value your opinion on our Kubernetes roadmap.'],
    ['A mentor will help you settle in during your first month.'],
    ['Any help with our Rust SDK is welcome.'],
    ['Dogs are welcome at our offsites, and you will get a Kindle on day one.'],
  ])('no ask: %s', (sentence) => {
    expect(prose(`Ternwick ships a ticketing tool for ferries. ${sentence}`)).toEqual([]);
  });
});

describe('what the role requires, what the company cares about, whom it is after', () => {
  it('asks', () => {
    expect(prose('The position requires a valid driving licence.')).toHaveLength(1);
    expect(prose('We care that you can write plainly for customers.')).toHaveLength(1);
    expect(prose("We're after an engineer with several years of Elixir behind them.").map((t) => t.split(' | ')[0])).toEqual(['required: elixir']);
  });
  it('tells', () => {
    expect(prose('The role requires you to own our billing service end to end.')).toEqual([]);
    expect(prose('We care about our customers more than our roadmap.')).toEqual([]);
    expect(prose("We're after a calmer on-call rotation this year.")).toEqual([]);
  });
});

describe('what the company expects of the hire, said of the team first', () => {
  it('"…, and we expect you to …" asks', () => {
    expect(prose('Every engineer here reviews the weekly capacity report, and we expect you to take it over by spring.')).toHaveLength(1);
  });
  it('what it expects to give is no ask', () => {
    expect(prose('We expect you to grow a lot in your first year here.')).toEqual([]);
  });
});

describe('the session-36 prose posting (a fixture written for the careful-reader tests)', () => {
  it('gives six items for its seven asks; its stack sentence stays none (the item model has no "stack" importance)', () => {
    const { a, byText } = carefulPair('s36', 'prose');
    expect(a.requirements.map((r) => r.importance)).toEqual(['required', 'required', 'required', 'preferred', 'preferred', 'required']);
    expect(byText('Experience with PXE booting').item.importance).toBe('preferred');
    expect(byText('you should know Linux internals').item.groups.length).toBeGreaterThan(0);
    expect(a.requirements.some((r) => /We write our tooling/.test(r.text))).toBe(false);
  });
});

describe('after the s36c first read: more wishes, who will be checked, a language said not to be needed', () => {
  it.each([['Working knowledge of OpenTelemetry would be advantageous.'], ['Buildkite or Jenkins experience would be a big help.']])('a wish: %s', (sentence) => {
    expect(prose(`Ternwick ships a ticketing tool for ferries. ${sentence}`).map((t) => t.split(':')[0])).toEqual(['preferred']);
  });
  it('what successful applicants will undergo is asked', () => {
    expect(prose('Ternwick ships a ticketing tool for ferries. Successful candidates will need to pass a criminal record check.')).toHaveLength(1);
  });
  it.each([["You won't need to speak Swedish."], ["Swedish isn't required."], ["Kotlin isn't required."]])('no ask: %s', (sentence) => {
    expect(prose(`Ternwick ships a ticketing tool for ferries. ${sentence}`)).toEqual([]);
  });
  it('a turn after "isn\'t required" still asks what follows', () => {
    expect(prose("Ternwick ships a ticketing tool for ferries. Kotlin isn't required, but Java is.").map((t) => t.split(' | ')[0])).toEqual(['required: java']);
  });
});
