import { describe, expect, it } from 'vitest';
import { matchRequirements, skillChoices, type RequirementVerdict, type ResumeFacts } from '@/lib/match/requirements';
import { scoreRequirements } from '@/lib/match/score';
import type { RequirementItem } from '@/lib/requirements/types';
import type { Profile } from '@/lib/resume/profile';
import { skillGroups } from '@/lib/requirements/items';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';

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

// A requirement item as lib/requirements reads it from a sentence written for this test.
const skillGroupsItem = (text: string): RequirementItem[] => {
  const { matcher, taxonomy } = bundled();
  return [item({ text, groups: skillGroups(text, (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }) })];
};

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

  it('a skill shown through another has its years: "3+ years of Kubernetes" with EKS in a dated role', () => {
    const p = profile({ skillYears: { eks: 4.5 } });
    const [v] = matchRequirements([item({ kind: 'years', years: { min: 3, max: null }, groups: [['kubernetes']] })], resume({ eks: 'eks', kubernetes: 'eks' }, p), name);
    expect(v).toMatchObject({ verdict: 'met', evidence: 'Kubernetes: 4.5 years in dated roles; 3+ asked.' });
  });

  it('a range of years: within it is met; well past its ceiling is partial, said as more than asked', () => {
    const vs = matchRequirements([item({ kind: 'years', years: { min: 2, max: 4 } }), item({ kind: 'years', years: { min: 6, max: 8 } }), item({ kind: 'years', years: { min: 0, max: 2 } })], r, name);
    expect(vs.map((v) => v.verdict)).toEqual(['partial', 'met', 'partial']);
    expect(vs[0]!.evidence).toBe('7.9 years of dated roles in the resume, more than the 2–4 asked.');
    expect(vs[1]!.evidence).toBe('7.9 years of dated roles in the resume; 6–8 asked.');
  });

  it('years of a soft skill the resume does not name are years of work; "0 years" of a skill is never a match', () => {
    const soft = (id: string) => id === 'curiosity';
    const [v] = matchRequirements([item({ kind: 'years', years: { min: 3, max: null }, groups: [['curiosity']] })], r, name, soft);
    expect(v).toMatchObject({ verdict: 'met', evidence: '7.9 years of dated roles in the resume; 3+ asked.' });
    const [w] = matchRequirements([item({ kind: 'years', years: { min: 0, max: 3 }, groups: [['terraform']] })], r, name);
    expect(w!.verdict).toBe('unmet');
    expect(w!.evidence).not.toMatch(/^:/);
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

  it('one item asking years and a degree ("5+ years, BS in CS"): both are judged, and both must hold', () => {
    const bs = { level: 'bachelor' as const, required: true, fields: ['Computer Science'], equivalentExperience: false };
    const asked = item({ kind: 'years', years: { min: 5, max: null }, degree: bs });
    expect(matchRequirements([asked], resume({}), name)[0]!.verdict).toBe('met');
    const noDegree = matchRequirements([asked], resume({}, profile({ degrees: [] })), name)[0]!;
    expect(noDegree.verdict).toBe('partial');
    expect(noDegree.evidence).toMatch(/7\.9 years.*names no degree/);
    expect(matchRequirements([{ ...asked, degree: { ...bs, equivalentExperience: true } }], resume({}, profile({ degrees: [] })), name)[0]!.verdict).toBe('met');
    expect(matchRequirements([asked], resume({}, profile({ totalYears: 2, degrees: [] })), name)[0]!.verdict).toBe('partial');
    expect(matchRequirements([asked], resume({}, profile({ totalYears: null, degrees: [] })), name)[0]!.verdict).toBe('unknown');
    expect(matchRequirements([asked], resume({}, profile({ totalYears: 0, degrees: [] })), name)[0]!.verdict).toBe('unmet');
  });

  it('years or a degree ("3+ years, or a PhD"): either alternative meets the item', () => {
    const phd = { level: 'phd' as const, required: true, fields: [], equivalentExperience: true, orYears: true as const };
    const asked = item({ kind: 'years', years: { min: 3, max: null }, degree: phd });
    // Enough years and no PhD: met, not half met, and the years are the evidence.
    expect(matchRequirements([asked], resume({}), name)[0]).toMatchObject({ verdict: 'met', evidence: expect.not.stringMatching(/PhD/) });
    // A PhD and too few years: met too.
    const doctor = resume({}, profile({ totalYears: 1, degrees: [{ level: 'phd', field: 'Physics' }] }));
    expect(matchRequirements([asked], doctor, name)[0]).toMatchObject({ verdict: 'met', evidence: expect.stringMatching(/^The resume shows a PhD/) });
    // Neither: the better of the two verdicts.
    expect(matchRequirements([asked], resume({}, profile({ totalYears: 1 })), name)[0]!.verdict).toBe('partial');
  });

  it('a clearance is met only when the resume names one; what a resume cannot show is unknown', () => {
    expect(matchRequirements([item({ kind: 'clearance' })], r, name)[0]!.verdict).toBe('unknown');
    expect(matchRequirements([item({ kind: 'clearance' })], resume({}, profile({ clearance: 'TS/SCI' })), name)[0]).toMatchObject({ verdict: 'met', evidence: 'The resume names TS/SCI.' });
    expect(matchRequirements([item({ kind: 'authorization' })], r, name)[0]!.verdict).toBe('unknown');
  });
});

