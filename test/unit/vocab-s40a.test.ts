import { describe, expect, it } from 'vitest';
import { extract } from '../bench/labelled';

// Classes from session 40's blind skills batches (#13, rows-s40-skills.txt and rows-s40b-skills.txt): forms the taxonomy
// lacked and work named by what a verb does to it. Every sentence here is written for this test, none taken from a posting.
const skills = (text: string) => [...new Set(extract(text).map((h) => h.skillId))].sort();
const req = (line: string) => skills(`Requirements:\n- ${line}`);

describe('performance as what a tuning verb works on', () => {
  it('optimizing, improving or tuning performance, of a part named or not, is performance optimization', () => {
    expect(req('You will be optimizing runtime performance of the payments API.')).toContain('performance-optimization');
    expect(req('Improve system performance across our fleet of edge boxes.')).toContain('performance-optimization');
    expect(req('Experience tuning query performance under heavy write load.')).toContain('performance-optimization');
    expect(req('Profile and speed up the performance of our map tiles.')).toContain('performance-optimization');
  });

  it('performance that no tuning verb works on stays out', () => {
    expect(skills('Twice a year we hold performance conversations with every engineer.')).not.toContain('performance-optimization');
    expect(skills('Kestrel sells insoles that improve athletic performance for nurses.')).not.toContain('performance-optimization');
    expect(skills('Bonuses depend on company performance and are paid in March.')).not.toContain('performance-optimization');
  });
});

describe('partnerships as work one does', () => {
  it('partnerships one builds, negotiates or leads, or a partnerships role, are partnership management', () => {
    expect(req('Build partnerships with hardware resellers across Brazil.')).toContain('partnership-management');
    expect(req('You have experience leading strategic partnerships for a marketplace.')).toContain('partnership-management');
    expect(req('Two years on the partnerships team of a payments company.')).toContain('partnership-management');
  });

  it("the company's own partnerships, and partnering with teams, are not", () => {
    expect(skills('Our partnerships with four regional hospitals fund the pilot.')).not.toContain('partnership-management');
    expect(skills('You will ship features in close partnerships with Design and Support.')).not.toContain('partnership-management');
    expect(skills('This spring we closed our Series A and established partnerships with three co-ops.')).not.toContain('partnership-management');
  });
});

describe('real-time before a comma', () => {
  it('real-time as one of two adjectives of systems or services is real-time systems', () => {
    expect(req('Design real-time, fault-tolerant services for ambulance dispatch.')).toContain('real-time-systems');
    expect(req('Experience with realtime, low-latency pipelines for sensor data.')).toContain('real-time-systems');
  });

  it('real-time of anything else stays out', () => {
    expect(skills('Our support team answers in real time, seven days a week.')).not.toContain('real-time-systems');
  });
});

describe('names the taxonomy lacked', () => {
  it('GEO beside SEO or marketing is generative engine optimization; a satellite orbit is not', () => {
    expect(req('Own SEO and GEO for the docs site.')).toContain('answer-engine-optimization');
    expect(skills('Our ground station tracks GEO satellites for weather data.')).not.toContain('answer-engine-optimization');
  });

  it('information theory, by its adjective too', () => {
    expect(req('Comfort with information-theoretic arguments about compression.')).toContain('information-theory');
    expect(req('A course in information theory or coding theory.')).toContain('information-theory');
  });
});
