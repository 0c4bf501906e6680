/**
 * `npx tsx test/tools/own-probe.ts [FILE] [--misses]`: the employer's own product and what it supports (issue #13, session 37).
 * Each line of FILE (default test/tools/own-judged-s37.jsonl) is a sentence written fresh and judged blind: on "own" lines
 * the named tools are the product's features, integrations or supported tools (traps: no skill may come out), on "stack"
 * lines the same kind of tools are the team's stack or asked of the candidate (asks: each must come out). Extracted as
 * test/unit/trap-probes.ts's keptSpans does (the sentence in a small posting, the line's company its first line).
 * A form the taxonomy does not know ("Experience with X." gives nothing) is left out of the figures.
 */
import { readFileSync } from 'node:fs';
import { keptSpans } from '../unit/trap-probes';

interface Row { id: string; cls: string; text: string; company?: string; traps?: string[]; asks?: string[] }

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'test/tools/own-judged-s37.jsonl';
const showMisses = args.includes('--misses');
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const known = (form: string): boolean => keptSpans({ text: `Experience with ${form} is required.` }).length > 0;
const over = (spans: Array<{ start: number; end: number }>, text: string, form: string): boolean => {
  const a = text.indexOf(form);
  if (a < 0) throw new Error(`"${form}" is not in: ${text}`);
  return spans.some((s) => s.start < a + form.length && s.end > a);
};
let traps = 0, kept = 0, asks = 0, found = 0, unknown = 0;
const out: string[] = [];
for (const r of rows) {
  const spans = keptSpans(r);
  for (const w of r.traps ?? []) {
    if (!known(w)) { unknown++; continue; }
    traps++;
    if (over(spans, r.text, w)) { kept++; out.push(`  false ${r.id} ${w}: ${r.text}`); }
  }
  for (const w of r.asks ?? []) {
    if (!known(w)) { unknown++; continue; }
    asks++;
    if (over(spans, r.text, w)) found++;
    else out.push(`  miss ${r.id} ${w}: ${r.text}`);
  }
}
console.log(`own-probe ${file}: product mentions kept ${kept}/${traps} (false skills), stack mentions found ${found}/${asks}; ${unknown} forms the taxonomy does not know`);
if (showMisses && out.length) console.log(out.join('\n'));
