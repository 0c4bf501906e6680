/**
 * `npx tsx test/bench/sw-idle.ts --ext DIR [--ext DIR …] [--rounds N]`: the trade of letting the worker's
 * regular expressions go when idle (lib/background/regexp-slots.ts), in real Chromium. For each build,
 * after ten analyses of the LinkedIn fixture: the worker's CPU for one more analysis (a CPU profile of
 * the worker through the DevTools protocol, every sample but idle), right after another ("warm") and
 * after two full garbage collections ("after idle": what an idle worker's collections do, V8's regexp
 * cache included); then its heap after a GC. Builds are measured round by round in turn. Medians and minima
 * (the samples count wall time while the worker runs, so a loaded machine inflates them: the minima suffer least); asserts nothing.
 */
import { resolve } from 'node:path';
import { projectFixture } from '../helpers';
import { launch, serve, type Session } from '../e2e/browser';
import { sidebar } from '../e2e/closed-root';
import { saveBenchResume } from './bench-resume';
import { attachWorker } from './worker-cdp';

const exts = process.argv.flatMap((a, i) => (a === '--ext' && process.argv[i + 1] ? [resolve(process.argv[i + 1]!)] : []));
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const URL_ = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';

interface Profile { nodes: Array<{ id: number; callFrame: { functionName: string } }>; samples: number[]; timeDeltas: number[] }

async function open(ext: string) {
  const s: Session = await launch({ extension: ext });
  await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
  const popup = await saveBenchResume(s);
  const page = await s.context.newPage();
  let n = 0;
  const analyse = async () => {
    await page.goto(`${URL_}&n=${n++}`);
    for (let t0 = Date.now(); (await sidebar(page).attr('[data-fitmark-root]', 'data-fitmark-at').catch(() => null)) === null; ) {
      if (Date.now() - t0 > 20_000) throw new Error('no result painted');
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  for (let i = 0; i < 10; i++) await analyse();
  const cdp = await s.context.newCDPSession(popup);
  const call = await attachWorker(cdp, s.extensionId);
  if (!call) throw new Error('no service worker');
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 100 });
  /** The worker's CPU (ms) for one analysis: every profile sample that is not idle. */
  const cpu = async () => {
    await call('Profiler.start');
    await analyse();
    await new Promise((r) => setTimeout(r, 100));
    const p = (await call('Profiler.stop')).result!.profile as Profile;
    const idle = new Set(p.nodes.filter((x) => x.callFrame.functionName === '(idle)').map((x) => x.id));
    let us = 0;
    p.samples.forEach((node, k) => {
      if (!idle.has(node)) us += p.timeDeltas[k] ?? 0;
    });
    return us / 1000;
  };
  return { ext, s, call, cpu, warm: [] as number[], idle: [] as number[] };
}

const targets = [];
for (const ext of exts) targets.push(await open(ext));
try {
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) {
      t.warm.push(await t.cpu());
      await t.call('HeapProfiler.collectGarbage');
      await t.call('HeapProfiler.collectGarbage');
      t.idle.push(await t.cpu());
    }
  }
  console.log(`worker CPU for one analysis (LinkedIn fixture), medians of ${rounds} (ms); heap after a GC:`);
  for (const t of targets) {
    await t.call('HeapProfiler.collectGarbage');
    const used = Number((await t.call('Runtime.getHeapUsage')).result?.usedSize);
    console.log(`  ${t.ext}: warm ${median(t.warm).toFixed(1)} (min ${Math.min(...t.warm).toFixed(1)}) [${t.warm.map((x) => x.toFixed(0)).join(' ')}], after idle ${median(t.idle).toFixed(1)} (min ${Math.min(...t.idle).toFixed(1)}) [${t.idle.map((x) => x.toFixed(0)).join(' ')}], heap ${(used / 1e6).toFixed(2)} MB`);
  }
} finally {
  for (const t of targets) await t.s.close();
}
