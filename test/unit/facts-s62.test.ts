import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, kindsOf, tuneFactFloors } from './kinds-readers';

// Session 62: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s62.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s62: the fresh-written postings', 'kinds-fresh-s62.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s62`, code at 83ec4972, before any tuning): tune yearsMin
// 68, workMode 64, salary 68, sponsorship 96, clearance 100, degree 36 (kind recall: years 68, degree 38, language 32); report
// yearsMin 60, workMode 52, salary 40, sponsorship 88, clearance 100, degree 48 (kind recall: years 60, degree 38, authorization
// 33, language 52).

// Classes from the tune half of batch 1, by mechanism, not by phrasing (#12): every line below was written for this file,
// none taken from the corpus, the eval fixtures or a labelled row, and each in other words than the tune row that showed the
// class. Each class has counter-examples that must stay as they are.

/** The facts of a posting of one line under a header (no years line, so years read are the line's own). */
const alone = (line: string) => facts(`Somewhere | Engineer | Acme\n${line}`);
const kindsAlone = (line: string) => kindsOf(`Somewhere | Engineer | Acme\n${line}`);

describe('facts s62: Serbian, Croatian and Bosnian', () => {
  it('reads the years after "barem" and "najmanje"', () => {
    expect(alone('Barem 5 godina rada s PostgreSQL-om').yearsMin).toBe(5);
    expect(alone('Firma posluje već 20 godina').yearsMin).toBeNull();
  });
  it('reads on site, days at the office and days at home', () => {
    expect(alone('Posao na licu mesta u Kragujevcu').workMode).toBe('onsite');
    expect(alone('Tri dana tjedno u uredu, ostalo od kuće').workMode).toBe('hybrid');
    expect(alone('Rad od kuće tri dana nedeljno').workMode).toBe('hybrid');
    expect(alone('Rad od kuće iz bilo kog grada, 100%').workMode).toBe('remote');
    expect(alone('30 dana godišnjeg odmora').workMode).toBeNull();
  });
  it('reads VSS and a finished faculty as a bachelor\'s, the graduate study as a master\'s, none where not a condition', () => {
    expect(alone('VSS ekonomskog ili tehničkog usmerenja').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Završeni fakultet organizacionih nauka').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Prvostupnica ili prvostupnik elektrotehnike').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Završen diplomski studij strojarstva').degree).toMatchObject({ level: 'master', required: true });
    expect(alone('VSS nije uslov').degree).toBeNull();
    expect(alone('Fakultetska diploma nije obavezna').degree).toBeNull();
  });
  it('reads fluent English asked', () => {
    expect(kindsAlone('Tečno engleski, usmeno i pismeno')).toContain('language');
    expect(kindsAlone('Engleski jezik: tečan')).toContain('language');
  });
});

