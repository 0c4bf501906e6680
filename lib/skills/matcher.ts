import type { AmbiguityRule, Skill } from './schema';
import { continuationKey, tokenize, type Token } from './tokenize';

/** One mention of a skill in a text. Offsets are UTF-16 indices into that text. */
export interface SkillHit {
  skillId: string;
  start: number;
  end: number;
  text: string;
}

interface Terminal {
  skillId: string;
  /** For a case-sensitive form, its tokens' exact texts; null when any case goes. */
  exact: string[] | null;
  /** The skill's ambiguity rules judge this form. */
  ambiguous: boolean;
}

interface Node {
  /** Created on first child: most nodes are leaves. */
  next: Map<string, Node> | null;
  terminals: Terminal[] | null;
}

interface CompiledRule {
  accept: boolean;
  before: RegExp | null;
  after: RegExp | null;
  near: string[] | null;
}

interface CompiledAmbiguity {
  rules: CompiledRule[];
  accept: boolean;
}

export interface Matcher {
  root: Node;
  ambiguity: Map<string, CompiledAmbiguity>;
  /** Skill id → every skill it implies, transitively: a mention of EKS puts Kubernetes in the sentence too. */
  implied: Map<string, string[]>;
  /** Number of distinct forms compiled, plurals included. */
  forms: number;
}

const CONTEXT = 40;

function newNode(): Node {
  return { next: null, terminals: null };
}

/** The forms a skill is matched by, before plurals: [form, caseSensitive]. */
export function skillForms(skill: Skill): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  const cased = new Set(skill.cased);
  if (!cased.has(skill.name)) out.push([skill.name, false]);
  for (const a of skill.aliases) out.push([a, false]);
  for (const m of skill.misspellings) out.push([m, false]);
  for (const c of skill.cased) out.push([c, true]);
  return out;
}

function pluralsOf(last: string, caseSensitive: boolean): string[] {
  if (caseSensitive) return /^[A-Z0-9]*[A-Z][A-Z0-9]*$/.test(last) && last.length >= 2 ? [last + 's'] : [];
  if (!/^[a-z]+$/i.test(last) || last.length < 3) return /^[a-z]{2}$/i.test(last) ? [last + 's'] : [];
  const l = last.toLowerCase();
  if (l.endsWith('s')) return [];
  if (/(x|z|ch|sh)$/.test(l)) return [last + 'es'];
  if (/[^aeiou]y$/.test(l)) return [last.slice(0, -1) + 'ies', last + 's'];
  return [last + 's'];
}

const SIMPLE_FORM = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const LAST_WORD = /([\p{L}\p{N}]+)$/u;

/** Compiles the taxonomy into one token trie. Done once per service-worker life. */
export function compileMatcher(skills: readonly Skill[]): Matcher {
  const root = newNode();
  const ambiguity = new Map<string, CompiledAmbiguity>();
  let forms = 0;
  const child = (node: Node, key: string): Node => {
    const next = (node.next ??= new Map());
    let c = next.get(key);
    if (!c) next.set(key, (c = newNode()));
    return c;
  };
  const add = (form: string, caseSensitive: boolean, skillId: string, ambiguous: boolean): void => {
    let node = root;
    let exact: string[] | null = null;
    if (SIMPLE_FORM.test(form)) {
      // Most forms are plain words: their keys are the lowercased words (the tokenizer would agree).
      const lower = form.toLowerCase();
      for (let a = 0; a < form.length; ) {
        const space = form.indexOf(' ', a);
        const b = space < 0 ? form.length : space;
        node = child(node, lower.slice(a, b));
        a = b + 1;
      }
      if (caseSensitive) exact = form.split(' ');
    } else {
      const toks = tokenize(form);
      if (toks.length === 0) return;
      for (let k = 0; k < toks.length; k++) node = child(node, k === 0 ? toks[k]!.lower : continuationKey(toks[k - 1]!, toks[k]!));
      if (caseSensitive) exact = toks.map((t) => form.slice(t.start, t.end));
    }
    const list = (node.terminals ??= []);
    for (const x of list) if (x.skillId === skillId && sameExact(x.exact, exact)) return;
    list.push({ skillId, exact, ambiguous });
    forms++;
  };
  for (const skill of skills) {
    const judged = judgedForms(skill);
    for (const [form, caseSensitive] of skillForms(skill)) {
      const ambiguous = judged === null || judged.has(form);
      add(form, caseSensitive, skill.id, ambiguous);
      if (!skill.plural) continue;
      const m = LAST_WORD.exec(form);
      if (!m) continue;
      for (const p of pluralsOf(m[1]!, caseSensitive)) add(form.slice(0, m.index) + p, caseSensitive, skill.id, ambiguous);
    }
    if (skill.ambiguity) {
      ambiguity.set(skill.id, {
        accept: skill.ambiguity.otherwise === 'accept',
        rules: skill.ambiguity.rules.map(compileRule),
      });
    }
  }
  return { root, ambiguity, implied: impliedClosure(skills), forms };
}

/** The forms a skill's ambiguity rules judge, or null for all of them. */
function judgedForms(skill: Skill): Set<string> | null {
  if (!skill.ambiguity) return new Set();
  if (skill.ambiguity.forms) return new Set(skill.ambiguity.forms);
  return skill.cased.length > 0 ? new Set(skill.cased) : null;
}

