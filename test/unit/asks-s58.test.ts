import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { engine, pairMatch, rowOf, TODAY } from './readers';

// Written for this test (session 58, #12): classes found on the lead's fresh pairs of session 58 (posting + resume pairs
// written fresh, in batches of ten, each pair's score range and verdicts decided by hand before the first read: a Cluj
// DevOps engineer (Romanian), a ticketing on-sale SRE, a Swedish municipality's Windows admin, an Istanbul Go backend, a
// Vermont GIS database administrator, an HN prose data post, a Prague Linux admin (Czech), a hospital HL7 integration
// engineer, a UK SC-cleared Azure platform engineer, a Mexico City QA automation engineer; a Lisbon insurer's data
// engineer, a broadcaster's live video engineer, a Zwolle Java developer (Dutch), a federal ServiceNow developer, a Kraków
// payments .NET developer, a Bengaluru SRE, a Stockholm listening-data backend, a university HPC admin, a Bremen cold-chain
// sysadmin (German), an LLM inference engineer; an Aarhus energy DevOps engineer (Danish), a Malta iGaming SRE, a Lyon
// freelance AWS engineer (French), a Perth mine's OT data engineer, a Tokyo SRE, a Toronto Guidewire developer, a Go
// operators engineer, a Łódź PostgreSQL DBA (Polish), an Edinburgh research software engineer, a Bologna DevOps engineer;
// batch 4, written after batches 1-3's mends: a Tønsberg municipality's Microsoft 365 consultant (Norwegian), a Zürich
// private bank's OpenShift engineer, a TS/SCI Linux systems engineer, a Seville energy data engineer (Spanish), a São
// Paulo backend (Portuguese), a Wellington ministry's cloud engineer, a Helsinki netcode programmer, a Toronto legal-tech
// Python developer, an HN payroll post, a Bristol law firm's IT support).
// Scores in the decided range, first read then after that batch's mends: batch 1 5/10 then 7/10; batch 2 8/10 (read on
// batch 1's mends) then 10/10; batch 3 5/10 (read on batches 1-2's mends) then 9/10; batch 4 5/10 (the carry-over, read on batches 1-3's mends)
// then 8/10 on the final tree (with the six helpers' merges); all forty on the final tree: 35/40 in range (batch 1 8/10,
// batch 2 10/10, batch 3 9/10, batch 4 8/10).
// Still read otherwise (not asserted; the five pairs out of range first): "ArcGIS Enterprise administration" met by an
// ArcGIS Pro user (ArcGIS is an alias of GIS: a user is not told from an administrator); "Experiencia en pagos o
// fintech" unmet against a lender's payments APIs ("pagos" is no alias of payment systems); "Experience in iGaming" unmet
// against SLOs "for the sportsbook" (a sportsbook after "the" reads as the employer's market); "Linux and networking
// fundamentals" partial where the resume shows network policies only, and a Swiss bank not read as FINMA-regulated;
// "varejo ou e-commerce" unmet against a marketplace named only by its name; "Experience on government or MOD
// programmes" unknown.

const cv = (role: string, ...lines: string[]) => ['Noor Haddad', 'EXPERIENCE', role, ...lines.map((l) => `- ${l}`)].join('\n');
const posting = (heading: string, ...lines: string[]) => ['Acme | Engineer | Hybrid', '', heading, ...lines.map((l) => `- ${l}`)].join('\n');
const verdict = (p: string, r: string, start: string) => rowOf(p, r, start).verdict.verdict;
const groupsOf = (line: string) => {
  const { a } = pairMatch(posting('Requirements', line, 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'));
  return a.requirements.find((r) => r.text.startsWith(line.slice(0, 12)))!.groups;
};
const factsOf = (header: string) => analyzePosting(engine, postingFromText(['Administr\u00e1tor', header, '', 'Requirements', '- Linux'].join('\n'))).facts;

describe('Spanish "a la fecha" ends a span at today', () => {
  const roles = (line: string) => analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'EXPERIENCIA', line, '- Pruebas con Cypress'].join('\n'), TODAY).profile!.roles.map((r) => [r.start, r.end]);
  it('"QA Engineer \u2014 Lumbre \u2014 mayo 2021 \u2013 a la fecha" is a role to today', () => {
    expect(roles('QA Engineer \u2014 Lumbre \u2014 mayo 2021 \u2013 a la fecha')).toEqual([['2021-05', null]]);
  });
  it('"\u2026 hasta la fecha" too', () => {
    expect(roles('Analista \u2014 Grupo Tolsa \u2014 2020 \u2013 hasta la fecha')).toEqual([['2020-01', null]]);
  });
  it('counter-example: a closed span stays closed', () => {
    expect(roles('Analista \u2014 Grupo Tolsa \u2014 2018 \u2013 2020')).toEqual([['2018-01', '2020-01']]);
  });
});

