import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { HistoryView } from '@/components/HistoryView';
import { listHistory, openDb } from '@/lib/db';
import { createPageAsk } from '@/lib/protocol';
import '@/components/theme.css';
import './postings.css';

// An extension page: it may read the database itself; changes go through the background.
const db = openDb();

const ask = createPageAsk((m) => browser.runtime.sendMessage(m));

function History() {
  const entries = useLiveQuery(() => listHistory(db), []);
  return (
    <main className="hp">
      <h1>Postings you viewed</h1>
      <HistoryView entries={entries} onClear={async () => void (await ask('history.clear', {}))} />
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
