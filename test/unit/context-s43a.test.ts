import { describe, expect, it } from 'vitest';
import { careerPage, skills } from './context-readers';

// Classes of the wrong hits in session 43's career-site postings written fresh (test/fixtures/labels/fresh-skills-s43a*.jsonl,
// issue #13). Every sentence and posting here is written for this test, with invented companies: none comes from a real posting.

/** A career page for an infrastructure role: title, meta line, the parts given, then asks under headings of their own. */
const page = (...parts: string[]) => careerPage(['Senior Infrastructure Engineer', 'Quarrymint · Remote (EU) · Full-time'], ...parts);

describe("team: another team's stack, where the page says which team the hire joins", () => {
  it('a team named by its field, or a department, as the subject of its own work', () => {
    const s = skills(
      page(
        'The team',
        'Infrastructure is six engineers. Our design team prototypes every screen in Figma and Framer, and our iOS team ships the app in SwiftUI. Marketing runs its campaigns from HubSpot.',
      ),
    );
    expect(s).not.toContain('figma');
    expect(s).not.toContain('swiftui');
    expect(s).not.toContain('hubspot');
    expect(s).toContain('kubernetes');
  });

  it('people by their trade, or a team "next door", work in their own tools', () => {
    const s = skills(page('Your team', 'You will join the Infrastructure group. Our actuaries price policies in Stata; next door, the games team renders everything in Unreal Engine.'));
    expect(s).not.toContain('stata');
    expect(s).not.toContain('unreal-engine');
  });

  it('the passive "written in X by the Y team", and "the Y team\'s" things', () => {
    const s = skills(page('About the team', 'The Infrastructure team is five engineers. The pricing engine is written in OCaml by the quant team, and you will keep the quant team\u2019s dashboards green.'));
    expect(s).not.toContain('ocaml');
  });

  it('the text disowning the stack is enough, whatever team the hire joins', () => {
    const s = skills(page('About us', 'Our data science colleagues build churn models in SAS and Stata; you will not need either.'));
    expect(s).not.toContain('sas');
    expect(s).not.toContain('stata');
  });

  it("stays: the hire's own team (the title's field or the team joined), the company's engineers, and asks", () => {
    // The title's field: an infrastructure team's stack is the hire's.
    expect(skills(page('The team', 'The Growth team is four engineers. Our infrastructure team runs everything on Nomad and Consul.'))).toContain('nomad');
    // The team the text says the hire joins.
    expect(skills(page('The team', "You'll join the Storage squad. The Storage squad builds its metadata service in Rust."))).toContain('rust');
    // The company's engineers share its stack.
    expect(skills(page('The team', 'The Edge team is six engineers. Our product engineers write mostly Elixir and TypeScript.'))).toContain('elixir');
    // No team said to be the hire's: a team's field tells nothing apart.
    expect(skills(page('How we work', 'Our payments team builds its ledger in Haskell, and every change gets two reviews.'))).toContain('haskell');
    // The clause speaks to the hire.
    expect(skills(page('The team', 'The Edge team is six engineers. Our mobile team works with you to move the app to Kotlin Multiplatform.'))).toContain('kotlin-multiplatform');
  });
});

describe('apply: the part that tells how the company hires', () => {
  const hiring = (line: string) =>
    ['Platform Engineer', 'Tallowby · Remote', '', 'What you will do', '\u2022 Run our Kubernetes clusters', '', 'What we are looking for', '\u2022 Go or Python in production', '', 'How we hire', line].join('\n');

  it('the call, the coding site and the whiteboard are the process, and so is a field named as a step', () => {
    const s = skills(hiring('A chat on Zoom, a live exercise on CoderPad, a debugging exercise on a broken service and a whiteboard session in Miro.'));
    expect(s).not.toContain('zoom');
    expect(s).not.toContain('miro');
    expect(s).not.toContain('debugging');
    expect(s).toContain('kubernetes');
  });

  it('the heading is read from the text even when the parts run together', () => {
    const text = ['Data Engineer', 'Fernhollow · Lisbon', '', 'What we offer', '25 days of holiday and a pension plan.', 'Our interview process', 'A short call over Google Meet, then a pairing session with two engineers.'].join('\n');
    expect(skills(text)).not.toContain('google-workspace');
  });

  it('stays: a sentence of the part that asks, and tools outside it', () => {
    expect(skills(hiring('For the second interview you will need experience with Terraform, as we build a module together.'))).toContain('terraform');
    expect(skills(page('What you will do', '\u2022 Schedule on-call handovers in Zoom and Slack for the SRE rota'))).toContain('slack');
  });
});

