import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
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
