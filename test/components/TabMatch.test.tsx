import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TabMatch } from '@/components/TabMatch';
import { SITES } from '@/lib/posting/sites';

describe('the popup on a page that holds no posting it knows', () => {
  it('names every board of the registry, in its order, in one sentence', () => {
    render(<TabMatch report={null} onToggleSidebar={() => undefined} />);
    const text = screen.getByTestId('tab-none').textContent ?? '';
    expect(text).toContain(
      'Fitmark reads postings on LinkedIn, Greenhouse, Lever, Workday, Ashby, Indeed, SmartRecruiters, iCIMS and Workable by itself.',
    );
    // …and stays in step with the registry when a board is added (names.ts is held to it by sites-registry.test.ts).
    const at = SITES.map((s) => text.indexOf(s.name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
