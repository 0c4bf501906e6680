import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { classifyHeading } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, TODAY } from './readers';

// Written for this test (session 41, #12): readings mended after the s41b batch's first read (careful-reader-22,
// match-careful-24), each with lines written fresh and a counter-example.
const read = (text: string) => analyzePosting(engine, postingFromText(text));
const rows = (text: string) => read(text).requirements.map((r) => `${r.importance} ${r.kind} ${r.text}`);
const cv = (body: string, head = 'Lisbon, Portugal') => analyzeResume(engine, 'cv', `Noor Haddad\n${head}\n\nExperience\nBackend Engineer, Marram Labs, Jan 2020 - present\n${body}\n`, TODAY);
const verdictOf = (text: string, start: string, body: string, head?: string) => {
  const a = read(text);
  const k = a.requirements.findIndex((r) => r.text.startsWith(start));
  expect(k).toBeGreaterThanOrEqual(0);
  return matchResume(engine, a, cv(body, head)).requirements![k]!.verdict;
};

describe('headings that wish', () => {
  it('"Assets", "Differentials" and an inline "Nice:" head wishes', () => {
    for (const h of ['Assets', 'Assets:', 'Differentials', 'Differentials:', 'Considered an asset']) expect(classifyHeading(h)).toBe('preferred');
    expect(rows('Data Engineer at Brinewood\n\nWhat we need\n- Python\n\nAssets\n- Spark\n')).toEqual(['required skills Python', 'preferred skills Spark']);
    expect(rows('Data Engineer | Brinewood | Remote\n\nMust: Python and SQL.\nNice: Dagster, some Rust.\n').filter((r) => r.includes('Dagster'))).toEqual(['preferred skills Dagster, some Rust.']);
    // (The company's assets in a sentence, or a heading about them, are no wish: "Our assets", "Digital assets team".)
    expect(classifyHeading('Our assets')).not.toBe('preferred');
    expect(classifyHeading('Digital assets team')).not.toBe('preferred');
  });

  it('"Working hours:" is a field of the listing, not one more wish under "Differentials"', () => {
    const r = rows('Data Engineer | Brinewood | Remote\n\nRequirements:\n* Python\n\nDifferentials:\n* Spark\n\nWorking hours: overlap of four hours with CET.\n');
    expect(r).toEqual(['required skills Python', 'preferred skills Spark']);
  });
});

describe('a part that waives what it lists', () => {
  const posting = (waiver: string) => `Inference Engineer at Brinewood\n\nYou have\n- Python\n- Kubernetes\n\n${waiver}\n- Zig. We will teach it to you.\n- A PhD.\n`;
  it('"You don\'t need", "What we don\'t expect", "Not required": no rows, no degree, no gap', () => {
    for (const h of ["You don't need", 'What we don\u2019t expect from you:', 'Not required:']) {
      const a = read(posting(h));
      expect(a.requirements.map((r) => r.text)).toEqual(['Python', 'Kubernetes']);
      expect(a.facts.degree).toBeNull();
      expect(a.skills.map((s) => s.id)).not.toContain('zig');
    }
  });
  it('a heading that asks stays asking: "What you need", "Required"', () => {
    const a = read(posting('What you need'));
    expect(a.requirements.some((r) => r.text.startsWith('Zig'))).toBe(true);
    expect(a.facts.degree?.level).toBe('phd');
  });
});

describe('the title line', () => {
  it('a first line of fields one of which is the title asks nothing; a field that asks keeps it', () => {
    expect(rows('Data Engineer (Scala/Spark) | Brinewood | Remote (EU) | \u20ac70k\n\nRequirements:\n- Airflow\n')).toEqual(['required skills Airflow']);
    expect(rows('Brinewood | Data Engineer | Remote (EU; must overlap with US Eastern hours)\n\nRequirements:\n- Airflow\n').length).toBe(2);
  });

  it('"Employer \u2014 Job" and "Job at Employer" name the employer; "Job \u2013 Place" does not', () => {
    expect(postingFromText('Spark Harbor \u2014 Data Platform Engineer\n\nRequirements\n- Python\n').company).toBe('Spark Harbor');
    expect(postingFromText('Platform Engineer at Tallowmere\n\nRequirements\n- Python\n').company).toBe('Tallowmere');
    expect(postingFromText('Data Engineer \u2013 Stockholm\n\nRequirements\n- Python\n').company).toBe('');
    expect(postingFromText('Senior Go Developer \u2013 Remote\n\nRequirements\n- Python\n').company).toBe('');
  });

  it('an employer named like a tool is not asked', () => {
    const a = read('Redis Harbor Health \u2014 Database Engineer\nAustin, TX\n\nAt Redis Harbor Health we help clinics bill faster.\n\nRequirements\n- PostgreSQL\n');
    expect(a.skills.map((s) => s.id)).not.toContain('redis');
  });
});

describe('a language asked beside skills', () => {
  const posting = 'Backend Engineer | Brinewood | Berlin\n\nRequirements:\n- Kotlin\n\nNice: Terraform, Stripe, German.\n';
  it('is met only when the skills are shown too; partial when some are', () => {
    expect(verdictOf(posting, 'Terraform', '- Kotlin services; Terraform; Stripe billing', 'Berlin \u00b7 Languages: English, German (B2)')).toBe('met');
    expect(verdictOf(posting, 'Terraform', '- Kotlin services; Stripe billing', 'Berlin \u00b7 Languages: English, German (B2)')).toBe('partial');
    // (The language alone, asked with no skill beside it, is judged as before.)
    expect(verdictOf('Backend Engineer | Brinewood | Berlin\n\nRequirements:\n- Kotlin\n- German\n', 'German', '- Kotlin services', 'Berlin \u00b7 Languages: English, German (B2)')).toBe('met');
  });
});

