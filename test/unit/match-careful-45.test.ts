import { describe, expect, it } from 'vitest';
import { agreement, rowOf, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 62 careful batch (s62, careful-reader-43 holds the postings' side and names the tune and report parts: the
// odd postings, belgrade, hanoi, dubai, baku, bilbao and manila, and their resumes are tune; the even ones, sofia,
// telaviv, tbilisi, almaty, luxembourg and nairobi, report): the resume's side, decided by hand before Fitmark read them
// (test/fixtures/text/careful/s62-decided.json and s62-second-decided.json, committed first): each row's verdict, each
// resume's total years, the score's range, the best fit, and, for every posting's second resume, which of the two fits
// better and each of its rows' verdicts.
// Decided: a certificate "or similar" is met by the one named or one of its rung or higher on a like ladder (CCNP for
// "CCNP Security or similar", Azure Solutions Architect Expert for "AZ-104 ou une certification similaire"), partial by a
// lower rung of the same ladder (CCNA for CCNP, an AWS or Azure associate for a professional or expert, CKAD for CKA, the
// AWS Cloud Practitioner for an AWS associate, AZ-900 for AZ-104), unmet by another vendor's entry certificate (AZ-900 or
// the AWS Cloud Practitioner for an AWS, Azure architect or CKA ask; ITIL 4 Foundation for CCNP); years a resume's line
// dates itself ("Running Kafka in production since 2020", "Azure IaaS migrations since 2021", "Kafka в продакшене с 2020
// года", "Soporte del MES desde 2019", "Kubernetes in production since 2025", "since October 2025") are that skill's years,
// not the role's, and short of the figure asked is partial; a year that dates something else ("the wallet launched in
// 2019", "introduced in 2019 by the group IT team") leaves the role's dates as the skill's; military service asked done
// (Hebrew, Azerbaijani, a Russian-language "военный билет") is met by the resume's line or heading of it, unknown where the
// resume says nothing; a driving licence (with "vehículo propio") and a school-leaving certificate (KCSE with its grade)
// met by the resume's line that says so, unknown otherwise; an industry asked as a plus ("Experience in the public sector
// or a government entity", "in a regulated bank", "the defence industry", "aviation", "the BPO industry", "ngành game",
// "sector siderúrgico o metalúrgico", "регулирана банка") is a row, met by a role in it; a language asked as a plus and
// absent from a resume's list of languages is unmet; a bachelor's degree where a master's is asked is partial.
// First read (54cc88da's code): verdicts 69/105 (tune 33/52, report 36/53), totals 8/12 (tune 5/6, report 3/6), second
// resumes' verdicts 64/105 (tune 29/52, report 35/53), scores in range 13/24 (tune 6/12, report 7/12), best fits 18/24 (tune
// 9/12, report 9/12), second totals 9/12 (tune 5/6, report 4/6), the better resume 10/12 (tune 6/6, report 4/6).
// After the s62 mends (lib/match/careful-s62.ts, new, called once over each row's verdict after careful-s61; lib/match/domains.ts,
// lib/requirements/foreign.ts, lib/resume/profile.ts, dates.ts, lib/posting/sections.ts; tested below): verdicts 69 -> 87/105
// (tune 33 -> 49/52, report 36 -> 38/53), totals 8 -> 9/12 (tune 5 -> 6/6, report 3/6), second resumes' verdicts 64 -> 80/105
// (tune 29 -> 44/52, report 35 -> 36/53), scores in range 13 -> 16/24 (tune 6 -> 8/12, report 7 -> 8/12), best fits 18 -> 20/24
// (tune 9 -> 11/12, report 9/12), second totals 9 -> 10/12 (tune 5 -> 6/6, report 4/6), the better resume 10 -> 11/12 (tune 6/6,
// report 4 -> 5/6). Still read otherwise in the tune part: "6+ years in infrastructure, at least 3 years of it with Azure IaaS"
// is two rows (s48's convention: the six met, the three in part) where this batch decided one row in part; "Najmanje 4 godine
// iskustva kao DevOps ili sistemski in\u017eenjer" reads DevOps alone (Serbian "kao ... ili" not read as a pick of roles); "Experiencia
// con OPC UA" met by MES work (OPC UA an alias of industrial automation); "Honeywell or Yokogawa DCS networks" unknown for a
// resume with neither; "Az\u0259rbaycan v\u0259 ingilis dill\u0259ri" asks a good command, B1 partial; the rows of the postings' side above.
describe('the session 62 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s62');
    expect([got.verdictsOf, got.totalsOf]).toEqual([105, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(87);
    expect(got.totals).toBeGreaterThanOrEqual(9);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s62');
    expect(got.of).toBe(105);
    expect(got.verdicts).toBeGreaterThanOrEqual(80);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s62');
    expect(got.of).toBe(24);
    // (Merged tree: 15. The helper's branch read 16; the lead's industry words abroad (lib/match/domains.ts, s62 lead) move
    // two report-half scores out of range and one into it. Not tuned on the report half: the floor follows the merged tree.)
    expect(got.inRange).toBeGreaterThanOrEqual(15);
    expect(got.fits).toBeGreaterThanOrEqual(20);
    expect(got.totals).toBeGreaterThanOrEqual(10);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});

// The s62 mends on the resumes' side, each with fresh examples and counter-examples written for these tests (none is a line
// of the batch).
const POST = (asks: string[], heading = 'Requirements:') => `Kestrel Ridge | Infrastructure Engineer | Remote\n\n${heading}\n${asks.map((a) => `- ${a}`).join('\n')}\n`;
const CV = (roles: string, tail = '') => `Dana Whitcombe\ndana.whitcombe@mail.example\n\nEXPERIENCE\n${roles}\n${tail}`;
const verdictOf = (ask: string, cv: string) => rowOf(POST([ask, 'Linux']), cv, ask.slice(0, 12)).verdict.verdict;
const ROLE = 'Network Engineer | Harrow Ports Ltd | Jan 2016 \u2013 Present\n- Campus switching and the firewalls of two terminals\n';

describe('a certificate of a vendor\u2019s ladder asked, against another rung held', () => {
  it('a lower rung of the same ladder meets it in part; the rung asked or a higher one meets it', () => {
    expect(verdictOf('Cisco CCNP or similar', CV(ROLE, '\nCERTIFICATIONS\nCisco CCNA (2019)\n'))).toBe('partial');
    expect(verdictOf('Cisco CCNP or similar', CV(ROLE, '\nCERTIFICATIONS\nCCIE Enterprise Infrastructure (2023)\n'))).toBe('met');
    expect(verdictOf('Microsoft Certified: Azure Solutions Architect Expert or similar', CV(ROLE, '\nCERTIFICATIONS\nAzure Network Engineer Associate (AZ-700), 2024\n'))).toBe('partial');
    expect(verdictOf('AWS Certified Developer \u2013 Associate or higher', CV(ROLE, '\nCERTIFICATIONS\nAWS Certified Cloud Practitioner (2021)\n'))).toBe('partial');
    expect(verdictOf('AWS Certified Developer \u2013 Associate or higher', CV(ROLE, '\nCERTIFICATIONS\nAWS Certified DevOps Engineer \u2013 Professional (2024)\n'))).toBe('met');
    // ("or similar": another vendor's ladder of the same kind at the rung asked.)
    expect(verdictOf('Cisco CCNP or similar', CV(ROLE, '\nCERTIFICATIONS\nJNCIP-ENT (2022)\n'))).toBe('met');
  });

  it('counter-examples: another vendor\u2019s entry certificate, another field\u2019s, or a course taught stay as judged', () => {
    expect(verdictOf('Microsoft Certified: Azure Solutions Architect Expert or similar', CV(ROLE, '\nCERTIFICATIONS\nAWS Certified Cloud Practitioner (2022)\n'))).toBe('unmet');
    expect(verdictOf('Cisco CCNP or similar', CV(ROLE, '\nCERTIFICATIONS\nITIL 4 Foundation (2020)\n'))).toBe('unmet');
    expect(verdictOf('Cisco CCNP or similar', CV(`${ROLE}- Taught CCNA courses at the local academy on Saturdays\n`))).toBe('unmet');
  });
});

describe('a skill\u2019s years that a resume\u2019s line dates itself', () => {
  const years = (ask: string, role: string) => rowOf(POST([ask, 'Linux']), CV(role), ask.slice(0, 12)).verdict;
  it('"since 2025" inside an older role: the skill\u2019s years from then, in English and in Russian', () => {
    expect(years('3+ years of experience with Kafka', 'Platform Engineer | Dunmore Freight | Mar 2015 \u2013 Present\n- Kafka in production since 2025 for the tracking events\n- Linux hosts and their patching\n').verdict).toBe('partial');
    expect(years('3+ years of experience with Kafka', 'Platform Engineer | Dunmore Freight | Mar 2015 \u2013 Present\n- Kafka \u0432 \u043f\u0440\u043e\u0434\u0430\u043a\u0448\u0435\u043d\u0435 \u0441 2025 \u0433\u043e\u0434\u0430 \u0434\u043b\u044f \u0441\u043e\u0431\u044b\u0442\u0438\u0439 \u0442\u0440\u0435\u043a\u0438\u043d\u0433\u0430\n- Linux hosts and their patching\n').verdict).toBe('partial');
  });

  it('a line that shows the skill only through a service of it does not move the start the dated line gives', () => {
    expect(years('At least 3 years of Azure', 'Systems Engineer | Corran Retail | Jan 2016 \u2013 Present\n- Azure IaaS migrations since 2025 for the store servers\n- AKS clusters for the loyalty app\n').verdict).toBe('partial');
    // (Counter-example: a role that names Azure itself on an undated line shows it from the role's start.)
    expect(years('At least 3 years of Azure', 'Systems Engineer | Corran Retail | Jan 2016 \u2013 Present\n- Azure IaaS migrations since 2025 for the store servers\n- Azure backups of the head office file shares\n').verdict).toBe('met');
  });

  it('counter-examples: a year that dates something else leaves the role\u2019s dates', () => {
    expect(years('2+ years of experience with Kafka', 'Backend Engineer | Tamsin Pay | Jan 2023 \u2013 Present\n- Kafka consumers for the wallet (the wallet launched in 2016)\n').verdict).toBe('met');
    expect(years('2+ years of experience with Kafka', 'Backend Engineer | Tamsin Pay | Jan 2023 \u2013 Present\n- Kafka consumers for the wallet (the wallet won a design award in 2025)\n').verdict).toBe('met');
  });
});

describe('military service asked done in the languages of the countries that ask it', () => {
  const service = (ask: string, tail: string) => rowOf(POST([ask, 'Linux']), CV(ROLE, tail), ask.slice(0, 8)).verdict.verdict;
  it('met by the resume\u2019s line of it, or a line under its heading', () => {
    expect(service('H\u0259rbi xidm\u0259ti ke\u00e7mi\u015f namiz\u0259dl\u0259r', '\nH\u0259rbi xidm\u0259t: ke\u00e7ib (2014)\n')).toBe('met');
    expect(service('Askerlik hizmetini tamamlam\u0131\u015f olmak', '\nAskerlik: Tamamland\u0131 (2016)\n')).toBe('met');
    expect(service('\u041d\u0430\u043b\u0438\u0447\u0438\u0435 \u0432\u043e\u0435\u043d\u043d\u043e\u0433\u043e \u0431\u0438\u043b\u0435\u0442\u0430', '\n\u0412\u041e\u0418\u041d\u0421\u041a\u0418\u0419 \u0423\u0427\u0401\u0422\n\u0412\u043e\u0435\u043d\u043d\u044b\u0439 \u0431\u0438\u043b\u0435\u0442 \u0438\u043c\u0435\u0435\u0442\u0441\u044f\n')).toBe('met');
    expect(service('\u05e9\u05d9\u05e8\u05d5\u05ea \u05e6\u05d1\u05d0\u05d9 \u05de\u05dc\u05d0', '\nIDF, Armored Corps \u2013 signals NCO, 2010 \u2013 2013\n')).toBe('met');
  });

  it('counter-examples: put off, not said, or a project about the service stay unknown', () => {
    expect(service('Askerlik hizmetini tamamlam\u0131\u015f olmak', '\nAskerlik: Tecilli (2027)\n')).toBe('unknown');
    expect(service('H\u0259rbi xidm\u0259ti ke\u00e7mi\u015f namiz\u0259dl\u0259r', '\nLANGUAGES\nEnglish (C1)\n')).toBe('unknown');
    expect(service('Askerlik hizmetini tamamlam\u0131\u015f olmak', '\n- Records app for the army\u2019s askerlik office, 2019 \u2013 2021\n')).toBe('unknown');
  });
});

describe('industries asked in Serbian, Vietnamese, Spanish and Azerbaijani, and aviation by an airport\u2019s work', () => {
  const industry = (ask: string, role: string) => rowOf(POST(['Linux'], 'Requirements:') .replace('- Linux\n', `- Linux\n- ${ask}\n`), CV(role), ask.slice(0, 10)).verdict.verdict;
  it('met by a role in the trade', () => {
    expect(industry('Iskustvo u zdravstvu', 'Sistem administrator | Dom zdravlja Zemun | Jan 2019 \u2013 Present\n- Informacioni sistem za zdravstvene ustanove grada\n')).toBe('met');
    expect(industry('\u0110\u00e3 l\u00e0m vi\u1ec7c trong ng\u00e0nh game', 'Backend Engineer | Sao Mai Studio (game mobile) | Jan 2020 \u2013 Present\n- Leaderboards in Go\n')).toBe('met');
    expect(industry('Experiencia en el sector sider\u00fargico', 'T\u00e9cnico de sistemas | Acer\u00eda del Zadorra S.A. | Jan 2018 \u2013 Present\n- Soporte a los sistemas de la planta\n')).toBe('met');
    expect(industry('Experience in aviation', 'Systems Engineer | Tarn Valley Ground Handling Ltd | Jan 2017 \u2013 Present\n- Check-in desks and the baggage interfaces of two terminals\n')).toBe('met');
  });

  it('counter-examples: a role in another trade does not meet it', () => {
    expect(industry('Iskustvo u zdravstvu', 'Sistem administrator | Sava Logistika | Jan 2019 \u2013 Present\n- Skladi\u0161ni sistem i mre\u017ea\n')).toBe('unmet');
    expect(industry('Experiencia en el sector sider\u00fargico', 'T\u00e9cnico de sistemas | Banco Arga | Jan 2018 \u2013 Present\n- Soporte a las oficinas\n')).toBe('unmet');
  });
});

describe('languages read in a resume\u2019s own words: Basque, Azerbaijani, Vietnamese', () => {
  const lang = (ask: string, tail: string) => rowOf(POST(['Linux'], 'Requirements:').replace('- Linux\n', `- Linux\n- ${ask}\n`), CV(ROLE, tail), ask.slice(0, 6)).verdict.verdict;
  it('met where the resume\u2019s languages name it', () => {
    expect(lang('Euskera (B2 o superior)', '\nIDIOMAS\nCastellano (nativo), euskera (C1)\n')).toBe('met');
    expect(lang('Tiếng Anh đọc hiểu tài liệu kỹ thuật', '\nNGO\u1ea0I NG\u1eee\nTi\u1ebfng Anh (IELTS 6.0)\n')).toBe('met');
  });
  it('counter-example: a list of languages without it does not', () => {
    expect(lang('Euskera (B2 o superior)', '\nIDIOMAS\nCastellano (nativo), ingl\u00e9s (B2)\n')).toBe('unmet');
  });
});
