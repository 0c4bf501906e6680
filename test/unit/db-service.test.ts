import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createService, type Host } from '@/lib/background/service';
import { activeResume, listResumes, openDb, type FitmarkDb } from '@/lib/db';
import { postingFromText } from '@/lib/posting/text';
import type { TabReport } from '@/lib/report';
import { bundled } from '@/lib/skills/taxonomy';

function fakeHost(page: unknown = null) {
  const badges = new Map<number, { text: string; color: string }>();
  const sent: Array<{ tabId: number; message: unknown }> = [];
  const logs: string[] = [];
  let n = 0;
  const host: Host = {
    setBadge: async (tabId, text, color) => void badges.set(tabId, { text, color }),
    sendToTab: async (tabId, message) => void sent.push({ tabId, message }),
    openGuide: async () => undefined,
    readPage: async () => page,
    prepareTab: async () => undefined,
    newId: () => `id-${++n}`,
    now: () => 1_700_000_000_000 + n,
    log: (m) => void logs.push(m),
  };
  return { host, badges, sent, logs };
}

const posting = postingFromText('Acme | Infrastructure Engineer | Remote\n\nRequirements:\n- Terraform and Kubernetes\n- Go\n');

let db: FitmarkDb;
beforeEach(() => {
  db = openDb(`test-${Math.random()}`, new IDBFactory(), IDBKeyRange);
});

describe('database', () => {
  it('keeps resumes newest first and the last saved one active', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'a.txt', kind: 'text', text: 'Terraform', size: 9 }, {});
    await s.handle({ type: 'resume.save', name: 'b.txt', kind: 'paste', text: 'Go and Rust', size: 11 }, {});
    const list = await listResumes(db);
    expect(list.map((r) => r.name)).toEqual(['b.txt', 'a.txt']);
    expect((await activeResume(db))?.name).toBe('b.txt');
    expect(list[0]!.skills.map((x) => x.id).sort()).toEqual(['go', 'rust']);
  });

  it('deleting the active resume falls back to the newest other one; others stay', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'a', kind: 'text', text: 'Terraform', size: 1 }, {});
    await s.handle({ type: 'resume.save', name: 'b', kind: 'text', text: 'Go', size: 1 }, {});
    await s.handle({ type: 'resume.activate', id: 'id-1' }, {});
    expect((await activeResume(db))?.name).toBe('a');
    await s.handle({ type: 'resume.delete', id: 'id-1' }, {});
    expect((await listResumes(db)).map((r) => r.name)).toEqual(['b']);
    expect((await activeResume(db))?.name).toBe('b');
  });
});

describe('background service', () => {
  it('rejects malformed and unknown messages without throwing, and logs them', async () => {
    const { host, logs } = fakeHost();
    const s = createService(db, bundled, host);
    for (const bad of [null, 42, 'analyze', { type: 'nope' }, { type: 'analyze', posting: { title: 1 } }, { type: 'resume.save', name: '', text: '' }]) {
      expect(await s.handle(bad, { tabId: 1 })).toEqual({ ok: false, error: 'malformed message' });
    }
    expect(logs).toHaveLength(6);
    expect(await listResumes(db)).toEqual([]);
  });

  it('answers an analysis without a resume, and says so', async () => {
    const { host, badges } = fakeHost();
    const s = createService(db, bundled, host);
    const r = await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    expect(r.ok).toBe(true);
    const report = (r as { value: TabReport }).value;
    expect(report.resumeName).toBeNull();
    expect(report.skills.map((x) => x.id)).toEqual(expect.arrayContaining(['terraform', 'kubernetes', 'go']));
    expect(badges.get(7)?.text).toBe('');
  });

  it('sets the badge to the score, refreshes open tabs when a resume is saved, and clears on leaving', async () => {
    const { host, badges, sent } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform, EKS, Python', size: 20 }, {});
    const pushed = sent.find((m) => m.tabId === 7)?.message as { type: string; report: TabReport };
    expect(pushed.type).toBe('report');
    expect(pushed.report.score).not.toBeNull();
    expect(badges.get(7)?.text).toBe(String(pushed.report.score));
    expect(pushed.report.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['terraform', 'kubernetes']));
    expect(pushed.report.missing.map((m) => m.id)).toContain('go');

    const status = await s.handle({ type: 'tab.status', tabId: 7 }, {});
    expect((status as { value: TabReport }).value.jobKey).toBe('k1');

    await s.tabNavigated(7, 'k1'); // same job: kept
    expect(badges.get(7)?.text).toBe(String(pushed.report.score));
    await s.tabNavigated(7, null); // left the posting
    expect(badges.get(7)?.text).toBe('');
    expect(((await s.handle({ type: 'tab.status', tabId: 7 }, {})) as { value: unknown }).value).toBeNull();
  });

  it('clears the badge when the content script finds no posting', async () => {
    const { host, badges } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 9 }, {});
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 3 });
    expect(badges.get(3)?.text).not.toBe('');
    await s.handle({ type: 'posting.none' }, { tabId: 3 });
    expect(badges.get(3)?.text).toBe('');
  });
});

