/**
 * `npm run train:context`: trains the context model of lib/skills/context-model.ts
 * and writes lib/skills/context-model.json (deterministic: the same data give the
 * same bytes).
 *
 * Training data: every candidate hit of the matcher (findSkills, after the
 * taxonomy's ambiguity rules) in
 *  - hn-skills rows of split "tune" (texts from ../shared/fixtures/corpus/hn-2026.jsonl),
 *  - ../shared/fixtures/eval/hn-dev.jsonl,
 *  - SkillSpan tech TRAIN (never dev): a hit inside a labelled span is positive.
 * A posting's hit is positive when its skill is labelled for the posting (by
 * name, or a labelled form's occurrence overlaps it), negative when it is a
 * labelled trap or an unlabelled skill. Rows of split "report" are never read.
 *
 * Model choice: 5 folds by posting over tune + hn-dev; each configuration
 * (variant filter / override / replace; with or without SkillSpan; general
 * features alone or with the words around the mention; three L2 strengths) is
 * trained on four folds and scored on the fifth with the eval's own measures
 * (recall over labelled tech skills, precision over distinct predicted skills,
 * trap hits), pooled over the folds, the threshold swept. The best by F1 ships
 * if its F1 beats the rules' by at least 0.005 on the same postings, in ≥ 95% of bootstrap draws
 * of postings; else lib/skills/context-model.json says variant "off" (the
 * rules alone) with no weights. Caveats: the rules were tuned on these very
 * postings (their figures here are in-sample), and picking the best of 36
 * configurations flatters the winner a little. For a filter, each line also
 * gives the best threshold that keeps recall within 0.005 of the rules' (a
 * filter aimed at precision alone).
 *
 * Why it has not shipped (session 39, 884 tune postings + hn-dev, cross-validated
 * on those only): the rules keep 8,183 skills of which 450 are wrong (P 0.945), and
 * those 450 spread over several classes, none a large share of its neighbourhood:
 * the employer's product, market or domain; role names in titles and lists of
 * open roles; culture words ("a high-autonomy team"); negations, jokes and asides;
 * and arguable label misses. The most error-prone context classes are still ~90%
 * right (a mention alone in its sentence: 182 wrong of 1,754; a "we/our" sentence:
 * 114 of 1,250), so each wrong skill a filter drops costs about as many right ones.
 * The best filter (lexical, SkillSpan 0.3, λ 0.03) drops 39 of the 450 wrong skills
 * and 23 right ones (14 labels of recall): +0.001 of F1, its best threshold already
 * within 0.005 of the rules' recall. Tried in scratch, none reaching +0.002:
 * mention counts of the skill in the posting, capitalisation of the neighbouring
 * words, inside a URL, line length, first line, distinct skills in the posting,
 * "our/we" before the mention, a
 * culture noun after it; category × section / subject / neighbours / list / cue
 * conjunctions; training the filter on every candidate (the rules' dropped ones as
 * extra negatives); a rescue of the rules' dropped mentions above a high threshold.
 *
 * Writes lib/skills/context-model.json (what ships) and
 * test/bench/context-model-variants.json (each variant's best configuration,
 * trained on all the data, for `npm run eval:skills -- --variants`).
 *
 * `--cv-only` prints the cross-validation table and writes nothing; `--curves`
 * prints every threshold's figures; `--negatives` / `--span-negatives` list the
 * negative candidates of tune + hn-dev / SkillSpan train (never report rows).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { findSkills, skillForms, type SkillHit } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { contextClass, postingNames } from '../../lib/skills/context';
import { FEATURE_TEMPLATES, LEXICAL_TEMPLATES, Prepared, type ContextModel, type ModelVariant } from '../../lib/skills/context-model';
import { postingFromText } from '../../lib/posting/text';
import { ROOT, SHARED } from '../helpers';
import { hnDev, hnSkills, jsonl, occurrences, overlaps, skillspan, type Row } from '../bench/labelled';


/** One candidate hit: its features with the rules' class, its rules' class, its label. */
interface Example {
  features: string[];
  rule: string | null;
  label: 0 | 1;
  /** Index of its posting in `rows`, or -1 for a SkillSpan sentence; of the hit among its posting's. */
  row: number;
  hit: number;
  skill: string;
}

const { taxonomy, matcher } = bundled();
const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
const namesOf = new Map(taxonomy.skills.map((s) => [s.id, new Set(skillForms(s).map(([f]) => norm(f)))]));


