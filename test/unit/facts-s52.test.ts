import { describe, expect, it } from 'vitest';
import { facts, freshShortPostings, itemTexts, kindsOf } from './kinds-readers';

// Session 52: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s52.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s52: the fresh-written postings', 'kinds-fresh-s52.jsonl');

// Facts by mechanism, not by phrasing (#12): every posting and line below was written for this file, none taken from the
// corpus, the eval fixtures or a labelled row. Each class failed on a tune half (kinds-fresh-s52 batch 1, kinds-fresh-s51
// batch 2, kinds-fresh-s50 batch 2) or is a known miss the session's brief names; each has counter-examples.

describe('facts s52: a stand-in padded with spaces sets no table column (the known miss)', () => {
  const under = (lines: string) => `Backend Developer at Kungsholmen AB\n\nRequirements:\n${lines}`;
  it('keeps a Swedish, German or Czech years line whose stand-ins leave a gap of three spaces or more, beside other lines', () => {
    expect(itemTexts(under('- Du har minst tre års erfarenhet av Go\n- God kännedom om Docker\n- Terraform'))).toContain('Du har minst tre års erfarenhet av Go');
    expect(kindsOf(under('- Du har minst tre års erfarenhet av Go\n- God kännedom om Docker\n- Terraform'))).toContain('years');
    expect(facts(under('- Mindestens fünf Jahre Berufserfahrung mit Java\n- Kenntnisse in Docker\n- Terraform')).yearsMin).toBe(5);
    expect(kindsOf(under('- Nejméně čtyři roky praxe s Pythonem\n- Docker\n- Terraform'))).toContain('years');
  });
  it('still reads a table the posting itself set in columns of spaces', () => {
    const table = under('Must have            Nice to have\nKotlin               Rust\nPostgreSQL           Kafka');
    const items = itemTexts(table);
    expect(items).toEqual(expect.arrayContaining(['Kotlin', 'Rust', 'PostgreSQL', 'Kafka']));
    expect(items).not.toContain('Must have');
  });
});

describe('facts s52: one day said in words', () => {
  it('reads "an einem Tag", "un jour", "un día", "jeden dzień" a week from home as a hybrid week', () => {
    expect(facts('Graz | Entwickler | Mur Soft\nHomeoffice an einem Tag pro Woche').workMode).toBe('hybrid');
    expect(facts('Lille | Développeur | Vauban Soft\nTélétravail un jour par semaine').workMode).toBe('hybrid');
    expect(facts('Bilbao | Desarrollador | Nervión Soft\nTeletrabajo un día a la semana').workMode).toBe('hybrid');
    expect(facts('Gdynia | Programista | Bałtyk Soft\nPraca zdalna jeden dzień w tygodniu').workMode).toBe('hybrid');
  });
  it('leaves the whole week from home remote', () => {
    expect(facts('Lille | Développeur | Vauban Soft\nTélétravail complet, un séminaire par an').workMode).toBe('remote');
  });
});

describe('facts s52: Chinese and Korean remote work, degrees and language tests', () => {
  it('reads remote work said possible as remote, and not where it is refused', () => {
    expect(facts('南京 | 测试工程师 | 玄武软件\n可远程办公').workMode).toBe('remote');
    expect(facts('成都 | 算法工程师 | 天府智能\n支持全远程办公').workMode).toBe('remote');
    expect(facts('서울 | 개발자 | 망원랩스\n원격 근무 가능 (분기 1회 워크숍)').workMode).toBe('remote');
    expect(facts('서울 | 개발자 | 망원랩스\n주 2일 원격 근무').workMode).toBe('hybrid');
    expect(facts('南京 | 测试工程师 | 玄武软件\n每周远程办公两天').workMode).toBe('hybrid');
    // (Counter-examples: refused.)
    expect(facts('南京 | 测试工程师 | 玄武软件\n不支持远程办公').workMode).not.toBe('remote');
    expect(facts('서울 | 개발자 | 망원랩스\n원격 근무 불가').workMode).not.toBe('remote');
  });
  it('reads a degree named before its education or degree word, and a college diploma', () => {
    expect(facts('广州 | 数据分析师 | 天河数据\n硕士学历，统计学相关专业').degree).toMatchObject({ level: 'master', required: true });
    expect(facts('广州 | 数据分析师 | 天河数据\n本科学历，计算机相关专业').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('東京 | 研究員 | 品川ラボ株式会社\n修士号（情報工学等）').degree).toMatchObject({ level: 'master', required: true });
    expect(facts('南京 | 测试工程师 | 玄武软件\n大专以上学历').degree).toMatchObject({ level: 'associate', required: true });
    expect(kindsOf('南京 | 测试工程师 | 玄武软件\n大专及以上学历')).toEqual(['degree']);
    // (Counter-example: a person's own record ending a sentence asks no degree.)
    expect(facts('上海 | 产品经理 | 外滩科技\n招聘人：复旦计算机本科 + 港大理学硕士。欢迎联系').degree).toBeNull();
  });
  it('reads a language test\'s score or band as a language asked, the test naming it', () => {
    expect(kindsOf('東京 | エンジニア | 品川ラボ株式会社\nTOEIC 750点以上')).toEqual(['language']);
    expect(kindsOf('上海 | 工程师 | 外滩科技\n英语六级')).toEqual(['language']);
    expect(kindsOf('上海 | 工程师 | 外滩科技\n雅思7分以上')).toEqual(['language']);
    // (Counter-example: no test, no language.)
    expect(kindsOf('上海 | 工程师 | 外滩科技\n三年以上测试经验')).not.toContain('language');
  });
});

