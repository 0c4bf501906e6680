/**
 * The registry checks itself (as refined-github's build/features.test.ts does):
 * every adapter file is listed, every board's example URLs are its own and
 * nobody else's, and everything said about the boards derives from the list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FALLBACK, SITES } from '@/lib/posting/sites';
import { BOARD_MATCHES } from '@/lib/posting/sites/matches';
import { BOARD_NAMES, boardList } from '@/lib/posting/sites/names';
import { matchesPattern } from '@/lib/posting/sites/patterns';
import type { BoardAdapter, SiteAdapter } from '@/lib/posting/types';
import { ROOT } from '../helpers';

const DIR = `${ROOT}lib/posting/sites/`;

const isAdapter = (v: unknown): v is SiteAdapter =>
  typeof v === 'object' && v !== null && typeof (v as SiteAdapter).id === 'string' && typeof (v as SiteAdapter).extract === 'function';

/** Every adapter object any file in lib/posting/sites/ exports, with the file it comes from. */
async function exportedAdapters(): Promise<Array<{ file: string; adapter: SiteAdapter }>> {
  const out: Array<{ file: string; adapter: SiteAdapter }> = [];
  // index.ts is the registry itself: it re-exports what it lists.
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort()) {
    const mod = (await import(/* @vite-ignore */ `${DIR}${file}`)) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (isAdapter(v)) out.push({ file, adapter: v });
  }
  return out;
}

/** The README's table, as the registry says it should read. */
function boardsTable(sites: readonly BoardAdapter[]): string {
  const rows = sites.map((s) => `| ${s.name} | \`${s.id}\` | ${s.patterns.map((p) => `\`${p}\``).join(' ')} | ${s.examples[0] ?? ''} |`);
  return ['| board | id | pages (manifest match patterns) | example of a job page |', '|---|---|---|---|', ...rows].join('\n');
}

describe('the registry of boards', () => {
  it('lists every adapter file, and each adapter lives in the file named after its id', async () => {
    const found = await exportedAdapters();
    // Sanity: the scan sees adapters at all (a broken import would make the next checks vacuous).
    expect(found.map((f) => f.adapter.id)).toContain('linkedin');
    for (const { file, adapter } of found) {
      expect(file, `${adapter.id} is exported by ${file}`).toBe(`${adapter.id}.ts`);
      if (adapter === FALLBACK) continue;
      expect(SITES, `lib/posting/sites/${file} exports the adapter ${adapter.id}, but sites/index.ts does not list it`).toContain(adapter);
    }
    for (const site of SITES) expect(found.map((f) => f.adapter), `${site.id} is listed but no file exports it`).toContain(site);
  });

  it('gives every board a unique id and name, example URLs and valid match patterns', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((s) => s.name)).size).toBe(SITES.length);
    for (const s of SITES) {
      expect(s.name.trim(), s.id).not.toBe('');
      expect(s.examples.length, `${s.id} has no example URLs`).toBeGreaterThan(0);
      expect(s.patterns.length, `${s.id} has no match patterns`).toBeGreaterThan(0);
      for (const p of s.patterns) {
        expect(() => matchesPattern(p, new URL('https://example.com/')), p).not.toThrow();
        // Host permissions on every site would defeat the point of listing boards.
        expect(p, `${s.id}: ${p}`).not.toMatch(/^<all_urls>$|^[^:]+:\/\/\*\//);
      }
    }
  });

  for (const site of SITES) {
    it(`${site.name}: its patterns cover its examples, and no other board claims them`, () => {
      for (const u of site.examples) {
        const url = new URL(u);
        expect(site.patterns.some((p) => matchesPattern(p, url)), `${site.id}'s patterns miss ${u}`).toBe(true);
        expect(site.matches(url), `${site.id} rejects its own example ${u}`).toBe(true);
        for (const other of SITES) {
          if (other === site) continue;
          expect(other.matches(url), `${other.id} takes ${site.id}'s example ${u}`).toBe(false);
          expect(other.patterns.filter((p) => matchesPattern(p, url)), `${other.id}'s patterns cover ${site.id}'s example ${u}`).toEqual([]);
        }
      }
    });
  }

  it('gives the manifest exactly the registry’s patterns', async () => {
    expect(BOARD_MATCHES).toEqual(SITES.flatMap((s) => s.patterns));
    expect(new Set(BOARD_MATCHES).size).toBe(BOARD_MATCHES.length);
    const { default: config } = await import('../../wxt.config');
    const manifest = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Record<string, unknown>;
    // Host access, wherever the manifest version puts it (host_permissions in MV3, permissions in MV2).
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
      const hosts = [...((m.permissions as string[] | undefined) ?? []), ...((m.host_permissions as string[] | undefined) ?? [])].filter((p) => p.includes('://') || p === '<all_urls>');
      expect(hosts, browser).toEqual(BOARD_MATCHES);
    }
  });

  it('runs the content script on exactly those patterns', async () => {
    const { default: content } = (await import('@/entrypoints/content/index')) as { default: { matches?: string[] } };
    expect(content.matches).toEqual(BOARD_MATCHES);
  });

  it('names every board as the registry does, in its order', () => {
    const want = `{\n${SITES.map((s) => `  ${s.id}: '${s.name}',`).join('\n')}\n}`;
    expect(Object.entries(BOARD_NAMES), `lib/posting/sites/names.ts differs from the registry; paste:\n${want}\n`).toEqual(SITES.map((s) => [s.id, s.name]));
    expect(BOARD_NAMES.icims).toBe('iCIMS');
    expect(boardList()).toBe('LinkedIn, Greenhouse, Lever, Workday, Ashby, Indeed, SmartRecruiters, iCIMS and Workable');
    expect(boardList(['LinkedIn'])).toBe('LinkedIn');
    expect(boardList(['LinkedIn', 'Lever'])).toBe('LinkedIn and Lever');
  });

  it('matches the README’s table of boards', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const m = /<!-- boards:begin[^>]*-->\n([\s\S]*?)\n<!-- boards:end -->/.exec(readme);
    expect(m, 'README.md has no <!-- boards:begin … --> … <!-- boards:end --> block').not.toBeNull();
    const want = boardsTable(SITES);
    expect(m![1], `README.md's table of boards differs from the registry; paste:\n${want}\n`).toBe(want);
  });
});

