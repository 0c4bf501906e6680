import { describe, expect, it } from 'vitest';
import { modeByPlaceAndTime } from '../../lib/requirements/foreign';
import { facts, freshShortPostings } from './kinds-readers';

// Session 56: posting facts on the short postings of test/fixtures/labels/kinds-fresh-s56.jsonl (written fresh and labelled
// blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s56: the fresh-written postings', 'kinds-fresh-s56.jsonl');

// Facts by mechanism, not by phrasing (#12): every line below was written for this file, none taken from the corpus, the
// eval fixtures or a labelled row, and each in other words than the tune row that showed the class. Work mode is read by
// one grammar over a vocabulary of places and times (foreign.ts, modeByPlaceAndTime), where no older reader found a mode.

const mode = (line: string) => facts(`Somewhere | Engineer | Acme\n${line}`).workMode;
const grammar = (line: string) => modeByPlaceAndTime(line);

describe('facts s56: part of the week with a place, the team, a named place or home (no mode word): hybrid', () => {
  it('reads hybrid', () => {
    expect(mode('Dinsdag en vrijdag zitten we samen in Haarlem; de andere dagen kies je je eigen plek')).toBe('hybrid');
    expect(mode('Los lunes y miércoles trabajamos juntos en Chamberí')).toBe('hybrid');
    expect(mode('Trois jours par semaine depuis ton salon, deux avec les collègues à Nantes')).toBe('hybrid');
    expect(mode('Mittwochs und freitags treffen wir uns in Ehrenfeld, sonst arbeitest du, wo es dir passt')).toBe('hybrid');
    expect(mode("Salı ve perşembe günleri Kadıköy'de birlikteyiz")).toBe('hybrid');
    expect(mode('週3日は渋谷でチームと働きます')).toBe('hybrid');
  });
  it('reads no week of work from one weekday with no place', () => {
    expect(grammar('Lunch together on Fridays')).toBeNull();
    expect(grammar('We ship a new release every Thursday')).toBeNull();
  });
});

describe('facts s56: the team spread over places, a time-zone band, anywhere in a country, kit sent home: remote', () => {
  it('reads remote', () => {
    expect(mode('Takım beş ülkeye dağılmış; herkes kendi evinden çalışıyor')).toBe('remote');
    expect(mode('Nasz zespół jest rozsiany po sześciu krajach')).toBe('remote');
    expect(mode('Everyone lives somewhere between Gdańsk and Lisbon')).toBe('remote');
    expect(mode('Meetings stay between 9:00 and 13:00 CET ± 1 so everyone can join')).toBe('remote');
    expect(mode('Our hours overlap from 09:30 to 14:00 UTC; we meet up twice a year')).toBe('remote');
    expect(mode('Her yerden çalışabilirsin, ekipman bizden')).toBe('remote');
    expect(mode('We courier a laptop to your home address before day one')).toBe('remote');
    expect(mode('パソコン一式はご自宅へお送りします')).toBe('remote');
  });
  it("reads nothing from others' spread, a shop's deliveries or a rotation's weeks at home", () => {
    expect(grammar('Our app helps crews spread over five countries stay in touch')).toBeNull();
    expect(grammar('Our customers live in 40 countries')).toBeNull();
    expect(grammar('We ship orders to your home in two days')).toBeNull();
    expect(grammar('Two weeks on the rig, two weeks at home')).toBeNull();
    expect(grammar("We've built a platform that can be deployed anywhere.")).toBeNull();
  });
});

describe("facts s56: the job's own place (your seat, desk, workday, shifts; you working there), daily visits: on site", () => {
  it('reads on site', () => {
    expect(mode('Your workstation sits in the quality lab beside the test rigs')).toBe('onsite');
    expect(mode('Tu puesto está en el taller de Getafe, con turnos de mañana')).toBe('onsite');
    expect(mode('Dein Arbeitsplatz ist unsere Werkstatt in Bochum')).toBe('onsite');
    expect(mode('Du jobber i verkstedet vårt på Sandnes')).toBe('onsite');
    expect(mode("Daily visits to clients' shops across Kent, in a company car")).toBe('onsite');
    expect(mode('Visitas diarias a obras en la provincia de Toledo')).toBe('onsite');
    expect(mode('The lab benches and the team are in Delft, Monday to Friday')).toBe('onsite');
  });
  it("reads nothing from a place's amenities or opening hours", () => {
    expect(grammar('Our Lyon office has a climbing wall')).toBeNull();
    expect(grammar('The studio is open Monday to Friday for anyone who wants it')).toBeNull();
    expect(grammar('Our lab publishes its results every quarter')).toBeNull();
  });
});

