import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Market } from '@/lib/guide/market';
import { detectRole, guideLink, normaliseTitle, roleFromSkills, SOFT_IN_GUIDES } from '@/lib/match/role';
import { isSoft } from '@/lib/match/types';
import { bundled } from '@/lib/skills/taxonomy';
import { MARKET_FILE } from '../tools/market';

const { taxonomy } = bundled();
const roles = taxonomy.roles;
const role = (title: string, skills: string[] = []) => detectRole(title, skills, roles)?.id ?? null;

describe('role detection', () => {
  it('reads the title, however it is spelled', () => {
    expect(role('Software Engineer, Infrastructure')).toBe('software-engineer-infrastructure');
    expect(role('Senior Full-Stack Engineer')).toBe('full-stack-engineer');
    expect(role('Fullstack Developer (Remote)')).toBe('full-stack-engineer');
    expect(role('Sr. Frontend Engineer')).toBe('frontend-engineer');
    expect(role('Staff iOS Engineer')).toBe('mobile-engineer');
    expect(role('Senior Software Engineer, Android')).toBe('mobile-engineer');
    expect(role('ML Engineer')).toBe('machine-learning-engineer');
    expect(role('AI Engineer')).toBe('machine-learning-engineer');
    expect(role('Data Scientist II')).toBe('data-scientist');
    expect(role('Firmware Engineer')).toBe('embedded-engineer');
    expect(role('SDET')).toBe('qa-engineer');
    expect(role('QA Automation Engineer')).toBe('qa-engineer');
    expect(role('SRE')).toBe('site-reliability-engineer');
    expect(normaliseTitle('Full-Stack SWE')).toBe(' full stack software engineer ');
  });

  it('reads a vague title ("Founding Engineer", "Member of Technical Staff") from the skill mix', () => {
    expect(role('Founding Engineer', ['typescript', 'react', 'nodejs', 'postgresql'])).toBe('full-stack-engineer');
    expect(role('Member of Technical Staff', ['pytorch', 'llm', 'python', 'rag'])).toBe('machine-learning-engineer');
    expect(role('Software Engineer', ['swift', 'ios'])).toBe('mobile-engineer');
    expect(role('Engineer', ['c', 'rtos', 'embedded-systems'])).toBe('embedded-engineer');
  });

  it('gives no role from soft skills alone, nor from nothing', () => {
    expect(role('Founding Engineer')).toBeNull();
    expect(roleFromSkills(['communication', 'collaboration', 'mentoring'], roles)).toBeNull();
    expect(role('Marketing Manager')).toBeNull();
  });

  it('knows which role-guide skills are soft (SOFT_IN_GUIDES matches the taxonomy)', () => {
    const soft = new Set(roles.flatMap((r) => r.skills.map((s) => s.skill)).filter((id) => isSoft(taxonomy.byId.get(id)!)));
    expect([...SOFT_IN_GUIDES].sort()).toEqual([...soft].sort());
  });

  it('finds a role for at least 90% of the real postings the market figures count', () => {
    const m = JSON.parse(readFileSync(MARKET_FILE, 'utf8')) as Market;
    const none = m.roles.none ?? 0;
    expect((m.source.postings - none) / m.source.postings).toBeGreaterThanOrEqual(0.9);
  });
});

describe('guide links', () => {
  it('go to the posting role\'s section when it covers the skill, else to the skill\'s own section', () => {
    const fe = roles.find((r) => r.id === 'frontend-engineer')!;
    expect(guideLink('react', fe)).toBe('guide.html#frontend-engineer--react');
    expect(guideLink('kubernetes', fe)).toBe('guide.html#skill-kubernetes');
    expect(guideLink('kubernetes', null)).toBe('guide.html#skill-kubernetes');
  });
});