function trainingRows(): Row[] {
  // Only the tune split: report rows are never read past their split field.
  const tune = hnSkills('tune');
  const dev = hnDev();
  if (!tune || !dev) throw new Error('train:context needs test/fixtures/labels/hn-skills.jsonl and ../shared/fixtures');
  return [...tune, ...dev].sort((a, b) => a.id - b.id);
}

/** What a posting's labels say of each candidate, and what the eval needs to score a kept set. */
interface Gold {
  row: Row;
  hits: SkillHit[];
  rules: Array<string | null>;
  /** Per tech label, the hits that find it. */
  finders: number[][];
  /** Per hit, whether the eval counts its skill right. */
  right: boolean[];
  /** Per trap, the hits that hit it. */
  trapHits: number[][];
}

function gold(row: Row, hits: SkillHit[], rules: Array<string | null>): Gold {
  const spans = row.skills.map((l) => l.forms.flatMap((f) => occurrences(row.text, f)));
  const allSpans = spans.flat();
  const labelNames = new Set(row.skills.map((l) => norm(l.name)));
  const finders: number[][] = [];
  row.skills.forEach((l, k) => {
    if (l.kind !== 'tech') return;
    finders.push(hits.flatMap((h, i) => (spans[k]!.some((sp) => overlaps(h, sp)) || namesOf.get(h.skillId)?.has(norm(l.name)) ? [i] : [])));
  });
  // A skill is right when one of its names is labelled or one of its hits overlaps a labelled form.
  const skillRight = new Map<string, boolean>();
  hits.forEach((h) => {
    const ok = [...(namesOf.get(h.skillId) ?? [])].some((n) => labelNames.has(n)) || allSpans.some((sp) => overlaps(h, sp));
    skillRight.set(h.skillId, (skillRight.get(h.skillId) ?? false) || ok);
  });
  const trapHits = row.traps.map((t) => {
    const out = new Set<number>();
    for (const [a] of occurrences(row.text, t.context)) {
      const at = row.text.toLowerCase().indexOf(t.form.toLowerCase(), a);
      if (at >= 0) hits.forEach((h, i) => overlaps(h, [at, at + t.form.length]) && out.add(i));
    }
    return [...out];
  });
  return { row, hits, rules, finders, right: hits.map((h) => skillRight.get(h.skillId)!), trapHits };
}

interface Counts {
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
  traps: number;
  trapHits: number;
}

/** The eval's measures (test/bench/eval.ts) of one posting, given which of its hits are kept. */
function measure(g: Gold, keep: boolean[], c: Counts): void {
  for (const f of g.finders) {
    c.labelled++;
    if (f.some((i) => keep[i])) c.found++;
  }
  const seen = new Map<string, boolean>();
  g.hits.forEach((h, i) => {
    if (!keep[i]) return;
    const cur = seen.get(h.skillId);
    seen.set(h.skillId, (cur ?? false) || g.right[i]!);
  });
  for (const ok of seen.values()) {
    c.predicted++;
    if (ok) c.correct++;
  }
  for (const t of g.trapHits) {
    c.traps++;
    if (t.some((i) => keep[i])) c.trapHits++;
  }
}

const zero = (): Counts => ({ labelled: 0, found: 0, predicted: 0, correct: 0, traps: 0, trapHits: 0 });
function figures(c: Counts) {
  const recall = c.found / c.labelled;
  const precision = c.correct / c.predicted;
  return { recall, precision, f1: (2 * recall * precision) / (recall + precision), trapRate: c.trapHits / c.traps };
}

/** SkillSpan tech TRAIN as sentences, each hit labelled by whether it overlaps any labelled span (Skill or Knowledge). */
function skillspanTrain(): Array<{ text: string; spans: Array<[number, number]> }> {
  return (skillspan('train') ?? []).map(({ text, any }) => ({ text, spans: any }));
}

// ---- logistic regression: AdaGrad SGD, L2, a seeded order ----

interface Config {
  variant: Exclude<ModelVariant, 'off'>;
  /** Weight of a SkillSpan example (0: none). */
  skillspan: number;
  lambda: number;
  /** With the words around a mention (LEXICAL_TEMPLATES), or only the general features. */
  lexical: boolean;
}
const EPOCHS = 12;
const RATE = 0.2;
const MIN_COUNT = 5;

/** The features an example shows a variant: with the rules' class or without it. */
function featuresFor(ex: Example, cfg: Config): string[] {
  return ex.features.filter((f) => {
    const template = f.slice(0, f.indexOf('=') >>> 0);
    return (cfg.variant === 'override' || template !== 'rule') && (cfg.lexical || !LEXICAL.has(template));
  });
}
const LEXICAL = new Set<string>(LEXICAL_TEMPLATES);
/** The examples a variant trains and scores on: a filter only sees what the rules keep. */
const usable = (ex: Example, variant: Config['variant']) => variant !== 'filter' || ex.rule === null;

