import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 60 (#13, helper s60-skills): tools waved away in Croatian, Serbian, Slovenian, Hungarian and English, systems
// another team runs, colleagues named by a discipline and a tool's name that is a person's (lib/skills/context-s60.ts),
// from the tune half of fresh-skills-s60a. Sentences written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;

describe('a tool waved away by a negative verb before it', () => {
  it('drops the tools the verb governs, in the four languages and English', () => {
    expect(skills('Uvjeti: iskustvo s Linuxom i Dockerom, poznavanje mreža i želja za učenjem. Ne koristimo Ansible ni Puppet.')).not.toEqual(expect.arrayContaining(['ansible']));
    expect(skills('Uslovi: rad sa PostgreSQL-om i Redisom, učešće u dežurstvu; ne tražimo znanje Angulara.')).not.toContain('angular');
    expect(skills('Pričakujemo izkušnje s Pythonom in SQL-om. Ne pričakujemo znanja Scale ali Haskella.')).not.toContain('haskell');
    expect(skills('Elvárások: legalább két év tapasztalat Pythonnal; nem kell ismerned a Kotlint.')).not.toContain('kotlin');
    expect(skills('We don’t use Terraform here; provisioning is done by hand through the console.')).not.toContain('terraform');
    expect(skills('We would rather you didn’t know Perl: it is gone from our codebase.')).not.toContain('perl');
  });
  it('keeps the tools asked beside them', () => {
    expect(skills('Uvjeti: iskustvo s Linuxom i Dockerom, poznavanje mreža i želja za učenjem. Ne koristimo Ansible ni Puppet.')).toEqual(expect.arrayContaining(['linux', 'docker']));
    expect(skills('Uslovi: rad sa PostgreSQL-om i Redisom, učešće u dežurstvu; ne tražimo znanje Angulara.')).toEqual(expect.arrayContaining(['postgresql', 'redis']));
    expect(skills('We use Terraform for every account, and Go for the services.')).toEqual(expect.arrayContaining(['terraform', 'go']));
  });
});

describe('a tool waved away after it', () => {
  it('drops "X nije potreban", "X tu ni pomemben", "X ne potrebuješ", "X nem szükséges", and a stack waived at once', () => {
    expect(skills('Tražimo iskustvo s Kubernetesom i Helmom za naš tim u Splitu. Windows Server nije potreban.')).not.toContain('windows-server');
    expect(skills('Pričakujemo znanje Kotlina za naše storitve; React in Vue tu nista pomembna.')).not.toEqual(expect.arrayContaining(['vue']));
    expect(skills('Mobilno aplikacijo piše zunanja ekipa, zato Swifta ne potrebuješ; iščemo razvijalca za zaledje v Kotlinu.')).not.toContain('swift');
    expect(skills('Elvárások: Python és SQL ismerete. A Scala nem szükséges.')).not.toContain('scala');
    expect(skills('Frontend je u Angularu, ali od tebe ne očekujemo Angular; tražimo iskustvo s Javom.')).not.toContain('angular');
  });
  it('keeps what is asked in the same lines', () => {
    expect(skills('Tražimo iskustvo s Kubernetesom i Helmom za naš tim u Splitu. Windows Server nije potreban.')).toEqual(expect.arrayContaining(['kubernetes', 'helm']));
    expect(skills('Frontend je u Angularu, ali od tebe ne očekujemo Angular; tražimo iskustvo s Javom.')).toContain('java');
    expect(skills('Poznavanje PostgreSQL-a je potrebno za ovaj posao u našem timu.')).toContain('postgresql');
  });
});

describe('a system another team or a contractor runs, or no part of the job', () => {
  it('drops it when the same sentence says so', () => {
    expect(skills('Posao uključuje Linux servere. Sustav SCADA u pogonu održava vanjski partner i nije dio ovog posla.')).not.toContain('energy-systems');
    expect(skills('Rad na platformi za merenje. Bazu Oracle i SQL održava drugi tim u Beogradu.')).not.toContain('oracle-db');
    expect(skills('The bottling line runs on the maker’s PLCs; you will be asked not to touch them.')).not.toContain('industrial-automation');
  });
  it('keeps a system the hire runs', () => {
    expect(skills('Posao: sustav SCADA u pogonu održavaš ti, uz podršku drugog tima.')).toContain('energy-systems');
    expect(skills('You will own the PLCs on the bottling line and touch them every week.')).toContain('industrial-automation');
  });
});

describe('a colleague named by a discipline, and a tool that is a person', () => {
  it('drops the discipline of a colleague or a team the work is for', () => {
    expect(skills('Zadaci uključuju React i suradnju s UX dizajnerom na novim ekranima.')).not.toContain('ux-design');
    expect(skills('Feladatok: riportok készítése a data science csapatnak, SQL lekérdezések.')).not.toContain('data-science');
  });
  it('keeps the discipline of the hire’s own team', () => {
    expect(skills('Feladatok: a DevOps csapatban Kubernetesszel dolgozol, legalább három év tapasztalat.')).toContain('devops');
  });
  it('reads a name after a verb of writing to someone as a person', () => {
    expect(skills('Questions? Email Jenkins (she runs hiring) at jobs@example.org.')).not.toContain('jenkins');
    expect(skills('Email Jenkins alerts to the release channel.')).toContain('jenkins');
  });
});
