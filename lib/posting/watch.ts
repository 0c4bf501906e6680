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
 */
export function waitForPosting(doc: Document, url: URL, adapter: SiteAdapter, o: WaitOptions): Promise<Posting | null> {
  return new Promise((resolve) => {
    let done = false;
    let scheduled = false;
    let stale: Posting | null = null;
    // The document's own window supplies the observer: the same code runs in a page and under jsdom.
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => schedule());
    const timer = setTimeout(() => finish(stale), o.timeoutMs);
    // Some boards render into a frame (iCIMS) the observer cannot see: look again now and then too.
    const poll = setInterval(schedule, 500);
    const onAbort = (): void => finish(null);
    function finish(p: Posting | null): void {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      o.signal.removeEventListener('abort', onAbort);
      resolve(o.signal.aborted ? null : p);
    }
    function attempt(): void {
      scheduled = false;
      if (done) return;
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

/** The element to watch: the board's posting container where it exists, else the whole page. */
function watchRoot(doc: Document, adapter: SiteAdapter): Node {
  for (const sel of adapter.container ?? []) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return doc.body ?? doc.documentElement;
}
