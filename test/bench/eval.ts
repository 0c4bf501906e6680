/**
 * `npm run eval`: accuracy of skill extraction (the matcher, then the posting
 * context rules of lib/skills/context.ts) on labelled real postings, each set apart:
 *  - hn-dev: ../shared/fixtures/eval/hn-dev.jsonl (the taxonomy was tuned on it);
 *  - hn-skills tune / report: test/fixtures/labels/hn-skills.jsonl, texts from
 *    ../shared/fixtures/corpus/hn-2026.jsonl by id. Tune only on the tune part;
 *    the report part is for figures alone (`--misses` never lists its errors).
 *    Targets on report: recall ≥ 0.90, precision ≥ 0.95, trap hits ≤ 3%;
 *  - SkillSpan tech dev: recall of KNOWLEDGE spans, and the share of hits inside any labelled span.
 * `--json` prints one object; `--misses` lists what was missed and what was wrong (hn-dev and tune only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { findSkills, type SkillHit } from '../../lib/skills/matcher';
import { skillForms } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { keepAsked, postingNames } from '../../lib/skills/context';
import { postingFromText } from '../../lib/posting/text';
import { ROOT, SHARED } from '../helpers';

interface Label {
  name: string;
  forms: string[];
  kind: 'tech' | 'soft';
}
interface Row {
  id: number;
  text: string;
  skills: Label[];
  traps: Array<{ form: string; context: string }>;
}

const { taxonomy, matcher } = bundled();
const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
const namesOf = new Map(taxonomy.skills.map((s) => [s.id, new Set(skillForms(s).map(([f]) => norm(f)))]));

/** Every [start, end) where `form` occurs in text on word boundaries (case-insensitive). */
function occurrences(text: string, form: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  const f = form.toLowerCase();
  for (let i = lower.indexOf(f); i >= 0; i = lower.indexOf(f, i + 1)) {
    const before = lower[i - 1];
    const after = lower[i + f.length];
    const word = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if ((word(before) && /^[\p{L}\p{N}]/u.test(f)) || (word(after) && /[\p{L}\p{N}]$/u.test(f))) continue;
    out.push([i, i + f.length]);
  }
  return out;
}
const overlaps = (h: SkillHit, [a, b]: [number, number]) => h.start < b && a < h.end;

/** What the extension would list for a posting given as text: matcher hits the context rules keep. */
function extract(text: string): SkillHit[] {
  const posting = postingFromText(text);
  return keepAsked(text, findSkills(matcher, text), postingNames(posting));
}

const jsonl = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

function hnDev(): Row[] | null {
  const path = `${SHARED}fixtures/eval/hn-dev.jsonl`;
  return existsSync(path) ? jsonl<Row>(path) : null;
}

/** hn-skills labels of one split, with their texts from the corpus. */
function hnSkills(split: 'tune' | 'report'): Row[] | null {
  const labels = `${ROOT}test/fixtures/labels/hn-skills.jsonl`;
  const corpus = `${SHARED}fixtures/corpus/hn-2026.jsonl`;
  if (!existsSync(labels) || !existsSync(corpus)) return null;
  const texts = new Map(jsonl<{ id: number; text: string }>(corpus).map((r) => [String(r.id), r.text]));
  const rows = jsonl<Omit<Row, 'text'> & { split: string }>(labels).filter((r) => r.split === split);
  const out: Row[] = [];
  for (const r of rows) {
    const text = texts.get(String(r.id));
    if (text === undefined) throw new Error(`hn-skills: posting ${r.id} is not in the corpus`);
    out.push({ ...r, text });
  }
  return out.length ? out : null;
}

