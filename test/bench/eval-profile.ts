/**
 * `npm run eval:profile`: the resume profile's dated roles, total years,
 * degree levels and languages against hand-computed values
 * (test/fixtures/labels/resume-profiles.json), on the real resumes in
 * ../shared/fixtures/resumes/ and the resumes written for the project in
 * test/fixtures/resumes/ (`"source": "project"`), each part apart: `tune`
 * (seen while tuning) and `report` (labelled before the code read it, never
 * looked at while tuning).
 * Target (issue 12): total years within 1 year for ≥ 90% of resumes (a null
 * is right only where the label is null). Per fact: role dates and degree
 * levels and languages with precision and recall; where the labels name them (s47 on), role titles and companies (a
 * role's title counts right with its dates right) and degree fields, compared with case, accents and punctuation aside;
 * where labelled (s52 on), skill years: a skill's years as the matcher takes them (its roles' or its stated years, the
 * more) within a year of the label.
 * `--roles` lists the roles read. Each session's batch (s46/,
 * s47/ …) is printed apart after the parts; `--batch s47` prints that batch alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeResume } from '../../lib/analyze';
import { loadNodePdfJs } from '../../lib/cli/pdfjs-node';
import { readResumeBytes } from '../../lib/resume/read';
import { resumeProfile } from '../../lib/resume/profile';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, SHARED } from '../helpers';

interface LabelRole {
  title?: string | null;
  company?: string | null;
  start: string;
  end: string | null;
}
interface Label {
  file: string;
  source?: 'shared' | 'project';
  split: 'tune' | 'holdout' | 'report';
  roles: LabelRole[];
  totalYears: number | null;
  /** Degree levels, where labelled. */
  degrees?: string[];
  /** Spoken languages, where labelled. */
  languages?: string[];
  /** Each degree's field, where labelled. */
  degreeFields?: Array<{ level: string; field: string | null }>;
  /** Per skill id, where labelled (s52 on): the years a careful reader gives it (roles naming it or its frameworks, or years stated beside it, whichever is more). */
  skillYears?: Record<string, number>;
}

const labels = JSON.parse(readFileSync(`${ROOT}test/fixtures/labels/resume-profiles.json`, 'utf8')) as { today: string; resumes: Label[] };
const sharedDir = `${SHARED}fixtures/resumes/`;
const projectDir = `${ROOT}test/fixtures/resumes/`;
const haveShared = existsSync(sharedDir);
if (!haveShared) {
  console.error(`../shared/fixtures/resumes/ not found: only the project's own resumes are measured`);
  if (process.env.CI === 'true') process.exit(1);
}
const showRoles = process.argv.includes('--roles');
// `--batch s47`: that batch alone; `--tune`: with --roles, the roles of the tune part only (a report part's misses stay unseen).
const batchArg = process.argv.indexOf('--batch');
const onlyBatch = batchArg > 0 ? process.argv[batchArg + 1] : undefined;
const tuneOnly = process.argv.includes('--tune');
const engine = bundled();
const today = new Date(`${labels.today}T12:00:00Z`);

const within = (got: number | null, want: number | null) => (got === null || want === null ? got === want : Math.abs(got - want) <= 1);

interface SetTally {
  got: number;
  want: number;
  right: number;
}
interface Row {
  label: Label;
  total: number | null;
  roles: SetTally;
  degrees: SetTally | null;
  languages: SetTally | null;
  /** Where the labels name them: each dated role's title and company (by its dates), each degree's field (by its level). */
  titles: SetTally | null;
  companies: SetTally | null;
  fields: SetTally | null;
  /** Where the labels give them: each labelled skill's years, right within a year (got: labelled skills the profile gives years). */
  skillYears: SetTally | null;
  warnings: number;
  ok: boolean;
}

function tally(got: readonly string[], want: readonly string[]): SetTally {
  const g = new Set(got);
  const w = new Set(want);
  return { got: g.size, want: w.size, right: [...g].filter((x) => w.has(x)).length };
}

/** A skill's years as the matcher reads them: the years of the roles that name it, or the years stated beside it, whichever is more. */
function skillTally(p: { skillYears: Record<string, number>; claimedYears?: Record<string, number> }, want: Record<string, number>): SetTally {
  const ids = Object.keys(want);
  const got = ids.filter((id) => p.skillYears[id] !== undefined || p.claimedYears?.[id] !== undefined);
  const right = got.filter((id) => Math.abs(Math.max(p.skillYears[id] ?? 0, p.claimedYears?.[id] ?? 0) - want[id]!) <= 1);
  return { got: got.length, want: ids.length, right: right.length };
}

/** A title, company or field compared loosely: case, accents, punctuation and spacing aside. */
const norm = (s: string | null | undefined) =>
  (s ?? '-').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const rows: Row[] = [];
