import { freshShortPostings } from './kinds-readers';

// Session 62: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s62.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s62: the fresh-written postings', 'kinds-fresh-s62.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s62`, code at 83ec4972, before any tuning): tune yearsMin
// 68, workMode 64, salary 68, sponsorship 96, clearance 100, degree 36 (kind recall: years 68, degree 38, language 32); report
// yearsMin 60, workMode 52, salary 40, sponsorship 88, clearance 100, degree 48 (kind recall: years 60, degree 38, authorization
// 33, language 52).
