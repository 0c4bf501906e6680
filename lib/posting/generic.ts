import { Readability } from '@mozilla/readability';
import { BLOCK, blockText, SKIP } from './dom-text';
import { parseInert } from './inert';
import { classifyHeading, splitSections } from './sections';
import { readPosting } from './sites';
import { readableText } from './sites/jsonld';
import { postingFromText } from './text';
import type { Posting, SectionKind } from './types';

/**
 * Reads a posting from any page, on the user's request ("Analyze this page"):
 * the board's own adapter where Fitmark knows the site, else the page's
 * JobPosting JSON-LD; then the text the user selected, if there is enough of
 * it (they chose it); then the block of the page that reads like a posting;
 * last, a short posting in plain prose, as Readability finds the page's
 * article. Nothing on the page is changed.
 */
export function readAnyPage(doc: Document, url: URL, selection: string): Posting | null {
  const known = readPosting(doc, url);
  if (known) return known;
  const selected = selection.trim();
  if (selected.length >= 100) {
    const p = postingFromText(selected, url.href, 'selection');
    return { ...p, title: p.title || doc.title.trim() };
  }
  return readPostingBlock(doc, url) ?? readArticle(doc, url);
}

/** Words a posting uses and an article about jobs rarely does, for a posting with no headings or bullets. */
const POSTING_CUE = /\b(?:responsibilit(?:y|ies)|requirements?|qualifications?|years of (?:professional )?experience|experience (?:with|in)|you will|you(?:'|’)ll|we(?:'|’)re (?:looking|hiring)|we are (?:looking|hiring)|this role|the role|apply)\b/i;

/**
 * Last resort: Readability's main article, on a copy of the page (its
 * output re-read with DOMParser), where its text still reads like a posting:
 * a short one written as a few paragraphs, which the block reader leaves.
 */
function readArticle(doc: Document, url: URL): Posting | null {
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 300 }).parse();
  if (!article?.content) return null;
  const text = blockText(parseInert(doc, article.content).body);
  if (text.length < 200 || !POSTING_CUE.test(text)) return null;
  return {
    site: 'page',
    url: url.href,
    title: line(Array.from(doc.querySelectorAll('h1')).find(usableHeading)) || (article.title ?? doc.title).trim(),
    company: (article.siteName ?? '').trim(),
    location: '',
    sections: splitSections(text),
  };
}

/*
 * Which block reads like a posting. Job boards that Fitmark does not know
 * (Glassdoor, company career sites) put the description beside lists of job
 * cards, navigation and cookie banners; a reader that takes the longest text
 * (Readability did) takes the cards. Here the page's text is cut into runs,
 * as a reader sees lines, and each run scores:
 *
 *   prose (a run of 80+ characters) and bullets (an item of 15+)   + its length
 *   a heading a posting has (Requirements, Responsibilities, …)      + HEADING
 *   mostly link text (job cards, menus), or in nav/footer/aside      − half its length
 *   short fragments (a card's company, place, pay, rating)          − a third of its length, and FRAGMENT
 *
 * A block's score is the sum over its runs, plus a bonus per kind of posting
 * heading it holds; the best block wins, then gives way to a child that holds
 * the same kinds of heading and most of its score. Cards and menus cost more
 * than they bring, so the description's own container beats the page around
 * it, and sections that sit side by side win together through their parent.
 * Text folded behind "Show more" is in the DOM and is read; what the page
 * hides outright (hidden, aria-hidden, display:none) is not.
 */
const HEADING = 40;
const KIND_BONUS = 150;
const FRAGMENT = 12;
/** Kinds that only a posting has: a blog post may say "About us", rarely "Requirements". */
const POSTING_KINDS: readonly SectionKind[] = ['requirements', 'responsibilities', 'preferred', 'benefits'];
/** A block a site marks as the description: stable names across boards and career sites. */
const DESCRIPTION_HINT = /job[-_ ]?description|jobdescription|description__text|job[-_]details|job[-_]?post[-_]?body|posting[-_]?(?:body|content|description)/i;
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);
const CHROME_ROLES = /^(?:navigation|contentinfo|banner|dialog|alertdialog|search|complementary)$/;

interface Run {
  text: string;
  linkChars: number;
  inItem: boolean;
  chrome: boolean;
}

interface Stat {
  score: number;
  /** Characters of prose and bullets: what a posting is made of. */
  body: number;
  items: number;
  kinds: number; // a bit per posting kind
}

function kindBit(kind: SectionKind | null): number {
  const i = kind ? POSTING_KINDS.indexOf(kind) : -1;
  return i < 0 ? 0 : 1 << i;
}

function bits(n: number): number {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
}

function hidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
  );
}

function scoreRun(run: Run, into: Stat): void {
  const text = run.text.replace(/\s+/g, ' ').trim();
  const n = text.length;
  if (!n) return;
  if (run.chrome || run.linkChars / n > 0.5) {
    into.score -= 0.5 * n;
    return;
  }
  if (n <= 70 && !/[.!?]\s/.test(text) && text.split(' ').length <= 8) {
    const bit = kindBit(classifyHeading(text));
    if (bit) {
      into.kinds |= bit;
      into.score += HEADING;
      return;
    }
  }
  if ((run.inItem && n >= 15) || n >= 80) {
    into.score += n;
    into.body += n;
    if (run.inItem) into.items++;
    return;
  }
  // A card is many such fragments around one line of summary: each costs a little more than its length.
  into.score -= n / 3 + (run.inItem ? 0 : FRAGMENT);
}

