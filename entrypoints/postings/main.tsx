import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { HistoryView } from '@/components/HistoryView';
import { listHistory, openDb } from '@/lib/db';
import { unwrap, type Reply } from '@/lib/messages';
import '@/components/theme.css';
import './postings.css';

// An extension page: it may read the database itself; changes go through the background.
const db = openDb();

async function ask<T>(message: unknown): Promise<T> {
  return unwrap((await browser.runtime.sendMessage(message)) as Reply<T> | undefined);
}

function History() {
  const entries = useLiveQuery(() => listHistory(db), []);
  return (
    <main className="hp">
      <h1>Postings you viewed</h1>
      <HistoryView entries={entries} onClear={() => ask({ type: 'history.clear' })} />
      <p className="hv-small hv-muted">
        Kept on this device only.{' '}
        <a href={browser.runtime.getURL('/guide.html')}>Role guides</a> · <a href={browser.runtime.getURL('/options.html')}>Options</a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <History />
  </StrictMode>,
);
