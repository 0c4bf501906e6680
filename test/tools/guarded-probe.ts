/**
 * `npx tsx test/tools/guarded-probe.ts [FILE] [--misses]`: guarded tool names (issue #13) on judged lines.
 * Each line of FILE (default test/tools/guarded-judged-s36.jsonl) is a sentence written fresh, a form in it
 * and the skill a reader takes that form for (null where it is ordinary English or another sense). The sentence
 * is set in a small posting and extracted as lib/analyze.ts does (test/unit/trap-probes.ts's keptSpans).
 * Prints the recall on the tool lines and the false hits on the others: a kept mention of the tool a form names on
 * some tool line ("Salt" → salt); another skill over the form ("linear algebra" → linear-algebra) is counted apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { keptSpans } from '../unit/trap-probes';

interface Judged { id: string; text: string; form: string; skill: string | null }

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'test/tools/guarded-judged-s36.jsonl';
const showMisses = args.includes('--misses');
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Judged);
// The tool each form names, from the tool lines of every judged file here (a counter-example's form may be a tool of another file's).
const judged = readdirSync('test/tools').filter((f) => /^guarded-judged-.*\.jsonl$/.test(f));
const all = judged.flatMap((f) => readFileSync(`test/tools/${f}`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Judged));
const toolOf = new Map<string, Set<string>>();
for (const r of [...rows, ...all]) if (r.skill) toolOf.set(r.form.toLowerCase(), (toolOf.get(r.form.toLowerCase()) ?? new Set()).add(r.skill));
let tools = 0, found = 0, others = 0, hits = 0, elsewhere = 0;
const out: string[] = [];
for (const r of rows) {
  const a = r.text.indexOf(r.form);
  const b = a + r.form.length;
  const over = keptSpans(r).filter((s) => s.start < b && s.end > a);
  if (r.skill) {
    tools++;
    if (over.some((s) => s.id === r.skill)) found++;
    else out.push(`  miss ${r.id} ${r.form} (${r.skill}): ${r.text}${over.length ? ` [got ${over.map((s) => s.id).join(',')}]` : ''}`);
  } else {
    others++;
    const tool = toolOf.get(r.form.toLowerCase());
    if (over.some((s) => tool?.has(s.id))) {
      hits++;
      out.push(`  false ${r.id} ${r.form} → ${over.map((s) => s.id).join(',')}: ${r.text}`);
    } else if (over.length) {
      elsewhere++;
      out.push(`  other ${r.id} ${r.form} → ${over.map((s) => s.id).join(',')}: ${r.text}`);
    }
  }
}
console.log(`tool lines: ${found}/${tools} found (${((100 * found) / tools).toFixed(1)}%); other senses: ${hits}/${others} false hits of the tool (${elsewhere} more read as another skill)`);
if (showMisses) console.log(out.join('\n'));
