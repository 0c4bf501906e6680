import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 34). Ways of working most engineers practise and resumes seldom name (debugging, care
// for the craft, clean code, refactoring): a resume silent on one says nothing either way, so the verdict is unknown,
// never unmet; one that names it meets it. Found reading tune-safe postings as a user would ("We're looking for
// engineers who love the craft of software" was unmet as "Software craftsmanship" for an SRE of nine years).
const posting = `Larkspur Freight | Senior Backend Engineer | Remote (US)

Requirements
- 5+ years building backend services in Go
- Strong debugging skills in production
- Care for software craftsmanship and clean code
- Experience refactoring large legacy codebases
`;
const verdicts = (resume: string) => {
  const a = analyzePosting(engine, postingFromText(posting));
  const m = matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY));
  const of = (start: string) => m.requirements![a.requirements.findIndex((r) => r.text.includes(start))]!;
  return { go: of('5+ years'), debug: of('debugging'), craft: of('craftsmanship'), refactor: of('refactoring') };
};

describe('ways of working resumes seldom name', () => {
  it('are unknown where the resume does not name them', () => {
    const v = verdicts('Backend Engineer, Dunmore Logistics — Jan 2018 – Present\n- Built Go services for route pricing on Kubernetes\n- Ran Postgres and Kafka in production');
    expect(v.debug.verdict).toBe('unknown');
    expect(v.craft.verdict).toBe('unknown');
    expect(v.refactor.verdict).toBe('unknown');
    expect(v.go.verdict).toBe('met');
  });

  it('are met where it names them', () => {
    const v = verdicts('Backend Engineer, Dunmore Logistics — Jan 2018 – Present\n- Built Go services for route pricing\n- Debugging race conditions in the dispatch service was my on-call specialty\n- Refactored a legacy PHP monolith into Go modules');
    expect(v.debug.verdict).toBe('met');
    expect(v.refactor.verdict).toBe('met');
  });

  it('counter-example: a skill resumes do name stays unmet where it is missing', () => {
    const v = verdicts('Frontend Engineer, Dunmore Logistics — Jan 2018 – Present\n- Built React dashboards in TypeScript');
    expect(v.go.verdict).toBe('unmet');
  });
});
