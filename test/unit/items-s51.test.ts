import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 51 (#12): which lines of a posting are asks and where its parts begin, taught by the tune half of
 * test/fixtures/labels/parts-fresh-s51a.jsonl. Each rule checked here on sentences written fresh for the test, none of them
 * a sentence of a labelled batch, with counter-examples that still read as they did.
 */
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => r.text);
const kinds = (text: string) => splitSections(text).map((s) => [s.kind, s.heading]);
const kindsOnly = (text: string) => splitSections(text).map((s) => s.kind);
const ASK = 'Three years of Ruby on Rails';
/** A posting whose asks part holds one real ask and the line under test. */
const withLine = (heading: string, line: string) => `Backend Developer\n\n${heading}\n- ${ASK}\n- ${line}\n`;
/** The rows a line adds to the one real ask. */
const added = (heading: string, line: string) => rows(withLine(heading, line)).filter((r) => r !== ASK);

describe('headings said in the conditional: "What you\'d bring", "What you would need"', () => {
  it('head the asks, as "What you\'ll bring" does; the list under them is read as asks', () => {
    expect(classifyHeading("What you'd bring")).toBe('requirements');
    expect(classifyHeading('What you would need')).toBe('requirements');
    expect(classifyHeading('Things you\u2019d bring')).toBe('requirements');
    expect(rows("Data Engineer | Remote\n\nWhat you'd bring:\n- Airflow in production\n- dbt models other people trust\n")).toHaveLength(2);
  });
  it('counter-examples: what you would build or do stays the duties', () => {
    expect(classifyHeading("What you'd build")).toBe('responsibilities');
    expect(classifyHeading('What you would be doing')).toBe('responsibilities');
  });
});

describe('a question framed in brackets heads its part', () => {
  const text =
    'Site Engineer\nPlover Freight\n\n[ Who are we? ]\nPlover Freight moves chilled goods across Wales.\n\n[ What will you do? ]\nLook after our depot network.\n\n' +
    '[ What do we need from you? ]\n- Cisco switching\n- You have run a small Linux estate\n\n[ What would be a bonus? ]\n- Python for automation\n\n[ What\'s in it for you? ]\n- A pension\n';
  it('"[ What do we need from you? ]", "[ What would be a bonus? ]", "[ What\'s in it for you? ]" each start their part', () => {
    expect(kinds(text).slice(1)).toEqual([
      ['about', '[ Who are we? ]'],
      ['responsibilities', '[ What will you do? ]'],
      ['requirements', '[ What do we need from you? ]'],
      ['preferred', '[ What would be a bonus? ]'],
      ['benefits', "[ What's in it for you? ]"],
    ]);
    // (The headings are no rows; the company's line, the duty and the perk are none either.)
    expect(rows(text)).toEqual(['Cisco switching', 'You have run a small Linux estate', 'Python for automation']);
  });
  it('counter-examples: a bracketed note with a sentence after its question, or a statement, is no heading', () => {
    expect(kindsOnly('Dev\n\nRequirements\n- Go\n[ Remote? Yes, from anywhere in Europe, we mean it ]\n- Postgres\n')).toEqual(['other', 'requirements']);
    expect(kindsOnly('Dev\n\nRequirements\n- Go\n[ We read every application. ]\n- Postgres\n')).toEqual(['other', 'requirements']);
  });
});

describe("a board's own labels of the parts in Spanish and Portuguese", () => {
  it('"Descripción de la empresa" heads the company, "Descripción del empleo" / "Descrição da vaga" the job', () => {
    expect(classifyHeading('Descripción de la empresa')).toBe('about');
    expect(classifyHeading('Descripcion de la empresa')).toBe('about');
    expect(classifyHeading('Descrição da empresa')).toBe('about');
    expect(classifyHeading('Descripción del empleo')).toBe('responsibilities');
    expect(classifyHeading('Descripción del puesto')).toBe('responsibilities');
    expect(classifyHeading('Descrição da vaga')).toBe('responsibilities');
    expect(kindsOnly('Analista de datos\n\nDescripción de la empresa\nHacemos software para bodegas.\n\nDescripción del empleo\nMantendrás los informes.\n\nRequisitos\n- SQL\n')).toEqual(['other', 'about', 'responsibilities', 'requirements']);
  });
  it('counter-examples: the asks\' own label keeps its kind', () => {
    expect(classifyHeading('Requisitos')).toBe('requirements');
    expect(classifyHeading('Lo que buscamos')).toBe('requirements');
  });
});

