import { describe, expect, it } from 'vitest';
import { extracted, freshSkills, score } from '../bench/labelled';
import { extractedIds } from './readers';

// Session 57 (#13, helper s57-skills): the misses of the tune half of fresh-skills-s57a, by class: operations words in German,
// Spanish, Italian, Polish and Dutch (firewall rules, certificates administered, system interfaces, backups and restores,
// virtualization, containers, monitoring, configuration management, systems administration, delivery and data pipelines, time
// series, networks); on-call said indirectly (a turn or a rotation told beside a failure, whose week it is, the duty phone, the
// Italian, Polish, Dutch and Spanish words); write-ups after an incident said indirectly (a report then a colon, the clause after
// a comma, Spanish, Italian, Polish and Dutch verbs of writing, what broke and why, blameless in five languages); Express and
// Rust as ordinary words. Every sentence is written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('operations words in German, Spanish, Italian, Polish and Dutch', () => {
  it('finds firewall rules, certificates administered, system interfaces and restores', () => {
    expect(req('Du pflegst die Firewall-Regeln unserer drei Werke.')).toContain('firewalls');
    expect(req('Mantener actualizadas las reglas del cortafuegos perimetral.')).toContain('firewalls');
    expect(req('Konfiguracja zapory sieciowej w oddziałach.')).toContain('firewalls');
    expect(req('Du tauschst die Zertifikate der Webserver vor Ablauf aus.')).toContain('pki');
    expect(req('Renovar los certificados de los servidores de correo.')).toContain('pki');
    expect(req('Rinnovo dei certificati prima che scadano.')).toContain('pki');
    expect(req('Du entwickelst Schnittstellen zu unserem Lagersystem.')).toContain('api-integration');
    expect(req('Betreuung der Schnittstellen zwischen Kasse und Warenwirtschaft.')).toContain('api-integration');
    expect(req('Odpowiadasz za kopie zapasowe i testy odtwarzania.')).toContain('disaster-recovery');
    expect(req('Eseguire prove di ripristino dei backup ogni mese.')).toContain('disaster-recovery');
    expect(req('Du planst die Rücksicherung der Fileserver.')).toContain('disaster-recovery');
  });
  it('finds virtualization, containers, monitoring, configuration, administration, pipelines, time series and networks', () => {
    expect(req('Doświadczenie z wirtualizacją i wirtualizacji serwerów.')).toContain('virtualization');
    expect(req('Esperienza di virtualizzazione con Proxmox.')).toContain('virtualization');
    expect(req('Containerisierung bestehender Anwendungen.')).toContain('containers');
    expect(req('Monitoraggio dei servizi web.')).toContain('monitoring');
    expect(req('Monitorowanie serwerów i aplikacji.')).toContain('monitoring');
    expect(req('Gestione della configurazione dei server.')).toContain('configuration-management');
    expect(req('Erfahrung als Systemadministratorin in einem Mittelständler.')).toContain('systems-administration');
    expect(req('Doświadczenie w administracji systemami Linux.')).toContain('systems-administration');
    expect(req('Cerchiamo un sistemista junior.')).toContain('systems-administration');
    expect(req('Ervaring met systeembeheer in een mkb-omgeving.')).toContain('systems-administration');
    expect(req('Pipeline di rilascio su Jenkins.')).toContain('ci-cd');
    expect(req('Je onderhoudt de datapijplijnen van de meetstations.')).toContain('data-pipelines');
    expect(req('Kennis van tijdreeksen uit sensoren.')).toContain('time-series-databases');
    expect(req('Gute Kenntnisse in Linux und Netzwerken.')).toContain('networking');
  });
  it('does not read a firebreak, certifications held, the bridge between teams, or networking among people', () => {
    expect(skills('Los voluntarios abren franjas de cortafuegos en el monte.')).not.toContain('firewalls');
    expect(skills('Zertifikate wie PRINCE2 oder ITIL sind willkommen.')).not.toContain('pki');
    expect(skills('Presentar los certificados de estudios al incorporarse.')).not.toContain('pki');
    expect(skills('Du bist die Schnittstelle zwischen Fachbereich und IT.')).not.toContain('api-integration');
    expect(skills('Du arbeitest an den Schnittstellen zwischen Vertrieb und Technik.')).not.toContain('api-integration');
    expect(skills('Du magst es, auf Messen Netzwerke zu knüpfen.')).not.toContain('networking');
    expect(skills('Beim Netzwerken auf Konferenzen bist du in deinem Element.')).not.toContain('networking');
  });
});