describe('negated: what the company left, and what the hire will not do', () => {
  it('"moved off our last data centre", "retired our old Jenkins"', () => {
    expect(skills('In 2024 we moved off our last data centre and now run on Google Cloud.')).not.toContain('on-premises');
    expect(skills('Last spring we retired our old Jenkins and moved every pipeline to Buildkite.')).not.toContain('jenkins');
  });

  it('"you won\'t be training models", "you don\'t need to know Rust"', () => {
    expect(skills("The ML group owns the recommender; you won't be training models, but you'll run the GPUs they use.")).not.toContain('model-training');
  });

  it('stays: the move the hire makes, and what the hire will be doing', () => {
    expect(skills('You will help us move off our data centre onto AWS.')).toContain('aws');
    expect(skills("You won't be alone: you'll be on call with two others.")).toContain('on-call');
  });
});

describe('taxonomy: "Make" as a verb', () => {
  it('"Make it …" opens an instruction, no build tool', () => {
    expect(skills('Make it easy for the Go services to emit traces.')).not.toContain('makefile');
    expect(skills('Build the Go tools with Make and Bazel.')).toContain('makefile');
  });
});

// Second batch (fresh-skills-s43a2): the same classes in more shapes.
describe("team: another team's stack, more shapes", () => {
  const team = (...lines: string[]) => page('The team', 'We are the Storage team: five engineers who own the blob store.', ...lines);

  it('a subject with a relative clause or an aside, a plural team named without an article, a department by its letters', () => {
    const s = skills(
      team(
        'The hardware crew who design our sensor boards live in KiCad, and Sales analysts keep their pipeline in Pipedrive.',
        'IT runs our Jamf and Okta estate. Mobile teams build the apps in SwiftUI.',
      ),
    );
    expect(s).not.toContain('pcb-design');
    expect(s).not.toContain('pipedrive');
    expect(s).not.toContain('endpoint-management');
    expect(s).not.toContain('swiftui');
  });

  it('a team that "has its own" tools, and a soft skill naming another team', () => {
    const s = skills(team('The pricing team has its own models in MATLAB. The autonomy team flies the prototypes every Friday.'));
    expect(s).not.toContain('matlab');
    expect(s).not.toContain('autonomy');
  });

  it('the text disowning it: "that\'s not this role", "their tools are not ours", "you won\'t administer them"', () => {
    expect(skills(page('About us', 'Our support engineers also field questions about Shopify themes; that is not this role.'))).not.toContain('ecommerce');
    expect(skills(page('About us', 'The lab team analyses samples in LabVIEW; their tools are not ours.'))).not.toContain('labview');
  });

  it('stays: a soft skill asked, and a team named without a team of the hire\'s to tell it apart', () => {
    expect(skills(team('\u2022 Autonomy to choose your own tools'))).toContain('autonomy');
    expect(skills(page('How we work', 'Mobile teams build the apps in SwiftUI, and every team reviews its own changes.'))).toContain('swiftui');
  });
});

