import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DataControls, type PendingImport } from '@/components/DataControls';
import { ResumeManager, type ResumeActions } from '@/components/ResumeManager';
import { TabMatch } from '@/components/TabMatch';
import { activeResume, listResumes, openDb, type SkillRef } from '@/lib/db';
import { createPageAsk } from '@/lib/protocol';
import type { TabReport } from '@/lib/report';
import { saveNotice } from '@/lib/resume/limits';
import { readResumeBytes } from '@/lib/resume/read';
import { loadBrowserPdfJs } from './pdfjs';

const db = openDb();

const ask = createPageAsk((m) => browser.runtime.sendMessage(m));

/** The tab the popup was opened over; `?tab=ID` names one explicitly (used when the popup is opened as a page). */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const actions: ResumeActions = {
  async upload(file, progress) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const read = await readResumeBytes(bytes, file.name, loadBrowserPdfJs, (done, total) =>
      progress(`Reading ${file.name}: page ${done} of ${total}…`),
    );
    progress(`Finding skills in ${file.name}…`);
    return saveNotice(await ask('resume.save', { name: file.name, kind: read.kind, text: read.text, size: file.size }));
  },
  async paste(name, text) {
    return saveNotice(await ask('resume.save', { name, kind: 'paste', text, size: text.length }));
  },
  remove: (id) => ask('resume.delete', { id }),
  restore: async (record) => void (await ask('resume.restore', { record })),
  activate: async (id) => void (await ask('resume.activate', { id })),
  rename: async (id, name) => void (await ask('resume.rename', { id, name })),
  correct: async (id, change) => void (await ask('resume.correct', { id, ...change })),
};

async function exportAll(): Promise<void> {
  const data = await ask('data.export', {});
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `fitmark-export-${data.exportedAt.slice(0, 10)}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads an export file and asks the background what importing it would do; the import itself waits for the user's yes. */
async function importFile(file: File): Promise<PendingImport> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    throw new Error('This file is not JSON, so it is not a Fitmark export. Nothing was imported.');
  }
  const summary = await ask('data.importPreview', { data });
  return { summary, run: () => ask('data.import', { data }) };
}

export function App() {
  const resumes = useLiveQuery(() => listResumes(db), []);
  const active = useLiveQuery(() => activeResume(db), []);
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [blocked, setBlocked] = useState(false);
  const [skills, setSkills] = useState<SkillRef[]>([]);

  useEffect(() => {
    void currentTabId().then(setTabId);
    void ask('taxonomy.skills', {}).then(setSkills, () => setSkills([]));
  }, []);
  useEffect(() => {
    if (tabId === null) return setReport(null);
    void ask('tab.status', { tabId }).then(
      (status) => {
        setReport(status.report);
        setBlocked(status.blocked);
      },
      () => setReport(null),
    );
  }, [tabId, resumes]);

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
          if (tabId === null) throw new Error('There is no page to read.');
          setReport(await ask('page.analyze', { tabId }));
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
