/**
 * `npm run eval:requirements`: accuracy of posting facts and any-of skill groups
 * on postings labelled by hand (test/fixtures/labels/requirements.jsonl: corpus
 * ids and labelled values; the texts stay in ../shared/fixtures/corpus).
 * Figures are printed separately for each part: `tune` (seen while tuning)
 * and `report` (labelled blind, its errors never looked at while tuning; any
 * row whose errors were looked at moves to `tune`). Per fact: right, and
 * precision / recall of non-null values; per requirement kind (rows labelled
 * with `kinds`): precision / recall of "the posting has an item of this kind".
 * Then any-of groups on SkillSpan train sentences (../shared/fixtures/eval/skillspan, each read as one
 * requirement bullet; labels in test/fixtures/labels/anyof-skillspan.jsonl), its own tune and report parts.
 * Then any-of groups on requirement lines written fresh for the project (test/fixtures/labels/anyof-fresh.jsonl, labelled
 * blind; odd id tune, even id report), each batch's figure apart (its first read is the honest measure of carry-over).
 *   --misses  lists each wrong fact and each group not found, on the tune part (HN postings, SkillSpan sentences by index, fresh lines by id)
 *             (the report part's only with --report, for adjudicating labels, never while tuning)
 *   --json    prints one object
 *   --rows S  only the rows whose `labelled` note contains S (a session's new rows, measured before and after tuning)
 *   --ids FILE  only the rows whose ids FILE lists (one a line; test/bench/rows-s35-groups.txt: session 35's blind rows)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { INDUSTRY_WORDS } from '../../lib/requirements/industries';
import { requirementItems } from '../../lib/requirements/items';
import { isTerm, termText } from '../../lib/requirements/terms';
import type { PostingFacts } from '../../lib/requirements/types';
import { findSkills, skillForms } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';
import { ROOT, sharedFixture } from '../helpers';
import { corpusTextsOrExit } from './corpus';

interface Label {
  id: number;
  split: 'tune' | 'holdout' | 'report';
  facts: {
    yearsMin: number | null;
    workMode: string | null;
    salary: { min: number | null; max: number | null; currency: string; period: string } | null;
    sponsorship: boolean | null;
    clearance: string | null;
    degree: { level: string; required: boolean } | null;
  };
  groups: string[][];
  /** The kinds of requirement other than skills the posting asks (years, degree, clearance, authorization, language). */
  kinds?: string[];
  /** How and when the row was labelled. */
  labelled?: string;
}

/** A name the taxonomy does not know, as a key: lowercased, words joined by "-", a final plural "s" dropped. */
const unknownKey = (words: string): string => `?${words.toLowerCase().replace(/[^a-z0-9+#]+/g, '-').replace(/^-|-$/g, '').replace(/(?<=[a-z]{3})s$/, '')}`;

const FACTS = ['yearsMin', 'workMode', 'salary', 'sponsorship', 'clearance', 'degree'] as const;
type Fact = (typeof FACTS)[number];

