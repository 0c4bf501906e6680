import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFERENCES_MIRROR_KEY } from '@/lib/page/preferences';
import { createPageSession, type MountedUi, type PageWorld, type SessionView } from '@/lib/page/session';
import { POSTING_LIMITS } from '@/lib/page/clip';
import type { ContentRequestType, PageRequest } from '@/lib/protocol';
import type { Posting } from '@/lib/posting/types';
import { adapterFor } from '@/lib/posting/sites';
import type { TabReport } from '@/lib/report';
import { projectFixture } from '../../helpers';

/** A report for `posting` that names each skill the test asks for where the posting mentions it. */
function reportFor(jobKey: string, posting: Posting, skills: string[] = ['Kafka', 'Terraform'], resumeName: string | null = 'cv.pdf'): TabReport {
  const description = posting.sections.map((s) => ({ s, text: s.text }));
  return {
    jobKey,
    posting: { site: posting.site, title: posting.title, company: posting.company, location: posting.location, url: posting.url },
    role: null,
    resumeName,
    score: 50,
    explanation: 'Half of what is asked.',
    matched: [],
    missing: [],
    facts: { yearsMin: null, workMode: null, salary: null, sponsorship: null, clearance: null, degree: null },
    requirements: [],
    skills: skills.flatMap((name) => {
      const mentions = description.flatMap(({ s, text }) => {
        const at = text.indexOf(name);
        return at < 0 ? [] : [{ start: s.offset + at, end: s.offset + at + name.length }];
      });
      return mentions.length ? [{ id: name.toLowerCase(), name, importance: 'required' as const, mentions }] : [];
    }),
  };
}

interface Call {
  type: ContentRequestType;
  body: Record<string, unknown>;
}

/** A LinkedIn search page (the project's fixture renders itself under jsdom) and a fake background. */
function setup(
  o: {
    url?: string;
    disabled?: string[];
    analyze?: (body: { jobKey: string; posting: Posting }) => Promise<TabReport>;
    mountFails?: boolean;
    /** The background's copy of the preferences in storage (lib/page/preferences.ts). */
    mirror?: unknown;
    /** Holds back the read of the folded state (storage) until it settles. */
    foldRead?: Promise<void>;
  } = {},
) {
  const dom = new JSDOM(readFileSync(projectFixture('pages/linkedin-search.html'), 'utf8'), {
    url: o.url ?? 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001',
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
  });
  (dom.window as unknown as { renderDelay: number }).renderDelay = 0;
  const calls: Call[] = [];
  /** Requests to the background and loads of the full UI's script, in the order they were made. */
  const order: string[] = [];
  const logs: string[] = [];
  const mounts: MountedUi[] = [];
  const stored = new Map<string, unknown>();
  if (o.mirror !== undefined) stored.set(PREFERENCES_MIRROR_KEY, o.mirror);
  /** The folded state each mount saw. */
  const foldedAtMount: boolean[] = [];
  /** Each time the full UI rendered: the state it took over and what the first card showed in its container. */
  const fullRenders: Array<{ status: string; card: string }> = [];
  let loads = 0;
  let view: SessionView | null = null;
  const invalidate = new AbortController();
  const ask = (async (type: ContentRequestType, body: Record<string, unknown>) => {
    calls.push({ type, body });
    order.push(type);
    if (type === 'preferences.get') return { sidebar: 'always', highlights: true, disabledBoards: o.disabled ?? [] };
    if (type === 'analyze') {
      const b = body as unknown as PageRequest<'analyze'>;
      return o.analyze ? o.analyze(b) : reportFor(b.jobKey, b.posting);
    }
    return null;
  }) as PageWorld['ask'];
  const doc = dom.window.document;
  const world: PageWorld = {
    doc,
    location: dom.window.location,
    ask,
    storage: {
      get: async (k) => {
        if (k.startsWith('fitmark:collapsed:')) await o.foldRead;
        return stored.get(k);
      },
      set: async (k, v) => void stored.set(k, v),
    },
    signal: invalidate.signal,
    setTimeout: (fn, ms) => dom.window.setTimeout(fn, ms),
    adapterFor,
    async mountUi() {
      foldedAtMount.push(view!.collapsed.get());
      const host = doc.createElement('div');
      doc.body.append(host);
      const layerParent = doc.createElement('div');
      const container = doc.createElement('div');
      host.append(layerParent, container);
      const ui: MountedUi = { shadowHost: host, layerParent, container, remove: () => host.remove(), measure: () => undefined };
      mounts.push(ui);
      return ui;
    },
    async loadUi() {
      loads++;
      order.push('ui.load');
      if (o.mountFails) throw new Error('the sidebar’s script did not load');
      return {
        render(v, container) {
          fullRenders.push({ status: v.state.get().status, card: container.textContent ?? '' });
          container.replaceChildren(doc.createTextNode('full UI'));
          return () => container.replaceChildren();
        },
      };
    },
    guideUrl: (anchor) => `chrome-extension://x/guide.html#${anchor}`,
    log: (m) => void logs.push(m),
    now: () => Date.now(),
    readTimeoutMs: 2000,
  };
  const session = createPageSession(world);
  view = session.view;
  const clickJob = (id: string) => (doc.querySelector(`a.job-card-list__title[data-job-id="${id}"]`) as HTMLElement).click();
  const title = () => {
    const st = session.view.state.get();
    return st.status === 'result' ? st.report.posting.title : st.status;
  };
  return { dom, doc, session, calls, order, logs, mounts, stored, foldedAtMount, fullRenders, loads: () => loads, invalidate, clickJob, title, analyses: () => calls.filter((c) => c.type === 'analyze') };
}

