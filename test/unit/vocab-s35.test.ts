import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 35 (#13): names, inflections and spellings that 40 blind tune postings used and the taxonomy
// lacked, and forms that named a skill where the text meant something else. Every sentence here is written for this
// test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('names the taxonomy lacked', () => {
  it('mechatronics and laboratory automation are skills of their own', () => {
    expect(req('Two years as a mechatronics engineer on packaging lines.')).toContain('mechatronics');
    expect(req('You have scripted lab automation for plate handling.')).toContain('lab-automation');
    expect(req('Comfortable programming liquid handlers.')).toContain('lab-automation');
  });

  it('geomatics and a routing engine are GIS', () => {
    expect(req('Field experience in geomatics and survey data.')).toContain('gis');
    expect(req('You have tuned GraphHopper profiles for cargo bikes.')).toContain('gis');
  });

  it('sequence models are deep learning; uncertainty quantification is statistics; experimental design is experimentation', () => {
    expect(req('Train sequence models over sensor logs.')).toContain('deep-learning');
    expect(req('Put honest uncertainty quantification on every estimate.')).toContain('statistics');
    expect(req('Own the experimental design for pricing trials.')).toContain('experimentation');
  });

  it('programming fundamentals, algorithmic efficiency and structure prediction', () => {
    expect(req('Solid programming fundamentals in any language.')).toContain('computer-science');
    expect(req('You think about algorithmic efficiency before reaching for more servers.')).toContain('data-structures-algorithms');
    expect(req('Research on structure prediction for enzymes.')).toContain('protein-structure-prediction');
  });

  it('AI integrations and coding with AI', () => {
    expect(req('Built AI integrations into a document editor.')).toContain('artificial-intelligence');
    expect(req('You already use AI to write code and check it carefully.')).toContain('ai-coding-tools');
  });

  it('event streams, real-time graphics, a serving stack, GPU-accelerated work', () => {
    expect(req('Publish event streams for the ledger.')).toContain('stream-processing');
    expect(req('Real-time graphics for a browser-based map viewer.')).toContain('computer-graphics');
    expect(req('Keep our serving stack fast for vision models.')).toContain('model-serving');
    expect(req('Experience running GPU-accelerated training jobs.')).toContain('gpu-infrastructure');
  });

  it('realtime capabilities and updates are real-time systems', () => {
    expect(req('Add realtime capabilities to the scheduling app.')).toContain('real-time-systems');
    expect(req('Deliver real-time updates to thousands of phones.')).toContain('real-time-systems');
  });

  it('detecting threats is detection engineering; a schematic design is hardware design', () => {
    expect(req('Build tooling to detect threats in build servers.')).toContain('detection-engineering');
    expect(req('You review the schematic design of each new sensor board.')).toContain('pcb-design');
  });

  it('a Head of Growth is marketing', () => {
    expect(req('We are hiring a Head of Growth to own acquisition.')).toContain('marketing');
  });

  it('an MCP server with a hyphenated qualifier is still MCP', () => {
    expect(req('Write MCP-compatible tools for our coding agents.')).toContain('mcp');
  });
});

describe('build pipelines: continuous integration, or the verb', () => {
  it('build pipelines as a noun are CI/CD', () => {
    expect(req('Deep knowledge of build pipelines and caching.')).toContain('ci-cd');
  });

  it('to build a pipeline (of sales or of data) is not CI/CD', () => {
    expect(req('Build pipeline with founders and close the first deals.')).not.toContain('ci-cd');
    expect(req('A drag-and-drop canvas to build pipelines for analysts.')).not.toContain('ci-cd');
  });
});

describe('short or shared names that need company', () => {
  it('LFS beside a repository is Git', () => {
    expect(req('Keep large assets in LFS inside the monorepo.')).toContain('git');
    expect(skills('He learned Linux by building LFS on an old laptop.')).not.toContain('git');
  });

  it('a routing engine over roads is GIS; one for messages is not', () => {
    expect(req('Tune the truck routing engine for low bridges.')).toContain('gis');
    expect(skills('Our event routing engine sends each message to one queue.')).not.toContain('gis');
  });
});

describe('a DSL alone', () => {
  it('is a language when someone writes one', () => {
    expect(req('Extend our internal DSL for billing rules.')).toContain('domain-specific-languages');
  });

  it('is not when it is a phone line', () => {
    expect(skills('Half the farms in the valley still run on DSL internet.')).not.toContain('domain-specific-languages');
  });
});

describe('forms that named a skill where the text meant something else', () => {
  it('autonomy of a vessel, a robot or a tax regime is not the soft skill', () => {
    expect(skills('We lead the field in marine autonomy for survey boats.')).not.toContain('autonomy');
    expect(skills('The region has its own tax autonomy and lower rates.')).not.toContain('autonomy');
    // The trait itself still counts.
    expect(req('You value autonomy and set your own priorities.')).toContain('autonomy');
  });

  it('communication between machines is no soft skill; multi-threaded deals are sales jargon', () => {
    expect(skills('Requirements:\n- Speed up RDMA communication between training nodes.')).not.toContain('communication');
    expect(skills('Requirements:\n- Work on the device communication layer of our meters.')).not.toContain('communication');
    expect(req('Strong communication with remote teammates.')).toContain('communication');
    expect(req('You have run multi-threaded sales cycles with large buyers.')).not.toContain('concurrency');
    expect(req('Debug multi-threaded services in C++.')).toContain('concurrency');
  });

  it("the employer's own foundation model is a product, not the skill", () => {
    expect(skills('We are building the first foundation model for soil chemistry.')).not.toContain('transformers-architecture');
    expect(req('Experience adapting foundation models to a narrow domain.')).toContain('transformers-architecture');
  });
});
