import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf, tuneFactFloors } from './kinds-readers';

// Session 60: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s60.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s60: the fresh-written postings', 'kinds-fresh-s60.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s60`, code at cce3db11, before any tuning): tune yearsMin
// 96, workMode 96, salary 100, sponsorship 96, clearance 100, degree 92 (kind recall 83, clearance kind recall 75, language 92);
// report yearsMin 100, workMode 92, salary 96, sponsorship 96, clearance 96, degree 88 (kind recall 86, language recall 77).
// Batch 2 (n 51-100) was written after batch 1's fixes were committed (23f71d30); its first read is the carry-over measure
// (`npx tsx test/bench/eval-requirements.ts --set s60`, code at ca397a5a): tune yearsMin 96, workMode 88, salary 92, sponsorship
// 96, clearance 96, degree 80 (kind recall 79, clearance kind recall 50); report yearsMin 88, workMode 100, salary 100,
// sponsorship 96, clearance 96, degree 100 (language kind recall 86). Batch 1's first read was degree 92 / 88 (tune / report).

// Classes from the tune half of batch 1, by mechanism, not by phrasing (#12): every line below was written for this file,
// none taken from the corpus, the eval fixtures or a labelled row, and each in other words than the tune row that showed the
// class. Each class has counter-examples that must stay as they are.

const posting = (line: string) => `Somewhere | Engineer | Acme\nAt least 3 years with Go\n${line}`;
const fact = (line: string) => facts(posting(line));
const kinds = (line: string) => kindsOf(posting(line));
const german = (line: string) => facts(`Dresden | Entwickler (m/w/d) | Acme GmbH\nMindestens 2 Jahre Erfahrung mit Linux\n${line}`);

describe('facts s60: a status asked with when it is needed, on a line of its own', () => {
  it('reads the line as an ask, not as the heading of the lines after it', () => {
    const text = 'Leeds | Analyst | Acme\n£40k\nSecret clearance required by the start date\nBachelor\u2019s in statistics\n2+ years with R';
    expect(kindsOf(text)).toEqual(expect.arrayContaining(['clearance', 'degree', 'years']));
    expect(kindsOf('Leeds | Analyst | Acme\nTop Secret clearance needed prior to your start date\nMaster\u2019s in physics')).toEqual(expect.arrayContaining(['clearance', 'degree']));
  });
  it('keeps a heading with a colon, and a heading of no status, heading what follows', () => {
    expect(kindsOf('Leeds | Analyst | Acme\nWhat is required before you start\n2+ years with R\nBachelor\u2019s in statistics')).toEqual(expect.arrayContaining(['degree', 'years']));
    expect(fact('Security clearance required:\nSC or DV held').clearance).not.toBeNull();
  });
});

describe('facts s60: eligible "for work in" a country', () => {
  it('reads the status asked: no sponsorship, an authorization ask', () => {
    expect(fact('Applicants must be eligible for work in Ireland').sponsorship).toBe(false);
    expect(kinds('Applicants must be eligible for work in Ireland')).toContain('authorization');
  });
  it('reads no status from eligibility for home or remote work', () => {
    expect(fact('Eligible for our work-from-home allowance after probation').sponsorship).toBeNull();
    expect(kinds('Eligible for our work-from-home allowance after probation')).not.toContain('authorization');
  });
});

