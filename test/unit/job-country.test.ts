import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { jobCountries, jobCountry } from '@/lib/match/work-rights';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 37, #12). "We cannot sponsor visas" names no country: a careful reader takes the job's
// own, from its location or header, and a resume that states the right to work there meets the ask.
describe('jobCountry', () => {
  it('reads one country from a location or header line', () => {
    expect(jobCountry('Reston, VA (onsite 3 days a week)')).toBe('the US');
    expect(jobCountry('Acme | Platform Engineer | Austin, TX 78701')).toBe('the US');
    expect(jobCountry('Remote (US only)')).toBe('the US');
    expect(jobCountry('Manchester, United Kingdom')).toBe('the UK');
    expect(jobCountry('Hamburg, Germany or remote within the EU')).toBe('Germany');
  });

  it('is null where the place names none, or two', () => {
    expect(jobCountry('Remote')).toBe(null);
    expect(jobCountry('Lisbon')).toBe(null);
    expect(jobCountry('Toronto, Canada or Seattle, WA')).toBe(null);
    // (Capitals that are no state code: "Remote, EMEA".)
    expect(jobCountry('Remote, EMEA')).toBe(null);
  });
});

const posting = (header: string, line: string) => analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n- Terraform and AWS\n- ${line}\n`));
function verdict(header: string, line: string, resume: string) {
  const a = posting(header, line);
  const k = a.requirements.findIndex((r) => r.kind === 'authorization');
  expect(k).toBeGreaterThanOrEqual(0);
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![k]!;
}
const citizen = 'Rowan Pike\nDenver, CO · US citizen\n\nExperience\nCloud Engineer, Kestrel Labs, 2020 - present\n- Terraform on AWS\n';
const british = 'Rowan Pike\nLeeds · British citizen\n\nExperience\nCloud Engineer, Kestrel Labs, 2020 - present\n- Terraform on AWS\n';
const silent = 'Rowan Pike\n\nExperience\nCloud Engineer, Kestrel Labs, 2020 - present\n- Terraform on AWS\n';

describe('a sponsorship ask with no country, judged against the job\u2019s country', () => {
  it('met by a resume that states the right to work in the job\u2019s country', () => {
    const v = verdict('Cloud Engineer\nLocation: Boise, ID', 'We are unable to sponsor work visas for this role.', citizen);
    expect(v.verdict).toBe('met');
    expect(v.evidence).toContain('US citizen');
    expect(v.evidence).toContain('the US');
    expect(verdict('Kestrel | Cloud Engineer | Leeds, United Kingdom', 'Visa sponsorship is not available.', british).verdict).toBe('met');
  });

  it('not met by another country\u2019s right, nor where the job\u2019s country is not said', () => {
    expect(verdict('Kestrel | Cloud Engineer | Leeds, United Kingdom', 'Visa sponsorship is not available.', citizen).verdict).not.toBe('met');
    expect(verdict('Kestrel | Cloud Engineer | Remote', 'Visa sponsorship is not available.', citizen).verdict).not.toBe('met');
    expect(verdict('Cloud Engineer\nLocation: Boise, ID', 'We are unable to sponsor work visas for this role.', silent).verdict).not.toBe('met');
  });
});

describe('a job open in several countries', () => {
  it('lists each country the place names', () => {
    expect(jobCountries('Remote (US or Canada)')).toEqual(['the US', 'Canada']);
    expect(jobCountries('Toronto, Canada or Seattle, WA')).toEqual(['Canada', 'the US']);
    expect(jobCountries('Remote')).toEqual([]);
  });
  it('a right to work in any of them meets "we cannot sponsor visas"', () => {
    const canadian = 'Rowan Pike\nOttawa · Canadian citizen\n\nExperience\nCloud Engineer, Kestrel Labs, 2020 - present\n- Terraform on AWS\n';
    const v = verdict('Cloud Engineer\nLocation: Remote (US or Canada)', 'We are unable to sponsor work visas for this role.', canadian);
    expect(v).toMatchObject({ verdict: 'met', evidence: 'The resume says \u201cOttawa \u00b7 Canadian citizen\u201d; the job is open in Canada.' });
    expect(verdict('Cloud Engineer\nLocation: Remote (US or Canada)', 'We are unable to sponsor work visas for this role.', british).verdict).not.toBe('met');
  });
});
