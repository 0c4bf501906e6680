import { describe, expect, it } from 'vitest';
import { rowOf } from './readers';

// Written for this test (session 54, #12): classes found on the lead's fresh pairs of session 54.

describe('years asked "as" a kind of role in the posting\'s own language count the roles titled so', () => {
  const resume = (title: string, from: string) =>
    ['Aino Virtanen', 'EXPERIENCE', `${title} \u2014 Tampere Grid Oy \u2014 ${from} \u2013 present`, '- Ran the deploy pipeline and the on-call rota', '', 'Support Technician \u2014 Nokia Campus \u2014 2014 \u2013 2017', '- Laptops and printers for 300 staff'].join('\n');
  const posting = (line: string) => ['Acme | DevOps | Remote', '', 'Requisitos', `- ${line}`].join('\n');

  it('"Al menos 3 a\u00f1os de experiencia como SRE, DevOps o administrador Linux": an SRE since 2018 meets it, DevOps unshown', () => {
    expect(rowOf(posting('Al menos 3 a\u00f1os de experiencia como SRE, DevOps o administrador Linux'), resume('SRE', 'Jan 2018'), 'Al menos').verdict.verdict).toBe('met');
  });
  it('"Mindestens 4 Jahre Berufserfahrung als SRE, DevOps oder Linux-Administrator": the same in German', () => {
    expect(rowOf(posting('Mindestens 4 Jahre Berufserfahrung als SRE, DevOps oder Linux-Administrator'), resume('SRE', 'Mar 2019'), 'Mindestens').verdict.verdict).toBe('met');
  });
  it('counter-example: the role titled so held for fewer years than asked does not meet it', () => {
    expect(rowOf(posting('Mindestens 6 Jahre Berufserfahrung als SRE, DevOps oder Linux-Administrator'), resume('SRE', 'Mar 2023'), 'Mindestens').verdict.verdict).not.toBe('met');
  });
});

describe('a professional services firm is an industry a resume shows by its employer', () => {
  const posting = ['Acme | IT Manager | Hybrid', '', 'Requirements', '- Prior work at an accounting or other professional services firm'].join('\n');
  const resume = (employer: string, line: string) => ['Ravi Menon', 'EXPERIENCE', `IT Lead \u2014 ${employer} \u2014 2018 \u2013 present`, `- ${line}`].join('\n');

  it('"Marlow & Finch Chartered Accountants" meets it', () => {
    const row = rowOf(posting, resume('Marlow & Finch Chartered Accountants', 'Ran the laptops and the document management system'), 'Prior work');
    expect(row.verdict.verdict).toBe('met');
    expect(row.verdict.evidence).toMatch(/Chartered Accountants/);
  });
  it('a role whose work says so ("for the audit practice\'s 90 partners") meets it', () => {
    expect(rowOf(posting, resume('Hale Street Group', 'Supported the fee earners of our tax practice through busy season'), 'Prior work').verdict.verdict).toBe('met');
  });
  it('counter-example: a software vendor\'s own "Professional Services" team is not such a firm', () => {
    expect(rowOf(posting, resume('Northwind Software, Professional Services team', 'Deployed our SaaS for 40 customers'), 'Prior work').verdict.verdict).toBe('unmet');
  });
});

describe('the duties of running an IT function, told by a line that did them', () => {
  const posting = ['Acme | IT Operations Manager | Hybrid', '', 'What you need', '- Microsoft 365 administration', '- Vendor and budget management'].join('\n');
  const resume = (...lines: string[]) => ['Nora Quist', 'EXPERIENCE', 'IT Manager \u2014 Fjordline Clinics \u2014 2017 \u2013 present', '- Microsoft 365 tenant for 400 staff', ...lines.map((l) => `- ${l}`)].join('\n');

  it('"Held a \u00a3900k budget and renegotiated the printer and MSP contracts" meets it', () => {
    expect(rowOf(posting, resume('Held a \u00a3900k budget and renegotiated the printer and MSP contracts'), 'Vendor').verdict.verdict).toBe('met');
  });
  it('vendors shown and no budget: partly met, saying what is not shown', () => {
    const row = rowOf(posting, resume('Chose and onboarded a new telephony supplier'), 'Vendor');
    expect(row.verdict.verdict).toBe('partial');
    expect(row.verdict.evidence).toMatch(/not shown: budget/);
  });
  it('counter-example: a training budget spent, or no word of either, says nothing', () => {
    expect(rowOf(posting, resume('Used my training budget for the Azure exams'), 'Vendor').verdict.verdict).toBe('unknown');
    expect(rowOf(posting, resume('Moved 30 file shares to SharePoint'), 'Vendor').verdict.verdict).toBe('unknown');
  });
});