for (const label of labels.resumes) {
  const project = label.source === 'project';
  if (!project && !haveShared) continue;
  const bytes = new Uint8Array(readFileSync((project ? projectDir : sharedDir) + label.file));
  const { text } = await readResumeBytes(bytes, label.file, loadNodePdfJs);
  const resume = analyzeResume(engine, label.file, text);
  const profile = resumeProfile(text, resume.sections, (t) => findSkills(engine.matcher, t), today, engine.matcher.implied);
  const key = (r: LabelRole) => `${r.start}..${r.end ?? 'now'}`;
  rows.push({
    label,
    total: profile.totalYears,
    roles: tally(profile.roles.map(key), label.roles.map(key)),
    degrees: label.degrees ? tally(profile.degrees.map((d) => d.level), label.degrees) : null,
    languages: label.languages ? tally(profile.languages, label.languages) : null,
    titles: label.roles.some((r) => r.title) ? tally(profile.roles.map((r) => `${key(r)} ${norm(r.title)}`), label.roles.map((r) => `${key(r)} ${norm(r.title)}`)) : null,
    companies: label.roles.some((r) => r.company) ? tally(profile.roles.map((r) => `${key(r)} ${norm(r.company)}`), label.roles.map((r) => `${key(r)} ${norm(r.company)}`)) : null,
    fields: label.degreeFields ? tally(profile.degrees.map((d) => `${d.level} ${norm(d.field)}`), label.degreeFields.map((d) => `${d.level} ${norm(d.field)}`)) : null,
    skillYears: label.skillYears ? skillTally(profile, label.skillYears) : null,
    warnings: profile.warnings.length,
    ok: within(profile.totalYears, label.totalYears),
  });
  if (showRoles && (!onlyBatch || label.file.startsWith(`${onlyBatch}/`)) && (!tuneOnly || label.split === 'tune')) {
    console.log(`# ${label.file}`);
    for (const r of profile.roles) console.log(`    ${key(r)}  ${r.title ?? '?'} | ${r.company ?? '?'}  (${r.years} y)`);
    for (const w of profile.warnings) console.log(`    warning: ${w}`);
    console.log(`    degrees: ${JSON.stringify(profile.degrees)} languages: ${JSON.stringify(profile.languages)} clearance: ${profile.clearance}`);
    if (label.skillYears) console.log(`    skill years: ${Object.keys(label.skillYears).map((id) => `${id} ${profile.skillYears[id] ?? '-'}/${profile.claimedYears?.[id] ?? '-'}`).join(', ')}`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${Math.round((a / b) * 100)}%`);
const sum = (part: Row[], f: (r: Row) => SetTally | null) =>
  part.reduce((t, r) => {
    const x = f(r);
    return x ? { got: t.got + x.got, want: t.want + x.want, right: t.right + x.right } : t;
  }, { got: 0, want: 0, right: 0 });

// Each session's fresh batch (`s46/`, `s47/` …) is printed apart too, after the whole parts: its first read is what a
// session's commit message records (`--batch s47` prints that batch only).
const batches = [...new Set(rows.map((r) => /^(s\d+)\//.exec(r.label.file)?.[1]).filter((b): b is string => !!b))];
const parts: Array<[string, Row[]]> = [];
for (const split of ['tune', 'holdout', 'report'] as const) if (!onlyBatch) parts.push([split, rows.filter((r) => r.label.split === split)]);
for (const b of batches.filter((b) => !onlyBatch || b === onlyBatch)) {
  for (const split of ['tune', 'report'] as const) parts.push([`${b} ${split}`, rows.filter((r) => r.label.file.startsWith(`${b}/`) && r.label.split === split)]);
}
for (const [split, part] of parts) {
  if (!part.length) continue;
  console.log(`\n${split} (${part.length} resumes)`);
  console.log(`  ${'file'.padEnd(44)} ${'years got/want'.padEnd(16)} ${'roles got/want'.padEnd(15)} dates right  warnings`);
  // (A report part's rows, file by file, are its misses: only its totals are printed unless `--report-rows` is given.)
  for (const r of split.endsWith('report') && !process.argv.includes('--report-rows') ? [] : part) {
    const years = `${r.total ?? 'null'} / ${r.label.totalYears ?? 'null'}`;
    const roles = `${r.roles.got} / ${r.roles.want}`;
    console.log(`  ${(r.ok ? '  ' : '✗ ') + r.label.file.padEnd(42)} ${years.padEnd(16)} ${roles.padEnd(15)} ${`${r.roles.right}/${r.roles.want}`.padEnd(12)} ${r.warnings}`);
  }
  const ok = part.filter((r) => r.ok).length;
  console.log(`  total years within 1 year: ${ok}/${part.length} (${pct(ok, part.length)}; target ≥ 90%)`);
  const nulls = part.filter((r) => r.label.totalYears === null);
  console.log(`  total years null where no role is dated: ${nulls.filter((r) => r.total === null).length}/${nulls.length}`);
  console.log('  fact            precision        recall');
  for (const [name, t] of [
    ['role dates', sum(part, (r) => r.roles)],
    ['degree levels', sum(part, (r) => r.degrees)],
    ['languages', sum(part, (r) => r.languages)],
    ['role titles', sum(part, (r) => r.titles)],
    ['companies', sum(part, (r) => r.companies)],
    ['degree fields', sum(part, (r) => r.fields)],
    ['skill years', sum(part, (r) => r.skillYears)],
  ] as const) {
    if (t.want === 0 && t.got === 0) continue;
    console.log(`  ${name.padEnd(14)}  ${`${t.right}/${t.got} (${pct(t.right, t.got)})`.padEnd(15)}  ${t.right}/${t.want} (${pct(t.right, t.want)})`);
  }
}
