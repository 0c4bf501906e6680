/**
 * `npx tsx test/tools/items-probe.ts FILE [--misses] [--only PREFIX]`: each judged line of FILE (jsonl: line, ask, cls), set between two
 * asks in a "Good fit if you:" list of a minimal posting, as requirementItems reads it: an ask must give an item of
 * its own text, a non-ask none. Prints asks kept and noise kept, by class with --misses.
 * A line with `posting` (jsonl: id, cls, posting, asks [{at, importance, skills}], none [sentence starts]) is a whole
 * posting judged by hand: each ask (where its text `at` starts) must begin an item of its own, each sentence of `none`
 * lie in no item. Prints asks found (by importance; "stack" apart: the item model has no such importance), the
 * importance right, the skills named found, and noise kept.
 */
import { readFileSync } from 'node:fs';
import { askedFinder } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

const { matcher, taxonomy } = bundled();
const find = (text: string) => findSkills(matcher, text);
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
interface LineJudged {
  line: string;
  ask: boolean;
  cls: string;
}
interface PostingJudged {
  id: string;
  cls: string;
  posting: string;
  asks: { at: string; importance: 'required' | 'preferred' | 'stack'; skills: string[] }[];
  none: string[];
}
type Judged = LineJudged | PostingJudged;
const all = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Judged);
const lines = all.filter((l): l is LineJudged => 'line' in l);
// (--only PREFIX: the postings whose id starts so, "--only s36b-".)
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1]! : '';
const postings = all.filter((l): l is PostingJudged => 'posting' in l && l.id.startsWith(only));
const misses = process.argv.includes('--misses');
const tally = { asks: 0, asksKept: 0, noise: 0, noiseKept: 0 };
for (const { line, ask, cls } of lines) {
  const body = `Ferrowind | Backend Engineer | Remote\n\nGood fit if you:\n- Have shipped B2B software\n- ${line}\n- Know Terraform well\n`;
  const texts = requirementItems(postingFromText(body), find, options).map((i) => i.text.replace(/^[\s•*-]+/, ''));
  const kept = texts.some((t) => t !== 'Have shipped B2B software' && t !== 'Know Terraform well');
  if (ask) {
    tally.asks++;
    if (kept) tally.asksKept++;
  } else {
    tally.noise++;
    if (kept) tally.noiseKept++;
  }
  if (misses && kept !== ask) console.log(`${ask ? 'ask dropped' : 'noise kept'} [${cls}]: ${line}`);
}
if (lines.length) console.log(`asks kept ${tally.asksKept}/${tally.asks}, noise kept ${tally.noiseKept}/${tally.noise}`);

// Whole postings: an item is the ask's whose text starts last at or before the item's start (a few characters' slack),
// so one item holding two asks finds only the first.
const pt = { asks: 0, found: 0, rightImportance: 0, stack: 0, stackFound: 0, skills: 0, skillsFound: 0, noise: 0, noiseKept: 0 };
const engine = { taxonomy, matcher };
for (const p of postings) {
  const posting = postingFromText(p.posting);
  const items = requirementItems(posting, askedFinder(engine, posting), options);
  const at = (t: string) => p.posting.indexOf(t);
  const spans = items.map((i) => {
    const s = p.posting.slice(i.start, i.end) === i.text ? i.start : p.posting.indexOf(i.text);
    return { item: i, start: s, end: s + i.text.length };
  });
  const starts = p.asks.map((a) => at(a.at)).sort((x, y) => x - y);
  // (An item that holds the ask's start is its, whatever words come before it: "Because we handle records, experience in …".)
  const owners = spans.map((s) => starts.find((x) => x >= s.start - 3 && x < s.end) ?? starts.filter((x) => x <= s.start + 3).pop());
  for (const a of p.asks) {
    const from = at(a.at);
    const mine = spans.filter((s, k) => owners[k] === from && s.start < from + a.at.length + 80 && !/[.!?]\s/.test(p.posting.slice(from + a.at.length, s.start)));
    const found = mine.length > 0;
    const ids = new Set(mine.flatMap((s) => s.item.groups.flat()));
    const wanted = a.skills.map((k) => k.split('|').map((n) => find(n).map((h) => h.skillId)).flat());
    const got = wanted.filter((alts) => alts.some((id) => ids.has(id))).length;
    const importanceRight = found && mine.some((s) => s.item.importance === a.importance);
    if (a.importance === 'stack') {
      pt.stack++;
      if (found) pt.stackFound++;
    } else {
      pt.asks++;
      if (found) pt.found++;
      if (importanceRight) pt.rightImportance++;
      pt.skills += wanted.length;
      pt.skillsFound += got;
    }
    if (misses && (!found || (a.importance !== 'stack' && (!importanceRight || got < wanted.length))))
      console.log(`${p.id} ${!found ? (a.importance === 'stack' ? 'stack not asked' : 'ask dropped') : !importanceRight ? `read ${mine.map((s) => s.item.importance).join('/')}` : 'skills missed'} [${a.importance}${a.skills.length ? `: ${a.skills.join(', ')}` : ''}]: ${a.at}${found ? ` => ${mine.map((s) => `"${s.item.text.slice(0, 90)}" ${JSON.stringify(s.item.groups)}`).join(' | ')}` : ''}`);
  }
  for (const n of p.none) {
    const from = at(n);
    const kept = spans.filter((s) => s.start <= from + 3 && s.end > from + 3);
    pt.noise++;
    if (kept.length) {
      pt.noiseKept++;
      if (misses) console.log(`${p.id} noise kept: ${n} => "${kept[0]!.item.text.slice(0, 100)}"`);
    }
  }
}
if (postings.length)
  console.log(
    `postings ${postings.length}: asks found ${pt.found}/${pt.asks} (importance right ${pt.rightImportance}), skills of found and dropped asks ${pt.skillsFound}/${pt.skills}, stack sentences given as items ${pt.stackFound}/${pt.stack}, noise kept ${pt.noiseKept}/${pt.noise}`,
  );
