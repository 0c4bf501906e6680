import { firstElement, firstText } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';
import { nameFromSlug, postingFromJsonLd, readableText } from './jsonld';

/*
 * jobs.smartrecruiters.com/<Company>/<postingId>-<slug> is rendered on the server, one
 * job per URL, and carries JobPosting JSON-LD: that is read first. If it is missing,
 * the page's own markup (as other readers of these pages select it; no saved page here yet):
 *
 *   main[itemtype$="JobPosting"]
 *     [itemprop="hiringOrganization"] > meta[itemprop="name"][content="Arista Networks"]   the company
 *     img.job-company-logo[alt="Arista Networks"]   the same name again, as does <title>
 *   h1.job-title[itemprop="title"]
 *   spl-job-location[formattedaddress="…"]        the place, as an attribute
 *   .job-sections [itemprop="description"]
 *       section#st-companyDescription, #st-jobDescription, #st-qualifications,
 *       #st-additionalInformation — each an h2 heading and a .wysiwyg body
 */
const TITLE = [
  'h1.job-title', // the posting's title
  '[itemprop="title"]', // the same h1's microdata, if the class goes
];
const DESCRIPTION = [
  '.job-sections [itemprop="description"]', // the four sections, headings included
  '.job-sections',
];
const LOCATION = [
  '[itemprop="jobLocation"] [itemprop="address"]', // microdata address, where present
];

const JOB_PATH = /^\/([^/]+)\/(\d{6,})(?:-[^/]*)?\/?$/;

/** The company's own name, most exact first; the URL's slug ('AristaNetworks') only where the page names none. */
const COMPANY_META = '[itemprop="hiringOrganization"] meta[itemprop="name"]'; // microdata beside the description
const LOGO = [
  'img.job-company-logo', // the header's logo, alt "Arista Networks" or "Arista Networks logo"
  '.header-logo img',
  'header img[alt]',
];

function companyName(doc: Document, title: string, slug: string): string {
  const meta = doc.querySelector(COMPANY_META)?.getAttribute('content')?.trim();
  if (meta) return meta;
  for (const s of LOGO) {
    const alt = doc.querySelector(s)?.getAttribute('alt')?.replace(/\s*logo$/i, '').trim();
    if (alt) return alt;
  }
  // <title>: '{job} | {company}', sometimes with '| SmartRecruiters' after it.
  const part = doc.title
    .split(/\s+\|\s+/)
    .map((t) => t.trim())
    .find((t, i) => i > 0 && t && t !== title && !/^smartrecruiters$/i.test(t));
  return part || nameFromSlug(slug);
}

function fromMarkup(doc: Document, url: URL, slug: string): Posting | null {
  const title = firstText(doc, TITLE);
  const body = firstElement(doc, DESCRIPTION);
  const description = body ? readableText(body) : '';
  if (!title || description.length < 40) return null;
  const location =
    doc.querySelector('spl-job-location')?.getAttribute('formattedaddress')?.trim() || firstText(doc, LOCATION);
  return { site: 'smartrecruiters', url: url.href, title, company: companyName(doc, title, slug), location, sections: splitSections(description) };
}

export const smartrecruiters: BoardAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  patterns: [
    '*://jobs.smartrecruiters.com/*',
  ],
  description: DESCRIPTION,
  readsJsonLd: true,
  examples: [
    'https://jobs.smartrecruiters.com/ServiceNow/744000103790775-software-engineer',
    'https://jobs.smartrecruiters.com/MattelInc/744000150773689-american-girl-restaurant-dish-washer-seasonal-part-time-?oga=true',
    'https://jobs.smartrecruiters.com/Wabtec/3743990012009076',
  ],
  matches(url) {
    return url.hostname === 'jobs.smartrecruiters.com' && JOB_PATH.test(url.pathname);
  },
  jobKey(url) {
    const m = JOB_PATH.exec(url.pathname);
    return m ? `smartrecruiters:${m[2]}` : null;
  },
  extract(doc, url): Posting | null {
    const m = JOB_PATH.exec(url.pathname);
    if (!m) return null;
    const ld = postingFromJsonLd(doc, url, 'smartrecruiters');
    if (ld) return { ...ld, company: ld.company || companyName(doc, ld.title, m[1]!) };
    return fromMarkup(doc, url, m[1]!);
  },
};
