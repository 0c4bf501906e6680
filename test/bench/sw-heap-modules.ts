/**
 * `npx tsx test/bench/sw-heap-modules.ts SNAPSHOT DIR`: a service-worker heap snapshot
 * (`sw-heap.ts --save`) of a build made with source maps (DIR/background.js.map), its
 * bytes grouped by the source module that retains them. Each object's self size goes to
 * its nearest dominator that is a function of a known module (its location, through the
 * source map) or a top-level variable of the bundle (its declaration, likewise); what no
 * such dominator owns is listed by the kind of its top dominator. Where the bytes are;
 * asserts nothing. Needs an unminified build for the variables' names to mean anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

const [file, dir] = process.argv.slice(2);
if (!file || !dir) throw new Error('usage: sw-heap-modules.ts SNAPSHOT BUILD_DIR');
const snap = JSON.parse(readFileSync(file, 'utf8')) as {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]]; location_fields: string[] } };
  nodes: number[];
  edges: number[];
  strings: string[];
  locations: number[];
};
const bundle = readFileSync(join(dir, 'background.js'), 'utf8');
const map = new TraceMap(readFileSync(join(dir, 'background.js.map'), 'utf8'));
const { node_fields: nf, node_types: [types], edge_fields: ef, edge_types: [etypes], location_fields: lf } = snap.snapshot.meta;
const N = nf.length;
const E = ef.length;
const [TYPE, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f)) as [number, number, number, number];
const [ETYPE, ENAME, TO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f)) as [number, number, number];
const count = snap.nodes.length / N;
const first = new Int32Array(count + 1);
for (let i = 0, e = 0; i < count; i++) {
  first[i] = e;
  e += snap.nodes[i * N + EDGES]! * E;
}
first[count] = snap.edges.length;
const WEAK = etypes.indexOf('weak');
const SHORTCUT = etypes.indexOf('shortcut');

// Successors without weak edges (as DevTools computes retained sizes).
const succ = (n: number, f: (to: number, e: number) => void) => {
  for (let e = first[n]!; e < first[n + 1]!; e += E) {
    const t = snap.edges[e + ETYPE]!;
    if (t === WEAK || t === SHORTCUT) continue;
    f(snap.edges[e + TO]! / N, e);
  }
};

// Dominators (Cooper, Harvey, Kennedy), root = node 0.
const order: number[] = [];
const post = new Int32Array(count).fill(-1);
{
  const seen = new Uint8Array(count);
  const stack: Array<[number, number]> = [[0, first[0]!]];
  seen[0] = 1;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const [n, e] = top;
    if (e >= first[n + 1]!) {
      post[n] = order.length;
      order.push(n);
      stack.pop();
      continue;
    }
    top[1] = e + E;
    const t = snap.edges[e + ETYPE]!;
    if (t === WEAK || t === SHORTCUT) continue;
    const to = snap.edges[e + TO]! / N;
    if (!seen[to]) {
      seen[to] = 1;
      stack.push([to, first[to]!]);
    }
  }
}
const preds: number[][] = Array.from({ length: count }, () => []);
for (const n of order) succ(n, (to) => preds[to]!.push(n));
const idom = new Int32Array(count).fill(-1);
idom[0] = 0;
const intersect = (a: number, b: number) => {
  while (a !== b) {
    while (post[a]! < post[b]!) a = idom[a]!;
    while (post[b]! < post[a]!) b = idom[b]!;
  }
  return a;
};
for (let changed = true; changed; ) {
  changed = false;
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k]!;
    if (n === 0) continue;
    let d = -1;
    for (const p of preds[n]!) if (idom[p] !== -1) d = d === -1 ? p : intersect(p, d);
    if (d !== -1 && idom[n] !== d) {
      idom[n] = d;
      changed = true;
    }
  }
}

// Labels: functions by their location, top-level variables by their declaration.
const lineStarts = [0];
for (let i = 0; i < bundle.length; i++) if (bundle[i] === '\n') lineStarts.push(i + 1);
const moduleAt = (line: number, column: number) => {
  const p = originalPositionFor(map, { line: line + 1, column });
  return p.source ? p.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\/(\.pnpm\/)?/, 'node_modules/') : null;
};
const label = new Map<number, string>();
const OBJ = lf.indexOf('object_index');
const LINE = lf.indexOf('line');
const COL = lf.indexOf('column');
for (let i = 0; i < snap.locations.length; i += lf.length) {
  const m = moduleAt(snap.locations[i + LINE]!, snap.locations[i + COL]!);
  if (m) label.set(snap.locations[i + OBJ]! / N, m);
}
const declared = new Map<string, string | null>();
const declOf = (name: string) => {
  if (!declared.has(name)) {
    const re = new RegExp(`^\\t?(?:var|let|const|function\\*?|class|async function) ${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'm');
    const m = re.exec(bundle);
    let at: string | null = null;
    if (m) {
      let line = 0;
      while (lineStarts[line + 1]! <= m.index) line++;
      at = moduleAt(line, m.index + m[0].length - name.length - lineStarts[line]!);
    }
    declared.set(name, at);
  }
  return declared.get(name)!;
};
const CONTEXT = etypes.indexOf('context');
for (let n = 0; n < count; n++) {
  for (let e = first[n]!; e < first[n + 1]!; e += E) {
    if (snap.edges[e + ETYPE] !== CONTEXT) continue;
    const to = snap.edges[e + TO]! / N;
    if (label.has(to)) continue;
    const m = declOf(snap.strings[snap.edges[e + ENAME]!]!);
    if (m) label.set(to, `${m} (variables)`);
  }
}

const kindOf = (n: number) => {
  const name = snap.strings[snap.nodes[n * N + NAME]!]!;
  return `${types[snap.nodes[n * N + TYPE]!]} ${name.slice(0, 40)}`;
};
const owner = new Map<number, string | null>();
/** The chain of dominators from the root's child down to n. */
const chain = (n: number) => {
  const out: number[] = [];
  for (let x = n; idom[x] !== x && idom[x] !== -1; x = idom[x]!) out.push(x);
  return out.reverse();
};
const ownerOf = (n: number): string => {
  const path: number[] = [];
  let x = n;
  let found: string | null | undefined;
  for (;;) {
    found = owner.has(x) ? owner.get(x) : label.get(x);
    if (found !== undefined || idom[x] === x || idom[x] === -1) break;
    path.push(x);
    x = idom[x]!;
  }
  for (const p of path) owner.set(p, found ?? null);
  return found ?? `(unattributed) ${chain(n).slice(1, 3).map(kindOf).join(' > ')}`;
};
const by = new Map<string, number>();
const kinds = new Map<string, number>();
let total = 0;
for (let n = 0; n < count; n++) {
  if (idom[n] === -1) continue;
  const size = snap.nodes[n * N + SIZE]!;
  if (types[snap.nodes[n * N + TYPE]!] === 'native' || snap.strings[snap.nodes[n * N + NAME]!] === 'system / ExternalStringData') continue;
  total += size;
  const o = ownerOf(n).replace(/ \(variables\)$/, '');
  const key = process.argv.includes('--files') ? o : o.replace(/^(node_modules\/[^/]+(?:\/[^/]+)?)\/.*$/, (_, p: string) => (p.startsWith('node_modules/@') ? p : p.split('/').slice(0, 2).join('/')));
  by.set(key, (by.get(key) ?? 0) + size);
  const kind = `${key} | ${types[snap.nodes[n * N + TYPE]!]} ${/^system \/ /.test(snap.strings[snap.nodes[n * N + NAME]!]!) ? snap.strings[snap.nodes[n * N + NAME]!]!.split(' / ')[1] : ''}`;
  kinds.set(kind, (kinds.get(kind) ?? 0) + size);
}
const mb = (n: number) => `${(n / 1e6).toFixed(3)} MB`;
console.log(`on the heap (self sizes, reachable, no native): ${mb(total)}`);
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[process.argv.indexOf('--top') + 1]) || 40)) console.log(`  ${mb(v)}  ${k}`);

