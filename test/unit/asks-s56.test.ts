import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../lib/analyze';
import { industriesAsked } from '../../lib/match/domains';
import { engine, pairMatch, rowOf, TODAY } from './readers';

// Written for this test (session 56, #12): classes found on the lead's fresh pairs of session 56.

const cv = (role: string, ...lines: string[]) => ['Ines Carvalho', 'EXPERIENCE', role, ...lines.map((l) => `- ${l}`)].join('\n');
const posting = (heading: string, ...lines: string[]) => ['Acme | Engineer | Hybrid', '', heading, ...lines.map((l) => `- ${l}`)].join('\n');
const verdict = (p: string, r: string, start: string) => rowOf(p, r, start).verdict.verdict;
const rows = (p: string) => pairMatch(p, cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux')).a.requirements.map((r) => r.text);

describe('a sentence of the opening whose subject is the company\u2019s thing, with "must" further on', () => {
  const opening = (sentence: string) => ['Payroll Engineer', 'Kestrel Mills \u00b7 Leeds \u00b7 Hybrid', '', `Kestrel Mills weaves cloth for 40 fashion labels. ${sentence}`, '', 'Requirements', '- 3+ years with Linux', '- Python'].join('\n');
  it('"Our looms and dye lines report to a scheduler and must never stop mid-batch" asks nothing of the reader', () => {
    expect(rows(opening('Our looms and dye lines report to a scheduler and must never stop mid-batch.')).some((t) => /looms/.test(t))).toBe(false);
  });
  it('"Its warehouse systems talk to 30 carriers and must be patched monthly" asks nothing either', () => {
    expect(rows(opening('Its warehouse systems talk to 30 carriers and must be patched monthly.')).some((t) => /warehouse/.test(t))).toBe(false);
  });
  it('counter-example: "Our new colleague speaks to vendors daily and must hold a driving licence" still asks', () => {
    expect(rows(opening('Our new colleague speaks to vendors daily and must hold a driving licence.')).some((t) => /driving licence/.test(t))).toBe(true);
  });
});

describe('years of infrastructure work count a systems administrator\u2019s roles', () => {
  const p = posting('Requirements', '6+ years in infrastructure or cloud roles', 'Linux');
  it('four years as a Systems Administrator and three as a Cloud Engineer meet six years', () => {
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Cloud Engineer \u2014 Tern Labs \u2014 Jan 2024 \u2013 present', '- Terraform on AWS', 'Systems Administrator \u2014 Pike Foods \u2014 Jan 2019 \u2013 Dec 2023', '- Linux servers and backups'].join('\n');
    expect(verdict(p, r, '6+ years')).toBe('met');
  });
  it('counter-example: two years of each fall short', () => {
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Cloud Engineer \u2014 Tern Labs \u2014 Jan 2025 \u2013 present', '- Terraform on AWS', 'Systems Administrator \u2014 Pike Foods \u2014 Jan 2023 \u2013 Dec 2024', '- Linux servers and backups'].join('\n');
    expect(verdict(p, r, '6+ years')).toBe('partial');
  });
});

describe('a move to the cloud shown by a line that moved things there', () => {
  const p = posting('Requirements', 'Linux', 'Experience moving applications from on-premises servers to the cloud');
  it('"Migrated the payroll servers off our Hyper-V hosts onto Azure" shows the move and where it began', () => {
    expect(verdict(p, cv('Systems Engineer \u2014 Pike Foods \u2014 2019 \u2013 present', 'Linux patching', 'Migrated the payroll servers off our Hyper-V hosts onto Azure'), 'Experience moving')).toBe('met');
  });
  it('"Moved 14 VMs out of the colo racks into AWS" too', () => {
    expect(verdict(p, cv('Systems Engineer \u2014 Pike Foods \u2014 2019 \u2013 present', 'Linux patching', 'Moved 14 VMs out of the colo racks into AWS'), 'Experience moving')).toBe('met');
  });
  it('counter-example: an upgrade between versions is no move to the cloud', () => {
    expect(verdict(p, cv('Systems Engineer \u2014 Pike Foods \u2014 2019 \u2013 present', 'Linux patching', 'Migrated PostgreSQL 11 to PostgreSQL 15'), 'Experience moving')).not.toBe('met');
  });
});

describe('a public body by its name\u2019s last word (District, Authority)', () => {
  const p = posting('Nice to have', 'Docker', 'Public-sector experience');
  it('"Riverbend School District" and "Solent Port Authority" are the public sector', () => {
    expect(verdict(p, cv('Network Engineer \u2014 Riverbend School District \u2014 2019 \u2013 present', 'Campus switching'), 'Public-sector')).toBe('met');
    expect(verdict(p, cv('Network Engineer \u2014 Solent Port Authority \u2014 2019 \u2013 present', 'Campus switching'), 'Public-sector')).toBe('met');
  });
  it('counter-example: a brewery named for a district is not', () => {
    expect(verdict(p, cv('Network Engineer \u2014 Harbor District Brewing Co. \u2014 2019 \u2013 present', 'Campus switching'), 'Public-sector')).not.toBe('met');
  });
});

describe('Spain\u2019s higher vocational cycle (CFGS, T\u00e9cnico Superior) is an associate degree', () => {
  it('a resume\u2019s "CFGS Desarrollo de Aplicaciones Web" and "T\u00e9cnico Superior en Sistemas" are associate degrees', () => {
    for (const line of ['CFGS Desarrollo de Aplicaciones Web, IES Ribera, 2019', 'T\u00e9cnico Superior en Administraci\u00f3n de Sistemas, IES Mar, 2017']) {
      const a = analyzeResume(engine, 'cv.txt', ['Ana Ruiz', 'EXPERIENCIA', 'T\u00e9cnica de sistemas \u2014 Acme \u2014 2019 \u2013 actualidad', '', 'FORMACI\u00d3N', line].join('\n'), TODAY);
      expect(a.profile?.degrees.map((d) => d.level)).toEqual(['associate']);
    }
  });
  it('a posting\u2019s "CFGS en Sistemas o Grado en Inform\u00e1tica" asks an associate degree at least; a resume with one meets it', () => {
    const p = ['Acme | T\u00e9cnico de sistemas | Madrid', '', 'Requisitos', '- CFGS en Sistemas o Grado en Inform\u00e1tica', '- Al menos 2 a\u00f1os de experiencia con Linux', '- Ingl\u00e9s nivel intermedio'].join('\n');
    expect(pairMatch(p, cv('x')).a.facts.degree?.level).toBe('associate');
    const r = ['Ana Ruiz', 'EXPERIENCIA', 'T\u00e9cnica de sistemas \u2014 Acme \u2014 2019 \u2013 actualidad', '- Linux', '', 'FORMACI\u00d3N', 'CFGS Administraci\u00f3n de Sistemas, IES Mar, 2017'].join('\n');
    expect(verdict(p, r, 'CFGS')).toBe('met');
  });
  it('counter-example: "Grado en Ingenier\u00eda Inform\u00e1tica" stays a bachelor\u2019s', () => {
    const a = analyzeResume(engine, 'cv.txt', ['Ana Ruiz', 'EXPERIENCIA', 'Ingeniera \u2014 Acme \u2014 2019 \u2013 actualidad', '', 'FORMACI\u00d3N', 'Grado en Ingenier\u00eda Inform\u00e1tica, Universidad de Murcia, 2019'].join('\n'), TODAY);
    expect(a.profile?.degrees.map((d) => d.level)).toEqual(['bachelor']);
  });
});

describe('farming and food, and warehouses, in the employer\u2019s own language', () => {
  it('Dutch and Spanish asks name farming and food ("de agrarische sector", "el sector agr\u00edcola", "voedingsmiddelenindustrie")', () => {
    expect(industriesAsked('Ervaring in de agrarische sector')).toContain('agrifood');
    expect(industriesAsked('Werkervaring in de voedingsmiddelenindustrie')).toContain('agrifood');
    expect(industriesAsked('Experiencia en el sector agr\u00edcola')).toContain('agrifood');
  });
  const p = posting('Nice to have', 'Docker', 'Experience in agriculture or food production');
  it('an employer named for fruit or grain, or a role\u2019s harvest data, shows it', () => {
    expect(verdict(p, cv('Data Engineer \u2014 Frutas del Segura S.L. \u2014 2019 \u2013 present', 'Pipelines'), 'Experience in agriculture')).toBe('met');
    expect(verdict(p, cv('Data Engineer \u2014 Noord Graan B.V. \u2014 2019 \u2013 present', 'Pipelines'), 'Experience in agriculture')).toBe('met');
    expect(verdict(p, cv('Data Engineer \u2014 Kraanvogel B.V. \u2014 2019 \u2013 present', 'Dashboards voor oogstdata en akkerbouw'), 'Experience in agriculture')).toBe('met');
  });
  it('counter-example: a render farm or a storage network is neither farming nor a warehouse', () => {
    expect(verdict(p, cv('Engineer \u2014 Pixelhaus \u2014 2019 \u2013 present', 'Ran the render farms for the studio'), 'Experience in agriculture')).not.toBe('met');
    const q = posting('Nice to have', 'Docker', 'Experience in logistics');
    expect(verdict(q, cv('T\u00e9cnico \u2014 Ayuntamiento de Lorca \u2014 2019 \u2013 present', 'Red de almacenamiento SAN'), 'Experience in logistics')).not.toBe('met');
    expect(verdict(q, cv('T\u00e9cnico \u2014 Cargas Lorca \u2014 2019 \u2013 present', 'Wifi del almac\u00e9n y terminales'), 'Experience in logistics')).toBe('met');
  });
});

describe('Valencian, asked and listed', () => {
  it('"Valenciano" among the wishes is a language ask met by a resume listing "valenciano"', () => {
    const p = ['Acme | T\u00e9cnico | Valencia', '', 'Se valorar\u00e1', '- Docker', '- Valenciano'].join('\n');
    const r = ['Pau Ferrer', 'Idiomas: castellano y valenciano (nativo)', 'EXPERIENCIA', 'T\u00e9cnico \u2014 Acme \u2014 2019 \u2013 actualidad'].join('\n');
    expect(verdict(p, r, 'Valenciano')).toBe('met');
  });
});

describe('", even better": the clause before it is a wish', () => {
  it('"5+ years of Python; if you have shipped a compiler, even better." asks the years and wishes for the rest', () => {
    const p = ['Acme | Engineer | Remote', '', 'We want 5+ years of Python and real experience with Django; if you have worked on Kafka or Pulsar, even better.'].join('\n');
    const { a } = pairMatch(p, cv('x'));
    const wish = a.requirements.find((r) => /Kafka/.test(r.text));
    expect(wish?.importance).toBe('preferred');
    expect(a.requirements.find((r) => /5\+ years/.test(r.text))?.importance).toBe('required');
  });
  it('counter-example: "help us make search even better" wishes for nothing', () => {
    const p = ['Acme | Engineer | Remote', '', 'Requirements', '- You will help us make search even better with Elasticsearch'].join('\n');
    expect(pairMatch(p, cv('x')).a.requirements.every((r) => r.importance === 'required')).toBe(true);
  });
});

describe('"N+ years of X and real experience with Y": the years are X\u2019s, Y need only be shown', () => {
  const p = posting('Requirements', '5+ years writing software and solid experience with Redis');
  it('six years of roles with Redis in the last one meets it', () => {
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Backend Engineer \u2014 Tern Labs \u2014 Jan 2024 \u2013 present', '- Redis caches for the API', 'Developer \u2014 Pike Foods \u2014 Jan 2020 \u2013 Dec 2023', '- Java services'].join('\n');
    expect(verdict(p, r, '5+ years')).toBe('met');
  });
  it('counter-example: without Redis shown it is partly met', () => {
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Backend Engineer \u2014 Tern Labs \u2014 Jan 2024 \u2013 present', '- Memcached for the API', 'Developer \u2014 Pike Foods \u2014 Jan 2020 \u2013 Dec 2023', '- Java services'].join('\n');
    expect(verdict(p, r, '5+ years')).toBe('partial');
  });
});

describe('identity provisioning is a skill of its own; RTP is shown by its relay', () => {
  it('"SCIM provisioning" is not shown by SAML sign-in alone; it is by SCIM', () => {
    const p = posting('Requirements', 'Linux', 'SCIM provisioning');
    expect(verdict(p, cv('IT Engineer \u2014 Pike Foods \u2014 2019 \u2013 present', 'SAML sign-in for 20 SaaS apps'), 'SCIM')).toBe('unmet');
    expect(verdict(p, cv('IT Engineer \u2014 Pike Foods \u2014 2019 \u2013 present', 'SCIM from the HR system to 20 SaaS apps'), 'SCIM')).toBe('met');
  });
  it('"SIP and RTP" is met by a SIP proxy and an RTPengine relay; without the media side, in part', () => {
    const p = posting('Requirements', 'Linux', 'SIP and RTP');
    expect(verdict(p, cv('VoIP Engineer \u2014 Heron Telecom \u2014 2019 \u2013 present', 'SIP routing for 200 trunks', 'RTPengine relays for the media of every call'), 'SIP and RTP')).toBe('met');
    expect(verdict(p, cv('VoIP Engineer \u2014 Heron Telecom \u2014 2019 \u2013 present', 'SIP routing for 200 trunks'), 'SIP and RTP')).toBe('partial');
  });
  it('counter-example: a form\u2019s asterisk is no PBX', () => {
    const p = posting('Requirements', 'Linux', 'Asterisk');
    expect(verdict(p, cv('Clerk \u2014 Pike Foods \u2014 2019 \u2013 present', 'Checked that every field marked with an asterisk was filled'), 'Asterisk')).toBe('unmet');
  });
});

describe('a school-leaving diploma offered beside a degree asks no degree', () => {
  const it_ = (diploma: string) => ['Acme | Tecnico | Verona', '', 'Requisiti', `- ${diploma}`, '- Almeno 2 anni di esperienza con Linux'].join('\n');
  it('"Diploma di maturit\u00e0 tecnica o laurea triennale": no degree in the facts; a resume\u2019s school diploma meets it', () => {
    const p = it_('Diploma di maturit\u00e0 tecnica o laurea triennale in informatica');
    expect(pairMatch(p, cv('x')).a.facts.degree).toBeNull();
    const r = ['Luca Sartori', 'ESPERIENZE', 'Tecnico \u2014 Acme \u2014 2019 \u2013 oggi', '- Linux', '', 'ISTRUZIONE', 'Diploma di perito industriale, ITIS Marconi, 2019'].join('\n');
    expect(verdict(p, r, 'Diploma di')).toBe('met');
  });
  it('"High school diploma or an associate degree": a resume with a bachelor\u2019s meets it', () => {
    const p = posting('Requirements', 'High school diploma or an associate degree in IT', 'Linux');
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Technician \u2014 Pike Foods \u2014 2019 \u2013 present', '- Linux', '', 'EDUCATION', 'B.S. Biology, Ohio State University, 2018'].join('\n');
    expect(verdict(p, r, 'High school')).toBe('met');
  });
  it('counter-example: "Laurea in informatica" alone still asks a degree', () => {
    expect(pairMatch(it_('Laurea in informatica'), cv('x')).a.facts.degree?.level).toBe('bachelor');
  });
});

describe('a working command of a language asked in words, against a beginner\u2019s level', () => {
  const p = (ask: string) => posting('Requirements', 'Linux', ask);
  const r = (level: string) => ['Ines Carvalho', `Languages: Portuguese (native), English (${level})`, 'EXPERIENCE', 'Technician \u2014 Pike Foods \u2014 2019 \u2013 present', '- Linux'].join('\n');
  it('"Good written English" or "Gute Englischkenntnisse" against English at A2 is partly met', () => {
    expect(verdict(p('Good written English'), r('A2'), 'Good written')).toBe('partial');
    expect(verdict(p('Gute Englischkenntnisse'), r('basic'), 'Gute')).toBe('partial');
  });
  it('counter-example: English at B2 meets it', () => {
    expect(verdict(p('Good written English'), r('B2'), 'Good written')).toBe('met');
  });
});

describe('lab systems are a laboratory\u2019s instruments and automation', () => {
  const p = posting('Nice to have', 'Docker', 'Experience with lab systems');
  it('"scheduled liquid-handling robots in customer labs" shows them', () => {
    expect(verdict(p, cv('Engineer \u2014 Pike Bio \u2014 2019 \u2013 present', 'Python services that scheduled liquid-handling robots in customer labs'), 'Experience with lab')).toBe('met');
  });
  it('counter-example: a school\u2019s computer lab systems are not', () => {
    expect(verdict(p, cv('Technician \u2014 Pike School \u2014 2019 \u2013 present', 'Reimaged the computer lab systems each term'), 'Experience with lab')).not.toBe('met');
  });
});

describe('"N+ years with X, at least M as a ROLE": the role needs only its M years', () => {
  const p = posting('Requirements', '7+ years working with MySQL in production, at least 2 as a DBA or in a similar role');
  const r = (dbaFrom: string) => ['Ines Carvalho', 'EXPERIENCE', `Database Administrator \u2014 Tern Labs \u2014 ${dbaFrom} \u2013 present`, '- MySQL replication and backups', 'Backend Developer \u2014 Pike Foods \u2014 Jan 2017 \u2013 Dec 2022', '- PHP and MySQL'].join('\n');
  it('ten years of MySQL, four of them as a DBA, meets it', () => {
    expect(verdict(p, r('Jan 2023'), '7+ years')).toBe('met');
  });
  it('counter-example: one year as a DBA is short of it', () => {
    expect(verdict(p, r('Jan 2026'), '7+ years')).not.toBe('met');
  });
});

describe('a driving licence asked and held, in other languages', () => {
  it('"Permis B exig\u00e9", "Rijbewijs B" are met by the resume\u2019s licence line', () => {
    const r = (line: string) => ['Ines Carvalho', line, 'EXPERIENCE', 'Technician \u2014 Pike Foods \u2014 2019 \u2013 present', '- Linux'].join('\n');
    expect(verdict(posting('Profil', 'Linux', 'Permis B exig\u00e9'), r('Permis B, v\u00e9hicul\u00e9'), 'Permis B')).toBe('met');
    expect(verdict(posting('Profiel', 'Linux', 'Rijbewijs B is een must'), r('Rijbewijs: B'), 'Rijbewijs')).toBe('met');
  });
  it('counter-example: a resume silent on it cannot tell', () => {
    expect(verdict(posting('Profil', 'Linux', 'Permis B exig\u00e9'), cv('Technician \u2014 Pike Foods \u2014 2019 \u2013 present', 'Linux'), 'Permis B')).toBe('unknown');
  });
});

describe('the Nordic public sector, asked and shown', () => {
  const p = posting('Meriterande', 'Docker', 'Erfarenhet fr\u00e5n offentlig sektor');
  it('a region or a municipality ("Region Kronoberg", "Lule\u00e5 kommun", "Odense Kommune") shows it', () => {
    expect(verdict(p, cv('IT-tekniker \u2014 Region Kronoberg \u2014 2019 \u2013 present', 'Support'), 'Erfarenhet')).toBe('met');
    expect(verdict(p, cv('Drifttekniker \u2014 Lule\u00e5 kommun \u2014 2019 \u2013 present', 'Linux'), 'Erfarenhet')).toBe('met');
    expect(verdict(p, cv('Driftstekniker \u2014 Odense Kommune \u2014 2019 \u2013 present', 'Linux'), 'Erfarenhet')).toBe('met');
  });
  it('counter-example: a sales region or a private firm is not', () => {
    expect(verdict(p, cv('Engineer \u2014 Nordvik AB \u2014 2019 \u2013 present', 'Region EMEA support'), 'Erfarenhet')).not.toBe('met');
  });
});

describe('a title\u2019s level is the highest it names', () => {
  const p = posting('Requirements', '10+ years of engineering', '3+ years in a staff or principal role');
  it('"Senior Staff Engineer" is at staff level', () => {
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Senior Staff Engineer \u2014 Tern Labs \u2014 Jan 2021 \u2013 present', '- Platform', 'Software Engineer \u2014 Pike Foods \u2014 Jan 2012 \u2013 Dec 2020', '- Java'].join('\n');
    expect(verdict(p, r, '3+ years in a staff')).toBe('met');
  });
  it('counter-example: "Senior Software Engineer" is not', () => {
    const r = ['Ines Carvalho', 'EXPERIENCE', 'Senior Software Engineer \u2014 Tern Labs \u2014 Jan 2021 \u2013 present', '- Platform', 'Software Engineer \u2014 Pike Foods \u2014 Jan 2012 \u2013 Dec 2020', '- Java'].join('\n');
    expect(verdict(p, r, '3+ years in a staff')).toBe('unmet');
  });
});

describe('platform words: a developer portal, tenancy per team', () => {
  it('"Backstage or another developer portal" is met by Backstage and by OpsLevel; not by a wiki', () => {
    const p = posting('Nice to have', 'Docker', 'Backstage or another developer portal');
    expect(verdict(p, cv('Platform Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Rolled out Backstage software templates to 30 teams'), 'Backstage')).toBe('met');
    expect(verdict(p, cv('Platform Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Ran OpsLevel as our service catalogue'), 'Backstage')).toBe('met');
    expect(verdict(p, cv('Platform Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Kept the Confluence wiki tidy'), 'Backstage')).toBe('unmet');
  });
  it('"multi-tenant clusters" is shown by namespace-per-tenant isolation', () => {
    const p = posting('Requirements', 'Linux', 'Running multi-tenant Kubernetes clusters');
    expect(verdict(p, cv('Platform Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Namespace-per-tenant isolation on our Kubernetes clusters'), 'Running')).toBe('met');
  });
});

describe('a vocational training asked alone', () => {
  const p = ['Acme GmbH | Netzwerkadministrator | Vor Ort', '', 'Dein Profil', '- Abgeschlossene Ausbildung zum IT-Systemelektroniker oder vergleichbare Qualifikation', '- Cisco'].join('\n');
  it('is met by the training the resume names', () => {
    const r = ['Jonas Reiter', 'BERUFSERFAHRUNG', 'Netzwerkadministrator, Stadtwerke Hof, 2019 \u2013 heute', '- Cisco', '', 'AUSBILDUNG', '2016 \u2013 2019 IT-Systemelektroniker (IHK)'].join('\n');
    expect(verdict(p, r, 'Abgeschlossene')).toBe('met');
  });
  it('counter-example: a resume silent on training cannot tell', () => {
    const r = ['Jonas Reiter', 'BERUFSERFAHRUNG', 'Netzwerkadministrator, Stadtwerke Hof, 2019 \u2013 heute', '- Cisco'].join('\n');
    expect(verdict(p, r, 'Abgeschlossene')).toBe('unknown');
  });
});

describe('food and drink by a German compound of the employer\u2019s name', () => {
  const p = ['Acme GmbH | Admin | Vor Ort', '', 'W\u00fcnschenswert', '- Docker', '- Erfahrung in der Lebensmittel- oder Getr\u00e4nkeindustrie'].join('\n');
  it('"Allg\u00e4ukäserei eG" and "Klosterbrauerei Ettal" show it', () => {
    expect(verdict(p, ['Jonas Reiter', 'BERUFSERFAHRUNG', 'Admin, Allg\u00e4uk\u00e4serei eG, 2019 \u2013 heute', '- Linux'].join('\n'), 'Erfahrung')).toBe('met');
    expect(verdict(p, ['Jonas Reiter', 'BERUFSERFAHRUNG', 'Admin, Klosterbrauerei Ettal, 2019 \u2013 heute', '- Linux'].join('\n'), 'Erfahrung')).toBe('met');
  });
  it('counter-example: an insurer is not', () => {
    expect(verdict(p, ['Jonas Reiter', 'BERUFSERFAHRUNG', 'Admin, Hanse Versicherung AG, 2019 \u2013 heute', '- Linux'].join('\n'), 'Erfahrung')).toBe('unmet');
  });
});

describe('language work shown by translation models and language models fine-tuned or served', () => {
  const p = posting('Nice to have', 'Docker', 'Machine translation or NLP');
  it('"neural translation engines scored with BLEU" and "served fine-tuned Mistral models" show it', () => {
    expect(verdict(p, cv('ML Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Trained neural translation engines for legal texts, scored with BLEU'), 'Machine')).toBe('met');
    expect(verdict(p, cv('ML Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Served fine-tuned Mistral models for a support chatbot'), 'Machine')).toBe('met');
  });
  it('counter-example: fine-tuned image models or a document management product do not', () => {
    expect(verdict(p, cv('ML Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Fine-tuned ResNet models for defect detection'), 'Machine')).toBe('unmet');
    expect(verdict(p, cv('Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'Built the document management product for law firms'), 'Machine')).toBe('unmet');
  });
});

describe('"X (...) or equivalent Y experience": Y is the other way in', () => {
  const p = posting('Qualifications', 'Linux', 'Azure (AKS, Cosmos DB, Service Bus) or equivalent GCP experience');
  it('a resume on GCP meets it', () => {
    expect(verdict(p, cv('SRE \u2014 Tern Labs \u2014 2019 \u2013 present', 'GKE clusters and Cloud SQL on GCP'), 'Azure')).toBe('met');
  });
  it('counter-example: neither platform shown is not met', () => {
    expect(verdict(p, cv('SRE \u2014 Tern Labs \u2014 2019 \u2013 present', 'Bare-metal Linux servers'), 'Azure')).not.toBe('met');
  });
});

describe('Peru\u2019s "Bachiller en \u2026" is a university first degree', () => {
  const p = ['Acme | Analista | Lima', '', 'Requisitos', '- Bachiller o titulado en Ingenier\u00eda Industrial o afines', '- M\u00ednimo 3 a\u00f1os de experiencia con SQL'].join('\n');
  it('asked and held', () => {
    expect(pairMatch(p, cv('x')).a.facts.degree?.level).toBe('bachelor');
    const r = ['Ana Flores', 'EXPERIENCIA', 'Analista \u2014 Acme \u2014 2019 \u2013 actualidad', '- SQL', '', 'EDUCACI\u00d3N', 'Bachiller en Ingenier\u00eda Industrial, Universidad de Piura, 2018'].join('\n');
    expect(verdict(p, r, 'Bachiller')).toBe('met');
  });
  it('counter-example: Spain\u2019s school-leaving "Bachillerato" is no degree', () => {
    const a = analyzeResume(engine, 'cv.txt', ['Ana Flores', 'EXPERIENCIA', 'T\u00e9cnica \u2014 Acme \u2014 2019 \u2013 actualidad', '', 'FORMACI\u00d3N', 'Bachillerato de Ciencias, IES Goya, 2015'].join('\n'), TODAY);
    expect(a.profile?.degrees ?? []).toEqual([]);
  });
});

describe('the Nordic energy trade, asked and shown', () => {
  const p = ['Acme AS | Plattformingeni\u00f8r | Oslo', '', 'Det er en fordel om du har', '- Docker', '- Erfaring fra energibransjen'].join('\n');
  it('a grid company or hydropower work shows it', () => {
    expect(verdict(p, cv('Ingenj\u00f6r \u2014 Norrland Eln\u00e4t AB \u2014 2019 \u2013 present', 'Kubernetes'), 'Erfaring')).toBe('met');
    expect(verdict(p, cv('Engineer \u2014 Fjordsoft AS \u2014 2019 \u2013 present', 'Prognoser for 12 vannkraftverk'), 'Erfaring')).toBe('met');
  });
  it('counter-example: a logistics firm is not', () => {
    expect(verdict(p, cv('Engineer \u2014 Fjordfrakt AS \u2014 2019 \u2013 present', 'Ruteplanlegging for lastebiler'), 'Erfaring')).toBe('unmet');
  });
});

describe('a language asked with the verb of speaking in the posting\u2019s language, or as a family', () => {
  const p = (ask: string) => ['Acme AS | Ingeni\u00f8r | Bergen', '', 'Kvalifikasjoner', '- Minst 3 \u00e5rs erfaring med Linux', `- ${ask}`].join('\n');
  const r = ['Ines Carvalho', 'Spr\u00e5k: Danska (modersm\u00e5l), engelska (flytande)', 'EXPERIENCE', 'Technician \u2014 Pike Foods \u2014 2019 \u2013 present', '- Linux'].join('\n');
  it('"norsk eller et annet skandinavisk spr\u00e5k" is met by Danish', () => {
    expect(verdict(p('Du snakker norsk eller et annet skandinavisk spr\u00e5k'), r, 'Du snakker')).toBe('met');
  });
  it('counter-example: "Du snakker og skriver norsk" is a language row, not met by Danish', () => {
    expect(verdict(p('Du snakker og skriver norsk'), r, 'Du snakker')).toBe('unmet');
  });
});

describe('a certificate\u2019s acronym with its track after a dash', () => {
  const p = posting('Requirements', 'Linux', 'CCNP or JNCIP');
  it('"JNCIP-SP" holds the JNCIP asked', () => {
    expect(verdict(p, [...cv('Network Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'BGP').split('\n'), 'CERTIFICATIONS', 'Juniper JNCIP-SP (2023)'].join('\n'), 'CCNP')).toBe('met');
  });
  it('counter-example: "JNCIPX" is another word', () => {
    expect(verdict(p, [...cv('Network Engineer \u2014 Tern Labs \u2014 2019 \u2013 present', 'BGP').split('\n'), 'CERTIFICATIONS', 'JNCIPX badge'].join('\n'), 'CCNP')).not.toBe('met');
  });
});
