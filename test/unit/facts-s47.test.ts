import { freshShortPostings } from './kinds-readers';

// Session 47: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s47.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s47: the fresh-written postings', 'kinds-fresh-s47.jsonl');
