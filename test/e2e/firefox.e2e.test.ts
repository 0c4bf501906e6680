/**
 * Fitmark in real Firefox: the built Firefox extension installed into the
 * system's Firefox ESR (apt-get install -y firefox-esr), driven by
 * puppeteer-core over WebDriver BiDi. A resume is saved through the popup page
 * and the sidebar shows the score on a Greenhouse posting served at its real
 * URL by request interception (nothing reaches the network).
 *
 * The sidebar lives in a closed shadow root that no page script can read:
 * the test reaches it the way BiDi allows, by serialising the host node with
 * `includeShadowTree: "all"` and calling functions with the shadow root as
 * `this` (raw BiDi commands through puppeteer's connection).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectFixture, ROOT } from '../helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = join(ROOT, process.env.FITMARK_OUT ?? '.output', 'firefox-mv3');
const GECKO_ID = 'fitmark@fitmark.invalid';
/** The moz-extension:// host Firefox gives Fitmark in this profile (set by pref, so the popup's URL is known). */
const UUID = '6f3c2b1a-9d4e-4f5a-8b7c-0e1d2c3b4a59';
const GREENHOUSE = 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001';
const PAGE = projectFixture('pages/greenhouse-job-boards.html');
const RESUME = join(ROOT, 'lib/cli/samples/resume.txt');

/** Why this cannot run here, or null. Under CI=true it must run. */
function unavailable(): string | null {
  const why = !existsSync(FIREFOX)
    ? `no Firefox at ${FIREFOX} (apt-get install -y firefox-esr)`
    : !existsSync(join(EXTENSION, 'manifest.json'))
      ? `no built Firefox extension in ${EXTENSION} (npx wxt build -b firefox)`
      : null;
  if (why && process.env.CI === 'true') throw new Error(`the Firefox end-to-end test must run under CI: ${why}`);
  if (why) console.warn(`skipped Firefox end-to-end test: ${why}`);
  return why;
}
const skip = unavailable();

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** The page's top-level browsing context id (puppeteer's BiDi frame keeps it as `_id`). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * The sidebar in `page`, through its closed shadow root. The host is a plain
 * element appended to <body>: every such element is serialised with its
 * shadow tree, and the closed root holding `[data-testid="fitmark-sidebar"]` is ours.
 */
