import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();
const SWITCHES = Number(process.env.FITMARK_SWITCHES ?? 1000);

/**
 * 1,000 job switches in one LinkedIn tab (in-page navigation) must not grow
 * listeners, DOM nodes or heap beyond noise. Heap is measured after a forced GC.
 */
describe.skipIf(skip !== null)('endurance in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it(`${SWITCHES} job switches in one tab leave no growth in listeners, nodes or heap`, async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4100000001');
    await expect.poll(() => sb(page).text('.fm-title'), { timeout: 15_000 }).toBe('Senior Infrastructure Engineer');
    await page.evaluate(() => ((window as unknown as { renderDelay: number }).renderDelay = 0));
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics: m } = await cdp.send('Performance.getMetrics');
      const get = (n: string) => m.find((x) => x.name === n)?.value ?? NaN;
      return { heap: get('JSHeapUsedSize'), listeners: get('JSEventListeners'), nodes: get('Nodes') };
    };
    /** Switches jobs `n` times inside the page, each time waiting until our sidebar shows the new job. */
    // Runs in the page's main world with the closed shadow root handed in as `this` (DevTools protocol).
    const run = (n: number) =>
      sb(page).evaluate(`async function(count) {
        const titles = { '4100000001': 'Senior Infrastructure Engineer', '4100000002': 'Backend Engineer, Payments' };
        const shown = () => this.querySelector('.fm-title')?.textContent;
        for (let i = 0; i < count; i++) {
          const id = i % 2 === 0 ? '4100000002' : '4100000001';
          document.querySelector('a.job-card-list__title[data-job-id="' + id + '"]').click();
          const t0 = performance.now();
          while (shown() !== titles[id]) {
            if (performance.now() - t0 > 5000) throw new Error('switch ' + i + ': sidebar still shows ' + shown());
            await new Promise((r) => setTimeout(r, 5));
          }
        }
      }`, n);
    await run(20); // warm up: JIT, caches, the first UI mount
    const before = await metrics();
    const t0 = Date.now();
    await run(SWITCHES);
    const seconds = (Date.now() - t0) / 1000;
    const after = await metrics();
    console.log(
      `endurance: ${SWITCHES} switches in ${seconds.toFixed(1)} s; heap ${(before.heap / 1e6).toFixed(2)} → ${(after.heap / 1e6).toFixed(2)} MB; ` +
        `listeners ${before.listeners} → ${after.listeners}; nodes ${before.nodes} → ${after.nodes}`,
    );
    expect(after.listeners).toBeLessThanOrEqual(before.listeners + 5);
    expect(after.nodes).toBeLessThanOrEqual(before.nodes * 1.1 + 50);
    expect(after.heap).toBeLessThan(before.heap * 1.25 + 2e6);
  }, 600_000);
});
