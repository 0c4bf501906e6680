import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, itemsOfText, TODAY } from './readers';

// Readings mended after the s40b batch's first read (careful-reader-20, #12): each with lines written for this test and a
// counter-example.
const items = (text: string) => itemsOfText(text).map((i) => `${i.importance} ${i.kind} ${i.text}`);
const salary = (body: string) => {
  const s = postingFacts(postingFromText(`Orrin Vale | Engineer | Remote\n\n${body}`)).salary;
  return s ? `${s.currency} ${s.min}-${s.max} ${s.period}` : null;
};
const kinds = (text: string) => postingFromText(text).sections.map((s) => `${s.kind} ${s.heading}`);

describe('pay written the way Poland and Brazil write it', () => {
  it('thousands grouped by spaces, with a spaced dash between the ends, are one range, not a label and an amount', () => {
    expect(salary('The offer is 18 000 \u2013 22 000 PLN gross a month on a permanent contract.')).toBe('PLN 18000-22000 month');
    expect(salary('Monthly pay 31 500 - 36 000 CZK')).toBe('CZK 31500-36000 month');
    // (A label before the dash still heads its pay.)
    expect(salary('Salary - \u20ac61,000\u2013\u20ac68,000')).toBe('EUR 61000-68000 year');
  });
  it('"R$" is the Brazilian real; a bare "$" stays the dollar', () => {
    expect(salary('Contract: CLT, R$ 9.500 to R$ 12.800 per month.')).toBe('BRL 9500-12800 month');
    expect(salary('Salary: $9,500 to $12,800 per month.')).toBe('USD 9500-12800 month');
  });
});

describe('a role line that opens with its dates and runs on', () => {
  const total = (line: string) => analyzeResume(engine, 'cv', `Wren Halvorsen\nOmaha, NE\n\nExperience\n${line}\n`, TODAY).profile?.totalYears ?? null;
  it('"2021-04 – present  Platform Engineer, Company: what was done …" is a role however long the line', () => {
    expect(total('2021-04 \u2013 present  Platform Engineer, Sandhill Grain Co: Terraform modules for 40 accounts, Buildkite pipelines, Vault, Consul, on-call lead for the ledger')).toBeGreaterThan(5);
  });
  it('a long sentence that opens with dates and has no role heading before a colon is not one', () => {
    expect(total('2021-04 \u2013 present we moved the grain ledger off the mainframe and rebuilt the reporting, the billing exports and the audit trail, twice, for two owners')).toBeNull();
  });
});

describe('headings of a whole posting', () => {
  it('"Job Description:" over a list that mostly asks heads the asks; over duties it stays the duties', () => {
    const asks = 'Kotlin Developer | Noida\n\nJob Description:\n- Hands on experience in Kotlin coroutines.\n- Good exposure on Jetpack Compose.\n- Should have working knowledge of Room.\n- Candidate should be comfortable with Git.\n';
    expect(kinds(asks)).toContain('requirements Job Description');
    const duties = 'Kotlin Developer | Noida\n\nJob Description:\n- Build the ordering screens of our grocery app.\n- Fix crashes reported from the field.\n- Review pull requests from two juniors.\n';
    expect(kinds(duties)).toContain('responsibilities Job Description');
  });
  it('LinkedIn\'s "About the job" wraps the whole description: its prose asks; "About the company" stays about-us', () => {
    const text = 'About the job\nBackend Developer \u2013 Remote (Chile)\n\nWe build software for vineyards. You need solid experience with Django and PostgreSQL.\n';
    expect(items(text)).toContain('required skills You need solid experience with Django and PostgreSQL.');
    expect(kinds('Orrin Vale | Engineer\n\nAbout the company\nWe build software for vineyards.\n')).toContain('about About the company');
  });
  it('the posting\'s title on its first line asks nothing, whatever skill its words spell', () => {
    const text = 'Immediate Opening \u2013 Kotlin Developer \u2013 Noida\n\nRequirements:\n- 3+ years of Kotlin\n- Jetpack Compose\n';
    expect(items(text).some((i) => i.includes('Immediate Opening'))).toBe(false);
    expect(items(text)).toContain('required skills Jetpack Compose');
  });
});

describe('two openings, each a title over its own list', () => {
  const posting = 'Two roles at Tallow Street (Remote, EU)\n\nWe are hiring for two roles; apply to one.\n\nData Engineer\n- 3+ years with Spark\n- Airflow\n\nMobile Engineer\n- 3+ years with Swift\n- SwiftUI\n\nFor both roles: you must already have the right to work in the EU.\n';
  const resume = 'Marit Solberg\nBergen, Norway \u00b7 Norwegian citizen (EEA)\n\nExperience\nData Engineer, Fjordlight, Jan 2020 \u2013 present\n- Spark jobs on EMR, Airflow DAGs\n';
  it('the resume is judged against the opening it fits; the other opening\'s asks are left out, the shared ones kept', () => {
    const a = analyzePosting(engine, postingFromText(posting));
    const m = matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY));
    const v = (start: string) => m.requirements![a.requirements.findIndex((r) => r.text.startsWith(start))]!.verdict;
    expect(v('3+ years with Spark')).toBe('met');
    expect(v('3+ years with Swift')).toBe('unknown');
    expect(v('you must already have')).toBe('met');
    expect(m.score).toBeGreaterThanOrEqual(90);
  });
  it('one title over one list is no set of openings', () => {
    const one = 'Tallow Street (Remote, EU)\n\nData Engineer\n- 3+ years with Spark\n- 2+ years with Swift\n';
    const a = analyzePosting(engine, postingFromText(one));
    const m = matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY));
    expect(m.requirements![a.requirements.findIndex((r) => r.text.startsWith('2+ years with Swift'))]!.verdict).toBe('unmet');
  });
});

