import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 56 (#12): where a posting's parts begin, read by the form and mood of the lines more than by the heading's words:
 * the reader's present of having, knowing and being in the Nordic languages and German ("har", "\u00e4r", "kan"; "Du hast",
 * "Du kennst") as s55's mood of asks; asks by mood under the company's story or the duties even where no heading of asks
 * stands elsewhere; a heading in the conditional in other languages; inside a part of asks or wishes, a set-off line over
 * perks, or one that adds to the asks; a heading of no known words (a pictograph, a bracket frame) read by its lines' mood;
 * the logistics after the wishes; a wish said as a sentence ("X is a plus") as no heading; Nordic headings of personal
 * qualities and compounds of "krav". Taught by the tune half of test/fixtures/labels/parts-fresh-s56a.jsonl and s55's
 * known misses. Each rule is checked on two postings written fresh for the test, in different words, with
 * counter-examples that read as before.
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text).join(' | ');
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s56: Nordic and German lines of what the reader has, knows and is, under a set-off heading of no known words', () => {
  const a = `Backendutvecklare\nLingonberg Data AB \u00b7 G\u00e4vle \u00b7 Teamtailor\n\nVILKA VI \u00c4R\nLingonberg Data bygger bokningssystem f\u00f6r tandl\u00e4kare i hela landet.\n\nDITT UPPDRAG\n- Utveckla v\u00e5ra tj\u00e4nster i Java och Spring\n- Granska kod tillsammans med kollegorna\n\nVI T\u00c4NKER OSS ATT DU\n- har n\u00e5gra \u00e5rs erfarenhet av Java\n- \u00e4r trygg med PostgreSQL\n- kan uttrycka dig v\u00e4l p\u00e5 svenska\n\nF\u00d6RM\u00c5NER\n- Tj\u00e4nstepension och friskv\u00e5rdsbidrag\n`;
  const b = `Kundenberater IT (m/w/d)\nFeldmark Software GmbH \u00b7 Kassel\n\n\u00dcber Feldmark\nFeldmark Software baut Warenwirtschaft f\u00fcr B\u00e4ckereien.\n\nDas erwartet dich\n- Du betreust unsere Kunden am Telefon\n- Du richtest neue Filialen ein\n\nDas zeichnet dich wirklich aus\n- Du hast eine kaufm\u00e4nnische oder technische Ausbildung\n- Du kennst dich mit Windows und Netzwerken aus\n- Du sprichst flie\u00dfend Deutsch\n\nDas w\u00e4re prima\n- Du hast schon mit Kassensystemen gearbeitet\n\nWas wir bieten\n- 30 Urlaubstage\n`;
  const c = `Udvikler\nBirkholm ApS\n\nOm Birkholm\nBirkholm Software laver lagersystemer til grossister.\n\nDIN DAG HOS OS\n- Du udvikler nye funktioner\n- Du samarbejder med support\n- Du er med til at planl\u00e6gge releases\n\nVI H\u00c5BER, AT DU\n- har erfaring med C#\n- kender SQL Server\n- taler dansk\n`;
  it('a heading left open on the reader ("VI T\u00c4NKER OSS ATT DU", "VI H\u00c5BER, AT DU") over lines that finish it in the ask mood heads the asks, and the list before it is the work', () => {
    expect(partOf(a, 'har n\u00e5gra \u00e5rs erfarenhet av Java')).toBe('requirements');
    expect(partOf(a, 'Utveckla v\u00e5ra tj\u00e4nster')).toBe('responsibilities');
    expect(rows(a)).toMatch(/\u00e4r trygg med PostgreSQL/);
    expect(partOf(c, 'har erfaring med C#')).toBe('requirements');
    expect(partOf(c, 'Du udvikler nye funktioner')).toBe('responsibilities');
    expect(rows(c)).toMatch(/kender SQL Server/);
  });
  it('German "Du hast", "Du kennst", "Du sprichst" ask, where the posting heads its wishes elsewhere', () => {
    expect(partOf(b, 'Du kennst dich mit Windows')).toBe('requirements');
    expect(rows(b)).toMatch(/Du kennst dich mit Windows/);
  });
  it('counter-examples: German duties in the present ("Du betreust") are no asks; with no heading of asks anywhere, a heading that is not left open on the reader reads as before', () => {
    expect(partOf(b, 'Du betreust unsere Kunden')).toBe('responsibilities');
    const d = `Udvikler\nBirkholm ApS\n\nOm Birkholm\nBirkholm Software laver lagersystemer til grossister.\n\nDU SOM VI S\u00d8GER\n- har erfaring med C#\n- kender SQL Server\n`;
    expect(partOf(d, 'har erfaring med C#')).not.toBe('requirements');
  });
});

