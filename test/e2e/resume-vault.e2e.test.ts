import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { projectFixture, sharedFixture } from '../helpers';
import { e2eUnavailable, launch, type Session } from './browser';

const skip = e2eUnavailable();

describe.skipIf(skip !== null)('the resume vault in real Chromium', () => {
  let s: Session;
  let popup: Page;
  beforeAll(async () => {
    s = await launch();
    popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await s?.close();
  });

  const item = (name: string) => popup.locator('[data-testid="resume-item"]', { hasText: name });

  it('uploads a real PDF through the file chooser and shows its skills', async () => {
    const real = sharedFixture('resumes/sourabh_bajaj_resume.pdf') ?? projectFixture('sample-resume.pdf');
    const name = real.split('/').pop()!;
    const chooser = popup.waitForEvent('filechooser');
    await popup.locator('[data-testid="resume-file"]').click();
    await (await chooser).setFiles(real);
    await expect.poll(() => item(name).count(), { timeout: 20_000 }).toBe(1);
    const skills = await item(name).locator('[data-skill]').evaluateAll((els) => els.map((e) => e.getAttribute('data-skill')));
    expect(skills.length).toBeGreaterThan(5);
    expect(skills).toEqual(expect.arrayContaining(['python', 'docker', 'aws']));
  });

  it('corrects a skill, makes the resume active and deletes it', async () => {
    const real = sharedFixture('resumes/sourabh_bajaj_resume.pdf') ?? projectFixture('sample-resume.pdf');
    const name = real.split('/').pop()!;
    // A second resume, so that "active" means something.
    await popup.locator('[data-testid="resume-file"]').setInputFiles(projectFixture('sample-resume.docx'));
    await expect.poll(() => item('sample-resume.docx').count(), { timeout: 20_000 }).toBe(1);
    // The list and the active id are two live queries: the item may render one frame before it is marked active.
    await expect.poll(() => item('sample-resume.docx').getAttribute('aria-current'), { timeout: 5_000 }).toBe('true');

    await item(name).getByRole('button', { name: 'Remove Docker' }).click();
    await expect.poll(() => item(name).locator('[data-skill="docker"]').count()).toBe(0);
    await item(name).getByPlaceholder('Add a skill').fill('Kubernetes');
    await item(name).getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => item(name).locator('[data-skill="kubernetes"]').count()).toBe(1);

    await item(name).getByRole('button', { name: 'Use this one' }).click();
    await expect.poll(() => item(name).getAttribute('aria-current')).toBe('true');

    await popup.reload(); // corrections and the active choice are stored, not just shown
    await expect.poll(() => item(name).getAttribute('aria-current')).toBe('true');
    expect(await item(name).locator('[data-skill="docker"]').count()).toBe(0);
    expect(await item(name).locator('[data-skill="kubernetes"]').count()).toBe(1);

    await item(name).getByRole('button', { name: `Delete ${name}` }).click();
    await expect.poll(() => item(name).count()).toBe(0);
    expect(await popup.getByTestId('undo').textContent()).toContain(name);
    await expect.poll(() => item('sample-resume.docx').getAttribute('aria-current')).toBe('true');
  });
});
