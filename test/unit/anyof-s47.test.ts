import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 47 (issue #12): choices whose options the taxonomy does not know (vendors, rare tools, domains, kinds of work),
// from the tune half of anyof-fresh batch 15, one class at a time. Every sentence here was written for these tests (none
// from a posting, nor from the labelled lines); the wanted groups were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for the lines under "Requirements:" of a posting with a header line of its own. */
const groupsIn = (lines: string): string[][] => {
  const posting = postingFromText(`Quillmark Systems | Platform Engineer | Porto (hybrid)\n\nRequirements:\n${lines}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const choicesOf = (line: string): string[][] => groupsIn(`- ${line}`).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold the kind the options are of as well). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));

describe('the last option ends where a bracket or an "and" (in any language) starts the next thing said', () => {
  it.each([
    ['Domain knowledge of payments or remittances (cross-border is a plus)', ['payments', 'term:remittances']],
    ['Kenntnisse in Xero oder FreeAgent sowie Excel', ['xero', 'term:FreeAgent']],
    ['Experiencia con Xero o Sage y experiencia contable', ['xero', 'term:Sage']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('no option in words where both options are named and the "and" asks the next one', () => {
    expect(choicesOf('Experience with Python or Go and strong SQL').some((g) => g.some(isTerm))).toBe(false);
  });
});

describe('"A, B or a home-grown X": the last member, made in-house, names the kind; the named ones are the choice', () => {
  it.each([
    ['Background jobs on SQS, Beanstalkd or a home-grown job queue', ['sqs', 'term:Beanstalkd']],
    ['Job scheduling with Airflow, Dkron or an in-house scheduler', ['airflow', 'term:Dkron']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('not a choice where the in-house tool is named beside another with "and"', () => {
    expect(choicesOf('Deploys go through our in-house tool and Argo CD')).toEqual([]);
  });
});

describe('products the taxonomy does not know, in a bracket or after a colon right after their field, are its options', () => {
  it.each([
    ['Familiarity with BMS platforms (Niagara, Metasys or Desigo)', ['term:Niagara', 'term:Metasys', 'term:Desigo']],
    ['SCADA platforms: Citect, Wonderware or VTScada', ['term:Citect', 'term:Wonderware', 'term:VTScada']],
    ['Knowledge of building automation protocols: KNX, LonWorks or DALI', ['term:KNX', 'term:LonWorks', 'term:DALI']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // Employers in a bracket after a field, no word of choice: where one worked, not options.
    'Background in fintech (Revolut, Monzo, N26)',
    // Joined by "and": all of them.
    'Experience in robotics (Boston Dynamics, ANYbotics and Unitree)',
  ])('not options: %s', (line) => {
    expect(choicesOf(line).some((g) => g.some(isTerm))).toBe(false);
  });
});

describe('a bullet under a choice lead-in that the taxonomy does not know is an option in words', () => {
  it('names among named tools', () => {
    expect(holds(groupsIn('Any one of these search engines:\n- Elasticsearch\n- Quickwit\n- Tantivy'), ['elasticsearch', 'term:Quickwit', 'tantivy'])).toBe(true);
  });

  it('a lowercase field among lowercase fields', () => {
    expect(holds(groupsIn('A background in one of the following:\n- statistics\n- epidemiology\n- actuarial science'), ['statistics', 'term:epidemiology', 'term:actuarial science'])).toBe(true);
  });

  it('not a quality written as a bullet', () => {
    expect(groupsIn('Any of the following:\n- Go\n- Rust\n- Team player').some((g) => g.includes('term:Team player'))).toBe(false);
  });
});

describe('members with their articles, after "experience at": where one worked, in words, is a choice', () => {
  it('three kinds of firm', () => {
    expect(holds(choicesOf('Experience at a utility, a grid operator or an energy retailer'), ['term:grid operator', 'term:energy retailer'])).toBe(true);
  });

  it('not a startup or an agency (where or with whom, no field)', () => {
    expect(choicesOf('Experience at a startup or an agency')).toEqual([]);
  });
});

describe('", across A, B or C": a second list after the first, its lead-in word no part of its first member', () => {
  it('the markets after the desks', () => {
    const groups = choicesOf('Experience in sales or trading, across rates, metals or crypto');
    expect(groups.some((g) => g.some((id) => /across/i.test(id)))).toBe(false);
    expect(holds(groups, ['term:rates', 'term:metals', 'cryptocurrency'])).toBe(true);
  });
});

describe('a field named right before a bracket of its products: the products the taxonomy does not know are options beside it', () => {
  it('a catalog among catalogs', () => {
    expect(holds(choicesOf('Familiar with a data catalog (DataHub, Marquez, Atlan)'), ['data-catalog', 'term:Marquez'])).toBe(true);
  });

  it('not where the skill before the bracket is a named tool, whose bracket lists its parts or places', () => {
    expect(choicesOf('Experience with Kubernetes (EKS, Rancher, Talos)').some((g) => g.some(isTerm))).toBe(false);
  });
});

describe('a last member that leaves the list open ("or anything else ...") is no name; the names before it are the choice', () => {
  it('two names after "with", then anything else', () => {
    expect(holds(choicesOf('Experience with Jujutsu, Sapling, or anything else for stacked diffs'), ['term:Jujutsu', 'term:Sapling'])).toBe(true);
  });

  it('not places', () => {
    expect(choicesOf('Berlin, Munich, or anywhere else in Germany')).toEqual([]);
  });
});

describe('a plural noun after the last name is what every name is of, no part of the last', () => {
  it.each([
    ['Experience with SAP, Infor or Epicor migrations', ['sap', 'term:Infor', 'term:Epicor']],
    ['Experience with Shopware, Spryker or Oro Commerce rollouts', ['term:Oro Commerce']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('two known names before the noun stay the two skills', () => {
    expect(choicesOf('Experience running Kafka or Pulsar clusters')).toEqual([['kafka', 'pulsar']]);
  });
});

describe('a name of a choice may open in lowercase with a capital inside ("inRiver", "iSpring")', () => {
  it('names after "such as", none known', () => {
    expect(holds(choicesOf('Experience with an LMS such as Docebo, Absorb or iSpring'), ['term:Docebo', 'term:Absorb', 'term:iSpring'])).toBe(true);
  });

  it('known names stay the skills', () => {
    expect(holds(choicesOf('Experience with iOS or Android'), ['ios', 'android'])).toBe(true);
  });
});

describe('levels in a bracket after a certification or a field are no products', () => {
  it('a certification at either level', () => {
    expect(choicesOf('Scrum Master certification (Associate or Professional)').some((g) => g.some((id) => /Associate|Professional/.test(id)))).toBe(false);
  });
});
