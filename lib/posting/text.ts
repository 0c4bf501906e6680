import { tidy } from './dom-text';
import { splitSections } from './sections';
import type { Posting, PostingSection } from './types';

/** A header cell that names a job: "Senior Backend Engineer", "Multiple roles", "Founding SRE". */
const ROLE_CELL =
  /\b(?:engineers?|engineering manager|developers?|devs?|scientists?|designers?|managers?|leads?|architects?|analysts?|sres?|devops|roles?|positions?|openings?|founding|cto|head of|director|researchers?|specialists?|interns?|internships?|administrators?|consultants?|programmers?|technicians?|recruiters?|writers?|swes?|member of technical staff|mts)\b/i;
/** A header cell that says where: "Remote (US)", "London, UK", "Hybrid in Austin, TX", "NYC / SF". */
const PLACE_WORD =
  /\b(?:remote|hybrid|on-?site|in[- ]office|in person|relocation|worldwide|anywhere|timezones?|usa?|uk|eu|emea|apac|latam|nyc|sf|bay area|europe|canada|germany|france|india|australia|london|berlin|paris|amsterdam|toronto|new york|san francisco|seattle|boston|austin|chicago|los angeles|denver)\b/i;
const isPlace = (c: string): boolean => PLACE_WORD.test(c) || /,\s*[A-Z]{2}\b/.test(c);
/** A cell that opens on where the work is done ("Remote, hiring in the US: senior and staff levels") is the place. */
const PLACE_FIRST = /^(?:100%\s+)?(?:remote|hybrid|on-?site|in[- ]office)\b/i;
/** A town with its district's or canton's code in brackets: "Lyon (69)", "Zug (ZG)", "Bilbao (48)". */
const TOWN_CODED = /^\p{Lu}[\p{L}.'-]+(?:[ -]\p{Lu}[\p{L}.'-]+)*\s*\((?:\d{2,3}|[A-Z]{2,3})\)$/u;
/** Work mode said in the posting's own language: "Hybride", "Remoto", "Télétravail", "Presencial", "Homeoffice". */
const WORK_MODE_ABROAD = /^(?:hybride|h[i\u00ed]brido|remoto|t[e\u00e9]l[e\u00e9]travail|presencial|pr[e\u00e9]sentiel|homeoffice|mobiles arbeiten|zdalnie|hybrydowo)$/iu;
/** A cell that is an address, a salary or a kind of contract, never the title or the place. */
const OTHER_CELL = /^(?:https?:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+\/?$|^[$€£]|\b(?:full[- ]?time|part[- ]?time|contract|salary|equity|visa)\b/i;

/**
 * The employer a one-line title names: "Cassandra Health — Database Reliability Engineer" (the employer first, then the
 * job, across a spaced dash), "Inference Platform Engineer at Quillfeather". Not "Data Engineer – Stockholm" (a job,
 * then a place: the employer never comes second across a dash) nor "Kotlin Developer – Noida – Immediate" (three parts).
 */
function employerOfTitle(title: string): string {
  const sides = title.split(/\s+[\u2013\u2014]\s+|\s+-\s+/);
  if (sides.length === 2) {
    const [name, job] = sides as [string, string];
    const words = name.split(/\s+/).length;
    if (ROLE_CELL.test(job) && !ROLE_CELL.test(name) && !isPlace(name) && !OTHER_CELL.test(name) && /^[A-Z]/.test(name) && !/\d/.test(name) && words <= 4) return name;
    return '';
  }
  const at = /^(.{3,60}?)\s+at\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})(?:\s*\([^()]*\))?$/.exec(title);
  return at && ROLE_CELL.test(at[1]!) && !isPlace(at[2]!) ? at[2]! : '';
}

/**
 * A posting given as plain text (a file, a paste, a selection). The first
 * line names the job: "Company | Title | Place | …" as on Hacker News, or
 * just the title. The cells after the company come in any order ("Acme | Remote (EU) | Senior SRE | Full-time"):
 * the title is the first that names a job (else the first that is neither a place, an address, a salary nor a contract),
 * the place the first that says where.
 * Section offsets are offsets into `text` itself.
 */