const texts = corpusTextsOrExit();
const rowsAt = process.argv.indexOf('--rows');
const rowsOf = rowsAt >= 0 ? process.argv[rowsAt + 1] : undefined;
// `--ids FILE`: only the rows whose ids FILE lists (one a line), e.g. a session's new blind rows, measured before and after tuning.
const idsAt = process.argv.indexOf('--ids');
const idsOf = idsAt >= 0 ? new Set(readFileSync(process.argv[idsAt + 1]!, 'utf8').split('\n').filter((l) => l.trim()).map(Number)) : undefined;
const labels = readFileSync(`${ROOT}test/fixtures/labels/requirements.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Label)
  .filter((l) => !rowsOf || (l.labelled ?? '').includes(rowsOf))
  .filter((l) => !idsOf || idsOf.has(l.id));

const { taxonomy, matcher } = bundled();
/**
 * A labelled id the taxonomy did not know when it was labelled ("pcf", "real-money-platform") stands for the skill that
 * has since taken it as a name or alias (Cloud Foundry, real-money gaming), when exactly one skill has that form.
 */
const byForm = (() => {
  const owners = new Map<string, Set<string>>();
  for (const skill of taxonomy.skills)
    for (const [form] of skillForms(skill)) {
      const k = unknownKey(form);
      owners.set(k, (owners.get(k) ?? new Set()).add(skill.id));
    }
  return new Map([...owners].filter(([, ids]) => ids.size === 1).map(([k, ids]) => [k, [...ids][0]!]));
})();
/**
 * An industry labelled in the posting's words ("healthcare", "banking") stands for the taxonomy's industry whose words
 * (lib/requirements/industries.ts, the table the items and the match read industries by) name it whole, when exactly
 * one does: the code gives the industry ("fintech or healthcare" is fintech or health-tech), a labeller may write the word.
 */
const byIndustry = (id: string): string | undefined => {
  const words = id.replace(/-/g, ' ');
  const owners = INDUSTRY_WORDS.filter((i) => i.inTaxonomy && i.words.exec(words)?.[0].length === words.length);
  return owners.length === 1 ? owners[0]!.id : undefined;
};
const find = (t: string) => findSkills(matcher, t);
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);

const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= Math.max(1, 0.01 * Math.abs(b)));

/** The value a fact is judged on: equal values are right. */
function same(fact: Fact, got: PostingFacts, want: Label['facts']): boolean {
  switch (fact) {
    case 'salary': {
      const g = got.salary;
      const w = want.salary;
      if (!g || !w) return g === w;
      return near(g.min, w.min) && near(g.max, w.max) && g.currency === w.currency && g.period === w.period;
    }
    case 'clearance':
      return (got.clearance === null) === (want.clearance === null);
    case 'degree': {
      const g = got.degree;
      const w = want.degree;
      if (!g || !w) return g === w;
      return g.level === w.level && g.required === w.required;
    }
    default:
      return got[fact] === want[fact];
  }
}

interface Tally {
  n: number;
  right: number;
  predicted: number; // non-null predictions
  predictedRight: number;
  labelled: number; // non-null labels
  labelledFound: number;
}
interface GroupTally {
  labelled: number;
  found: number;
  foundSeen: number;
  seen: number; // labelled groups with ≥ 2 of their ids found by the matcher in the text
  predicted: number; // any-of groups the code gave
  spurious: number; // … that overlap no labelled any-of group
}

const KINDS = ['years', 'degree', 'clearance', 'authorization', 'language'] as const;
interface KindTally {
  predicted: number;
  predictedRight: number;
  labelled: number;
  labelledFound: number;
}

const misses: string[] = [];

/** Tallies one text's any-of groups (given by the code) against its labelled groups; each miss is noted under `where`. */
function scoreGroups(where: string, text: string, anyOf: string[][], labelled: string[][], groups: GroupTally): void {
  const inText = new Set(find(text).map((h) => h.skillId));
  const key = (id: string) => (taxonomy.byId.has(id) ? id : (byForm.get(unknownKey(id)) ?? unknownKey(id)));
  // (An industry in words is met by the option in those words or by the industry they name.)
  // (An option in words spelled as the labelled name meets it, though the taxonomy has the name as another skill's alias:
  // the term "CCNA" for the labelled "ccna", which the taxonomy files under Cisco.)
  const meets = (g: string[], id: string) => g.includes(key(id)) || (!taxonomy.byId.has(id) && (g.includes(byIndustry(id) ?? key(id)) || g.includes(unknownKey(id))));
  for (const want of labelled) {
    groups.labelled++;
    const ok = anyOf.some((g) => want.every((id) => meets(g, id)));
    if (ok) groups.found++;
    const seen = want.filter((id) => inText.has(id));
    if (seen.length >= 2) {
      groups.seen++;
      if (anyOf.some((g) => seen.every((id) => g.includes(id)))) groups.foundSeen++;
    }
    if (!ok) misses.push(`${where} group ${JSON.stringify(want)} not found; any-of given: ${JSON.stringify(anyOf)}`);
  }
  for (const g of anyOf) {
    groups.predicted++;
    if (!labelled.some((w) => w.filter((id) => meets(g, id)).length >= 2)) {
      groups.spurious++;
      misses.push(`${where} spurious any-of ${JSON.stringify(g)}`);
    }
  }
}

/** The any-of groups (options ≥ 2) of items, an option in words keyed as the unknown name it spells. */
// An option in words (`term:health tech`, lib/requirements/terms.ts) stands for the labelled id the taxonomy does not
// know that its words spell (`health-tech`), a plural written or not ("marketplace" for "marketplaces").
const anyOfGroups = (items: ReturnType<typeof requirementItems>): string[][] =>
  items.flatMap((i) => i.groups).filter((g) => g.length > 1).map((g) => g.map((id) => (isTerm(id) ? unknownKey(termText(id)) : id)));
const result: Record<string, { facts: Record<Fact, Tally>; groups: GroupTally; kinds: Record<string, KindTally>; kindRows: number; postings: number }> = {};
const splits = (['tune', 'holdout', 'report'] as const).filter((s) => labels.some((l) => l.split === s));
for (const split of splits) {
  const facts = Object.fromEntries(FACTS.map((f) => [f, { n: 0, right: 0, predicted: 0, predictedRight: 0, labelled: 0, labelledFound: 0 }])) as Record<Fact, Tally>;
  const groups: GroupTally = { labelled: 0, found: 0, foundSeen: 0, seen: 0, predicted: 0, spurious: 0 };
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { predicted: 0, predictedRight: 0, labelled: 0, labelledFound: 0 }])) as Record<string, KindTally>;
  let kindRows = 0;
  const rows = labels.filter((l) => l.split === split);
  for (const label of rows) {
    const text = texts.get(label.id);
    if (text === undefined) throw new Error(`label ${label.id} is not in the corpus`);
    const posting = postingFromText(text);
    const got = postingFacts(posting);
    for (const f of FACTS) {
      const t = facts[f];
      const ok = same(f, got, label.facts);
      t.n++;
      if (ok) t.right++;
      if (got[f] !== null) {
        t.predicted++;
        if (ok) t.predictedRight++;
      }
      if (label.facts[f] !== null) {
        t.labelled++;
        if (ok) t.labelledFound++;
      }
      if (!ok) misses.push(`${split} ${label.id} ${f}: got ${JSON.stringify(got[f])}, want ${JSON.stringify(label.facts[f])}`);
    }
    // As the extension reads them: the matcher's skills less those the posting's context rules out (lib/analyze.ts).
    const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
    const anyOf = anyOfGroups(items);
    if (label.kinds) {
      kindRows++;
      // An item asks each kind it is judged on: "5+ years, BS in CS or equivalent" asks years and a degree (lib/match/requirements.ts).
      const kindsOf = (i: (typeof items)[number]) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])];
      const given = new Set<string>(items.flatMap(kindsOf));
      for (const k of KINDS) {
        const t = kinds[k]!;
        const want = label.kinds.includes(k);
        const got = given.has(k);
        if (got) t.predicted++;
        if (want) t.labelled++;
        if (got && want) {
          t.predictedRight++;
          t.labelledFound++;
        }
        if (got !== want) {
          const item = items.find((i) => kindsOf(i).includes(k));
          misses.push(`${split} ${label.id} kind ${k}: ${got ? `given (${JSON.stringify(item?.text.slice(0, 90))}), not labelled` : 'labelled, no item of it'}`);
        }
      }
    }
    scoreGroups(`${split} ${label.id}`, text, anyOf, label.groups, groups);
  }
  result[split] = { facts, groups, kinds, kindRows, postings: rows.length };
}

// SkillSpan train sentences (../shared/fixtures/eval/skillspan, StackOverflow postings, one token a line), labelled
// blind in test/fixtures/labels/anyof-skillspan.jsonl by sentence index and a hash of the joined text (never the text).
// Each sentence is read as one bullet of a requirements section; only its any-of groups are judged.
interface SpanLabel {
  n: number;
  sha: string;
  split: 'tune' | 'report';
  groups: string[][];
  labelled: string;
}
const SPAN = 'eval/skillspan/data__conll__skillspan_tech_train.conll';
const spanResult: Record<string, { groups: GroupTally; sentences: number }> = {};
const spanPath = sharedFixture(SPAN);
if (spanPath) {
  const sentences = spanSentences(readFileSync(spanPath, 'utf8'));
  const spanLabels = readFileSync(`${ROOT}test/fixtures/labels/anyof-skillspan.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SpanLabel);
  for (const split of ['tune', 'report'] as const) {
    const groups: GroupTally = { labelled: 0, found: 0, foundSeen: 0, seen: 0, predicted: 0, spurious: 0 };
    const rows = spanLabels.filter((l) => l.split === split);
    for (const label of rows) {
      const text = sentences[label.n];
      if (text === undefined || createHash('sha1').update(text).digest('hex').slice(0, 12) !== label.sha) throw new Error(`skillspan sentence ${label.n} is not the one labelled`);
      const posting = postingFromText(`Requirements:\n• ${text}\n`);
      const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
      scoreGroups(`skillspan-${split} ${label.n}`, text, anyOfGroups(items), label.groups, groups);
    }
    spanResult[split] = { groups, sentences: rows.length };
  }
}

