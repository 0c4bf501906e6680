import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';

// The session 49 careful batch (s49, careful-reader-30 holds the postings' side): the resume's side, decided by hand
// before Fitmark read them (test/fixtures/text/careful/s49-decided.json and s49-second-decided.json, committed first):
// each row's verdict, each resume's total years, the score's range, the best fit, and, for every posting's second resume,
// which of the two fits better. The resumes: a Java engineer at a freight company whose lines never say system design,
// testing, operational stability or SDLC (and a second: a bootcamp full-stack developer); a C# and Selenium test
// automation engineer in insurance (and a manual QA tester at a mortgage servicer); an iOS developer whose app has 22,000
// ratings but whose resume never names the App Store (and a junior whose one app was "released on the App Store"); an
// Angular engineer against "such as React" (and a React engineer who worked on film sets); a student with two internships
// graduating in May 2027 (and a 2024 graduate two years into a job); a staff engineer who led teams but managed no one
// (and an engineering manager of six); a controls engineer, EIT, without the PE the city requires (and a P.E.); a
// Salesforce developer in Phoenix against "Local candidates only" in Charlotte (and a local one with four years); a German
// SAP developer trained by apprenticeship (and an ABAP consultant in Bengaluru with no German); a French GIS developer
// (and a Java developer); a senior search engineer against a Senior or Staff posting (and a staff search engineer); a
// Canadian robotics engineer against ITAR (and a U.S. citizen in Huntsville).
// First read: verdicts 69/101, totals 11/12 (second resumes 12/12), scores in range 13/24, best fits 13/24, the better
// resume 11/12.
describe('the session 49 careful batch: the resumes', () => {
  it('the decided verdicts and total years', () => {
    const got = agreement('s49');
    expect([got.verdictsOf, got.totalsOf]).toEqual([101, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(69);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s49');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(13);
    expect(got.fits).toBeGreaterThanOrEqual(13);
    expect(got.totals).toBeGreaterThanOrEqual(12);
    expect(got.better).toBeGreaterThanOrEqual(11);
  });
});
