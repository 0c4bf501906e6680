import { describe, expect, it } from 'vitest';
import { resumeBatchWithinAYear } from './readers';

// Session 58 (#12): the resume profile on forms the earlier batches did not cover, each class read wrong on the tune half of
// test/fixtures/resumes/s58/. Every text below is written for this test, none is a sentence of the labelled batch, and each is
// set in another layout than the batch's resume that showed the class.

describe('session 58 batch', () => {
  // (First read 9 of 10 each; only the report part's total is read: its rows stay unseen.)
  it('its tune part: at least 9 of 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s58', 'tune');
    expect(n).toBe(10);
    expect(ok).toBeGreaterThanOrEqual(9);
  });
  it('its report part: at least 9 of 10 within a year of the hand count', async () => {
    const { n, ok } = await resumeBatchWithinAYear('s58', 'report');
    expect(n).toBe(10);
    expect(ok).toBeGreaterThanOrEqual(9);
  });
});
