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

describe('perk: autonomy or ownership the team has, in a list of what the job offers', () => {
  it('"a small, high-ownership team", "Small team, high ownership, real impact", "engineers who want real ownership"', () => {
    expect(classOf('We\'re a tiny, high-ownership team based in Leeds.', 'ownership')).toBe('perk');
    expect(classOf('- Fully remote, high-autonomy team', 'autonomy')).toBe('perk');
    expect(classOf('Lean team, high ownership, big impact. Apply below.', 'ownership')).toBe('perk');
    expect(classOf('This is a role for builders who want real ownership, fast feedback and hard problems.', 'ownership')).toBe('perk');
  });

  it('ownership asked of the hire stays', () => {
    expect(classOf('You take ownership of the billing service end to end.', 'ownership')).toBeNull();
    expect(classOf('We want engineers with a strong sense of ownership.', 'ownership')).toBeNull();
    expect(classOf('- A track record of high ownership in a small team', 'ownership')).toBeNull();
  });
});
