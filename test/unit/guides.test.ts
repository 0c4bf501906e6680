import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGuides } from '@/lib/guide/schema';
import { allSections, skillGuides } from '@/lib/guide/sections';
import type { Market } from '@/lib/guide/market';
import { guideLink } from '@/lib/match/role';
import { isSoft } from '@/lib/match/types';
import { bundled } from '@/lib/skills/taxonomy';
import { GUIDE_FILES } from '@/taxonomy/guides';
import market from '@/taxonomy/market.json';
import { ROOT, SHARED } from '../helpers';

const { taxonomy } = bundled();
const guides = skillGuides(GUIDE_FILES);
const sections = allSections(taxonomy.roles, guides, taxonomy.byId, market as Market);
const anchors = new Set(sections.map((s) => s.anchor));

/**
 * Skills postings ask for (≥ 0.5% of the corpus's postings, tech) or a role
 * guide covers, that still lack their own section. A ratchet: the test fails
 * when one of these gains a section (take it off the list) and when a skill
 * not listed here lacks one. Empty it by writing sections (lib/guide/schema.ts).
 */
const PENDING: string[] = JSON.parse(readFileSync(`${ROOT}test/unit/guides-pending.json`, 'utf8')) as string[];

/** Skills that must have their own section: tech skills in ≥ 0.5% of postings, and every skill of a role guide. */
function owed(): string[] {
  const m = market as Market;
  const min = 0.005 * m.source.postings;
  const ids = new Set<string>();
  for (const [id, f] of Object.entries(m.skills)) {
    const s = taxonomy.byId.get(id);
    if (s && !isSoft(s) && f.n >= min) ids.add(id);
  }
  for (const r of taxonomy.roles) for (const s of r.skills) ids.add(s.skill);
  return [...ids].sort();
}

describe('skill guide sections (taxonomy/guides)', () => {
  it('hold to their contract: schema, one file per category, sorted, real skills, listed in taxonomy/guides/index.ts', () => {
    expect(checkGuides(GUIDE_FILES, (id) => taxonomy.byId.get(id)?.category)).toEqual([]);
    const files = readdirSync(`${ROOT}taxonomy/guides`).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(Object.keys(GUIDE_FILES).sort()).toEqual(files);
  });

  it('give every skill postings ask for (≥ 0.5%) and every role skill a full section, but for the pending list', () => {
    const lacking = owed().filter((id) => !guides.has(id));
    expect(lacking.filter((id) => !PENDING.includes(id)), 'lacks a section: write one, or (for now) add it to guides-pending.json').toEqual([]);
    expect(PENDING.filter((id) => guides.has(id) || !owed().includes(id)), 'has a section (or is owed none): take it off guides-pending.json').toEqual([]);
  });

  it('link every skill, for every role and for none, to a section that exists: the role\'s when it covers it, else the skill\'s own', () => {
    const dangling: string[] = [];
    for (const id of owed()) {
      if (PENDING.includes(id)) continue;
      for (const role of [null, ...taxonomy.roles]) {
        const anchor = guideLink(id, role).replace(/^guide\.html#/, '');
        if (!anchors.has(anchor)) dangling.push(`${role?.id ?? '(no role)'} → ${anchor}`);
      }
    }
    expect(dangling).toEqual([]);
    const backend = taxonomy.roles.find((r) => r.id === 'backend-engineer')!;
    expect(guideLink('kafka', backend)).toBe('guide.html#backend-engineer--kafka');
    expect(guideLink('react', backend)).toBe('guide.html#skill-react');
  });

  it('are not boilerplate: no two skills share a market or a learn text, role sections included', () => {
    for (const key of ['market', 'learn'] as const) {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const s of sections) {
        const other = seen.get(s[key]);
        if (other && other !== s.skill.id) twice.push(`${s.anchor} and ${other}`);
        seen.set(s[key], s.skill.id);
      }
      expect(twice, key).toEqual([]);
    }
  });

  // Third-party text lives in ../shared: without it the check skips, visibly, except under CI=true.
  const THIRD = [`${SHARED}seeds`, `${SHARED}fixtures/corpus`, `${SHARED}fixtures/eval`, `${SHARED}fixtures/vocab`];
  it.skipIf(process.env.CI !== 'true' && !THIRD.every((d) => existsSync(d)))('are written in our own words: no eight-word run shared with the seeds or any third-party text', { timeout: 120_000 }, () => {
    const words = (t: string) => t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    const ours = new Map<string, string>();
    for (const s of sections) {
      const w = words(`${s.what} | ${s.why} | ${s.market} | ${s.show} | ${s.learn}`.replace(/\|/g, ' '));
      for (let i = 0; i + 8 <= w.length; i++) ours.set(w.slice(i, i + 8).join(' '), s.anchor);
    }
    const copied: string[] = [];
    const files = THIRD.flatMap((d) => readdirSync(d, { recursive: true }).map((f) => `${d}/${String(f)}`)).filter((f) => /\.(txt|jsonl|csv|yml|conll|tsv)$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const w = words(readFileSync(f, 'utf8'));
      for (let i = 0; i + 8 <= w.length; i++) {
        const g = w.slice(i, i + 8).join(' ');
        const where = ours.get(g);
        if (where) copied.push(`${where}: "${g}" (${f.replace(SHARED, '')})`);
      }
    }
    expect(copied).toEqual([]);
  });
});
