import { useId, useState } from 'react';
import { Confirm } from './Confirm';
import { historyToCsv, missingSkillStats, safeHttpUrl, scoreBasisLabel, sortHistory, validDate, type HistoryEntry } from '@/lib/history';
import { missedSkillLink } from '@/lib/guide/links';

export interface HistoryViewProps {
  /** Undefined while loading. Any order: shown newest first. */
  entries: HistoryEntry[] | undefined;
  onClear(): Promise<void>;
  /** Hands a file to the user; the page passes a download, tests a spy. */
  download?: (filename: string, text: string, type: string) => void;
  formatDate?: (ms: number) => string;
  /** The clock, for the export's file name. */
  now?: () => number;
  /** How many skills the chart shows. */
  topSkills?: number;
}

const defaultDate = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/**
 * A stored date, shown: a record from before dates were checked (or edited
 * by hand) may hold 1e300 or NaN, where `toISOString` throws "Invalid time
 * value" and would blank the whole page. Such a row says "unknown date".
 */
function DateCell({ ms, format }: { ms: number; format: (ms: number) => string }) {
  const d = validDate(ms);
  let text: string | null = null;
  if (d) {
    try {
      text = format(ms);
    } catch {
      text = null;
    }
  }
  if (!d || !text) return <span className="hv-muted">unknown date</span>;
  return <time dateTime={d.toISOString()}>{text}</time>;
}

function browserDownload(filename: string, text: string, type: string): void {
  // The byte-order mark tells spreadsheet programs the file is UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The postings the user analysed, and the skills they lacked most often across them. */
export function HistoryView({ entries, onClear, download = browserDownload, formatDate = defaultDate, now = Date.now, topSkills = 15 }: HistoryViewProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const chartId = useId();
  const listId = useId();

  if (entries === undefined) return <p className="hv-muted">Loading…</p>;
  const sorted = sortHistory(entries);
  // The resume behind each score is named once the history holds more than one.
  const several = new Set(sorted.flatMap((e) => (e.resumeName ? [e.resumeName] : []))).size > 1;
  const older = sorted.some((e) => e.score !== null && !e.basis);
  const stats = missingSkillStats(sorted, topSkills);

  async function clear() {
    try {
      await onClear();
      setConfirming(false);
      setMessage({ text: 'Your history is cleared.', error: false });
    } catch (e) {
      setMessage({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  }

  return (
    <div className="hv">
      {sorted.length === 0 ? (
        <p className="hv-muted" data-testid="history-empty">
          No postings yet. With a resume saved, every job posting you open is listed here, with the skills it asked for that your resume lacks.
        </p>
      ) : (
        <>
          <section aria-labelledby={chartId} className="hv-section">
            <h2 id={chartId}>Skills you miss most</h2>
            {stats.length === 0 ? (
              <p className="hv-muted">Your resume covered every skill these postings asked for.</p>
            ) : (
              <>
                <p className="hv-muted hv-small">
                  Across the {sorted.length} posting{sorted.length === 1 ? '' : 's'} you viewed. Each skill links to its guide: what the market
                  expects and how to close the gap.
                </p>
                <ol className="hv-bars" data-testid="missing-chart">
                  {stats.map((s) => (
                    <li key={s.id} className="hv-bar-row" data-skill={s.id}>
                      <a className="hv-bar-name" href={missedSkillLink(s.id, s.guide)}>
                        {s.name}
                      </a>
                      <span className="hv-bar-track" aria-hidden="true">
                        <span className="hv-bar" style={{ width: percent(s.share) }} />
                      </span>
                      <span className="hv-bar-figure">
                        {s.count} of {sorted.length} ({percent(s.share)})
                        {s.required > 0 && <span className="hv-muted">, required in {s.required}</span>}
                      </span>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>

          <section aria-labelledby={listId} className="hv-section">
            <h2 id={listId}>Postings you viewed</h2>
            <table className="hv-table" data-testid="history-table">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Posting</th>
                  <th scope="col">Company</th>
                  <th scope="col" className="hv-num">
                    Score
                  </th>
                  <th scope="col">Missing</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((e) => {
                  const href = safeHttpUrl(e.url);
                  const title = e.title || 'Untitled posting';
                  return (
                    <tr key={e.jobKey} data-testid="history-row" data-job={e.jobKey}>
                      <td>
                        <DateCell ms={e.viewedAt} format={formatDate} />
                      </td>
                      <th scope="row" className="hv-title">
                        {href ? (
                          <a href={href} target="_blank" rel="noreferrer noopener">
                            {title}
                          </a>
                        ) : (
                          title
                        )}
                      </th>
                      <td>{e.company}</td>
                      <td className="hv-num" data-basis={e.basis ?? 'keywords'}>
                        {/* Stored scores stay as they were made: an entry from before the requirements model says so. */}
                        {e.score === null ? '—' : e.basis ? e.score : <abbr title={`Score by ${scoreBasisLabel(e)}`}>{e.score}*</abbr>}
                        {e.resumeName && several && <div className="hv-muted hv-small">{e.resumeName}</div>}
                      </td>
                      <td className="hv-small">
                        {e.missing.length === 0 ? (
                          <span className="hv-muted">none</span>
                        ) : (
                          e.missing.map((m, i) => (
                            <span key={m.id} data-skill={m.id}>
                              {i > 0 && ', '}
                              <a href={m.guide}>{m.name}</a>
                            </span>
                          ))
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {older && (
              <p className="hv-muted hv-small" data-testid="history-older-note">
                * Scored by an older Fitmark, by keywords. Newer scores count the posting’s requirements met; open the posting again to rescore it.
              </p>
            )}
          </section>
        </>
      )}

      <div className="hv-actions">
        <button
          type="button"
          disabled={sorted.length === 0}
          onClick={() => {
            const day = new Date(now()).toISOString().slice(0, 10);
            download(`fitmark-history-${day}.csv`, historyToCsv(sorted), 'text/csv;charset=utf-8');
            setMessage({ text: `Exported ${sorted.length} posting${sorted.length === 1 ? '' : 's'} to your downloads.`, error: false });
          }}
        >
          Export CSV
        </button>
        {!confirming && (
          <button type="button" className="hv-danger" disabled={sorted.length === 0} onClick={() => setConfirming(true)}>
            Clear history
          </button>
        )}
      </div>
      {confirming && (
        <Confirm label="Clear your history?" confirmLabel="Yes, clear history" prefix="hv-" onCancel={() => setConfirming(false)} onConfirm={() => void clear()}>
          Forget the {sorted.length} posting{sorted.length === 1 ? '' : 's'} listed here? Your resumes and settings stay. This cannot be undone.
        </Confirm>
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'hv-error' : 'hv-muted'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
