import { describe, expect, it } from 'vitest';
import { skills } from './context-readers';

// Classes of the wrong hits and trap hits studied in session 48 (issue #13): the tune halves of fresh-skills-s46a/s46a2 and
// s47a/s47a2. Every sentence here is written for this test, with invented companies: none comes from a real posting or a
// labelled batch.

describe('own: a vendor the company runs its business through, told of the company and not asked', () => {
  it('payments, banking data, books and billing the company runs on are its business, not the hire\u2019s skills', () => {
    for (const [text, id] of [
      ['Drivers finish a route and we settle their earnings every Friday through Adyen.', 'adyen'],
      ['Tenants pay rent in the app and we collect it via Stripe, then pay landlords the next morning.', 'stripe'],
      ['Members see balances from 9,000 banks, which we reach through Plaid.', 'plaid'],
      ['Our accounting team closes the books in Xero every month and is happy there.', 'xero'],
      ['Orders come in from 40 wholesalers and we raise invoices in NetSuite, QuickBooks or Sage.', 'quickbooks'],
      ['Our CRM is HubSpot, and the sales team swears by it.', 'hubspot'],
      ['We use Twilio to text couriers when a pickup is ready.', 'twilio'],
    ] as const) {
      expect(skills(text), text).not.toContain(id);
    }
  });

  it('the same vendor asked of the hire, made the work, or named as the stack, stays', () => {
    expect(skills('Link bank accounts through Plaid and keep the sync healthy.')).toContain('plaid');
    expect(skills('You will own our Stripe integration: webhooks, retries and reconciliation.')).toContain('stripe');
    expect(skills('Experience building NetSuite integrations is a plus.')).toContain('netsuite');
    expect(skills('Our backend is Go on Postgres, and payouts run through Stripe Connect, which you will extend.')).toContain('stripe');
    expect(skills('We use Terraform to manage our AWS accounts.')).toEqual(expect.arrayContaining(['terraform', 'aws']));
  });
});

// Classes from the tune half of fresh-skills-s48a (first read 0.770 / 0.951, traps 9 of 57).
describe('s48a: business vendors named by what the money does, platforms a game is on, systems a product talks to', () => {
  it('cards issued, money moved and books reconciled through a vendor are the company\u2019s business', () => {
    for (const [text, id] of [
      ['Our debit cards are issued through Marqeta and the finance team reconciles in Xero.', 'xero'],
      ['We process about $40M a month through Adyen and a second acquirer.', 'adyen'],
      ['Money moves over SEPA through our partner bank every night, and we sleep fine.', 'payments'],
    ] as const) {
      expect(skills(text), text).not.toContain(id);
    }
    expect(skills('You will reconcile payouts against Adyen settlement reports.')).toContain('adyen');
  });

  it('a tool the hire will never need to open is waved away; a complaint that something "is eating us" is no trend', () => {
    expect(skills('The finance team runs on Sage 300; you\u2019ll never need to open it.')).not.toContain('sage-300');
    expect(skills('Cut our cloud bill (the Kafka cluster is eating us) and write runbooks for it.')).toEqual(expect.arrayContaining(['kafka', 'runbooks']));
  });
});
