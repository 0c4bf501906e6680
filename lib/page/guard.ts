/**
 * Keeps our host element attached and visible when a page removes, hides or
 * restyles it — by accident (a single-page app re-rendering <body>) or on
 * purpose. Each repair waits longer than the last (backoff) and runs outside
 * the page's own mutation callbacks, so a page that fights back cannot pull
 * us into a tight loop: after `maxRepairs` repairs in a row Fitmark stops and
 * says the page blocks the sidebar.
 */
export interface GuardOptions {
  host: HTMLElement;
  /** The inline style the host must keep. */
  style: string;
  signal: AbortSignal;
  /** The content script's timer (WXT's ctx.setTimeout): it dies with the script. */
  setTimeout(fn: () => void, ms: number): unknown;
  now(): number;
  onGiveUp(): void;
  maxRepairs?: number;
  /** First delay before a repair, doubled each time. */
  baseDelayMs?: number;
  /** A host left alone this long earns its full allowance of repairs back. */
  quietMs?: number;
}

export interface Guard {
  readonly repairs: number;
  readonly gaveUp: boolean;
}

export function guardHost(o: GuardOptions): Guard {
  const { host } = o;
  const doc = host.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const Observer = win?.MutationObserver ?? MutationObserver;
  const max = o.maxRepairs ?? 5;
  const base = o.baseDelayMs ?? 50;
  const quiet = o.quietMs ?? 10_000;
  const state = { repairs: 0, gaveUp: false, pending: false, lastRepair: -Infinity };

  const damaged = (): boolean =>
    !host.isConnected || host.getAttribute('style') !== o.style || host.hasAttribute('hidden') || host.hasAttribute('inert');

  function repair(): void {
    state.pending = false;
    if (o.signal.aborted || state.gaveUp || !damaged()) return;
    if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
    if (host.getAttribute('style') !== o.style) host.setAttribute('style', o.style);
    host.removeAttribute('hidden');
    host.removeAttribute('inert');
    state.lastRepair = o.now();
  }

  const onChange = (): void => {
    if (state.pending || state.gaveUp || !damaged()) return;
    if (o.now() - state.lastRepair > quiet) state.repairs = 0;
    if (state.repairs >= max) {
      state.gaveUp = true;
      observer.disconnect();
      o.onGiveUp();
      return;
    }
    state.pending = true;
    o.setTimeout(repair, base * 2 ** state.repairs);
    state.repairs++;
  };
  const observer = new Observer(onChange);
  if (host.getAttribute('style') !== o.style) host.setAttribute('style', o.style);
  observer.observe(host, { attributes: true });
  observer.observe(doc.body ?? doc.documentElement, { childList: true });
  o.signal.addEventListener('abort', () => observer.disconnect());
  // The page may have struck already, between our append and this guard (its observer runs first).
  onChange();
  return {
    get repairs() {
      return state.repairs;
    },
    get gaveUp() {
      return state.gaveUp;
    },
  };
}
