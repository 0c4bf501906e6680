import { readFileSync } from 'node:fs';

/**
 * Validates taxonomy/ before every build (wxt.config.ts's `build:before` hook)
 * and fails the build on bad data, so the service worker can load it without
 * zod (lib/skills/taxonomy.ts). What it checks: lib/skills/validate.ts.
 * Returns a line for the build log.
 */
export async function checkTaxonomyForBuild(): Promise<string> {
  const t0 = performance.now();
  const [{ checkTaxonomy }, { RENAMED_IDS, ROLE_FILES, SKILL_FILES }] = await Promise.all([import('../../lib/skills/validate'), import('..')]);
  // Not bundled (the extension has no use for it): read here, beside the data it guards.
  const shipped = JSON.parse(readFileSync(new URL('../shipped-ids.json', import.meta.url), 'utf8')) as string[];
  const problems = checkTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS, shipped);
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`).join('\n');
    const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
    throw new Error(`taxonomy/ is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown}${more}`);
  }
  return `taxonomy valid: ${Object.keys(SKILL_FILES).length} skill files, ${Object.keys(ROLE_FILES).length} roles (${Math.round(performance.now() - t0)} ms)`;
}
