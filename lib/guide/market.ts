/**
 * Market figures: how often real postings ask for each skill, computed from
 * a corpus by test/tools/market.ts (`npm run market`) and shipped as
 * taxonomy/market.json. Never written by hand: a test recomputes the file
 * from the corpus and fails on any difference.
 */

/** Where the figures come from. */
export interface MarketSource {
  /** The corpus file, relative to ../shared/fixtures/. */
  corpus: string;
  /** First and last run dates in it, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Items in the file, and how many of them count as job postings. */
  items: number;
  postings: number;
  /** Items left out, by reason (see `rule`). */
  skipped: Record<string, number>;
  /** How an item is told to be a posting, in words. */
  rule: string;
}

export interface SkillFigures {
  /** Postings that ask for it. */
  n: number;
  /** n / postings, to four places. */
  share: number;
  /** Of those n: how many ask for it in a requirements or responsibilities part, a nice-to-have part, or elsewhere in the text. */
  required: number;
  preferred: number;
  mentioned: number;
  /** Skill ids asked with it more often than by postings at large, strongest first (at most three). */
  with: string[];
  /** Share within each role's postings, for roles with at least MIN_ROLE_POSTINGS postings (and where n ≥ 1). */
  byRole?: Record<string, { n: number; share: number }>;
  /** Set where n < SMALL_N: too few postings for the share to mean much. */
  small?: true;
}

export interface Market {
  source: MarketSource;
  /** Postings per detected role (null role: "none"). */
  roles: Record<string, number>;
  skills: Record<string, SkillFigures>;
}

export type SkillDemand = SkillFigures & { source: MarketSource };

/** Skills named by fewer postings than this are left out of the data. */
export const MIN_N = 3;
/** Below this many postings a share is flagged as small. */
export const SMALL_N = 20;
/** Per-role shares only for roles with at least this many postings. */
export const MIN_ROLE_POSTINGS = 30;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan–May 2026" for 2026-01-01 … 2026-05-05. */
export function period(from: string, to: string): string {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const f = MONTHS[fm - 1]!;
  const t = MONTHS[tm - 1]!;
  if (fy !== ty) return `${f} ${fy}–${t} ${ty}`;
  return fm === tm ? `${f} ${fy}` : `${f}–${t} ${fy}`;
}

const pct = (x: number): string => {
  const p = 100 * x;
  return p >= 10 ? `${Math.round(p)}%` : p >= 1 ? `${Math.round(p * 10) / 10}%` : `${(Math.round(p * 10) / 10).toFixed(1)}%`;
};

const list = (xs: string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/**
 * The figures in a sentence: "Asked in 12% of 1,480 postings (Jan–May 2026),
 * as a requirement in 40% of them; usually with Kubernetes and Terraform."
 * `name` turns a skill id into its display name.
 */
export function demandText(d: SkillDemand, name: (id: string) => string): string {
  const parts = [`Asked in ${pct(d.share)} of ${d.source.postings.toLocaleString('en-US')} postings (${period(d.source.from, d.source.to)}, ${d.n} in all)`];
  const said = d.required + d.preferred;
  if (said > 0) parts.push(`; where a posting sorts its asks, ${d.required} ${d.required === 1 ? 'lists' : 'list'} it as required and ${d.preferred} as nice to have`);
  if (d.with.length) parts.push(`; usually with ${list(d.with.map(name))}`);
  let s = `${parts.join('')}.`;
  if (d.small) s += ' Few postings name it, so read the share loosely.';
  return s;
}

/** "Among Full-Stack Engineer postings: 31%." lines, for roles with enough postings. */
export function roleShares(d: SkillDemand, title: (roleId: string) => string): string[] {
  return Object.entries(d.byRole ?? {})
    .sort((a, b) => b[1].share - a[1].share)
    .map(([id, r]) => `${title(id)}: ${pct(r.share)} (${r.n})`);
}
