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
