import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf, tuneFactFloors } from './kinds-readers';

// Session 57: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s57.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s57: the fresh-written postings', 'kinds-fresh-s57.jsonl');
// Batch 2 (n 51-100) was written after batch 1's fixes were committed (6bf5bf9d); its first read is the carry-over measure
// (`npx tsx test/bench/eval-requirements.ts --set s57`): tune yearsMin 88, workMode 92, salary 100, sponsorship 96, clearance 100,
// degree 84 (kind recall 83); report yearsMin 96, workMode 76, salary 100, sponsorship 96, clearance 100, degree 84 (kind
// recall 80). Session 56's carry-over batch read degree kind recall 58 (tune) and 70 (report).

// Classes from the tune half of batch 1, by mechanism, not by phrasing (#12): every line below was written for this file,
// none taken from the corpus, the eval fixtures or a labelled row, and each in other words than the tune row that showed the
// class. Each class has counter-examples that must stay as they are.

const posting = (line: string) => `Somewhere | Engineer | Acme\n${line}`;
const fact = (line: string) => facts(posting(line));
const kinds = (line: string) => kindsOf(posting(line));

describe('facts s57: years counted with the words between left in another language', () => {
  it('reads the years', () => {
    expect(fact('En az altı yıl siber güvenlik deneyimi').yearsMin).toBe(6);
    expect(kinds('En az altı yıl siber güvenlik deneyimi')).toContain('years');
  });
  it("reads no years from a company's age", () => {
    expect(fact('Kurulalı 15 yıl oldu, İstanbul merkezliyiz').yearsMin).toBeNull();
  });
});

describe('facts s57: days at a place out of the five of a week: hybrid', () => {
  it('reads hybrid', () => {
    expect(fact('Three days out of five at the Leith office').workMode).toBe('hybrid');
    expect(fact('Tre giorni su cinque in ufficio a Torino').workMode).toBe('hybrid');
    expect(fact('Trois jours sur cinq au bureau de Lille').workMode).toBe('hybrid');
  });
  it('reads the whole week on site as on site', () => {
    expect(fact('On site five days a week in Leeds').workMode).toBe('onsite');
  });
});

describe('facts s57: one weekday away from the office (a German adverb, or the day before "remote"): hybrid', () => {
  it('reads hybrid', () => {
    expect(fact('Dienstags im Homeoffice, sonst im Büro in Kassel').workMode).toBe('hybrid');
    expect(fact('Vier Tage im Werk in Jena, donnerstags mobiles Arbeiten').workMode).toBe('hybrid');
    expect(fact('Mondays remote, the rest at our Derby office').workMode).toBe('hybrid');
  });
  it('reads a remote job with a weekday in it as remote', () => {
    expect(fact('Fully remote; Fridays we demo to the whole company').workMode).toBe('remote');
  });
});

describe('facts s57: the rest of the week where one likes, after days at a place: hybrid', () => {
  it('reads hybrid', () => {
    expect(fact('Twee dagen op kantoor in Zwolle, verder waar je wilt').workMode).toBe('hybrid');
    expect(fact('Montags und mittwochs im Büro in Graz, sonst, wo du willst').workMode).toBe('hybrid');
  });
  it('reads working wherever one likes, with no days at a place, as remote', () => {
    expect(fact('Je werkt waar je wilt').workMode).toBe('remote');
  });
});

describe("facts s57: Turkish office with its endings ('ofisimizde', 'ofisimizdeyiz')", () => {
  it('reads hybrid with part of the week', () => {
    expect(fact('Haftada iki gün Kozyatağı ofisimizde çalışıyoruz').workMode).toBe('hybrid');
  });
});

describe('facts s57: sponsorship named first, then said not to be offered', () => {
  it('reads no sponsorship', () => {
    expect(fact('Visa sponsorship is not on the table for this hire').sponsorship).toBe(false);
    expect(fact('Sponsorship is sadly something we cannot provide').sponsorship).toBe(false);
    expect(fact("Sponsorship isn't on offer for this opening").sponsorship).toBe(false);
  });
  it('reads no refusal where it is offered', () => {
    expect(fact('Sponsorship is something we can offer to strong candidates').sponsorship).not.toBe(false);
    expect(fact('Sponsorship is on offer for this role').sponsorship).not.toBe(false);
  });
});

describe('facts s57: a citizenship said to be essential', () => {
  it('reads no sponsorship', () => {
    expect(fact('New Zealand citizenship is essential').sponsorship).toBe(false);
  });
  it('reads a citizenship said not to be essential as no refusal', () => {
    expect(fact('Citizenship is not essential; we sponsor visas').sponsorship).toBe(true);
  });
});

