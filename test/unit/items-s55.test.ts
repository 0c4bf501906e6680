import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 55 (#12): where a posting's parts begin and which lines ask, read by the form of the lines rather than by the
 * heading's words (s54's fixes keyed on heading words carried nothing to s54b): the mood of the lines under a heading of
 * no known words, the list's place before the asks, a heading in the conditional, a paragraph of logistics after a list,
 * the company's story under a heading of the duties, an ask said of the hire in the third person, experience counted in
 * weeks. Taught by the tune half of test/fixtures/labels/parts-fresh-s55a.jsonl and s54's known misses. Each rule is
 * checked on two postings written fresh for the test, in different words, with counter-examples that read as before.
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s55: a set-off heading of no known words takes its kind from the mood of its lines', () => {
  const a = `Data Platform Engineer\nMarrowgate \u00b7 Oslo \u00b7 Teamtailor\n\nHow your days go\n- Build the ingestion jobs for our sensor feeds\n- Review schema changes with the analysts\n- Maintain the Airflow deployment\n\nThe person we picture\n- Have run Spark jobs that other teams relied on\n- Know SQL well enough to tune a slow query\n- Can explain a data contract to a product manager\n\nNice to have\n- Some Scala\n`;
  const b = `Mobilutvecklare\nKvarnbo Appar AB \u00b7 Ume\u00e5\n\nHOS OSS\nKvarnbo bygger appar f\u00f6r kollektivtrafik i Norrland.\n\nDIN VARDAG\n- Utveckla nya funktioner i v\u00e5ra appar f\u00f6r iOS och Android\n- Arbeta n\u00e4ra design och support varje vecka\n\nVEM DU \u00c4R\n- Tre \u00e5rs erfarenhet av apputveckling\n- Erfarenhet av Kotlin eller Swift\n- Goda kunskaper i svenska\n\nMeriterande\n- React Native\n`;
  it('a list of duties in the imperative is the duties; one of what the reader has and knows is the asks', () => {
    expect(partOf(a, 'Build the ingestion jobs')).toBe('responsibilities');
    expect(partOf(a, 'Have run Spark jobs')).toBe('requirements');
    expect(rows(a).join(' ')).toMatch(/Know SQL well enough/);
  });
  it('in another language: the company told as a name over a present verb is about; a list before the asks is the work; competence lines ask', () => {
    expect(partOf(b, 'Kvarnbo bygger appar')).toBe('about');
    expect(partOf(b, 'Utveckla nya funktioner')).toBe('responsibilities');
    expect(partOf(b, 'Erfarenhet av Kotlin')).toBe('requirements');
    expect(rows(b).join(' ')).toMatch(/Goda kunskaper i svenska|Erfarenhet av Kotlin/);
  });
  it('counter-examples: a posting with no heading of asks keeps reading its lines as before; a list of names stays where it was', () => {
    const c = `Fennick Tools | Go developer | Remote\n\nWe make a build cache for monorepos.\n\nThe person we picture\n- Have written Go for a few years\n- Know your way around Linux\n\nEmail jobs@fennick.example.\n`;
    expect(partOf(c, 'Have written Go')).not.toBe('requirements');
    expect(rows(c).join(' ')).toMatch(/Have written Go/);
    const d = `Platform Engineer\n\nAbout us\nWe run a ticketing site.\n\nTooling we lean on\n- Terraform, Helm, Argo CD\n- Grafana, Loki\n\nRequirements\n- Kubernetes in production\n`;
    expect(partOf(d, 'Terraform, Helm, Argo CD')).not.toBe('responsibilities');
  });
});

describe('s55: a heading in the conditional names the wishes', () => {
  it('"Would help", "Could be handy", "Valoramos", "Se valora" head the wishes', () => {
    expect(classifyHeading('Would help')).toBe('preferred');
    expect(classifyHeading('Could be handy')).toBe('preferred');
    expect(classifyHeading('It might also help')).toBe('preferred');
    expect(classifyHeading('Valoramos')).toBe('preferred');
    expect(classifyHeading('Se valora')).toBe('preferred');
    const a = `Support Analyst\n\nWhat you need\n- Two years on a service desk\n- Clear written English\n\nWould help\n- ITIL Foundation\n- Some PowerShell\n`;
    expect(partOf(a, 'ITIL Foundation')).toBe('preferred');
    const b = `Programador/a Java\n\nRequisitos\n- Tres a\u00f1os con Java y Spring\n\nValoramos\n- Experiencia con Kafka\n`;
    expect(partOf(b, 'Experiencia con Kafka')).toBe('preferred');
  });
  it('counter-examples: a line that asks in the conditional is no heading; "We would help you relocate" is no wish', () => {
    expect(classifyHeading('Would help you relocate')).toBe(null);
    expect(classifyHeading('Valorar')).toBe(null);
  });
});

