import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { titleFields } from '../../lib/resume/title-fields';
import { bundled } from '../../lib/skills/taxonomy';

// A dated role's title names its field of work. Resumes and postings written for these tests.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const today = new Date('2026-12-03');

describe('the field a role title names', () => {
  it.each([
    ['Senior Backend Engineer', ['backend-development']],
    ['Back-end Developer', ['backend-development']],
    ['Full Stack Engineer', ['full-stack-development']],
    ['Site Reliability Engineer', ['site-reliability-engineering', 'infrastructure-engineering']],
    ['SRE II', ['site-reliability-engineering', 'infrastructure-engineering']],
    ['DevOps Engineer', ['devops', 'infrastructure-engineering']],
    ['Staff Platform Engineer', ['platform-engineering', 'infrastructure-engineering']],
    ['Cloud Engineer', ['infrastructure-engineering']],
    // (s52: a data engineer's years are years of building data pipelines too, changed openly with the title table.)
    ['Data Engineer', ['data-engineering', 'data-pipelines']],
    ['iOS Developer', ['mobile-development']],
    ['Linux Systems Administrator', ['systems-administration']],
    ['Database Reliability Engineer', ['databases']],
    ['Tech Lead, Payments', ['leadership']],
    ['Senior Backend Engineer / Team Lead', ['backend-development', 'leadership']],
    ['Firmware Engineer', ['embedded-systems']],
    ['Senior Data Scientist', ['data-science']],
    ['Data Analyst (part-time, while studying)', ['data-analysis']],
    ['Machine Learning Engineer', ['machine-learning']],
    ['Bioinformatician', ['bioinformatics']],
    ['QA Engineer', ['quality-assurance']],
    ['QA Automation Lead', ['quality-assurance', 'automated-testing']],
    ['SDET II', ['quality-assurance', 'automated-testing']],
    ['Security Analyst', ['security']],
    ['Tier 2 SOC Analyst', ['security', 'security-operations']],
    ['Penetration Tester', ['penetration-testing']],
    ['Gameplay Programmer', ['game-development']],
    ['Help Desk Technician', ['it-support']],
    ['Salesforce Developer', ['salesforce']],
    ['Security Guard', []],
    ['Game Designer', []],
    ['Software Engineer', []],
    ['Product Manager, Platform', []],
    [null, []],
  ] as const)('%s', (title, ids) => {
    expect(titleFields(title)).toEqual(ids);
  });
});

describe('a role title shows its field for the role’s years', () => {
  const posting = postingFromText('Acme | Senior Backend Engineer | Remote\n\nRequirements\n- 5+ years of backend development experience\n- Infrastructure engineering background\n');
  const analysis = analyzePosting(engine, posting);

  it('counts a dated Backend Engineer role toward years of backend development, quoting the role line', () => {
    const resume = analyzeResume(
      engine,
      'cv',
      'Jo Park\nBackend Engineer · jo@example.org\n\nExperience\nBackend Engineer, Northwind — Jan 2019 – Present\n- Services in Go on PostgreSQL\n',
      today,
    );
    expect(resume.profile?.skillYears['backend-development']).toBe(8);
    const match = matchResume(engine, analysis, resume);
    expect(match.requirements?.[0]?.verdict).toBe('met');
    expect(match.requirements?.[1]?.verdict).toBe('unmet');
    const shown = resume.skills.find((s) => s.id === 'backend-development');
    expect(shown?.evidence).toBe('Backend Engineer, Northwind — Jan 2019 – Present');
  });

  it('never reads the headline under the name, which is no dated role', () => {
    const resume = analyzeResume(engine, 'cv', 'Jo Park\nBackend Engineer · jo@example.org\n\nExperience\nSoftware Engineer, Northwind — Jan 2019 – Present\n- Services in Go\n', today);
    expect(resume.profile?.skillYears['backend-development']).toBeUndefined();
    expect(resume.skills.some((s) => s.id === 'backend-development')).toBe(false);
  });

  it('counts an SRE role as infrastructure engineering', () => {
    const resume = analyzeResume(engine, 'cv', 'Jo Park\n\nExperience\nSite Reliability Engineer, Northwind — 2020 – Present\n- On-call for the payments fleet\n', today);
    const match = matchResume(engine, analysis, resume);
    expect(match.requirements?.[1]?.verdict).toBe('met');
  });
});