describe('facts s62: Bulgarian, Macedonian and Russian', () => {
  it('reads years in "години" and a floor after the experience, not a company\'s years', () => {
    expect(alone('Поне 4 години опит с Kotlin').yearsMin).toBe(4);
    expect(alone('Најмалку 2 години искуство со React').yearsMin).toBe(2);
    expect(alone('Опит от 6 години в продажбите').yearsMin).toBe(6);
    expect(alone('Стаж от 3 лет в тестировании').yearsMin).toBe(3);
    expect(alone('Компанията е на пазара от 18 години').yearsMin).toBeNull();
    expect(alone('Фирма со 25 години искуство на пазарот').yearsMin).toBeNull();
  });
  it('reads hybrid, remote, office days and home days', () => {
    expect(alone('Хибриден модел на работа').workMode).toBe('hybrid');
    expect(alone('Изцяло дистанционна позиция').workMode).toBe('remote');
    expect(alone('Удаленная работа из любого города').workMode).toBe('remote');
    expect(alone('Работа в офиса в Русе').workMode).toBe('onsite');
    expect(alone('Два дни седмично в офиса').workMode).toBe('hybrid');
    expect(alone('Од дома два дена неделно').workMode).toBe('hybrid');
  });
  it('reads higher education as a bachelor\'s, wished where an advantage or desirable', () => {
    expect(alone('Висше образование по електроника').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Високо образование е предност').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(alone('Высшее образование приветствуется').degree).toMatchObject({ level: 'bachelor', required: false });
  });
  it('reads English and Russian asked at a level', () => {
    expect(kindsAlone('Добър английски език')).toContain('language');
    expect(kindsAlone('Русский язык свободно')).toContain('language');
  });
  it('reads pay in денари, тенге and ₸ a month, and a floor after "от"', () => {
    expect(alone('Плата 60.000 – 80.000 денари месечно').salary).toMatchObject({ min: 60000, max: 80000, currency: 'MKD', period: 'month' });
    expect(alone('Зарплата от 650 000 ₸ в месяц').salary).toMatchObject({ min: 650000, max: null, currency: 'KZT', period: 'month' });
    expect(alone('Доход 700 000 – 900 000 тенге').salary).toMatchObject({ min: 700000, max: 900000, currency: 'KZT', period: 'month' });
  });
});

describe('facts s62: Albanian, Azerbaijani, Latvian and Slovenian', () => {
  it('reads their years and floors', () => {
    expect(alone('Të paktën 5 vite përvojë në Python').yearsMin).toBe(5);
    expect(alone('Ən azı 4 il Java təcrübəsi').yearsMin).toBe(4);
    expect(alone('Vsaj 2 leti izkušenj s Figmo').yearsMin).toBe(2);
    expect(alone('Najmanj 6 let izkušenj na področju omrežij').yearsMin).toBe(6);
  });
  it('reads the office, home days and remote', () => {
    expect(alone('Puna bëhet në zyrë, në Durrës').workMode).toBe('onsite');
    expect(alone('Punë plotësisht në distancë').workMode).toBe('remote');
    expect(alone('Hibrid: həftədə 3 gün evdən').workMode).toBe('hybrid');
    expect(alone('Darbs birojā Valmierā').workMode).toBe('onsite');
    expect(alone('Pilnībā attālināts darbs').workMode).toBe('remote');
    expect(alone('Delo na domu 3 dni na teden').workMode).toBe('hybrid');
    expect(alone('Delo v pisarni v Kopru').workMode).toBe('onsite');
  });
  it('reads their degrees, wished where an advantage', () => {
    expect(alone('Diplomë universitare në Ekonomi').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Ali təhsil (mühəndislik)').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Bakalavr dərəcəsi üstünlük').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(alone('Augstākā izglītība būs priekšrocība').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(alone('Visokošolska izobrazba s področja elektrotehnike').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Višješolska izobrazba strojne smeri').degree).toMatchObject({ level: 'associate', required: true });
  });
  it('reads English asked', () => {
    expect(kindsAlone('Njohuri të mira të gjuhës angleze')).toContain('language');
    expect(kindsAlone('İngilis dilini yaxşı bilmək')).toContain('language');
    expect(kindsAlone('Krievu un angļu valodas zināšanas')).toContain('language');
    expect(kindsAlone('Aktivno znanje angleščine')).toContain('language');
  });
  it('reads pay in lekë, manat and KM', () => {
    expect(alone('Paga 120.000 lekë neto në muaj').salary).toMatchObject({ min: 120000, max: 120000, currency: 'ALL', period: 'month' });
    expect(alone('Əmək haqqı 2 000 – 2 800 manat').salary).toMatchObject({ min: 2000, max: 2800, currency: 'AZN', period: 'month' });
    expect(alone('Plata 1.800 – 2.200 KM mjesečno').salary).toMatchObject({ min: 1800, max: 2200, currency: 'BAM', period: 'month' });
    expect(alone('Kancelarija je 5 KM od centra').salary).toBeNull();
  });
});

describe('facts s62: Vietnamese and Thai', () => {
  it('reads a university and a college degree, wished where an advantage, none where not asked', () => {
    expect(alone('Tốt nghiệp đại học chuyên ngành Kế toán').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('Tốt nghiệp cao đẳng trở lên').degree).toMatchObject({ level: 'associate', required: true });
    expect(alone('Bằng đại học là một lợi thế').degree).toMatchObject({ level: 'bachelor', required: false });
    expect(alone('Không yêu cầu bằng cấp đại học').degree).toBeNull();
  });
  it('reads English asked and remote work', () => {
    expect(kindsAlone('Tiếng Anh đọc hiểu email')).toContain('language');
    expect(alone('Làm việc từ xa toàn thời gian').workMode).toBe('remote');
  });
  it('reads Thai years, degrees, office, language and pay', () => {
    expect(alone('ประสบการณ์ทำงาน 4 ปีขึ้นไป').yearsMin).toBe(4);
    expect(alone('ประสบการณ์อย่างน้อย 2 ปี ในงานบัญชี').yearsMin).toBe(2);
    expect(alone('ปริญญาโท สาขาสถิติ').degree).toMatchObject({ level: 'master', required: true });
    expect(alone('ปริญญาตรีขึ้นไป สาขาวิศวกรรม').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(alone('ทำงานที่ออฟฟิศสีลม').workMode).toBe('onsite');
    expect(kindsAlone('ภาษาอังกฤษระดับดี')).toContain('language');
    expect(alone('เงินเดือน 38,000 บาท').salary).toMatchObject({ min: 38000, max: 38000, currency: 'THB', period: 'month' });
  });
});

describe('facts s62: Hebrew and Arabic', () => {
  it('reads years, degrees and wishes in Hebrew', () => {
    expect(alone('לפחות 5 שנות ניסיון בפיתוח').yearsMin).toBe(5);
    expect(alone('תואר שני בסטטיסטיקה').degree).toMatchObject({ level: 'master', required: true });
    expect(alone('תואר ראשון בהנדסה – יתרון').degree).toMatchObject({ level: 'bachelor', required: false });
  });
  it('reads Hebrew work mode, English and the right to work in Israel', () => {
    expect(alone('מודל היברידי, יומיים מהבית').workMode).toBe('hybrid');
    expect(alone('עבודה מהבית באופן מלא מכל הארץ').workMode).toBe('remote');
    expect(kindsAlone('אנגלית ברמה גבוהה מאוד')).toContain('language');
    expect(kindsAlone('נדרשת זכאות לעבוד בישראל')).toContain('authorization');
    expect(alone('שכר 22,000 ₪ ברוטו לחודש').salary).toMatchObject({ min: 22000, max: 22000, currency: 'ILS', period: 'month' });
  });
  it('reads years, degrees, work mode and English in Arabic', () => {
    expect(alone('خبرة 4 سنوات على الأقل في المحاسبة').yearsMin).toBe(4);
    expect(alone('خبرة لا تقل عن 6 سنوات').yearsMin).toBe(6);
    expect(alone('ماجستير في نظم المعلومات').degree).toMatchObject({ level: 'master', required: true });
    expect(alone('العمل عن بعد من أي مدينة').workMode).toBe('remote');
    expect(alone('العمل من المكتب في جدة').workMode).toBe('onsite');
    expect(kindsAlone('إجادة اللغة الإنجليزية كتابة ومحادثة')).toContain('language');
  });
  it('reads a visa provided as sponsorship, and pay in riyals, dirhams and pounds', () => {
    expect(alone('نوفر التأشيرة وتذاكر السفر').sponsorship).toBe(true);
    expect(alone('الراتب 15,000 ريال قطري شهرياً').salary).toMatchObject({ min: 15000, max: 15000, currency: 'QAR', period: 'month' });
    expect(alone('الراتب: 9,000 – 12,000 درهم').salary).toMatchObject({ min: 9000, max: 12000, currency: 'AED', period: 'month' });
    expect(alone('المرتب 18,000 جنيه شهرياً').salary).toMatchObject({ min: 18000, max: 18000, currency: 'EGP', period: 'month' });
  });
});

describe('facts s62: a residence supported in Turkish, a diploma or a bachelor\'s, Georgia\'s lari', () => {
  it('reads a work permit and residence support provided as sponsorship, not as a permit asked', () => {
    const text = 'Yabancı adaylar için vize ve ikamet desteği sağlanır';
    expect(alone(text).sponsorship).toBe(true);
    expect(kindsAlone(text)).not.toContain('authorization');
    expect(kindsAlone('Türkiye\'de geçerli çalışma izni şart')).toContain('authorization');
  });
  it('reads a diploma or a bachelor\'s as the diploma, the lower', () => {
    expect(alone('Diploma or Bachelor\'s degree in Accounting').degree).toMatchObject({ level: 'associate', required: true });
    expect(alone('Diploma or BSc in Nursing').degree).toMatchObject({ level: 'associate', required: true });
    expect(alone('Bachelor\'s degree in Accounting').degree).toMatchObject({ level: 'bachelor', required: true });
  });
  it('reads the lari by its sign', () => {
    expect(alone('Salary: 4,200 ₾ net per month').salary).toMatchObject({ min: 4200, max: 4200, currency: 'GEL', period: 'month' });
  });
});

tuneFactFloors('facts s62: floors on the tune halves', 'kinds-fresh-s62.jsonl', {
  1: { yearsMin: 25, workMode: 25, salary: 25, sponsorship: 25, clearance: 25, degree: 25 },
});
// Batch 2 (n 51-100) was written after batch 1's fixes were committed (2af4f769); its first read is the carry-over measure
// (the fresh loop of `npx tsx test/bench/eval-requirements.ts --set s62`, code at 1cee6c05): tune yearsMin 92, workMode 64, salary
// 76, sponsorship 96, clearance 100, degree 60 (kind recall: years 92, degree 60, language 68); report yearsMin 100, workMode 80,
// salary 72, sponsorship 96, clearance 96, degree 64 (kind recall: degree 70, clearance 0, language 76). Batch 1's first read was
// workMode 64 / 52, salary 68 / 40, degree 36 / 48 (tune / report).
