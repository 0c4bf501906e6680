/**
 * `npm run bench`: speed figures, measured in one run.
 *  - extract: findSkills per posting (over the hn-dev postings, or the bundled sample);
 *  - floor: one tokenising pass over the same text (the target is extraction ≤ 3× this);
 *  - scan: the matcher's own token pass (scanTokens into typed arrays, no object or string per token), a stricter floor;
 *  - fair baselines over the same forms (plurals, spellings and ambiguity rules left out, which only flatters them):
 *    regex: one alternation of every form, longest first, word-bounded, case-insensitive;
 *    ngram: the same tokenising pass, then each run of up to the longest form's length of tokens looked up in a Set;
 *  - naive: one case-insensitive word-boundary regex per form (what most extensions do);
 *  Speeds are CPU time of this process (process.cpuUsage, so other processes on a busy machine do not count),
 *  the mean per posting over all postings in one round, least of the rounds; the functions take turns each round.
 *  - alone: extraction and the floor again, taking turns with each other only. In the turns above, the baselines
 *    (a 12,000-form regex, a Set of n-grams) run between extractions and push the matcher's tables out of the caches;
 *    the floor reads no table, so only extraction pays. Both figures are printed: the first is the one of record.
 *    On a machine shared with other processes both still move from run to run (CPU time counts cache misses that
 *    their work causes): compare figures of one run, not of two. The rounds' medians are printed beside the least.
 *    (In the turns, the order rotates: extraction follows the n-gram baseline in four rounds of five and the regex in
 *    the fifth. What the mix adds over "alone" is the first reading, after the baselines, of the matcher's tables and
 *    of the code of the ambiguity rules' patterns a posting runs; session 47 cut the patterns run from ~50 to ~14 a
 *    posting by telling most of them from their window's edge, lib/skills/rule-edges.ts.)
 *  - matcher heap: retained bytes of the compiled matcher, from test/bench/matcher-heap.ts in a fresh node --expose-gc;
 *  - load: the taxonomy as the service worker loads it (no zod); parse: zod's validation of it (build and tests only);
 *  - compile: the taxonomy into the matcher's tries (median wall time, and median and least CPU time beside it, which other processes on a busy machine do not inflate;
 *    wall time there is noise);
 *  - read_page_ms: each saved job page read by its adapter (jsdom parse excluded);
 *  - pdf_ms_per_page: each fixture PDF read to text.
 * `--json` prints one object with extract_us_per_posting, floor_us_per_posting, extract_alone_us_per_posting, floor_alone_us_per_posting, scan_us_per_posting, regex_us_per_posting, ngram_us_per_posting,
 * naive_us_per_posting, matcher_heap_bytes, compile_ms, …
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadNodePdfJs } from '../../lib/cli/pdfjs-node';
import { readPosting } from '../../lib/posting/sites';
import { pdfToText } from '../../lib/resume/pdf';
import { compileMatcher, findSkills, skillForms } from '../../lib/skills/matcher';
import { loadTaxonomy } from '../../lib/skills/taxonomy';
import { parseTaxonomy } from '../../lib/skills/validate';
import { scanTokens, TokenArrays, tokenize } from '../../lib/skills/tokenize';
import { RENAMED_IDS, ROLE_FILES, SKILL_FILES } from '../../taxonomy';
import { loadPage, ROOT, SHARED } from '../helpers';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The median of each function's rounds in the last cpuPer, printed beside the least (how far the rounds spread). */
let medians: Record<string, number> = {};
/** (s49) Every round's figure of each function in the last cpuPer, in the order the rounds ran. */
let roundFigures: Record<string, number[]> = {};

/** The q-quantile (0 … 1) of xs, nearest rank. */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]!;
};

/**
 * (s49) How steady a ratio a/b of one cpuPer is: its least (the figure of record) and the least of each half of the
 * rounds alone (two runs of half the rounds: how far the least moves from run to run), the ratio of the medians, and
 * each round's own ratio (a and b measured in the same round, moments apart: a load that comes and goes moves both)
 * as median and 10th-90th percentiles.
 */
function steadiness(a: string, b: string): { least: number; halves: [number, number]; medians: number; perRound: number; p10: number; p90: number } {
  const xa = roundFigures[a]!;
  const xb = roundFigures[b]!;
  const h = xa.length >> 1;
  const least = (x: number[]) => Math.min(...x);
  const per = xa.map((x, i) => x / xb[i]!);
  return {
    least: least(xa) / least(xb),
    halves: [least(xa.slice(0, h)) / least(xb.slice(0, h)), least(xa.slice(h)) / least(xb.slice(h))],
    medians: median(xa) / median(xb),
    perRound: median(per),
    p10: quantile(per, 0.1),
    p90: quantile(per, 0.9),
  };
}

