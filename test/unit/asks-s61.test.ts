import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../lib/posting/sections';
import { pairMatch, rowOf } from './readers';

// Written for this test (session 61, #12): classes found on the lead's fresh pairs of session 61 (posting + resume pairs
// written fresh, in batches of ten, each pair's score range and verdicts decided by hand before the first read).
// Batch 1: a Tallinn e-services backend (Estonian), a Helsinki grid company's DevOps engineer (Finnish), a Bratislava bank
// data centre's Linux administrator (Slovak), a Bucharest payments .NET developer (Romanian), an Istanbul e-commerce SRE
// (Turkish), a Piraeus shipping company's infrastructure administrator, a Lviv payments start-up's Python backend
// (Ukrainian asks), a Jakarta marketplace's Go backend (Indonesian), a Barcelona hospital's data engineer (Catalan), a
// Tokyo game studio's infrastructure engineer. First read 6/10 in the decided score range; after its mends 9/10 (pair 8
// stays out: the resume's Indonesian dates and education heading are the resume helper's to read).

const cv = (role: string, ...lines: string[]) => ['Noor Haddad', 'EXPERIENCE', role, ...lines.map((l) => `- ${l}`)].join('\n');
const posting = (heading: string, ...lines: string[]) => ['Acme | Engineer | Hybrid', '', heading, ...lines.map((l) => `- ${l}`)].join('\n');
const verdict = (p: string, r: string, start: string) => rowOf(p, r, start).verdict.verdict;
const ROLE = 'Platform Engineer \u2014 Kestrel Works \u2014 2017 \u2013 present';

describe('years said as one adjective after a count in digits', () => {
  it.each([
    ['Estonian', 'V\u00e4hemalt 4-aastane t\u00f6\u00f6kogemus Go v\u00f5i Rustiga'],
    ['Finnish', '4-vuotinen kokemus Go-kehityksest\u00e4'],
    ['Slovak', 'Aspo\u0148 4-ro\u010dn\u00e1 prax s jazykom Go'],
    ['Czech', '4let\u00e1 praxe ve v\u00fdvoji v Go'],
    ['German', '4-j\u00e4hrige Berufserfahrung in der Go-Entwicklung'],
  ])('%s: a years row of four', (_, line) => {
    const { item } = rowOf(posting('Requirements', line), cv(ROLE, 'Go services for the billing platform'), line.slice(0, 12));
    expect(item.kind).toBe('years');
    expect(item.years?.min).toBe(4);
  });
  it('a two-year contract and a company of thirty years ask no years', () => {
    const { a } = pairMatch(posting('Requirements', 'Go', 'Oferujemy 2-letni\u0105 umow\u0119 o prac\u0119', 'Wir sind ein 30-j\u00e4hriges Familienunternehmen'), cv(ROLE, 'Go'));
    expect(a.requirements.filter((i) => i.kind === 'years')).toEqual([]);
  });
});

describe('languages asked in Estonian, Finnish, Slovak and Ukrainian', () => {
  it('"X ja Y keele oskus" asks both, and meets a resume that lists both', () => {
    const { item, verdict: v } = rowOf(posting('Requirements', 'Go', 'L\u00e4ti ja inglise keele oskus'), 'Noor Haddad\nEXPERIENCE\nDeveloper \u2014 Acme \u2014 2019 \u2013 present\n- Go\nLanguages\nLatvian (native), English (C1)', 'L\u00e4ti');
    expect(item.kind).toBe('language');
    expect(v.verdict).toBe('met');
  });
  it('Finnish names joined by "ja" stay two names', () => {
    const { item } = rowOf(posting('Requirements', 'Go', 'Erinomaista suomen ja englannin kielen taitoa'), cv(ROLE, 'Go'), 'Erinomaista');
    expect(item.kind).toBe('language');
  });
  it('a Slovak adjective and a CEFR level after the level word: B1 asked, met by B2', () => {
    const r = 'Noor Haddad\nEXPERIENCE\nDeveloper \u2014 Acme \u2014 2019 \u2013 present\n- Go\nLanguages\nEnglish (B2)';
    const row = rowOf(posting('Requirements', 'Go', 'Anglick\u00fd jazyk na \u00farovni B1'), r, 'Anglick');
    expect(row.item.kind).toBe('language');
    expect(row.verdict.verdict).toBe('met');
  });
  it('Ukrainian "Upper-Intermediate" is B2: met by B2, short of it by A2', () => {
    const p = posting('Requirements', 'Go', '\u0410\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 \u043d\u0430 \u0440\u0456\u0432\u043d\u0456 Upper-Intermediate');
    const r = (level: string) => `Noor Haddad\nEXPERIENCE\nDeveloper \u2014 Acme \u2014 2019 \u2013 present\n- Go\nLanguages\nEnglish (${level})`;
    expect(rowOf(p, r('B2'), '\u0410\u043d\u0433\u043b').verdict.verdict).toBe('met');
    expect(rowOf(p, r('A2'), '\u0410\u043d\u0433\u043b').verdict.verdict).not.toBe('met');
  });
});

