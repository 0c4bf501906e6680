import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 36 (#13): names that 44 blind tune postings used and the taxonomy lacked or guarded too hard.
// Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('vision geometry and perception', () => {
  it('homographies, camera intrinsics and projective geometry are multi-view geometry', () => {
    expect(req('Estimate homographies between drone frames and a field map.')).toContain('multi-view-geometry');
    expect(req('Calibrate camera intrinsics and extrinsics for a stereo rig.')).toContain('multi-view-geometry');
    expect(req('A working grasp of projective geometry.')).toContain('multi-view-geometry');
  });

  it('a perception pipeline, spatial or 3D perception are robot perception; perception stacks are autonomy work', () => {
    expect(req('Own the perception pipeline of a sorting robot.')).toContain('robot-perception');
    expect(req('Spatial perception for indoor drones.')).toContain('robot-perception');
    expect(req('You have shipped perception stacks for farm vehicles.')).toContain('autonomous-vehicles');
  });

  it('a camera ISP is image processing; an internet ISP is not', () => {
    expect(req('Tune the camera ISP of a doorbell for glare.')).toContain('image-processing');
    expect(skills('Our office has a fast ISP and free snacks.')).not.toContain('image-processing');
  });
});

describe('agents, triage, instrumentation, full-stack', () => {
  it('an agent harness and an agent-based system are AI agents', () => {
    expect(req('Build the agent harness that runs our evals overnight.')).toContain('ai-agents');
    expect(req('Design an agent-based system that reconciles invoices.')).toContain('ai-agents');
  });

  it('bug triage is debugging', () => {
    expect(req('Lead bug triaging for the mobile release train.')).toContain('debugging');
  });

  it('analytics instrumentation is product analytics', () => {
    expect(req('Own analytics instrumentation across signup and billing.')).toContain('product-analytics');
  });

  it('working across the stack is full-stack work; troubleshooting across the stack is not', () => {
    expect(req('Comfort working across the stack, from SQL to CSS.')).toContain('full-stack-development');
    expect(req('Strong troubleshooting skills across the stack.')).not.toContain('full-stack-development');
  });
});

describe('health data sources', () => {
  it('Apple Health, HealthKit and the Fitbit API are skills; a Fitbit on the wrist is not', () => {
    expect(req('Sync step counts from Apple Health and Fitbit into one timeline.')).toEqual(expect.arrayContaining(['apple-healthkit', 'fitbit-api']));
    expect(req('Pull heart-rate data through the Fitbit API.')).toContain('fitbit-api');
    expect(skills('Everyone on the team got a Fitbit for the step contest.')).not.toContain('fitbit-api');
  });
});

describe('guards loosened where the text names the field', () => {
  it('experience with marketing is marketing; the marketing team is not', () => {
    expect(req('Three years of experience with marketing and event planning.')).toContain('marketing');
    expect(skills('Share the launch notes with the marketing team.')).not.toContain('marketing');
  });

  it('Codex beside Claude is the coding agent; a codex in a museum is not', () => {
    expect(req('Use Claude or Codex to draft tests, then read every line.')).toContain('openai-codex');
    expect(skills('The museum keeps a medieval Codex in its vault.')).not.toContain('openai-codex');
  });
});

describe('agentic, said of ways of working', () => {
  it('agentic approaches and techniques are AI agents', () => {
    expect(req('Success with agentic approaches to code review.')).toContain('ai-agents');
    expect(req('You know agentic techniques and when a script is enough.')).toContain('ai-agents');
  });
});

describe('names of batch 3', () => {
  it('quantitative investment is quantitative finance', () => {
    expect(req('Build the engine behind our quantitative investment products.')).toContain('quantitative-finance');
  });

  it('code pairings are pair programming', () => {
    expect(req('Comfortable with code pairings and honest reviews.')).toContain('pair-programming');
  });

  it('a recruiting coordinator is hiring work', () => {
    expect(req('We need a recruiting coordinator for the Denver office.')).toContain('hiring');
  });

  it('data wrangling and normalization are data quality work', () => {
    expect(req('Data wrangling and normalization of vendor price feeds.')).toContain('data-quality');
  });
});

describe('agents that engineers build or debug', () => {
  it('built or debugging agents are AI agents', () => {
    expect(req("You've built agents that reconcile invoices on their own.")).toContain('ai-agents');
    expect(req('Comfortable debugging agents when a tool call loops.')).toContain('ai-agents');
  });

  it('travel or insurance agents are people', () => {
    expect(skills('We build tools that travel agents use for group bookings.')).not.toContain('ai-agents');
  });
});
