/**
 * `npm run eval`: accuracy of skill extraction (the matcher, then the posting
 * context rules of lib/skills/context.ts, then the context model of
 * lib/skills/context-model.ts when its JSON ships one) on labelled real postings,
 * each set apart, and the same with the context rules alone, for reference:
 *  - hn-dev: ../shared/fixtures/eval/hn-dev.jsonl (the taxonomy was tuned on it);
 *  - hn-skills tune / report: test/fixtures/labels/hn-skills.jsonl, texts from
 *    ../shared/fixtures/corpus/hn-2026.jsonl by id. Tune only on the tune part;
 *    the report part is for figures alone (`--misses` never lists its errors).
 *    Targets on report: recall ≥ 0.90, precision ≥ 0.95, trap hits ≤ 3%;
 *  - SkillSpan tech dev: recall of KNOWLEDGE spans, and the share of hits inside any labelled span.
 * `--ids FILE` keeps only the tune rows FILE lists (one id a line; test/bench/rows-s23-skills.txt … rows-s26-skills.txt, rows-s30-skills.txt, rows-s30b-skills.txt and rows-s31-skills.txt: sessions 23 to 26, 30 and 31's blind rows);
 * `--fresh FILE` scores only that file of the fresh-written postings (fresh-skills-s42a.jsonl: one blind batch; a path is read by its name),
 *   its tune half (odd ids) and its report half (even ids) apart; `--misses` lists the tune half's errors alone;
 * `--json` prints one object; `--misses` lists what was missed and what was wrong (hn-dev and tune only);
 * `--variants` also scores each model variant `npm run train:context` wrote to
 * test/bench/context-model-variants.json (the model is trained on tune and hn-dev:
 * its figures there are in-sample; cross-validated figures are what the training prints).
 */
import { existsSync, readFileSync } from 'node:fs';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import type { AskedOptions } from '../../lib/skills/context';
import { compiled, shipped, type ContextModel } from '../../lib/skills/context-model';
import { ROOT, SHARED } from '../helpers';
import { extracted, freshSkills, hnDev, hnSkills, overlaps, score, skillspan, type Row, type Scores } from './labelled';


const { matcher } = bundled();


type Model = AskedOptions['model'];

/** Scores the extension's extraction (test/bench/labelled.ts's `score`) on labelled rows; `showMisses` lists what it missed and got wrong. */
function hn(rows: Row[] | null, showMisses: boolean, model?: Model): Scores | null {
  if (!rows) return null;
  const { misses, wrong, ...scores } = score(rows, extracted(model));
  if (showMisses) {
    console.log('— missed —\n' + misses.join('\n'));
    console.log('— wrong —\n' + wrong.join('\n'));
  }
  return scores;
}

function skillspanDev() {
  const sentences = skillspan('dev');
  if (!sentences) return null;
  let spans = 0;
  let spansFound = 0;
  let hitsTotal = 0;
  let hitsInside = 0;
  for (const { text, knowledge, any } of sentences) {
    const hits = findSkills(matcher, text);
    spans += knowledge.length;
    spansFound += knowledge.filter((sp) => hits.some((h) => overlaps(h, sp))).length;
    hitsTotal += hits.length;
    hitsInside += hits.filter((h) => any.some((sp) => overlaps(h, sp))).length;
  }
  return { knowledge_spans: spans, knowledge_recall: spansFound / spans, hits: hitsTotal, hits_inside_labelled: hitsInside / hitsTotal };
}

