import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GuideView } from '@/components/GuideView';
import { bundled } from '@/lib/skills/taxonomy';

const { taxonomy } = bundled();

describe('GuideView', () => {
  it('has one anchored section per role skill, and a card for every other skill', { timeout: 30_000 }, () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="" />);
    const ids = new Set([...container.querySelectorAll('[id]')].map((e) => e.id));
    const missing: string[] = [];
    for (const role of taxonomy.roles) {
      if (!ids.has(role.id)) missing.push(role.id);
      for (const s of role.skills) if (!ids.has(`${role.id}--${s.skill}`)) missing.push(`${role.id}--${s.skill}`);
    }
    const covered = new Set(taxonomy.roles.flatMap((r) => r.skills.map((s) => s.skill)));
    for (const s of taxonomy.skills) if (!covered.has(s.id) && !ids.has(`skill-${s.id}`)) missing.push(`skill-${s.id}`);
    expect(missing).toEqual([]);
  });

  it('marks the section the link points at', { timeout: 30_000 }, () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="infrastructure-engineer--terraform" />);
    const target = container.querySelector('#infrastructure-engineer--terraform')!;
    expect(target.classList.contains('g-target')).toBe(true);
    expect(target.textContent).toMatch(/What the market expects/);
  });
});

describe('GuideView: way back', () => {
  it('links back to the posting the reader came from, and only to a web page', () => {
    const { container, rerender } = render(<GuideView roles={taxonomy.roles} skills={[]} hash="infrastructure-engineer--terraform" from="https://boards.greenhouse.io/acme/jobs/1" />);
    expect(container.querySelector('[data-testid="back-to-posting"]')?.getAttribute('href')).toBe('https://boards.greenhouse.io/acme/jobs/1');
    expect(container.querySelector('.g-toc [aria-current="location"]')?.textContent).toBeTruthy();
    rerender(<GuideView roles={taxonomy.roles} skills={[]} hash="" from="javascript:alert(1)" />);
    expect(container.querySelector('[data-testid="back-to-posting"]')).toBeNull();
  });
});
