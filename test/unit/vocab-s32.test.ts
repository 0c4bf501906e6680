import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Vocabulary postings name that the taxonomy lacked (#13, session 32). Every sentence here is written for this
// test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('new skills', () => {
  it('finds methods, libraries, hosts and fields', () => {
    expect(req('Cycles of six weeks, planned the Shape Up way.')).toContain('shape-up');
    expect(req('A product viewer in React Three Fiber.')).toContain('react-three-fiber');
    expect(req('KV-cache transfer over NIXL between prefill and decode nodes.')).toContain('nixl');
    expect(req('Our small VPS fleet lives at Contabo and Hetzner.')).toEqual(expect.arrayContaining(['contabo', 'hetzner']));
    expect(req('You have trained PINNs or neural operators for a PDE.')).toContain('physics-informed-ml');
    expect(req('Erasure coding or other forward error correction schemes.')).toContain('error-correcting-codes');
    expect(req('Requirements elicitation and traceability for a regulated device.')).toContain('requirements-engineering');
  });

  it('a plain verb is no method', () => {
    expect(skills('We need to shape up our hiring loop this spring.')).not.toContain('shape-up');
  });
});

describe('other names of known skills', () => {
  it('finds the new forms', () => {
    expect(req('Strong C-language skills on embedded Linux.')).toContain('c');
    expect(req('Written in ANSI C.')).toContain('c');
    expect(req('Design and tune congestion control for a new transport.')).toContain('tcp-ip');
    expect(req('Fit statistical models to claims data.')).toContain('statistics');
    expect(req('Comfortable with 3D math and geometry algorithms.')).toContain('computational-geometry');
    expect(req('Make architectural decisions for a young codebase.')).toContain('system-design');
    expect(req('Integrate with enterprise identity providers.')).toContain('iam');
    expect(req('You will train ML models on click logs.')).toContain('model-training');
    expect(req('An eye for micro-interactions.')).toContain('ux-design');
    expect(req('Build trade execution services for equities.')).toContain('trading-systems');
    expect(req('Research in internet measurement.')).toContain('networking');
  });

  it('architecture of buildings is no system design', () => {
    expect(skills('We make software for architectural design firms.')).not.toContain('system-design');
  });
});
