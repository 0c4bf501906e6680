import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DataControls } from '@/components/DataControls';
import { prepareImport, resumeActions } from '@/components/popup-actions';
import { ResumeManager } from '@/components/ResumeManager';
import { createPageAsk } from '@/lib/protocol';
import { createService, type Service } from '@/lib/background/service';
import { loadNodePdfJs } from '@/lib/cli/pdfjs-node';
import { activeResume, listResumes, openDb, type ExportFile, type FitmarkDb, type SkillRef } from '@/lib/db';
import { bundled } from '@/lib/skills/taxonomy';
import { projectFixture, quietHost } from '../helpers';

/**
 * The popup's flows, end to end but for the browser: the real components, the
 * real background service and a real (fake-indexeddb) Dexie database.
 */
let db: FitmarkDb;
let service: Service;
let n = 0;

async function ask<T>(message: unknown): Promise<T> {
  const reply = await service.handle(message, {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** The popup's own actions (components/popup-actions.ts), over the real background service. */
const actions = resumeActions(createPageAsk(async (m) => service.handle(m, {})), loadNodePdfJs);

function Popup({ skills }: { skills: SkillRef[] }) {
  const resumes = useLiveQuery(() => listResumes(db), []);
  const active = useLiveQuery(() => activeResume(db), []);
  return <ResumeManager resumes={resumes} activeId={active?.id ?? null} knownSkills={skills} actions={actions} undoMs={60_000} />;
}

const file = (path: string, name: string, type: string) => new File([readFileSync(path)], name, { type });
const pdf = () => file(projectFixture('sample-resume.pdf'), 'sam.pdf', 'application/pdf');
const items = () => screen.queryAllByTestId('resume-item');
const chips = (item: HTMLElement) => [...item.querySelectorAll('[data-skill]')].map((c) => c.getAttribute('data-skill'));
let skills: SkillRef[];

beforeEach(async () => {
  db = openDb(`popup-${++n}`, new IDBFactory(), IDBKeyRange);
  service = createService(db, bundled, quietHost({ newId: () => `r${++n}`, now: () => 1_750_000_000_000 + n * 1000 }));
  skills = await ask<SkillRef[]>({ type: 'taxonomy.skills' });
});

describe('popup: resumes', () => {
  it('uploads a PDF through the picker and shows its skills, active', async () => {
    render(<Popup skills={skills} />);
    expect(await screen.findByTestId('no-resumes')).toBeTruthy();
    await userEvent.upload(screen.getByTestId('resume-file'), pdf());
    await waitFor(() => expect(items()).toHaveLength(1), { timeout: 10_000 });
    // The list updates from the database before the save's reply (and the active mark) arrives.
    await waitFor(() => expect(within(items()[0]!).getByText('active')).toBeTruthy(), { timeout: 10_000 });
    const item = items()[0]!;
    expect(within(item).getByText('sam.pdf')).toBeTruthy();
    expect(chips(item)).toEqual(expect.arrayContaining(['terraform', 'aws', 'eks', 'python']));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/Saved sam\.pdf/));
  });

  it('accepts a file dropped on the drop zone', async () => {
    render(<Popup skills={skills} />);
    const zone = screen.getByTestId('drop-zone');
    const dropped = file(projectFixture('sample-resume.docx'), 'sam.docx', '');
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', { value: { files: [dropped] } });
    zone.dispatchEvent(event);
    await waitFor(() => expect(items()).toHaveLength(1), { timeout: 10_000 });
    expect(within(items()[0]!).getByText(/DOCX/)).toBeTruthy();
  });

  it.each([
    ['encrypted.pdf', /protected by a password/],
    ['image-only.pdf', /no text layer/],
    ['zip-renamed.docx', /not a Word document/],
  ])('says clearly what is wrong with %s and keeps what was saved', async (name, message) => {
    await ask({ type: 'resume.save', name: 'kept.txt', kind: 'text', text: 'Terraform and Go', size: 16 });
    render(<Popup skills={skills} />);
    await waitFor(() => expect(items()).toHaveLength(1));
    await userEvent.upload(screen.getByTestId('resume-file'), file(projectFixture(name), name, ''));
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(message);
    expect((await listResumes(db)).map((r) => r.name)).toEqual(['kept.txt']);
  });

  it('refuses a PNG renamed .pdf and an empty file', async () => {
    render(<Popup skills={skills} />);
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'photo.pdf');
    await userEvent.upload(screen.getByTestId('resume-file'), png);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read/);
    await userEvent.upload(screen.getByTestId('resume-file'), new File([], 'empty.txt'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/holds no text/));
    expect(await listResumes(db)).toEqual([]);
  });

  it('saves pasted text and flags text that is not a resume', async () => {
    render(<Popup skills={skills} />);
    await userEvent.type(screen.getByPlaceholderText(/Name/), 'letter');
    await userEvent.type(screen.getByLabelText('Resume text'), 'Dear hiring team, I love Kubernetes. Sincerely, Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Save pasted resume' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(within(items()[0]!).getByRole('note').textContent).toMatch(/reads like a letter/);
  });

  it('corrections survive re-uploading the same file', async () => {
    render(<Popup skills={skills} />);
    await userEvent.upload(screen.getByTestId('resume-file'), pdf());
    await waitFor(() => expect(items()).toHaveLength(1), { timeout: 10_000 });
    await userEvent.click(within(items()[0]!).getByRole('button', { name: 'Remove Bash' }));
    await waitFor(() => expect(chips(items()[0]!)).not.toContain('bash'));
    await userEvent.type(within(items()[0]!).getByPlaceholderText('Add a skill'), 'Kafka');
    await userEvent.click(within(items()[0]!).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(chips(items()[0]!)).toContain('kafka'));
    // The same file again: one resume, same corrections.
    await userEvent.upload(screen.getByTestId('resume-file'), pdf());
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/Saved sam\.pdf/), { timeout: 10_000 });
    expect(items()).toHaveLength(1);
    expect(chips(items()[0]!)).toContain('kafka');
    expect(chips(items()[0]!)).not.toContain('bash');
  });

  it('says so when an unknown skill is added', async () => {
    await ask({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: 'Terraform', size: 9 });
    render(<Popup skills={skills} />);
    await waitFor(() => expect(items()).toHaveLength(1));
    await userEvent.type(within(items()[0]!).getByPlaceholderText('Add a skill'), 'Underwater basket weaving');
    await userEvent.click(within(items()[0]!).getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not know a skill/);
  });

  it('renames, switches the active resume, deletes and undoes', async () => {
    await ask({ type: 'resume.save', name: 'a.txt', kind: 'text', text: 'Terraform', size: 9 });
    await ask({ type: 'resume.save', name: 'b.txt', kind: 'text', text: 'Go and Rust', size: 11 });
    render(<Popup skills={skills} />);
    await waitFor(() => expect(items()).toHaveLength(2));
    const a = () => items().find((i) => i.textContent!.includes('Terraform'))!;
    await userEvent.click(within(a()).getByRole('button', { name: 'Rename a.txt' }));
    const input = within(a()).getByLabelText('New name');
    await userEvent.clear(input);
    await userEvent.type(input, 'Platform resume{Enter}');
    await waitFor(() => expect(within(a()).getByText('Platform resume')).toBeTruthy());
    await userEvent.click(within(a()).getByRole('button', { name: 'Use this one' }));
    await waitFor(() => expect(a().getAttribute('aria-current')).toBe('true'));
    await userEvent.click(within(a()).getByRole('button', { name: 'Delete Platform resume' }));
    await waitFor(() => expect(items()).toHaveLength(1));
    await userEvent.click(within(screen.getByTestId('undo')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(items()).toHaveLength(2));
    expect((await listResumes(db)).find((r) => r.name === 'Platform resume')?.skills.map((s) => s.id)).toEqual(['terraform']);
  });
});

