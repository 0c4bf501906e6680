/**
 * `node --expose-gc --import tsx test/bench/matcher-heap.ts`: the retained heap of
 * the compiled matcher, as the service worker holds it (JS heap and typed
 * arrays' contents). The taxonomy is loaded first (its own cost, not counted).
 * Eight matchers are compiled and held, then let go; the heap each frees after
 * a full GC is the figure. They are never searched: the engine keeps the last
 * matcher searched reachable from its caches, so the searching is done on a
 * ninth that stays alive. Prints one JSON object; `npm run bench` runs this in
 * a fresh process and prints the figure.
 */
import { getHeapStatistics } from 'node:v8';
import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '../../taxonomy';
import { compileMatcher, findSkills, type Matcher } from '../../lib/skills/matcher';
import { loadTaxonomy } from '../../lib/skills/taxonomy';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const used = () => {
  for (let i = 0; i < 4; i++) gc();
  return getHeapStatistics().used_heap_size + process.memoryUsage().arrayBuffers;
};

const taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
const kept = compileMatcher(taxonomy.skills);
findSkills(kept, 'Kubernetes on AWS, python and groovy at https://example.com for $90k CAD.');
const N = 8;
const box: { held: Matcher[] | null } = { held: Array.from({ length: N }, () => compileMatcher(taxonomy.skills)) };
const withThem = used();
box.held = null;
const without = used();
process.stdout.write(JSON.stringify({ matcher_bytes: Math.round((withThem - without) / N), forms: kept.forms }) + '\n');
