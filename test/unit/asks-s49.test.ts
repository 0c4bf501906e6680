import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { postingFromText } from '@/lib/posting/text';
import { engine, TODAY } from './readers';

// Written for this test (session 49, #12 and #13): classes found on the lead's fresh pairs of session 49.
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const ids = (text: string) => findSkills(bundled().matcher, text).map((h) => h.skillId);
const asks = (...lines: string[]) => ['Requirements', ...lines.map((l) => `- ${l}`)].join('\n');

describe('game build tools and consoles', () => {
  it("UAT beside UBT is Unreal's automation tool, not acceptance testing", () => {
    expect(ids('Keep the UBT/UAT steps of the nightly package green.')).not.toContain('quality-assurance');
    expect(ids('Fluent with UBT and UAT on large projects.')).not.toContain('quality-assurance');
    expect(ids('Run UAT sessions with the finance users before each release.')).toContain('quality-assurance');
    expect(ids('Plan the QA and UAT cycles of the payroll system.')).toContain('quality-assurance');
  });
  it('console SDKs are console work, not building SDKs', () => {
    expect(ids('Familiar with the console SDKs of at least one platform holder.')).toContain('console-development');
    expect(ids('Familiar with the console SDKs of at least one platform holder.')).not.toContain('sdk-development');
    expect(ids('Design and publish our public SDKs for Python and Java.')).toContain('sdk-development');
  });
  it('a build engineer is release engineering, so its years count', () => {
    expect(ids('Four years as a build engineer at a console studio.')).toContain('release-engineering');
    const row = rows(asks('3+ years in build or release engineering')).find((r) => r.kind === 'years');
    expect(row?.groups).toEqual([['release-engineering']]);
  });
});

describe('a bar the resume fails caps the score', () => {
  const posting = (clearance: string) =>
    [
      'Network Administrator',
      '',
      'Requirements',
      `- ${clearance}`,
      '- 3+ years administering Cisco routers and switches',
      '- Experience with VMware vSphere',
      '- Scripting in Python or PowerShell',
      '',
      'Nice to have',
      '- Splunk',
    ].join('\n');
  const resume = (extra: string) =>
    ['Dana Reyes', extra, '', 'Experience', 'Network Engineer, Ridgeview Hospital, Jan 2018 - Present', '- Cisco routers and switches, VMware vSphere hosts', '- Python and PowerShell scripts; Splunk alerts'].join('\n');
  const match = (ask: string, extra: string) => {
    const a = analyzePosting(engine, postingFromText(posting(ask)));
    return matchResume(engine, a, analyzeResume(engine, 'cv.txt', resume(extra), TODAY));
  };
  it('an active clearance asked and not shown: the skills met cannot make up for it', () => {
    const m = match('Active Secret clearance required', 'Austin, TX');
    expect(m.score).toBe(45);
    expect(m.explanation).toMatch(/capped at 45: the resume does not meet a required clearance/);
  });
  it('but not when the clearance is held, only wished for, or can be obtained after hire', () => {
    expect(match('Active Secret clearance required', 'Clearance: active Secret').score).toBeGreaterThan(80);
    expect(match('Secret clearance preferred', 'Austin, TX').score).toBeGreaterThan(80);
    expect(match('Ability to obtain a Secret clearance', 'US citizen').score).toBeGreaterThan(80);
    expect(match('Active Secret clearance required', 'Clearance: active Secret').explanation).not.toMatch(/capped/);
  });
});

describe('a closing wish in another language', () => {
  it('wishes for what follows it, and the line asks the rest (Dutch under "Wat we vragen", a heading of asks)', () => {
    const lines = (...l: string[]) => ['Anforderungen', ...l.map((x) => `- ${x}`), '- Sehr gute Deutschkenntnisse', '- Mindestens 3 Jahre Erfahrung mit Java'].join('\n');
    const got = rows(lines('Erfahrung mit Kubernetes, idealerweise auch Helm'));
    expect(got.find((r) => r.text === 'Helm')?.importance).toBe('preferred');
    expect(got.find((r) => /Kubernetes/.test(r.text))?.groups).toEqual([['kubernetes']]);
    const fr = rows(['Profil recherché', '- Maîtrise de Terraform, idéalement Pulumi', "- Au moins 3 ans d'expérience en tant que DevOps"].join('\n'));
    expect(fr.find((r) => r.text === 'Pulumi')?.importance).toBe('preferred');
    const nl = rows(['Wat we vragen', '- Ervaring met Go, bij voorkeur ook Rust', '- Minimaal 4 jaar ervaring als backend developer'].join('\n'));
    expect(nl.find((r) => r.text === 'Rust')?.importance).toBe('preferred');
    expect(nl.find((r) => r.text === 'Ervaring met Go')?.groups).toEqual([['go']]);
    // (Dutch "en" joins all of them, as "and" does.)
    const both = rows(['Wat je meebrengt', '- Ervaring met Go en Rust', '- Minimaal 4 jaar ervaring als backend developer'].join('\n'));
    expect(both.find((r) => /Go en Rust/.test(r.text))?.groups).toEqual([['go'], ['rust']]);
  });
  it('in English too, "ideally also" leaves the "also" out of the wish', () => {
    expect(rows(asks('Experience with Kafka, ideally also Flink')).map((r) => [r.text, r.importance])).toEqual([
      ['Experience with Kafka', 'required'],
      ['Flink', 'preferred'],
    ]);
  });
});