function hn(rows: Row[] | null, showMisses: boolean) {
  if (!rows) return null;
  let labelled = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  let trapHits = 0;
  let traps = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const row of rows) {
    const hits = extract(row.text);
    const spans = new Map<Label, Array<[number, number]>>();
    for (const l of row.skills) spans.set(l, l.forms.flatMap((f) => occurrences(row.text, f)));
    const labelNames = new Set(row.skills.map((l) => norm(l.name)));
    // Recall over tech labels.
    for (const l of row.skills) {
      if (l.kind !== 'tech') continue;
      labelled++;
      const ok = hits.some((h) => spans.get(l)!.some((sp) => overlaps(h, sp)) || namesOf.get(h.skillId)?.has(norm(l.name)));
      if (ok) found++;
      else misses.push(`${row.id}: ${l.name} [${l.forms.join(' | ')}]`);
    }
    // Precision over distinct skills predicted in the posting (any labelled skill, tech or soft, counts as right).
    const bySkill = new Map<string, SkillHit[]>();
    for (const h of hits) bySkill.set(h.skillId, [...(bySkill.get(h.skillId) ?? []), h]);
    for (const [id, hs] of bySkill) {
      predicted++;
      const names = namesOf.get(id)!;
      const ok =
        [...names].some((n) => labelNames.has(n)) ||
        hs.some((h) => [...spans.values()].some((sps) => sps.some((sp) => overlaps(h, sp))));
      if (ok) correct++;
      else wrong.push(`${row.id}: ${id} ← "${hs[0]!.text}" …${row.text.slice(Math.max(0, hs[0]!.start - 30), hs[0]!.end + 30).replace(/\s+/g, ' ')}…`);
    }
    for (const t of row.traps) {
      traps++;
      for (const [a] of occurrences(row.text, t.context)) {
        const at = row.text.toLowerCase().indexOf(t.form.toLowerCase(), a);
        if (at >= 0 && hits.some((h) => overlaps(h, [at, at + t.form.length]))) {
          trapHits++;
          wrong.push(`${row.id}: TRAP "${t.form}" in "${t.context}"`);
          break;
        }
      }
    }
  }
  if (showMisses) {
    console.log('— missed —\n' + misses.join('\n'));
    console.log('— wrong —\n' + wrong.join('\n'));
  }
  const recall = found / labelled;
  const precision = correct / predicted;
  return { postings: rows.length, labelled, recall, precision, f1: (2 * recall * precision) / (recall + precision), predicted, traps, trap_hits: trapHits };
}

function skillspan() {
  const path = `${SHARED}fixtures/eval/skillspan/data__conll__skillspan_tech_dev.conll`;
  if (!existsSync(path)) return null;
  const sentences = readFileSync(path, 'utf8').split(/\n\s*\n/);
  let spans = 0;
  let spansFound = 0;
  let hitsTotal = 0;
  let hitsInside = 0;
  for (const block of sentences) {
    const rows = block.split('\n').filter(Boolean).map((l) => l.split('\t'));
    if (rows.length === 0) continue;
    let text = '';
    const knowledge: Array<[number, number]> = [];
    const any: Array<[number, number]> = [];
    let openK: number | null = null;
    let openA: number | null = null;
    let lastEnd = 0;
    for (const [tok = '', skillTag = 'O', knowTag = 'O'] of rows) {
      if (text) text += ' ';
      const start = text.length;
      text += tok;
      const end = text.length;
      if (openK !== null && knowTag !== 'I-Knowledge') (knowledge.push([openK, lastEnd]), (openK = null));
      if (knowTag === 'B-Knowledge') openK = start;
      const labelled = skillTag !== 'O' || knowTag !== 'O';
      const begins = skillTag.startsWith('B') || knowTag.startsWith('B');
      if (openA !== null && (!labelled || begins)) (any.push([openA, lastEnd]), (openA = null));
      if (labelled && openA === null) openA = start;
      lastEnd = end;
    }
    if (openK !== null) knowledge.push([openK, lastEnd]);
    if (openA !== null) any.push([openA, lastEnd]);
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
const result = {
  hn_dev: hn(hnDev(), misses),
  hn_skills_tune: hn(hnSkills('tune'), misses),
  // Figures only: its errors are never shown, so nothing is tuned on them.
  hn_skills_report: hn(hnSkills('report'), false),
  skillspan_tech_dev: skillspan(),
};
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
  line('hn-dev (tuned on)', result.hn_dev, '');
  line('hn-skills tune', result.hn_skills_tune, '');
  line('hn-skills report', result.hn_skills_report, ' — targets: recall ≥ 0.90, precision ≥ 0.95, trap hits ≤ 3%');
  const s = result.skillspan_tech_dev;
  if (s)
    console.log(
      `skillspan tech dev: KNOWLEDGE span recall ${f(s.knowledge_recall)} of ${s.knowledge_spans}; ${f(s.hits_inside_labelled)} of ${s.hits} hits inside a labelled span`,
    );
}
