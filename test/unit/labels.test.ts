import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFixture, sharedPath, withoutShared } from '../helpers';

/**
 * The hand-labelled skills of Hacker News postings (test/fixtures/labels/hn-skills.jsonl):
 * corpus ids and labels only; the posting text stays in ../shared/fixtures/corpus.
 */
interface Skill {
  name: string;
  forms: string[];
  kind: string;
  importance: string;
}
interface Trap {
  form: string;
  context: string;
}
interface Row {
  id: number;
  split: string;
  skills: Skill[];
  traps: Trap[];
}

const CORPUS = 'corpus/hn-2026.jsonl';
const DEV = 'eval/hn-dev.jsonl';

const jsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

const rows = jsonl<Row>(projectFixture('labels/hn-skills.jsonl'));

/** Checks every row's skills and traps have the shape the eval reads. */
function wellFormed(labelRows: Row[]): void {
  for (const r of labelRows) {
    const names = r.skills.map((s) => s.name);
    expect(new Set(names).size, `${r.id}: a skill listed twice`).toBe(names.length);
    for (const s of r.skills) {
      expect(Object.keys(s).sort()).toEqual(['forms', 'importance', 'kind', 'name']);
      expect(s.name.trim(), `${r.id}`).not.toBe('');
      expect(s.forms.length, `${r.id} ${s.name}: no forms`).toBeGreaterThan(0);
      expect(['tech', 'soft'], `${r.id} ${s.name}`).toContain(s.kind);
      expect(['required', 'preferred', 'stack'], `${r.id} ${s.name}`).toContain(s.importance);
    }
    for (const t of r.traps) {
      expect(Object.keys(t).sort()).toEqual(['context', 'form']);
      expect(t.context, `${r.id}: trap form outside its context`).toContain(t.form);
    }
  }
}

/** Every form and trap context of the rows stands verbatim in its corpus posting: the problems found. */
function notVerbatim(labelRows: Row[], text: Map<number, string>): string[] {
  const problems: string[] = [];
  for (const r of labelRows) {
    const t = text.get(r.id);
    if (t === undefined) {
      problems.push(`${r.id}: not in the corpus`);
      continue;
    }
    for (const s of r.skills) for (const f of s.forms) if (!t.includes(f)) problems.push(`${r.id} ${s.name}: form ${JSON.stringify(f)} not in the text`);
    for (const trap of r.traps) if (!t.includes(trap.context)) problems.push(`${r.id}: trap context ${JSON.stringify(trap.context)} not in the text`);
  }
  return problems;
}

describe('hn-skills labels: the file itself', () => {
  it('has one row per posting, tune rows first, and no posting text', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rows) {
      // A row may say how it was labelled or relabelled (a short note, never posting text).
      expect(Object.keys(r).filter((k) => k !== 'relabelled' && k !== 'labelled').sort()).toEqual(['id', 'skills', 'split', 'traps']);
      if ('relabelled' in r) expect(String(r.relabelled).length).toBeLessThan(400);
      if ('labelled' in r) expect(String(r.labelled).length).toBeLessThan(400);
      expect(Number.isInteger(r.id)).toBe(true);
      expect(['tune', 'report']).toContain(r.split);
    }
    const splits = rows.map((r) => r.split);
    expect(splits.filter((s) => s === 'tune').length).toBeGreaterThanOrEqual(30);
    const firstReport = splits.indexOf('report');
    if (firstReport >= 0) expect(splits.slice(firstReport)).not.toContain('tune');
  });

  it('every skill has a name, forms, a kind and an importance; every trap a form inside its context', () => {
    wellFormed(rows);
  });

  it('no posting is tuned on in one label file and reported in the other (both report is fine)', () => {
    const req = new Map(jsonl<{ id: number; split: string }>(projectFixture('labels/requirements.jsonl')).map((r) => [r.id, r.split]));
    expect(rows.filter((r) => req.has(r.id) && req.get(r.id) !== r.split).map((r) => `${r.id}: ${r.split} here, ${req.get(r.id)} in requirements`)).toEqual([]);
  });
});

describe('hn-skills labels against the corpus', () => {
  it.skipIf(withoutShared(CORPUS, DEV))('every id is a corpus posting, not one of hn-dev, and every form and trap context is verbatim', () => {
    const text = new Map(jsonl<{ id: number; text: string }>(sharedPath(CORPUS)).map((c) => [c.id, c.text]));
    const dev = new Set(jsonl<{ id: number }>(sharedPath(DEV)).map((r) => r.id));
    const problems = notVerbatim(rows, text);
    for (const r of rows) if (dev.has(r.id)) problems.push(`${r.id}: also in hn-dev`);
    expect(problems).toEqual([]);
  });
});

/**
 * A second labeller's blind labels of some report postings (test/fixtures/labels/hn-skills-second.jsonl),
 * for the labellers' agreement (test/bench/agreement.ts): the same format as hn-skills.jsonl.
 */
const second = jsonl<Row>(projectFixture('labels/hn-skills-second.jsonl'));

