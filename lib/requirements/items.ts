import type { Posting, PostingSection } from '../posting/types';
import { degreeIn, PREFERRED_WORDS, splitUnits, yearsIn, type Unit } from './text';
import type { FindSkills, RequirementItem, RequirementKind, SkillSpan } from './types';

export type { FindSkills, RequirementItem } from './types';

export interface ItemOptions {
  /** A skill's category; a slash between skills of different categories ("Python/Django") means "and". */
  categoryOf?: (skillId: string) => string | undefined;
}

/** A sentence in a section with no heading reads as asked when it says so. */
const ASKING = /\b(?:experience|experienced|familiar|familiarity|proficien|knowledge|fluent|fluency|expert|expertise|comfortable|background in|skilled|you(?:'|’)?(?:ll)?\s+(?:have|know|are|bring|should|must|need)|we(?:'|’)?re looking for|looking for|must|required|requirements?|preferred|a plus|bonus|nice to have|degree|years|clearance|authori[sz]ed to work|sponsorship|ideally|strong|solid|deep|hands-on)\b/i;
const NOT_ASKING = /\b(?:we use|our stack|stack:|tech stack|built (?:with|on)|we(?:'|’)re using|we(?:'|’)ve built|we run|our (?:platform|product|customers|team))\b/i;

/**
 * The requirement items of a posting: each bullet or sentence of its
 * requirements and preferred sections (or, in a posting with no such
 * heading, each sentence elsewhere that asks something of the candidate).
 */
export function requirementItems(posting: Posting, findSkills: FindSkills, options: ItemOptions = {}): RequirementItem[] {
  const asked = posting.sections.filter((s) => s.kind === 'requirements' || s.kind === 'preferred');
  const fallback = asked.length === 0;
  const sections = fallback ? posting.sections.filter((s) => s.kind === 'other' || s.kind === 'responsibilities') : asked;
  const out: RequirementItem[] = [];
  for (const s of sections) {
    for (const u of splitUnits(s.text)) {
      if (fallback && (!ASKING.test(u.text) || NOT_ASKING.test(u.text))) continue;
      if (fallback && s.kind === 'other' && u.start === 0 && u.text.includes('|')) continue;
      const item = itemOf(s, u, findSkills, options);
      if (item) out.push(item);
    }
  }
  return out;
}

function itemOf(s: PostingSection, u: Unit, findSkills: FindSkills, options: ItemOptions): RequirementItem | null {
  const text = u.text;
  const preferred = s.kind === 'preferred' || PREFERRED_WORDS.test(text);
  const groups = skillGroups(text, findSkills, options);
  const years = yearsIn(text);
  const degree = degreeIn(text, preferred);
  const kind = kindOf(text, groups, years !== null, degree !== null);
  if (kind === 'other' && text.length < 12) return null;
  return {
    text,
    importance: preferred ? 'preferred' : 'required',
    kind,
    groups,
    years,
    degree,
    start: s.offset + u.start,
    end: s.offset + u.end,
  };
}

const LANGUAGES =
  'English|German|French|Spanish|Portuguese|Italian|Dutch|Swedish|Norwegian|Danish|Finnish|Polish|Czech|Japanese|Mandarin|Chinese|Cantonese|Korean|Hindi|Arabic|Hebrew|Russian|Ukrainian|Turkish|Greek|Vietnamese|Thai|Indonesian|Malay|Tagalog|Romanian|Hungarian';
const LANGUAGE_RE = new RegExp(
  String.raw`\b(?:fluen(?:t|cy)|native|bilingual|proficien(?:t|cy)|business[- ]level|spoken|written and spoken|speak(?:s|ing)?)\b[^.]{0,40}\b(?:${LANGUAGES})\b|\b(?:${LANGUAGES})\b[^.]{0,30}\b(?:fluen(?:t|cy)|speaking|speaker|proficien(?:t|cy)|language|required|native|C1|C2|B2)\b`,
);
const CLEARANCE_RE = /\bclearance\b|\bclearable\b|\bTS\s*\/\s*SCI\b|\btop secret\b|\bpublic trust\b/i;
const AUTH_RE = /\b(?:authori[sz](?:ed|ation) to work|work authori[sz]ation|right to work|eligible to work|sponsor(?:ship)?|visa|citizen(?:ship)?|green card|permanent resident|work permit)\b/i;

function kindOf(text: string, groups: string[][], years: boolean, degree: boolean): RequirementKind {
  if (CLEARANCE_RE.test(text)) return 'clearance';
  if (AUTH_RE.test(text) && !groups.length) return 'authorization';
  if (years) return 'years';
  if (degree) return 'degree';
  if (LANGUAGE_RE.test(text) && !groups.some((g) => g.some((id) => id !== 'english-proficiency' && id !== 'communication' && id !== 'written-communication'))) return 'language';
  if (groups.length) return 'skills';
  return 'other';
}

/* ---------- any-of groups ---------- */

