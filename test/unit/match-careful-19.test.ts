import { describe, expect, it } from 'vitest';
import { postingFromText } from '@/lib/posting/text';
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
