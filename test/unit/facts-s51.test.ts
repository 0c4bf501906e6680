import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { facts, freshShortPostings, itemTexts, kindsOf } from './kinds-readers';

// Session 51: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s51.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s51: the fresh-written postings', 'kinds-fresh-s51.jsonl');

// Facts by mechanism, not by phrasing (#12): every posting and line below was written for this file, none taken from the
// corpus, the eval fixtures or a labelled row. Each class failed on the tune half of kinds-fresh-s51's batch 1 or was a
// known miss the session's brief names (from s50); each has examples in several wordings and counter-examples.

describe('facts s51: Czech years and degrees', () => {
  it('reads "praxe" as experience and "alespoň", "minimálně", "nejméně" as a floor, the count in words or digits', () => {
    expect(facts('Olomouc | Vývojář | Haná Soft s.r.o.\nAlespoň čtyři roky praxe s C#').yearsMin).toBe(4);
    expect(facts('Olomouc | Vývojář | Haná Soft s.r.o.\nMinimálně 3 roky praxe v testování').yearsMin).toBe(3);
    expect(facts('Olomouc | Vývojář | Haná Soft s.r.o.\nNejméně dva roky praxe ve vývoji webu').yearsMin).toBe(2);
    expect(kindsOf('Olomouc | Vývojář | Haná Soft s.r.o.\nAlespoň pět let praxe s Linuxem')).toEqual(['years']);
    // (Counter-example: days, not years.)
    expect(facts('Olomouc | Vývojář | Haná Soft s.r.o.\nHybridní režim, dva dny v kanceláři').yearsMin).toBeNull();
  });
  it('reads "VŠ vzdělání" as a degree asked, a wish where it is "výhodou"; "SŠ nebo VŠ" asks none', () => {
    expect(facts('Liberec | Analytik | Ještěd Data\nVŠ vzdělání v oboru informatiky').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('Liberec | Analytik | Ještěd Data\nVŠ vzdělání ekonomického zaměření výhodou').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(kindsOf('Liberec | Analytik | Ještěd Data\nVŠ vzdělání technického směru podmínkou')).toEqual(['degree']);
    // (Counter-example: secondary school or university, the lower of the two no degree.)
    expect(facts('Liberec | Analytik | Ještěd Data\nSŠ nebo VŠ vzdělání v oboru elektro').degree).toBeNull();
  });
  it('reads work from home refused, "bez možnosti home office", as an office job', () => {
    expect(facts('Zlín | Technik | Baťa IT\nPráce v kanceláři, bez možnosti home office').workMode).toBe('onsite');
    expect(facts('Kassel | Techniker (m/w/d) | Fulda IT\nArbeit im Büro in Kassel, ohne Homeoffice').workMode).toBe('onsite');
    expect(facts('Zaragoza | Técnico | Ebro IT\nTrabajo en la oficina del centro, sin teletrabajo').workMode).toBe('onsite');
    // (Counter-example: home office with no limit.)
    expect(facts('Kassel | Techniker (m/w/d) | Fulda IT\nHomeoffice ohne Einschränkung, aus ganz Deutschland').workMode).not.toBe('onsite');
  });
});

describe('facts s51: Spanish "Titulación en …" after the table put "en" in English', () => {
  it('reads the degree asked', () => {
    expect(facts('Bilbao | Analista QA | Nervión Soft\nTitulación en Ingeniería de Telecomunicación o equivalente').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(kindsOf('Bilbao | Analista QA | Nervión Soft\nTitulación en Matemáticas o Física\nDos años de experiencia con Cypress')).toEqual(['degree', 'years']);
    // (Counter-example: a title of a course, not a degree.)
    expect(facts('Bilbao | Analista QA | Nervión Soft\nCurso de Selenium valorable').degree).toBeNull();
  });
});

describe('facts s51: won and yen in ten thousands, a floor and a range with one unit', () => {
  it('reads "이상" and "以上" after the amount as a floor', () => {
    expect(facts('인천 | 개발자 | 송도테크\n연봉 5,200만원 이상').salary).toMatchObject({ min: 52000000, max: null, currency: 'KRW', period: 'year' });
    expect(facts('仙台 | エンジニア | 青葉ソフト株式会社\n年収550万円以上').salary).toMatchObject({ min: 5500000, max: null, currency: 'JPY', period: 'year' });
    // (Counter-example: an amount with no floor word is the amount.)
    expect(facts('인천 | 개발자 | 송도테크\n연봉 5,200만원').salary).toMatchObject({ min: 52000000, max: 52000000 });
  });
  it('reads a range whose first amount leaves off "원"', () => {
    expect(facts('인천 | 개발자 | 송도테크\n연봉 3,800만 ~ 5,000만 원').salary).toMatchObject({ min: 38000000, max: 50000000, currency: 'KRW', period: 'year' });
    expect(facts('인천 | 개발자 | 송도테크\n연봉 3,800만원 ~ 5,000만원').salary).toMatchObject({ min: 38000000, max: 50000000 });
  });
});

describe('facts s51: Korean degree held', () => {
  it('reads "학사 학위 소지자" and "석사 학위 소지자" as the degree asked', () => {
    expect(facts('울산 | 설계 엔지니어 | 태화중공업\n기계공학 학사 학위 소지자').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('울산 | 설계 엔지니어 | 태화중공업\n통계학 석사 학위 소지자').degree).toMatchObject({ level: 'master', required: true });
    // (Counter-example: no degree asked.)
    expect(facts('울산 | 설계 엔지니어 | 태화중공업\n학력 무관').degree).toBeNull();
  });
});

describe('facts s51: spoken languages asked in Chinese, Japanese and Korean on a short line', () => {
  it('reads a name and its level on a line too short for English', () => {
    expect(kindsOf('厦门 | 测试工程师 | 鼓浪屿软件\n三年以上测试经验\n日语流利')).toEqual(['language', 'years']);
    expect(kindsOf('厦门 | 测试工程师 | 鼓浪屿软件\n三年以上测试经验\n英语N2')).toContain('language');
    expect(kindsOf('厦门 | 测试工程师 | 鼓浪屿软件\n三年以上测试经验\n英语读写熟练')).toContain('language');
    expect(itemTexts('厦门 | 测试工程师 | 鼓浪屿软件\n三年以上测试经验\n韩语流利')).toContain('韩语流利');
    // (Counter-example: a language named with no level, need or wish: the product's, not the candidate's.)
    expect(kindsOf('厦门 | 测试工程师 | 鼓浪屿软件\n三年以上测试经验\n产品支持英语和日语界面')).toEqual(['years']);
  });
  it('reads reading asked in Korean as a use of the language', () => {
    expect(kindsOf('광주 | 데이터 엔지니어 | 첨단데이터\n영어 논문 독해 가능자 우대')).toContain('language');
    // (Counter-example: a document in English, nothing asked of the candidate.)
    expect(kindsOf('광주 | 데이터 엔지니어 | 첨단데이터\n영어 문서 제공')).not.toContain('language');
  });
});

describe('facts s51: work mode said indirectly', () => {
  it('reads office days in one German word, with their count', () => {
    expect(facts('Bonn | Entwickler (m/w/d) | Rheinaue IT\nDrei feste Bürotage pro Woche in Bad Godesberg').workMode).toBe('hybrid');
    expect(facts('Bonn | Entwickler (m/w/d) | Rheinaue IT\nWir haben zwei Präsenztage pro Woche').workMode).toBe('hybrid');
    // (Counter-example: no count, no schedule.)
    expect(facts('Bonn | Entwickler (m/w/d) | Rheinaue IT\nUnser Büro liegt am Rhein').workMode).not.toBe('hybrid');
  });
  it('reads days at the office or at home in Chinese with the place before the count', () => {
    expect(facts('武汉 | 开发工程师 | 江城科技\n每周到岗三天').workMode).toBe('hybrid');
    expect(facts('武汉 | 开发工程师 | 江城科技\n每周居家办公两天').workMode).toBe('hybrid');
  });
  it('reads being stationed at the site or in the office full time, in Chinese and Korean, as on site', () => {
    expect(facts('武汉 | 实施工程师 | 江城科技\n需常驻客户现场').workMode).toBe('onsite');
    expect(facts('武汉 | 实施工程师 | 江城科技\n全职坐班').workMode).toBe('onsite');
    expect(facts('창원 | 엔지니어 | 마산테크\n사무실 상주 근무').workMode).toBe('onsite');
    expect(facts('창원 | 엔지니어 | 마산테크\n재택 불가').workMode).toBe('onsite');
    // (Counter-example: two days at home a week.)
    expect(facts('창원 | 엔지니어 | 마산테크\n주 2일 재택근무').workMode).toBe('hybrid');
  });
  it('reads work from home up to some days a week in Japanese as hybrid', () => {
    expect(facts('神戸 | エンジニア | 三宮システム株式会社\n在宅勤務：週2日まで').workMode).toBe('hybrid');
    expect(facts('神戸 | エンジニア | 三宮システム株式会社\nリモートワークは週1日').workMode).toBe('hybrid');
    // (Counter-example: fully remote.)
    expect(facts('神戸 | エンジニア | 三宮システム株式会社\nフルリモート').workMode).toBe('remote');
  });
  it('reads "once a week at the office" beside mostly remote work as hybrid, in English and Dutch', () => {
    expect(facts('Zwolle | Developer | IJssel Apps\nJe werkt vooral op afstand; een keer per week ben je op kantoor').workMode).toBe('hybrid');
    expect(facts('Newcastle | Developer | Tyne Apps\nMostly remote; once a week you join us in the office on the Quayside.').workMode).toBe('hybrid');
    // (Counter-examples: once a month is a remote job's visit; "op afstand" alone is remote.)
    expect(facts('Newcastle | Developer | Tyne Apps\nMostly remote; once a month you join us in the office on the Quayside.').workMode).toBe('remote');
    expect(facts('Zwolle | Developer | IJssel Apps\nJe werkt volledig op afstand').workMode).toBe('remote');
  });
  it('reads a weekday said to be flexible beside office days as hybrid', () => {
    expect(facts('Tulsa, OK | Analyst | Arkansas River Energy\nIn the office Monday through Thursday; Fridays are flexible').workMode).toBe('hybrid');
    expect(facts('Tulsa, OK | Analyst | Arkansas River Energy\nOn site most of the week, Mondays are optional').workMode).toBe('hybrid');
    // (Counter-example: flexible hours are no day away from the office.)
    expect(facts('Tulsa, OK | Analyst | Arkansas River Energy\nOn site at our Tulsa plant; flexible hours on Fridays').workMode).toBe('onsite');
  });
  it('reads the work said not to be done remotely as on site', () => {
    expect(facts('Mobile, AL | Technician | Gulf Coast Marine\nThis job cannot be done remotely.').workMode).toBe('onsite');
    expect(facts('Mobile, AL | Technician | Gulf Coast Marine\nThe testing can\'t be performed remotely; you will be at the yard.').workMode).toBe('onsite');
    // (Counter-example: remote work said to be possible.)
    expect(facts('Mobile, AL | Technician | Gulf Coast Marine\nThis job can be done remotely from anywhere in Alabama.').workMode).toBe('remote');
  });
});

describe('facts s51: sponsorship refused', () => {
  it('reads the help named first, then said to be something the company cannot do', () => {
    expect(facts('Omaha, NE | Developer | Platte Insurance\nVisa sponsorship is not something we can offer at this time.').sponsorship).toBe(false);
    expect(kindsOf('Omaha, NE | Developer | Platte Insurance\nSponsoring a work visa isn\'t something we are able to do.')).toEqual(['authorization']);
    // (Counter-example: sponsorship offered.)
    expect(facts('Omaha, NE | Developer | Platte Insurance\nVisa sponsorship is something we can offer for this role.').sponsorship).not.toBe(false);
  });
  it('reads a Dutch visa refusal as a refusal and an authorization asked (the s50 known miss)', () => {
    expect(facts('Delft | Engineer | Schie Systems\nWij bieden geen visumsponsoring.').sponsorship).toBe(false);
    expect(kindsOf('Delft | Engineer | Schie Systems\nWij bieden geen visumsponsoring.')).toEqual(['authorization']);
    expect(kindsOf('Delft | Engineer | Schie Systems\nHelaas kunnen we geen visum voor je regelen.')).toEqual(['authorization']);
    expect(facts('Delft | Engineer | Schie Systems\nVisumsponsoring is bij ons helaas niet mogelijk.').sponsorship).toBe(false);
    expect(facts('Omaha, NE | Developer | Platte Insurance\nSponsorship is currently not available.').sponsorship).toBe(false);
    // (Counter-examples: sponsorship offered; a visa said not to be needed.)
    expect(facts('Delft | Engineer | Schie Systems\nWij bieden visumsponsoring aan voor kennismigranten.').sponsorship).toBe(true);
    expect(facts('Delft | Engineer | Schie Systems\nGeen visum nodig voor EU-burgers; wij helpen met de verhuizing.').sponsorship).not.toBe(false);
  });
  it('reads "Work eligibility:" as a field of the statuses taken', () => {
    expect(facts('Regina, SK | Analyst | Wascana Data\nWork eligibility: Canadian citizen or permanent resident').sponsorship).toBe(false);
    // (Counter-example: the field says sponsorship is open.)
    expect(facts('Regina, SK | Analyst | Wascana Data\nWork eligibility: sponsorship available for this role').sponsorship).not.toBe(false);
  });
});

describe('facts s51: a short posting\'s last line that starts with a heading\'s word (the s50 known miss)', () => {
  it('reads a line with a count of years in words as an ask, not a heading', () => {
    const text = 'Remote (US) | Payroll Analyst | Cimarron Health\nPay: $68,000–$77,000\nMinimum of three years running multi-state payroll';
    expect(facts(text).yearsMin).toBe(3);
    expect(itemTexts(text)).toContain('Minimum of three years running multi-state payroll');
    expect(postingFromText(text).sections.map((s) => s.heading)).toEqual(['']);
    // (Counter-example: a heading of the same words over its list stays a heading.)
    const headed = 'Remote (US) | Payroll Analyst | Cimarron Health\n\nMinimum qualifications\n- Three years of payroll work\n- Excel';
    expect(postingFromText(headed).sections.some((s) => /Minimum qualifications/.test(s.heading))).toBe(true);
  });
});

// (The brief: work mode low on report halves; the tune-side classes of kinds-fresh-s50's batch 2, rows 67, 71, 83, 89.)
describe('facts s51: work mode classes from the tune half of kinds-fresh-s50 batch 2', () => {
  it('reads a span of weekdays short of the week in person as hybrid', () => {
    expect(facts('Madison, WI | Analyst | Isthmus Health\nYou will work in person Monday to Wednesday at the Capitol Square office.').workMode).toBe('hybrid');
    expect(facts('Madison, WI | Analyst | Isthmus Health\nWe meet in person Tuesday through Friday.').workMode).toBe('hybrid');
    // (Counter-example: the whole week in person.)
    expect(facts('Madison, WI | Analyst | Isthmus Health\nIn person Monday through Friday at the Capitol Square office.').workMode).toBe('onsite');
  });
  it('reads home work in Danish and Swedish words, and "vanuit huis", with a count of days, as hybrid', () => {
    expect(facts('Aarhus | Udvikler | Aros Tech ApS\nHjemmearbejde tre dage om ugen').workMode).toBe('hybrid');
    expect(facts('Uppsala | Utvecklare | Fyris Data AB\nDistansarbete två dagar i veckan').workMode).toBe('hybrid');
    expect(facts('Zwolle | Developer | IJssel Apps\nJe werkt drie dagen per week vanuit huis').workMode).toBe('hybrid');
    // (Counter-example: from home the whole week.)
    expect(facts('Zwolle | Developer | IJssel Apps\nJe werkt volledig op afstand, vanuit huis').workMode).toBe('remote');
  });
  it('reads one day, "1 dzień", "1 día", "1 Tag", at the office a week as hybrid', () => {
    expect(facts('Lublin | Programista | Bystrzyca Soft\nModel pracy: 1 dzień w tygodniu w biurze').workMode).toBe('hybrid');
    expect(facts('Murcia | Desarrollador | Segura Apps\nModalidad: 1 día a la semana en la oficina').workMode).toBe('hybrid');
    // (Counter-example: a day a month is a remote job's visit.)
    expect(facts('Lublin | Programista | Bystrzyca Soft\nPraca zdalna, 1 dzień w miesiącu w biurze').workMode).not.toBe('hybrid');
  });
});

describe('facts s51: a Dutch whole amount written with ",-"', () => {
  it('reads "€ 3.600,- tot € 5.000,-" as the range', () => {
    expect(facts('Zwolle | Developer | IJssel Apps\n€ 4.100,- tot € 5.300,- bruto per maand').salary).toMatchObject({ min: 4100, max: 5300, currency: 'EUR', period: 'month' });
    expect(facts('Zwolle | Developer | IJssel Apps\nSalaris: €4.750,- tot €5.900,- per maand').salary).toMatchObject({ min: 4750, max: 5900, currency: 'EUR', period: 'month' });
    // (Counter-example: a range joined by a dash, no ",-", is read as it was.)
    expect(facts('Zwolle | Developer | IJssel Apps\n€4.100-€5.300 bruto per maand').salary).toMatchObject({ min: 4100, max: 5300, currency: 'EUR', period: 'month' });
  });
});
