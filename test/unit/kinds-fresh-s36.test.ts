import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Requirement kinds and facts in fresh words (session 36, #12): every sentence was written for this file, none taken
// from the corpus or from test/tools/kinds-judged-s35.jsonl (batch 4, the blind probe whose misses the rules were made
// from). The classes: a status said to be needed on a line of its own (read as a heading before) or in a part not read
// for asks; the right to work abbreviated ("auth to work"); statuses named by their own words (nationality, PR status,
// a work pass or a work visa held); residence alone is where one lives, no status; an H-1B transfer offered; languages
// asked in Dutch, Spanish or Portuguese; languages a product supports; a bare "MS"/"BS" said to be required or wished.
// After batch 5: a degree or a level said to be needed on a line of its own; a language or a degree asked in the part
// about the role; "no X or visa sponsorship"; "legally able to work"; a citizen of a place, a Blue Card held; the
// citizens an offer is for; "PhDs" the hire works with; a level with "-level"; "read and write" a language.
// After batch 6: citizenship in an equal-opportunity line; a status said not to be needed; "you'll need the right to work".
// After batch 7: citizens as a product's public; speakers sought; "X is our working language"; citizenship a role requires
// in the part about it; a refusal joined by "or"; "only apply if you have the right to work"; a degree in a field block.
// After the tune misses of the eval: a role named by its degree ("Scientist (PhD)"); "Tecnólogo" and its kin (row 202).
// After batch 8: a petition filed and green-card sponsorship offered; the work authorization needed, whatever its
// adjectives; languages as examples of a field's subject; "BEng/MEng" in prose.

const { matcher, taxonomy } = bundled();
/** The kinds a posting asks besides skills, as eval:requirements counts them: an item's kind, or its years or degree. */
const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();
/** One bullet under a requirements heading ("bullet"), or a sentence in a posting of prose with no headings ("prose"). */
const posting = (where: 'bullet' | 'prose', sentence: string) =>
  where === 'bullet' ? `Quillfeather | Data Engineer\n\nWe forecast demand for bakeries.\n\nRequirements:\n- Solid SQL\n- ${sentence}` : `Quillfeather | Data Engineer\n\nWe forecast demand for bakeries, mostly in Python.\n\n${sentence} We deploy twice a week.`;

const KINDS: Array<['bullet' | 'prose', string, string[]]> = [
  // The right to work abbreviated, or named by a status of its own.
  ['bullet', 'Auth to work in Canada (no sponsorship)', ['authorization']],
  ['prose', 'Work auth for the UK is required.', ['authorization']],
  ['bullet', 'Irish or other EU nationality is required for this contract.', ['authorization']],
  ['bullet', 'Singaporean citizenship, PR status or a current Employment Pass', ['authorization']],
  ['bullet', 'You hold a valid work visa for Japan already.', ['authorization']],
  // Residence, a place, a time zone: where one lives, no status asked.
  ['bullet', 'You live within commuting distance of Leeds.', []],
  ['prose', 'Must be located within three hours of Eastern time.', []],
  // Sponsorship offered or mentioned, not asked.
  ['bullet', 'We will transfer current H-1B status for the right person.', []],
  ['prose', 'Our CFO came over on an H-1B a decade ago.', []],
  // Languages asked in Dutch, Spanish or Portuguese; languages a product supports.
  ['bullet', 'Vloeiend Nederlands en goed Engels', ['language']],
  ['bullet', 'Dominio del inglés oral y escrito', ['language']],
  ['bullet', 'Conhecimentos de inglês para ler documentação', ['language']],
  ['prose', 'Our keyboard ships in 30 languages, Welsh and Basque among them.', []],
  ['bullet', 'Comfort with several programming languages, Kotlin among them', []],
  // A bare abbreviation said to be required or wished; a degree of something else.
  ['bullet', 'BS required, MS a plus', ['degree']],
  ['bullet', 'MSc preferred (Operations Research or similar)', ['degree']],
  ['bullet', 'A fair degree of independence from day one', []],
  // (After batch 5.)
  ['prose', 'Citizen of a Nordic country, or holder of a valid Blue Card.', ['authorization']],
  ['prose', 'You need to be legally permitted to work in Chile.', ['authorization']],
  ['prose', 'Business-level Korean and English', ['language']],
  ['prose', 'Able to speak and read Turkish with suppliers.', ['language']],
  ['bullet', 'Our speech assistant that understands Basque and Galician', []],
  ['bullet', 'Comfortable pairing with PhDs on our modelling team', []],
  ['bullet', 'Anglais et allemand courants', ['language']],
  // (After batch 8.)
  ['bullet', 'Permanent-residency (green card) sponsorship once you pass probation', []],
  ['prose', 'Research on dialects such as Swiss German and Flemish.', []],
  ['prose', 'MEng or BEng in Electronic Engineering.', ['degree']],
];

describe('requirement kinds in fresh words (s36)', () => {
  it.each(KINDS)('%s: %s', (where, sentence, want) => {
    expect(kindsOf(posting(where, sentence))).toEqual(want);
  });

  it('reads a status said to be needed on a line of its own, between the roles and how to apply', () => {
    const text =
      'Quillfeather | Two roles | Denver | ONSITE\n\nWe forecast demand for bakeries.\n\nWe are hiring for:\n- Data Engineer: 3+ years with Python.\n- Analyst: strong SQL.\n\nUS Citizenship Required\nEmail jobs@quillfeather.example with your CV.';
    expect(kindsOf(text)).toEqual(['authorization', 'years']);
  });

  it('reads a status asked in the part about the company', () => {
    const text = 'Quillfeather | Data Engineer | Oslo\n\nAbout us\nWe forecast demand for bakeries; applicants must be authorised to work in Norway.\n\nRequirements:\n- 4+ years of Python\n- Solid SQL';
    expect(kindsOf(text)).toEqual(['authorization', 'years']);
  });

  it('reads a degree said to be required on a line of its own, before how to apply', () => {
    const text = 'Quillfeather | Lab Engineer | Ghent\n\nWhat you bring:\n- LabVIEW\n- Soldering\n\nMaster\u2019s degree required\nWrite to lab@quillfeather.example';
    expect(kindsOf(text)).toEqual(['degree']);
  });

  it('reads a language or a degree asked in the part about the role', () => {
    const lang = 'Quillfeather | Data Engineer | Antwerp\n\nAbout the role\nHalf our bakeries are in Wallonia, so French is essential here.\n\nRequirements:\n- 4+ years of Python';
    expect(kindsOf(lang)).toEqual(['language', 'years']);
    const degree = 'Quillfeather | Research Engineer | Leuven\n\nAbout the role\nYou will model yeast growth; a doctorate in microbiology is required.\n\nRequirements:\n- Python';
    expect(kindsOf(degree)).toEqual(['degree']);
  });

  it('reads no degree from the part about the role that tells who the team is', () => {
    const text = 'Quillfeather | Research Engineer | Leuven\n\nAbout the role\nYou join three microbiologists who hold PhDs from KU Leuven.\n\nRequirements:\n- 2+ years of Python';
    expect(kindsOf(text)).toEqual(['years']);
  });

  it('reads no status from an equal-opportunity line', () => {
    const text =
      'Quillfeather | Data Engineer | Reno\n\nRequirements:\n- 3+ years of Python\n\nQuillfeather hires without regard to age, disability, national origin, citizenship status or veteran status.';
    expect(kindsOf(text)).toEqual(['years']);
    expect(postingFacts(postingFromText(text)).sponsorship).toBe(null);
  });

  it('reads no status said not to be needed', () => {
    const text = 'Quillfeather | Data Engineer | Remote (anywhere)\n\nWe pay contractors in any country: no work permit or visa required.\n\nRequirements:\n- 3+ years of Python';
    expect(kindsOf(text)).toEqual(['years']);
    expect(postingFacts(postingFromText(text)).sponsorship).toBe(null);
  });

  it('reads the asks of batch 7 where a posting puts them', () => {
    // Speakers sought, in the part about the company.
    expect(kindsOf('Quillfeather | Support Engineer | Remote\n\nWe bake software for bakeries. Polish-speaking engineers are warmly encouraged to apply.\n\nYou know SQL.')).toEqual(['language']);
    // Citizenship the role requires, in the part about the role.
    expect(kindsOf('Quillfeather | Data Engineer | Ottawa\n\nAbout the role\nThe job requires Canadian citizenship because of our defence customers.\n\nYou bring: Python.')).toEqual(['authorization']);
    // A refusal joined by "or" to another, in prose.
    expect(kindsOf('Quillfeather | Data Engineer | Boise (onsite)\n\nWe bake software for bakeries. We cannot hire remotely or sponsor work visas. Python and Postgres.')).toEqual(['authorization']);
    // A degree in a block of fields.
    expect(kindsOf('Quillfeather | Data Engineer | Remote\n\nThe details\nEducation: BSc in statistics or similar\nTeam: four engineers')).toEqual(['degree']);
  });

  it('reads no ask from the company\'s own language or a product\'s public', () => {
    expect(kindsOf('Quillfeather | Data Engineer | Lisbon\n\nEnglish is the company\u2019s working language; Portuguese is not needed.\n\nRequirements:\n- 3+ years of Python')).toEqual(['years']);
    expect(kindsOf('Quillfeather | Data Engineer | Athens\n\nWe build tools that help citizens follow their city budgets.\n\nRequirements:\n- 3+ years of Python')).toEqual(['years']);
  });

  it('reads no status from the part about the company that tells what the product does with one', () => {
    const text = 'Quillfeather | Data Engineer | Oslo\n\nAbout us\nOur app helps permanent residents renew their papers.\n\nRequirements:\n- 4+ years of Python\n- Solid SQL';
    expect(kindsOf(text)).toEqual(['years']);
  });
});

const FACTS: Array<[string, Partial<Record<'sponsorship' | 'degree', unknown>>]> = [
  ['Applicants must be residents of Ontario at this time.', { sponsorship: null }],
  ['Residency in Portugal (tax requirement)', { sponsorship: null }],
  ['You must be a permanent resident or citizen of Australia.', { sponsorship: false }],
  ['Auth to work in the US', { sponsorship: false }],
  ['A current Employment Pass or PR status is needed.', { sponsorship: false }],
  ['We are glad to transfer an existing H-1B.', { sponsorship: true }],
  ['BS required, MS a plus', { degree: 'bachelor' }],
  ['MSc preferred (Operations Research or similar)', { degree: 'master/preferred' }],
  // (After batch 5.)
  ['No relocation, remote option or visa sponsorship available.', { sponsorship: false }],
  ['This role is not open to applicants who need visa sponsorship now or later.', { sponsorship: false }],
  ['Sponsorship for TN status is offered to Canadian citizens.', { sponsorship: true }],
  ['You hold a valid EU Blue Card already.', { sponsorship: false }],
  ['Talking to PhDs and lab managers every week', { degree: null }],
  ['Requirements for every opening: auth to work in Canada', { sponsorship: false }],
  // (After batch 6.)
  ['To join, you will need full work authorization for Ireland.', { sponsorship: false }],
  ['Graduate visa holders welcome (no sponsorship needed later).', { sponsorship: null }],
  // (After batch 7.)
  ['This job requires U.K. citizenship for site access.', { sponsorship: false }],
  ['Only apply if you hold the right to work in New Zealand.', { sponsorship: false }],
  ['We are unable to relocate candidates or sponsor work permits.', { sponsorship: false }],
  // A role named by its degree in a list of openings; Latin America's shorter degrees.
  ['Openings: Data Engineer, Applied Scientist (PhD), Analytics Intern', { degree: null }],
  ['Tecnólogo en Redes o carrera afín', { degree: 'associate' }],
  // (After batch 8.)
  ['Our lawyers submit the H-1B paperwork for you.', { sponsorship: true }],
  ['Candidates need permanent Swiss work authorization.', { sponsorship: false }],
  ["You won't need a work permit: the role is a remote contract.", { sponsorship: null }],
];

describe('posting facts in fresh words (s36)', () => {
  it.each(FACTS)('%s', (sentence, want) => {
    const f = postingFacts(postingFromText(`Quillfeather | Data Engineer\n\nWe forecast demand for bakeries.\n\nRequirements:\n- ${sentence}`));
    if ('sponsorship' in want) expect(f.sponsorship).toBe(want.sponsorship);
    if ('degree' in want) expect(f.degree ? `${f.degree.level}${f.degree.required ? '' : '/preferred'}` : null).toBe(want.degree);
  });
});
