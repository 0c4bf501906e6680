import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepAsked, type PostingNames } from '@/lib/skills/context';
import { FEATURE_TEMPLATES, LEXICAL_TEMPLATES, Prepared, compiled, shipped, type ContextModel } from '@/lib/skills/context-model';
import { findSkills } from '@/lib/skills/matcher';
import { bundled } from '@/lib/skills/taxonomy';
import { postingFromText } from '@/lib/posting/text';
import { ROOT } from '../helpers';

// Every sentence here is written for this test: none comes from a real posting.
const { matcher } = bundled();
const NONE: PostingNames = { own: [] };
const templateOf = (feature: string) => (feature.includes('=') ? feature.slice(0, feature.indexOf('=')) : feature);

function checkSchema(model: ContextModel) {
  expect(model.version).toBe(1);
  expect(model.templates).toEqual([...FEATURE_TEMPLATES]);
  expect(['off', 'filter', 'override', 'replace']).toContain(model.variant);
  expect(model.threshold).toBeGreaterThan(0);
  expect(model.threshold).toBeLessThan(1);
  const known = new Set<string>(FEATURE_TEMPLATES);
  for (const [f, w] of Object.entries(model.weights)) {
    expect(known.has(templateOf(f)), f).toBe(true);
    expect(Number.isFinite(w)).toBe(true);
  }
  // A model without the rules' class as a feature never carries one.
  if (model.variant !== 'override') expect(Object.keys(model.weights).filter((f) => f.startsWith('rule='))).toEqual([]);
}

/** Features of the first hit of `id` in `text`, read as a posting. */
function featuresOf(text: string, id: string, rule: string | undefined = undefined, own: string[] = []): string[] {
  const hits = findSkills(matcher, text);
  const i = hits.findIndex((h) => h.skillId === id);
  if (i < 0) throw new Error(`${id} is not found in: ${text}`);
  return new Prepared(text, hits, own, postingFromText(text).sections).features(i, rule);
}

describe('context model: the shipped weights', () => {
  const path = `${ROOT}lib/skills/context-model.json`;
  const raw = readFileSync(path, 'utf8');

  it("match the code's feature schema", () => {
    checkSchema(JSON.parse(raw) as ContextModel);
    expect(shipped().model.templates).toEqual([...FEATURE_TEMPLATES]);
  });

  it('stay small for the service worker', () => {
    expect(raw.length).toBeLessThan(50 * 1024);
  });

  it('and the reference variants the eval scores match it too', () => {
    const vpath = `${ROOT}test/bench/context-model-variants.json`;
    if (!existsSync(vpath)) return;
    const variants = JSON.parse(readFileSync(vpath, 'utf8')) as Record<string, ContextModel>;
    for (const [name, m] of Object.entries(variants)) {
      expect(m.variant).toBe(name);
      checkSchema(m);
    }
  });

  it('is written with sorted keys and rounded weights (the training script reproduces it byte for byte)', () => {
    const m = JSON.parse(raw) as ContextModel;
    const keys = Object.keys(m.weights);
    expect(keys).toEqual([...keys].sort());
    for (const w of Object.values(m.weights)) expect(Math.round(w * 1000) / 1000).toBe(w);
  });
});

