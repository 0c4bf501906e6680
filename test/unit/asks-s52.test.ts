import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { bullet, engine, rowOf, TODAY } from './readers';

// Written for this test (session 52, #12): classes found on the lead's fresh pairs of session 52.
const verdictOf = rowOf;
const profileOf = (resume: string) => analyzeResume(engine, 'cv.txt', resume, TODAY).profile!;

describe('a field, a dash or colon, then its examples with an open end: any one of them', () => {
  it('"on GPUs — CUDA, Triton Inference Server, vLLM or something like them" is one pick with the field', () => {
    expect(bullet('You have served models on GPUs \u2014 CUDA, Triton Inference Server, vLLM or something like them')).toEqual(['required: gpu-infrastructure|cuda|triton-inference-server|vllm']);
    expect(bullet('Infrastructure as code: Terraform, Ansible, Helm or similar')).toEqual(['required: infrastructure-as-code|terraform|ansible|helm']);
  });
  it('counter-examples: with no field before the dash, things of three kinds and "or similar" still ask each', () => {
    expect(bullet('Go, Postgres, Terraform or similar')).toEqual(['required: go & postgresql & terraform']);
    expect(bullet('Backend skills \u2014 Go, Postgres, Terraform or similar')).toEqual(['required: go & postgresql & terraform']);
  });
});

describe('GIAC and OffSec titles are certifications; a standards body is none', () => {
  it('"GICSP; familiarity with IEC 62443" offers GICSP as a certification the resume can show', () => {
    const posting = ['OT Engineer', '', 'Requirements', '- Ladder logic on Rockwell PLCs', '', 'Nice to have: GICSP; familiarity with IEC 62443.'].join('\n');
    const resume = ['Ravi Menon', 'Experience', 'Controls Engineer, Pinecrest Water, 2018 - Present', '- Ladder logic for Rockwell PLCs at six pump stations', 'Certifications', 'GICSP (2023)'].join('\n');
    const { item, verdict } = verdictOf(posting, resume, 'GICSP');
    expect(item.groups.flat()).toContain('term:GICSP');
    expect(item.groups.flat()).not.toContain('term:IEC');
    expect(verdict.verdict).toBe('partial');
    expect(verdict.evidence).toContain('GICSP');
  });
  it('counter-example: "IEC 62443 and NIST CSF" name standards, no certification terms', () => {
    const [row] = bullet('Working knowledge of IEC 62443 and NIST CSF, GPEN a plus');
    expect(row).not.toMatch(/term:(?:IEC|NIST)\b/);
    expect(row).toMatch(/term:GPEN/);
  });
});

describe('years per skill: "PySpark" shows Python, a data engineer builds pipelines', () => {
  const resume = [
    'Lena Ortiz',
    'Experience',
    'Data Engineer, Bluefin Freight, Jan 2021 - Present',
    '- Wrote the PySpark jobs that price backhaul lanes',
    '- Streaming ingest of trailer sensors on Kafka',
    'Analyst, Bluefin Freight, Jan 2019 - Dec 2020',
    '- Excel and Tableau reports for the sales team',
  ].join('\n');
  it('a role that names PySpark counts toward Python years, and a data engineer\'s toward data pipelines', () => {
    const p = profileOf(resume);
    expect(p.skillYears['python']).toBeGreaterThanOrEqual(5.5);
    expect(p.skillYears['data-pipelines']).toBeGreaterThanOrEqual(5.5);
    const posting = ['Data Engineer', '', 'Requirements', '- 5+ years building data pipelines in Python or Scala'].join('\n');
    expect(verdictOf(posting, resume, '5+ years').verdict.verdict).toBe('met');
  });
  it('counter-examples: "Spark" alone, or "Python" in a word, show no Python; the analyst role shows no pipelines', () => {
    const p = profileOf(['Sam Lee', 'Experience', 'Engineer, Tallow, Jan 2020 - Present', '- Tuned Spark SQL jobs on EMR'].join('\n'));
    expect(p.skillYears['python'] ?? 0).toBe(0);
    const q = profileOf(resume);
    expect(q.skillYears['data-pipelines']).toBeLessThan(6.5);
  });
});