const args = process.argv.slice(2);
const misses = args.includes('--misses');
const devRows = hnDev();
// `--ids FILE`: only the tune rows whose ids FILE lists (one a line), e.g. a session's new blind rows, measured before and after tuning.
const idsAt = args.indexOf('--ids');
const onlyIds = idsAt >= 0 ? new Set(readFileSync(args[idsAt + 1]!, 'utf8').split(/\s+/).filter(Boolean).map(Number)) : null;
const tuneRows = hnSkills('tune')?.filter((r) => !onlyIds || onlyIds.has(r.id)) ?? null;
const reportRows = hnSkills('report');
// `--fresh FILE`: only that fresh-written file (test/fixtures/labels/FILE), e.g. a blind batch's first read.
const freshAt = args.indexOf('--fresh');
const freshFile = freshAt >= 0 ? args[freshAt + 1]!.replace(/^.*\//, '') : undefined;
// With `--fresh`, the file's two halves are scored apart (tune: odd ids; report: even ids, figures only, never listed).
const freshRows = freshFile ? freshSkills(freshFile, 'tune') : freshSkills();
const freshReport = freshFile ? freshSkills(freshFile, 'report') : null;
const shippedVariant = shipped().model.variant;
const result = {
  // The extension's extraction: the context rules, and the context model (lib/skills/context-model.json) when one ships.
  context_model: shippedVariant,
  hn_dev: hn(devRows, misses),
  hn_skills_tune: hn(tuneRows, misses),
  // Postings written fresh by the project (test/fixtures/labels/fresh-skills-*.jsonl): tuned on.
  fresh_written: hn(freshRows, misses),
  // `--fresh FILE`: that file's report half, figures only.
  fresh_report: hn(freshReport, false),
  // Figures only: its errors are never shown, so nothing is tuned on them.
  hn_skills_report: hn(reportRows, false),
  // For reference: the context rules alone (no model).
  rules_only: {
    hn_dev: hn(devRows, false, null),
    hn_skills_tune: hn(tuneRows, false, null),
    hn_skills_report: hn(reportRows, false, null),
  },
  skillspan_tech_dev: skillspanDev(),
};
/** `--variants`: each variant's best model (test/bench/context-model-variants.json, written by `npm run train:context`), scored the same way. */
const variantsPath = `${ROOT}test/bench/context-model-variants.json`;
const variants: Record<string, ReturnType<typeof hn> | string> = {};
if (args.includes('--variants') && existsSync(variantsPath)) {
  for (const [name, m] of Object.entries(JSON.parse(readFileSync(variantsPath, 'utf8')) as Record<string, ContextModel>)) {
    const model = compiled(m);
    for (const [part, rows] of [['hn-dev', devRows], ['tune', tuneRows], ['report', reportRows]] as const) variants[`${name} ${part}`] = hn(rows, false, model);
  }
}
if (!result.hn_dev && !result.skillspan_tech_dev) {
  process.stderr.write('eval: ../shared/fixtures/eval is missing\n');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
if (args.includes('--json')) {
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  const f = (x: number) => x.toFixed(3);
  const line = (name: string, h: ReturnType<typeof hn>, targets: string) => {
    if (!h) return console.log(`${name}: no labels`);
    const pct = h.traps ? ((100 * h.trap_hits) / h.traps).toFixed(1) : '0';
    console.log(
      `${name}: ${h.postings} postings, ${h.labelled} labelled tech skills — recall ${f(h.recall)}, precision ${f(h.precision)} over ${h.predicted} predicted, F1 ${f(h.f1)}, trap hits ${h.trap_hits} of ${h.traps} (${pct}%)${targets}`,
    );
  };
  const shown = shippedVariant === 'off' ? 'context rules; the context model does not ship (variant "off")' : `context rules and the context model, variant "${shippedVariant}"`;
  console.log(`shipped extraction (${shown}):`);
  line('hn-dev (tuned on)', result.hn_dev, '');
  line('hn-skills tune', result.hn_skills_tune, '');
  if (result.fresh_written) line(freshFile ? `fresh ${freshFile} tune half` : 'fresh written (tuned on)', result.fresh_written, '');
  if (result.fresh_report) line(`fresh ${freshFile} report half`, result.fresh_report, '');
  line('hn-skills report', result.hn_skills_report, ' — targets: recall ≥ 0.90, precision ≥ 0.95, trap hits ≤ 3%');
  console.log('for reference, the context rules alone:');
  line('  hn-dev (tuned on)', result.rules_only.hn_dev, '');
  line('  hn-skills tune', result.rules_only.hn_skills_tune, '');
  line('  hn-skills report', result.rules_only.hn_skills_report, '');
  for (const [name, h] of Object.entries(variants)) if (typeof h !== 'string') line(`  model variant ${name}`, h, '');
  const s = result.skillspan_tech_dev;
  if (s)
    console.log(
      `skillspan tech dev: KNOWLEDGE span recall ${f(s.knowledge_recall)} of ${s.knowledge_spans}; ${f(s.hits_inside_labelled)} of ${s.hits} hits inside a labelled span`,
    );
}
