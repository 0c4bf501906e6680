import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { jobCountries } from '@/lib/match/work-rights';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, itemsOfText, TODAY } from './readers';

// Readings mended after the s40 batch's first read (careful-reader-19, #12): each with lines written for this test and a
// counter-example.
const items = (body: string) => itemsOfText(`Quarry Finch | Engineer | Remote\n\n${body}`).map((i) => `${i.importance} ${i.text}`);
const facts = (body: string, header = 'Quarry Finch | Engineer | Perth, Australia') => postingFacts(postingFromText(`${header}\n\n${body}`));

function verdictOf(header: string, line: string, resume: string) {
  const a = analyzePosting(engine, postingFromText(`${header}\n\nRequirements:\n- Linux hosts\n- ${line}\n`));
  const k = a.requirements.findIndex((r) => r.text.startsWith(line.slice(0, 12)));
  expect(k).toBeGreaterThanOrEqual(0);
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![k]!.verdict;
}
const cv = (head: string, lines = '- Patched Linux hosts') => `Tamsin Oyelaran\n${head}\n\nExperience\nSystems Engineer, Gorse Labs, Mar 2018 \u2013 present\n${lines}\n`;

describe('a clearance of the full scope', () => {
  it('"TS/SCI with Full Scope Poly" is partly met by a TS/SCI with a CI polygraph, met by a full-scope one', () => {
    const h = 'Gorse Labs | Systems Engineer | Fort Meade, MD';
    expect(verdictOf(h, 'Active TS/SCI with full-scope polygraph', cv('Laurel, MD | TS/SCI with CI poly (2023)'))).toBe('partial');
    expect(verdictOf(h, 'Active TS/SCI with full-scope polygraph', cv('Laurel, MD | TS/SCI with Full Scope Polygraph'))).toBe('met');
    // (A CI polygraph asked is met by a full-scope one: it holds the CI questions.)
    expect(verdictOf(h, 'Active TS/SCI with CI polygraph', cv('Laurel, MD | TS/SCI with Full Scope Polygraph'))).toBe('met');
  });
});

describe('the job\u2019s country, where the place names a city alone', () => {
  it('a large city names its country; a town with a state or province code is that country\u2019s', () => {
    expect(jobCountries('Platform Engineer (Vancouver, hybrid)')).toEqual(['Canada']);
    expect(jobCountries('Data Engineer \u2013 Stockholm')).toEqual(['Sweden']);
    expect(jobCountries('Kitchener, ON')).toEqual(['Canada']);
    // (A state code wins over a city of the same name elsewhere: "Dublin, OH" is in the US.)
    expect(jobCountries('Dublin, OH')).toEqual(['the US']);
    expect(jobCountries('Lisbon')).toEqual([]);
  });

  it('"we can\u2019t sponsor work permits" in a job in Montreal is met by a Canadian permanent resident', () => {
    expect(verdictOf('Backend Developer at Sorrel (Montreal, hybrid)', 'We are not able to sponsor work permits.', cv('Laval, QC \u00b7 Permanent resident of Canada'))).toBe('met');
    // (A resume that says nothing of its holder's rights still says nothing.)
    expect(verdictOf('Backend Developer at Sorrel (Montreal, hybrid)', 'We are not able to sponsor work permits.', cv('Laval, QC'))).toBe('unknown');
  });
});

