import { freshShortPostings } from './kinds-readers';

// Session 48: posting facts and requirement kinds on the short postings of test/fixtures/labels/kinds-fresh-s48.jsonl
// (written fresh and labelled blind, two batches of 50; odd n tune, even n report).
freshShortPostings('facts s48: the fresh-written postings', 'kinds-fresh-s48.jsonl');
