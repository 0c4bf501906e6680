import { firstElement } from './dom-text';
import type { Posting, SiteAdapter } from './types';

/** A short fingerprint of a posting's text, to tell one job's description from the next. */
export function signature(p: Posting): string {
  const text = p.sections.map((s) => s.text).join('\n');
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return `${p.title}\u0000${text.length}\u0000${h}`;
}

export interface WaitOptions {
  signal: AbortSignal;
  /** Give up after this long: the page holds no readable posting. */
  timeoutMs: number;
  /** The posting shown before an in-page navigation: wait until the page shows another. */
  notSignature?: string;
}

/**
 * Reads the posting as soon as the page shows it. Single-page boards render the
 * description after the URL changes, so this re-reads on DOM changes (batched
 * to one read per animation frame) until a posting appears or time runs out.
 * Resolves null on timeout or abort.
 *
 * While the document still parses, the posting is read once the parser has gone
 * past the board's description (see parsedPast): a page whose own scripts hold
 * up the rest of the parse (DOMContentLoaded) has its posting read before them.
 * The time allowed counts from the end of the parse.
 */
export function waitForPosting(doc: Document, url: URL, adapter: SiteAdapter, o: WaitOptions): Promise<Posting | null> {
  return new Promise((resolve) => {
    let done = false;
    let scheduled = false;
    let stale: Posting | null = null;
    // The document's own window supplies the observer: the same code runs in a page and under jsdom.
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => schedule());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startTimer = (): void => {
      if (!done && timer === undefined) timer = setTimeout(() => finish(stale), o.timeoutMs);
    };
    // Once parsed, a posting the parser never got past (its pane the page's last element) is read at once.
    const parsed = (): void => {
      startTimer();
      schedule();
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed, { once: true });
    else startTimer();
    // Some boards render into a frame (iCIMS) the observer cannot see: look again now and then too.
    const poll = setInterval(schedule, 500);
    const onAbort = (): void => finish(null);
    function finish(p: Posting | null): void {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      doc.removeEventListener('DOMContentLoaded', parsed);
      clearInterval(poll);
      o.signal.removeEventListener('abort', onAbort);
      resolve(o.signal.aborted ? null : p);
    }
    function attempt(): void {
      scheduled = false;
      if (done) return;
      // Half a description is not read: while parsing, only once the parser is past it.
      if (doc.readyState === 'loading' && !parsedPast(doc, adapter)) return;
      let p: Posting | null = null;
      try {
        p = adapter.extract(doc, url);
      } catch {
        p = null; // a half-rendered page; try again on the next change
      }
      if (!p) return;
      // A page that names its job only in its content (LinkedIn's post-apply page, after applying to
      // the job just shown) may show the same text as before: it is that job's, not a stale render.
      if (o.notSignature && signature(p) === o.notSignature && !adapter.jobKeyIn?.(doc, url)) {
        stale = p; // still the previous job's text: keep waiting, but fall back to it at the end
        return;
      }
      finish(p);
    }
    function schedule(): void {
      if (scheduled || done) return;
      scheduled = true;
      setTimeout(attempt, 16); // one read per frame, however many mutations a render makes
    }
    if (o.signal.aborted) return finish(null);
    o.signal.addEventListener('abort', onAbort);
    attempt();
    if (!done) observer.observe(watchRoot(doc, adapter), { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Whether the parser has gone past the element after which everything the board's reader reads is parsed
 * (the adapter's `earlyRead`): the parser appends in document order, so an element, or one of its
 * ancestors, with a next sibling is closed — nothing more will be parsed into it. A board that names
 * none is read once parsed.
 */
export function parsedPast(doc: Document, adapter: SiteAdapter): boolean {
  const el = adapter.earlyRead ? firstElement(doc, adapter.earlyRead) : null;
  return el !== null && closed(el, doc);
}

function closed(el: Element, doc: Document): boolean {
  for (let n: Node | null = el; n && n !== doc.body && n !== doc.documentElement; n = n.parentNode) if (n.nextSibling) return true;
  return false;
}

/** The element to watch: the board's posting container where it exists, else the whole page. */
function watchRoot(doc: Document, adapter: SiteAdapter): Node {
  for (const sel of adapter.container ?? []) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  // From the document's start there may be no <html> element yet: the document itself.
  return doc.body ?? doc.documentElement ?? doc;
}
