import { guardHost } from './guard';
import { createMarkLayer, type Mark, type MarkLayer } from './marks';

/** The sidebar's UI once mounted (entrypoints/sidebar-ui). */
export interface MountedUi {
  shadowHost: HTMLElement;
  /** An element inside the closed shadow root where the in-page marks are drawn. */
  layerParent: Element | ShadowRoot;
  remove(): void;
  /** Records "description read → result painted" and when (ms since navigation start), where only tests can read it. */
  measure(ms: number, at: number): void;
}

/** Inline !important wins over any page style sheet. */
export const HOST_STYLE =
  'display:block !important;visibility:visible !important;opacity:1 !important;position:static !important;width:auto !important;height:auto !important;transform:none !important;filter:none !important;clip-path:none !important;z-index:2147483646 !important';

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
 */
export function createSidebarMount(o: {
  doc: Document;
  signal: AbortSignal;
  setTimeout(fn: () => void, ms: number): unknown;
  now(): number;
  mount(): Promise<MountedUi | null>;
  /** The page kept removing or hiding the sidebar: Fitmark stopped. */
  onBlocked(): void;
  log(message: string): void;
}): SidebarMount {
  let ui: MountedUi | null = null;
  let scope: AbortController | null = null;
  let layer: MarkLayer | null = null;
  let mounting: Promise<MountedUi | null> | null = null;
  let blocked = false;

  function unmount(): void {
    scope?.abort();
    scope = null;
    layer = null;
    ui?.remove();
    ui = null;
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
    o.signal.addEventListener('abort', () => scope?.abort(), { signal });
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
