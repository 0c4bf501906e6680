import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf } from './kinds-readers';

// Posting facts by mechanism, not by phrasing (session 44, #12): every posting and line here was written for this file,
// none taken from the corpus, the eval fixtures or any labelled text. Each class is a mechanism that failed on the tune
// halves of kinds-fresh-s41/s42/s43 (or was named a known miss), with examples in several languages or wordings and
// counter-examples.

freshShortPostings('kinds s44: the fresh-written postings', 'kinds-fresh-s44.jsonl');

describe('kinds s44: years asked in any language, by their kind of word', () => {
  it('reads a count of years beside a word for experience, in languages no table knows', () => {
    expect(facts('Tampere | Backend-kehittäjä | Näsi Soft\nVähintään 4 vuoden kokemus Javasta.').yearsMin).toBe(4);
    expect(facts('Debrecen | Java fejlesztő | Nagyerdő IT\nLegalább 3 év tapasztalat Spring Boottal.').yearsMin).toBe(3);
    expect(facts('Split | PHP Developer | Marjan Web\nMinimalno 2 godine iskustva u razvoju weba.').yearsMin).toBe(2);
    expect(facts('Cluj-Napoca | QA Engineer | Someș Tech\nMinim 5 ani experiență în testare automată.').yearsMin).toBe(5);
    expect(facts('Đà Nẵng | Mobile Dev | Hàn River Apps\nÍt nhất 2 năm kinh nghiệm Flutter.').yearsMin).toBe(2);
    expect(facts('Tartu | Andmeinsener | Emajõe Data\nVähemalt 3 aastat kogemust Pythoniga.').yearsMin).toBe(3);
    expect(facts('Akureyri | Forritari | Pollur ehf.\nAð minnsta kosti 6 ára reynsla af C#.').yearsMin).toBe(6);
    expect(facts('Kaunas | DevOps | Nemunas Cloud\nNe mažiau kaip 4 metų patirtis su Kubernetes.').yearsMin).toBe(4);
    expect(kindsOf('Tampere | Backend-kehittäjä | Näsi Soft\nVähintään 4 vuoden kokemus Javasta.')).toEqual(['years']);
  });
  it('reads the years before what they were spent doing or on', () => {
    // (A Romance gerund, a preposition: "años programando", "anni con", "ans sur".)
    expect(facts('Málaga | Dev | Alcazaba\nRequisitos: 4 años programando en Kotlin.').yearsMin).toBe(4);
    expect(facts('Braga | Dev | Minho Labs\nRequisitos: 3 anos trabalhando com Angular.').yearsMin).toBe(3);
    expect(facts('Torino | Dev | Mole Tech\nRequisiti: 2 anni con Vue.js in produzione.').yearsMin).toBe(2);
    expect(facts('Zaragoza | Dev | Ebro Sistemas\nBuscamos un perfil con 5 años con .NET.').yearsMin).toBe(5);
  });
  it('reads no years where the count is the company’s, in its own voice', () => {
    expect(facts('Tampere | Dev | Näsi Soft\nOlemme toimineet alalla 30 vuotta.').yearsMin).toBeNull();
    expect(facts('Oviedo | Dev | Naranco\nSomos una consultora con 18 años de experiencia en energía.').yearsMin).toBeNull();
    expect(facts('Graz | Dev | Mur IT\nSeit 22 Jahren entwickeln wir Software für Spitäler.').yearsMin).toBeNull();
    expect(facts('Nantes | Dev | Loire Code\nDepuis 12 ans, nous accompagnons les mutuelles.').yearsMin).toBeNull();
    // (The company's years and the candidate's in one posting: the candidate's are the ones asked.)
    expect(facts('Oviedo | Dev | Naranco\nSomos una consultora con 18 años de experiencia en energía.\nRequisitos: 3 años con Python.').yearsMin).toBe(3);
    expect(facts('Graz | Dev | Mur IT\nSeit 22 Jahren am Markt. Du hast mindestens 4 Jahre Erfahrung mit Java.').yearsMin).toBe(4);
  });
  it('gives a sentence that opens with its years to the subject after them', () => {
    expect(facts('Denver, CO | Backend Engineer | Front Range Mutual\nWith over 25 years of experience in farm insurance, we are hiring an engineer with 3 years of Go.').yearsMin).toBe(3);
    expect(facts('Alicante | Dev | Postiguet\nCon más de 10 años de experiencia en turismo, buscamos un desarrollador con 2 años en React.').yearsMin).toBe(2);
    expect(facts('Lille | Dev | Beffroi\nForte de 15 ans d’expérience, notre équipe recherche un développeur avec 3 ans sur Symfony.').yearsMin).toBe(3);
    // (Counter-examples: the subject after the years is the candidate.)
    expect(facts('Denver, CO | Backend Engineer | Front Range Mutual\nWith 6+ years of Go behind you, you will own our claims service.').yearsMin).toBe(6);
    expect(facts('Alicante | Dev | Postiguet\nCon 4 años de experiencia en React, tú liderarás el front.').yearsMin).toBe(4);
  });
  it('leaves a mostly English line as it is', () => {
    // ("an", "let", "lat" are English or names: a line of English words is not read as another language's years.)
    expect(facts('Austin, TX | SRE | Bat Co\nLet us know if you have 5 years of on-call experience and an interest in Go.').yearsMin).toBe(5);
  });
});

