import { useId, useState, type FormEvent } from 'react';

export interface ResumeSummary {
  id: string;
  name: string;
  kind: 'pdf' | 'text' | 'paste';
  createdAt: number;
  skills: Array<{ id: string; name: string }>;
}

export interface ResumeManagerProps {
  resumes: ResumeSummary[] | undefined;
  activeId: string | null;
  onUpload(file: File): Promise<void>;
  onPaste(name: string, text: string): Promise<void>;
  onDelete(id: string): Promise<void>;
  onActivate(id: string): Promise<void>;
  /** Passed in so tests and the popup agree on how a date reads. */
  formatDate?: (ms: number) => string;
}

const defaultDate = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function ResumeManager({ resumes, activeId, onUpload, onPaste, onDelete, onActivate, formatDate = defaultDate }: ResumeManagerProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pasteName, setPasteName] = useState('');
  const [pasteText, setPasteText] = useState('');
  const fileId = useId();
  const nameId = useId();
  const textId = useId();

  async function run(label: string, work: () => Promise<void>): Promise<boolean> {
    setBusy(label);
    setError(null);
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

  async function submitPaste(e: FormEvent) {
    e.preventDefault();
    if (!pasteText.trim()) {
      setError('Paste the text of your resume first.');
      return;
    }
    const ok = await run('Saving…', () => onPaste(pasteName.trim() || 'Pasted resume', pasteText));
    if (ok) {
      setPasteName('');
      setPasteText('');
    }
  }

  return (
    <section aria-labelledby="resumes-heading" className="pp-section">
      <h2 id="resumes-heading">Your resumes</h2>
      {resumes === undefined ? (
        <p className="pp-muted">Loading…</p>
      ) : resumes.length === 0 ? (
        <p className="pp-muted" data-testid="no-resumes">
          No resume saved yet. Add one below: it stays on this device.
        </p>
      ) : (
        <ul className="pp-resumes" data-testid="resume-list">
          {resumes.map((r) => (
            <li key={r.id} className="pp-resume" data-testid="resume-item" aria-current={r.id === activeId ? 'true' : undefined}>
              <div className="pp-resume-head">
                <strong className="pp-resume-name">{r.name}</strong>
                {r.id === activeId && <span className="pp-badge">active</span>}
              </div>
              <div className="pp-muted pp-small">
                Added {formatDate(r.createdAt)} · {r.skills.length} skills found
              </div>
              <ul className="pp-chips" aria-label={`Skills found in ${r.name}`}>
                {r.skills.map((s) => (
                  <li key={s.id} className="pp-chip">
                    {s.name}
                  </li>
                ))}
              </ul>
              <div className="pp-actions">
                {r.id !== activeId && (
                  <button type="button" onClick={() => void run('Switching…', () => onActivate(r.id))}>
                    Use this one
                  </button>
                )}
                <button type="button" className="pp-danger" onClick={() => void run('Deleting…', () => onDelete(r.id))} aria-label={`Delete ${r.name}`}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3>Add a resume</h3>
      <label htmlFor={fileId} className="pp-label">
        Upload a PDF or text file (up to 10 MB)
      </label>
      <input
        id={fileId}
        type="file"
        accept=".pdf,.txt,.md,application/pdf,text/plain"
        data-testid="resume-file"
        disabled={busy !== null}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void run(`Reading ${file.name}…`, () => onUpload(file)).finally(() => (input.value = ''));
        }}
      />
      <form onSubmit={(e) => void submitPaste(e)} className="pp-paste">
        <label htmlFor={nameId} className="pp-label">
          Or paste it as text
        </label>
        <input id={nameId} type="text" placeholder="Name (e.g. Resume 2026)" value={pasteName} onChange={(e) => setPasteName(e.target.value)} />
        <textarea id={textId} aria-label="Resume text" rows={5} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
        <button type="submit" disabled={busy !== null}>
          Save pasted resume
        </button>
      </form>
      {busy && (
        <p role="status" className="pp-muted">
          {busy}
        </p>
      )}
      {error && (
        <p role="alert" className="pp-error" data-testid="resume-error">
          {error}
        </p>
      )}
    </section>
  );
}
