import { describe, expect, it } from 'vitest';
import { compileMatcher, findSkills } from '@/lib/skills/matcher';
import { Skill, type SkillInput } from '@/lib/skills/schema';
import { tokenize } from '@/lib/skills/tokenize';
import { bundled } from '@/lib/skills/taxonomy';

const skill = (s: SkillInput) => Skill.parse(s);

describe('tokenize', () => {
  it('keeps offsets exact and drops only hyphens glued between words', () => {
    const text = 'on-call, C++ and .NET - fine';
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.lower);
    expect(toks.map((t) => t.lower)).toEqual(['on', 'call', ',', 'c', '+', '+', 'and', '.', 'net', '-', 'fine']);
  });

  it('starts a new sentence after a full stop and a space, or a line break', () => {
    const toks = tokenize('Use Node.js daily. Then Go\nRust');
    expect(toks.find((t) => t.lower === 'js')!.sentence).toBe(0);
    expect(toks.find((t) => t.lower === 'then')!.sentence).toBe(1);
    expect(toks.find((t) => t.lower === 'rust')!.sentence).toBe(2);
  });
});

describe('matcher on a small taxonomy', () => {
  const skills = [
    skill({ id: 'go', name: 'Go', category: 'language', cased: ['Go'], aliases: ['golang'],
      ambiguity: { otherwise: 'accept', rules: [{ decision: 'reject', after: '^\\s*-\\s*to\\b' }] } }),
    skill({ id: 'load-balancing', name: 'load balancing', category: 'networking', aliases: ['load balancer'] }),
    skill({ id: 'aws', name: 'AWS', category: 'cloud' }),
    skill({ id: 'eks', name: 'EKS', category: 'cloud-service', aliases: ['Amazon EKS'] }),
    skill({ id: 'r', name: 'R', category: 'language', cased: ['R'],
      ambiguity: { otherwise: 'reject', rules: [{ decision: 'accept', near: ['go'] }] } }),
  ];
  const m = compileMatcher(skills);
  const ids = (text: string) => findSkills(m, text).map((h) => h.skillId);

  it('matches case-sensitive forms only in their case', () => {
    expect(ids('We write Go services')).toEqual(['go']);
    expect(ids('ready to go live')).toEqual([]);
    expect(ids('Golang and gopher')).toEqual(['go']);
  });

  it('applies ambiguity rules from the data', () => {
    expect(ids('our Go-to-market team')).toEqual([]);
    expect(ids('R and Go in one sentence')).toEqual(['r', 'go']);
    expect(ids('Plan R. Then Go')).toEqual(['go']);
  });

  it('takes the longest match, hyphen and space variants, and plurals', () => {
    expect(ids('Amazon EKS clusters')).toEqual(['eks']);
    expect(ids('load-balancers and Load Balancing')).toEqual(['load-balancing', 'load-balancing']);
  });

  it('returns offsets that slice back to the mention', () => {
    const text = 'Run  EKS on AWS.';
    for (const h of findSkills(m, text)) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});

describe('matcher on the bundled taxonomy', () => {
  const { matcher } = bundled();
  const ids = (text: string) => new Set(findSkills(matcher, text).map((h) => h.skillId));

  it.each([
    ['C++ and C# on .NET', ['cpp', 'c-sharp', 'dotnet']],
    ['Node.js services', ['nodejs']],
    ['a CI/CD pipeline', ['ci-cd']],
    ['deep TCP/IP knowledge', ['tcp-ip']],
    ['Kubernetes (k8s) on AWS with Terraform', ['kubernetes', 'aws', 'terraform']],
    ['We use Golang and Postgres', ['go', 'postgresql']],
  ])('finds the skills in %j', (text, expected) => {
    const found = ids(text);
    for (const id of expected) expect(found, `${id} in ${text}`).toContain(id);
  });

  it('finds common misspellings, which are never shown', async () => {
    const { analyzeResume } = await import('@/lib/analyze');
    const r = analyzeResume(bundled(), 'cv', 'Five years of Kubernets, Terrafrom and Postgress.');
    expect(r.skills.map((x) => [x.id, x.name])).toEqual([
      ['kubernetes', 'Kubernetes'],
      ['terraform', 'Terraform'],
      ['postgresql', 'PostgreSQL'],
    ]);
  });

  it.each(['Ready to go?', 'our go-to-market plan', 'you will go beyond', 'Let us go over the design'])(
    'does not read "go" the verb as Go: %j',
    (text) => {
      expect(ids(text)).not.toContain('go');
    },
  );
});
