import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../lib/analyze';
import { engine, pairMatch, rowOf, TODAY } from './readers';

// Written for this test (session 57, #12): classes found on the lead's fresh pairs of session 57 (thirty posting + resume
// pairs written fresh, in three batches of ten, each pair's score range and verdicts decided by hand before the first
// read: a Chilean copper mine's OT network, a housing association's Dynamics 365, a podcast host's SRE, a Finnish forestry
// firm's data engineer, a DoD Linux admin, a payments ledger's staff engineer, a German SAP Basis admin, a Pune Azure
// DevOps engineer, an Australian public service network engineer, a Swiss CSV engineer; a Tokyo infrastructure engineer,
// a Brazilian bank's cloud engineer, an Italian sistemista, an HN prose post, an avionics engineer, a charity's Salesforce
// admin, a Dutch platform engineer, a hospital SOC, a game studio's build engineer, an ML platform engineer; a shipping
// line's OT security, a Polish payments Java developer, a Greek open-banking backend, a Swiss insurer's DevOps, an Epic
// Cadence analyst, a Canadian public service IT-03, a South African bank's cloud engineer, an Irish medtech, a Singapore
// government cloud engineer, a Mexican payments backend).
// Scores in the decided range, first read then after that batch's mends: batch 1 6/10 then 10/10; batch 2 7/10 then 8/10
// (read on batch 1's mends); batch 3 6/10 then 8/10 (read on batches 1-2's mends).
// Still read otherwise (not asserted): "Experiência no setor financeiro" unmet against a credit co-operative; Polish
// "Doświadczenie w branży płatności" not read as an industry; "building provider templates and decision trees in
// Cadence" unknown (a Cadence user is no builder of it); HN prose gives one ask of four; "Kubernetes and GPUs (CUDA
// drivers, NVIDIA device plugin)" partial where the GPU operator is shown; "Buona conoscenza" met by B1 (s56's rule).