/**
 * A unit of training: a negative mention alone, or a positive skill's mentions in one posting as a bag.
 * The eval counts a skill once a posting, found when any of its mentions is kept: so a positive bag
 * trains only its best-scoring mention as positive (multiple-instance learning), and a skill labelled
 * in the posting does not teach the model that its mention in, say, the company's pitch is an ask.
 */
function units(examples: Array<{ ex: Example; w: number }>): number[][] {
  const bags = new Map<string, number[]>();
  const out: number[][] = [];
  examples.forEach(({ ex }, i) => {
    if (ex.label === 0 || ex.row < 0) return void out.push([i]);
    const key = `${ex.row}:${ex.skill}`;
    const bag = bags.get(key);
    if (bag) bag.push(i);
    else bags.set(key, [i]), out.push(bags.get(key)!);
  });
  return out;
}

function train(examples: Array<{ ex: Example; w: number }>, cfg: Config): Map<string, number> {
  const counts = new Map<string, number>();
  const feats = examples.map(({ ex }) => featuresFor(ex, cfg));
  for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT || f === 'bias') index.set(f, index.size);
  const x = feats.map((fs) => Int32Array.from(fs.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const order = units(examples);
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
  const z = (e: number) => {
    const xi = x[e]!;
    let s = 0;
    for (let k = 0; k < xi.length; k++) s += w[xi[k]!]!;
    return s;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const unit of order) {
      let e = unit[0]!;
      let ze = z(e);
      for (let k = 1; k < unit.length; k++) {
        const zk = z(unit[k]!);
        if (zk > ze) (e = unit[k]!), (ze = zk);
      }
      const xi = x[e]!;
      const p = 1 / (1 + Math.exp(-ze));
      const g = (p - examples[e]!.ex.label) * examples[e]!.w;
      for (let k = 0; k < xi.length; k++) {
        const j = xi[k]!;
        const grad = g + cfg.lambda * w[j]!;
        g2[j]! += grad * grad;
        w[j]! -= (RATE * grad) / Math.sqrt(g2[j]!);
      }
    }
  }
  const out = new Map<string, number>();
  for (const [f, j] of index) out.set(f, w[j]!);
  return out;
}

function logit(weights: Map<string, number>, fs: string[]): number {
  let z = 0;
  for (const f of fs) z += weights.get(f) ?? 0;
  return z;
}

// ---- data ----

const t0 = performance.now();
const rows = trainingRows();
const examples: Example[] = [];
const golds: Gold[] = [];
rows.forEach((row, r) => {
  const posting = postingFromText(row.text);
  const names = postingNames(posting);
  const hits = findSkills(matcher, row.text);
  const rules = hits.map((h) => contextClass(row.text, h, names, hits));
  const g = gold(row, hits, rules);
  golds.push(g);
  const trapped = new Set(g.trapHits.flat());
  const prepared = new Prepared(row.text, hits, names.own, posting.sections);
  hits.forEach((_, i) => examples.push({ features: prepared.features(i, rules[i] ?? 'none'), rule: rules[i]!, label: g.right[i] && !trapped.has(i) ? 1 : 0, row: r, hit: i, skill: hits[i]!.skillId }));
});
const spanExamples: Example[] = [];
for (const s of skillspanTrain()) {
  const hits = findSkills(matcher, s.text);
  if (!hits.length) continue;
  const names = { own: [] };
  const prepared = new Prepared(s.text, hits, [], null);
  hits.forEach((h, i) => {
    const rule = contextClass(s.text, h, names, hits);
    if (process.argv.includes('--span-negatives') && !s.spans.some((sp) => overlaps(h, sp))) console.log(`SSNEG ${rule ?? 'kept'} ${h.skillId} «${s.text.slice(Math.max(0, h.start - 60), h.end + 40)}»`);
    spanExamples.push({ features: prepared.features(i, rule ?? 'none'), rule, label: s.spans.some((sp) => overlaps(h, sp)) ? 1 : 0, row: -1, hit: i, skill: h.skillId });
  });
}
if (process.argv.includes('--negatives'))
  for (const e of examples)
    if (e.label === 0) {
      const g = golds[e.row]!;
      const h = g.hits[e.hit]!;
      console.log(`NEG ${e.rule ?? 'kept'} ${h.skillId} «${g.row.text.slice(Math.max(0, h.start - 50), h.end + 30).replace(/\s+/g, ' ')}»`);
    }
