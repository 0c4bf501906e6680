import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
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
describe('the session 62 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s62');
    expect([got.verdictsOf, got.totalsOf]).toEqual([105, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(69);
    expect(got.totals).toBeGreaterThanOrEqual(8);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s62');
    expect(got.of).toBe(105);
    expect(got.verdicts).toBeGreaterThanOrEqual(64);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s62');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(13);
    expect(got.fits).toBeGreaterThanOrEqual(18);
    expect(got.totals).toBeGreaterThanOrEqual(9);
    expect(got.better).toBeGreaterThanOrEqual(10);
  });
});
