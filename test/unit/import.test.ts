import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createService, type Service } from '@/lib/background/service';
import { activeResume, EXPORT_VERSION, listHistory, listResumes, loadPreferences, openDb, recordHistory, type ExportFile, type FitmarkDb, type ResumeRecord } from '@/lib/db';
import { describeImport, importAll, type ImportSummary } from '@/lib/db/import';
import { HISTORY_LIMIT, HistoryEntry, type HistoryEntry as Entry } from '@/lib/history';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';
import { bundled } from '@/lib/skills/taxonomy';
import { quietHost } from '../helpers';

/** The import as the popup drives it: messages to the real background service over a real Dexie database (fake-indexeddb). */
const NOW = Date.UTC(2026, 5, 1);
const DAY = 24 * 60 * 60 * 1000;
let db: FitmarkDb;
let service: Service;
let n = 0;

beforeEach(() => {
  db = openDb(`import-${++n}`, new IDBFactory(), IDBKeyRange);
  service = createService(db, bundled, quietHost({ newId: () => `here-${++n}`, now: () => NOW }));
});

async function ask<T>(message: unknown): Promise<T> {
  const reply = await service.handle(message, {});
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}
async function refusal(message: unknown): Promise<string> {
  const reply = await service.handle(message, {});
  if (reply.ok) throw new Error(`expected a refusal, got ${JSON.stringify(reply.value)}`);
  return reply.error;
}
const preview = (data: unknown) => ask<ImportSummary>({ type: 'data.importPreview', data });
const doImport = (data: unknown) => ask<ImportSummary>({ type: 'data.import', data });

function resume(id: string, name: string, over: Partial<ResumeRecord> = {}): ResumeRecord {
  return {
    id,
    name,
    kind: 'text',
    text: 'Skills: Terraform, Kubernetes',
    skills: [],
    corrections: { added: [], removed: [] },
    warning: null,
    size: 29,
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW - 30 * DAY,
    ...over,
  };
}
function entry(jobKey: string, viewedAt: number): Entry {
  return { jobKey, url: `https://jobs.example.com/${jobKey}`, title: `Job ${jobKey}`, company: 'Acme', site: 'greenhouse', score: 50, missing: [], viewedAt };
}
function file(o: { resumes?: unknown[]; settings?: unknown[]; history?: unknown[]; version?: unknown } = {}) {
  return { format: 'fitmark-export', version: 'version' in o ? o.version : EXPORT_VERSION, exportedAt: new Date(NOW).toISOString(), resumes: o.resumes ?? [], settings: o.settings ?? [], history: o.history ?? [] };
}
/** Everything stored, to show a preview wrote nothing. */
async function snapshot() {
  return { resumes: await db.resumes.toArray(), settings: await db.settings.toArray(), history: await db.history.toArray() };
}

describe('import: dates are held to real days', () => {
  it('leaves out history entries dated 1e300, NaN, Infinity, negative or in the future, and counts them; never stores them', async () => {
    const bad = [1e300, Number.NaN, Number.POSITIVE_INFINITY, -5, NOW + 400 * DAY, 8.64e15 + 1, 1.5];
    const good = [entry('ok-1', NOW - DAY), entry('ok-2', NOW - 2 * DAY), entry('clock-skew', NOW + 60 * 60 * 1000)];
    const data = file({ history: [...good, ...bad.map((t, i) => entry(`bad-${i}`, t))] });

    const before = await snapshot();
    const seen = await preview(data);
    expect(await snapshot()).toEqual(before);
    expect(seen.history).toMatchObject({ inFile: 3, added: 3, badDates: bad.length });

    const done = await doImport(data);
    expect(done.history).toMatchObject({ inFile: 3, added: 3, badDates: bad.length });
    expect((await listHistory(db)).map((h) => h.jobKey).sort()).toEqual(['clock-skew', 'ok-1', 'ok-2']);
    expect(describeImport(done, true)).toContain('Left out 7 postings with an impossible date (not a real day, or in the future).');
  });

  it('keeps a resume with an impossible date, dated at the import instead, and says so', async () => {
    const done = await doImport(file({ resumes: [resume('r1', 'cv.txt', { createdAt: 1e300, updatedAt: -1 })] }));
    expect(done.resumes).toMatchObject({ added: ['cv.txt'], redated: 1 });
    const [saved] = await listResumes(db);
    expect(saved).toMatchObject({ id: 'r1', createdAt: NOW, updatedAt: NOW });
    expect(describeImport(done, true)).toContain('1 resume had an impossible date; it was dated today instead.');
  });

  it('the stored schemas refuse what is not a date, so nothing else can store one either', async () => {
    expect(HistoryEntry.safeParse(entry('k', 1e300)).success).toBe(false);
    expect(HistoryEntry.safeParse(entry('k', -1)).success).toBe(false);
    await expect(recordHistory(db, entry('k', Number.NaN))).rejects.toThrow();
    expect(await db.history.count()).toBe(0);
    const r = await service.handle({ type: 'resume.restore', record: resume('r', 'cv', { createdAt: 1e300 }) }, {});
    expect(r).toEqual({ ok: false, error: 'malformed message' });
  });
});