export function postingFromText(text: string, url = '', site = 'text'): Posting {
  const first = text.split('\n').find((l) => l.trim())?.trim() ?? '';
  let title = '';
  let company = '';
  let location = '';
  const parts = first.split(/\s*\|\s*/).map((p) => p.trim());
  if (parts.length >= 3 && (first.includes(' | ') || parts.length >= 4)) {
    // (A header that opens on the job, "Head of Infrastructure | Remote | $180k", names no company.)
    const opensOnJob = ROLE_CELL.test(parts[0]!) && !parts.slice(1).some((c) => ROLE_CELL.test(c) && !OTHER_CELL.test(c) && !PLACE_FIRST.test(c));
    const cells = opensOnJob ? parts : parts.slice(1);
    company = opensOnJob ? '' : parts[0]!;
    title =
      cells.find((c) => ROLE_CELL.test(c) && !OTHER_CELL.test(c) && !PLACE_FIRST.test(c)) ?? cells.find((c) => c.length <= 60 && !/[.!?]\s/.test(c) && !isPlace(c) && !OTHER_CELL.test(c)) ?? '';
    location = cells.find((c) => c !== title && isPlace(c) && !/^(?:https?:\/\/|www\.)/i.test(c)) ?? '';
  } else if (first.length <= 100) {
    title = tidy(first.replace(/^#+\s*/, ''));
    company = employerOfTitle(title);
    if (!company) company = employerOfMetaLine(text.split('\n').map((l) => l.trim()).filter(Boolean)[1] ?? '');
  }
  return { site, url, title, company, location, sections: lastLineKept(text, splitSections(text)) };
}

/**
 * (s55) A heading heads what comes under it: the last line of a text, with nothing under it, is no heading, whatever its
 * words ("Fluent English; German a plus", "Right to work in the EU required" closing a short posting). Taken for a heading
 * it heads nothing, and no part keeps it: the line is lost to the readers of asks and facts. It is kept as a line of its own.
 */
function lastLineKept(text: string, sections: PostingSection[]): PostingSection[] {
  const trimmed = text.trimEnd();
  const lineAt = trimmed.lastIndexOf('\n') + 1;
  const line = trimmed.slice(lineAt).trim();
  if (!line || lineAt === 0 || sections.length === 0) return sections;
  const start = lineAt + (trimmed.slice(lineAt).length - trimmed.slice(lineAt).trimStart().length);
  // (A label and its text on one line, "Must have: 7+ years …; strong SQL.", is a heading over that text: the line is kept.)
  const end = start + line.length;
  if (sections.some((s) => s.text.length > 0 && s.offset < end && start < s.offset + s.text.length)) return sections;
  return [...sections, { kind: 'other', heading: '', text: line, offset: start }];
}

/**
 * The line under a title that names the employer and where the job is, as career pages and LinkedIn print it: "Pinecone
 * Grocers — Portland, OR (on-site)", "Routewise · Chicago, IL (Hybrid) · Full-time". The first part is the employer
 * when it is a name (capitalised, at most five words, no job or place) and a later part says where or how the job is done.
 */
function employerOfMetaLine(line: string): string {
  const parts = line.split(/\s+[\u00b7\u2022|\u2013\u2014]\s+|\s+-\s+/).map((p) => p.trim());
  if (parts.length < 2 || line.length > 140) return '';
  const name = parts[0]!;
  const words = name.split(/\s+/);
  const named = words.length <= 5 && words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|and|de|the|for|y|e|und)$/.test(w));
  // (A comma makes a place, "Athens, Attica, Greece", unless a legal form follows it: "Acme, Inc.".)
  const placeLike = name.includes(',') && !/,\s*(?:inc|llc|ltd|gmbh|corp|co)\b/i.test(name);
  // (Nor a label and its value: "Job ID: 2025-4471".)
  if (!named || placeLike || name.includes(':') || ROLE_CELL.test(name) || isPlace(name) || OTHER_CELL.test(name) || /[.!?:]$/.test(name)) return '';
  return parts.slice(1).some((p) => isPlace(p) || PLACE_FIRST.test(p) || /^(?:[A-Z][\p{L}.-]+(?: [A-Z][\p{L}.-]+)*),\s*[A-Z]/u.test(p) || TOWN_CODED.test(p) || WORK_MODE_ABROAD.test(p)) ? name : '';
}
