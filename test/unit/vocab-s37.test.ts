import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 37 (#13): names and practices that 40 blind tune postings used and the taxonomy lacked.
// Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('GPU profilers and low-level code', () => {
  it('Nsight and rocprof are GPU profilers', () => {
    expect(req('Comfortable reading Nsight Systems timelines.')).toContain('gpu-profilers');
    expect(req('Profile HIP kernels with rocprof and fix what it shows.')).toContain('gpu-profilers');
  });

  it('inline assembly and disassembly are assembly; an assembly line is not', () => {
    expect(req('Some inline assembly in the SIMD paths.')).toContain('assembly');
    expect(req('Read disassembly to check what the compiler emitted.')).toContain('assembly');
    expect(skills('Our robots weld parts on the assembly line.')).not.toContain('assembly');
  });
});

describe('payments, maps and hosting names', () => {
  it('Dwolla and Lithic are payment APIs', () => {
    expect(req('Experience moving money with Dwolla or Lithic.')).toEqual(expect.arrayContaining(['dwolla', 'lithic']));
  });

  it('MapLibre is a map library', () => {
    expect(req('Build the parcel map in MapLibre.')).toContain('maplibre');
  });

  it('Pothos beside GraphQL is the schema builder; a pothos plant is not', () => {
    expect(req('Schema-first GraphQL with Pothos on Node.')).toContain('pothos');
    expect(skills('Water the pothos on the window sill on Fridays.')).not.toContain('pothos');
    expect(skills('Pothos and ferns make the office green.')).not.toContain('pothos');
  });

  it('Railway beside hosting tools is the platform; a railway is not', () => {
    expect(req('We host on Railway and watch it with Datadog.')).toContain('railway-app');
    expect(skills('Railway companies in three countries rely on our maps.')).not.toContain('railway-app');
  });
});

describe('practices named in other words', () => {
  it('on-board compute is edge computing', () => {
    expect(req('Run detection on on-board compute with no network link.')).toContain('edge-computing');
  });

  it('proportional navigation and guidance laws are guidance, navigation and control', () => {
    expect(req('Know proportional navigation and other guidance laws.')).toContain('guidance-navigation-control');
  });

  it('curriculum development is instructional design', () => {
    expect(req('Curriculum development for short courses in SQL.')).toContain('instructional-design');
  });

  it('an agent runtime or agent layer is AI agents work', () => {
    expect(req('Harden the agent runtime against flaky tools.')).toContain('ai-agents');
    expect(req('Own the agent layer between our API and the models.')).toContain('ai-agents');
  });

  it('an eval methodology is LLM evaluation; context pipelines are prompt engineering', () => {
    expect(req('Define an eval methodology for the support bot.')).toContain('llm-evaluation');
    expect(req('Design context pipelines that pick the right files for the model.')).toContain('prompt-engineering');
  });

  it('model selection is machine learning', () => {
    expect(req('Careful model selection on small tabular data.')).toContain('machine-learning');
  });

  it('discovery calls and outbound calling are sales', () => {
    expect(req('Run discovery calls with operations leaders.')).toContain('sales');
    expect(req('Outbound calling to clinics across the region.')).toContain('sales');
  });

  it('an engineering director is people management', () => {
    expect(req('Five years as an Engineering Director of product teams.')).toContain('people-management');
  });

  it('technical content is technical writing', () => {
    expect(req('Write technical content for developers: guides and sample apps.')).toContain('technical-writing');
  });

  it('web services are APIs; Amazon Web Services is AWS', () => {
    expect(req('Build web services in Java for the billing team.')).toContain('apis');
    expect(req('Deploy on Amazon Web Services.')).not.toContain('apis');
  });

  it('transactional databases are relational databases', () => {
    expect(req('Deep knowledge of transactional databases and locking.')).toContain('relational-databases');
  });

  it('HR tech as a background is a skill; an HR tech company is not', () => {
    expect(req('Experience in HR tech or payroll is a plus.')).toContain('hr-tech');
    expect(skills('We are a seed-stage HR tech company based in Porto.')).not.toContain('hr-tech');
  });
});

describe('words a product or a field uses', () => {
  it('human-agent collaboration in a product is no collaboration asked', () => {
    expect(skills('Our editor is built for human-agent collaboration on code.')).not.toContain('collaboration');
    expect(req('Strong collaboration with designers and support.')).toContain('collaboration');
  });

  it('an analytical field is a kind of past work, not analytical thinking', () => {
    expect(req('Two years in consulting or another analytical field.')).not.toContain('analytical-thinking');
    expect(req('Strong analytical skills and attention to detail.')).toContain('analytical-thinking');
  });
});

