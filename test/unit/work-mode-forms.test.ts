import { describe, expect, it } from 'vitest';
import { postingFacts } from '../../lib/requirements/facts';
import { postingFromText } from '../../lib/posting/text';

// Each line written for this test.
const mode = (line: string) => postingFacts(postingFromText(`Platform Engineer\n\n${line}\n`)).workMode;

describe('work mode in the forms postings write it', () => {
  it('reads a share of the week in the office, home work now and then, and a day a week in an office as hybrid', () => {
    expect(mode('Flexible working: 40% office, the rest from home')).toBe('hybrid');
    expect(mode('Office-based in Bristol with occasional WFH')).toBe('hybrid');
    expect(mode('Hybrid-remote, one day a week in our Denver office')).toBe('hybrid');
  });

  it('still reads "Remote/hybrid" as remote open to the candidate', () => {
    expect(mode('Remote/hybrid (US)')).toBe('remote');
  });
});
