import type { SkillHit } from './matcher';
import type { PostingSection } from '../posting/types';
import { SKILL_FILES } from '../../taxonomy';
import shippedJson from './context-model.json';

/**
 * A small learned model of a skill mention's context (issue #13, item 7): a
 * logistic regression over features of one candidate hit of the matcher that
 * say nothing about one posting in particular — the skill's category and
 * flags, the form's shape, the section it sits in, the words around it (other
 * skills' mentions read as one placeholder word), ask cues in its sentence,
 * and, in some variants, the class the context rules of ./context.ts give it.
 *
 * test/tools/train-context.ts trains it (`npm run train:context`) on labelled
 * postings of the tune part and hn-dev, and SkillSpan train, and picks the
 * variant and threshold by cross-validation by posting; the weights ship as
 * ./context-model.json. `variant`:
 *  - off:      the model is not used; the context rules alone decide;
 *  - filter:   a mention the rules keep must also score at least `threshold`;
 *  - override: the score alone decides, the rules' class one of its features;
 *  - replace:  the score alone decides, the rules not run at all.
 */

export type ModelVariant = 'off' | 'filter' | 'override' | 'replace';

/** Feature templates: a feature is "template=value" (or the template alone for a flag). The shipped JSON lists them; a test holds the two equal. */
export const FEATURE_TEMPLATES = [
  'bias',
  'cat',
  'amb',
  'cased',
  'shape',
  'len',
  'words',
  'sec',
  'rule',
  'w-1',
  'w-2',
  'w-3',
  'w+1',
  'w+2',
  'w+3',
  'bb',
  'ba',
  'list',
  'near',
  'cue',
  'subj',
  'bullet',
  'pos',
  'glued',
  'own',
  'role',
  'paren',
  'title',
  'skill',
] as const;

/** Templates of the words around a mention: the model may be trained with or without them (`lexical`). */
export const LEXICAL_TEMPLATES: readonly FeatureTemplate[] = ['w-1', 'w-2', 'w-3', 'w+1', 'w+2', 'w+3', 'bb', 'ba'];
export type FeatureTemplate = (typeof FEATURE_TEMPLATES)[number];

export interface ContextModel {
  version: 1;
  templates: string[];
  variant: ModelVariant;
  /** Probability a mention needs to be kept. */
  threshold: number;
  /** Feature → weight; a feature absent here weighs 0. */
  weights: Record<string, number>;
}

/** Words whose presence in a mention's sentence ask something of the candidate, or say the sentence is about something else. */
const CUES = [
  'experience',
  'familiar',
  'knowledge',
  'proficien',
  'expert',
  'understanding',
  'skills',
  'strong',
  'comfortable',
  'ability',
  'plus',
  'bonus',
  'nice to have',
  'required',
  'must',
  'you have',
  "you'll",
  'you will',
  'you are',
  'we use',
  'our stack',
  'built on',
  'customers',
  'founded',
  'backed',
  'investors',
  'partner',
  'report',
  'mission',
  'apply',
  'http',
  'degree',
] as const;

interface SkillInfo {
  category: string;
  ambiguous: boolean;
  cased: readonly string[];
}

let skillInfo: Map<string, SkillInfo> | null = null;
function infoOf(id: string): SkillInfo | undefined {
  if (!skillInfo) {
    skillInfo = new Map();
    for (const file of Object.values(SKILL_FILES) as Array<{ skills: Array<{ id: string; category: string; cased?: string[]; ambiguity?: unknown }> }>)
      for (const s of file.skills) skillInfo.set(s.id, { category: s.category, ambiguous: s.ambiguity !== undefined, cased: s.cased ?? [] });
  }
  return skillInfo.get(id);
}

/** Where a sentence (or bullet, or line) begins and ends around [start, end): the same cut as ./context.ts makes. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0) {
    const ch = text.charCodeAt(a - 1);
    if (ch === 10 || ch === 0x2022 || ch === 59 || ((ch === 46 || ch === 33 || ch === 63) && isSpace(text.charCodeAt(a)))) break;
    a--;
  }
  let b = end;
  while (b < text.length) {
    const ch = text.charCodeAt(b);
    if (ch === 10 || ch === 0x2022 || ch === 59 || ((ch === 46 || ch === 33 || ch === 63) && (b + 1 >= text.length || isSpace(text.charCodeAt(b + 1))))) break;
    b++;
  }
  return [a, b];
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** A letter or digit (any script): a word's character. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

interface SentenceTokens {
  /** Normalised token texts: lowercase words (digits as 0), punctuation marks, "#sk" for another skill's mention. */
  words: string[];
  start: number[];
  end: number[];
  /** Index of the hit a token falls in, or -1. */
  hit: number[];
  lower: string;
  /** The sentence's line starts with a bullet mark. */
  bullet: boolean;
}