/** The block of `doc` that reads most like a posting, or null where none does. */
export function postingBlock(doc: Document): Element | null {
  const root = doc.body;
  if (!root) return null;
  let best: { el: Element; score: number; stat: Stat } | null = null;
  const scored = new Map<Element, { score: number; stat: Stat }>();

  /** Visits a block element: its own runs and its blocks below, and returns its totals. */
  const block = (el: Element, chrome: boolean, inItem: boolean): Stat => {
    const stat: Stat = { score: 0, body: 0, items: 0, kinds: 0 };
    let run: Run = { text: '', linkChars: 0, inItem, chrome };
    const flush = (): void => {
      scoreRun(run, stat);
      run = { text: '', linkChars: 0, inItem, chrome };
    };
    const inline = (node: Node, inLink: boolean, itemHere: boolean, chromeHere: boolean): void => {
      if (node.nodeType === 3) {
        const v = node.nodeValue ?? '';
        run.text += v;
        if (inLink) run.linkChars += v.replace(/\s+/g, ' ').trim().length;
        return;
      }
      if (node.nodeType !== 1) return;
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag) || hidden(child)) return;
      if (tag === 'BR') {
        flush();
        return;
      }
      const childChrome = chromeHere || CHROME_TAGS.has(tag) || CHROME_ROLES.test(child.getAttribute('role') ?? '');
      if (BLOCK.has(tag) || childChrome !== chromeHere) {
        flush();
        // A bullet is an item's own line (or its paragraph): not the blocks of a job card laid out in an <li>.
        const sub = block(child, childChrome, tag === 'LI' || (itemHere && tag === 'P'));
        stat.score += sub.score;
        stat.body += sub.body;
        stat.items += sub.items;
        stat.kinds |= sub.kinds;
        return;
      }
      for (let c = child.firstChild; c; c = c.nextSibling) inline(c, inLink || tag === 'A', itemHere, chromeHere);
    };
    for (let c = el.firstChild; c; c = c.nextSibling) inline(c, el.tagName.toUpperCase() === 'A', inItem, chrome);
    flush();
    const bonus = bits(stat.kinds) * KIND_BONUS;
    const hint = DESCRIPTION_HINT.test(`${el.id} ${el.getAttribute('class') ?? ''}`) ? 0.25 * Math.max(stat.score, 0) : 0;
    const score = stat.score + bonus + hint;
    if (!chrome) {
      scored.set(el, { score, stat: { ...stat } });
      if (!best || score > best.score) best = { el, score, stat: { ...stat } };
    }
    return stat;
  };
  block(root, false, false);
  let found = best as { el: Element; score: number; stat: Stat } | null;
  if (!found || found.score <= 0) return null;
  // The smallest block that still holds the posting: a child with the same posting headings and most of
  // the score (Built In's description beside "Similar Jobs" and a city guide, all in one row).
  for (let moved = true; moved; ) {
    moved = false;
    const share = found.stat.kinds ? 0.6 : 0.85;
    for (const child of Array.from(found.el.children)) {
      const c = scored.get(child);
      if (c && c.stat.kinds === found.stat.kinds && c.score >= share * found.score) {
        found = { el: child, ...c };
        moved = true;
        break;
      }
    }
  }
  const { stat } = found;
  // A posting: enough prose, and headings a posting has, or bullets, or length.
  const enough = stat.body >= 200 && (stat.kinds !== 0 || stat.items >= 3 || stat.body >= 600);
  return enough ? found.el : null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The job's title: the block's own h1, else the last h1 above the block (a
 * job pane's header sits just above its description), else the page's
 * <title> — as the board writes it, or '{company} hiring {title} …'.
 */
const line = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** An h1 that names the page's job, not a card's link, a menu or a list. */
const usableHeading = (h: Element): boolean => !h.closest('a, li, nav, footer, aside') && line(h).length > 0 && line(h).length <= 200;

function titleFor(doc: Document, block: Element): { title: string; company: string; location: string } {
  const usable = usableHeading;
  // An h1 inside the description that names a section ('About Ramp') is not the job's title.
  const own = Array.from(block.querySelectorAll('h1')).find((h) => usable(h) && !classifyHeading(line(h)));
  const above = Array.from(doc.querySelectorAll('h1'))
    .filter((h) => usable(h) && (h.compareDocumentPosition(block) & FOLLOWING) !== 0)
    .pop();
  const page = doc.title.replace(/\s+/g, ' ').trim();
  // Glassdoor and others: 'Acme hiring Senior Engineer Job in Austin, TX | Glassdoor'.
  const hiring = /^(.+?) hiring (.+?)(?: Job)?(?: in (.+?))?\s+[|–—-]\s+[^|–—-]+$/.exec(page);
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? '';
  return {
    title: line(own) || line(above) || hiring?.[2] || page,
    company: hiring?.[1] ?? siteName,
    location: hiring?.[3] ?? '',
  };
}

/** The posting-like block of any page as a posting (site 'page'), or null where no block reads like one. */
export function readPostingBlock(doc: Document, url: URL): Posting | null {
  const block = postingBlock(doc);
  if (!block) return null;
  const { title, company, location } = titleFor(doc, block);
  let text = readableText(block);
  // The title at the block's top is the posting's name, not its first line of text.
  if (title && text.startsWith(`${title}\n`)) text = text.slice(title.length + 1).trimStart();
  if (text.length < 200) return null;
  return { site: 'page', url: url.href, title, company, location, sections: splitSections(text) };
}
