import { describe, expect, it } from 'vitest';
import { classOf, skills } from './context-readers';

// Classes of the false positives in the fresh precision probe of session 39 (test/tools/fp-judged-s39.jsonl, issue #13). Every
// sentence here is written for this test, with invented companies: none comes from a real posting.

describe('market: the abbreviation of the kind the employer says it is', () => {
  it('"Acme is a <kind> (<ABBR>)" names the employer\'s market', () => {
    expect(classOf('Tidewell is a content management system (CMS) for small newsrooms.', 'cms', { own: ['tidewell'] })).toBe('market');
    expect(classOf('Brightmoor is a learning management system (LMS) for nursing schools.', 'edtech')).toBe('market');
  });
  it('the same abbreviation asked of the hire, or standing for another thing, stays', () => {
    expect(skills('You have built a content management system (CMS) before.')).toContain('cms');
    expect(classOf('Tidewell is hiring engineers for its content management system (CMS).', 'cms', { own: ['tidewell'] })).toBeNull();
    expect(classOf('Tidewell is a grocery marketplace (we run on AWS) with a small team.', 'aws', { own: ['tidewell'] })).toBeNull();
  });
});

describe('apply: work to send with an application', () => {
  it('a profile site beside the portfolio to send', () => {
    expect(classOf('Please email the following to jobs@tidewell.example: your CV, plus GitHub and/or design portfolio.', 'github')).toBe('apply');
    expect(classOf('Send us a note with your GitLab or personal website.', 'gitlab')).toBe('apply');
  });
  it('an example of a project to share', () => {
    expect(skills('When you apply, share anything that shows your taste, e.g. a compiler project, a write-up or a demo.')).not.toContain('compilers');
  });
  it('the tool used at work, or a project asked without examples, stays', () => {
    expect(skills('You will review pull requests on GitHub and keep the portfolio site up.')).toContain('github');
    expect(skills('You have shipped a compiler project in production.')).toContain('compilers');
  });
});

describe('market: software is the subject, the skill its verb', () => {
  it('"workflows that can debug …" tells what the product does', () => {
    expect(classOf('- Agent loop: planners, checkers and workflows that can debug failing queries and retry them.', 'debugging')).toBe('market');
  });
  it('the people who debug, or the hire, stay', () => {
    expect(skills('We want engineers who can debug flaky builds.')).toContain('debugging');
    expect(skills('You will build tools that debug flaky builds.')).toContain('debugging');
  });
});

describe('perk: ownership offered', () => {
  it('a share in the company\'s ownership is equity', () => {
    expect(classOf('Equity: a chance to participate in the ownership of a growing logistics company.', 'ownership')).toBe('perk');
  });
  it('ownership asked of the hire, or said of the team (the project\'s convention), stays', () => {
    expect(classOf('Tiny team, high ownership, weekly releases.', 'ownership')).toBeNull();
    expect(classOf('Small team, so you need high ownership of every release.', 'ownership')).toBeNull();
    expect(classOf('You will take ownership of the billing service.', 'ownership')).toBeNull();
    expect(classOf('You thrive on a high-ownership team.', 'ownership')).toBeNull();
  });
});

describe('pitch: how the company works, told by it', () => {
  it('"we …" with no ask', () => {
    expect(classOf('We run on autonomy and written decisions rather than meetings.', 'autonomy')).toBe('pitch');
  });
  it('a trait the company seeks stays', () => {
    expect(classOf('We look for autonomy and clear writing in every hire.', 'autonomy')).toBeNull();
    expect(classOf('We value autonomy and keep meetings short.', 'autonomy')).toBeNull();
  });
});

describe('market: what the employer means to become, or the field it means to change', () => {
  it('"<Name> will become the <field> layer"', () => {
    expect(classOf('In a year, Tidewell will become the data integration layer for regional grocers.', 'data-pipelines', { own: ['tidewell'] })).toBe('market');
    expect(classOf('Eventually Tidewell will be the data integration hub that grocers share.', 'data-pipelines', { own: ['tidewell'] })).toBe('market');
    expect(skills('It will become the human+AI orchestration layer of every clinic.')).not.toContain('ai-agents');
  });
  it('"excited about … reshaping <field>"', () => {
    expect(classOf("If you're excited about reshaping digital advertising, write to us.", 'adtech')).toBe('market');
  });
  it('the hire\'s work in the same field stays', () => {
    expect(classOf('You will build the data integration layer for regional grocers.', 'data-pipelines')).toBeNull();
    expect(skills("If you're excited about Rust and reshaping how we test, write to us.")).toContain('rust');
  });
});

// Classes of the second probe's false positives (test/tools/fp-judged-s39b.jsonl), and of the first's it left.

describe('perk: a say in the architecture offered', () => {
  it('"get the chance to shape …", "early enough to shape …"', () => {
    expect(classOf('Joining now means you get the chance to shape our data architecture, hiring and roadmap.', 'system-design')).toBe('perk');
    expect(classOf('The timing: early enough to shape core architecture, late enough to have users.', 'system-design')).toBe('perk');
  });
  it('the architecture asked or owned stays', () => {
    expect(classOf('- Ability to shape the architecture across teams', 'system-design')).toBeNull();
    expect(classOf('You will shape the service architecture with the staff engineers.', 'system-design')).toBeNull();
    expect(classOf('You own the architecture of the billing system.', 'system-design')).toBeNull();
  });
});

describe('english: a model\'s architecture is no system design', () => {
  it('"pick the right architecture and train it"', () => {
    expect(classOf('Read the papers, pick the right architecture and train it on our images.', 'system-design')).toBe('english');
  });
});

describe('negated: the second thing of an either-or the posting says it is not', () => {
  it('"not a X or a plain web GUI"', () => {
    expect(classOf('This is not a chatbot or a plain web GUI.', 'user-interfaces')).toBe('negated');
  });
  it('"not just X or Y" includes them; a plain either-or is asked', () => {
    expect(classOf('This is not just a chatbot or a web GUI.', 'user-interfaces')).toBeNull();
    expect(classOf('You will build a web GUI or a desktop client.', 'user-interfaces')).toBeNull();
  });
});

describe('fact: when the team meets', () => {
  it('"collaboration … happen(s) during <hours>"', () => {
    expect(classOf('Most collaboration, planning and design reviews happen during Berlin hours.', 'collaboration')).toBe('fact');
  });
  it('collaboration asked stays', () => {
    expect(classOf('Collaboration matters: you will pair daily.', 'collaboration')).toBeNull();
    expect(classOf('You collaborate with design during the week.', 'collaboration')).toBeNull();
  });
});

describe('apply: what the application may show', () => {
  it('"share anything that shows how you think about …"', () => {
    expect(classOf('Please share anything that shows how you think about distributed systems, e.g. a design doc.', 'distributed-systems')).toBe('apply');
  });
  it('the field asked elsewhere stays', () => {
    expect(classOf('You will think about distributed systems all day.', 'distributed-systems')).toBeNull();
  });
});

describe('market: communications as the data a product reads', () => {
  it('"messages from communications and systems"', () => {
    expect(classOf('Our index pulls in messages from communications and systems like email and chat.', 'communication')).toBe('market');
  });
  it('communications skills stay', () => {
    expect(classOf('Strong communications skills are a must.', 'communication')).toBeNull();
  });
});