describe('background service: corrections and data', () => {
  it('records corrections, which change the match and survive a re-upload of the same name', async () => {
    const { host, sent } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    await s.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: 'Terraform and Kubernetes', size: 1 }, {});
    const id = (await listResumes(db))[0]!.id;
    const r = await s.handle({ type: 'resume.correct', id, add: 'go', remove: 'kubernetes' }, {});
    expect(r.ok).toBe(true);
    const last = sent[sent.length - 1]!.message as { report: TabReport };
    expect(last.report.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['terraform', 'go']));
    expect(last.report.matched.find((m) => m.id === 'go')?.evidence).toBe('Added by you');
    expect(last.report.missing.map((m) => m.id)).toContain('kubernetes');
    await s.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: 'Terraform, Kubernetes and Python', size: 1 }, {});
    const all = await listResumes(db);
    expect(all).toHaveLength(1);
    expect(all[0]!.id).toBe(id);
    expect(all[0]!.corrections).toEqual({ added: [{ id: 'go', name: 'Go', category: 'language' }], removed: ['kubernetes'] });
  });

  it('refuses a correction with a skill it does not know, changing nothing', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv.txt', kind: 'text', text: 'Terraform', size: 1 }, {});
    const id = (await listResumes(db))[0]!.id;
    const r = await s.handle({ type: 'resume.correct', id, add: 'not-a-skill' }, {});
    expect(r).toEqual({ ok: false, error: 'Fitmark does not know the skill "not-a-skill".' });
    expect((await listResumes(db))[0]!.corrections).toEqual({ added: [], removed: [] });
  });

  it('turns a full storage quota into a clear error with nothing lost', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'a.txt', kind: 'text', text: 'Terraform', size: 1 }, {});
    const put = db.resumes.put.bind(db.resumes);
    db.resumes.put = (() => Promise.reject(new DOMException("quota", "QuotaExceededError"))) as unknown as typeof db.resumes.put;
    const r = await s.handle({ type: 'resume.save', name: 'b.txt', kind: 'text', text: 'Go', size: 1 }, {});
    db.resumes.put = put;
    expect(r.ok).toBe(false);
    expect((r as { error: string }).error).toMatch(/storage for Fitmark is full/);
    expect((await listResumes(db)).map((x) => x.name)).toEqual(['a.txt']);
  });

  it("'delete all my data' leaves nothing in IndexedDB", async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'a.txt', kind: 'text', text: 'Terraform', size: 1 }, {});
    await s.handle({ type: 'data.deleteAll' }, {});
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
  });
});

describe('background service: any page, on request', () => {
  it('analyses what the reader found and shows it in the tab', async () => {
    const { host, badges, sent } = fakeHost({ ...posting, site: 'page', url: 'https://careers.example.com/jobs/1' });
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 9 }, {});
    const r = await s.handle({ type: 'page.analyze', tabId: 9 }, {});
    expect(r.ok).toBe(true);
    const report = (r as { value: TabReport }).value;
    expect(report.jobKey).toBe('page:https://careers.example.com/jobs/1');
    expect(badges.get(9)?.text).toBe(String(report.score));
    expect(sent.find((m) => m.tabId === 9)?.message).toMatchObject({ type: 'report', manual: true });
  });

  it('says so when the page holds no posting, or the page sends something malformed', async () => {
    for (const page of [null, { title: '<script>', sections: 'x' }, { ...posting, sections: [] }]) {
      const { host, badges } = fakeHost(page);
      const s = createService(db, bundled, host);
      const r = await s.handle({ type: 'page.analyze', tabId: 9 }, {});
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/found no job posting on this page/) });
      expect(badges.has(9)).toBe(false);
    }
  });
});