// Second batch (21 blind tune postings read after the first fixes).
describe('second batch: names and practices', () => {
  it('managing engineering teams is people management', () => {
    expect(req('Four years managing engineering teams across two time zones.')).toContain('people-management');
  });

  it('a growth specialist and conversion rate optimization are marketing', () => {
    expect(req('Past work as a growth specialist at a consumer app.')).toContain('marketing');
    expect(req('Hands-on conversion rate optimization for paid landing pages.')).toContain('marketing');
  });

  it('product mgmt is product management', () => {
    expect(req('Some product mgmt experience at a marketplace.')).toContain('product-management');
  });

  it('scheduling algorithms and assignment problems are mathematical optimization', () => {
    expect(req('Build scheduling algorithms for nurse rotas.')).toContain('optimization');
    expect(req('Model assignment problems with integer variables.')).toContain('optimization');
  });

  it('CVEs are vulnerability management', () => {
    expect(req('Track CVEs in our container images and patch them.')).toContain('vulnerability-management');
  });

  it('the software lifecycle is the SDLC', () => {
    expect(req('Bring testing into every step of the software lifecycle.')).toContain('sdlc');
  });

  it('dev productivity is developer experience', () => {
    expect(req('Own dev productivity for a team of forty.')).toContain('developer-experience');
  });

  it('self-play is reinforcement learning; low-level optimization is performance work', () => {
    expect(req('Train agents through self-play on board games.')).toContain('reinforcement-learning');
    expect(req('Low-level optimization of SIMD code paths.')).toContain('performance-optimization');
  });

  it('geostatistics and kriging are statistics', () => {
    expect(req('Use kriging to map soil samples between wells.')).toContain('statistics');
  });

  it('Network Extension and packet tunnel providers are the Apple VPN framework', () => {
    expect(req('Write a packet tunnel provider for a macOS VPN client.')).toContain('network-extension');
  });

  it('Pedalboard beside Python audio tools is the library; a guitar pedalboard is not', () => {
    expect(req('Process stems in Python with NumPy and Pedalboard.')).toContain('pedalboard');
    expect(skills('Bring your own Pedalboard to the Friday jam.')).not.toContain('pedalboard');
  });

  it('Turbo beside a monorepo is Turborepo', () => {
    expect(req('A large monorepo run with pnpm and Turbo.')).toContain('turborepo');
  });

  it('Fabric beside OneLake or Azure is Microsoft Fabric; a fabric supplier is not', () => {
    expect(req('Move reporting to Fabric on Azure.')).toContain('microsoft-fabric');
    expect(req('Experience with OneLake shortcuts.')).toContain('microsoft-fabric');
    expect(skills('Fabric orders ship from our Porto warehouse.')).not.toContain('microsoft-fabric');
  });

  it('next-gen AI is no generative AI; gen AI is', () => {
    expect(skills('Join us to build next-gen AI tools for farmers.')).not.toContain('generative-ai');
    expect(req('Hands-on gen AI work with image models.')).toContain('generative-ai');
  });
});

// Third batch (12 blind tune postings read after the second fixes).
describe('third batch: geometry and data words', () => {
  it('surface intersection is computational geometry', () => {
    expect(req('Write surface intersection code that survives near-tangent cases.')).toContain('computational-geometry');
  });

  it('QIF is the Quality Information Framework', () => {
    expect(req('Read and write QIF files for inspection results.')).toContain('qif');
  });

  it('data integrity is data quality; well-modeled data is data modeling', () => {
    expect(req('Care about data integrity across nightly syncs.')).toContain('data-quality');
    expect(req('Deliver well-modeled data to the analysts.')).toContain('data-modeling');
  });
});

describe('a code host named as material to send', () => {
  it('after a verb of sending, or as a repository to show, GitHub is application material', () => {
    expect(skills('Write to jobs@example.org with a CV. Please include GitHub.')).not.toContain('github');
    expect(skills('To stand out, show us a side project, a GitLab repository or a demo.')).not.toContain('gitlab');
  });

  it('GitHub as part of the work stays a skill', () => {
    expect(req('Add GitHub webhooks to our deploy service.')).toContain('github');
    expect(req('Build GitHub and GitLab integrations for code review.')).toEqual(expect.arrayContaining(['github', 'gitlab']));
  });
});

describe('database scaling', () => {
  // ('Scripting' alone was tried as shell scripting and taken out when merged: "Scripting in one of (Bash, Perl, Python)"
  // and "a scripting language, e.g. Python" name a kind whose examples are the pick; as a skill of its own it was asked
  // beside them.)
  it('scripting alone is no skill of its own: the kind of its examples', () => {
    expect(req('Comfort with scripting to automate your own chores.')).not.toContain('shell-scripting');
  });

  it('database scaling is database work', () => {
    expect(req('Experience with database scaling under write-heavy load.')).toContain('databases');
  });
});
