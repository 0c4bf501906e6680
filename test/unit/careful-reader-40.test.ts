import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 59 careful batch (s59): twelve postings written for this test, in roles and forms the earlier batches had
// not, weighted to the verdict classes s58 left read wrong. Numbered in the order of s59-decided.json; the odd ones and
// their resumes are the tune part (fixes are drawn from their misses only), the even ones the report part (totals only):
//  1 tune   gis         a US county's GIS systems administrator ("Administration of ArcGIS Enterprise (Portal for ArcGIS,
//                       ArcGIS Server, ArcGIS Data Store)", a degree "or equivalent GIS experience", local government);
//  2 report sportsbook  a Maltese sportsbook's platform engineer ("Kubernetes incl. Helm", "Experience in iGaming or sports
//                       betting", "Fluent English");
//  3 tune   medios      a Spanish fintech's acquiring backend ("Experiencia en medios de pago (TPV, pasarelas, adquirencia
//                       o emisión)", "Inglés fluido");
//  4 report defence     a UK defence prime's naval combat systems software ("Experience on government or MOD programmes",
//                       SC clearance eligibility, a STEM degree or equivalent experience);
//  5 tune   bratislava  a Slovak food distributor's Windows administrator ("znalosť Active Directory a GPO", "Azure AD /
//                       Entra ID", "Microsoft 365 vrátane Intune", "angličtina na komunikatívnej úrovni");
//  6 report budapest    a Hungarian telecom's DevOps engineer ("Kubernetes és Helm", "Tapasztalat a távközlési
//                       szektorban", "Jó szintű angol nyelvtudás");
//  7 tune   enoteca     an Italian online wine shop's PHP backend ("Laurea in Informatica o esperienza equivalente nel
//                       ruolo", "Buona conoscenza dell'inglese scritto e parlato", e-commerce);
//  8 report pensioen    a Dutch pension fund's BI developer (building Power BI reports and models against reading them,
//                       "Ervaring in de pensioen- of verzekeringssector");
//  9 tune   water       a UK water utility's OT systems engineer ("Experience in the water industry (clean or waste
//                       water)", a degree "or equivalent experience in industrial automation", a driving licence);
// 10 report jira        a games studio's Atlassian tools administrator ("3+ years administering Jira" against a Jira user);
// 11 tune   entra       a Dutch university of applied sciences' identity engineer ("Administering Entra ID (Azure AD)",
//                       "Active Directory incl. Group Policy", "Fluent English", "Dutch at B1 or higher");
// 12 report servicenow  a French mutual insurer's ServiceNow administrator ("3 ans d'expérience au moins en administration
//                       ServiceNow" against a ServiceNow user, "Anglais courant", "Bac+3 minimum").
// Facts, requirement rows, verdicts, totals, score ranges and the best fits decided by hand before Fitmark read them
// (test/fixtures/text/careful/s59-decided.json and s59-second-decided.json, committed first). This file holds the
// posting's side: facts and rows. match-careful-42 holds the resume's side.
// First read (13c45a0f's code): facts 69/72 (tune 33/36, report 36/36), rows 82/95 (tune 42/48, report 40/47), not asked
// 40/40 (tune 22/22, report 18/18).
// After the s59 mends (match-careful-42's): facts 71/72 (tune 33 -> 35/36, report 36/36), rows 87/95 (tune 42 -> 47/48, report
// 40/47), not asked 40/40. The rows mended: a Slovak posting's parts ("Požiadavky na zamestnanca", "Pracovná náplň"), whose
// rows had read as none; "Windows serverov" is Windows Server; "SŠ alebo VŠ vzdelanie" a school-leaving certificate or a degree
// (no degree asked); "o esperienza equivalente nel ruolo" equivalent experience. Still read otherwise in the tune part: "Siemens
// or Rockwell PLC programming" with no group of the two (Siemens alone no skill); "there is no option to work from home" read
// as remote (the facts helper's area).
describe('the session 59 careful batch: the postings', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s59');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(71);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s59');
    expect([got.rowsOf, got.quietOf]).toEqual([95, 40]);
    expect(got.rows).toBeGreaterThanOrEqual(87);
    expect(got.quiet).toBeGreaterThanOrEqual(40);
  });
});
