/**
 * `npm run icons`: renders every PNG icon from the one source, public/icon.svg,
 * in the system's headless Chromium (playwright-core; nothing is downloaded).
 *
 *   public/icon/{16,32,48,96,128}.png   manifest `icons` and `action.default_icon`
 *   test/store/icon-128.png                  the stores' 128×128 icon: the mark at 96×96
 *                                       with 16 px of transparent padding, as the
 *                                       Chrome Web Store asks
 *
 * The PNGs are committed; run this again after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/browser';
import { ROOT } from '../helpers';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** A page that draws the SVG at `size` CSS pixels inside a transparent `canvas`-sized box. */
function html(svg: string, size: number, canvas: number): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const pad = (canvas - size) / 2;
  return `<!doctype html><html><head><style>html,body{margin:0;background:transparent}
img{position:absolute;left:${pad}px;top:${pad}px;width:${size}px;height:${size}px}</style></head>
<body><img src="${src}" alt=""></body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(join(ROOT, 'public/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const render = async (size: number, canvas: number, out: string) => {
      const page = await browser.newPage({ viewport: { width: canvas, height: canvas }, deviceScaleFactor: 1 });
      await page.setContent(html(svg, size, canvas));
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(out, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: canvas, height: canvas } }));
      await page.close();
      process.stdout.write(`${out.slice(ROOT.length)}  ${canvas}×${canvas}\n`);
    };
    mkdirSync(join(ROOT, 'public/icon'), { recursive: true });
    for (const size of ICON_SIZES) await render(size, size, join(ROOT, `public/icon/${size}.png`));
    mkdirSync(join(ROOT, 'test/store'), { recursive: true });
    await render(96, 128, join(ROOT, 'test/store/icon-128.png'));
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`icons: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