describe('a degree\u2019s field that the ask names among its own', () => {
  const p = posting('Requirements', "Bachelor's degree in GIS, cartography, urban planning or a related field", 'Linux');
  const edu = (line: string) => ['Noor Haddad', 'EXPERIENCE', 'GIS Analyst \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Linux', '', 'EDUCATION', line].join('\n');
  it('a B.A. in Urban Planning meets "in GIS, cartography, urban planning or a related field"', () => {
    expect(verdict(p, edu('B.A. Urban Planning, Portland State University, 2018'), "Bachelor's")).toBe('met');
  });
  it('counter-example: a B.A. in Music, a field not named and not technical, stays partial', () => {
    expect(verdict(p, edu('B.A. Music, Portland State University, 2018'), "Bachelor's")).toBe('partial');
  });
});

describe('years said of the first clause only, when a second clause follows "and" without a comma', () => {
  const r = ['Noor Haddad', 'EXPERIENCE', 'Data Engineer \u2014 Beck & Rowe \u2014 2023 \u2013 present', '- Streaming jobs on Flink', 'Data Engineer \u2014 Ostra \u2014 2016 \u2013 2022', '- Batch data pipelines in Python'].join('\n');
  it('"built data pipelines for at least six years and be at home with Flink" needs the years of pipelines, not of Flink', () => {
    expect(verdict(posting('Requirements', 'You have built data pipelines for at least six years and be comfortable with Flink', 'Linux'), r, 'You have built')).toBe('met');
  });
  it('"5+ years of data pipelines and experience with Flink" the same', () => {
    expect(verdict(posting('Requirements', '5+ years of data pipelines and experience with Flink', 'Linux'), r, '5+ years')).toBe('met');
  });
  it('counter-example: "6+ years of Flink and data pipelines" asks the years of both: partial', () => {
    expect(verdict(posting('Requirements', '6+ years of Flink and data pipelines', 'Linux'), r, '6+ years')).toBe('partial');
  });
});

describe('Epic\u2019s modules are the Epic record system', () => {
  it('"Experience with Epic Beaker" and "Epic Tapestry build" ask Epic', () => {
    expect(groupsOf('Experience with Epic Beaker')).toEqual([['epic-ehr']]);
    expect(groupsOf('Epic Tapestry build experience')).toEqual([['epic-ehr']]);
  });
  it('counter-example: "an epic refactor of the billing code" asks no record system', () => {
    expect(groupsOf('Lead an epic refactor of the billing code').flat()).not.toContain('epic-ehr');
  });
});

describe('FME, the spatial ETL tool', () => {
  it('"FME Flow automations" and "FME" alone ask FME', () => {
    expect(groupsOf('FME Flow automations for parcel data')).toEqual([['fme']]);
    expect(groupsOf('FME')).toEqual([['fme']]);
  });
  it('counter-example: "FMEA worksheets" are no FME', () => {
    expect(groupsOf('FMEA worksheets for the new line').flat()).not.toContain('fme');
  });
});

