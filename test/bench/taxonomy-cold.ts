/**
 * `npx tsx test/bench/taxonomy-cold.ts [runs]`: what a service worker pays for
 * the taxonomy at a cold start, each run in a fresh Node process (nothing
 * warmed, nothing cached): the data loaded as the extension does now (no zod,
 * validated at build time) against zod's parse of the same files (what the
 * worker did before), each followed by the trie compile. Prints medians in ms.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const variant = process.argv[2];
if (variant === 'load' || variant === 'zod') {
  // One measured start, in this fresh process. Imports first: the worker evaluates its bundle before it runs anything.
  const { RENAMED_IDS, ROLE_FILES, SKILL_FILES } = await import('../../taxonomy');
  const { loadTaxonomy } = await import('../../lib/skills/taxonomy');
  const { parseTaxonomy } = await import('../../lib/skills/validate');
  const { compileMatcher } = await import('../../lib/skills/matcher');
  const t0 = performance.now();
  const t = variant === 'load' ? loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS) : parseTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
  const t1 = performance.now();
  compileMatcher(t.skills);
  const t2 = performance.now();
  process.stdout.write(JSON.stringify({ load: t1 - t0, compile: t2 - t1 }));
} else {
  const runs = Number(process.argv[2] ?? 9);
  const self = fileURLToPath(import.meta.url);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const out: Record<string, { load: number[]; compile: number[] }> = { load: { load: [], compile: [] }, zod: { load: [], compile: [] } };
  for (let i = 0; i < runs; i++) {
    for (const v of ['load', 'zod'] as const) {
      // Alternating, so a busy machine weighs on both alike.
      const r = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', self, v], { encoding: 'utf8' })) as { load: number; compile: number };
      out[v]!.load.push(r.load);
      out[v]!.compile.push(r.compile);
    }
  }
  const f = (x: number) => x.toFixed(1);
  console.log(`taxonomy at a cold start, medians of ${runs} fresh processes:`);
  console.log(`  loaded without zod (now):  ${f(median(out.load!.load))} ms, then compile ${f(median(out.load!.compile))} ms`);
  console.log(`  parsed with zod (before):  ${f(median(out.zod!.load))} ms, then compile ${f(median(out.zod!.compile))} ms`);
}
