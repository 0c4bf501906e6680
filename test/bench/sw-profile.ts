/**
 * `npx tsx test/bench/sw-profile.ts DIR [--runs N]`: where a cold service worker's first analysis spends
 * its CPU, in real Chromium. Each run stops the worker, wakes it with a message that starts nothing
 * (background.js evaluated), starts V8's sampling profiler in it (DevTools protocol), then sends the
 * Anthropic posting's `analyze` from an extension page in a tab: the engine's start, the database's
 * reads, the first analysis (its regular expressions compiled, its functions compiled lazily) and the
 * match. Prints the round trip and the CPU summed by source module and by function over all runs (names
 * and modules need a build with source maps: FITMARK_MAP=1). Asserts nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { JSDOM } from 'jsdom';
import { readPosting } from '../../lib/posting/sites';
import { launch } from '../e2e/browser';
import { sharedFixture } from '../helpers';
import { saveBenchResume } from './bench-resume';
import { attachWorker } from './worker-cdp';

const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;
const file = sharedFixture('pages/greenhouse/jobdog_boards-greenhouse_anthropic_4182383008.html');
if (!file) throw new Error('needs ../shared/fixtures (the Anthropic posting)');
const html = readFileSync(file, 'utf8');
const url = 'https://boards.greenhouse.io/anthropic/jobs/4182383008';
const posting = readPosting(new JSDOM(html, { url }).window.document, new URL(url));
if (!posting) throw new Error('the Anthropic posting could not be read');
const mapFile = join(dir, 'background.js.map');
const map = existsSync(mapFile) ? new TraceMap(readFileSync(mapFile, 'utf8')) : null;

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const s = await launch({ extension: dir });
const popup = await saveBenchResume(s);
const cdp = await s.context.newCDPSession(popup);
await cdp.send('ServiceWorker.enable');
const send = (message: unknown) =>
  popup.evaluate(async (json) => {
    const m = JSON.parse(json) as unknown;
    const t0 = performance.now();
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
    const r = await runtime.sendMessage(m);
    if (!r?.ok) throw new Error(r?.error ?? 'no answer');
    return performance.now() - t0;
  }, JSON.stringify(message));

const where = (f: Node['callFrame']) => {
  if (!f.url.endsWith('/background.js')) return f.url ? f.url.replace(/^.*\//, '') : '';
  const p = map ? originalPositionFor(map, { line: f.lineNumber + 1, column: Math.max(f.columnNumber, 0) }) : null;
  return p?.source ? `${p.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${p.line}` : `background.js:${f.lineNumber + 1}`;
};
const byModule = new Map<string, number>();
const byFunction = new Map<string, number>();
const inclusive = new Map<string, number>();
const trips: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 400));
    // Wakes the worker: a page.opening without a posting's URL starts nothing (lib/background/worker-life.ts).
    await send({ type: 'page.opening' });
    const call = await attachWorker(cdp, s.extensionId, (method, params) => {
      if (method === 'Runtime.consoleAPICalled') console.error('worker:', JSON.stringify(params.args).slice(0, 400));
    });
    if (!call) throw new Error('the worker is not running');
    await call('Runtime.enable');
    await call('Profiler.enable');
    await call('Profiler.setSamplingInterval', { interval: 100 });
    await call('Profiler.start');
    trips.push(await send({ type: 'analyze', jobKey: 'greenhouse:4182383008', posting }));
    const { profile } = ((await call('Profiler.stop')).result ?? {}) as { profile: Profile };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (let k = 0; k < profile.samples.length; k++) {
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const n = byId.get(profile.samples[k]!)!;
      if (n.callFrame.functionName === '(idle)') continue;
      const w = where(n.callFrame);
      const name = `${n.callFrame.functionName || '(anonymous)'} ${w}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
      const m = w.replace(/:\d+$/, '') || n.callFrame.functionName;
      byModule.set(m, (byModule.get(m) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = n.id; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        const key = `${f.functionName || '(anonymous)'} ${where(f)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      }
    }
  }
} finally {
  await s.close();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const top = (m: Map<string, number>, n: number) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / runs).toFixed(1).padStart(6)}  ${k}`).join('\n');
console.log(`sw-profile ${dir}: analyze round trip on a just-woken worker, median ${median(trips).toFixed(0)} ms (${trips.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`CPU per run (ms), by source module:\n${top(byModule, 25)}`);
console.log(`by function (self):\n${top(byFunction, 25)}`);
console.log(`inclusive:\n${top(inclusive, 45)}`);
