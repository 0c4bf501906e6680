import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 48 (issue #12): choices whose options the taxonomy does not know, or knows under one kind, written the way
// postings in other languages and with sub-bullets write them, from the tune half of anyof-fresh batch 17, one class at a
// time. Every sentence here was written for these tests (none from a posting, nor from the labelled lines); the wanted
// groups were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for the lines under "Requirements:" of a posting with a header line of its own. */
const groupsIn = (lines: string): string[][] => {
  const posting = postingFromText(`Ferrowind Labs | Backend Engineer | Lisbon (hybrid)\n\nRequirements:\n${lines}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const choicesOf = (line: string): string[][] => groupsIn(`- ${line}`).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold the kind the options are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));

describe('an open end in another language ("o similar", "o simili", "ou similares", "oder \u00e4hnliche") leaves the named ones a choice', () => {
  it.each([
    ['Experiencia con Jira, Linear o similar', ['jira', 'linear']],
    ['Conoscenza di Ansible, Puppet o simili', ['ansible', 'puppet']],
    ['Conhecimento de Kafka, RabbitMQ ou similares', ['kafka', 'rabbitmq']],
    ['Kenntnisse in Jira, YouTrack oder \u00e4hnliche', ['jira', 'youtrack']],
  ])('%s', (line, want) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    // (The open end is no option in words.)
    expect(groups.flat().some((id) => isTerm(id))).toBe(false);
  });

  it('not a choice where the two are joined by "y"', () => {
    expect(choicesOf('Experiencia con Jira y Confluence')).toEqual([]);
  });
});

describe('names the taxonomy does not know after a lead-in word of another language ("como", "come", "tipo", "de") or "via"', () => {
  it.each([
    ['Experiencia con software contable como Contasol, Quipu o Anfix', ['term:Contasol', 'term:Quipu', 'term:Anfix']],
    ['Conocimientos de Quipu o Anfix', ['term:Quipu', 'term:Anfix']],
    ['Messaging via RabbitMQ, NATS or Beanstalkd', ['rabbitmq', 'nats', 'term:Beanstalkd']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each(['Experiencia con Contasol y Quipu', 'Deploys via Kamal and Ansible'])('not a choice: %s', (line) => {
    expect(choicesOf(line)).toEqual([]);
  });
});

describe('"knowledge of A or B", names the taxonomy does not know: the two are the choice', () => {
  it('two ledgers', () => {
    expect(holds(choicesOf('Knowledge of Sage 200 or Pegasus Opera'), ['term:Sage 200', 'term:Pegasus Opera'])).toBe(true);
  });

  it('not where "and" asks both', () => {
    expect(choicesOf('Knowledge of Sage 200 and Pegasus Opera')).toEqual([]);
  });
});

describe('the noun for products, then "e.g." and names with no "or": the names are the examples, a pick', () => {
  it('three rota tools in a bracket', () => {
    expect(holds(choicesOf('Experience with rota tools (e.g. Deputy, Rotacloud, Planday)'), ['term:Deputy', 'term:Rotacloud', 'term:Planday'])).toBe(true);
  });

  it.each([
    // Joined by "and": both asked.
    'Experience with rota tools (e.g. Deputy and Rotacloud)',
    // No cue: the bracket may list what the team runs.
    'Experience with rota tools (Deputy, Rotacloud, Planday)',
  ])('not a pick: %s', (line) => {
    expect(choicesOf(line).some((g) => g.some(isTerm))).toBe(false);
  });
});

describe("a product the taxonomy does not know, next after two it files under one tool, is one more option (the tool's products in words)", () => {
  it.each([
    ['Drafting in SketchUp, Rhino or Vectorworks', ['term:SketchUp', 'term:Rhino', 'term:Vectorworks']],
    ["Ma\u00eetrise d'un outil de CAO (SketchUp, Rhino ou Vectorworks)", ['term:SketchUp', 'term:Rhino', 'term:Vectorworks']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('not where "and" joins the two and the third is added apart', () => {
    expect(choicesOf('Drafting in SketchUp and Rhino, plus Vectorworks').some((g) => g.some(isTerm))).toBe(false);
  });
});

describe('"Ma\u00eetrise d\'un ..." is the mastery of a thing, no degree', () => {
  it('a tool and its options', () => {
    const posting = postingFromText(`Ferrowind Labs | Support Engineer\n\nExigences :\n- Ma\u00eetrise d'un outil de ticketing (Jira ou Linear)\n`);
    const items = requirementItems(posting, askedFinder(engine, posting), options);
    const item = items.find((i) => /ticketing/.test(i.text))!;
    expect(item.degree ?? null).toBe(null);
    expect(holds(item.groups, ['jira', 'linear'])).toBe(true);
  });

  it('"Ma\u00eetrise en informatique" is still a degree', () => {
    const posting = postingFromText(`Ferrowind Labs | Support Engineer\n\nExigences :\n- Ma\u00eetrise en informatique\n`);
    const items = requirementItems(posting, askedFinder(engine, posting), options);
    expect(items.some((i) => i.degree !== null && i.degree !== undefined)).toBe(true);
  });
});

describe('bullets under a choice head', () => {
  it('a name the matcher takes only among its kind is that skill, not words', () => {
    expect(holds(groupsIn('At least one of:\n- Ionic\n- Cordova\n- Framework7'), ['ionic', 'cordova', 'term:Framework7'])).toBe(true);
  });

  it('three fields in words under "one of these ...:" are a pick, though the taxonomy knows none', () => {
    expect(holds(groupsIn('Background in one of these fields:\n- veterinary science\n- animal nutrition\n- food microbiology'), ['term:veterinary science', 'term:animal nutrition', 'term:food microbiology'])).toBe(true);
  });

  it('not under a head that asks them all', () => {
    expect(groupsIn('What you bring:\n- veterinary science\n- animal nutrition\n- food microbiology').some((g) => g.length > 1)).toBe(false);
  });
});

describe('roles offered with their articles after "as": one pick of the disciplines they name', () => {
  it.each([
    ['Hired before as a DevOps engineer, an SRE or a platform engineer', ['devops', 'site-reliability-engineering', 'platform-engineering']],
    ['Experience as an ML engineer or a data scientist', ['machine-learning', 'data-science']],
    // Two roles of one discipline: the second in its words.
    ['Experience as a product designer, a UX researcher or a content designer', ['ux-design', 'term:UX researcher', 'term:content designer']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('the noun the roles share: "a platform, DevOps or SRE engineer" is a platform engineer too', () => {
    expect(holds(choicesOf('Prior experience as a platform, DevOps or SRE engineer'), ['platform-engineering', 'devops', 'site-reliability-engineering'])).toBe(true);
  });

  it('not roles joined by "and": both asked', () => {
    expect(choicesOf('Worked as a DevOps engineer and an SRE')).toEqual([]);
  });
});
