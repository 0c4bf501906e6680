import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageSession } from '@/lib/page/session';
import { uiScript } from '@/lib/page/ui-script';
import { createAsk } from '@/lib/protocol';
import { adapterFor } from '@/lib/posting/sites';
import { BOARD_MATCHES } from '@/lib/posting/sites/matches';
import { SIDEBAR_GLOBAL, SIDEBAR_READY, type SidebarModule } from './contract';
import { createHost } from './host';

/**
 * Wiring only: the page session (lib/page/session.ts) does the work; WXT's
 * `ctx` owns every listener, timer and element it creates. Nothing here talks
 * to the page: no window.postMessage, no DOM events (see wxt.config.ts).
 */
export default defineContentScript({
  matches: BOARD_MATCHES,
  // From the document's start: the preferences are read while the page parses; the page is read once parsed.
  runAt: 'document_start',
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
  const log = (m: string) => void (import.meta.env.DEV && console.debug(`[fitmark] ${m}`));
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
    mountUi: () => createHost(ctx),
    // The sidebar's full UI (lib/page/ui-script.ts), injected by the background on request.
    loadUi: () => uiScript<SidebarModule>(globalThis, { module: SIDEBAR_GLOBAL, ready: SIDEBAR_READY }, () => browser.runtime.sendMessage({ type: 'ui.load' })),
    // An absolute link into the guide, the one the background opens on a click: it works from any page's origin.
    guideUrl: (anchor) => `${browser.runtime.getURL('/guide.html')}?from=${encodeURIComponent(location.href)}#${anchor}`,
    log,
    now: () => performance.now(),
  });
  // From the document's start: the session reads a posting once the parser is past it, never half parsed (lib/posting/watch.ts).
  const run = () => void session.check().catch((e: unknown) => log(String(e)));
  const onMessage = (m: unknown): undefined => void session.receive(m);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  // In-page navigation: the Navigation API where there is one, else a cheap URL check each second.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav as unknown as Window, 'navigatesuccess' as keyof WindowEventMap, run);
  else ctx.setInterval(run, 1000);
  ctx.addEventListener(window, 'popstate', run);
  ctx.addEventListener(document, 'DOMContentLoaded', run, { once: true });
  run(); // the document's start, or a page already parsed ("Analyze this page")
}
