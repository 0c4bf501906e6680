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
  const sorted = [d.required > 0 ? `${d.required} as required` : '', d.preferred > 0 ? `${d.preferred} as nice to have` : ''].filter(Boolean);
  if (sorted.length) parts.push(`; of the postings that sort their asks, ${sorted.join(' and ')}`);
  if (d.with.length) parts.push(`; usually with ${list(d.with.map(name))}`);
  let s = `${parts.join('')}.`;
  if (d.small) s += ' Few postings name it, so read the share loosely.';
  return s;
}

/** "Backend Engineer: 47% (49)" for the roles (with enough postings) that ask for it most, at most `max`. */
export function roleShares(d: SkillDemand, title: (roleId: string) => string, max = 4): string[] {
  return Object.entries(d.byRole ?? {})
    .sort((a, b) => b[1].share - a[1].share || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([id, r]) => `${title(id)}: ${pct(r.share)} (${r.n})`);
}

/** "Asked in 47% of Backend Engineer postings (49 of 104)." where the role has enough postings, else null. */
export function roleDemandText(d: SkillDemand, roleId: string, roleTitle: string, rolePostings: number | undefined): string | null {
  const r = d.byRole?.[roleId];
  if (!r || !rolePostings) return null;
  return `Asked in ${pct(r.share)} of ${roleTitle} postings (${r.n} of ${rolePostings})${r.n < SMALL_N ? ', few postings' : ''}.`;
}
