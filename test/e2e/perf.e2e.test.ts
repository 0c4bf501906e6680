import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectFixture, ROOT, sharedFixture } from '../helpers';
import { e2eUnavailable, launch, serve, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();
/** FITMARK_SCREENSHOTS=1 writes the README's screenshots. */
const SHOTS = process.env.FITMARK_SCREENSHOTS === '1';

/**
 * Performance marks: from the description being read to the sidebar painted,
 * on the fixture pages. Printed, not asserted: timing targets are figures, not
 * tests that flake on a busy machine.
 */
describe.skipIf(skip !== null)('paint time and screenshots in real Chromium', () => {
  let s: Session;
  const samples: Record<string, number[]> = {};

  beforeAll(async () => {
    s = await launch();
    await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
    await serve(s.context, /^https:\/\/job-boards\.greenhouse\.io\//, projectFixture('pages/greenhouse-job-boards.html'));
    const ashby = sharedFixture('pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html');
    if (ashby) await serve(s.context, /^https:\/\/jobs\.ashbyhq\.com\//, ashby);
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.locator('[data-testid="resume-file"]').setInputFiles(projectFixture('sample-resume.pdf'));
    await popup.locator('[data-testid="resume-item"]').first().waitFor({ timeout: 20_000 });
    await popup.close();
  });
  afterAll(async () => {
    const all = Object.values(samples).flat().sort((a, b) => a - b);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const per = Object.entries(samples).map(([k, v]) => `${k} ${median(v).toFixed(1)} ms (n=${v.length})`);
    console.log(`paint: description read → sidebar painted, median ${median(all).toFixed(1)} ms over ${all.length}; ${per.join('; ')}`);
    await s?.close();
  });

  const painted = async (page: Page, label: string) => {
    const root = '[data-fitmark-root]';
    await expect.poll(() => sb(page).attr(root, 'data-fitmark-ms'), { timeout: 15_000 }).not.toBeNull();
    (samples[label] ??= []).push(Number(await sb(page).attr(root, 'data-fitmark-ms')));
    await sb(page).evaluate(`function(sel){ this.querySelector(sel).removeAttribute('data-fitmark-ms'); }`, root);
  };

  it('LinkedIn: first load and in-page job switches', async () => {
    const page = await s.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=4100000001');
    await painted(page, 'linkedin');
    if (SHOTS) {
      await page.screenshot({ path: `${ROOT}test/e2e/screenshots/linkedin-light.png` });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: `${ROOT}test/e2e/screenshots/linkedin-dark.png` });
      await page.emulateMedia({ colorScheme: 'light' });
    }
    for (let i = 0; i < 20; i++) {
      await page.locator(`a.job-card-list__title[data-job-id="${i % 2 === 0 ? '4100000002' : '4100000001'}"]`).click();
      await painted(page, 'linkedin');
    }
  });

  it('Greenhouse and Ashby: page loads', async () => {
    for (const [label, url] of [
      ['greenhouse', 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001'],
      ['ashby', 'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43'],
    ] as const) {
      if (label === 'ashby' && !sharedFixture('pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html')) continue;
      const page = await s.context.newPage();
      for (let i = 0; i < 5; i++) {
        await page.goto(url);
        await painted(page, label);
      }
      if (SHOTS && label === 'greenhouse') {
        await page.screenshot({ path: `${ROOT}test/e2e/screenshots/greenhouse-light.png` });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: `${ROOT}test/e2e/screenshots/greenhouse-dark.png` });
      }
      await page.close();
    }
    expect(Object.keys(samples)).toContain('greenhouse');
  });
});
