import { describe, expect, it } from 'vitest';
import { contextClassOf, extractedIds } from './readers';

// Session 52 (#13, helper s52-skills): a title line "Employer - Role" read as the employer's field, a discipline's people
// ("our SREs") dropped as a team beside the hire when the title hires that very discipline, and the tools the employer's
// other departments work in. Sentences written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;
const classOf = contextClassOf;

describe('a title line: the employer, a dash or a dot, then the role', () => {
  it('reads the discipline of the title', () => {
    expect(skills('Quillmoor - Site Reliability Engineer\nRemote, EU\n\nWe run the payroll engine for 900 bakeries.')).toContain('site-reliability-engineering');
    expect(skills('Harbor Nine \u00b7 Platform Engineer (Payments)\nLisbon, hybrid\n\nWe are a team of twelve.')).toContain('platform-engineering');
    expect(skills('Tallowby \u2014 Senior Data Engineer, Freight\nBerlin\n\nWe are hiring our second data hire.')).toContain('data-engineering');
  });
});

describe("the hire's own discipline named as the people of the team", () => {
  it('keeps "our SREs" or "our platform engineers" under a title that hires the same discipline', () => {
    expect(skills('Site Reliability Engineer\nRemote (US)\n\nOur SREs spend spring rehearsing the autumn peak.')).toContain('site-reliability-engineering');
    expect(classOf('Site Reliability Engineer\nRemote (US)\n\nOur SREs spend spring rehearsing the autumn peak.', 'SREs')).toBeNull();
    expect(classOf('Quillmoor - Site Reliability Engineer\nRemote, EU\n\nWe run the payroll engine for 900 bakeries.', 'Site Reliability')).toBeNull();
    expect(skills('Ask HN: Who is hiring?\n\nMossfield | Data Engineer | Oslo\n\nOur data engineers own every pipeline from the ferries to the warehouse.')).toContain('data-engineering');
  });
  it('still drops people of another discipline named as the team beside the hire', () => {
    expect(skills('Backend Engineer\nRemote (EU)\n\nYou will work closely with our data scientists on ranking.')).not.toContain('data-science');
    expect(classOf('Backend Engineer\nRemote (EU)\n\nOur SREs keep the lights on at night.', 'SREs')).toBe('team');
  });
});

describe("the tools the employer's other departments work in", () => {
  it('drops a named tool the fundraising, finance or ticketing staff work in', () => {
    expect(skills('We are a charity of 40 people. The fundraising team sends its appeals out of Salesforce. Our engineers look after the donation site.')).not.toContain('salesforce');
    expect(skills('Our box office staff sell memberships in Dynamics 365 every weekend; you will build the API the app calls.')).not.toContain('microsoft-dynamics');
  });
  it('keeps the tool when it is asked of the hire', () => {
    expect(skills('Requirements:\n- Experience with Dynamics 365 and Power Automate.')).toContain('microsoft-dynamics');
    expect(skills('The fundraising team works in Salesforce, and you will own its integrations: strong Salesforce skills required.')).toContain('salesforce');
  });
});
