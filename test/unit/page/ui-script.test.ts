import { describe, expect, it, vi } from 'vitest';
import { uiScript } from '@/lib/page/ui-script';

const names = { module: 'mod', ready: 'ready' };
const ui = { mount: () => 'mounted' };

describe('the sidebar script, found or waited for', () => {
  it('is used at once when it has already run, without asking for it', async () => {
    const load = vi.fn(async () => undefined);
    expect(await uiScript({ mod: ui }, names, load)).toBe(ui);
    expect(load).not.toHaveBeenCalled();
  });

  it('is taken as soon as it announces itself while the analysis that injects it is on its way', async () => {
    const g: Record<string, unknown> = {};
    const load = vi.fn(async () => undefined);
    const got = uiScript(g, names, load, new Promise(() => undefined));
    (g.ready as (m: unknown) => void)(ui);
    expect(await got).toBe(ui);
    expect(load).not.toHaveBeenCalled();
    expect('ready' in g).toBe(false);
  });

  it('is asked for when the injecting request is answered without it, and a failure to load is an error', async () => {
    const g: Record<string, unknown> = {};
    const got = uiScript(g, names, async () => void (g.mod = ui), Promise.resolve());
    expect(await got).toBe(ui);
    await expect(uiScript({}, names, async () => undefined)).rejects.toThrow('did not load');
    await expect(uiScript({}, names, () => Promise.reject(new Error('no tab')))).rejects.toThrow('no tab');
  });
});
