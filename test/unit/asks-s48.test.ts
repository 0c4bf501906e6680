import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { postingFromText } from '@/lib/posting/text';
import { classifyHeading } from '@/lib/posting/sections';
import { postingFacts } from '@/lib/requirements/facts';
import { engine, TODAY } from './readers';

// Written for this test (session 48, #12 and #13): a short label opening a sentence inside a paragraph ("Bonus: …"),
// async/await as no Python library, Apple's Combine only beside Swift or iOS work, StoreKit as in-app purchases.
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const groupsOf = (text: string, part: RegExp) => rows(text).find((r) => part.test(r.text))?.groups;
const ids = (text: string) => findSkills(bundled().matcher, text).map((h) => h.skillId);
const paragraph = (sentence: string) =>
  ['Tidewell | Platform Engineer | Remote (EU)', '', `We make scheduling software for ferry operators. You have 4+ years running Linux in production. ${sentence} Write to hiring@tidewell.example.`].join('\n');

describe('a label opening a sentence in a paragraph', () => {
  it('asks what follows it, as a wish', () => {
    for (const [sentence, id] of [
      ['Bonus: Nomad.', 'nomad'],
      ['Nice: experience with Ceph.', 'ceph'],
      ['Extra credit: eBPF.', 'ebpf'],
    ] as const) {
      const row = rows(paragraph(sentence)).find((r) => r.groups.some((g) => g.includes(id)));
      expect(row, sentence).toBeDefined();
      expect(row!.importance).toBe('preferred');
    }
  });
  it('but pay or a perk after the label asks nothing', () => {
    for (const sentence of ['Bonus: 10% of base, paid yearly.', 'Plus: $1,500 for a Kubernetes course of your choice.', 'Bonus: $2k learning budget.']) {
      const asked = rows(paragraph(sentence)).filter((r) => /Bonus|Plus/.test(r.text));
      expect(asked, sentence).toEqual([]);
    }
  });
});

describe('async/await', () => {
  it('is concurrency in any language, not the Python library', () => {
    expect(ids('Move the callbacks in the Swift client to async/await.')).toContain('concurrency');
    expect(ids('Move the callbacks in the Swift client to async/await.')).not.toContain('asyncio');
    expect(ids('Our C# services use async/await throughout.')).not.toContain('python');
    expect(ids('The crawler runs on asyncio and aiohttp.')).toContain('asyncio');
  });
});

describe("Apple's Combine", () => {
  it('is the framework beside Swift or iOS work, or named so', () => {
    expect(ids('Reactive view models in Combine and SwiftUI.')).toContain('combine');
    expect(ids('We replaced the old callback chains with Combine publishers.')).toContain('combine');
    expect(ids('Swap the delegate code for Combine on iOS 17.')).toContain('combine');
  });
  it('and the verb otherwise', () => {
    expect(ids('Combine strong opinions with an open mind.')).not.toContain('combine');
    expect(ids('Combine the billing and usage tables into one nightly export.')).not.toContain('combine');
  });
});

describe('StoreKit', () => {
  it('tells in-app purchases on the resume', () => {
    const posting = analyzePosting(engine, postingFromText('Senior iOS Engineer\n\nRequirements\n- Experience with in-app purchases and StoreKit 2\n- 3+ years of Swift'));
    const resume = 'Ravi Menon\n\nExperience\niOS Developer, Quillpad, Jan 2020 - present\n- Built subscriptions and a paywall with StoreKit 2 in Swift\n';
    const m = matchResume(engine, posting, analyzeResume(engine, 'cv.txt', resume, TODAY));
    expect(m.requirements![posting.requirements.findIndex((r) => /StoreKit/.test(r.text))]!.verdict).toBe('met');
  });
});

