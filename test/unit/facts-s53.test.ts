import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, itemTexts, kindsOf } from './kinds-readers';

// Session 53: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s53.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s53: the fresh-written postings', 'kinds-fresh-s53.jsonl');

// Facts by mechanism, not by phrasing (#12): every posting and line below was written for this file, none taken from the
// corpus, the eval fixtures or a labelled row. Each class failed on a tune half (kinds-fresh-s53 batch 1, kinds-fresh-s52
// batch 2, kinds-fresh-s51 batch 2) or is a known miss the session's brief names; each has counter-examples.

describe('facts s53: the office on named weekdays or a count of times a week, said after the office', () => {
  it('reads a week split between the office and home', () => {
    expect(facts('Leeds | Analyst | Aire Data\nRemote-friendly, but we all meet at the office every Thursday').workMode).toBe('hybrid');
    expect(facts('Leeds | Analyst | Aire Data\nYorkshire-based; in the office twice a week').workMode).toBe('hybrid');
    expect(facts('Leeds | Analyst | Aire Data\nWork from our Canal Street office Tuesdays and Fridays').workMode).toBe('hybrid');
    expect(facts('Leeds | Analyst | Aire Data\nOffice-based: on site three days a week at the Kirkstall hub').workMode).toBe('hybrid');
  });
  it('leaves the whole week at the office, and a remote job, as they are', () => {
    expect(facts('Leeds | Analyst | Aire Data\nIn the office Monday to Friday').workMode).toBe('onsite');
    expect(facts('Leeds | Analyst | Aire Data\nOn site every day at the Kirkstall plant').workMode).toBe('onsite');
    expect(facts('Leeds | Analyst | Aire Data\nFully remote; we have no office').workMode).toBe('remote');
  });
});

describe('facts s53: home work or a hybrid week refused', () => {
  it('reads an office job where home work or the hybrid week is refused, in English and after the home word abroad', () => {
    expect(facts('Pune | Firmware Engineer | Deccan Chips\nOnsite at our Hadapsar lab; no hybrid option').workMode).toBe('onsite');
    expect(facts('Pune | Firmware Engineer | Deccan Chips\nWFH is not possible for this role').workMode).toBe('onsite');
    expect(facts('Zwolle | Beheerder | IJssel ICT\nJe werkt op kantoor; thuiswerken is niet mogelijk').workMode).toBe('onsite');
  });
  it('still reads home work offered', () => {
    expect(facts('Zwolle | Beheerder | IJssel ICT\nTwee dagen per week thuiswerken, de rest op kantoor').workMode).toBe('hybrid');
    expect(facts('Pune | Firmware Engineer | Deccan Chips\nHybrid: two days a week at the Hadapsar lab').workMode).toBe('hybrid');
  });
});

describe('facts s53: weekdays named in other languages, and the office or the site in their words', () => {
  it('reads two or more weekdays at the office, home otherwise, as a hybrid week', () => {
    expect(facts('Kassel | Entwickler | Fulda Soft GmbH\nIm Büro sind wir montags und mittwochs, sonst arbeitest du von zu Hause').workMode).toBe('hybrid');
    expect(facts('Zwolle | Ontwikkelaar | IJssel Soft\nOp kantoor op dinsdag en donderdag, verder thuis').workMode).toBe('hybrid');
  });
  it('does not read a span of the whole week as office days', () => {
    expect(facts('Kassel | Entwickler | Fulda Soft GmbH\nArbeit im Büro von Montag bis Freitag').workMode).not.toBe('hybrid');
  });
  it('reads a duty to be present, or work at the branch, as on site', () => {
    expect(facts('Kassel | Techniker | Fulda Werk GmbH\nPräsenzpflicht im Werk Kassel').workMode).toBe('onsite');
    expect(facts('Jihlava | Technik | Vysočina IT s.r.o.\nPráce na pobočce v Jihlavě').workMode).toBe('onsite');
  });
  it('reads a Polish office said with "z biura" beside its days', () => {
    expect(facts('Gdynia | Programista | Bałtyk Soft\n2 dni w tygodniu z biura w Gdyni').workMode).toBe('hybrid');
  });
});

describe('facts s53: sponsorship refused or a status held, said in other ways', () => {
  it('reads those who would need sponsorship said not to be taken as no sponsorship, an authorization ask', () => {
    const text = 'Tulsa, OK | Analyst | Arkansas River Data\nThis job is not open to applicants who would require a work visa';
    expect(facts(text).sponsorship).toBe(false);
    expect(kindsOf(text)).toContain('authorization');
  });
  it('still reads sponsorship offered to those who need it', () => {
    expect(facts('Tulsa, OK | Analyst | Arkansas River Data\nWe are open to sponsoring candidates who need an H-1B').sponsorship).toBe(true);
  });
  it('reads a visa held asked in Korean or Chinese as no sponsorship, an authorization ask; a visa offered stays offered', () => {
    const ko = '광주 | 개발자 | 상무소프트\n백엔드 개발 경력 3년 이상\n취업 비자를 보유한 분만 지원 가능';
    expect(facts(ko).sponsorship).toBe(false);
    expect(kindsOf(ko)).toContain('authorization');
    expect(facts('武汉 | 工程师 | 光谷软件\n三年以上开发经验\n须持有工作签证').sponsorship).toBe(false);
    expect(facts('광주 | 개발자 | 상무소프트\n외국인 비자 스폰서 가능').sponsorship).toBe(true);
  });
  it('reads a work permit said to be required, in English or in French, as no sponsorship', () => {
    expect(facts('Gatineau | Analyste | Outaouais Données\nPermis de travail valide exigé').sponsorship).toBe(false);
    expect(facts('Calgary, AB | Analyst | Bow River Data\nValid Canadian work permit required').sponsorship).toBe(false);
    expect(facts('Calgary, AB | Analyst | Bow River Data\nNo work permit needed for Canadian citizens').sponsorship).not.toBe(false);
  });
  it('reads the Dutch verb of sponsoring', () => {
    expect(facts('Zwolle | Ontwikkelaar | IJssel Soft\nWij sponsoren je verblijfsvergunning als kennismigrant').sponsorship).toBe(true);
  });
});