describe('a Romanian pay range "\u00eentre X \u0219i Y"', () => {
  it('"salariu \u00eentre 9.000 \u0219i 12.500 RON net pe lun\u0103" is the range, not its top twice', () => {
    const f = analyzePosting(engine, postingFromText(['Inginer', 'Iasi', '', 'Cerin\u021be', '- Linux', '', 'Oferim: salariu \u00eentre 9.000 \u0219i 12.500 RON net pe lun\u0103.'].join('\n'))).facts;
    expect(f.salary).toMatchObject({ min: 9000, max: 12500, currency: 'RON' });
  });
  it('counter-example: one amount stays one amount', () => {
    const f = analyzePosting(engine, postingFromText(['Inginer', 'Iasi', '', 'Cerin\u021be', '- Linux', '', 'Oferim: salariu de 12.500 RON net pe lun\u0103.'].join('\n'))).facts;
    expect(f.salary).toMatchObject({ min: 12500, max: 12500 });
  });
});

describe('part of the week from home, said in a word', () => {
  it('"Partly from home", Czech "\u010c\u00e1ste\u010dn\u011b z domova", German "Teilweise Homeoffice", Norwegian "Delvis hjemmefra" are hybrid', () => {
    for (const h of ['Acme \u00b7 Leeds \u00b7 Partly from home', 'Acme s.r.o. \u00b7 Brno \u00b7 \u010c\u00e1ste\u010dn\u011b z domova', 'Acme GmbH \u00b7 Kassel \u00b7 Teilweise Homeoffice', 'Acme AS \u00b7 Bergen \u00b7 Delvis hjemmefra'])
      expect(factsOf(h).workMode, h).toBe('hybrid');
  });
  it('counter-example: "Part-time remote" and "Pr\u00e1ce z domova" stay remote', () => {
    expect(factsOf('Acme \u00b7 Leeds \u00b7 Part-time remote').workMode).toBe('remote');
    expect(factsOf('Acme s.r.o. \u00b7 Brno \u00b7 Pr\u00e1ce z domova').workMode).toBe('remote');
  });
});

