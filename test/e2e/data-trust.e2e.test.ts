import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eUnavailable, launch, type Session } from './browser';

/**
 * Issue #10, the data side, in the built extension in real Chromium: text
 * resumes in the encodings editors save, resumes as big as the advertised
 * 10 MB, an import shown before it replaces anything, and a stored date that
 * is not one on the postings page.
 */
const skip = e2eUnavailable();

describe.skipIf(skip !== null)('resumes and imports as users make them, in real Chromium', () => {
  let s: Session;
  let popup: Page;
  const url = (page: string) => `chrome-extension://${s.extensionId}/${page}`;
  beforeAll(async () => {
    s = await launch();
    popup = await s.context.newPage();
    await popup.goto(url('popup.html'));
  });
  afterAll(async () => {
    await s?.close();
  });

  const item = (name: string) => popup.locator('[data-testid="resume-item"]', { hasText: name });
  const skillsOf = (name: string) => item(name).locator('[data-skill]').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));
  const upload = (name: string, buffer: Buffer) => popup.locator('[data-testid="resume-file"]').setInputFiles({ name, mimeType: 'text/plain', buffer });

  it('reads a Notepad "Unicode" (UTF-16 LE with BOM) and an "ANSI" (Windows-1252) resume', async () => {
    const text = 'José Müller — naïve café\r\nExperience\r\nSite reliability engineer\r\nSkills\r\nKubernetes, Terraform\r\n';
    await upload('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expect.poll(() => item('unicode.txt').count(), { timeout: 20_000 }).toBe(1);
    expect(await skillsOf('unicode.txt')).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));

    // "—" is 0x97 in Windows-1252: a byte that is not UTF-8 and not printable ISO-8859-1.
    const ansi = Buffer.from(text.replace('—', '\u0000'), 'latin1');
    ansi[ansi.indexOf(0)] = 0x97;
    await upload('ansi.txt', ansi);
    await expect.poll(() => item('ansi.txt').count(), { timeout: 20_000 }).toBe(1);
    expect(await skillsOf('ansi.txt')).toEqual(expect.arrayContaining(['kubernetes', 'terraform']));
    expect(await popup.getByTestId('resume-error').count()).toBe(0);
  });

  it('saves a 5 MB .txt and a file with a 261-character name, saying what was cut', async () => {
    const big = `Sam Rivera\nExperience\nPlatform engineer\nSkills\n${'Kubernetes, Terraform and Go\n'.repeat(181_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    await upload('big.txt', Buffer.from(big));
    await expect.poll(() => popup.getByTestId('notice').textContent(), { timeout: 60_000 }).toMatch(/^This resume is 5,2\d\d,\d\d\d characters long; Fitmark keeps the first 1,99\d,\d\d\d/);
    // The notice is the save's reply; the list is a live query of the database and follows it within a
    // frame (under load, after the notice: failed once in CI). Waited for, as the other saves here are.
    await expect.poll(() => item('big.txt').count(), { timeout: 20_000 }).toBe(1);

    const long = `${'Platform engineer resume, final version '.repeat(7).slice(0, 257)}.txt`;
    await upload(long, Buffer.from('Sam Rivera\nExperience\nPlatform engineer\nSkills\nTerraform'));
    await expect.poll(() => popup.getByTestId('notice').textContent(), { timeout: 20_000 }).toMatch(/^Its file name was too long, so it is saved as “Platform engineer.*….txt”\.$/);
    expect(await popup.getByTestId('resume-error').count()).toBe(0);
  });

  it('saves a 2-million-character paste', async () => {
    const text = 'Kubernetes, Terraform. '.repeat(86_957).slice(0, 2_000_000);
    await popup.getByPlaceholder('Name (e.g. Resume 2026)').fill('Huge paste');
    // One input event with the whole text, as a paste gives (fill() would take seconds to send 2 MB over the protocol).
    await popup.getByLabel('Resume text').evaluate((el, value) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    await popup.getByRole('button', { name: 'Save pasted resume' }).click();
    await expect.poll(() => item('Huge paste').count(), { timeout: 60_000 }).toBe(1);
    expect(await popup.getByTestId('resume-error').count()).toBe(0);
  });

  it('shows what an import replaces before it replaces it; a newer version is told as such', async () => {
    const now = Date.now();
    const file = (version: number) => ({
      name: `fitmark-export-v${version}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'fitmark-export',
          version,
          exportedAt: new Date(now).toISOString(),
          resumes: [],
          settings: [{ key: 'preferences', value: { sidebar: 'never', highlights: false, disabledBoards: [] } }],
          history: [
            { jobKey: 'good', url: 'https://jobs.example.com/1', title: 'SRE', company: 'Acme', site: 'greenhouse', score: 70, missing: [], viewedAt: now - 60_000 },
            { jobKey: 'bad', url: 'https://jobs.example.com/2', title: 'Bad date', company: 'Acme', site: 'greenhouse', score: 70, missing: [], viewedAt: 1e300 },
          ],
        }),
      ),
    });
    const input = popup.locator('[data-testid="import-file"]');
    await input.setInputFiles(file(3));
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/made by a newer version of Fitmark .* update Fitmark to import it/);

    await input.setInputFiles(file(2));
    const dialog = popup.getByRole('alertdialog', { name: 'Import this file?' });
    await expect.poll(() => dialog.count()).toBe(1);
    const lines = await dialog.getByTestId('import-preview-line').allTextContents();
    expect(lines).toEqual([
      'Changes your preferences: sidebar on a posting Open → Closed; highlights in the posting on → off.',
      'Adds 1 posting to your history.',
      'Leaves out 1 posting with an impossible date (not a real day, or in the future).',
    ]);
    // Nothing changed yet: the background still answers the old preferences.
    const preferences = () =>
      popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'preferences.get' }));
    expect(await preferences()).toMatchObject({ value: { sidebar: 'always' } });
    await dialog.getByRole('button', { name: 'Yes, import' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Changed your preferences' }).count()).toBe(1);
    expect(await preferences()).toMatchObject({ value: { sidebar: 'never', highlights: false } });
  });

  it('the postings page lists a stored date that is not one as "unknown date", and does not blank', async () => {
    // Written straight into the extension's database, as an older Fitmark's unchecked import could have.
    await popup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('fitmark');
          open.onsuccess = () => {
            const tx = open.result.transaction('history', 'readwrite');
            tx.objectStore('history').put({ jobKey: 'stored-bad', url: 'https://jobs.example.com/3', title: 'Stored bad date', company: 'Acme', site: 'lever', score: 10, missing: [], viewedAt: 1e300 });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url('postings.html'));
    const rows = page.locator('[data-testid="history-row"]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.filter({ hasText: 'Stored bad date' }).locator('td').first().textContent()).toBe('unknown date');
    expect(await rows.filter({ hasText: 'SRE' }).locator('time').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
