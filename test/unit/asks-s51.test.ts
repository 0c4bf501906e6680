import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { engine, pairMatch, rowOf } from './readers';

// Written for this test (session 51, #12): classes found on the lead's fresh pairs of session 51.
const matchOf = pairMatch;
const verdictOf = (posting: string, resume: string, start: string) => rowOf(posting, resume, start).verdict;
const asks = (lines: string[]) => analyzePosting(engine, postingFromText(['Backend Engineer', '', ...lines].join('\n'))).requirements;

describe('"not only X": what the ask goes beyond is not asked', () => {
  const resume = ['Ana Ruiz', 'Experience', 'Platform Engineer, Corvid Labs, 2020 - Present', '- Wrote the deploy controller in Go'].join('\n');
  it('the skill after "not only", "not just", "rather than just" is no group', () => {
    for (const line of ['You write real code in Go or Rust, not only YAML', 'Go or Rust for services, not just Bash glue', 'You build dashboards in Grafana rather than just reading Excel exports']) {
      const [item] = asks(['Requirements', `- ${line}`]);
      expect(item!.groups.flat(), line).not.toContain('yaml');
      expect(item!.groups.flat(), line).not.toContain('bash');
      expect(item!.groups.flat(), line).not.toContain('excel');
    }
    const posting = ['Platform Engineer', '', 'Requirements', '- You write real code in Go or Rust, not only YAML'].join('\n');
    expect(verdictOf(posting, resume, 'You write').verdict).toBe('met');
  });
  it('counter-examples: "not only X but also Y" asks both; a plain "only" is no such clause', () => {
    const [both] = asks(['Requirements', '- Experience with not only Kafka but also Pulsar']);
    expect(both!.groups.flat()).toEqual(expect.arrayContaining(['kafka']));
    const [only] = asks(['Requirements', '- Only Python 3.10+ is used, and you know it well']);
    expect(only?.groups.flat() ?? []).toContain('python');
  });
});

describe('a prose sentence with ", and you\'ve <done> …" holds two asks', () => {
  it('"You have 4+ years of Python and you\'ve run Postgres in anger" is two rows', () => {
    const items = asks(["We're a small team building dispatch software. You have 5+ years writing production Java and you've operated Cassandra clusters through a bad week."]);
    const java = items.find((r) => r.groups.flat().includes('java'));
    const cassandra = items.find((r) => r.groups.flat().includes('cassandra'));
    expect(java).toBeDefined();
    expect(cassandra).toBeDefined();
    expect(java).not.toBe(cassandra);
    expect(java!.years?.min).toBe(5);
  });
  it('counter-example: "and you\'ve got a budget" tells what the job gives, one row', () => {
    const items = asks(["You know TypeScript well and you've got a budget for any conference you like."]);
    expect(items.filter((r) => r.groups.flat().includes('typescript'))).toHaveLength(1);
  });
});

describe('a hard-wrapped sentence goes on in lower case on the next line', () => {
  it('the wrapped half is no row of its own', () => {
    const items = asks([
      'Qualifications',
      'You need one year of specialized experience at the level just below this one, in a team that runs servers for',
      'field offices, such as patching Windows servers and restoring them from backup.',
    ]);
    expect(items.some((r) => /^field offices/.test(r.text))).toBe(false);
    expect(items.some((r) => /servers for\s+field offices/.test(r.text))).toBe(true);
  });
  it('counter-example: short lower-case lines of a list stay rows each', () => {
    const items = asks(['Requirements', '- kubernetes in production', 'terraform modules of your own', '- python for tooling']);
    expect(items.some((r) => r.groups.flat().includes('terraform') && !r.groups.flat().includes('kubernetes'))).toBe(true);
  });
});

describe('availability a resume states meets an ask for shifts', () => {
  const posting = ['NOC Analyst', '', 'Requirements', '- 1+ years in IT support', '- Able to work rotating 12-hour shifts, including nights and weekends'].join('\n');
  const resume = (line: string) => ['Sam Ode', 'Experience', 'Service Desk Analyst, Alder Clinics, 2022 - Present', '- Tickets and account resets', line].join('\n');
  it('"Available for any shift", "Open to night shifts": met', () => {
    for (const l of ['Available for any shift, including nights and weekends.', 'Open to night shifts and weekends', 'Willing to work weekends and overnights']) expect(verdictOf(posting, resume(l), 'Able to work').verdict, l).toBe('met');
  });
  it('counter-example: a resume silent on shifts says nothing', () => {
    expect(verdictOf(posting, resume('- Imaged laptops for new starters'), 'Able to work').verdict).toBe('unknown');
  });
});

