import { freshShortPostings } from './kinds-readers';

// Session 61: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s61.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s61: the fresh-written postings', 'kinds-fresh-s61.jsonl');
// Batch 1's first read (`npx tsx test/bench/eval-requirements.ts --set s61`, code at a9de858e, before any tuning): tune yearsMin
// 88, workMode 68, salary 92, sponsorship 96, clearance 100, degree 72 (kind recall: years 88, degree 68, language 67); report
// yearsMin 92, workMode 76, salary 72, sponsorship 80, clearance 100, degree 52 (kind recall: degree 45, authorization 60,
// language 69).
