import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Session 54 (#13, helper s54-skills): the misses and over-reads of the tune halves of fresh-skills-s54a (and s53a, s53a2,
// s49a, s49a2), by class: resilience written as a verb or a list with modifiers; DR tests and drills; instrumentation as the
// verb; pages at night and paging on symptoms; detections written or tuned; conditional access; trace ids; dead letters;
// freshness and completeness of data; DMZs; edge clusters; writing things down; deploying on every merge; p95/p99;
// EDI; a plant's DCS; network switching; VSAT; telematics; Spanish and French operations words; and the over-reads: a 3D
// file format read as C++'s STL, and "leadership" as the people who want or decide. Every sentence here is written for this
// test, none taken from a posting or a labelled batch; each rule catches two sentences that share no trigger word with its
// tune posting beyond the form itself.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('resilience, DR and instrumentation written as the work', () => {
  it('finds degrading gracefully, modified resilience lists, DR drills and instrumenting', () => {
    expect(req('The booking page must degrade gracefully when the seat map service is slow.')).toContain('fault-tolerance');
    expect(skills('Give each carrier client circuit breakers, per-route timeouts and a retry budget.')).toContain('fault-tolerance');
    expect(req('Plan and run the yearly DR exercise with the database team.')).toContain('disaster-recovery');
    expect(req('Own our DR runbooks and keep them current.')).toContain('disaster-recovery');
    expect(req('Help product squads instrument their consumers so lag shows on a graph.')).toContain('instrumentation');
    expect(req('Instrument every outbound call before the spring freeze.')).toContain('instrumentation');
  });
  it('does not read exam timeouts, a musical or lab instrument', () => {
    expect(skills('Candidates get three retries, and two timeouts per round.')).not.toContain('fault-tolerance');
    expect(skills('The lab buys an instrument the size of a fridge every spring.')).not.toContain('instrumentation');
    expect(skills('Our choir director will instrument the hymn for brass.')).toEqual(expect.not.arrayContaining(['instrumentation']));
  });
});

describe('paging, detections, identity and tracing', () => {
  it('finds pages at night, paging on symptoms, detections written or tuned, conditional access and trace ids', () => {
    expect(req('Cut the overnight pages for the payments team in half.')).toContain('on-call');
    expect(skills('Nobody here should lose sleep to 4am pages about disk space.')).toContain('on-call');
    expect(req('Page on customer impact, not on CPU graphs.')).toContain('alerting');
    expect(req('Author detections for lateral movement across the cloud accounts.')).toContain('detection-engineering');
    expect(req('Tuning detections so the SOC can sleep is half the job.')).toContain('detection-engineering');
    expect(req('Tighten conditional access so contractors sign in only from managed laptops.')).toContain('entra-id');
    expect(req('Put a trace id on every log line the checkout writes.')).toContain('distributed-tracing');
  });
  it('does not read object detections, or "leadership" as the people who want a report', () => {
    expect(skills('The camera logs object detections for every pallet on the belt.')).not.toContain('detection-engineering');
    expect(skills('Engineering leadership expects a written plan by March.')).not.toContain('leadership');
    expect(skills('You will present to company leadership once a quarter.')).not.toContain('leadership');
  });
});

describe('data words: dead letters, freshness, completeness', () => {
  it('finds dead-letter handling, DLQs and freshness/completeness targets', () => {
    expect(req('Add dead-letter handling to the invoice consumers.')).toContain('message-queues');
    expect(req('Watch the DLQs and replay what is safe to replay.')).toContain('message-queues');
    expect(req('Set freshness SLAs for every supplier feed and alert when one slips.')).toContain('data-quality');
    expect(req('Write completeness checks for the tables finance reads.')).toContain('data-quality');
  });
});

