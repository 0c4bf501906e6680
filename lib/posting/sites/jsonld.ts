import { blockText, tidy } from '../dom-text';
import { decodeEntities, parseInert } from '../inert';
import { classifyHeading, splitSections } from '../sections';
import type { Posting, SiteAdapter } from '../types';
import { fieldLines, payFromLd } from './fields';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JobPostingLd = Record<string, Json>;

/** Every JobPosting object in the page's JSON-LD, walking arrays and @graph. */
export function jobPostingsIn(doc: Document): JobPostingLd[] {
  const out: JobPostingLd[] = [];
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

export function str(v: Json | undefined): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.name === 'string') return v.name.trim();
  return '';
}

/** The job's own id (`identifier.value`), which boards set to the id in their URLs. */
export function jsonLdJobId(job: JobPostingLd): string {
  const id = job.identifier;
  if (id && typeof id === 'object' && !Array.isArray(id)) return str(id.value);
  return str(id);
}

// Made on first use: building it costs ~20 ms, paid at start-up by every script
// that imports the registry when it was a module-level constant (issue 16).
let regions: Intl.DisplayNames | null | undefined;
function regionNames(): Intl.DisplayNames | null {
  if (regions === undefined) regions = typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
  return regions;
}

/**
 * levels.fyi writes addressCountry "DE" where the page shows "Germany", and
 * Waymo's career site "US" where its title says "United States": spell
 * two-letter codes out. Three-letter codes ("USA") are left as written.
 */
function country(v: Json | undefined): string {
  const c = str(v);
  const names = /^[A-Z]{2}$/.test(c) ? regionNames() : null;
  if (!names) return c;
  try {
    return names.of(c) ?? c;
  } catch {
    return c;
  }
}

function place(v: Json | undefined): string {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names = list.map((l) => {
    if (!l || typeof l !== 'object' || Array.isArray(l)) return str(l);
    const a = l.address;
    if (a && typeof a === 'object' && !Array.isArray(a)) {
      return [str(a.addressLocality), str(a.addressRegion), country(a.addressCountry)].filter(Boolean).join(', ');
    }
    return str(l.name);
  });
  return [...new Set(names.filter(Boolean))].join('; ');
}

/** Where a remote job may be done from: applicantLocationRequirements, one name or several. */
function remoteFrom(v: Json | undefined): string {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names = list.flatMap((l) => {
    if (l && typeof l === 'object' && !Array.isArray(l) && Array.isArray(l.name)) return l.name.map(country);
    return [country(l)];
  });
  return [...new Set(names.filter(Boolean))].join('; ');
}

export function jsonLdLocation(job: JobPostingLd): string {
  const at = place(job.jobLocation);
  if (at) return at;
  if (str(job.jobLocationType) !== 'TELECOMMUTE') return '';
  const where = remoteFrom(job.applicantLocationRequirements);
  return where ? `Remote (${where})` : 'Remote';
}

/**
 * Text as a reader sees it, on a copy of `root`: what the page hides is left
 * out, and a list item's own paragraph is unwrapped. Ashby, Built In and
 * Lever write `<li><p>Commuter benefits</p></li>`; read as is, the bullet
 * lands on a line of its own and "Commuter benefits" reads as a heading.
 */
/** The readable text of a copy of `el` with the parts matching `exclude` (apply buttons, forms) taken out. */
export function readableTextWithout(el: Element, exclude: readonly string[]): string {
  const copy = el.cloneNode(true) as Element;
  if (exclude.length) for (const x of Array.from(copy.querySelectorAll(exclude.join(', ')))) x.remove();
  return readableText(copy);
}

export function readableText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll('[style]'))) {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) el.remove();
  }
  for (const li of Array.from(copy.querySelectorAll('li'))) {
    const first = li.firstElementChild;
    const before = first ? textBefore(li, first) : '';
    if (first?.tagName === 'P' && !before.trim()) first.replaceWith(...Array.from(first.childNodes));
  }
  return blockText(copy);
}

function textBefore(parent: Element, child: Element): string {
  let t = '';
  for (let n = parent.firstChild; n && n !== child; n = n.nextSibling) t += n.textContent ?? '';
  return t;
}

