import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import type { SectionKind } from '../../lib/posting/types';
import { postingFacts } from '../../lib/requirements/facts';

// Years asked in forms the labelled postings do not use, and years that are not the candidate's.
// Every sentence here was written for these tests; none comes from a real posting.
const yearsMin = (text: string) => postingFacts(postingFromText(`Acme | Engineer | Remote\n\n${text}`)).yearsMin;

describe('yearsMin in forms not seen while tuning', () => {
  it.each([
    ['5+ YOE building backend systems.', 5],
    ['Looking for 4+ yoe in mobile.', 4],
    ['You have 5 yrs of Go in production.', 5],
    ["Seven years' experience designing APIs.", 7],
    ["3 years’ experience with React.", 3],
    ['Experience: 5+ years', 5],
    ['At least 3 years of hands-on experience with Kubernetes.', 3],
    ['4+ years as a backend engineer.', 4],
    ["You've been writing software professionally for five years or more.", 5],
    ['Senior level (6+ years).', 6],
    ['A decade+ of experience in security.', 10],
    ['Over a decade of experience building compilers.', 10],
    ['Minimum 5 years experience in fintech.', 5],
    ['5-7 yrs exp with data pipelines.', 5],
    ['Years of experience: 4+', 4],
    ['Experience level: 5+ years', 5],
    ['Mid-level (3-5 years).', 3],
    ['5 years minimum in a similar role.', 5],
    ['BS in CS plus 4 years of industry work.', 4],
    ['2 years+ experience with Python.', 2],
    ['Experience with Go (3+ years).', 3],
    ["You've shipped production code for at least four years.", 4],
    ['Six or more years in software.', 6],
    ['Two+ years of experience in Rust.', 2],
    ['8 years of relevant experience, 3 of which in a lead role.', 8],
    ['You bring 3 to 5 years of startup experience.', 3],
    ['We need someone with 5 years in ad tech.', 5],
    ['Three-plus years of experience with React Native.', 3],
    ['5+ years of software engineering experience.', 5],
    ['Requires 7+ years of relevant experience.', 7],
    ['Ideal candidates have 4+ years of experience.', 4],
    ['You have spent 3+ years building distributed systems.', 3],
    ['Have been coding for 10 years.', 10],
    ['Experience (3+ yrs) with Kafka.', 3],
    ['5y+ of backend experience.', 5],
    ['4 years of experience minimum.', 4],
    ['A minimum of three (3) years of experience.', 3],
    ['more than five years of experience in ML', 5],
    ['Looking for: 2-4 yrs frontend, happy to own features end to end.', 2],
    ['3 years Elixir', 3],
    ['6 years Python, Django', 6],
    ['Ten years in retail is not needed; 2 yrs is fine.', 2],
    ["You've got 6 years under your belt.", 6],
    ['Support engineering background with enterprise clients (3-6 years).', 3],
  ] as Array<[string, number]>)('%s → %s', (text, want) => {
    expect(yearsMin(text)).toBe(want);
  });

  it.each([
    'We have been around for 10 years and are profitable.',
    'Our team has 50+ years of combined experience.',
    'Equity vests over 4 years.',
    'We have grown 3x in 2 years.',
    'Our customers have trusted us for 20+ years.',
    'We have 5+ years of runway.',
    'Serving clients for 15+ years.',
    'We have a 10+ year track record in payments.',
    'Our founders spent 8 years at Google.',
    'After 2 years you get a sabbatical.',
    'The product is 6 years old.',
    'We raised $20M and have 4 years of runway.',
    'Several years of experience with Go.',
    'Many years in the industry.',
    '12 years and counting.',
    'Our engineers average 8+ years in payments.',
    'Most of us have 10+ years of backend experience.',
    '7 years ago this started as a side project.',
  ])('not the candidate\'s years: %s', (text) => {
    expect(yearsMin(text)).toBeNull();
  });

  it('years in the benefits are not asked', () => {
    const sections: Array<[SectionKind, string]> = [['requirements', 'Solid Go and Postgres.'], ['benefits', 'A tenure bonus at 3+ years, and a paid sabbatical.']];
    const posting = { site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '', sections: sections.map(([kind, text]) => ({ kind, heading: kind, text, offset: 0 })) };
    expect(postingFacts(posting).yearsMin).toBeNull();
  });
});

describe('which years are asked', () => {
  const posting = (...sections: Array<[SectionKind, string, string?]>) => ({
    site: 'text', url: '', title: 'Engineer', company: 'Acme', location: '',
    sections: sections.map(([kind, text, heading]) => ({ kind, heading: heading ?? kind, text, offset: 0 })),
  });
  it.each([
    // A wish in another clause is not a wish for the years.
    ['5+ years of backend experience; Rust is a plus.', 5],
    ['5+ years of backend experience, Kubernetes a plus.', 5],
    ['4+ years of Python, and Go is nice to have.', 4],
    ['3+ years of experience with React (Next.js a bonus).', 3],
    // … but a wish said of the years is.
    ['4+ years of experience preferred.', null],
    ['Ideally 6+ years in fintech.', null],
    ['Bonus: 3+ years of Rust.', null],
  ] as Array<[string, number | null]>)('%s → %s', (text, want) => {
    expect(yearsMin(text)).toBe(want);
  });

  it('a heading can say the years', () => {
    expect(postingFacts(posting(['other', '- Go\n- Postgres', 'What you bring (4+ years)'])).yearsMin).toBe(4);
    expect(postingFacts(posting(['requirements', '- Go'], ['benefits', '- Lunch', 'Perks after 2+ years'])).yearsMin).toBeNull();
  });
});