const cv = (role: string, ...lines: string[]) => ['Noor Haddad', 'EXPERIENCE', role, ...lines.map((l) => `- ${l}`)].join('\n');
const posting = (heading: string, ...lines: string[]) => ['Acme | Engineer | Hybrid', '', heading, ...lines.map((l) => `- ${l}`)].join('\n');
const verdict = (p: string, r: string, start: string) => rowOf(p, r, start).verdict.verdict;
const groupsOf = (line: string) => {
  const { a } = pairMatch(posting('Requirements', line, 'Linux'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'));
  return a.requirements.find((r) => r.text.startsWith(line.slice(0, 12)))!.groups;
};

describe('industrial protocols whose names hold a generic network word', () => {
  it('"Modbus TCP" and "EtherNet/IP" are fieldbus protocols, not TCP/IP and Ethernet', () => {
    expect(groupsOf('Commissioning of Modbus TCP and EtherNet/IP drives')).toEqual([['industrial-automation']]);
  });
  it('counter-example: "Gigabit Ethernet and TCP/IP troubleshooting" still asks both', () => {
    expect(groupsOf('Gigabit Ethernet and TCP/IP troubleshooting').flat()).toEqual(expect.arrayContaining(['ethernet', 'tcp-ip']));
  });
});

describe('what a named tool is used for is no second ask', () => {
  it('"TypeScript for page scripting" asks TypeScript alone (a word before the thing made)', () => {
    expect(groupsOf('TypeScript for page scripting')).toEqual([['typescript']]);
  });
  it('"GitLab for source control and build pipelines" asks GitLab alone (the things made, joined by "and")', () => {
    expect(groupsOf('GitLab for source control and build pipelines')).toEqual([['gitlab']]);
  });
  it('counter-example: "Python for data analysis and scripting" still asks the analysis', () => {
    expect(groupsOf('Python for data analysis and scripting').flat()).toContain('data-analysis');
  });
  it('counter-example: "Source control and release pipelines" with no tool before them are asked', () => {
    expect(groupsOf('Source control and release pipelines').flat()).toEqual(expect.arrayContaining(['version-control', 'release-engineering']));
  });
});

describe('two languages asked as a choice', () => {
  const p = posting('Nice to have', 'Docker', 'Danish or Norwegian');
  const langs = (line: string) => ['Noor Haddad', 'EXPERIENCE', 'Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Docker', '', 'LANGUAGES', line].join('\n');
  it('Danish native meets it though Norwegian is only basic', () => {
    expect(verdict(p, langs('Danish (native), Norwegian (basic)'), 'Danish or')).toBe('met');
  });
  it('counter-example: both at a beginner\u2019s level stay partial', () => {
    expect(verdict(p, langs('Danish (A2), Norwegian (basic)'), 'Danish or')).toBe('partial');
  });
  it('counter-example: both asked ("Danish and Norwegian") with one at a beginner\u2019s level stays partial', () => {
    expect(verdict(posting('Nice to have', 'Docker', 'Danish and Norwegian'), langs('Danish (native), Norwegian (basic)'), 'Danish and')).toBe('partial');
  });
});

describe('ACAS is the DoD\u2019s Nessus', () => {
  const p = posting('Requirements', 'Linux', 'Vulnerability scans with ACAS');
  it('a resume that runs Tenable Nessus scans meets "ACAS"', () => {
    expect(verdict(p, cv('Systems Administrator \u2014 Pike Labs \u2014 2019 \u2013 present', 'Linux', 'Weekly Nessus scans and patching'), 'Vulnerability scans')).toBe('met');
  });
  it('counter-example: a resume with no scanner does not', () => {
    expect(verdict(p, cv('Systems Administrator \u2014 Pike Labs \u2014 2019 \u2013 present', 'Linux', 'Patching and backups'), 'Vulnerability scans')).not.toBe('met');
  });
});

describe('years of the work, then a smaller count at a level', () => {
  const p = posting('Requirements', '10+ years writing server software, 3+ at principal or staff-lead level', 'Linux');
  const r = (title: string, since: string) => ['Noor Haddad', 'EXPERIENCE', `${title} \u2014 Tern Labs \u2014 ${since} \u2013 present`, '- Linux services', 'Software Engineer \u2014 Pike Foods \u2014 Jan 2012 \u2013 Dec 2019', '- Java services'].join('\n');
  it('the ten years are the resume\u2019s, the three those of the titles at the level', () => {
    expect(verdict(p, r('Principal Engineer', 'Jan 2020'), '10+ years')).toBe('met');
  });
  it('counter-example: nine years in all fall short', () => {
    const short = ['Noor Haddad', 'EXPERIENCE', 'Principal Engineer \u2014 Tern Labs \u2014 Jan 2021 \u2013 present', '- Linux services', 'Software Engineer \u2014 Pike Foods \u2014 Jan 2018 \u2013 Dec 2020', '- Java services'].join('\n');
    expect(verdict(p, short, '10+ years')).not.toBe('met');
  });
});

describe('a Chilean engineering degree named by its field', () => {
  const degrees = (line: string) => analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'EXPERIENCE', 'Ingeniera de Procesos \u2014 Codelco \u2014 2019 \u2013 presente', '', 'EDUCACI\u00d3N', line].join('\n'), TODAY).profile!.degrees.map((d) => d.level);
  it('"Ingenier\u00eda Civil Industrial \u2014 Universidad de Chile \u2014 2018" is a first degree', () => {
    expect(degrees('Ingenier\u00eda Civil Industrial \u2014 Universidad de Chile \u2014 2018')).toEqual(['bachelor']);
  });
  it('"Ingeniero Comercial, Universidad de Concepci\u00f3n, 2016" too', () => {
    expect(degrees('Ingeniero Comercial, Universidad de Concepci\u00f3n, 2016')).toEqual(['bachelor']);
  });
  it('counter-example: an engineer\u2019s job title outside the education section is no degree', () => {
    const p = analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'EXPERIENCE', 'Ingeniero Civil Estructural \u2014 Salfa \u2014 2019 \u2013 presente', '- Puentes'].join('\n'), TODAY).profile!;
    expect(p.degrees).toEqual([]);
  });
});

