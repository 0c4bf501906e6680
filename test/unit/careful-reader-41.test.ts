import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { agreement, itemsOfText, rowsAgree } from './readers';

// The session 60 careful batch (s60): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes s59 left read wrong. Numbered in the order of s60-decided.json; the odd ones and
// their resumes are the tune part (fixes are drawn from their misses only), the even ones the report part (totals only):
//  1 tune   powerbi     a Leeds housing association's Power BI developer ("2+ years building Power BI reports and semantic
//                       models", a numerate degree, social housing);
//  2 report atlassian   a Nova Scotia mutual's Jira administrator ("Developing Jira Automation rules and ScriptRunner
//                       scripts", "Knowledge of ITIL 4 practices", conversational French);
//  3 tune   rmf         a federal contractor's ISSO ("Hands-on NIST RMF ... assembling ATO packages", an active Secret
//                       clearance, SP 800-53, Security+);
//  4 report cloudsec    an Irish school-software company's GRC analyst ("Ran or supported a SOC 2 Type II audit", ISO 27001,
//                       "ISO 27017 or CSA STAR");
//  5 tune   transit     a regional transit district's data analyst ("Three years of analytical experience in public
//                       transportation", GTFS and GTFS-Realtime, APC or AVL data);
//  6 report skiresort   a Highland ski resort's access-control integrator ("Experience in ski resorts, lift operations or
//                       another mountain leisure business", turnstiles "Skidata, Axess, or similar", German);
//  7 tune   campus      an Australian university's campus network engineer, selection criteria numbered ("Juniper or
//                       Arista switching", "At least four years", "Aruba or Cisco wireless controllers");
//  8 report ljubljana   a Koper logistics firm's network and security engineer, in Slovenian ("Fortinet ali Palo Alto",
//                       "Linuxom ali Windows Serverjem", "zelo dobro znanje angleškega jezika");
//  9 tune   hnprose     an HN post written as prose ("We don't care which of Python, Go or Rust", "We live in Postgres",
//                       "You'll have 4+ years", rail or logistics a bonus);
// 10 report hnclimate   an HN post written as prose (Python end to end, "ClickHouse, Druid or another columnar store", "Five
//                       years of data engineering is about right", Dagster or Terraform helps);
// 11 tune   munich      a Munich insurer's IT service manager, in German ("ITIL 4 Foundation", "Deutschkenntnisse auf
//                       B2-Niveau und gutes Englisch", "vergleichbare Ausbildung");
// 12 report whitehall   a UK executive agency's service operations analyst (BPSS and SC vetting, "ITIL 4 Foundation
//                       certification", a degree in computing or a STEM subject desirable).
// Facts, requirement rows, verdicts, totals, score ranges and the best fits decided by hand before Fitmark read them
// (test/fixtures/text/careful/s60-decided.json and s60-second-decided.json, committed first). This file holds the
// posting's side: facts and rows. match-careful-43 holds the resume's side.
// First read (720ad4df's code): facts 69/72 (tune 36/36, report 33/36), rows 72/85 (tune 38/42, report 34/43), not asked
// 29/29 (tune 17/17, report 12/12).
// After the s60 mends (match-careful-43's): rows 75/85 (tune 38 -> 41/42, report 34/43), facts and not asked as before. The
// rows mended: "It would help to have" is the nice-to-haves' heading; "SP 800-53 Rev. 5" ends no sentence and is read as NIST
// SP 800-53; "We don't care which of Python, Go or Rust ..., as long as you have shipped ..." is a pick. Still read
// otherwise in the tune part: "SQL (we use PostgreSQL with PostGIS)" asks SQL, PostgreSQL read as the stack told.
describe('the session 60 careful batch: the postings', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s60');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(69);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s60');
    expect([got.rowsOf, got.quietOf]).toEqual([85, 29]);
    expect(got.rows).toBeGreaterThanOrEqual(75);
    expect(got.quiet).toBeGreaterThanOrEqual(29);
  });
});

describe('the session 60 mends on the postings\u2019 side (postings written for these tests)', () => {
  it('a heading of wishes in the conditional with "to have" after it is the nice-to-haves\u2019 heading', () => {
    const kinds = (h: string) => postingFromText(`Fenwick Data | Analyst | Leeds\n\nRequirements:\n- SQL\n\n${h}\n- dbt\n`).sections.map((s) => s.kind);
    expect(kinds('It would help to have')).toContain('preferred');
    expect(kinds('Would be nice to know')).toContain('preferred');
    // (Counter-example: a heading of asks stays one.)
    expect(kinds('You will need to have')).not.toContain('preferred');
  });

  it('a revision\u2019s abbreviation before its number ends no sentence; after it, a sentence still ends', () => {
    const texts = (line: string) => itemsOfText(`Harrowgate Federal | ISSO | Remote\n\nRequirements:\n- ${line}\n`).map((i) => i.text);
    expect(texts('Working knowledge of SP 800-171 Rev. 2 controls')).toEqual(['Working knowledge of SP 800-171 Rev. 2 controls']);
    expect(texts('Working knowledge of SP 800-171 Rev. 2 controls')).toHaveLength(1);
    // (Counter-example: a sentence that ends on "rev." before a capital still ends there.)
    expect(texts('Read the design docs before the rev. Python scripting')).toHaveLength(2);
  });
});
