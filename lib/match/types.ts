import type { WordingTip } from './wording';
import type { RequirementVerdict } from './requirements';
import type { RequirementScore } from './score';
export type Importance = 'required' | 'preferred' | 'mentioned';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Index of the posting section the mention is in (offsets are into that section's text). */
  section?: number;
}

/** A skill found in a posting or a resume, in the shape of DESIGN.md's contract. */
export interface FoundSkill {
  id: string;
  name: string;
  category: string;
  importance?: Importance;
  mentions: Mention[];
}

export interface MatchedSkill {
  id: string;
  name: string;
  category: string;
  importance: Importance;
  /** The resume line that shows it. */
  evidence: string;
  /** Set when the resume shows it only through another skill (EKS shows Kubernetes). */
  via?: { id: string; name: string };
  /** The other skills of the requirement group it meets ("Python or Go"): choices, not gaps. */
  options?: SkillName[];
}

export interface SkillName {
  id: string;
  name: string;
}

/** A skill the posting names only as one choice of a group the resume meets with another ("Go" in "Python or Go"). */
export interface AlternativeSkill {
  id: string;
  name: string;
  category: string;
  importance: Importance;
  /** The skill of the resume that meets the group. */
  metBy: SkillName;
}

export interface MissingSkill {
  id: string;
  name: string;
  category: string;
  importance: Importance;
  /** The posting sentence that asks for it. */
  evidence: string;
  /** Extension-relative link to the role-guide section: guide.html#role--skill */
  guide: string;
  /** The other skills of its requirement group: any one of them would meet it as well ("AWS, GCP or Azure"). */
  anyOf?: SkillName[];
}

export interface MatchReport {
  /** 0–100, or null when the posting names nothing that can be scored. */
  score: number | null;
  /** What the score is made of: the posting's requirements, or (when it lists none Fitmark can judge) the coverage of its skills. */
  basis: 'requirements' | 'skills';
  /** The figures behind the score, in a few words ("7 of 9 required met, 1 partly; 2 of 4 nice-to-have met"). */
  summary: string;
  /** One line a user can check by hand: the figures, the score and its rule. */
  explanation: string;
  /** Skill coverage: the posting's technical skills the resume shows, by importance (choices of a met group left out). */
  counts: Record<Importance, { matched: number; total: number }>;
  /** Requirement verdicts by importance (lib/match/score.ts); present when the basis is the requirements. */
  requirementCounts?: RequirementScore['counts'];
  matched: MatchedSkill[];
  missing: MissingSkill[];
  /** Skills named only as choices of a group the resume meets with another skill: never missing. */
  alternatives: AlternativeSkill[];
  /** A verdict per requirement of the posting (lib/match/requirements.ts), in the posting's order. */
  requirements?: RequirementVerdict[];
  /** Set when the posting lists several openings ("Opening 1: …", "Opening 2: …"): the title of the one the resume was judged against. */
  opening?: string;
  /** Shared skills the posting names in other words than the resume ("PostgreSQL" / "Postgres"): say it their way. */
  wording?: WordingTip[];
}

export interface RoleRef {
  id: string;
  title: string;
  guide: string;
}

/** Soft skills are named but never scored: the one test of what is soft. */
export function isSoft(skill: { category: string }): boolean {
  return skill.category === 'soft';
}

/**
 * Ways of working a posting asks that resumes rarely name though most engineers do them ("comfortable in a code review
 * culture", "strong debugging skills", "care for the craft", "clean, maintainable code", "refactoring legacy code"):
 * like soft skills, a resume that does not name one says nothing either way, so its verdict is unknown.
 */
export const RARELY_NAMED: ReadonlySet<string> = new Set(['code-review', 'pair-programming', 'debugging', 'software-craftsmanship', 'clean-code', 'code-quality', 'refactoring']);

