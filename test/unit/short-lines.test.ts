import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume } from '@/lib/analyze';
import { clipPosting } from '@/lib/page/clip';
import { firstChars, LONGEST_LINE, REQUIREMENTS_READ, shortLines, withShortLines } from '@/lib/posting/short-lines';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

// Written for this test (session 37). A page may hold one line of tens of thousands of names (a hostile page, a dump of
// tags); every rule that reads a mention's line then read all of it, per mention: minutes of the worker. The line is read
// in pieces, and the checklist and the skill list read a bounded part of such a page. Speed is measured by
// `npx tsx test/bench/hostile.ts`, not here: these tests hold what the pieces must keep.
const names = ['Python', 'Go', 'AWS', 'Kubernetes', 'Terraform', 'Rust', 'Postgres', 'Kafka'];
const list = (n: number, sep: string) => Array.from({ length: n }, (_, i) => names[i % names.length]).join(sep);

describe('shortLines', () => {
  it('leaves a text with no overlong line as it is (the same string)', () => {
    const text = `Requirements:\n- ${list(300, ', ')}\n- 5+ years of Go`;
    expect(text.length).toBeLessThan(LONGEST_LINE);
    expect(shortLines(text)).toBe(text);
    const long = `${'We build payment rails for small shops. '.repeat(100)}\nShort line.`;
    expect(shortLines(long.slice(0, LONGEST_LINE))).toBe(long.slice(0, LONGEST_LINE));
  });

  it('breaks an overlong line at spaces into lines no longer than the limit, moving no offset', () => {
    const text = `Header line\n${list(5000, ', ')}\nLast line`;
    const out = shortLines(text);
    expect(out.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) expect([text[i], out[i]]).toEqual([' ', '\n']);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(LONGEST_LINE);
    expect(out.startsWith('Header line\n')).toBe(true);
    expect(out.endsWith('\nLast line')).toBe(true);
  });

  it('prefers a sentence end, and breaks a list with no space at its commas', () => {
    const prose = 'We run our services on Kubernetes across three regions and page one engineer a week. '.repeat(120);
    const pieces = shortLines(prose).split('\n');
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p.endsWith('.')).toBe(true);
    const glued = list(6000, ',');
    const cut = shortLines(glued);
    expect(cut.length).toBe(glued.length);
    expect(cut.split('\n').length).toBeGreaterThan(1);
    expect(cut.replace(/\n/g, ',')).toBe(glued);
  });

  it('withShortLines returns the same posting when no section has an overlong line', () => {
    const p = postingFromText('Acme | SRE | Remote\n\nRequirements:\n- Kubernetes\n- Go or Python');
    expect(withShortLines(p)).toBe(p);
  });
});

describe('firstChars', () => {
  it('keeps a posting shorter than the limit as it is', () => {
    const p = postingFromText('Acme | SRE | Remote\n\nRequirements:\n- Kubernetes');
    expect(firstChars(p)).toBe(p);
  });

  it('cuts a longer one at a line end near the limit, leaving later sections out', () => {
    const text = `Requirements:\n${Array.from({ length: 6000 }, (_, i) => `- ${(i % 9) + 1}+ years of ${names[i % names.length]}`).join('\n')}\n\nBenefits:\n- Pension`;
    const p = postingFromText(text);
    const cut = firstChars(p);
    const chars = cut.sections.reduce((n, s) => n + s.text.length, 0);
    expect(chars).toBeLessThanOrEqual(REQUIREMENTS_READ);
    expect(chars).toBeGreaterThan(REQUIREMENTS_READ / 2);
    const last = cut.sections[cut.sections.length - 1]!;
    expect(last.text.endsWith('\n') || /years of \w+$/.test(last.text)).toBe(true);
    expect(cut.sections.some((s) => s.kind === 'benefits')).toBe(false);
  });
});

describe('a hostile page gets a result a person can use', () => {
  it('one line of 40,000 names joined by "or": the skills it names, a checklist of bounded length', () => {
    const { posting } = clipPosting(postingFromText(`Requirements:\nExperience with ${list(40000, ' or ')}`));
    const a = analyzePosting(engine, posting);
    expect(a.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'go', 'aws', 'kubernetes', 'terraform', 'rust']));
    expect(a.requirements.length).toBeGreaterThan(0);
    expect(a.requirements.length).toBeLessThanOrEqual(400);
    // Mentions still point at the page's own words.
    const text = posting.sections.map((s) => s.text).join('');
    for (const s of a.skills) for (const m of s.mentions.slice(0, 5)) expect(m.text).toBe(text.slice(m.start - posting.sections[0]!.offset, m.end - posting.sections[0]!.offset));
  });

  it('30,000 bullets: the first ones read, the checklist bounded', () => {
    const text = `Requirements:\n${Array.from({ length: 30000 }, (_, i) => `- ${(i % 9) + 1}+ years of ${names[i % names.length]} or ${names[(i + 1) % names.length]}`).join('\n')}`;
    const { posting } = clipPosting(postingFromText(text));
    const a = analyzePosting(engine, posting);
    expect(a.requirements.length).toBeGreaterThan(0);
    expect(a.requirements.length).toBeLessThanOrEqual(400);
    expect(a.requirements[0]!.groups.flat()).toEqual(expect.arrayContaining(['python', 'go']));
  });
});

describe('a resume read as one overlong line', () => {
  it('keeps its text as written and finds its skills and roles', () => {
    const skillsLine = Array.from({ length: 3000 }, (_, i) => names[i % names.length]).join(', ');
    const text = `Dana Okafor\nExperience\nSite Reliability Engineer, Northwind, Jan 2019 - Present ${skillsLine}`;
    const r = analyzeResume(engine, 'dana.txt', text, new Date('2026-06-01'));
    expect(r.text).toBe(text);
    expect(r.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'go', 'kubernetes', 'terraform']));
    for (const s of r.skills) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
