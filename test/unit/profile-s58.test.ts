import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { documentText, type Run } from '@/lib/resume/layout';
import { engine, resumeBatchWithinAYear, TODAY } from './readers';

// Session 58 (#12): the resume profile on forms the earlier batches did not cover, each class read wrong on the tune half of
// test/fixtures/resumes/s58/. Every text below is written for this test, none is a sentence of the labelled batch, and each is
// set in another layout than the batch's resume that showed the class.

const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;
const roles = (text: string) => profile(text).roles.map((r) => `${r.start}..${r.end ?? 'now'} ${r.title ?? '?'} | ${r.company ?? '?'}`);
const degrees = (lines: string[]) => profile(['Education', ...lines].join('\n')).degrees.map((d) => `${d.level} ${d.field ?? '-'}`);

/** Runs at `x`, from `top` down, `pitch` apart (empty strings leave a line out). */
function column(x: number, top: number, lines: string[], o: { pitch?: number; size?: number } = {}): Run[] {
  const size = o.size ?? 10;
  return lines.map((str, i) => ({ str, x, y: top - i * (o.pitch ?? 12), width: str.length * size * 0.5, size })).filter((r) => r.str);
}

describe('session 58 batch', () => {
  // (First read 9 of 10 each; the tune part 10 of 10 after the classes below. Only the report part's total is read: its rows
  // stay unseen.)
  it('its tune part: all 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s58', 'tune');
    expect(n).toBe(10);
    expect(ok).toBe(10);
  });
  it('its report part: at least 9 of 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s58', 'report');
    expect(n).toBe(10);
    expect(ok).toBeGreaterThanOrEqual(9);
  });
});

describe('a right column of spans, each with its town or kind of hire stacked under it', () => {
  // Each entry: the title, the employer and two bullets left; its span level with the title right, the town and "Contract"
  // under the span.
  const entry = (top: number, title: string, employer: string, span: string, town: string, kind: string): Run[] => [
    ...column(50, top, [title, employer, 'Built the ingest jobs for the tidal sensors in Python', 'Ran the weekly release and its rollback drills']),
    ...column(440, top, [span, town, kind]),
  ];
  const page = {
    width: 595,
    height: 842,
    runs: [
      ...column(50, 800, ['Maren Vosskuhl', 'Data engineer in Kiel, with some years of contracting behind her'], { size: 12, pitch: 16 }),
      ...column(50, 760, ['Experience']),
      ...entry(740, 'Data Engineer', 'Kieler Förde Sensorik GmbH', '05/2021 – present', 'Kiel', 'Permanent'),
      ...entry(680, 'Analytics Developer', 'Schlei Wind Service GmbH', '09/2018 – 04/2021', 'Schleswig', 'Contract'),
      ...entry(620, 'Junior Developer', 'Eckernförde Web UG', '03/2016 – 08/2018', 'Eckernförde', 'Permanent'),
      ...column(50, 560, ['Education', 'M.Sc. Informatik, Christian-Albrechts-Universität zu Kiel']),
    ],
  };
  it('reads each span beside its entry, not as a column after the page', () => {
    const text = documentText([page]);
    expect(text.indexOf('05/2021 – present')).toBeLessThan(text.indexOf('Analytics Developer'));
    expect(roles(text)).toEqual([
      '2021-05..now Data Engineer | Kieler Förde Sensorik GmbH',
      '2018-09..2021-04 Analytics Developer | Schlei Wind Service GmbH',
      '2016-03..2018-08 Junior Developer | Eckernförde Web UG',
    ]);
  });
  it('counter-example: a sidebar of skills and languages right of the roles, with a certificate\'s year or two, stays a column of its own', () => {
    const sidebar = {
      width: 595,
      height: 842,
      runs: [
        ...column(50, 780, ['Experience', 'Data Engineer, Kieler Förde Sensorik GmbH, 05/2021 – present', 'Built the ingest jobs for the tidal sensors in Python', 'Ran the weekly release and its rollback drills', 'Analytics Developer, Schlei Wind Service GmbH, 09/2018 – 04/2021', 'Dashboards for the turbine owners in Grafana and SQL', 'Kept the SCADA exports flowing into the warehouse']),
        ...column(430, 780, ['Skills', 'Python', 'SQL', 'Airflow', 'Grafana', 'Certificates', '2022', 'CKA', '2019', 'Languages', 'German', 'English', 'Danish']),
      ],
    };
    const text = documentText([sidebar]);
    expect(text.indexOf('Skills')).toBeGreaterThan(text.indexOf('Kept the SCADA exports'));
  });
});