/** Turns the description's HTML into text in an inert document: nothing in it runs or loads. */
export function htmlToText(doc: Document, html: string): string {
  // Workday and levels.fyi write plain text with line breaks, not HTML.
  if (!/<\/?[a-z][^>]*>|&lt;\/?[a-z]/i.test(html)) return tidy(decodeEntities(doc, html));
  // Some sites escape their HTML twice inside JSON-LD.
  const once = /&lt;\/?[a-z]/i.test(html) && !/<\/?[a-z]/i.test(html) ? decodeEntities(doc, html) : html;
  return readableText(parseInert(doc, once).body);
}

/**
 * Workable puts the page's "Requirements" and "Benefits" in `qualifications`
 * and `jobBenefits` and glues them onto `description` without their headings,
 * so every line would count the same. Where a part appears whole in the text
 * and no heading stands above it, the page's heading goes back in.
 */
const PART_HEADINGS: ReadonlyArray<[string, string]> = [
  ['qualifications', 'Requirements'],
  ['jobBenefits', 'Benefits'],
];

function restoreHeadings(doc: Document, job: JobPostingLd, text: string): string {
  let out = text;
  for (const [field, heading] of PART_HEADINGS) {
    const raw = str(job[field]);
    if (!raw) continue;
    const part = htmlToText(doc, raw);
    const at = part.length >= 20 ? out.indexOf(part) : -1;
    if (at < 0) continue;
    const lineAbove = out.slice(0, at).trimEnd().split('\n').pop() ?? '';
    if (classifyHeading(lineAbove)) continue;
    out = `${out.slice(0, at)}${at > 0 ? '\n' : ''}${heading}\n${out.slice(at)}`;
  }
  return out;
}

/** The description of a JobPosting as text, with headings the page shows and the data left out. */
export function jsonLdDescription(doc: Document, job: JobPostingLd): string {
  return restoreHeadings(doc, job, htmlToText(doc, str(job.description)));
}

export function postingFromJsonLd(
  doc: Document,
  url: URL,
  site = 'jsonld',
  accept: (job: JobPostingLd) => boolean = () => true,
): Posting | null {
  const job = jobPostingsIn(doc).find(accept);
  if (!job) return null;
  const description = jsonLdDescription(doc, job);
  const title = str(job.title);
  if (!title || description.length < 40) return null;
  return {
    site,
    url: url.href,
    title,
    company: str(job.hiringOrganization),
    location: jsonLdLocation(job),
    sections: splitSections(description),
    ...withFields(fieldLines([['Pay', estimatedPay(doc) ? '' : payFromLd(job.baseSalary)]])),
  };
}

/**
 * The page calls the pay it shows an estimate ("$97,836 - $151,127 (base salary estimate from …)", "(Jobfinder est.)"; an "(Employer est.)" is the employer's):
 * a job site's guess put in the JSON-LD, not the employer's pay.
 */
function estimatedPay(doc: Document): boolean {
  const text = doc.body?.textContent ?? '';
  return /\b(?:salary|pay|compensation|wage)\s+estimates?\b|\bestimated\s+(?:base\s+|total\s+)?(?:salary|pay|compensation|wage)\b|\((?!\s*employer\b)[\w. ]{2,20}\s+est\.\)/i.test(text);
}

/** `{ fields }` where there are some, else nothing: a posting without fields keeps its shape. */
export function withFields(fields: string[] | undefined): { fields?: string[] } {
  return fields ? { fields } : {};
}

/** `<meta property="og:…">` (or name=…) content, trimmed; '' where absent. */
export function metaContent(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim() ?? '';
}

/** Any page that carries schema.org JobPosting data (SmartRecruiters, iCIMS, Workable, career sites). */
export const jsonld: SiteAdapter = {
  id: 'jsonld',
  examples: [],
  matches: () => false, // never chosen by URL: it is the fallback for every page
  jobKey: (url) => `jsonld:${url.origin}${url.pathname}`,
  extract: (doc, url) => postingFromJsonLd(doc, url),
};

/** 'hippocratic-ai' or 'Hippocratic%20AI' (a URL's company slug) as a name: 'Hippocratic AI'. */
export function nameFromSlug(slug: string): string {
  let s = slug;
  try {
    s = decodeURIComponent(slug);
  } catch {
    // a stray % is left as written
  }
  return s
    .replace(/[-_+]+/g, ' ')
    .trim()
    .replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
