import { describe, expect, it } from 'vitest';
import { createWorkerLife } from '@/lib/background/worker-life';

/** A worker's life with fake timers: what it did, in order. */
function setup() {
  const did: string[] = [];
  const timers: Array<{ fn: () => void; ms: number; live: boolean }> = [];
  const life = createWorkerLife({
    start: async () => void did.push('start'),
    warmUp: () => void did.push('warm-up'),
    prefetch: (key) => void did.push(`prefetch ${key.slice(-1)}`),
    settled: async () => undefined,
    drop: () => void did.push('drop'),
    jobKey: (url) => (url?.startsWith('https://boards.example/jobs/') ? url : null),
    setTimeout: (fn, ms) => {
      const t = { fn, ms, live: true };
      timers.push(t);
      return t;
    },
    clearTimeout: (t) => void (t && ((t as { live: boolean }).live = false)),
    log: (m) => void did.push(`log ${m}`),
    idleMs: 5000,
  });
  /** Runs the live timers (those due within `ms`), then lets promises settle. */
  const pass = async (ms: number) => {
    await new Promise((r) => setTimeout(r, 0));
    for (const t of timers.splice(0)) if (t.live && t.ms <= ms) t.fn();
    else if (t.live) timers.push(t);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { life, did, pass };
}

describe('the service worker’s life (lib/background/worker-life.ts)', () => {
  it('starts nothing for a page that is not a posting (a board’s other pages have the content script too)', async () => {
    const { life, did, pass } = setup();
    life.pageOpening(undefined); // no URL told
    life.pageOpening('https://boards.example/about'); // a board's page that is not a posting
    await pass(10_000);
    expect(did).toEqual([]);
  });

  it('starts and warms up once when postings start loading (two tabs, or one loaded again)', async () => {
    const { life, did, pass } = setup();
    life.pageOpening('https://boards.example/jobs/1');
    life.pageOpening('https://boards.example/jobs/2');
    await pass(0);
    // Each posting's reads are made while it loads; the warm-up once.
    expect(did).toEqual(['start', 'prefetch 1', 'prefetch 2', 'warm-up']);
  });

  it('starts once for the first message; the answer is followed by the drop only after 5 s idle, each message putting it off', async () => {
    const { life, did, pass } = setup();
    await life.beforeMessage();
    await life.beforeMessage();
    expect(did).toEqual(['start']);
    life.afterMessage();
    await pass(1000);
    life.afterMessage(); // another answer: the first timer is cancelled
    await pass(5000);
    expect(did).toEqual(['start', 'drop']);
  });

  it('no warm-up once the posting’s own analysis has begun (it came while the engine started)', async () => {
    const { life, did, pass } = setup();
    life.pageOpening('https://boards.example/jobs/1');
    const handled = life.beforeMessage().then(() => void did.push('analysis'));
    await handled;
    await pass(0);
    // Its reads were begun while the engine started.
    expect(did).toEqual(['start', 'prefetch 1', 'analysis']);
  });

  it('a posting loading while the patterns are made warms nothing; after the drop it warms up again', async () => {
    const { life, did, pass } = setup();
    await life.beforeMessage();
    life.afterMessage();
    life.pageOpening('https://boards.example/jobs/1');
    await pass(0);
    expect(did).toEqual(['start', 'prefetch 1']);
    await pass(5000);
    life.pageOpening('https://boards.example/jobs/1');
    await pass(0);
    expect(did).toEqual(['start', 'prefetch 1', 'drop', 'prefetch 1', 'warm-up']);
  });

  it('a failing start or warm-up is logged, and messages are still answered', async () => {
    const did: string[] = [];
    const life = createWorkerLife({
      start: async () => Promise.reject(new Error('no database')),
      warmUp: () => {
        throw new Error('bad');
      },
      prefetch: () => undefined,
      settled: async () => undefined,
      drop: () => undefined,
      jobKey: (url) => url ?? null,
      setTimeout: (fn) => (fn(), 0),
      clearTimeout: () => undefined,
      log: (m) => void did.push(m),
      idleMs: 5000,
    });
    await expect(life.beforeMessage()).resolves.toBeUndefined();
    life.afterMessage();
    await new Promise((r) => setTimeout(r, 0));
    life.pageOpening('https://x/jobs/1');
    await new Promise((r) => setTimeout(r, 0));
    expect(did).toEqual(['could not refresh saved resumes', 'could not warm up']);
  });
});
