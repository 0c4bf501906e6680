import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { findDateRanges, monthString } from '@/lib/resume/dates';
import { resumeSections } from '@/lib/resume/sections';
import { engine, resumeBatchWithinAYear, TODAY } from './readers';

// Session 52 (#12): the resume profile on forms the earlier batches did not cover, each class read wrong on the tune half of
// test/fixtures/resumes/s52/. Every text below is written for this test, none is a sentence of the labelled batch.

const spans = (line: string) => findDateRanges(line).map((r) => `${monthString(r.start)}..${r.end === null ? 'now' : monthString(r.end)}`);
const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;
const roles = (text: string) => profile(text).roles.map((r) => `${r.start}..${r.end ?? 'now'} ${r.title ?? '?'} | ${r.company ?? '?'}`);
const kinds = (text: string) => resumeSections(text).map((s) => `${s.kind}:${s.heading}`);

describe('words for now, Finnish month names, Hungarian dates year first', () => {
  it('Czech "dosud", Greek "\u03a3\u03ae\u03bc\u03b5\u03c1\u03b1", Portuguese "at\u00e9 ao momento", Finnish "nyky\u00e4\u00e4n" and "nyt"', () => {
    expect(spans('2018-04 \u2013 dosud')).toEqual(['2018-04..now']);
    expect(spans('09/2017 \u2013 a\u017e dosud')).toEqual(['2017-09..now']);
    expect(spans('[ 11/2021 \u2013 \u03a3\u03ae\u03bc\u03b5\u03c1\u03b1 ]')).toEqual(['2021-11..now']);
    expect(spans('janeiro de 2020 \u2013 at\u00e9 ao momento')).toEqual(['2020-01..now']);
    expect(spans('huhtikuu 2018 \u2013 nyky\u00e4\u00e4n')).toEqual(['2018-04..now']);
    expect(spans('5/2016 \u2013 nyt')).toEqual(['2016-05..now']);
  });
  it('Finnish month names in the nominative and the partitive', () => {
    expect(spans('lokakuu 2012 \u2013 toukokuu 2015')).toEqual(['2012-10..2015-05']);
    expect(spans('tammikuuta 2020 \u2013 joulukuuta 2021')).toEqual(['2020-01..2021-12']);
  });
  it('Hungarian, year first with its dot, full and short month names', () => {
    expect(spans('2017. okt\u00f3ber \u2013 jelenleg')).toEqual(['2017-10..now']);
    expect(spans('2012. m\u00e1rc. \u2013 2016. j\u00fan.')).toEqual(['2012-03..2016-06']);
    expect(spans('2020. febru\u00e1r \u2013 2021. augusztus')).toEqual(['2020-02..2021-08']);
  });
  it('counter-examples: a year, a dot and an English month is a sentence end; "kuu" and "nyt" alone are no dates', () => {
    expect(spans('Shipped in 2019. March was spent on the rewrite.')).toEqual([]);
    expect(spans('the 2019. May release')).toEqual([]);
    expect(spans('kuu 2020')).toEqual([]);
    expect(spans('nyt 2020')).toEqual([]);
  });
});

describe('Greek, Finnish and Hungarian headings and languages', () => {
  it('headings', () => {
    expect(kinds('Eleni\n\u0395\u03a0\u0391\u0393\u0393\u0395\u039b\u039c\u0391\u03a4\u0399\u039a\u0397 \u0395\u039c\u03a0\u0395\u0399\u03a1\u0399\u0391\nx\n\u0395\u039a\u03a0\u0391\u0399\u0394\u0395\u03a5\u03a3\u0397 \u039a\u0391\u0399 \u039a\u0391\u03a4\u0391\u03a1\u03a4\u0399\u03a3\u0397\ny\n\u0393\u039b\u03a9\u03a3\u03a3\u0399\u039a\u0395\u03a3 \u0394\u0395\u039e\u0399\u039f\u03a4\u0397\u03a4\u0395\u03a3\nz\n').slice(1).map((k) => k.split(':')[0])).toEqual(['experience', 'education', 'skills']);
    expect(kinds('Mikko\nTy\u00f6kokemus\nx\nKoulutus\ny\nKielitaito\nz\nSertifikaatit\nw\n').slice(1).map((k) => k.split(':')[0])).toEqual(['experience', 'education', 'skills', 'certifications']);
    expect(kinds('Anna\nSzakmai tapasztalat\nx\nTanulm\u00e1nyok\ny\nNyelvtud\u00e1s\nz\n').slice(1).map((k) => k.split(':')[0])).toEqual(['experience', 'education', 'skills']);
  });
  it('counter-example: a title that begins like a heading is no heading', () => {
    expect(kinds('Mikko\nKoulutusp\u00e4\u00e4llikk\u00f6\nx\n').map((k) => k.split(':')[0])).toEqual(['contact']);
  });
  it('languages named in Greek (capitals without accents too), Finnish and Hungarian', () => {
    expect(profile('Kostas\n\u0393\u039b\u03a9\u03a3\u03a3\u0399\u039a\u0395\u03a3 \u0394\u0395\u039e\u0399\u039f\u03a4\u0397\u03a4\u0395\u03a3\nM\u03b7\u03c4\u03c1\u03b9\u03ba\u03ae \u03b3\u03bb\u03ce\u03c3\u03c3\u03b1: \u0395\u039b\u039b\u0397\u039d\u0399\u039a\u0391\n\u0391\u0393\u0393\u039b\u0399\u039a\u0391 C1\n').languages).toEqual(['Greek', 'English']);
    expect(profile('Mikko\nKielitaito\nsuomi (\u00e4idinkieli), ruotsi (hyv\u00e4), ranska (alkeet)\n').languages).toEqual(['Finnish', 'Swedish', 'French']);
    expect(profile('Bence\nNyelvtud\u00e1s\nmagyar (anyanyelv), n\u00e9met (k\u00f6z\u00e9pfok), olasz (alapfok)\n').languages).toEqual(['Hungarian', 'German', 'Italian']);
  });
  it('counter-example: a nationality outside a languages section names no language', () => {
    expect(profile('Bence\n\u00c1llampolg\u00e1rs\u00e1g: magyar\nSzakmai tapasztalat\nRendszerm\u00e9rn\u00f6k, Alf\u00f6ld Kft.\n2018. m\u00e1jus \u2013 jelenleg\n').languages).toEqual([]);
  });
});

