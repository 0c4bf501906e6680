import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor, jobKeyFor, readPosting } from '@/lib/posting/sites';
import type { Posting } from '@/lib/posting/types';
import { loadPage, projectFixture, sharedPath, withoutShared } from '../helpers';

const description = (p: Posting) => p.sections.map((s) => s.text).join('\n');
const page = (file: string, url: string) => loadPage(projectFixture(`pages/${file}`), url);
const read = (doc: Document, url: string) => readPosting(doc, new URL(url));
const drop = (doc: Document, selector: string) => doc.querySelectorAll(selector).forEach((el) => el.remove());

describe('board detectors', () => {
  it.each([
    ['https://jobs.lever.co/immuta/6f50874d-64c9-4fb2-b87a-d6a8c18a7db6', 'lever:6f50874d-64c9-4fb2-b87a-d6a8c18a7db6'],
    ['https://jobs.lever.co/immuta/6f50874d-64c9-4fb2-b87a-d6a8c18a7db6/apply', 'lever:6f50874d-64c9-4fb2-b87a-d6a8c18a7db6'],
    ['https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Engineer_JR1234567', 'workday:nvidia:JR1234567'],
    ['https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Engineer_JR1234567/apply/applyManually', 'workday:nvidia:JR1234567'],
    ['https://harborline.wd1.myworkdayjobs.com/en-US/Harborline_Careers/job/US-WA-Seattle/Site-Reliability-Engineer_R-20417', 'workday:harborline:R-20417'],
    ['https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43', 'ashby:ed2e9a94-f58e-4ff8-8853-afd977850d43'],
    ['https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43/application', 'ashby:ed2e9a94-f58e-4ff8-8853-afd977850d43'],
    ['https://www.indeed.com/viewjob?jk=2e3db50bf121d627&from=serp', 'indeed:2e3db50bf121d627'],
    ['https://www.indeed.com/jobs?q=sre&jk=ffffffffffffffff&vjk=1b30741d00af9fd3', 'indeed:1b30741d00af9fd3'], // vjk is the job shown
    ['https://de.indeed.com/jobs?q=devops&vjk=38b0681a67c10383', 'indeed:38b0681a67c10383'],
    ['https://jobs.smartrecruiters.com/ServiceNow/744000103790775-software-engineer', 'smartrecruiters:744000103790775'],
    ['https://careers-americas.icims.com/jobs/24810/job', 'icims:careers-americas.icims.com:24810'],
    ['https://careers-americas.icims.com/jobs/24810/senior-analyst/job?in_iframe=1', 'icims:careers-americas.icims.com:24810'],
  ])('%s shows %s', (u, key) => {
    expect(jobKeyFor(new URL(u))).toBe(key);
  });

  it.each([
    'https://jobs.lever.co/immuta',
    'https://jobs.lever.co/immuta/not-a-job',
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite',
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite?q=engineer',
    'https://jobs.ashbyhq.com/ramp',
    'https://www.indeed.com/jobs?q=sre&l=Denver',
    'https://www.indeed.com/viewjob?jk=short',
    'https://www.indeed.com.evil.example/viewjob?jk=2e3db50bf121d627',
    'https://jobs.smartrecruiters.com/ServiceNow',
    'https://careers-americas.icims.com/jobs/search?ss=1',
    'https://careers-americas.icims.com/jobs/intro',
  ])('takes no page that shows no job: %s', (u) => {
    expect(adapterFor(new URL(u))).toBeNull();
  });
});

