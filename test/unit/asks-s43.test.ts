import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { classifyHeading } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 43, #12), from posting/resume pairs written fresh and read as a careful reader would:
// financial services take in the insurers, a resident is no citizen, German headings and years, a line of certificates
// after the last role, and what a resume's skills show of the practices around them.
const read = (text: string) => analyzePosting(engine, postingFromText(text));
const rows = (posting: string, resume: string) => {
  const a = read(posting);
  const r = analyzeResume(engine, 'cv.txt', resume, TODAY);
  const m = matchResume(engine, a, r);
  return a.requirements.map((item, i) => ({ text: item.text, groups: item.groups, years: item.years, verdict: m.requirements![i]!.verdict, evidence: m.requirements![i]!.evidence }));
};
const row = (posting: string, resume: string, start: string) => {
  const found = rows(posting, resume).find((r) => r.text.startsWith(start));
  if (!found) throw new Error(`no row starts "${start}"`);
  return found;
};
const cv = (head: string, work: string) => `Sam Okafor\n${head}\n\nExperience\n${work}\n\nEducation\nBSc Computing, 2014\n`;

describe('financial services, asked as a sector', () => {
  const posting = (line: string) => `Platform Engineer\nKestrel Bank\n\nRequirements\n- Kubernetes in production\n\nNice to have\n- ${line}\n`;
  it('takes in the insurers as well as the banks', () => {
    expect(row(posting('A background in financial services'), cv('Leeds', 'SRE, Harbourside Insurance Group — Jan 2018 – Present\n- Ran Kubernetes for the claims platform'), 'A background').verdict).toBe('met');
    expect(row(posting('Prior work in the financial sector'), cv('Leeds', 'SRE, Tidewater Reinsurance — Jan 2018 – Present\n- Kubernetes for pricing services'), 'Prior work').verdict).toBe('met');
  });
  it('while fintech, banking or a financial institution asked by name is not met by an insurer', () => {
    expect(row(posting('Prior work at a bank or another financial institution'), cv('Leeds', 'SRE, Tidewater Reinsurance — Jan 2018 – Present\n- Kubernetes for pricing services'), 'Prior work').verdict).toBe('unmet');
    expect(row(posting('Experience at a fintech'), cv('Leeds', 'SRE, Harbourside Insurance Group — Jan 2018 – Present\n- Ran Kubernetes'), 'Experience at').verdict).toBe('unmet');
    expect(row(posting('Banking domain experience'), cv('Leeds', 'SRE, Harbourside Insurance Group — Jan 2018 – Present\n- Ran Kubernetes'), 'Banking').verdict).toBe('unmet');
  });
});

describe('citizenship asked, against a resident', () => {
  const posting = (line: string) => `Security Engineer\nAcme Federal · Arlington, VA\n\nRequirements\n- ${line}\n- 3+ years in security\n`;
  const work = 'Security Engineer, Hollis Labs — Mar 2019 – Present\n- Splunk and GuardDuty triage';
  it('a permanent resident is no citizen: unmet, with the line that says so', () => {
    const r = row(posting('Must be a U.S. citizen'), cv('Arlington, VA\nWork authorization: Green card holder', work), 'Must be');
    expect(r.verdict).toBe('unmet');
    expect(r.evidence).toContain('Green card holder');
    expect(row(posting('British citizenship is required for this role'), cv('Bristol\nRight to work: UK (indefinite leave to remain)', work), 'British').verdict).toBe('unmet');
  });
  it('a citizen meets it, a resident meets an ask that takes residents, and a resume that says nothing stays unknown', () => {
    expect(row(posting('Must be a U.S. citizen'), cv('Arlington, VA\nU.S. citizen', work), 'Must be').verdict).toBe('met');
    expect(row(posting('US citizen or green card holder'), cv('Arlington, VA\nWork authorization: Green card holder', work), 'US citizen').verdict).toBe('met');
    expect(row(posting('Must be a U.S. citizen'), cv('Arlington, VA', work), 'Must be').verdict).toBe('unknown');
  });
});

