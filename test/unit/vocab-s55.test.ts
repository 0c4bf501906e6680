import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 55 (#13, helper s55-skills): the misses of the tune half of fresh-skills-s55a, by class: postmortems and on-call in
// plain words (a learning review, a timeline of an incident, what went wrong written up; the first responder, the escalation
// point at night, the call when something breaks, a phone call at 4am; plantao), Portuguese operations words, French security
// words, admission control, service account keys, edge boxes, streaming systems, patching on a cadence.
// Every sentence is written for this test, none taken from a posting or a labelled batch; each rule catches two sentences
// that share no trigger word with its tune posting beyond the form itself.
const skills = extractedIds;
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('postmortems in plain words', () => {
  it('finds reviews, timelines and what went wrong after an incident', () => {
    expect(req('Run a learning review with the warehouse team after each outage.')).toContain('postmortems');
    expect(req('Hold blameless retros when a release goes sideways.')).toContain('postmortems');
    expect(req('Keep a written timeline of each incident and share it the same week.')).toContain('postmortems');
    expect(skills('When checkout broke we want timelines, root causes and action items within two days.')).toContain('postmortems');
    expect(req('Share a short summary of what went wrong with the support team.')).toContain('postmortems');
    expect(req('Conduzir a an\u00e1lise p\u00f3s-incidente com o time de produto.')).toContain('postmortems');
    expect(req('Following every outage, run the review with support present.')).toContain('postmortems');
    expect(req('Write a short review of each incident for the clinics.')).toContain('postmortems');
    expect(req('Following a breach, chair the review with legal.')).toContain('postmortems');
  });
  it('does not read project timelines or a story of a mistake', () => {
    expect(skills('The project timeline is twelve weeks.')).not.toContain('postmortems');
    expect(skills('You will own delivery timelines for the mobile app.')).not.toContain('postmortems');
    expect(skills('Tell us about a time when what went wrong was your fault.')).not.toContain('postmortems');
    expect(skills('Write a review of the new espresso machine.')).not.toContain('postmortems');
    expect(skills('You will get a performance review after six months.')).not.toContain('postmortems');
  });
});

describe('on-call in plain words', () => {
  it('finds first responders, escalation points at night, the call when something breaks, and plantao', () => {
    expect(req('Be first responder for production alerts one week in five.')).toContain('on-call');
    expect(req('Act as the escalation point during weekends for the booking system.')).toContain('on-call');
    expect(req("You'll take the call at 2am if the payment queue stalls.")).toContain('on-call');
    expect(req('Be the one who gets the call whenever the ingest goes down.')).toContain('on-call');
    expect(skills('Expect the odd phone call at 4am during harvest.')).toContain('on-call');
    expect(req('Participar do plant\u00e3o uma semana por m\u00eas.')).toContain('on-call');
  });
  it('does not read medical first responders, support escalations, a recruiter call or a Q&A hour', () => {
    expect(skills('Our drivers are trained first responders.')).not.toContain('on-call');
    expect(skills('Our account managers are the escalation point for customer complaints.')).not.toContain('on-call');
    expect(skills("You'll get the call from our recruiter within a week.")).not.toContain('on-call');
    expect(skills('Book a phone call at our office.')).not.toContain('on-call');
    expect(skills('Temos plant\u00e3o de d\u00favidas com os professores toda sexta.')).not.toContain('on-call');
  });
});

describe('Portuguese operations words and French security words', () => {
  it('finds monitoring, containers, central logs and delivery pipelines in Portuguese', () => {
    expect(req('Cuidar do monitoramento dos servidores e dos bancos.')).toContain('monitoring');
    expect(req('Experi\u00eancia com cont\u00eaineres em produ\u00e7\u00e3o.')).toContain('containers');
    expect(req('Centralizar os logs das aplica\u00e7\u00f5es num s\u00f3 lugar.')).toContain('logging');
    expect(req('Manter a esteira de deploy das aplica\u00e7\u00f5es.')).toContain('ci-cd');
  });
  it('finds security, intrusion tests, network partitioning and risk analysis in French', () => {
    expect(req('Vous piloterez la s\u00e9curit\u00e9 informatique du groupe.')).toContain('security');
    expect(req("Organiser un test d'intrusion sur l'application mobile.")).toContain('penetration-testing');
    expect(req('Revoir le cloisonnement r\u00e9seau entre les usines.')).toContain('network-security');
    expect(req("Tenir \u00e0 jour l'analyse de risques du SI.")).toContain('risk-management');
    expect(req("Traiter les alertes de s\u00e9curit\u00e9 remont\u00e9es par l'EDR.")).toContain('security-operations');
  });
});

describe('Portuguese and Spanish data words', () => {
  it('finds data engineering, pipelines, quality, catalogues, orchestration and time series', () => {
    expect(skills('Buscamos uma engenheira de dados para o time de varejo.')).toContain('data-engineering');
    expect(req('Criar pipelines de dados para o time de log\u00edstica.')).toContain('data-pipelines');
    expect(req('Construir la ingesta de datos de los sensores.')).toContain('data-pipelines');
    expect(req('Garantir a qualidade dos dados de vendas.')).toContain('data-quality');
    expect(req('Manter o cat\u00e1logo de dados atualizado.')).toContain('data-catalog');
    expect(req('Cuidar da orquestra\u00e7\u00e3o de pipelines com Dagster.')).toContain('job-orchestration');
    expect(req('Trabalhar com s\u00e9ries temporais de sensores.')).toContain('time-series-databases');
    expect(req('Experi\u00eancia com modelagem dimensional.')).toContain('data-modeling');
  });
});

describe('tests, clusters and edges', () => {
  it('finds admission control, service account keys, edge boxes, streaming systems and patching on a cadence', () => {
    expect(req('Enforce image signing with admission control on every cluster.')).toContain('kubernetes-admission-control');
    expect(req('Rotate the service account keys the CI jobs use.')).toContain('iam');
    expect(req('Ship a small edge box to each depot that keeps scanning offline.')).toContain('edge-computing');
    expect(req('You have worked with a streaming system in production.')).toContain('stream-processing');
    expect(req('Patch on a fixed monthly cadence and record the exceptions.')).toContain('vulnerability-management');
  });
  it('does not read a patch sent to a project', () => {
    expect(skills('Submit a patch to the kernel.')).not.toContain('vulnerability-management');
  });
});
