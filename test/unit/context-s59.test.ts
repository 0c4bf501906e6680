import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 59 (#13, helper s59-skills): waivers, staff tools and collaborators in Czech, Slovak, Polish and Croatian (and more
// English waivers), from the tune half of fresh-skills-s59a; Sencha the tea. Sentences written for this test, none taken
// from a posting or a labelled batch.
const skills = extractedIds;

describe('a tool waved away after it, in the Slavic languages and English', () => {
  it('drops the tool the clause after waves away', () => {
    expect(skills('Projektanti kreslí v AutoCADu; to od vás nechceme.')).not.toContain('autocad');
    expect(skills('Sklad eviduje zásoby v SAPu, ten spravuje dodavatel.')).not.toContain('sap');
    expect(skills('Účtovníci pracujú v Exceli a v SAP; jeho správa je úlohou dodávateľa.')).not.toContain('sap');
    expect(skills('Prodaja vodi ponude u Salesforceu, to održava dobavljač.')).not.toContain('salesforce');
    expect(skills('Nabava koristi Excel za narudžbe; to nije tvoj posao.')).not.toContain('excel');
    expect(skills('Biuro rozlicza faktury w Excelu – to nie Twoja działka.')).not.toContain('excel');
    expect(skills('The shops order stock through SAP; that stays theirs.')).not.toContain('sap');
    expect(skills('Payroll is in Workday and the shop floor uses Excel; neither is part of this job.')).not.toContain('workday');
  });
  it('keeps the tool the hire works on beside a waiver of something else', () => {
    expect(skills('Budete spravovat servery v Terraformu; účetnictví to od vás nechceme.')).toContain('terraform');
    expect(skills('You will own the SAP integration; that stays with our team, not the vendor.')).toContain('sap');
  });
});

describe("the employer's staff and customers in their own tools", () => {
  it('drops a tool the staff or customers named by their trade work in', () => {
    expect(skills('Konstruktéři modelují díly v SolidWorksu a výkresy tisknou sami.')).not.toContain('solidworks');
    expect(skills('Klienci przesyłają nam modele w AutoCAD i PDF.')).not.toContain('autocad');
    expect(skills('Dispečeri plánujú trasy v Exceli každé ráno.')).not.toContain('excel');
  });
  it('keeps the tool when the hire is the subject', () => {
    expect(skills('Budeš psát služby v Pythonu a nasazovat je přes GitLab.')).toContain('python');
  });
});

describe('a team or role the hire works with', () => {
  it('drops the discipline of a colleague the hire works beside', () => {
    expect(skills('Blisko współpracujesz z DevOps inżynierem przy wdrożeniach.')).not.toContain('devops');
    expect(skills('Úzce spolupracuješ s QA týmem a s produktem.')).not.toContain('qa');
  });
  it('keeps the discipline asked of the hire', () => {
    expect(skills('Tražimo DevOps inženjera s iskustvom u Kubernetesu.')).toContain('devops');
  });
});

describe('Sencha the tea', () => {
  it('is no Ext JS', () => {
    expect(skills('We import a first-flush sencha and a roasted hojicha from Shizuoka.')).not.toContain('extjs');
    expect(skills('Our best seller is a Sencha from Kagoshima.')).not.toContain('extjs');
  });
  it('the framework beside JavaScript stays', () => {
    expect(skills('The back office is a Sencha app in JavaScript that we are moving to React.')).toContain('extjs');
  });
});
