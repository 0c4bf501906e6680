import { describe, expect, it } from 'vitest';
import { postingFromText } from '@/lib/posting/text';
import { postingFacts } from '@/lib/requirements/facts';
import { itemsOfText } from './readers';

// Readings mended after the s38d carry-over batch's first read (careful-reader-16, #12): each with lines written for this
// test and a counter-example.
const facts = (text: string, title = 'Sedgemoor | Engineer | Leeds') => postingFacts(postingFromText(`${title}\n\n${text}`));

describe('facts', () => {
  it('a question the reader asks in an FAQ ("Do I need a degree?") asks no degree; a screening question put to the candidate does', () => {
    const faq = (q: string, a: string) => `Requirements:\n- Go services in production\n- Kafka\n\nFAQ\n${q} ${a}\nWhen do interviews start? In January.\n`;
    expect(facts(faq('Is a university degree required?', 'Not at all.')).degree).toBeNull();
    expect(itemsOfText(`Sedgemoor | Engineer | Leeds\n\n${faq('Is a university degree required?', 'Not at all.')}`).some((i) => i.kind === 'degree')).toBe(false);
    expect(facts(faq('Do I need a degree?', 'Yes: a BSc in Computer Science or Physics.')).degree?.level).toBe('bachelor');
    expect(facts('Screening questions:\n- Do you have a Bachelor\u2019s degree in Computer Science?\n').degree?.level).toBe('bachelor');
  });

  it('a job board\u2019s years fields: the one marked (Preferred) is wished for; a line with its own label is not read under the heading\u2019s', () => {
    const board = (lines: string) => `Requirements:\n- Linux administration\n\nJob Type: Full-time\nExperience:\n${lines}\nWork Location: Remote\n`;
    expect(facts(board('- Terraform: 2 years (Required)\n- Azure: 5 years (Preferred)')).yearsMin).toBe(2);
    expect(facts(board('- Azure: 5 years (Preferred)')).yearsMin).toBeNull();
    expect(facts(board('- Terraform: 2 years (Required)')).yearsMin).toBe(2);
    // (A bracket that is not the line's field, "(Go, Rust a plus)", does not make the years a wish.)
    expect(facts('Requirements:\n- 4+ years of backend development (Go, Rust a plus)\n').yearsMin).toBe(4);
  });
});

describe('items', () => {
  it('items nested under a list item that only labels wishes ("3. Nice to have", "- Bonus:") are wished for; under another, asked', () => {
    const imp = (body: string) => itemsOfText(`Sedgemoor | Engineer | Leeds\n\nRequirements\n${body}`).map((i) => `${i.importance} ${i.text}`);
    expect(imp('1. Platform\n   a. Kubernetes operators in Go\n2. Nice to have\n   a. Cilium\n   b. Azure\n')).toEqual(['required Kubernetes operators in Go', 'preferred Cilium', 'preferred Azure']);
    expect(imp('- Kafka consumers in Java\n- Bonus:\n  - Flink\n')).toEqual(['required Kafka consumers in Java', 'preferred Flink']);
    // (A parent that names a topic, not a wish, leaves its items asked.)
    expect(imp('1. Data\n   a. Flink\n   b. Azure\n')).toEqual(['required Flink', 'required Azure']);
  });
});
