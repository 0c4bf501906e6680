import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 56 careful batch (s56, careful-reader-37 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s56-decided.json and s56-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better and each of its rows' verdicts. The resumes: an IT Administrator whose lines run servers,
// Active Directory and Azure (and an IT support analyst whose only Azure is "Azure AD Connect" sync errors); a DBA who
// tuned SQL Server queries with execution plans and Query Store (and a storage engineer: storage years, no tuning); a WMS
// support analyst (and a shift manager who is the WMS's super-user); a backend engineer whose public shipping API couriers
// and marketplaces integrate with (and a retailer's developer who called the couriers' APIs); a LIMS specialist with a
// Czech "Ing." (and a laboratory technician, the LIMS's key user, with a maturita and English B1); a playout operator
// with English C1 (and a master control technician of two years with English B2 against "Anglais courant"); a satellite
// ISP's NOC engineer (and a building society's NOC analyst of 23 months with 4G failover routers); a printer's Tharstern
// administrator (and a food manufacturer's Sage X3 administrator); a water company's data scientist with isolation forest
// models (and an insurer's data scientist without anomaly detection); an Austrian IT-Administrator with Azure since 2022
// (and a Systemadministratorin whose Azure is "Azure AD Connect"); an NHS information analyst who does "SQL Server query
// tuning" (and a council data analyst with a history degree); an MSP cloud engineer (and a messaging and identity engineer
// with Azure AD Connect).
// First read (36e84fd8's code): verdicts 63/72, totals 12/12, second resumes' verdicts 52/72 and totals 12/12, scores in
// range 11/24, best fits 17/24, the better resume 9/12.
describe('the session 56 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s56');
    expect([got.verdictsOf, got.totalsOf]).toEqual([72, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(63);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s56');
    expect(got.of).toBe(72);
    expect(got.verdicts).toBeGreaterThanOrEqual(52);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s56');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(11);
    expect(got.fits).toBeGreaterThanOrEqual(17);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(9);
  });
});
