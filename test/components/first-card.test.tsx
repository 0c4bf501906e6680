import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarState } from '@/components/Sidebar';
import { analyze, analyzeResume } from '@/lib/analyze';
import { drawFirstCard } from '@/lib/page/first-card';
import type { SessionView } from '@/lib/page/session';
import { createStore } from '@/lib/page/store';
import { postingFromText } from '@/lib/posting/text';
import { toTabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';
import { ROOT } from '../helpers';

const engine = bundled();
const text = (f: string) => readFileSync(`${ROOT}lib/cli/samples/${f}`, 'utf8');
const posting = postingFromText(text('posting.txt'));
const withResume = toTabReport(analyze(engine, posting, analyzeResume(engine, 'cv.pdf', text('resume.txt'))), 'k', 'cv.pdf');
const noResume = toTabReport(analyze(engine, posting, null), 'k', null);
const guideUrl = (anchor: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop/guide.html?from=x#${anchor}`;

function viewOf(state: SidebarState, collapsed = false, visible = true): SessionView {
  return {
    state: createStore(state),
    visible: createStore(visible),
    collapsed: createStore(collapsed),
    marking: createStore({ on: true, count: 0 }),
    focusRequest: createStore(0),
    notes: createStore<string[]>([]),
    guideUrl,
    actions: { openGuide: vi.fn(), close: vi.fn(), collapse: vi.fn(), locate: vi.fn(), toggleHighlights: vi.fn(), useText: vi.fn(), useSelection: vi.fn() },
  };
}

/** A tree as tags, sorted attributes and text: the same for the same markup whatever order attributes were set in, or text split in. */
function shape(root: Node): string {
  const copy = root.cloneNode(true);
  copy.normalize(); // React writes "Role guide: " and the title as two text nodes
  return shapeOf(copy);
}
function shapeOf(n: Node): string {
  if (n.nodeType === 3) return JSON.stringify(n.textContent);
  const e = n as Element;
  const attrs = [...e.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  return `<${e.tagName.toLowerCase()} ${attrs.join(' ')}>${[...e.childNodes].map(shapeOf).join('')}</>`;
}

/** What React renders for `view`, its body cut to the card's length (the card is the top of the sidebar). */
function reactTop(view: SessionView, cardBodyLength: number): string {
  const { container } = render(
    <Sidebar state={view.state.get()} collapsed={view.collapsed.get()} onCollapse={() => {}} onOpenGuide={() => {}} guideUrl={guideUrl} onClose={() => {}} />,
  );
  const top = container.firstElementChild!.cloneNode(true) as Element;
  const body = top.querySelector('.fm-body');
  while (body && body.childNodes.length > cardBodyLength) body.lastChild!.remove();
  return shape(top);
}

function card(view: SessionView): { drawn: boolean; el: Element | null; shape: string; bodyLength: number } {
  const box = document.createElement('div');
  const drawn = drawFirstCard(box, view);
  const el = box.firstElementChild;
  return { drawn, el, shape: el ? shape(el) : '', bodyLength: el?.querySelector('.fm-body')?.childNodes.length ?? 0 };
}

describe('the first card (lib/page/first-card.ts), drawn before React', () => {
  it('is the top of the sidebar React renders for a result: header, posting, score and explanation, the same markup', () => {
    expect(withResume.role).not.toBeNull(); // the role guide link is drawn too
    const view = viewOf({ status: 'result', report: withResume });
    const c = card(view);
    expect(c.drawn).toBe(true);
    expect(c.bodyLength).toBe(2);
    expect(c.el!.querySelector('[data-testid="fitmark-score"]')!.textContent).toBe(String(withResume.score));
    expect(c.shape).toBe(reactTop(view, c.bodyLength));
  });

  it('is the whole sidebar React renders while the posting is read, and the folded tab', () => {
    const reading = viewOf({ status: 'reading' });
    const r = card(reading);
    expect(r.shape).toBe(reactTop(reading, Infinity));
    for (const state of [{ status: 'reading' }, { status: 'result', report: withResume }] as SidebarState[]) {
      const folded = viewOf(state, true);
      expect(card(folded).shape).toBe(reactTop(folded, Infinity));
    }
  });

  it('leaves to React what only React shows: no resume, no posting found, an error; draws nothing when hidden', () => {
    for (const state of [
      { status: 'result', report: noResume },
      { status: 'not-found', site: 'linkedin' },
      { status: 'error', message: 'x' },
    ] as SidebarState[])
      expect(card(viewOf(state)).drawn).toBe(false);
    const hidden = card(viewOf({ status: 'result', report: withResume }, false, false));
    expect(hidden).toMatchObject({ drawn: true, el: null });
  });

  it('its buttons and link act through the session, as the full UI’s do', () => {
    const view = viewOf({ status: 'result', report: withResume });
    const box = document.createElement('div');
    drawFirstCard(box, view);
    (box.querySelector('[aria-label^="Fold"]') as HTMLElement).click();
    expect(view.actions.collapse).toHaveBeenCalledWith(true);
    (box.querySelector('[aria-label="Hide the Fitmark sidebar"]') as HTMLElement).click();
    expect(view.actions.close).toHaveBeenCalled();
    (box.querySelector('a.fm-role') as HTMLElement).click();
    expect(view.actions.openGuide).toHaveBeenCalledWith(withResume.role!.guide.slice(withResume.role!.guide.indexOf('#') + 1));
    const folded = viewOf({ status: 'result', report: withResume }, true);
    drawFirstCard(box, folded);
    (box.querySelector('[data-testid="fitmark-tab"]') as HTMLElement).click();
    expect(folded.actions.collapse).toHaveBeenCalledWith(false);
  });
});
