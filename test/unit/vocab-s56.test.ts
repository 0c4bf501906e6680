import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 56 (#13, helper s56-skills): the misses of the tune halves of fresh-skills-s56a and s55a2, by class: postmortems told as
// what happened written down (five languages) and write-ups after an incident; on-call told as getting woken up, taking turns
// when something breaks, rotating who answers, being reachable at night, alerts that page you, answering when it breaks, and the
// German Bereitschaft; infrastructure as code, delivery pipelines, observability, virtualization, routing and restores in
// Portuguese, Spanish, French and German; Go as a verb of change; uptime as a value claimed.
// Every sentence is written for this test, none taken from a posting or a labelled batch; each rule catches two sentences
// that share no trigger word with its tune posting beyond the form itself.
const skills = extractedIds;
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('postmortems: what happened, written down, in five languages', () => {
  it('finds what happened recorded, reported or written up after an incident', () => {
    expect(req('Once service is back, document what happened for the rest of the company.')).toContain('postmortems');
    expect(req('Keep notes on what happened during each outage and share them on Friday.')).toContain('postmortems');
    expect(req('Registrar o que aconteceu em cada queda do sistema.')).toContain('postmortems');
    expect(req('Tras una ca\u00edda, redactar un resumen de lo sucedido para el equipo.')).toContain('postmortems');
    expect(req('Apr\u00e8s chaque panne, r\u00e9diger une note sur ce qui s\u2019est pass\u00e9.'.replace('\u2019', "'"))).toContain('postmortems');
    expect(req('Nach jedem Ausfall h\u00e4ltst du schriftlich fest, was passiert ist.')).toContain('postmortems');
    expect(req('After an outage, a short write-up goes to the whole engineering group.')).toContain('postmortems');
    expect(req('Nach einem Ausfall analysieren wir die Ursachen im Team.')).toContain('postmortems');
  });
  it('does not read what happened in an interview, a design write-up, or causes in general', () => {
    expect(skills('Tell us what happened at your last job in the interview.')).not.toContain('postmortems');
    expect(skills('Write a short summary of what happened in the sprint review.')).not.toContain('postmortems');
    expect(skills('Publish a design write-up before you build a new feature.')).not.toContain('postmortems');
    expect(skills('Die Ursachen des Klimawandels sind bekannt.')).not.toContain('postmortems');
  });
});

describe('on-call in plain words', () => {
  it('finds woken up, turns and rotations when something breaks, reachable at night, pages and Bereitschaft', () => {
    expect(req('Fix the noisy checks so nobody gets woken up for nothing.')).toContain('on-call');
    expect(req('Take your turn when the nightly import falls over, about one week in six.')).toContain('on-call');
    expect(req('We take turns answering alerts from the packing line.')).toContain('on-call');
    expect(req('The four of us rotate who answers alerts overnight.')).toContain('on-call');
    expect(req('You need to be reachable on alternate weekends when the plant runs.')).toContain('on-call');
    expect(req('Set up checks that page you only when customers feel it.')).toContain('on-call');
    expect(req('Someone has to pick up when the warehouse scanners stop at 3am.')).toContain('on-call');
    expect(req("You'll respond when alerts fire overnight, one week in four.")).toContain('on-call');
    expect(req('Du teilst dir die Bereitschaft im Wechsel mit zwei Kollegen.')).toContain('on-call');
  });
  it('does not read demo turns, a support inbox, willingness or a web page', () => {
    expect(skills('We take turns presenting at the Friday demo.')).not.toContain('on-call');
    expect(skills('Our support team is reachable by email.')).not.toContain('on-call');
    expect(skills('Bereitschaft zu gelegentlichen Reisen.')).not.toContain('on-call');
    expect(skills('The page you are reading lists our values.')).not.toContain('on-call');
    expect(skills('Answer when customers email us about deliveries.')).not.toContain('on-call');
  });
});

describe('operations words in Portuguese, Spanish, French and German', () => {
  it('finds infrastructure as code, delivery pipelines, observability, virtualization, routing and restores', () => {
    expect(req('Descrever a rede e os servidores como infraestrutura como c\u00f3digo.')).toContain('infrastructure-as-code');
    expect(req('Gestionar la infraestructura como c\u00f3digo con Pulumi.')).toContain('infrastructure-as-code');
    expect(req('Keep the infrastructure in code and reviewed like any change.')).toContain('infrastructure-as-code');
    expect(req('Manter os pipelines de deploy das aplica\u00e7\u00f5es no Jenkins.')).toContain('ci-cd');
    expect(req('Du pflegst unsere Deployment-Pipelines in Jenkins.')).toContain('ci-cd');
    expect(req('Bereitstellungen automatisieren mit GitHub Actions.')).toContain('ci-cd');
    expect(req('Cuidar da observabilidade dos servi\u00e7os de pagamento.')).toContain('observability');
    expect(req('Experi\u00eancia com virtualiza\u00e7\u00e3o em VMware.')).toContain('virtualization');
    expect(req('Erfahrung mit Virtualisierung und Speichersystemen.')).toContain('virtualization');
    expect(req('Conhecimento de redes, roteamento e VPN.')).toContain('routing-protocols');
    expect(req('Make restoring from backups a drill the team has actually run.')).toContain('disaster-recovery');
    expect(req('Planejar a recupera\u00e7\u00e3o de desastres do datacenter.')).toContain('disaster-recovery');
    expect(req('Keep alarm notifications reaching the technicians at any hour.')).toContain('alerting');
  });
  it('does not read call routing as network routing', () => {
    expect(skills('Cuidamos do roteamento de chamadas para os atendentes.')).not.toContain('routing-protocols');
  });
});

describe('Go as a verb of change, uptime as a value', () => {
  it('does not read Go from one state to another, nor uptime claimed as a value', () => {
    expect(skills("We've watched new hires Go from first commit to owning a service in a month.")).not.toContain('go');
    expect(skills('Most teams here Go from idea to production in a week.')).not.toContain('go');
    expect(skills('Our clinics care deeply about uptime.')).not.toContain('high-availability');
    expect(skills('Patients depend on us, so we take uptime very seriously.')).not.toContain('high-availability');
  });
  it('keeps Go the language and uptime owned', () => {
    expect(req('Write Go from day one on the billing services.')).toContain('go');
    expect(req('Python, Go and Rust people have all done well here.')).toContain('go');
    expect(req('Own uptime for the booking API and the alerts around it.')).toContain('high-availability');
  });
});
