import { describe, expect, it } from 'vitest';
import { SITES } from '@/lib/posting/sites';
import { boardEnabled, DEFAULT_PREFERENCES, mergePreferences, parsePreferences, Preferences } from '@/lib/preferences';

describe('preferences', () => {
  it('default to the sidebar open, highlights on and every board on', () => {
    expect(DEFAULT_PREFERENCES).toEqual({ sidebar: 'always', highlights: true, disabledBoards: [] });
    expect(Preferences.safeParse(DEFAULT_PREFERENCES).success).toBe(true);
    for (const s of SITES) expect(boardEnabled(DEFAULT_PREFERENCES, s.id), s.id).toBe(true);
  });

  it('read what was stored', () => {
    const stored = { sidebar: 'collapsed', highlights: false, disabledBoards: ['indeed', 'workday'] };
    expect(parsePreferences(stored)).toEqual(stored);
    expect(boardEnabled(parsePreferences(stored), 'indeed')).toBe(false);
    expect(boardEnabled(parsePreferences(stored), 'linkedin')).toBe(true);
  });

  it('never throw: nothing usable reads as the defaults', () => {
    for (const bad of [undefined, null, 0, 'always', [], true, () => 1, Symbol('x')]) expect(parsePreferences(bad)).toEqual(DEFAULT_PREFERENCES);
  });

  it('fall back field by field, keeping the good ones', () => {
    expect(parsePreferences({ sidebar: 'sometimes', highlights: false })).toEqual({ ...DEFAULT_PREFERENCES, highlights: false });
    expect(parsePreferences({ sidebar: 'never', highlights: 'yes', disabledBoards: 'indeed' })).toEqual({ ...DEFAULT_PREFERENCES, sidebar: 'never' });
    expect(parsePreferences({ disabledBoards: ['indeed', 42, 'Bad Id!', 'indeed', null, 'lever'] }).disabledBoards).toEqual(['indeed', 'lever']);
    expect(parsePreferences({ sidebar: 'always', extra: 'ignored' })).toEqual(DEFAULT_PREFERENCES);
  });

  it('always answer a valid whole', () => {
    const samples: unknown[] = [{ sidebar: 1, highlights: null, disabledBoards: [{}] }, { disabledBoards: Array.from({ length: 500 }, (_, i) => `b${i}`) }];
    for (const s of samples) expect(Preferences.safeParse(parsePreferences(s)).success).toBe(true);
  });

  it('merge a partial update, validated', () => {
    const cur = parsePreferences({ sidebar: 'collapsed', disabledBoards: ['indeed'] });
    expect(mergePreferences(cur, { highlights: false })).toEqual({ sidebar: 'collapsed', highlights: false, disabledBoards: ['indeed'] });
    expect(mergePreferences(cur, { disabledBoards: ['lever', 'lever'] }).disabledBoards).toEqual(['lever']);
    expect(mergePreferences(cur, {})).toEqual(cur);
    for (const bad of [{ sidebar: 'sometimes' }, { highlights: 'no' }, { disabledBoards: ['Bad Id'] }, null, 'x'])
      expect(() => mergePreferences(cur, bad), JSON.stringify(bad)).toThrow();
  });
});
