import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 60 (#12): a posting's parts and its asks where the headings are in languages not read before (Latvian, Bulgarian
 * in Latin letters and in Cyrillic, Icelandic over English lines); where the apply line follows the perks in the posting's
 * own words ("Prijave pošljite ...", "Umsóknarfrestur ...", "Questions about this position? Email ..."); where a pay line
 * with a foreign label stands among the asks ("Alga: ...", "Salário: ..."); and asks said in the duties (a skill worked in
 * daily in Slovenian or Bulgarian; under one heading of the work that goes on to the person sought, "You should be ...",
 * "Experience with X would help"; time away at a place said to the reader). Taught by the tune half of
 * test/fixtures/labels/parts-fresh-s60a.jsonl; each rule is checked on postings written fresh for the test, with
 * counter-examples that read as before (an about-us paragraph stays about-us, a list of perks never becomes asks, the
 * on-call named in a duty of the list stays no row, as the careful batches decided).
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s60: headings in Latvian, Bulgarian (Latin letters and Cyrillic), Icelandic, and Slovenian\'s work asked as a question', () => {
  it('are read by their words', () => {
    const cases: Array<[string, string]> = [
      ['Par uzņēmumu', 'about'],
      ['Kas mēs esam', 'about'],
      ['Galvenie pienākumi', 'responsibilities'],
      ['Ko tu darīsi', 'responsibilities'],
      ['Prasības kandidātam', 'requirements'],
      ['Ko mēs sagaidām', 'requirements'],
      ['Kā priekšrocību uzskatīsim', 'preferred'],
      ['Tiks uzskatīts par priekšrocību', 'preferred'],
      ['Ko mēs piedāvājam', 'benefits'],
      ['Za kompaniyata', 'about'],
      ['Koi sme', 'about'],
      ['Otgovornosti', 'responsibilities'],
      ['Tvoite zadachi', 'responsibilities'],
      ['Iziskvania', 'requirements'],
      ['Kakvo ochakvame ot teb', 'requirements'],
      ['Predimstvo e', 'preferred'],
      ['Kakvo predlagame', 'benefits'],
      ['За нас', 'about'],
      ['Изисквания', 'requirements'],
      ['Предимство', 'preferred'],
      ['Предлагаме', 'benefits'],
      ['Um fyrirtækið', 'about'],
      ['Starfssvið', 'responsibilities'],
      ['Menntunar- og hæfniskröfur', 'requirements'],
      ['Það er kostur', 'preferred'],
      ['Fríðindi í starfi', 'benefits'],
      ['Kaj boste počeli', 'responsibilities'],
      ['Kaj te čaka', 'responsibilities'],
      ['Tvoje delo', 'responsibilities'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
  });
  const lv = `Datu analītiķis\nZemgales Graudi AS · Jelgava\n\nPar uzņēmumu\nZemgales Graudi uzpērk un žāvē graudus no 300 saimniecībām.\n\nGalvenie pienākumi\n- Sagatavot ražas atskaites\n\nPrasības kandidātam\n- Pieredze ar SQL\n- Power BI zināšanas\n\nKā priekšrocību uzskatīsim\n- Python zināšanas\n\nKo mēs piedāvājam\n- Degvielas kompensāciju\n- Brīvas piektdienas vasarā\n`;
  const bg = `Frontend razrabotchik\nStruma Soft EOOD · Blagoevgrad\n\nZa kompaniyata\nStruma Soft pravi prilozheniya za vinarni v doliinata na Struma.\n\nOtgovornosti\n- Razrabotka na novi ekrani\n\nIziskvania\n- Opit s React\n- Poznaniya po TypeScript\n\nPredimstvo e\n- Opit s Next.js\n\nKakvo predlagame\n- Vaucheri za hrana\n- Kasa vino za praznitsite\n`;
  const is = `Data Engineer\nJökull Gögn ehf. · Akureyri\n\nUm fyrirtækið\nJökull Gögn keeps weather and road data for the north of Iceland.\n\nStarfssvið\n- Build the ingestion jobs for road sensors\n\nMenntunar- og hæfniskröfur\n- Experience with Apache Airflow\n- Strong SQL\n\nÞað er kostur\n- Knowledge of dbt\n\nFríðindi í starfi\n- Free parking at the office\n- Ski pass in winter\n`;
  it('split a posting into its parts: the asks and wishes are read, the company and the perks are not', () => {
    expect(partOf(lv, 'Pieredze ar SQL')).toBe('requirements');
    expect(partOf(lv, 'Python zināšanas')).toBe('preferred');
    expect(partOf(bg, 'Opit s React')).toBe('requirements');
    expect(partOf(bg, 'Opit s Next.js')).toBe('preferred');
    expect(partOf(is, 'Experience with Apache Airflow')).toBe('requirements');
    expect(partOf(is, 'Knowledge of dbt')).toBe('preferred');
    expect(rows(lv).some((r) => /Power BI/.test(r))).toBe(true);
    expect(rows(bg).some((r) => /TypeScript/.test(r))).toBe(true);
    expect(rows(is).some((r) => /Airflow/.test(r))).toBe(true);
  });
  it('counter-examples: the about-us paragraph stays about-us, the perks ask nothing, other words head nothing', () => {
    expect(partOf(lv, 'Zemgales Graudi uzpērk')).toBe('about');
    expect(partOf(bg, 'Struma Soft pravi')).toBe('about');
    expect(partOf(is, 'Jökull Gögn keeps weather')).toBe('about');
    expect(partOf(lv, 'Brīvas piektdienas')).toBe('benefits');
    expect(partOf(bg, 'Kasa vino')).toBe('benefits');
    expect(partOf(is, 'Ski pass in winter')).toBe('benefits');
    expect(rows(lv).some((r) => /Degvielas|piektdienas/.test(r))).toBe(false);
    expect(rows(bg).some((r) => /Vaucheri|vino/.test(r))).toBe(false);
    expect(rows(is).some((r) => /parking|Ski pass/.test(r))).toBe(false);
    for (const h of ['Par excellence', 'Za tri dni', 'Um die Ecke', 'Kostur is our cat', 'Kaj je novega'])
      expect(classifyHeading(h), h).not.toBe('requirements');
    expect(classifyHeading('Um die Ecke')).toBeNull();
  });
});

describe('s60: what follows the perks in the posting\'s own words', () => {
  it('an apply line ends the perks', () => {
    const sl = `Razvijalec\n\nPričakujemo\n- Java\n\nPonujamo\n- Toplo malico\n- Službeni telefon\n\nPrijave pošljite na kadri@soca.example do konca meseca.\n`;
    expect(partOf(sl, 'Prijave pošljite')).toBe('other');
    expect(partOf(sl, 'Službeni telefon')).toBe('benefits');
    const is = `Developer\n\nHæfniskröfur\n- Go\n\nVið bjóðum\n- Lunch\n\nUmsóknarfrestur er til 3. apríl.\n`;
    expect(partOf(is, 'Umsóknarfrestur')).toBe('other');
    const en = `Engineer\n\nRequirements\n- Go\n\nPerks\n- A bike allowance\n\nQuestions about this position? Email Marta at marta@fenwick.example.\n`;
    expect(partOf(en, 'Questions about this position?')).toBe('other');
    expect(partOf(en, 'A bike allowance')).toBe('benefits');
  });
  it('counter-example: a perk line that names an application stays a perk', () => {
    const en = `Engineer\n\nRequirements\n- Go\n\nPerks\n- Budget for any app you need\n- A yearly retreat\n`;
    expect(partOf(en, 'Budget for any app you need')).toBe('benefits');
  });
});

describe('s60: a pay line with a foreign label among the asks', () => {
  it('stays one line and asks nothing; the asks after it are still asks', () => {
    const lv = `Izstrādātājs\n\nPrasības\n- Pieredze ar Go\n- Alga: 2 800–3 600 EUR bruto\n- Zināšanas par Kubernetes\n`;
    expect(rows(lv).some((r) => /Alga/.test(r))).toBe(false);
    expect(rows(lv).some((r) => /Kubernetes/.test(r))).toBe(true);
    expect(partOf(lv, 'Zināšanas par Kubernetes')).toBe('requirements');
    const pt = `Desenvolvedor\n\nRequisitos\n- Experiência com Ruby on Rails\n- Salário: R$ 11.000 (PJ)\n- Conhecimento de Sidekiq\n`;
    expect(rows(pt).some((r) => /Salário/.test(r))).toBe(false);
    expect(rows(pt).some((r) => /Sidekiq/.test(r))).toBe(true);
    const bg = `Razrabotchik\n\nIziskvania\n- Opit s Python\n- Zaplata: ot 4 000 leva neto\n- Opit s Django\n`;
    expect(rows(bg).some((r) => /Zaplata/.test(r))).toBe(false);
    expect(rows(bg).some((r) => /Django/.test(r))).toBe(true);
  });
  it('counter-example: an ask that only names pay-like words stays an ask', () => {
    const en = `Payroll Analyst\n\nRequirements\n- Experience with salary benchmarking in Excel\n`;
    expect(rows(en).some((r) => /salary benchmarking/.test(r))).toBe(true);
  });
});

describe('s60: asks said in the duties', () => {
  it('a skill worked in daily, in Slovenian and Bulgarian (Latin letters), is a row', () => {
    expect(rows(`Razvijalec\n\nKaj boš delal\n- Vsak dan boš pisal Kotlin kodo za mobilno banko\n\nPričakujemo\n- Dve leti izkušenj\n`).some((t) => /Vsak dan boš pisal Kotlin/.test(t))).toBe(true);
    expect(rows(`Razrabotchik\n\nOtgovornosti\n- Vseki den shte pishesh kod na Go za plateznata sistema\n\nIziskvania\n- Dve godini opit\n`).some((t) => /Vseki den shte pishesh kod na Go/.test(t))).toBe(true);
  });
  it('under one heading of the work, a sentence that asks it of the reader is a row (a wish when it would only help)', () => {
    const post = `Mobile Engineer\n\nThe role\nYou'll own the offline sync of our field app and pair with the design lead. You should be confident shipping Swift to the App Store. Experience with Core Data would help, though we'll show you our setup.\n\nYour kit\n- Swift and SwiftUI\n- Xcode Cloud or Fastlane\n\nWhat we offer\n- A new MacBook\n`;
    expect(rows(post).some((t) => /You should be confident shipping Swift/.test(t))).toBe(true);
    const wish = reqs(post).find((r) => /Core Data would help/.test(r.text));
    expect(wish?.importance).toBe('preferred');
    const list = `Support Engineer\n\nThe role\n- Answer customer tickets about our billing API\n- Basic SQL knowledge is expected\n\nRequirements\n- Two years in customer support\n\nPerks\n- Remote\n`;
    expect(rows(list).some((t) => /Basic SQL knowledge is expected/.test(t))).toBe(true);
  });
  it('time away at a place said to the reader is asked, as travel is', () => {
    const hn = `Kelpwise | Field Robotics Engineer | Halifax\n\nWe build robots that farm kelp. We want someone who has written ROS 2 nodes in C++. You will spend one week a month at our sea farm near Lunenburg. Pay is $120k.`;
    expect(rows(hn).some((t) => /one week a month at our sea farm/.test(t))).toBe(true);
  });
  it('counter-examples: duties stay duties, the team\'s time away told is no ask, the on-call named in a duty stays no row', () => {
    const post = `Mobile Engineer\n\nThe role\nYou'll own the offline sync of our field app. This will help you grow into a lead.\n\nRequirements\n- Swift\n`;
    expect(rows(post).some((t) => /offline sync|help you grow/.test(t))).toBe(false);
    const hn = `Kelpwise | Field Robotics Engineer | Halifax\n\nWe build robots that farm kelp. We want someone who has written ROS 2 nodes in C++. Our founders spend two days a month at the farm. Pay is $120k.`;
    expect(rows(hn).some((t) => /founders spend/.test(t))).toBe(false);
    const lv = `DevOps\n\nTavi pienākumi\n- Piedalīties dežūrās pēc grafika\n- Uzturēt serverus\n\nPrasības\n- Linux\n`;
    expect(rows(lv).some((t) => /dežūrās/.test(t))).toBe(false);
    const en = `SRE\n\nWhat you'll do\n- Join the weekend on-call rotation\n\nRequirements\n- Linux\n- Don't meet every point above? Apply anyway.\n`;
    expect(rows(en).some((t) => /on-call rotation|Apply anyway/.test(t))).toBe(false);
  });
});

describe('s60b: headings the carry-over batch read wrong', () => {
  it('Norwegian and Danish headings asked as questions, Serbian and Croatian wishes and perks, more Icelandic, "Non-negotiables"', () => {
    const cases: Array<[string, string]> = [
      ['Hva får du hos oss', 'benefits'],
      ['Hvad tilbyder vi', 'benefits'],
      ['Hvem leter vi etter', 'requirements'],
      ['Hva forventer vi av deg', 'requirements'],
      ['Hva kommer du til å jobbe med', 'responsibilities'],
      ['Ko smo', 'about'],
      ['Bit će ti plus', 'preferred'],
      ['Što ćeš dobiti', 'benefits'],
      ['Menntun og reynsla', 'requirements'],
      ['Í boði eru', 'benefits'],
      ['The non-negotiables', 'requirements'],
      ['Non-negotiable requirements', 'requirements'],
    ];
    for (const [h, kind] of cases) expect(classifyHeading(h), h).toBe(kind);
    const no = `Backendutvikler\nFjellbekk AS · Lillehammer\n\nHvem er vi\nFjellbekk lager skiltsystemer for alpinanlegg.\n\nHva skal du jobbe med\n- Utvikle API-ene våre\n\nHvem ser vi etter\n- Erfaring med Kotlin\n\nHva kan vi tilby\n- Sesongkort i bakken\n`;
    expect(partOf(no, 'Utvikle API-ene')).toBe('responsibilities');
    expect(partOf(no, 'Erfaring med Kotlin')).toBe('requirements');
    expect(partOf(no, 'Sesongkort')).toBe('benefits');
    expect(rows(no).some((r) => /Sesongkort/.test(r))).toBe(false);
    const sr = `Programer\n\nKo smo mi\nPravimo softver za pekare.\n\nŠta očekujemo od tebe\n- Iskustvo sa Go-om\n\nBiće ti prednost\n- Poznavanje gRPC-a\n\nŠta dobijaš\n- Besplatan doručak\n`;
    expect(partOf(sr, 'Pravimo softver')).toBe('about');
    expect(partOf(sr, 'Poznavanje gRPC-a')).toBe('preferred');
    expect(partOf(sr, 'Besplatan doručak')).toBe('benefits');
    expect(rows(sr).some((r) => /doručak/.test(r))).toBe(false);
  });
  it('counter-examples: statements stay as they were read, a negotiable salary heads nothing of asks', () => {
    expect(classifyHeading('Hva vi ser etter')).toBe('requirements');
    expect(classifyHeading('Vi tilbyr')).toBe('benefits');
    expect(classifyHeading('Prednost')).toBe('preferred');
    expect(classifyHeading('Negotiable salary')).not.toBe('requirements');
    expect(classifyHeading('Ko je Ana')).not.toBe('about');
  });
  it('under one heading of the work, "You should be happy ..." asks it of the reader', () => {
    const post = `Analyst\n\nThe role\n- Build the weekly sales report\n- You should be happy walking store managers through the numbers\n\nRequirements\n- Excel\n`;
    expect(rows(post).some((t) => /You should be happy walking/.test(t))).toBe(true);
    const duty = `Analyst\n\nThe role\n- Build the weekly sales report\n- Make the store managers happy with clear numbers\n\nRequirements\n- Excel\n`;
    expect(rows(duty).some((t) => /Make the store managers happy/.test(t))).toBe(false);
  });
});
