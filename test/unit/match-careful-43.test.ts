import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 60 careful batch (s60, careful-reader-41 holds the postings' side and names the tune and report parts: the
// odd postings, powerbi, rmf, transit, campus, hnprose and munich, and their resumes are tune; the even ones, atlassian,
// cloudsec, skiresort, ljubljana, hnclimate and whitehall, report): the resume's side, decided by hand before Fitmark read
// them (test/fixtures/text/careful/s60-decided.json and s60-second-decided.json, committed first): each row's verdict,
// each resume's total years, the score's range, the best fit, and, for every posting's second resume, which of the two
// fits better and each of its rows' verdicts. The resumes: a housing association's Power BI developer (and a housing
// trust's income analyst who reads and exports the Power BI dashboards, an English Literature BA); a life insurer's Jira
// administrator who writes Automation rules and ScriptRunner scripts (and a credit union's business analyst who uses Jira
// and asks the admins for rules, ITIL v3, no French); a federal contractor's ISSO with three ATO packages (and a bank's
// analyst who ran NIST CSF self-assessments, four and a half years, no clearance); a SaaS compliance lead with SOC 2 Type
// II, ISO 27001 and 27017 (and a payroll company's controls analyst with SOC 1 Type II only, two and a half years); a bus
// agency's planning analyst with GTFS and INIT APC data (and a bike-sharing operator's analyst with GBFS feeds); a ski
// centre's lift systems technician, formerly a ropeway service technician (and a football stadium's turnstile engineer);
// a university's Juniper campus engineer (and a hospital district's Cisco-only engineer, three years and eleven months);
// a port's FortiGate administrator (and a bank's Check Point engineer, English B1); a rail freight planner's Go engineer
// with OR-Tools (and a bookshop's Django developer, three and a half years); an energy retailer's ClickHouse data
// engineer (and a card processor's Druid engineer on Airflow and CloudFormation, four years); a reinsurer's IT service
// manager, in German (and an automotive incident manager with ITIL v3 and German B1); an executive agency's service
// operations analyst, SC cleared (and a retailer's service operations lead with ITIL v3 and a History BA).
// Decided: building a tool against using it (years building Power BI reports unmet for a reader and exporter of
// dashboards; developing Jira Automation rules and ScriptRunner scripts unmet for a Jira user who asks the admins for
// them; managing JSM queues and SLAs unmet for an agent working them); a framework against its sibling (NIST RMF unmet
// for NIST CSF self-assessments: RMF is the federal authorisation process and CSF shows no ATO package; SOC 2 Type II
// partial for SOC 1 Type II: the same attestation process over other criteria; ITIL 4 partial for ITIL v3 Foundation:
// the same practices in an older edition); a vendor pick met by another vendor, partial ("Juniper or Arista switching"
// against Cisco Catalyst only, "Fortinet ali Palo Alto" against Check Point only: the work asked is shown, on a platform
// not among those named); an industry told by neighbouring words (public transportation unmet by bike-sharing and
// e-scooters, and years of analysis in it partial; ski resorts met by a ski centre's lifts and by ropeways at ski areas,
// unmet by football stadiums; GTFS unmet by GBFS); years just under the ask partial (3.92 for four, 3.58 for 4+, 4.0 for
// "about five", 4.5 for 5+, 2.6 for 3+); a language one level under the words ("zelo dobro znanje" and "gutes Englisch"
// or "B2-Niveau" against B1: partial); a degree in another field (a History BA for computing or STEM, an English
// Literature BA for a numerate subject: unmet); an active Secret clearance unmet by a resume with none (a bar: the score
// capped at 45).
// First read (720ad4df's code): verdicts 65/85 (tune 35/42, report 30/43), totals 12/12 (tune 6/6, report 6/6), second
// resumes' verdicts 53/85 (tune 31/42, report 22/43) and totals 11/12 (tune 6/6, report 5/6), scores in range 10/24 (tune
// 6/12, report 4/12), best fits 14/24 (tune 8/12, report 6/12), the better resume 11/12 (tune 5/6, report 6/6).
describe('the session 60 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s60');
    expect([got.verdictsOf, got.totalsOf]).toEqual([85, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(65);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s60');
    expect(got.of).toBe(85);
    expect(got.verdicts).toBeGreaterThanOrEqual(53);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s60');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(10);
    expect(got.fits).toBeGreaterThanOrEqual(14);
    expect(got.totals).toBeGreaterThanOrEqual(11);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});
