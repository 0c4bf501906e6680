import { blockText } from '../dom-text';
import { splitSections } from '../sections';
import type { Posting, SiteAdapter } from '../types';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every JobPosting object in the page's JSON-LD, walking arrays and @graph. */
export function jobPostingsIn(doc: Document): Array<Record<string, Json>> {
  const out: Array<Record<string, Json>> = [];
  const visit = (v: Json, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const type = v['@type'];
    if (type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'))) out.push(v);
    if (v['@graph']) visit(v['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? '') as Json, 0);
    } catch {
      // A page's broken JSON-LD is the page's problem; other blocks may still be fine.
    }
  }
  return out;
}

function str(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.name === 'string') return v.name.trim();
  return '';
}

function place(v: Json | undefined): string {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names = list.map((l) => {
    if (!l || typeof l !== 'object' || Array.isArray(l)) return str(l);
    const a = l.address;
    if (a && typeof a === 'object' && !Array.isArray(a)) {
      return [str(a.addressLocality), str(a.addressRegion), str(a.addressCountry)].filter(Boolean).join(', ');
    }
    return str(l.name);
  });
  return [...new Set(names.filter(Boolean))].join('; ');
}

/** Turns the description's HTML into text in an inert document: nothing in it runs or loads. */
function htmlToText(doc: Document, html: string): string {
  const inert = doc.implementation.createHTMLDocument('');
  // Some sites escape their HTML twice inside JSON-LD.
  const once = /&lt;\/?[a-z]/i.test(html) && !/<\/?[a-z]/i.test(html) ? decodeEntities(inert, html) : html;
  inert.body.innerHTML = once;
  return blockText(inert.body);
}

function decodeEntities(inert: Document, s: string): string {
  const t = inert.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

export function postingFromJsonLd(doc: Document, url: URL, site = 'jsonld'): Posting | null {
  const job = jobPostingsIn(doc)[0];
  if (!job) return null;
  const description = htmlToText(doc, str(job.description));
  const title = str(job.title);
  if (!title || description.length < 40) return null;
  return {
    site,
    url: url.href,
    title,
    company: str(job.hiringOrganization),
    location: place(job.jobLocation) || (str(job.jobLocationType) === 'TELECOMMUTE' ? 'Remote' : ''),
    sections: splitSections(description),
  };
}

/** Any page that carries schema.org JobPosting data (SmartRecruiters, iCIMS, Workable, career sites). */
export const jsonld: SiteAdapter = {
  id: 'jsonld',
  examples: [],
  matches: () => false, // never chosen by URL: it is the fallback for every page
  jobKey: (url) => `jsonld:${url.origin}${url.pathname}`,
  extract: (doc, url) => postingFromJsonLd(doc, url),
};
