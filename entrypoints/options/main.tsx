import { useLiveQuery } from 'dexie-react-hooks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/components/OptionsView';
import { loadPreferences, openDb } from '@/lib/db';
import type { Reply } from '@/lib/messages';
import { SITES } from '@/lib/posting/sites';
import './options.css';

// Reads the database live; writes go through the background, which validates them and tells open tabs.
const db = openDb();
const boards = SITES.map((s) => s.id);

async function ask<T>(message: unknown): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('Fitmark’s background did not answer. Reload the extension and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

function Options() {
  const preferences = useLiveQuery(() => loadPreferences(db), []);
  return (
    <main className="op">
      <h1>Fitmark options</h1>
      <OptionsView
        preferences={preferences}
        boards={boards}
        onChange={async (patch) => {
          await ask({ type: 'preferences.set', preferences: patch });
        }}
      />
      <p className="ov-hint">
        <a href={browser.runtime.getURL('/history.html')}>Postings you viewed</a> · <a href={browser.runtime.getURL('/guide.html')}>Role guides</a>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
