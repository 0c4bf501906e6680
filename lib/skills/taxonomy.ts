import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '../../taxonomy';
import { compileMatcher, type Matcher } from './matcher';
import { skillsFingerprint, unpackMatcher } from './matcher-pack';
import { takePackedMatcher } from './packed-matcher';
// Types only: zod stays out of whatever loads the taxonomy (the service worker,
// the guide page, the command line). The data was validated before it shipped.
import type { Role, RoleInput, Skill, SkillFileInput, SkillInput } from './schema';

export interface Taxonomy {
  skills: Skill[];
  byId: Map<string, Skill>;
  roles: Role[];
  renamed: Record<string, string>;
}

/** The one empty list every default left out shares (frozen: nothing may add to it). */
const NONE = Object.freeze([]) as never[];

/**
 * A skill as written (defaults left out, lib/skills/canonical.ts) with the schema's defaults filled in.
 * Its keys in one order whatever the file left out (the schema is strict: there are no others), so
 * every skill shares one hidden class; lists left out share NONE. Together ~0.1 MB of the worker's heap.
 */
function withDefaults(s: SkillInput): Skill {
  const skill: Skill = {
    id: s.id,
    name: s.name,
    category: s.category,
    aliases: s.aliases ?? NONE,
    cased: s.cased ?? NONE,
    misspellings: s.misspellings ?? NONE,
    implies: s.implies ?? NONE,
    examples: s.examples ?? NONE,
    counterExamples: s.counterExamples ?? NONE,
    plural: s.plural ?? true,
  };
  if (s.ambiguity) skill.ambiguity = { ...s.ambiguity, rules: s.ambiguity.rules ?? NONE };
  return skill;
}

/**
 * The taxonomy from its files, trusted as they are: no schema is checked here.
 * lib/skills/validate.ts holds the same files to the schema at build time
 * (taxonomy/tools/check.ts) and in tests, and a test holds this function to give
 * exactly what the schema's parse gives.
 */
export function loadTaxonomy(
  skillFiles: Record<string, unknown>,
  roleFiles: Record<string, unknown>,
  renamed: Record<string, string> = {},
): Taxonomy {
  const skills: Skill[] = [];
  for (const file of Object.values(skillFiles)) for (const s of (file as SkillFileInput).skills) skills.push(withDefaults(s));
  const roles = Object.values(roleFiles).map((raw) => {
    const r = raw as RoleInput;
    return { ...r, backgrounds: r.backgrounds ?? [], transitions: r.transitions ?? [], fit: r.fit ?? [] };
  });
  return { skills, byId: new Map(skills.map((s) => [s.id, s])), roles, renamed };
}

let cached: { taxonomy: Taxonomy; matcher: Matcher; compileMs: number } | null = null;

/** The bundled taxonomy, loaded and compiled once per process (or service-worker life). */
export function bundled(): { taxonomy: Taxonomy; matcher: Matcher; compileMs: number } {
  if (!cached) {
    const t0 = performance.now();
    const taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
    // The service worker's build ships the matcher compiled (lib/skills/packed-matcher.ts), and its
    // taxonomy without the forms only compiling reads (lib/skills/slim.ts): it must match with the pack.
    const pack = takePackedMatcher();
    if (pack && pack.version !== skillsFingerprint(taxonomy.skills)) throw new Error('fitmark: the packed matcher was made from another taxonomy');
    const matcher = pack ? unpackMatcher(pack, taxonomy.skills) : compileMatcher(taxonomy.skills);
    cached = { taxonomy, matcher, compileMs: performance.now() - t0 };
  }
  return cached;
}

/** Follows renames so an id stored long ago still names a skill. */
export function currentId(taxonomy: Taxonomy, id: string): string {
  let cur = id;
  for (let i = 0; i < 10 && !taxonomy.byId.has(cur) && taxonomy.renamed[cur]; i++) cur = taxonomy.renamed[cur]!;
  return cur;
}
