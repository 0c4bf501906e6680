import { REQUIREMENTS_READ } from '../posting/short-lines';
import type { Posting, PostingSection } from '../posting/types';

/**
 * The most the background takes of a posting (lib/messages.ts holds it to the
 * same figures). A page may show more — a 10,000-character title, a 300 KB
 * description, 400 "sections" — and the analysis then uses what fits and says
 * so, instead of failing the whole message.
 */
export const POSTING_LIMITS = Object.freeze({
  site: 50,
  url: 4000,
  title: 500,
  company: 500,
  location: 500,
  heading: 500,
  sections: 100,
  /** All sections' text together. */
  text: 200_000,
});

export interface Clipped {
  posting: Posting;
  /** What was cut, in the user's words; empty when nothing was. */
  notes: string[];
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  // Never split a surrogate pair: the cut text stays valid UTF-16.
  const end = /[\uD800-\uDBFF]/.test(s[max - 2] ?? '') ? max - 2 : max - 1;
  return `${s.slice(0, end)}…`;
}

/** A URL that fits: without its query and fragment first (tracking noise), then cut. */
function clipUrl(url: string): string {
  if (url.length <= POSTING_LIMITS.url) return url;
  try {
    const u = new URL(url);
    const bare = `${u.origin}${u.pathname}`;
    if (bare.length <= POSTING_LIMITS.url) return bare;
  } catch {
    /* not a URL: cut it below */
  }
  return url.slice(0, POSTING_LIMITS.url);
}

/**
 * Cuts a posting to the limits. Sections keep their offsets into the
 * description, so mentions still map back to the page; what falls beyond the
 * text budget or the section count is left out, whole sections first.
 */
export function clipPosting(p: Posting): Clipped {
  const notes: string[] = [];
  const title = cut(p.title, POSTING_LIMITS.title);
  if (title !== p.title) notes.push(`The title was shortened to ${POSTING_LIMITS.title} characters.`);
  const url = clipUrl(p.url);
  let budget = POSTING_LIMITS.text;
  const sections: PostingSection[] = [];
  for (const s of p.sections) {
    if (sections.length >= POSTING_LIMITS.sections || budget <= 0) break;
    const text = s.text.length > budget ? s.text.slice(0, budget) : s.text;
    budget -= text.length;
    sections.push({ ...s, heading: cut(s.heading, POSTING_LIMITS.heading), text });
  }
  const total = p.sections.reduce((n, s) => n + s.text.length, 0);
  const kept = sections.reduce((n, s) => n + s.text.length, 0);
  if (kept < total) {
    const pct = Math.round((100 * kept) / total);
    notes.push(`The description is very long: Fitmark read the first ${kept.toLocaleString('en-US')} characters (${pct}%).`);
  }
  // (lib/posting/short-lines.ts: the checklist and the facts stop there, as no posting a person writes is longer.)
  if (kept > REQUIREMENTS_READ) notes.push(`What it asks is read from its first ${REQUIREMENTS_READ.toLocaleString('en-US')} characters.`);
  return {
    posting: {
      site: cut(p.site, POSTING_LIMITS.site),
      url,
      title,
      company: cut(p.company, POSTING_LIMITS.company),
      location: cut(p.location, POSTING_LIMITS.location),
      sections,
    },
    notes,
  };
}
