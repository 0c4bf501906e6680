import { skillAnchor } from '../match/role';
import { GUIDE_FILES } from '../../taxonomy/guides';
import { skillGuides } from './sections';

let ids: ReadonlySet<string> | null = null;

/**
 * The link for a skill missed across many postings (the History page's
 * "skills you miss most"): the skill's own section where one is written,
 * since those postings were for different roles; else the link the newest
 * posting gave (its role's section, or the skill's card).
 */
export function missedSkillLink(skillId: string, newest: string): string {
  ids ??= new Set(skillGuides(GUIDE_FILES).keys());
  return ids.has(skillId) ? `guide.html#${skillAnchor(skillId)}` : newest;
}
