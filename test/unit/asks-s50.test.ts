import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { engine, pairMatch, rowOf } from './readers';

// Written for this test (session 50, #12): classes found on the lead's fresh pairs of session 50.
const matchOf = pairMatch;
const verdictOf = (posting: string, resume: string, start: string) => rowOf(posting, resume, start).verdict;

describe('a lower clearance than one asked held at the start is a bar', () => {
  const posting = (ask: string) =>
    ['Systems Engineer', '', 'Requirements', `- ${ask}`, '- 4+ years administering RHEL servers', '- Ansible or Puppet', '- VMware vSphere', '', 'Preferred', '- Splunk'].join('\n');
  const resume = (clearance: string) =>
    ['Lee Ortiz', `Fairfax, VA \u00b7 ${clearance}`, '', 'Experience', 'Systems Engineer, Potomac Data Works, Feb 2019 - Present', '- RHEL 8 servers patched and hardened with Ansible', '- VMware vSphere clusters and Splunk forwarders'].join('\n');
  it('an active TS/SCI asked, a Secret held: partly met as a level, and the score capped', () => {
    const { a, m } = matchOf(posting('Active TS/SCI clearance required on day one'), resume('U.S. citizen, active Secret clearance'));
    const k = a.requirements.findIndex((r) => r.kind === 'clearance');
    expect(m.requirements![k]!.verdict).toBe('partial');
    expect(m.score).toBe(45);
    expect(m.explanation).toMatch(/capped at 45: the resume does not meet a required clearance/);
  });
  it('"required at start" is held at the start too', () => {
    expect(matchOf(posting('Top Secret clearance required at start'), resume('U.S. citizen, Secret clearance (active)')).m.score).toBe(45);
  });
  it('not when the higher level can be obtained after hire, is only wished for, or is held', () => {
    expect(matchOf(posting('Secret clearance; must be eligible for a Top Secret'), resume('U.S. citizen, active Secret clearance')).m.score).toBeGreaterThan(80);
    const wished = ['Systems Engineer', '', 'Requirements', '- 4+ years administering RHEL servers', '- Ansible or Puppet', '', 'Preferred', '- An active TS/SCI clearance'].join('\n');
    expect(matchOf(wished, resume('U.S. citizen, active Secret clearance')).m.score).toBeGreaterThan(70);
    expect(matchOf(posting('Active TS/SCI clearance required on day one'), resume('U.S. citizen, active TS/SCI clearance')).m.score).toBeGreaterThan(80);
  });
});

describe('a resume that says it holds no degree', () => {
  const posting = ['Database Administrator', '', 'Qualifications', "- Bachelor's degree in Computer Science or a related field", '- 5+ years as a SQL Server DBA'].join('\n');
  const resume = (education: string) =>
    ['Pat Kim', 'Madison, WI', '', 'Experience', 'SQL Server DBA, Lakeshore Mutual, 2015 - Present', '- Always On availability groups, index tuning', '', 'Education', education].join('\n');
  it('coursework toward a degree, not completed, or some college with no degree: unmet', () => {
    for (const e of ['Madison College \u2014 credits toward an A.S. in IT, not completed', 'Some college, no degree (University of Wisconsin, 2010-2012)', 'Studied computer science at UW-Milwaukee; left without a degree']) {
      const v = verdictOf(posting, resume(e), "Bachelor's degree");
      expect(v.verdict, e).toBe('unmet');
      expect(v.evidence).toMatch(/no degree completed/);
    }
  });
  it('a resume silent on degrees stays unknown, and one that holds the degree meets it', () => {
    const silent = ['Pat Kim', 'Madison, WI', '', 'Experience', 'SQL Server DBA, Lakeshore Mutual, 2015 - Present', '- Always On availability groups, index tuning'].join('\n');
    expect(verdictOf(posting, silent, "Bachelor's degree").verdict).toBe('unknown');
    expect(verdictOf(posting, resume('B.S. Computer Science, UW-Madison, 2014'), "Bachelor's degree").verdict).toBe('met');
    // ("incomplete" in a work line is no word on a degree.)
    const work = silent + '\n- Cleaned up incomplete records after the merger';
    expect(verdictOf(posting, work, "Bachelor's degree").verdict).toBe('unknown');
  });
});

