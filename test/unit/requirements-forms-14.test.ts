import { describe, expect, it } from 'vitest';
import { bullet } from './readers';

// Forms of any-of asks found weak in session 38 (#12): options the taxonomy does not know beside skills or industries it
// does. Every sentence here was written for these tests.
const sorted = (gs: string[][]) => gs.map((g) => [...g].sort()).sort((a, b) => a.join().localeCompare(b.join()));
/** The any-of groups (two options or more) of one requirement bullet, each sorted. */
const choices = (line: string) =>
  sorted(
    bullet(line)
      .map((i) => i.slice(i.indexOf(': ') + 2))
      .flatMap((gs) => gs.split(' & ').map((g) => g.split('|')))
      .filter((g) => g.length > 1),
  );

describe('the words before a list\'s lead-in are no members of it', () => {
  it.each([
    ['We want curious, driven people with a background in either data science or investing', ['data-science', 'term:investing']],
    ['Curious, driven people with a background in data science or investing', ['data-science', 'term:investing']],
    ['A background in either data science or investing', ['data-science', 'term:investing']],
  ])('%s', (line, group) => {
    expect(choices(line)).toEqual(sorted([group]));
  });
  it('a list of adjectives before a pair of skills leaves the pair as it was', () => {
    expect(choices('Kind, sharp engineers with experience in Go or Gleam')).toEqual(sorted([['go', 'gleam']]));
  });
  it('a long clause before the lead-in is no list of words: nothing is read past it', () => {
    expect(choices('Six years of consulting work, including responsibility for billing, tax or audit tooling')).toEqual([]);
  });
});

describe('industries in an "or" list: the ones the table does not know are options in words', () => {
  it.each([
    ['Experience in logistics, construction or mining', ['logistics-tech', 'term:construction', 'term:mining']],
    ['Experience in insurance, logistics or construction', ['insurtech', 'logistics-tech', 'term:construction']],
  ])('%s', (line, group) => {
    expect(choices(line)).toEqual(sorted([group]));
  });
  it.each([
    ['Experience in any of: payments, lending, insurance', ['payments', 'fintech', 'insurtech']],
    ['Domain experience in one of the following: healthcare, insurance, mining', ['health-tech', 'insurtech', 'term:mining']],
  ])('after a pick\'s cue, with no "or": %s', (line, group) => {
    expect(choices(line)).toEqual(sorted([group]));
  });
  it('where or with whom one worked is no option', () => {
    expect(choices('Experience in healthcare, startups or agencies')).toEqual([]);
  });
  it('a kind of field left open is no option', () => {
    expect(choices('Knowledge of the insurance industry or a comparable regulated area')).toEqual([]);
  });
  it('industries joined by "and" are all asked', () => {
    expect(choices('Experience in logistics and construction')).toEqual([]);
  });
});

describe('a kind and its negation joined by a slash: either will do', () => {
  it.each([
    ['Comfortable with SQL/NoSQL stores', [['sql', 'nosql']]],
    ['Hands-on with SQL/Python', []],
  ])('%s', (line, groups) => {
    expect(choices(line)).toEqual(sorted(groups));
  });
});

describe('a choice of fields in words alone, joined by "and/or"', () => {
  it('"and/or" offers the fields as "or" does', () => {
    expect(choices('Expertise in soil chemistry and/or crop modelling is an advantage')).toEqual(sorted([['term:soil chemistry', 'term:crop modelling']]));
  });
  it('joined by "and", both are asked: no choice', () => {
    expect(choices('Expertise in soil chemistry and crop modelling is an advantage')).toEqual([]);
  });
});

describe('two roles joined by a slash, the experience asked after them: one or the other', () => {
  it.each([
    ['An Android dev / iOS engineer background', [['android', 'ios']]],
    ['Quant dev / HFT engineer experience preferred', [['quantitative-finance', 'trading-systems']]],
  ])('%s', (line, groups) => {
    expect(choices(line)).toEqual(sorted(groups));
  });
  it('one hire with both hats is no choice', () => {
    expect(choices('Android dev / iOS engineer wanted to lead the app')).toEqual([]);
  });
});

describe('a field in one lowercase word first in a pair, right after the words of an ask', () => {
  it.each([
    ['Background in journalism or technical writing', [['technical-writing', 'term:journalism']]],
    ['Experience with budgeting or financial modelling', [['financial-modeling', 'term:budgeting']]],
  ])('%s', (line, groups) => {
    expect(choices(line)).toEqual(sorted(groups));
  });
  it('where one worked is no field', () => {
    expect(choices('Experience in startups or machine learning')).toEqual([]);
  });
});

describe('lists joined by "and" stay all-of, an open end after them too', () => {
  it.each([
    'You have experience with Podman and Nomad or similar',
    'Experience with Terraform and Ansible or equivalent tools',
    'Postgres and Redis experience',
    'Python, Go and Rust',
  ])('%s', (line) => {
    expect(choices(line)).toEqual([]);
  });
  it('an "or" after the "and" still offers its pair', () => {
    expect(choices('Experience with Python and Django or Flask')).toEqual(sorted([['django', 'flask']]));
  });
  it('a comma list closed by an open end is still a pick', () => {
    expect(choices('AWS, GCP or similar')).toEqual(sorted([['aws', 'google-cloud']]));
  });
});