describe('services run through peaks of traffic, told by a rate served', () => {
  const posting = ['Acme | Backend Engineer | Remote', '', 'About you', '- Go services in production', "- You've kept services up through big traffic spikes (sales, launches)"].join('\n');
  const resume = (line: string) => ['Ama Boateng', 'EXPERIENCE', 'Backend Engineer \u2014 Shopfront \u2014 2020 \u2013 present', '- Go services for the basket', `- ${line}`].join('\n');
  it('"12k orders per minute on launch days" meets it', () => {
    expect(rowOf(posting, resume('Held 12k orders per minute on launch days'), "You've kept").verdict.verdict).toBe('met');
  });
  it('counter-example: a peak of something else ("helped in peak season") says nothing', () => {
    expect(rowOf(posting, resume('Helped the warehouse team in peak season'), "You've kept").verdict.verdict).toBe('unknown');
  });
});

describe('a schema written for something shows data modelling; a query made faster shows query tuning', () => {
  const posting = ['Acme | Backend Engineer | Remote', '', 'Requirements', '- MySQL: schema design and query tuning'].join('\n');
  const resume = (...lines: string[]) => ['Ivo Petrov', 'EXPERIENCE', 'Backend Developer \u2014 Rila Travel \u2014 2019 \u2013 present', ...lines.map((l) => `- ${l}`)].join('\n');
  it('"Designed the bookings schema in MySQL" and "took the search query from 4 s to 200 ms" meet it', () => {
    expect(rowOf(posting, resume('Designed the bookings schema in MySQL', 'Added indexes that took the search query from 4 s to 200 ms'), 'MySQL').verdict.verdict).toBe('met');
  });
  it('counter-example: a schema registry run and MySQL named show neither: partly met', () => {
    expect(rowOf(posting, resume('Ran the Kafka schema registry', 'MySQL backups with Percona XtraBackup'), 'MySQL').verdict.verdict).toBe('partial');
  });
});

describe('workshops run, their name in quotes, show teaching', () => {
  const posting = ['Acme | Research Engineer | On site', '', 'Desirable', '- Experience teaching or running training workshops'].join('\n');
  it('"Ran six \u201cGit for scientists\u201d workshops" meets it', () => {
    const resume = ['Tomas Berg', 'EXPERIENCE', 'Research Engineer \u2014 Lund Lab \u2014 2020 \u2013 present', '- Ran six \u201cGit for scientists\u201d workshops'].join('\n');
    expect(rowOf(posting, resume, 'Experience teaching').verdict.verdict).toBe('met');
  });
});

describe('industries told by an employer\'s name or work: live events, mining, a clearing house', () => {
  const resume = (employer: string, line: string) => ['Lee Park', 'EXPERIENCE', `Engineer \u2014 ${employer} \u2014 2019 \u2013 present`, `- ${line}`].join('\n');
  const posting = (line: string) => ['Acme | Engineer | Remote', '', 'Nice to have', `- ${line}`].join('\n');
  it('"Experience in ticketing or live events": a concert ticket seller meets it; an IT ticketing system does not', () => {
    expect(rowOf(posting('Experience in ticketing or live events'), resume('Stagedoor (concert ticketing)', 'Seat holds for on-sales'), 'Experience').verdict.verdict).toBe('met');
    expect(rowOf(posting('Experience in ticketing or live events'), resume('Brightdesk IT', 'Ran the ServiceNow ticketing system for 900 staff'), 'Experience').verdict.verdict).toBe('unmet');
  });
  it('"Mining, resources or heavy industry": a miner meets it, by its name or its work', () => {
    expect(rowOf(posting('Background in mining, resources or heavy industry'), resume('Copperbelt Mining', 'Telemetry from 80 haul trucks'), 'Background').verdict.verdict).toBe('met');
    expect(rowOf(posting('Background in mining, resources or heavy industry'), resume('Kestrel Haulage Systems', 'Dispatch software for open-pit haul trucks'), 'Background').verdict.verdict).toBe('met');
  });
  // Known wrong (s54): the options are words the taxonomy does not know ("term:mining"), and a word is shown wherever the
  // resume writes it, inside "data mining" too. Flips when a word inside a longer skill's name stops showing the word.
  it.fails('counter-example: data mining is no mining industry', () => {
    expect(rowOf(posting('Background in mining, resources or heavy industry'), resume('Coastline Retail', 'Data mining on loyalty card sales'), 'Background').verdict.verdict).toBe('unmet');
  });
  it('"at a bank or other regulated financial firm": a clearing house meets it', () => {
    expect(rowOf(posting('Experience at a bank or other regulated financial firm'), resume('Midland Clearing House', 'Settlement batch jobs'), 'Experience').verdict.verdict).toBe('met');
  });
});

