/** How the context-rule tests of each session (context-s30/s31/s32) read a sentence: one matcher, one way each. */
import { contextClass, type PostingNames } from '@/lib/skills/context';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { extract } from '../bench/labelled';

export const { matcher } = bundled();
export const NONE: PostingNames = { own: [] };
/** The skills the extension lists for a text, sorted. */
export const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
/** The context class the rules give the first mention of `id` (null: kept); throws where the matcher finds no such skill. */
export function classOf(text: string, id: string, names: PostingNames = NONE) {
  const hit = findSkills(matcher, text).find((h) => h.skillId === id);
  if (!hit) throw new Error(`${id} is not found at all in: ${text}`);
  return contextClass(text, hit, names, findSkills(matcher, text));
}

/** A career page: its head lines (title, a meta line), the parts given, then two asks under headings of their own. */
export const careerPage = (head: readonly string[], ...parts: string[]) =>
  [...head, '', ...parts, '', 'What you will do', '\u2022 Run our Kubernetes clusters and write Terraform modules', '', 'What we are looking for', '\u2022 Several years with Go or Python in production'].join('\n');
