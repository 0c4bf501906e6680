import type { RequirementItem } from '../requirements/types';
import type { RequirementVerdict, Verdict } from './requirements';

/**
 * The score from the posting's requirements, as a reader would weigh them:
 * each requirement the resume meets counts 1, one it partly meets ½, one it
 * does not meet 0; a required one counts twice a nice-to-have. A requirement
 * the resume says nothing about either way ("unknown": no dated roles, a
 * work permit, a soft skill) is left out of the sum rather than guessed, and
 * the explanation says how many were left out. Everything is in the one line
 * the user reads, so the figure can be checked by hand:
 *   (2 × (met + ½ partial) required + (met + ½ partial) nice-to-have) ÷ (2 × counted required + counted nice-to-have).
 * A required clearance or work authorisation the resume does not meet (or meets at a lower level than asked held from the start) is a bar, not one item among others: no count
 * of skills makes up for it, so it caps the score at BAR_CAP, and the line says so (session 49: an "active Secret
 * clearance" unmet beside six skills met read 83).
 */
export const ITEM_WEIGHT = { required: 2, preferred: 1 } as const;
export const PARTIAL_CREDIT = 0.5;
/** The most a posting can score when the resume fails one of its bars (a clearance or work authorisation required). */
export const BAR_CAP = 45;
const BAR_KINDS: ReadonlySet<RequirementItem['kind']> = new Set(['clearance', 'authorization']);

export type VerdictCounts = Record<Verdict, number>;

export interface RequirementScore {
  /** 0–100. */
  score: number;
  /** The figures the score is made of, in a few words ("7 of 9 required met, 1 partly; 2 of 4 nice-to-have met"). */
  summary: string;
  /** The summary, the score, and how it is made: one line a user can check by hand. */
  explanation: string;
  counts: { required: VerdictCounts; preferred: VerdictCounts };
}

const zero = (): VerdictCounts => ({ met: 0, partial: 0, unmet: 0, unknown: 0 });

/** Null when no requirement can be counted (none listed, or the resume says nothing about any): the caller falls back to skill coverage. */
export function scoreRequirements(items: readonly RequirementItem[], verdicts: readonly RequirementVerdict[]): RequirementScore | null {
  const counts = { required: zero(), preferred: zero() };
  items.forEach((item, i) => {
    counts[item.importance][verdicts[i]?.verdict ?? 'unknown']++;
  });
  const counted = (c: VerdictCounts) => c.met + c.partial + c.unmet;
  const credit = (c: VerdictCounts) => c.met + PARTIAL_CREDIT * c.partial;
  const total = ITEM_WEIGHT.required * counted(counts.required) + ITEM_WEIGHT.preferred * counted(counts.preferred);
  if (total === 0) return null;
  const got = ITEM_WEIGHT.required * credit(counts.required) + ITEM_WEIGHT.preferred * credit(counts.preferred);
  const raw = Math.round((100 * got) / total);
  // (The bars failed, by kind: "a required clearance", "a required work authorisation".)
  // (s50: a clearance asked held at the start, "Active TS/SCI with polygraph required at start", against a lower level held,
  // Secret, is partly met as a level but is a bar all the same, `bar`: the job cannot begin until the higher one is granted.)
  // (s53: or a language the verdict marks as a condition of the post, "Bilingual imperative BBB/BBB".)
  const bars = [...new Set(items.filter((item, i) => item.importance === 'required' && ((BAR_KINDS.has(item.kind) && verdicts[i]?.verdict === 'unmet') || verdicts[i]?.bar)).map((item) => item.kind))];
  const capped = bars.length > 0 && raw > BAR_CAP;
  const score = capped ? BAR_CAP : raw;

  const part = (c: VerdictCounts, label: string) =>
    counted(c) === 0 ? null : `${c.met} of ${counted(c)} ${label} met${c.partial ? `, ${c.partial} partly` : ''}`;
  const summary = [part(counts.required, 'required'), part(counts.preferred, 'nice-to-have')].filter(Boolean).join('; ');
  const unknown = counts.required.unknown + counts.preferred.unknown;
  const rules = [
    counted(counts.required) && counted(counts.preferred) ? 'a required item counts twice a nice-to-have' : null,
    counts.required.partial + counts.preferred.partial ? 'one partly met counts half' : null,
    unknown ? `${unknown} the resume says nothing about ${unknown === 1 ? 'is' : 'are'} not counted` : null,
  ].filter(Boolean);
  const bar = bars.map((k) => (k === 'clearance' ? 'a required clearance' : k === 'language' ? 'a language required by the post' : 'a required work authorisation')).join(' and ');
  const cap = capped ? `, capped at ${BAR_CAP}: the resume does not meet ${bar}` : '';
  const explanation = `${summary} → ${raw}${cap}.${rules.length ? ` ${capitalise(rules.join('; '))}.` : ''}`;
  return { score, summary, explanation, counts };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
