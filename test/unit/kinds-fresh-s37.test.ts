import { describe, expect, it } from 'vitest';
import { rightAsked, rightShown, rightsHeld } from '../../lib/match/work-rights';
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
// After batch 11 (fresh lines): a visa named by its kind whose holders are turned away; a status the product checks for
// others; "open only to U.S. citizens"; a "Visa:" field naming the statuses taken; a hire helped with their permit; a German
// line with no umlaut; France's Bac+N levels; "everything is in English" said of the company; "X is the language of the
// floor, so you will need to be fluent".
// After batch 12: help with a visa refused; "visas" alone is a visa named; a language's name before a figure ("the Dutch
// 30% ruling"); a product's languages listed; a team that is francophone; "hablar"/"fluidez"; a degree said to count no more
// than self-teaching; cleared personnel wished.
// After batch 13: passport holders only; a status wished and said not to be required; a scholarship sponsored; a status
// in a place said to be mandatory; a duty done in a language ("you'll present to clients in Spanish").
// After batch 14: immigration help refused; a status as the work's subject; a language's speakers as the customer base; a
// permit's application supported.

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
  // A visa named by its kind, its holders turned away; an H-1B named in passing asks nothing.
  ['bullet', 'Anyone who would require an O-1 visa cannot be considered for this opening.', ['authorization']],
  ['prose', 'Candidates needing a TN now will not be considered this cycle.', ['authorization']],
  ['prose', 'Our CEO came here on an H-1B and still tells the story.', []],
  // A status the product checks for others.
  ['prose', 'Our dashboard tracks visa expiry for the employees of large hospitals.', []],
  ['bullet', 'Build the flow that verifies the right to work of all drivers on the platform', []],
  // Statuses taken, however written.
  ['prose', 'The contract is open only to U.S. citizens because of the data involved.', ['authorization']],
  ['bullet', 'Work authorization: U.S. citizen or permanent resident', ['authorization']],
  // Languages: a German line with no umlaut, the company's medium, a level said after the reason.
  ['bullet', 'Englischkenntnisse sind ein Plus', ['language']],
  ['prose', 'We chat in Finnish at the coffee machine, yet all our tickets are in English.', []],
  // Degrees by France's levels.
  ['bullet', 'Bac+5 in computer science or a related field', ['degree']],
  ['bullet', 'Bac+3 minimum, ideally in statistics', ['degree']],
  // A refusal of help with visas; an offer that names the Dutch ruling by its figure.
  ['bullet', "Unfortunately we aren't able to assist with visas at the moment.", ['authorization']],
  ['bullet', 'Moving costs and the Dutch 30% ruling paperwork are on us', []],
  // The product's languages, a francophone team, a language asked in Spanish.
  ['bullet', 'Our help center already ships in Greek, Turkish and Hebrew.', []],
  ['prose', 'Our Montreal office is largely francophone.', []],
  ['bullet', 'Hablar portugués con fluidez', ['language']],
  // Degrees that count no more than self-teaching; cleared people wished.
  ['prose', 'We hire bootcamp grads as readily as those with computer science degrees.', []],
  ['bullet', 'Cleared candidates (Top Secret) are preferred', ['clearance']],
  // A duty done in a language asks the language; a duty that names none asks nothing of it.
  ['bullet', "You'll write release notes in Dutch and English for our partners", ['language']],
  ['bullet', 'UK or Irish passport holders only', ['authorization']],
  ['bullet', 'Sorry, we cannot offer immigration help for this position.', ['authorization']],
  ['bullet', 'Knowledge of work permit rules across the Gulf states for our payroll engine', []],
  ['prose', 'Our tracker logs immigration hearings for legal aid clinics.', []],
  ['prose', 'Arabic-speaking users are most of our readers.', []],
  ['bullet', 'A Canadian work permit is helpful but not required.', []],
  ['prose', 'Every year we sponsor two bursaries for coding students.', []],
  ['prose', 'Citizenship in Norway is required for this defence contract.', ['authorization']],
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

  it('reads the statuses a field takes, a refusal by visa kind, and a permit seen to', () => {
    expect(sponsorshipOf(posting('prose', 'Citizenship: US citizen only, for the federal work.'))).toBe(false);
    expect(sponsorshipOf(posting('prose', 'Candidates needing a TN now will not be considered this cycle.'))).toBe(false);
    expect(sponsorshipOf(posting('prose', 'The contract is open only to U.S. citizens because of the data involved.'))).toBe(false);
    expect(sponsorshipOf(posting('prose', 'Our relocation team guides new hires through their residence permit.'))).toBe(true);
    expect(sponsorshipOf(posting('prose', 'Our dashboard tracks visa expiry for the employees of large hospitals.'))).toBe(null);
    expect(sponsorshipOf(posting('prose', 'UK or Irish passport holders only.'))).toBe(false);
    expect(sponsorshipOf(posting('prose', 'Our office manager handles the residence permit paperwork for every hire from abroad.'))).toBe(true);
    expect(sponsorshipOf(posting('prose', 'A Canadian work permit is helpful but not required.'))).toBe(null);
    expect(sponsorshipOf(posting('prose', 'Citizenship in Norway is required for this defence contract.'))).toBe(false);
  });

  it('reads the level of a language named in the clause before', () => {
    const text = 'Tallowmere | Backend Engineer | Tampere\n\nWe reconcile ledgers for food co-ops. Finnish is what our customers write to us in, so you must be fluent.\n\nYou bring: Go, Postgres, 2+ years of backend work.';
    expect(kindsOf(text)).toEqual(['language', 'years']);
  });

  it('reads the degree level of Bac+N', () => {
    expect(postingFacts(postingFromText(posting('bullet', 'Bac+5 in computer science or a related field'))).degree).toMatchObject({ level: 'master', required: true });
    expect(postingFacts(postingFromText(posting('bullet', 'Bac+3 minimum, ideally in statistics'))).degree).toMatchObject({ level: 'bachelor' });
  });
});

describe('the right to work an item asks, in the words postings shorten it to (s37)', () => {
  it('reads the country of an abbreviated or export-law ask, and of a refusal that names it', () => {
    expect(rightAsked('Work auth for Canada needed')).toBe('Canada');
    expect(rightAsked('U.S. persons only, as the hardware is export-controlled')).toBe('the US');
    expect(rightAsked('We cannot sponsor visas for roles in Sweden')).toBe('Sweden');
    expect(rightShown('Swiss work permit (B or C) or EU nationality', rightsHeld('Luca\nSwiss citizen'))?.country).toBe('Switzerland');
    expect(rightShown('Swiss work permit (B or C) or EU nationality', rightsHeld('Marta\nItalian citizen'))?.country).toBe('the EU');
    expect(rightAsked('Sponsor meetups in our community')).toBeNull();
  });

  it('meets "U.S. persons" with a citizen or a permanent resident only', () => {
    expect(rightShown('U.S. persons only', rightsHeld('Dana Ruiz\nU.S. citizen'))?.country).toBe('the US');
    expect(rightShown('U.S. persons only', rightsHeld('Dana Ruiz\nWork authorization: H-1B (US)'))).toBeNull();
    expect(rightShown('Israeli citizenship required', rightsHeld('Noa\nIsraeli citizen, based in Haifa'))?.country).toBe('Israel');
  });
});
