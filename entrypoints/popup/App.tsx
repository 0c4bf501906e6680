import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DataControls } from '@/components/DataControls';
import { prepareImport, resumeActions } from '@/components/popup-actions';
import { ResumeManager } from '@/components/ResumeManager';
import { TabMatch } from '@/components/TabMatch';
import { activeResume, listResumes, openDb, type SkillRef } from '@/lib/db';
import { createPageAsk } from '@/lib/protocol';
import type { TabReport } from '@/lib/report';
import { loadBrowserPdfJs } from './pdfjs';

const db = openDb();

const ask = createPageAsk((m) => browser.runtime.sendMessage(m));

/** The tab the popup was opened over; `?tab=ID` names one explicitly (used when the popup is opened as a page). */
/** The tab the popup is about, and its URL where the popup may see it (a board, or any page once the user opened the popup). */
async function currentTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab =
    param && /^\d+$/.test(param)
      ? await browser.tabs.get(Number(param)).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

const actions = resumeActions(ask, loadBrowserPdfJs);

async function exportAll(): Promise<void> {
  const data = await ask('data.export', {});
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `fitmark-export-${data.exportedAt.slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const importFile = (file: File) => prepareImport(ask, file);

export function App() {
  const resumes = useLiveQuery(() => listResumes(db), []);
  const active = useLiveQuery(() => activeResume(db), []);
  const [tab, setTab] = useState<{ id: number; url: string | undefined } | null>(null);
  const tabId = tab?.id ?? null;
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [blocked, setBlocked] = useState(false);
  const [skills, setSkills] = useState<SkillRef[]>([]);

  useEffect(() => {
    void currentTab().then(setTab);
    void ask('taxonomy.skills', {}).then(setSkills, () => setSkills([]));
  }, []);
  useEffect(() => {
    if (tab === null) return setReport(null);
    void ask('tab.status', { tabId: tab.id, url: tab.url }).then(
      (status) => {
        setReport(status.report);
        setBlocked(status.blocked);
      },
      () => setReport(null),
    );
  }, [tab, resumes]);

  return (
    <main className="pp">
      <h1>Fitmark</h1>
      <TabMatch
        report={report}
        blocked={blocked}
        onToggleSidebar={() => {
          if (tabId !== null) void browser.tabs.sendMessage(tabId, { type: 'sidebar.toggle' }).catch(() => undefined);
        }}
        onAnalyzePage={async () => {
          if (tab === null) throw new Error('There is no page to read.');
          setReport(await ask('page.analyze', { tabId: tab.id, url: tab.url }));
        }}
      />
      <ResumeManager resumes={resumes} activeId={active?.id ?? null} knownSkills={skills} actions={actions} />
      <DataControls onExport={exportAll} onImport={importFile} onDeleteAll={async () => void (await ask('data.deleteAll', {}))} />
      <p className="pp-small pp-muted">
        Your resumes never leave this device.{' '}
        <a href={browser.runtime.getURL('/guide.html')} target="_blank" rel="noreferrer">
          Role guides
        </a>
        {' · '}
        <a href={browser.runtime.getURL('/postings.html')} target="_blank" rel="noreferrer">
          History
        </a>
        {' · '}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
      </p>
    </main>
  );
}
