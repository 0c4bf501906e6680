import { blockText, firstElement, firstText } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';

/**
 * Selectors, most stable first. Signed-in pages hash their class names since
 * 2026, so the componentkey hook and document.title come before any class.
 */
const DESCRIPTION = [
  '#job-details', // signed in, 2023–2025 layout
  '.jobs-description__content',
  '.jobs-description-content__text',
  '[componentkey^="JobDetails_AboutTheJob"]', // signed in, 2026 layout (hashed classes)
  '.show-more-less-html__markup', // guest view
  '.description__text', // guest view, older
];
const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.jobs-unified-top-card__job-title',
  'h1.top-card-layout__title', // guest
  '.topcard__title',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name a',
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  'a.topcard__org-name-link', // guest
  '.topcard__flavor a',
];
const LOCATION = [
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__bullet',
  '.topcard__flavor--bullet', // guest
];

const JOB_PAGES = /^\/jobs\/(?:view\/|search\/|collections\/|search-results\/)/;

/** The job a LinkedIn URL shows: /jobs/view/<id> or ?currentJobId=<id>. */
function jobId(url: URL): string | null {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d+$/.test(current)) return current;
  const view = /^\/jobs\/view\/(?:[^/]*-)?(\d+)\/?/.exec(url.pathname);
  return view ? view[1]! : null;
}

/** document.title reads '{title} | {company} | LinkedIn', or '{company} hiring {title} in {place} | LinkedIn' for guests. */
function fromDocumentTitle(doc: Document): { title: string; company: string } {
  const t = doc.title.replace(/^\(\d+\)\s*/, '');
  const hiring = /^(.+?) hiring (.+?)(?: in (.+?))? \| LinkedIn$/.exec(t);
  if (hiring) return { company: hiring[1]!, title: hiring[2]! };
  const parts = t.split(' | ');
  if (parts.length >= 3 && parts[parts.length - 1] === 'LinkedIn') return { title: parts[0]!, company: parts[1]! };
  return { title: '', company: '' };
}

export const linkedin: BoardAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  patterns: [
    '*://*.linkedin.com/*', // LinkedIn changes pages without a reload: we start on any page and wait for a job URL
  ],
  description: DESCRIPTION,
  examples: [
    'https://www.linkedin.com/jobs/view/3915648739/',
    'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739',
    'https://www.linkedin.com/jobs/search/?currentJobId=4053542511&keywords=infrastructure',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4053542511',
  ],
  matches(url) {
    return /(^|\.)linkedin\.com$/.test(url.hostname) && JOB_PAGES.test(url.pathname) && jobId(url) !== null;
  },
  jobKey(url) {
    const id = jobId(url);
    return id ? `linkedin:${id}` : null;
  },
  // The job pane of /jobs/search/ and /jobs/collections/, the main column of /jobs/view/.
  container: ['.jobs-search__job-details', '.scaffold-layout__detail', '.job-view-layout', 'main'],
  extract(doc, url): Posting | null {
    const body = firstElement(doc, DESCRIPTION);
    if (!body) return null;
    const description = blockText(body).replace(/\n?(?:Show more|Show less)\s*$/g, '').trim();
    if (description.length < 40) return null;
    const fallback = fromDocumentTitle(doc);
    return {
      site: 'linkedin',
      url: url.href,
      title: firstText(doc, TITLE) || fallback.title,
      company: firstText(doc, COMPANY) || fallback.company,
      location: firstText(doc, LOCATION),
      sections: splitSections(description),
    };
  },
};