describe('facts s53: years after the noun, and floors and approximations in other words', () => {
  it('reads years that close a line opening with experience', () => {
    expect(facts('Jihlava | Vývojář | Vysočina IT s.r.o.\nZkušenosti s Kotlinem alespoň 4 roky').yearsMin).toBe(4);
    expect(facts('Gdynia | Administrator | Bałtyk Soft\nDoświadczenie w administracji Linuxem minimum 3 lata').yearsMin).toBe(3);
    expect(facts('Tulsa, OK | Engineer | Arkansas River Data\nExperience with Terraform at least 2 years').yearsMin).toBe(2);
  });
  it('does not read a line that does not open with experience, nor the company\'s time', () => {
    expect(facts('Tulsa, OK | Engineer | Arkansas River Data\nOur platform has run for 9 years').yearsMin).toBeNull();
  });
  it('reads "zumindest" as a floor and Dutch "een jaar of vijf" as about five years', () => {
    expect(facts('Kassel | Entwickler | Fulda Soft GmbH\nBerufserfahrung von zumindest vier Jahren in der Java-Entwicklung').yearsMin).toBe(4);
    expect(facts('Zwolle | Ontwikkelaar | IJssel Soft\nJe programmeert al een jaar of vijf met Python').yearsMin).toBe(5);
  });
});

describe('facts s53: a named thing said to be required, on a short line, is an ask, not a heading', () => {
  it('reads a clearance so said as the last line', () => {
    const text = 'Dayton, OH | Analyst | Miami Valley Defense\n$98,000 – $112,000\nFour years of signals analysis\nTS/SCI required';
    expect(facts(text).clearance).not.toBeNull();
    expect(kindsOf(text)).toContain('clearance');
  });
  it('keeps the line below a certification so said', () => {
    const text = 'Dayton, OH | Technician | Miami Valley Health\nCompTIA Security+ required\nAn associate degree in networking\nTwo years on a service desk';
    expect(kindsOf(text)).toContain('degree');
    expect(itemTexts(text)).toContain('CompTIA Security+ required');
  });
  it("does not read the employer's facility clearance as one asked, where the line asks no person's", () => {
    const text = 'Dayton, OH | Developer | Miami Valley Defense\nWe hold a Secret facility clearance and serve Navy programs.\nTwo years of Java\nBS in Computer Science required';
    expect(kindsOf(text)).not.toContain('clearance');
    expect(kindsOf('Dayton, OH | Developer | Miami Valley Defense\nAn active Secret clearance is required of you; our facility clearance covers the lab\nTwo years of Java')).toContain('clearance');
  });
  it('still reads the words of a heading over its list', () => {
    const text = 'Dayton, OH | Technician | Miami Valley Health\n\nSkills required\n- Python\n- Bash';
    expect(itemTexts(text)).not.toContain('Skills required');
  });
});

describe('facts s53: pay and CJK wordings', () => {
  it('reads a masculine French pay label as its line only, the asks after it read', () => {
    expect(facts('Rennes | Développeur | Vilaine Logiciels\nSalaire annuel brut : 50 000 €\nCinq ans d\'expérience minimum en Java').yearsMin).toBe(5);
  });
  it('reads a Polish day rate said with "za dzień"', () => {
    expect(facts('Gdynia | Architekt | Bałtyk Soft\n1 000 – 1 300 zł netto za dzień').salary?.period).toBe('day');
  });
  it('reads years with "或以上", a university degree, and a week by "每星期"', () => {
    const text = '九龍 | 工程師 | 尖沙咀科技\n三年或以上後端開發經驗\n大學學位，主修資訊工程\n每星期三天在家工作';
    expect(facts(text).yearsMin).toBe(3);
    expect(facts(text).degree?.level).toBe('bachelor');
    expect(facts(text).workMode).toBe('hybrid');
  });
  it('reads Korean office days with a word between, and home otherwise, as a hybrid week; remote alone stays remote', () => {
    expect(facts('광주 | 개발자 | 상무소프트\n주 2회 팀 출근일 외에는 원격 근무').workMode).toBe('hybrid');
    expect(facts('광주 | 개발자 | 상무소프트\n원격 근무 가능').workMode).toBe('remote');
  });
});
