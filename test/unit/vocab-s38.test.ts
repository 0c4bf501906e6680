import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 38 (#13): names, spellings and guards that blind tune postings showed the taxonomy lacked.
// Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('names the taxonomy lacked', () => {
  it('FP&A is financial planning and analysis', () => {
    expect(req('Three years in FP&A at a subscription business.')).toContain('financial-planning-analysis');
    expect(req('Own the budget model with financial planning & analysis in mind.')).toContain('financial-planning-analysis');
    // (Since session 42 a colleague named by the trade, "with our financial planning & analysis lead", is a person the hire
    // works beside, no skill asked: issue #13's collaborator class.)
    expect(req('Own the budget model with our financial planning & analysis lead.')).not.toContain('financial-planning-analysis');
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

describe('names and spellings from the third batch', () => {
  it('test strategies are QA; PR processes are code review', () => {
    expect(req('Own the test strategy for mobile releases.')).toContain('quality-assurance');
    expect(req('Improve our PR workflows and review times.')).toContain('code-review');
  });

  it('system-level development is systems programming', () => {
    expect(req('Years of system-level development in C.')).toContain('systems-programming');
    expect(req('Systems-level engineering on storage daemons.')).toContain('systems-programming');
  });

  it('video pipelines are video processing (the plural the form lacked)', () => {
    expect(req('Tune the video pipelines on our capture boxes.')).toContain('video-encoding');
  });

  it('state space models and Mamba beside model work; Mamba the installer or snake is not', () => {
    expect(req('Research state-space models for long sequences.')).toContain('state-space-models');
    expect(req('Train Mamba and transformer models in PyTorch.')).toContain('state-space-models');
    expect(skills('Set up the Python environment with Mamba.')).not.toContain('state-space-models');
  });

  it('genomic data and gene sequencing are bioinformatics', () => {
    expect(req('Pipelines for genomic data from many labs.')).toContain('bioinformatics');
    expect(req('Familiar with variant calling tools.')).toContain('bioinformatics');
  });

  it('ad ops and programmatic advertising are advertising', () => {
    expect(req('Three years in ad ops at a publisher.')).toContain('advertising');
    expect(req('Run programmatic advertising campaigns.')).toContain('advertising');
  });

  it('new names: ServiceTitan, knowledge representation; web tech; data structure design', () => {
    expect(req('Integrations with ServiceTitan and similar tools.')).toContain('servicetitan');
    expect(req('Research in knowledge representation.')).toContain('knowledge-representation');
    expect(req('Solid web tech fundamentals.')).toContain('web-development');
    expect(req('Careful data structure design for hot paths.')).toContain('data-structures-algorithms');
  });
});

describe('marketing and design work named as roles and outputs', () => {
  it('a marketing engineer is marketing; brand assets are graphic design; motion graphics are video work', () => {
    expect(req('A marketing engineer who ships landing pages.')).toContain('marketing');
    expect(req('Design brand assets for conferences.')).toContain('graphic-design');
    expect(req('Motion design for short product clips.')).toContain('video-production');
  });
});

describe('spellings, spacing and plurals of known forms', () => {
  it('British programme and visualisation spellings', () => {
    expect(req('Worked as a technical programme manager on chip bring-up.')).toContain('project-management');
    expect(req('Build interactive visualisations of fleet data in D3.')).toContain('data-visualization');
  });

  it('a plural the plural:false forms lacked: product owners', () => {
    expect(req('Product owners who write clear user stories.')).toContain('product-management');
  });

  it('real time with a space is real-time systems where the hyphenated form is', () => {
    expect(req('Real time pipelines for sensor events.')).toContain('real-time-systems');
    expect(skills('Managers give real time feedback every week.')).not.toContain('real-time-systems');
  });

  it('multi-modal with a hyphen', () => {
    expect(req('Clean multi-modal data for training.')).toContain('multimodal-ml');
  });
});

describe('accessibility as a benefit or as access to a service', () => {
  it('efficiency and accessibility for clients, accessibility of care are not the practice', () => {
    expect(skills('Our software brings efficiency and accessibility for tax advisors.')).not.toContain('accessibility');
    expect(skills('We improve accessibility of healthcare for rural families.')).not.toContain('accessibility');
    expect(req('Care about performance and accessibility in every UI you ship.')).toContain('accessibility');
  });
});
