import { freshShortPostings } from './kinds-readers';

// Session 58: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s58.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s58: the fresh-written postings', 'kinds-fresh-s58.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s58`, code at 8e1b3e17, before any tuning): tune yearsMin
// 96, workMode 96, salary 96, sponsorship 96, clearance 96, degree 64 (kind recall 70); report yearsMin 96, workMode 72, salary
// 100, sponsorship 100, clearance 96, degree 76 (kind recall 71).