describe('Lever reader', () => {
  const url = 'https://jobs.lever.co/tidewater/3f2b9c1e-8a47-4d0b-9e21-5c6d7e8f9a01';

  it('reads title, company from <title>, location and every list section, not the apply links', () => {
    const p = read(page('lever.html', url), url)!;
    expect(p.site).toBe('lever');
    expect(p.title).toBe('Senior Data Platform Engineer');
    expect(p.company).toBe('Tidewater Analytics');
    expect(p.location).toBe('Portland, OR');
    expect(p.sections[0]).toMatchObject({ kind: 'about', heading: 'About Tidewater' });
    expect(description(p)).toMatch(/^Tidewater Analytics forecasts demand/);
    expect(description(p)).toMatch(/welcomes applicants from every background\.$/);
    // (The pay and equal-opportunity lines after the nice-to-have list are no nice-to-have: a part of no kind, since s34.)
    expect(p.sections.map((s) => s.kind)).toEqual(['about', 'responsibilities', 'requirements', 'preferred', 'other']);
    expect(p.sections[4]!.text).toMatch(/^The base salary for this role is/);
    expect(p.sections[3]!.text).not.toMatch(/salary|\$/);
    expect(p.sections[2]!.text).toBe('• Five or more years building data pipelines in production\n\n• Strong SQL and Python\n\n• Experience running workloads on AWS');
    expect(description(p)).not.toMatch(/Apply for this job|Engineering – Data Platform|powered by/i);
  });

  it('returns null on /apply, which holds the form', () => {
    const u = `${url}/apply`;
    expect(read(page('lever.html', u), u)).toBeNull();
  });

  it('falls back to the logo, then the path, for the company', () => {
    const doc = page('lever.html', url);
    doc.title = '';
    expect(read(doc, url)!.company).toBe('Tidewater Analytics');
    drop(doc, '.main-header-logo');
    expect(read(doc, url)!.company).toBe('Tidewater');
  });
});

describe('Workday reader', () => {
  const url = 'https://harborline.wd1.myworkdayjobs.com/en-US/Harborline_Careers/job/US-WA-Seattle/Site-Reliability-Engineer_R-20417';

  it('reads the drawn page by its data-automation-id hooks', () => {
    const p = read(page('workday.html', url), url)!;
    expect(p.site).toBe('workday');
    expect(p.title).toBe('Site Reliability Engineer');
    expect(p.company).toBe('Harborline Freight'); // JSON-LD hiringOrganization
    expect(p.location).toBe('US, WA, Seattle; US, OR, Portland');
    expect(description(p)).toMatch(/^Harborline Freight moves containers/);
    expect(description(p)).toMatch(/Harborline Freight is an equal opportunity employer\.$/);
    // (The equal-opportunity paragraph after the last list is a part of its own since session 43, items-s43.)
    expect(p.sections.map((s) => s.kind)).toEqual(['about', 'responsibilities', 'requirements', 'preferred', 'other']);
    expect(description(p)).not.toMatch(/Similar Jobs|Platform Engineer|posted on/i);
  });

  it('names the company from og:site_name first, the host last', () => {
    const doc = page('workday.html', url);
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.setAttribute('content', 'Harborline Freight Co.');
    doc.head.append(meta);
    expect(read(doc, url)!.company).toBe('Harborline Freight Co.');
    meta.remove();
    drop(doc, 'script[type="application/ld+json"]');
    expect(read(doc, url)!.company).toBe('Harborline');
  });

  it('reads the HTML as served, before scripts, from its JSON-LD', () => {
    const p = read(page('workday-prerender.html', url), url)!;
    expect(p.site).toBe('workday');
    expect(p.title).toBe('Site Reliability Engineer');
    expect(p.company).toBe('Harborline Freight');
    expect(p.location).toBe('Seattle, United States of America');
    expect(p.sections[0]).toMatchObject({ kind: 'about', heading: 'About Harborline' });
    expect(description(p)).toMatch(/^Harborline Freight moves containers/);
    expect(description(p)).toMatch(/equal opportunity employer\.$/);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('Go or Python for tooling');
  });

  it('falls back to og: tags without JSON-LD, and reads no other job’s data', () => {
    const doc = page('workday-prerender.html', url);
    const other = url.replace('R-20417', 'R-99999');
    expect(read(doc, other)).toBeNull(); // <head> describes R-20417
    drop(doc, 'script[type="application/ld+json"]');
    const p = read(doc, url)!;
    expect(p.title).toBe('Site Reliability Engineer');
    expect(p.company).toBe('Harborline');
    expect(description(p)).toMatch(/^Harborline Freight moves containers/);
    expect(description(p)).toMatch(/keep their upgrades boring$/);
  });
});

