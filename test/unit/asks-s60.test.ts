import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume } from '../../lib/analyze';
import { classifyHeading } from '../../lib/posting/sections';
import { postingFromText } from '../../lib/posting/text';
import { engine, pairMatch, rowOf, TODAY } from './readers';

// Written for this test (session 60, #12): classes found on the lead's fresh pairs of session 60 (posting + resume pairs
// written fresh, in batches of ten, each pair's score range and verdicts decided by hand before the first read).
// Batch 1: a Riga parcel-tracking Go backend (Latvian), a Lisbon payments SRE (Portuguese), a São Paulo health data
// engineer (Brazilian Portuguese), an Aalborg municipality's operations specialist (Danish), a Bergen power company's Azure
// architect (Norwegian), a Singapore custody platform SRE (citizens, PRs or Employment Pass holders), a Nairobi mobile-money
// platform engineer, a New Zealand regional council's DevOps engineer, a Bengaluru insurer's Java backend (LPA), a Belgrade
// Node.js developer (Serbian). First read 3/10 in the decided score range; after its mends 9/10.
// Batch 2, written before batch 1's mends were read on them: a Seoul mobility backend (Korean), a Ho Chi Minh City e-wallet
// DevOps engineer (Vietnamese), a Dubai service-provider network engineer, a Buenos Aires SRE, a Cork insurer's PostgreSQL
// DBA, a Reykjavík cloud security engineer (Icelandic), a South Dakota co-op's NERC CIP engineer, a Sofia platform engineer
// (Bulgarian), an HN GPU-inference infrastructure post, a Santiago retailer's data engineer. First read 4/10; after 9/10
// (pair 18 stays out: the posting's "CKA is a plus" is a row, rightly; my decision had missed it).
// Batch 3, written before batch 2's mends were read on them: a Knoxville bank's Linux engineer, a Bogotá insurer's Azure
// analyst, an EU-remote data platform engineer, a Leeds school's IT support analyst, a Herzliya security backend, a Prague
// grid operator's SRE (Czech), a remote health platform's staff engineer, a Nantes logistics DevOps engineer (French), a
// Johannesburg NOC engineer, an HN legal-tech founding engineer. First read 5/10; after 7/10.
// Batch 4, the carry-over (written before batch 3's mends were read on them, first read on the merged tree of session 60, no
// mends after): a Kraków utility's Azure DevOps engineer (Polish), a Rotterdam SRE (Dutch), a Halifax credit union's cloud
// engineer, a Sarajevo ticketing backend (Bosnian), a Calgary grid SOC analyst, an Auckland platform engineer, a Gießen
// utility's Windows administrator (German), an HN time-series SRE post, a Salinas school district's network administrator,
// a Copenhagen pharma data engineer (Danish). First read 4/10. Read otherwise there: a Polish grid company (Tauron) and a
// German grid operator ("Netz GmbH") not told as energy; Dutch "of" in a short line ("Go of Python") not read as "or";
// Bosnian "Poznavanje engleskog jezika" no language row, "KM" no currency; "Vor Ort, Homeoffice nach Einarbeitung
// möglich" read as remote; a certificate "or obtain within 12 months" unmet, not partial.
// Still read otherwise (not asserted): "10+ years in software or infrastructure engineering, 4+ in a platform or SRE role"
// counts infrastructure roles only for the ten (software engineering is no skill of the taxonomy); "Healthcare or other
// HIPAA-regulated experience" asks HIPAA beside healthcare, not as its other choice; "A+ and N+ or CCNA" groups N+ alone
// and does not read Network+ as N+; "SCADA/EMS experience" is met by work at a utility (SCADA is an alias of energy systems).