describe('computer repair and reimaging are desktop support', () => {
  it('"PC Repair Technician" and lines that reimage laptops show IT support years', () => {
    const resume = ['Dana Kim', 'Experience', 'PC Repair Technician, Microfix, Mar 2022 - Present', '- Reimaged 20 laptops a week and replaced failed drives'].join('\n');
    const p = profileOf(resume);
    expect(p.skillYears['it-support']).toBeGreaterThanOrEqual(4);
  });
  it('counter-example: a "repair" that is no computer\'s, or a technician of another trade, is no IT support', () => {
    const p = profileOf(['Dana Kim', 'Experience', 'HVAC Technician, Coolair, Mar 2022 - Present', '- Repair rooftop units for 40 stores'].join('\n'));
    expect(p.skillYears['it-support'] ?? 0).toBe(0);
  });
});

describe('dbatools and PowerCLI are PowerShell', () => {
  it('a resume that patches with dbatools meets "PowerShell or Python automation"', () => {
    const posting = ['DBA', '', 'Requirements', '- PowerShell or Python automation'].join('\n');
    const resume = ['Ole Berg', 'Experience', 'DBA, Nordhavn Bank, 2019 - Present', '- Patch and restore 40 instances with dbatools'].join('\n');
    expect(verdictOf(posting, resume, 'PowerShell').verdict.verdict).toBe('met');
  });
});

describe('an early hire asked: met by a line that says the writer was one', () => {
  const posting = ['Founding Engineer', '', 'About you', '- You have been one of the first engineers at a company before', '- Terraform'].join('\n');
  it('"First platform hire", "employee #4", "Founding engineer" meet it', () => {
    for (const line of ['- First platform hire; set up CI and the AWS accounts', '- Joined as employee #4 and built the deploy pipeline', '- Founding engineer; wrote the Terraform for everything']) {
      const resume = ['Ayo Bello', 'Experience', 'Engineer, Quillon, 2021 - Present', line, '- Terraform modules for the VPCs'].join('\n');
      const { verdict } = verdictOf(posting, resume, 'You have been one of the first');
      expect(verdict.verdict, line).toBe('met');
    }
  });
  it('counter-example: a resume silent on it stays unknown; "first" of something else is no early hire', () => {
    const resume = ['Ayo Bello', 'Experience', 'Engineer, Quillon, 2021 - Present', '- First to answer pages on the team; Terraform modules for the VPCs'].join('\n');
    expect(verdictOf(posting, resume, 'You have been one of the first').verdict.verdict).toBe('unknown');
  });
});

describe('a prose ask split at ") and you …" keeps its bracket closed', () => {
  it('the first row ends with the bracket', () => {
    const posting = ['SRE', '', 'Who you are', 'You have run a message bus at scale (Kafka, Pulsar, NATS) and you know when not to use one. You write Go.'].join('\n');
    const a = analyzePosting(engine, postingFromText(posting));
    const row = a.requirements.find((r) => r.text.startsWith('You have run'));
    expect(row?.text).toMatch(/\(Kafka, Pulsar, NATS\)$/);
  });
});

describe('certifications in clauses apart, and a lapsed one is no evidence', () => {
  it('"CCNA certification required; CCNP preferred" asks the CCNA and wishes for the CCNP, each as a certification', () => {
    expect(bullet('CCNA certification required; CCNP preferred')).toEqual(['required: term:CCNA', 'preferred: term:CCNP']);
  });
  it('a line that says the certification expired does not meet it; one renewed since does', () => {
    const posting = ['Network Engineer', '', 'Required', '- CCNA certification required', '- Cisco switching'].join('\n');
    const lapsed = ['Omar Haddad', 'Experience', 'Network Admin, Lakeview Clinic, 2019 - Present', '- Cisco switching for 12 sites', 'Certifications', 'CCNA (earned 2017, expired 2020)'].join('\n');
    expect(verdictOf(posting, lapsed, 'CCNA').verdict.verdict).toBe('unmet');
    const renewed = lapsed.replace('CCNA (earned 2017, expired 2020)', 'CCNA (expired 2020, renewed 2023)');
    expect(verdictOf(posting, renewed, 'CCNA').verdict.verdict).toBe('met');
  });
});

