import { describe, expect, it } from 'vitest';
import { contextClassOf, extractedIds } from './readers';

// Session 55 (#13, helper s55-skills): the employer's side of the tools, from the tune half of fresh-skills-s55a: a provider
// the payments run through, tools waved away in the sentence's own last clause or elliptically after a semicolon, a tool
// whose work another team or office does; and a clearance on the next line, which no longer drops the languages of the line
// before it. Sentences written for this test, none taken from a posting or a labelled batch; each rule catches two that share
// no trigger word with its tune posting beyond the form.
const skills = extractedIds;

describe('the payments provider, told of the payments', () => {
  it('drops the provider donations or transactions go through', () => {
    expect(skills('Donations go through Stripe and the newsletter goes out from Mailchimp.')).not.toContain('stripe');
    expect(skills('Most transactions go through Braintree, while invoices live in Xero.')).not.toContain('payments');
    expect(contextClassOf('Donations go through Stripe and the newsletter goes out from Mailchimp.', 'Stripe')).toBe('background');
  });
  it('keeps the provider the hire works on', () => {
    expect(skills("You'll rework how payments go through Stripe.")).toContain('stripe');
    expect(skills('Build the checkout that takes payments through Stripe.')).toContain('stripe');
  });
});

describe('tools waved away, and tools another team looks after', () => {
  it("drops tools the sentence's last clause waves away, and what another team builds", () => {
    expect(skills("Clinic staff book visits in Cliniko and send invoices from QuickBooks, neither of which you'll ever touch.")).not.toContain('quickbooks');
    expect(skills('Drivers log hours in ADP and dispatch runs on Salesforce, but you won\'t need to touch them.')).not.toContain('salesforce');
    expect(skills("Dispatchers work in Samsara, finance in NetSuite, and we sync with both; you won't have to.")).not.toContain('netsuite');
    expect(skills('Our Flutter app is built by a separate mobile team in Lisbon.')).not.toContain('flutter');
    expect(contextClassOf('Our Flutter app is built by a separate mobile team in Lisbon.', 'Flutter')).toBe('team');
  });
  it("keeps the team's own tools, and a wish", () => {
    expect(skills("Our Terraform modules are maintained by the platform team you'll join.")).toContain('terraform');
    expect(skills('Experience with Kafka, Flink or Spark Streaming, none of which are strictly required but all are nice.')).toEqual(
      expect.arrayContaining(['kafka', 'flink']),
    );
    expect(skills("Experience with Kafka is needed; you won't have to know Flink.")).toContain('kafka');
  });
});

describe('a clearance on the next line', () => {
  it('keeps the languages of the line before a clearance line', () => {
    expect(skills('What you bring\n- Python or Go\n- Secret clearance or the ability to get one\n')).toEqual(expect.arrayContaining(['python', 'go']));
    expect(skills('Requirements\n- Experience with AWS and Terraform\nMust hold an active clearance\n')).toEqual(expect.arrayContaining(['aws', 'terraform']));
  });
  it('still reads a clearance on the same line as a fact', () => {
    expect(skills('Security: willing to undergo clearance')).not.toContain('security');
  });
});

describe('Portuguese "no" and "na" (in the)', () => {
  it('keeps the platform a Portuguese line runs the work on', () => {
    expect(skills('Atividades\n- Hospedar os servi\u00e7os da plataforma no Kubernetes com Helm.\n- Publicar as imagens e rodar tudo na AWS com Terraform.\n')).toEqual(
      expect.arrayContaining(['kubernetes', 'aws']),
    );
    expect(skills('Requisitos\n- Orquestrar as cargas com Airflow e transformar com dbt no Databricks\n')).toContain('databricks');
  });
  it('still reads the English "no" as a negation', () => {
    expect(skills('Requirements\n- No Kubernetes experience needed, just Linux.\n')).not.toContain('kubernetes');
  });
});
