import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { e2eUnavailable, launch, type Session } from './browser';

/**
 * The guide page in real Chromium: a missing skill's link lands on a full
 * section with the figures from real postings, the skill's own section or a
 * role's. FITMARK_SCREENSHOTS=1 writes test/e2e/screenshots/guide-{skill,role}.png.
 */
const skip = e2eUnavailable();
const SHOTS = process.env.FITMARK_SCREENSHOTS === '1';

describe.skipIf(skip !== null)('the guide page, in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const [name, anchor, heading] of [
    ['skill', 'skill-kubernetes', 'Kubernetes'],
    ['role', 'backend-engineer--postgresql', 'PostgreSQL'],
  ] as const) {
    it(`lands on #${anchor}, a full section with market figures`, async () => {
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/guide.html#${anchor}`);
      const sec = page.locator(`[id="${anchor}"]`);
      await expect.poll(() => sec.getAttribute('class')).toContain('g-target');
      const text = (await sec.textContent()) ?? '';
      for (const label of ['What it is.', 'What the market expects.', 'How to show it on a resume.', 'How to close the gap.']) expect(text).toContain(label);
      expect(text).toContain(heading);
      expect(await sec.locator('[data-testid="demand"]').textContent()).toMatch(/Asked in \d+(\.\d)?% of [\d,]+ postings \(Jan–May 2026/);
      // The heading has focus: a screen reader starts reading the section the link named.
      expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe(anchor);
      if (SHOTS) {
        mkdirSync(join(ROOT, 'test/e2e/screenshots'), { recursive: true });
        await page.setViewportSize({ width: 1100, height: 760 });
        await sec.scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(ROOT, `test/e2e/screenshots/guide-${name}.png`) });
      }
      await page.close();
    });
  }
});
