/**
 * First result on a real page, in real Chromium: from DOMContentLoaded to the
 * first frame that shows the score in the sidebar, with the service worker warm
 * and stopped (cold), alternating loads; and the service worker's heap after
 * analyses. Prints medians; asserts nothing (npm run bench:page [-- --ext DIR --runs N --scripts MS]).
 * Several `--ext DIR` (say an older build and this one) are measured in the
 * same run, each in its own browser, load by load in turn, so a busy machine
 * weighs on all alike.
 *
 * The paint is seen from the extension's own isolated world, whatever the
 * build (test/bench/first-paint.ts): nothing reads the page while it loads, and
 * no build's own time stamp is trusted, so before and after are measured alike.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { projectFixture, sharedFixture } from '../helpers';
import { EXTENSION, launch, serve } from '../e2e/browser';
import { saveBenchResume } from './bench-resume';
import { watchFirstPaint, type FirstPaint } from './first-paint';
import { attachWorker } from './worker-cdp';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const exts = process.argv.flatMap((a, i) => (a === '--ext' && process.argv[i + 1] ? [resolve(process.argv[i + 1]!)] : []));
if (!exts.length) exts.push(resolve(EXTENSION));
const runs = Number(arg('runs') ?? 11);
/**
 * `--scripts MS`: the pages' own scripts from other hosts (a board's CDN) arrive after MS ms, empty, as over a
 * network, instead of failing at once. A page's scripts that stop its parse (Greenhouse's, after the description)
 * then hold DOMContentLoaded back by about that long: the "from navigation start" figures tell what a reader
 * of a posting sees on a real connection.
 */
const scriptDelay = arg('scripts') !== undefined ? Number(arg('scripts')) : null;
for (const ext of exts) {
  if (!existsSync(`${ext}/manifest.json`)) {
    console.error(`no built extension in ${ext} (npm run build)`);
    process.exit(1);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/** One load, in ms: the score's first frame from DOMContentLoaded and from navigation start, DOMContentLoaded itself, and the page's own first contentful paint. */
interface Load {
  fromDcl: number;
  fromStart: number;
  dcl: number;
  fcp: number;
}

interface Bench {
  ext: string;
  /** The score's first frame on page `i`, from DOMContentLoaded; `before` runs before each load (and each load again). */
  firstResult(i: number, before?: () => Promise<void>): Promise<Load>;
  stopWorker(): Promise<void>;
  /** Loads loaded again because the watcher came after the score (see firstResult). */
  late(): number;
  heap(): Promise<number>;
  close(): Promise<void>;
}

async function open(ext: string): Promise<{ bench: Bench; pages: Array<{ label: string; url: string }> }> {
  const s = await launch({ extension: ext });
  // Registered first: the pages' own routes below take precedence for their URLs.
  if (scriptDelay !== null)
    await s.context.route(/^https?:\/\//, async (route) => {
      if (route.request().resourceType() !== 'script') return route.abort('internetdisconnected');
      await new Promise((r) => setTimeout(r, scriptDelay));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }).catch(() => undefined);
    });
  const pages: Array<{ label: string; url: string }> = [
    { label: 'linkedin', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001' },
  ];
  await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
  const anthropic = sharedFixture('pages/greenhouse/jobdog_boards-greenhouse_anthropic_4182383008.html');
  if (anthropic) {
    await serve(s.context, /^https:\/\/boards\.greenhouse\.io\//, anthropic);
    pages.unshift({ label: 'anthropic', url: 'https://boards.greenhouse.io/anthropic/jobs/4182383008' });
  }
  // A resume, pasted in the popup.
  const popup = await saveBenchResume(s);

  const cdp = await s.context.newCDPSession(popup);
  const versions = new Map<string, { scriptURL: string; runningStatus: string }>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ versionId: string; scriptURL: string; runningStatus: string }> }) => {
    for (const v of e.versions) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.entries()].filter(([, v]) => v.scriptURL.includes(s.extensionId));
  async function stopWorker(): Promise<void> {
    for (const [versionId, v] of ours()) if (v.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId });
    const t0 = Date.now();
    while (ours().some(([, v]) => v.runningStatus !== 'stopped') && Date.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 20));
  }

  /**
   * ms from DOMContentLoaded to the score's first frame. A load whose paint the watcher could not
   * time (it reached the page after the score: only on a very busy machine) is loaded again, and counted.
   */
  async function firstResult(page: Page, watch: FirstPaint, url: string, before?: () => Promise<void>): Promise<Load> {
    for (let attempt = 0; ; attempt++) {
      await before?.();
      await page.bringToFront(); // a hidden tab gets no animation frames
      await page.goto(url);
      const at = await watch.next().catch(async (e: unknown) => {
        const seen = await page.evaluate(() => document.body?.lastElementChild?.outerHTML.slice(0, 200) ?? 'no body');
        throw new Error(`${url}: ${e instanceof Error ? e.message : String(e)}; the page's last element: ${seen}`);
      });
      if (at === 'late' && attempt < 3) {
        late++;
        continue;
      }
      if (at === 'late') throw new Error(`${url}: the paint came before the watcher ${attempt + 1} times in a row`);
      const [dcl, fcp] = await page.evaluate(() => [
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
        performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime ?? NaN,
      ]);
      return { fromDcl: at - dcl, fromStart: at, dcl, fcp };
    }
  }

  const page = await s.context.newPage();
  const watch = await watchFirstPaint(s.context, page, s.extensionId);
  let late = 0;
  const bench: Bench = {
    ext,
    firstResult: (i, before) => firstResult(page, watch, pages[i]!.url, before),
    late: () => late,
    stopWorker,
    heap: () => workerHeap(cdp, s.extensionId),
    close: () => s.close(),
  };
  return { bench, pages };
}