describe('facts', () => {
  const yearsMin = (lines: string) => postingFacts(postingFromText(`Brinewood | DBA | Tulsa, OK\n\nRequirements\n${lines}`)).yearsMin;
  it('years offered instead of a degree are no minimum where another line asks years', () => {
    expect(yearsMin("- Bachelor's degree in IT, or an additional three years of related experience in lieu of a degree\n- 6+ years with Oracle\n")).toBe(6);
    expect(yearsMin("- Bachelor's degree, or 4 years of experience instead\n- Seven (7) years of SQL Server\n")).toBe(7);
    // (Alone, they are the only years named, and stay the minimum.)
    expect(yearsMin("- Bachelor's degree in IT, or an additional three years of related experience in lieu of a degree\n- Oracle RAC\n")).toBe(3);
    expect(yearsMin("- Bachelor's degree and 5+ years of IT work, or 9+ years of IT work in lieu of a degree\n- 6+ years of Linux\n")).toBe(5);
    // (Years asked with the degree, not instead of it, stay asked.)
    expect(yearsMin("- Bachelor's degree in IT and 3 years of Oracle\n- 6+ years with Linux\n")).toBe(3);
  });

  it('a waived PhD sets no degree', () => {
    expect(postingFacts(postingFromText('ML Engineer at Brinewood\n\nYou have\n- Python\n\nYou don\u2019t need\n- A PhD\n')).degree).toBeNull();
  });
});

describe('resume roles', () => {
  const total = (body: string) => analyzeResume(engine, 'cv', `Odile Varga\nKnoxville, TN\n\nExperience\n${body}`, TODAY).profile?.totalYears ?? null;
  it('"Volunteer" opening an employer\'s name is no unpaid work; a DBA is a title', () => {
    const t = total('Database Administrator, Smoky Ridge Billing \u2014 Knoxville, TN \u2014 Jan 2024 to present\n\u2022 Postgres upgrades\nMySQL DBA, Volunteer Freight Lines \u2014 Knoxville, TN \u2014 Jan 2018 to Dec 2023\n\u2022 Replication and backups\n');
    expect(t).toBeGreaterThan(8.5);
    // (Volunteer work stays unpaid: "Volunteer Developer", "(volunteer)".)
    const unpaid = total('Database Administrator, Smoky Ridge Billing \u2014 Knoxville, TN \u2014 Jan 2024 to present\n\u2022 Postgres upgrades\nVolunteer Developer, Code for Knoxville \u2014 Jan 2018 to Dec 2023\n\u2022 Civic apps\n');
    expect(unpaid).toBeLessThan(3.5);
  });
});

describe('what a resume shows by its tools and titles', () => {
  const ids = (line: string) => new Set(cv(`- ${line}`).skills.map((s) => s.id));
  it('the names of a field\'s tools and products show the field', () => {
    expect(ids('Installed the NVIDIA device plugin across the training nodes').has('gpu-infrastructure')).toBe(true);
    expect(ids('Async replication to two replicas, failover with Orchestrator').has('database-replication')).toBe(true);
    expect(ids('Internal tests: BloodHound paths, Kerberoasting').has('active-directory')).toBe(true);
    expect(ids('Moved the ledger to Azure SQL Managed Instance').has('azure-sql')).toBe(true);
    expect(ids('Certifications: AWS Certified Security - Specialty').has('cloud-security')).toBe(true);
    // (The words alone are no such tool: "async" work, a "device", a "managed instance" of anything.)
    expect(ids('Async workers for email; managed the device fleet').has('database-replication')).toBe(false);
    expect(ids('Async workers for email; managed the device fleet').has('gpu-infrastructure')).toBe(false);
  });

  it('an ML platform engineer\'s years are MLOps years; an ML engineer\'s are not', () => {
    const years = (title: string) => analyzeResume(engine, 'cv', `Noor Haddad\nLisbon\n\nExperience\n${title}, Marram Labs, Jan 2022 - present\n- Kubernetes for researchers\n`, TODAY).profile?.skillYears.mlops ?? 0;
    expect(years('ML Platform Engineer')).toBeGreaterThan(4);
    expect(years('MLOps Engineer')).toBeGreaterThan(4);
    expect(years('Machine Learning Engineer')).toBe(0);
  });
});

describe('duties mixed into a list of asks', () => {
  it('a bare verb of the work naming no skill is a duty; a skill named, or a line about the candidate, stays an ask', () => {
    const r = rows('Analytics Engineer | Brinewood | Denver, CO\n\nQualifications\n- Partner with store managers to agree on weekly targets\n- Maintain dashboards in Looker\n- Own the quarterly planning calendar\n- Work well on your own across time zones\n- 3+ years of SQL\n');
    expect(r.some((x) => x.includes('Partner with store managers'))).toBe(false);
    expect(r.some((x) => x.includes('Own the quarterly planning'))).toBe(false);
    expect(r.some((x) => x.includes('Maintain dashboards in Looker'))).toBe(true);
    expect(r.some((x) => x.includes('Work well on your own'))).toBe(true);
  });
});