const cv = (role: string, ...lines: string[]) => ['Noor Haddad', 'EXPERIENCE', role, ...lines.map((l) => `- ${l}`)].join('\n');
const posting = (heading: string, ...lines: string[]) => ['Acme | Engineer | Hybrid', '', heading, ...lines.map((l) => `- ${l}`)].join('\n');
const verdict = (p: string, r: string, start: string) => rowOf(p, r, start).verdict.verdict;
const facts = (text: string) => analyzePosting(engine, postingFromText(text)).facts;
const ROLE = 'Systems Engineer \u2014 Tarn Valley Health \u2014 2018 \u2013 present';

describe('a server edition shows its system, an orchestrator run shows job orchestration', () => {
  it('Windows Server run meets the Windows asked; RHEL hosts meet Linux', () => {
    const r = rowOf(posting('Requirements', 'Windows and Linux server administration'), cv(ROLE, 'Patch the Windows Server 2022 estate and the Red Hat servers behind the portal'), 'Windows and Linux');
    expect(r.verdict.verdict).toBe('met');
    expect(r.verdict.evidence).toContain('via Windows Server');
  });
  it('a Windows desktop shows no Windows Server', () => {
    expect(verdict(posting('Requirements', 'Windows Server administration'), cv(ROLE, 'Rolled out Windows 11 laptops to 300 nurses'), 'Windows Server')).not.toBe('met');
  });
  it('DAGs in an orchestrator meet "X for pipeline orchestration"; a language alone does not', () => {
    expect(verdict(posting('Requirements', 'Dagster or Airflow for pipeline orchestration'), cv(ROLE, 'Wrote Dagster assets for the lab results feed'), 'Dagster or Airflow')).toBe('met');
    expect(verdict(posting('Requirements', 'Job orchestration at scale'), cv(ROLE, 'Python scripts for the lab results feed'), 'Job orchestration')).not.toBe('met');
  });
});

describe('"PRs" beside citizens and passes are permanent residents', () => {
  it('a work-rights line gives no code review', () => {
    const { a } = pairMatch(posting('Requirements', 'Go or Rust', 'Open to citizens, PRs and S Pass holders only'), cv(ROLE, 'Go'));
    expect(a.requirements.flatMap((i) => i.groups.flat())).not.toContain('code-review');
    expect(a.requirements.find((i) => i.text.startsWith('Open to citizens'))?.kind).toBe('authorization');
  });
  it('pull requests reviewed stay code review', () => {
    const { a } = pairMatch(posting('Requirements', 'Review PRs from the payments team within a day'), cv(ROLE, 'Go'));
    expect(a.requirements.flatMap((i) => i.groups.flat())).toContain('code-review');
  });
});

describe('an industry after an adjective of its kind', () => {
  it('"crypto or traditional finance" is met at a bank', () => {
    expect(verdict(posting('Nice to have', 'Background in crypto or traditional finance'), cv('Platform Engineer \u2014 Harbourline Bank \u2014 2019 \u2013 present', 'Kubernetes upgrades'), 'Background in crypto')).toBe('met');
  });
  it('and unmet where no role was at one', () => {
    expect(verdict(posting('Nice to have', 'Background in crypto or traditional finance'), cv('Platform Engineer \u2014 Tallow Games \u2014 2019 \u2013 present', 'Kubernetes upgrades'), 'Background in crypto')).toBe('unmet');
  });
});

describe('infrastructure named abroad beside SRE or DevOps counts infrastructure roles', () => {
  const resume = ['Ana Lima', 'EXPERIENCE', 'Platform Engineer \u2014 Vento Pay \u2014 03/2021 \u2013 present', '- Kubernetes and Terraform', 'DevOps Engineer \u2014 Cais Digital \u2014 01/2020 \u2013 02/2021', '- Jenkins'].join('\n');
  it('"5+ anos em SRE, DevOps ou infraestrutura" counts the platform role', () => {
    expect(verdict(posting('Requisitos', '5+ anos em SRE, DevOps ou infraestrutura'), resume, '5+ anos')).toBe('met');
  });
  it('but not years the resume lacks', () => {
    expect(verdict(posting('Requisitos', '9+ anos em SRE, DevOps ou infraestrutura'), resume, '9+ anos')).toBe('partial');
  });
});

