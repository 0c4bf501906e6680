import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 62 (#12): a posting's parts and its asks where the headings are in languages not read before (Albanian, Tagalog,
 * Arabic), where "how to apply" closes the perks under a heading in Serbian, Croatian or Vietnamese, where "Must-haves: ...
 * Nice-to-haves: ..." share one line, where "About the team" holds the asks in prose, and where the daily work in a named
 * skill is said among the duties in Albanian or Arabic. Taught by the tune half of
 * test/fixtures/labels/parts-fresh-s62a.jsonl; each rule is checked on postings written fresh for the test, with
 * counter-examples that read as before (an about-us paragraph stays about-us, a team told without asks stays about, a list of
 * perks under a foreign label never becomes asks).
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s62: headings in Albanian, Tagalog and Arabic, and "how to apply" in Serbian, Croatian and Vietnamese', () => {
  it('are read by their words', () => {
    const cases: Array<[string, string]> = [
      ['Rreth kompanisë', 'about'],
      ['Kush jemi ne', 'about'],
      ['Detyrat kryesore', 'responsibilities'],
      ['Çfarë do të bësh', 'responsibilities'],
      ['Çfarë kërkojmë', 'requirements'],
      ['Kualifikimet e kërkuara', 'requirements'],
      ['Është avantazh', 'preferred'],
      ['Çfarë ofrojmë', 'benefits'],
      ['Përfitimet', 'benefits'],
      ['Si të aplikosh', 'other'],
      ['Tungkol sa kumpanya', 'about'],
      ['Mga responsibilidad', 'responsibilities'],
      ['Mga kwalipikasyon', 'requirements'],
      ['Ano ang matatanggap mo', 'benefits'],
      ['Paano mag-aplay', 'other'],
      ['من نحن', 'about'],
      ['المسؤوليات الرئيسية', 'responsibilities'],
      ['عن الوظيفة', 'responsibilities'],
      ['المؤهلات المطلوبة', 'requirements'],
      ['المؤهلات المفضلة', 'preferred'],
      ['ما نقدمه لك', 'benefits'],
      ['كيفية التقديم', 'other'],
      ['Način prijave', 'other'],
      ['Kako konkurisati', 'other'],
      ['Hồ sơ ứng tuyển', 'other'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });

  it('counter-examples: the languages\' bare small words head nothing, and known headings read as before', () => {
    for (const h of ['Mga', 'Rreth', 'Kako', 'Mas', 'Sino']) expect(classifyHeading(h), h).toBeNull();
    expect(classifyHeading('Nudimo')).toBe('benefits');
    expect(classifyHeading('Šta tražimo')).toBe('requirements');
    expect(classifyHeading('Yêu cầu')).toBe('requirements');
  });

  it('an Albanian posting splits into its parts; its perks, a pay line among them, stay perks', () => {
    const text = [
      'Inxhinier/e DevOps',
      'Butrint Cloud sh.p.k. · Prishtinë',
      '',
      'Rreth nesh',
      'Butrint Cloud mban serverët e tri bankave të vogla në Kosovë dhe Maqedoni të Veriut.',
      '',
      'Detyrat',
      '- Mirëmbajtja e klasterëve Kubernetes',
      '- Përditë do të punosh me Terraform',
      '',
      'Kërkesat',
      '- Përvojë me Linux',
      '- Njohuri të Ansible',
      '',
      'Përbën avantazh',
      '- Certifikata CKA',
      '',
      'Ofrojmë',
      '- Paga: 1.500–2.100 € neto',
      '- Dreka falas',
      '',
      'Si të aplikoni',
      'Na shkruani në pune@butrintcloud.example.',
    ].join('\n');
    expect(partOf(text, 'mban serverët')).toBe('about');
    expect(partOf(text, 'Mirëmbajtja e klasterëve')).toBe('responsibilities');
    expect(partOf(text, 'Njohuri të Ansible')).toBe('requirements');
    expect(partOf(text, 'Certifikata CKA')).toBe('preferred');
    expect(partOf(text, 'Dreka falas')).toBe('benefits');
    expect(partOf(text, 'Na shkruani')).toBe('other');
    const got = rows(text);
    expect(got).toEqual(expect.arrayContaining(['Përvojë me Linux', 'Njohuri të Ansible', 'Përditë do të punosh me Terraform']));
    expect(got.join('\n')).not.toMatch(/Paga|Dreka|mban serverët|Mirëmbajtja/);
  });

  it('an Arabic posting splits into its parts; the company by its name is about, the perks stay perks', () => {
    const text = [
      'محلل بيانات',
      'رمال للتقنية · الرياض',
      '',
      'عن رمال',
      'رمال تبني أنظمة حجز لملاعب كرة القدم في الرياض وجدة.',
      '',
      'المسؤوليات',
      '- إعداد لوحات المتابعة الأسبوعية',
      '- كتابة استعلامات SQL كل يوم',
      '',
      'المتطلبات',
      '- خبرة مع Power BI',
      '- إجادة اللغة الإنجليزية',
      '',
      'يفضل',
      '- معرفة Python',
      '',
      'المزايا',
      '- تأمين طبي',
      '- بدل سكن',
      '',
      'للتقديم',
      'أرسل سيرتك إلى jobs@rimal.example',
    ].join('\n');
    expect(partOf(text, 'رمال تبني')).toBe('about');
    expect(partOf(text, 'إعداد لوحات')).toBe('responsibilities');
    expect(partOf(text, 'خبرة مع Power BI')).toBe('requirements');
    expect(partOf(text, 'معرفة Python')).toBe('preferred');
    expect(partOf(text, 'بدل سكن')).toBe('benefits');
    expect(partOf(text, 'أرسل سيرتك')).toBe('other');
    const got = rows(text);
    expect(got).toEqual(expect.arrayContaining(['خبرة مع Power BI', 'كتابة استعلامات SQL كل يوم']));
    expect(got.join('\n')).not.toMatch(/تأمين|بدل سكن|لوحات المتابعة/);
  });

  it('a Tagalog-headed posting: the asks under "Mga kwalipikasyon", the perks under "Mga benepisyo"', () => {
    const text = [
      'IT Support Specialist',
      'Kalesa Logistics · Davao City',
      '',
      'Tungkol sa amin',
      'Kalesa Logistics runs cold-chain trucks between Davao and General Santos.',
      '',
      'Mga kwalipikasyon',
      '- At least one year of desktop support',
      '- Familiar with Windows 11 and Active Directory',
      '',
      'Mga benepisyo',
      '- Rice allowance',
      '- HMO for you and one dependent',
      '',
      'Paano mag-apply',
      'Send your CV to hr@kalesa.example.',
    ].join('\n');
    expect(partOf(text, 'cold-chain trucks')).toBe('about');
    expect(partOf(text, 'desktop support')).toBe('requirements');
    expect(partOf(text, 'Rice allowance')).toBe('benefits');
    expect(rows(text).join('\n')).not.toMatch(/Rice allowance|HMO/);
  });

  it('"Kako se prijaviti" / "Cách ứng tuyển" after the perks ends them: the application is no perk', () => {
    const sr = ['Nudimo', '- Topli obrok', '- Fleksibilno radno vreme', '', 'Kako se prijaviti', 'CV pošaljite putem sajta.'].join('\n');
    expect(partOf(sr, 'Topli obrok')).toBe('benefits');
    expect(partOf(sr, 'CV pošaljite')).toBe('other');
    const hr = ['Nudimo', '- Regres i božićnica', '', 'Prijave', 'Pošaljite životopis do 1. lipnja.'].join('\n');
    expect(partOf(hr, 'Pošaljite životopis')).toBe('other');
    const vi = ['Quyền lợi', '- Thưởng Tết', '- Khám sức khỏe định kỳ', '', 'Cách ứng tuyển', 'Nộp CV qua trang tuyển dụng của công ty.'].join('\n');
    expect(partOf(vi, 'Thưởng Tết')).toBe('benefits');
    expect(partOf(vi, 'Nộp CV qua')).toBe('other');
  });
});

