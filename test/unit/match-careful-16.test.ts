import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, TODAY } from './readers';

// Readings mended after careful-reader-15's first read (session 38b, #12): each with lines written for this test and a
// counter-example.
function verdictOf(line: string, resume: string, title = 'Moorhen | Engineer | Remote') {
  const a = analyzePosting(engine, postingFromText(`${title}\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
}
const facts = (text: string, title = 'Moorhen | Engineer | Remote') => postingFacts(postingFromText(`${title}\n\n${text}`));
const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;

describe('resumes', () => {
  it('a Portuguese resume: its education heading, its degree named by field, its languages in Portuguese', () => {
    const p = profile('Duarte Neves\nBraga, Portugal\n\nEXPERIÊNCIA PROFISSIONAL\nEngenheiro DevOps — Gaivota Tech        janeiro de 2021 – atual\n- Terraform e AWS\n\nFORMAÇÃO ACADÉMICA\nLicenciatura em Engenharia Informática, Universidade do Minho, 2020\n\nLÍNGUAS\nPortuguês (nativo), Inglês (fluente), Espanhol (básico)\n');
    expect(p.degrees.map((d) => d.level)).toEqual(['bachelor']);
    expect(p.languages).toEqual(expect.arrayContaining(['Portuguese', 'English', 'Spanish']));
  });

  it('a volunteer role under the experience heading adds no years of work; "Research and industry experience" heads roles', () => {
    const r = (volunteer: string) => profile(`Lena Aho\n\nExperience\n${volunteer}, Harbour Food Bank — 2022 to 2025\n- Microsoft 365 admin\nSystems Administrator, Pike Hosting — 2015 to 2022\n- Linux\n`).totalYears;
    expect(r('IT coordinator (volunteer)')).toBeCloseTo(7, 0);
    expect(r('IT coordinator')).toBeCloseTo(10, 0);
    const rs = profile('Omar Salih\n\nRESEARCH AND INDUSTRY EXPERIENCE\nDoctoral Researcher — Kestrel University Systems Lab        Oct 2022 – present\n- Slurm scheduling\n');
    expect(rs.totalYears).toBeCloseTo(4.2, 0);
  });
});

describe('verdicts', () => {
  it('"Bilingualism (English and French)" asks both fluently: French at B1 is partial, at C2 met', () => {
    const r = (fr: string) => `Lou Caron\nOttawa\n\nExperience\nCloud Administrator, Loon Hosting, 2019 \u2013 present\n- Azure\n\nLanguages\nEnglish (native), French (${fr})\n`;
    expect(verdictOf('Bilingualism (English and French)', r('intermediate, B1')).verdict).toBe('partial');
    expect(verdictOf('Bilingualism (English and French)', r('C2')).verdict).toBe('met');
  });

  it('Canada\u2019s Reliability Status: a clearance fact, and met by the resume\u2019s own', () => {
    expect(facts('Requirements:\n- Must be eligible for Government of Canada Reliability Status\n').clearance).toBe('Reliability');
    expect(facts('Requirements:\n- Enhanced Reliability screening is required\n').clearance).toBe('Enhanced Reliability');
    const held = 'Remy Gagne\nGatineau \u00b7 Reliability Status (valid to 2029)\n\nExperience\nSysadmin, Loon Hosting, 2019 \u2013 present\n- Linux\n';
    expect(verdictOf('Must be eligible for Government of Canada Reliability Status', held).verdict).toBe('met');
    expect(verdictOf('Must be eligible for Government of Canada Reliability Status', held.replace(' \u00b7 Reliability Status (valid to 2029)', '')).verdict).not.toBe('met');
  });

  it('a doctorate whose thesis is submitted but not examined is not held yet', () => {
    const phd = (line: string) => `Ada Wren\n\nExperience\nResearch Engineer, Tern AI, 2023 \u2013 present\n- PyTorch\n\nEducation\n${line}\nMSc Computer Science, University of Bath, 2018\n`;
    expect(verdictOf('PhD in Computer Science', phd('PhD in Computer Science, University of Bristol \u2014 thesis submitted, awaiting the viva')).verdict).not.toBe('met');
    expect(verdictOf('PhD in Computer Science', phd('PhD in Computer Science, University of Bristol, 2022')).verdict).toBe('met');
  });

  it('years of industry experience leave academic posts out', () => {
    const r = 'Ivo Sand\n\nExperience\nML Engineer, Skua AI, Jan 2025 \u2013 present\n- PyTorch\nPostdoctoral Researcher, University of Leeds, Jan 2020 \u2013 Dec 2024\n- CUDA\n';
    expect(verdictOf('3+ years of industry experience', r).verdict).toBe('partial');
    expect(verdictOf('3+ years of experience', r).verdict).toBe('met');
  });
});