/** The popup's own import (components/popup-actions.ts): a preview first, the import on the user's yes. */
const importVia = (f: File) => prepareImport(createPageAsk(async (m) => service.handle(m, {})), f);

describe('popup: your data', () => {
  it('exports everything, deletes it all, and imports it back exactly', async () => {
    await ask({ type: 'resume.save', name: 'a.txt', kind: 'text', text: 'Terraform', size: 9 });
    await ask({ type: 'resume.correct', id: (await listResumes(db))[0]!.id, add: 'kafka' });
    const before = await listResumes(db);
    let exported: ExportFile | null = null;
    render(
      <DataControls
        onExport={async () => void (exported = await ask<ExportFile>({ type: 'data.export' }))}
        onImport={importVia}
        onDeleteAll={() => ask({ type: 'data.deleteAll' })}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export all' }));
    await waitFor(() => expect(exported).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Delete all my data' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Everything Fitmark stored is deleted/));
    expect(await db.resumes.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    const json = new File([JSON.stringify(exported)], 'export.json', { type: 'application/json' });
    await userEvent.upload(screen.getByTestId('import-file'), json);
    await userEvent.click(await screen.findByRole('button', { name: 'Yes, import' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Added 1 resume: “a.txt”/));
    expect(await listResumes(db)).toEqual(before);
  });

  it('refuses a file that is not an export, changing nothing', async () => {
    await ask({ type: 'resume.save', name: 'a.txt', kind: 'text', text: 'Terraform', size: 9 });
    render(<DataControls onExport={async () => {}} onImport={importVia} onDeleteAll={async () => {}} />);
    await userEvent.upload(screen.getByTestId('import-file'), new File(['{"resumes": 3}'], 'x.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a Fitmark export/);
    expect(await db.resumes.count()).toBe(1);
  });
});
