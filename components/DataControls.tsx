import { useId, useState } from 'react';
import { Confirm } from './Confirm';

export interface DataControlsProps {
  onExport(): Promise<void>;
  onImport(file: File): Promise<number>;
  onDeleteAll(): Promise<void>;
}

/** Export everything, import it back, or delete it all. */
export function DataControls({ onExport, onImport, onDeleteAll }: DataControlsProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const importId = useId();
  const wrap = (work: () => Promise<string>) =>
    void work().then(
      (text) => setMessage({ text, error: false }),
      (e: unknown) => setMessage({ text: e instanceof Error ? e.message : String(e), error: true }),
    );

  return (
    <section aria-labelledby="data-heading" className="pp-section">
      <h2 id="data-heading">Your data</h2>
      <div className="pp-actions">
        <button type="button" onClick={() => wrap(async () => (await onExport(), 'Exported to your downloads.'))}>
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
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) wrap(async () => `Imported ${await onImport(file)} resume(s).`);
          }}
        />
        {!confirming && (
          <button type="button" className="pp-danger" onClick={() => setConfirming(true)}>
            Delete all my data
          </button>
        )}
      </div>
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
              return 'Everything Fitmark stored is deleted.';
            })
          }
        >
          Delete every resume and setting Fitmark keeps on this device? This cannot be undone.
        </Confirm>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'pp-error' : 'pp-muted'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
