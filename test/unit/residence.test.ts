import { describe, expect, it } from 'vitest';
import { residencePlaces, residenceVerdict, resumePlaces } from '../../lib/match/residence';

// Sentences and resume headers written for this test.
describe('where the job says its people must live, against the resume header', () => {
  it('reads the states or countries a residence line lists, and nothing from a line that sets none', () => {
    expect(residencePlaces('Remote \u2014 must reside in TX, FL, GA, NC or AZ')).toEqual({ states: ['TX', 'FL', 'GA', 'NC', 'AZ'], countries: [] });
    expect(residencePlaces('This role is open to candidates based in Canada or the UK.')).toEqual({ states: [], countries: ['Canada', 'United Kingdom'] });
    expect(residencePlaces('You must be located in one of the following states: Colorado, Utah, Oregon')?.states).toEqual(['CO', 'OR', 'UT']);
    expect(residencePlaces('We have offices in Austin, TX and Denver, CO.')).toBeNull();
    expect(residencePlaces('Must reside in a time zone that overlaps with ours')).toBeNull();
  });

  it('reads the address in the first lines of a resume', () => {
    expect(resumePlaces('Laura Chen\nAtlanta, GA \u00b7 laura@example.com\n\nExperience\nEngineer, Acme, Austin, TX')).toEqual({ states: ['GA'], countries: ['United States'] });
    expect(resumePlaces('Jonas Weber\nLeipzig, Germany \u00b7 jonas@example.de')).toEqual({ states: [], countries: ['Germany'] });
    expect(resumePlaces('Sam Lee\nsam@example.com')).toEqual({ states: [], countries: [] });
  });

  it('meets the line where the address is listed, fails it where it is another, and cannot tell without one', () => {
    const asked = residencePlaces('Must live in TX, FL or GA')!;
    expect(residenceVerdict(asked, resumePlaces('A\nAtlanta, GA'))?.verdict).toBe('met');
    expect(residenceVerdict(asked, resumePlaces('A\nSeattle, WA'))).toEqual({ verdict: 'unmet', evidence: 'The resume\u2019s address is in Washington, not a state listed.' });
    expect(residenceVerdict(asked, resumePlaces('A\na@example.com'))).toBeNull();
    expect(residenceVerdict(residencePlaces('Open to candidates based in Canada')!, resumePlaces('B\nToronto, ON, Canada'))?.verdict).toBe('met');
  });
});

describe('a resume header with a title line', () => {
  it('reads the address below a title written in words', () => {
    expect(resumePlaces('Kwame Asante\nSite Reliability Engineer\nDenver, CO \u00b7 k@example.com\nSUMMARY\nWorked in Austin, TX')).toEqual({ states: ['CO'], countries: ['United States'] });
  });
});

describe('a region', () => {
  it('sets no list to check: the countries after it are preferences', () => {
    expect(residencePlaces('You should be based in Europe (Germany preferred, Hamburg best).')).toBeNull();
  });
});
