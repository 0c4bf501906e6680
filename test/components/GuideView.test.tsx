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

describe('GuideView: headings', () => {
  it('never skips a heading level, and focuses the heading of the section a link lands on', { timeout: 30_000 }, () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="infrastructure-engineer--terraform" />);
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    const skips = levels.flatMap((l, i) => (i > 0 && l > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${l} at #${i}`] : []));
    expect(skips).toEqual([]);
    expect(levels).toContain(4); // role skills sit under "Skill by skill"
    expect(document.activeElement?.closest('section')?.id).toBe('infrastructure-engineer--terraform');
    expect(document.activeElement?.tagName).toBe('H4');
  });

  it('focuses the heading of another skill’s card too', { timeout: 30_000 }, () => {
    const covered = new Set(taxonomy.roles.flatMap((r) => r.skills.map((s) => s.skill)));
    const other = taxonomy.skills.find((s) => !covered.has(s.id))!;
    render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash={`skill-${other.id}`} />);
    expect(document.activeElement?.textContent).toBe(other.name);
    expect(document.activeElement?.tagName).toBe('H3');
  });
});
