import { describe, expect, it } from 'vitest';
import { readAnyPage } from '@/lib/posting/generic';
import { readPosting } from '@/lib/posting/sites';
import { loadPage, projectFixture, sharedFixture } from '../helpers';

describe('reading any page on request', () => {
  it('takes the JobPosting JSON-LD first', () => {
    const path = sharedFixture('pages/jsonld/jobsearch-tracker_startup-jobs_zapier.html');
    if (!path) return;
    const url = new URL('https://startup.jobs/software-engineer-enterprise-zone-backend-full-stack-multiple-levels-zapier-3-7772194');
    const p = readAnyPage(loadPage(path, url.href), url, '')!;
    expect(p.site).toBe('jsonld');
    expect(p.company).toMatch(/Zapier/);
  });

  it('takes the user’s selection when there is one and no JSON-LD', () => {
    const url = new URL('https://www.linkedin.com/feed/');
    const selection = 'Acme | Platform Engineer | Remote\n\nRequirements:\n- Terraform, Kubernetes and Go in production for three years or more';
    const p = readAnyPage(loadPage(projectFixture('pages/not-a-posting.html'), url.href), url, selection)!;
    expect(p).toMatchObject({ site: 'selection', title: 'Platform Engineer', company: 'Acme' });
    expect(p.sections[p.sections.length - 1]!.kind).toBe('requirements');
  });

  it('falls back to the main article-like block, leaving the page unchanged', () => {
    const url = new URL('https://careers.example.com/jobs/123');
    const doc = loadPage(projectFixture('pages/career-page-plain.html'), url.href);
    const before = doc.documentElement.outerHTML;
    const p = readAnyPage(doc, url, '')!;
    expect(p.site).toBe('page');
    expect(p.title).toMatch(/Site Reliability Engineer/);
    const text = p.sections.map((s) => s.text).join('\n');
    expect(text).toContain('Prometheus');
    expect(text).not.toContain('Cookie settings'); // the site's chrome is not the posting
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds nothing on a page that is not a posting', () => {
    const url = new URL('https://www.linkedin.com/feed/');
    expect(readAnyPage(loadPage(projectFixture('pages/not-a-posting.html'), url.href), url, '')).toBeNull();
  });
});

describe('Workable', () => {
  it('reads the real apply.workable.com page from its JSON-LD', () => {
    const path = sharedFixture('pages/jsonld/jobsearch-tracker_apply-workable_huggingface.html');
    if (!path) return;
    const url = new URL('https://apply.workable.com/huggingface/j/0BD8C06DB3/');
    const p = readPosting(loadPage(path, url.href), url)!;
    expect(p.site).toBe('workable');
    expect(p.company).toMatch(/Hugging Face/i);
    expect(p.sections.length).toBeGreaterThan(0);
  });
});
