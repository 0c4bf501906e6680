import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/Sidebar';
import { analyze, analyzeResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { nameOf } from '@/lib/requirements/terms';
import { toTabReport, type TabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';
import { ROOT } from '../helpers';

const engine = bundled();
const text = (f: string) => readFileSync(`${ROOT}lib/cli/samples/${f}`, 'utf8');
const sample = toTabReport(analyze(engine, postingFromText(text('posting.txt')), analyzeResume(engine, 'cv.pdf', text('resume.txt'))), 'k', 'cv.pdf');
const guideUrl = (anchor: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/guide.html#${anchor}`;

function show(report: TabReport, onChooseResume?: (id: string) => void) {
  return render(<Sidebar state={{ status: 'result', report }} onOpenGuide={() => undefined} guideUrl={guideUrl} onClose={() => undefined} onChooseResume={onChooseResume} />);
}

describe('the sidebar on the requirements model (bundled sample)', () => {
  it('"Python or Go for automation": Go is an "or" option the user need not add, never a missing skill', () => {
    show(sample);
    expect(within(screen.getByTestId('fitmark-missing')).queryByText('Go')).toBeNull();
    const alternatives = within(screen.getByTestId('fitmark-alternatives'));
    expect(alternatives.getByText('Go').closest('li')!.textContent).toBe('Go (you show Python)');
    const row = within(screen.getByTestId('fitmark-asks')).getByText(/^Python or Go for automation/).closest('li')!;
    expect(row.getAttribute('data-verdict')).toBe('met');
    expect(row.textContent).toContain('Python (or Go: not needed)');
    expect(within(screen.getByTestId('fitmark-matched')).getByText('(or Go)', { exact: false })).toBeTruthy();
  });

  it('a group none of whose skills is shown: each lacking skill says any one would do', () => {
    show(sample);
    const istio = within(screen.getByTestId('fitmark-missing')).getByRole('link', { name: 'Istio' }).closest('li')!;
    expect(istio.textContent).toContain('or Envoy: any one would do');
    const row = within(screen.getByTestId('fitmark-asks')).getByText('Experience with Istio or Envoy').closest('li')!;
    expect(row.textContent).toContain('Any one of Istio, Envoy');
  });

  it('an option the taxonomy does not know is shown in its words, and meeting it makes the named skill a choice met', () => {
    // (Healthcare and insurance are industries the taxonomy names since session 36: veterinary care is not.)
    const posting = postingFromText('Ledgerly | Backend Engineer | Remote\n\nRequirements\n- Experience in fintech, veterinary care, or insurance\n- Python\n');
    const resume = analyzeResume(engine, 'cv.txt', 'Dana Reyes\n\nExperience\nBackend Engineer, PawLoop (veterinary care scheduling), 2019 - Present\n- Python services for clinics\n');
    // (Named as the service names them: by the taxonomy.)
    show(toTabReport(analyze(engine, posting, resume), 'k', 'cv.txt', { name: nameOf(engine.taxonomy.byId) }));
    const row = within(screen.getByTestId('fitmark-asks')).getByText('Experience in fintech, veterinary care, or insurance').closest('li')!;
    expect(row.getAttribute('data-verdict')).toBe('met');
    expect(row.textContent).toContain('veterinary care (or Financial technology, Insurance technology: not needed)');
    expect(row.textContent).not.toContain('term:');
    expect(within(screen.getByTestId('fitmark-alternatives')).getByText('Financial technology').closest('li')!.textContent).toBe('Financial technology (you show veterinary care)');
  });

  it('an industry named in words and the taxonomy\u2019s industry it names are one option, shown once', () => {
    const posting = postingFromText('Ledgerly | Backend Engineer | Remote\n\nRequirements\n- Experience in fintech, healthcare, or insurance\n- Python\n');
    const resume = analyzeResume(engine, 'cv.txt', 'Dana Reyes\n\nExperience\nBackend Engineer, CareLoop (healthcare scheduling), 2019 - Present\n- Python services for clinics\n');
    // (Named as the service names them: by the taxonomy.)
    show(toTabReport(analyze(engine, posting, resume), 'k', 'cv.txt', { name: nameOf(engine.taxonomy.byId) }));
    const row = within(screen.getByTestId('fitmark-asks')).getByText('Experience in fintech, healthcare, or insurance').closest('li')!;
    expect(row.getAttribute('data-verdict')).toBe('met');
    expect(row.textContent).toContain('healthcare (or Financial technology, Insurance technology: not needed)');
    expect(row.textContent).not.toMatch(/health-tech|insurtech|term:|Health technology|, insurance,/);
  });

  it('the score comes with the line that adds it up, and required rows come first', () => {
    show(sample);
    expect(screen.getByTestId('fitmark-score').textContent).toBe(String(sample.score));
    expect(screen.getByText(sample.explanation).textContent).toMatch(/^\d+ of \d+ required met.* → \d+\./);
    const tags = within(screen.getByTestId('fitmark-asks'))
      .getAllByRole('listitem')
      .map((li) => (within(li).queryByText('Nice to have') ? 'preferred' : 'required'));
    expect(tags.indexOf('preferred')).toBeGreaterThan(0);
    expect(tags.slice(tags.indexOf('preferred'))).not.toContain('required');
  });
});

describe('several resumes', () => {
  const two = (o: Partial<TabReport> = {}): TabReport => ({
    ...sample,
    resumeId: 'a',
    resumeName: 'backend.pdf',
    score: 64,
    resumes: [
      { id: 'a', name: 'backend.pdf', score: 64 },
      { id: 'b', name: 'platform.pdf', score: 81 },
    ],
    bestResumeId: 'b',
    ...o,
  });

  it('says which fits this posting best and switches to it on request', async () => {
    const choose = vi.fn();
    show(two(), choose);
    const box = within(screen.getByTestId('fitmark-resumes'));
    expect(box.getByRole('status').textContent).toMatch(/^“platform\.pdf” fits this posting better: 81 against 64\./);
    await userEvent.click(box.getByRole('button', { name: 'Use “platform.pdf” here' }));
    expect(choose).toHaveBeenCalledWith('b');
  });

  it('a labelled list picks any saved resume for this posting', async () => {
    const choose = vi.fn();
    show(two(), choose);
    const select = screen.getByRole('combobox', { name: 'Resume for this posting' }) as HTMLSelectElement;
    expect(select.value).toBe('a');
    expect([...select.options].map((o) => o.textContent)).toEqual(['backend.pdf — 64', 'platform.pdf — 81 (best fit)']);
    await userEvent.selectOptions(select, 'b');
    expect(choose).toHaveBeenCalledWith('b');
  });

  it('the best one shown: no nudge, just the note; one resume: nothing at all', () => {
    const { unmount } = show(two({ resumeId: 'b', resumeName: 'platform.pdf', score: 81 }), () => undefined);
    expect(screen.getByTestId('fitmark-resumes').textContent).toContain('Of your 2 resumes, this one fits this posting best.');
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull();
    unmount();
    show(two({ resumes: [{ id: 'a', name: 'backend.pdf', score: 64 }], bestResumeId: null }), () => undefined);
    expect(screen.queryByTestId('fitmark-resumes')).toBeNull();
  });
});
