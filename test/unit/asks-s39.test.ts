import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 39, #12), from postings and resumes written fresh and read as a user would: asks run
// together with semicolons, years whose clause ends where "you" speaks again, years said in words after "you'll likely
// have spent", years at a level after a comma, and a degree required in the pay's paragraph.
const read = (text: string) => analyzePosting(engine, postingFromText(text));
const resume = analyzeResume(
  engine,
  'cv',
  'Noor Haddad\n\nExperience\nLead Data Engineer, Quarrystone, 2020 - present\n- Led three engineers on Spark and Airflow jobs into BigQuery\n\nData Engineer, Quarrystone, 2017 - 2020\n- SQL pipelines onto Redshift; Kotlin services on PostgreSQL\n\nEducation\nBSc Computer Science, 2017\n',
  TODAY,
);

describe('asks run together with semicolons', () => {
  it('each part is an ask of its own, its years not the skills\u2019', () => {
    const a = read('Data Engineer\n\nMust have: 7+ years building data systems; Spark, Airflow, and one of Snowflake/BigQuery; strong SQL.\n');
    expect(a.requirements.map((r) => r.text)).toEqual(['7+ years building data systems', 'Spark, Airflow, and one of Snowflake/BigQuery', 'strong SQL.']);
    expect(a.requirements[0]!.groups).toEqual([]);
    expect(a.requirements[0]!.years?.min).toBe(7);
    expect(a.requirements[1]!.groups).toEqual([['apache-spark'], ['airflow'], ['snowflake', 'bigquery']]);
    expect(a.requirements[1]!.years).toBeNull();
    expect(matchResume(engine, a, resume).requirements!.map((v) => v.verdict)).toEqual(['met', 'met', 'met']);
  });

  it('a list the cue opens that goes on past the semicolon stays one choice', () => {
    const a = read('Platform Engineer\n\nRequirements\n- Experience with one of: Terraform; Pulumi; CDK\n');
    expect(a.requirements).toHaveLength(1);
    expect(a.requirements[0]!.text).toBe('Experience with one of: Terraform; Pulumi; CDK');
  });

  it('a clause said to be wished is left to the wish reading, not cut here', () => {
    const a = read('Backend Engineer\n\nRequirements\n- Comfortable with Docker; Kubernetes knowledge is nice to have\n');
    expect(a.requirements.find((r) => r.groups.some((g) => g.includes('kubernetes')))?.importance).toBe('preferred');
    expect(a.requirements.find((r) => r.groups.some((g) => g.includes('docker')))?.importance).toBe('required');
  });

  it('a semicolon inside brackets cuts nothing', () => {
    const a = read('SRE\n\nRequirements\n- Observability tooling (Prometheus; Grafana) at scale\n');
    expect(a.requirements).toHaveLength(1);
  });
});

describe('the years\u2019 clause ends where the candidate is spoken to again', () => {
  it('"…four years of Kotlin or Java, and you\u2019re at ease with relational databases" asks no years of the databases', () => {
    const a = read('Backend Engineer\n\nWhat we need\nYou have at least four years writing services in Kotlin or Java, and you\u2019re at ease with relational databases.\n');
    const years = a.requirements.find((r) => r.years !== null)!;
    expect(years.groups).toEqual([['kotlin', 'java']]);
    const db = a.requirements.find((r) => r.groups.some((g) => g.includes('relational-databases')))!;
    expect(db.years).toBeNull();
  });

  it('years go on over a list with no new subject: "5+ years of Go, Rust and C++" stays one ask', () => {
    const a = read('Systems Engineer\n\nRequirements\n- 5+ years of Go, Rust and C++\n');
    expect(a.requirements).toHaveLength(1);
    expect(a.requirements[0]!.years?.min).toBe(5);
  });
});

describe('years in words after a modal "have spent"', () => {
  it.each([
    ['You\u2019ll likely have spent three or more years keeping production systems healthy.', 3],
    ['You will probably have spent four years shipping mobile apps.', 4],
  ])('%s', (line, n) => {
    const a = read(`SRE at Lumenfold\n\nWe are a small team. ${line}\n`);
    expect(a.facts.yearsMin).toBe(n);
    expect(a.requirements.some((r) => r.kind === 'years' && r.years?.min === n)).toBe(true);
  });

  it('the team\u2019s own time spent is no ask', () => {
    const a = read('SRE at Lumenfold\n\nWe have spent three years building our scheduler in Go.\n');
    expect(a.facts.yearsMin).toBeNull();
  });
});

