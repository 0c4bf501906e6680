import { describe, expect, it } from 'vitest';
import { readings } from './readers';

// Facts of short postings, written fresh for this test (session 34, #12), each reading decided before the code ran.
// Found by careful-reader-9's first read: a posting hiring at two levels asked "4+ years" only "For the senior opening,
// additionally:", and the years were read as the whole posting's minimum (the other opening asks none).
const CASES: Array<[string, string, Record<string, string>]> = [
  ['years of one opening only', 'Two openings: Analyst and Senior Analyst\n\nFor both openings:\n- Strong SQL\n- Clear writing\n\nFor the senior opening, additionally:\n- 5+ years of analytics experience\n- Mentoring', { yearsMin: 'null' }],
  ['years of one role only, the other without', 'Hiring a Designer and a Lead Designer\n\nFor the lead role only:\n- 8+ years of product design experience\n\nFor the designer role:\n- A portfolio', { yearsMin: 'null' }],
  // Each opening names years: the lowest is the posting's minimum.
  ['years of each opening', 'Two openings\n\nFor the junior opening:\n- 1+ years of professional experience\n\nFor the senior opening:\n- 6+ years of professional experience', { yearsMin: '1' }],
  // Found by careful-reader-9's second batch: three levels, two with parts of their own; the third asks no years.
  ['years of two openings of three', 'Engineers (Mid, Senior, Lead)\n\nFor all three roles:\n- TypeScript\n\nFor the Senior role:\n- 4+ years of professional experience\n\nFor the Lead role:\n- 7+ years of professional experience', { yearsMin: 'null' }],
  ['years of each of three openings', 'For all three roles:\n- TypeScript\n\nFor the Mid role:\n- 2+ years of professional experience\n\nFor the Senior role:\n- 4+ years of professional experience\n\nFor the Lead role:\n- 7+ years of professional experience', { yearsMin: '2' }],
  // Years all openings share count, whatever one opening asks besides.
  ['years all openings share', 'For both openings:\n- 2+ years of experience in customer support\n\nFor the senior opening, additionally:\n- 5+ years of experience in customer support', { yearsMin: '2' }],
  // "For the right person" / "For this role" name no opening of several.
  ['a heading for this role', 'For this role:\n- 4+ years of professional experience with Go', { yearsMin: '4' }],
  // Found by careful-reader-9's second batch: the tax of a contractor's invoice between the amount and its period.
  ['net plus VAT by the month', 'QA Engineer\nKraków (hybrid)\n\nSalary: 18 000 – 23 000 PLN net + VAT per month (B2B)', { salary: 'PLN 18000-23000 month' }],
  ['plus VAT by the hour', 'Contract DevOps Engineer\nRemote (UK)\n\nRate: £55–£65 plus VAT per hour', { salary: 'GBP 55-65 hour' }],
  // Without a period after the tax, the amount is by the year.
  ['net plus VAT, no period', 'Data Engineer\nWarsaw\n\nB2B: 240 000 – 300 000 PLN net + VAT', { salary: 'PLN 240000-300000 year' }],
];

describe('facts of fresh postings (session 34)', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    const got = readings(text);
    for (const [k, v] of Object.entries(want)) expect(`${k}: ${got[k]}`).toBe(`${k}: ${v}`);
  });
});
