import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resumeActions } from '@/components/popup-actions';
import { ResumeManager, type ResumeActions } from '@/components/ResumeManager';
import { createPageAsk } from '@/lib/protocol';
import { createService, type Service } from '@/lib/background/service';
import { loadNodePdfJs } from '@/lib/cli/pdfjs-node';
import { activeResume, listResumes, openDb, type FitmarkDb } from '@/lib/db';
import { MAX_RESUME_BYTES } from '@/lib/resume/errors';
import { MAX_RESUME_CHARS, MAX_RESUME_NAME } from '@/lib/resume/limits';
import { bundled } from '@/lib/skills/taxonomy';
import { quietHost } from '../helpers';

/** The popup's upload and paste paths with resumes as big as the advertised 10 MB allows: real component, real service, real Dexie. */
let db: FitmarkDb;
let service: Service;
let n = 0;


/** The popup's own actions (components/popup-actions.ts), over the real background service. */
const actions = resumeActions(createPageAsk(async (m) => service.handle(m, {})), loadNodePdfJs);

function Popup({ acts = actions }: { acts?: ResumeActions }) {
  const resumes = useLiveQuery(() => listResumes(db), []);
  const active = useLiveQuery(() => activeResume(db), []);
  return <ResumeManager resumes={resumes} activeId={active?.id ?? null} knownSkills={[]} actions={acts} />;
}

beforeEach(() => {
  db = openDb(`limits-${++n}`, new IDBFactory(), IDBKeyRange);
  service = createService(db, bundled, quietHost({ newId: () => `r${++n}` }));
});

const notice = () => screen.findByTestId('notice', {}, { timeout: 20_000 });

describe('resumes as big as the advertised 10 MB', () => {
  it('a 5 MB .txt is saved, and the popup says how much of it is kept', async () => {
    render(<Popup />);
    const text = `Sam Rivera\nExperience\nSite reliability engineer, Acme\nSkills\n${'Kubernetes, Terraform and Go\n'.repeat(Math.ceil((5 * 1024 * 1024) / 30))}`;
    await userEvent.upload(screen.getByTestId('resume-file'), new File([text], 'resume.txt', { type: 'text/plain' }));
    expect(text.length).toBeGreaterThan(5_000_000);
    const shown = (await notice()).textContent;
    const [saved] = await listResumes(db);
    // The file's text less its last line break (read text is trimmed), and what was kept: cut at a line end.
    const total = (text.length - 1).toLocaleString('en-US');
    expect(shown).toBe(`This resume is ${total} characters long; Fitmark keeps the first ${saved!.text.length.toLocaleString('en-US')} and left the rest out of the match.`);
    expect(saved!.text.length).toBeGreaterThan(MAX_RESUME_CHARS - 1000);
    expect(saved!.text.endsWith('Kubernetes, Terraform and Go')).toBe(true);
    expect(saved!.text.length).toBeLessThanOrEqual(MAX_RESUME_CHARS);
    expect(saved!.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['kubernetes', 'terraform', 'go']));
    expect(screen.queryByTestId('resume-error')).toBeNull();
  });

  it('a file with a 261-character name is saved under a shorter one, its extension kept, and says so', async () => {
    render(<Popup />);
    const name = `${'Platform engineer resume, final version '.repeat(7).slice(0, 257)}.txt`;
    expect(name).toHaveLength(261);
    await userEvent.upload(screen.getByTestId('resume-file'), new File(['Sam Rivera\nExperience\nPlatform engineer, Acme\nSkills\nTerraform and Kubernetes'], name, { type: 'text/plain' }));
    const saved = await waitFor(async () => {
      const [r] = await listResumes(db);
      if (!r) throw new Error('not saved yet');
      return r;
    });
    expect(saved.name).toHaveLength(MAX_RESUME_NAME);
    expect(saved.name.endsWith('….txt')).toBe(true);
    expect((await notice()).textContent).toBe(`Its file name was too long, so it is saved as “${saved.name}”.`);
    expect(await screen.findByText(saved.name)).toBeTruthy();
  });

  it('a 2-million-character paste is saved whole', async () => {
    render(<Popup />);
    const text = 'Kubernetes, Terraform. '.repeat(MAX_RESUME_CHARS / 23 + 1).slice(0, MAX_RESUME_CHARS);
    fireEvent.change(screen.getByLabelText('Resume text'), { target: { value: text } });
    await userEvent.click(screen.getByRole('button', { name: 'Save pasted resume' }));
    await waitFor(async () => expect(await db.resumes.count()).toBe(1), { timeout: 20_000 });
    expect((await listResumes(db))[0]!.text).toBe(text);
    expect(screen.queryByTestId('resume-error')).toBeNull();
  });

  it('a file over 10 MB gets the limit message before it is read', async () => {
    const upload = vi.fn(actions.upload);
    render(<Popup acts={{ ...actions, upload }} />);
    await userEvent.upload(screen.getByTestId('resume-file'), new File([new Uint8Array(MAX_RESUME_BYTES + 1)], 'scan.pdf'));
    expect((await screen.findByTestId('resume-error')).textContent).toBe('This file is larger than 10 MB. Save a smaller export of your resume and try again.');
    expect(upload).not.toHaveBeenCalled();
  });

  it('a paste over 10 million characters gets a plain limit message, and nothing is sent', async () => {
    const paste = vi.fn(actions.paste);
    render(<Popup acts={{ ...actions, paste }} />);
    fireEvent.change(screen.getByLabelText('Resume text'), { target: { value: 'x'.repeat(MAX_RESUME_BYTES + 1) } });
    await userEvent.click(screen.getByRole('button', { name: 'Save pasted resume' }));
    expect((await screen.findByTestId('resume-error')).textContent).toBe('This text is over 10,485,760 characters, more than any resume: paste only your resume.');
    expect(paste).not.toHaveBeenCalled();
  });
});
