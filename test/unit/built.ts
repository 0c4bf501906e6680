import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers';

/** The build output folder: FITMARK_OUT when set (parallel builds keep apart), else WXT's .output. */
export const OUT = join(ROOT, process.env.FITMARK_OUT ?? '.output');
export const CHROME_DIR = join(OUT, 'chrome-mv3');
export const FIREFOX_DIR = join(OUT, 'firefox-mv3');

/**
 * Why the built extension for `dir` cannot be checked here, or null when it can.
 * `npm test` builds both first; under CI=true a missing build is an error, never a skip.
 */
export function builtUnavailable(dir: string, build: string): string | null {
  if (existsSync(join(dir, 'manifest.json'))) return null;
  const why = `no built extension in ${dir} (${build})`;
  if (process.env.CI === 'true') throw new Error(`must run under CI: ${why}`);
  console.warn(`skipped: ${why}`);
  return why;
}

export function builtManifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}