describe('years of work on data are asked years, not a span of records kept', () => {
  const kindOf = (line: string) => pairMatch(posting('Requirements', line, 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux')).a.requirements[0]!;
  it('"6+ years of data pipelines" and "4+ years of Scala and data platforms" ask years', () => {
    expect(kindOf('6+ years of data pipelines').years?.min).toBe(6);
    expect(kindOf('4+ years of Scala and data platforms').years?.min).toBe(4);
  });
  it('counter-example: "7 years of archived meter data" is records, no years asked', () => {
    expect(kindOf('Query 7 years of archived meter data').years).toBeNull();
  });
});

describe('a certification\u2019s title with its acronym in brackets', () => {
  it('"Nutanix Certified Professional (NCP)" is one certification, met by the acronym', () => {
    const p = posting('Requirements', 'Nutanix Certified Professional (NCP)', 'Linux');
    expect(rowOf(p, cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux', 'Certifications: NCP (2024)'), 'Nutanix').item.groups).toHaveLength(1);
    expect(verdict(p, cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux', 'Certifications: NCP (2024)'), 'Nutanix')).toBe('met');
  });
  it('"Certified Application Developer (CAD)" asks the certification, not computer-aided design', () => {
    expect(groupsOf('Certified Application Developer (CAD)').flat()).not.toContain('cad');
  });
  it('counter-example: "CAD drawings of pump skids" is still computer-aided design', () => {
    expect(groupsOf('CAD drawings of pump skids').flat()).toContain('cad');
  });
});

describe('a named tool run on the command line', () => {
  it('"FFmpeg on the command line and in code" asks FFmpeg alone', () => {
    expect(groupsOf('FFmpeg on the command line and in code')).toEqual([['ffmpeg']]);
  });
  it('counter-example: "Comfortable on the command line" still asks command-line work', () => {
    expect(groupsOf('Comfortable on the command line').flat()).toContain('cli-tools');
  });
});

describe('SRT, the video transport', () => {
  const skills = (line: string) => analyzeResume(engine, 'cv.txt', cv('Video Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', line), TODAY).skills.map((x) => x.id);
  it('"Camera feeds in over SRT, packaged with FFmpeg" shows the streaming protocols', () => {
    expect(skills('Camera feeds in over SRT, packaged with FFmpeg')).toContain('media-streaming-protocols');
  });
  it('counter-example: "Burned the SRT captions into the archive copies" shows no protocol', () => {
    expect(skills('Burned the SRT captions into the archive copies')).not.toContain('media-streaming-protocols');
  });
});

describe('another parallel file system than those named', () => {
  const p = posting('Requirements', 'Parallel file systems: Lustre or GPFS', 'Linux');
  it('a BeeGFS cluster meets "Parallel file systems: Lustre or GPFS" in part', () => {
    expect(verdict(p, cv('HPC Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux', 'Ran BeeGFS scratch for the cluster'), 'Parallel')).toBe('partial');
  });
  it('counter-example: a Lustre cluster meets it', () => {
    expect(verdict(p, cv('HPC Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux', 'Ran Lustre scratch for the cluster'), 'Parallel')).toBe('met');
  });
});

describe('the years\u2019 "of" is no degree field', () => {
  it('"Bachelor\u2019s degree and 4 years of Windows administration" asks no field', () => {
    const { a } = pairMatch(posting('Requirements', "Bachelor's degree and 4 years of Windows administration", 'Linux'), cv('Engineer \u2014 Beck & rowe \u2014 2019 \u2013 present', 'Linux'));
    expect(a.facts.degree?.fields).toEqual([]);
  });
  it('counter-example: "Bachelor\u2019s degree in Physics" keeps its field', () => {
    const { a } = pairMatch(posting('Requirements', "Bachelor's degree in Physics", 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'));
    expect(a.facts.degree?.fields).toEqual(['Physics']);
  });
});

describe('Portugal\u2019s "O que procuramos" heads the asks', () => {
  const text = ['Engenheiro/a de Sistemas', 'Ondaluz \u00b7 Coimbra \u00b7 H\u00edbrido', '', 'Quem somos', 'Gerimos a rede de 40 hot\u00e9is no centro do pa\u00eds.', '', 'O que procuramos', '- Ansible ou Puppet', '- Experi\u00eancia com VMware', '', 'Valorizamos', '- Conhecimento de Zabbix'].join('\n');
  it('its lines are asks, required', () => {
    const a = analyzePosting(engine, postingFromText(text));
    expect(a.requirements.filter((r) => r.importance === 'required').map((r) => r.text)).toEqual(['Ansible ou Puppet', 'Experi\u00eancia com VMware']);
  });
  it('counter-example: "Quem somos" stays about the company', () => {
    expect(postingFromText(text).sections.find((x) => x.heading === 'Quem somos')?.kind).toBe('about');
  });
});

describe('the field of years said abroad, named as written', () => {
  it('"Pelo menos 4 anos de experi\u00eancia em engenharia de dados" is told in its own words in the evidence', () => {
    const r = ['Noor Haddad', 'EXPERI\u00caNCIA', 'Engenheiro de Dados \u2014 Altice \u2014 2019 \u2013 atual', '- Spark'].join('\n');
    const row = rowOf(posting('Requisitos', 'Pelo menos 4 anos de experi\u00eancia em engenharia de dados', 'Linux'), r, 'Pelo');
    expect(row.verdict.verdict).toBe('met');
    expect(row.verdict.evidence).toContain('engenharia de dados');
    expect(row.verdict.evidence).not.toMatch(/\s{2,}/);
  });
});

describe('Dutch and Indian degrees by their short names', () => {
  const degrees = (line: string, heading = 'OPLEIDING') => analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'WERKERVARING', 'Developer \u2014 Beck & Rowe \u2014 2019 \u2013 heden', '- Java', '', heading, line].join('\n'), TODAY).profile!.degrees;
  it('"HBO-ICT, Fontys Hogescholen \u2014 2019" is a bachelor\u2019s in ICT; "WO-master Informatica" a master\u2019s', () => {
    expect(degrees('HBO-ICT, Fontys Hogescholen \u2014 2019')).toEqual([{ level: 'bachelor', field: 'ICT' }]);
    expect(degrees('WO-master Informatica, Universiteit Twente \u2014 2021').map((d) => d.level)).toEqual(['master']);
  });
  it('"B.E. Electronics, PES University, 2015" is a bachelor\u2019s, with no heading above it', () => {
    const p = analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Linux', '', 'B.E. Electronics, PES University, 2015'].join('\n'), TODAY).profile!;
    expect(p.degrees.map((d) => d.level)).toEqual(['bachelor']);
  });
  it('counter-example: a role at HBO is no degree', () => {
    expect(degrees('Software Engineer \u2014 HBO \u2014 2016 \u2013 2018', 'EXPERIENCE')).toEqual([]);
  });
});

describe('Danish degrees in a resume', () => {
  const degrees = (line: string) => analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'ERHVERVSERFARING', 'Udvikler \u2014 Beck & Rowe \u2014 2019 \u2013 nu', '- Java', '', 'UDDANNELSE', line].join('\n'), TODAY).profile!.degrees;
  it('"Datamatiker, Erhvervsakademi Dania \u2014 2018" is an associate\u2019s in computer science', () => {
    expect(degrees('Datamatiker, Erhvervsakademi Dania \u2014 2018')).toEqual([{ level: 'associate', field: 'Computer Science' }]);
  });
  it('"Professionsbachelor i softwareudvikling" a bachelor\u2019s; "Civilingeni\u00f8r i datalogi" a master\u2019s', () => {
    expect(degrees('Professionsbachelor i softwareudvikling, KEA \u2014 2018').map((d) => d.level)).toEqual(['bachelor']);
    expect(degrees('Civilingeni\u00f8r i datalogi, DTU \u2014 2018').map((d) => d.level)).toEqual(['master']);
  });
  it('counter-example: a role whose line names a datamatiker team is no degree', () => {
    expect(degrees('Teamleder for fire datamatikere hos Netcompany \u2014 2016 \u2013 2018')).toEqual([]);
  });
});

describe('the web services a team operates are no APIs asked', () => {
  it('"5+ years operating large-scale web services" asks years, not APIs', () => {
    expect(groupsOf('5+ years operating large-scale web services').flat()).not.toContain('apis');
  });
  it('counter-example: "Build web services in Kotlin" asks APIs', () => {
    expect(groupsOf('Build web services in Kotlin').flat()).toContain('apis');
  });
});

describe('"We\u2019d love it if" heads the wishes', () => {
  const text = ['Acme | Engineer | Remote', '', 'What we\u2019re looking for', '- Go in production', '', 'We\u2019d love it if', '- you know Zig', '- you have run Nomad'].join('\n');
  it('its lines are nice-to-have', () => {
    const a = analyzePosting(engine, postingFromText(text));
    expect(a.requirements.filter((r) => r.importance === 'preferred').map((r) => r.text)).toEqual(['you know Zig', 'you have run Nomad']);
  });
  it('counter-example: "What we\u2019d love to see" still heads the asks', () => {
    const a = analyzePosting(engine, postingFromText(text.replace('What we\u2019re looking for', 'What we\u2019d love to see')));
    expect(a.requirements.find((r) => r.text === 'Go in production')?.importance).toBe('required');
  });
});

describe('a tertiary qualification asked', () => {
  const p = posting('About you', 'Tertiary qualification in computing or a related discipline', 'Linux');
  const edu = (line: string) => ['Noor Haddad', 'EXPERIENCE', 'Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Linux', '', 'EDUCATION', line].join('\n');
  it('is a degree ask, met by a bachelor\u2019s', () => {
    expect(rowOf(p, edu('Bachelor of Science (Computing), Deakin University, 2018'), 'Tertiary').item.kind).toBe('degree');
    expect(verdict(p, edu('Bachelor of Science (Computing), Deakin University, 2018'), 'Tertiary')).toBe('met');
  });
  it('counter-example: "software for the tertiary education sector" asks no degree', () => {
    expect(rowOf(posting('Requirements', 'Building software for the tertiary education sector', 'Linux'), edu('BSc, 2018'), 'Building').item.kind).not.toBe('degree');
  });
});

describe('a product\u2019s stack with its parts in brackets, or another product', () => {
  it('"the Grafana stack (Loki, Mimir) or New Relic" is one pick', () => {
    expect(groupsOf('Monitoring with the Grafana stack (Loki, Mimir) or New Relic').filter((g) => g.includes('new-relic'))[0]).toEqual(expect.arrayContaining(['grafana', 'loki', 'grafana-mimir', 'new-relic']));
  });
  it('counter-example: "the Grafana stack (Loki, Mimir)" alone asks each part', () => {
    expect(groupsOf('Monitoring with the Grafana stack (Loki, Mimir)').filter((g) => g.length > 1)).toEqual([]);
  });
});

describe('process historians by other vendors\u2019 names', () => {
  const skills = (line: string) => analyzeResume(engine, 'cv.txt', cv('Data Analyst \u2014 Beck & Rowe \u2014 2019 \u2013 present', line), TODAY).skills.map((x) => x.id);
  it('"Tag data from the Honeywell PHD historian" and "Aspen InfoPlus.21" show a process historian', () => {
    expect(skills('Tag data from the Honeywell PHD historian')).toContain('process-historians');
    expect(skills('Queries against Aspen InfoPlus.21 for the kiln')).toContain('process-historians');
  });
  it('counter-example: "a PhD historian joined the archive" shows none', () => {
    expect(skills('Built the catalogue with a PhD historian from the archive')).not.toContain('process-historians');
  });
});

describe('a tertiary degree is a degree', () => {
  it('"Tertiary degree in computing or equivalent experience" asks a bachelor\u2019s', () => {
    const { a } = pairMatch(posting('Requirements', 'Tertiary degree in computing or equivalent experience', 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'));
    expect(a.facts.degree?.level).toBe('bachelor');
  });
  it('and so is "a tertiary qualification in computing" (facts-s58\u2019s blind labels read it as a bachelor\u2019s)', () => {
    const { a } = pairMatch(posting('Requirements', 'A tertiary qualification in computing', 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'));
    expect(a.facts.degree?.level).toBe('bachelor');
  });
});

describe('counterintelligence, the polygraph a clearance asks', () => {
  it('"Active TS/SCI with CI polygraph" asks no CI/CD', () => {
    expect(groupsOf('Active TS/SCI clearance with a CI polygraph').flat()).not.toContain('ci-cd');
  });
  it('counter-example: "CI pipelines for the firmware" asks CI/CD', () => {
    expect(groupsOf('CI pipelines for the firmware').flat()).toContain('ci-cd');
  });
});

describe('systems engineering of a kind of running systems is operations', () => {
  it('"6+ years of Unix systems engineering" asks no systems programming', () => {
    expect(groupsOf('6+ years of Unix systems engineering').flat()).not.toContain('systems-programming');
  });
  it('counter-example: "Systems engineering in Zig and C" still does', () => {
    expect(groupsOf('Systems engineering in Zig and C').flat()).toContain('systems-programming');
  });
});

describe('Portuguese "containers Docker" names Docker', () => {
  const skills = (line: string) => analyzeResume(engine, 'cv.txt', cv('Dev \u2014 Beck & Rowe \u2014 2019 \u2013 present', line), TODAY).skills.map((x) => x.id);
  it('"Deploy em containers Docker no ECS" shows Docker and containers', () => {
    expect(skills('Deploy em containers Docker no ECS')).toEqual(expect.arrayContaining(['docker', 'containers']));
  });
  it('counter-example: "containers de carga" is not Docker', () => {
    expect(skills('Rastreio de containers de carga no porto')).not.toContain('docker');
  });
});

describe('Norwegian "Vi s\u00f8ker deg som har" and "To be successful you\u2019ll have" head the asks', () => {
  const required = (heading: string) => analyzePosting(engine, postingFromText(['Acme | Engineer | Hybrid', '', heading, '- Terraform', '- Ansible'].join('\n'))).requirements.filter((r) => r.importance === 'required').map((r) => r.text);
  it('their lines are asks', () => {
    expect(required('Vi s\u00f8ker deg som har')).toEqual(['Terraform', 'Ansible']);
    expect(required('To be successful you\u2019ll have')).toEqual(['Terraform', 'Ansible']);
  });
  it('counter-example: "What you\u2019ll do" lines are duties, not asks', () => {
    expect(analyzePosting(engine, postingFromText(['Acme | Engineer | Hybrid', '', 'What you\u2019ll do', '- Run the Terraform estate'].join('\n'))).requirements.every((r) => r.importance !== 'required' || r.text !== 'Run the Terraform estate')).toBe(true);
  });
});

describe('public bodies by their names', () => {
  const p = posting('Nice to have', 'Docker', 'Experience in the public sector');
  it('a Norwegian county ("\u00d8stfold fylkeskommune") and a tax department ("Inland Revenue") are the public sector', () => {
    expect(verdict(p, cv('IT-konsulent \u2014 \u00d8stfold fylkeskommune \u2014 2019 \u2013 present', 'Docker'), 'Experience in the public')).toBe('met');
    expect(verdict(p, cv('Cloud Engineer \u2014 Inland Revenue \u2014 2019 \u2013 present', 'Docker'), 'Experience in the public')).toBe('met');
  });
  it('counter-example: a private firm is not', () => {
    expect(verdict(p, cv('Cloud Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Docker'), 'Experience in the public')).not.toBe('met');
  });
});

describe('a clearance named only as the reason, in brackets', () => {
  it('"NZ citizenship or residency (this role requires a security clearance)" asks the work authorisation', () => {
    expect(rowOf(posting('Requirements', 'NZ citizenship or residency (the role needs a security clearance)', 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'), 'NZ').item.kind).toBe('authorization');
  });
  it('counter-example: "Active Secret clearance (US citizenship required)" is the clearance', () => {
    expect(rowOf(posting('Requirements', 'Active Secret clearance (US citizenship required)', 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'), 'Active').item.kind).toBe('clearance');
  });
});

describe('Romanian "sau" is "or"', () => {
  it('"GCP sau Azure" and "Ansible sau Puppet" are picks', () => {
    expect(groupsOf('GCP sau Azure')).toEqual([expect.arrayContaining(['google-cloud', 'azure'])]);
    expect(groupsOf('Ansible sau Puppet')).toEqual([expect.arrayContaining(['ansible', 'puppet'])]);
  });
  it('counter-example: "Ansible \u0219i Puppet" (and) asks both', () => {
    expect(groupsOf('Ansible \u0219i Puppet')).toHaveLength(2);
  });
});

describe('the energy trade told in Spanish, Portuguese, French and Italian work', () => {
  const p = posting('Nice to have', 'Docker', 'Experience in the energy sector');
  it('"datos de contadores inteligentes" and "monitorizaci\u00f3n de plantas fotovoltaicas" show it', () => {
    expect(verdict(p, cv('Ingeniera de Datos \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Docker', 'Modelos sobre datos de contadores inteligentes'), 'Experience in the energy')).toBe('met');
    expect(verdict(p, cv('Ingeniera de Datos \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Docker', 'Monitorizaci\u00f3n de plantas fotovoltaicas en Almer\u00eda'), 'Experience in the energy')).toBe('met');
  });
  it('counter-example: "contadores de visitas de la web" do not', () => {
    expect(verdict(p, cv('Ingeniera de Datos \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Docker', 'Contadores de visitas de la web'), 'Experience in the energy')).not.toBe('met');
  });
});