describe('s62: "Must-haves: ... Nice-to-haves: ..." on one line', () => {
  it('the label after the sentence heads the wishes, the one before it the asks', () => {
    const text = 'Kelp Labs | Data Engineer | Remote (EU)\n\nWe sell water-quality sensors to fish farms.\n\nMust-haves: Python, dbt, Postgres. Nice-to-haves: Dagster, anything with GIS.\n\nApply: jobs@kelplabs.example';
    const parts = splitSections(text);
    expect(parts.find((p) => p.text.includes('dbt'))?.kind).toBe('requirements');
    expect(parts.find((p) => p.text.includes('Dagster'))?.kind).toBe('preferred');
    expect(parts.find((p) => p.text.includes('dbt'))?.text).not.toMatch(/Dagster/);
  });

  it('counter-example: a hyphenated label of no heading\'s words after the sentence stays in the asks', () => {
    const text = 'Loom & Ledger | Analyst\n\nMust-haves: SQL, Looker. Start-date: March.\n';
    const parts = splitSections(text);
    expect(parts.find((p) => p.text.includes('Looker'))?.kind).toBe('requirements');
    expect(parts.find((p) => p.text.includes('Looker'))?.text).toMatch(/Start-date: March/);
  });
});

describe('s62: "About the team" that holds the asks in prose', () => {
  it('prose under "About the team" that asks of the reader in two sentences is the asks', () => {
    const text = [
      'Platform Engineer',
      'Tallyho Freight · Lagos · Hybrid',
      '',
      'Who we are',
      'Tallyho Freight books trucks for manufacturers across south-west Nigeria.',
      '',
      'About the team',
      'The platform team is three engineers in Yaba. We are looking for someone with four years of AWS who has run Kubernetes in production. You should be at ease with Terraform and GitHub Actions.',
      '',
      'Benefits',
      '- HMO cover',
      '- Fuel allowance',
    ].join('\n');
    expect(partOf(text, 'platform team is three')).toBe('requirements');
    expect(partOf(text, 'Tallyho Freight books')).toBe('about');
    const got = rows(text).join('\n');
    expect(got).toMatch(/four years of AWS/);
    expect(got).toMatch(/Terraform and GitHub Actions/);
    expect(got).not.toMatch(/HMO|Fuel/);
  });

  it('counter-examples: a team told without asks, a company\'s story, and a list under the heading stay about', () => {
    const told = 'Data Analyst\n\nAbout the team\nThe insights team is five people with ten years of history at the company. We meet on Mondays and ship a report every Friday.\n\nRequirements\n- SQL\n';
    expect(partOf(told, 'insights team is five')).toBe('about');
    const story = 'Data Analyst\n\nAbout us\nWe are looking for growth in new markets. Our founders have ten years of retail behind them.\n\nRequirements\n- SQL\n';
    expect(partOf(story, 'looking for growth')).toBe('about');
    const list = 'Data Analyst\n\nAbout the team\n- Five analysts in Nairobi\n- Weekly demo day\n\nRequirements\n- SQL\n';
    expect(partOf(list, 'Five analysts')).not.toBe('requirements');
  });
});