describe('regulated quality work and its software', () => {
  it('"Part 11" and "Annex 11" are GxP compliance; "another eQMS" is met by MasterControl', () => {
    const p = posting('Requirements', 'Linux', 'Working knowledge of Part 11 and Annex 11', 'Veeva Vault or another eQMS');
    const r = cv('QA Systems Specialist \u2014 Pike Pharma \u2014 2019 \u2013 present', 'Linux', 'Validated the LIMS under GAMP 5', 'Ran document control in MasterControl');
    expect(verdict(p, r, 'Working knowledge')).toBe('met');
    expect(verdict(p, r, 'Veeva Vault')).toBe('met');
  });
  it('counter-example: "part 11 of the handbook" in lower case is no regulation', () => {
    expect(groupsOf('Read part 11 of the handbook before you start')).toEqual([]);
  });
});

describe('named parts of SAP are asked as themselves', () => {
  const p = posting('Nice to have', 'Linux', 'SAP BTP');
  it('a Basis administrator with no BTP does not meet "SAP BTP"', () => {
    expect(verdict(p, cv('SAP Basis Administrator \u2014 Pike Foods \u2014 2019 \u2013 present', 'Linux', 'S/4HANA upgrades'), 'SAP BTP')).toBe('unmet');
  });
  it('counter-example: one who built on the Business Technology Platform does', () => {
    expect(verdict(p, cv('SAP Developer \u2014 Pike Foods \u2014 2019 \u2013 present', 'Linux', 'Side-by-side apps on SAP Business Technology Platform'), 'SAP BTP')).toBe('met');
  });
});

describe('"présent" ends a French span at today', () => {
  const roles = (line: string) => analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'EXP\u00c9RIENCE', line, '- Pipelines Jenkins'].join('\n'), TODAY).profile!.roles.map((r) => [r.start, r.end]);
  it('"Ing\u00e9nieure DevOps \u2014 Cobalt Jeux \u2014 f\u00e9vr. 2023 \u2013 pr\u00e9sent" is a role to today', () => {
    expect(roles('Ing\u00e9nieure DevOps \u2014 Cobalt Jeux \u2014 f\u00e9vr. 2023 \u2013 pr\u00e9sent')).toEqual([['2023-02', null]]);
  });
  it('"\u2026 depuis 2021 \u00e0 pr\u00e9sent" and "actuellement" too', () => {
    expect(roles('Analyste \u2014 Banque Laurentide \u2014 2021 \u2013 \u00e0 pr\u00e9sent')).toEqual([['2021-01', null]]);
    expect(roles('Analyste \u2014 Banque Laurentide \u2014 mars 2021 \u2013 actuellement')).toEqual([['2021-03', null]]);
  });
});

describe('the sysadmin in other languages, in a role\u2019s title', () => {
  const p = posting('Requirements', 'Linux', '3+ years of systems administration');
  it('an Italian "Sistemista" and a Dutch "Systeembeheerder" count their years', () => {
    expect(verdict(p, cv('Sistemista \u2014 Lattebusche \u2014 2019 \u2013 present', 'Linux e VMware'), '3+ years')).toBe('met');
    expect(verdict(p, cv('Systeembeheerder \u2014 Gemeente Venlo \u2014 2019 \u2013 present', 'Linux en VMware'), '3+ years')).toBe('met');
  });
  it('counter-example: a developer\u2019s title does not', () => {
    expect(verdict(p, cv('Sviluppatore Java \u2014 Lattebusche \u2014 2019 \u2013 present', 'Spring Boot'), '3+ years')).not.toBe('met');
  });
});

