import { describe, expect, it } from 'vitest';
import { extractedIds } from './readers';

// Session 61 (#13, helper s61-skills): tools waived with a noun between, systems another party runs, hands-off clauses,
// the employer's product called by its name and a tool's word (lib/skills/context-s61.ts), from the tune half of
// fresh-skills-s61a. Sentences written for this test, none taken from a posting or a labelled batch.
const skills = extractedIds;

describe('a tool waived with a noun between it and the waiver', () => {
  it('drops it in Finnish, Turkish, Hungarian, Estonian, Romanian and English', () => {
    expect(skills('Odotamme kokemusta Pythonista. Docker-osaamista ei tässä roolissa vaadita.')).not.toContain('docker');
    expect(skills('Aranan: Go ve PostgreSQL deneyimi. Terraform bilgisi aranmıyor.')).not.toContain('terraform');
    expect(skills('Elvárás: Java-tapasztalat és jó kommunikáció. Angular-tapasztalat nem szükséges.')).not.toContain('angular');
    expect(skills('Ootame Java tundmist ning head suhtlemist; Kafka kogemust ei nõua.')).not.toContain('kafka');
    expect(skills('Căutăm experiență cu Python. Nu este nevoie de cunoștințe de Terraform.')).not.toContain('terraform');
    expect(skills('We write Go all day. Rust experience is not required.')).not.toContain('rust');
  });
  it('keeps the tools asked beside them, and a tool sought', () => {
    expect(skills('Odotamme kokemusta Pythonista. Docker-osaamista ei tässä roolissa vaadita.')).toContain('python');
    expect(skills('Aranan: Go ve PostgreSQL deneyimi. Terraform bilgisi aranmıyor.')).toEqual(expect.arrayContaining(['go', 'postgresql']));
    expect(skills('Aranan: Terraform bilgisi aranıyor, Ansible bir artı.')).toContain('terraform');
    expect(skills('Kubernetes-osaaminen on eduksi, ja odotamme kokemusta sekä Linuxista että Bashista.')).toContain('kubernetes');
    expect(skills('Kafka experience is required, not optional.')).toContain('kafka');
  });
});

describe('a system another party runs, told in the same sentence', () => {
  it('drops it when a team, a department, a vendor or the parent company runs it', () => {
    expect(skills('Odotamme kokemusta Pythonista. Palkanlaskennan SAP-järjestelmää ylläpitää konsernin IT-osasto.')).not.toContain('sap');
    expect(skills('Požadujeme Python. Dochádzkový systém (Oracle) spravuje materská spoločnosť.')).not.toContain('oracle-db');
    expect(skills('Aranan: Python. Satış ekibinin Salesforce hesabını bilgi işlem müdürlüğü yönetiyor.')).not.toContain('salesforce');
    expect(skills('Cerințe: Python. Sistemul de salarizare (SAP) este gestionat de echipa de resurse umane.')).not.toContain('sap');
    expect(skills('Elvárás: Python és SQL. A raktár PLC-it egy külső cég programozza.')).not.toContain('industrial-automation');
    expect(skills('We want Python and SQL. The Tableau dashboards are built by the finance team, not by you.')).not.toContain('tableau');
    expect(skills('Odotamme Python-osaamista. Raportoinnin (Tableau) hoitaa erillinen BI-tiimimme.')).not.toEqual(expect.arrayContaining(['tableau']));
  });
  it('keeps it when the hire runs it, alone or with a team', () => {
    expect(skills('Sinä ylläpidät Kafkaa ja Kubernetesia yhdessä alustatiimin kanssa, ja odotamme kokemusta sekä Linuxista että Bashista.')).toEqual(
      expect.arrayContaining(['kafka', 'kubernetes']),
    );
    expect(skills('You will run Kafka with the data team and own its upgrades.')).toContain('kafka');
    expect(skills('Aranan: Kubernetes kümelerini platform ekibiyle birlikte yöneteceksin.')).toContain('kubernetes');
  });
});

describe('a hands-off clause, and the office\u2019s own tool', () => {
  it('drops what customers or the office run when the sentence keeps the hire off it', () => {
    expect(skills('Aranan: Python. Bazı müşterilerimiz kendi tarafında Salesforce kullanıyor; o sistemlere erişimin olmayacak.')).not.toContain('salesforce');
    expect(skills('We need Go. Half our customers run HubSpot; you will never log in to it.')).not.toContain('hubspot');
    expect(skills('Buscamos Python. Nuestras oficinas usan SAP para la contabilidad.')).not.toContain('sap');
  });
  it('keeps a tool the hire is told to use', () => {
    expect(skills('We need Go, and you will maintain our HubSpot integration end to end.')).toContain('hubspot');
  });
});

describe('the employer\u2019s product named by its name and a tool\u2019s word, or disclaimed', () => {
  it('drops the tool\u2019s word of the product', () => {
    expect(skills('Brightmoor | Backend Engineer | Remote\n\nWe write Kotlin on the server. Our driver app is called Brightmoor Go and has 40,000 users.')).not.toContain('go');
    expect(skills('We write Kotlin. Our scanner is called Rust Belt Scan (nothing to do with the language).')).not.toContain('rust');
  });
  it('keeps the tool asked', () => {
    expect(skills('Brightmoor | Backend Engineer | Remote\n\nOur services are written in Go and Kotlin.')).toContain('go');
  });
});
