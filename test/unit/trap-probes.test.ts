import { describe, expect, it } from 'vitest';
import { BATCH1, BATCH2, BATCH3, BATCH4, CONTROLS1, CONTROLS2, CONTROLS3, CONTROLS4, probeFailures, type Probe } from './trap-probes';

/**
 * Trap probes (issue #13, test/unit/trap-probes.ts): fresh sentences whose trap words must not come out as
 * skills and whose asked words must. `npx tsx test/tools/trap-probes.ts` prints the score per class.
 * KNOWN_MISSES are probes the extraction still gets wrong: asserted to still miss, so the suite stays
 * honest; a fix moves a probe out of the list (its test then fails until it is moved).
 */
const KNOWN_MISSES = new Set<string>([
  'Expect to wear many hats and make a dent in a large market.',
  'Clinic staff today juggle WhatsApp, Gmail and paper calendars.',
  'People use Excel and Google Sheets to track their medication, and we replace that.',
  'Bonus points if your application mentions your favourite Figma plugin.',
  'We help Kubernetes operators cut their cloud bill in half.',
  'Old pipes rust; our code should not.',
  'You are curious, humble and hungry to learn.',
  'The company leads the GenAI initiatives of three large banks.',
  'We value craft, kindness and leadership at every level.',
  'Our marketplace serves Etsy sellers and Shopify stores.',
]);

const table = (list: Probe[]) => list.map((p) => [p.cls, p.text, p] as const);

function check(p: Probe) {
  const failures = probeFailures(p);
  if (KNOWN_MISSES.has(p.text)) expect(failures, 'a known miss now passes: take it out of KNOWN_MISSES').not.toEqual([]);
  else expect(failures).toEqual([]);
}

const BATCHES: Array<[number, Probe[], Probe[]]> = [
  [1, BATCH1, CONTROLS1],
  [2, BATCH2, CONTROLS2],
  [3, BATCH3, CONTROLS3],
  [4, BATCH4, CONTROLS4],
];

for (const [n, traps, controls] of BATCHES) {
  describe(`trap probes, batch ${n}`, () => {
    it.each(table(traps))('%s: %s', (_c, _t, p) => check(p));
    it.each(table(controls))('%s: %s', (_c, _t, p) => check(p));
  });
}

it('every known miss is a probe', () => {
  const texts = new Set([...BATCH1, ...CONTROLS1, ...BATCH2, ...CONTROLS2, ...BATCH3, ...CONTROLS3, ...BATCH4, ...CONTROLS4].map((p) => p.text));
  expect([...KNOWN_MISSES].filter((t) => !texts.has(t))).toEqual([]);
});
