import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { z } from '../zod';
import { HISTORY_LIMIT, HistoryEntry, Time } from '../history';
import { mergePreferences, parsePreferences, PREFERENCES_KEY, type Preferences } from '../preferences';
import { MAX_RESUME_CHARS, MAX_RESUME_NAME } from '../resume/limits';

/**
 * The database lives in the extension's origin: only the background and the
 * extension's own pages open it (a content script would open linkedin.com's).
 */
export const SkillRef = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  category: z.string().check(z.maxLength(50)),
});
export type SkillRef = z.infer<typeof SkillRef>;

export const RESUME_KINDS = ['pdf', 'docx', 'json', 'text', 'paste'] as const;

export const ResumeRecord = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_RESUME_NAME)),
  kind: z.enum(RESUME_KINDS),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_RESUME_CHARS)),
  /** Skills the parser found in `text`; recomputed when the text or the taxonomy changes. */
  skills: z.array(SkillRef),
  /** The user's corrections: they survive re-parsing and re-uploading a file of the same name. */
  corrections: z.object({ added: z.array(SkillRef), removed: z.array(z.string().check(z.maxLength(100))) }),
  /** Set when the text does not read like a resume. */
  warning: z.nullable(z.string().check(z.maxLength(500))),
  size: z.number().check(z.int(), z.nonnegative()),
  createdAt: Time,
  updatedAt: Time,
});
export type ResumeRecord = z.infer<typeof ResumeRecord>;

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type FitmarkDb = Dexie & {
  resumes: EntityTable<ResumeRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  history: EntityTable<HistoryEntry, 'jobKey'>;
};

export const DB_NAME = 'fitmark';

/**
 * Every version the schema has had, oldest first. Never edit a released entry:
 * add a new one with an upgrade. Tests open a database written by each earlier
 * version and check the upgrade loses nothing.
 */
export const SCHEMA: ReadonlyArray<{ version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<unknown> }> = [
  { version: 1, stores: { resumes: 'id, createdAt', settings: 'key' } },
  {
    version: 2,
    stores: { resumes: 'id, createdAt, name', settings: 'key' },
    // v2 adds the user's corrections and the not-a-resume warning.
    upgrade: (tx) =>
      tx
        .table('resumes')
        .toCollection()
        .modify((r: Record<string, unknown>) => {
          r.corrections ??= { added: [], removed: [] };
          r.warning ??= null;
        }),
  },
  // v3 keeps the postings analysed, one entry per job: re-analysing a job replaces its entry.
  { version: 3, stores: { resumes: 'id, createdAt, name', settings: 'key', history: 'jobKey, viewedAt' } },
];

