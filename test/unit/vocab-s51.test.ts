import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Session 51 (#13, helper s51-skills): the misses of the tune halves of fresh-skills-s51a (and of s50a/s50a2, s49a/s49a2), by
// class: upkeep written as verbs (patched, upgraded, segmented, encrypted, partitioned), on-call and incident idioms, alerts
// judged by whether anyone acts on them, retries and timeouts, data words (lineage, late data, migrations, locks), cost cut,
// and the long tail of OT, pharmacy, logistics and weather trades. Every sentence here is written for this test, none taken
// from a posting or a labelled batch.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('upkeep written as a verb', () => {
  it('finds hosts patched, clusters upgraded, networks segmented, data encrypted and tables partitioned', () => {
    expect(req('Patch the bastion hosts monthly and record what changed.')).toContain('vulnerability-management');
    expect(req('Keep every GKE cluster patched and backed up.')).toContain('vulnerability-management');
    expect(req('Patch Linux and Windows servers inside the agreed window.')).toContain('vulnerability-management');
    expect(req('Keep the EKS clusters upgraded within one minor version.')).toContain('kubernetes-upgrades');
    expect(req('Segment the plant network so a laptop cannot reach the controllers.')).toContain('network-security');
    expect(req('Check that every bucket holding patient files is encrypted at rest.')).toContain('encryption');
    expect(req('Offer customer-managed keys to the banks that ask for them.')).toContain('encryption');
    expect(req('Partition the clickstream tables by day and expire the old ones.')).toContain('database-sharding');
  });
  it('does not read patch notes or cables, an office upgrade, a market segment, an encrypted chat app or a network partition', () => {
    expect(skills('Players read the patch notes on our forum.')).not.toContain('vulnerability-management');
    expect(skills('The technician brought new patch cables for the meeting room.')).not.toContain('vulnerability-management');
    expect(skills('We upgraded the kitchen and the bike storage last year.')).not.toContain('kubernetes-upgrades');
    expect(skills('We segment shoppers by basket size for the newsletter.')).not.toContain('network-security');
    expect(skills('Reach our recruiters on an encrypted messaging app.')).not.toContain('encryption');
    expect(req('Design services that survive a network partition between zones.')).not.toContain('database-sharding');
  });
});

describe('on-call and incidents told in idioms', () => {
  it('finds rotas, out-of-hours support, getting paged and incidents in the singular', () => {
    expect(req('Take a place on the support rota after your first month.')).toContain('on-call');
    expect(req('Cover out-of-hours callouts for the two largest depots.')).toContain('on-call');
    expect(req('Make the checks sane so nobody gets paged at 3 a.m. for a full disk.')).toContain('on-call');
    expect(req('Lead an incident from the first page to the written timeline.')).toContain('incident-response');
    expect(req('SQL good enough to query a replica during an incident.')).not.toContain('incident-response');
    expect(req('Lead the response to customer-impacting incidents.')).toContain('incident-response');
    expect(req('Open the incident channel and pull in whoever is needed.')).toContain('incident-response');
  });
  it('does not read an office rota, an office open after-hours or a move done without incident', () => {
    expect(skills('The lunch rota is pinned in the kitchen.')).not.toContain('on-call');
    expect(skills('The gym is open after-hours for staff.')).not.toContain('on-call');
    expect(skills('The office move went ahead without incident.')).not.toContain('incident-response');
  });
});

describe('alerts judged by whether anyone acts on them; retries and timeouts', () => {
  it('finds alerts that mean something, alerts nobody acts on, and alerts set on a condition', () => {
    expect(req('Replace the checks with alerts that mean something to a human.')).toContain('alerting');
    expect(req('Delete the alerts nobody acts on.')).toContain('alerting');
    expect(req('Most of our alerts date from an older architecture.')).toContain('alerting');
    expect(req('Alert when the nightly export is more than an hour late.')).toContain('alerting');
    expect(req('Make retries safe so a booking is never taken twice.')).toContain('fault-tolerance');
    expect(req('Handle downstream timeouts without dropping the request.')).toContain('fault-tolerance');
  });
  it('does not read alerts a product sends its users, or retries at an exam', () => {
    expect(skills('Travellers get flight alerts by text.')).not.toContain('alerting');
    expect(skills('Sign up for job alerts to hear about new roles.')).not.toContain('alerting');
    expect(skills('Learners get three retries on each quiz.')).not.toContain('fault-tolerance');
  });
});

