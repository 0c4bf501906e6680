import { useId, useState, type FormEvent } from 'react';
import { effectiveSkills, type ResumeRecord, type SkillRef } from '@/lib/db';

export interface ResumeItemProps {
  resume: ResumeRecord;
  active: boolean;
  knownSkills: readonly SkillRef[];
  formatDate(ms: number): string;
  run(label: string, work: () => Promise<unknown>): Promise<boolean>;
  onActivate(id: string): Promise<void>;
  onDelete(resume: ResumeRecord): Promise<void>;
  onRename(id: string, name: string): Promise<void>;
  onCorrect(id: string, change: { add?: string; remove?: string }): Promise<void>;
}

/** One saved resume: what was found, and the controls to check and correct it. */
export function ResumeItem({ resume: r, active, knownSkills, formatDate, run, onActivate, onDelete, onRename, onCorrect }: ResumeItemProps) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(r.name);
  const [adding, setAdding] = useState('');
  const listId = useId();
  const addId = useId();
  const skills = effectiveSkills(r);
  const added = new Set(r.corrections.added.map((a) => a.id));

  async function submitRename(e: FormEvent) {
    e.preventDefault();
    if (await run('Renaming…', () => onRename(r.id, name))) setRenaming(false);
  }

  async function submitAdd(e: FormEvent) {
    e.preventDefault();
    const wanted = adding.trim().toLowerCase();
    const skill = knownSkills.find((s) => s.name.toLowerCase() === wanted || s.id === wanted);
    if (!skill) {
      await run('', async () => {
        throw new Error(`Fitmark does not know a skill called “${adding.trim()}”. Pick one from the list.`);
      });
      return;
    }
    if (await run('Adding…', () => onCorrect(r.id, { add: skill.id }))) setAdding('');
  }

  return (
    <li className="pp-resume" data-testid="resume-item" aria-current={active ? 'true' : undefined}>
      <div className="pp-resume-head">
        {renaming ? (
          <form onSubmit={(e) => void submitRename(e)} className="pp-inline">
            <input aria-label="New name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
            <button type="submit">Save</button>
            <button type="button" onClick={() => (setRenaming(false), setName(r.name))}>
              Cancel
            </button>
          </form>
        ) : (
          <strong className="pp-resume-name">{r.name}</strong>
        )}
        {active && <span className="pp-badge">active</span>}
      </div>
      <div className="pp-muted pp-small">
        {r.kind.toUpperCase()} · added {formatDate(r.createdAt)} · {skills.length} skills
      </div>
      {r.warning && (
        <p className="pp-warning pp-small" role="note">
          {r.warning}
        </p>
      )}
      <ul className="pp-chips" aria-label={`Skills found in ${r.name}`}>
        {skills.map((s) => (
          <li key={s.id} className={`pp-chip${added.has(s.id) ? ' pp-chip-added' : ''}`} data-skill={s.id}>
            {s.name}
            <button type="button" className="pp-chip-x" aria-label={`Remove ${s.name}`} title="Not a skill of mine" onClick={() => void run('Saving…', () => onCorrect(r.id, { remove: s.id }))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="pp-inline" onSubmit={(e) => void submitAdd(e)}>
        <label htmlFor={addId} className="pp-small">
          Missed one?
        </label>
        <input id={addId} list={listId} value={adding} onChange={(e) => setAdding(e.target.value)} placeholder="Add a skill" />
        <datalist id={listId}>
          {knownSkills.map((s) => (
            <option key={s.id} value={s.name} />
          ))}
        </datalist>
        <button type="submit">Add</button>
      </form>
      <details className="pp-check">
        <summary>Check what Fitmark read</summary>
        <div className="pp-side">
          {/* Both scroll: focusable, named regions, so the keyboard can scroll them and a screen reader names them. */}
          <pre className="pp-text" role="region" tabIndex={0} aria-label={`Text read from ${r.name}`}>
            {r.text}
          </pre>
          <div className="pp-found" role="region" tabIndex={0} aria-label={`Skills found in the text of ${r.name}`}>
            <ul>
              {skills.map((s) => (
                <li key={s.id}>{s.name}</li>
              ))}
            </ul>
          </div>
        </div>
      </details>
      <div className="pp-actions">
        {!active && (
          <button type="button" onClick={() => void run('Switching…', () => onActivate(r.id))}>
            Use this one
          </button>
        )}
        {!renaming && (
          <button type="button" onClick={() => setRenaming(true)} aria-label={`Rename ${r.name}`}>
            Rename
          </button>
        )}
        <button type="button" className="pp-danger" onClick={() => void run('Deleting…', () => onDelete(r))} aria-label={`Delete ${r.name}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
