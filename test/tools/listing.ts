/**
 * `npm run listing`: the store listing's images, taken from the real built
 * extension in the system's Chromium (the same set-up as the end-to-end tests:
 * job pages served from the project's fixtures at their real URLs, nothing
 * reaches the network, the bundled sample resume saved through the popup).
 *
 *   test/store/screenshot-linkedin-light.png    1280×800
 *   test/store/screenshot-linkedin-dark.png     1280×800
 *   test/store/screenshot-greenhouse-light.png  1280×800
 *   test/store/screenshot-greenhouse-dark.png   1280×800
 *   test/store/promo-tile-440x280.png           440×280, the mark and a real crop of the sidebar
 *
 * The 128×128 store icon comes from `npm run icons` (test/store/icon-128.png).
 * FITMARK_OUT picks the build folder, as for the tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { e2eUnavailable, launch, serve } from '../e2e/browser';
import { sidebar } from '../e2e/closed-root';
import { projectFixture, ROOT } from '../helpers';

const OUT = join(ROOT, 'test/store');
const SIZE = { width: 1280, height: 800 };
const PAGES = [
  { name: 'linkedin', url: 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001&keywords=infrastructure', pattern: /^https:\/\/www\.linkedin\.com\/jobs\//, file: 'pages/linkedin-search.html' },
  { name: 'greenhouse', url: 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001', pattern: /^https:\/\/job-boards\.greenhouse\.io\//, file: 'pages/greenhouse-job-boards.html' },
] as const;

async function scored(page: Page): Promise<void> {
  const end = Date.now() + 30_000;
  while ((await sidebar(page).countOf('[data-testid="fitmark-score"]')) !== 1) {
    if (Date.now() > end) throw new Error(`no score in the sidebar on ${page.url()}`);
    await page.waitForTimeout(200);
  }
  await page.waitForTimeout(400); // the score's count-up and the highlights settle
}

function tile(mark: string, crop: Buffer): string {
  const img = (b: Buffer | string, type: string) => `data:${type};base64,${Buffer.from(b).toString('base64')}`;
  return `<!doctype html><html><head><style>
  html,body{margin:0;width:440px;height:280px;overflow:hidden}
  body{background:linear-gradient(135deg,#1d4ed8,#1e3a8a);font-family:system-ui,'DejaVu Sans',sans-serif;color:#fff;position:relative}
  .mark{position:absolute;left:24px;top:28px;width:56px;height:56px;border-radius:14px;box-shadow:0 0 0 2px rgba(255,255,255,.35)}
  h1{position:absolute;left:24px;top:96px;margin:0;font-size:34px;letter-spacing:-.5px}
  p{position:absolute;left:24px;top:146px;width:190px;margin:0;font-size:15px;line-height:1.35;color:#dbeafe}
  .shot{position:absolute;right:18px;top:22px;width:196px;height:236px;object-fit:cover;object-position:top left;border-radius:10px;box-shadow:0 8px 24px rgba(0,0,0,.35);background:#fff}
  </style></head><body>
  <img class="mark" src="${img(mark, 'image/svg+xml')}" alt="">
  <h1>Fitmark</h1>
  <p>How well your resume fits the job you are reading. Kept on this device.</p>
  <img class="shot" src="${img(crop, 'image/png')}" alt="">
  </body></html>`;
}

async function main(): Promise<void> {
  if (e2eUnavailable()) throw new Error('needs Chromium and a built extension (npm run build)');
  mkdirSync(OUT, { recursive: true });
  const s = await launch();
  try {
    for (const p of PAGES) await serve(s.context, p.pattern, projectFixture(p.file));
    // The bundled sample resume, pasted in the popup as a user would.
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.getByPlaceholder('Name (e.g. Resume 2026)').fill('Sam Rivera, SRE');
    await popup.getByLabel('Resume text').fill(readFileSync(join(ROOT, 'lib/cli/samples/resume.txt'), 'utf8'));
    await popup.getByRole('button', { name: 'Save pasted resume' }).click();
    await popup.locator('[data-testid="resume-item"]').first().waitFor({ timeout: 20_000 });
    await popup.close();

    let crop: Buffer | null = null;
    for (const p of PAGES) {
      const page = await s.context.newPage();
      await page.setViewportSize(SIZE);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(p.url);
        await scored(page);
        const file = join(OUT, `screenshot-${p.name}-${scheme}.png`);
        await page.screenshot({ path: file });
        process.stdout.write(`test/store/screenshot-${p.name}-${scheme}.png  1280×800\n`);
        if (p.name === 'greenhouse' && scheme === 'light') {
          const box = await sidebar(page).evaluate<{ x: number; y: number; width: number; height: number }>(
            `function(){ const r = this.querySelector('[data-testid="fitmark-sidebar"]').getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }`,
          );
          crop = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, box.width * 1.2) } });
        }
      }
      await page.close();
    }

    const promo = await s.context.newPage();
    await promo.setViewportSize({ width: 440, height: 280 });
    await promo.setContent(tile(readFileSync(join(ROOT, 'public/icon.svg'), 'utf8'), crop!));
    await promo.evaluate(() => Promise.all([...document.images].map((i) => i.decode())));
    writeFileSync(join(OUT, 'promo-tile-440x280.png'), await promo.screenshot({ clip: { x: 0, y: 0, width: 440, height: 280 } }));
    process.stdout.write('test/store/promo-tile-440x280.png  440×280\n');
  } finally {
    await s.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`listing: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
