import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { inEnglish } from '@/lib/requirements/foreign';
import { engine, TODAY } from './readers';

// Written for this test (session 45, #12): spoken languages named as the posting's own language names them (the
// platform's CLDR names through Intl.DisplayNames, and Japanese, Chinese and Korean names), a language asked in a clause
// joined by "and" in another language, a line that says no to one language and asks another, and a pay field whose label
// has a word before its noun ("Gross salary:") no longer swallowing the asks below it.
const read = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const kinds = (text: string) => read(text).map((r) => r.kind);
const short = (...lines: string[]) => `Oslo | Backend Developer | Fjord Data AS\n${lines.join('\n')}\n`;

describe('a language named in another language', () => {
  it('is read with its level, its need or its wish beside it', () => {
    expect(inEnglish('Enska nauðsynleg')).toMatch(/^fluent English\s*$/);
    expect(inEnglish('Portugalski biegły')).toContain('Portuguese');
    expect(inEnglish('Zweeds is vereist, kennis van Duits')).toMatch(/Swedish.*German/);
    expect(kinds(short('Minst 5 års erfarenhet av Go.', 'Norska och engelska flytande.'))).toContain('language');
    expect(kinds(short('Tapasztalat: 3 év Java.', 'Német nyelvtudás szükséges.'))).toContain('language');
  });
  it('two names under one level are both read', () => {
    const said = inEnglish('Praxis: kennis van Duits en Spaans');
    expect(said).toContain('German');
    expect(said).toContain('Spanish');
    const both = inEnglish('Tyska och ryska flytande');
    expect(both).toContain('German');
    expect(both).toContain('Russian');
  });
  it('but not a name without a level, a need or a wish, nor a word that only looks like one', () => {
    expect(inEnglish('Vi har kontor i Stockholm och en svensk kundbas')).not.toMatch(/Swedish/);
    expect(inEnglish('Kennis van Kubernetes en Helm charts')).not.toMatch(/English|German|Dutch/);
    expect(inEnglish('Our connection pools at C1 scale')).toBe('Our connection pools at C1 scale');
    expect(inEnglish('Offices in Korea and Latvia, fluent teams')).toBe('Offices in Korea and Latvia, fluent teams');
    expect(kinds(short('Minst 5 års erfarenhet av Go.', 'Svenska inte ett krav.'))).not.toContain('language');
  });
});

describe('a language in Japanese, Chinese or Korean', () => {
  it('is read where its name has a level, a need or a wish', () => {
    expect(inEnglish('中国語ビジネスレベル以上')).toMatch(/Chinese/);
    expect(inEnglish('韓国語: 日常会話レベル')).toMatch(/Korean/);
    expect(inEnglish('英語の読み書きができれば尚可、TOEIC歓迎')).toMatch(/English/);
    expect(kinds('福岡 | SREエンジニア | 博多クラウド\n応募資格: Kubernetesの運用経験2年以上\n英語ビジネスレベル必須\n')).toContain('language');
  });
  it('but not a language that is only talked about', () => {
    expect(inEnglish('中国語のお客様向けのアプリ')).toBe('中国語のお客様向けのアプリ');
    expect(inEnglish('英語版のドキュメントを整備')).toBe('英語版のドキュメントを整備');
  });
});

describe('a line with two clauses about languages', () => {
  it('asks the one it asks where it says no to the other', () => {
    const items = read(short('Salary: 60,000 NOK/month', 'MSc in Physics or Mathematics.', 'Norwegian not required; German B2.'));
    expect(items.map((r) => r.kind)).toContain('language');
    expect(items.find((r) => r.kind === 'language')?.text).toMatch(/German/);
  });
  it('but asks nothing where both say no', () => {
    expect(kinds(short('MSc in Physics.', 'Norwegian not required; Danish not needed either.'))).not.toContain('language');
  });
});

describe('a pay field with a word before its noun', () => {
  it('is its own line: the asks below it are read', () => {
    const items = read('Tallinn | Data Engineer | Lahe Analytics\nGross salary: 3,800 – 4,600 EUR/month\nBSc in Computer Science.\n4+ years with Python.\n');
    expect(items.map((r) => r.kind)).toEqual(expect.arrayContaining(['degree', 'years']));
    const expected = read('Tallinn | Data Engineer | Lahe Analytics\nExpected monthly pay: 3,800 EUR\nBSc in Computer Science.\n');
    expect(expected.map((r) => r.kind)).toContain('degree');
  });
  it('but a pay heading alone on its line still heads the pay part', () => {
    const items = read('Tallinn | Data Engineer | Lahe Analytics\n\nRequirements\n- 4+ years with Python\n\nGross salary\n3,800 – 4,600 EUR a month, private health cover and a gym card\n');
    expect(items.some((r) => /gym/.test(r.text))).toBe(false);
  });
});

