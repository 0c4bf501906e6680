import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 44 (#12): the parts of a posting, which lines of its ask parts are asks, and how a line splits into rows, taught
 * by the fresh postings of test/fixtures/labels/parts-fresh-s44*.jsonl (tune half); each rule checked here on sentences
 * written fresh for the test, none of them a sentence of a labelled batch, with counter-examples.
 */
const kinds = (text: string) => splitSections(text).map((s) => `${s.kind}:${s.heading}`);
const kindsOnly = (text: string) => splitSections(text).map((s) => s.kind);
const items = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => items(text).map((r) => r.text);

describe('headings in other words, and none', () => {
  it('a legend in brackets is no word of the heading: "Qualifications (E = essential, P = plus)"', () => {
    expect(classifyHeading('Qualifications (E = essential, P = plus)')).toBe('requirements');
    expect(classifyHeading('Skills (R = required, N = nice to have):')).toBe('requirements');
    // (A bracket that says the wish is no legend: it still makes the heading a wish.)
    expect(classifyHeading('Experience (preferred)')).toBe('preferred');
  });
  it('"(a) …", "(R) …" open a list\'s lines: never headings, though they name a heading\'s words', () => {
    expect(kindsOnly('Crane Operator\n\nRequirements\n(a) Experience with tower cranes\n(b) Knowledge of rigging\n(c) A valid CPCS card\n')).toEqual(['other', 'requirements']);
  });
  it('a pictograph before a short line makes it a heading; a list that says it is optional is wishes, one that opens on pay the perks', () => {
    const text = 'Field Engineer\n\n🧰 Bring along\n• 3+ years fixing wind turbines\n• Comfortable working at height\n\n🌱 Extras\n• A second language\n• None of these are required.\n\n🪙 In return\n• €52k plus overtime\n• A company van\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'preferred', 'benefits']);
  });
  it('counter-examples: a pictograph before a sentence, and an unknown heading over prose, stay text of no kind', () => {
    expect(kindsOnly('Field Engineer\n\n🌍 We look after 300 turbines along the coast of Jutland, most of them offshore.\n\n🧰 Bring along\n• 3+ years fixing wind turbines\n• Comfortable working at height\n')).toEqual(['other', 'requirements']);
    expect(kindsOnly('Field Engineer\n\n🔭 Looking ahead\nWe plan to double the fleet by 2030.\n')).toEqual(['other', 'other']);
  });
  it('counter-examples: pictographs used as bullets, line after line, are the list\'s marks, no headings', () => {
    expect(rows('Deckhand Developer\n\nRequirements\n✅ Python\n✅ Docker\n✅ Linux\n').length).toBeGreaterThan(0);
    expect(kindsOnly('Deckhand Developer\n\nWhat you bring\n\n🐍 Python scripts\n🐳 Docker images\n🐧 Linux boxes\n')).toEqual(['other', 'requirements']);
  });
  it('a markdown heading of unknown words ends the part above it', () => {
    expect(kindsOnly('## Requirements\n- Rust\n- Linux\n\n## Odds and ends\nWe meet in Lisbon twice a year.\n')).toEqual(['requirements', 'other']);
  });
  it('"Description:", "What the role is", "The money" and Danish headings', () => {
    expect(classifyHeading('Description:')).toBe('responsibilities');
    expect(classifyHeading('What the role involves')).toBe('responsibilities');
    expect(classifyHeading('The money')).toBe('benefits');
    expect(classifyHeading('Money & perks')).toBe('benefits');
    expect(classifyHeading('Om jobbet')).toBe('responsibilities');
    expect(classifyHeading('Dine kvalifikationer')).toBe('requirements');
    expect(classifyHeading('Det vil være en fordel, hvis du')).toBe('preferred');
    expect(classifyHeading('Hvad vi tilbyder')).toBe('benefits');
    expect(classifyHeading('Om os')).toBe('about');
  });
  it('counter-examples: words of no kind stay no heading', () => {
    expect(classifyHeading('Money laundering controls')).toBeNull();
    expect(classifyHeading('Descriptive statistics')).toBeNull();
    expect(classifyHeading('Om nom')).toBeNull();
  });
  it('arrows that open every line of a list are its bullets, whatever heading word a line holds', () => {
    const text = 'Analyst\n\nYou bring:\n→ SQL every day\n→ Forecasting, preferably for retail\n→ Python\n\nPerks\n→ A pension\n→ A bike\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'benefits']);
    // (An arrow before a heading over prose still marks the heading.)
    expect(kindsOnly('Analyst\n\n→ Nice to have\nSome Python helps.\n')).toEqual(['other', 'preferred']);
  });
});

describe('a paragraph that runs the parts together', () => {
  it('"… Duties: … Requirements: … Perks: …" inside one paragraph: each label heads what follows it, and the employer\'s statement is apart', () => {
    const text = 'About the job\nHarborline Freight needs a payroll analyst in Tacoma. Duties: run payroll for 400 drivers and answer their questions. Requirements: 3+ years of payroll, ADP experience, a calm manner on the phone. Perks: a pension and a truck-stop coffee card. Harborline Freight is an equal opportunity employer.\n';
    expect(kindsOnly(text)).toEqual(['other', 'responsibilities', 'requirements', 'benefits', 'other']);
    expect(rows(text).some((t) => /pension|coffee/.test(t))).toBe(false);
  });
  it('counter-example: one label of another kind alone inside a paragraph stays its text', () => {
    const text = 'About the job\nHarborline Freight needs a payroll analyst in Tacoma. Note: the office is closed on Fridays.\n';
    expect(kindsOnly(text)).toEqual(['other']);
  });
});

describe('tables in markdown', () => {
  const table = '## Skills at a glance\n\n| Area | Must | Nice |\n|------|------|------|\n| Backend | Go, 3+ years | Rust |\n| Data | MySQL | ClickHouse |\n| Cloud | AWS | Terraform |\n';
  it('a table whose columns say what is asked and wished is asks; each cell its row, of its column\'s weight', () => {
    expect(kindsOnly(table)).toEqual(['requirements']);
    const got = items(table);
    expect(got.map((i) => `${i.importance}:${i.text}`)).toEqual(['required:Go, 3+ years', 'preferred:Rust', 'required:MySQL', 'preferred:ClickHouse', 'required:AWS', 'preferred:Terraform']);
  });
  it('counter-examples: a table of the team\'s stack, and a line with pipes in it, are no asks', () => {
    expect(kindsOnly('## Stack\n\n| Layer | Tool |\n|---|---|\n| API | Go |\n| DB | Postgres |\n')).toEqual(['other']);
    expect(kindsOnly('Ridgeway | Must-have skills for a Backend role | Remote\n\nWe build ledgers.\n')).toEqual(['other']);
  });
});

describe('lines inside a list of asks that ask nothing', () => {
  const list = (line: string) => `Support Engineer | Remote\n\nRequirements\n- Three years supporting a SaaS product\n- Clear written English\n- ${line}\n\nPerks\n- A laptop\n`;
  const kept = (line: string) => rows(list(line)).some((t) => t.includes(line.slice(0, 18)));
  it('agencies refused, notes said as notes, the interviews\' timing, the list said to be a guide', () => {
    for (const line of ['No recruitment agencies, thank you', 'Principals only', 'Heads up: our on-call week is shared by six people', 'FYI - the office dog is called Biscuit', 'Interviews run over two weeks in March', 'Immediate start available', 'This list is a rough guide, not a gate', "We've hired people missing half of these"])
      expect(kept(line), line).toBe(false);
  });
  it('"This team sits …", "That team meets …": told of the team, no ask', () => {
    expect(kept('This team meets in Porto every spring')).toBe(false);
  });
  it('counter-examples: a note that says a must, and an ask about interviewing, still ask', () => {
    expect(kept('Note: you must hold a full driving licence')).toBe(true);
    expect(kept('Experience running technical interviews')).toBe(true);
    expect(kept('No fear of phone calls with customers')).toBe(true);
  });
});

describe('rows: one line, several asks', () => {
  it('"Need: a, b, c" after its label is one row per ask', () => {
    const got = rows('Rails Developer, Tallowfield\n\nNeed: Ruby on Rails, Postgres, you have run a small team before\nNice: Sidekiq, some React Native work, you have lived through a big migration\n');
    expect(got).toEqual(expect.arrayContaining(['Ruby on Rails', 'Postgres', 'you have run a small team before', 'Sidekiq', 'some React Native work', 'you have lived through a big migration']));
  });
  it('counter-examples: a pick, a list of bare names, and a sentence that tells, stay one row', () => {
    expect(rows('Rails Developer, Tallowfield\n\nNeed: Ruby, Python, Elixir or Go\n')).toHaveLength(1);
    expect(rows('Rails Developer, Tallowfield\n\nNeed: Ruby, Postgres, Redis\n')).toHaveLength(1);
    expect(rows('Rails Developer, Tallowfield\n\nNeed: one of Ruby, Python, a good grasp of SQL\n')).toHaveLength(1);
    // (A list of likings under its label is no list of asks to split.)
    expect(rows('Rails Developer, Tallowfield\n\nRequirements\n- Ruby\n\nGreat fit if you like: quiet offices, long walks, a team that writes things down\n')).not.toContain('long walks');
  });
  it('", and so would X", ", and so is X": a second ask beside the first, its own row', () => {
    const got = items('Ops Engineer\n\nRequirements\n- Linux\n\nNice to have\n- Knowing Ansible would help, and so would some Bash\n- Spanish is useful with our Madrid clients, and so is a forklift licence\n');
    const texts = got.map((i) => i.text);
    expect(texts).toEqual(expect.arrayContaining(['Knowing Ansible would help', 'and so would some Bash']));
    expect(got.find((i) => /Bash/.test(i.text))!.groups).toEqual([['bash']]);
    expect(texts.some((t) => /^and so is a forklift licence/.test(t))).toBe(true);
  });
  it('counter-example: "and so" that goes on with a reason is one ask', () => {
    expect(rows('Ops Engineer\n\nRequirements\n- You know Linux well and so you can debug boxes alone\n')).toHaveLength(1);
  });
  it('"(M)" and "(D)" under a legend in the heading: the marked wish is a wish', () => {
    const got = items('Contract SRE\n\nSkills (M = mandatory, D = desirable):\n(M) Kubernetes in production\n(M) Terraform modules\n(D) Experience with Vault\n');
    expect(got.map((i) => `${i.importance}:${i.text.slice(0, 3)}`)).toEqual(['required:(M)', 'required:(M)', 'preferred:(D)']);
  });
});

describe('a heading is still a heading (counter-examples for the wider reads)', () => {
  it('"Tech stack" under its own heading is no asks; "Requirements" is', () => {
    expect(kinds('Requirements\n- Go\n\nOur stack\n- Go\n- Postgres\n')).toEqual(['requirements:Requirements', 'other:Our stack']);
  });
});

describe('batch b: headings in other words, decorated, and waivers', () => {
  it('"Who does well here", "Who may apply", "What you ought to know" ask; "Who won\'t thrive" and "How we choose" do not', () => {
    expect(classifyHeading('Who does well here')).toBe('requirements');
    expect(classifyHeading('Who may apply')).toBe('requirements');
    expect(classifyHeading('What you ought to know')).toBe('requirements');
    expect(classifyHeading("Who won't thrive here")).toBe('other');
    expect(classifyHeading('How we choose')).toBe('other');
    expect(classifyHeading('From day one')).toBe('responsibilities');
  });
  it('counter-examples: such words inside a longer phrase are no heading', () => {
    expect(classifyHeading('Who we pay')).not.toBe('requirements');
    expect(classifyHeading('Payments team')).toBeNull();
    expect(classifyHeading('Day one of the conference')).toBeNull();
  });
  it('a rule drawn after a heading is no word of it: "PERKS ===", "The role ---"', () => {
    expect(kindsOnly('ABOUT US ---\nWe bake.\n\nYOUR ROLE ===\nBake bread.\n\nPACKAGE ---\n- £30k\n')).toEqual(['about', 'responsibilities', 'benefits']);
  });
  it('"Don\'t worry if you don\'t have" waives its list: no rows of it', () => {
    const text = 'Support Engineer\n\nRequirements\n- Linux\n- SQL\n\nDon\'t worry if you don\'t have\n- Terraform\n- a degree\n';
    expect(kindsOnly(text)).toEqual(['other', 'requirements', 'other']);
    expect(rows(text).some((t) => /Terraform|degree/.test(t))).toBe(false);
  });
  it('counter-example: "Don\'t worry, we\'ll teach you" is a wish heading, as before', () => {
    expect(classifyHeading("Don't worry about these, we'll teach you")).not.toBe('requirements');
  });
});

describe('batch b: lines that ask or do not', () => {
  const list = (line: string) => `Support Engineer | Remote\n\nRequirements\n- Three years supporting a SaaS product\n- Clear written English\n- ${line}\n\nPerks\n- A laptop\n`;
  const kept = (line: string) => rows(list(line)).some((t) => t.includes(line.replace(/^\W+/, '').slice(0, 18)));
  it('a pictograph as a bullet is a mark: "\u2705 We\'re a team on UK hours" is told of the team', () => {
    expect(kept("✅ We're a small team on UK hours")).toBe(false);
    expect(kept('✅ Confident with Nginx')).toBe(true);
  });
  it('"Only shortlisted candidates will be contacted", "pls no agencies": no rows', () => {
    expect(kept('Only successful applicants will be notified')).toBe(false);
    expect(kept('pls no agencies')).toBe(false);
  });
  it('"Candidates without X will not be considered" asks X, in a list and in prose', () => {
    expect(kept('Applicants without a food hygiene certificate will not be considered')).toBe(true);
    expect(rows('Line Cook\n\nWe run two kitchens. Candidates without kitchen experience will not be considered.\n').some((t) => /kitchen experience/.test(t))).toBe(true);
    // (Counter-example: what is not considered, said of the company, asks nothing.)
    expect(rows('Line Cook\n\nWe run two kitchens. Late applications will not be considered.\n').some((t) => /Late applications/.test(t))).toBe(false);
  });
});

describe('batch c: asides, Nordic "Vi …", marks after the line', () => {
  const list = (line: string) => `Support Engineer | Remote\n\nRequirements\n- Three years supporting a SaaS product\n- Clear written English\n- ${line}\n\nPerks\n- A laptop\n`;
  const kept = (line: string) => rows(list(line)).some((t) => t.includes(line.slice(0, 18)));
  it('a line that is the company\'s aside in brackets asks nothing, whatever it names', () => {
    expect(kept('(We run everything on Kubernetes, so you will see a lot of it.)')).toBe(false);
    // (A bracket that marks a wish before the ask still asks.)
    expect(kept('(Ideally) some Kubernetes')).toBe(true);
  });
  it('"Vi …" said of the company in Danish or Norwegian asks nothing; "Vi forventer …" does', () => {
    expect(kept('Vi holder møder hver mandag.')).toBe(false);
    expect(kept('Vi forventer erfaring med Kubernetes')).toBe(true);
  });
  it('"(nice)" or "(optional)" after a line makes it a wish; "(must)" does not', () => {
    const got = items('Ops Engineer\n\nRequirements\n- Terraform (must)\n- Ansible (nice)\n- Helm (optional)\n');
    expect(got.map((i) => i.importance)).toEqual(['required', 'preferred', 'preferred']);
  });
});
