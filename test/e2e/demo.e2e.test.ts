import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { e2eUnavailable } from './browser';

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('npm run demo on a machine without a display', () => {
  // The demo's own temporary folder: whatever it leaves behind shows here.
  const tmp = mkdtempSync(join(tmpdir(), 'fitmark-demo-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('runs headless, says so, prints the score, saves a screenshot and leaves no profile or temp folder', { timeout: 120_000 }, async () => {
    const shot = join(tmp, 'out', 'demo.png');
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: join(tmp, 'tmp'), DEMO_SCREENSHOT: shot, DEMO_HEADLESS: '' };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    mkdirSync(env.TMPDIR!, { recursive: true });
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'test/e2e/demo.ts')], { cwd: ROOT, env, timeout: 110_000 });
    expect(stderr).toBe('');
    expect(stdout).toContain('no display (DISPLAY and WAYLAND_DISPLAY are not set), so it runs headless and saves a screenshot');
    expect(stdout).toMatch(/"Senior Infrastructure Engineer" scores \d{1,3} against the sample resume\. Screenshot: /);
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    // tsx keeps its compile cache there (tsx-<uid>, reused by every run); nothing else may remain.
    expect(readdirSync(env.TMPDIR!).filter((f) => !/^tsx-\d+$/.test(f))).toEqual([]);
  });
});
