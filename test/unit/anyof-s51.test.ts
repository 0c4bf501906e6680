import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm, termText } from '../../lib/requirements/terms';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Session 51 (issue #12): choices from the tune half of anyof-fresh batch 23 and the misses session 50 left, one class at a
// time: the generic head noun of a kind named after "or another" ("Stripe or another payments API": no APIs option),
// industries named in German ("im Einzelhandel, in der Logistik oder im Bankwesen", "im Maschinenbau", "im Bereich …"),
// a Dutch line that asks with "kennis van", a pick's cue and its colon before a list of names each guarded on its own
// ("one of: Nim, Crystal, Julia"), and pieces of work offered as a pick, each led by its own verb, that no skill names.
// Every sentence here was written for these tests (none from a posting, nor from the labelled lines); the wanted groups
// were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for the lines under "Requirements:" of a posting with a header line of its own. */
const groupsIn = (lines: string): string[][] => {
  const posting = postingFromText(`Quillmere Freight | Operations Analyst | Bremen (hybrid)\n\nRequirements:\n${lines}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const groupsOf = (line: string): string[][] => groupsIn(`- ${line}`);
const choicesOf = (line: string): string[][] => groupsOf(line).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold more: the kind the options are of, options in words). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));
/** The options in words of the groups, lowercased. */
const words = (groups: string[][]) => groups.flat().filter(isTerm).map((id) => termText(id).toLowerCase());

describe('a kind named after "or another" by a skill and a generic head noun: the head is no option', () => {
  it.each([
    ['Experience with Adyen or another payments API', ['adyen', 'payments']],
    ['Hands-on with Snowflake or another cloud data warehouse', ['snowflake', 'data-warehousing']],
  ])('%s', (line, want) => {
    const groups = groupsOf(line);
    expect(holds(groups, want)).toBe(true);
    // (A resume with some API work alone does not meet a payments API's ask.)
    expect(groups.some((g) => g.includes('apis'))).toBe(false);
  });

  it('the kind in words after "or another" stays the option it was ("any of that kind will do")', () => {
    const groups = choicesOf('Experience with Twilio or another voice API');
    expect(holds(groups, ['twilio'])).toBe(true);
    expect(words(groups)).toEqual(['voice api']);
  });

  it('two named things and the kind: the named ones are the pick, the head no option', () => {
    const groups = choicesOf('Experience with Stripe, Adyen or another payments API');
    expect(holds(groups, ['stripe', 'adyen'])).toBe(true);
    expect(groups.some((g) => g.includes('apis'))).toBe(false);
  });

  it('counter-example: an API asked beside a named thing, no "or another" between, is still asked', () => {
    const groups = groupsOf('Experience with Stripe and with designing public APIs');
    expect(groups.some((g) => g.includes('stripe'))).toBe(true);
    expect(groups.some((g) => g.includes('api-design') || g.includes('apis'))).toBe(true);
  });
});

describe('industries named in German: each is the industry it names, one pick', () => {
  it.each([
    ['Erfahrung in der Logistikbranche, im Einzelhandel oder im Bankwesen', ['logistics-tech', 'ecommerce', 'fintech']],
    ['Erfahrung im Maschinenbau oder in der Automobilindustrie', ['manufacturing', 'automotive']],
    ['Erfahrung im Bereich Banken, Medien oder Luftfahrt', ['fintech', 'media-entertainment', 'aerospace-defense']],
    ['Erfahrung in den Bereichen Energiewirtschaft oder Medizintechnik', ['energy-systems', 'health-tech']],
  ])('%s', (line, want) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    // (No option in words that holds the area's noun, "Bereich Banken": the noun is no part of the first member.)
    expect(words(groups).some((w) => /bereich/.test(w))).toBe(false);
  });

  it('counter-example: a degree in mechanical engineering asks no industry', () => {
    const groups = groupsOf('Abgeschlossenes Studium der Elektrotechnik oder Maschinenbau');
    expect(groups.some((g) => g.includes('manufacturing'))).toBe(false);
  });

  it('counter-example: an English option in words of its own beside an industry stays an option', () => {
    const groups = choicesOf('Experience in logistics, shipbuilding, or forestry');
    expect(holds(groups, ['logistics-tech'])).toBe(true);
    expect(words(groups)).toEqual(expect.arrayContaining(['shipbuilding', 'forestry']));
  });
});

describe('a Dutch line that asks with "kennis van": its "of" is "or"', () => {
  it.each([
    ['Kennis van Svelte of Angular', ['svelte', 'angular']],
    ['Goede kennis van Scala, Kotlin of Java', ['scala', 'kotlin', 'java']],
  ])('%s', (line, want) => expect(holds(choicesOf(line), want)).toBe(true));

  it('counter-example: "en" joins, no pick', () => {
    expect(choicesOf('Kennis van Docker en Kubernetes')).toEqual([]);
  });
});

describe("a pick's cue and its colon before a list of names each guarded alone: the names are the options", () => {
  it.each([
    ['Fluent in one of: Julia, Nim, Crystal', ['julia', 'nim', 'crystal']],
    ['Experience with at least one of: Crystal, Nim', ['crystal', 'nim']],
  ])('%s', (line, want) => {
    expect(findSkills(matcher, line).map((h) => h.skillId)).toEqual(expect.arrayContaining(want));
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it('counter-example: the same words with no ask before them are no languages', () => {
    expect(findSkills(matcher, 'Say hi to one of: Julia, Crystal, Nina').map((h) => h.skillId)).toEqual([]);
  });
});

describe('pieces of work offered as a pick, each led by its own verb, no skill naming them: the objects are the options', () => {
  it.each([
    ['Experience auditing fuel invoices or booking dock appointments', ['fuel invoices', 'dock appointments']],
    ['Experience preparing payroll reports, reconciling expense claims or filing customs declarations', ['payroll reports', 'expense claims', 'customs declarations']],
    ['Proven experience routing field technicians or forecasting spare parts demand for a utility', ['field technicians', 'spare parts demand']],
  ])('%s', (line, want) => {
    const groups = choicesOf(line);
    expect(groups.length).toBe(1);
    expect(words(groups).sort()).toEqual([...want].sort());
  });

  it('a skill read in a verb stays asked beside the pick', () => {
    const groups = groupsOf('Experience negotiating haulage rates or managing warehouse leases');
    expect(words(choicesOf('Experience negotiating haulage rates or managing warehouse leases')).sort()).toEqual(['haulage rates', 'warehouse leases']);
    expect(groups.some((g) => g.includes('negotiation'))).toBe(true);
  });

  it.each([
    // One object two verbs share: no pick of pieces.
    ['Experience drafting or reviewing freight contracts'],
    // Joined by "and": both asked.
    ['Experience booking dock appointments and auditing fuel invoices'],
    // With whom one worked, not a piece of work.
    ['Experience coaching new hires or supporting store managers'],
  ])('counter-example: %s', (line) => {
    expect(words(choicesOf(line))).toEqual([]);
  });
});