describe('industries named in the languages of batch 1, and marketplaces by name', () => {
  it.each([
    ['sk\u00fasenosti z bankov\u00e9ho prostredia', 'Payments engineer at Tatra Bank'],
    ['experien\u021b\u0103 \u00een sectorul bancar', 'Core systems for a retail bank'],
    ['E-ticaret sekt\u00f6r\u00fcnde deneyim', 'Checkout services at Trendyol'],
    ['Kokemus energia-alalta', 'Smart-meter data at a power company'],
    ["Experi\u00e8ncia al sector sanitari", 'Lab systems at a hospital'],
  ])('%s is met by "%s"', (ask, work) => {
    expect(verdict(posting('Requirements', 'Go', ask), cv(ROLE, work), ask.slice(0, 8))).toBe('met');
  });
  it('a bank asked is not met by a telecom, nor e-commerce by a bank', () => {
    expect(verdict(posting('Requirements', 'Go', 'sk\u00fasenosti z bankov\u00e9ho prostredia'), cv(ROLE, 'Network automation at an ISP'), 'sk\u00fasenosti')).not.toBe('met');
    expect(verdict(posting('Requirements', 'Go', 'E-ticaret sekt\u00f6r\u00fcnde deneyim'), cv(ROLE, 'Core systems for a retail bank'), 'E-ticaret')).not.toBe('met');
  });
});

describe('Ukrainian and Russian headings', () => {
  it.each([
    ['\u0412\u0438\u043c\u043e\u0433\u0438', 'requirements'],
    ['\u0422\u0440\u0435\u0431\u043e\u0432\u0430\u043d\u0438\u044f:', 'requirements'],
    ['\u0429\u043e \u043c\u0438 \u043e\u0447\u0456\u043a\u0443\u0454\u043c\u043e \u0432\u0456\u0434 \u0442\u0435\u0431\u0435', 'requirements'],
    ['\u0411\u0443\u0434\u0435 \u043f\u0435\u0440\u0435\u0432\u0430\u0433\u043e\u044e', 'preferred'],
    ['\u0411\u0443\u0434\u0435\u0442 \u043f\u043b\u044e\u0441\u043e\u043c', 'preferred'],
    ["\u041e\u0431\u043e\u0432'\u044f\u0437\u043a\u0438", 'responsibilities'],
    ['\u0427\u0435\u043c \u043f\u0440\u0435\u0434\u0441\u0442\u043e\u0438\u0442 \u0437\u0430\u043d\u0438\u043c\u0430\u0442\u044c\u0441\u044f', 'responsibilities'],
    ['\u041c\u044b \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u0435\u043c', 'benefits'],
    ['\u041f\u0440\u043e \u043d\u0430\u0441', 'about'],
  ])('%s is %s', (h, kind) => expect(classifyHeading(h)).toBe(kind));
  it('a Ukrainian list under its heading gives asks, the perks none', () => {
    const { a } = pairMatch(
      'Backend Developer\nAcme\n\n\u0412\u0438\u043c\u043e\u0433\u0438:\n- Go\n- PostgreSQL\n\n\u041c\u0438 \u043f\u0440\u043e\u043f\u043e\u043d\u0443\u0454\u043c\u043e:\n- \u041c\u0435\u0434\u0438\u0447\u043d\u0435 \u0441\u0442\u0440\u0430\u0445\u0443\u0432\u0430\u043d\u043d\u044f\n- Kubernetes \u043a\u0443\u0440\u0441\u0438',
      cv(ROLE, 'Go'),
    );
    expect(a.requirements.map((i) => i.groups.flat().join())).toEqual(['go', 'postgresql']);
  });
});

