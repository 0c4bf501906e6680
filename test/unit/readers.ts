/** What the fresh-text tests read with (requirements-forms-2/3, careful-reader-2/3): one engine, one way each. */
import { readFileSync } from 'node:fs';
import { analyzePosting, analyzeResume, askedFinder, matchResume, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { isTerm, termText } from '../../lib/requirements/terms';
import { bundled } from '../../lib/skills/taxonomy';
import { loadNodePdfJs } from '../../lib/cli/pdfjs-node';
import { readResumeBytes } from '../../lib/resume/read';
import type { SectionKind } from '../../lib/posting/types';
import { ROOT } from '../helpers';
import { extract } from '../bench/labelled';
import { contextClass, postingNames } from '../../lib/skills/context';

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

/** A posting's text and a resume's text, read and matched (the asks-sNN tests' pairs written in the test). */
export function pairMatch(posting: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(posting));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv.txt', resume, TODAY)) };
}

/** The row of such a pair that starts with `start`, and its verdict; an error that lists the rows where none does. */
export function rowOf(posting: string, resume: string, start: string) {
  const { a, m } = pairMatch(posting, resume);
  const k = a.requirements.findIndex((r) => r.text.startsWith(start));
  if (k < 0) throw new Error(`no row starts "${start}": ${a.requirements.map((r) => r.text).join(' / ')}`);
  return { item: a.requirements[k]!, verdict: m.requirements![k]! };
}

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

/** A careful-reader session's pairs (`prefix`): each pair read, and the verdicts of the items that start with `starts`, in order. */
export function carefulSession(prefix: string) {
  const pair = (name: string) => carefulPair(prefix, name);
  const verdictsOf = (name: string, starts: string[]) => {
    const { byText } = pair(name);
    return starts.map((s) => byText(s).verdict.verdict);
  };
  return { pair, verdictsOf };
}

/**
 * The facts and requirement kinds of a short posting as the fresh-text fact tests compare them (facts-fresh-2/3): each
 * a string, sponsorship, clearance, degree ("level,required|preferred[,equiv]"), work mode, salary ("CUR min-max
 * period"), yearsMin, and kinds (the kinds other than skills, years and other that the items ask).
 */
export function readings(text: string): Record<string, string> {
  const p = postingFromText(text, 'https://example.com/job', 'text');
  const f = postingFacts(p);
  const items = requirementItems(p, askedFinder(engine, p), { skillInfo });
  const kinds = [...new Set(items.flatMap((i) => [i.kind, ...(i.degree ? ['degree'] : [])]).filter((k) => !['skills', 'years', 'other'].includes(k)))].sort();
  return {
    sponsorship: String(f.sponsorship),
    kinds: kinds.join(','),
    clearance: String(f.clearance),
    degree: f.degree ? [f.degree.level, f.degree.required ? 'required' : 'preferred', ...(f.degree.equivalentExperience ? ['equiv'] : [])].join(',') : 'null',
    workMode: String(f.workMode),
    salary: f.salary ? `${f.salary.currency} ${f.salary.min}-${f.salary.max} ${f.salary.period}` : 'null',
    yearsMin: String(f.yearsMin),
  };
}

type Decided = Record<string, { facts: Record<string, unknown>; total: number; verdicts: [string, string][] }>;

/** Facts and verdicts as decided, counted over a session's pairs (as the session's comparer counts them). */
/** A posting's facts in the form the careful pairs' decided files write them ("USD 150000-190000 year", "bachelor,required,equiv"). */
export function factsAsDecided(f: ReturnType<typeof analyzePosting>['facts']): Record<string, unknown> {
  return {
    yearsMin: f.yearsMin,
    workMode: f.workMode,
    sponsorship: f.sponsorship,
    clearance: f.clearance,
    salary: f.salary ? `${f.salary.currency} ${f.salary.min}-${f.salary.max} ${f.salary.period}` : null,
    degree: f.degree ? [f.degree.level, f.degree.required ? 'required' : 'preferred', ...(f.degree.equivalentExperience ? ['equiv'] : [])].join(',') : null,
  };
}

