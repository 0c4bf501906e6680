import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { classifyHeading, splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 57 (#12): a posting's parts and its asks where the asks sit in sentences: a wish said as a sentence after the
 * asks' list, its weight in the posting's language ("Se valorar\u00e1 ...", "... is een pr\u00e9", "Mile widziana ...") or as a favour
 * to the reader ("would count in your favour"); the logistics after the perks' list in Finnish, Polish and Czech; in prose
 * with no list, the daily work in skills said to the reader, the reader's share of the on-call, and whom the speaker would
 * like to find; "We need someone who ..." opening a paragraph of asks. Taught by the tune half of
 * test/fixtures/labels/parts-fresh-s57a.jsonl; then (s57b tune, after its first read) headings of fit and of the offer said
 * as questions, Nordic and Dutch wishes' headings, "Why <name>?" over the company's story, USAJobs' "Summary" placing the
 * position, the logistics after perks told in a paragraph, "X is our daily work" and "You will be on call"; and the older tune
 * halves' USAJobs misses (s53b, s56b): a qualifying line at a grade that leads into its list, study that may replace it. Each rule is checked on postings written fresh for the test, with
 * counter-examples that read as before (an about-us paragraph stays about-us, a list of perks never becomes asks).
 */
const reqs = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const rows = (text: string) => reqs(text).map((r) => r.text);
const partOf = (text: string, first: string) => splitSections(text).find((s) => s.text.includes(first))?.kind;

describe('s57: a wish said as a sentence right after the asks\' list, in English or the posting\'s language', () => {
  const es = `Ingeniero/a de datos\nRobledal Foods \u00b7 Zaragoza\n\nQui\u00e9nes somos\nRobledal Foods envasa legumbres para supermercados de toda Espa\u00f1a.\n\nTus funciones\n- Mantener los flujos de datos de las plantas\n\nRequisitos\n- Dos a\u00f1os trabajando con Python\n- SQL con soltura\n\nSe valorar\u00e1 experiencia con Kafka.\n\nBeneficios\n- Horario flexible\n- Seguro m\u00e9dico\n`;
  const nl = `Backend developer\nDuinhaven B.V. \u00b7 Haarlem\n\nOver ons\nDuinhaven verhuurt strandhuisjes aan de Noordzeekust.\n\nWat vragen we\n- Drie jaar ervaring met Java\n- Je spreekt goed Nederlands\n\nErvaring met Terraform is een pr\u00e9.\n\nWat we bieden\n- Een leaseauto\n`;
  const pl = `Tester automatyzuj\u0105cy\nM\u0142ynarz Soft \u00b7 Gda\u0144sk\n\nO nas\nM\u0142ynarz Soft tworzy aplikacje dla port\u00f3w rybackich.\n\nWymagania\n- Dwa lata do\u015bwiadczenia w testach automatycznych\n- Znajomo\u015b\u0107 Selenium\n\nMile widziana znajomo\u015b\u0107 Dockera.\n\nOferujemy\n- Kart\u0119 sportow\u0105\n`;
  const en = `Firmware Engineer\nGullrock Devices \u00b7 Cork\n\nAbout us\nGullrock Devices builds tide gauges for harbour authorities.\n\nWhat you need\n- Four years of embedded C\n- Comfort with an oscilloscope\n\nKnowing Zephyr would count in your favour.\n\nPerks\n- A bike to work scheme\n`;
  it('the sentence is a part of the wishes, the list above it stays the asks', () => {
    expect(partOf(es, 'Se valorar\u00e1 experiencia con Kafka')).toBe('preferred');
    expect(partOf(es, 'SQL con soltura')).toBe('requirements');
    expect(partOf(nl, 'Ervaring met Terraform is een pr\u00e9')).toBe('preferred');
    expect(partOf(pl, 'Mile widziana znajomo\u015b\u0107 Dockera')).toBe('preferred');
    expect(partOf(en, 'Knowing Zephyr would count in your favour')).toBe('preferred');
    expect(partOf(en, 'Comfort with an oscilloscope')).toBe('requirements');
  });
  it('the wish is a row, wished, not required', () => {
    const row = reqs(en).find((r) => /Zephyr/.test(r.text));
    expect(row?.importance).toBe('preferred');
    expect(reqs(pl).find((r) => /Dockera/.test(r.text))?.importance).toBe('preferred');
  });
  it('counter-examples: a sentence that asks after the list stays in the asks; perks after the wish stay perks; the company\'s story stays its story', () => {
    const must = `Backend developer\nDuinhaven B.V.\n\nWat vragen we\n- Drie jaar ervaring met Java\n\nVloeiend Nederlands is een vereiste.\n\nWat we bieden\n- Een leaseauto\n`;
    expect(partOf(must, 'Vloeiend Nederlands is een vereiste')).toBe('requirements');
    expect(partOf(es, 'Horario flexible')).toBe('benefits');
    expect(partOf(es, 'Robledal Foods envasa legumbres')).toBe('about');
    expect(rows(es).some((r) => /Horario flexible|Seguro m\u00e9dico/.test(r))).toBe(false);
    // (A wish's words over a list, a heading with its colon, still head that list.)
    const headed = `QA Engineer\n\nRequirements\n- Two years of Playwright\n\nA plus:\n- Some k6\n`;
    expect(partOf(headed, 'Some k6')).toBe('preferred');
  });
});

describe('s57: the logistics after the perks\' list, in Finnish, Polish and Czech', () => {
  const fi = `Testaaja\nKuusela Ohjelmistot Oy \u00b7 Jyv\u00e4skyl\u00e4\n\nTeht\u00e4v\u00e4\n- Testaat verkkokauppaamme\n\nOdotamme sinulta\n- Kokemusta testauksesta\n\nTarjoamme\n- Lounasedun\n- Et\u00e4ty\u00f6mahdollisuuden\n\nHakuaika p\u00e4\u00e4ttyy 12.5. Liit\u00e4 mukaan ansioluettelosi.\n`;
  const pl = `Administrator sieci\nOdra Wod-Kan \u00b7 Opole\n\nWymagania\n- Znajomo\u015b\u0107 urz\u0105dze\u0144 MikroTik\n\nOferujemy\n- Umow\u0119 o prac\u0119\n- Dofinansowanie do wczas\u00f3w\n\nDo CV prosimy do\u0142\u0105czy\u0107 zgod\u0119 na przetwarzanie danych osobowych zgodnie z RODO.\n`;
  const cs = `Program\u00e1tor PHP\nHan\u00e1ck\u00e1 m\u00e9dia s.r.o. \u00b7 Olomouc\n\nPo\u017eadujeme\n- Znalost PHP a MySQL\n\nNab\u00edz\u00edme\n- Sick days\n- Firemn\u00ed notebook\n\n\u017divotopisy pos\u00edlejte do konce \u010dervna, na pohovor zveme pr\u016fb\u011b\u017en\u011b.\n`;
  it('the paragraph is a part of no kind, the perks above it stay perks', () => {
    expect(partOf(fi, 'Hakuaika p\u00e4\u00e4ttyy 12.5.')).toBe('other');
    expect(partOf(fi, 'Lounasedun')).toBe('benefits');
    expect(partOf(pl, 'Do CV prosimy do\u0142\u0105czy\u0107')).toBe('other');
    expect(partOf(cs, '\u017divotopisy pos\u00edlejte')).toBe('other');
    expect(partOf(cs, 'Firemn\u00ed notebook')).toBe('benefits');
  });
  it('counter-examples: a perk said in a paragraph after the perks\' list stays a perk; the perks ask nothing', () => {
    const more = `Program\u00e1tor PHP\nHan\u00e1ck\u00e1 m\u00e9dia s.r.o.\n\nPo\u017eadujeme\n- Znalost PHP\n\nNab\u00edz\u00edme\n- Sick days\n\nK tomu dostanete stravenky a p\u0159\u00edsp\u011bvek na dopravu.\n`;
    expect(partOf(more, 'K tomu dostanete stravenky')).toBe('benefits');
    expect(rows(pl).some((r) => /Umow\u0119 o prac\u0119|wczas\u00f3w/.test(r))).toBe(false);
  });
});

describe('s57: asks said in prose with no list (an HN post of paragraphs)', () => {
  const post = `Marlpit Robotics | Embedded Engineer | Leeds (onsite) | \u00a355k-\u00a370k\n\nWe build weeding robots for vegetable growers in Yorkshire. There are eleven of us.\n\nGo and PostgreSQL are what you'll use for the fleet backend, and the robots themselves run Linux. You'll carry the pager one week in six. We'd love someone who has debugged hardware in a muddy field. Experience with ROS 2 would count in your favour.\n\nWe pay for the train to the office and give everyone a week of learning time a year.\n\nEmail jobs@marlpit.example with a short note.`;
  it('the daily work in skills said to the reader, the reader\'s share of the on-call, whom the speaker would love to find, and the favour are rows', () => {
    const r = rows(post);
    expect(r.some((t) => /^Go and PostgreSQL are what you'll use/.test(t))).toBe(true);
    expect(r.some((t) => /carry the pager one week in six/.test(t))).toBe(true);
    expect(r.some((t) => /someone who has debugged hardware/.test(t))).toBe(true);
    expect(reqs(post).find((x) => /ROS 2/.test(x.text))?.importance).toBe('preferred');
  });
  it('counter-examples: the company\'s story, its stack told, the rota told, the perks and thanks are no rows', () => {
    const r = rows(post);
    expect(r.some((t) => /weeding robots|eleven of us|train to the office|learning time/.test(t))).toBe(false);
    const told = `Marlpit Robotics | Embedded Engineer | Leeds\n\nOur stack is Go and PostgreSQL on Linux. The on-call rota is shared by eight engineers. We'd like to thank everyone who applied last spring.\n\nEmail jobs@marlpit.example.`;
    expect(rows(told).filter((t) => /stack is Go|rota is shared|thank everyone/.test(t))).toEqual([]);
  });
});

describe('s57: "We need someone who ..." opening a paragraph of asks', () => {
  it('is a row; a sentence of the company\'s own plans in the same place is not', () => {
    const a = `Data Scientist\nHollowmere Insurance \u00b7 Leeds\n\nAbout us\nHollowmere insures narrowboats and their owners.\n\nWho we're after\nWe need someone who has priced risk from messy claims histories. We need to replace our pricing spreadsheet by the summer.\n\nWhat you get\n- 28 days of leave\n`;
    const r = rows(a);
    expect(r.some((t) => /^We need someone who has priced risk/.test(t))).toBe(true);
    expect(r.some((t) => /replace our pricing spreadsheet/.test(t))).toBe(false);
    expect(partOf(a, 'Hollowmere insures narrowboats')).toBe('about');
  });
});

describe('s57b: headings of fit and of the offer said as questions, and wishes\' headings in the Nordic languages and Dutch', () => {
  it('read as the asks, the perks and the wishes', () => {
    for (const h of ['Is this the role for you?', 'Are you the one?', 'Er det dig?', 'Er dette deg?', '\u00c4r det h\u00e4r du?', 'Ben jij dit?', 'Bist du das?'])
      expect(classifyHeading(h), h).toBe('requirements');
    expect(classifyHeading("What's on offer?")).toBe('benefits');
    for (const h of ['Det er \u00f8nskelig med', 'Det er en fordel, hvis du ogs\u00e5', 'Det vil v\u00e6re et pluss om du', 'Het is een pluspunt als je', 'Een groot pluspunt'])
      expect(classifyHeading(h), h).toBe('preferred');
    const no = `Systemkonsulent\nFjellnett AS \u00b7 Troms\u00f8\n\nDine oppgaver\n- Drifte kundenes nettverk\n\nEr dette deg?\n- Du har fagbrev som dataelektroniker\n- Du kjenner Cisco godt\n\nDet er \u00f8nskelig med\n- Erfaring med Fortinet\n\nVi tilbyr\n- Pensjon\n`;
    expect(partOf(no, 'Du kjenner Cisco godt')).toBe('requirements');
    expect(partOf(no, 'Erfaring med Fortinet')).toBe('preferred');
    const da = `Udvikler\nSkovl\u00f8kke ApS\n\nDine kompetencer\n- Du har erfaring med Python\n\nDet er en fordel, hvis du ogs\u00e5\n- kender Django\n\nVi tilbyder\n- Frokost\n`;
    expect(partOf(da, 'kender Django')).toBe('preferred');
  });
  it('counter-examples: other questions and sentences stay what they were', () => {
    expect(classifyHeading("What's on the roadmap?")).not.toBe('benefits');
    expect(classifyHeading('Is this the team?')).not.toBe('requirements');
    expect(classifyHeading('Det er vigtigt for os')).not.toBe('preferred');
  });
});

describe('s57b: "Why <name>?" over the company\'s story, and a USAJobs summary that places the position', () => {
  it('are the company\'s story', () => {
    const a = `Platform Engineer\nMosswick \u00b7 Remote (EU)\n\nWhy Mosswick?\nMosswick runs booking for 900 campsites across Scandinavia. Twelve engineers keep it up in summer.\n\nWhat will you own?\n- Our Kubernetes clusters\n`;
    expect(partOf(a, 'Mosswick runs booking')).toBe('about');
    const b = `Hydrologic Technician\nU.S. Geological Survey\nSecurity clearance Not Required\n\nSummary\nThis position is located within the Water Resources Mission Area, which measures river flow across the state. The technician will service stream gauges.\n\nDuties\n- Service gauges\n`;
    expect(partOf(b, 'This position is located within')).toBe('about');
  });
  it('counter-examples: "Why join us?" and a why-heading over perks stay the perks; a summary that asks stays no story', () => {
    const a = `Platform Engineer\nMosswick\n\nWhy Mosswick?\nMosswick pays for a week of learning and a new laptop every three years.\n\nWhat will you own?\n- Our clusters\n`;
    expect(partOf(a, 'Mosswick pays for a week')).toBe('benefits');
    const b = `Engineer\nMosswick\n\nWhy join us?\nMosswick runs booking for campsites.\n\nThe role\n- Clusters\n`;
    expect(partOf(b, 'Mosswick runs booking')).toBe('benefits');
    const c = `Technician\nU.S. Geological Survey\n\nSummary\nThis position is located within the Water Resources Mission Area and you must hold a driver's license.\n\nDuties\n- Service gauges\n`;
    expect(partOf(c, 'This position is located within')).not.toBe('about');
  });
});

describe('s57b: the logistics after perks told in a paragraph, and in Dutch', () => {
  it('end the perks', () => {
    const a = `Security Engineer\nAshgrove Legal\n\nBenefits\nWe offer private dental cover and a training budget. There is also a season ticket loan.\n\nEach applicant hears back from us within a fortnight.\n`;
    expect(partOf(a, 'Each applicant hears back')).toBe('other');
    expect(partOf(a, 'season ticket loan')).toBe('benefits');
    const b = `Data-analist\nGemeente Zeedijk\n\nWat vragen wij?\n- Ervaring met SQL\n\nWat bieden wij?\n- Een laptop\n- Reiskosten\n\nDe selectiegesprekken zijn in week 12.\n`;
    expect(partOf(b, 'De selectiegesprekken zijn')).toBe('other');
  });
  it('counter-example: a second paragraph of perks stays the perks', () => {
    const a = `Security Engineer\nAshgrove Legal\n\nBenefits\nWe offer private dental cover and a training budget.\n\nYou also get a day off on your birthday.\n`;
    expect(partOf(a, 'day off on your birthday')).toBe('benefits');
  });
});

describe('s57b: the daily work said as ours, and being on call, in prose', () => {
  const post = `Brackenridge | Backend Engineer | Remote (Nordics)\n\nBrackenridge sells ferry tickets for island routes.\n\nKotlin is our daily work here, with Postgres underneath. You will be on call one week in eight. The team goes on call in turns.\n\nWrite to jobs@brackenridge.example.`;
  it('both are rows; the rota told of the team is none', () => {
    const r = rows(post);
    expect(r.some((t) => /^Kotlin is our daily work here/.test(t))).toBe(true);
    expect(r.some((t) => /You will be on call one week in eight/.test(t))).toBe(true);
    expect(r.some((t) => /team goes on call|ferry tickets/.test(t))).toBe(false);
  });
});

describe('s57: a federal board\'s qualifying lines (the older tune halves\' USAJobs misses)', () => {
  const post = `Hydrologist\nU.S. Geological Survey\nPay scale & grade GS 11\n\nDuties\n- Measure stream flow\n\nQualifications\nTo be rated, applicants must show a year of specialized experience equivalent to GS-9, such as:\n- Computing discharge from current-meter readings\n- Reviewing gauge records for errors\nThree full years of graduate education in hydrology may substitute for that experience.\nWe will check every resume against these lines.\n\nHow to Apply\nApply on the board before it closes.\n`;
  it('the lead-in at a grade and the study that may stand in for it are rows', () => {
    const r = rows(post);
    expect(r.some((t) => /a year of specialized experience equivalent to GS-9/.test(t))).toBe(true);
    expect(r.some((t) => /graduate education in hydrology may substitute for that experience/.test(t))).toBe(true);
  });
  it('counter-examples: a plain lead-in and the board\'s note below the list are no rows', () => {
    const r = rows(post);
    expect(r.some((t) => /check every resume/.test(t))).toBe(false);
    const plain = `Hydrologist\n\nQualifications\nSpecialized experience looks like this:\n- Computing discharge from current-meter readings\n`;
    expect(rows(plain).some((t) => /looks like this/.test(t))).toBe(false);
  });
});
