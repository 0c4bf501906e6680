import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
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
const GUIDE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/guide.html';
const guideUrl = (anchor: string) => `${GUIDE}?from=https%3A%2F%2Fexample.com%2Fjob#${anchor}`;

describe('Sidebar', () => {
  it('shows the score, its explanation, shared and missing skills', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    expect(screen.getByTestId('fitmark-score').textContent).toBe(String(withResume.score));
    expect(screen.getByText(withResume.explanation)).toBeTruthy();
    const matched = within(screen.getByTestId('fitmark-matched'));
    expect(matched.getByText('Terraform')).toBeTruthy();
    expect(matched.getByText(/via Amazon EKS/)).toBeTruthy();
    const missing = within(screen.getByTestId('fitmark-missing'));
    expect(missing.getByRole('link', { name: 'Istio' }).getAttribute('href')).toMatch(/^chrome-extension:\/\/[a-p]{32}\/guide\.html\?from=[^#]+#skill-istio$/);
  });

  it('lists required gaps before nice-to-haves', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    const tags = within(screen.getByTestId('fitmark-missing')).getAllByText(/^(Required|Nice to have|Mentioned)$/).map((t) => t.textContent);
    const firstPreferred = tags.indexOf('Nice to have');
    expect(firstPreferred).toBeGreaterThanOrEqual(0);
    expect(tags.slice(firstPreferred)).not.toContain('Required');
  });

  it('opens the guide at the skill section when a missing skill is chosen', async () => {
    const onOpenGuide = vi.fn();
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={onOpenGuide} guideUrl={guideUrl} onClose={() => {}} />);
    await userEvent.click(screen.getByRole('link', { name: 'Istio' }));
    expect(onOpenGuide).toHaveBeenCalledWith('skill-istio');
  });

  it('says when no resume is saved yet and how to add one', () => {
    render(<Sidebar state={{ status: 'result', report: noResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    expect(screen.getByText('No resume saved yet.')).toBeTruthy();
    expect(screen.getByText(/Click the Fitmark icon in the toolbar/)).toBeTruthy();
    expect(screen.queryByTestId('fitmark-score')).toBeNull();
  });

  it('says honestly when no posting could be read', () => {
    render(<Sidebar state={{ status: 'not-found', site: 'linkedin' }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/could not read a job posting/);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...withResume, posting: { ...withResume.posting, title: '<img src=x onerror="alert(1)">' } };
    const { container } = render(<Sidebar state={{ status: 'result', report: hostile }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });

  it('lists soft skills apart, unscored', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    const soft = within(screen.getByTestId('fitmark-soft'));
    expect(soft.getByText('Written communication')).toBeTruthy();
    expect(screen.getByTestId('fitmark-missing').textContent).not.toContain('Written communication');
  });

  it('folds to a slim tab on Esc, showing the score, and opens again from it', async () => {
    const onCollapse = vi.fn();
    const { rerender } = render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} onCollapse={onCollapse} />);
    screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onCollapse).toHaveBeenLastCalledWith(true);
    rerender(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} collapsed onCollapse={onCollapse} />);
    const tab = screen.getByTestId('fitmark-tab');
    // The accessible name holds the visible text ("Fitmark 54"), in order, so speech users can say what they see.
    expect(tab.textContent).toBe(`Fitmark ${withResume.score}`);
    expect(tab.getAttribute('aria-label')).toBe(`Fitmark ${withResume.score}: open the sidebar (match ${withResume.score} out of 100)`);
    expect(tab.getAttribute('aria-label')!.startsWith(tab.textContent!)).toBe(true);
    await userEvent.click(tab);
    expect(onCollapse).toHaveBeenLastCalledWith(false);
  });

  it('groups shared skills by category and labels each', () => {
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />);
    const cats = [...screen.getByTestId('fitmark-matched').querySelectorAll('.fm-cat')].map((c) => c.textContent);
    const firstOf = (c: string) => cats.indexOf(c);
    const lastOf = (c: string) => cats.lastIndexOf(c);
    for (const c of new Set(cats)) for (const d of new Set(cats)) if (c !== d) expect(lastOf(c! ) < firstOf(d!) || lastOf(d!) < firstOf(c!)).toBe(true);
  });

  it('closes from its labelled button', async () => {
    const onClose = vi.fn();
    render(<Sidebar state={{ status: 'reading' }} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('Sidebar: guide links', () => {
  it('gives every guide link an absolute extension URL, and opens it through the extension on a plain click', async () => {
    const onOpenGuide = vi.fn();
    render(<Sidebar state={{ status: 'result', report: withResume }} onOpenGuide={onOpenGuide} guideUrl={guideUrl} onClose={() => {}} />);
    const links = screen.getAllByRole('link');
    // Every missing skill, and the role guide.
    expect(links.length).toBe(withResume.missing.filter((m) => m.category !== 'soft').length + (withResume.role ? 1 : 0));
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^chrome-extension:\/\/[a-p]{32}\/guide\.html\?from=[^#]+#[a-z0-9-]+$/);
    const role = screen.getByRole('link', { name: /^Role guide:/ });
    expect(role.getAttribute('href')).toBe(guideUrl(withResume.role!.guide.split('#')[1]!));
    await userEvent.click(role);
    expect(onOpenGuide).toHaveBeenLastCalledWith(withResume.role!.guide.split('#')[1]);
    // Ctrl/⌘-click is the browser's "open in a new tab": left to the (absolute) href.
    const istio = screen.getByRole('link', { name: 'Istio' });
    const ctrl = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true, button: 0 });
    istio.dispatchEvent(ctrl);
    expect(onOpenGuide).toHaveBeenCalledTimes(1);
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    istio.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(true);
    expect(onOpenGuide).toHaveBeenLastCalledWith('skill-istio');
  });
});

/** The sidebar as the content script drives it: visible and folded are state the sidebar asks to change. */
function Harness({ focusRequest = 0, startFolded = false, onFocused }: { focusRequest?: number; startFolded?: boolean; onFocused?(): void }) {
  const [shown, setShown] = useState(true);
  const [folded, setFolded] = useState(startFolded);
  return (
    <>
      <button type="button">A control of the page</button>
      <button type="button" onClick={() => setFolded((f) => !f)}>
        Fold from outside
      </button>
      {shown && (
        <Sidebar
          state={{ status: 'result', report: withResume }}
          onOpenGuide={() => {}}
          guideUrl={guideUrl}
          onClose={() => setShown(false)}
          collapsed={folded}
          onCollapse={setFolded}
          focusRequest={focusRequest}
          onFocused={onFocused}
        />
      )}
    </>
  );
}

describe('Sidebar: focus', () => {
  const focused = () => document.activeElement;
  const heading = () => screen.getByRole('heading', { name: 'Fitmark', level: 2 });

  it('Esc folds it and puts focus on the tab; unfolding puts focus on the sidebar heading', async () => {
    render(<Harness />);
    screen.getByRole('link', { name: 'Istio' }).focus();
    await userEvent.keyboard('{Escape}');
    const tab = screen.getByTestId('fitmark-tab');
    expect(focused()).toBe(tab);
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByTestId('fitmark-tab')).toBeNull();
    expect(focused()).toBe(heading());
    // And once more with the fold button, by mouse.
    await userEvent.click(screen.getByRole('button', { name: /^Fold the Fitmark sidebar/ }));
    expect(focused()).toBe(screen.getByTestId('fitmark-tab'));
    await userEvent.click(screen.getByTestId('fitmark-tab'));
    expect(focused()).toBe(heading());
  });

  it('× gives focus back to the page control it came from', async () => {
    render(<Harness />);
    const pageControl = screen.getByRole('button', { name: 'A control of the page' });
    pageControl.focus();
    await userEvent.tab(); // Fold from outside
    await userEvent.tab(); // into the sidebar: the fold button
    await userEvent.tab(); // ×
    expect(focused()).toBe(screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }));
    screen.getByRole('button', { name: 'Fold from outside' }).focus();
    screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByTestId('fitmark-sidebar')).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Fold from outside' }));
  });

  it('× with nowhere to go back to leaves focus to the browser, and picks no page element', async () => {
    render(<Harness />);
    screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }).focus(); // came from nowhere (the body)
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByTestId('fitmark-sidebar')).toBeNull();
    expect(focused()).toBe(document.body);
  });

  it('moves focus in only on request: the heading when open, the tab when folded, once per request', async () => {
    const onFocused = vi.fn();
    const pageControl = () => screen.getByRole('button', { name: 'A control of the page' });
    const { rerender, unmount } = render(<Harness onFocused={onFocused} />);
    pageControl().focus();
    rerender(<Harness onFocused={onFocused} />);
    expect(focused()).toBe(pageControl()); // opening by itself takes nothing
    rerender(<Harness onFocused={onFocused} focusRequest={1} />);
    expect(focused()).toBe(heading());
    expect(onFocused).toHaveBeenCalledOnce();
    // What the request brought in, × gives back.
    await userEvent.click(screen.getByRole('button', { name: 'Hide the Fitmark sidebar' }));
    expect(focused()).toBe(pageControl());
    unmount();

    // Folded: a request focuses the tab; a mount with a request pending (the UI loads after the shortcut) honours it.
    render(<Harness startFolded focusRequest={7} onFocused={onFocused} />);
    expect(focused()).toBe(screen.getByTestId('fitmark-tab'));
    expect(onFocused).toHaveBeenCalledTimes(2);
  });

  it('folding from outside (the popup, a stored preference) does not take focus', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Fold from outside' }));
    expect(screen.getByTestId('fitmark-tab')).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Fold from outside' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fold from outside' }));
    expect(screen.getByTestId('fitmark-sidebar')).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Fold from outside' }));
  });
});

