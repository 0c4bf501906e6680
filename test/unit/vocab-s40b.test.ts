import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Context rules of session 40 (#13, helper s40-skills-b): classes of words a posting names that it does not ask,
// found on fresh blind tune rows (test/bench/rows-s40e-skills.txt, rows-s40f-skills.txt). Each class has an example
// and a counter-example where the same word is asked. Every sentence here is written for this test, none taken from
// a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();

describe('a field set against the wanted work ("not just …")', () => {
  it('drops a concept after ", not just" or "(not only"', () => {
    expect(skills('Halyard Freight | Senior Engineer | Remote\n\nYou will ship services that carry real traffic, not just prototypes.')).not.toContain('prototyping');
    expect(skills('Halyard Freight | Senior Engineer | Remote\n\nWe want people who design new systems (not only refactoring legacy code).')).not.toContain('refactoring');
  });

  it('keeps a named tool, a "but also" pair, and a plain ask', () => {
    expect(skills('Halyard Freight | Senior Engineer | Remote\n\nYou know the JVM well, not just Java.')).toContain('java');
    expect(skills('Halyard Freight | Senior Engineer | Remote\n\nYou enjoy not just prototyping but also hardening what ships.')).toContain('prototyping');
    expect(skills('Halyard Freight | Senior Engineer | Remote\n\nRequirements:\n- Rapid prototyping of new product ideas.')).toContain('prototyping');
  });
});

describe('the market a company sells into', () => {
  it('drops the field after "deals in" or "customers across"', () => {
    const text = 'Pinewood Labs | Account Executive | Remote (US)\n\nYou will close large deals in observability and data infrastructure with a small team.';
    expect(skills(text)).not.toContain('observability');
    expect(skills('Pinewood Labs | Engineer | Remote\n\nWe count customers across cybersecurity and retail.')).not.toContain('security');
  });

  it('keeps the field when the posting asks experience in it', () => {
    expect(skills('Pinewood Labs | Account Executive | Remote (US)\n\nFive years of experience selling to customers in observability.')).toContain('observability');
    expect(skills('Pinewood Labs | SRE | Remote (US)\n\nRequirements:\n- Deep observability skills: tracing, metrics and logs.')).toContain('observability');
  });
});

describe("the poster's or a tool's act, not a trait asked", () => {
  it('drops a soft skill in "so I can …" and in what a tool is for', () => {
    expect(skills('Quillmark | Backend Engineer | Berlin\n\nEmail me and put "Backend" in the subject line so I can prioritize your note.')).not.toContain('prioritization');
    expect(skills('Quillmark | Backend Engineer | Berlin\n\nWe meet twice a year and use a sketching tool we built to collaborate between trips. We write Go.')).not.toContain('collaboration');
  });

  it('keeps the same words asked of the hire', () => {
    expect(skills('Quillmark | Backend Engineer | Berlin\n\nRequirements:\n- You prioritize ruthlessly and collaborate closely with design.')).toEqual(expect.arrayContaining(['prioritization', 'collaboration']));
  });
});

describe('the systems a product connects to', () => {
  it('drops what the product or its users connect, in a sentence that sets the hire no task', () => {
    const text = 'Tallyloom | Backend Engineer | Remote (EU)\n\nTallyloom is a scheduling tool for clinics: staff connect their calendars (Gmail, Outlook or IMAP) in a minute. We write Elixir.';
    expect(skills(text)).not.toContain('email-protocols');
    expect(skills(text)).toContain('elixir');
    expect(skills('Tallyloom | Backend Engineer | Remote (EU)\n\nWe build a tool for schools. Connect your campus systems (SIS/ERP/CRM), and staff can ask questions in plain words.')).not.toContain('crm-integration');
  });

  it('keeps them when the hire does the connecting or has done it, or the team\'s own service connects', () => {
    expect(skills('Tallyloom | Backend Engineer | Remote (EU)\n\nOur billing service connects to Redis and MySQL inside one private network.')).toEqual(expect.arrayContaining(['redis', 'mysql']));
    expect(skills('Tallyloom | Backend Engineer | Remote (EU)\n\nRequirements:\n- Experience integrating with IMAP and SMTP servers.')).toContain('email-protocols');
    expect(skills('Tallyloom | Backend Engineer | Remote (EU)\n\nRequirements:\n- You have built CRM and ERP integrations.')).toContain('crm-integration');
    expect(skills('Tallyloom | Backend Engineer | Remote (EU)\n\nYou will build connectors that sync with CRM systems such as Salesforce.')).toContain('salesforce');
  });
});