describe('import: versions and damage are told apart', () => {
  it('a file from a newer Fitmark says so and asks to update, not "damaged"', async () => {
    for (const version of [3, 12]) {
      const error = await refusal({ type: 'data.importPreview', data: file({ version }) });
      expect(error).toBe(
        `This file was made by a newer version of Fitmark (export version ${version}; this Fitmark reads versions 1 to 2) — update Fitmark to import it. Nothing was imported.`,
      );
      expect(await refusal({ type: 'data.import', data: file({ version }) })).toBe(error);
    }
  });

  it('a version Fitmark never wrote, or a damaged record, is damaged, and says where', async () => {
    for (const version of [0, 2.5, '2', null]) expect(await refusal({ type: 'data.import', data: file({ version }) })).toMatch(/damaged: its version is missing or not a number Fitmark ever wrote/);
    const history = [entry('a', NOW), entry('b', NOW), { ...entry('c', NOW), score: 'high' }];
    expect(await refusal({ type: 'data.import', data: file({ history }) })).toBe(
      'This Fitmark export file is damaged: posting 3 of 3 in the history is not valid. Nothing was imported.',
    );
    expect(await refusal({ type: 'data.import', data: file({ resumes: [resume('a', 'a'), { ...resume('b', 'b'), kind: 'exe' }] }) })).toMatch(/resume 2 of 2 is not valid/);
    const { history: _, ...noHistory } = file();
    expect(await refusal({ type: 'data.import', data: noHistory })).toMatch(/its list of postings is missing/);
    expect(await db.history.count()).toBe(0);
  });

  it('a file that is not an export says so', async () => {
    for (const data of [null, [], 'text', { resumes: 3 }, { ...file(), format: 'other' }])
      expect(await refusal({ type: 'data.import', data })).toMatch(/^This is not a Fitmark export file/);
  });

  it('a version 1 file (before the history) still imports', async () => {
    const { history: _, ...v1 } = file({ resumes: [resume('r1', 'old.txt')], version: 1 });
    expect((await doImport(v1)).resumes.added).toEqual(['old.txt']);
  });
});

describe('import: duplicates are merged and counted once', () => {
  it('a resume and a posting listed twice count once, their latest copy kept', async () => {
    const data = file({
      resumes: [resume('r1', 'cv v1.txt', { updatedAt: NOW - 5 * DAY }), resume('r1', 'cv v2.txt', { updatedAt: NOW - DAY }), resume('r2', 'other.txt')],
      history: [entry('j1', NOW - 3 * DAY), entry('j1', NOW - DAY), entry('j1', NOW - 2 * DAY), entry('j2', NOW - DAY)],
    });
    const s = await doImport(data);
    expect(s.resumes).toMatchObject({ inFile: 2, added: ['cv v2.txt', 'other.txt'], duplicates: 1 });
    expect(s.history).toMatchObject({ inFile: 2, added: 2, duplicates: 2 });
    expect((await listResumes(db)).map((r) => r.name).sort()).toEqual(['cv v2.txt', 'other.txt']);
    expect((await listHistory(db)).find((h) => h.jobKey === 'j1')?.viewedAt).toBe(NOW - DAY);
    const lines = describeImport(s, true);
    expect(lines).toContain('Added 2 resumes: “cv v2.txt”, “other.txt”.');
    expect(lines).toContain('Added 2 postings to your history.');
    expect(lines).toContain('The file lists 3 records more than once; each is counted once, its latest copy kept.');
  });

  it('importing the same file twice adds nothing the second time, and says so', async () => {
    const data = file({ resumes: [resume('r1', 'cv.txt')], history: [entry('j1', NOW - DAY)] });
    await doImport(data);
    const again = await doImport(data);
    expect(again.resumes).toMatchObject({ added: [], replaced: [], unchanged: 1 });
    expect(again.history).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(describeImport(again, true)[0]).toBe('Nothing to import: everything in this file was already here.');
  });
});

