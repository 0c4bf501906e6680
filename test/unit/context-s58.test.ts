import { describe, expect, it } from 'vitest';
import { contextClassOf, extractedIds } from './readers';

// Session 58 (#13, helper s58-skills): waivers and staff tools, from the tune half of fresh-skills-s58a: a tool waved away by a
// clause after it (German du form, Polish, English; after a dash too) or by its own "is not your worry"; a tool the employer's
// staff, named by their trade, do their own work in; a cloud or tool said to hold nothing of the employer's; data centres
// told as where something is. Sentences written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;

describe('a tool waved away after it', () => {
  it('drops tools the clause after waves away, or whose own clause says they are not the hire\'s', () => {
    expect(skills('Die Filialen planen ihre Touren in QGIS – das betreust du nicht.')).not.toContain('gis');
    expect(skills('Die Lohnabrechnung läuft in SAP – das gehört nicht zu deinen Aufgaben.')).not.toContain('sap');
    expect(skills('Sklepy wysyłają zamówienia do swoich systemów ERP; ich ERP nie jest Twoim zmartwieniem.')).not.toContain('erp');
    expect(skills('The shop keeps its stock lists in spreadsheets; you will read the exports, not run those.')).not.toContain('spreadsheets');
  });
  it('keeps tools the hire is asked to work on beside a waiver of something else', () => {
    expect(skills('Du betreust unsere Linux-Server mit Ansible; die Kassen gehören nicht zu deinen Aufgaben.')).toContain('ansible');
    expect(skills('Sklepy mają swoje ERP; Twoim zadaniem jest integracja z Kafka.')).toContain('kafka');
    expect(skills('You will build the QGIS plugins our surveyors need.')).toContain('gis');
  });
});

describe("the employer's staff in their own tools", () => {
  it('drops a tool the staff named by their trade work in', () => {
    expect(skills('Die Disponenten planen die Touren in Excel.')).not.toContain('excel');
    expect(skills('Our adjusters work in Guidewire on their tablets.')).not.toContain('guidewire');
    expect(contextClassOf('Die Disponenten planen die Touren in Excel.', 'Excel')).toBe('background');
  });
  it('keeps the hire\'s work beside the staff', () => {
    expect(skills('You will pair with the planners on profiling their Python.')).toContain('performance-optimization');
    expect(skills('Experience with Excel is a plus for working with our dispatchers.')).toContain('excel');
  });
});

describe('a place that holds nothing of the employer\'s, and data centres as places', () => {
  it('drops a cloud said to hold nothing, German "keine", and data centres told as where something is', () => {
    expect(skills('Nothing of ours runs in a public cloud yet.')).not.toContain('cloud-computing');
    expect(skills('Wir nutzen bewusst keine Cloud.')).not.toContain('cloud-computing');
    expect(skills('The archive copies sit in datacenters we rent in Slough and Paris.')).not.toContain('on-premises');
    expect(skills('Os arquivos antigos ficam num datacenter em Sintra, gerido por um parceiro.')).not.toContain('on-premises');
  });
  it('keeps data centres worked on and clouds asked', () => {
    expect(skills('You will help us migrate out of our datacenters in Dallas.')).toContain('on-premises');
    expect(skills('The platform team runs two data centres in Vienna.')).toContain('on-premises');
    expect(skills('Experience with a public cloud (AWS or GCP).')).toContain('cloud-computing');
  });
});
