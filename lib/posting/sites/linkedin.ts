import { blockText, firstElement, firstText } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';

/*
 * LinkedIn draws a job in three layouts; each is read by its own hooks.
 *
 * Classic signed-in pane (2023–2025; still on /jobs/search/post-apply/…):
 *   .jobs-search__job-details
 *     .job-details-jobs-unified-top-card__company-name a        the company
 *     .job-details-jobs-unified-top-card__job-title h1 [> a href=/jobs/view/<id>/]
 *     .job-details-jobs-unified-top-card__primary-description-container .tvm__text  "Denver, CO", "2 weeks ago", …
 *     #job-details                                              the description
 *
 * Guest view (/jobs/view/ signed out): h1.top-card-layout__title, a.topcard__org-name-link,
 *   .topcard__flavor--bullet, .show-more-less-html__markup.
 *
 * Signed-in 2026 layout (server-driven UI: every class hashed, no h1):
 *   [data-sdui-screen="…SemanticJobDetails"]                  the job pane, where there is one
 *     [aria-label="Company, Tern Robotics."] > a[href*="/company/"]   the company
 *     p > a[href*="/jobs/view/<id>/"]  (search pane)  or  p  (on /jobs/view/)   the title
 *     p > span "United Kingdom", "·", span "1 week ago", "·", …   the line after the title
 *     [componentkey="JobDetails_AboutTheJob_<id>"] [data-testid="expandable-text-box"]   the description,
 *         whole in the DOM while folded behind "… more"
 *     [componentkey="JobDetails_AboutTheCompany_<id>"]           the company's blurb: not the posting
 */
