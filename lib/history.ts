import { z } from './zod';
import type { TabReport } from './report';

/**
 * The postings the user analysed with a resume saved, one entry per job
 * (keyed by jobKey: analysing the same job again updates its entry), and what
 * they show across postings: the skills the user lacks most often.
 */
export const HistoryMissing = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  importance: z.enum(['required', 'preferred', 'mentioned']),
  /** Extension-relative, as the report gives it; held to this shape so an imported file cannot smuggle a javascript: link. */
  guide: z.string().check(z.regex(/^guide\.html(#[a-z0-9-]*)?$/), z.maxLength(300)),
});
export type HistoryMissing = z.infer<typeof HistoryMissing>;

/** The latest instant a JavaScript Date can hold (±8.64e15 ms): beyond it `new Date(ms)` is invalid and formatting it throws. */
export const MAX_TIME = 8.64e15;

/** A stored instant (ms since the epoch) that makes a valid Date: 1e300, NaN or a negative number are not dates. */
export const Time = z.number().check(z.int(), z.gte(0), z.lte(MAX_TIME));

/** A Date for an instant, or null when it is not one (for display: a stored record may predate validation). */
export function validDate(ms: unknown): Date | null {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return null;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d;
}

export const HistoryEntry = z.object({
  jobKey: z.string().check(z.minLength(1), z.maxLength(500)),
  url: z.string().check(z.maxLength(4000)),
  title: z.string().check(z.maxLength(500)),
  company: z.string().check(z.maxLength(500)),
  site: z.string().check(z.maxLength(50)),
  score: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(100))),
  missing: z.array(HistoryMissing).check(z.maxLength(500)),
  /** When it was last analysed (ms since the epoch). */
  viewedAt: Time,
  /**
   * What the score is made of: the posting's requirements, or skill coverage where it lists none Fitmark can judge.
   * Absent on entries stored before the requirements model: their score is the old keyword coverage, kept as it was.
   */
  basis: z.optional(z.enum(['requirements', 'skills'])),
  /** The resume the score is for, and whether the user chose it for this posting (else it was the active one). */
  resumeId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  resumeName: z.optional(z.string().check(z.maxLength(500))),
  chosen: z.optional(z.boolean()),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The most entries kept: the oldest go first. Enough for months of searching, small enough to stay fast. */
export const HISTORY_LIMIT = 2000;

/** The history entry a report makes; `chosen` when the user picked the report's resume for this posting. */
export function historyEntryFrom(report: TabReport, viewedAt: number, chosen = false): HistoryEntry {
  return HistoryEntry.parse({
    ...(report.basis ? { basis: report.basis } : {}),
    ...(report.resumeId ? { resumeId: report.resumeId, chosen } : {}),
    ...(report.resumeName !== null ? { resumeName: report.resumeName.slice(0, 500) } : {}),
    jobKey: report.jobKey,
    url: report.posting.url,
    title: report.posting.title,
    company: report.posting.company,
    site: report.posting.site,
    score: report.score,
    missing: report.missing.map((m) => ({ id: m.id, name: m.name, importance: m.importance, guide: m.guide })),
    viewedAt,
  });
}

/** A date's sort key: one that is not a date sorts last, never scrambles the order (NaN compares false to all). */
const timeKey = (ms: number) => (validDate(ms) ? ms : -Infinity);

/** Newest first; ties (same millisecond) by title, so the order is stable. Entries without a valid date go last. */
/** How a stored score was made, in words (for the history page): entries from before the requirements model say so. */
export function scoreBasisLabel(e: Pick<HistoryEntry, 'basis'>): string {
  return e.basis === 'requirements' ? 'requirements met' : e.basis === 'skills' ? 'skills shown' : 'keywords (older Fitmark)';
}

export function sortHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => timeKey(b.viewedAt) - timeKey(a.viewedAt) || String(a.title).localeCompare(String(b.title)));
}

export interface MissingStat {
  id: string;
  name: string;
  /** Postings that ask for the skill and found it missing from the resume. */
  count: number;
  /** Of those, how many require it. */
  required: number;
  /** count / the number of postings, 0–1. */
  share: number;
  /** The guide section, as the newest posting that lacked it linked it. */
  guide: string;
}

/**
 * The skills missing most often across postings: most postings first, then
 * most often required, then by name. `limit` keeps the top few.
 */
export function missingSkillStats(entries: readonly HistoryEntry[], limit = Infinity): MissingStat[] {
  const stats = new Map<string, MissingStat & { newest: number }>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const m of e.missing) {
      if (seen.has(m.id)) continue; // a posting counts once per skill
      seen.add(m.id);
      const s = stats.get(m.id) ?? { id: m.id, name: m.name, count: 0, required: 0, share: 0, guide: m.guide, newest: -Infinity };
      s.count++;
      if (m.importance === 'required') s.required++;
      if (e.viewedAt >= s.newest) Object.assign(s, { newest: e.viewedAt, guide: m.guide, name: m.name });
      stats.set(m.id, s);
    }
  }
  const total = entries.length;
  return [...stats.values()]
    .map(({ newest: _, ...s }) => ({ ...s, share: total ? s.count / total : 0 }))
    .sort((a, b) => b.count - a.count || b.required - a.required || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Only http(s) links are shown: a page's own URL is the page's word, and `javascript:` is not a posting. */
export function safeHttpUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma, or line
 * break, quotes doubled. Text that a spreadsheet would run as a formula
 * (= + - @, tab, CR first) gets a leading apostrophe: titles come from web
 * pages (OWASP, "CSV Injection").
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = ['Date', 'Title', 'Company', 'Site', 'Score', 'URL', 'Missing skills', 'Missing required skills'] as const;

/** The history as CSV, newest first, CRLF line ends; dates are ISO 8601 (UTC), empty where a stored date is not one. */
export function historyToCsv(entries: readonly HistoryEntry[]): string {
  const rows = sortHistory(entries).map((e) => [
    validDate(e.viewedAt)?.toISOString() ?? '',
    e.title,
    e.company,
    e.site,
    e.score,
    e.url,
    e.missing.map((m) => m.name).join('; '),
    e.missing.filter((m) => m.importance === 'required').map((m) => m.name).join('; '),
  ]);
  return [CSV_COLUMNS, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
