import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 61 (#12): a posting's parts and its asks where the headings are in languages still thin (Ukrainian in Cyrillic,
 * Afrikaans, more Estonian and Turkish, a Japanese "how to apply"); where an English heading says a wish as help ("It helps if
 * you have"), names the company after "Why" with no question mark, or sums the job up at the top ("TL;DR" over its terms);
 * where the duties' list follows the lead's paragraph with no heading; where whom to ask closes the perks ("Questions? Ask ...
 * at <e-mail>"); and asks said in the duties in Turkish or Ukrainian (the daily work), or a short line of asks in Japanese.
 * Taught by the tune half of test/fixtures/labels/parts-fresh-s61a.jsonl; each rule is checked on postings written fresh for
 * the test, with counter-examples that read as before (an about-us paragraph stays about-us, a list of perks never becomes
 * asks, a summary of what the company does stays about, a list of the company's facts in the lead is no duty).
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s61: headings in Ukrainian, Afrikaans, Estonian and Turkish, and a Japanese "how to apply"', () => {
  it('are read by their words', () => {
    const cases: Array<[string, string]> = [
      ['Про нас', 'about'],
      ['Хто ми такі', 'about'],
      ['Чим ти будеш займатися', 'responsibilities'],
      ['Твої задачі', 'responsibilities'],
      ['Основні обов’язки', 'responsibilities'],
      ['Кого ми шукаємо', 'requirements'],
      ['Що ми очікуємо від кандидата', 'requirements'],
      ['Буде перевагою', 'preferred'],
      ['Плюсом буде', 'preferred'],
      ['Що ти отримаєш', 'benefits'],
      ['Як подати заявку', 'other'],
      ['Oor die maatskappy', 'about'],
      ['Verantwoordelikhede', 'responsibilities'],
      ['Wat jy gaan doen', 'responsibilities'],
      ['Minimum vereistes', 'requirements'],
      ['Wat ons verwag', 'requirements'],
      ["Dit sal 'n voordeel wees", 'preferred'],
      ['Wat jy kry', 'benefits'],
      ['Aansoeke', 'other'],
      ['Meie meeskonnast', 'about'],
      ['Millega te tegelema hakkate', 'responsibilities'],
      ['Firmamız hakkında', 'about'],
      ['Ekibimiz hakkında', 'about'],
      ['【選考フロー】', 'other'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });

  it('counter-examples: Dutch headings read as before, and English words that look alike head nothing new', () => {
    expect(classifyHeading('Over ons')).toBe('about');
    expect(classifyHeading('Wat wij bieden')).toBe('benefits');
    expect(classifyHeading('Jouw taken')).toBe('responsibilities');
    expect(classifyHeading('Hoe')).toBeNull();
    expect(classifyHeading('Bied')).toBeNull();
  });

  it('a Ukrainian posting splits into its parts, its asks kept and its perks no asks', () => {
    const text = [
      'Frontend-розробник (React)',
      'Черкаси Логістик · Черкаси · віддалено',
      '',
      'Про нас',
      'Ми будуємо сервіс відстеження вантажівок для перевізників Центральної України.',
      '',
      'Чим ти будеш займатися',
      '- Розробляти кабінет диспетчера',
      '- Щодня писати код на TypeScript',
      '',
      'Кого ми шукаємо',
      '- Досвід роботи з React від 2 років',
      '- Знання Redux',
      '',
      'Буде перевагою',
      '- Досвід з Next.js',
      '',
      'Що ти отримаєш',
      '- Зарплата: 2 000–2 600 $',
      '- Оплачувані курси',
      '',
      'Як подати заявку: пиши на cv@cherkasy-log.example',
    ].join('\n');
    expect(partOf(text, 'Ми будуємо сервіс')).toBe('about');
    expect(partOf(text, 'Розробляти кабінет')).toBe('responsibilities');
    expect(partOf(text, 'Знання Redux')).toBe('requirements');
    expect(partOf(text, 'Досвід з Next.js')).toBe('preferred');
    expect(partOf(text, 'Оплачувані курси')).toBe('benefits');
    const got = reqs(text);
    expect(got.map((r) => r.text)).toEqual(expect.arrayContaining(['Щодня писати код на TypeScript', 'Знання Redux', 'Досвід з Next.js']));
    expect(got.find((r) => r.text === 'Досвід з Next.js')?.importance).toBe('preferred');
    expect(got.map((r) => r.text).join('\n')).not.toMatch(/Зарплата|курси|Ми будуємо/);
  });

  it('an Afrikaans posting splits into its parts; the perks, a pay line among them, stay perks', () => {
    const text = [
      'Netwerkingenieur',
      'Hoëveld Kragnetwerke · Middelburg',
      '',
      'Oor ons',
      "Ons bou en onderhou mikrogolfskakels vir myne en plase in Mpumalanga.",
      '',
      'Jou pligte',
      '- Konfigureer roeteerders en skakelaars',
      '- Doen foutopsporing op afgeleë terreine',
      '',
      'Vereistes',
      '- Ondervinding met Cisco IOS',
      '- Kennis van OSPF',
      '',
      'Voordelig',
      '- CCNP-sertifisering',
      '',
      'Wat ons bied',
      '- Salaris: R40 000 per maand',
      '- Maatskappyvoertuig',
      '',
      'Hoe om aansoek te doen',
      'E-pos jou CV aan poste@hoeveld.example.',
    ].join('\n');
    expect(partOf(text, 'Ons bou en onderhou')).toBe('about');
    expect(partOf(text, 'Konfigureer roeteerders')).toBe('responsibilities');
    expect(partOf(text, 'Kennis van OSPF')).toBe('requirements');
    expect(partOf(text, 'CCNP-sertifisering')).toBe('preferred');
    expect(partOf(text, 'Maatskappyvoertuig')).toBe('benefits');
    expect(partOf(text, 'E-pos jou CV')).toBe('other');
    const got = rows(text);
    expect(got).toEqual(expect.arrayContaining(['Ondervinding met Cisco IOS', 'Kennis van OSPF']));
    expect(got.join('\n')).not.toMatch(/Salaris|Maatskappyvoertuig|mikrogolf/);
  });
});

describe('s61: English headings of the wishes, the perks and the lead', () => {
  it('"It helps if you have" and kin are the wishes; "If you have" alone stays the asks', () => {
    for (const h of ['It helps if you have', 'It would really help if you know', "Helps if you've", 'It helps a lot if you'])
      expect(classifyHeading(h), h).toBe('preferred');
    expect(classifyHeading('If you have')).toBe('requirements');
    expect(classifyHeading('What you will need')).toBe('requirements');
  });

  it('"Why <Name>" set off over a list, where the posting opens on that name, heads the perks; "Why Rust" stays no heading', () => {
    expect(classifyHeading('Why Rust')).toBeNull();
    const text = [
      'Data Engineer',
      'Lanternfish · Remote (EU)',
      '',
      'What you will need',
      '- Solid Python',
      '',
      'Why Lanternfish',
      '- £60k–£70k',
      '- Unlimited book budget',
    ].join('\n');
    expect(partOf(text, 'Unlimited book budget')).toBe('benefits');
    expect(rows(text)).toEqual(['Solid Python']);
    // (The name no line of the head opens on, a tool's: the list stays with the asks.)
    const tool = ['Data Engineer', 'Lanternfish · Remote (EU)', '', 'What you will need', '- Solid Python', '', 'Why Rust', '- Memory safety without a GC', '- Our parsers are in it'].join('\n');
    expect(partOf(tool, 'Memory safety without a GC')).not.toBe('benefits');
  });

  it('a "TL;DR" at the top that tells the job\'s terms is the lead, not about-us; one that tells what the company does stays about', () => {
    const terms = ['TL;DR', '- Backend engineer at Gullwing, a tide-data startup', '- Hybrid in Bristol, two days a week', '- £65k–£80k plus options', '', 'Requirements', '- Go in production'].join('\n');
    expect(partOf(terms, 'Hybrid in Bristol')).toBe('other');
    expect(rows(terms)).toEqual(['Go in production']);
    const story = ['TL;DR', 'Gullwing sells tide forecasts to harbour masters around the North Sea.', '', 'Requirements', '- Go in production'].join('\n');
    expect(partOf(story, 'Gullwing sells tide')).toBe('about');
  });

  it('whom to ask after the perks ("Questions? Ask ... at <e-mail>") ends the perks', () => {
    const text = ['Analyst', '', 'Requirements', '- SQL', '', 'Perks', '- Cycle to work scheme', '', 'Questions? Ask Ruth at ruth@fenmarsh.example.'].join('\n');
    expect(partOf(text, 'Questions? Ask Ruth')).toBe('other');
    expect(partOf(text, 'Cycle to work scheme')).toBe('benefits');
  });
});

describe('s61: the duties\' list right after the lead\'s paragraph, with no heading', () => {
  const lead = 'Brightwater Tides is a small team in Cork making apps for sailing clubs. We need a backend developer to look after our race results service.';
  it('is the duties, where the posting heads its asks but not its duties', () => {
    const text = ['Backend Developer', '', lead, '- Build the results API in Kotlin', '- Maintain the Postgres schema', '- Review code from our two contractors', '', 'What you will need', '- Kotlin', '- PostgreSQL'].join('\n');
    expect(partOf(text, 'Build the results API')).toBe('responsibilities');
    expect(partOf(text, '- Kotlin')).toBe('requirements');
  });

  it('counter-examples: a list of the company\'s facts in the lead, or a lead list where the duties have their own heading, stay in the lead', () => {
    const facts = ['Backend Developer', '', lead, '- Founded 2019', '- Twelve people', '- Offices in Cork and Kinsale', '', 'What you will need', '- Kotlin'].join('\n');
    expect(partOf(facts, 'Founded 2019')).toBe('other');
    const headed = ['Backend Developer', '', lead, '- Build the results API in Kotlin', '- Maintain the Postgres schema', '- Review code from contractors', '', 'Responsibilities', '- Run the release train', '', 'What you will need', '- Kotlin'].join('\n');
    expect(partOf(headed, 'Build the results API')).toBe('other');
  });
});

describe('s61: asks said in the duties in Turkish and Ukrainian, and a short ask in Japanese', () => {
  it('the daily work in a named skill is asked', () => {
    const tr = ['Mobil Geliştirici', '', 'Neler yapacaksın', '- Her gün Kotlin ile çalışacaksın', '- Tasarım ekibiyle toplantılara katılacaksın', '', 'Aranan nitelikler', '- Android deneyimi'].join('\n');
    expect(rows(tr)).toContain('Her gün Kotlin ile çalışacaksın');
    expect(rows(tr).join('\n')).not.toMatch(/toplantılara/);
    const uk = ['Розробник', '', 'Твої задачі', '- Щодня працювати з Terraform', '- Планувати релізи', '', 'Вимоги', '- Досвід з AWS'].join('\n');
    expect(rows(uk)).toContain('Щодня працювати з Terraform');
  });

  it('counter-examples: a Turkish duty with no daily word, and "yazılım" (software) with a daily word but no skill, stay no row', () => {
    const tr = ['Geliştirici', '', 'Neler yapacaksın', '- Kotlin ile çalışacaksın', '- Her gün yazılım ekibiyle konuşacaksın', '', 'Aranan nitelikler', '- Java deneyimi'].join('\n');
    expect(rows(tr)).toEqual(['Java deneyimi']);
  });

  it('a short line of asks in Japanese that names no skill is kept; a bare word of terms is not', () => {
    const ja = ['エンジニア', '', '【必須スキル】', '- Go', '- 医療業界での経験', '- 応相談'].join('\n');
    const got = rows(ja);
    expect(got).toContain('医療業界での経験');
    expect(got).not.toContain('応相談');
  });
});

describe('s61b: headings the carry-over batch read wrong', () => {
  it('Greek in Greek letters, Finnish, Slovak, Indonesian, Catalan and Afrikaans headings are read by their words', () => {
    const cases: Array<[string, string]> = [
      ['Λίγα λόγια για την εταιρεία', 'about'],
      ['Οι ευθύνες σου', 'responsibilities'],
      ['Βασικά προσόντα', 'requirements'],
      ['Υποβολή αιτήσεων', 'other'],
      ['Tietoa yrityksestä', 'about'],
      ['Bonusom sú', 'preferred'],
      ['Co tě čeká', 'responsibilities'],
      ['Yang Anda Dapatkan', 'benefits'],
      ["Sobre l'organització", 'about'],
      ['Tasques del lloc', 'responsibilities'],
      ['Què et demanem', 'requirements'],
      ['Voorkeur', 'preferred'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });

  it('what the job is after a span of time ("In six months, you\'ll have") is the work, its lines no asks; "You\'ll have" alone reads as before', () => {
    expect(classifyHeading("In six months, you'll have")).toBe('responsibilities');
    expect(classifyHeading('After a year you will be')).toBe('responsibilities');
    expect(classifyHeading("You'll have")).toBe('requirements');
    const text = [
      'Platform Engineer',
      '',
      'Requirements',
      '- Terraform in production',
      '',
      "In six months, you'll have",
      '- Moved our last service off the old VMs',
      '- Halved our cloud bill',
    ].join('\n');
    expect(partOf(text, 'Halved our cloud bill')).toBe('responsibilities');
    expect(rows(text)).toEqual(['Terraform in production']);
  });

  it('"As a <title>, your days will include:" heads the work; "As a team, we value:" does not', () => {
    expect(classifyHeading('As a Field Service Engineer, your days will include:')).toBe('responsibilities');
    expect(classifyHeading('Your weeks will involve')).toBe('responsibilities');
    expect(classifyHeading('As a team, we value:')).not.toBe('responsibilities');
  });

  it('"What you\'ll receive" heads the perks; an Indonesian or Greek line of how to apply after them ends them', () => {
    expect(classifyHeading("What you'll receive")).toBe('benefits');
    const id = ['Analis Data', '', 'Kualifikasi', '- SQL', '', 'Fasilitas', '- Asuransi kesehatan', '- Laptop kantor', '', 'Kirimkan CV terbaru Anda ke rekrut@teluk.example.'].join('\n');
    expect(partOf(id, 'Kirimkan CV terbaru')).toBe('other');
    expect(partOf(id, 'Laptop kantor')).toBe('benefits');
    expect(rows(id)).toEqual(['SQL']);
    const el = ['Μηχανικός', '', 'Απαραίτητα προσόντα', '- Εμπειρία με Kubernetes', '', 'Παροχές', '- Ασφάλιση υγείας', '', 'Αποστολή βιογραφικών έως 30/6 στο hr@delta.example'].join('\n');
    expect(partOf(el, 'Εμπειρία με Kubernetes')).toBe('requirements');
    expect(partOf(el, 'Ασφάλιση υγείας')).toBe('benefits');
    expect(partOf(el, 'Αποστολή βιογραφικών')).toBe('other');
  });

  it('the daily work in a named skill in Slovak, Greek and Afrikaans is asked; Norwegian "denne" (this) is no daily word', () => {
    const sk = ['Vývojár', '', 'Čo ťa čaká', '- Denne budeš písať TypeScript', '- Plánovanie šprintov', '', 'Požadujeme', '- Skúsenosti s Linuxom'].join('\n');
    expect(rows(sk)).toContain('Denne budeš písať TypeScript');
    const el = ['Μηχανικός', '', 'Οι αρμοδιότητές σου', '- Καθημερινή εργασία με Terraform', '- Συναντήσεις με πελάτες', '', 'Απαραίτητα προσόντα', '- Εμπειρία με AWS'].join('\n');
    expect(rows(el)).toContain('Καθημερινή εργασία με Terraform');
    const af = ['Ontwikkelaar', '', 'Jou pligte', '- Werk elke dag met Kotlin', '- Beplan vrystellings', '', 'Vereistes', '- Kennis van Git'].join('\n');
    expect(rows(af)).toContain('Werk elke dag met Kotlin');
    const no = ['Utvikler', '', 'Arbeidsoppgaver', '- Denne rollen jobber med Kafka mot kundene', '', 'Kvalifikasjoner', '- Erfaring med Java'].join('\n');
    expect(rows(no).join('\n')).not.toMatch(/Denne rollen/);
  });
});
