import { freshShortPostings } from './kinds-readers';

// Session 60: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s60.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s60: the fresh-written postings', 'kinds-fresh-s60.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s60`, code at cce3db11, before any tuning): tune yearsMin
// 96, workMode 96, salary 100, sponsorship 96, clearance 100, degree 92 (kind recall 83, clearance kind recall 75, language 92);
// report yearsMin 100, workMode 92, salary 96, sponsorship 96, clearance 96, degree 88 (kind recall 86, language recall 77).
