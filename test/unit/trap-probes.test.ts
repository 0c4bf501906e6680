import { describe, expect, it } from 'vitest';
import { BATCH1, BATCH2, CONTROLS1, CONTROLS2, probeFailures, type Probe } from './trap-probes';

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
  'Say hello to Ruby Alvarez, who leads our clinical team.',
  'You will work alongside Jenkins, a senior designer with ten years in health tech.',
  'Harper Jenkins will be your manager.',
  'The interview is with Ruby and two engineers from the team.',
  'Reporting line: Head of Data Science.',
  'You will sit next to our Machine Learning and Security folks.',
  'Our product helps Jira admins clean up old workflows.',
  'We chose not to use GraphQL.',
  'We pay for your Claude Pro and Notion subscriptions.',
]);

const table = (list: Probe[]) => list.map((p) => [p.cls, p.text, p] as const);

function check(p: Probe) {
  const failures = probeFailures(p);
  if (KNOWN_MISSES.has(p.text)) expect(failures, 'a known miss now passes: take it out of KNOWN_MISSES').not.toEqual([]);
  else expect(failures).toEqual([]);
}

describe('trap probes, batch 1', () => {
  it.each(table(BATCH1))('%s: %s', (_c, _t, p) => check(p));
  it.each(table(CONTROLS1))('%s: %s', (_c, _t, p) => check(p));
});

describe('trap probes, batch 2', () => {
  it.each(table(BATCH2))('%s: %s', (_c, _t, p) => check(p));
  it.each(table(CONTROLS2))('%s: %s', (_c, _t, p) => check(p));
});

it('every known miss is a probe', () => {
  const texts = new Set([...BATCH1, ...CONTROLS1, ...BATCH2, ...CONTROLS2].map((p) => p.text));
  expect([...KNOWN_MISSES].filter((t) => !texts.has(t))).toEqual([]);
});
