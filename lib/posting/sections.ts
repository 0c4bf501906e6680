import type { PostingSection, SectionKind } from './types';

/**
 * Splits a posting's description into sections by its headings, so that a
 * skill under "Nice to have" weighs less than one under "Requirements", and
 * one under "About us" or "Benefits" is not asked of the candidate at all.
 * Order matters: "Preferred qualifications" is preferred, not requirements.
 */
/** A kind's heading pattern, or several (a heading of the kind matches any of them, as one alternation of them would). */
const HEADINGS: ReadonlyArray<[SectionKind, RegExp | readonly RegExp[]]> = [
  ['preferred', /\b(nice[ -]to[ -]haves?|bonus(?: points)?|preferred|pluses|a plus|extra credit|desired|desirable|good to have|ideally|it would be great|would be nice|stand out|not required,? but|(?:may|might|could) also (?:have|bring|know)|even better|great to haves?|^plus(?:es)?$)\b/i],
  ['benefits', /\b(benefits|perks|what we offer|we offer|the offer|^offer$|the deal|bonuses|compensation|salary|pay (?:range|transparency)|why (?:join|work)|what you(?:'|’)?(?:ll)? (?:get|like|love)(?: here| about)?|reasons (?:you(?:'|’)?d|to) (?:love|enjoy|join)|equal (?:employment )?opportunity|eeo|total rewards|what's in it for you|why you(?:'|’)?d enjoy)\b/i],
  [
    'requirements',
    // Three patterns: the two phrases with optional parts cost V8 ~2.5 ms more to compile cold inside the long alternation.
    [
      /\b(requirements?|qualifications?|what you(?:(?:'|’)?ll| will)? (?:need|bring)|required|what (?:we(?:'|’)?re|we are) looking for|who (?:we(?:'|’)?re|we are) looking for|looking for|you(?:'|’)?(?:ll| will) need(?: to have)?|you (?:have|bring|should have)|who you are|about you|must[ -]haves?|skills|experience|your (?:background|profile)|minimum|we(?:'|’)?d love|you might be a fit|you (?:may|might|could) be a (?:good |great |strong )?(?:fit|match)|you(?:'|’)?re a (?:good |great |strong )?(?:fit|match)|(?:a )?(?:good|great|strong) (?:fit|match) if|ideal candidate|helpful characteristics|come work with us if|what it takes|what makes you|what we want|we need (?:engineers|developers|people|someone|folks) who|you should apply if|you must|(?:the|ideal|candidate) profile)\b/i,
      /\b(you(?:(?:'|’)?ll| will| may| might| could| would)? (?:likely |probably |really )?(?:fit|thrive|do well|belong|excel|succeed)(?: here| with us| in (?:this|the) (?:role|job|position)| on (?:this|our|the) team)? if)\b/i,
      /\b((?:we(?:'|’)?re|we are) (?:(?:especially|currently|also|mostly|particularly) ){0,2}(?:looking for|seeking|interested in)(?: (?:someone|engineers|people|candidates) who)?)\b/i,
    ],
  ],
  [
    'responsibilities',
    /\b(responsibilities|what you(?:'|’)?(?:ll|d| will| would) (?:be )?(?:do|doing|work(?:ing)? on|own|build|building|tackle)|you(?:'|’)?(?:ll| will) (?:work on|build|own|be doing)|the role|this role|the position|in this role|overview of (?:this|the) (?:role|position|job)|role overview|your (?:role|impact|mission|day)|day[ -]to[ -]day|you will|duties|key accountabilities|what the job involves|(?:technical )?challenges|(?:interesting )?things we(?:'|’)?re working on|you (?:might|may|could|would) work on|problems (?:we|you)(?:(?:'|’)ll| will)? work on|what (?:our|the) [\w ]*team is working on|(?:recent|current|example|some|representative|typical|sample) projects|projects you(?:'|’)?ll work on|the work)\b/i,
  ],
  // "Open roles", "We're hiring for", "We're growing our team in these areas": the roles on offer, not the company's story.
  [
    'responsibilities',
    /\b((?:open|featured|current|available|engineering|technical) (?:roles|positions|jobs|openings)|openings|roles|(?:roles|positions) (?:we(?:'|’)?re|we are) hiring|(?:we(?:'|’)?re |we are )?(?:actively |currently )?hiring(?! (?:process|steps|timeline))|focus areas|(?:interesting )?problems (?:we(?:'|’)?ll|we will|you(?:'|’)?ll|you will) (?:work on|solve|tackle)|(?:building out|growing|expanding|scaling|building) (?:our|the) (?:\w+ )?team (?:in|across|with)|(?:roles|positions) (?:available|open)|available (?:roles|positions))\b/i,
  ],
  ['about', /\b(about (?:us|the company|the team|[A-Z][\w&.-]*)|who we are|our (?:mission|story|team|company|products?|investors|founders)|co-?founders|company overview|the team|overview)\b/i],
  // How to apply: it ends the part above it, and asks only what it says it asks ("if you know Go, write to …").
  ['other', /\b(how to apply|(?:the |our )?(?:application|hiring|interview) (?:process|steps|timeline)|next steps|application deadline|^(?:to )?apply(?: (?:here|now|at|on|via|through)\b.*)?$|^interested\?)/i],
];

export function classifyHeading(heading: string): SectionKind | null {
  for (const [kind, re] of HEADINGS) if (Array.isArray(re) ? re.some((r: RegExp) => r.test(heading)) : (re as RegExp).test(heading)) return kind;
  return null;
}

/** A job title ("Developer Experience Engineer", "Senior SRE (Remote)") names a role: it is no heading, whatever words it holds. */
const ROLE_TITLE = /\b(?:engineers?|developers?|managers?|designers?|scientists?|leads?|architects?|analysts?|interns?|sres?|specialists?|directors?|researchers?|administrators?|consultants?|recruiters?|executives?|officers?|advocates?|writers?|technicians?|programmers?|swes?|ctos?|ceos?)\b(?:\s*[(,|–—-].*)?$/i;
const HEADING_START = /^(?:about|what|who|why|how|your|you|our|the|we|this|in|key|day|role|job|nice|bonus|must|minimum|preferred|requirements?|qualifications?|responsibilities|skills|experience)\b/i;

/** A line reads as a heading: short, no sentence inside it, and a known heading or ending in a colon. */
function headingKind(line: string): SectionKind | 'unknown' | null {
  // A bullet is never a heading: "• Experience with Go" is a requirement, not a title.
  if (/^\s*(?:[•·▪◦+]|\*\s|-\s|\d+[.)]\s)/.test(line)) return null;
  const l = line.replace(/^[#\s]+|[*\s]+$/g, '').replace(/^\*+/, '').replace(/\*+(?=:?$)/, '');
  if (l.length === 0 || l.length > 70) return null;
  if (/[.!?]\s+\S/.test(l) || /[.!]$/.test(l)) return null;
  const colon = l.endsWith(':');
  const words = l.split(/\s+/).length;
  // "Developer Experience Engineer", "Staff Engineer, Platform:": a role's title is text (its skills count), never a heading.
  if (ROLE_TITLE.test(l.replace(/:$/, '')) && !HEADING_START.test(l)) return null;
  const kind = classifyHeading(l);
  // A longer heading holds no colon when it is set in title case ("You May Be a Good Fit If You", as boards that flatten headings print them).
  if (kind && (colon || (words <= 6 && !/\d/.test(l)) || (words <= 10 && titleCase(l)))) return kind;
  if (colon && words <= 6) return 'unknown';
  return null;
}

/** Every word of four letters or more starts with a capital, and so does the first. */
function titleCase(l: string): boolean {
  const words = l.replace(/:$/, '').split(/\s+/);
  return /^[A-Z]/.test(words[0]!) && words.every((w) => w.length < 4 || /^[A-Z]/.test(w));
}

/**
 * A heading that runs into its content on the same line: "Bonus: Kafka, Flink", "Nice to have: some Rust".
 * Returns the heading's kind and where the content starts in the line, or null. The label must be a
 * known heading on its own (short, no sentence); a job title or any other label ("Stack: …") is text.
 */
function inlineHeading(line: string): { kind: SectionKind; heading: string; at: number } | null {
  if (BULLET.test(line)) return null;
  const m = /^[#\s*]*([^:.!?]{2,40}?)\**:\s*(?=\S)/.exec(line);
  if (!m || m[0].length >= line.length) return null;
  const label = m[1]!.trim();
  if (label.split(/\s+/).length > 5 || /https?$/i.test(label) || ROLE_TITLE.test(label)) return null;
  const kind = classifyHeading(label);
  return kind ? { kind, heading: label, at: m[0].length } : null;
}

/** A line that names the team's stack: it stays a skill list even inside about-us or benefits. */
const STACK_LINE = /\b(?:tech(?:nology)? stack|our stack|the stack|stack:|stack is|we use|we're using|we are using|built (?:with|on|in|using)|written in|runs? on|technologies:|tools we use|languages:)/i;

/** A line of a list: "- ", "• ", "* ", "1. ". */
const BULLET = /^\s*(?:[•·▪◦+]|\*\s|-\s|–\s|\d+[.)]\s)/;
/** A list line that asks something of the candidate: "Experience with …", "5+ years …", "Strong …", "You have …". */
const ASKS =
  /^\s*(?:[•·▪◦+*–-]|\d+[.)])\s*(?:\d+\+?\s*(?:years?|yrs)|(?:(?:deep|strong|solid|proven|demonstrated|hands-on|excellent|good|working|professional|prior|practical|extensive|some)\s+)?(?:experience|expertise|knowledge|understanding|familiarity|proficiency|background|fluency|track record|skills?)\b|(?:proficient|fluent|familiar|comfortable|experienced|skilled|expert)\b|(?:you|you've|you have|you are|you're|have|are|can)\b|ability to|bachelor|master|degree|bs\b|ms\b|phd\b|excellent|strong|solid|deep)/i;

/**
 * When in doubt, a list of lines that ask things of the candidate is
 * requirements, never about-us: a section read as about-us or of no kind
 * whose list lines mostly ask (at least two of them) becomes requirements.
 */
function listAsks(text: string): boolean {
  const lines = text.split('\n').filter((l) => BULLET.test(l));
  if (lines.length < 2) return false;
  const asking = lines.filter((l) => ASKS.test(l)).length;
  return asking >= 2 && asking * 2 >= lines.length;
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
    if ((current.kind === 'about' || current.kind === 'other') && listAsks(current.text)) current.kind = 'requirements';
    if (current.text) sections.push(current);
  };
  let pos = 0;
  /** The section an inline heading interrupted: it resumes at the next blank line. */
  let resume: { kind: SectionKind; heading: string } | null = null;
  /** Whether the line before was text of the current section (not a heading, not blank). */
  let afterText = false;
  for (const line of description.split('\n')) {
    const lineEnd = pos + line.length;
    const inline = inlineHeading(line);
    let kind = inline ? null : headingKind(line);
    // "Requirements:" / "5+ years of Go" / "Production experience in AWS": a short line with no colon, right under a line
    // of the section and of the section's own kind, goes on with its list ("experience", "skills" make it look like a heading).
    if (kind && kind !== 'unknown' && afterText && kind === current.kind && !/:\**\s*$/.test(line)) kind = null;
    afterText = !inline && !kind && line.trim() !== '';
    if (resume && !line.trim()) {
      flush();
      current = { ...resume, text: '', offset: 0 };
      resume = null;
      bodyStart = bodyEnd = pos;
    } else if (inline) {
      // "Bonus: GStreamer, FFmpeg": the label starts a section of its kind, its content stays in it.
      flush();
      if (!resume) resume = { kind: current.kind, heading: current.heading };
      current = { kind: inline.kind, heading: inline.heading, text: '', offset: 0 };
      bodyStart = pos + inline.at;
      bodyEnd = lineEnd;
    } else if (kind) {
      resume = null;
      flush();
      current = {
        kind: kind === 'unknown' ? 'other' : kind,
        heading: line.replace(/^[#*•\s-]+|[*\s:]+$/g, ''),
        text: '',
        offset: 0,
      };
      bodyStart = bodyEnd = Math.min(lineEnd + 1, description.length);
    } else if ((current.kind === 'about' || current.kind === 'benefits') && STACK_LINE.test(line)) {
      // "• Freedom to shape our tech stack (TypeScript + Python)" under "About the company": the stack is no company context.
      flush();
      const { kind, heading } = current;
      current = { kind: 'other', heading, text: '', offset: 0 };
      bodyStart = pos;
      bodyEnd = lineEnd;
      flush();
      current = { kind, heading, text: '', offset: 0 };
      bodyStart = bodyEnd = Math.min(lineEnd + 1, description.length);
    } else {
      bodyEnd = lineEnd;
    }
    pos = lineEnd + 1;
  }
  flush();
  return sections;
}