describe('s56: a heading in the conditional, in other languages, names the wishes', () => {
  it('German, Spanish, Swedish, Danish, French, Dutch conditionals and English ones of standing out', () => {
    for (const h of ['Das w\u00e4re toll', 'Es w\u00e4re sch\u00f6n, wenn du', 'Nos gustar\u00eda que', 'Me encantar\u00eda', 'Det vore kul om du', 'Det ville v\u00e6re fint hvis du', 'Ce serait g\u00e9nial si tu', 'Het zou fijn zijn als je', 'Could set you apart', 'Might round things out', 'What sets you apart'])
      expect(classifyHeading(h), h).toBe('preferred');
    const a = `Entwickler (m/w/d)\n\nDeine Aufgaben\n- Du pflegst unsere Web-App\n\nDein Profil\n- Erfahrung mit PHP\n\nDas w\u00e4re klasse\n- Erfahrung mit Symfony\n`;
    expect(partOf(a, 'Erfahrung mit Symfony')).toBe('preferred');
    const b = `T\u00e9cnico de soporte\n\nRequisitos\n- Dos a\u00f1os en soporte\n\nNos gustar\u00eda que\n- Conocieras Linux\n`;
    expect(partOf(b, 'Conocieras Linux')).toBe('preferred');
  });
  it('counter-examples: a sentence or a question in the conditional is no wishes\' heading', () => {
    expect(classifyHeading('Would help you relocate')).toBe(null);
    expect(classifyHeading('Das w\u00e4re dein Job')).not.toBe('requirements');
    expect(classifyHeading('Nos encanta el caf\u00e9')).toBe(null);
  });
});

describe('s56: inside the asks or the wishes, a set-off line over perks, or one that adds to the asks', () => {
  const a = `Lagerutvecklare\n\nVAD VI S\u00d6KER\n- Erfarenhet av Python\n- Goda kunskaper i SQL\n\nDESSUTOM GILLAR VI OM DU\n- har jobbat med Kafka\n- kan lite Go\n\nHOS OSS F\u00c5R DU\n- Tj\u00e4nstepension och 30 dagars semester\n- Friskv\u00e5rdsbidrag p\u00e5 4 000 kr\n`;
  const b = `Backend Engineer\n\nRequirements\n- Three years of Ruby\n- Postgres in production\n\nAlso worth having\n- Some Elixir\n- Sidekiq at scale\n\nThe good stuff\n- \u20ac70,000\u2013\u20ac85,000 salary\n- 28 days of paid leave\n`;
  it('an adding line over a list after the asks is the wishes; a list of perks is the perks', () => {
    expect(partOf(a, 'har jobbat med Kafka')).toBe('preferred');
    expect(partOf(a, 'Friskv\u00e5rdsbidrag')).toBe('benefits');
    expect(partOf(b, 'Some Elixir')).toBe('preferred');
    expect(partOf(b, '28 days of paid leave')).toBe('benefits');
  });
  it('counter-example: a group\'s name inside the asks ("Backend" over its list) stays in the asks', () => {
    const c = `Full Stack Engineer\n\nRequirements\n- Four years of web work\n\nBackend\n- Go or Java\n- Kafka\n\nFrontend\n- React\n`;
    expect(partOf(c, 'Go or Java')).toBe('requirements');
    expect(partOf(c, '- React')).toBe('requirements');
  });
});