describe('industries named abroad and by their large employers', () => {
  it('healthcare asked in Portuguese is judged, not unknown', () => {
    expect(verdict(posting('Diferenciais', 'Vivência no setor de saúde'), cv('Engenheiro de Dados \u2014 Banco Aurora \u2014 2019 \u2013 present', 'Spark'), 'Vivência no setor')).toBe('unmet');
    expect(verdict(posting('Diferenciais', 'Vivência no setor de saúde'), cv('Engenheiro de Dados \u2014 Hospital São Lucas \u2014 2019 \u2013 present', 'Spark'), 'Vivência no setor')).toBe('met');
  });
  it('an energy producer by its name meets the energy trade', () => {
    expect(verdict(posting('Det er en fordel', 'Erfaring fra kraftbransjen'), cv('Cloud Engineer \u2014 Ørsted \u2014 2020 \u2013 present', 'Azure'), 'Erfaring fra')).toBe('met');
    expect(verdict(posting('Det er en fordel', 'Erfaring fra kraftbransjen'), cv('Cloud Engineer \u2014 Kvasir Media \u2014 2020 \u2013 present', 'Azure'), 'Erfaring fra')).toBe('unmet');
  });
  it('a Nordic public hospital is the public sector; a private clinic chain is not', () => {
    expect(verdict(posting('Det er en fordel', 'Erfaring fra offentlig sektor'), cv('IT-supporter \u2014 Odense Universitetshospital \u2014 2020 \u2013 present', 'Intune'), 'Erfaring fra')).toBe('met');
    expect(verdict(posting('Det er en fordel', 'Erfaring fra offentlig sektor'), cv('IT-supporter \u2014 Tandlægerne Vest ApS \u2014 2020 \u2013 present', 'Intune'), 'Erfaring fra')).toBe('unmet');
  });
  it('logistics in Latvian is an industry asked', () => {
    expect(verdict(posting('Prasības', 'Pieredze loģistikā'), cv('Backend Developer \u2014 Baltic Parcel Lines \u2014 2019 \u2013 present', 'parcel tracking and logistics APIs'), 'Pieredze')).toBe('met');
  });
});

describe('Latvian headings, dates and work mode; Serbian and Danish work modes; Danish crowns', () => {
  it.each([
    ['Prasības', 'requirements'],
    ['Ko mēs sagaidām no tevis', 'requirements'],
    ['Būs priekšrocība', 'preferred'],
    ['Tavi pienākumi', 'responsibilities'],
    ['Mēs piedāvājam', 'benefits'],
    ['Par mums', 'about'],
  ])('%s is %s', (h, kind) => expect(classifyHeading(h)).toBe(kind));
  it('"šobrīd" is the present', () => {
    const roles = analyzeResume(engine, 'cv.txt', ['Anna Bērziņa', 'PIEREDZE', 'Backend Developer \u2014 Airbaltic \u2014 04/2020 \u2013 šobrīd', '- Go'].join('\n'), TODAY).profile!.roles;
    expect([roles[0]!.start, roles[0]!.end]).toEqual(['2020-04', null]);
  });
  it('work modes', () => {
    expect(facts('Backend izstrādātājs\nSIA Rota · Rīga · Hibrīds darbs\n\nPrasības\n- Go').workMode).toBe('hybrid');
    expect(facts('Backend Developer\nTisa d.o.o. · Novi Sad · Rad od kuće\n\nZahtevi\n- Go').workMode).toBe('remote');
    expect(facts('IT-supporter\nLemvig Kommune · Fremmøde på kontoret\n\nVi forventer\n- Intune').workMode).toBe('onsite');
  });
  it('"kr." in a posting from a Danish town is DKK, from a Swedish one SEK', () => {
    expect(facts('IT-supporter\nEsbjerg\n\nVi forventer\n- Intune\n\nLøn: 34.000–39.000 kr. om måneden').salary?.currency).toBe('DKK');
    expect(facts('IT-tekniker\nVästerås\n\nVi söker\n- Intune\n\nLön: 34 000–39 000 kr i månaden').salary?.currency).toBe('SEK');
  });
});

