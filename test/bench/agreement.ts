/**
 * `npx tsx test/bench/agreement.ts`: how far two human labellers agree on the
 * skills of the same report postings, scored exactly as the eval scores the
 * extension (test/bench/labelled.ts's `score`): the practical ceiling of issue #13's
 * targets on the report split, and how much of the extension's gap is label noise.
 *  - second labeller vs first: test/fixtures/labels/hn-skills-second.jsonl (labelled
 *    blind) guessing as if it were the system, against test/fixtures/labels/hn-skills.jsonl;
 *  - first vs second: the same the other way round;
 *  - the extension vs first, on the same postings (figures only, never its errors).
 * `--disagreements` lists the labels one labeller has and the other misses (never
 * the extension's errors: the report split is not tuned on).
 * Prints "skipped" and exits 0 without ../shared (1 under CI=true).
 */
import { extracted, hnSkills, labelGuesses, score, type Row, type Scores } from './labelled';

const first = hnSkills('report');
const second = hnSkills('report', 'hn-skills-second.jsonl');
if (!first || !second) {
  console.error('skipped: ../shared/fixtures/corpus/hn-2026.jsonl or a label file not found');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const firstById = new Map(first.map((r) => [r.id, r]));
const unknown = second.filter((r) => !firstById.has(r.id)).map((r) => r.id);
if (unknown.length) throw new Error(`hn-skills-second.jsonl: not report rows of hn-skills.jsonl: ${unknown.join(', ')}`);
// The first labeller's rows, in the second file's order: only the postings both labelled.
const shared: Row[] = second.map((r) => firstById.get(r.id)!);
const secondById = new Map(second.map((r) => [r.id, r]));

const secondVsFirst = score(shared, (row) => labelGuesses(secondById.get(row.id)!));
const firstVsSecond = score(second, (row) => labelGuesses(firstById.get(row.id)!));
const { misses: _m, wrong: _w, ...fitmark } = score(shared, extracted());

const f = (x: number) => x.toFixed(3);
const line = (name: string, h: Scores, truth: string) => {
  const pct = h.traps ? ((100 * h.trap_hits) / h.traps).toFixed(1) : '0';
  console.log(
    `${name}: ${h.postings} postings, ${h.labelled} tech labels of ${truth} — recall ${f(h.recall)}, precision ${f(h.precision)} over ${h.predicted} predicted, F1 ${f(h.f1)}, trap hits ${h.trap_hits} of ${h.traps} (${pct}%)`,
  );
};
console.log(`hn-skills report, the ${second.length} postings both labellers labelled (targets: recall ≥ 0.90, precision ≥ 0.95, trap hits ≤ 3%):`);
line('second labeller vs first', secondVsFirst, 'the first');
line('first labeller vs second', firstVsSecond, 'the second');
line('Fitmark vs first        ', fitmark, 'the first');

if (process.argv.includes('--disagreements')) {
  console.log('— first labels (tech) the second misses —\n' + secondVsFirst.misses.join('\n'));
  console.log('— second guesses the first does not label, and first traps the second labels —\n' + secondVsFirst.wrong.join('\n'));
  console.log('— second labels (tech) the first misses —\n' + firstVsSecond.misses.join('\n'));
  console.log('— first guesses the second does not label, and second traps the first labels —\n' + firstVsSecond.wrong.join('\n'));
}
