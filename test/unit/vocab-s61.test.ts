import { describe, expect, it } from 'vitest';
import { extracted, freshSkills, score } from '../bench/labelled';
import { finnicNominatives, finnicText } from '../../lib/skills/inflection';
import { extractedIds } from './readers';

// Session 61 (#13, helper s61-skills): the misses of the tune half of fresh-skills-s61a, by class: a tool's name with a
// Finnish or Estonian case ending (one rule in lib/skills/inflection.ts, beside s59's Slavic and s60's Hungarian ones),
// Business Central and its languages (AL, C/AL, NAV, RDLC), telephony and e-invoicing tools the taxonomy lacked, and the
// operations and data words of Finnish, Estonian, Slovak and Romanian. Every sentence is written for this test, none
// taken from a posting or a labelled batch.
const skills = extractedIds;

describe('a tool named with a Finnish or Estonian case ending', () => {
  it('reads the Finnish cases, with the -i- after a consonant and -us turned -ukse-', () => {
    expect(skills('Tehtäväsi: palvelut ajetaan Kubernetesissa, asetukset hallitaan Terraformilla ja lokit kerätään Lokiin; eduksi kokemusta Rustista.')).toEqual(
      expect.arrayContaining(['kubernetes', 'terraform', 'loki', 'rust']),
    );
    expect(skills('Odotamme kokemusta Javasta sekä Reactista, ja jonot hoidetaan Kafkalla.')).toEqual(expect.arrayContaining(['java', 'react', 'kafka']));
    expect(skills('Mittarit kerätään Prometheuksella ja näytetään Grafanassa, sekä lokit Elasticsearchiin; odotamme kokemusta.')).toEqual(
      expect.arrayContaining(['prometheus', 'grafana', 'elasticsearch']),
    );
  });
  it('reads the Estonian cases on the genitive -i and glued on', () => {
    expect(skills('Ootame kogemust Pythoniga ning Dockeriga; kasuks tuleb töö Kafkaga.')).toEqual(expect.arrayContaining(['python', 'docker', 'kafka']));
    expect(skills('Sinu ülesanded: teenused jooksevad Kubernetesis, logid Elasticsearchis ning mõõdikud Grafanas; ootame head Linuxi tundmist.')).toEqual(
      expect.arrayContaining(['kubernetes', 'elasticsearch', 'grafana', 'linux']),
    );
  });
  it('rebuilds the name from the word, most likely first', () => {
    expect(finnicNominatives('Pythonilla')[0]).toBe('Python');
    expect(finnicNominatives('Prometheuksella')[0]).toBe('Prometheus');
    expect(finnicNominatives('Grafanassa')).toContain('Grafana');
    expect(finnicNominatives('Flywayga')).toContain('Flyway');
    expect(finnicNominatives('verkossa')).toEqual([]);
  });
  it('reads a text as Finnish or Estonian by its short words, and no other', () => {
    expect(finnicText('Odotamme kokemusta Linuxista sekä halua oppia, ja eduksi on Ansible.')).toBe(true);
    expect(finnicText('Ootame sinult kogemust ning head suhtlemist.')).toBe(true);
    expect(finnicText('We need a backend engineer with Kafka and Postgres, and some Go.')).toBe(false);
    expect(finnicText('Tražimo iskustvo s Linuxom i mrežama.')).toBe(false);
  });
  it('reads an Estonian text first as Estonian, whatever "-s" it glues on, and the genitive -e after -s', () => {
    expect(skills('Mida teed: kirjutad teenuseid Lua-s ja Go-s, mõõdikud Grafanaga; ootame ka Kubernetese tundmist ning Linuxi kogemust.')).toEqual(
      expect.arrayContaining(['lua', 'go', 'grafana', 'kubernetes', 'linux']),
    );
    expect(finnicNominatives('Kubernetese')).toContain('Kubernetes');
    // A Slavic text keeps its own reading.
    expect(skills('Hľadáme kolegu so skúsenosťami s Pythonom a v Terraformu, znalosť Grafany je výhodou.')).toEqual(expect.arrayContaining(['python', 'terraform', 'grafana']));
  });
  it('leaves places and the second word of another name as they are', () => {
    expect(skills('Toimistomme ovat Lahdessa, Porissa ja Kotkassa, ja odotamme sekä asiakastyön kokemusta että myyntitaitoja.')).toEqual([]);
    expect(skills('Ootame sinult head suhtlemist; mõned kliendid kasutavad Genesys Cloudi ning meie tiim hooldab Asteriski.')).not.toContain('cloud-computing');
  });
});

