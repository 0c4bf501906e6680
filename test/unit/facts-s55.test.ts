import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf } from './kinds-readers';

// Session 55: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s55.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s55: the fresh-written postings', 'kinds-fresh-s55.jsonl');

// Facts by mechanism, not by phrasing (#12): every line below was written for this file, none taken from the corpus, the
// eval fixtures or a labelled row. Each class failed on kinds-fresh-s55 batch 1 tune or is a known miss the session's brief
// names (Czech "kanceláře", the last line of a short posting, BTS and 전문학사); each has counter-examples.

const mode = (line: string) => facts(`Somewhere | Engineer | Acme\n${line}`).workMode;

describe('facts s55: work at the customer\'s place, a field job, a floor of work', () => {
  it('reads on site', () => {
    expect(mode("Most of the week is spent at our customers' data centres")).toBe('onsite');
    expect(mode('This is a field-based role covering the North West')).toBe('onsite');
    expect(mode('Expect to be on the production floor for most shifts')).toBe('onsite');
    expect(mode('You will mostly work on the factory floor next to the line leads')).toBe('onsite');
  });
  it("reads nothing from others' places or others' field work", () => {
    expect(mode("Our customers' warehouses run our software")).toBeNull();
    expect(mode('Our app serves field-based sales teams')).toBeNull();
  });
});

describe("facts s55: at the client's, on the spot, at our premises, in other languages", () => {
  it('reads on site', () => {
    expect(mode('Zespół pracuje u klientów na terenie Śląska')).toBe('onsite');
    expect(mode('Missions réalisées chez nos clients en Île-de-France')).toBe('onsite');
    expect(mode('Einsatz beim Kunden in Stuttgart')).toBe('onsite');
    expect(mode('Pracujemy na miejscu w naszym biurze w Łodzi')).toBe('onsite');
    expect(mode('Lavorerai presso la nostra sede di Bologna dal lunedì al venerdì')).toBe('onsite');
  });
});

describe('facts s55: Monday to Friday in other languages is the whole week', () => {
  it('reads an office every weekday as on site, not as two named days', () => {
    expect(mode('De lunes a viernes en la oficina de Bilbao')).toBe('onsite');
    expect(mode('Du lundi au vendredi dans nos bureaux de Rennes')).toBe('onsite');
  });
  it('still reads two weekdays joined as a hybrid week', () => {
    expect(mode('En la oficina los martes y los jueves, el resto desde casa')).toBe('hybrid');
  });
});

describe('facts s55: Czech office in its other cases, and home work refused with "není"', () => {
  it('reads the office in the genitive and the refusal', () => {
    expect(mode('Do kanceláře jezdíme v pondělí a ve středu, jinak pracujeme z domova')).toBe('hybrid');
    expect(mode('Práce z domova u nás není možná, sedíme v kanceláři')).toBe('onsite');
    expect(mode('Home office bohužel není možný, jezdíme do kanceláře')).toBe('onsite');
    expect(mode('Praca zdalna w tej roli nie jest możliwa')).toBe('onsite');
  });
  it('still reads home work offered as remote', () => {
    expect(mode('Home office je možný kdykoli')).not.toBe('onsite');
  });
});

describe('facts s55: a verb of working with home, and no office, in other languages', () => {
  it('reads remote', () => {
    expect(mode('Trabajas desde casa, no tenemos oficina')).toBe('remote');
    expect(mode('Vous travaillez depuis chez vous, partout en France')).toBe('remote');
    expect(mode('Lavori da casa tua, ovunque in Italia')).toBe('remote');
  });
  it('reads home beside an office and days as a hybrid week', () => {
    expect(mode('Trabajas desde casa dos días a la semana y el resto en la oficina')).toBe('hybrid');
    expect(mode('Je bent drie dagen per week op de campus; maandag en vrijdag werk je thuis')).toBe('hybrid');
  });
});

