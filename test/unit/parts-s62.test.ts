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
