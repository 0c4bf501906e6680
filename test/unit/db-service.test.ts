import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createService, type Host } from '@/lib/background/service';
import { activeAmong, activeResume, activeResumeId, listHistory, listResumes, loadPreferences, openDb, type ExportFile, type FitmarkDb } from '@/lib/db';
import { DEFAULT_PREFERENCES, type Preferences } from '@/lib/preferences';
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
    loadUi: async () => undefined,
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

  it('an analysis after each kind of write sees it (the resumes read for analyses are kept only until a write)', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    const shown = async () => {
      const reply = await s.handle({ type: 'analyze', jobKey: 'k', posting }, { tabId: 1 });
      const r = (reply as { value: TabReport }).value;
      return `${r.resumeName ?? 'none'} ${r.matched.map((m) => m.id).sort().join(',')}`;
    };
    expect(await shown()).toBe('none ');
    await s.handle({ type: 'resume.save', name: 'a', kind: 'text', text: 'Terraform', size: 9 }, {});
    expect(await shown()).toBe('a terraform');
    await s.handle({ type: 'resume.save', name: 'b', kind: 'text', text: 'Go', size: 2 }, {});
    expect(await shown()).toBe('b go');
    await s.handle({ type: 'resume.activate', id: 'id-1' }, {});
    expect(await shown()).toBe('a terraform');
    await s.handle({ type: 'resume.rename', id: 'id-1', name: 'a2' }, {});
    expect(await shown()).toBe('a2 terraform');
    expect((await s.handle({ type: 'resume.correct', id: 'id-1', add: 'kubernetes' }, {})).ok).toBe(true);
    expect(await shown()).toBe('a2 kubernetes,terraform');
    await s.handle({ type: 'resume.delete', id: 'id-1' }, {});
    expect(await shown()).toBe('b go');
    await s.handle({ type: 'data.deleteAll' }, {});
    expect(await shown()).toBe('none ');
    await s.settled();
  });

  it('a posting prefetched while it loads gets the resume chosen for it on an earlier visit; the history cleared, the active one', async () => {
    const { host } = fakeHost();
    const first = createService(db, bundled, host);
    await first.handle({ type: 'resume.save', name: 'a', kind: 'text', text: 'Terraform', size: 9 }, {});
    await first.handle({ type: 'resume.save', name: 'b', kind: 'text', text: 'Go', size: 2 }, {});
    const name = async (s: ReturnType<typeof createService>) =>
      ((await s.handle({ type: 'analyze', jobKey: 'k', posting }, { tabId: 1 })) as { value: TabReport }).value.resumeName;
    expect(await name(first)).toBe('b');
    expect((await first.handle({ type: 'resume.choose', id: 'id-1', tabId: 1 }, {})).ok).toBe(true);
    await first.settled();
    // A new worker: the choice comes from the history, read while the page loads.
    const second = createService(db, bundled, host);
    second.prefetch('k');
    expect(await name(second)).toBe('a');
    await second.settled();
    await second.handle({ type: 'history.clear' }, {});
    expect(await name(second)).toBe('b');
    await second.settled();
  });

  it('finds the active resume among the listed ones as activeResume reads it (none, the newest, chosen, chosen then deleted)', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    const same = async () => expect(activeAmong(await listResumes(db), await activeResumeId(db))?.id).toBe((await activeResume(db))?.id);
    await same();
    expect(await activeResume(db)).toBeNull();
    for (const name of ['a', 'b', 'c']) await s.handle({ type: 'resume.save', name, kind: 'text', text: 'Go', size: 2 }, {});
    await same();
    await s.handle({ type: 'resume.activate', id: 'id-2' }, {});
    await same();
    expect((await activeResume(db))?.name).toBe('b');
    await s.handle({ type: 'resume.delete', id: 'id-2' }, {});
    await same();
    expect((await activeResume(db))?.name).toBe('c');
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

  it('sets the badge to the score, refreshes open tabs when a resume is saved; the popup sees no result once the tab left', async () => {
    const { host, badges, sent } = fakeHost();
    const s = createService(db, bundled, host);
    const at = 'https://job-boards.greenhouse.io/acme/jobs/4000000001';
    await s.handle({ type: 'analyze', jobKey: 'greenhouse:4000000001', posting }, { tabId: 7, contentScript: true, url: at });
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform, EKS, Python', size: 20 }, {});
    const pushed = sent.find((m) => m.tabId === 7)?.message as { type: string; report: TabReport };
    expect(pushed.type).toBe('report');
    expect(pushed.report.score).not.toBeNull();
    expect(badges.get(7)?.text).toBe(String(pushed.report.score));
    expect(pushed.report.matched.map((m) => m.id)).toEqual(expect.arrayContaining(['terraform', 'kubernetes']));
    expect(pushed.report.missing.map((m) => m.id)).toContain('go');

    const status = async (url?: string) =>
      ((await s.handle({ type: 'tab.status', tabId: 7, ...(url === undefined ? {} : { url }) }, {})) as { value: { report: TabReport | null; blocked: boolean } }).value;
    expect((await status()).report?.jobKey).toBe('greenhouse:4000000001');
    expect((await status()).blocked).toBe(false);
    expect((await status(at)).report?.jobKey).toBe('greenhouse:4000000001'); // the same page
    expect((await status(`${at}?gh_src=feed#apply`)).report?.jobKey).toBe('greenhouse:4000000001'); // another URL of the same job
    // The tab loaded another page (the browser reset its badge): the popup is told of no result, and it is forgotten.
    expect(await status('https://news.example/story')).toEqual({ report: null, blocked: false });
    expect(await status(at)).toEqual({ report: null, blocked: false });
    // A page that fights the sidebar: the popup is told.
    await s.handle({ type: 'ui.blocked' }, { tabId: 7, contentScript: true });
    expect(((await s.handle({ type: 'tab.status', tabId: 7 }, {})) as { value: unknown }).value).toEqual({ report: null, blocked: true });
    // The page asks for the sidebar again (a new page, or it stopped fighting): no longer blocked.
    await s.handle({ type: 'ui.load' }, { tabId: 7, contentScript: true });
    expect(((await s.handle({ type: 'tab.status', tabId: 7 }, {})) as { value: unknown }).value).toEqual({ report: null, blocked: false });
  });

  it('injects the UI asked for beside an analysis after that analysis is answered, a turn later', async () => {
    const { host } = fakeHost();
    const order: string[] = [];
    const s = createService(db, bundled, { ...host, loadUi: async () => void order.push('ui injected') });
    // As the page sends them: the analysis, then at once its UI's script (both wait on a cold worker).
    const answered = s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 5, contentScript: true }).then(() => void order.push('answered'));
    const loaded = s.handle({ type: 'ui.load' }, { tabId: 5, frameId: 0, contentScript: true });
    await Promise.all([answered, loaded]);
    expect(order).toEqual(['answered', 'ui injected']);
    // No analysis under way: injected at once.
    await s.handle({ type: 'ui.load' }, { tabId: 6, frameId: 0, contentScript: true });
    expect(order).toEqual(['answered', 'ui injected', 'ui injected']);
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

  it('lets no analysis that ends after a later word from its tab paint the badge or speak for the tab', async () => {
    const { host, badges } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 9 }, {});
    const status = async (tabId: number) => ((await s.handle({ type: 'tab.status', tabId }, {})) as { value: { report: TabReport | null } }).value.report;
    // The page left its posting (a single-page board) while the analysis ran: the page still gets its answer.
    const slow = s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 3, contentScript: true });
    await s.handle({ type: 'posting.none' }, { tabId: 3, contentScript: true });
    const answer = (await slow) as { ok: boolean; value: TabReport };
    expect(answer.ok).toBe(true);
    expect(answer.value.jobKey).toBe('k1');
    expect(badges.get(3)?.text).toBe('');
    expect(await status(3)).toBeNull();
    // Two postings in turn: the second speaks for the tab, whichever analysis ends last.
    const other = postingFromText('Acme | SRE | Remote\n\nRequirements:\n- Terraform\n');
    const first = s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 4, contentScript: true });
    const second = s.handle({ type: 'analyze', jobKey: 'k2', posting: other }, { tabId: 4, contentScript: true });
    const [, r2] = (await Promise.all([first, second])) as Array<{ value: TabReport }>;
    expect((await status(4))?.jobKey).toBe('k2');
    expect(badges.get(4)?.text).toBe(String(r2!.value.score));
    // A tab closed meanwhile: nothing is kept for it.
    const closing = s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 5, contentScript: true });
    s.tabClosed(5);
    await closing;
    expect(badges.has(5)).toBe(false);
    expect(await status(5)).toBeNull();
  });

  it('holds back an analysis whose tab has since shown another page, by the tab’s URL now', async () => {
    const { host, badges } = fakeHost();
    let shown: string | undefined = 'https://boards.greenhouse.io/acme/jobs/4000000002';
    const s = createService(db, bundled, { ...host, tabUrl: async () => shown });
    const at = 'https://boards.greenhouse.io/acme/jobs/4000000001';
    const from = { tabId: 6, frameId: 0, contentScript: true, url: at };
    await s.handle({ type: 'analyze', jobKey: 'greenhouse:4000000001', posting }, from);
    expect(badges.has(6)).toBe(false);
    // The same posting with a query added by the page, or a tab whose URL the browser does not tell: it still speaks.
    shown = `${at}?gh_src=feed`;
    await s.handle({ type: 'analyze', jobKey: 'greenhouse:4000000001', posting }, from);
    expect(badges.get(6)?.text).toBe('');
    badges.clear();
    shown = undefined;
    await s.handle({ type: 'analyze', jobKey: 'greenhouse:4000000001', posting }, from);
    expect(badges.has(6)).toBe(true);
    // A posting read in a frame (an embedded board on a company's page): the tab's URL is not the frame's.
    badges.clear();
    shown = 'https://www.acme.example/careers?gh_jid=4000000001';
    await s.handle({ type: 'analyze', jobKey: 'greenhouse:4000000001', posting }, { ...from, frameId: 3 });
    expect(badges.has(6)).toBe(true);
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

describe('background service: history', () => {
  const other = postingFromText('Blue Bank | Backend Engineer | Berlin\n\nRequirements:\n- Java and Kafka\n- PostgreSQL\n', 'https://jobs.example.com/2');

  it('records nothing while no resume is saved', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    await s.settled();
    expect(await listHistory(db)).toEqual([]);
  });

  it('records each posting analysed once, the same job updating its entry, newest first', async () => {
    const { host } = fakeHost();
    let clock = 1_000;
    host.now = () => clock;
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Infrastructure engineering: Terraform and Kubernetes', size: 1 }, {});
    clock = 2_000;
    const first = (await s.handle({ type: 'analyze', jobKey: 'k1', posting: { ...posting, url: 'https://jobs.example.com/1' } }, { tabId: 7 })) as { value: TabReport };
    clock = 3_000;
    await s.handle({ type: 'analyze', jobKey: 'k2', posting: other }, { tabId: 8 });
    await s.settled();
    let history = await listHistory(db);
    expect(history.map((h) => [h.jobKey, h.viewedAt])).toEqual([['k2', 3_000], ['k1', 2_000]]);
    expect(history[1]).toMatchObject({ url: 'https://jobs.example.com/1', title: first.value.posting.title, company: 'Acme', score: first.value.score });
    expect(history[1]!.missing).toEqual([{ id: 'go', name: 'Go', importance: 'required', guide: 'guide.html#skill-go' }]);

    // The same job again, in another tab: one entry, moved to the top.
    clock = 4_000;
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 9 });
    await s.settled();
    history = await listHistory(db);
    expect(history.map((h) => [h.jobKey, h.viewedAt])).toEqual([['k1', 4_000], ['k2', 3_000]]);
  });

  it('answers before the history is written, and a failed write costs the answer nothing', async () => {
    const { host, logs } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 1 }, {});
    // The history's write waits at the door until released.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const transaction = db.transaction.bind(db) as (...a: unknown[]) => Promise<unknown>;
    (db as unknown as { transaction: unknown }).transaction = (...args: unknown[]) => gate.then(() => transaction(...args));
    const r = await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    expect(r.ok).toBe(true); // answered while the write waits
    expect(await db.history.count()).toBe(0);
    release();
    await s.settled();
    expect((await listHistory(db)).map((h) => h.jobKey)).toEqual(['k1']);

    const put = db.history.put.bind(db.history);
    db.history.put = (() => Promise.reject(new Error('disk on fire'))) as unknown as typeof put;
    expect((await s.handle({ type: 'analyze', jobKey: 'k2', posting }, { tabId: 8 })).ok).toBe(true);
    await s.settled();
    db.history.put = put;
    expect(logs.some((l) => /could not record the posting in the history: disk on fire/.test(l))).toBe(true);
  });

  it('a new resume updates the score of open postings but not when they were viewed', async () => {
    const { host } = fakeHost();
    let clock = 1_000;
    host.now = () => clock;
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'a', kind: 'paste', text: 'Python', size: 1 }, {});
    clock = 2_000;
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    clock = 5_000;
    await s.handle({ type: 'resume.save', name: 'b', kind: 'paste', text: 'Infrastructure engineering: Terraform, Kubernetes and Go', size: 1 }, {});
    await s.settled();
    const [h] = await listHistory(db);
    expect(h).toMatchObject({ jobKey: 'k1', viewedAt: 2_000, missing: [] });
    expect(h!.score).toBeGreaterThan(90);
  });

  it("records 'Analyze this page' too, and 'history.clear' forgets everything but the resumes", async () => {
    const { host } = fakeHost({ ...posting, site: 'page', url: 'https://careers.example.com/jobs/1' });
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 1 }, {});
    await s.handle({ type: 'page.analyze', tabId: 9 }, {});
    await s.handle({ type: 'analyze', jobKey: 'k2', posting }, { tabId: 7 });
    // Cleared without waiting for settled(): the service waits for its own writes.
    expect(await s.handle({ type: 'history.clear' }, {})).toEqual({ ok: true, value: null });
    expect(await listHistory(db)).toEqual([]);
    expect(await listResumes(db)).toHaveLength(1);
  });

  it('exports the history, imports it back, and imports a version 1 file', async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 1 }, {});
    await s.handle({ type: 'preferences.set', preferences: { highlights: false } }, {});
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    await s.handle({ type: 'analyze', jobKey: 'k2', posting: other }, { tabId: 8 });
    const exported = ((await s.handle({ type: 'data.export' }, {})) as { value: ExportFile }).value;
    expect(exported.version).toBe(2);
    expect(exported.history.map((h) => h.jobKey).sort()).toEqual(['k1', 'k2']);
    const before = await listHistory(db);
    const file = JSON.parse(JSON.stringify(exported)) as unknown;

    const fresh = openDb(`test-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const s2 = createService(fresh, bundled, fakeHost().host);
    expect(await s2.handle({ type: 'data.import', data: file }, {})).toMatchObject({ ok: true, value: { resumes: { added: ['cv'] }, history: { added: 2 } } });
    expect(await listHistory(fresh)).toEqual(before);
    expect((await s2.handle({ type: 'preferences.get' }, {})) as { value: Preferences }).toEqual({ ok: true, value: { ...DEFAULT_PREFERENCES, highlights: false } });

    // A file from before the history: version 1, no history array.
    const { history: _, ...v1 } = exported;
    const older = openDb(`test-${Math.random()}`, new IDBFactory(), IDBKeyRange);
    const s3 = createService(older, bundled, fakeHost().host);
    expect(await s3.handle({ type: 'data.import', data: { ...v1, version: 1 } }, {})).toMatchObject({ ok: true, value: { resumes: { added: ['cv'] }, history: { inFile: 0 } } });
    expect(await listResumes(older)).toHaveLength(1);
    // A version 2 file without its history, or with a damaged entry, is refused whole.
    for (const bad of [{ ...v1, version: 2 }, { ...exported, history: [{ ...exported.history[0], score: 'high' }] }]) {
      const r = await s3.handle({ type: 'data.import', data: bad }, {});
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/^This Fitmark export file is damaged: .*Nothing was imported\.$/) });
    }
    expect(await listHistory(older)).toEqual([]);
  });

  it('an import does not roll an entry back to an older view of the same job', async () => {
    const { host } = fakeHost();
    let clock = 1_000;
    host.now = () => clock;
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 1 }, {});
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    const old = ((await s.handle({ type: 'data.export' }, {})) as { value: ExportFile }).value;
    clock = 9_000;
    await s.handle({ type: 'analyze', jobKey: 'k1', posting: other }, { tabId: 8 });
    await s.settled();
    await s.handle({ type: 'data.import', data: old }, {});
    const [h] = await listHistory(db);
    expect(h).toMatchObject({ jobKey: 'k1', viewedAt: 9_000, company: 'Blue Bank' });
  });

  it("'delete all my data' empties every table, history included, even with a write in flight", async () => {
    const { host } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'resume.save', name: 'cv', kind: 'paste', text: 'Terraform', size: 1 }, {});
    await s.handle({ type: 'preferences.set', preferences: { sidebar: 'never' } }, {});
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    await s.handle({ type: 'data.deleteAll' }, {});
    await s.settled();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['history', 'resumes', 'settings']);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await loadPreferences(db)).toEqual(DEFAULT_PREFERENCES);
  });
});

describe('background service: several resumes', () => {
  // Two resumes: one fits the infrastructure posting, the other a data posting.
  const infra = 'Senior engineer, 2018 – Present at Acme.\nTerraform, Kubernetes and Go in production.';
  const data = 'Analyst, 2019 – Present at Beta.\nSQL, Excel and Tableau reports.';

  async function twoResumes() {
    const fake = fakeHost();
    const s = createService(db, bundled, fake.host);
    await s.handle({ type: 'resume.save', name: 'infra.txt', kind: 'text', text: infra, size: 1 }, {});
    await s.handle({ type: 'resume.save', name: 'data.txt', kind: 'text', text: data, size: 1 }, {}); // the last saved is active
    return { s, ...fake };
  }

  it('matches the posting with every saved resume, says which fits best, and keeps the active one until the user switches', async () => {
    const { s, badges } = await twoResumes();
    const r = ((await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 })) as { value: TabReport }).value;
    expect(r.resumeName).toBe('data.txt');
    expect(r.resumes!.map((x) => x.name).sort()).toEqual(['data.txt', 'infra.txt']);
    const infraFit = r.resumes!.find((x) => x.name === 'infra.txt')!;
    const dataFit = r.resumes!.find((x) => x.name === 'data.txt')!;
    expect(infraFit.score).toBe(100); // "Terraform and Kubernetes", "Go": both met
    expect(dataFit.score).toBe(0);
    expect(r.bestResumeId).toBe(infraFit.id);
    expect(r.score).toBe(dataFit.score);
    // Names and scores only: nothing of the other resume's text.
    expect(JSON.stringify(r)).not.toContain('Terraform, Kubernetes and Go in production');
    expect(badges.get(7)?.text).toBe('0');
  });

  it("the sidebar's switch: this posting only, the badge follows, the tab gets the new report, and the choice outlives the worker", async () => {
    const { s, badges, sent } = await twoResumes();
    const first = ((await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 })) as { value: TabReport }).value;
    await s.handle({ type: 'analyze', jobKey: 'k2', posting: { ...posting, url: 'https://jobs.example.com/2' } }, { tabId: 8 });
    const best = first.bestResumeId!;
    const chose = await s.handle({ type: 'resume.choose', id: best }, { tabId: 7, contentScript: true });
    expect(chose.ok).toBe(true);
    const r = (chose as { value: TabReport }).value;
    expect([r.resumeId, r.resumeName, r.score]).toEqual([best, 'infra.txt', 100]);
    expect(badges.get(7)?.text).toBe('100');
    expect(sent.at(-1)).toEqual({ tabId: 7, message: { type: 'report', report: r } });
    // The other posting keeps the active resume.
    const other = ((await s.handle({ type: 'tab.status', tabId: 8 }, {})) as { value: { report: TabReport } }).value.report;
    expect(other.resumeName).toBe('data.txt');
    await s.settled();
    expect(await db.history.get('k1')).toMatchObject({ score: 100, basis: 'requirements', resumeId: best, resumeName: 'infra.txt', chosen: true });
    expect(await db.history.get('k2')).toMatchObject({ resumeName: 'data.txt', chosen: false });

    // A new service worker (the old one was stopped): the posting opens with the resume chosen for it.
    const fresh = fakeHost();
    const again = createService(db, bundled, fresh.host);
    const back = ((await again.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 })) as { value: TabReport }).value;
    expect(back.resumeName).toBe('infra.txt');
    // The other resume, not read yet in this worker's life, does not delay the answer: it is read after,
    // and the tab then gets the report with both scores.
    expect(back.resumes!.map((x) => x.name)).toEqual(['infra.txt']);
    await again.settled();
    const pushed = fresh.sent.at(-1)!.message as { type: 'report'; report: TabReport };
    expect(pushed.report.resumes!.map((x) => x.name).sort()).toEqual(['data.txt', 'infra.txt']);
    expect(pushed.report.bestResumeId).toBe(best);
    expect(pushed.report.score).toBe(100);
  });

  it('refuses a switch for a tab with no posting, or to a resume no longer saved', async () => {
    const { s } = await twoResumes();
    expect(await s.handle({ type: 'resume.choose', id: 'id-1' }, { tabId: 3, contentScript: true })).toEqual({ ok: false, error: 'This tab shows no posting Fitmark has read.' });
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    expect(await s.handle({ type: 'resume.choose', id: 'gone' }, { tabId: 7, contentScript: true })).toEqual({ ok: false, error: 'That resume is no longer saved.' });
  });

  it('a chosen resume deleted: the posting falls back to the active one', async () => {
    const { s } = await twoResumes();
    const first = ((await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 })) as { value: TabReport }).value;
    await s.handle({ type: 'resume.choose', id: first.bestResumeId! }, { tabId: 7, contentScript: true });
    await s.handle({ type: 'resume.delete', id: first.bestResumeId! }, {});
    const now = ((await s.handle({ type: 'tab.status', tabId: 7 }, {})) as { value: { report: TabReport } }).value.report;
    expect(now.resumeName).toBe('data.txt');
    expect(now.resumes).toHaveLength(1);
    expect(now.bestResumeId).toBeNull();
  });
});

describe('background service: preferences', () => {
  it('answers the defaults before anything is set', async () => {
    const s = createService(db, bundled, fakeHost().host);
    expect(await s.handle({ type: 'preferences.get' }, { tabId: 3 })).toEqual({ ok: true, value: DEFAULT_PREFERENCES });
  });

  it('applies partial updates, answers the whole, and tells the tabs showing a posting', async () => {
    const { host, sent } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'analyze', jobKey: 'k1', posting }, { tabId: 7 });
    const r1 = await s.handle({ type: 'preferences.set', preferences: { sidebar: 'collapsed' } }, {});
    expect(r1).toEqual({ ok: true, value: { ...DEFAULT_PREFERENCES, sidebar: 'collapsed' } });
    await s.handle({ type: 'preferences.set', preferences: { disabledBoards: ['indeed'], highlights: false } }, {});
    const want = { sidebar: 'collapsed', highlights: false, disabledBoards: ['indeed'] };
    expect(await s.handle({ type: 'preferences.get' }, {})).toEqual({ ok: true, value: want });
    expect(await loadPreferences(db)).toEqual(want);
    expect(sent.filter((m) => (m.message as { type: string }).type === 'preferences').at(-1)).toEqual({ tabId: 7, message: { type: 'preferences', preferences: want } });
  });

  it('refuses invalid input, changing nothing', async () => {
    const { host, logs } = fakeHost();
    const s = createService(db, bundled, host);
    await s.handle({ type: 'preferences.set', preferences: { highlights: false } }, {});
    for (const preferences of [{ sidebar: 'sometimes' }, { highlights: 'off' }, { disabledBoards: 'indeed' }, { disabledBoards: ['<script>'] }, null, undefined]) {
      expect(await s.handle({ type: 'preferences.set', preferences }, {})).toEqual({ ok: false, error: 'malformed message' });
    }
    expect(logs).toHaveLength(6);
    expect(await loadPreferences(db)).toEqual({ ...DEFAULT_PREFERENCES, highlights: false });
  });

  it('reads damaged stored preferences as defaults, field by field', async () => {
    await db.settings.put({ key: 'preferences', value: { sidebar: 'never', highlights: 'maybe', disabledBoards: [1, 'lever'] } });
    const s = createService(db, bundled, fakeHost().host);
    expect(await s.handle({ type: 'preferences.get' }, {})).toEqual({ ok: true, value: { sidebar: 'never', highlights: true, disabledBoards: ['lever'] } });
    // A valid update repairs what it touches and keeps the rest.
    await s.handle({ type: 'preferences.set', preferences: { highlights: false } }, {});
    expect((await db.settings.get('preferences'))?.value).toEqual({ sidebar: 'never', highlights: false, disabledBoards: ['lever'] });
  });
});
