import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf, tuneFactFloors } from './kinds-readers';

// Session 58: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s58.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s58: the fresh-written postings', 'kinds-fresh-s58.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s58`, code at 8e1b3e17, before any tuning): tune yearsMin
// 96, workMode 96, salary 96, sponsorship 96, clearance 96, degree 64 (kind recall 70); report yearsMin 96, workMode 72, salary
// 100, sponsorship 100, clearance 96, degree 76 (kind recall 71).
// Batch 2 (n 51-100) was written after batch 1's fixes were committed (fc14a352); its first read is the carry-over measure
// (`npx tsx test/bench/eval-requirements.ts --set s58`): tune yearsMin 100, workMode 84, salary 100, sponsorship 88, clearance
// 100, degree 72 (kind recall 76); report yearsMin 96, workMode 76, salary 96, sponsorship 96, clearance 100, degree 72 (kind
// recall 79). Session 57's carry-over batch read workMode 92 / 76 and degree 84 / 84 (tune / report).

// Classes from the tune half of batch 1, by mechanism, not by phrasing (#12): every line below was written for this file,
// none taken from the corpus, the eval fixtures or a labelled row, and each in other words than the tune row that showed the
// class. Each class has counter-examples that must stay as they are.

const posting = (line: string) => `Somewhere | Engineer | Acme\n${line}`;
const fact = (line: string) => facts(posting(line));
const kinds = (line: string) => kindsOf(posting(line));

describe('facts s58: years counted in Finnish words, the genitive before "vuoden"', () => {
  it('reads the years', () => {
    expect(fact('Vähintään neljän vuoden kokemus pilvipalveluista').yearsMin).toBe(4);
    expect(fact('Kuuden vuoden kokemus Pythonista').yearsMin).toBe(6);
    expect(kinds('Vähintään kahden vuoden kokemus asiakastuesta')).toContain('years');
  });
  it('reads no years from other counts', () => {
    expect(fact('Viiden hengen tiimi Oulussa').yearsMin).toBeNull();
    expect(fact('Kolme päivää viikossa toimistolla').yearsMin).toBeNull();
  });
});

describe('facts s58: degrees named in Norwegian, Swedish, Danish, Finnish and Polish', () => {
  it("reads higher education, an academic degree and Finland's university degree as a bachelor's", () => {
    expect(fact('Høyere utdanning innen økonomi eller IT').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Akademisk examen inom systemvetenskap').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Korkeakoulututkinto kauppatieteistä').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(kinds('Yliopistotutkinto luonnontieteistä')).toContain('degree');
  });
  it("reads Finland's higher university degree, Denmark's kandidat and Poland's engineer-master as a master's", () => {
    expect(fact('Ylempi korkeakoulututkinto matematiikasta').degree).toMatchObject({ level: 'master' });
    expect(fact('Kandidatgrad i fysik eller kemi').degree).toMatchObject({ level: 'master' });
    expect(fact('Tytuł magistra inżyniera elektroniki').degree).toMatchObject({ level: 'master' });
    expect(fact('Mgr inż. automatyki i robotyki').degree).toMatchObject({ level: 'master' });
  });
  it('reads no degree where none is named', () => {
    expect(fact('Høyere lønn enn markedet og fleksibel arbeidstid').degree).toBeNull();
    expect(fact('Korkea palkka ja joustavat työajat').degree).toBeNull();
    expect(fact('Magisterium z fizyki').degree).toMatchObject({ level: 'master' });
  });
});

