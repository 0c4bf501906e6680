import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '@/components/HistoryView';
import { listHistory, openDb, type FitmarkDb } from '@/lib/db';
import type { HistoryEntry } from '@/lib/history';

/**
 * A history stored before dates were checked (or by a hand-edited import of
 * an older Fitmark) may hold 1e300, NaN or a negative date. The page reads the
 * database as it is, and must list every row, never blank.
 */
let db: FitmarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`history-dates-${++n}`, new IDBFactory(), IDBKeyRange);
});

const entry = (jobKey: string, viewedAt: number): HistoryEntry => ({
  jobKey,
  url: `https://jobs.example.com/${jobKey}`,
  title: `Job ${jobKey}`,
  company: 'Acme',
  site: 'greenhouse',
  score: 70,
  missing: [{ id: 'go', name: 'Go', importance: 'required', guide: 'guide.html#go' }],
  viewedAt,
});

function Page({ download }: { download?: (name: string, text: string, type: string) => void }) {
  const entries = useLiveQuery(() => listHistory(db), []);
  return <HistoryView entries={entries} onClear={async () => {}} download={download} formatDate={(ms) => new Date(ms).toISOString().slice(0, 10)} now={() => Date.UTC(2026, 2, 1)} />;
}

describe('history page with bad stored dates', () => {
  it('lists every row, the bad dates as "unknown date", the good ones first and dated', async () => {
    // Written straight to the table, past the schema, as older data would be.
    await db.history.bulkPut([entry('huge', 1e300), entry('negative', -86_400_000 * 365 * 300_000), entry('good', Date.UTC(2026, 0, 15))]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Page />);
    await waitFor(() => expect(screen.queryAllByTestId('history-row')).toHaveLength(3));
    const rows = screen.getAllByTestId('history-row');
    expect(rows[0]!.getAttribute('data-job')).toBe('good');
    expect(within(rows[0]!).getByText('2026-01-15').tagName).toBe('TIME');
    for (const row of rows.slice(1)) {
      expect(within(row).getByText('unknown date')).toBeTruthy();
      expect(row.querySelector('time')).toBeNull();
    }
    // The chart still counts every posting.
    expect(screen.getByTestId('missing-chart').textContent).toContain('3 of 3');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('NaN (not even an index key, so only a caller can hand it over) shows as "unknown date", last', () => {
    render(<HistoryView entries={[entry('nan', Number.NaN), entry('good', Date.UTC(2026, 0, 5)), entry('newer', Date.UTC(2026, 0, 9))]} onClear={async () => {}} />);
    expect(screen.getAllByTestId('history-row').map((r) => r.getAttribute('data-job'))).toEqual(['newer', 'good', 'nan']);
    expect(within(screen.getAllByTestId('history-row')[2]!).getByText('unknown date')).toBeTruthy();
  });

  it('a date formatter that throws shows "unknown date" for that row only', () => {
    const format = (ms: number) => {
      if (ms > Date.UTC(2026, 1, 1)) throw new RangeError('Invalid time value');
      return 'Jan 2026';
    };
    render(<HistoryView entries={[entry('a', Date.UTC(2026, 0, 5)), entry('b', Date.UTC(2026, 2, 5))]} onClear={async () => {}} formatDate={format} />);
    expect(screen.getAllByTestId('history-row').map((r) => r.querySelector('td')!.textContent)).toEqual(['unknown date', 'Jan 2026']);
  });

  it('exports the CSV with an empty date where the stored one is not a date', async () => {
    await db.history.bulkPut([entry('huge', 1e300), entry('good', Date.UTC(2026, 0, 15))]);
    const download = vi.fn();
    render(<Page download={download} />);
    await waitFor(() => expect(screen.queryAllByTestId('history-row')).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [, csv] = download.mock.calls[0] as [string, string];
    const lines = csv.trim().split('\r\n');
    expect(lines[1]!.startsWith('2026-01-15T00:00:00.000Z,Job good,')).toBe(true);
    expect(lines[2]!.startsWith(',Job huge,')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Exported 2 postings to your downloads.');
  });
});
