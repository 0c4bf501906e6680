import { describe, expect, it } from 'vitest';
import { readings } from './readers';

// Facts of short postings, written fresh for this test (session 32, #12), each reading decided before the code ran.
// Found by careful-reader-5/6's first read: a header field giving pay in two currencies ("USD 160-200k / CAD
// 200-240k") was read as one range from 160k to 240k in Canadian dollars, because the code opening the second range
// was taken for the first range's code written after it ("$140-170K CAD").
const CASES: Array<[string, string, Record<string, string>]> = [
  ['two currencies in one field', 'Brasswork | Security Engineer | Remote (US or Canada) | USD 160-200k / CAD 200-240k\n\nWe protect laptops.', { salary: 'USD 160000-200000 year', workMode: 'remote' }],
  ['two symbols in one field', 'Acme | SRE | Remote | £80k-£100k / €95k-€120k\n\nWe build dashboards.', { salary: 'GBP 80000-100000 year' }],
  ['dollars, then Canadian dollars by symbol', 'Acme | SRE | Remote | $150k-$180k USD / CA$190k-CA$230k\n\nWe build dashboards.', { salary: 'USD 150000-180000 year' }],
  // The code after a range is still its code.
  ['a code after the range', 'Acme | SRE | Toronto | $140-170K CAD\n\nWe build dashboards.', { salary: 'CAD 140000-170000 year' }],
  ['a code in brackets after the range', 'Acme | SRE | Remote | 120-150k (CAD)\n\nWe build dashboards.', { salary: 'CAD 120000-150000 year' }],
  ['a code after a slash, with no amount after it', 'Acme | SRE | Remote | 90-110k / EUR\n\nWe build dashboards.', { salary: 'EUR 90000-110000 year' }],
];

describe('facts of fresh postings (session 32)', () => {
  it.each(CASES)('%s', (_name, text, want) => {
    const got = readings(text);
    for (const [k, v] of Object.entries(want)) expect(`${k}: ${got[k]}`).toBe(`${k}: ${v}`);
  });
});