describe('facts s55: a verb of working, then a lab or a plant, in other languages', () => {
  it('reads on site', () => {
    expect(mode('Vous travaillez dans notre laboratoire de Grenoble')).toBe('onsite');
    expect(mode('Trabajarás en nuestra fábrica de Zaragoza')).toBe('onsite');
    expect(mode('Ihr arbeitet im Labor in Jena, wo die Geräte stehen')).toBe('onsite');
    expect(mode('Pracujesz w naszym laboratorium w Gliwicach')).toBe('onsite');
  });
  it('reads nothing from work with labs elsewhere', () => {
    expect(mode('Wir arbeiten mit Laboren in ganz Europa zusammen')).toBeNull();
    expect(mode('Wir arbeiten mit dem Labor in Jena zusammen')).toBeNull();
  });
});

describe('facts s55: work mode in Chinese, Japanese and Korean said by the place or by choice', () => {
  it('reads a factory, a workshop, a lab or a site with a verb of working as on site', () => {
    expect(mode('울산 공장에서 근무하게 됩니다')).toBe('onsite');
    expect(mode('생산 현장에서 일합니다')).toBe('onsite');
    expect(mode('工作地点为苏州工厂')).toBe('onsite');
    expect(mode('需要在车间工作，配合产线调试')).toBe('onsite');
    expect(mode('岡山の工場で勤務します')).toBe('onsite');
  });
  it("reads a stay at the client's with Japan's particle and verb as on site", () => {
    expect(mode('客先の工場に常駐する案件です')).toBe('onsite');
    expect(mode('都内のデータセンターに常駐して運用を担当')).toBe('onsite');
  });
  it('reads wherever one likes as remote', () => {
    expect(mode('원하는 장소에서 근무할 수 있어요')).toBe('remote');
    expect(mode('각자 원하는 곳에서 일합니다')).toBe('remote');
    expect(mode('日本国内ならどこからでも働けます')).toBe('remote');
    expect(mode('可在任何城市办公')).toBe('remote');
    expect(mode('你可以在任何地方工作')).toBe('remote');
  });
  it('reads the office then its days as a hybrid week', () => {
    expect(mode('每周去总部两天')).toBe('hybrid');
    expect(mode('每星期到公司三天，其他时间远程')).toBe('hybrid');
  });
  it('reads nothing from a factory named as a market', () => {
    expect(mode('工厂自动化软件供应商')).toBeNull();
  });
});

describe('facts s55: the gross said in French, Italian and Czech before the period', () => {
  it('reads a month', () => {
    expect(facts('Lille | Technicien | Nord IT\nSalaire : 2 100 € brut mensuel').salary).toEqual({ min: 2100, max: 2100, currency: 'EUR', period: 'month' });
    expect(facts('Lille | Technicien | Nord IT\nRémunération : 1 950 € brute par mois').salary).toEqual({ min: 1950, max: 1950, currency: 'EUR', period: 'month' });
    expect(facts('Brno | Tester | Morava Soft\nOd 61 500 Kč hrubého měsíčně').salary).toEqual({ min: 61500, max: null, currency: 'CZK', period: 'month' });
    expect(facts('Bari | Tecnico | Puglia IT\n2 300 € lordi al mese').salary).toEqual({ min: 2300, max: 2300, currency: 'EUR', period: 'month' });
  });
});

describe('facts s55: BTS, DUT and 전문학사, an associate\'s', () => {
  it('reads an associate degree', () => {
    expect(facts('Rennes | Technicien | Vilaine IT\nTitulaire d\'un BTS SN ou équivalent').degree?.level).toBe('associate');
    expect(facts('Rennes | Technicien | Vilaine IT\nDUT GEII exigé').degree?.level).toBe('associate');
    expect(facts('Gwangju | 엔지니어 | 빛고을전자\n전문학사 이상 (기계 계열)').degree?.level).toBe('associate');
    expect(facts('Gwangju | 엔지니어 | 빛고을전자\n전문 학사 이상 학력').degree?.level).toBe('associate');
    expect(kindsOf('Rennes | Technicien | Vilaine IT\nBTS ou DUT en électronique\n2 ans en atelier')).toContain('degree');
    expect(kindsOf('Leeds | Technician | Aire Lifts\nHNC in electrical engineering\n2 years on site')).toContain('degree');
  });
  it('still reads 학사 alone as a bachelor, and no degree from a base station', () => {
    expect(facts('Gwangju | 엔지니어 | 빛고을전자\n학사 이상').degree?.level).toBe('bachelor');
    expect(facts('Lyon | Technician | Rhone Telecom\nExperience installing BTS equipment on cell towers').degree).toBeNull();
  });
});

