/**
 * The canonical form of the taxonomy's files, as darkreader holds its config:
 * a file is canonical when re-serialising it gives back the same bytes.
 *
 * - JSON with two-space indents and a final newline;
 * - keys in the schema's order (lib/skills/schema.ts), any unknown key after
 *   them in alphabetical order (validation then refuses it);
 * - a skill file's skills sorted by id; role sections keep their order (it is
 *   the guide's reading order); renamed.json sorted by old id; shipped-ids.json
 *   sorted;
 * - a skill's defaults left out: empty lists, `plural: true`, empty `rules`.
 *
 * `npm run taxonomy:format` rewrites every file in this form;
 * test/unit/taxonomy.test.ts fails on any file that is not in it.
 * Plain TypeScript, no zod: it runs before validation and must keep what it does not know.
 */

type Obj = Record<string, unknown>;

const SKILL_KEYS = ['id', 'name', 'category', 'aliases', 'cased', 'misspellings', 'implies', 'ambiguity', 'plural', 'examples', 'counterExamples'];
const AMBIGUITY_KEYS = ['forms', 'rules', 'otherwise'];
const RULE_KEYS = ['decision', 'before', 'after', 'near', 'why'];
const ROLE_KEYS = ['id', 'title', 'titlePatterns', 'summary', 'practice', 'backgrounds', 'transitions', 'fit', 'skills'];
const ROLE_SECTION_KEYS = ['skill', 'weight', 'what', 'why', 'market', 'show', 'learn'];
const TRANSITION_KEYS = ['from', 'text'];
const FIT_KEYS = ['question', 'text'];
/** Skill fields whose default is an empty list. */
const SKILL_LISTS = new Set(['aliases', 'cased', 'misspellings', 'implies', 'examples', 'counterExamples']);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `o`'s keys in `order`, then the rest alphabetically; `drop` says which to leave out. */
function ordered(o: Obj, order: readonly string[], drop: (k: string, v: unknown) => boolean = () => false): Obj {
  const out: Obj = {};
  const rest = Object.keys(o).filter((k) => !order.includes(k)).sort();
  for (const k of [...order.filter((k) => k in o), ...rest]) if (o[k] !== undefined && !drop(k, o[k])) out[k] = o[k];
  return out;
}

const byId = (a: unknown, b: unknown): number => {
  const x = isObj(a) ? String(a.id) : '';
  const y = isObj(b) ? String(b.id) : '';
  return x < y ? -1 : x > y ? 1 : 0;
};

function canonicalSkill(s: unknown): unknown {
  if (!isObj(s)) return s;
  const out = ordered(s, SKILL_KEYS, (k, v) => (SKILL_LISTS.has(k) && Array.isArray(v) && v.length === 0) || (k === 'plural' && v === true));
  if (isObj(out.ambiguity)) {
    const a = ordered(out.ambiguity, AMBIGUITY_KEYS, (k, v) => k === 'rules' && Array.isArray(v) && v.length === 0);
    if (Array.isArray(a.rules)) a.rules = a.rules.map((r) => (isObj(r) ? ordered(r, RULE_KEYS) : r));
    out.ambiguity = a;
  }
  return out;
}

export function canonicalSkillFile(file: unknown): unknown {
  if (!isObj(file)) return file;
  const out = ordered(file, ['skills']);
  if (Array.isArray(out.skills)) out.skills = [...out.skills].sort(byId).map(canonicalSkill);
  return out;
}

export function canonicalRole(role: unknown): unknown {
  if (!isObj(role)) return role;
  const out = ordered(role, ROLE_KEYS);
  const each = (list: unknown, keys: readonly string[]) => (Array.isArray(list) ? list.map((x) => (isObj(x) ? ordered(x, keys) : x)) : list);
  if ('skills' in out) out.skills = each(out.skills, ROLE_SECTION_KEYS);
  if ('transitions' in out) out.transitions = each(out.transitions, TRANSITION_KEYS);
  if ('fit' in out) out.fit = each(out.fit, FIT_KEYS);
  return out;
}

export function canonicalRenamed(map: unknown): unknown {
  return isObj(map) ? ordered(map, []) : map;
}

/** taxonomy/shipped-ids.json: the ids, sorted, each once. */
export function canonicalIds(ids: unknown): unknown {
  return Array.isArray(ids) ? [...new Set(ids.map(String))].sort() : ids;
}

/** The bytes a canonical file holds. */
export function serialise(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
