/**
 * `npx tsx test/tools/items-probe.ts FILE [--misses]`: each judged line of FILE (jsonl: line, ask, cls), set between two
 * asks in a "Good fit if you:" list of a minimal posting, as requirementItems reads it: an ask must give an item of
 * its own text, a non-ask none. Prints asks kept and noise kept, by class with --misses.
 */
import { readFileSync } from 'node:fs';
import { postingFromText } from '../../lib/posting/text';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

const { matcher, taxonomy } = bundled();
const find = (text: string) => findSkills(matcher, text);
const options = { skillInfo: (id: string) => taxonomy.byId.get(id) };
const lines = readFileSync(process.argv[2]!, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { line: string; ask: boolean; cls: string });
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
  if (process.argv.includes('--misses') && kept !== ask) console.log(`${ask ? 'ask dropped' : 'noise kept'} [${cls}]: ${line}`);
}
console.log(`asks kept ${tally.asksKept}/${tally.asks}, noise kept ${tally.noiseKept}/${tally.noise}`);
