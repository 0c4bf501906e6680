import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Sidebar } from '@/components/Sidebar';
import { analyze, analyzeResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { toTabReport, type TabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';

const engine = bundled();
const guideUrl = (anchor: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/guide.html#${anchor}`;

function show(report: TabReport) {
  return render(<Sidebar state={{ status: 'result', report }} onOpenGuide={() => undefined} guideUrl={guideUrl} onClose={() => undefined} />);
}

// Written for this test: the posting and the resume name two shared skills in different words.
const posting = `Platform Engineer

Requirements
- Experience running PostgreSQL in production
- Experience operating Kubernetes clusters
- Familiarity with Terraform
`;
const resume = `Jane Doe
Experience
Site Reliability Engineer, Example Corp, 2019 – 2024
- Ran Postgres replicas and upgrades for the billing service
- Operated k8s clusters on bare metal
- Wrote Terraform modules for the network
`;

describe('say it their way', () => {
  const a = analyze(engine, postingFromText(posting), analyzeResume(engine, 'cv.txt', resume, new Date('2026-12-02')));
  const report = toTabReport(a, 'k', 'cv.txt');

  it('the analysis suggests the posting’s words for shared skills the resume writes differently, and none for the same word', () => {
    const tips = a.match!.wording!;
    expect(tips.map((t) => [t.posting, t.resume])).toEqual([
      ['PostgreSQL', ['Postgres']],
      ['Kubernetes', ['k8s']],
    ]);
  });

  it('the sidebar lists them with the resume’s word beside the posting’s', () => {
    show(report);
    const list = within(screen.getByTestId('fitmark-wording'));
    expect(list.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['PostgreSQL (your resume: Postgres)', 'Kubernetes (your resume: k8s)']);
  });

  it('no section when every shared skill is already written the posting’s way', () => {
    show({ ...report, wording: [] });
    expect(screen.queryByTestId('fitmark-wording')).toBeNull();
  });
});
