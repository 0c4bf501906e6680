import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { activeResume, openDb, ResumeRecord, SCHEMA } from '@/lib/db';

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
};

describe('database migrations', () => {
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
      expect(r!.corrections).toEqual({ added: [], removed: [] });
      expect((await activeResume(db))?.id).toBe('r1');
      db.close();
    });
  }
});
