import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Classes from session 39's sixth blind skills batch (#13, rows-s39f-skills.txt): the employer's own traits and the coding
// assistant it uses read as skills asked. Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe("a trait the company says it has", () => {
  it('after its own have/has it is the company\'s, not asked', () => {
    expect(skills('Quillmark is bootstrapped, calm, and has plenty of ambition for the next decade.\nWe are small, self-funded and have lots of ambition to double the catalogue.')).not.toContain('initiative');
    expect(skills('We have huge ambition for the mapping product this year.')).not.toContain('initiative');
  });

  it('the same trait asked of the hire stays', () => {
    expect(req('You have plenty of ambition and want to grow into a lead.')).toContain('initiative');
    expect(skills('We look for people who have real ambition and a bias to ship.')).toContain('initiative');
  });
});

describe('the coding assistant a team writes with', () => {
  it('Claude named as the agentic coding tool is no model API', () => {
    expect(skills('The team leans on agentic coding (Claude) for refactors and test scaffolding.')).not.toContain('anthropic-api');
    expect(skills('Most of our diffs start with AI-assisted coding via Claude these days.')).not.toContain('anthropic-api');
  });

  it('Claude as the model the product calls stays', () => {
    expect(req('Built retrieval features on Claude and the OpenAI API.')).toContain('anthropic-api');
  });
});

describe('what a company builds on', () => {
  it('"a … company building entirely on Azure" names its stack, not its market', () => {
    expect(skills('Tallyho is a seed-stage company building entirely on Azure, and is hiring engineers.')).toContain('azure');
    expect(skills('Ferrowheel is a logistics startup building mostly with Elixir and Postgres.')).toEqual(expect.arrayContaining(['elixir', 'postgresql']));
  });

  it('what it builds, named as its kind, stays its market', () => {
    expect(skills('Tallyho is a fintech company building fraud detection for small lenders.')).not.toContain('fraud-detection');
  });
});

describe('"backed by" a stack', () => {
  it('a data stack or storage layer after "backed by" is technology, not investors', () => {
    expect(skills("We're a small startup building with Go and React, backed by a modern data stack (Postgres, ClickHouse, DuckDB).")).toEqual(
      expect.arrayContaining(['postgresql', 'clickhouse', 'duckdb']),
    );
  });

  it('investors after "backed by" stay out, a fund named for a field too', () => {
    expect(skills('Acme is backed by a storage infrastructure fund (Kubernetes Ventures).')).not.toContain('kubernetes');
  });
});

describe('names and forms the taxonomy lacked', () => {
  it('Gaussian processes are statistics', () => {
    expect(req('Comfort with Gaussian process regression and priors.')).toContain('statistics');
  });

  it('quality engineers are quality assurance, in the plural too', () => {
    expect(skills('We are hiring firmware engineers and quality engineers for the sensor line.')).toContain('quality-assurance');
  });

  it('a release pipeline is release engineering', () => {
    expect(req('Own the release pipeline for the desktop client.')).toContain('release-engineering');
  });

  it('radiology imaging is image processing', () => {
    expect(req('Research background in radiology imaging.')).toContain('image-processing');
  });
});

describe('the company claims a first', () => {
  it("what it says it was the first to do is its record, not an ask", () => {
    expect(skills("Our lab of five built the platform, and we're the first to run protein folding on Kubernetes at this scale.")).not.toContain('kubernetes');
  });

  it('the same tool asked stays', () => {
    expect(req('You have run Kubernetes clusters at scale.')).toContain('kubernetes');
  });
});

describe('tracing as a verb', () => {
  it('tracing a leak or an instruction is no distributed tracing', () => {
    expect(skills('You enjoy tracing a memory leak down to a single allocation.')).not.toContain('distributed-tracing');
    expect(skills('If tracing an x86 instruction sounds fun, apply.')).not.toContain('distributed-tracing');
  });

  it('tracing a request, or tracing as a practice, stays', () => {
    expect(req('Comfortable tracing a slow request across microservices.')).toContain('distributed-tracing');
    expect(req('Experience with tracing and metrics.')).toContain('distributed-tracing');
  });
});
