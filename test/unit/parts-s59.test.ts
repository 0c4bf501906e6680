import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 59 (#12): a posting's parts and its asks where the headings are in languages not read before (Greek written in
 * Latin letters, Hungarian, Slovak, Estonian, Indonesian; more Finnish), are playful ("The job, roughly", "Stuff you'll
 * touch") or a Spanish wish said as a sentence ("Sería un punto a favor si tienes:"); where the apply line or the employer's
 * statement follows the perks in the posting's own words; and asks said in the duties (a skill worked in daily, also when
 * the asks name it again; the reader's share of the on-call as a duty of the list). Taught by the tune half of
 * test/fixtures/labels/parts-fresh-s59a.jsonl; each rule is checked on postings written fresh for the test, with
 * counter-examples that read as before (an about-us paragraph stays about-us, a list of perks never becomes asks).
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s59: headings in Greek (Latin letters), Hungarian, Slovak, Estonian, Indonesian and more Finnish', () => {
  it('are read by their words', () => {
    const cases: Array<[string, string]> = [
      ['Schetika me tin etaireia', 'about'],
      ['POIOI EIMASTE', 'about'],
      ['Ypeuthynotites', 'responsibilities'],
      ['Ti tha kanete', 'responsibilities'],
      ['Ti anazitame', 'requirements'],
      ['Apaitoumena prosonta', 'requirements'],
      ['Tha theorithei plus', 'preferred'],
      ['Epithymito', 'preferred'],
      ['Parexoume', 'benefits'],
      ['Τι ζητάμε', 'requirements'],
      ['Παροχές', 'benefits'],
      ['A cégről', 'about'],
      ['Főbb feladatok', 'responsibilities'],
      ['Amit elvárunk tőled', 'requirements'],
      ['Követelmények', 'requirements'],
      ['Előny', 'preferred'],
      ['Juttatások', 'benefits'],
      ['O spoločnosti', 'about'],
      ['Pracovná náplň', 'responsibilities'],
      ['Požiadavky', 'requirements'],
      ['Čo ponúkame', 'benefits'],
      ['Kes me oleme', 'about'],
      ['Tööülesanded', 'responsibilities'],
      ['Nõuded kandidaadile', 'requirements'],
      ['Eeliseks on', 'preferred'],
      ['Omalt poolt pakume', 'benefits'],
      ['Tentang Perusahaan', 'about'],
      ['Deskripsi Pekerjaan', 'responsibilities'],
      ['Persyaratan', 'requirements'],
      ['Nilai Tambah', 'preferred'],
      ['Fasilitas', 'benefits'],
      ['Tehtävässä pääset', 'responsibilities'],
      ['Hakijalta toivomme', 'requirements'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });
  const el = `Frontend Developer\nAmmoudara Tech · Irakleio\n\nSchetika me emas\nI Ammoudara Tech grafei logismiko kratiseon gia ta ksenodoxeia tis Kritis.\n\nArmodiotites\n- Ftiaxneis nees selides kratisis\n\nTi anazitame\n- Empeiria me Vue.js\n- Kali gnosi CSS\n\nEpithymita\n- Gnosi Nuxt\n\nTi sou prosferoume\n- Idiotiki asfaleia\n- Ergasia apo to spiti tis Paraskeves\n`;
  const hu = `Backend fejlesztő\nBalatoni Bárka Kft. · Siófok\n\nA cégről\nA Balatoni Bárka hajójegyeket árul a tavi járatokra.\n\nFeladataid\n- API-k fejlesztése\n\nAmit elvárunk\n- Legalább két év Java tapasztalat\n- Spring ismerete\n\nElőny\n- Kafka ismerete\n\nAmit nyújtunk\n- Éves bónusz\n- Ingyenes hajójegy nyáron\n`;
  const et = `Tarkvaraarendaja\nPeipsi Kala OÜ · Tartu\n\nMeist\nPeipsi Kala müüb kala otse kalurite käest.\n\nSinu ülesanded\n- Veebipoe arendamine\n\nNõuded kandidaadile\n- Kogemus Reactiga\n- TypeScripti tundmine\n\nEeliseks on\n- Next.js kogemus\n\nOmalt poolt pakume\n- Sporditoetust\n- Paindlikku tööaega\n`;
  const id = `Data Analyst\nPT Rempah Jaya · Surabaya\n\nTentang Perusahaan\nRempah Jaya mengekspor rempah-rempah ke Eropa sejak 1998.\n\nDeskripsi Pekerjaan\n- Membuat laporan penjualan mingguan\n\nPersyaratan\n- Menguasai SQL\n- Pengalaman dengan Looker Studio\n\nNilai Tambah\n- Paham Python\n\nFasilitas\n- Makan siang gratis\n- Asuransi kesehatan\n`;
  it('split a posting into its parts: the asks and wishes are read, the company and the perks are not', () => {
    expect(partOf(el, 'Empeiria me Vue.js')).toBe('requirements');
    expect(partOf(el, 'Gnosi Nuxt')).toBe('preferred');
    expect(partOf(hu, 'Spring ismerete')).toBe('requirements');
    expect(partOf(hu, 'Kafka ismerete')).toBe('preferred');
    expect(partOf(et, 'TypeScripti tundmine')).toBe('requirements');
    expect(partOf(et, 'Next.js kogemus')).toBe('preferred');
    expect(partOf(id, 'Menguasai SQL')).toBe('requirements');
    expect(partOf(id, 'Paham Python')).toBe('preferred');
    expect(rows(el).some((r) => /Vue\.js/.test(r))).toBe(true);
    expect(rows(hu).some((r) => /Java tapasztalat/.test(r))).toBe(true);
    expect(rows(id).some((r) => /Looker Studio/.test(r))).toBe(true);
  });
  it('counter-examples: the about-us paragraph stays about-us, the perks ask nothing, other words head nothing', () => {
    expect(partOf(el, 'I Ammoudara Tech grafei')).toBe('about');
    expect(partOf(hu, 'A Balatoni Bárka hajójegyeket')).toBe('about');
    expect(partOf(et, 'Peipsi Kala müüb')).toBe('about');
    expect(partOf(id, 'Rempah Jaya mengekspor')).toBe('about');
    expect(partOf(hu, 'Ingyenes hajójegy')).toBe('benefits');
    expect(partOf(id, 'Makan siang gratis')).toBe('benefits');
    expect(rows(el).some((r) => /asfaleia|Paraskeves/.test(r))).toBe(false);
    expect(rows(hu).some((r) => /bónusz|hajójegy/.test(r))).toBe(false);
    expect(rows(et).some((r) => /Sporditoetust|tööaega/.test(r))).toBe(false);
    expect(rows(id).some((r) => /Makan siang|Asuransi/.test(r))).toBe(false);
    // "Előnyök" (the perks' word in some Hungarian postings) is no wish; words that only resemble a heading's head nothing.
    expect(classifyHeading('Előnyök')).not.toBe('preferred');
    for (const h of ['Ti kanoume stin Kriti', 'Kami bangga dengan tim kami', 'Mida teha, kui', 'Plat du jour'])
      expect(classifyHeading(h), h).not.toBe('requirements');
    expect(classifyHeading('Plat du jour')).toBeNull();
  });
});

describe('s59: playful headings and a Spanish wish said as a sentence', () => {
  it('"The job, roughly" and its kin head the work; "Stuff you\'ll touch" is the stack, a part of no kind', () => {
    expect(classifyHeading('The job, roughly')).toBe('responsibilities');
    expect(classifyHeading('The role in a nutshell')).toBe('responsibilities');
    expect(classifyHeading('The work, at a glance')).toBe('responsibilities');
    expect(classifyHeading("Stuff you'll touch")).toBe('other');
    expect(classifyHeading('Things you will use')).toBe('other');
    const post = `Platform Engineer — Gullrock\n\nThe job, roughly\nYou'll run our Kubernetes clusters and keep deploys boring.\n\nStuff you'll touch\nGKE, Terraform, Argo CD.\n\nWhat we need\n- Three years running Kubernetes\n`;
    expect(partOf(post, "You'll run our Kubernetes clusters")).toBe('responsibilities');
    expect(partOf(post, 'Three years running Kubernetes')).toBe('requirements');
  });
  it('counter-examples: "In short" stays the about-us it was; "Things you\'ll work on" stays the work', () => {
    expect(classifyHeading('In short')).toBe('about');
    expect(classifyHeading("Things you'll work on")).toBe('responsibilities');
  });
  it('"Sería un punto a favor si tienes:", "Suma puntos si conoces:" head the wishes, not the asks', () => {
    expect(classifyHeading('Sería un punto a favor si tienes:')).toBe('preferred');
    expect(classifyHeading('Seria un punto a favor:')).toBe('preferred');
    expect(classifyHeading('Suma puntos si conoces:')).toBe('preferred');
    const es = `Desarrollador/a Python\nOlivar Datos · Jaén\n\nRequisitos\n- Dos años con Django\n\nSería un punto a favor si tienes:\n- Experiencia con Celery\n\nOfrecemos\n- Seguro de salud\n`;
    expect(partOf(es, 'Dos años con Django')).toBe('requirements');
    expect(partOf(es, 'Experiencia con Celery')).toBe('preferred');
    expect(reqs(es).find((r) => /Celery/.test(r.text))?.importance).toBe('preferred');
  });
  it('counter-example: "Requisitos" stays the asks', () => {
    expect(classifyHeading('Requisitos')).toBe('requirements');
  });
});

describe('s59: what follows the perks in the posting\'s own words', () => {
  it('an apply line and the employer\'s statement end the perks', () => {
    const es = `Analista\n\nRequisitos\n- SQL\n\nOfrecemos\n- Seguro médico\n- Clases de idiomas\n\n¿Te animas? Escríbenos a talento@olivar.example.\n`;
    expect(partOf(es, '¿Te animas?')).toBe('other');
    expect(partOf(es, 'Clases de idiomas')).toBe('benefits');
    const et = `Arendaja\n\nNõuded kandidaadile\n- Go\n\nPakume\n- Sporditoetust\n\nKüsimused? Kirjuta meile aadressil too@peipsi.example\n`;
    expect(partOf(et, 'Kirjuta meile')).toBe('other');
    const en = `Engineer\n\nRequirements\n- Go\n\nCompensation\nUp to $150k and health cover.\n\nGullrock welcomes candidates from all backgrounds and hires on merit.\n`;
    expect(partOf(en, 'Gullrock welcomes candidates')).toBe('other');
  });
  it('counter-example: a perk that names the company stays a perk', () => {
    const en = `Engineer\n\nRequirements\n- Go\n\nBenefits\n- Gullrock pays for your train pass\n- A yearly offsite\n`;
    expect(partOf(en, 'Gullrock pays for your train pass')).toBe('benefits');
  });
});

describe('s59: asks said in the duties', () => {
  it('a skill worked in daily stays a row even when the asks name it again (the labels count both)', () => {
    const en = `Backend Engineer\n\nWhat you'll do\n- Write Go every day on the services that price our shipments\n\nRequirements\n- Three years of Go\n`;
    const r = rows(en);
    expect(r.some((t) => /Write Go every day/.test(t))).toBe(true);
    expect(r.some((t) => /Three years of Go/.test(t))).toBe(true);
    const el = `Backend Developer\n\nTi tha kaneis\n- Tha xrisimopoieis kathe mera Python gia ta reports\n\nTi zitame\n- Empeiria me Python\n`;
    expect(rows(el).some((t) => /kathe mera Python/.test(t))).toBe(true);
    const hu = `Fejlesztő\n\nFeladatok\n- Naponta használod a Kotlin nyelvet\n\nElvárások\n- Kotlin ismerete\n`;
    expect(rows(hu).some((t) => /Naponta használod/.test(t))).toBe(true);
  });
  // (A first draft of this session read the on-call named in a duty of the list ("Participate in the on-call rotation",
  // "Részvétel a hétvégi ügyeletben", "pohotovosť podľa rozpisu") as asked, as the s59a tune labels count it; the careful
  // batches s43, s45, s50, s52 and s56 had decided such duties no row ("Join the on-call rotation", "Take part in the
  // after-hours on-call"), and their floors fell. The decided reading stays; the s59 labels' two such lines are left as misses.)
  it('the on-call named in a duty of the list stays no row, as the careful batches decided', () => {
    const en = `SRE\n\nResponsibilities\n- Participate in the after-hours on-call rotation\n- Write postmortems\n\nRequirements\n- Linux\n`;
    expect(rows(en).some((t) => /Participate in the after-hours on-call rotation/.test(t))).toBe(false);
    const said = `SRE\n\nResponsibilities\n- You'll carry the pager one week in six\n\nRequirements\n- Linux\n`;
    expect(rows(said).some((t) => /carry the pager/.test(t))).toBe(true);
  });
  it('counter-examples: a choice the asks already ask is one row (s50); a daily meeting, the rota told and a Danish "denne" ask nothing', () => {
    const choice = `Data Engineer\n\nWhat you'll do\n- Move the events to streaming, with Kafka or Pulsar\n\nWhat we need\n- Experience running Kafka or Pulsar in production\n`;
    expect(rows(choice).some((t) => /Move the events/.test(t))).toBe(false);
    const en = `SRE\n\nResponsibilities\n- Daily stand-ups with the platform team\n- Help the on-call engineer write the incident summary\n- The on-call rotation is shared by six engineers\n\nRequirements\n- Linux\n`;
    const r = rows(en);
    expect(r.some((t) => /stand-ups|Help the on-call|shared by six/.test(t))).toBe(false);
    const da = `Udvikler\n\nDine opgaver\n- Du skal bruge Python i denne rolle til rapporter\n\nVi forventer\n- Erfaring med Django\n`;
    expect(rows(da).some((t) => /denne rolle/.test(t))).toBe(false);
  });
});

describe('s59b: more headings by their words (Vietnamese, Catalan; Greek, Hungarian, Slovak and Spanish ones s59a lacked)', () => {
  it('are read as the posting means them', () => {
    const cases: Array<[string, string]> = [
      ['Giới thiệu công ty', 'about'],
      ['Nhiệm vụ', 'responsibilities'],
      ['Yêu cầu ứng viên', 'requirements'],
      ['Lợi thế nếu', 'preferred'],
      ['Chế độ đãi ngộ', 'benefits'],
      ['Les teves funcions', 'responsibilities'],
      ['El que demanem', 'requirements'],
      ['Serà un plus', 'preferred'],
      ['Beneficis', 'benefits'],
      ['Liga gia tin etaireia', 'about'],
      ['Plusz pont', 'preferred'],
      ['O firme', 'about'],
      ['Acerca de nosotros', 'about'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });
  const vi = `Data Engineer\nCông ty Mây Trắng · Đà Nẵng\n\nGiới thiệu công ty\nMây Trắng làm phần mềm đặt tour cho các khách sạn ven biển.\n\nNhiệm vụ\n- Xây dựng pipeline dữ liệu\n\nYêu cầu ứng viên\n- Thành thạo SQL và Python\n\nLợi thế nếu\n- Biết Airflow\n\nChế độ đãi ngộ\n- Lương tháng 13\n- Bảo hiểm đầy đủ\n`;
  const ca = `Desenvolupador/a Web\nLa Garrotxa Digital · Olot\n\nSobre nosaltres\nFem webs per a cases rurals de la Garrotxa.\n\nLes teves funcions\n- Mantenir els webs dels clients\n\nEl que demanem\n- Experiència amb WordPress\n- PHP\n\nSerà un plus\n- Coneixements de React\n\nBeneficis\n- Horari intensiu a l'estiu\n\nInscriu-te al formulari de la web.\n`;
  it('split a posting into its parts: the asks and wishes are read, the company and the perks are not', () => {
    expect(partOf(vi, 'Thành thạo SQL và Python')).toBe('requirements');
    expect(partOf(vi, 'Biết Airflow')).toBe('preferred');
    expect(partOf(ca, 'Experiència amb WordPress')).toBe('requirements');
    expect(partOf(ca, 'Coneixements de React')).toBe('preferred');
    expect(partOf(ca, 'Inscriu-te al formulari')).toBe('other');
    expect(rows(vi).some((r) => /SQL và Python/.test(r))).toBe(true);
  });
  it('counter-examples: the about-us paragraph stays about-us, the perks ask nothing, a sentence opening on the same word heads nothing', () => {
    expect(partOf(vi, 'Mây Trắng làm phần mềm')).toBe('about');
    expect(partOf(ca, 'Fem webs per a cases rurals')).toBe('about');
    expect(rows(vi).some((r) => /Lương tháng|Bảo hiểm/.test(r))).toBe(false);
    expect(rows(ca).some((r) => /Horari intensiu/.test(r))).toBe(false);
    expect(classifyHeading('Về mặt kỹ thuật, hệ thống chạy trên AWS')).toBeNull();
    expect(classifyHeading('Sobre nosaltres i els nostres clients a Girona parlarem a l\'entrevista')).not.toBe('requirements');
  });
});

describe('s59b: what follows the asks and the perks', () => {
  it('the employer by its name offering perks after the asks is the perks; apply lines in Greek, Spanish and Hungarian end the perks', () => {
    const en = `Systems Administrator\n\nMinimum Requirements\n- Two years of Windows Server\n\nWorking Conditions\nOffice work, some evenings.\n\nBrightwater Savings Bank offers medical, dental, a pension and tuition help.\n`;
    expect(partOf(en, 'Brightwater Savings Bank offers medical')).toBe('benefits');
    const el = `Developer\n\nTi xreiazesai\n- Python\n\nTi kerdizeis\n- Etisio bonus\n\nGia aitisi, steile to biografiko sou sto jobs@ammoudara.example.\n`;
    expect(partOf(el, 'Gia aitisi, steile')).toBe('other');
    const es = `Desarrollador\n\nRequisitos\n- Go\n\nLo que te ofrecemos\n- Medicina prepagada\n\nPostúlate en nuestra web de empleos.\n`;
    expect(partOf(es, 'Postúlate en nuestra web')).toBe('other');
    const hu = `Fejlesztő\n\nAmit kérünk\n- Java\n\nAjánlatunk\n- Bónusz\n\nAz önéletrajzokat bizalmasan kezeljük.\n`;
    expect(partOf(hu, 'Az önéletrajzokat bizalmasan')).toBe('other');
  });
  it('counter-example: the employer by its name offering its products is no perk', () => {
    const en = `Systems Administrator\n\nMinimum Requirements\n- Two years of Windows Server\n\nBrightwater Savings Bank offers farm loans and savings accounts across the state.\n`;
    expect(partOf(en, 'Brightwater Savings Bank offers farm loans')).not.toBe('benefits');
  });
});

describe('s59b: asks in the duties said in other words', () => {
  it('"minden nap", "hằng ngày" and "train ... in ... daily" are rows', () => {
    expect(rows(`Fejlesztő\n\nFeladatok\n- Minden nap Go kódot írsz a számlázó rendszerhez\n\nElvárások\n- Két év tapasztalat\n`).some((t) => /Minden nap Go/.test(t))).toBe(true);
    expect(rows(`Developer\n\nMô tả công việc\n- Hằng ngày viết code Python cho hệ thống báo cáo\n\nYêu cầu\n- 2 năm kinh nghiệm\n`).some((t) => /Hằng ngày viết code Python/.test(t))).toBe(true);
    expect(rows(`ML Engineer\n\nWhat you'll do\n- Train ranking models in PyTorch daily\n\nRequirements\n- Three years of ML\n`).some((t) => /Train ranking models in PyTorch daily/.test(t))).toBe(true);
  });
  it('"Kala Agglika" (Greek in Latin letters) asks English', () => {
    const row = reqs(`Developer\n\nTi zitame\n- Python\n- Kala Agglika\n`).find((r) => /Agglika/.test(r.text));
    expect(row).toBeDefined();
  });
  it('counter-examples: a daily duty that trains people, and an on-call allowance among the perks, ask nothing', () => {
    expect(rows(`ML Engineer\n\nWhat you'll do\n- Train new hires in our review process daily\n\nRequirements\n- Python\n`).some((t) => /Train new hires/.test(t))).toBe(false);
    expect(rows(`Administrator\n\nAnforderungen\n- Linux\n\nWir bieten\n- Rufbereitschaftszulage\n- 30 Tage Urlaub\n`).some((t) => /Rufbereitschaft/.test(t))).toBe(false);
  });
});
