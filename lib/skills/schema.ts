import { zFull as z } from '../zod';

/**
 * The taxonomy is data (taxonomy/skills/*.json, taxonomy/roles/*.json).
 * These schemas are the contract that data is held to, at build time and in
 * tests (lib/skills/validate.ts), never in the extension: it loads the data
 * it shipped as it is (lib/skills/taxonomy.ts fills the defaults written
 * here, and a test holds the two to the same result). Objects are strict: an
 * unknown key is a typo, not data to drop silently.
 */

export const SKILL_CATEGORIES = [
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'cloud-service',
  'iac',
  'containers',
  'ci-cd',
  'observability',
  'networking',
  'security',
  'os',
  'data',
  'ml',
  'tool',
  'practice',
  'soft',
] as const;
export const SkillCategory = z.enum(SKILL_CATEGORIES);
export type SkillCategory = z.infer<typeof SkillCategory>;

/** A stable id: lowercase words joined by single hyphens, e.g. `google-cloud`, `c-sharp`. */
export const SkillId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');

/**
 * One ambiguity rule. Rules of a skill are tried in order and the first whose
 * conditions all hold decides; when none holds, `ambiguity.otherwise` decides.
 * - `before` / `after`: a regular expression (case-insensitive) tried on up to
 *   40 characters of text just before / just after the mention. Anchor it
 *   yourself (`…$` for before, `^…` for after).
 * - `near`: ids of other skills; the rule holds when one of them (or a skill
 *   that implies it) is found in the same sentence (a sentence ends at . ! ? ; •
 *   or a line break).
 * Rules judge only the skill's ambiguous forms (see `ambiguity.forms`): a safe
 * long form like "HashiCorp Vault" is never second-guessed.
 */
export const AmbiguityRule = z
  .strictObject({
    decision: z.enum(['accept', 'reject']),
    before: z.string().optional(),
    after: z.string().optional(),
    near: z.array(SkillId).optional(),
    why: z.string().optional(),
  })
  .refine((r) => r.before !== undefined || r.after !== undefined || r.near !== undefined, {
    message: 'a rule needs at least one of before, after, near',
  });
export type AmbiguityRule = z.infer<typeof AmbiguityRule>;

export const Skill = z.strictObject({
  id: SkillId,
  name: z.string().min(1),
  category: SkillCategory,
  /**
   * Forms matched whatever their case (k8s, Postgres, golang). The name is always matched too, unless listed in `cased`.
   * Other names of this same thing only: a rival or a sibling product (Koa beside Fastify, Prettier beside ESLint) is a
   * skill of its own, or a posting that asks for one shows the other as lacking and a resume naming one meets the other.
   * A skill named for a kind of thing ("Graph databases", "Task queues") may hold the products of that kind.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /** Forms that only count in exactly this case (Go, R, C, Swift). */
  cased: z.array(z.string().min(1)).default([]),
  /** Common misspellings: matched, never shown. */
  misspellings: z.array(z.string().min(1)).default([]),
  /** Skills a mention of this one shows too (EKS → kubernetes, aws). */
  implies: z.array(SkillId).default([]),
  /** Present when a form of this skill is also an everyday word or another thing's name. */
  ambiguity: z
    .strictObject({
      /** The forms the rules judge. Default: the `cased` forms where there are any, else every form. */
      forms: z.array(z.string().min(1)).optional(),
      rules: z.array(AmbiguityRule).default([]),
      otherwise: z.enum(['accept', 'reject']),
    })
    .optional(),
  /** Sentences in which this skill must be found. */
  examples: z.array(z.string()).default([]),
  /** Sentences in which it must not be found. */
  counterExamples: z.array(z.string()).default([]),
  /** Set false where adding a plural `s` to the last word would make another word. */
  plural: z.boolean().default(true),
});
export type Skill = z.infer<typeof Skill>;
export type SkillInput = z.input<typeof Skill>;

export const SkillFile = z.strictObject({
  skills: z.array(Skill),
});
export type SkillFileInput = z.input<typeof SkillFile>;

/** A role guide: prose is the project's own words; facts come from ../shared/seeds. */
export const RoleSkillSection = z.strictObject({
  skill: SkillId,
  /** core: most postings for this role ask for it; common: many do; adjacent: a plus. */
  weight: z.enum(['core', 'common', 'adjacent']),
  /** What the skill is, in a sentence or two. */
  what: z.string().min(1),
  /** Why this role needs it. */
  why: z.string().min(1),
  /** What the market really expects, as against what listings say. */
  market: z.string().min(1),
  /** How to show it on a resume. */
  show: z.string().min(1),
  /** How to close the gap. */
  learn: z.string().min(1),
});
export type RoleSkillSection = z.infer<typeof RoleSkillSection>;

export const Role = z.strictObject({
  id: SkillId,
  title: z.string().min(1),
  /** Lowercase phrases that, found in a posting's title, name this role. */
  titlePatterns: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  practice: z.array(z.string().min(1)).min(1),
  backgrounds: z.array(z.string().min(1)).default([]),
  transitions: z.array(z.strictObject({ from: z.string().min(1), text: z.string().min(1) })).default([]),
  fit: z.array(z.strictObject({ question: z.string().min(1), text: z.string().min(1) })).default([]),
  skills: z.array(RoleSkillSection).min(1),
});
export type Role = z.infer<typeof Role>;
export type RoleInput = z.input<typeof Role>;
