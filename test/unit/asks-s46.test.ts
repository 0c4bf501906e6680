import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { classifyHeading } from '@/lib/posting/sections';
import { postingFacts } from '@/lib/requirements/facts';
import { findSkills } from '@/lib/skills/matcher';
import { engine, TODAY } from './readers';

// Written for this test (session 46, #12 and #13): Italian headings, "informatica" as a field of study, a programming
// language asked in general, years of one activity beside years of work, bare "streaming" beside an event log, and a
// polygraph named by its initials or after the word "clearance".
const ids = (text: string) => findSkills(engine.matcher, text).map((h) => h.skillId);
const kinds = (text: string) => postingFromText(text).sections.map((s) => s.kind);

describe('Italian headings', () => {
  it('are read as the English ones are', () => {
    expect(classifyHeading('Requisiti richiesti')).toBe('requirements');
    expect(classifyHeading('Chi cerchiamo')).toBe('requirements');
    expect(classifyHeading('Il profilo ideale:')).toBe('requirements');
    expect(classifyHeading('Sarà considerato titolo preferenziale')).toBe('preferred');
    expect(classifyHeading('Requisiti preferenziali')).toBe('preferred');
    expect(classifyHeading('Costituisce un plus')).toBe('preferred');
    expect(classifyHeading('Di cosa ti occuperai')).toBe('responsibilities');
    expect(classifyHeading('Le tue responsabilità')).toBe('responsibilities');
    expect(classifyHeading('Cosa ti offriamo')).toBe('benefits');
    expect(classifyHeading('Su di noi')).toBe('about');
  });
  it('split an Italian posting into its parts, and its asks are rows', () => {
    const text = [
      'Torino | Data Engineer | Ferrovie Digitali',
      '',
      'Di cosa ti occuperai',
      '- Pipeline di dati per i sensori dei treni',
      '',
      'Requisiti',
      '- Almeno 3 anni di esperienza con Python',
      '- Conoscenza di Airflow o Dagster',
      '',
      'Titoli preferenziali',
      '- Esperienza con Spark',
      '',
      'Cosa offriamo',
      '- Buoni pasto e smart working',
    ].join('\n');
    expect(kinds(text)).toEqual(['other', 'responsibilities', 'requirements', 'preferred', 'benefits']);
    const rows = analyzePosting(engine, postingFromText(text)).requirements;
    expect(rows.find((r) => /Airflow/.test(r.text))?.groups).toEqual([['airflow', 'dagster']]);
    expect(rows.find((r) => /Spark/.test(r.text))?.importance).toBe('preferred');
  });
  it('but an English heading and an Italian word that is no heading stay as they were', () => {
    expect(classifyHeading('Requirements')).toBe('requirements');
    expect(classifyHeading('Cosa Nostra Pizza')).toBeNull();
    expect(classifyHeading('Ruolo')).toBe('responsibilities');
  });
});

describe('informatica', () => {
  it('is a field of study after a degree or beside other fields', () => {
    expect(ids('Diploma di laurea triennale in Informatica o Matematica')).not.toContain('informatica');
    expect(ids('Ingegneria Informatica, Elettronica o affini')).not.toContain('informatica');
    expect(ids('Titulo de grado en Informatica')).not.toContain('informatica');
  });
  it('and the ETL tool where a tool is spoken of', () => {
    expect(ids('We are moving our nightly Informatica workflows to Airflow')).toContain('informatica');
    expect(ids('3+ years of Informatica or SSIS development')).toContain('informatica');
  });
});

describe('a programming language asked in general', () => {
  const posting = (ask: string) =>
    analyzePosting(engine, postingFromText(`Denver, CO | Software Engineer | Ridgeway\n\nQualifications\n- ${ask}\n- 2+ years building web services\n`));
  const verdict = (ask: string, work: string) => {
    const a = posting(ask);
    const m = matchResume(engine, a, analyzeResume(engine, 'cv.txt', `Ana Ruiz\n\nExperience\nSoftware Engineer, Tidewater, 2019 - Present\n${work}\n`, TODAY));
    return m.requirements![a.requirements.findIndex((r) => r.text.includes(ask.slice(0, 20)))]!;
  };
  it('is met by any language the resume shows', () => {
    const v = verdict('Proficiency in at least one general-purpose programming language', '- Billing services in Kotlin and PostgreSQL');
    expect(v.verdict).toBe('met');
    expect(v.evidence).toContain('Kotlin');
    expect(verdict('Coding skills in any mainstream language', '- Rust CLI tools for the data team').verdict).toBe('met');
  });
  it('but not by a stylesheet or a query language alone, nor where the resume shows none', () => {
    expect(verdict('Proficiency in at least one general-purpose programming language', '- Styled the storefront in CSS; SQL reports').verdict).not.toBe('met');
    expect(verdict('Proficiency in at least one general-purpose programming language', '- Managed vendor contracts').verdict).not.toBe('met');
  });
});

describe('years', () => {
  const yearsMin = (...lines: string[]) => postingFacts(postingFromText(`Austin, TX | Backend Engineer | Cobalt Yard\n\nRequirements\n${lines.map((l) => `- ${l}`).join('\n')}\n`)).yearsMin;
  it('of one activity said by its verb are not the years of work overall', () => {
    expect(yearsMin('6+ years of professional software engineering experience', '3+ years of experience mentoring engineers')).toBe(6);
    expect(yearsMin('4 years of industry experience', '1+ year of experience running incident reviews')).toBe(4);
  });
  it('but they are the minimum where nothing else states years, and years of work stay years of work', () => {
    expect(yearsMin('5+ years of experience shipping mobile apps')).toBe(5);
    expect(yearsMin('3+ years of experience working in backend teams', '2+ years of experience owning on-call')).toBe(3);
  });
});

