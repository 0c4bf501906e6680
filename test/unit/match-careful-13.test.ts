import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { findYears } from '@/lib/requirements/text';
import { engine, TODAY } from './readers';

// Readings mended after careful-reader-12's first read (session 37, #12): each with lines written for this test and a
// counter-example.
function verdictOf(line: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(`Pellworth | Engineer | Remote\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
}
const facts = (text: string, title = 'Pellworth | Engineer | Remote') => postingFacts(postingFromText(`${title}\n\n${text}`));
const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;

describe('years said in prose', () => {
  it('"five or so years", "a decade or so of …": the count stands as the minimum', () => {
    expect(findYears('You have likely spent six or so years running databases.').map((y) => y.min)).toEqual([6]);
    expect(findYears('You bring a decade or so of operating networks.').map((y) => y.min)).toEqual([10]);
    // (A company's age said loosely is still no ask.)
    expect(findYears('We started three or so years ago.')).toEqual([]);
  });

  it('"you\u2019ve spent N years doing X" asks them, the span starting at the space before its number', () => {
    expect(findYears('You\u2019ve spent four years building payment systems.').map((y) => y.min)).toEqual([4]);
  });

  it('years in words in a heading that leads a list, and "we think 4+ is about right" after years left uncounted', () => {
    expect(facts('You will probably have three-plus years of backend work behind you. Beyond that we hope for:\n- Terraform\n- Go\n').yearsMin).toBe(3);
    expect(facts('Requirements:\n- Some years in operations; we reckon 6+ seems about right\n- Linux\n').yearsMin).toBe(6);
    // (A count with no years before it is no years: "2+ is fine" of pull requests.)
    expect(facts('Requirements:\n- Reviews of open pull requests; 2+ is fine\n').yearsMin).toBe(null);
  });
});

describe('pay and place', () => {
  it('a base beside on-target earnings: the base is the pay', () => {
    expect(facts('Pay\n$140,000 - $160,000 base; $190,000 - $210,000 OTE plus stock.\n').salary).toMatchObject({ min: 140000, max: 160000 });
    expect(facts('Pay\nOn-target earnings of \u00a3120,000; base \u00a380,000 - \u00a390,000.\n').salary).toMatchObject({ min: 80000, max: 90000, currency: 'GBP' });
    // (Two ranges neither called OTE are still spanned: two places of one job.)
    expect(facts('Pay\n$140,000 - $160,000 in Austin; $150,000 - $175,000 in Seattle.\n').salary).toMatchObject({ min: 140000, max: 175000 });
  });

  it('a title that offers both hybrid and remote is read as remote, whatever office days the text gives', () => {
    const text = 'Requirements:\n- Go\n\nOffer:\n- 2 days a week in our office, or fully remote elsewhere in the country\n';
    expect(postingFacts(postingFromText(`Platform Engineer \u2013 Lisbon (hybrid) / remote from Portugal\n\n${text}`)).workMode).toBe('remote');
    expect(postingFacts(postingFromText(`Platform Engineer \u2013 Lisbon (hybrid)\n\n${text}`)).workMode).toBe('hybrid');
  });
});

describe('the roles a resume holds', () => {
  it('"Assignments" heads a freelancer\u2019s roles; a side project in the singular is no role', () => {
    const cv = 'Freelance SRE\n\nAssignments\n2023 \u2013 present  SRE (freelance) \u2013 Brisk Telecom\n2020 \u2013 2023  Platform Engineer (freelance) \u2013 Moorfield Retail\n\nEmployment\n2016 \u2013 2020  Systems Engineer \u2013 Kelso Hosting\n';
    expect(profile(cv).roles.map((r) => r.start)).toEqual(['2023-01', '2020-01', '2016-01']);
    const side = 'EXPERIENCE\nBackend Engineer, Ardlow, Jan 2021 \u2013 Present\n- Go services\n\nSIDE PROJECT\nRiverwatch (2017 \u2013 present): a flood gauge app in Flask\n';
    expect(profile(side).totalYears).toBeCloseTo(5.9, 0);
    expect(profile(side).roles).toHaveLength(1);
  });

  it('a college\u2019s diploma is an associate\u2019s degree; a polytechnic\u2019s or a high school\u2019s is not', () => {
    expect(profile('EDUCATION\nDiploma, Network Administration, Fanshawe College, 2015\n').degrees).toEqual([{ level: 'associate', field: 'Network Administration' }]);
    expect(profile('EDUCATION\nAdvanced Diploma in Software Engineering, Humber College\n').degrees.map((d) => d.level)).toEqual(['associate']);
    expect(profile('EDUCATION\nDiploma in Mechanical Engineering | State Polytechnic, Nagpur | 2012\n').degrees).toEqual([]);
    expect(profile('EDUCATION\nHigh School Diploma, Eastview College Preparatory\n').degrees).toEqual([]);
  });
});

describe('a certificate or the experience it stands for', () => {
  const cv = 'EXPERIENCE\nPlatform Engineer, Tarnside, Mar 2020 \u2013 present\n- Ran Kubernetes clusters on AWS; wrote Terraform modules\n';
  it('"CKA or equivalent hands-on Kubernetes experience" is met by Kubernetes shown', () => {
    expect(verdictOf('CKA or equivalent hands-on Kubernetes experience', cv).verdict).toBe('met');
    expect(verdictOf('AWS Certified DevOps Engineer \u2013 Professional, or equivalent practical experience running workloads on AWS', cv).verdict).toBe('met');
  });

  it('without the experience, or with no "equivalent", the certificate is still asked', () => {
    const none = 'EXPERIENCE\nDeveloper, Tarnside, Mar 2020 \u2013 present\n- Django apps on Heroku\n';
    expect(verdictOf('CKA or equivalent hands-on Kubernetes experience', none).verdict).toBe('unmet');
    expect(verdictOf('CKA certification and hands-on Kubernetes experience', cv).verdict).toBe('partial');
  });
});

describe('a choice after "or \u2026 another"', () => {
  it('"You can write Go, or you\u2019re strong in another typed language" is met by Go', () => {
    const cv = 'EXPERIENCE\nBackend Engineer, Corran, 2019 \u2013 present\n- Go services for billing\n';
    expect(verdictOf('You can write Go, or you\u2019re strong in another typed language and keen to learn it', cv).verdict).toBe('met');
    // (A thing asked beside the choice, after ", and", is still asked.)
    expect(verdictOf('Go, or another typed language, and Kubernetes in production', cv).verdict).toBe('partial');
  });
});

describe('contributions and work on one\u2019s own account', () => {
  const cv = 'EXPERIENCE\nSRE, Hollins, 2019 \u2013 present\n- Envoy and Prometheus in production\n\nOpen source\n- Patches merged into Envoy (HTTP/2 flow control)\n';
  it('"a history of open-source contributions" and "contributions to CNCF projects" are met by patches upstream', () => {
    expect(verdictOf('A history of open-source contributions', cv).verdict).toBe('met');
    expect(verdictOf('Contributions to CNCF projects', cv).verdict).toBe('met');
    // (Running a CNCF project is no contribution to it.)
    const user = 'EXPERIENCE\nSRE, Hollins, 2019 \u2013 present\n- Envoy and Prometheus in production\n';
    expect(verdictOf('Contributions to CNCF projects', user).verdict).toBe('unmet');
  });

  it('working through one\u2019s own company (a ZZP\u2019er, a limited company) is met by a resume that says so', () => {
    const zzp = 'Ruud Maas \u00b7 Zwolle \u00b7 zelfstandig (ZZP), KvK 12345678\n\nEXPERIENCE\nCloud Engineer (freelance), Dijkstra Bouw, 2022 \u2013 present\n- Azure\n';
    expect(verdictOf('You invoice as a ZZP\u2019er, registered with the KvK', zzp).verdict).toBe('met');
    const ltd = 'Ann Rees \u00b7 Swansea \u00b7 contractor through my own limited company\n\nEXPERIENCE\nDevOps Engineer (contract), Tawe Energy, 2021 \u2013 present\n- AWS\n';
    expect(verdictOf('Must be able to contract through your own limited company', ltd).verdict).toBe('met');
    // (A resume silent on it says nothing either way.)
    const silent = 'EXPERIENCE\nDevOps Engineer, Tawe Energy, 2021 \u2013 present\n- AWS\n';
    expect(verdictOf('Must be able to contract through your own limited company', silent).verdict).toBe('unknown');
  });

  it('an insurer or a bank named in its own language tells the industry', () => {
    const cv = 'EXPERIENCE\nBackend Engineer \u2014 Nordhafen Versicherungen AG, 2020 \u2013 present\n- Java services\n';
    expect(verdictOf('Experience in the insurance sector', cv).verdict).toBe('met');
    const bank = 'EXPERIENCE\nBackend Engineer \u2014 Banca Lunigiana, 2020 \u2013 present\n- Java services\n';
    expect(verdictOf('Experience in banking', bank).verdict).toBe('met');
    const other = 'EXPERIENCE\nBackend Engineer \u2014 Nordhafen Logistik AG, 2020 \u2013 present\n- Java services\n';
    expect(verdictOf('Experience in the insurance sector', other).verdict).toBe('unmet');
  });
});

// After the s37b first read (the carry-over batch), each class with a fresh case and a counter-example.
describe('after the second batch', () => {
  it('client projects under "Client projects" or "Projects (client work)" are a freelancer\u2019s roles', () => {
    const cv = 'Freelance developer\n\nProjects (client work)\n05/2022 \u2013 today  Elbtal Stadtwerke \u2013 platform engineer\n01/2019 \u2013 04/2022  Hanse Logistik \u2013 DevOps engineer\n\nEmployment\n09/2014 \u2013 12/2018  Systemadministrator, Kieler Kliniken\n';
    expect(profile(cv).roles.map((r) => r.start)).toEqual(['2022-05', '2019-01', '2014-09']);
    // (Projects of one's own are still no roles.)
    const own = 'EXPERIENCE\nDeveloper, Elbtal, 01/2021 \u2013 today\n\nPROJECTS\nTidewatch, a tide table app, 01/2015 \u2013 today\n';
    expect(profile(own).roles).toHaveLength(1);
  });

  it('total compensation beside a base on its line is not the pay', () => {
    expect(facts('Pay\nBase: $150,000\u2013$170,000; total compensation with the yearly bonus up to $200,000.\n').salary).toMatchObject({ min: 150000, max: 170000 });
    expect(facts('Pay\nTotal compensation: $180,000\u2013$210,000.\n').salary).toMatchObject({ min: 180000, max: 210000 });
  });

  it('a status asked by its names (Freiberufler, own VAT ID) is met by a resume that says it', () => {
    const cv = 'Petra Lenz \u00b7 Kassel \u00b7 freiberufliche Entwicklerin seit 2018\n\nEXPERIENCE\nBackend developer (freelance), Fulda Versand, 2018 \u2013 present\n- Kotlin\n';
    expect(verdictOf('Registered freelancer (Freiberufler or Gewerbe) with your own VAT ID', cv).verdict).toBe('met');
  });

  it('"(CKAD or equivalent practical experience)" after a skill: the skill shown stands for the certificate', () => {
    const cv = 'EXPERIENCE\nPlatform Engineer, Tarnside, Mar 2020 \u2013 present\n- Ran Kubernetes clusters on AWS\n';
    expect(verdictOf('Kubernetes in depth (CKAD or equivalent practical experience)', cv).verdict).toBe('met');
    expect(verdictOf('Kubernetes in depth (and a CKAD certificate)', cv).verdict).toBe('partial');
  });

  it('"another regulated industry" is met by a role at a bank or an insurer, not at a games studio', () => {
    const bank = 'EXPERIENCE\nSRE, Kestrel Bank, 2020 \u2013 present\n- Kubernetes\n';
    expect(verdictOf('Card payments or another regulated sector', bank).verdict).toBe('met');
    expect(verdictOf('Work in a highly regulated environment', bank).verdict).toBe('met');
    const games = 'EXPERIENCE\nSRE, Kestrel Games, 2020 \u2013 present\n- Kubernetes\n';
    expect(verdictOf('Card payments or another regulated sector', games).verdict).toBe('unmet');
    // (A resume that tells no such industry says nothing of a regulated environment: unknown, as before.)
    expect(verdictOf('Work in a highly regulated environment', games).verdict).toBe('unknown');
  });

  it('a project of one\u2019s own published as open source is open-source work', () => {
    const cv = 'EXPERIENCE\nSRE, Hollins, 2019 \u2013 present\n- Go\n\nPROJECTS\nDrover \u2014 an open-source Kubernetes operator for backups (800 GitHub stars)\n';
    expect(verdictOf('Contributions to open-source infrastructure projects', cv).verdict).toBe('met');
    const closed = 'EXPERIENCE\nSRE, Hollins, 2019 \u2013 present\n- Go\n\nPROJECTS\nDrover \u2014 a Kubernetes operator for backups, used at work\n';
    expect(verdictOf('Contributions to open-source infrastructure projects', closed).verdict).toBe('unmet');
  });

  it('"N years doing X, a good part of it on Y": the years are the work\u2019s, Y need only be shown', () => {
    const cv = 'EXPERIENCE\nSRE, Hollins, Jan 2023 \u2013 present\n- Kubernetes platform\nSystems Engineer, Brack, Jan 2017 \u2013 Dec 2022\n- Linux and VMware\n';
    expect(verdictOf('6+ years operating production systems, a good part of it on Kubernetes', cv).verdict).toBe('met');
    expect(verdictOf('6+ years operating Kubernetes in production', cv).verdict).toBe('partial');
  });
});

describe('examples in a bracket', () => {
  it('"parsing messy partner data (CSV, XML, EDI)" is met by a line naming one of them', () => {
    const cv = 'EXPERIENCE\nData Engineer, Quayside, 2021 \u2013 present\n- Loaders for EDI messages and partner CSV drops\n';
    expect(verdictOf('Experience parsing messy partner data (CSV, XML, EDI)', cv).verdict).toBe('met');
    const none = 'EXPERIENCE\nData Engineer, Quayside, 2021 \u2013 present\n- Dashboards in Looker\n';
    expect(verdictOf('Experience parsing messy partner data (CSV, XML, EDI)', none).verdict).toBe('unmet');
  });
});
