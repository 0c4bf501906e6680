import { describe, expect, it } from 'vitest';
import { skills } from './context-readers';

// Classes of the wrong hits and trap hits studied in session 46 (issue #13): the hn-skills tune part and the tune half of
// fresh-skills-s46a. Every sentence here is written for this test, with invented companies: none comes from a real posting
// or from a labelled batch.

describe('perk: the office kit a company uses for itself', () => {
  it('"We use Jira for planning", "our team chats in Slack": the company\u2019s own habits, no ask', () => {
    for (const [text, id] of [
      ['We use Notion for specs and Jira for the sprint board.', 'notion'],
      ['We use Notion for specs and Jira for the sprint board.', 'jira'],
      ['Our whole team lives in Slack and writes specs in Confluence.', 'slack'],
      ['Our whole team lives in Slack and writes specs in Confluence.', 'confluence'],
      ['Internally we mostly use Google Docs and Loom to keep things async.', 'google-workspace'],
      ['Internally we mostly use Google Docs and Loom to keep things async.', 'loom'],
      ['Everyone plans in Trello and keeps shared logins in Bitwarden.', 'bitwarden'],
    ] as const) {
      expect(skills(text), text).not.toContain(id);
    }
  });

  it('the kit asked of the hire, or made the work, stays', () => {
    expect(skills('You will administer Jira and Confluence for 400 engineers.')).toEqual(expect.arrayContaining(['jira', 'confluence']));
    expect(skills('We use Slack heavily, and you will build the bots that page our on-call engineers.')).toContain('slack');
    expect(skills('We use Jira; experience writing Jira automation rules is a plus.')).toContain('jira');
    expect(skills('We run our support desk on Zendesk and our sprints on Jira, and we need someone to migrate both.')).toContain('jira');
    // An engineering tool the team uses is its stack: the rule reads office kit alone.
    expect(skills('We use Terraform for every environment and Datadog for monitoring.')).toEqual(expect.arrayContaining(['terraform', 'datadog']));
  });
});

describe('negated: tools the company names, then waves away in the next clause', () => {
  it('"…; that\u2019s for our own security, not a requirement"', () => {
    const text = 'We roll out Kandji and CrowdStrike Falcon on every company laptop; that is for our own security, not a requirement for this role.';
    expect(skills(text)).not.toContain('crowdstrike');
    expect(skills('Our analysts keep their models in Stata and SPSS; none of this is required for the engineering role.')).not.toContain('spss');
  });

  it('a wish ("a plus, not a requirement"), or a sentence asking the hire, stays', () => {
    expect(skills('We deploy with Nomad across three regions; that is a plus, not a requirement, for applicants.')).toContain('nomad');
    expect(skills('You will deploy with Nomad across three regions; this is the core of the role, not a side task.')).toContain('nomad');
  });
});

describe('consumer: the platforms a game sells its copies on', () => {
  it('"sold 900k copies on Steam, Xbox and PlayStation 4"', () => {
    for (const text of [
      'Our debut title sold 900k copies on Steam, Xbox Series X and PlayStation 4 in its first year.',
      'Over two million units sold across Nintendo Switch and PlayStation 5 so far.',
    ]) {
      const s = skills(text);
      expect(s, text).not.toContain('console-development');
    }
  });

  it('a platform the hire ships to stays', () => {
    expect(skills('You will port our engine to PlayStation 5 and Nintendo Switch.')).toContain('console-development');
  });
});

describe('ambiguity: EQ beside audio processing is an equalizer', () => {
  it('"filters, EQ", "DSP: EQ" are audio', () => {
    expect(skills('Nice to have: audio plugin work (filters, EQ, compressors).')).not.toContain('emotional-intelligence');
    expect(skills('Write the DSP for our earbuds: beamforming, EQ and noise suppression.')).not.toContain('emotional-intelligence');
  });

  it('EQ asked of a person stays', () => {
    expect(skills('You have high EQ and stay calm with upset customers.')).toContain('emotional-intelligence');
  });
});

describe('perk: what the company pays for, whichever the hire likes', () => {
  it('"we will pay for whichever AI tools you like"', () => {
    expect(skills('We lean on Claude Code a lot, and we will gladly pay for any AI tools you prefer.')).not.toContain('ai-coding-tools');
    expect(skills('The company will cover any IDE subscriptions you want.')).not.toContain('ides');
  });

  it('a tool the team works with stays', () => {
    expect(skills('We pair daily with AI tools such as Cursor and review every suggestion by hand.')).toContain('cursor');
  });
});

