import { blockText, firstElement, firstText, tidy } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';
import { fieldLines } from './fields';
import { type JobPostingLd, jobPostingsIn, jsonLdJobId, metaContent, nameFromSlug, postingFromJsonLd, readableText, str, withFields } from './jsonld';

/*
 * Expected DOM once Workday's scripts have drawn the job (class names are hashed, css-xxxxxx):
 *
 *   h2[data-automation-id="jobPostingHeader"]                  the title
 *   [data-automation-id="locations"] > dl > dt "locations" + dd  one dd per place
 *   [data-automation-id="jobPostingDescription"]               the description
 *
 * The HTML as served, before any script runs, has none of it: only og: tags and a
 * JobPosting JSON-LD whose identifier.value is the requisition id in the URL and
 * whose description is plain text. Both stay in <head> after the page is drawn.
 */
/**
 * The posting's own container: selectors below are read inside it, so that
 * "Similar Jobs" (each card with its own title and locations) never leaks in.
 */
const POSTING = [
  '[data-automation-id="job-posting-details"]', // the job's header, facts and description
  '[data-automation-id="jobPostingPage"]', // around it, with similar jobs: those are cut out below
];
const NOT_POSTING = [
  '[data-automation-id="similarJobsSection"]', // "Similar Jobs (n)"
  '[data-automation-id="similarJobs"]',
  '[data-automation-id="jobSidebar"]',
];
const TITLE = [
  '[data-automation-id="jobPostingHeader"]', // an h2 on every tenant's job page
];
const LOCATIONS = [
  '[data-automation-id="locations"] dd', // the places, without the "locations" label in its dt
];
const LOCATION_BLOCK = [
  '[data-automation-id="locations"]', // if the dl goes, the block still holds label and places
];
const DESCRIPTION = [
  '[data-automation-id="jobPostingDescription"]', // the posting's rich text
];
/** The header's "remote type" entry (Hybrid, Remote, On-site), beside the locations. */
const REMOTE_TYPE = [
  '[data-automation-id="remoteType"] dd', // the value, without the "remote type" label in its dt
];

/** The posting's container, as a copy without similar jobs where the only container found also holds them. */
function postingRoot(doc: Document): ParentNode {
  for (const s of POSTING) {
    const el = doc.querySelector(s);
    if (!el) continue;
    if (!el.querySelector(NOT_POSTING.join(', '))) return el;
    const copy = el.cloneNode(true) as Element;
    for (const x of Array.from(copy.querySelectorAll(NOT_POSTING.join(', ')))) x.remove();
    return copy;
  }
  return doc;
}

/**
 * Every place of the posting, one each, '; ' between them: one dd per place,
 * or one dd with a line per place; "3 Locations" (a summary some tenants show
 * beside the list) is not a place.
 */
function locations(root: ParentNode): string {
  const places = Array.from(root.querySelectorAll(LOCATIONS.join(', ')))
    .flatMap((dd) => blockText(dd).split('\n'))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p && !/^\d+\s+locations?$/i.test(p));
  if (places.length) return [...new Set(places)].join('; ');
  return firstText(root, LOCATION_BLOCK).replace(/^locations?\s*/i, '');
}

/** Everything after a job path's last '_' is the requisition id: 'Senior-Engineer_JR1234567' → 'JR1234567'. */
function requisition(url: URL): string | null {
  const m = /\/(?:job|details)\/(.+)$/.exec(url.pathname);
  if (!m) return null;
  const segs = m[1]!.split('/').filter(Boolean);
  // '/apply', '/apply/applyManually', '/apply/autofillWithResume' follow the job's own segment.
  const apply = segs.indexOf('apply');
  const own = apply >= 0 ? segs[apply - 1] : segs[segs.length - 1];
  const id = own && own.includes('_') ? own.slice(own.lastIndexOf('_') + 1) : '';
  return /^[A-Za-z0-9][\w-]*$/.test(id) ? id : null;
}

function tenant(url: URL): string {
  return url.hostname.split('.')[0]!;
}

function company(doc: Document, url: URL): string {
  return (
    metaContent(doc, 'og:site_name') ||
    str(jobPostingsIn(doc)[0]?.hiringOrganization) ||
    nameFromSlug(tenant(url)) // 'nvidia.wd5.myworkdayjobs.com' → 'Nvidia'
  );
}

/** The served HTML, before scripts: JSON-LD first, then the og: tags. Only for the job in the URL. */
function beforeScripts(doc: Document, url: URL, id: string): Posting | null {
  const want = id.toLowerCase();
  const thisJob = (job: JobPostingLd): boolean => {
    const ldId = jsonLdJobId(job).toLowerCase();
    // After a client-side move to another job, <head> may still describe the last one.
    // A reposted job's URL adds '-1' to the requisition id its data carries.
    return !ldId || ldId === want || want.startsWith(`${ldId}-`);
  };
  const fromLd = postingFromJsonLd(doc, url, 'workday', thisJob);
  if (fromLd) return { ...fromLd, company: fromLd.company || company(doc, url) };
  if (jobPostingsIn(doc).length) return null; // JSON-LD for another job: the og: tags are as stale
  const title = metaContent(doc, 'og:title');
  const description = tidy(metaContent(doc, 'og:description'));
  if (!title || description.length < 40) return null;
  return { site: 'workday', url: url.href, title, company: company(doc, url), location: '', sections: splitSections(description) };
}

export const workday: BoardAdapter = {
  id: 'workday',
  name: 'Workday',
  patterns: [
    '*://*.myworkdayjobs.com/*', // a single-page app: jobs change without a reload
  ],
  description: DESCRIPTION,
  readsJsonLd: true,
  examples: [
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Engineer_JR1234567',
    'https://quantiphi.wd1.myworkdayjobs.com/en-US/Careers_at_Quantiphi/job/India/Senior-Test-Engineer_JR11513',
    'https://clarioclinical.wd1.myworkdayjobs.com/en-US/clarioclinical_careers/job/Intern--Clinical-Data-Management--Imaging_R14233',
    'https://richemont.wd3.myworkdayjobs.com/en-US/External/job/Geneva/Buyer_R123/apply',
    'https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/details/Senior-Engineer_JR1234567?q=engineer',
  ],
  matches(url) {
    return /^[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com$/.test(url.hostname) && requisition(url) !== null;
  },
  jobKey(url) {
    const id = requisition(url);
    return id ? `workday:${tenant(url)}:${id}` : null;
  },
  extract(doc, url): Posting | null {
    const id = requisition(url);
    if (!id) return null;
    const root = postingRoot(doc);
    const title = firstText(root, TITLE);
    const body = firstElement(root, DESCRIPTION);
    if (!title || !body) return beforeScripts(doc, url, id);
    const description = readableText(body);
    if (description.length < 40) return beforeScripts(doc, url, id);
    const fields = fieldLines([['Workplace type', firstText(root, REMOTE_TYPE)]]);
    return { site: 'workday', url: url.href, title, company: company(doc, url), location: locations(root), sections: splitSections(description), ...withFields(fields) };
  },
};