describe('spoken languages', () => {
  const lang = (text: string) => item({ text, kind: 'language', groups: [['english-proficiency']] });
  const listing = (...languages: string[]) => resume({}, profile({ languages }));

  it('against the languages the resume lists: met, partly met, not met; unknown when it lists none', () => {
    const [met, either, part, not, none] = [
      matchRequirements([lang('Fluent English is a must.')], listing('German', 'English'), name)[0]!,
      matchRequirements([lang('Dutch or English, fluent.')], listing('English'), name)[0]!,
      matchRequirements([lang('Fluent Spanish and English.')], listing('English'), name)[0]!,
      matchRequirements([lang('Business-level Japanese.')], listing('German', 'English'), name)[0]!,
      matchRequirements([lang('Fluent English is a must.')], listing(), name, (id) => id === 'english-proficiency')[0]!,
    ];
    expect([met.verdict, either.verdict, part.verdict, not.verdict, none.verdict]).toEqual(['met', 'met', 'partial', 'unmet', 'unknown']);
    expect(met.evidence).toBe('The resume lists English.');
    expect(part.evidence).toBe('The resume lists English, not Spanish.');
    expect(not.evidence).toBe('The resume lists German, English, not Japanese.');
  });
});

describe('soft skills', () => {
  const soft = (id: string) => id === 'written-communication';
  it('a soft skill the resume does not name says nothing either way: unknown, and it neither fails nor meets its item', () => {
    const r = resume({ python: 'python' });
    const [alone, mixed] = matchRequirements([item({ groups: [['written-communication']] }), item({ groups: [['python'], ['written-communication']] })], r, name, soft);
    expect(alone!.verdict).toBe('unknown');
    expect(alone!.evidence).toMatch(/^Resumes rarely name written-communication/);
    expect(mixed!.verdict).toBe('met');
    // Named in the resume, it counts like any other.
    expect(matchRequirements([item({ groups: [['written-communication']] })], resume({ 'written-communication': 'written-communication' }), name, soft)[0]!.verdict).toBe('met');
  });
});

