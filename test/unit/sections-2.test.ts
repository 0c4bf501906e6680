import { describe, expect, it } from 'vitest';
import { classifyHeading, splitSections } from '@/lib/posting/sections';

// Headings found by careful-reader-9 (session 34): each written for this test, with counter-examples.
const kinds = (text: string) => splitSections(text).map((s) => `${s.kind}:${s.heading}`);

describe('more ways a posting heads what it asks', () => {
  it('"What we need to see", "What we\'re after", "Who should apply" head the asks', () => {
    expect(classifyHeading('What we need to see')).toBe('requirements');
    expect(classifyHeading("What we'd love to see from you")).toBe('requirements');
    expect(classifyHeading('What we’re after')).toBe('requirements');
    expect(classifyHeading('Who should apply')).toBe('requirements');
    expect(classifyHeading('Who this role is for')).toBe('requirements');
  });

  it('a posting with two openings: what both ask, and what one of them asks besides', () => {
    expect(classifyHeading('For both openings')).toBe('requirements');
    expect(classifyHeading('For all three roles')).toBe('requirements');
    expect(classifyHeading('For the staff opening, additionally')).toBe('requirements');
    expect(classifyHeading('For the junior role only')).toBe('requirements');
  });

  it('counter-examples: openings and roles on offer stay the roles, and "what we need" in a sentence is no heading', () => {
    expect(classifyHeading('Current openings')).toBe('responsibilities');
    expect(classifyHeading('Engineering openings at Tallow')).toBe('responsibilities');
    expect(classifyHeading('For the role')).not.toBe('requirements');
    expect(kinds('About Tallow\nWe make kilns.\nWhat we need to see is more kilns in schools, so we built a cheaper one.\n- Kilns')[0]).toBe('about:About Tallow');
  });
});

describe('a longer heading set off by a blank line and a list', () => {
  const posting = (heading: string) => `What you'll do\n- Ship the checkout\n\n${heading}\n- Experience with Kafka\n- Familiarity with Spark\n`;

  it('"Ways to stand out from the crowd" above a list heads the wishes', () => {
    expect(kinds(posting('Ways to stand out from the crowd'))).toEqual(["responsibilities:What you'll do", 'preferred:Ways to stand out from the crowd']);
  });

  it('counter-examples: a sentence, a line with no blank line above, and a line with no list under it stay text', () => {
    expect(kinds(posting('We think you will stand out from the crowd here.'))).toEqual(["responsibilities:What you'll do"]);
    expect(kinds("What you'll do\n- Ship the checkout\nWays to stand out from the crowd\n- Experience with Kafka\n")).toEqual(["responsibilities:What you'll do"]);
    expect(kinds("What you'll do\n- Ship the checkout\n\nWays to stand out from the crowd\nKafka and Spark are our tools.\n")).toEqual(["responsibilities:What you'll do"]);
    // (s42: who should not apply heads a part of no kind, its own: its lines are no duties and no asks; items.ts reads
    // only a condition said in the negative under it. Until s42 it was text of the part above.)
    expect(kinds(posting('This is not the role for you if'))).toEqual(["responsibilities:What you'll do", 'other:This is not the role for you if']);
  });
});

describe('what the hire must hold, after the list of perks', () => {
  const posting = (last: string) => `Benefits\n• 27 days of leave\n• A learning budget\n\n${last}\n`;

  it('"Applicants must hold …" after the perks\u2019 list is no perk', () => {
    expect(kinds(posting('Applicants must hold a valid work permit for Ireland; we do not sponsor visas.'))).toEqual(['benefits:Benefits', 'other:']);
    expect(kinds(posting('You must be eligible to work in Canada.'))).toEqual(['benefits:Benefits', 'other:']);
  });

  it('counter-examples: a perk said of the candidate in the list, and a sentence about the perks, stay benefits', () => {
    expect(kinds('Benefits\n• You must take at least 20 days off\n• A learning budget\n')).toEqual(['benefits:Benefits']);
    expect(kinds(posting('You will also have a yearly offsite in Lisbon.'))).toEqual(['benefits:Benefits']);
  });
});

describe('the job\u2019s pay or visa terms after the list of wishes', () => {
  const posting = (last: string) => `Nice to have\n- Experience with Kafka\n- Familiarity with Spark\n\n${last}\n`;

  it('"The salary range for this position is …" and "We are unable to sponsor …" are no wishes', () => {
    expect(kinds(posting('The salary range for this role is $120,000 to $140,000. We are unable to sponsor visas.'))).toEqual(['preferred:Nice to have', 'other:']);
    expect(kinds(posting('We cannot currently sponsor work visas.'))).toEqual(['preferred:Nice to have', 'other:']);
  });

  it('counter-examples: a wish in prose after the list, and pay named inside the list, stay wishes', () => {
    expect(kinds(posting('Experience with payroll or salary systems is a bonus too.'))).toEqual(['preferred:Nice to have']);
    expect(kinds('Nice to have\n- Salary benchmarking experience\n- Familiarity with Spark\n')).toEqual(['preferred:Nice to have']);
  });
});