describe('what the posting asks, item by item', () => {
  it('lists requirements required first, each with its verdict and evidence, and the facts line', async () => {
    const { render, screen, within } = await import('@testing-library/react');
    const { Sidebar } = await import('@/components/Sidebar');
    const report = {
      jobKey: 'k',
      posting: { site: 'greenhouse', title: 'SRE', company: 'Acme', location: '', url: 'https://example.test/' },
      role: null,
      resumeName: 'cv.pdf',
      score: 50,
      explanation: '',
      matched: [],
      missing: [],
      facts: { yearsMin: 5, workMode: 'remote' as const, salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' as const }, sponsorship: false, clearance: null, degree: null },
      requirements: [
        { text: 'Rust or C++ a plus', importance: 'preferred' as const, kind: 'skills' as const, verdict: 'unmet' as const, evidence: 'The resume does not show Rust or C++.' },
        { text: 'Python or Go for tooling', importance: 'required' as const, kind: 'skills' as const, verdict: 'met' as const, evidence: 'Python — “wrote Python tooling”' },
        { text: '5+ years of experience', importance: 'required' as const, kind: 'years' as const, verdict: 'unknown' as const, evidence: 'The resume gives no dated roles to count years from.' },
      ],
      skills: [],
    };
    render(<Sidebar state={{ status: 'result', report }} onOpenGuide={() => undefined} guideUrl={(a) => `chrome-extension://x/guide.html#${a}`} onClose={() => undefined} />);
    expect(screen.getByTestId('fitmark-facts').textContent).toBe('Remote · $150K–$190K a year · No visa sponsorship · 5+ years');
    const items = within(screen.getByTestId('fitmark-asks')).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-verdict'))).toEqual(['met', 'unknown', 'unmet']);
    expect(items[0]!.textContent).toContain('Python — “wrote Python tooling”');
    expect(within(items[2]!).getByText('Nice to have')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /What they ask 1 of 3 met/ })).toBeTruthy();
    expect(within(items[1]!).getByRole('img', { name: 'The resume does not say' })).toBeTruthy();
  });
});