describe('Business Central and its languages', () => {
  it('reads Business Central, AL, C/AL, NAV and RDLC', () => {
    expect(skills('We implement Business Central for distributors; you will write AL extensions, move C/AL code off NAV 2018 and redo invoices in RDLC.')).toEqual(
      expect.arrayContaining(['business-central', 'al-language', 'c-al', 'dynamics-nav', 'rdlc']),
    );
    expect(skills('Odotamme kokemusta: kehität laajennuksia AL-kielellä ja siirrät Navisionin muutoksia Business Centraliin sekä Finvoice-liittymiin.')).toEqual(
      expect.arrayContaining(['al-language', 'dynamics-nav', 'business-central', 'e-invoicing']),
    );
    expect(skills('Programuješ rozšírenia v jazyku AL pre zákazníkov.')).toContain('al-language');
  });
  it('reads no AL in a US state, nor in a Romanian "al"', () => {
    expect(skills('Our second office is in Montgomery, AL, next to the river, and we write Python.')).not.toContain('al-language');
    expect(skills('Sediul central al firmei este în Cluj, iar noi scriem Python.')).not.toContain('al-language');
    expect(skills('The business central to our plans is a bakery.')).not.toContain('business-central');
  });
});

describe('telephony and e-invoicing tools', () => {
  it('reads IVR, sngrep and Peppol', () => {
    expect(skills('You will design IVR menus, trace SIP with sngrep and keep Peppol invoices flowing.')).toEqual(expect.arrayContaining(['ivr', 'wireshark', 'e-invoicing']));
  });
  it('reads no e-invoicing in a product that integrates a tax system', () => {
    expect(skills('We integrate with the tax authority\u2019s e-invoicing system for our shippers.')).not.toContain('e-invoicing');
  });
});

describe('operations and data words of Finnish, Estonian, Slovak and Romanian', () => {
  it('reads on-call, alerting, firewalls, scripting and tests in Finnish', () => {
    expect(skills('Osallistut päivystykseen, hoidat hälytykset ja palomuurit, ja kirjoitat automaattitestejä; eduksi skriptausta.')).toEqual(
      expect.arrayContaining(['on-call', 'alerting', 'firewalls', 'automated-testing', 'scripting']),
    );
  });
  it('reads on-call and incidents in Estonian', () => {
    expect(skills('Oled valverotatsioonis kord kuus ning lahendad intsidendid.')).toEqual(expect.arrayContaining(['on-call', 'incident-response']));
  });
  it('reads backups, networks, security and standby in Slovak', () => {
    expect(skills('Spravuješ zálohy serverov, máš skúsenosti so sieťami a kyberbezpečnosťou a ochotu do pohotovosti.')).toEqual(
      expect.arrayContaining(['disaster-recovery', 'networking', 'security', 'on-call']),
    );
    expect(skills('Zálohy na daň platíme štvrťročne.')).not.toContain('disaster-recovery');
  });
  it('reads pipelines and a warehouse in Romanian', () => {
    expect(skills('Construiești pipeline-uri de date către un depozit de date în cloud.')).toEqual(expect.arrayContaining(['data-pipelines', 'data-warehousing']));
  });
});

describe('fresh-skills-s61a tune half (the rows these classes were drawn from)', () => {
  it('keeps the figures reached: recall 0.960 (215 of 224), precision 0.965, 2 trap hits of 44 (first read 0.754 / 0.852, 23 of 44)', () => {
    const rows = freshSkills('fresh-skills-s61a.jsonl', 'tune')!;
    const { recall, precision, trap_hits } = score(rows, extracted());
    expect(recall).toBeGreaterThanOrEqual(0.959);
    expect(precision).toBeGreaterThanOrEqual(0.965);
    expect(trap_hits).toBeLessThanOrEqual(2);
  });
});

describe('fresh-skills-s61a2 tune half (the carry-over batch, written after the s61a classes; read first at these figures)', () => {
  it('keeps the figures reached: recall 0.915 (195 of 213), precision 0.881, 8 trap hits of 30 (first read 0.911 / 0.881, 8 of 30)', () => {
    const rows = freshSkills('fresh-skills-s61a2.jsonl', 'tune')!;
    const { recall, precision, trap_hits } = score(rows, extracted());
    expect(recall).toBeGreaterThanOrEqual(0.915);
    expect(precision).toBeGreaterThanOrEqual(0.881);
    expect(trap_hits).toBeLessThanOrEqual(8);
  });
});
