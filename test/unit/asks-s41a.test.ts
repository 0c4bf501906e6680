import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, itemsOfText, TODAY } from './readers';

// Readings mended after the s41a batch's first read (careful-reader-21, match-careful-23, #12): each with lines written
// for this test and a counter-example.
const items = (text: string) => itemsOfText(text).map((i) => `${i.importance} ${i.text}`);

describe('a list pasted into one line', () => {
  it('inline bullets after a short label are the label\u2019s list, one row a bullet', () => {
    const blob = 'Platform Engineer\nOrchard Vale \u00b7 Leeds (Hybrid)\n\nAbout the job\nOrchard Vale makes rota software for care homes. What you bring: \u2022 Three years running Postgres in production \u2022 Terraform for a cloud you know well \u2022 A calm head when the pager goes off. Nice to have: \u2022 Some Rust in anger \u2022 Exposure to the NHS data standards.\n';
    expect(items(blob)).toEqual([
      'required Three years running Postgres in production',
      'required Terraform for a cloud you know well',
      'required A calm head when the pager goes off.',
      'preferred Some Rust in anger',
      'preferred Exposure to the NHS data standards.',
    ]);
  });
  it('names set apart by bullets stay one line: no rows of single words', () => {
    const names = 'Platform Engineer\nOrchard Vale \u00b7 Leeds\n\nRequirements\n- Comfortable in Go \u2022 Postgres \u2022 Terraform \u2022 GCP\n';
    expect(items(names)).toEqual(['required Comfortable in Go \u2022 Postgres \u2022 Terraform \u2022 GCP']);
  });
});

describe('headings that wish', () => {
  it('"Nice, not needed" and "Would be great" head wishes; "Not needed" alone does not ask', () => {
    expect(items('Orchard Vale | Engineer | Remote\n\nYou have\n- Go in production\n\nNice, not needed\n- Nix\n')).toEqual(['required Go in production', 'preferred Nix']);
    expect(items('Orchard Vale | Engineer | Remote\n\nWhat you need\n- Go in production\n\nWould be great\n- Nix\n')).toEqual(['required Go in production', 'preferred Nix']);
    // (A heading that says what the job holds stays no wish: "What would be your week".)
    expect(items('Orchard Vale | Engineer | Remote\n\nWhat you need\n- Go in production\n- Rust for the hot paths\n').every((r) => r.startsWith('required'))).toBe(true);
  });
});

describe('years of a role named by its kind', () => {
  const cv = (title: string) => `Rowan Achebe\nLeeds\n\nExperience\n${title}, Fenwick Tools, Jan 2019 \u2013 present\n- Jenkins pipelines for 40 repos\n`;
  function verdict(line: string, resume: string) {
    const a = analyzePosting(engine, postingFromText(`Orchard Vale | Engineer | Remote\n\nRequirements:\n- ${line}\n- Linux hosts\n`));
    return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!.verdict;
  }
  it('"4+ years in a build/release role" is met by a Build & Release Engineer of eight years; not by a Data Analyst', () => {
    expect(verdict('4+ years in a build/release role', cv('Build & Release Engineer'))).toBe('met');
    expect(verdict('4+ years in a build/release role', cv('Data Analyst'))).not.toBe('met');
  });
});

describe('work mode in a contractor\u2019s words, and "remote" as a thing\u2019s word', () => {
  const mode = (body: string, header = 'Orchard Vale | Engineer | Laurel, MD') => postingFacts(postingFromText(`${header}\n\n${body}`)).workMode;
  it('"performed on customer site; no telework" is on site; telework a day a week stays hybrid', () => {
    expect(mode('Work is performed entirely on the client site. No telework is available.\n\nRequirements\n- RHEL\n')).toBe('onsite');
    expect(mode('Requirements\n- RHEL\n\nTelework is not available for this position.\n')).toBe('onsite');
    expect(mode('Requirements\n- RHEL\n\nTelework up to two days per week; the rest at the client site.\n')).toBe('hybrid');
  });
  it('"remote state", "remote backends", "remote repositories" are Terraform\u2019s and Git\u2019s, no remote job', () => {
    expect(mode('Location: Raleigh, NC \u2013 Hybrid (2 days in office)\n\nRequirements\n- Terraform with remote state and remote backends\n- Git remote repositories\n')).toBe('hybrid');
    // ("Remote" as the job's mode is still read.)
    expect(mode('Requirements\n- Terraform with remote state\n\nThis role is fully remote within the US.\n')).toBe('remote');
  });
});

