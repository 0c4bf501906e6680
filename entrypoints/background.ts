import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createService } from '@/lib/background/service';
import { dropRegExps } from '@/lib/background/regexp-slots';
import { openDb } from '@/lib/db';
import { jobKeyFor } from '@/lib/posting/sites';
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

  /**
   * Once the work in hand is done, the analyses' regular expressions are let go (lib/background/regexp-slots.ts):
   * their compiled code leaves the heap at the next full collections unless an analysis uses them again first.
   */
  let idle: ReturnType<typeof setTimeout> | undefined;
  const whenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void service.settled().then(dropRegExps), 0);
  };

  // A new version may bring a new taxonomy: saved resumes are read again (once per version).
  void service
    .refreshStored()
    .catch((e: unknown) => console.warn('[fitmark] could not refresh saved resumes', e))
    .finally(whenIdle);

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
    service
      .handle(message, {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        // Our own pages (popup, history, options) may run in a tab too: the origin tells them apart.
        contentScript: !(sender.url ?? '').startsWith(browser.runtime.getURL('/')),
      })
      .then(async (reply) => {
        // Before the answer: a page opened right after a change reads the new copy.
        const type = (message as { type?: unknown } | null)?.type;
        if (reply.ok && typeof type === 'string' && CHANGES_PREFERENCES.has(type)) await mirrorPreferences().catch(() => undefined);
        return reply;
      })
      .then(sendResponse, (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }))
      .finally(whenIdle);
    return true; // the answer comes asynchronously
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    let key: string | null = null;
    try {
      key = jobKeyFor(new URL(change.url));
    } catch {
      key = null;
    }
    void service.tabNavigated(tabId, key);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.tabClosed(tabId));

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const send = (id: number | undefined) =>
      id !== undefined && browser.tabs.sendMessage(id, { type: 'sidebar.toggle' }).catch(() => undefined);
    if (tab?.id !== undefined) void send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => send(t?.id));
  });
});
