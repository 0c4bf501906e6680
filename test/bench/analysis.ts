/**
 * `npm run bench:analysis`: CPU cost of analysing one posting, per stage
 * (issue #16). Postings: the saved job pages' descriptions (test/fixtures/pages,
 * ../shared/fixtures/pages, read by their adapters) and 200 corpus postings
 * (../shared/fixtures/corpus/hn-2026.jsonl, as plain text).
 *
 * Stages, as lib/analyze.ts runs them: sections (splitSections of the text),
 * skills (postingSkills: matcher and context rules), role, requirements
 * (requirementItems), facts (postingFacts), match (matchResume against the
 * sample resume), and all (analyzePosting + matchResume). Figures are CPU
 * time of the process (process.cpuUsage), so a busy machine inflates them less.
 *
 *  - cold: the first analysis in a fresh process (every regular expression
 *    compiled for the first time), one child process per page, the anthropic
 *    page first; median over the children;
 *  - warm: median per posting over rounds, after a warm-up.
 *
 * `--child` is the cold run's own mode (`--child PAGE --cpu-prof FILE` profiles that first analysis alone).
 * `--rounds N` (warm rounds, default 5); `--cold N` (pages run cold, default 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { analyzePosting, analyzeResume, matchResume, postingSkills, type Engine } from '../../lib/analyze';
import { detectRole } from '../../lib/match/role';
import { splitSections } from '../../lib/posting/sections';
import { readPosting } from '../../lib/posting/sites';
import { postingFromText } from '../../lib/posting/text';
import type { Posting } from '../../lib/posting/types';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { loadPage, ROOT, SHARED } from '../helpers';

const STAGES = ['sections', 'skills', 'role', 'requirements', 'facts', 'match', 'all'] as const;
type Stage = (typeof STAGES)[number];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

/** Saved pages: project fixtures and shared ones, the anthropic greenhouse page first. */
function pageFiles(): string[] {
  const out: string[] = [];
  const shared = `${SHARED}fixtures/pages/`;
  if (existsSync(shared)) for (const dir of readdirSync(shared).sort()) for (const f of readdirSync(shared + dir).sort()) out.push(`${shared}${dir}/${f}`);
  const own = `${ROOT}test/fixtures/pages/`;
  for (const f of readdirSync(own).sort()) if (f.endsWith('.html')) out.push(own + f);
  const first = out.findIndex((p) => p.includes('anthropic'));
  if (first > 0) out.unshift(...out.splice(first, 1));
  return out;
}

function pagePosting(path: string): Posting | null {
  const html = readFileSync(path, 'utf8');
  const url =
    /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ??
    /property="og:url" content="([^"]+)"/.exec(html)?.[1] ??
    /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ??
    'https://example.com/job';
  try {
    return readPosting(loadPage(path, url), new URL(url));
  } catch {
    return null;
  }
}

/** The description a posting was cut from (its sections' texts in order), for the sections stage. */
function description(p: Posting): string {
  return p.sections.map((s) => (s.heading ? `${s.heading}\n` : '') + s.text).join('\n\n');
}

function corpus(n: number): Posting[] {
  const path = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, n)
    .map((l) => postingFromText((JSON.parse(l) as { text: string }).text));
}

/** CPU ms of this process since `c0` (user + system): other processes on a busy machine do not count, as wall time would. */
function cpuMs(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** One analysis, stage by stage, in CPU ms. Each stage is run as lib/analyze.ts runs it. */
function stages(engine: Engine, posting: Posting, resume: ReturnType<typeof analyzeResume>): Record<Stage, number> {
  const out = {} as Record<Stage, number>;
  const time = (stage: Stage, f: () => unknown) => {
    const c0 = process.cpuUsage();
    const r = f();
    out[stage] = cpuMs(c0);
    return r;
  };
  time('sections', () => splitSections(description(posting)));
  // A copy, so the context rules' per-posting cache starts empty, as for a posting the worker has not seen.
  const p = { ...posting };
  const skills = time('skills', () => postingSkills(engine, p)) as ReturnType<typeof postingSkills>;
  time('role', () => detectRole(p.title, skills.map((s) => s.id), engine.taxonomy.roles));
  time('requirements', () => requirementItems(p, (t) => findSkills(engine.matcher, t), { skillInfo: (id) => engine.taxonomy.byId.get(id) }));
  time('facts', () => postingFacts(p));
  const q = { ...posting };
  const c0 = process.cpuUsage();
  const a = analyzePosting(engine, q);
  const tA = cpuMs(c0);
  time('match', () => matchResume(engine, a, resume));
  out.all = tA + out.match;
  return out;
}

function engineAndResume() {
  const { taxonomy, matcher } = bundled();
  const engine: Engine = { taxonomy, matcher };
  const resume = analyzeResume(engine, 'resume.txt', readFileSync(`${ROOT}lib/cli/samples/resume.txt`, 'utf8'), new Date('2026-06-01'));
  return { engine, resume };
}

const fmt = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1)).padStart(7);