describe('degrees: Greek, Czech abbreviations, Finland\'s (AMK), Hungarian field first', () => {
  const degrees = (text: string) => profile(text).degrees.map((d) => `${d.level} ${d.field}`);
  it('Greek: a master\'s field after "\u03c3\u03c4\u03b7\u03bd", a \u03a0\u03c4\u03c5\u03c7\u03af\u03bf\'s the words after it', () => {
    expect(degrees('Kostas\n\u0395\u039a\u03a0\u0391\u0399\u0394\u0395\u03a5\u03a3\u0397\n\u039c\u03b5\u03c4\u03b1\u03c0\u03c4\u03c5\u03c7\u03b9\u03b1\u03ba\u03cc \u0394\u03af\u03c0\u03bb\u03c9\u03bc\u03b1 \u03c3\u03c4\u03b7\u03bd \u039a\u03c5\u03b2\u03b5\u03c1\u03bd\u03bf\u03b1\u03c3\u03c6\u03ac\u03bb\u03b5\u03b9\u03b1 \u2014 \u03a0\u03b1\u03bd\u03b5\u03c0\u03b9\u03c3\u03c4\u03ae\u03bc\u03b9\u03bf \u0394\u03c5\u03c4\u03b9\u03ba\u03ae\u03c2 \u0391\u03c4\u03c4\u03b9\u03ba\u03ae\u03c2\n\u03a0\u03c4\u03c5\u03c7\u03af\u03bf \u03a6\u03c5\u03c3\u03b9\u03ba\u03ae\u03c2 \u2014 \u03a0\u03b1\u03bd\u03b5\u03c0\u03b9\u03c3\u03c4\u03ae\u03bc\u03b9\u03bf \u0399\u03c9\u03b1\u03bd\u03bd\u03af\u03bd\u03c9\u03bd\n')).toEqual([
      'master \u039a\u03c5\u03b2\u03b5\u03c1\u03bd\u03bf\u03b1\u03c3\u03c6\u03ac\u03bb\u03b5\u03b9\u03b1',
      'bachelor \u03a6\u03c5\u03c3\u03b9\u03ba\u03ae\u03c2',
    ]);
  });
  it('Czech "Ing., obor \u2026" and "Bc., obor \u2026" opening an education line; counter-example: "Ing." before a name', () => {
    expect(degrees('Jana\nVzd\u011bl\u00e1n\u00ed\nIng., obor Informa\u010dn\u00ed syst\u00e9my \u2014 V\u0160E Praha\nBc., obor Aplikovan\u00e1 matematika \u2014 Ostravsk\u00e1 univerzita\n')).toEqual([
      'master Informa\u010dn\u00ed syst\u00e9my',
      'bachelor Aplikovan\u00e1 matematika',
    ]);
    expect(degrees('Ing. Jana Nov\u00e1kov\u00e1\nPracovn\u00ed zku\u0161enosti\nAnalytik dat, Labe Data s.r.o.\n2019-01 \u2013 dosud\n')).toEqual([]);
  });
  it('Finland\'s universities of applied sciences: "(AMK)" a bachelor\'s, "(YAMK)" a master\'s, the field after the comma in lower case', () => {
    expect(degrees('Mikko\nKoulutus\nTradenomi (AMK), tietojenk\u00e4sittely \u2014 Haaga-Helia\nInsin\u00f6\u00f6ri (YAMK), teknologiaosaamisen johtaminen\n')).toEqual([
      'bachelor tietojenk\u00e4sittely',
      'master teknologiaosaamisen johtaminen',
    ]);
  });
  it('Hungarian: the field before "BSc"/"MSc"; counter-example: a school\'s name before it is no field', () => {
    expect(degrees('Bence\nTanulm\u00e1nyok\nGazdas\u00e1ginformatikus BSc\n2011 \u2013 2014\n')).toEqual(['bachelor Gazdas\u00e1ginformatikus']);
    expect(degrees('Bence\nTanulm\u00e1nyok\n\u00d3budai Egyetem MSc\n2014 \u2013 2016\n')).toEqual(['master null']);
  });
});

