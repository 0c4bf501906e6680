import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { findDateRanges, isMonthName, monthString } from '@/lib/resume/dates';
import { engine, resumeBatchWithinAYear, TODAY } from './readers';

// Session 59 (#12): the resume profile on forms the earlier batches did not cover, each class read wrong on the tune half of
// test/fixtures/resumes/s59/. Every text below is written for this test, none is a sentence of the labelled batch.

const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;
const roles = (text: string) => profile(text).roles.map((r) => `${r.start}..${r.end ?? 'now'} ${r.title ?? '?'} | ${r.company ?? '?'}`);
const degrees = (text: string) => profile(text).degrees.map((d) => `${d.level} ${d.field ?? '-'}`);
/** The spans a line holds, as 'YYYY-MM..YYYY-MM' ('now' for the present). */
const spans = (line: string) => findDateRanges(line).map((r) => `${monthString(r.start)}..${r.end === null ? 'now' : monthString(r.end)}`);

describe('session 59 batch', () => {
  // (First read: tune 6 of 10, report 7 of 10; the tune part 10 of 10 after the classes below. Only the report part's total
  // is read: its rows stay unseen.)
  it('its tune part: all 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s59', 'tune');
    expect(n).toBe(10);
    expect(ok).toBe(10);
  });
  it('its report part: all 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s59', 'report');
    expect(n).toBe(10);
    expect(ok).toBe(10);
  });
});

describe('Hungarian dates in digits, year first, a space after each dot', () => {
  it('"2018. 11. – jelenleg" and "2014. 02. – 2018. 10." are spans; a whole date\'s day may follow the month', () => {
    expect(spans('2018. 11. – jelenleg')).toEqual(['2018-11..now']);
    expect(spans('Hálózati mérnök   2014. 02. – 2018. 10.')).toEqual(['2014-02..2018-10']);
    expect(spans('2011. 09. 01. – 2015. 06. 30.')).toEqual(['2011-09..2015-06']);
    const text = ['SZAKMAI TAPASZTALAT', 'Szoftverfejlesztő', 'Bakony Rendszerház Kft., Veszprém', '2018. 11. – jelenleg', '', 'Tesztelő', 'Somló Szoft Bt., Pápa', '2014. 02. – 2018. 10.'].join('\n');
    expect(roles(text)).toEqual(['2018-11..now Szoftverfejlesztő | Bakony Rendszerház Kft', '2014-02..2018-10 Tesztelő | Somló Szoft Bt']);
  });
  it('counter-examples: the month\'s own dot is needed ("2019. 5 projekt"), a date alone is no span, the month named in words reads as before', () => {
    expect(spans('2019. 5 projekt – 2020. 3 kolléga')).toEqual([]);
    expect(spans('Születési dátum: 1991. 08. 14.')).toEqual([]);
    expect(spans('2016. szeptember – 2019. jan.')).toEqual(['2016-09..2019-01']);
  });
});

describe('Slovak month names and words for the present', () => {
  it('"február 2019 – doteraz", "apríl 2016 – október 2018", "jún 2015 – súčasnosť"', () => {
    expect(spans('február 2019 – doteraz')).toEqual(['2019-02..now']);
    expect(spans('Programátorka C#   apríl 2016 – október 2018')).toEqual(['2016-04..2018-10']);
    expect(spans('jún 2015 – súčasnosť')).toEqual(['2015-06..now']);
    expect(spans('marec 2012 – do súčasnosti')).toEqual(['2012-03..now']);
    // (The genitive after "od" and "do": "od septembra 2020 do novembra 2021".)
    expect(spans('od septembra 2020 do novembra 2021')).toEqual(['2020-09..2021-11']);
  });
  it('counter-examples: Polish and Czech months read as before; a month\'s name alone, with no year, is no date', () => {
    expect(spans('marzec 2020 – obecnie')).toEqual(['2020-03..now']);
    expect(spans('březen 2017 – dosud')).toEqual(['2017-03..now']);
    expect(spans('Máj je najkrajší mesiac na Orave')).toEqual([]);
  });
});

describe('Greek months in Latin letters (Greeklish)', () => {
  it('"Ianouarios 2018 – Simera", genitive "Noemvriou 2016", the spellings with b', () => {
    expect(spans('Ianouarios 2018 – Simera')).toEqual(['2018-01..now']);
    expect(spans('Noemvriou 2016 – Iouliou 2017')).toEqual(['2016-11..2017-07']);
    expect(spans('Oktobrios 2013 – Dekembrios 2015')).toEqual(['2013-10..2015-12']);
  });
  it('their short forms English has not, only before a year: "Avg. 2015 – Ioun. 2017"', () => {
    expect(spans('Avg. 2015 – Ioun. 2017')).toEqual(['2015-08..2017-06']);
  });
  it('counter-examples: "Ian" is a name before anything but a year; English months read as before', () => {
    expect(isMonthName('Ian')).toBe(false);
    expect(spans('Ian Doukas, Team Lead, 2019 – 2021')).toEqual(['2019-01..2021-01']);
    expect(spans('Sept. 2014 – Dec. 2016')).toEqual(['2014-09..2016-12']);
  });
});