describe('Ashby reader', () => {
  const url = 'https://jobs.ashbyhq.com/ramp/ed2e9a94-f58e-4ff8-8853-afd977850d43';

  const RAMP = 'pages/ashby/jobsearch-tracker_ramp_ed2e9a94.html';

  it.skipIf(withoutShared(RAMP))('reads the real Ramp page: heading, <title> company, left-pane location, right-pane overview', () => {
    const p = read(loadPage(sharedPath(RAMP), url), url)!;
    expect(p.site).toBe('ashby');
    expect(p.title).toBe('Software Engineer, Accounting');
    expect(p.company).toBe('Ramp');
    expect(p.location).toBe('New York, NY (HQ); San Francisco, CA');
    expect(p.sections[0]).toMatchObject({ kind: 'about', heading: 'About Ramp' });
    expect(description(p)).toMatch(/^At Ramp, we’re rethinking how modern finance teams/);
    expect(description(p)).toMatch(/\nRamp Applicant Privacy Notice$/);
    expect(description(p)).not.toMatch(/Compensation Range|Apply for this Job|Employment Type|reCAPTCHA/);
    expect(p.sections.find((s) => s.kind === 'preferred')?.text).toMatch(/^• Background in compliance-heavy systems/);
    // <li><p>…</p></li> keeps its bullet: "• Flexible PTO" is an item, not a heading.
    expect(p.sections.find((s) => s.kind === 'benefits')?.text).toContain('• Flexible PTO');
  });

  it.skipIf(withoutShared(RAMP))('reads the same real job on its Application tab from the JSON-LD of that job', () => {
    const u = `${url}/application`;
    const doc = loadPage(sharedPath(RAMP), u);
    drop(doc, '#overview'); // the tab shows the form, not the overview
    const p = read(doc, u)!;
    expect(p.title).toBe('Software Engineer, Accounting');
    expect(description(p)).toMatch(/^At Ramp, we’re rethinking/);
    expect(description(p)).toMatch(/Ramp Applicant Privacy Notice$/);
  });

  it('never reads the application form as the posting', () => {
    const u = 'https://jobs.ashbyhq.com/lanternfish/0c9e5b7a-41d2-4f6e-9a83-2b7d1c5e8f40/application';
    const doc = page('ashby-application.html', u);
    const p = read(doc, u)!;
    expect(p.title).toBe('Backend Engineer, Payments');
    expect(p.company).toBe('Lanternfish');
    expect(p.location).toBe('Halifax, NS');
    expect(description(p)).toMatch(/^Lanternfish runs payroll for seasonal fisheries/);
    expect(description(p)).toMatch(/Care for correctness when money moves$/);
    expect(description(p)).not.toMatch(/Submit Application|Why do you want|Kubernetes and Rust|Resume/);

    drop(doc, 'script[type="application/ld+json"], meta[property^="og:"]');
    expect(read(doc, u)).toBeNull();
  });

  it('ignores JSON-LD that describes another job', () => {
    const u = 'https://jobs.ashbyhq.com/lanternfish/11111111-2222-4333-8444-555555555555/application';
    expect(read(page('ashby-application.html', u), u)).toBeNull();
  });
});

