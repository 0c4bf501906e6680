export const SECTION_KINDS = ['requirements', 'preferred', 'responsibilities', 'about', 'benefits', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface PostingSection {
  kind: SectionKind;
  heading: string;
  text: string;
  /** Where `text` starts in the description it was cut from. */
  offset: number;
}

export interface Posting {
  /** The adapter that read it: linkedin, greenhouse, jsonld, text, … */
  site: string;
  url: string;
  title: string;
  company: string;
  location: string;
  sections: PostingSection[];
  /**
   * A board's own labelled fields outside the description, as "Label: value" lines: its pay ("Pay: $140,000 -
   * $170,000 a year") and workplace type ("Location type: Hybrid"). Read for the posting's facts, never for skills.
   */
  fields?: string[];
}

/**
 * One job board. `matches` is a pure function of the URL; `jobKey` names the
 * job a URL shows (so a result is painted only for the job it was computed
 * for); `extract` reads a Document and returns null where no posting is there.
 */
export interface SiteAdapter {
  id: string;
  /** Real URLs this adapter must accept; tests also check no other adapter takes them. */
  examples: readonly string[];
  matches(url: URL): boolean;
  jobKey(url: URL): string | null;
  /**
   * The job a page shows where its URL names none (LinkedIn's post-apply page
   * shows the job just applied to): read from the page once its posting is
   * read, so the result is kept, and the history entry merged, under the job's
   * own key. `jobKey` then names the page, not the job; null where the URL
   * names the job itself.
   */
  jobKeyIn?(doc: Document, url: URL): string | null;
  extract(doc: Document, url: URL): Posting | null;
  /**
   * The adapter reads the page's JSON-LD itself, checked against the job in
   * the URL: the generic JSON-LD fallback must not run, since a single-page
   * app keeps the first job's JSON-LD in <head> after moving to another.
   */
  readsJsonLd?: boolean;
  /**
   * Stable elements that hold the posting once it renders, most specific first:
   * the reader watches the first one found instead of the whole page.
   */
  container?: readonly string[];
  /** Where the description sits, for in-page highlights; the board's own selectors, in order. */
  description?: readonly string[];
  /**
   * Elements (the first found) that come after everything `extract` reads: once the parser is past one,
   * the posting is read while the rest of the page still parses (its scripts often hold DOMContentLoaded
   * back). Unset: the posting is read once the page is parsed.
   */
  earlyRead?: readonly string[];
}

/**
 * A job board Fitmark reads by itself (lib/posting/sites/index.ts lists them).
 * Everything the extension says about a board derives from these fields: the
 * manifest's content-script matches and host permissions, the names shown,
 * the popup's list and the README's table.
 */
export interface BoardAdapter extends SiteAdapter {
  /** How the board's owner spells it: 'LinkedIn', 'iCIMS'. */
  name: string;
  /**
   * Manifest match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns)
   * where the content script runs; together they must cover `examples`.
   */
  patterns: readonly string[];
}
