import { describe, expect, it } from 'vitest';
import { carefulSession } from './readers';

// Ten postings in styles not covered before (a Lever posting's "What we need to see" / "Ways to stand out from the
// crowd"; "Who should apply" and "Bonus points"; two openings at once, "For both openings:" and "For the senior opening,
// additionally:"; a Bristol role in pounds with the right to work in the UK; a Toronto role in CAD, hybrid 3 days, with
// "Bilingual in English and French is an asset"; payments and messaging, "PCI DSS compliance" and "Twilio or another
// messaging API"; a HIPAA integrations role with "Epic or Cerner certification"; a staff SRE role asking "12 years …, of
// which at least 5 in SRE …"; an internship "graduating in 2027 or 2028" paid by the hour; a Dublin role asking a Stamp 4
// after the perks) and ten resumes (dates as "Aug'2022", "Q3 2019", "Since Q2 2022", "2019–now", "since 2021",
// "03/2023"; several titles at one company; freelance periods; a career break; a degree expected in 2027), all written
// for this test (session 34, none from a real posting). Each pair's facts (years, work mode, pay, sponsorship, clearance,
// degree) and verdicts were decided by hand before Fitmark read them (test/fixtures/text/careful/s34-decided.json).
// First read: 58 of 60 facts and 53 of 75 verdicts as decided; now 59 of 60 facts and 66 of 75 verdicts (70 of 75 after
// session 35's item forms, requirements-forms-10: "3 years+ … in Python (pandas, scikit-learn)" asked pandas of its own,
// and "Demand forecasting or pricing experience" had lost "pricing" as an option).
// Mended (lib/posting/sections.ts, lib/requirements/facts.ts, certs.ts, terms.ts, lib/match/requirements.ts; fresh tests
// in sections-2, facts-fresh-6 and match-careful-9):
// - "What we need to see", "Who should apply", "What we're after", "For both openings" were no headings (or the roles on
//   offer), and "Ways to stand out from the crowd" (seven words, no colon) neither: their asks were lost or required.
// - "4+ years" asked only "For the senior opening, additionally" was read as the posting's minimum.
// - "Epic or Cerner certification" was met by HL7 work with Epic: now a choice of certifications in words.
// - "Bilingual in English and French" was met by "French (intermediate, B1)": now partial.
// - "Applicants must hold a valid Stamp 4 …" after the perks' list was read as a perk, and its ask lost.
// - "You have shipped at least two apps to the App Store", "A project that deals with audio" and "You've worked with
//   Core Location or MapKit" (names the taxonomy does not know) were "cannot tell".
// Still read wrong (not asserted):
// - Canada: "A college diploma or university degree … is preferred" reads as a bachelor's (decided: the diploma, an
//   associate's level; lib/requirements/text.ts), and "Advanced Diploma, Computer Programming" is no degree of the
//   resume's profile (lib/resume), so the item is unknown; decided met.
// - "Knowledge of 10DLC registration" is unknown (not in the taxonomy); decided unmet.
// Mended in session 35 (#12; lib/match/requirements.ts, lib/resume/dates.ts; fresh tests in match-careful-11):
// - "Experience with Twilio or another messaging API" was unmet against "SMS … over the Vonage and Plivo APIs": a product
//   the resume calls by the kind's noun, on a line about the kind's work, now meets "another <kind>".
// - "Since Q2 2022" before a title was no role (2.8 years for 7.4): the quarter was read alone; after "since" it opens.
// - Already read right by then (session 34/35 work, now asserted): "Aug'2022 – Present" and "Aug'2025 – present" read
//   as August, and "Knowledge of the UK energy market or utility billing" is met by smart-meter analytics.
// Mended in session 35 (taxonomy implications; fresh tests in implied-s35), s34 68 -> 71 of 75: "Working knowledge of
// HTTP, REST APIs and webhooks" was partial (REST integrations now show HTTP) and "Comfortable on the command line"
// unmet against bash and curl (shell scripts and curl now show the command line); "4+ years in a technical support or
// solutions engineering role" was unmet, the title "Support Engineer" showing no technical support (now partial, 2.9
// years, as decided).
//
// A second batch (s34b), written and decided after those fixes and read once: a posting hiring at three levels ("For
// all three roles:", "For the Senior role:", "For the Staff role:"), a Warsaw B2B role "PLN net + VAT per month", a
// clinic asking "Epic Ambulatory or Epic Bridges certification" and "Experience as a nurse, medical assistant or
// pharmacist", an EU Android role ("What we need to see", "A side project involving audio or signal processing").
// First read: 22 of 24 facts and 25 of 31 verdicts as decided; now 24 of 24 and 27 of 31 (facts.ts: the period after
// "+ VAT", the openings a shared part counts; match: a role asked by its name, a project by its subjects); 29 of 31 after
// session 35's item forms (requirements-forms-10): "Experience testing REST APIs (Postman, REST Assured or similar)"
// asked REST APIs and Postman both (now one pick: the bracket's tools are examples of the work), and "Knowledge of PSD2",
// the last wish, now gives its item.
// Still read wrong (not asserted):
// - "We cannot sponsor work permits; you must already have the right to work in an EU country" keeps only its first
//   clause, unknown; the resume's "Dutch citizen" meets the second; decided met.
// Mended in session 35 (taxonomy; implied-s35), s34b 28 -> 30 of 31: "Experience with routing or geospatial data
// (PostGIS)" asks GIS and PostGIS, and "PostGIS queries" showed neither (PostGIS was a name of PostgreSQL; now a skill
// that shows PostgreSQL and GIS); "Experience testing REST APIs (Postman, REST Assured or similar)" was partial, "API
// tests in Postman" showing no REST APIs (now Postman shows REST APIs).
const { pair, verdictsOf } = carefulSession('s34');
const second = carefulSession('s34b');

