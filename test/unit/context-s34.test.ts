import { describe, expect, it } from 'vitest';
import { classOf, skills } from './context-readers';

// Classes of false positives found on the tuned part's errors and trap hits (#13, session 34). Every sentence here is
// written for this test, with invented companies: none comes from a real posting.

describe('own: a saved page\'s menu, a run of Title Case items with no punctuation', () => {
  const menu =
    'Brightloom | Careers\nHome Capabilities Laser Cutting Laser Engraving Powder Coating Welding Services CNC Machining Sheet Metal Bending Sheet Metal Forming Pricing About us Sign in\n';

  it('the items of the menu are no skills, the posting under it is read', () => {
    const text = menu + 'Brightloom | Backend Engineer | Remote\nYou will build our quoting service in Python and run it on AWS.';
    expect(skills(text)).not.toContain('cnc-machining');
    expect(skills(text)).not.toContain('metal-fabrication');
    expect(skills(text)).toEqual(expect.arrayContaining(['python', 'aws']));
  });

  it('a menu with no menu words that repeats its items', () => {
    const text = 'Services Injection Molding Plastic Injection Molding Insert Molding Overmolding 3D Printing Resin Printing Metal Printing Printing Materials Printing Guides\n';
    expect(classOf(text, '3d-printing')).toBe('own');
  });

  it('a list written with commas, a short Title Case title, a stack line stay', () => {
    expect(classOf('Capabilities we need: CNC Machining, Sheet Metal Bending, Welding and Quality Control for our new line in Ohio.', 'cnc-machining')).toBeNull();
    expect(classOf('Senior Staff Software Engineer Machine Learning Platform Team', 'machine-learning')).toBeNull();
    expect(classOf('Stack: TypeScript | React | Postgres | Terraform | AWS | GitHub Actions | Datadog | Sentry | Linear | Figma', 'terraform')).toBeNull();
  });
});

describe('background: posts the staff held at other companies', () => {
  it('"the CEO of <company>", "co-founder at <company>"', () => {
    expect(classOf('Hi, I\'m Mira. You might know me as the founder of Pebblebox, and later as the acting CEO of OpenAI.', 'openai-api')).toBe('background');
    expect(classOf('Our CTO was previously co-founder at Docker before starting Quernwell.', 'docker')).toBe('background');
  });

  it('"scaled <company>\'s <field> org"', () => {
    expect(classOf('I\'m Tomas, the CEO, and I grew Zoox\'s machine learning org from five people to ninety.', 'machine-learning')).toBe('background');
  });

  it('a role asked with a named tool, and the hire\'s own team, stay', () => {
    expect(classOf('You will work directly with the CEO on Kubernetes upgrades.', 'kubernetes')).toBeNull();
    expect(classOf('You\'ll join Quernwell\'s machine learning team and write ranking code.', 'machine-learning')).toBeNull();
    expect(classOf('As head of Kafka operations you will own every cluster.', 'kafka')).toBeNull();
  });
});

describe('consumer: how a trade works now, said of nobody in particular', () => {
  it('"A <trade> today has <tools>"', () => {
    expect(classOf('A frontend developer today has Copilot and Cursor on every keystroke.', 'cursor')).toBe('consumer');
    expect(classOf('The average analyst these days lives in Excel and Slack.', 'excel')).toBe('consumer');
  });

  it('the ideal hire, the team and the role stay', () => {
    expect(classOf('A strong engineer here writes Go and knows Postgres.', 'go')).toBeNull();
    expect(classOf('A developer on our team today uses Cursor and Rust daily.', 'rust')).toBeNull();
    expect(classOf('Every engineer today ships Terraform changes through review, and you will too.', 'terraform')).toBeNull();
  });
});

