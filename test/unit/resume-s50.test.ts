import { describe, expect, it } from 'vitest';
import { resumeBatchWithinAYear } from './readers';

// Session 50 (#12): the resume profile on forms the earlier batches did not cover. Every text below is written for this
// test, none is a sentence of the labelled batch (test/fixtures/resumes/s50/).

describe('session 50 batch', () => {
  // (First read 6 of 10; only the total is read: its rows stay unseen.)
  it('its report part: at least 6 of 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s50', 'report');
    expect(n).toBe(10);
    expect(ok).toBeGreaterThanOrEqual(6);
  });
});
