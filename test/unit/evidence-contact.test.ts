import { describe, expect, it } from 'vitest';
import { sentenceAround, withoutContact } from '../../lib/match/evidence';

// Lines written for this test.
describe('evidence never carries the holder\'s contact data', () => {
  it('drops e-mail addresses, phone numbers and profile links from a quoted line, and keeps dates and figures', () => {
    expect(withoutContact('Site Reliability Engineer \u00b7 dana.k@example.org \u00b7 (503) 555-0143 \u00b7 Portland, OR')).toBe('Site Reliability Engineer \u00b7 \u2026 \u00b7 \u2026 \u00b7 Portland, OR');
    expect(withoutContact('Mobile: +44 7700 900123 | linkedin.com/in/dana-k')).toBe('Mobile: \u2026 | \u2026');
    expect(withoutContact('Platform Engineer (2019 - 2021): 3,000 servers, 40k QPS')).toBe('Platform Engineer (2019 - 2021): 3,000 servers, 40k QPS');
  });

  it('quotes a resume header line without them', () => {
    const text = 'Dana Kim\nSite Reliability Engineer \u00b7 dana.k@example.org \u00b7 Portland, OR\n';
    const at = text.indexOf('Site');
    expect(sentenceAround(text, at, at + 25)).toBe('Site Reliability Engineer \u00b7 \u2026 \u00b7 Portland, OR');
  });
});