describe('"of" in a Dutch line', () => {
  it('is "or" between the options', () => {
    const items = read('Eindhoven | Backend Developer | Kempen Software\n\nWat vragen wij?\n- Minimaal 3 jaar ervaring met Python\n- Ervaring met MySQL of MariaDB\n');
    expect(items.find((r) => /MySQL/.test(r.text))?.groups).toEqual([expect.arrayContaining(['mysql', 'mariadb'])]);
  });
  it('but stays "of" in an English line', () => {
    const items = read('Acme | Engineer | Remote\n\nRequirements:\n- Knowledge of MySQL and of Redis internals\n');
    expect(items[0]!.groups.length).toBe(2);
  });
});

describe('leading across several teams', () => {
  const posting = 'Staff Engineer\nAcme · Remote\n\nQualifications\n- Experience leading multi-team technical initiatives\n- Go\n';
  const verdict = (work: string) => {
    const a = analyzePosting(engine, postingFromText(posting));
    const m = matchResume(engine, a, analyzeResume(engine, 'cv.txt', `Kim Lo\n\nExperience\nStaff Engineer — Foo — Jan 2018 – Present\n${work}\n- Go services\n`, TODAY));
    return m.requirements![a.requirements.findIndex((r) => /multi-team/.test(r.text))]!.verdict;
  };
  it('is met by a line that led a piece of work of several teams', () => {
    expect(verdict('- Led a 3-team rollout of the new deploy pipeline')).toBe('met');
    expect(verdict('- Led the migration across four teams to one logging stack')).toBe('met');
  });
  it('but not by a team member or a lead of one team', () => {
    expect(verdict('- A 3-team member of the on-call rota')).not.toBe('met');
    expect(verdict('- Led the payments team of five')).not.toBe('met');
  });
});

describe('Japanese, Korean and Chinese headings', () => {
  it('head the parts they name', () => {
    const items = read('名古屋 | インフラエンジニア | 栄システムズ\n\n仕事内容\nオンプレミスとクラウドの運用\n\n必須スキル\n- Linux サーバーの運用経験\n- Ansible の実務経験\n\n歓迎要件\n- Zabbix の運用経験\n\n月給: 35万円〜45万円\n');
    expect(items.find((r) => /Ansible/.test(r.text))?.importance).toBe('required');
    expect(items.find((r) => /Zabbix/.test(r.text))?.importance).toBe('preferred');
    expect(items.some((r) => /オンプレミス/.test(r.text))).toBe(false);
    const ko = read('판교 | 백엔드 개발자 | 하늘소프트\n\n주요업무\n- 결제 API 개발\n\n자격요건\n- Java 또는 Kotlin 개발 경험 3년 이상\n\n우대사항\n- Kafka 운영 경험\n');
    expect(ko.find((r) => /Kafka/.test(r.text))?.importance).toBe('preferred');
    expect(ko.find((r) => /Java/.test(r.text))?.importance).toBe('required');
  });
  it('a wish word of the line makes it a wish among the asks', () => {
    const items = read('판교 | 백엔드 | 하늘\n\n자격요건\n- Java 개발 경험 3년 이상\n- Kafka 운영 경험 우대\n');
    expect(items.find((r) => /Kafka/.test(r.text))?.importance).toBe('preferred');
    expect(items.find((r) => /Java/.test(r.text))?.importance).toBe('required');
  });
  it('as a label on a line with its ask, the heading word stays the line\u2019s own', () => {
    const items = read('東京 | Dev | 神田ウェブ\n必須スキル: Goでの実務経験3年以上\n歓迎: 英語での業務経験\n');
    expect(items.map((r) => r.kind)).toEqual(expect.arrayContaining(['years', 'language']));
  });
  it('but a heading word inside a sentence heads nothing', () => {
    const items = read('大阪 | SRE | 梅田テック\n\n応募資格\n- Kubernetes の運用経験\n- 業務内容に合わせて Go を学べる方\n');
    expect(items.filter((r) => r.importance === 'required').length).toBe(2);
  });
});

describe('a role that runs to the present in brackets', () => {
  const total = (dates: string) => analyzeResume(engine, 'cv.txt', `Lee Park\nLeeds\n\nExperience\nSenior Engineer, Tollway Labs, ${dates}\n- Kubernetes for 40 services\n`, TODAY).profile!.totalYears;
  it('runs to today', () => {
    expect(total('Mar 2020 – (present)')).toBeGreaterThan(6);
    expect(total('2021 – [Current]')).toBeGreaterThan(5);
  });
  it('but a bracket after a closed range is a note', () => {
    expect(total('Mar 2020 – Mar 2022 (contract)')).toBeCloseTo(2, 0);
  });
});

describe('Portuguese headings', () => {
  it('head their parts: "Diferenciais" the wishes, "Requisitos" the asks, "O que oferecemos" the perks', () => {
    const items = read('Recife | Engenheiro de Dados | Capibaribe Tech\n\nAtividades\n- Manter pipelines de dados\n\nRequisitos\n- Experiência com Python e SQL\n\nDiferenciais\n- Airflow\n\nO que oferecemos\n- Plano de saúde e Gympass\n');
    expect(items.find((r) => /Airflow/.test(r.text))?.importance).toBe('preferred');
    expect(items.find((r) => /Python/.test(r.text))?.importance).toBe('required');
    expect(items.some((r) => /Gympass|pipelines/.test(r.text))).toBe(false);
  });
});
