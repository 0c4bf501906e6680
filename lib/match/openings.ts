import type { PostingSection } from '../posting/types';
import type { RequirementItem } from '../requirements/types';
import type { RequirementVerdict } from './requirements';
import { scoreRequirements } from './score';

/**
 * One text that lists several openings, each with its own asks ("Opening 1: Senior Backend Engineer … Opening 2: Mobile
 * Engineer …"). A careful reader does not hold the candidate to every opening's asks at once: they judge the resume
 * against the opening it fits, and leave the other openings' asks out. The asks before the first opening (what every
 * opening shares) count for each.
 */
export interface Opening {
  title: string;
  /** Where the opening starts and ends in the description (the next opening's start, or the end). */
  start: number;
  end: number;
}

/** "Opening 2: Mobile Engineer", "Role 1 – Data Engineer", "Position B: Platform": a numbered or lettered opening's first line. */
const MARKER = /^[ \t#*]*(?:openings?|roles?|positions?|vacanc(?:y|ies))\s*#?\s*(?:\d{1,2}|[A-D])\s*[:.)\u2013\u2014-]\s*(\S[^\n]{0,80}?)[\s*:]*$/gim;
const WORDS = ['opening', 'role', 'position', 'vacancy'];
/** A cheap test first: one of the words, then a number, a hash or a letter ("role 2", "opening #1", "position b"). */
const marked = (lower: string) => WORDS.some((w) => [' 1', ' 2', ' #', ' a', ' b'].some((t) => lower.includes(w + t)));

/** The openings a posting lists, in order: none unless it lists two or more. */
export function openingsOf(sections: readonly PostingSection[]): Opening[] {
  const marks: Array<{ title: string; at: number }> = [];
  for (const s of sections) {
    const heading = s.heading.toLowerCase();
    if (marked(heading)) {
      MARKER.lastIndex = 0;
      const m = MARKER.exec(s.heading);
      if (m) marks.push({ title: m[1]!.trim(), at: s.offset });
    }
    // (Most postings hold none of the words in a numbered opening's line: the pattern runs only where one is written.)
    const lower = s.text.toLowerCase();
    if (!marked(lower)) continue;
    MARKER.lastIndex = 0;
    for (let m = MARKER.exec(s.text); m; m = MARKER.exec(s.text)) marks.push({ title: m[1]!.trim(), at: s.offset + m.index + (m[0].length - m[0].trimStart().length) });
  }
  if (marks.length < 2) marks.splice(0, marks.length, ...titled(sections));
  if (marks.length < 2) marks.splice(0, marks.length, ...listed(sections));
  if (marks.length < 2) return [];
  marks.sort((a, b) => a.at - b.at);
  // ("For both roles: …" after the last opening: what every opening shares, no part of the last one.)
  const shared = sections.find((s) => s.offset > marks.at(-1)!.at && SHARED.test(s.heading));
  return marks.map((m, k) => ({ title: m.title, start: m.at, end: marks[k + 1]?.at ?? shared?.offset ?? Number.POSITIVE_INFINITY }));
}

/** A heading of what every opening shares: "For both roles", "All positions", "Applies to each opening". */
const SHARED = /\b(?:both|all|every|each)\s+(?:of\s+the\s+)?(?:roles?|openings?|positions?|jobs?)\b/i;

/**
 * Openings with no number and no headings of their own ("Backend Engineer" / "- 4+ years …" / … / "Mobile Engineer" /
 * "- 3+ years …"): a job's title alone on a line, after a blank line, with a list right under it, twice or more.
 */
function listed(sections: readonly PostingSection[]): Array<{ title: string; at: number }> {
  const marks: Array<{ title: string; at: number }> = [];
  for (const s of sections) {
    const lines = s.text.split('\n');
    let at = 0;
    lines.forEach((line, k) => {
      const m = TITLE_LINE.exec(line);
      if (m && (k === 0 || !lines[k - 1]!.trim()) && /^\s*(?:[-*\u2022\u2013\u00b7]|\d+[.)])\s/.test(lines[k + 1] ?? '') && !marks.some((x) => x.title === m[1])) marks.push({ title: m[1]!, at: s.offset + at });
      at += line.length + 1;
    });
  }
  return marks.length >= 2 ? marks : [];
}

/** A line that is a job's title: a few words ending in a job's noun ("Mobile Engineer", "Senior Data Scientist (Remote)"). */
const TITLE_LINE = /^[ \t#*]*((?:[A-Z][\w/&+.-]*\s+){0,4}(?:Engineer|Developer|Scientist|Analyst|Designer|Manager|Architect|SRE|Lead)s?)(?:\s*\([^)\n]{1,30}\))?[\s*:]*$/;

/**
 * Openings with no number ("Backend Engineer / What you'll do / … / Requirements / … / Mobile Engineer / What you'll do
 * / …"): a job's title on the line right above a heading of what the job does or asks, twice or more, each title its own.
 */
function titled(sections: readonly PostingSection[]): Array<{ title: string; at: number }> {
  const marks: Array<{ title: string; at: number }> = [];
  for (let k = 1; k < sections.length; k++) {
    const s = sections[k]!;
    if ((s.kind !== 'responsibilities' && s.kind !== 'requirements') || !s.heading) continue;
    const prev = sections[k - 1]!;
    const lines = prev.text.trimEnd().split('\n');
    const last = lines.at(-1)!;
    const m = TITLE_LINE.exec(last);
    if (!m || marks.some((x) => x.title === m[1])) continue;
    marks.push({ title: m[1]!, at: prev.offset + prev.text.trimEnd().length - last.length });
  }
  return marks.length >= 2 ? marks : [];
}

/** The opening an item is asked for (its index), or -1 when it comes before the first (shared by all). */
export function openingOf(openings: readonly Opening[], start: number): number {
  return openings.findIndex((o) => start >= o.start && start < o.end);
}

/**
 * The opening whose asks the resume meets best (the highest score of its own asks and the shared ones; the first on a
 * tie), and the verdicts with every other opening's asks left out ("unknown": not asked of this candidate). An item that
 * is only an opening's title ("Opening 2: Mobile Engineer") asks nothing.
 */
export function judgeOpenings(
  openings: readonly Opening[],
  items: readonly RequirementItem[],
  verdicts: readonly RequirementVerdict[],
): { chosen: Opening; verdicts: RequirementVerdict[] } {
  const of = items.map((i) => openingOf(openings, i.start));
  const isTitle = items.map((i) => openings.some((o) => o.start === i.start));
  let best = 0;
  let bestScore = -1;
  openings.forEach((_, k) => {
    const keep = items.flatMap((_, i) => ((of[i] === -1 || of[i] === k) && !isTitle[i] ? [i] : []));
    const s = scoreRequirements(
      keep.map((i) => items[i]!),
      keep.map((i) => verdicts[i]!),
    );
    if ((s?.score ?? -1) > bestScore) {
      best = k;
      bestScore = s?.score ?? -1;
    }
  });
  const chosen = openings[best]!;
  return {
    chosen,
    verdicts: verdicts.map((v, i) => {
      if (isTitle[i]) return { ...v, verdict: 'unknown', evidence: `The title of an opening (${openings[of[i]!]!.title}); it asks nothing.` };
      if (of[i] === -1 || of[i] === best) return v;
      return { ...v, verdict: 'unknown', evidence: `Asked for another opening, ${openings[of[i]!]!.title}; the resume is judged against ${chosen.title}, the one it fits best.` };
    }),
  };
}
