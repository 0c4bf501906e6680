/** mulberry32: a small seeded generator of numbers in [0, 1): the same draw for the same seed (for samples to judge). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% Wilson interval of k successes in n (for the precision of a judged sample). */
export function wilson(k: number, total: number): [number, number] {
  const z = 1.96;
  const p = k / total;
  const d = 1 + (z * z) / total;
  const c = (p + (z * z) / (2 * total)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / d;
  return [c - h, c + h];
}
