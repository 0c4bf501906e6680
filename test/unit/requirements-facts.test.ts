import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import type { Posting, SectionKind } from '../../lib/posting/types';
import { postingFacts } from '../../lib/requirements/facts';

// Every sentence here was written for these tests; none comes from a real posting.
const facts = (text: string) => postingFacts(postingFromText(text));
const withSections = (...sections: Array<[SectionKind, string]>): Posting => ({
  site: 'text',
  url: '',
  title: 'Engineer',
  company: 'Example',
  location: '',
  sections: sections.map(([kind, text]) => ({ kind, heading: kind, text, offset: 0 })),
});

describe('yearsMin', () => {
  it.each([
    ['You have 5+ years of professional software experience.', 5],
    ['We want 3-5 years building backend services.', 3],
    ['At least three years of experience with distributed systems.', 3],
    ['A minimum of 4 years in an engineering role.', 4],
    ['Five (5) years of experience shipping mobile apps.', 5],
    ['7 or more years of experience in data engineering.', 7],
    ['Overall 6+ years of experience, including 2+ years with Rust.', 6],
    ['You bring 10+ yrs, mostly platform work.', 10],
    ['A decade of experience leading infrastructure teams.', 10],
    ["We're hiring someone with 4+ years of experience in payments.", 4],
    ['Staff engineers: 8+ years of experience; 2+ years leading teams.', 8],
    ['Juniors welcome: 0-2 years of experience.', null],
  ])('%s → %s', (text, years) => {
    expect(facts(text).yearsMin).toBe(years);
  });

  it.each([
    'Founded 12 years ago, we make firmware for boats.',
    'Our founders bring 200 years of combined experience in logistics.',
    'The team has over 40 years of collective experience.',
    'We have been in business for 15 years and are profitable.',
    'You get a paid sabbatical after 5 years of employment.',
    'We have 3 years of runway.',
    'Voted best place to work 3 years running.',
    'Nothing about time at all.',
  ])('no years asked: %s', (text) => {
    expect(facts(text).yearsMin).toBeNull();
  });

  it('years only wished for are not a minimum', () => {
    expect(postingFacts(withSections(['preferred', '8+ years of experience with compilers']))).toMatchObject({ yearsMin: null });
  });
});

describe('workMode', () => {
  it.each([
    ['Acme | Backend Engineer | Berlin | REMOTE', 'remote'],
    ['Acme | Backend Engineer | Remote (US only) | Full-time', 'remote'],
    ['We work fully distributed across Europe.', 'remote'],
    ['Hybrid: 3 days a week in the office in Leeds.', 'hybrid'],
    ['This role is onsite in Austin, five days a week.', 'onsite'],
    ['Acme | Designer | Lisbon (In-Office) | Full-time', 'onsite'],
    ['This is not a remote role; you will sit with the team in our office.', 'onsite'],
    ['Acme | Engineer | Paris | Hybrid or fully remote', 'remote'],
    ['Acme | Engineer | Oslo | ONSITE, remote possible for exceptional candidates', 'onsite'],
    ['Acme | Engineer | Leeds | ONSITE\n\nWe are in the office three days a week.', 'hybrid'],
    ['We sit together Mon, Wed and Thu and WFH Tuesdays and Fridays.', 'hybrid'],
    ['Office in Porto; sponsorship / remote is not an option.', 'onsite'],
  ])('%s → %s', (text, mode) => {
    expect(facts(text).workMode).toBe(mode);
  });

  it.each(['We build remote sensing pipelines for farms.', 'Ship remote access tooling for hospitals.', 'We build ledgers.'])('no mode: %s', (text) => {
    expect(facts(text).workMode).toBeNull();
  });
});

describe('salary', () => {
  it.each([
    ['Salary: $150,000–$190,000 per year', { min: 150000, max: 190000, currency: 'USD', period: 'year' }],
    ['Base pay $150k - $190k + equity', { min: 150000, max: 190000, currency: 'USD', period: 'year' }],
    ['Compensation: £60k - £75k', { min: 60000, max: 75000, currency: 'GBP', period: 'year' }],
    ['Gehalt €70.000 - €85.000 brutto', { min: 70000, max: 85000, currency: 'EUR', period: 'year' }],
    ['Salary 70.000 EUR per year', { min: 70000, max: 70000, currency: 'EUR', period: 'year' }],
    ['Range: $140-170K CAD', { min: 140000, max: 170000, currency: 'CAD', period: 'year' }],
    ['Pay: CAD 120,000 - 140,000', { min: 120000, max: 140000, currency: 'CAD', period: 'year' }],
    ['Contract rate $60-$80 per hour', { min: 60, max: 80, currency: 'USD', period: 'hour' }],
    ['Rate: 40-60 EUR or 170-250 PLN per hour', { min: 40, max: 60, currency: 'EUR', period: 'hour' }],
    ['Rate: 55 EUR/hour', { min: 55, max: 55, currency: 'EUR', period: 'hour' }],
    ['Salary up to $200k depending on level', { min: null, max: 200000, currency: 'USD', period: 'year' }],
    ['Senior: $150-180k. Staff: $180-220k.', { min: 150000, max: 220000, currency: 'USD', period: 'year' }],
  ])('%s', (text, salary) => {
    expect(facts(text).salary).toEqual(salary);
  });

  it.each([
    'We closed a $5M seed round last spring.',
    'We raised $20 million from investors we like.',
    'Competitive salary and equity.',
    'A $1,000 yearly learning budget and a $500 home office stipend.',
    '401k match and good insurance.',
    'Our customers process $3B in payments each year.',
    'Series B company, 120 people.',
  ])('not a salary: %s', (text) => {
    expect(facts(text).salary).toBeNull();
  });
});

