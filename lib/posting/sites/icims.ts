import { firstElement, firstText } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';
import { fieldLines } from './fields';
import { metaContent, nameFromSlug, postingFromJsonLd, readableTextWithout, withFields } from './jsonld';

/*
 * <tenant>.icims.com/jobs/<id>/<slug>/job draws the posting in a same-origin frame,
 * iframe#icims_content_iframe (src: the same URL with in_iframe=1); JobPosting JSON-LD
 * comes with it. Read the page, then that frame (a content script may read a
 * same-origin frame's document; the reader polls, since a frame's rendering is not seen by
 * the top page's observer), JSON-LD first. The frame's own URL (in_iframe=1), opened as a
 * page, is read directly. If the data is missing, the frame's
 * markup (as other readers of these pages select it; no saved page here yet):
 *
 *   <title>{title} in {place} | Careers at {office}</title>
 *   .iCIMS_Header (h1)                            the title
 *   .iCIMS_JobContent
 *       .iCIMS_JobHeaderGroup dl > dt "Job Locations" + dd     header facts
 *       h2.iCIMS_InfoField_Job "Overview" + .iCIMS_InfoMsg_Job   one pair per section
 *       #icims-social-share, .iCIMS_JobOptions                 share and apply links
 */
const FRAME = 'iframe#icims_content_iframe';
const TITLE = [
  'h1.iCIMS_Header', // the job title
  '.iCIMS_Header h1', // templates that wrap it
  '.iCIMS_JobHeaderTitle',
];
const BODY = [
  '.iCIMS_JobContent', // header facts and every section
];
/** Inside the body, what is not the posting. */
const NOT_POSTING = ['.iCIMS_JobHeaderGroup', '.iCIMS_JobHeaderTable', '#icims-social-share', '.iCIMS_JobOptions', '.iCIMS_Header', 'form'];

const HOST = /^[a-z0-9-]+\.icims\.com$/;
const JOB_PATH = /^\/jobs\/(\d+)(?:\/|$)/;

/** 'careers-acme.icims.com' → 'Acme', where the page names no company. */
function tenantName(url: URL): string {
  return nameFromSlug(url.hostname.split('.')[0]!.replace(/^(?:careers|jobs|uscareers|external)\d*-?/, ''));
}

/** The header's "Job Locations"/"Location" fact, else the <title>'s '… in {place} | …'. */
function location(doc: Document): string {
  for (const dt of Array.from(doc.querySelectorAll('.iCIMS_JobHeaderGroup dt, .iCIMS_JobHeaderTable dt'))) {
    if (/locations?/i.test(dt.textContent ?? '')) return dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  return /\sin\s(.+?)\s*\|/.exec(doc.title)?.[1]?.trim() ?? '';
}

/**
 * The header's workplace fact: "Remote" (or "Workplace Type", "Remote Type") over "Hybrid", "Fully Remote", "On-site",
 * or over "Yes" (remote) / "No" (says nothing of the mode).
 */
function workplace(doc: Document): string {
  for (const dt of Array.from(doc.querySelectorAll('.iCIMS_JobHeaderGroup dt, .iCIMS_JobHeaderTable dt'))) {
    if (!/^\s*(?:remote|remote type|workplace(?: type)?|work (?:model|arrangement|location type)|location type)\s*$/i.test(dt.textContent ?? '')) continue;
    const v = dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return /^yes\b/i.test(v) ? 'Remote' : /^no\b/i.test(v) ? '' : v;
  }
  return '';
}

function read(doc: Document, url: URL): Posting | null {
  const fields = fieldLines([['Workplace type', workplace(doc)]]);
  const ld = postingFromJsonLd(doc, url, 'icims');
  if (ld) return { ...ld, company: ld.company || metaContent(doc, 'og:site_name') || tenantName(url), ...withFields(fields ? [...fields, ...(ld.fields ?? [])] : ld.fields) };
  const title = firstText(doc, TITLE);
  const found = firstElement(doc, BODY);
  if (!title || !found) return null;
  const description = readableTextWithout(found, NOT_POSTING);
  if (description.length < 40) return null;
  return {
    site: 'icims',
    url: url.href,
    title,
    company: metaContent(doc, 'og:site_name') || tenantName(url),
    location: location(doc),
    sections: splitSections(description),
    ...withFields(fields),
  };
}

export const icims: BoardAdapter = {
  id: 'icims',
  name: 'iCIMS',
  patterns: [
    // Top frame only (the content script declares no allFrames): the posting's same-origin frame is read
    // from the top page, so one session paints one sidebar, in the top page, and one badge.
    '*://*.icims.com/*',
  ],
  readsJsonLd: true,
  examples: [
    'https://careers-americas.icims.com/jobs/24810/job',
    'https://careerseng-teleperformance.icims.com/jobs/49026/customer-service-representative---japanese-speaking-%28kl%29/job?mode=job&iis=LANDINGPAGE',
    'https://careers-amtrustgroup.icims.com/jobs/5120/senior-underwriter/job?in_iframe=1',
  ],
  matches(url) {
    return HOST.test(url.hostname) && url.hostname !== 'www.icims.com' && JOB_PATH.test(url.pathname);
  },
  jobKey(url) {
    const m = JOB_PATH.exec(url.pathname);
    return m ? `icims:${url.hostname}:${m[1]}` : null;
  },
  extract(doc, url): Posting | null {
    if (!JOB_PATH.test(url.pathname)) return null;
    const own = read(doc, url);
    if (own) return own;
    let framed: Document | null = null;
    try {
      framed = doc.querySelector<HTMLIFrameElement>(FRAME)?.contentDocument ?? null;
    } catch {
      // A frame from another origin cannot be read; the content script in that frame will read it.
    }
    return framed ? read(framed, url) : null;
  },
};
