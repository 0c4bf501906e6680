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
