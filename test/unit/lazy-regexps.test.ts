import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { lazyRegExps, workerRegExps } from '@/lib/background/lazy-regexps';
import { postingFromText } from '@/lib/posting/text';
import { bundled } from '@/lib/skills/taxonomy';
import { ROOT } from '../helpers';

const SLOTS = '/x/regexp-slots.ts';

describe('lazy-regexps: which module constants become lazy', () => {
  it('makes a constant holding a regular expression lazy, and rewrites its uses', () => {
    const src = [
      "const WORD = /\\bgo\\b/i;",
      "const RULES = [['a', /a+/g], ['b', new RegExp(String.raw`b+` + '|c', 'g')]];",
      "export function f(s) { WORD.lastIndex = 0; return WORD.test(s) && RULES.map(([k, r]) => k + r.source).join(); }",
      "export const g = () => ({ WORD });",
    ].join('\n');
    const out = lazyRegExps(src, SLOTS);
    expect(out.lazy).toEqual(['WORD', 'RULES']);
    expect(out.skipped).toEqual([]);
    expect(out.code).toContain(`import { regexpSlots as __fmrxSlots } from "${SLOTS}";`);
    // A maker builds with `new RegExp`: a literal would keep its compiled code in the maker's feedback.
    expect(out.code).toContain('const __fmrx_WORD = () => (new RegExp("\\\\bgo\\\\b", "i"));');
    expect(out.code).toContain("const __fmrx_RULES = () => ([['a', new RegExp(\"a+\", \"g\")], ['b', new RegExp(String.raw`b+` + '|c', 'g')]]);");
    expect(out.code).toContain('(__fmrx[0] ??= __fmrx_WORD()).lastIndex = 0;');
    // A shorthand property keeps its key.
    expect(out.code).toContain('({ WORD: (__fmrx[0] ??= __fmrx_WORD()) })');
  });

  it('leaves alone what evaluating again could change, what others import, and what runs at load', () => {
    const src = [
      'let n = 1;',
      'export const SHARED = /x/;',
      'const LOCAL = /y/; export { LOCAL };',
      'const COUNTED = new RegExp(String(n));', // a call it cannot vouch for
      'const FROM_VAR = [n, /z/];',
      'const CACHE = new Map([[1, /w/]]);',
      'const EAGER = /e/; const KEPT = { re: EAGER, at: Date.now() };', // KEPT holds none itself: not listed
      'const SHADOWED = /s/; function h(SHADOWED) { return SHADOWED; }',
      'export function use() { return [SHARED, LOCAL, COUNTED, FROM_VAR, CACHE, KEPT, SHADOWED, h]; }',
    ].join('\n');
    const out = lazyRegExps(src, SLOTS);
    expect(out.lazy).toEqual([]);
    expect(out.code).toBeNull();
    expect(out.skipped.sort()).toEqual([
      'CACHE: its value is computed (new)',
      'COUNTED: its value is computed (call)',
      'EAGER: used at the module\'s load',
      'FROM_VAR: reads a variable',
      'LOCAL: exported',
      'SHADOWED: bound more than once',
      'SHARED: exported',
    ]);
  });

  it('keeps a literal inside a function in a slot, or makes it anew when it has the g or y flag', () => {
    const out = lazyRegExps('export function f(s) { return /^a\\/b$/i.test(s) ? s.replace(/\\s+/g, " ") : s.split(/,/); }', SLOTS);
    expect(out.inner).toBe(3);
    expect(out.code).toContain('(__fmrx[0] ??= new RegExp("^a\\\\/b$", "i")).test(s)');
    expect(out.code).toContain('s.replace(new RegExp("\\\\s+", "g"), " ")');
    expect(out.code).toContain('s.split((__fmrx[1] ??= new RegExp(",", "")))');
    // Literals that run at load stay literals.
    expect(lazyRegExps('export const ANY = [1, /x/];', SLOTS).code).toBeNull();
  });

  it('keeps a constant eager when another made eager again reads it at load', () => {
    const out = lazyRegExps('const A = /a/; const B = [A, /b/]; const C = { b: B, t: Date.now() }; export const f = () => [A, B, C];', SLOTS);
    expect(out.lazy).toEqual([]);
    const lazy = lazyRegExps('const A = /a/; const B = [A, /b/]; export const f = () => [A, B];', SLOTS);
    expect(lazy.lazy).toEqual(['A', 'B']);
    expect(lazy.code).toContain('const __fmrx_B = () => ([(__fmrx[0] ??= __fmrx_A()), new RegExp("b", "")]);');
  });
});

