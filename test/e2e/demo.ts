/**
 * `npm run demo`: opens Chromium with the built extension on the bundled
 * sample posting (served at a Greenhouse URL, nothing leaves the machine), with
 * the bundled sample resume saved. Close the browser window to end.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION } from './browser';
import { ROOT } from '../helpers';

function page(text: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const [first, ...rest] = text.split('\n');
  const [company, title, location] = (first ?? '').split(' | ');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Job Application for ${esc(title ?? '')} at ${esc(company ?? '')}</title></head>
<body style="font-family:sans-serif;max-width:760px;margin:40px auto 40px 60px"><div class="job__title"><h1 class="section-header">${esc(title ?? '')}</h1>
<p class="body body--metadata">${esc(location ?? '')}</p></div><div class="job__description">${rest
    .map((l) => (l.trim() ? `<p>${esc(l)}</p>` : ''))
    .join('\n')}</div></body></html>`;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'fitmark-demo-')), {
    executablePath: CHROMIUM,
    headless: process.env.DEMO_HEADLESS === '1',
    viewport: process.env.DEMO_HEADLESS === '1' ? { width: 1200, height: 820 } : null,
    colorScheme: process.env.DEMO_DARK === '1' ? 'dark' : 'light',
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), // Chromium refuses to run as root otherwise
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  await context.route(/^https?:\/\//, (r) => r.abort('blockedbyclient'));
  const html = page(readFileSync(join(ROOT, 'lib/cli/samples/posting.txt'), 'utf8'));
  await context.route(/^https:\/\/job-boards\.greenhouse\.io\//, (r) =>
    r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const resume = readFileSync(join(ROOT, 'lib/cli/samples/resume.txt'), 'utf8');
  await popup.evaluate(
    (text) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'resume.save', name: 'Sample resume (Sam Rivera)', kind: 'paste', text, size: text.length }),
    resume,
  );
  const job = await context.newPage();
  await job.goto('https://job-boards.greenhouse.io/harborfreightlabs/jobs/4500000001');
  await popup.close();
  process.stdout.write('Fitmark demo: the sample posting is open with the sample resume saved. Close the window to finish.\n');
  if (process.env.DEMO_HEADLESS === '1') {
    await job.waitForSelector('[data-testid="fitmark-score"]', { timeout: 15_000 });
    if (process.env.DEMO_SCREENSHOT) await job.screenshot({ path: process.env.DEMO_SCREENSHOT });
    await context.close();
    return;
  }
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

main().catch((e: unknown) => {
  process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