describe('"X or similar": a tool of the same kind meets it', () => {
  it.each([
    ['Airflow or similar', 'Prefect flows for the nightly loads'],
    ['Zabbix o similar', 'Prometheus and Alertmanager for the fleet'],
    ['PostgreSQL tai vastaava', 'MySQL replication and schema changes'],
  ])('%s met by "%s"', (ask, work) => {
    const v = rowOf(posting('Requirements', ask), cv(ROLE, work), ask).verdict;
    expect(v.verdict).toBe('met');
    expect(v.evidence).toContain('or similar');
  });
  it('the tool alone, or a tool of another kind, does not', () => {
    expect(verdict(posting('Requirements', 'Zabbix'), cv(ROLE, 'Prometheus and Alertmanager for the fleet'), 'Zabbix')).toBe('unmet');
    expect(verdict(posting('Requirements', 'PostgreSQL or similar'), cv(ROLE, 'MongoDB clusters'), 'PostgreSQL')).toBe('unmet');
    expect(verdict(posting('Requirements', 'Terraform or similar'), cv(ROLE, 'Bash scripts for deploys'), 'Terraform')).toBe('unmet');
  });
});

describe('a degree or a secondary school with practice', () => {
  const p = posting('Requirements', 'Go', "Bachelor's degree in computing, or a high school diploma with IT experience");
  it('a secondary school named and dated roles meet it', () => {
    const r = 'Noor Haddad\nEXPERIENCE\nDeveloper \u2014 Acme \u2014 2019 \u2013 present\n- Go\nEDUCATION\nSecondary technical school, 2013 \u2013 2017';
    expect(rowOf(p, r, 'Bachelor').verdict.verdict).toBe('met');
  });
  it('a degree asked alone is not met by the school', () => {
    const r = 'Noor Haddad\nEXPERIENCE\nDeveloper \u2014 Acme \u2014 2019 \u2013 present\n- Go\nEDUCATION\nSecondary technical school, 2013 \u2013 2017';
    expect(rowOf(posting('Requirements', 'Go', "Bachelor's degree in computing"), r, 'Bachelor').verdict.verdict).not.toBe('met');
  });
});

// Batch 2, written before batch 1's mends were read on them: a Zürich reinsurer's platform engineer (Swiss German), a
// Québec city's cloud analyst (French), a Lima bank's DevOps engineer, a Manila outsourcer's cloud support engineer, a
// Lagos payments backend (NYSC), a Vienna utility's Linux administrator (Austrian German, 14 salaries), a Cairo DevOps
// engineer (military status), a Canberra APS6 cloud engineer (selection criteria, Baseline clearance), a Mexican grocery
// chain's data engineer, an HN founding infrastructure post. First read 5/10; after its mends 9/10 (pair 16 stays out: a
// grid operator named "Wiener Netze GmbH" is not read as energy).
describe('batch 2 classes', () => {
  it('support of a thing asked by its noun counts a support role\u2019s years', () => {
    const r = 'Noor Haddad\nEXPERIENCE\nTechnical Support Engineer \u2014 Orbis Contact \u2014 2021 \u2013 present\n- Tier 2 support for Azure VMs and storage accounts';
    expect(rowOf(posting('Requirements', 'At least 3 years of Azure support'), r, 'At least').verdict.verdict).toBe('met');
  });
  it('a help desk role still counts no years of a field asked', () => {
    const r = 'Noor Haddad\nEXPERIENCE\nService Desk Analyst \u2014 Orbis Contact \u2014 2021 \u2013 present\n- Reset passwords in Entra ID';
    expect(rowOf(posting('Requirements', '3+ years of identity and access management'), r, '3+').verdict.verdict).not.toBe('met');
  });
  it('a Qu\u00e9bec college diploma named on the resume meets a DEC asked', () => {
    const r = 'Noor Haddad\nEXPERIENCE\nTechnicien \u2014 Acme \u2014 2019 \u2013 present\n- PowerShell\nFORMATION\nDEC en informatique de gestion, C\u00e9gep de Sherbrooke, 2015 \u2013 2018';
    expect(rowOf(posting('Exigences', 'DEC en informatique ou baccalaur\u00e9at', 'PowerShell'), r, 'DEC').verdict.verdict).toBe('met');
  });
  it('a city named in French or Spanish is the public sector; a bank named in one word is banking', () => {
    expect(verdict(posting('Requirements', 'Go', 'Public sector experience'), cv('Analyste \u2014 Ville de Gatineau \u2014 2019 \u2013 present', 'Go'), 'Public')).toBe('met');
    expect(verdict(posting('Requirements', 'Go', 'Experiencia en banca'), cv('Ingeniero \u2014 Scotiabank \u2014 2019 \u2013 present', 'Go'), 'Experiencia')).toBe('met');
    expect(verdict(posting('Requirements', 'Go', 'Experiencia en banca'), cv('Ingeniero \u2014 Databricks \u2014 2019 \u2013 present', 'Go'), 'Experiencia')).not.toBe('met');
    expect(verdict(posting('Requirements', 'Go', 'Banking experience'), cv('IT Volunteer \u2014 Northside Foodbank \u2014 2019 \u2013 present', 'Go'), 'Banking')).not.toBe('met');
  });
  it('military status asked, met by the line under the resume\u2019s heading of it; unknown where the resume is silent', () => {
    const p = posting('Requirements', 'Go', 'Military status: completed or exempted');
    const r = 'Noor Haddad\nEXPERIENCE\nDeveloper \u2014 Acme \u2014 2019 \u2013 present\n- Go\nMILITARY STATUS\nCompleted (2018)';
    expect(rowOf(p, r, 'Military').verdict.verdict).toBe('met');
    expect(rowOf(p, cv(ROLE, 'Go'), 'Military').verdict.verdict).toBe('unknown');
  });
});