describe('s55: a paragraph of the logistics after a list ends the list', () => {
  const a = `Field Technician\n\nWhat we offer\n- A van and a phone\n- 27 days of leave\n\nTo be considered, send your CV through the form below before 12 March.\n`;
  const b = `Ingenj\u00f6r\n\nVi erbjuder\n- Friskv\u00e5rdsbidrag\n- Flexibla tider\n\nVi intervjuar l\u00f6pande, s\u00e5 skicka g\u00e4rna din ans\u00f6kan snart.\n`;
  it('is a part of no kind, not a perk', () => {
    expect(partOf(a, 'To be considered')).toBe('other');
    expect(partOf(a, '27 days of leave')).toBe('benefits');
    expect(partOf(b, 'Vi intervjuar')).toBe('other');
  });
  it('counter-example: a paragraph after the perks that asks stays read as it was', () => {
    const c = `Driver\n\nWhat we offer\n- Overtime paid\n\nApplicants must hold a full driving licence before the interview.\n`;
    expect(partOf(c, 'Applicants must hold')).not.toBe('benefits');
    expect(rows(c).join(' ')).toMatch(/driving licence/);
  });
});

describe('s55: the company\u2019s story under a heading of the duties is about', () => {
  it('"Job Summary" / "ABOUT THE ROLE" over a name and a present verb, nothing of the reader', () => {
    const a = `Payroll Analyst\nCopperdale Foods \u00b7 Leicester\n\nJob Summary\nCopperdale bakes bread for supermarkets in the Midlands. Its payroll team pays 2,100 staff every week.\n\nYour duties\n- Run the weekly payroll\n`;
    expect(partOf(a, 'Copperdale bakes bread')).toBe('about');
    const b = `IT Support Technician\n\nABOUT THE ROLE\nThornick County Library runs nineteen branches and a mobile library.\n\nRESPONSIBILITIES\n- Fix staff laptops\n`;
    expect(partOf(b, 'Thornick County Library runs')).toBe('about');
  });
  it('counter-examples: duties told in the imperative, or to the reader, stay the duties', () => {
    const c = `Engineer\n\nThe role\nOwn our billing service and lead its move to a new provider.\n\nRequirements\n- Go\n`;
    expect(partOf(c, 'Own our billing service')).toBe('responsibilities');
    const d = `Engineer\nMossgrove Ltd\n\nAbout the role\nMossgrove builds route planners. You will own the map tiles service.\n\nRequirements\n- Go\n`;
    expect(partOf(d, 'Mossgrove builds')).toBe('responsibilities');
  });
});

describe('s55: an ask said of the hire in the third person, by its form', () => {
  it('a hire as the subject and a modal of need, whatever the verb', () => {
    const a = `Wrenmoor Audio | Firmware engineer | Leeds\n\nWe make mixing desks for small venues. Whoever we take on will need to bring up a new board from a bare schematic. The team is four people.\n\nApply at jobs@wrenmoor.example.\n`;
    expect(rows(a).join(' ')).toMatch(/bring up a new board/);
    const b = `Ashlow Maps | Backend engineer | Remote\n\nThe engineer stepping into this seat will be expected to keep our tile servers fast during storms. They should have run Postgres with PostGIS under real load.\n\nNice to have: Rust.\n`;
    expect(rows(b).join(' ')).toMatch(/keep our tile servers fast/);
    expect(rows(b).join(' ')).toMatch(/run Postgres with PostGIS/);
  });
  it('counter-examples: what the hire will hear, get or send, or when they start, asks nothing', () => {
    const c = `Ashlow Maps | Backend engineer | Remote\n\nWhoever we hire will need to start before June. Anyone who applies should expect two short calls. We use Go and Postgres.\n\nRequirements\n- Go\n`;
    const t = rows(c).join(' ');
    expect(t).not.toMatch(/start before June/);
    expect(t).not.toMatch(/expect two short calls/);
  });
});

describe('s55: experience counted in weeks is asked (USAJobs)', () => {
  it('the lead-in over the examples is kept as an ask', () => {
    const a = `Qualifications\nCandidates must show 52 weeks of specialized experience at the GS-09 level, such as:\n- Keeping network devices patched\n- Writing change requests\n`;
    expect(rows(`IT Specialist\n\n${a}`).join(' ')).toMatch(/52 weeks of specialized experience/);
    const b = `Requirements\nYour application should document 104 weeks of qualifying experience, including:\n- Auditing grant spending\n`;
    expect(rows(`Auditor\n\n${b}`).join(' ')).toMatch(/104 weeks of qualifying experience/);
  });
  it('counter-example: weeks that are no experience ask nothing by themselves', () => {
    const c = `Requirements\n- Python\n\nTraining lasts 12 weeks, including:\n- A week in Denver\n`;
    expect(rows(`Analyst\n\n${c}`).join(' ')).not.toMatch(/Training lasts 12 weeks/);
  });
});
