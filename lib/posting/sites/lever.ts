import { firstElement, firstText } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';
import { fieldLines } from './fields';
import { nameFromSlug, readableTextWithout, withFields } from './jsonld';

/*
 * Expected DOM (jobs.lever.co/<company>/<uuid>, server-rendered, no JSON-LD):
 *
 *   <title>Megaport - Frontend Software Engineer</title>
 *   .section-wrapper.accent-section > .posting-header > .posting-headline
 *       h2                                  the title
 *       .posting-categories > .location     "Australia / Brisbane"; .department, .commitment "Full-time /"
 *   .section-wrapper.page-full-width
 *       .section[data-qa="job-description"]        opening text
 *       .section > h3 + .posting-requirements ul   one per list ("What you'll do", …)
 *       .section[data-qa="salary-range"], [data-qa="closing-description"]
 *       .section.last-section-apply[data-qa="btn-apply-bottom"] > a "Apply for this job"
 *
 * /apply shows the same header above the application form and no description.
 */
const TITLE = [
  '.posting-headline h2', // every hosted Lever template
  '.posting-header h2', // templates that drop the .posting-headline wrapper
];
/** The workplace category ("Hybrid", "On-site", "Remote") beside the location and commitment. */
const WORKPLACE = [
  '.posting-categories .workplaceTypes', // "sort-by-time posting-category … workplaceTypes"
];
const LOCATION = [
  '.posting-categories .location', // "sort-by-time posting-category … location"
  '.posting-categories .sort-by-location', // older template's class for the same category
];
/** The element holding every description section, most specific first. */
const BODY: ReadonlyArray<(doc: Document) => Element | null> = [
  // The wrapper of the opening text also holds the lists and the closing text.
  (doc) => doc.querySelector('[data-qa="job-description"]')?.closest('.section-wrapper') ?? null,
  (doc) => firstElement(doc, ['.posting-description']), // older template wraps the sections in this
  (doc) => firstElement(doc, ['[data-qa="job-description"]']), // the opening text alone, if its wrapper changed
];
/** Inside the body, what is not the posting. */
const NOT_POSTING = [
  '.last-section-apply', // the "Apply for this job" link at the bottom
  '[data-qa^="btn-apply"]',
  '.posting-header', // title and categories, where a template puts them in the body
  'form',
  '.application-form',
];

const JOB_PATH = /^\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/apply)?\/?$/i;

/** <title> reads '{company} - {title}'; the title itself may hold ' - '. */
function companyFromTitle(doc: Document, title: string): string {
  const t = doc.title.trim();
  if (title && t.endsWith(` - ${title}`)) return t.slice(0, -title.length - 3).trim();
  const dash = t.indexOf(' - ');
  return dash > 0 ? t.slice(0, dash).trim() : '';
}

function logoName(doc: Document): string {
  const alt = doc.querySelector('.main-header-logo img[alt]')?.getAttribute('alt') ?? '';
  return alt.replace(/\s+logo$/i, '').trim();
}

export const lever: BoardAdapter = {
  id: 'lever',
  name: 'Lever',
  patterns: [
    '*://jobs.lever.co/*',
    '*://jobs.eu.lever.co/*',
  ],
  examples: [
    'https://jobs.lever.co/megaport/530b1eda-741e-4902-b651-1f000acf414b',
    'https://jobs.lever.co/immuta/6f50874d-64c9-4fb2-b87a-d6a8c18a7db6',
    'https://jobs.lever.co/immuta/6f50874d-64c9-4fb2-b87a-d6a8c18a7db6/apply',
    'https://jobs.eu.lever.co/megaport/530b1eda-741e-4902-b651-1f000acf414b?lever-origin=applied',
  ],
  matches(url) {
    return /^jobs\.(?:eu\.)?lever\.co$/.test(url.hostname) && JOB_PATH.test(url.pathname);
  },
  jobKey(url) {
    const m = JOB_PATH.exec(url.pathname);
    return m ? `lever:${m[2]!.toLowerCase()}` : null;
  },
  extract(doc, url): Posting | null {
    const m = JOB_PATH.exec(url.pathname);
    if (!m || m[3]) return null; // /apply holds the form, not the posting
    const title = firstText(doc, TITLE);
    const found = BODY.map((f) => f(doc)).find((el) => el && (el.textContent ?? '').trim()) ?? null;
    if (!title || !found) return null;
    const description = readableTextWithout(found, NOT_POSTING);
    if (description.length < 40) return null;
    return {
      site: 'lever',
      url: url.href,
      title,
      company: companyFromTitle(doc, title) || logoName(doc) || nameFromSlug(m[1]!),
      location: firstText(doc, LOCATION).replace(/\s*\/\s*$/, ''),
      sections: splitSections(description),
      ...withFields(fieldLines([['Workplace type', firstText(doc, WORKPLACE).replace(/\s*\/\s*$/, '')]])),
    };
  },
};