describe('a trade training asked by its title', () => {
  const p = posting('Vi forventer', 'Uddannelse som datatekniker eller IT-teknolog');
  it('is held where the resume names it', () => {
    const r = rowOf(p, ['Sofie Lund', 'ERFARING', 'IT-supporter \u2014 Vejle Kommune \u2014 2021 \u2013 nu', '- Intune', 'UDDANNELSE', 'Datatekniker, speciale infrastruktur, Mercantec, 2021'].join('\n'), 'Uddannelse');
    expect(r.verdict.verdict).toBe('met');
    expect(r.verdict.evidence).toContain('Mercantec');
  });
  it('is not held by another trade', () => {
    expect(verdict(p, ['Sofie Lund', 'ERFARING', 'Lagerassistent \u2014 Salling \u2014 2021 \u2013 nu', '- truck', 'UDDANNELSE', 'Lagerfagtekniker, Mercantec, 2021'].join('\n'), 'Uddannelse')).not.toBe('met');
  });
});

describe('an API named in brackets after a product is the product\u2019s', () => {
  it('asks no API work beside it', () => {
    const { a } = pairMatch(posting('Requirements', 'Integration with Paystack (Transfers API) or another payout provider'), cv(ROLE, 'Go'));
    expect(a.requirements[0]!.groups.flat()).not.toContain('apis');
  });
  it('an API asked in its own words stays', () => {
    const { a } = pairMatch(posting('Requirements', 'Designing public APIs (REST or gRPC)'), cv(ROLE, 'Go'));
    expect(a.requirements[0]!.groups.flat().some((id) => /api/.test(id))).toBe(true);
  });
});

describe('"or" in Korean and Vietnamese', () => {
  it.each([
    ['Redis 또는 Memcached', ['redis', 'memcached']],
    ['Terraform hoặc Pulumi', ['terraform', 'pulumi']],
  ])('%s is one group', (line, ids) => {
    const { a } = pairMatch(posting('Requirements', line), cv(ROLE, 'Go'));
    expect(a.requirements[0]!.groups).toEqual([ids]);
  });
  it('"và" (and) stays two', () => {
    const { a } = pairMatch(posting('Requirements', 'Terraform và Pulumi'), cv(ROLE, 'Go'));
    expect(a.requirements[0]!.groups.length).toBe(2);
  });
});

describe('a Vietnamese resume and posting', () => {
  it('"hiện tại" is the present', () => {
    const roles = analyzeResume(engine, 'cv.txt', ['Trần Thu Hà', 'EXPERIENCE', 'SRE \u2014 Tiki \u2014 03/2021 \u2013 hiện tại', '- Kubernetes'].join('\n'), TODAY).profile!.roles;
    expect([roles[0]!.start, roles[0]!.end]).toEqual(['2021-03', null]);
  });
  it('"Tiếng Anh giao tiếp" is English asked', () => {
    expect(rowOf(posting('Yêu cầu', 'Tiếng Anh giao tiếp tốt'), cv(ROLE, 'Go') + '\nLANGUAGES\nEnglish (C1)', 'Tiếng Anh').item.kind).toBe('language');
  });
  it('banks asked in Vietnamese are met by a wallet\u2019s work, not by a game studio\u2019s', () => {
    expect(verdict(posting('Ưu tiên', 'Kinh nghiệm trong ngân hàng'), cv('DevOps Engineer \u2014 ZaloPay \u2014 2021 \u2013 present', 'Kubernetes for the e-wallet top-up service'), 'Kinh nghiệm')).toBe('met');
    expect(verdict(posting('Ưu tiên', 'Kinh nghiệm trong ngân hàng'), cv('DevOps Engineer \u2014 VNG Games \u2014 2021 \u2013 present', 'Kubernetes for game servers'), 'Kinh nghiệm')).toBe('unmet');
  });
});

