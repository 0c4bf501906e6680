/**
 * `npm run eval:profile`: the resume profile's dated roles and total years
 * against hand-computed values (test/fixtures/labels/resume-profiles.json) on
 * the real resumes in ../shared/fixtures/resumes/, tune and holdout apart.
 * Target (issue 12): total years within 1 year for ≥ 90% of resumes (a null
 * is right only where the label is null). `--roles` lists the roles read.
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
  start: string;
  end: string | null;
}
interface Label {
  file: string;
  split: 'tune' | 'holdout';
  roles: LabelRole[];
  totalYears: number | null;
}

const labels = JSON.parse(readFileSync(`${ROOT}test/fixtures/labels/resume-profiles.json`, 'utf8')) as { today: string; resumes: Label[] };
const dir = `${SHARED}fixtures/resumes/`;
if (!existsSync(dir)) {
  console.error(`../shared/fixtures/resumes/ not found: nothing to measure`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const showRoles = process.argv.includes('--roles');
const engine = bundled();
const today = new Date(`${labels.today}T12:00:00Z`);

const within = (got: number | null, want: number | null) => (got === null || want === null ? got === want : Math.abs(got - want) <= 1);

const rows: Array<{ label: Label; total: number | null; roles: number; datesRight: number; ok: boolean }> = [];
for (const label of labels.resumes) {
  const bytes = new Uint8Array(readFileSync(dir + label.file));
  const { text } = await readResumeBytes(bytes, label.file, loadNodePdfJs);
  const resume = analyzeResume(engine, label.file, text);
  const profile = resumeProfile(text, resume.sections, (t) => findSkills(engine.matcher, t), today);
  const key = (r: LabelRole) => `${r.start}..${r.end ?? 'now'}`;
  const want = new Set(label.roles.map(key));
  const datesRight = profile.roles.filter((r) => want.has(key(r))).length;
  rows.push({ label, total: profile.totalYears, roles: profile.roles.length, datesRight, ok: within(profile.totalYears, label.totalYears) });
  if (showRoles) {
    console.log(`# ${label.file}`);
    for (const r of profile.roles) console.log(`    ${key(r)}  ${r.title ?? '?'} | ${r.company ?? '?'}  (${r.years} y)`);
    for (const w of profile.warnings) console.log(`    warning: ${w}`);
    console.log(`    degrees: ${JSON.stringify(profile.degrees)} languages: ${JSON.stringify(profile.languages)} clearance: ${profile.clearance}`);
  }
}

for (const split of ['tune', 'holdout'] as const) {
  const part = rows.filter((r) => r.label.split === split);
  console.log(`\n${split} (${part.length} resumes)`);
  console.log(`  ${'file'.padEnd(44)} ${'years got/want'.padEnd(16)} ${'roles got/want'.padEnd(15)} dates right`);
  for (const r of part) {
    const years = `${r.total ?? 'null'} / ${r.label.totalYears ?? 'null'}`;
    const roles = `${r.roles} / ${r.label.roles.length}`;
    console.log(`  ${(r.ok ? '  ' : '✗ ') + r.label.file.padEnd(42)} ${years.padEnd(16)} ${roles.padEnd(15)} ${r.datesRight}/${r.label.roles.length}`);
  }
  const ok = part.filter((r) => r.ok).length;
  const wantRoles = part.reduce((n, r) => n + r.label.roles.length, 0);
  const right = part.reduce((n, r) => n + r.datesRight, 0);
  const got = part.reduce((n, r) => n + r.roles, 0);
  const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${Math.round((a / b) * 100)}%`);
  console.log(`  total years within 1 year: ${ok}/${part.length} (${pct(ok, part.length)}; target ≥ 90%)`);
  console.log(`  role dates: recall ${right}/${wantRoles} (${pct(right, wantRoles)}), precision ${right}/${got} (${pct(right, got)})`);
}
