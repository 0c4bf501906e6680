import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createService } from '@/lib/background/service';
import { dropRegExps } from '@/lib/background/regexp-slots';
import { createWorkerLife } from '@/lib/background/worker-life';
import { openDb } from '@/lib/db';
import { PAGE_OPENING } from '@/lib/messages';
import { jobKeyOfUrl } from '@/lib/posting/sites';
import { PREFERENCES_MIRROR_KEY } from '@/lib/page/preferences';
import { bundled } from '@/lib/skills/taxonomy';

export default defineBackground(() => {
  // Firefox MV2 calls it browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const service = createService(openDb(), bundled, {
    async setBadge(tabId, text, color) {
      await action.setBadgeText({ tabId, text }).catch(() => undefined); // the tab may be gone
      if (text) await action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
    },
    async sendToTab(tabId, message) {
      await browser.tabs.sendMessage(tabId, message);
    },
    async openGuide(anchor, from) {
      const query = from ? `?from=${encodeURIComponent(from)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/guide.html${query}${anchor ? `#${anchor}` : ''}`) });
    },
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url; // undefined on a site we hold no permission for
    },
    async readPage(tabId) {
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
      return res?.result ?? null;
    },
    async prepareTab(tabId) {
      // Declared on the boards we know; elsewhere injected now, by the user's click (activeTab).
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    async loadUi(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/sidebar-ui.js'] });
    },
    // Memory only, for this worker's next lives; by default not readable by content scripts (TRUSTED_CONTEXTS).
    session: browser.storage.session,
    newId: () => crypto.randomUUID(),
    now: () => Date.now(),
    log: (m) => console.warn(`[fitmark] ${m}`),
  });

  const life = createWorkerLife({
    start: () => service.refreshStored(),
    warmUp: () => service.warmUp(),
    prefetch: (key) => service.prefetch(key),
    settled: () => service.settled(),
    drop: dropRegExps,
    jobKey: jobKeyOfUrl,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    log: (m, e) => console.warn(`[fitmark] ${m}`, e),
    idleMs: IDLE_DROP_MS,
  });

  /**
   * The preferences' copy that content scripts read at a page's start without waking this worker
   * (lib/page/preferences.ts): written at install or update, and after anything that may change them.
   */
  async function mirrorPreferences(): Promise<void> {
    const reply = await service.handle({ type: 'preferences.get' }, {});
    if (reply.ok) await browser.storage.local.set({ [PREFERENCES_MIRROR_KEY]: reply.value });
  }
  const CHANGES_PREFERENCES = new Set(['preferences.set', 'data.import', 'data.deleteAll']);
  browser.runtime.onInstalled.addListener(() => void mirrorPreferences().catch((e: unknown) => console.warn('[fitmark] could not mirror the preferences', e)));

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return false;
    if ((message as { type?: unknown } | null)?.type === PAGE_OPENING) {
      // A content script's first word: no answer to wait for. The URL is the browser's (a posting in the top frame).
      life.pageOpening(sender.tab && sender.frameId === 0 ? sender.url : undefined);
      sendResponse({ ok: true, value: null });
      return false;
    }
    void life
      .beforeMessage()
      .then(() => service.handle(message, {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        // Our own pages (popup, history, options) may run in a tab too: the origin tells them apart.
        contentScript: !(sender.url ?? '').startsWith(browser.runtime.getURL('/')),
        url: sender.url,
      }))
      .then(async (reply) => {
        // Before the answer: a page opened right after a change reads the new copy.
        const type = (message as { type?: unknown } | null)?.type;
        if (reply.ok && typeof type === 'string' && CHANGES_PREFERENCES.has(type)) await mirrorPreferences().catch(() => undefined);
        return reply;
      })
      .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }))
      .finally(life.afterMessage);
    return true; // the answer comes asynchronously
  });

  // No tabs.onUpdated listener: it would wake this worker for every page any tab loads. A tab's badge
  // is reset by the browser when the tab loads another document; a content script tells of in-page moves.
  browser.tabs.onRemoved.addListener((tabId) => service.tabClosed(tabId));

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const send = (id: number | undefined) =>
      id !== undefined && browser.tabs.sendMessage(id, { type: 'sidebar.toggle' }).catch(() => undefined);
    if (tab?.id !== undefined) void send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => send(t?.id));
  });
});

/** How long the worker waits, idle, before letting go of the analyses' regular expressions (lib/background/worker-life.ts). */
const IDLE_DROP_MS = 5000;