async function main(): Promise<void> {
  const opened = [];
  for (const ext of exts) opened.push(await open(ext));
  const pages = opened[0]!.pages;
  const samples = opened.map(() => ({}) as Record<string, Load[]>);
  for (const { bench } of opened) for (let p = 0; p < pages.length; p++) await bench.firstResult(p); // warm-up: caches, JIT
  for (let i = 0; i < runs; i++) {
    for (let p = 0; p < pages.length; p++) {
      for (const mode of ['warm', 'cold'] as const) {
        for (const [b, { bench }] of opened.entries()) {
          const before = mode === 'cold' ? () => bench.stopWorker() : undefined;
          (samples[b]![`${pages[p]!.label} ${mode}`] ??= []).push(await bench.firstResult(p, before));
        }
      }
    }
  }

  // The service worker's heap after ten analyses (after a forced GC), and again once it has been idle
  // for 6 s (a worker lets go of its analyses' compiled patterns after 5 s idle: entrypoints/background.ts).
  const heaps: number[] = [];
  const idleHeaps: number[] = [];
  for (const { bench } of opened) {
    await bench.stopWorker();
    for (let i = 0; i < 10; i++) await bench.firstResult(i % pages.length);
    heaps.push(await bench.heap());
  }
  await new Promise((r) => setTimeout(r, 6000));
  // Two full collections: what V8 keeps in its compilation cache goes at the second (lib/background/regexp-slots.ts).
  for (const { bench } of opened) idleHeaps.push(await bench.heap().then(() => bench.heap()));

  for (const [b, { bench }] of opened.entries()) {
    const own = samples[b]!;
    console.log(`page-bench: ${bench.ext}${scriptDelay !== null ? ` (the pages' own scripts arrive after ${scriptDelay} ms)` : ''}`);
    for (const [k, loads] of Object.entries(own)) {
      const v = loads.map((l) => l.fromDcl);
      // From navigation start too: work moved before DOMContentLoaded would shorten the first figure and not this one.
      // The page's own first paint bounds ours: how far after it the score came says what is Fitmark's.
      const also = `${median(loads.map((l) => l.fromStart)).toFixed(0)} ms from navigation start, DOMContentLoaded at ${median(loads.map((l) => l.dcl)).toFixed(0)}, the page's own first contentful paint at ${median(loads.map((l) => l.fcp)).toFixed(0)}, the score ${median(loads.map((l) => l.fromStart - l.fcp)).toFixed(0)} ms after it`;
      console.log(`  first result ${k}: median ${median(v).toFixed(0)} ms from DOMContentLoaded (n=${v.length}, min ${Math.min(...v).toFixed(0)}, max ${Math.max(...v).toFixed(0)}; ${also})`);
    }
    const all = (mode: string) => Object.entries(own).filter(([k]) => k.endsWith(mode)).flatMap(([, v]) => v.map((l) => l.fromDcl));
    console.log(`  all pages: warm median ${median(all('warm')).toFixed(0)} ms, cold median ${median(all('cold')).toFixed(0)} ms`);
    console.log(`  service-worker heap after 10 analyses: ${(heaps[b]! / 1e6).toFixed(2)} MB (after GC); idle 6 s later: ${(idleHeaps[b]! / 1e6).toFixed(2)} MB`);
    if (bench.late()) console.log(`  (${bench.late()} load(s) loaded again: painted before the watcher reached the page)`);
  }
  console.log(`  (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores at the end)`);
  for (const { bench } of opened) await bench.close();
}

/** Used JS heap of the extension's service worker, through the DevTools protocol's Target domain. */
async function workerHeap(cdp: CDPSession, extensionId: string): Promise<number> {
  const call = await attachWorker(cdp, extensionId);
  if (!call) return NaN;
  await call('HeapProfiler.collectGarbage');
  return Number((await call('Runtime.getHeapUsage')).result?.usedSize ?? NaN);
}

await main();
