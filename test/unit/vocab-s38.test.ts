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

describe('names and spellings from the second batch', () => {
  it('AI-native development and workflows are AI-assisted development; an AI-native company is not', () => {
    expect(req('Comfortable with AI-native development from design to review.')).toContain('ai-coding-tools');
    expect(req('You already work in AI-native workflows.')).toContain('ai-coding-tools');
    expect(skills('We are an AI-native company in logistics.')).not.toContain('ai-coding-tools');
  });

  it('infra SWEs and infrastructure software engineers are infrastructure engineering', () => {
    expect(req('Hiring infra SWEs for the storage team.')).toContain('infrastructure-engineering');
    expect(req('Infrastructure software engineers who like build systems.')).toContain('infrastructure-engineering');
  });

  it('implementation leads are solutions engineering', () => {
    expect(req('Implementation leads who enjoy onboarding large clients.')).toContain('solutions-engineering');
  });

  it('systematic trading is trading systems', () => {
    expect(req('Years of work on systematic trading models.')).toContain('trading-systems');
  });

  it('multiprocessing is concurrency', () => {
    expect(req('Use multiprocessing to spread the work over cores.')).toContain('concurrency');
  });

  it('mmap is memory-mapped files', () => {
    expect(req("Serve reads from mmap'd segments of the log.")).toContain('memory-mapped-files');
    expect(req('Tune memory-mapped I/O on large read-only indexes.')).toContain('memory-mapped-files');
  });

  it('AEO beside SEO is answer engine optimization; the customs status is not', () => {
    expect(req('Own SEO and AEO for the docs site.')).toContain('answer-engine-optimization');
    expect(req('Generative engine optimization for our product pages.')).toContain('answer-engine-optimization');
    expect(skills('The forwarder is AEO certified with customs.')).not.toContain('answer-engine-optimization');
  });

  it('a level of mathematics asked is a skill; the plain word is not', () => {
    expect(req('Solid math and some C++.')).toContain('mathematics');
    expect(req('A maths/physics background and curiosity.')).toContain('mathematics');
    expect(skills('Our app helps kids practise math after school.')).not.toContain('mathematics');
    expect(skills('Run the math on cloud costs before you buy.')).not.toContain('mathematics');
  });

  it('fleet management beside servers or clusters is not logistics', () => {
    expect(skills('Fleet management for our Linux hosts and Kubernetes nodes.')).not.toContain('logistics-tech');
    expect(req('Built fleet management software for delivery trucks.')).toContain('logistics-tech');
  });
});
