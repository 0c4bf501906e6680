import type { SidebarState } from '../../components/Sidebar';
import { firstElement } from '../posting/dom-text';
import { postingFromText } from '../posting/text';
import type { Posting, SiteAdapter } from '../posting/types';
import { signature, waitForPosting } from '../posting/watch';
import { boardEnabled, DEFAULT_PREFERENCES, type PreferencesShape } from '../preference-defaults';
import { parseTabMessage, type Ask } from '../protocol';
import type { TabReport } from '../report';
import { clipPosting } from './clip';
import { marksFor, type Mark } from './marks';
import { createSidebarMount, type MountedUi, type UiRenderer } from './mount';
import { mirroredPreferences, PREFERENCES_MIRROR_KEY } from './preferences';
import { createStore, type Store } from './store';

export type { MountedUi, UiRenderer } from './mount';
export { HOST_STYLE } from './mount';

/** What the sidebar's UI reads and calls: the content script's first card (first-card.ts) and the full UI (entrypoints/sidebar-ui). */
export interface SessionView {
  state: Store<SidebarState>;
  visible: Store<boolean>;
  collapsed: Store<boolean>;
  marking: Store<{ on: boolean; count: number }>;
  /** Non-zero: move keyboard focus into the sidebar (opened from the keyboard); the UI sets it back to 0. */
  focusRequest: Store<number>;
  /** What Fitmark left out of a very long posting, in the user's words. */
  notes: Store<string[]>;
  /**
   * The absolute URL of the guide at `anchor` (chrome-extension://…/guide.html#…), for links' href:
   * middle-click and "open in new tab" must not resolve against the job board.
   */
  guideUrl(anchor: string): string;
  actions: {
    openGuide(anchor: string): void;
    close(): void;
    collapse(collapsed: boolean): void;
    locate(skillId: string): void;
    toggleHighlights(on: boolean): void;
    useText(text: string): void;
    useSelection(): void;
  };
}

/**
 * The world a page session runs in, passed in so it runs under jsdom with a
 * fake background: the page, where it is, the background to ask, the
 * extension's storage, and WXT's context (its signal and timers end with the
 * content script).
 */
export interface PageWorld {
  doc: Document;
  location: { readonly href: string };
  ask: Ask;
  storage: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  signal: AbortSignal;
  setTimeout(fn: () => void, ms: number): unknown;
  adapterFor(url: URL): SiteAdapter | null;
  /** Makes the sidebar's host (a closed shadow root on the page, empty); null when it could not be. */
  mountUi(): Promise<MountedUi | null>;
  /**
   * The sidebar's full UI (React, ~240 KB): its script is injected by the background on request, or is
   * in this world already (an earlier visit loaded it).
   */
  loadUi(): Promise<UiRenderer>;
  /** See SessionView.guideUrl. */
  guideUrl(anchor: string): string;
  log(message: string): void;
  now(): number;
  /** How long a board may take to render its posting before Fitmark says none was found. */
  readTimeoutMs?: number;
}

export interface PageSession {
  view: SessionView;
  /** Looks at the current URL: a new job starts a visit, the same job does nothing. */
  check(): Promise<void>;
  /** A message from the background (validated here; anything malformed is dropped). */
  receive(raw: unknown): void;
  /** The sidebar could not stay on this page. */
  readonly blocked: boolean;
}

/**
 * One page's life with Fitmark: url → adapter → wait for the posting → analyse
 * → show. Each visit (a job) has its own AbortController; a reply is shown
 * only if the page still shows the job it was computed for.
 */
