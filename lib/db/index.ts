import Dexie, { type EntityTable } from 'dexie';
import { z } from 'zod';

/**
 * The database lives in the extension's origin: only the background and the
 * extension's own pages open it (a content script would open linkedin.com's).
 */
export const ResumeRecord = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  kind: z.enum(['pdf', 'text', 'paste']),
  text: z.string().min(1),
  /** Skills found, kept for display; recomputed from `text` when the taxonomy changes. */
  skills: z.array(z.object({ id: z.string(), name: z.string(), category: z.string() })),
  size: z.number().int().nonnegative(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ResumeRecord = z.infer<typeof ResumeRecord>;

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type FitmarkDb = Dexie & {
  resumes: EntityTable<ResumeRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const DB_NAME = 'fitmark';

/** Opens (or creates) the database. Pass a different name in tests. */
export function openDb(name = DB_NAME, indexedDB?: IDBFactory, IDBKeyRange?: typeof globalThis.IDBKeyRange): FitmarkDb {
  const db = new Dexie(name, indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined) as FitmarkDb;
  db.version(1).stores({
    resumes: 'id, createdAt',
    settings: 'key',
  });
  return db;
}

const ACTIVE = 'activeResumeId';

export async function saveResume(db: FitmarkDb, record: ResumeRecord): Promise<ResumeRecord> {
  const valid = ResumeRecord.parse(record);
  await db.transaction('rw', db.resumes, db.settings, async () => {
    await db.resumes.put(valid);
    await db.settings.put({ key: ACTIVE, value: valid.id });
  });
  return valid;
}

export async function listResumes(db: FitmarkDb): Promise<ResumeRecord[]> {
  return db.resumes.orderBy('createdAt').reverse().toArray();
}

/** The resume matches are made against: the one chosen, else the newest. */
export async function activeResume(db: FitmarkDb): Promise<ResumeRecord | null> {
  const chosen = (await db.settings.get(ACTIVE))?.value;
  if (typeof chosen === 'string') {
    const r = await db.resumes.get(chosen);
    if (r) return r;
  }
  return (await db.resumes.orderBy('createdAt').last()) ?? null;
}

export async function setActiveResume(db: FitmarkDb, id: string): Promise<void> {
  if (!(await db.resumes.get(id))) throw new Error(`no resume ${id}`);
  await db.settings.put({ key: ACTIVE, value: id });
}

export async function deleteResume(db: FitmarkDb, id: string): Promise<void> {
  await db.transaction('rw', db.resumes, db.settings, async () => {
    await db.resumes.delete(id);
    const chosen = (await db.settings.get(ACTIVE))?.value;
    if (chosen === id) await db.settings.delete(ACTIVE);
  });
}
