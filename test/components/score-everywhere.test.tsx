import { render, screen, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HistoryView } from '@/components/HistoryView';
import { TabMatch } from '@/components/TabMatch';
import { createService } from '@/lib/background/service';
import { listHistory, openDb, recordHistory } from '@/lib/db';
import { postingFromText } from '@/lib/posting/text';
import type { TabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';
import { quietHost } from '../helpers';

/** The badge, the popup and the history page show the one score the sidebar shows: the requirements met. */
const posting = postingFromText('Acme | Site Engineer | Remote\n\nRequirements:\n- Python or Go for tooling\n- Terraform and Kubernetes\n', 'https://jobs.example.com/1');

async function setup() {
  const db = openDb(`score-${Math.random()}`, new IDBFactory(), IDBKeyRange);
  const badges: string[] = [];
  let n = 0;
  const s = createService(db, bundled, quietHost({ newId: () => `r${++n}`, now: () => 1_000 + n, setBadge: async (_t: number, text: string) => void badges.push(text) }));
  return { db, s, badges };
}

describe('one score everywhere', () => {
  it('badge, popup and history agree with the report, made from the requirements', async () => {
    const { db, s, badges } = await setup();
    await s.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: 'Python tooling; Terraform modules.', size: 1 }, {});
    const r = ((await s.handle({ type: 'analyze', jobKey: 'k', posting }, { tabId: 1 })) as { value: TabReport }).value;
    // "Python or Go" met by Python; "Terraform and Kubernetes" partly: (1 + ½) / 2 = 75.
    expect(r).toMatchObject({ score: 75, basis: 'requirements', summary: '1 of 2 required met, 1 partly' });
    expect(r.missing.map((m) => m.id)).toEqual(['kubernetes']);
    await s.settled();
    await new Promise((done) => setTimeout(done, 0)); // the badge is painted after the answer
    expect(badges.at(-1)).toBe('75');

    render(<TabMatch report={r} onToggleSidebar={() => undefined} />);
    expect(screen.getByRole('img', { name: 'Match score 75 out of 100' }).textContent).toBe('75');
    expect(screen.getByTestId('tab-summary').textContent).toBe('1 of 2 required met, 1 partly');
    expect(screen.getByTestId('tab-resume').textContent).toBe('With “cv.txt”.');

    const history = await listHistory(db);
    expect(history[0]).toMatchObject({ score: 75, basis: 'requirements', resumeName: 'cv.txt' });
    render(<HistoryView entries={history} onClear={async () => undefined} formatDate={() => 'today'} />);
    const row = within(screen.getByTestId('history-table')).getByText('Site Engineer').closest('tr')!;
    expect(row.querySelector('[data-basis]')!.textContent).toBe('75');
    expect(screen.queryByTestId('history-older-note')).toBeNull();
  });

  it('the popup points to a resume that fits the posting better', () => {
    const report = {
      jobKey: 'k',
      posting: { site: 'lever', title: 'SRE', company: 'Acme', location: '', url: 'https://example.test/' },
      role: null,
      resumeName: 'backend.pdf',
      resumeId: 'a',
      resumes: [
        { id: 'a', name: 'backend.pdf', score: 40 },
        { id: 'b', name: 'sre.pdf', score: 90 },
      ],
      bestResumeId: 'b',
      score: 40,
      summary: '2 of 5 required met',
      explanation: '',
      matched: [],
      missing: [],
      facts: { yearsMin: null, workMode: null, salary: null, sponsorship: null, clearance: null, degree: null },
      requirements: [],
      skills: [],
    } satisfies TabReport;
    render(<TabMatch report={report} onToggleSidebar={() => undefined} />);
    expect(screen.getByTestId('tab-resume').textContent).toBe('With “backend.pdf”. “sre.pdf” fits it better (90): switch in the sidebar.');
  });

  it('history rows stored before keep their score, marked as an older keyword score; several resumes are named', async () => {
    const { db } = await setup();
    const base = { url: 'https://jobs.example.com/x', company: 'Acme', site: 'lever', missing: [] };
    await recordHistory(db, { ...base, jobKey: 'old', title: 'Old one', score: 62, viewedAt: 1 });
    await recordHistory(db, { ...base, jobKey: 'new', title: 'New one', score: 64, viewedAt: 2, basis: 'requirements', resumeId: 'a', resumeName: 'backend.pdf', chosen: false });
    await recordHistory(db, { ...base, jobKey: 'new2', title: 'Other', score: 80, viewedAt: 3, basis: 'requirements', resumeId: 'b', resumeName: 'sre.pdf', chosen: true });
    render(<HistoryView entries={await listHistory(db)} onClear={async () => undefined} formatDate={() => 'today'} />);
    const cell = (title: string) => within(screen.getByTestId('history-table')).getByText(title).closest('tr')!.querySelector('[data-basis]')!;
    expect(cell('Old one').textContent).toBe('62*');
    expect(cell('Old one').getAttribute('data-basis')).toBe('keywords');
    expect(within(cell('Old one') as HTMLElement).getByTitle('Score by keywords (older Fitmark)')).toBeTruthy();
    expect(cell('New one').textContent).toBe('64backend.pdf');
    expect(cell('Other').textContent).toBe('80sre.pdf');
    expect(screen.getByTestId('history-older-note').textContent).toMatch(/^\* Scored by an older Fitmark, by keywords\./);
  });
});