describe('a permission tied to a visa, against rights that need no sponsor', () => {
  it('Stamp 1G, H-1B or a Skilled Worker visa does not meet citizenship, an unrestricted status or a refusal to sponsor', () => {
    expect(verdictOf('Gorse Labs | SRE | Cork, Ireland', 'Stamp 4 or EU citizenship needed; no sponsorship available', cv('Cork, Ireland \u00b7 Stamp 1G (valid until 2028)'))).toBe('unmet');
    expect(verdictOf('Gorse Labs | SRE | Denver, CO', 'We will not sponsor visas now or in the future', cv('Denver, CO \u00b7 H-1B (transfer needed)'))).toBe('unmet');
    expect(verdictOf('Gorse Labs | SRE | Leeds, UK', 'British citizenship is required for this post', cv('Leeds \u00b7 Skilled Worker visa'))).toBe('unmet');
    // (Authorised to work, with no refusal to sponsor: a visa that allows the work meets it or says nothing; never unmet.)
    expect(verdictOf('Gorse Labs | SRE | Denver, CO', 'Must be authorized to work in the US', cv('Denver, CO \u00b7 H-1B (transfer needed)'))).not.toBe('unmet');
    // (A visa named in the work, not of the holder, is no statement: "Filed H-1B petitions for the team".)
    expect(verdictOf('Gorse Labs | SRE | Denver, CO', 'We will not sponsor visas now or in the future', cv('Denver, CO', '- Patched Linux hosts\n- Filed H-1B petitions for new hires with the HR team'))).toBe('unknown');
  });
});

describe('lists and headings', () => {
  it('arrows and ticks that open lines are bullets', () => {
    expect(items('What you need\n\u2192 Rust in production\n\u2192 Postgres replication\n')).toEqual(['required Rust in production', 'required Postgres replication']);
    expect(items('What you need\n\u2713 Rust in production\n\u2713 Postgres replication\n')).toEqual(['required Rust in production', 'required Postgres replication']);
    // (An arrow inside a line is no bullet.)
    expect(items('What you need\n- Moving data from Kafka \u2192 S3\n')).toEqual(['required Moving data from Kafka \u2192 S3']);
  });

  it('"Nice extras" and "Welcome skills" head wishes', () => {
    expect(items('Requirements\n- Rust in production\n\nNice extras\n- Nix\n')).toEqual(['required Rust in production', 'preferred Nix']);
    expect(items('Required skills\n- Rust in production\n\nWelcome skills\n- Nix\n')).toEqual(['required Rust in production', 'preferred Nix']);
  });
});

describe('facts', () => {
  it('a clearance named with no level, then its level in a later line: the level', () => {
    expect(facts('Requirements\n- Australian citizenship, needed for the security clearance\n- Able to obtain an NV1 clearance\n').clearance).toBe('NV1');
    // (Named with no level alone, it stays a clearance of no level.)
    expect(facts('Requirements\n- Australian citizenship, needed for the security clearance\n- Terraform\n').clearance).toBe('security clearance');
  });
});

describe('certificates and tools by their short names', () => {
  const groups = (line: string) => itemsOfText(`Quarry Finch | Engineer | Remote\n\nRequirements:\n- ${line}\n`).flatMap((i) => i.groups);
  it('a level at the end of a certificate\u2019s title ("\u2013 Professional") is the title\u2019s, no term of its own', () => {
    expect(groups('AWS Certified DevOps Engineer \u2013 Professional or CKS certification')).toEqual([['term:AWS DevOps Engineer Professional', 'term:CKS']]);
    // (A word of the line outside the title stays: "Professional services experience".)
    expect(groups('AWS Certified DevOps Engineer \u2013 Professional; professional services experience').flat()).not.toContain('term:Professional');
  });

  it('"Litmus" beside chaos engineering is LitmusChaos; "a litmus test" is none', () => {
    expect(groups('Fault injection and chaos engineering with Litmus').flat()).toContain('litmuschaos');
    expect(groups('A litmus test: you have shipped Go to production').flat()).not.toContain('litmuschaos');
  });

  it('"Hetzner Cloud" is Hetzner, not Hetzner and cloud computing', () => {
    expect(groups('Running workloads on Hetzner Cloud')).toEqual([['hetzner']]);
  });
});

describe('languages', () => {
  it('"Irish language" and "Gaeilge" are languages; "Irish" alone is a people', () => {
    const kind = (line: string) => itemsOfText(`Quarry Finch | Engineer | Galway, Ireland\n\nNice to have:\n- ${line}\n`)[0]!.kind;
    expect(kind('Irish language, spoken or written')).toBe('language');
    expect(kind('Conversational Gaeilge')).toBe('language');
    expect(kind('Experience with Irish public bodies')).not.toBe('language');
  });
});

