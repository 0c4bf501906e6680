import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 55 careful batch (s55, careful-reader-36 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s55-decided.json and s55-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better and (new in s55) each of its rows' verdicts. The resumes: a university HPC administrator who
// runs Slurm (and a web host's Linux administrator whose batch jobs run from cron and Rundeck); an offshore services network
// engineer with VSAT, 4G failover and Starlink (and a bank's network engineer with an MPLS WAN); an information security
// analyst who triages Sentinel alerts and ran an incident response, no SOC title (and a SOC analyst of eighteen months after
// four years on a service desk); a search engineer (learning to rank) and a recommender engineer (collaborative filtering);
// a data engineer (and a senior data analyst who wrote Airflow DAGs for her Tableau extracts: no data engineering years); a
// card processor's fraud analyst who does data mining (and a coal mining company's production analyst); a law firm's iManage
// analyst (and an engineering company's Documentum administrator); a wildlife charity's insight manager who worked for an
// NGO (and a supermarket's insight analyst); a care group's data analyst who worked for a housing foundation (and an online
// retailer's analyst); a freelancer whose client missions stand under his own company's line (and a Java developer on Node.js
// since 2024); a Linux administrator with RHCSA (and a Windows administrator with a few Ubuntu servers); a systems
// administrator whose clearance is "Secret (inactive)" (and one with an active Secret and four years).
// First read (3f8f4eeb's code): verdicts 70/80, totals 12/12, second resumes' verdicts 57/80 and totals 12/12, scores in
// range 14/24, best fits 15/24, the better resume 10/12.
describe('the session 55 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s55');
    expect([got.verdictsOf, got.totalsOf]).toEqual([80, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(70);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s55');
    expect(got.of).toBe(80);
    expect(got.verdicts).toBeGreaterThanOrEqual(57);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s55');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(14);
    expect(got.fits).toBeGreaterThanOrEqual(15);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(10);
  });
});
