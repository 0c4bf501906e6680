import { describe, expect, it } from 'vitest';
import { careerPage, skills } from './context-readers';

// Classes of the wrong hits in session 44's career-site postings written fresh (test/fixtures/labels/fresh-skills-s44a*.jsonl,
// issue #13). Every sentence and posting here is written for this test, with invented companies: none comes from a real posting.

/** A career page for an infrastructure role: title, meta line, the parts given, then asks under headings of their own. */
const page = (...parts: string[]) => careerPage(['Cloud Operations Engineer', 'Brackenfold · Utrecht · Full-time'], ...parts);

describe("apply: the hiring part under a heading in the page's own language", () => {
  it('German, Dutch, Spanish and French headings of the hiring steps', () => {
    for (const heading of ['Bewerbungsprozess', 'Bewerbung', 'Sollicitatieprocedure', 'Proceso de selección', 'Processus de recrutement']) {
      const s = skills(page(heading, 'First a short chat with our recruiter, then a pairing exercise in TypeScript and a meeting with the team lead.'));
      expect(s, heading).not.toContain('typescript');
      expect(s, heading).toContain('kubernetes');
    }
  });

  it('a sentence there that asks still asks; the same tool under the duties stays', () => {
    expect(skills(page('Bewerbungsprozess', 'The technical round checks your experience with TypeScript.'))).toContain('typescript');
    expect(skills(page('Deine Aufgaben', '- Build integrations between our billing service and Salesforce'))).toContain('salesforce');
  });
});

describe('apply: the meeting tool a call or an interview is held on', () => {
  it('a call, an interview or a chat on a meeting tool, wherever it stands', () => {
    const s = skills(page('Next steps', 'We begin with a forty-minute conversation over Webex. Later interviews happen on Zoom, with cameras optional.'));
    expect(s).not.toContain('webex');
    expect(s).not.toContain('zoom');
  });

  it('a meeting tool the hire runs or supports is asked', () => {
    expect(skills(page('Your work', '- Support 600 staff on Zoom Rooms and keep the meeting-room calls working'))).toContain('zoom');
    expect(skills(page('Your work', '- Manage our Webex tenant and the calls our contact centre takes on it'))).toContain('webex');
  });
});

describe('team: what a vendor or another party runs for the company', () => {
  it('"operated by a partner", "a supplier manages": the thing is the other party\u2019s', () => {
    const s = skills(page('About the team', 'Our ERP, an SAP system, is operated by an outsourcing partner in Kraków under a five-year contract. The CRM runs on Salesforce that a supplier manages.'));
    expect(s).not.toContain('sap');
    expect(s).not.toContain('salesforce');
  });

  it('where the hire takes it over, or the text speaks to the hire, it stays', () => {
    expect(skills(page('About the team', 'You will take over the SAP estate that a partner manages today.'))).toContain('sap');
    expect(skills(page('About the team', 'We run ServiceNow ourselves, and you will extend it.'))).toContain('servicenow');
  });
});

describe("team: another team's stack the text gives back to them", () => {
  it('"they own their code …; we own the clusters under it"', () => {
    const s = skills(page('How we work', 'Our app developers build the booking app in Flutter and Dart, and they own their services end to end; we run the clusters under them.'));
    expect(s).not.toContain('flutter');
    expect(s).not.toContain('dart');
  });

  it('engineers who own their services, with nothing handed back, keep their stack', () => {
    expect(skills(page('How we work', 'Our engineers write Go and they own their services end to end, on-call included.'))).toContain('go');
  });

  it('people by their trade working in their own repository or notebooks', () => {
    const s = skills(page('The team', 'Our analysts fit churn models in Stata in their own repository, and the actuaries keep SPSS on their own workspaces.'));
    expect(s).not.toContain('stata');
    expect(s).not.toContain('spss');
  });

  it('the company\u2019s engineers in their own repository are still the company\u2019s', () => {
    expect(skills(page('The team', 'Our engineers keep their Terraform in their own repository per service.'))).toContain('terraform');
  });

  it('a clause after a semicolon whose subject is another team, where the page says which team the hire joins', () => {
    const s = skills(page('The team', 'You will join the Operations team. Our payments team reconciles the ledger nightly; the research team estimates demand in MATLAB.'));
    expect(s).not.toContain('matlab');
  });

  it('the same clause of the hire\u2019s own team stays', () => {
    const s = skills(page('The team', 'You will join the Operations team. Marketing plans campaigns weekly; the operations team automates the estate in PowerShell.'));
    expect(s).toContain('powershell');
  });
});

