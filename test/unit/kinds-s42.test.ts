import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, itemTexts, kindsOf } from './kinds-readers';

// Requirement kinds and posting facts in fresh words (session 42, #12): every posting and line here was written for this
// file, none taken from the corpus, the eval fixtures or any labelled text. The classes come from the tune half of
// test/fixtures/labels/kinds-fresh-s42.jsonl (short postings written and labelled blind); each has counter-examples.

freshShortPostings('kinds s42: the fresh-written postings', 'kinds-fresh-s42.jsonl');

describe('kinds s42: pay', () => {
  const CASES: Array<[string, { min: number | null; max: number | null; currency: string; period: string } | null]> = [
    // A code after the amount that starts with a million's "M" or a thousand's "K" is the code, not a multiplier.
    ['Tepui Pagos | Backend Dev | Guadalajara\n\nSueldo: $60,000 - $75,000 MXN mensuales', { min: 60000, max: 75000, currency: 'MXN', period: 'month' }],
    ['Baobab Labs | Mobile Dev | Kuala Lumpur\n\nSalary: 9,000 - 12,000 MYR per month', { min: 9000, max: 12000, currency: 'MYR', period: 'month' }],
    ['Mbuzi Tech | Support Engineer | Mombasa\n\nPay: 150,000 KES per month', { min: 150000, max: 150000, currency: 'KES', period: 'month' }],
    // Signs written after the amount; where pay is quoted by the month, the month.
    ['Wierzba IT | Java Developer | Wroc\u0142aw\n\nWynagrodzenie (B2B): 18 000 \u2013 23 000 z\u0142 netto + VAT', { min: 18000, max: 23000, currency: 'PLN', period: 'month' }],
    ['Vltavin | PHP Developer | Brno\n\nMzda: 65 000 \u2013 80 000 K\u010d', { min: 65000, max: 80000, currency: 'CZK', period: 'month' }],
    ['Protea Soft | QA Engineer | Durban\n\nR38 000 \u2013 R47 000 per month', { min: 38000, max: 47000, currency: 'ZAR', period: 'month' }],
    // A bound that opens its line or sentence, on a year's pay.
    ['Kauri Apps | iOS Developer | Remote (Canada)\n\nUp to $125,000 CAD based on experience.', { min: null, max: 125000, currency: 'CAD', period: 'year' }],
    ['Heron Data | Data Engineer | Bristol\n\nFrom \u00a360,000, plus share options.', { min: 60000, max: null, currency: 'GBP', period: 'year' }],
    // (Not a bound in mid-sentence, nor one on a perk.)
    ['Heron Data | Data Engineer | Bristol\n\nOur customers save up to $40,000 on storage every year.', null],
    ['Heron Data | Data Engineer | Bristol\n\nUp to \u00a325,000 relocation support.', null],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).salary && { ...facts(text).salary }).toEqual(want));
});

describe('kinds s42: sponsorship', () => {
  const CASES: Array<[string, boolean | null]> = [
    // Help with a visa, said in German; and refused in German.
    ['Fichte AG | Backend Entwickler | K\u00f6ln\n\nWir helfen dir gerne bei Visum und Umzug.', true],
    ['Fichte AG | Backend Entwickler | K\u00f6ln\n\nLeider k\u00f6nnen wir keine Hilfe beim Visum anbieten.', false],
    // A refusal of "relocation or visa" help.
    ['Larch Bio | Scientist | Basel\n\nWe do not provide relocation or visa assistance for this role.', false],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).sponsorship).toBe(want));
  it('a refusal of relocation or immigration support asks the right to work', () => {
    expect(kindsOf('Larch Bio | Scientist | Basel\n\nPhD in Chemistry.\nWe do not offer relocation or immigration support for this position.')).toContain('authorization');
  });
});

describe('kinds s42: a licence wished after a degree asked', () => {
  const CASES: Array<[string, boolean]> = [
    ['Tamarack Power | Electrical Engineer | Calgary, AB\n\nBachelor of Engineering in Electrical or Power Systems, P.Eng. designation preferred.', true],
    // (A list of fields wished for is the degree's wish.)
    ['Tamarack Labs | Research Associate\n\nBSc in Physics, Chemistry or Biology preferred.', false],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).degree?.required).toBe(want));
});

