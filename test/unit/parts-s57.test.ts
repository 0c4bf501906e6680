import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { engine } from './readers';

/**
 * Session 57 (#12): a posting's parts and its asks where the asks sit in sentences: a wish said as a sentence after the
 * asks' list, its weight in the posting's language ("Se valorar\u00e1 ...", "... is een pr\u00e9", "Mile widziana ...") or as a favour
 * to the reader ("would count in your favour"); the logistics after the perks' list in Finnish, Polish and Czech; in prose
 * with no list, the daily work in skills said to the reader, the reader's share of the on-call, and whom the speaker would
 * like to find; "We need someone who ..." opening a paragraph of asks. Taught by the tune half of
 * test/fixtures/labels/parts-fresh-s57a.jsonl. Each rule is checked on postings written fresh for the test, with
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
