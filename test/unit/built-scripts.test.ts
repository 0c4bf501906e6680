import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtUnavailable, CHROME_DIR, FIREFOX_DIR } from './built';

/** Our scripts in a build: the worker, the content script, the pages' chunks (not pdf.js's worker, shipped as it comes). */
function ourScripts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const builds = [
  { name: 'Chrome', dir: CHROME_DIR, build: 'npx wxt build' },
  { name: 'Firefox', dir: FIREFOX_DIR, build: 'npx wxt build -b firefox' },
];

for (const { name, dir, build } of builds) {
  describe.skipIf(builtUnavailable(dir, build) !== null)(`the built ${name} scripts`, () => {
    // V8 keeps a script's source in memory one byte a character when all of it is Latin-1, else two: one "’" in the
    // worker's 900 KB made it hold 1.8 MB for its whole life. The bundler escapes every other character (charset ascii
    // in wxt.config.ts) but cannot inside String.raw`…`, whose text is kept as written: write \u2019 there (a
    // RegExp reads the escape as the character).
    it('are Latin-1 throughout (the background script and the content script above all)', () => {
      const scripts = ourScripts(dir);
      expect(scripts.map((f) => relative(dir, f))).toEqual(expect.arrayContaining(['background.js', 'content-scripts/content.js']));
      const wide = scripts.flatMap((f) => {
        const text = readFileSync(f, 'utf8');
        const chars = [...new Set([...text].filter((c) => c.charCodeAt(0) > 0xff))];
        return chars.length ? [`${relative(dir, f)}: ${chars.map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(' ')}`] : [];
      });
      expect(wide).toEqual([]);
    });
  });
}
