/**
 * `npm run taxonomy:format`: rewrites every taxonomy file in its canonical form
 * (lib/skills/canonical.ts) and says which it changed, and records new skill
 * ids in shipped-ids.json (it never removes one: a removed skill is renamed in
 * renamed.json). `--check` changes nothing and exits 1 when a file is not canonical.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalIds, canonicalRenamed, canonicalRole, canonicalSkillFile, serialise } from '../../lib/skills/canonical';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

const files: Array<[string, (data: unknown) => unknown]> = [
  ...readdirSync(`${ROOT}skills`).filter((f) => f.endsWith('.json')).map((f): [string, (d: unknown) => unknown] => [`skills/${f}`, canonicalSkillFile]),
  ...readdirSync(`${ROOT}roles`).filter((f) => f.endsWith('.json')).map((f): [string, (d: unknown) => unknown] => [`roles/${f}`, canonicalRole]),
  ['renamed.json', canonicalRenamed],
];

const live = files
  .filter(([rel]) => rel.startsWith('skills/'))
  .flatMap(([rel]) => (JSON.parse(readFileSync(`${ROOT}${rel}`, 'utf8')) as { skills: Array<{ id: string }> }).skills.map((s) => s.id));
// Ids once shipped stay listed; new ones join.
files.push(['shipped-ids.json', (ids) => canonicalIds([...(Array.isArray(ids) ? ids : []), ...(check ? [] : live)])]);

let off = 0;
for (const [rel, canonical] of files) {
  const path = `${ROOT}${rel}`;
  const text = readFileSync(path, 'utf8');
  const want = serialise(canonical(JSON.parse(text)));
  if (want === text) continue;
  off++;
  if (check) console.error(`taxonomy/${rel} is not canonical`);
  else {
    writeFileSync(path, want);
    console.log(`formatted taxonomy/${rel}`);
  }
}
if (check && off) {
  console.error('run: npm run taxonomy:format');
  process.exit(1);
}
if (!off) console.log(`${files.length} taxonomy files, all canonical`);
