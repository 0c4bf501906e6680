import type { BoardAdapter, Posting, SiteAdapter } from '../types';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { indeed } from './indeed';
import { jsonld } from './jsonld';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';
import { workday } from './workday';

/**
 * Every board Fitmark reads, first match wins. Adding one is one new file and
 * one line here: the manifest's matches (./matches.ts), the names shown
 * (./names.ts), the popup's list and the README's table derive from this list,
 * and test/unit/sites-registry.test.ts fails when an adapter file is not listed.
 *
 * Whatever imports this list imports every adapter: keep them plain (no zod,
 * no taxonomy, nothing built at module level), since the content script does.
 */
export const SITES: readonly BoardAdapter[] = [
  linkedin,
  greenhouse,
  lever,
  workday,
  ashby,
  indeed,
  smartrecruiters,
  icims,
  workable,
];

/** Reads any page that carries a JobPosting, when no board adapter has read it. Chosen by no URL. */
export const FALLBACK: SiteAdapter = jsonld;

export function adapterFor(url: URL): BoardAdapter | null {
  return SITES.find((s) => s.matches(url)) ?? null;
}

/** The job a URL shows, or null where it shows none we read. */
export function jobKeyFor(url: URL): string | null {
  return adapterFor(url)?.jobKey(url) ?? null;
}

/** The same for a URL as the browser tells it: null also where there is none, or it does not parse. */
export function jobKeyOfUrl(url: string | undefined): string | null {
  try {
    return url ? jobKeyFor(new URL(url)) : null;
  } catch {
    return null;
  }
}

/**
 * Reads the posting on a page: the board's own adapter first, then the page's
 * JobPosting JSON-LD. Null where neither finds one.
 */
export function readPosting(doc: Document, url: URL): Posting | null {
  const adapter = adapterFor(url);
  const own = adapter?.extract(doc, url) ?? null;
  if (own || adapter?.readsJsonLd) return own;
  return jsonld.extract(doc, url);
}