describe('perk: ownership the job gives to builders who want it', () => {
  it('"builders who want real ownership", "a high-ownership startup"', () => {
    expect(classOf('This is a role for builders who want real ownership, fast feedback and hard problems.', 'ownership')).toBe('perk');
    expect(classOf('Join a fast-moving, high-ownership startup in Leeds.', 'ownership')).toBe('perk');
  });

  it('ownership asked of the hire, or said of the team (the project\'s convention), stays', () => {
    expect(classOf('We\'re a tiny, high-ownership team based in Leeds.', 'ownership')).toBeNull();
    expect(classOf('Lean team, high ownership, big impact. Apply below.', 'ownership')).toBeNull();
    expect(classOf('You take ownership of the billing service end to end.', 'ownership')).toBeNull();
    expect(classOf('We want engineers with a strong sense of ownership.', 'ownership')).toBeNull();
    expect(classOf('- A track record of high ownership in a small team', 'ownership')).toBeNull();
  });
});

describe('market: an industry in a cell of the header line', () => {
  it('"Northwind | Legal Tech | Remote", "| Cybersecurity |"', () => {
    expect(classOf('Northwind | Legal Tech | Remote (EU) | Full-time\n\nWe build contract search in Rust.', 'legaltech')).toBe('market');
    expect(classOf('Tallow Labs | https://tallow.dev | Cybersecurity | Berlin | Various roles', 'security')).toBe('market');
  });

  it('a role, a tool, or the industry asked in the text stays', () => {
    expect(classOf('Northwind | Backend Engineer | Remote | Rails | $120k', 'rails')).toBeNull();
    expect(classOf('Northwind | Security Engineer | Remote | Full-time', 'security')).toBeNull();
    expect(classOf('Northwind | Remote\n\n- 3+ years in fintech, ideally lending', 'fintech')).toBeNull();
  });
});

describe('market: the employer\'s products listed under "Our products:"', () => {
  it('an item that opens on the product\'s name and a colon', () => {
    const text = 'We build tools for release engineers.\n\nOur products:\n\n* Gatekeeper: Make sure your PRs pass every check before they land.\n* Sweeper: Find and quarantine flaky tests.\n\nYou will write TypeScript and Go.';
    expect(classOf(text, 'code-review')).toBe('market');
    expect(skills(text)).toEqual(expect.arrayContaining(['typescript', 'go']));
  });

  it('a list of requirements, or of the team\'s stack, stays', () => {
    expect(classOf('Requirements:\n* Reviews: You give careful feedback on PRs every day.', 'code-review')).toBeNull();
    expect(classOf('Our stack:\n* Backend: Go, Postgres and Kafka', 'kafka')).toBeNull();
  });
});

describe('market and background: the industries the employer serves, and customers that "use us"', () => {
  it('"industries like …", "Startups, <projects> and banks use us"', () => {
    expect(classOf('We also sell to other industries like shipping, mining, SD-WAN and defense.', 'sd-wan')).toBe('market');
    expect(classOf('Startups, CNCF projects and two national banks use us today.', 'cloud-native')).toBe('background');
  });

  it('experience in an industry, and a list the hire uses, stay', () => {
    expect(classOf('You have shipped software in regulated industries such as banking and healthcare, with HIPAA in mind.', 'hipaa')).toBeNull();
    expect(classOf('Terraform, Kubernetes and Helm are what we use daily.', 'helm')).toBeNull();
  });
});

describe('market: what the product\'s users can do with it', () => {
  it('"Platform and security teams can …"', () => {
    expect(classOf('Platform and security teams can observe, audit and improve developer experience across every repo.', 'developer-experience')).toBe('market');
  });

  it('what our team or the hire can do stays', () => {
    expect(classOf('Our platform teams can own developer experience end to end.', 'developer-experience')).toBeNull();
    expect(classOf('You and the platform teams can shape developer experience here.', 'developer-experience')).toBeNull();
  });
});

describe('analogy: "think <product> + <product> for <field>"', () => {
  it('a pair of named products the company compares itself with', () => {
    expect(classOf('We bring review and automation to circuit boards (think GitHub + Copilot for hardware).', 'github')).toBe('analogy');
  });

  it('a named tool the hire uses stays', () => {
    expect(classOf('You will think about GitHub Actions and Terraform for our deploys.', 'github-actions')).toBeNull();
  });
});

