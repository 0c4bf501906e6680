/**
 * What the service worker keeps of the taxonomy: only what matching and role
 * detection read at run time (lib/skills/matcher.ts, lib/match/role.ts, lib/analyze.ts).
 * A skill's aliases and misspellings are read only to compile the matcher, and the
 * worker's matcher comes compiled from the whole taxonomy (lib/skills/packed-matcher.ts);
 * kept, they held ~0.2 MB of the idle worker's heap.
 * The guide's prose (a role's summary, practice, backgrounds, transitions and
 * fit, each skill section's what/why/market/show/learn), a skill's examples and
 * counter-examples and an ambiguity rule's `why` are for the guide page and the
 * tests; in the worker they would only sit in its heap (and in background.js's
 * source, which V8 keeps too). wxt.config.ts applies these to the taxonomy's
 * files in the background's build only; everything else loads them whole.
 *
 * Keys are kept by name, not dropped by name: a field added to the data later
 * stays out of the worker until matching needs it and it is listed here.
 */

import { normaliseTitle } from './titles';

// `cased` stays: ambiguity rules read a skill's case-sensitive forms when they first run (matcher.ts, ambiguityForms).
const SKILL_KEYS = ['id', 'name', 'category', 'cased', 'implies', 'ambiguity', 'plural'] as const;
const AMBIGUITY_KEYS = ['forms', 'rules', 'otherwise'] as const;
const RULE_KEYS = ['decision', 'before', 'after', 'near'] as const;
const ROLE_KEYS = ['id', 'title', 'titlePatterns', 'skills'] as const;
const ROLE_SKILL_KEYS = ['skill', 'weight'] as const;

type Json = Record<string, unknown>;

function pick(o: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** A skill file (`{ skills: [...] }`) with only what matching reads. */
export function slimSkillFile(file: { skills: Json[] }): { skills: Json[] } {
  return {
    skills: file.skills.map((s) => {
      const out = pick(s, SKILL_KEYS);
      const amb = s.ambiguity as Json | undefined;
      if (amb) {
        out.ambiguity = pick(amb, AMBIGUITY_KEYS);
        const rules = amb.rules as Json[] | undefined;
        if (rules) (out.ambiguity as Json).rules = rules.map((r) => pick(r, RULE_KEYS));
      }
      return out;
    }),
  };
}

/**
 * A role file with only what role detection and guide links read: id, title, title patterns, skill ids and weights.
 * The title patterns come normalised as lib/match/role.ts compares them (lowercase, folded, between spaces): a cold
 * worker's first analysis had run the 15 folding patterns over each of them (~7 ms, and each pattern compiled for the
 * data's one-byte text as well as the page's).
 */
export function slimRoleFile(role: Json): Json {
  const out = pick(role, ROLE_KEYS);
  if (Array.isArray(out.titlePatterns)) out.titlePatterns = (out.titlePatterns as string[]).map(normaliseTitle);
  out.skills = ((role.skills as Json[] | undefined) ?? []).map((s) => pick(s, ROLE_SKILL_KEYS));
  return out;
}

/** What a file of taxonomy/ becomes in the worker, by its path inside taxonomy/ ('skills/cloud.json'); null: it may not be there at all. */
export function slimTaxonomyModule(path: string, json: unknown): unknown {
  if (/^skills\/[^/]+\.json$/.test(path)) return slimSkillFile(json as { skills: Json[] });
  if (/^roles\/[^/]+\.json$/.test(path)) return slimRoleFile(json as Json);
  if (path === 'renamed.json') return json;
  return null;
}
