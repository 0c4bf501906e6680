import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/matcher';
import { classOf, matcher } from './context-readers';

// Classes of the misses and wrong hits on HN-style postings written fresh for the project (test/fixtures/labels/
// fresh-skills-s41a.jsonl, issue #13, session 41). Every sentence here is written for this test, with invented companies.
const ids = (text: string) => findSkills(matcher, text).map((h) => h.skillId);

describe('a currency code with no amount right beside it', () => {
  it.each(['Pay: USD 160-185k, or CAD equivalent for Canadians', 'Offer: CAD 118-136k plus RRSP match', 'We pay in USD or CAD, your pick', 'Contractors are paid in EUR/CAD monthly'])(
    'is no skill: %j',
    (text) => expect(ids(text)).not.toContain('cad'),
  );

  it('CAD the tool stays, beside another tool or a word of the field', () => {
    expect(ids('You have modelled brackets in CAD and CAM for a machine shop')).toContain('cad');
    expect(ids('CAD or BIM tooling experience helps')).toContain('cad');
    expect(ids('Three years of CAD drafting, any package')).toContain('cad');
  });
});

describe('negated: a list headed "Not needed:" or "You don\'t need:"', () => {
  it('every item up to the mention is set aside', () => {
    expect(classOf('Not needed: Haskell, Kafka or a physics PhD. We teach what we use.', 'kafka')).toBe('negated');
    expect(classOf('You don\'t need: Elixir, Phoenix, any prior fintech. Curiosity helps.', 'elixir')).toBe('negated');
    expect(classOf('Not required: Terraform; we will pair with you on it.', 'terraform')).toBe('negated');
  });

  it('a list that asks stays, as does "not required but a plus"', () => {
    expect(classOf('Needed: Haskell, Kafka and calm debugging under load.', 'kafka')).toBeNull();
    expect(classOf('Not required, but a plus: Terraform and Nomad.', 'terraform')).toBeNull();
    expect(classOf('You will need: Elixir and Postgres, daily.', 'elixir')).toBeNull();
  });
});

describe('negated: what the role is not a fit for', () => {
  it('"not a fit if you want X": X is what the job does not offer', () => {
    expect(classOf('Honestly, this role is not a fit if you want to do computer vision research.', 'computer-vision')).toBe('negated');
    expect(classOf('It isn\'t the right job for you if you would rather write Haskell all day.', 'haskell')).toBe('negated');
  });

  it('a fit told by what the candidate lacks asks it', () => {
    expect(classOf('This is not a fit if you have never run Kubernetes in production.', 'kubernetes')).toBeNull();
    expect(classOf('A great fit if you want to go deep on Kubernetes internals.', 'kubernetes')).toBeNull();
  });
});

describe('background: a company named by a post someone held there', () => {
  it('"<Company>\'s ex-CFO", a funding round "led by"', () => {
    expect(classOf('Angels include Shopify\'s former CTO and two early engineers.', 'ecommerce')).toBe('background');
    expect(classOf('Our seed round was led by Gradient, with Datadog\'s first VP of Sales joining as an angel.', 'datadog')).toBe('background');
    expect(classOf('Pre-seed led by Hightide Ventures and a Kafka committer.', 'kafka')).toBe('background');
  });

  it('the same company as a tool stays', () => {
    expect(classOf('Datadog\'s APM is where you will live during incidents.', 'datadog')).toBeNull();
    expect(classOf('Our team is led by a staff engineer who wrote the Kafka connectors you will maintain.', 'kafka-connect')).toBeNull();
  });
});

describe('words of ordinary English that name tools', () => {
  it('"rush" and "node" in their plain sense', () => {
    expect(ids('Traffic peaks in the Friday-evening rush, and you keep the checkout up.')).not.toContain('rush');
    expect(ids('Ship collectors to every node, Loki for logs, Tempo for traces')).not.toContain('nodejs');
    expect(ids('Agents run on any node, Redis on a single node, Postgres on three')).not.toContain('nodejs');
  });

  it('the tools stay', () => {
    expect(ids('Our JS monorepo is managed with Rush and pnpm.')).toContain('rush');
    expect(ids('Services in Go, Node, Python')).toContain('nodejs');
  });
});

