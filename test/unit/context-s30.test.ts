import { describe, expect, it } from 'vitest';
import { postingNames } from '@/lib/skills/context';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { postingFromText } from '@/lib/posting/text';
import { classOf, matcher, NONE, skills } from './context-readers';

// Classes of errors found on 30 blind tune rows (test/bench/rows-s30-skills.txt) and on the tune rows adjudicated
// by the lead's ruling (the employer's own product, field and market is no skill unless asked of the candidate)
// (#13, session 30). Every sentence here is written for this test: none comes from a real posting.
const { taxonomy } = bundled();
const found = (text: string) => [...new Set(findSkills(matcher, text).map((h) => h.skillId))].sort();
const namesOf = (text: string) => postingNames(postingFromText(text));

describe('a sentence goes on past "e.g." and "i.e."', () => {
  it('the company\'s subject still heads a list after "e.g."', () => {
    const text = 'Kestrel | Detection Engineer | Remote\n\nKestrel guards online shops.\n\nWe block attacks (e.g. malware, phishing, bots) before checkout by reading device signals.\n\nRequirements:\n- Python and Go';
    expect(classOf(text, 'malware-analysis')).toBe('pitch');
    expect(skills(text)).toEqual(expect.arrayContaining(['go', 'python']));
    expect(skills(text)).not.toContain('phishing-defense');
  });

  it('an ask after "i.e." is still an ask', () => {
    expect(skills('Requirements:\n- Experience with the data stack, i.e. Airflow, dbt and Snowflake.')).toEqual(expect.arrayContaining(['airflow', 'dbt', 'snowflake']));
  });
});

describe('an acronym in brackets after its long form names no tool', () => {
  it('the company\'s list of domains stays its own, acronyms and all', () => {
    const text = 'Orrery Works | Software Engineer | Remote\n\nWe are a small engineering firm that writes analysis software for domains such as orbit tracking, high performance computing (HPC), natural language processing (NLP) and computer aided design (CAD).\n\nStack: C++, Qt and Python.';
    const got = skills(text);
    expect(got).toEqual(expect.arrayContaining(['cpp', 'python', 'qt']));
    for (const id of ['hpc', 'cad', 'natural-language-processing']) expect(got).not.toContain(id);
  });

  it('a real tool in the same company sentence still makes it a stack sentence', () => {
    const text = 'Orrery Works | Software Engineer | Remote\n\nWe build high performance computing (HPC) tools in C++ and CUDA.';
    expect(skills(text)).toEqual(expect.arrayContaining(['cuda', 'hpc']));
  });
});

describe('own: a YC batch\'s job post names its employer', () => {
  it('"Name (YC S24) Is Hiring" and "… at Name | Y Combinator"', () => {
    expect(namesOf('Vela Data (YC S24) Is Hiring a Platform Engineer\n\nPlatform Engineer at Vela Data | Y Combinator\n\nWe need Terraform.').own).toContain('vela data');
    expect(namesOf('Founding Engineer at Pylon API | Y Combinator\n\nBuild our Go services.').own).toContain('pylon api');
  });

  it('a tool\'s word in the employer\'s name is the name', () => {
    const text = 'Grove API (YC W25) Hiring: Backend Engineer\n\nBackend Engineer at Grove API | Y Combinator\n\nRequirements:\n- Go and PostgreSQL';
    expect(skills(text)).not.toContain('apis');
    expect(skills(text)).toEqual(expect.arrayContaining(['go', 'postgresql']));
  });
});

describe('negated: a field in quotes after "no" or "not"', () => {
  it('"no generic “X”", "this is not “X”"', () => {
    expect(classOf('The job: no generic “digital health matters” slides, only decisions.', 'health-tech')).toBe('negated');
    expect(classOf('This role is not “devops” in disguise.', 'devops')).toBe('negated');
  });

  it('a quoted field that is asked stays', () => {
    expect(classOf('You know “infrastructure as code” from real projects.', 'infrastructure-as-code')).toBeNull();
  });
});