describe('facts s56: years in Turkish as an adjective or a word count', () => {
  it('reads the years', () => {
    expect(facts('Ankara | Analist | Acme\nEn az beş yıllık Java deneyimi').yearsMin).toBe(5);
    expect(facts('Ankara | Analist | Acme\nİki yıllık saha tecrübesi şart').yearsMin).toBe(2);
    expect(facts('Ankara | Analist | Acme\nKotlin ile 4 yıllık deneyim').yearsMin).toBe(4);
  });
  it('reads no years from a number that counts something else', () => {
    expect(facts('Ankara | Analist | Acme\nİki ofisimiz ve beş ekibimiz var').yearsMin).toBeNull();
  });
});

describe("facts s56: Sweden's and Norway's three-year engineer's degree is a bachelor's", () => {
  it('reads a bachelor', () => {
    expect(facts('Västerås | Ingenjör | Acme\nDu är högskoleingenjör inom data eller har motsvarande erfarenhet').degree?.level).toBe('bachelor');
    expect(facts('Västerås | Ingenjör | Acme\nHögskoleingenjörsexamen inom elektroteknik krävs').degree?.level).toBe('bachelor');
  });
  it('keeps the five-year civil engineer a master', () => {
    expect(facts('Västerås | Ingenjör | Acme\nCivilingenjörsexamen inom maskinteknik krävs').degree?.level).toBe('master');
  });
});

describe("facts s56: the employer taking the permit's steps on itself is sponsorship", () => {
  it('reads sponsorship offered', () => {
    expect(facts("Dublin | Engineer | Acme\nWe'll sort out the visa paperwork for you").sponsorship).toBe(true);
    expect(facts('Dublin | Engineer | Acme\nOur global mobility team handles the Blue Card application').sponsorship).toBe(true);
    expect(facts('Dublin | Engineer | Acme\nMoving from outside the EU? We look after your residence permit').sponsorship).toBe(true);
  });
  it('reads a refusal as a refusal, and no sponsorship where no permit is named', () => {
    expect(facts("Dublin | Engineer | Acme\nWe can't take care of visa applications").sponsorship).toBe(false);
    expect(facts('Dublin | Engineer | Acme\nWe take care of your laptop and your first week').sponsorship).toBeNull();
  });
});

// (Classes from older tune halves, kinds-fresh-s53 batch 2 tune, read with the same grammar: a place of one's choosing in
// German and Dutch; home with the office a month apart; a work location with days a week; the team said to be at the place.)
describe('facts s56: the grammar on older tune misses, in other words', () => {
  it('reads remote: place-free work, home with the office a month apart', () => {
    expect(mode('Du arbeitest ortsungebunden, ein Büro haben wir nur in Köln für Workshops')).toBe('remote');
    expect(mode('Wij werken plaatsonafhankelijk vanuit heel Nederland')).toBe('remote');
    expect(mode('Du arbeitest von zu Hause und kommst einmal im Monat ins Büro')).toBe('remote');
    expect(mode('Pracujesz z domu, do biura zaglądasz raz w miesiącu')).toBe('remote');
  });
  it('reads hybrid: a work location with days a week elsewhere', () => {
    expect(mode('Arbeitsort Bremen, zwei Tage pro Woche von unterwegs möglich')).toBe('hybrid');
  });
  it('reads on site: the team at the place too', () => {
    expect(mode('Our workshop is in Wolverhampton, and so is the whole team')).toBe('onsite');
    expect(mode("Les prototypes sont dans notre atelier de Brest, et l'équipe aussi")).toBe('onsite');
  });
  it('reads nothing from a team meeting at an office a month apart with no home said', () => {
    expect(grammar('Our office is in Leeds and the team meets there once a month')).toBeNull();
  });
});
