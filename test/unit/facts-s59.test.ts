import { freshShortPostings } from './kinds-readers';

// Session 59: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s59.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s59: the fresh-written postings', 'kinds-fresh-s59.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s59`, code at 6a6002d4, before any tuning): tune yearsMin
// 100, workMode 76, salary 96, sponsorship 96, clearance 100, degree 84 (kind recall 85); report yearsMin 96, workMode 72, salary
// 100, sponsorship 84, clearance 96, degree 80 (kind recall 67).
