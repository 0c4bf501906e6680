/**
 * `npx tsx test/bench/sw-wake.ts DIR_A [DIR_B …] [--runs N]`: what Fitmark's service worker costs a
 * page that is not a posting. Chromium wakes an extension's worker for every tab update when it listens
 * to tabs.onUpdated (Fitmark did until its content script took over the wake-up on postings), so each
 * page load on any site started it after it was stopped. Each run stops the worker, loads a plain page on another site
 * with the DevTools protocol tracing, and sums the worker thread's tasks for 1.5 s. Prints medians in
 * ms; asserts nothing.
 */
import { resolve } from 'node:path';
import { launch } from '../e2e/browser';

interface Ev { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
const dirs = args.filter((a, i) => !a.startsWith('--') && !(runsAt >= 0 && i === runsAt + 1)).map((d) => resolve(d));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

for (const dir of dirs) {
  const s = await launch({ extension: dir });
  await s.context.route(/^https:\/\/news\.example\//, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>News</title><h1>Today</h1><p>Nothing about jobs.</p>' }));
  // An extension page that asks the worker nothing stays open: the worker runs in its process, one the trace sees.
  const own = await s.context.newPage();
  await own.goto(`chrome-extension://${s.extensionId}/privacy.html`);
  const page = await s.context.newPage();
  const pcdp = await s.context.newCDPSession(own);
  await pcdp.send('ServiceWorker.enable');
  const busy: number[] = [];
  let woke = 0;
  for (let i = 0; i < runs; i++) {
    await pcdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 700));
    const cdp = await s.context.newCDPSession(page);
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as Ev[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-devtools.timeline', 'ServiceWorker', 'extensions'] }, transferMode: 'ReportEvents' });
    await page.goto(`https://news.example/story-${i}`);
    await new Promise((r) => setTimeout(r, 1500));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    const threads = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
    const sw = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (threads.get(`${e.pid}:${e.tid}`) ?? '').includes('ServiceWorker'));
    if (sw.length) woke++;
    busy.push(sw.reduce((t, e) => t + (e.dur ?? 0) / 1000, 0));
  }
  console.log(`sw-wake: ${dir}`);
  console.log(`  the worker ran in ${woke} of ${runs} loads of a page that is not a posting; its thread busy: median ${median(busy).toFixed(0)} ms (min ${Math.min(...busy).toFixed(0)}, max ${Math.max(...busy).toFixed(0)})`);
  await s.close();
}