export function agreement(prefix: string) {
  const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/${prefix}-decided.json`, 'utf8')) as Decided;
  let facts = 0;
  let verdicts = 0;
  let totals = 0;
  const misses: string[] = [];
  for (const [name, d] of Object.entries(decided)) {
    const { a, resume, m } = carefulPair(prefix, name);
    const got = factsAsDecided(a.facts);
    for (const [k, want] of Object.entries(d.facts)) {
      if (JSON.stringify(got[k]) === JSON.stringify(want)) facts++;
      else misses.push(`${name} fact ${k}: ${JSON.stringify(got[k])}`);
    }
    const total = resume.profile?.totalYears ?? null;
    if (total !== null && Math.abs(total - d.total) < 0.5) totals++;
    else misses.push(`${name} total: ${total}`);
    for (const [start, want] of d.verdicts) {
      const i = a.requirements.findIndex((r) => r.text.toLowerCase().startsWith(start.toLowerCase()));
      const got = i < 0 ? 'no item' : m.requirements![i]!.verdict;
      if (got === want) verdicts++;
      else misses.push(`${name} "${start}": ${got}`);
    }
  }
  const count = (key: 'facts' | 'verdicts') => Object.values(decided).reduce((n, d) => n + (key === 'facts' ? Object.keys(d.facts).length : d.verdicts.length), 0);
  return { facts, factsOf: count('facts'), verdicts, verdictsOf: count('verdicts'), totals, totalsOf: Object.keys(decided).length, misses };
}

/** A decided row: the words the item starts with, its importance, kind (or null), least years (or null) and any-of groups. */
export type DecidedRow = [string, string, string | null, number | null, string[][]];

/**
 * The rows read as decided: the item that starts with the decided words has the importance, the kind (where decided)
 * and the least years decided, and each decided any-of group is inside one of its groups (a group may hold more options,
 * a parent such as relational databases). Also what must not be asked: rows that start so, and skills. (`prefix`-decided.json
 * holds them: [start, importance, kind, least years, groups] per row.)
 */
export function rowsAgree(prefix: string) {
  const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/${prefix}-decided.json`, 'utf8')) as Record<string, { rows: DecidedRow[]; noRows?: string[]; notSkills?: string[] }>;
  let rows = 0;
  let rowsOf = 0;
  let quiet = 0;
  let quietOf = 0;
  const misses: string[] = [];
  for (const [name, d] of Object.entries(decided)) {
    const { a, m } = carefulPair(prefix, name);
    for (const [start, importance, kind, years, groups] of d.rows) {
      rowsOf++;
      const r = a.requirements.find((x) => x.text.toLowerCase().startsWith(start.toLowerCase()));
      if (!r) {
        misses.push(`${name} "${start}": no item`);
        continue;
      }
      const bad: string[] = [];
      if (r.importance !== importance) bad.push(r.importance);
      if (kind && r.kind !== kind) bad.push(r.kind);
      if ((r.years?.min ?? null) !== years) bad.push(`years ${JSON.stringify(r.years)}`);
      for (const g of groups) if (!r.groups.some((h) => g.every((x) => h.includes(x)))) bad.push(`no group ${g.join('|')}`);
      if (bad.length) misses.push(`${name} "${start}": ${bad.join(', ')}`);
      else rows++;
    }
    for (const start of d.noRows ?? []) {
      quietOf++;
      if (a.requirements.some((x) => x.text.startsWith(start))) misses.push(`${name} asks "${start}"`);
      else quiet++;
    }
    for (const id of d.notSkills ?? []) {
      quietOf++;
      if (a.requirements.some((r) => r.groups.flat().includes(id)) || (m.missing ?? []).some((x) => x.id === id)) misses.push(`${name} asks ${id}`);
      else quiet++;
    }
  }
  return { rows, rowsOf, quiet, quietOf, misses };
}

/** The best fit a reader would give a score: strong from 80, good from 60, fair from 40, else weak. */
export const fitOf = (score: number) => (score >= 80 ? 'strong' : score >= 60 ? 'good' : score >= 40 ? 'fair' : 'weak');

/** Scores in the range decided, fits as decided (over every resume, second ones too), totals of the second resumes, and the better resume,
 * from `prefix`-decided.json and `prefix`-second-decided.json. */
