import { impliedClosure, keyRecords, keyTableFor, pairBitsOf, type Judge, type Matcher } from './matcher';
import type { Skill } from './schema';
import { hashOf } from './tokenize';

/**
 * The compiled matcher as data, made at build time (wxt.config.ts) so the service worker does not
 * compile the taxonomy's ~8,000 forms each time it starts (~80–100 ms of CPU on the first analysis's
 * path): what is derived cheaply (the root's children, key offsets and hash table, the skills' ids,
 * ambiguity rules and implications) is derived when unpacked; the trie's arrays travel as base64.
 * `version` names the taxonomy it was compiled from: a pack for another taxonomy is not used.
 */
export interface MatcherPack {
  version: string;
  /** The keys (lowercased token texts), joined, and each one's length (Uint8, base64). */
  keyText: string;
  keyLengths: Packed;
  /** Children per node, terminals per node (Uint8), and edge, termSkill, termFlags (Uint16 or Int32): base64 with a width tag. */
  childCounts: Packed;
  termCounts: Packed;
  edge: Packed;
  termSkill: Packed;
  termFlags: Packed;
  exact: string[][];
  forms: number;
}

interface Packed {
  bytes: 1 | 2 | 4;
  data: string;
}

export function packMatcher(m: Matcher, version: string): MatcherPack {
  const nodes = m.nodeRec.length / 2 - 1;
  const keys = m.keyRec.length / 4;
  // Every other number of a pair array, from `at`: a count of the differences (counts) or the values (half).
  const counts = (rec: Int32Array, at: number) => Int32Array.from({ length: nodes }, (_, n) => rec[2 * n + 2 + at]! - rec[2 * n + at]!);
  const half = (rec: Int32Array, at: number) => Int32Array.from({ length: rec.length / 2 }, (_, t) => rec[2 * t + at]!);
  const pack: MatcherPack = {
    version,
    keyText: m.keyText,
    keyLengths: encode(Int32Array.from({ length: keys }, (_, k) => m.keyRec[4 * k]! & 0xff)),
    childCounts: encode(counts(m.nodeRec, 0)),
    termCounts: encode(counts(m.nodeRec, 1)),
    edge: encode(m.edge),
    termSkill: encode(half(m.termRec, 0)),
    termFlags: encode(half(m.termRec, 1)),
    exact: m.exact,
    forms: m.forms,
  };
  // What unpacks must be what was packed: checked here, at build time, not trusted.
  const back = unpackMatcher(pack, null);
  for (const k of ['keyText', 'keyTable', 'keyRec', 'pairBits', 'nodeRec', 'edge', 'termRec'] as const) {
    if (String(back[k]) !== String(m[k])) throw new Error(`the packed matcher's ${k} does not unpack as compiled`);
  }
  return pack;
}

/**
 * The matcher a pack holds, for these skills (the ones it was compiled from, in the same order;
 * null only for packMatcher's own check, which leaves skills' ids, ambiguity and implications empty).
 */
export function unpackMatcher(pack: MatcherPack, skills: readonly Skill[] | null): Matcher {
  // On the service worker's cold start, before its first answer: one pass over each array, no string made.
  const keyText = pack.keyText;
  const lengths = decode(pack.keyLengths);
  const keys = lengths.length;
  const hashes = new Int32Array(keys);
  // A key is one token's lowercased text, whose hash in the forms was FNV-1a over its code units (tokenize.ts
  // hashOf); packMatcher checks at build time that the table made from these hashes is the one compiled.
  for (let k = 0, at = 0; k < keys; k++) {
    let h = HASH_OFFSET;
    for (const end = at + lengths[k]!; at < end; at++) h = Math.imul(h ^ keyText.charCodeAt(at), HASH_PRIME);
    hashes[k] = h;
  }
  const keyTable = keyTableFor(hashes);
  // Breadth-first: node 0's children start at 1. Pairs: a node's first child and first terminal (see Matcher).
  const first = offsets(decode(pack.childCounts), 1);
  const termStart = offsets(decode(pack.termCounts), 0);
  const nodeRec = new Int32Array(2 * first.length);
  for (let n = 0; n < first.length; n++) {
    nodeRec[2 * n] = first[n]!;
    nodeRec[2 * n + 1] = termStart[n]!;
  }
  const edge = decode(pack.edge);
  const termSkill = decode(pack.termSkill);
  const termFlags = decode(pack.termFlags);
  const termRec = new Int32Array(2 * termSkill.length);
  for (let t = 0; t < termSkill.length; t++) {
    termRec[2 * t] = termSkill[t]!;
    termRec[2 * t + 1] = termFlags[t]!;
  }
  const judges: Array<Judge | null> = (skills ?? []).map((s) => (s.ambiguity ? { source: s.ambiguity, compiled: null } : null));
  return {
    keyText,
    keyTable,
    keyRec: keyRecords(keyText, lengths, nodeRec, edge),
    pairBits: pairBitsOf(nodeRec, edge),
    nodeRec,
    edge,
    termRec,
    exact: pack.exact,
    skillIds: (skills ?? []).map((s) => s.id),
    categories: (skills ?? []).map((s) => s.category as string),
    judges,
    implied: skills ? impliedClosure(skills) : new Map(),
    forms: pack.forms,
  };
}

