import type { Session } from '../e2e/browser';

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