describe('Indeed reader', () => {
  it('reads a viewjob page without the screen-reader suffix or the link icon', () => {
    const url = 'https://www.indeed.com/viewjob?jk=5c7e9a1b3d2f4e60';
    const p = read(page('indeed.html', url), url)!;
    expect(p.site).toBe('indeed');
    expect(p.title).toBe('Machine Learning Engineer');
    expect(p.company).toBe('Juniper Orchard Labs');
    expect(p.location).toBe('Remote');
    expect(description(p)).toMatch(/^Juniper Orchard Labs predicts harvest yields/);
    expect(description(p)).toMatch(/harvest-season bonus\.$/);
    expect(p.sections.map((s) => s.kind)).toEqual(['other', 'responsibilities', 'requirements', 'preferred']);
    expect(description(p)).not.toMatch(/Job details|Full job description|Report job|Apply now|out of 5 stars/);
  });

  it('falls back to the viewjob page’s JSON-LD before the header is drawn', () => {
    const url = 'https://uk.indeed.com/viewjob?jk=5c7e9a1b3d2f4e60';
    const doc = page('indeed.html', url);
    drop(doc, '.jobsearch-InfoHeaderContainer');
    const p = read(doc, url)!;
    expect(p).toMatchObject({ site: 'indeed', title: 'Machine Learning Engineer', company: 'Juniper Orchard Labs', location: 'Remote (United States)' });
    expect(description(p)).toMatch(/^Juniper Orchard Labs predicts/);
    expect(description(p)).toMatch(/Three years shipping models to production$/);
  });

  it('reads the job named by vjk in the pane beside the search results', () => {
    const url = 'https://www.indeed.com/jobs?q=data+engineer&l=Denver%2C+CO&vjk=0f1e2d3c4b5a6978';
    const doc = page('indeed-search.html', url);
    const p = read(doc, url)!;
    expect(p.title).toBe('Data Engineer');
    expect(p.company).toBe('Cinder Cone Energy');
    expect(p.location).toBe('Denver, CO 80202');
    expect(description(p)).toMatch(/^Cinder Cone Energy operates geothermal plants/);
    expect(description(p)).toMatch(/Experience with Apache Spark$/);
    expect(description(p)).not.toMatch(/Aspen Ridge|Analytics Engineer/);

    drop(doc, '#jobDescriptionText');
    expect(read(doc, url)).toBeNull();
  });
});

describe('Workday reader, scoped to the posting', () => {
  const url = 'https://corvid.wd1.myworkdayjobs.com/en-US/Corvid/job/US-TX-Austin/Firmware-Test-Engineer_R-3298';

  it('lists each of a multi-location posting’s places, and nothing of the similar jobs beside it', () => {
    const p = read(page('workday-multi.html', url), url)!;
    expect(p).toMatchObject({ site: 'workday', title: 'Firmware Test Engineer', company: 'Corvid Instruments' });
    expect(p.location).toBe('US, TX, Austin; US, CO, Boulder; Canada, ON, Ottawa');
    expect(description(p)).toMatch(/^Corvid Instruments makes oscilloscopes/);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('Python test automation with pytest');
    expect(JSON.stringify(p)).not.toMatch(/San Jose|Mexico|Hardware Engineer|Posted Today|Similar Jobs/);
  });

  it('cuts similar jobs out where the posting has no container of its own', () => {
    const doc = page('workday-multi.html', url);
    const details = doc.querySelector('[data-automation-id="job-posting-details"]')!;
    details.removeAttribute('data-automation-id');
    expect(read(doc, url)!.location).toBe('US, TX, Austin; US, CO, Boulder; Canada, ON, Ottawa');
  });
});

