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
    // (A degree with its years, then another with fewer, asks the first pair's years: session 38's decided convention,
    // test/fixtures/text/careful/s38-decided.json.)
    ["Requirements:\n- A bachelor's in CS and 6 years of professional experience, or a master's and 4 years", 6],
    // Years in Portuguese with their floor.
    ['Requisitos:\n- M\u00ednimo de 4 anos com React Native', 4],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).yearsMin).toBe(want));
});

describe('kinds s41: one year said with "a", degrees by their capitals, diplomas', () => {
  const CASES: Array<[string, number | null]> = [
    ['Requirements:\n- At least a year of warehouse systems experience', 1],
    ['Requirements:\n- A year or more of experience in payroll support', 1],
    // (A period, a frequency or the company's age said with "a year" asks none.)
    ['About us:\nWe get together in Porto at least once a year.', null],
    ["About us:\nWe've been cash-flow positive for over a year now.", null],
  ];
  for (const [text, want] of CASES) it(text.split('\n').at(-1)!, () => expect(facts(text).yearsMin).toBe(want));

  const DEGREES: Array<[string, [string, boolean] | null]> = [
    ['Requirements:\n- Registered nurse with a BSN; MSN preferred', ['bachelor', true]],
    ['Requirements:\n- BBA or BCom in finance', ['bachelor', true]],
    ['Requirements:\n- BSEE required, MSEE preferred', ['bachelor', true]],
    ['Requirements:\n- College or CEGEP diploma in computer science', ['associate', true]],
    ['Requirements:\n- Diploma or degree in information technology', ['associate', true]],
    // (A school-leaving diploma is no degree; an LLM is a model, MFA a login step.)
    ['Requirements:\n- High school diploma or GED', null],
    ['Requirements:\n- You have shipped LLM features to production', null],
    ['Requirements:\n- You have rolled out MFA across a company', null],
  ];
  for (const [text, want] of DEGREES)
    it(text.split('\n').at(-1)!, () => {
      const d = facts(text).degree;
      expect(d && [d.level, d.required]).toEqual(want);
    });
});

describe('kinds s41: a wish after a dash, languages listed alone, a permit card seen to', () => {
  const KINDS: Array<[string, string[]]> = [
    // A line that is languages alone, joined as a list, asks them.
    ['Marlin Pay | Backend Engineer | Haifa\n\nWe build card rails.\n\nPortuguese and English.\n\nGo, Postgres.', ['language']],
    ['Marlin Pay | Backend Engineer | Haifa\n\nWe build card rails.\nLanguages: Czech, English', ['language']],
    // (A page's language menu is no ask.)
    ['Marlin Pay | Backend Engineer | Haifa\n\nWe build card rails.\nEnglish / Deutsch', []],
  ];
  for (const [text, want] of KINDS) it(text.split('\n').at(-1)!, () => expect(kindsOf(text)).toEqual(want));

  it('a clearance wished after a dash is no clearance required', () => {
    const text = 'Requirements:\n- 4+ years of network engineering\n- Security clearance \u2013 big advantage';
    expect(facts(text).clearance).toBeNull();
    expect(kindsOf(text)).toEqual(['clearance', 'years']);
  });
  it('a clearance asked after a dash is required', () => expect(facts('Requirements:\n- Clearance \u2013 active Secret, required').clearance).not.toBeNull());

  const SPONSOR: Array<[string, boolean | null]> = [
    ["Zlatá Data | Scala Engineer | Brno\n\nWe'll sort out your employee card and the move.", true],
    ['Zlatá Data | Scala Engineer | Brno\n\nWe take care of the residence card for non-EU hires.', true],
    // (Refused, or a product's work: no offer.)
    ["Zlatá Data | Scala Engineer | Brno\n\nRelocation help, but we can't arrange the employee card.", null],
    ['Zlatá Data | Scala Engineer | Brno\n\nOur software lets HR teams sort out employee card printing.', null],
  ];
  for (const [text, want] of SPONSOR) it(text.split('\n').at(-1)!, () => expect(facts(text).sponsorship).toBe(want));
});

