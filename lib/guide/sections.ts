/**
 * Guide sections: what a missing skill links to. Two kinds share one shape.
 *
 * - A role's section (taxonomy/roles/<role>.json `skills[]`), anchored
 *   `<role>--<skill>`: the skill as that role uses it.
 * - A skill's own section (taxonomy/guides/<category>.json), anchored
 *   `skill-<skill>`: the skill for anyone, linked when the posting's role
 *   has no section for it (lib/match/role.ts guideLink).
 *
 * Plain data and plain TypeScript (no zod, no DOM): the guide page, the
 * command line and the tests load it. lib/guide/schema.ts holds the files to
 * their contract in tests.
 */
import type { Role, Skill } from '../skills/schema';
import { roleAnchor, skillAnchor } from '../match/role';
import type { Market, SkillDemand } from './market';

/** One skill's own section, in taxonomy/guides/<category>.json. */
export interface SkillGuide {
  skill: string;
  /** What the skill is, in a sentence or two. */
  what: string;
  /** Why jobs ask for it: what it is used for at work. */
  why: string;
  /** What employers expect of it, beyond the word in a listing. */
  market: string;
  /** How to show it on a resume. */
  show: string;
  /** How to close the gap, with well-established free resources only. */
  learn: string;
}

export interface GuideFile {
  sections: SkillGuide[];
}

/** One section as the command line prints it (DESIGN.md, `--guide ANCHOR --json`). */
export interface GuideSection {
  anchor: string;
  role: { id: string; title: string } | null;
  skill: { id: string; name: string; category: string };
  what: string;
  why: string;
  market: string;
  show: string;
  learn: string;
  /** The market figures from real postings and their source, or null where too few postings name it. */
  demand: SkillDemand | null;
}

/** Skill id → its own section, from the guide files (one per category). */
export function skillGuides(files: Record<string, unknown>): Map<string, SkillGuide> {
  const out = new Map<string, SkillGuide>();
  for (const file of Object.values(files)) for (const s of (file as GuideFile).sections) out.set(s.skill, s);
  return out;
}

/**
 * Every section, role sections first (in the roles' order, each in its
 * reading order), then skills' own sections sorted by skill id.
 */
export function allSections(
  roles: readonly Role[],
  guides: ReadonlyMap<string, SkillGuide>,
  byId: ReadonlyMap<string, Skill>,
  market: Market | null,
): GuideSection[] {
  const out: GuideSection[] = [];
  const info = (id: string) => {
    const s = byId.get(id);
    return { id, name: s?.name ?? id, category: s?.category ?? '' };
  };
  for (const r of roles)
    for (const s of r.skills)
      out.push({
        anchor: roleAnchor(r.id, s.skill),
        role: { id: r.id, title: r.title },
        skill: info(s.skill),
        what: s.what,
        why: s.why,
        market: s.market,
        show: s.show,
        learn: s.learn,
        demand: demandOf(market, s.skill),
      });
  for (const id of [...guides.keys()].sort()) {
    const g = guides.get(id)!;
    out.push({ anchor: skillAnchor(id), role: null, skill: info(id), what: g.what, why: g.why, market: g.market, show: g.show, learn: g.learn, demand: demandOf(market, id) });
  }
  return out;
}

/** The section an anchor names, or null. */
export function findSection(anchor: string, sections: readonly GuideSection[]): GuideSection | null {
  return sections.find((s) => s.anchor === anchor) ?? null;
}

/** A skill's market figures with their source attached, or null where the data has none. */
export function demandOf(market: Market | null, skillId: string): SkillDemand | null {
  const d = market?.skills[skillId];
  return d && market ? { ...d, source: market.source } : null;
}