describe('import: limits are announced', () => {
  it(`5,000 postings where the history keeps ${HISTORY_LIMIT.toLocaleString('en-US')}: the newest are kept, and the preview says so`, async () => {
    const history = Array.from({ length: 5000 }, (_, i) => entry(`j${i}`, NOW - (i + 1) * 60_000));
    const data = file({ history });
    const s = await preview(data);
    expect(s.history.limit).toEqual({ kept: 2000, of: 5000, removedHere: 0, leftOutOfFile: 3000 });
    // What is added is what is stored, not what the file offered.
    expect(s.history.added).toBe(2000);
    expect(describeImport(s, false)).toContain('History keeps 2,000 postings: keeps the newest 2,000 of 5,000.');
    const done = await doImport(data);
    expect(describeImport(done, true)).toContain('History keeps 2,000 postings: kept the newest 2,000 of 5,000.');
    const kept = await listHistory(db);
    expect(kept).toHaveLength(2000);
    expect(kept[0]!.jobKey).toBe('j0');
    expect(kept.at(-1)!.jobKey).toBe('j1999');
  });

  it('postings already here that the limit pushes out are counted too', async () => {
    for (let i = 0; i < 10; i++) await recordHistory(db, entry(`old${i}`, NOW - 100 * DAY - i));
    const s = await doImport(file({ history: Array.from({ length: 1995 }, (_, i) => entry(`new${i}`, NOW - i * 1000)) }));
    expect(s.history.limit).toEqual({ kept: 2000, of: 2005, removedHere: 5, leftOutOfFile: 0 });
    expect(describeImport(s, true)).toContain('History keeps 2,000 postings: kept the newest 2,000 of 2,005; 5 older postings already here went.');
    expect(await db.history.count()).toBe(2000);
    expect((await db.history.get('old4'))?.jobKey).toBe('old4');
    expect(await db.history.get('old5')).toBeUndefined();
  });
});

