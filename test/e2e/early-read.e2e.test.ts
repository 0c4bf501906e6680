import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFixture } from '../helpers';
import { e2eUnavailable, launch, type Session } from './browser';
import { sidebar as sb } from './closed-root';

const skip = e2eUnavailable();

// A board page written for this test (Greenhouse's classic layout): the posting, then a script of the page's own
// that takes seconds to arrive and holds the rest of the parse, and DOMContentLoaded, back.
const PAGE = `<!doctype html><html><head><title>Job Application for Platform Engineer at Acme</title></head><body>
<div id="header"><h1 class="app-title">Platform Engineer</h1><span class="company-name">at Acme</span><div class="location">Remote</div></div>
<div id="content">
<p>Acme runs a ledger for small farms. You will keep its platform healthy.</p>
<p><strong>What you bring</strong></p>
<ul><li>4+ years running Kubernetes in production</li><li>Terraform, and Python or Go for tooling</li><li>Comfort with Postgres upgrades</li></ul>
</div>
<script src="https://boards.greenhouse.io/assets/slow-board.js"></script>
<div id="apply">Apply for this job</div>
</body></html>`;

describe.skipIf(skip !== null)('a posting read while the page still parses', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
    await s.context.route(/^https:\/\/boards\.greenhouse\.io\/acme\/jobs\//, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    await s.context.route(/slow-board\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 6000));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.slowBoardRan = true;' });
    });
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.locator('[data-testid="resume-file"]').setInputFiles(projectFixture('sample-resume.pdf'));
    await popup.locator('[data-testid="resume-item"]').first().waitFor({ timeout: 20_000 });
    await popup.close();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the result shows before the page’s own script has run, and the posting is whole', async () => {
    const page = await s.context.newPage();
    await page.goto('https://boards.greenhouse.io/acme/jobs/4000000001', { waitUntil: 'commit' });
    await expect.poll(() => sb(page).attr('[data-fitmark-root]', 'data-fitmark-ms'), { timeout: 5000 }).not.toBeNull();
    // Still parsing: the page's script has not arrived, DOMContentLoaded has not fired.
    expect(await page.evaluate(() => [document.readyState, (window as unknown as { slowBoardRan?: boolean }).slowBoardRan ?? false])).toEqual(['loading', false]);
    expect(await sb(page).text('.fm-title')).toBe('Platform Engineer');
    // All three bullets were read, the last one too (the resume meets each).
    expect(await sb(page).text('.fm-score-row')).toContain('3 of 3 required met');
    // And the page goes on to finish its own parse under the sidebar.
    await page.waitForFunction(() => (window as unknown as { slowBoardRan?: boolean }).slowBoardRan === true, undefined, { timeout: 15_000 });
    expect(await sb(page).count()).toBe(1);
  });
});
