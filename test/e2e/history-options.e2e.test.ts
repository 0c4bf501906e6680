import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();
const GREENHOUSE = 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001';

describe.skipIf(skip !== null)('history and options in real Chromium', () => {
  let s: Session;
  const page = (path: string) => `chrome-extension://${s.extensionId}/${path}`;

  beforeAll(async () => {
    s = await launch();
    await serve(s.context, /^https:\/\/job-boards\.greenhouse\.io\//, projectFixture('pages/greenhouse-job-boards.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the popup links both pages from its footer', async () => {
    const popup = await s.context.newPage();
    await popup.goto(page('popup.html'));
    expect(await popup.locator(`a[href="${page('postings.html')}"]`).textContent()).toBe('History');
    expect(await popup.locator(`a[href="${page('options.html')}"]`).textContent()).toBe('Options');
    // A resume, pasted: the history keeps postings analysed with one.
    await popup.getByPlaceholder(/Name/).fill('cv');
    await popup.getByLabel('Resume text').fill('Sam Rivera\nSkills\nTerraform, Kubernetes, AWS, Python, Linux, Prometheus');
    await popup.getByRole('button', { name: 'Save pasted resume' }).click();
    await expect.poll(() => popup.locator('[data-testid="resume-item"]').count(), { timeout: 15_000 }).toBe(1);
    await popup.close();
  });

  it('a posting analysed shows in the history, once, with its missing skills', async () => {
    const job = await s.context.newPage();
    await job.goto(GREENHOUSE);
    await expect.poll(() => sb(job).countOf('[data-testid="fitmark-score"]'), { timeout: 15_000 }).toBe(1);
    const score = (await sb(job).text('[data-testid="fitmark-score"]'))!.trim();
    // The same job again: its entry is updated, not doubled.
    await job.reload();
    await expect.poll(() => sb(job).countOf('[data-testid="fitmark-score"]'), { timeout: 15_000 }).toBe(1);

    const history = await s.context.newPage();
    await history.goto(page('postings.html'));
    const rows = history.locator('[data-testid="history-row"]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    expect(await rows.locator('th').textContent()).toBe('Platform Engineer');
    expect(await rows.locator('a', { hasText: 'Platform Engineer' }).getAttribute('href')).toBe(GREENHOUSE);
    expect(await rows.textContent()).toContain(score);

    const chart = history.locator('[data-testid="missing-chart"] > li');
    const skills = await chart.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-skill')));
    expect(skills).toEqual(expect.arrayContaining(['gke', 'helm']));
    expect(skills).not.toContain('terraform');
    expect(await history.locator('[data-testid="missing-chart"] [data-skill="helm"]').textContent()).toContain('1 of 1 (100%)');

    // A skill's link opens its section of the role guide.
    await history.locator('[data-testid="missing-chart"] [data-skill="helm"] a').click();
    await history.waitForURL(/\/guide\.html#(?:[a-z-]+--|skill-)helm$/);
    const id = decodeURIComponent(new URL(history.url()).hash.slice(1));
    await expect.poll(() => history.locator(`[id="${id}"]`).count()).toBe(1);
    await history.close();
    await job.close();
  });

  it('the options page saves a setting, which survives a reload and reaches the background', async () => {
    const options = await s.context.newPage();
    await options.goto(page('options.html'));
    const collapsed = options.getByRole('radio', { name: /^Collapsed/ });
    const highlights = options.getByRole('checkbox', { name: /Highlight the skills/ });
    await expect.poll(() => options.getByRole('radio', { name: /^Open/ }).isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await highlights.isChecked()).toBe(true);

    // Controlled inputs show what is stored: each click is checked once the save lands (check() would test at once).
    const indeed = options.getByRole('checkbox', { name: 'Indeed' });
    await collapsed.click();
    await expect.poll(() => collapsed.isChecked()).toBe(true);
    await highlights.click();
    await expect.poll(() => highlights.isChecked()).toBe(false);
    await indeed.click();
    await expect.poll(() => indeed.isChecked()).toBe(false);
    expect(await options.getByTestId('options-status').textContent()).toBe('Saved.');

    await options.reload();
    await expect.poll(() => collapsed.isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await highlights.isChecked()).toBe(false);
    expect(await indeed.isChecked()).toBe(false);
    expect(await options.getByRole('checkbox', { name: 'LinkedIn' }).isChecked()).toBe(true);

    // What a content script is told when it asks.
    const reply = await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'preferences.get' }));
    expect(reply).toEqual({ ok: true, value: { sidebar: 'collapsed', highlights: false, disabledBoards: ['indeed'] } });
    await options.close();
  });
});
