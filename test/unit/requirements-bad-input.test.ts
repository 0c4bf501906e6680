import { describe, expect, it } from 'vitest';
import { matchRequirements } from '../../lib/match/requirements';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { resumeProfile } from '../../lib/resume/profile';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Bad input end to end (issue 12): every text here was written for this test.
const { matcher, taxonomy } = bundled();
const find = (t: string) => findSkills(matcher, t);
const today = new Date('2026-06-15T12:00:00Z');

const POSTING = `Harrow Labs | Platform Engineer | Remote (EU)

We run a scheduling product for clinics.

Requirements:
- 5+ years of professional software experience
- 3+ years with Python
- Kubernetes, and one of AWS, GCP or Azure`;

function verdicts(resumeText: string) {
  const profile = resumeProfile(resumeText, null, find, today);
  const items = requirementItems(postingFromText(POSTING), find, { skillInfo: (id) => taxonomy.byId.get(id) });
  const covered = new Map(find(resumeText).map((h) => [h.skillId, { via: h.skillId, evidence: resumeText.slice(h.start, h.end) }]));
  return { profile, items, verdicts: matchRequirements(items, { covered, profile }, (id) => id) };
}

describe('bad input', () => {
  it('a resume with no dates: total years null, every years requirement unknown, never 0 years claimed', () => {
    const { profile, items, verdicts: v } = verdicts(`Noor Aziz
Platform engineer

Experience
Platform Engineer at Fernway Health
- Python services and Kubernetes on AWS.
Backend Developer at Saltmarsh Games
- Python game servers.

Education
BSc Computer Science, Northgate University`);
    expect(profile.totalYears).toBeNull();
    expect(profile.skillYears).toEqual({});
    const years = items.map((it, i) => [it, v[i]!] as const).filter(([it]) => it.years !== null);
    expect(years.length).toBe(2);
    for (const [, verdict] of years) {
      expect(verdict.verdict).toBe('unknown');
      expect(verdict.evidence).not.toMatch(/\b0(?:\.0)? years?\b/);
    }
    // The skills themselves are still judged.
    const skills = items.findIndex((it) => it.years === null && it.groups.length === 2);
    expect(v[skills]!.verdict).toBe('met');
  });

  it('contradictory dates are left out and named in the warnings; the rest still counts', () => {
    const { profile, verdicts: v, items } = verdicts(`Ilse Brandt

Experience
Site Reliability Engineer, Quayside Freight — Hamburg        04/2020 – present
  Python tooling, Kubernetes on GCP.
Systems Engineer, Lindqvist AB — Malmö                       09/2019 – 01/2016
  Linux fleet.
Operations Engineer, Lindqvist AB — Malmö                    2015 – 2031
  Monitoring.`);
    expect(profile.roles.map((r) => r.start)).toEqual(['2020-04']);
    expect(profile.warnings).toHaveLength(2);
    expect(profile.warnings.join(' ')).toMatch(/Lindqvist/);
    // 2020-04 to 2026-06: 75 months.
    expect(profile.totalYears).toBe(6.3);
    const overall = items.findIndex((it) => it.years?.min === 5 && it.groups.length === 0);
    expect(v[overall]!.verdict).toBe('met');
  });

  it('salary text that is not a range is not a salary', () => {
    for (const text of [
      'Acme | Engineer | Remote\n\nWe process $4B in payments a year for 3,000 merchants.',
      'Acme | Engineer | Remote\n\nA $1,500 yearly learning budget and a 401k match.',
      'Acme | Engineer | Remote\n\nOur 120-200 person company is growing.',
      'Acme | Engineer | Remote\n\nSalary: competitive, depending on experience.',
    ]) {
      expect(postingFacts(postingFromText(text)).salary).toBeNull();
    }
  });
});
