import { isTerm, termText } from '../requirements/terms';
import type { Role, Skill } from '../skills/schema';
import { guideLink } from './role';
import type { SkillChoices } from './requirements';
import { isSoft, type AlternativeSkill, type FoundSkill, type Importance, type MatchReport, type MatchedSkill, type MissingSkill, type SkillName } from './types';
import { impliedClosure } from '../skills/matcher';

/** Required weighs most, then preferred, then a plain mention. */
export const WEIGHTS: Record<Importance, number> = { required: 3, preferred: 2, mentioned: 1 };
const ORDER: Importance[] = ['required', 'preferred', 'mentioned'];

export interface PostingSkillInput extends FoundSkill {
  importance: Importance;
  /** The posting sentence that asks for it. */
  evidence: string;
}

export interface ResumeSkillInput {
  id: string;
  /** The resume line that shows it. */
  evidence: string;
}

/**
 * Compares a posting's skills with a resume's. A resume skill covers itself
 * and everything it implies (EKS covers Kubernetes and AWS). Soft skills are
 * listed but not scored: resumes rarely name them, and a score that punished
 * that would mislead.
 */
export function compare(
  posting: readonly PostingSkillInput[],
  resume: readonly ResumeSkillInput[],
  byId: ReadonlyMap<string, Skill>,
  role: Role | null,
  roles: readonly Role[],
  /** The matcher's implication closure (Matcher.implied); computed here when not given. */
  implied: ReadonlyMap<string, readonly string[]> = impliedClosure([...byId.values()]),
  /** What the requirement verdicts make of each skill (lib/match/requirements skillChoices): choices of a met group are not missing. */
  choices?: SkillChoices,
): MatchReport {
  const covered = coverage(resume, implied);
  const matched: MatchedSkill[] = [];
  const missing: MissingSkill[] = [];
  const alternatives: AlternativeSkill[] = [];
  const names = (ids: readonly string[] | undefined): SkillName[] =>
    (ids ?? []).flatMap((id) => {
      const k = byId.get(id);
      return k ? [{ id: k.id, name: k.name }] : isTerm(id) ? [{ id, name: termText(id) }] : [];
    });
  const counts = {
    required: { matched: 0, total: 0 },
    preferred: { matched: 0, total: 0 },
    mentioned: { matched: 0, total: 0 },
  };
  let got = 0;
  let total = 0;
  for (const s of posting) {
    const hit = covered.get(s.id);
    if (!hit && choices?.satisfied.has(s.id)) continue; // the field of a degree the resume meets
    const metBy = hit ? undefined : choices?.metBy.get(s.id);
    if (metBy !== undefined) {
      // "Python or Go" with Python shown: Go is a choice the user need not make, neither missing nor counted.
      const by = byId.get(metBy);
      alternatives.push({ id: s.id, name: s.name, category: s.category, importance: s.importance, metBy: { id: metBy, name: by?.name ?? termText(metBy) } });
      continue;
    }
    const scored = !isSoft(s);
    if (scored) {
      counts[s.importance].total++;
      total += WEIGHTS[s.importance];
    }
    if (hit) {
      if (scored) {
        counts[s.importance].matched++;
        got += WEIGHTS[s.importance];
      }
      const via = hit.via === s.id ? undefined : byId.get(hit.via);
      matched.push({
        id: s.id,
        name: s.name,
        category: s.category,
        importance: s.importance,
        evidence: hit.evidence,
        ...(via ? { via: { id: via.id, name: via.name } } : {}),
        ...(choices?.options.has(s.id) ? { options: names(choices.options.get(s.id)) } : {}),
      });
    } else {
      missing.push({
        id: s.id,
        name: s.name,
        category: s.category,
        importance: s.importance,
        evidence: s.evidence,
        guide: guideLink(s.id, role, roles),
        ...(choices?.anyOf.get(s.id)?.length ? { anyOf: names(choices.anyOf.get(s.id)) } : {}),
      });
    }
  }
  const rank = (x: { importance: Importance; category: string }): number =>
    ORDER.indexOf(x.importance) + (isSoft(x) ? 10 : 0);
  matched.sort((a, b) => rank(a) - rank(b));
  missing.sort((a, b) => rank(a) - rank(b));
  alternatives.sort((a, b) => rank(a) - rank(b));
  const score = total === 0 ? null : Math.round((100 * got) / total);
  return { score, basis: 'skills', summary: summarise(counts), explanation: explain(score, counts), counts, matched, missing, alternatives };
}

/** Resume skill id → the skill that shows it, following implications. */
export function coverage(resume: readonly ResumeSkillInput[], implied: ReadonlyMap<string, readonly string[]>) {
  const covered = new Map<string, { via: string; evidence: string }>();
  for (const r of resume) covered.set(r.id, { via: r.id, evidence: r.evidence });
  for (const r of resume) for (const id of implied.get(r.id) ?? []) if (!covered.has(id)) covered.set(id, { via: r.id, evidence: r.evidence });
  return covered;
}

function parts(counts: MatchReport['counts']): string[] {
  return ORDER.filter((k) => counts[k].total > 0).map((k) => {
    const label = k === 'required' ? 'required' : k === 'preferred' ? 'nice-to-have' : 'other';
    return `${counts[k].matched} of ${counts[k].total} ${label}`;
  });
}

function summarise(counts: MatchReport['counts']): string {
  const p = parts(counts);
  return p.length ? `${p.join(', ')} skills shown` : '';
}

function explain(score: number | null, counts: MatchReport['counts']): string {
  if (score === null) return 'This posting names no technical skill to score against.';
  return `You show ${parts(counts).join(', ')} skills. Required skills count ×3, nice-to-haves ×2, other mentions ×1; soft skills are listed but not scored.`;
}
