import { describe, expect, it } from 'vitest';
import { analyzeResume } from '../../lib/analyze';
import { industriesAsked } from '../../lib/match/domains';
import { engine, rowOf, TODAY } from './readers';

// Written for this test (session 55, #12): classes found on the lead's fresh pairs of session 55.

const cv = (role: string, ...lines: string[]) => ['Noor Haddad', 'EXPERIENCE', role, ...lines.map((l) => `- ${l}`)].join('\n');
const posting = (heading: string, ...lines: string[]) => ['Acme | Engineer | Hybrid', '', heading, ...lines.map((l) => `- ${l}`)].join('\n');
const verdict = (p: string, r: string, start: string) => rowOf(p, r, start).verdict.verdict;

describe('an ask that is only a choice of names the taxonomy does not know', () => {
  const p = posting('Nice to have', 'Docker', 'Quorvex or Tallyline BX', 'Pennant or Hollowmere experience');
  it('"Quorvex or Tallyline BX": a resume naming one of them meets it', () => {
    const r = cv('IT Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Upgraded the Tallyline BX time-entry system');
    expect(verdict(p, r, 'Quorvex')).toBe('met');
  });
  it('"Pennant or Hollowmere experience": the word "experience" after the names changes nothing', () => {
    const r = cv('Systems Librarian \u2014 Eastfield Libraries \u2014 2018 \u2013 present', 'Ran Hollowmere for twelve branches');
    expect(verdict(p, r, 'Pennant')).toBe('met');
  });
  it('counter-example: a resume naming neither does not show them', () => {
    const r = cv('IT Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Patched 300 laptops');
    expect(verdict(p, r, 'Quorvex')).toBe('unmet');
  });
  it('counter-example: a single capitalised word or a work mode is no choice of names', () => {
    const q = posting('Requirements', 'Docker', 'Ownership', 'Remote or Hybrid');
    const r = cv('IT Engineer \u2014 Beck & Rowe \u2014 2019 \u2013 present', 'Patched 300 laptops');
    expect(verdict(q, r, 'Ownership')).not.toBe('unmet');
    expect(verdict(q, r, 'Remote or')).not.toBe('unmet');
  });
  it('a name at a level ("Qlikview to an advanced level", "Advanced Stata skills") is met by a line naming it, unmet without', () => {
    const q = posting('Requirements', 'SQL', 'Stata to an advanced level');
    expect(verdict(q, cv('Analyst \u2014 Fenwick Council \u2014 2020 \u2013 present', 'Stata models of the housing list'), 'Stata')).toBe('met');
    expect(verdict(q, cv('Analyst \u2014 Fenwick Council \u2014 2020 \u2013 present', 'SQL reports for the housing list'), 'Stata')).toBe('unmet');
  });
  it('counter-example: "Excellent Communication Skills" in title case is not a name', () => {
    const q = posting('Requirements', 'SQL', 'Excellent Communication Skills');
    expect(verdict(q, cv('Analyst \u2014 Fenwick Council \u2014 2020 \u2013 present', 'SQL reports'), 'Excellent')).not.toBe('unmet');
  });
});

describe('a vocational training named before a degree', () => {
  const p = ['Acme GmbH | Systemadministrator | Vor Ort', '', 'Dein Profil', '- Abgeschlossene Berufsausbildung als Fachinformatiker oder ein Studium der Informatik', '- Linux'].join('\n');
  it('is met by the training the resume names ("Fachinformatikerin f\u00fcr Anwendungsentwicklung (IHK)")', () => {
    const r = ['Mara Jensen', 'BERUFSERFAHRUNG', 'Systemadministratorin, Stadtwerke Husum, 2017 \u2013 heute', '- Linux-Server', '', 'AUSBILDUNG', 'Fachinformatikerin f\u00fcr Anwendungsentwicklung (IHK), 2017'].join('\n');
    expect(verdict(p, r, 'Abgeschlossene')).toBe('met');
  });
  it('counter-example: a resume with neither training nor degree leaves it unknown', () => {
    const r = ['Mara Jensen', 'BERUFSERFAHRUNG', 'Systemadministratorin, Stadtwerke Husum, 2017 \u2013 heute', '- Linux-Server'].join('\n');
    expect(verdict(p, r, 'Abgeschlossene')).toBe('unknown');
  });
});

