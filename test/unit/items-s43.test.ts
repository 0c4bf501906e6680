import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 43 (#12): the parts of a posting and which lines of its ask parts are asks, taught by the fresh postings of
 * test/fixtures/labels/parts-fresh-s43*.jsonl (tune half); each rule checked here on sentences written fresh for the
 * test, none of them a sentence of a labelled batch, with counter-examples.
 */
const kinds = (text: string) => splitSections(text).map((s) => `${s.kind}:${s.heading}`);
const kindsOnly = (text: string) => splitSections(text).map((s) => s.kind);
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => r.text);

describe('headings in other words', () => {
  it('wishes: "Icing on the cake", "Cherry on top", "Brownie points", "Things that would help"', () => {
    for (const h of ['Icing on the cake', 'Cherry on top', 'A cherry on the top', 'Brownie points', 'Things that would help', 'Skills that might also be useful', "Not essential, we'll teach you"])
      expect(classifyHeading(h), h).toBe('preferred');
  });
  it('asks: "In your toolbox", "The toolkit we expect you to bring", "Your superpowers", "Need:"', () => {
    for (const h of ["What's in your toolbox", 'In your tool belt', 'The toolkit you bring', 'Your superpowers', 'Superpowers we are hoping for', 'Need', 'Needed:'])
      expect(classifyHeading(h), h).toBe('requirements');
  });
  it('duties: "How you\'ll spend your days", "What your week looks like", "A day in the life"', () => {
    for (const h of ["How you'll spend your days", 'Where you will spend your time', 'What your week will look like', 'A day in the life'])
      expect(classifyHeading(h), h).toBe('responsibilities');
  });
  it('the company in short: "In a nutshell", "TL;DR", "At a glance"; perks: "Goodies", "The nuts and bolts"', () => {
    for (const h of ['In a nutshell', 'TL;DR', 'At a glance', 'The gist']) expect(classifyHeading(h), h).toBe('about');
    for (const h of ['Goodies', 'The goodies', 'Nuts and bolts']) expect(classifyHeading(h), h).toBe('benefits');
  });
  it('"Additional information", "Other details" end the part above them and ask nothing', () => {
    expect(classifyHeading('Additional information')).toBe('other');
    expect(classifyHeading('Further details')).toBe('other');
    expect(kindsOnly('Preferred\n- Terraform\n- Helm\n\nAdditional Details\nWe are based in a converted mill by the canal.\n')).toEqual(['preferred', 'other']);
  });
  it('counter-examples: a sentence with such words, and words of no kind, are no headings', () => {
    expect(classifyHeading('Our toolkit')).not.toBe('requirements');
    expect(classifyHeading('The cherry orchard')).toBeNull();
    expect(classifyHeading('Nuts')).toBeNull();
    expect(classifyHeading('We need')).toBe('requirements');
    // (A sentence that needs something is no heading: it ends in a full stop.)
    expect(kindsOnly('Requirements\n- Go\n\nWe need the office keys back by Friday.\n')).toEqual(['requirements']);
  });
  it('a heading set off by a blank line above and a list below may hold one comma: "Things that help, though we teach them"', () => {
    expect(kindsOnly("Requirements\n- Go\n- Postgres\n\nThings that would help, though we can teach them\n- Kafka\n- Rust\n")).toEqual(['requirements', 'preferred']);
    // (Two commas make a sentence of it: no heading, the list goes on.)
    expect(kindsOnly('Requirements\n- Go\n\nGo, Rust, and things that would help\n- Kafka\n')).toEqual(['requirements']);
  });
});

describe('Dutch headings', () => {
  it('"Wat ga je doen", "Wat breng je mee", "Pluspunten", "Wat bieden wij", "Wie zijn wij"', () => {
    expect(classifyHeading('Wat ga jij doen?')).toBe('responsibilities');
    expect(classifyHeading('Wat vragen wij')).toBe('requirements');
    expect(classifyHeading('Jouw profiel')).toBe('requirements');
    expect(classifyHeading('Pluspunten')).toBe('preferred');
    expect(classifyHeading('Wat bieden wij')).toBe('benefits');
    expect(classifyHeading('Arbeidsvoorwaarden')).toBe('benefits');
    expect(classifyHeading('Wie zijn wij?')).toBe('about');
    expect(kindsOnly('Backend Developer (Go) – Zwolle\n\nWie zijn wij?\nEen team van tien in Zwolle.\n\nWat vragen wij\n- Twee jaar Go\n- Kennis van Kafka\n\nPluspunten\n- Rust\n\nWat bieden wij\n- Een leasefiets\n')).toEqual(['other', 'about', 'requirements', 'preferred', 'benefits']);
  });
  it('counter-examples: Dutch words in an English line, and a sentence, are no heading', () => {
    expect(classifyHeading('Wat is dit')).toBeNull();
    expect(classifyHeading('Over the years')).toBeNull();
  });
});