describe('a degree\u2019s fields after a slash are no names offered', () => {
  it('"Diploma di maturit\u00e0 o laurea in Fisica/Matematica" asks no product names', () => {
    expect(groupsOf('Diploma di maturit\u00e0 o laurea in Fisica/Matematica')).toEqual([]);
  });
  it('counter-example: "Conoscenza di Zucchetti o TeamSystem" still offers the two products', () => {
    expect(groupsOf('Conoscenza di Zucchetti o TeamSystem')).toEqual([['term:Zucchetti', 'term:TeamSystem']]);
  });
});

describe('a certification asked by the word abroad', () => {
  it('"Certificazione VCAP o VCDX" (Italian) and "Zertifizierung als VCAP" (German) ask the certificate', () => {
    expect(groupsOf('Certificazione VCAP o VCDX')).toEqual([['term:VCAP', 'term:VCDX']]);
    expect(groupsOf('Zertifizierung als VCAP').flat()).toEqual(['term:VCAP']);
  });
  it('counter-example: "Certificato medico" (a medical certificate) is no certification asked', () => {
    expect(groupsOf('Certificato medico di idoneit\u00e0')).toEqual([]);
  });
});

describe('fluency written after the language\u2019s name', () => {
  const p = (ask: string) => posting('Requirements', 'Docker', ask);
  const langs = (line: string) => ['Noor Haddad', 'EXPERIENCE', 'Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Docker', '', 'LANGUAGES', line].join('\n');
  it('"Inglese fluente" against English at A2/B1 is short of it', () => {
    expect(verdict(p('Inglese fluente'), langs('Italiano (madrelingua), Inglese (B1)'), 'Inglese')).toBe('partial');
    expect(verdict(p('Ingl\u00e9s fluido'), langs('Espa\u00f1ol (nativo), Ingl\u00e9s (B1)'), 'Ingl')).toBe('partial');
  });
  it('counter-example: against C1 it is met', () => {
    expect(verdict(p('Inglese fluente'), langs('Italiano (madrelingua), Inglese (C1)'), 'Inglese')).toBe('met');
  });
});

describe('threat hunting said as the hunts themselves', () => {
  const p = posting('Requirements', 'Linux', 'Threat hunting');
  it('"wrote KQL hunting queries" shows threat hunting', () => {
    expect(verdict(p, cv('Security Analyst \u2014 Pike Health \u2014 2019 \u2013 present', 'Linux', 'Wrote KQL hunting queries for lateral movement'), 'Threat hunting')).toBe('met');
  });
  it('counter-example: bargain hunting is not', () => {
    expect(verdict(p, cv('Buyer \u2014 Pike Retail \u2014 2019 \u2013 present', 'Linux', 'Bargain hunting for office supplies'), 'Threat hunting')).not.toBe('met');
  });
});

describe('an acronym in capitals with an s is no plural of a cased skill', () => {
  it('"IACS unified requirements" (the classification societies) are no infrastructure as code', () => {
    expect(groupsOf('Evidence for the IACS unified requirements on ships').flat()).not.toContain('infrastructure-as-code');
  });
  it('counter-example: "IaC" still is', () => {
    expect(groupsOf('IaC for every environment').flat()).toContain('infrastructure-as-code');
  });
});

describe('decision trees outside machine learning', () => {
  it('"decision trees for the support phone line" name no classification model', () => {
    expect(groupsOf('Maintaining decision trees for the support phone line').flat()).not.toContain('classification');
  });
  it('counter-example: beside scikit-learn they do', () => {
    expect(groupsOf('Gradient-boosted and decision trees in scikit-learn').flat()).toContain('classification');
  });
});

