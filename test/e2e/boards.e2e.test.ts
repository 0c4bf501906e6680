import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectFixture, sharedFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();

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
  });
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
