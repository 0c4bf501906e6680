import { describe, expect, it } from 'vitest';
import { contextClassOf, extractedIds } from './readers';

// Session 57 (#13, helper s57-skills): the employer's back office and the customers' own tools, from the tune half of
// fresh-skills-s57a: a tool a department works in, told as the department's doing (English, German, Italian, Polish, Spanish);
// the department's people as that subject; the payments its offices take; a tool or system the customers or partners run as
// their own. Sentences written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;

describe("the employer's back office", () => {
  it('drops a tool a department works in, its people, and the payments its offices take', () => {
    expect(skills('Our bookkeepers reconcile the bank feeds in QuickBooks every Friday.')).not.toContain('quickbooks');
    expect(skills('Die Personalabteilung arbeitet mit Personio.')).not.toContain('personio');
    expect(skills('La contabilidad se lleva en SAP Business One.')).not.toContain('sap');
    expect(skills('Il reparto vendite e gli agenti commerciali lavorano su HubSpot.')).not.toContain('hubspot');
    expect(skills('Customer invoices are sent through our Chargebee account.')).not.toContain('chargebee');
    expect(skills('The box offices take card payments on Adyen terminals.')).not.toContain('payments');
    expect(skills('Our accountants close each quarter in NetSuite.')).not.toContain('accounting');
    expect(contextClassOf('Die Lohnbuchhaltung läuft auf SAP.', 'SAP')).toBe('background');
  });
  it('keeps the same tools asked of the hire', () => {
    expect(skills("You'll integrate the ledger our accountants use with QuickBooks.")).toContain('quickbooks');
    expect(skills('Experience with HubSpot and Salesforce is a plus.')).toEqual(expect.arrayContaining(['hubspot', 'salesforce']));
    expect(skills('Our finance team works in NetSuite, and you will build the integration with it.')).toContain('netsuite');
    expect(skills('Build the card payments flow on Adyen.')).toContain('payments');
  });
});

describe("the customers' and partners' own tools", () => {
  it('drops what the customers or partners run as their own', () => {
    expect(skills('The bakeries we deliver to run their own tills on Lightspeed or Shopify POS.')).not.toContain('ecommerce');
    expect(skills("The clinics' own booking systems (Cliniko, Jane) stay theirs.")).not.toContain('cliniko');
  });
  it('keeps what the hire does with the customers\' tools', () => {
    expect(skills('You will connect to their own Shopify stores through the Admin API.')).toContain('ecommerce');
  });
});

// Second pass (fresh-skills-s57a2's tune half): a waiver in German, Spanish, Italian, Dutch or Polish that points back at the
// clause before it; iOS and Android as the platforms of a named app the users have.
describe('waivers in other languages, and the platforms of a named app', () => {
  it('drops a tool the next clause waves away, and the platforms of the users\' app', () => {
    expect(skills('Die Filialen arbeiten im Warenwirtschaftssystem von SAP; daran arbeiten wir nicht.')).not.toContain('sap');
    expect(skills('Las tiendas facturan con Holded y Salesforce, no tendrás que administrarlos.')).not.toContain('salesforce');
    expect(skills('I magazzini usano SAP: non rientrano nel ruolo.')).not.toContain('sap');
    expect(skills('De winkels draaien op Salesforce; die beheren wij niet.')).not.toContain('salesforce');
    expect(skills('Members book classes in the Peakside app on iOS and Android.')).not.toContain('ios');
  });
  it('keeps a tool asked before the waiver, and the platforms of the app the hire builds', () => {
    expect(skills('Du betreust SAP und Salesforce; die Kassen betreuen wir nicht.')).toEqual(expect.arrayContaining(['sap', 'salesforce']));
    expect(skills('Build the Peakside app on iOS and Android.')).toEqual(expect.arrayContaining(['ios', 'android']));
  });
});