const pos = (xs: Example[]) => xs.filter((e) => e.label === 1).length;
console.log(
  `data: ${rows.length} postings (tune + hn-dev), ${examples.length} candidate hits (${pos(examples)} positive); SkillSpan train ${spanExamples.length} hits (${pos(spanExamples)} positive); ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

// ---- cross-validation by posting ----

const FOLDS = 5;
const foldOf = (r: number) => r % FOLDS;
const THRESHOLDS = Array.from({ length: 19 }, (_, k) => 0.05 + 0.05 * k);
const CONFIGS: Config[] = [];
for (const variant of ['filter', 'override', 'replace'] as const)
  for (const skillspan of [0, 0.3]) for (const lexical of [false, true]) for (const lambda of [1e-3, 1e-2, 3e-2]) CONFIGS.push({ variant, skillspan, lambda, lexical });

const fmt = (f: ReturnType<typeof figures>) => `R ${f.recall.toFixed(3)} P ${f.precision.toFixed(3)} F1 ${f.f1.toFixed(3)} traps ${(100 * f.trapRate).toFixed(1)}%`;
const rulesCounts = zero();
for (const g of golds) measure(g, g.rules.map((c) => c === null), rulesCounts);
const rulesCv = figures(rulesCounts);
const allCounts = zero();
for (const g of golds) measure(g, g.rules.map(() => true), allCounts);
console.log(`every candidate kept (no context rules): ${fmt(figures(allCounts))}`);
console.log(`rules (no training; tuned on these postings, so in-sample): ${fmt(rulesCv)}`);

interface Result {
  cfg: Config;
  threshold: number;
  fig: ReturnType<typeof figures>;
  /** Held-out logits, per posting, per hit. */
  z: Float64Array[];
}
const results: Result[] = [];
for (const cfg of CONFIGS) {
  // Held-out logit of each hit of each posting.
  const z = golds.map((g) => new Float64Array(g.hits.length));
  for (let fold = 0; fold < FOLDS; fold++) {
    const set = examples.filter((e) => foldOf(e.row) !== fold && usable(e, cfg.variant)).map((ex) => ({ ex, w: 1 }));
    if (cfg.skillspan > 0) for (const ex of spanExamples) if (usable(ex, cfg.variant)) set.push({ ex, w: cfg.skillspan });
    const weights = train(set, cfg);
    for (const e of examples) if (foldOf(e.row) === fold) z[e.row]![e.hit] = logit(weights, featuresFor(e, cfg));
  }
  let best: Result | null = null;
  // A filter aimed at precision alone: the best threshold that keeps recall within 0.005 of the rules'.
  let precise: { t: number; fig: ReturnType<typeof figures> } | null = null;
  for (const t of THRESHOLDS) {
    const lt = Math.log(t / (1 - t));
    const c = zero();
    golds.forEach((g, r) => measure(g, g.hits.map((_, i) => (cfg.variant !== 'filter' || g.rules[i] === null) && z[r]![i]! >= lt), c));
    const fig = figures(c);
    if (process.argv.includes('--curves')) console.log(`   ${cfg.variant} ss ${cfg.skillspan} ${cfg.lexical ? 'lexical' : 'general'} λ ${cfg.lambda} t ${t.toFixed(2)}: ${fmt(fig)}`);
    if (!best || fig.f1 > best.fig.f1) best = { cfg, threshold: t, fig, z };
    if (cfg.variant === 'filter' && fig.recall >= rulesCv.recall - 0.005 && (!precise || fig.f1 > precise.fig.f1)) precise = { t, fig };
  }
  results.push(best!);
  const bounded = precise ? `; recall within 0.005: threshold ${precise.t.toFixed(2)} — ${fmt(precise.fig)}` : '';
  console.log(`cv ${cfg.variant.padEnd(8)} skillspan ${cfg.skillspan} ${cfg.lexical ? 'lexical' : 'general'} λ ${cfg.lambda}: best threshold ${best!.threshold.toFixed(2)} — ${fmt(best!.fig)}${bounded}`);
}

// ---- the choice, and the shipped weights ----

/** Which hits a result keeps in posting r. */
const keeps = (res: Result, r: number) => {
  const lt = Math.log(res.threshold / (1 - res.threshold));
  return golds[r]!.hits.map((_, i) => (res.cfg.variant !== 'filter' || golds[r]!.rules[i] === null) && res.z[r]![i]! >= lt);
};

/**
 * How often the model's F1 beats the rules' over postings drawn with replacement (1,000 draws,
 * a fixed seed): a gain of one or two skills over 123 postings, after picking the best of many
 * configurations, is noise; the model ships only when it wins in at least 95% of the draws.
 */
function bootstrapWins(res: Result): number {
  const per = golds.map((g, r) => {
    const m = zero();
    const b = zero();
    measure(g, keeps(res, r), m);
    measure(g, g.rules.map((c) => c === null), b);
    return [m, b] as const;
  });
  let seed = 777;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
  const add = (a: Counts, b: Counts) => {
    for (const k of Object.keys(a) as Array<keyof Counts>) a[k] += b[k];
  };
  let wins = 0;
  const DRAWS = 1000;
  for (let d = 0; d < DRAWS; d++) {
    const m = zero();
    const b = zero();
    for (let k = 0; k < per.length; k++) {
      const [pm, pb] = per[Math.floor(rand() * per.length)]!;
      add(m, pm);
      add(b, pb);
    }
    if (figures(m).f1 > figures(b).f1) wins++;
  }
  return wins / DRAWS;
}

function weightsOf(res: Result): Record<string, number> {
  const set = examples.filter((e) => usable(e, res.cfg.variant)).map((ex) => ({ ex, w: 1 }));
  if (res.cfg.skillspan > 0) for (const ex of spanExamples) if (usable(ex, res.cfg.variant)) set.push({ ex, w: res.cfg.skillspan });
  const weights = train(set, res.cfg);
  const kept: Record<string, number> = {};
  for (const f of [...weights.keys()].sort()) {
    const v = Math.round(weights.get(f)! * 1000) / 1000;
    if (Math.abs(v) >= 0.01) kept[f] = v;
  }
  return kept;
}

const describe = (res: Result) => ({
  variant: res.cfg.variant,
  skillspan: res.cfg.skillspan,
  lexical: res.cfg.lexical,
  lambda: res.cfg.lambda,
  threshold: Math.round(res.threshold * 100) / 100,
  cv: round(res.fig),
});

const best = results.reduce((a, b) => (b.fig.f1 > a.fig.f1 ? b : a));
const wins = bootstrapWins(best);
// And by enough to be worth its weights (~40 KB) in the worker's heap and a pass over every mention (#16): at least
// half a point of F1. (Session 32: with 561 tune rows a model beat the rules by 0.001 in 99% of draws; decided before
// its report figures were read, that is no gain worth shipping.)
const MIN_GAIN = 0.005;
const beats = best.fig.f1 >= rulesCv.f1 + MIN_GAIN && wins >= 0.95;
console.log(
  `chosen by cv: ${best.cfg.variant}, skillspan ${best.cfg.skillspan}, ${best.cfg.lexical ? 'lexical' : 'general'}, λ ${best.cfg.lambda}, threshold ${best.threshold.toFixed(2)} — F1 ${best.fig.f1.toFixed(3)} vs rules ${rulesCv.f1.toFixed(3)}, better in ${(100 * wins).toFixed(1)}% of bootstrap draws: ${beats ? 'ships' : `does not beat the rules by ${MIN_GAIN} in 95% of draws; ships as "off" (the rules alone)`}`,
);
if (!process.argv.includes('--cv-only')) {
  const shippedWeights = beats ? weightsOf(best) : {};
  const model: ContextModel & { chosen: unknown } = {
    version: 1,
    templates: [...FEATURE_TEMPLATES],
    variant: beats ? best.cfg.variant : 'off',
    threshold: Math.round(best.threshold * 100) / 100,
    // What chose it (5-fold cross-validation by posting over tune + hn-dev): for the record, never read by the extension.
    chosen: { ...describe(best), rules_cv: round(rulesCv), bootstrap_wins: wins },
    weights: shippedWeights,
  };
  const path = `${ROOT}lib/skills/context-model.json`;
  writeFileSync(path, JSON.stringify(model) + '\n');
  console.log(`wrote ${path}: ${Object.keys(shippedWeights).length} weights, ${(JSON.stringify(model).length / 1024).toFixed(1)} KB`);
  // The best configuration of each variant, trained on all the data: test/bench/eval.ts --variants scores them, for reference.
  const variants: Record<string, unknown> = {};
  for (const v of ['filter', 'override', 'replace'] as const) {
    const res = results.filter((r) => r.cfg.variant === v).reduce((a, b) => (b.fig.f1 > a.fig.f1 ? b : a));
    variants[v] = { ...describe(res), version: 1, templates: [...FEATURE_TEMPLATES], weights: res === best && beats ? shippedWeights : weightsOf(res) };
  }
  const vpath = `${ROOT}test/bench/context-model-variants.json`;
  writeFileSync(vpath, JSON.stringify(variants) + '\n');
  console.log(`wrote ${vpath}; ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
}

function round(f: ReturnType<typeof figures>) {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
