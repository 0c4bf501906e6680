import { describe, expect, it } from 'vitest';
import type { SectionKind } from '../../lib/posting/types';
import { classifyHeading } from '../../lib/posting/sections';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { findYears } from '../../lib/requirements/text';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { itemsIn } from './readers';

// An item that names no skill, years or degree shows in the checklist as "cannot tell from a resume": it belongs
// there only when it asks something of the candidate. Every sentence here was written for these tests.
const { matcher, taxonomy } = bundled();
const find = (text: string) => findSkills(matcher, text);
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };


describe('prose with no headings: only what asks of the candidate is an item', () => {
  it.each([
    'Quillmark turns scanned invoices into ledgers that balance themselves.',
    'We closed our seed round in spring and have doubled revenue twice since.',
    'Our two founders spent a decade building payment rails at a large bank.',
    'The founding team brings a long record in retail and logistics.',
    '(About a third of the team came from academia.)',
    'This is our second engineering hire and a role with real scope.',
    'You will join a team of six and own the billing service from week one.',
    "You'll have a laptop of your choice and a yearly learning budget.",
    'If the idea of fixing paperwork excites you, we would love to hear from you.',
    'Ready to help small shops get paid on time?',
    'No accounting background required; we will teach you the domain.',
    'We are looking for a Senior Engineer to join our Ledger team.',
    'I started this company after years of chasing unpaid invoices myself.',
    'Send us a short note about something you built and a link to your code.',
  ])('not an item: %s', (sentence) => {
    expect(itemsIn([['other', sentence]])).toEqual([]);
  });

  it.each([
    'You should be at ease reading a balance sheet.',
    "We're looking for people who stay calm when a release goes sideways.",
    'Looking for Lisbon-based engineers who can be in the office twice a week.',
    'A background in accounting would be a plus.',
    'Must be able to work overlapping hours with Pacific time.',
    'You are curious, patient with users, and unafraid of legacy code.',
    'Comfortable working on your own across time zones.',
  ])('an item: %s', (sentence) => {
    expect(itemsIn([['other', sentence]])).toEqual([sentence]);
  });
});

describe('a list of asks keeps its lines; the lines that ask nothing still go', () => {
  it('under a requirements heading, a short line asks; a company line, a heading-like line and an offer do not', () => {
    const list = '- Calm under pressure\n- Clear written communication in English\n- We ship every day and celebrate it\n- Core Values\n- For seniors we offer a generous equity grant';
    const got = itemsIn([['requirements', list, 'What we look for']]);
    expect(got.some((t) => t.includes('Calm under pressure'))).toBe(true);
    expect(got.some((t) => /We ship|Core Values|we offer/.test(t))).toBe(false);
  });
  it('bullets under a line that asks are asks; bullets under a line where the company tells its record are not', () => {
    const asked = itemsIn([['other', 'We want someone who has done this before:\n• Ran an on-call rotation for a paid product\n• Wrote the postmortem afterwards']]);
    expect(asked.filter((t) => /on-call|postmortem/.test(t)).length).toBe(2);
    const record = itemsIn([['other', 'In three years, with a team of four, we have:\n• Signed forty paying customers\n• Grown to profit without outside money']]);
    expect(record).toEqual([]);
  });
});

describe('a heading framed by dashes starts a part', () => {
  it('"It\'d be great if you also" heads the nice-to-haves', () => {
    expect(classifyHeading("It'd be great if you also")).toBe('preferred');
    expect(classifyHeading('It’d be nice if you had')).toBe('preferred');
  });
  it('"- What you bring -" is a requirements heading, and its lines are asks', () => {
    const p = postingFromText('Quillmark | Engineer | Remote\n\n- What you bring -\nA steady hand with legacy systems.\nPatience with users.\n\n- Nice to have -\nTime spent in a finance team.');
    expect(p.sections.map((s) => s.kind)).toEqual(expect.arrayContaining(['requirements', 'preferred']));
    expect(p.sections.find((s) => s.kind === 'requirements')?.heading).toMatch(/What you bring/);
  });
});

describe('years that are not experience asked', () => {
  it.each([
    'Students with two years left of their degree are welcome to apply.',
    'Three years of college coursework in physics counts for little here.',
    'You may still have a year remaining before you graduate.',
  ])('none in: %s', (t) => expect(findYears(t)).toEqual([]));
  it('"y/o/e" is years of experience', () => {
    expect(findYears('Level 2 roles want 4-7 y/o/e in backend work.')).toMatchObject([{ min: 4, max: 7 }]);
  });
});

describe('an item that names skills asks for them unless it plainly does not', () => {
  it.each([
    'No Kubernetes experience required; we will teach you our platform.',
    "You'll own the data pipelines end to end and grow the analytics practice.",
    'You need to enable JavaScript to run this app.',
    'We are rebuilding the ledger in Rust this year.',
  ])('not an item: %s', (sentence) => {
    expect(itemsIn([['other', sentence]])).toEqual([]);
  });
  it.each([
    "Kubernetes experience isn't required, but it is a plus.",
    "You'll build services in Go or Rust, whichever suits the job.",
    'We need someone fluent in Rust and comfortable with async code.',
    "We're hiring two SREs to run our Kubernetes clusters.",
  ])('an item: %s', (sentence) => {
    expect(itemsIn([['requirements', sentence, 'Requirements']]).length).toBeGreaterThan(0);
  });
});

describe('in a part of asks, the candidate described in prose is asked', () => {
  it('"You …" sentences of a paragraph under a requirements heading stay; what the job gives and the EEO line do not', () => {
    const para =
      'You sweat the small details of an invoice. But you also know when good enough ships. When the spec is thin, your first instinct is to call a customer. You measure twice: what would a dentist notice first? You will get a yearly learning budget. Acme is an equal opportunity employer.';
    const got = itemsIn([['requirements', para, 'Who you are']]);
    expect(got.filter((t) => /^(?:You sweat|But you also|When the spec|You measure)/.test(t)).length).toBe(4);
    expect(got.some((t) => /learning budget|equal opportunity/.test(t))).toBe(false);
  });
});

describe('a spoken language asked, in phrasings beyond "fluent X"', () => {
  const kindOfFirst = (line: string) => {
    const posting = postingFromText(`Quillmark | Engineer | Berlin\n\nWe make billing software.\n\nRequirements:\n- ${line}\n- 3+ years with Go`);
    return requirementItems(posting, find, options)[0]?.kind;
  };
  it.each(['Spanish is a plus.', 'Good command of Italian.', 'Korean speakers preferred.', 'Clear writing in English and Portuguese.', 'Able to read and write Mandarin.'])('language: %s', (line) => {
    expect(kindOfFirst(line)).toBe('language');
  });
  it.each(['Understanding of the Japanese market.', 'Polish your PRs before review.', 'You have sold to French enterprises before.'])('no language: %s', (line) => {
    expect(kindOfFirst(line)).not.toBe('language');
  });
});