describe('a language asked at a level, named in the posting\'s own language', () => {
  const posting = (ask: string) => ['DevOps Engineer (m/w/d)', '', 'Das bringst du mit', '- Mindestens 3 Jahre Erfahrung mit Kubernetes', `- ${ask}`].join('\n');
  const resume = (languages: string) =>
    ['Ana Horvat', 'Berlin', '', 'Berufserfahrung', 'DevOps Engineer, Havelwerk GmbH, 03/2020 \u2013 heute', '- Kubernetes und Terraform', '', 'Sprachen', languages].join('\n');
  const language = (ask: string, languages: string) => {
    const { a, m } = matchOf(posting(ask), resume(languages));
    const k = a.requirements.findIndex((r) => r.kind === 'language');
    expect(k, ask).toBeGreaterThanOrEqual(0);
    return m.requirements![k]!;
  };
  it('German at C1 asked as "Deutschkenntnisse", German at B1 given as "Deutsch (B1)": not met', () => {
    const v = language('Flie\u00dfende Deutschkenntnisse (mindestens C1) und gute Englischkenntnisse', 'Englisch (C1), Deutsch (B1)');
    expect(v.verdict).toBe('unmet');
    expect(v.evidence).toBe('The resume gives German at B1; C1 or above asked.');
    expect(language('Deutsch auf C1-Niveau', 'Deutsch (B2), Englisch (C2)').verdict).toBe('partial');
  });
  it('the level given meets it, and fluency asked in German against basic German given in German is short of it', () => {
    expect(language('Flie\u00dfende Deutschkenntnisse (mindestens C1)', 'Deutsch (C2), Englisch (C1)').verdict).toBe('met');
    expect(language('Flie\u00dfende Deutschkenntnisse', 'Deutsch (Muttersprache)').verdict).toBe('met');
    expect(language('Flie\u00dfende Deutschkenntnisse', 'Deutsch (Grundkenntnisse), Englisch (C1)').verdict).toBe('partial');
  });
});

describe('the Linux command line asks Linux', () => {
  const posting = ['Support Engineer', '', 'Required', '- Linux command line skills', '- 2+ years in technical support'].join('\n');
  const resume = (line: string) => ['Rui Costa', 'Denver, CO', '', 'Experience', 'Support Engineer, Peak Storage, 2021 - Present', `- ${line}`].join('\n');
  it('a Windows admin who scripts in PowerShell does not show it; one who works in Bash on Linux does', () => {
    expect(verdictOf(posting, resume('PowerShell scripts for Active Directory accounts'), 'Linux command line').verdict).toBe('unmet');
    expect(verdictOf(posting, resume('Bash scripts on Ubuntu servers to collect customer logs'), 'Linux command line').verdict).toBe('met');
    expect(verdictOf(posting, resume('Debugged customer clusters from the Linux CLI'), 'Linux command line').verdict).toBe('met');
  });
});

describe('words that read as a skill only out of their sentence', () => {
  const ids = (text: string) => findSkills(bundled().matcher, text).map((h) => h.skillId);
  it('"operating systems at scale" is running systems, not the OS subject; the subject stays one', () => {
    expect(ids('Experience operating systems at very large scale')).not.toContain('operating-systems');
    expect(ids('You will be operating systems in production for hospitals.')).not.toContain('operating-systems');
    expect(ids('A solid grasp of operating systems and networking.')).toContain('operating-systems');
    expect(ids('Operating systems: process scheduling, virtual memory.')).toContain('operating-systems');
  });
});

describe('what a shown skill carries with it', () => {
  const posting = (ask: string) => ['Engineer', '', 'Requirements', `- ${ask}`].join('\n');
  const resume = (line: string) => ['Jo Park', 'Austin, TX', '', 'Experience', 'Engineer, Cedar Labs, 2020 - Present', `- ${line}`].join('\n');
  it('reviewing code is reading it', () => {
    expect(verdictOf(posting('Ability to read and review code in at least one of Java, Python or JavaScript'), resume('Reviewed Python pull requests for injection flaws'), 'Ability').verdict).toBe('met');
    expect(verdictOf(posting('Ability to read and review code in at least one of Java, Python or JavaScript'), resume('Wrote Python scripts for reports'), 'Ability').verdict).toBe('partial');
  });
  it('endpoints built on an HTTP API framework are APIs built', () => {
    expect(verdictOf(posting('Experience building APIs in Node.js'), resume('Express endpoints over PostgreSQL for bookings'), 'Experience').verdict).toBe('met');
    expect(verdictOf(posting('Experience building APIs in Go'), resume('Gin handlers for the billing service'), 'Experience').verdict).toBe('met');
    expect(verdictOf(posting('Experience building APIs in Node.js'), resume('Node.js scripts that resize images'), 'Experience').verdict).toBe('partial');
  });
});

describe('a duty that repeats a choice the asks already ask', () => {
  const posting = (ask: string) =>
    ['Data Engineer', '', "What you'll do", '- Move the click stream from hourly files to streaming, with Kafka or Kinesis', '- Run the dbt project', '', 'What we need', `- ${ask}`, '- Strong SQL'].join('\n');
  const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => r.text);
  it('is one row, the ask: the gap is not counted twice', () => {
    const got = rows(posting('Experience running a streaming system in production (Kafka, Kinesis or Pulsar)'));
    expect(got.some((t) => t.startsWith('Move the click stream'))).toBe(false);
    expect(got.some((t) => t.startsWith('Experience running a streaming system'))).toBe(true);
  });
  it('but a duty whose choice the asks do not name stays asked', () => {
    const got = rows(posting('Experience with Python'));
    expect(got.some((t) => t.startsWith('Move the click stream'))).toBe(true);
  });
});