describe('years as a kind of role, and years overall beside a skill\u2019s', () => {
  const cv = (roles: string) => `Rowan Achebe\nLaurel, MD\n\nExperience\n${roles}\n`;
  function verdict(line: string, resume: string) {
    const a = analyzePosting(engine, postingFromText(`Orchard Vale | Engineer | Remote\n\nRequirements:\n- ${line}\n- Linux hosts\n`));
    return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!.verdict;
  }
  const two = cv('Systems Engineer, Fenwick Tools, Jan 2020 \u2013 present\n- Patching and backups for 300 hosts\nSystems Administrator, Fenwick Tools, Jan 2016 \u2013 Dec 2019\n- VMware and storage\n');
  it('"7 years as a systems or cloud engineer" counts the roles titled Systems; a Data Analyst\u2019s years do not', () => {
    expect(verdict('7 years of experience as a systems or cloud engineer', two)).toBe('met');
    expect(verdict('7 years of experience as a systems or cloud engineer', cv('Data Analyst, Fenwick Tools, Jan 2016 \u2013 present\n- Sales dashboards in Excel\n'))).not.toBe('met');
  });
  it('"10+ years overall IT experience with 4+ years on AWS": ten years of work and four of AWS', () => {
    const aws = cv('Cloud Engineer, Fenwick Tools, Jan 2021 \u2013 present\n- AWS accounts, IAM and VPCs\nSystems Administrator, Fenwick Tools, Jan 2012 \u2013 Dec 2020\n- Windows servers\n');
    expect(verdict('10+ years overall IT experience with 4+ years on AWS', aws)).toBe('met');
    // (Four years of AWS with too few years overall is only part of it.)
    expect(verdict('10+ years overall IT experience with 4+ years on AWS', cv('Cloud Engineer, Fenwick Tools, Jan 2021 \u2013 present\n- AWS accounts, IAM and VPCs\n'))).toBe('partial');
  });
  it('"6+ years of infrastructure work, be comfortable in Linux": the years are the work\u2019s; Linux need only be shown', () => {
    const infra = cv('Infrastructure Engineer, Fenwick Tools, Jan 2018 \u2013 present\n- Ceph and bare metal\nSystems Administrator, Fenwick Tools, Jan 2014 \u2013 Dec 2017\n- Linux (Debian) servers\n');
    expect(verdict('6+ years of infrastructure work, be comfortable in Linux down to sysctl', infra)).toBe('met');
    // (Years of Linux itself still ask Linux's years.)
    expect(verdict('6+ years of Linux, be comfortable with Bash', infra)).not.toBe('met');
  });
});

describe('infrastructure work in years, by the roles\u2019 titles', () => {
  it('"6+ years of infrastructure work, be comfortable in Linux": a platform role\u2019s years count, a software role\u2019s do not', () => {
    const a = analyzePosting(engine, postingFromText('Orchard Vale | Engineer | Remote\n\nRequirements:\n- 6+ years of infrastructure work, be comfortable in Linux down to sysctl\n- Go\n'));
    const cv = 'Rowan Achebe\nLeeds\n\nExperience\nPlatform Engineer, Fenwick Tools, Jan 2022 \u2013 present\n- Linux hosts and Terraform\nSoftware Engineer, Fenwick Tools, Jan 2015 \u2013 Dec 2021\n- Billing service in Java\n';
    expect(matchResume(engine, a, analyzeResume(engine, 'cv', cv, TODAY)).requirements![0]!.verdict).toBe('partial');
  });
});

describe('degrees', () => {
  const degree = (body: string) => {
    const d = postingFacts(postingFromText(`Orchard Vale | Engineer | Laurel, MD\n\n${body}`)).degree;
    return d ? [d.level, d.required ? 'required' : 'preferred', ...(d.equivalentExperience ? ['equiv'] : [])].join(',') : null;
  };
  it('a degree offered in place of years is not asked; a degree asked beside it still is', () => {
    expect(degree('Requirements\n- Ten years as a network engineer; a Bachelor\u2019s degree in engineering may substitute for 4 years of the experience.\n')).toBe(null);
    expect(degree('Requirements\n- Bachelor\u2019s degree required; a Master\u2019s degree may substitute for 2 years of experience.\n- Ten years in networks\n')).toBe('bachelor,required');
    // (Experience that stands in for the degree keeps the degree, with its alternative.)
    expect(degree('Requirements\n- Bachelor\u2019s degree in CS; relevant experience may substitute for the degree.\n')).toBe('bachelor,required,equiv');
  });
  it('"completed studies in informatics or comparable education" asks a degree, with an alternative', () => {
    expect(degree('Your profile\n- Completed studies in informatics or comparable education\n')).toBe('bachelor,required,equiv');
    // (Studies that are the job's, not the candidate's, ask none.)
    expect(degree('Your tasks\n- You run user studies in our lab\n')).toBe(null);
  });
});

