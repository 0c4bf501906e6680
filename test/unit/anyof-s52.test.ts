import { describe, expect, it } from 'vitest';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm, termText } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';

// Session 52 (issue #12): choices from the tune half of anyof-fresh batch 25 and the miss session 51 left, one class at a
// time, each keyed on the grammar of the list rather than on its words: a bracket of names after one thing of a kind (an
// article and a noun that names one tool) or after a short plural, whatever the taxonomy files each name under; an option
// written as a skill's own name that the context set aside where it stood, where the pick holds another option of its
// kind; an open end that names a kind as the last of three members or more ("Storybook, Ladle or similar UI tooling"); a
// "whether" clause that tells where the candidate comes from. Every sentence here was written for these tests (none from a
// posting, nor from the labelled lines); the wanted groups were decided before the code read them.
const { matcher, taxonomy } = bundled();
const engine: Engine = { taxonomy, matcher };
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };

/** Every group the checklist gives for the lines under "Requirements:" of a posting with a header line of its own. */
const groupsIn = (lines: string): string[][] => {
  const posting = postingFromText(`Harrowgate Transit | Platform Engineer | Leeds (hybrid)\n\nRequirements:\n${lines}\n- Written English for async work\n`);
  return requirementItems(posting, askedFinder(engine, posting), options).flatMap((i) => i.groups);
};
const groupsOf = (line: string): string[][] => groupsIn(`- ${line}`);
const choicesOf = (line: string): string[][] => groupsOf(line).filter((g) => g.length > 1);
/** Whether one group holds every id wanted (it may hold more: the kind the options are of, options in words). */
const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));
/** Whether each id wanted stands in a group of its own, asked apart (no pick holds two of them). */
const apart = (groups: string[][], want: string[]) => want.every((id) => groups.some((g) => g.includes(id))) && !groups.some((g) => want.filter((id) => g.includes(id)).length > 1);
/** The options in words of the groups, lowercased. */
const words = (groups: string[][]) => groups.flat().filter(isTerm).map((id) => termText(id).toLowerCase());

describe('a bracket of names after one thing of a kind, or after a short plural, is a pick whatever the kinds of the names', () => {
  it.each([
    // (The s51 miss: a noun the taxonomy does not know before the bracket, names it files under different kinds.)
    ['Experience building maps (Mapbox, MapLibre, PostGIS)', ['mapbox', 'maplibre', 'postgis']],
    ['Experience with a map renderer (Mapbox, MapLibre, PostGIS)', ['mapbox', 'maplibre', 'postgis']],
    ['Comfortable running a web server (Caddy, Nginx, Node.js)', ['caddy', 'nginx', 'nodejs']],
  ])('%s', (line, want) => {
    expect(holds(choicesOf(line), want)).toBe(true);
  });

  it.each([
    // A noun that names a whole of several parts: the bracket lists the parts, each asked.
    ['Comfortable with a modern data stack (Snowflake, dbt, Airflow)', ['snowflake', 'dbt', 'airflow']],
    ['You know your way around a backend (Go, Postgres, Redis)', ['go', 'postgresql', 'redis']],
    // A firm or a team before the bracket: what it uses, not one tool of a kind.
    ['Built dashboards for a logistics firm (Grafana, PostGIS, React)', ['grafana', 'postgis', 'react']],
    // No article, no plural: a field's stack.
    ['Infra (Terraform, Kubernetes, Go)', ['terraform', 'kubernetes', 'go']],
  ])('counter-example: %s', (line, want) => {
    expect(apart(groupsOf(line), want)).toBe(true);
  });
});

describe("an option written as a skill's own name, set aside where it stood, is that skill beside another option of its kind", () => {
  it('"one of Rust, Zig or C": "of Rust" is no corrosion in a pick of languages', () => {
    const groups = choicesOf('Strong in one of Rust, Zig or C');
    expect(holds(groups, ['rust', 'zig', 'c'])).toBe(true);
    expect(words(groups)).not.toContain('rust');
  });

  it('"API clients like Postman or Insomnia": two names of one kind make each other the skill', () => {
    const groups = choicesOf('Experience with API clients like Postman, Insomnia or Hoppscotch');
    expect(holds(groups, ['postman', 'insomnia'])).toBe(true);
    expect(words(groups)).toContain('hoppscotch');
    expect(words(groups)).not.toContain('postman');
  });

  it('counter-example: a word that is no name of a sibling kind stays an option in words', () => {
    const groups = choicesOf('Experience with Kotlin, Swift or Dart on a mobile team');
    expect(holds(groups, ['kotlin', 'swift', 'dart'])).toBe(true);
    const other = choicesOf('Experience in fintech, Lending or insurance');
    expect(other.flat().filter((id) => !isTerm(id)).every((id) => id !== 'lending')).toBe(true);
  });
});

describe('an open end that names a kind, last of three members or more: a skill in its words is no member', () => {
  it.each([
    ['Experience with Storybook, Histoire or similar UI tooling', ['storybook'], 'histoire'],
    ['Experience with Stripe, Lago or another billing API', ['stripe'], 'lago'],
  ])('%s', (line, want, word) => {
    const groups = choicesOf(line);
    expect(holds(groups, want)).toBe(true);
    expect(words(groups)).toContain(word);
  });

  it('counter-example: all the members named, the kind still joins as before', () => {
    const groups = choicesOf('Experience with Jenkins, TeamCity or another CI server');
    expect(holds(groups, ['jenkins', 'teamcity'])).toBe(true);
  });

  it('counter-example: no open end, a skill last is a member', () => {
    const groups = choicesOf('Experience with Storybook, Histoire or Figma');
    expect(holds(groups, ['storybook', 'figma'])).toBe(true);
  });
});

describe('a "whether" clause that tells where the candidate comes from offers its names as a pick', () => {
  it.each([
    ['Whether you come from Laravel or Symfony, you know modern PHP', ['laravel', 'symfony'], 'php'],
    ['Whether you started out in Vue or Svelte, you write clean TypeScript', ['vue', 'svelte'], 'typescript'],
  ])('%s', (line, want, also) => {
    const groups = groupsOf(line);
    expect(holds(groups, want)).toBe(true);
    expect(groups.some((g) => g.includes(also))).toBe(true);
  });

  it('counter-example: a taste said not to matter asks none of its names', () => {
    const groups = groupsOf('Whether you prefer Vim or VS Code, you write careful tests');
    expect(groups.flat().some((id) => id === 'vim' || id === 'vscode')).toBe(false);
  });
});