// Requirement lines written fresh by the project (test/fixtures/labels/anyof-fresh.jsonl, text and groups inline; odd id
// tune, even id report, fixed before the lines were written), each labelled blind: bullets, sentences, a lead-in line
// with its list under it, a table's row flattened to text. A line of one row is read as one bullet of a requirements
// section; a text of several lines (a lead-in and its list) as written under the heading.
interface FreshLabel {
  id: number;
  split: 'tune' | 'report';
  text: string;
  groups: string[][];
  batch?: number;
}
const freshResult: Record<string, { groups: GroupTally; lines: number; batches: Record<number, GroupTally> }> = {};
{
  const freshLabels = readFileSync(`${ROOT}test/fixtures/labels/anyof-fresh.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FreshLabel);
  for (const split of ['tune', 'report'] as const) {
    const groups: GroupTally = { labelled: 0, found: 0, foundSeen: 0, seen: 0, predicted: 0, spurious: 0 };
    const batches: Record<number, GroupTally> = {};
    const rows = freshLabels.filter((l) => l.split === split);
    for (const label of rows) {
      const posting = postingFromText(`Requirements:\n${label.text.includes('\n') ? label.text : `\u2022 ${label.text}`}\n`);
      const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
      const batch = (batches[label.batch ?? 1] ??= { labelled: 0, found: 0, foundSeen: 0, seen: 0, predicted: 0, spurious: 0 });
      const before = { ...groups };
      scoreGroups(`fresh-${split} ${label.id}`, label.text, anyOfGroups(items), label.groups, groups);
      for (const k of Object.keys(batch) as (keyof GroupTally)[]) batch[k] += groups[k] - before[k];
    }
    freshResult[split] = { groups, lines: rows.length, batches };
  }
}

/** The sentences of a CoNLL file (a token and its tags a line, a blank line between sentences), joined as written: no space before closing punctuation or after an opening bracket. */
function spanSentences(conll: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (!cur.length) return;
    out.push(
      cur
        .join(' ')
        .replace(/ ([.,;:!?)\]])/g, '$1')
        .replace(/([([]) /g, '$1')
        .replace(/ (n't|'s|'re|'ll|'ve|'m|'d)\b/g, '$1')
        .replace(/ \/ /g, '/'),
    );
    cur = [];
  };
  for (const line of conll.split('\n')) {
    if (!line.trim()) flush();
    else cur.push(line.split('\t')[0]!);
  }
  flush();
  return out;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : 'n/a');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...result, skillspan: spanResult, fresh: freshResult }));
} else {
  for (const [split, r] of Object.entries(result)) {
    console.log(`\n${split} (${r.postings} postings)`);
    console.log('  fact          right   precision  recall   (non-null: predicted / labelled)');
    for (const f of FACTS) {
      const t = r.facts[f];
      console.log(
        `  ${f.padEnd(12)}  ${pct(t.right, t.n).padStart(5)}   ${pct(t.predictedRight, t.predicted).padStart(9)}  ${pct(t.labelledFound, t.labelled).padStart(6)}   (${t.predicted} / ${t.labelled})`,
      );
    }
    const g = r.groups;
    console.log(`  any-of groups found: ${pct(g.found, g.labelled)} (${g.found}/${g.labelled}); of those whose skills the taxonomy knows: ${pct(g.foundSeen, g.seen)} (${g.foundSeen}/${g.seen})`);
    console.log(`  any-of groups given: ${g.predicted}, overlapping no labelled group: ${g.spurious}`);
    if (r.kindRows) {
      console.log(`  requirement kind (${r.kindRows} postings with kinds labelled)   precision  recall   (postings: given / labelled)`);
      for (const k of KINDS) {
        const t = r.kinds[k]!;
        console.log(`  ${k.padEnd(14)}  ${pct(t.predictedRight, t.predicted).padStart(30)}  ${pct(t.labelledFound, t.labelled).padStart(6)}   (${t.predicted} / ${t.labelled})`);
      }
    }
  }
  for (const [split, r] of Object.entries(spanResult)) {
    const g = r.groups;
    console.log(`\nskillspan-train ${split} (${r.sentences} sentences, each one bullet)`);
    console.log(`  any-of groups found: ${pct(g.found, g.labelled)} (${g.found}/${g.labelled}); of those whose skills the taxonomy knows: ${pct(g.foundSeen, g.seen)} (${g.foundSeen}/${g.seen})`);
    console.log(`  any-of groups given: ${g.predicted}, overlapping no labelled group: ${g.spurious}`);
  }
  for (const [split, r] of Object.entries(freshResult)) {
    const g = r.groups;
    console.log(`\nfresh any-of ${split}: groups found ${g.found}/${g.labelled} (${pct(g.found, g.labelled)}; ${r.lines} lines written fresh, test/fixtures/labels/anyof-fresh.jsonl)`);
    for (const [b, t] of Object.entries(r.batches)) console.log(`  batch ${b}: groups found ${t.found}/${t.labelled} (${pct(t.found, t.labelled)}); given ${t.predicted}, overlapping no labelled group ${t.spurious}`);
    console.log(`  any-of groups given: ${g.predicted}, overlapping no labelled group: ${g.spurious}`);
  }
  if (process.argv.includes('--misses')) {
    // The report part's errors are listed only when asked by name (`--misses --report`): whoever tunes must not see them.
    const only = process.argv.includes('--report') ? 'report ' : process.argv.includes('--holdout') ? 'holdout ' : 'tune ';
    console.log('\n' + misses.filter((m) => m.startsWith(only) || m.startsWith(`skillspan-${only}`) || m.startsWith(`fresh-${only}`)).join('\n'));
  }
}

// Short postings written fresh in sessions 41 to 44 and 47 to 61 (test/fixtures/labels/kinds-fresh-s41.jsonl … kinds-fresh-s44.jsonl,
// kinds-fresh-s47.jsonl … kinds-fresh-s61.jsonl: text and labels inline, each labelled by hand before the code read it; odd `n` tune,
// even `n` report, decided before any was written): requirement kinds and facts on wordings nobody wrote a rule for, each read
// whole as it stands (issue #12). Each file's batches are printed apart: a batch's first read, kept in the commit that added it,
// is its measure.
//   --unread SET:BATCH  (repeatable) neither reads nor prints that batch (`--unread s48:2`): a batch kept for the carry-over
//                       measure stays unread while the fixes are made, its first read taken after they are committed
//   --set SET           only that file's batches (`--set s48`)
const unread = new Set(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--unread' ? [a] : [])));
const setAt = process.argv.indexOf('--set');
const onlySet = setAt >= 0 ? process.argv[setAt + 1] : undefined;
for (const set of ['s41', 's42', 's43', 's44', 's47', 's48', 's49', 's50', 's51', 's52', 's53', 's54', 's55', 's56', 's57', 's58', 's59', 's60', 's61'].filter((s) => !onlySet || s === onlySet)) {
  interface FreshRow {
    n: number;
    split: 'tune' | 'report';
    batch: number;
    text: string;
    kinds: string[];
    facts: Label['facts'];
  }
  const fresh = readFileSync(`${ROOT}test/fixtures/labels/kinds-fresh-${set}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as FreshRow);
  const freshMisses: string[] = [];
  const lines: string[] = [];
  for (const batch of [...new Set(fresh.map((r) => r.batch))].filter((b) => !unread.has(`${set}:${b}`)))
    for (const split of ['tune', 'report'] as const) {
      const rows = fresh.filter((r) => r.batch === batch && r.split === split);
      const facts = Object.fromEntries(FACTS.map((f) => [f, { n: 0, right: 0, predicted: 0, predictedRight: 0, labelled: 0, labelledFound: 0 }])) as Record<Fact, Tally>;
      const kinds = Object.fromEntries(KINDS.map((k) => [k, { predicted: 0, predictedRight: 0, labelled: 0, labelledFound: 0 }])) as Record<string, KindTally>;
      for (const row of rows) {
        const posting = postingFromText(row.text);
        const got = postingFacts(posting);
        for (const f of FACTS) {
          const t = facts[f];
          const ok = same(f, got, row.facts);
          t.n++;
          if (ok) t.right++;
          if (got[f] !== null) t.predicted++;
          if (got[f] !== null && ok) t.predictedRight++;
          if (row.facts[f] !== null) t.labelled++;
          if (row.facts[f] !== null && ok) t.labelledFound++;
          if (!ok) freshMisses.push(`${split} fresh-${set} ${row.n} ${f}: got ${JSON.stringify(got[f])}, want ${JSON.stringify(row.facts[f])}`);
        }
        const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
        const kindsOf = (i: (typeof items)[number]) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])];
        const given = new Set<string>(items.flatMap(kindsOf));
        for (const k of KINDS) {
          const t = kinds[k]!;
          const want = row.kinds.includes(k);
          const has = given.has(k);
          if (has) t.predicted++;
          if (want) t.labelled++;
          if (has && want) t.predictedRight++;
          if (has && want) t.labelledFound++;
          if (has !== want) {
            const item = items.find((i) => kindsOf(i).includes(k));
            freshMisses.push(`${split} fresh-${set} ${row.n} kind ${k}: ${has ? `given (${JSON.stringify(item?.text.slice(0, 90))}), not labelled` : 'labelled, no item of it'}`);
          }
        }
      }
      lines.push(`\nfresh ${set} batch ${batch} ${split} (${rows.length} short postings written fresh)`);
      lines.push('  fact          right   precision  recall   (non-null: predicted / labelled)');
      for (const f of FACTS) {
        const t = facts[f];
        lines.push(`  ${f.padEnd(12)}  ${pct(t.right, t.n).padStart(5)}   ${pct(t.predictedRight, t.predicted).padStart(9)}  ${pct(t.labelledFound, t.labelled).padStart(6)}   (${t.predicted} / ${t.labelled})`);
      }
      lines.push('  requirement kind                         precision  recall   (postings: given / labelled)');
      for (const k of KINDS) {
        const t = kinds[k]!;
        lines.push(`  ${k.padEnd(14)}  ${pct(t.predictedRight, t.predicted).padStart(30)}  ${pct(t.labelledFound, t.labelled).padStart(6)}   (${t.predicted} / ${t.labelled})`);
      }
    }
  if (!process.argv.includes('--json')) {
    console.log(lines.join('\n'));
    // As above: the report rows' errors only when asked by name, never while tuning.
    if (process.argv.includes('--misses')) console.log('\n' + freshMisses.filter((m) => m.startsWith(process.argv.includes('--report') ? 'report ' : 'tune ')).join('\n'));
  }
}
