import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { findDateRanges, monthString } from '@/lib/resume/dates';
import { documentText, type PageRuns, type Run } from '@/lib/resume/layout';
import { resumeSections } from '@/lib/resume/sections';
import { engine, resumeBatchWithinAYear, TODAY } from './readers';

// Session 50 (#12): the resume profile on forms the earlier batches did not cover. Every text below is written for this
// test, none is a sentence of the labelled batch (test/fixtures/resumes/s50/).

const spans = (line: string) => findDateRanges(line).map((r) => `${monthString(r.start)}..${r.end === null ? 'now' : monthString(r.end)}`);
const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;
const roles = (text: string) => profile(text).roles.map((r) => `${r.start}..${r.end ?? 'now'} ${r.title ?? '?'} | ${r.company ?? '?'}`);
const degrees = (text: string) => profile(text).degrees;

describe('Czech month names and "sou\u010dasnost"', () => {
  it('the nominative names a CV dates by, and the genitive after "od"', () => {
    expect(spans('\u0159\u00edjen 2018 \u2013 sou\u010dasnost')).toEqual(['2018-10..now']);
    expect(spans('duben 2014 \u2013 leden 2015')).toEqual(['2014-04..2015-01']);
    expect(spans('kv\u011bten 2011 - prosinec 2013')).toEqual(['2011-05..2013-12']);
    expect(spans('od kv\u011btna 2016 do prosince 2019')).toEqual(['2016-05..2019-12']);
    expect(spans('od \u010dervna 2022 do sou\u010dasnosti')).toEqual(['2022-06..now']);
  });
  it('counter-examples: a month name with no year, a month in a sentence of no range', () => {
    expect(spans('nastoupila jsem v lednu')).toEqual([]);
    expect(spans('srpen a z\u00e1\u0159\u00ed na horách')).toEqual([]);
  });
});

describe('headings of Czech and Spanish CVs, and of the current Europass', () => {
  const kinds = (text: string) => resumeSections(text).map((s) => `${s.kind}:${s.heading}`);
  it('Czech experience, education, languages and certificates; Spanish education and certificates; Europass in German', () => {
    expect(kinds('Jan Nov\u00e1k\nPracovn\u00ed zku\u0161enosti\nx\nVzd\u011bl\u00e1n\u00ed\nx\nJazyky\nx\nCertifik\u00e1ty\nx')).toEqual([
      'contact:', 'experience:Pracovn\u00ed zku\u0161enosti', 'education:Vzd\u011bl\u00e1n\u00ed', 'skills:Jazyky', 'certifications:Certifik\u00e1ty',
    ]);
    expect(kinds('Ana Ruiz\nFORMACI\u00d3N ACAD\u00c9MICA\nx\nCERTIFICACIONES\nx')).toEqual(['contact:', 'education:FORMACI\u00d3N ACAD\u00c9MICA', 'certifications:CERTIFICACIONES']);
    expect(kinds('Ute Berg\nSCHUL- UND BERUFSBILDUNG\nx\nDIGITALE KOMPETENZEN\nx')).toEqual(['contact:', 'education:SCHUL- UND BERUFSBILDUNG', 'skills:DIGITALE KOMPETENZEN']);
  });
  it('degrees under "Formaci\u00f3n acad\u00e9mica" are no roles, nor a certificate\'s year under "Certificaciones"', () => {
    const text = [
      'Pablo Gil', 'EXPERIENCIA PROFESIONAL', 'Administrador de sistemas | Sierra Nevada Hosting S.L. | 2019 \u2013 2023', '\u00b7 Servidores Linux y copias de seguridad',
      'FORMACI\u00d3N ACAD\u00c9MICA', 'Grado en Matem\u00e1ticas \u2014 Universidad de Granada (2014 \u2013 2018)', 'CERTIFICACIONES', 'RHCSA (2020)',
    ].join('\n');
    expect(roles(text)).toEqual(['2019-01..2023-01 Administrador de sistemas | Sierra Nevada Hosting S.L']);
    expect(degrees(text)).toEqual([{ level: 'bachelor', field: 'Matem\u00e1ticas' }]);
  });
});