describe('German headings of what is asked', () => {
  it('"Ihr Profil", "Dein Profil", "Unser Wunschprofil", "Das zeichnet dich aus", "Wer du bist"', () => {
    for (const h of ['Ihr Profil', 'Dein Profil:', 'Unser Wunschprofil', 'Profil', 'Das zeichnet dich aus', 'Was Sie auszeichnet', '\u00dcber dich', 'Wer du bist'])
      expect(classifyHeading(h), h).toBe('requirements');
  });
  it('but the company\u2019s profile is none', () => {
    expect(classifyHeading('Profil des Unternehmens')).not.toBe('requirements');
    expect(classifyHeading('Unternehmensprofil')).not.toBe('requirements');
  });
  it('lines under "Ihr Profil" are asks', () => {
    const a = read('Backend-Entwickler (m/w/d)\nNordwind GmbH \u00b7 Bremen\n\nIhre Aufgaben\n- Entwicklung von Services in Go\n\nIhr Profil\n- Fundierte Kenntnisse in PostgreSQL\n- Erfahrung mit Kafka oder RabbitMQ\n');
    expect(a.requirements.map((r) => r.groups)).toEqual(expect.arrayContaining([[['postgresql']], [['kafka', 'rabbitmq']]]));
  });
});

describe('years in a bracket after the experience', () => {
  const years = (line: string) => read(`Engineer\n\nAnforderungen\n- ${line}\n- Gute Englischkenntnisse\n`).requirements[0]!.years;
  it('German "mind. 4 Jahre" and English "expertise (4+ years)"', () => {
    expect(years('Mehrj\u00e4hrige Erfahrung (mind. 4 Jahre) in der Entwicklung mit Java')).toMatchObject({ min: 4 });
    expect(years('Mind. 2 Jahre Berufserfahrung als Systemadministrator')).toMatchObject({ min: 2 });
    expect(years('Deep expertise (4+ years) in Rust')).toMatchObject({ min: 4 });
  });
  it('not a bracket of something else', () => {
    expect(years('Expertise in Rust (we are 4 years old)')).toBeNull();
  });
});

describe('a line of certificates under the last role', () => {
  const resume = 'Ana Ruiz\nAustin, TX\n\nExperience\nSRE — Lakeline Health — Mar 2022 to Present\n* Kubernetes on EKS\n\nWeb Administrator — Pecan Hosting — Jan 2012 to Dec 2015\n* Apache and MySQL on CentOS\n\nCertifications: CKA (2023), CKAD (2024)\n';
  it('is no work of that role: Kubernetes is counted from the role that names it', () => {
    const p = analyzeResume(engine, 'cv.txt', resume, TODAY).profile!;
    expect(p.roles.at(-1)!.textEnd).toBeLessThan(resume.indexOf('Certifications'));
    expect(p.skillYears['kubernetes']).toBeLessThan(5);
  });
  it('while a line of tools used in a role stays that role\u2019s', () => {
    const p = analyzeResume(engine, 'cv.txt', 'Ana Ruiz\n\nExperience\nDevOps Engineer — Pecan Hosting — Jan 2012 to Dec 2015\n* Ran the web servers\nTechnologies: Terraform, Ansible\n', TODAY).profile!;
    expect(p.skillYears['terraform']).toBeGreaterThan(3);
  });
});

describe('what a resume\u2019s skills show of the practices around them', () => {
  it('idempotent payment APIs are distributed-systems work', () => {
    const r = row('Backend Engineer\n\nRequirements\n- Experience with distributed systems\n', cv('Denver', 'Engineer, Larkpay — Jan 2019 – Present\n- Built idempotent payout APIs with retries and dedupe keys'), 'Experience with');
    expect(r.verdict).toBe('met');
  });
  it('shell scripting shows comfort on the command line', () => {
    expect(row('Engineer\n\nRequirements\n- At home in a Unix shell and the terminal\n', cv('Denver', 'Engineer, Larkpay — Jan 2019 – Present\n- Bash scripts for backups'), 'At home').verdict).toBe('met');
  });
});

