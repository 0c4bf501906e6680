import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Requirement kinds and the sponsorship fact in fresh words (session 39, #12): every sentence was written for this file,
// none taken from the corpus, the eval fixtures or test/tools/kinds-judged-s35.jsonl. The classes come from batch 20's
// misses: "sponsor" said of causes and learning, help obtaining a permit or a pass, a status named and then said to be
// held already, a work permit asked in French, German, Spanish or Italian words, no particular citizenship needed, and a
// language named with its level (or said to be required) in a field of the header line.

const { matcher, taxonomy } = bundled();
const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();
const sponsorshipOf = (text: string) => postingFacts(postingFromText(text)).sponsorship;
const bullet = (line: string) => `Tamsin Works | Backend Engineer\n\nWe route ambulances for regional trusts.\n\nRequirements:\n- Solid Go\n- ${line}`;
const withHeader = (header: string) => `${header}\n\nWe route ambulances for regional trusts.\n\nWhat you bring:\n- Solid Go and Postgres\n- You like pairing`;

describe('kinds s39: single lines', () => {
  const LINES: Array<[string, string[], boolean | null]> = [
    // "Sponsor" said of causes, learning and perks asks nothing.
    ['Every year we happily sponsor two coding bootcamps for career changers', [], null],
    ['We generously sponsor certification courses for the whole team', [], null],
    // A refusal still asks, whatever else is sponsored.
    ['We cannot sponsor work visas for this position', ['authorization'], false],
    // Help obtaining a permit or a pass is an offer.
    ['Our people team will help you get a residence permit in the Netherlands', [], true],
    ['We help new hires apply for an Employment Pass', [], true],
    // A status named, then said to be held already, is asked.
    ['Any Irish work permit you currently hold is fine', ['authorization'], false],
    // A work permit asked in another language's words.
    ['Arbeitserlaubnis f\u00fcr die Schweiz erforderlich', ['authorization'], false],
    ['A valid permiso de trabajo for Spain', ['authorization'], false],
    // No particular citizenship needed asks none.
    ['We do not ask for a specific nationality or any degree', [], null],
    // Batch 21's classes: a US visa refused by its kind; a visa of any adjective needed, turned away; immigration counsel
    // offered; visa paperwork filed by the employer; the users' or the office's language, told of the company.
    ['We will not file new H-1B or E-3 petitions for this opening', ['authorization'], false],
    ['Anyone needing a company-backed visa will not be considered', ['authorization'], false],
    ['Visa advisers on hand for everyone relocating to Lisbon', [], true],
    ["TN holders welcome; we'll handle the TN renewals", [], true],
    ['Our readers are mostly Portuguese-speaking', [], null],
    ['Swedish is used across the office day to day', [], null],
    // (A product for immigration lawyers is no offer.)
    ['You have built case tools for immigration lawyers before', [], null],
    // Batch 22's classes: a field named by a US visa's kind that refuses; the right of abode; a permit by its letter held;
    // pass applications supported; a status field whose value is any; a product that helps others with their visas; no
    // visa involved.
    ['O-1: unfortunately not supported', ['authorization'], false],
    ['You will need permanent right of abode in Hong Kong', ['authorization'], false],
    ['Applicants must live in Zurich and hold a B permit', ['authorization'], false],
    ['We handle Employment Pass renewals for the whole team', [], true],
    ['Citizenship: any', [], null],
    ['Our tool lets employers renew their staff visas online', [], null],
    ['You would freelance from home, so no work permit is involved', [], null],
    // Batch 23's classes: "we'll sponsor" a visa named by its kind; entitled to live and work; a permit arranged.
    ["We'll sponsor an L-1 for people moving from our Dublin office", [], true],
    ['Must be entitled to live and work in Norway', ['authorization'], false],
    ["We'll sort out the residence permit once you accept", [], true],
  ];
  for (const [line, kinds, sponsorship] of LINES)
    it(line, () => {
      expect(kindsOf(bullet(line))).toEqual(kinds);
      expect(sponsorshipOf(bullet(line))).toBe(sponsorship);
    });
});

describe('kinds s39: a language with its level in a header field', () => {
  const HEADERS: Array<[string, string[]]> = [
    ['Tamsin Works | Data Engineer | Lyon (French C1) | Hybrid', ['language']],
    ['Tamsin Works | Data Engineer | Vienna | German required | Full-time', ['language']],
    ['Tamsin Works | Data Engineer | Warsaw | Fluent Polish | Onsite', ['language']],
    ['Tamsin Works | Data Engineer | Bilbao (Basque or Spanish a plus) | Hybrid', ['language']],
    // A header field that is statuses alone asks them (session 38's convention 2).
    ['Tamsin Works | Data Engineer | Perth | Australian citizen or PR | Onsite', ['authorization']],
    ['Tamsin Works | Data Engineer | Leeds | Right to work in the UK | \u00a370k', ['authorization']],
    // A market, a team's language or no language asks none.
    ['Tamsin Works | Data Engineer | Madrid | Spanish-speaking markets | Remote', []],
    ['Tamsin Works | Data Engineer | Remote (EU) | Full-time', []],
  ];
  for (const [header, kinds] of HEADERS) it(header, () => expect(kindsOf(withHeader(header))).toEqual(kinds));
});
