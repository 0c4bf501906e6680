import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import { loadPreferences, openDb } from '@/lib/db';
import { createPageAsk } from '@/lib/protocol';
import { SITES } from '@/lib/posting/sites';
import '@/components/theme.css';
import './options.css';

// Reads the database live; writes go through the background, which validates them and tells open tabs.
const db = openDb();
const boards = SITES.map((s) => s.id);

const ask = createPageAsk((m) => browser.runtime.sendMessage(m));

function Options() {
  const preferences = useLiveQuery(() => loadPreferences(db), []);
  return (
    <main className="op">
      <h1>Fitmark options</h1>
      <OptionsView
        preferences={preferences}
        boards={boards}
        onChange={async (patch) => {
          await ask('preferences.set', { preferences: patch });
        }}
      />
      <p className="ov-hint">
        <a href={browser.runtime.getURL('/postings.html')}>Postings you viewed</a> · <a href={browser.runtime.getURL('/guide.html')}>Role guides</a> ·{' '}
        <a href={browser.runtime.getURL('/privacy.html')}>Privacy policy</a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