describe('a heading of teaching beside community work: paid posts at a school are roles, volunteer posts none', () => {
  const cv = (heading: string) =>
    [
      'EXPERIENCE',
      'Platform Engineer, Kittiwake Freight — Whitby',
      'Mar 2017 – Present',
      '- Terraform and Kubernetes for the tracking services',
      '',
      heading,
      'Associate Lecturer (paid, evenings), Tees Valley College — Middlesbrough',
      'Sep 2020 – Jun 2024',
      '- Taught Linux administration to adult learners',
      '',
      'Volunteer Coach, Scarborough Code Dojo',
      'Jan 2019 – Present',
      '- Saturday sessions in Python for teenagers',
      '',
      'Mentor (unpaid), Yorkshire Tech Returners',
      '2022 – Present',
    ].join('\n');
  it('"TEACHING & COMMUNITY", "Teaching, Mentoring and Outreach": the lecturer\'s post is a role at the college, the town after the dash no employer', () => {
    for (const heading of ['TEACHING & COMMUNITY', 'Teaching, Mentoring and Outreach', 'Community and Teaching'])
      expect(roles(cv(heading))).toEqual(['2017-03..now Platform Engineer | Kittiwake Freight', '2020-09..2024-06 Associate Lecturer (paid, evenings) | Tees Valley College']);
  });
  it('under "Teaching" alone too, a post over its dates on a line of their own: "Tutor, Statistics | Ampleforth University" / "Sep 2012 – Jun 2014"', () => {
    const area = ['EXPERIENCE', 'Data Analyst, Rievaulx Insurance — York', 'Jan 2019 – Present', '', 'TEACHING', 'Tutor, Statistics | Ampleforth University', 'Sep 2012 – Jun 2014'].join('\n');
    expect(roles(area)).toContain('2012-09..2014-06 Tutor, Statistics | Ampleforth University');
  });
  it('counter-example: "Teaching" alone keeps its courses taught out of the roles', () => {
    const taught = ['EXPERIENCE', 'Data Analyst, Rievaulx Insurance — York', 'Jan 2019 – Present', '', 'TEACHING', 'Courses taught (2021 – present): SQL for analysts, Power BI basics'].join('\n');
    expect(roles(taught)).toEqual(['2019-01..now Data Analyst | Rievaulx Insurance']);
  });
});

describe('Slovak headings, titles, degree fields and languages', () => {
  const cv = [
    'Ing. Marek Kollár',
    'PRACOVNÉ SKÚSENOSTI',
    'Vedúci vývoja',
    'september 2019 – doteraz',
    'Váh Softvér s.r.o., Trenčín',
    'Java vývojár',
    'jún 2014 – august 2019',
    'Nitra Dáta a.s., Nitra',
    'VZDELANIE',
    'Ing., študijný program Počítačové inžinierstvo',
    '2012 – 2014',
    'Bc., odbor Informatika',
    '2009 – 2012',
    'JAZYKY',
    'slovenčina – materinský jazyk, angličtina – C1, maďarčina – B2, nemčina – A2',
  ].join('\n');
  it('the roles under "Pracovné skúsenosti", the study under "Vzdelanie" no roles', () => {
    expect(roles(cv)).toEqual(['2019-09..now Vedúci vývoja | Váh Softvér s.r.o', '2014-06..2019-08 Java vývojár | Nitra Dáta a.s']);
  });
  it('fields after "študijný program" and "odbor"; Slovak names of languages', () => {
    expect(degrees(cv)).toEqual(['master Počítačové inžinierstvo', 'bachelor Informatika']);
    expect(profile(cv).languages).toEqual(['Slovak', 'English', 'Hungarian', 'German']);
  });
  it('counter-example: a Czech CV reads as before (obor, němčina)', () => {
    const cz = ['VZDĚLÁNÍ', 'Bc., obor Aplikovaná informatika', '2011 – 2014', 'JAZYKY', 'čeština – rodilý mluvčí, němčina – B1'].join('\n');
    expect(degrees(cz)).toEqual(['bachelor Aplikovaná informatika']);
    expect(profile(cz).languages).toEqual(['Czech', 'German']);
  });
});

