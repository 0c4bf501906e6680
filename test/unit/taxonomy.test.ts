import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eightWordRuns, postingRuns } from '../tools/word-runs';
import { canonicalIds, canonicalRenamed, canonicalRole, canonicalSkillFile, serialise } from '@/lib/skills/canonical';
import { findSkills } from '@/lib/skills/matcher';
import { skillForms } from '@/lib/skills/matcher';
import { SKILL_CATEGORIES } from '@/lib/skills/schema';
import { bundled, currentId, loadTaxonomy } from '@/lib/skills/taxonomy';
import { checkTaxonomy, parseTaxonomy } from '@/lib/skills/validate';
import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '@/taxonomy';
import { ROOT, SHARED, sharedPath, withoutShared } from '../helpers';

const { taxonomy, matcher } = bundled();
const norm = (form: string) => form.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
const TAXONOMY = `${ROOT}taxonomy/`;
const jsonFiles = (dir: string) => readdirSync(TAXONOMY + dir).filter((f) => f.endsWith('.json')).sort();
const clone = <T>(x: T): T => structuredClone(x);
const SHIPPED = JSON.parse(readFileSync(`${TAXONOMY}shipped-ids.json`, 'utf8')) as string[];

describe('taxonomy files', () => {
  it('has one skill file per category, named after it, each listed in taxonomy/index.ts', () => {
    expect(jsonFiles('skills')).toEqual(SKILL_CATEGORIES.map((c) => `${c}.json`).sort());
    expect(Object.keys(SKILL_FILES).sort()).toEqual([...SKILL_CATEGORIES].sort());
    expect(Object.keys(ROLE_FILES).map((r) => `${r}.json`).sort()).toEqual(jsonFiles('roles'));
    for (const [name, file] of Object.entries(SKILL_FILES)) {
      expect(file, name).toEqual(JSON.parse(readFileSync(`${TAXONOMY}skills/${name}.json`, 'utf8')));
    }
  });

  // As darkreader does with its config: a file is canonical when re-serialising it gives back its bytes.
  it('keeps every file in its canonical form (npm run taxonomy:format writes it)', () => {
    const off: string[] = [];
    const check = (rel: string, canonical: (d: unknown) => unknown) => {
      const text = readFileSync(TAXONOMY + rel, 'utf8');
      if (serialise(canonical(JSON.parse(text))) !== text) off.push(rel);
    };
    for (const f of jsonFiles('skills')) check(`skills/${f}`, canonicalSkillFile);
    for (const f of jsonFiles('roles')) check(`roles/${f}`, canonicalRole);
    check('renamed.json', canonicalRenamed);
    check('shipped-ids.json', canonicalIds);
    expect(off, 'not canonical: run npm run taxonomy:format').toEqual([]);
  });

  it('formats canonically: sorted by id, keys in schema order, defaults left out, unknown keys kept', () => {
    const file = {
      skills: [
        { examples: ['b'], name: 'B', id: 'b', category: 'tool', plural: true, aliases: [], typo: 1 },
        { id: 'a', category: 'tool', name: 'A', plural: false, ambiguity: { otherwise: 'reject', rules: [{ why: 'w', after: '^x', decision: 'accept' }] } },
      ],
    };
    expect(serialise(canonicalSkillFile(file))).toBe(
      serialise({
        skills: [
          { id: 'a', name: 'A', category: 'tool', ambiguity: { rules: [{ decision: 'accept', after: '^x', why: 'w' }], otherwise: 'reject' }, plural: false },
          { id: 'b', name: 'B', category: 'tool', examples: ['b'], typo: 1 },
        ],
      }),
    );
    expect(serialise(canonicalRenamed({ z: 'a', b: 'c' }))).toBe('{\n  "b": "c",\n  "z": "a"\n}\n');
  });

  it('passes the checks the build runs', () => {
    expect(checkTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS, SHIPPED)).toEqual([]);
  });

  it('keeps every id it ever shipped: gone only with a rename', () => {
    const files = clone(SKILL_FILES) as Record<string, { skills: Array<{ id: string }> }>;
    files.iac!.skills = files.iac!.skills.filter((s) => s.id !== 'terraform');
    // Role guides name terraform too: take it out of them, so only the removal itself is in question.
    const roles = Object.fromEntries(
      Object.entries(clone(ROLE_FILES) as Record<string, { skills: Array<{ skill: string }> }>).map(([k, r]) => [k, { ...r, skills: r.skills.filter((s) => s.skill !== 'terraform') }]),
    );
    const gone = checkTaxonomy(files, roles, {}, SHIPPED).filter((p) => /shipped|is new/.test(p));
    expect(gone).toEqual(['terraform was shipped and is gone: map it to its new id in taxonomy/renamed.json']);
    expect(checkTaxonomy(files, roles, { terraform: 'pulumi' }, SHIPPED).filter((p) => /shipped|is new/.test(p))).toEqual([]);
    expect(checkTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS, SHIPPED.filter((id) => id !== 'go'))).toEqual([
      'go is new: npm run taxonomy:format records it in taxonomy/shipped-ids.json',
    ]);
  });

  it('loads without zod to exactly what the schema parses', () => {
    const loaded = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
    const parsed = parseTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
    expect(loaded.skills).toStrictEqual(parsed.skills);
    expect(loaded.roles).toStrictEqual(parsed.roles);
    expect(loaded.renamed).toStrictEqual(parsed.renamed);
  });

  it('makes the build fail on each kind of bad data', () => {
    const problems = (mutate: (files: { skills: Record<string, any>; roles: Record<string, any>; renamed: Record<string, unknown> }) => void) => {
      const files = { skills: clone(SKILL_FILES) as Record<string, any>, roles: clone(ROLE_FILES) as Record<string, any>, renamed: clone(RENAMED_IDS) as Record<string, unknown> };
      mutate(files);
      return checkTaxonomy(files.skills, files.roles, files.renamed).join('\n');
    };
    const terraform = (f: { skills: Record<string, any> }) => f.skills.iac.skills.find((s: { id: string }) => s.id === 'terraform');
    expect(problems((f) => f.skills.iac.skills.reverse())).toMatch(/iac\.json: .* comes after .*: skills are sorted by id/);
    expect(problems((f) => (terraform(f).category = 'tool'))).toMatch(/terraform is in category tool, so belongs in tool\.json/);
    // One line: a file that fails the schema is reported alone, not again through every reference to its skills.
    expect(problems((f) => (terraform(f).alias = ['tf']))).toMatch(/^taxonomy\/skills\/iac\.json: skills\.\d+: Unrecognized key: "alias"$/);
    expect(problems((f) => (terraform(f).id = 'Terraform'))).toMatch(/iac\.json: skills\.\d+\.id: ids are kebab-case/);
    expect(problems((f) => (terraform(f).implies = ['no-such-skill']))).toMatch(/terraform implies no-such-skill, which is no skill/);
    expect(problems((f) => f.skills.language.skills.push({ ...f.skills.language.skills[0] }))).toMatch(/is used twice/);
    const go = (f: { skills: Record<string, any> }) => f.skills.language.skills.find((s: { id: string }) => s.id === 'go');
    expect(problems((f) => (go(f).ambiguity.rules[0].near = ['claude']))).toMatch(/go: a rule is near claude, which is no skill/);
    expect(problems((f) => (go(f).ambiguity.rules[0].before = '(unclosed$'))).toMatch(/go: rule pattern \(unclosed\$: /);
    expect(problems((f) => (f.roles['data-engineer'].skills[0].skill = 'no-such-skill'))).toMatch(/roles\/data-engineer\.json: section for no-such-skill/);
    expect(problems((f) => (f.renamed['terraform'] = 'aws'))).toMatch(/renamed\.json: terraform is renamed, yet still a skill/);
    expect(problems((f) => (f.renamed['old-id'] = 'gone'))).toMatch(/renamed\.json: old-id → gone, which is no skill/);
    expect(problems((f) => terraform(f).examples.push('We bake bread.'))).toMatch(/terraform is not found in its example: We bake bread\./);
    expect(problems((f) => (terraform(f).counterExamples = ['Provision it with Terraform.']))).toMatch(/terraform is found in its counter-example/);
    expect(problems(() => undefined)).toBe('');
  });

  it('follows renamed.json from an old id to the live one, through chains', () => {
    const t = loadTaxonomy(SKILL_FILES, ROLE_FILES, { 'hashicorp-terraform': 'tf', tf: 'terraform' });
    expect(currentId(t, 'hashicorp-terraform')).toBe('terraform');
    expect(currentId(t, 'terraform')).toBe('terraform');
    expect(currentId(t, 'never-a-skill')).toBe('never-a-skill');
  });
});

