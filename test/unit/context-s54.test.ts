import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 54 (#13, helper s54-skills): the stack sentence of a part about the company, written in French, Spanish, German or
// Italian ("Nos services tournent sur OVHcloud", "Utilizamos Python y PostgreSQL"), read as the company's background, as
// English "our stack is" no longer is. Sentences written for this test, none taken from a posting or a labelled batch; the
// tune posting said "Notre environnement :", and none of these does.
const skills = extractedIds;

const page = (about: string, heading: string, asks: string) => `${heading}\n${about}\n\nVos missions\n- Automatiser les mises en production\n- Suivre la production\n\nProfil\n- ${asks}\n`;

describe('a stack sentence in another language, inside the part about the company', () => {
  it('keeps the French and Spanish stack the team works on', () => {
    expect(skills(page('Nous sommes une coop\u00e9rative de 40 \u00e9piceries en Bretagne. Nos services tournent sur OVHcloud avec PostgreSQL et Redis.', 'Qui sommes-nous ?', '3 ans en DevOps'))).toEqual(
      expect.arrayContaining(['postgresql', 'redis']),
    );
    expect(
      skills('Sobre nosotros\nSomos una red de 30 escuelas de idiomas. Utilizamos Python y PostgreSQL en AWS.\n\nResponsabilidades\n- Mantener la plataforma\n\nRequisitos\n- Linux\n- Docker\n'),
    ).toEqual(expect.arrayContaining(['python', 'postgresql']));
    expect(skills('\u00dcber uns\nWir sind ein Verbund von 12 Stadtbibliotheken. Wir setzen auf Go und PostgreSQL.\n\nDeine Aufgaben\n- Betrieb der Plattform\n\nDein Profil\n- Linux\n')).toContain('postgresql');
  });
  it("still drops what the company's customers run, told with no stack words", () => {
    expect(skills(page('Nous aidons 300 boulangeries. Nos clients tiennent leur caisse sur Zelty et leurs comptes sur Excel.', 'Qui sommes-nous ?', 'Docker'))).not.toContain('excel');
  });
});
