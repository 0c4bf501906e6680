import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { guardHost } from '@/lib/page/guard';

const STYLE = 'display:block !important';

function page() {
  const dom = new JSDOM('<!doctype html><body><p>posting</p></body>');
  const doc = dom.window.document;
  const host = doc.createElement('div');
  doc.body.append(host);
  return { dom, doc, host };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the host guard', () => {
  it('puts back a host that a page re-render removed once, and its style', async () => {
    const { doc, host } = page();
    let gaveUp = false;
    const g = guardHost({ host, style: STYLE, signal: new AbortController().signal, setTimeout, now: Date.now, onGiveUp: () => (gaveUp = true), baseDelayMs: 1 });
    host.remove();
    await expect.poll(() => host.isConnected).toBe(true);
    host.setAttribute('style', 'display:none');
    host.setAttribute('hidden', '');
    await expect.poll(() => host.getAttribute('style')).toBe(STYLE);
    expect(host.hasAttribute('hidden')).toBe(false);
    expect(doc.body.lastElementChild).toBe(host);
    expect(g.gaveUp).toBe(false);
    expect(gaveUp).toBe(false);
  });

  it('a page that removes the host every time it comes back gets a few tries, with growing waits, then Fitmark gives up', async () => {
    const { dom, doc, host } = page();
    let removals = 0;
    // The page fights back from its own MutationObserver: whatever is added to <body>, it removes.
    new dom.window.MutationObserver(() => {
      if (host.isConnected) {
        host.remove();
        removals++;
      }
    }).observe(doc.body, { childList: true });
    let gaveUp = 0;
    const waits: number[] = [];
    const g = guardHost({
      host,
      style: STYLE,
      signal: new AbortController().signal,
      setTimeout: (fn: () => void, ms: number) => (waits.push(ms), setTimeout(fn, ms)),
      now: Date.now,
      onGiveUp: () => gaveUp++,
      baseDelayMs: 2,
      maxRepairs: 5,
    });
    host.remove();
    await expect.poll(() => gaveUp, { timeout: 5000 }).toBe(1);
    expect(g.gaveUp).toBe(true);
    expect(g.repairs).toBe(5);
    expect(waits).toEqual([2, 4, 8, 16, 32]);
    expect(removals).toBe(5); // five repairs, each undone by the page; then no more
    await tick(100);
    expect(removals).toBe(5);
  });

  it('stops with the content script', async () => {
    const { host } = page();
    const stop = new AbortController();
    guardHost({ host, style: STYLE, signal: stop.signal, setTimeout, now: Date.now, onGiveUp: () => undefined, baseDelayMs: 1 });
    stop.abort();
    host.remove();
    await tick(20);
    expect(host.isConnected).toBe(false);
  });
});