describe('kinds s42: asks after a pay field, in a comma clause, in Polish', () => {
  const CASES: Array<[string, string[], number | null]> = [
    // A pay field with its amount is its line only: the asks below it are read.
    ['Juniper Ledger | Android Engineer | Remote (LatAm)\nSalary: USD 4,000 \u2013 5,500 / month\nFluent English (daily calls with our US team).\n5+ yrs Kotlin.', ['language', 'years'], 5],
    // A language with its level in a comma clause beside years (not a wish about the years).
    ['Quetzal | Backend Engineer\n- 4+ years with Rails, good English', ['language', 'years'], 4],
    ['Quetzal | Backend Engineer\n- 3+ years of Go, ideally in fintech', ['years'], 3],
    // Polish asks.
    ['Sosna Soft | QA Engineer | \u0141\u00f3d\u017a\nWymagania: co najmniej 2 lata do\u015bwiadczenia w testach, angielski komunikatywny.\nMile widziany: niemiecki.', ['language', 'years'], 2],
    // Latin America's years in an English line.
    ['Quetzal | Frontend Engineer\n\u2022 4 a\u00f1os+ with Vue', ['years'], 4],
  ];
  for (const [text, kinds, years] of CASES)
    it(text.split('\n').at(-1)!, () => {
      expect(kindsOf(text)).toEqual(kinds);
      expect(facts(text).yearsMin).toBe(years);
    });
  it('a pay field followed by perks keeps them as perks', () => {
    const text = 'Juniper Ledger | Android Engineer\nRequirements:\n- 5+ yrs Kotlin\nCompensation: $140k\u2013$160k\nplus equity and a 401(k) match';
    expect(itemTexts(text).join(' ')).not.toContain('401');
  });
  it('Polish work mode', () => expect(facts('Sosna Soft | QA Engineer | \u0141\u00f3d\u017a\nPraca hybrydowa, 2 dni w biurze.').workMode).toBe('hybrid'));
});

describe('kinds s42 batch 2: pay in millions, crowns, months in more words', () => {
  const CASES: Array<[string, { min: number | null; max: number | null; currency: string; period: string } | null]> = [
    // Millions said with "M" where a year's pay runs to millions; not a round's millions in dollars.
    ['Fuji Cloud | SRE | Osaka\n\nSalary: 8M\u201311M JPY per year', { min: 8000000, max: 11000000, currency: 'JPY', period: 'year' }],
    ['Gangnam Apps | iOS Developer | Seoul\n\nKRW 60M \u2013 80M per year', { min: 60000000, max: 80000000, currency: 'KRW', period: 'year' }],
    ['Acme Rockets | Backend Engineer | New York\n\nWe raised $40M last year. Salary: $150k\u2013$180k', { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    // Millions said in a word, once for the range.
    ['S\u00e0i G\u00f2n Soft | Backend Developer | HCMC\n\nL\u01b0\u01a1ng: 20 \u2013 30 tri\u1ec7u VND/th\u00e1ng', { min: 20000000, max: 30000000, currency: 'VND', period: 'month' }],
    ['Bandung Labs | Mobile Developer | Bandung\n\nGaji: Rp 12 juta \u2013 Rp 18 juta per bulan', { min: 12000000, max: 18000000, currency: 'IDR', period: 'month' }],
    // The crown by the posting's place.
    ['Fjellnett | Backend Developer | Bergen\n\nL\u00f8nn: 700 000 \u2013 820 000 kr', { min: 700000, max: 820000, currency: 'NOK', period: 'year' }],
    ['Skogsdata | Backend Developer | Stockholm\n\nL\u00f6n: 52 000 \u2013 60 000 kr/m\u00e5n', { min: 52000, max: 60000, currency: 'SEK', period: 'month' }],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).salary && { ...facts(text).salary }).toEqual(want));
});

describe('kinds s42 batch 2: sponsorship in more words', () => {
  const CASES: Array<[string, boolean | null]> = [
    ['Tulip Data | Data Engineer | Utrecht\n\nWe can apply for your highly skilled migrant visa.', true],
    ['Kopi Labs | SRE | Singapore\n\nWe welcome EP holders and will handle the EP application.', true],
    ['Thames Health | Analyst | Reading\n\nApplicants who need a Skilled Worker visa are welcome to apply.', true],
    ['Thames Health | Analyst | Reading\n\nApplicants who need a visa will not be considered.', false],
    ['Lys \u00c9nergie | D\u00e9veloppeur | Lyon\n\nNous accompagnons les candidats dans leurs d\u00e9marches de visa.', true],
    ['Lys \u00c9nergie | D\u00e9veloppeur | Lyon\n\nNous ne pouvons pas accompagner les d\u00e9marches de visa.', false],
    ['Pine Payroll | Data Engineer | Austin, TX\n\nThis role does not qualify for employer-sponsored work authorization.', false],
    ['L\u00e9man Robotique | D\u00e9veloppeur | Gen\u00e8ve\n\nPermis B ou C ou nationalit\u00e9 suisse obligatoire.', false],
    ['Neckar Soft | Entwickler | Ulm\n\n- Eine g\u00fcltige Arbeitserlaubnis wird vorausgesetzt', false],
    // (A status given preference refuses no one.)
    ['Maple Gov | Analyst | Ottawa\n\nPreference will be given to Canadian citizens.', null],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).sponsorship).toBe(want));
});