describe('consumer: the phones a product\u2019s users hold', () => {
  it('"our riders use it on older Android phones"', () => {
    expect(skills('Most riders open the timetable on older Android phones over patchy 3G.')).not.toContain('android');
    expect(skills('Parents check grades on their own iOS devices at night.')).not.toContain('ios');
  });

  it('the platform asked of the hire stays', () => {
    expect(skills('You will profile the app on low-end Android phones and fix the slow screens.')).toContain('android');
    expect(skills('Experience developing for older iOS devices with little memory.')).toContain('ios');
  });
});

describe('apply: a profile site weighed beside the CV', () => {
  it('"your commits on GitHub count as much as your CV"', () => {
    expect(skills('Pull requests you sent to any project on GitHub count for more than your CV here.')).not.toContain('github');
    expect(skills('A GitLab history weighs as much as a cover letter for us.')).not.toContain('gitlab');
  });

  it('a profile site named as work stays', () => {
    expect(skills('You will run our GitHub organisation: permissions, rulesets and CODEOWNERS.')).toContain('github');
  });
});

describe('ambiguity: shipping containers moved by barge or truck', () => {
  it('"moves containers by barge", "containers between the terminals"', () => {
    expect(skills('Our tugs move containers by barge from the sea port to inland hubs.')).not.toContain('containers');
    expect(skills('We shuttle containers between terminals around the clock.')).not.toContain('containers');
  });

  it('software containers stay', () => {
    expect(skills('Package the services in containers and run them on Kubernetes.')).toContain('containers');
  });
});

describe('background: "previously an engineer on <company>\u2019s team"', () => {
  it('where the founders worked before, by the team they were on', () => {
    expect(skills('I was previously an engineer on Stripe\u2019s billing team; my co-founder ran a dental practice.')).not.toContain('stripe');
    expect(skills('Our CTO was previously a researcher on the Databricks ML team.')).not.toContain('databricks');
  });

  it('the stack of the team on offer stays', () => {
    expect(skills('You will be an engineer on our Stripe integration team.')).toContain('stripe');
    expect(skills('Previously we ran everything on Heroku; now you will move it to AWS.')).toContain('aws');
  });
});

describe('background: "a team out of <companies>"', () => {
  it('where the staff come from', () => {
    expect(skills('We are a small team out of Databricks, Snowflake and Google.')).not.toContain('databricks');
  });

  it('"out of" that is no origin stays', () => {
    expect(skills('You will get the most out of Snowflake by tuning our warehouses.')).toContain('snowflake');
  });
});

describe('negated: what the team prefers something over', () => {
  it('"we prefer plain HTML over heavy JS frameworks"', () => {
    expect(skills('We prefer server-rendered pages over heavy React single-page apps.')).not.toContain('react');
    expect(skills('We pick boring Postgres over the latest MongoDB cluster every time.')).not.toContain('mongodb');
  });

  it('what is preferred, and "over" of amounts, stay', () => {
    expect(skills('We pick boring Postgres over the latest MongoDB cluster every time.')).toContain('postgresql');
    expect(skills('You have run Kafka clusters with over 200 brokers.')).toContain('kafka');
  });
});

describe('negated: another team\u2019s tools, then "you won\u2019t be asked to touch either"', () => {
  it('the tools named before the waiver', () => {
    expect(skills('The analysts live in Tableau and Alteryx; you won\u2019t be asked to touch either.')).not.toContain('alteryx');
    expect(skills('Finance closes the books in NetSuite; that isn\u2019t part of this role.')).not.toContain('netsuite');
  });

  it('a tool the hire will need stays', () => {
    expect(skills('We use Tableau for dashboards; you will need to learn it.')).toContain('tableau');
  });
});

describe('own: the platforms the product is on, by its installs or in brackets after it', () => {
  it('"3 million installs on iOS and Android", "our courier app (iOS and Android) uploads it"', () => {
    for (const text of ['The game passed 3 million installs on iOS and Android last year.', 'Drivers scan the parcel, our courier app (iOS and Android) uploads it, and the depot sees it.']) {
      const s = skills(text);
      expect(s, text).not.toContain('ios');
      expect(s, text).not.toContain('android');
    }
  });

  it('the app the hire builds keeps its platforms', () => {
    expect(skills('You will build our courier app (iOS and Android) from scratch.')).toEqual(expect.arrayContaining(['ios', 'android']));
  });
});