describe('a skill that began inside a role counts from then: "moved to Elixir in 2019"', () => {
  it('"moved to X in YEAR", "built the first X in YEAR" date the skill within the role', () => {
    const p = profileOf(['Noor Aziz', 'Experience', 'Backend Developer, Ferrant, Jan 2015 - Dec 2020', '- Ruby services; moved the billing code to Elixir in 2019', 'Analyst, Ferrant, Jan 2013 - Dec 2014', '- Excel models'].join('\n'));
    expect(p.skillYears['elixir']).toBeGreaterThan(1.5);
    expect(p.skillYears['elixir']).toBeLessThan(2.5);
    const q = profileOf(['Noor Aziz', 'Experience', 'Data Analyst, Ferrant, Jan 2018 - Dec 2023', '- SQL reports; built the first dbt models in 2021'].join('\n'));
    expect(q.skillYears['dbt']).toBeGreaterThan(2.5);
    expect(q.skillYears['dbt']).toBeLessThan(3.5);
  });
  it('counter-example: a year of something else done in the role does not move the skill\'s start', () => {
    const p = profileOf(['Noor Aziz', 'Experience', 'Backend Developer, Ferrant, Jan 2015 - Dec 2020', '- Elixir services; won the hackathon in 2019'].join('\n'));
    expect(p.skillYears['elixir']).toBeGreaterThan(5.5);
  });
});

describe('what the company will teach is no ask', () => {
  it('"We will train you on the rest." below the list is no row', () => {
    const a = analyzePosting(engine, postingFromText(['Junior Admin', '', 'Requirements', '- Linux from the command line', '- Bash scripting', '', 'We will train you on the rest.'].join('\n')));
    expect(a.requirements.map((r) => r.text)).toEqual(['Linux from the command line', 'Bash scripting']);
  });
  it('counter-example: "Able to train others on our runbooks" is still an ask', () => {
    const a = analyzePosting(engine, postingFromText(['Senior Admin', '', 'Requirements', '- Linux from the command line', '- Able to train others on our runbooks'].join('\n')));
    expect(a.requirements.some((r) => r.text.startsWith('Able to train'))).toBe(true);
  });
});

describe('working in the open is open-source work', () => {
  it('"worked in the open", "public repositories" name open-source contributions', () => {
    expect(bullet('Experience working in the open on public repositories')).toEqual(['required: open-source']);
    expect(bullet('You have built in the open before')).toEqual(['required: open-source']);
  });
  it('counter-example: "open" alone, or an office "in the open plan", is none', () => {
    expect(bullet('Comfortable in an open plan office')).not.toContainEqual(expect.stringContaining('open-source'));
  });
});

describe('"N years of A, or M years of B": either way in', () => {
  const posting = ['Payments Engineer', '', 'Requirements', '- 3+ years of Rust in production, or 5+ years of C++ and a real interest in Rust', '- Postgres'].join('\n');
  it('eight years of C++ and none of Rust meet "3+ years of Rust, or 5+ years of C++"', () => {
    const resume = ['Ines Duarte', 'Experience', 'Engineer, Cobaltline, Jan 2019 - Present', '- C++ matching engine; Postgres for reference data'].join('\n');
    const { verdict } = verdictOf(posting, resume, '3+ years of Rust');
    expect(verdict.verdict).toBe('met');
    expect(verdict.evidence).toContain('C++');
  });
  it('counter-example: short on both ways is not met', () => {
    const resume = ['Ines Duarte', 'Experience', 'Engineer, Cobaltline, Jan 2024 - Present', '- C++ matching engine; Postgres for reference data'].join('\n');
    expect(verdictOf(posting, resume, '3+ years of Rust').verdict.verdict).not.toBe('met');
  });
});

describe('a deploy pipeline is CI/CD', () => {
  it('"detections in Git with a deploy pipeline" shows CI/CD', () => {
    const posting = ['Detection Engineer', '', 'Nice to have', '- Experience building a CI pipeline for detections'].join('\n');
    const resume = ['Kai Moana', 'Experience', 'Detection Engineer, Tidewell, 2022 - Present', '- Sigma rules in Git, tested and shipped by a deploy pipeline'].join('\n');
    expect(verdictOf(posting, resume, 'Experience building').verdict.verdict).toBe('met');
  });
});
