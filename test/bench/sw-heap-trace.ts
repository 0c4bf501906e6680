/**
 * `npx tsx test/bench/sw-heap-trace.ts --ext DIR [--analyses N] [--sites N]`: which representation each regular
 * expression of the service worker runs on, and from where. DIR is a build made with FITMARK_MAP=1 (unminified: the
 * call sites keep their functions' names). The worker's background.js is copied with a tracer in front of it that
 * records, for every RegExp exec (test, match, replace, split and the rest go through it), the pattern, the subject's
 * length, whether V8 holds the subject one byte a character or two (Chromium started with
 * --js-flags=--allow-natives-syntax, for %HaveSameMap against strings of known representation) and the call site;
 * then the same visits as sw-heap.ts.
 *
 * V8 compiles a pattern's native code for a representation at its first run on it once the pattern has run before
 * (or at once on a subject of 1000 characters or more), and keeps it as long as the pattern. The tracer replays that
 * rule and prints the patterns compiled for both representations with the functions that ran them on each, and the
 * patterns compiled two-byte only whose subjects were all Latin-1 (held two bytes because they are slices of a text
 * with a wider character: lib/skills/tokenize.ts `narrow` makes such a slice one byte). Asserts nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const src = resolve(arg('ext') ?? '.output/chrome-mv3');
const analyses = Number(arg('analyses') ?? 10);
const sites = Number(arg('sites') ?? 30);

/** Prepended to background.js: every exec is recorded as [source, flags, length, representation, site, short subject]. */
const TRACER = String.raw`;(() => {
  const exec = RegExp.prototype.exec, J = JSON.parse;
  const one = J('"abcdefghijklmnopqrstuvwxyz"'), two = J('"\\u2022bcdefghijklmnopqrstuvwxyz"');
  // Strings of known representation: flat, sliced, concatenated, internalized (a slice shorter than 13 is copied: not one of these).
  const ONE = [one, one.slice(1, 20), J('"abcdefghij"') + J('"klmnopqrst"'), Object.keys({ abcdefg: 1 })[0]];
  const TWO = [two, two.slice(1, 20), J('"\\u2022bcdefghij"') + J('"klmnopqrst"'), Object.keys({ '\u2022bcdefg': 1 })[0]];
  const wide = /[^\x00-\xff]/, rx = (self.__fmTrace = []), at = (self.__fmSites = new Map());
  RegExp.prototype.exec = function (s) {
    s = String(s);
    // 1: one byte; 2: two bytes, with a character above U+00FF; 3: two bytes, all Latin-1; 0: not known.
    let rep = s.length === 0 ? 1 : s.length === 1 ? (s.charCodeAt(0) > 0xff ? 2 : 1) : exec.call(wide, s) ? 2 : 0;
    if (rep === 0) { for (const e of ONE) if (%HaveSameMap(s, e)) rep = 1; for (const e of TWO) if (%HaveSameMap(s, e)) rep = 3; }
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 6;
    const stack = new Error().stack;
    Error.stackTraceLimit = limit;
    let id = at.get(stack);
    if (id === undefined) at.set(stack, (id = at.size));
    rx.push([this.source, this.flags, s.length, rep, id]);
    return exec.call(this, s);
  };
})();
`;

const dir = mkdtempSync(join(tmpdir(), 'fitmark-trace-'));
cpSync(src, dir, { recursive: true });
writeFileSync(join(dir, 'background.js'), TRACER + readFileSync(join(src, 'background.js'), 'utf8'));
const wrapper = join(dir, 'chromium-natives.sh');
writeFileSync(wrapper, `#!/bin/sh\nexec ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --js-flags=--allow-natives-syntax "$@"\n`);
chmodSync(wrapper, 0o755);
process.env.CHROMIUM_PATH = wrapper;

const { launch } = await import('../e2e/browser');
const { analyseLinkedIn } = await import('./bench-resume');
const s = await launch({ extension: dir });
await analyseLinkedIn(s, analyses);
const { rx, stacks } = JSON.parse((await s.worker.evaluate('JSON.stringify({ rx: self.__fmTrace, stacks: [...self.__fmSites.keys()] })')) as string) as {
  rx: Array<[string, string, number, 0 | 1 | 2 | 3, number]>;
  stacks: string[];
};
await s.close();
rmSync(dir, { recursive: true, force: true });

/** The first frame outside the tracer and the built-ins: the function that ran the pattern. */
const siteOf = (id: number) =>
  (stacks[id]!.split('\n').slice(1).map((l) => l.trim()).find((l) => !/RegExp\.|String\.|\[Symbol|Array\./.test(l)) ?? '?')
    .replace(/^at /, '')
    .replace(/ \(.*/, '')
    .replace(/chrome-extension:\/\/\w+\/background\.js:(\d+):\d+/, 'background.js:$1');

interface Pattern { marked: boolean; native: [boolean, boolean]; code: [boolean, boolean]; latin1Only: boolean; sites: [Set<string>, Set<string>] }
const patterns = new Map<string, Pattern>();
let unknown = 0;
for (const [source, flags, length, rep, id] of rx) {
  if (rep === 0) unknown++;
  const two = rep === 2 || rep === 3 ? 1 : 0;
  const key = `/${source}/${flags}`;
  let p = patterns.get(key);
  if (!p) patterns.set(key, (p = { marked: false, native: [false, false], code: [false, false], latin1Only: true, sites: [new Set(), new Set()] }));
  if (length >= 1000) p.marked = true;
  // V8's tier-up: bytecode first, native code once the pattern has run before (or for a long subject).
  if (!p.native[two] && (p.marked || !p.code[two])) {
    if (p.marked) p.native[two] = true;
    p.code[two] = true;
  }
  p.marked = true;
  if (rep === 2) p.latin1Only = false;
  if (p.sites[two].size < 4) p.sites[two].add(siteOf(id));
}
const all = [...patterns.values()];
const both = [...patterns].filter(([, p]) => p.native[0] && p.native[1]);
const twoLatin1 = [...patterns].filter(([, p]) => !p.native[0] && p.native[1] && p.latin1Only);
console.log(`sw-heap-trace: ${rx.length} runs of ${patterns.size} patterns (${unknown} subjects of unknown representation, counted one byte)`);
console.log(`  native code: one byte only ${all.filter((p) => p.native[0] && !p.native[1]).length} patterns, two bytes only ${all.filter((p) => !p.native[0] && p.native[1]).length}, both ${both.length}`);
console.log(`  compiled for both (one-byte sites | two-byte sites):`);
for (const [k, p] of both.slice(0, sites)) console.log(`    ${k.slice(0, 70)}  ${[...p.sites[0]].join(', ')} | ${[...p.sites[1]].join(', ')}`);
console.log(`  two bytes only, every subject Latin-1 (${twoLatin1.length} patterns; a narrowed slice would compile them one byte, ~20% smaller):`);
for (const [k, p] of twoLatin1.slice(0, sites)) console.log(`    ${k.slice(0, 70)}  ${[...p.sites[1]].join(', ')}`);