describe("facts s57: the UK's BPSS named as a clearance", () => {
  it('reads BPSS', () => {
    expect(fact('Successful applicants will need BPSS clearance').clearance).toBe('BPSS');
    expect(fact('You will be BPSS-cleared before day one').clearance).toBe('BPSS');
  });
  it('reads BPSS screening alone as no clearance (careful-reader-11)', () => {
    expect(fact('Able to pass BPSS screening').clearance).toBeNull();
  });
});

describe('facts s57: degrees', () => {
  it("reads the lower of a laurea's levels offered in a bracket", () => {
    expect(fact('Laurea in Fisica (triennale o magistrale)').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Laurea magistrale in Ingegneria Elettronica').degree).toMatchObject({ level: 'master' });
    expect(fact('Contratto triennale, sede a Bari').degree).toBeNull();
  });
  it('reads a German degree said to be no must as not asked', () => {
    expect(fact('Ein abgeschlossenes Studium ist kein Muss, Erfahrung zählt').degree).toBeNull();
    expect(fact('Ein Studium ist keine Voraussetzung').degree).toBeNull();
    expect(fact('Ein abgeschlossenes Studium ist Pflicht').degree).toMatchObject({ level: 'bachelor', required: true });
  });
  it('reads a degree with its kinds of school in a bracket, then its field', () => {
    expect(fact('Hochschulabschluss (Universität oder FH) in Elektrotechnik').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(fact('Degree (BSc or MSc) in Physics').degree).toMatchObject({ level: 'bachelor' });
    expect(kinds('Hochschulabschluss (Universität oder FH) in Elektrotechnik')).toContain('degree');
  });
  it("reads Denmark's academy profession degrees as an associate's", () => {
    expect(fact('Du har en datamatikeruddannelse').degree).toMatchObject({ level: 'associate' });
    expect(kinds('Krav: datamatiker eller tilsvarende')).toContain('degree');
    expect(fact('Bachelor i datalogi').degree).toMatchObject({ level: 'bachelor' });
  });
});

describe('facts s57: languages asked', () => {
  it("reads Turkish 'ileri düzey' (advanced) with the name", () => {
    expect(kinds('İleri düzey İngilizce ve iyi derecede Almanca')).toContain('language');
  });
  it('reads a verb of speaking before the name, and a name joined to it', () => {
    expect(kinds('Du taler svensk eller norsk')).toContain('language');
    expect(kinds('Tu parles anglais couramment')).toContain('language');
  });
  it('reads no language from the verb with no name', () => {
    expect(kinds('Du taler med kunder hver dag')).not.toContain('language');
  });
});

// Classes from the tune half of batch 2, after its first read (27070f00).
describe('facts s57 (batch 2 tune): a German degree named with its level', () => {
  it('reads the level', () => {
    expect(fact('Du hast einen Masterabschluss in Physik oder Chemie und sehr gute Deutschkenntnisse').degree).toMatchObject({ level: 'master' });
    expect(fact('Du hast einen Bachelorabschluss in Informatik oder eine vergleichbare Qualifikation').degree).toMatchObject({ level: 'bachelor' });
  });
});

describe('facts s57 (batch 2 tune): the place said not to be reachable from afar', () => {
  it('reads on site', () => {
    expect(fact('Our labs are not accessible remotely, so this is an on-site job').workMode).toBe('onsite');
  });
  it('reads remote where the work is reachable remotely', () => {
    expect(fact('Dashboards are accessible remotely from anywhere').workMode).toBe('remote');
  });
});

describe('facts s57 (batch 2 tune): only a nationality and its permanent residents taken', () => {
  it('reads no sponsorship', () => {
    expect(fact('Only Singaporeans and PRs will be considered').sponsorship).toBe(false);
  });
  it('reads nothing from "only" said of a skill or a level', () => {
    expect(fact('Only engineers with Kafka will be considered').sponsorship).toBeNull();
    expect(fact('Only Seniors will be considered for the lead role').sponsorship).toBeNull();
  });
});

// Floors: the tune halves as read after the s57 fixes (`npx tsx test/bench/eval-requirements.ts --set s57`). Batch 1 right on
// every row (first read: yearsMin 24, workMode 20, salary 25, sponsorship 22, clearance 24, degree 21 of 25); batch 2 (first
// read, the carry-over: yearsMin 22, workMode 23, salary 25, sponsorship 24, clearance 25, degree 21) as after 378b95f8. Never
// lowered; raised when a fix reads more.
tuneFactFloors('facts s57: floors on the tune halves', 'kinds-fresh-s57.jsonl', {
  1: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
  2: { yearsMin: 23, workMode: 24, salary: 25, sponsorship: 25, clearance: 25, degree: 23 },
});