describe('hn-skills-second labels: the file itself', () => {
  it('has one row per posting, each a report row of hn-skills.jsonl, well-formed', () => {
    expect(second.length).toBeGreaterThanOrEqual(30);
    const ids = second.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const report = new Set(rows.filter((r) => r.split === 'report').map((r) => r.id));
    for (const r of second) {
      expect(Object.keys(r).sort()).toEqual(['id', 'skills', 'split', 'traps']);
      expect(r.split, `${r.id}`).toBe('report');
      expect(report.has(r.id), `${r.id}: not a report row of hn-skills.jsonl`).toBe(true);
    }
    wellFormed(second);
  });
});

describe('hn-skills-second labels against the corpus', () => {
  it.skipIf(withoutShared(CORPUS))('every form and trap context is verbatim', () => {
    const text = new Map(jsonl<{ id: number; text: string }>(sharedPath(CORPUS)).map((c) => [c.id, c.text]));
    expect(notVerbatim(second, text)).toEqual([]);
  });
});

/** The hand-labelled facts and any-of groups (test/fixtures/labels/requirements.jsonl). */
interface ReqRow {
  id: number;
  split: string;
  facts: Record<string, unknown>;
  groups: string[][];
  kinds?: string[];
}
const reqRows = jsonl<ReqRow>(projectFixture('labels/requirements.jsonl'));

