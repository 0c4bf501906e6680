import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { ResumeRecord, SkillRef } from '@/lib/db';
import { MAX_RESUME_BYTES, ResumeError } from '@/lib/resume/errors';
import { MAX_RESUME_NAME } from '@/lib/resume/limits';
import { ResumeItem } from './ResumeItem';

export interface ResumeActions {
  /** Reads and saves a file; `progress` gets a line to show while it works. Resolves with what to tell the user (a part cut, a warning), if anything. */
  upload(file: File, progress: (message: string) => void): Promise<string | null>;
  paste(name: string, text: string): Promise<string | null>;
  remove(id: string): Promise<ResumeRecord | null>;
  restore(record: ResumeRecord): Promise<void>;
  activate(id: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  correct(id: string, change: { add?: string; remove?: string }): Promise<void>;
}

export interface ResumeManagerProps {
  resumes: ResumeRecord[] | undefined;
  activeId: string | null;
  knownSkills: readonly SkillRef[];
  actions: ResumeActions;
  /** Passed in so tests and the popup agree on how a date reads. */
  formatDate?: (ms: number) => string;
  /** How long "Undo" stays offered after a delete. */
  undoMs?: number;
}

const defaultDate = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function ResumeManager({ resumes, activeId, knownSkills, actions, formatDate = defaultDate, undoMs = 15_000 }: ResumeManagerProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [undo, setUndo] = useState<ResumeRecord | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pasteName, setPasteName] = useState('');
  const [pasteText, setPasteText] = useState('');
  const fileId = useId();
  const nameId = useId();
  const undoTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(undoTimer.current), []);

  async function run(label: string, work: () => Promise<unknown>): Promise<boolean> {
    setBusy(label || null);
    setError(null);
    setNotice(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(null);
    }
  }

  function upload(file: File) {
    // Said before any work: a file over the limit is not read at all.
    if (file.size > MAX_RESUME_BYTES) {
      setNotice(null);
      setError(new ResumeError('too-large').message);
      return;
    }
    void run(`Reading ${file.name}…`, async () => {
      const warning = await actions.upload(file, (m) => setBusy(m));
      setNotice(warning ?? `Saved ${file.name}. Check the skills found below.`);
    });
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) upload(file);
  }

  async function submitPaste(e: FormEvent) {
    e.preventDefault();
    if (!pasteText.trim()) {
      setError('Paste the text of your resume first.');
      return;
    }
    if (pasteText.length > MAX_RESUME_BYTES) {
      setError(`This text is over ${MAX_RESUME_BYTES.toLocaleString('en-US')} characters, more than any resume: paste only your resume.`);
      return;
    }
    const ok = await run('Saving…', async () => {
      const warning = await actions.paste(pasteName.trim() || 'Pasted resume', pasteText);
      if (warning) setNotice(warning);
    });
    if (ok) {
      setPasteName('');
      setPasteText('');
    }
  }

  async function remove(r: ResumeRecord) {
    const deleted = await actions.remove(r.id);
    setUndo(deleted);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndo(null), undoMs);
  }

  return (
    <section aria-labelledby="resumes-heading" className="pp-section">
      <h2 id="resumes-heading">Your resumes</h2>
      {undo && (
        <p role="status" className="pp-undo" data-testid="undo">
          Deleted “{undo.name}”.{' '}
          <button
            type="button"
            onClick={() =>
              void run('Restoring…', async () => {
                await actions.restore(undo);
                setUndo(null);
              })
            }
          >
            Undo
          </button>
        </p>
      )}
      {resumes === undefined ? (
        <p className="pp-muted">Loading…</p>
      ) : resumes.length === 0 ? (
        <p className="pp-muted" data-testid="no-resumes">
          No resume saved yet. Add one below: it stays on this device.
        </p>
      ) : (
        <ul className="pp-resumes" data-testid="resume-list">
          {resumes.map((r) => (
            <ResumeItem
              key={r.id}
              resume={r}
              active={r.id === activeId}
              knownSkills={knownSkills}
              formatDate={formatDate}
              run={run}
              onActivate={actions.activate}
              onDelete={remove}
              onRename={actions.rename}
              onCorrect={actions.correct}
            />
          ))}
        </ul>
      )}

      <h3>Add a resume</h3>
      <div
        className={`pp-drop${dragging ? ' pp-drop-over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={fileId} className="pp-label">
          Drop a file here, or choose one: PDF, Word (.docx), JSON Resume or text, up to 10 MB
        </label>
        <input
          id={fileId}
          type="file"
          accept=".pdf,.docx,.txt,.md,.json,application/pdf,text/plain,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          data-testid="resume-file"
          disabled={busy !== null}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file) upload(file);
          }}
        />
      </div>
      <form onSubmit={(e) => void submitPaste(e)} className="pp-paste">
        <label htmlFor={nameId} className="pp-label">
          Or paste it as text
        </label>
        <input id={nameId} type="text" placeholder="Name (e.g. Resume 2026)" maxLength={MAX_RESUME_NAME} value={pasteName} onChange={(e) => setPasteName(e.target.value)} />
        <textarea aria-label="Resume text" rows={5} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
        <button type="submit" disabled={busy !== null}>
          Save pasted resume
        </button>
      </form>
      <div aria-live="polite">
        {busy && (
          <p role="status" className="pp-muted" data-testid="progress">
            {busy}
          </p>
        )}
        {notice && (
          <p className="pp-muted" data-testid="notice">
            {notice}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="pp-error" data-testid="resume-error">
          {error}
        </p>
      )}
    </section>
  );
}