describe('"Leiter" alone as a title (its prefix joined by a hyphen), never inside another word', () => {
  it('"seit 01/2021 Leiterin IT-Betrieb", "EDV-Leiter" beside their dates, the employer on the next line', () => {
    const text = ['Berufserfahrung', 'seit 01/2021 Leiterin IT-Betrieb', 'Kornmühle Wetterau GmbH, Friedberg', 'Betrieb von 180 Arbeitsplätzen und zwei Rechenzentren', '04/2015 – 12/2020', 'EDV-Leiter', 'Vogelsberg Stahlbau GmbH, Lauterbach', 'Netzwerk, Telefonanlage und das ERP'].join('\n');
    expect(roles(text)).toEqual(['2021-01..now Leiterin IT-Betrieb | Kornmühle Wetterau GmbH', '2015-04..2020-12 EDV-Leiter | Vogelsberg Stahlbau GmbH']);
  });
  it('counter-example: "Halbleiterwerk Oder GmbH" below a title is the employer (a letter before "leiter")', () => {
    const text = ['Berufserfahrung', '03/2016 – 12/2020 Prozessingenieur', 'Halbleiterwerk Oder GmbH, Frankfurt (Oder)', 'Ausbeute der Lithografie'].join('\n');
    expect(roles(text)).toEqual(['2016-03..2020-12 Prozessingenieur | Halbleiterwerk Oder GmbH']);
  });
});

describe('a title alone on its line naming its area after a comma, the employer on a line below', () => {
  it('"Deputy Lead, Customer Data (EC-05)" over "Transport Canada — Ottawa, ON | span": the area and its classification are the title\'s', () => {
    const text = ['Experience', '', 'Deputy Lead, Customer Data (EC-05)', 'Transport Canada — Ottawa, ON | May 2020 – present', '- Leads six analysts on the licensing data', '', 'Analyst, Program Evaluation (EC-04)', 'Transport Canada — Ottawa, ON | June 2016 – April 2020', '- Evaluations of rail safety grants'].join('\n');
    expect(roles(text)).toEqual([
      '2020-05..now Deputy Lead, Customer Data (EC-05) | Transport Canada',
      '2016-06..2020-04 Analyst, Program Evaluation (EC-04) | Transport Canada',
    ]);
  });
  it('"Intern, QA" over its span, the employer below: two capitals naming a field are no state\'s code', () => {
    const text = ['Experience', 'Intern, QA', 'Jul 2019 – Dec 2019', 'Oderbruch Apps GmbH', 'Regression tests of the ticket app'].join('\n');
    expect(roles(text)).toEqual(['2019-07..2019-12 Intern, QA | Oderbruch Apps GmbH']);
  });
  it('counter-examples: the employer after a dash on the title\'s own line (s50), a name with a legal form, a state\'s code', () => {
    expect(roles(['Experience', 'Software Engineer, Ledger Services — Fenmark Bank plc   2019 – 2022', '- Reconciliation jobs in Kotlin'].join('\n'))).toEqual(['2019-01..2022-01 Software Engineer | Fenmark Bank plc']);
    expect(roles(['Experience', 'Systems Analyst', 'Prairie Grain Co-op — Fargo, ND | 2018 – 2021', '- Elevator scale software'].join('\n'))).toEqual(['2018-01..2021-01 Systems Analyst | Prairie Grain Co-op']);
  });
  it('counter-example: a title and its employer beside the dates keep the employer, the capitalised line below being the body', () => {
    expect(roles(['Employment', '', 'Since 2020    Platform Engineer, Tidewell Freight', 'Kafka Connect Pipelines', ''].join('\n'))).toEqual(['2020-01..now Platform Engineer | Tidewell Freight']);
  });
});

