import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';
import { secondAgree } from './second-verdicts';

// The session 58 careful batch (s58, careful-reader-39 holds the postings' side and names the tune and report parts: the
// odd postings, queue, platnosci, almen, imaging, praha and traghetti, and their resumes are tune; the even ones report):
// the resume's side, decided by hand before Fitmark read them (test/fixtures/text/careful/s58-decided.json and
// s58-second-decided.json, committed first): each row's verdict, each resume's total years, the score's range, the best
// fit, and, for every posting's second resume, which of the two fits better and each of its rows' verdicts. The resumes:
// a ticket marketplace's engineer who "Owned the RFC process" (and an insurer's Go engineer who wrote design docs, no
// ticketing); a card payments engineer (and a web shop's developer who wired in a bank's payment gateway, English B2, a
// vocational diploma); a payment gateway's Python developer (and a freight software developer); a credit co-operative's
// banking systems analyst (and a retailer's business analyst who was a savings bank's customer service representative);
// a social-housing association's IT supporter (and a steel firm's administrator with Exchange 2016 on premises); a sports
// streaming lead (and an online course company's on-demand video engineer who wrote design documents); a Sectra PACS
// administrator (and a CT technologist who is the Sectra PACS super-user); a municipality's IT consultant (and a
// shipping firm's technician with Exchange 2019 on premises and a trade certificate); an Exchange 2019 on-premises
// administrator (and an agency's administrator with Exchange Online only); an energy and water company's data engineer
// (and a web retailer's, English B2); a tour operator's booking engine developer (and an insurer's Java developer,
// English B1); a rostering systems officer who configures HealthRoster (and a ward manager who builds rosters in it).
// Decided: an industry asked ("ticketing or live events", "pagos con tarjeta", "branży płatności", "financial sector",
// "almene boligsektor", "setor da energia", "settore dei trasporti o del turismo", the NHS) met by a resume that worked
// in it (a credit co-operative or a savings bank is the financial sector; an online tour operator is tourism), unmet by
// one that did not, partial for a merchant that only wired in a payment gateway; "design docs and RFCs" met by owning
// the RFC process and by writing design docs; Exchange Online asked against Exchange on premises only, and Exchange
// Server on premises asked against Exchange Online only, partial; the super-user of a PACS partial for years of
// administering one and for administering the product named; a roster creator who uses HealthRoster unmet for
// configuring or supporting it; "Fluent" and its forms partial against B2; "Inglese scritto e parlato" partial for B1;
// "angličtina slovem i písmem" met by B2; a driving licence the resume does not mention unknown.
// First read (19c7ef94's code): verdicts 63/88 (tune 30/44, report 33/44), totals 11/12 (tune 6/6, report 5/6), second
// resumes' verdicts 56/88 (tune 27/44, report 29/44) and totals 11/12 (tune 6/6, report 5/6), scores in range 9/24 (tune
// 3/12, report 6/12), best fits 12/24 (tune 5/12, report 7/12), the better resume 10/12 (tune 5/6, report 5/6).
// After the mends below (made on the tune part's misses; the report part was read by its totals only): verdicts 76/88 (tune
// 30 -> 42/44, report 33 -> 34/44), second resumes' verdicts 69/88 (tune 27 -> 39/44, report 29 -> 30/44), scores in range
// 16/24 (tune 3 -> 9/12, report 6 -> 7/12), best fits 17/24 (tune 5 -> 10/12, report 7/12), the better resume 12/12 (tune 5 -> 6/6,
// report 5 -> 6/6); totals 11/12 and 11/12 unchanged. The tune figures are not untuned.
// Still read otherwise in the tune part (not asserted): "Bot mitigation or rate limiting at the edge" unmet against per-event
// rate control (decided partial); "Esperienza con sistemi di prenotazione o di inventario posti" unknown (a booking engine
// shown in Italian; the English ask's terms do not meet it either); an associate degree in radiologic technology with 14
// years as a CT technologist met for "Bachelor's degree in health informatics or computer science (or comparable work
// experience)" (decided partial: the years are counted whatever their field); "znalost Active Directory a GPO" met by
// Active Directory accounts alone (GPO is an alias of Active Directory; decided partial); "Inglese scritto e parlato" met by
// B1 (decided partial; s56's rule holds B1 a working command); "Experience with research imaging platforms such as XNAT"
// unknown for a resume that names none (decided unmet).
describe('the session 58 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s58');
    expect([got.verdictsOf, got.totalsOf]).toEqual([88, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(79);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s58');
    expect(got.of).toBe(88);
    expect(got.verdicts).toBeGreaterThanOrEqual(74);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s58');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(18);
    expect(got.fits).toBeGreaterThanOrEqual(19);
    expect(got.totals).toBeGreaterThanOrEqual(11);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header and a heading of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string, heading = 'Requirements:') {
  const a = analyzePosting(engine, postingFromText(`${header}\n\n${heading}\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Kestrel Ferries | Systems Engineer | Stavanger, Norway';
const cvOf = (roles: Array<[string, string, string[]]>, tail = '') =>
  `Teodora Vassileva\nteodora.v@mail.example\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n${tail}`;
const one = (title: string, lines: string[], tail = '') => cvOf([[title, 'Mar 2017 \u2013 present', lines]], tail);
/** The row of a one-row posting, and its verdict. */
const rowOf = (ask: string, resume: string, header = HEADER, heading = 'Requirements:') => {
  const { a, m } = matched(header, [ask], resume, heading);
  return { item: a.requirements[0]!, verdict: m.requirements![0]! };
};
const verdictOf = (ask: string, resume: string, header = HEADER) => rowOf(ask, resume, header).verdict;

describe('the session 58 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('a language asked by its uses, spoken and written, or as the skill of communicating in it, is a working command of it', () => {
    const cv = (langs: string) => one('Analista, Porto Sereno', ['Integrazioni con i sistemi portuali'], `\nLINGUE\n${langs}\n`);
    const row = rowOf('Tedesco scritto e parlato', cv('Italiano (madrelingua), Tedesco (B2)'), 'Porto Sereno | Analista | Trieste');
    expect(row.item.kind).toBe('language');
    expect(row.verdict).toMatchObject({ verdict: 'met' });
    expect(verdictOf('Tedesco scritto e parlato', cv('Italiano (madrelingua), Tedesco (A2)'), 'Porto Sereno | Analista | Trieste')).toMatchObject({ verdict: 'partial' });
    expect(rowOf('n\u011bm\u010dina slovem i p\u00edsmem', one('Technik, Vltava Logistika', ['Sklady a p\u0159eprava'], '\nJAZYKY\n\u010de\u0161tina \u2013 rodil\u00fd mluv\u010d\u00ed; n\u011bm\u010dina \u2013 B2\n'), 'Vltava Logistika | Technik | Plze\u0148').verdict).toMatchObject({ verdict: 'met' });
    const nordic = rowOf('Gode kommunikasjonsevner p\u00e5 svensk og engelsk', one('Driftstekniker, Fjordlinje AS', ['Servere og nettverk'], '\nSPR\u00c5K\nSvensk (morsm\u00e5l), engelsk (god)\n'), 'Fjordlinje AS | Driftstekniker | Bergen');
    expect(nordic.item.kind).toBe('language');
    expect(nordic.verdict).toMatchObject({ verdict: 'met' });
    // (Counter-examples: fluency asked stays fluency, B2 short of it; written skills asked with no language named are no language row.)
    expect(verdictOf('Inglese fluente', cv('Italiano (madrelingua), Inglese (B2)'), 'Porto Sereno | Analista | Trieste')).toMatchObject({ verdict: 'partial' });
    expect(rowOf('Gode skriftlige evner', one('Driftstekniker, Fjordlinje AS', ['Servere og nettverk']), 'Fjordlinje AS | Driftstekniker | Bergen').item.kind).not.toBe('language');
  });

  it('a neighbour\u2019s language asked in Polish is a language row, and a beginner\u2019s level written in Polish is short of it', () => {
    const cv = (level: string) => one('Programista, Odra Soft', ['Aplikacje w Pythonie'], `\nJ\u0118ZYKI\npolski \u2013 ojczysty; rosyjski (${level})\n`);
    const row = rowOf('znajomo\u015b\u0107 j\u0119zyka rosyjskiego', cv('podstawowy'), 'Odra Soft | Programista | Wroc\u0142aw');
    expect(row.item.kind).toBe('language');
    expect(row.verdict).toMatchObject({ verdict: 'partial' });
    expect(verdictOf('znajomo\u015b\u0107 j\u0119zyka rosyjskiego', cv('B2'), 'Odra Soft | Programista | Wroc\u0142aw')).toMatchObject({ verdict: 'met' });
  });

  it('a Nordic degree asked by its names, and higher education asked, are degrees; or equivalent experience as written', () => {
    const dk = rowOf('Professionsbachelor i softwareudvikling eller tilsvarende erfaring', one('Udvikler, Limfjord IT', ['Webapplikationer']), 'Limfjord IT | Udvikler | Aalborg').item;
    expect(dk.kind).toBe('degree');
    expect(dk.degree).toMatchObject({ level: 'bachelor', equivalentExperience: true });
    expect(rowOf('H\u00f8yere utdanning innen \u00f8konomi eller IT', one('Konsulent, Fjordlinje AS', ['Rapporter']), 'Fjordlinje AS | Konsulent | Bergen').item.kind).toBe('degree');
    // (Counter-example: experience of a thing asked is no degree.)
    expect(rowOf('Erfaring med Windows Server og Hyper-V', one('Konsulent, Fjordlinje AS', ['Rapporter']), 'Fjordlinje AS | Konsulent | Bergen').item.kind).not.toBe('degree');
  });

  it('Czech secondary school asked beside a university: met by a school-leaving exam or any degree; a university asked alone is not met by the exam', () => {
    const maturita = one('Technik, Vltava Logistika', ['Podpora u\u017eivatel\u016f'], '\nVZD\u011aL\u00c1N\u00cd\nSP\u0160 strojn\u00ed, maturita 2015\n');
    expect(verdictOf('S\u0160 nebo V\u0160 vzd\u011bl\u00e1n\u00ed s maturitou', maturita, 'Vltava Logistika | Technik | Plze\u0148')).toMatchObject({ verdict: 'met' });
    expect(verdictOf('V\u0160 vzd\u011bl\u00e1n\u00ed technick\u00e9ho sm\u011bru', maturita, 'Vltava Logistika | Technik | Plze\u0148')).not.toMatchObject({ verdict: 'met' });
  });

  it('an industry asked abroad: payments and tourism by their own words, met by a role in them, not by a payment made', () => {
    const pl = 'Odra Soft | Programista | Wroc\u0142aw';
    expect(verdictOf('do\u015bwiadczenie w sektorze p\u0142atno\u015bci kartowych', one('Programista, Odra Pay', ['Obs\u0142uga bramki p\u0142atniczej dla e-sklep\u00f3w']), pl)).toMatchObject({ verdict: 'met' });
    expect(verdictOf('do\u015bwiadczenie w sektorze p\u0142atno\u015bci kartowych', one('Programista, Odra Meble', ['System zam\u00f3wie\u0144 dla sklep\u00f3w meblowych']), pl)).toMatchObject({ verdict: 'unmet' });
    const itHeader = 'Porto Sereno | Sviluppatore | Genova';
    expect(verdictOf('Esperienza nel settore della logistica o del turismo', one('Sviluppatore, Riviera Vacanze', ['Motore di prenotazione per hotel e campeggi']), itHeader)).toMatchObject({ verdict: 'met' });
    expect(verdictOf('Esperienza nel settore della logistica o del turismo', one('Sviluppatore, Banca Ligure', ['Conti correnti e bonifici']), itHeader)).toMatchObject({ verdict: 'unmet' });
  });

  it('the RFC process owned is the writing of design docs; an RFC named as a standard is not', () => {
    const ask = 'Design docs and RFCs';
    expect(verdictOf(ask, one('Staff Engineer, Kestrel Ferries', ['Ran the RFC process for the booking teams']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf(ask, one('Mail Engineer, Kestrel Ferries', ['Parsed headers to RFC 5322 in the mail gateway']))).toMatchObject({ verdict: 'unmet' });
  });

  it('backend years: a system built in a server language on a server\u2019s store counts; a script beside a database does not', () => {
    const ask = '5+ years of backend engineering';
    const built = cvOf([['Software Engineer, Kestrel Ferries', 'Jan 2019 \u2013 present', ['Built the seat allocation engine in Kotlin with PostgreSQL and Kafka']], ['Software Engineer, Tern Travel', 'Jan 2016 \u2013 Dec 2018', ['Built the fare cache in Java on Redis']]]);
    expect(verdictOf(ask, built)).toMatchObject({ verdict: 'met' });
    const scripts = cvOf([['Data Analyst, Kestrel Ferries', 'Jan 2016 \u2013 present', ['Wrote Python scripts that load booking CSVs into PostgreSQL']]]);
    expect(verdictOf(ask, scripts)).not.toMatchObject({ verdict: 'met' });
  });

  it('the running of a product asked, no years: its super-user meets it in part; its administrator in full; experience of it asked is as before', () => {
    const superUser = one('Booking Agent, Kestrel Ferries', ['Amadeus super-user for the call centre: trains agents and reports faults']);
    expect(verdictOf('Administration of Amadeus or Sabre', superUser)).toMatchObject({ verdict: 'partial' });
    expect(verdictOf('Administration of Amadeus or Sabre', one('Amadeus Administrator, Kestrel Ferries', ['User profiles, queues and upgrades']))).toMatchObject({ verdict: 'met' });
    // (A test of a new version is a user's work: it runs nothing.)
    expect(verdictOf('At least 2 years administering LIMS', one('Laboratory Technician, Tern Labs', ['LIMS super-user for the bench', 'Tested the LIMS upgrade releases']))).toMatchObject({ verdict: 'partial' });
  });

  it('the Windows estate asked is met by Windows Server run; the Windows desktop asked is not', () => {
    const servers = one('Systems Administrator, Kestrel Ferries', ['Windows Server 2019 and 2022 for 60 hosts']);
    expect(verdictOf('3+ years operating Windows environments', servers)).toMatchObject({ verdict: 'met' });
    expect(verdictOf('Win32 desktop development in C++', servers)).not.toMatchObject({ verdict: 'met' });
  });

  it('Exchange Online asked against Exchange run on premises only, and the reverse, is partly met; both shown, met', () => {
    const onPrem = one('Systems Administrator, Kestrel Ferries', ['Exchange 2019 on premises for 300 mailboxes']);
    const online = one('Systems Administrator, Kestrel Ferries', ['Exchange Online and Teams for 300 staff']);
    expect(verdictOf('Exchange Online administration', onPrem)).toMatchObject({ verdict: 'partial' });
    expect(verdictOf('Exchange Server 2019 administration', online)).toMatchObject({ verdict: 'partial' });
    expect(verdictOf('Exchange Online administration', one('Systems Administrator, Kestrel Ferries', ['Moved 300 mailboxes from Exchange 2016 to Exchange Online']))).toMatchObject({ verdict: 'met' });
    expect(verdictOf('Exchange Online administration', online)).toMatchObject({ verdict: 'met' });
  });

  it('"Windows Server\u016f" (Czech, genitive plural) is Windows Server', () => {
    expect(verdictOf('Zku\u0161enosti se spr\u00e1vou Windows Server', one('Administr\u00e1tor, Vltava Logistika', ['Spr\u00e1va p\u011bti Windows Server\u016f 2022']), 'Vltava Logistika | Administr\u00e1tor | Plze\u0148')).toMatchObject({ verdict: 'met' });
  });

  it('a vendor\u2019s certificate asked in the posting\u2019s word order, or after "A": met by one the resume names, unmet by none', () => {
    const held = one('Sistemista, Porto Sereno', ['Reti e firewall'], '\nCERTIFICAZIONI\nCisco CCNA (2021)\n');
    const none = one('Sistemista, Porto Sereno', ['Reti e firewall']);
    expect(verdictOf('certificazione Cisco', held, 'Porto Sereno | Sistemista | Genova')).toMatchObject({ verdict: 'met' });
    expect(verdictOf('certificazione Cisco', none, 'Porto Sereno | Sistemista | Genova')).toMatchObject({ verdict: 'unmet' });
    expect(verdictOf('A Cisco certification', held)).toMatchObject({ verdict: 'met' });
  });

  it('a driving licence\u2019s category after an abbreviation is one row', () => {
    const { a } = matched('Odra Soft | Serwisant | Wroc\u0142aw', ['prawo jazdy kat. B'], one('Serwisant, Odra Soft', ['Naprawy']));
    expect(a.requirements.map((r) => r.text)).toEqual(['prawo jazdy kat. B']);
    const en = matched(HEADER, ['Driving licence cat. B'], one('Technician, Kestrel Ferries', ['Repairs']));
    expect(en.a.requirements.map((r) => r.text)).toEqual(['Driving licence cat. B']);
  });

  it('a Danish heading of wishes with its verb after it, "Det er en fordel, hvis du har", opens wishes', () => {
    const { a } = matched('Limfjord IT | Udvikler | Aalborg', ['Kendskab til Azure DevOps'], one('Udvikler, Limfjord IT', ['Webapplikationer']), 'Det er en fordel, hvis du har');
    expect(a.requirements[0]!.importance).toBe('preferred');
  });
});
