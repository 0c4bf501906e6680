import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { bullet, engine, TODAY } from './readers';

// Readings mended after careful-reader-11 (session 36, #12): each with lines written for this test and a counter-example.
function verdictOf(line: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(`Harrowgate | Engineer | Remote\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
}
const facts = (text: string) => postingFacts(postingFromText(`Harrowgate | Engineer | Remote\n\n${text}`));

describe('years the company says it looks for', () => {
  it('"We look for 5+ years" asks them, in prose under the role\u2019s heading as in a list', () => {
    expect(facts('About the role\nYou will run the fleet. We usually look for six or more years in infrastructure roles.\n').yearsMin).toBe(6);
    expect(facts('About the role\nWe look for 4+ years of backend experience.\n').yearsMin).toBe(4);
    // (A duration is still no ask: the company's own years.)
    expect(facts('About us\nWe have served hospitals for 12+ years.\n\nRequirements:\n- Go\n').yearsMin).toBe(null);
  });

  it('"5+ years of backend development" is the overall ask; a skill\u2019s years below it are not the posting\u2019s minimum', () => {
    expect(facts('Requirements:\n- 5+ years of backend development\n- 3+ years of experience with Kafka\n- 1+ years with Elixir\n').yearsMin).toBe(5);
    // (Years of one language's development with a tool after it stay that skill's.)
    expect(facts('Requirements:\n- 2+ years of Go development with gRPC\n- 4+ years of experience with Kafka\n').yearsMin).toBe(2);
  });
});

describe('a degree and the years that stand in for it', () => {
  it('"…; 10 years with a high school diploma" and "or 9 years without a degree" are equivalent experience', () => {
    expect(facts('Requirements:\n- 4 years of network engineering experience with a Bachelor\u2019s degree; 10 years with a high school diploma\n').degree?.equivalentExperience).toBe(true);
    expect(facts('Requirements:\n- Bachelor\u2019s degree in Computer Science, or 9 years without a degree\n').degree?.equivalentExperience).toBe(true);
    expect(facts('Requirements:\n- Bachelor\u2019s degree in Computer Science\n- 10 years of experience with Linux\n').degree?.equivalentExperience).toBe(false);
  });
});

describe('names the taxonomy does not know', () => {
  it('"Iron Bank" is a name, not banking; "X images" is met by a resume naming X', () => {
    // (Hardened images are infrastructure security in the taxonomy since session 43, vocab-s43; still no banking.)
    expect(bullet('Experience with Iron Bank hardened images')).toEqual(['required: infrastructure-security']);
    expect(bullet('Experience in the banking sector')).toEqual(['required: fintech']);
    const cv = 'EXPERIENCE\nPlatform Engineer, Coldharbour, 2021 \u2013 present\n- Hardened base images pulled from Iron Bank for every service\n';
    expect(verdictOf('Experience with Iron Bank images', cv).verdict).toBe('met');
    // (Another name with the same noun is not it.)
    const other = 'EXPERIENCE\nPlatform Engineer, Coldharbour, 2021 \u2013 present\n- Hardened base images from Chainguard for every service\n';
    expect(verdictOf('Experience with Iron Bank images', other).verdict).toBe('unmet');
  });
});
