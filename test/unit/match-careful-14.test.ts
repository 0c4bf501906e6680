import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { classifyHeading } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, TODAY } from './readers';

// Readings mended after careful-reader-13's first read (session 37c, #12): each with lines written for this test and a
// counter-example.
function verdictOf(line: string, resume: string, title = 'Larkspur | Engineer | Remote') {
  const a = analyzePosting(engine, postingFromText(`${title}\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
}
const facts = (text: string, title = 'Larkspur | Engineer | Remote') => postingFacts(postingFromText(`${title}\n\n${text}`));
const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;

describe('facts of postings from India, Australia and LinkedIn', () => {
  it('"Work from office (5 days)" is on site; with fewer days it is hybrid', () => {
    expect(facts('Requirements:\n- Linux\n', 'Cloud Engineer | Hyderabad | Work from office (5 days)').workMode).toBe('onsite');
    expect(facts('Requirements:\n- Linux\n', 'Cloud Engineer | Noida | Work from office (2 days a week)').workMode).toBe('hybrid');
    expect(facts('Requirements:\n- Linux\n', 'Cloud Engineer | Chennai | WFO').workMode).toBe('onsite');
  });

  it('a bare dollar in a posting placed in Australia or Canada is that country\u2019s; a US place keeps it American', () => {
    expect(facts('Pay\n$150,000 - $170,000 + super\n', 'Platform Engineer \u2014 Brisbane (hybrid)').salary).toMatchObject({ currency: 'AUD', min: 150000, max: 170000 });
    expect(facts('Pay\n$110,000 - $130,000 a year\n', 'Platform Engineer \u2014 Calgary, AB (hybrid)').salary).toMatchObject({ currency: 'CAD' });
    // (A US town, or both countries named, leave the dollar as it is.)
    expect(facts('Pay\n$110,000 - $130,000 a year\nYou will support customers in Canada.\n', 'Platform Engineer \u2014 Portland, OR (hybrid)').salary).toMatchObject({ currency: 'USD' });
    expect(facts('Pay\n$110,000 - $130,000 a year\n', 'Platform Engineer \u2014 remote in the US or Canada').salary).toMatchObject({ currency: 'USD' });
    expect(facts('Pay\n$110,000 - $130,000 a year\n', 'Platform Engineer \u2014 Winnipeg or remote in North America').salary).toMatchObject({ currency: 'USD' });
  });

  it('"Additional qualifications" after "Qualifications" is what is preferred; "Eligibility" heads what is asked', () => {
    expect(classifyHeading('Additional qualifications')).toBe('preferred');
    expect(classifyHeading('Additional Skills:')).toBe('preferred');
    expect(classifyHeading('Eligibility:')).toBe('requirements');
    expect(classifyHeading('Qualifications')).toBe('requirements');
    expect(classifyHeading('What we look for:')).toBe('requirements');
    expect(classifyHeading('What we look for in you')).toBe('requirements');
    // (What the company looks for in its work is no heading of asks.)
    expect(classifyHeading('What we look for in a partner bank and why')).not.toBe('requirements');
    const d = facts('Qualifications\n- 4+ years of Go\n\nAdditional qualifications\n- Bachelor\u2019s degree in Computer Science\n').degree;
    expect(d).toMatchObject({ level: 'bachelor', required: false });
  });

  it('years in a bracket after a skill are that skill\u2019s: a plain ask of years is the minimum', () => {
    expect(facts('Requirements:\n- 5+ years in infrastructure or operations engineering\n- Ansible (2+ yrs), Docker (1+ yr)\n').yearsMin).toBe(5);
    // (Bracket years alone still give a minimum.)
    expect(facts('Requirements:\n- Ansible (3+ yrs)\n- Docker\n').yearsMin).toBe(3);
  });
});

describe('verdicts', () => {
  it('"full working rights in Australia" is met by an Australian citizen or permanent resident, not by another country', () => {
    const line = 'You hold full working rights in Australia';
    expect(verdictOf(line, 'Mai Tran\nPerth \u00b7 Australian permanent resident\n\nExperience\nSRE, Quokka Ltd, 2019 \u2013 present\n- Go\n').verdict).toBe('met');
    expect(verdictOf(line, 'Mai Tran\nAuckland \u00b7 New Zealand citizen\n\nExperience\nSRE, Quokka Ltd, 2019 \u2013 present\n- Go\n').verdict).toBe('unknown');
  });

  it('an energy retailer named for what it sells tells the industry', () => {
    const cv = (company: string) => `Experience\nPlatform Engineer, ${company}, 2020 \u2013 present\n- Terraform and AWS\n`;
    expect(verdictOf('Experience in the energy sector', cv('Riverbend Gas & Electric')).verdict).toBe('met');
    expect(verdictOf('Experience in the energy sector', cv('Coastal Power and Light')).verdict).toBe('met');
    expect(verdictOf('Experience in the energy sector', cv('Riverbend Games')).verdict).toBe('unmet');
  });

  it('"SRE or production operations": a systems engineer\u2019s years count with the SRE\u2019s', () => {
    const cv = 'Experience\nSite Reliability Engineer, Corvid Pay, Jan 2024 \u2013 present\n- Prometheus\nSystems Engineer, Wren Hosting, Jan 2020 \u2013 Dec 2023\n- Linux and Bash\n';
    expect(verdictOf('5+ years of SRE or production operations experience', cv).verdict).toBe('met');
    // (SRE asked alone: the systems engineer's years are not an SRE's.)
    expect(verdictOf('5+ years of SRE experience', cv).verdict).toBe('partial');
  });

  it('"<practice> with <tools>": a tool shown does the practice; a tool or language named first is no practice', () => {
    const cv = 'Experience\nBackend Engineer, Tamsin Bank, 2021 \u2013 present\n- NATS consumers for ledger events, in Go\n';
    expect(verdictOf('Event streaming with NATS or Pulsar', cv).verdict).toBe('met');
    // (A tool after "with" that the resume lacks, named in the practice's place, leaves it partial.)
    expect(verdictOf('Event streaming with NATS and Apache Flink', cv).verdict).toBe('partial');
    expect(verdictOf('Strong experience with NATS and Apache Flink', cv).verdict).toBe('partial');
  });

  it('"Linux administration": Linux run in an infrastructure or operations role is administered; in a developer\u2019s, not shown', () => {
    const ops = 'Experience\nOperations Engineer, Harrow Hosting, Jan 2019 \u2013 present\n- Linux (Ubuntu, Rocky) on 300 hosts; Puppet\n';
    expect(verdictOf('Linux administration (3+ yrs)', ops).verdict).toBe('met');
    const dev = 'Experience\nBackend Developer, Harrow Hosting, Jan 2019 \u2013 present\n- Go services deployed on Linux\n';
    expect(verdictOf('Linux administration (3+ yrs)', dev).verdict).toBe('partial');
  });

  it('a spaced slash between names is a choice: one named on the resume shows it', () => {
    const cv = 'Experience\nSRE, Indus Pay, 2021 \u2013 present\n- Uptime of the UPI switch and its Kafka bus\n';
    expect(verdictOf('Exposure to NPCI / UPI systems', cv).verdict).toBe('met');
    expect(verdictOf('Exposure to NPCI / RuPay systems', cv).verdict).toBe('unmet');
  });
});

describe('the roles a resume holds', () => {
  it('a contractor\u2019s role, and a client\u2019s under it, whose lines build infrastructure count as infrastructure engineering', () => {
    const cv = 'CONTRACTS\nMoss Cloud Ltd \u2014 independent contractor    Mar 2021 \u2013 Present\n  - Azure landing zones and Terraform modules for three clients\n\nEMPLOYMENT\nInfrastructure Engineer, Fenwick Bank    Jan 2018 \u2013 Feb 2021\n  - VMware and Ansible\n';
    expect(profile(cv).skillYears['infrastructure-engineering']).toBeGreaterThan(8);
    // (A contractor whose lines write an app is no infrastructure engineer for those years.)
    const app = cv.replace('Azure landing zones and Terraform modules for three clients', 'React Native apps for three clients');
    expect(profile(app).skillYears['infrastructure-engineering']).toBeLessThan(3.5);
  });
});
