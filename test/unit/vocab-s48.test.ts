import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Session 48 (#13, helper s48-skills): the misses of the tune halves of fresh-skills-s46a/s46a2 and s47a/s47a2, by class.
// Long-tail named tools and standards, and practices named as nouns in fields the taxonomy knew only by their headline
// (storage engines, FPGA work, motor control, audio DSP, marketing science, LLM evaluation, platform work). Every sentence
// here is written for this test, none taken from a posting or a labelled batch.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('storage engine and database practice', () => {
  it('finds compaction, write amplification, crash consistency, fsync, the page cache and materialized views', () => {
    expect(req('You have tuned compaction strategies and measured write amplification on NVMe.')).toEqual(expect.arrayContaining(['compaction', 'write-amplification']));
    expect(req('Know what fsync guarantees, how the page cache behaves, and how crash recovery replays the log.')).toEqual(expect.arrayContaining(['fsync', 'page-cache', 'crash-consistency']));
    expect(req('Move the nightly reports onto materialized views and kill the N+1 queries in the admin.')).toEqual(expect.arrayContaining(['materialized-views', 'n-plus-one-queries']));
  });
  it('does not read soil compaction, a car crash or a price rollback', () => {
    expect(skills('Our sensors measure soil compaction on 2,000 farms.')).not.toContain('compaction');
    expect(skills('The app helps drivers after a car crash.')).not.toContain('crash-consistency');
    expect(skills('Shoppers love our price rollbacks every Friday.')).not.toContain('rollbacks');
  });
});

describe('platform and supply-chain practice', () => {
  it('finds preview environments, developer portals, staged rollouts, rollbacks, reproducible builds, signed commits and pinning', () => {
    expect(req('Give each pull request an ephemeral environment and build an internal developer portal.')).toEqual(expect.arrayContaining(['preview-environments', 'internal-developer-portals']));
    expect(req('Ship mobile releases through staged rollouts with one-click rollbacks.')).toEqual(expect.arrayContaining(['staged-rollouts', 'rollbacks']));
    expect(req('Harden the pipeline: reproducible builds, signed commits and dependency pinning.')).toEqual(expect.arrayContaining(['reproducible-builds', 'commit-signing', 'dependency-pinning']));
    expect(req('Plan and run cluster upgrades across our GKE fleet.')).toContain('kubernetes-upgrades');
  });
  it('does not read a council\u2019s service catalogue', () => {
    expect(skills('The city publishes a service catalogue of bin collections and permits.')).not.toContain('service-catalog');
  });
});

describe('hardware: FPGA, motor control, robotics and spacecraft', () => {
  it('finds timing closure, AXI, SerDes, testbenches and lab tools', () => {
    expect(req('Own timing closure and write the SDC constraints for a Versal design with AXI4-Stream links.')).toEqual(expect.arrayContaining(['timing-closure', 'timing-constraints', 'amd-versal', 'axi']));
    expect(req('Bring up SerDes lanes, debug with ChipScope, and script the bench in PyVISA.')).toEqual(expect.arrayContaining(['serdes', 'chipscope', 'pyvisa']));
    expect(req('Write self-checking testbenches and keep regressions green in Questa.')).toEqual(expect.arrayContaining(['testbenches', 'hardware-verification']));
  });
  it('finds motor control, estimation and flight software terms', () => {
    expect(req('Field-oriented control of BLDC motors, PWM generation and current sensing on a Cortex-M.')).toEqual(expect.arrayContaining(['field-oriented-control', 'bldc-motors', 'pwm', 'current-sensing']));
    expect(req('Fuse IMU data in a factor graph; run the stack on PREEMPT_RT.')).toEqual(expect.arrayContaining(['imu', 'factor-graphs', 'preempt-rt']));
    expect(req('Flight apps on cFS over RTEMS, CCSDS telemetry, and FDIR logic.')).toEqual(expect.arrayContaining(['nasa-cfs', 'rtems', 'ccsds', 'fdir']));
  });
  it('does not read a fund called FOC or a Santa in the office', () => {
    expect(skills('FOC, our lead investor, joined the board.')).not.toContain('field-oriented-control');
    expect(skills('Santa Monica office, or remote in the US.')).not.toContain('santa');
  });
});

