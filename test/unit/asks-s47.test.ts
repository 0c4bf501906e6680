import { describe, expect, it } from 'vitest';
import { analyzePosting, analyzeResume, matchResume } from '@/lib/analyze';
import { postingFromText } from '@/lib/posting/text';
import { classifyHeading } from '@/lib/posting/sections';
import { inEnglish } from '@/lib/requirements/foreign';
import { findDateRanges } from '@/lib/resume/dates';
import { engine, TODAY } from './readers';

// Written for this test (session 47, #12): Spanish headings asked as questions, short Dutch lines among Dutch asks, a
// compound's shared tail left off ("platform-, DevOps- of SRE-engineer"), and Polish "one of".
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements;
const groupsOf = (text: string, part: RegExp) => rows(text).find((r) => part.test(r.text))?.groups;

describe('a heading asked as a Spanish question', () => {
  it('is read with its opening mark', () => {
    expect(classifyHeading('¿Qué buscamos?')).toBe('requirements');
    expect(classifyHeading('¿Quiénes somos?')).toBe('about');
    expect(classifyHeading('¿Qué harás?')).toBe('responsibilities');
    expect(classifyHeading('¿Qué ofrecemos?')).toBe('benefits');
  });
  it('so the asks under it are rows', () => {
    const text = [
      'Valencia | Ingeniero/a de Datos | Huerta Analítica',
      '',
      '¿Quiénes somos?',
      'Ayudamos a cooperativas agrícolas a planificar sus cosechas.',
      '',
      '¿Qué buscamos?',
      '- Al menos 3 años de experiencia con Python',
      '- Experiencia con Airflow o Dagster',
      '- Modelado de datos con dbt',
      '',
      '¿Qué ofrecemos?',
      '- Jornada intensiva los viernes',
    ].join('\n');
    expect(postingFromText(text).sections.map((s) => s.kind)).toEqual(['other', 'about', 'requirements', 'benefits']);
    expect(groupsOf(text, /Airflow/)).toEqual([['airflow', 'dagster']]);
    // (Session 55: 'Modelado de datos' is now read as data modeling, as its English twin 'Data modeling with dbt' is.)
    expect(groupsOf(text, /dbt/)).toEqual([['data-modeling'], ['dbt']]);
  });
  it('but a question that is no heading stays none', () => {
    expect(classifyHeading('¿Listo para el reto?')).toBeNull();
  });
});

describe('a short line among Dutch asks', () => {
  const dutch = (line: string) =>
    [
      'Utrecht | Backend Developer | Polderdata',
      '',
      'Wat we vragen',
      '- Minimaal 3 jaar ervaring met backend-ontwikkeling',
      '- Je hebt kennis van Docker',
      '- Ervaring met CI/CD is een pré',
      `- ${line}`,
    ].join('\n');
  it('takes "of" as "or" when it holds a Dutch word and no English one', () => {
    expect(groupsOf(dutch('Werkervaring in Java of Kotlin'), /Kotlin/)).toEqual([['java', 'kotlin']]);
    expect(groupsOf(dutch('Programmeerkennis: Rust of C++'), /Rust/)).toEqual([['rust', 'cpp']]);
  });
  it('but an English line among them keeps its "of"', () => {
    expect(inEnglish('- Minimaal 3 jaar ervaring met Go\n- Kennis van Docker\n- Ervaring met Linux is een pré\n- Knowledge of Python and Go')).toContain('Knowledge of Python and Go');
    expect(groupsOf(dutch('Knowledge of Python and Go'), /Python and Go/)).toEqual([['python'], ['go']]);
  });
  it('and a short line of an English posting is read as English', () => {
    expect(inEnglish('Requirements\n- Go of course\n- Python')).toBe('Requirements\n- Go of course\n- Python');
  });
});

