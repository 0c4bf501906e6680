import { quietHost } from '../helpers';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { OptionsView } from '@/components/OptionsView';
import { createService, type Service } from '@/lib/background/service';
import { loadPreferences, openDb, type FitmarkDb } from '@/lib/db';
import { SITES } from '@/lib/posting/sites';
import { DEFAULT_PREFERENCES, type PreferencesPatch } from '@/lib/preferences';
import { bundled } from '@/lib/skills/taxonomy';

/** The options page as it runs: a live query reads the database, changes go through the real service. */
let db: FitmarkDb;
let service: Service;
let n = 0;
const boards = SITES.map((s) => s.id);

function Page({ onChange }: { onChange?: (p: PreferencesPatch) => Promise<void> }) {
  const preferences = useLiveQuery(() => loadPreferences(db), []);
  return (
    <OptionsView
      preferences={preferences}
      boards={boards}
      onChange={
        onChange ??
        (async (patch) => {
          const reply = await service.handle({ type: 'preferences.set', preferences: patch }, {});
          if (!reply.ok) throw new Error(reply.error);
        })
      }
    />
  );
}

beforeEach(() => {
  db = openDb(`options-${++n}`, new IDBFactory(), IDBKeyRange);
  service = createService(db, bundled, quietHost({ newId: () => `r${++n}` }));
});

const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;
const checkbox = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('options page', () => {
  it('shows the defaults: sidebar open, highlights on, every board on, each control labelled', async () => {
    render(<Page />);
    await waitFor(() => expect(radio(/^Open/).checked).toBe(true));
    expect(radio(/^Collapsed/).checked).toBe(false);
    expect(radio(/^Closed/).checked).toBe(false);
    expect(checkbox(/Highlight the skills/).checked).toBe(true);
    const group = screen.getByRole('group', { name: 'Job boards Fitmark reads' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.value)).toEqual(boards);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect(checkbox('LinkedIn')).toBeTruthy();
    expect(checkbox('iCIMS')).toBeTruthy();
  });

  it('saves each change at once, and shows what is stored', async () => {
    render(<Page />);
    await waitFor(() => expect(radio(/^Open/).checked).toBe(true));

    await userEvent.click(radio(/^Collapsed/));
    await waitFor(() => expect(radio(/^Collapsed/).checked).toBe(true));
    expect((await loadPreferences(db)).sidebar).toBe('collapsed');
    expect(screen.getByTestId('options-status').textContent).toBe('Saved.');

    await userEvent.click(checkbox(/Highlight the skills/));
    await waitFor(() => expect(checkbox(/Highlight the skills/).checked).toBe(false));

    await userEvent.click(checkbox('Indeed'));
    await waitFor(() => expect(checkbox('Indeed').checked).toBe(false));
    await userEvent.click(checkbox('Workday'));
    await waitFor(() => expect(checkbox('Workday').checked).toBe(false));
    expect(await loadPreferences(db)).toEqual({ sidebar: 'collapsed', highlights: false, disabledBoards: ['indeed', 'workday'] });

    await userEvent.click(checkbox('Indeed'));
    await waitFor(() => expect(checkbox('Indeed').checked).toBe(true));
    expect((await loadPreferences(db)).disabledBoards).toEqual(['workday']);
    // What the content script will be told.
    expect(await service.handle({ type: 'preferences.get' }, { tabId: 4 })).toEqual({
      ok: true,
      value: { sidebar: 'collapsed', highlights: false, disabledBoards: ['workday'] },
    });
  });

  it('keeps both of two boards turned off in quick succession', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const patches: PreferencesPatch[] = [];
    render(
      <Page
        onChange={async (patch) => {
          patches.push(patch);
          await gate; // neither save lands before both clicks
          await service.handle({ type: 'preferences.set', preferences: patch }, {});
        }}
      />,
    );
    await waitFor(() => expect(checkbox('Lever').checked).toBe(true));
    await userEvent.click(checkbox('Lever'));
    await userEvent.click(checkbox('Ashby'));
    release();
    await waitFor(() => expect(checkbox('Ashby').checked).toBe(false));
    expect(patches.at(-1)).toEqual({ disabledBoards: ['lever', 'ashby'] });
    expect((await loadPreferences(db)).disabledBoards).toEqual(['lever', 'ashby']);
  });

  it('reads damaged stored preferences as defaults, and follows changes made elsewhere', async () => {
    await db.settings.put({ key: 'preferences', value: { sidebar: 'never', highlights: 'sure', disabledBoards: 'lever' } });
    render(<Page />);
    await waitFor(() => expect(radio(/^Closed/).checked).toBe(true));
    expect(checkbox(/Highlight the skills/).checked).toBe(true);
    expect(checkbox('Lever').checked).toBe(true);
    await service.handle({ type: 'preferences.set', preferences: { highlights: false } }, {});
    await waitFor(() => expect(checkbox(/Highlight the skills/).checked).toBe(false));
  });

  it('says so when a change cannot be saved, and keeps the stored value', async () => {
    render(<Page onChange={() => Promise.reject(new Error('Fitmark’s background did not answer.'))} />);
    await waitFor(() => expect(checkbox(/Highlight the skills/).checked).toBe(true));
    await userEvent.click(checkbox(/Highlight the skills/));
    expect((await screen.findByRole('alert')).textContent).toBe('Fitmark’s background did not answer.');
    expect(checkbox(/Highlight the skills/).checked).toBe(true);
    expect(await loadPreferences(db)).toEqual(DEFAULT_PREFERENCES);
  });
});