describe('audio, marketing science and LLM evaluation', () => {
  it('finds audio DSP terms, codecs and speech quality metrics', () => {
    expect(req('Design beamforming, adaptive filters and filter banks in fixed-point C.')).toEqual(expect.arrayContaining(['beamforming', 'adaptive-filters', 'filter-banks', 'fixed-point-arithmetic']));
    expect(req('Judge models by PESQ and listening tests; ship Opus and AAC encodes at target LUFS.')).toEqual(expect.arrayContaining(['speech-quality-metrics', 'audio-codecs', 'loudness-normalization']));
  });
  it('finds causal and marketing measurement methods', () => {
    expect(req('Marketing mix modeling in Robyn, geo holdouts and incrementality tests.')).toEqual(expect.arrayContaining(['marketing-mix-modeling', 'robyn', 'geo-experiments', 'incrementality-testing']));
    expect(req('Comfortable with diff-in-diff, synthetic control and regression discontinuity.')).toEqual(expect.arrayContaining(['difference-in-differences', 'synthetic-control', 'regression-discontinuity']));
  });
  it('finds evaluation and data-labelling practice', () => {
    expect(req('Write annotation guidelines, track inter-annotator agreement and report confidence intervals.')).toEqual(expect.arrayContaining(['annotation-guidelines', 'inter-annotator-agreement', 'confidence-intervals']));
    expect(req('Tune chunking, add hallucination detection, and design model routing for cost.')).toEqual(expect.arrayContaining(['chunking', 'hallucination-detection', 'model-routing']));
  });
  it('does not read a magnum opus or a person called Robyn', () => {
    expect(skills('Her magnum Opus took ten years.')).not.toContain('audio-codecs');
    expect(skills('Robyn, our recruiter, will call you.')).not.toContain('robyn');
  });
});

describe('long-tail named tools of known fields', () => {
  it('finds edtech rostering, commerce and mobile tools', () => {
    expect(req('Rostering through Clever, ClassLink and OneRoster; everything FERPA and COPPA compliant.')).toEqual(expect.arrayContaining(['clever', 'classlink', 'oneroster', 'ferpa', 'coppa']));
    expect(req('Shopify themes in Liquid, metafields, and feeds for Google Merchant Center.')).toEqual(expect.arrayContaining(['shopify-liquid', 'shopify-metafields', 'google-merchant-center']));
    expect(req('Flutter with go_router and Drift, translations in ARB files.')).toEqual(expect.arrayContaining(['go-router', 'drift-dart', 'flutter-localization']));
    expect(req('Profile the iOS app in Xcode Instruments before each release.')).toContain('xcode-instruments');
  });
  it('does not read clever people, liquid cash, continental drift or financial instruments', () => {
    expect(skills('We hire clever people and pay them well.')).not.toContain('clever');
    expect(skills('Clever people who like hard problems.')).not.toContain('clever');
    expect(skills('Keep the cash Liquid, said nobody.')).not.toContain('shopify-liquid');
    expect(skills('Drift in the eastern channel slowed the survey.')).not.toContain('drift-dart');

  });
});

describe('s48a tune: more long-tail names and practices', () => {
  it('finds game backend, platform security and build practice terms', () => {
    expect(req('Build leaderboards and seasonal rankings for ranked play.')).toContain('leaderboards');
    expect(req('Replace static keys with short-lived credentials, keep the status page honest, and own code signing.')).toEqual(expect.arrayContaining(['short-lived-credentials', 'status-pages', 'code-signing']));
    expect(req('Speed up CI with incremental builds; turn dbt tables into incremental models.')).toEqual(expect.arrayContaining(['incremental-builds', 'dbt-incremental-models']));
    expect(req('Write Airflow DAGs and move Databricks jobs to job clusters with Photon.')).toEqual(expect.arrayContaining(['dags', 'databricks-job-clusters', 'databricks-photon']));
    expect(req('Debug slow all-reduce on the training cluster and hunt a deadlock in the scheduler.')).toEqual(expect.arrayContaining(['collective-communication', 'deadlocks']));
  });
  it('does not read an award called DAG or a photon detector', () => {
    expect(skills('The DAG award went to our CEO.')).not.toContain('dags');
    expect(skills('We build Photon counting detectors for hospitals.')).not.toContain('databricks-photon');
  });
});