describe('titles and companies', () => {
  it('a Greek Europass: the title below the dates, the company below it, the town line no part of it', () => {
    const t =
      'Kostas\n\u0395\u03a0\u0391\u0393\u0393\u0395\u039b\u039c\u0391\u03a4\u0399\u039a\u0397 \u0395\u039c\u03a0\u0395\u0399\u03a1\u0399\u0391\n[ 05/2019 \u2013 \u03a3\u03ae\u03bc\u03b5\u03c1\u03b1 ]\n\u039c\u03b7\u03c7\u03b1\u03bd\u03b9\u03ba\u03cc\u03c2 \u0394\u03b9\u03ba\u03c4\u03cd\u03c9\u03bd\n\u039f\u03bb\u03c5\u03bc\u03c0\u03b9\u03b1\u03ba\u03ae \u03a4\u03b7\u03bb\u03b5\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03af\u03b5\u03c2 \u0391.\u0395.\n\u03a0\u03cc\u03bb\u03b7: \u039b\u03ac\u03c1\u03b9\u03c3\u03b1 | \u03a7\u03ce\u03c1\u03b1: \u0395\u03bb\u03bb\u03ac\u03b4\u03b1\n\u03a3\u03c7\u03b5\u03b4\u03af\u03b1\u03c3\u03b7 \u03b4\u03b9\u03ba\u03c4\u03cd\u03c9\u03bd \u03b3\u03b9\u03b1 \u03c4\u03b1 \u03ba\u03b1\u03c4\u03b1\u03c3\u03c4\u03ae\u03bc\u03b1\u03c4\u03b1 \u03c4\u03b7\u03c2 \u03b5\u03c4\u03b1\u03b9\u03c1\u03b5\u03af\u03b1\u03c2 \u03c3\u03c4\u03b7 \u03b8\u03b5\u03c3\u03c3\u03b1\u03bb\u03af\u03b1\n[ 02/2016 \u2013 04/2019 ]\n\u03a0\u03c1\u03bf\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1\u03c4\u03b9\u03c3\u03c4\u03ae\u03c2\n\u039a\u03b1\u03c1\u03b4\u03af\u03c4\u03c3\u03b1 Web \u039f.\u0395.\n';
    expect(roles(t)).toEqual([
      '2019-05..now \u039c\u03b7\u03c7\u03b1\u03bd\u03b9\u03ba\u03cc\u03c2 \u0394\u03b9\u03ba\u03c4\u03cd\u03c9\u03bd | \u039f\u03bb\u03c5\u03bc\u03c0\u03b9\u03b1\u03ba\u03ae \u03a4\u03b7\u03bb\u03b5\u03c0\u03b9\u03ba\u03bf\u03b9\u03bd\u03c9\u03bd\u03af\u03b5\u03c2 \u0391.\u0395',
      '2016-02..2019-04 \u03a0\u03c1\u03bf\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1\u03c4\u03b9\u03c3\u03c4\u03ae\u03c2 | \u039a\u03b1\u03c1\u03b4\u03af\u03c4\u03c3\u03b1 Web \u039f.\u0395',
    ]);
  });
  it('Hungarian and Finnish titles above their dates, the company below', () => {
    expect(roles('Bence\nSzakmai tapasztalat\nH\u00e1l\u00f3zati m\u00e9rn\u00f6k\n2018. m\u00e1jus \u2013 jelenleg\nAlf\u00f6ld Telekom Zrt., Szeged\n')).toEqual(['2018-05..now H\u00e1l\u00f3zati m\u00e9rn\u00f6k | Alf\u00f6ld Telekom Zrt']);
    expect(roles('Mikko\nTy\u00f6kokemus\nsyyskuu 2017 \u2013 nyky\u00e4\u00e4n\nMobiilikehitt\u00e4j\u00e4, Oulun Sovellus Oy, Oulu\n')).toEqual(['2017-09..now Mobiilikehitt\u00e4j\u00e4 | Oulun Sovellus Oy']);
  });
  it('a Portuguese or Spanish legal form after a comma stays with the name; counter-example: "Inc." after a comma is dropped as before', () => {
    expect(roles('Rita\nEXPERI\u00caNCIA PROFISSIONAL\nAnalista de Sistemas | Alentejo Dados, Lda. | \u00c9vora\nabril de 2019 \u2013 presente\n')).toEqual(['2019-04..now Analista de Sistemas | Alentejo Dados, Lda']);
    expect(roles('Pablo\nEXPERIENCIA\nDesarrollador Backend | Meseta Software, S.L. | Valladolid\nmarzo 2018 \u2013 actualidad\n')).toEqual(['2018-03..now Desarrollador Backend | Meseta Software, S.L']);
    expect(roles('Jo\nEXPERIENCE\nData Engineer\nJun 2020 \u2013 Present\nBluegill Analytics, Inc. \u2014 Madison, WI\n')).toEqual(['2020-06..now Data Engineer | Bluegill Analytics']);
  });
  it('a year closing a bracket inside a bullet\'s sentence is no role; counter-example: a title\'s note with its year is one', () => {
    const t = 'Sam\nEXPERIENCE\nNetwork Technician \u2014 Fenland Council        Mar 2015 \u2013 Present\n\u2022 Took the evening course in routing and switching at the county college (merit, 2019)\n';
    expect(roles(t)).toEqual(['2015-03..now Network Technician | Fenland Council']);
    expect(roles('Sam\nEXPERIENCE\nWeb Intern (summer, 2014)\nFenland Council\n').map((r) => r.split(' ')[0])).toEqual(['2014-01..2014-12']);
  });
});

