/** What the fresh-text tests read with (requirements-forms-2/3, careful-reader-2/3): one engine, one way each. */
import { readFileSync } from 'node:fs';
import { analyzePosting, analyzeResume, askedFinder, matchResume, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT } from '../helpers';

const { matcher, taxonomy } = bundled();
export const engine: Engine = { taxonomy, matcher };
export const skillInfo = (id: string) => taxonomy.byId.get(id);

/** One requirement line as a bullet under "Requirements:": each item as "importance: group & group", a group's options joined by "|". */
export function bullet(line: string): string[] {
  const posting = postingFromText(`Acme | Engineer | Remote\n\nRequirements:\n- ${line}\n`);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo }).map((i) => `${i.importance}: ${i.groups.map((g) => g.join('|')).join(' & ')}`);
}

export const TODAY = new Date('2026-12-03T12:00:00Z');
export const read = (name: string) => readFileSync(`${ROOT}test/fixtures/text/careful/${name}.txt`, 'utf8');

/** A careful-reader pair (test/fixtures/text/careful/PREFIX-NAME-posting.txt and -resume.txt) read and matched; `byText` finds an item by its first words. */
export function carefulPair(prefix: string, name: string, resumeText = read(`${prefix}-${name}-resume`)) {
  const a = analyzePosting(engine, postingFromText(read(`${prefix}-${name}-posting`)));
  const resume = analyzeResume(engine, 'cv', resumeText, TODAY);
  const m = matchResume(engine, a, resume);
  const byText = (start: string) => {
    const i = a.requirements.findIndex((r) => r.text.startsWith(start));
    if (i < 0) throw new Error(`no item starts "${start}" in ${name}: ${a.requirements.map((r) => r.text).join(' / ')}`);
    return { item: a.requirements[i]!, verdict: m.requirements![i]! };
  };
  return { a, resume, m, byText };
}