describe('a role\u2019s line that says when what it names began', () => {
  const profile = (line: string) => analyzeResume(engine, 'cv.txt', `Lee Park\n\nExperience\nStaff Engineer — Tollway Labs — Jan 2018 – Present\n- ${line}\n- Kubernetes and Terraform for 40 services\n`, TODAY).profile!;
  it('counts its years from there: "people manager … since March 2024", "manager of the platform group … from 2025-06"', () => {
    expect(profile('People manager for 5 direct reports since March 2024').skillYears['people-management']).toBeLessThan(3);
    expect(profile('Manager of the platform group (4 direct reports) from 2025-06').skillYears['people-management']).toBeLessThan(2);
    expect(profile('People manager for 5 direct reports since March 2024').skillYears['kubernetes']).toBeGreaterThan(8);
  });
  it('and the years asked are judged so', () => {
    const r = row('Engineering Manager\n\nRequirements\n- 3+ years managing engineers\n', `Lee Park\n\nExperience\nStaff Engineer — Tollway Labs — Jan 2018 – Present\n- People manager for 5 direct reports since March 2024\n`, '3+ years');
    expect(r.verdict).not.toBe('met');
  });
  it('not a line with no such date, a date before the role, nor a range of its own', () => {
    expect(profile('People manager for 5 direct reports').skillYears['people-management']).toBeGreaterThan(8);
    expect(profile('People manager for 5 direct reports, in the company since 2015').skillYears['people-management']).toBeGreaterThan(8);
    expect(profile('People manager for 5 direct reports from 2019 to 2026').skillYears['people-management']).toBeGreaterThan(8);
  });
});

describe('vendor certificates are their vendor\u2019s', () => {
  it('a Juniper certificate names Juniper, not Cisco\u2019s CCIE', () => {
    const groups = (line: string) => read(`Network Engineer\n\nRequirements\n- ${line}\n`).requirements[0]!.groups;
    expect(groups('JNCIE-SP certification')).toEqual([['juniper']]);
    expect(groups('JNCIP-SP or equivalent').flat()).not.toContain('ccie');
    // (Named as certificates, either will do: a choice of two in words, met by the resume that names one.)
    expect(groups('CCIE or JNCIE')).toEqual([['term:CCIE', 'term:JNCIE']]);
  });
});

describe('a role\u2019s heading with a team after the title and the employer after a dash', () => {
  const role = (line: string) => analyzeResume(engine, 'cv.txt', `Ravi Shah\n\nExperience\n${line}\n- Built things in Go\n`, TODAY).profile!.roles[0]!;
  it('the name with a town in brackets is the employer: "Staff Engineer, Ledger Platform \u2014 Brightwater Bank (Leeds)"', () => {
    expect(role('Staff Engineer, Ledger Platform \u2014 Brightwater Bank (Leeds)   2019 \u2013 present')).toMatchObject({ title: 'Staff Engineer', company: 'Brightwater Bank' });
    expect(role('Senior Developer, Search Relevance \u2014 Kettle & Co (Porto)   Mar 2020 \u2013 present').company).toBe('Kettle & Co');
  });
  it('while a company after the comma and a place after the dash stay as they were', () => {
    expect(role('Software Engineer, Brightwater Bank \u2014 Leeds, UK   2019 \u2013 present').company).toBe('Brightwater Bank');
    expect(role('Software Engineer, Brightwater Bank (Leeds)   2019 \u2013 present').company).toBe('Brightwater Bank');
  });
});