/** Cues that make the list right after them a choice. */
const OR_CUE =
  /(?:\b(?:one|any|either|some|two|several|one or more|at least (?:one|two)|or more)\s+(?:or more\s+)?(?:of\b|\w+\s+of\b)|\beither\b|\bsuch as\b|\be\.?\s?g\.?(?=[\s,:]|$)|\bfor (?:example|instance)\b|\b(?<!(?:would|'d|’d|you|we|i|they)\s)like\b(?!\s+to\b)|\bsimilar to\b|\bex\.|\bincluding but not limited to\b|\bat least one\b|\bany (?:major |modern |mainstream |popular |common )?\w+\b)[^.;]*$/i;
/** Words after a list that make it a set of examples: "…, or similar", "…, etc.". */
const OPEN_TAIL = /^\s*,?\s*(?:(?:or|and\/or)\s+(?:a\s+)?(?:similar|equivalent|comparable|other|another|related|alternatives?)|etc\.?|\.\.\.|…|or the like)\b/i;

type Joiner = 'or' | 'and' | 'slash' | 'comma';

/** The gap between two skills in one list: ", ", " or ", "/", ", and ", " & "… and up to two capitalised words ("or Microsoft"). */
const GAP = /^\s*(?:,\s*)?(?:(and\/or|or|and|&|nor|\/|\||\+|,)\s*)?(?:(?:[A-Z][\w.]*|the|a|an)\s+){0,2}$/;

export function skillGroups(text: string, findSkills: FindSkills, options: ItemOptions = {}): string[][] {
  const hits = dedupe([...findSkills(text)].sort((a, b) => a.start - b.start || b.end - a.end));
  if (!hits.length) return [];
  // Cut the hits into lists of neighbours.
  interface List {
    hits: SkillSpan[];
    joins: Joiner[];
    open: number; // where the text before the list starts
  }
  const lists: List[] = [];
  let cur: List = { hits: [hits[0]!], joins: [], open: 0 };
  const parenDepthAt = (i: number): number => {
    let d = 0;
    for (let k = 0; k < i; k++) {
      const c = text[k];
      if (c === '(') d++;
      else if (c === ')' && d > 0) d--;
    }
    return d;
  };
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1]!;
    const h = hits[i]!;
    const gap = text.slice(prev.end, h.start);
    const m = GAP.exec(gap);
    const sameParen = parenDepthAt(prev.end) === parenDepthAt(h.start) && !/[()]/.test(gap);
    if (m && sameParen) {
      const j = (m[1] ?? '').toLowerCase();
      cur.joins.push(j === 'or' || j === 'and/or' || j === 'nor' ? 'or' : j === '/' || j === '|' ? 'slash' : j === 'and' || j === '&' || j === '+' ? 'and' : 'comma');
      cur.hits.push(h);
    } else {
      lists.push(cur);
      cur = { hits: [h], joins: [], open: prev.end };
    }
  }
  lists.push(cur);

  const groups: string[][] = [];
  for (const list of lists) {
    const ids = list.hits.map((h) => h.skillId);
    const first = list.hits[0]!;
    const last = list.hits[list.hits.length - 1]!;
    const before = text.slice(list.open, first.start);
    const after = text.slice(last.end);
    const cue = OR_CUE.test(before);
    // A parenthesised list after a generic noun: "a major cloud (AWS, GCP, Azure)".
    const inParen = /\(\s*(?:e\.?\s?g\.?,?\s*|i\.e\.,?\s*|for example,?\s*|ex\.?\s*|such as\s*|like\s*)?$/i.test(before) && /^\s*(?:,?\s*(?:or|and\/or)\s+(?:similar|equivalent|other|comparable)\b[^)]*|,?\s*etc\.?)?\s*\)/i.test(after);
    const openTail = OPEN_TAIL.test(after);
    const hasOr = list.joins.includes('or');
    const slash = list.joins.includes('slash') && slashMeansOr(list.hits, list.joins, options);
    const hasAnd = list.joins.includes('and');
    const anyOf = ids.length > 1 && (hasOr || slash || cue || (inParen && !precededBySkill(text, list.open, first.start)) || openTail);
    if (anyOf) {
      // "Kubernetes and Terraform, or Nomad": the rest of the list is a choice; but an "and" before any "or" with no cue keeps its head apart.
      if (hasAnd && hasOr && !cue) {
        const firstOr = list.joins.indexOf('or');
        const firstAnd = list.joins.indexOf('and');
        if (firstAnd < firstOr) {
          // "Python and Go or Rust": the "and" parts are needed, the choice is the tail after the last "and".
          const cut = list.joins.lastIndexOf('and', firstOr) + 1;
          for (const id of ids.slice(0, cut)) add(groups, [id]);
          add(groups, ids.slice(cut));
          continue;
        }
      }
      add(groups, ids);
    } else {
      for (const id of ids) add(groups, [id]);
    }
  }
  return groups;
}

/** True when a skill mention ends right before the list's opening bracket: "AWS (EC2, S3)" names parts, not choices. */
function precededBySkill(text: string, open: number, start: number): boolean {
  const before = text.slice(open, start);
  return /^\s*\(/.test(before) && open > 0;
}

function slashMeansOr(hits: SkillSpan[], joins: Joiner[], options: ItemOptions): boolean {
  if (!options.categoryOf) return true;
  const cats = new Set<string>();
  hits.forEach((h, i) => {
    if (i === 0 || joins[i - 1] === 'slash' || (i < joins.length && joins[i] === 'slash')) cats.add(options.categoryOf!(h.skillId) ?? h.skillId);
  });
  return cats.size <= 1;
}

function dedupe(hits: SkillSpan[]): SkillSpan[] {
  const out: SkillSpan[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.start < end) continue; // overlapping: the longer one was kept
    out.push(h);
    end = h.end;
  }
  return out;
}

function add(groups: string[][], ids: string[]): void {
  const seen = new Set(groups.flat());
  const fresh = [...new Set(ids)].filter((id) => !seen.has(id));
  if (fresh.length) groups.push(fresh);
}
