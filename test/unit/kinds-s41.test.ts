import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Requirement kinds and posting facts in fresh words (session 41, #12): every posting and line here was written for this
// file, none taken from the corpus, the eval fixtures or any labelled text. The classes come from the tune half of
// test/fixtures/labels/kinds-fresh-s41.jsonl (short postings written and labelled blind); each has counter-examples.

const { matcher, taxonomy } = bundled();
const facts = (text: string) => postingFacts(postingFromText(text));
const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();

describe('kinds s41: pay in more currencies and languages', () => {
  const CASES: Array<[string, { min: number | null; max: number | null; currency: string; period: string } | null]> = [
    // Currencies named by their codes or signs.
    ['Quillfeather | Android Developer | Nairobi\n\nPay: KES 280,000 - 340,000 monthly', { min: 280000, max: 340000, currency: 'KES', period: 'month' }],
    ['Tamarind Apps | iOS Developer | Bangkok\n\nSalary THB 90,000 - 130,000 per month', { min: 90000, max: 130000, currency: 'THB', period: 'month' }],
    ['Kampung Cloud | SRE | Penang\n\nSalary: RM 9,500 - RM 12,000 per month', { min: 9500, max: 12000, currency: 'MYR', period: 'month' }],
    ['Hangang Labs | Backend Engineer | Seoul\n\nAnnual salary \u20a960,000,000 \u2013 \u20a985,000,000', { min: 60000000, max: 85000000, currency: 'KRW', period: 'year' }],
    // Where pay is quoted by the month, an amount with no period said is a month's.
    ['Jabuticaba | Dev Backend | Recife\n\nSal\u00e1rio: R$ 11.000 a R$ 14.500', { min: 11000, max: 14500, currency: 'BRL', period: 'month' }],
    ['Negev Data | Data Engineer | Beersheba\n\nSalary: 28,000-36,000 ILS', { min: 28000, max: 36000, currency: 'ILS', period: 'month' }],
    // …but a year's amount there, or one said to be yearly, stays a year's.
    ['Jabuticaba | Head of Engineering | Recife\n\nSal\u00e1rio anual: R$ 300.000 a R$ 380.000', { min: 300000, max: 380000, currency: 'BRL', period: 'year' }],
    ['Negev Data | VP Data | Beersheba\n\nSalary: 520,000-600,000 ILS', { min: 520000, max: 600000, currency: 'ILS', period: 'year' }],
    // A pay word in another language; a floor said as a minimum.
    ['Salzach Soft | Java Entwickler | Salzburg\n\nJahresgehalt: \u20ac58.000 \u2013 \u20ac66.000', { min: 58000, max: 66000, currency: 'EUR', period: 'year' }],
    ['Salzach Soft | Java Entwickler | Linz\n\nMindestgehalt nach Kollektivvertrag: \u20ac3.900 brutto/Monat', { min: 3900, max: null, currency: 'EUR', period: 'month' }],
    // Superannuation is Australia's: a bare dollar beside it is Australian, whatever state code the town carries.
    ['Mulga Mining Tech | Automation Engineer | Perth, WA\n\n$150,000 + super', { min: 150000, max: 150000, currency: 'AUD', period: 'year' }],
    // (A US town's dollars stay US dollars, and a programming language's version is no pay.)
    ['Cactus Cloud | SRE | Phoenix, AZ\n\nSalary: $140,000 - $165,000', { min: 140000, max: 165000, currency: 'USD', period: 'year' }],
    ['Sarnia | Backend Developer\n\nRequirements:\n- PHP 8 and Laravel\n- Postgres', null],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).salary && { ...facts(text).salary }).toEqual(want));
});

describe('kinds s41: work mode in more words', () => {
  const CASES: Array<[string, string | null]> = [
    ['Ipê Software | Dev Flutter | Remoto (Brasil)\n\nVoc\u00ea vai construir apps.', 'remote'],
    ['Ipê Software | Dev Flutter | Curitiba (h\u00edbrido)\n\nVoc\u00ea vai construir apps.', 'hybrid'],
    ['Ipê Software | Dev Flutter | Curitiba\n\nModelo de trabalho: presencial.', 'onsite'],
    // A span of weekdays in the office short of the week is hybrid; the whole week is on site.
    ['Gullwing | Backend Engineer | Denver\n\nWe work in office Tue\u2013Thu and wherever you like otherwise.', 'hybrid'],
    ['Gullwing | Backend Engineer | Denver\n\nYou will be in our office Mon-Fri.', 'onsite'],
    // A fly-in fly-out roster is on site.
    ['Spinifex Ore | Systems Engineer | Pilbara\n\nThis is a FIFO 2/1 roster out of Perth.', 'onsite'],
    // (A FIFO queue is a data structure, not a roster.)
    ['Spinifex Ore | Systems Engineer\n\nYou have built FIFO queues in C.', null],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).workMode).toBe(want));
});

describe('kinds s41: years', () => {
  const CASES: Array<[string, number | null]> = [
    // A degree with its years, or another with fewer: the fewer are the least asked.
    ["Requirements:\n- A bachelor's in CS and 6 years of professional experience, or a master's and 4 years", 4],
    ["Requirements:\n- Associate degree with 3 years in IT support, or a bachelor's degree with 1 year", 1],
    // (One degree and its years asks those years.)
    ["Requirements:\n- A bachelor's in CS and 6 years of professional experience", 6],
    // Years in Portuguese with their floor.
    ['Requisitos:\n- M\u00ednimo de 4 anos com React Native', 4],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).yearsMin).toBe(want));
});
