import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf, tuneFactFloors } from './kinds-readers';

// Session 61: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s61.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s61: the fresh-written postings', 'kinds-fresh-s61.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s61`, code at a9de858e, before any tuning): tune yearsMin
// 88, workMode 68, salary 92, sponsorship 96, clearance 100, degree 72 (kind recall: years 88, degree 68, language 67); report
// yearsMin 92, workMode 76, salary 72, sponsorship 80, clearance 100, degree 52 (kind recall: degree 45, authorization 60,
// language 69).
// Batch 2 (n 51-100) was written after batch 1's fixes were committed (280bd7ae); its first read is the carry-over measure
// (`npx tsx test/bench/eval-requirements.ts --set s61`, code at 799b98ae): tune yearsMin 84, workMode 76, salary 96, sponsorship
// 88, clearance 100, degree 96 (kind recall: years 84, degree 91, language 70); report yearsMin 84, workMode 56, salary 72,
// sponsorship 100, clearance 100, degree 64 (kind recall: degree 61, language 63). Batch 1's first read was workMode 68 / 76, degree
// 72 / 52 (tune / report).

// Classes from the tune half of batch 1, by mechanism, not by phrasing (#12): every line below was written for this file,
// none taken from the corpus, the eval fixtures or a labelled row, and each in other words than the tune row that showed the
// class. Each class has counter-examples that must stay as they are.

/** The facts of a posting of one line under a header (no years line, so years read are the line's own). */
const alone = (line: string) => facts(`Somewhere | Engineer | Acme\n${line}`);
const kindsAlone = (line: string) => kindsOf(`Somewhere | Engineer | Acme\n${line}`);

describe('facts s61: Greek years, work mode and spoken language', () => {
  it('reads "τουλάχιστον N έτη" as years asked', () => {
    expect(alone('Τουλάχιστον 5 έτη εμπειρίας σε Java').yearsMin).toBe(5);
  });
  it("reads no years from the company's own", () => {
    expect(alone('Η εταιρεία μας δραστηριοποιείται 20 έτη στην αγορά').yearsMin).toBeNull();
  });
  it('reads hybrid, remote and on site', () => {
    expect(alone('Υβριδική εργασία, 2 ημέρες στο γραφείο').workMode).toBe('hybrid');
    expect(alone('Εργασία εξ αποστάσεως από όλη την Ελλάδα').workMode).toBe('remote');
    expect(alone('Εργασία στο γραφείο μας στη Λάρισα').workMode).toBe('onsite');
  });
  it('reads English asked at a level', () => {
    expect(kindsAlone('Πολύ καλή γνώση αγγλικών')).toContain('language');
  });
});

