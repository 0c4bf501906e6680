import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText, mappedBlockText } from '@/lib/posting/dom-text';
import { loadPage, projectFixture, SHARED } from '../../helpers';

/** Every character of the mapped text that came from the page reads the same there (white space folded to one space). */
function checkSources(root: Element): void {
  const m = mappedBlockText(root);
  expect(m.text).toBe(blockText(root));
  let mapped = 0;
  for (let i = 0; i < m.text.length; i++) {
    const src = m.at(i);
    if (!src) continue;
    mapped++;
    const ch = src.node.data[src.offset]!;
    if (m.text[i] === ' ') expect(ch).toMatch(/\s|\u200b/);
    else expect(ch).toBe(m.text[i]);
  }
  if (/[\p{L}\p{N}]/u.test(m.text)) expect(mapped).toBeGreaterThan(0);
}

describe('mappedBlockText: the reader\'s text with the DOM position of each character', () => {
  it('matches blockText and maps letters back to their text nodes on awkward markup', () => {
    const { document } = new JSDOM(
      `<div id="d"><h2>  Requirements:\u00a0</h2><ul><li>  5+ years of <b>Go</b>,\r\n  <i>Kubernetes</i>  </li><li></li><li>AWS&shy;ECS</li></ul>` +
        `<p>a<br>b<br><br><br><br>c</p><script>x()</script><p hidden>gone</p>\t\t<span>  tail\u200b  </span></div>`,
    ).window;
    const root = document.getElementById('d')!;
    checkSources(root);
    const m = mappedBlockText(root);
    const at = m.text.indexOf('Kubernetes');
    const src = m.at(at)!;
    expect(src.node.data.slice(src.offset, src.offset + 10)).toBe('Kubernetes');
    expect(src.node.parentElement!.tagName).toBe('I');
  });

  const pages = readdirSync(projectFixture('pages')).filter((f) => f.endsWith('.html'));
  it.each(pages)('project page %s', (file) => {
    const doc = loadPage(projectFixture(`pages/${file}`), 'https://example.test/');
    checkSources(doc.body);
  });

  const sharedDir = `${SHARED}fixtures/pages/greenhouse`;
  const shared = (() => {
    try {
      return readdirSync(sharedDir).filter((f) => f.endsWith('.html')).slice(0, 6);
    } catch {
      if (process.env.CI === 'true') throw new Error(`${sharedDir} is missing under CI`);
      return [];
    }
  })();
  it.skipIf(shared.length === 0).each(shared.length ? shared : ['(none)'])('real saved page %s', (file) => {
    const doc = loadPage(`${sharedDir}/${file}`, 'https://boards.greenhouse.io/');
    checkSources(doc.body);
  });
});