describe('requirements labels: the file itself', () => {
  it('has one row per posting, tune rows first, six facts each, groups of two or more skills', () => {
    const ids = reqRows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const splits = reqRows.map((r) => r.split);
    expect(splits.filter((s) => s === 'tune').length).toBeGreaterThanOrEqual(30);
    expect(splits.slice(splits.indexOf('report'))).not.toContain('tune');
    const kinds = ['years', 'degree', 'clearance', 'authorization', 'language'];
    for (const r of reqRows) {
      expect(['tune', 'report'], `${r.id}`).toContain(r.split);
      expect(Object.keys(r.facts).sort(), `${r.id}`).toEqual(['clearance', 'degree', 'salary', 'sponsorship', 'workMode', 'yearsMin']);
      for (const g of r.groups) {
        expect(g.length, `${r.id}: a group of one`).toBeGreaterThanOrEqual(2);
        for (const id of g) expect(id, `${r.id}`).toMatch(/^[a-z0-9][a-z0-9+#.-]*$/);
      }
      for (const k of r.kinds ?? []) expect(kinds, `${r.id}`).toContain(k);
    }
  });
});

describe('requirements labels against the corpus', () => {
  it.skipIf(withoutShared(CORPUS, DEV))('every id is a corpus posting, and no report row is one of hn-dev (tuned on for skills)', () => {
    const corpus = new Set(jsonl<{ id: number }>(sharedPath(CORPUS)).map((c) => c.id));
    const dev = new Set(jsonl<{ id: number }>(sharedPath(DEV)).map((r) => r.id));
    expect(reqRows.filter((r) => !corpus.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(reqRows.filter((r) => r.split === 'report' && dev.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

/** Word pairs of a text, for telling a repost (the same posting a month later) from a new posting. */
const pairs = (t: string): Set<string> => {
  const w = t.toLowerCase().match(/\w+/g) ?? [];
  return new Set(w.slice(1).map((x, i) => `${w[i]} ${x}`));
};

describe('report rows are postings not tuned on', () => {
  it.skipIf(withoutShared(CORPUS, DEV))('no report row is a repost of a tune row (of either file) or of hn-dev (more than half its word pairs shared)', () => {
    const text = new Map(jsonl<{ id: number; text: string }>(sharedPath(CORPUS)).map((c) => [c.id, c.text]));
    const dev = jsonl<{ id: number }>(sharedPath(DEV)).map((r) => r.id);
    const reposts: string[] = [];
    // Tuned on in either file counts: the two label sets tune one product.
    const tuned = [...reqRows, ...rows].filter((r) => r.split === 'tune').map((r) => r.id).concat(dev).map((id) => ({ id, p: pairs(text.get(id) ?? '') }));
    for (const [name, labelled] of [['requirements', reqRows], ['hn-skills', rows]] as const) {
      for (const r of labelled.filter((x) => x.split === 'report')) {
        const p = pairs(text.get(r.id) ?? '');
        for (const t of tuned) {
          let shared = 0;
          for (const x of p) if (t.p.has(x)) shared++;
          if (shared / (p.size + t.p.size - shared || 1) > 0.5) reposts.push(`${name} ${r.id} ~ ${t.id}`);
        }
      }
    }
    expect(reposts).toEqual([]);
  });
});

/** The hand-labelled parts of postings (test/fixtures/labels/sections.jsonl), read by test/bench/eval-sections.ts. */
interface SectionRow {
  id?: number;
  page?: string;
  split: string;
  parts: Array<{ first: string; kind: string }>;
}
const sectionRows = jsonl<SectionRow>(projectFixture('labels/sections.jsonl'));

describe('section labels', () => {
  it('are well-formed: a corpus id or a saved page (pages tune only), parts of known kinds', () => {
    const kinds = new Set(['requirements', 'preferred', 'responsibilities', 'about', 'benefits', 'other']);
    for (const r of sectionRows) {
      expect((r.id === undefined) !== (r.page === undefined), JSON.stringify(r).slice(0, 80)).toBe(true);
      expect(['tune', 'report']).toContain(r.split);
      if (r.page) expect(r.split).toBe('tune');
      expect(r.parts.length).toBeGreaterThan(0);
      for (const p of r.parts) {
        expect(kinds.has(p.kind), `${r.id ?? r.page}: ${p.kind}`).toBe(true);
        expect(p.first.trim().length).toBeGreaterThan(0);
        expect(p.first.split(/\s+/).length, `${r.id ?? r.page}: "${p.first}"`).toBeLessThan(8);
      }
    }
    const ids = sectionRows.filter((r) => r.id !== undefined).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.skipIf(withoutShared(CORPUS, DEV))('no report row is a tune row, or a repost of one, of any label file or of hn-dev', () => {
    const text = new Map(jsonl<{ id: number; text: string }>(sharedPath(CORPUS)).map((c) => [c.id, c.text]));
    const dev = jsonl<{ id: number }>(sharedPath(DEV)).map((r) => r.id);
    const tuned = [...reqRows, ...rows, ...sectionRows]
      .filter((r) => r.split === 'tune' && r.id !== undefined)
      .map((r) => r.id!)
      .concat(dev)
      .map((id) => ({ id, p: pairs(text.get(id) ?? '') }));
    const reposts: string[] = [];
    for (const r of sectionRows.filter((x) => x.split === 'report')) {
      const p = pairs(text.get(r.id!) ?? '');
      for (const t of tuned) {
        let shared = 0;
        for (const x of p) if (t.p.has(x)) shared++;
        if (shared / (p.size + t.p.size - shared || 1) > 0.5) reposts.push(`sections ${r.id} ~ ${t.id}`);
      }
    }
    expect(reposts).toEqual([]);
  });
});

/** The hand-labelled requirement items of kind "other" (test/fixtures/labels/items.jsonl), read by test/bench/eval-items.ts. */
interface ItemRow {
  id: number;
  split: string;
  items: Array<{ text: string; ask: boolean; kind?: string }>;
  labelled: string;
}
const itemRows = jsonl<ItemRow>(projectFixture('labels/items.jsonl'));

describe('item labels', () => {
  it('are well-formed: one row a posting, tune rows first, each item a text and whether it asks', () => {
    for (const r of itemRows) {
      expect(Object.keys(r).sort()).toEqual(['id', 'items', 'labelled', 'split']);
      expect(['tune', 'report']).toContain(r.split);
      expect(r.items.length).toBeGreaterThan(0);
      for (const i of r.items) {
        expect(i.text.trim().length).toBeGreaterThan(0);
        expect(typeof i.ask).toBe('boolean');
        expect([undefined, 'skills']).toContain(i.kind);
      }
    }
    expect(new Set(itemRows.map((r) => r.id)).size).toBe(itemRows.length);
    const splits = itemRows.map((r) => r.split);
    expect(splits.slice(splits.indexOf('report'))).not.toContain('tune');
  });

  it('a posting has the same split here as in every other label file', () => {
    const other = new Map<number, string>();
    for (const r of [...reqRows, ...rows, ...second, ...sectionRows]) if (r.id !== undefined) other.set(r.id, r.split);
    expect(itemRows.filter((r) => other.has(r.id) && other.get(r.id) !== r.split).map((r) => `${r.id}: ${r.split} here, ${other.get(r.id)} elsewhere`)).toEqual([]);
  });

  it.skipIf(withoutShared(CORPUS, DEV))('no report posting of any label file is a repost of a tune row here, and no report row here of a tuned posting', () => {
    const text = new Map(jsonl<{ id: number; text: string }>(sharedPath(CORPUS)).map((c) => [c.id, c.text]));
    const dev = jsonl<{ id: number }>(sharedPath(DEV)).map((r) => r.id);
    const repost = (a: Set<string>, b: Set<string>) => {
      let shared = 0;
      for (const x of a) if (b.has(x)) shared++;
      return shared / (a.size + b.size - shared || 1) > 0.5;
    };
    const all = [...reqRows, ...rows, ...second, ...sectionRows, ...itemRows].filter((r) => r.id !== undefined);
    const tuned = all.filter((r) => r.split === 'tune').map((r) => r.id!).concat(dev);
    const reported = all.filter((r) => r.split === 'report').map((r) => r.id!);
    const pairsOf = new Map<number, Set<string>>();
    const p = (id: number) => pairsOf.get(id) ?? pairsOf.set(id, pairs(text.get(id) ?? '')).get(id)!;
    const found: string[] = [];
    for (const t of itemRows.filter((r) => r.split === 'tune')) for (const id of reported) if (id !== t.id && repost(p(t.id), p(id))) found.push(`items tune ${t.id} ~ report ${id}`);
    for (const r of itemRows.filter((x) => x.split === 'report')) for (const id of tuned) if (id !== r.id && repost(p(r.id), p(id))) found.push(`items report ${r.id} ~ tune ${id}`);
    expect(found).toEqual([]);
  });
});
