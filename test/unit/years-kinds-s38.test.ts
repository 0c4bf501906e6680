import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 38, #12). Years of a thing, then a bracket of its kinds: "2+ years on data-heavy
// systems (streaming, search, or analytics databases)" asks two years of any of them, and "at least 2 on …" after
// "years" counts years, not how many of the bracket are needed.
const posting = (lines: string[]) => analyzePosting(engine, postingFromText(`Platform Engineer\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
const resume = analyzeResume(
  engine,
  'cv',
  'Ines Varga\n\nExperience\nBackend Engineer, Pellucid Freight, March 2019 - present\n- Moved the order history from MySQL to ClickHouse\n- Wrote the Go services behind the tracking API\n\nSoftware Developer, Harbourlight, 2016 - 2019\n- PHP and MySQL for the booking site\n',
  TODAY,
);
const judged = (line: string) => {
  const a = posting([line]);
  const k = a.requirements.findIndex((r) => r.text.startsWith(line.slice(0, 12)));
  expect(k).toBeGreaterThanOrEqual(0);
  return { item: a.requirements[k]!, verdict: matchResume(engine, a, resume).requirements![k]! };
};

describe('years of a thing and of the kinds its bracket names', () => {
  it('"at least 2 on …" after years asked is two years, not two of the list', () => {
    const { item } = judged('6+ years writing server software, with at least 2 on data-heavy systems (streaming, search, or analytics databases)');
    expect(item.atLeast).toBeUndefined();
    expect(item.years?.min).toBe(6);
  });

  it('a count of things still asks that many: "at least two languages (Go, Rust, Java)"', () => {
    const { item } = judged('Production code in at least two languages (Go, Rust, Java)');
    expect(item.atLeast).toEqual([2]);
  });

  it('years of any kind the bracket names meet the ask', () => {
    const { item, verdict } = judged('3+ years with data-intensive systems (streaming, search, or analytics databases)');
    expect(item.groups).toEqual([['large-scale-data'], ['databases', 'term:streaming', 'term:search']]);
    expect(verdict.verdict).toBe('met');
    expect(verdict.evidence).toMatch(/years in dated roles; 3\+ asked/);
    // One group, met: the thing named before the bracket is a choice met, not a skill the resume lacks.
    expect(verdict.groups).toEqual([{ met: 'databases', options: ['large-scale-data', 'term:streaming', 'term:search'] }]);
    const report = matchResume(engine, posting(['3+ years with data-intensive systems (streaming, search, or analytics databases)']), resume);
    expect(report.missing.map((m) => m.id)).not.toContain('large-scale-data');
  });

  it('a bracket of the head\u2019s own parts is not folded: each part\u2019s years are asked', () => {
    const a = posting(['AWS (Lambda, DynamoDB) - 3+ years']);
    const aws = analyzeResume(engine, 'cv', 'Ines Varga\n\nExperience\nCloud Engineer, Pellucid Freight, 2018 - present\n- Serverless order intake on AWS Lambda\n', TODAY);
    const v = matchResume(engine, a, aws).requirements![0]!;
    expect(a.requirements[0]!.groups).toEqual([['aws'], ['aws-lambda'], ['dynamodb']]);
    expect(v.verdict).toBe('partial');
    expect(v.evidence).toMatch(/not shown: Amazon DynamoDB/);
  });
});

describe('examples in plain words, and years at a level written in words', () => {
  const dba = analyzeResume(engine, 'cv', 'Noor Haddad\n\nExperience\nSenior Database Engineer, Tessellate Bank, 2017 - present\n- Ran a MySQL fleet: point-in-time restores, schema migrations, failover drills\n', TODAY);
  it('a bracket example the resume writes in the same words shows the thing asked', () => {
    const a = posting(['At home running MySQL in production (failover, migrations, backups)']);
    const v = matchResume(engine, a, dba).requirements![0]!;
    expect(v.verdict).toBe('met');
  });
  it('the same ask where the resume writes none of the examples, and the known one is missing, stays partly met', () => {
    const plain = analyzeResume(engine, 'cv', 'Noor Haddad\n\nExperience\nDatabase Engineer, Tessellate Bank, 2017 - present\n- Tuned slow MySQL queries for the loans team\n', TODAY);
    const a = posting(['At home running MySQL in production (failover, migrations, backups)']);
    expect(a.requirements[0]!.groups.length).toBeGreaterThan(1);
    expect(matchResume(engine, a, plain).requirements![0]!.verdict).toBe('partial');
  });
  it('"at least three of them at a staff or lead level": the years at that level, by the titles', () => {
    const a = posting(['Ten or more years in software, at least three of them at a staff or lead level']);
    const v = matchResume(engine, a, dba).requirements![0]!;
    expect(v.verdict).toBe('partial');
    expect(v.evidence).toMatch(/at staff level or above, by the roles\u2019 titles; 3\+ asked/);
  });
});

describe('years of operations work named beside SRE or DevOps', () => {
  const ops = analyzeResume(engine, 'cv', 'Ada Mensah\n\nExperience\nProduction Support Engineer, Lakeshore Mutual, Jan 2020 - present\n- First on call for the policy system; Splunk alerts and runbooks\n', TODAY);
  it('an operations role by its title meets "N years in an SRE, DevOps, or production operations role"', () => {
    const a = posting(['4+ years in an SRE, DevOps, or production operations role']);
    const v = matchResume(engine, a, ops).requirements![0]!;
    expect(v).toMatchObject({ verdict: 'met', evidence: expect.stringMatching(/^Infrastructure engineering: [\d.]+ years in dated roles; 4\+ asked/) });
  });
  it('without operations named beside them, SRE or DevOps years are asked as such', () => {
    const a = posting(['4+ years in an SRE or DevOps role']);
    expect(matchResume(engine, a, ops).requirements![0]!.verdict).toBe('unmet');
  });
});
