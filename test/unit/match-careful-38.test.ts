import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';
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
// After the mends below (made on these pairs, so not an untuned figure): verdicts 76/80, second resumes' verdicts 65/80,
// scores in range 19/24, best fits 18/24, the better resume 12/12 (totals 12/12 and 12/12 unchanged). Of these, one score in
// range, one fit and the better resume come from a label changed openly, not from the code: the "Secret (inactive)" resume
// against "Active DoD Secret clearance" I had decided partial with no bar (85-95, strong, the better resume); s51 decided
// (blind, RMF) that a lapsed clearance against one asked held now is partial and a bar, capped at 45, and a careful reader
// agrees (the job cannot start on the classified enclave until it is reinstated): now 40-45, fair, the second resume better.
// Still read otherwise (not asserted): "Machine learning for anomaly detection, such as gradient boosting or isolation
// forests" partial (the taxonomy reads no anomaly detection in "isolation forest models"); "Une experience dans la mobilite
// ou le transport est un plus" unknown; the second resumes' "Satellite or cellular WAN links" partial against an MPLS WAN
// and a telecom employer (read as two groups), "IEC 62443" segmentation partial by Palo Alto firewalls, a BS against "a
// graduate degree" and an A.A.S. against a bachelor's partial (older rules), "RHEL administration" partial by Windows
// administration, "3+ years supporting document management systems in a law firm" unmet (decided partial: the work shown,
// not the firm), "a DMS migration" unmet against a Documentum to SharePoint migration, the Czech "Ing." degree unknown,
// "Anglais courant" met by B2 (the older rule: fluency is B2) and "Ingles tecnico (lectura)" by A2, "Monitorizacion con
// Zabbix o Prometheus" partial by Nagios, three years of Linux met by a Windows administrator's few Ubuntu servers; rows
// and facts (the items and facts helpers' areas): WTTJ's "Preferred experience" read preferred, "Un plus :" no row,
// "Experience: > 5 years" and "A few days at home" not read, "Se valorara" required, "Firewalls, ideally Fortinet" no row,
// "Your profile matches 5 of 9 skills" and "Security Clearance: Secret" read as rows, the jobs.ac.uk listing read onsite.
describe('the session 55 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s55');
    expect([got.verdictsOf, got.totalsOf]).toEqual([80, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(76);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s55');
    expect(got.of).toBe(80);
    expect(got.verdicts).toBeGreaterThanOrEqual(65);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s55');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(19);
    expect(got.fits).toBeGreaterThanOrEqual(18);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Harrowgate Systems | Analyst | Leicester, UK';
const cvOf = (roles: Array<[string, string, string[]]>, tail = '') =>
  `Rosalind Achterberg\nrosalind.a@mail.example\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const one = (title: string, lines: string[], tail = '') => cvOf([[title, 'Mar 2019 \u2013 present', lines]], tail);
/** The verdict of the first row of a one-row posting. */
const verdictOf = (ask: string, resume: string, header = HEADER) => matched(header, [ask], resume).m.requirements![0]!;

describe('the session 55 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('HPC scheduling asked: a cluster scheduler meets it, HPC without one partly, jobs scheduled elsewhere not', () => {
    const ask = 'Experience with HPC workload scheduling';
    const pbs = verdictOf(ask, one('Research Systems Engineer, Ferncliff Institute', ['Administer the PBS Pro queues of the 3,000-core cluster']));
    expect(pbs.verdict).toBe('met');
    expect(pbs.evidence).toMatch(/PBS Pro/);
    expect(verdictOf(ask, one('Research Software Engineer, Ferncliff Institute', ['Ported the ocean model to run on the HPC cluster']))).toMatchObject({ verdict: 'partial' });
    expect(verdictOf(ask, one('Operations Engineer, Ferncliff Freight', ['Nightly ETL jobs scheduled in Control-M and cron']))).toMatchObject({ verdict: 'unmet' });
  });

  it('years in named fields "or a similar analytical role": an analyst-titled role counts, an engineer-titled one does not', () => {
    const ask = 'At least 4 years in claims fraud, underwriting or a similar analytical role';
    const portfolio = verdictOf(ask, one('Portfolio Analyst, Tarnwell Motor Insurance', ['Monthly loss ratio reports for the board']));
    expect(portfolio.verdict).toBe('met');
    expect(portfolio.evidence).toMatch(/Portfolio Analyst/);
    expect(verdictOf(ask, one('Software Engineer, Tarnwell Motor Insurance', ['Java services for the quote engine']))).not.toMatchObject({ verdict: 'met' });
  });

  it('products outside the taxonomy asked with their work ("X or Y administration", "an X or Y vendor certification")', () => {
    const admin = 'Relativity or Nuix administration';
    expect(verdictOf(admin, one('Litigation Support Analyst, Fenwick Rowe LLP', ['Administer Relativity workspaces for the disputes team']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(admin, one('Records Officer, Fenwick Rowe LLP', ['Paper and email records for the disputes team']))).toMatchObject({ verdict: 'unmet' });
    // (The names alone as a row, "ShareFile or HighQ", ask them as they stand; places alone, "Leeds or Sheffield", do not.)
    expect(verdictOf('ShareFile or HighQ', one('Client Portal Analyst, Fenwick Rowe LLP', ['Set up HighQ sites for the deal teams']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf('ShareFile or HighQ', one('Records Officer, Fenwick Rowe LLP', ['Paper and email records for the disputes team']))).toMatchObject({ verdict: 'unmet' });
    expect(verdictOf('Leeds or Sheffield', one('Records Officer, Fenwick Rowe LLP', ['Paper and email records for the disputes team']))).not.toMatchObject({ verdict: 'unmet' });
    const cert = 'A Relativity or Nuix vendor certification';
    expect(verdictOf(cert, one('Litigation Support Analyst, Fenwick Rowe LLP', ['Administer Relativity workspaces'], '\nCERTIFICATIONS\nRelativity Certified Administrator (2021)\n'))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(cert, one('Litigation Support Analyst, Fenwick Rowe LLP', ['Administer Relativity workspaces']))).toMatchObject({ verdict: 'unmet' });
  });

  it('line-managing asked: a line that manages people meets it, mentoring does not', () => {
    const ask = 'Experience of line-managing engineers';
    expect(verdictOf(ask, one('Support Manager, Elmbridge Software', ['Line manage three support engineers and run their reviews']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Senior Support Engineer, Elmbridge Software', ['Mentored two graduates through their first year']))).toMatchObject({ verdict: 'unmet' });
  });

  it('a Dutch social organisation asked by its examples: a housing foundation or a municipality meets it, a web shop does not', () => {
    const ask = 'Ervaring bij een maatschappelijke organisatie, zoals een woningcorporatie of gemeente';
    const header = 'Stichting Buurtkracht | Data-analist | Utrecht';
    expect(verdictOf(ask, one('Data-analist, Woonstichting Eemvallei', ['Rapportages over huurachterstanden']), header)).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Data-analist, Gemeente Zwolle', ['Dashboards voor de afdeling Werk en Inkomen']), header)).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Data-analist, Kwikpakket Webwinkel B.V.', ['Dashboards over retouren en levertijden']), header)).toMatchObject({ verdict: 'unmet' });
  });

  it('years in data engineering: an analyst whose Airflow runs her reports has none, an analytics engineer has them', () => {
    const ask = '5+ years in data engineering';
    const analyst = verdictOf(ask, one('BI Analyst, Corrib Retail', ['Airflow DAGs that refresh the sales dashboards each morning', 'SQL and Looker reports for the buyers']));
    expect(analyst.verdict).toBe('unmet');
    expect(analyst.evidence).toMatch(/analyst/);
    expect(verdictOf(ask, one('Analytics Engineer, Corrib Retail', ['Airflow and dbt pipelines loading the tills into BigQuery']))).toMatchObject({ verdict: 'met' });
  });

  it('a role titled for administering a system runs it; one that only used it runs it partly', () => {
    const ask = '4+ years administering Linux servers';
    expect(verdictOf(ask, one('Linux Administrator, Pennard Payroll Bureau', ['120 CentOS servers for the payroll runs']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Backend Developer, Pennard Payroll Bureau', ['Python services on Ubuntu servers']))).toMatchObject({ verdict: 'partial' });
  });

  it('a skill dated by "Depuis" (French) on a role\u2019s line counts from then, not from the role\u2019s start', () => {
    const ask = '5+ years of Go';
    const header = 'Brisemer | Backend Engineer | Nantes, France';
    expect(verdictOf(ask, one('D\u00e9veloppeuse backend, Assurances Loire', ['Services Java pour les contrats', 'Depuis 2024 : services Go pour les sinistres']), header)).toMatchObject({ verdict: 'partial' });
    expect(verdictOf(ask, one('D\u00e9veloppeuse backend, Assurances Loire', ['Services Go pour les sinistres']), header)).toMatchObject({ verdict: 'met' });
  });
});
