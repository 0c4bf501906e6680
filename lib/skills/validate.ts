/**
 * Holds the taxonomy to its contract before it ships: run by the build
 * (taxonomy/tools/check.ts, run by the build, which fails on a problem) and by test/unit/taxonomy.test.ts.
 * The extension never runs this; it loads the data as it is (./taxonomy.ts).
 */
import { compileMatcher, findSkills } from './matcher';
import { Role, SKILL_CATEGORIES, SkillFile, type Skill } from './schema';
import type { Taxonomy } from './taxonomy';

/** The taxonomy, validated by the schema (defaults filled by zod); throws at the first file that fails. */
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

const regexProblem = (source: string): string | null => {
  try {
    new RegExp(source, 'i');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
};

/**
 * Every problem with the taxonomy, one line each (empty when it can be
 * trusted): schema, file per category, sorting, unique ids, references,
 * renames, rule patterns, and each skill's examples and counter-examples.
 * With `shipped` (taxonomy/shipped-ids.json: every id a release has held),
 * also that no id is gone without a rename: saved resumes and history name
 * skills by id.
 */
export function checkTaxonomy(
  skillFiles: Record<string, unknown>,
  roleFiles: Record<string, unknown>,
  renamed: unknown,
  shipped?: readonly string[],
): string[] {
  const problems: string[] = [];
  const skills: Skill[] = [];
  const categories: readonly string[] = SKILL_CATEGORIES;
  let schemaFailed = false;
  for (const [name, raw] of Object.entries(skillFiles)) {
    const where = `taxonomy/skills/${name}.json`;
    const parsed = SkillFile.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join('.')}: ${issue.message}`);
      schemaFailed = true;
      continue;
    }
    if (!categories.includes(name)) problems.push(`${where}: not a category (${SKILL_CATEGORIES.join(', ')})`);
    const ids = parsed.data.skills.map((s) => s.id);
    for (const s of parsed.data.skills) if (s.category !== name) problems.push(`${where}: ${s.id} is in category ${s.category}, so belongs in ${s.category}.json`);
    for (let i = 1; i < ids.length; i++) if (ids[i - 1]! >= ids[i]!) problems.push(`${where}: ${ids[i]} comes after ${ids[i - 1]}: skills are sorted by id`);
    skills.push(...parsed.data.skills);
  }
  // A file that fails the schema leaves its skills out: every reference to them would be reported too.
  if (schemaFailed) return problems;
  const byId = new Map<string, Skill>();
  for (const s of skills) {
    if (byId.has(s.id)) problems.push(`skill id ${s.id} is used twice`);
    byId.set(s.id, s);
  }
  for (const s of skills) {
    for (const id of s.implies) if (!byId.has(id)) problems.push(`${s.id} implies ${id}, which is no skill`);
    for (const r of s.ambiguity?.rules ?? []) {
      for (const id of r.near ?? []) if (!byId.has(id)) problems.push(`${s.id}: a rule is near ${id}, which is no skill`);
      for (const src of [r.before, r.after]) {
        const bad = src === undefined ? null : regexProblem(src);
        if (bad) problems.push(`${s.id}: rule pattern ${src}: ${bad}`);
      }
    }
  }
  const roles: Role[] = [];
  for (const [name, raw] of Object.entries(roleFiles)) {
    const where = `taxonomy/roles/${name}.json`;
    const parsed = Role.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    if (parsed.data.id !== name) problems.push(`${where}: its id is ${parsed.data.id}`);
    const seen = new Set<string>();
    for (const sec of parsed.data.skills) {
      if (!byId.has(sec.skill)) problems.push(`${where}: section for ${sec.skill}, which is no skill`);
      if (seen.has(sec.skill)) problems.push(`${where}: two sections for ${sec.skill}`);
      seen.add(sec.skill);
    }
    roles.push(parsed.data);
  }
  if (typeof renamed !== 'object' || renamed === null || Array.isArray(renamed)) problems.push('taxonomy/renamed.json: not an object of old id → new id');
  else {
    for (const [from, to] of Object.entries(renamed)) {
      if (byId.has(from)) problems.push(`taxonomy/renamed.json: ${from} is renamed, yet still a skill`);
      if (typeof to !== 'string' || !byId.has(to)) problems.push(`taxonomy/renamed.json: ${from} → ${String(to)}, which is no skill`);
    }
  }
  if (shipped) {
    const map = (typeof renamed === 'object' && renamed !== null ? renamed : {}) as Record<string, unknown>;
    const listed = new Set(shipped);
    for (const id of shipped) {
      const to = map[id];
      if (!byId.has(id) && !(typeof to === 'string' && byId.has(to))) problems.push(`${id} was shipped and is gone: map it to its new id in taxonomy/renamed.json`);
    }
    for (const s of skills) if (!listed.has(s.id)) problems.push(`${s.id} is new: npm run taxonomy:format records it in taxonomy/shipped-ids.json`);
  }
  if (problems.length) return problems; // examples need a taxonomy that loads

  const matcher = compileMatcher(skills);
  for (const s of skills) {
    for (const ex of s.examples) if (!findSkills(matcher, ex).some((h) => h.skillId === s.id)) problems.push(`${s.id} is not found in its example: ${ex}`);
    for (const ex of s.counterExamples) if (findSkills(matcher, ex).some((h) => h.skillId === s.id)) problems.push(`${s.id} is found in its counter-example: ${ex}`);
  }
  return problems;
}
