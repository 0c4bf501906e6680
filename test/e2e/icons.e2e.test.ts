import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { CHROMIUM } from './browser';

/**
 * The committed PNG icons are the ones `npm run icons` makes from public/icon.svg:
 * each is compared, pixel by pixel, with the SVG drawn at that size in Chromium.
 * A changed SVG without re-rendered PNGs fails here.
 */
const why = existsSync(CHROMIUM) ? null : `no Chromium at ${CHROMIUM}`;
if (why && process.env.CI === 'true') throw new Error(`must run under CI: ${why}`);
if (why) console.warn(`skipped icon check: ${why}`);

const dataUrl = (file: string, type: string) => `data:${type};base64,${readFileSync(join(ROOT, file)).toString('base64')}`;

describe.skipIf(why !== null)('icons rendered from the one SVG', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases = [16, 32, 48, 96, 128].map((size) => ({ png: `public/icon/${size}.png`, canvas: size, mark: size }));
  cases.push({ png: 'test/store/icon-128.png', canvas: 128, mark: 96 });

  for (const c of cases) {
    it(`${c.png} is the SVG at ${c.mark} px on a ${c.canvas} px canvas`, async () => {
      const page = await browser.newPage();
      const diff = await page.evaluate(
        async ({ svg, png, canvas, mark }) => {
          const load = async (src: string) => {
            const img = new Image();
            img.src = src;
            await img.decode();
            return img;
          };
          const pixels = (img: HTMLImageElement, size: number, at: number) => {
            const c = document.createElement('canvas');
            c.width = c.height = canvas;
            const g = c.getContext('2d')!;
            g.drawImage(img, at, at, size, size);
            return g.getImageData(0, 0, canvas, canvas).data;
          };
          const [s, p] = await Promise.all([load(svg), load(png)]);
          const a = pixels(s, mark, (canvas - mark) / 2);
          const b = pixels(p, canvas, 0);
          let sum = 0;
          let max = 0;
          for (let i = 0; i < a.length; i++) {
            const d = Math.abs(a[i]! - b[i]!);
            sum += d;
            max = Math.max(max, d);
          }
          return { width: p.naturalWidth, height: p.naturalHeight, mean: sum / a.length, max };
        },
        { svg: dataUrl('public/icon.svg', 'image/svg+xml'), png: dataUrl(c.png, 'image/png'), canvas: c.canvas, mark: c.mark },
      );
      await page.close();
      expect([diff.width, diff.height]).toEqual([c.canvas, c.canvas]);
      // Anti-aliasing may differ by a shade between Chromium versions; a changed drawing differs by far more.
      expect(diff.mean, JSON.stringify(diff)).toBeLessThan(1.5);
      expect(diff.max, JSON.stringify(diff)).toBeLessThan(96);
    });
  }
});
