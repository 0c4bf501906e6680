import { describe, expect, it } from 'vitest';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { bullet, itemsOfText } from './readers';

// Readings mended after the s39 batch's first read (careful-reader-17, #12): each with lines written for this test and a
// counter-example.
const items = (body: string) => itemsOfText(`Pelham Yard | Engineer | Remote\n\n${body}`).map((i) => `${i.importance} ${i.text}`);
const kinds = (body: string) => postingFromText(`Pelham Yard | Engineer | Remote\n\n${body}`).sections.map((s) => `${s.kind}: ${s.heading}`);

describe('headings', () => {
  it('a heading that trails off in an ellipsis ("You could be a match if…", "Bonus points...") is read without it', () => {
    expect(kinds('Intro line.\n\nYou could be a match if\u2026\n- Elixir in production\n- Postgres\n')).toContain('requirements: You could be a match if\u2026');
    expect(kinds('Intro line.\n\nRequirements\n- Elixir\n- Postgres\n\nBonus points...\n- Nix\n- Rust\n')).toContain('preferred: Bonus points...');
    // (A sentence that trails off is still text.)
    expect(kinds('Intro line.\n\nWe ship every day and more...\n- Elixir\n').some((k) => k.startsWith('requirements: We ship'))).toBe(false);
  });

  it('"Things you\u2019ll need", "What we ask", "What we\u2019re asking for" head the asks', () => {
    for (const h of ['Things you\u2019ll need', 'What we ask', 'What we\u2019re asking for', 'What we ask of you']) expect(kinds(`Intro line.\n\n${h}\n- Elixir in production\n- Postgres\n`)).toContain(`requirements: ${h}`);
    // ("What we ask ourselves" is no such heading.)
    expect(kinds('Intro line.\n\nWhat we ask ourselves\n- Is it simple?\n- Is it fast?\n')).not.toContain('requirements: What we ask ourselves');
  });
});

describe('a table set in columns of spaces', () => {
  it('"Must have      Nice to have" over rows of two cells: each column asked as its header says', () => {
    const t = ['Requirements', '', 'Must have                     Nice to have', 'Elixir in production          Experience with Rust', 'PostgreSQL                    Nix', 'On-call experience', ''].join('\n');
    expect(items(t)).toEqual(['required Elixir in production', 'preferred Experience with Rust', 'required PostgreSQL', 'preferred Nix', 'required On-call experience']);
    // (Tab-separated columns too.)
    expect(items('Must have\tNice to have\nElixir\tRust\nPostgreSQL\tNix\n')).toEqual(['required Elixir', 'preferred Rust', 'required PostgreSQL', 'preferred Nix']);
    // (Two words set apart that are no labels of asks make no table: "Elixir    Postgres" lines stay as written.)
    expect(items('Requirements\n- Elixir      and Postgres in production\n- Kafka\n')).toEqual(['required Elixir      and Postgres in production', 'required Kafka']);
  });
});

describe('choices across sentences', () => {
  it('a sentence that only offers its skill in place of one named in the sentence before ("Go works just as well.") makes one choice', () => {
    expect(bullet('Kotlin is what we write every day. Solid Java experience is fine too.')).toEqual(['required: kotlin|java']);
    expect(bullet('Ruby is our main language. Python experience works just as well.')).toEqual(['required: ruby|python']);
    // (Praise of a tool is no offer: "Terraform works well for us" names no alternative.)
    expect(bullet('We deploy with Helm. Terraform works well for us.')).not.toContain('required: helm|terraform');
    // (Nor is a second ask: "Terraform is also important".)
    expect(bullet('Kubernetes in production. Terraform is also important.')).toEqual(['required: kubernetes', 'required: terraform']);
  });
});

const facts = (body: string) => postingFacts(postingFromText(`Pelham Yard | Engineer | Leeds\n\nRequirements:\n${body}`));

describe('facts', () => {
  it('years of one skill first, then years overall in the same line: the overall years are the minimum', () => {
    expect(facts('- 1–3 years of Terraform, 6+ years in software engineering overall\n').yearsMin).toBe(6);
    expect(facts('- 2+ years of Elixir and 7 years of professional experience\n').yearsMin).toBe(7);
    // (Two skills' years: the first line's count, as before.)
    expect(facts('- 4+ years of Elixir, 2+ years of AWS\n').yearsMin).toBe(4);
    // (Overall years that are only wished for ask nothing.)
    expect(facts('- 3+ years of Elixir, 8+ years overall preferred\n').yearsMin).toBe(3);
  });

  it('experience said to stand in for the degree in a sentence of its own gives the degree its equivalence', () => {
    expect(facts('- BSc in Physics or Computer Science\n\nProven experience can substitute for the degree.\n').degree?.equivalentExperience).toBe(true);
    expect(facts('- BSc in Physics or Computer Science\n- Comparable experience will also be considered.\n').degree?.equivalentExperience).toBe(true);
    // (Experience "considered" as a plus is no stand-in.)
    expect(facts('- BSc in Physics or Computer Science\n- Experience with Elixir will be considered a plus\n').degree?.equivalentExperience).toBe(false);
    // (Vocational training offered instead of the degree is equivalence too.)
    expect(facts('- A degree in computing, or an apprenticeship in IT with three years on the job\n').degree?.equivalentExperience).toBe(true);
    const items = itemsOfText('Pelham Yard | Engineer | Leeds\n\nRequirements:\n- BSc in Physics or Computer Science\n\nProven experience can substitute for the degree.\n');
    expect(items.find((i) => i.degree)?.degree?.equivalentExperience).toBe(true);
  });

  it('a clearance asked, then a wish after a semicolon: the clearance is asked', () => {
    expect(facts('- Active Secret clearance; a TS/SCI is preferred\n').clearance).toBe('Secret');
    expect(facts('- Active DV clearance is preferred\n').clearance).toBeNull();
  });

  it('sponsorship of a security clearance is no visa sponsorship', () => {
    expect(facts('- SC clearance required; we can sponsor your SC application\n').sponsorship).toBeNull();
    expect(facts('- DV clearance required. Clearance sponsorship is available.\n').sponsorship).toBeNull();
    expect(facts('- Go\n\nVisa sponsorship is available.\n').sponsorship).toBe(true);
  });

  it('"mobile working" some days a week (Germany\u2019s word for working away from the office) is hybrid', () => {
    expect(facts('- Go\n\nBenefits\n- Mobile working up to three days a week\n').workMode).toBe('hybrid');
    expect(facts('- Go\n\nWe build mobile working tools for field crews.\n').workMode).toBeNull();
  });
});
