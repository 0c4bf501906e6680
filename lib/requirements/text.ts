import { narrow } from '../skills/tokenize';
import type { Degree, DegreeLevel, YearsRange } from './types';

/** A piece of a section: one bullet or one sentence, with its offsets in the section's text. */
export interface Unit {
  text: string;
  start: number;
  end: number;
}

// (s58: a driving licence's category, "cat. B", "kat. B", "sk. B", "Kl. B": no sentence ends before the letter.)
// (s60 tune: a standard's revision or a document's volume before its number, "SP 800-53 Rev. 5", "Vol. 2": no sentence ends
// there where a number follows.)
const ABBREV = /(?:\b(?:e\.g|i\.e|eg|ie|cf|esp|etc|vs|Inc|Ltd|Sr|Jr|St|approx|incl|Mr|Ms|Dr|No|[Cc]at|[Kk]at|sk|[Kk]l)\.|\b[A-Z]\.)$/;
const ABBREV_NUMBERED = /\b(?:Rev|rev|Vol|vol|Ver|ver|Ed|ed|Pt|pt|Sec|Sect|Art|Nr|nr|Ch|ch)\.$/;
// (s59 lead) "For example" and its kin shortened in other languages, before a capital: German "z. B." / "bzw." / "ggf." /
// "inkl." / "bspw." / "u. a.", Dutch "bijv." / "bv." / "o.a.", Swedish "t.ex.", Norwegian and Danish "f.eks." / "bl.a.",
// Hungarian "pl.", Finnish "esim.", Polish "np." / "m.in.", Czech and Slovak "např." / "napr." / "tj.", French "p. ex.",
// Spanish "p. ej.", Italian "ad es.", Turkish "vb.": no sentence ends after them ("SCADA/HMI, z. B. WinCC oder zenon").
const ABBREV_ABROAD = /(?:(?<![\p{L}])(?:z\.\s?B|z|bzw|ggf|inkl|evtl|bspw|u\.\s?a|bijv|bv|o\.\s?a|t\.\s?ex|f\.\s?eks|bl\.\s?a|pl|esim|np|m\.\s?in|např|napr|tj|p\.\s?ex|p\.\s?ej|ad es|vb|ca)\.)$/u;

/** Splits a section's text into bullets (one a line) and the sentences inside them. */
export function splitUnits(text: string): Unit[] {
  const out: Unit[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    const lead = /^[\s•·▪◦・･●○■□➢➤►*+\-–—]*(?:\d+[.)]\s+)?/.exec(line)![0].length;
    // (Held one byte a character where its characters allow: a line of a section with a "•" elsewhere would be held
    // two, and the requirement patterns that read it compiled for both; lib/skills/tokenize.ts.)
    const body = narrow(line.slice(lead));
    if (!body.trim()) continue;
    // Sentence ends: . ! ? followed by space and a capital, a digit, a quote or a bracket.
    const re = /[.!?](?=\s+["“(]?[A-Z0-9])/g;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const head = body.slice(0, m.index + 1);
      if (ABBREV.test(head) || ABBREV_ABROAD.test(head)) continue;
      if (ABBREV_NUMBERED.test(head) && /^\s+\d/.test(body.slice(m.index + 1))) continue;
      // (s43: dot leaders between a row's label and its value, "Experience .......... 5+ years", end no sentence.)
      if (/(?:\.{4,}| \.{3,})$/.test(head)) continue;
      // Inside brackets a sentence goes on: "a cloud stack (for example. AWS or GCP)" is one unit.
      if (openBrackets(body.slice(from, m.index + 1)) > 0) continue;
      push(out, body, from, m.index + 1, lineStart + lead);
      from = m.index + 1;
    }
    push(out, body, from, body.length, lineStart + lead);
  }
  // (s46) A line that opens in fragments, a verb alone and then how much or how often ("Write. A lot. Blog posts, docs.",
  // "Test. Always. Even the glue code."): the line is one unit, so the ask is read whole, as a line of a list.
  for (let k = out.length - 2; k >= 0; k--) {
    const u = out[k]!;
    const next = out[k + 1]!;
    const lineStart = text.lastIndexOf('\n', u.start - 1) + 1;
    if (!/^[A-Z][a-z]{2,}[.!]$/.test(u.text) || !/^(?:[A-Z][a-z]*|[a-z]+)(?:\s+[a-z]+){0,2}[.!]$/.test(next.text) || text.slice(u.end, next.start).includes('\n') || out.some((o) => o !== u && o.start >= lineStart && o.start < u.start)) continue;
    let last = k + 1;
    while (last + 1 < out.length && !text.slice(out[last]!.end, out[last + 1]!.start).includes('\n')) last++;
    out.splice(k, last - k + 1, { text: text.slice(u.start, out[last]!.end), start: u.start, end: out[last]!.end });
  }
  // "Python, Rust, Go. Whatever you are comfortable in.": a sentence that only says the list before it is a choice joins it.
  for (let k = out.length - 1; k > 0; k--) {
    const u = out[k]!;
    const prev = out[k - 1]!;
    if (!/^(?:whatever|whichever|any (?:of them|of these|one of them|one will do))\b/i.test(u.text) || text.slice(prev.end, u.start).includes('\n')) continue;
    out.splice(k - 1, 2, { text: text.slice(prev.start, u.end), start: prev.start, end: u.end });
  }
  return out;
}

/** How many round brackets are open at the end of a text. */
function openBrackets(text: string): number {
  let open = 0;
  for (const c of text) {
    if (c === '(') open++;
    else if (c === ')' && open > 0) open--;
  }
  return open;
}

function push(out: Unit[], body: string, from: number, to: number, base: number): void {
  const raw = body.slice(from, to);
  const l = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t.length < 2) return;
  out.push({ text: t, start: base + from + l, end: base + from + l + t.length });
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
const NUM = String.raw`(\d{1,2}(?:\.\d)?|a\s+couple\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
function num(s: string): number {
  return /^a\s+couple\s+of$/i.test(s) ? 2 : (NUMBER_WORDS[s.toLowerCase()] ?? Number(s));
}

/**
 * A span of years asked: "5+ years", "3-5 years", "at least three years",
 * "five (5) years", "minimum of 4 years", "5 or more years".
 */
const YEARS_RE = new RegExp(
  String.raw`\b(at\s+least|minimum\s+(?:of\s+)?|min\.?\s+|over|more\s+than|up\s+to)?\s*` +
    NUM +
    String.raw`(?:\s*\(\d{1,2}\))?\s*(\+|-?\s*plus|or\s+more|or\s+so|\s*(?:-|\u2013|\u2014|to)\s*` +
    NUM +
    // ("3 anos+ with Playwright", "4 a\u00f1os con React": Latin America's years in a line otherwise English.)
    String.raw`\+?)?\s*(?:\+\s*)?(?:years?|yrs?|yoe|y\/o\/e|y(?=\s*\+)|anos|a\u00f1os)\b(\s*\+)?(?:'|\u2019)?`,
  'gi',
);

const BETWEEN_YEARS = new RegExp(String.raw`\bbetween\s+` + NUM + String.raw`\s+and\s+` + NUM + String.raw`\s+(?:years?|yrs?)\b`, 'i');

export interface YearsHit {
  min: number;
  max: number | null;
  index: number;
  end: number;
}

/** Every years span in a text that reads as experience asked, not a company's age or a team's total. */
/** "- A decade or more of systems engineering": a decade of an activity, at a line's or bullet's start or after an ask. (s60: or the
 * activity said by its verb, "A decade or more running production systems", "Two decades building firmware".) */
const DECADE_OF = /(?:^|\n|[:•*\u2013-]\s*|\b(?:have|having|with|bring|need|require[sd]?|at least|minimum(?: of)?)\s+)(a|one|two|three)\s+decades?\s*(?:\+|plus|or (?:more|longer|so))?\s+(?:of\s+(?:[\w-]+\s+){0,2}(?:\w+ing|work|development|operations|design|research|administration|management|experience)|(?!(?:during|spanning|according)\b)[a-z]{3,}ing\s+(?:[\w-]+\s+){0,2}?(?:systems?|services?|software|products?|platforms?|infrastructure|networks?|teams?|code|data|applications?|apps|pipelines?|databases?|models?|clusters?|production|projects?|sites?|plants?|hardware|firmware|tests?|releases?)\b)/i;

const A_YEAR = /\b(?:at\s+least|a\s+minimum\s+of|minimum\s+(?:of\s+)?|more\s+than|over)\s+(?:a|one)\s+(?:full\s+)?year\b(?!\s*(?:-|\u2013)?\s*(?:old|long|ago|contract))|\ba\s+(?:full\s+)?year\s*(?:\+|plus|or\s+(?:more|longer|two))(?=\s+(?:of|in|with|as|doing)\b)/gi;
const MONTHS_ASKED = /\b(at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?|over\s+|more\s+than\s+)?(\d{1,3})\s*\+?\s*months?\b(?:\s*\+)?(?!-)/gi;
/** Most texts say no decade: the two patterns above need not run on them. */
const DECADE_WORD = /decade/i;

