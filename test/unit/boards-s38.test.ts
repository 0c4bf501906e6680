import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readPosting } from '@/lib/posting/sites';
import { postingFacts } from '@/lib/requirements/facts';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { loadPage, sharedPath, withoutShared } from '../helpers';
import { engine } from './readers';

// Written for this test (session 38, #12): a board's own fields drawn outside the description (its workplace type,
// its pay) are the posting's facts. Every page below is fictional and cut down to the hooks each reader uses.
const doc = (html: string, url: string) => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
const facts = (html: string, url: string) => {
  const p = readPosting(doc(html, url), new URL(url));
  if (!p) throw new Error(`no posting read at ${url}`);
  return { p, f: postingFacts(p) };
};
const duties = '<p>We keep grain silos ventilated with sensors and a small web app that farmers check at dawn.</p><h3>What you will need</h3><ul><li>Two years of Elixir</li></ul>';

describe('Lever: the workplace category beside the location', () => {
  const url = 'https://jobs.lever.co/silowatch/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const lever = (workplace: string) =>
    `<title>Silowatch - Backend Engineer</title><div class="section-wrapper accent-section"><div class="posting-header"><div class="posting-headline"><h2>Backend Engineer</h2>` +
    `<div class="posting-categories"><div class="location">Ames, IA /</div><div class="commitment">Full-time /</div>${workplace}</div></div></div></div>` +
    `<div class="section-wrapper page-full-width"><div class="section" data-qa="job-description">${duties}</div></div>`;

  it.each([
    ['On-site', 'onsite'],
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
  ])('"%s" reads %s', (value, mode) => {
    const { p, f } = facts(lever(`<div class="workplaceTypes">${value}</div>`), url);
    expect(f.workMode).toBe(mode);
    expect(p.location).toBe('Ames, IA'); // the location stays the board's own
  });

  it('a page without the category has no fields and no mode', () => {
    const { p, f } = facts(lever(''), url);
    expect(p.fields).toBeUndefined();
    expect(f.workMode).toBeNull();
  });
});

describe('Workday: the header\'s "remote type" entry', () => {
  const url = 'https://silowatch.wd3.myworkdayjobs.com/en-US/Careers/job/US-IA-Ames/Backend-Engineer_R-7781';
  const workday = (type: string) =>
    `<div data-automation-id="job-posting-details"><h2 data-automation-id="jobPostingHeader">Backend Engineer</h2>` +
    `<div data-automation-id="remoteType"><dl><dt>remote type</dt><dd>${type}</dd></dl></div>` +
    `<div data-automation-id="locations"><dl><dt>locations</dt><dd>US, IA, Ames</dd></dl></div>` +
    `<div data-automation-id="jobPostingDescription">${duties}</div></div>`;

  it.each([
    ['Flexible Hybrid', 'hybrid'],
    ['Fully Remote', 'remote'],
    ['On-site', 'onsite'],
  ])('"%s" reads %s (the label\'s own word "remote" does not count)', (type, mode) => {
    expect(facts(workday(type), url).f.workMode).toBe(mode);
  });
});

describe('Indeed: the pay the header or the job details show', () => {
  const url = 'https://www.indeed.com/viewjob?jk=0123456789abcdef';
  const indeed = (header: string, details: string) =>
    `<div class="jobsearch-ViewJobLayout"><h1 data-testid="jobsearch-JobInfoHeader-title"><span>Grain Systems Technician</span></h1>` +
    `<div data-testid="jobsearch-JobInfoHeader-companyLocation"><div>Ames, IA</div></div>${header}` +
    `<div id="jobDetailsSection"><h2>Job details</h2>${details}<div>Job type: Full-time</div></div>` +
    `<div id="jobDescriptionText">${duties}</div></div>`;

  it('reads the header\'s pay, an hourly one too', () => {
    const { f } = facts(indeed('<div id="salaryInfoAndJobType"><span>$31 - $38 an hour</span><span> - Full-time</span></div>', ''), url);
    expect(f.salary).toMatchObject({ min: 31, max: 38, currency: 'USD', period: 'hour' });
  });

  it('reads a "Pay:" line among the job details where the header shows none', () => {
    const { f } = facts(indeed('', '<div>Pay: From $72,000 a year</div>'), url);
    expect(f.salary).toMatchObject({ min: 72000, max: null, period: 'year' });
  });

  it('a "Job type" line alone is no pay', () => {
    const { p, f } = facts(indeed('<div id="salaryInfoAndJobType"><span>Full-time</span></div>', ''), url);
    expect(p.fields).toBeUndefined();
    expect(f.salary).toBeNull();
  });
});

