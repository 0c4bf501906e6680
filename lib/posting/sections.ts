import type { PostingSection, SectionKind } from './types';

/**
 * Splits a posting's description into sections by its headings, so that a
 * skill under "Nice to have" weighs less than one under "Requirements", and
 * one under "About us" or "Benefits" is not asked of the candidate at all.
 * Order matters: "Preferred qualifications" is preferred, not requirements.
 */
const HEADINGS: ReadonlyArray<[SectionKind, RegExp]> = [
  ['preferred', /\b(nice[ -]to[ -]haves?|bonus(?: points)?|preferred|pluses|a plus|extra credit|desired|desirable|good to have|ideally|it would be great|would be nice|stand out)\b/i],
  ['benefits', /\b(benefits|perks|what we offer|we offer|compensation|salary|pay (?:range|transparency)|why (?:join|work)|equal (?:employment )?opportunity|eeo|total rewards|what's in it for you)\b/i],
  ['requirements', /\b(requirements?|qualifications?|what you(?:'|’)?(?:ll| will) (?:need|bring)|what we(?:'|’)?re looking for|what we are looking for|you (?:have|bring|should have)|who you are|about you|must[ -]haves?|skills|experience|your (?:background|profile)|minimum|we(?:'|’)?d love|you might be a fit|you may be a good fit|ideal candidate)\b/i],
  ['responsibilities', /\b(responsibilities|what you(?:'|’)?(?:ll| will) (?:do|work on|own)|the role|in this role|your (?:role|impact|mission)|day[ -]to[ -]day|you will|duties|key accountabilities|what the job involves)\b/i],
  ['about', /\b(about (?:us|the company|the team|the job|[A-Z][\w&.-]*)|who we are|our (?:mission|story|team|company)|company overview|the team|overview)\b/i],
];

export function classifyHeading(heading: string): SectionKind | null {
  for (const [kind, re] of HEADINGS) if (re.test(heading)) return kind;
  return null;
}

/** A line reads as a heading: short, no sentence inside it, and a known heading or ending in a colon. */
function headingKind(line: string): SectionKind | 'unknown' | null {
  // A bullet is never a heading: "• Experience with Go" is a requirement, not a title.
  if (/^\s*(?:[•·▪◦+]|\*\s|-\s|\d+[.)]\s)/.test(line)) return null;
  const l = line.replace(/^[#\s]+|[*\s]+$/g, '').replace(/^\*+/, '');
  if (l.length === 0 || l.length > 70) return null;
  if (/[.!?]\s+\S/.test(l) || /[.!]$/.test(l)) return null;
  const colon = l.endsWith(':');
  const kind = classifyHeading(l);
  if (kind && (colon || (l.split(/\s+/).length <= 6 && !/\d/.test(l)))) return kind;
  if (colon && l.split(/\s+/).length <= 6) return 'unknown';
  return null;
}

/**
 * Splits a description into sections. Each section's text is an exact slice of
 * the description starting at `offset`, so a mention found in a section maps
 * back to the description (and, for plain text, to the user's file).
 */
export function splitSections(description: string): PostingSection[] {
  const sections: PostingSection[] = [];
  let current: PostingSection = { kind: 'other', heading: '', text: '', offset: 0 };
  let bodyStart = 0;
  let bodyEnd = 0;
  const flush = (): void => {
    const raw = description.slice(bodyStart, bodyEnd);
    const lead = raw.length - raw.trimStart().length;
    current.text = raw.trim();
    current.offset = bodyStart + lead;
    if (current.text) sections.push(current);
  };
  let pos = 0;
  for (const line of description.split('\n')) {
    const lineEnd = pos + line.length;
    const kind = headingKind(line);
    if (kind) {
      flush();
      current = {
        kind: kind === 'unknown' ? 'other' : kind,
        heading: line.replace(/^[#*•\s-]+|[*\s:]+$/g, ''),
        text: '',
        offset: 0,
      };
      bodyStart = bodyEnd = Math.min(lineEnd + 1, description.length);
    } else {
      bodyEnd = lineEnd;
    }
    pos = lineEnd + 1;
  }
  flush();
  return sections;
}