/**
 * The worker's analysis code as the background's build rewrites it, against lib/ as written:
 * the same results, analysis after analysis, with the regular expressions let go in between.
 */
describe('lazy-regexps: the rewritten analysis answers alike', () => {
  let dir = '';
  let built: {
    analyzePosting: typeof analyzePosting;
    analyzeResume: typeof analyzeResume;
    matchResume: typeof matchResume;
    postingFromText: typeof postingFromText;
    bundled: typeof bundled;
    dropRegExps: () => void;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fitmark-lazy-regexps-'));
    await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      resolve: { alias: { '@': ROOT.replace(/\/$/, '') } },
      plugins: [workerRegExps(join(ROOT, 'lib'))],
      build: {
        outDir: dir,
        minify: false,
        lib: { entry: join(ROOT, 'test/unit/lazy-regexps.entry.ts'), formats: ['es'], fileName: 'entry' },
        rolldownOptions: { external: [/^node:/] },
      },
    });
    const file = readdirSync(dir).find((f) => f.startsWith('entry'))!;
    const code = readFileSync(join(dir, file), 'utf8');
    // The build did rewrite the modules that hold most of the patterns.
    expect(code.match(/__fmrx_[A-Z_]+ = \(\) =>/g)?.length ?? 0).toBeGreaterThan(80);
    built = await import(pathToFileURL(join(dir, file)).href);
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // Fresh postings written for this test: pay, work mode, sponsorship, clearance, degree, languages, years, any-of lists.
  const postings = [
    readFileSync(`${ROOT}lib/cli/samples/posting.txt`, 'utf8'),
    ...readFileSync(`${ROOT}lib/cli/samples/postings.jsonl`, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text),
    [
      'Staff Data Engineer (Hybrid, 3 days a week in our Lisbon office)',
      '',
      'About us',
      'We are a payments company backed by two venture funds; our platform settles card payouts for marketplaces.',
      '',
      'What you will do',
      '- Own batch and streaming pipelines in Spark and Kafka',
      '- Work closely with the analytics team and report to the VP of Data',
      '',
      'Requirements',
      '- 7+ years of experience building data platforms',
      '- One of Scala, Java or Kotlin; Python is a plus',
      "- Bachelor's degree in Computer Science or equivalent experience",
      '- Fluent English; conversational Portuguese preferred',
      '- Must be authorized to work in the EU; we do not offer visa sponsorship',
      '',
      'Compensation: EUR 95,000 - 120,000 per year plus equity',
    ].join('\n'),
    [
      'Site Reliability Engineer - Remote (US only)',
      'Salary range $150k to $185k. Active Secret clearance required; US citizens only.',
      'You have 5 to 8 years with Linux, Terraform and either AWS or GCP, and at least two years on call.',
      'Nice to have: Prometheus, Grafana or Datadog. No degree required.',
    ].join('\n'),
  ];
  const resumes = readdirSync(`${ROOT}test/fixtures/resumes`).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => readFileSync(`${ROOT}test/fixtures/resumes/${f}`, 'utf8'));
  const today = new Date('2026-06-01T00:00:00Z');

  it('finds the same posting facts, requirements, skills, resume profiles and matches', () => {
    const src = bundled();
    const out = built.bundled();
    for (const [round, drop] of [[0, false], [1, true], [2, false]] as const) {
      for (const text of postings) {
        const want = analyzePosting(src, postingFromText(text));
        const got = built.analyzePosting(out, built.postingFromText(text));
        expect(JSON.stringify(got), `round ${round}`).toBe(JSON.stringify(want));
        for (const r of resumes) {
          const wr = analyzeResume(src, 'cv', r, today);
          const gr = built.analyzeResume(out, 'cv', r, today);
          expect(JSON.stringify(gr)).toBe(JSON.stringify(wr));
          expect(JSON.stringify(built.matchResume(out, got, gr))).toBe(JSON.stringify(matchResume(src, want, wr)));
          if (drop) built.dropRegExps();
        }
      }
    }
  });
});
