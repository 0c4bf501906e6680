import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demandText, period, type Market } from '@/lib/guide/market';
import { demandOf } from '@/lib/guide/sections';
import { bundled } from '@/lib/skills/taxonomy';
import { CORPUS, MARKET_FILE, computeMarket, notAPosting, readCorpus, serialiseMarket } from '../tools/market';
import { sharedPath, withoutShared } from '../helpers';

describe('market figures (taxonomy/market.json)', () => {
  // Needs ../shared's corpus: skips visibly without it, fails under CI=true.
  it.skipIf(withoutShared(CORPUS))('are reproducible: `npm run market` on the corpus gives the committed file byte for byte', { timeout: 120_000 }, () => {
    const fresh = serialiseMarket(computeMarket(readCorpus(sharedPath(CORPUS)), bundled()));
    const committed = readFileSync(MARKET_FILE, 'utf8');
    // On a difference, the taxonomy or the pipeline changed: run `npm run market` and commit taxonomy/market.json.
    expect(fresh === committed, 'taxonomy/market.json is stale: run npm run market').toBe(true);
  });

  it('carry their source: corpus, date range, size, and how items were counted', () => {
    const m = JSON.parse(readFileSync(MARKET_FILE, 'utf8')) as Market;
    expect(m.source.corpus).toBe(CORPUS);
    expect(m.source.from <= m.source.to).toBe(true);
    expect(m.source.postings).toBeGreaterThan(0);
    expect(m.source.postings + Object.values(m.source.skipped).reduce((a, b) => a + b, 0)).toBe(m.source.items);
    for (const f of Object.values(m.skills)) {
      expect(f.required + f.preferred + f.mentioned).toBe(f.n);
      expect(f.share).toBeCloseTo(f.n / m.source.postings, 4);
      expect(f.small === true).toBe(f.n < 20);
    }
  });

  it('read as a sentence, with the period and the skills asked with it', () => {
    const m = JSON.parse(readFileSync(MARKET_FILE, 'utf8')) as Market;
    const d = demandOf(m, 'kubernetes')!;
    const text = demandText(d, (id) => bundled().taxonomy.byId.get(id)?.name ?? id);
    expect(text).toMatch(/^Asked in \d+(\.\d)?% of [\d,]+ postings \(Jan–May 2026, \d+ in all\)/);
    expect(period('2026-01-01', '2026-05-05')).toBe('Jan–May 2026');
    expect(period('2025-11-01', '2026-02-01')).toBe('Nov 2025–Feb 2026');
  });
});

describe('what counts as a posting', () => {
  const head = 'Acme | Backend Engineer | Remote | Full-time\n\n' + 'We build tools for shipping companies and need help with our Go services. '.repeat(4);
  it('keeps a thread post with a header, and drops repeats, short replies, seekers and closed posts', () => {
    const seen = new Set<string>();
    expect(notAPosting(head, seen)).toBeNull();
    expect(notAPosting(head.replace(/\n\n/, '\n \n'), seen)).toBe('duplicate');
    expect(notAPosting('Sent you an email!', seen)).toBe('short');
    expect(notAPosting('SEEKING WORK - Remote\n' + 'I write TypeScript and Go and would love to hear from you. '.repeat(5), seen)).toBe('seeker');
    expect(notAPosting('CLOSED - thanks all\n' + 'This role at Acme was filled last week, thank you for the many applications. '.repeat(4), seen)).toBe('closed');
  });
});
