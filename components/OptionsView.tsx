import { BOARD_NAMES } from '@/lib/posting/sites/names';
import { useId, useRef, useState } from 'react';
import type { Preferences, PreferencesPatch, SidebarMode } from '@/lib/preferences';

export interface OptionsViewProps {
  /** Undefined while loading. */
  preferences: Preferences | undefined;
  /** The boards Fitmark reads (adapter ids of lib/posting/sites), in the registry's order. */
  boards: readonly string[];
  /** Saves a change; rejects with a message to show. */
  onChange(patch: PreferencesPatch): Promise<void>;
}

const SIDEBAR_CHOICES: ReadonlyArray<{ value: SidebarMode; label: string; hint: string }> = [
  { value: 'always', label: 'Open', hint: 'The sidebar opens by itself on every job posting.' },
  { value: 'collapsed', label: 'Collapsed', hint: 'The sidebar starts folded; unfold it when you want it.' },
  { value: 'never', label: 'Closed', hint: 'The sidebar does not open by itself: show it from the toolbar popup or with the shortcut (Alt+Shift+M by default).' },
];

/** The options page: every change is saved at once. */
export function OptionsView({ preferences, boards, onChange }: OptionsViewProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const sidebarName = useId();
  const highlightId = useId();
  const hintId = useId();
  // Two boards clicked before the first save shows: the second builds on the first, not on the stale list.
  const pendingBoards = useRef<string[] | null>(null);

  if (!preferences) return <p className="ov-muted">Loading…</p>;
  const prefs = preferences;

  function save(patch: PreferencesPatch): Promise<void> {
    return onChange(patch).then(
      () => setMessage({ text: 'Saved.', error: false }),
      (e: unknown) => setMessage({ text: e instanceof Error ? e.message : String(e), error: true }),
    );
  }

  function toggleBoard(id: string, on: boolean) {
    const disabled = new Set(pendingBoards.current ?? prefs.disabledBoards);
    if (on) disabled.delete(id);
    else disabled.add(id);
    const next = [...disabled];
    pendingBoards.current = next;
    void save({ disabledBoards: next }).finally(() => {
      if (pendingBoards.current === next) pendingBoards.current = null;
    });
  }

  return (
    <form className="ov" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="ov-group">
        <legend>On a job posting, the sidebar is</legend>
        {SIDEBAR_CHOICES.map((c) => (
          <label key={c.value} className="ov-choice">
            <input
              type="radio"
              name={sidebarName}
              value={c.value}
              checked={prefs.sidebar === c.value}
              onChange={() => void save({ sidebar: c.value })}
            />
            <span>
              <strong>{c.label}</strong>
              <span className="ov-hint">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="ov-group">
        <legend>In the posting</legend>
        <label className="ov-choice" htmlFor={highlightId}>
          <input
            id={highlightId}
            type="checkbox"
            checked={prefs.highlights}
            aria-describedby={hintId}
            onChange={(e) => void save({ highlights: e.currentTarget.checked })}
          />
          <span>
            <strong>Highlight the skills</strong>
            <span className="ov-hint" id={hintId}>
              Marks each skill the posting names, in place; the page itself is not changed.
            </span>
          </span>
        </label>
      </fieldset>

      <fieldset className="ov-group" data-testid="boards">
        <legend>Job boards Fitmark reads</legend>
        <p className="ov-hint">On a board you turn off, Fitmark does not read postings or open the sidebar.</p>
        <ul className="ov-boards">
          {boards.map((id) => (
            <li key={id}>
              <label className="ov-choice">
                <input
                  type="checkbox"
                  value={id}
                  checked={!prefs.disabledBoards.includes(id)}
                  onChange={(e) => toggleBoard(id, e.currentTarget.checked)}
                />
                <span>{BOARD_NAMES[id] ?? id}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'ov-error' : 'ov-muted'} data-testid="options-status">
        {message?.text ?? ''}
      </p>
    </form>
  );
}