describe('asks inside prose and inline labels', () => {
  it('a level\'s roman numeral is no first person: "Platform Developer I certification" is wished; "I built …" still asks nothing', () => {
    const text = 'Orrin Vale | Engineer | Remote\n\nRequirements:\n- Apex\n\nGood to have: Salesforce Platform Developer I certification, Copado.\n';
    expect(items(text).some((i) => i.startsWith('preferred') && i.includes('Platform Developer I'))).toBe(true);
    const first = 'Orrin Vale | Engineer | Remote\n\nRequirements:\n- Apex\n\nGood to have: I built our Copado pipelines myself.\n';
    expect(items(first).some((i) => i.includes('I built'))).toBe(false);
  });
  it('a language said to be necessary, with its reason after it, is asked', () => {
    const text = 'Orrin Vale | Engineer | Remote\n\nWe are a small agency. Fluent Spanish is necessary because our team in Monterrey runs the stand-ups.\n';
    expect(items(text)).toContain('required language Fluent Spanish is necessary because our team in Monterrey runs the stand-ups.');
  });
  it('"Experience with X is welcome" after a required choice is a wish of its own; "… welcome too" joins the choice', () => {
    const own = items('Orrin Vale | Engineer | Remote\n\nWe build ledgers. Good knowledge of SQL databases (PostgreSQL or MariaDB) is required. Experience with Snowflake is welcome.\n');
    expect(own).toContain('preferred skills Experience with Snowflake is welcome.');
    const joined = items('Orrin Vale | Engineer | Remote\n\nWe build ledgers. Good knowledge of PostgreSQL or MariaDB is required. Experience with SQL Server is welcome too.\n');
    expect(joined).not.toContain('preferred skills Experience with SQL Server is welcome too.');
  });
  it('years of a field, then a list of names after a comma: the names carry no years; years of a name list stay one ask', () => {
    const req = (line: string) => itemsOfText(`Orrin Vale | Engineer | Remote\n\nRequirements:\n- ${line}\n`).map((i) => `${i.kind} ${i.text}`);
    expect(req('7+ years in network operations, Juniper, Ansible and NetBox')).toEqual(['years 7+ years in network operations', 'skills Juniper, Ansible and NetBox']);
    expect(req('5+ years of Ruby, Elixir or Go')).toEqual(['years 5+ years of Ruby, Elixir or Go']);
    expect(req('4+ years of experience with Spark, Kafka and Flink')).toEqual(['years 4+ years of experience with Spark, Kafka and Flink']);
  });
  it('a sentence that opens with "What we are looking for:" asks whole, though "we are" begins it', () => {
    const text = 'Orrin Vale | Engineer | Remote\n\nWe make payroll software for farms. What we are looking for: solid Go, experience running Postgres, and knowledge of queues (ideally NATS).\n';
    expect(items(text).some((i) => i.startsWith('required skills What we are looking for: solid Go'))).toBe(true);
  });
  it('"It\'s a differential if you have …" (Brazil\'s English for a plus) wishes; "it\'s required" still requires', () => {
    const text = 'Orrin Vale | Engineer | Remote\n\nRequirements:\n- Solid Python\n- It\'s a differential if you have worked with Dagster.\n';
    expect(items(text)).toContain('preferred skills It\'s a differential if you have worked with Dagster.');
    expect(items(text)).toContain('required skills Solid Python');
  });
  it('"Advanced English" is partly met by English at an intermediate level, met by fluent English', () => {
    const verdict = (level: string) => {
      const a = analyzePosting(engine, postingFromText('Orrin Vale | Engineer | Remote\n\nRequirements:\n- Python\n- Advanced English, as the team spans three countries\n'));
      const k = a.requirements.findIndex((r) => r.text.startsWith('Advanced English'));
      const r = analyzeResume(engine, 'cv', `Caio Menezes\nRecife, Brazil\nLanguages: Portuguese (native), English (${level})\n\nExperience\nDeveloper, Mangue Labs, Jan 2020 \u2013 present\n- Python services\n`, TODAY);
      return matchResume(engine, a, r).requirements![k]!.verdict;
    };
    expect(verdict('intermediate')).toBe('partial');
    expect(verdict('fluent')).toBe('met');
  });
  it('"Any graduate, B.Sc preferred": a bachelor\'s of any kind is required; "B.Sc preferred" alone is a wish', () => {
    const degree = (line: string) => postingFacts(postingFromText(`Orrin Vale | Engineer | Pune\n\nRequirements:\n- Java\n- ${line}\n`)).degree;
    expect(degree('Qualification: Any graduate, B.Sc preferred.')).toMatchObject({ level: 'bachelor', required: true });
    expect(degree('B.Sc preferred.')).toMatchObject({ level: 'bachelor', required: false });
  });
});
