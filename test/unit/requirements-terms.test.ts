import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { nameOf, termsShown } from '../../lib/requirements/terms';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Every sentence here was written for these tests; none comes from a real posting.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
const choicesOf = (line: string) => {
  const posting = postingFromText(`Acme | Backend Engineer | Remote\n\nRequirements:\n- ${line}\n`);
  return requirementItems(posting, (t) => findSkills(matcher, t), options)
    .flatMap((i) => i.groups)
    .filter((g) => g.length > 1);
};

describe('an "or" list names options the taxonomy does not know: they are kept in words', () => {
  it.each([
    // (With the industries the taxonomy names for them, session 36: insurtech, health-tech, logistics-tech.)
    ['Experience in fintech, healthcare, or insurance', ['fintech', 'term:healthcare', 'term:insurance', 'insurtech', 'health-tech']],
    ['Shipped production code in Go or Odin', ['go', 'term:Odin']],
    ['Operated Kafka or Bufstream at scale', ['kafka', 'term:Bufstream']],
    ['A background in e-commerce, logistics, or retail is a plus', ['ecommerce', 'term:logistics', 'term:retail', 'logistics-tech']],
  ])('%s', (line, want) => {
    expect(choicesOf(line)).toContainEqual(want);
  });

  it.each([
    // All needed, or the "or" does not close the list.
    'Go, gRPC and Postgres, or equivalent experience',
    'React or Solid, TypeScript and Vite',
    'Terraform or pipelines, dashboards, runbooks',
    // A list of what was done or of people, not of options.
    'You have built data pipelines, owned dashboards, or mentored analysts',
    'Designers who code, PMs with taste, or Python engineers',
    // An open tail is not an option of its own, and a capital that only starts the sentence names nothing.
    'Python or a similar language',
    'Entrepreneurial or Python experience',
  ])('no option in words: %s', (line) => {
    expect(choicesOf(line).flat().filter((id) => id.startsWith('term:'))).toEqual([]);
  });

  it('"React or Solid, TypeScript": the comma after the unknown option ends the choice, TypeScript is asked as well', () => {
    const posting = postingFromText('Acme | Frontend | Remote\n\nRequirements:\n- React or Solid, TypeScript\n');
    const groups = requirementItems(posting, (t) => findSkills(matcher, t), options).flatMap((i) => i.groups);
    expect(groups).toContainEqual(['typescript']);
    expect(groups.some((g) => g.includes('react') && g.includes('typescript'))).toBe(false);
  });
});

describe('a term option is met where the resume names it', () => {
  it('in any case for a lowercase field, only as written for a name, a plural either way', () => {
    const shown = termsShown([['term:healthcare', 'term:marketplaces', 'term:Solid', 'term:Odin']], 'Built claims tools for HealthCare providers\nRan a marketplace team\nSolid experience with React. Solid knowledge of Go\nWrote a game in Odin, then ported it to Solid');
    expect([...shown.keys()].sort()).toEqual(['term:Odin', 'term:Solid', 'term:healthcare', 'term:marketplaces']);
    expect(shown.get('term:Solid')?.evidence).toBe('Wrote a game in Odin, then ported it to Solid');
    expect(termsShown([['term:Solid']], 'Solid experience with React. Solid knowledge of Go').size).toBe(0);
  });

  it('the verdict says so, and the taxonomy skill of the group is a choice met, not lacking', () => {
    const posting = postingFromText('Ledgerly | Backend Engineer | Remote\n\nRequirements\n- Experience in fintech, healthcare, or insurance\n- Python\n');
    const analysis = analyzePosting(engine, posting);
    const resume = analyzeResume(engine, 'cv', 'Dana Reyes\n\nExperience\nBackend Engineer, CareLoop (healthcare scheduling), 2019 - Present\n- Python services for clinics\n', new Date('2026-12-01'));
    const match = matchResume(engine, analysis, resume);
    const at = analysis.requirements.findIndex((r) => r.groups.some((g) => g.includes('term:healthcare')));
    expect(match.requirements?.[at]).toMatchObject({ verdict: 'met', groups: [{ met: 'term:healthcare' }] });
    expect(match.requirements?.[at]?.evidence).toContain('healthcare — “Backend Engineer, CareLoop (healthcare scheduling)');
    expect(match.missing.map((s) => s.id)).not.toContain('fintech');
    expect(match.alternatives).toContainEqual(expect.objectContaining({ id: 'fintech', metBy: { id: 'term:healthcare', name: 'healthcare' } }));
  });

  it('a term is named in its words wherever an id is named', () => {
    const name = nameOf(taxonomy.byId);
    expect(name('fintech')).toBe(taxonomy.byId.get('fintech')!.name);
    expect(name('term:Bufstream')).toBe('Bufstream');
  });
});

// Forms mined from the postings one may tune on (test/tools/mine-anyof.ts, issue #12, s27); every sentence here is new.
describe('fields joined by slashes, three or more, some the taxonomy does not know: a pick, the unknown ones in words (s27)', () => {
  it.each([
    ['Bonus: K-12/EdTech/GovTech experience', ['edtech', 'govtech', 'term:K-12']],
    ['Deep domain chops in payroll/fintech/insurance, ideally at a startup', ['fintech', 'term:payroll', 'term:insurance']],
  ])('%s', (line, want) => {
    expect(choicesOf(line).map((g) => [...g].sort())).toContainEqual([...want].sort());
  });
  it.each([
    // A stack of tools joined by slashes is used together.
    'Stack: Next.js/Expo/Tailwind on the client',
    // The end of a longer name before the run, and a run that qualifies the noun after it.
    'Background in B2B SaaS/DevTools/workflow',
    'Prior agent/retrieval/ML infra work',
  ])('%s', (line) => {
    expect(choicesOf(line).filter((g) => g.some((id) => id.startsWith('term:')))).toEqual([]);
  });
});

describe('a verb before the list is no option of it (s27)', () => {
  it('"Have run or scaled …, …, or …"', () => {
    const got = choicesOf('Have run or scaled Kubernetes clusters, Nomad, or ECS');
    expect(got.some((g) => ['kubernetes', 'nomad', 'ecs'].every((id) => g.includes(id))), JSON.stringify(got)).toBe(true);
    expect(got.flat().filter((id) => /^term:(?:have|has|had)\b/i.test(id))).toEqual([]);
  });
});
