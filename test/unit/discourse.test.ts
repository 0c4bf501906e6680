import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { compileMatcher, findSkills } from '@/lib/skills/matcher';
import { Skill, type SkillInput } from '@/lib/skills/schema';
import { engine } from './readers';

// One sense a discourse: an ambiguous form that a rule accepts in one place is read in that sense where only its
// default would reject it. Sentences written for this test.
const flint: SkillInput = {
  id: 'flint',
  name: 'Flint',
  category: 'tool',
  cased: ['Flint'],
  ambiguity: { forms: ['Flint'], otherwise: 'reject', rules: [{ decision: 'reject', before: 'born in\\s*$' }, { decision: 'accept', after: '^\\s*(?:jobs?|clusters?)\\b' }] },
};
const matcher = compileMatcher([Skill.parse(flint)]);
const ids = (text: string, discourse?: Parameters<typeof findSkills>[2]) => findSkills(matcher, text, discourse).map((h) => h.text);

describe('one sense a discourse', () => {
  it('a form a rule accepted vouches for the same form elsewhere in the text', () => {
    expect(ids('We care about Flint a lot.')).toEqual([]);
    expect(ids('We run Flint jobs nightly. We care about Flint a lot.')).toEqual(['Flint', 'Flint']);
  });

  it('and across texts, through the forms it collects', () => {
    const accepted = new Set<string>();
    ids('We run Flint clusters.', { accepted });
    expect(ids('Experience with Flint', { vouched: accepted })).toEqual(['Flint']);
    // Written another way it is another form: lower case is not vouched for.
    expect(ids('Experience with flint', { vouched: accepted })).toEqual([]);
  });

  it('never where a rule rejects, nor where the form opens a sentence or a line', () => {
    const vouched = new Set(['flint Flint']);
    expect(ids('Our founder was born in Flint.', { vouched })).toEqual([]);
    expect(ids('Flint is where we started.', { vouched })).toEqual([]);
    expect(ids('We moved. Flint was home.', { vouched })).toEqual([]);
  });

  it('in a posting: "Experience with Ray" under nice-to-have, where the duties run Ray clusters', () => {
    const text = 'Data Engineer\n\nWhat you will do\n- Operate our Spark and Ray clusters\n\nNice to have\n- Experience with Ray\n';
    const a = analyzePosting(engine, postingFromText(text));
    expect(a.requirements.find((r) => r.text.startsWith('Experience with Ray'))?.groups).toEqual([['ray']]);
    // (Alone, a capitalised name that is a whole item after "experience with" is the tool by its place since session 36:
    // guarded-s36; a person of that name elsewhere in the posting is not.)
    const alone = analyzePosting(engine, postingFromText('Data Engineer\n\nNice to have\n- Experience with Ray\n'));
    expect(alone.skills.map((s) => s.id)).toContain('ray');
    const person = analyzePosting(engine, postingFromText('Data Engineer\n\nNice to have\n- A coffee chat with Ray, our CTO\n- Python\n'));
    expect(person.skills.map((s) => s.id)).not.toContain('ray');
  });
});