describe('streaming', () => {
  it('beside an event log or a stream processor is data, not media', () => {
    expect(ids('Streaming know-how (Pulsar or Flink)')).not.toContain('streaming');
    expect(ids('Streaming experience: Kinesis, Redpanda')).not.toContain('streaming');
  });
  it('but media streaming stays media streaming', () => {
    expect(ids('Streaming experience for our live sports app (HLS, CDN)')).toContain('streaming');
  });
});

describe('a polygraph', () => {
  const clearance = (line: string) => postingFacts(postingFromText(`Fort Meade, MD | Systems Engineer | Halyard\n\nRequired\n- ${line}\n`)).clearance;
  it('named by its initials or after a plus goes with the TS/SCI', () => {
    expect(clearance('TS/SCI w/ FSP, current')).toBe('TS/SCI with polygraph');
    expect(clearance('TS/SCI + CI polygraph')).toBe('TS/SCI with polygraph');
  });
  it('but a TS/SCI alone is a TS/SCI, and so is one whose clearance is named before a polygraph (careful-reader-5 and -19)', () => {
    expect(clearance('Active TS/SCI clearance; willing to travel')).toBe('TS/SCI');
    expect(clearance('Current TS/SCI security clearance with a CI polygraph')).toBe('TS/SCI');
  });
});

describe('a cloud data warehouse', () => {
  it('is one thing, a data warehouse, not the cloud and a warehouse', () => {
    expect(ids('Hands-on with a cloud data warehouse (Synapse or Redshift)')).not.toContain('cloud-computing');
    expect(ids('Hands-on with a cloud data warehouse (Synapse or Redshift)')).toContain('data-warehousing');
  });
});

describe("a board's skill chips under \"Skills\"", () => {
  const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
  const posting = (chips: string) =>
    `Staff Engineer, Storage\nQuarrel Labs · Boston, MA\n\nAbout the job\nQuarrel Labs stores genomes for research hospitals.\n\nYou would do well here if you have run Ceph in production and you write Rust or C++ comfortably. We'd be thrilled if you have worked on erasure coding.\n\nSkills\n${chips}\n`;
  it('do not stop the asks in prose above them from being read', () => {
    const read = rows(posting('Ceph · Rust · C++ · Distributed Storage'));
    expect(read.some((r) => r.groups.some((g) => g.includes('rust') && g.includes('cpp')))).toBe(true);
    expect(read.find((r) => /thrilled/.test(r.text))?.importance).toBe('preferred');
  });
  it('but a part of asks in sentences under "Skills" is still the asks', () => {
    const read = rows(posting('- You have operated Ceph clusters of 10 PB or more.\n- You have written storage code in Rust.\n- You know how erasure coding trades space for repair time.'));
    expect(read.some((r) => /10 PB/.test(r.text))).toBe(true);
    expect(read.find((r) => /storage code in Rust/.test(r.text))?.importance).toBe('required');
  });
});

describe('a clearance on a resume given as the value of its field', () => {
  const held = (line: string) => analyzeResume(engine, 'cv.txt', `Sam Ore\nPerth, WA\n\nExperience\nSystems Engineer, Dunmore Defence, 2020 - Present\n- RHEL hardening\n\n${line}\n`, TODAY).profile!.clearance;
  it('is read by its level', () => {
    expect(held('Clearance: Baseline')).toBe('Baseline');
    expect(held('Security clearance - PV (2023)')).toBe('PV');
  });
  it('but a baseline that is no clearance is none', () => {
    expect(held('Built a performance baseline for the fleet')).toBeNull();
  });
});

describe('communication', () => {
  it('in the name of a field of study is no soft skill', () => {
    expect(ids('M.Tech, Electronics and Communication Engineering, 2017')).not.toContain('communication');
    expect(ids('Diploma in Communication Studies')).not.toContain('communication');
  });
  it('but said of the person it is', () => {
    expect(ids('Clear communication with customers and the team')).toContain('communication');
  });
});

describe('a spoken language asked at a level', () => {
  const verdict = (ask: string, langs: string) => {
    const a = analyzePosting(engine, postingFromText(`Graz | Backend Developer | Murtal Software\n\nAnforderungen\n- Erfahrung mit Java\n- ${ask}\n`));
    const m = matchResume(engine, a, analyzeResume(engine, 'cv.txt', `Ivo Marin\n\nExperience\nDeveloper, Adriasoft, 2018 - Present\n- Java services\n\nLanguages: ${langs}\n`, TODAY));
    return m.requirements![a.requirements.findIndex((r) => r.kind === 'language')]!.verdict;
  };
  it('keeps a bracketed level with the language it follows', () => {
    expect(verdict('Deutsch verhandlungssicher (mind. C1) und gute Englischkenntnisse', 'Croatian (native), English (C1), German (C2)')).toBe('met');
  });
  it('is unmet two levels below, partly met one level below', () => {
    expect(verdict('Deutsch verhandlungssicher (mind. C1) und gute Englischkenntnisse', 'Croatian (native), English (C1), German (A2)')).toBe('unmet');
    expect(verdict('Deutsch verhandlungssicher (mind. C1) und gute Englischkenntnisse', 'Croatian (native), English (C1), German (B2)')).toBe('partial');
  });
});