describe('Czech languages, degrees and the fields "obor" and "kierunek" name', () => {
  it('languages in Czech under "Jazyky"', () => {
    expect(profile('Petr Dole\u017eal\nJazyky\npol\u0161tina \u2013 C1\nfrancouz\u0161tina \u2013 A2\n\u010de\u0161tina \u2013 rodil\u00fd mluv\u010d\u00ed').languages).toEqual(['Polish', 'French', 'Czech']);
  });
  it('counter-example: a Czech language name in a line of work is no language spoken', () => {
    expect(profile('Petr Dole\u017eal\nPracovn\u00ed zku\u0161enosti\nP\u0159eklady do \u010de\u0161tiny a angli\u010dtiny pro klienty').languages).toEqual([]);
  });
  it('"In\u017een\u00fdr (Ing.), obor \u2026" a master\'s, "Bakal\u00e1\u0159 (Bc.), obor \u2026" a bachelor\'s, the field after "obor"', () => {
    const text = ['Vzd\u011bl\u00e1n\u00ed', '2009 \u2013 2011  In\u017een\u00fdr (Ing.), obor Kybernetika, \u010cVUT v Praze', '2006 \u2013 2009  Bakal\u00e1\u0159 (Bc.), obor Matematika, Univerzita Karlova'].join('\n');
    expect(degrees(text)).toEqual([{ level: 'master', field: 'Kybernetika' }, { level: 'bachelor', field: 'Matematika' }]);
  });
  it('a field a narrow cell wrapped goes on in lower case on the next line', () => {
    const text = ['Vzd\u011bl\u00e1n\u00ed', 'Magistr (Mgr.), obor Teoretick\u00e1', 'informatika', 'Masarykova univerzita, Brno'].join('\n');
    expect(degrees(text)).toEqual([{ level: 'master', field: 'Teoretick\u00e1 informatika' }]);
  });
  it('"kierunek:" names the field of a Polish degree whose level comes after it', () => {
    const text = ['WYKSZTA\u0141CENIE', '2012 \u2013 2016  Politechnika Krakowska', 'kierunek: Automatyka i Robotyka, studia I stopnia (in\u017cynier)'].join('\n');
    expect(degrees(text)).toEqual([{ level: 'bachelor', field: 'Automatyka i Robotyka' }]);
  });
  it('counter-example: "obor" in lower-case prose names no field; the degree keeps the field after "in"', () => {
    expect(degrees('EDUCATION\nM.Sc. in Physics, Charles University (obor was taught in English)')).toEqual([{ level: 'master', field: 'Physics' }]);
  });
});

describe('degree fields: "Grado en \u2026", "Master of Science Informatik", "B.Sc. Honours in \u2026"', () => {
  it('the words after "en" are the field of a Grado', () => {
    expect(degrees('FORMACI\u00d3N\nGrado en Ingenier\u00eda de Telecomunicaci\u00f3n \u2014 Universidad de Vigo (2010 \u2013 2014)')).toEqual([{ level: 'bachelor', field: 'Ingenier\u00eda de Telecomunicaci\u00f3n' }]);
  });
  it('a German degree\'s field after its kind with no "in"', () => {
    expect(degrees('AUSBILDUNG\nMaster of Science Maschinenbau, TU Darmstadt\nBachelor of Arts Germanistik, Universit\u00e4t Mainz')).toEqual([
      { level: 'master', field: 'Maschinenbau' },
      { level: 'bachelor', field: 'Germanistik' },
    ]);
  });
  it('honours before "in" are no part of the field', () => {
    expect(degrees('EDUCATION\nB.Sc. Honours in Physics \u2014 University of Cape Town')).toEqual([{ level: 'bachelor', field: 'Physics' }]);
  });
  it('counter-examples: "of Science" then the school names no field; "in" still leads as before', () => {
    expect(degrees('EDUCATION\nMaster of Science in Data Science, ETH Z\u00fcrich')).toEqual([{ level: 'master', field: 'Data Science' }]);
    expect(degrees('EDUCATION\nBachelor of Science, Universit\u00e4t Wien')[0]!.field).toBeNull();
  });
});