describe('years at a level after a comma', () => {
  it('"8+ years of engineering, 3+ of them in a lead capacity" reads the lead years from the titles', () => {
    const a = read('Staff Engineer\n\nRequirements\n- 8+ years of software engineering, 3+ of them in a lead capacity\n');
    const v = matchResume(engine, a, resume).requirements![0]!;
    expect(v.evidence).toMatch(/at lead level or above, by the roles\u2019 titles; 3\+ asked/);
    const junior = analyzeResume(engine, 'cv', 'Ola\n\nExperience\nSoftware Engineer, Brindle, 2012 - present\n- Go services\n', TODAY);
    expect(matchResume(engine, a, junior).requirements![0]!.verdict).toBe('partial');
  });
});

describe('a degree required in the pay\u2019s paragraph', () => {
  it('is asked, and is the posting\u2019s degree fact', () => {
    const a = read('Data Engineer\n\nRequirements\n- Python\n\nCompensation: $180,000 - $200,000 base. A bachelor\u2019s degree in engineering or a related field is required.\n');
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true });
    expect(a.requirements.some((r) => r.kind === 'degree')).toBe(true);
  });

  it('a degree the company pays toward among the perks is no ask', () => {
    const a = read('Data Engineer\n\nRequirements\n- Python\n\nBenefits: $2,000 a year toward a master\u2019s degree; it is required that you stay a year after.\n');
    expect(a.facts.degree).toBeNull();
    expect(a.requirements.some((r) => r.kind === 'degree')).toBe(false);
  });
});

describe('a clearance among a header line\u2019s fields', () => {
  it('"Chantilly, VA (on-site) \u00b7 Clearance: Secret (interim acceptable)" asks a Secret clearance', () => {
    const a = read('Cloud Engineer \u2014 Orrin Federal\nReston, VA (on-site) \u00b7 Clearance: Secret (interim acceptable)\n\nRequired qualifications\n- Bash scripting\n');
    expect(a.facts.clearance).toBe('Secret');
    expect(a.requirements.find((r) => r.kind === 'clearance')?.text).toBe('Clearance: Secret (interim acceptable)');
  });

  it('"Clearance: None" asks nothing, and a line of fields without a clearance is left whole', () => {
    const a = read('Cloud Engineer \u2014 Orrin\nClearance: None\n\nRequired qualifications\n- Bash scripting\n');
    expect(a.facts.clearance).toBeNull();
    expect(a.requirements.some((r) => r.kind === 'clearance')).toBe(false);
  });
});

describe('a thing asked to be had after hire', () => {
  const resumeNoCert = analyzeResume(engine, 'cv', 'Dana\n\nExperience\nSystems Engineer, Hollow Creek, 2019 - present\n- Bash and PowerShell automation on RHEL\n', TODAY);
  it.each(['Security+ certification within 6 months of start date', 'CKA within the first 90 days of employment', 'Ability to obtain a CKA certification'])('%s is not unmet before the hire', (line) => {
    const a = read(`Systems Engineer\n\nRequired qualifications\n- ${line}\n- Bash\n`);
    const v = matchResume(engine, a, resumeNoCert).requirements![0]!;
    expect(v.verdict).toBe('unknown');
    expect(v.evidence).toMatch(/after hire/);
  });

  it('the same certificate asked now is unmet', () => {
    const a = read('Systems Engineer\n\nRequired qualifications\n- Security+ certification\n- Bash\n');
    expect(matchResume(engine, a, resumeNoCert).requirements![0]!.verdict).toBe('unmet');
  });
});

describe('the team\u2019s stack under a heading of its own', () => {
  it('"Tech we use" ends the asks: its list is no required row', () => {
    const a = read('Backend Developer\n\nAbout you\nYou write Go for a living.\n\nTech we use\nGo, PostgreSQL, Kafka, Kubernetes, Terraform. You don\u2019t need to know all of it.\n\nWhat we offer\nA quiet office.\n');
    expect(a.posting.sections.map((s) => s.kind)).toEqual(['other', 'requirements', 'other', 'benefits']);
    expect(a.requirements.map((r) => r.text)).toEqual(['You write Go for a living.']);
    expect(a.skills.map((s) => s.id)).toContain('kafka');
  });

  it('"Technologies" alone is no such heading (it may list asks)', () => {
    const a = read('Backend Developer\n\nRequirements\n- Go\n\nTechnologies\n- Kafka\n');
    expect(a.posting.sections.some((s) => s.heading === 'Technologies' && s.kind === 'other')).toBe(false);
  });
});