describe('how to apply, said in German with an adverb or "mit", and in the formal form', () => {
  it('"Bewirb dich gerne mit …", "Bewerben Sie sich bitte online …" end the part above them', () => {
    expect(kindsOnly('Dev\n\nWas wir bieten\n- Jobrad\n\nBewirb dich gerne mit deinem Lebenslauf über das Portal.\n').at(-1)).toBe('other');
    expect(kindsOnly('Dev\n\nIhr Profil\n- Java\n\nBewerben Sie sich bitte online bis zum 30. Juni.\n').at(-1)).toBe('other');
    expect(kindsOnly('Dev\n\nDein Profil\n- Go\n\nBewirb dich einfach über unser Formular.\n').at(-1)).toBe('other');
  });
  it('counter-examples: a line of the list is no apply line, whatever verb it opens on', () => {
    expect(kindsOnly('Dev\n\nDein Profil\n- Go\n- Bewerbungsgespräche auf Englisch sind für dich kein Problem\n')).toEqual(['other', 'requirements']);
  });
});

describe("the employer's equal-chance statement under a heading of its own", () => {
  it('"EEO Statement", "Equal Opportunity Employer", "Equal Employment Opportunity" head a part of no kind, no perks', () => {
    expect(classifyHeading('EEO Statement')).toBe('other');
    expect(classifyHeading('Equal Opportunity Employer')).toBe('other');
    expect(classifyHeading('Equal Employment Opportunity')).toBe('other');
    expect(kindsOnly('Dev\n\nBenefits\n- A pension\n\nEEO Statement\nWe hire without regard to age or religion.\n')).toEqual(['other', 'benefits', 'other']);
  });
  it('counter-examples: the perks\' headings keep their kind', () => {
    expect(classifyHeading('Benefits')).toBe('benefits');
    expect(classifyHeading('Equal pay and benefits')).toBe('benefits');
  });
});

describe("an ask of the person sought, said inside the company's own part", () => {
  const post = (sentence: string) => `Depot Technician\nWarrender Buses \u2014 Perth\n\nAbout us\nWarrender Buses runs 90 coaches across Tayside. ${sentence} We have a new depot in Dundee.\n\nRequirements\n- ${ASK}\n`;
  it('"Applicants must hold …", "Candidates should bring …", "we\'d like the person we hire to have …" are asked there', () => {
    expect(rows(post('Applicants must hold a category D licence, since every technician road-tests the coaches.')).join(' ')).toContain('category D licence');
    expect(rows(post('Candidates should bring a working knowledge of Linux, because our ticket machines run it.')).join(' ')).toContain('working knowledge of Linux');
    expect(rows(post("We've doubled in size since 2022, and we would like the new hire to know Python already.")).join(' ')).toContain('know Python');
  });
  it('counter-examples: what the candidate will hear or do, and the company\'s own must, are no ask there', () => {
    expect(rows(post('Candidates should apply before the end of May.'))).toEqual([ASK]);
    expect(rows(post('Applicants will hear back within two weeks.'))).toEqual([ASK]);
    expect(rows(post('Candidates should be aware that interviews happen at the depot.'))).toEqual([ASK]);
    expect(rows(post('Our drivers must hold a category D licence.'))).toEqual([ASK]);
  });
});

describe("the company's customers named by their trade, in the possessive, and what they did", () => {
  it('asks nothing: "Tallowby\'s clinics booked …", "Brindle\'s merchants processed …", "Orrin\'s shops sold …"', () => {
    expect(added('Requirements', "Tallowby's clinics booked 40,000 appointments last year.")).toEqual([]);
    expect(added('Requirements', "Brindle's merchants processed two million card payments in March.")).toEqual([]);
    expect(added('Requirements', "Orrin's shops sold half a million bicycles in 2025.")).toEqual([]);
  });
  it('counter-examples: a tool\'s part named, or a line that speaks to the reader, still asks', () => {
    expect(added('Requirements', "Postgres's query planner, at least how to read its output")).toHaveLength(1);
    expect(added('Requirements', "Tallowby's clinics run on Django, so you should know it well")).toHaveLength(1);
  });
});

