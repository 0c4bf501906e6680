import { describe, expect, it } from 'vitest';
import { agreement, scoresAgree } from './readers';
import { secondAgree } from './second-verdicts';

// The session 58 careful batch (s58, careful-reader-39 holds the postings' side and names the tune and report parts: the
// odd postings, queue, platnosci, almen, imaging, praha and traghetti, and their resumes are tune; the even ones report):
// the resume's side, decided by hand before Fitmark read them (test/fixtures/text/careful/s58-decided.json and
// s58-second-decided.json, committed first): each row's verdict, each resume's total years, the score's range, the best
// fit, and, for every posting's second resume, which of the two fits better and each of its rows' verdicts. The resumes:
// a ticket marketplace's engineer who "Owned the RFC process" (and an insurer's Go engineer who wrote design docs, no
// ticketing); a card payments engineer (and a web shop's developer who wired in a bank's payment gateway, English B2, a
// vocational diploma); a payment gateway's Python developer (and a freight software developer); a credit co-operative's
// banking systems analyst (and a retailer's business analyst who was a savings bank's customer service representative);
// a social-housing association's IT supporter (and a steel firm's administrator with Exchange 2016 on premises); a sports
// streaming lead (and an online course company's on-demand video engineer who wrote design documents); a Sectra PACS
// administrator (and a CT technologist who is the Sectra PACS super-user); a municipality's IT consultant (and a
// shipping firm's technician with Exchange 2019 on premises and a trade certificate); an Exchange 2019 on-premises
// administrator (and an agency's administrator with Exchange Online only); an energy and water company's data engineer
// (and a web retailer's, English B2); a tour operator's booking engine developer (and an insurer's Java developer,
// English B1); a rostering systems officer who configures HealthRoster (and a ward manager who builds rosters in it).
// Decided: an industry asked ("ticketing or live events", "pagos con tarjeta", "branży płatności", "financial sector",
// "almene boligsektor", "setor da energia", "settore dei trasporti o del turismo", the NHS) met by a resume that worked
// in it (a credit co-operative or a savings bank is the financial sector; an online tour operator is tourism), unmet by
// one that did not, partial for a merchant that only wired in a payment gateway; "design docs and RFCs" met by owning
// the RFC process and by writing design docs; Exchange Online asked against Exchange on premises only, and Exchange
// Server on premises asked against Exchange Online only, partial; the super-user of a PACS partial for years of
// administering one and for administering the product named; a roster creator who uses HealthRoster unmet for
// configuring or supporting it; "Fluent" and its forms partial against B2; "Inglese scritto e parlato" partial for B1;
// "angličtina slovem i písmem" met by B2; a driving licence the resume does not mention unknown.
// First read (19c7ef94's code): verdicts 63/88 (tune 30/44, report 33/44), totals 11/12 (tune 6/6, report 5/6), second
// resumes' verdicts 56/88 (tune 27/44, report 29/44) and totals 11/12 (tune 6/6, report 5/6), scores in range 9/24 (tune
// 3/12, report 6/12), best fits 12/24 (tune 5/12, report 7/12), the better resume 10/12 (tune 5/6, report 5/6).
describe('the session 58 careful batch: the resumes', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided verdicts and total years', () => {
    const got = agreement('s58');
    expect([got.verdictsOf, got.totalsOf]).toEqual([88, 12]);
    expect(got.verdicts).toBeGreaterThanOrEqual(63);
    expect(got.totals).toBeGreaterThanOrEqual(11);
  });

  it('the second resumes\u2019 decided verdicts', () => {
    const got = secondAgree('s58');
    expect(got.of).toBe(88);
    expect(got.verdicts).toBeGreaterThanOrEqual(56);
  });

  it('the scores, the best fits and the better of two resumes as decided', () => {
    const got = scoresAgree('s58');
    expect(got.of).toBe(24);
    expect(got.inRange).toBeGreaterThanOrEqual(9);
    expect(got.fits).toBeGreaterThanOrEqual(12);
    expect(got.totals).toBeGreaterThanOrEqual(11);
    expect(got.better).toBeGreaterThanOrEqual(10);
  });
});
