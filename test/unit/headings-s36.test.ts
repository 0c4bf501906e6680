import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../lib/posting/sections';
import { bullet } from './readers';

// Headings and wishes as postings written by non-native English speakers put them (#12, #13: a requirements part under
// a heading the reader does not know is lost). Written for this test.
describe('headings and wishes in non-native English', () => {
  it('"We expect from you", "Our expectations", "We require" head asks; "Your tasks will be", "Main tasks" head duties', () => {
    for (const h of ['We expect from you', 'We expect', 'What do we expect from you', 'Our expectations', 'We require', 'We are expecting']) expect(classifyHeading(h), h).toBe('requirements');
    for (const h of ['Your tasks will be', 'Your tasks', 'Main tasks', 'Your daily tasks', 'What will you do', 'What are your responsibilities']) expect(classifyHeading(h), h).toBe('responsibilities');
    // (What the company offers stays benefits.)
    expect(classifyHeading('We offer')).toBe('benefits');
  });

  it('"… is welcome but not a must" wishes; "… are welcome to apply" asks nothing', () => {
    expect(bullet('Ukrainian is welcome but not a must')).toEqual(['preferred: ']);
    expect(bullet('Experience with Helm is very welcome')).toEqual(['preferred: helm']);
    expect(bullet('Experience with Helm')).toEqual(['required: helm']);
    expect(bullet('Students of every field are welcome to apply')).toEqual([]);
  });
});
