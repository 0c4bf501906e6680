import { describe, expect, it } from 'vitest';
import { detectRole, guideLink } from '@/lib/match/role';
import { compileMatcher, findSkills } from '@/lib/skills/matcher';
import { packMatcher, skillsFingerprint, unpackMatcher } from '@/lib/skills/matcher-pack';
import { slimRoleFile, slimSkillFile, slimTaxonomyModule } from '@/lib/skills/slim';
import { loadTaxonomy } from '@/lib/skills/taxonomy';
import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '@/taxonomy';

/** What the service worker's build makes of each file (wxt.config.ts, workerTaxonomy). */
const slim = (dir: 'skills' | 'roles', files: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(files).map(([name, json]) => [name, slimTaxonomyModule(`${dir}/${name}.json`, json)]));

const full = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
const worker = loadTaxonomy(slim('skills', SKILL_FILES), slim('roles', ROLE_FILES), slimTaxonomyModule('renamed.json', RENAMED_IDS) as Record<string, string>);

describe('the taxonomy the service worker loads (prose left out at build time)', () => {
  it('finds exactly what the whole taxonomy finds, in every example and counter-example', () => {
    const a = compileMatcher(full.skills);
    // As the worker does: the pack made at build time from the whole taxonomy, unpacked with the slim skills.
    expect(skillsFingerprint(worker.skills)).toBe(skillsFingerprint(full.skills));
    const b = unpackMatcher(packMatcher(a, skillsFingerprint(full.skills)), worker.skills);
    const sentences = full.skills.flatMap((s) => [...s.examples, ...s.counterExamples]);
    expect(sentences.length).toBeGreaterThan(500);
    for (const text of sentences) expect(findSkills(b, text), text).toEqual(findSkills(a, text));
    expect(b.forms).toBe(a.forms);
    expect(b.implied).toEqual(a.implied);
  });

  it('names the same role and links the same guide sections', () => {
    const skillIds = full.skills.map((s) => s.id);
    for (const role of full.roles) {
      for (const title of [...role.titlePatterns, `Senior ${role.title}`]) {
        expect(detectRole(title, [], worker.roles)?.id, title).toBe(detectRole(title, [], full.roles)?.id);
      }
      const mix = role.skills.map((s) => s.skill);
      expect(detectRole('Engineer', mix, worker.roles)?.id).toBe(detectRole('Engineer', mix, full.roles)?.id);
    }
    const wr = (id: string) => worker.roles.find((r) => r.id === id) ?? null;
    for (const id of skillIds) for (const role of full.roles) expect(guideLink(id, wr(role.id), worker.roles)).toBe(guideLink(id, role, full.roles));
  });

  it('keeps no prose, and is a fraction of the whole', () => {
    const text = JSON.stringify([Object.values(slim('skills', SKILL_FILES)), Object.values(slim('roles', ROLE_FILES))]);
    for (const key of ['aliases', 'misspellings', 'examples', 'counterExamples', 'summary', 'practice', 'backgrounds', 'transitions', 'market', 'learn', 'why']) expect(text.includes(`"${key}":`), key).toBe(false);
    const whole = JSON.stringify([SKILL_FILES, ROLE_FILES]).length;
    expect(text.length).toBeLessThan(whole * 0.6);
  });

  it('keeps only listed keys, so prose added to the data later stays out of the worker', () => {
    const role = slimRoleFile({ id: 'r', title: 'R', titlePatterns: ['r'], interview: 'new prose', skills: [{ skill: 's', weight: 'core', what: 'x', salary: 'y' }] });
    expect(role).toEqual({ id: 'r', title: 'R', titlePatterns: [' r '], skills: [{ skill: 's', weight: 'core' }] });
    const skills = slimSkillFile({ skills: [{ id: 's', name: 'S', category: 'tool', history: 'prose', ambiguity: { otherwise: 'reject', rules: [{ decision: 'accept', after: '^x', why: 'prose' }] } }] });
    expect(skills).toEqual({ skills: [{ id: 's', name: 'S', category: 'tool', ambiguity: { otherwise: 'reject', rules: [{ decision: 'accept', after: '^x' }] } }] });
  });

  it('refuses any other module of taxonomy/ (the guides’ prose is for the guide page only)', () => {
    expect(slimTaxonomyModule('guides/devops-engineer.json', {})).toBeNull();
    expect(slimTaxonomyModule('skills/nested/x.json', {})).toBeNull();
    expect(slimTaxonomyModule('shipped-ids.json', [])).toBeNull();
  });
});
