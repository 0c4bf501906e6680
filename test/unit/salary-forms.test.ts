import { describe, expect, it } from 'vitest';
import { postingFacts } from '../../lib/requirements/facts';
import { postingFromText } from '../../lib/posting/text';

// Pay written as postings of several countries write it; each line written for this test.
const salary = (line: string) => postingFacts(postingFromText(`Platform Engineer\n\n${line}\n`)).salary;

describe('pay in the forms postings write it', () => {
  it('reads a period said after each end of a range', () => {
    expect(salary('The base pay ranges from $142,300/yr to $198,700/yr.')).toEqual({ min: 142300, max: 198700, currency: 'USD', period: 'year' });
    expect(salary('Rate: $70/hr to $82/hr on W2')).toEqual({ min: 70, max: 82, currency: 'USD', period: 'hour' });
  });

  it('reads lakhs (CTC in India)', () => {
    expect(salary('CTC: \u20b918\u201324 LPA')).toEqual({ min: 1_800_000, max: 2_400_000, currency: 'INR', period: 'year' });
    expect(salary('Budget: INR 30 to 42 lakhs per annum')).toEqual({ min: 3_000_000, max: 4_200_000, currency: 'INR', period: 'year' });
  });

  it('reads a month said in German, and a last line that is only a heading with its amount', () => {
    expect(salary('Gehalt: \u20ac5.200 \u2013 \u20ac6.100 brutto/Monat')).toEqual({ min: 5200, max: 6100, currency: 'EUR', period: 'month' });
    expect(salary('Salary up to 92k GBP')).toEqual({ min: null, max: 92000, currency: 'GBP', period: 'year' });
  });
});
