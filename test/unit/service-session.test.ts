import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createService, type SessionStore } from '@/lib/background/service';
import { openDb, type FitmarkDb } from '@/lib/db';
import { postingFromText } from '@/lib/posting/text';
import type { TabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';
import { quietHost } from '../helpers';

/** browser.storage.session as the service uses it: values are copied in and out. */
function memorySession() {
  const items = new Map<string, unknown>();
  const copy = <T>(v: T): T => structuredClone(v);
  const store: SessionStore = {
    get: async (keys) => Object.fromEntries([...items].filter(([k]) => keys === null || keys.includes(k)).map(([k, v]) => [k, copy(v)])),
    set: async (o) => void Object.entries(o).forEach(([k, v]) => items.set(k, copy(v))),
    remove: async (keys) => void keys.forEach((k) => items.delete(k)),
  };
  return { store, items };
}

const posting = postingFromText('Northwind | Platform Engineer | Remote\n\nRequirements:\n- Terraform and Kubernetes on AWS\n- Go or Python\n');
const RESUME = 'Ada Park\nSkills\nTerraform, Kubernetes, AWS, Go, Linux';

let db: FitmarkDb;
beforeEach(() => {
  db = openDb(`session-${Math.random()}`, new IDBFactory(), IDBKeyRange);
});

const analyze = async (s: ReturnType<typeof createService>, tabId = 1) => {
  const reply = await s.handle({ type: 'analyze', jobKey: 'k', posting }, { tabId });
  expect(reply.ok).toBe(true);
  await s.settled();
  return (reply as { value: TabReport }).value;
};

describe('resume analyses kept for the next service worker (host.session)', () => {
  it('a worker started again answers alike from the kept analysis, and only while it is still valid', async () => {
    const { store, items } = memorySession();
    const first = createService(db, bundled, quietHost({ session: store }));
    await first.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: RESUME, size: RESUME.length }, {});
    const before = await analyze(first);
    const kept = items.get('resumeAnalysis:r1') as { stamp: string; analysis: Record<string, unknown> };
    expect(kept.stamp).toMatch(/^\d+:\d+:\d+\|\d+\|\d+:[0-9a-z]+\|\d{4}-\d\d-\d\d$/);
    // The resume's text is not copied: the record has it.
    expect(kept.analysis.text).toBeUndefined();

    // A new worker, the same storage: the same report.
    const second = createService(db, bundled, quietHost({ session: store }));
    expect(await analyze(second)).toEqual(before);

    // It is the kept analysis that answers: one with no skills makes a report with none matched.
    kept.analysis.skills = [];
    items.set('resumeAnalysis:r1', kept);
    const third = createService(db, bundled, quietHost({ session: store }));
    expect((await analyze(third)).matched).toEqual([]);
    // A changed resume (renamed: its version moves) is read again.
    await third.handle({ type: 'resume.rename', id: 'r1', name: 'ada.txt' }, {});
    const fourth = createService(db, bundled, quietHost({ session: store }));
    expect((await analyze(fourth)).matched.map((m) => m.id)).toEqual(before.matched.map((m) => m.id));
  });

  it('a worker woken before the posting comes reads the kept analyses at its start, not while the posting waits', async () => {
    const { store } = memorySession();
    const first = createService(db, bundled, quietHost({ session: store }));
    await first.refreshStored();
    await first.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: RESUME, size: RESUME.length }, {});
    const want = await analyze(first);
    let gets = 0;
    const counted: SessionStore = { ...store, get: (keys) => (gets++, store.get(keys)) };
    const woken = createService(db, bundled, quietHost({ session: counted }));
    await woken.refreshStored(); // what the worker runs first when a posting loads or a message comes (lib/background/worker-life.ts)
    // The read it started, awaited (one macrotask was not always enough for fake-indexeddb's reads under load).
    await woken.settled();
    expect(gets).toBe(1);
    expect(await analyze(woken)).toEqual(want);
    expect(gets).toBe(1);
  });

  it('a kept analysis from another taxonomy, text or day does not serve', async () => {
    const { store, items } = memorySession();
    const first = createService(db, bundled, quietHost({ session: store }));
    await first.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: RESUME, size: RESUME.length }, {});
    const want = (await analyze(first)).matched.map((m) => m.id);
    const kept = items.get('resumeAnalysis:r1') as { stamp: string; analysis: Record<string, unknown> };
    const parts = kept.stamp.split('|');
    for (const i of [0, 2, 3]) {
      const stale = [...parts];
      stale[i] = `x${stale[i]}`;
      items.set('resumeAnalysis:r1', { stamp: stale.join('|'), analysis: { ...kept.analysis, skills: [] } });
      const s = createService(db, bundled, quietHost({ session: store }));
      expect((await analyze(s)).matched.map((m) => m.id), `stamp part ${i}`).toEqual(want);
    }
  });

  it('deleting a resume, or all data, forgets the kept analyses', async () => {
    const { store, items } = memorySession();
    items.set('other', 1); // not ours: left alone
    const s = createService(db, bundled, quietHost({ session: store }));
    await s.handle({ type: 'resume.save', name: 'a.txt', kind: 'text', text: RESUME, size: RESUME.length }, {});
    await s.handle({ type: 'resume.save', name: 'b.txt', kind: 'text', text: 'Go and Rust', size: 11 }, {});
    await s.settled();
    expect([...items.keys()].sort()).toEqual(['other', 'resumeAnalysis:r1', 'resumeAnalysis:r2']);
    await s.handle({ type: 'resume.delete', id: 'r1' }, {});
    expect([...items.keys()].sort()).toEqual(['other', 'resumeAnalysis:r2']);
    await s.handle({ type: 'data.deleteAll' }, {});
    expect([...items.keys()]).toEqual(['other']);
  });

  it('a storage that fails costs only the keeping: the answer comes, the failure is logged', async () => {
    const logs: string[] = [];
    const broken: SessionStore = {
      get: async () => Promise.reject(new Error('no session')),
      set: async () => Promise.reject(new Error('quota')),
      remove: async () => undefined,
    };
    const s = createService(db, bundled, quietHost({ session: broken, log: (m) => void logs.push(m) }));
    await s.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: RESUME, size: RESUME.length }, {});
    const again = createService(db, bundled, quietHost({ session: broken, log: (m) => void logs.push(m) }));
    expect((await analyze(again)).matched.length).toBeGreaterThan(0);
    expect(logs.some((m) => m.includes('could not keep'))).toBe(true);
    expect(logs.some((m) => m.includes('could not read the kept analyses'))).toBe(true);
  });
});