/** Skill id → every skill it implies, transitively. The one place the closure is computed (the matcher and the comparison use it). */
export function impliedClosure(skills: readonly Skill[]): Map<string, string[]> {
  const direct = new Map(skills.map((s) => [s.id, s.implies]));
  const out = new Map<string, string[]>();
  for (const s of skills) {
    if (s.implies.length === 0) continue;
    const seen = new Set<string>();
    const stack = [...s.implies];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id) || id === s.id) continue;
      seen.add(id);
      stack.push(...(direct.get(id) ?? []));
    }
    out.set(s.id, [...seen]);
  }
  return out;
}

function compileRule(r: AmbiguityRule): CompiledRule {
  return {
    accept: r.decision === 'accept',
    before: r.before === undefined ? null : new RegExp(r.before, 'i'),
    after: r.after === undefined ? null : new RegExp(r.after, 'i'),
    near: r.near ?? null,
  };
}

function sameExact(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

interface Candidate extends SkillHit {
  sentence: number;
  ambiguous: boolean;
}

/**
 * Finds every skill mentioned in `text`: longest match first, linear in the
 * text's length (each token starts at most one walk, bounded by the longest form).
 */
export function findSkills(matcher: Matcher, text: string): SkillHit[] {
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const consumed = longestAt(matcher, text, tokens, i, candidates);
    i += consumed > 0 ? consumed : 1;
  }
  return resolveAmbiguity(matcher, text, candidates);
}

/** Walks the trie from token i; pushes the longest accepted terminal(s); returns tokens consumed. */
function longestAt(matcher: Matcher, text: string, tokens: Token[], i: number, out: Candidate[]): number {
  const first = tokens[i]!;
  let node = matcher.root.next?.get(first.lower);
  if (!node) return 0;
  // Remember each node with terminals along the path, then try the longest first.
  const path: Array<[number, Terminal[]]> = [];
  let j = i;
  for (;;) {
    if (node.terminals) path.push([j, node.terminals]);
    const nextTok = tokens[j + 1];
    if (!nextTok) break;
    if (!node.next) break;
    const child: Node | undefined = node.next.get(continuationKey(tokens[j]!, nextTok));
    if (!child) break;
    node = child;
    j++;
  }
  for (let p = path.length - 1; p >= 0; p--) {
    const [last, terminals] = path[p]!;
    const seen = new Set<string>();
    for (const t of terminals) {
      if (seen.has(t.skillId)) continue;
      if (t.exact && !exactMatches(text, tokens, i, t.exact)) continue;
      seen.add(t.skillId);
      const start = first.start;
      const end = tokens[last]!.end;
      out.push({ skillId: t.skillId, start, end, text: text.slice(start, end), sentence: first.sentence, ambiguous: t.ambiguous });
    }
    if (seen.size > 0) return last - i + 1;
  }
  return 0;
}

function exactMatches(text: string, tokens: Token[], i: number, exact: string[]): boolean {
  for (let k = 0; k < exact.length; k++) {
    const t = tokens[i + k]!;
    if (text.slice(t.start, t.end) !== exact[k]) return false;
  }
  return true;
}

function resolveAmbiguity(matcher: Matcher, text: string, candidates: Candidate[]): SkillHit[] {
  if (matcher.ambiguity.size === 0) return candidates.map(strip);
  // Skills found per sentence, for `near` rules: first the sure ones and the
  // ambiguous ones their own context accepts, so "R and Go" can vouch for each other.
  const sure = new Map<number, Set<string>>();
  const note = (c: Candidate): void => {
    let s = sure.get(c.sentence);
    if (!s) sure.set(c.sentence, (s = new Set()));
    s.add(c.skillId);
    for (const id of matcher.implied.get(c.skillId) ?? []) s.add(id);
  };
  const rulesFor = (c: Candidate) => (c.ambiguous ? matcher.ambiguity.get(c.skillId) : undefined);
  for (const c of candidates) {
    const amb = rulesFor(c);
    if (!amb || decide(amb, text, c, undefined)) note(c);
  }
  const out: SkillHit[] = [];
  for (const c of candidates) {
    const amb = rulesFor(c);
    if (amb && !decide(amb, text, c, sure.get(c.sentence))) continue;
    out.push(strip(c));
  }
  return out;
}

/** First rule whose conditions all hold decides; `near` never holds without the sentence's skills. */
function decide(amb: CompiledAmbiguity, text: string, c: Candidate, near: Set<string> | undefined): boolean {
  let before: string | null = null;
  let after: string | null = null;
  for (const r of amb.rules) {
    if (r.before) {
      before ??= text.slice(Math.max(0, c.start - CONTEXT), c.start);
      if (!r.before.test(before)) continue;
    }
    if (r.after) {
      after ??= text.slice(c.end, c.end + CONTEXT);
      if (!r.after.test(after)) continue;
    }
    if (r.near && !(near && r.near.some((id) => id !== c.skillId && near.has(id)))) continue;
    return r.accept;
  }
  return amb.accept;
}

function strip(c: Candidate): SkillHit {
  return { skillId: c.skillId, start: c.start, end: c.end, text: c.text };
}