describe('s62: the daily work in a named skill said among the duties in Albanian or Arabic', () => {
  it('is an ask', () => {
    const sq = 'Zhvillues Python\n\nDetyrat\n- Çdo ditë do të punosh me Django\n- Takime me klientët\n\nKërkesat\n- Përvojë me PostgreSQL\n';
    expect(rows(sq)).toEqual(expect.arrayContaining(['Çdo ditë do të punosh me Django']));
    expect(rows(sq).join('\n')).not.toMatch(/Takime/);
    const ar = 'مطور Java\n\nالمهام\n- ستعمل يومياً على Spring Boot\n- حضور اجتماعات الفريق\n\nالمتطلبات\n- خبرة مع Kafka\n';
    expect(rows(ar)).toEqual(expect.arrayContaining(['ستعمل يومياً على Spring Boot']));
    expect(rows(ar).join('\n')).not.toMatch(/اجتماعات/);
  });

  it('counter-examples: a daily duty that names no skill, and a duty with no daily word, stay duties', () => {
    const sq = 'Zhvillues Python\n\nDetyrat\n- Çdo ditë do të punosh me ekipin e shitjeve\n- Zhvillimi i API-ve me Django\n\nKërkesat\n- Përvojë me PostgreSQL\n';
    expect(rows(sq).join('\n')).not.toMatch(/ekipin|Zhvillimi/);
    const ar = 'مطور Java\n\nالمهام\n- العمل يومياً مع فريق المبيعات\n- تطوير الخدمات باستخدام Spring Boot\n\nالمتطلبات\n- خبرة مع Kafka\n';
    expect(rows(ar).join('\n')).not.toMatch(/المبيعات|تطوير الخدمات/);
  });
});

