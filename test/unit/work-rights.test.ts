import { describe, expect, it } from 'vitest';
import { rightAsked, rightShown, rightsHeld } from '../../lib/match/work-rights';

// Sentences and resume lines written for this test.
describe('the right to work a posting asks, against what the resume says of its holder', () => {
  it('reads the country an ask names', () => {
    expect(rightAsked('You must have the right to work in the UK')).toBe('the UK');
    expect(rightAsked('Must be authorized to work in the United States without sponsorship')).toBe('the US');
    expect(rightAsked('Canadian citizenship or permanent residency required')).toBe('Canada');
    expect(rightAsked('Experience with AWS in the US')).toBeNull();
  });

  it('reads statements on a line of their own or under a heading, not bullets of work', () => {
    expect(rightsHeld('Oliver Grant\n\nRIGHT TO WORK\nBritish citizen')).toEqual([{ country: 'the UK', evidence: 'British citizen' }]);
    expect(rightsHeld('Ana\nUS Green Card holder \u00b7 no sponsorship required').map((r) => r.country)).toEqual(['the US']);
    expect(rightsHeld('- Built the records system that 40,000 US citizens use to renew their passports, with a React front end and Django APIs on AWS')).toEqual([]);
  });

  it('meets citizenship only with a citizen\'s words, and a right to work with any statement for the country', () => {
    const held = rightsHeld('Sam\nUS permanent resident (Green Card)');
    expect(rightShown('Authorized to work in the US', held)?.country).toBe('the US');
    expect(rightShown('US citizenship required', held)).toBeNull();
    expect(rightShown('Right to work in Canada', held)).toBeNull();
    expect(rightShown('EU work authorization', rightsHeld('Jonas\nGerman citizen'))?.country).toBe('the EU');
  });
});
