import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ResumeManager } from '@/components/ResumeManager';
import { TabMatch } from '@/components/TabMatch';
import { activeResume, listResumes, openDb } from '@/lib/db';
import type { Reply } from '@/lib/messages';
import type { TabReport } from '@/lib/report';
import { readResumeBytes } from '@/lib/resume/read';
import { loadBrowserPdfJs } from './pdfjs';

const db = openDb();

async function ask<T>(message: unknown): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('Fitmark’s background did not answer. Reload the extension and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The tab the popup was opened over; `?tab=ID` names one explicitly (used when the popup is opened as a page). */
async function currentTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const resumes = useLiveQuery(() => listResumes(db), []);
  const active = useLiveQuery(() => activeResume(db), []);
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);

  useEffect(() => {
    void currentTabId().then(setTabId);
  }, []);
  useEffect(() => {
    if (tabId === null) return setReport(null);
    void ask<TabReport | null>({ type: 'tab.status', tabId }).then(setReport, () => setReport(null));
  }, [tabId, resumes]);

  return (
    <main className="pp">
      <h1>Fitmark</h1>
      <TabMatch
        report={report}
        onToggleSidebar={() => {
          if (tabId !== null) void browser.tabs.sendMessage(tabId, { type: 'sidebar.toggle' }).catch(() => undefined);
        }}
      />
      <ResumeManager
        resumes={resumes}
        activeId={active?.id ?? null}
        onUpload={async (file) => {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const read = await readResumeBytes(bytes, file.name, loadBrowserPdfJs);
          await ask({ type: 'resume.save', name: file.name, kind: read.kind, text: read.text, size: file.size });
        }}
        onPaste={async (name, text) => {
          await ask({ type: 'resume.save', name, kind: 'paste', text, size: text.length });
        }}
        onDelete={async (id) => {
          await ask({ type: 'resume.delete', id });
        }}
        onActivate={async (id) => {
          await ask({ type: 'resume.activate', id });
        }}
      />
      <p className="pp-small pp-muted">
        Your resumes never leave this device. <a href={browser.runtime.getURL('/guide.html')} target="_blank" rel="noreferrer">Role guides</a>
      </p>
    </main>
  );
}
