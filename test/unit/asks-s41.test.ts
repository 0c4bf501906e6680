import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume } from '@/lib/analyze';
import { classifyHeading } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { findSkills } from '@/lib/skills/matcher';
import { engine, TODAY } from './readers';

// Written for this test (session 41, #12), from postings written fresh in the shapes large employers' career sites use and
// read as a user would: an alternative to a degree on a line of its own, a capitalised "AND" in a degree's fields, part of
// the week at home, years of a long line of work, "About the job" after the qualifications, and a security screening.
const read = (text: string) => analyzePosting(engine, postingFromText(text));

describe('"OR equivalent experience." on a line of its own', () => {
  const posting =
    'Platform Engineer\nLakemont Systems\n\nRequired qualifications:\nBachelor’s degree in Computer Science AND 4+ years of engineering experience coding in C++, Java or Python\nOR equivalent experience.\n';

  it('goes on with the degree it offers an alternative to: one row, experience accepted', () => {
    const a = read(posting);
    expect(a.requirements).toHaveLength(1);
    expect(a.requirements[0]!.text).toMatch(/Python\s+OR equivalent experience\.$/);
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', equivalentExperience: true, fields: ['Computer Science'] });
  });

  it('a bullet of its own is left alone, and an "or" in mid-list text does not join lines', () => {
    const a = read('Platform Engineer\n\nRequirements\n- Go\n- Kubernetes\n- Terraform\n');
    expect(a.requirements).toHaveLength(3);
    const b = read('Platform Engineer\n\nRequirements\nStrong Go.\nOrganised and calm on call.\n');
    expect(b.requirements.map((r) => r.text)).not.toContain('Strong Go. Organised and calm on call.');
  });
});

describe('a capitalised joining word in a degree’s fields', () => {
  it('"Computer Science AND 4+ years" names the field alone', () => {
    expect(read('Engineer\n\nRequirements\n- Master’s degree in Physics OR Mathematics AND 2+ years of research\n').facts.degree?.fields).toEqual(['Physics', 'Mathematics']);
  });
});

describe('part of the time at home', () => {
  const mode = (line: string) => read(`Senior Platform Engineer\nRedmond, Washington, United States\n${line}\n\nRequirements\n- Go\n`).facts.workMode;
  it('is hybrid: "Hybrid: up to 50% work from home", "40% remote", "remote up to 60% of the time"', () => {
    expect(mode('Hybrid: up to 50% work from home')).toBe('hybrid');
    expect(mode('Up to 40% remote')).toBe('hybrid');
    expect(mode('Remote up to 60% of the time, office in Bellevue')).toBe('hybrid');
  });
  it('all of it at home stays remote', () => {
    expect(mode('Remote (100% work from home)')).toBe('remote');
    expect(mode('Fully remote')).toBe('remote');
  });
});

describe('years of a long line of work', () => {
  it('"3+ years of non-internship professional software development experience" is the minimum, not a skill’s 2 years below it', () => {
    const a = read('Cloud Engineer\n\nBASIC QUALIFICATIONS\n- 3+ years of non-internship professional software development experience\n- 2+ years of experience with AWS services such as EC2 or Lambda\n');
    expect(a.facts.yearsMin).toBe(3);
  });
  it('a skill’s years alone are still the minimum where nothing overall is asked', () => {
    expect(read('Cloud Engineer\n\nRequirements\n- 2+ years of experience with AWS services such as EC2 or Lambda\n').facts.yearsMin).toBe(2);
  });
});

describe('"About the job" after the qualifications', () => {
  it('is a part of its own: the team’s story under it is no wish', () => {
    expect(classifyHeading('About the job')).toBe('other');
    const a = read(
      'Site Reliability Engineer\nOrchard Storage\n\nMinimum qualifications:\nBachelor’s degree or equivalent practical experience.\n\nPreferred qualifications:\nExperience with Ceph or another distributed file system.\n\nAbout the job\nOur storage team keeps petabytes of photos safe and available for millions of families.\n\nResponsibilities\nOwn the SLOs of the metadata service.\n',
    );
    expect(a.requirements.map((r) => r.text)).not.toContain('Our storage team keeps petabytes of photos safe and available for millions of families.');
    expect(a.requirements.find((r) => r.text.startsWith('Experience with Ceph'))?.importance).toBe('preferred');
  });
});

