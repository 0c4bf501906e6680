import { describe, expect, it } from 'vitest';
import { classOf } from './context-readers';

// A class of the tuned part's dropped labels (#13, session 36). Every sentence here is written for this test, with
// invented companies: none comes from a real posting.

describe('team: a role that spans two practices is not sitting among teams', () => {
  it('a practice named as the work itself ("… development", "… programming") stays', () => {
    expect(classOf('This job sits between machine learning and backend development.', 'backend-development')).toBeNull();
    expect(classOf('The position bridges product analytics and game development.', 'game-development')).toBeNull();
  });

  it('teams and departments between which the hire sits are still teams', () => {
    expect(classOf('You will sit between Product, Design and Data Science.', 'data-science')).toBe('team');
    expect(classOf('You will sit between the backend development team and Support.', 'backend-development')).toBe('team');
  });
});