/** Classes from parts-fresh-s51b's tune half, read after its first read (e23f475b), each on sentences written fresh. */
describe('s51b tune: the company by its name, and who should not apply', () => {
  it('"Who\'s <Name>?", "Über <Name>", "À propos de <Name>" head the company, as "About <Name>" does', () => {
    expect(classifyHeading("Who's Tarnwell?")).toBe('about');
    expect(classifyHeading('What\u2019s Brackwater?')).toBe('about');
    expect(classifyHeading('Über Fennweide')).toBe('about');
    expect(classifyHeading('À propos de Maison Corvel')).toBe('about');
    expect(classifyHeading('Sobre Larraitz')).toBe('about');
  });
  it('counter-examples: the reader or the role after the word keeps its kind', () => {
    expect(classifyHeading('Über dich')).toBe('requirements');
    expect(classifyHeading('Über Sie')).toBe('requirements');
    expect(classifyHeading('Om dig')).toBe('requirements');
    expect(classifyHeading('Om Rollen')).toBe('responsibilities');
    expect(classifyHeading('Overall')).toBeNull();
  });
  it('"Anything else?" after the asks heads the wishes', () => {
    expect(classifyHeading('Anything else?')).toBe('preferred');
    expect(kindsOnly('Dev\n\nSound like you?\n- You have shipped Go services\n- You write clear docs\n\nAnything else?\n- Terraform would help\n')).toEqual(['other', 'requirements', 'preferred']);
  });
  it('counter-examples: a line of the list that asks for something else is no heading', () => {
    expect(kindsOnly('Dev\n\nRequirements\n- Go\n- Anything else you have built in Rust\n')).toEqual(['other', 'requirements']);
  });
  it('a refusal of agencies before the apply sentence ends the part above it', () => {
    expect(kindsOnly('Dev | Remote\n\nRequirements:\n- Go\n- Postgres\n\nNice to have: Kafka\n\nNo recruiters, please. To apply, email jobs@wenlock.example.\n').at(-1)).toBe('other');
    expect(rows('Dev | Remote\n\nRequirements:\n- Go\n- Postgres\n\nNo agencies. Send your CV to jobs@wenlock.example.\n')).toEqual(['Go', 'Postgres']);
  });
  it('counter-examples: a refusal that asks something stays read as before', () => {
    expect(kindsOnly('Dev\n\nRequirements\n- Go\n- No agencies, and you must hold a UK visa\n')).toEqual(['other', 'requirements']);
  });
});

describe('s51b tune: a heading on the first line that heads a later part again is the page\'s label', () => {
  const page = 'Overview\nWarehouse Systems Analyst\nJob Locations US-OH-Dayton\nPosition Type Full-Time\n\nOverview\nPellwick Cold Storage runs eleven freezer warehouses.\n\nQualifications\n- SQL\n';
  it('the first "Overview" over the title and the fields is a part of no kind; the second heads the company', () => {
    expect(kindsOnly(page)).toEqual(['other', 'about', 'requirements']);
  });
  it('counter-examples: a heading on the first line that does not recur keeps its kind', () => {
    expect(kindsOnly('Overview\nPellwick Cold Storage runs eleven freezer warehouses.\n\nQualifications\n- SQL\n')).toEqual(['about', 'requirements']);
  });
});

describe('s51b tune: asks in the company\'s part, and the company giving back', () => {
  const post = (sentence: string) => `Field Engineer\nHarrowgate Pumps \u2014 Leeds\n\nAbout us\nHarrowgate Pumps services pumping stations. ${sentence}\n\nRequirements\n- ${ASK}\n`;
  it('"the person in this seat must be …", "Applicants need to clear a background check" are asked there', () => {
    expect(rows(post('The person in this seat must be comfortable with SCADA alarms, since they take the night calls.')).join(' ')).toContain('SCADA alarms');
    expect(rows(post('Applicants need to pass a DBS check because our sites include schools.')).join(' ')).toContain('DBS check');
  });
  it('counter-examples: a check the company runs, told, is no ask there', () => {
    expect(rows(post('We check every pump twice a year.'))).toEqual([ASK]);
    expect(rows(post('Applicants need to know that the interview is in person.'))).toEqual([ASK]);
  });
  it('the company by its name giving to its community asks nothing, inside the list', () => {
    expect(added('Requirements', 'Harrowgate sponsors the town\u2019s rugby club every season.')).toEqual([]);
    expect(added('Requirements', 'Pellwick donates a week of cold storage to the food bank each winter.')).toEqual([]);
  });
  it('counter-examples: a line that speaks to the reader, or says a must, still asks', () => {
    expect(added('Requirements', 'Harrowgate sponsors your CSCS card, but you must pass the test within a month')).toHaveLength(1);
  });
});
