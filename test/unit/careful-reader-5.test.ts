import { describe, expect, it } from 'vitest';
import { carefulSession } from './readers';

// Four postings in career-site styles (a cleared federal role with a degree-or-years ladder and a certification by
// example, a German .NET role with a CEFR level and pay written "68.000 – 82.000 €", a data-infrastructure role under
// "You might be a fit if you", a LinkedIn-style Linux role asking "at least two of" four tools) and four resumes, all
// written for this test (session 32, none from a real posting). Each pair's verdicts were decided before Fitmark read
// it. First read: 18 of 18 facts and 25 of 28 verdicts as decided. Not as decided:
// - "Experience with Ray" was no skill (unknown): "Ray" needs a machine-learning word near it, and this bullet has
//   none, though the same posting runs "Spark and Ray clusters". Now one sense a discourse (lib/skills/matcher.ts):
//   a form a rule accepted elsewhere in the posting is taken the same way where only the default rejects it.
// - "3+ of them on data infrastructure" is unmet for a Senior Data Engineer whose roles do not say "data platform" or
//   "data infrastructure" (I had decided met; a reader could say partial). Not asserted.
// - "Worked in biotech or pharma" is unknown, not unmet: the industries read are finance, insurance, telecom, health
//   care and retail. Not asserted.
// A second batch, read once after the fixes above: a Singapore bank's SRE role ("Must have / Good to have", pay by the
// month in SGD; a resume dated "2021.04 – Present") and a founding platform role in Ashby's style ("ideally" a tool
// after a choice of clouds; a resume with "Since March 2022"): 7 of 7 facts and 14 of 14 verdicts as decided.
const { pair, verdictsOf } = carefulSession('s32');