describe('s62b: headings in Hebrew, Azerbaijani, Basque, Thai and Macedonian, more Bulgarian, and a Tagalog "what awaits you"', () => {
  it('are read by their words', () => {
    const cases: Array<[string, string]> = [
      ['מי אנחנו', 'about'],
      ['תיאור המשרה', 'responsibilities'],
      ['מה אנחנו מחפשים', 'requirements'],
      ['ייחשב יתרון', 'preferred'],
      ['מה אנחנו מציעים', 'benefits'],
      ['הגשת מועמדות', 'other'],
      ['Haqqımızda', 'about'],
      ['Əsas vəzifələr', 'responsibilities'],
      ['Namizədə tələblər', 'requirements'],
      ['Üstünlük hesab olunur', 'preferred'],
      ['Nə təklif edirik', 'benefits'],
      ['Necə müraciət etməli', 'other'],
      ['Guri buruz', 'about'],
      ['Zer egingo duzu', 'responsibilities'],
      ['Zer eskatzen dugu', 'requirements'],
      ['Abantaila izango da', 'preferred'],
      ['Zer eskaintzen dugu', 'benefits'],
      ['Izena emateko', 'other'],
      ['เกี่ยวกับเรา', 'about'],
      ['รายละเอียดงาน', 'responsibilities'],
      ['คุณสมบัติที่ต้องการ', 'requirements'],
      ['ผลตอบแทนและสวัสดิการ', 'benefits'],
      ['ช่องทางการสมัคร', 'other'],
      ['Работни задачи', 'responsibilities'],
      ['Барања за позицијата', 'requirements'],
      ['Ќе биде предност', 'preferred'],
      ['Што ти нудиме', 'benefits'],
      ['Како да се пријавите', 'other'],
      ['За фирмата', 'about'],
      ['Как да кандидатствате', 'other'],
      ['Ano ang naghihintay sa inyo', 'benefits'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });

  it('counter-examples: Russian and Bulgarian headings read as before; a bare Basque or Hebrew word of no heading heads nothing', () => {
    expect(classifyHeading('Требования')).toBe('requirements');
    expect(classifyHeading('Как откликнуться')).toBe('other');
    expect(classifyHeading('Какво предлагаме')).toBe('benefits');
    expect(classifyHeading('Nola')).toBeNull();
    expect(classifyHeading('Zure')).toBeNull();
    expect(classifyHeading('שלום')).toBeNull();
  });

  it('a Thai posting splits into its parts; its perks, a pay line among them, stay perks', () => {
    const text = [
      'Frontend Developer',
      'บริษัท ริมโขง ซอฟต์ จำกัด · หนองคาย',
      '',
      'เกี่ยวกับเรา',
      'ริมโขง ซอฟต์ ทำระบบจองเรือท่องเที่ยวริมแม่น้ำโขง',
      '',
      'ลักษณะงาน',
      '- พัฒนาหน้าเว็บจองเรือ',
      '- ใช้ React ทุกวัน',
      '',
      'คุณสมบัติ',
      '- มีประสบการณ์กับ TypeScript',
      '- ใช้ Git ได้',
      '',
      'สวัสดิการ',
      '- เงินเดือน: 30,000–45,000 บาท',
      '- โบนัสปลายปี',
      '',
      'วิธีสมัคร',
      'ส่งอีเมลมาที่ jobs@rimkhong.example',
    ].join('\n');
    expect(partOf(text, 'ทำระบบจองเรือ')).toBe('about');
    expect(partOf(text, 'พัฒนาหน้าเว็บ')).toBe('responsibilities');
    expect(partOf(text, 'มีประสบการณ์กับ TypeScript')).toBe('requirements');
    expect(partOf(text, 'โบนัสปลายปี')).toBe('benefits');
    expect(partOf(text, 'ส่งอีเมล')).toBe('other');
    const got = rows(text);
    expect(got).toEqual(expect.arrayContaining(['มีประสบการณ์กับ TypeScript', 'ใช้ React ทุกวัน']));
    expect(got.join('\n')).not.toMatch(/เงินเดือน|โบนัส|พัฒนาหน้าเว็บ/);
  });

  it('a Basque posting splits into its parts', () => {
    const text = 'Datu-analista\nBidasoa Datuak S.L. · Irun\n\nNor gara\nBidasoa Datuak-ek mugaz gaindiko garraio-enpresentzako txostenak egiten ditu.\n\nEskakizunak\n- SQL ezagutza\n- Power BI-rekin esperientzia\n\nBaloratuko da\n- Python\n\nEskaintzen duguna\n- Lan-ordutegi malgua\n\nNola eman izena\nBidali CVa lana@bidasoa.example helbidera.\n';
    expect(partOf(text, 'mugaz gaindiko')).toBe('about');
    expect(partOf(text, 'SQL ezagutza')).toBe('requirements');
    expect(partOf(text, '- Python')).toBe('preferred');
    expect(partOf(text, 'Lan-ordutegi malgua')).toBe('benefits');
    expect(partOf(text, 'Bidali CVa')).toBe('other');
  });
});

describe('s62b: a sentence that says its list is wished heads the wishes', () => {
  it('"... would be preferred, though none is required:" after the asks heads the wishes', () => {
    const text = 'Data Engineer\n\nWhat you need\n- SQL\n- Airflow\n\nFamiliarity with any of the following would be a plus, but we will not hold it against you:\n- Kafka\n- Flink\n\nPerks\n- Pension\n';
    expect(partOf(text, '- Airflow')).toBe('requirements');
    expect(partOf(text, '- Kafka')).toBe('preferred');
    expect(reqs(text).find((r) => r.text.includes('Kafka'))?.importance).toBe('preferred');
  });

  it('counter-example: a sentence that asks its list heads no wishes', () => {
    const asks = 'Data Engineer\n\nWhat you need\n- SQL\n\nHands-on experience with all of the following is required:\n- Kafka\n- Flink\n';
    expect(partOf(asks, '- Kafka')).toBe('requirements');
  });
});

describe('s62b: an equal-treatment line in the posting\'s language after the perks is no perk', () => {
  it('Hebrew, French, German', () => {
    const he = 'הטבות\n- קרן השתלמות\n- ארוחות צהריים\n\nהמשרה פונה לגברים ולנשים כאחד.\n';
    expect(partOf(he, 'קרן השתלמות')).toBe('benefits');
    expect(partOf(he, 'המשרה פונה')).toBe('other');
    const fr = 'Nous offrons\n- Tickets restaurant\n\nNous sommes attachés à l\'égalité des chances.\n';
    expect(partOf(fr, 'égalité des chances')).toBe('other');
    const de = 'Wir bieten\n- Jobticket\n\nChancengleichheit ist uns wichtig.\n';
    expect(partOf(de, 'Chancengleichheit')).toBe('other');
  });

  it('counter-example: a perk line that names women or men stays a perk', () => {
    const he = 'הטבות\n- חדר הנקה לנשים\n- חדר כושר\n';
    expect(partOf(he, 'חדר הנקה')).toBe('benefits');
  });
});

describe('s62b: the daily work in a named skill in Russian, Macedonian, Hebrew, Azerbaijani, Basque and Thai', () => {
  it('is an ask', () => {
    const cases: Array<[string, string]> = [
      ['Обязанности', 'Каждый день писать на Go'],
      ['Што ќе работиш', 'Секој ден ќе работиш со Selenium'],
      ['תיאור התפקיד', 'עבודה שוטפת ויומיומית עם Kubernetes'],
      ['Vəzifə öhdəlikləri', 'Hər gün Python ilə işləmək'],
      ['Zure egitekoak', 'Egunero Kotlin erabiliko duzu'],
      ['ลักษณะงาน', 'เขียน Python ทุกวัน'],
    ];
    for (const [h, line] of cases) {
      const text = `Engineer\n\n${h}\n- ${line}\n\nRequirements\n- Docker\n`;
      expect(rows(text), line).toEqual(expect.arrayContaining([line]));
    }
  });

  it('counter-examples: a daily meeting that names no skill stays a duty', () => {
    const ru = 'Инженер\n\nОбязанности\n- Каждый день работать с командой поддержки\n\nТребования\n- Docker\n';
    expect(rows(ru).join('\n')).not.toMatch(/командой/);
    const th = 'Engineer\n\nลักษณะงาน\n- ประชุมทีมทุกวัน\n\nคุณสมบัติ\n- Docker\n';
    expect(rows(th).join('\n')).not.toMatch(/ประชุม/);
  });
});