/**
 * Microseconds of CPU per text for each function: each round runs every
 * function over all texts in turn (rotating the order), after a warm-up. The
 * figure is the least of the rounds: on a shared machine other processes only
 * ever add time (cache misses after a switch), so the least disturbed round is
 * the steadiest measure, and the functions' ratios are what matter.
 */
function cpuPer(texts: string[], fns: Record<string, (t: string) => unknown>, rounds: number): Record<string, number> {
  const names = Object.keys(fns);
  for (const name of names) for (const t of texts) fns[name]!(t); // warm-up (JIT)
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!;
      const fn = fns[name]!;
      const c0 = process.cpuUsage();
      for (const t of texts) fn(t);
      const c = process.cpuUsage(c0);
      samples[name]!.push((c.user + c.system) / texts.length);
    }
  }
  medians = Object.fromEntries(names.map((n) => [n, median(samples[n]!)]));
  roundFigures = samples;
  return Object.fromEntries(names.map((n) => [n, Math.min(...samples[n]!)]));
}

/** Rounds of the turns (40 unless `--rounds N`: more rounds give a steadier median, and a least that only falls). */
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Math.max(2, Number(process.argv[roundsArg + 1]) || 40) : 40;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const hnPath = `${SHARED}fixtures/eval/hn-dev.jsonl`;
  const texts = existsSync(hnPath)
    ? readFileSync(hnPath, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    : [readFileSync(`${ROOT}lib/cli/samples/posting.txt`, 'utf8')];

  // Cold numbers are what a service worker pays once per life: the first run, not a warmed median.
  // It loads the taxonomy without zod (validated at build time); zod's parse is measured after, for comparison.
  let t0 = performance.now();
  let taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
  const loadCold = performance.now() - t0;
  t0 = performance.now();
  let matcher = compileMatcher(taxonomy.skills);
  const compileCold = performance.now() - t0;
  t0 = performance.now();
  parseTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
  const parseCold = performance.now() - t0;
  const loadRuns: number[] = [];
  const parseRuns: number[] = [];
  const compileRuns: number[] = [];
  const compileCpu: number[] = [];
  for (let i = 0; i < 15; i++) {
    t0 = performance.now();
    taxonomy = loadTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
    loadRuns.push(performance.now() - t0);
    t0 = performance.now();
    parseTaxonomy(SKILL_FILES, ROLE_FILES, RENAMED_IDS);
    parseRuns.push(performance.now() - t0);
    t0 = performance.now();
    const c0 = process.cpuUsage();
    matcher = compileMatcher(taxonomy.skills);
    compileRuns.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    compileCpu.push((c.user + c.system) / 1000);
  }

  const forms = [...new Set(taxonomy.skills.flatMap((s) => skillForms(s).map(([f]) => f)))];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const naive = forms.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, 'giu'));
  const naiveFind = (t: string) => {
    let n = 0;
    for (const re of naive) {
      re.lastIndex = 0;
      while (re.exec(t)) n++;
    }
    return n;
  };
  // (a) One alternation, longest form first so the longest wins at each place. ASCII word bounds
  // and no 'u' flag: with 'iu' and \p{L} bounds V8 runs it hundreds of times slower, no fair rival.
  const alternation = new RegExp(`(?<![A-Za-z0-9])(?:${[...forms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z0-9])`, 'gi');
  const regexFind = (t: string) => {
    let n = 0;
    alternation.lastIndex = 0;
    while (alternation.exec(t)) n++;
    return n;
  };
  // (b) Forms as their tokens' lowercase texts joined by a space, looked up longest first at each token.
  const grams = new Set<string>();
  let longest = 1;
  for (const f of forms) {
    const toks = tokenize(f).map((x) => x.lower);
    longest = Math.max(longest, toks.length);
    grams.add(toks.join(' '));
  }
  const ngramFind = (t: string) => {
    const toks = tokenize(t);
    let n = 0;
    for (let i = 0; i < toks.length; ) {
      let key = toks[i]!.lower;
      let best = grams.has(key) ? 1 : 0;
      for (let k = 1; k < longest && i + k < toks.length; k++) {
        key += ' ' + toks[i + k]!.lower;
        if (grams.has(key)) best = k + 1;
      }
      if (best > 0) n++;
      i += best || 1;
    }
    return n;
  };

  const scanBuffer = new TokenArrays(1024);
  const speed = cpuPer(
    texts,
    { extract: (t) => findSkills(matcher, t), floor: (t) => tokenize(t), scan: (t) => scanTokens(t, scanBuffer), regex: regexFind, ngram: ngramFind },
    ROUNDS,
  );
  const extract = speed.extract!;
  const floor = speed.floor!;
  const mixMedians = medians;
  const mixRounds = roundFigures;
  const mixSteady = steadiness('extract', 'floor');
  const alone = cpuPer(texts, { extract: (t) => findSkills(matcher, t), floor: (t) => tokenize(t) }, ROUNDS);
  const aloneMedians = medians;
  const aloneRounds = roundFigures;
  const aloneSteady = steadiness('extract', 'floor');
  const naiveUs = cpuPer(texts, { naive: naiveFind }, 3).naive!;
  const heap = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', `${ROOT}test/bench/matcher-heap.ts`], { encoding: 'utf8' }),
  ) as { matcher_bytes: number };

  const pages: Record<string, number> = {};
  const pageDir = `${SHARED}fixtures/pages/`;
  if (existsSync(pageDir)) {
    for (const dir of readdirSync(pageDir)) {
      for (const f of readdirSync(pageDir + dir)) {
        const html = readFileSync(`${pageDir}${dir}/${f}`, 'utf8');
        const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? /property="og:url" content="([^"]+)"/.exec(html)?.[1] ?? 'https://example.com/job';
        const doc = loadPage(`${pageDir}${dir}/${f}`, url);
        const runs: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          readPosting(doc, new URL(url));
          runs.push(performance.now() - t0);
        }
        pages[`${dir}/${f}`] = Number(median(runs).toFixed(2));
      }
    }
  }

  const pdfs: Record<string, number> = {};
  const pdfDocs: Record<string, { pages: number; ms: number }> = {};
  const pdfjs = await loadNodePdfJs();
  await pdfToText(new Uint8Array(readFileSync(`${ROOT}test/fixtures/sample-resume.pdf`)), pdfjs); // load pdf.js's worker once
  const pdfFiles = [`${ROOT}test/fixtures/sample-resume.pdf`];
  const resumeDir = `${SHARED}fixtures/resumes/`;
  if (existsSync(resumeDir)) for (const f of readdirSync(resumeDir)) if (f.endsWith('.pdf')) pdfFiles.push(resumeDir + f);
  for (const file of pdfFiles) {
    const bytes = new Uint8Array(readFileSync(file));
    const runs: number[] = [];
    let n = 1;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      n = (await pdfToText(bytes, pdfjs)).pages;
      runs.push(performance.now() - t0);
    }
    const ms = median(runs);
    pdfs[file.split('/').pop()!] = Number((ms / n).toFixed(1));
    pdfDocs[file.split('/').pop()!] = { pages: n, ms: Number(ms.toFixed(1)) };
  }

  const out = {
    postings: texts.length,
    extract_us_per_posting: Number(extract.toFixed(1)),
    floor_us_per_posting: Number(floor.toFixed(1)),
    extract_median_us_per_posting: Number(mixMedians.extract!.toFixed(1)),
    floor_median_us_per_posting: Number(mixMedians.floor!.toFixed(1)),
    rounds: ROUNDS,
    ratio_least: Number(mixSteady.least.toFixed(3)),
    ratio_least_halves: mixSteady.halves.map((x) => Number(x.toFixed(3))),
    ratio_medians: Number(mixSteady.medians.toFixed(3)),
    ratio_per_round_median: Number(mixSteady.perRound.toFixed(3)),
    ratio_per_round_p10_p90: [Number(mixSteady.p10.toFixed(3)), Number(mixSteady.p90.toFixed(3))],
    ratio_alone_per_round_median: Number(aloneSteady.perRound.toFixed(3)),
    extract_alone_us_per_posting: Number(alone.extract!.toFixed(1)),
    floor_alone_us_per_posting: Number(alone.floor!.toFixed(1)),
    scan_us_per_posting: Number(speed.scan!.toFixed(1)),
    regex_us_per_posting: Number(speed.regex!.toFixed(1)),
    ngram_us_per_posting: Number(speed.ngram!.toFixed(1)),
    naive_us_per_posting: Number(naiveUs.toFixed(1)),
    matcher_heap_bytes: heap.matcher_bytes,
    compile_ms: Number(median(compileRuns).toFixed(2)),
    compile_cpu_ms: Number(median(compileCpu).toFixed(2)),
    compile_cpu_least_ms: Number(Math.min(...compileCpu).toFixed(2)),
    compile_cold_ms: Number(compileCold.toFixed(2)),
    load_ms: Number(median(loadRuns).toFixed(2)),
    load_cold_ms: Number(loadCold.toFixed(2)),
    parse_ms: Number(median(parseRuns).toFixed(2)),
    parse_cold_ms: Number(parseCold.toFixed(2)),
    forms: matcher.forms,
    read_page_ms: pages,
    pdf_ms_per_page: pdfs,
    pdf_documents: pdfDocs,
  };
  if (json) {
    process.stdout.write(JSON.stringify(out) + '\n');
    return;
  }
  console.log(`extraction: ${out.extract_us_per_posting} µs of CPU per posting (${texts.length} postings)`);
  console.log(`  floor (one tokenising pass): ${out.floor_us_per_posting} µs → extraction is ${(extract / floor).toFixed(2)}× the floor (target ≤ 3×)`);
  console.log(`    (the rounds' medians: ${mixMedians.extract!.toFixed(1)} µs and ${mixMedians.floor!.toFixed(1)} µs → ${(mixMedians.extract! / mixMedians.floor!).toFixed(2)}×; least and median apart say how much other processes took)`);
  const spread = (xs: number[]) => `${quantile(xs, 0.1).toFixed(1)}-${quantile(xs, 0.9).toFixed(1)}`;
  const steady = (st: typeof mixSteady) =>
    `least of each half of the rounds ${st.halves.map((x) => x.toFixed(2)).join('× and ')}×; each round's own ratio: median ${st.perRound.toFixed(2)}×, 10th-90th percentile ${st.p10.toFixed(2)}-${st.p90.toFixed(2)}×`;
  console.log(`    (${ROUNDS} rounds; the 10th-90th percentile of the rounds: ${spread(mixRounds.extract!)} µs and ${spread(mixRounds.floor!)} µs; ${steady(mixSteady)})`);
  console.log(`  alone (extraction and the floor in turns, no baseline between them): ${out.extract_alone_us_per_posting} µs and ${out.floor_alone_us_per_posting} µs → ${(alone.extract! / alone.floor!).toFixed(2)}×`);
  console.log(`    (the rounds' medians: ${aloneMedians.extract!.toFixed(1)} µs and ${aloneMedians.floor!.toFixed(1)} µs → ${(aloneMedians.extract! / aloneMedians.floor!).toFixed(2)}×; percentiles ${spread(aloneRounds.extract!)} µs and ${spread(aloneRounds.floor!)} µs; ${steady(aloneSteady)})`);
  console.log(`  (CPU time of this process; other processes on the machine still move it, through the caches they share: read the least beside the median and the spread, and compare figures of one run. The mix's extraction pays, each turn, for reading the matcher's tables and code again after the baselines pushed them out of the caches, spread over the ${texts.length} postings of the turn; the floor reads no table.)`);
  console.log(`  the matcher's own token pass (scanTokens, no object or string per token): ${out.scan_us_per_posting} µs → extraction is ${(extract / speed.scan!).toFixed(2)}× it`);
  console.log(`  one alternation regex over ${forms.length} forms: ${out.regex_us_per_posting} µs → ${(speed.regex! / extract).toFixed(2)}× extraction's time`);
  console.log(`  n-gram Set lookup over the tokens (up to ${longest} tokens): ${out.ngram_us_per_posting} µs → ${(speed.ngram! / extract).toFixed(2)}× extraction's time`);
  console.log(`  naive (one regex per form): ${out.naive_us_per_posting} µs → ${(naiveUs / extract).toFixed(1)}× extraction's time`);
  console.log(`compiled matcher retained in the heap: ${(heap.matcher_bytes / 1024).toFixed(0)} KB (the whole worker heap's target is ≤ 3 MB)`);
  console.log(`compile taxonomy into the trie (${taxonomy.skills.length} skills, ${matcher.forms} forms): ${out.compile_ms} ms warm (${out.compile_cpu_ms} ms of CPU, least ${out.compile_cpu_least_ms} ms; wall time is noise on a shared machine), ${out.compile_cold_ms} ms cold (target ≤ 20 ms)`);
  console.log(`load taxonomy as the service worker does (no zod): ${out.load_ms} ms warm, ${out.load_cold_ms} ms cold`);
  console.log(`  validate it with zod (build and tests only): ${out.parse_ms} ms warm, ${out.parse_cold_ms} ms cold`);
  for (const [p, ms] of Object.entries(pages)) console.log(`read page ${p}: ${ms} ms`);
  for (const [p, d] of Object.entries(pdfDocs)) console.log(`pdf ${p}: ${d.pages} page(s) in ${d.ms} ms, ${pdfs[p]} ms per page${d.pages === 2 ? ' (two-page target ≤ 300 ms)' : ''}`);
}

void main();
