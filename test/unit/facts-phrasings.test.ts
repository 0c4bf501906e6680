import { describe, expect, it } from 'vitest';
import { postingFacts } from '../../lib/requirements/facts';
import { postingFromText } from '../../lib/posting/text';

// Work mode, pay, years and degree said in ways the labelled postings do not use, each sentence written for this
// test, in three batches written one after another, each scored before any rule was made for it: batch A 35/42,
// batch B 21/29 (start code) and 22/29 (after batch A's fixes), batch C 8/14 both before and after. The sentences
// still read wrong are left out here and listed in the session's closing note: mostly work mode said without
// its usual words ("commute to our campus daily", "the job is at our factory").
const CASES: Array<[string, string, string, unknown]> = [
  ["mode","We build tools for farms.","Fully distributed team; work from wherever you like.","remote"],
  ["mode","We build tools for farms.","This is an in-office role at our Denver HQ.","onsite"],
  ["mode","We build tools for farms.","Two days a week in our Berlin office, the rest from home.","hybrid"],
  ["mode","We build tools for farms.","Remote-friendly, but we meet in person monthly in Austin.","remote"],
  ["mode","We build tools for farms.","You will work from our Paris studio five days a week.","onsite"],
  ["mode","We build tools for farms.","Flexible: office in Oslo or remote within Norway.","remote"],
  ["mode","We build tools for farms.","WFH possible after onboarding; otherwise in office.","hybrid"],
  ["mode","We build tools for farms.","Location: anywhere in the EU (remote).","remote"],
  ["mode","We build tools for farms.","We are office-first in San Francisco.","onsite"],
  ["mode","We build tools for farms.","Hybrid (3/2) in Toronto.","hybrid"],
  ["mode","We build tools for farms.","On-site only, no remote.","onsite"],
  ["mode","We build tools for farms.","Work remotely from any US state.","remote"],
  ["mode","We build tools for farms.","Our customers run remote sensors in the field.",null],
  ["mode","We build tools for farms.","We love in-person whiteboarding sessions at our quarterly offsite.",null],
  ["pay","We build tools for farms.","Salary: $140,000–$175,000 plus equity.",[140000,175000,"USD","year"]],
  ["pay","We build tools for farms.","Pay range 95k to 120k GBP.",[95000,120000,"GBP","year"]],
  ["pay","We build tools for farms.","€60–80k depending on experience.",[60000,80000,"EUR","year"]],
  ["pay","We build tools for farms.","Compensation: USD 180K - 220K base.",[180000,220000,"USD","year"]],
  ["pay","We build tools for farms.","$85/hr to $110/hr on a 6-month contract.",[85,110,"USD","hour"]],
  ["pay","We build tools for farms.","CA$130,000 – CA$150,000 a year.",[130000,150000,"CAD","year"]],
  ["pay","We build tools for farms.","Base salary of 900,000 to 1,100,000 SEK.",[900000,1100000,"SEK","year"]],
  ["pay","We build tools for farms.","The base pay for this role is between $120K and $160K.",[120000,160000,"USD","year"]],
  ["pay","We build tools for farms.","We raised $12M from great investors.",null],
  ["pay","We build tools for farms.","Our platform processes $2B in payments per year.",null],
  ["pay","We build tools for farms.","A $2,000 yearly learning budget.",null],
  ["yrs","We build tools for farms.","You bring six or more years of building backend services.",6],
  ["yrs","We build tools for farms.","At least 4 years in a production SRE role.",4],
  ["yrs","We build tools for farms.","Seven-plus years writing Go professionally.",7],
  ["yrs","We build tools for farms.","We have been around for 12 years.",null],
  ["yrs","We build tools for farms.","Our team has a combined 80 years of experience.",null],
  ["yrs","We build tools for farms.","Minimum five years of hands-on Kubernetes.",5],
  ["yrs","We build tools for farms.","You have shipped software for 8+ years.",8],
  ["yrs","We build tools for farms.","10 years ago we started in a garage.",null],
  ["yrs","We build tools for farms.","Experience: 2+ years.",2],
  ["deg","We build tools for farms.","A degree in computer science or a related field is required.","bachelor"],
  ["deg","We build tools for farms.","PhD in machine learning or equivalent research experience.","phd"],
  ["deg","We build tools for farms.","Bachelor's in Engineering preferred.","bachelor"],
  ["deg","We build tools for farms.","MSc or higher in statistics.","master"],
  ["deg","We build tools for farms.","No degree needed: show us what you built.",null],
  ["deg","We build tools for farms.","Our founders met during their PhDs at MIT.",null],
  ["deg","We build tools for farms.","BSc/MSc in Physics, Math or CS.","bachelor"],
  ["mode","We build tools for clinics.","We work from home; the whole company is online.","remote"],
  ["mode","We build tools for clinics.","Please note this role requires being in our Seattle office every day.","onsite"],
  ["mode","We build tools for clinics.","Remote within UTC±3.","remote"],
  ["mode","We build tools for clinics.","A mix of office and home working (at least 2 office days).","hybrid"],
  ["mode","We build tools for clinics.","You can live anywhere in Canada.","remote"],
  ["mode","We build tools for clinics.","We build remote monitoring for wind turbines.",null],
  ["mode","We build tools for clinics.","We get together in person twice a year.",null],
  ["mode","We build tools for clinics.","Hybrid-remote, with an office in Leeds if you want one.","remote"],
  ["mode","We build tools for clinics.","In-office Tuesdays and Thursdays.","hybrid"],
  ["pay","We build tools for clinics.","Salary band: £55,000–£70,000.",[55000,70000,"GBP","year"]],
  ["pay","We build tools for clinics.","$160k–$200k + 0.2% equity.",[160000,200000,"USD","year"]],
  ["pay","We build tools for clinics.","Up to €95,000 gross per year.",[null,95000,"EUR","year"]],
  ["pay","We build tools for clinics.","We pay 7,000–9,000 CHF per month.",[7000,9000,"CHF","month"]],
  ["pay","We build tools for clinics.","Total compensation $250K–$320K (base + bonus).",[250000,320000,"USD","year"]],
  ["pay","We build tools for clinics.","Our seed round was $4.5M.",null],
  ["pay","We build tools for clinics.","Home-office stipend of $1,500.",null],
  ["yrs","We build tools for clinics.","You have five or more years of professional development behind you.",5],
  ["yrs","We build tools for clinics.","We have helped clinics for over 15 years.",null],
  ["yrs","We build tools for clinics.","12+ years building distributed systems.",12],
  ["yrs","We build tools for clinics.","Our engineers average 9 years of experience.",null],
  ["yrs","We build tools for clinics.","Three years minimum in a customer-facing engineering role.",3],
  ["deg","We build tools for clinics.","Degree in Computer Science or comparable experience.","bachelor"],
  ["deg","We build tools for clinics.","Master's degree required.","master"],
  ["deg","We build tools for clinics.","A doctorate in chemistry is a plus.","phd"],
  ["deg","We build tools for clinics.","We do not care about degrees.",null],
  ["mode","We make billing software.","This position is 100% remote.","remote"],
  ["mode","We make billing software.","We are a remote company with optional coworking in Lisbon.","remote"],
  ["mode","We make billing software.","Work from anywhere within four hours of Eastern time.","remote"],
  ["mode","We make billing software.","Hybrid: Tuesdays and Thursdays together in SF.","hybrid"],
  ["mode","We make billing software.","In-person offsites every quarter, otherwise fully remote.","remote"],
  ["yrs","We make billing software.","4-6 years of experience as a data engineer.",4],
  ["yrs","We make billing software.","We have served banks for 20 years.",null],
  ["yrs","We make billing software.","A minimum of 3 years writing TypeScript.",3],
];

describe('facts in phrasings not tuned on', () => {
  it.each(CASES)('%s: %s %s', (kind, intro, sentence, want) => {
    const f = postingFacts(postingFromText(`Acme | Engineer\n\n${intro}\n\n${sentence}`));
    const got = kind === 'mode' ? f.workMode : kind === 'yrs' ? f.yearsMin : kind === 'deg' ? (f.degree?.level ?? null) : f.salary ? [f.salary.min, f.salary.max, f.salary.currency, f.salary.period] : null;
    expect(got).toEqual(want);
  });
});