describe('who should not apply, said to "you"', () => {
  it('"You might not be a great fit if", "You aren\'t the right match if" head a part of no kind; its likings are no rows', () => {
    for (const h of ['You might not be a great fit if', "You aren't the right match if", 'You probably won\'t be a good fit here if']) {
      const text = `Ops Engineer\n\nRequirements\n- Linux\n- Ansible\n\n${h}\n- You would rather never touch a pager\n- You prefer a fixed roadmap\n\nPerks\n- A bike\n`;
      expect(kindsOnly(text), h).toEqual(['other', 'requirements', 'other', 'benefits']);
      expect(rows(text).some((t) => /pager|fixed roadmap/.test(t)), h).toBe(false);
    }
  });
  it('counter-example: "You might be a good fit if" still asks', () => {
    expect(classifyHeading('You might be a good fit if')).toBe('requirements');
  });
});

describe('the first line, how to apply, and the employer\'s statement', () => {
  it('"Foxglove Labs is hiring: Data Engineer" as the first line is the title, no list of roles', () => {
    expect(kindsOnly('Foxglove Labs is hiring: Data Engineer\n\nWhat you\'ll do\n- Keep the warehouse tidy\n\nRequirements\n- dbt\n')).toEqual(['other', 'responsibilities', 'requirements']);
    // (Lower down, or naming several roles, the label still heads the roles on offer.)
    expect(kindsOnly('Foxglove Labs\n\nWe are hiring: Data Engineer, Platform Engineer and Designer\n')).toEqual(['other', 'responsibilities']);
  });
  it('"✉️ Apply with your CV …", "Apply with a short note …" end the part above them', () => {
    for (const last of ['✉️ Apply with your CV and a line on why boats.', 'Apply with a short note about a tool you made.'])
      expect(kindsOnly(`Perks\n- A sauna\n- Ferry passes\n\n${last}\n`), last).toEqual(['benefits', 'other']);
    // (A perk line that says "apply" is a perk: "Apply within six months for the bike scheme".)
    expect(kindsOnly('Perks\n- A sauna\nApply within six months for the bike scheme\n')).toEqual(['benefits']);
  });
  it('an equal-opportunity paragraph after a list is no perk and no ask', () => {
    for (const last of ['Saltgrass is an equal opportunity employer and values every background.', 'We are committed to diversity and inclusion in everything we do.'])
      expect(kindsOnly(`Perks\n- A sauna\n- Ferry passes\n\n${last}\n`), last).toEqual(['benefits', 'other']);
    // (A perk about it inside the list stays a perk; a heading "Equal opportunity" still reads as before.)
    expect(kindsOnly('Perks\n- A sauna\n- Equal opportunity pay audits every year\n')).toEqual(['benefits']);
  });
});

describe('notes and waivers inside a list of asks', () => {
  const list = (line: string) => `Support Engineer | Remote\n\nRequirements\n- Three years supporting a SaaS product\n- Clear written English\n- ${line}\n\nPerks\n- A laptop\n`;
  it('"if you match most of it", "nobody ticks every box", "career changers are welcome" are notes, no rows', () => {
    for (const line of ['Long lists scare people: if you meet most of this, write to us', 'Nobody ever ticks every box', 'Career changers and bootcamp graduates are warmly welcome', 'Self-taught people are always welcome'])
      expect(rows(list(line)).some((t) => t.includes(line.slice(0, 20))), line).toBe(false);
  });
  it('counter-examples: what must be met, and a skill that is welcome, still ask', () => {
    expect(rows(list('You must meet all of the safety rules on site'))).toContain('You must meet all of the safety rules on site');
    expect(rows(list('Experience with Zendesk is welcome')).some((t) => /Zendesk/.test(t))).toBe(true);
  });
  it('"we use X and Y, no need to know them" waives the skills it names', () => {
    expect(rows(list('We use Jira and Confluence, no need to know them')).some((t) => /Jira/.test(t))).toBe(false);
    expect(rows(list("You don't need to know Kotlin")).some((t) => /Kotlin/.test(t))).toBe(false);
    // (Turned to a want, it asks: "no need to know Kotlin, but Java is a must".)
    expect(rows(list('No need to know Kotlin, but Java is a must')).some((t) => /Java/.test(t))).toBe(true);
  });
  it('a waiver in brackets after a list of three or more waives its last thing, not the line', () => {
    expect(rows(list('Zendesk, Intercom, SQL, a pilot licence (not needed, just fun)')).some((t) => /Zendesk/.test(t))).toBe(true);
    // (Alone, or after a single thing, it waives the line.)
    expect(rows(list('A pilot licence (not required)')).some((t) => /pilot/.test(t))).toBe(false);
  });
});

