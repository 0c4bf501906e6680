import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { postingBlock, readAnyPage } from '@/lib/posting/generic';
import { readPosting } from '@/lib/posting/sites';
import { jobPostingsIn, jsonLdDescription, str } from '@/lib/posting/sites/jsonld';
import { loadPage, projectFixture, sharedPath, withoutShared } from '../helpers';

const drop = (doc: Document, selector: string) => doc.querySelectorAll(selector).forEach((el) => el.remove());

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
    expect(p.title).toBe('Site Reliability Engineer'); // the posting's own h1, not the page's <title>
    const text = p.sections.map((s) => s.text).join('\n');
    expect(text).toMatch(/^Tidewater Maps serves tide and current forecasts/);
    // (Since session 45 the closing paragraph, "We pay within a published band, offer four weeks of leave …", is the perks:
    // a paragraph of what the job offers after the asks starts them, items-s45.)
    expect(p.sections.map((s) => s.kind)).toEqual(['other', 'responsibilities', 'requirements', 'benefits']);
    expect(text).toContain('Prometheus');
    expect(text).not.toContain('Cookie settings'); // the site's chrome is not the posting
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('prefers the description to a longer list of job cards, and reads the text folded behind "Show more" (a Glassdoor-like page)', () => {
    const url = new URL('https://www.glassdoor.com/Job/austin-tx-site-reliability-engineer-jobs-SRCH_IL.0,9_IC1139761_KO10,35.htm');
    const doc = loadPage(projectFixture('pages/glassdoor-search.html'), url.href);
    const block = postingBlock(doc)!;
    expect(block.closest('[class*="JobDetails_jobDescription"]')).not.toBeNull();
    const p = readAnyPage(doc, url, '')!;
    expect(p).toMatchObject({ site: 'page', title: 'Site Reliability Engineer', company: 'Harrow & Vane', location: 'Austin, TX' });
    const text = p.sections.map((s) => s.text).join('\n');
    expect(text).toMatch(/^Harrow & Vane builds scheduling software for regional airlines\./);
    expect(text).toMatch(/welcomes applicants from every background\.$/); // below the fold, read all the same
    // (The equal-opportunity paragraph after the benefits list is a part of its own since session 43, items-s43.)
    expect(p.sections.map((s) => s.kind)).toEqual(['other', 'responsibilities', 'requirements', 'preferred', 'benefits', 'other']);
    expect(p.sections.at(-1)!.text).toMatch(/welcomes applicants from every background\.$/);
    expect(text).not.toMatch(/Quillfeather|Employer est|Easy Apply|Show more|Company overview/);
  });

  it('takes the block beside a list of links when the cards have no title text of their own', () => {
    const url = new URL('https://careers.example.com/jobs/123');
    const doc = loadPage(projectFixture('pages/career-page-plain.html'), url.href);
    const list = doc.createElement('ul');
    for (let i = 0; i < 40; i++) {
      const li = doc.createElement('li');
      const a = doc.createElement('a');
      a.href = `/jobs/${i}`;
      a.textContent = `Open role number ${i} in our engineering organisation, apply today`;
      li.append(a);
      list.append(li);
    }
    doc.body.append(list);
    expect(readAnyPage(doc, url, '')!.title).toBe('Site Reliability Engineer');
    expect(postingBlock(doc)!.tagName).toBe('ARTICLE');
  });

  it('reads a known board with its own adapter', () => {
    const url = new URL('https://www.linkedin.com/jobs/search/post-apply/next-best-action/');
    const p = readAnyPage(loadPage(projectFixture('pages/linkedin-post-apply.html'), url.href), url, '')!;
    expect(p).toMatchObject({ site: 'linkedin', title: 'Cloud Security Engineer', company: 'Kestrel Grid' });
  });

  it('reads a short posting written as plain paragraphs, and not an article about jobs', () => {
    const url = new URL('https://smallshop.example/careers');
    const page = (body: string) =>
      new JSDOM(`<!doctype html><html><head><title>Careers | Smallshop</title></head><body><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><main><article>${body}</article></main></body></html>`, { url: url.href }).window.document;
    const posting = page(
      '<h1>Bookkeeper, part time</h1><p>Smallshop sells hand-bound notebooks from a workshop in Bristol. We are looking for a bookkeeper for two days a week to keep our accounts in Xero and run the monthly payroll.</p>' +
        '<p>You will reconcile the bank feeds, chase invoices and prepare the VAT return with our accountant. Two years of experience with Xero and a calm eye for detail matter more to us than any certificate.</p>',
    );
    const p = readAnyPage(posting, url, '')!;
    expect(p).toMatchObject({ site: 'page', title: 'Bookkeeper, part time' });
    expect(p.sections.map((s) => s.text).join('\n')).toContain('VAT return');
    const essay = page(
      '<h1>Our notebooks</h1><p>Every Smallshop notebook is sewn by hand from paper milled in Somerset. The covers are cut from offcuts of bookbinding cloth, so no two are quite alike, and the thread is waxed linen.</p>' +
        '<p>We started in a spare room in 2019 and now fill a small workshop near the harbour. Visit on the first Saturday of the month to see the presses at work and try the paper for yourself.</p>',
    );
    expect(readAnyPage(essay, url, '')).toBeNull();
  });

  it('finds nothing on a page that is not a posting', () => {
    const url = new URL('https://www.linkedin.com/feed/');
    expect(readAnyPage(loadPage(projectFixture('pages/not-a-posting.html'), url.href), url, '')).toBeNull();
  });
});

