import { mappedBlockText } from '../posting/dom-text';
import { findMarks } from '../posting/highlight';
import type { Posting } from '../posting/types';
import type { TabReport } from '../report';

export type MarkKind = 'matched' | 'missing' | 'asked';

export interface Mark {
  range: Range;
  kind: MarkKind;
  skillId: string;
}

/** More marks than this are not drawn: a posting that names a skill 500 times gains nothing from 500 boxes. */
export const MAX_MARKS = 400;

/** Red only for what the resume lacks: a choice the resume meets with another skill ("Go" in "Python or Go") is just asked. */
function kindOf(report: TabReport, matched: ReadonlySet<string>, id: string): MarkKind {
  if (report.resumeName === null) return 'asked';
  return matched.has(id) ? 'matched' : report.missing.some((m) => m.id === id) ? 'missing' : 'asked';
}

/**
 * The report's mentions as Ranges in the page. The description Fitmark read
 * is `blockText(root)`; when the page still holds that text, each mention's
 * offsets map straight to its text node. Where the text came from elsewhere
 * (JSON-LD, a paste) or the page changed since, the mention is found by its
 * wording instead — only then is the page's text searched.
 */
export function marksFor(report: TabReport, posting: Posting, root: Element, skip?: (el: Element) => boolean): Mark[] {
  const matched = new Set(report.matched.map((m) => m.id));
  const map = mappedBlockText(root);
  const same = posting.sections.length > 0 && posting.sections.every((s) => map.text.startsWith(s.text, s.offset));
  if (same) {
    const doc = root.ownerDocument;
    const marks: Mark[] = [];
    for (const skill of report.skills) {
      for (const m of skill.mentions) {
        const a = map.at(m.start);
        const b = map.at(m.end - 1);
        if (!a || !b) continue;
        const range = doc.createRange();
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset + 1);
        if (skip && skip(a.node.parentElement ?? root)) continue;
        marks.push({ range, kind: kindOf(report, matched, skill.id), skillId: skill.id });
      }
    }
    return sortByPosition(marks).slice(0, MAX_MARKS);
  }
  const requests = report.skills.flatMap((skill) =>
    skill.mentions.flatMap((m) => {
      const section = posting.sections.find((s) => m.start >= s.offset && m.end <= s.offset + s.text.length);
      if (!section) return [];
      return [{ text: section.text.slice(m.start - section.offset, m.end - section.offset), kind: kindOf(report, matched, skill.id), skillId: skill.id }];
    }),
  );
  return findMarks(root, requests, skip)
    .map((m) => ({ ...m, kind: m.kind as MarkKind }))
    .slice(0, MAX_MARKS);
}

function sortByPosition(marks: Mark[]): Mark[] {
  return marks.sort((x, y) => x.range.compareBoundaryPoints(0 /* START_TO_START */, y.range));
}

const STYLE: Record<MarkKind, string> = {
  matched: 'background:rgba(34,197,94,.30)',
  missing: 'background:rgba(239,68,68,.26);box-shadow:inset 0 -2px rgba(185,28,28,.85)',
  asked: 'background:rgba(59,130,246,.24)',
};

export interface MarkLayer {
  /** Draws `marks` (or nothing when `on` is false). */
  paint(marks: readonly Mark[], on: boolean): void;
  clear(): void;
}

/**
 * In-page highlights drawn by us, inside our closed shadow root: boxes placed
 * over each mention's client rects. The page's DOM, its CSS highlight registry
 * and its style sheets learn nothing — not which words are marked, nor which
 * are matched and which missing. The boxes follow scrolling (the window's and
 * any scrolling pane's) and resizing, one layout per frame, and cost nothing
 * while the page is still.
 */
export function createMarkLayer(container: Element | ShadowRoot, win: Window, signal: AbortSignal): MarkLayer {
  const doc = container.ownerDocument!;
  const layer = doc.createElement('div');
  layer.setAttribute('data-fitmark-marks', '');
  layer.setAttribute('aria-hidden', 'true');
  layer.style.cssText = 'position:fixed;inset:0;pointer-events:none;overflow:hidden;z-index:2147483645;contain:strict';
  container.append(layer);
  let current: readonly Mark[] = [];
  let frame = 0;
  const pool: HTMLElement[] = [];

  function clipFor(node: Node): { top: number; left: number; right: number; bottom: number } {
    const clip = { top: 0, left: 0, right: win.innerWidth, bottom: win.innerHeight };
    for (let el = node.parentElement; el && el !== doc.documentElement; el = el.parentElement) {
      const o = win.getComputedStyle(el);
      if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
      const r = el.getBoundingClientRect();
      clip.top = Math.max(clip.top, r.top);
      clip.left = Math.max(clip.left, r.left);
      clip.right = Math.min(clip.right, r.right);
      clip.bottom = Math.min(clip.bottom, r.bottom);
    }
    return clip;
  }

  function layout(): void {
    frame = 0;
    let used = 0;
    // Marks share their scrolling panes: one clip per parent element is enough.
    const clips = new Map<Node, ReturnType<typeof clipFor>>();
    for (const m of current) {
      const parent = m.range.commonAncestorContainer;
      let clip = clips.get(parent);
      if (!clip) clips.set(parent, (clip = clipFor(parent)));
      // (jsdom has no layout: no rects there.)
      for (const r of m.range.getClientRects?.() ?? []) {
        const top = Math.max(r.top, clip.top);
        const bottom = Math.min(r.bottom, clip.bottom);
        const left = Math.max(r.left, clip.left);
        const right = Math.min(r.right, clip.right);
        if (bottom <= top || right <= left) continue;
        let box = pool[used];
        if (!box) {
          box = doc.createElement('div');
          pool.push(box);
          layer.append(box);
        }
        box.style.cssText = `position:absolute;border-radius:2px;top:${top}px;left:${left}px;width:${right - left}px;height:${bottom - top}px;${STYLE[m.kind]}`;
        box.dataset.kind = m.kind;
        box.dataset.skill = m.skillId;
        used++;
      }
    }
    for (let i = used; i < pool.length; i++) pool[i]!.style.cssText = 'display:none';
  }

  const schedule = (): void => {
    if (frame || current.length === 0 || signal.aborted) return;
    frame = win.requestAnimationFrame(layout);
  };
  // Capture: a scroll in any pane (LinkedIn's job details scroll on their own) moves the text under the boxes.
  // Removed by hand on abort: the signal may come from another realm than the page's window (tests).
  win.addEventListener('scroll', schedule, { capture: true, passive: true });
  win.addEventListener('resize', schedule, { passive: true });
  const Resize = (win as Window & typeof globalThis).ResizeObserver;
  const resize = Resize ? new Resize(schedule) : null;
  signal.addEventListener('abort', () => {
    win.removeEventListener('scroll', schedule, { capture: true });
    win.removeEventListener('resize', schedule);
    resize?.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    layer.remove();
  });

  return {
    paint(marks, on) {
      current = on ? marks : [];
      resize?.disconnect();
      const roots = new Set<Element>();
      for (const m of current) {
        const el = m.range.commonAncestorContainer.parentElement;
        const block = el?.closest('ul,ol,p,div,section,article') ?? el;
        if (block && roots.size < 20) roots.add(block);
      }
      for (const r of roots) resize?.observe(r);
      if (frame) win.cancelAnimationFrame(frame);
      frame = 0;
      layout();
    },
    clear() {
      this.paint([], false);
    },
  };
}
