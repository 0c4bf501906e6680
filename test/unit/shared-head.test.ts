import { describe, expect, it } from 'vitest';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Lists whose items share one head written after the last item (#13). Every sentence is written for this test.
const { matcher } = bundled();
const hits = (text: string) => findSkills(matcher, text);
const ids = (text: string) => [...new Set(hits(text).map((h) => h.skillId))].sort();

describe('items that make a skill with the shared head', () => {
  it('counts each item whose "<item> <head>" is a known form', () => {
    expect(ids('We lean on unit and contract testing in every repository.')).toEqual(expect.arrayContaining(['unit-testing', 'contract-testing']));
    expect(ids('Past work in graph or relational databases helps.')).toEqual(expect.arrayContaining(['graph-databases', 'relational-databases']));
    expect(ids('You care about application and network security.')).toEqual(expect.arrayContaining(['application-security', 'network-security']));
    expect(ids('Signal, image, and natural language processing are all in scope.')).toEqual(expect.arrayContaining(['signal-processing', 'image-processing', 'nlp']));
  });

  it('reads hyphenated items and a hyphen left hanging', () => {
    expect(ids('Some back- and front-end development now and then.')).toEqual(expect.arrayContaining(['backend-development', 'frontend-development']));
    expect(ids('Knowledge of time-series and graph databases matters here.')).toContain('time-series-databases');
  });

  it('puts the span on the item and names the phrase it stands for', () => {
    const text = 'Our QA folks write unit and integration tests.';
    const unit = hits(text).find((h) => h.skillId === 'unit-testing')!;
    expect(text.slice(unit.start, unit.end)).toBe('unit');
    expect(unit.text).toBe('unit tests');
  });
});

describe('lists that share a head but name no skill with it', () => {
  it('needs the last item to be a skill', () => {
    expect(ids('Hiring for big and small data requests alike.')).not.toContain('large-scale-data');
    expect(ids('A deep and broad learning budget for every hire.')).not.toContain('deep-learning');
    expect(ids('We answer new and existing customers within a day.')).not.toContain('customer-success');
  });

  it('leaves alone an adjective that makes no form with the head', () => {
    expect(ids('Keep the flaky and slow integration tests out of the gate.')).toEqual(['integration-testing']);
    expect(ids('Our team covers front and back office work.')).not.toContain('frontend-development');
  });

  it('stops at an item that makes no skill with the head', () => {
    expect(ids('Ship Python, Kotlin and unit tests daily.')).toEqual(expect.arrayContaining(['python', 'kotlin', 'unit-testing']));
    expect(hits('Ship Python, Kotlin and unit tests daily.').filter((h) => h.skillId === 'python')).toHaveLength(1);
  });
});