describe('a line that is only industries is asked', () => {
  it('"Insurance or other regulated financial services" in a wish list is a wish for the industry', () => {
    const items = asks(['Requirements', '- Strong SQL', '', 'Desirable', '- Insurance or other regulated financial services', '- Great Expectations']);
    expect(items.find((r) => r.text.startsWith('Insurance'))?.groups.flat()).toContain('insurtech');
  });
  it('counter-example: a line that tells of the industry asks nothing', () => {
    const items = asks(['Requirements', '- Strong SQL', '', 'Desirable', '- Insurance is what we sell, to farmers', '- Great Expectations']);
    expect(items.some((r) => r.text.startsWith('Insurance'))).toBe(false);
  });
});

describe('one "you", then predicates with the subject left out: an ask each', () => {
  it('"You should know X, have shipped Y, and be comfortable Z" is three rows', () => {
    const items = asks(['We sell routing software to bus operators. You should know Kotlin well, have run Redis in production, and be comfortable owning the on-call for your services.']);
    const rowOf = (id: string) => items.findIndex((r) => r.groups.flat().includes(id));
    expect(rowOf('kotlin')).toBeGreaterThanOrEqual(0);
    expect(rowOf('redis')).toBeGreaterThanOrEqual(0);
    expect(rowOf('on-call')).toBeGreaterThanOrEqual(0);
    expect(new Set([rowOf('kotlin'), rowOf('redis'), rowOf('on-call')]).size).toBe(3);
  });
  it('counter-examples: a sentence not opened by "you", and a list of skills after one verb, stay one row', () => {
    const told = asks(['The team knows Kotlin well, has run Redis for years, and is happy to teach.']);
    expect(told.filter((r) => r.groups.flat().includes('kotlin') || r.groups.flat().includes('redis')).length).toBeLessThanOrEqual(1);
    const one = asks(['You should know Kotlin, Redis, and Postgres.']);
    expect(one.filter((r) => r.groups.length > 0)).toHaveLength(1);
  });
});

describe('"owned the pager" is on-call', () => {
  it('a resume that owned or carried the pager meets an on-call ask', () => {
    const posting = ['Backend Engineer', '', 'Requirements', '- Go in production', '- Comfortable owning the on-call for your services'].join('\n');
    for (const line of ['- Go APIs for billing; owned the pager for the billing API', '- Go APIs for billing; carried the pager one week in four']) {
      const resume = ['Ida Berg', 'Experience', 'Backend Engineer, Fjord Pay, 2021 - Present', line].join('\n');
      expect(verdictOf(posting, resume, 'Comfortable owning').verdict, line).toBe('met');
    }
  });
  it('counter-example: a pager the resume built for others is not its on-call', () => {
    const posting = ['Backend Engineer', '', 'Requirements', '- Go in production', '- Comfortable owning the on-call for your services'].join('\n');
    const resume = ['Ida Berg', 'Experience', 'Backend Engineer, Fjord Pay, 2021 - Present', '- Go APIs for billing; built a pager app for hospital nurses'].join('\n');
    expect(verdictOf(posting, resume, 'Comfortable owning').verdict).not.toBe('met');
  });
});

describe('no least count of years asked', () => {
  const posting = ['Associate Cloud Engineer', 'Experience: 0-2 years', '', 'Requirements', '- Linux basics', '- 0-2 years of experience in IT'].join('\n');
  it('"0-2 years" is met by a resume with an internship only, or with no dated roles', () => {
    const intern = ['Ravi Nair', 'Education', 'B.Tech Computer Science, 2021 - 2025', 'Internship', 'Cloud Intern, Deccan Soft, Jan 2025 - Jun 2025', '- Linux servers and Bash'].join('\n');
    expect(verdictOf(posting, intern, '0-2 years').verdict).toBe('met');
    expect(verdictOf(posting, ['Ravi Nair', 'Skills: Linux, Bash'].join('\n'), '0-2 years').verdict).toBe('met');
  });
  it('counter-example: "2+ years" with no dated roles stays unknown', () => {
    const p2 = posting.replace('- 0-2 years of experience in IT', '- 2+ years of experience in IT');
    expect(verdictOf(p2, ['Ravi Nair', 'Skills: Linux, Bash'].join('\n'), '2+ years').verdict).toBe('unknown');
  });
});

describe('data centre work, and a physical ask', () => {
  const posting = ['Network Engineer', '', 'Requirements', '- BGP and OSPF', '- Must be able to lift 50 lbs and work in data center environments'].join('\n');
  it('"data center cabling and rack builds" shows data centre work', () => {
    const resume = ['Al Diaz', 'Experience', 'Network Engineer, Lakes Freight, 2016 - 2019', '- BGP, OSPF; data center cabling and rack builds'].join('\n');
    expect(verdictOf(posting, resume, 'Must be able').verdict).toBe('met');
  });
  it('counter-example: a data center named as a product\'s customer is no such work', () => {
    const resume = ['Al Diaz', 'Experience', 'Sales Engineer, Coolrack Inc, 2016 - 2019', '- BGP, OSPF; sold software to data center buyers'].join('\n');
    expect(verdictOf(posting, resume, 'Must be able').verdict).not.toBe('met');
  });
});

