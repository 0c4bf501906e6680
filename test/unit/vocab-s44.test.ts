import { describe, expect, it } from 'vitest';
import { verbObjectVariants } from '../../lib/skills/matcher';
import { extract } from '../bench/labelled';

// Session 44 (#13, helper s44-skills-b): the misses of the fresh postings' tune halves (sessions 41 to 43), read by why
// they were missed. The biggest class that was not a missing tool was the known practice written another way: with its
// verb and object ("manage secrets" for secrets management, "deploying models" for model deployment, "respond to
// incidents"), which the taxonomy held phrase by phrase. Every sentence here is written for this test, none taken from
// a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('a practice named by its verb and object', () => {
  it('derives the verb forms of "<object> <action noun>"', () => {
    // (s44, after the merge: and the passive a resume writes, plural objects only: "secrets managed", "models deployed".)
    expect(verbObjectVariants('secrets management')).toEqual(['manage secrets', 'managing secrets', 'secrets managed']);
    expect(verbObjectVariants('deployment automation')).toEqual(['automate deployment', 'automate deployments', 'automating deployment', 'automating deployments', 'deployments automated']);
    expect(verbObjectVariants('model deployment')).toContain('models deployed');
    expect(verbObjectVariants('model deployment')).not.toContain('model deployed');
    expect(verbObjectVariants('incident response')).toContain('respond to incidents');
    expect(verbObjectVariants('artifact signing')).toEqual(expect.arrayContaining(['sign artifacts', 'sign artefacts', 'signing artefacts']));
    expect(verbObjectVariants('data migration')).toEqual(['migrate data', 'migrating data']);
  });

  it('derives none where the first word names a kind or a manner, not the thing acted on', () => {
    for (const form of ['continuous deployment', 'live migration', 'fine tuning', 'unit testing', 'visual design', 'predictive modeling', 'manual testing', 'horizontal sharding', 'risk management', 'change management', 'cost reduction'])
      expect(verbObjectVariants(form), form).toEqual([]);
    // Nor for a form of another shape.
    expect(verbObjectVariants('Kubernetes')).toEqual([]);
    expect(verbObjectVariants('site reliability engineering')).toEqual([]);
  });

  it('finds the practice where a posting asks it with the verb', () => {
    expect(req('Manage secrets for forty services with HashiCorp Vault.')).toContain('secrets-management');
    expect(req('Comfortable deploying models to a GPU fleet and watching them afterwards.')).toContain('model-serving');
    expect(req('You will respond to incidents in the payments path and write them up.')).toContain('incident-response');
    expect(req('Migrate data from the old billing database without downtime.')).toContain('data-migration');
    expect(req('Orchestrate workflows across three warehouses with Prefect.')).toContain('durable-execution');
    expect(req('Sign artefacts in the release pipeline and verify them at admission.')).toContain('software-supply-chain-security');
    expect(req('Manage identities and access for 600 staff in Okta.')).toContain('iam');
    expect(req('Experience evaluating models against a held-out set before launch.')).toContain('llm-evaluation');
    expect(req('Plan capacity for the winter peak with the finance team.')).toContain('capacity-planning');
    expect(req('Analyse malware samples that reach the mail gateway.')).toContain('malware-analysis');
  });

  it('does not take the third person, which tells what a product does', () => {
    expect(skills('About us\nOur platform ingests data from 300 weather stations and sells forecasts to farmers.')).not.toContain('data-pipelines');
    expect(skills('About us\nThe app manages secrets for small teams who hate spreadsheets.')).not.toContain('secrets-management');
  });

  it('leaves a skill named as the object to that skill', () => {
    // "harden Windows Server": Windows Server stays a skill of its own, not swallowed by a verb form.
    expect(req('Patch and harden Windows Server hosts every month.')).toContain('windows-server');
    expect(req('Harden Kubernetes clusters with network policies.')).toContain('kubernetes');
  });

  it('does not read everyday verbs with everyday objects as a practice', () => {
    const none = ['risk-management', 'change-management', 'cost-optimization', 'itil', 'adtech'];
    const found = skills('About the job\nYou will manage risk for clients, help them manage change, reduce costs where you can, manage problems calmly and serve ads to nobody.');
    expect(none.filter((id) => found.includes(id))).toEqual([]);
  });
});

