import { tidy } from './dom-text';
import { splitSections } from './sections';
import type { Posting } from './types';

/**
 * A posting given as plain text (a file, a paste, a selection). The first
 * line names the job: "Company | Title | Place | …" as on Hacker News, or
 * just the title. Section offsets are offsets into `text` itself.
 */
export function postingFromText(text: string, url = '', site = 'text'): Posting {
  const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  let title = '';
  let company = '';
  let location = '';
  const parts = first.split(/\s+\|\s+/);
  if (parts.length >= 3) {
    [company, title, location] = parts.map((p) => p.trim()) as [string, string, string];
  } else if (first.length <= 100) {
    title = tidy(first.replace(/^#+\s*/, ''));
  }
  return { site, url, title, company, location, sections: splitSections(text) };
}
