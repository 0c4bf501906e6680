import { describe, expect, it } from 'vitest';
import { adapterFor, readPosting, SITES } from '@/lib/posting/sites';
import { loadPage, projectFixture, runPage, sharedPath, withoutShared } from '../helpers';

const description = (p: { sections: Array<{ text: string }> }) => p.sections.map((s) => s.text).join('\n');

describe('detectors', () => {
  for (const site of SITES) {
    it(`${site.id} accepts its own example URLs and no other adapter does`, () => {
      expect(site.examples.length).toBeGreaterThan(0);
      for (const u of site.examples) {
        const url = new URL(u);
        expect(site.matches(url), u).toBe(true);
        expect(site.jobKey(url), u).toBeTruthy();
        for (const other of SITES) if (other !== site) expect(other.matches(url), `${other.id} takes ${u}`).toBe(false);
      }
    });
  }

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/',
    'https://www.linkedin.com/jobs/search/?keywords=sre',
    'https://boards.greenhouse.io/anthropic',
    'https://example.com/jobs/view/123',
    'https://www.linkedin.com.evil.example/jobs/view/123/',
  ])('takes no page that shows no job: %s', (u) => {
    expect(adapterFor(new URL(u))).toBeNull();
  });

  it('names the job a LinkedIn URL shows, wherever the id sits', () => {
    const key = (u: string) => adapterFor(new URL(u))?.jobKey(new URL(u));
    expect(key('https://www.linkedin.com/jobs/view/3915648739/')).toBe('linkedin:3915648739');
    expect(key('https://www.linkedin.com/jobs/search/?currentJobId=42&keywords=x')).toBe('linkedin:42');
    expect(key('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=7')).toBe('linkedin:7');
  });
});

describe('LinkedIn reader', () => {
  for (const [file, url, title, company, location] of [
    ['jobdog_openai_3915648739_jobs-view.html', 'https://www.linkedin.com/jobs/view/3915648739/', 'Machine Learning Engineer, Applied AI', 'OpenAI', 'San Francisco, CA'],
    ['jobdog_anthropic_4053542511_jobs-view.html', 'https://www.linkedin.com/jobs/view/4053542511/', 'Machine Learning Systems Engineer, RL Engineering', 'Anthropic', 'Seattle, WA'],
  ] as const) {
    const rel = `pages/linkedin-guest/${file}`;
    it.skipIf(withoutShared(rel))(`reads the guest page ${file}`, () => {
      const p = readPosting(loadPage(sharedPath(rel), url), new URL(url))!;
      expect(p.site).toBe('linkedin');
      expect(p.title).toBe(title);
      expect(p.company).toBe(company);
      expect(p.location).toBe(location);
      const text = description(p);
      expect(text.length).toBeGreaterThan(500);
      expect(text).not.toMatch(/Show (more|less)\s*$/);
      expect(text).not.toMatch(/Seniority level/); // the criteria list is not the description
    });
  }

  it('reads the signed-in layout rendered by the page, split into sections', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
    const p = readPosting(runPage(projectFixture('pages/linkedin-search.html'), url), new URL(url))!;
    expect(p.title).toBe('Senior Infrastructure Engineer');
    expect(p.company).toBe('Northwind Logistics');
    expect(p.location).toBe('Denver, CO (Hybrid)');
    // (Session 40: "About the job" is LinkedIn's wrapper of the whole description, asks and all, so the part under it is
    // read as any unlabelled part ('other'), no longer as about-us; here it holds the company's paragraph.)
    expect(p.sections.map((s) => s.kind)).toEqual(['other', 'responsibilities', 'requirements', 'preferred', 'benefits']);
    expect(p.sections[2]!.text).toContain('Strong Terraform and Kubernetes skills');
  });

  it('returns null on a LinkedIn page without a posting', () => {
    const url = 'https://www.linkedin.com/jobs/view/1/';
    expect(readPosting(loadPage(projectFixture('pages/not-a-posting.html'), url), new URL(url))).toBeNull();
  });
});

describe('Greenhouse reader', () => {
  const CLASSIC = 'pages/greenhouse/jobdog_boards-greenhouse_anthropic_4182383008.html';
  const NEW = 'pages/greenhouse/jobdog_job-boards-greenhouse_scaleai_4315289005.html';

  it.skipIf(withoutShared(CLASSIC))('reads the classic boards.greenhouse.io page', () => {
    const url = 'https://boards.greenhouse.io/anthropic/jobs/4182383008';
    const p = readPosting(loadPage(sharedPath(CLASSIC), url), new URL(url))!;
    expect(p.site).toBe('greenhouse');
    expect(p.title).toBe('Machine Learning Systems Engineer, RL Engineering');
    expect(p.company).toBe('Anthropic');
    expect(p.location).toBe('San Francisco, CA | New York City, NY | Seattle, WA');
    expect(description(p)).toMatch(/^Anthropic’s mission is to create reliable/);
  });

  it.skipIf(withoutShared(NEW))('reads the new job-boards.greenhouse.io page, company from <title>', () => {
    const url = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';
    const p = readPosting(loadPage(sharedPath(NEW), url), new URL(url))!;
    expect(p.title).toBe('Senior/Staff Machine Learning Research Scientist Generative AI');
    expect(p.company).toBe('Scale AI');
    expect(p.location).toBe('San Francisco, CA; Seattle, WA; New York, NY');
    expect(description(p)).toMatch(/^Scale’s Generative AI ML team conducts research/);
  });

  it('reads the project fixture and keeps the application form out', () => {
    const url = 'https://job-boards.greenhouse.io/cobaltgrid/jobs/4400000001';
    const p = readPosting(loadPage(projectFixture('pages/greenhouse-job-boards.html'), url), new URL(url))!;
    expect(p.company).toBe('Cobalt Grid');
    expect(p.location).toBe('Austin, TX; Remote (US)');
    expect(description(p)).not.toContain('First Name');
    expect(p.sections.find((s) => s.kind === 'preferred')?.text).toContain('Rust or C++');
  });
});

describe('JSON-LD fallback', () => {
  const WAYMO = 'pages/jsonld/jobsearch-tracker_careers-withwaymo_greenhouse-whitelabel.html';
  it.skipIf(withoutShared(WAYMO))('reads a company career page that only carries JobPosting data', () => {
    const url = 'https://careers.withwaymo.com/jobs/software-engineer-multiverse-mountain-view-california-united-states-san-francisco-new-york-city-new-york';
    const p = readPosting(loadPage(sharedPath(WAYMO), url), new URL(url))!;
    expect(p.site).toBe('jsonld');
    expect(p.title).toBe('Software Engineer, Multiverse');
    expect(p.company).toBe('Waymo');
    expect(description(p)).not.toMatch(/<\/?[a-z]+>/); // the description's HTML is stripped
  });
});
