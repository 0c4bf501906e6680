import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';

// A closing clause that wishes for something speaks of that thing only (#12). Sentences written for these tests.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);
const bullet = (line: string) => {
  const posting = postingFromText(`Acme | Engineer | Remote\n\nRequirements:\n- ${line}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).map((i) => `${i.importance}: ${i.groups.map((g) => g.join('|')).join(' & ')}`);
};

describe('", with X a plus" wishes for X and leaves the rest asked', () => {
  it.each([
    ['Experience running Kubernetes, with Helm a plus', ['required: kubernetes', 'preferred: helm']],
    ['Strong AWS skills, with GCP being a bonus', ['required: aws', 'preferred: google-cloud']],
    ['Kafka in production, with Flink a nice-to-have', ['required: kafka', 'preferred: flink']],
    ['Terraform and Ansible, with Pulumi as an added plus.', ['required: terraform & ansible', 'preferred: pulumi']],
    ['Postgres experience, but preferably with Citus', ['required: postgresql', 'preferred: citus']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});

describe('what is no closing wish', () => {
  it.each([
    // A list that ends "a plus" wishes for the whole list.
    ['Familiarity with Go, Rust, and Zig is a plus', ['preferred: go & rust & zig']],
    // "with which": a purpose, no wish at all.
    ['Solid Python, with which you will write our tooling', ['required: python']],
  ])('%s', (line, want) => {
    expect(bullet(line)).toEqual(want);
  });
});
