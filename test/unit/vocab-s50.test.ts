import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Session 50 (#13, helper s50-skills): the misses of the tune halves of fresh-skills-s50a (and of s49a/s49a2, s48a/s48a2),
// by class: practices written as verbs, cost and capacity named by what they are spent or watched on, and the long tail of
// telecom, transit, logistics, retail-media and French operations words. Every sentence here is written for this test,
// none taken from a posting or a labelled batch.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('practices written as verbs', () => {
  it('finds capacity watched, what pages, rollbacks, staged rollouts, failing over and notes written down', () => {
    expect(req('Keep an eye on capacity ahead of the exam-week peak.')).toContain('capacity-planning');
    expect(req('Decide what should page a human and what can wait for a ticket.')).toContain('alerting');
    expect(req('Own the quoting service end to end, including its alerts.')).toContain('alerting');
    expect(req('If the health checks go red, roll it back before anyone asks.')).toContain('rollbacks');
    expect(req('Push new gateway builds out region by region, watching error rates.')).toContain('deployment-strategies');
    expect(req('Every release goes to a canary first, then to the rest of the fleet.')).toContain('deployment-strategies');
    expect(req('Practise failing over to the standby until it is boring.')).toContain('high-availability');
    expect(req('When you fix something odd, write it down for the next person.')).toContain('technical-writing');
    expect(req('Lead incident calls and keep the incident timeline honest.')).toContain('incident-response');
  });
  it('does not read a wharf, a price rolled back, a launch by region, a spot on the team or cost containment', () => {
    expect(skills('Our London office sits in Canary Wharf.')).not.toContain('deployment-strategies');
    expect(skills('We are launching the app region by region across Brazil.')).not.toContain('deployment-strategies');
    expect(skills('The council rolled back the parking fees last spring.')).not.toContain('rollbacks');
    expect(skills('We have a spot for you on the platform team.')).not.toContain('spot-instances');
    expect(skills('Spot the bug before the reviewer does.')).not.toContain('spot-instances');
    expect(skills('Cost containment is a priority for the finance team.')).not.toContain('incident-response');
  });
});

describe('cost, capacity and credentials named by their object', () => {
  it('finds a tool\u2019s bill, orphaned volumes, spot beside Graviton, unit costs, commitments and billing exports', () => {
    expect(req('Bring the Databricks bill down without slowing the nightly jobs.')).toContain('cost-optimization');
    expect(req('Clean up orphaned snapshots and idle instances every month.')).toContain('cost-optimization');
    expect(req('Move the build runners to Graviton and spot where a restart is cheap.')).toContain('spot-instances');
    expect(req('Report the cost per request of each service to its owners.')).toContain('finops');
    expect(req('Work out when reserved capacity or savings plans pay for themselves.')).toContain('reserved-instances');
    expect(req('Load the GCP billing export into BigQuery and explain the bill.')).toContain('finops');
    expect(req('Set resource requests on every Kubernetes workload before the autoscaler guesses.')).toContain('kubernetes-resource-management');
    expect(req('Replace long-lived access keys with short-lived credentials per job.')).toContain('secrets-management');
    expect(req('Engineers get access to production through a request that expires on its own.')).toContain('iam');
  });
  it('does not read an energy spot market, a retirement savings plan or requests sent to the IT desk', () => {
    expect(req('Forecast the hourly price on the day-ahead spot market.')).not.toContain('spot-instances');
    expect(skills('Open a savings plan for your retirement through our benefits portal.')).not.toContain('reserved-instances');
    expect(skills('Staff send resource requests for laptops to the IT desk.')).not.toContain('kubernetes-resource-management');
  });
});

describe('data work named by what is done to the data', () => {
  it('finds backfills, table scans, Delta beside Iceberg, clean rooms, replays, residency and reproducible runs', () => {
    expect(req('Backfill three months of orders after the schema fix.')).toContain('data-pipelines');
    expect(req('Teach analysts to avoid full table scans on the clickstream tables.')).toContain('query-optimization');
    expect(req('Know how Hudi or Delta handle deletes under Spark.')).toContain('delta-lake');
    expect(req('Run advertiser joins in a data clean room so no shopper ID leaves.')).toContain('data-clean-rooms');
    expect(req('Replay a trading day from the captured ticks before a change ships.')).toContain('event-replay');
    expect(req('Keep each tenant\u2019s data in its own region to meet data residency rules.')).toContain('data-residency');
    expect(req('Turn notebook runs into reproducible training jobs with pinned data.')).toContain('reproducibility');
  });
  it('does not read a hiring backfill, an airline, an instant replay, a replay attack or a fab\u2019s clean room', () => {
    expect(skills('This role is a backfill for an engineer who moved to Lisbon.')).not.toContain('data-pipelines');
    expect(skills('Fly Delta to the offsite in Atlanta.')).not.toContain('delta-lake');
    expect(skills('Watch the instant replay of the goal.')).not.toContain('event-replay');
    expect(skills('Sign each request with a nonce to stop replay attacks.')).not.toContain('event-replay');
    expect(skills('Gowning for the clean room takes ten minutes before each shift.')).not.toContain('data-clean-rooms');
  });
});

describe('trade words: telecom core, transit and public data, logistics messages, colocation, ops dashboards', () => {
  it('finds them', () => {
    expect(req('Answer Diameter credit-control requests from the gateways in under 50 ms.')).toContain('telecommunications');
    expect(req('Publish the timetable as GTFS and vehicle positions as GTFS-Realtime.')).toContain('gtfs');
    expect(req('Publish ridership tables to the county open data portal on CKAN.')).toContain('open-data');
    expect(req('Apply the records retention schedule before deleting any case files.')).toContain('records-management');
    expect(req('Parse terminal status messages in EDIFACT and merge them with AIS positions.')).toEqual(expect.arrayContaining(['edifact', 'ais-data']));
    expect(req('Our servers are colocated in LD4 next to the matching engine.')).toContain('colocation');
    expect(req('Give every new service dashboards and alerts from the template.')).toContain('observability');
  });
  it('does not read a pipe\u2019s diameter, colocated teams, open web data or a customer dashboard', () => {
    expect(skills('Pipes of a larger Diameter carry the cooling water.')).not.toContain('telecommunications');
    expect(skills('Engineers are colocated with the product team in Austin.')).not.toContain('colocation');
    expect(skills('Our model was pre-trained on open data from the web.')).not.toContain('open-data');
    expect(skills('Customers see their savings on a dashboard in our app.')).not.toContain('observability');
  });
});

describe('French operations words', () => {
  it('finds on-call, backups, monitoring, alerts, CI and high availability written in French', () => {
    const fr = req('Participer aux astreintes, g\u00e9rer les sauvegardes, mettre en place la supervision et d\u00e9finir les alertes avec Prometheus.');
    expect(fr).toEqual(expect.arrayContaining(['on-call', 'disaster-recovery', 'monitoring', 'alerting']));
    expect(req('Am\u00e9liorer l\u2019int\u00e9gration continue et la haute disponibilit\u00e9 des services.')).toEqual(expect.arrayContaining(['ci-cd', 'high-availability']));
  });
  it('does not read English supervision of people as monitoring', () => {
    expect(skills('Works under the supervision of the charge nurse.')).not.toContain('monitoring');
  });
});