describe('import: what is replaced is shown before it is replaced', () => {
  async function setUpHere() {
    await ask({ type: 'resume.save', name: 'mine.txt', kind: 'text', text: 'Skills: Go and Rust', size: 19 });
    await ask({ type: 'resume.save', name: 'second.txt', kind: 'text', text: 'Skills: Python', size: 14 });
    await ask({ type: 'preferences.set', preferences: { sidebar: 'collapsed' } });
    return (await listResumes(db)).find((r) => r.name === 'mine.txt')!;
  }

  it('the preview lists replaced resumes, the active resume and each preference it changes, and writes nothing', async () => {
    const mine = await setUpHere();
    const data = file({
      resumes: [resume(mine.id, 'mine (laptop).txt', { updatedAt: mine.updatedAt - DAY, createdAt: mine.createdAt - DAY }), resume('new-1', 'fresh.txt')],
      settings: [
        { key: 'preferences', value: { sidebar: 'never', highlights: false, disabledBoards: ['linkedin', 'bogus board!'] } },
        { key: 'activeResumeId', value: 'new-1' },
        { key: 'taxonomyVersion', value: 'from another install' },
        { key: 'somethingNew', value: 1 },
      ],
    });
    const before = await snapshot();
    const s = await preview(data);
    expect(await snapshot()).toEqual(before);
    expect(s.resumes).toMatchObject({ added: ['fresh.txt'], replaced: [{ name: 'mine (laptop).txt', was: 'mine.txt', older: true }] });
    expect(s.active).toEqual({ from: 'second.txt', to: 'fresh.txt' });
    expect(s.preferences).toEqual([
      { field: 'sidebar', from: 'collapsed', to: 'never' },
      { field: 'highlights', from: true, to: false },
    ]);
    expect(s.preferencesDamaged).toBe(1);
    expect(s.ignoredSettings).toBe(1);
    expect(describeImport(s, false, (id) => ({ linkedin: 'LinkedIn' })[id] ?? id)).toEqual([
      'Adds 1 resume: “fresh.txt”.',
      'Replaces your saved resume “mine.txt” with the file’s copy (“mine (laptop).txt”), which is older: changes made here since are lost.',
      'Makes “fresh.txt” the resume your matches use (now “second.txt”).',
      'Changes your preferences: sidebar on a posting Collapsed → Closed; highlights in the posting on → off.',
      '1 preference in the file was damaged; it stays as set here.',
      'Leaves out 1 setting this version of Fitmark does not know.',
    ]);

    // Then the import does what the preview said.
    const done = await doImport(data);
    expect(done).toEqual(s);
    expect((await activeResume(db))?.name).toBe('fresh.txt');
    expect(await loadPreferences(db)).toEqual({ ...DEFAULT_PREFERENCES, sidebar: 'never', highlights: false });
    expect((await db.settings.get('somethingNew'))).toBeUndefined();
    expect((await db.settings.get('taxonomyVersion'))?.value).not.toBe('from another install');
  });

  it("an imported resume's skills are found again by this Fitmark, not taken from the file", async () => {
    const forged = resume('r1', 'cv.txt', {
      text: 'Ten years of Terraform and Kubernetes',
      skills: [{ id: 'cobol', name: 'COBOL', category: 'language' }],
      corrections: { added: [{ id: 'no-such-skill', name: 'Made up', category: 'tool' }, { id: 'go', name: 'Go', category: 'language' }], removed: [] },
    });
    await doImport(file({ resumes: [forged] }));
    const [r] = await listResumes(db);
    expect(r!.skills.map((s) => s.id).sort()).toEqual(['kubernetes', 'terraform']);
    expect(r!.corrections.added.map((s) => s.id)).toEqual(['go']);
  });

  it('an export of this Fitmark imports back into an empty one exactly', async () => {
    await setUpHere();
    const posting = { site: 'page', url: 'https://x.example/1', title: 'SRE', company: 'Acme', location: '', sections: [{ kind: 'requirements', heading: '', text: 'Kubernetes and Go', offset: 0 }] };
    expect((await service.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 1 })).ok).toBe(true);
    await service.settled();
    const exported = await ask<ExportFile>({ type: 'data.export' });
    const before = { resumes: await listResumes(db), history: await listHistory(db), prefs: await loadPreferences(db), active: (await activeResume(db))?.id };

    db = openDb(`import-${++n}`, new IDBFactory(), IDBKeyRange);
    service = createService(db, bundled, quietHost({ now: () => NOW }));
    const s = await doImport(JSON.parse(JSON.stringify(exported)));
    expect(s.resumes.added).toHaveLength(2);
    expect(s.history.added).toBe(1);
    expect({ resumes: await listResumes(db), history: await listHistory(db), prefs: await loadPreferences(db), active: (await activeResume(db))?.id }).toEqual(before);
  });

  it('all or nothing: the import writes in one transaction', async () => {
    // A database that fails mid-write (a put that throws) leaves everything as it was.
    await setUpHere();
    const before = await snapshot();
    const failing = Object.create(db) as FitmarkDb;
    const history = db.history;
    Object.defineProperty(failing, 'history', {
      get: () => Object.assign(Object.create(history), { bulkPut: () => Promise.reject(new Error('disk full')) }),
    });
    await expect(importAll(failing, file({ resumes: [resume('x', 'x.txt')], history: [entry('j', NOW)] }), { now: NOW })).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
  });
});