describe('what a careful reader reads in career-site postings (session 32)', () => {
  it('a cleared federal role: clearance, citizenship, a degree with years, AWS services and a certification by example', () => {
    const { a, m, byText } = pair('cleared');
    expect(a.facts).toMatchObject({ yearsMin: 8, workMode: 'hybrid', sponsorship: false, clearance: 'TS/SCI', salary: { min: 145000, max: 185000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'bachelor', required: true });
    expect(byText('Hands-on experience with AWS security services').item.groups[0]).toEqual(expect.arrayContaining(['guardduty', 'cloudtrail']));
    expect(byText('Python or PowerShell').item.groups).toEqual([['python', 'powershell']]);
    expect(verdictsOf('cleared', ['Active TS/SCI', 'U.S. citizenship', "Bachelor's degree", 'Hands-on experience with AWS security', 'Working knowledge of NIST', 'DoD 8570', 'Experience with Splunk', 'Python or PowerShell'])).toEqual(Array(8).fill('met'));
    expect(m.score).toBeGreaterThanOrEqual(90);
  });

  it('a German .NET role: years of two skills, a database and a broker by choice, German at C1 against B2, a plus', () => {
    const { a, byText } = pair('dotnet');
    expect(a.facts).toMatchObject({ yearsMin: 4, workMode: 'hybrid', sponsorship: null, salary: { min: 68000, max: 82000, currency: 'EUR', period: 'year' } });
    expect(byText('At least 4 years').item.years).toMatchObject({ min: 4 });
    expect(byText('Solid SQL skills').item.groups).toContainEqual(['sql-server', 'postgresql']);
    expect(byText('Experience with message brokers').item.groups[0]).toEqual(expect.arrayContaining(['rabbitmq', 'azure-service-bus']));
    expect(verdictsOf('dotnet', ['At least 4 years', 'Solid SQL skills', 'Experience with message brokers', 'Very good German', 'Familiarity with Docker', 'Kubernetes is a plus'])).toEqual(['met', 'met', 'met', 'partial', 'met', 'unmet']);
    expect(byText('Kubernetes is a plus').item.importance).toBe('preferred');
  });

  it('"You might be a fit if you": years overall, a language and one of two, engines and table formats by choice, a degree or experience', () => {
    const { a, byText } = pair('mldata');
    expect(a.facts).toMatchObject({ yearsMin: 8, workMode: 'remote', sponsorship: true, salary: { min: 230000, max: 290000, currency: 'USD', period: 'year' } });
    expect(a.facts.degree).toMatchObject({ level: 'master', equivalentExperience: true });
    expect(byText('Write production Python').item.groups).toEqual([['python'], ['scala', 'java']]);
    expect(byText('Have run Spark').item.groups).toEqual([['apache-spark', 'flink', 'apache-beam']]);
    // ('table format' is a skill since session 42: the formats are one pick with it, beside the lakehouse.)
    expect(byText('Know your way around a lakehouse').item.groups.flat()).toEqual(expect.arrayContaining(['delta-lake', 'apache-iceberg', 'apache-hudi']));
    expect(verdictsOf('mldata', ['Have 8+ years', 'Write production Python', 'Have run Spark', 'Know your way around a lakehouse', 'Experience with Ray'])).toEqual(['met', 'met', 'met', 'met', 'unmet']);
    expect(byText('Hold an MS or PhD').verdict.verdict).not.toBe('unmet');
    expect(byText('Experience with Ray').item.importance).toBe('preferred');
  });

  it('a Linux role: too few years, two of four tools with one shown, both scripting languages, a certification not held', () => {
    const { a, byText } = pair('linux');
    expect(a.facts).toMatchObject({ yearsMin: 7, workMode: 'hybrid', sponsorship: false, salary: { min: 125000, max: 150000, currency: 'USD', period: 'year' } });
    expect(byText('Scripting in Bash and Python').item.groups).toEqual([['bash'], ['python']]);
    expect(verdictsOf('linux', ['7+ years administering Linux', 'Configuration management with at least two', 'Scripting in Bash and Python', 'Experience with VMware vSphere', 'Red Hat Certified Engineer', 'Exposure to AWS or Azure'])).toEqual(['partial', 'partial', 'met', 'met', 'unmet', 'met']);
  });

  it('a bank SRE role: years in one of three kinds of role, an APM tool and a container platform by example, ITIL, a cloud certification not held', () => {
    const { a, resume, byText } = pair('bank');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'onsite', sponsorship: null, salary: { min: 8000, max: 11000, currency: 'SGD', period: 'month' } });
    expect(resume.profile?.totalYears).toBeGreaterThan(8);
    expect(resume.profile?.totalYears).toBeLessThan(9);
    expect(byText('Hands-on experience with at least one APM tool').item.groups[0]).toEqual(expect.arrayContaining(['dynatrace', 'appdynamics', 'new-relic']));
    expect(byText('Experience with container platforms').item.groups[0]).toEqual(expect.arrayContaining(['openshift', 'kubernetes']));
    expect(verdictsOf('bank', ['Minimum 5 years', 'Strong Linux and shell scripting', 'Hands-on experience with at least one APM', 'Experience with container platforms', 'Good understanding of ITIL', 'Knowledge of ISO 8583', 'Cloud certification'])).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'unmet']);
    expect(byText('Cloud certification').item.importance).toBe('preferred');
  });

  it('a founding platform role: a choice of clouds with tools "ideally", a choice of languages, the setup asked, bonus points', () => {
    const { a, m, byText } = pair('ashby');
    expect(a.facts).toMatchObject({ yearsMin: null, workMode: 'onsite', salary: { min: 170000, max: 210000, currency: 'USD', period: 'year' } });
    expect(byText("You've built and operated infrastructure").item.groups).toEqual([['aws', 'google-cloud']]);
    expect(byText('Terraform or Pulumi').item).toMatchObject({ importance: 'preferred', groups: [['terraform', 'pulumi']] });
    expect(verdictsOf('ashby', ["You've built and operated infrastructure", 'Terraform or Pulumi', 'You write solid TypeScript or Python', "You've set up CI/CD", 'HIPAA or SOC 2'])).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(byText("You've worked at a startup").verdict.verdict).not.toBe('unmet');
    expect(m.score).toBe(100);
  });
});