describe('taxonomy: containers that hold goods, web dev, structured data', () => {
  it('shipping containers are no software containers', () => {
    expect(found('Our app tracks refrigerated containers across the fleet.')).not.toContain('containers');
    expect(found('Cranes load containers onto vessels at night.')).not.toContain('containers');
    expect(found('You run services in containers on Kubernetes.')).toContain('containers');
  });

  it('"web dev" is web development wherever it stands', () => {
    expect(skills('Requirements:\n- Solid web dev skills and a feel for design.')).toContain('web-development');
  });

  it('structured or unstructured data alone is no large-scale data processing', () => {
    expect(found('We turn scanned forms into structured data.')).not.toContain('large-scale-data');
    expect(found('Experience with big data tools such as Spark.')).toContain('large-scale-data');
  });
});

describe('taxonomy: distributed training and its tools', () => {
  it('FSDP, Megatron-LM, Horovod and DeepSpeed are tools of their own, each a form of distributed training', () => {
    expect(found('Experience with FSDP, DeepSpeed, Megatron-LM or Horovod.')).toEqual(['deepspeed', 'fsdp', 'horovod', 'megatron-lm']);
    const implied = matcher.implied;
    for (const id of ['fsdp', 'deepspeed', 'megatron-lm', 'horovod']) {
      expect(implied.get(id), id).toContain('distributed-training');
      expect(implied.get(id), id).toContain('model-training');
    }
    expect(implied.get('fsdp')).toContain('pytorch');
  });

  it('"distributed training" and "multi-node training" name the practice', () => {
    expect(found('You have scaled distributed training across GPU nodes.')).toContain('distributed-training');
    expect(found('Comfort with multi-node training on a shared cluster.')).toContain('distributed-training');
    expect(found('Our distributed team trains every new hire.')).toEqual([]);
  });

  it('Spring Boot shows Java (and backend development)', () => {
    expect(taxonomy.byId.get('spring-boot')!.implies).toEqual(expect.arrayContaining(['java', 'backend-development']));
  });
});

describe('market and own: the employer\'s product and field, said in more ways', () => {
  it('"the future of X" names the company\'s field, not an ask', () => {
    expect(classOf('Help us build the future of computer vision with a small team.', 'computer-vision')).toBe('pitch');
    expect(classOf('You will shape the future of observability for small teams.', 'observability')).toBe('pitch');
    expect(classOf('Help shape the future of quantum computing with us.', 'quantum-computing')).toBe('pitch');
    expect(classOf('Requirements: hands-on computer vision work in production.', 'computer-vision')).toBeNull();
  });

  it('"our first product is a X" is the product, unless the sentence speaks to the candidate', () => {
    expect(classOf('Our first product is an AI agent that answers billing calls for clinics.', 'ai-agents')).toBe('market');
    expect(classOf('Our first product is an AI agent, and you will own its evaluation.', 'ai-agents')).toBeNull();
  });

  it('"X is a core product at Acme" makes X a name of the employer', () => {
    const text = 'Brightgate | Frontend Engineer | Onsite\n\nI lead the team behind Access Control at Brightgate.\nAccess Control is a core product at Brightgate, used in thousands of offices.\n\nRequirements:\n- React and TypeScript';
    expect(namesOf(text).own).toContain('access control');
    expect(skills(text)).not.toContain('iam');
    expect(skills(text)).toEqual(expect.arrayContaining(['react', 'typescript']));
  });

  it('"Acme’s <field> portfolio" and "our <Name> <Name> platform" are the employer\'s own', () => {
    const names = { own: ['brightgate'] };
    expect(classOf('You will shape the services that power Brightgate’s cybersecurity portfolio.', 'security', names)).toBe('market');
    expect(classOf('Set the strategy for our Data Security Cloud platform.', 'security', names)).toBe('own');
    // A named tool right after "our" is the stack: "our Kubernetes platform" stays.
    expect(classOf('You will run our Kubernetes platform.', 'kubernetes', names)).toBeNull();
  });

  it('the company says what kind of software it is, a link in brackets and the product\'s own "you" aside', () => {
    const text = 'Ledgerly | Backend Engineer | Remote\n\nLedgerly is an open source (https://example.org/ledgerly) business intelligence software that lets anyone in your company query the databases you already have.\n\nStack: Clojure and PostgreSQL.';
    expect(skills(text)).not.toContain('data-analysis');
    expect(skills(text)).toEqual(expect.arrayContaining(['clojure', 'postgresql']));
  });
});