describe('spoken languages', () => {
  it('English listed at a working level is not a lacking skill; German "a plus but not required" is wished for', () => {
    const a = read('Backend Developer\n\nAbout you\n- You write Go.\n- You speak fluent English.\n- German is a plus but not required.\n');
    const cv = analyzeResume(engine, 'cv', 'Lea\n\nExperience\nBackend Engineer, Nordwerk, 2019 - present\n- Go services\n\nLanguages: German (native), English (C1)\n', TODAY);
    const m = matchResume(engine, a, cv);
    expect(m.missing.map((x) => x.id)).not.toContain('english-proficiency');
    const german = a.requirements.findIndex((r) => r.text.startsWith('German'));
    expect(a.requirements[german]).toMatchObject({ kind: 'language', importance: 'preferred' });
    expect(m.requirements![german]!.verdict).toBe('met');
    const basic = analyzeResume(engine, 'cv', 'Lea\n\nExperience\nBackend Engineer, Nordwerk, 2019 - present\n- Go services\n\nLanguages: German (native), English (A2)\n', TODAY);
    expect(matchResume(engine, a, basic).missing.map((x) => x.id)).toContain('english-proficiency');
  });

  it('"German is not required" still asks nothing', () => {
    expect(read('Dev\n\nAbout you\n- You write Go.\n- German is not required.\n').requirements.some((r) => r.kind === 'language')).toBe(false);
  });
});

describe('a resume\u2019s role told on one line: heading, dates in a bracket, a colon, what was done', () => {
  it('reads each role, however long the line, and keeps the company clean', () => {
    const cv = analyzeResume(
      engine,
      'cv',
      'Rosa Quintero \u2014 Montevideo, Uruguay (UTC-3), remote\n\nPlatform engineer at Lumbre Pagos (2021\u2013present): Terraform modules for twelve AWS accounts; built the on-call rotation and its runbooks; moved CI from Jenkins to GitHub Actions.\nSupport developer at Casa Pampa (2017\u20132021): PHP and MySQL sites.\n',
      TODAY,
    );
    expect(cv.profile!.roles.map((r) => [r.title, r.company, r.start])).toEqual([
      ['Platform engineer', 'Lumbre Pagos', '2021-01'],
      ['Support developer', 'Casa Pampa', '2017-01'],
    ]);
  });

  it('"Senior Engineer: Acme Corp (2019 - 2022)" keeps its company', () => {
    const cv = analyzeResume(engine, 'cv', 'Ana\n\nExperience\nSenior Engineer: Acme Corp (2019 - 2022)\n- Go services\n', TODAY);
    expect(cv.profile!.roles[0]!.company).toMatch(/Acme Corp/);
  });
});

describe('conventions settled in session 39', () => {
  it('a Bachelor\u2019s against a preferred Master\u2019s in the field is partly met', () => {
    const a = read('Platform Engineer\n\nRequirements\n- Go\n\nNice to have\n- A Master\u2019s degree in Computer Science\n');
    const k = a.requirements.findIndex((r) => r.kind === 'degree');
    expect(matchResume(engine, a, resume).requirements![k]!.verdict).toBe('partial');
  });

  it('a range of years alone runs January to January', () => {
    const cv = analyzeResume(engine, 'cv', 'Ana\n\nExperience\nSite Reliability Engineer, Brindle, 2016 - 2019\n- Go services\n', TODAY);
    expect(cv.profile!.roles[0]).toMatchObject({ start: '2016-01', end: '2019-01' });
    expect(cv.profile!.totalYears).toBeCloseTo(3, 0);
  });
});

describe('skills read from a fresh platform posting', () => {
  const ids = (text: string) => read(`Platform Engineer\n\nRequirements\n- ${text}\n`).skills.map((s) => s.id);
  it('explaining trade-offs to others is no decision making; making them is', () => {
    expect(ids('Able to explain trade-offs to colleagues outside engineering')).not.toContain('decision-making');
    expect(ids('Sound judgment when you weigh technical tradeoffs')).toContain('decision-making');
  });

  it('the product engineers a platform serves are no product engineering asked', () => {
    expect(read('Platform Engineer\n\nAbout the role\nOur team keeps the build farm healthy for 60 product engineers.\n\nRequirements\n- Kubernetes\n').skills.map((s) => s.id)).not.toContain('product-engineering');
    expect(ids('Two years as a product engineer on a consumer app')).toContain('product-engineering');
  });
});

