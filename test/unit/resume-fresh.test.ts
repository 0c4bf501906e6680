import { describe, expect, it } from 'vitest';
import { findDateRanges, monthString } from '@/lib/resume/dates';
import { resumeProfile } from '@/lib/resume/profile';
import { resumeSections } from '@/lib/resume/sections';
import { bundled } from '@/lib/skills/taxonomy';
import { EXPECTED, FIELDS, profileOf, scoreOne, type Score } from './resume-fresh-score';

const TODAY = new Date('2026-12-01T12:00:00Z');
const profileOfText = (text: string) => resumeProfile(text, resumeSections(text), () => [], TODAY);
const range = (s: string) => findDateRanges(s).map((r) => `${monthString(r.start)}..${r.end === null ? 'now' : monthString(r.end)}`);

/**
 * Fields of the fresh resumes still read wrong (see the report of issue 12): a list that may only shrink.
 * pdf-columns.txt is two columns merged line by line, as a PDF viewer's copy gives them.
 */
const KNOWN_WRONG = [
  'freelance-backend.txt: titles',
  'pdf-columns.txt: companies',
  'pdf-columns.txt: role dates',
  'pdf-columns.txt: total years',
  'pdf-columns.txt: degrees',
  'pdf-columns.txt: languages',
];

describe('fresh resumes, values computed by hand before the code read them', () => {
  const engine = bundled();
  for (const want of EXPECTED.resumes) {
    it(want.file, () => {
      const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Score['right'];
      const s: Score = { right: zero(), total: zero(), wrong: [] };
      scoreOne(want, profileOf(engine, want.file), s);
      const unexpected = s.wrong.filter((w) => !KNOWN_WRONG.some((k) => w.startsWith(k + ':')));
      expect(unexpected).toEqual([]);
    });
  }
});

describe('classes of resume text the fresh set found', () => {
  it('reads quarters and halves of a year: a start in its first month, an end in its last', () => {
    expect(range('Q3 2021 – present')).toEqual(['2021-07..now']);
    expect(range('Q1 2018 – Q2 2021')).toEqual(['2018-01..2021-06']);
    expect(range('H2 2019 - H1 2020')).toEqual(['2019-07..2020-06']);
  });

  it('reads "since" after a dash that sets the dates apart', () => {
    expect(range('Cloud Security Engineer, Azurite SAS, Paris — since 2021')).toEqual(['2021-01..now']);
    expect(range('Kept the service up since 2019')).toEqual([]);
  });

  it('reads Australian clearance levels, the highest named', () => {
    expect(profileOfText('Liam\nBaseline and NV1 security clearances (current)\n').clearance).toBe('NV1');
    expect(profileOfText('Liam\nHolds NV2.\n').clearance).toBe('NV2');
    expect(profileOfText('Liam\nBaseline clearance\n').clearance).toBe('Baseline');
  });

  it('a bracket of honours, of the degree abbreviation or of its level is not the field', () => {
    const degrees = (line: string) => profileOfText(`Jo\n\nEducation\n${line}\n`).degrees;
    expect(degrees('BEng (Hons) Computer Science, University of Leeds, 2011 – 2014')).toEqual([{ level: 'bachelor', field: 'Computer Science' }]);
    expect(degrees('Bachelor of Science (Honours) in Statistics, University of Melbourne')).toEqual([{ level: 'bachelor', field: 'Statistics' }]);
    expect(degrees('Bachelor of Applied Science (BASc), Computer Engineering')).toEqual([{ level: 'bachelor', field: 'Computer Engineering' }]);
    expect(degrees("Diplôme d'Ingénieur (Master's level), Telecom Engineering, INSA Lyon")).toEqual([{ level: 'master', field: 'Telecom Engineering' }]);
    expect(degrees('MSc (AI), Imperial College London')).toEqual([{ level: 'master', field: 'AI' }]);
    expect(degrees('MSc (Data Science), University of Leeds')).toEqual([{ level: 'master', field: 'Data Science' }]);
  });

  it('a place in brackets after the company is not part of its name', () => {
    const p = profileOfText('Aisha\n\nExperience\nStaff Engineer, Ledgerline (London, UK)\nApril 2020 – Present\nScala.\n');
    expect(p.roles[0]).toMatchObject({ title: 'Staff Engineer', company: 'Ledgerline' });
  });

  it('a career break, dated like a role, is not one', () => {
    const p = profileOfText(
      'Hannah\n\nExperience\nSenior Engineer, Acme Inc.\nJan 2023 – Present\n\nCareer Break\nJun 2019 – Dec 2022\n• Full-time parent.\n\nDeveloper, Orca Ltd.\nApr 2014 – May 2019\n',
    );
    expect(p.roles.map((r) => r.start)).toEqual(['2023-01', '2014-04']);
    expect(p.totalYears).toBe(9.2);
  });
});
