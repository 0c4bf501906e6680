import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf, tuneFactFloors } from './kinds-readers';

// Session 59: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s59.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s59: the fresh-written postings', 'kinds-fresh-s59.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s59`, code at 6a6002d4, before any tuning): tune yearsMin
// 100, workMode 76, salary 96, sponsorship 96, clearance 100, degree 84 (kind recall 85); report yearsMin 96, workMode 72, salary
// 100, sponsorship 84, clearance 96, degree 80 (kind recall 67).
// Batch 2 (n 51-100) was written after batch 1's fixes were committed (34798338); its first read is the carry-over measure
// (`npx tsx test/bench/eval-requirements.ts --set s59`, code at 2050d9ce): tune yearsMin 100, workMode 92, salary 100, sponsorship
// 92, clearance 92, degree 92 (kind recall 90, language recall 73); report yearsMin 92, workMode 88, salary 100, sponsorship 88,
// clearance 100, degree 80 (kind recall 78). Batch 1's first read was workMode 76 / 72 and degree 84 / 80 (tune / report).

// Classes from the tune half of batch 1, by mechanism, not by phrasing (#12): every line below was written for this file,
// none taken from the corpus, the eval fixtures or a labelled row, and each in other words than the tune row that showed the
// class. Each class has counter-examples that must stay as they are.

const posting = (line: string) => `Somewhere | Engineer | Acme\n${line}`;
const fact = (line: string) => facts(posting(line));
const kinds = (line: string) => kindsOf(posting(line));