export function findYears(text: string): YearsHit[] {
  const out: YearsHit[] = [];
  // "a decade of experience", "two decades in the industry"
  const dec = DECADE_WORD.test(text) && (/\b(half a|a|one|two|three)\s+decades?\s*(?:\+|plus|or (?:more|longer|so))?\s+(?:(?:of\s+)?(?:[\w-]+\s+){0,3}(?:experience|in\b)|of\s+(?:professional|hands-on|industry|commercial|production|relevant)\b)/i.exec(text) ?? DECADE_OF.exec(text));
  if (dec && !isTrapYears(text.slice(Math.max(0, dec.index - 60), dec.index).toLowerCase(), text.slice(dec.index + dec[0].length).toLowerCase())) {
    const lead = dec[1]!.toLowerCase();
    const n = lead === 'a' ? 1 : lead === 'half a' ? 0.5 : num(dec[1]!);
    out.push({ min: 10 * n, max: null, index: dec.index, end: dec.index + dec[0].length });
  }
  // "between three and five years of backend work": a range said in words.
  const between = BETWEEN_YEARS.exec(text);
  if (between && !isTrapYears(text.slice(Math.max(0, between.index - 60), between.index).toLowerCase(), text.slice(between.index + between[0].length).toLowerCase())) {
    const a = num(between[1]!);
    const b = num(between[2]!);
    if (b > a && b <= 40) out.push({ min: a, max: b, index: between.index, end: between.index + between[0].length });
  }
  // "At least a year of helpdesk experience", "a year or more in support": one year said with "a", given a floor (a bare
  // "a year" is a period far more often: "twice a year", "$90k a year").
  A_YEAR.lastIndex = 0;
  for (const y of text.matchAll(A_YEAR)) {
    const before = text.slice(Math.max(0, y.index - 60), y.index).toLowerCase();
    const after = text.slice(y.index + y[0].length, y.index + y[0].length + 70).toLowerCase();
    if (!isTrapYears(before, after) && asksExperience(before + 'at least', after)) out.push({ min: 1, max: null, index: y.index, end: y.index + y[0].length });
  }
  // "18 months+ in a support role", "at least 6 months of experience": experience counted in months, as years.
  if (/\bmonths?\b/i.test(text)) {
    for (const mo of text.matchAll(MONTHS_ASKED)) {
      const n = Number(mo[2]);
      if (n < 6 || n > 120) continue;
      const before = text.slice(Math.max(0, mo.index - 60), mo.index).toLowerCase() + (mo[1] ?? '').toLowerCase();
      const after = text.slice(mo.index + mo[0].length, mo.index + mo[0].length + 70).toLowerCase();
      // (Months are a duration far more often than experience asked: "the past 13 months here", "7 months of runway". Only
      // with a plus, a floor, or "of … experience" after them.)
      if (isTrapYears(before, after) || /\b(?:past|last|first|next|these|those|recent|for)\s*$/.test(before)) continue;
      // ("Duration: 12+ months", "contract length 6+ months": the engagement's length.)
      if (/\b(?:duration|contract|assignment|term|length|engagement|project|extension|period|probation|runway|lease|notice|initial)\b[^.;]{0,25}$/.test(before)) continue;
      const ofExperience = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}(?:experience|exp\b)/.test(after);
      if (!/\+/.test(mo[0]) && !mo[1] && !ofExperience) continue;
      if (mo[1] && !ofExperience && !asksExperience(before + 'at least', after)) continue;
      out.push({ min: Math.round((n / 12) * 100) / 100, max: null, index: mo.index, end: mo.index + mo[0].length });
    }
  }
  // "Years of experience: 4+", "Experience (years): 3-5": a field, then its value.
  const field = /\b(?:years|yrs)\s+(?:of\s+)?(?:(?:professional|relevant|work|industry)\s+)?experience\s*(?:required|needed)?\s*[:\-–—]\**\s*(\d{1,2})\s*(?:\+|(?:-|–|to)\s*(\d{1,2}))?/i.exec(text);
  if (field) {
    const a = Number(field[1]);
    const b = field[2] ? Number(field[2]) : null;
    if (a <= 30) out.push({ min: a, max: b !== null && b > a ? b : null, index: field.index, end: field.index + field[0].length });
  }
  YEARS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS_RE.exec(text))) {
    // (s50: a match that starts at the line break before its number, "…$95,000\nTwo years administering …", has the break in
    // what stands before it: the years open their line.)
    const broken = m[1] === undefined && /^[^\S\n]*\n\s*/.exec(m[0]);
    const before = text.slice(Math.max(0, m.index - 60), m.index + (broken ? broken[0].length : 0)).toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 70).toLowerCase();
    if (isTrapYears(before + (m[1] ?? "").toLowerCase(), after)) continue;
    // "10+ yrs" with a plus reads as experience asked wherever it stands.
    // "Serving clients for 15+ years": a duration is the candidate's only when the sentence is about them.
    // (Whose the duration is, the sentence says from its start, which may stand further back than the window: "You've run
    // production Kubernetes (EKS or GKE, we're on EKS today) for at least 3 years".)
    const clause = /\bfor\s*$/.test(before) ? sentenceBefore(text, m.index) : before;
    const deed = /\bfor\s*$/.test(before) && deedOpens(text, m.index);
    const duration = /\bfor\s*$/.test(before) && !deed && !/\b(?:look(?:s|ing)?|search(?:es|ing)?|ask(?:s|ing)?|hir(?:e|es|ing)|hop(?:e|es|ing)|aim(?:s|ing)?|seek(?:s|ing)?|call(?:s|ing)?)\s+for\s*$/.test(before) && !/\b(?:you|your|you(?:'|’)ve|candidates?|experience)\b/.test(clause) && !/\b(?:someone|somebody|a person|engineers?|developers?|designers?|people|folks|an? [a-z]+ (?:engineer|developer|designer|scientist|analyst))\s+who\b[^.;]*$/.test(clause) && !/(?:^|[.;:!?•\n]\s*)(?:[-*•]\s*)?(?:have|has)\s+been\b[^.;]*$/.test(before);
    const plus = !duration && (/\+|plus/i.test(m[3] ?? '') || /\+/.test(m[5] ?? '') || /\+\s*(?:years?|yrs?|yoe|y)/i.test(m[0]));
    // A range of years before what was done in them ("2-6 years shipping mobile apps") is a span of experience.
    const rangeOfWork = m[4] !== undefined && /^\s*(?:[a-z]+ing)\b/.test(after) && !/^\s*(?:running|during|including|starting|beginning|remaining|following)\b/.test(after);
    if (!plus && !rangeOfWork && !deed && (duration || !(asksExperience(before, after) || (m[1] !== undefined && asksExperience(before + m[1].toLowerCase(), after))))) continue;
    const lead = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    if (lead === 'up to') continue;
    const a = num(m[2]!);
    const b = m[4] ? num(m[4]) : null;
    if (a > 30 || (b !== null && b > 40)) continue;
    let min = a;
    if (lead === 'more than' || lead === 'over') min = a;
    // "5 or 7+ years depending on level (L4/L5)": years that differ by level, the lower the least asked.
    const fewer = m[1] === undefined ? /(?:^|[^\w.,\u2013-]\s*)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s*$/i.exec(text.slice(Math.max(0, m.index - 12), m.index)) : null;
    if (fewer && num(fewer[1]!) < a) min = num(fewer[1]!);
    // "At least 3 to 5 years", "a minimum of 3-5 years": the range is a floor said loosely, no ceiling.
    const floor = lead === 'at least' || lead.startsWith('minimum') || lead.startsWith('min');
    const max = b !== null && b > a && !floor ? b : null;
    out.push({ min, max, index: m.index, end: m.index + m[0].length });
  }
  // "A few years (3+) of experience", "several years (at least 5) with Go": years left uncounted, their count in brackets.
  const bracketed = YEARS_THEN_COUNT.exec(text);
  if (bracketed && Number(bracketed[1]) <= 30 && !isTrapYears(text.slice(Math.max(0, bracketed.index - 60), bracketed.index).toLowerCase(), text.slice(bracketed.index + bracketed[0].length).toLowerCase()) && !out.some((h) => h.index < bracketed.index + bracketed[0].length && bracketed.index < h.end)) {
    out.push({ min: Number(bracketed[1]), max: null, index: bracketed.index, end: bracketed.index + bracketed[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The text of the sentence that stands before `at`, back to its start (at most 240 characters), lower case. */
/**
 * (s47) "Shipped production code in Elixir for at least 3 years", "Run Kafka in production for 2+ years" under "You'll
 * probably have": a line or sentence that opens with the deed (the heading says "you have"), then how long it went on.
 * Not where the company is the subject ("Founded in 2009, we have served clients for 15 years").
 */
function deedOpens(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 240), at);
  const cut = Math.max(back.lastIndexOf('\n'), back.search(/[.!?;\u2022](?=[^.!?;\u2022]*$)/));
  const sentence = back.slice(cut + 1);
  return /^\s*(?:[-*\u2022]\s*)?(?!Founded|Established|Started|Based|Trusted|Used|Backed|Funded|Owned|Known)[A-Z][a-z]*(?:ed|wn|ne|un|ught|lt)\s+(?!by\b)/.test(sentence) && !/\b(?:we|our|us|they|their|it|its)\b/i.test(sentence) && !/^[^.;\n]*?(?:years?|yrs?)\s+(?:ago|old)\b/i.test(text.slice(at));
}

function sentenceBefore(text: string, at: number): string {
  const back = text.slice(Math.max(0, at - 240), at);
  const cut = Math.max(back.lastIndexOf('\n'), back.search(/[.!?;•](?=[^.!?;•]*$)/));
  return back.slice(cut + 1).toLowerCase();
}

const YEARS_THEN_COUNT = /\b(?:a few|several|some|many|multiple|a couple of|a number of)\s+years\s*\(\s*(?:at least\s+|min(?:imum|\.)?\s*(?:of\s+)?)?(\d{1,2})\s*(?:\+|or more|plus)?\s*(?:years?|yrs)?\s*\)/i;

function isTrapYears(before: string, after: string): boolean {
  // "You must have been in your current role for at least 12 months", "2 years in your current grade": tenure an internal
  // move asks, not experience.
  if (/\bcurrent\s+(?:role|position|job|grade|team|level)\b[^.;]{0,25}$/.test(before) || /^\s*(?:\+\s*)?(?:in|at)\s+(?:your|their|the)\s+current\s+(?:role|position|job|grade|team|level)\b/.test(after)) return true;
  // "A decade in data is not needed": said not to be asked.
  if (/^[^.;]{0,30}?\b(?:is|are)\s+not\s+(?:needed|required|necessary|expected|a must)\b/.test(after)) return true;
  // "over 40 years of combined experience" is a team's; "at least 4 years of combined lab and industry work" is the candidate's.
  if (/^\s*(?:of\s+)?(?:combined|collective|cumulative|aggregate)/.test(after) && !/\b(?:minimum|min\.?|at least|you|your|candidates?|require[sd]?)\b[^.;]{0,20}$/.test(before)) return true;
  // (s44) "With over 15 years in insurance, we …", "With 20 years of experience behind us, our team …": a sentence that opens
  // with its years has them of the subject after them; where that is the company, they are its own, not asked.
  if (/(?:^|[.!?;:\u2022\n]\s*)(?:[-*\u2022]\s*)?with\s+(?:over|more\s+than|nearly|almost|some|about)?\s*$/.test(before) && /^[^.;]{0,70}?,\s*(?:we|our|the (?:company|firm|team|group|agency|studio))\b/.test(after) && !/^[^.;,]*\b(?:you|your)\b/.test(after)) return true;
  // "a small team, 2+ years in, building …": the company's age.
  // (Not "in .NET": a name that starts with a dot.)
  if (/^\s*in\s*(?:[,;)]|\.(?![a-z])|$)/.test(after)) return true;
  if (/^\s*running\s*(?:[.,;!)]|$)/.test(after)) return true;
  if (/^\s*(?:ago|old|in business|of (?:history|operation|profitab|growth|revenue|runway|data(?!\s+(?:engineering|science|analy\w+|work|infrastructure|platforms?|pipelines?|model\w*|warehous\w*|architecture|management|visuali\w+|systems?|governance|quality|ops|operations|integration|processing|products?|roles?|teams?|experience)\b))|strong|and counting)/.test(after)) return true;
  // "5 years of historical market data", "ten years of sensor logs": a span of records kept, not of experience.
  // (s58 lead: not the work done on such records, "6+ years of data pipelines", "of Python and data engineering".)
  if (/^\s*of\b/.test(after) && /^\s*of\s+(?:[\w-]+\s+){0,3}(?:data|datasets?|records|logs|backups|archives|transactions|prices|footage|telemetry|observations|filings)\b(?!\s+(?:engineering|pipelines?|platforms?|infrastructure|systems?|warehous\w*|model(?:l)?ing|architecture|science|analy\w+|processing|integration|governance|ops|operations|quality|management|work|products?|stores?|lakes?|mesh)\b)/.test(after) && !/^\s*of\s+(?:[\w-]+\s+){0,3}(?:experience|engineering|science|work)\b/.test(after)) return true;
  // "Our 15-year-old company values your 2+ years": the company words before "your" are not about these years.
  const companyAge = /(?:founded|established|started|launched|(?:been|for|since)\s+around|been (?:around|in business|operating|profitable|building)|company|for the (?:past|last)|over the (?:past|last|next)|in the (?:past|last|next)|within|runway|history)\s*[^.]{0,25}$/.exec(before);
  if (companyAge && !/\byour?\b/.test(companyAge[0])) return true;
  // "Our engineers average 8+ years", "most of us have 10+ years": the team's, not asked.
  if (/\b(?:average|averages|averaging|on average|median of)\s*$/.test(before) && !/\byou\b/.test(before)) return true;
  if (/\b(?:we|our|team|founders?|company|they|us|everyone here|our engineers)\b[^.;]{0,40}\b(?:have|has|bring|with)\s*(?:an?\b\s*)?(?:combined|over|more than)?\s*$/.test(before) && !/\byou\b|\b(?:looking for|seeking|searching for|hiring|want|need|require)/.test(before)) return true;
  if (/\b(?:after|every|each|within)\s*$/.test(before)) return true;
  // "We have spent three years building our scheduler": the team's own time, not asked.
  if (/\b(?:we|our (?:[\w-]+ )?team|the team|they)(?:(?:'|\u2019)ve|\s+have|\s+has)?\s+(?:\w+\s+)?spent(?:\s+(?:over|more than|the (?:last|past)))?\s*$/.test(before)) return true;
  // "something we have never done in 30 years of trading": the firm's own history.
  if (/\b(?:never|ever|before|first time)\b[^.;]{0,25}\b(?:in|for|over)\s*$/.test(before)) return true;
  if (/^\s*(?:of\s+)?(?:employment|service|tenure|membership)\b/.test(after)) return true;
  // "5 years of UK residency", "ten years' continuous residence": where one has lived, asked for vetting, not experience.
  if (/^\s*(?:of\s+)?(?:[\w.-]+\s+){0,2}(?:residency|residence)\b/.test(after)) return true;
  // "one or more years left of school", "4 years of college": time in study, not experience.
  if (/^\s*(?:left|remaining|to go)\b/.test(after) || /^\s*(?:of\s+)?(?:school|college|university|undergrad\w*|study|studies|high school|schooling|coursework)\b/.test(after)) return true;
  // "a 2-year contract"; but "Experience 2+ years Visa …" (a listing's fields) asks years.
  // (s47: whole words, not the start of another: "3+ years programming PLCs", "4 years visualising data" ask experience.)
  if (/^\s*(?:warranty|contract|vesting|cliff|visa|term|lease|program(?:me)?|degree)s?\b/.test(after) && !/\bexperience\s*:?\s*$/.test(before)) return true;
  return false;
}

function asksExperience(before: string, after: string): boolean {
  // "BS in Engineering + 3 years, or 7 years without a degree": years added to a degree.
  if (/(?:degree|bachelor(?:'s)?|master(?:'s)?|ph\.?\s?d|\bb\.?sc?|\bm\.?sc?|\bbs|\bms|\bba|\bmba|diploma)\b[^.;]{0,60}(?:\+|\bplus)\s*$/.test(before)) return true;
  // (s57: the words between may be left in their own language, with its letters: "5 yrs veri m\u00fchendisli\u011fi exp".)
  if (/^\s*(?:of\s+)?(?:[\w\u00c0-\u024f/+#.&-]+\s+){0,6}(?:experience|exp\b|expertise|background|track record)/.test(after)) return true;
  // "…, of which 3 years on AWS": the part of a span before it.
  if (/\b(?:of which|of them|of those|including)\s*(?:at least|a minimum of|over|more than)?\s*$/.test(before) && /^\s*on\s+/.test(after)) return true;
  if (/^\s*(?:of\s+|in\s+|with\s+|working|building|writing|developing|designing|using|as\s+an?|professional|industry|hands-on|relevant|production|software|programming|coding|engineering|post-|doing|leading|managing|operating|running|of\b)/.test(after)) return true;
  // (s50: "Minimum of two years administering Salesforce": the floor said with "of".)
  if (/(?:experience|expertise|have|having|with|bring|need|require[sd]?|minimum(?:\s+of)?|at least|least)\s*[:(]?\s*$/.test(before)) return true;
  // "Bengaluru | Exp: 4-8 Yrs", "Req. exp. - 3+ yrs": a board's short label for experience, as a field of a header line.
  if (/\bexp\.?\s*[:\-\u2013]\s*$/.test(before)) return true;
  // "Two years analysing claims data" at a bullet's start: the years, then what was done in them.
  // (s50: the line's start, not the text's: "Pay: $95,000\nTwo years administering Salesforce".)
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  if (lineBefore.trim() === '' && /^\s*[a-z]{3,}ing\b/.test(after) && !/^\s*(?:running|during|including|starting|beginning|remaining|following|according|going|coming)\b/.test(after)) return true;
  // A bullet that is only the years and what they are of: "3 years Go", "5 years Python, Django".
  if (lineBefore.trim() === '' && /^\s+[\w+#./-]+(?:\s*[,/&]?\s*[\w+#./-]+){0,3}\s*[.;]?\s*$/.test(after)) return true;
  // "Terraform – 2 years", "CI/CD with GitLab: 3 years": a listing's line, a name and its years; a job board's fields add
  // whether they are needed ("AWS: 3 years (Required)", "Linux: 1 year (Preferred)").
  if (/^\s*[a-z0-9][\w+#./()&,\s-]{0,58}?\s*(?:[\u2013\u2014:]|\s-)\s*(?:min(?:imum|\.)?\s+|at least\s+)?$/.test(before) && /^\s*(?:[.;,)]|$|(?:of\s+)?(?:experience|exp)\b|\(\s*(?:required|preferred|desired|mandatory|must|a plus|nice to have)\s*\)\s*[.;]?\s*$)/.test(after)) return true;
  // "Looking for: 3-5 yrs backend", "Ideally 4 years in payments".
  if (/\b(?:looking for|seeking|searching for|want(?:ed)?|ideally|requirements?|reqs?|qualifications?|must have)\s*[:(\-–—]?\s*$/.test(before)) return true;
  // "Sales experience in SaaS (2-3 years)": the years of the experience just named.
  // (foreign.ts puts "Erfahrung" as "Exp": "Mehrjährige Erfahrung (mind. 4 Jahre)".)
  if (/\b(?:experience|expertise|background|exp)\b[^.;()]{0,40}\(\s*$/.test(before)) return true;
  // "You've spent five years shipping apps": the years, then what was done in them.
  // (The span may start at the space before its number: "spent" then ends the text before it.)
  if (/\byou(?:(?:'|’)(?:ve|ll|d)|\s+(?:have|will|would|should|may|might))?\s+(?:\w+\s+){0,2}(?:spent|spend)(?:\s+(?:at least|a minimum of|over|more than|the (?:last|past)))?\s*$/.test(before) && /^\s*[a-z]{3,}ing\b/.test(after) && !/^\s*(?:running|during|including|starting|beginning|remaining|following|according)\b/.test(after)) return true;
  // "6 years under your belt", "four years on the job".
  if (/^\s*(?:of\s+[\w-]+\s+)?(?:under your belt|on the job|in the trenches|in the field)\b/.test(after)) return true;
  // "3 yrs is fine", "two years is enough".
  if (/^\s*(?:(?:of\s+)?[\w-]+\s+)?(?:is|are|would be|will be)\s+(?:fine|enough|plenty|ok|okay|sufficient)\b/.test(after)) return true;
  // (s53) The years closing a line that opens with experience, as Czech and Polish put them after the noun: "Zku\u0161enosti s
  // v\u00fdvojem v Jav\u011b alespo\u0148 3 roky" read "Experience s v\u00fdvojem v Jav\u011b min 3 yrs", "Experience with Java at least 3 years".
  if (/(?:^|\n)[\s\u2022*-]*(?:experience|exp)\b[^.;\n]{0,60}$/.test(before) && /^\s*[.;]?\s*(?:\n|$)/.test(after)) return true;
  // "5 years minimum", "4 years of experience minimum".
  if (/^\s*(?:minimum|min\.?|at (?:the )?least|or (?:more|longer|above))\b/.test(after)) return true;
  // "hiring designers (2-4 yrs)", "a backend engineer (5+ years)": the people sought, then the years they bring.
  if (/\b(?:engineers?|developers?|builders?|candidates?|someone|people|hires?|scientists?|designers?|folks|professionals?|generalists?|specialists?)\s*\(\s*$/.test(before)) return true;
  // "Mid-level (3-5 years)", "Senior: 6 years": a level and the years it stands for.
  if (/\b(?:senior|mid|junior|entry|level|seniority|staff|principal|lead)\b[^.;()]{0,12}[:(]\s*$/.test(before)) return true;
  // "Have been coding for 10 years", "you've been shipping for five years".
  if (/(?:^|[.;:!?•\n]\s*|\byou\s+|\byou(?:'|’)ve\s+)(?:[-*•]\s*)?(?:have\s+)?been\s+\w+ing\b[^.;]{0,30}\bfor\s*$/.test(before)) return true;
  // "You have shipped software professionally for at least 6 years".
  if (/\b(?:you|you(?:'|’)ve|you have)\b[^.;]{0,50}\b(?:professionally|shipped|built|worked|working|coded|written|engineered|developed|programmed|led)\b[^.;]{0,30}\bfor\s*$/.test(before)) return true;
  // "You've been a software engineer for over six years".
  if (/\b(?:you(?:'|’)ve|you have)\s+been\s+(?:an?\s+)?(?:[\w-]+\s+){1,3}for\s*$/.test(before)) return true;
  // "You've managed engineers for at least 3 years": any deed of the candidate's, then how long.
  if (/\b(?:you(?:'|’)ve|you have)\s+(?:(?:been|also|already)\s+)?[a-z]+(?:ed|wn|ne|un|ught|lt)\b[^.;]{0,40}\bfor\s*$/.test(before)) return true;
  return false;
}

/** The years asked in one piece of text: the first span that reads as experience. */
export function yearsIn(text: string): YearsRange | null {
  const y = findYears(text)[0];
  return y ? { min: y.min, max: y.max } : null;
}

const LEVELS: ReadonlyArray<[DegreeLevel, RegExp]> = [
  ['phd', /\b(?:ph\.?\s?d\.?s?|doctorate|doctoral(?: degree)?|d\.?phil)(?![\w])/i],
  // France's levels by years after the baccalauréat: "Bac+5" a master's, "Bac+3" a licence (a bachelor's), "Bac+8" a doctorate.
  ['phd', /\bbac\s?\+\s?8(?!\d)/i],
  ['master', /\bbac\s?\+\s?5(?!\d)/i],
  ['bachelor', /\bbac\s?\+\s?[34](?!\d)/i],
  // (s44: not inside a word whose letter before is not ASCII: "Bel\u00e9m Tech" is no M.Tech.)
  ['master', /(?<![A-Za-z\u00c0-\u024f])\b(?:master(?:'|’)?s(?:\s+degree)?|master(?=\s+(?:degree|of|in)\b)|master(?=-(?:studium|abschluss|studiengang|degree)\b)|diplom(?:studium|abschluss|-\w+)?(?![\w])|m\.s\.|m\.sc\.?|msc|m\.?\s?phil|mba|m\.eng|meng|m\.a\.|m\.?\s?tech|mca|(?:post-?)?graduate (?:degree|qualification|diploma|studies)|advanced degree)(?![\w])/i],
  // (Capitals only; "MS plus 2 years", "a BS with 4+ years": the degree of an alternative with years.)
  // (s52: or run into Chinese or Japanese words of a degree, "MS\u5b66\u5386", "BS\u5b66\u5386\uff0c\u7edf\u8ba1\u5b66", "MS\u53f7\uff08\u7d71\u8a08\u5b66\uff09", where a stand-in for
  // "\u7855\u58eb", "\u672c\u79d1", "\u4fee\u58eb" has put it: its education (\u5b66\u5386), degree (\u5b66\u4f4d, \u53f7), or a field after it. Not a sentence's end, "\u2026NUS \u7406\u5b66\u7855\u58eb\u3002",
  // a person's own record.)
  // (s54: or the wish word after it, "\u76f8\u5173\u4e13\u4e1aMS\u4f18\u5148" for "\u76f8\u5173\u4e13\u4e1a\u7855\u58eb\u4f18\u5148": a master's preferred.)
  ['master', /\b(?:MS|MSc)(?=\s*(?:\+|\/|,)|\s+(?:or|in|degree|with|and|plus|required|preferred|desired|minimum)\b|\s*(?:[\u5b66\u5b78][\u5386\u6b77\u4f4d]|[\u53f7\u865f\uff08\uff0c\u3001\u53ca]|\u4ee5\u4e0a|\u4f18\u5148|\u512a\u5148|\uc6b0\ub300))|\bMS(?:CS|EE|CE|ECE|ME|N|W)\b|\b(?:MPH|MArch|MCom|M\.Com|M\.E\.)(?![\w])|\bMA(?=\s*\/\s*Ph\.?D|\s+(?:in|degree)\b)/],
  // (s58: the master's of a kind of school, as German names it, "Master einer ETH, Universit\u00e4t oder Fachhochschule" (read
  // "Master a ETH, \u2026"), "Master an einer FH"; capitalised, not "master a new stack".)
  ['master', /\bMaster(?=\s+(?:(?:an|von|der|einer|from|at|of)\s+)?(?:(?:an?|einer|der)\s+)?(?:ETH|EPFL|TU|FH|HES|Uni\b|Universit|Fachhochschul|Hochschul))/],
  // (s58: a tertiary qualification, as Australia and New Zealand name a degree: "Tertiary qualification in IT".)
  // (s58 lead: not the employer's market, "software for the tertiary education sector".)
  ['bachelor', /\btertiary\s+(?:qualifications?|education|studies)(?!\s+(?:sector|institutions?|providers?|market|clients?|customers?))\b/i],
  // (s58: Ireland's framework levels named with the degree, "Level 8 degree", "NFQ Level 7 degree" a bachelor's, "Level 9
  // qualification" a master's; not a level of something else, "Level 8 support".)
  ['master', /\b(?:NFQ\s+)?Level\s+9\s+(?:honours\s+)?(?:degree|qualification|master(?:'|\u2019)?s)\b/i],
  ['bachelor', /\b(?:NFQ\s+)?Level\s+8\s+(?:honours\s+)?(?:degree|qualification)\b|\bNFQ\s+Level\s+7\s+(?:ordinary\s+)?(?:degree|qualification)\b/i],
  // ("Any graduate": India's word for a bachelor's in any subject.)
  // (s52: and "Graduate in any stream", "a graduate in any discipline": the same said the other way round.)
  // (s59 lead: and the Philippines' "Graduate of BS Computer Science", "BSIT", "any 4-year course".)
  ['bachelor', /(?<![A-Za-z\u00c0-\u024f])\b(?:any\s+graduate(?!\s+(?:degree|qualification|diploma|studies))|graduate\s+(?:in|of|from)\s+any\s+(?:stream|discipline|field|subject|branch)|bachelor(?:'|’)?s?(?:\s+degree)?|b\.s\.|b\.sc\.?|bsc|b\.a\.|b\.eng|beng|b\.tech|btech|undergraduate degree|(?:four|4)[- ]year (?:degree|(?:college |university )?course)|ba(?=\s+(?:or|in|degree))|bs(?=\s+(?:or\b|in\b|degree|computer|information|it\b|engineering|electr|software|math|data|physics|applied))|bscs|bsit|bsis|bsece)(?![\w])/i],
  // Abbreviations in capitals only, and never "no BS".
  ['bachelor', /(?<!\b[Nn]o\s)\b(?:BS|BSc|BA)(?=\s*(?:\/|\+|,)|\s+(?:or|in|degree|with|and|plus|required|preferred|desired|minimum|CS|EE|CE|ECE|CompSci)\b|\s*(?:[\u5b66\u5b78][\u5386\u6b77\u4f4d]|[\u53f7\u865f\uff08\uff0c\u3001\u53ca]|\u4ee5\u4e0a|\u4f18\u5148|\u512a\u5148|\uc6b0\ub300))|\bBS(?:CS|EE|CE|ECE|ME|CompE)\b/],
  // (Named degrees by their capitals: nursing's BSN, business's BBA and BCom, India's BCA, law's LLB, medicine's MBBS.)
  ['bachelor', /\b(?:BSN|BBA|BCA|BFA|BCom|B\.Com|BArch|LLB|MBBS|B\.E\.)(?![\w])/],
  // (Latin America's two- and three-year degrees: "Tecnólogo en Sistemas", "Tecnicatura", "Técnico Superior".)
  // (s56: Spain's higher vocational cycle by its capitals, "CFGS en Sistemas o Grado en Inform\u00e1tica".)
  // ("An HND or degree in computing": the UK's higher national diploma or certificate, or a foundation degree, is below a bachelor's.)
  // (Indeed's education field gives the level alone: "Associate (Preferred)".)
  // (s52: a college's two- or three-year diploma in Chinese, Japanese or Korean, "\u5927\u4e13\u4ee5\u4e0a\u5b66\u5386", "\u5927\u5c08", "\u4e13\u79d1", "\u77ed\u5927\u5352", "\uc804\ubb38\ud559\uc0ac": no English stand-in fits its two letters.)
  // (s52: Qu\u00e9bec's college diploma, "DEC en informatique" (read "DEC in Computing"), in capitals: a CEGEP's.)
  ['associate', /\bDEC(?=\s+(?:in|en)\s)/],
  // (s57: Denmark's academy profession degrees, two to two and a half years, by their names: "datamatiker", "IT-teknolog", an
  // "erhvervsakademiuddannelse", an "AP degree".)
  ['associate', /\bdatamatiker\w*|\bIT-teknolog\b|\berhvervsakademi\w*|\bakademiuddannelse\b|\bAP[- ]degree\b/i],
  ['associate', /\u5927\u4e13|\u5927\u5c08|\u4e13\u79d1|\u5c08\u79d1|\u77ed\u5927|\uc804\ubb38\s?\ud559\uc0ac/],
  // (s55: France's two-year diplomas, "BTS SIO", "DUT Informatique", "BTS ou DUT", in capitals, beside a field, another
  // diploma or "or"; not a telecom base station, "BTS equipment".)
  ['associate', /(?<![\w-])(?:BTS|DUT)(?=\s+(?:or|ou|in|en|et|and|SIO|SN|CIEL|NDRC|MCO|GEII|GEA|TC|MMI|RT|R\u00e9seaux|Informatique|Syst\u00e8mes|\u00c9lectronique|Electronique|G\u00e9nie)(?![\w\u00c0-\u024f])|\s*[\/,]\s*(?:BTS|DUT)\b)/],
  // (s59 lead: and Australia's AQF certificates, "Certificate IV in Information Technology", "Cert III in IT Support": below a
  // diploma, asked as an associate's, the lowest step of this scale.)
  ['associate', /\b(?:certificate|cert\.?)\s+(?:III|IV|3|4)\s+in\s+\w|^\W*associate(?:'|’)?s?\s*\((?:required|preferred)\)|\bassociate(?:'|’)?s?\s+degree\b|\bHN[DC]s?\b|\bhigher national (?:diploma|certificate)\b|\bfoundation degree\b|\b(?:post-?secondary|college|technical|polytechnic|university)\s+diploma\b|\bCEGEP\b|(?<!\b(?:high[- ]school|secondary(?: school)?|HS|school)\s)\bdiplomas?\s+(?:or\s+(?:an?\s+)?(?:[\w-]+\s+)?degree|in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:engineering|computing|computer|IT|information|technology|technical|science|business|accounting|design))\b|\btecn[oó]log[oa]s?(?![\w\u00e0-\u00ff])|\btecnicatura\b|\bt[eé]cnico\s+superior\b|\bCFGS\b/i],
];
const GENERIC_DEGREE = /\b(?:completed|finished|successfully completed)\s+(?:university\s+|academic\s+|college\s+|higher\s+)?stud(?:y|ies)\s+(?:in|of)\b|\bdegree[- ](?:level|educated|qualified)\b|\bgraduated?\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}(?:program(?:me)?|university|college|polytechnic)\b|\b(?:engineering|computer science|cs|stem|science|maths?|mathematics|physics|university|college)\s+graduates?\b|\bdegree\s+from\b|\bdegree\s+(?:an|at)\s+(?:an?\s+|einer\s+)?(?:ETH|EPFL|FH|HES|Uni\b|universit|Fachhochschul|Hochschul|college|polytechnic)|\bdegree\s*\([^()]{1,80}\)\s*(?:in|or)\b|\buniversity[- ]educated\b|\bstudied\s+(?:[\w-]+\s+){1,4}at\s+(?:a\s+)?(?:university|college)\b|\b(?:an?|your)\s+(?:[\w-]+\s+){1,2}degree\b(?!\s+of\b)|\b(?:(?:college|university|cs|technical|engineering|stem)\s+degree|degree\s+in\b|degree\s+or\b|a\s+degree\b|relevant degree|related degree|(?:similar|equivalent|comparable) degree)/i;
/** A question the reader asks the employer, the whole sentence: "Do I need a degree?", "Is a Master's required?", "Do you require a CS degree?" (not a screening question put to the candidate, "Do you have a Bachelor's degree?"). */
const READER_ASKS = /^\W*(?:(?:do|will|would|must|should)\s+I\s+(?:need|have to|require)|(?:do|does|will)\s+(?:you|it|the (?:role|job|position))\s+(?:require|need|ask for|care about|insist on)|(?:is|are)\s+(?:an?\s+|the\s+|my\s+)?(?:[\w'\u2019.-]+\s+){0,3}(?:degrees?|diplomas?|qualifications?)\s+(?:required|needed|necessary|a must|essential|mandatory|important))\b[^?]{0,80}\?\s*$/i;
const NOT_ASKED = /\b(?:no|not|without|don(?:'|’)t|doesn(?:'|’)t|do not|does not)\s+(?:\w+\s+){0,3}(?:degree|required|need|care|matter)|(?:\bno|\bnot|\bnever|n(?:'|’)t)\b[^.;]{0,40}?\b(?:required|require|necessary|needed|need|essential|mandatory|a must|a requirement|prerequisite)\b|\bdegree (?:is )?(?:not|optional|unnecessary)|\bregardless of (?:\w+\s+){0,2}degree|\b(?:with or )?without a (?:\w+\s+)?degree|\b(?:as much as|as highly as|as readily as|just like|no less than)\s+(?:those|people|engineers|candidates|anyone|folks)\s+(?:with|holding|who hold|who have)\s+(?:\w+\s+){0,2}degrees?\b|[\w)]\s*>\s*(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:ph\.?\s?ds?|degrees?|master(?:'|\u2019)?s|diplomas?|credentials)\b|\b(?:more than|rather than)\s+(?:an?\s+|any\s+|your\s+)?(?:[\w-]+\s+)?(?:degrees?|ph\.?\s?ds?|credentials|diplomas?|pedigree)\b/i;
// (s50: "would be nice but isn't essential", "appreciated but not required": a wish said not to be a must. Not "welcome but not
// required": kinds-fresh-s42 labels "PhD welcome but not required." no degree, s49 a degree wished; left as it was.)
const WISHED_NOT_REQUIRED = /\b(?:preferred|a plus|desired|desirable|nice to have|a bonus|an asset|an advantage|would be nice|appreciated)\s*(?:,|but|and|though)?\s*(?:(?:is\s+)?not|but not|(?:but\s+)?isn(?:'|\u2019)t|(?:but\s+)?is not)\s+(?:required|necessary|needed|mandatory|essential|a must|a requirement|a prerequisite)\b|\bnot\s+(?:required|necessary|needed|mandatory|essential)\s*(?:,|;)?\s*(?:but|though)\s+(?:\w+\s+){0,2}(?:preferred|a plus|desired|desirable|nice to have|a bonus|an asset|an advantage)\b/gi;
const DEGREE_PERK = /\b(?:toward|towards|tuition|reimburse\w*|(?:we|will|company)\s+(?:\w+\s+)?(?:pay|pays|fund|funds|sponsor|sponsors|cover|covers)(?:\s+for)?)\b[^.;]{0,40}\b(?:degree|master(?:'|’)?s|mba|ph\.?\s?d|doctorate|studies)\b/i;
/** Holders of a degree the hire meets or works with, not a degree asked: "comfort talking to PhDs and procurement", "work alongside PhDs", "biologists who hold PhDs". */
const DEGREE_PEOPLE = /\b(?:talk(?:s|ing)?|speak(?:s|ing)?|work(?:s|ing)?|collaborat\w*|partner(?:s|ing)?|sit(?:s|ting)?)\s+(?:closely\s+)?(?:to|with|alongside|next to)\s+(?:[\w-]+\s+){0,4}?(?:ph\.?\s?d|doctor|master)s\b|\b(?:who|that)\s+(?:all\s+|both\s+)?(?:hold|have|earned|got)\s+(?:[\w-]+\s+)?(?:ph\.?\s?d|doctor(?:ate)?|master(?:'|\u2019)?)s\b/gi;
/** A role named by its degree in a list of openings, "ML/Research Scientist (PhD's)", "Research Intern (MSc)": the role's kind, not an ask. */
const ROLE_DEGREE = /\b(?:scientists?|engineers?|researchers?|interns?|fellows?|postdocs?)\s*\((?:ph\.?\s?d|m\.?sc?|masters?)(?:(?:'|\u2019)?s)?\)/gi;
/**
 * An opening that is the degree's study, "a funded PhD position", "Master's thesis project", "PhD studentship": what the hire
 * will study for, not an ask. (Not a program one is enrolled in, "currently enrolled in a PhD program", nor a PhD internship:
 * those ask to be a student.)
 */
const STUDY_OPENING = /\b(?:ph\.?\s?d|doctoral|master(?:'|\u2019)?s)\s+(?:student\s+)?(?:positions?|studentships?|openings?|vacanc(?:y|ies)|thesis|theses|scholarships?)\b/gi;
/** (s58) The company's own people holding degrees, in English and abroad: "our founders hold PhDs", "the team all have master's", "i nostri fondatori hanno", "nuestros fundadores tienen", "unsere Gr\u00fcnder haben". */
const TEAM_HOLDS =
  /\b(?:our|the)\s+(?:[\w-]+\s+)?(?:co-?founders?|founders?|team|engineers|researchers|scientists|staff|people|colleagues)\s+(?:(?:all|both|each|mostly|also)\s+)?(?:hold|holds|have|has|earned)\b|(?<![\p{L}])(?:(?:i|gli)\s+)?nostri\s+(?:fondatori|ricercatori|ingegneri|colleghi)\s+(?:hanno|possiedono)|nuestr[oa]s\s+(?:fundador[ae]s|investigador[ae]s|ingenier[oa]s)\s+(?:tienen|poseen)|nossos\s+(?:fundadores|investigadores|engenheiros)\s+(?:t\u00eam|possuem)|nos\s+(?:fondateurs|fondatrices|chercheurs|ing\u00e9nieurs)\s+(?:ont|poss\u00e8dent)|unsere\s+(?:Gr\u00fcnder\p{L}*|Forscher\p{L}*|Kolleg\p{L}*)\s+(?:haben|besitzen)|onze\s+(?:oprichters|onderzoekers|collega['\u2019]?s)\s+(?:hebben|bezitten)(?![\p{L}])/iu;
/** (s58) A first degree joined to a higher one: "a BEng with an MSc", "BSc plus a master's" (group 1 the first degree). */
const FIRST_WITH_HIGHER = /\b(BEng|BSc|BS|BA|B\.Sc\.?|B\.Eng\.?|bachelor(?:'|\u2019)?s?(?:\s+degree)?)\s+(?:with|plus|followed by|\+)\s+(?:an?\s+)?(?:MSc|MEng|MS|MA|M\.Sc\.?|master(?:'|\u2019)?s?|PhD)\b/i;
const COMPANY_TALK = /\b(?:our|we(?:'|’)re|we are|we have|founded|founders?|team (?:of|includes)|alumni|backed)\b/i;

/**
 * A sentence of its own that lets experience stand in for the degree asked elsewhere: "Relevant work experience may
 * substitute for the degree.", "Equivalent experience will be considered.", "We accept experience in place of a degree."
 */
// (s61 lead: the determiner may go, "Experience may substitute for education on a year-for-year basis".)
export const EXPERIENCE_FOR_DEGREE =
  /\b(?:experience|training|track record)\b[^.;]{0,40}?\b(?:may|can|could|will|would|does|do)\s+(?:also\s+)?(?:be\s+)?(?:substitut\w*|stand\s+in|accepted|considered|count|replace)\b[^.;]{0,20}?\b(?:for|in (?:place|lieu) of|instead of)\s+(?:(?:the|a|an|your|any)\s+)?(?:[\w'\u2019-]+\s+){0,2}(?:degree|education|qualification|diploma)s?\b|\b(?:accept|consider|welcome)\s+(?:[\w-]+\s+){0,2}experience\s+(?:in (?:place|lieu) of|instead of)\s+(?:the|a|an|any)\s+(?:[\w'\u2019-]+\s+)?degree\b|^\W*(?:equivalent|comparable)\s+(?:[\w-]+\s+){0,2}experience\s+(?:(?:will|may|can)\s+(?:also\s+)?be\s+|is\s+(?:also\s+)?)(?:considered|accepted|fine|welcome)\b/i;

const RANK: Record<DegreeLevel, number> = { associate: 0, bachelor: 1, master: 2, phd: 3 };

/** A degree said to be needed in so many words: what makes a sentence among the perks ask one ("A BS in CS is required."). */
export const DEGREE_MUST = /\b(?:required|must|mandatory|essential)\b/i;

/** The degree one sentence asks for, or null. `preferred`: the sentence sits in a nice-to-have part. */
/** "Any graduate" said alone in its clause, then another kind wished after a comma: "Any graduate, B.Tech preferred". */
const ANY_GRADUATE_ASKED = /\bany\s+graduate\s*[,;/]\s*[^,;]{0,40}?\b(?:preferred|a plus|desirable|ideally)\b/i;

/**
 * (s56) A school-leaving diploma, in English and abroad: "High school diploma", "GED", Italy's "Diploma di perito
 * informatico" and "maturit\u00e0", Germany's "Abitur", Spain's "Bachillerato", Brazil's "ensino m\u00e9dio".
 */
// (s58: Czech's secondary school, "S\u0160" (st\u0159edn\u00ed \u0161kola), "st\u0159edo\u0161kolsk\u00e9 vzd\u011bl\u00e1n\u00ed", "s maturitou": "V\u0160 nebo S\u0160 vzd\u011bl\u00e1n\u00ed" asks no degree.)
/**
 * (s59 tune) "Laurea in Informatica o esperienza equivalente nel ruolo", "o experiencia equivalente": experience as the other
 * choice, its word for "equivalent" after it, as the Romance languages and others write it (the English reading keeps
 * their "o" and the word after "experience").
 */
const EXPERIENCE_EQUIVALENT_AFTER = /(?<![\p{L}])(?:or|o|ou|oder|of|eller|lub|nebo|alebo|vagy)\s+(?:(?:an?|una?|un)\s+)?(?:experience|esperienza|experiencia|exp\u00e9rience|experi\u00eancia|Erfahrung|ervaring|erfaring|erfarenhet|do\u015bwiadczenie|praxe|prax)\s+(?:(?:lavorativa|laboral|professionale?|professionnelle|profissional|di lavoro|de trabajo)\s+)?(?:equivalente?|equiparabile|comparabile|comparable|similar|similaire|\u00e9quivalente?|gleichwertige?\p{L}*|vergleichbare?\p{L}*|vergelijkbare|tilsvarende|motsvarande|r\u00f3wnowa\u017cn\p{L}*)(?![\p{L}])/iu;
export const SCHOOL_DIPLOMA =
  /\b(?:high school|secondary school)\s+(?:diploma|education|graduate|degree)|\bGED\b|\bHSD\b|\bdiploma\s+(?:(?:di|of)\s+(?:perito|maturit\S*|scuola\s+(?:media\s+)?superiore|istruzione\s+secondaria)|de\s+bachillerato)|\bmaturit(?:\u00e0|a)\b|\b(?:Fach)?[Aa]bitur\b|\bFachhochschulreife\b|\bbachillerato\b|\bensino\s+m\u00e9dio\b|\bS\u0160(?=\s|[,/)]|$)|\bst\u0159edo\u0161kolsk\S*\s+vzd\u011bl\u00e1n\S*|\bs\s+maturitou\b/i;
/** (s56) Such a diploma offered as one choice beside a degree, "Diploma di perito informatico o laurea", "High school diploma or a bachelor's degree": no degree is asked. */
export const SCHOOL_OR_DEGREE = new RegExp(
  String.raw`(?:${SCHOOL_DIPLOMA.source})[^.;\n]{0,60}?\b(?:or|o|ou|oder|of|eller|lub|nebo|alebo)\s+(?:[^.;\n]{0,30}?\b)?(?:degree|bachelor\S*|laurea|licenciatura|grado|gradua\S*|Studium|Hochschul\S*|dipl\u00f4me|universit\S*|college)`,
  'i',
);

export function degreeIn(text: string, preferred: boolean): Degree | null {
  if (SCHOOL_OR_DEGREE.test(text)) return null;
  // "Preferred, not required": a wish, not a degree said to be unneeded.
  if (WISHED_NOT_REQUIRED.test(text)) {
    text = text.replace(WISHED_NOT_REQUIRED, ' preferred ');
    preferred = true;
  }
  // ("…, or 9 years without a degree": the years stand in for a degree asked; it is not said to be unneeded.)
  if (NOT_ASKED.test(text.replace(YEARS_WITHOUT_DEGREE, ' '))) return null;
  // ("…; a Bachelor's degree may substitute for 4 years of that experience": the degree stands in for years, and is not asked.)
  if (/substitut|in (?:place|lieu) of|count(?:s|ed)? (?:as|for|towards?)/i.test(text)) text = text.replace(DEGREE_FOR_YEARS, ' ');
  // "Do I need a degree?", "Is a degree required?": an FAQ's question, in the reader's voice, asks nothing; its answer may.
  if (READER_ASKS.test(text)) return null;
  // Words inside a link are no degree ("…/can-100b-ai-models-master-the-…").
  if (text.includes('://') || text.includes('www.')) text = text.replace(/\S*(?::\/\/|www\.)\S*/g, ' ');
  if (/\b(?:ph\.?\s?d|doctor|master)s\b/i.test(text)) text = text.replace(DEGREE_PEOPLE, ' ');
  if (text.includes('(')) text = text.replace(ROLE_DEGREE, ' ');
  if (/\b(?:ph\.?\s?d|doctoral|master)/i.test(text)) text = text.replace(STUDY_OPENING, ' ');
  // (s58: "Degree in CS or Engineering; our founders hold PhDs from ETH", "Laurea in Informatica; i nostri fondatori hanno un
  // dottorato": a clause of the company's own people and their degrees, beside a clause that asks one, is not asked.)
  if (text.includes(';') && TEAM_HOLDS.test(text)) {
    const clauses = text.split(/(?<=;)/);
    const names = (c: string) => LEVELS.some(([, re]) => re.test(c)) || GENERIC_DEGREE.test(c);
    if (clauses.some((c) => !TEAM_HOLDS.test(c) && names(c))) text = clauses.map((c) => (TEAM_HOLDS.test(c) ? ' '.repeat(c.length) : c)).join('');
  }
  // (s58: "or a BEng with an MSc", "a BSc plus a master's": a first degree joined to a higher one is the higher one's level.)
  if (FIRST_WITH_HIGHER.test(text)) text = text.replace(new RegExp(FIRST_WITH_HIGHER.source, 'gi'), (m, first: string) => ' '.repeat(first.length) + m.slice(first.length));
  const found: DegreeLevel[] = [];
  for (const [level, re] of LEVELS) if (re.test(text)) found.push(level);
  if (!found.length) {
    // "a Computer Science degree": a field's name, then "degree".
    if (!GENERIC_DEGREE.test(text) && !/\b(?:[A-Z][a-z]+\s+){1,2}degree\b/.test(text)) return null;
    found.push('bachelor');
  }
  // (s49: "A CS degree is nice to have; plenty of our best engineers don't have one": the company's talk in a clause of its
  // own after the degree's does not make the degree theirs; the clause that names it is read.)
  const talk = text.includes(';') ? text.split(/;\s*/).filter((c) => LEVELS.some(([, re]) => re.test(c)) || GENERIC_DEGREE.test(c) || /\b(?:[A-Z][a-z]+\s+){1,2}degree\b/.test(c)).join('; ') || text : text;
  if (COMPANY_TALK.test(talk) && !/\b(?:you|candidate|degree in|required|preferred|or equivalent)\b/i.test(talk)) return null;
  // A degree the company pays toward is a perk: "a learning budget you can put toward a master's", "we fund MBAs".
  if (DEGREE_PERK.test(text)) return null;
  // The lowest level named is what is asked ("BS or MS": a bachelor's will do).
  found.sort((a, b) => RANK[a] - RANK[b]);
  const level = found[0]!;
  // ("Any graduate, B.Tech preferred": a bachelor's of any kind is asked; the wish is for one kind of it.)
  const required = (!preferred && !wishedWhole(clauseOf(text, level))) || (level === 'bachelor' && ANY_GRADUATE_ASKED.test(text));
  // ("Industry or doctoral experience": the years in industry are the alternative to the doctorate.)
  const equivalentExperience =
    /\bor\s+(?:an?\s+)?(?:equivalent|comparable|related|relevant|similar|acceptable|suitable|appropriate)\s*(?:\w+\s+){0,3}(?:experience|background|training|combination|qualification|education)|\bor\s+(?:an?\s+|(?:a\s+)?completed\s+)?(?:vocational\s+(?:training|qualification|education)|apprenticeship|(?:an?\s+)?trade\s+qualification)\b|\bequivalent (?:practical |professional |work |industry |relevant )?experience|\bor equivalent\b|\bexperience in lieu\b|\bin lieu of\b|\bsubstitut\w*\s+for\s+(?:a|the|your)\s+(?:[\w']+\s+)?degree\b|\b(?:in place|instead) of\s+(?:a|the)\s+(?:[\w']+\s+)?degree\b|\b(?:industry|professional|work)\s+(?:or|and\/or)\s+(?:doctoral|phd|graduate|academic)\s+(?:experience|research)|\b(?:doctoral|phd|graduate|academic)\s+(?:or|and\/or)\s+(?:industry|professional)\s+(?:experience|research)/i.test(
      text,
    );
  // "3+ years of experience, or a PhD in …", "a master's, or 5 years in the field": the degree and the years are alternatives.
  // ("An associate's degree plus two years of experience, or a bachelor's": the years go with the lower degree; a degree is
  // asked either way, and experience stands in for none.)
  const orYears = !DEGREE_PLUS_YEARS.test(text) && (YEARS_OR_DEGREE.test(text) || DEGREE_OR_YEARS.test(text) || FEWER_WITH_DEGREE.test(text));
  // ("5 years with the degree; 9 years with a diploma": experience stands in for the degree, but the shorter count of years
  // is not enough without it, so the two are not plain alternatives; the match reads the longer count.)
  return { level, required, fields: fieldsIn(text), equivalentExperience: equivalentExperience || EXPERIENCE_EQUIVALENT_AFTER.test(text) || orYears || YEARS_WITHOUT_DEGREE.test(text), ...(orYears ? { orYears: true as const } : {}) };
}

/**
 * The clause of a degree line that names `level`, when the line's clauses name several: "Bachelor's degree required;
 * Master's preferred" wishes for the master's only, the bachelor's clause asks. The whole text otherwise.
 */
function clauseOf(text: string, level: DegreeLevel): string {
  // (s54: and China's full-width comma and semicolon, "\u672c\u79d1\u53ca\u4ee5\u4e0a\u5b66\u5386\uff0c\u7855\u58eb\u4f18\u5148": the bachelor's asked, the master's wished for.)
  if (!text.includes(';') && !text.includes(',') && !text.includes('\uff0c') && !text.includes('\uff1b')) return text;
  // ("B.Eng. in Mechatronics or equivalent, P.Eng. or EIT preferred": a licence or a certification wished for in a closing
  // clause of its own; the degree before it is asked. Not "BS in CS, Math or Physics preferred", a list of fields wished.)
  const licence = LICENCE_WISHED.exec(text);
  if (licence && !LEVELS.some(([, re]) => re.test(licence[0])) && LEVELS.some(([l, re]) => l === level && re.test(text.slice(0, licence.index)))) return text.slice(0, licence.index);
  // (A full-width comma always ends a clause: "\u672c\u79d1\u53ca\u4ee5\u4e0a\u5b66\u5386\uff0c\u7535\u5b50\u76f8\u5173\u4e13\u4e1a\u4f18\u5148", a field wished for in its own clause, leaves the degree asked.)
  const clauses = text.split(/[;\uff1b\uff0c]\s*|,\s*(?=(?:and\s+|but\s+|with\s+)?(?:an?\s+)?(?:master|m\.?sc?\b|ms\b|ms(?:cs|ee|ce|ece|me|n)\b|mba\b|ph\.?\s?d|doctor|bachelor|b\.?sc?\b|bs\b|bs(?:cs|ee|ce|ece|me|n)\b))/i);
  if (clauses.length < 2) return text;
  const named = clauses.filter((c) => LEVELS.some(([l, re]) => l === level && re.test(c)));
  return named.length === 1 ? named[0]! : text;
}

/** A closing clause that wishes for a licence or a certification: ", P.Eng. or EIT preferred", ", PMP a plus". */
const LICENCE_WISHED = /,\s*(?!or\b|and\b)[^,;]{0,40}?\b(?:P\.?\s?Eng|EIT|PE|PMP|CPA|CFA|CISSP|licen[cs]es?|licensure|certifications?|certificates?|certified|registration|chartered)\b[^,;]{0,30}?\b(?:preferred|desired|desirable|a plus|an asset|an advantage|a bonus|nice to have)\b[^,;]*$/i;

const DEGREE_WORD = String.raw`(?:ph\.?\s?d|doctorate|doctoral degree|master(?:'|\u2019)?s?|m\.?sc?\b|bachelor(?:'|\u2019)?s?|b\.?sc?\b|(?:(?!and\b|with\b)\w+\s+)?degree)`;
/** A degree offered in place of years: "a Bachelor's degree in a technical discipline may substitute for 4 years of that experience". */
const DEGREE_FOR_YEARS = new RegExp(
  String.raw`(?:(?:an?|the|each|any)\s+)?(?:[\w'\u2019-]+\s+){0,2}?${DEGREE_WORD}[^.;]{0,80}?\b(?:may|can|could|will|would)\s+(?:also\s+)?(?:be\s+)?(?:substitut\w*|count(?:ed)?|stand\s+in|replace|accepted)\s+(?:for|as|towards?|in (?:place|lieu) of)\s+(?:up to\s+)?(?:\d{1,2}|one|two|three|four|five|six)\s+(?:\(\d{1,2}\)\s+)?(?:years?|yrs)\b`,
  'gi',
);
/** Years bound to a degree named before them, then another degree offered instead: "Associate's degree plus two years of experience, or a Bachelor's degree". */
export const DEGREE_PLUS_YEARS = new RegExp(
  String.raw`${DEGREE_WORD}\s+(?:plus|\+|and|with)\s+(?:at least\s+)?(?:\d{1,2}|one|two|three|four|five|six)\s*\+?\s*(?:\(\d{1,2}\)\s*)?(?:additional\s+)?(?:years?|yrs)\b[^.;:|\n]{0,80}?,?\s+or\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,2}?${DEGREE_WORD}`,
  'i',
);
/** Years asked, then a degree offered instead: "… years of …, or a (relevant) PhD". */
const YEARS_OR_DEGREE = new RegExp(
  String.raw`\b(?:years?|yrs)\b[^.;:|\n]{0,120}?,?\s+or\s+(?:(?:an?|the)\s+(?:(?!and\b|with\b|in\b)[\w-]+\s+){0,2}?${DEGREE_WORD}|(?:ph\.?\s?d|doctorate|master(?:'|\u2019)?s)\b)`,
  'i',
);
/** A degree, then years offered instead: "a master's degree, or 4+ years of …". */
/** Years asked, or fewer with a higher degree: "2 years of experience …, or 1 year of experience with an advanced degree". */
const FEWER_WITH_DEGREE = new RegExp(
  String.raw`\b(?:years?|yrs)\b[^.;:|\n]{0,120}?,?\s+or\s+(?:\d{1,2}|one|two|three|four|five)\s+(?:years?|yrs)\b[^.;:|\n]{0,60}?\bwith\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,2}(?:degree|master(?:'|\u2019)?s|ph\.?\s?d)`,
  'i',
);
/** "…; 9 years with a high school diploma", "or 10 years without a degree": the years that stand in for the degree. */
const YEARS_WITHOUT_DEGREE =
  /\b(?:\d{1,2}|six|seven|eight|nine|ten|twelve)\s*\+?\s*(?:years?|yrs)\b[^.:|\n]{0,60}?\b(?:with\s+(?:an?\s+|the\s+)?(?:high[- ]school(?:\s+(?:diploma|education))?|HS diploma|GED|secondary (?:school|education))|without\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+)?degree|with\s+no\s+(?:[\w'\u2019-]+\s+)?degree)\b/i;
// (s41: "… or an additional four years of relevant experience in lieu of a degree": more years, instead of the degree.)
export const DEGREE_OR_YEARS = new RegExp(String.raw`${DEGREE_WORD}[^.;:|\n]{0,120}?,?\s+or\s+(?:(?:you(?:'|\u2019)ve|you have|have|with)\s+)?(?:(?:at least|a minimum of)\s+)?(?:(?:an?\s+)?(?:additional|further|extra)\s+)?(?:\d{1,2}\s*\+?|one|two|three|four|five|six|seven|eight|ten)\s*(?:\(\d{1,2}\)\s*)?(?:\+\s*)?(?:additional\s+)?(?:years?|yrs)\b`, 'i');

/**
 * Whether a wish word makes the whole sentence a wish. A bracket that says more than the wish speaks of its own
 * content only: "Active Secret clearance (TS/SCI preferred)" asks Secret, "BS in CS (MS preferred)" a bachelor's;
 * "Kubernetes (preferred)" is wished whole.
 */
export function wishedWhole(text: string): boolean {
  if (!PREFERRED_WORDS.test(text)) return false;
  return (!text.includes('(') && !text.includes('\uff08') && !TRAILING_WISH.test(text)) || PREFERRED_WORDS.test(withoutWishes(text));
}
/**
 * A closing clause of wishes: ", preferably EKS", ", ideally in fintech", ", with Helm a plus", ", with some Rust being
 * a bonus"; group 1 or 2 what is wished for (`d`: its offsets). A bare ", Helm a plus" is left alone: after a list
 * ("A, B, and C a plus") it wishes for the whole list.
 */
export const TRAILING_WISH =
  /(?:\s+[\u2013\u2014-]\s+(?:(?:bonus(?: points)?|plus|nice to have|extra credit)\s*:\s*([^,;()]{2,60}?)|([^,;()]{2,40}?)\s+(?:preferred|desired|desirable|ideal|a plus)\b(?:\s*,\s*[^,;()]{2,60}?\s+(?:considered|welcome|accepted|fine|ok|also fine))?)[.!]?|,\s*(?:but\s+|and\s+)?(?:(?:preferably|ideally)\s+(?:(?:also|too)\s+)?(?:with\s+|in\s+|on\s+|using\s+)?((?:[^,;()]|\([^()]{1,60}\)){2,60}|[^,;()]{2,40}(?:,\s*[^,;()]{2,40}){1,5},?\s+(?:or|and\/or)\s+[^,;()]{2,40})|with\s+(?!(?:this|that|these|it|which)\b)([^,;()]{2,60}?)\s+(?:(?:being|is|as|would be)\s+)?(?:an?\s+)?(?:(?:big|huge|strong|nice|real|added|definite|great)\s+)?(?:plus|bonus|advantage|asset|nice[- ]to[- ]have)\b[.!]?))\s*$/id;
/** What a TRAILING_WISH match wishes for, and where in the text it starts ("…, ideally in fintech, accounting tech, or
 * transactional systems": a list of choices after "ideally" is the wish, commas and all). */
export function trailingWish(m: RegExpExecArray): { wish: string; at: number } {
  // (Or after a dash, with a wish's label or word: "Istio or Linkerd in production \u2013 bonus: Cilium", "Configuration
  // management \u2014 Ansible preferred, Puppet or Chef considered".)
  const g = [1, 2, 3, 4].find((k) => m[k] !== undefined)!;
  return { wish: m[g]!, at: m.indices![g]![0] };
}

/** The text without its brackets that wish for something of their own ("(TS/SCI preferred)"), each blanked to its length. */
export function withoutWishes(text: string): string {
  // "…, preferably EKS": a closing clause that wishes, after a part that asks (items.ts wishApart makes it an item).
  const tail = TRAILING_WISH.exec(text);
  if (tail && /\w{3}/.test(text.slice(0, tail.index))) text = text.slice(0, tail.index) + ' '.repeat(text.length - tail.index);
  // (s50: brackets written full-width, as Japanese and Chinese write them: "\u5927\u5b66\u5352\u696d\u4ee5\u4e0a\uff08\u60c5\u5831\u7cfb\u6b53\u8fce\uff09" wishes for the field.)
  if (!text.includes('(') && !text.includes('\uff08')) return text;
  return text.replace(/[(\uff08]([^()\uff08\uff09]*)[)\uff09]/g, (whole, inner: string) => (PREFERRED_WORDS.test(inner) && !ONLY_WISH.test(inner) ? ' '.repeat(whole.length) : whole));
}
const ONLY_WISH =
  /^\s*(?:(?:(?:but|and|though|,)\s*)?(?:is\s+|would be\s+)?(?:an?\s+)?(?:big\s+)?(?:preferred|plus|bonus|nice(?:[- ]to[- ]have)?|optional|desired|desirable|ideally|advantage|asset|(?:(?:is\s+|are\s+)?not|n['\u2019]t)\s+(?:strictly\s+)?(?:required|essential|necessary|mandatory|a must))\s*)+$/i;

/** (s53: nor the employer's own facility clearance, "We hold a Top Secret facility clearance", where no person's is asked beside it.) */
/** A clearance said not to be needed: "no clearance required", "security clearance is not needed", "you don't need a clearance", "SC eligibility preferred but not a requirement". */
export const CLEARANCE_NOT_NEEDED =
  /\b(?:clearance|clearable|vetting|public trust)\b(?:(?!\b(?:required|must|mandatory)\b)[^.;|]){0,40}\b(?:preferred|desired|desirable|welcome|a plus|an asset|nice to have)\b\s*,?\s*(?:but|though)\s+(?:is\s+)?(?:not|n['\u2019]t)\s+(?:\w+\s+)?(?:required|needed|necessary|mandatory|a requirement)\b|\bno\s+(?:\w+\s+)?clearance|\bclearances?\s*(?::\s*|is\s+|are\s+)?(?:(?:not|n['\u2019]t)\s+(?:\w+\s+)?(?:required|needed|necessary|mandatory|a requirement)|none(?:\s+(?:required|needed))?\b|n\/a\b)|\b(?:don['\u2019]t|do not|doesn['\u2019]t|does not|won['\u2019]t|will not)\s+(?:need|require)\s+(?:an?\s+|any\s+)?(?:\w+\s+){0,2}clearance|^(?![^.;]*\b(?:personal|individual|you|your|candidates?|applicants?|must|require[sd]?|active)\b)[^.;]*\bfacility\s+(?:security\s+)?clearance\b/i;

// ("It's a differential if you have used dbt": Brazil's English for a plus, from the Portuguese "diferencial". s45: the wish
// words of Japanese, Chinese and Korean, "歓迎", "尚可", "加分", "우대". s48: a sentence opened by "Nice:" or "Extra credit:".
// s54: China's "\u4f18\u5148" (given priority) after what it wishes for, "\u7855\u58eb\u4f18\u5148" a master's preferred.)
export const PREFERRED_WORDS =
  // (s56: a clause closed by ", even better" or opened by "even better if": "if you've done anything with ad exchanges, even
  // better"; not "to make the product even better".)
  /^[\s\u2022*+-]*(?:nice|extra\s+credit|pluses)\s*:|,\s*(?:that(?:'|\u2019)s\s+|that\s+(?:is|would\s+be)\s+|all\s+the\s+)?even\s+better\s*[.!)]*\s*$|\beven\s+better\s+if\b|\b(?:(?:is|are|would be|as|it(?:'|\u2019)s) an?\s+(?:big\s+|huge\s+|strong\s+|nice\s+|real\s+|definite\s+|added\s+|additional\s+|distinct\s+|great\s+)?(?:plus|bonus|advantage|asset|differential|merit)|(?:is|are|would be)\s+(?:also\s+|highly\s+)?merit(?:ing|orious)|a plus\b|bonus(?: points)?\b|nice[- ]to[- ]have|(?<=[\u2013\u2014:-]\s{0,3})(?:an?\s+)?(?:(?:big|huge|great|strong|significant|major|real)\s+)?(?:advantage|asset)(?=\s*[.!)]?\s*$)|(?:advantage|asset)(?=\s*\))|preferred|preferably|ideally|highly\s+regarded|ideal(?=\s*\))|(?:is|are|would be)\s+ideal\b(?!\s+for\b)|desired|desirable|advantageous|(?:is|are|would be)\s+beneficial|is helpful|are helpful|(?:helpful|useful|welcome)(?=\s*:)|(?<!\b(?:you|we|they|i)\s)would (?:really |definitely |certainly )?help(?!\s+(?:us|the team|our|them|customers|users))|(?:would|could) be helpful|would be great|(?<!\bwhat\s)(?:we(?:'|\u2019)d|we would)\s+love\s+to\s+see\b(?!\s*:)|(?:we(?:'|\u2019)d|we would)\s+(?:really\s+|also\s+)?(?:love\s+it|be\s+(?:thrilled|delighted|excited))\s+if\b|it helps (?:to|if|when)|(?<=\w\s+(?:also\s+)?)helps(?:\s+(?:too|a lot))?(?=\s*(?:[.!;)]|$))|(?:is|are|would be) (?:(?:very|more than|most|also|always) )?welcome(?!\s+(?:to|at|in|from)\b)|not required|not (?:strictly )?(?:necessary|needed|mandatory|essential|(?:an? )?must)|optional|(?:would|will|could|should)\s+(?:really\s+|certainly\s+)?(?:set you apart|make you stand out)|(?:gives?|have|has|get)\s+an?\s+edge|not an?\s+(?:deal-?\s?breaker|blocker|hard requirement))\b|歓迎|尚可|尚佳|優遇|加分|우대|あれば尚良し|\u4f18\u5148|\u512a\u5148/i;

function fieldsIn(text: string): string[] {
  // (s51: a field's letters in any script, "Matem\u00e1ticas"; the spaces a stand-in leaves are one.)
  // (s58 lead: not the years' or the experience's own "of", "a bachelor's degree and 3 years of Linux administration".)
  const m = /\b(?<!\b(?:years?|yrs?|months?|experience|background|knowledge|expertise)\s)(?:in|of)\s+((?:\p{Lu}[\p{L}\p{N}_&/-]*|a|an|the|and|or|related|relevant|technical|quantitative|similar|other|field|fields|discipline|STEM|,|\s)+)/u.exec(text);
  if (!m) return [];
  const out: string[] = [];
  // ("Computer Science AND 4+ years …": a capitalised joining word joins too.)
  for (let part of m[1]!.split(/,|\bor\b|\band\b|\//i)) {
    part = part.replace(/\b(?:a|an|the)\b/gi, '').replace(/\s+/g, ' ').trim();
    if (!part || /\b(?:related|relevant|similar|other|equivalent)\b|^(?:field|fields|discipline)$/i.test(part)) continue;
    if (!/^\p{Lu}/u.test(part)) continue;
    if (/^(?:BS|BA|MS|PhD|Ph\.?D|Bachelor|Master)/.test(part)) continue;
    out.push(part.replace(/\s+(?:field|fields|discipline)$/i, ''));
  }
  return out;
}

export function lowerDegree(a: Degree | null, b: Degree | null): Degree | null {
  if (!a) return b;
  if (!b) return a;
  if (a.required !== b.required) return a.required ? a : b;
  return RANK[b.level] < RANK[a.level] ? b : a;
}
