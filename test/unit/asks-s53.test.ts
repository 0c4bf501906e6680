import { describe, expect, it } from 'vitest';
import { analyzeResume } from '@/lib/analyze';
import { engine, pairMatch, rowOf, TODAY } from './readers';

// Written for this test (session 53, #12): classes found on the lead's fresh pairs and older careful pairs of session 53.
const profileOf = (resume: string) => analyzeResume(engine, 'cv.txt', resume, TODAY).profile!;

describe("the headline's language is the work of the software roles that name none of their own", () => {
  const resume = (headline: string, older: string, olderLine: string) =>
    [
      'Ines Carvalho',
      `${headline} \u00b7 Porto \u00b7 ines.carvalho@example.pt`,
      '',
      'EXPERIENCE',
      'Backend Engineer \u2014 Marisco Bank \u2014 Mar 2021 \u2013 present',
      '- Owned the card disputes service and its on-call rota',
      '- Cut the nightly settlement run from 50 to 12 minutes',
      '',
      `${older} \u2014 Lusovia Telecom \u2014 Jan 2016 \u2013 Feb 2021`,
      `- ${olderLine}`,
      '',
      'EDUCATION',
      'MSc Informatics, University of Porto, 2015',
    ].join('\n');

  it('"Senior Python Engineer" above two software roles whose lines name no language: Python for both roles\' years', () => {
    const p = profileOf(resume('Senior Python Engineer', 'Software Engineer', 'Built the number porting workflow for three regulators'));
    expect(p.skillYears['python']).toBeGreaterThan(10);
    const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- 8+ years of experience writing Python'].join('\n');
    const text = resume('Senior Python Engineer', 'Software Engineer', 'Built the number porting workflow for three regulators');
    expect(rowOf(posting, text, '8+ years').verdict.verdict).toBe('met');
  });

  it('counter-example: a role whose title is no software post ("Network Engineer") is not counted', () => {
    const p = profileOf(resume('Python Developer', 'Network Engineer', 'Ran the core routers of the northern region'));
    expect(p.skillYears['python']).toBeGreaterThan(5);
    expect(p.skillYears['python']).toBeLessThan(6.5);
  });

  it('counter-example: a role whose lines name another language keeps it, not the headline\'s', () => {
    const p = profileOf(resume('Python Developer', 'Software Engineer', 'Java services for number porting, on WebLogic'));
    expect(p.skillYears['python']).toBeLessThan(6.5);
    expect(p.skillYears['java']).toBeGreaterThan(4.5);
  });

  it('counter-example: a headline that names no language ("Platform Engineer") credits none', () => {
    const p = profileOf(resume('Platform Engineer', 'Software Engineer', 'Built the number porting workflow for three regulators'));
    expect(p.skillYears['python'] ?? 0).toBe(0);
    expect(p.skillYears['go'] ?? 0).toBe(0);
  });
});

describe('an ask the posting waives ("we do not expect you to know it") is no gap', () => {
  const resume = ['Sam Okafor', 'EXPERIENCE', 'Backend Developer \u2014 Tarn Mills \u2014 2019 \u2013 present', '- Kotlin services for the order book'].join('\n');
  it('"Willingness to pick up our GCP setup; we don\'t expect you to know it already" reads unknown, not unmet', () => {
    const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- Kotlin in production', "- Willingness to pick up our GCP setup; we don't expect you to know it already"].join('\n');
    expect(rowOf(posting, resume, 'Willingness').verdict.verdict).toBe('unknown');
  });
  it('counter-example: "we expect you to know it" is an ask like any other', () => {
    const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- Kotlin in production', '- GCP: we expect you to know it well'].join('\n');
    expect(rowOf(posting, resume, 'GCP').verdict.verdict).toBe('unmet');
  });
});

describe('a course between "online" or "refresher" and "course" is study, not use', () => {
  const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- Java services', '', 'Nice to have', '- Quarkus'].join('\n');
  it('"Finished a weekend Quarkus starter course" shows Quarkus as studied: partial', () => {
    const resume = ['Lea Novak', 'PROFILE', 'Finished a weekend Quarkus starter course in 2026.', 'EXPERIENCE', 'Java Developer \u2014 Drava Post \u2014 2015 \u2013 present', '- Java services for parcel tracking'].join('\n');
    expect(rowOf(posting, resume, 'Quarkus').verdict.verdict).toBe('partial');
  });
  it('counter-example: Quarkus on a role\'s line is used at work: met', () => {
    const resume = ['Lea Novak', 'EXPERIENCE', 'Java Developer \u2014 Drava Post \u2014 2015 \u2013 present', '- Java services on Quarkus for parcel tracking'].join('\n');
    expect(rowOf(posting, resume, 'Quarkus').verdict.verdict).toBe('met');
  });
});