describe('roles whose dates come first: the lines above them are the role before\'s body', () => {
  it('a Europass "[ MM/YYYY \u2013 MM/YYYY ] Title" with the company below, after a body line with commas', () => {
    const text = [
      'BERUFSERFAHRUNG',
      '[ 03/2020 \u2013 Aktuell ] Testingenieur',
      'Rhein Pr\u00fcfsysteme GmbH',
      'Testautomatisierung mit Selenium, Berichte in Jira, Schulungen',
      '[ 10/2017 \u2013 02/2020 ] Werkstudentin Qualit\u00e4tssicherung',
      'Mosel Daten AG',
      'Manuelle Tests neben dem Studium',
    ].join('\n');
    expect(roles(text)).toEqual(['2020-03..now Testingenieur | Rhein Pr\u00fcfsysteme GmbH', '2017-10..2020-02 Werkstudentin Qualit\u00e4tssicherung | Mosel Daten AG']);
  });
  it('a Czech title beside its dates, the company with "a.s." or "s.r.o." below', () => {
    const text = [
      'Pracovn\u00ed zku\u0161enosti',
      'b\u0159ezen 2021 \u2013 sou\u010dasnost',
      'Backend Developer',
      'Jizera Data a.s., Liberec',
      'Slu\u017eby v Go a PostgreSQL; migrace do cloudu',
      'leden 2018 \u2013 \u00fanor 2021 Program\u00e1tor',
      'Labe Soft s.r.o., \u00dast\u00ed nad Labem',
    ].join('\n');
    expect(roles(text)).toEqual(['2021-03..now Backend Developer | Jizera Data a.s', '2018-01..2021-02 Program\u00e1tor | Labe Soft s.r.o']);
  });
  it('a title\'s word inside a sentence of the body above the dates is no title; a sentence below the title is no heading', () => {
    const text = [
      'EXPERIENCE',
      'Mar 2021 \u2013 present',
      'Data Scientist, Kestrel Health, Leeds',
      'Forecasting models in Python; lead the weekly review of model drift with the clinical team',
      'Jul 2019 \u2013 Sep 2019',
      'Research Intern, Osprey Labs, York',
      'Summer internship between years of study: survival models for readmission',
    ].join('\n');
    expect(roles(text)).toEqual(['2021-03..now Data Scientist | Kestrel Health', '2019-07..2019-09 Research Intern | Osprey Labs']);
  });
  it('counter-example: titles above their dates stay so', () => {
    const text = ['EXPERIENCE', 'Data Scientist, Kestrel Health', 'Mar 2021 \u2013 present', 'Forecasting models in Python', 'Analyst, Osprey Labs', 'Jul 2018 \u2013 Feb 2021', 'Reports in SQL'].join('\n');
    expect(roles(text)).toEqual(['2021-03..now Data Scientist | Kestrel Health', '2018-07..2021-02 Analyst | Osprey Labs']);
  });
});

describe('"Title, Team \u2014 Company (dates)": the words after the comma name a team where the resume\'s other heads say so', () => {
  it('a team with no team word takes its company from the dash, as the heads with one do', () => {
    const text = [
      'EXPERIENCE',
      'Data Engineer, Pricing Analytics squad \u2014 Marlowe Insurance Ltd (Feb 2021 \u2013 Present)',
      '- Spark jobs for renewal pricing',
      'Data Engineer, Claims Modelling \u2014 Thornbury Mutual (Mar 2018 \u2013 Jan 2021)',
      '- Airflow pipelines for claims data',
    ].join('\n');
    expect(roles(text)).toEqual(['2021-02..now Data Engineer | Marlowe Insurance Ltd', '2018-03..2021-01 Data Engineer | Thornbury Mutual']);
  });
  it('counter-example: where every head is "Title, Company \u2014 Town", the company stays before the dash', () => {
    const text = ['EXPERIENCE', 'Data Engineer, Thornbury Mutual \u2014 Bristol (Mar 2018 \u2013 Present)', '- Airflow pipelines', 'Analyst, Marlowe Insurance \u2014 Bath (2015 \u2013 2018)', '- Reports'].join('\n');
    expect(roles(text)).toEqual(['2018-03..now Data Engineer | Thornbury Mutual', '2015-01..2018-01 Analyst | Marlowe Insurance']);
  });
});

