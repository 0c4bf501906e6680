import { describe, expect, it } from 'vitest';
import { matchRequirements, type ResumeFacts } from '@/lib/match/requirements';
import type { RequirementItem } from '@/lib/requirements/types';
import type { Profile } from '@/lib/resume/profile';

const item = (o: Partial<RequirementItem>): RequirementItem => ({
  text: '',
  importance: 'required',
  kind: 'skills',
  groups: [],
  years: null,
  degree: null,
  start: 0,
  end: 0,
  ...o,
});

const profile = (o: Partial<Profile> = {}): Profile => ({
  roles: [],
  totalYears: 7.9,
  skillYears: { python: 7.9, kubernetes: 3 },
  skillRoles: {},
  degrees: [{ level: 'bachelor', field: 'Computer Science' }],
  clearance: null,
  languages: [],
  warnings: [],
  ...o,
});

const NAMES: Record<string, string> = { python: 'Python', go: 'Go', kubernetes: 'Kubernetes', aws: 'AWS', gcp: 'GCP', azure: 'Azure', eks: 'Amazon EKS', terraform: 'Terraform' };
const name = (id: string) => NAMES[id] ?? id;

function resume(ids: Record<string, string>, p: Profile | null = profile()): ResumeFacts {
  return { covered: new Map(Object.entries(ids).map(([id, via]) => [id, { via, evidence: `${name(via)} in production` }])), profile: p };
}

describe('a verdict per requirement', () => {
  const r = resume({ python: 'python', eks: 'eks', kubernetes: 'eks', aws: 'eks' });

  it('"Python or Go" is met by Python; Go is a choice, not a gap', () => {
    const [v] = matchRequirements([item({ groups: [['python', 'go']] })], r, name);
    expect(v).toMatchObject({ verdict: 'met', groups: [{ met: 'python', options: ['go'] }] });
    expect(v!.evidence).toMatch(/^Python — “Python in production”/);
  });

  it('Kubernetes and one of AWS, GCP or Azure: met through EKS', () => {
    const [v] = matchRequirements([item({ groups: [['kubernetes'], ['aws', 'gcp', 'azure']] })], r, name);
    expect(v!.verdict).toBe('met');
    expect(v!.evidence).toMatch(/Kubernetes \(via Amazon EKS\)/);
  });

  it('a group the resume does not show makes it partial, and says which', () => {
    const [v] = matchRequirements([item({ groups: [['kubernetes'], ['terraform']] })], r, name);
    expect(v!.verdict).toBe('partial');
    expect(v!.evidence).toMatch(/; not shown: Terraform\.$/);
    expect(matchRequirements([item({ groups: [['terraform']] })], r, name)[0]!.verdict).toBe('unmet');
  });

  it('years overall and of a skill, from the dated roles', () => {
    const vs = matchRequirements(
      [item({ kind: 'years', years: { min: 5, max: null } }), item({ kind: 'years', years: { min: 5, max: null }, groups: [['kubernetes']] }), item({ kind: 'years', years: { min: 3, max: null }, groups: [['python', 'go']] })],
      r,
      name,
    );
    expect(vs.map((v) => v.verdict)).toEqual(['met', 'partial', 'met']);
    expect(vs[0]!.evidence).toBe('7.9 years of dated roles in the resume; 5+ asked.');
    expect(vs[1]!.evidence).toMatch(/3 years in dated roles; 5\+ asked/);
  });

  it('no dated roles: years are unknown, never 0 claimed as fact', () => {
    const [v] = matchRequirements([item({ kind: 'years', years: { min: 5, max: null } })], resume({}, profile({ totalYears: null, skillYears: {} })), name);
    expect(v!.verdict).toBe('unknown');
  });

  it('degrees by level, "or equivalent experience", and a resume that names none', () => {
    const bs = { level: 'bachelor' as const, required: true, fields: ['Computer Science'], equivalentExperience: false };
    const ms = { ...bs, level: 'master' as const };
    expect(matchRequirements([item({ kind: 'degree', degree: bs })], r, name)[0]!.verdict).toBe('met');
    expect(matchRequirements([item({ kind: 'degree', degree: ms })], r, name)[0]!.verdict).toBe('partial');
    expect(matchRequirements([item({ kind: 'degree', degree: { ...ms, equivalentExperience: true } })], r, name)[0]!.verdict).toBe('met');
    expect(matchRequirements([item({ kind: 'degree', degree: bs })], resume({}, profile({ degrees: [] })), name)[0]!.verdict).toBe('unknown');
  });

  it('a clearance is met only when the resume names one; what a resume cannot show is unknown', () => {
    expect(matchRequirements([item({ kind: 'clearance' })], r, name)[0]!.verdict).toBe('unknown');
    expect(matchRequirements([item({ kind: 'clearance' })], resume({}, profile({ clearance: 'TS/SCI' })), name)[0]).toMatchObject({ verdict: 'met', evidence: 'The resume names TS/SCI.' });
    expect(matchRequirements([item({ kind: 'authorization' })], r, name)[0]!.verdict).toBe('unknown');
  });
});