describe('facts s61: Estonian years, work mode, degree and pay', () => {
  it('reads "N-aastane (töö)kogemus" as years asked, not a company\'s age', () => {
    expect(alone('Vähemalt 6-aastane töökogemus Javaga').yearsMin).toBe(6);
    expect(alone('Meie ettevõte on 15-aastane').yearsMin).toBeNull();
  });
  it('reads kaugtöö as remote and hübriidtöö as hybrid', () => {
    expect(alone('Täielikult kaugtöö').workMode).toBe('remote');
    expect(alone('Hübriidtöö, 2 päeva nädalas kontoris').workMode).toBe('hybrid');
  });
  it('reads kõrgharidus as a bachelor\'s, wished when a plus, none when not required', () => {
    expect(alone('Kõrgharidus IT valdkonnas').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Kõrgharidus on plussiks').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(alone('Kõrgharidus ei ole nõutav').degree).toBeNull();
  });
  it('reads "eurot kuus" as euros a month', () => {
    expect(alone('Töötasu 2 400 – 3 000 eurot kuus').salary).toMatchObject({ min: 2400, max: 3000, currency: 'EUR', period: 'month' });
  });
});

describe('facts s61: Ukrainian pay, work mode, degree and language', () => {
  it('reads грн as hryvnias, "на місяць" as a month', () => {
    expect(alone('Зарплата 60 000 – 75 000 грн на місяць').salary).toMatchObject({ min: 60000, max: 75000, currency: 'UAH', period: 'month' });
  });
  it('reads віддалена робота as remote', () => {
    expect(alone('Повністю віддалена робота').workMode).toBe('remote');
  });
  it('reads вища освіта as a bachelor\'s, wished when бажана, none when not required', () => {
    expect(alone("Вища освіта в галузі комп'ютерних наук").degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Вища освіта бажана').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(alone("Вища освіта не обов'язкова").degree).toBeNull();
  });
  it('reads English at a course level as a language asked', () => {
    expect(kindsAlone('Англійська на рівні Pre-Intermediate')).toContain('language');
  });
});

describe('facts s61: Malay and Indonesian degrees and English', () => {
  it('reads Ijazah Sarjana Muda as a bachelor\'s and Ijazah Sarjana as a master\'s', () => {
    expect(alone('Ijazah Sarjana Muda Kejuruteraan Elektrik').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Ijazah Sarjana dalam Statistik').degree).toMatchObject({ level: 'master', required: true });
  });
  it('reads English spoken, fluently or passively, as a language asked', () => {
    expect(kindsAlone('Fasih berbahasa Inggeris')).toContain('language');
    expect(kindsAlone('Bahasa Inggris pasif')).toContain('language');
  });
});

describe('facts s61: Catalan remote and a fluent language', () => {
  it('reads "en remot" as remote', () => {
    expect(alone('Treball en remot des de casa').workMode).toBe('remote');
  });
  it('reads "anglès fluid" as a language asked', () => {
    expect(kindsAlone('Castellà i anglès fluid')).toContain('language');
  });
});

describe('facts s61: Slovak home days and degrees, Czech master\'s titles', () => {
  it('reads home once a week, otherwise the office, as hybrid', () => {
    expect(alone('Práca z domu raz týždenne, inak v kancelárii').workMode).toBe('hybrid');
  });
  it("reads vysokoškolské vzdelanie as a bachelor's and a secondary school as none", () => {
    expect(alone('Vysokoškolské vzdelanie technického smeru').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Stredoškolské vzdelanie s maturitou').degree).toBeNull();
  });
  it("reads Mgr. or Ing. named together as a master's, not a German Dipl.-Ing. alone", () => {
    expect(alone('Titul Mgr. či Ing. v odbore informatika').degree).toMatchObject({ level: 'master', required: true });
    expect(alone('Dipl.-Ing. Maschinenbau').degree).toBeNull();
  });
});

describe('facts s61: times a week at home, and the rest of a split week remote', () => {
  it('reads them as hybrid', () => {
    expect(alone('WFH twice per week').workMode).toBe('hybrid');
    expect(alone('Remote twice a week, otherwise at the office').workMode).toBe('hybrid');
    expect(alone('Twice a week at our hub, remote otherwise').workMode).toBe('hybrid');
  });
  it('reads times a year or a month as a remote job\'s visits', () => {
    expect(alone('Fully remote, with a meetup twice a year').workMode).toBe('remote');
    expect(alone('Remote; we get together at the office once a month').workMode).toBe('remote');
  });
});

describe("facts s61: a residence visa provided, with its country's name before it", () => {
  it('reads sponsorship', () => {
    expect(alone('Qatar residence visa provided for you and your family').sponsorship).toBe(true);
  });
  it('reads none given as no sponsorship', () => {
    expect(alone('No employment visa provided').sponsorship).toBe(false);
  });
});

describe('facts s61 (batch 2 tune): years in Estonian words, and floors between the experience and its years', () => {
  it('reads them as years asked', () => {
    expect(alone('Vähemalt neli aastat kogemust Pythoniga').yearsMin).toBe(4);
    expect(alone('Experiență de cel puțin 6 ani în vânzări B2B').yearsMin).toBe(6);
    expect(alone('Experiència mínima de 3 anys en suport').yearsMin).toBe(3);
    expect(alone('Berpengalaman minimal 4 tahun di bidang QA').yearsMin).toBe(4);
  });
  it("reads no years from a company's own", () => {
    expect(alone('Ettevõte tegutseb juba kümme aastat').yearsMin).toBeNull();
  });
});

describe('facts s61 (batch 2 tune): on site and hybrid in Estonian, Malay, Indonesian, Lithuanian, Turkish and Greek', () => {
  it('reads work at the site, the office or the plant as on site', () => {
    expect(alone('Töö laos kohapeal').workMode).toBe('onsite');
    expect(alone('Bekerja di kantor pusat Surabaya').workMode).toBe('onsite');
    expect(alone('Bekerja di kilang Seremban').workMode).toBe('onsite');
    expect(alone('Darbas vietoje Kauno sandėlyje').workMode).toBe('onsite');
    expect(alone('Ankara fabrikada tam zamanlı çalışma').workMode).toBe('onsite');
  });
  it('reads Greek days of telework beside the office as hybrid', () => {
    expect(alone('Υβριδικό: 3 ημέρες τηλεργασία').workMode).toBe('hybrid');
    expect(alone('Τηλεργασία 1 ημέρα την εβδομάδα, 4 ημέρες στο γραφείο').workMode).toBe('hybrid');
  });
});

describe('facts s61 (batch 2 tune): spoken languages at a good or conversational level', () => {
  it('reads them as languages asked', () => {
    expect(kindsAlone('Καλή γνώση της αγγλικής')).toContain('language');
    expect(kindsAlone('Inglise keele oskus suhtlustasemel')).toContain('language');
    expect(kindsAlone('İyi seviyede Almanca')).toContain('language');
    expect(kindsAlone('Bahasa Inggris aktif')).toContain('language');
    expect(kindsAlone('Boleh bertutur dalam Bahasa Inggeris')).toContain('language');
  });
});

describe('facts s61 (batch 2 tune): citizens only in Malay and Indonesian, and a residence permit provided', () => {
  it('reads citizens only as no sponsorship', () => {
    expect(alone('Hanya warganegara Indonesia').sponsorship).toBe(false);
  });
  it('reads a residence permit provided as sponsorship, and one held as none given', () => {
    expect(alone('Residence permit and health insurance provided').sponsorship).toBe(true);
    expect(alone('Residence permit holders only').sponsorship).not.toBe(true);
  });
});

// Floors: the tune halves as read after the s61 fixes (`npx tsx test/bench/eval-requirements.ts --set s61`). Batch 1 (first read:
// yearsMin 22, workMode 17, salary 23, sponsorship 24, clearance 25, degree 18 of 25); batch 2 (first read, the carry-over:
// yearsMin 21, workMode 19, salary 24, sponsorship 22, clearance 25, degree 24) as its fixes leave it. Never lowered; raised when a
// fix reads more.
tuneFactFloors('facts s61: floors on the tune halves', 'kinds-fresh-s61.jsonl', {
  1: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 24 },
  2: { yearsMin: 25, workMode: 25, salary: 24, sponsorship: 24, clearance: 25, degree: 24 },
});
