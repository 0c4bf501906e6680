import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 52 (#12): which lines of a posting are asks and where its parts begin, taught by the tune half of
 * test/fixtures/labels/parts-fresh-s52a.jsonl. Each rule is checked here on postings written fresh for the test (two or
 * more in different words for each class, none of them a sentence of a labelled batch), with counter-examples that read as
 * they did before.
 */
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => r.text);
const kindsOnly = (text: string) => splitSections(text).map((s) => s.kind);
const ASK = 'Three years of Ruby on Rails';
/** A posting whose asks part holds one real ask and the line under test. */
const withLine = (heading: string, line: string) => `Backend Developer\n\n${heading}\n- ${ASK}\n- ${line}\n`;
/** The rows a line adds to the one real ask. */
const added = (heading: string, line: string) => rows(withLine(heading, line)).filter((r) => r !== ASK);

describe("s52 tune: the person sought named in more ways, inside the company's part", () => {
  const post = (sentence: string) =>
    `Operations Analyst\nMoorcroft Dairy \u2014 Shrewsbury\n\nAbout us\nMoorcroft Dairy bottles milk from sixty Shropshire farms. ${sentence} Our creamery opened in 1962.\n\nRequirements\n- ${ASK}\n`;
  const post2 = (sentence: string) =>
    `Mobile Developer\nTarnbeck Ferries \u00b7 Oban\n\nWho are we?\nTarnbeck runs the island ferries off the west coast. ${sentence}\n\nWhat we need\n- ${ASK}\n\nPerks\n- A free season pass\n`;
  it('"Whoever fills this seat will have run …", "The new hire will need deep familiarity with …" are asked there', () => {
    expect(rows(post('Whoever fills this seat will have run SAP upgrades, since our ERP moves next spring.')).join(' ')).toContain('SAP upgrades');
    expect(rows(post('The new hire will need deep familiarity with PLC ladder logic, because the bottling line is old.')).join(' ')).toContain('PLC ladder logic');
    expect(rows(post2('Anybody taking on this job should be well versed in Kotlin and Gradle.')).join(' ')).toContain('Kotlin and Gradle');
    expect(rows(post2('The developer who joins the app team must already know SwiftUI.')).join(' ')).toContain('SwiftUI');
  });
  it('the reader, once the sentence says they join, and what the company expects of the reader, are asked there', () => {
    expect(rows(post('Should you join us, you will need to be fluent in SQL from the first week.')).join(' ')).toContain('fluent in SQL');
    expect(rows(post2("Once you come aboard, you'll have to know Firebase inside out.")).join(' ')).toContain('Firebase');
    expect(rows(post('We expect you to have managed a warehouse system before.')).join(' ')).toContain('warehouse system');
    expect(rows(post2('From you, we expect solid experience with React Native.')).join(' ')).toContain('React Native');
  });
  it('counter-examples: what the hire will be given or will do, a thing needed, and the team\'s own need, are no ask there', () => {
    expect(rows(post('The successful candidate will join a team of five in Shrewsbury.'))).toEqual([ASK]);
    expect(rows(post('The new hire will have access to our pension scheme from day one.'))).toEqual([ASK]);
    expect(rows(post2('Whoever takes this role will have a say in the timetable app from week one.'))).toEqual([ASK]);
    expect(rows(post2('If you join, you will need a parking permit, which we provide.'))).toEqual([ASK]);
    expect(rows(post('Whoever fills this seat will need to know that the creamery starts at five.'))).toEqual([ASK]);
    expect(rows(post2('Our engineers will need Rust skills next year as the stack changes.'))).toEqual([ASK]);
  });
});

