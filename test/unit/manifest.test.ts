import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtManifest, builtUnavailable, CHROME_DIR, FIREFOX_DIR } from './built';

/** Manifest keys that take over a page of the browser (new tab, history, bookmarks, home page, search engine). */
const OVERRIDES = ['chrome_url_overrides', 'browser_url_overrides', 'chrome_settings_overrides'];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const builds = [
  { name: 'Chrome', dir: CHROME_DIR, build: 'npx wxt build' },
  { name: 'Firefox', dir: FIREFOX_DIR, build: 'npx wxt build -b firefox' },
];

for (const { name, dir, build } of builds) {
  describe.skipIf(builtUnavailable(dir, build) !== null)(`the built ${name} manifest`, () => {
    const manifest = () => builtManifest(dir);

    it('takes over no page of the browser (Ctrl+H stays the browser\'s History)', () => {
      const m = manifest();
      for (const key of OVERRIDES) expect(m, `manifest key ${key}`).not.toHaveProperty(key);
      // Nothing under any spelling: a key WXT or a future browser adds for an override fails here too.
      expect(Object.keys(m).filter((k) => /override/i.test(k))).toEqual([]);
      // The pages we ship are ours, opened by links: none is named after a page WXT turns into an override.
      const pages = readFileSync(join(dir, 'manifest.json'), 'utf8');
      expect(pages).not.toMatch(/"(newtab|history|bookmarks)\.html"/);
    });

    it('is Manifest V3 with the icons at every size, as real PNGs of that size', () => {
      const m = manifest() as { manifest_version: number; icons: Record<string, string>; action: { default_icon: Record<string, string>; default_popup: string } };
      expect(m.manifest_version).toBe(3);
      for (const icons of [m.icons, m.action.default_icon]) {
        expect(Object.keys(icons).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
        for (const [size, path] of Object.entries(icons)) {
          expect(pngSize(join(dir, path)), path).toEqual({ width: Number(size), height: Number(size) });
        }
      }
      expect(m.action.default_popup).toBe('popup.html');
    });

    it('ships the privacy policy page: what is stored, where, how long, how to delete it, and that nothing is sent', () => {
      const html = readFileSync(join(dir, 'privacy.html'), 'utf8');
      for (const id of ['what', 'where', 'how-long', 'delete', 'sent']) expect(html).toContain(`id="${id}"`);
      expect(html).toContain('Fitmark sends nothing anywhere.');
      // Every local file it links or loads is in the build.
      for (const [, ref] of html.matchAll(/(?:href|src)="\/([^"#?]+)"/g)) expect(readFileSync(join(dir, ref!)).length, ref).toBeGreaterThan(0);
    });

    it('asks for storage, activeTab and scripting, and host access to the job boards only', () => {
      const m = manifest() as { permissions: string[]; host_permissions: string[] };
      expect(m.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
      expect(m.host_permissions.length).toBeGreaterThan(5);
      for (const p of m.host_permissions) expect(p).not.toMatch(/^<all_urls>$|^\*:\/\/\*\/|^https?:\/\/\*\//);
    });
  });
}

describe.skipIf(builtUnavailable(FIREFOX_DIR, 'npx wxt build -b firefox') !== null)('the built Firefox manifest for addons.mozilla.org', () => {
  it('declares that Fitmark collects no data, with the versions that read the key', () => {
    const m = builtManifest(FIREFOX_DIR) as {
      browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: unknown }; gecko_android: { strict_min_version: string } };
      background: { scripts?: string[]; service_worker?: string };
    };
    const { gecko, gecko_android } = m.browser_specific_settings;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko.id).toBe('fitmark@fitmark.invalid');
    expect(parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(parseFloat(gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    expect(m.background.scripts).toEqual(['background.js']);
  });
});