function printTable(title: string, rows: Array<[string, Record<Stage, number>]>): void {
  console.log(title);
  console.log(`  ${'CPU ms'.padEnd(22)}${STAGES.map((s) => s.slice(0, 7).padStart(8)).join('')}`);
  for (const [label, r] of rows) console.log(`  ${label.padEnd(22)}${STAGES.map((s) => ' ' + fmt(r[s])).join('')}`);
}

function medianOf(rs: Array<Record<Stage, number>>): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, median(rs.map((r) => r[s]))])) as Record<Stage, number>;
}
function sumOf(rs: Array<Record<Stage, number>>): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, rs.reduce((a, r) => a + r[s], 0)])) as Record<Stage, number>;
}

function child(path: string): void {
  const posting = path === 'corpus' ? corpus(1)[0]! : pagePosting(path);
  const { engine, resume } = engineAndResume();
  // The resume's own analysis compiled the matcher's paths; the posting side's regular expressions are fresh.
  const prof = arg('cpu-prof');
  if (!prof || !posting) {
    process.stdout.write(JSON.stringify(posting ? stages(engine, posting, resume) : null));
    return;
  }
  // `--cpu-prof FILE`: a CPU profile of this first analysis alone (not of loading), for Chrome's DevTools.
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((ok, fail) => session.post(method, params, (err, res) => (err ? fail(err) : ok(res))));
  void (async () => {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 50 });
    await post('Profiler.start');
    const r = stages(engine, posting, resume);
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(prof, JSON.stringify(profile));
    process.stdout.write(JSON.stringify(r));
  })();
}

function main(): void {
  if (process.argv.includes('--child')) return child(arg('child')!);
  const rounds = Number(arg('rounds') ?? 5);
  const files = pageFiles();
  const pages = files.map((f) => [f.split('/').pop()!.replace(/\.html$/, ''), pagePosting(f)] as const).filter((x): x is [string, Posting] => x[1] !== null && x[1].sections.length > 0);
  const hn = corpus(200);

  // Cold: a fresh process per page.
  const coldPages = pages.slice(0, Number(arg('cold') ?? 5));
  const cold: Array<[string, Record<Stage, number>]> = [];
  for (const [label] of coldPages) {
    const file = files.find((f) => f.includes(label))!;
    const out = execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}test/bench/analysis.ts`, '--child', file], { encoding: 'utf8' });
    cold.push([label.slice(0, 22), JSON.parse(out) as Record<Stage, number>]);
  }
  const hnCold = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}test/bench/analysis.ts`, '--child', 'corpus'], { encoding: 'utf8' })) as Record<Stage, number>;
  cold.push(['corpus[0]', hnCold]);
  printTable(`cold: first analysis in a fresh process (${cold.length} processes)`, [...cold, ['median', medianOf(cold.map((c) => c[1]))]]);

  const { engine, resume } = engineAndResume();
  for (const [, p] of pages) stages(engine, p, resume);
  for (const p of hn) stages(engine, p, resume); // warm-up
  const perPage = new Map<string, Array<Record<Stage, number>>>();
  const hnRounds: Array<Record<Stage, number>>[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [label, p] of pages) {
      const list = perPage.get(label) ?? [];
      list.push(stages(engine, p, resume));
      perPage.set(label, list);
    }
    hnRounds.push(hn.map((p) => stages(engine, p, resume)));
  }
  const pageRows: Array<[string, Record<Stage, number>]> = pages.map(([label]) => [label.slice(0, 22), medianOf(perPage.get(label)!)]);
  printTable(`\nwarm: median of ${rounds} rounds per page (${pages.length} pages)`, [...pageRows, ['median of pages', medianOf(pageRows.map((r) => r[1]))]]);
  if (hn.length) {
    const perPosting = hn.map((_, i) => medianOf(hnRounds.map((round) => round[i]!)));
    printTable(`\nwarm: ${hn.length} corpus postings, median of ${rounds} rounds each`, [
      ['median posting', medianOf(perPosting)],
      ['sum of 200', sumOf(perPosting)],
    ]);
  }
}

main();