describe('a "Requirements" list whose lines end on people is asks, not roles on offer', () => {
  it('"Designing platforms on AWS for 50+ engineers" and "Mentoring senior engineers" stay asks', () => {
    const posting = ['Acme | Principal Engineer | On site', '', 'Requirements', '- 10+ years in software', '- Building internal tools for 200 developers', '- Coaching junior engineers', '- Terraform'].join('\n');
    const resume = ['Kim Lee', 'EXPERIENCE', 'Platform Engineer \u2014 Aster \u2014 2014 \u2013 present', '- Terraform modules'].join('\n');
    expect(rowOf(posting, resume, 'Building internal tools').item.importance).toBe('required');
    expect(rowOf(posting, resume, 'Coaching junior').item.importance).toBe('required');
  });
  it('counter-example: a list of titles is still the roles on offer ("Engineering Manager: ...", "Data Engineer: ...")', () => {
    const posting = ['Acme | Hiring | Remote', '', 'Open roles', '- Engineering Manager: https://acme.example/jobs/1', '- Data Engineer: https://acme.example/jobs/2', '', 'Requirements', '- Python'].join('\n');
    const resume = ['Kim Lee', 'EXPERIENCE', 'Data Engineer \u2014 Aster \u2014 2014 \u2013 present', '- Python'].join('\n');
    expect(() => rowOf(posting, resume, 'Engineering Manager')).toThrow(/no row starts/);
  });
});

describe('years asked as a lead count the roles that lead by their titles', () => {
  const posting = ['Acme | Principal Engineer | Remote', '', 'Requirements', '- 10+ years in software engineering, including 3+ as a tech lead'].join('\n');
  const resume = (second: string) => ['Ola Nordmann', 'EXPERIENCE', `${second} \u2014 Fjord AS \u2014 2020 \u2013 present`, '- Go services', 'Software Engineer \u2014 Vik AS \u2014 2012 \u2013 2020', '- Java services'].join('\n');
  it('a Tech Lead since 2020 meets the lead years', () => {
    expect(rowOf(posting, resume('Tech Lead'), '3+ as a tech lead').verdict.verdict).toBe('met');
  });
  it('a lead named on a dated line, not in the title ("Tech lead of the payments team since March 2021"), counts as before', () => {
    const text = ['Ola Nordmann', 'EXPERIENCE', 'Senior Software Engineer \u2014 Fjord AS \u2014 2019 \u2013 present', '- Tech lead of the payments team since March 2021', 'Software Engineer \u2014 Vik AS \u2014 2012 \u2013 2019', '- Java services'].join('\n');
    expect(rowOf(posting, text, '3+ as a tech lead').verdict.verdict).toBe('met');
  });
  it('counter-example: no title that leads is unmet, whatever the years overall', () => {
    const row = rowOf(posting, resume('Senior Software Engineer'), '3+ as a tech lead');
    expect(row.verdict.verdict).toBe('unmet');
    expect(row.verdict.evidence).toMatch(/No role of the resume leads/);
  });
});

describe('"N+ years with X, including Y": Y closing the ask need only be shown', () => {
  const resume = ['Ana Silva', 'EXPERIENCE', 'Developer \u2014 Lisboa Tours \u2014 2019 \u2013 present', '- Ruby services for bookings', '- Moved the admin pages to Rails'].join('\n');
  it('"6+ years of Ruby, including Rails" is met by 7 years of Ruby with Rails shown', () => {
    expect(rowOf(['Acme | Dev | Remote', '', 'Requirements', '- 6+ years of Ruby, including Rails'].join('\n'), resume, '6+').verdict.verdict).toBe('met');
  });
  it('counter-example: a count of its own after "including" is asked of it ("including 4+ years of Rails")', () => {
    const two = ['Ana Silva', 'EXPERIENCE', 'Developer \u2014 Lisboa Tours \u2014 2024 \u2013 present', '- Rails apps for bookings', 'Developer \u2014 Porto Bank \u2014 2016 \u2013 2023', '- Ruby batch jobs'].join('\n');
    expect(rowOf(['Acme | Dev | Remote', '', 'Requirements', '- 6+ years of Ruby, including Rails'].join('\n'), two, '6+').verdict.verdict).toBe('met');
    expect(rowOf(['Acme | Dev | Remote', '', 'Requirements', '- 6+ years of Ruby, including 4+ years of Rails'].join('\n'), two, '4+').verdict.verdict).not.toBe('met');
  });
});

describe('language work shown by its models and tasks', () => {
  const posting = ['Acme | ML Engineer | Remote', '', 'Requirements', '- 3+ years building NLP systems'].join('\n');
  it('"Fine-tuned RoBERTa for intent classification" under a role since 2021 meets the years', () => {
    const resume = ['Jo Park', 'EXPERIENCE', 'ML Engineer \u2014 Helpline AI \u2014 2021 \u2013 present', '- Fine-tuned RoBERTa for intent classification'].join('\n');
    expect(rowOf(posting, resume, '3+').verdict.verdict).toBe('met');
  });
  it('counter-example: image models say nothing of language work', () => {
    const resume = ['Jo Park', 'EXPERIENCE', 'ML Engineer \u2014 Helpline AI \u2014 2021 \u2013 present', '- Fine-tuned ResNet for defect detection'].join('\n');
    expect(rowOf(posting, resume, '3+').verdict.verdict).not.toBe('met');
  });
});
