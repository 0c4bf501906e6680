import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, TODAY } from './readers';

// Readings mended after careful-reader-14's first read (session 38, #12): each with lines written for this test and a
// counter-example.
function verdictOf(line: string, resume: string, title = 'Corrie Labs | Engineer | Remote') {
  const a = analyzePosting(engine, postingFromText(`${title}\n\nRequirements:\n- ${line}\n`));
  return matchResume(engine, a, analyzeResume(engine, 'cv', resume, TODAY)).requirements![0]!;
}
const facts = (text: string, title = 'Corrie Labs | Engineer | Remote') => postingFacts(postingFromText(`${title}\n\n${text}`));
const profile = (text: string) => analyzeResume(engine, 'cv', text, TODAY).profile!;

describe('resumes in Spanish, Portuguese and Italian, and a contractor\u2019s history', () => {
  it('months named in Spanish, Portuguese or Italian date the roles; an English word is no month', () => {
    const es = profile('Lucía Ferrer\n\nEXPERIENCIA\nIngeniera de datos, Ferrocarril Andino        abril 2019 – actualidad\n- Airflow y BigQuery\nAnalista, Grupo Sureste        mayo de 2016 – marzo de 2019\n- SQL\n');
    expect(es.roles.map((r) => r.start)).toEqual(['2019-04', '2016-05']);
    expect(es.totalYears).toBeCloseTo(10.6, 0);
    const pt = profile('Rafael Monteiro\n\nEXPERIÊNCIA\nEngenheiro SRE, Caju Pagamentos        setembro 2021 – atual\n- Kubernetes\nAnalista de sistemas, Banco Ipê        fevereiro 2018 – agosto 2021\n- Linux\n');
    expect(pt.roles.map((r) => r.start)).toContain('2018-02');
    const it_ = profile('Giulia Rinaldi\n\nEsperienza\nDevOps Engineer, Lagunare Srl        gennaio 2020 – oggi\n- Terraform\n');
    expect(it_.roles.map((r) => r.start)).toEqual(['2020-01']);
  });

  it('a languages section names its languages in lower case too; a degree is named by its field in Spanish', () => {
    const p = profile('Tomás Aguirre\n\nEXPERIENCIA\nDesarrollador, Pampa Soft        enero 2020 – actualidad\n- Go\n\nEDUCACIÓN\nIngeniería en Informática, Universidad de Cuyo, 2019\n\nIDIOMAS\nespañol nativo; inglés fluido (C1); portugués básico\n');
    expect(p.languages).toEqual(expect.arrayContaining(['English', 'Spanish', 'Portuguese']));
    expect(p.degrees.map((d) => d.level)).toContain('bachelor');
    expect(profile('Ana Lopes\n\nEXPERIENCIA\nDesarrolladora, Pampa Soft        enero 2020 – actualidad\n\nEDUCACIÓN\nMáster en Ciberseguridad, Universidad de León, 2019\n').degrees.map((d) => d.level)).toContain('master');
    // (France's baccalauréat is the school-leaving exam: no degree.)
    expect(profile('Luc Marchand\n\nEXPÉRIENCE\nDéveloppeur, Brume SAS        janv. 2020 – aujourd\u2019hui\n\nFORMATION\nBaccalauréat scientifique, Lycée Jean Moulin, 2012\n').degrees).toEqual([]);
  });

  it('"Contract history" heads a contractor\u2019s roles', () => {
    const p = profile('Owen Pryce\n\nCONTRACT HISTORY\nFeb 2024 – Aug 2024 · SRE (contract) · Harrow Bank\n  Prometheus and Thanos\nMar 2023 – Dec 2023 · DevOps Engineer (contract) · Kestle Energy\n  Terraform\n\nPERMANENT EMPLOYMENT\nSystems Engineer · Tolworth Retail · Jan 2018 – Feb 2023\n  VMware\n');
    expect(p.roles.map((r) => r.company)).toEqual(['Harrow Bank', 'Kestle Energy', 'Tolworth Retail']);
  });
});