describe('a contractor engaged through an agency, its clients dated inside the agency\'s span', () => {
  const text = [
    'Contract History',
    'Contract QA Engineer — placed through Harrowgate Talent Ltd          Feb 2020 – Present',
    '  Client: Moorland Water (Mar 2023 – Present)',
    '    Test automation for the billing portal',
    '  Client: Ridings Bus Company (Feb 2020 – Feb 2023)',
    '    Ticket machine firmware tests',
    'Test Analyst — Fell Data Ltd, Kendal          May 2015 – Jan 2020',
    '  Manual and automated testing of a survey product',
  ].join('\n');
  it('one role, the agency its company (the words that place one through it no part of the name); the clients no roles', () => {
    expect(roles(text)).toEqual(['2020-02..now Contract QA Engineer | Harrowgate Talent Ltd', '2015-05..2020-01 Test Analyst | Fell Data Ltd']);
  });
  it('"· via Brackenfield Recruitment" names the agency too; "Via Rail Canada" in capitals stays a name', () => {
    expect(roles(['Experience', 'Contract Network Engineer · via Brackenfield Recruitment   Jan 2021 – Present', '- Firewall changes for two councils'].join('\n'))).toEqual(['2021-01..now Contract Network Engineer | Brackenfield Recruitment']);
    expect(roles(['Experience', 'Systems Analyst — Via Rail Canada   2016 – 2019', '- Crew scheduling reports'].join('\n'))).toEqual(['2016-01..2019-01 Systems Analyst | Via Rail Canada']);
  });
  it('counter-example: a client\'s line whose dates fall outside the role above stays a role of its own', () => {
    const r = roles(['Experience', 'Analyst — Fell Data Ltd   2015 – 2019', '- Survey dashboards', 'Client: Dale Foods (2020 – 2021)', '- Pricing model'].join('\n'));
    expect(r.some((x) => x.startsWith('2020-01..2021-01'))).toBe(true);
  });
});

describe('a rirekisho\'s "Joined X — assigned to a unit as Title"', () => {
  it('the title after "as" in the clause that places one in a unit', () => {
    const text = [
      'Year.Month  Employment',
      '2014.04  Joined Kitakami Logistics Co., Ltd. — posted to the Warehouse Systems Section as Application Engineer',
      '2018.10  Promoted to Senior Application Engineer',
      '2021.06  Resigned from Kitakami Logistics Co., Ltd.',
      '2021.07  Joined Ou Mountain Rail Inc. as Platform Engineer',
      '         Currently employed',
    ].join('\n');
    expect(roles(text)).toEqual([
      '2014-04..2018-09 Application Engineer | Kitakami Logistics Co., Ltd',
      '2018-10..2021-06 Senior Application Engineer | Kitakami Logistics Co., Ltd',
      '2021-07..now Platform Engineer | Ou Mountain Rail Inc',
    ]);
  });
});

describe('a conscript\'s or a rank\'s word, then the duty after a comma', () => {
  it('"Conscript, field medic (Private First Class) — Estonian Defence Forces, Kuperjanov Battalion" is one title, the forces the employer', () => {
    const text = ['Military Service', 'Conscript, field medic (Private First Class) — Estonian Defence Forces, Kuperjanov Battalion, Võru', 'Jul 2016 – Jun 2017', '- First aid training for the company'].join('\n');
    expect(roles(text)).toEqual(['2016-07..2017-06 Conscript, field medic (Private First Class) | Estonian Defence Forces']);
  });
  it('counter-example: a rank, then its unit after the comma: the unit stays the employer', () => {
    expect(roles(['Military Service', 'Corporal, 2nd Signal Brigade   2010 – 2014', '- Radio relay detachment'].join('\n'))).toEqual(['2010-01..2014-01 Corporal | 2nd Signal Brigade']);
  });
});

