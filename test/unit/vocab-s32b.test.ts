import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Names resumes use that the taxonomy lacked (#12, session 32, resume lines batches 3 and 4). Every sentence here is
// written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('new skills a resume names', () => {
  it('finds the tools and what they show', () => {
    expect(req('Pushed monthly patches to the branch PCs through WSUS.')).toContain('wsus');
    expect(req('Global state kept in Pinia.')).toContain('pinia');
    expect(req('Wired the Flutter screens to Riverpod providers.')).toContain('riverpod');
    expect(req('Ran the Hive warehouse on Cloudera CDH.')).toContain('cloudera');
    expect(req('Android UI tests in Espresso run on every merge.')).toContain('espresso-testing');
    expect(req('Kafka on Kubernetes, managed by Strimzi.')).toContain('strimzi');
    // 'embedded C' inside 'embedded C++' read as C: the longer name shows both C++ and embedded work.
    expect(req('Wrote embedded C++ for a drone flight controller.')).toContain('embedded-cpp');
  });
});

describe('other forms of known skills', () => {
  it('finds inflections and named standards', () => {
    expect(req('Load-balanced the API tier across two zones.')).toContain('load-balancing');
    expect(req('Kept Jenkinsfiles for every repo in one library.')).toContain('jenkins');
    expect(req('Added 3-D Secure to the card flow.')).toContain('payments');
    expect(req('Parsed MT940 bank statements nightly.')).toContain('payments');
    expect(req('Built dimensional models for the sales mart.')).toContain('data-modeling');
    expect(req('Wrote Sigma detections for lateral movement.')).toContain('detection-engineering');
    expect(req('Time on a national supercomputer for the solver.')).toContain('hpc');
    expect(req('Sharded MySQL by tenant across six hosts.')).toContain('database-sharding');
    expect(req('Pen-tested the partner portal before launch.')).toContain('penetration-testing');
    expect(req('Threat-modelled the upload path with the app team.')).toContain('threat-modeling');
    expect(req('Integration-tested every adapter against a fake bank.')).toContain('integration-testing');
    expect(req('Rate-limited the login endpoint per IP.')).toContain('rate-limiting');
    expect(req('Wrote IR playbooks and ran tabletop exercises each quarter.')).toContain('incident-response');
    expect(req('Chased a flickering shadow in RenderDoc.')).toContain('computer-graphics');
    expect(req('Tiered nightly S3 dumps down to Glacier.')).toContain('s3-glacier');
    expect(req('Shipped the particle renderer on Metal and Vulkan.')).toContain('metal-api');
    expect(req('Built release gates in ADO pipelines.')).toContain('azure-devops');
    expect(req('Rewrote the cron helpers in Py3.')).toContain('python');
    expect(req('Imaged Win11 laptops for the sales team.')).toContain('windows');
    expect(req('Enrolled laptops with Windows Autopilot.')).toContain('endpoint-management');
    expect(req('Added an arbiter to the MongoDB replica set.')).toContain('database-replication');
    expect(req('Enforced conditional access in Entra for contractors.')).toContain('entra-id');
    expect(req('Copied Data Factory output into Synapse for the Power BI reports.')).toContain('azure-synapse');
    expect(req('Locked regions down with service control policies.')).toContain('aws-organizations');
  });

  it('coffee is no test framework', () => {
    expect(skills('Barista-made Espresso every morning.')).not.toContain('espresso-testing');
  });

  it('a glacier or a metal roof is no AWS or GPU API', () => {
    expect(skills('Our retreat is a hike from Glacier National Park.')).not.toContain('s3-glacier');
    expect(skills('We sell Metal roofing to farms.')).not.toContain('metal-api');
  });

  it('a Kubernetes ReplicaSet is no database replication', () => {
    expect(skills('Kubernetes keeps three pods in the replica set.')).not.toContain('database-replication');
  });

  it('sharded model state is no database sharding', () => {
    expect(skills('Optimizer state is sharded across GPUs during training.')).not.toContain('database-sharding');
  });
});