describe('taxonomy data', () => {
  it('parses and has unique, kebab-case ids', () => {
    const ids = taxonomy.skills.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(taxonomy.skills.length).toBeGreaterThanOrEqual(150);
  });

  it('resolves every implication, without cycles', () => {
    for (const s of taxonomy.skills) {
      for (const id of s.implies) expect(taxonomy.byId.has(id), `${s.id} implies ${id}`).toBe(true);
      const seen = new Set<string>();
      const stack = [...s.implies];
      while (stack.length) {
        const id = stack.pop()!;
        expect(id, `cycle through ${s.id}`).not.toBe(s.id);
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...(taxonomy.byId.get(id)?.implies ?? []));
      }
    }
  });

  it('gives no case-insensitive form to two skills, unless both mark it ambiguous', () => {
    const owner = new Map<string, string>();
    for (const s of taxonomy.skills) {
      for (const [form, cased] of skillForms(s)) {
        const key = cased ? `cased:${form}` : norm(form);
        const prev = owner.get(key);
        if (prev && prev !== s.id) {
          const both = taxonomy.byId.get(prev)?.ambiguity && s.ambiguity;
          expect(both, `"${form}" belongs to ${prev} and ${s.id}`).toBeTruthy();
        }
        owner.set(key, s.id);
      }
    }
  });

  it('finds every skill in each of its examples', () => {
    const failures: string[] = [];
    for (const s of taxonomy.skills) {
      for (const ex of s.examples) {
        if (!findSkills(matcher, ex).some((h) => h.skillId === s.id)) failures.push(`${s.id}: ${ex}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('finds no skill in its counter-examples', () => {
    const failures: string[] = [];
    for (const s of taxonomy.skills) {
      for (const ex of s.counterExamples) {
        if (findSkills(matcher, ex).some((h) => h.skillId === s.id)) failures.push(`${s.id}: ${ex}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('covers every skill the two seed role guides name', () => {
    const seedSkills = [
      'aws', 'google-cloud', 'azure', 'terraform', 'network-architecture', 'linux', 'infrastructure-security',
      'python', 'bash', 'docker', 'kubernetes', 'systems-administration', 'virtualization', 'monitoring',
      'troubleshooting', 'reliability-focus', 'attention-to-detail', 'communication', 'collaboration',
      'cloudformation', 'pulumi', 'aws-cdk', 'vpc', 'load-balancing', 'dns', 'firewalls', 'iam', 'encryption',
      'capacity-planning', 'incident-response', 'on-call', 'go', 'java', 'c-sharp', 'rust', 'distributed-systems',
      'service-mesh', 'istio', 'envoy', 'prometheus', 'grafana', 'opensearch', 'observability', 'object-storage',
      'time-series-databases', 'data-pipelines', 'infrastructure-as-code', 'multi-tenancy', 'multi-cloud',
    ];
    for (const id of seedSkills) expect(taxonomy.byId.has(id), id).toBe(true);
  });

  // Examples are written fresh (../shared/LABELLING.md): none may share an eight-word run with a real posting.
  const POSTINGS = ['eval/hn-dev.jsonl', 'corpus/hn-2026.jsonl'];
  it.skipIf(withoutShared(...POSTINGS))('copies no example or counter-example from a posting in ../shared/fixtures (no eight-word run in common)', () => {
    const runs = postingRuns(POSTINGS.map(sharedPath));
    expect(runs.size).toBeGreaterThan(10_000);
    const copied = taxonomy.skills.flatMap((s) => [...s.examples, ...s.counterExamples].filter((ex) => eightWordRuns(ex).some((g) => runs.has(g))).map((ex) => `${s.id}: ${ex}`));
    expect(copied).toEqual([]);
  });

  it('keeps the renamed-id map pointing at live skills', () => {
    for (const [from, to] of Object.entries(taxonomy.renamed)) {
      expect(taxonomy.byId.has(from), `${from} is renamed yet still used`).toBe(false);
      expect(taxonomy.byId.has(to), `${from} → ${to}`).toBe(true);
    }
  });
});

describe('role guides', () => {
  it('has the two seed roles and the roles these users move to next', () => {
    expect(taxonomy.roles.map((r) => r.id).sort()).toEqual([
      'backend-engineer', 'cloud-engineer', 'data-engineer', 'devops-engineer', 'infrastructure-engineer', 'network-engineer',
      'platform-engineer', 'security-engineer', 'site-reliability-engineer', 'software-engineer-infrastructure',
      'frontend-engineer', 'full-stack-engineer', 'mobile-engineer', 'machine-learning-engineer', 'data-scientist', 'embedded-engineer', 'qa-engineer',
    ].sort());
  });

  it('detects the role from the title, longest pattern first', async () => {
    const { detectRole } = await import('@/lib/match/role');
    const role = (t: string) => detectRole(t, [], taxonomy.roles)?.id ?? null;
    expect(role('Senior Site Reliability Engineer (SRE)')).toBe('site-reliability-engineer');
    expect(role('Software Engineer, Infrastructure')).toBe('software-engineer-infrastructure');
    expect(role('Staff Infrastructure Engineer')).toBe('infrastructure-engineer');
    expect(role('Cloud Engineer')).toBe('cloud-engineer');
    expect(role('Platform Engineer II')).toBe('platform-engineer');
    expect(role('Data Engineer')).toBe('data-engineer');
    expect(role('Marketing Manager')).toBeNull();
  });

  it('detects the role from the skill mix when the title is vague', async () => {
    const { detectRole } = await import('@/lib/match/role');
    const sre = taxonomy.roles.find((r) => r.id === 'network-engineer')!;
    const ids = sre.skills.filter((s) => s.weight === 'core').map((s) => s.skill);
    expect(detectRole('Engineer III', ids, taxonomy.roles)?.id).toBe('network-engineer');
  });

  it('gives every role skill section what it is, why the role needs it, the market, how to show it and how to learn it', () => {
    for (const r of taxonomy.roles) for (const s of r.skills) for (const k of ['what', 'why', 'market', 'show', 'learn'] as const) expect(s[k].length, `${r.id}/${s.skill}.${k}`).toBeGreaterThan(20);
  });

  it('references only known skills, each once per role', () => {
    for (const role of taxonomy.roles) {
      const ids = role.skills.map((s) => s.skill);
      expect(new Set(ids).size, role.id).toBe(ids.length);
      for (const id of ids) expect(taxonomy.byId.has(id), `${role.id} → ${id}`).toBe(true);
    }
  });

  // The seeds are ../shared's: without them the check skips, visibly, except under CI=true where it must run.
  const SEEDS = ['role-infrastructure-engineer.txt', 'role-software-engineer-infrastructure.txt'].map((f) => `${SHARED}seeds/${f}`);
  it.skipIf(process.env.CI !== 'true' && !SEEDS.every((f) => existsSync(f)))('is written in our own words: no eight-word run copied from the seeds', () => {
    const seedWords = SEEDS.map((f) => readFileSync(f, 'utf8')).join(' ').toLowerCase().match(/[a-z0-9']+/g) ?? [];
    expect(seedWords.length).toBeGreaterThan(100);
    const grams = new Set<string>();
    for (let i = 0; i + 8 <= seedWords.length; i++) grams.add(seedWords.slice(i, i + 8).join(' '));
    for (const role of taxonomy.roles) {
      const words = JSON.stringify(role).toLowerCase().match(/[a-z0-9']+/g) ?? [];
      for (let i = 0; i + 8 <= words.length; i++) {
        const g = words.slice(i, i + 8).join(' ');
        expect(grams.has(g), `${role.id} copies "${g}"`).toBe(false);
      }
    }
  });
});