describe('context model: features of a mention', () => {
  it('reads the section, the ask cues and a list of other skills', () => {
    const text = 'Orbitwell | Platform Engineer | Remote\n\nRequirements:\n- Strong experience with Terraform, Ansible and Kubernetes';
    const f = featuresOf(text, 'ansible');
    expect(f).toContain('sec=requirements');
    expect(f).toContain('cue=experience');
    expect(f).toContain('cue=strong');
    expect(f).toContain('list');
    expect(f).toContain('w-1=,');
    expect(f).toContain('w-2=#sk');
    expect(f).toContain('w+1=and');
    expect(f).toContain('bullet');
    expect(f).toContain('near=2');
    expect(f).toContain('cat=iac');
    expect(f.some((x) => x.startsWith('rule='))).toBe(false);
  });

  it('reads the sentence subject, a role name and a web address', () => {
    expect(featuresOf('We help bakeries plan their ovens with machine learning.', 'machine-learning')).toContain('subj=we');
    expect(featuresOf('Open roles: Data Engineer, Rust Developer, Office Manager', 'rust')).toContain('role');
    expect(featuresOf('See the repo acme/kubernetes-tools for notes.', 'kubernetes')).toContain('glued');
    expect(featuresOf('You will run Kubernetes clusters.', 'kubernetes')).not.toContain('glued');
    expect(featuresOf('Copper Rust Labs makes ovens; you will write Rust.', 'rust', undefined, ['copper rust labs', 'copper rust'])).toContain('own');
    expect(featuresOf('Copper Labs makes ovens; you will write Rust.', 'rust', undefined, ['copper labs'])).not.toContain('own');
    expect(featuresOf('Strong Terraform skills.', 'terraform')).toContain('shape=cap');
    expect(featuresOf('Strong PostgreSQL skills.', 'postgresql')).toContain('shape=mixed');
  });

  it("adds the rules' class only when asked to", () => {
    const f = featuresOf('You will write Python daily.', 'python', 'none');
    expect(f).toContain('rule=none');
  });

  it('gives every feature a known template, and the lexical ones are marked', () => {
    const known = new Set<string>(FEATURE_TEMPLATES);
    const f = featuresOf('Nice to have: some exposure to Grafana (or similar) dashboards.', 'grafana', 'none');
    for (const x of f) expect(known.has(templateOf(x)), x).toBe(true);
    for (const t of LEXICAL_TEMPLATES) expect(known.has(t)).toBe(true);
  });
});

describe('context model: keepAsked', () => {
  const text = 'We run on Postgres and Go. You will own our Kafka pipelines; experience with Rust is a plus.';

  it('with the model off (null) keeps what the rules keep', () => {
    const hits = findSkills(matcher, text);
    const off = compiled({ version: 1, templates: [...FEATURE_TEMPLATES], variant: 'off', threshold: 0.5, weights: {} });
    expect(keepAsked(text, hits, NONE, { model: off })).toEqual(keepAsked(text, hits, NONE, { model: null }));
  });

  it('as a filter never keeps a mention the rules drop', () => {
    const hits = findSkills(matcher, text);
    const rules = keepAsked(text, hits, NONE, { model: null });
    const keepAll = compiled({ version: 1, templates: [...FEATURE_TEMPLATES], variant: 'filter', threshold: 0.5, weights: { bias: 5 } });
    expect(keepAsked(text, hits, NONE, { model: keepAll })).toEqual(rules);
    const dropAll = compiled({ version: 1, templates: [...FEATURE_TEMPLATES], variant: 'filter', threshold: 0.5, weights: { bias: -5 } });
    expect(keepAsked(text, hits, NONE, { model: dropAll })).toEqual([]);
  });

  it("weighs features: a negative weight on a mention's feature drops just that mention", () => {
    const hits = findSkills(matcher, text);
    const m = compiled({ version: 1, templates: [...FEATURE_TEMPLATES], variant: 'replace', threshold: 0.5, weights: { bias: 2, 'cue=plus': -1, 'w-1=with': -3 } });
    const kept = keepAsked(text, hits, NONE, { model: m }).map((h) => h.skillId);
    expect(kept).not.toContain('rust');
    expect(kept).toContain('kafka');
  });

  it('the shipped model keeps the plain asks of a fresh posting', () => {
    const posting = 'Northwind Tiles | Backend Engineer | Remote\n\nWhat you will need:\n- 4+ years of Python and PostgreSQL\n- Experience running services on Kubernetes';
    const kept = keepAsked(posting, findSkills(matcher, posting), NONE, { sections: postingFromText(posting).sections }).map((h) => h.skillId);
    expect(kept).toEqual(expect.arrayContaining(['python', 'postgresql', 'kubernetes']));
  });
});
