import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { engine, rowOf, TODAY } from './readers';

// Written for this test (session 53, #12): classes found on the lead's fresh pairs and older careful pairs of session 53.
const profileOf = (resume: string) => analyzeResume(engine, 'cv.txt', resume, TODAY).profile!;

describe("the headline's language is the work of the software roles that name none of their own", () => {
  const resume = (headline: string, older: string, olderLine: string) =>
    [
      'Ines Carvalho',
      `${headline} \u00b7 Porto \u00b7 ines.carvalho@example.pt`,
      '',
      'EXPERIENCE',
      'Backend Engineer \u2014 Marisco Bank \u2014 Mar 2021 \u2013 present',
      '- Owned the card disputes service and its on-call rota',
      '- Cut the nightly settlement run from 50 to 12 minutes',
      '',
      `${older} \u2014 Lusovia Telecom \u2014 Jan 2016 \u2013 Feb 2021`,
      `- ${olderLine}`,
      '',
      'EDUCATION',
      'MSc Informatics, University of Porto, 2015',
    ].join('\n');

  it('"Senior Python Engineer" above two software roles whose lines name no language: Python for both roles\' years', () => {
    const p = profileOf(resume('Senior Python Engineer', 'Software Engineer', 'Built the number porting workflow for three regulators'));
    expect(p.skillYears['python']).toBeGreaterThan(10);
    const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- 8+ years of experience writing Python'].join('\n');
    const text = resume('Senior Python Engineer', 'Software Engineer', 'Built the number porting workflow for three regulators');
    expect(rowOf(posting, text, '8+ years').verdict.verdict).toBe('met');
  });

  it('counter-example: a role whose title is no software post ("Network Engineer") is not counted', () => {
    const p = profileOf(resume('Python Developer', 'Network Engineer', 'Ran the core routers of the northern region'));
    expect(p.skillYears['python']).toBeGreaterThan(5);
    expect(p.skillYears['python']).toBeLessThan(6.5);
  });

  it('counter-example: a role whose lines name another language keeps it, not the headline\'s', () => {
    const p = profileOf(resume('Python Developer', 'Software Engineer', 'Java services for number porting, on WebLogic'));
    expect(p.skillYears['python']).toBeLessThan(6.5);
    expect(p.skillYears['java']).toBeGreaterThan(4.5);
  });

  it('counter-example: a headline that names no language ("Platform Engineer") credits none', () => {
    const p = profileOf(resume('Platform Engineer', 'Software Engineer', 'Built the number porting workflow for three regulators'));
    expect(p.skillYears['python'] ?? 0).toBe(0);
    expect(p.skillYears['go'] ?? 0).toBe(0);
  });
});