describe("s52 tune: what the company expects or whom it seeks, in the posting's language, inside its part", () => {
  it('"Von Ihnen erwarten wir …", "Van jou verwachten we …", "Esperamos que sepas …", "Nous attendons de toi …" are asked there', () => {
    const de = (sentence: string) => `Backend-Entwickler (m/w/d)\nLindgrün GmbH \u00b7 Kassel\n\n\u00dcber uns\nLindgrün plant Solarparks in Nordhessen. ${sentence}\n\nDein Profil\n- ${ASK}\n`;
    expect(rows(de('Von Ihnen erwarten wir fundierte Kenntnisse in Terraform.')).join(' ')).toContain('Terraform');
    expect(rows(de('Wir suchen jemanden, der Go sicher beherrscht.')).join(' ')).toContain('Go sicher');
    const nl = (sentence: string) => `Developer\nDuinpieper BV \u00b7 Leiden\n\nOver ons\nDuinpieper maakt software voor bloemenveilingen. ${sentence}\n\nWat vragen we?\n- ${ASK}\n`;
    expect(rows(nl('Van jou verwachten we ervaring met Kotlin.')).join(' ')).toContain('Kotlin');
    const es = (sentence: string) => `Desarrollador/a\nCierzo Datos \u00b7 Zaragoza\n\nSobre nosotros\nCierzo Datos mide el viento para parques e\u00f3licos. ${sentence}\n\nRequisitos\n- ${ASK}\n`;
    expect(rows(es('Esperamos que sepas trabajar con Python y pandas.')).join(' ')).toContain('pandas');
    const fr = (sentence: string) => `D\u00e9veloppeur\nMistral Marine \u00b7 Brest\n\nQui sommes-nous ?\nMistral Marine \u00e9quipe les chalutiers en capteurs. ${sentence}\n\nProfil recherch\u00e9\n- ${ASK}\n`;
    expect(rows(fr("Nous recherchons quelqu'un qui maîtrise Python et qui a déjà travaillé avec Airflow.")).join(' ')).toContain('Airflow');
    const it_ = (sentence: string) => `Sviluppatore\nGrecale Srl \u00b7 Bari\n\nChi siamo\nGrecale gestisce la logistica di tre porti pugliesi. ${sentence}\n\nRequisiti\n- ${ASK}\n`;
    expect(rows(it_('Cerchiamo una persona con esperienza in Kotlin e conoscenza di Gradle.')).join(' ')).toContain('Kotlin');
  });
  it('and in English, whom the company seeks, where the sentence names a skill or a competence', () => {
    const en = (sentence: string) => `Data Engineer\nQuillet Freight \u00b7 Hull\n\nAbout Quillet\nQuillet tracks reefer containers across the North Sea. ${sentence}\n\nRequirements\n- ${ASK}\n`;
    expect(rows(en("We're looking for someone who has run Kafka clusters in production.")).join(' ')).toContain('Kafka');
  });
  it('counter-examples: a wish of the company\'s own, or whom it seeks with no skill or competence named, is no ask there', () => {
    const en = (sentence: string) => `Data Engineer\nQuillet Freight \u00b7 Hull\n\nAbout Quillet\nQuillet tracks reefer containers across the North Sea. ${sentence}\n\nRequirements\n- ${ASK}\n`;
    expect(rows(en("We're looking for someone who wants to grow with us."))).toEqual([ASK]);
    const it_ = (sentence: string) => `Sviluppatore\nGrecale Srl \u00b7 Bari\n\nChi siamo\nGrecale gestisce la logistica di tre porti pugliesi. ${sentence}\n\nRequisiti\n- ${ASK}\n`;
    expect(rows(it_('Cerchiamo sempre di migliorare i nostri servizi.'))).toEqual([ASK]);
    const de = (sentence: string) => `Backend-Entwickler (m/w/d)\nLindgrün GmbH \u00b7 Kassel\n\n\u00dcber uns\nLindgrün plant Solarparks in Nordhessen. ${sentence}\n\nDein Profil\n- ${ASK}\n`;
    expect(rows(de('Wir suchen ständig nach neuen Standorten für Solarparks.'))).toEqual([ASK]);
  });
});

