import { describe, expect, it } from 'vitest';
import { bullet } from './readers';
import { classOf } from './context-readers';

// Any-of groups (issue #12, session 35): classes of misses found on whole postings labelled blind (rows-s35-groups.txt)
// and on the tuned part. Every line is written fresh for this test (none is copied from a posting or an eval text); the
// groups were decided before the code read them. Each rule has its counter-examples.

const groupsOf = (line: string) => bullet(line).flatMap((item) => item.replace(/^\w+: /, '').split(' & ')).map((g) => g.split('|'));

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

  it('a tool opening a longer proper name of words that are no tools is still the product\'s name', () => {
    expect(classOf('Last spring we shipped the Rust Ledger Studio to our first bank.', 'rust')).toBe('own');
    expect(classOf('Our Kotlin Payments Hub handles refunds.', 'kotlin')).toBe('own');
  });
});