describe('more facts', () => {
  const f = (body: string) => postingFacts(postingFromText(`Quarry Finch | Engineer | Osaka, Japan\n\n${body}`));
  it('"full remote possible" offers remote work; "remote possible for exceptional candidates" is an exception', () => {
    expect(f('Location: Osaka \u2014 full remote possible anywhere in Japan\n\nRequirements\n- Go\n').workMode).toBe('remote');
    expect(f('Location: Osaka office. Remote possible for exceptional candidates.\n\nRequirements\n- Go\n').workMode).not.toBe('remote');
  });

  it('"a recognised sponsor" offers sponsorship', () => {
    expect(f('Requirements\n- Go\n\nAs a recognised sponsor we handle the paperwork for hires from outside the EU.\n').sponsorship).toBe(true);
    expect(f('Requirements\n- Go\n\nWe are a recognised leader in payments.\n').sponsorship).toBe(null);
  });

  it('years left uncounted, then counted at the clause\u2019s end ("\u2013 at least 5", "(minimum 4)")', () => {
    expect(f('Requirements\n- Several years of Elixir and Phoenix \u2013 at least 4\n').yearsMin).toBe(4);
    expect(f('Requirements\n- Many years building compilers (minimum 6)\n').yearsMin).toBe(6);
    // (A count of something else at the end is no count of the years.)
    expect(f('Requirements\n- Several years of Go, at least two languages besides\n').yearsMin).toBe(null);
  });
});

describe('prose and implied skills', () => {
  it('in prose with no headings, a language wished by name with its reason after it ("\u2026 is a bonus since our customers \u2026") is asked', () => {
    const prose = (s: string) => itemsOfText(`Backend Developer at Quarry Finch (Ottawa, hybrid)\n\nWe want four or more years of backend work. ${s}`).map((i) => `${i.importance} ${i.kind}`);
    expect(prose('Spanish is a plus since half our riders are in Mexico.')).toContain('preferred language');
    // (A sentence about the customers' language, with no word that needs or wishes for it, asks nothing.)
    expect(prose('Half our riders are in Mexico, so the app ships in Spanish.').filter((k) => k.endsWith('language'))).toEqual([]);
  });

  const cvOf = (line: string) => `Tamsin Oyelaran\nOttawa\n\nExperience\nBackend Engineer, Gorse Labs, Jan 2021 \u2013 present\n- ${line}\nJunior Developer, Gorse Labs, Jan 2019 \u2013 Dec 2020\n- Internal tools in PHP\n`;
  it('FastAPI services are APIs built; the Cluster Autoscaler tuned is autoscaling', () => {
    expect(verdictOf('Quarry Finch | Engineer | Remote', '8+ years building APIs in Python', cvOf('FastAPI services for the billing team'))).toBe('partial');
    expect(verdictOf('Quarry Finch | Engineer | Remote', '3+ years building APIs in Python', cvOf('FastAPI services for the billing team'))).toBe('met');
    expect(verdictOf('Quarry Finch | Engineer | Remote', 'EKS in production, including autoscaling', cvOf('Ran EKS clusters; tuned the Cluster Autoscaler for nightly batch'))).toBe('met');
    // (Flask alone is no API: a web app may have none.)
    expect(verdictOf('Quarry Finch | Engineer | Remote', '3+ years building APIs in Python', cvOf('Flask web app for the billing team'))).not.toBe('met');
  });
});

describe('work mode', () => {
  const mode = (body: string) => postingFacts(postingFromText(`Backend Engineer \u2014 Quarry Finch, Leiden\n\nRequirements\n- Python\n\n${body}`)).workMode;
  it('"work from home most days" with a day in the office is hybrid; the whole week from home stays remote', () => {
    expect(mode('Work from home most days; the team meets in the office every Tuesday.')).toBe('hybrid');
    expect(mode('We are fully remote: work from home most days, or from a caf\u00e9 if you like.')).toBe('remote');
  });
});