describe('Ashby: the left pane\'s "Location Type" and "Compensation"', () => {
  const url = 'https://jobs.ashbyhq.com/silowatch/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
  const ashby = (pane: string) =>
    `<title>Backend Engineer @ Silowatch</title><h1 class="ashby-job-posting-heading">Backend Engineer</h1>` +
    `<div class="ashby-job-posting-left-pane"><div><h2>Location</h2><p>Ames, IA</p></div>${pane}</div>` +
    `<div class="ashby-job-posting-right-pane"><div id="overview" role="tabpanel">${duties}</div></div>`;

  it('a remote job with a pay range per zone', () => {
    const { f } = facts(
      ashby('<div><h2>Location Type</h2><p>Remote</p></div><div><h2>Compensation</h2><ul><li><span>Zone A</span><span>$120K – $150K</span></li><li><span>Zone B</span><span>$105K – $130K</span></li></ul><p>Depends on level.</p></div>'),
      url,
    );
    expect(f.workMode).toBe('remote');
    expect(f.salary).toMatchObject({ currency: 'USD', period: 'year' });
    expect(f.salary!.min).toBeGreaterThanOrEqual(105000);
  });

  it('on site, with the pay given as one range', () => {
    const { f } = facts(ashby('<div><h2>Location Type</h2><p>On-site</p></div><div><h2>Compensation</h2><ul><li><span>$88K – $101K • Offers Equity</span></li></ul></div>'), url);
    expect(f.workMode).toBe('onsite');
    expect(f.salary).toMatchObject({ min: 88000, max: 101000 });
  });
});

