import type { Role } from '../skills/schema';

/**
 * The role a posting is for: its title first (longest pattern wins, so
 * "software engineer, infrastructure" beats "infrastructure engineer"), then
 * its skill mix: the role whose guide covers most of the posting's skills.
 */
export function detectRole(title: string, skillIds: readonly string[], roles: readonly Role[]): Role | null {
  const t = ` ${title.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim()} `;
  let best: Role | null = null;
  let bestLen = 0;
  for (const role of roles) {
    for (const p of role.titlePatterns) {
      const norm = ` ${p.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim()} `;
      if (t.includes(norm) && norm.length > bestLen) {
        best = role;
        bestLen = norm.length;
      }
    }
  }
  if (best) return best;
  const ids = new Set(skillIds);
  let top = 0;
  for (const role of roles) {
    const overlap = role.skills.filter((s) => s.weight !== 'adjacent' && ids.has(s.skill)).length;
    if (overlap > top) {
      top = overlap;
      best = role;
    }
  }
  return top >= 3 ? best : null;
}

export function roleAnchor(roleId: string, skillId?: string): string {
  return skillId ? `${roleId}--${skillId}` : roleId;
}

/** Link to the section that explains `skillId`: this role's, else another role's, else the skill's own card. */
export function guideLink(skillId: string, role: Role | null, roles: readonly Role[]): string {
  const owner = role?.skills.some((s) => s.skill === skillId)
    ? role
    : roles.find((r) => r.skills.some((s) => s.skill === skillId));
  return owner ? `guide.html#${roleAnchor(owner.id, skillId)}` : `guide.html#skill-${skillId}`;
}
