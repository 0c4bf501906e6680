import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { ROOT } from '../helpers';
import { engine, TODAY } from './readers';

// What one resume line shows, as a requirement's verdict reads it: the skills found in it and those they imply
// (Vue.js shows JavaScript). Every line and its skills were written for this test and labelled before Fitmark read them
// (test/fixtures/text/resume-lines.txt). A miss here is the worst error Fitmark can make to a job seeker: "you lack X"
// when the resume says X.
const rows = readFileSync(`${ROOT}test/fixtures/text/resume-lines.txt`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [text, ids, known] = l.split('||').map((s) => s.trim());
    const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()) : []);
    return { text: text!, ids: list(ids), known: list(known) };
  });

function shown(line: string): Set<string> {
  const r = analyzeResume(engine, 'cv', `Alex Doe\nEngineer\n\nExperience\nEngineer, Acme\nJan 2020 – Present\n- ${line}\n`, TODAY);
  const out = new Set<string>();
  for (const s of r.skills) {
    out.add(s.id);
    for (const id of engine.matcher.implied.get(s.id) ?? []) out.add(id);
  }
  return out;
}

describe('the skills a resume line shows', () => {
  it('reads 310 lines', () => expect(rows.length).toBe(310));
  it.each(rows.map((r) => [r.text, r] as const))('%s', (_t, r) => {
    const got = shown(r.text);
    expect(r.ids.filter((id) => !r.known.includes(id) && !got.has(id))).toEqual([]);
    // A known miss that is now shown: take it off the list.
    expect(r.known.filter((id) => got.has(id))).toEqual([]);
  });
});
