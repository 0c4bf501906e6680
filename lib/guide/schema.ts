/**
 * The contract of taxonomy/guides/<category>.json, held in tests
 * (test/unit/guides.test.ts), never in the extension.
 *
 * How to add a section:
 * 1. Find the skill's id and category (`npm run --silent analyze -- --skills --json`).
 * 2. Add `{ skill, what, why, market, show, learn }` to
 *    taxonomy/guides/<category>.json, keeping the file sorted by skill id
 *    (create the file with `{ "sections": [] }` and list it in
 *    taxonomy/guides/index.ts if the category has none yet).
 * 3. Write every field in your own words, about this skill only:
 *    - what: what it is, in a sentence or two;
 *    - why: what jobs use it for;
 *    - market: what employers expect of it beyond the word in a listing
 *      (no figures: the guide shows computed ones from taxonomy/market.json);
 *    - show: how to make it visible on a resume;
 *    - learn: how to close the gap, naming only well-established free
 *      resources (official docs, known free books and courses), never a
 *      made-up address.
 * 4. `npx vitest run test/unit/guides.test.ts`: the schema, sorting, that
 *    no two sections share a market or learn text, and that no 8-word run
 *    is copied from the seeds or the third-party fixtures.
 */
import { zFull as z } from '../zod';
import { SkillId } from '../skills/schema';

const Text = z.string().min(40, 'a sentence at least');

export const SkillGuide = z.strictObject({
  skill: SkillId,
  what: Text,
  why: Text,
  market: Text,
  show: Text,
  learn: Text,
});

export const GuideFile = z.strictObject({ sections: z.array(SkillGuide) });

/** Every problem with the guide files, one line each (empty when they can be trusted). */
export function checkGuides(files: Record<string, unknown>, categoryOf: (id: string) => string | undefined): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [name, raw] of Object.entries(files)) {
    const where = `taxonomy/guides/${name}.json`;
    const parsed = GuideFile.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    const ids = parsed.data.sections.map((s) => s.skill);
    for (let i = 1; i < ids.length; i++) if (ids[i - 1]! >= ids[i]!) problems.push(`${where}: ${ids[i]} comes after ${ids[i - 1]}: sections are sorted by skill id`);
    for (const id of ids) {
      const cat = categoryOf(id);
      if (cat === undefined) problems.push(`${where}: ${id} is no skill`);
      else if (cat !== name) problems.push(`${where}: ${id} is in category ${cat}, so belongs in ${cat}.json`);
      if (seen.has(id)) problems.push(`${where}: a second section for ${id}`);
      seen.add(id);
    }
  }
  return problems;
}