describe('s56: a heading of no known words (a pictograph, a bracket frame) takes its kind from its lines', () => {
  const a = `iOS Engineer\nNimbleloop \u00b7 Remote \u00b7 Ashby\n\n\u{1F33F} Meet Nimbleloop\nNimbleloop is a habit tracker with 80,000 subscribers. We are twelve people.\n\n\u{1F6E0} First projects\n- Rebuild the widget in SwiftUI\n- Cut the app's launch time in half\n- Work with design on a new paywall\n\nRequirements\n- Swift for three years\n`;
  const b = `[ Who We Are ]\nHollybrook Clinics runs eight urgent care sites.\n\n[ Where You Come In ]\n- Troubleshoot the clinics' laptops and printers\n- Document fixes in our wiki\n- Migrate users to the new phone system\n\n[ Requirements ]\n- Two years of desktop support\n\n[ Position Details ]\nSchedule: Monday to Friday\n`;
  it('a list of duties by its verbs is the duties; prose about the company is its story; a frame of fields is no part of the asks', () => {
    expect(partOf(a, 'Rebuild the widget')).toBe('responsibilities');
    expect(partOf(a, 'Nimbleloop is a habit tracker')).toBe('about');
    expect(partOf(b, 'Troubleshoot the clinics')).toBe('responsibilities');
    expect(partOf(b, 'Schedule: Monday to Friday')).not.toBe('requirements');
  });
  it('counter-example: after the asks, a framed heading over lines that ask keeps them asked', () => {
    const c = `[ Requirements ]\n- Three years of nursing IT\n\n[ Extras We Notice ]\n- Experience with Cerner\n- Having worked nights\n`;
    expect(['requirements', 'preferred']).toContain(partOf(c, 'Experience with Cerner'));
    expect(rows(c)).toMatch(/Experience with Cerner/);
  });
});

describe('s56: the logistics after the wishes (s55\'s known miss) end the wishes', () => {
  it('a paragraph on the process or the reply after a list of wishes is a part of no kind', () => {
    const a = `Data Analyst\n\nWhat you need\n- SQL every day\n\nNice to have\n- Looker\n- dbt\n\nWe get back to every applicant within a week. The process is a call, a short exercise and a chat with the team.\n`;
    const b = `Udvikler\n\nVi forventer\n- Erfaring med Java\n\nDet er en fordel, hvis du\n- kender Kotlin\n\nVi holder samtaler l\u00f8bende, s\u00e5 send gerne din ans\u00f8gning hurtigt.\n`;
    expect(partOf(a, 'We get back to every applicant')).toBe('other');
    expect(partOf(b, 'Vi holder samtaler')).toBe('other');
  });
  it('counter-example: a paragraph after the wishes that asks stays with them', () => {
    const c = `Engineer\n\nRequirements\n- Go\n\nNice to have\n- Rust\n\nApplicants must also hold a valid work permit for Norway.\n`;
    expect(partOf(c, 'Applicants must also hold')).not.toBe('other');
  });
});

describe('s56: a wish said as a sentence on its own line (s55\'s known miss)', () => {
  it('"X is a plus" heads nothing; among the duties\' paragraphs it is a wish, kept as an ask', () => {
    const a = `Platform Engineer\n\nWhat you'll do\n- Run our Nomad clusters\n\nWe deploy with GitHub Actions and Packer.\nKnowing Consul would be a real advantage\nThe team meets in Leeds monthly.\n\nRequirements\n- Linux in production\n`;
    const b = `Mobile Developer\n\nThe work\n- Ship features in Flutter\n\nFlutter web is a plus\nWe release every Thursday.\n\nWho you are\n- Two years of Dart\n`;
    expect(partOf(a, 'Knowing Consul would be a real advantage')).toBe('preferred');
    expect(partOf(a, 'The team meets in Leeds')).toBe('responsibilities');
    expect(rows(a)).toMatch(/Consul/);
    expect(partOf(b, 'Flutter web is a plus')).toBe('preferred');
    expect(rows(b)).toMatch(/Flutter web is a plus/);
  });
  it('counter-examples: "What would be a plus" and "Anything below is a plus" over a list still head it', () => {
    const c = `Engineer\n\nRequirements\n- Go\n\nWhat would be a plus:\n- Rust\n`;
    expect(partOf(c, '- Rust')).toBe('preferred');
    expect(classifyHeading('Would be a plus')).toBe('preferred');
  });
});