describe('a compound whose shared tail is left off', () => {
  it('names each kind apart in Dutch and German', () => {
    expect(inEnglish('Minimaal 5 jaar ervaring als backend-, data- of cloud-engineer')).toMatch(/backend , data\s+or\s+cloud-engineer/);
    expect(inEnglish('Mindestens 3 Jahre Erfahrung als Backend- oder Plattform-Entwickler')).toMatch(/Backend\s+or/);
  });
  it('and a years ask over roles so named is a choice of them', () => {
    const text = ['Rotterdam | SRE | Havenlicht', '', 'Wat we vragen', '- Minimaal 4 jaar ervaring als DevOps- of SRE-engineer', '- Kennis van Kubernetes'].join('\n');
    expect(groupsOf(text, /SRE-engineer/)).toEqual([['devops', 'site-reliability-engineering']]);
  });
  it('but a hyphen inside a word stays', () => {
    expect(inEnglish('Minimaal 3 jaar ervaring met on-call en e-mail')).toContain('on-call');
  });
});

describe('Polish "one of"', () => {
  it('makes the list after it a choice', () => {
    const text = ['Wrocław | Backend Developer | Odra Soft', '', 'Wymagania', '- Min. 3 lata doświadczenia', '- Znajomość jednego z frameworków: Django, FastAPI, Flask', '- Praca z jedną z baz: PostgreSQL, MySQL'].join('\n');
    expect(groupsOf(text, /Django/)).toEqual([['django', 'fastapi', 'flask']]);
  });
  it('but a Polish list with no such words stays all of', () => {
    const text = ['Wrocław | Backend Developer | Odra Soft', '', 'Wymagania', '- Min. 3 lata doświadczenia', '- Znajomość Django, Celery i Redis'].join('\n');
    expect(groupsOf(text, /Celery/)).toEqual([['django'], ['celery'], ['redis']]);
  });
});

describe('years "or more" in other languages', () => {
  it('are a floor of years', () => {
    for (const line of ['Experiência de 6 anos ou mais com APIs', 'Experiencia de 6 años o más con APIs', 'Expérience de 6 ans ou plus sur des APIs', 'Erfahrung von 6 Jahren oder mehr mit APIs'])
      expect(inEnglish(`Requisitos\n- ${line}`)).toMatch(/6\+ yrs/);
    const text = ['Recife | Engenheira de Dados | Mangue Tech', '', 'Requisitos', '- Experiência de 4 anos ou mais com engenharia de dados', '- Python e SQL'].join('\n');
    expect(rows(text).find((r) => /4 anos/.test(r.text))?.years?.min).toBe(4);
  });
  it('but "more" after other words is left', () => {
    expect(inEnglish('Requisitos\n- 3 anos de experiência, mais Python')).not.toMatch(/\+ yrs/);
  });
});

describe("a board's chips cut short by a count", () => {
  const page = (chips: string) =>
    ['Platform Engineer', 'Fjordline · Oslo (Hybrid)', 'Over 100 applicants', chips, '', 'About the job', 'We run ferries.', '', 'What we look for', '- 4+ years with Linux', '- Terraform'].join('\n');
  it('are no row of asks', () => {
    const got = rows(page('Skills: Ansible, Amazon Web Services (AWS), +6 more'));
    expect(got.map((r) => r.text)).toEqual(['4+ years with Linux', 'Terraform']);
  });
  it('but chips with no count cut off are read as before', () => {
    const got = rows(page('Skills: Ansible, Amazon Web Services (AWS), Podman'));
    expect(got.map((r) => r.text)).toContain('Ansible, Amazon Web Services (AWS), Podman');
  });
});

describe('a thing named with its weight on a line of its own', () => {
  it('is an ask, not a heading', () => {
    const text = ['Data Engineer', '', 'Requirements', '- 3+ years with Python', 'Snowflake experience preferred', '', 'Benefits', 'Dental'].join('\n');
    const got = rows(text);
    expect(got.find((r) => /Snowflake/.test(r.text))?.importance).toBe('preferred');
    expect(classifyHeading('Experience preferred')).toBe('preferred');
  });
  it('but words of a heading still head a list', () => {
    const text = ['Data Engineer', '', 'Technical skills required', '- Python', '- dbt'].join('\n');
    expect(postingFromText(text).sections.map((s) => s.kind)).toContain('requirements');
  });
});

describe('French headings of wishes and perks', () => {
  it('"Les plus", "Les petits plus", "Nos avantages"', () => {
    expect(classifyHeading('Les plus')).toBe('preferred');
    expect(classifyHeading('Les petits plus :')).toBe('preferred');
    expect(classifyHeading('Nos avantages')).toBe('benefits');
    expect(classifyHeading('Les horaires')).toBeNull();
  });
});

