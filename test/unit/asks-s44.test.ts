import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { inEnglish } from '@/lib/requirements/foreign';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { engine, TODAY } from './readers';

// Written for this test (session 44, #12 and #13), from posting/resume pairs written fresh and read as a careful reader
// would: a guarded tool name before what it runs, a board's "Exp:" field, French wishes and language levels, the employer
// on a French meta line, the work mode said inside the asks, a degree's field, a networking certificate, and "Palo Alto"
// among firewall vendors.
const read = (text: string) => analyzePosting(engine, postingFromText(text));
const rows = (posting: string, resume: string) => {
  const a = read(posting);
  const r = analyzeResume(engine, 'cv.txt', resume, TODAY);
  const m = matchResume(engine, a, r);
  return a.requirements.map((item, i) => ({ text: item.text, kind: item.kind, importance: item.importance, verdict: m.requirements![i]!.verdict, evidence: m.requirements![i]!.evidence }));
};
const row = (posting: string, resume: string, start: string) => {
  const found = rows(posting, resume).find((r) => r.text.startsWith(start));
  if (!found) throw new Error(`no row starts "${start}"`);
  return found;
};
const { matcher } = bundled();
const ids = (text: string) => findSkills(matcher, text).map((h) => h.skillId);
const cv = (work: string, education = 'BSc Computing, University of Leeds, 2014') => `Sam Okafor\nLeeds\n\nExperience\n${work}\n\nEducation\n${education}\n`;

describe('a guarded tool name followed by what the tool runs', () => {
  it('is the tool even in a list of ordinary words', () => {
    expect(ids('Owned the nightly loads: retries, alerts and backfills, Airflow DAGs for each source')).toContain('airflow');
    expect(ids('Quotas, budgets and Ray clusters for the research teams')).toContain('ray');
    expect(ids('Wrote runbooks, checklists and Salt SLS files')).toContain('salt');
  });
  it('but a longer ordinary name or a plain list stays another sense', () => {
    expect(ids('Experience with Salt, sugar or spice blends.')).not.toContain('salt');
    expect(ids('Knowledge of Storm surge, tides and flood risk.')).not.toContain('apache-storm');
    expect(ids('We weather every Storm, outage and launch together.')).not.toContain('apache-storm');
  });
});

describe('a job board header with "Exp:"', () => {
  const posting = (head: string) => `Site Reliability Engineer | Pune | ${head}\nMarigold Systems Pvt Ltd\n\nKey Skills: Linux, Kubernetes, Prometheus\n`;
  it('gives the years asked overall', () => {
    expect(read(posting('Exp: 5-9 Yrs')).facts.yearsMin).toBe(5);
    expect(read(posting('Exp. - 3+ years')).facts.yearsMin).toBe(3);
  });
  it('while a header with no years gives none', () => {
    expect(read(posting('Full Time')).facts.yearsMin).toBeNull();
  });
});

describe('French wishes and language levels', () => {
  const posting = (line: string) => `Ingénieur SRE (H/F)\nBrioche Conseil · Nantes (44) · Hybride\n\nProfil recherché\n- Au moins 3 ans d'expérience en production\n- ${line}\n`;
  it('"est un plus", "serait un vrai plus", "appréciée", "souhaitée" are wishes', () => {
    for (const [line, start] of <Array<[string, string]>>[
      ['Une expérience de Terraform est un plus', 'Une expérience'],
      ['La connaissance de Go serait un vrai plus', 'La connaissance'],
      ['Une pratique de Python appréciée', 'Une pratique'],
      ['Une certification AWS souhaitée', 'Une certification'],
    ])
      expect(rows(posting(line), cv('SRE, Acme — 2019 – Present\n- Terraform, Go, Python')).find((r) => r.text.startsWith(start))?.importance, line).toBe('preferred');
  });
  it('while "plus de 5 ans" and a plain ask stay required', () => {
    expect(inEnglish('Plus de 5 ans d\u2019expérience en production')).not.toContain('a plus');
    expect(row(posting('Maîtrise de Kubernetes'), cv('SRE, Acme — 2019 – Present\n- Kubernetes'), 'Maîtrise').importance).toBe('required');
  });
  it('"anglais lu et écrit", "anglais écrit et parlé" ask a language', () => {
    const resume = cv('SRE, Acme — 2019 – Present\n- Kubernetes') + '\nLanguages: French (native), English (C1)\n';
    expect(row(posting('Anglais technique lu et écrit'), resume, 'Anglais').kind).toBe('language');
    expect(row(posting('Anglais écrit et parlé'), resume, 'Anglais').verdict).toBe('met');
  });
  it('the employer on a meta line with a district code and a work mode in French is the company, not a skill', () => {
    const p = postingFromText('Ingénieur DevOps (H/F)\nLumen Conseil · Lyon (69) · Hybride\n\nProfil recherché\n- Kubernetes\n');
    expect(p.company).toBe('Lumen Conseil');
    expect(read('Ingénieur DevOps (H/F)\nLumen Conseil · Lyon (69) · Hybride\n\nProfil recherché\n- Kubernetes\n').skills.map((s) => s.id)).not.toContain('laravel');
    expect(postingFromText('Ingénieur DevOps\nParis (75) · CDI\n\nProfil\n- Linux\n').company).toBe('');
  });
});

