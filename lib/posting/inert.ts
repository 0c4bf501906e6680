/**
 * HTML from a page (JSON-LD descriptions, Readability's output) parsed into an
 * inert document with DOMParser: its scripts never run, its images and styles
 * never load, and no live document is written with innerHTML (Mozilla's add-on
 * review flags every innerHTML assignment).
 *
 * The parser is the one of `doc`'s own window (the page's, or jsdom's on the
 * command line); a document without a window (one made by DOMParser itself)
 * falls back to the realm's.
 */
export function parseInert(doc: Document, html: string): Document {
  const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  if (!Parser) throw new Error('no DOMParser to read HTML with');
  return new Parser().parseFromString(html, 'text/html');
}

/** Decodes character references (`&amp;`, `&lt;p&gt;`) as a textarea would, without running or loading anything. */
export function decodeEntities(doc: Document, s: string): string {
  // RCDATA: only `</textarea` could end it, and every `<` is escaped first. The
  // parser drops one newline right after <textarea>: the leading one is that.
  const area = parseInert(doc, `<textarea>\n${s.replace(/</g, '&lt;')}</textarea>`).querySelector('textarea');
  return area?.value ?? s;
}
