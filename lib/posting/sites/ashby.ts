import { firstElement, firstText, tidy } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';
import { fieldLines, payFromLd } from './fields';
import { type JobPostingLd, jobPostingsIn, jsonLdDescription, jsonLdJobId, jsonLdLocation, metaContent, nameFromSlug, readableText, str, withFields } from './jsonld';

/*
 * Expected DOM (jobs.ashbyhq.com/<company>/<uuid>; saved page:
 * ../shared/fixtures/pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html). Layout classes
 * are hashed (_title_ud4nd_34); the ashby-* classes are the ones Ashby documents for
 * customers' own CSS, and stay.
 *
 *   <title>Software Engineer, Accounting @ Ramp</title>
 *   h1.ashby-job-posting-heading
 *   .ashby-job-posting-left-pane > div > h2 "Location" + p "New York, NY (HQ); San Francisco, CA"
 *                                  (then Employment Type, Location Type, Department, Compensation)
 *   .ashby-job-posting-right-pane
 *       nav[role=tablist]  Overview | Application
 *       #overview[role=tabpanel]  the description, then a[href$="/application"] > button "Apply for this Job"
 *   …or on /application: #form[role=tabpanel] > form.ashby-application-form-container
 *
 * <head> carries JobPosting JSON-LD whose identifier.value is the job's uuid.
 */
const TITLE = [
  '.ashby-job-posting-heading', // the h1
];
const LEFT_PANE = '.ashby-job-posting-left-pane';
const OVERVIEW = [
  '.ashby-job-posting-right-pane #overview', // the Overview tab's panel
  '.ashby-job-posting-right-pane [role="tabpanel"][aria-labelledby="job-overview"]', // same panel, if its id goes
];
/** Inside the overview, what is not the posting. */
const NOT_POSTING = ['a[href$="/application"]', 'form', '[class*="ashby-application-form"]'];

const JOB_PATH = /^\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/application)?\/?$/i;

/** <title> reads '{title} @ {company}'. */
function companyFromTitle(doc: Document): string {
  const at = doc.title.lastIndexOf(' @ ');
  return at > 0 ? doc.title.slice(at + 3).trim() : '';
}

/**
 * A left-pane entry ("Location", "Location Type", "Compensation"): an h2 label followed by the value. A value drawn
 * as a list (one pay range per zone) reads an entry a line apart, its spans a space apart ("SF/NY" "Target Base …").
 */
function leftPaneEntry(doc: Document, label: string): string {
  const pane = doc.querySelector(LEFT_PANE);
  if (!pane) return '';
  for (const h of Array.from(pane.querySelectorAll('h2, h3'))) {
    if (h.textContent?.trim().toLowerCase() !== label) continue;
    const value = h.nextElementSibling;
    if (!value) return '';
    const items = Array.from(value.querySelectorAll('li'));
    const parts = items.length ? items.map((li) => Array.from(li.children).map((c) => c.textContent ?? '').join(' ') || (li.textContent ?? '')) : [value.textContent ?? ''];
    return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('; ');
  }
  return '';
}

function leftPaneLocation(doc: Document): string {
  return leftPaneEntry(doc, 'location');
}

/** The overview's text, or '' where this tab shows the application form instead. */
function overviewText(doc: Document): string {
  const panel = firstElement(doc, OVERVIEW);
  if (!panel) return '';
  const copy = panel.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(NOT_POSTING.join(', ')))) el.remove();
  return readableText(copy);
}

export const ashby: BoardAdapter = {
  id: 'ashby',
  name: 'Ashby',
  patterns: [
    '*://jobs.ashbyhq.com/*',
  ],
  readsJsonLd: true,
  examples: [
    'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43',
    'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43/application',
    'https://jobs.ashbyhq.com/Hippocratic%20AI/378e1797-b92c-4fce-98d2-03481e214bb5',
  ],
  matches(url) {
    return url.hostname === 'jobs.ashbyhq.com' && JOB_PATH.test(url.pathname);
  },
  jobKey(url) {
    const m = JOB_PATH.exec(url.pathname);
    return m ? `ashby:${m[2]!.toLowerCase()}` : null; // the Application tab is the same job
  },
  extract(doc, url): Posting | null {
    const m = JOB_PATH.exec(url.pathname);
    if (!m) return null;
    const uuid = m[2]!.toLowerCase();
    // Only this job's data: after moving between jobs in the app, <head> may describe the last one.
    const job: JobPostingLd | undefined = jobPostingsIn(doc).find((j) => jsonLdJobId(j).toLowerCase() === uuid);
    const ogThisJob = metaContent(doc, 'og:url').toLowerCase().includes(uuid);

    // The Application tab draws the form where the overview was: never read it as the posting.
    let description = m[3] ? '' : overviewText(doc);
    if (description.length < 40 && job) description = jsonLdDescription(doc, job);
    if (description.length < 40 && ogThisJob) description = tidy(metaContent(doc, 'og:description'));
    // This job's own data first: the heading may still be streaming in ("S" of "Software Engineer, …") while <head> is whole.
    const title = str(job?.title) || firstText(doc, TITLE) || (ogThisJob ? metaContent(doc, 'og:title') : '');
    if (!title || description.length < 40) return null;
    return {
      site: 'ashby',
      url: url.href,
      title,
      company: companyFromTitle(doc) || str(job?.hiringOrganization) || nameFromSlug(m[1]!),
      location: leftPaneLocation(doc) || (job ? jsonLdLocation(job) : ''),
      sections: splitSections(description),
      // The pane's workplace type and pay; JSON-LD's baseSalary where the pane gives none (the Application tab's JSON-LD path).
      ...withFields(fieldLines([['Workplace type', leftPaneEntry(doc, 'location type')], ['Compensation', leftPaneEntry(doc, 'compensation') || (job ? payFromLd(job.baseSalary) : '')]])),
    };
  },
};
