import { describe, expect, it } from 'vitest';
import { adapterFor, jobKeyFor, readPosting } from '@/lib/posting/sites';
import { linkedin } from '@/lib/posting/sites/linkedin';
import type { Posting } from '@/lib/posting/types';
import { signature, waitForPosting } from '@/lib/posting/watch';
import { loadPage, projectFixture, runPage } from '../helpers';

const description = (p: Posting) => p.sections.map((s) => s.text).join('\n');
const read = (doc: Document, url: string) => readPosting(doc, new URL(url));

describe('LinkedIn 2026 layout (hashed classes, componentkey hooks)', () => {
  const VIEW = 'https://www.linkedin.com/jobs/view/4400000101/';
  const SEARCH = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4400000102&keywords=data';
  const fixture = (url: string) => runPage(projectFixture('pages/linkedin-2026.html'), url);

  it('reads /jobs/view/: the title from its plain paragraph, the company from its label, the place from the facts line', () => {
    const doc = fixture(VIEW);
    expect(doc.title).toBe('LinkedIn'); // generic: nothing to read there
    const p = read(doc, VIEW)!;
    expect(p).toMatchObject({ site: 'linkedin', title: 'Senior Platform Engineer', company: 'Tern Robotics', location: 'United Kingdom' });
    expect(description(p)).toMatch(/^Tern Robotics builds inspection drones for offshore wind farms\./);
    expect(description(p)).toMatch(/Private health cover$/); // all of it, though folded behind "… more"
    expect(p.sections.map((s) => s.kind)).toEqual(['about', 'responsibilities', 'requirements', 'benefits']);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('PostgreSQL operations');
    const all = JSON.stringify(p);
    expect(all).not.toMatch(/more\b"|51-200 employees|Job match|Staff Site Reliability|Decoy Ventures|Easy Apply/);
  });

  it('reads the search pane: the title from its link to the job, not from the results list', () => {
    const p = read(fixture(SEARCH), SEARCH)!;
    expect(p).toMatchObject({ title: 'Data Engineer', company: 'Moorhen Analytics', location: 'Leeds, England, United Kingdom' });
    expect(description(p)).toMatch(/^Moorhen Analytics measures river quality/);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('Apache Spark and Airflow');
  });

  it('falls back on the company link without its label, and on a "{title} | {company} | LinkedIn" title', () => {
    const doc = fixture(VIEW);
    const label = doc.querySelector('[aria-label^="Company, "]')!;
    label.removeAttribute('aria-label');
    expect(read(doc, VIEW)!.company).toBe('Tern Robotics');
    // Without the title and company lines, the apply button's label names both.
    doc.querySelectorAll('._c71e08 > p, ._c71e08 > ._88d0').forEach((el) => el.remove());
    expect(read(doc, VIEW)).toMatchObject({ title: 'Senior Platform Engineer', company: 'Tern Robotics', location: '' });
    // With the whole top card gone, document.title is the last resort.
    doc.querySelector('._c71e08')!.remove();
    expect(read(doc, VIEW)).toMatchObject({ title: '', company: '' });
    doc.title = 'Senior Platform Engineer | Tern Robotics | LinkedIn';
    expect(read(doc, VIEW)).toMatchObject({ title: 'Senior Platform Engineer', company: 'Tern Robotics', location: '' });
  });

  it('prefers the description keyed by the job in the URL', () => {
    const doc = fixture(VIEW);
    const other = doc.querySelector('[componentkey="JobDetails_AboutTheJob_4400000101"]')!.cloneNode(true) as Element;
    other.setAttribute('componentkey', 'JobDetails_AboutTheJob_4400000777');
    other.querySelector('[data-testid="expandable-text-box"]')!.textContent = 'Another job entirely, with a long enough description to be read.';
    doc.querySelector('[data-sdui-screen]')!.prepend(other);
    expect(description(read(doc, VIEW)!)).toMatch(/^Tern Robotics builds/);
  });

  it('names the description for in-page highlights', () => {
    const doc = fixture(VIEW);
    const root = linkedin.description!.map((s) => doc.querySelector(s)).find(Boolean)!;
    expect(root.getAttribute('data-testid')).toBe('expandable-text-box');
  });
});

describe('LinkedIn post-apply page', () => {
  const BARE = 'https://www.linkedin.com/jobs/search/post-apply/next-best-action/';
  const WITH_ID = 'https://www.linkedin.com/jobs/search/post-apply/default/?currentJobId=4300000009&postApplyJobId=4300000009&refresh=true';

  it('is a LinkedIn job page even when its URL names no job', () => {
    expect(adapterFor(new URL(BARE))?.id).toBe('linkedin');
    expect(jobKeyFor(new URL(WITH_ID))).toBe('linkedin:4300000009');
    expect(jobKeyFor(new URL('https://www.linkedin.com/jobs/search/post-apply/default/?postApplyJobId=42'))).toBe('linkedin:42');
    expect(jobKeyFor(new URL(BARE))).toBe('linkedin:page:/jobs/search/post-apply/next-best-action/');
  });

  it('takes the job from the detail pane when the URL has none', () => {
    const doc = loadPage(projectFixture('pages/linkedin-post-apply.html'), BARE);
    expect(linkedin.jobKeyIn!(doc, new URL(BARE))).toBe('linkedin:4300000009');
    expect(linkedin.jobKeyIn!(doc, new URL(WITH_ID))).toBeNull(); // the URL says it already
  });

  it('reads the job just applied to from the classic pane, not the dialog or the results list', () => {
    const p = read(loadPage(projectFixture('pages/linkedin-post-apply.html'), BARE), BARE)!;
    expect(p).toMatchObject({ site: 'linkedin', title: 'Cloud Security Engineer', company: 'Kestrel Grid', location: 'Manchester, England, United Kingdom' });
    expect(description(p)).toMatch(/^Kestrel Grid balances electricity for community energy schemes\./);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('Terraform and Python');
    expect(JSON.stringify(p)).not.toMatch(/Application sent|Saltmarsh|Quality Engineer/);
  });

  it('reads the same job again at once after applying, where a job switch would wait for new text', async () => {
    const doc = loadPage(projectFixture('pages/linkedin-post-apply.html'), BARE);
    const before = read(doc, WITH_ID)!; // the job as shown before applying
    const opts = { signal: new AbortController().signal, timeoutMs: 3000, notSignature: signature(before) };
    const t0 = Date.now();
    expect((await waitForPosting(doc, new URL(BARE), linkedin, opts))?.title).toBe('Cloud Security Engineer');
    expect(Date.now() - t0).toBeLessThan(1000);
    // With an id in the URL, the same text is still the last job's: the reader waits for another.
    const stale = await waitForPosting(doc, new URL('https://www.linkedin.com/jobs/search/?currentJobId=4300000010'), linkedin, { ...opts, timeoutMs: 300 });
    expect(stale?.title).toBe('Cloud Security Engineer'); // given back only at the end, as the last resort
  });

  it('keeps the job pane of the 2026 layout apart from the results list without LinkedIn’s screen marker', () => {
    const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4400000102';
    const doc = runPage(projectFixture('pages/linkedin-2026.html'), url);
    doc.querySelector('[data-sdui-screen]')!.removeAttribute('data-sdui-screen');
    expect(read(doc, url)).toMatchObject({ title: 'Data Engineer', company: 'Moorhen Analytics', location: 'Leeds, England, United Kingdom' });
  });

  it('takes no other LinkedIn page without a job id', () => {
    for (const u of ['https://www.linkedin.com/jobs/search/?keywords=sre', 'https://www.linkedin.com/jobs/', 'https://www.linkedin.com/feed/']) {
      expect(adapterFor(new URL(u)), u).toBeNull();
    }
  });
});