function closedSidebar(browser: Browser, page: Page) {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const context = contextOf(page);
  async function call<T>(shadowRootId: string, fn: string, ...args: Array<string | number>): Promise<T | null> {
    const { result } = await bidi.send('script.callFunction', {
      functionDeclaration: fn,
      this: { sharedId: shadowRootId },
      arguments: args.map((a) => (typeof a === 'string' ? { type: 'string', value: a } : { type: 'number', value: a })),
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`in the sidebar: ${JSON.stringify(result.exceptionDetails)}`);
    const value = result.result as RemoteValue;
    return value.type === 'null' || value.type === 'undefined' ? null : (value.value as T);
  }
  /** The host element and its closed shadow root, or null before the sidebar mounts. */
  async function find(): Promise<{ host: string; root: string } | null> {
    const { result } = await bidi.send('browsingContext.locateNodes', {
      context,
      locator: { type: 'css', value: 'body > *, html > *' },
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    for (const node of result.nodes as RemoteValue[]) {
      const shadow = (node.value as { shadowRoot?: RemoteValue & { value?: { mode?: string } } } | undefined)?.shadowRoot;
      if (!shadow?.sharedId || shadow.value?.mode !== 'closed') continue;
      if (await call<boolean>(shadow.sharedId, 'function(){ return !!this.querySelector(\'[data-testid="fitmark-sidebar"]\'); }')) return { host: node.sharedId!, root: shadow.sharedId };
    }
    return null;
  }
  const root = async () => (await find())?.root ?? null;
  return {
    /** What the page's own scripts see of our host element (run in the page's main world), or null before it mounts. */
    async hostAsPageSeesIt(): Promise<{ shadowRoot: boolean; text: string; html: string; attributes: string[] } | null> {
      const found = await find();
      if (!found) return null;
      const { result } = await bidi.send('script.callFunction', {
        functionDeclaration: 'function(){ return JSON.stringify({ shadowRoot: this.shadowRoot !== null, text: this.textContent, html: this.innerHTML, attributes: this.getAttributeNames() }); }',
        this: { sharedId: found.host },
        target: { context },
        awaitPromise: false,
        resultOwnership: 'none',
      });
      return JSON.parse((result.result as { value: string }).value) as { shadowRoot: boolean; text: string; html: string; attributes: string[] };
    },
    /** textContent of the first match in the sidebar, or null when the sidebar or the element is not there. */
    async text(selector: string): Promise<string | null> {
      const id = await root();
      return id ? call<string>(id, 'function(sel){ const e = this.querySelector(sel); return e ? e.textContent : null; }', selector) : null;
    },
    async list(selector: string, attribute: string): Promise<string[]> {
      const id = await root();
      return id ? ((await call<RemoteValue[]>(id, 'function(sel, a){ return [...this.querySelectorAll(sel)].map((e) => e.getAttribute(a)); }', selector, attribute)) ?? []).map((v) => String(v.value)) : [];
    },
  };
}

async function poll<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await fn().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(skip !== null)('Fitmark in real Firefox (WebDriver BiDi)', () => {
  let browser: Browser;
  let profile: string;
  const outside: string[] = [];

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'fitmark-firefox-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      // WebDriver may not navigate to moz-extension:// pages without it; the popup is one.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // The posting is served by interception at its https:// URL; nothing else may go out.
        'dom.security.https_first': false,
        'network.dns.disableIPv6': true,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
      },
    });
    expect(await browser.installExtension(EXTENSION)).toBe(GECKO_ID);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A tab where the Greenhouse posting is served from the fixture and every other request is refused (and recorded). */
  async function jobTab(): Promise<Page> {
    const page = await browser.newPage();
    const html = readFileSync(PAGE, 'utf8');
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(GREENHOUSE) && request.isNavigationRequest()) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else if (url.startsWith('data:')) void request.continue();
      else {
        outside.push(url);
        void request.abort();
      }
    });
    return page;
  }

  it('installs as a Manifest V3 extension that collects no data', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as { manifest_version: number };
    expect(manifest.manifest_version).toBe(3);
    expect((await browser.version()).toLowerCase()).toContain('firefox');
  });

  it('saves a resume through the popup page, then shows the sidebar with the score on a Greenhouse posting', async () => {
    // The popup, opened as a page at its moz-extension:// URL.
    const popup = await browser.newPage();
    // Firefox moves the tab to the extension's process: the navigation completes there, not where puppeteer waits for it.
    await popup.goto(`moz-extension://${UUID}/popup.html`, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
    await poll('the popup', () => popup.evaluate(() => document.querySelector('textarea[aria-label="Resume text"]') !== null), (v) => v);
    const text = readFileSync(RESUME, 'utf8');
    await popup.evaluate(
      (name, body) => {
        // React-controlled fields: set through the native setter and announce it, as typing does.
        const set = (el: HTMLInputElement | HTMLTextAreaElement, v: string) => {
          const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
          Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, v);
          el.dispatchEvent(new Event('input', { bubbles: true }));
        };
        set(document.querySelector<HTMLInputElement>('.pp-paste input[type="text"]')!, name);
        set(document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Resume text"]')!, body);
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save pasted resume')!.click();
      },
      'Sample resume (Sam Rivera)',
      text,
    );
    const saved = await poll(
      'the saved resume in the popup',
      () => popup.evaluate(() => [...document.querySelectorAll('[data-testid="resume-item"]')].map((e) => e.textContent ?? '')),
      // The first resume saved becomes the active one (its badge follows the save by a moment).
      (items) => items.length === 1 && items[0]!.includes('active'),
    );
    expect(saved[0]).toContain('Sample resume (Sam Rivera)');

    // The posting, at its real URL.
    const job = await jobTab();
    await job.goto(GREENHOUSE, { waitUntil: 'load' });
    expect(await job.title()).toContain('Platform Engineer');
    const sidebar = closedSidebar(browser, job);
    const score = await poll('the score in the sidebar', () => sidebar.text('[data-testid="fitmark-score"]'), (t) => t !== null && /\d/.test(t), 45_000);
    const shown = Number(/\d+/.exec(score!)![0]);

    // The same score the command line computes for this page and this resume: one pipeline, in Firefox too.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'lib/cli/analyze.ts'), '--page', PAGE, '--url', GREENHOUSE, '--resume', RESUME, '--json'],
      { cwd: ROOT, maxBuffer: 16 << 20 },
    );
    const cli = JSON.parse(stdout) as { match: { score: number; missing: Array<{ id: string }> } };
    expect(shown).toBe(cli.match.score);
    expect(await sidebar.text('.fm-title')).toBe('Platform Engineer');
    const missing = await sidebar.list('[data-testid="fitmark-missing"] > li', 'data-skill');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing).toEqual(expect.arrayContaining(cli.match.missing.slice(0, 3).map((m) => m.id)));
    console.log(`Firefox ${await browser.version()}: sidebar score ${shown} (command line: ${cli.match.score}), missing ${missing.slice(0, 5).join(', ')}…`);

    // The page's own scripts see an empty element: no shadow root, no text of ours.
    expect(await sidebar.hostAsPageSeesIt()).toEqual({ shadowRoot: false, text: '', html: '', attributes: ['style'] });
    expect(outside.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
    await popup.close();
    await job.close();
  });
});
