import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { projectFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();

/** Figures for the closing note, printed at the end. */
const seen = { requests: 0, extensionRequests: 0, offMachine: [] as string[] };

describe.skipIf(skip !== null)('trust: no network, hostile pages', () => {
  let s: Session;
  const documents = new Set<string>();

  beforeAll(async () => {
    s = await launch({ recordServiceWorkerRequests: true });
    s.context.on('request', (r: Request) => {
      seen.requests++;
      const url = r.url();
      if (url.startsWith('chrome-extension://')) seen.extensionRequests++;
      else if (url.startsWith('data:') || url.startsWith('blob:')) return;
      else if (r.isNavigationRequest() && documents.has(url)) return; // the pages we open ourselves
      else seen.offMachine.push(`${r.resourceType()} ${url}`);
    });
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
    await serve(s.context, /^https:\/\/job-boards\.greenhouse\.io\//, projectFixture('pages/hostile.html'));
  });
  afterAll(async () => {
    await s?.close();
    console.log(`privacy: ${seen.requests} requests seen, ${seen.extensionRequests} to the extension's own files, ${seen.offMachine.length} off the machine`);
  });

  it('makes no request off the machine while managing resumes and analysing postings', async () => {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.locator('[data-testid="resume-file"]').setInputFiles(projectFixture('sample-resume.pdf'));
    await expect.poll(() => popup.locator('[data-testid="resume-item"]').count(), { timeout: 20_000 }).toBe(1);
    await popup.getByRole('button', { name: 'Export all' }).click();
    // The options and history pages, used as a user would.
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.getByRole('checkbox').first().click();
    await options.close();

    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
    documents.add(url);
    const job = await s.context.newPage();
    const errors: string[] = [];
    job.on('pageerror', (e) => errors.push(e.message));
    await job.goto(url);
    await expect.poll(() => sb(job).countOf('[data-testid="fitmark-score"]'), { timeout: 15_000 }).toBe(1);
    await job.locator('a.job-card-list__title[data-job-id="4100000002"]').click();
    await expect.poll(() => sb(job).text('.fm-title'), { timeout: 15_000 }).toBe('Backend Engineer, Payments');
    const guide = s.context.waitForEvent('page');
    await sb(job).click('[data-testid="fitmark-missing"] a');
    await (await guide).waitForLoadState();
    const history = await s.context.newPage();
    await history.goto(`chrome-extension://${s.extensionId}/postings.html`);
    await expect.poll(() => history.getByText('Backend Engineer, Payments').count()).toBeGreaterThan(0);
    await history.close();

    expect(errors).toEqual([]); // nothing of ours surfaced as an error on the page
    expect(seen.offMachine).toEqual([]);
    expect(seen.extensionRequests).toBeGreaterThan(0); // the recorder did see the extension's own traffic
  });

  it('survives a hostile page: nothing runs, the sidebar stays readable and comes back when removed', async () => {
    const url = 'https://job-boards.greenhouse.io/trapco/jobs/4666666666';
    documents.add(url);
    const page = await s.context.newPage();
    await page.goto(url);
    const sidebar = sb(page);
    await expect.poll(() => sidebar.countOf('[data-testid="fitmark-sidebar"]'), { timeout: 15_000 }).toBe(1);
    // The page removed our host at least once; it came back, visible, each time.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __removals: number }).__removals), { timeout: 5000 }).toBeGreaterThan(0);
    const width = () => sidebar.evaluate<number>(`function(){ const e = this.querySelector('[data-testid="fitmark-sidebar"]'); const r = e.getBoundingClientRect(); return e.isConnected && getComputedStyle(e).visibility === 'visible' ? r.width : 0; }`);
    await expect.poll(width, { timeout: 5000 }).toBeGreaterThan(300);
    // (The result follows the sidebar's frame: wait for it before reading its title; the page keeps removing our host.)
    await expect.poll(() => sidebar.countOf('.fm-title'), { timeout: 15_000 }).toBe(1);
    // The page's CSS does not reach inside: our title keeps its own size.
    expect(await sidebar.evaluate(`function(){ return getComputedStyle(this.querySelector('.fm-title')).fontSize; }`)).toBe('15px');
    // Markup in the page's text is shown as text and never runs.
    expect(await sidebar.text('.fm-title')).toContain('<img src=x onerror="window.__fromTitle=1">');
    expect(await sidebar.countOf('img, script, iframe')).toBe(0);
    const flags = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.__fromTitle, w.__fromText, w.__fromJsonLd, w.__fromLink];
    });
    expect(flags).toEqual([undefined, undefined, undefined, undefined]);
    // The look-alike is the page's; ours is the one in our shadow root, with the real skills.
    expect(await sidebar.text()).toMatch(/Terraform/);
    await page.close();
  });
});
