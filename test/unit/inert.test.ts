import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeEntities, parseInert } from '../../lib/posting/inert';

const page = () => new JSDOM('<!doctype html><title>host</title><body><p>page</p>', { url: 'https://example.com/' }).window.document;

describe('HTML read into an inert document', () => {
  it('parses with the page window\'s DOMParser, leaving the page untouched', () => {
    const doc = page();
    const inert = parseInert(doc, '<h2>Requirements</h2><ul><li>Go</li><li>Rust</li></ul><script>window.ran = 1</script>');
    expect(inert).not.toBe(doc);
    expect([...inert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Go', 'Rust']);
    expect((doc.defaultView as unknown as { ran?: number }).ran).toBeUndefined();
    expect(doc.body.innerHTML).toBe('<p>page</p>');
  });

  it('decodes character references as a textarea does, keeping every other character', () => {
    const doc = page();
    expect(decodeEntities(doc, '&lt;p&gt;Go &amp;amp; Rust&lt;/p&gt;')).toBe('<p>Go &amp; Rust</p>');
    expect(decodeEntities(doc, '\nfirst line\n5 < 6 and a <b\n')).toBe('\nfirst line\n5 < 6 and a <b\n');
    expect(decodeEntities(doc, 'ends </textarea> here &eacute;')).toBe('ends </textarea> here é');
    expect(decodeEntities(doc, 'R&D &copy 2025')).toBe('R&D © 2025');
  });

  it('works for a document that has no window (one DOMParser made), with the realm\'s parser', () => {
    const { window } = new JSDOM('');
    const windowless = new window.DOMParser().parseFromString('<p>x</p>', 'text/html');
    expect(windowless.defaultView).toBeNull();
    const g = globalThis as { DOMParser?: unknown };
    g.DOMParser = window.DOMParser;
    try {
      expect(parseInert(windowless, '<b>bold</b>').body.textContent).toBe('bold');
    } finally {
      delete g.DOMParser;
    }
  });
});
