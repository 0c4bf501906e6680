import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GuideView } from '@/components/GuideView';
import { bundled } from '@/lib/skills/taxonomy';

const { taxonomy } = bundled();

describe('GuideView', () => {
  it('has one anchored section per role skill, and a card for every other skill', () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="" />);
    for (const role of taxonomy.roles) {
      expect(container.querySelector(`#${role.id}`)).not.toBeNull();
      for (const s of role.skills) expect(container.querySelector(`#${role.id}--${s.skill}`), `${role.id}--${s.skill}`).not.toBeNull();
    }
    const covered = new Set(taxonomy.roles.flatMap((r) => r.skills.map((s) => s.skill)));
    for (const s of taxonomy.skills) if (!covered.has(s.id)) expect(container.querySelector(`#skill-${s.id}`), s.id).not.toBeNull();
  });

  it('marks the section the link points at', () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="infrastructure-engineer--terraform" />);
    const target = container.querySelector('#infrastructure-engineer--terraform')!;
    expect(target.classList.contains('g-target')).toBe(true);
    expect(target.textContent).toMatch(/What the market expects/);
  });
});
