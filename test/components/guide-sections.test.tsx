import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GuideView } from '@/components/GuideView';
import type { Market } from '@/lib/guide/market';
import { skillGuides } from '@/lib/guide/sections';
import { bundled } from '@/lib/skills/taxonomy';
import { GUIDE_FILES } from '@/taxonomy/guides';
import market from '@/taxonomy/market.json';

const { taxonomy } = bundled();
const guides = skillGuides(GUIDE_FILES);

describe('GuideView: skills\' own sections and market figures', () => {
  it('gives a written skill its full section at #skill-<id>, with the figures from real postings', { timeout: 30_000 }, () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="skill-kubernetes" guides={guides} market={market as Market} />);
    const sec = container.querySelector('#skill-kubernetes')!;
    expect(sec.classList.contains('g-target')).toBe(true);
    for (const label of ['What it is.', 'Why jobs ask for it.', 'What the market expects.', 'How to show it on a resume.', 'How to close the gap.']) expect(sec.textContent).toContain(label);
    expect(sec.querySelector('[data-testid="demand"]')?.textContent).toMatch(/Asked in \d+(\.\d)?% of 1,\d{3} postings \(Jan–May 2026/);
    expect(document.activeElement?.tagName).toBe('H3');
  });

  it('shows the figures in a role\'s section too, and links to the skill beyond the role', { timeout: 30_000 }, () => {
    const { container } = render(<GuideView roles={taxonomy.roles} skills={taxonomy.skills} hash="backend-engineer--kafka" guides={guides} market={market as Market} />);
    const sec = container.querySelector('#backend-engineer--go')!;
    expect(sec.querySelector('[data-testid="demand"]')).not.toBeNull();
    expect(sec.querySelector('a[href="#skill-go"]')).not.toBeNull();
  });
});