describe('network and plant words', () => {
  it('finds DMZs, edge clusters, switching, VSAT, a plant DCS, EDI and telematics', () => {
    expect(req('Keep the historian traffic inside the plant DMZ.')).toContain('network-security');
    expect(req('Run a small edge cluster in each depot so scanners work offline.')).toContain('edge-computing');
    expect(req('Routing and switching for 30 branch sites.')).toContain('layer-2-switching');
    expect(req('Cisco switching, VLANs and the warehouse Wi-Fi.')).toContain('layer-2-switching');
    expect(req('Keep replication working over VSAT from the remote camps.')).toContain('satellite-systems');
    expect(skills('The kiln line runs on a DCS, and the PLCs on each conveyor talk Modbus.')).toContain('industrial-automation');
    expect(req('Onboard new retailers whose purchase orders arrive over EDI.')).toContain('edi');
    expect(req('Join vehicle telematics to rentals so we know which cars need service.')).toContain('telematics');
  });
  it('does not read context switching, a DCS elsewhere, or EDI as a word looked up', () => {
    expect(skills('Context switching between three projects is part of the day.')).not.toContain('layer-2-switching');
    expect(skills('We are switching from Jenkins to GitHub Actions this year.')).not.toContain('layer-2-switching');
    expect(skills('Ask the DCS about the new parking permits.')).not.toContain('industrial-automation');
    expect(skills('Look up "EDI" in the glossary if it is new to you.')).not.toContain('edi');
  });
});

describe('delivery and writing habits', () => {
  it('finds deploying on every commit, p95 targets and writing things down', () => {
    expect(skills('The storefront deploys on every commit to main, behind flags.')).toContain('ci-cd');
    expect(req('Keep search p95 under 150 ms as the catalogue doubles.')).toContain('performance-optimization');
    expect(req('You write things down before you build them.')).toContain('technical-writing');
    expect(req('When you find something odd in production, write it up for the next person.')).toContain('technical-writing');
  });
});

describe('STL as a 3D file, not C++', () => {
  it('reads the STL among C++ tools, not a scanner file', () => {
    expect(req('C++17, the STL and CMake')).toContain('boost');
    expect(skills('Upload the STL from the intraoral scanner and we mill the crown.')).not.toContain('boost');
    expect(skills('Our slicer turns STL files into printer paths overnight.')).not.toContain('boost');
  });
});

describe('Spanish and French operations words', () => {
  it('finds alerts, monitoring, networks, load balancers, postmortems, capacity, logs, on-call, backups and containers in Spanish', () => {
    expect(skills('Responsabilidades:\n- Configurar las alertas del cl\u00faster y revisar los tableros.')).toContain('alerting');
    expect(skills('Responsabilidades:\n- Monitorear los servicios de despacho con Prometheus.')).toContain('monitoring');
    expect(skills('Requisitos:\n- Conocimientos de redes y firewalls.')).toContain('networking');
    expect(skills('Requisitos:\n- Experiencia con balanceadores de carga.')).toContain('load-balancing');
    expect(skills('Responsabilidades:\n- Escribir un an\u00e1lisis post-incidente tras cada ca\u00edda.')).toContain('postmortems');
    expect(skills('Responsabilidades:\n- Planificar la capacidad del cl\u00faster antes de la temporada alta.')).toContain('capacity-planning');
    expect(skills('Responsabilidades:\n- Centralizar los logs de todas las sedes.')).toContain('logging');
    expect(skills('Responsabilidades:\n- Participar en turnos de guardia una semana al mes.')).toContain('on-call');
    expect(skills('Responsabilidades:\n- Mantener los respaldos de las bases de datos.')).toContain('disaster-recovery');
    expect(skills('Nuestras aplicaciones corren en contenedores sobre Kubernetes.')).toContain('containers');
  });
  it('finds encrypted backups, hosting costs and deployments made industrial in French', () => {
    expect(skills('Missions :\n- Mettre en place des sauvegardes chiffr\u00e9es pour chaque base.')).toContain('encryption');
    expect(skills("Missions :\n- Suivre les co\u00fbts d'h\u00e9bergement de chaque projet.")).toContain('cost-optimization');
    expect(skills('Missions :\n- Industrialiser les d\u00e9ploiements de nos trois applications.')).toContain('ci-cd');
  });
  it('does not read social networks, price alerts, slope monitoring, shipping containers or figures as encryption', () => {
    expect(skills('Publicamos las vacantes en redes sociales y en nuestra web.')).not.toContain('networking');
    expect(skills('Recibe alertas de precio en la app cuando baja un vuelo.')).not.toContain('alerting');
    expect(skills('El equipo de geotecnia hace monitoreo de taludes en el rajo.')).not.toContain('monitoring');
    expect(skills('La terminal mueve contenedores refrigerados de fruta a Europa.')).not.toContain('containers');
    expect(skills('Vous atteindrez des objectifs chiffr\u00e9s chaque trimestre.')).not.toContain('encryption');
  });
});
