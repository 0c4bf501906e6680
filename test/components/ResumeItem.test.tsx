import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ResumeItem } from '@/components/ResumeItem';
import type { ResumeRecord } from '@/lib/db';

const skills = Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, name: `Skill ${i}`, category: 'tool' }));
const record: ResumeRecord = {
  id: 'r1',
  name: 'cv.pdf',
  kind: 'pdf',
  text: Array.from({ length: 80 }, (_, i) => `Line ${i} of what was read`).join('\n'),
  skills,
  corrections: { added: [], removed: [] },
  warning: null,
  size: 1000,
  createdAt: 1_750_000_000_000,
  updatedAt: 1_750_000_000_000,
};
const noop = async () => {};

describe('ResumeItem: what Fitmark read', () => {
  it('the two scrolling panes are named regions the keyboard reaches', async () => {
    render(
      <ul>
        <ResumeItem resume={record} active knownSkills={skills} formatDate={() => 'today'} run={async () => true} onActivate={noop} onDelete={noop} onRename={noop} onCorrect={noop} />
      </ul>,
    );
    await userEvent.click(screen.getByText('Check what Fitmark read'));
    const text = screen.getByRole('region', { name: 'Text read from cv.pdf' });
    const found = screen.getByRole('region', { name: 'Skills found in the text of cv.pdf' });
    expect(text.textContent).toContain('Line 79 of what was read');
    expect(found.querySelectorAll('li')).toHaveLength(40);
    // Reached by Tab, in reading order, after the summary that opened them.
    expect(document.activeElement?.textContent).toBe('Check what Fitmark read');
    await userEvent.tab();
    expect(document.activeElement).toBe(text);
    await userEvent.tab();
    expect(document.activeElement).toBe(found);
  });
});
