import { describe, expect, it } from 'vitest';
import { requirementItems } from '@/lib/requirements/items';
import { postingFromText } from '@/lib/posting/text';
import { bullet, skillInfo } from './readers';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';

// Written for this test (session 34): a colon inside an open bracket is an aside of the line, never its heading.
const { matcher } = bundled();
const read = (text: string) => postingFromText(`Tidewater Labs | Backend Engineer | Remote\n\n${text}`);

describe('a label inside an open bracket is no heading', () => {
  it('keeps "- Go, Rust or C++ (bonus: Zig)" in the requirements list, the pick required and the aside a plus', () => {
    const p = read('Requirements:\n- 3+ years of backend work\n- Go, Rust or C++ (bonus: Zig)\n- Postgres\n');
    expect(p.sections.map((s) => s.kind)).toEqual(['other', 'requirements']);
    const items = requirementItems(p, (t) => findSkills(matcher, t), { skillInfo });
    expect(items.map((i) => `${i.importance}: ${i.groups.map((g) => g.join('|')).join(' & ')}`)).toEqual(expect.arrayContaining(['required: go|rust|cpp', 'preferred: zig']));
  });

  it('and a line outside a list: "Go (nice to have: Terraform)"', () => {
    const p = read('What you need:\nGo (nice to have: Terraform)\nSolid SQL\n');
    expect(p.sections.filter((s) => s.kind === 'preferred')).toEqual([]);
  });

  it('counter-examples: a closed label still heads its line', () => {
    expect(read('Requirements:\n- Go in production\n- Bonus: Zig\n').sections.map((s) => s.kind)).toContain('preferred');
    expect(bullet('Nice to have (any of these): Zig, Odin')).toEqual(expect.arrayContaining([expect.stringMatching(/^preferred/)]));
  });
});
