import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFixture } from '../helpers';
import { badgeText, e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();
const GREENHOUSE = 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001';

/**
 * A page's content script reads the preferences from the background's copy in
 * storage (lib/page/preferences.ts), not from the service worker: the copy must
 * follow every change the user makes, at once.
 */
describe.skipIf(skip !== null)('the preferences a page starts with, in real Chromium', () => {
  let s: Session;
  const mirror = () =>
    s.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await c.storage.local.get('fitmark:preferences'))['fitmark:preferences'];
    });

  beforeAll(async () => {
    s = await launch();
    await serve(s.context, /^https:\/\/job-boards\.greenhouse\.io\//, projectFixture('pages/greenhouse-job-boards.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a board switched off on the options page is not read on the next page, and on again is', async () => {
    await expect.poll(mirror, { timeout: 10_000 }).toEqual({ sidebar: 'always', highlights: true, disabledBoards: [] });
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const board = options.getByRole('checkbox', { name: 'Greenhouse' });
    await expect.poll(() => board.isChecked(), { timeout: 10_000 }).toBe(true);
    await board.click();
    await expect.poll(() => board.isChecked()).toBe(false);
    expect(await mirror()).toEqual({ sidebar: 'always', highlights: true, disabledBoards: ['greenhouse'] });

    const job = await s.context.newPage();
    await job.goto(GREENHOUSE);
    // Time for a result to arrive, if one were asked for: none is, and no sidebar.
    await job.waitForTimeout(1500);
    expect(await sb(job).count()).toBe(0);
    expect(await badgeText(s.worker, job)).toBe('');

    await options.bringToFront();
    await board.click();
    await expect.poll(() => board.isChecked()).toBe(true);
    await job.reload();
    await expect.poll(() => sb(job).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => sb(job).text('.fm-title'), { timeout: 15_000 }).not.toBeNull();
  });
});