let open: Array<{ close(): void }> = [];
afterEach(() => {
  for (const w of open) w.close();
  open = [];
});
function track<T extends { dom: JSDOM; invalidate: AbortController }>(t: T): T {
  open.push({ close: () => (t.invalidate.abort(), t.dom.window.close()) });
  return t;
}

describe('the page session, under jsdom with a fake background', () => {
  it('reads the posting, asks for it once (the UI mounted meanwhile), and shows the result for that job', async () => {
    const t = track(setup());
    await t.session.check();
    expect(t.title()).toBe('Senior Infrastructure Engineer');
    expect(t.analyses()).toHaveLength(1);
    expect(t.analyses()[0]!.body).toMatchObject({ jobKey: 'linkedin:4100000001' });
    expect(t.mounts).toHaveLength(1);
    // The same URL again changes nothing.
    await t.session.check();
    expect(t.analyses()).toHaveLength(1);
  });

  it('shows the first result in its own first card, and lets the full UI take over once that has painted', async () => {
    let release!: () => void;
    const t = track(
      setup({
        analyze: (b) =>
          b.jobKey === 'linkedin:4100000001' ? new Promise((r) => (release = () => r(reportFor(b.jobKey, b.posting)))) : Promise.resolve(reportFor(b.jobKey, b.posting)),
      }),
    );
    const checking = t.session.check();
    await vi.waitFor(() => expect(t.analyses()).toHaveLength(1));
    expect(t.analyses()[0]!.body).not.toHaveProperty('ui'); // the answer does not wait for the UI's script
    // While the posting is analysed: the host, "reading" drawn in it, the full UI's script asked for and loaded, not rendered.
    await vi.waitFor(() => expect(t.loads()).toBe(1));
    const container = t.mounts[0]!.container;
    expect(container.textContent).toContain('Reading this posting…');
    await new Promise((r) => setTimeout(r, 150));
    expect(t.fullRenders).toEqual([]);
    release();
    await checking;
    // The score is in the card at once (the frame that follows paints it)…
    expect(container.querySelector('[data-testid="fitmark-score"]')?.textContent).toBe('50');
    expect(container.querySelector('.fm-title')?.textContent).toBe('Senior Infrastructure Engineer');
    // …and the full UI renders after that frame, once, with the result.
    await vi.waitFor(() => expect(t.fullRenders).toHaveLength(1), { timeout: 10_000 });
    expect(t.fullRenders[0]!.status).toBe('result');
    expect(t.fullRenders[0]!.card).toContain('Half of what is asked.');
    expect(container.textContent).toBe('full UI');
    t.clickJob('4100000002');
    await t.session.check();
    expect(t.mounts).toHaveLength(1);
    expect(t.fullRenders).toHaveLength(1); // the full UI follows the next job itself
  });

  it('asks for the full UI’s script right after the analysis (answered first: the script’s evaluation does not hold up the first card), once per page', async () => {
    const t = track(setup());
    await t.session.check();
    expect(t.order.filter((x) => x === 'ui.load' || x === 'analyze')).toEqual(['analyze', 'ui.load']);
    t.clickJob('4100000002');
    await t.session.check();
    await vi.waitFor(() => expect(t.analyses()).toHaveLength(2));
    expect(t.loads()).toBe(1);
  });

  it('draws the folded tab with the score, and leaves the states only the full UI can show to it', async () => {
    const folded = track(setup({ mirror: { sidebar: 'collapsed', highlights: true, disabledBoards: [] } }));
    await folded.session.check();
    await vi.waitFor(() => expect(folded.fullRenders).toHaveLength(1), { timeout: 10_000 });
    expect(folded.fullRenders[0]!.card).toBe('Fitmark 50'); // the tab, with the score, until the full UI came

    const noResume = track(setup({ analyze: async (b) => reportFor(b.jobKey, b.posting, [], null) }));
    await noResume.session.check();
    await vi.waitFor(() => expect(noResume.fullRenders).toHaveLength(1), { timeout: 10_000 });
    expect(noResume.fullRenders[0]!.status).toBe('result');
    expect(noResume.fullRenders[0]!.card).not.toContain('Compared with'); // never a score row without a resume
  });

  it('reads the preferences from the background’s copy in storage, and asks the background only without one', async () => {
    const mirrored = track(setup({ mirror: { sidebar: 'collapsed', highlights: false, disabledBoards: [] } }));
    await mirrored.session.check();
    expect(mirrored.calls.map((c) => c.type)).toEqual(['page.opening', 'analyze']);
    expect(mirrored.session.view.collapsed.get()).toBe(true);
    expect(mirrored.session.view.marking.get().on).toBe(false);

    const off = track(setup({ mirror: { sidebar: 'always', highlights: true, disabledBoards: ['linkedin'] } }));
    await off.session.check();
    expect(off.calls).toEqual([]);
    expect(off.mounts).toEqual([]);

    const damaged = track(setup({ mirror: { sidebar: 'sometimes' } }));
    await damaged.session.check();
    expect(damaged.calls.map((c) => c.type)).toEqual(['preferences.get', 'page.opening', 'analyze']);
  });

  it('tells the background of a posting’s page at its start, before the page is read; not of other pages, nor on a board switched off', async () => {
    const posting = track(setup({ mirror: { sidebar: 'always', highlights: true, disabledBoards: [] } }));
    await vi.waitFor(() => expect(posting.calls.map((c) => c.type)).toEqual(['page.opening']));
    expect(posting.calls[0]!.body).toEqual({}); // nothing of the page goes with it
    for (const t of [
      track(setup({ url: 'https://www.linkedin.com/feed/', mirror: { sidebar: 'always', highlights: true, disabledBoards: [] } })),
      track(setup({ mirror: { sidebar: 'always', highlights: true, disabledBoards: ['linkedin'] } })),
    ]) {
      await new Promise((r) => setTimeout(r, 50));
      expect(t.calls).toEqual([]);
    }
  });

  it('sends the posting without waiting for the folded state, and mounts the sidebar only once that is known', async () => {
    let release!: () => void;
    const t = track(setup({ foldRead: new Promise<void>((r) => (release = r)) }));
    t.stored.set('fitmark:collapsed:linkedin', true);
    const checking = t.session.check();
    await vi.waitFor(() => expect(t.analyses()).toHaveLength(1));
    expect(t.mounts).toHaveLength(0);
    release();
    await checking;
    expect(t.foldedAtMount).toEqual([true]); // never shown unfolded first
    expect(t.title()).toBe('Senior Infrastructure Engineer');
  });

  it('follows an in-page switch to another job, and maps each mention to the words on the page', async () => {
    const t = track(setup());
    await t.session.check();
    t.clickJob('4100000002');
    await t.session.check();
    expect(t.title()).toBe('Backend Engineer, Payments');
    expect(t.analyses().map((c) => c.body.jobKey)).toEqual(['linkedin:4100000001', 'linkedin:4100000002']);
    expect(t.mounts).toHaveLength(1); // the UI is mounted once
    await expect.poll(() => t.session.view.marking.get().count).toBe(1); // "Kafka", found by offset (marked after the sidebar paints)
  });

  it('drops a reply that comes back after the user moved to another job', async () => {
    let release: (() => void) | null = null;
    const t = track(
      setup({
        analyze: (b) =>
          b.jobKey === 'linkedin:4100000001'
            ? new Promise<TabReport>((resolve) => (release = () => resolve(reportFor(b.jobKey, b.posting))))
            : Promise.resolve(reportFor(b.jobKey, b.posting)),
      }),
    );
    const first = t.session.check();
    await expect.poll(() => t.analyses().length).toBe(1);
    t.clickJob('4100000002');
    await t.session.check();
    expect(t.title()).toBe('Backend Engineer, Payments');
    release!();
    await first;
    expect(t.title()).toBe('Backend Engineer, Payments');
  });

  it('does nothing on a board the user switched off', async () => {
    const t = track(setup({ disabled: ['linkedin'] }));
    await t.session.check();
    expect(t.analyses()).toEqual([]);
    expect(t.mounts).toEqual([]);
  });

  it('analyses text the user pasted when the page could not be read', async () => {
    const t = track(setup({ url: 'https://www.linkedin.com/jobs/search/?currentJobId=999' }));
    await t.session.check();
    expect(t.session.view.state.get()).toEqual({ status: 'not-found', site: 'linkedin' });
    expect(t.calls.some((c) => c.type === 'posting.none')).toBe(true);
    t.session.view.actions.useText('Acme | SRE | Remote\n\nRequirements:\n- Kubernetes and Terraform');
    await expect.poll(() => t.title()).toBe('SRE');
    expect((t.analyses()[0]!.body.posting as Posting).site).toBe('paste');
  });

  it('shows a result the user asked for from the popup, and keeps it until the page changes', async () => {
    const t = track(setup({ url: 'https://www.linkedin.com/feed/' }));
    await t.session.check();
    expect(t.mounts).toEqual([]);
    const posting: Posting = { site: 'jsonld', url: 'https://www.linkedin.com/feed/', title: 'Asked for', company: '', location: '', sections: [] };
    t.session.receive({ type: 'report', manual: true, report: reportFor('page:x', posting) });
    await expect.poll(() => t.title()).toBe('Asked for');
    await t.session.check();
    expect(t.title()).toBe('Asked for');
  });

  it('drops malformed messages from the background, and says so only in its own log', () => {
    const t = track(setup());
    for (const bad of [null, 42, 'report', { type: 'report' }, { type: 'report', report: { jobKey: 1 } }, { type: 'preferences', preferences: { sidebar: 'x' } }, { type: 'nope' }])
      t.session.receive(bad);
    expect(t.logs.filter((l) => /malformed/.test(l))).toHaveLength(7);
    t.session.receive({ type: 'sidebar.toggle' });
    expect(t.session.view.visible.get()).toBe(false);
    t.session.receive({ type: 'sidebar.toggle' });
    expect(t.session.view.visible.get()).toBe(true);
    expect(t.session.view.focusRequest.get()).toBe(1); // opened from the keyboard: focus goes in
  });

  it('clips a posting beyond the limits before it is sent, and says what it left out', async () => {
    const huge = 'Kafka and Terraform. '.repeat(16_000); // ~336,000 characters
    const t = track(setup());
    await t.session.check();
    t.session.view.actions.useText(`${'T'.repeat(10_000)}\n\nRequirements:\n${huge}`);
    await expect.poll(() => t.analyses().length).toBe(2);
    const sent = t.analyses()[1]!.body.posting as Posting;
    expect(sent.title.length).toBeLessThanOrEqual(POSTING_LIMITS.title);
    expect(sent.sections.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(POSTING_LIMITS.text);
    await expect.poll(() => {
      const st = t.session.view.state.get();
      return st.status === 'result' ? st.report.explanation : '';
    }).toMatch(/The description is very long: Fitmark read the first 200,000 characters \(\d+%\)\./);
  });

  it('a UI that cannot load leaves the analysis and a line in the log, not an error on the page', async () => {
    const t = track(setup({ mountFails: true }));
    await t.session.check();
    expect(t.analyses()).toHaveLength(1);
    expect(t.logs.some((l) => /sidebar could not be shown: the sidebar’s script did not load/.test(l))).toBe(true);
    // Asked once for the page, not again for each job (it would fail alike).
    t.clickJob('4100000002');
    await t.session.check();
    await vi.waitFor(() => expect(t.analyses()).toHaveLength(2));
    expect(t.loads()).toBe(1);
    expect(t.logs.filter((l) => l.includes('could not be shown'))).toHaveLength(1);
  });

  it('stops when the content script is invalidated (the extension was updated or reloaded)', async () => {
    const t = track(setup());
    await t.session.check();
    t.invalidate.abort();
    t.clickJob('4100000002');
    await t.session.check();
    expect(t.analyses()).toHaveLength(1);
  });
});