describe('s52 tune: lines in the list of asks that ask nothing', () => {
  it('the company named in three or four words, telling its record: "Kestle Valley Hospital was named …"', () => {
    expect(added('Requirements', 'Harrow Point Medical Centre was named a teaching hospital in 2020.')).toEqual([]);
    expect(added('Qualifications', 'Saltcote Borough Water Board has served the district since 1931.')).toEqual([]);
  });
  it('counter-examples: a tool named in three or four words, asked, still asks', () => {
    expect(added('Requirements', 'Red Hat Enterprise Linux is a must')).toHaveLength(1);
    expect(added('Requirements', 'Google Cloud Platform, including BigQuery')).toHaveLength(1);
    expect(added('Requirements', 'Microsoft Dynamics 365 Finance runs our books, so you should know it')).toHaveLength(1);
  });
  it('the probation or trial period every hire serves: "Every new starter completes a six-month probation period"', () => {
    expect(added('Requirements', 'Every new starter completes a six-month probation period.')).toEqual([]);
    expect(added('Conditions of Employment', 'All appointments carry a trial period of 90 days.')).toEqual([]);
    expect(added('Anforderungen', 'Die Probezeit beträgt sechs Monate.')).toEqual([]);
  });
  it('counter-examples: probation as a field of work, or a trial period the candidate designed, still asks', () => {
    expect(added('Requirements', 'Two years in a probation or parole office')).toHaveLength(1);
    expect(added('Requirements', 'Experience designing a free trial period for a SaaS product')).toHaveLength(1);
  });
  it('a qualification said not to stand in for the experience: "Graduate study does not replace …"', () => {
    expect(added('Qualifications', 'Graduate study does not replace the specialized experience at this grade.')).toEqual([]);
    expect(added('Education', 'At this level, coursework cannot take the place of work experience.')).toEqual([]);
  });
  it('counter-examples: a qualification that may stand in, or a must, still asks', () => {
    expect(added('Qualifications', "A bachelor's degree may replace one year of the required experience.")).toHaveLength(1);
    expect(added('Qualifications', "You may substitute a master's degree for one year of the experience.")).toHaveLength(1);
    expect(added('Qualifications', 'Bootcamp training cannot replace a degree; you must hold a BS in Computer Science.')).toHaveLength(1);
    expect(added('Qualifications', 'A certificate does not count as a degree, and a degree in a technical field is mandatory.')).toHaveLength(1);
  });
});

describe('s52 tune: "Physical Demands" and "Working Conditions" head the conditions asked', () => {
  it('as headings: requirements, after a part of wishes too', () => {
    expect(classifyHeading('Physical Demands')).toBe('requirements');
    expect(classifyHeading('Physical Abilities')).toBe('requirements');
    expect(classifyHeading('Working Conditions')).toBe('requirements');
    expect(classifyHeading('Physical Demands and Work Environment')).toBe('requirements');
    expect(kindsOnly('Warehouse Systems Lead\n\nRequirements\n- SQL\n\nDesired:\n- Python\n\nPhysical Demands\n- Lift 40 pounds\n- Stand for long shifts\n')).toEqual(['other', 'requirements', 'preferred', 'requirements']);
    expect(kindsOnly('Line Technician\n\nQualifications\n- PLC experience\n\nNice to have\n- Siemens TIA Portal\n\nWorking Conditions\n- Night shifts one week in four\n')).toEqual(['other', 'requirements', 'preferred', 'requirements']);
  });
  it('counter-examples: the work environment alone, and the perks, keep their reading', () => {
    expect(classifyHeading('Work Environment')).toBeNull();
    expect(classifyHeading('Physical Wellbeing Perks')).not.toBe('requirements');
  });
});

/** Classes from parts-fresh-s52b's tune half, read after its first read (e2379839), each on postings written fresh. */
describe('s52b tune: headings', () => {
  it('"Is the job right for you?", "Are you a good fit?", "Could this be you?" head the asks', () => {
    expect(classifyHeading('Is the job right for you?')).toBe('requirements');
    expect(classifyHeading('Are you a good fit?')).toBe('requirements');
    expect(classifyHeading('Could this be you?')).toBe('requirements');
    expect(kindsOnly('Dispatcher Developer\n\nThe job\n- Keep the routing service up\n\nIs this position a fit for you?\n- Go\n- Redis\n')).toEqual(['other', 'responsibilities', 'requirements']);
  });
  it('counter-examples: the role\'s own words and the reader\'s team keep their reading', () => {
    expect(classifyHeading('What this role involves')).toBe('responsibilities');
    expect(classifyHeading('Your team')).not.toBe('requirements');
  });
  it('"The fine print", "Practicalities" head a part of no kind; "Why us" the perks', () => {
    expect(classifyHeading('The fine print')).toBe('other');
    expect(classifyHeading('Practicalities')).toBe('other');
    expect(classifyHeading('Why us')).toBe('benefits');
    expect(classifyHeading('WHY US')).toBe('benefits');
    expect(kindsOnly('Data Engineer\n\nRequirements\n- SQL\n\nBonus\n- dbt\n\nWhy us\n- 30 days of leave\n- A bike\n\nThe small print\nQuillet is an equal opportunity employer.\n')).toEqual(['other', 'requirements', 'preferred', 'benefits', 'other']);
  });
  it('counter-examples: "Why now", "Why this matters" keep their reading', () => {
    expect(classifyHeading('Why now')).toBeNull();
    expect(classifyHeading('Why this matters')).not.toBe('benefits');
  });
});

