import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

// Written for this test (session 34). Text scraped without its punctuation (a CMS that drops it, SkillSpan's sentences)
// runs to thousands of characters in one sentence. A context rule whose run of words may group several ways backtracks
// exponentially there: one such sentence kept the worker busy for minutes. Each of these must simply get a result.
const run = (words: string, n: number) => Array.from({ length: n }, () => words).join(' ');
const ids = (text: string) => analyzePosting(engine, postingFromText(text)).skills.map((s) => s.id);

describe('a long sentence without punctuation gets a result', () => {
  it('a list of words before a mention followed by "our"', () => {
    const body = `${run('keep the reporting pipelines healthy and review the warehouse models with the analysts', 40)} in Brackwater’s Kubernetes for our teams and our partners`;
    expect(body.length).toBeGreaterThan(3000);
    expect(ids(`Brackwater | Data Engineer | Remote\n\nRequirements:\n• ${body}\n`)).toContain('kubernetes');
  });

  it('names joined by "and" and "or" that never reach "as sources"', () => {
    const body = `${run('Postgres and Kafka or Redis and Snowflake', 60)}; Brackwater runs them all`;
    expect(ids(`Brackwater | Data Engineer | Remote\n\n${body}\n`)).toContain('postgresql');
  });

  it('a title-case run with "and" between every word', () => {
    const body = run('Platform And Data And Cloud Or Tooling', 120);
    expect(ids(`Brackwater | Engineer | Remote\n\nRequirements:\n• ${body} with our Go services\n`)).toContain('go');
  });
});
