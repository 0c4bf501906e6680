import { describe, expect, it } from 'vitest';
import { classOf, skills } from './context-readers';

// Classes of the false positives in the second fresh precision probe of session 38 (test/tools/fp-judged-s38b.jsonl, issue #13),
// and of those the first round left. Every sentence here is written for this test, with invented companies: none comes from a
// real posting.

describe('team: the team that is there, told by its size', () => {
  it('"our <count> <role>s" and "a team of <count> <role>s" name the team, not a skill asked', () => {
    expect(skills('Our 25 mobile engineers ship to both app stores every Thursday.')).not.toContain('mobile-development');
    expect(classOf('Today a team of 9 data engineers keeps the reporting jobs alive.', 'data-engineering')).toBe('team');
    expect(skills('Our forty product engineers pair with support on Fridays.')).not.toContain('product-engineering');
  });

  it('the team\'s stack in the same sentence stays a skill', () => {
    expect(skills('Our 40 platform engineers deploy on Kubernetes every day.')).toContain('kubernetes');
    expect(skills('A team of twelve machine learning engineers trains everything with PyTorch.')).toContain('pytorch');
    expect(skills('You will join a team of 9 data engineers who run our Spark jobs.')).toContain('apache-spark');
  });

  it('the hire\'s own post, or roles sought, stay', () => {
    expect(skills('We are hiring two data engineers to own the warehouse.')).toContain('data-engineering');
    expect(skills('You will be one of our 3 data engineers.')).toContain('data-engineering');
    expect(skills('We are looking for 2 mobile engineers for the new app.')).toContain('mobile-development');
  });
});

describe('stack: the product\'s word that names the people ("Our platform engineers …")', () => {
  it('what the engineers deploy on is the team\'s stack, not what the product integrates with', () => {
    expect(classOf('Our platform engineers deploy on Kubernetes every day.', 'kubernetes')).toBeNull();
    expect(classOf('Our product engineers deploy with Terraform and Kubernetes.', 'terraform')).toBeNull();
    expect(classOf('Our tooling team monitors with Grafana.', 'grafana')).toBeNull();
  });

  it('the product itself as the subject still tells its integrations', () => {
    expect(skills('Our platform connects to Salesforce and HubSpot.')).toEqual([]);
  });
});

describe('team: the company\'s departments listed after "our"', () => {
  it('each other item a department: the mention is one more department', () => {
    expect(classOf('We want people who can take our engineering, product, and adops to a new level.', 'advertising')).toBe('team');
    expect(classOf('Help move our design, sales and adops forward this year.', 'advertising')).toBe('team');
  });

  it('a list heading a noun, the teams the hire joins, or a list that is no departments stay', () => {
    expect(skills('You will scale our data, analytics and machine learning pipelines.')).toContain('machine-learning');
    expect(skills('We want engineers for our research, product, and supercomputing teams.')).toContain('hpc');
    expect(classOf('You will harden our Go, Rust and adops tooling to a new level.', 'advertising')).toBeNull();
  });
});

describe('apply: a scraped page\'s shell, an HTML comment after the browser\'s JavaScript notice', () => {
  it('the build commands in the comment are no part of the posting', () => {
    expect(skills('Turnstone You need to enable JavaScript to run this app. To develop it, run `npm start` or `yarn dev`. -->')).toEqual([]);
  });

  it('a tool named in the posting, or after a notice with no comment closing, stays', () => {
    expect(skills('Turnstone | Frontend Engineer\nYou will run npm and Vite daily. The page notes it needs you to enable JavaScript.')).toContain('npm');
    expect(skills('You need to enable JavaScript to run this app. Our build uses npm workspaces.')).toContain('npm');
  });
});

describe('background: past employers in a bracket after "experience at scale"', () => {
  it('a tool\'s name among company names is a company the candidate worked at', () => {
    expect(skills('Ideally you bring experience at scale (Initech/Globex/Hooli/Stripe).')).toEqual([]);
    expect(skills('Bonus: experience at scale (Initech, Globex, AWS).')).toEqual([]);
  });

  it('a bracket of tools only, or a skill at scale, stays', () => {
    expect(skills('Experience at scale (AWS, GCP or Azure) is a must.')).toEqual(['aws', 'azure', 'google-cloud']);
    expect(skills('Experience at scale (AWS RDS/Aurora) is needed.')).toContain('aurora');
    expect(skills('You have run Kafka at scale (Initech-size clusters).')).toContain('kafka');
  });
});

describe('market: the employer\'s AI product acting on a named tool', () => {
  it('what the agent, copilot or assistant does to the tool is the product\'s feature', () => {
    expect(skills('Our agents write Terraform for platform teams in minutes.')).toEqual([]);
    expect(skills('Our copilot reviews Kubernetes manifests before they merge.')).toEqual([]);
  });

  it('what the product is built with, or what the hire does, stays', () => {
    expect(skills('Our agents call Claude and run on Kubernetes.')).toContain('kubernetes');
    expect(skills('Our agents use Postgres for memory.')).toContain('postgresql');
    expect(skills('Our agents are built with LangGraph and Python.')).toContain('python');
    expect(skills('You will make our agents write better Terraform.')).toContain('terraform');
  });
});

describe('english: a trait\'s adjective that qualifies a technical skill ending the phrase', () => {
  it('"pragmatic security (…)" asks security, no pragmatism', () => {
    expect(skills('Own reliability and pragmatic security (SOC 2-aware).')).not.toContain('pragmatism');
  });

  it('a trait of the hire, or of the hire\'s decisions, stays', () => {
    expect(skills('You are pragmatic, curious and kind.')).toContain('pragmatism');
    expect(skills('Make pragmatic architecture decisions.')).toContain('pragmatism');
  });
});