describe('leading a team, work across teams, and contributions, in words', () => {
  const verdictOf = (ask: string, lines: string[]) => {
    const a = analyzePosting(engine, postingFromText(['Requirements', '- 5+ years building backend services in Java', '', 'Nice to have', `- ${ask}`].join('\n')));
    const m = matchResume(engine, a, analyzeResume(engine, 'cv.txt', ['Ola Berg', '', 'Experience', 'Senior Engineer, Fjellnett AS, Jan 2017 - Present', '- Java services for billing', ...lines.map((l) => `- ${l}`)].join('\n'), TODAY));
    return m.requirements![a.requirements.findIndex((r) => r.text === ask)]!.verdict;
  };
  it('leading a team is met by a line that says the resume led one, managed its engineers, or was its tech lead', () => {
    expect(verdictOf('Experience leading a small team', ['Led a squad of four engineers through the ledger rewrite'])).toBe('met');
    expect(verdictOf('Experience leading a small team', ['Tech lead for the invoicing group'])).toBe('met');
    expect(verdictOf('Experience leading a small team', ['Managed five engineers after the reorg'])).toBe('met');
  });
  it('but not by being on a team, nor by lead generation', () => {
    expect(verdictOf('Experience leading a small team', ['Team member on the invoicing squad'])).toBe('unknown');
    expect(verdictOf('Experience leading a small team', ['Built the lead generation pipeline for sales'])).toBe('unknown');
  });
  it('work led with several teams', () => {
    expect(verdictOf('A record of leading a technical initiative across several teams', ['Led the move to event sourcing with three teams'])).toBe('met');
    expect(verdictOf('A record of leading a technical initiative across several teams', ['Led the move to event sourcing on my team'])).not.toBe('met');
  });
  it('contributions to a foundation\'s projects, by a line labelled open source or patches sent to a named project', () => {
    expect(verdictOf('Contributions to Apache projects', ['Open source: two patches to Apache Kafka Connect'])).toBe('met');
    expect(verdictOf('Contributions to Apache projects', ['Sent pull requests to Debezium for Oracle support'])).toBe('met');
    expect(verdictOf('Contributions to Apache projects', ['Applied security patches to the fleet every month'])).toBe('unknown');
  });
});

describe('headings of wishes and asks seen on boards abroad', () => {
  it('"Highly regarded" heads wishes (Australia), and a clearance under it is no fact of the posting', () => {
    const text = ['Platform Engineer', '', 'What you will bring', '- 4+ years with AWS', '', 'Highly regarded', '- NV1 clearance', '- Buildkite'].join('\n');
    const a = analyzePosting(engine, postingFromText(text));
    expect(a.requirements.filter((r) => /NV1|Buildkite/.test(r.text)).map((r) => r.importance)).toEqual(['preferred', 'preferred']);
    expect(a.facts.clearance).toBeNull();
    expect(rows(asks('4+ years with AWS', 'An NV1 clearance is highly regarded')).find((r) => /NV1/.test(r.text))?.importance).toBe('preferred');
  });
});

describe('a short line under asks written in one language', () => {
  it('is read in that language where three or more lines are (Spanish, Italian): "Scripting en Python o Bash" is one choice', () => {
    const es = rows(['Requisitos', '- Al menos 4 años de experiencia como ingeniero de plataforma', '- Experiencia con Kubernetes en producción', '- Conocimientos de redes y seguridad en la nube', '- Scripting en Python o Go'].join('\n'));
    expect(es.find((r) => /Scripting/.test(r.text))?.groups).toEqual([['python', 'go']]);
    const it_ = rows(['Requisiti', '- Almeno 3 anni di esperienza come sistemista Linux', '- Conoscenza di Ansible e Terraform', '- Esperienza con AWS o Azure', '- Scripting in Bash o Python'].join('\n'));
    expect(it_.find((r) => /Scripting/.test(r.text))?.groups).toEqual([['bash', 'python']]);
  });
  it('but a text of English lines keeps its short lines as they are', () => {
    const en = rows(['Requirements', '- 4+ years as a platform engineer', '- Kubernetes in production', '- Networking and cloud security', '- Terraform y Pulumi'].join('\n'));
    expect(en.find((r) => /Terraform/.test(r.text))?.groups).toEqual([['terraform'], ['pulumi']]);
  });
});

describe("a vendor's certification at either of two titles", () => {
  it('"Okta Certified Professional or Administrator" is one choice of two titles, not "Administrator" asked alone', () => {
    expect(rows(asks('Okta Certified Professional or Administrator'))[0]!.groups).toEqual([['term:Okta Professional', 'term:Okta Administrator']]);
    expect(rows(asks('AWS Certified Solutions Architect Associate or Professional'))[0]!.groups).toEqual([['term:AWS Solutions Architect Associate', 'term:AWS Solutions Architect Professional']]);
  });
});