describe('facts s52: the right to work and visas in other languages', () => {
  it('reads "nodig" (needed) as asking the permit, not as a visa said needless, unless negated in its clause', () => {
    expect(facts('Leiden | Developer | Rijn Soft\nWe sponsoren geen visum, dus je hebt al een werkvergunning nodig').sponsorship).toBe(false);
    // (Counter-example: no visa needed.)
    expect(facts('Leiden | Developer | Rijn Soft\nVoor EU-burgers is geen visum nodig').sponsorship).toBeNull();
  });
  it('reads a citizenship, a permanent residence or the right to work asked in French, Polish or Spanish', () => {
    expect(facts('Laval | Analyste | Laurentides inc.\nCitoyenneté canadienne ou résidence permanente requise').sponsorship).toBe(false);
    expect(kindsOf('Laval | Analyste | Laurentides inc.\nCitoyenneté canadienne ou résidence permanente requise')).toEqual(['authorization']);
    expect(facts('Gdynia | Programista | Bałtyk Soft\nWymagane prawo do pracy w Polsce').sponsorship).toBe(false);
    // (Counter-example: a citizenship that is no ask, a market's.)
    expect(facts('Laval | Analyste | Laurentides inc.\nNos clients sont des organismes publics').sponsorship).toBeNull();
  });
});

describe('facts s52: pay', () => {
  it('reads thousands said by "T", "Tsd.", "tys." or "tis." before the currency', () => {
    expect(facts('Ulm | Entwickler | Donau IT\nJahresgehalt 64–76 T€ brutto').salary).toMatchObject({ min: 64000, max: 76000, currency: 'EUR', period: 'year' });
    expect(facts('Lublin | Tester | Wschód Soft\n12–15 tys. zł brutto miesięcznie').salary).toMatchObject({ min: 12000, max: 15000, currency: 'PLN', period: 'month' });
    expect(facts('Zlín | Tester | Baťa IT\n50–60 tis. Kč měsíčně').salary).toMatchObject({ min: 50000, max: 60000, currency: 'CZK', period: 'month' });
    // (Counter-example: a lone "T" is no thousand.)
    expect(facts('Ulm | Entwickler | Donau IT\nTeam T 4 Leute').salary).toBeNull();
  });
  it('reads "od", "vanaf", "från" before an amount with no top as a floor, and "od … do …" as a range', () => {
    expect(facts('Zlín | Tester | Baťa IT\nMzda od 70 000 Kč měsíčně').salary).toMatchObject({ min: 70000, max: null, currency: 'CZK' });
    expect(facts('Leiden | Developer | Rijn Soft\nVanaf €3.900 bruto per maand').salary).toMatchObject({ min: 3900, max: null, currency: 'EUR', period: 'month' });
    expect(facts('Zlín | Tester | Baťa IT\nMzda od 55 000 do 70 000 Kč měsíčně').salary).toMatchObject({ min: 55000, max: 70000, currency: 'CZK' });
  });
  it('ends a pay field labelled noun first ("Retribuzione annua lorda:") at its line; the asks after it are read', () => {
    const text = 'Torino | Sviluppatore | Mole Software\nRetribuzione annua lorda: 40.000–48.000 €\nAlmeno tre anni di esperienza con Python\nInglese fluente';
    expect(kindsOf(text)).toEqual(['language', 'years']);
    expect(facts(text).yearsMin).toBe(3);
    expect(kindsOf('Nancy | Développeur | Stanislas Soft\nRémunération annuelle brute : 42 000 €\nAnglais courant')).toEqual(['language']);
  });
});

describe('facts s52: Italian years before the preposition with its article', () => {
  it('reads "anni nello sviluppo", "anni nella gestione" as years of that work', () => {
    expect(facts('Torino | Sviluppatore | Mole Software\nEsperienza di almeno sei anni nello sviluppo backend').yearsMin).toBe(6);
    expect(facts('Torino | Sistemista | Mole Software\nAlmeno quattro anni nella gestione di reti').yearsMin).toBe(4);
    // (Counter-example: no years.)
    expect(facts('Torino | Sistemista | Mole Software\nEsperienza nella gestione di reti').yearsMin).toBeNull();
  });
});

describe('facts s52: degrees', () => {
  it('reads "Graduate in any stream", a Dutch master\'s, a Título de Ingeniero and Québec\'s DEC', () => {
    expect(facts('Kochi | Analyst | Marine Drive Data\nGraduate in any stream; an MBA is a plus').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('Zwolle | Adviseur | Sassenpoort ICT\nAfgeronde wo-masteropleiding bedrijfskunde').degree).toMatchObject({ level: 'master', required: true });
    expect(facts('Lima | Ingeniero | Barranco Sistemas\nTítulo de Ingeniero de Sistemas o carrera afín').degree).toMatchObject({ level: 'bachelor', required: true });
    expect(facts('Laval | Technicien | Laurentides inc.\nDEC en informatique ou baccalauréat en génie').degree).toMatchObject({ level: 'associate', required: true });
    // (Counter-examples: a graduate of a named school is no level; "DEC" not before a field.)
    expect(facts('Kochi | Analyst | Marine Drive Data\nOur founders are graduates in economics').degree).toBeNull();
    expect(facts('Laval | Technicien | Laurentides inc.\nDébut en DEC 2026').degree).toBeNull();
  });
});

describe('facts s52: a clearance ask the reader took for a heading', () => {
  it('reads it as a line', () => {
    expect(facts('Laurel, MD | Developer | Patuxent Systems\nTS/SCI with CI polygraph is required\nBS in Computer Science').clearance).toBeTruthy();
    // (Counter-example: a heading that names no clearance.)
    expect(facts('Laurel, MD | Developer | Patuxent Systems\nSkills required\nBS in Computer Science').clearance).toBeNull();
  });
});