/** The running sums of `counts` from `base`: out[0] = base, out[n + 1] = out[n] + counts[n]. */
function offsets(counts: Int32Array, base: number): Int32Array {
  const out = new Int32Array(counts.length + 1);
  out[0] = base;
  for (let n = 0; n < counts.length; n++) out[n + 1] = out[n]! + counts[n]!;
  return out;
}

/** Typed arrays read in the platform's order; the pack is written little-endian (encode). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** hashOf's constants (lib/skills/tokenize.ts), which the unpacking loop inlines. */
const HASH_OFFSET = hashOf('');
const HASH_PRIME = 0x01000193;

/** The skills' ids in order: a pack is used only with the skills it was compiled from. */
export function skillsFingerprint(skills: readonly Skill[]): string {
  return `${skills.length}:${skillIdsHash(skills)}`;
}

/** A hash of the skills' ids, in order (also part of the service's taxonomy version, lib/background/service.ts). */
export function skillIdsHash(skills: readonly Skill[]): number {
  // Asked twice on a worker's cold start (the pack's check, the service's taxonomy version) and at each
  // resume's stamp: ~2–3 ms each time in a fresh worker, for a list that never changes once loaded.
  let h = idsHashes.get(skills);
  if (h === undefined) {
    h = 0;
    for (const s of skills) for (let i = 0; i < s.id.length; i++) h = (Math.imul(h, 31) + s.id.charCodeAt(i)) | 0;
    h >>>= 0;
    idsHashes.set(skills, h);
  }
  return h;
}
const idsHashes = new WeakMap<readonly Skill[], number>();

function encode(values: Int32Array): Packed {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const bytes = min >= 0 && max < 256 ? 1 : min >= 0 && max < 65536 ? 2 : 4;
  const out = new Uint8Array(values.length * bytes);
  const view = new DataView(out.buffer);
  for (let k = 0; k < values.length; k++) {
    if (bytes === 1) out[k] = values[k]!;
    else if (bytes === 2) view.setUint16(2 * k, values[k]!, true);
    else view.setInt32(4 * k, values[k]!, true);
  }
  let bin = '';
  for (let k = 0; k < out.length; k += 0x8000) bin += String.fromCharCode(...out.subarray(k, k + 0x8000));
  return { bytes, data: btoa(bin) };
}

function decode(p: Packed): Int32Array {
  // Where the engine has it (Chromium 140+, Firefox 133+), native base64 and typed-array copies: on a cold
  // worker the loops below run in the interpreter (~7 ms for the pack in Chromium); not in Node 20 (tests, build).
  const fromBase64 = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (fromBase64 && LITTLE_ENDIAN) {
    const bytes = fromBase64(p.data);
    if (p.bytes === 1) return new Int32Array(bytes);
    if (p.bytes === 2) return new Int32Array(new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2));
    return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }
  const bin = atob(p.data);
  const n = bin.length / p.bytes;
  const out = new Int32Array(n);
  if (p.bytes === 1) for (let k = 0; k < n; k++) out[k] = bin.charCodeAt(k);
  else if (p.bytes === 2) for (let k = 0; k < n; k++) out[k] = bin.charCodeAt(2 * k) | (bin.charCodeAt(2 * k + 1) << 8);
  else for (let k = 0; k < n; k++) out[k] = bin.charCodeAt(4 * k) | (bin.charCodeAt(4 * k + 1) << 8) | (bin.charCodeAt(4 * k + 2) << 16) | (bin.charCodeAt(4 * k + 3) << 24);
  return out;
}
