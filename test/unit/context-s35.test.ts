import { describe, expect, it } from 'vitest';
import { classOf } from './context-readers';

// Classes of the tuned part's wrong hits, trap hits and dropped labels (#13, session 35), sorted by context class. Every
// sentence here is written for this test, with invented companies: none comes from a real posting.

const HEAD = 'Kestrel | Data Engineer | Remote\n\n';

describe('pitch, made finer: the team\'s own work stays (../shared/LABELLING.md: the stack the team works in)', () => {
  it('the team as the subject of its work', () => {
    expect(classOf('Our team mostly builds machine learning models for grocery chains.', 'machine-learning')).toBeNull();
    expect(classOf(HEAD + 'Our data group is primarily focused on data pipelines for freight billing.', 'data-pipelines')).toBeNull();
  });

  it('the company training or running its own systems, and the problems it is working through', () => {
    expect(classOf('We train our own speech recognition models on hours of call audio.', 'speech-recognition')).toBeNull();
    expect(classOf("We're tackling tough problems in stream processing and query optimization.", 'query-optimization')).toBeNull();
    expect(classOf('We have built our own vector search engine from scratch.', 'vector-databases')).toBeNull();
  });

  it('what the company brings, sells or runs for its customers is still its pitch', () => {
    expect(classOf('We help small insurers automate compliance.', 'compliance')).toBe('pitch');
    expect(classOf('Brindle brings machine learning to bakeries across Ohio.', 'machine-learning')).toBe('pitch');
    expect(classOf(HEAD + 'We run the friendliest marketplace for vintage synthesizers, powered by machine learning.', 'machine-learning')).toBe('pitch');
    expect(classOf(HEAD + 'Our team is small and proud: we bring data visualization to regional newspapers.', 'data-visualization')).toBe('pitch');
  });
});
