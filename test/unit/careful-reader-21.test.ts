import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import { carefulPair, factsAsDecided } from './readers';

// The session 41 infrastructure batch (s41a): twelve posting+resume pairs for platform, SRE, cloud and DevOps roles,
// written for this test in twelve styles (a Workday page with a legal footer, Greenhouse asks under "Signals we look
// for", a LinkedIn blob with inline bullets, an HN pipe line and a paragraph, an Indian MNC's "Must have / Good to have",
// a German employer's non-native English, a cleared contractor, an Ashby markdown page with its pay table flattened, a
// table-like line of per-skill years, a degree "or equivalent practical experience", a C2C hourly contract, a remote-EU
// role). Facts and the rows' importance, kind, years and any-of groups decided by hand before Fitmark read them
// (test/fixtures/text/careful/s41a-decided.json, committed first in 5e1e42d). A decided row is found by a piece of its
// text; its decided groups must each be one of the row's groups (a row may hold more).
// First read: facts 63/72, rows 58/78.
// Mended by class (test/unit/asks-s41a has a fresh case of each, with counter-examples): a list pasted into one line with
// inline bullets is its bullets under its label; "Would be great", "Nice, not needed" head wishes; "remote state" is no
// remote job; "no telework" and "on customer site" are on site; "Exp: 6-9 yrs" asks years overall; a degree that "may
// substitute for 4 years" is not asked; "completed studies in X or comparable education" asks a degree or its alternative;
// "Kubernetes / OpenShift" asks either; levels of one role in a pay table under a title of no level span them.
// Decided values changed to the project's conventions after the first read (not blind, said so in the commit): a clearance
// with its polygraph is named as written ("TS/SCI with polygraph", facts-fresh-2); an industry the taxonomy names is a
// skills row (lib/requirements/industries.ts), not "other".
// Final read: facts 71/72, rows 71/78.
// Still read otherwise (not asserted): "3+ years Kubernetes, 5+ years Linux" gives yearsMin 3 (the least of the skills'
// years, the code's rule; decided 5); rows whose groups the code reads wider than decided and a reader may accept
// ("Temporal or another workflow engine" adds durable execution, "Ceph or another distributed storage system" storage
// systems, "Infrastructure as Code (Terraform or CloudFormation)" one group with IaC); "Kubernetes, ideally GKE" read as two
// rows (Kubernetes asked, GKE wished), so no row has the decided text; "…, of which 2+ years on Google Cloud" a row of its
// own; "have written real software in Go or Rust" a row apart from the years; "BigQuery or Snowflake cost optimisation" one group
// with cost optimisation.
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
    const got = factsAsDecided(a.facts);
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
    expect(got.facts).toBeGreaterThanOrEqual(71);
    expect(got.rows).toBeGreaterThanOrEqual(71);
  });
});
