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

/** none (no letters), upper, lower, cap (each word capitalised: "Python", "Distributed Systems") or mixed ("PostgreSQL", "GitHub"). */
function shapeOf(form: string): string {
  let upper = 0;
  let lower = 0;
  let innerUpper = false;
  let wordStart = true;
  for (let k = 0; k < form.length; k++) {
    const ch = form[k]!;
    const up = ch.toLowerCase() !== ch;
    const low = ch.toUpperCase() !== ch;
    if (up) {
      upper++;
      if (!wordStart) innerUpper = true;
    } else if (low) lower++;
    wordStart = !(up || low) && !(ch >= '0' && ch <= '9');
  }
  if (upper + lower === 0) return 'none';
  if (lower === 0) return 'upper';
  if (upper === 0) return 'lower';
  return innerUpper ? 'mixed' : 'cap';
}

/** A letter or digit (any script): a word's character. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Letters of other scripts; not the punctuation, symbols and spaces of Latin-1 and of U+2000–U+2BFF, nor surrogates' halves of emoji.
  return (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000) || (c > 0x2bff && c < 0xd800) || c >= 0xf900;
}

interface SentenceTokens {
  /** Normalised token texts: lowercase words (digits as 0), punctuation marks, "#sk" for another skill's mention. */
  words: string[];
  start: number[];
  end: number[];
  /** Index of the hit a token falls in, or -1. */
  hit: number[];
  /** Features of the sentence itself, the same for each mention in it. */
  shared: string[];
}

const ROLE_WORDS = new Set(
  'engineer engineers engineering developer developers manager managers lead leads associate associates designer designers scientist scientists analyst analysts architect architects specialist specialists director directors intern interns hire hires consultant consultants researcher researchers advocate advocates representative rep reps executive executives head'.split(' '),
);

/** A word that joins the items of a list. */
function sep(w: string | undefined): boolean {
  return w === ',' || w === '/' || w === '&' || w === 'and' || w === 'or' || w === '(' || w === ')' || w === '+';
}

const DIGIT_OR_QUOTE = /[\d\u2019]/;

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
    for (const n of own) {
      this.ownWords.add(n);
      for (const w of n.split(' ')) if (w) this.ownWords.add(w);
    }
  }
  /** The employer's names, and each word of a name of several words. */
  private ownWords = new Set<string>();

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
    for (let k = 0; k < this.hits.length; k++) if (this.hits[k]!.start < b && this.hits[k]!.end > a) near.push(k);
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
        w = text.slice(i, j).toLowerCase();
        if (DIGIT_OR_QUOTE.test(w)) w = w.replace(/\d/g, '0').replace(/\u2019/g, "'");
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
    const mark = text.charCodeAt(ls);
    const bullet = mark === 0x2022 || mark === 45 || mark === 42 || mark === 0x2013 || mark === 0xb7 || mark === 0x25aa || (mark >= 48 && mark <= 57 && /^\d+[.)]\s/.test(text.slice(ls, ls + 4)));
    const lower = text.slice(a, b).toLowerCase().replace(/\u2019/g, "'");
    // What the sentence says whichever mention is read: its ask cues, its subject, its line's bullet, a title line.
    const shared: string[] = [];
    for (const c of CUES) if (lower.includes(c)) shared.push(`cue=${c}`);
    const lead = words[0] === '*' || words[0] === '-' ? words[1] : words[0];
    const subj =
      lead === undefined
        ? 'none'
        : lead === 'we' || lead === "we're" || lead === "we've" || lead === 'our' || lead === 'us'
          ? 'we'
          : lead === 'you' || lead === "you'll" || lead === "you're" || lead === 'your' || lead === "you've"
            ? 'you'
            : lead === '#sk'
              ? 'skill'
              : this.own.some((n) => lower.startsWith(n))
                ? 'own'
                : 'other';
    shared.push(`subj=${subj}`);
    if (bullet) shared.push('bullet');
    if (lower.includes(' | ') || lower.includes('$')) shared.push('title');
    t = { words, start, end, hit, shared };
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
    f.push(`shape=${shapeOf(form)}`);
    let digit = false;
    let spaces = 0;
    for (let k = 0; k < form.length; k++) {
      const c = form.charCodeAt(k);
      if (c >= 48 && c <= 57) digit = true;
      else if (c === 32) spaces++;
    }
    if (digit) f.push('shape=digit');
    f.push(`len=${form.length <= 2 ? 1 : form.length <= 4 ? 2 : form.length <= 8 ? 3 : 4}`);
    const nWords = spaces + 1;
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
      first = 0;
      while (first < t.start.length && t.start[first]! < hit.start) first++;
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
    if ((sep(before[0]) && (before[1] === '#sk' || before[0] === '(')) || (sep(after[0]) && (after[1] === '#sk' || after[0] === ','))) f.push('list');
    let others = 0;
    for (let k = 0; k < t.hit.length; k++) {
      const x = t.hit[k]!;
      if (x >= 0 && x !== i && (k === 0 || t.hit[k - 1] !== x)) others++;
    }
    f.push(`near=${others >= 6 ? 6 : others >= 3 ? 3 : others}`);
    for (const x of t.shared) f.push(x);
    f.push(`pos=${Math.min(4, Math.floor((5 * (this.origin + hit.start)) / Math.max(1, this.total)))}`);
    const pre = text.charCodeAt(hit.start - 1);
    const post = text.charCodeAt(hit.end);
    if (
      ((pre === 46 || pre === 47 || pre === 64 || pre === 95 || pre === 58) && hit.start >= 2 && !isSpace(text.charCodeAt(hit.start - 2))) ||
      ((post === 46 || post === 47 || post === 64 || post === 95) && hit.end + 1 < text.length && isWordChar(text.charCodeAt(hit.end + 1)))
    )
      f.push('glued');
    const lower = form.toLowerCase();
    if (this.ownWords.has(lower)) f.push('own');
    // A role's name in a list of open roles ("Product Manager, Data", "Founding GTM Lead"): the skill word names a job, not an ask.
    if (after[0] !== undefined && ROLE_WORDS.has(after[0])) f.push('role');
    else if (after[0] !== undefined && after[1] !== undefined && after[0] !== '#sk' && !PUNCT.has(after[0]) && ROLE_WORDS.has(after[1])) f.push('role');
    let depth = 0;
    for (let k = first - 1; k >= 0; k--) if (t.words[k] === '(') depth++;
    else if (t.words[k] === ')') depth--;
    if (depth > 0) f.push('paren');
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
