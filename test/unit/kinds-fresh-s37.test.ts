import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Requirement kinds and facts in fresh words (session 37, #12): every sentence was written for this file, none taken
// from the corpus or from test/tools/kinds-judged-s35.jsonl (batches 9 and 10, natural lines swept exhaustively from
// tune-safe postings and labelled blind; the classes below are the ones their misses showed).
// After batch 9: Visa the card network named beside another network or a word of payments; a job board's "Visa: Will
// sponsor" field, an offer with no "we" before it.

const { matcher, taxonomy } = bundled();
/** The kinds a posting asks besides skills, as eval:requirements counts them: an item's kind, or its years or degree. */
const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();
/** One bullet under a requirements heading ("bullet"), or a sentence in a posting of prose with no headings ("prose"). */
const posting = (where: 'bullet' | 'prose', sentence: string) =>
  where === 'bullet' ? `Tallowmere | Backend Engineer\n\nWe reconcile ledgers for food co-ops.\n\nRequirements:\n- Solid Go\n- ${sentence}` : `Tallowmere | Backend Engineer\n\nWe reconcile ledgers for food co-ops, mostly in Go.\n\n${sentence} We ship on Thursdays.`;
const sponsorshipOf = (text: string) => postingFacts(postingFromText(text)).sponsorship;

const KINDS: Array<['bullet' | 'prose', string, string[]]> = [
  // Visa the card network: no status asked.
  ['bullet', 'You have settled card payments on Amex or Visa rails before', []],
  ['prose', 'Our terminals take Visa and Mastercard at two thousand farm stands.', []],
  ['bullet', 'Experience with Visa Direct or other push-to-card payouts', []],
  ['prose', 'We are certified by Discover, JCB and Visa for tokenised checkout.', []],
  // A visa that is one still reads.
  ['bullet', 'We cannot sponsor a visa for this role', ['authorization']],
  ['bullet', 'Visa: US citizens and green card holders only', ['authorization']],
  // A job board's field that offers sponsorship asks nothing.
  ['bullet', 'Visa: Will sponsor', []],
  ['prose', 'Job type Full-time Visa Can sponsor Reach the founders through the board.', []],
];

describe('requirement kinds in fresh words (s37)', () => {
  it.each(KINDS)('%s: %s', (where, sentence, want) => {
    expect(kindsOf(posting(where, sentence))).toEqual(want);
  });

  it('reads no sponsorship from a card network and an offer from a board field', () => {
    expect(sponsorshipOf(posting('prose', 'Our terminals take Visa and Mastercard at two thousand farm stands.'))).toBe(null);
    expect(sponsorshipOf(posting('bullet', 'Visa: Will sponsor'))).toBe(true);
    expect(sponsorshipOf(posting('bullet', 'We cannot sponsor a visa for this role'))).toBe(false);
  });
});
