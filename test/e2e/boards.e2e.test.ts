import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectFixture, sharedFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();

interface TreeNode {
  children?: TreeNode[];
  shadowRoots?: Array<TreeNode & { shadowRootType?: string }>;
  contentDocument?: TreeNode;
}

/** Closed shadow roots under `node`: in the top document, and inside frames' documents. */
function closedRootsIn(node: TreeNode, framed = false, out = { top: 0, framed: 0 }): { top: number; framed: number } {
  for (const r of node.shadowRoots ?? []) {
    if (r.shadowRootType === 'closed') out[framed ? 'framed' : 'top']++;
    closedRootsIn(r, framed, out);
  }
  for (const c of node.children ?? []) closedRootsIn(c, framed, out);
  if (node.contentDocument) closedRootsIn(node.contentDocument, true, out);
  return out;
}

/** Real saved pages (../shared), served at the URLs they were saved from, each show the sidebar. */
describe.skipIf(skip !== null)('boards in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    const ashby = sharedFixture('pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html');
    const workable = sharedFixture('pages/jsonld/jobsearch-tracker_apply-workable_huggingface.html');
    const greenhouse = sharedFixture('pages/greenhouse/jobdog_boards-greenhouse_anthropic_4182383008.html');
    if (ashby) await serve(s.context, /^https:\/\/jobs\.ashbyhq\.com\//, ashby);
    if (workable) await serve(s.context, /^https:\/\/apply\.workable\.com\//, workable);
    if (greenhouse) await serve(s.context, /^https:\/\/boards\.greenhouse\.io\//, greenhouse);
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\/view\/999/, projectFixture('pages/not-a-posting.html'));
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\/(?:view\/44|search-results\/)/, projectFixture('pages/linkedin-2026.html'));
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\/search\/(?:post-apply\/|\?currentJobId=4300000009)/, projectFixture('pages/linkedin-post-apply.html'));
    // iCIMS: the outer page, and its same-origin frame at the same URL with in_iframe=1 (registered last: tried first).
    await serve(s.context, /^https:\/\/careers-northgatehealth\.icims\.com\/jobs\//, projectFixture('pages/icims.html'));
    await serve(s.context, /^https:\/\/careers-northgatehealth\.icims\.com\/jobs\/.*in_iframe=1/, projectFixture('pages/icims-frame.html'));
  });

  /** Sends a message to the background from one of the extension's own pages, as the popup does. */
  async function fromPopup<T>(message: object): Promise<T> {
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const reply = await popup.evaluate(
      (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
      message,
    );
    await popup.close();
    return reply as T;
  }

  /** The id of the one open tab at a LinkedIn URL (the extension may look LinkedIn tabs up: it has their host permission). */
  async function linkedinTab(): Promise<number> {
    return s.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
      const tabs = await c.tabs.query({ url: 'https://www.linkedin.com/*' });
      if (tabs.length !== 1) throw new Error(`${tabs.length} LinkedIn tabs`);
      return tabs[0]!.id;
    });
  }
  afterAll(async () => {
    await s?.close();
  });

  const title = (p: Page) => sb(p).text('[data-testid="fitmark-sidebar"] .fm-title');

  it.each([
    ['https://boards.greenhouse.io/anthropic/jobs/4182383008', 'Machine Learning Systems Engineer, RL Engineering'],
    ['https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43', /./],
    ['https://apply.workable.com/huggingface/j/0BD8C06DB3/', /./],
  ])('%s shows the sidebar for its posting', async (url, expected) => {
    const page = await s.context.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect.poll(() => title(page), { timeout: 15_000 }).not.toBeNull();
    const text = (await title(page)) ?? '';
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text.length).toBeGreaterThan(3);
    expect(await sb(page).text()).toMatch(/No resume saved yet/);
    await page.close();
  });

  it('reads LinkedIn’s 2026 layout on /jobs/view/, whose document title names no job', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/4400000101/');
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Senior Platform Engineer');
    expect(await page.title()).toBe('LinkedIn');
    expect(await sb(page).text('[data-testid="fitmark-sidebar"] .fm-muted')).toBe('Tern Robotics');
    await page.close();
  });

  it('reads LinkedIn’s 2026 search pane and follows a switch to another job', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search-results/?currentJobId=4400000102&keywords=data');
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Data Engineer');
    expect(await sb(page).text('[data-testid="fitmark-sidebar"] .fm-muted')).toBe('Moorhen Analytics');
    await page.locator('[data-fixture-job="4400000101"]').click();
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Senior Platform Engineer');
    expect(await sb(page).count()).toBe(1);
    await page.close();
  });

  it('reads the job just applied to on LinkedIn’s post-apply page, keyed by the id in its pane', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/post-apply/next-best-action/');
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Cloud Security Engineer');
    expect(await sb(page).text('[data-testid="fitmark-sidebar"] .fm-muted')).toBe('Kestrel Grid');
    const status = await fromPopup<{ ok: boolean; value: { report: { jobKey: string } | null } }>({ type: 'tab.status', tabId: await linkedinTab() });
    expect(status.value.report?.jobKey).toBe('linkedin:4300000009');
    await page.close();
  });

  it('after applying, the job just shown is read again at once, not after a wait for new text', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4300000009');
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Cloud Security Engineer');
    // Easy Apply done: LinkedIn moves to the post-apply page in place; the pane still shows the same job.
    await page.evaluate(() => history.pushState({}, '', '/jobs/search/post-apply/next-best-action/'));
    await page.waitForTimeout(300);
    await expect.poll(() => sb(page).text('[role="status"]'), { timeout: 5_000 }).toBeNull(); // not "Reading this posting…" for 10 s
    expect(await title(page)).toBe('Cloud Security Engineer');
    const status = await fromPopup<{ ok: boolean; value: { report: { jobKey: string } | null } }>({ type: 'tab.status', tabId: await linkedinTab() });
    expect(status.value.report?.jobKey).toBe('linkedin:4300000009');
    await page.close();
  });

  it('"Analyze this page" on a board where the content script runs keeps one sidebar that still follows job switches', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search-results/?currentJobId=4400000101');
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Senior Platform Engineer');
    const analyzed = await fromPopup<{ ok: boolean; value: { posting: { site: string; title: string } } }>({ type: 'page.analyze', tabId: await linkedinTab() });
    expect(analyzed.ok).toBe(true);
    expect(analyzed.value.posting).toMatchObject({ site: 'linkedin', title: 'Senior Platform Engineer' }); // the board's own reader
    await page.waitForTimeout(500);
    expect(await sb(page).count()).toBe(1);
    expect(await title(page)).toBe('Senior Platform Engineer');
    await page.locator('[data-fixture-job="4400000102"]').click();
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('Data Engineer');
    expect(await sb(page).count()).toBe(1);
    await page.close();
  });

  it('reads an iCIMS posting from its same-origin frame and shows one sidebar, in the top page only', async () => {
    const page = await s.context.newPage();
    await page.goto('https://careers-northgatehealth.icims.com/jobs/4821/clinical-systems-analyst/job');
    await expect.poll(() => title(page), { timeout: 20_000 }).toBe('Clinical Systems Analyst');
    expect(await sb(page).text('[data-testid="fitmark-sidebar"] .fm-muted')).toBe('Northgate Health');
    expect(await sb(page).count()).toBe(1);
    expect(page.frames().some((f) => f.url().includes('in_iframe=1'))).toBe(true);
    // Closed shadow roots in the whole tree, frames included (the sidebar's host is the only one): one.
    const cdp = await s.context.newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: TreeNode };
    expect(closedRootsIn(root)).toEqual({ top: 1, framed: 0 });
    await cdp.detach();
    await page.close();
  });

  it('says honestly when a job page holds no posting, and reads pasted text instead', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/999/');
    const notFound = '[data-testid="fitmark-not-found"]';
    await expect.poll(() => sb(page).countOf(notFound), { timeout: 20_000 }).toBe(1);
    expect(await sb(page).text(notFound)).toMatch(/LinkedIn changed its layout/);
    await sb(page).fill(`${notFound} textarea[aria-label="Posting text"]`, 'Acme | SRE | Remote\n\nRequirements:\n- Kubernetes and Terraform\n- Go');
    await sb(page).clickText(`${notFound} button`, 'Analyze pasted text');
    await expect.poll(() => title(page), { timeout: 10_000 }).toBe('SRE');
    await page.close();
  });
});