describe('technical writing is shown by the documents a line says the writer wrote', () => {
  const posting = ['Acme | Staff Engineer | Remote', '', 'Requirements', '- Go services', '- Strong technical writing'].join('\n');
  it('"Authored the operator guide and three RFCs" meets it', () => {
    const resume = ['Ada Brook', 'EXPERIENCE', 'Staff Engineer \u2014 Fenwick Grid \u2014 2018 \u2013 present', '- Go services for meter data', '- Authored the operator guide and three RFCs for the storage rewrite'].join('\n');
    expect(rowOf(posting, resume, 'Strong technical').verdict.verdict).toBe('met');
  });
  it('counter-example: a line that only read the guide does not', () => {
    const resume = ['Ada Brook', 'EXPERIENCE', 'Staff Engineer \u2014 Fenwick Grid \u2014 2018 \u2013 present', '- Go services for meter data', '- Followed the operator guide during upgrades'].join('\n');
    expect(rowOf(posting, resume, 'Strong technical').verdict.verdict).not.toBe('met');
  });
});

describe('a chain of shops is retail by its name', () => {
  const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- Python services', '', 'Nice to have', '- Experience in retail'].join('\n');
  it('"Harbor Supermarkets" and "Ridge Outfitters" are retail employers', () => {
    for (const employer of ['Harbor Supermarkets', 'Ridge Outfitters']) {
      const resume = ['Kim Lee', 'EXPERIENCE', `Software Engineer \u2014 ${employer} \u2014 2017 \u2013 present`, '- Python services for the loyalty scheme'].join('\n');
      expect(rowOf(posting, resume, 'Experience in retail').verdict.verdict).toBe('met');
    }
  });
  it('counter-example: a word of the trade in lower case in a line is not the employer\'s name', () => {
    const resume = ['Kim Lee', 'EXPERIENCE', 'Software Engineer \u2014 Ridge Analytics \u2014 2017 \u2013 present', '- Python services; stores events in S3'].join('\n');
    expect(rowOf(posting, resume, 'Experience in retail').verdict.verdict).toBe('unmet');
  });
});

describe('an entry-level span of years against a career changer', () => {
  const posting = ['Acme | Junior Support Engineer | Remote', '', 'Requirements', '- Experience: 0-2 years', '- Linux command line'].join('\n');
  it('roles all in another trade ("Store Manager", "Barista") meet "0-2 years"', () => {
    const resume = ['Noor Haddad', 'TRAINING', 'Linux bootcamp, 2026: shell, permissions, systemd', 'EXPERIENCE', 'Store Manager \u2014 Cedar Books \u2014 2018 \u2013 2025', '- Ran a team of 9', 'Barista \u2014 Roast Lane \u2014 2015 \u2013 2018'].join('\n');
    expect(rowOf(posting, resume, 'Experience: 0-2').verdict.verdict).toBe('met');
  });
  it('counter-example: seven years as a support engineer are more than the span asked: partial', () => {
    const resume = ['Noor Haddad', 'EXPERIENCE', 'Support Engineer \u2014 Cedar Cloud \u2014 2018 \u2013 2025', '- Linux command line, tickets', 'IT Technician \u2014 Roast Lane \u2014 2015 \u2013 2018'].join('\n');
    expect(rowOf(posting, resume, 'Experience: 0-2').verdict.verdict).toBe('partial');
  });
});

describe('years of a field "including time as" a role: the years are the field\'s; the role need only be shown', () => {
  const posting = ['Acme | Staff Engineer | Remote', '', 'Requirements', '- 9+ years in infrastructure or platform engineering, including some time as a team lead'].join('\n');
  it('eleven years of infrastructure roles, the latest a team lead\'s: met', () => {
    const resume = ['Ola Berg', 'EXPERIENCE', 'Infrastructure Engineer (Team Lead) \u2014 Nordvik Rail \u2014 2024 \u2013 present', '- Led a team of four on the timetable platform', 'Infrastructure Engineer \u2014 Fjell Data \u2014 2015 \u2013 2023', '- Terraform and Kubernetes for ticketing'].join('\n');
    expect(rowOf(posting, resume, '9+ years').verdict.verdict).toBe('met');
  });
  it('counter-example: too few years of the field is not met, whatever the lead time', () => {
    const resume = ['Ola Berg', 'EXPERIENCE', 'Infrastructure Engineer (Team Lead) \u2014 Nordvik Rail \u2014 2022 \u2013 present', '- Led a team of four on the timetable platform'].join('\n');
    expect(rowOf(posting, resume, '9+ years').verdict.verdict).not.toBe('met');
  });
});