// Batch 3, written before batch 2's mends were read on them: a Budapest bank's Linux engineer (Hungarian), a Porto insurer's
// Java backend (Portuguese, 14 salaries), a Milan bank's DevOps engineer (Italian), a Utrecht health-care backend (Dutch), a
// Gdańsk games studio's QA automation engineer (Polish, B2B), a Lyon drug maker's Linux administrator (French), a Valencia
// travel start-up's frontend developer, a US state DOT's network administrator (minimum qualifications, year-for-year
// substitution), a Hyderabad SAP Basis lead (LPA), a Dublin payments SRE. First read 4/10; after its mends 9/10 (pair 24
// stays out: "Go of Python" is not read as a choice, the any-of helper's class).
describe('batch 3 classes', () => {
  it.each([
    ['Banki tapasztalat', 'Core banking at OTP Bank', 'Network automation at Magyar Telekom'],
    ['Experi\u00eancia no setor segurador', 'Servi\u00e7os para a \u00e1rea de sinistros', 'Servi\u00e7os para a \u00e1rea de log\u00edstica'],
    ['Esperienza nel settore bancario', 'Consulente (cliente: Intesa Sanpaolo)', 'Consulente (cliente: Pirelli)'],
    ['do\u015bwiadczenie w bran\u017cy gier', 'Testy w studiu gier wideo', 'Testy aplikacji bankowych'],
    ["Exp\u00e9rience dans l'industrie pharmaceutique", 'Conformit\u00e9 GxP des serveurs de production', 'Serveurs Debian chez un h\u00e9bergeur'],
    ['Ervaring in de zorg', 'Koppelingen voor de zorgsector', 'Koppelingen voor webwinkels'],
  ])('%s: met by "%s", not by "%s"', (ask, yes, no) => {
    expect(verdict(posting('Requirements', 'Go', ask), cv(ROLE, 'Go', yes), ask.slice(0, 8))).toBe('met');
    expect(verdict(posting('Requirements', 'Go', ask), cv(ROLE, 'Go', no), ask.slice(0, 8))).not.toBe('met');
  });
  it('experience substituting for education, said in a sentence of its own, stands in for the degree', () => {
    const p = posting('Minimum Qualifications', "Bachelor's degree in information technology AND two years of experience in systems administration. Experience may substitute for education on a year-for-year basis.");
    const r = 'Noor Haddad\nEXPERIENCE\nSystems Administrator \u2014 Lakeview Clinic \u2014 2016 \u2013 present\n- Windows and Linux servers\nEDUCATION\nHigh school diploma, 2015';
    expect(rowOf(p, r, 'Bachelor').verdict.verdict).toBe('met');
  });
  it('a named database\u2019s administration is met by a line that administers it, not by one that only queries it', () => {
    const p = posting('Requirements', 'Db2 database administration');
    expect(verdict(p, cv(ROLE, 'Db2 administration: backups, reorgs and upgrades'), 'Db2')).toBe('met');
    expect(verdict(p, cv(ROLE, 'Wrote reports against Db2 tables'), 'Db2')).not.toBe('met');
  });
});