describe('on-call said indirectly', () => {
  it('finds turns and rotations beside a failure, whose week it is, the duty phone and the words of five languages', () => {
    expect(req('If the export hangs overnight, whoever is the escalation list for the night is called.')).toContain('on-call');
    expect(req('When the kiosk network goes down, the engineer whose week it is gets the phone call.')).toContain('on-call');
    expect(req("If the feed breaks, whoever's turn it is that week answers it.")).toContain('on-call');
    expect(req('Someone has to answer when the scanners die; it rotates weekly.')).toContain('on-call');
    expect(req('When the nightly sync gets stuck, one of us picks it up, and we take turns.')).toContain('on-call');
    expect(req('Wenn nachts der Server hängt, klingelt reihum das Diensthandy.')).toContain('on-call');
    expect(req('Bei Störungen am Wochenende bist du im Wechsel mit zwei Kollegen erreichbar.')).toContain('on-call');
    expect(req('Turni di reperibilità nei fine settimana.')).toContain('on-call');
    expect(req('Dyżury w zespole dzielimy po równo.')).toContain('on-call');
    expect(req('Je draait mee in de bereikbaarheidsdienst.')).toContain('on-call');
    expect(req('Als de batch vastloopt, ben jij degene die gebeld wordt.')).toContain('on-call');
    expect(req('Formarás parte de la rueda de guardias del equipo.')).toContain('on-call');
    expect(req('Si el servicio se cae de madrugada, alguien debe coger el teléfono.')).toContain('on-call');
  });
  it('does not read a rota of chores, a reachable office, a cake turn, or a phone at reception', () => {
    expect(skills('Chairing the retro rotates weekly so everyone gets a go.')).not.toContain('on-call');
    expect(skills('Unser Büro ist mit dem Rad gut erreichbar.')).not.toContain('on-call');
    expect(skills('Whose turn it is to bring cake is on the fridge.')).not.toContain('on-call');
    expect(skills('Atender el teléfono de recepción y la agenda de visitas.')).not.toContain('on-call');
    expect(skills('Wir wechseln uns abwechselnd beim Kochen ab.')).not.toContain('on-call');
    expect(skills('We take turns presenting at the Friday demo.')).not.toContain('on-call');
  });
});

describe('write-ups after an incident said indirectly', () => {
  it('finds a report then a colon, the clause after a comma, verbs of writing in four languages, what broke and why, blameless', () => {
    expect(req('Nach jedem größeren Ausfall schreibst du einen Bericht: was ist passiert und warum.')).toContain('postmortems');
    expect(req('Nach einer Störung hältst du fest, woran es lag.')).toContain('postmortems');
    expect(req('Po każdej awarii opisujesz, co się stało.')).toContain('postmortems');
    expect(req('Tras una caída, escribe con el equipo lo que pasó.')).toContain('postmortems');
    expect(req('Dopo un guasto scrivi due righe su cosa è andato storto.')).toContain('postmortems');
    expect(req('Na een storing beschrijf je met het team wat er misging.')).toContain('postmortems');
    expect(req('After an outage, tell us what broke and why.')).toContain('postmortems');
    expect(req('Revisamos cada incidente sin buscar culpables.')).toContain('postmortems');
    expect(req('The timeline, the cause and the fix go in the incident doc.')).toContain('postmortems');
  });
  it('does not read what happened at a party, a record broken, or a plain report', () => {
    expect(skills('Chiedici cosa è successo alla festa di Natale.')).not.toContain('postmortems');
    expect(skills('What broke the record this year was the summer sale.')).not.toContain('postmortems');
    expect(skills('Schreib uns, was dich an der Stelle reizt.')).not.toContain('postmortems');
  });
});

describe('Express and Rust as ordinary words', () => {
  it('does not read the verb express or rust as corrosion', () => {
    expect(skills('Please do not apply unless you Express a real liking for trains.')).not.toContain('express');
    expect(skills('We Express our thanks to every applicant.')).not.toContain('express');
    expect(skills('Rust on the railings is repainted every spring.')).not.toContain('rust');
  });
  it('keeps Express and Rust the tools', () => {
    expect(req('Node.js with Express and Postgres.')).toContain('express');
    expect(req('Rust on the backend is a plus.')).toContain('rust');
  });
});

describe('fresh-skills-s57a tune half (the rows these classes were drawn from)', () => {
  it('keeps the figures reached: recall 0.909, precision 0.952, 2 trap hits of 43 (first read 0.789 / 0.906, 12 of 43)', () => {
    const rows = freshSkills('fresh-skills-s57a.jsonl', 'tune')!;
    const { recall, precision, trap_hits } = score(rows, extracted());
    expect(recall).toBeGreaterThanOrEqual(0.908);
    expect(precision).toBeGreaterThanOrEqual(0.949);
    expect(trap_hits).toBeLessThanOrEqual(2);
  });
});

