import { describe, expect, it } from 'vitest';
import { classOf, skills } from './context-readers';

// Classes of the false positives in a fresh precision probe (test/tools/fp-judged-s37.jsonl, issue #13, session 37).
// Every sentence here is written for this test, with invented companies: none comes from a real posting.

// (Without "your" the older pitch rule already reads such a sentence as the company's; "your", the customer, kept it.)
describe('market: the employer\'s product as the subject, doing something ("Our platform detects …, ranks …")', () => {
  it('a field or trait in a sentence whose subject is the product and whose verb is what it does for "your" (its customer)', () => {
    expect(classOf('Our engine reads your invoices, flags anomalies and routes the rest to accounting.', 'accounting')).toBe('market');
    expect(classOf('Our scheduling app quietly handles prioritization of the jobs your plumbers take each morning.', 'prioritization')).toBe('market');
    expect(classOf('Our storage network mirrors GPUs across your racks so a failed card costs nothing.', 'gpu-infrastructure')).toBe('market');
  });

  it('people of the product, a stack, a developer audience or an ask in the sentence keep it', () => {
    expect(classOf('Our platform engineers handle incident response for your region.', 'incident-response')).toBeNull();
    expect(classOf('Our platform team owns observability and incident response for your services.', 'incident-response')).toBeNull();
    expect(classOf('Our product gives developers what they need to ship AI agents to your production cluster.', 'ai-agents')).toBeNull();
    expect(classOf('Our engine needs someone with incident response experience and your kind of grit.', 'incident-response')).toBeNull();
    expect(classOf('Our platform runs on Kubernetes; you will own its observability.', 'observability')).toBeNull();
    expect(skills('Our service processes payments in Go and Postgres.')).toContain('go');
  });
});

describe('market: "the <field> space/market/industry is …", the field as the market the company works in', () => {
  it('the sentence opens on the field and its space', () => {
    expect(classOf('The fraud detection space has gone untouched for twenty years.', 'fraud-detection')).toBe('market');
    expect(classOf('The Electronic Medical Record (EMR) market remains a maze of old vendors.', 'emr')).toBe('market');
  });

  it('experience in the space, or a sentence that speaks to you, stays', () => {
    expect(classOf('Experience in the fraud detection space is a big plus.', 'fraud-detection')).toBeNull();
    expect(classOf('The fraud detection space is new to most, but you will learn it fast.', 'fraud-detection')).toBeNull();
  });
});

describe('market: what the customers pay for ("Clinics pay $20K for a compliance audit")', () => {
  it('a price paid or spent for the thing, in a sentence not to you', () => {
    expect(classOf('Small shops pay $8K–$15K for brand identity work and still get templates.', 'graphic-design')).toBe('market');
    expect(classOf('Mid-size firms spend over $2M a year on penetration testing they barely read.', 'penetration-testing')).toBe('market');
  });

  it('a price with no purchase, or the hire\'s budget, stays', () => {
    expect(classOf('You will own a $2M budget for penetration testing vendors.', 'penetration-testing')).toBeNull();
    expect(classOf('We spend $300 a month on penetration testing tools that you will run.', 'penetration-testing')).toBeNull();
  });
});

describe('team: the field a recruiter hires for ("Senior GTM Recruiter")', () => {
  it('a field right before "recruiter", "recruiting" or "sourcer"', () => {
    expect(classOf('Marrow | Open roles\n\n- Engineering Manager\n- Data Engineering Recruiter\n- Account Executive', 'data-engineering')).toBe('team');
    expect(classOf('Marrow | Open roles\n\n- Machine Learning Sourcer (contract)', 'machine-learning')).toBe('team');
  });

  it('a role in the field itself stays', () => {
    expect(classOf('Marrow | Open roles\n\n- Data Engineering Lead\n- Recruiting Coordinator', 'data-engineering')).toBeNull();
  });
});

describe('apply and negated: "links/GitHub" in the instruction, and "pre <product>"', () => {
  it('a profile after "links/" in an application sentence; a product after "pre"', () => {
    expect(classOf('Okra | Engineer | Remote\n\nTo apply, send a CV and (optional) links/GitLab to jobs@okra.example.', 'gitlab')).toBe('apply');
    expect(classOf('Okra | Engineer | Remote\n\nWe built our first parser pre Kubernetes and never looked back.', 'kubernetes')).toBe('negated');
  });

  it('links as an ask, and "prefer" words, stay', () => {
    expect(classOf('Okra | Engineer | Remote\n\nYou will maintain our GitLab runners and the deploy links/GitLab pipelines.', 'gitlab')).toBeNull();
    expect(classOf('Okra | Engineer | Remote\n\nWe prefer Kubernetes experience.', 'kubernetes')).toBeNull();
  });
});

