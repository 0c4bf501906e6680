import { quietHost } from '../helpers';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryView } from '@/components/HistoryView';
import { createService, type Service } from '@/lib/background/service';
import { listHistory, openDb, recordHistory, type FitmarkDb } from '@/lib/db';
import { postingFromText } from '@/lib/posting/text';
import { bundled } from '@/lib/skills/taxonomy';

/** The history page as it runs: the real component over a live query, the real service behind its buttons. */
let db: FitmarkDb;
let service: Service;
let clock = 0;
let n = 0;

async function ask(message: unknown): Promise<void> {
  const reply = await service.handle(message, {});
  if (!reply.ok) throw new Error(reply.error);
}

function Page({ download }: { download?: (name: string, text: string, type: string) => void }) {
  const entries = useLiveQuery(() => listHistory(db), []);
  return (
    <HistoryView
      entries={entries}
      onClear={() => ask({ type: 'history.clear' })}
      download={download}
      formatDate={(ms) => new Date(ms).toISOString().slice(0, 10)}
      now={() => Date.UTC(2026, 2, 1)}
    />
  );
}

const INFRA = postingFromText('Acme | Infrastructure Engineer | Remote\n\nRequirements:\n- Terraform and Kubernetes\n- Go and Istio\n', 'https://jobs.example.com/infra');
const PLATFORM = postingFromText('Cobalt Grid | Platform Engineer | Remote\n\nRequirements:\n- Go, Helm and Kubernetes\n', 'https://jobs.example.com/platform');

/** The content script's request, from a tab, at a time. */
async function view(jobKey: string, posting: typeof INFRA, at: number) {
  clock = at;
  const reply = await service.handle({ type: 'analyze', jobKey, posting }, { tabId: 1 });
  if (!reply.ok) throw new Error(reply.error);
}

beforeEach(async () => {
  db = openDb(`history-${++n}`, new IDBFactory(), IDBKeyRange);
  service = createService(db, bundled, quietHost({ newId: () => `r${++n}`, now: () => clock }));
  clock = Date.UTC(2026, 0, 1);
  await ask({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform and Kubernetes on AWS', size: 1 });
});

const rows = () => screen.queryAllByTestId('history-row');

describe('history page', () => {
  it('says how the list fills while it is empty, and offers nothing to export or clear', async () => {
    render(<Page />);
    expect(await screen.findByTestId('history-empty')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Clear history' }).hasAttribute('disabled')).toBe(true);
  });

  it('lists the postings viewed, newest first, and follows new ones live', async () => {
    await view('infra', INFRA, Date.UTC(2026, 0, 5));
    render(<Page />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await view('platform', PLATFORM, Date.UTC(2026, 0, 9));
    await service.settled();
    await waitFor(() => expect(rows()).toHaveLength(2));

    const [first, second] = rows();
    expect(within(first!).getByRole('rowheader').textContent).toBe('Platform Engineer');
    expect(first!.textContent).toContain('Cobalt Grid');
    expect(first!.textContent).toContain('2026-01-09');
    expect(within(second!).getByRole('link', { name: 'Infrastructure Engineer' }).getAttribute('href')).toBe('https://jobs.example.com/infra');
    const score = (await listHistory(db)).find((h) => h.jobKey === 'infra')!.score;
    expect(within(second!).getByText(String(score))).toBeTruthy();
    // Its missing skills, each linked to its guide section.
    const go = second!.querySelector('[data-skill="go"] a')!;
    expect(go.getAttribute('href')).toMatch(/^guide\.html#([a-z-]+--|skill-)go$/);
  });

  it('charts the skills missed most, with count, share and guide link', async () => {
    await view('infra', INFRA, 1);
    await view('platform', PLATFORM, 2);
    await service.settled();
    render(<Page />);
    const chart = await screen.findByTestId('missing-chart');
    const items = within(chart).getAllByRole('listitem');
    expect(items[0]!.getAttribute('data-skill')).toBe('go');
    expect(items[0]!.textContent).toContain('2 of 2 (100%)');
    expect(items[0]!.textContent).toContain('required in 2');
    const link = within(items[0]!).getByRole('link', { name: 'Go' });
    expect(link.getAttribute('href')).toMatch(/^guide\.html#([a-z-]+--|skill-)go$/);
    const ids = items.map((i) => i.getAttribute('data-skill'));
    expect(ids).toEqual(expect.arrayContaining(['istio', 'helm']));
    expect(items.find((i) => i.getAttribute('data-skill') === 'helm')!.textContent).toContain('1 of 2 (50%)');
    expect(ids).not.toContain('terraform');
  });

  it('never links a posting whose URL is not http(s)', async () => {
    await recordHistory(db, { jobKey: 'x', url: 'javascript:alert(1)', title: 'Trap', company: 'Evil', site: 'page', score: 10, missing: [], viewedAt: 1 });
    render(<Page />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(within(rows()[0]!).queryByRole('link')).toBeNull();
    expect(rows()[0]!.textContent).toContain('Trap');
  });

  it('exports the history as CSV', async () => {
    await view('infra', INFRA, Date.UTC(2026, 0, 5));
    await service.settled();
    const download = vi.fn();
    render(<Page download={download} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text, type] = download.mock.calls[0]! as [string, string, string];
    expect(name).toBe('fitmark-history-2026-03-01.csv');
    expect(type).toMatch(/^text\/csv/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Date,Title,Company,Site,Score,URL,Missing skills,Missing required skills');
    expect(lines[1]).toMatch(/^2026-01-05T00:00:00\.000Z,Infrastructure Engineer,Acme,text,\d+,https:\/\/jobs\.example\.com\/infra,.*Go/);
    expect(screen.getByRole('status').textContent).toMatch(/Exported 1 posting/);
  });

  it('clears the history only after a confirm step', async () => {
    await view('infra', INFRA, 1);
    await view('platform', PLATFORM, 2);
    await service.settled();
    render(<Page />);
    await waitFor(() => expect(rows()).toHaveLength(2));

    await userEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Clear your history?' });
    expect(dialog.textContent).toContain('2 postings');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.history.count()).toBe(2);

    await userEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    expect(await screen.findByTestId('history-empty')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Your history is cleared.');
    expect(await db.history.count()).toBe(0);
    expect(await db.resumes.count()).toBe(1);
  });

  it('shows an error when clearing fails, and keeps the list', async () => {
    await view('infra', INFRA, 1);
    await service.settled();
    function Failing() {
      const entries = useLiveQuery(() => listHistory(db), []);
      return <HistoryView entries={entries} onClear={() => Promise.reject(new Error('The background did not answer.'))} />;
    }
    render(<Failing />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, clear history' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The background did not answer.');
    expect(rows()).toHaveLength(1);
  });
});
