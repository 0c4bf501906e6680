import { describe, expect, it } from 'vitest';
import { bestResume } from '@/lib/report';

const fit = (id: string, score: number | null) => ({ id, name: `${id}.pdf`, score });

describe('the best-fitting resume', () => {
  it('the highest score', () => {
    expect(bestResume([fit('a', 40), fit('b', 81), fit('c', 64)])?.id).toBe('b');
  });

  it('a tie never suggests a switch: the one in use wins it, else the first listed', () => {
    expect(bestResume([fit('a', 70), fit('b', 70)], 'b')?.id).toBe('b');
    expect(bestResume([fit('a', 70), fit('b', 70)], 'c')?.id).toBe('a');
    expect(bestResume([fit('a', 70), fit('b', 70)])?.id).toBe('a');
  });

  it('none with one resume, or when no resume can be scored (a posting that names nothing to score)', () => {
    expect(bestResume([fit('a', 90)])).toBeNull();
    expect(bestResume([])).toBeNull();
    expect(bestResume([fit('a', null), fit('b', null)])).toBeNull();
    expect(bestResume([fit('a', null), fit('b', 10)])?.id).toBe('b');
  });
});