describe('s56: Nordic headings of personal qualities and compounds of "krav" (s55\'s known miss: Danish and Norwegian headings)', () => {
  it('"Kvalifikasjonskrav", "Kompetansekrav", "Personlige egenskaper", "Personliga egenskaper" head asks', () => {
    for (const h of ['Kvalifikasjonskrav', 'Kompetansekrav', 'Kvalifikationskrav', 'Personlige egenskaper', 'PERSONLIGA EGENSKAPER', 'Personlige kvalifikationer'])
      expect(classifyHeading(h), h).toBe('requirements');
    const a = `R\u00e5dgiver\n\nArbeidsoppgaver\n- Drifte v\u00e5re servere\n\nKompetansekrav\n- Bachelorgrad i IT\n\n\u00d8nskede kvalifikasjoner\n- Erfaring med Azure\n\nPersonlige egenskaper\n- Du er n\u00f8yaktig\n`;
    expect(partOf(a, 'Bachelorgrad i IT')).toBe('requirements');
    expect(partOf(a, 'Du er n\u00f8yaktig')).toBe('requirements');
  });
  it('counter-example: a heading of the perks or the duties stays what it was', () => {
    expect(classifyHeading('Vi tilbyr')).toBe('benefits');
    expect(classifyHeading('Arbeidsoppgaver')).toBe('responsibilities');
  });
});

describe('s56: board labels in other words (InfoJobs "Descripci\u00f3n", USAJobs "This job is open to")', () => {
  it('read as the duties and as a field', () => {
    expect(classifyHeading('Descripci\u00f3n')).toBe('responsibilities');
    expect(classifyHeading('This job is open to')).toBe('other');
    expect(classifyHeading('Descripci\u00f3n de la empresa')).toBe('about');
  });
});

describe('s56 tune: a wish said in a paragraph of its own after the asks, and an address after a verb of sending', () => {
  it('"Nice if you\'ve ..." and "Bonus if you know ..." after the asks\' list are wishes; "Drop a line to jobs@..." and "Shoot ... to ..." say how to apply', () => {
    const a = `Kelpworth | Data Engineer | Remote (EU)\n\nKelpworth models seaweed farm yields.\n\nWhat we look for:\n- Python and SQL every day\n- Airflow or Dagster in production\n\nNice if you have worked with satellite imagery.\n\nDrop a line with your CV to people@kelpworth.example.\n`;
    const b = `Orrin Labs | SRE | Berlin\n\nRequirements:\n- Kubernetes on bare metal\n- Go for tooling\n\nBonus if you know Nomad or Consul.\n\nShoot your CV and a short note over to hello@orrinlabs.example.\n`;
    expect(partOf(a, 'Nice if you have worked with satellite imagery')).toBe('preferred');
    expect(partOf(a, 'Drop a line with your CV')).toBe('other');
    expect(partOf(b, 'Bonus if you know Nomad')).toBe('preferred');
    expect(partOf(b, 'Shoot your CV')).toBe('other');
    expect(rows(a)).toMatch(/satellite imagery/);
  });
  it('counter-examples: a wish\'s words that head a list with a colon stay a heading; "Drop" with no address is no apply line', () => {
    const c = `Engineer\n\nRequirements:\n- Go\n\nNice if you have:\n- Rust\n`;
    expect(partOf(c, '- Rust')).toBe('preferred');
    const d = `Engineer\n\nWhat you'll do\n- Drop legacy services we no longer need\n- Own the deploy pipeline\n`;
    expect(partOf(d, 'Drop legacy services')).toBe('responsibilities');
  });
});
