import { blockText, firstElement, firstText } from '../dom-text';
import { splitSections } from '../sections';
import type { BoardAdapter, Posting } from '../types';

// Classic boards.greenhouse.io, then the 2024 job-boards.greenhouse.io layout.
const TITLE = ['h1.app-title', '.job__title h1', 'h1.section-header'];
const COMPANY = ['.company-name'];
const LOCATION = ['.location', '.job__location', '.job__title .body--metadata'];
const DESCRIPTION = ['#content', '.job__description', '.job-post-content'];

/** '/{board}/jobs/{id}' on either host; embedded boards pass ?gh_jid=. */
function jobId(url: URL): string | null {
  const m = /^\/[^/]+\/jobs\/(\d+)/.exec(url.pathname);
  if (m) return m[1]!;
  const gh = url.searchParams.get('gh_jid');
  return gh && /^\d+$/.test(gh) ? gh : null;
}

/** <title> reads 'Job Application for {title} at {company}'. */
function companyFromTitle(doc: Document): string {
  const m = /\bat\s+(.+?)\s*$/.exec(doc.title.trim());
  return m ? m[1]! : '';
}

export const greenhouse: BoardAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  patterns: [
    '*://boards.greenhouse.io/*',
    '*://job-boards.greenhouse.io/*',
    '*://job-boards.eu.greenhouse.io/*',
  ],
  description: DESCRIPTION,
  // Title, company and location sit above the description in both layouts.
  earlyRead: DESCRIPTION,
  examples: [
    'https://boards.greenhouse.io/anthropic/jobs/4182383008',
    'https://job-boards.greenhouse.io/scaleai/jobs/4315289005',
    'https://job-boards.eu.greenhouse.io/acme/jobs/4000123456?gh_src=abc',
  ],
  matches(url) {
    return /^(?:boards|job-boards)(?:\.[a-z]{2})?\.greenhouse\.io$/.test(url.hostname) && jobId(url) !== null;
  },
  jobKey(url) {
    const id = jobId(url);
    return id ? `greenhouse:${id}` : null;
  },
  extract(doc, url): Posting | null {
    const body = firstElement(doc, DESCRIPTION);
    const title = firstText(doc, TITLE);
    if (!body || !title) return null;
    const description = blockText(body);
    if (description.length < 40) return null;
    return {
      site: 'greenhouse',
      url: url.href,
      title,
      company: firstText(doc, COMPANY).replace(/^at\s+/i, '') || companyFromTitle(doc),
      location: firstText(doc, LOCATION),
      sections: splitSections(description),
    };
  },
};
