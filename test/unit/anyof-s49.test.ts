import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm, termText } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 49 (issue #12): choices whose options the taxonomy does not know, from the tune half of anyof-fresh batch 19,
// one class at a time: lists of fields and markets in lowercase words (in Italian, Spanish and Portuguese too), kinds of
// customer after "selling to", a lead-in over sub-bullets that says "at least one" and the kind, "or a similar <kind>"
// with the kind's own words, brackets of versions or of slashed examples, and "X/Y or worked at Z". Every sentence here was
// written for these tests (none from a posting, nor from the labelled lines); the wanted groups were decided before the
// code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for the lines under "Requirements:" of a posting with a header line of its own. */
const groupsIn = (lines: string): string[][] => {
  const posting = postingFromText(`Quillmere Systems | Solutions Engineer | Milan (hybrid)\n\nRequirements:\n${lines}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const choicesOf = (line: string): string[][] => groupsIn(`- ${line}`).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold the kind the options are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));
/** Whether any group holds an option in words. */
const anyTerm = (groups: string[][]) => groups.some((g) => g.some(isTerm));

describe('a list of fields or markets joined by the "o" / "ou" of another language', () => {
  it.each([
    // Beside an industry the table knows ("retail"): the other members are options in words of the same pick.
    ['Experiencia en retail, logistica o automocion', ['ecommerce', 'term:logistica', 'term:automocion']],
    // Right after the words of asking in Italian, with the article before a member left out.
    ['Esperienza nel settore alimentare, farmaceutico o della cosmetica', ['term:alimentare', 'term:farmaceutico', 'term:cosmetica']],
    ['Esperienza nel settore telecomunicazioni, editoria o moda', ['term:telecomunicazioni', 'term:editoria', 'term:moda']],
    ['Experiencia previa en aseguradoras, mutuas o corredurias', ['term:aseguradoras', 'term:mutuas', 'term:corredurias']],
    // Accented letters are part of a member's word.
    ['Experi\u00eancia no varejo, atacado ou distribui\u00e7\u00e3o', ['term:varejo', 'term:atacado', 'term:distribui\u00e7\u00e3o']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each(['Experiencia en retail, banca y seguros', 'Esperienza nel settore alimentare e farmaceutico'])('not a pick where "y" / "e" joins them: %s', (line) => {
    expect(anyTerm(choicesOf(line))).toBe(false);
  });
});

describe('kinds of customer after "selling to" / "selling into": one pick in words', () => {
  it('three kinds of buyer in education', () => {
    expect(holds(choicesOf('Experience selling to universities, school districts or libraries'), ['term:universities', 'term:school districts', 'term:libraries'])).toBe(true);
  });

  it.each([
    // Joined by "and": all of them.
    'Experience selling to schools, colleges and libraries',
    // The people one works beside are no market: no pick of them.
    'Experience working with engineers, designers or researchers',
    'Experience reporting to founders, boards or investors',
  ])('no pick: %s', (line) => {
    expect(anyTerm(choicesOf(line))).toBe(false);
  });
});

describe('a lead-in that says "at least one" and the kind, over sub-bullets', () => {
  it('three brokers, one the taxonomy does not know', () => {
    expect(holds(groupsIn('- Hands-on with at least one message broker:\n  - RabbitMQ\n  - NATS\n  - Beanstalkd'), ['rabbitmq', 'nats', 'term:Beanstalkd'])).toBe(true);
  });

  it('a head that names the brokers the team runs offers no pick', () => {
    expect(holds(groupsIn('- Our message brokers:\n  - RabbitMQ\n  - NATS'), ['rabbitmq', 'nats'])).toBe(false);
  });
});

describe('"or a similar <words> <kind>" after names, one of them unknown', () => {
  it('an ERP with its own word before the kind', () => {
    expect(holds(choicesOf('Experience with Odoo, Tryton or a similar open-source ERP'), ['odoo', 'term:Tryton'])).toBe(true);
  });

  it("a cloud's parts, then an open end for the last one, are no pick", () => {
    expect(choicesOf('AWS (IAM, Lambda, Timestream or similar managed TSDB)').some((g) => g.includes('aws') && g.includes('iam'))).toBe(false);
  });
});

describe('brackets after a name or a kind: versions say which of it, slashed names are examples of the kind', () => {
  it.each([
    ['Knowledge of FIX (4.2/4.4) or SBE', 'term:FIX'],
    ['Familiar with ZGC (17/21) or Shenandoah collectors', 'term:ZGC'],
  ])('%s', (line, want) => {
    const groups = choicesOf(line);
    expect(holds(groups, [want])).toBe(true);
    // (No version is an option.)
    expect(groups.flat().some((id) => isTerm(id) && /^\d/.test(termText(id)))).toBe(false);
  });

  it('a slashed bracket after a kind adds its unknown name to the pick', () => {
    expect(holds(choicesOf('Worked with a message bus (NATS/Zenoh) or Redis Streams'), ['nats', 'term:Zenoh'])).toBe(true);
  });

  it("a slashed bracket after a name names the name's parts, no options", () => {
    const groups = choicesOf('Kafka (Streams/Connect) or Pulsar');
    expect(holds(groups, ['kafka', 'pulsar'])).toBe(true);
    expect(groups.flat().some((id) => id === 'term:Streams' || id === 'term:Connect')).toBe(false);
  });
});

describe('fields joined by a slash, then "or worked at" a kind of place', () => {
  it.each([
    ['Experience in edtech/HR tech or worked at a school district', ['edtech', 'hr-tech', 'term:school district']],
    ['Experience in healthcare or worked in a hospital', ['health-tech', 'term:hospital']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each(['Experience in fintech/insurtech or worked with product managers', 'Experience in Go or in production'])('no place offered: %s', (line) => {
    expect(anyTerm(choicesOf(line))).toBe(false);
  });
});

describe('names that open in lowercase with a capital inside, in a bracket of options after a kind', () => {
  it('three translation tools', () => {
    expect(holds(choicesOf('Comfortable in a translation memory tool (memoQ, Wordfast or Smartcat)'), ['term:memoQ', 'term:Wordfast', 'term:Smartcat'])).toBe(true);
  });
});