describe('team: a list of teams named in lower case', () => {
  it('"collaborate with our web platform and component library teams"', () => {
    expect(classOf('Collaborate deeply with our web platform and component library teams to set shared patterns.', 'design-systems')).toBe('team');
    // The hire's own work on a component library stays.
    expect(classOf('Build and maintain our component library in React.', 'design-systems')).toBeNull();
    // A soft skill before "team" is a trait asked, not a team named.
    expect(classOf('Work with a collaborative team to design the data model.', 'collaboration')).not.toBe('team');
  });
});

describe('misses: lists in brackets, Dash, reading code', () => {
  it('a lowercase tool in brackets after a skill is a list item ("Python (flask, celery)")', () => {
    expect(found('Our backend is Python (flask, temporal) with a Next.js front.')).toEqual(expect.arrayContaining(['flask', 'python', 'temporal']));
    expect(found('Pour the mix into a flask (temporal effects aside).')).toEqual([]);
  });

  it('Dash beside Python tools is Plotly Dash; the name alone is not', () => {
    expect(found('Dashboards in Flask/Dash and pandas.')).toContain('plotly');
    expect(found('Dash, our office dog, says hello.')).not.toContain('plotly');
  });

  it('reading code is a practice of its own', () => {
    expect(skills('Requirements:\n- You are at ease reading code written by others.\n- You can navigate large codebases.')).toContain('reading-code');
    expect(found('We read every code sample we receive.')).not.toContain('reading-code');
  });
});

describe('fresh precision sample 9: wrong aliases and a negation with a modifier', () => {
  it('RTOS is a real-time operating system, RTOs and RPOs are disaster recovery', () => {
    expect(found('Patch RTOS kernel functions on a small device.')).toEqual(['rtos']);
    expect(found('Set RPOs and RTOs for each service.')).toEqual(['disaster-recovery']);
  });

  it('AI tools for images or video are no AI coding tools', () => {
    expect(found('Comfortable with AI tools such as Runway or Midjourney.')).not.toContain('ai-coding-tools');
    expect(found('Comfortable with AI tools like Cursor in your daily work.')).toContain('ai-coding-tools');
  });

  it('"not <modifier> X" sets X aside; "without violating X requirements" does not', () => {
    expect(classOf('We ship production systems, not research prototypes.', 'prototyping')).toBe('negated');
    expect(classOf('Validate firmware without violating real-time requirements.', 'real-time-systems')).toBeNull();
    expect(classOf('Experience with Go, and not only Python.', 'python')).toBeNull();
  });
});

describe('fresh rows s30b: a knowledge graph built, a contrast, a product named after the employer', () => {
  it('"knowledge graph" in the company\'s sentence is no ask of knowledge', () => {
    const text = 'Tallyfield | Full Stack Engineer | Remote\n\nWe are building a knowledge graph of suppliers for procurement teams.\n\nStack: Python and Postgres.';
    expect(skills(text)).not.toContain('graph-databases');
    expect(skills(text)).toEqual(expect.arrayContaining(['postgresql', 'python']));
  });

  it('"differs from X", "unlike X" set X aside', () => {
    expect(classOf('Our engine differs from LLMs in that it reasons with explicit rules.', 'llm')).toBe('negated');
    expect(classOf('Unlike Kubernetes, our scheduler needs no control plane.', 'kubernetes')).toBe('negated');
  });

  it('a capitalised form right after the employer\'s name is its product', () => {
    const names = { own: ['tallyfield'] };
    expect(classOf('I am hiring for the new Tallyfield Data Platform team.', 'data-platform-engineering', names)).toBe('own');
    expect(classOf('At Tallyfield Python is everywhere.', 'python', { own: ['acme'] })).toBeNull();
  });
});