describe('the work mode said inside the asks', () => {
  const posting = (line: string) => `Platform Engineer\nAcme Ltd · Leeds · Hybrid\n\nWhat we look for\n- 3+ years with Terraform\n- ${line}\n`;
  const resume = cv('Platform Engineer, Foo — 2019 – Present\n- Terraform');
  it('is no row', () => {
    for (const line of ['Hybrid: 3 days a week in our Leeds office', 'Remote 2 days per week', 'Work mode: hybrid (Tuesdays and Thursdays in the office)'])
      expect(rows(posting(line), resume).map((r) => r.text), line).toEqual(['3+ years with Terraform']);
  });
  it('while a condition asked of the candidate is', () => {
    expect(rows(posting('Must be able to work on-site 3 days a week'), resume).map((r) => r.text)).toContain('Must be able to work on-site 3 days a week');
  });
});

describe("a degree's field", () => {
  const posting = (line: string) => `Backend Engineer\nAcme Ltd\n\nRequirements\n- ${line}\n- 2+ years with Python\n`;
  const work = 'Backend Developer, Foo Ltd — 2020 – Present\n- Python and Django APIs';
  it('a technical field asked, against a degree of the level in another field only, is partly met', () => {
    const r = row(posting("Bachelor's degree in Computer Science or Software Engineering"), cv(work, 'B.A. History, University of Leeds, 2019'), 'Bachelor');
    expect(r.verdict).toBe('partial');
    expect(r.evidence).toContain('History');
  });
  it('while a technical field held, or equivalent experience accepted, meets it', () => {
    expect(row(posting("Bachelor's degree in Computer Science"), cv(work, 'B.Sc. Physics, University of Leeds, 2019'), 'Bachelor').verdict).toBe('met');
    expect(row(posting("Bachelor's degree in Computer Science or equivalent experience"), cv(work, 'B.A. History, University of Leeds, 2019'), 'Bachelor').verdict).toBe('met');
  });
});

describe('a networking certificate', () => {
  it('shows the fundamentals it certifies', () => {
    const r = row('SOC Analyst\nAcme\n\nRequirements\n- Understanding of TCP/IP and DNS\n', cv('Help Desk, Foo — 2022 – Present\n- Tickets and laptops') + '\nCertifications: CompTIA Network+ (2024)\n', 'Understanding');
    expect(r.verdict).toBe('met');
    expect(ids('Holds the Network+ certification')).toContain('network-certification');
  });
});

describe('"Palo Alto" among firewall vendors', () => {
  it('is the vendor beside other network security names or its products', () => {
    expect(ids('Firewalls: Fortinet or Palo Alto')).toContain('palo-alto-networks');
    expect(ids('Upgrading Palo Alto NGFW pairs')).toContain('palo-alto-networks');
  });
  it('and the town elsewhere', () => {
    expect(ids('We have offices in Palo Alto, Austin and Leeds.')).not.toContain('palo-alto-networks');
    expect(ids('Relocation to Palo Alto is offered.')).not.toContain('palo-alto-networks');
  });
});

describe('a technical field named in the resume\u2019s own language', () => {
  it('meets a technical field asked', () => {
    const posting = "Backend Engineer\nAcme Ltd\n\nRequirements\n- Bachelor's degree in Computer Science\n- 2+ years with Python\n";
    const work = 'Backend Developer, Foo Ltd — 2020 – Present\n- Python and Django APIs';
    expect(row(posting, cv(work, 'Licenciatura em Engenharia de Software, Universidade de Coimbra, 2019'), 'Bachelor').verdict).toBe('met');
    expect(row(posting, cv(work, 'Ingeniería en Sistemas Computacionales, Universidad de Guadalajara, 2019'), 'Bachelor').verdict).toBe('met');
  });
});