describe('an academic post: a group named before its university; a doctorate held as a post', () => {
  it('"Lecturer, Distributed Systems Group, University of Aberdeen", also with the university wrapped onto the next line', () => {
    const one = ['ACADEMIC APPOINTMENTS', '2022 – present   Research Fellow, Marine Robotics Lab, University of Aberdeen'].join('\n');
    expect(roles(one)).toEqual(['2022-01..now Research Fellow | University of Aberdeen']);
    const wrapped = ['ACADEMIC APPOINTMENTS', 'Sep 2021 – present   Senior Lecturer, Distributed Systems group,', 'Heriot-Watt University', 'Jan 2018 – Aug 2021   Research Associate, Lancaster University'].join('\n');
    expect(roles(wrapped)[0]).toBe('2021-09..now Senior Lecturer | Heriot-Watt University');
  });
  it('"PhD Candidate (employed, …" with its bracket wrapped onto the next line, the university after it: a role, the doctorate its dates', () => {
    const text = ['POSITIONS', '2019 – 2023   Doctoral Researcher (salaried, four-year', 'contract), Aalto University', '2023 – present   Data Scientist, Kemijoki Analytics Oy', 'EDUCATION', 'PhD in Machine Learning, Aalto University, 2019 – 2024'].join('\n');
    expect(roles(text)).toEqual(['2019-01..2023-01 Doctoral Researcher (salaried, four-year contract) | Aalto University', '2023-01..now Data Scientist | Kemijoki Analytics Oy']);
    expect(degrees(text)).toEqual(['phd Machine Learning']);
  });
  it('counter-examples: a team before a company keeps the company\'s reading; a PhD named as a degree under Experience is no role', () => {
    expect(roles(['EXPERIENCE', 'Senior Engineer, Payments Group, Harbour Ledger Ltd — Leeds', 'Jan 2020 – Present'].join('\n'))).toEqual(['2020-01..now Senior Engineer | Harbour Ledger Ltd']);
    const phd = ['EXPERIENCE', 'Analyst, Kemijoki Analytics Oy, 2023 – present', 'PhD in Statistics, University of Oulu, 2018 – 2022'].join('\n');
    expect(roles(phd)).toEqual(['2023-01..now Analyst | Kemijoki Analytics Oy']);
  });
});

describe('a level after a year of study names the students taught, no degree held', () => {
  it('"Databases (second-year BSc, 120 students)", "final-year MEng projects" under Teaching', () => {
    const text = ['EDUCATION', 'PhD in Computer Science, University of Bath, 2014 – 2018', 'TEACHING', '2019 – present   Lecturer of record, Databases (second-year BSc, 120 students)', 'Supervised final-year MEng projects, 2020 – 2023'].join('\n');
    expect(degrees(text)).toEqual(['phd Computer Science']);
  });
  it('counter-example: a degree of one\'s own in the education section reads as before', () => {
    expect(degrees(['EDUCATION', 'BSc Computer Science, University of Bath, 2010 – 2013'].join('\n'))).toEqual(['bachelor Computer Science']);
  });
});

describe('a volunteer\'s post under a heading of teaching written abroad is no role', () => {
  it('"DOCENCIA" (Spanish), "Lehre" (German): the volunteer posts leave the roles, the paid posts stay', () => {
    const es = ['EXPERIENCIA', 'Ingeniera de datos — Tajo Analítica S.L., Toledo', '03/2017 – actualidad', '', 'DOCENCIA', 'Profesora asociada (tiempo parcial) — Universidad de Castilla-La Mancha', '09/2021 – actualidad', 'Monitora voluntaria — Asociación Chicas que Programan', '01/2015 – 06/2016'].join('\n');
    expect(roles(es)).toEqual(['2017-03..now Ingeniera de datos | Tajo Analítica S.L', '2021-09..now Profesora asociada (tiempo parcial) | Universidad de Castilla-La Mancha']);
    const de = ['BERUFSERFAHRUNG', 'Softwareentwickler, Lahnwerk Systeme GmbH, Gießen', '04/2016 – heute', '', 'LEHRE', 'Lehrbeauftragter, Technische Hochschule Mittelhessen', '10/2020 – heute', 'Tutor (ehrenamtlich), CoderDojo Marburg', '02/2014 – 12/2015'].join('\n');
    expect(roles(de).map((r) => r.split(' | ')[0])).toEqual(['2016-04..now Softwareentwickler', '2020-10..now Lehrbeauftragter']);
  });
  // (s60: changed. A volunteer's post under the experience heading is no role either, as every label since s46 has it (s60's
  // tune half: "Volunteer Developer (unpaid)", "Pro bono Web Consultant", "Formador volunt\u00e1rio (voluntariado)" under the experience
  // heading); it was listed before, with no years. Its months stay out of the years, as before.)
  it('a volunteer\'s post under the experience heading is no role either (s60); its months still no years of work', () => {
    const text = ['EXPERIENCIA', 'Ingeniera de datos — Tajo Analítica S.L., Toledo', '03/2017 – actualidad', 'Monitora voluntaria — Asociación Chicas que Programan', '01/2015 – 06/2016'].join('\n');
    expect(roles(text)).toHaveLength(1);
    expect(profile(text).totalYears).toBe(9.8);
  });
});