describe('SmartRecruiters reader', () => {
  const url = 'https://jobs.smartrecruiters.com/BluefinRobotics/744000999000111-qa-automation-engineer';

  it('reads the JobPosting JSON-LD', () => {
    const p = read(page('smartrecruiters.html', url), url)!;
    expect(p).toMatchObject({ site: 'smartrecruiters', title: 'QA Automation Engineer', company: 'Bluefin Robotics', location: 'Lisbon, Lisbon, Portugal' });
    // (Session 40: "Company Description" is read as the about part's heading, no longer as a line of its text.)
    expect(p.sections[0]).toMatchObject({ heading: 'Company Description', kind: 'about' });
    expect(description(p)).toMatch(/^Bluefin Robotics builds autonomous hull-cleaning robots/);
    expect(description(p)).toMatch(/Relocation support to Lisbon is available\.$/);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('GitHub Actions');
  });

  it('falls back to the page’s sections without JSON-LD', () => {
    const doc = page('smartrecruiters.html', url);
    drop(doc, 'script[type="application/ld+json"]');
    const p = read(doc, url)!;
    expect(p).toMatchObject({ site: 'smartrecruiters', title: 'QA Automation Engineer', company: 'Bluefin Robotics', location: 'Lisbon, Lisbon, Portugal' }); // the logo's alt
    expect(p.sections[0]).toMatchObject({ heading: 'Company Description', kind: 'about' });
    expect(description(p)).toMatch(/^Bluefin Robotics builds/);
    expect(description(p)).toMatch(/Relocation support to Lisbon is available\.$/);
    expect(description(p)).not.toMatch(/I'm interested|Powered by|Full-time/);
  });

  it('names the company from the microdata, the logo or the title, never the URL’s slug', () => {
    const u = 'https://jobs.smartrecruiters.com/HalyardMarine/744000555000222-embedded-firmware-engineer';
    const doc = page('smartrecruiters-microdata.html', u);
    const p = read(doc, u)!;
    expect(p).toMatchObject({ site: 'smartrecruiters', title: 'Embedded Firmware Engineer', company: 'Halyard Marine Systems', location: 'Gdańsk, Pomeranian Voivodeship, Poland' });
    expect(p.sections[0]).toMatchObject({ heading: 'Company Description', kind: 'about' });
    expect(description(p)).toMatch(/^Halyard Marine Systems designs autopilots/);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('FreeRTOS or Zephyr');
    drop(doc, 'meta[itemprop="name"]');
    expect(read(doc, u)!.company).toBe('Halyard Marine Systems'); // the logo's alt, without "logo"
    drop(doc, 'img.job-company-logo');
    expect(read(doc, u)!.company).toBe('Halyard Marine Systems'); // <title>
    doc.title = 'Embedded Firmware Engineer';
    expect(read(doc, u)!.company).toBe('HalyardMarine'); // nothing else names it
  });
});

describe('iCIMS reader', () => {
  const url = 'https://careers-northgatehealth.icims.com/jobs/4821/clinical-systems-analyst/job';
  /** jsdom loads no frames: put the frame's saved HTML into the outer page's same-origin iframe. */
  const outerWithFrame = (withJsonLd: boolean): Document => {
    const doc = page('icims.html', url);
    const frameDoc = doc.querySelector('iframe')!.contentDocument!;
    if (!frameDoc.documentElement) frameDoc.append(frameDoc.createElement('html'));
    frameDoc.documentElement.innerHTML = readFileSync(projectFixture('pages/icims-frame.html'), 'utf8').replace(/^[\s\S]*?<html[^>]*>|<\/html>\s*$/g, '');
    if (!withJsonLd) drop(frameDoc, 'script[type="application/ld+json"]');
    return doc;
  };

  it('reads the JSON-LD in the posting’s same-origin frame', () => {
    const p = read(outerWithFrame(true), url)!;
    expect(p).toMatchObject({ site: 'icims', title: 'Clinical Systems Analyst', company: 'Northgate Health', location: 'Duluth, MN, United States' });
    expect(p.sections.map((s) => s.kind)).toEqual(['about', 'responsibilities', 'requirements']);
    expect(description(p)).toMatch(/^Northgate Health runs six hospitals/);
    expect(description(p)).toMatch(/Clear writing for clinical staff$/);
  });

  it('reads the frame’s iCIMS markup without JSON-LD, leaving out header facts and links', () => {
    const p = read(outerWithFrame(false), url)!;
    expect(p).toMatchObject({ site: 'icims', title: 'Clinical Systems Analyst', company: 'Northgate Health', location: 'US-MN-Duluth' });
    expect(p.sections[0]).toMatchObject({ kind: 'about', heading: 'Overview' });
    expect(description(p)).toMatch(/^Northgate Health runs six hospitals/);
    expect(description(p)).toMatch(/Clear writing for clinical staff$/);
    expect(description(p)).not.toMatch(/Apply for this job online|Share on LinkedIn|Job Locations|2026-4821/);
  });

  it('reads the frame’s own URL (in_iframe=1) directly, and returns null on a page with no posting', () => {
    const framed = `${url}?in_iframe=1`;
    expect(read(page('icims-frame.html', framed), framed)!.title).toBe('Clinical Systems Analyst');
    expect(read(page('icims.html', url), url)).toBeNull(); // the frame never loaded
  });
});

describe('JSON-LD reader on real career pages', () => {
  const jsonldPage = (file: string, url: string): Posting => read(loadPage(sharedPath(`pages/jsonld/${file}`), url), url)!;
  const without = (file: string) => withoutShared(`pages/jsonld/${file}`);

  it.skipIf(without('jobsearch-tracker_apply-workable_huggingface.html'))('gives Workable’s requirements and benefits their headings back (apply.workable.com)', () => {
    const p = jsonldPage('jobsearch-tracker_apply-workable_huggingface.html', 'https://apply.workable.com/huggingface/j/0BD8C06DB3/');
    expect(p).toMatchObject({ site: 'workable', title: 'Wild Card', company: 'Hugging Face', location: 'Remote (United States)' });
    expect(p.sections.map((s) => [s.kind, s.heading])).toEqual([['other', ''], ['requirements', 'Requirements'], ['benefits', 'Benefits']]);
    expect(description(p)).toMatch(/^If you don't see the perfect job position/);
    expect(description(p)).toMatch(/shaping the open AI movement\.$/);
  });

  it.skipIf(without('jobsearch-tracker_builtinnyc_8554050.html'))('keeps list items that are paragraphs as items (builtinnyc.com)', () => {
    const p = jsonldPage('jobsearch-tracker_builtinnyc_8554050.html', 'https://www.builtinnyc.com/job/software-engineer-new-grads-new-york/8554050');
    expect(p).toMatchObject({ title: 'Software Engineer (New Grads) -  New York', company: 'Giga (gigaml.com)', location: 'New York, New York, USA' });
    expect(p.sections.map((s) => s.heading)).not.toContain('Commuter benefits');
    expect(p.sections.find((s) => s.heading === 'Perks & Benefits')?.text).toContain('• Commuter benefits');
    expect(description(p)).toMatch(/^Giga has recently raised a \$61M Series A/);
    expect(description(p)).toMatch(/or any other characteristic protected by law\.$/);
  });

  it.skipIf(without('jobsearch-tracker_levels-fyi_job.html'))('spells out country codes as the page does (levels.fyi)', () => {
    const p = jsonldPage('jobsearch-tracker_levels-fyi_job.html', 'https://www.levels.fyi/jobs?jobId=95431004121899718');
    expect(p).toMatchObject({ title: 'Senior Software Engineer (Token Factory)', company: 'Nebius', location: 'Amsterdam, NH, Netherlands; Germany; United Kingdom' });
    expect(description(p)).toMatch(/^Nebius is leading a new era in cloud computing/);
    expect(description(p)).toMatch(/excited about AI and ML as much as we are, join us!$/);
  });

  it.skipIf(without('jobsearch-tracker_careers-withwaymo_greenhouse-whitelabel.html'))('reads a Greenhouse-backed career site to its pay range (careers.withwaymo.com)', () => {
    const p = jsonldPage(
      'jobsearch-tracker_careers-withwaymo_greenhouse-whitelabel.html',
      'https://careers.withwaymo.com/jobs/software-engineer-multiverse-mountain-view-california-united-states-san-francisco-new-york-city-new-york',
    );
    expect(p).toMatchObject({ title: 'Software Engineer, Multiverse', company: 'Waymo' });
    expect(p.location).toBe('Mountain View, California, United States; San Francisco, California, United States; New York City, New York, United States');
    expect(description(p)).toMatch(/^Waymo is an autonomous driving technology company/);
    expect(description(p)).toMatch(/\$170,000—\$216,000 USD$/);
    expect(p.sections.find((s) => s.kind === 'requirements')?.text).toContain('• C++ proficiency');
  });

  it.skipIf(without('jobsearch-tracker_startup-jobs_zapier.html'))('reads startup.jobs from the first heading to the last line', () => {
    const p = jsonldPage(
      'jobsearch-tracker_startup-jobs_zapier.html',
      'https://startup.jobs/software-engineer-enterprise-zone-backend-full-stack-multiple-levels-zapier-3-7772194',
    );
    expect(p).toMatchObject({ title: 'Software Engineer, Enterprise Zone (Backend & Full Stack) — Multiple Levels', company: 'Zapier', location: 'San Francisco, CA, United States' });
    expect(description(p)).toMatch(/^AI at Zapier\s+At Zapier, we build and use automation/);
    expect(description(p)).toMatch(/countries where we currently cannot have Zapiens permanently working\.$/);
  });
});
