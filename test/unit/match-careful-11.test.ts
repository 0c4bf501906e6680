import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { findDateRanges, monthString } from '@/lib/resume/dates';
import { engine, TODAY } from './readers';

// Readings mended after careful-reader-9 and -10 (session 35, #12): each with lines written for this test and a
// counter-example.
/** The verdict of a posting's one requirement line, against a resume's text, read end to end. */
function verdictOf(line: string, resume: string, heading = 'Requirements') {
  const a = analyzePosting(engine, postingFromText(`Quarrytown | Engineer | Remote\n\n${heading}:\n- ${line}\n`));
  const m = matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY));
  return m.requirements![0]!;
}
const profileOf = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;
const yearsMinOf = (text: string) => postingFacts(postingFromText(`Quarrytown | Engineer | Remote\n\n${text}`)).yearsMin;

describe('"X or another <kind>": a product of that kind the resume names', () => {
  it('a product called by the kind\u2019s noun, on a line about the kind\u2019s work, meets it', () => {
    const cv = 'EXPERIENCE\nBackend Engineer, Lindenpost, 2020 – present\n- Appointment reminders by text message through the MessageBird API\n';
    const v = verdictOf('Experience with Twilio or another messaging API', cv);
    expect(v.verdict).toBe('met');
    expect(v.evidence).toContain('MessageBird');
    // Two products named together before the plural noun.
    const two = 'EXPERIENCE\nEngineer, Lindenpost, 2020 – present\n- Built SMS fallbacks on the Plivo and Vonage APIs\n';
    expect(verdictOf('Experience with Twilio or another messaging API', two).verdict).toBe('met');
  });

  it('counter-examples: a product of another kind called by the noun; the kind\u2019s work without a product', () => {
    const card = 'EXPERIENCE\nBackend Engineer, Lindenpost, 2020 – present\n- Card checkout on the Stripe API\n';
    expect(verdictOf('Experience with Twilio or another messaging API', card).verdict).toBe('unmet');
    const words = 'EXPERIENCE\nBackend Engineer, Lindenpost, 2020 – present\n- Sent text messages to couriers from a Django app\n';
    expect(verdictOf('Experience with Twilio or another messaging API', words).verdict).toBe('unmet');
  });
});

describe('contributions to open source the resume shows', () => {
  it('a section headed "Open source" meets an ask that names no project', () => {
    const cv = 'EXPERIENCE\nEngineer, Tollbridge, 2019 – present\n- Go services\n\nOPEN SOURCE\n- Fixed two races in a popular Go HTTP router\n\nEDUCATION\nBSc Physics, 2018\n';
    const v = verdictOf('Contributions to open-source projects are a plus', cv);
    expect(v.verdict).toBe('met');
    expect(v.evidence).toContain('Fixed two races');
  });

  it('"patches merged into", "maintainer of", "contributor to" in a line say it too', () => {
    for (const line of ['- Had patches merged into the tokio scheduler', '- Maintainer of a small YAML linter on GitHub', '- Long-time contributor to the Debian installer']) {
      const cv = `EXPERIENCE\nEngineer, Tollbridge, 2019 – present\n${line}\n`;
      expect(verdictOf('Open-source contributions to networking projects', cv).verdict).toBe('met');
    }
  });

  it('counter-example: the section ends at the next heading, in capitals or not', () => {
    const cv = 'Open source\n\nEducation\nBSc Physics, Marlbury University, 2018\n\nEXPERIENCE\nEngineer, Tollbridge, 2019 – present\n- Go services\n';
    expect(verdictOf('Contributions to open-source projects are a plus', cv).verdict).toBe('unmet');
  });

  it('counter-examples: a contribution that is no code, and the use of open-source tools', () => {
    const money = 'EXPERIENCE\nEngineer, Tollbridge, 2019 – present\n- Contributed to a 20% rise in checkout conversion\n';
    expect(verdictOf('Contributions to open-source projects are a plus', money).verdict).toBe('unmet');
    const use = 'EXPERIENCE\nEngineer, Tollbridge, 2019 – present\n- Built dashboards with open-source tools (Grafana, Prometheus)\n';
    expect(verdictOf('Contributions to open-source projects are a plus', use).verdict).toBe('unmet');
  });
});

describe('years said uncounted, then counted in part', () => {
  it('"several years of X, at least N of them in Y" asks N years at least', () => {
    expect(yearsMinOf('Requirements:\n- You bring many years of backend work, at least four of them with Go.\n')).toBe(4);
    expect(yearsMinOf('About you:\n- Several years of compiler work behind you, at least 2 of them in LLVM.\n')).toBe(2);
  });

  it('counter-example: years left uncounted and no part counted ask no minimum', () => {
    expect(yearsMinOf('Requirements:\n- A few years in data roles\n')).toBeNull();
  });
});

describe('"Since Q2 2022" opens a range', () => {
  it('a quarter (or a season) after "since" runs to the present, and the role is read', () => {
    const [r] = findDateRanges('Since Q3 2021    Data Engineer, Fernhollow Logistics');
    expect(r).toMatchObject({ end: null });
    expect(monthString(r!.start)).toBe('2021-07');
    expect(findDateRanges('Since Autumn 2020  Barista, Copperkettle')[0]).toMatchObject({ end: null });
    const p = profileOf('EMPLOYMENT\n\nQ1 2017 – Q2 2021    Analyst, Ravensmoor Bank\nSQL reports\n\nSince Q3 2021    Data Engineer, Fernhollow Logistics\nAirflow DAGs\n');
    expect(p.roles.map((r) => r.title)).toEqual(['Analyst', 'Data Engineer']);
    expect(p.totalYears).toBeCloseTo(9.9, 0);
  });

  it('counter-example: a quarter alone is that quarter\u2019s months', () => {
    const [r] = findDateRanges('Q3 2021  Hackathon winner');
    expect(r!.end! - r!.start).toBe(2);
  });
});