describe('a field\'s tool or another option of the group: "Slurm or Kubernetes"', () => {
  const posting = ['Acme | ML Infrastructure Engineer | Remote', '', 'Requirements', '- Scheduling batch jobs on clusters with Slurm or Kubernetes'].join('\n');
  it('a resume that ran the jobs on Kubernetes meets it', () => {
    const resume = ['Jin Park', 'EXPERIENCE', 'Infrastructure Engineer \u2014 Halo Genomics \u2014 2020 \u2013 present', '- Ran 3,000 genome alignment jobs a day on Kubernetes'].join('\n');
    expect(rowOf(posting, resume, 'Scheduling').verdict.verdict).toBe('met');
  });
  it('counter-example: another scheduler of the field alone (PBS Pro) is partial', () => {
    const resume = ['Jin Park', 'EXPERIENCE', 'HPC Engineer \u2014 Halo Genomics \u2014 2020 \u2013 present', '- Ran 3,000 genome alignment jobs a day on PBS Pro'].join('\n');
    expect(rowOf(posting, resume, 'Scheduling').verdict.verdict).toBe('partial');
  });
});

describe('Gerrit is Git code review', () => {
  it('"Gerrit code review for the kernel team" shows Git', () => {
    const posting = ['Acme | Embedded Engineer | Remote', '', 'Requirements', '- C on embedded Linux', '- Git'].join('\n');
    const resume = ['Ana Ruiz', 'EXPERIENCE', 'Embedded Engineer \u2014 Sonda Labs \u2014 2018 \u2013 present', '- C drivers on embedded Linux; Gerrit code review for the kernel team'].join('\n');
    expect(rowOf(posting, resume, 'Git').verdict.verdict).toBe('met');
  });
});

describe('a professional services firm is an industry, not solutions engineering', () => {
  it('"at a consulting or professional services firm" does not ask Solutions engineering; "professional services or pre-sales" does', () => {
    const posting = (line: string) => ['Acme | IT Engineer | Remote', '', 'Requirements', `- ${line}`].join('\n');
    const resume = ['Ana Ruiz', 'EXPERIENCE', 'Solutions Engineer \u2014 Sonda Labs \u2014 2018 \u2013 present', '- Pre-sales demos'].join('\n');
    expect(rowOf(posting('Time at a consulting or professional services firm'), resume, 'Time at').item.groups.flat()).not.toContain('solutions-engineering');
    expect(rowOf(posting('Experience in professional services or pre-sales'), resume, 'Experience in').item.groups.flat()).toContain('solutions-engineering');
  });
});

describe('what a practice is done for, kinds of systems, is its scope', () => {
  const resume = ['Ana Ruiz', 'EXPERIENCE', 'Security Engineer \u2014 Sonda Labs \u2014 2018 \u2013 present', '- Threat models for the billing service and its partners'].join('\n');
  it('"Threat modeling for mobile apps and APIs" is met by threat models the resume shows', () => {
    const posting = ['Acme | Security Engineer | Remote', '', 'Requirements', '- Threat modeling for mobile apps and APIs'].join('\n');
    expect(rowOf(posting, resume, 'Threat modeling').verdict.verdict).toBe('met');
  });
  it('counter-example: a thing named for itself after "with" is asked: "Threat modeling with STRIDE and OWASP ASVS"', () => {
    const posting = ['Acme | Security Engineer | Remote', '', 'Requirements', '- Threat modeling and OWASP ASVS reviews'].join('\n');
    expect(rowOf(posting, resume, 'Threat modeling').verdict.verdict).not.toBe('met');
  });
});

describe("Canada's screening levels: Reliability is below Secret", () => {
  const posting = ['Shared Services | Cloud Analyst | Ottawa, ON', '', 'Requirements', '- Azure administration', '', 'Security', '- Secret security clearance'].join('\n');
  it('"Reliability status" held against a Secret clearance asked: partial', () => {
    const resume = ['Lee Roy', 'EXPERIENCE', 'Cloud Administrator \u2014 Rideau Mutual \u2014 2019 \u2013 present', '- Azure subscriptions and policies', 'Security clearance: Reliability status (2021)'].join('\n');
    expect(rowOf(posting, resume, 'Secret').verdict.verdict).toBe('partial');
  });
  it('counter-example: Enhanced Reliability asked is met by Enhanced Reliability held', () => {
    const asked = posting.replace('Secret security clearance', 'Enhanced Reliability status');
    const resume = ['Lee Roy', 'EXPERIENCE', 'Cloud Administrator \u2014 Rideau Mutual \u2014 2019 \u2013 present', '- Azure subscriptions and policies', 'Security: Enhanced Reliability status (2022)'].join('\n');
    expect(rowOf(asked, resume, 'Enhanced').verdict.verdict).toBe('met');
  });
});

