import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { factsLine } from '../../lib/report';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Requirement kinds and facts in fresh words (session 35, #12): every sentence was written for this file, none taken
// from the corpus or from test/tools/kinds-judged-s35.jsonl (the blind probe whose misses the rules were made from).
// The classes: a language with its level, a degree, a clearance or a status held asks in prose with no headings; an
// offer of a visa asks nothing; "citizen" and "sponsor" in words that name no status; languages and levels written in
// Spanish, Portuguese or French; UK and Australian clearances; a language asked in a part about the team.

const { matcher, taxonomy } = bundled();
/** The kinds a posting asks besides skills, as eval:requirements counts them: an item's kind, or its years or degree. */
const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();
/** One bullet under a requirements heading ("bullet"), or a sentence in a posting of prose with no headings ("prose"). */
const posting = (where: 'bullet' | 'prose', sentence: string) =>
  where === 'bullet' ? `Birchwood | Platform Engineer\n\nWe run payroll for dentists.\n\nRequirements:\n- Solid SQL\n- ${sentence}` : `Birchwood | Platform Engineer\n\nWe run payroll for dentists, mostly in Elixir.\n\n${sentence} We release on Thursdays.`;

const KINDS: Array<['bullet' | 'prose', string, string[]]> = [
  // Languages with a level, either side of the name.
  ['prose', 'Spoken and written Finnish at C1 or above.', ['language']],
  ['prose', 'Korean (TOPIK 5 or a comparable level) lets you run our Seoul pilots.', []],
  ['prose', 'You need Hungarian at B2 to support our Budapest accountants.', ['language']],
  ['bullet', 'Czech – fluent', ['language']],
  ['prose', 'Native-level Slovak is needed for this role.', ['language']],
  ['bullet', 'Working knowledge of Catalan', ['language']],
  ['prose', 'Ability to present in Tamil and English to clinic owners.', ['language']],
  ['bullet', 'Lusophone engineers welcome to apply; Portuguese is used with half our clients.', ['language']],
  ['prose', 'Upper-intermediate English or better: our standups are in English.', ['language']],
  // Written in Spanish, Portuguese or French.
  ['bullet', 'Inglés intermedio-avanzado', ['language']],
  ['bullet', 'Inglês avançado para reuniões com clientes', ['language']],
  ['bullet', 'Bacharelado em Sistemas de Informação ou áreas afins', ['degree']],
  ['bullet', 'Título universitario en Matemáticas o Física', ['degree']],
  ['bullet', 'Anglais courant à l’écrit et à l’oral', ['language']],
  // No language asked.
  ['prose', 'Our whole team speaks Estonian at the Friday lunch.', []],
  ['bullet', 'Explain incidents in plain English to the support desk.', []],
  ['prose', 'We are expanding into Portuguese-speaking countries next year.', []],
  ['bullet', 'Fluency in Haskell or OCaml', []],
  // Degrees.
  ['prose', 'An MSc in operations research, statistics or a comparable degree.', ['degree']],
  ['prose', 'B.E. or B.Tech in Electronics from an accredited institute.', ['degree']],
  ['prose', 'Our two founders met during their PhDs at Delft.', []],
  ['bullet', 'We do not require a degree of any kind.', []],
  // Clearances.
  ['prose', 'Holding a current NV2 clearance is mandatory.', ['clearance']],
  ['bullet', 'Security Check (SC) vetting or willingness to undergo it', ['clearance']],
  ['prose', 'You will handle customs clearance paperwork for our importers.', []],
  ['bullet', 'Ownership of the end-of-season clearance pricing model', []],
  // Authorisation, sponsorship and their look-alikes.
  ['prose', 'Candidates need a valid Dutch residence permit already.', ['authorization']],
  ['prose', 'Permanent residents of New Zealand only, due to the client contract.', ['authorization']],
  ['bullet', 'Visa and relocation costs covered for the right hire', []],
  ['bullet', 'Relocation bundle: flights, two months of housing and the work visa', []],
  ['bullet', 'Treat accessibility as a first-class citizen in every screen', []],
  ['prose', 'We sponsor two meetups a quarter and the local Rust user group.', []],
  // (After batch 2 of the probe.) A language in a clause of its own beside years; a thing written in a language.
  ['bullet', '4+ years building billing systems. Fluent Italian is essential.', ['language', 'years']],
  ['bullet', 'All our runbooks are written in English.', []],
  ['prose', 'Strong presentation skills in German for quarterly reviews with clinics.', ['language']],
  ['bullet', 'Español intermedio o superior', ['language']],
  ['prose', 'M.Tech in Computer Science or a closely related discipline.', ['degree']],
  // (After batch 3.) A group of languages; a level said after the name; a college diploma; a degree paid for; a status welcomed.
  ['bullet', 'Good command of a Slavic language helps with our Warsaw clients.', ['language']],
  ['bullet', 'Experience fine-tuning local language models', []],
  ['prose', 'Portuguese (European) at a professional level is needed.', ['language']],
  ['prose', 'College diploma in network administration or equivalent.', ['degree']],
  ['bullet', 'Tuition support toward an MBA after your first year', []],
  ['bullet', 'EU citizens are encouraged to apply; we also sponsor visas.', []],
  ['prose', 'Entitlement to work in Ireland is essential.', ['authorization']],
];

describe('requirement kinds in fresh words (s35)', () => {
  it.each(KINDS)('%s: %s', (where, sentence, want) => {
    expect(kindsOf(posting(where, sentence))).toEqual(want);
  });

  it('reads a language asked in the part about the team, in a posting with headings', () => {
    const text =
      'Birchwood | Platform Engineer\n\nAbout the team\nThe team sits in Antwerp and you will need fluent Dutch for our weekly customer calls.\n\nRequirements:\n- 4+ years of Elixir\n- Solid SQL';
    expect(kindsOf(text)).toEqual(['language', 'years']);
  });

  it('asks no language in a part about the team that tells what the team speaks', () => {
    const text = 'Birchwood | Platform Engineer\n\nAbout the team\nWe are a bilingual Dutch and French office in Brussels.\n\nRequirements:\n- 4+ years of Elixir\n- Solid SQL';
    expect(kindsOf(text)).toEqual(['years']);
  });
});

const FACTS: Array<[string, Partial<Record<'sponsorship' | 'clearance' | 'degree', unknown>>]> = [
  ['Candidates need a valid Dutch residence permit already.', { sponsorship: false }],
  ['Only applicants with current Canadian working rights can be considered.', { sponsorship: false }],
  ['Work permit for Switzerland required.', { sponsorship: false }],
  ['Relocation bundle: flights, two months of housing and the work visa.', { sponsorship: true }],
  ['Treat accessibility as a first-class citizen in every screen.', { sponsorship: null }],
  ['Our tools help citizen developers build forms without code.', { sponsorship: null }],
  ['Holding a current NV1 clearance is mandatory.', { clearance: 'NV1' }],
  ['Must be eligible for Security Check (SC) vetting.', { clearance: 'SC' }],
  ['Licenciatura en Ciencias de la Computación o carrera afín (excluyente).', { degree: 'bachelor' }],
  ['Mestrado em Estatística é desejável.', { degree: 'master/preferred' }],
  ['Canadian citizenship is required for access to the client site.', { sponsorship: false }],
  ['You must already live in Ireland and have the right to work there.', { sponsorship: false }],
];

describe('posting facts in fresh words (s35)', () => {
  it.each(FACTS)('%s', (sentence, want) => {
    const f = postingFacts(postingFromText(`Birchwood | Platform Engineer\n\nWe run payroll for dentists.\n\nRequirements:\n- ${sentence}`));
    if ('sponsorship' in want) expect(f.sponsorship).toBe(want.sponsorship);
    if ('clearance' in want) expect(f.clearance).toBe(want.clearance);
    if ('degree' in want) expect(f.degree ? `${f.degree.level}${f.degree.required ? '' : '/preferred'}` : null).toBe(want.degree);
  });
});

// Pay when a posting prices several openings apart (s35): one opening's range, never a span that no opening pays.
const payOf = (text: string) => {
  const s = postingFacts(postingFromText(text)).salary;
  return s ? [s.min, s.max, s.currency, s.period, s.openings ?? 0, s.across ?? 0] : null;
};

describe('pay across several openings (s35)', () => {
  it('spans the openings when no title names one, and says across how many roles', () => {
    const text = 'Larkspur Health | Remote (US)\n\nOpen roles:\n- Senior Backend Engineer: $155k–$185k + equity\n- Staff Platform Engineer: $205k–$250k + equity\n- Data Analyst: $95k–$120k';
    expect(payOf(text)).toEqual([95000, 250000, 'USD', 'year', 0, 3]);
    expect(factsLine(postingFacts(postingFromText(text)))).toContain('$95K–$250K a year (across 3 roles)');
  });

  it("gives the opening the posting's title names", () => {
    const text = 'Larkspur Health | Staff Platform Engineer | Remote (US)\n\nWe also hire Senior Backend Engineers ($155k–$185k). Staff Platform Engineer: $205k–$250k.';
    expect(payOf(text)).toEqual([205000, 250000, 'USD', 'year', 2, 0]);
    expect(factsLine(postingFacts(postingFromText(text)))).toContain('$205K–$250K a year (one of 2 roles)');
  });

  it('reads a range alone on its line as the opening named on the line above (the title naming neither: the span)', () => {
    expect(payOf('Ferngate | Two openings | Leeds\n\nJunior Developer\n£38,000 – £46,000\n\nLead Developer\n£78,000 – £92,000')).toEqual([38000, 92000, 'GBP', 'year', 0, 2]);
  });

  it('keeps the span of one job paid by place, or by levels its title names', () => {
    expect(payOf('Ferngate | Platform Engineer | Hybrid\n\nPay: $160k–$195k in Seattle, $140k–$170k in other US cities.')).toEqual([140000, 195000, 'USD', 'year', 0, 0]);
    expect(payOf('Ferngate | Senior or Staff Data Engineer | Remote\n\nSenior: $170k–$200k; Staff: $210k–$245k.')).toEqual([170000, 245000, 'USD', 'year', 0, 0]);
  });

  it('keeps a span the posting gives for all its openings itself', () => {
    expect(payOf('Ferngate | Several engineering roles | $120K–$240K total comp\n\nMid-level engineers earn $120K–$160K; senior engineers earn $185K–$240K.')).toEqual([120000, 240000, 'USD', 'year', 0, 0]);
  });
});
