import { describe, expect, it } from 'vitest';
import { compileMatcher, findSkills } from '@/lib/skills/matcher';
import { packMatcher, skillsFingerprint, unpackMatcher } from '@/lib/skills/matcher-pack';
import { loadTaxonomy } from '@/lib/skills/taxonomy';
import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '@/taxonomy';

const { skills } = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
const compiled = compileMatcher(skills);
/** As the service worker gets it: packed at build time, through JSON, unpacked when first needed. */
const unpacked = unpackMatcher(JSON.parse(JSON.stringify(packMatcher(compiled, skillsFingerprint(skills)))), skills);

describe('the matcher compiled at build time (lib/skills/matcher-pack.ts)', () => {
  it('unpacks to the matcher the taxonomy compiles to, array for array', () => {
    expect(unpacked).toEqual(compiled);
  });

  it('finds exactly what the compiled matcher finds, in every example and counter-example, cased forms and ambiguity rules included', () => {
    const sentences = skills.flatMap((s) => [...s.examples, ...s.counterExamples]);
    expect(sentences.length).toBeGreaterThan(500);
    for (const text of sentences) expect(findSkills(unpacked, text), text).toEqual(findSkills(compiled, text));
    const samples = ['I ran the team on AWS EKS and GKE', 'Type Script, Postgre SQL, oncall', 'python, groovy and Go; we sip tea'];
    for (const text of samples) expect(findSkills(unpacked, text)).toEqual(findSkills(compiled, text));
  });

  it('unpacks alike with the engine’s native base64 (Uint8Array.fromBase64: Chromium and Firefox have it, Node 20 does not)', () => {
    const pack = packMatcher(compiled, skillsFingerprint(skills));
    const U8 = Uint8Array as { fromBase64?: (s: string) => Uint8Array };
    const had = U8.fromBase64;
    U8.fromBase64 = undefined;
    const looped = unpackMatcher(pack, skills);
    U8.fromBase64 = (s) => new Uint8Array(Buffer.from(s, 'base64'));
    try {
      expect(unpackMatcher(pack, skills)).toEqual(looped);
    } finally {
      U8.fromBase64 = had;
    }
  });

  it('names the skills it was compiled from: another list (a skill added, or two swapped) gives another fingerprint', () => {
    const fp = skillsFingerprint(skills);
    expect(skillsFingerprint(skills.slice(1))).not.toBe(fp);
    expect(skillsFingerprint([skills[1]!, skills[0]!, ...skills.slice(2)])).not.toBe(fp);
    expect(skillsFingerprint([...skills])).toBe(fp);
  });
});
