/** A job title as role detection compares it (lib/match/role.ts), and as the worker's taxonomy ships its roles' title patterns (slim.ts). */

/**
 * Words a title writes many ways, folded to the one the role patterns use:
 * "Full-Stack", "Fullstack" and "full stack" are one word to a recruiter.
 * Applied to titles and patterns alike, after punctuation became spaces.
 */
const FOLD: ReadonlyArray<[RegExp, string]> = [
  [/\bfull ?stack\b/g, 'full stack'],
  [/\bfront ?end\b/g, 'frontend'],
  [/\bback ?end\b/g, 'backend'],
  [/\bswe\b/g, 'software engineer'],
  [/\bsde\b/g, 'software engineer'],
  [/\bsre\b/g, 'site reliability engineer'],
  [/\bmles?\b/g, 'machine learning engineer'],
  [/\bml\b/g, 'machine learning'],
  [/\bqa\b/g, 'quality assurance'],
  [/\bsdet\b/g, 'software engineer in test'],
  [/\bdevops\b/g, 'devops'],
  [/\bdev ops\b/g, 'devops'],
  [/\bengineers\b/g, 'engineer'],
  [/\bdevelopers\b/g, 'developer'],
  [/\bscientists\b/g, 'scientist'],
];

export function normaliseTitle(title: string): string {
  let t = ` ${title.toLowerCase().replace(/[^a-z0-9+#]+/g, ' ').trim()} `;
  for (const [re, to] of FOLD) t = t.replace(re, to);
  return ` ${t.replace(/\s+/g, ' ').trim()} `;
}
