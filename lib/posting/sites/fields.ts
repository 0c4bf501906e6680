import type { Json } from './jsonld';

/*
 * A board's own labelled fields, read beside the description: its pay ("$140,000 - $170,000 a year" in Indeed's
 * header, Ashby's "Compensation" entry, JSON-LD's baseSalary) and its workplace type (Lever's and Workday's
 * "Hybrid", Ashby's "Location Type"). Boards draw them outside the description, so a reader of the description alone
 * misses that a job is hybrid or what it pays. They go to `Posting.fields` as "Label: value" lines: the facts read
 * them, the skills never do, and the description (and the offsets the page's marks use) stays as the page has it.
 */

/** The fields with a value, as "Label: value" lines; undefined where there is none. */
export function fieldLines(entries: ReadonlyArray<readonly [label: string, value: string]>): string[] | undefined {
  const lines = entries.map(([label, value]) => [label, value.replace(/\s+/g, ' ').trim()] as const).filter(([, v]) => v).map(([l, v]) => `${l}: ${v}`);
  return lines.length ? lines : undefined;
}

const UNIT: Readonly<Record<string, string>> = { YEAR: 'a year', MONTH: 'a month', WEEK: 'a week', DAY: 'a day', HOUR: 'an hour' };

function amount(v: Json | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/,/g, '')) : NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * JSON-LD's baseSalary as a pay line ("USD 168,000 - 275,100 a year"), or ''. A zero or missing figure (boards fill
 * the field with 0 when the employer gives none) or a unit other than the five is left out.
 */
export function payFromLd(base: Json | undefined): string {
  if (!base || typeof base !== 'object' || Array.isArray(base)) return '';
  const currency = typeof base.currency === 'string' && /^[A-Z]{3}$/.test(base.currency.trim()) ? base.currency.trim() : '';
  const v = base.value;
  if (!currency || !v || typeof v !== 'object' || Array.isArray(v)) return '';
  const unit = UNIT[typeof v.unitText === 'string' ? v.unitText.trim().toUpperCase() : ''];
  const lo = amount(v.minValue) ?? amount(v.value);
  const hi = amount(v.maxValue);
  if (!unit || lo === null) return '';
  const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return hi !== null && hi > lo ? `${currency} ${fmt(lo)} - ${fmt(hi)} ${unit}` : `${currency} ${fmt(lo)} ${unit}`;
}