describe('a security screening of the person hired', () => {
  const hits = (t: string) => findSkills(engine.matcher, t).map((h) => h.skillId);
  it('is not the skill Security', () => {
    expect(hits('Candidates must pass government security screenings before the start date.')).not.toContain('security');
    expect(hits('This role requires security vetting every two years.')).not.toContain('security');
    expect(hits('Offers are subject to security background checks.')).not.toContain('security');
  });
  it('security work still is', () => {
    expect(hits('You will run security reviews and add security checks in CI.')).toContain('security');
    expect(hits('Security is part of everyone’s job here.')).toContain('security');
  });
  it('a row asking to meet screening requirements asks no skill', () => {
    const a = read('Platform Engineer\n\nOther requirements:\nAbility to meet customer and/or government security screening requirements is required for this role.\n');
    expect(a.requirements.flatMap((r) => r.groups.flat())).not.toContain('security');
  });
});

describe('an ask, then the stack told, then another way to meet it', () => {
  it('"Comfortable with an observability stack — we run Prometheus, but Datadog experience transfers fine" is one ask, met by Prometheus', () => {
    const a = read('Systems Engineer\n\nWhat you need\n- Comfortable with an observability stack — we run Prometheus + Grafana, but Datadog or New Relic experience transfers fine\n');
    expect(a.requirements).toHaveLength(1);
    expect(a.requirements[0]!.text).toMatch(/^Comfortable with an observability stack/);
  });
  it('a stack told first, then the ask after "but", is still the ask alone', () => {
    const a = read('Data Engineer\n\nRequirements\n- We use ClickHouse, but experience with another columnar store would be valuable\n');
    expect(a.requirements[0]!.text).toMatch(/^experience with another columnar store/);
  });
});

describe('years left uncounted, their count in brackets', () => {
  it('"A few years (3+) of experience writing systems software" asks 3 years', () => {
    const a = read('Systems Engineer\n\nWhat you need\n- A few years (3+) of experience writing systems software in Rust, C or C++\n');
    expect(a.facts.yearsMin).toBe(3);
    expect(a.requirements[0]!.kind).toBe('years');
    expect(a.requirements[0]!.years?.min).toBe(3);
  });
  it('a bracket that is no count asks no years', () => {
    expect(read('Systems Engineer\n\nWhat you need\n- Several years (ideally at a startup) of Go\n').facts.yearsMin).toBeNull();
  });
});

describe('a field, then examples after a cue that open with a name Fitmark does not know', () => {
  it('"load balancers such as Katran, HAProxy or Envoy" is one choice with the field', () => {
    const a = read('Network Engineer\n\nRequirements\n- Experience with L4/L7 load balancers such as Katran, HAProxy or Envoy\n');
    expect(a.requirements[0]!.groups).toEqual([['load-balancing', 'haproxy', 'envoy', 'term:Katran']]);
  });
  it('names joined by "and" stay all asked', () => {
    const a = read('Network Engineer\n\nRequirements\n- Experience with HAProxy and Envoy\n');
    expect(a.requirements[0]!.groups).toEqual([['haproxy'], ['envoy']]);
  });
});

describe('a role told inside a body sentence', () => {
  it('takes its title from the sentence it opens and its company up to a clause in lower case', () => {
    const r = analyzeResume(
      engine,
      'cv',
      'Rafa Moreno\n\nEXPERIENCE\nBackend Engineer, Mesa Travel (2013 – 2017)\nJava services, MySQL. Part-time instructor at Denver Code School (2015 – 2016), teaching Python.\n',
      TODAY,
    );
    const roles = r.profile!.roles.map((x) => [x.title, x.company]);
    expect(roles).toContainEqual(['Part-time instructor', 'Denver Code School']);
    expect(roles).toContainEqual(['Backend Engineer', 'Mesa Travel']);
  });
});

describe('a table of skills with a "Must/Nice" column', () => {
  const table = (column: string, must: string, nice: string) =>
    read(`Platform Engineer\n\nYour profile\n\nSkill | Level | ${column}\nKubernetes | Advanced | ${must}\nTerraform or Crossplane | Intermediate | ${must}\nGo | Intermediate | ${nice}\n`).requirements.map((r) => [r.groups, r.importance]);
  it('asks each row, as required or wished by its cell', () => {
    const want = [[[['kubernetes']], 'required'], [[['terraform', 'crossplane']], 'required'], [[['go']], 'preferred']];
    expect(table('Must/Nice', 'Must', 'Nice')).toEqual(want);
    expect(table('Required / Preferred', 'Required', 'Preferred')).toEqual(want);
  });
  it('a column that says nothing of the kind leaves the table as text', () => {
    expect(read('Platform Engineer\n\nYour profile\n\nTeam | City | Size\nCore | Hamburg | 8\nEdge | Berlin | 5\n').requirements.flatMap((r) => r.groups.flat())).toEqual([]);
  });
});
