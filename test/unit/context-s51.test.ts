import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';
import { contextClass, postingNames } from '../../lib/skills/context';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { postingFromText } from '../../lib/posting/text';

// Session 51 (#13): the tools other trades work in ("the dispatch desks still live in Excel", "Store managers read sales in
// Power BI"), a system's stack named by what it is built on, and a person of a trade as the subject of what a platform lets
// them do. Sentences written for this test.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const classOf = (text: string, id: string) => {
  const hits = findSkills(bundled().matcher, text);
  const hit = hits.find((h) => h.skillId === id);
  if (!hit) return 'not found';
  return contextClass(text, hit, postingNames(postingFromText(text)), hits);
};

describe('the tools other trades work in', () => {
  it('drops a tool the business or its customers live in, or other trades read and plan in', () => {
    expect(skills('We route trucks for grocers. Their dispatch desks still live in Excel and a fax machine.')).not.toContain('excel');
    expect(skills('We make stock software. Finance lives in NetSuite, which we sync with nightly.')).not.toContain('netsuite');
    expect(skills('Store managers read the daily numbers in Power BI before opening.')).not.toContain('power-bi');
    expect(classOf('Store managers read the daily numbers in Power BI before opening.', 'power-bi')).toBe('consumer');
  });
  it('keeps the tool asked of the hire, the tool the hire lives in, and a system built on it', () => {
    expect(skills('Requirements:\n- You will live in Terraform and Kubernetes.')).toEqual(expect.arrayContaining(['terraform', 'kubernetes']));
    expect(skills('Store managers read the numbers in Power BI; you will build those reports and need strong Power BI skills.')).toContain('power-bi');
    expect(skills('Technicians book their jobs in a scheduling tool built on Django and Postgres.')).toEqual(expect.arrayContaining(['django', 'postgresql']));
  });
});

describe('a person of a trade as the subject of what a platform lets them do', () => {
  it('drops "a data scientist" who will use the platform, keeps the role hired', () => {
    expect(skills('Make it easy for a data scientist to ship a model behind a flag.')).not.toContain('data-science');
    expect(skills('We are looking for a data scientist to join the pricing team.')).toContain('data-science');
  });
});