describe('what a careful reader reads in postings of new styles (session 34)', () => {
  it('a Lever posting: "What we need to see" asks, "Ways to stand out from the crowd" wishes', () => {
    const { a, byText, resume } = pair('lever');
    // "Aug'2022 – Present": August, and the roles below it read.
    expect(resume.profile!.roles[0]).toMatchObject({ start: '2022-08', end: null });
    expect(resume.profile!.totalYears).toBeCloseTo(9.5, 0);
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'remote', sponsorship: false, clearance: null, salary: { min: 158000, max: 186000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdictsOf('lever', ['5+ years of experience in data engineering', 'Strong SQL and Python', 'Hands-on experience with an orchestration', 'Experience with Snowflake', "A bachelor's degree", 'Experience with streaming', 'Background in retail', 'Familiarity with Spark'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet']);
    expect(byText('5+ years of experience in data engineering').item.importance).toBe('required');
    expect(byText('Familiarity with Spark').item.importance).toBe('preferred');
  });

  it('"Who should apply": apps shipped to the App Store, years of Swift, titles at one company', () => {
    const { a, resume } = pair('apply');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'hybrid', sponsorship: null, clearance: null, degree: null, salary: { min: 125000, max: 150000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('apply', ['You have shipped at least two apps', '3+ years writing Swift', 'You are comfortable with SwiftUI', "You've worked with Core Location", 'You write unit tests', 'Experience with Kotlin or Android'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met']);
    expect(resume.profile!.totalYears).toBeCloseTo(9.9, 0);
  });

  it('two openings: what both ask, years only the senior one asks (no minimum of the posting), a career break', () => {
    const { a } = pair('both');
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 58000, max: 90000, currency: 'EUR', period: 'year' } });
    expect(verdictsOf('both', ['Excellent written English', 'You can read a stack trace', 'Experience writing internal tooling', "You've mentored", 'Working knowledge of HTTP', 'Comfortable on the command line', '4+ years in a technical support'])).toEqual(['met', 'met', 'met', 'unknown', 'met', 'met', 'partial']);
  });

  it('a Bristol role in pounds: "What we\'re after", the right to work in the UK held as a British citizen', () => {
    const { a, resume } = pair('uk');
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'hybrid', sponsorship: false, clearance: null, degree: null, salary: { min: 55000, max: 68000, currency: 'GBP', period: 'year' } });
    expect(verdictsOf('uk', ['Solid commercial experience with Python', 'Good knowledge of PostgreSQL', 'Experience with message queues', 'An understanding of testing', 'Experience with Docker', 'Knowledge of the UK energy', 'Some exposure to AWS', 'You must have the right to work'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'met']);
    // "Since Q2 2022" before a title opens a role to the present.
    expect(resume.profile!.totalYears).toBeCloseTo(7.4, 0);
  });

  it('a Toronto role in CAD, hybrid 3 days: bilingual asked, French given at B1', () => {
    const { a, byText } = pair('canada');
    expect(a.facts).toMatchObject({ yearsMin: 6, workMode: 'hybrid', sponsorship: false, clearance: null, salary: { min: 120000, max: 145000, currency: 'CAD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ required: false });
    expect(verdictsOf('canada', ['6+ years', 'Expert in TypeScript', 'Experience with state management', 'Strong understanding of web accessibility', 'Experience testing with Jest', 'Bilingual in English and French', 'Legally eligible'])).toEqual(['met', 'met', 'met', 'met', 'met', 'partial', 'met']);
    expect(byText('Bilingual in English and French').verdict.evidence).toBe('The resume gives French at B1; bilingual asked.');
  });

  it('payments and messaging on site: years across a career break, PCI DSS, sponsorship offered', () => {
    const { a } = pair('pci');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'onsite', sponsorship: true, clearance: null, degree: null, salary: { min: 170000, max: 200000, currency: 'USD', period: 'year' } });
    expect(verdictsOf('pci', ['5+ years of backend development', 'Experience building payment flows', 'Experience with Twilio', 'Solid understanding of relational', 'Experience being on call', 'Worked with Stripe Connect'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met']);
  });

  it('a HIPAA integrations role: a certification of a vendor is not its use', () => {
    const { a } = pair('hipaa');
    expect(a.facts).toMatchObject({ yearsMin: 2, workMode: 'remote', sponsorship: false, clearance: null, salary: { min: 98000, max: 121000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: false });
    expect(verdictsOf('hipaa', ["Bachelor's degree", '2+ years', 'Experience with HL7', 'Working knowledge of HIPAA', 'Proficiency in C#', 'SQL Server or another', 'Experience with an integration engine', 'Epic or Cerner certification', 'Candidates must be authorized'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unknown']);
  });

  it('a staff SRE role: "12 years …, of which at least 5 in SRE …", no contribution named', () => {
    const { a } = pair('staff');
    expect(a.facts).toMatchObject({ yearsMin: 12, workMode: 'remote', sponsorship: true, clearance: null, salary: { min: 245000, max: 290000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true, equivalentExperience: true });
    expect(verdictsOf('staff', ['12 years of industry', 'Expertise in Kubernetes', 'Fluency in Go', 'Deep experience with Prometheus', 'You have led incident response', 'A BS in Computer Science', 'Contributions to CNCF', 'Experience with eBPF'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unmet']);
  });

  it('an internship graduating in 2027 or 2028, paid by the hour: a project about audio', () => {
    const { a, resume } = pair('intern');
    // "Aug'2025 – present": August 2025.
    expect(resume.profile!.roles[0]).toMatchObject({ start: '2025-08', end: null });
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'onsite', sponsorship: false, clearance: null, salary: { min: 48, max: 48, currency: 'USD', period: 'hour' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true });
    expect(verdictsOf('intern', ['Currently pursuing', 'Coursework or projects', 'Some experience with at least one', 'Familiarity with Git', 'A project that deals with audio', 'Experience with React', 'You must be authorized'])).toEqual(['met', 'met', 'met', 'met', 'met', 'unmet', 'met']);
  });

  it('a Dublin role: a Stamp 4 or EU citizenship asked after the perks, held by an Irish citizen', () => {
    const { a } = pair('dublin');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'hybrid', sponsorship: false, clearance: null, salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'master', required: true });
    expect(verdictsOf('dublin', ['MSc or PhD', 'Experience running A/B', 'Strong SQL', 'Experience with Databricks', 'Applicants must hold'])).toEqual(['met', 'met', 'met', 'met', 'met']);
    // (Session 35: the bracket's libraries are examples of Python, no ask of their own; "pricing" is an option in words.)
    expect(verdictsOf('dublin', ['3 years+ building predictive models', 'Demand forecasting or pricing'])).toEqual(['met', 'met']);
  });
});

describe('a second batch, decided after the fixes and read once (session 34b)', () => {
  it('three levels: the shared asks, each level\u2019s years, no minimum for the level without a part', () => {
    const { a } = second.pair('levels');
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 140000, max: 215000, currency: 'USD', period: 'year' } });
    expect(second.verdictsOf('levels', ['Strong Go or Java', 'Experience with PostgreSQL and a message broker', 'Comfort with on-call', '5+ years of professional backend', 'Experience mentoring', '8+ years', 'You have set the technical direction', 'AWS or Azure certification', 'Experience with routing'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unknown', 'met', 'met']);
  });

  it('a Warsaw B2B role by the month: fluency at B2, an ISTQB certificate', () => {
    const { a } = second.pair('warsaw');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'hybrid', sponsorship: null, clearance: null, degree: null, salary: { min: 20000, max: 26000, currency: 'PLN', period: 'month' } });
    // (s57: "Fluent Polish and English" against "English (B2)" is partly met: fluency is C1, as s55 to s57 decided; it read
    // B2 as fluent, met, until then.)
    expect(second.verdictsOf('warsaw', ['At least 4 years in test automation', 'Strong TypeScript', 'Experience testing REST APIs', 'Fluent Polish and English', 'ISTQB certification', 'Experience with Appium', 'Knowledge of PSD2'])).toEqual(['met', 'met', 'met', 'partial', 'met', 'unmet', 'unmet']);
  });

  it('a clinic: an Epic certification named, an associate degree plus years, a medical assistant\u2019s title', () => {
    const { a } = second.pair('clinic');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'onsite', sponsorship: false, clearance: null, salary: { min: 82000, max: 99000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'associate', required: true });
    expect(second.verdictsOf('clinic', ['3+ years supporting an EHR', 'Epic Ambulatory or Epic Bridges certification', 'Experience writing SQL reports', 'Working knowledge of HIPAA', "A bachelor's degree", 'Experience as a nurse', 'ServiceNow certification', 'Candidates must be authorized'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet', 'unknown']);
  });

  it('an EU Android role: an app on Google Play, a side project on audio', () => {
    const { a } = second.pair('android');
    expect(a.facts).toMatchObject({ yearsMin: 3, workMode: 'remote', sponsorship: false, clearance: null, degree: null, salary: { min: 60000, max: 75000, currency: 'EUR', period: 'year' } });
    expect(second.verdictsOf('android', ['3+ years building Android apps', 'You have published at least one app', 'Experience with Jetpack Compose', 'Experience with Bluetooth Low Energy', 'A side project involving audio', 'Experience with medical device software'])).toEqual(['met', 'met', 'met', 'met', 'met', 'unmet']);
  });
});