// Second pass (from the tune half of fresh-skills-s57a2, the carry-over batch): alarms beside monitoring tools, more plain
// words for on-call and write-ups, certificates renewed or watched, and operations words in Polish, Italian, Dutch and German.
describe('second pass: alarms, on-call and write-ups in more words', () => {
  it('finds alarms beside a monitoring tool, the turn that week, and the review after an outage', () => {
    expect(req('Du pflegst Dashboards und Alarme in Grafana.')).toContain('alerting');
    expect(req('Set up alarms in CloudWatch for the ingest jobs.')).toContain('alerting');
    expect(req('Wer diese Woche dran ist, kümmert sich um die Meldungen aus dem Lager.')).toContain('on-call');
    expect(req('Nights are covered by four of us in turn.')).toContain('on-call');
    expect(req('Bei Störungen im Rechenzentrum bist du nachts ansprechbar.')).toContain('on-call');
    expect(req('Quien esté de turno esa semana revisa la cola de pedidos.')).toContain('on-call');
    expect(req('Rufbereitschaft: Bereitschaft in einer Rotation von sechs Personen.')).toContain('on-call');
    expect(req('Take your turn looking after the systems when the gateways go quiet.')).toContain('on-call');
    expect(req('Nach einem Ausfall leitest du die Nachbesprechung mit allen Beteiligten.')).toContain('postmortems');
    expect(req('Na elke verstoring noteer je de tijdlijn, oorzaak en vervolgstappen.')).toContain('postmortems');
    expect(req('Po awarii przygotowujesz analizę przyczyn dla zespołu.')).toContain('postmortems');
    expect(req('After the outage, collect the timeline and the root causes.')).toContain('postmortems');
  });
  it('does not read smoke alarms, a cake rota, a morning shift technician, or a summer party debrief', () => {
    expect(skills('Every floor has smoke alarms and a first-aid kit.')).not.toContain('alerting');
    expect(skills('Wer als Nächstes dran ist, bringt den Kuchen mit.')).not.toContain('on-call');
    expect(skills('El técnico de turno de mañana revisa la línea de envasado.')).not.toContain('on-call');
    expect(skills('Die Nachbesprechung des Sommerfests findet am Montag statt.')).not.toContain('postmortems');
  });
});

describe('second pass: certificates renewed or watched, and more operations words', () => {
  it('finds them in Polish, Italian, Dutch, Spanish and German', () => {
    expect(req('Du verlängerst die Zertifikate unserer Mailserver.')).toContain('pki');
    expect(req('Dbanie, by certyfikaty serwerów nie wygasły.')).toContain('pki');
    expect(req('Administracja serwerami i macierzą dyskową.')).toContain('systems-administration');
    expect(req('Obsługa macierzy dyskowej w serwerowni.')).toContain('storage-systems');
    expect(req('Konfiguracja przełączników i segmentacja sieci.')).toEqual(expect.arrayContaining(['layer-2-switching', 'network-security']));
    expect(req('Znajomość Linuxa i routingu.')).toEqual(expect.arrayContaining(['linux', 'routing-protocols']));
    expect(req('Utrzymanie maszyn wirtualnych na Hyper-V.')).toContain('virtualization');
    expect(req('Esperienza nella gestione della rete aziendale.')).toContain('networking');
    expect(req('Backup giornalieri e ripristino dei dati.')).toContain('disaster-recovery');
    expect(req('Je werkt aan de observeerbaarheid van het platform.')).toContain('observability');
    expect(req('Je onderhoudt de koppelvlakken met de leveranciers.')).toContain('api-integration');
    expect(req('Erfahrung in der Informationssicherheit und mit Penetrationstests.')).toEqual(expect.arrayContaining(['security', 'penetration-testing']));
    expect(req('Grundlagen der Kryptographie.')).toContain('cryptography');
    expect(req('Escribir pruebas end-to-end y cuidar el rendimiento web.')).toEqual(expect.arrayContaining(['end-to-end-testing', 'web-performance']));
    expect(req('Betrieb der Edge-Knoten in den Umspannwerken.')).toContain('edge-computing');
    expect(req('Gestión de la red: switches, VLAN y wifi.')).toContain('wireless-networking');
  });
  it('does not read free wifi, an elk, or certificates of studies', () => {
    expect(skills('Oficina céntrica con wifi gratis y café.')).not.toContain('wireless-networking');
    expect(skills('We meet elk on the trail every autumn.')).not.toContain('elk-stack');
    expect(skills('Je test de failover elk kwartaal.')).not.toContain('elk-stack');
  });
});

describe('fresh-skills-s57a2 tune half (the carry-over batch, then its second-pass classes)', () => {
  it('keeps the figures reached: recall 0.908, precision 0.970, 1 trap hit of 31 (first read 0.753 / 0.947, 4 of 31)', () => {
    const rows = freshSkills('fresh-skills-s57a2.jsonl', 'tune')!;
    const { recall, precision, trap_hits } = score(rows, extracted());
    expect(recall).toBeGreaterThanOrEqual(0.907);
    expect(precision).toBeGreaterThanOrEqual(0.970);
    expect(trap_hits).toBeLessThanOrEqual(1);
  });
});
