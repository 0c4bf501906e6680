import type { RequirementVerdict } from './requirements';
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
}

export interface MatchReport {
  /** 0–100, or null when the posting names nothing that can be scored. */
  score: number | null;
  explanation: string;
  counts: Record<Importance, { matched: number; total: number }>;
  matched: MatchedSkill[];
  missing: MissingSkill[];
  /** A verdict per requirement of the posting (lib/match/requirements.ts), in the posting's order. */
  requirements?: RequirementVerdict[];
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