describe('what the verdicts make of each skill', () => {
  const r = resume({ python: 'python', eks: 'eks', kubernetes: 'eks', aws: 'eks' });
  const choices = (items: RequirementItem[]) => skillChoices(items, matchRequirements(items, r, name));

  it('the other skills of a met group are choices, met by the skill the resume shows', () => {
    const c = choices([item({ groups: [['python', 'go']] }), item({ groups: [['kubernetes'], ['aws', 'gcp', 'azure']] })]);
    expect([...c.metBy]).toEqual([['go', 'python'], ['gcp', 'aws'], ['azure', 'aws']]);
    expect(c.options.get('python')).toEqual(['go']);
    expect(c.options.get('aws')).toEqual(['gcp', 'azure']);
    expect(c.anyOf.size).toBe(0);
  });

  it('a skill an unmet group asks for is lacking even where another item offers it as a choice', () => {
    // "Python or Go for tooling" and "3+ years of Go": Go is still asked.
    const c = choices([item({ groups: [['python', 'go']] }), item({ kind: 'years', years: { min: 3, max: null }, groups: [['go']] })]);
    expect(c.metBy.has('go')).toBe(false);
    expect(c.anyOf.get('go')).toEqual([]);
  });

  it("a degree's fields are not skills to lack once the degree is met", () => {
    const bs = { level: 'bachelor' as const, required: true, fields: ['Computer Science'], equivalentExperience: true };
    const items = [item({ kind: 'degree', degree: bs, groups: [['computer-science']] })];
    expect(skillChoices(items, matchRequirements(items, r, name)).satisfied.has('computer-science')).toBe(true);
    const none = resume({}, profile({ degrees: [], totalYears: 1 }));
    expect(skillChoices(items, matchRequirements(items, none, name)).satisfied.size).toBe(0);
  });

  it('"Postgres or MySQL and Redis" read from a posting: MySQL meets the choice, Postgres is an option, Redis is still lacking', () => {
    const items = skillGroupsItem('Working knowledge of Postgres or MySQL and Redis');
    const v = matchRequirements(items, resume({ mysql: 'mysql' }), name);
    expect(v[0]!.verdict).toBe('partial');
    const c = skillChoices(items, v);
    expect(c.metBy.get('postgresql')).toBe('mysql');
    expect(c.options.get('mysql')).toEqual(['postgresql']);
    expect(c.anyOf.get('redis')).toEqual([]);
  });

  it('skills of an unmet group: any one of them would do', () => {
    const c = choices([item({ groups: [['istio', 'envoy', 'linkerd']] })]);
    expect(c.anyOf.get('istio')).toEqual(['envoy', 'linkerd']);
    expect(c.metBy.size).toBe(0);
  });
});

describe('the score from the requirements', () => {
  const v = (verdict: RequirementVerdict['verdict']): RequirementVerdict => ({ index: 0, verdict, evidence: '', groups: [] });
  const req = item({});
  const pref = item({ importance: 'preferred' });

  it('met 1, partly ½, not 0; required twice a nice-to-have; the line adds up by hand', () => {
    // 7 of 9 required met, 1 partly; 2 of 4 nice-to-have: (2 × 7.5 + 2) / (2 × 9 + 4) = 17/22 = 77.3.
    const items = [...Array(9).fill(req), ...Array(4).fill(pref)] as RequirementItem[];
    const verdicts = [...Array(7).fill(v('met')), v('partial'), v('unmet'), v('met'), v('met'), v('unmet'), v('unmet')];
    const s = scoreRequirements(items, verdicts)!;
    expect(s.score).toBe(77);
    expect(s.summary).toBe('7 of 9 required met, 1 partly; 2 of 4 nice-to-have met');
    expect(s.explanation).toBe('7 of 9 required met, 1 partly; 2 of 4 nice-to-have met → 77. A required item counts twice a nice-to-have; one partly met counts half.');
  });

  it('unknown is left out of the sum, not guessed, and the line says how many', () => {
    const s = scoreRequirements([req, req, pref], [v('met'), v('unknown'), v('unmet')])!;
    // (2 × 1 + 0) / (2 × 1 + 1) = 2/3
    expect(s.score).toBe(67);
    expect(s.counts.required).toEqual({ met: 1, partial: 0, unmet: 0, unknown: 1 });
    expect(s.explanation).toMatch(/1 the resume says nothing about is not counted\.$/);
  });

  it('only nice-to-haves, or only required: a plain share', () => {
    expect(scoreRequirements([pref, pref], [v('met'), v('partial')])!.score).toBe(75);
    expect(scoreRequirements([req, req, req], [v('met'), v('unmet'), v('unmet')])!).toMatchObject({ score: 33, explanation: '1 of 3 required met → 33.' });
  });

  it('nothing countable: null, and the caller falls back to skill coverage', () => {
    expect(scoreRequirements([], [])).toBeNull();
    expect(scoreRequirements([req], [v('unknown')])).toBeNull();
  });
});