// Families the tune halves of the blind batches s44b1 and s44b2 showed missing: a whole family at a time, not its one name.
describe('families the s44 blind batches showed missing', () => {
  it('finds deployment automation and its verb', () => {
    expect(req('Deployment automation for thirty services on ECS.')).toContain('ci-cd');
    expect(req('Automate deployments so nobody copies files by hand again.')).toContain('ci-cd');
  });

  it('finds real-time rendering techniques, upscalers and shader formats', () => {
    expect(req('Work on mesh shaders, a render graph and temporal anti-aliasing.')).toContain('computer-graphics');
    expect(req('Integrate XeSS beside our DLSS path.')).toContain('gpu-upscaling');
    expect(req('Our shaders compile to SPIRV through glslang.')).toContain('spir-v');
    expect(req('Port the renderer from D3D11 to D3D12.')).toContain('directx');
  });

  it('finds low-latency Linux tuning, but not huge pages of prose', () => {
    expect(req('Tune trading hosts: isolcpus, interrupt affinity and CPU pinning.')).toContain('low-latency-tuning');
    expect(req('Run the JVM on Linux with huge pages enabled.')).toContain('low-latency-tuning');
    expect(skills('About us\nWe wrote huge pages of notes after every customer call.')).not.toContain('low-latency-tuning');
  });

  it('finds database concurrency, peering and transit, and routing words', () => {
    expect(req('Understand snapshot isolation, MVCC and where lock contention comes from.')).toContain('database-concurrency');
    expect(req('Negotiate with transit providers and peer at internet exchanges.')).toContain('internet-peering');
    expect(req('Measure reachability with RIPE Atlas probes.')).toContain('network-observability');
  });

  it('finds insurance and Singapore regulation, medical-device files and mainframe words', () => {
    expect(req('Feed the actuarial models behind IFRS 17 disclosures.')).toContain('insurance-regulatory-reporting');
    expect(req('Keep the platform within MAS Technology Risk Management guidelines.')).toContain('compliance');
    expect(req('Maintain the design history file and the ISO 14971 risk file.')).toContain('medical-device-software');
    expect(req('Read COBOL copybooks and VSAM layouts without fear.')).toContain('rexx');
  });

  it('finds Databricks and Delta features, analytics practices and restore tests', () => {
    expect(req('Load files incrementally with Auto Loader; Z-order the big tables.')).toEqual(expect.arrayContaining(['databricks', 'delta-lake']));
    expect(req('Do ad-hoc analysis for the growth team and build cohort retention views.')).toEqual(expect.arrayContaining(['data-analysis', 'product-analytics']));
    expect(req('Add freshness checks to every source table.')).toContain('data-quality');
    expect(req('Run restore drills every quarter and fix what they find.')).toContain('disaster-recovery');
    expect(req('Retire the old app with the strangler fig pattern.')).toContain('refactoring');
  });
});

// Families the tune half of the third batch (s44b3) showed missing.
describe('families the s44b3 tune half showed missing', () => {
  it('finds FinOps practices written as the work', () => {
    expect(req('Give every team cost visibility and fair cost allocation for shared clusters.')).toContain('finops');
    expect(req('Report unit costs per customer and forecast spend with finance.')).toContain('finops');
    expect(req('Query the Cost and Usage Report in Athena.')).toContain('finops');
  });

  it('finds WebRTC plumbing', () => {
    expect(req('Run TURN servers close to users and tune simulcast layers.')).toContain('webrtc');
    expect(req('Debug NAT traversal failures on corporate networks.')).toContain('webrtc');
  });

  it('finds automotive safety analyses and their levels, not the D language', () => {
    const found = req('Support FMEA and fault tree analysis for ASIL D software.');
    expect(found).toContain('safety-critical-systems');
    expect(found).not.toContain('d-lang');
    expect(req('Trace requirements in Polarion.')).toContain('requirements-engineering');
    expect(req('Implement SecOC on the CAN bus.')).toContain('iso-21434');
  });
});
