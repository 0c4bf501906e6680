import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * When the sidebar first shows a score, as the user sees it: the first animation frame whose DOM
 * holds `[data-testid="fitmark-score"]` (that frame paints it), in ms since the page's navigation
 * start, read without touching the page while it loads.
 *
 * How: the sidebar's shadow root is closed, and its scripts run in the extension's isolated world.
 * As soon as the DevTools protocol reports that world for a new document, a watcher is evaluated in
 * it: it keeps the shadow roots that world attaches (open or closed, so any build, old or new, is
 * measured alike) and looks into them once a frame, from a requestAnimationFrame loop, which costs
 * the page a querySelector on a small tree. The result is read afterwards, by a plain evaluation in
 * that world (no DOM walk).
 *
 * Why not the build's own stamp (`data-fitmark-at`) read through `DOM.getDocument` every 25 ms, as
 * before: the stamp is taken one frame after the content script hands the result to React, but the
 * first render may not have happened by then (React's first render of a new root is a scheduled task:
 * in half the loads the score was not yet in the DOM at the stamp), and each read serialises the
 * whole page on its main thread, during the very load it measures (several times slower medians on a
 * busy machine). Nothing of this ships in a build.
 */
export interface FirstPaint {
  /**
   * The score's first frame for the document loaded last, in ms since its navigation start; or
   * 'late' when the watcher reached the extension's world only after the sidebar's script had run
   * (a very busy machine): that load says nothing, load the page again. Throws after `timeoutMs`.
   */
  next(timeoutMs?: number): Promise<number | 'late'>;
  close(): Promise<void>;
}

const WATCH = `(() => {
  if (globalThis.__fitmarkBench) return;
  // The sidebar's host is a child of <body>; its closed root is reachable from this world only.
  const shows = () => [...(document.body?.children ?? [])].some((el) => chrome.dom.openOrClosedShadowRoot(el)?.querySelector('[data-testid="fitmark-score"]'));
  // 'late': the score was on screen before this watcher got here (a very busy machine): no time for it.
  const bench = (globalThis.__fitmarkBench = { paint: null, late: shows() });
  const t0 = performance.now();
  const tick = () => {
    if (shows()) bench.paint = performance.now();
    else if (performance.now() - t0 < 30000) requestAnimationFrame(tick);
  };
  if (!bench.late) requestAnimationFrame(tick);
})()`;

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { isDefault?: boolean; frameId?: string };
}

export async function watchFirstPaint(context: BrowserContext, page: Page, extensionId: string): Promise<FirstPaint> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const top = frameTree.frame.id;
  /** The extension's isolated world in the top document (one per document). */
  let world: number | null = null;
  let watching: Promise<unknown> = Promise.resolve();
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => {
    const c = e.context;
    if (c.auxData?.isDefault !== false || c.auxData.frameId !== top || !c.origin.startsWith(`chrome-extension://${extensionId}`)) return;
    world = c.id;
    watching = cdp.send('Runtime.evaluate', { expression: WATCH, contextId: c.id }).catch(() => undefined);
  });
  cdp.on('Runtime.executionContextsCleared', () => (world = null));
  await cdp.send('Runtime.enable');

  return {
    async next(timeoutMs = 20_000) {
      const t0 = Date.now();
      // Looked at sparsely: the value is a time stamp, so reading late loses nothing.
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        await watching;
        if (world !== null) {
          const { result } = (await cdp
            .send('Runtime.evaluate', {
              expression: 'globalThis.__fitmarkBench ? { paint: __fitmarkBench.paint, late: __fitmarkBench.late } : null',
              contextId: world,
              returnByValue: true,
            })
            .catch(() => ({ result: { value: null } }))) as { result: { value: { paint: number | null; late: boolean } | null } };
          if (result.value?.late) return 'late';
          if (typeof result.value?.paint === 'number') return result.value.paint;
        }
        if (Date.now() - t0 > timeoutMs) throw new Error(`no score painted within ${timeoutMs} ms${world === null ? ' (the extension’s world never started)' : ''}`);
      }
    },
    close: () => cdp.detach(),
  };
}