describe('a body line whose bullet a PDF dropped', () => {
  it('a semicolon and a clause in lower case: the role before\'s body, not the next title\'s heading', () => {
    const t =
      'Bence\nSzakmai tapasztalat\nH\u00e1l\u00f3zati m\u00e9rn\u00f6k\n2018. m\u00e1jus \u2013 jelenleg\nAlf\u00f6ld Telekom Zrt., Szeged\nCisco and Juniper routers, BGP; a weekly change window for the core\nRendszergazda gyakornok\n2017. j\u00fal. \u2013 2017. aug.\nTisza V\u00edzm\u0171vek Zrt., Szolnok\n';
    expect(roles(t)).toEqual(['2018-05..now H\u00e1l\u00f3zati m\u00e9rn\u00f6k | Alf\u00f6ld Telekom Zrt', '2017-07..2017-08 Rendszergazda gyakornok | Tisza V\u00edzm\u0171vek Zrt']);
  });
  it('counter-example: a semicolon before a capitalised name keeps the line a heading', () => {
    // (The line still heads its role: its title is read from it, not left unknown.)
    const p = profile('Jo\nEXPERIENCE\nData Engineer; Bluegill Analytics\nJun 2020 \u2013 Present\n- Airflow pipelines\n');
    expect(p.roles.map((r) => [r.start, r.title?.startsWith('Data Engineer')])).toEqual([['2020-06', true]]);
  });
});

describe('years per skill', () => {
  it('a middle dot between skills parts their stated years', () => {
    const p = profile('Ana\nSKILLS\nGo (3 yrs) \u00b7 Rust (2 yrs) \u00b7 Kotlin (7 yrs)\n');
    expect([p.claimedYears?.go, p.claimedYears?.rust, p.claimedYears?.kotlin]).toEqual([3, 2, 7]);
  });
  it('counter-example: "Go \u00b7 5 yrs" is still five years of Go', () => {
    expect(profile('Ana\nSKILLS\nGo \u00b7 5 yrs, Rust \u00b7 1 yr\n').claimedYears?.go).toBe(5);
  });
  it('PySpark is Python work for its role\'s years; counter-example: Spark SQL and Scala Spark are not', () => {
    const p = profile('Ana\nEXPERIENCE\nData Engineer, Riverbend Freight \u2014 Jan 2020 \u2013 Dec 2023\n- PySpark jobs that score 9 million shipments a night\n');
    expect(p.skillYears.python).toBe(4);
    const q = profile('Ana\nEXPERIENCE\nData Engineer, Riverbend Freight \u2014 Jan 2020 \u2013 Dec 2023\n- Spark SQL views and Scala Spark jobs for the shipment marts\n');
    expect(q.skillYears.python).toBeUndefined();
  });
});

describe('session 52 batch', () => {
  // (First read 6 of 10; only the total is read: its rows stay unseen.)
  it('its report part: at least 6 of 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s52', 'report');
    expect(n).toBe(10);
    expect(ok).toBeGreaterThanOrEqual(6);
  });
});
