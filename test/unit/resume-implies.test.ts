import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { bundled } from '../../lib/skills/taxonomy';

// What a resume's skills show beyond themselves (the taxonomy's implications). Sentences written for these tests.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };

describe('a relational database the resume names shows SQL and relational databases', () => {
  it.each(['PostgreSQL', 'MySQL', 'SQL Server', 'SQLite', 'MariaDB', 'CockroachDB'])('%s', (db) => {
    const posting = postingFromText('Acme | Backend Engineer | Remote\n\nRequirements\n- Strong SQL\n- Experience with relational databases\n');
    const analysis = analyzePosting(engine, posting);
    const resume = analyzeResume(engine, 'cv', `Sam Lee\n\nExperience\nBackend Engineer, Acme, 2020 - Present\n- Ran ${db} for the billing service\n`, new Date('2026-12-01'));
    const match = matchResume(engine, analysis, resume);
    expect(match.requirements?.map((v) => v.verdict)).toEqual(['met', 'met']);
    expect(match.missing).toEqual([]);
  });
});

describe('a public cloud or a cloud data platform the resume names shows cloud experience', () => {
  it.each(['AWS', 'GCP', 'Azure', 'Amazon EKS', 'Snowflake', 'Databricks'])('%s', (cloud) => {
    const posting = postingFromText('Acme | Data Engineer | Remote\n\nRequirements\n- Hands-on cloud computing experience\n');
    const analysis = analyzePosting(engine, posting);
    const resume = analyzeResume(engine, 'cv', `Sam Lee\n\nExperience\nData Engineer, Acme, 2020 - Present\n- Ran the warehouse on ${cloud}\n`, new Date('2026-12-01'));
    const match = matchResume(engine, analysis, resume);
    expect(match.requirements?.map((v) => v.verdict)).toEqual(['met']);
  });
});

describe('what a language, a framework or an API style shows of its field', () => {
  it.each([
    ['Proficiency in a JVM language', 'Kotlin services on Ktor'],
    ['Backend development experience', 'Django services for the billing team'],
    ['Backend development experience', 'Spring Boot services'],
    ['Frontend development experience', 'React single-page apps'],
    ['Experience with APIs', 'gRPC services between the billing systems'],
  ])('%s: met by "%s"', (ask, shown) => {
    const posting = postingFromText(`Acme | Engineer | Remote\n\nRequirements\n- ${ask}\n`);
    const analysis = analyzePosting(engine, posting);
    const resume = analyzeResume(engine, 'cv', `Sam Lee\n\nExperience\nEngineer, Acme, 2020 - Present\n- ${shown}\n`, new Date('2026-12-01'));
    expect(matchResume(engine, analysis, resume).requirements?.map((v) => v.verdict)).toEqual(['met']);
  });
});
