import { describe, expect, it } from 'vitest';
import { Request } from '@/lib/messages';
import { createAsk, parseTabMessage, REQUEST_TYPES } from '@/lib/protocol';

describe('one protocol', () => {
  it('the reply map lists exactly the message types the schemas accept', () => {
    const schemaTypes = Request.def.options.map((o) => o.shape.type.def.values[0]).sort();
    expect([...REQUEST_TYPES].sort()).toEqual(schemaTypes);
  });

  it('the client resolves with the value, rejects with the background\'s words, and says when nothing answered', async () => {
    const sent: unknown[] = [];
    const ask = createAsk(async (m) => (sent.push(m), (m as { type: string }).type === 'preferences.get' ? { ok: true, value: { sidebar: 'always', highlights: true, disabledBoards: [] } } : { ok: false, error: 'not available to web pages' }));
    await expect(ask('preferences.get', {})).resolves.toEqual({ sidebar: 'always', highlights: true, disabledBoards: [] });
    await expect(ask('ui.load', {})).rejects.toThrow('not available to web pages');
    expect(sent).toEqual([{ type: 'preferences.get' }, { type: 'ui.load' }]);
    await expect(createAsk(async () => undefined)('ui.load', {})).rejects.toThrow(/did not answer/);
    // A body cannot override the type it is sent as.
    await createAsk(async (m) => (sent.push(m), { ok: true, value: null }))('posting.none', { type: 'resume.save' } as never);
    expect(sent.at(-1)).toEqual({ type: 'posting.none' });
  });

  it('messages to the content script are checked before they are used', () => {
    expect(parseTabMessage({ type: 'sidebar.show', show: true })).toEqual({ type: 'sidebar.show', show: true });
    expect(parseTabMessage({ type: 'sidebar.show', show: 'yes' })).toBeNull();
    expect(parseTabMessage({ type: 'preferences', preferences: { sidebar: 'never', highlights: false, disabledBoards: ['indeed'] } })).not.toBeNull();
    expect(parseTabMessage({ type: 'preferences', preferences: { sidebar: 'never', highlights: false, disabledBoards: [3] } })).toBeNull();
    expect(parseTabMessage({ type: 'report', report: { jobKey: 'k', posting: {}, skills: [], matched: [], missing: [] } })?.type).toBe('report');
    expect(parseTabMessage({ type: 'report', report: { jobKey: 'k' } })).toBeNull();
    expect(parseTabMessage([])).toBeNull();
  });
});
