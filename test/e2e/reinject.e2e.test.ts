import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar } from './closed-root';

const skip = e2eUnavailable();

/**
 * "Analyze this page" on a board where the content script already runs injects
 * it a second time (scripting.executeScript). The first copy must stay in
 * charge: the sidebar keeps its result and later in-page job switches are
 * still followed (with WXT's start-up event the old copy was invalidated and
 * the new one exited at its guard: a blank sidebar).
 */
describe.skipIf(skip !== null)('the content script injected again', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps one sidebar that follows the next job switches', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4100000001');
    await expect.poll(() => sidebar(page).text('.fm-title'), { timeout: 15_000 }).toBe('Senior Infrastructure Engineer');
    await page.bringToFront();
    const injected = await s.worker.evaluate(async () => {
      const c = (globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<Array<{ id: number }>> };
          scripting: { executeScript(o: object): Promise<unknown[]> };
        };
      }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://www.linkedin.com/*' });
      if (!tab) return false;
      await c.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      await c.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
      return true;
    });
    expect(injected).toBe(true);
    await page.waitForTimeout(500);
    expect(await sidebar(page).count()).toBe(1);
    expect(await sidebar(page).text('.fm-title')).toBe('Senior Infrastructure Engineer');
    await page.locator('a.job-card-list__title[data-job-id="4100000002"]').click();
    await expect.poll(() => sidebar(page).text('.fm-title'), { timeout: 15_000 }).toBe('Backend Engineer, Payments');
    await page.locator('a.job-card-list__title[data-job-id="4100000001"]').click();
    await expect.poll(() => sidebar(page).text('.fm-title'), { timeout: 15_000 }).toBe('Senior Infrastructure Engineer');
    expect(await sidebar(page).count()).toBe(1);
  });
});
