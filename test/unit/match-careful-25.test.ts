import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 42 careful batch (s42, careful-reader-23 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s42-decided.json and s42-second-decided.json, committed first in
// 6a537b0): each row's verdict, each resume's total years, the score's range, the best fit, and, for the two postings given
// a second resume, which of the two fits better. The resumes: dates written five ways ("April '22 to date", "Sept. 2019 –
// Mar 2022", "2017/05 - 2019/08", "03.2022 – obecnie / present", "June – Aug 2026"), a career break in brackets,
// overlapping part-time and contract roles, freelance clients under a limited company, education with dates, titles that
// name skills ("Firmware Engineer (C, FreeRTOS)"), role lines that open with the team ("Core Ledger, Sandhill Payments —
// Staff Software Engineer"), a federal resume with hours per week, a bootcamp graduate with a skills section only.
// First read: verdicts 72/108, totals 9/12 (second resumes 1/2), scores in range 13/14, best fits 13/14, the better
// resume 2/2. Final read: verdicts 77/108, totals 12/12 (second resumes 1/2), scores in range 13/14, best fits 14/14, the
// better resume 2/2.
// Mended by class (tests below, each with counter-examples): the present in Polish, Dutch, Swedish, Czech … ends a range;
// a part-time job outside the field leaves the years of work; Indeed's "Ability to Commute / Relocate" against the
// resume's address; a range of years whose ceiling is above five is a band, not a cap (s41b's '7-10 years' it.fails now
// passes); a certificate asked at one level and held at another is partial.
// Still read otherwise (not asserted): "AWS (S3, Lambda, Glue)" with 3 years asks each service's years (the project's
// convention, exampleGroups), Lambda only in the skills section: partial; "7-10 yrs designing and operating high-volume
// distributed systems" partial, distributed systems not read from a ledger at 25M postings a day; "one year of
// specialized experience … GS-11 … in the Federal service" asks government technology and a Navy and defence-contractor
// career does not show it; "Semantic HTML and modern CSS/SCSS" partial (HTML and CSS not read from Vue and SCSS work);
// Instruments, CarPlay, watchOS, CAN bus, scopes: no skill the taxonomy knows, cannot tell; soft asks (written
// communication, leading multi-team work) cannot tell; "attend the Birmingham office weekly" against Solihull cannot tell;
// the skills-only bootcamp resume has no dated role (total null, decided 0) and scores 0 (decided 5-40).
describe('the session 42 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s42');
    expect([got.verdictsOf, got.totalsOf]).toEqual([108, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(77);
    expect(got.totals).toBe(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s42');
    expect(got.of).toBe(14);
    expect(got.inRange).toBeGreaterThanOrEqual(13);
    expect(got.fits).toBeGreaterThanOrEqual(14);
    expect(got.totals).toBeGreaterThanOrEqual(1);
    expect(got.better).toBe(2);
  });
});

const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;
/** The verdicts of a posting's rows (its requirements written as bullets) against a resume. */
function verdicts(lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`Corrie Labs | Engineer | Remote\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements!.map((v) => v.verdict);
}

describe('the session 42 mends, each with a counter-example (resumes written for these tests)', () => {
  it('the present said in Polish, Dutch, Swedish or Czech ends a range; the same word inside a name does not', () => {
    const pl = profile('Ola Wrzos\n\nDOŚWIADCZENIE\nAndroid Developer, Mleczarnia Apps        04.2021 – obecnie\n- Kotlin\nJunior Developer, Kodplac        09.2018 – 03.2021\n- Java\n');
    expect(pl.roles.map((r) => [r.start, r.end])).toEqual([['2021-04', null], ['2018-09', '2021-03']]);
    const nl = profile('Joost Verbeek\n\nWERKERVARING\nBackend Developer, Gracht Software        2020 – heden\n- Go\n');
    expect(nl.roles.map((r) => r.end)).toEqual([null]);
    const sv = profile('Elin Sund\n\nERFARENHET\nSystemutvecklare, Fjällbit AB        2019 – idag\n- C#\n');
    expect(sv.roles.map((r) => r.end)).toEqual([null]);
  });

  it('a part-time job outside the field (no skill named, no title of the field\u2019s) is left out of the years of work', () => {
    const cv = (extra: string) => profile(`Mo Reyes\n\nEXPERIENCE\nFrontend Developer, Lantern Tickets        Jan 2022 – Dec 2024\n- React and TypeScript\n\n${extra}\n\nEDUCATION\nBSc Computing, 2018 – 2021\n`);
    expect(cv('Barista (part-time), Daily Grind Café        2016 – 2021').totalYears).toBeCloseTo(3, 0);
    // Counter-examples: the field's part-time work counts, by its title or by the skills it names; so does full-time work outside the field.
    expect(cv('Web Developer (part-time), Corner Print        2019 – 2021').totalYears).toBeCloseTo(5, 0);
    expect(cv('Part-time tutor, Riverside College        2019 – 2021\n- Taught Python to first-years').totalYears).toBeCloseTo(5, 0);
    expect(cv('Barista, Daily Grind Café        2019 – 2021').totalYears).toBeCloseTo(5, 0);
  });

  it('Indeed\u2019s "Ability to Commute" and "Ability to Relocate" lines against the resume\u2019s address', () => {
    const lines = ['Raleigh, NC 27601 (Required)', 'Raleigh, NC 27601: Relocate before starting work (Required)'];
    expect(verdicts(lines, 'Dana Ortiz\nCary, NC 27513 · dana@mail.example\n\nEXPERIENCE\nEngineer, Oakcity Labs        2020 – present\n- Go\n')).toEqual(['met', 'met']);
    // Counter-example: in another state a commute is unmet, and a move before starting cannot be told from a resume.
    expect(verdicts(lines, 'Dana Ortiz\nAustin, TX 78701 · dana@mail.example\n\nEXPERIENCE\nEngineer, Oakcity Labs        2020 – present\n- Go\n')).toEqual(['unmet', 'unknown']);
  });

  it('a senior range of years ("6-9 years") is a band, not a cap; a junior one ("1-3 years") well past is still partial', () => {
    const veteran = 'Sam Ito\n\nEXPERIENCE\nPrincipal Engineer, Kumo Systems        2010 – present\n- Java\n';
    expect(verdicts(['6-9 years of software engineering experience', '1-3 years of software engineering experience'], veteran)).toEqual(['met', 'partial']);
  });

  it('a certificate asked at one level and held at another is partly met; the level asked, or none asked, is met', () => {
    const resume = 'Ines Duarte\n\nEXPERIENCE\nQA Engineer, Vela Bank        2019 – present\n- Test automation\n\nCERTIFICATIONS\nISTQB Certified Tester Foundation Level (2019)\n';
    expect(verdicts(['ISTQB Expert Level certification'], resume)).toEqual(['partial']);
    expect(verdicts(['ISTQB Foundation Level certification'], resume)).toEqual(['met']);
    expect(verdicts(['ISTQB certification'], resume)).toEqual(['met']);
  });
});

