/**
 * Dumps everything the matcher gives, to hold a speed change to "no result changed" (session 45, #13 speed):
 *  - the pack (lib/skills/matcher-pack.ts packMatcher) of the compiled taxonomy, as JSON;
 *  - findSkills on hn-dev, the hn-skills TUNE part (never report), every fresh-skills-*.jsonl posting, SkillSpan tech
 *    train and dev sentences, and every taxonomy example and counter-example: each text whole, each of its lines
 *    alone (the short texts items and terms ask about), and the whole text again with a Discourse (what it accepted
 *    and doubted, then read once more with what it accepted vouched), with the compiled matcher and with the matcher
 *    unpacked from the pack (the service worker's).
 * Usage: npx tsx test/tools/matcher-dump.ts OUT.jsonl   (then diff OUT.jsonl against the dump made before the change;
 * it prints a digest of the whole dump too, so two runs are compared at a glance).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { compileMatcher, findSkills, type Discourse, type Matcher } from '../../lib/skills/matcher';
import { packMatcher, skillsFingerprint, unpackMatcher } from '../../lib/skills/matcher-pack';
import { loadTaxonomy } from '../../lib/skills/taxonomy';
import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '../../taxonomy';
import { freshSkills, hnDev, hnSkills, skillspan } from '../bench/labelled';

const out = process.argv[2];
if (!out) throw new Error('usage: matcher-dump.ts OUT.jsonl');
const taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
const compiledMatcher = compileMatcher(taxonomy.skills);
const pack = packMatcher(compiledMatcher, skillsFingerprint(taxonomy.skills));
const unpacked = unpackMatcher(pack, taxonomy.skills);

const lines: string[] = [JSON.stringify({ pack })];
const texts: Array<[string, string]> = [];
for (const r of hnDev() ?? []) texts.push([`hn-dev ${r.id}`, r.text]);
for (const r of hnSkills('tune') ?? []) texts.push([`hn-skills-tune ${r.id}`, r.text]);
for (const r of freshSkills() ?? []) texts.push([`fresh ${r.id}`, r.text]);
for (const split of ['train', 'dev'] as const) (skillspan(split) ?? []).forEach((s, i) => texts.push([`skillspan-${split} ${i}`, s.text]));
for (const s of taxonomy.skills) {
  s.examples.forEach((t, i) => texts.push([`example ${s.id} ${i}`, t]));
  s.counterExamples.forEach((t, i) => texts.push([`counter ${s.id} ${i}`, t]));
}

const hits = (m: Matcher, t: string, d?: Discourse) => findSkills(m, t, d).map((h) => [h.skillId, h.start, h.end, h.text]);
for (const [name, m] of [['compiled', compiledMatcher], ['unpacked', unpacked]] as const) {
  for (const [id, text] of texts) {
    const d: Discourse = { accepted: new Set(), doubted: new Set() };
    const whole = hits(m, text, d);
    const vouched = hits(m, text, { vouched: d.accepted });
    const parts = text.includes('\n') ? text.split('\n').map((l) => hits(m, l)) : null;
    lines.push(JSON.stringify({ m: name, id, whole, accepted: [...d.accepted!].sort(), doubted: [...d.doubted!].sort(), vouched, parts }));
  }
}
const body = lines.join('\n') + '\n';
writeFileSync(out, body);
console.log(`${texts.length} texts, ${lines.length} lines, sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 16)} -> ${out}`);
