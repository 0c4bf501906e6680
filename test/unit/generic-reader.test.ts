import { describe, expect, it } from 'vitest';
import { readAnyPage } from '@/lib/posting/generic';
import { readPosting } from '@/lib/posting/sites';
import { loadPage, projectFixture, sharedPath, withoutShared } from '../helpers';

const ZAPIER = 'pages/jsonld/jobsearch-tracker_startup-jobs_zapier.html';
const WORKABLE = 'pages/jsonld/jobsearch-tracker_apply-workable_huggingface.html';

describe('reading any page on request', () => {
  it.skipIf(withoutShared(ZAPIER))('takes the JobPosting JSON-LD first', () => {
    const url = new URL('https://startup.jobs/software-engineer-enterprise-zone-backend-full-stack-multiple-levels-zapier-3-7772194');
    const p = readAnyPage(loadPage(sharedPath(ZAPIER), url.href), url, '')!;
    expect(p.site).toBe('jsonld');
    expect(p.title).toBe('Software Engineer, Enterprise Zone (Backend & Full Stack) — Multiple Levels');
    expect(p.company).toBe('Zapier');
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
    expect(p.title).toBe('Site Reliability Engineer — Careers at Tidewater Maps'); // the page's <title>, as written
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
  it.skipIf(withoutShared(WORKABLE))('reads the real apply.workable.com page from its JSON-LD', () => {
    const url = new URL('https://apply.workable.com/huggingface/j/0BD8C06DB3/');
    const p = readPosting(loadPage(sharedPath(WORKABLE), url.href), url)!;
    expect(p.site).toBe('workable');
    expect(p.title).toBe('Wild Card');
    expect(p.company).toBe('Hugging Face');
    expect(p.location).toBe('Remote (United States)');
    expect(p.sections.length).toBeGreaterThan(0);
  });
});
