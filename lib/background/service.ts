import { analyzePosting, analyzeResume, matchResume, type Engine, type ResumeAnalysis } from '../analyze';
import {
  activeAmong,
  activeResumeId,
  applyCorrections,
  clearHistory,
  deleteAllData,
  deleteResume,
  effectiveSkills,
  exportAll,
  listResumes,
  loadPreferences,
  recordHistory,
  restoreResume,
  savePreferences,
  saveResume,
  setActiveResume,
  updateResume,
  type FitmarkDb,
  type ResumeRecord,
  type SkillRef,
} from '../db';
import { importAll, previewImport, ImportError } from '../db/import';
import { historyEntryFrom } from '../history';
import { PostingSchema, Request } from '../messages';
import type { Reply, TabMessage } from '../protocol';
import { jobKeyOfUrl } from '../posting/sites';
import type { Posting } from '../posting/types';
import type { MatchReport } from '../match/types';
import { badgeFor, toTabReport, type TabReport } from '../report';
import { clipFileName, clipResumeText, type Clipped } from '../resume/limits';
import { nameOf } from '../requirements/terms';
import { skillIdsHash } from '../skills/matcher-pack';
import { currentId } from '../skills/taxonomy';
import { warmUpPosting } from './warm-up';

/** What the service needs from the browser, passed in so it runs under test without one. */
export interface Host {
  setBadge(tabId: number, text: string, color: string): Promise<void>;
  /** Background → content script: only the messages lib/protocol.ts's TabMessage lists (the content script checks them again). */
  sendToTab(tabId: number, message: TabMessage): Promise<void>;
  openGuide(anchor: string, from?: string): Promise<void>;
  /** Reads the posting on any page, on the user's request. What it returns is the page's: untrusted. */
  readPage(tabId: number): Promise<unknown>;
  /** Makes sure the sidebar can be shown in that tab (injects it where it is not declared). */
  prepareTab(tabId: number): Promise<void>;
  /** Injects the sidebar's UI into a frame whose content script found a posting. */
  loadUi(tabId: number, frameId: number): Promise<void>;
  newId(): string;
  now(): number;
  log(message: string): void;
  /**
   * The URL a tab shows now (browser.tabs.get), undefined where the browser does not tell us (a site we hold no
   * permission for). Optional: without it, an analysis is never held back for its tab's URL.
   */
  tabUrl?(tabId: number): Promise<string | undefined>;
  /**
   * Where resumes' analyses outlive this service worker (browser.storage.session: memory only,
   * our own pages and this worker only, gone when the browser closes or the extension reloads).
   * A worker started again answers without reading the resume again. Optional: without it,
   * each worker life reads each resume once.
   */
  session?: SessionStore;
}