describe('what a role shows beside its named tools', () => {
  it('queries tuned show the performance tuning asked', () => {
    expect(verdict(posting('Requirements', 'Performance tuning and query optimisation'), cv('DBA \u2014 Lough Mutual \u2014 2019 \u2013 present', 'Rewrote slow queries after EXPLAIN ANALYZE on PostgreSQL'), 'Performance tuning')).toBe('met');
  });
  it('"AWS IAM" names AWS, with its role\u2019s years', () => {
    const r = rowOf(posting('Requirements', '4+ years on AWS'), ['Noor Haddad', 'EXPERIENCE', 'Security Engineer \u2014 Skerry Bank \u2014 01/2020 \u2013 present', '- AWS IAM permission boundaries and SCPs'].join('\n'), '4+ years');
    expect(r.verdict.verdict).toBe('met');
  });
  it('and a resume without the cloud does not', () => {
    expect(verdict(posting('Requirements', '4+ years on AWS'), ['Noor Haddad', 'EXPERIENCE', 'Security Engineer \u2014 Skerry Bank \u2014 01/2020 \u2013 present', '- IAM reviews on-premises with Keycloak'].join('\n'), '4+ years')).not.toBe('met');
  });
  it('a tool said to carry over to the one used is a choice of the two', () => {
    const { a } = pairMatch(posting('Requirements', 'We run Buildkite, not Jenkins \u2014 if you know Jenkins you\u2019ll pick it up fast'), cv(ROLE, 'Go'));
    expect(a.requirements[0]!.groups).toEqual([['buildkite', 'jenkins']]);
    const { a: b } = pairMatch(posting('Requirements', 'Buildkite and Jenkins pipelines'), cv(ROLE, 'Go'));
    expect(b.requirements[0]!.groups.length).toBe(2);
  });
});

describe('Icelandic headings and degree', () => {
  it.each([
    ['Hæfniskröfur', 'requirements'],
    ['Menntunar- og hæfniskröfur', 'requirements'],
    ['Kostur', 'preferred'],
    ['Helstu verkefni', 'responsibilities'],
    ['Við bjóðum', 'benefits'],
    ['Um okkur', 'about'],
  ])('%s is %s', (h, kind) => expect(classifyHeading(h)).toBe(kind));
  it('"Háskólapróf í tölvunarfræði eða sambærilegt" asks a degree', () => {
    expect(facts('Forritari\nReykjavík\n\nHæfniskröfur\n- Háskólapróf í tölvunarfræði eða sambærilegt\n- Go').degree?.level).toBe('bachelor');
  });
});

describe('industries asked abroad as experience in them', () => {
  it('"Experiencia en retail" is judged by the roles', () => {
    expect(verdict(posting('Deseable', 'Experiencia en retail'), cv('Data Engineer \u2014 Cencosud \u2014 2020 \u2013 present', 'dbt'), 'Experiencia')).toBe('met');
    expect(verdict(posting('Deseable', 'Experiencia en retail'), cv('Data Engineer \u2014 Banco Andino \u2014 2020 \u2013 present', 'dbt'), 'Experiencia')).toBe('unmet');
  });
  it('"Experiencia en Python" stays a skill', () => {
    expect(rowOf(posting('Requisitos', 'Experiencia en Python'), cv(ROLE, 'Python'), 'Experiencia').item.groups).toEqual([['python']]);
  });
});

