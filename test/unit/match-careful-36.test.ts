import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { agreement, engine, scoresAgree, TODAY } from './readers';

// The session 53 careful batch (s53, careful-reader-34 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s53-decided.json and s53-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: a Wroclaw Java developer whose CV is in Polish (and a Poznan frontend developer
// who wrote one Spring Boot service); a data engineer at a life insurer and a savings bank (and an ad-tech data engineer
// with German at B1); an SRE who ran 25 incidents and has the CKA exam booked (and a Dublin platform engineer with no
// French); a Rotterdam data engineer with Spark and one Elasticsearch index (and a search engineer who maintains a public
// library of Lucene analyzers); a developer back after a ten-year career break through a returnship (and a games developer
// of five years); a mechanical engineer of seven years turned data analyst (and a statistics graduate with an internship);
// a transit agency's engineer and core committer to an open-source transit platform (and a ride-hailing engineer with
// PostGIS); an insurer's staff engineer who cut a 10x latency regression (and an engineer who owned a service through 10x
// traffic growth); a bank's cloud security engineer working towards CISSP (and a games studio's DevSecOps engineer); an SDK
// engineer who maintains a public Rust library (and a fintech engineer with two pull requests to a library); a claims
// engineer who led 14 incidents (and a video streaming engineer who carries the pager); a validation engineer with ISTQB
// (and a bank's QA engineer studying for it).
// First read (b8197f0b's code): verdicts 77/89, totals 12/12 (second resumes 10/12), scores in range 14/24, best fits 17/24,
// the better resume 12/12.
// After the mends below (made on these pairs, so not an untuned figure): verdicts 85/89, scores in range 18/24, best fits
// 21/24 (totals 12/12, second totals 10/12, the better resume 12/12 unchanged).
// Still read otherwise (not asserted): the Polish asks "znajomosc Reacta", "doswiadczenie z Kubernetesem" (no skill read in
// the Polish case; the any-of helper's area), and "w Javie", "Kafki" read as no Java and Kafka Streams only (the Poznan
// frontend developer 60 against 35-55); the ad-tech data engineer's German B1 against C1 unmet by s46's rule (two steps
// short), where I had decided partial (58 against 60-72); "Profiling JVM services ... and GC tuning" partly met by Kotlin
// alone (its JVM read as a group of its own; 63 against 45-62); "Computer system validation following GAMP 5" unknown
// against a bank's QA resume (75 against 60-70); the fintech engineer's silence on documentation read unmet (technical
// writing as a skill), where I had decided unknown (43 against 45-62); the ride-hailing engineer 64 against 65-80; the
// statistics graduate's total years null (an internship under "Internship").
describe('the session 53 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s53');
    expect([got.verdictsOf, got.totalsOf]).toEqual([89, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(85);
    expect(got.totals).toBeGreaterThanOrEqual(12);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s53');
    expect(got.of).toBe(24);
    // (Changed openly at the s53 merge, 18 -> 17: the any-of helper's Polish case endings now read "znajomo\u015b\u0107 Reacta" as
    // React, which pracuj's first resume never names, so the row is unmet and the pair scores 83. Its decided "met" for
    // React, and the 85-100 range built on it, is a labelling slip: the resume has no React. The pair's second resume and
    // every other pair read as before.)
    expect(got.inRange).toBeGreaterThanOrEqual(17);
    expect(got.fits).toBeGreaterThanOrEqual(21);
    expect(got.totals).toBeGreaterThanOrEqual(10);
    expect(got.better).toBeGreaterThanOrEqual(12);
  });
});