const ROLE_WORDS = new Set(
  'engineer engineers engineering developer developers manager managers lead leads associate associates designer designers scientist scientists analyst analysts architect architects specialist specialists director directors intern interns hire hires consultant consultants researcher researchers advocate advocates representative rep reps executive executives head'.split(' '),
);

const PUNCT = new Set(['(', ')', ',', ':', '/', '&', '+', '|', '-', '–', '—', '"', '*']);

/** A posting's text and its hits, prepared once for the features of each hit. */
export class Prepared {
  private sentences = new Map<number, SentenceTokens>();
  private bounds: Array<[number, number]>;
  constructor(
    readonly text: string,
    readonly hits: readonly SkillHit[],
    readonly own: readonly string[],
    readonly sections: readonly PostingSection[] | null,
    /** Where `text` starts in the whole posting, and the posting's length: a hit's position is read on the whole. */
    readonly origin = 0,
    readonly total = text.length,
  ) {
    this.bounds = hits.map((h) => sentenceBounds(text, h.start, h.end));
  }

  private tokens(a: number, b: number): SentenceTokens {
    let t = this.sentences.get(a);
    if (t) return t;
    const text = this.text;
    const words: string[] = [];
    const start: number[] = [];
    const end: number[] = [];
    const hit: number[] = [];
    let i = a;
    const near: number[] = [];
    this.hits.forEach((x, k) => {
      if (x.start < b && x.end > a) near.push(k);
    });
    while (i < b) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      let w: string;
      if (isWordChar(c)) {
        while (j < b) {
          const d = text.charCodeAt(j);
          if (isWordChar(d) || ((d === 39 || d === 0x2019 || d === 45 || d === 46) && j + 1 < b && isWordChar(text.charCodeAt(j + 1)))) j++;
          else break;
        }
        w = text.slice(i, j).toLowerCase().replace(/\d/g, '0').replace(/\u2019/g, "'");
      } else {
        w = text[i]!;
        if (!PUNCT.has(w)) {
          i = j;
          continue;
        }
      }
      let at = -1;
      for (const k of near) if (this.hits[k]!.start < j && this.hits[k]!.end > i) at = k;
      words.push(at >= 0 ? '#sk' : w);
      start.push(i);
      end.push(j);
      hit.push(at);
      i = j;
    }
    let ls = a;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10) ls--;
    while (ls < a && isSpace(text.charCodeAt(ls))) ls++;
    const lead = text.charCodeAt(ls);
    const bullet = lead === 0x2022 || lead === 45 || lead === 42 || lead === 0x2013 || lead === 0xb7 || lead === 0x25aa || (lead >= 48 && lead <= 57 && /^\d+[.)]\s/.test(text.slice(ls, ls + 4)));
    t = { words, start, end, hit, lower: text.slice(a, b).toLowerCase().replace(/\u2019/g, "'"), bullet };
    this.sentences.set(a, t);
    return t;
  }

  /** The features of hit i; `rule` is its context class ("none" when the rules keep it), or undefined to leave the rules out. */
  features(i: number, rule: string | undefined): string[] {
    const hit = this.hits[i]!;
    const text = this.text;
    const f: string[] = ['bias'];
    const info = infoOf(hit.skillId);
    f.push(`cat=${info?.category ?? '?'}`);
    if (info?.ambiguous) f.push('amb');
    if (info?.cased.includes(hit.text)) f.push('cased');
    const form = hit.text;
    const letters = form.replace(/[^\p{L}]/gu, '');
    const shape = letters === '' ? 'none' : letters === letters.toUpperCase() ? 'upper' : letters === letters.toLowerCase() ? 'lower' : /^\p{Lu}\p{Ll}*$/u.test(letters.split(/\s+/)[0] ?? '') && !/\p{Lu}/u.test(letters.slice(1)) ? 'cap' : 'mixed';
    f.push(`shape=${shape}`);
    if (/\d/.test(form)) f.push('shape=digit');
    f.push(`len=${form.length <= 2 ? 1 : form.length <= 4 ? 2 : form.length <= 8 ? 3 : 4}`);
    const nWords = form.split(/\s+/).length;
    f.push(`words=${nWords >= 3 ? 3 : nWords}`);
    let sec = 'none';
    if (this.sections) for (const s of this.sections) if (s.offset <= hit.start && hit.start < s.offset + s.text.length) sec = s.kind;
    f.push(`sec=${sec}`);
    if (rule !== undefined) f.push(`rule=${rule}`);
    const [a, b] = this.bounds[i]!;
    const t = this.tokens(a, b);
    let first = -1;
    let last = -1;
    for (let k = 0; k < t.hit.length; k++)
      if (t.hit[k] === i) {
        if (first < 0) first = k;
        last = k;
      }
    if (first < 0) {
      // The hit is no whole token (inside a word): its neighbours are the tokens around its offsets.
      first = t.start.findIndex((s) => s >= hit.start);
      if (first < 0) first = t.start.length;
      last = first - 1;
    }
    // Words before, skipping the hit's own tokens, another hit read as one "#sk".
    const before: string[] = [];
    for (let k = first - 1; k >= 0 && before.length < 8; k--) if (!(t.words[k] === '#sk' && k > 0 && t.hit[k - 1] === t.hit[k])) before.push(t.words[k]!);
    const after: string[] = [];
    for (let k = last + 1; k < t.words.length && after.length < 8; k++) if (!(t.words[k] === '#sk' && k > last + 1 && t.hit[k - 1] === t.hit[k])) after.push(t.words[k]!);
    for (let k = 0; k < 3; k++) {
      if (k < before.length) f.push(`w-${k + 1}=${before[k]}`);
      else if (k === before.length) f.push(`w-${k + 1}=<s>`);
      if (k < after.length) f.push(`w+${k + 1}=${after[k]}`);
      else if (k === after.length) f.push(`w+${k + 1}=</s>`);
    }
    for (const w of new Set(before)) if (w.length > 1 || w === '#sk') f.push(`bb=${w}`);
    for (const w of new Set(after)) if (w.length > 1 || w === '#sk') f.push(`ba=${w}`);
    const sep = (w: string | undefined) => w === ',' || w === '/' || w === '&' || w === 'and' || w === 'or' || w === '(' || w === ')' || w === '+';
    if ((sep(before[0]) && (before[1] === '#sk' || before[0] === '(')) || (sep(after[0]) && (after[1] === '#sk' || after[0] === ','))) f.push('list');
    const others = new Set(t.hit.filter((x) => x >= 0 && x !== i)).size;
    f.push(`near=${others >= 6 ? 6 : others >= 3 ? 3 : others}`);
    for (const c of CUES) if (t.lower.includes(c)) f.push(`cue=${c}`);
    const lead = t.words[0] === '*' || t.words[0] === '-' ? t.words[1] : t.words[0];
    const subj =
      lead === undefined
        ? 'none'
        : lead === 'we' || lead === "we're" || lead === "we've" || lead === 'our' || lead === 'us'
          ? 'we'
          : lead === 'you' || lead === "you'll" || lead === "you're" || lead === 'your' || lead === "you've"
            ? 'you'
            : lead === '#sk'
              ? 'skill'
              : this.own.some((n) => t.lower.startsWith(n))
                ? 'own'
                : 'other';
    f.push(`subj=${subj}`);
    if (t.bullet) f.push('bullet');
    f.push(`pos=${Math.min(4, Math.floor((5 * (this.origin + hit.start)) / Math.max(1, this.total)))}`);
    const pre = text.charCodeAt(hit.start - 1);
    const post = text.charCodeAt(hit.end);
    if (
      ((pre === 46 || pre === 47 || pre === 64 || pre === 95 || pre === 58) && hit.start >= 2 && !isSpace(text.charCodeAt(hit.start - 2))) ||
      ((post === 46 || post === 47 || post === 64 || post === 95) && hit.end + 1 < text.length && isWordChar(text.charCodeAt(hit.end + 1)))
    )
      f.push('glued');
    const lower = form.toLowerCase();
    if (this.own.some((n) => n === lower || (n.length > lower.length && n.split(/\s+/).includes(lower)))) f.push('own');
    // A role's name in a list of open roles ("Product Manager, Data", "Founding GTM Lead"): the skill word names a job, not an ask.
    if (after[0] !== undefined && ROLE_WORDS.has(after[0])) f.push('role');
    else if (after[0] !== undefined && after[1] !== undefined && after[0] !== '#sk' && !PUNCT.has(after[0]) && ROLE_WORDS.has(after[1])) f.push('role');
    let depth = 0;
    for (let k = first - 1; k >= 0; k--) if (t.words[k] === '(') depth++;
    else if (t.words[k] === ')') depth--;
    if (depth > 0) f.push('paren');
    if (t.lower.includes(' | ') || t.lower.includes('$')) f.push('title');
    f.push(`skill=${hit.skillId}`);
    return f;
  }
}

let shippedModel: { model: ContextModel; weights: Map<string, number>; logit: number } | null = null;

/** The shipped model, its weights read into a Map once. */
export function shipped(): { model: ContextModel; weights: Map<string, number>; logit: number } {
  if (!shippedModel) shippedModel = compiled(shippedJson as ContextModel);
  return shippedModel;
}

/** A model ready to score: weights in a Map, the threshold as a logit. */
export function compiled(model: ContextModel): { model: ContextModel; weights: Map<string, number>; logit: number } {
  const t = Math.min(Math.max(model.threshold, 1e-6), 1 - 1e-6);
  return { model, weights: new Map(Object.entries(model.weights)), logit: Math.log(t / (1 - t)) };
}

/** The model's score (a logit) of a feature list. */
export function score(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights.get(f) ?? 0;
  return z;
}
