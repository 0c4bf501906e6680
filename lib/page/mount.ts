import { canDraw, drawFirstCard } from './first-card';
import { guardHost } from './guard';
import { createMarkLayer, type Mark, type MarkLayer } from './marks';
import type { SessionView } from './session';

/** The sidebar's host once mounted by the content script: a closed shadow root on the page. */
export interface MountedUi {
  shadowHost: HTMLElement;
  /** An element inside the closed shadow root where the in-page marks are drawn. */
  layerParent: Element | ShadowRoot;
  /** Where the sidebar draws, inside the closed root: the first card, then the full UI. */
  container: HTMLElement;
  remove(): void;
  /** Records "description read → result painted" and when (ms since navigation start), where only tests can read it. */
  measure(ms: number, at: number): void;
}

/** Inline !important wins over any page style sheet. */
export const HOST_STYLE =
  'display:block !important;visibility:visible !important;opacity:1 !important;position:static !important;width:auto !important;height:auto !important;transform:none !important;filter:none !important;clip-path:none !important;z-index:2147483646 !important';

/** The full UI (entrypoints/sidebar-ui, React): renders `view` into `container`, replacing what is there; returns its unmount. */
export interface UiRenderer {
  render(view: SessionView, container: HTMLElement): () => void;
}

export interface SidebarMount {
  /** The mounted UI, mounting it first (once, however many callers wait); null when it cannot be shown. */
  ensure(): Promise<MountedUi | null>;
  /** The UI if mounted now. */
  readonly current: MountedUi | null;
  /** The page fought the sidebar off: it is not shown here again. */
  readonly blocked: boolean;
  unmount(): void;
  /** Draws the in-page marks (none when `on` is false). */
  paint(marks: readonly Mark[], on: boolean): void;
}

/**
 * The sidebar's life on one page: mounted once, guarded against a page that
 * removes or hides it (bounded, lib/page/guard.ts), its marks layer beside it,
 * and all of it torn down with the content script (`signal`).
 *
 * Drawn in two steps, so the first result never waits for React: the host is made at once and the
 * content script draws the first card in it (lib/page/first-card.ts: "reading", then the score),
 * while the full UI's script loads; the full UI takes the container over once the card has shown
 * the first result (a frame later: the score is on screen before React's first render starts), or
 * at once for a state only it can show.
 */
export function createSidebarMount(o: {
  doc: Document;
  signal: AbortSignal;
  setTimeout(fn: () => void, ms: number): unknown;
  now(): number;
  view: SessionView;
  /** Makes the host (cheap: no script to load). */
  mount(): Promise<MountedUi | null>;
  /** Loads the full UI (its script is injected by the background). */
  load(): Promise<UiRenderer>;
  /** The page kept removing or hiding the sidebar: Fitmark stopped. */
  onBlocked(): void;
  log(message: string): void;
}): SidebarMount {
  let ui: MountedUi | null = null;
  let scope: AbortController | null = null;
  let layer: MarkLayer | null = null;
  let mounting: Promise<MountedUi | null> | null = null;
  let blocked = false;
  let unmountFull: (() => void) | null = null;

  function unmount(): void {
    scope?.abort();
    scope = null;
    layer = null;
    unmountFull?.();
    unmountFull = null;
    ui?.remove();
    ui = null;
  }

  /** After the next frame has painted (or 100 ms, in a hidden tab that gets no frames). */
  function afterPaint(fn: () => void): void {
    const win = o.doc.defaultView;
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      fn();
    };
    win?.requestAnimationFrame(() => win.setTimeout(once, 0));
    o.setTimeout(once, 100);
  }

  /** The first card now, the full UI when it has loaded and the card has shown what it can. */
  function draw(host: MountedUi, signal: AbortSignal): void {
    const { view } = o;
    let renderer: UiRenderer | null = null;
    let pending = false;
    const redraw = () => {
      if (!unmountFull) drawFirstCard(host.container, view);
      upgrade();
    };
    const stores = [view.state, view.visible, view.collapsed];
    const subs = stores.map((s) => s.subscribe(redraw));
    const stop = () => subs.forEach((u) => u());
    signal.addEventListener('abort', stop, { once: true });
    function upgrade(): void {
      if (!renderer || unmountFull || pending || signal.aborted) return;
      // The card shows "reading": the full UI comes with the result (one render, not two).
      if (canDraw(view) && view.state.get().status === 'reading') return;
      pending = true;
      afterPaint(() => {
        pending = false;
        if (!renderer || unmountFull || signal.aborted) return;
        stop();
        unmountFull = renderer.render(view, host.container);
      });
    }
    redraw();
    o.load().then(
      (r) => {
        renderer = r;
        upgrade();
      },
      (e: unknown) => o.log(`the sidebar could not be shown: ${e instanceof Error ? e.message : String(e)}`),
    );
  }

  async function mountOnce(): Promise<MountedUi | null> {
    const mounted = await o.mount().catch((e: unknown) => {
      o.log(`the sidebar could not be shown: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    });
    if (!mounted || o.signal.aborted) return null;
    ui = mounted;
    scope = new AbortController();
    const signal = scope.signal;
    // The content script ends (extension updated or reloaded): the full UI is unmounted with the host.
    o.signal.addEventListener('abort', () => unmount(), { signal });
    guardHost({
      host: mounted.shadowHost,
      style: HOST_STYLE,
      signal,
      setTimeout: o.setTimeout,
      now: o.now,
      onGiveUp: () => {
        blocked = true;
        o.log('this page keeps removing or hiding the sidebar: Fitmark stopped showing it here');
        unmount();
        o.onBlocked();
      },
    });
    const win = o.doc.defaultView;
    layer = win ? createMarkLayer(mounted.layerParent, win, signal) : null;
    draw(mounted, signal);
    return mounted;
  }

  return {
    ensure() {
      if (ui) return Promise.resolve(ui);
      if (blocked) return Promise.resolve(null);
      mounting ??= mountOnce().finally(() => (mounting = null));
      return mounting;
    },
    get current() {
      return ui;
    },
    get blocked() {
      return blocked;
    },
    unmount,
    paint: (marks, on) => layer?.paint(marks, on),
  };
}
