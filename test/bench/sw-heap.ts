/**
 * `npx tsx test/bench/sw-heap.ts [--ext DIR] [--analyses N] [--idle MS] [--save FILE.heapsnapshot]`: what the service worker's heap holds after
 * N analyses of a posting (then MS of idle, 0 unless given, then a forced GC), from a heap snapshot taken through the DevTools protocol:
 * used size, then self sizes by kind (irregexp native code of the regular expressions that ran,
 * other compiled code, bytecode, arrays, strings, objects), and the script sources kept off the heap.
 * Where the bytes are; asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectFixture } from '../helpers';
import { EXTENSION, launch, serve } from '../e2e/browser';
import { sidebar } from '../e2e/closed-root';
import { saveBenchResume } from './bench-resume';
import { attachWorker } from './worker-cdp';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ext = resolve(arg('ext') ?? EXTENSION);
const analyses = Number(arg('analyses') ?? 10);
const idle = Number(arg('idle') ?? 0);

const s = await launch({ extension: ext });
const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4100000001';
await serve(s.context, /^https:\/\/www\.linkedin\.com\/jobs\//, projectFixture('pages/linkedin-search.html'));
const popup = await saveBenchResume(s);
const page = await s.context.newPage();
for (let i = 0; i < analyses; i++) {
  await page.goto(`${url}&n=${i}`);
  for (let t0 = Date.now(); (await sidebar(page).attr('[data-fitmark-root]', 'data-fitmark-at').catch(() => null)) === null; ) {
    if (Date.now() - t0 > 20_000) throw new Error('no result painted');
    await new Promise((r) => setTimeout(r, 25));
  }
}

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
for (let i = 0; i < snap.nodes.length; i += N) {
  if (!nameOf(i).includes('IrRegExpData')) continue;
  const stack = [i];
  while (stack.length) {
    const n = stack.pop()!;
    const e = firstEdge.get(n)!;
    for (let k = 0; k < snap.nodes[n + EDGES]!; k++) {
      const to = snap.edges[e + k * ef.length + TO]!;
      if (codeOf(to) && !regexpCode.has(to)) {
        regexpCode.add(to);
        stack.push(to);
      }
    }
  }
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
