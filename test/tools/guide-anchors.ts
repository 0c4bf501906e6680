import { allSections, skillGuides } from '../../lib/guide/sections';
import { bundled } from '../../lib/skills/taxonomy';
import { GUIDE_FILES } from '../../taxonomy/guides';

/** Every anchor that names a full section (a role's section or a skill's own). */
export function sectionAnchors(): Set<string> {
  const { taxonomy } = bundled();
  return new Set(allSections(taxonomy.roles, skillGuides(GUIDE_FILES), taxonomy.byId, null).map((s) => s.anchor));
}