describe('Latin American degrees and pay', () => {
  const degrees = (...lines: string[]) => analyzeResume(engine, 'cv.txt', ['Valentina Soto', 'EXPERIENCE', 'Analista \u2014 Entel \u2014 2019 \u2013 present', '- SQL', 'EDUCACIÓN', ...lines].join('\n'), TODAY).profile!.degrees;
  it('a degree after the school\u2019s name and a dash is read', () => {
    expect(degrees('Universidad de Concepción \u2014 Ingeniería Civil Informática, 2018').map((d) => d.level)).toEqual(['bachelor']);
    expect(degrees('UFMG \u2014 Bacharelado em Sistemas de Informação, 2016').map((d) => d.level)).toEqual(['bachelor']);
  });
  it('a degree still being taken is not held', () => {
    expect(degrees('UBA \u2014 Licenciatura en Sistemas (en curso)')).toEqual([]);
  });
  it('Chile asks an engineering degree by its name', () => {
    expect(facts('Ingeniero de Datos\nValparaíso, Chile\n\nRequisitos\n- Título de Ingeniería Civil Industrial o carrera afín\n- SQL').degree?.level).toBe('bachelor');
  });
  it('"$" in Chile and Colombia is the peso; in New Mexico the dollar; "líquidos" is no lakh', () => {
    expect(facts('Data\nTemuco, Chile\n\nRequisitos\n- SQL\n\nRenta: $1.900.000 – $2.300.000 líquidos mensuales').salary).toMatchObject({ min: 1900000, max: 2300000, currency: 'CLP', period: 'month' });
    expect(facts('Data\nMedellín, Colombia\n\nRequisitos\n- SQL\n\nSalario: $7.000.000 – $8.500.000 mensuales').salary?.currency).toBe('COP');
    expect(facts('Data\nLas Cruces, New Mexico\n\nRequirements\n- SQL\n\nSalary: $80,000 – $95,000').salary?.currency).toBe('USD');
  });
  it('Bulgaria\u2019s lev after the amount', () => {
    expect(facts('Engineer\nPlovdiv\n\nRequirements\n- Go\n\nSalary: 5 000 – 6 500 лв. gross per month').salary).toMatchObject({ min: 5000, max: 6500, currency: 'BGN' });
  });
});

describe('batch 3 classes', () => {
  it('"Anglais technique" asks English', () => {
    expect(rowOf(posting('Profil recherché', 'Anglais technique'), cv(ROLE, 'Go'), 'Anglais').item.kind).toBe('language');
  });
  it('a data engineer\u2019s years count for "building data platforms"; an analyst\u2019s do not', () => {
    const de = ['Noor Haddad', 'EXPERIENCE', 'Data Engineer \u2014 Skerry Bank \u2014 01/2020 \u2013 present', '- Kafka streams and Iceberg tables'].join('\n');
    expect(verdict(posting('Requirements', '4+ years building data platforms'), de, '4+ years')).toBe('met');
    const analyst = ['Noor Haddad', 'EXPERIENCE', 'Marketing Analyst \u2014 Skerry Bank \u2014 01/2020 \u2013 present', '- Excel reports'].join('\n');
    expect(verdict(posting('Requirements', '4+ years building data platforms'), analyst, '4+ years')).not.toBe('met');
  });
  it('a forwarder by its name is logistics; contracts\u2019 AI is legal tech', () => {
    expect(verdict(posting('Les plus', 'Connaissance du secteur logistique'), cv('Ingénieur DevOps \u2014 Dachser \u2014 2021 \u2013 present', 'Kubernetes'), 'Connaissance')).toBe('met');
    expect(verdict(posting('Nice to have', 'Legal-tech background'), cv('Engineer \u2014 Brightlaw Labs \u2014 2021 \u2013 present', 'Contract AI features for in-house counsel'), 'Legal-tech')).toBe('met');
    expect(verdict(posting('Nice to have', 'Legal-tech background'), cv('Engineer \u2014 Brightpath Labs \u2014 2021 \u2013 present', 'Route planning features'), 'Legal-tech')).toBe('unmet');
  });
});