describe('the employer named on the line under the title of a posting given as text', () => {
  const company = (text: string) => postingFromText(text).company;
  it('"Name \u2014 Town, ST (on-site)", "Name \u00b7 Town, ST (Hybrid) \u00b7 Full-time"', () => {
    expect(company('Junior Backend Developer\nBirchwood Grocers \u2014 Salem, OR (on-site)\n\nWhat we need\n- SQL\n')).toBe('Birchwood Grocers');
    expect(company('Platform Engineer\nTallowline \u00b7 Denver, CO (Hybrid) \u00b7 Full-time\n\nRequirements\n- Go\n')).toBe('Tallowline');
  });
  it('and its name is no skill the posting asks', () => {
    expect(read('Backend Developer\nSnowflake Bakery \u2014 Bend, OR (on-site)\n\nWhat we need\n- Python and PostgreSQL\n').skills.map((s) => s.id)).not.toContain('snowflake');
  });
  it('not a place, a job or a sentence', () => {
    expect(company('Backend Engineer\nThessaloniki, Central Macedonia, Greece \u00b7 Full time \u00b7 Hybrid\n\nRequirements\n- Go\n')).toBe('');
    expect(company('Backend Engineer\nSenior Engineer \u2014 Remote (EU)\n\nRequirements\n- Go\n')).toBe('');
    expect(company('Backend Engineer\nWe build tools for bakers \u2014 remote friendly\n\nRequirements\n- Go\n')).toBe('');
  });
});

describe('a clearance a contractor\u2019s header labels', () => {
  const clearance = (head: string) => analyzeResume(engine, 'cv.txt', `Dee Evans\n${head}\n\nExperience\nPlatform Engineer, Acme \u2014 Jan 2020 to Present\n- Kubernetes\n`, TODAY).profile!.clearance;
  it('"Clearance: SC (active)", "Clearance \u2013 DV"', () => {
    expect(clearance('Leeds \u00b7 Clearance: SC (active, renewed 2025)')).toBe('SC');
    expect(clearance('Cheltenham \u00b7 Clearance \u2013 DV')).toBe('DV');
  });
  it('not one pending, nor a word that starts so', () => {
    expect(clearance('Leeds \u00b7 Clearance: SC (pending)')).toBeNull();
    expect(clearance('Leeds \u00b7 Security clearance scope reviews for clients')).toBeNull();
  });
});

describe('military service asked', () => {
  const posting = 'Backend Engineer\n\nRequirements\n- Go\n- Military service completed or exempt (for male candidates)\n';
  const resume = (line: string) => `Eren Yilmaz\nIzmir\n\nExperience\nEngineer, Acme \u2014 Jan 2020 to Present\n- Go services\n\n${line}\n`;
  it('is met by the line a resume states it on', () => {
    expect(row(posting, resume('Military service: completed (2018)'), 'Military').verdict).toBe('met');
    expect(row(posting, resume('Exempted from military service'), 'Military').verdict).toBe('met');
  });
  it('and stays unknown where the resume says nothing of it, or only of work for the military', () => {
    expect(row(posting, resume(''), 'Military').verdict).toBe('unknown');
    expect(row(posting, resume('Built logistics software for military service members'), 'Military').verdict).toBe('unknown');
  });
});

describe('after the merges (session 43)', () => {
  it('"Scripting in X or Y" is met by a scripting language the resume shows (scripting is a skill of its own since vocab-s43)', () => {
    const resume = cv('Denver', 'Engineer, Larkpay \u2014 Jan 2019 \u2013 Present\n- Bash and Python automation for backups');
    expect(row('Engineer\n\nRequirements\n- Scripting in PowerShell or Bash\n', resume, 'Scripting').verdict).toBe('met');
    expect(row('Engineer\n\nRequirements\n- Scripting in Python or Go\n', resume, 'Scripting').verdict).toBe('met');
    expect(row('Engineer\n\nRequirements\n- Scripting in PowerShell\n', cv('Denver', 'Engineer, Larkpay \u2014 Jan 2019 \u2013 Present\n- Java services'), 'Scripting').verdict).toBe('unmet');
  });
  it('a label and its value on the meta line name no employer: "Job ID: 2025-118 | Location: US-MN-Duluth"', () => {
    expect(postingFromText('Network Engineer\nJob ID: 2025-118 | Category: IT | Location: US-MN-Duluth\n\nQualifications\n- BGP\n').company).toBe('');
  });
});
