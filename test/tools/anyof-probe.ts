/**
 * `npx tsx test/tools/anyof-probe.ts FILE`: each line of FILE (a sentence written fresh) read as one bullet of a
 * posting's requirements part; prints the items the code gives (importance, kind, groups). With lines of the form
 * `sentence<TAB>expected-json` (expected: the groups a careful reader reads, `[]` for no item asked, or
 * `{ "groups", "atLeast" }` for a pick of more than one), prints a verdict a
 * line and the agreement. A line starting `@ ` is read in a posting with no headings instead. For scoring a batch of fresh sentences before and after a rule (issue #12).
 */
import { readFileSync } from 'node:fs';
import { askedFinder, type Engine } from '../../lib/analyze';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { bundled } from '../../lib/skills/taxonomy';

const { taxonomy, matcher } = bundled();
const engine: Engine = { taxonomy, matcher };
const skillInfo = (id: string) => taxonomy.byId.get(id);
const file = process.argv[2];
if (!file) throw new Error('usage: anyof-probe.ts FILE');
const norm = (gs: string[][]) => JSON.stringify(gs.map((g) => [...g].sort()).sort((a, b) => a.join().localeCompare(b.join())));
let judged = 0;
let agree = 0;
for (const raw of readFileSync(file, 'utf8').split('\n')) {
  if (!raw.trim() || raw.startsWith('#')) continue;
  const [line, want] = raw.split('\t');
  // A line starting "@ " stands in a posting with no headings, after a sentence about the company (where stack lines are told).
  const posting = postingFromText(line!.startsWith('@ ') ? `Acme | Engineer | Remote\n\nWe build payroll software for bakeries.\n\n${line!.slice(2)}\n` : `Acme | Engineer | Remote\n\nRequirements:\n- ${line}\n`);
  const items = requirementItems(posting, askedFinder(engine, posting), { skillInfo });
  const got = items.filter((i) => i.kind !== 'authorization' || /visa|sponsor|authori/i.test(line!));
  const shown = got.map((i) => `${i.importance[0]}/${i.kind} ${JSON.stringify(i.groups)}${(i as { atLeast?: number[] }).atLeast ? ` atLeast ${JSON.stringify((i as { atLeast?: number[] }).atLeast)}` : ''}`).join(' | ');
  if (want === undefined) {
    console.log(`${line}\n   ${shown || '(no item)'}`);
    continue;
  }
  judged++;
  // Expected: the groups, or { groups, atLeast } when a group needs more than one of its skills ("at least two of …").
  const parsed = JSON.parse(want) as string[][] | { groups: string[][]; atLeast: number[] };
  const expected = Array.isArray(parsed) ? parsed : parsed.groups;
  const atLeast = Array.isArray(parsed) ? undefined : parsed.atLeast;
  const gotGroups = got.flatMap((i) => i.groups);
  const gotAtLeast = got.map((i) => (i as { atLeast?: number[] }).atLeast).find((a) => a !== undefined);
  const ok = norm(gotGroups) === norm(expected) && (expected.length > 0 || got.length === 0) && JSON.stringify(gotAtLeast) === JSON.stringify(atLeast);
  if (ok) agree++;
  console.log(`${ok ? 'ok ' : 'BAD'} ${line}\n   got ${shown || '(no item)'}${ok ? '' : `\n   want ${want}`}`);
}
if (judged) console.log(`${agree}/${judged} agree`);