/** A JSON-LD JobPosting for Silowatch's backend role, with the fields given. */
const jobPostingLd = (extra: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: 'Backend Engineer',
    hiringOrganization: { '@type': 'Organization', name: 'Silowatch' },
    description: duties,
    ...extra,
  })}</script>`;

describe('JSON-LD: baseSalary', () => {
  const url = 'https://careers.silowatch.example/jobs/backend-engineer';
  const ld = (base: unknown) => jobPostingLd(base ? { baseSalary: base } : {});
  const read = (base: unknown) => readPosting(doc(ld(base), url), new URL(url))!;

  it('a range in euros a year is the posting\'s pay', () => {
    const p = read({ '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: 54000, maxValue: 68000, unitText: 'YEAR' } });
    expect(postingFacts(p).salary).toMatchObject({ min: 54000, max: 68000, currency: 'EUR', period: 'year' });
  });

  it('an hourly figure alone', () => {
    const p = read({ '@type': 'MonetaryAmount', currency: 'CAD', value: { '@type': 'QuantitativeValue', value: 29.5, unitText: 'HOUR' } });
    expect(postingFacts(p).salary).toMatchObject({ min: 29.5, currency: 'CAD', period: 'hour' });
  });

  it('a zero filled in where the employer gave none is no pay', () => {
    const p = read({ '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 0, maxValue: 0, unitText: 'YEAR' } });
    expect(p.fields).toBeUndefined();
    expect(postingFacts(p).salary).toBeNull();
  });
});

describe('saved pages', () => {
  it.skipIf(withoutShared('pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html'))('Ashby: the pane\'s workplace type and pay are the facts, not the JSON-LD\'s remote flag', () => {
    const url = 'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43';
    const p = readPosting(loadPage(sharedPath('pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html'), url), new URL(url))!;
    const f = postingFacts(p);
    expect(f.workMode).toBe('hybrid');
    expect(f.salary).toMatchObject({ min: 168000, max: 275100, currency: 'USD', period: 'year' });
  });

  it.skipIf(withoutShared('pages/linkedin-guest/jobdog_openai_3915648739_jobs-view.html'))('LinkedIn guest view: similar jobs\' pay is not this job\'s', () => {
    const url = 'https://www.linkedin.com/jobs/view/3915648739/';
    const p = readPosting(loadPage(sharedPath('pages/linkedin-guest/jobdog_openai_3915648739_jobs-view.html'), url), new URL(url))!;
    expect(analyzePosting(engine, p).facts.salary).toBeNull();
  });
});

// A board's field labels, each alone over its value, pasted with the posting (LinkedIn's criteria footer, Workday's
// "Time type"/"Job family"): they end the asks above them and are no asks themselves. Written for this test.
describe('field labels under a description', () => {
  const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => `${r.importance}: ${r.text}`);

  it("LinkedIn's criteria footer", () => {
    const text = [
      'Route Planner',
      'Tollbridge Ferries · Cork, Ireland',
      '',
      'What you need',
      '- Three years planning timetables',
      '- Strong SQL',
      '',
      'Seniority level',
      'Mid-Senior level',
      'Employment type',
      'Contract',
      'Job function',
      'Planning',
      'Industries',
      'Maritime Transportation',
    ].join('\n');
    expect(rows(text)).toEqual(['required: Three years planning timetables', 'required: Strong SQL']);
  });

  it("Workday's fields printed after the asks", () => {
    const text = ['Lab Scheduler', '', 'Basic qualifications:', '- Two years in a clinical lab', '', 'Time type', 'Part time', 'Job family', 'Laboratory Operations'].join('\n');
    expect(rows(text)).toEqual(['required: Two years in a clinical lab']);
  });

  it('an ask that starts with one of those words is still an ask', () => {
    const text = ['Claims Analyst', '', 'Requirements:', '- Job function knowledge of claims triage', '- Two years of SQL'].join('\n');
    expect(rows(text)).toEqual(['required: Job function knowledge of claims triage', 'required: Two years of SQL']);
  });
});

describe('JSON-LD baseSalary the page calls an estimate', () => {
  const url = 'https://jobs.example-aggregator.test/listing/8812';
  const page = (shown: string) =>
    `${jobPostingLd({ baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 91250, maxValue: 118400, unitText: 'YEAR' } } })}<p>${shown}</p>`;

  it.each([
    ['$91,250 - $118,400 (estimated base salary, from our members)'],
    ['$91K - $118K (Jobfinder est.)'],
    ['Salary estimate: $91K-$118K'],
  ])('"%s": no pay', (shown) => {
    const p = readPosting(doc(page(shown), url), new URL(url))!;
    expect(postingFacts(p).salary).toBeNull();
  });

  it.each([['$91,250 - $118,400 a year'], ['$91K - $118K (Employer est.)']])('"%s": the pay', (shown) => {
    const p = readPosting(doc(page(shown), url), new URL(url))!;
    expect(postingFacts(p).salary).toMatchObject({ min: 91250, max: 118400 });
  });

  it.skipIf(withoutShared('pages/jsonld/jobsearch-tracker_levels-fyi_job.html'))("a salary site's own estimate on a saved page", () => {
    const u = 'https://www.levels.fyi/jobs?jobId=119605162317619910';
    const p = readPosting(loadPage(sharedPath('pages/jsonld/jobsearch-tracker_levels-fyi_job.html'), u), new URL(u))!;
    expect(postingFacts(p).salary).toBeNull();
  });
});

// iCIMS draws qualifications as two-column tables (a label cell, a value cell) and its header's workplace fact in a dl.
// Written for this test.
describe('iCIMS: qualification tables and the header\'s workplace fact', () => {
  const url = 'https://careers-quarrytown.icims.com/jobs/7310/survey-technician/job?in_iframe=1';
  const icims = (fact: string, tables: string) =>
    `<title>Survey Technician in Laramie, WY | Careers at Quarrytown</title><h1 class="iCIMS_Header">Survey Technician</h1><div class="iCIMS_JobContent">` +
    `<div class="iCIMS_JobHeaderGroup"><dl><dt>Job Locations</dt><dd>US-WY-Laramie</dd></dl>${fact}</div>` +
    `<h2>Overview</h2><div class="iCIMS_InfoMsg_Job"><p>Quarrytown maps gravel pits and haul roads for county road crews.</p></div>${tables}</div>`;
  const table = (rows: string[][]) => `<table>${rows.map(([a, b]) => `<tr><td><b>${a}</b></td><td>${b}</td></tr>`).join('')}</table>`;
  const wishes = `<h2>Required Qualifications</h2><div>${table([['Experience', 'Two years of field surveying with a total station']])}</div>` +
    `<h2>Preferred Qualifications</h2><div>${table([['Licensure', 'Land surveyor in training (LSIT)'], ['Skills', 'AutoCAD Civil 3D drafting']])}</div>`;

  it('the rows of the preferred table are wishes, the required table\'s asks', () => {
    const p = readPosting(doc(icims('', wishes), url), new URL(url))!;
    const rows = analyzePosting(engine, p).requirements.map((r) => `${r.importance}: ${r.text}`);
    expect(rows).toContain('required: Two years of field surveying with a total station');
    expect(rows.filter((r) => /LSIT|AutoCAD/.test(r)).every((r) => r.startsWith('preferred'))).toBe(true);
    expect(rows.some((r) => /AutoCAD/.test(r))).toBe(true);
  });

  it.each([
    ['Yes', 'remote'],
    ['Hybrid', 'hybrid'],
    ['No', null],
  ])('"Remote: %s" reads %s', (value, mode) => {
    const p = readPosting(doc(icims(`<dl><dt>Remote</dt><dd>${value}</dd></dl>`, wishes), url), new URL(url))!;
    expect(postingFacts(p).workMode).toBe(mode);
  });
});

describe('a field label under the wishes\' heading', () => {
  const kinds = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => `${r.importance}: ${r.text}`);

  it('labels with no colon, as a flattened table prints them, stay wishes', () => {
    expect(kinds(['Desired Qualifications', 'Certification', 'Azure Solutions Architect Expert', 'Experience', 'Terraform modules for shared networks'].join('\n'))).toEqual([
      'preferred: Azure Solutions Architect Expert',
      'preferred: Terraform modules for shared networks',
    ]);
  });

  it('a labelled field with a colon after the wishes\' list still asks', () => {
    const rows = kinds(['Nice to have:', '- Kafka', '', 'Experience:', '- 5 years of Go'].join('\n'));
    expect(rows).toContain('preferred: Kafka');
    expect(rows.find((r) => r.includes('Go'))).toMatch(/^required/);
  });
});
