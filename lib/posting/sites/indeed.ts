import { firstElement } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';
import { fieldLines } from './fields';
import { postingFromJsonLd, readableText, withFields } from './jsonld';

/*
 * Expected DOM (www.indeed.com/viewjob?jk=…; on /jobs?…&vjk=… the same block is drawn
 * in #jobsearch-ViewjobPaneWrapper beside the results, with an h2 for the title):
 *
 *   h1[data-testid="jobsearch-JobInfoHeader-title"] > span "Title" + span "- job post"
 *   [data-testid="inlineHeader-companyName"] > span > a "Company"
 *   [data-testid="jobsearch-JobInfoHeader-companyLocation"]  (older: inlineHeader-companyLocation)
 *   #jobDescriptionText
 *
 * viewjob pages also carry JobPosting JSON-LD; search pages carry none for the job shown.
 * Class names (css-xxxxxx, e1wnkr790) are generated; data-testid and ids are what stays.
 */
const PANE = [
  '#jobsearch-ViewjobPaneWrapper', // the job beside the search results
  '.jobsearch-ViewJobLayout', // the viewjob page's own layout
];
const TITLE = [
  '[data-testid="jobsearch-JobInfoHeader-title"]', // h1 on viewjob, h2 in the search pane
  '.jobsearch-JobInfoHeader-title', // the same element's class, older pages
];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]', // wraps the company's link or name
  '[data-company-name="true"]', // older header
];
const LOCATION = [
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', // 2025 header
  '[data-testid="inlineHeader-companyLocation"]', // 2023–2024 header
  '[data-testid="job-location"]', // older header
];
const DESCRIPTION = [
  '#jobDescriptionText', // the description's own id, on every layout since 2019
];
/** The pay the header shows above the description, when the employer gives one. */
const PAY = [
  '#salaryInfoAndJobType > span:first-child', // "$140,000 - $170,000 a year", then " - Full-time"
];
/** "Job details" above the description: a "Pay: …" line among "Job type: …" and the like. */
const DETAILS = '#jobDetailsSection';

/** The pay the header or the job details show, or ''. */
function pay(root: ParentNode): string {
  const header = text(root, PAY);
  if (/\d/.test(header)) return header;
  const details = root.querySelector(DETAILS);
  for (const el of details ? Array.from(details.querySelectorAll('div, li, p')) : []) {
    const m = /^\s*pay\s*:\s*(.*\d.*)$/i.exec(el.textContent ?? '');
    if (m) return m[1]!.trim();
  }
  return '';
}

/** Indeed's country sites: www.indeed.com, indeed.com, uk.indeed.com, ca.indeed.com, de.indeed.com, … */
const HOST = /^(?:(?:www|[a-z]{2})\.)?indeed\.com$/;
const JK = /^[0-9a-f]{16}$/i;

/** The job a URL shows: jk on /viewjob, vjk (the job opened beside the results) anywhere else. */
function jobKeyParam(url: URL): string | null {
  const view = /^\/(?:m\/)?viewjob\/?$/.test(url.pathname) ? url.searchParams.get('jk') : null;
  const id = view ?? url.searchParams.get('vjk');
  return id && JK.test(id) ? id.toLowerCase() : null;
}

/** Text of the first matching element inside `root`, without the screen-reader-only "- job post". */
function text(root: ParentNode, selectors: readonly string[]): string {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (!el) continue;
    const copy = el.cloneNode(true) as Element;
    for (const hidden of Array.from(copy.querySelectorAll('svg, [aria-hidden="true"]'))) hidden.remove();
    const t = (copy.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/\s*-\s*job post$/i, '');
    if (t) return t;
  }
  return '';
}

export const indeed: BoardAdapter = {
  id: 'indeed',
  name: 'Indeed',
  patterns: [
    '*://*.indeed.com/*', // every country's host; the job shown is ?jk= or ?vjk=
  ],
  description: DESCRIPTION,
  readsJsonLd: true,
  examples: [
    'https://www.indeed.com/viewjob?jk=2e3db50bf121d627',
    'https://www.indeed.com/jobs?q=front+end+software+developer&l=United+States&vjk=1b30741d00af9fd3',
    'https://ca.indeed.com/jobs?q=DevOps+Engineer&l=Remote&vjk=38b0681a67c10383',
    'https://jp.indeed.com/viewjob?jk=08b6dd09472d1e40',
    'https://uk.indeed.com/viewjob?jk=89804cc3c2ad9ff4&from=serp',
  ],
  matches(url) {
    return HOST.test(url.hostname) && jobKeyParam(url) !== null;
  },
  jobKey(url) {
    const id = jobKeyParam(url);
    return id ? `indeed:${id}` : null;
  },
  extract(doc, url): Posting | null {
    const root = firstElement(doc, PANE) ?? doc;
    const body = firstElement(root, DESCRIPTION);
    const title = text(root, TITLE);
    const description = body ? readableText(body) : '';
    if (!title || description.length < 40) {
      // A viewjob page read before its header is drawn; a search page's JSON-LD is not this job's.
      return /viewjob/.test(url.pathname) ? postingFromJsonLd(doc, url, 'indeed') : null;
    }
    return {
      site: 'indeed',
      url: url.href,
      title,
      company: text(root, COMPANY),
      location: text(root, LOCATION),
      sections: splitSections(description),
      ...withFields(fieldLines([['Pay', pay(root)]])),
    };
  },
};