export function createPageSession(world: PageWorld): PageSession {
  const { doc } = world;
  const view: SessionView = {
    state: createStore<SidebarState>({ status: 'reading' }),
    visible: createStore(true),
    collapsed: createStore(false),
    marking: createStore({ on: true, count: 0 }),
    focusRequest: createStore(0),
    notes: createStore<string[]>([]),
    guideUrl: (anchor) => world.guideUrl(anchor),
    actions: {
      openGuide: (anchor) => void world.ask('guide.open', { anchor, from: world.location.href }).catch(warn('could not open the guide')),
      close: () => view.visible.set(false),
      collapse: (c) => {
        view.collapsed.set(c);
        void world.storage.set(collapsedKey(), c).catch(warn('could not remember the folded sidebar'));
      },
      locate,
      toggleHighlights: (on) => {
        // For this page; the lasting choice is on the options page.
        view.marking.set({ ...view.marking.get(), on });
        sidebar.paint(marks, on);
      },
      useText: (text) => void analyzeText(text, 'paste'),
      useSelection: () => {
        const selected = String(doc.defaultView?.getSelection() ?? '').trim();
        if (selected) void analyzeText(selected, 'selection');
      },
    },
  };

  let prefs: PreferencesShape | null = null;
  // The background's copy in storage first (no wait for a sleeping service worker), else the background.
  const prefsReady: Promise<PreferencesShape> = world.storage
    .get(PREFERENCES_MIRROR_KEY)
    .catch(() => null)
    .then((raw) => mirroredPreferences(raw) ?? world.ask('preferences.get', {}))
    .catch((e: unknown) => {
      world.log(`using default preferences: ${message(e)}`);
      return { ...DEFAULT_PREFERENCES, disabledBoards: [] };
    })
    .then((p) => {
      prefs ??= p;
      view.marking.set({ ...view.marking.get(), on: prefs.highlights });
      return prefs;
    });

  // A posting's page, from its start: the background reads ahead and makes its patterns while the page
  // parses (lib/background/worker-life.ts); it learns nothing it would not from the analysis.
  void prefsReady.then((p) => {
    const url = new URL(world.location.href);
    const adapter = world.adapterFor(url);
    if (!world.signal.aborted && adapter?.jobKey(url) && boardEnabled(p, adapter.id)) void world.ask('page.opening', {}).catch(() => undefined);
  });

  let site = '';
  let visit: AbortController | null = null;
  let currentKey: string | null = null;
  let lastUrl = '';
  let lastSignature: string | undefined;
  let shown: { posting: Posting; root: Element | null } | null = null;
  let marks: Mark[] = [];

  const collapsedKey = () => `fitmark:collapsed:${site || new URL(world.location.href).hostname}`;

  function warn(what: string) {
    return (e: unknown) => world.log(`${what}: ${message(e)}`);
  }

  /** The full UI's script, asked for once per page (a failure is told once, where the UI is mounted). */
  let uiLoading: Promise<UiRenderer> | null = null;
  const loadUi = (): Promise<UiRenderer> => (uiLoading ??= world.loadUi());

  const sidebar = createSidebarMount({
    doc,
    signal: world.signal,
    setTimeout: world.setTimeout,
    now: world.now,
    view,
    mount: () => world.mountUi(),
    load: loadUi,
    onBlocked: () => void world.ask('ui.blocked', {}).catch(warn('could not tell the popup')),
    log: world.log,
  });
  const ensureUi = () => sidebar.ensure();
  function unmountUi(): void {
    clearMarks();
    sidebar.unmount();
  }

  /** Bumped by every result and every clearing: a deferred painting of marks for an older one does nothing. */
  let marksTurn = 0;

  function clearMarks(): void {
    marksTurn++;
    marks = [];
    sidebar.paint([], false);
    view.marking.set({ ...view.marking.get(), count: 0 });
  }

  function paintMarks(report: TabReport): void {
    marks = [];
    const root = shown?.root;
    if (shown && root) {
      const host = sidebar.current?.shadowHost;
      marks = marksFor(report, shown.posting, root, host ? (el) => host.contains(el) : undefined);
    }
    view.marking.set({ ...view.marking.get(), count: marks.length });
    sidebar.paint(marks, view.marking.get().on);
  }

  function locate(skillId: string): void {
    const mark = marks.find((m) => m.skillId === skillId);
    mark?.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function showResult(report: TabReport, notes: string[]): void {
    view.notes.set(notes);
    // What was left out of a very long posting is said where the score is explained.
    const shownReport = notes.length ? { ...report, explanation: [report.explanation, ...notes].filter(Boolean).join(' ') } : report;
    view.state.set({ status: 'result', report: shownReport });
    // The score first: the page's words are measured (a forced layout) and marked once the sidebar has painted.
    const turn = ++marksTurn;
    const paint = () => {
      if (turn === marksTurn && !world.signal.aborted) paintMarks(report);
    };
    // The page's own timer, not WXT's ctx.setTimeout: each of those leaves an abort listener on the
    // context until it is invalidated, one more per job switch (paint checks the signal itself).
    const win = doc.defaultView;
    if (win) win.requestAnimationFrame(() => win.setTimeout(paint, 0));
    else paint();
  }

  async function check(): Promise<void> {
    if (world.signal.aborted) return;
    const href = world.location.href;
    if (href === lastUrl) return;
    lastUrl = href;
    const url = new URL(href);
    const adapter = world.adapterFor(url);
    let key = adapter?.jobKey(url) ?? null;
    if (key === currentKey) return;
    visit?.abort();
    currentKey = key;
    shown = null;
    clearMarks();
    if (!adapter || !key) {
      // Not a posting (yet): nothing on screen, no badge.
      if (sidebar.current) {
        unmountUi();
        await world.ask('posting.none', {}).catch(warn('could not clear the badge'));
      }
      return;
    }
    const controller = new AbortController();
    visit = controller;
    const { signal } = controller;
    world.signal.addEventListener('abort', () => controller.abort(), { signal });
    site = adapter.id;
    const stale = () => signal.aborted || currentKey !== key;

    // The posting and the folded state load at once. Only the preferences (read since the session
    // started: on a fresh page, before the posting is parsed) stand before the analysis: a posting
    // already on the page goes to the background at once; then the sidebar's host is made (its
    // first card drawn by this script) and its full UI's script asked for (~240 KB of React,
    // evaluated while the posting is analysed or rendered by the page, shown after the first result).
    view.state.set({ status: 'reading' });
    const reading = waitForPosting(doc, url, adapter, { signal, timeoutMs: world.readTimeoutMs ?? 10_000, notSignature: lastSignature });
    const folded = world.storage.get(collapsedKey()).catch(() => undefined);
    const p = await prefsReady;
    if (stale()) return;
    if (!boardEnabled(p, adapter.id)) {
      controller.abort(); // stops the reading too
      currentKey = null; // the user turned this board off; a later visit looks again
      lastUrl = '';
      return;
    }
    // While the page still parses (this script starts with the document), its posting is awaited before anything
    // is mounted: it is read as soon as the parser is past it (lib/posting/watch.ts), often before the page's own
    // scripts have run; the sidebar's host needs the page's <body>, there by then. A posting its scripts render
    // later is waited for as before, the sidebar's host made meanwhile.
    const early = doc.readyState === 'loading' ? await Promise.race([reading, parsed(doc, signal)]) : await settledNow(reading);
    if (stale()) return;
    // A URL that names no job (LinkedIn's post-apply page): the result belongs to the job the page shows.
    if (early) currentKey = key = adapter.jobKeyIn?.(doc, url) ?? key;
    let analysis = early ? analyzePosting(key, early, adapter) : null;
    // The UI's script is asked for right after: the background answers the analysis first (its
    // evaluation on the page, ~10 ms, would otherwise hold up the answer's paint), then injects it,
    // before the sidebar's host is even made. (A failure is told where the UI is mounted, mount.ts.)
    if (early) void loadUi().catch(() => undefined);
    // The folded state before the sidebar mounts: it never shows unfolded, then folds.
    const stored = await folded;
    if (stale()) return;
    view.collapsed.set(typeof stored === 'boolean' ? stored : p.sidebar === 'collapsed');
    view.visible.set(p.sidebar !== 'never');
    const ui = ensureUi();
    const posting = early ?? (await reading);
    if (stale()) return;
    if (!posting) {
      await ui;
      if (stale()) return;
      view.state.set({ status: 'not-found', site: adapter.id });
      await world.ask('posting.none', {}).catch(warn('could not clear the badge'));
      return;
    }
    if (!analysis) {
      currentKey = key = adapter.jobKeyIn?.(doc, url) ?? key;
      analysis = analyzePosting(key, posting, adapter);
    }
    const [result, mounted] = await Promise.all([analysis.result, ui]);
    // Paint only for the job the result was computed for.
    if (stale()) return;
    if (!result.ok) return view.state.set({ status: 'error', message: result.error });
    showResult(result.report, analysis.notes);
    const { seenAt } = analysis;
    const win = doc.defaultView;
    if (mounted && win) win.requestAnimationFrame(() => mounted.measure(world.now() - seenAt, win.performance.now()));
  }

  /** Sends a posting read on the page to the background. */
  function analyzePosting(key: string, posting: Posting, adapter: SiteAdapter) {
    const seenAt = world.now();
    lastSignature = signature(posting);
    shown = { posting, root: firstElement(doc, adapter.description ?? []) };
    const { posting: sent, notes } = clipPosting(posting);
    const sending = world.ask('analyze', { jobKey: key, posting: sent });
    const result = sending.then(
      (report) => ({ ok: true as const, report }),
      (e: unknown) => ({ ok: false as const, error: message(e) }),
    );
    return { result, notes, seenAt };
  }

  /** The user's own text, when the page could not be read. */
  async function analyzeText(text: string, from: 'paste' | 'selection'): Promise<void> {
    const key = currentKey ?? `${from}:${world.location.href}`;
    currentKey = key;
    shown = null;
    view.state.set({ status: 'reading' });
    const { posting, notes } = clipPosting(postingFromText(text, world.location.href, from));
    try {
      const report = await world.ask('analyze', { jobKey: key, posting });
      if (currentKey === key) showResult(report, notes);
    } catch (e) {
      if (currentKey === key) view.state.set({ status: 'error', message: message(e) });
    }
  }

  function receive(raw: unknown): void {
    const m = parseTabMessage(raw);
    if (!m) return world.log('dropped a malformed message from the background');
    switch (m.type) {
      case 'sidebar.toggle': {
        const show = !view.visible.get();
        view.visible.set(show);
        if (show) {
          view.collapsed.set(false);
          view.focusRequest.set(view.focusRequest.get() + 1); // opened from the keyboard: focus follows
        }
        return;
      }
      case 'sidebar.show':
        return view.visible.set(m.show);
      case 'preferences':
        prefs = m.preferences;
        view.marking.set({ ...view.marking.get(), on: prefs.highlights });
        sidebar.paint(marks, prefs.highlights);
        return;
      case 'report':
        if (m.manual) {
          // The user asked for this page from the popup: show it until the page changes.
          visit?.abort();
          currentKey = m.report.jobKey;
          lastUrl = world.location.href;
          shown = null;
          view.visible.set(true);
          void ensureUi().then(() => showResult(m.report, []));
        } else if (currentKey !== null && m.report.jobKey === currentKey) {
          showResult(m.report, view.notes.get());
        }
    }
  }

  return {
    view,
    check,
    receive,
    get blocked() {
      return sidebar.blocked;
    },
  };
}

/** Null once the document is parsed (DOMContentLoaded), or the visit ends. */
function parsed(doc: Document, signal: AbortSignal): Promise<null> {
  return new Promise((resolve) => {
    const done = () => resolve(null);
    doc.addEventListener('DOMContentLoaded', done, { once: true, signal });
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The promise's value if it has settled already (the posting was on the page at once), else undefined. */
async function settledNow<T>(p: Promise<T>): Promise<T | undefined> {
  const pending = Symbol('pending');
  const v = await Promise.race([p, Promise.resolve(pending)]);
  return v === pending ? undefined : (v as T);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
