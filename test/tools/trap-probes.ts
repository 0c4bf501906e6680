/** `npx tsx test/tools/trap-probes.ts [batch]`: the trap probes' score per class (test/unit/trap-probes.ts), and what fails. */
import * as probes from '../unit/trap-probes';

const which = process.argv[2];
for (const [name, list] of Object.entries(probes)) {
  if (!Array.isArray(list) || (which && !name.includes(which))) continue;
  const by = new Map<string, { ok: number; n: number }>();
  const fails: string[] = [];
  for (const p of list as probes.Probe[]) {
    const f = probes.probeFailures(p);
    const c = by.get(p.cls) ?? { ok: 0, n: 0 };
    c.n++;
    if (f.length === 0) c.ok++;
    else fails.push(`  [${p.cls}] ${p.text} — ${f.join('; ')}`);
    by.set(p.cls, c);
  }
  const tot = [...by.values()].reduce((a, c) => ({ ok: a.ok + c.ok, n: a.n + c.n }), { ok: 0, n: 0 });
  console.log(`${name}: ${tot.ok}/${tot.n} — ` + [...by].map(([k, c]) => `${k} ${c.ok}/${c.n}`).join(', '));
  if (fails.length) console.log(fails.join('\n'));
}