describe('kinds s42 batch 2: asks in Swedish, a header clearance, technical English, a French pay field', () => {
  const CASES: Array<[string, string[]]> = [
    ['Skogsdata | Backend Developer | Malm\u00f6\nMinst 3 \u00e5rs erfarenhet av Kotlin.\nFlytande svenska \u00e4r ett krav.', ['language', 'years']],
    ['Harrier Systems | Test Engineer | Huntsville, AL | Onsite | TS/SCI required', ['clearance']],
    // (A clearance the hire will go through, named by no level, is no ask in a header.)
    ['Harrier Systems | Test Engineer | Huntsville, AL | Security: willing to undergo clearance', []],
    ['Rosario Labs | Backend Developer\nIngl\u00e9s t\u00e9cnico.', ['language']],
    ['Seine Data | D\u00e9veloppeur\nR\u00e9mun\u00e9ration : 55 \u2013 65 k\u20ac\nExp\u00e9rience : 3 ans minimum', ['years']],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(kindsOf(text)).toEqual(want));
});

describe('kinds s42 batch 3: pay', () => {
  const CASES: Array<[string, { min: number | null; max: number | null; currency: string; period: string } | null]> = [
    // Hungary's month, "/ h\u00f3", is no hour.
    ['Tisza Soft | Backend Developer | Szeged\n\nBrutt\u00f3 950.000 \u2013 1.250.000 Ft / h\u00f3', { min: 950000, max: 1250000, currency: 'HUF', period: 'month' }],
    // A floor in German.
    ['Donau Apps | Android Entwickler | Graz\n\nGehalt: ab \u20ac 3.900 brutto/Monat', { min: 3900, max: null, currency: 'EUR', period: 'month' }],
    // A contract's budget field by the month; not a perk's budget by the year.
    ['Papyrus Apps | Flutter Developer | Remote\n\nBudget: 4,500\u20136,000 EUR net per month (B2B)', { min: 4500, max: 6000, currency: 'EUR', period: 'month' }],
    ['Papyrus Apps | Flutter Developer | Remote\n\nLearning budget: \u20ac1,000\u2013\u20ac1,500 per year', null],
    // A business's figure right after the amount.
    ['Hive Notes | CTO | Remote\n\nWe are at $60k MRR and growing.', null],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).salary && { ...facts(text).salary }).toEqual(want));
});

describe('kinds s42 batch 3: sponsorship and the right to work', () => {
  const CASES: Array<[string, boolean | null]> = [
    ['Brightfern | Staff Engineer | Remote, EU or UK only\n\nYou must be based in and able to work from the EU or UK.', false],
    ['Chao Phraya Data | Analyst | Bangkok\n\nThai nationality only.', false],
    // A transfer offered, new petitions refused: sponsorship, offered.
    ['Parallax Labs | iOS Engineer | SF\n\nWe can transfer an existing H-1B but cannot sponsor new petitions.', true],
    // (Neither alone: a refusal of any sponsorship stays one.)
    ['Parallax Labs | iOS Engineer | SF\n\nWe cannot sponsor new petitions or transfers.', false],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).sponsorship).toBe(want));
});

describe('kinds s42 batch 3: asks in Dutch, a level said "on good level"', () => {
  const CASES: Array<[string, string[], number | null]> = [
    ['Maas Logistics | Java Developer | Rotterdam\n- Minimaal 3 jaar ervaring met Kotlin\n- Vloeiend Nederlands', ['language', 'years'], 3],
    ['Daugava Soft | Java Developer | Riga\nRequirement: minimum 4 year experience with Java, english on good level.', ['language', 'years'], 4],
  ];
  for (const [text, kinds, years] of CASES)
    it(text.split('\n').at(-1)!, () => {
      expect(kindsOf(text)).toEqual(kinds);
      expect(facts(text).yearsMin).toBe(years);
    });
});
