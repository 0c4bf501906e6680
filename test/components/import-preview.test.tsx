import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataControls } from '@/components/DataControls';
import { prepareImport } from '@/components/popup-actions';
import { createPageAsk } from '@/lib/protocol';
import { createService, type Service } from '@/lib/background/service';
import { activeResume, listHistory, listResumes, loadPreferences, openDb, type FitmarkDb, type ResumeRecord } from '@/lib/db';
import { MAX_IMPORT_BYTES, type ImportSummary } from '@/lib/db/import';
import type { HistoryEntry } from '@/lib/history';
import { bundled } from '@/lib/skills/taxonomy';
import { quietHost } from '../helpers';

/** The popup's import: the real component, the real background service (preview, then import) and a real Dexie database. */
const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
let db: FitmarkDb;
let service: Service;
let n = 0;

async function ask<T>(message: unknown): Promise<T> {
  const reply = await service.handle(message, {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** The popup's own import (components/popup-actions.ts), over the real background service. */
const importVia = (f: File) => prepareImport(createPageAsk(async (m) => service.handle(m, {})), f);

const resume = (id: string, name: string, at: number): ResumeRecord => ({
  id,
  name,
  kind: 'text',
  text: 'Skills: Terraform, Kubernetes',
  skills: [],
  corrections: { added: [], removed: [] },
  warning: null,
  size: 29,
  createdAt: at,
  updatedAt: at,
});
const entry = (jobKey: string, viewedAt: number): HistoryEntry => ({
  jobKey,
  url: `https://jobs.example.com/${jobKey}`,
  title: `Job ${jobKey}`,
  company: 'Acme',
  site: 'greenhouse',
  score: 60,
  missing: [],
  viewedAt,
});
const exportFile = (o: { version?: number; resumes?: ResumeRecord[]; settings?: unknown[]; history?: unknown[] }) =>
  new File(
    [JSON.stringify({ format: 'fitmark-export', version: o.version ?? 2, exportedAt: new Date(NOW).toISOString(), resumes: o.resumes ?? [], settings: o.settings ?? [], history: o.history ?? [] })],
    'fitmark-export-2026-06-01.json',
    { type: 'application/json' },
  );

let mine: ResumeRecord;
beforeEach(async () => {
  db = openDb(`import-ui-${++n}`, new IDBFactory(), IDBKeyRange);
  service = createService(db, bundled, quietHost({ newId: () => `here-${++n}`, now: () => NOW }));
  await ask({ type: 'resume.save', name: 'mine.txt', kind: 'text', text: 'Skills: Go and Rust', size: 19 });
  await ask({ type: 'preferences.set', preferences: { sidebar: 'collapsed' } });
  mine = (await listResumes(db))[0]!;
});

const stored = async () => ({ resumes: await db.resumes.toArray(), settings: await db.settings.toArray(), history: await db.history.toArray() });
const renderControls = () => render(<DataControls onExport={async () => {}} onImport={importVia} onDeleteAll={async () => {}} />);
const lines = (dialog: HTMLElement) => within(dialog).queryAllByTestId('import-preview-line').map((l) => l.textContent);

describe('import preview', () => {
  const replacing = () =>
    exportFile({
      resumes: [resume(mine.id, 'mine (old laptop).txt', mine.updatedAt - 3 * DAY), resume('new-1', 'fresh.txt', NOW - DAY)],
      settings: [
        { key: 'preferences', value: { sidebar: 'never', highlights: false, disabledBoards: ['linkedin'] } },
        { key: 'activeResumeId', value: 'new-1' },
      ],
      history: [entry('j1', NOW - DAY), entry('j2', NOW - 2 * DAY), entry('bad', 1e300)],
    });

  it('shows what the file replaces before anything is replaced, then imports on yes', async () => {
    renderControls();
    const before = await stored();
    await userEvent.upload(screen.getByTestId('import-file'), replacing());
    const dialog = await screen.findByRole('alertdialog', { name: 'Import this file?' });
    expect(lines(dialog)).toEqual([
      'Adds 1 resume: “fresh.txt”.',
      'Replaces your saved resume “mine.txt” with the file’s copy (“mine (old laptop).txt”), which is older: changes made here since are lost.',
      'Makes “fresh.txt” the resume your matches use (now “mine.txt”).',
      'Changes your preferences: sidebar on a posting Collapsed → Closed; highlights in the posting on → off; boards turned off none → LinkedIn.',
      'Adds 2 postings to your history.',
      'Leaves out 1 posting with an impossible date (not a real day, or in the future).',
    ]);
    // Shown, not done: the database is as it was.
    expect(await stored()).toEqual(before);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Added 1 resume: “fresh.txt”.'));
    expect(screen.getByRole('status').textContent).toContain('Left out 1 posting with an impossible date');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await listResumes(db)).map((r) => r.name).sort()).toEqual(['fresh.txt', 'mine (old laptop).txt']);
    expect((await activeResume(db))?.name).toBe('fresh.txt');
    expect(await loadPreferences(db)).toEqual({ sidebar: 'never', highlights: false, disabledBoards: ['linkedin'] });
    expect((await listHistory(db)).map((h) => h.jobKey)).toEqual(['j1', 'j2']);
  });

  it('Cancel imports nothing, and says so', async () => {
    renderControls();
    const before = await stored();
    await userEvent.upload(screen.getByTestId('import-file'), replacing());
    const dialog = await screen.findByRole('alertdialog', { name: 'Import this file?' });
    // Cancel has the focus: Enter does not replace anything by accident.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('status').textContent).toBe('Nothing was imported.');
    expect(await stored()).toEqual(before);
  });

  it('a file from a newer Fitmark is told as such, with no question asked', async () => {
    renderControls();
    await userEvent.upload(screen.getByTestId('import-file'), exportFile({ version: 3, resumes: [resume('x', 'x.txt', NOW)] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/made by a newer version of Fitmark .* update Fitmark to import it/);
    expect(alert.textContent).not.toMatch(/damaged/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.resumes.count()).toBe(1);
  });

  it('announces the history limit in the preview: the newest 2,000 of 5,000', async () => {
    renderControls();
    const history = Array.from({ length: 5000 }, (_, i) => entry(`j${i}`, NOW - (i + 1) * 60_000));
    await userEvent.upload(screen.getByTestId('import-file'), exportFile({ history }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Import this file?' }, { timeout: 10_000 });
    expect(lines(dialog)).toEqual(['Adds 2,000 postings to your history.', 'History keeps 2,000 postings: keeps the newest 2,000 of 5,000.']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('kept the newest 2,000 of 5,000'), { timeout: 10_000 });
    expect(await db.history.count()).toBe(2000);
  });

  it('a file larger than Fitmark can import at once gets the limit said, before it is read', async () => {
    const onImport = vi.fn(importVia);
    render(<DataControls onExport={async () => {}} onImport={onImport} onDeleteAll={async () => {}} />);
    await userEvent.upload(screen.getByTestId('import-file'), new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'huge.json', { type: 'application/json' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is larger than 60 MB, more than Fitmark can import at once (a Fitmark export is far smaller). Nothing was imported.',
    );
    expect(onImport).not.toHaveBeenCalled();
  });

  it('counts a record listed twice once, and a file with nothing new asks nothing', async () => {
    renderControls();
    const twice = exportFile({ resumes: [resume('r9', 'cv.txt', NOW - 2 * DAY), resume('r9', 'cv.txt', NOW - DAY)], history: [entry('j1', NOW - DAY), entry('j1', NOW - DAY)] });
    await userEvent.upload(screen.getByTestId('import-file'), twice);
    const dialog = await screen.findByRole('alertdialog', { name: 'Import this file?' });
    expect(lines(dialog)).toEqual([
      'Adds 1 resume: “cv.txt”.',
      'Adds 1 posting to your history.',
      'The file lists 2 records more than once; each is counted once, its latest copy kept.',
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Added 1 resume'));
    // The same file again: nothing to confirm.
    await userEvent.upload(screen.getByTestId('import-file'), twice);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Nothing to import: everything in this file is already here\./));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
