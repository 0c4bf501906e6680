/**
 * `npx tsx test/bench/sw-heap.ts [--ext DIR] [--analyses N] [--idle MS] [--save FILE.heapsnapshot]`: what the service worker's heap holds after
 * N analyses of a posting (then MS of idle, 0 unless given, then a forced GC), from a heap snapshot taken through the DevTools protocol:
 * used size, then self sizes by kind (irregexp native code of the regular expressions that ran,
 * other compiled code, bytecode, arrays, strings, objects), and the script sources kept off the heap.
 * `--regexps N` also lists the N regular expressions whose native code is largest. V8 compiles a pattern
 * once for subjects held one byte a character (Latin-1) and again for subjects held two (a string with a
 * character above U+00FF, and any slice of 13 characters or more of one), and keeps both; a string shorter
 * than 13 characters, "" and a single Latin-1 character are held one byte wherever their characters allow.
 * The snapshot numbers a regular expression's references in order and does not say which slot a code
 * object fills: a pattern with one code object was compiled for either representation (which one, only a
 * trace of the subjects tells), a pattern with two was compiled for both, and its second copy is what one
 * representation of its subjects would save. Where the bytes are; asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION, launch } from '../e2e/browser';
import { analyseLinkedIn } from './bench-resume';
import { attachWorker } from './worker-cdp';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ext = resolve(arg('ext') ?? EXTENSION);
const analyses = Number(arg('analyses') ?? 10);
const idle = Number(arg('idle') ?? 0);

const s = await launch({ extension: ext });
const popup = await analyseLinkedIn(s, analyses);

const cdp = await s.context.newCDPSession(popup);
const chunks: string[] = [];
const call = await attachWorker(cdp, s.extensionId, (method, params) => {
  if (method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(String(params.chunk));
});
if (!call) throw new Error('no service worker');
if (idle > 0) await new Promise((r) => setTimeout(r, idle));
await call('HeapProfiler.collectGarbage');
const used = Number((await call('Runtime.getHeapUsage')).result?.usedSize);
await call('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
await s.close();

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}
const raw = chunks.join('');
// `--save FILE`: the snapshot as DevTools reads it (Memory tab → Load), for a look at retainers.
if (arg('save')) writeFileSync(arg('save')!, raw);
const snap = JSON.parse(raw) as Snapshot;
const { node_fields: nf, node_types: [types], edge_fields: ef } = snap.snapshot.meta;
const N = nf.length;
const [TYPE, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number];
const TO = ef.indexOf('to_node');
const EDGE_NAME = ef.indexOf('name_or_index');
const nameOf = (i: number) => snap.strings[snap.nodes[i + NAME]!]!;
// Compiled code reached from a regular expression's data (through its code wrappers) is irregexp
// native code: the regexps that ran, compiled on their second run.
const firstEdge = new Map<number, number>();
for (let i = 0, e = 0; i < snap.nodes.length; i += N) {
  firstEdge.set(i, e);
  e += snap.nodes[i + EDGES]! * ef.length;
}
const codeOf = (i: number) => /^system \/ (Code|CodeWrapper|InstructionStream)$/.test(nameOf(i));
const regexpCode = new Set<number>();
/** Per regular expression (its source): native code bytes of its first and its second code object (see above: not one-byte and two-byte). */
const perRegExp = new Map<string, [number, number]>();
for (let i = 0; i < snap.nodes.length; i += N) {
  if (!nameOf(i).includes('IrRegExpData')) continue;
  const e0 = firstEdge.get(i)!;
  let source = '';
  const bytes: [number, number] = [0, 0];
  for (let k = 0; k < snap.nodes[i + EDGES]!; k++) {
    const at = e0 + k * ef.length;
    const to = snap.edges[at + TO]!;
    const slot = snap.edges[at + EDGE_NAME]!;
    if (slot === 0 && types[snap.nodes[to + TYPE]!] === 'string') source = nameOf(to);
    if (!codeOf(to) || regexpCode.has(to)) continue;
    // The data's hidden references: 0 and 1 its source, 2 its wrapper, then its code objects in order (3, and 4 when it has two).
    const stack = [to];
    regexpCode.add(to);
    while (stack.length) {
      const n = stack.pop()!;
      if (slot === 3) bytes[0] += snap.nodes[n + SIZE]!;
      else if (slot === 4) bytes[1] += snap.nodes[n + SIZE]!;
      const e = firstEdge.get(n)!;
      for (let j = 0; j < snap.nodes[n + EDGES]!; j++) {
        const next = snap.edges[e + j * ef.length + TO]!;
        if (codeOf(next) && !regexpCode.has(next)) {
          regexpCode.add(next);
          stack.push(next);
        }
      }
    }
  }
  const cur = perRegExp.get(source) ?? [0, 0];
  perRegExp.set(source, [cur[0] + bytes[0], cur[1] + bytes[1]]);
}
const by = new Map<string, number>();
let offHeap = 0;
for (let i = 0; i < snap.nodes.length; i += N) {
  const type = types[snap.nodes[i + TYPE]!]!;
  const name = nameOf(i);
  const size = snap.nodes[i + SIZE]!;
  if (name === 'system / ExternalStringData') offHeap += size;
  const kind = regexpCode.has(i)
    ? 'regexp native code'
    : name === 'system / InstructionStream' || name === 'system / Code'
      ? 'other compiled code (JIT)'
      : name === 'system / BytecodeArray'
        ? 'bytecode'
        : type === 'code'
          ? 'other code metadata'
          : type === 'native'
            ? 'native'
            : ['array', 'string', 'concatenated string', 'sliced string', 'number', 'closure', 'hidden'].includes(type)
              ? type
              : `object (${type})`;
  by.set(kind, (by.get(kind) ?? 0) + size);
}
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
console.log(`sw-heap: ${ext}, after ${analyses} analyses${idle ? `, ${idle} ms idle` : ''} and a GC: used ${mb(used)}`);
for (const [k, v] of [...by].filter(([k]) => k !== 'native').sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`  ${k.padEnd(28)} ${mb(v)}`);
console.log(`  off the heap: script sources ${mb(offHeap)} (two bytes a character when a script is not all Latin-1)`);
const once = [...perRegExp.values()].filter((b) => b[0] > 0 && b[1] === 0);
const twice = [...perRegExp.values()].filter((b) => b[1] > 0);
const sum = (xs: Array<[number, number]>, k: 0 | 1) => xs.reduce((a, b) => a + b[k], 0);
console.log(`  regexp native code: compiled once ${mb(sum(once, 0))} (${once.length} patterns); compiled twice, for one-byte and two-byte subjects, ${mb(sum(twice, 0) + sum(twice, 1))} (${twice.length} patterns; second copies ${mb(sum(twice, 1))})`);
const top = Number(arg('regexps') ?? 0);
for (const [src, b] of [...perRegExp].sort((x, y) => y[1][0] + y[1][1] - x[1][0] - x[1][1]).slice(0, top)) {
  console.log(`  ${String(Math.round((b[0] + b[1]) / 1024)).padStart(5)} KB (${Math.round(b[0] / 1024)}${b[1] ? ` + ${Math.round(b[1] / 1024)}` : ''})  /${src.slice(0, 90)}/`);
}
