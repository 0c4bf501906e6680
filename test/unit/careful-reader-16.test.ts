import { describe, expect, it } from 'vitest';
import { agreement } from './readers';

// A third batch of session 38 (s38c), written after careful-reader-14/15's fixes in forms no earlier batch used, each pair
// written for this test (none from a real posting): a Workday "Job Requirements" table with Required/Preferred columns
// against a resume with the employer on one line and the title and dates on the next; a LinkedIn posting with its
// "Seniority level / Employment type" footer against a two-line summary and roles dated "09/2022 – current"; a Greenhouse
// "Pay Transparency" block with a range per city against a resume written oldest first with an overlapping part-time role;
// "5 or 7+ years … depending on level (L4/L5)" with a range per level against a skills line with years per skill; "We
// don't care about degrees" against dated Projects that are not roles; remote-first within UTC-3 to UTC+2 against
// "Jan 2023 – ongoing"; SmartRecruiters "Qualifications" / "Additional Information" against "June 2021 – today"; numbered
// requirements with lettered sub-items. Each pair's facts and verdicts were decided by hand before Fitmark read them
// (test/fixtures/text/careful/s38c-decided.json, committed first).
// First read: facts 46/48, verdicts 45/53, totals 8/8. Misses: a visa the employer supports an application for ("We
// support your application for a Dutch highly skilled migrant visa") gave no sponsorship; "5 or 7+ years … depending on
// level" read 7; "8+ years in software or systems engineering" counted as systems programming only; a Master's asked as
// preferred partial against a Bachelor's; "Telematics or IoT data pipelines" unmet against telematics ingest;
// "Experience running Backstage or another developer portal" cannot tell; "Distributed storage: replication, consistency
// and failure handling" and "PostgreSQL operations: backups, replication, upgrades" partial (an example read as a skill
// the resume must name: error handling, disaster recovery); "Knowledge of OT/IT segregation (IEC 62443)" cannot tell;
// "Double-entry bookkeeping concepts" unmet against "double-entry ledger entries".
// Mended by class (test/unit/match-careful-17 has a fresh case of each, with counter-examples): a visa application the
// employer supports is sponsorship offered (refusing it is not); "N or M+ years" that differ by level ask the lower;
// years "in software or systems engineering" are the resume's; examples listed after a colon, one worded on a resume's
// line (by its stem too: "replication" by "replicas"), show them; "Experience running X … is a plus" with X a name the
// taxonomy does not know is met where the resume names X. Facts 48/48, verdicts 49/53, totals 8/8.
// Still read wrong (not asserted): a Master's asked as preferred is partial against a Bachelor's; "Telematics or IoT data
// pipelines" unmet against telematics ingest (a word the taxonomy does not know, beside IoT); "OT/IT segregation
// (IEC 62443)" cannot tell; "Double-entry bookkeeping" (accounting) unmet against "double-entry ledger entries".
// (The Master's asked as preferred was decided unmet, as s35's workday pair decided it; Fitmark reads a lower degree as
// partial by design, so this is left as a convention to settle, not mended. Items nested under "4. Nice to have" read as
// required at first; they are now wished for, match-careful-18.)
describe('a third batch (session 38c)', () => {
  it('the decided facts and verdicts: how many Fitmark reads as decided', () => {
    const got = agreement('s38c');
    expect([got.factsOf, got.verdictsOf, got.totalsOf]).toEqual([48, 53, 8]);
    expect(got.facts).toBe(48);
    expect(got.verdicts).toBeGreaterThanOrEqual(49);
    expect(got.totals).toBe(8);
  });
});

// A carry-over batch (s38d), written after the s38c fixes in forms not tuned on: a US remote posting paying by location
// tier ("Who you are" / "Bonus points") against a resume dated "2021.04 – Present"; an Indeed India posting with its "Job
// Type / Pay / Experience: Kubernetes: 3 years (Required)" fields against "June'21 – Till date"; a posting that answers
// degree, visa, pay and office in an FAQ against roles dated in brackets at the line's end. Decided by hand before Fitmark
// read them (s38d-decided.json, committed first).
// First read: facts 16/18, verdicts 16/18, totals 3/3. Misses: "Do I need a degree? No." read as a degree asked (fact and
// item); the FAQ's last ask, "Writing clear design documents", gave no item; the Indeed fields' years read 4 (the
// preferred AWS: 4 years) for the required Kubernetes: 3 years; "Experience with 3GPP or mobile core networks" unmet
// against "packet core (EPC) integration".
// Mended by class (test/unit/match-careful-18, with counter-examples): a question the reader asks ("Do I need a degree?",
// "Is a degree required?") asks no degree; a job board's years field marked "(Preferred)" is wished for, and a line with
// its own label is not read under the heading's. Facts 18/18, verdicts 16/18, totals 3/3.
// Still read wrong (not asserted): "What we ask" is no heading of requirements (lib/posting/sections.ts, left to the
// helper reading board pages), so its last line, "Writing clear design documents", gives no item; "Experience with 3GPP
// or mobile core networks" is unmet against a packet core (EPC).
describe('a carry-over batch (session 38d)', () => {
  it('the decided facts and verdicts: how many Fitmark reads as decided', () => {
    const got = agreement('s38d');
    expect([got.factsOf, got.verdictsOf, got.totalsOf]).toEqual([18, 18, 3]);
    expect(got.facts).toBe(18);
    expect(got.verdicts).toBeGreaterThanOrEqual(16);
    expect(got.totals).toBe(3);
  });
});
