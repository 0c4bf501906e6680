import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary of session 39's blind skills batches (#13): names, inflections and guards that those
// tune postings showed the taxonomy lacked. Every sentence here is written for this test, none taken
// from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('role names in the plural', () => {
  it('a qualified role name counts in the plural even where the skill takes none', () => {
    expect(skills('Hiring: senior AI engineers for the claims product (remote, EU).')).toContain('artificial-intelligence');
    expect(req('Two years as one of the AI Engineers on a shipped product.')).toContain('artificial-intelligence');
  });

  it('a bare role noun gets no plural of its own', () => {
    expect(skills('Our office hosts designers, printers and a bakery.')).not.toContain('ux-design');
  });
});

describe('names and forms the taxonomy lacked', () => {
  it('HITL is human-in-the-loop, except where it means hardware-in-the-loop', () => {
    expect(req('Design HITL review queues for low-confidence extractions.')).toContain('human-in-the-loop');
    expect(req('Run HITL rigs for the robotics arm and embedded firmware before each release.')).not.toContain('human-in-the-loop');
  });

  it('retraining is model training, a retraining budget for staff is not', () => {
    expect(req('Own retraining when the label set changes.')).toContain('model-training');
    expect(skills('Every employee has a retraining budget for new roles.')).not.toContain('model-training');
  });

  it('conversational systems and agents are conversational AI', () => {
    expect(req('Built conversational agents for phone support.')).toContain('speech-recognition');
    expect(req('Shipped conversational systems used by millions.')).toContain('speech-recognition');
  });

  it('distributed infrastructure is distributed systems', () => {
    expect(req('Five years on distributed infrastructure at a cloud vendor.')).toContain('distributed-systems');
  });

  it('odometry and occupancy grids are SLAM', () => {
    expect(req('Fuse wheel odometry into the occupancy grid of the warehouse robot.')).toContain('slam');
  });

  it('teleoperation is a skill of its own', () => {
    expect(req('Write the teleoperation client that steers our arms over 5G.')).toContain('teleoperation');
  });

  it('cross-compiling and multi-arch builds are cross-compilation', () => {
    expect(req('Keep cross-compiling toolchains working for ARM boards.')).toContain('cross-compilation');
    expect(req('Maintain multi-arch builds for x86 and aarch64.')).toContain('cross-compilation');
  });
});

describe('second batch: trades, people operations and product leadership', () => {
  it('HVAC, MEP and building codes are skills of building engineering', () => {
    expect(req('Size HVAC systems and lead MEP coordination for new clinics.')).toEqual(expect.arrayContaining(['hvac', 'mep-engineering']));
    expect(req('Read plans against the local building codes.')).toContain('building-codes');
  });

  it('HVAC as a trade in the employer market is not a skill', () => {
    expect(skills('We sell dispatch software to HVAC, plumbing and roofing businesses.')).not.toContain('hvac');
    expect(skills('Our customers are HVAC contractors across Texas.')).not.toContain('hvac');
  });

  it('building code, said of writing software, is no building code', () => {
    expect(skills('We love building code that lasts for years.')).not.toContain('building-codes');
  });

  it('PeopleOps and HR operations are people operations', () => {
    expect(req('Two years of PeopleOps at a small startup.')).toContain('people-operations');
    expect(req('You have run HR operations for 300 staff.')).toContain('people-operations');
  });

  it('a social media manager does social media marketing; following us on social media is not', () => {
    expect(req('Worked as a social media manager for a consumer brand.')).toContain('social-media-marketing');
    expect(skills('Follow us on social media for launch news.')).not.toContain('social-media-marketing');
  });

  it('a product leader does product management', () => {
    expect(req('Five years as a product leader on a developer platform.')).toContain('product-management');
  });

  it('a literature review is research', () => {
    expect(req('Comfortable running a literature review before picking a model.')).toContain('research');
  });
});

describe('third batch: named tools, inflections and due diligence', () => {
  it('Groundcover is an observability tool; ground cover in a garden is not', () => {
    expect(req('Run Groundcover on our clusters for eBPF traces.')).toContain('groundcover');
    expect(skills('Plant ground cover along the path.')).not.toContain('groundcover');
  });

  it('ClojureDart is Clojure', () => {
    expect(req('Build the mobile app in ClojureDart.')).toContain('clojure');
  });

  it('a single performance bottleneck is performance work', () => {
    expect(req('Find the performance bottleneck in a slow batch job.')).toContain('performance-optimization');
  });

  it('signing cryptographically is cryptography', () => {
    expect(req('Make each ledger entry cryptographically signed.')).toContain('cryptography');
  });

  it('issue triage is debugging work', () => {
    expect(req('Share issue triage with the maintainers each week.')).toContain('debugging');
  });

  it('map tiles are GIS work', () => {
    expect(req('Serve vector tiles for the fleet map.')).toContain('gis');
  });

  it('technical due diligence is a skill; due diligence on a lease is not', () => {
    expect(req('Lead technical due diligence on software targets for investors.')).toContain('technical-due-diligence');
    expect(skills('Do your due diligence before you sign a lease.')).not.toContain('technical-due-diligence');
  });
});

describe('fourth batch: robot perception, audio and genomics', () => {
  it('camera pipelines and visual servoing are computer vision', () => {
    expect(req('Speed up camera processing on the robot and the visual servoing loop.')).toContain('computer-vision');
  });

  it('audio engineers do audio engineering', () => {
    expect(req('Two years as one of the audio engineers on a hearing aid.')).toContain('audio-engineering');
  });

  it('genomic pipelines are bioinformatics', () => {
    expect(req('Maintain genomic pipelines for the sequencing lab.')).toContain('bioinformatics');
  });

  it('a Qualcomm robotics board is embedded work', () => {
    expect(req('Bring up the vision stack on a QRB5165 board.')).toContain('embedded-systems');
  });
});

describe('fifth batch: radios, omics and bare AWS service names', () => {
  it('software modems and demodulation are RF engineering', () => {
    expect(req('Write software modems and improve their demodulation.')).toContain('rf-engineering');
  });

  it('multi-omics and transcriptomics are bioinformatics', () => {
    expect(req('Analyse multi-omics and transcriptomics data from trials.')).toContain('bioinformatics');
  });

  it('Timestream with its vendor prefix is Amazon Timestream; bare, it stays a word (vocab-s32 pins that reading)', () => {
    // (Bare "Timestream" was tried this session and undone at the merge: in "AWS (Lambda, SQS, DynamoDB, Timestream or
    // similar time-series database)" it made the whole bracket one choice; test/unit/requirements-choices.test.ts.)
    expect(req('Store sensor readings in AWS Timestream and query them from Lambda.')).toContain('timestream');
  });

  it('training orchestration is model training', () => {
    expect(req('Own training orchestration across our GPU pool.')).toContain('model-training');
  });
});