describe('teaching posts and volunteering named abroad', () => {
  it('"Profesora asociada (tiempo parcial) — Universidad de Alcalá" is a title and a school; a "voluntario" post\'s months are no years of work', () => {
    const text = ['EXPERIENCIA', 'Analista de datos — Henares Seguros S.A., Madrid', '01/2018 – actualidad', 'DOCENCIA', 'Profesora asociada (tiempo parcial) — Universidad de Alcalá', '09/2020 – actualidad', 'Mentor voluntario — Asociación Código Joven', '01/2012 – 12/2013'].join('\n');
    const p = profile(text);
    expect(roles(text)).toContain('2020-09..now Profesora asociada (tiempo parcial) | Universidad de Alcalá');
    // 2018-01..2026-12: 108 months; the voluntary 2012-2013 adds none.
    expect(p.totalYears).toBe(9);
  });
});

describe('languages after "Official languages:"', () => {
  it('"Official languages: French (first official language); English — SLE results: BBB"', () => {
    expect(profile(['Marie-Ève Gagnon', 'Official languages: French (first official language); English — SLE results: BBB', 'Experience', 'Analyst, Statistics Canada, 2019 – present'].join('\n')).languages).toEqual(['French', 'English']);
  });
  it('counter-example: "Programming languages: Go, Rust" names no spoken language', () => {
    expect(profile(['Programming languages: Go, Rust, Python', 'Experience', 'Engineer, Acme Ltd, 2019 – present'].join('\n')).languages).toEqual([]);
  });
});

describe('Spain\'s five-year engineering degrees against the first degrees of the Americas', () => {
  it('"Ingeniero de Telecomunicación" in a CV from Spain (a Spanish company\'s S.L.), and one whose line says its plan, are master-level', () => {
    const spain = ['EXPERIENCIA', 'Ingeniero de redes — Turia Telecom S.L., Valencia', '03/2012 – actualidad', 'FORMACIÓN', 'Ingeniero de Telecomunicación — Universidad Politécnica de Valencia, 2005 – 2011'].join('\n');
    expect(profile(spain).degrees.map((d) => d.level)).toEqual(['master']);
    expect(degrees(['Ingeniera en Informática (pre-Bolonia, cinco años) — Universidad de Oviedo, 2004 – 2009'])).toEqual(['master Informática']);
  });
  it('counter-examples: a Mexican "Ingeniero en Computación" and Spain\'s "Ingeniero Técnico" stay first degrees', () => {
    const mexico = ['EXPERIENCIA', 'Desarrollador — Bajío Software S.A. de C.V., León', '2016 – actualidad', 'EDUCACIÓN', 'Ingeniero en Computación — Universidad de Guanajuato, 2011 – 2015'].join('\n');
    expect(profile(mexico).degrees.map((d) => d.level)).toEqual(['bachelor']);
    const tecnico = ['EXPERIENCIA', 'Programador — Duero Datos S.L., Valladolid', '2010 – actualidad', 'FORMACIÓN', 'Ingeniero Técnico en Informática de Gestión — Universidad de Valladolid'].join('\n');
    expect(profile(tecnico).degrees.map((d) => d.level)).toEqual(['bachelor']);
  });
});

describe('degree fields named before the degree: German "…, Abschluss …", a department before "(Bachelor of Engineering)"', () => {
  it('"Medieninformatik (dual), Abschluss: Bachelor of Science" and its wrapped form', () => {
    expect(degrees(['10/2012 – 09/2015 Medieninformatik (dual), Abschluss: Bachelor of Science, DHBW Mannheim'])).toEqual(['bachelor Medieninformatik']);
    expect(degrees(['Informationstechnik, Abschluss', 'Master of Engineering', 'Hochschule Esslingen'])).toEqual(['master Informationstechnik']);
  });
  it('"Graduated from Hokuriku Institute, Department of Mechanical Engineering (Bachelor of Engineering)": the department\'s field', () => {
    expect(degrees(['2009.03  Graduated from Hokuriku Institute, Department of Mechanical Engineering (Bachelor of Engineering)'])).toEqual(['bachelor Mechanical Engineering']);
  });
  it('counter-examples: the branch in a bracket after the kind, and the field after "in", read as before', () => {
    expect(degrees(['Bachelor of Engineering (Software), Department of Computing, Ulster University'])).toEqual(['bachelor Software Engineering']);
    expect(degrees(['Department of Physics, Bachelor of Science in Applied Physics'])).toEqual(['bachelor Applied Physics']);
  });
});