const CONTAINER = ['.jobs-search__job-details', '.scaffold-layout__detail', '.job-view-layout', 'main'];
const DESCRIPTION = [
  '#job-details', // signed in, 2023–2025 layout
  '.jobs-description__content',
  '.jobs-description-content__text',
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
/** 2026 layout: the description's section, keyed by the job's id (the attribute is spelt componentKey in LinkedIn's markup). */
const ABOUT_JOB = '[componentkey^="JobDetails_AboutTheJob_"]';
const ABOUT_JOB_SDUI = '[data-sdui-component$="aboutTheJob"]'; // the same block's component name, if the key goes
const FOLDED_TEXT = '[data-testid="expandable-text-box"]';
/** Every 2026 section of the pane that is not the top card (about the job, about the company, job match, …). */
const PANE_SECTION = '[componentkey^="JobDetails_"], [componentkey^="JobMatch"], [data-sdui-component]';
const COMPANY_LABEL = '[aria-label^="Company, "]';
/** Where the job pane shows the job it holds: the title's link, or the description's key. */
const PANE_JOB = [
  '.jobs-search__job-details h1 a[href*="/jobs/view/"]', // classic pane (post-apply, search)
  '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]',
  '#job-details', // no link: fall through to the key below
];

const JOB_PAGES = /^\/jobs\/(?:view\/|search\/|collections\/|search-results\/)/;
/** After Easy Apply, LinkedIn shows the job just applied to at /jobs/search/post-apply/<step>/, often with no id in the URL. */
const POST_APPLY = /^\/jobs\/search\/post-apply\//;

/** The job a LinkedIn URL shows: /jobs/view/<id>, ?currentJobId=<id> or, after applying, ?postApplyJobId=<id>. */
function jobId(url: URL): string | null {
  for (const key of ['currentJobId', 'postApplyJobId']) {
    const v = url.searchParams.get(key);
    if (v && /^\d+$/.test(v)) return v;
  }
  const view = /^\/jobs\/view\/(?:[^/]*-)?(\d+)\/?/.exec(url.pathname);
  return view ? view[1]! : null;
}

const idInHref = (href: string | null): string | null => /\/jobs\/view\/(?:[^/?#]*-)?(\d+)/.exec(href ?? '')?.[1] ?? null;
const idInKey = (el: Element | null): string | null => /_(\d+)$/.exec(el?.getAttribute('componentkey') ?? '')?.[1] ?? null;

/** The job the page's detail pane holds, for pages whose URL names none. */
function paneJobId(doc: Document): string | null {
  for (const s of PANE_JOB) {
    const id = idInHref(doc.querySelector(s)?.getAttribute('href') ?? null);
    if (id) return id;
  }
  return idInKey(doc.querySelector(ABOUT_JOB));
}

/** document.title reads '{title} | {company} | LinkedIn', or '{company} hiring {title} in {place} | LinkedIn' for guests. */
function fromDocumentTitle(doc: Document): { title: string; company: string } {
  const t = doc.title.replace(/^\(\d+\)\s*/, '');
  const hiring = /^(.+?) hiring (.+?)(?: in (.+?))? \| LinkedIn$/.exec(t);
  if (hiring) return { company: hiring[1]!, title: hiring[2]! };
  const parts = t.split(' | ');
  // 'Jobs | LinkedIn', 'Search | LinkedIn' and other generic titles have two parts: no job in them.
  if (parts.length >= 3 && parts[parts.length - 1] === 'LinkedIn') return { title: parts[0]!, company: parts[1]! };
  return { title: '', company: '' };
}

/**
 * The apply button's label names both: 'Easy Apply to {title} at {company}' (or
 * 'Apply to {title} on company website'), in every signed-in layout.
 */
function fromApplyLabel(root: ParentNode): { title: string; company: string } {
  for (const el of Array.from(root.querySelectorAll('[aria-label^="Easy Apply to "], [aria-label^="Apply to "]'))) {
    const label = el.getAttribute('aria-label')!.replace(/\s+/g, ' ').trim();
    const m = /^(?:Easy )?Apply to (.+?)(?: at (.+?))?(?: on company website)?$/.exec(label);
    if (m) return { title: m[1]!, company: m[2] ?? '' };
  }
  return { title: '', company: '' };
}

const oneLine = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The description's text without the fold's "… more" / "Show more" and the section's own "About the job" heading. */
function descriptionText(el: Element): string {
  return blockText(el)
    .replace(/^About the job\s*\n/i, '')
    .replace(/\n?(?:…\s*more|Show more|Show less|See more|See less)\s*$/gi, '')
    .trim();
}

interface TopCard {
  title: string;
  company: string;
  location: string;
}

/**
 * The 2026 layout's description section: the one keyed by the job in the URL,
 * else the first (a post-apply or view page whose URL id differs, or none).
 */
function aboutTheJob(doc: Document, id: string | null): Element | null {
  const keyed = id ? doc.querySelector(`[componentkey="JobDetails_AboutTheJob_${id}"]`) : null;
  return keyed ?? doc.querySelector(ABOUT_JOB) ?? doc.querySelector(ABOUT_JOB_SDUI);
}

/**
 * The pane that holds `about` and its top card: the screen LinkedIn marks,
 * else the nearest ancestor that also holds a company link. Searching the
 * pane, not the page, keeps the results list and "similar jobs" out.
 */
function paneOf(about: Element): Element {
  const screen = about.closest('[data-sdui-screen]');
  if (screen) return screen;
  let el: Element | null = about.parentElement;
  for (let depth = 0; el && depth < 12; depth++, el = el.parentElement) {
    if (el.querySelector(`${COMPANY_LABEL}, a[href*="/company/"]`)) return el;
  }
  return about.ownerDocument.body ?? about;
}

/**
 * Paragraphs of the top card: after the company's link (where there is one),
 * outside every section of the pane and every job card of a results list.
 */
function topCardParagraphs(pane: Element, company: Element | null): Element[] {
  const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
  return Array.from(pane.querySelectorAll('p')).filter(
    (p) =>
      oneLine(p).length > 0 &&
      !p.closest(`${PANE_SECTION}, ${COMPANY_LABEL}, a[href*="/company/"], [role="button"], li`) &&
      (!company || (company.compareDocumentPosition(p) & FOLLOWING) !== 0),
  );
}

/** '… · 1 week ago · Over 100 applicants': the line under the title, its parts between middle dots. */
const isFactsLine = (p: Element): boolean => /\s·\s/.test(oneLine(p)) && oneLine(p).length < 300;

function topCard2026(pane: Element, id: string | null): TopCard {
  // The company: its aria-label names it exactly ('Company, Tern Robotics.'), else its link's text.
  const labelled = pane.querySelector(COMPANY_LABEL);
  const link = labelled ?? Array.from(pane.querySelectorAll('a[href*="/company/"]')).find((a) => oneLine(a) && !a.closest(PANE_SECTION)) ?? null;
  const company = /^Company,\s*(.+?)\.?$/.exec(labelled?.getAttribute('aria-label')?.trim() ?? '')?.[1]?.trim() || oneLine(link);
  const paragraphs = topCardParagraphs(pane, link);
  const factsAt = paragraphs.findIndex(isFactsLine);
  // The title: a link to this job in the search pane, a plain paragraph (the one above the facts line) on /jobs/view/.
  const titleLink = id ? pane.querySelector(`p > a[href*="/jobs/view/${id}/"], p > a[href*="/jobs/view/${id}?"]`) : null;
  const above = factsAt > 0 ? paragraphs[factsAt - 1] : paragraphs.find((p) => !isFactsLine(p));
  const title = oneLine(titleLink) || (above && oneLine(above).length <= 200 ? oneLine(above) : '');
  // The place: the facts line's first span ('United Kingdom'), else its text up to the first dot.
  const facts = factsAt >= 0 ? paragraphs[factsAt]! : null;
  const first = oneLine(facts?.querySelector('span'));
  const location = (first && !first.includes('·') ? first : oneLine(facts).split('·')[0]!).trim();
  return { title, company, location };
}

function read2026(doc: Document, url: URL, id: string | null): Posting | null {
  const about = aboutTheJob(doc, id);
  if (!about) return null;
  const body = about.querySelector(FOLDED_TEXT) ?? about;
  const description = descriptionText(body);
  if (description.length < 40) return null;
  const pane = paneOf(about);
  const card = topCard2026(pane, id ?? idInKey(about));
  const apply = fromApplyLabel(pane);
  const fallback = fromDocumentTitle(doc);
  return {
    site: 'linkedin',
    url: url.href,
    title: card.title || firstText(doc, TITLE) || apply.title || fallback.title,
    company: card.company || firstText(doc, COMPANY) || apply.company || fallback.company,
    location: card.location || firstText(doc, LOCATION),
    sections: splitSections(description),
  };
}

function readClassic(doc: Document, url: URL): Posting | null {
  const body = firstElement(doc, DESCRIPTION);
  if (!body) return null;
  const description = descriptionText(body);
  if (description.length < 40) return null;
  const apply = fromApplyLabel(doc.querySelector('.jobs-search__job-details, .job-view-layout') ?? doc);
  const fallback = fromDocumentTitle(doc);
  return {
    site: 'linkedin',
    url: url.href,
    title: firstText(doc, TITLE) || apply.title || fallback.title,
    company: firstText(doc, COMPANY) || apply.company || fallback.company,
    location: firstText(doc, LOCATION),
    sections: splitSections(description),
  };
}

export const linkedin: BoardAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  patterns: [
    '*://*.linkedin.com/*', // LinkedIn changes pages without a reload: we start on any page and wait for a job URL
  ],
  // The classic pane's description, then the 2026 layout's (its folded text box first, so highlights map by offset).
  description: [...DESCRIPTION, `${ABOUT_JOB} ${FOLDED_TEXT}`, ABOUT_JOB],
  examples: [
    'https://www.linkedin.com/jobs/view/3915648739/',
    'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739',
    'https://www.linkedin.com/jobs/search/?currentJobId=4053542511&keywords=infrastructure',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4053542511',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4053542511&keywords=sre',
    'https://www.linkedin.com/jobs/search/post-apply/default/?currentJobId=4261961630&postApplyJobId=4261961630',
    'https://www.linkedin.com/jobs/search/post-apply/next-best-action/',
  ],
  matches(url) {
    if (!/(^|\.)linkedin\.com$/.test(url.hostname) || !JOB_PAGES.test(url.pathname)) return false;
    return jobId(url) !== null || POST_APPLY.test(url.pathname);
  },
  jobKey(url) {
    const id = jobId(url);
    if (id) return `linkedin:${id}`;
    // No id in the URL: the page is named until its pane is read (jobKeyIn then names the job).
    return POST_APPLY.test(url.pathname) ? `linkedin:page:${url.pathname}` : null;
  },
  jobKeyIn(doc, url) {
    if (jobId(url)) return null;
    const id = paneJobId(doc);
    return id ? `linkedin:${id}` : null;
  },
  // The job pane of /jobs/search/ and /jobs/collections/, the main column of /jobs/view/.
  container: CONTAINER,
  // The job's pane holds all that is read of it.
  earlyRead: CONTAINER,
  extract(doc, url): Posting | null {
    return readClassic(doc, url) ?? read2026(doc, url, jobId(url));
  },
};
