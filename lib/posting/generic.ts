import { Readability } from '@mozilla/readability';
import { blockText } from './dom-text';
import { parseInert } from './inert';
import { splitSections } from './sections';
import { postingFromJsonLd } from './sites/jsonld';
import { postingFromText } from './text';
import type { Posting } from './types';

/**
 * Reads a posting from any page, on the user's request: the page's JobPosting
 * JSON-LD first; then the text the user selected, if there is enough of it
 * (they chose it); then the page's main article-like block (Readability).
 * Readability works on a copy: the page itself is never changed.
 */
export function readAnyPage(doc: Document, url: URL, selection: string): Posting | null {
  const fromJsonLd = postingFromJsonLd(doc, url);
  if (fromJsonLd) return fromJsonLd;
  const selected = selection.trim();
  if (selected.length >= 100) {
    const p = postingFromText(selected, url.href, 'selection');
    return { ...p, title: p.title || doc.title.trim() };
  }
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability(copy, { charThreshold: 300 }).parse();
  if (!article?.content) return null;
  const text = blockText(parseInert(doc, article.content).body);
  if (text.length < 200) return null;
  return {
    site: 'page',
    url: url.href,
    title: (article.title ?? doc.title).trim(),
    company: (article.siteName ?? '').trim(),
    location: '',
    sections: splitSections(text),
  };
}
