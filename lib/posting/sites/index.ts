import type { Posting, SiteAdapter } from '../types';
import { greenhouse } from './greenhouse';
import { jsonld } from './jsonld';
import { linkedin } from './linkedin';

/** Every board Fitmark reads. Adding one is one new file and one line here. */
export const SITES: readonly SiteAdapter[] = [linkedin, greenhouse];

export function adapterFor(url: URL): SiteAdapter | null {
  return SITES.find((s) => s.matches(url)) ?? null;
}

/** The job a URL shows, or null where it shows none we read. */
export function jobKeyFor(url: URL): string | null {
  return adapterFor(url)?.jobKey(url) ?? null;
}

/**
 * Reads the posting on a page: the board's own adapter first, then the page's
 * JobPosting JSON-LD. Null where neither finds one.
 */
export function readPosting(doc: Document, url: URL): Posting | null {
  const adapter = adapterFor(url);
  return adapter?.extract(doc, url) ?? jsonld.extract(doc, url);
}
