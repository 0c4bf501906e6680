import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';

// Nine postings and resumes written for this test (none from a real posting), each read the way a careful reader
// would: what they ask, and the verdict on each ask. Each line below was read wrong once (#12, session 27).
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const read = (name: string) => readFileSync(`${ROOT}test/fixtures/text/careful/${name}.txt`, 'utf8');

function verdicts(name: string) {
  const a = analyzePosting(engine, postingFromText(read(`${name}-posting`)));
  const resume = analyzeResume(engine, 'cv', read(`${name}-resume`), new Date('2026-12-03T12:00:00Z'));
  const m = matchResume(engine, a, resume);
  const byText = (start: string) => {
    const i = a.requirements.findIndex((r) => r.text.startsWith(start));
    if (i < 0) throw new Error(`no item starts "${start}" in ${name}`);
    return { item: a.requirements[i]!, verdict: m.requirements![i]! };
  };
  return { a, resume, byText };
}

describe('what a careful reader reads in fresh postings', () => {
  it('SRE: six years in all and three of Kubernetes are two asks; the office week Tuesday to Thursday is hybrid', () => {
    const { a, byText } = verdicts('sre');
    expect(a.facts.workMode).toBe('hybrid');
    const all = byText('6+ years in infrastructure');
    expect([all.item.groups, all.item.years?.min, all.verdict.verdict]).toEqual([[], 6, 'met']);
    const k8s = byText('3+ years with Kubernetes');
    expect([k8s.item.groups, k8s.item.years?.min, k8s.verdict.verdict]).toEqual([[['kubernetes']], 3, 'met']);
  });

  it('platform: Secret asked and TS/SCI wished; Linux years count the RHEL role', () => {
    const { a, resume, byText } = verdicts('platform');
    expect(a.facts.clearance).toBe('Secret');
    expect(byText('Active Secret clearance').item.importance).toBe('required');
    expect(resume.profile!.skillYears.linux).toBe(resume.profile!.totalYears);
    // "Linux administration" on the resume is systems administration too (#13, session 28): both shown, in the Army role.
    const admin = byText('4+ years of Linux').verdict;
    expect([admin.verdict, admin.evidence]).toEqual(['met', 'Linux, Systems administration: 6.1 years in dated roles; 4+ asked.']);
  });

  it('payments: fluent English is met by the languages the resume lists; its M.Sc. on a labelled line is read', () => {
    const { a, resume, byText } = verdicts('payments');
    expect(a.facts.sponsorship).toBe(true);
    expect(byText('Norwegian or another').verdict.verdict).toBe('met');
    expect(resume.profile!.degrees.map((d) => d.level)).toEqual(['master']);
  });

  it('data: a cloud data warehouse such as Snowflake is met by Snowflake; "BS, Statistics" is a degree; "Mentored" is mentoring', () => {
    const { resume, byText } = verdicts('data');
    expect(byText('Experience with a cloud data warehouse').verdict.verdict).toBe('met');
    expect(resume.profile!.degrees).toEqual([{ level: 'bachelor', field: 'Statistics' }]);
    expect(resume.skills.map((s) => s.id)).toContain('mentoring');
  });

  it('ML: "MS or PhD …, or a BS with 4+ years" is met by a BS and nine years', () => {
    const { byText } = verdicts('ml');
    const degree = byText('MS or PhD');
    expect([degree.item.degree?.level, degree.item.years?.min, degree.verdict.verdict]).toEqual(['bachelor', 4, 'met']);
  });

  it('DevOps: "Security clearance is not needed" asks no clearance', () => {
    const { a } = verdicts('devops');
    expect(a.facts.clearance).toBeNull();
    expect(a.requirements.some((r) => r.kind === 'clearance')).toBe(false);
  });

  it('backend: Java and Spring Boot show backend years and a JVM language; Docker asked, Kubernetes wished; English asked, Dutch not', () => {
    const { byText } = verdicts('backend');
    expect(byText('3\u20136 years of backend').verdict.verdict).toBe('met');
    expect(byText('Proficient in at least one JVM').verdict.verdict).toBe('met');
    expect([byText('Comfortable with Docker').item.importance, byText('Kubernetes knowledge').item.importance]).toEqual(['required', 'preferred']);
    expect([byText('Good English').item.importance, byText('Good English').item.kind]).toEqual(['required', 'language']);
  });

  it('platform (Canada): years in "platform, infrastructure or SRE roles" are the union of those roles; a major cloud provider, observability tools met', () => {
    const { byText } = verdicts('platform2');
    const years = byText('6+ years in platform');
    expect([years.verdict.verdict, years.verdict.evidence]).toEqual(['met', 'Site reliability engineering or infrastructure: 9.7 years in dated roles; 6+ asked.']);
    expect(byText('Deep experience with at least one major cloud provider').verdict.verdict).toBe('met');
    expect(byText('Observability tools').verdict.verdict).toBe('met');
  });

  it('embedded: "C firmware" shows C, so "C or C++ … 3+ years" is met', () => {
    const { resume, byText } = verdicts('embedded');
    expect(resume.skills.map((s) => s.id)).toContain('c');
    expect(byText('C or C++ on microcontrollers').verdict.verdict).toBe('met');
  });
});
