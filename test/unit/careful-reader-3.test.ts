import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { openingsOf } from '../../lib/match/openings';
import { carefulPair, engine, read, TODAY } from './readers';

// Fourteen more postings and resumes written for this test (session 30, none from a real posting), in forms the first two
// sets did not have: one text listing two openings, an employer's industry in brackets, a principal role that takes
// experience for a degree, a four-day week in British English, a numbered list with lettered sub-items, must-haves and
// nice-to-haves inline in one paragraph, a career break and a returnship, a resume in first-person prose, an internship,
// a clearance to be obtained after hire (positions, letter, essentials and sabbatical written after the fixes, to try
// them on fresh text). Each pair's verdicts were decided before Fitmark read it (#12).
const verdicts = (name: string, resumeText?: string) => carefulPair('s30', name, resumeText);

describe('what a careful reader reads in fresh postings (session 30)', () => {
  it('two openings in one text: the resume is judged against the opening it fits, the other opening\u2019s asks and skills are left out', () => {
    const { m, byText } = verdicts('tworoles');
    expect(m.opening).toBe('Senior Backend Engineer');
    expect(m.explanation).toContain('Judged against the opening the resume fits best, Senior Backend Engineer; the other openings\u2019 asks are not counted.');
    expect([byText('5+ years building backend services').verdict.verdict, byText('Strong Go').verdict.verdict, byText('Experience with PostgreSQL and Redis').verdict.verdict]).toEqual(['met', 'met', 'met']);
    for (const other of ['3+ years of Swift or Kotlin', 'Has shipped an app', 'React Native is a plus']) expect(byText(other).verdict.verdict).toBe('unknown');
    expect(m.score).toBe(100);
    expect(m.missing.map((s) => s.id)).not.toContain('swift');
    // A mobile engineer's resume is judged against the mobile opening, and the backend asks are left out.
    const mobile = verdicts('tworoles', 'Sam Lindqvist\nMobile Engineer\n\nExperience\nSenior iOS Engineer, Fjordline Apps\nJanuary 2020 – Present\n- Swift and SwiftUI apps with two million installs, shipped to the App Store every two weeks\n- Kotlin for the Android twin of the app; React Native screens for settings\n');
    expect(mobile.m.opening).toBe('Mobile Engineer');
    expect(mobile.byText('3+ years of Swift or Kotlin').verdict.verdict).toBe('met');
    expect(mobile.byText('Experience with PostgreSQL and Redis').verdict.verdict).toBe('unknown');
  });

  it('openings with no number: a job\u2019s title right above what it does and asks, twice, splits them', () => {
    const { m, byText } = verdicts('untitled');
    expect(m.opening).toBe('Cloud Platform Engineer');
    for (const s of ['4+ years writing C or C++', 'Experience with an RTOS', 'Comfortable with an oscilloscope']) expect(byText(s).verdict.verdict).toBe('unknown');
    for (const s of ['3+ years with AWS', 'Terraform', 'Kubernetes in production']) expect(byText(s).verdict.verdict).toBe('met');
    expect(m.score).toBe(100);
    // One title above the first heading is the posting's own: no openings.
    expect(openingsOf(postingFromText('Acme\n\nSenior Platform Engineer\nWhat you\u2019ll do\n- Run the fleet\nRequirements\n- Terraform\n').sections)).toEqual([]);
  });

  it('openings are told by a numbered or lettered line each; one such line, or "role" in prose, lists no openings', () => {
    const sections = (text: string) => postingFromText(text).sections;
    const two = openingsOf(sections('Platform jobs at Gullwing\n\nPosition A \u2013 Data Engineer\n- Airflow and dbt\n\nPosition B \u2013 Analytics Engineer\n- Looker\n'));
    expect(two.map((o) => o.title)).toEqual(['Data Engineer', 'Analytics Engineer']);
    expect(openingsOf(sections('Role 1: Site Reliability Engineer\n- Kubernetes\n- Terraform\n'))).toEqual([]);
    expect(openingsOf(sections('In this role a day starts with the on-call handover.\nThe role 2 days a week is in our office.\n'))).toEqual([]);
  });

  it('lettered positions: an analytics resume is judged against the second position; "Segurama (insurtech)" shows the insurance background wished', () => {
    const { a, m, byText } = verdicts('positions');
    expect(a.facts).toMatchObject({ workMode: 'hybrid', salary: { min: 55000, max: 75000, currency: 'EUR', period: 'year' } });
    expect(m.opening).toBe('Analytics Engineer');
    for (const s of ['4+ years building batch and streaming', 'Scala or Java with Apache Spark', 'Experience running Kafka']) expect(byText(s).verdict.verdict).toBe('unknown');
    for (const s of ['3+ years in analytics or BI roles', 'Expert SQL and dbt', 'Experience with a BI tool']) expect(byText(s).verdict.verdict).toBe('met');
    expect([byText('A background in insurance').item.importance, byText('A background in insurance').verdict.verdict]).toEqual(['preferred', 'met']);
    expect(m.score).toBe(100);
  });

  it('an employer\u2019s industry in brackets ("Pennyworth (fintech)") shows the fintech years asked', () => {
    const { a, byText } = verdicts('bracket');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'hybrid', salary: { min: 60000, max: 70000, currency: 'GBP', period: 'year' } });
    const years = byText('3+ years as a data analyst in fintech, lending or banking');
    expect([years.item.years?.min, years.verdict.verdict]).toEqual([3, 'met']);
    expect([byText('Strong SQL and working Python').verdict.verdict, byText('Experience with dbt').verdict.verdict, byText('Looker or Tableau').verdict.verdict]).toEqual(['met', 'met', 'met']);
  });

  it('principal: "Bachelor\u2019s degree … or equivalent practical experience" is met by fifteen years and no degree', () => {
    const { a, byText } = verdicts('principal');
    expect(a.facts).toMatchObject({ yearsMin: 12, workMode: 'remote', salary: { min: 240000, max: 290000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    // "including 4+ years at staff level or above": the staff role's years, by its title, are judged too.
    expect(byText('12+ years of software engineering').verdict).toMatchObject({ verdict: 'met', evidence: '17.7 years of dated roles in the resume; 12+ asked. 6 years at staff level or above, by the roles\u2019 titles; 4+ asked.' });
    const newer = verdicts('principal', read('s30-principal-resume').replace('January 2021 \u2013 Present', 'January 2025 \u2013 Present'));
    expect(newer.byText('12+ years of software engineering').verdict.verdict).toBe('partial');
    expect(byText('Bachelor\u2019s degree in Computer Science'.replace('\u2019', "'")).verdict.verdict).toBe('met');
    for (const s of ['Deep expertise in distributed systems', 'Expert in Java or Scala', 'Production experience running Apache Kafka']) expect(byText(s).verdict.verdict).toBe('met');
    // Contributions asked: running Kafka Streams is no contribution to it; a patch merged upstream is.
    const contrib = byText('Contributions to Apache Flink or Kafka Streams');
    expect([contrib.item.importance, contrib.verdict.verdict]).toEqual(['preferred', 'unmet']);
    const patched = verdicts('principal', read('s30-principal-resume').replace('SKILLS', '- Contributed two merged patches to Apache Flink\u2019s Kafka connector\n\nSKILLS'));
    expect(patched.byText('Contributions to Apache Flink').verdict.verdict).toBe('met');
    // Work led across teams asked, and a cross-team migration the resume says was led; a resume that says none is not judged.
    expect(byText('A record of leading technical initiatives across several teams').verdict).toMatchObject({ verdict: 'met', evidence: 'The resume says \u201cLed a cross-team migration of twelve services from batch jobs to Kafka Streams\u201d.' });
    const quiet = verdicts('principal', read('s30-principal-resume').replace('- Led a cross-team migration', '- Ran a migration'));
    expect(quiet.byText('A record of leading technical initiatives').verdict.verdict).toBe('unknown');
  });

  it('four-day week (UK): "£48,000 – £55,000 pro rata" is a yearly range; "What we need from you" asks; "It would be lovely if you have" opens wishes; "send your CV" asks nothing', () => {
    const { a, m, byText } = verdicts('fourday');
    expect(a.facts).toMatchObject({ workMode: 'remote', sponsorship: false, yearsMin: null, salary: { min: 48000, max: 55000, currency: 'GBP', period: 'year' } });
    expect(a.posting.sections.find((s) => s.heading === 'What we need from you')?.kind).toBe('requirements');
    expect(a.requirements.some((r) => r.text.startsWith('It would be lovely'))).toBe(false);
    expect([byText('Some experience in the charity').item.importance, byText('Storybook').item.importance, byText('Storybook').verdict.verdict]).toEqual(['preferred', 'preferred', 'met']);
    expect(byText('You must already have the right to work in the UK').verdict.verdict).toBe('met');
    expect(a.requirements.some((r) => /\bCV\b/.test(r.text))).toBe(false);
    expect(m.score).toBe(100);
  });

  it('numbered list with lettered sub-items: each sub-item is an ask, the numbered line above them its label; "(EKS preferred)" wishes for EKS only; the degree takes equivalent experience', () => {
    const { a, byText } = verdicts('numbered');
    // "1. Cloud", "2. Containers": labels of the lettered asks under them, no asks of their own.
    expect(a.requirements.filter((r) => /^(?:Cloud|Containers|Programming|Education)$/.test(r.text))).toEqual([]);
    expect(a.facts).toMatchObject({ workMode: 'hybrid', salary: { min: 145000, max: 170000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', equivalentExperience: true });
    const aws = byText('4+ years running production workloads on AWS');
    expect([aws.item.groups, aws.item.years?.min, aws.verdict.verdict]).toEqual([[['aws']], 4, 'met']);
    expect([byText('Kubernetes in production').item.importance, byText('EKS preferred').item.importance]).toEqual(['required', 'preferred']);
    for (const s of ['Terraform or Pulumi', 'Helm charts you have written', 'Go or Python for internal tooling', 'Solid Bash scripting', 'Bachelor\'s degree in a technical field']) expect(byText(s).verdict.verdict).toBe('met');
  });

  it('must-haves and nice-to-haves inline in one paragraph: each label heads its own part; the wishes are wishes', () => {
    const { a, byText } = verdicts('inline');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'remote', salary: { min: 65000, max: 80000, currency: 'EUR', period: 'year' } });
    expect(a.posting.sections.map((s) => [s.kind, s.heading])).toEqual([['other', ''], ['requirements', 'Must-haves'], ['preferred', 'Nice-to-haves']]);
    // "Python, SQL, and 3+ years building data pipelines": the years are the pipelines' only.
    const langs = byText('Python, SQL');
    expect([langs.item.importance, langs.item.groups, langs.item.years, langs.verdict.verdict]).toEqual(['required', [['python'], ['sql']], null, 'met']);
    const must = byText('3+ years building data pipelines');
    expect([must.item.importance, must.item.groups, must.item.years?.min, must.verdict.verdict]).toEqual(['required', [['data-pipelines']], 3, 'met']);
    const nice = byText('Spark, Airflow, and some exposure to Kafka');
    expect([nice.item.importance, nice.item.groups, nice.verdict.verdict]).toEqual(['preferred', [['apache-spark'], ['airflow'], ['kafka']], 'partial']);
  });

  it('"Essentials:" and "Bonus points:" inside one paragraph; a day rate outside IR35; a contractor\u2019s own limited company is a role', () => {
    const { a, resume, byText } = verdicts('essentials');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'remote', salary: { min: 450, max: 500, currency: 'GBP', period: 'day' } });
    expect(a.posting.sections.map((s) => s.kind)).toEqual(['other', 'requirements', 'preferred']);
    const must = byText('3+ years of commercial Python and Django');
    expect([must.item.importance, must.verdict.verdict]).toEqual(['required', 'met']);
    expect([byText('Celery').item.importance, byText('Celery').verdict.verdict]).toEqual(['preferred', 'met']);
    expect(resume.profile!.roles.map((r) => r.company)).toEqual(['Ashworth Dev Ltd', 'Peak Rail Tours']);
    expect(a.requirements.some((r) => /\bCV\b/.test(r.text) && r.importance === 'required')).toBe(false);
  });

  it('a sabbatical is no role; "Data Engineer \u2014 Return to Work Programme, Maplecart (retail)" is a role at Maplecart, in retail', () => {
    const { a, resume, byText } = verdicts('sabbatical');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'hybrid', salary: { min: 105000, max: 125000, currency: 'CAD', period: 'year' } });
    expect(resume.profile!.roles.map((r) => [r.title, r.company])).toEqual([['Data Engineer', 'Maplecart'], ['Data Engineer', 'Lakehead Analytics']]);
    expect(resume.profile!.totalYears).toBeCloseTo(7.5, 1);
    for (const s of ['4+ years of data engineering', 'Apache Spark', 'AWS Glue or EMR', 'Strong SQL']) expect(byText(s).verdict.verdict).toBe('met');
    expect([byText('Experience in grocery or retail').item.importance, byText('Experience in grocery or retail').verdict.verdict]).toEqual(['preferred', 'met']);
  });

  it('career break and returnship: the break is no role and its years do not count; card authorization work shows payments', () => {
    const { a, resume, byText } = verdicts('returner');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'hybrid' });
    expect(resume.profile!.totalYears).toBeCloseTo(9.4, 1);
    expect(resume.profile!.roles.some((r) => /career break/i.test(`${r.title} ${r.company}`))).toBe(false);
    // "Returnship — Software Engineer, Ridgeway Insurance": the kind of hire is no employer.
    expect(resume.profile!.roles.map((r) => r.company)).toEqual(['Ridgeway Insurance', 'Ridgeway Insurance', 'Lakeshore Card Services']);
    expect(byText('5+ years of professional software development').verdict.verdict).toBe('met');
    const pay = byText('Experience in payments or card processing');
    expect([pay.item.importance, pay.verdict.verdict]).toEqual(['preferred', 'met']);
    expect(a.requirements.some((r) => r.text.startsWith('We welcome'))).toBe(false);
  });

  it('a resume in first-person prose: "From January 2018 to February 2021 I was an Operations Engineer at …" dates a role; years in "SRE, infrastructure or operations roles" count the operations role', () => {
    const { a, resume, byText } = verdicts('prose');
    expect(a.facts).toMatchObject({ yearsMin: 6, workMode: 'remote', salary: { min: 155000, max: 185000, currency: 'USD', period: 'year' } });
    expect(resume.profile!.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior SRE', 'Brightwire Audio', '2021-03', null],
      ['Operations Engineer', 'Cedar Park Hosting', '2018-01', '2021-02'],
      ['Systems Administrator', 'University of Texas', '2016-08', '2017-12'],
    ]);
    const years = byText('6+ years in SRE, infrastructure or operations roles');
    expect([years.item.years?.min, years.verdict.verdict]).toEqual([6, 'met']);
    for (const s of ['Kubernetes in production', 'GCP or AWS', 'Prometheus and Grafana', 'Willingness to join an on-call rotation']) expect(byText(s).verdict.verdict).toBe('met');
    expect(byText('Experience with audio or video streaming').verdict.verdict).toBe('met');
  });

  it('prose again ("Since June 2022 I have worked as …", "Earlier, from … to …, I worked as …"); "eligible for a Top Secret clearance" is met by "a US citizen" said in a sentence', () => {
    const { a, resume, byText } = verdicts('letter');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'onsite', sponsorship: false, salary: { min: 140000, max: 175000, currency: 'USD', period: 'year' } });
    expect(resume.profile!.roles.map((r) => [r.title, r.company, r.start, r.end])).toEqual([
      ['Senior Backend Engineer', 'Pinecrest Logistics', '2022-06', null],
      ['Software Engineer', 'Halvard Bank', '2017-09', '2022-05'],
      ['Junior Developer', 'Summit Web Studio', '2015-06', '2017-08'],
    ]);
    expect(resume.profile!.totalYears).toBeCloseTo(11.6, 1);
    // "building Java services for payment reconciliation" at a bank is backend work, whatever the title ("Software Engineer").
    const years = byText('5+ years of backend development in Go or Java');
    expect([years.verdict.verdict, resume.profile!.skillYears['backend-development']]).toEqual(['met', 9.3]);
    expect([byText('You must be a US citizen').verdict.verdict, byText('Must be eligible for a Top Secret').verdict.verdict]).toEqual(['met', 'met']);
    expect([byText('Experience with PostgreSQL').verdict.verdict, byText('Experience with Kubernetes').verdict.verdict, byText('An active TS/SCI').verdict.verdict]).toEqual(['met', 'met', 'unmet']);
  });

  it('prose resumes in other words: two spans in one line, "between … and …", "since …", "I spent 2014–2018 as a …"', () => {
    const roles = (t: string) => analyzeResume(engine, 'cv', `Jo Example\n\nAbout me\n${t}\n`, TODAY).profile!.roles.map((r) => [r.title, r.company, r.start, r.end]);
    expect(roles('From 2015 to 2019 I worked as a Data Analyst at Brightside Media. Since 2019 I have been a Data Engineer at Quay Labs.')).toEqual([
      ['Data Engineer', 'Quay Labs', '2019-01', null],
      ['Data Analyst', 'Brightside Media', '2015-01', '2019-01'],
    ]);
    expect(roles('Between March 2016 and June 2020 I was the Lead Developer for Oakline Games, and since July 2020 I have worked as a Staff Engineer with Norrland Cloud.')).toEqual([
      ['Staff Engineer', 'Norrland Cloud', '2020-07', null],
      ['Lead Developer', 'Oakline Games', '2016-03', '2020-06'],
    ]);
    expect(roles('I spent 2014\u20132018 as a Support Engineer at Tidewater Telecom.')).toEqual([['Support Engineer', 'Tidewater Telecom', '2014-01', '2018-01']]);
  });

  it('internship: enrolment in a degree is met by one expected in the window asked; an availability ask is not judged from a resume', () => {
    const { a, m, byText } = verdicts('intern');
    expect(a.facts).toMatchObject({ workMode: 'onsite', salary: { min: 52, max: 52, currency: 'USD', period: 'hour' } });
    expect(byText('Currently enrolled in a Bachelor').verdict).toMatchObject({ verdict: 'met', evidence: 'The resume expects graduation in June 2028; graduation December 2027 \u2013 June 2028 asked.' });
    // Graduating a year before the window asked: not the student this internship is for.
    const early = verdicts('intern', read('s30-intern-resume').replace('expected June 2028', 'expected May 2027'));
    expect(early.byText('Currently enrolled in a Bachelor').verdict.verdict).toBe('unmet');
    expect([byText('Coursework in data structures').verdict.verdict, byText('Comfortable in at least one of Java').verdict.verdict]).toEqual(['met', 'met']);
    expect(byText('Available for 12 weeks').verdict.verdict).toBe('unknown');
    expect([byText('A previous internship or open-source').verdict.verdict, byText('Experience with AWS').verdict.verdict]).toEqual(['met', 'met']);
    expect(m.score).toBe(100);
  });

  it('clearance to be obtained: a US citizen can be granted the Secret asked; an active Secret wished for, and none named, is not held', () => {
    const { a, byText } = verdicts('obtain');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'onsite', clearance: 'Secret', sponsorship: false });
    expect(byText('U.S. citizenship is required').verdict.verdict).toBe('met');
    const obtain = byText('Must be able to obtain and maintain a Secret');
    expect([obtain.item.kind, obtain.verdict.verdict]).toEqual(['clearance', 'met']);
    const active = byText('An active Secret clearance');
    expect([active.item.importance, active.verdict.verdict]).toEqual(['preferred', 'unmet']);
    // An active Secret held meets the Secret asked; a Secret held against a TS/SCI asked is only partly met.
    const cleared = verdicts('obtain', read('s30-obtain-resume').replace(' \u00b7 U.S. citizen', ' \u00b7 U.S. citizen \u00b7 Active Secret clearance'));
    expect([cleared.byText('Must be able to obtain').verdict.verdict, cleared.byText('An active Secret clearance').verdict.verdict]).toEqual(['met', 'met']);
    const higher = verdicts('letter', read('s30-letter-resume').replace('and a US citizen.', 'and a US citizen with an active Secret clearance.'));
    expect(higher.byText('An active TS/SCI').verdict).toMatchObject({ verdict: 'partial', evidence: 'The resume names Secret; TS/SCI asked.' });
    expect(higher.byText('Must be eligible for a Top Secret').verdict.verdict).toBe('met');
    // Without a citizenship the resume shows, eligibility cannot be told.
    const silent = verdicts('obtain', read('s30-obtain-resume').replace(' \u00b7 U.S. citizen', ''));
    expect(silent.byText('Must be able to obtain and maintain a Secret').verdict.verdict).toBe('unknown');
    for (const s of ['3+ years of experience administering Linux', 'Scripting in Python or Bash', 'Experience with Ansible or Puppet']) expect(byText(s).verdict.verdict).toBe('met');
  });
});