describe('the posting-like block on real saved pages, their JSON-LD taken out', () => {
  // Each page's own JobPosting data is the answer key: with it removed, the block read must hold the
  // description's first or last words and the job's title, and not be padded with the rest of the page.
  const PAGES: Array<[string, string]> = [
    ['pages/jsonld/jobsearch-tracker_apply-workable_huggingface.html', 'https://apply.workable.com/huggingface/j/0BD8C06DB3/'],
    ['pages/jsonld/jobsearch-tracker_builtinnyc_8554050.html', 'https://www.builtinnyc.com/job/software-engineer-new-grads-new-york/8554050'],
    ['pages/jsonld/jobsearch-tracker_careers-withwaymo_greenhouse-whitelabel.html', 'https://careers.withwaymo.com/jobs/software-engineer-multiverse'],
    ['pages/jsonld/jobsearch-tracker_levels-fyi_job.html', 'https://www.levels.fyi/jobs?jobId=95431004121899718'],
    ['pages/jsonld/jobsearch-tracker_startup-jobs_zapier.html', 'https://startup.jobs/software-engineer-enterprise-zone-zapier-3-7772194'],
    ['pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html', 'https://careers.example.com/ramp/ed2e9a94'], // as if on an unknown site
  ];
  const fold = (t: string) => t.replace(/[•\s]+/g, ' ').trim();
  for (const [rel, u] of PAGES) {
    it.skipIf(withoutShared(rel))(`reads ${rel.split('/').pop()}`, () => {
      const url = new URL(u);
      const doc = loadPage(sharedPath(rel), url.href);
      const job = jobPostingsIn(doc)[0]!;
      const want = fold(jsonLdDescription(doc, job));
      drop(doc, 'script[type="application/ld+json"]');
      const p = readAnyPage(doc, url, '')!;
      expect(p.site).toBe('page');
      expect(fold(p.title)).toBe(fold(str(job.title)));
      const got = fold(p.sections.map((s) => s.text).join('\n'));
      const ends = [want.slice(0, 40), want.slice(-40)];
      expect(ends.some((e) => got.includes(e)), `${got.slice(0, 200)} …`).toBe(true);
      // Measured: 0.98–1.33 times the description's length, 97.7–99.7% of its words.
      expect(got.length).toBeGreaterThan(0.9 * want.length);
      expect(got.length).toBeLessThan(1.5 * want.length);
    });
  }
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
