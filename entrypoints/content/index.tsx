import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageSession, type SessionView } from '@/lib/page/session';
import { createAsk } from '@/lib/protocol';
import { adapterFor } from '@/lib/posting/sites';
import { BOARD_MATCHES } from '@/lib/posting/sites/matches';
import { SIDEBAR_GLOBAL, SIDEBAR_READY, type SidebarModule } from './contract';

/**
 * Wiring only: the page session (lib/page/session.ts) does the work; WXT's
 * `ctx` owns every listener, timer and element it creates. Nothing here talks
 * to the page: no window.postMessage, no DOM events (see wxt.config.ts).
 */
export default defineContentScript({
  matches: BOARD_MATCHES,
  // As soon as the DOM is parsed (not when the page is idle): the session waits for the posting itself.
  runAt: 'document_end',
  // WXT would announce each start to the page with window.postMessage (the extension's id in it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // "Analyze this page" may inject this script where it already runs: the first copy stays in charge.
    // (A global of the content script's isolated world: the page cannot see it.)
    const g = globalThis as { __fitmark?: boolean };
    if (g.__fitmark) return;
    g.__fitmark = true;
    start(ctx);
  },
});

function start(ctx: ContentScriptContext): void {
  // Our errors stay ours: never thrown into the page, and in a release build not even printed in its console.
  const log = (m: string) => {
    if (import.meta.env.DEV) console.debug(`[fitmark] ${m}`);
  };
  const session = createPageSession({
    doc: document,
    location,
    ask: createAsk((m) => browser.runtime.sendMessage(m)),
    storage: {
      get: async (key) => ((await browser.storage.local.get(key)) as Record<string, unknown>)[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
    },
    signal: ctx.signal,
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    adapterFor,
    mountUi: (view, injecting) => mountUi(ctx, view, injecting),
    uiScriptLoaded: () => SIDEBAR_GLOBAL in globalThis,
    log,
    now: () => performance.now(),
  });
  const run = () => void session.check().catch((e: unknown) => log(String(e)));
  const onMessage = (m: unknown): undefined => void session.receive(m);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  // In-page navigation: the Navigation API where there is one, else a cheap URL check each second.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav as unknown as Window, 'navigatesuccess' as keyof WindowEventMap, run);
  else ctx.setInterval(run, 1000);
  ctx.addEventListener(window, 'popstate', run);
  run();
}

/**
 * The sidebar's UI (React) is a separate script: the background injects it only where a posting
 * is, with the analysis (`injecting`) or when asked. It mounts as soon as the script has run (it
 * calls SIDEBAR_READY), so React's first render overlaps the analysis.
 */
async function mountUi(ctx: ContentScriptContext, view: SessionView, injecting?: Promise<unknown>) {
  const g = globalThis as Record<string, unknown>;
  const module =
    (g[SIDEBAR_GLOBAL] as SidebarModule | undefined) ??
    (await new Promise<SidebarModule | undefined>((resolve, reject) => {
      g[SIDEBAR_READY] = resolve;
      // The request that should have brought it is answered and still no script: ask for it.
      const ask = () => {
        const loaded = g[SIDEBAR_GLOBAL] as SidebarModule | undefined;
        if (loaded) return resolve(loaded);
        browser.runtime.sendMessage({ type: 'ui.load' }).then(() => resolve(g[SIDEBAR_GLOBAL] as SidebarModule | undefined), reject);
      };
      if (injecting) injecting.then(ask, ask);
      else ask();
    }).finally(() => delete g[SIDEBAR_READY]));
  if (!module) throw new Error('the sidebar’s script did not load');
  return module.mount({ ...view, ctx });
}