describe('kept: a field asked as depth or experience, a channel of the work, a duty after the reporting line', () => {
  it('"a PhD or equivalent depth in <field>" asks the field; "a degree in <field>" still names the degree', () => {
    expect(classOf('- A PhD or equivalent depth in compilers, type systems, or optimization', 'optimization')).toBeNull();
    expect(classOf('- A master\'s degree in statistics, optimization or a related field', 'optimization')).toBe('degree');
  });

  it('"email" closing a list of channels is no application instruction', () => {
    expect(classOf('Role: run outbound sales on the phone, LinkedIn, email.', 'sales')).toBeNull();
    expect(classOf('Email us a resume and your Kaggle profile.', 'kaggle')).toBe('apply');
  });

  it('a duty after "report to the founder, …" is the hire\'s own', () => {
    expect(classOf('You will report to the founder, own the product roadmap, and hire the first engineers.', 'project-management')).toBeNull();
    expect(classOf('You will report to the Head of Data Science and Analytics.', 'data-science')).toBe('team');
  });
});

describe('market: what the employer\'s platform manages, listed after "to manage"', () => {
  it('"the platform to securely manage API tokens, SSH keys and privileged access"', () => {
    expect(classOf('Keystone is the one platform to securely manage API tokens, SSH keys, and privileged access across every cloud.', 'ssh')).toBe('market');
  });

  it('a list the hire manages stays', () => {
    expect(classOf('You will build tools to manage API tokens, SSH keys, and privileged access for our staff.', 'ssh')).toBeNull();
  });
});

describe('perk: a setting the job gives', () => {
  it('"we give you a fast-paced environment"', () => {
    expect(classOf('We give you a genuinely fast-paced environment where features ship in days.', 'adaptability')).toBe('perk');
  });

  it('thriving in it is asked', () => {
    expect(classOf('You thrive in a fast-paced environment and like shipping in days.', 'adaptability')).toBeNull();
  });
});

describe('market: what the product does, told of the product', () => {
  it('"agents that review PRs, fix tests and …"', () => {
    expect(classOf('At Brindle we make coding agents that review PRs, fix flaky tests and write release notes.', 'code-review')).toBe('market');
  });

  it('the hire reviewing PRs stays', () => {
    expect(classOf('You will review PRs and mentor two junior engineers.', 'code-review')).toBeNull();
    expect(classOf('- Build agents that review PRs for our own monorepo', 'code-review')).toBeNull();
  });
});

describe('background: who the team are, listed after a colon', () => {
  it('"the team is unusually strong: MD/data scientist hybrids, NLP researchers, former Stripe engineers"', () => {
    expect(classOf('We have kept the team unusually strong: MD/data scientist hybrids, NLP researchers, former Stripe engineers.', 'nlp')).toBe('background');
  });

  it('a list of roles on offer, or of what the team asks, stays', () => {
    expect(classOf('We\'re hiring for the team: data scientists, NLP researchers and platform engineers.', 'nlp')).toBeNull();
    expect(classOf('What our team looks for: NLP depth, Python fluency and care.', 'nlp')).toBeNull();
    expect(classOf('At Quernwell, we\'re leaning into this: design lives in the codebase, with engineers and designers pairing daily in Figma.', 'figma')).toBeNull();
  });
});

describe('pitch: a trait said of the company, not of its people', () => {
  it('"join an extremely ambitious and fast-growing startup"', () => {
    expect(classOf('If you like hard problems, come join a very ambitious and fast-growing startup in Lisbon.', 'initiative')).toBe('pitch');
  });

  it('a trait asked of the hire, with a company named after it, stays', () => {
    expect(classOf('- Strong communication skills, ideally from an early-stage startup', 'communication')).toBeNull();
    expect(classOf('- A track record of leadership in a fast-growing startup', 'leadership')).toBeNull();
  });
});