describe('sponsorship', () => {
  it.each([
    ['Visa sponsorship available.', true],
    ['We sponsor H-1B visas and help with relocation.', true],
    ['We offer visa sponsorship for the right person.', true],
    ['We can help with visas and the move.', true],
    ['Acme | Engineer | Amsterdam | ONSITE | VISA', true],
    ['We are unable to sponsor visas at this time.', false],
    ['No visa sponsorship is available for this role.', false],
    ['Candidates must be authorized to work in the United States.', false],
    ['You must already have the right to work in the UK.', false],
    ['US citizens only, due to the contract.', false],
    ['Open to U.S. citizens/green card holders living in the U.S. only', false],
    ['Acme | Engineer | Lisbon | ONSITE | VISA SPONSORSHIP', true],
    ['You must be able to work in person in our Leeds office.', null],
    ['This job requires EU citizenship.', false],
    ['Relocation is offered, but sponsorship or remote is not.', false],
    ['We build ledgers for farms.', null],
  ])('%s → %s', (text, value) => {
    expect(facts(text).sponsorship).toBe(value);
  });
});

describe('clearance', () => {
  it.each([
    ['Active TS/SCI clearance required.', 'TS/SCI'],
    ['You must be able to obtain a Secret clearance.', 'Secret'],
    ['An active Top Secret clearance.', 'Top Secret'],
    ['A security clearance is required for this work.', 'security clearance'],
    ['You hold an active TS clearance and can obtain SCI.', 'TS/SCI'],
  ])('%s → %s', (text, name) => {
    expect(facts(text).clearance).toBe(name);
  });

  it.each(['A security clearance is a plus.', 'We build ledgers for farms.', 'No clearance needed.'])('none: %s', (text) => {
    expect(facts(text).clearance).toBeNull();
  });
});

describe('degree', () => {
  it('a bachelor in a field, or equivalent experience', () => {
    expect(facts('BS in Computer Science or equivalent experience.').degree).toEqual({
      level: 'bachelor',
      required: true,
      fields: ['Computer Science'],
      equivalentExperience: true,
    });
  });

  it('a preferred master', () => {
    expect(facts("Master's degree in Statistics or Mathematics preferred.").degree).toEqual({
      level: 'master',
      required: false,
      fields: ['Statistics', 'Mathematics'],
      equivalentExperience: false,
    });
  });

  it.each([
    ['A PhD in machine learning is a plus.', 'phd', false],
    ["An associate's degree in networking is required.", 'associate', true],
    ['BS/MS in CS or a related field.', 'bachelor', true],
    ["A bachelor's degree or higher.", 'bachelor', true],
    ['MS + 4 years building recommenders.', 'master', true],
    ['Research depth at MA/PhD level.', 'master', true],
    ['BS, MS or PhD in a quantitative field.', 'bachelor', true],
  ])('%s', (text, level, required) => {
    expect(facts(text).degree).toMatchObject({ level, required });
  });

  it('under "Nice to have" a degree is not required', () => {
    expect(postingFacts(withSections(['preferred', 'A degree in physics']))).toMatchObject({ degree: { level: 'bachelor', required: false } });
  });

  it('the lowest level asked wins over one only wished for', () => {
    const p = withSections(['requirements', 'BS in Computer Science.'], ['preferred', 'PhD in Physics.']);
    expect(postingFacts(p).degree).toMatchObject({ level: 'bachelor', required: true });
  });

  it.each(['Acme | Engineer | Boston, MA / Remote', 'We run a fast, no BS, kind team.', 'No degree required, we care about what you built.', 'Our founders hold PhDs from two universities.', 'We build ledgers.'])('none: %s', (text) => {
    expect(facts(text).degree).toBeNull();
  });
});

it('facts of the about and benefits parts are not asked of the candidate', () => {
  const p = withSections(['about', 'Our team has 5+ years of experience with PhDs galore.'], ['benefits', 'Visa sponsorship available. Salary $100k-$120k.']);
  expect(postingFacts(p)).toEqual({
    yearsMin: null,
    workMode: null,
    salary: { min: 100000, max: 120000, currency: 'USD', period: 'year' },
    sponsorship: true,
    clearance: null,
    degree: null,
  });
});