/** A posting's rows (its requirements written as bullets, under a header of the caller's) matched against a resume. */
function matched(header: string, lines: string[], resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n${lines.map((l) => `- ${l}`).join('\n')}\n`));
  return { a, m: matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)) };
}
const HEADER = 'Millrace Tooling | Software Engineer | Derby, UK';
/** A resume: a name, the caller's head lines, then roles ("Title, Company        Mon YYYY - end" with their lines). */
const cvOf = (head: string[], roles: Array<[string, string, string[]]>) =>
  `Ruairi Ferncombe\n${head.join('\n')}\n\nEXPERIENCE\n${roles.map(([title, when, lines]) => `${title}        ${when}\n${lines.map((l) => `- ${l}`).join('\n')}`).join('\n\n')}\n`;
const one = (title: string, lines: string[], head: string[] = []) => cvOf(head, [[title, 'Mar 2020 \u2013 present', lines]]);
/** The verdict of the row that starts with `start` (the first row where none is named). */
const verdictOf = (ask: string, resume: string, header = HEADER, start?: string) => {
  const { a, m } = matched(header, [ask], resume);
  const k = start ? a.requirements.findIndex((r) => r.text.startsWith(start)) : 0;
  if (k < 0) throw new Error(`no row starts "${start}": ${a.requirements.map((r) => r.text).join(' / ')}`);
  return m.requirements![k]!;
};

describe('the session 53 mends, each with a counter-example (postings and resumes written for these tests)', () => {
  it('years asked in a regulated industry are those of roles in one, in English, German or French', () => {
    const insurer = cvOf([], [
      ['Data Engineer, Tamar Mutual Assurance', 'Jan 2022 \u2013 present', ['Policy data pipelines in Python']],
      ['Developer, Kestle Games', 'Jan 2016 \u2013 Dec 2021', ['Unity tools']],
    ]);
    for (const ask of ['At least 3 years in a regulated industry', 'Mindestens 3 Jahre Erfahrung in einer regulierten Branche']) {
      const v = verdictOf(ask, insurer);
      expect(v.verdict, ask).toBe('met');
      expect(v.evidence, ask).toMatch(/regulated industries/);
    }
    // (Counter-examples: the same ten years spent at a games studio and an ad agency are in no regulated industry; a
    // year at a bank of six is short of three.)
    const games = cvOf([], [
      ['Data Engineer, Kestle Games', 'Jan 2022 \u2013 present', ['Player telemetry pipelines in Python']],
      ['Developer, Brightfold Adverts', 'Jan 2016 \u2013 Dec 2021', ['Campaign reporting in SQL']],
    ]);
    expect(verdictOf('At least 3 years in a regulated industry', games).verdict).toBe('unmet');
    expect(verdictOf('Au moins 3 ans dans un secteur r\u00e9glement\u00e9', games).verdict).not.toBe('met');
    const shortBank = cvOf([], [
      ['Developer, Penwith Savings Bank', 'Jan 2026 \u2013 present', ['Core banking batch jobs in Java']],
      ['Developer, Kestle Games', 'Jan 2020 \u2013 Dec 2025', ['Unity tools']],
    ]);
    expect(verdictOf('At least 3 years in a regulated industry', shortBank).verdict).toBe('partial');
  });

  it('a language the resume says it lacks is not one it lists', () => {
    const ask = 'Fluent German';
    expect(verdictOf(ask, one('Platform Engineer', ['Terraform for the AWS estate'], ['Languages: English (native); no German yet']), HEADER, 'Fluent German').verdict).toBe('unmet');
    expect(verdictOf(ask, one('Platform Engineer', ['Terraform for the AWS estate'], ['Languages: English (native), German: none']), HEADER, 'Fluent German').verdict).toBe('unmet');
    // (Counter-example: German listed, and "no" before another word: "worked with no German customers" is not about the resume's German.)
    expect(verdictOf(ask, one('Platform Engineer', ['Terraform for the AWS estate'], ['Languages: English (native), German (fluent)']), HEADER, 'Fluent German').verdict).toBe('met');
  });

  it('a band of years from 0 against a career changer: the years as what the title names are those it counts', () => {
    const header = 'Thornbury Mills | Junior Data Analyst | Leeds, UK';
    const changer = cvOf([], [
      ['Data Analyst, Aire Foods', 'Feb 2026 \u2013 present', ['SQL and Power BI reports on waste']],
      ['Quality Engineer, Aire Foods', 'Jan 2017 \u2013 Jan 2026', ['Ran the HACCP audits for two plants']],
    ]);
    const v = verdictOf('0-2 years of experience', changer, header);
    expect(v.verdict).toBe('met');
    expect(v.evidence).toMatch(/data analyst/);
    // (Counter-example: nine years as a data analyst are past the band, as before.)
    const senior = cvOf([], [
      ['Senior Data Analyst, Aire Foods', 'Feb 2021 \u2013 present', ['SQL and Power BI reports on waste']],
      ['Data Analyst, Calder Retail', 'Jan 2017 \u2013 Jan 2021', ['Excel and SQL sales reports']],
    ]);
    expect(verdictOf('0-2 years of experience', senior, header).verdict).toBe('partial');
  });

  it('on-call asked in words (a pager carried, an astreinte): met by a line on call or commanding incidents', () => {
    const ask = 'You are happy to carry the pager one week in five';
    expect(verdictOf(ask, one('Backend Engineer', ['Go services for billing; on call for them one week in four'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Backend Engineer', ['Incident commander for nine payment outages; wrote the reviews'])).verdict).toBe('met');
    // (Counter-example: a pager app built for others is no pager carried; nothing said stays unknown.)
    expect(verdictOf(ask, one('Mobile Developer', ['Built a pager app for hospital porters in Kotlin'])).verdict).not.toBe('met');
  });

  it('a record of making things faster: a figure of speed gained meets it; growth borne does not', () => {
    const ask = 'A track record of making slow systems faster';
    expect(verdictOf(ask, one('Backend Engineer', ['Brought the search p95 down from 1.8 s to 240 ms with a covering index'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Backend Engineer', ['Rewrote the pricing batch in Rust: 6x faster'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Backend Engineer', ['Owned the booking service while its traffic grew 8x'])).verdict).toBe('unmet');
    expect(verdictOf(ask, one('Backend Engineer', ['Cut cloud spend by 30% on the booking service'])).verdict).toBe('unmet');
  });

  it('technical writing told by documents written for others; documents read are none', () => {
    const ask = 'Strong technical writing';
    expect(verdictOf(ask, one('Developer Advocate', ['Wrote the SDK quick-start guides and the API reference for three languages'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Developer Advocate', ['Read the API reference and answered forum questions'])).verdict).not.toBe('met');
  });

  it('open source asked in words: a library maintained meets a maintainer asked, pull requests in part, none at all not', () => {
    const ask = 'You maintain an open-source library with real users';
    expect(verdictOf(ask, one('Software Engineer', ['Maintainer of a public library for parsing ICS calendars (900 stars)'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Software Engineer', ['Sent three pull requests to a widely used logging library'])).verdict).toBe('partial');
    expect(verdictOf('You have contributed to open-source software', one('Software Engineer', ['Sent three pull requests to a widely used logging library'])).verdict).toBe('met');
    expect(verdictOf('You have contributed to open-source software', one('Software Engineer', ['Python services for the warehouse'])).verdict).toBe('unmet');
  });

  it('knowledge of rules asked: met by a line naming them, their example or regulator; unmet where none is named', () => {
    const ask = 'Knowledge of UK data protection law (GDPR, DPA 2018)';
    expect(verdictOf(ask, one('Backend Engineer', ['Built the subject access request export to meet GDPR deadlines'])).verdict).toBe('met');
    expect(verdictOf(ask, one('Backend Engineer', ['Python services for the warehouse'])).verdict).toBe('unmet');
    // (Not an ask of rules: "Knowledge of the Linux kernel" is judged as before.)
    expect(verdictOf('Knowledge of the Linux kernel', one('Backend Engineer', ['Python services for the warehouse'])).evidence).not.toMatch(/rules asked/);
  });

  it('backend work told by a service named before its language', () => {
    const ask = '5+ years of backend engineering';
    const r = cvOf([], [
      ['Senior Engineer, Hollin Pay', 'Jan 2020 \u2013 present', ['Made the ledger service ready for the move to Java 21']],
      ['Engineer, Hollin Pay', 'Jan 2019 \u2013 Dec 2019', ['Internal tools']],
    ]);
    expect(verdictOf(ask, r).verdict).toBe('met');
    // (Counter-example: a language's client library in an app is no backend: "the mobile app's Java SDK".)
    const app = cvOf([], [['Senior Engineer, Hollin Pay', 'Jan 2020 \u2013 present', ['Kept the app and its Kotlin SDK up to date']]]);
    expect(verdictOf(ask, app).verdict).not.toBe('met');
  });
  it('public transport asked as an industry: a transit authority or its buses and timetables tell it; ride-hailing does not', () => {
    const ask = 'Experience at a public transit agency';
    const agency = cvOf([], [['Data Engineer, Severn Vale Transit Authority', 'Jan 2021 \u2013 present', ['Timetable and ridership pipelines in Python']]]);
    expect(verdictOf(ask, agency).verdict).toBe('met');
    const operator = cvOf([], [['Developer, Wyvern Coaches', 'Jan 2021 \u2013 present', ['Route planning for 300 buses and the bus depots that run them']]]);
    expect(verdictOf('Une exp\u00e9rience dans le monde du transport public', operator).verdict).toBe('met');
    // (Counter-examples: ride-hailing dispatch and an event bus are no public transport.)
    const rides = cvOf([], [['Backend Engineer, Zipcab', 'Jan 2021 \u2013 present', ['Driver dispatch and rider pricing in Go; Kafka as the event bus']]]);
    expect(verdictOf(ask, rides).verdict).toBe('unmet');
  });

  it('"X, including Y": Y in plain words is asked with X; X shown without it is met in part', () => {
    const ask = 'PostgreSQL, including writing and tuning stored procedures';
    expect(verdictOf(ask, one('Database Developer', ['PostgreSQL stored procedures for the billing run; tuned the slow ones with EXPLAIN']), HEADER, 'PostgreSQL').verdict).toBe('met');
    expect(verdictOf(ask, one('Backend Developer', ['Django on PostgreSQL for the booking site']), HEADER, 'PostgreSQL').verdict).toBe('partial');
    // (Counter-example: a choice after "including" is no one thing asked.)
    expect(verdictOf('Cloud platforms, including AWS or GCP', one('Backend Developer', ['Django services on AWS (ECS, RDS)'])).verdict).toBe('met');
  });

  it('years asked in French "sur un poste DevOps ou SRE": a platform engineer\u2019s years count, a developer\u2019s do not', () => {
    const ask = "Au moins 3 ans d'exp\u00e9rience sur un poste DevOps ou SRE";
    const platform = cvOf([], [
      ['Platform Engineer, Rance Cloud', 'Jan 2022 \u2013 present', ['Terraform modules for the shared clusters']],
      ['DevOps Engineer, Rance Cloud', 'Jan 2021 \u2013 Dec 2021', ['Jenkins pipelines']],
    ]);
    expect(verdictOf(ask, platform).verdict).toBe('met');
    const dev = cvOf([], [
      ['Frontend Developer, Rance Cloud', 'Jan 2022 \u2013 present', ['React pages for the console']],
      ['DevOps Engineer, Rance Cloud', 'Jan 2021 \u2013 Dec 2021', ['Jenkins pipelines']],
    ]);
    expect(verdictOf(ask, dev).verdict).not.toBe('met');
  });
  it('bilingual asked, or a foreign posting\u2019s own language asked fluent, not listed: unmet beside another it lists', () => {
    const cv = one('Platform Engineer', ['Terraform for the AWS estate'], ['Languages: English (native), Polish (B2)']);
    expect(verdictOf('Bilingual in English and Dutch', cv, HEADER, 'Bilingual').verdict).toBe('unmet');
    expect(verdictOf('Allemand courant et anglais technique', cv, HEADER, 'Allemand').verdict).toBe('unmet');
    // (Counter-examples: in an English posting, a language asked fluent beside English is lacking in part, as before.)
    expect(verdictOf('Fluent Dutch and good English', cv, HEADER, 'Fluent Dutch').verdict).toBe('partial');
    expect(verdictOf('Fluent English and some Dutch', cv, HEADER, 'Fluent English').verdict).toBe('partial');
  });
});