describe('wishes under a heading of the German "Von Vorteil" or Canada\u2019s "Asset qualifications"', () => {
  const importance = (heading: string) => {
    const { a } = pairMatch(['Acme | Engineer', '', 'Requirements', '- Linux', '', heading, '- Experience with Grafana'].join('\n'), cv('Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Linux'));
    return a.requirements.find((r) => r.text.includes('Grafana'))!.importance;
  };
  it('both head wishes', () => {
    expect(importance('Von Vorteil')).toBe('preferred');
    expect(importance('Asset qualifications')).toBe('preferred');
  });
  it('counter-example: "Essential qualifications" heads asks', () => {
    expect(importance('Essential qualifications')).toBe('required');
  });
});

describe('Red Hat\u2019s exam codes are certifications of a choice', () => {
  it('"RHCSA or EX294" is one pick of two', () => {
    expect(groupsOf('Red Hat certification (RHCSA or EX294)')).toEqual([['term:RHCSA', 'term:EX294']]);
  });
  it('counter-example: a switch\u2019s model code on a line that names no certification is none', () => {
    expect(groupsOf('Rack and cable the EX400 storage shelves')).toEqual([]);
  });
});

describe('an advanced level written after the language\u2019s name', () => {
  const p = posting('Requirements', 'Docker', 'Ingl\u00e9s avanzado (indispensable)');
  const langs = (line: string) => ['Noor Haddad', 'EXPERIENCE', 'Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Docker', '', 'IDIOMAS', line].join('\n');
  it('an intermediate English is short of "Ingl\u00e9s avanzado"', () => {
    expect(verdict(p, langs('Espa\u00f1ol (nativo), Ingl\u00e9s (intermedio)'), 'Ingl')).toBe('partial');
  });
  it('counter-example: English at C1 meets it', () => {
    expect(verdict(p, langs('Espa\u00f1ol (nativo), Ingl\u00e9s (C1)'), 'Ingl')).toBe('met');
  });
});

describe('(batch 4) New Zealand by its initials', () => {
  const p = posting('Requirements', 'Linux', 'Right to work in New Zealand');
  const r = (header: string) => ['Noor Haddad', header, 'EXPERIENCE', 'Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', '- Linux'].join('\n');
  it('"NZ citizen" in the header meets the right to work there', () => {
    expect(verdict(p, r('Wellington \u00b7 NZ citizen'), 'Right to work')).toBe('met');
  });
  it('counter-example: an Australian citizen\u2019s header does not name NZ', () => {
    expect(verdict(p, r('Sydney \u00b7 Australian citizen'), 'Right to work')).not.toBe('met');
  });
});

describe('(batch 4) time series models are forecasting', () => {
  const p = posting('Requirements', 'Linux', 'Time series forecasting');
  it('"Built time-series models of hourly load" shows it', () => {
    expect(verdict(p, cv('Data Scientist \u2014 Pike Energy \u2014 2019 \u2013 present', 'Linux', 'Built time-series models of hourly load'), 'Time series')).toBe('met');
  });
  it('counter-example: a time-series database run is no forecasting', () => {
    expect(verdict(p, cv('SRE \u2014 Pike Energy \u2014 2019 \u2013 present', 'Linux', 'Ran the InfluxDB time-series database'), 'Time series')).not.toBe('met');
  });
});

describe('(batch 4) France\u2019s BUT is a bachelor\u2019s', () => {
  const degrees = (lines: string[]) => analyzeResume(engine, 'cv.txt', ['Noor Haddad', 'EXP\u00c9RIENCE', 'Technicien \u2014 Cantal Info \u2014 2019 \u2013 aujourd\u2019hui', '', ...lines].join('\n'), TODAY).profile!.degrees.map((d) => d.level);
  it('"BUT Informatique \u2014 IUT de Lannion \u2014 2022" under FORMATION', () => {
    expect(degrees(['FORMATION', 'BUT Informatique \u2014 IUT de Lannion \u2014 2022'])).toEqual(['bachelor']);
  });
  it('counter-example: "BUT" opening a line outside the education section is a word', () => {
    expect(degrees(['PROFIL', 'BUT Je cherche un poste en alternance'])).toEqual([]);
  });
});
