import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 38 (#13): names, spellings and guards that blind tune postings showed the taxonomy lacked.
// Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('names the taxonomy lacked', () => {
  it('FP&A is financial planning and analysis', () => {
    expect(req('Three years in FP&A at a subscription business.')).toContain('financial-planning-analysis');
    expect(req('Own the budget model with our financial planning & analysis lead.')).toContain('financial-planning-analysis');
  });

  it('storage buckets are object storage', () => {
    expect(req('Keep uploads in storage buckets with lifecycle rules.')).toContain('object-storage');
  });
});

describe('using AI in one’s own work', () => {
  it('using AI heavily, effectively or daily is AI-assisted development', () => {
    expect(req('You use AI effectively and still review every line.')).toContain('ai-coding-tools');
    expect(skills('We use AI aggressively in how we build, and so will you.')).toContain('ai-coding-tools');
    expect(req('You leverage AI heavily in your daily workflow.')).toContain('ai-coding-tools');
  });

  it('a longer tool phrase after the verb keeps its own form', () => {
    expect(req('Comfortable using AI tools such as Cursor.')).toContain('ai-coding-tools');
    expect(req('You are used to leveraging AI to code.')).toContain('ai-coding-tools');
  });

  it('what a product does with AI is not', () => {
    expect(skills('Our service uses AI to route support tickets.')).not.toContain('ai-coding-tools');
    expect(skills('Farmers use AI to spot crop disease early.')).not.toContain('ai-coding-tools');
  });
});

describe('guards on ordinary words', () => {
  it('design systems at the end of a list of nouns are the practice; the verb is not', () => {
    expect(req('Fluent in user research, prototyping tools and design systems.')).toContain('design-systems');
    expect(skills('Engineers here plan and design systems for hospitals.')).not.toContain('design-systems');
  });

  it('spreadsheets the product replaces are not asked', () => {
    expect(skills('Most clinics still run on spreadsheets and fax machines.')).not.toContain('spreadsheets');
    expect(skills('Teams escape spreadsheets and shared inboxes with our tool.')).not.toContain('spreadsheets');
    expect(req('Advanced spreadsheets and pivot tables.')).toContain('spreadsheets');
  });

  it('fintech in a list of industries is a market', () => {
    expect(skills('Requirements:\n- Background in retail, fintech or travel industries.')).not.toContain('fintech');
    expect(req('Deep experience in fintech.')).toContain('fintech');
  });
});