describe('facts s55: years in one Polish or Czech adjective, and one year with no count', () => {
  it('reads the count', () => {
    expect(facts('Łódź | Tester | Piotrkowska Soft\nWymagamy co najmniej trzyletniego doświadczenia w testach').yearsMin).toBe(3);
    expect(facts('Olomouc | Vývojář | Haná Soft\nMinimálně pětiletá praxe v oboru').yearsMin).toBe(5);
    expect(facts('Łódź | Tester | Piotrkowska Soft\nRoczne doświadczenie w pracy z Reactem').yearsMin).toBe(1);
    expect(facts('Olomouc | Vývojář | Haná Soft\nRok praxe s Javou vítán').yearsMin).toBe(1);
    expect(facts('Olomouc | Vývojář | Haná Soft\nMinimálně 1 rok praxe s Linuxem').yearsMin).toBe(1);
  });
  it("reads no years from a project's length", () => {
    expect(facts('Łódź | Tester | Piotrkowska Soft\nTrzyletni projekt dla klienta z branży finansowej').yearsMin).toBeNull();
  });
});

describe('facts s55: help with getting a visa in Japanese, and a permit required in Spanish', () => {
  it('reads the help as sponsorship', () => {
    expect(facts('Sendai | Engineer | Aoba Tech\n就労ビザの申請をサポートいたします').sponsorship).toBe(true);
    expect(facts('Sendai | Engineer | Aoba Tech\nビザの申請手続きを支援します').sponsorship).toBe(true);
  });
  it('still reads the help refused as no sponsorship', () => {
    expect(facts('Sendai | Engineer | Aoba Tech\nビザの取得サポートは行っておりません').sponsorship).toBe(false);
  });
  it('reads a permit required by the verb before it as no sponsorship', () => {
    expect(facts('Santiago | Dev | Maipo Soft\nSe requiere autorización de trabajo en vigor para Chile').sponsorship).toBe(false);
    expect(kindsOf('Santiago | Dev | Maipo Soft\nSe requiere autorización de trabajo en vigor para Chile')).toContain('authorization');
  });
  it('reads nothing of the right to work from other things required', () => {
    expect(facts('Santiago | Dev | Maipo Soft\nRequiere experiencia con Kubernetes').sponsorship).toBeNull();
  });
});

describe('facts s55: a language in the Polish genitive after "znajomość"', () => {
  it('reads a language asked', () => {
    expect(kindsOf('Lublin | Dev | Bystrzyca\nDobra znajomość niemieckiego w mowie')).toContain('language');
    expect(kindsOf('Lublin | Dev | Bystrzyca\nKomunikatywna znajomość angielskiego')).toContain('language');
  });
  it('reads no language from a tool known', () => {
    expect(kindsOf('Lublin | Dev | Bystrzyca\nZnajomość Pythona i SQL')).not.toContain('language');
  });
});

describe('facts s55: the last line of a short posting is a line, not a heading over nothing', () => {
  it('keeps an ask on the last line', () => {
    expect(kindsOf('Oslo | Platform Engineer | Fjord\n6+ years with Terraform\nFluent English; Norwegian a plus')).toContain('language');
    expect(kindsOf('Tartu | QA | Emajõgi\nThree years of test automation\nSpoken Estonian would be a plus')).toContain('language');
  });
  it('adds no ask where the last line is a bare heading', () => {
    expect(kindsOf('Berlin | Dev | Acme\n5 years of Go\nNice to have:')).toEqual(['years']);
  });
});