export function scoresAgree(prefix: string) {
  const decided = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/${prefix}-decided.json`, 'utf8')) as Record<string, { score: [number, number]; fit: string }>;
  const second = JSON.parse(readFileSync(`${ROOT}test/fixtures/text/careful/${prefix}-second-decided.json`, 'utf8')) as Record<
  string,
  { resume: string; total: number; score: [number, number]; fit: string; best: 'first' | 'second' }
>;

  let inRange = 0;
  let fits = 0;
  let totals = 0;
  let better = 0;
  const misses: string[] = [];
  const judge = (name: string, score: number | null, d: { score: [number, number]; fit: string }) => {
    if (score !== null && score >= d.score[0] && score <= d.score[1]) inRange++;
    else misses.push(`${name} score ${score}`);
    if (score !== null && fitOf(score) === d.fit) fits++;
    else misses.push(`${name} fit ${score === null ? null : fitOf(score)}`);
  };
  for (const [name, d] of Object.entries(decided)) judge(name, carefulPair(prefix, name).m.score, d);
  for (const [name, d] of Object.entries(second)) {
    const first = carefulPair(prefix, name).m.score ?? 0;
    const { resume, m } = carefulPair(prefix, name, read(d.resume));
    judge(`${name} (second resume)`, m.score, d);
    if (Math.abs((resume.profile?.totalYears ?? -1) - d.total) < 0.5) totals++;
    else misses.push(`${name} second total ${resume.profile?.totalYears}`);
    if ((first > (m.score ?? 0) ? 'first' : 'second') === d.best) better++;
    else misses.push(`${name} better resume`);
  }
  return { inRange, fits, totals, better, of: Object.keys(decided).length + Object.keys(second).length, misses };
}

/** The texts of the checklist items of a posting made of parts ([kind, text, heading?]), read with the matcher alone (no context rules). */
export function itemsIn(parts: Array<[SectionKind, string, string?]>): string[] {
  let offset = 0;
  const sections = parts.map(([kind, text, heading]) => {
    const s = { kind, heading: heading ?? '', text, offset };
    offset += text.length + 2;
    return s;
  });
  const posting = { site: 'text', url: '', title: 'Engineer', company: 'Quillmark', location: '', sections };
  return requirementItems(posting, (text: string) => findSkills(matcher, text), { skillInfo }).map((i) => i.text);
}

/** The items of a posting's text, read as the sidebar reads them (its context rules). */
export function itemsOfText(text: string) {
  const posting = postingFromText(text);
  return requirementItems(posting, askedFinder(engine, posting), { skillInfo });
}
/** The items of one requirement bullet. */
export const bulletItems = (line: string) => itemsOfText(`Acme | Engineer | Remote\n\nRequirements:\n- ${line}\n`);
/** Groups in one order whatever the order read: each group sorted, then the groups. */
export const sortedGroups = (gs: string[][]) => gs.map((g) => [...g].sort()).sort((a, b) => a.join().localeCompare(b.join()));
/** The groups of one requirement bullet's items, sorted. */
export const bulletGroups = (line: string) => sortedGroups(bulletItems(line).flatMap((i) => i.groups));

/**
 * A session's fresh resumes of one part (test/fixtures/resumes/<folder>/, split "report" or "tune" in
 * resume-profiles.json), read as the extension reads them: how many there are, and how many give total years within a
 * year of the hand count (null where the count is null). The report parts are tested this way, as a whole, never file by
 * file (a test per file would name its misses).
 */
export async function resumeBatchWithinAYear(folder: string, split: 'tune' | 'report'): Promise<{ n: number; ok: number }> {
  const labels = JSON.parse(readFileSync(`${ROOT}test/fixtures/labels/resume-profiles.json`, 'utf8')) as {
    today: string;
    resumes: Array<{ file: string; split: string; totalYears: number | null }>;
  };
  const batch = labels.resumes.filter((l) => l.file.startsWith(`${folder}/`) && l.split === split);
  let ok = 0;
  for (const label of batch) {
    const { text } = await readResumeBytes(new Uint8Array(readFileSync(`${ROOT}test/fixtures/resumes/${label.file}`)), label.file, loadNodePdfJs);
    const p = analyzeResume(engine, label.file, text, new Date(`${labels.today}T12:00:00Z`)).profile!;
    if (p.totalYears === null ? label.totalYears === null : label.totalYears !== null && Math.abs(p.totalYears - label.totalYears) <= 1) ok++;
  }
  return { n: batch.length, ok };
}

/** The skill ids the whole extraction (context rules and all) keeps in a text, sorted (the context-sNN tests). */
export const extractedIds = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
/** The context class that drops the mention written `form` in a text (null: kept; 'not found': the matcher has none). */
export function contextClassOf(text: string, form: string) {
  const hits = findSkills(matcher, text);
  const hit = hits.find((h) => h.text === form);
  if (!hit) return 'not found';
  return contextClass(text, hit, postingNames(postingFromText(text)), hits);
}

/**
 * The any-of tests' readers (anyof-s53, anyof-s54): the groups the checklist gives for lines under "Requirements:" of a
 * posting with the header line given, and a last line of its own.
 */
export function anyofReaders(header: string) {
  const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
  const itemsIn = (lines: string) => {
    const posting = postingFromText(`${header}\n\nRequirements:\n${lines}\n- Written English for async work\n`);
    return requirementItems(posting, askedFinder(engine, posting), options);
  };
  const groupsIn = (lines: string): string[][] => itemsIn(lines).flatMap((i) => i.groups);
  const groupsOf = (line: string): string[][] => groupsIn(`- ${line}`);
  const choicesOf = (line: string): string[][] => groupsOf(line).filter((g) => g.length > 1);
  return { itemsIn, groupsIn, groupsOf, choicesOf };
}
/** Whether one group holds every id wanted (it may hold more: the kind the options are of, options in words). */
export const holds = (groups: string[][], want: string[]) => groups.some((g) => want.every((id) => g.includes(id)));
/** Whether each id wanted stands in a group of its own, asked apart (no pick holds two of them). */
export const apart = (groups: string[][], want: string[]) => want.every((id) => groups.some((g) => g.includes(id))) && !groups.some((g) => want.filter((id) => g.includes(id)).length > 1);
/** The options in words of the groups, lowercased. */
export const termWords = (groups: string[][]) => groups.flat().filter(isTerm).map((id) => termText(id).toLowerCase());