describe('the warm-up while a posting loads (lib/background/warm-up.ts)', () => {
  it('leaves nothing behind: no badge, no message, no history entry, no tab report; the next answer is the same', async () => {
    const seen: string[] = [];
    const host = quietHost({
      setBadge: async (tabId, text) => void seen.push(`badge ${tabId} ${text}`),
      sendToTab: async (tabId, m) => void seen.push(`tab ${tabId} ${m.type}`),
    });
    const cold = createService(db, bundled, host);
    await cold.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: RESUME, size: RESUME.length }, {});
    const plain = await analyze(cold);
    await cold.handle({ type: 'history.clear' }, {});
    seen.length = 0;

    const warmed = createService(db, bundled, host);
    warmed.warmUp(); // nothing read yet: the posting alone
    await analyze(warmed, 2); // now a resume analysis is at hand…
    await warmed.handle({ type: 'history.clear' }, {});
    seen.length = 0;
    warmed.warmUp(); // …and is matched with the warm-up posting too
    await warmed.settled();
    expect(seen).toEqual([]);
    expect(await db.history.count()).toBe(0);
    expect(await warmed.handle({ type: 'tab.status', tabId: 3 }, {})).toEqual({ ok: true, value: { report: null, blocked: false } });
    expect(await analyze(warmed)).toEqual(plain);
  });
});