describe('"or an acceptable combination of education, training and experience" stands in for the degree', () => {
  it('a college diploma and ten years of roles meet it', () => {
    const posting = ['Acme | Analyst | Ottawa, ON', '', 'Requirements', '- A university degree, or a suitable combination of education, training and experience'].join('\n');
    const resume = ['Lee Roy', 'EXPERIENCE', 'Systems Administrator \u2014 Rideau Mutual \u2014 2016 \u2013 present', '- Windows Server', 'EDUCATION', 'Diploma, Network Technology, Algonquin College, 2015'].join('\n');
    expect(rowOf(posting, resume, 'A university').verdict.verdict).toBe('met');
  });
});

describe('languages that are a condition of the post', () => {
  const resume = ['Lee Roy', 'EXPERIENCE', 'Cloud Administrator \u2014 Rideau Mutual \u2014 2019 \u2013 present', '- Azure subscriptions and policies', 'Languages: English'].join('\n');
  it('"Bilingual imperative CBC/CBC (English and French)" without French is unmet and caps the score', () => {
    const posting = ['Acme | Cloud Analyst | Ottawa, ON', '', 'Requirements', '- Azure administration', '- Bilingual imperative CBC/CBC (English and French)'].join('\n');
    const { m } = pairMatch(posting, resume);
    expect(rowOf(posting, resume, 'Bilingual').verdict.verdict).toBe('unmet');
    expect(m.score).toBeLessThanOrEqual(45);
  });
  it('counter-example: "English and French" with no word of condition is partly met, no cap', () => {
    const posting = ['Acme | Cloud Analyst | Ottawa, ON', '', 'Requirements', '- Azure administration', '- English and French'].join('\n');
    expect(rowOf(posting, resume, 'English and French').verdict.verdict).toBe('partial');
    expect(pairMatch(posting, resume).m.score).toBeGreaterThan(45);
  });
});

describe('a certification by its version with or without "v"', () => {
  const posting = ['Acme | IT Manager | Leeds', '', 'Requirements', '- ITIL v4 Foundation or equivalent'].join('\n');
  it('"ITIL 4 Foundation (2022)" meets "ITIL v4 Foundation"', () => {
    const resume = ['Lee Roy', 'EXPERIENCE', 'IT Lead \u2014 Aire Homes \u2014 2019 \u2013 present', '- Service desk of six', 'CERTIFICATIONS', 'ITIL 4 Foundation (2022)'].join('\n');
    expect(rowOf(posting, resume, 'ITIL').verdict.verdict).toBe('met');
  });
  it('counter-example: another version ("ITIL v3 Foundation") does not', () => {
    const resume = ['Lee Roy', 'EXPERIENCE', 'IT Lead \u2014 Aire Homes \u2014 2019 \u2013 present', '- Service desk of six', 'CERTIFICATIONS', 'ITIL v3 Foundation (2012)'].join('\n');
    expect(rowOf(posting, resume, 'ITIL').verdict.verdict).not.toBe('met');
  });
});

describe('"RIs" are Reserved Instances', () => {
  it('"Bought and tracked Savings Plans and RIs" meets an ask of commitment discounts', () => {
    const posting = ['Acme | FinOps Engineer | Remote', '', 'Requirements', '- Reserved Instances and Savings Plans'].join('\n');
    const resume = ['Hana Ito', 'EXPERIENCE', 'Cloud Cost Analyst \u2014 Kumo Media \u2014 2021 \u2013 present', '- Bought and tracked RIs for 40 accounts'].join('\n');
    expect(rowOf(posting, resume, 'Reserved').verdict.verdict).toBe('met');
  });
  it('counter-example: "RIS" in capitals (a radiology information system) is not', () => {
    const posting = ['Acme | FinOps Engineer | Remote', '', 'Requirements', '- Reserved Instances'].join('\n');
    const resume = ['Hana Ito', 'EXPERIENCE', 'Systems Analyst \u2014 Kumo Health \u2014 2021 \u2013 present', '- Upgraded the RIS for radiology'].join('\n');
    expect(rowOf(posting, resume, 'Reserved').verdict.verdict).toBe('unmet');
  });
});