describe("facts s60: Lithuania's higher education", () => {
  it("reads \"aukštasis (koleginis / universitetinis) išsilavinimas\" as a bachelor's", () => {
    expect(fact('Aukštasis koleginis išsilavinimas').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Aukštasis universitetinis išsilavinimas būtų privalumas').degree).toMatchObject({ level: 'bachelor', required: false });
  });
  it('reads no degree from secondary education', () => {
    expect(fact('Vidurinis išsilavinimas').degree).toBeNull();
  });
});

describe('facts s60: a German degree said with its verb not to be needed', () => {
  it('reads no degree from "setzen wir nicht voraus", "wird (von uns) nicht verlangt"', () => {
    expect(german('Berufsausbildung als Elektroniker; einen Hochschulabschluss setzen wir nicht voraus').degree).toBeNull();
    expect(german('Ein Hochschulabschluss wird von uns nicht verlangt').degree).toBeNull();
    expect(kinds('Ein Hochschulabschluss wird von uns nicht verlangt')).not.toContain('degree');
  });
  it('still reads the degree where the verb says it is needed, and a need denied of another thing', () => {
    expect(german('Ein Studium setzen wir voraus').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(german('Deutschkenntnisse setzen wir nicht voraus; ein Studium der Physik ist Pflicht').degree).toMatchObject({ level: 'bachelor', required: true });
  });
});

describe('facts s60: German "...kenntnisse" of a language with its CEFR level after it', () => {
  it('reads the language asked, or wished', () => {
    expect(kinds('Spanischkenntnisse mindestens B2')).toContain('language');
    expect(kinds('Deutschkenntnisse (B2) in Wort und Schrift')).toContain('language');
    expect(kinds('Tschechischkenntnisse (B1) von Vorteil')).toContain('language');
  });
  it('reads no language from knowledge of no language at a level, nor one said not to be needed', () => {
    expect(kinds('Grundkenntnisse auf B2-Niveau reichen')).not.toContain('language');
    expect(kinds('Deutschkenntnisse sind nicht erforderlich')).not.toContain('language');
  });
});

describe('facts s60: times a week at the office, in Czech, Polish and the like', () => {
  it('reads a hybrid week', () => {
    expect(fact('Na pracoviště v Karlíně třikrát týdně, jinak z domova').workMode).toBe('hybrid');
    expect(fact('Do biura na Mokotowie dwa razy w tygodniu').workMode).toBe('hybrid');
    expect(fact('In the office on Leith Walk twice /wk').workMode).toBe('hybrid');
  });
  it('reads no week from times a year', () => {
    expect(fact('Einmal im Jahr Teamtreffen in Köln').workMode).toBeNull();
  });
});

describe('facts s60: a decade of an activity said by its verb', () => {
  it('reads ten years a decade', () => {
    expect(facts('Somewhere | Engineer | Acme\nA decade or more operating telecom networks').yearsMin).toBe(10);
    expect(facts('Somewhere | Engineer | Acme\nTwo decades building embedded firmware').yearsMin).toBe(20);
  });
  it("reads no years from the company's own decade", () => {
    expect(facts('Somewhere | Engineer | Acme\nA decade building payment rails for banks, we now hire our fifth engineer').yearsMin).toBeNull();
  });
});

describe('facts s60 (batch 2 tune): the UK\'s BPSS by its checks', () => {
  it('reads the clearance asked', () => {
    expect(fact('BPSS checks for everyone joining the data team').clearance).toBe('BPSS');
    expect(fact('Baseline Personnel Security Standard (BPSS) checks before your first shift').clearance).toBe('BPSS');
  });
  it('reads none from BPSS screening alone, nor from a DBS check', () => {
    expect(fact('BPSS screening is handled by our HR partner').clearance).toBeNull();
    expect(fact('An enhanced DBS check is part of onboarding').clearance).toBeNull();
  });
});

describe("facts s60 (batch 2 tune): Lithuania's higher education of a kind, and one not needed", () => {
  it("reads \"aukštasis techninis išsilavinimas\" as a bachelor's", () => {
    expect(fact('Aukštasis ekonominis išsilavinimas').degree).toMatchObject({ level: 'bachelor', required: true });
  });
  it('reads no degree where it is said not to be needed', () => {
    expect(fact('Aukštasis išsilavinimas nebūtinas').degree).toBeNull();
  });
});

// Floors: the tune halves as read after the s60 fixes (`npx tsx test/bench/eval-requirements.ts --set s60`). Batch 1 right on
// every row (first read: yearsMin 24, workMode 24, salary 25, sponsorship 24, clearance 25, degree 23 of 25); batch 2 (first
// read, the carry-over: yearsMin 24, workMode 22, salary 23, sponsorship 24, clearance 24, degree 20) as its two fixes leave it.
// Never lowered; raised when a fix reads more.
tuneFactFloors('facts s60: floors on the tune halves', 'kinds-fresh-s60.jsonl', {
  1: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
  2: { yearsMin: 24, workMode: 22, salary: 23, sponsorship: 24, clearance: 25, degree: 21 },
});
