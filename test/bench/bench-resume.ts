import { serve, type Session } from '../e2e/browser';
import { sidebar } from '../e2e/closed-root';
import { projectFixture } from '../helpers';

/** The resume every page benchmark uses: a few lines pasted in the popup, saved before any posting is loaded. */
export const BENCH_RESUME = 'Sam Rivera\nSkills\nTerraform, Kubernetes, AWS, Python, Linux, Prometheus, Go';

/** Opens the popup, saves the bench resume and returns the popup page (still open). */
export async function saveBenchResume(s: Session) {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.getByPlaceholder(/Name/).fill('bench-cv');
  await popup.getByLabel('Resume text').fill(BENCH_RESUME);
  await popup.getByRole('button', { name: 'Save pasted resume' }).click();
  await popup.locator('[data-testid="resume-item"]').first().waitFor({ timeout: 20_000 });
  return popup;
}

/**
 * The worker's workload of the heap benchmarks (sw-heap.ts, sw-heap-trace.ts): the bench resume saved, then the saved
 * LinkedIn search page loaded `analyses` times, each until the sidebar shows its result. Returns the popup (still open).
 */
export async function analyseLinkedIn(s: Session, analyses: number) {
  const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
  await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
  const popup = await saveBenchResume(s);
  const page = await s.context.newPage();
  for (let i = 0; i < analyses; i++) {
    await page.goto(`${url}&n=${i}`);
    for (let t0 = Date.now(); (await sidebar(page).attr('[data-fitmark-root]', 'data-fitmark-at').catch(() => null)) === null; ) {
      if (Date.now() - t0 > 20_000) throw new Error('no result painted');
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return popup;
}