// `--vars`: the bundle's top-level variables that retain the most (their values' retained sizes).
if (process.argv.includes('--vars')) {
  const retained = new Float64Array(count);
  for (const n of order) {
    retained[n]! += snap.nodes[n * N + SIZE]!;
    if (n !== 0 && idom[n]! >= 0) retained[idom[n]!]! += retained[n]!;
  }
  const vars: Array<[string, number, string]> = [];
  for (let n = 0; n < count; n++) {
    for (let e = first[n]!; e < first[n + 1]!; e += E) {
      if (snap.edges[e + ETYPE] !== CONTEXT) continue;
      const to = snap.edges[e + TO]! / N;
      const name = snap.strings[snap.edges[e + ENAME]!]!;
      if (idom[to] === n) vars.push([name, retained[to]!, `${declOf(name) ?? '?'} ${kindOf(to)}`]);
    }
  }
  for (const [name, size, where] of vars.sort((a, b) => b[1] - a[1]).slice(0, 400)) console.log(`  ${mb(size)}  ${name}  ${where}`);
}

// `--kinds`: each owner's bytes by node type (and V8's system name).
if (process.argv.includes('--kinds')) for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`  ${mb(v)}  ${k}`);

// `--inside NAME`: what a top-level variable's value retains, two levels down (edge names and retained sizes).
const inside = process.argv.indexOf('--inside');
if (inside > 0) {
  const want = process.argv[inside + 1]!;
  const retained = new Float64Array(count);
  for (const n of order) {
    retained[n]! += snap.nodes[n * N + SIZE]!;
    if (n !== 0 && idom[n]! >= 0) retained[idom[n]!]! += retained[n]!;
  }
  const show = (n: number, depth: number, indent: string) => {
    const kids: Array<[string, number]> = [];
    for (let e = first[n]!; e < first[n + 1]!; e += E) {
      const to = snap.edges[e + TO]! / N;
      if (idom[to] !== n) continue;
      const t = etypes[snap.edges[e + ETYPE]!];
      const name = t === 'element' || t === 'hidden' ? `[${snap.edges[e + ENAME]}]` : snap.strings[snap.edges[e + ENAME]!]!;
      kids.push([`${name} ${kindOf(to)}`, to]);
    }
    kids.sort((a, b) => retained[b[1]]! - retained[a[1]]!);
    for (const [label, to] of kids.slice(0, 8)) {
      if (retained[to]! < 2000) continue;
      console.log(`${indent}${mb(retained[to]!)}  ${label}`);
      if (depth > 1) show(to, depth - 1, `${indent}  `);
    }
  };
  for (let n = 0; n < count; n++)
    for (let e = first[n]!; e < first[n + 1]!; e += E)
      if (snap.edges[e + ETYPE] === CONTEXT && snap.strings[snap.edges[e + ENAME]!] === want) show(snap.edges[e + TO]! / N, 3, '  ');
}
