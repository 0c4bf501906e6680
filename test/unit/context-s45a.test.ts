import { describe, expect, it } from 'vitest';
import { skills } from './context-readers';

// Classes of the wrong hits in the hn-skills tune part studied in session 45 (issue #13). Every sentence here is written
// for this test, with invented companies: none comes from a real posting or from a labelled batch.

describe('team: a role already filled is a person on the team, not one on offer', () => {
  it('"… Engineer hired", "we have hired our first …": the title told as done', () => {
    for (const text of [
      'Progress this winter: two pilots signed and 1 Senior ML Engineer hired (she now runs the ranking service).',
      'Since the seed round we have already hired our first Site Reliability Engineer.',
      'Last month we onboarded a founding Data Engineer from a logistics startup.',
    ]) {
      const s = skills(text);
      expect(s, text).not.toContain('machine-learning');
      expect(s, text).not.toContain('site-reliability-engineering');
      expect(s, text).not.toContain('data-engineering');
    }
  });

  it('a role on offer still asks, and so does a filled role the sentence asks for again', () => {
    expect(skills('Mossgate is hiring a Site Reliability Engineer to run our Postgres fleet.')).toContain('site-reliability-engineering');
    expect(skills('We hired our first Site Reliability Engineer in May and are now looking for a second.')).toContain('site-reliability-engineering');
    expect(skills('Machine Learning Engineers will be hired in two waves this year.')).toContain('machine-learning');
  });

  it('"hired to", "hired for": the work of the hire, not a filled role', () => {
    expect(skills('Each Data Engineer hired to this team owns one of our pipelines.')).toContain('data-engineering');
  });
});

describe('ambiguity: "your IDE" is the reader\u2019s own editor', () => {
  it('a scene or a perk set in the reader\u2019s editor asks nothing', () => {
    for (const text of ['Bring your favourite IDE and a laptop; we cover the rest.', 'Ever been stuck in your IDE while a slow build crawls along?', 'Work the way you like: your own IDE, your own keyboard, your own hours.']) {
      expect(skills(text), text).not.toContain('ides');
    }
  });

  it('IDE work and IDE tooling are asked', () => {
    expect(skills('You will build the IDE plugin that surfaces our lint results.')).toContain('ides');
    expect(skills('Experience writing IDE extensions for VS Code or JetBrains.')).toContain('ides');
    expect(skills('Roll out tooling across IDEs and CI.')).toContain('ides');
  });
});