describe('facts s58: a degree or a master\'s of a kind of school, as German names it', () => {
  it('reads the degree', () => {
    expect(fact('Studium an einer Hochschule oder Universität, gern in Physik').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Master an einer Universität oder FH in Mathematik').degree).toMatchObject({ level: 'master' });
    expect(kinds('Master einer Universität oder ETH in Statistik')).toContain('degree');
  });
  it('reads no degree from a school named otherwise', () => {
    expect(fact('Du präsentierst unsere Ergebnisse an einer Hochschule').degree).toBeNull();
    expect(fact('You will master a university-grade toolkit').degree).toBeNull();
  });
});

describe("facts s58: the company's own people holding degrees, beside a degree asked", () => {
  it('reads the degree asked, not theirs', () => {
    expect(fact('Degree in Geology or Geophysics; our founders both hold PhDs').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Laurea in Fisica; i nostri ricercatori hanno un dottorato').degree).toMatchObject({ level: 'bachelor' });
  });
  it('keeps a degree asked in a clause of its own', () => {
    expect(fact('PhD in chemistry; the team has a lab in Basel').degree).toMatchObject({ level: 'phd' });
    expect(fact("Our founders hold PhDs; you need a master's in physics").degree).toMatchObject({ level: 'master' });
  });
});

describe("facts s58: Ireland's framework levels named with the degree", () => {
  it('reads the level', () => {
    expect(fact('Level 8 degree in computing or a related area').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('NFQ Level 9 qualification in data analytics').degree).toMatchObject({ level: 'master' });
    expect(kinds('Level 8 honours degree in software engineering preferred')).toContain('degree');
  });
  it('reads no degree from a level of something else', () => {
    expect(fact('Level 8 support for enterprise clients').degree).toBeNull();
  });
});

describe('facts s58: sponsorship said to be on offer', () => {
  it('reads sponsorship offered, and no work right asked', () => {
    expect(fact('Sponsorship is on offer for strong applicants').sponsorship).toBe(true);
    expect(fact('Visa sponsorship is on the table for this hire').sponsorship).toBe(true);
    expect(kinds('Sponsorship is on offer for strong applicants')).not.toContain('authorization');
  });
  it('reads a refusal as before', () => {
    expect(fact("Sponsorship isn't on offer here").sponsorship).toBe(false);
    expect(fact('Sponsorship is off the table').sponsorship).toBe(false);
  });
});

describe('facts s58: a Polish day rate, "dziennie" after the contract\'s words', () => {
  it('reads a day', () => {
    expect(fact('1 000 – 1 300 PLN netto B2B dziennie').salary).toMatchObject({ min: 1000, max: 1300, currency: 'PLN', period: 'day' });
    expect(fact('950 – 1 150 zł netto dziennie').salary).toMatchObject({ currency: 'PLN', period: 'day' });
  });
  it('reads a month where the month is said, or nothing', () => {
    expect(fact('16 000 – 19 000 PLN netto B2B miesięcznie').salary).toMatchObject({ period: 'month' });
    expect(fact('20 000 – 24 000 PLN netto + VAT (B2B)').salary).toMatchObject({ period: 'month' });
  });
});

describe('facts s58: days at a place, the rest of the week at home (a Dutch line with "de" and "en" read as Dutch, not French)', () => {
  it('reads the office weekdays and home the rest of the week: hybrid', () => {
    expect(fact('Op maandag en woensdag werk je op kantoor in Zwolle, de rest van de week thuis').workMode).toBe('hybrid');
    expect(fact('On 2 days you work on-site in Zwolle, otherwise from home').workMode).toBe('hybrid');
  });
  it('reads the rest of the week at home, in German or Norwegian, before a table puts its words in English one by one', () => {
    expect(fact('Zwei Tage im Büro in Kassel, den Rest der Woche im Homeoffice').workMode).toBe('hybrid');
    expect(fact('To dager på kontoret, resten av uka hjemmefra').workMode).toBe('hybrid');
  });
  it('reads nothing from the rest of the week said of no place', () => {
    expect(fact('De rest van de week ben je vrij').workMode).toBeNull();
  });
  it('reads French and Dutch lines as before', () => {
    expect(fact('Présentiel le lundi et le jeudi, le reste en télétravail').workMode).toBe('hybrid');
    expect(fact('Je werkt elke dag op kantoor in Delft').workMode).toBe('onsite');
  });
});

describe('facts s58: a degree with its fields, then "preferred", on a line of its own is an ask, not a heading', () => {
  const text = 'Canberra ACT | Analyst | Acme\nThree years of SQL\nBachelor\'s in Statistics or Applied Maths preferred\nMust hold Baseline clearance';
  it('reads the clearance on the line after it as asked', () => {
    expect(facts(text).clearance).not.toBeNull();
    expect(facts(text).degree).toMatchObject({ level: 'bachelor', required: false });
  });
});

describe('facts s58: languages asked', () => {
  it('reads two Finnish names in the genitive under one level', () => {
    expect(kinds('Sujuva ruotsin ja englannin kielen taito')).toContain('language');
  });
  it('reads German "gutes" with a language named as a noun', () => {
    expect(kinds('Sehr gutes Englisch und Französisch')).toContain('language');
    expect(kinds('Gutes Englisch in Wort und Schrift')).toContain('language');
  });
  it('reads no language from "gutes" said of something else', () => {
    expect(kinds('Sehr gutes Verständnis von Kubernetes')).not.toContain('language');
    expect(kinds('Ein gutes Gespür für Design')).not.toContain('language');
  });
});

// Classes from the tune half of batch 2, after its first read (032d8bb7).
describe('facts s58 (batch 2 tune): a span of weekdays, and one weekday said to be the home day', () => {
  it('reads hybrid', () => {
    expect(fact('Vi sitter på kontoret i Bergen tirsdag til torsdag').workMode).toBe('hybrid');
    expect(fact('Torsdag er hjemmekontordag for hele teamet').workMode).toBe('hybrid');
  });
  it('reads no span from a week of five days, nor a day with no home said', () => {
    expect(fact('Torsdag er vi på messe i Oslo').workMode).toBeNull();
  });
});

describe('facts s58 (batch 2 tune): degrees', () => {
  it("reads Denmark's kandidat with its field as a master's, not a candidate somewhere", () => {
    expect(fact('Kandidat i fysik, matematik eller lignende').degree).toMatchObject({ level: 'master' });
    expect(fact('Vi søger en kandidat i Aarhus med erfaring i Go').degree).toBeNull();
  });
  it("reads a first degree joined to a higher one as the higher", () => {
    expect(fact('A BSc plus an MSc in Geotechnics').degree).toMatchObject({ level: 'master' });
    expect(fact('BSc or MSc in Geotechnics').degree).toMatchObject({ level: 'bachelor' });
  });
  it('reads a completed degree with its kind as an adjective, in German', () => {
    expect(fact('Abgeschlossenes naturwissenschaftliches Studium oder vergleichbare Ausbildung').degree).toMatchObject({ level: 'bachelor' });
  });
  it('reads a tertiary qualification as a bachelor\'s', () => {
    expect(fact('Tertiary qualification in accounting or finance').degree).toMatchObject({ level: 'bachelor', required: true });
  });
  it('reads a degree by its capitals, then required, as an ask and not a heading', () => {
    const text = 'Reno, NV | Engineer | Acme\nThree years of PCB layout\nBSCE required; MSCE preferred\nWe do not sponsor visas';
    expect(facts(text).degree).toMatchObject({ level: 'bachelor', required: true });
  });
  it('reads a degree "a plus, not a must" as wished', () => {
    expect(fact('A statistics degree is a plus, not a must').degree).toMatchObject({ level: 'bachelor', required: false });
  });
  it("reads Hungary's higher education, not an advanced language", () => {
    expect(fact('Felsőfokú közgazdasági végzettség').degree).toMatchObject({ level: 'bachelor' });
    expect(fact('Felsőfokú angol nyelvtudás').degree).toBeNull();
  });
});

describe('facts s58 (batch 2 tune): sponsorship and the right to work', () => {
  it('reads a work right the hire needs already as no sponsorship', () => {
    expect(fact('You will need full eligibility to work in Australia').sponsorship).toBe(false);
  });
  it("reads Japan's visa support with the particle alone between as offered", () => {
    expect(fact('就労ビザのサポートがあります').sponsorship).toBe(true);
    expect(fact('ビザのサポートなし').sponsorship).not.toBe(true);
  });
  it('reads a visa in a relocation package after "incl." as offered', () => {
    expect(fact('Relocation package incl. visa and a month of housing').sponsorship).toBe(true);
  });
});

describe('facts s58 (batch 2 tune): in the office a few days a week', () => {
  it('reads hybrid', () => {
    expect(fact('In the office at Canary Wharf three days a week').workMode).toBe('hybrid');
  });
  it('reads five days as on site', () => {
    expect(fact('In the office at Canary Wharf five days a week').workMode).toBe('onsite');
  });
});

describe('facts s58 (batch 2 tune): languages by a verb of command', () => {
  it('reads the language', () => {
    expect(kinds('Du behersker svensk og engelsk')).toContain('language');
  });
});

// Floors: the tune halves as read after the s58 fixes (`npx tsx test/bench/eval-requirements.ts --set s58`). Batch 1 right on
// every row (first read: yearsMin 24, workMode 24, salary 24, sponsorship 24, clearance 24, degree 16 of 25); batch 2 right on
// every row but one work mode (first read, the carry-over: yearsMin 25, workMode 21, salary 25, sponsorship 22, clearance 25,
// degree 18; the office named by a field alone, "Location: ...", read as no mode until s59 raised the floor to 25). Never
// lowered; raised when a fix reads more.
tuneFactFloors('facts s58: floors on the tune halves', 'kinds-fresh-s58.jsonl', {
  1: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
  2: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
});