describe('market: a plural product subject with its bare verb ("Our tools automate …", batch 2)', () => {
  it('the fields the products handle for their customer', () => {
    expect(classOf('Our tools automate project management for your site crews and flag delays early.', 'project-management')).toBe('market');
    expect(classOf('Our devices watch your greenhouse and handle anomaly detection at the edge.', 'anomaly-detection')).toBe('market');
  });

  it('"need", "run", "use" and the like after a plural subject stay', () => {
    expect(classOf('Our tools need someone who knows project management well.', 'project-management')).toBeNull();
  });
});

describe('english: "autonomous" said of a machine ("autonomous AI agents", "autonomous robots")', () => {
  it('the adjective before agents, AI or a machine', () => {
    expect(classOf('Soon autonomous "AI coworkers" will file the tickets for your team.', 'autonomy')).toBe('english');
  });

  it('"autonomous" said of people stays', () => {
    expect(classOf('You are autonomous and need little direction.', 'autonomy')).toBeNull();
    expect(classOf('We hire people who are autonomous, humble and kind.', 'autonomy')).toBeNull();
  });
});

describe('own: software the employer built, named as examples ("libraries we have open-sourced, such as …")', () => {
  it('the named examples after "such as", "like", "including"', () => {
    expect(classOf('Many teams run libraries we have open-sourced, such as Fernwood or Dask, every day.', 'dask')).toBe('own');
    expect(classOf('You may know tools we\'ve built, like Fernwood, NumPy bindings and more.', 'numpy')).toBe('own');
  });

  it('libraries the team relies on stay', () => {
    expect(classOf('You will extend libraries we rely on, such as NumPy and Dask.', 'numpy')).toBeNull();
  });
});

describe('own: the employer\'s tagline in a header cell ("Acme | Fastest Inference API | …")', () => {
  it('a cell opening on a superlative', () => {
    expect(classOf('Kestrel | Simplest Data Pipelines API | Berlin | Senior Engineer', 'apis')).toBe('own');
  });

  it('a role title, "First ML Engineer", stays', () => {
    expect(classOf('Kestrel | Senior API Engineer | Berlin', 'apis')).toBeNull();
    expect(classOf('Kestrel | First ML Engineer | Berlin', 'machine-learning')).toBeNull();
  });
});

describe('team: a short list of departments after "hiring", any case ("Hiring Eng, Design, GTM")', () => {
  it('every item a department', () => {
    expect(classOf('Larkspur | Hiring Eng, Design, GTM | Remote (EU)', 'go-to-market')).toBe('team');
    expect(classOf('We are hiring across DevOps and product: write to us.', 'devops')).toBe('team');
  });

  it('a role in the field, or a list with a skill in it, stays', () => {
    expect(classOf('We are hiring DevOps engineers who know Terraform.', 'devops')).toBeNull();
    expect(classOf('Larkspur | Hiring DevOps, Rust | Remote', 'devops')).toBeNull();
  });
});

describe('market: "keeps your …" is the product\'s user, so the paragraph does not speak to the candidate', () => {
  it('the integrations after a product sentence that "keeps your" things', () => {
    expect(classOf('Ferrule is a queue service that keeps your background jobs in one place. We support Postgres, MySQL and SQLite as backends.', 'postgresql')).toBe('market');
  });

  it('a paragraph that speaks to the candidate keeps them', () => {
    expect(classOf('In this role you will keep your focus on reliability. We support Postgres, MySQL and SQLite as backends.', 'postgresql')).toBeNull();
  });
});

describe('the s37 rules stay quick on a hostile long line', () => {
  it('a sentence of thousands of words under a product subject, and a long price run', () => {
    const long = 'Our platform detects ' + Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ') + ' observability.';
    const price = 'Teams pay ' + '$1 '.repeat(2000) + 'for observability.';
    const t0 = performance.now();
    skills(long);
    skills(price);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