describe('verdicts', () => {
  const cleared = (level: string) => `Ruth Okoro\nCanberra \u00b7 Australian citizen \u00b7 ${level}\n\nExperience\nSystems Engineer, Bilby Systems, 2018 \u2013 present\n- RHEL\n`;
  it('an Australian or UK vetting level below the one asked is partial; one above it meets it', () => {
    expect(verdictOf('Must hold a current NV2 security clearance', cleared('NV1 clearance (current)')).verdict).toBe('partial');
    expect(verdictOf('Must hold a current Baseline security clearance', cleared('NV1 clearance (current)')).verdict).toBe('met');
    const uk = (held: string) => `Ian Moss\nLeeds \u00b7 ${held}\n\nExperience\nPlatform Engineer, Aire Digital, 2019 \u2013 present\n- Azure\n`;
    expect(verdictOf('Active DV clearance', uk('SC cleared (active)')).verdict).toBe('partial');
    expect(verdictOf('Active SC clearance', uk('DV cleared (active)')).verdict).toBe('met');
  });

  const k8s = 'Nadia Roy\n\nExperience\nPlatform Engineer, Tern Cloud, 2020 \u2013 present\n- Run 12 Kubernetes clusters (kubeadm)\n';
  it('a bracket that only wishes for what it names asks nothing of its own', () => {
    expect(verdictOf('Kubernetes administration (CKA a plus)', k8s).verdict).toBe('met');
    expect(verdictOf('Kubernetes administration (CKA required)', k8s).verdict).toBe('partial');
  });

  it('years asked of a skill with a bracket after it are that skill\u2019s; the bracket\u2019s need only be shown', () => {
    const py = 'Sam Ode\n\nExperience\nBackend Engineer, Wren Ltd, Jan 2024 \u2013 present\n- Django REST APIs in Python\nDeveloper, Finch Co, Jan 2018 \u2013 Dec 2023\n- Python data tools\n';
    expect(verdictOf('4+ years of Python (Django)', py).verdict).toBe('met');
    expect(verdictOf('4+ years of Python and Django', py).verdict).toBe('partial');
  });

  it('an example of a bracket named in words on a resume\u2019s line shows it', () => {
    const my = 'Lee Park\n\nExperience\nDBA, Heron Ltd, 2019 \u2013 present\n- Tuned MySQL with the slow query log and covering indexes\n';
    expect(verdictOf('MySQL performance tuning (slow query log, indexes, partitioning)', my).verdict).toBe('met');
    expect(verdictOf('MySQL performance tuning (partitioning)', my).verdict).toBe('partial');
  });

  it('a practice on a platform is done with it: "Message processing on RabbitMQ or SQS"', () => {
    const sqs = 'Ada Quay\n\nExperience\nBackend Engineer, Plover, 2020 \u2013 present\n- SQS consumers for order events in Go\n';
    expect(verdictOf('Message processing on RabbitMQ or SQS', sqs).verdict).toBe('met');
  });

  it('"SRE, DevOps, or systems engineering" counts a systems engineer\u2019s years', () => {
    const sys = 'Kim Vale\n\nExperience\nSystems Engineer, Osprey Hosting, Jan 2020 \u2013 present\n- Linux patching, Ansible and Bash\n';
    expect(verdictOf('4+ years in SRE, DevOps, or systems engineering', sys).verdict).toBe('met');
  });

  it('contracting asked is met by a role on contract; with an industry, the industry decides', () => {
    const gigs = 'Jo Reed\n\nExperience\nData Engineer (freelance), Skua Analytics, 2021 \u2013 present\n- dbt\nData Engineer (contract), Harrow Bank, 2019 \u2013 2021\n- SQL\n';
    expect(verdictOf('Prior freelance engagements', gigs).verdict).toBe('met');
    expect(verdictOf('Previous contracts in banking', gigs).verdict).toBe('met');
    const perm = 'Jo Reed\n\nExperience\nData Engineer, Skua Analytics, 2019 \u2013 present\n- dbt\n';
    expect(verdictOf('Prior freelance engagements', perm).verdict).toBe('unknown');
  });

  it('work supporting an industry, and public safety, are industries asked', () => {
    const mod = 'Pat Hale\n\nExperience\nSystems Engineer, Fenwick Systems, 2019 \u2013 present\n- Hardened RHEL builds for a Ministry of Defence programme\n';
    expect(verdictOf('Experience supporting Defence customers', mod).verdict).toBe('met');
    const ems = 'Rae Moss\n\nExperience\nDispatcher, Harlan County Emergency Communications, 2016 \u2013 2021\n- 911 call handling\nSRE, Gannet Health, 2021 \u2013 present\n- Kubernetes\n';
    expect(verdictOf('A background in public safety', ems).verdict).toBe('met');
  });

  it('a name in capitals the taxonomy does not know is shown where the resume writes it; an open-source project is open-source work', () => {
    const psd = 'Eva Lind\n\nExperience\nBackend Engineer, Tallbird Pay, 2020 \u2013 present\n- PSD2-compliant payment initiation APIs\n';
    expect(verdictOf('PSD2 regulatory context', psd).verdict).toBe('met');
    expect(verdictOf('PSD2 regulatory context', 'Eva Lind\n\nExperience\nBackend Engineer, Tallbird, 2020 \u2013 present\n- Go\n').verdict).not.toBe('met');
    const oss = 'Max Ruiz\n\nExperience\nSRE, Dunlin, 2020 \u2013 present\n- Go\n\nOpen source\nMaintainer of a small Terraform provider for a DNS host (300 GitHub stars)\n';
    expect(verdictOf('Open-source work we can look at', oss).verdict).toBe('met');
  });
});

