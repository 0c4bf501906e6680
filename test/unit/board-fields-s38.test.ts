import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 38, #12): a job board's structured fields, as Indeed lays them out under the
// description ("Experience:" then "Skill: N years (Required)", "License/Certification:", "Work Location: Hybrid remote in …").
const text = [
  'Copperline Foods | Cloud Operations Engineer | Tulsa, OK 74103',
  '',
  'Job Type: Full-time',
  'Pay: $98,000.00 - $121,000.00 per year',
  '',
  'Responsibilities:',
  '- Keep the ordering site running on Azure',
  '- Write runbooks for the night shift',
  '',
  'Education:',
  "- Bachelor's (Preferred)",
  '',
  'Experience:',
  '- Azure: 4 years (Required)',
  '- Kubernetes: 1 year (Preferred)',
  '',
  'License/Certification:',
  '- Microsoft Certified: Azure Administrator Associate (Required)',
  '',
  'Work Location: Hybrid remote in Tulsa, OK 74103',
].join('\n');
const a = analyzePosting(engine, postingFromText(text));
const item = (start: string) => {
  const k = a.requirements.findIndex((r) => r.text.startsWith(start));
  expect(k, start).toBeGreaterThanOrEqual(0);
  return { k, item: a.requirements[k]! };
};

describe("a job board's structured fields", () => {
  it('"Azure: 4 years (Required)" asks four years of Azure; "(Preferred)" makes a wish', () => {
    expect(item('Azure: 4 years').item).toMatchObject({ kind: 'years', importance: 'required', years: { min: 4, max: null }, groups: [['azure']] });
    expect(item('Kubernetes: 1 year').item).toMatchObject({ kind: 'years', importance: 'preferred', years: { min: 1, max: null } });
  });

  it('the "License/Certification" and "Education" fields are asks', () => {
    expect(a.posting.sections.find((s) => s.heading === 'License/Certification')?.kind).toBe('requirements');
    expect(a.posting.sections.find((s) => s.heading === 'Education')?.kind).toBe('requirements');
    expect(item('Microsoft Certified').item.importance).toBe('required');
  });

  it('"Hybrid remote in Tulsa" is a hybrid job', () => {
    expect(a.facts.workMode).toBe('hybrid');
    const remote = analyzePosting(engine, postingFromText(text.replace('Hybrid remote in Tulsa, OK 74103', 'Remote')));
    expect(remote.facts.workMode).toBe('remote');
  });

  it('years of the field are judged against the resume\u2019s dated roles', () => {
    const cv = analyzeResume(engine, 'cv', 'Sam Ortiz\n\nExperience\nCloud Administrator | Redbud Clinics | 06/2023 - Current\n- Azure VMs and App Service for 14 clinics\n', TODAY);
    const v = matchResume(engine, a, cv).requirements![item('Azure: 4 years').k]!;
    expect(v.verdict).toBe('partial');
    expect(v.evidence).toMatch(/^Azure:? 3\.\d years in dated roles; 4\+ asked/);
  });
});

describe('headings that head vetting and work rights', () => {
  it('"Security" or "Right to work" alone on a line heads asks, not the wishes above it', () => {
    for (const heading of ['Security', 'Security clearance', 'Right to work', 'Vetting']) {
      const p = analyzePosting(
        engine,
        postingFromText(
          `Wrenfield | Cloud Engineer | Leeds, UK\n\nDesirable\n- Some Ansible\n- Experience in healthcare\n\n${heading}\nYou will need to pass BPSS checks and hold or be willing to gain SC clearance. You must have the right to work in the UK.\n`,
        ),
      );
      expect(p.posting.sections.find((s) => s.heading === heading)?.kind, heading).toBe('requirements');
      expect(p.requirements.filter((r) => r.kind === 'clearance' || r.kind === 'authorization').every((r) => r.importance === 'required'), heading).toBe(true);
      expect(p.requirements.some((r) => r.text === heading), heading).toBe(false);
    }
  });
});