/** The part of browser.storage.session the service uses. */
export interface SessionStore {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** What 'resume.save' answers. */
export interface SaveReply {
  id: string;
  /** The name it is saved under (a file name too long to keep is cut, its extension kept). */
  name: string;
  skills: SkillRef[];
  warning: string | null;
  /** Set when the text was longer than Fitmark keeps: the rest was left out. */
  clipped: Clipped | null;
  nameClipped: boolean;
}

/** What the popup learns of a tab: its result, and whether the page blocks the sidebar. */
export interface TabStatus {
  report: TabReport | null;
  blocked: boolean;
}

export interface Sender {
  tabId?: number;
  frameId?: number;
  /** The message comes from a content script, i.e. from inside a web page, not from one of our own pages. */
  contentScript?: boolean;
  /** The sending frame's URL, as the browser tells it. */
  url?: string;
}

/**
 * What a content script may ask. Everything else (resumes, export, history,
 * preferences changes) answers only to the extension's own pages: a page that
 * subverted our content script still could not read the resume.
 */
const CONTENT_SCRIPT_MAY: ReadonlySet<string> = new Set(['page.opening', 'analyze', 'posting.none', 'guide.open', 'preferences.get', 'ui.load', 'ui.blocked', 'resume.choose']);

/**
 * The background's brain: holds the engine (taxonomy compiled once), the
 * database, and the last posting seen in each tab; answers validated requests.
 */
export function createService(db: FitmarkDb, engine: () => Engine, host: Host) {
  /** Each tab's last posting; `url`: the tab's URL when it was read (tab.status compares the tab's URL now). */
  const tabs = new Map<number, { jobKey: string; url: string | undefined; posting: Posting; report: TabReport; viewedAt: number }>();
  /**
   * Each tab's analysis while it is being answered. The page asks for it and for its UI's script at once
   * (lib/page/session.ts); on a cold worker both wait for the engine's start, and the script's injection
   * (its evaluation on the page, ~5–15 ms) would then reach the page before the answer it was meant to follow.
   */
  const answering = new Map<number, Promise<unknown>>();
  /**
   * Each tab's latest word (an analysis asked, "no posting", a page read on request). An analysis that ends after a
   * later word from its tab is still answered, but no longer speaks for the tab: a slow result never paints its badge
   * over the next posting's, or over a page that has none.
   */
  const turnOf = new Map<number, object>();
  const newTurn = (tabId: number): object => {
    const turn = {};
    turnOf.set(tabId, turn);
    return turn;
  };
  /**
   * False where the tab's top page has since moved to another posting or page (its URL and its job key both differ):
   * its result is then the old page's. An analysis from a frame, or a tab whose URL the browser does not tell, is kept.
   */
  async function stillShows(tabId: number, sender: Sender, jobKey: string): Promise<boolean> {
    if (!host.tabUrl || sender.frameId !== 0 || sender.url === undefined) return true;
    const now = await host.tabUrl(tabId).catch(() => null);
    if (now === null) return false; // the tab is gone
    return now === undefined || now === sender.url || jobKeyOfUrl(now) === jobKey;
  }
  /** Tabs whose page kept removing or hiding the sidebar: the popup says so. */
  const blockedTabs = new Set<number>();
  /** Each saved resume read once (at save, or at first use) and kept until it changes: a posting is matched with all of them. */
  const resumeCache = new Map<string, { updatedAt: number; analysis: ResumeAnalysis }>();
  /** The resume the user chose for a posting (jobKey → resume id) in the sidebar; the history keeps it across restarts. */
  const chosenFor = new Map<string, string>();
  /** Resumes read after an answer (readTheRest): at most one pass at a time. */
  let warming: Promise<void> = Promise.resolve();
  let reading = false;
  /** History writes run after the answer is sent, one after another; what clears or exports the history waits for them. */
  let historyWrites: Promise<void> = Promise.resolve();
  /** Analyses kept in host.session, written after the answer too; forgetting them waits for the writes. */
  let sessionWrites: Promise<void> = Promise.resolve();
  /** The kept analyses read when the worker starts its work (refreshStored), before any posting asks for them. */
  let sessionRead: Promise<void> = Promise.resolve();

  /** What an analysis kept in host.session must match to serve `record` now: the taxonomy, the record's version and text, today. */
  function stampOf(record: ResumeRecord): string {
    return `${taxonomyVersion(engine())}|${record.updatedAt}|${record.text.length}:${textHash(record.text)}|${new Date(host.now()).toISOString().slice(0, 10)}`;
  }

  /** Fills the cache from host.session with the analyses still valid for these records; never throws. */
  async function fromSession(records: ResumeRecord[]): Promise<void> {
    const want = records.filter((r) => !cachedAnalysis(r));
    if (!host.session || !want.length) return;
    try {
      const kept = await host.session.get(want.map((r) => SESSION_KEY + r.id));
      for (const r of want) {
        const k = kept[SESSION_KEY + r.id] as { stamp?: string; analysis?: Omit<ResumeAnalysis, 'text'> } | undefined;
        // Checked when used, against the record as it is now (another turn may have changed it).
        if (k?.analysis && k.stamp === stampOf(r) && !cachedAnalysis(r)) resumeCache.set(r.id, { updatedAt: r.updatedAt, analysis: { ...k.analysis, text: r.text } });
      }
    } catch (e) {
      host.log(`could not read the kept analyses: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Keeps an analysis in host.session, after the answer (not awaited); the resume's text is not copied: the record has it. */
  function toSession(record: ResumeRecord, analysis: ResumeAnalysis): void {
    const session = host.session;
    if (!session) return;
    const { text: _text, ...rest } = analysis;
    const stamp = stampOf(record);
    sessionWrites = sessionWrites
      .then(nextTurn) // after the answer, as the history's (remember)
      .then(() => session.set({ [SESSION_KEY + record.id]: { stamp, analysis: rest } }))
      .catch((e: unknown) => host.log(`could not keep the resume's analysis: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** Forgets kept analyses: those of `ids`, or all of them. */
  async function forgetSession(ids: string[] | null): Promise<void> {
    const session = host.session;
    if (!session) return;
    await sessionWrites;
    const keys = ids ? ids.map((id) => SESSION_KEY + id) : Object.keys(await session.get(null)).filter((k) => k.startsWith(SESSION_KEY));
    if (keys.length) await session.remove(keys);
  }

  function cachedAnalysis(record: ResumeRecord): ResumeAnalysis | null {
    const hit = resumeCache.get(record.id);
    return hit && hit.updatedAt === record.updatedAt ? hit.analysis : null;
  }

  function analysisOf(record: ResumeRecord): ResumeAnalysis {
    const hit = cachedAnalysis(record);
    if (hit) return hit;
    const analysis = withCorrections(analyzeResume(engine(), record.name, record.text), record);
    resumeCache.set(record.id, { updatedAt: record.updatedAt, analysis });
    toSession(record, analysis);
    return analysis;
  }

  /** The user's choice of resume for this posting, made in the sidebar now or on an earlier visit (kept in its history entry). */
  async function choiceFor(jobKey: string): Promise<string | null> {
    const now = chosenFor.get(jobKey);
    if (now) return now;
    let read = choiceRead.get(jobKey);
    if (!read) {
      if (choiceRead.size >= 100) choiceRead.clear();
      read = db.history.get(jobKey).then((h) => (h?.chosen && h.resumeId ? h.resumeId : null));
      choiceRead.set(jobKey, read);
      read.catch(() => choiceRead.delete(jobKey));
    }
    return read;
  }
  /** Earlier visits' choices as read from the history, forgotten with the resumes read (savedResumes). */
  const choiceRead = new Map<string, Promise<string | null>>();

  /**
   * A tab starts loading this posting: what its analysis will read from the database (the saved
   * resumes, an earlier choice of resume for it) is read now, while the page loads.
   */
  function prefetch(jobKey: string): void {
    savedResumes().catch(() => undefined);
    choiceFor(jobKey).catch(() => undefined);
  }

  /**
   * Computes a tab's report and, when a resume is saved, records the posting in the history.
   * The posting is read once and matched with every saved resume whose analysis is cached
   * (~1 ms each): the report is made with the one chosen for this posting, else the active
   * one, and lists each resume's score so the sidebar can say which fits best. Resumes not
   * read yet in this service worker's life (a resume may be 2 million characters) do not
   * delay the answer: they are read after it, and open tabs then get the full list.
   */
  async function report(jobKey: string, posting: Posting, viewedAt: number): Promise<TabReport> {
    const e = engine();
    // The database reads start first and run while the posting is analysed (CPU work): on a cold
    // worker, opening IndexedDB and reading the resumes costs as much as the analysis itself.
    // On a worker started again, the resumes' analyses kept in host.session come with them.
    const kept = savedResumes();
    const listed = kept.then(([records]) => records);
    const stored = Promise.all([kept, choiceFor(jobKey), sessionRead.then(() => listed).then(fromSession)]);
    stored.catch(() => undefined); // a failure is met by the await below; this only keeps it from reading as unhandled meanwhile
    const a = analyzePosting(e, posting);
    const name = nameOf(e.taxonomy.byId);
    const [[records, activeId], wanted] = await stored;
    const active = activeAmong(records, activeId);
    if (!active) return toTabReport(a, jobKey, null, { name });
    const chosen = (wanted !== null ? records.find((r) => r.id === wanted) : undefined) ?? active;
    const matches = new Map<string, MatchReport>();
    let unread = false;
    for (const rec of records) {
      const analysis = rec.id === chosen.id ? analysisOf(rec) : cachedAnalysis(rec);
      if (analysis) matches.set(rec.id, matchResume(e, a, analysis));
      else unread = true;
    }
    a.match = matches.get(chosen.id) ?? matchResume(e, a, analysisOf(chosen));
    const resumes = records.filter((rec) => matches.has(rec.id)).map((rec) => ({ id: rec.id, name: rec.name, score: matches.get(rec.id)!.score }));
    if (unread) readTheRest();
    const r = toTabReport(a, jobKey, chosen.name, { name, resumeId: chosen.id, resumes });
    remember(r, viewedAt, chosen.id === wanted);
    return r;
  }

  /**
   * The saved resumes and the active one's id, as last read: one posting after another needs them, and
   * each read of IndexedDB from the worker is a round trip (~10–30 ms before an answer). Every write to
   * them goes through this service (the extension's pages only read the database), so a request that
   * may write forgets them before and after it runs (a read begun meanwhile is not kept).
   */
  let saved: Promise<[ResumeRecord[], string | null]> | null = null;
  function forgetReads(): void {
    saved = null;
    choiceRead.clear();
  }
  function savedResumes(): Promise<[ResumeRecord[], string | null]> {
    if (saved) return saved;
    // One round of reads: the active resume is found among the listed ones (activeAmong), not read again.
    const reading = Promise.all([listResumes(db), activeResumeId(db)]);
    saved = reading;
    reading.catch(() => {
      if (saved === reading) saved = null;
    });
    return reading;
  }

  /** Reads the resumes not read yet, after the answer that found them, one per turn; then open postings are matched with all. */
  function readTheRest(): void {
    if (reading) return;
    reading = true;
    warming = warming
      .then(async () => {
        await nextTurn();
        for (const rec of await listResumes(db)) {
          if (cachedAnalysis(rec)) continue;
          analysisOf(rec);
          await nextTurn();
        }
        reading = false;
        await refreshTabs();
      })
      .catch((e: unknown) => {
        reading = false;
        host.log(`could not read the other resumes: ${e instanceof Error ? e.message : String(e)}`);
      });
  }

  /** Not awaited: the tab gets its answer without waiting for the disk. A failed write is logged, never shown. */
  function remember(r: TabReport, viewedAt: number, chosen: boolean): void {
    // A turn later: the entry is built and the database's write begun after the answer has gone (the
    // answer's own steps are microtasks; without the turn these would run before it, ~10–25 ms in the worker).
    historyWrites = historyWrites
      .then(nextTurn)
      .then(() => recordHistory(db, historyEntryFrom(r, viewedAt, chosen)))
      .catch((e: unknown) => host.log(`could not record the posting in the history: ${e instanceof Error ? e.message : String(e)}`));
  }

  async function paintBadge(tabId: number, r: TabReport | null): Promise<void> {
    const b = badgeFor(r?.score ?? null);
    await host.setBadge(tabId, b.text, b.color);
  }

  /** After the resumes change, every open posting gets a fresh result. */
  async function refreshTabs(): Promise<void> {
    for (const [tabId, t] of tabs) {
      // Keeps the time the user looked at it: a new resume does not move old postings to the top of the history.
      t.report = await report(t.jobKey, t.posting, t.viewedAt);
      await paintBadge(tabId, t.report);
      await host.sendToTab(tabId, { type: 'report', report: t.report }).catch(() => undefined);
    }
  }

  /** The user's corrections win over the parser: removed skills go, added ones count. */
  function withCorrections(a: ResumeAnalysis, record: ResumeRecord): ResumeAnalysis {
    return { ...a, skills: applyCorrections(a.skills, record.corrections, (add) => ({ ...add, mentions: [], evidence: 'Added by you' })) };
  }

  function skillRef(id: string) {
    const s = engine().taxonomy.byId.get(id);
    if (!s) throw new Error(`Fitmark does not know the skill "${id}".`);
    return { id: s.id, name: s.name, category: s.category };
  }

  /** A resume's skills and warning found anew with this taxonomy; the user's added skills kept when this taxonomy knows them. */
  function reread(r: ResumeRecord): ResumeRecord {
    const e = engine();
    const analysis = analyzeResume(e, r.name, r.text);
    const known = (id: string) => e.taxonomy.byId.get(currentId(e.taxonomy, id));
    return {
      ...r,
      skills: analysis.skills.map((x) => ({ id: x.id, name: x.name, category: x.category })),
      corrections: {
        added: r.corrections.added.flatMap((a) => {
          const s = known(a.id);
          return s ? [{ id: s.id, name: s.name, category: s.category }] : [];
        }),
        removed: r.corrections.removed.map((id) => currentId(e.taxonomy, id)),
      },
      warning: analysis.warning,
    };
  }

  /** Edits a resume and moves its updatedAt, so cached analyses and open tabs refresh. */
  function edit(id: string, change: (r: ResumeRecord) => Omit<ResumeRecord, 'updatedAt'>) {
    return updateResume(db, id, (r) => ({ ...change(r), updatedAt: Math.max(host.now(), r.updatedAt + 1) }));
  }

  async function handle(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    const reads = typeof type === 'string' && READS_ONLY.has(type);
    if (!reads) forgetReads();
    try {
      return await answer(raw, sender);
    } catch (e) {
      const name = (e as { name?: string } | null)?.name ?? '';
      if (name === 'QuotaExceededError' || (e as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError')
        return { ok: false, error: 'The browser’s storage for Fitmark is full. Nothing was changed; delete an old resume or free disk space, then try again.' };
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      if (!reads) forgetReads();
    }
  }

  async function answer(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    const parsed = Request.safeParse(raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw !== null ? String((raw as { type?: unknown }).type) : typeof raw;
      host.log(`rejected a malformed message (${type}): ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return { ok: false, error: 'malformed message' };
    }
    const msg = parsed.data;
    if (sender.contentScript && !CONTENT_SCRIPT_MAY.has(msg.type)) {
      host.log(`refused ${msg.type} from a content script`);
      return { ok: false, error: 'not available to web pages' };
    }
    switch (msg.type) {
      case 'page.opening':
        return { ok: true, value: null }; // the worker's wiring acts on it before it comes here (lib/background/worker-life.ts)
      case 'analyze': {
        if (sender.tabId === undefined) return { ok: false, error: 'analyze comes from a tab' };
        const tabId = sender.tabId;
        const viewedAt = host.now();
        const turn = newTurn(tabId);
        const reporting = report(msg.jobKey, msg.posting, viewedAt);
        answering.set(tabId, reporting);
        let r: TabReport;
        try {
          r = await reporting;
        } finally {
          if (answering.get(tabId) === reporting) answering.delete(tabId);
        }
        // The tab has moved on meanwhile: the page that asked still gets its answer, the tab keeps its newer state.
        if (turnOf.get(tabId) !== turn || !(await stillShows(tabId, sender, msg.jobKey))) return { ok: true, value: r };
        tabs.set(tabId, { jobKey: msg.jobKey, url: sender.url, posting: msg.posting, report: r, viewedAt });
        // The answer does not wait for the badge. The UI's script comes by its own `ui.load`, sent beside this.
        void paintBadge(tabId, r).catch((e: unknown) => host.log(`could not set the badge: ${String(e)}`));
        return { ok: true, value: r };
      }
      case 'posting.none': {
        if (sender.tabId !== undefined) await forgetTab(sender.tabId);
        return { ok: true, value: null };
      }
      case 'ui.blocked':
        if (sender.tabId !== undefined) blockedTabs.add(sender.tabId);
        return { ok: true, value: null };
      case 'ui.load':
        if (sender.tabId === undefined) return { ok: false, error: 'ui.load comes from a tab' };
        // A content script that asks for the UI is not blocked (a new page, or the page stopped fighting).
        blockedTabs.delete(sender.tabId);
        {
          // After this tab's analysis is answered (a turn later: the answer has gone by then); the first card shows the score meanwhile.
          const inFlight = answering.get(sender.tabId);
          if (inFlight) await inFlight.then(nextTurn, nextTurn);
        }
        await host.loadUi(sender.tabId, sender.frameId ?? 0);
        return { ok: true, value: null };
      case 'guide.open':
        await host.openGuide(msg.anchor, msg.from);
        return { ok: true, value: null };
      case 'resume.save': {
        // Within the advertised size, a long text or file name is cut to what is kept, and the reply says so.
        const name = clipFileName(msg.name);
        const { text, clipped } = clipResumeText(msg.text);
        const analysis = analyzeResume(engine(), name, text);
        const now = host.now();
        const saved = await saveResume(db, {
          id: host.newId(),
          name,
          kind: msg.kind,
          text,
          size: msg.size,
          skills: analysis.skills.map((s) => ({ id: s.id, name: s.name, category: s.category })),
          corrections: { added: [], removed: [] },
          warning: analysis.warning,
          createdAt: now,
          updatedAt: now,
        });
        // The analysis just made serves the next postings too: the resume is not read twice.
        resumeCache.set(saved.id, { updatedAt: saved.updatedAt, analysis: withCorrections(analysis, saved) });
        toSession(saved, resumeCache.get(saved.id)!.analysis);
        await refreshTabs();
        const value: SaveReply = { id: saved.id, name: saved.name, skills: effectiveSkills(saved), warning: saved.warning, clipped, nameClipped: name !== msg.name };
        return { ok: true, value };
      }
      case 'resume.delete': {
        const deleted = await deleteResume(db, msg.id);
        resumeCache.delete(msg.id);
        await forgetSession([msg.id]);
        await refreshTabs();
        return { ok: true, value: deleted };
      }
      case 'resume.restore':
        await restoreResume(db, msg.record);
        await refreshTabs();
        return { ok: true, value: null };
      case 'resume.rename':
        await edit(msg.id, (r) => ({ ...r, name: msg.name }));
        await refreshTabs();
        return { ok: true, value: null };
      case 'resume.correct': {
        const updated = await edit(msg.id, (r) => {
          let { added, removed } = r.corrections;
          if (msg.add) {
            const ref = skillRef(msg.add);
            removed = removed.filter((x) => x !== ref.id);
            if (!r.skills.some((s) => s.id === ref.id) && !added.some((a) => a.id === ref.id)) added = [...added, ref];
          }
          if (msg.remove) {
            added = added.filter((a) => a.id !== msg.remove);
            if (r.skills.some((s) => s.id === msg.remove) && !removed.includes(msg.remove)) removed = [...removed, msg.remove];
          }
          return { ...r, corrections: { added, removed } };
        });
        await refreshTabs();
        return { ok: true, value: effectiveSkills(updated) };
      }
      case 'data.export':
        await historyWrites;
        return { ok: true, value: await exportAll(db, new Date(host.now())) };
      case 'data.importPreview':
      case 'data.import': {
        // The file's skills were found by another version, or typed by hand: this Fitmark finds them again.
        const o = { now: host.now(), reread: (r: ResumeRecord) => reread(r) };
        try {
          if (msg.type === 'data.importPreview') return { ok: true, value: await previewImport(db, msg.data, o) };
          await historyWrites;
          const summary = await importAll(db, msg.data, o);
          resumeCache.clear();
          await forgetSession(null);
          await refreshTabs();
          return { ok: true, value: summary };
        } catch (e) {
          if (e instanceof ImportError) return { ok: false, error: e.message };
          throw e;
        }
      }
      case 'data.deleteAll':
        await historyWrites;
        await deleteAllData(db);
        resumeCache.clear();
        await forgetSession(null);
        chosenFor.clear();
        await refreshTabs();
        return { ok: true, value: null };
      case 'taxonomy.skills':
        return { ok: true, value: engine().taxonomy.skills.map((s) => ({ id: s.id, name: s.name, category: s.category })) };
      case 'resume.choose': {
        // The sidebar's switch: this posting is matched with another saved resume; the others keep theirs.
        const tabId = sender.tabId ?? msg.tabId;
        const t = tabId === undefined ? undefined : tabs.get(tabId);
        if (tabId === undefined || !t) return { ok: false, error: 'This tab shows no posting Fitmark has read.' };
        if (!(await db.resumes.get(msg.id))) return { ok: false, error: 'That resume is no longer saved.' };
        chosenFor.set(t.jobKey, msg.id);
        t.report = await report(t.jobKey, t.posting, t.viewedAt);
        await paintBadge(tabId, t.report);
        await host.sendToTab(tabId, { type: 'report', report: t.report }).catch(() => undefined);
        return { ok: true, value: t.report };
      }
      case 'resume.activate':
        await setActiveResume(db, msg.id);
        await refreshTabs();
        return { ok: true, value: null };
      case 'page.analyze': {
        const read = PostingSchema.safeParse(await host.readPage(msg.tabId));
        if (!read.success || read.data.sections.length === 0)
          return { ok: false, error: 'Fitmark found no job posting on this page. Select the posting’s text and try again.' };
        const jobKey = `page:${read.data.url}`;
        const viewedAt = host.now();
        newTurn(msg.tabId);
        const r = await report(jobKey, read.data, viewedAt);
        tabs.set(msg.tabId, { jobKey, url: msg.url, posting: read.data, report: r, viewedAt });
        await paintBadge(msg.tabId, r);
        await host.prepareTab(msg.tabId);
        await host.sendToTab(msg.tabId, { type: 'report', report: r, manual: true }).catch(() => undefined);
        return { ok: true, value: r };
      }
      case 'tab.status': {
        // The tab may have loaded another page since (the browser reset its badge then): its URL tells.
        const t = tabs.get(msg.tabId);
        if (t && msg.url !== undefined && msg.url !== t.url && jobKeyOfUrl(msg.url) !== t.jobKey) tabs.delete(msg.tabId);
        const value: TabStatus = { report: tabs.get(msg.tabId)?.report ?? null, blocked: blockedTabs.has(msg.tabId) };
        return { ok: true, value };
      }
      case 'history.clear':
        await historyWrites;
        await clearHistory(db);
        chosenFor.clear(); // the choices are kept in the history: forgetting it forgets them
        return { ok: true, value: null };
      case 'preferences.get':
        return { ok: true, value: await loadPreferences(db) };
      case 'preferences.set': {
        const preferences = await savePreferences(db, msg.preferences);
        for (const tabId of tabs.keys()) await host.sendToTab(tabId, { type: 'preferences', preferences }).catch(() => undefined);
        return { ok: true, value: preferences };
      }
    }
  }

  async function forgetTab(tabId: number): Promise<void> {
    newTurn(tabId);
    tabs.delete(tabId);
    await paintBadge(tabId, null);
  }

  /**
   * After an update brings a new taxonomy, every saved resume is read again:
   * its skills are found anew, and the user's corrections follow renamed ids.
   * Runs once per taxonomy version (stored in settings), at service-worker start.
   */
  async function refreshStored(): Promise<number> {
    // Asked before the taxonomy compiles: the database opens meanwhile (at a worker's start, the first answer waits for both).
    const stored = db.settings.get(TAXONOMY_VERSION);
    stored.catch(() => undefined); // met by the await below
    const e = engine();
    const version = taxonomyVersion(e);
    if ((await stored)?.value === version) {
      // The worker was woken (often by the page's navigation, before its posting is read): the kept analyses come in meanwhile.
      // Through savedResumes: the posting's analysis finds these reads made, not begun again.
      sessionRead = savedResumes()
        .then(([records]) => fromSession(records))
        .catch(() => undefined);
      return 0;
    }
    let n = 0;
    forgetReads();
    for (const r of await listResumes(db)) {
      await updateResume(db, r.id, reread);
      n++;
    }
    forgetReads();
    await db.settings.put({ key: TAXONOMY_VERSION, value: version });
    resumeCache.clear();
    await forgetSession(null);
    return n;
  }

  /**
   * A tab is loading a posting and the worker has no regular expressions made (it just started, or
   * let them go when idle): our own small posting is analysed now, and matched with a resume whose
   * analysis is at hand, so the page's analysis, asked for once the page is parsed, compiles nothing.
   */
  function warmUp(): void {
    const e = engine();
    const a = analyzePosting(e, warmUpPosting());
    const kept = resumeCache.values().next().value?.analysis;
    if (kept) matchResume(e, a, kept);
  }

  return {
    handle,
    refreshStored,
    warmUp,
    prefetch,
    tabClosed: (tabId: number) => {
      turnOf.delete(tabId); // an analysis still under way for it then speaks for nothing
      tabs.delete(tabId);
      blockedTabs.delete(tabId);
    },
    listResumes: () => listResumes(db),
    /** Resolves once every history write and resume read started so far is done (tests, and anything that reads the history next). */
    settled: async () => {
      await warming;
      await sessionRead;
      await historyWrites;
      await sessionWrites;
    },
  };
}
export type Service = ReturnType<typeof createService>;

/**
 * Requests that never write the saved resumes or which one is active: the resumes read for an analysis
 * are kept across them (savedResumes). Any other request, known or not, forgets them.
 */
const READS_ONLY: ReadonlySet<string> = new Set(['page.opening', 'analyze', 'posting.none', 'ui.blocked', 'ui.load', 'guide.open', 'tab.status', 'taxonomy.skills', 'preferences.get', 'data.export', 'data.importPreview']);

const TAXONOMY_VERSION = 'taxonomyVersion';
/** host.session's keys for resumes' analyses: this prefix and the resume's id. */
const SESSION_KEY = 'resumeAnalysis:';

/** FNV-1a over the text's UTF-16 code units: a changed text does not reuse a kept analysis. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A macrotask later: what runs after it does not hold up the answer already sent. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A fingerprint of the taxonomy: its ids, in order, and how many forms it compiles to. */
function taxonomyVersion(e: Engine): string {
  return `${e.taxonomy.skills.length}:${e.matcher.forms}:${skillIdsHash(e.taxonomy.skills)}`;
}
