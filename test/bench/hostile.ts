/**
 * `npx tsx test/bench/hostile.ts`: what a hostile page costs the worker. Each page below is text no person writes as a
 * posting (thousands of skill names on one line, joined by commas, "or", slashes; 30,000 bullets; brackets that never
 * close), cut to the most the background accepts (POSTING_LIMITS.text, 200,000 characters, lib/page/clip.ts) and
 * analysed whole against the sample resume, as the worker does; then a resume file read to one such line, and one as
 * long as the popup keeps (2,000,000 characters) in short lines. Prints the CPU time of each (process.cpuUsage: other
 * processes on a busy machine count less) and the checklist's and skill list's sizes; asserts nothing.
 *
 * Before session 37 a line of 30,000 names took minutes (every rule read a mention's whole line: time grew with the
 * square of the line); lib/posting/short-lines.ts now reads overlong lines in pieces and the checklist reads a
 * posting's first 50,000 characters and 400 sentences, the skill list its first 2,000 mentions.
 */
import { readFileSync } from 'node:fs';
import { analyze, analyzeResume } from '../../lib/analyze';
import { clipPosting, POSTING_LIMITS } from '../../lib/page/clip';
import { postingFromText } from '../../lib/posting/text';
import { MAX_RESUME_CHARS } from '../../lib/resume/limits';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';

const engine = bundled();
const names = ['Linear', 'Salt', 'Python', 'Go', 'AWS', 'Kubernetes', 'Storm', 'Modal', 'Terraform', 'Rust'];
const many = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
const name = (i: number) => names[i % names.length]!;
const pages: Record<string, string> = {
  'guarded names, one line': many(40000, (i) => (i % 3 ? 'Linear' : 'Salt')).join(', '),
  'names and commas, one line': many(40000, name).join(', '),
  'names joined by "or"': `Requirements:\nExperience with ${many(40000, name).join(' or ')}`,
  'names joined by slashes': `Requirements:\n- ${many(40000, name).join('/')}`,
  'names glued by commas': many(40000, (i) => `,${name(i)}`).join(''),
  '30,000 bullets of years and choices': `Requirements:\n${many(30000, (i) => `- ${(i % 12) + 1}+ years of ${name(i)} or ${name(i + 1)}`).join('\n')}`,
  'brackets never closed': `Requirements:\n${many(40000, (i) => `(${name(i)}`).join(' ')}`,
  '"such as (e.g." nested': `Requirements:\n${'such as (e.g. '.repeat(20000)}`,
  'years and pay, no full stop': many(30000, (i) => `${i % 20}+ years $${i}k-$${i + 10}k`).join(' '),
};
const resume = analyzeResume(engine, 'sample', readFileSync(`${ROOT}lib/cli/samples/resume.txt`, 'utf8'), new Date('2026-06-01'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
console.log(`hostile pages, each cut to ${POSTING_LIMITS.text.toLocaleString('en')} characters and analysed whole (CPU ms):`);
let worst = 0;
for (const [label, text] of Object.entries(pages)) {
  const { posting } = clipPosting(postingFromText(text));
  const t0 = cpu();
  const a = analyze(engine, posting, resume);
  const ms = cpu() - t0;
  worst = Math.max(worst, ms);
  const chars = posting.sections.reduce((n, s) => n + s.text.length, 0);
  console.log(`  ${label.padEnd(38)} ${String(chars).padStart(7)} chars ${ms.toFixed(0).padStart(6)} ms  (${a.requirements.length} asks, ${a.skills.length} skills)`);
}
console.log(`worst: ${worst.toFixed(0)} ms (a real posting: a few ms; npm run bench:analysis)`);
// A resume file read to one line (a PDF whose text came out unbroken): the user's own, but it must not hang the popup.
const line = many(25000, (i) => `${name(i)}${i % 7 ? ',' : ' Jan 2015 - Mar 2016'}`).join(' ');
const t0 = cpu();
const r = analyzeResume(engine, 'one-line.txt', `Site Reliability Engineer, Northwind, Jan 2019 - Present ${line}`.slice(0, 200_000), new Date('2026-06-01'));
console.log(`a resume of one 200,000-character line: ${(cpu() - t0).toFixed(0)} ms (${r.skills.length} skills)`);
// And the most the popup keeps of a resume, in short lines (a text file of hundreds of pages; test/components/resume-limits).
const book = `Sam Rivera\nExperience\nSite reliability engineer, Acme, 2019 - present\nSkills\n${'Kubernetes, Terraform and Go\n'.repeat(70_000)}`.slice(0, MAX_RESUME_CHARS);
const t1 = cpu();
const big = analyzeResume(engine, 'pages.txt', book, new Date('2026-06-01'));
console.log(`a resume of ${MAX_RESUME_CHARS.toLocaleString('en')} characters in ${book.split('\n').length.toLocaleString('en')} lines: ${(cpu() - t1).toFixed(0)} ms (${big.skills.length} skills)`);
