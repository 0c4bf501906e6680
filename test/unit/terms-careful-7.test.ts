import { describe, expect, it } from 'vitest';
import { bullet } from './readers';

// Options in words mended after careful-reader-7 (session 32b); lines written for this test.
describe('an article before a list of options in words', () => {
  it('"in a NOC or incident response role": the article is no part of the first member, so NOC is an option', () => {
    expect(bullet('2+ years in a NOC or incident response role')).toEqual(['required: incident-response|term:NOC']);
    expect(bullet('Two years in an MSSP or a threat hunting team')).toEqual(['required: threat-hunting|term:MSSP']);
  });

  it('counter-examples: a word that qualifies or a lowercase noun after the article is still no option', () => {
    expect(bullet('Background in a similar or incident response role')).toEqual(['required: incident-response']);
    expect(bullet('Worked in a regulated or incident response setting')).toEqual(['required: incident-response']);
    expect(bullet('Prior work at a bank or penetration testing firm')).toEqual(['required: penetration-testing']);
  });
});
