import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';

// Forms of any-of asks read wrong on text unlike Hacker News (#12, session 37: StackOverflow postings, whose sentences
// come with their commas and full stops lost). Every sentence here was written for these tests.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);

/** The items of one requirement bullet. */
function bullet(line: string) {
  const posting = postingFromText(`Acme | Engineer | Remote\n\nRequirements:\n- ${line}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo });
}
const sorted = (gs: string[][]) => gs.map((g) => [...g].sort()).sort((a, b) => a.join().localeCompare(b.join()));
const choices = (line: string) => sorted(bullet(line).flatMap((i) => i.groups).filter((g) => g.length > 1));

describe('a long run of asks with the hiring process glued on after it', () => {
  const asks =
    'Several years building mobile apps for large retailers Strong background in writing automated tests for backend services Hands-on experience with message queues ' +
    'Good knowledge of frontend frameworks e.g Svelte Vue.js Angular Comfortable working with databases e.g MySQL Postgres';
  it('keeps the asks before it', () => {
    expect(choices(`${asks} Perks and Interview Process: we will call you first and then meet the team.`)).toEqual(sorted([['svelte', 'vue', 'angular'], ['databases', 'mysql', 'postgresql']]));
  });
  it('a short sentence about the process is still no ask', () => {
    expect(bullet('Our interview process has three short calls with the team.')).toEqual([]);
  });
});

describe('"<cloud> services like …": the cloud, or any of its services', () => {
  it.each([
    ['Good knowledge of AWS services like SQS Lambda Cloud Watch IAM VPCs', ['aws', 'sqs', 'aws-lambda', 'cloudwatch', 'iam', 'vpc']],
    ['Hands-on with AWS services such as Lambda, S3 and IAM', ['aws', 'aws-lambda', 's3', 'iam']],
  ])('%s', (line, group) => {
    expect(choices(line)).toEqual(sorted([group]));
  });
  it('a bracket of one cloud\'s parts stays its parts', () => {
    expect(choices('Experience running workloads on AWS (EC2, S3)')).toEqual([]);
  });
});

describe('practices written as acronyms, joined by a slash: either will do', () => {
  it.each([
    ['Comfortable with TDD/BDD', [['bdd', 'tdd']]],
    ['TDD/BDD practices are a plus', [['bdd', 'tdd']]],
    ['Three years keeping services up in a DevOps/SRE environment', [['devops', 'site-reliability-engineering']]],
  ])('%s', (line, want) => {
    expect(choices(line)).toEqual(want);
  });
  it.each(['Strong QA/QC processes', 'Building CI/CD pipelines in the cloud', 'Experience in frontend/backend development', 'Two years in a UX/UI role'])('%s: one thing, no pick', (line) => {
    expect(choices(line)).toEqual([]);
  });
});

describe('"(using X or similar)" after a field: the field, or any tool of it', () => {
  it.each([
    ['Release pipelines for CI/CD (using Jenkins or similar) and code review', [['ci-cd', 'jenkins']]],
    ['Data warehousing (with Snowflake or equivalent)', [['data-warehousing', 'snowflake']]],
  ])('%s', (line, want) => {
    expect(choices(line)).toEqual(want);
  });
  it('a bracket of tools used, no open end, is no pick', () => {
    expect(choices('Data analysis (using Python, SQL)')).toEqual([]);
  });
});

describe('a degree, then years of experience in something, run together', () => {
  it('what the years are in is asked, not the degree\'s field', () => {
    expect(choices('An engineering degree 4 years of experience in load testing contract testing or similar')).toEqual([['contract-testing', 'load-testing']]);
  });
  it('a degree\'s fields of study are still no pick', () => {
    expect(choices('A degree in Physics, Chemistry or Biology')).toEqual([]);
  });
});

describe('"our tools (A B C)": the team\'s own tools, no pick', () => {
  it('a bracket after our tools', () => {
    expect(choices('Comfortable tracking work in our tools (Linear Notion Slack)')).toEqual([]);
  });
  it('a kind of tool with examples is still a pick', () => {
    expect(choices('Comfortable tracking work in ticketing tools (Jira or Linear)')).toEqual([['jira', 'linear']]);
  });
});

describe('Android libraries the taxonomy learned in s37', () => {
  it('one vouches for the others', () => {
    expect(choices('Shipped apps with common libraries e.g. ButterKnife Picasso Volley')).toEqual([['butterknife', 'picasso', 'volley']]);
  });
  it('the words alone are no library', () => {
    expect(choices('We play volley on Fridays and visit the Picasso museum')).toEqual([]);
  });
});
