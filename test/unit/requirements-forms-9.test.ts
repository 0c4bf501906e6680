import { describe, expect, it } from 'vitest';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bullet, engine, skillInfo } from './readers';
import { classOf } from './context-readers';

// Any-of groups (issue #12, session 35): classes of misses found on whole postings labelled blind (rows-s35-groups.txt)
// and on the tuned part. Every line is written fresh for this test (none is copied from a posting or an eval text); the
// groups were decided before the code read them. Each rule has its counter-examples.

const groupsOf = (line: string) => bullet(line).flatMap((item) => item.replace(/^\w+: /, '').split(' & ')).map((g) => g.split('|'));
/** The any-of groups (two options or more) of a short posting whose pitch paragraph holds `sentence`, then its role and asks. */
const choicesAfterPitch = (sentence: string) => {
  const text = `Fernwood | Head of Engineering | Denver, CO | ONSITE\n\nFernwood is a small company selling scheduling software to dental clinics.\nWe are looking for a lead who still writes code most days and coaches four developers. ${sentence}\nThe Role:\nReview pull requests and coach the team.\nRequirements:\n-6+ years building web products\n`;
  const posting = postingFromText(text);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).flatMap((i) => i.groups).filter((g) => g.length > 1);
};

describe('tools listed without commas ("Ruby Perl Python"): a list, not a product\'s name', () => {
  it.each([
    ['Scripting in any of (Ruby Perl Python) is welcome', [['ruby', 'perl', 'python']]],
    ['Comfortable with one of Ansible Puppet Chef', [['ansible', 'puppet', 'chef']]],
  ])('%s', (line, want) => {
    expect(groupsOf(line)).toEqual(want);
  });

  it('a cloud written in two words inside the run counts as one tool', () => {
    expect(groupsOf('A major public cloud (GCP Microsoft Azure AWS) preferred').some((g) => ['google-cloud', 'azure', 'aws'].every((id) => g.includes(id)))).toBe(true);
  });

  it('the first tool of the run is kept by the context rules', () => {
    expect(classOf('You script in Bash Perl Python daily.', 'bash')).toBeNull();
    expect(classOf('You know Docker Kubernetes Helm well.', 'docker')).toBeNull();
  });

  it('a run begun before the form (a tool, or "such as") goes on with the next tool, whatever word follows it', () => {
    expect(classOf('Experience with build tools such as Maven Gradle Bazelisk', 'maven')).toBeNull();
    expect(classOf('Comfortable with data stores PostgreSQL Redis MySQL Replication', 'redis')).toBeNull();
  });

  it('a tool opening a longer proper name of words that are no tools is still the product\'s name', () => {
    expect(classOf('Last spring we shipped the Rust Ledger Studio to our first bank.', 'rust')).toBe('own');
    expect(classOf('Our Kotlin Payments Hub handles refunds.', 'kotlin')).toBe('own');
    expect(classOf('Last year we launched the Datadog Incident Console for hospitals.', 'datadog')).toBe('own');
  });
});

describe('a degree\'s field, in a sentence written without stops: the field, not the experience asked after it', () => {
  it.each([
    ['Computer science degree or similar 4+ years of experience in load testing and scripting in Python with pytest', 'python'],
    ['Engineering degree 3 years of experience in integration testing across mobile apps', 'integration-testing'],
  ])('%s', (line, id) => {
    expect(classOf(line, id)).toBeNull();
  });

  it('the field named right after the degree is still the degree\'s', () => {
    expect(classOf('A degree in Mathematics or Statistics', 'statistics')).toBe('degree');
  });
});

describe('"you will …" with tools named by "like" or "such as": examples of the work, no choice asked (only an "or" names one)', () => {
  it('tools the hire will bring in, named with "like", are no pick', () => {
    expect(choicesAfterPitch('You will guide our move onto an agent-first codebase, helping us adopt newer tools like Claude Code and Copilot to grow our output.')).toEqual([]);
  });

  it('a duty that names a choice with "or" still asks it', () => {
    expect(choicesAfterPitch('You will ship our first mobile client in Swift or Kotlin within the quarter.')).toContainEqual(['swift', 'kotlin']);
  });
});

/** The any-of groups of a posting with no headings: a title line, a sentence about the company, then `line`. */
const choicesNoHeadings = (line: string) => {
  const posting = postingFromText(`Fernwood | Engineer | Remote\n\nFernwood makes booking software for vets.\n\n${line}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).flatMap((i) => i.groups).filter((g) => g.length > 1);
};

describe('"Ideal background:" (profile, experience, fit) heads the asks, as "Ideal candidate:" does', () => {
  it('a posting with no headings: one known field and two the taxonomy lacks form a choice', () => {
    expect(choicesNoHeadings('Ideal background: healthtech, travel, or retail.')).toContainEqual(['health-tech', 'term:travel', 'term:retail']);
  });

  it('a label that is no heading of asks leaves the line as before', () => {
    expect(choicesNoHeadings('Nice fit: healthtech, travel, or retail.')).toEqual([]);
  });
});