describe('Norwegian, Danish and Swedish headings and asks', () => {
  it('reads the headings that say what is sought', () => {
    expect(classifyHeading('Hva vi ser etter')).toBe('requirements');
    expect(classifyHeading('Hvem vi leter etter')).toBe('requirements');
    expect(classifyHeading('Det søker vi')).toBe('requirements');
    expect(classifyHeading('Om deg')).toBe('requirements');
    expect(classifyHeading('Dine kompetencer')).toBe('requirements');
    expect(classifyHeading('Vad vi söker')).toBe('requirements');
    expect(classifyHeading('Meriterende')).toBe('preferred');
    expect(classifyHeading('Vi ser gjerne at du har')).toBe('preferred');
    expect(classifyHeading('Om jobben')).toBe('responsibilities');
  });
  it('but not the ones that tell of the company or the offer', () => {
    expect(classifyHeading('Om oss')).toBe('about');
    expect(classifyHeading('Vi tilbyr')).toBe('benefits');
  });
  it('reads the practices said in one word or a set phrase', () => {
    const text = [
      'Driftsingeniør, Trondheim',
      '',
      'Hva vi ser etter',
      '- Erfaring med Kubernetes',
      '- Kunnskap om infrastruktur som kode',
      '- Erfaring med skytjenester, gjerne GCP',
      '',
      'Vi tilbyr',
      '- Fleksibel arbeidstid',
    ].join('\n');
    expect(groupsOf(text, /Kubernetes/)).toEqual([['kubernetes']]);
    expect(groupsOf(text, /infrastruktur/)).toEqual([['infrastructure-as-code']]);
    expect(groupsOf(text, /skytjenester/)?.flat()).toEqual(expect.arrayContaining(['cloud-computing', 'google-cloud']));
    const swedish = 'Testare, Malmö\n\nVi tror att du har\n- Minst 2 års erfarenhet av Python\n- God förståelse för testautomatisering\n- Erfarenhet av kodgranskning\n';
    expect(groupsOf(swedish, /testautomatisering/)).toEqual([['automated-testing']]);
    expect(groupsOf(swedish, /kodgranskning/)).toEqual([['code-review']]);
  });
  it('and leaves an English line among them as written', () => {
    const text = 'Utvikler, Bergen\n\nHva vi ser etter\n- Minst 3 års erfaring med Java\n- Good knowledge of Spring Boot\n';
    expect(groupsOf(text, /Spring/)).toEqual([['spring-boot']]);
  });
});

describe('one sense a discourse', () => {
  it('does not carry a common lower-case word from where a qualifier made it a skill', () => {
    const text = 'An AWS certification is a plus. Formal training or certification in software engineering, and 3+ years of practice.';
    const hits = findSkills(bundled().matcher, text).filter((h) => h.skillId === 'aws-certification');
    expect(hits.map((h) => text.slice(0, h.end).slice(-17))).toEqual(['AWS certification']);
  });
  it('but still carries a name written as a name', () => {
    expect(findSkills(bundled().matcher, 'We thank Argo today.').filter((h) => h.skillId === 'argocd')).toHaveLength(0);
    const text = 'Experience with Argo is required. We thank Argo today.';
    expect(findSkills(bundled().matcher, text).filter((h) => h.skillId === 'argocd')).toHaveLength(2);
  });
});

describe('an industry asked in one German compound', () => {
  it('is the industry it names', () => {
    const text = [
      'Backend-Entwickler (m/w/d)',
      '',
      'Das bringst du mit',
      '- Mindestens 3 Jahre Erfahrung mit Java',
      '- Erfahrung im Gesundheitswesen',
      '- Erfahrung in der Energiewirtschaft oder im Bankenumfeld',
      '- Erfahrung in der Automobilindustrie',
    ].join('\n');
    expect(groupsOf(text, /Gesundheitswesen/)).toEqual([['health-tech']]);
    expect(groupsOf(text, /Energiewirtschaft/)?.flat()).toEqual(expect.arrayContaining(['energy-systems', 'fintech']));
    expect(groupsOf(text, /Automobilindustrie/)).toEqual([['automotive']]);
  });
  it('but a word of the company or a perk is none', () => {
    const text = 'Backend-Entwickler (m/w/d)\n\nDas bringst du mit\n- Mindestens 3 Jahre Erfahrung mit Java\n\nWas wir bieten\n- Zuschuss zum Gesundheitswesen-Tarif deiner Wahl\n';
    expect(rows(text).some((r) => r.groups.some((g) => g.includes('health-tech')))).toBe(false);
  });
});

describe('kernel work', () => {
  it('shows operating systems, and its tracing is no distributed tracing', () => {
    expect(ids('Kernel tuning and custom kernel builds for our storage nodes.')).toContain('linux-kernel');
    expect(bundled().matcher.implied.get('linux-kernel')).toContain('operating-systems');
    expect(ids('We find dropped packets with eBPF-based packet tracing.')).not.toContain('distributed-tracing');
    expect(ids('Kernel tracing with ftrace and perf.')).not.toContain('distributed-tracing');
    expect(ids('Request tracing across 40 services with Tempo.')).toContain('distributed-tracing');
  });
});

describe('Django REST Framework', () => {
  it('is Django and REST APIs both', () => {
    expect(ids('Our billing service is written in Django REST Framework.')).toEqual(['django-rest-framework']);
    expect(bundled().matcher.implied.get('django-rest-framework')).toEqual(expect.arrayContaining(['django', 'rest-apis']));
    expect(ids('Our admin is plain Django.')).toEqual(['django']);
  });
});