describe('degree fields in other scripts', () => {
  it('"Grado en Ingeniería Informática, Matemáticas o similar" is one row with whole field names', () => {
    const items = asks(['Qué buscamos', '- Grado en Ingeniería Informática, Física o similar', '- Experiencia con Spark']);
    const deg = items.find((r) => r.kind === 'degree')!;
    expect(deg.text).toBe('Grado en Ingeniería Informática, Física o similar');
    expect(deg.degree?.fields).toContain('Física');
    expect(deg.degree?.fields.every((f) => !/\s{2}/.test(f))).toBe(true);
  });
});

describe('Latin names written against Han, kana or Hangul', () => {
  it('"AWSの実務経験", "Kubernetes운영 경험", "熟悉Redis" name the skill', () => {
    const items = asks(['必須スキル', '・AWSの実務経験', '・Terraformによる構築経験', '', '우대사항', '- Kubernetes운영 경험', '', '任职要求', '- 熟悉Redis和MySQL']);
    const ids = items.flatMap((r) => r.groups.flat());
    for (const id of ['aws', 'terraform', 'kubernetes', 'redis', 'mysql']) expect(ids, id).toContain(id);
  });
  it('counter-example: a Latin word glued to Latin letters stays one word ("AWSome" names no AWS)', () => {
    const items = asks(['Requirements', '- An AWSome attitude to learning', '- Gopher spirit']);
    const ids = items.flatMap((r) => r.groups.flat());
    expect(ids).not.toContain('aws');
    expect(ids).not.toContain('go');
  });
});

describe('a visa held against "not eligible for visa sponsorship"', () => {
  const posting = ['Data Engineer', 'Chicago, IL', '', 'Required qualifications', '- 5+ years of Python', '- Kafka', '', 'This role is not eligible for visa sponsorship now or in the future.'].join('\n');
  const resume = (header: string) => ['Ana Gupta', header, '', 'Experience', 'Data Engineer, Loop Payments, Chicago, 2019 - Present', '- Python and Kafka pipelines'].join('\n');
  it('an H-1B in the header does not meet it, and caps the score', () => {
    const { a, m } = matchOf(posting, resume('Chicago, IL · Work authorization: H-1B (requires transfer)'));
    const k = a.requirements.findIndex((r) => r.kind === 'authorization');
    expect(m.requirements![k]!.verdict).toBe('unmet');
    expect(m.score).toBeLessThanOrEqual(45);
  });
  it('counter-examples: a citizen meets it; a resume silent on status is not held to it', () => {
    const { a, m } = matchOf(posting, resume('Chicago, IL · U.S. citizen'));
    const k = a.requirements.findIndex((r) => r.kind === 'authorization');
    expect(m.requirements![k]!.verdict).toBe('met');
    const silent = matchOf(posting, resume('Chicago, IL'));
    expect(silent.m.requirements![k]!.verdict).not.toBe('unmet');
  });
});

describe('"Conditions of Employment" heads asks', () => {
  it('a federal posting\'s conditions after its duties are rows', () => {
    const items = asks(['Duties', '- Patch servers', '', 'Conditions of Employment', '- Must be able to obtain and maintain a Secret clearance', '- Must hold a CompTIA Security+ within six months of appointment']);
    expect(items.some((r) => r.kind === 'clearance')).toBe(true);
    expect(items.some((r) => r.groups.flat().includes('comptia-security-plus') || /Security\+/.test(r.text))).toBe(true);
  });
});

describe('SIEM rules a resume wrote are detections', () => {
  const posting = ['Security Engineer', '', 'Requirements', '- Experience writing detections in KQL or SPL'].join('\n');
  const resume = (line: string) => ['Jo Kim', 'Experience', 'SOC Analyst, Harbor Bank, 2022 - Present', line].join('\n');
  it('"KQL analytics rules", "SPL correlation rules" meet it', () => {
    for (const l of ['- Wrote 35 KQL analytics rules for Sentinel', '- Tuned SPL correlation rules in Splunk ES']) expect(verdictOf(posting, resume(l), 'Experience writing').verdict, l).toBe('met');
  });
  it('counter-example: web analytics rules are no detections', () => {
    expect(verdictOf(posting, resume('- Set up Google Analytics rules for the marketing site; KQL queries for reports'), 'Experience writing').verdict).not.toBe('met');
  });
});

describe('a pay line in Japanese, Chinese or Korean is no ask', () => {
  it('"年収：600万円〜900万円" after the wished skills is no row', () => {
    const items = asks(['歓迎スキル', '・Kubernetesの運用経験', '', '年収：600万円〜900万円']);
    expect(items.some((r) => r.text.includes('年収'))).toBe(false);
    expect(items.some((r) => r.groups.flat().includes('kubernetes'))).toBe(true);
  });
});
