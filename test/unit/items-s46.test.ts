import { describe, expect, it } from 'vitest';
import { analyzePosting } from '@/lib/analyze';
import { splitSections } from '@/lib/posting/sections';
import { postingFromText } from '@/lib/posting/text';
import { splitUnits } from '@/lib/requirements/text';
import { engine } from './readers';

/**
 * Session 46 (#12): which lines of a posting's ask parts are asks, taught by the corpus tune part's noise and the fresh
 * postings of test/fixtures/labels/parts-fresh-s46a.jsonl (tune half): noise written inside a list of requirements, in the
 * languages postings are written in. Each rule checked here on sentences written fresh for the test, none of them a sentence
 * of a labelled batch, with counter-examples that still ask.
 */
const rows = (text: string) => analyzePosting(engine, postingFromText(text)).requirements.map((r) => r.text);
const kindsOnly = (text: string) => splitSections(text).map((s) => s.kind);
/** A posting whose asks part holds one real ask and the line under test. */
const withLine = (heading: string, line: string, ask = 'Three years of Ruby on Rails') => `Backend Developer\n\n${heading}\n- ${ask}\n- ${line}\n`;

describe('the pay inside the list, in the posting\'s language', () => {
  it('a line that opens on the pay\'s word and tells an amount or a range asks nothing', () => {
    expect(rows(withLine('Dein Profil', 'Jahresgehalt: 58.000 bis 71.000 € brutto'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Wymagania', 'Wynagrodzenie: 16 000–21 000 zł netto na B2B'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requisitos', 'Salario: entre 38.000 y 46.000 € según experiencia'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Wat vragen we', 'Salaris: €4.200 – €5.600 bruto per maand'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requisitos', 'Oferecemos um salário compatível com o mercado'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: a line that names the pay word as a field of the work, or asks, still asks', () => {
    expect(rows(withLine('Requisitos', 'Experiencia con sistemas de nómina y salario variable'))).toContain('Experiencia con sistemas de nómina y salario variable');
    expect(rows(withLine('Dein Profil', 'Gehaltsabrechnung: sichere Kenntnisse in DATEV'))).toContain('Gehaltsabrechnung: sichere Kenntnisse in DATEV');
  });
});

describe('the hiring process, by its label', () => {
  it('a line labelled as the process, in any language, or "a quick note on process:", asks nothing', () => {
    expect(rows(withLine('Requirements', 'Interview process: a 20-minute chat, a paired exercise, and a call with the founders'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'A short note on process: we answer every applicant within ten days'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Profil recherché', 'Processus de recrutement : un échange téléphonique puis deux entretiens'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Wymagania', 'Proces rekrutacji: rozmowa z rekruterem i zadanie domowe'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: experience of a process is asked; a process note that says a must asks', () => {
    expect(rows(withLine('Requirements', 'Experience with hiring processes for engineering teams'))).toContain('Experience with hiring processes for engineering teams');
    expect(rows(withLine('Requirements', 'Process: you must pass a background check before the offer'))).toContain('Process: you must pass a background check before the offer');
  });
});

describe('the team told inside the list', () => {
  it('a label "Our team:" in any language, or the team as the subject of its size, asks nothing', () => {
    expect(rows(withLine('Requirements', 'Our team: three backend engineers, a designer and a data analyst'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'The platform team is five people spread over two countries'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Dein Profil', 'Unser Team: fünf Entwickler:innen und eine Produktmanagerin'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requisitos', 'Somos un equipo pequeño de seis personas en Valencia'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: a team asked of the reader, or a team to lead, still asks', () => {
    expect(rows(withLine('Requirements', 'You have led a team of five engineers or more'))).toContain('You have led a team of five engineers or more');
    expect(rows(withLine('Requirements', 'Team player: you enjoy pairing and reviewing code'))).toContain('Team player: you enjoy pairing and reviewing code');
  });
});

describe('an encouragement to apply though the list is not met', () => {
  it('asks nothing, in English or in the posting\'s language', () => {
    expect(rows(withLine('Requirements', 'Unsure whether you tick enough of these? Apply regardless.'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'If only some of this describes you, reach out anyway'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Dein Profil', 'Bewirb dich gerne, auch wenn du nicht alle Anforderungen mitbringst.'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Profil recherché', "N'hésite pas à postuler même si tu ne coches pas toutes les cases."))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Wat vragen we', 'Twijfel je? Solliciteer gerust, ook als je niet aan alles voldoet.'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: an invitation that says a must still asks it', () => {
    expect(rows(withLine('Requirements', 'Apply even if you are new to Go; strong Rust is a must')).join(' ')).toContain('strong Rust is a must');
  });
});

describe('an equal-opportunity or inclusion line inside the list', () => {
  it('asks nothing, in English or in the posting\'s language', () => {
    expect(rows(withLine('Requirements', 'Northwind Freight is an equal opportunity employer and values every background'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'We strongly encourage people from underrepresented groups to apply'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Profil recherché', 'Cette offre est accessible aux personnes en situation de handicap.'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requisitos', 'Vaga aberta também para pessoas com deficiência (PcD).'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: accessibility work asked still asks', () => {
    expect(rows(withLine('Requirements', 'Experience building accessible interfaces for people with disabilities'))).toContain('Experience building accessible interfaces for people with disabilities');
  });
});

describe('a language waived', () => {
  it('"You don\'t need to speak German" asks nothing; the language asked beside it still does', () => {
    expect(rows(withLine('Requirements', "You won't need to speak Swedish day to day"))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', "You don't need to speak Finnish, but fluent English is a must"))).toContain("You don't need to speak Finnish, but fluent English is a must");
  });
});

describe('a line that opens in fragments', () => {
  it('"Test. Always. Even the glue code." is one unit, and asked as a line of the list', () => {
    expect(splitUnits('- Test. Always. Even the glue code.\n- Go').map((u) => u.text)).toEqual(['Test. Always. Even the glue code.', 'Go']);
    expect(rows(withLine('Requirements', 'Document. Every time. Runbooks, ADRs, READMEs.'))).toContain('Document. Every time. Runbooks, ADRs, READMEs.');
  });
  it('counter-examples: full sentences stay apart, and a capitalised name is no fragment verb', () => {
    expect(splitUnits('We pay well. Apply today.').map((u) => u.text)).toEqual(['We pay well.', 'Apply today.']);
    expect(splitUnits('Kotlin. Spring Boot. Postgres.').map((u) => u.text)).toEqual(['Kotlin.', 'Spring Boot.', 'Postgres.']);
  });
});

describe('how to apply, in the posting\'s language, ends the part above it', () => {
  it('German, Dutch, French, Spanish, Polish and English lines that say how to apply are no perks', () => {
    const perks = '\n\nBenefits\n- A bike lease\n- Lunch on Fridays\n\n';
    expect(kindsOnly(`Dev${perks}Wir freuen uns auf Ihre Bewerbung mit Gehaltsvorstellung.\n`).at(-1)).toBe('other');
    expect(kindsOnly(`Dev${perks}Solliciteer via het formulier op onze site.\n`).at(-1)).toBe('other');
    expect(kindsOnly(`Dev${perks}Envoie-nous ton CV et quelques lignes sur toi.\n`).at(-1)).toBe('other');
    expect(kindsOnly(`Dev${perks}Envía tu CV a talento@ejemplo.es antes del viernes.\n`).at(-1)).toBe('other');
    expect(kindsOnly(`Dev${perks}Wyślij CV przez formularz poniżej.\n`).at(-1)).toBe('other');
    expect(kindsOnly(`Dev${perks}Mail your CV to the hiring manager, Priya.\n`).at(-1)).toBe('other');
  });
  it('counter-examples: a perk line that names the application stays a perk', () => {
    expect(kindsOnly('Dev\n\nBenefits\n- A bike lease\n- Mail-order lunch boxes every Friday\n')).toEqual(['other', 'benefits']);
  });
});

describe('the openings announced by their names alone (corpus tune class)', () => {
  it('a sentence that ends on the roles sought asks nothing', () => {
    expect(rows(withLine('Requirements', "We're hiring Android developers and QA engineers."))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'We are looking for data engineers of all skill levels'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: the person told after the roles, or years, still ask', () => {
    expect(rows(withLine('Requirements', "We're hiring Android developers who have shipped Jetpack Compose apps")).join(' ')).toContain('Jetpack Compose');
    expect(rows(withLine('Requirements', 'We are looking for data engineers with 4+ years of Spark')).join(' ')).toContain('Spark');
  });
});

describe('the working language told in a list of asks (known miss)', () => {
  it('is asked, alone or after a clause that waives another language', () => {
    expect(rows(withLine('Requirements', 'Finnish is not required; English is our working language'))).toContain('English is our working language');
    expect(rows(withLine('Requirements', 'Our working language is German'))).toContain('Our working language is German');
    expect(rows(withLine('Requirements', 'Danish is not needed, we all speak English at work'))).toContain('we all speak English at work');
  });
  it('counter-examples: outside the asks the company\'s own language asks nothing; a waiver alone asks nothing', () => {
    expect(rows('Data Engineer\n\nAbout us\nWe are twelve people in Porto and English is our working language.\n\nRequirements\n- Three years of Ruby on Rails\n')).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'Portuguese is not required'))).toEqual(['Three years of Ruby on Rails']);
  });
});

describe('a postscript or an aside inside the list (known miss)', () => {
  it('"PS: …", "P.S. …", "Fun fact: …" and a bracketed line of the team\'s record ask nothing', () => {
    expect(rows(withLine('Requirements', 'PS: the office cat is called Ledger'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', 'P.S. there is a climbing wall two doors down'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', '(Half of us picked up Elixir on the job, for what it is worth.)'))).toEqual(['Three years of Ruby on Rails']);
    expect(rows(withLine('Requirements', '(By the way, we deploy twenty times a day with Fly.io.)'))).toEqual(['Three years of Ruby on Rails']);
  });
  it('counter-examples: a postscript to the reader, and a bracket that asks, still ask', () => {
    expect(rows(withLine('Requirements', 'PS: you must be able to lift 20 kg for the warehouse visits')).join(' ')).toContain('lift 20 kg');
    expect(rows(withLine('Requirements', '(Kubernetes is a plus)')).join(' ')).toContain('Kubernetes');
  });
});

describe('a TL;DR line of fields (known miss)', () => {
  it('each field is read apart: the skills, years and place asked, the pay and a visa offered not', () => {
    const got = rows('TL;DR: Elixir · Postgres · 3+ yrs · Lisbon (hybrid) · €70–85k · relocation paid\n\nWe make software for ferries. You should also know some Rust.\n');
    expect(got).toEqual(expect.arrayContaining(['Elixir', 'Postgres', '3+ yrs']));
    expect(got.some((t) => t.includes('€70') || t.includes('relocation'))).toBe(false);
  });
  it('counter-examples: a TL;DR sentence with no fields, and a line of fields with no summary label, stay whole', () => {
    expect(rows('Backend Engineer\n\nRequirements\n- TL;DR: strong Elixir and a taste for boring tech\n')).toEqual(['TL;DR: strong Elixir and a taste for boring tech']);
    expect(rows('Backend Engineer\n\nRequirements\n- Elixir · Postgres · Oban\n')).toEqual(['Elixir · Postgres · Oban']);
  });
});

describe('the working language by any name of the team\'s (known miss, wider)', () => {
  it('"our lab language is English" after a waiver asks English', () => {
    expect(rows(withLine('Requirements', 'Estonian is not required, our lab language is English')).join(' ')).toContain('our lab language is English');
  });
});