describe('statistics and mathematics in French and Spanish are technical fields of a degree', () => {
  const p = ['Acme | Data Engineer | Lyon', '', 'Votre profil', '- Bac+5 en informatique ou \u00e9quivalent', '- Python'].join('\n');
  const r = (degree: string) => ['L\u00e9a Martin', 'EXP\u00c9RIENCE', 'Data Engineer \u2014 Laiterie Bresse \u2014 2021 \u2013 aujourd\u2019hui', '- Python', '', 'FORMATION', degree].join('\n');
  it('"Master Statistique et Science des Donn\u00e9es" meets "Bac+5 en informatique"', () => {
    expect(verdict(p, r('Master Statistique et Science des Donn\u00e9es, Universit\u00e9 de Lyon, 2020'), 'Bac+5')).toBe('met');
  });
  it('counter-example: a master in history is the level without the field (partly met)', () => {
    expect(verdict(p, r('Master Histoire moderne, Universit\u00e9 de Lyon, 2020'), 'Bac+5')).toBe('partial');
  });
});

describe('industries told by the employer\u2019s kind or the work', () => {
  it('primary care ("GP surgery software", "repeat prescriptions") is healthcare', () => {
    const p = posting('Nice to have', 'Go', 'Healthcare experience');
    expect(verdict(p, cv('Engineer \u2014 Surgerylink \u2014 2020 \u2013 present', 'Repeat prescriptions service for GP surgeries'), 'Healthcare')).toBe('met');
    expect(verdict(p, cv('Engineer \u2014 Shearline \u2014 2020 \u2013 present', 'Booking app for hair salons'), 'Healthcare')).toBe('unmet');
  });
  it('a university or research setting, by the employer\u2019s name or the researchers served', () => {
    const p = posting('Preferred', 'Linux', 'Experience in a university or academic research environment');
    expect(verdict(p, cv('Systems Engineer \u2014 Lakemont Polytechnic \u2014 2019 \u2013 present', 'Linux for the physics department'), 'Experience in')).toBe('met');
    expect(verdict(p, cv('Systems Engineer \u2014 Tessaly Labs \u2014 2019 \u2013 present', 'GPU nodes for the faculty and graduate students of the physics department'), 'Experience in')).toBe('met');
    expect(verdict(p, cv('Systems Engineer \u2014 Hallam Biotech \u2014 2019 \u2013 present', 'GPU nodes for 80 researchers'), 'Experience in')).not.toBe('met');
    expect(verdict(p, cv('Systems Engineer \u2014 Northgate Bank \u2014 2019 \u2013 present', 'Linux for the trading desk'), 'Experience in')).not.toBe('met');
  });
  it('counter-example: research asked of the setting is not shown by a college role that served no research', () => {
    const p = posting('Preferred', 'Linux', 'Experience supporting researchers in an academic setting');
    expect(verdict(p, cv('IT Technician \u2014 Fenland Community College \u2014 2019 \u2013 present', 'Lab PCs for students'), 'Experience')).not.toBe('met');
  });
  it('farming, food and drink in French, by a dairy\u2019s or a vineyard\u2019s name or work; a server farm is none', () => {
    const p = ['Acme | Data Engineer | Dijon', '', 'Un plus', '- Connaissance du secteur agricole ou agroalimentaire', '- Python'].join('\n');
    expect(verdict(p, cv('Data Engineer \u2014 Domaine des Trois Vignes \u2014 2021 \u2013 present', 'Harvest yield dashboards per vineyard plot'), 'Connaissance')).toBe('met');
    expect(verdict(p, cv('Data Engineer \u2014 Coldlake Hosting \u2014 2021 \u2013 present', 'Ran the build farm and the render farm'), 'Connaissance')).not.toBe('met');
  });
  it('arts, culture and heritage: a museum, a zoo, an orchestra by its name', () => {
    const p = posting('Nice to have', 'Azure', 'Experience at a gallery, museum or other cultural institution');
    expect(verdict(p, cv('IT Officer \u2014 Harbourside Maritime Museum \u2014 2018 \u2013 present', 'Windows for 60 staff'), 'Experience at')).toBe('met');
    expect(verdict(p, cv('IT Officer \u2014 Harbourside Logistics \u2014 2018 \u2013 present', 'Windows for 60 staff'), 'Experience at')).toBe('unmet');
  });
  it('"financial companies" in any language take in insurers; a bank asked does not', () => {
    const insurer = cv('DevOps Engineer \u2014 Previsora Andina Seguros \u2014 2020 \u2013 present', 'Kubernetes');
    expect(verdict(posting('Se valorar\u00e1', 'Kubernetes', 'Experiencia en empresas financieras'), insurer, 'Experiencia')).toBe('met');
    expect(verdict(posting('Nice to have', 'Kubernetes', 'Experience in the financial sector'), insurer, 'Experience')).toBe('met');
    expect(verdict(posting('Nice to have', 'Kubernetes', 'Experience at a bank'), insurer, 'Experience')).not.toBe('met');
  });
  it('"Travel or rental industry background": travel first of a list before the noun; travel asked of the hire is no industry', () => {
    expect(industriesAsked('Travel or car-rental industry background')).toContain('travel-hospitality');
    expect(industriesAsked('Travel up to 25% of the time to client sites')).toEqual([]);
  });
  it('the education sector, by a school\u2019s or a course platform\u2019s work; a machine learning title is not it', () => {
    const p = posting('Plus', 'TypeScript', 'Education sector');
    expect(verdict(p, cv('Developer \u2014 Brightwell Tutors \u2014 2021 \u2013 present', 'Booking for 900 learners and their teachers'), 'Education')).toBe('met');
    expect(verdict(p, cv('Machine Learning Engineer \u2014 Orbis Freight \u2014 2021 \u2013 present', 'Demand forecasts'), 'Education')).not.toBe('met');
  });
});

