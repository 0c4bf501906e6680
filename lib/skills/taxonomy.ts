import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '../../taxonomy';
import { compileMatcher, type Matcher } from './matcher';
import { Role, SkillFile, type Skill } from './schema';

export interface Taxonomy {
  skills: Skill[];
  byId: Map<string, Skill>;
  roles: Role[];
  renamed: Record<string, string>;
}

export function parseTaxonomy(
  skillFiles: Record<string, unknown>,
  roleFiles: Record<string, unknown>,
  renamed: Record<string, string> = {},
): Taxonomy {
  const skills: Skill[] = [];
  for (const [name, raw] of Object.entries(skillFiles)) {
    const parsed = SkillFile.safeParse(raw);
    if (!parsed.success) throw new Error(`taxonomy/skills/${name}.json: ${parsed.error.message}`);
    skills.push(...parsed.data.skills);
  }
  const roles = Object.entries(roleFiles).map(([name, raw]) => {
    const parsed = Role.safeParse(raw);
    if (!parsed.success) throw new Error(`taxonomy/roles/${name}.json: ${parsed.error.message}`);
    return parsed.data;
  });
  return { skills, byId: new Map(skills.map((s) => [s.id, s])), roles, renamed };
}

let cached: { taxonomy: Taxonomy; matcher: Matcher; compileMs: number } | null = null;

/** The bundled taxonomy, parsed and compiled once per process (or service-worker life). */
export function bundled(): { taxonomy: Taxonomy; matcher: Matcher; compileMs: number } {
  if (!cached) {
    const t0 = performance.now();
    const taxonomy = parseTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
    const matcher = compileMatcher(taxonomy.skills);
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
