import { describe, expect, it } from 'vitest';
import { agreement, rowsAgree } from './readers';

// The session 62 careful batch (s62): twelve postings written for this test, in markets and languages the earlier batches
// had barely or never written, weighted to the verdict classes s61 left read wrong. Numbered in the order of
// s62-decided.json; the odd ones and their resumes are the tune part (fixes are drawn from their misses only), the even
// ones the report part (totals only):
//  1 tune   belgrade    a Belgrade outsourcing firm's DevOps engineer, in Serbian (Latin) and English ("AWS Certified
//                       Solutions Architect – Professional ili sličan sertifikat", "Kafka u produkciji, najmanje 3 godine");
//  2 report sofia       a Sofia fintech's SRE, in Bulgarian ("CKA или подобен сертификат", Kubernetes for three years,
//                       "Опит в регулирана банка" as a plus);
//  3 tune   hanoi       a Hanoi game studio's backend engineer, in Vietnamese (Kafka for two years, games as a plus, "AWS
//                       Solutions Architect – Associate trở lên");
//  4 report telaviv     a Tel Aviv network-detection start-up, in English and Hebrew (IDF service done, "CCNP Security or
//                       similar", the defence industry as a plus);
//  5 tune   dubai       a Dubai airline's cloud team ("6+ years in infrastructure, at least 3 years of it with Azure IaaS",
//                       "Azure Solutions Architect Expert or similar", a UAE driving licence, aviation and the public
//                       sector as pluses);
//  6 report tbilisi     a Tbilisi bank's network engineer, in English and Georgian ("Cisco CCNP Enterprise or similar",
//                       "Experience in a regulated bank");
//  7 tune   baku        a Baku offshore oil company's OT network engineer, in Azerbaijani and English (years with an OT
//                       part, "Cisco CCNP or similar", "Hərbi xidmət keçmiş olmaq", BOSIET "or willingness");
//  8 report almaty      an Almaty telecom's DevOps engineer, in Russian ("Kafka в продакшене от 2 лет", "CKA или
//                       аналогичный", "Наличие военного билета");
//  9 tune   bilbao      a Basque steel maker's MES technician, in Spanish ("Mínimo 3 años de experiencia con sistemas MES",
//                       "Carné de conducir B y vehículo propio", Euskera and the steel trade as pluses);
// 10 report luxembourg  a Luxembourg fund administrator's infrastructure engineer, in French and German ("AZ-104 ou une
//                       certification similaire", German or Luxembourgish, a regulated financial sector as a plus);
// 11 tune   manila      a Manila BPO's platform engineer ("At least 2 years of hands-on Azure IaaS migrations", "CKA or
//                       similar", the BPO industry and the public sector as pluses);
// 12 report nairobi     a Nairobi mobile-money backend ("KCSE certificate with a mean grade of B- or above", Kafka for two
//                       years, "A valid driving licence", "a regulated bank or SACCO").
// Facts, requirement rows, verdicts, totals, score ranges and the best fits decided by hand before Fitmark read them
// (test/fixtures/text/careful/s62-decided.json and s62-second-decided.json, committed first). This file holds the
// posting's side: facts and rows. match-careful-45 holds the resume's side.
// First read (54cc88da's code): facts 62/72 (tune 32/36, report 30/36), rows 76/105 (tune 36/52, report 40/53), not asked
// 27/27 (tune 14/14, report 13/13).
describe('the session 62 careful batch: the postings', () => {
  // Floors: the figures as read, rising as the misreadings are mended.
  it('the decided facts', () => {
    const got = agreement('s62');
    expect(got.factsOf).toBe(72);
    expect(got.facts).toBeGreaterThanOrEqual(62);
  });

  it('the decided rows, and what is not asked', () => {
    const got = rowsAgree('s62');
    expect([got.rowsOf, got.quietOf]).toEqual([105, 27]);
    expect(got.rows).toBeGreaterThanOrEqual(76);
    expect(got.quiet).toBeGreaterThanOrEqual(27);
  });
});