describe('one example in brackets after the kind asked', () => {
  it('"Speech recognition (Whisper)": one name the taxonomy does not know, shown as written, shows the kind', () => {
    const p = posting('Nice to have', 'Go', 'Speech recognition (Whisper)');
    expect(verdict(p, cv('Engineer \u2014 Callwise \u2014 2020 \u2013 present', 'Whisper transcripts of support calls'), 'Speech')).toBe('met');
    expect(verdict(p, cv('Engineer \u2014 Callwise \u2014 2020 \u2013 present', 'Go services for support calls'), 'Speech')).toBe('unmet');
  });
  it('counter-example: a word of importance in brackets, "(Preferred)", is no example', () => {
    const p = posting('Requirements', 'Go', 'Speech recognition (Preferred)');
    expect(verdict(p, cv('Engineer \u2014 Callwise \u2014 2020 \u2013 present', 'Preferred vendor for support calls'), 'Speech')).not.toBe('met');
  });
  it('"Medical imaging (DICOM)": a resume naming DICOM meets it; naming neither does not', () => {
    const p = posting('Nice to have', 'Python', 'Medical imaging (DICOM)');
    expect(verdict(p, cv('ML Engineer \u2014 Scanwise \u2014 2020 \u2013 present', 'DICOM ingestion from hospital PACS'), 'Medical')).toBe('met');
    expect(verdict(p, cv('ML Engineer \u2014 Scanwise \u2014 2020 \u2013 present', 'Python services for invoices'), 'Medical')).toBe('unmet');
  });
});

describe('leading work across teams, asked in words read as collaboration', () => {
  const p = posting('You have', 'Ruby', 'Experience leading cross-team technical projects');
  it('"led the move of billing off the monolith with three other teams" meets it', () => {
    expect(verdict(p, cv('Senior Engineer \u2014 Ledgerly \u2014 2019 \u2013 present', 'Led the move of billing off the monolith with three other teams'), 'Experience')).toBe('met');
  });
  it('counter-example: working beside other teams without leading says nothing', () => {
    expect(verdict(p, cv('Senior Engineer \u2014 Ledgerly \u2014 2019 \u2013 present', 'Paired with two other teams on the API'), 'Experience')).toBe('unknown');
  });
});

