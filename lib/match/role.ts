import type { Role } from '../skills/schema';
import { normaliseTitle } from '../skills/titles';

export { normaliseTitle };

/**
 * The soft skills the role guides have sections for. They cast no vote in
 * roleFromSkills: "communication" or "mentoring" says nothing about which
 * job a posting is. Listed here because roles carry skill ids, not
 * categories; test/unit/role.test.ts fails when this list and the guides'
 * soft skills part.
 */
export const SOFT_IN_GUIDES: ReadonlySet<string> = new Set([
  'attention-to-detail', 'collaboration', 'communication', 'customer-focus', 'independent-thinking', 'mentoring',
  'navigating-ambiguity', 'problem-solving', 'reliability-focus', 'stakeholder-communication', 'systems-thinking', 'troubleshooting',
]);

/** Weight of a role's skill in the skill-mix vote: a core skill says more about the role than a plus. */
const VOTE = { core: 3, common: 2, adjacent: 1 } as const;

/**
 * The role a posting is for.
 *
 * 1. Its title: the longest pattern of any role found in it wins, so
 *    "software engineer, infrastructure" beats "infrastructure engineer".
 * 2. Failing that (a vague title such as "Founding Engineer", "Member of
 *    Technical Staff", "Software Engineer", or none), its skill mix: see
 *    roleFromSkills.
 */
export function detectRole(title: string, skillIds: readonly string[], roles: readonly Role[]): Role | null {
  const t = normaliseTitle(title);
  let best: Role | null = null;
  let bestLen = 0;
  for (const role of roles) {
    for (const norm of normalisedPatterns(role)) {
      if (t.includes(norm) && norm.length > bestLen) {
        best = role;
        bestLen = norm.length;
      }
    }
  }
  return best ?? roleFromSkills(skillIds, roles);
}

/**
 * A role's title patterns, normalised once per role object (15 replacements each, per pattern, per posting, cost more
 * than the rest of detectRole). The worker's taxonomy ships them normalised (lib/skills/slim.ts): a pattern written
 * between spaces is one already (normaliseTitle gives the same again), taken as it is.
 */
const normalised = new WeakMap<Role, string[]>();
function normalisedPatterns(role: Role): string[] {
  let out = normalised.get(role);
  if (!out) normalised.set(role, (out = role.titlePatterns.map((p) => (p.length > 2 && p.startsWith(' ') && p.endsWith(' ') ? p : normaliseTitle(p)))));
  return out;
}

/**
 * The role whose guide the posting's skills vote for most. A skill votes for
 * every role whose guide lists it (core 3, common 2, adjacent 1), divided by
 * the number of guides that list it: "AWS", in many guides, says little
 * about which role it is; "Swift" says a lot. Soft skills cast no vote
 * (SOFT_IN_GUIDES). No vote, no role. Ties go to the role listed first.
 */
export function roleFromSkills(skillIds: readonly string[], roles: readonly Role[]): Role | null {
  const ids = new Set(skillIds.filter((id) => !SOFT_IN_GUIDES.has(id)));
  const listedBy = listedByOf(roles);
  let best: Role | null = null;
  let top = 0;
  for (const role of roles) {
    let votes = 0;
    for (const s of role.skills) if (ids.has(s.skill)) votes += VOTE[s.weight] / listedBy.get(s.skill)!;
    if (votes > top + 1e-9) {
      top = votes;
      best = role;
    }
  }
  return top > 0 ? best : null;
}

/** How many roles list each skill, counted once per roles list. */
const listedByCache = new WeakMap<readonly Role[], Map<string, number>>();
function listedByOf(roles: readonly Role[]): Map<string, number> {
  let listedBy = listedByCache.get(roles);
  if (listedBy) return listedBy;
  listedBy = new Map<string, number>();
  for (const role of roles) for (const s of role.skills) listedBy.set(s.skill, (listedBy.get(s.skill) ?? 0) + 1);
  listedByCache.set(roles, listedBy);
  return listedBy;
}

export function roleAnchor(roleId: string, skillId?: string): string {
  return skillId ? `${roleId}--${skillId}` : roleId;
}

/** The anchor of a skill's own section (taxonomy/guides/*.json), used where no role guide of the posting covers it. */
export function skillAnchor(skillId: string): string {
  return `skill-${skillId}`;
}

/**
 * Link to the section that explains `skillId`: the posting's role's section
 * when its guide covers the skill (the role's view of it), else the skill's
 * own section, never a section of a role the posting is not for.
 */
export function guideLink(skillId: string, role: Role | null, _roles?: readonly Role[]): string {
  return role?.skills.some((s) => s.skill === skillId) ? `guide.html#${roleAnchor(role.id, skillId)}` : `guide.html#${skillAnchor(skillId)}`;
}