describe('a row set with dot leaders', () => {
  it('"Label ........ value" is one row, its label with it', () => {
    const got = rows('Field Technician\n\nRequirements\nLicence ........ Full driving licence (we can help you get one)\nTools ........... Multimeter, basic soldering\n');
    expect(got.some((t) => /^Licence \.+ Full driving licence/.test(t))).toBe(true);
    expect(got).not.toContain('Licence ........');
  });
  it('counter-example: an ellipsis that ends a sentence still ends it', () => {
    expect(rows('Field Technician\n\nRequirements\n- You like puzzles... A lot. You know Linux.\n').length).toBeGreaterThan(0);
  });
});

describe('batch b: headings asked as questions, after arrows, in Spanish', () => {
  it('"→ What do we offer?" over prose is a heading, the arrow its mark; "→ Rust" in a list stays a list line', () => {
    expect(kindsOnly('Analyst\n\n→ What do we need from you?\nThree years of SQL.\n\n→ What do we give you?\nA pension.\n')).toEqual(['other', 'requirements', 'benefits']);
    expect(kindsOnly('Requirements\n→ Rust\n→ Three years of Go\n')).toEqual(['requirements']);
  });
  it('the company named in a question ("What is Brindle?", "What does Harrow & Vale do?") is about it; a question of no name is not', () => {
    expect(classifyHeading('What is Brindle?')).toBe('about');
    expect(classifyHeading('Who are Harrow & Vale?')).toBe('about');
    expect(classifyHeading('What does Tidewell do?')).toBe('about');
    expect(classifyHeading('What is expected')).not.toBe('about');
  });
  it('"What will the job look like?", "What we hope you\'ll bring", "Sound like you?", "Extra points", "Purpose of the role"', () => {
    expect(classifyHeading('What will the role look like?')).toBe('responsibilities');
    expect(classifyHeading('Purpose of the role')).toBe('responsibilities');
    expect(classifyHeading("What we hope you'll bring")).toBe('requirements');
    expect(classifyHeading('Sounds like you?')).toBe('requirements');
    expect(classifyHeading('Extra points')).toBe('preferred');
    // (A question of up to ten words over a list is a heading when its words are one: "Anything that would help you stand out?")
    expect(kindsOnly('Requirements\n- Go\n\nAnything else that would help you stand out?\n- Rust\n')).toEqual(['requirements', 'preferred']);
  });
  it('"How you will be evaluated", "Application" end the part above them; "Who you\'re not" says who should not apply', () => {
    expect(classifyHeading('How you will be assessed')).toBe('other');
    expect(classifyHeading('How we hire')).toBe('other');
    expect(classifyHeading('Application')).toBe('other');
    expect(classifyHeading("Who you're not")).toBe('other');
    // (Counter-examples: "Who you are" still asks; "Application security" is no heading of the process.)
    expect(classifyHeading('Who you are')).toBe('requirements');
    expect(classifyHeading('Application security')).not.toBe('other');
  });
  it('Spanish: "Funciones", "Requisitos", "Valorable", "Ofrecemos", "Quiénes somos"', () => {
    expect(kindsOnly('Analista de datos – Sevilla\n\nQuiénes somos\nUna cooperativa de aceite.\n\nFunciones\n- Informes\n\nRequisitos\n- SQL\n- Excel\n\nValorable\n- Python\n\nOfrecemos\n- Jornada intensiva en verano\n')).toEqual(['other', 'about', 'responsibilities', 'requirements', 'preferred', 'benefits']);
    expect(classifyHeading('Requisitos deseables')).toBe('preferred');
  });
  it('"Key: A = application form, I = interview" is a legend, no heading of asks', () => {
    expect(kindsOnly('Essential\n- SQL (A)\n\nKey: A = application form, I = interview\n')).toEqual(['requirements', 'other']);
    // (Counter-example: "Key: strong SQL" still heads asks.)
    expect(kindsOnly('Key: strong SQL and Python\n')).toEqual(['requirements']);
  });
  it('"DM me or email …" with an address ends the part above it', () => {
    expect(kindsOnly('nice to have:\n- Rust\n\ndm me or email ana@wharfside.dev\n')).toEqual(['preferred', 'other']);
  });
  it('an inline list: a known label before a bullet ends the line before it, with no full stop ("… C++ Nice to have: • …")', () => {
    const text = 'About the job\nWe build farm games in Tampere. What we need: • Four years of Unity work • Solid C# and some shaders Nice to have: • Shipped a console title • Some Blender\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'preferred']);
  });
});

