import { describe, expect, it } from 'vitest';
import { carefulPair, read } from './readers';

// Thirteen more postings and resumes written for this test (session 29, none from a real posting), in forms the first
// set did not have: German and French asks, tables flattened to text, a federal posting, a staffing listing, a new-grad
// program, a Japanese company's English posting, one long paragraph. Each line below was read wrong once (#12).
const verdicts = (name: string, resumeText?: string) => carefulPair('s29', name, resumeText);

describe('what a careful reader reads in fresh postings (session 29)', () => {
  it('Berlin: German headings and asks are read, each item in the posting\u2019s own words; "Visa-Sponsoring … nicht möglich" says no', () => {
    const { a, byText } = verdicts('berlin');
    expect(a.posting.sections.map((s) => s.kind)).toEqual(['other', 'about', 'responsibilities', 'requirements', 'preferred', 'benefits']);
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'hybrid', sponsorship: false, salary: { min: 72000, max: 88000, currency: 'EUR', period: 'year' } });
    const years = byText('Mindestens 5 Jahre Berufserfahrung in der Backend-Entwicklung');
    expect([years.item.years?.min, years.item.groups, years.verdict.verdict]).toEqual([5, [['backend-development']], 'met']);
    expect(byText('Sehr gute Kenntnisse in Kotlin oder Java').item.groups).toEqual([['kotlin', 'java']]);
    const cloud = byText('Praktische Erfahrung mit Kubernetes und einer Cloud-Plattform');
    expect(cloud.item.groups.some((g) => ['aws', 'google-cloud', 'azure'].every((id) => g.includes(id)))).toBe(true);
    const degree = byText('Abgeschlossenes Studium der Informatik oder eine vergleichbare Qualifikation');
    expect([degree.item.kind, degree.item.degree?.equivalentExperience]).toEqual(['degree', true]);
    expect(byText('Fließende Deutschkenntnisse (mind. C1) und gute Englischkenntnisse').item.kind).toBe('language');
    expect([byText('Erfahrung mit Terraform').item.importance, byText('Eine Arbeitserlaubnis').item.kind]).toEqual(['preferred', 'authorization']);
  });

  it('Montréal: French headings and asks; "5 à 8 ans" is a range; "95 000 $ à 118 000 $" is Canadian dollars; "Citoyen canadien" meets the right to work', () => {
    const { a, byText } = verdicts('montreal');
    expect(a.facts).toMatchObject({ yearsMin: 5, workMode: 'hybrid', sponsorship: false, salary: { min: 95000, max: 118000, currency: 'CAD', period: 'year' } });
    const years = byText('5 à 8 ans d\u2019expérience'.replace('\u2019', "'"));
    expect([years.item.years, years.item.groups]).toEqual([{ min: 5, max: 8 }, [['devops', 'systems-administration']]]);
    const cloud = byText('Maîtrise de Terraform');
    expect(cloud.item.groups[0]).toEqual(['terraform']);
    expect(['azure', 'aws', 'google-cloud'].every((id) => cloud.item.groups[1]!.includes(id))).toBe(true);
    expect([byText('AKS un atout').item.importance, byText('Connaissance de Python ou de Bash').item.groups]).toEqual(['preferred', [['python', 'bash']]]);
    expect(byText('Baccalauréat en génie logiciel').item.kind).toBe('degree');
    const right = byText('Les candidats doivent être légalement autorisés');
    expect([right.item.kind, right.verdict.verdict, right.verdict.evidence]).toEqual(['authorization', 'met', 'The resume says \u201cCitoyen canadien\u201d.']);
  });

  it('fintech SRE: a "Must have | Good to have" table asks its left column and wishes for its right; "SRE, DevOps or platform roles" is one choice', () => {
    const { a, byText } = verdicts('fintech');
    expect(a.requirements.some((r) => r.text.includes('|'))).toBe(false);
    const k8s = byText('Kubernetes in production (3+ years)');
    expect([k8s.item.importance, k8s.item.years?.min, k8s.verdict.verdict]).toEqual(['required', 3, 'met']);
    expect([byText('Istio or Linkerd').item.importance, byText('Crossplane').item.importance, byText('Go or Python').item.groups]).toEqual(['preferred', 'preferred', [['go', 'python']]]);
    const years = byText('You have at least 6 years in SRE, DevOps or platform roles');
    expect([years.item.groups, years.verdict.verdict]).toEqual([[['site-reliability-engineering', 'devops', 'platform-engineering']], 'met']); // ("platform roles" a form since session 42)
    expect(a.facts.yearsMin).toBe(6);
  });

  it('ML (Oslo): a "Skill | Level | Experience" table is an ask a row, with its years; "Not required" asks nothing', () => {
    const { a, byText } = verdicts('table');
    expect([byText('Python |').item.groups, byText('Python |').item.years?.min]).toEqual([[['python']], 5]);
    expect(byText('PyTorch or TensorFlow |').item.groups).toEqual([['pytorch', 'tensorflow']]);
    expect(byText('Kubernetes |').item.kind).toBe('skills');
    expect(a.requirements.some((r) => /Norwegian|^Skill \|/.test(r.text))).toBe(false);
  });

  it('Tokyo: "・" is a bullet, so the preferred heading above a list of them holds', () => {
    const { a, byText } = verdicts('tokyo');
    expect(a.posting.sections.find((s) => s.heading === 'Preferred Skills / Experience')?.kind).toBe('preferred');
    expect([byText('Experience with Kubernetes in production').item.importance, byText('Japanese ability at JLPT N2').item.importance]).toEqual(['preferred', 'preferred']);
  });

  it('federal IT specialist: "You must be a U.S. citizen" is met by "Citizenship: United States"', () => {
    const { byText } = verdicts('usajobs');
    expect(byText('You must be a U.S. citizen').verdict).toMatchObject({ verdict: 'met', evidence: 'The resume says \u201cCitizenship: United States\u201d.' });
  });

  it('Workday: "2+ years of hands-on experience with AWS services" asks AWS years, not years overall: the posting asks 3–5', () => {
    const { a } = verdicts('workday');
    expect(a.facts.yearsMin).toBe(3);
  });

  it('5G core: "…, with 5+ years on mobile packet core (EPC or 5GC)" is an ask of its own, its names the options; telecom is told by the employers and the work', () => {
    const { byText } = verdicts('5gcore');
    const core = byText('5+ years on mobile packet core');
    expect([core.item.years?.min, core.item.groups, core.verdict.verdict]).toEqual([5, [['term:EPC', 'term:5GC']], 'met']);
    const telecom = byText('10+ years in telecom software development');
    expect([telecom.item.groups, telecom.verdict.verdict]).toEqual([[['telecommunications']], 'met']);
    // Using DPDK is no contribution to it: the projects named are where contributions go.
    const oss = byText('Contributions to open-source networking projects');
    expect([oss.item.groups, oss.verdict.verdict]).toEqual([[['open-source']], 'unmet']);
  });

  it('clinical data: "8+ years of data engineering, at least 3 of them with healthcare data (claims, EHR, …)" is two asks, both met', () => {
    const { byText } = verdicts('hipaa');
    const first = byText('8+ years of data engineering');
    expect([first.item.years?.min, first.item.groups, first.verdict.verdict]).toEqual([8, [['data-engineering']], 'met']);
    const second = byText('at least 3 of them with healthcare data');
    expect([second.item.years?.min, second.verdict.verdict]).toEqual([3, 'met']);
    // Products the taxonomy knows only a part of ("Cerner"), then the noun they are of: the products are the choice.
    const ehr = byText('Experience with Epic Clarity or Cerner Millennium');
    // (Since session 36 the taxonomy knows Epic and Cerner: the record systems and the data models they are examples of
    // are one pick, which the resume's HL7 and FHIR work does not meet.)
    expect([ehr.item.groups, ehr.verdict.verdict]).toEqual([[['epic-ehr', 'cerner', 'data-modeling']], 'unmet']);
    const cert = byText('AWS Certified Data Analytics or Databricks');
    // (s54: the resume holds "Databricks Certified Data Engineer Associate": the track asked, a level below the Professional,
    // is partly there, as s51 and s52 decided for the AWS Solutions Architect's; it was unmet.)
    expect([cert.item.groups, cert.verdict.verdict]).toEqual([[['term:AWS Data Analytics', 'term:Databricks Data Engineer Professional']], 'partial']);
  });

  it('staffing listing: "Visa: USC, GC, GC-EAD, H4-EAD only" is one ask, met by "Visa: GC-EAD" and not by an H-1B; the banking domain is told by the clients; "Please share: …" asks nothing', () => {
    const { a, byText } = verdicts('staffing');
    const visa = byText('Visa: USC, GC, GC-EAD, H4-EAD only');
    expect([visa.item.kind, visa.verdict.verdict]).toEqual(['authorization', 'met']);
    const h1b = verdicts('staffing', read('s29-staffing-resume').replace('Visa: GC-EAD', 'Visa: H-1B'));
    expect(h1b.byText('Visa: USC').verdict.verdict).toBe('unmet');
    const domain = byText('Banking/Financial domain');
    expect([domain.item.groups, domain.verdict.verdict]).toEqual([[['fintech']], 'met']);
    expect(a.requirements.some((r) => r.text.startsWith('Please share'))).toBe(false);
  });

  it('federal posting: the header\'s fields each stand alone ("Salary:" holds one line); telework up to 3 days a week is hybrid; "Security clearance: Public Trust" asks it; "Conditions of Employment" is a heading, no ask', () => {
    const { a, byText } = verdicts('usajobs');
    expect([a.facts.workMode, a.facts.clearance]).toEqual(['hybrid', 'Public Trust']);
    expect(byText('Security clearance: Public Trust').verdict.verdict).toBe('met');
    expect(a.requirements.some((r) => r.text === 'Conditions of Employment')).toBe(false);
  });

  it('Workday: "Associate or Professional" names both levels; an insurance industry asked is met by an insurer employer; a work-arrangement line asks nothing', () => {
    const { a, byText } = verdicts('workday');
    expect(byText('AWS Certified Solutions Architect').item.groups).toEqual([['term:AWS Solutions Architect Associate', 'term:AWS Solutions Architect Professional']]);
    expect(byText('Knowledge of insurance industry').verdict.verdict).toBe('met');
    expect(a.requirements.some((r) => r.text.startsWith('Work Arrangement'))).toBe(false);
  });

  it('one paragraph: four years "in security operations … who has written detections in a SIEM" are years of the field only; a GIAC certification "like GCIH or GCFA" keeps all three names', () => {
    const { byText } = verdicts('paragraph');
    const years = byText('We\'re looking for someone with at least four years'); // ("What we need from you:" is its label, s30)
    expect([years.item.years?.min, years.item.groups.length, years.verdict.verdict]).toEqual([4, 1, 'met']);
    expect(byText('who has written detections').item.years).toBeNull();
    expect(byText('It would be great').item.groups).toContainEqual(['term:GIAC', 'term:GCIH', 'term:GCFA']);
  });

  it('Tokyo: JLPT N2 asked and N3 shown is only partly met; e-commerce is told by the checkout work', () => {
    const { byText } = verdicts('tokyo');
    expect(byText('Japanese ability at JLPT N2').verdict).toMatchObject({ verdict: 'partial', evidence: 'The resume gives Japanese at JLPT N3; JLPT N2 or above asked.' });
    expect(byText('Experience in e-commerce or payments').verdict.verdict).toBe('met');
  });

  it('game servers: names the taxonomy does not know, offered as a choice, are options the resume\'s words meet ("e.g. PlayFab, GameLift, Pragma, or an in-house equivalent"; "(PS5 / Xbox Series)"; "Easy Anti-Cheat or BattlEye")', () => {
    const { byText } = verdicts('gameserver');
    const mm = byText('Experience with a matchmaking or session service');
    // (PlayFab and GameLift are skills since session 42; Pragma and the kind asked stay words.)
    expect([mm.item.groups, mm.verdict.verdict]).toEqual([[['playfab', 'amazon-gamelift', 'term:matchmaking', 'term:Pragma']], 'met']);
    expect(byText('Shipped a title on console').verdict.verdict).toBe('met');
    const ac = byText('Experience with Easy Anti-Cheat or BattlEye');
    expect([ac.item.groups, ac.verdict.verdict]).toEqual([[['term:Easy Anti-Cheat', 'term:BattlEye']], 'unmet']);
  });

  it('new grad: "Prior internship or research experience" is met by an internship role', () => {
    const { byText } = verdicts('newgrad');
    const prior = byText('Prior internship or research experience');
    expect([prior.item.groups[0]!.includes('term:intern'), prior.verdict.verdict]).toEqual([true, 'met']);
  });
});
