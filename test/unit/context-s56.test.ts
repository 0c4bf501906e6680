import { describe, expect, it } from 'vitest';
import { contextClassOf, extractedIds } from './readers';

// Session 56 (#13, helper s56-skills): the employer's side of the tools and the team's own practices, from the tune halves of
// fresh-skills-s56a and s55a2: a business system told by its kind ("our CRM is ..."), one introduced by name ("a package
// called ..."), one used for a back-office function; tools said not to be the hire's, waved away in a which-clause, or built by
// another person or an outside firm; the payments word as the subject of its provider; a language naming an old build; and
// on-call or postmortems told as what the team does (no longer the company's pitch). Sentences written for this test, none
// taken from a posting or a labelled batch; each rule catches two that share no trigger word with its tune posting beyond the form.
const skills = extractedIds;

describe("the employer's business systems", () => {
  it('drops a system told by its kind, introduced by name, or used for a back-office function', () => {
    expect(skills('Our CRM is HubSpot and the sales reps love it.')).not.toContain('hubspot');
    expect(skills('Nossa folha de pagamento roda no ADP.')).not.toContain('adp');
    expect(skills('Experience with ADP is a plus.')).toContain('adp');
    expect(skills('Invoices live in a bookkeeping package called Xero.')).not.toContain('xero');
    expect(skills('The hospital uses Workday for payroll and Epic for charts.')).not.toContain('workday');
    expect(skills('A cl\u00ednica usa o QuickBooks para faturamento.')).not.toContain('quickbooks');
    expect(contextClassOf('Invoices live in a bookkeeping package called Xero.', 'Xero')).toBe('background');
  });
  it('keeps a system asked of the hire, and a stack told plainly', () => {
    expect(skills('Experience with Xero and QuickBooks.')).toEqual(expect.arrayContaining(['xero', 'quickbooks']));
    expect(skills('Experience with an ERP called SAP is a plus.')).toContain('sap');
    expect(skills("You'll configure NetSuite for invoicing.")).toContain('netsuite');
    expect(skills('Our stack is Go and Postgres.')).toEqual(expect.arrayContaining(['go', 'postgresql']));
  });
});

describe('tools that are not the hire\'s', () => {
  it('drops a tool said not to be yours, waved away in a which-clause, run by its own teams, or built by someone else', () => {
    expect(skills('The billing engine, written in Scala, is not your concern.')).not.toContain('scala');
    expect(skills('Jenkins is not yours to run; the build team keeps it.')).not.toContain('jenkins');
    expect(skills('Rota planning sits in Xero, which you will never see.')).not.toContain('xero');
    expect(skills("Invoices go out from Zuora, which you won't ever need to open.")).not.toContain('payments');
    expect(skills('Billing uses Recurly and support uses Zendesk, which are owned by their own teams.')).not.toContain('zendesk');
    expect(skills('Our iOS app, built by a contractor in Porto, is being rewritten.')).not.toContain('ios');
    expect(skills('The shop front is Shopify, set up by an agency we no longer use.')).not.toContain('ecommerce');
    expect(skills('Sales numbers land in Looker reports that the finance team maintains.')).not.toContain('looker');
  });
  it("keeps the hire's own tools", () => {
    expect(skills('GitHub Actions is yours to run, and Jenkins is not your concern.')).toContain('github-actions');
    expect(skills('Kafka is not your only tool here; expect Flink too.')).toContain('kafka');
    expect(skills('You will rebuild the Looker reports the analysts use.')).toContain('looker');
  });
});

describe('the payments word, and a language naming an old build', () => {
  it('drops payments told as the subject of their provider, and a language of an earlier build', () => {
    expect(skills('Payments go via Mollie and refunds through PayPal.')).not.toContain('payments');
    expect(skills('Card payments are processed by Adyen in both countries.')).not.toContain('payments');
    expect(skills('We moved ingestion to Rust because the Java version kept timing out.')).not.toContain('java');
    expect(skills('Our Ruby prototype was too slow, so we rewrote the core.')).not.toContain('ruby');
  });
  it('keeps payments asked and a version the hire maintains', () => {
    expect(skills('Experience with payments that run through Adyen.')).toContain('payments');
    expect(skills("You'll maintain the Python version of our SDK.")).toContain('python');
  });
});

describe('on-call and postmortems told as what the team does', () => {
  it('keeps them in the team\'s own sentence', () => {
    expect(skills('When the sorter jams at night, the depot phones us. We share that duty as a rota of five.')).toContain('on-call');
    expect(skills('We take turns picking up, and we write down what happened once things are calm.')).toEqual(
      expect.arrayContaining(['on-call', 'postmortems']),
    );
  });
  it('drops them when the sentence sells the practice', () => {
    expect(skills('We build the on-call and status pages platform that SRE teams love.')).not.toContain('on-call');
  });
});