describe('resume role lines', () => {
  const roles = (text: string) => analyzeResume(engine, 'cv.txt', text, TODAY).profile!.roles.map((r) => [r.title, r.company, r.start, r.end]);
  it('keep the employer before a US town and its state code', () => {
    expect(roles('Kim Ode\n\nEXPERIENCE\nStaff Engineer, Pinegrove Freight, Boise ID — Mar 2019 – Present\n- Go services\nEngineer, Redfern Labs, San Jose CA — Jun 2015 – Feb 2019\n- Java\n')).toEqual([
      ['Staff Engineer', 'Pinegrove Freight', '2019-03', null],
      ['Engineer', 'Redfern Labs', '2015-06', '2019-02'],
    ]);
  });
  it('read the Spanish "actual" as now, not a word of the work', () => {
    expect(roles('Ana Gil\n\nEXPERIENCIA\nIngeniera, Datos Sur, Lima — marzo 2022 – actual\n- Pipelines en Python\n')).toEqual([['Ingeniera', 'Datos Sur', '2022-03', null]]);
    expect(roles('Ana Gil\n\nEXPERIENCIA\nAnalista, Grupo Norte, Quito — enero 2019 – julio 2021\n- Mejoras al sistema actual de ventas\n')).toEqual([['Analista', 'Grupo Norte', '2019-01', '2021-07']]);
  });
});

describe('Italian pay and office days', () => {
  const facts = (line: string) => postingFacts(postingFromText(`Acme | Platform Engineer | Milano\n\nAbout\nWe build things.\n\nOffriamo\n- ${line}\n`));
  it('reads the euro by its name after the amount', () => {
    expect(facts('RAL tra 48.000 e 60.000 euro lordi').salary).toMatchObject({ min: 48000, max: 60000, currency: 'EUR' });
    expect(facts('Salario: 42.000 euros brutos anuales').salary).toMatchObject({ min: 42000, currency: 'EUR' });
  });
  it('reads a count of office days in words, or days on-site before the rest at home, as a hybrid week', () => {
    expect(facts('Due giorni a settimana in ufficio, il resto da remoto').workMode).toBe('hybrid');
    expect(facts('3 giorni in sede e 2 da remoto').workMode).toBe('hybrid');
    expect(facts('3 days on-site and 2 remote').workMode).toBe('hybrid');
    expect(facts('5 days on-site').workMode).toBe('onsite');
    expect(facts('Lavoro da remoto al 100%').workMode).toBe('remote');
  });
});

describe('a hospital in German on the resume', () => {
  it('meets healthcare asked', () => {
    const a = analyzePosting(engine, postingFromText('DevOps Engineer (m/w/d)\n\nDas bringst du mit\n- Kubernetes\n\nNice to have\n- Erfahrung im Gesundheitswesen\n'));
    const verdict = (role: string) => matchResume(engine, a, analyzeResume(engine, 'cv.txt', `Jo Lenz\n\nBERUFSERFAHRUNG\n${role}\n- Kubernetes-Cluster\n`, TODAY)).requirements![a.requirements.findIndex((r) => /Gesundheitswesen/.test(r.text))]!.verdict;
    expect(verdict('DevOps Engineer, Medilog GmbH (Krankenhaus-Software), Bremen, 04/2020 – heute')).toBe('met');
    expect(verdict('DevOps Engineer, Klinikum Nordstadt, Kassel, 04/2020 – heute')).toBe('met');
    expect(verdict('DevOps Engineer, Lagerwerk GmbH (Logistik), Bremen, 04/2020 – heute')).toBe('unmet');
  });
});

describe('roles worked as, in a list', () => {
  it('is one pick, in English and Italian', () => {
    const text = (line: string) => `Platform Engineer\n\nRequirements\n- ${line}\n- Kubernetes\n`;
    expect(groupsOf(text('At least 4 years of experience as an SRE, DevOps engineer or systems administrator'), /SRE/)).toEqual([['site-reliability-engineering', 'devops', 'systems-administration']]);
    expect(groupsOf('Platform Engineer\n\nRequisiti\n- Almeno 4 anni di esperienza come SRE, DevOps o sistemista\n- Kubernetes\n', /SRE/)).toEqual([['site-reliability-engineering', 'devops', 'systems-administration']]);
  });
  it('but not a role and what was done in it', () => {
    expect(groupsOf(text2('Experience as a lead, mentoring juniors and running design reviews'), /mentoring/)?.some((g) => g.length > 1) ?? false).toBe(false);
  });
});
const text2 = (line: string) => `Platform Engineer\n\nRequirements\n- ${line}\n- Kubernetes\n`;