describe("own: a name the company gives its product", () => {
  it('"a planner we call Vault", "our planning engine, Vault, …": in the naming sentence, or in the part about the company', () => {
    expect(skills('A planner we call Vault packs 9,000 deliveries into vans every night.')).not.toContain('hashicorp-vault');
    expect(skills('Every night our planning engine, Vault, packs deliveries into vans.')).not.toContain('hashicorp-vault');
    expect(skills(page('About us', 'Our planner is called Vault. Each night Vault packs 9,000 deliveries into vans.'))).not.toContain('hashicorp-vault');
  });

  it('stays: the tool of that name in another sentence of plain text', () => {
    expect(skills('A planner we call Atlas packs deliveries into vans. We keep every secret in Vault.')).toContain('hashicorp-vault');
  });

  it('stays: the same name asked in the requirements', () => {
    const text = [
      'Platform Engineer',
      'Ostrava Freight · Remote',
      '',
      'About us',
      'Our planner, Harbor, packs vans every night.',
      '',
      'What we are looking for',
      '\u2022 Experience running Harbor as a container registry',
    ].join('\n');
    expect(skills(text)).toContain('harbor');
  });
});

describe('apply: a part headed "Interviews" or "Apply"', () => {
  it('the tools of the interview are the process', () => {
    const text = ['Cloud Engineer', 'Nordvik · Oslo', '', 'What we are looking for', '\u2022 Terraform and AWS', '', 'Interviews', 'A call over Webex, then a session where we draw an architecture together in Lucidchart.'].join('\n');
    expect(skills(text)).not.toContain('lucidchart');
    expect(skills(text)).toContain('terraform');
  });
});

// Third batch (fresh-skills-s43a3).
describe('third batch: the team named before "the team you would join", counted on a line, a "which" clause, disowned code', () => {
  it('"X, the team you would join, is four people" and "Four data engineers and two analysts." say which team is the hire\'s', () => {
    expect(skills(page('How we are set up', "Storage Engineering, the team you would join, is four people. The billing group keeps its invoices in Zuora."))).not.toContain('zuora');
    expect(skills(page('The data team', 'Five data engineers and two analysts. The analysts publish their reports in Tableau.'))).not.toContain('tableau');
  });

  it('a department, then the clause of its tools; "not their code"', () => {
    expect(skills(page('The team', 'We are the Edge team: six engineers. Billing runs on software from the Finance Systems department, which works in Oracle EBS and COBOL.'))).not.toContain('cobol');
    expect(skills(page('About us', 'The robotics quants tune their controllers in MATLAB; you will run the cloud under them, not their code.'))).not.toContain('matlab');
  });

  it('stays: a clause of the hire\'s own team', () => {
    expect(skills(page('The team', 'We are the Edge team: six engineers. You join the Edge team, which works in Rust and Go.'))).toContain('rust');
  });
});

describe("market: what the product's users do, in the part about the company", () => {
  it('"Dealers update firmware with our tool on Windows laptops", "Riders pay with Apple Pay"', () => {
    const s = skills(page('About us', 'Bike shops sell our motors across Europe. Dealers update firmware with our service tool on Windows laptops, and riders pay for upgrades with Apple Pay.'));
    expect(s).not.toContain('embedded-systems');
    expect(s).not.toContain('windows');
  });

  it('stays: what clients need from the hire, and AI agents as the work', () => {
    expect(skills(page('About us', 'Most clients move from Oracle to Snowflake with your help, and you will lead those moves.'))).toContain('snowflake');
    expect(skills(page('About us', 'AI agents and copilots for our own operations teams are the next project.'))).toContain('ai-agents');
  });
});

describe('apply: the topics and people of the interview steps', () => {
  const hiring = (line: string) => ['Platform Engineer', 'Tallowby · Remote', '', 'What you will do', '\u2022 Run our Kubernetes clusters', '', 'What we are looking for', '\u2022 Go or Python in production', '', 'Hiring process', line].join('\n');
  it('a topic in a step, and whom the candidate meets', () => {
    const s = skills(hiring('A technical interview (Kubernetes networking on a shared terminal), then a final interview with the Head of Engineering.'));
    expect(s).not.toContain('networking');
    expect(s).not.toContain('people-management');
    expect(s).toContain('kubernetes');
  });
});