// Second batch (fresh-skills-s44a2): more shapes of the same classes, and a few new ones.
describe('team and market: more ways a page hands a stack to someone else', () => {
  it('"their features remain theirs", "not this role\u2019s": the text hands the stack back', () => {
    const s = skills(page('The team', 'You will join the Operations team. Our web engineers build the storefront in Ruby on Rails; we help them release, but the code remains theirs.'));
    expect(s).not.toContain('rails');
    const t = skills(page('The team', 'You will join the Operations team. Forecasting in Stata is the analytics team\u2019s job, not this role\u2019s.'));
    expect(t).not.toContain('stata');
  });

  it('the same engineers, with nothing handed back, keep their stack', () => {
    expect(skills(page('The team', 'You will join the Operations team. Our web engineers build the storefront in Ruby on Rails and you will pair with them daily.'))).toContain('rails');
  });

  it('"hosted for us on", "outsourced to": a system another party runs', () => {
    const s = skills(page('About us', 'Our policy administration runs on Guidewire, hosted for us on Microsoft Azure by the vendor, and our printing is outsourced to a mailing house.'));
    expect(s).not.toContain('azure');
  });

  it('"built in Unity by three studios", "developed in Swift by an agency": another party\u2019s work in the passive', () => {
    expect(skills(page('About us', 'Our mobile games are developed in Unity by two partner studios in Manila.'))).not.toContain('unity');
    expect(skills(page('About us', 'The ordering app was built in Flutter by an outside agency last year.'))).not.toContain('flutter');
    // By the hire: kept.
    expect(skills(page('Your work', '- Rebuild the admin tool, written in Flutter by an agency, together with you and your team'))).toContain('flutter');
  });

  it("the customers' own systems in the part about the company: \"their webshop on Shopify\"", () => {
    const s = skills(page('About us', 'Bakeries use Brackenfold to plan production and keep their online shop on WooCommerce or Shopify in sync with the ovens.'));
    // (Shopify and WooCommerce are read as e-commerce platforms.)
    expect(s).not.toContain('ecommerce');
    // The same words in the duties are the hire's work.
    expect(skills(page('Your work', '- Keep our connector to their online shop on Shopify fast and correct'))).toContain('ecommerce');
  });

  it('the device the product ships as, in the part about the company', () => {
    const s = skills(page('About us', 'Guests order from the tablet menu on every table, and kitchen staff follow tickets on our Android kitchen tablets.'));
    expect(s).not.toContain('android');
    expect(skills(page('Your work', '- Build features for our Android tablets used in kitchens'))).toContain('android');
  });
});

describe('consumer, apply, perk, english: words of the page that ask nothing', () => {
  it('the head of a list of consumer products ("AI chatbots like …")', () => {
    const s = skills(page('About us', 'Office workers paste contracts into AI chatbots like Claude and Copilot; our gateway stops the sensitive parts.'));
    expect(s).not.toContain('speech-recognition');
  });

  it('a sentence telling the interview steps, outside a hiring part', () => {
    const s = skills(page('Equal opportunity', 'We welcome every applicant. Interviews are a short video chat and a pairing session on a small Django app.'));
    expect(s).not.toContain('pair-programming');
    expect(s).not.toContain('django');
    expect(skills(page('What we are looking for', '- Pair programming with other engineers most days'))).toContain('pair-programming');
  });

  it('a field a benefits item names in passing, not an item that asks', () => {
    const s = skills(page('Benefits', 'Private health cover, a learning budget, and a generator at home for load-shedding nights.'));
    expect(s).not.toContain('fault-tolerance');
    expect(skills(page('Benefits', 'Paid certification courses in Kubernetes and cloud security.'))).toContain('cloud-security');
  });

  it('"patient" naming the practice\u2019s patient, not the soft skill', () => {
    expect(skills(page('About us', 'We build the patient-intake kiosk for dental clinics and the patient records behind it.'))).not.toContain('patience');
    expect(skills(page('What we are looking for', '- Patient and kind with colleagues who are new to the cloud'))).toContain('patience');
  });
});

// Third batch (fresh-skills-s44a3).
describe('team, market: people by their trade, teams that run their own tools, what customers own', () => {
  it('people by their trade, one or many, working in a place of their own', () => {
    const s = skills(page('The team', 'Our hydrologists calibrate flood models in MATLAB on their own cluster; our statistician keeps her survey weights in SPSS on her own laptop.'));
    expect(s).not.toContain('matlab');
    expect(s).not.toContain('spss');
    // Without a place of their own, the tool may be the team's stack: kept.
    expect(skills(page('The team', 'Our hydrologists calibrate flood models in MATLAB with the platform team.'))).toContain('matlab');
  });

  it('a team\u2019s tool "which they run themselves", where the page says which team the hire joins', () => {
    const s = skills(page('The team', 'The Infrastructure team is five engineers. The sales operations team tracks every deal in HubSpot, which they run themselves.'));
    expect(s).not.toContain('hubspot');
  });

  it('"… that their own IT partners maintain", and the customers\u2019 systems by the possessive', () => {
    const s = skills(page('About us', 'Shippers\u2019 ERP systems (mostly SAP) take our proof-of-delivery files through a connector that their own IT partners maintain.'));
    expect(s).not.toContain('sap');
    expect(s).not.toContain('erp');
  });

  it('the device field staff use, under a greeting heading that names the employer', () => {
    expect(skills(page('Hej! We\u2019re Brackenfold', 'Our drivers scan every crate with Android handhelds in the van, and the depot prints labels all night.'))).not.toContain('android');
  });

  it('"leadership" as the company\u2019s leaders, not the soft skill', () => {
    expect(skills(page('Your work', '- Present the quarterly risk review to engineering and leadership'))).not.toContain('leadership');
    expect(skills(page('What we are looking for', '- Leadership skills: you have led a small team through an outage'))).toContain('leadership');
  });
});
