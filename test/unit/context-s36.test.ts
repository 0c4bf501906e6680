import { describe, expect, it } from 'vitest';
import type { PostingNames } from '@/lib/skills/context';
import { classOf } from './context-readers';

// A class of the tuned part's dropped labels (#13, session 36). Every sentence here is written for this test, with
// invented companies: none comes from a real posting.

describe('team: a role that spans two practices is not sitting among teams', () => {
  it('a practice named as the work itself ("… development", "… programming") stays', () => {
    expect(classOf('This job sits between machine learning and backend development.', 'backend-development')).toBeNull();
    expect(classOf('The position bridges product analytics and game development.', 'game-development')).toBeNull();
  });

  it('teams and departments between which the hire sits are still teams', () => {
    expect(classOf('You will sit between Product, Design and Data Science.', 'data-science')).toBe('team');
    expect(classOf('You will sit between the backend development team and Support.', 'backend-development')).toBe('team');
  });
});

describe('analogy: "what <product> did for <field>", the product the company means to repeat', () => {
  it('a named product in "what X did to/for …" is the comparison', () => {
    expect(classOf('Lumen wants to do for freight invoices what Stripe did for payments.', 'stripe')).toBe('analogy');
    expect(classOf('We aim to do to spreadsheets what Figma has done to design files.', 'figma')).toBe('analogy');
  });

  it('a tool the team uses, or one that did work for the hire, stays', () => {
    expect(classOf('Tell us what Terraform modules you wrote last year.', 'terraform')).toBeNull();
    expect(classOf('You know what Kubernetes does for scheduling and when to avoid it.', 'kubernetes')).toBeNull();
  });
});

describe('pitch: where the company ranked ("#2 trending on GitHub", "5k stars on GitHub")', () => {
  it('a platform the company ranked or was starred on is its news', () => {
    expect(classOf('Our parser reached #2 trending on GitHub last month.', 'github')).toBe('pitch');
    expect(classOf('We hit #1 trending on GitHub the week we launched.', 'github')).toBe('pitch');
    // A count of stars was the company's own already (its figures beside a store or platform).
    expect(classOf('We crossed 8k stars on GitHub in our first year.', 'github')).not.toBeNull();
  });

  it('the platform asked of the hire stays', () => {
    expect(classOf('You have shipped open source work on GitHub.', 'github')).toBeNull();
    expect(classOf('Keep our CI green on GitHub Actions.', 'github-actions')).toBeNull();
  });
});

describe('market: "in your company", the reader as the product\'s customer', () => {
  it('what the product does across the customer\'s company', () => {
    expect(classOf('Tallow maps every Kubernetes cluster in your company onto one screen.', 'kubernetes')).toBe('market');
    expect(classOf('It indexes the Jira tickets across your organization overnight.', 'jira')).toBe('market');
  });

  it('a sentence that speaks to the hire stays', () => {
    expect(classOf("You'll run Kubernetes clusters for teams across your company's new region.", 'kubernetes')).toBeNull();
    expect(classOf('Experience rolling out Jira across your organization is a plus.', 'jira')).toBeNull();
  });
});

describe('perk: the items under "Why Acme?" or "Why join us?", the reasons to join', () => {
  const why = (head: string, item: string) => `Wren | Backend Engineer | Remote\n\n${head}\n\n- ${item}\n- Remote-first, with a yearly retreat.\n`;

  it('a soft skill or a named thing offered as a reason to join', () => {
    expect(classOf(why('Why Wren?', 'Collaborate with a team of tinkerers in six countries.'), 'collaboration')).toBe('perk');
    expect(classOf(why('Why join us?', 'Everyone gets a Figma seat and a new laptop.'), 'figma')).toBe('perk');
  });

  it('a list headed by the role or its work still asks', () => {
    expect(classOf(why('Why this role matters:', 'You will collaborate with support to fix billing bugs.'), 'collaboration')).toBeNull();
    expect(classOf(why('What you will do:', 'Collaborate with a team of tinkerers in six countries.'), 'collaboration')).toBeNull();
  });
});

describe('team: other openings listed by department, up to where they are open', () => {
  it('departments (an acronym among them) before "open in <places>"', () => {
    expect(classOf('We also have roles for sales, HR, accounting, and customer support open in Leeds and Austin.', 'accounting')).toBe('team');
    expect(classOf('There are openings in design, finance and customer support based in Porto.', 'customer-support')).toBe('team');
  });

  it('a list of fields on offer is still the work', () => {
    expect(classOf("We're hiring for roles in data engineering, machine learning and Kubernetes operations in Berlin.", 'machine-learning')).toBeNull();
  });
});

describe('apply: a mail service closing an address spelled out in words', () => {
  it('"email me at <name> gmail"', () => {
    expect(classOf('Questions? Email me at jo smith gmail and I will answer.', 'google-workspace')).toBe('apply');
  });

  it('the mail suite the team runs stays', () => {
    expect(classOf('You will administer Gmail and Google Drive for forty staff.', 'google-workspace')).toBeNull();
  });
});

describe('pitch: "By combining A, B and C, we help …", the means of what the company does for others', () => {
  it('the fields and tools named before the company\'s main clause', () => {
    expect(classOf('By combining machine learning, fast storage and developer tooling, we help banks spot fraud early.', 'machine-learning')).toBe('pitch');
    expect(classOf('By uniting Postgres and a rules engine, Ledgerly lets clinics see fewer no-shows.', 'postgresql')).toBe('pitch');
  });

  it('a sentence that speaks to the hire stays', () => {
    expect(classOf('By joining us you will own machine learning for fraud.', 'machine-learning')).toBeNull();
    expect(classOf("By combining machine learning and search, you'll help us rank listings.", 'machine-learning')).toBeNull();
  });
});

describe("person: the author's own function (\"I lead recruiting here at Acme\")", () => {
  it('a field the author says they lead or run, then where', () => {
    expect(classOf('I lead recruiting here at Fernway, so ask me anything.', 'hiring')).toBe('person');
    expect(classOf('I run product marketing at Fernway and answer emails too.', 'marketing')).toBe('person');
  });

  it('the same verbs said of the hire stay', () => {
    expect(classOf('You will lead recruiting for the new office.', 'hiring')).toBeNull();
    expect(classOf('I want someone who can run product marketing at scale.', 'marketing')).toBeNull();
  });
});

describe("pitch and perk: a trait said of the employer by its name; ownership given to teams", () => {
  const own: PostingNames = { own: ['fernway'] };

  it('"Fernway is more pragmatic", said of the company', () => {
    expect(classOf('Fernway is more pragmatic: we hire the person, then shape the role.', 'pragmatism', own)).toBe('pitch');
  });

  it('the same trait asked of the hire stays', () => {
    expect(classOf('At Fernway you are pragmatic about trade-offs.', 'pragmatism', own)).toBeNull();
  });

  it('a method that gives teams or engineers real ownership is a perk', () => {
    expect(classOf('Our planning cycle gives teams real ownership: they pick what to build.', 'ownership')).toBe('perk');
    expect(classOf('The role asks for ownership of the billing system.', 'ownership')).toBeNull();
  });
});