describe('facts', () => {
  it('"5 years of experience with software development" asks years overall; "with Terraform" asks a skill\u2019s', () => {
    expect(facts('Minimum qualifications:\n- 5 years of experience with software development in Go or Java.\n- 2 years of experience with Terraform.\n').yearsMin).toBe(5);
    expect(facts('Minimum qualifications:\n- 5 years of experience with Terraform.\n- 2 years of professional experience.\n').yearsMin).toBe(2);
  });
});

describe('a time zone asked, against the country of the resume\u2019s address', () => {
  const at = (place: string) => `Noa Berg\n${place} \u00b7 noa@example.com\n\nExperience\nBackend Engineer, Skerry, 2020 \u2013 present\n- Go\n`;
  it('met where a workday there shares the hours asked; a far zone or no country says nothing', () => {
    expect(verdictOf('Able to overlap at least 4 hours with CET', at('Cork, Ireland')).verdict).toBe('met');
    expect(verdictOf('You can work within UTC\u00b12', at('Lisbon, Portugal')).verdict).toBe('met');
    expect(verdictOf('Able to overlap at least 4 hours with CET', at('Pune, India')).verdict).toBe('unknown');
    expect(verdictOf('Able to overlap at least 6 hours with PST', at('Berlin, Germany')).verdict).toBe('unknown');
    expect(verdictOf('Able to overlap at least 4 hours with CET', at('Somewhere')).verdict).toBe('unknown');
  });
});

describe('years with a stint inside them', () => {
  it('"eight years of infrastructure experience, including time as the technical lead …": the years are the work\u2019s; the lead need only be shown', () => {
    const r = 'Ines Baro\n\nExperience\nLead SRE, Gannet Data, Jan 2022 \u2013 present\n- Led a team of four SREs on GKE\nSystems Administrator, Petrel Hosting, Jan 2015 \u2013 Dec 2021\n- Linux and VMware\n';
    expect(verdictOf('Eight years of infrastructure experience, including time as the technical lead of an SRE team', r).verdict).toBe('met');
    // (Without the stint's words, the lead's years are asked too.)
    expect(verdictOf('Eight years of SRE leadership', r).verdict).not.toBe('met');
  });
});

describe('asks a founding team writes in words', () => {
  const r = (line: string) => `Cal Imrie\n\nExperience\nBackend Developer, Smew Apps, 2021 \u2013 present\n- ${line}\n`;
  it('explaining work to people outside engineering', () => {
    expect(verdictOf('Explaining technical trade-offs to non-technical colleagues', r('Presented the migration plan to finance and legal leads each quarter')).verdict).toBe('met');
    expect(verdictOf('Explaining technical trade-offs to non-technical colleagues', r('Migrated the billing jobs to Go')).verdict).toBe('unknown');
  });
  it('tests written, and something built alone', () => {
    expect(verdictOf('You write tests you trust: unit and integration', r('pytest suites with Testcontainers for the Postgres layer')).verdict).toBe('met');
    expect(verdictOf('You write tests you trust: unit and integration', r('Migrated the billing jobs to Go')).verdict).toBe('unknown');
    expect(verdictOf('Shipped a product end to end on your own', r('Built a habit-tracking app alone: Flutter and Supabase, 2,000 users')).verdict).toBe('met');
    expect(verdictOf('Shipped a product end to end on your own', r('Built the team\u2019s booking API with two others')).verdict).toBe('unknown');
  });
});