describe('years in a header field', () => {
  const yearsMin = (header: string) => postingFacts(postingFromText(`Job Title: Cloud Engineer\n${header}\nLocation: Pune\n\nMust have:\n* Terraform - minimum 2 yrs.\n* Kubernetes\n`)).yearsMin;
  it('"Exp: 6-9 yrs" and "Experience: 5+ years" ask the years overall; a skill\u2019s years after a label do not', () => {
    expect(yearsMin('Exp: 6-9 yrs')).toBe(6);
    expect(yearsMin('Experience: 5+ years')).toBe(5);
    expect(yearsMin('Experience: 3+ years Kubernetes, 5+ years Linux')).toBe(2);
  });
});

describe('a resume heading in two languages', () => {
  it('"Ausbildung / Education" is education: its dates are no role', () => {
    const cv = 'Jonas Brandt\nKassel\n\nBerufserfahrung / Experience\n03/2019 \u2013 present   Linux Administrator, Nordhessen IT GmbH\n\nAusbildung / Education\n2015 \u2013 2018   Fachinformatiker (IHK), Kassel\n';
    const p = analyzeResume(engine, 'cv', cv, TODAY).profile!;
    expect(p.roles).toHaveLength(1);
    // (Two halves of different kinds name no section: "Skills / Projects" stays a line.)
    const mixed = analyzeResume(engine, 'cv', cv.replace('Ausbildung / Education', 'Skills / Projects'), TODAY).profile!;
    expect(mixed.roles.length).not.toBe(0);
  });
});

describe('industries, distributions and degrees of another field', () => {
  const verdict = (line: string, resume: string) => {
    const a = analyzePosting(engine, postingFromText(`Orchard Vale | Engineer | Pune\n\nMust have:\n- ${line}\n- Linux hosts\n`));
    return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!.verdict;
  };
  const cv = (line: string, education = 'B.Tech. Computer Science, VIT, 2016') => `Anjali Rao\nPune\n\nExperience\nDevOps Engineer, Sahyadri Infotech, Jan 2017 \u2013 present\n- ${line}\n\nEducation\n${education}\n`;
  it('"BFSI domain" is met by work for a bank or an insurer; not by work for a retailer', () => {
    expect(verdict('Exposure to BFSI domain', cv('Jenkins pipelines for a private sector bank'))).toBe('met');
    expect(verdict('Exposure to BFSI domain', cv('Jenkins pipelines for a motor insurance client'))).toBe('met');
    expect(verdict('Exposure to BFSI domain', cv('Jenkins pipelines for a grocery retailer'))).not.toBe('met');
  });
  it('"Kubernetes / OpenShift administration" is met by either; "Kafka / Kubernetes" still asks both', () => {
    expect(verdict('Kubernetes / OpenShift administration', cv('Ran Kubernetes clusters with Helm'))).toBe('met');
    expect(verdict('Kubernetes / OpenShift administration', cv('Ran OpenShift 4 clusters'))).toBe('met');
    expect(verdict('Kafka / Kubernetes operations', cv('Ran Kubernetes clusters with Helm'))).toBe('partial');
  });
  it('"MS in Computer Science" against a B.A. in Music is unmet; against a B.S. in Computer Engineering, partial', () => {
    expect(verdict('MS in Computer Science', cv('Ran Kubernetes clusters', 'B.A. Music Performance, University of North Texas, 2015'))).toBe('unmet');
    expect(verdict('MS in Computer Science', cv('Ran Kubernetes clusters', 'B.S. Computer Engineering, Purdue University, 2015'))).toBe('partial');
  });
  it('a lower degree in networks or systems administration is technical: partial against "Bachelor\u2019s degree in IT"', () => {
    expect(verdict('Bachelor\u2019s degree in IT or related field', cv('Ran Kubernetes clusters', 'Associate of Applied Science, Network Administration, Columbus State CC, 2019'))).toBe('partial');
  });
});

describe('a pay table by level', () => {
  const salary = (title: string) => {
    const s = postingFacts(postingFromText(`# ${title}\n\n**Location:** Remote (US)\n\n## Requirements\n\n* Go in production\n\n## Compensation\n\n| Level | Base salary |\n| --- | --- |\n| Site Reliability Engineer II | $140,000 \u2013 $165,000 |\n| Senior Site Reliability Engineer | $165,000 \u2013 $195,000 |\n`)).salary;
    return s ? `${s.min}-${s.max}` : null;
  };
  it('levels of the one role under a title of no level: the span across them', () => {
    expect(salary('Site Reliability Engineer, Storage')).toBe('140000-195000');
  });
  it('a title that names the level: that level\u2019s range', () => {
    expect(salary('Site Reliability Engineer II, Storage')).toBe('140000-165000');
  });
});
