import { factsLine, scoreBand, type TabReport } from '../report';
import type { SessionView } from './session';

/**
 * The sidebar's first frame, drawn by the content script with plain DOM while the full UI (React,
 * ~240 KB, a script the background injects) is still on its way: the same markup as the top of
 * components/Sidebar.tsx (header, the posting, the score and its explanation), so when React
 * replaces it the part already on screen does not move and the rest appears below it. A component
 * test compares the two.
 *
 * Only the states it can show as React would: "reading" and a result with a resume, expanded or
 * folded. Any other state (no resume, not found, an error) is React's alone: `draw` returns false.
 * The buttons work (they call the session's actions); everything else waits for React.
 */
export function canDraw(view: SessionView): boolean {
  // Hidden: nothing to draw. Folded: the tab, with the score if there is one.
  if (!view.visible.get() || view.collapsed.get()) return true;
  const st = view.state.get();
  return st.status === 'reading' || (st.status === 'result' && st.report.resumeName !== null);
}

/** Draws `view` into `container` (replacing what is there); false when only the full UI can show this state. */
export function drawFirstCard(container: HTMLElement, view: SessionView): boolean {
  if (!canDraw(view)) return false;
  const doc = container.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  };
  const { actions } = view;
  const st = view.state.get();
  const report = st.status === 'result' ? st.report : null;
  if (!view.visible.get()) {
    container.replaceChildren();
    return true;
  }
  if (view.collapsed.get()) {
    const score = report?.score ?? null;
    const tab = el(
      'button',
      {
        type: 'button',
        class: 'fm-tab',
        'data-testid': 'fitmark-tab',
        'aria-label': score === null ? 'Fitmark: open the sidebar' : `Fitmark ${score}: open the sidebar (match ${score} out of 100)`,
      },
      el('span', { class: 'fm-tab-brand' }, 'Fitmark'),
      ...(score === null ? [] : [' ', el('span', { class: `fm-tab-score fm-${scoreBand(score)}` }, String(score))]),
    );
    tab.addEventListener('click', () => actions.collapse(false));
    container.replaceChildren(tab);
    return true;
  }
  const fold = el('button', { type: 'button', class: 'fm-close', 'aria-label': 'Fold the Fitmark sidebar to the page edge (Esc)' }, '–');
  fold.addEventListener('click', () => actions.collapse(true));
  const hide = el('button', { type: 'button', class: 'fm-close', 'aria-label': 'Hide the Fitmark sidebar' }, '×');
  hide.addEventListener('click', () => actions.close());
  const aside = el(
    'aside',
    { class: 'fm-sidebar', 'aria-label': 'Fitmark: how your resume fits this job', 'data-testid': 'fitmark-sidebar' },
    el('header', { class: 'fm-header' }, el('h2', { class: 'fm-brand', tabindex: '-1' }, 'Fitmark'), el('span', {}, fold, hide)),
    el('div', { class: 'fm-body' }, ...(report ? result(report, view, el) : [el('p', { class: 'fm-muted', role: 'status' }, 'Reading this posting…')])),
  );
  aside.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      actions.collapse(true);
    }
  });
  container.replaceChildren(aside);
  return true;
}

type El = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, ...children: Array<Node | string>) => HTMLElementTagNameMap[K];

/** The posting and the score row, as Sidebar's Result and Score render them. */
function result(report: TabReport, view: SessionView, el: El): Node[] {
  const { posting, role, score } = report;
  const facts = factsLine(report.facts);
  const head = el('div', { class: 'fm-posting' }, el('div', { class: 'fm-title' }, posting.title || 'This posting'));
  if (posting.company) head.append(el('div', { class: 'fm-muted' }, posting.company));
  if (facts.length) head.append(el('div', { class: 'fm-facts', 'data-testid': 'fitmark-facts' }, facts.join(' · ')));
  if (role) {
    const anchor = role.guide.slice(role.guide.indexOf('#') + 1);
    const link = el('a', { href: view.guideUrl(anchor), class: 'fm-link fm-role' }, `Role guide: ${role.title}`);
    link.addEventListener('click', (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      view.actions.openGuide(anchor);
    });
    head.append(link);
  }
  const badge =
    score === null
      ? el('div', { class: 'fm-score fm-score-none', role: 'img', 'aria-label': 'No score' }, '–')
      : el('div', { class: `fm-score fm-${scoreBand(score)}`, 'data-testid': 'fitmark-score', role: 'img', 'aria-label': `Match score ${score} out of 100` }, String(score));
  const row = el(
    'div',
    { class: 'fm-score-row' },
    badge,
    el('div', {}, el('p', { class: 'fm-explain' }, report.explanation), el('p', { class: 'fm-muted fm-small' }, `Compared with “${report.resumeName ?? ''}”.`)),
  );
  return [head, row];
}