describe('data words', () => {
  it('finds lineage among data words, late data and watermarks, migrations written, locks beside a database, a night replayed', () => {
    expect(req('Add lineage to the dbt models that feed the board pack.')).toContain('data-lineage');
    expect(req('Handle late data and watermarks in the Flink jobs.')).toContain('stream-processing');
    expect(req('Write migrations that run on large tables without locks.')).toContain('schema-migrations');
    expect(req('Know MySQL well: indexes, locks and replication.')).toContain('database-locking');
    expect(req('Replay a busy night of orders against the new build.')).toContain('event-replay');
    expect(req('Make sure each report is de-duplicated before it is billed.')).toContain('deduplication');
  });
  it('does not read a family lineage, a bird migration, door locks or a watermark on a photo', () => {
    expect(skills('Her family traces its lineage to the founders of the town.')).not.toContain('data-lineage');
    expect(skills('Geese migrations pass the office each autumn.')).not.toContain('schema-migrations');
    expect(skills('Our product fits smart locks to rental flats.')).not.toContain('database-locking');
    expect(skills('Every stock photo carries our watermarks.')).not.toContain('stream-processing');
  });
});

describe('cost cut and toil driven down', () => {
  it('finds a cost the hire cuts, right-sizing, cost reporting and toil', () => {
    expect(req('Cut storage cost on the archive without slowing restores.')).toContain('cost-optimization');
    expect(req('Right-size the database instances after the peak.')).toContain('cost-optimization');
    expect(req('Own cost reporting for each product team.')).toContain('finops');
    expect(req('Automate away toil so the rota stays quiet.')).toContain('toil-reduction');
  });
  it('does not read a price, living costs, a pitch of lower cost or toil in the fields', () => {
    expect(skills('Day passes cost less on weekdays.')).not.toContain('cost-optimization');
    expect(skills('Living costs in Porto are modest.')).not.toContain('cost-optimization');
    expect(skills('Clients choose us for faster delivery and lower cost.')).not.toContain('cost-optimization');
    expect(skills('Generations of toil built the vineyard.')).not.toContain('toil-reduction');
  });
});

describe('trades: OT, historians, pharmacy, logistics, weather', () => {
  it('finds PLC makers and OT monitors, historians, NCPDP, Surescripts, RFID, GRIB and solvers', () => {
    expect(req('Read ladder logic on Allen-Bradley controllers.')).toContain('rockwell-automation');
    expect(req('Tune Claroty and Dragos so routine changes stay quiet.')).toEqual(expect.arrayContaining(['claroty', 'dragos']));
    expect(req('Pull tags from the plant historian into the lake every minute.')).toContain('process-historians');
    expect(req('Move data off the AVEVA PI System into Parquet.')).toContain('process-historians');
    expect(req('Claims go to insurers over NCPDP and come back in seconds.')).toContain('ncpdp');
    expect(req('Receive new prescriptions through Surescripts.')).toContain('surescripts');
    expect(req('Read RFID tags at the dock doors.')).toContain('rfid');
    expect(req('Decode GRIB files from the forecast service.')).toContain('grib');
    expect(req('Plan rounds with Timefold or OR-Tools.')).toContain('optimization');
    expect(req('Build predictive maintenance models from pump vibration.')).toContain('predictive-maintenance');
  });
  it('does not read a street called Rockwell, a bullet train, a historian on staff', () => {
    expect(skills('Our office is on Rockwell Street.')).not.toContain('rockwell-automation');
    expect(skills('Take the Nozomi from Osaka to reach the Kyoto office.')).not.toContain('nozomi-networks');
    expect(skills('The museum employs a historian and a conservator.')).not.toContain('process-historians');
  });
});

describe('a shipping box, the gaming trade and a queue of trucks', () => {
  it('does not read a container landing at a port, a gaming commission or trucks queueing at a gate', () => {
    expect(skills('Each container that arrives at the quay is scanned twice.')).not.toContain('containers');
    expect(skills('Gaming or lottery compliance experience is welcome.')).not.toContain('game-development');
    expect(skills('Lorries spend an hour queueing at the weighbridge.')).not.toContain('message-queues');
  });
  it('still reads software containers, game development and message queues', () => {
    expect(req('Package every service as a container and run it on ECS.')).toContain('containers');
    expect(req('Experience in game development with Unity.')).toContain('game-development');
    expect(req('Experience with queueing systems such as SQS.')).toContain('message-queues');
  });
});

describe('a verb that spells a product', () => {
  it('does not read "the cloud runs on" as Cloud Run, and still reads Cloud Run', () => {
    expect(skills('Our hosted cloud runs on Kubernetes in two regions.')).not.toContain('cloud-run');
    expect(req('Ship the API to Cloud Run behind a load balancer.')).toContain('cloud-run');
  });
});