describe('s52b tune: asks in the company\'s part, said in more ways', () => {
  const post = (sentence: string) =>
    `Flutter Developer\nTarnbeck Ferries \u00b7 Oban\n\nAbout Tarnbeck\nTarnbeck runs the island ferries off the west coast. ${sentence}\n\nRequirements\n- ${ASK}\n`;
  it('"we require/expect" and a competence, a competence named with "#" or "+", and the Polish "oczekujemy od ciebie" are asked there', () => {
    expect(rows(post('At Tarnbeck we require solid experience with Flutter, since both apps use it.')).join(' ')).toContain('Flutter');
    expect(rows(post('Anybody taking this job needs deep C# knowledge for the booking backend.')).join(' ')).toContain('C# knowledge');
    const pl = `Programista\nGranit Sp. z o.o. \u00b7 Gda\u0144sk\n\nO nas\nGranit buduje systemy dla port\u00f3w. Oczekujemy od ciebie do\u015bwiadczenia z Kubernetesem.\n\nWymagania\n- ${ASK}\n`;
    expect(rows(pl).join(' ')).toContain('Kubernetes');
  });
  it('counter-examples: what the company requires of its own work is no ask there', () => {
    expect(rows(post('We require every ferry to be inspected twice a year.'))).toEqual([ASK]);
  });
});

describe('s52b tune: lines in the list of asks that ask nothing', () => {
  it('the team told by a share of it: "Most of the team cycles to work"', () => {
    expect(added('Requirements', 'Most of the team cycles to work, rain or shine.')).toEqual([]);
    expect(added('Requirements', 'A third of our engineers speak Finnish at home.')).toEqual([]);
  });
  it('counter-examples: a share of the team that says what the reader needs still asks', () => {
    expect(added('Requirements', 'Half the team is remote, so you need to write clearly')).toHaveLength(1);
  });
  it("the company's award or its year's news in the posting's language", () => {
    expect(added('Requisitos', 'Ventisca fue elegida la mejor startup de Arag\u00f3n en 2024.')).toEqual([]);
    expect(added('Requisiti', 'Grecale \u00e8 stata premiata come miglior azienda logistica del Sud.')).toEqual([]);
    expect(added('Wat vragen we?', 'Duinpieper werd uitgeroepen tot beste werkgever van Leiden.')).toEqual([]);
    expect(added('Requisitos', 'Em 2024 abrimos um escrit\u00f3rio no Recife.')).toEqual([]);
    expect(added('Requisitos', 'En 2023 lanzamos nuestra app en M\u00e9xico.')).toEqual([]);
  });
  it('counter-examples: a line with a year that asks still asks', () => {
    expect(added('Requisitos', 'En 2026, experiencia con Kubernetes es imprescindible')).toHaveLength(1);
  });
  it('how experience is credited: "Part-time work is credited pro rata"', () => {
    expect(added('Qualifications', 'Part-time work is credited pro rata.')).toEqual([]);
    expect(added('Qualifications', 'Military service counts toward the specialized experience.')).toEqual([]);
  });
  it('counter-examples: a line that says a must still asks', () => {
    expect(added('Qualifications', 'Experience with Go is required, and open-source work counts as experience')).toHaveLength(1);
  });
  it('the company by its name giving to its community, in the past tense', () => {
    expect(added('Requirements', 'Corrie Mills sponsored the village cricket ground last summer.')).toEqual([]);
    expect(added('Requirements', 'Ashgrove Labs funded two coding clubs in 2024.')).toEqual([]);
  });
  it('counter-examples: the reader\'s own record, with no subject, still asks', () => {
    expect(added('Requirements', 'Sponsored or organised a hackathon')).toHaveLength(1);
  });
});
