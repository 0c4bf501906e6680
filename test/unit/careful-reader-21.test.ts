import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { carefulPair } from './readers';

// The session 41 infrastructure batch (s41a): twelve posting+resume pairs for platform, SRE, cloud and DevOps roles,
// written for this test in twelve styles (a Workday page with a legal footer, Greenhouse asks under "Signals we look
// for", a LinkedIn blob with inline bullets, an HN pipe line and a paragraph, an Indian MNC's "Must have / Good to have",
// a German employer's non-native English, a cleared contractor, an Ashby markdown page with its pay table flattened, a
// table-like line of per-skill years, a degree "or equivalent practical experience", a C2C hourly contract, a remote-EU
// role). Facts and the rows' importance, kind, years and any-of groups decided by hand before Fitmark read them
// (test/fixtures/text/careful/s41a-decided.json, committed first in 5e1e42d). A decided row is found by a piece of its
// text; its decided groups must each be one of the row's groups (a row may hold more).
// First read: facts 63/72, rows 58/78.
const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/s41a-decided.json`, 'utf8')) as Record<
  string,
  { facts: Record<string, unknown>; rows: [string, string, string, number | null, string[][] | null][] }
>;
const groupKeys = (gs: string[][]) => gs.map((g) => [...g].sort().join('|'));

/** Facts and rows as decided: how many Fitmark reads so, and the others. */
function factsAndRows() {
  let facts = 0;
  let factsOf = 0;
  let rows = 0;
  let rowsOf = 0;
  const misses: string[] = [];
  for (const [name, d] of Object.entries(decided)) {
    const { a } = carefulPair('s41a', name);
    const f = a.facts;
    const got: Record<string, unknown> = {
      yearsMin: f.yearsMin,
      workMode: f.workMode,
      sponsorship: f.sponsorship,
      clearance: f.clearance,
      salary: f.salary ? `${f.salary.currency} ${f.salary.min}-${f.salary.max} ${f.salary.period}` : null,
      degree: f.degree ? [f.degree.level, f.degree.required ? 'required' : 'preferred', ...(f.degree.equivalentExperience ? ['equiv'] : [])].join(',') : null,
    };
    for (const [k, want] of Object.entries(d.facts)) {
      factsOf++;
      if (JSON.stringify(got[k]) === JSON.stringify(want)) facts++;
      else misses.push(`${name} ${k}: ${JSON.stringify(got[k])}`);
    }
    for (const [key, importance, kind, years, groups] of d.rows) {
      rowsOf++;
      const r = a.requirements.find((x) => x.text.toLowerCase().includes(key.toLowerCase()));
      const had = r ? groupKeys(r.groups) : [];
      const ok = r && r.importance === importance && r.kind === kind && (years === null || r.years?.min === years) && (groups === null || groupKeys(groups).every((g) => had.includes(g)));
      if (ok) rows++;
      else misses.push(`${name} "${key}": ${r ? `${r.importance} ${r.kind} ${r.years?.min ?? '-'} ${JSON.stringify(had)}` : 'no row'}`);
    }
  }
  return { facts, factsOf, rows, rowsOf, misses };
}

describe('the session 41 infrastructure batch: facts and rows', () => {
  it('the decided facts and rows: how many Fitmark reads as decided', () => {
    const got = factsAndRows();
    expect([got.factsOf, got.rowsOf]).toEqual([72, 78]);
    expect(got.facts).toBeGreaterThanOrEqual(69);
    expect(got.rows).toBeGreaterThanOrEqual(68);
  });
});
