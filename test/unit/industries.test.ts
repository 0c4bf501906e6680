import { describe, expect, it } from 'vitest';
import { INDUSTRY_WORDS } from '../../lib/requirements/industries';
import { industriesAsked } from '../../lib/match/domains';
import { bullet } from './readers';

// One table of the words an industry is asked with serves the posting's items and the match (#12). Sentences written
// for this test.
describe('industries asked in words: one table for the items and the match', () => {
  it('the posting side reads each taxonomy industry the match side judges, with the same words', () => {
    expect(bullet('Background in the clinical domain')).toEqual(['required: health-tech']);
    expect(bullet('Experience at financial institutions')).toEqual(['required: fintech']);
    for (const ask of ['Experience in the clinical domain', 'Experience at financial institutions']) {
      const id = industriesAsked(ask)[0];
      expect(INDUSTRY_WORDS.find((i) => i.id === id)?.inTaxonomy).toBe(true);
    }
  });

  it('an industry once named in words only is a taxonomy id now, a group of the items the match judges by the roles', () => {
    expect(industriesAsked('Experience in the energy sector')).toEqual(['energy-systems']);
    expect(INDUSTRY_WORDS.find((i) => i.id === 'energy-systems')?.inTaxonomy).toBe(true);
    expect(bullet('Experience in the energy sector')).toEqual(['required: energy-systems']);
  });

  it('a word of an industry that asks no industry gives none', () => {
    expect(bullet('Build financial reports in Python')).toEqual(['required: python']);
    expect(industriesAsked('Build financial reports in Python')).toEqual([]);
  });
});
