import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeResume, listHistory, loadPreferences, openDb, recordHistory, ResumeRecord, SCHEMA } from '@/lib/db';
import { DEFAULT_PREFERENCES } from '@/lib/preferences';

/** A record as each earlier version wrote it. */
const WRITTEN_BY: Record<number, Record<string, unknown>> = {
  1: {
    id: 'r1',
    name: 'cv.pdf',
    kind: 'pdf',
    text: 'Sam Rivera\nSkills\nTerraform, Go',
    skills: [{ id: 'terraform', name: 'Terraform', category: 'iac' }],
    size: 1234,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  },
  2: {
    id: 'r1',
    name: 'cv.pdf',
    kind: 'pdf',
    text: 'Sam Rivera\nSkills\nTerraform, Go',
    skills: [{ id: 'terraform', name: 'Terraform', category: 'iac' }],
    corrections: { added: [{ id: 'go', name: 'Go', category: 'language' }], removed: ['terraform'] },
    warning: 'This reads like a cover letter.',
    size: 1234,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_500_000,
  },
};

describe('database migrations', () => {
  it('keeps every released version as it was', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1));
    expect(SCHEMA[0]!.stores).toEqual({ resumes: 'id, createdAt', settings: 'key' });
    expect(SCHEMA[1]!.stores).toEqual({ resumes: 'id, createdAt, name', settings: 'key' });
    expect(SCHEMA[2]!.stores).toEqual({ resumes: 'id, createdAt, name', settings: 'key', history: 'jobKey, viewedAt' });
  });

  const latest = SCHEMA[SCHEMA.length - 1]!.version;

  for (const from of SCHEMA.slice(0, -1)) {
    it(`upgrades a database written by version ${from.version} to ${latest} with nothing lost`, async () => {
      const idb = new IDBFactory();
      const old = new Dexie('fitmark', { indexedDB: idb, IDBKeyRange });
      for (const v of SCHEMA.filter((s) => s.version <= from.version)) {
        const version = old.version(v.version).stores(v.stores);
        if (v.upgrade) version.upgrade(v.upgrade);
      }
      const written = WRITTEN_BY[from.version];
      expect(written, `add the record shape version ${from.version} wrote`).toBeDefined();
      await old.table('resumes').put(written);
      await old.table('settings').put({ key: 'activeResumeId', value: 'r1' });
      old.close();

      const db = openDb('fitmark', idb, IDBKeyRange);
      const r = await db.resumes.get('r1');
      expect(db.verno).toBe(latest);
      expect(ResumeRecord.safeParse(r).success).toBe(true);
      expect(r).toMatchObject(written!);
      // Version 1 wrote no corrections: the upgrade adds empty ones; later versions' are kept as written.
      if (!('corrections' in written!)) expect(r!.corrections).toEqual({ added: [], removed: [] });
      expect((await activeResume(db))?.id).toBe('r1');
      expect(await db.settings.count()).toBe(1);
      // The history starts empty and takes entries; preferences read as defaults.
      expect(await listHistory(db)).toEqual([]);
      const entry = { jobKey: 'k', url: 'https://x.test/j', title: 'T', company: 'C', site: 'lever', score: 50, missing: [], viewedAt: 1 };
      await recordHistory(db, entry);
      expect(await listHistory(db)).toEqual([entry]);
      expect(await loadPreferences(db)).toEqual(DEFAULT_PREFERENCES);
      db.close();
    });
  }
});