describe('plant and yard control systems named by their parts (HMIs, RTUs, OT networks)', () => {
  const p = posting('Requirements', '5 years in security, including 2 in ICS environments');
  it('a role whose lines name RTUs and HMIs gives the ICS years', () => {
    const r = cv('Security Analyst \u2014 Prairie Water \u2014 Jan 2020 \u2013 present', 'Hardened the RTUs and HMIs at 30 pump stations', 'Splunk detections');
    expect(rowOf(p, r, '5 years').verdict.evidence).not.toMatch(/does not show Industrial automation/);
  });
  it('counter-example: "hmis" in a lower-case sentence of another sense, or OT as overtime, is no such system', () => {
    const r = analyzeResume(engine, 'cv', cv('Nurse \u2014 Saint Ann \u2014 2020 \u2013 present', 'Logged OT hours for the ward'), TODAY);
    expect(r.skills.map((s) => s.id)).not.toContain('industrial-automation');
  });
});

describe('switches named by their product line show switching', () => {
  const p = posting('Requirements', 'Routing and switching (OSPF, BGP)');
  it('"Cisco Catalyst stacks, OSPF in the campus" shows both', () => {
    expect(verdict(p, cv('Network Engineer \u2014 Kielwerk \u2014 2018 \u2013 present', 'Cisco Catalyst stacks, OSPF in the campus, BGP to two carriers'), 'Routing')).toBe('met');
  });
  it('counter-example: a "Catalyst" programme is no switch', () => {
    const r = analyzeResume(engine, 'cv', cv('Coordinator \u2014 Kielwerk \u2014 2018 \u2013 present', 'Ran the Catalyst mentoring programme for new starters'), TODAY);
    expect(r.skills.map((s) => s.id)).not.toContain('layer-2-switching');
  });
});

describe('master\u2019s degrees by their capitals (MLIS, MSW, MPA)', () => {
  const degrees = (line: string) => analyzeResume(engine, 'cv', ['Ruth Obi', 'EXPERIENCE', 'Librarian \u2014 Eastfield \u2014 2016 \u2013 present', '', 'EDUCATION', line].join('\n'), TODAY).profile!.degrees.map((d) => d.level);
  it('"MLIS, Dominican University, 2015" and "MPA, Evans School, 2012" are master\u2019s degrees', () => {
    expect(degrees('MLIS, Dominican University, 2015')).toContain('master');
    expect(degrees('MPA, Evans School of Public Policy, 2012')).toContain('master');
  });
  it('counter-example: "MLS listings feed for 40 brokers" is no degree', () => {
    expect(degrees('MLS listings feed for 40 brokers')).not.toContain('master');
  });
});

describe('"N+ years of X, with deep experience in Y": the years are X\u2019s, Y need only be shown within them', () => {
  const p = posting('About you', '9+ years of software engineering, with deep experience in relational databases');
  const r = (line: string) => ['Ines Barros', 'EXPERIENCE', 'Senior Engineer \u2014 Findly \u2014 2019 \u2013 present', `- ${line}`, '', 'Engineer \u2014 Tapwell \u2014 2014 \u2013 2019', '- Java services for the billing team'].join('\n');
  it('twelve years of software with PostgreSQL shown since 2019 meets it', () => {
    expect(verdict(p, r('Tuned PostgreSQL for the 6 TB listings store'), '9+')).toBe('met');
  });
  it('counter-example: the years without the depth asked are not enough', () => {
    expect(verdict(p, r('Kotlin services for the checkout'), '9+')).not.toBe('met');
  });
});

