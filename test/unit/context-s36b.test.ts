import { describe, expect, it } from 'vitest';
import { classOf, skills } from './context-readers';

// Classes of the false positives in a fresh precision probe (test/tools/fp-judged-s36.jsonl, issue #13, session 36).
// Every sentence here is written for this test, with invented companies: none comes from a real posting.

describe('mathematical optimization: bare "optimization" of code, a system or its speed is no solver work', () => {
  it('a qualifier of code or hardware before it, or "of <something\'s> performance" after it', () => {
    expect(skills('Deep knowledge of compiler internals and instruction-level optimization.')).not.toContain('optimization');
    expect(skills('You will own web bundle optimization for the storefront.')).not.toContain('optimization');
    expect(skills('Lead the profiling and optimization of our mobile app\'s startup latency.')).not.toContain('optimization');
    expect(skills('Experience with neural network optimization and distillation.')).not.toContain('optimization');
    expect(skills('Build pipeline design, automation, and optimization for the CI fleet.')).not.toContain('optimization');
  });

  it('the solver sense stays: optimization as a field, a problem or an engine of its own', () => {
    expect(skills('Experience with optimization, simulation and scheduling problems.')).toContain('optimization');
    expect(skills('Real-time optimization of airline crew rosters.')).toContain('optimization');
    expect(skills('You can write optimization formulations and explain them to planners.')).toContain('optimization');
    expect(skills('Skills: Python, Optimization, Forecasting.')).toContain('optimization');
  });

  it('is quick on a long run of qualifiers with no end', () => {
    const long = 'We want ' + Array.from({ length: 400 }, (_, i) => `code${i}`).join(' ') + ' optimization of ' + 'the '.repeat(400) + 'x';
    const t0 = performance.now();
    skills(long);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('perk: a say in a field, as an item of what the job gives ("A say in the architecture")', () => {
  it('a list item or line opening on "A say in" / "A voice in"', () => {
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nWhat you get:\n- Early equity\n- A say in the technical architecture from the first week\n- Dental cover', 'system-design')).toBe('perk');
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nPerks\n* A real voice in system design decisions\n* Four-day weeks', 'system-design')).toBe('perk');
  });

  it('an ask that mentions the field after "say" stays', () => {
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nYou should be able to say in plain words why a system design holds up.', 'system-design')).toBeNull();
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nStrong system design skills are a must.', 'system-design')).toBeNull();
  });
});

describe('pitch: the opening under the header line, when no blank line or only a rule ("=====") stands between', () => {
  it('the line right under the header, or the paragraph after a rule, is the company\'s own prose', () => {
    expect(classOf('Orrin | Senior Engineer | Boston | ONSITE\nCard fraud costs dental clinics a fortune, and fraud detection has never reached them.', 'fraud-detection')).toBe('pitch');
    expect(classOf('Orrin | Senior Engineer | Boston\n\n==========\n\nOrrin is a young studio. Our in-house fraud detection engine scores every payment we see.\n\nYou will write Go.', 'fraud-detection')).toBe('pitch');
  });

  it('a line under the header that asks, a bullet glyph, a header ending on a colon, and the lines after stay', () => {
    expect(classOf('Orrin | Senior Engineer | Boston\nWe need someone with fraud detection experience.', 'fraud-detection')).toBeNull();
    expect(classOf('Orrin | Senior Engineer | Boston | We hire people who are:\n\u25cf self-motivated and good at fraud detection', 'fraud-detection')).toBeNull();
    expect(classOf('Orrin | Senior Engineer | Boston\n\u25cf Fraud detection experience for card payments', 'fraud-detection')).toBeNull();
    expect(classOf('Orrin | Senior Engineer | Boston\nWe make billing software.\nYou will build our fraud detection models.', 'fraud-detection')).toBeNull();
  });
});

describe('pitch: "an … experience for <its users>" names the product, and asks nothing of the candidate', () => {
  it('the company\'s sentence about the experience it builds for its users', () => {
    expect(classOf('Orrin | Senior Engineer | Boston\n\nWe are Orrin, building an automated videographer and coaching experience for rowing crews.', 'video-production')).toBe('pitch');
    expect(classOf('Orrin | Senior Engineer | Boston\n\nWe make a fraud detection experience for small online sellers that feels like a chat.', 'fraud-detection')).toBe('pitch');
  });

  it('experience asked of the candidate stays', () => {
    expect(classOf('Orrin | Senior Engineer | Boston\n\nWe want engineers with fraud detection experience for our payments team.', 'fraud-detection')).toBeNull();
    expect(classOf('Orrin | Senior Engineer | Boston\n\nFive years of experience with fraud detection for our customers is required.', 'fraud-detection')).toBeNull();
  });
});

describe('pitch: a claim about where the field goes ("… is blurring with …", "… are now possible …")', () => {
  it('said of nobody in particular', () => {
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nWe build flashcard tools. The gap between teaching and testing is blurring with large language models.', 'llm')).toBe('pitch');
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nWe build games. Console-grade computer graphics are now possible inside a phone browser tab.', 'computer-graphics')).toBe('pitch');
  });

  it('a sentence that asks or speaks to you stays', () => {
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nThe gap between teaching and testing is blurring, and you will build our large language model evals.', 'llm')).toBeNull();
    expect(classOf('Tamsin | Backend Engineer | Remote\n\nWith your help, real-time computer graphics are now possible on our kiosks.', 'computer-graphics')).toBeNull();
  });
});

describe('the new patterns stay quick on hostile lengths', () => {
  it('a header, then one 400-item line with no full stop or closing bracket, each rule\'s cue inside', () => {
    const items = Array.from({ length: 400 }, (_, i) => `item${i} (note`).join(', ');
    const text = `Tamsin | Backend Engineer | Remote\nA say in ${items} a calm experience for our ${'very '.repeat(300)}customers is blurring with fraud detection ${items}`;
    const t0 = performance.now();
    expect(() => classOf(text, 'fraud-detection')).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