describe('match patterns, read as the browser reads them', () => {
  it.each([
    ['*://*.linkedin.com/*', 'https://www.linkedin.com/jobs/view/1/', true],
    ['*://*.linkedin.com/*', 'https://linkedin.com/', true],
    ['*://*.linkedin.com/*', 'http://de.linkedin.com/jobs', true],
    ['*://*.linkedin.com/*', 'https://www.linkedin.com.evil.example/jobs', false],
    ['*://*.linkedin.com/*', 'https://notlinkedin.com/', false],
    ['*://*.linkedin.com/*', 'ftp://www.linkedin.com/', false],
    ['*://jobs.lever.co/*', 'https://jobs.lever.co/acme/1?lever-source=x', true],
    ['*://jobs.lever.co/*', 'https://jobs.eu.lever.co/acme/1', false],
    ['https://example.com/jobs/*', 'https://example.com/jobs/1', true],
    ['https://example.com/jobs/*', 'https://example.com/about', false],
    ['https://example.com/jobs/*', 'http://example.com/jobs/1', false],
    ['https://example.com/*?gh_jid=*', 'https://example.com/careers?gh_jid=42', true],
  ] as const)('%s on %s: %s', (pattern, url, want) => {
    expect(matchesPattern(pattern, new URL(url))).toBe(want);
  });

  it('refuses what is not a pattern', () => {
    expect(() => matchesPattern('linkedin.com', new URL('https://linkedin.com/'))).toThrow(/not a match pattern/);
    expect(() => matchesPattern('https://www.*.com/*', new URL('https://www.x.com/'))).toThrow(/not a match pattern/);
  });
});