/** Opens (or creates, or upgrades) the database. Tests pass their own IndexedDB. */
export function openDb(name = DB_NAME, indexedDB?: IDBFactory, IDBKeyRange?: typeof globalThis.IDBKeyRange): FitmarkDb {
  const db = new Dexie(name, indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined) as FitmarkDb;
  for (const v of SCHEMA) {
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  return db;
}

/** The settings key of the resume the user chose to match with. */
export const ACTIVE_RESUME_KEY = 'activeResumeId';
const ACTIVE = ACTIVE_RESUME_KEY;

/**
 * The one home of the user's corrections: removed skills go, added ones count
 * (once). `added` turns an added skill into whatever the caller lists.
 */
export function applyCorrections<T extends { id: string }>(skills: readonly T[], corrections: ResumeRecord['corrections'], added: (a: SkillRef) => T): T[] {
  const removed = new Set(corrections.removed);
  const out = skills.filter((s) => !removed.has(s.id));
  const have = new Set(out.map((s) => s.id));
  for (const a of corrections.added) if (!removed.has(a.id) && !have.has(a.id)) out.push(added(a));
  return out;
}

/** The skills a resume shows once the user's corrections are applied. */
export function effectiveSkills(r: Pick<ResumeRecord, 'skills' | 'corrections'>): SkillRef[] {
  return applyCorrections(r.skills, r.corrections, (a) => a);
}

/**
 * Saves a resume and makes it the active one. A file of the same name as a
 * saved resume replaces its text but keeps its id and the user's corrections.
 */
export async function saveResume(db: FitmarkDb, record: ResumeRecord): Promise<ResumeRecord> {
  return db.transaction('rw', db.resumes, db.settings, async () => {
    const same = await db.resumes.where('name').equals(record.name).first();
    const merged = same ? { ...record, id: same.id, createdAt: same.createdAt, corrections: same.corrections } : record;
    const valid = ResumeRecord.parse(merged);
    await db.resumes.put(valid);
    await db.settings.put({ key: ACTIVE, value: valid.id });
    return valid;
  });
}

/** Puts back a record exactly as it was (undo of a delete, or an import). */
export async function restoreResume(db: FitmarkDb, record: ResumeRecord): Promise<void> {
  await db.resumes.put(ResumeRecord.parse(record));
}

export async function updateResume(db: FitmarkDb, id: string, change: (r: ResumeRecord) => ResumeRecord): Promise<ResumeRecord> {
  return db.transaction('rw', db.resumes, async () => {
    const cur = await db.resumes.get(id);
    if (!cur) throw new Error('That resume is no longer saved.');
    const next = ResumeRecord.parse(change(cur));
    await db.resumes.put(next);
    return next;
  });
}

export async function listResumes(db: FitmarkDb): Promise<ResumeRecord[]> {
  return db.resumes.orderBy('createdAt').reverse().toArray();
}

/** The resume matches are made against: the one chosen, else the newest. */
export async function activeResume(db: FitmarkDb): Promise<ResumeRecord | null> {
  const chosen = await activeResumeId(db);
  if (chosen !== null) {
    const r = await db.resumes.get(chosen);
    if (r) return r;
  }
  return (await db.resumes.orderBy('createdAt').last()) ?? null;
}

/** The id of the resume the user chose as active, if any (it may have been deleted since). */
export async function activeResumeId(db: FitmarkDb): Promise<string | null> {
  const chosen = (await db.settings.get(ACTIVE))?.value;
  return typeof chosen === 'string' ? chosen : null;
}

/** activeResume among records already read (listResumes' order: newest first), without reading again. */
export function activeAmong(records: readonly ResumeRecord[], chosen: string | null): ResumeRecord | null {
  return (chosen !== null ? records.find((r) => r.id === chosen) : undefined) ?? records[0] ?? null;
}

export async function setActiveResume(db: FitmarkDb, id: string): Promise<void> {
  if (!(await db.resumes.get(id))) throw new Error('That resume is no longer saved.');
  await db.settings.put({ key: ACTIVE, value: id });
}

/** Deletes a resume and returns it, so the caller can offer undo. */
export async function deleteResume(db: FitmarkDb, id: string): Promise<ResumeRecord | null> {
  return db.transaction('rw', db.resumes, db.settings, async () => {
    const cur = (await db.resumes.get(id)) ?? null;
    await db.resumes.delete(id);
    const chosen = (await db.settings.get(ACTIVE))?.value;
    if (chosen === id) await db.settings.delete(ACTIVE);
    return cur;
  });
}

/**
 * Records a posting analysed; the same job replaces its entry, unless that
 * entry is of a later view (two tabs on one job, the older one refreshed).
 * Beyond HISTORY_LIMIT the oldest go.
 */
export async function recordHistory(db: FitmarkDb, entry: HistoryEntry, limit = HISTORY_LIMIT): Promise<void> {
  const valid = HistoryEntry.parse(entry);
  await db.transaction('rw', db.history, async () => {
    const have = await db.history.get(valid.jobKey);
    if (have && have.viewedAt > valid.viewedAt) return;
    await db.history.put(valid);
    const over = (await db.history.count()) - limit;
    if (over > 0) await db.history.orderBy('viewedAt').limit(over).delete();
  });
}

/** Newest first. */
export async function listHistory(db: FitmarkDb): Promise<HistoryEntry[]> {
  return db.history.orderBy('viewedAt').reverse().toArray();
}

export async function clearHistory(db: FitmarkDb): Promise<void> {
  await db.history.clear();
}

/** The stored preferences; what is missing or damaged reads as its default. */
export async function loadPreferences(db: FitmarkDb): Promise<Preferences> {
  return parsePreferences((await db.settings.get(PREFERENCES_KEY))?.value);
}

/** Applies a partial update (validated: throws and changes nothing on a bad one) and answers the result. */
export async function savePreferences(db: FitmarkDb, patch: unknown): Promise<Preferences> {
  return db.transaction('rw', db.settings, async () => {
    const next = mergePreferences(parsePreferences((await db.settings.get(PREFERENCES_KEY))?.value), patch);
    await db.settings.put({ key: PREFERENCES_KEY, value: next });
    return next;
  });
}

export const EXPORT_FORMAT = 'fitmark-export';
/** The export version this Fitmark writes; an import of a higher one was made by a newer Fitmark (lib/db/import.ts). */
export const EXPORT_VERSION = 2;
const Setting = z.object({ key: z.string().check(z.maxLength(200)), value: z.unknown() });
/** What an export writes (version 2 added the history of postings analysed to version 1). */
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  resumes: z.array(ResumeRecord),
  settings: z.array(Setting),
  history: z.array(HistoryEntry),
});
export type ExportFile = z.infer<typeof ExportFile>;

/** Everything the user saved, as one JSON-ready object. */
export async function exportAll(db: FitmarkDb, now: Date): Promise<ExportFile> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    resumes: await db.resumes.toArray(),
    settings: await db.settings.toArray(),
    history: await listHistory(db),
  };
}

/** Deletes everything Fitmark stored. */
export async function deleteAllData(db: FitmarkDb): Promise<void> {
  await db.transaction('rw', db.resumes, db.settings, db.history, async () => {
    await db.resumes.clear();
    await db.settings.clear();
    await db.history.clear();
  });
}
