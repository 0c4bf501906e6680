import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Session 45 (#13, helper s45-skills-b): the misses of the whole hn-skills tune part, read by why they were missed.
// Besides the labels that the s38 convention makes no skill (relabelled), the practice families the taxonomy lacked
// are added as families, not as the one phrase seen. Every sentence here is written for this test, none taken from a
// posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('growth engineering, a discipline named in titles and as its work', () => {
  it('finds the field in a title after the role and as its practice', () => {
    expect(skills('Kestrel Labs | Software Engineer, Growth | Remote (EU)')).toContain('growth-engineering');
    expect(skills('Kestrel Labs | Senior Developer (Growth) | Lisbon')).toContain('growth-engineering');
    expect(req('You have done growth engineering at a consumer app with millions of installs.')).toContain('growth-engineering');
    expect(req('Design referral loops and measure what they bring.')).toContain('growth-engineering');
    expect(req('Two years as a growth engineer on a subscription product.')).toContain('growth-engineering');
  });

  it('does not read the business growing as the field', () => {
    expect(skills('About us\nWe are in a phase of strong growth, engineers and designers alike.')).not.toContain('growth-engineering');
    expect(skills('Growth: 30% a quarter since the seed round.')).not.toContain('growth-engineering');
    expect(skills('Join us for the growth of your career.')).not.toContain('growth-engineering');
  });
});

describe('scripting as a practice of its own', () => {
  it('finds scripting and the scripts one writes', () => {
    expect(req('Scripting to automate the lab chores is part of the week.')).toContain('scripting');
    expect(req('You write scripts to clean up the nightly sensor exports.')).toContain('scripting');
    expect(req('Maintain our automation scripts for the test rigs.')).toContain('scripting');
  });

  it('leaves a language or attack before it to its own skill', () => {
    expect(req('PowerShell scripting for the office laptops.')).not.toContain('scripting');
    expect(req('Bash scripting on the build hosts.')).not.toContain('scripting');
    // A head of a list of languages: the languages are what is asked (the older any-of tests hold this).
    expect(req('Scripting in Perl or Ruby for the release tools.')).not.toContain('scripting');
    expect(req('A scripting language such as Tcl or Lua.')).not.toContain('scripting');
    expect(req('Ruby or scripting experience.')).not.toContain('scripting');
    expect(req('Know how to stop cross-site scripting in forms.')).not.toContain('scripting');
    expect(skills('Read the script for the onboarding call before Monday.')).not.toContain('scripting');
  });
});

describe('data curation, product demos, scheduling systems, sensors, media fingerprinting', () => {
  it('finds each family by several of its members', () => {
    expect(req('Curate datasets for the translation model and track their sources.')).toContain('data-curation');
    expect(req('Experience with dataset curation for vision models.')).toContain('data-curation');
    expect(req('Comfortable running demos for procurement teams.')).toContain('product-demos');
    expect(req('You will give technical demos at trade shows.')).toContain('product-demos');
    expect(req('Lead technical discovery with prospects before the proposal.')).toContain('solutions-engineering');
    expect(req('Built rostering for hospital wards or similar scheduling engines.')).toContain('scheduling-systems');
    expect(req('Experience with shift scheduling for warehouse staff.')).toContain('scheduling-systems');
    expect(req('Integrate sensors from new suppliers onto the drone frame.')).toContain('sensor-integration');
    expect(req('Write sensor drivers for temperature and pressure boards.')).toContain('sensor-integration');
    expect(req('Perceptual hashing or audio fingerprinting at catalogue scale.')).toContain('content-fingerprinting');
    expect(req('Digital watermarking for generated images.')).toContain('content-fingerprinting');
  });

  it('does not take the everyday sense', () => {
    expect(skills('Book a demo of the app from our home page.')).not.toContain('product-demos');
    expect(skills('Scheduling a call with our recruiter takes a minute.')).not.toContain('scheduling-systems');
    expect(skills('Our sensor reports soil moisture every hour.')).not.toContain('sensor-integration');
  });
});

describe('known skills written another way', () => {
  it('finds a transformer-based model and a distilled one', () => {
    expect(req('Experience with transformer-based models for speech.')).toContain('transformers-architecture');
    expect(req('Trained vision transformers on satellite images.')).toContain('transformers-architecture');
    expect(req('Model distillation to fit the assistant on a phone.')).toContain('inference-optimization');
  });

  it('does not read an electrical transformer as the model', () => {
    expect(skills('About us\nWe service power transformers for utilities.')).not.toContain('transformers-architecture');
  });
});

describe('a transformer named alone beside other deep-learning words', () => {
  it('reads "Transformer" as the model family next to LSTMs, not next to substations', () => {
    expect(req('Experience with LSTMs or a Transformer for audio tagging.')).toContain('transformers-architecture');
    expect(skills('About us\nWe rewind every transformer in the plant each spring.')).not.toContain('transformers-architecture');
  });
});

describe('familiarity is the candidate\'s, even beside a "-driven" or "-based" word', () => {
  // lib/skills/context.ts ABOUT_YOU held "familiar" only as a whole word, so "Familiarity with event-driven …" was read
  // as the company's pitch ("an AI-powered platform") and dropped.
  it('keeps what the candidate is to be familiar with', () => {
    expect(req('Familiarity with GraphQL-based gateways.')).toContain('graphql');
    expect(req('Familiarity with Kafka-driven services is a plus.')).toContain('kafka');
  });

  it('still drops the company\'s "-powered" product', () => {
    expect(skills('About us\nTernlight builds LLM-powered tools for tax accountants in Ohio.')).not.toContain('llm');
  });
});
