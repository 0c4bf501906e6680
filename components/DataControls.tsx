import { useId, useState } from 'react';
import { describeImport, importChanges, MAX_IMPORT_BYTES, type ImportSummary } from '@/lib/db/import';
import { BOARD_NAMES } from '@/lib/posting/sites/names';
import { Confirm } from './Confirm';

/** An import read and checked, not yet done: what it would do, and the step that does it. */
export interface PendingImport {
  summary: ImportSummary;
  /** Imports the file (checked again: what changed since the preview is what counts) and answers what was done. */
  run(): Promise<ImportSummary>;
}

export interface DataControlsProps {
  onExport(): Promise<void>;
  /** Reads a file and previews its import, writing nothing; throws with the user's words when it cannot be imported. */
  onImport(file: File): Promise<PendingImport>;
  onDeleteAll(): Promise<void>;
}

const boardName = (id: string) => BOARD_NAMES[id] ?? id;

type Message = { lines: string[]; error: boolean };

/** Export everything, import it back (after showing what it adds and replaces), or delete it all. */
export function DataControls({ onExport, onImport, onDeleteAll }: DataControlsProps) {
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState<(PendingImport & { name: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const importId = useId();
  const wrap = (work: () => Promise<string[] | null>) => {
    setBusy(true);
    void work()
      .then(
        (lines) => setMessage(lines ? { lines, error: false } : null),
        (e: unknown) => setMessage({ lines: [e instanceof Error ? e.message : String(e)], error: true }),
      )
      .finally(() => setBusy(false));
  };

  function choose(file: File) {
    setPending(null);
    setConfirming(false);
    wrap(async () => {
      if (file.size > MAX_IMPORT_BYTES)
        throw new Error(`This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than Fitmark can import at once (a Fitmark export is far smaller). Nothing was imported.`);
      const p = await onImport(file);
      // Nothing would change: say so, with no question to answer.
      if (!importChanges(p.summary)) return describeImport(p.summary, false, boardName);
      setPending({ ...p, name: file.name });
      return null;
    });
  }

  function runImport(p: PendingImport) {
    wrap(async () => {
      const done = await p.run();
      setPending(null);
      return describeImport(done, true, boardName);
    });
  }

  return (
    <section aria-labelledby="data-heading" className="pp-section">
      <h2 id="data-heading">Your data</h2>
      <div className="pp-actions">
        <button type="button" onClick={() => wrap(async () => (await onExport(), ['Exported to your downloads.']))}>
          Export all
        </button>
        <label htmlFor={importId} className="pp-button">
          Import…
        </label>
        <input
          id={importId}
          type="file"
          accept=".json,application/json"
          className="pp-hidden-input"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) choose(file);
          }}
        />
        {!confirming && (
          <button type="button" className="pp-danger" onClick={() => (setPending(null), setConfirming(true))}>
            Delete all my data
          </button>
        )}
      </div>
      {pending && (
        <Confirm
          label="Import this file?"
          confirmLabel="Yes, import"
          prefix="pp-"
          onCancel={() => {
            setPending(null);
            setMessage({ lines: ['Nothing was imported.'], error: false });
          }}
          onConfirm={() => runImport(pending)}
        >
          <span className="pp-import-line">Importing “{pending.name}”:</span>
          {describeImport(pending.summary, false, boardName).map((line) => (
            <span key={line} className="pp-import-line" data-testid="import-preview-line">
              {line}
            </span>
          ))}
        </Confirm>
      )}
      {confirming && (
        <Confirm
          label="Delete all your data?"
          confirmLabel="Yes, delete everything"
          prefix="pp-"
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            wrap(async () => {
              await onDeleteAll();
              setConfirming(false);
              return ['Everything Fitmark stored is deleted.'];
            })
          }
        >
          Delete every resume and setting Fitmark keeps on this device? This cannot be undone.
        </Confirm>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'pp-error' : 'pp-muted'}>
          {message.lines.map((line) => (
            <span key={line} className="pp-import-line">
              {line}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