describe('batch b: notes inside a list of asks', () => {
  const list = (line: string) => `Support Engineer | Remote\n\nRequirements\n- Three years supporting a SaaS product\n- Clear written English\n- ${line}\n\nPerks\n- A laptop\n`;
  it('the pay said in the list, and when the asks must be met, are no rows', () => {
    for (const line of ['salary is £40-45k depending on experience', 'Compensation: competitive, plus equity', 'Applicants must meet all essential criteria by the closing date'])
      expect(rows(list(line)).some((t) => t.includes(line.slice(0, 15))), line).toBe(false);
    // (Counter-example: "pay" as a verb of the ask, "Pay close attention to detail in every ticket", stays.)
    expect(rows(list('Pay close attention to detail in every ticket')).some((t) => /close attention/.test(t))).toBe(true);
  });
  it('a mark of where a criterion is assessed ("(I)", "(A/I)") is no speaker "I"', () => {
    expect(rows(list('Able to calm an upset caller (I)')).some((t) => /upset caller/.test(t))).toBe(true);
    expect(rows(list('Patient with people new to computers (A/I)')).some((t) => /Patient/.test(t))).toBe(true);
  });
  it('a person specification\'s group label ("Skills and abilities") is no row; an ask with such words is', () => {
    const spec = (line: string) => `Officer\n\nPerson specification\n${line}\n1. Able to keep accurate records (A)\n`;
    expect(rows(spec('Skills and abilities'))).not.toContain('Skills and abilities');
    expect(rows(spec('Knowledge, skills and experience'))).not.toContain('Knowledge, skills and experience');
    expect(rows(list('Excellent organisational skills')).some((t) => /organisational/.test(t))).toBe(true);
  });
});

describe('batch c: more headings and notes', () => {
  it('"What you\'ll need to bring", "Helpful, but optional", "What we do"', () => {
    expect(classifyHeading("What you'll need to bring")).toBe('requirements');
    expect(classifyHeading('You will want to have')).toBe('requirements');
    expect(classifyHeading('Useful but not required')).toBe('preferred');
    expect(classifyHeading('Helpful, but optional')).toBe('preferred');
    expect(classifyHeading('What we do')).toBe('about');
    // (Counter-example: the duties stay duties.)
    expect(classifyHeading("What you'll do")).toBe('responsibilities');
  });
  const list = (line: string) => `Support Engineer | Remote\n\nRequirements\n- Three years supporting a SaaS product\n- Clear written English\n- ${line}\n\nPerks\n- A laptop\n`;
  it('"Base £60k plus bonus" and "Don\'t worry if you have never seen a ledger" are no rows', () => {
    for (const line of ['Base £60k plus bonus', "Don't worry if you have never seen a ledger before"])
      expect(rows(list(line)).some((t) => t.includes(line.slice(0, 12))), line).toBe(false);
    // (Counter-examples: "Basic SQL" asks; a worry turned to a must asks.)
    expect(rows(list('Basic SQL for reporting')).some((t) => /Basic SQL/.test(t))).toBe(true);
    expect(rows(list("Don't worry about Kotlin, but you must know Java")).some((t) => /Java/.test(t))).toBe(true);
  });
});