describe('two more fresh pairs: a staffing listing and UK vetting', () => {
  it('"Full Job Description" heads the duties: its sentence is no required row', () => {
    const a = read('DevOps Engineer (Contract)\n$50 - $65 an hour - Contract\n\nQualifications\n- Kubernetes: 2 years (Required)\n\nFull Job Description\nOur client, an insurer, needs an engineer for six months to move builds from Jenkins to GitLab CI.\n');
    expect(a.posting.sections.map((s) => [s.kind, s.heading])).toContainEqual(['responsibilities', 'Full Job Description']);
    expect(a.requirements.map((r) => r.text)).toEqual(['Kubernetes: 2 years (Required)']);
  });

  it('years of residency asked for vetting are no years of experience', () => {
    const a = read('Platform Engineer\n\nEssential criteria\n- Hold SC clearance, or be willing to undergo SC vetting (it needs 5 years of UK residency)\n- Azure\n');
    expect(a.facts.yearsMin).toBeNull();
    expect(a.requirements[0]).toMatchObject({ kind: 'clearance', years: null });
    expect(read('SRE\n\nRequirements\n- 5 years of residence in Canada, and 3+ years of Linux administration\n').facts.yearsMin).toBe(3);
  });
});

describe('the years field of a listing', () => {
  it.each([
    ['Years of experience: 3+', 3, null],
    ['**Years of experience:** 5-8', 5, 8],
  ])('"%s" in the header asks the years, and is no heading', (line, min, max) => {
    const a = read(`Infrastructure Engineer\n${line}\n\nRequirements\n- Go\n`);
    expect(a.facts.yearsMin).toBe(min);
    expect(a.requirements.find((r) => r.kind === 'years')?.years).toEqual({ min, max });
  });

  it('"Experience: AWS, Terraform" stays a heading of asks', () => {
    const a = read('Cloud Engineer\n\nExperience: AWS, Terraform\n');
    expect(a.posting.sections.some((s) => s.kind === 'requirements' && s.heading === 'Experience')).toBe(true);
  });
});

describe('a health-tech backend posting', () => {
  it('"5+ years of backend experience, ideally in healthcare" asks the years and wishes the field', () => {
    const a = read('Backend Engineer\n\nWhat we\u2019re looking for\n- 6+ years of backend work, ideally in healthcare or another regulated space\n');
    expect(a.requirements.map((r) => [r.importance, r.kind, r.groups, r.years])).toEqual([
      ['required', 'years', [], { min: 6, max: null }],
      ['preferred', 'skills', [['health-tech']], null],
    ]);
  });

  it('a years ask whose field is asked, not wished, keeps it: "5+ years in healthcare software"', () => {
    const a = read('Backend Engineer\n\nRequirements\n- 5+ years in healthcare software\n');
    expect(a.requirements[0]).toMatchObject({ importance: 'required', groups: [['health-tech']] });
  });

  it('two sentences side by side that refuse sponsorship and ask US work rights are one row, judged by the country', () => {
    const a = read('Backend Engineer\n\nRequirements\n- Python\n\nWe are unable to sponsor visas at this time. Candidates must be authorized to work in the US.\n');
    const rows = a.requirements.filter((r) => r.kind === 'authorization');
    expect(rows).toHaveLength(1);
    const cv = analyzeResume(engine, 'cv', 'Kim\nDenver, CO \u00b7 Authorized to work in the US\n\nExperience\nEngineer, Acme, 2019 - present\n- Python\n', TODAY);
    expect(matchResume(engine, a, cv).requirements![a.requirements.indexOf(rows[0]!)]!.verdict).toBe('met');
  });

  it('HIPAA work on a resume shows health technology', () => {
    const a = read('Backend Engineer\n\nNice to have\n- Experience in healthcare\n');
    const cv = analyzeResume(engine, 'cv', 'Kim\n\nExperience\nEngineer, Pillbox, 2019 - present\n- Django services for prescriptions under HIPAA\n', TODAY);
    expect(matchResume(engine, a, cv).requirements![0]!.verdict).toBe('met');
  });
});