describe('kinds s44: pay, by the mechanism that reads it', () => {
  it('gives each range of a line its own contract kind', () => {
    expect(facts('Łódź | Java Developer | Piotrkowska Soft\nWynagrodzenie: 19 000 – 24 000 zł netto + VAT (B2B) / 16 000 – 20 000 zł brutto (UoP)').salary).toEqual({ min: 19000, max: 24000, currency: 'PLN', period: 'month' });
    expect(facts('Łódź | Java Developer | Piotrkowska Soft\nUoP: 15 500 – 19 000 PLN brutto lub B2B: 20 000 – 25 000 PLN netto').salary).toEqual({ min: 15500, max: 19000, currency: 'PLN', period: 'month' });
    // (Counter-example: one kind for two levels, no contract named apart: the span of both.)
    expect(facts('Łódź | Java Developer | Piotrkowska Soft\nB2B: mid 16 000 – 20 000 PLN, senior 21 000 – 26 000 PLN netto').salary).toMatchObject({ min: 16000, max: 26000, currency: 'PLN', period: 'month' });
  });
  it('reads a currency named in the pay line’s label', () => {
    expect(facts('Montevideo | Dev | Rambla\nRemuneración en USD: 3.500 - 4.500 mensuales').salary).toEqual({ min: 3500, max: 4500, currency: 'USD', period: 'month' });
    expect(facts('Tallinn | Dev | Toompea\nSalary (EUR): 3,800 – 4,900 gross per month').salary).toEqual({ min: 3800, max: 4900, currency: 'EUR', period: 'month' });
    // (Counter-example: a code far from the amounts, in another sentence, names no currency for them.)
    expect(facts('Tallinn | Dev | Toompea\nWe invoice clients in USD. Team of 12 - 15 engineers.').salary).toBeNull();
  });
  it('reads a month’s pay from a range too small to be a year’s, in any currency', () => {
    expect(facts('Cebu | Support Engineer | Mactan IT\nSalary: PHP 65,000 - 90,000').salary).toEqual({ min: 65000, max: 90000, currency: 'PHP', period: 'month' });
    expect(facts('Porto | Dev | Ribeira\nSalário: 2.400 € – 3.100 € brutos').salary).toEqual({ min: 2400, max: 3100, currency: 'EUR', period: 'month' });
    expect(facts('Singapore | Dev | Tanjong\nSalary: SGD 7,500 – 9,800').salary).toEqual({ min: 7500, max: 9800, currency: 'SGD', period: 'month' });
    // (Counter-examples: a year said; a lone dollar amount is a budget or a bonus more often than a month's pay.)
    expect(facts('Porto | Dev | Ribeira\nSalário: 32.000 € – 40.000 € brutos por ano').salary).toEqual({ min: 32000, max: 40000, currency: 'EUR', period: 'year' });
    expect(facts('Austin, TX | Dev | Lone\nSalary: $130k. Plus a $5,000 home setup allowance.').salary).toEqual({ min: 130000, max: 130000, currency: 'USD', period: 'year' });
  });
  it('does not join a bare number to an amount across a spaced em dash', () => {
    expect(facts('Remote (US) | Contract Designer | Mesa\nA 60-day engagement paid as 1099 — $5,500–$7,000/month.').salary).toEqual({ min: 5500, max: 7000, currency: 'USD', period: 'month' });
    // (Counter-example: an en dash between two amounts is a range still.)
    expect(facts('Remote (US) | Contract Designer | Mesa\nPay: $5,500–$7,000/month.').salary).toEqual({ min: 5500, max: 7000, currency: 'USD', period: 'month' });
  });
});

describe('kinds s44: sponsorship refused, however the help is worded', () => {
  it('reads help with a visa under a refusal as refused', () => {
    expect(facts('Raleigh, NC | Data Engineer | Oak City Health\nWe will not be able to provide H-1B support for this opening.').sponsorship).toBe(false);
    expect(facts('Pittsburgh, PA | SWE | Three Rivers\nUnfortunately we are unable to file new visa petitions at this time.').sponsorship).toBe(false);
    expect(facts('Calgary | SWE | Bow Valley\nWe cannot process work permits for this role.').sponsorship).toBe(false);
    expect(facts('Perth | Data Eng | Swan Data\nApplicants must have full Australian working rights.').sponsorship).toBe(false);
  });
  it('reads help offered as offered, a refusal of something else as no refusal of it', () => {
    // (Counter-examples: "not just", help given; a refusal of remote work beside visa help.)
    expect(facts('Rotterdam | SWE | Maas\nWe don’t just sponsor visas, we also cover your move.').sponsorship).toBe(true);
    expect(facts('Rotterdam | SWE | Maas\nThis is not a remote role. We sponsor the highly skilled migrant visa.').sponsorship).toBe(true);
  });
});
