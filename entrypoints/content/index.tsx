import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SidebarState } from '@/components/Sidebar';
import type { Reply, TabMessage } from '@/lib/messages';
import { adapterFor } from '@/lib/posting/sites';
import { BOARD_MATCHES } from '@/lib/posting/sites/matches';
import { firstElement } from '@/lib/posting/dom-text';
import { findMarks, type Mark } from '@/lib/posting/highlight';
import { postingFromText } from '@/lib/posting/text';
import type { Posting } from '@/lib/posting/types';
import type { Preferences } from '@/lib/preferences';
import { signature, waitForPosting } from '@/lib/posting/watch';
import type { TabReport } from '@/lib/report';
import { SIDEBAR_GLOBAL, type MountedSidebar, type SidebarBridge, type SidebarModule, type Store } from './contract';

/** A tiny store the sidebar subscribes to. */
function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      for (const l of listeners) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export default defineContentScript({
  matches: BOARD_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // "Analyze this page" may inject this script where it is already declared: run once.
    const g = globalThis as { __fitmark?: boolean };
    if (g.__fitmark) return;
    g.__fitmark = true;
    startFitmark(ctx);
  },
});

function startFitmark(ctx: ContentScriptContext): void {
  const store = createStore<SidebarState>({ status: 'reading' });
  const visible = createStore(true);
  const collapsed = createStore(false);
  const marking = createStore({ on: true, count: 0 });
  let marks: Mark[] = [];
  let shownPosting: { posting: Posting; root: Element | null } | null = null;
  let site = '';
  /** Open or folded is remembered per board, on this device. */
  const collapsedKey = () => `fitmark:collapsed:${site || location.hostname}`;
  /** The user's options (options page), asked of the background once per page and kept fresh by its pushes. */
  let prefs: Preferences | null = null;
  async function preferences(): Promise<Preferences> {
    if (prefs) return prefs;
    const reply = await send<Preferences>({ type: 'preferences.get' }).catch(() => null);
    prefs = reply?.ok ? reply.value : { sidebar: 'always', highlights: true, disabledBoards: [] };
    marking.set({ ...marking.get(), on: prefs.highlights });
    return prefs;
  }
  /** Folded or open: what the user last chose on this board, else the options page's default. */
  async function loadCollapsed(p: Preferences): Promise<void> {
    const key = collapsedKey();
    const got = (await browser.storage.local.get(key).catch(() => ({}))) as Record<string, unknown>;
    collapsed.set(typeof got[key] === 'boolean' ? (got[key] as boolean) : p.sidebar === 'collapsed');
  }
  let ui: MountedSidebar | null = null;
  let visit: AbortController | null = null;
  let currentKey: string | null = null;
  let lastSignature: string | undefined;
  let lastUrl = '';

  const send = <T,>(message: unknown): Promise<Reply<T>> => browser.runtime.sendMessage(message) as Promise<Reply<T>>;

  const bridge: SidebarBridge = {
    ctx,
    state: store,
    visible,
    collapsed,
    marking,
    actions: {
      openGuide: (anchor) => void send({ type: 'guide.open', anchor, from: location.href }).catch(() => undefined),
      close: () => visible.set(false),
      collapse: (c) => {
        collapsed.set(c);
        void browser.storage.local.set({ [collapsedKey()]: c }).catch(() => undefined);
      },
      locate: (id) => locate(id),
      toggleHighlights: (on) => {
        // For this page; the lasting choice is on the options page.
        marking.set({ ...marking.get(), on });
        paintMarks();
      },
      useText: (text) => void analyzeText(text, 'paste'),
      useSelection: () => {
        const selected = String(getSelection() ?? '').trim();
        if (selected) void analyzeText(selected, 'selection');
      },
    },
  };

  /**
   * The sidebar's UI (React) is not part of this script: the background injects
   * it into this page only now that there is a posting to show.
   */
  async function sidebarModule(): Promise<SidebarModule | null> {
    const g = globalThis as Record<string, unknown>;
    if (!g[SIDEBAR_GLOBAL]) {
      const reply = await send<null>({ type: 'ui.load' }).catch(() => null);
      if (!reply?.ok) return null;
    }
    return (g[SIDEBAR_GLOBAL] as SidebarModule | undefined) ?? null;
  }

  let mounting: Promise<void> | null = null;
  function mountUi(): Promise<void> {
    if (ui) return Promise.resolve();
    mounting ??= (async () => {
      const module = await sidebarModule();
      if (!module) return;
      ui = await module.mount(bridge);
      guardHost();
    })().finally(() => (mounting = null));
    return mounting;
  }

  /**
   * The page may remove or restyle our host element (by accident or not):
   * keep it attached and visible. Inline !important beats any page stylesheet.
   */
  const HOST_STYLE = 'display:block !important;visibility:visible !important;opacity:1 !important;position:static !important;width:auto !important;height:auto !important;transform:none !important;filter:none !important;clip-path:none !important;z-index:2147483646 !important';
  let hostGuard: MutationObserver | null = null;
  function guardHost(): void {
    const host = ui?.shadowHost;
    if (!host) return;
    host.setAttribute('style', HOST_STYLE);
    hostGuard?.disconnect();
    hostGuard = new MutationObserver(() => {
      if (!ui) return;
      if (!ui.shadowHost.isConnected) {
        // Removed: put it back where it was.
        (document.body ?? document.documentElement).append(ui.shadowHost);
      }
      if (ui.shadowHost.getAttribute('style') !== HOST_STYLE) ui.shadowHost.setAttribute('style', HOST_STYLE);
      for (const attr of ['hidden', 'inert']) if (ui.shadowHost.hasAttribute(attr)) ui.shadowHost.removeAttribute(attr);
    });
    hostGuard.observe(host, { attributes: true });
    hostGuard.observe(document.body ?? document.documentElement, { childList: true });
  }

  function unmountUi(): void {
    clearMarks();
    hostGuard?.disconnect();
    hostGuard = null;
    ui?.remove();
    ui = null;
  }

  /**
   * In-page highlights with the CSS Custom Highlight API: no change to the
   * page's DOM, only named highlights and one adopted style sheet.
   */
  const HL = ['fitmark-matched', 'fitmark-missing', 'fitmark-asked'] as const;
  let sheet: CSSStyleSheet | null = null;
  function highlightApi(): { registry: Map<string, unknown>; Highlight: new (...r: Range[]) => unknown } | null {
    const g = globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: new (...r: Range[]) => unknown };
    return g.CSS?.highlights && g.Highlight ? { registry: g.CSS.highlights, Highlight: g.Highlight } : null;
  }
  function clearMarks(): void {
    const api = highlightApi();
    for (const name of HL) api?.registry.delete(name);
    marks = [];
  }
  function paintMarks(): void {
    const api = highlightApi();
    if (!api) return;
    for (const name of HL) api.registry.delete(name);
    if (!marking.get().on) return;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '::highlight(fitmark-matched){background-color:rgba(34,197,94,.28)}' +
          '::highlight(fitmark-missing){background-color:rgba(239,68,68,.25);text-decoration:underline wavy rgba(185,28,28,.8)}' +
          '::highlight(fitmark-asked){background-color:rgba(59,130,246,.22)}',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    for (const name of HL) {
      const ranges = marks.filter((m) => `fitmark-${m.kind}` === name).map((m) => m.range);
      if (ranges.length) api.registry.set(name, new api.Highlight(...ranges));
    }
  }
  function markReport(report: TabReport): void {
    clearMarks();
    const root = shownPosting?.root;
    if (!shownPosting || !root) return marking.set({ ...marking.get(), count: 0 });
    const { posting } = shownPosting;
    const matched = new Set(report.matched.map((m) => m.id));
    const requests = report.skills.flatMap((skill) =>
      skill.mentions.flatMap((m) => {
        const section = posting.sections.find((s) => m.start >= s.offset && m.end <= s.offset + s.text.length);
        if (!section) return [];
        const kind = report.resumeName === null ? 'asked' : matched.has(skill.id) ? 'matched' : 'missing';
        return [{ text: section.text.slice(m.start - section.offset, m.end - section.offset), kind, skillId: skill.id }];
      }),
    );
    marks = findMarks(root, requests, (el) => ui !== null && ui.shadowHost.contains(el));
    marking.set({ ...marking.get(), count: marks.length });
    paintMarks();
  }
  function locate(skillId: string): void {
    const mark = marks.find((m) => m.skillId === skillId);
    const el = mark?.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  function showResult(report: TabReport): void {
    store.set({ status: 'result', report });
    markReport(report);
  }

  async function check(): Promise<void> {
    const href = location.href;
    if (href === lastUrl) return;
    lastUrl = href;
    const url = new URL(href);
    const adapter = adapterFor(url);
    const key = adapter?.jobKey(url) ?? null;
    if (key === currentKey) return;
    visit?.abort();
    currentKey = key;
    clearMarks();
    shownPosting = null;
    if (!adapter || !key) {
      // Not a posting (yet): nothing on screen, no badge.
      if (ui) {
        unmountUi();
        void send({ type: 'posting.none' }).catch(() => undefined);
      }
      return;
    }
    const controller = new AbortController();
    visit = controller;
    site = adapter.id;
    const p = await preferences();
    if (controller.signal.aborted) return;
    if (p.disabledBoards.includes(adapter.id)) {
      currentKey = null; // the user turned this board off
      return;
    }
    await loadCollapsed(p);
    visible.set(p.sidebar !== 'never');
    await mountUi();
    store.set({ status: 'reading' });
    const posting = await waitForPosting(document, url, adapter, {
      signal: controller.signal,
      timeoutMs: 10_000,
      notSignature: lastSignature,
    });
    if (controller.signal.aborted || currentKey !== key) return;
    if (!posting) {
      store.set({ status: 'not-found', site: adapter.id });
      void send({ type: 'posting.none' }).catch(() => undefined);
      return;
    }
    const seenAt = performance.now(); // the description is on the page and read
    lastSignature = signature(posting);
    shownPosting = { posting, root: firstElement(document, adapter.description ?? []) };
    const reply = await send<TabReport>({ type: 'analyze', jobKey: key, posting }).catch(
      (e: unknown): Reply<TabReport> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    // Paint only for the job the result was computed for.
    if (controller.signal.aborted || currentKey !== key) return;
    if (!reply.ok) return store.set({ status: 'error', message: reply.error });
    showResult(reply.value);
    // Measured for the end-to-end tests: description read → result painted, on our own host element only.
    requestAnimationFrame(() => ui?.measure(performance.now() - seenAt));
  }

  ctx.onInvalidated(() => visit?.abort());

  /** The user's own text, when the page could not be read. */
  async function analyzeText(text: string, site: string): Promise<void> {
    const key = currentKey ?? `${site}:${location.href}`;
    currentKey = key;
    store.set({ status: 'reading' });
    const reply = await send<TabReport>({ type: 'analyze', jobKey: key, posting: postingFromText(text, location.href, site) }).catch(
      (e: unknown): Reply<TabReport> => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    if (currentKey !== key) return;
    if (reply.ok) showResult(reply.value);
    else store.set({ status: 'error', message: reply.error });
  }

  const run = (): void => {
    check().catch((e: unknown) => {
      // Our errors stay ours: never an uncaught exception on the host page.
      console.warn('[fitmark]', e);
    });
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const m = raw as TabMessage | { type: 'report'; report: TabReport; manual?: boolean } | { type: 'preferences'; preferences: Preferences };
    if (m?.type === 'sidebar.toggle') {
      visible.set(!visible.get());
      if (visible.get()) collapsed.set(false);
    }
    else if (m?.type === 'sidebar.show') visible.set(m.show);
    else if (m?.type === 'preferences') {
      prefs = m.preferences;
      marking.set({ ...marking.get(), on: m.preferences.highlights });
      paintMarks();
    }
    else if (m?.type === 'report' && m.manual && m.report?.jobKey) {
      // The user asked for this page from the popup: show it until the page changes.
      visit?.abort();
      currentKey = m.report.jobKey;
      lastUrl = location.href;
      visible.set(true);
      void mountUi().then(() => store.set({ status: 'result', report: m.report }));
    } else if (m?.type === 'report' && m.report?.jobKey === currentKey && currentKey !== null) showResult(m.report);
    return undefined;
  });

  // In-page navigation: the Navigation API where there is one, WXT's URL watch as the fallback.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav as unknown as Window, 'navigatesuccess' as keyof WindowEventMap, run);
  ctx.addEventListener(window, 'wxt:locationchange', run);
  ctx.addEventListener(window, 'popstate', run);
  run();
}
