import { describe, expect, it } from 'vitest';
import { matchRequirements, type ResumeFacts } from '@/lib/match/requirements';
import type { RequirementItem } from '@/lib/requirements/types';
import type { Profile } from '@/lib/resume/profile';

// Verdicts mended after careful-reader-7 (session 32b): each with lines written for this test and a counter-example.
const item = (o: Partial<RequirementItem>): RequirementItem => ({ text: '', importance: 'required', kind: 'skills', groups: [], years: null, degree: null, start: 0, end: 0, ...o });
const profile = (o: Partial<Profile> = {}): Profile => ({ roles: [], totalYears: 2, skillYears: {}, skillRoles: {}, degrees: [], clearance: null, languages: [], warnings: [], ...o });
const facts = (text: string, p: Partial<Profile> = {}): ResumeFacts => ({ covered: new Map(), profile: profile(p), text });
const verdict = (i: Partial<RequirementItem>, r: ResumeFacts) => matchRequirements([item(i)], r, (id) => id)[0]!;

describe('a degree the resume gives as not yet completed', () => {
  const bachelor = { level: 'bachelor' as const, required: true, fields: [], equivalentExperience: false };
  const asked = { kind: 'degree' as const, text: "Bachelor's in Geography or a related field", degree: bachelor };

  it('is partly met: "B.A. Geography (in progress)", or a school line under it that expects the year', () => {
    expect(verdict(asked, facts('EDUCATION\nB.A. Geography, Lakeview State (in progress)', { degrees: [{ level: 'bachelor', field: 'Geography' }] }))).toMatchObject({ verdict: 'partial', evidence: expect.stringMatching(/not yet completed/) });
    expect(verdict(asked, facts('Bachelor of Arts, Geography\nLakeview State University, expected 2028', { degrees: [{ level: 'bachelor', field: 'Geography' }] })).verdict).toBe('partial');
  });

  it('counter-examples: a completed one, a lower completed one beside it, and an ask a student meets', () => {
    expect(verdict(asked, facts('EDUCATION\nB.A. Geography, Lakeview State, 2019', { degrees: [{ level: 'bachelor', field: 'Geography' }] })).verdict).toBe('met');
    const both = facts('M.S. Hydrology — expected 2027\nB.A. Geography, Lakeview State, 2019', { degrees: [{ level: 'master', field: 'Hydrology' }, { level: 'bachelor', field: 'Geography' }] });
    expect(verdict(asked, both).verdict).toBe('met');
    expect(verdict({ ...asked, text: "Currently pursuing a Bachelor's in Geography" }, facts('B.A. Geography (in progress)', { degrees: [{ level: 'bachelor', field: 'Geography' }] })).verdict).toBe('met');
    // "candidate" in a line about work, not the degree's, changes nothing.
    expect(verdict(asked, facts('Screened every candidate for the Geography lab\nB.A. Geography, 2018', { degrees: [{ level: 'bachelor', field: 'Geography' }] })).verdict).toBe('met');
  });
});

describe('a US clearance the resume names as lapsed', () => {
  const obtain = { kind: 'clearance' as const, text: 'Top Secret clearance, or eligibility to obtain one' };
  const held = { kind: 'clearance' as const, text: 'Current Secret clearance' };

  it('meets one to be obtained, and partly one held now', () => {
    expect(verdict(obtain, facts('CLEARANCES\nTop Secret (expired 2021)'))).toMatchObject({ verdict: 'met', evidence: expect.stringMatching(/Top Secret \(expired 2021\)/) });
    expect(verdict(held, facts('- Formerly held a Secret clearance (Navy, 2012-2016)')).verdict).toBe('partial');
  });

  it('counter-examples: "secret" in a line that is no clearance, and a resume with none', () => {
    expect(verdict(held, facts('- Former maintainer of a secret-sharing library')).verdict).toBe('unmet');
    expect(verdict(obtain, facts('Data analyst, 2019 – present')).verdict).toBe('unknown');
  });
});

describe('a language level asked, in its own clause', () => {
  const langs = (text: string) => facts(text, { languages: ['Dutch', 'French'] });

  it('"Dutch at C2; French at least B2" asks French at B2: B2 meets it, B1 falls short of it', () => {
    const ask = { kind: 'language' as const, text: 'Dutch at C2; French at least B2' };
    expect(verdict(ask, langs('Languages\nDutch (native), French (B2)')).verdict).toBe('met');
    expect(verdict(ask, langs('Languages\nDutch (native), French (B1)'))).toMatchObject({ verdict: 'partial', evidence: 'The resume gives French at B1; B2 or above asked.' });
  });

  it('counter-example: a level before the language in its clause still counts ("C1 French")', () => {
    expect(verdict({ kind: 'language', text: 'Fluent Dutch, C1 French' }, langs('Languages\nDutch (native), French (B2)')).verdict).toBe('partial');
  });
});

describe('an ask in words the resume words answer', () => {
  const other = (text: string) => ({ kind: 'other' as const, text, importance: 'preferred' as const });

  it('publications at named venues: met by a line naming one; a resume naming none says nothing', () => {
    expect(verdict(other('Papers at CVPR, ECCV or comparable conferences'), facts('PUBLICATIONS\nOkafor, T. "Sparse depth priors." ECCV 2024.'))).toMatchObject({ verdict: 'met', evidence: expect.stringMatching(/ECCV 2024/) });
    expect(verdict(other('Papers at CVPR, ECCV or comparable conferences'), facts('Computer vision engineer, 2020 – present')).verdict).toBe('unknown');
  });

  it('work at a startup: met by a line that says one or its stage; a program\u2019s "startup time" is no startup', () => {
    expect(verdict(other('Prior time at a startup'), facts('Backend engineer, Tidepool (Series A, 30 people), 2021 – 2024')).verdict).toBe('met');
    expect(verdict(other('Prior time at a startup'), facts('- Cut Android startup time by 40%')).verdict).toBe('unknown');
  });

  it('examples after a colon: any one named in the resume shows the thing asked; none named says nothing', () => {
    expect(verdict(other('At home in a machine shop: lathes, mills, surface grinders'), facts('- Turned prototype shafts on a manual lathe'))).toMatchObject({ verdict: 'met', evidence: 'The resume says \u201cTurned prototype shafts on a manual lathe\u201d.' });
    expect(verdict(other('At home in a machine shop: lathes, mills, surface grinders'), facts('- Designed brackets in SolidWorks')).verdict).toBe('unknown');
    // A colon before a clause, not a list of examples, is left alone.
    expect(verdict(other('Writes clearly: you will argue for designs in documents, not meetings'), facts('- Wrote design documents for every service')).verdict).toBe('unknown');
  });
});
