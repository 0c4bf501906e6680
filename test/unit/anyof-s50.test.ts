import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 50 (issue #12): choices from the tune half of anyof-fresh batch 21 and the misses session 49 left, one class at a
// time: the practice of writing code before the languages it is done in ("Scripting using …", "Scripting em …"), kinds
// joined by slashes before a bracket of example tools ("SAST/DAST tools (…)"), a field's adjective as the other side of an
// "or" ("ML or statistical systems"), kinds of employer each with its own article ("a bank, an insurer or a fintech"),
// options with sub-bullets of their own under a pick's lead-in, and two pieces of work the taxonomy files under one skill.
// Every sentence here was written for these tests (none from a posting, nor from the labelled lines); the wanted groups
// were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for the lines under "Requirements:" of a posting with a header line of its own. */
const groupsIn = (lines: string): string[][] => {
  const posting = postingFromText(`Brindlecove Labs | Platform Engineer | Leeds (hybrid)\n\nRequirements:\n${lines}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const groupsOf = (line: string): string[][] => groupsIn(`- ${line}`);
const choicesOf = (line: string): string[][] => groupsOf(line).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold more: the kind the options are of, options in words). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));
/** Whether some group holds the id alone. */
const alone = (groups: string[][], id: string) => groups.some((g) => g.length === 1 && g[0] === id);

describe('the practice of writing code, then the languages it is done in: the languages are the ask', () => {
  it.each([
    ['Release scripting using Ruby or Lua', ['ruby', 'lua']],
    ['Scripting via Perl or Bash for the lab machines', ['perl', 'bash']],
    ['Scripting skills using Go or Python', ['go', 'python']],
    // Portuguese: "em" is the "in" of the means.
    ['Scripting em Ruby ou Perl', ['ruby', 'perl']],
  ])('%s', (line, want) => {
    const groups = groupsOf(line);
    expect(holds(groups, want)).toBe(true);
    // (No scripting asked beside the choice: a resume with Ruby alone meets the line.)
    expect(groups.some((g) => g.includes('scripting'))).toBe(false);
  });

  it('a practice that is more than writing code keeps its own ask beside the languages', () => {
    const groups = groupsOf('Test automation using Ruby or Lua');
    expect(holds(groups, ['ruby', 'lua'])).toBe(true);
    expect(groups.some((g) => g.includes('automated-testing'))).toBe(true);
  });
});

describe('kinds joined by slashes before the noun and bracket of their example tools: one pick', () => {
  it.each([
    ['SAST/DAST scanners (Checkmarx, Burp Suite or similar)', ['checkmarx', 'burp-suite']],
    ['Logging/tracing tools (e.g. Loki, Jaeger)', ['loki', 'jaeger']],
  ])('%s', (line, want) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    // (The kinds are in the examples' group, not asked apart beside it.)
    expect(groupsOf(line).filter((g) => g.length > 0).length).toBe(1);
  });

  it('named languages before the bracket stay what they were: the bracket is their tools, no pick with them', () => {
    const groups = groupsOf('Python/Go tools (Click, Cobra)');
    expect(groups.some((g) => g.includes('python') && g.includes('cobra-cli'))).toBe(false);
  });
});

describe("a field's adjective on the other side of an \"or\", the noun after it shared", () => {
  it.each([
    ['6+ years of deep learning or statistical tooling', ['deep-learning', 'statistics']],
    ['Statistical or machine learning methods for pricing', ['statistics', 'machine-learning']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // No skill is named by the noun of the adjective whole: no option made of it.
    'Machine learning or graphical models',
    // No noun after the adjective: nothing shared, no second field.
    'Machine learning or statistical',
  ])('no second option: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});

describe('kinds of employer each with its own article', () => {
  it('three kinds, one an industry the table reads inside more words', () => {
    const groups = choicesOf('You have worked at a cruise line, an airline or a hotel group');
    expect(holds(groups, ['travel-hospitality', 'term:cruise line', 'term:hotel group'])).toBe(true);
  });

  it('a kind the table knows beside two it does not: the three are one pick', () => {
    const groups = choicesOf('Experience at a hospital, a care home or a dental practice');
    expect(holds(groups, ['term:care home', 'term:dental practice'])).toBe(true);
    expect(holds(groups, ['term:care home', 'term:hospital']) || holds(groups, ['term:care home', 'health-tech'])).toBe(true);
  });

  it('after an examples cue that follows a noun of where one worked, with a kind the words say is a company', () => {
    expect(holds(choicesOf('Experience in a regulated setting such as a bank, a clearing house or a payments company'), ['term:bank', 'term:clearing house', 'term:payments company'])).toBe(true);
  });

  it('kinds of one industry, each with its article: the three are one pick', () => {
    expect(holds(choicesOf('Experience at a bank, a credit union or a building society'), ['term:bank', 'term:credit union', 'term:building society'])).toBe(true);
  });

  it.each([
    // Joined by "and", the employer's clients: no ask.
    'Our clients are a bank, an insurer and a retailer',
    // Whom the company works with, no ask of the candidate.
    'We partner with a bank, an insurer or a broker in each market',
  ])('no pick: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });

  it.each([
    // No article of their own: where or with whom one worked, no industry (unchanged).
    'Experience in healthcare, startups, or agencies',
    // An open end: no kind of its own.
    'Experience at a bank or a similar lender',
  ])('no option in words: %s', (line) => {
    expect(choicesOf(line).flat().some(isTerm)).toBe(false);
  });
});

describe('options with sub-bullets of their own under a lead-in that offers a pick', () => {
  it('clouds, each with the services used on it', () => {
    const groups = groupsIn('- Production experience with one of these clouds:\n  - AWS\n    - EKS and RDS\n  - Azure\n    - AKS\n  - Google Cloud');
    expect(holds(groups, ['aws', 'azure', 'google-cloud'])).toBe(true);
    // (The services say how an option was used; none is asked on its own.)
    expect(alone(groups, 'aws-eks') || alone(groups, 'aks')).toBe(false);
  });

  it('a bullet at the options\' depth of another kind still ends the pick', () => {
    const groups = groupsIn('- One of these databases:\n  - PostgreSQL\n    - logical replication\n  - MySQL\n  - Fluent German');
    expect(holds(groups, ['postgresql', 'mysql'])).toBe(true);
    expect(groups.some((g) => g.length > 1 && g.includes('postgresql') && g.some((id) => /german/i.test(id)))).toBe(false);
  });
});

describe('two pieces of work the taxonomy files under one skill, each led by its own verb', () => {
  it('a pick of the two in words beside the skill', () => {
    expect(holds(choicesOf('Experience running usability studies or conducting user interviews'), ['ux-design', 'term:usability studies', 'term:user interviews'])).toBe(true);
  });

  it.each([
    // One verb for both: one thing said twice, no pick.
    'Experience designing or running A/B tests',
    // One thing's two names.
    'Strong in multi-cloud or cross-cloud setups',
  ])('no pick: %s', (line) => {
    expect(choicesOf(line).flat().some(isTerm)).toBe(false);
  });
});