describe('facts s59: a job title named by a degree word, in a header line', () => {
  it('reads no degree from the title field', () => {
    expect(facts('Poznań | Inżynier Danych | Warta Soft Sp. z o.o.\nPraca zdalna').degree).toBeNull();
    expect(facts('Lublin | Magister Farmacji | Apteka Zamek Sp. z o.o.\nPraca w aptece').degree).toBeNull();
  });
  it('still reads a degree said with its own words, in a field or on a line', () => {
    expect(facts('Wymagania | Tytuł inżyniera w zakresie automatyki | Niemiecki B1').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Wykształcenie wyższe, tytuł inżyniera mechaniki').degree).toMatchObject({ level: 'bachelor', required: true });
  });
});

describe('facts s59: degrees named in Greek, Romanian and the Nordic languages on a short line', () => {
  it("reads Greece's ptychio and Romania's higher studies as a bachelor's", () => {
    expect(fact('Ptychio in Mathematics or Physics').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Studii superioare absolvite în economie').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(kinds('Ptychio or equivalent, ideally in Economics')).toContain('degree');
  });
  it("reads a mastergrad as a master's and a bachelorgrad as a bachelor's, wished where it is a plus", () => {
    expect(fact('Mastergrad innen statistikk').degree).toMatchObject({ level: 'master', required: true });
    expect(fact('Bachelorgrad i økonomi er en fordel').degree).toMatchObject({ level: 'bachelor', required: false });
  });
  it('reads no degree from secondary studies', () => {
    expect(fact('Studii medii finalizate').degree).toBeNull();
  });
});

describe("facts s59: Slovakia's month, \"mesačne\"", () => {
  it('reads the pay by the month', () => {
    expect(fact('Plat od 1 800 € brutto mesačne').salary).toEqual({ min: 1800, max: null, currency: 'EUR', period: 'month' });
    expect(fact('Mzda 2 100 – 2 700 € mesačne').salary).toMatchObject({ min: 2100, max: 2700, period: 'month' });
  });
  it('reads no pay from an allowance by the month', () => {
    expect(fact('Príplatok 150 € mesačne na stravu').salary).toBeNull();
  });
});

describe('facts s59: Turkish words with a capital dotted I', () => {
  it('reads the language asked', () => {
    expect(kinds('İyi derecede Almanca')).toContain('language');
  });
  it('reads none from other words', () => {
    expect(kinds('İyi bir takım oyuncusu olmak')).not.toContain('language');
  });
});

describe('facts s59: a visa, or help with one, said not to be given', () => {
  it('reads no sponsorship', () => {
    expect(fact('Work visa not provided for this vacancy').sponsorship).toBe(false);
    expect(fact('Visa sponsorship and relocation are not offered').sponsorship).toBe(false);
    expect(kinds('Work visa not provided for this vacancy')).toContain('authorization');
  });
  it('keeps a visa provided, and a visa said to be needless', () => {
    expect(fact('Visa support and flights provided').sponsorship).toBe(true);
    expect(fact('No visa is needed for EU nationals').sponsorship).toBeNull();
  });
});

describe('facts s59: remote only for a first stretch, then another mode', () => {
  it('reads the mode after it', () => {
    expect(fact('Remote during the first six weeks, then in the office three days a week').workMode).toBe('hybrid');
    expect(fact('Fully remote until the end of your probation; afterwards on-site in Gent').workMode).toBe('onsite');
  });
  it('keeps a remote job with an onboarding week, and remote with no other mode after it', () => {
    expect(fact('Fully remote; onboarding week in Berlin').workMode).toBe('remote');
    expect(fact('Remote for the first month while your laptop is configured').workMode).toBe('remote');
  });
});

describe('facts s59: home days with no count', () => {
  it('reads a hybrid week', () => {
    expect(fact('Hybrid model with flexible home-office days').workMode).toBe('hybrid');
  });
  it('keeps a remote job remote', () => {
    expect(fact('Remote-first; WFH every day').workMode).toBe('remote');
  });
});

describe("facts s59: a location field naming the office's place, finer than the header's city", () => {
  it('reads on site', () => {
    expect(facts('Utrecht | Analyst | Acme\nLocation: Utrecht Science Park').workMode).toBe('onsite');
    expect(facts('Glasgow | Tester | Acme\nOffice: 40 Bothwell Street, Glasgow').workMode).toBe('onsite');
    expect(facts('Berlin | Entwickler | Acme\nArbeitsort: Berlin-Adlershof').workMode).toBe('onsite');
  });
  it('reads no mode from the city alone or a region, and keeps another mode said', () => {
    expect(facts('Leeds | Analyst | Acme\nLocation: Leeds').workMode).toBeNull();
    expect(facts('Manchester | Analyst | Acme\nLocation: Greater Manchester').workMode).toBeNull();
    expect(facts('Bristol | Analyst | Acme\nLocation: Bristol or remote (UK)').workMode).toBe('remote');
    expect(facts('Leeds | Analyst | Acme\nLocation: Leeds, Yorkshire\nFully remote within the UK').workMode).toBe('remote');
  });
});

// Classes from the tune half of batch 2, after its first read (e03bed08), the same way.

describe('facts s59 (batch 2 tune): degrees named by one word more', () => {
  it("reads Denmark's professionsbachelor on a short line, and a laurea of either level as the lower", () => {
    expect(fact('Professionsbachelor i it-arkitektur').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Laurea magistrale oppure triennale in Fisica').degree).toMatchObject({ level: 'bachelor', required: true });
  });
  it("keeps the laurea magistrale alone a master's", () => {
    expect(fact('Laurea magistrale in Fisica').degree).toMatchObject({ level: 'master' });
  });
});

describe('facts s59 (batch 2 tune): a clearance by its vetting, and a level needed beside one wished', () => {
  it('reads the clearance', () => {
    expect(fact('You will go through BPSS vetting before day one').clearance).toBe('BPSS');
    expect(fact('Negative Vetting 1 desirable, Baseline mandatory').clearance).toBe('Baseline');
  });
  it('reads none from a BPSS screening or a baseline of another kind', () => {
    expect(fact('BPSS screening is done by our HR partner').clearance).toBeNull();
    expect(fact('A performance baseline is required for every service').clearance).toBeNull();
  });
});

describe('facts s59 (batch 2 tune): a visa provided or supported, by its own name', () => {
  it('reads sponsorship', () => {
    expect(fact('Residency visa and annual flights home provided').sponsorship).toBe(true);
    expect(fact('Bei der Blue Card unterstützen wir dich gern').sponsorship).toBe(true);
  });
  it('reads none offered where a Blue Card is only named', () => {
    expect(fact('Eine Blue Card musst du schon haben').sponsorship).not.toBe(true);
  });
});

describe('facts s59 (batch 2 tune): on site for a count of days short of the week, with no "a week"', () => {
  it('reads a hybrid week', () => {
    expect(fact('Onsite 3 days at the Reston client office').workMode).toBe('hybrid');
    expect(fact('On-site 2 days, the rest remote').workMode).toBe('hybrid');
  });
  it('keeps days a month remote, and the whole week on site', () => {
    expect(fact('Onsite 3 days a month for planning; otherwise remote').workMode).toBe('remote');
    expect(fact('On-site 5 days a week').workMode).toBe('onsite');
  });
});

describe('facts s59 (batch 2 tune): Czech and Slovak work at a place', () => {
  it('reads on site', () => {
    expect(fact('Práce na pobočce v Brně každý den').workMode).toBe('onsite');
  });
  it('keeps work from home remote, and a team no place', () => {
    expect(fact('Práca z domu, kancelária v Nitre raz za mesiac').workMode).toBe('remote');
    expect(fact('Práca v tíme piatich ľudí').workMode).toBeNull();
  });
});

describe('facts s59 (batch 2 tune): language levels in Hungarian and Czech', () => {
  it('reads the language asked', () => {
    expect(kinds('Alapfokú német nyelvtudás')).toContain('language');
    expect(kinds('Němčina pasivně')).toContain('language');
  });
  it('reads no language from a level of schooling', () => {
    expect(kinds('Középfokú végzettség')).not.toContain('language');
  });
});

// Floors: the tune halves as read after the s59 fixes (`npx tsx test/bench/eval-requirements.ts --set s59`). Batch 1 right on
// every row (first read: yearsMin 25, workMode 19, salary 24, sponsorship 24, clearance 25, degree 21 of 25); batch 2 right on
// every row (first read, the carry-over: yearsMin 25, workMode 23, salary 25, sponsorship 23, clearance 23, degree 23). Never
// lowered; raised when a fix reads more.
tuneFactFloors('facts s59: floors on the tune halves', 'kinds-fresh-s59.jsonl', {
  1: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
  2: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
});
