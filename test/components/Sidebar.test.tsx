import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/Sidebar';
import { analyze, analyzeResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { toTabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';
import { ROOT } from '../helpers';

const engine = bundled();
const text = (f: string) => readFileSync(`${ROOT}lib/cli/samples/${f}`, 'utf8');
const posting = postingFromText(text('posting.txt'));
const withResume = toTabReport(analyze(engine, posting, analyzeResume(engine, 'cv.pdf', text('resume.txt'))), 'k', 'cv.pdf');
const noResume = toTabReport(analyze(engine, posting, null), 'k', null);

describe('Sidebar', () => {
  it('shows the score, its explanation, shared and missing skills', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} onClose={() => {}} />);
    expect(screen.getByTestId('fitmark-score').textContent).toBe(String(withResume.score));
    expect(screen.getByText(withResume.explanation)).toBeTruthy();
    const matched = within(screen.getByTestId('fitmark-matched'));
    expect(matched.getByText('Terraform')).toBeTruthy();
    expect(matched.getByText(/via Amazon EKS/)).toBeTruthy();
    const missing = within(screen.getByTestId('fitmark-missing'));
    expect(missing.getByRole('link', { name: 'Istio' }).getAttribute('href')).toMatch(/^guide\.html#.+--istio$/);
  });

  it('lists required gaps before nice-to-haves', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} onClose={() => {}} />);
    const tags = within(screen.getByTestId('fitmark-missing')).getAllByText(/^(Required|Nice to have|Mentioned)$/).map((t) => t.textContent);
    const firstPreferred = tags.indexOf('Nice to have');
    expect(firstPreferred).toBeGreaterThanOrEqual(0);
    expect(tags.slice(firstPreferred)).not.toContain('Required');
  });

  it('opens the guide at the skill section when a missing skill is chosen', async () => {
    const onOpenGuide = vi.fn();
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={onOpenGuide} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('link', { name: 'Istio' }));
    expect(onOpenGuide).toHaveBeenCalledWith(expect.stringMatching(/^[a-z-]+--istio$/));
  });

  it('says when no resume is saved yet and how to add one', () => {
    render(<Sidebar state={{ status: 'result', report: noResume }} onOpenGuide={() => {}} onClose={() => {}} />);
    expect(screen.getByText('No resume saved yet.')).toBeTruthy();
    expect(screen.getByText(/Click the Fitmark icon in the toolbar/)).toBeTruthy();
    expect(screen.queryByTestId('fitmark-score')).toBeNull();
  });

  it('says honestly when no posting could be read', () => {
    render(<Sidebar state={{ status: 'not-found', site: 'linkedin' }} onOpenGuide={() => {}} onClose={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/could not read a job posting/);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...withResume, posting: { ...withResume.posting, title: '<img src=x onerror="alert(1)">' } };
    const { container } = render(<Sidebar state={{ status: 'result', report: hostile }} onOpenGuide={() => {}} onClose={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it('lists soft skills apart, unscored', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} onClose={() => {}} />);
    const soft = within(screen.getByTestId('fitmark-soft'));
    expect(soft.getByText('Written communication')).toBeTruthy();
    expect(screen.getByTestId('fitmark-missing').textContent).not.toContain('Written communication');
  });

  it('folds to a slim tab on Esc, showing the score, and opens again from it', async () => {
    const onCollapse = vi.fn();
    const { rerender } = render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} onClose={() => {}} onCollapse={onCollapse} />);
    screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onCollapse).toHaveBeenLastCalledWith(true);
    rerender(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} onClose={() => {}} collapsed onCollapse={onCollapse} />);
    const tab = screen.getByTestId('fitmark-tab');
    expect(tab.getAttribute('aria-label')).toBe(`Open the Fitmark sidebar: match ${withResume.score} out of 100`);
    await userEvent.click(tab);
    expect(onCollapse).toHaveBeenLastCalledWith(false);
  });

  it('groups shared skills by category and labels each', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} onClose={() => {}} />);
    const cats = [...screen.getByTestId('fitmark-matched').querySelectorAll('.fm-cat')].map((c) => c.textContent);
    const firstOf = (c: string) => cats.indexOf(c);
    const lastOf = (c: string) => cats.lastIndexOf(c);
    for (const c of new Set(cats)) for (const d of new Set(cats)) if (c !== d) expect(lastOf(c! ) < firstOf(d!) || lastOf(d!) < firstOf(c!)).toBe(true);
  });

  it('closes from its labelled button', async () => {
    const onClose = vi.fn();
    render(<Sidebar state={{ status: 'reading' }} onOpenGuide={() => {}} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
