import { describe, expect, it } from 'vitest';
import { factsLine } from '@/lib/report';
import type { PostingFacts } from '@/lib/requirements/types';

const facts = (o: Partial<PostingFacts>): PostingFacts => ({ yearsMin: null, workMode: null, salary: null, sponsorship: null, clearance: null, degree: null, ...o });
const bs = { level: 'bachelor' as const, required: true, fields: ['Computer Science'], equivalentExperience: false };

describe('the facts line', () => {
  it('says work mode, pay, sponsorship, years, degree and clearance in that order', () => {
    expect(
      factsLine(
        facts({ workMode: 'remote', salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' }, sponsorship: false, yearsMin: 5, degree: bs, clearance: 'TS/SCI' }),
      ),
    ).toEqual(['Remote', '$150K–$190K a year', 'No visa sponsorship', '5+ years', 'Bachelor’s degree', 'Clearance: TS/SCI']);
  });

  it('a degree only wished for, or one that experience can stand in for', () => {
    expect(factsLine(facts({ degree: { ...bs, required: false } }))).toEqual(['Bachelor’s degree preferred']);
    expect(factsLine(facts({ degree: { ...bs, equivalentExperience: true } }))).toEqual(['Bachelor’s degree or equivalent']);
  });

  it('years or a degree as alternatives ("3+ years, or a PhD") are one phrase, not two asks', () => {
    const phd = { level: 'phd' as const, required: true, fields: [], equivalentExperience: true, orYears: true as const };
    expect(factsLine(facts({ yearsMin: 3, degree: phd }))).toEqual(['3+ years or a PhD']);
    expect(factsLine(facts({ yearsMin: 4, degree: { ...bs, equivalentExperience: true, orYears: true } }))).toEqual(['4+ years or a Bachelor’s degree']);
  });

  it('pay as written when the currency is unknown, hourly rates, and open ranges', () => {
    expect(factsLine(facts({ salary: { min: 60, max: 80, currency: 'USD', period: 'hour' } }))).toEqual(['$60–$80 an hour']);
    expect(factsLine(facts({ salary: { min: null, max: 200000, currency: 'USD', period: 'year' } }))).toEqual(['up to $200K a year']);
    expect(factsLine(facts({ salary: { min: 90000, max: null, currency: 'EUR', period: 'year' } }))).toEqual(['from €90K a year']);
  });
});
