import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { greenhouse } from '@/lib/posting/sites/greenhouse';
import { lever } from '@/lib/posting/sites/lever';
import { linkedin } from '@/lib/posting/sites/linkedin';
import { signature, waitForPosting } from '@/lib/posting/watch';

const URL_ = 'https://www.linkedin.com/jobs/search/?currentJobId=1';
const details = (title: string, body: string) =>
  `<div class="job-details-jobs-unified-top-card__job-title"><h1>${title}</h1></div><div id="job-details"><p>${body}</p></div>`;

function page() {
  const dom = new JSDOM(`<body><header>nav</header><main><div class="jobs-search__job-details"></div></main></body>`, { url: URL_ });
  return dom.window.document;
}

describe('waiting for a posting', () => {
  it('reads the description when it appears in the watched container', async () => {
    const doc = page();
    const pending = waitForPosting(doc, new URL(URL_), linkedin, { signal: new AbortController().signal, timeoutMs: 3000 });
    setTimeout(() => (doc.querySelector('.jobs-search__job-details')!.innerHTML = details('SRE', 'Run Kubernetes and Terraform for forty product teams across three regions.')), 30);
    expect((await pending)?.title).toBe('SRE');
  });

  it('waits past the previous job’s text after an in-page navigation', async () => {
    const doc = page();
    const pane = doc.querySelector('.jobs-search__job-details')!;
    pane.innerHTML = details('Old job', 'The previous job description, long enough to be read as a posting.');
    const old = (await waitForPosting(doc, new URL(URL_), linkedin, { signal: new AbortController().signal, timeoutMs: 500 }))!;
    const pending = waitForPosting(doc, new URL(URL_), linkedin, { signal: new AbortController().signal, timeoutMs: 3000, notSignature: signature(old) });
    setTimeout(() => (pane.innerHTML = details('New job', 'The next job description, with Go and Rust, long enough to read.')), 80);
    expect((await pending)?.title).toBe('New job');
  });

  it('resolves null when aborted, and on timeout with nothing to read', async () => {
    const doc = page();
    const c = new AbortController();
    const pending = waitForPosting(doc, new URL(URL_), linkedin, { signal: c.signal, timeoutMs: 3000 });
    c.abort();
    expect(await pending).toBeNull();
    expect(await waitForPosting(doc, new URL(URL_), linkedin, { signal: new AbortController().signal, timeoutMs: 100 })).toBeNull();
  });
});

describe('reading while the page still parses', () => {
  const GH = 'https://boards.greenhouse.io/acme/jobs/123';
  /** A document the parser is still writing: readyState "loading" until `parsed()`. */
  async function parsing(html: string) {
    const dom = new JSDOM(`<body>${html}`, { url: GH });
    const doc = dom.window.document;
    // jsdom parses at once and fires its own DOMContentLoaded a turn later: let it pass, then play a parse in progress.
    if (doc.readyState === 'loading') await new Promise((r) => doc.addEventListener('DOMContentLoaded', r, { once: true }));
    let state: DocumentReadyState = 'loading';
    Object.defineProperty(doc, 'readyState', { get: () => state });
    const parsed = () => {
      state = 'interactive';
      doc.dispatchEvent(new dom.window.Event('DOMContentLoaded'));
    };
    return { doc, parsed };
  }
  const HEADER = '<div id="header"><h1 class="app-title">Platform Engineer</h1><span class="company-name">at Acme</span></div>';
  const BODY = '<p>Run Kubernetes and Terraform for forty product teams across three regions.</p>';

  it('reads a board’s description once the parser is past it, not before', async () => {
    const { doc } = await parsing(`${HEADER}<div id="content">${BODY}</div>`);
    const content = doc.querySelector('#content')!;
    const pending = waitForPosting(doc, new URL(GH), greenhouse, { signal: new AbortController().signal, timeoutMs: 3000 });
    let read = false;
    void pending.then(() => (read = true));
    // The parser is still inside #content: a half description is not read, even once it is long enough.
    setTimeout(() => content.insertAdjacentHTML('beforeend', '<p>Own the on-call rotation and the incident reviews.</p>'), 20);
    await new Promise((r) => setTimeout(r, 120));
    expect(read).toBe(false);
    // The parser moves past it (the next node after </div>): the whole description is read, before DOMContentLoaded.
    content.after(doc.createTextNode('\n'));
    const posting = await pending;
    expect(posting?.title).toBe('Platform Engineer');
    expect(posting?.sections.map((s) => s.text).join('\n')).toContain('incident reviews');
    expect(doc.readyState).toBe('loading');
  });

  it('a board that names nothing to read early is read once the page is parsed', async () => {
    const { doc, parsed } = await parsing(`<div class="posting-headline"><h2>Platform Engineer</h2></div><div class="posting-description">${BODY}</div><footer>f</footer>`);
    const pending = waitForPosting(doc, new URL('https://jobs.lever.co/acme/0f3c2b7e-1111-4a2b-9c3d-123456789abc'), lever, { signal: new AbortController().signal, timeoutMs: 3000 });
    let read = false;
    void pending.then(() => (read = true));
    await new Promise((r) => setTimeout(r, 80));
    expect(read).toBe(false);
    parsed();
    doc.body.append(doc.createTextNode(' ')); // any change after the parse: read again
    expect((await pending)?.title).toBe('Platform Engineer');
  });

  it('the time allowed counts from the end of the parse', async () => {
    const { doc, parsed } = await parsing('<div id="header">loading…</div>');
    const pending = waitForPosting(doc, new URL(GH), greenhouse, { signal: new AbortController().signal, timeoutMs: 50 });
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 150));
    expect(settled).toBe(false);
    parsed();
    expect(await pending).toBeNull();
  });
});