describe('asks under a hedged heading', () => {
  const text = [
    'Backend Engineer | Tessellate | Leeds or remote (UK)',
    '',
    '**What you will work on**',
    'Our billing engine.',
    '',
    '**You’ll probably have**',
    'Built backend services in Go or Rust for at least 4 years.',
    'Operated PostgreSQL for 2+ years in production.',
    '',
    "**It'd be great if you also have**",
    'Worked with Stripe.',
  ].join('\n');
  it('"You\'ll probably have" heads the asks, "It\'d be great if you also have" the wishes', () => {
    expect(classifyHeading("You'll probably have")).toBe('requirements');
    expect(classifyHeading('You likely bring')).toBe('requirements');
    expect(classifyHeading("You'll have access to a laptop")).toBeNull();
    const got = rows(text);
    expect(got.find((r) => /Stripe/.test(r.text))?.importance).toBe('preferred');
    expect(got.find((r) => /Go or Rust/.test(r.text))?.importance).toBe('required');
  });
  it('a line opening with the deed, then how long, asks those years', () => {
    const got = rows(text);
    expect(got.find((r) => /Go or Rust/.test(r.text))?.years?.min).toBe(4);
    expect(got.find((r) => /PostgreSQL/.test(r.text))?.years?.min).toBe(2);
  });
  it("but the company's deeds and a past date are no years asked", () => {
    const about = ['Backend Engineer | Tessellate', '', 'Requirements', '- Founded in 2011, we have served retailers for 14 years.', '- Used by banks for 10 years.', '- Python'].join('\n');
    expect(rows(about).every((r) => r.years === undefined || r.years === null)).toBe(true);
  });
});

describe('an industry asked in Dutch, Polish or Spanish', () => {
  const verdict = (heading: string, ask: string, role: string) => {
    const a = analyzePosting(engine, postingFromText(`Backend Developer | Acme\n\n${heading}\n- Python\n- ${ask}\n`));
    const m = matchResume(engine, a, analyzeResume(engine, 'cv.txt', `Ola Berg\n\nExperience\n${role}\n- Python services\n`, TODAY));
    return m.requirements![a.requirements.findIndex((r) => r.text.includes(ask.slice(0, 12)))]!.verdict;
  };
  it('is met by a role whose lines name it in that language', () => {
    expect(verdict('Wymagania', 'Doświadczenie w branży ubezpieczeniowej', 'Programista, Wartosoft (ubezpieczenia komunikacyjne), 2019 - obecnie')).toBe('met');
    expect(verdict('Wat vragen we', 'Kennis van de energiesector', 'Developer, Netstroom (energiebranche), 2020 - heden')).toBe('met');
    expect(verdict('Requisitos', 'Experiencia en el sector asegurador', 'Desarrollador, Norte Digital (seguros de hogar), 2018 - actualidad')).toBe('met');
  });
  it('but not by a role in another industry', () => {
    expect(verdict('Requisitos', 'Experiencia en el sector asegurador', 'Desarrollador, Tienda Sol (comercio electrónico), 2018 - actualidad')).toBe('unmet');
  });
});

describe("a resume's month and year joined by a slash", () => {
  const span = (line: string) => findDateRanges(line).map((r) => [r.start, r.end]);
  it('reads as the month ("jan/2021 – atual", "set/2019", "Jan/2021 - Present")', () => {
    expect(span('Analista de Sistemas — Banco Ipê | jan/2021 – atual')).toEqual([[2021 * 12, null]]);
    expect(span('fev/2017 - set/2019')).toEqual([[2017 * 12 + 1, 2019 * 12 + 8]]);
    expect(span('out/2019 – dez/2020')).toEqual([[2019 * 12 + 9, 2020 * 12 + 11]]);
    expect(span('Jan/2021 - Present')).toEqual([[2021 * 12, null]]);
  });
  it('but "set" and "out" as words are no months', () => {
    expect(span('Set up CI in 2020 and moved out 2021')).toEqual([]);
  });
});