describe('GitHub as where the employer\'s own code lives', () => {
  it('"our <project> on GitHub" is where it lives; GitHub the tool stays', () => {
    expect(ids('Contributors to our CLI on GitHub skip the take-home.')).not.toContain('github');
    expect(ids('Our parsers are hosted on GitHub under MIT.')).not.toContain('github');
    expect(ids('You review pull requests on GitHub and deploy with Actions.')).toContain('github');
  });
});

describe('market: what the company sells, named by its kind', () => {
  it('"we sell a(n) X to/for …" is the product', () => {
    expect(classOf('We sell an SIEM to regional credit unions.', 'siem')).toBe('market');
    expect(classOf('Corvane licenses CAD plugins for timber framers.', 'cad')).toBe('market');
  });

  it('what the hire does with it stays', () => {
    expect(classOf('You will tune the SIEM we sell to credit unions.', 'siem')).toBeNull();
    expect(classOf('We sell insurance, and you will write the SIEM rules that guard it.', 'siem')).toBeNull();
  });
});

describe('negated: "no X experience needed", "X knowledge not needed"', () => {
  it('the thing named between the negation and "needed" is set aside', () => {
    expect(classOf('We teach the domain; no Haskell experience needed.', 'haskell')).toBe('negated');
    expect(classOf('Zero prior Kafka knowledge required, honestly.', 'kafka')).toBe('negated');
    expect(classOf('Terraform or Pulumi knowledge is not needed at all.', 'pulumi')).toBe('negated');
    expect(classOf('Swift/Kotlin experience not required either.', 'kotlin')).toBe('negated');
  });

  it('an ask around a "no" stays', () => {
    expect(classOf('Strong Haskell experience needed, no exceptions.', 'haskell')).toBeNull();
    expect(classOf('You have run Kafka with no data loss; Kafka experience required.', 'kafka')).toBeNull();
    expect(classOf('Terraform knowledge is needed from day one.', 'terraform')).toBeNull();
  });
});

describe('apply: "our Slack community", "our Discord server"', () => {
  it('the channel to reach the company is no tool asked', () => {
    expect(classOf('Questions? Drop by our Slack workspace any time.', 'slack')).toBe('apply');
    expect(classOf('Come say hello in our Slack community.', 'slack')).toBe('apply');
  });

  it('the tool the team works in stays', () => {
    expect(classOf('You will run incident channels in Slack with the on-call crew.', 'slack')).toBeNull();
  });
});

describe('taxonomy: forms of the same classes', () => {
  it('GPU models, canaries, MSK, Ninja beside a C++ build; build agents are no AI agents', () => {
    expect(ids('Batch jobs run on L40S and A10G nodes, older ones on a V100 we rent.').filter((id) => id === 'gpu-infrastructure')).toHaveLength(3);
    expect(ids('Ship behind canaries and feature flags.')).toContain('deployment-strategies');
    expect(ids('Telemetry lands in MSK, then S3.')).toContain('msk');
    expect(ids('The engine builds with Meson and Ninja.')).toContain('ninja-build');
    expect(ids('No ninja required, just steady people.')).not.toContain('ninja-build');
    expect(ids('Patch the Windows build agents and the Linux agents monthly.')).not.toContain('ai-agents');
    expect(ids('Deploy LLM agents that call internal tools.')).toContain('ai-agents');
  });
});

describe('market: "<Acme> makes a(n) X used by/for …"', () => {
  it('the kind of thing the company makes', () => {
    expect(classOf('Tallow makes a Kubernetes cost dashboard used by platform teams.', 'kubernetes')).toBe('market');
  });

  it('what the hire makes stays', () => {
    expect(classOf('You make our Kubernetes rollouts boring for the whole team.', 'kubernetes')).toBeNull();
  });
});

describe('own: the apps a product reaches users through, or that the hire\'s API serves', () => {
  it('platforms named as the apps or clients served are no platform the hire builds on', () => {
    expect(classOf('Riders book through our Android and iOS apps, 90k a week.', 'android')).toBe('own');
    expect(classOf('You will own the REST APIs the web and iOS clients call.', 'ios')).toBe('own');
    expect(classOf('Design the gRPC API for the mobile apps and the kiosk.', 'mobile-development')).toBe('own');
  });

  it('apps the hire builds stay', () => {
    expect(classOf('You will build features for our iOS and Android apps in Swift.', 'ios')).toBeNull();
    expect(classOf('Three years of shipping Android apps through the Play Store.', 'android')).toBeNull();
  });
});