describe('kinds s41 batch 2 classes: months, a degree plus years, crores, a period said, German vetting and degrees', () => {
  const YEARS: Array<[string, number | null]> = [
    ['Requirements:\n- 18 months+ in a warehouse operations role', 1.5],
    ['Requirements:\n- At least 6 months of experience with Salesforce admin', 0.5],
    ['Requirements:\n- BS in Chemistry or Biology + 2 years, or 6 years without a degree', 2],
    // (Months as a duration, a contract or a probation ask none.)
    ["About us:\nI've been looking for a role for 9+ months now.", null],
    ['About us:\nThe past 14 months of growth were our best.', null],
    ['Benefits:\n- A 12-month contract, with a 6 month probation', null],
    ['Contract role\nDuration: 9+ months, likely extended', null],
  ];
  for (const [text, want] of YEARS) it(text.split('\n').at(-1)!, () => expect(facts(text).yearsMin).toBe(want));

  const PAY: Array<[string, [number | null, number | null, string, string] | null]> = [
    ['Lotus Retail | Head of Data | Pune\nCTC: \u20b92.1\u20132.8 Cr', [21000000, 28000000, 'INR', 'year']],
    ['Sampan | Go Developer | Da Nang\n- Up to 45,000,000 VND/month gross', [null, 45000000, 'VND', 'month']],
    // (A round's crores, and a plan's monthly price, are no pay.)
    ['Lotus Retail | Head of Data | Pune\nWe raised \u20b975 Cr in our Series B.', null],
    ['Sampan | Go Developer\nOur enterprise plan costs USD 2,500/month.', null],
  ];
  for (const [text, want] of PAY)
    it(text.split('\n').at(-1)!, () => {
      const s = facts(text).salary;
      expect(s && [s.min, s.max, s.currency, s.period]).toEqual(want);
    });

  it('Germany\u2019s vetting and a Master-Studium, asked in German', () => {
    const text = 'Rheinwerk | Cloud Engineer | K\u00f6ln\nAbgeschlossenes Master-Studium der Informatik\nBereitschaft zur Sicherheits\u00fcberpr\u00fcfung (\u00dc3)';
    const f = facts(text);
    expect(f.clearance).not.toBeNull();
    expect(f.degree && [f.degree.level, f.degree.required]).toEqual(['master', true]);
    expect(kindsOf(text)).toEqual(['clearance', 'degree']);
  });

  const SPONSOR: Array<[string, boolean | null]> = [
    ["Tembusu | Designer | Singapore\n\nNeed an EP? We'll apply for it on your behalf.", true],
    ['Kuusk | Backend Engineer | Tartu\n\nThe visa, your flights and two weeks in a hotel are on us.', true],
    ["Quince | Founding Engineer | SF\n\nWe'll sponsor (or transfer) your visa.", true],
    // (A visa the hire pays, a product's visa feature, and a refusal with an aside.)
    ['Kuusk | Backend Engineer | Tartu\n\nOur app files visa forms and the setup is covered in onboarding.', null],
    ["Quince | Founding Engineer | SF\n\nWe can't sponsor (sorry!) visas this year.", false],
  ];
  for (const [text, want] of SPONSOR) it(text.split('\n').at(-1)!, () => expect(facts(text).sponsorship).toBe(want));

  const KINDS: Array<[string, string[]]> = [
    ['Fernleaf | Accessibility Engineer\n\nRequirements:\n- British Sign Language skills are a plus', ['language']],
    ['Protea | Data Scientist\n\nRequirements:\n- isiXhosa or Afrikaans advantageous', ['language']],
    ['Sampan | Go Developer\n\nRequirements:\n- English: good enough to read RFCs and write PRs', ['language']],
    // (A language's field that says what the company speaks asks nothing.)
    ['Sampan | Go Developer\n\nAbout us:\nEnglish: the language all 30 of us use.', []],
  ];
  for (const [text, want] of KINDS) it(text.split('\n').at(-1)!, () => expect(kindsOf(text)).toEqual(want));
});

describe('kinds s41: a status under a requirement label on its own line', () => {
  const CASES: Array<[string, boolean | null]> = [
    ['Olivar | SRE | Remote (Spain)\nImprescindible: permiso de trabajo en Espa\u00f1a.\n3 a\u00f1os con Terraform.', false],
    ['Olivar | SRE | Remote (Spain)\nMust have: EU citizenship or a Spanish work permit', false],
    // (The label over work about statuses, or over an offer, asks none.)
    ['Olivar | SRE\nRequired: experience building work permit workflows for HR teams', null],
    ['Olivar | SRE\nRequired: nothing formal; we sponsor work permits', true],
  ];
  for (const [text, want] of CASES) it(text.split('\n')[1]!, () => expect(facts(text).sponsorship).toBe(want));
});

describe('kinds s41 batch 3 classes', () => {
  it('a status held, after a country\u2019s initials', () => expect(facts('Kestrel | Eng\nYou need to already hold U.K. work authorization.').sponsorship).toBe(false));
  it('(initials end a sentence too)', () => expect(facts('Kestrel | Eng\nOur office is in the U.S. Visa sponsorship is available.').sponsorship).toBe(true));
  const PAY: Array<[string, [number | null, number | null, string, string] | null]> = [
    ['Pohjola | Backend Engineer | Oulu\n4 800 \u2013 6 000 \u20ac / kk', [4800, 6000, 'EUR', 'month']],
    ['Arepa | QA | Remote (Colombia)\nPago: USD 3.000 \u2013 3.800 al mes', [3000, 3800, 'USD', 'month']],
  ];
  for (const [text, want] of PAY)
    it(text.split('\n')[1]!, () => {
      const s = facts(text).salary;
      expect(s && [s.min, s.max, s.currency, s.period]).toEqual(want);
    });
  const YEARS: Array<[string, number | null]> = [
    // The years then what was done in them, at a bullet's start.
    ['Requirements:\n- Three years reconciling ledgers for a bank', 3],
    // (A wish for years sets no minimum; years of something running are none.)
    ["Requirements:\n- We'd love to see 8 or more years in payments", null],
    ['About us:\n- Two years running, we won the regional award', null],
  ];
  for (const [text, want] of YEARS) it(text.split('\n')[1]!, () => expect(facts(text).yearsMin).toBe(want));
});

describe('kinds s41: a heading that loves to see is a list of asks', () => {
  it("'What we'd love to see' over years asks them", () => expect(facts("Kestrel | QA\n\nWhat we'd love to see\n- At least 5 years in test automation\n- Strong Kotlin").yearsMin).toBe(5));
});
