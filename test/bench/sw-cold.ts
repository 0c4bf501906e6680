/**
 * `npx tsx test/bench/sw-cold.ts DIR_A [DIR_B …] [--runs N]`: the service
 * worker's cold answer in real Chromium, for one or more built extensions
 * (…/chrome-mv3 folders), measured alternately so a busy machine weighs on all
 * alike. Each run stops every service worker (DevTools protocol), then times,
 * from an extension page, the first `taxonomy.skills` request: the worker
 * starts, evaluates background.js, loads and compiles the taxonomy, answers.
 * The same request again gives the warm figure. Prints medians in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const dirs = args.filter((a, i) => !a.startsWith('--') && !(runsAt >= 0 && i === runsAt + 1)).map((d) => resolve(d));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

interface Target { dir: string; context: BrowserContext; page: Page; cdp: CDPSession; profile: string; cold: number[]; warm: number[] }

async function open(dir: string): Promise<Target> {
  const profile = mkdtempSync(join(tmpdir(), 'fitmark-swcold-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  // A page of the extension's origin that sends nothing by itself.
  await page.goto(`chrome-extension://${id}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  return { dir, context, page, cdp, profile, cold: [], warm: [] };
}

const ask = (page: Page) =>
  page.evaluate(async () => {
    const t0 = performance.now();
    // Runs in the extension page, where the browser defines `chrome`.
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
    const reply = (await runtime.sendMessage({ type: 'taxonomy.skills' })) as { ok?: boolean; value?: unknown[] };
    if (!reply?.ok || !Array.isArray(reply.value) || reply.value.length < 100) throw new Error(`unexpected reply: ${JSON.stringify(reply).slice(0, 200)}`);
    return performance.now() - t0;
  });

const targets: Target[] = [];
for (const d of dirs) targets.push(await open(d));
try {
  for (const t of targets) await ask(t.page); // first start and install, not measured
  for (let i = 0; i < runs; i++) {
    for (const t of targets) {
      await t.cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 400));
      t.cold.push(await ask(t.page));
      t.warm.push(await ask(t.page));
    }
  }
  console.log(`service worker, taxonomy.skills round trip from an extension page, medians of ${runs} (ms):`);
  for (const t of targets) console.log(`  ${t.dir}: cold ${median(t.cold).toFixed(0)} (min ${Math.min(...t.cold).toFixed(0)}, max ${Math.max(...t.cold).toFixed(0)}), warm ${median(t.warm).toFixed(1)}`);
} finally {
  for (const t of targets) {
    await t.context.close();
    rmSync(t.profile, { recursive: true, force: true });
  }
}
