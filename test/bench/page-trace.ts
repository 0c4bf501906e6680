/**
 * `npx tsx test/bench/page-trace.ts [--ext DIR] [--url linkedin|anthropic] [--cold]`: one traced load of a
 * posting in real Chromium (DevTools protocol tracing), printed as a timeline in ms from navigation
 * start: DOMContentLoaded, each script of ours evaluated, the long tasks on the page's main thread and in
 * the service worker, and the result painted. Where the first result's time goes; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { projectFixture, sharedFixture } from '../helpers';
import { EXTENSION, launch, serve } from '../e2e/browser';
import { saveBenchResume } from './bench-resume';
import { watchFirstPaint } from './first-paint';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ext = resolve(arg('ext') ?? EXTENSION);
const which = arg('url') ?? 'linkedin';
const cold = process.argv.includes('--cold');
if (!existsSync(`${ext}/manifest.json`)) throw new Error(`no built extension in ${ext}`);

interface Ev { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

const s = await launch({ extension: ext });
const url =
  which === 'anthropic' ? 'https://boards.greenhouse.io/anthropic/jobs/4182383008' : 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
const anthropic = sharedFixture('pages/greenhouse/jobdog_boards-greenhouse_anthropic_4182383008.html');
if (anthropic) await serve(s.context, /^https:\/\/boards\.greenhouse\.io\//, anthropic);

const popup = await saveBenchResume(s);

const page = await s.context.newPage();
// The score's first frame, seen from the extension's world without reading the page while it loads (as page-bench).
const watch = await watchFirstPaint(s.context, page, s.extensionId);
const waitPaint = async () => {
  const at = await watch.next();
  if (at === 'late') throw new Error('the score was painted before the watcher reached the page (a very busy machine): run again');
  return at;
};
// Two untraced loads: caches and JIT warm, as in the bench.
for (let i = 0; i < 2; i++) {
  await page.goto(url);
  await watch.next(); // a number, or 'late': either way the load is done
}
const pcdp = await s.context.newCDPSession(popup);
if (cold) {
  await pcdp.send('ServiceWorker.enable');
  await pcdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
}
await page.goto('about:blank');
const cdp: CDPSession = await s.context.newCDPSession(page);
const events: Ev[] = [];
cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as Ev[])));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', {
  traceConfig: {
    includedCategories: ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-devtools.timeline', 'ServiceWorker', 'extensions'],
  },
  transferMode: 'ReportEvents',
});
await page.goto(url);
const paintAt = await waitPaint();
await new Promise((r) => setTimeout(r, 300));
await cdp.send('Tracing.end');
await done;
const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart);

// The navigation's start in trace time: the renderer's navigationStart mark.
const navStart = events.filter((e) => e.name === 'navigationStart' && (e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL?.startsWith('https')).at(-1);
if (!navStart) throw new Error('no navigationStart in the trace');
const t = (ts: number) => (ts - navStart.ts) / 1000;
const threads = new Map<string, string>();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String((e.args as { name: string }).name));
const mainKey = `${navStart.pid}:${navStart.tid}`;
const urlOf = (e: Ev) => {
  const d = (e.args?.data ?? e.args) as { url?: string; fileName?: string; functionName?: string; scriptName?: string } | undefined;
  return d?.url ?? d?.fileName ?? d?.scriptName ?? '';
};
const rows: Array<[number, string]> = [];
const end = paintAt + 50;
for (const e of events) {
  if (e.ts < navStart.ts || t(e.ts) > end) continue;
  const at = t(e.ts);
  // console.timeStamp('…') in a debug build marks a point of our path (it does not enter the page's performance timeline).
  if (e.name === 'TimeStamp') {
    const d = e.args?.data as { message?: string; name?: string } | undefined;
    rows.push([at, `${at.toFixed(1).padStart(7)}          ${e.pid === navStart.pid ? 'page' : 'sw  '}  mark: ${d?.message ?? d?.name ?? ''}`]);
    continue;
  }
  if (e.ph !== 'X') continue;
  const thread = threads.get(`${e.pid}:${e.tid}`) ?? '?';
  const key = `${e.pid}:${e.tid}`;
  const dur = (e.dur ?? 0) / 1000;
  const src = urlOf(e);
  const ours = src.startsWith('chrome-extension://');
  if (key === mainKey ? (ours && dur >= 0.3) || (dur >= 4 && /^(RunTask|EvaluateScript|FunctionCall|ParseHTML|Layout|UpdateLayoutTree|Paint|v8\.compile|v8\.run)$/.test(e.name)) : thread.includes('ServiceWorker') && dur >= 1) {
    rows.push([at, `${at.toFixed(1).padStart(7)} +${dur.toFixed(1).padStart(6)}  ${key === mainKey ? 'page' : 'sw  '}  ${e.name} ${src.replace(/^chrome-extension:\/\/[a-z]+/, '')}`]);
  }
}
rows.push([dcl, `${dcl.toFixed(1).padStart(7)}          page  DOMContentLoaded`]);
rows.push([paintAt, `${paintAt.toFixed(1).padStart(7)}          page  result painted (${(paintAt - dcl).toFixed(0)} ms after DOMContentLoaded)`]);
rows.sort((a, b) => a[0] - b[0]);
console.log(`page-trace ${which}${cold ? ' cold' : ' warm'}: ${ext}`);
for (const [, r] of rows) console.log(r);
await s.close();