describe('a university\'s unit named before the university: the employer is the university', () => {
  it('the university on the next line, where a narrow cell wrapped it', () => {
    const text = [
      'ACADEMIC POSITIONS',
      'Jan 2021 \u2013 present  Assistant Professor, Department of Chemistry,',
      'University of Aberdeen',
      'Oct 2017 \u2013 Dec 2020  Postdoctoral Fellow, School of Biosciences',
      '(Structural Biology), Cardiff University',
    ].join('\n');
    expect(roles(text)).toEqual(['2021-01..now Assistant Professor | University of Aberdeen', '2017-10..2020-12 Postdoctoral Fellow | Cardiff University']);
  });
  it('an institute of a university on the same line', () => {
    expect(roles('EXPERIENCE\nMay 2019 \u2013 Apr 2022  Research Associate, Institute for Energy Systems, University of Strathclyde')).toEqual([
      '2019-05..2022-04 Research Associate | University of Strathclyde',
    ]);
  });
  it('counter-examples: a research institute\'s own name, and a government department with no university after it, stay the employer', () => {
    expect(roles('EXPERIENCE\nMay 2019 \u2013 Apr 2022  Research Scientist, Max Planck Institute for Informatics')).toEqual(['2019-05..2022-04 Research Scientist | Max Planck Institute for Informatics']);
    expect(roles('EXPERIENCE\nMay 2019 \u2013 Apr 2022  Data Analyst, Department of Health\nDashboards for hospital waiting lists')).toEqual(['2019-05..2022-04 Data Analyst | Department of Health']);
  });
});

describe('a PDF role head that wraps beside its right-aligned dates', () => {
  // A sidebar at x = 30 and a main column at x = 200 (a page of two columns); a run's width half its size per character.
  const run = (str: string, x: number, y: number, size = 9.5): Run => ({ str, x, y, width: str.length * size * 0.5, size });
  const side = ['Contact', 'Oslo, Norway', 'kari@example.no', 'Languages', 'Norwegian native', 'English fluent', 'Skills', 'Kotlin, Java', 'Spring, Kafka', 'Education', 'M.Sc. Informatics', 'NTNU, 2012 \u2013 2014'].map((t, i) =>
    run(t, 30, 780 - i * 14, 8.5),
  );
  const main: Run[] = [
    run('EXPERIENCE', 200, 780, 10.5),
    run('Backend Developer (contract, 3', 200, 760),
    run('Jan 2022 \u2013 Dec 2023', 380, 760.6, 8.5),
    run('days/week) \u00b7 Fjordkraft Digital', 200, 748.7),
    run('Payments services in Kotlin and Kafka streams', 210, 736),
    run('Data Engineer \u00b7 Nordlys Bank', 200, 716),
    run('Mar 2018 \u2013 Dec 2021', 380, 716.6, 8.5),
    run('Led the data team of six', 200, 704),
    run('Site Reliability Engineer \u00b7 Hardanger', 200, 684),
    run('Jan 2016 \u2013 Feb 2018', 390, 684.6, 8.5),
    run('Kraftverk', 200, 672.7),
    run('On-call for the metering platform', 210, 660),
  ];
  const lines = documentText([{ width: 595, height: 842, runs: [...side, ...main] } satisfies PageRuns]).split('\n');
  it('the line below at the head\'s edge, whose first word would have run into the dates, is the head\'s rest', () => {
    expect(lines).toContain('Backend Developer (contract, 3 days/week) \u00b7 Fjordkraft Digital');
    expect(lines).toContain('Site Reliability Engineer \u00b7 Hardanger Kraftverk Jan 2016 \u2013 Feb 2018');
    expect(lines.indexOf('Jan 2022 \u2013 Dec 2023')).toBe(lines.indexOf('Backend Developer (contract, 3 days/week) \u00b7 Fjordkraft Digital') + 1);
  });
  it('counter-examples: a short head\'s next line at its edge stays apart (its first word fits), as does an indented body line', () => {
    expect(lines).toContain('Data Engineer \u00b7 Nordlys Bank');
    expect(lines).toContain('Led the data team of six');
    expect(lines).toContain('Payments services in Kotlin and Kafka streams');
  });
});

describe('session 50 batch', () => {
  // (First read 6 of 10; only the total is read: its rows stay unseen.)
  it('its report part: at least 6 of 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s50', 'report');
    expect(n).toBe(10);
    expect(ok).toBeGreaterThanOrEqual(6);
  });
});
