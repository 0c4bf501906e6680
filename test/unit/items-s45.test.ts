import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 45 (#12): the parts of a posting, which lines of its ask parts are asks, and how a line splits into rows, taught
 * by the corpus tune part's noise, the known misses of session 44 and the fresh postings of
 * test/fixtures/labels/parts-fresh-s45*.jsonl (tune half); each rule checked here on sentences written fresh for the test,
 * none of them a sentence of a labelled batch, with counter-examples.
 */
const kindsOnly = (text: string) => splitSections(text).map((s) => s.kind);
const items = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => items(text).map((r) => r.text);

describe('headings in Swedish, Finnish, Czech and Polish', () => {
  it('reads each language\'s duties, asks, wishes, offer and company', () => {
    expect(classifyHeading('Dina arbetsuppgifter')).toBe('responsibilities');
    expect(classifyHeading('Vi söker dig som')).toBe('requirements');
    expect(classifyHeading('Det är meriterande om du')).toBe('preferred');
    expect(classifyHeading('Vi erbjuder')).toBe('benefits');
    expect(classifyHeading('Tehtäväsi')).toBe('responsibilities');
    expect(classifyHeading('Odotamme sinulta')).toBe('requirements');
    expect(classifyHeading('Katsomme eduksi')).toBe('preferred');
    expect(classifyHeading('Mitä tarjoamme')).toBe('benefits');
    expect(classifyHeading('Náplň práce')).toBe('responsibilities');
    expect(classifyHeading('Co od tebe očekáváme')).toBe('requirements');
    expect(classifyHeading('Výhodou je')).toBe('preferred');
    expect(classifyHeading('Co nabízíme')).toBe('benefits');
    expect(classifyHeading('Zakres obowiązków')).toBe('responsibilities');
    expect(classifyHeading('Czego oczekujemy')).toBe('requirements');
    expect(classifyHeading('Mile widziane')).toBe('preferred');
    expect(classifyHeading('Co oferujemy')).toBe('benefits');
    expect(classifyHeading('Kim jesteśmy')).toBe('about');
  });
  it('a whole posting with Polish headings: the wishes are wishes', () => {
    const text = 'Inżynier DevOps\n\nWymagania\n- 3 lata z Kubernetes\n- Terraform\n\nMile widziane\n- Go\n- Ansible\n\nOferujemy\n- Prywatna opieka medyczna\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'preferred', 'benefits']);
  });
  it('counter-examples: words that only look like them stay no heading', () => {
    expect(classifyHeading('Nasdaq listing')).toBeNull();
    expect(classifyHeading('Kravitz and sons')).toBeNull();
    expect(classifyHeading('Eduskunta visit')).toBeNull();
    // (A company's profile is no profile of the candidate's, in German or Swedish: "Profil des Unternehmens", "Profil och historia".)
    expect(classifyHeading('Profil des Unternehmens')).not.toBe('requirements');
    expect(classifyHeading('Profil och historia')).not.toBe('requirements');
    expect(classifyHeading('Din profil')).toBe('requirements');
  });
});

describe('one inline asks label in a paragraph', () => {
  it('"… Requirements: a, b and c. We offer …" heads the asks up to the offer', () => {
    const text = 'Field Software Engineer (Tromsø)\n\nWe build the radios that fishing boats use to talk to harbours along the coast. Requirements: 3+ years of C, solid embedded Linux and a calm head at sea. We offer a pension, a boat allowance and six weeks off.\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'benefits']);
    expect(rows(text).join(' | ')).toMatch(/embedded Linux/);
    expect(rows(text).join(' | ')).not.toMatch(/pension/);
  });
  it('counter-examples: a label of no asks, or none after a sentence, splits nothing new', () => {
    expect(kindsOnly('Field Software Engineer\n\nWe build radios for boats. Fun fact: our office has a sauna.\n')).toEqual(['other']);
    expect(kindsOnly('Field Software Engineer\n\nRequirements: C and embedded Linux.\n')).not.toContain('benefits');
  });
});

describe('lines of an ask part that ask nothing', () => {
  it('a list of duties under a heading that names the person sought is the work', () => {
    const text = 'Robotics Engineer\n\nWe are looking for someone who can work across our whole stack:\n- Build the test rigs for our grippers\n- Integrate cameras and force sensors on the arm\n- Write the firmware for our motor drivers in Rust\n- Maintain the CI that flashes boards\n';
    expect(rows(text)).toEqual([]);
  });
  it('counter-examples: a list of asks with one duty mixed in keeps its asks; a duty that says a must asks', () => {
    const mixed = rows('Robotics Engineer\n\nRequirements\n- 3+ years of embedded C\n- Experience with ROS 2\n- Build test rigs for grippers\n- Comfortable with a soldering iron\n');
    expect(mixed.join(' | ')).toMatch(/embedded C/);
    expect(mixed.join(' | ')).toMatch(/ROS 2/);
    const must = rows('Robotics Engineer\n\nWe are looking for someone who can work across our stack:\n- Build test rigs for grippers\n- Integrate cameras on the arm\n- Write motor firmware; Rust is a must\n');
    expect(must.join(' | ')).toMatch(/Rust is a must/);
  });
  it('the team\'s own record among the asks is no ask', () => {
    const r = rows('Analytics Engineer\n\nRequirements\n- 3+ years of SQL\n- Honestly, most of our team learned dbt on the job.\n- Half of us came from game studios and picked up Snowflake here.\n- Airflow or Dagster\n');
    expect(r.join(' | ')).not.toMatch(/learned dbt|game studios/);
    expect(r.join(' | ')).toMatch(/Airflow or Dagster/);
  });
  it('counter-examples: the reader asked beside the team, or a want, still asks', () => {
    const r = rows('Analytics Engineer\n\nRequirements\n- Most of our team knows dbt, and you should too.\n- Our engineers mostly write Python, so solid Python is required.\n');
    expect(r.join(' | ')).toMatch(/you should too/);
    expect(r.join(' | ')).toMatch(/solid Python is required/);
  });
  it('an invitation on an opinion held asks nothing', () => {
    expect(rows('Tools Engineer\n\nIf you have strong views on how CI caches should work across a monorepo: we want to talk.\n')).toEqual([]);
  });
  it('counter-examples: an invitation on what the reader has done still describes the one sought', () => {
    expect(rows('Tools Engineer\n\nIf you have run Bazel remote caches for a large monorepo, we want to talk.\n').join(' | ')).toMatch(/Bazel/);
  });
});

describe('rows', () => {
  it('years told as the person\'s verb stay with their own clause, the next verb a row of its own', () => {
    const r = items('Payments Engineer\n\nRequirements\n- You have spent six years building card-issuing systems, write Kotlin every day and know Kafka well\n');
    expect(r.map((i) => i.text)).toEqual(['You have spent six years building card-issuing systems', 'write Kotlin every day and know Kafka well']);
    expect(r[0]!.years?.min).toBe(6);
    expect(r[1]!.years).toBeNull();
  });
  it('counter-examples: years of a list of names stay one row; no person\'s verb, no cut', () => {
    expect(rows('Payments Engineer\n\nRequirements\n- 6+ years of Kotlin, Java or Scala\n')).toEqual(['6+ years of Kotlin, Java or Scala']);
    expect(rows('Payments Engineer\n\nRequirements\n- 4+ years with Kotlin, uses Gradle daily\n')).toHaveLength(1);
  });
});

describe('the s45a tune half\'s classes', () => {
  it('"1. ABOUT US", "3. YOU": numbered headings set in capitals head parts', () => {
    const text = '1. WHO WE ARE\nWe repair tractors with software.\n\n2. THE JOB\nYou will write the diagnostics app.\n\n3. YOU\n- 3+ years of Kotlin\n- CAN bus experience\n\n4. WHAT WE OFFER\n- A pension\n';
    expect(kindsOnly(text)).toEqual(['about', 'responsibilities', 'requirements', 'benefits']);
  });
  it('counter-examples: a numbered list of asks in capitals or in words stays a list', () => {
    expect(kindsOnly('Requirements\n1. 3+ years of Kotlin\n2. CAN bus experience\n3. SQL\n')).toEqual(['requirements']);
    expect(kindsOnly('Requirements\n1. AWS\n2. GCP\n')).toEqual(['requirements']);
  });
  it('"YOU" in capitals heads the asks; "You" in a sentence\'s case stays no heading of its own', () => {
    expect(kindsOnly('Tractor Software\n\nYOU\n- Kotlin\n- CAN bus\n')).toEqual(['other', 'requirements']);
    expect(classifyHeading('You')).toBeNull();
  });
  it('a Q&A posting\'s questions head its parts', () => {
    const text = 'Backend Engineer at Kettle\n\nQ: What would I work on?\nA: The billing service.\n\nQ: What do I need?\nA: Go, and Postgres you can tune.\n\nQ: What don\'t I need?\nA: A degree.\n\nQ: What does it pay?\nA: €70–85k.\n';
    expect(kindsOnly(text)).toEqual(['other', 'responsibilities', 'requirements', 'other', 'benefits']);
  });
  it('counter-examples: a question in the text, or "Q:" before no heading\'s words, heads nothing', () => {
    expect(classifyHeading('Q: Where is the office?')).toBeNull();
    expect(classifyHeading('Should you apply?')).toBeNull();
    expect(classifyHeading('You guys rock')).toBeNull();
  });
  it('MoSCoW: "Should" and "Could" wish, "Won\'t" asks nothing', () => {
    expect(classifyHeading('SHOULD')).toBe('preferred');
    expect(classifyHeading('Could have')).toBe('preferred');
    expect(classifyHeading("WON'T")).toBe('other');
    expect(classifyHeading('What we need, MoSCoW style')).toBe('requirements');
  });
  it('"We offer …" as a paragraph after the asks starts the perks; "Interested? Send …" how to apply', () => {
    const text = 'Data Engineer\n\nWhat you need: solid SQL and dbt.\n\nWe offer a pension, 28 days off and a laptop of your choice.\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'benefits']);
    const apply = 'Data Engineer\n\nRequirements\n- SQL\n\nBenefits\n- A pension\n\nInterested? Email a short note to jobs@kettle.example.\n';
    expect(kindsOnly(apply)).toEqual(['other', 'requirements', 'benefits', 'other']);
    expect(kindsOnly('Contract .NET Developer\n\nKey skills:\nC#\nSQL Server\n\nIf this fits, reply with your CV and your notice period.\n')).toEqual(['other', 'requirements', 'other']);
  });
  it('counter-examples: "We offer" inside the company\'s story, or a product offered, starts no perks', () => {
    expect(kindsOnly('Data Engineer\n\nAbout us\nWe build ledgers.\n\nWe offer software to 300 banks.\n')).not.toContain('benefits');
    expect(kindsOnly('Data Engineer\n\nRequirements\n- SQL\n\nWe offer consulting services to banks, so you will meet clients.\n')).not.toContain('benefits');
  });
  it('a note "on" something, and the contract\'s form, inside the asks ask nothing', () => {
    const r = rows('Platform Engineer\n\nRequirements\n- Kubernetes and Helm\n- A note on pay: we review salaries every April.\n- B2B invoice only, 160 hours a month\n- Umowa o pracę is not on offer for this role\n');
    expect(r).toEqual(['Kubernetes and Helm']);
  });
  it('counter-examples: a note that says a must, and a contract the reader must be able to use, ask', () => {
    const r = rows('Platform Engineer\n\nRequirements\n- Kubernetes and Helm\n- A note on travel: you must be able to visit Gdańsk monthly.\n- Must be able to invoice as a B2B contractor\n');
    expect(r.join(' | ')).toMatch(/Gdańsk/);
    expect(r.join(' | ')).toMatch(/invoice as a B2B/);
  });
});

describe('the s45b tune half\'s classes', () => {
  it('"Sinulla on" ("you have") heads the asks', () => {
    expect(classifyHeading('Sinulla on')).toBe('requirements');
    expect(kindsOnly('Kehittäjä\n\nMitä teet\n- Rakennat rajapintoja\n\nSinulla on\n- Python\n- PostgreSQL\n')).toEqual(['other', 'responsibilities', 'requirements']);
  });
  it('a legend in brackets is no word of the heading\'s length: "What you need to have (R = required, B = bonus)"', () => {
    expect(kindsOnly('Embedded Engineer\n\nWhat you need to have (R = required, B = bonus)\n- Zephyr RTOS (R)\n- Rust (B)\n')).toEqual(['other', 'requirements']);
  });
  it('counter-example: a long line with a legend that is a sentence stays text', () => {
    expect(kindsOnly('Embedded Engineer\n\nWe mark each line of the list below with a letter for you (R = required, B = bonus).\n')).toEqual(['other']);
  });
  it('"Salary 50–62k SEK/month" after the asks, with no colon, starts the perks', () => {
    expect(kindsOnly('SRE\n\nRequirements\n- Linux\n- Terraform\n\nSalary 48–60k SEK/month, plus a pension.\n')).toEqual(['other', 'requirements', 'benefits']);
  });
  it('counter-example: a line of asks that opens on "Pay" words as a skill stays an ask', () => {
    expect(kindsOnly('SRE\n\nRequirements\n- Linux\n- Terraform\n\nPayment systems experience, 3+ years.\n')).not.toContain('benefits');
  });
  it('how on-call is arranged, told among the asks, is no ask', () => {
    const r = rows('SRE\n\nRequirements\n- Kubernetes in production\n- On-call is shared one week in six and is paid.\n- Our on-call rota covers bank holidays too.\n');
    expect(r).toEqual(['Kubernetes in production']);
  });
  it('counter-examples: on-call asked of the reader still asks', () => {
    const r = rows('SRE\n\nRequirements\n- Kubernetes in production\n- On-call experience with a real pager\n- Willing to join the on-call rota\n');
    expect(r.join(' | ')).toMatch(/On-call experience/);
    expect(r.join(' | ')).toMatch(/Willing to join/);
  });
});