describe('the lead\u2019s fourth batch: a part of the years by its verb, more industries, names inside phrases', () => {
  it('"8+ years as a software engineer, at least 3 of them writing Kotlin": the part\u2019s years are Kotlin\u2019s', () => {
    const p = posting('Requirements', '8+ years as a software engineer, at least 3 of them writing Kotlin');
    const r = (since: string) => ['Aleks Nowak', 'EXPERIENCE', `Senior Engineer \u2014 Parkly \u2014 ${since} \u2013 present`, '- Kotlin services for the parking apps', '', 'Engineer \u2014 Telemix \u2014 2015 \u2013 2020', '- Java services'].join('\n');
    expect(verdict(p, r('Mar 2021'), '8+')).toBe('met');
    expect(verdict(p, r('Mar 2025'), '8+')).not.toBe('met');
  });
  it('"6+ years in SRE, including 2+ leading a team": the leading years are the part\u2019s', () => {
    const p = posting('Requirements', '6+ years in site reliability engineering, including 2+ leading a team');
    const r = (line: string) => ['Sam Ortiz', 'EXPERIENCE', 'Senior SRE \u2014 Hoplane \u2014 Jan 2018 \u2013 present', `- ${line}`, '- Kubernetes and Prometheus for 200 services'].join('\n');
    expect(verdict(p, r('Led a team of five SREs since 2022'), '6+')).toBe('met');
    expect(verdict(p, r('Led a team of five SREs since March 2026'), '6+')).not.toBe('met');
  });
  it('maritime and offshore, by the employer\u2019s name or the work; a software port is none', () => {
    const p = posting('Nice to have', 'Python', 'Maritime or shipping industry experience');
    expect(verdict(p, cv('Data Engineer \u2014 Tidewater Ferries \u2014 2019 \u2013 present', 'Python for the booking data'), 'Maritime')).toBe('met');
    expect(verdict(p, cv('Data Engineer \u2014 Portside Software \u2014 2019 \u2013 present', 'Ported the reports to Python'), 'Maritime')).toBe('unmet');
  });
  it('an industry asked by a line that ends on "experience" ("Forestry or mining experience"); data mining is none', () => {
    const p = posting('Nice to have', 'Python', 'Forestry or mining experience');
    expect(verdict(p, cv('Engineer \u2014 Copperline Mining \u2014 2019 \u2013 present', 'Python for the haul trucks'), 'Forestry')).toBe('met');
    expect(industriesAsked('Data mining experience')).toEqual([]);
  });
  it('Germany\u2019s public service by an administration\u2019s name; a property manager is none', () => {
    const p = ['Acme | Admin | Vor Ort', '', 'W\u00fcnschenswert', '- Erfahrung in der \u00f6ffentlichen Verwaltung', '- Linux'].join('\n');
    expect(verdict(p, cv('Systemadministrator \u2014 Landratsamt Hohenfels \u2014 2019 \u2013 heute', 'Linux-Server'), 'Erfahrung')).toBe('met');
    expect(verdict(p, cv('Systemadministrator \u2014 Hausverwaltung Brandt \u2014 2019 \u2013 heute', 'Linux-Server'), 'Erfahrung')).not.toBe('met');
  });
  it('live performance in French ("le spectacle vivant") by a theatre\u2019s name', () => {
    const p = ['Acme | Admin | Lyon', '', 'Un plus', '- Exp\u00e9rience dans le spectacle vivant', '- Windows Server'].join('\n');
    expect(verdict(p, cv('Administrateur syst\u00e8mes \u2014 Th\u00e9\u00e2tre de la Croix-Rousse \u2014 2020 \u2013 aujourd\u2019hui', 'Windows Server'), 'Exp\u00e9rience')).toBe('met');
    expect(verdict(p, cv('Administrateur syst\u00e8mes \u2014 Banque Rh\u00f4ne \u2014 2020 \u2013 aujourd\u2019hui', 'Windows Server'), 'Exp\u00e9rience')).not.toBe('met');
  });
  it('a name inside a phrase of lower-case words ("remote depots over 4G") is what a resume writes', () => {
    const p = posting('Requirements', 'Linux', 'Experience with remote depots over 4G or microwave links');
    expect(verdict(p, cv('Network Engineer \u2014 Dalesway Buses \u2014 2019 \u2013 present', '4G failover routers at 12 depots'), 'Experience')).toBe('met');
    expect(verdict(p, cv('Network Engineer \u2014 Dalesway Buses \u2014 2019 \u2013 present', 'Fibre to 12 depots'), 'Experience')).toBe('unmet');
  });
  it('an open end in German ("oder einem anderen Bibliothekssystem") is no name asked', () => {
    const p = ['Acme | Admin | Vor Ort', '', 'W\u00fcnschenswert', '- Kenntnisse von Alma oder einem anderen Bibliothekssystem', '- Linux'].join('\n');
    expect(verdict(p, cv('Administrator \u2014 Stadtbibliothek Lenz \u2014 2019 \u2013 heute', 'Alma und Primo betreut'), 'Kenntnisse')).toBe('met');
    const row = rowOf(p, cv('Administrator \u2014 Stadtbibliothek Lenz \u2014 2019 \u2013 heute', 'Linux-Server'), 'Kenntnisse');
    expect(row.verdict.evidence).not.toMatch(/anderen/);
  });
});
