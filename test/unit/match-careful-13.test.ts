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
