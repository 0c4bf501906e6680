import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Session 47 (#13, helper s47-skills): the misses of the tune halves of fresh-skills-s46a/s46a2 and s44b1..b3, by class.
// Known practices asked in another inflection (incidents, alerts, migrations, regression tests, writing tests), and named
// tools of fields the taxonomy knows, added to the field. Every sentence here is written for this test, none taken from
// a posting or a labelled batch.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('incident response asked as the incidents one leads or handles', () => {
  it('finds incidents led, handled or lived through, and the incident process', () => {
    expect(req('You will lead incidents on the payments path and write the review.')).toContain('incident-response');
    expect(req('A steady head during incidents, with clear updates for support.')).toContain('incident-response');
    expect(req('Respond to incidents raised by the monitoring stack.')).toContain('incident-response');
    expect(req('Own and improve our incident process across the three squads.')).toContain('incident-response');
  });

  it('does not read incidents a product counts or reports', () => {
    expect(skills('Our app lets city crews log road incidents with a photo.')).not.toContain('incident-response');
    expect(skills('Fleets use our map to see incidents reported by drivers.')).not.toContain('incident-response');
  });
});

describe('alerting asked as the alerts one writes or tunes', () => {
  it('finds alerts written, tuned or built beside dashboards and monitoring tools', () => {
    expect(req('Write SLO-based alerts for the checkout service.')).toContain('alerting');
    expect(req('Build dashboards and alerts in Grafana for the ingest fleet.')).toContain('alerting');
    expect(req('Cut noisy alerts so the pager rings only for real trouble.')).toContain('alerting');
  });

  it('does not read the alerts a product sends its users', () => {
    expect(skills('Tenants get leak alerts on their phones within seconds.')).not.toContain('alerting');
    expect(skills('Our customers receive stock alerts by SMS and email.')).not.toContain('alerting');
  });
});

describe('database migrations asked as bare migrations beside a database', () => {
  it('finds migrations beside Postgres, MySQL or SQL, and SQL migrations', () => {
    expect(req('Deep MySQL: indexes, query plans and migrations without downtime.')).toContain('schema-migrations');
    expect(req('You have written SQL migrations for tables with a billion rows.')).toContain('schema-migrations');
    expect(req('Keep our Postgres healthy: vacuum, partitioning and migrations.')).toContain('schema-migrations');
  });

  it('does not read migrations of a platform, a cloud or data', () => {
    expect(req('You have led large migrations between cloud providers, with PostgreSQL among the workloads.')).not.toContain('schema-migrations');
    expect(skills('We help insurers with cloud migrations and SQL Server upgrades.')).not.toContain('schema-migrations');
    expect(skills('Our product speeds up migrations of mailboxes between tenants.')).not.toContain('schema-migrations');
  });
});

describe('regression tests', () => {
  it('finds regression tests as quality assurance; a medical test stays no skill', () => {
    expect(req('Keep the regression tests for the billing engine fast and green.')).toContain('quality-assurance');
    expect(skills('Our clinics run blood tests for 40,000 patients a year.')).not.toContain('automated-testing');
  });
});

describe('named tools of fields the taxonomy knows', () => {
  it('single-cell and sequencing tools are bioinformatics', () => {
    expect(req('Hands-on with Scanpy or Seurat for single-cell analysis.')).toContain('bioinformatics');
    expect(req('You know AnnData objects and FASTQ files well.')).toContain('bioinformatics');
  });

  it('satellite missions and Earth Engine are image processing', () => {
    expect(req('Experience with Sentinel-2 or Landsat scenes in Google Earth Engine.')).toContain('image-processing');
  });

  it('MILP, HiGHS and constraint solving are mathematical optimization', () => {
    expect(req('Model shift plans as a MILP and solve them with HiGHS or Gurobi.')).toContain('optimization');
    expect(req('Comfort with constraint solving for timetables.')).toContain('optimization');
  });

  it('Singularity beside containers or a cluster is the runtime, and no prophecy', () => {
    expect(req('Ship the tools as Docker and Singularity images for the HPC cluster.')).toContain('apptainer');
    expect(skills('Our founder wrote a book about the Singularity and the future of work.')).not.toContain('apptainer');
  });

  it('Mythic and Sliver among red team words are C2 frameworks, not fantasy', () => {
    expect(req('Red team experience with Sliver or Mythic for C2.')).toContain('penetration-testing');
    expect(skills('Our mobile game is a Mythic card battler with a sliver of strategy.')).not.toContain('penetration-testing');
  });

  it('DDP, Redfish, MAAS, IRSA, WorkManager and BTEQ join their parents', () => {
    expect(req('Scaled training with PyTorch DDP across nodes.')).toContain('distributed-training');
    expect(req('Bring up racks with MAAS and manage BMCs through Redfish.')).toContain('server-hardware');
    expect(req('EKS with IRSA for pod credentials.')).toContain('eks');
    expect(req('Android background work with WorkManager.')).toContain('jetpack-compose');
    expect(req('Move nightly BTEQ jobs off Teradata.')).toContain('teradata');
  });
});

