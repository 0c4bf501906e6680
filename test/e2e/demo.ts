/**
 * `npm run demo`: opens Chromium with the built extension on the bundled
 * sample posting (served at a Greenhouse URL, nothing leaves the machine), with
 * the bundled sample resume saved. Close the browser window to end.
 *
 * Without a display (no DISPLAY or WAYLAND_DISPLAY, e.g. over SSH or in a
 * container) it runs headless instead: it waits for the sidebar's score, saves
 * a screenshot, prints where, and exits. DEMO_HEADLESS=1 asks for that on a
 * desktop too; DEMO_SCREENSHOT=FILE picks the file; DEMO_DARK=1 the dark theme. DEMO_POSTING=FILE and
 * DEMO_RESUME=FILE show another posting (its first line "Company | Title | Location", as the sample's) and resume.
 *
 * The browser profile is a temporary folder, removed when the demo ends.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, EXTENSION } from './browser';
import { sidebar } from './closed-root';
import { ROOT } from '../helpers';

const URL_ = 'https://job-boards.greenhouse.io/harborfreightlabs/jobs/4500000001';

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

/** Why a window cannot be shown here, or null when it can. */
function noDisplay(): string | null {
  if (process.env.DEMO_HEADLESS === '1') return 'DEMO_HEADLESS=1';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (DISPLAY and WAYLAND_DISPLAY are not set)';
  return null;
}

async function open(profile: string, headless: boolean): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    colorScheme: process.env.DEMO_DARK === '1' ? 'dark' : 'light',
    timeout: 30_000,
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
}

async function main(profile: string): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no built extension in ${EXTENSION}: npm run build`);
  let why = noDisplay();
  let context: BrowserContext;
  if (why) context = await open(profile, true);
  else {
    try {
      context = await open(profile, false);
    } catch (e) {
      why = `the browser window could not open (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})`;
      context = await open(profile, true);
    }
  }
  const headless = why !== null;
  if (headless) process.stdout.write(`Fitmark demo: ${why}, so it runs headless and saves a screenshot instead of opening a window.\n`);

  await context.route(/^https?:\/\//, (r) => r.abort('blockedbyclient'));
  const html = page(readFileSync(process.env.DEMO_POSTING ?? join(ROOT, 'lib/cli/samples/posting.txt'), 'utf8'));
  await context.route(/^https:\/\/job-boards\.greenhouse\.io\//, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  const resume = readFileSync(process.env.DEMO_RESUME ?? join(ROOT, 'lib/cli/samples/resume.txt'), 'utf8');
  await popup.evaluate(
    ({ text, name }) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'resume.save', name, kind: 'paste', text, size: text.length }),
    { text: resume, name: process.env.DEMO_RESUME ? basename(process.env.DEMO_RESUME) : 'Sample resume (Sam Rivera)' },
  );
  const job = await context.newPage();
  await job.goto(URL_);
  await popup.close();

  if (!headless) {
    process.stdout.write('Fitmark demo: the sample posting is open with the sample resume saved. Close the window to finish.\n');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    return;
  }
  const end = Date.now() + 30_000;
  while ((await sidebar(job).countOf('[data-testid="fitmark-score"]')) !== 1) {
    if (Date.now() > end) throw new Error('the sidebar showed no score within 30 s');
    await job.waitForTimeout(200);
  }
  await job.waitForTimeout(500); // the score's count-up settles
  const score = (await sidebar(job).text('[data-testid="fitmark-score"]'))?.trim();
  const title = (await sidebar(job).text('.fm-title'))?.trim();
  const shot = process.env.DEMO_SCREENSHOT ?? join(ROOT, process.env.FITMARK_OUT ?? '.output', 'demo.png');
  mkdirSync(dirname(shot), { recursive: true });
  await job.screenshot({ path: shot });
  await context.close();
  const shown = relative(process.cwd(), shot) || shot;
  process.stdout.write(`Fitmark demo: "${title}" scores ${score} against the ${process.env.DEMO_RESUME ? 'resume given' : 'sample resume'}. Screenshot: ${shown.startsWith('..') ? shot : shown}\n`);
}

const profile = mkdtempSync(join(tmpdir(), 'fitmark-demo-'));
const cleanUp = () => rmSync(profile, { recursive: true, force: true });
// Ctrl+C in the terminal ends Chromium too; the profile goes with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
main(profile)
  .catch((e: unknown) => {
    process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