describe('a Spanish posting\u2019s language and pay lines', () => {
  const posting = 'Ingeniero DevOps Sr.\nCacto Digital · Monterrey · Híbrido\n\nRequisitos\n- 4 años de experiencia con AWS\n- Inglés avanzado\n\nDeseable\n- Experiencia con Terraform\n\nSueldo: MXN 60,000 – 75,000 mensuales\n';
  const resume = cv('DevOps Engineer, Foo — 2019 – Present\n- AWS and Terraform') + '\nLanguages: Spanish (native), English (C1)\n';
  it('"Inglés avanzado" is met by English on the resume', () => {
    expect(row(posting, resume, 'Inglés').verdict).toBe('met');
  });
  it('"Sueldo:" labels the pay, no wish', () => {
    expect(rows(posting, resume).map((r) => r.text)).not.toContain('Sueldo: MXN 60,000 – 75,000 mensuales');
    expect(read(posting).facts.salary).toMatchObject({ min: 60000, max: 75000, currency: 'MXN', period: 'month' });
  });
});

describe('"cloud architecture" is cloud work, one skill', () => {
  it('so "years in cloud architecture or infrastructure" is met by years of cloud roles', () => {
    expect(ids('Seven years in cloud architecture')).toEqual(['cloud-computing']);
    const r = row('Cloud Architect\nAcme\n\nMust have\n- 5+ years in cloud architecture or infrastructure\n', cv('Cloud Consultant, Foo — 2018 – Present\n- Multi-account AWS landing zones'), '5+ years');
    expect(r.verdict).toBe('met');
  });
});

describe('"Welcome" alone over a list', () => {
  it('heads wishes, as postings from Japan and Korea write it', () => {
    const posting = 'SRE\nHoshizora K.K. · Tokyo\n\nRequirements\n- 3+ years with Linux\n\nWelcome\n- Go or Rust\n- On-call experience\n';
    expect(rows(posting, cv('SRE, Foo — 2019 – Present\n- Linux')).find((r) => r.text.startsWith('Go or Rust'))?.importance).toBe('preferred');
  });
  it('but a greeting is no heading of wishes', () => {
    expect(read('SRE\nHoshizora K.K.\n\nWelcome to Hoshizora!\nWe build maps.\n\nRequirements\n- Linux\n').requirements.map((r) => r.importance)).toEqual(['required']);
  });
});

describe('a pay word of another language alone on a line', () => {
  it('heads no part: a short posting\u2019s asks may follow it', () => {
    const p = postingFromText('Desarrollador Backend\nAcme · Madrid\n\nRequisitos\n- Java y Spring\nSalario\n35.000 – 45.000 € brutos al año\n3 años de experiencia con Java\n');
    expect(p.sections.find((s) => s.text.includes('3 años'))?.kind).toBe('requirements');
    expect(read('Desarrollador Backend\nAcme · Madrid\n\nRequisitos\n- Java y Spring\nSalario\n35.000 – 45.000 € brutos al año\n3 años de experiencia con Java\n').facts.yearsMin).toBe(3);
  });
});

describe('after the careful batch s44 was merged', () => {
  it('a degree line whose field parses as its level still names its technical field', () => {
    const posting = "Data Engineer\nAcme\n\nRequirements\n- Master's degree in Computer Science or Statistics\n- Python\n";
    expect(row(posting, cv('Data Engineer, Foo — 2019 – Present\n- Python', "Diplôme d'ingénieur (Bac+5), informatique — École Centrale de Lille, 2018"), 'Master').verdict).not.toBe('partial');
  });
  it('"Anglais technique" asks English; "Mandarin or Bahasa Indonesia is a plus" asks a language', () => {
    const fr = "Ingénieur Data (H/F)\nAcme · Lille\n\nProfil recherché\n- Au moins 2 ans d'expérience\n- Anglais technique (lecture de documentation)\n";
    expect(rows(fr, cv('Data Engineer, Foo — 2019 – Present\n- Python') + '\nLangues : français (langue maternelle), anglais (B2)\n').find((r) => r.text.startsWith('Anglais'))?.kind).toBe('language');
    expect(row('SRE\nAcme · Singapore\n\nNice to have\n- Mandarin or Bahasa Indonesia is a plus\n', cv('SRE, Foo — 2019 – Present\n- Linux'), 'Mandarin').kind).toBe('language');
  });
});
