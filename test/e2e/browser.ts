import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from '../helpers';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION = join(ROOT, process.env.FITMARK_OUT ?? '.output', 'chrome-mv3');

/** Why the end-to-end tests cannot run here, or null when they can. Under CI=true they must. */
export function e2eUnavailable(): string | null {
  const why = !existsSync(CHROMIUM)
    ? `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`
    : !existsSync(join(EXTENSION, 'manifest.json'))
      ? `no built extension in ${EXTENSION} (npm run build)`
      : null;
  if (why && process.env.CI === 'true') throw new Error(`end-to-end tests must run under CI: ${why}`);
  if (why) console.warn(`skipped end-to-end tests: ${why}`);
  return why;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded, a fresh profile, and no way out to the network. */
export async function launch(o: { recordServiceWorkerRequests?: boolean; extension?: string } = {}): Promise<Session> {
  const extension = o.extension ?? EXTENSION;
  const profile = mkdtempSync(join(tmpdir(), 'fitmark-e2e-'));
  // Playwright reports a service worker's own requests only with this switch on.
  if (o.recordServiceWorkerRequests) process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  // Nothing reaches the network: pages are served from fixtures below, everything else is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves a fixture file for every URL matching `pattern`, as the real board would. */
export async function serve(context: BrowserContext, pattern: string | RegExp, file: string): Promise<void> {
  const body = readFileSync(file, 'utf8');
  await context.route(pattern, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.abort('blockedbyclient'),
  );
}

/**
 * The badge text of `page`'s tab, read in the extension's service worker. The
 * extension holds no "tabs" permission, so it cannot look a tab up by URL: the
 * page is brought to the front and the active tab is read.
 */
export async function badgeText(worker: Worker, page: Page): Promise<string> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    interface ChromeApi {
      tabs: { query(q: { active: boolean }): Promise<Array<{ id?: number }>> };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    }
    const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await c.tabs.query({ active: true });
    if (tabs.length !== 1 || tabs[0]!.id === undefined) return `<${tabs.length} active tabs>`;
    return c.action.getBadgeText({ tabId: tabs[0]!.id });
  });
}
