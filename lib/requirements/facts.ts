import type { Posting, PostingSection } from '../posting/types';
import { waivedHeading } from '../posting/sections';
import { CLEARANCE_NOT_NEEDED, DEGREE_MUST, DEGREE_OR_YEARS, DEGREE_PLUS_YEARS, degreeIn, EXPERIENCE_FOR_DEGREE, findYears, lowerDegree, PREFERRED_WORDS, splitUnits, wishedWhole, withoutWishes } from './text';
import { modeByPlaceAndTime, postingInEnglish } from './foreign';
import type { Degree, PostingFacts, Salary, SalaryPeriod, WorkMode } from './types';

export type { PostingFacts } from './types';

/**
 * What a posting states about the job as a whole: years asked, work mode,
 * pay, sponsorship, clearance and degree. Reads every section but "about" and
 * "benefits" for what is asked of the candidate; pay and work mode anywhere.
 */
export function postingFacts(written: Posting): PostingFacts {
  // German and French lines read in English words (foreign.ts).
  const posting = postingInEnglish(written);
  // (s41: nor what a part headed "You don't need:" lists: "A PhD.")
  const asked = [
    ...posting.sections.filter((s) => s.kind !== 'about' && s.kind !== 'benefits' && !waivedHeading(s.heading)),
    // (s43: a pay label read as a heading ("Gross salary:" over "4,000 – 5,500 EUR/month", then "MSc in Statistics"): the
    // lines after the amount's are the posting's asks, not perks.)
    ...posting.sections.filter((s) => s.kind === 'benefits' && PAY_HEADING.test(s.heading.trim())).map((s) => ({ ...s, text: s.text.split('\n').slice(1).join('\n') })),
  ];
  const all = allText(posting);
  return {
    // (s44: the lines under a pay label read as a heading, "Salary (EUR):" over the amount and then "5+ years with Kotlin",
    // are the posting's asks, as for the clearance and the degree below.)
    yearsMin: yearsMinOf(posting.sections.filter((s) => s.kind !== 'about' && !waivedHeading(s.heading)).map((s) => (s.kind === 'benefits' && PAY_HEADING.test(s.heading.trim()) ? { ...s, kind: 'other' as const, heading: '', text: s.text.replace(/^[^\n]*/, (m) => ' '.repeat(m.length)) } : s))),
    // (s56: where no reader found a mode, places and times composed in the words as written, foreign.ts.)
    workMode: workModeOf(posting) ?? modeByPlaceAndTime(written.sections.map((s) => s.text).join('\n')) ?? officeByLocationField(written),
    salary: salaryOf(all, posting.title),
    sponsorship: sponsorshipOf(labelled(posting)) ?? statusListed(posting.sections),
    clearance: clearanceOf(asked),
    // (And a degree said to be required among the perks: "Compensation: $210k base. A BS in CS is required.")
    degree: degreeOf([...asked, ...posting.sections.filter((s) => s.kind === 'benefits').map((s) => ({ ...s, text: splitUnits(s.text).filter((u) => DEGREE_MUST.test(u.text)).map((u) => u.text).join('\n') }))]),
  };
}

/** A heading that is only a pay label: "Salary", "Gross salary", "Compensation", "Salario", "Gehalt", "Wynagrodzenie". */
// (s44: with its currency or its terms in a bracket, "Salary (EUR)", "Pay (gross, monthly)".)
const PAY_HEADING = /^(?:(?:gross|base|annual|monthly|yearly)\s+)?(?:salary|pay|compensation|comp|salario|sueldo|sal\u00e1rio|salaire|r\u00e9mun\u00e9ration|gehalt|l\u00f6n|l\u00f8n|l\u00f8nn|wynagrodzenie|mzda|plat|maa\u015f|gaji|palkka|fizet\u00e9s|atlyginimas|palk|alga|laun|salariu|l\u01b0\u01a1ng)(?:\s+(?:range|band))?(?:\s*\([^)]{1,24}\))?$/i;

function allText(p: Posting): string {
  // A heading may be the posting's header line ("Acme | Engineer | London | £65k–£80k | VISA"). A heading is read on
  // its part's first line, as its label: "Compensation" over "$150,000 plus equity" says the amount is pay.
  return [p.title, p.location, ...(p.fields ?? []), ...p.sections.map((s) => (s.heading ? (s.text ? `${s.heading}: ${s.text}` : s.heading) : s.text))].filter(Boolean).join('\n');
}

/** The posting's text with each short heading read as the label of its part's first line ("Must have" / "US citizenship"). */
function labelled(p: Posting): string {
  const parts = p.sections.map((s) => (s.heading && !s.heading.includes('|') && s.heading.split(/\s+/).length <= 4 ? `${s.heading}:\n${s.text}` : [s.heading, s.text].filter(Boolean).join('\n')));
  return [p.title, p.location, ...parts].filter(Boolean).join('\n');
}

/* ---------- years ---------- */

/** A part headed as one of several openings' own asks: "For the senior opening, additionally", "For the staff role only". */
const ONE_OPENING = /^for (?:the|our) (?!(?:this|same|right|above|following)\b)(?:[\w-]+ ){1,2}(?:opening|role|position|level|hire)\b/i;

/**
 * The years asked of the job as a whole. Years under a part of one opening's own asks ("For the senior opening,
 * additionally:") are that opening's: the posting's minimum is the lowest opening's, so they count only when there are
 * two such parts or more and every one names years (and no part that all openings share does).
 */
/** A shared part's heading that counts the openings: "For both openings", "For all three roles". */
const OPENINGS_COUNTED = /^for (?:(both)|all (two|three|four|five))\b/i;
const COUNT: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

function yearsMinOf(sections: PostingSection[]): number | null {
  const own = sections.filter((s) => ONE_OPENING.test(s.heading));
  const shared = yearsIn(sections.filter((s) => !own.includes(s)));
  if (shared !== null || own.length === 0) return shared;
  const each = own.map((s) => yearsIn([s]));
  // (One such part alone, or fewer than the openings a shared part counts, "For all three roles": the others have none of
  // their own, and ask no years.)
  const counted = sections.map((s) => OPENINGS_COUNTED.exec(s.heading)).find((m) => m);
  const openings = counted ? COUNT[(counted[1] ?? counted[2])!.toLowerCase()]! : 2;
  return own.length < openings || each.some((y) => y === null) ? null : Math.min(...(each as number[]));
}

/** A line a job board's field ends by marking it wished for: "AWS: 4 years (Preferred)", "Go: 2 years (Nice to have)". */
const FIELD_WISHED = /\(\s*(?:preferred|desired|desirable|nice to have|optional|a plus|bonus)\s*\)\s*[.;]?\s*$/i;

function yearsIn(sections: PostingSection[]): number | null {
  let general: number | null = null;
  let any: number | null = null;
  let preferredOnly: number | null = null;
  let bracketed: number | null = null;
  for (const s of sections) {
    // A heading can say the years ("What you bring (4+ years)"); years in a benefits heading are not asked.
    // ("You'll likely have three-plus years … On top of that we look for:" heads its list: the years in words too.)
    const heading = s.heading && s.kind !== 'benefits' && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|decades?)\b/i.test(s.heading) ? [{ text: s.heading, start: 0, end: s.heading.length }] : [];
    const units = splitUnits(s.text);
    // A short heading without a digit reads with its first line ("Years of experience: 4+",
    // "Looking for: 2-4 yrs …", "A decade in fintech: …"): the label says what the number is.
    const first = units[0];
    // (Not a line with a label of its own: "Experience:" over "Kubernetes: 3 years (Required)".)
    if (s.heading && heading.length === 0 && first && !s.heading.includes('|') && s.heading.split(/\s+/).length <= 5 && !/^[^:\d]{1,40}:\s*\S/.test(first.text)) {
      units[0] = { ...first, text: `${s.heading}: ${first.text}` };
    }
    for (const u of [...heading, ...units]) {
      // Years in the benefits are a perk's terms ("a tenure bonus at 3+ years") unless the sentence speaks of whom they seek
      // (a request that a page's parts put under the benefits).
      if (s.kind === 'benefits' && !/\b(?:you|your|candidates?|someone|looking for|seeking|required|requirements?|must)\b/i.test(u.text)) continue;
      // "(Go, React a plus)" after the years does not make the years a wish, nor does a bracket the clause's semicolon cut
      // ("… focused on cloud (AWS strongly preferred; GCP or Azure fine)").
      // "8+ years, ideally with startup experience": the wish is the startup part, not the years.
      // One bullet, one span: "5+ years …; 1+ year managing" asks five, the rest is a detail of it.
      const spans = yearsOfUnit(u.text);
      for (const y of spans.slice(0, 1)) {
        if (y.min === 0) continue; // "0-3 years" sets no minimum
        // (Read only for a unit that states years: most do not.)
        // ("AWS: 4 years (Preferred)": a job board's field marks the line itself as wished for.)
        const preferred = s.kind === 'preferred' || FIELD_WISHED.test(u.text) || PREFERRED_WORDS.test(yearsClause(u.text, y.index, y.end).replace(/\([^)]*(?:\)|$)/g, ' ').replace(/,?\s*\b(?:ideally|preferably)\s+(?:with|in|at|on|using|from|having)\b.*$/i, ''));
        if (preferred) {
          preferredOnly = min(preferredOnly, y.min);
          continue;
        }
        // "Kubernetes (3+ yrs), Terraform (2+ yrs)": years in a bracket after a name are that skill's; they give the
        // minimum only where no line states years plainly.
        if (/[\w+#]\s*\(\s*$/.test(u.text.slice(0, y.index)) && /^\s*\)/.test(u.text.slice(y.end))) {
          bracketed = min(bracketed, y.min);
          continue;
        }
        // ("Associate's degree plus two years of experience, or a Bachelor's degree": years that go with one of the degrees
        // offered, not a minimum of their own; as bracketed ones, they count only where no line states years plainly.)
        // (s41: nor years offered instead of a degree, "a Bachelor's degree, or an additional four years of experience in
        // lieu of one": with the degree none are asked; they count only where no line states years plainly.)
        const degreeNamed = /degree|bachelor|master|associate|diploma/i.test(u.text);
        const bound = degreeNamed ? DEGREE_PLUS_YEARS.exec(u.text) : null;
        const instead = degreeNamed && !bound ? DEGREE_OR_YEARS.exec(u.text) : null;
        // (Only the years after the "or": "a Bachelor's degree and 7+ years, or 11+ years in lieu of one" asks the 7 with it.)
        const orAt = instead ? instead.index + instead[0].search(/\sor\s/i) : -1;
        if (instead && y.index > orAt && y.end <= instead.index + instead[0].length + 12) {
          bracketed = min(bracketed, y.min);
          continue;
        }
        if (bound && y.index >= bound.index && y.end <= bound.index + bound[0].length) {
          bracketed = min(bracketed, y.min);
          continue;
        }
        any = min(any, y.min);
        // "Exp: 6-9 yrs", "Experience required: 5+ years": a field whose value is the years alone asks them overall.
        if (EXPERIENCE_FIELD.test(u.text.slice(0, y.index)) && /^\s*(?:\([^)]*\))?\s*[.;]?\s*$/.test(u.text.slice(y.end))) general = min(general, y.min);
        // (Room for five long words and "experience": "of non-internship professional software development experience".)
        else if (overallYears(u.text.slice(y.end, y.end + 96))) general = min(general, y.min);
        // "2–4 years of Kubernetes administration, 5+ years in operations overall": a skill's years first, then the
        // years overall in the same line; the overall ones are the minimum.
        else {
          const later = spans.slice(1).find((z) => z.min > 0 && overallYears(u.text.slice(z.end, z.end + 96)) && !PREFERRED_WORDS.test(u.text.slice(z.index).split(/[;,]\s|\.\s/)[0]!));
          if (later) general = min(general, later.min);
        }
      }
    }
  }
  return general ?? any ?? bracketed;
  // preferredOnly is not asked: a "nice to have" span of years is not a minimum.
}

/** A field's label right before its years: "Exp:", "Experience:", "Total experience -", "Years of experience:". */
const EXPERIENCE_FIELD = /(?:^|[|\u00b7]\s*)(?:(?:total|overall|work|relevant|required|min(?:imum)?\.?)\s+)?(?:exp\.?|experience|years of experience|yoe|work experience)(?:\s+(?:required|needed|range|level))?\s*(?:\((?:years?|yrs)\)\s*)?[:\-\u2013]\s*$/i;

/** (s47) A name, capitalised or with a digit or a sign, right before "experience": "of hands-on AWS experience", "of C++ experience". */
const NAMED_EXPERIENCE = /^\s*(?:of\s+)?(?:(?:hands[- ]on|professional|practical|solid|proven|production|commercial|relevant|strong|deep)\s+)?(?!(?:Software|Engineering|Industry|Professional|Development|Backend|Back-end|Frontend|Front-end|Full[- ]?stack|IT|Tech|Technical|Technology|Product|Design|Data|Relevant|Work|Hands-on|Engineer|Developer|Programming|Leadership|Management|Consulting|Sales|Startup|B2B|SaaS)\b)(?:[A-Z][\w+#./-]*|[a-z][\w-]*[+#\d][\w+#./-]*)(?:\s+(?!experience\b)[\w+#./-]+){0,2}?\s+(?:experience|exp\b)/;
/** The words after a years span say they are years of work overall, not one skill's: "of professional experience", "in software engineering", "overall". */
function overallYears(after: string): boolean {
  // "5+ years of (professional|industry|software) experience": overall, not of one skill.
  // ("2+ years of hands-on experience with AWS services" asks years of AWS: a skill's, not overall.)
  // ("5 years of experience with software development in …": a line of work after "with" is overall.)
  const ofSkill = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}(?:experience|exp\b)\s+(?:with|using)\s+(?!(?:an?|the|total|some|our|your)\b|(?:software|backend|back-end|systems?|application)\s+(?:development|engineering|programming)\b)[A-Za-z]/i.test(after);
  // (s46: "2+ years of experience designing or architecting systems": years of one activity, said by its verb; "years of
  // experience working in software" are years of work.)
  const ofActivity = /^\s*(?:of\s+)?(?:(?:professional|industry|hands[- ]on|relevant|proven|demonstrated)\s+)?experience\s+(?!working\b|programming\b|engineering\b)[a-z]+ing\b/i.test(after);
  // (s47: "2 years of hands-on AWS experience", "3+ years of React Native experience": a name before "experience" makes
  // them that skill's years, not overall; "of software engineering experience", "of IT experience" are a line of work.)
  const ofNamed = NAMED_EXPERIENCE.test(after);
  return (
    !ofSkill &&
    !ofActivity &&
    !ofNamed &&
    (/^\s*(?:of\s+)?(?:[\w/+#.&-]+\s+){0,5}(?:experience|exp\b)/i.test(after) ||
      /^\s*(?:of\s+)?(?:(?:full[- ]time|hands[- ]on|paid|real[- ]world|relevant|professional|industry|commercial|work|working|software|engineering|development|programming|technical|post[- ]\w+|production|related)\s+){0,3}(?:experience|exp\b)/i.test(after) ||
      /^\s*(?:of\s+)?(?:experience\s+)?(?:as|in)\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:engineer|developer|role|position|capacity|industry|software|engineering|startup)/i.test(after) ||
      // "at least 6 years in SRE, DevOps or platform roles": fields listed, then the roles they name.
      /^\s*(?:of\s+)?(?:experience\s+)?in\s+(?:[\w/&+-]+,?\s+(?:(?:or|and|and\/or)\s+)?){1,6}(?:roles|positions|engineering roles)\b/i.test(after) ||
      /^\s*(?:of\s+)?(?:professional|industry)\b/i.test(after) ||
      // "5+ years of backend development", "6 years of infrastructure engineering": a line of work, in lower case.
      /^\s*(?:of\s+)?(?:[a-z][\w/&-]*\s+){1,2}(?:development|engineering|programming|operations)\b(?!\s+(?:with|using|in|on)\b)/.test(after) ||
      // "5+ years in operations or software engineering overall", "7 years in total".
      /^[^.;,()]{0,50}\b(?:overall|in total|all told)\b/i.test(after))
  );
}

/** Years left uncounted, then counted in part: "several years of systems programming, at least 3 of them in Rust". */
const YEARS_OF_THEM = /\b(?:several|many|a few|some|multiple|a number of)\s+years\b[^.;:!?]{0,100}?\b(?:of which\s+|with\s+|including\s+)?at least\s+(\d{1,2}|one|two|three|four|five|six|seven|eight)\s+(?:(?:of them|of those|of these)\b|years?\b(?!\s+(?:of|in)\b\s*(?:experience|total)\b))(?=\s*(?:in|with|on|using|writing|as|at)\b)/i;
/** A count said after years in words, as the right number of them: "…years …; we think 4+ is about right", "5+ would be ideal". */
const ABOUT_RIGHT = /(?<=\byears\b[^.!?]{0,100}?)\b(\d{1,2})\s*\+?\s+(?:is|would be|feels|seems)\s+(?:about\s+|roughly\s+|probably\s+)?(?:right|ideal|typical|the sweet spot)\b/i;
/** Years left uncounted, then counted at the clause's end: "Several years of Java and Spring Boot \u2013 at least 5", "many years of Go (minimum 4)". */
const YEARS_COUNTED_AFTER = /\b(?:several|many|a few|multiple|a number of)\s+years\b[^.;:!?]{0,100}?(?:\s[\u2013\u2014-]|[,(])\s*(?:at least|a minimum of|minimum(?: of)?|min\.)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight)\s*\+?(?:\s+years?)?\s*\)?\s*(?=[.;]|$)/im;
const WORD_NUMBER: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };

/** The years spans of a unit; where it counts none, the part it counts of years it leaves uncounted (YEARS_OF_THEM). */
function yearsOfUnit(text: string): ReturnType<typeof findYears> {
  const found = findYears(text);
  if (found.length) return found;
  // "Several years as an SRE; we think 4+ is about right": years left uncounted, then a count that stands for them.
  const right = ABOUT_RIGHT.exec(text);
  if (right) return [{ min: Number(right[1]), max: null, index: right.index, end: right.index + right[0].length }];
  const m = YEARS_OF_THEM.exec(text) ?? YEARS_COUNTED_AFTER.exec(text);
  if (!m) return found;
  const n = WORD_NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
  const word = m[0].toLowerCase().search(/\b(?:at least|a minimum of|minimum|min\.)\s/);
  const at = m.index + Math.max(0, word);
  return [{ min: n, max: null, index: at, end: m.index + m[0].length }];
}

/**
 * The clause that holds a years span: "5+ years of Go; Rust is a plus" wishes for Rust, not for the years.
 * The clause ends at a semicolon or a comma that starts a clause of its own, with a verb or a wish
 * ("…, Kubernetes a plus"); a wish said of the years alone ("4+ years, preferred") stays with them.
 */
function yearsClause(text: string, from: number, to: number): string {
  const left = Math.max(text.lastIndexOf(';', from), text.lastIndexOf('. ', from)) + 1;
  const semi = text.indexOf(';', to);
  const right = semi < 0 ? text.length : semi;
  let clause = text.slice(left, right);
  // "…, Kubernetes a plus", "…, and Go is nice to have": a comma, a skill's words, then the wish.
  clause = clause.replace(/,\s*(?:and\s+|also\s+|with\s+)?(?:(?!(?:ideally|preferably|preferred|a plus)\b)[\w+#./-]+\s+){1,5}(?:(?:is|are|would be)\s+)?(?:an?\s+(?:big\s+|huge\s+|strong\s+|nice\s+)?(?:plus|bonus|advantage)|nice[- ]to[- ]have|preferred|desired|desirable)\b.*$/i, '');
  return clause;
}

function min(a: number | null, b: number): number {
  return a === null ? b : Math.min(a, b);
}

/* ---------- work mode ---------- */

const REMOTE = /\b(?:remote|remotely|works? from (?:home|anywhere)|wfh|(?:fully|100%|completely|entirely|totally) distributed|distributed (?:team|company|position|role|job)|(?:work|do (?:this|the) (?:job|role|work)|join us)\s+from\s+any\s+(?:country|state|city|location|place|time ?zone)|anywhere in the (?:world|us|u\.s\.|eu)|(?:live|work|be based|based)\s+anywhere\b)\b|\b(?:remot[oa]|teletrabajo|full[- ]remote)\b/i;
const REMOTE_NOT_MODE = /\bremote[\s-]+(?:sensing|sensors?|cameras?|robots?|machines?|shells?|storage|access|control|monitoring|patient|desktop|execution|procedure|servers?|cache|caching|builds?|attestation|code|devices?|state|backends?|repos?|repositor(?:y|ies)|branch(?:es)?|debugging|debugger|writes?|config(?:uration)?|endpoints?|hosts?|clusters?|nodes?|agents?|runners?|databases?|APIs?|URLs?|operations? center|vehicles?|sites?|locations?|areas?|communities|work(?:ers|force)|controll?ed|control|operated|(?:\w+\s+)?(?:clinics|hospitals|schools|villages|towns|regions|farms|mines|islands|facilities|parts of))\b/i;
/** In person only now and then ("we meet in person quarterly", "in-person sessions at our offsite"): a remote team's gatherings, not the job's place. */
const MEETUPS = /\bin[- ]person\b[^.\n]{0,60}?\b(?:offsites?|off-sites?|retreats?|meetups?|gatherings?|events?|quarterly|monthly|annual(?:ly)?|twice a year|once a year|a few times a (?:year|quarter))\b/gi;
/** Working from home allowed now and then, the office otherwise: "WFH possible after onboarding", "remote Fridays". */
const HOME_SOMETIMES = /\b(?:wfh|work(?:ing)? from home)\s+(?:is\s+)?(?:possible|allowed|ok|okay|sometimes|occasionally|some days|most days|most of the week|when needed|as needed)\b|\b(?:occasional|some|flexible)\s+(?:wfh|work(?:ing)? from home|home[- ]working|remote work(?:ing)?)\b/gi;
/** Home some days of the week: "work from home up to two days per week", "remote 1 day a week". */
// (s48: "Remote possible 2 days per week", "T\u00e9l\u00e9travail partiel : 2 jours", "Smart working 2 giorni a settimana", "2 Tage
// Homeoffice pro Woche", "mobiles Arbeiten an 3 Tagen" as foreign.ts leaves them in English words: an option word or a colon
// between the home word and its days, a day left in French, Italy's and Germany's words for working from home.)
const HOME_DAYS = /\b(?:wfh|work(?:ing)? (?:from|at) home|remote(?:ly)?|mobile work(?:ing)?|work(?:ing)? mobile(?:ly)?|smart[- ]working|home[- ]?office|mobiles? arbeiten)(?:\s+(?:is\s+)?(?:possible|allowed|available|optional|partiel|partial|parcial|parziale|flexible))?\s*:?\s+(?:(?:up to|jusqu['\u2019]\s?(?:\u00e0|a)|for|on|an|about|around)\s+)?(?:[1-4]|one|two|three|four|a few|a couple of|some)\s+(?:days?|jours?|Days?)\s+(?:a|per|each|every|\/)\s*week\b|\btelework(?:ing)?\b[^.\n]{0,30}?\b(?:up to\s+)?(?:[1-4]|one|two|three|four)\s+days?\s+(?:a|per|each|every|\/)\s*week\b/gi;
/** Home but for an office day: "works from home except on our Thursday office day". */
const HOME_EXCEPT = /\b(?:from home|remote(?:ly)?|wfh)\b[^.\n]{0,30}\b(?:except|apart from|but for|other than)\b[^.\n]{0,30}\b(?:office days?|(?:mon|tues|wednes|thurs|fri)days?)\b/gi;
/** What a product lets others do ("our sensors let farmers check moisture remotely"): run only on a text with such a verb. */
const PRODUCT_LETS = /\b(?:our|the|its)\s+(?:[\w-]+\s+){0,2}(?:lets?|helps?|enables?|allows?)\s+(?!(?:you|employees|everyone|staff|engineers|people|us|our|the team|team members|teammates|remote|hybrid|flexible|work|working|for)\b)[\w-]+\b[^.!?\n]*/gi;
const LETS_VERB = /\b(?:lets?|helps?|enables?|allows?)\b/i;
/** The work of others, not the job: "tools for hybrid and remote teams", "our customers' field teams work remotely", "hybrid cloud". */
const OTHERS_MODE = /\b(?:help(?:s|ing)?|for|enabl\w+|empower\w*|serv\w+|support\w*|connect\w*)\s+(?:\w+\s+){0,2}(?:remote|hybrid|distributed)\s+(?:(?:and|or|&|\/)\s+(?:remote|hybrid|distributed|in-office|in-person)\s+)?(?:teams|workplaces|companies|workforces?|workers|employees|organi[sz]ations|offices|businesses)\b|\b(?:customers?|clients?|users?|patients?|partners?)(?:'|’)?\s+(?:[\w'’-]+\s+){0,3}(?:work(?:ing)?|are|is|operate|operating|live)\s+(?:fully\s+)?remote(?:ly)?\b|\bhybrid\s+(?:approach|strategy|model|method)\s+(?:to|for)\s+(?!(?:work|working|the office|office|collaboration|how we work)\b)|\bhybrid\s+(?:cloud|search|apps?|mobile|systems?|solutions?|storage|encryption|retrieval|algorithms?|methods?|vehicles?|cars?|workplaces|workforces|infrastructure|architectures?|deployments?|engines?|integration|quantum|models? of (?:care|learning)|events?|care|clinics?|healthcare|therapy|learning|classrooms?|courses?|teaching|banking|trading|energy|power|grids?|batter(?:y|ies)|intelligence|ai|agents?|workflows?|pipelines?|runtimes?|databases?|compute|networks?|threats?)\b/gi;
// (s47: within one line: "Degree not required" or "no visa sponsorship" over "Fully remote within the UK" negates no remote work.)
// (s51: the work said not to be done remotely, "this work can't be done remotely", "cannot be performed remotely".)
/** (s53) Home work refused by its other names: "WFH is not possible", "no work from home", "home office isn't available". */
const HOME_NEG = /\b(?:wfh|work(?:ing)? from home|home[- ]?office|home[- ]working)\s+(?:is\s+)?(?:not|isn(?:'|\u2019)t)\s+(?:available|possible|an option|offered|allowed)\b|\bno\s+(?:wfh|work(?:ing)? from home|home[- ]?office|home[- ]working)\b/gi;
/** (s53) The hybrid week refused: "no hybrid option", "hybrid is not possible": an office job. */
const HYBRID_NEG = /\bno\s+hybrid(?:\s+(?:option|work(?:ing)?|arrangement|model|setup|schedule))?\b|\bhybrid\s+(?:work(?:ing)?\s+)?(?:is\s+)?(?:not|isn(?:'|\u2019)t)\s+(?:available|possible|an option|offered)\b/gi;
// (s57: the place said not to be reachable from afar, "our secure labs are not accessible remotely": no remote work.)
const REMOTE_NEG = /\b(?:not|n(?:'|\u2019)t)\s+(?:\w+\s+)?(?:accessible|reachable|doable|workable)\s+remotely\b|\b(?:no|not|non|never|isn(?:'|’)t|is not|cannot be|can(?:'|’)t be)[- ]+(?:\w+[^\S\n]+){0,2}(?:remote|telework(?:ing)?)\b|\b(?:cannot|can(?:'|\u2019)t|can not)\s+be\s+(?:done|performed|carried out|worked)\s+(?:fully\s+)?remotely\b|\b(?:remote|telework(?:ing)?)\s+(?:is|are)\s+not\b|\b(?:remote|telework(?:ing)?)\s*(?:work\s+)?(?:is\s+)?(?:not (?:available|possible|an option|offered))|\bno (?:remote|telework)\b|\bnot\s+(?:(?:the|a|an)\s+)?(?:right\s+|best\s+|good\s+)?(?:role|job|position|fit|place)\s+for\s+you\s+if\b[^.\n]{0,90}?\b(?:remote(?:ly)?|from home)\b|\bif\s+you(?:\s+(?:want|need|prefer|are\s+(?:looking|hoping))|(?:'|\u2019)re\s+(?:looking|hoping))\b[^.\n]{0,60}?\b(?:remote(?:ly)?|from home)\b[^.\n]{0,40}?\b(?:not|isn(?:'|\u2019)t|won(?:'|\u2019)t|wouldn(?:'|\u2019)t)\b/i;
/** An office schedule: "3 days a week in the office", "three days in office", "in-office MWF", "WFH Fridays". */
// (s48: also "3 days on-site and 2 remote", the days before the place, with the home days said after them; "3-4 days a
// week onsite at the customer facility" alone is an onsite job's week.)
// (s50: "in the office at least three days a week": a floor between the office and its days.)
// (s51: "mostly remote; once a week you're in the office", "in our office once a week": a day a week at the office, as "one day a
// week in the office" is; not "once a month".)
const OFFICE_DAYS = /\b(?:[1-4]|one|two|three|four)\s*(?:(?:-|to)\s*(?:[1-4]|two|three|four)\s*)?days?\s*(?:(?:a|per|\/|each)\s*w(?:ee)?k\s*)?on[- ]?site\b(?!\s*(?:(?:a|per|each|every|\/)\s*)?(?:quarter|month|year|sprint|quarterly|monthly))(?=[^.\n]{0,40}\b(?:remote(?:ly)?|from home|WFH|at home)\b)|\bon[- ]?site\s+(?:[1-4]|one|two|three|four)\s*(?:(?:-|to)\s*(?:[1-4]|two|three|four)\s*)?(?:x|times|days?)\s*(?:a|per|\/|each)\s*w(?:ee)?k\b|\b(?:[1-4]|one|two|three|four)\s*(?:(?:-|to)\s*(?:[1-4]|two|three|four)\s*)?days?\s*(?:(?:a|per|\/|each)\s*w(?:ee)?k\s*)?(?:in|at|from)\s*(?:the\s+|our\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:office|hq|studio|hub|campus)|\bin[- ](?:the[- ])?office\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|up\s+to|around|about|roughly|for)\s+)?(?:[1-4]|one|two|three|four)\s*(?:(?:-|to)\s*\d\s*)?days|\bin[- ]office\s+(?:on\s+)?(?:M(?:on)?|T(?:ue)?|W(?:ed)?)[A-Za-z]*[,/ &]|\b(?:wfh|work from home|remote)\s+(?:on\s+)?(?:mon|tue|wed|thu|fri)(?:days?|s)?\b|\b(?:[1-4]|one|two|three|four)\s*(?:(?:-|to)\s*(?:[1-4]|two|three|four)\s*)?days?\s*(?:(?:a|per|\/|each)\s*w(?:ee)?k\s*)?(?:of\s+)?(?:remote|wfh|from home)\b|\b(?:[1-4]|one|two|three|four)\s+(?:wfh|remote|home|home[- ]office|work[- ]from[- ]home)\s+days?\b|\bonce\s+(?:a|per|each|every)\s+week\b[^.\n]{0,30}?\b(?:in|at|on)[- ](?:the\s+|our\s+)?(?:office|hq|site)\b|\b(?:in|at)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:office|hq)\s+once\s+(?:a|per|each|every)\s+week\b/i;
/** Days split between the office and home: "from the office Tuesday to Thursday and from home otherwise". */
const SPLIT_WEEK = /\b(?:from|in|at) (?:the|our) office\b[^.\n]{0,50}\b(?:from home|remotely)\b|\b(?:from home|remotely)\b[^.\n]{0,50}\b(?:from|in|at) (?:the|our) office\b/i;
// (India's "Work from office (3 days)" asks office days: hybrid; "Work from office (5 days)" or alone is on site, ONSITE.)
// (And in Spanish, Portuguese and French: "h\u00edbrido", "hybride".)
// (s48: "\u90311\u51fa\u793e", "\u90312\u51fa\u793e" without the "day": days at the office a week.)
// (s51: "On site Monday\u2013Thursday; Fridays are flexible": a weekday left to the candidate, the rest at the office.)
// (s57: days at a place out of the five of a week, "four days out of five", "4 giorni su cinque", "quatre jours sur cinq": a hybrid week.)
// (s61 tune: on site, with home office or remote days once the onboarding is done, "Vor Ort, Homeoffice nach Einarbeitung",
// "On site in Cologne; home office after onboarding", "after the probation period two remote days": a hybrid week after the
// first months. Not "Remote after onboarding in our Berlin office", no place said before it: remote.)
const AFTER_ONBOARDING = /\b(?:on[- ]?site|vor ort|in the office|office[- ]based)\b[^.\n]{0,60}?\b(?:home[- ]?office|remote|wfh|work(?:ing)? from home|mobiles? arbeiten)(?:[- ]days?)?\b[^.\n]{0,20}?\b(?:after|following|once|nach|ab)\s+(?:the\s+|your\s+|der\s+)?(?:onboarding|induction|probation|einarbeitung|probezeit)|\b(?:on[- ]?site|vor ort|in the office|office[- ]based)\b[^.\n]{0,60}?\b(?:after|following|once|nach|ab)\s+(?:the\s+|your\s+|der\s+)?(?:onboarding|induction|probation(?:\s+period)?|einarbeitung|probezeit)\b[^.\n]{0,40}?\b(?:home[- ]?office|remote|wfh|work(?:ing)? from home)\b/i;
const HYBRID_WORD = /\bhybrid\b|\u9031\s?[1-4]\s?(?:\u65e5|\u56de)?\s?(?:\u51fa\u793e|\u5728\u5b85|\u30ea\u30e2\u30fc\u30c8)|\b(?:mon|tues|wednes|thurs|fri)days?\s+(?:are|is)\s+(?:flexible|flex|optional|remote-optional)\b|\b(?:mon|tues|wednes|thurs|fri)days\s+(?:(?:are|is)\s+)?(?:from\s+home|at\s+home|remote|WFH)\b|\bhybrides\s+arbeit\w*|\bhybrid(?:arbete|arbeid|arbejde)\b|\bh[i\u00ed]brid[oa]\b|\bhybride\b|\b(?:work(?:ing)? from (?:the )?office|WFO)\s*[(:,-]?\s*(?:[1-4]|one|two|three|four)\s+days?\b|\bsemi[- ]on[- ]?site\b|\b(?:on[- ]?site|in[- ]office)\s+(?:[1-4]|one|two|three|four)\s+days?\b(?!\s*(?:(?:a|per|each|every|\/|of\s+the|in\s+the)\s*)?(?:month|quarter|year|sprint|fortnight|rotation|quarterly|monthly))|\b(?:[1-4]|one|two|three|four)\s+(?:office|in-office|on-?site)\s+days\b|\b(?:[1-4]|one|two|three|four)\s*(?:(?:-|to)\s*(?:[1-4]|two|three|four)\s*)?days?\s*(?:(?:a|per|\/|each)\s*w(?:ee)?k\s*)?(?:on[- ]?site|onsite|in[- ]person|on[- ]campus)\b|\bmix\s+of\s+(?:office|home)\s+and\s+(?:office|home|remote)\b|\b(?:[1-4]|one|two|three|four)\s+days?\s+(?:out\s+of|of\s+the|su|sur|de|van\s+de|von|z)\s+(?:5|five|cinque|cinq|cinco|vijf|f(?:\u00fc|ue)nf|pi\u0119ciu|p\u011bti)\b/i;
/** A share of the week in the office ("60% of the week", "half your time in our Paris office", "80% on-site"); run only on a text with a share. */
// (s59: HYBRID_WORD knows the office's days counted with no "a week" after them, "Onsite 4 days at a client site in Crystal City":
// fewer days than the week's; not "on site 3 days a month".)
const OFFICE_SHARE = /\b(?:office|on-?site|in-person)\s+(?:attendance|presence|time)\b[^.\n]{0,20}?\b[1-9]\d?\s?%|\b(?:[1-9]\d?\s?%|half|a third|two thirds|part)\s+(?:of\s+)?(?:the\s+|your\s+)?(?:week|time)\s+(?:in|at)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:office|studio|hq|hub)\b|\b[1-9]\d?\s?%\s+(?:on-?site|in-office|in-person|office-based|(?:in (?:the )?)?office)\b/i;
const SHARE_WORD = /%|\bhalf\b|\bthirds?\b|\bpart of\b/i;
/** An office week that starts after Monday or ends before Friday ("in the office Tuesday through Thursday"). */
const OFFICE_WEEK = /\b(?:in|at|into)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:office|studio|hq|hub)\s+(?:on\s+|from\s+)?(?:(?:mon|tues|wednes|thurs)days?\s+(?:through|to|thru|-|\u2013)\s+(?:tues|wednes|thurs)days?|(?:tues|wednes|thurs)days?\s+(?:through|to|thru|-|\u2013)\s+fridays?)\b/i;
const MIDWEEK_DAY = /\b(?:tues|wednes|thurs)days?\b/i;
/**
 * (s53) The office on named weekdays or a count of times a week, said after the office: "we meet at the office every
 * Wednesday", "in the office twice a week", "from our Pearl District office Mondays and Thursdays": a week split with home.
 * (Not the whole week, "in the office Monday to Friday", nor a day of a meeting elsewhere.)
 */
const OFFICE_ON_DAYS = /\b(?:in|at|into|to|from)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:office|studio|hq|hub)\s+(?:(?:on|every)\s+)?(?:(?:mon|tues|wednes|thurs|fri)days?\b(?:\s*(?:,|and|&|\/)\s*(?:mon|tues|wednes|thurs|fri)days?\b){0,2}(?!\s*(?:through|to|thru|-|\u2013)\s*fri)|(?:twice|once|(?:[1-4]|one|two|three|four)\s+(?:days?|times))\s+(?:a|per|each|every)\s+week\b)/i;
/** (s53) The office's or the site's own word, then a count of days a week short of five: "Office-first: in at Tanjong Pagar four days a week". */
const ONSITE_FEW_DAYS = /\b(?:office[- ]first|office[- ]based|on[- ]?site|in[- ]office|in[- ]person|in\s+(?:the|our)\s+office)\b[^.\n;]{0,40}?\b(?:(?:[1-4]|one|two|three|four)\s+days?|twice|once)\s+(?:a|per|each|every)\s+week\b/i;
/** (s51) "You'll join us in person Tuesday through Thursday", "on site Monday to Thursday": a span of weekdays short of the week, in person. */
const IN_PERSON_SPAN = /\b(?:in[- ]person|on[- ]?site|in[- ]office)\s+(?:on\s+|from\s+)?(?:mon(?:day)?s?\s*(?:through|to|thru|-|\u2013)\s*(?:tue|wed|thu)\w*|(?:tue|wed|thu)\w*\s*(?:through|to|thru|-|\u2013)\s*(?:wed|thu|fri)\w*)\b/i;
/**
 * Hybrid: the word, an office schedule, a split week, a share of the week or a short office week. (Separate tests, not
 * one alternation of them: OFFICE_DAYS is compiled already, and a copy of it costs ~5 ms cold; the last two run only
 * behind a word test.)
 */
/** "in office Mon\u2013Thu", "at the hub Tue-Fri": a span of weekdays in the office short of the whole week. */
const OFFICE_SPAN = /\b(?:in|at)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:office|studio|hq|hub)\s*,?\s*(?:on\s+|from\s+)?(?:mon\w*\.?\s*(?:-|\u2013|\u2014|to|through|thru)\s*(?:tue|wed|thu)\w*|(?:tue|wed|thu)\w*\.?\s*(?:-|\u2013|\u2014|to|through|thru)\s*(?:wed|thu|fri)\w*)\b/i;
const HYBRID = {
  test: (t: string) => HYBRID_WORD.test(t) || OFFICE_SPAN.test(t) || OFFICE_DAYS.test(t) || SPLIT_WEEK.test(t) || (SHARE_WORD.test(t) && OFFICE_SHARE.test(t)) || (MIDWEEK_DAY.test(t) && IN_PERSON_SPAN.test(t)) || (MIDWEEK_DAY.test(t) && OFFICE_WEEK.test(t)),
};
// (Spanish and Portuguese "presencial"; a mine's or rig's fly-in fly-out roster, "FIFO 8/6", is on site by nature.)
// (s50: "works on campus", "an on-campus position": a university's or a company's campus; not its amenities, "on-campus parking".)
// (s55: at customers' warehouses, plants or data centres, "at our clients' sites"; a field-based job, whose work is at customers'
// places; on the shop, production or trading floor: the place of work by its nature.)
const ONSITE = /\bon[- ]campus\b(?!\s+(?:housing|parking|gym|dining|cafeteria|caf\u00e9s?|recruiting|interviews?|events?|amenities|childcare|food|shuttles?|clinic|residences?|jobs? fairs?))|\b(?:on[- ]?site|onsite|in[- ]office|in[- ]person|office[- ]based|office[- ]first|in the office|at our office|relocat(?:e|ion) to|work(?:ing)? from (?:the )?office|WFO|presencial|fly[- ]in[- ]fly[- ]out)\b|\b(?:FIFO|DIDO)\s+(?:roster|rotation|swing|role|position|basis|\d{1,2}\s*\/\s*\d{1,2})\b|\b\d{1,2}\s*\/\s*\d{1,2}\s+(?:FIFO|DIDO)\b|\b(?:on|at)\s+(?:the\s+|a\s+|our\s+)?(?:customer|client|government|partner)(?:'s|’s|s'|s’|s)?\s+(?:site|sites|premises|facility|facilities|warehouses?|plants?|data ?cent(?:er|re)s?)\b|\bfield[- ]based\b(?!\s+(?:[\w-]+\s+)?(?:teams|workers|crews|staff|employees|workforces?|reps|people|organi[sz]ations|businesses|companies|customers|users))|\b(?:on|at)\s+(?:the|our)\s+(?:shop|factory|production|manufacturing|assembly|plant|warehouse|trading)\s+floor\b|\b(?:work|based|working|sits?|sitting|located|are)\s+(?:together\s+)?(?:from|in|at|out of)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:offices?|studios?|hq|headquarters|labs?|plants?|factory|factories)\b|\b(?:in|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:office|studio|hq)\s+(?:every\s+(?:day|weekday)|daily|full[- ]time|five days)\b/i;

function workModeOf(p: Posting): WorkMode | null {
  // The header (HN's "Company | Role | Place | REMOTE" line, a board's location) says it best.
  // (A title that offers both, "Madrid (hybrid) / remote from Spain", is the header's too: remote is open to the candidate.)
  // (A board's workplace-type field, "Workplace type: Hybrid", is the header's too.)
  const header = [p.location, ...(p.fields ?? []), firstLine(p), /\bremote\b/i.test(p.title ?? '') && /\bhybrid\b/i.test(p.title ?? '') ? p.title : ''].filter(Boolean).join(' | ');
  const h = modeIn(header);
  // (s50: weeks of remote work a year, a perk, are no cue of the job's place: "up to two weeks a year working from anywhere in the US".)
  const body = p.sections.map((s) => s.text).join('\n').replace(REMOTE_WEEKS, ' ');
  // An office schedule in the text is more exact than "ONSITE" in a header, or a remote option for other roles.
  if ((OFFICE_DAYS.test(body) || OFFICE_ON_DAYS.test(body)) && h !== 'remote') return 'hybrid';
  if (h && h !== 'onsite-by-default') return h;
  const b = modeIn(body);
  // Remote only as an exception: in the office, or hybrid where the text says so.
  if (h === 'onsite-by-default') return b === 'hybrid' || HYBRID.test(body) ? 'hybrid' : 'onsite';
  // "We're remote, but this role needs someone in Denver three days a week": what is said of this role wins.
  const own = ROLE_EXCEPTION.exec(body);
  if (own) {
    const o = modeIn(own[0]);
    const mode = o === 'onsite-by-default' ? 'onsite' : (o ?? modeByCues(own[0]));
    if (mode) return mode;
  }
  return b === 'onsite-by-default' ? 'onsite' : (b ?? modeByCues(body));
}

const ROLE_EXCEPTION = /\b(?:but|however|though|although|except that)\s*,?\s+(?:for\s+)?(?:this|the)\s+(?:particular\s+|specific\s+)?(?:role|position|job|opening)\b[^.\n]*/i;

/**
 * Work mode said in prose without the usual words, read from cues in one sentence: a place of work (an office, a
 * lab, "there", "together") with how often ("twice a week": hybrid; "every day", a commute: on site), home and
 * the office split, or a job based at home ("home-based", "there is no office"). Each cue is a word test first:
 * most sentences have none.
 */
const WEEKLY = /\b(?:on|every)\s+(?:mon|tues|wednes|thurs|fri)days?\b|\b(?:mon|tues|wednes|thurs|fri)days\b|\bhalf (?:of )?(?:the|your|their) (?:week|time)\b|\b(?:twice|once|three times)\s+weekly\b|\b(?:tues|wednes|thurs)days?\s+(?:through|to|thru|-|\u2013)\s+fridays?\b|\b(?:twice|once|three times|(?:[1-4]|one|two|three|four|a few|a couple of|couple of|some|several)\s+(?:days?|times))\s+(?:a|per|each|every)\s+week\b|\b(?:mon|tues|wednes|thurs)days?\s+(?:through|to|thru|and|-|–)\s+(?:tues|wednes|thurs)days?\b/i;
const DAILY = /\b(?:every\s+(?:work\s*)?day|daily|each day|(?:five|5) days (?:a|per) week|full[- ]time (?:in|at|from)|mon(?:day)?\s*(?:through|to|thru|-|–)\s*fri(?:day)?)\b/i;
const WORKPLACE = /\b(?:office|offices|hq|headquarters|studio|lab|labs|campus|site|plant|factory|warehouse|hub|data ?cent(?:er|re)s?|facility|shop floor|in[- ]person|together|there|desk)\b/i;
const AT_HOME = /\b(?:home|wfh|remote(?:ly)?)\b/i;
// (s53: "else", German "sonst" as foreign.ts reads it: "im B\u00fcro dienstags und donnerstags, sonst von zu Hause".)
const SPLIT = /\b(?:split|between|mix|rest of the (?:week|time)|other days|the rest|otherwise|else)\b/i;
const HOME_BASED = /\bhome[- ]based\b|\b(?:(?:there is|there's|there(?:'|’)s|we have) no|never had an?|without an?) (?:physical |central |real )?(?:office|hq|headquarters)\b(?!\s+(?:politics|hours|drama))|\bonline[- ]only (?:company|team|business)\b|\bno[- ]office (?:company|team|startup|business|policy)\b|\boffice-?less (?:company|team|startup|business)\b|\blocation[- ](?:independent|agnostic)\b|\blocation\s+(?:is\s+)?(?:flexible|open)\b|\bfrom\s+(?:your|the)\s+(?:kitchen(?: table)?|couch|sofa|living room|garden|home office|bedroom|beach|cabin)\b|\b(?:don(?:'|’)t|do not) have (?:an|a physical) office\b|\bwithout an office\b|\bno office\b(?!\s+(?:politics|hours|drama|days?|visits?|time|attendance|jobs?))/i;

/** The team spread over places ("spread across nine countries"), a place to work of one's choosing, a span of time zones. */
const SPREAD = /\b(?:spread|scattered|distributed|dispersed|live|living|based|work|working|teammates|colleagues|team members|employees|engineers|people)\s+(?:\w+\s+){0,2}(?:across|over|in|spanning)\s+(?:\w+\s+){0,2}(?:countries|time ?zones|continents|states|cities)\b|\b(?:spread|scattered|dispersed|distributed)\s+(?:out\s+)?(?:across|over|around|throughout)\s+(?:the\s+(?:globe|world|continent|country|Americas|US|EU|UK)|[A-Z])/i;
const WHEREVER = /\b(?:work(?:ing)?\s+(?:from\s+)?wherever|(?:choose|pick)\s+(?:\w+\s+){0,3}(?:place|where)\s+(?:to|you)\s+work)\b/i;
const TZ_SPAN = /\b(?:UTC|GMT)\s*[+\-−–]\s*\d{1,2}\b[^.;\n]{0,20}\b(?:and|to)\s*(?:UTC|GMT)?\s*[+\-−–]\s*\d{1,2}\b/i;
/** "We're distributed", "the company is fully async". */
const WE_DISTRIBUTED = /\b(?:we(?:'|’)re|we are|the (?:team|company) is)\s+(?:a\s+)?(?:fully\s+|globally\s+|entirely\s+)?(?:distributed|async|remote-first)\b/i;
const OTHERS = /\b(?:customers?|clients?|users|partners|offices|patients|members)\b/i;
/** Coming in left to the hire: "nobody is required to come in", "office attendance is optional". */
const OFFICE_OPTIONAL = /\b(?:never|rarely|seldom)\s+(?:set foot|come in|go in|visit)\b|\b(?:nobody|no one|no-one|not)\s+(?:is\s+|are\s+)?(?:required|expected|obliged|obligated|asked|has|have|needs?)\s+to\s+(?:come in|come into the office|be in the office|commute|attend the office)\b|\b(?:office|in-office)\s+(?:attendance|visits?|days?)\s+(?:is\s+|are\s+)?(?:optional|voluntary|up to you)\b/i;
/** A field that names the place of work: "Work location: Home", "Workplace type: On-site". */
const PLACE_FIELD = /\b(?:work(?:ing)?\s*)?(?:location|place|setting|arrangement|model|style|environment|type)\s*:\s*(home|remote|anywhere|on[- ]?site|office|in[- ]office|hybrid)\b/i;
/** The whole team at one place: "the whole team works there", "everyone sits together in the studio". */
const TOGETHER_IN_PERSON = /\b(?:shoulder to shoulder|side by side|under one roof|in the same room|physically (?:present|on[- ]?site|in the office|in our|at our|in the|at the))\b/i;
const TEAM_THERE = /\b(?:everyone|whole team|entire team|all of us|we all|all our (?:engineers|staff|people))\b[^.]{0,20}\b(?:works?|sits?|is|are)\s+(?:based\s+)?(?:there|together|on[- ]?site|in (?:the|our|one) (?:office|studio|room|building))\b/i;
/** Where the hire reports: "report to the plant manager at our Monterrey facility". */
// (s54: and a place of work by its nature, "work performed at the shipyard", "based at the hangar".)
const AT_SITE = /\b(?:report(?:ing|s)?|works?|working|based|stationed|located|join(?:ing)?|(?:job|role|position) is)\b[^.]{0,40}\b(?:at|in|out of)\s+(?:our|the|an?)\s+(?:[\w-]+\s+){0,2}(?:facility|facilities|plant|factory|site|warehouse|lab|campus|depot|hospital|clinic|store|yard|shipyard|dockyard|hangar|airfield|refinery|substation|mill|mine|offices?|studio|hq|headquarters)\b/i;
/**
 * (s54) The team said to sit somewhere, with no home in the sentence: "the team sits in Lyon", "our engineers sit together in
 * the Sugar House office", "the squad is co-located at our lab"; German, French and Czech read so by foreign.ts ("Dein Team
 * sitzt in unserem B\u00fcro"). Where the team sits is where the job is.
 */
const TEAM_SITS = /\b(?:[Tt]eams?|[Ww]e|[Ee]ngineers|[Ee]veryone|[Cc]olleagues|[Ss]quad|[Cc]rew|[Ss]taff)\b[^.\n]{0,40}?\b(?:sits?|sitting|is installed|are installed|is housed|are housed|is co-?located|are co-?located)\s+(?:together\s+)?(?:in|at|out of)\s+(?:our\s+|the\s+)?(?:[A-Z]|offices?\b|premises\b|studio\b|hq\b|lab\b|building\b)/;
/**
 * (s54) A team in several time zones, with no workplace in the sentence: "we are spread over three time zones", "our team
 * works in four time zones", "rozproszony mi\u0119dzy trzema strefami czasowymi" read "distributed \u2026 time zones". Not an overlap
 * asked ("must overlap with US time zones"), nor others' ("customers across time zones").
 */
const TEAM_TIME_ZONES = /\b(?:distributed|spread|scattered|dispersed)\b[^.\n]{0,40}?\btime ?zones\b|\b(?:team|we|us|colleagues|teammates|engineers)\b[^.\n]{0,30}?\b(?:in|across|over|spanning|between)\s+(?:\S+\s+){0,2}time ?zones\b/i;
const TIME_ZONE_OVERLAP = /\b(?:overlap\w*|hours?|within|your|you(?:'|\u2019)re)\b/i;
/** "Anywhere in North America works", "anywhere within the EU". */
const ANYWHERE_IN = /\b[Aa]nywhere\s+(?:in|within|across)\s+(?:the\s+)?(?:[A-Z]|world\b|globe\b|country\b)/;
/** A place said to be open every day ("the hub is open daily"): its hours, not the job's schedule. */
const OPEN_DAILY = /\b(?:open|available|accessible|staffed)\s+(?:\w+\s+)?(?:every\s+(?:work\s*)?day|daily|each day|24\/7)\b/i;
/** A named place with a weekly schedule: "in Denver three days a week". */
const NAMED_PLACE = /\b(?:in|at|into|to)\s+(?:the\s+)?[A-Z][\w-]+/;

function modeByCues(text: string): WorkMode | null {
  if (!/week|day|daily|commut|home|office|between|across|over|wherever|where|utc|gmt|\bhq\b|:|together|there|\bat\b|\bsits?\b|sitting|installed|housed|co-?located|time ?zones|anywhere|distributed|async|shoulder|side by side|roof|same room|physical|location|from (?:your|the)\b/i.test(text)) return null;
  for (const t of text.split(/(?<=[.!?])\s+|\n+/)) {
    const field = PLACE_FIELD.exec(t);
    if (field) {
      const v = field[1]!.toLowerCase();
      return v === 'hybrid' ? 'hybrid' : /home|remote|anywhere/.test(v) ? 'remote' : 'onsite';
    }
    if (HOME_BASED.test(t) || TZ_SPAN.test(t) || OFFICE_OPTIONAL.test(t) || WE_DISTRIBUTED.test(t)) return 'remote';
    // ("Occasional travel to our Madrid office; otherwise from wherever suits you": a trip is not the place of work.)
    const rest = /\b(?:travel|trips?|visits?)\b/i.test(t) ? t.replace(/\b(?:occasional|some|regular|quarterly|monthly|annual)?\s*(?:travel|trips?|visits?)\s+to\s+[^;,.]*/gi, ' ') : t;
    if ((SPREAD.test(rest) || WHEREVER.test(rest)) && !OTHERS.test(rest) && !WORKPLACE.test(rest)) return 'remote';
    if (ANYWHERE_IN.test(rest) && !OTHERS.test(rest)) return 'remote';
    const place = WORKPLACE.test(t);
    // "The hub is open every day; engineers come in twice weekly": a place open daily is no daily schedule.
    if (DAILY.test(t) && place && !(OPEN_DAILY.test(t) && WEEKLY.test(t))) return 'onsite';
    if (WEEKLY.test(t) && (place || /\b(?:from home|wfh|come in)\b/i.test(t) || NAMED_PLACE.test(t))) return 'hybrid';
    if (place && AT_HOME.test(t) && SPLIT.test(t)) return 'hybrid';
    // The place of work named, with no schedule: on site.
    if (TEAM_THERE.test(t) || AT_SITE.test(t) || (TOGETHER_IN_PERSON.test(t) && !AT_HOME.test(t))) return 'onsite';
    if (TEAM_SITS.test(t) && !AT_HOME.test(t)) return 'onsite';
    if (TEAM_TIME_ZONES.test(rest) && !WORKPLACE.test(rest) && !OTHERS.test(rest) && !TIME_ZONE_OVERLAP.test(rest)) return 'remote';
    if (/\bcommut(?:ing|able)\s+distance\b/i.test(t) && !AT_HOME.test(t)) return 'onsite';
    if (/\bcommut/i.test(t) && place && !AT_HOME.test(t)) return 'onsite';
  }
  return null;
}

function firstLine(p: Posting): string {
  const s = p.sections[0];
  if (s?.heading?.includes('|')) return s.heading;
  const line = (s?.text ?? '').split('\n')[0] ?? '';
  return line.includes('|') ? line : '';
}

/**
 * (s59) A location field that names the office's own place, finer than the city the header line names: "Location: London
 * Bridge", "Location: Spinningfields, Manchester", "Standort: Dresden-Klotzsche", "Location: Dubai Media City" under a header of
 * "London | ...", "Manchester | ...", "Dresden | ...", "Dubai | ...": a district, a business park or a street of the city is
 * where the desk is, on site, where nothing else says the mode. The city alone ("Location: Leipzig" under "Leipzig | ...", an
 * HN "Location: SF") says where the job is, not how it is worked, and stays no mode; so do a region ("Greater London", "Bay
 * Area", "Raum Stuttgart") and a choice of places.
 */
const LOCATION_FIELD = /^[\s\u2022*-]*(?:(?:work|job|office)\s+)?(?:location|office|place of work|workplace|standort|arbeitsort|einsatzort|dienstort|lieu de travail|lieu|ubicaci\u00f3n|localiza\u00e7\u00e3o|sede|lokalizacja|miejsce pracy|arbetsort|arbeidssted|arbejdssted|sijainti)\s*:\s*([^\n]{3,80})$/gimu;
const LOCATION_NOT_ONE = /\b(?:remote|hybrid|flexible|anywhere|home|wfh|various|multiple|several|any|or|oder|ou|o|lub|nebo|greater|area|region|metro(?:politan)?|county|state|province|raum|umgebung|region\w*|n\u00e4he|near|across|within|nationwide|field)\b|\/|\+|&/iu;
function officeByLocationField(p: Posting): WorkMode | null {
  const header = firstLine(p);
  if (!header) return null;
  const cities = header.split(FIELD_SEP).map((f) => f.trim()).filter((f) => /^\p{Lu}[\p{L}.' -]{2,30}$/u.test(f));
  for (const s of p.sections) {
    for (const m of s.text.matchAll(LOCATION_FIELD)) {
      const place = m[1]!.trim().replace(/[.;]+$/, '');
      if (LOCATION_NOT_ONE.test(place) || !/^[\p{Lu}\d]/u.test(place)) continue;
      // The header's city named with more of the place beside it: a district, a park, a quarter.
      if (cities.some((c) => place !== c && new RegExp(`(?<![\\p{L}])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(place) && place.replace(c, '').replace(/[\s,-]/g, '').length >= 3)) return 'onsite';
    }
  }
  return null;
}

/**
 * Remote as an exception, not an option: "remote possible for exceptional candidates". ("Full remote possible within
 * Japan", as Japan's boards write it, offers the whole of the work from home: an option.)
 */
const REMOTE_WEAK = /(?<!\bfull(?:y)?[- ])\bremote\s+(?:(?:work\s+)?(?:is\s+)?(?:possible|considered|negotiable|may be (?:possible|considered)|(?:only\s+)?(?:for|in) (?:exceptional|rare|some|specific|certain|the right)\b[^.|\n]*))|\b(?:open to|consider(?:ing)?)\s+remote\s+(?:work\s+)?for\s+(?:the right|exceptional|an exceptional|a strong)\b[^.|\n]*|\b(?:exemptions?|exceptions?)\s+(?:\w+\s+){0,2}remote\b[^.|\n]*/gi;

// ("Mobile working up to 2 days a week": Germany's word for working away from the office, "mobiles Arbeiten".)
/**
 * (s59) Remote only for a first stretch of the job, then another mode: "Remote for the first three months, then hybrid", "fully
 * remote during probation; afterwards in the office", German "Remote in der Probezeit, danach ..." once its words are English.
 */
const REMOTE_AT_FIRST = /\b(?:(?:fully|100\s?%)\s+)?(?:remote(?:ly)?|from home|wfh|home[- ]?office)\b[^.\n;]{0,30}?\b(?:(?:during|in|for|throughout|through)\s+(?:the\s+|your\s+)?(?:first\s+(?:[\w-]+\s+){0,2}?(?:weeks?|months?)|probation(?:ary)?(?:\s+period)?|trial\s+period|onboarding(?:\s+period)?|Probezeit)|until\s+(?:the\s+end\s+of\s+)?(?:your\s+|the\s+)?(?:probation|onboarding|Probezeit))\b[^.\n]{0,12}?\b(?:then|after(?:wards)?|thereafter|danach|anschlie(?:\u00df|ss)end)\b/gi;
const REMOTE_WORDS = /remote|wfh|works? from home|telework|mobile work|working mobile|smart[- ]working|home[- ]?office|mobiles? arbeiten/i;

/** A share of the time at home, under a whole: "up to 50% work from home", "40% remote", "remote up to 60% of the time". */
// (s50: "Homeoffice bis zu 60 %", read as "Remote bis zu 60 %": the German "up to" between.)
const PART_REMOTE = /\b(?:up to\s+)?[1-9]\d?\s*%\s+(?:of\s+(?:the|your)\s+time\s+)?(?:work(?:ing)?\s+from\s+home|wfh|remote(?:ly)?|home[- ]?office|telework)\b|\b(?:remote|wfh|work(?:ing)?\s+from\s+home|home[- ]?office)\s+(?:(?:up\s+to|bis\s+zu)\s+)?[1-9]\d?\s*%(?:\s+of\s+the\s+time)?/gi;

/**
 * (s58 lead) Part of the week from home said in a word: "partly remote", "partially from home", Czech "\u010d\u00e1ste\u010dn\u011b z domova",
 * German "teilweise Homeoffice" (a line read from another language says "home" alone, "z domova" read), Polish "cz\u0119\u015bciowo zdalnie", Spanish and Portuguese "parcialmente remoto", Nordic "delvis
 * hjemmefra": a hybrid job. (Not "part-time remote", a remote job of fewer hours.)
 */
const PART_HOME = /(?<![\p{L}-])(?:partly|partially|\u010d\u00e1ste\u010dn\u011b|teilweise|cz\u0119\u015bciowo|parcialmente|parzialmente|partiellement|gedeeltelijk|deels|delvis|osittain)\s+(?:remote(?:ly)?|(?:from\s+|at\s+)?home(?:[- ]?office)?|wfh|work(?:ing)?\s+from\s+home|zdaln\p{L}*|remoto|hjemmefra|hemifr\u00e5n)(?![\p{L}])/giu;
// (s49: "Remote, with 2 days on-site per quarter in Nashville", "remote (US), with 3 days on-site in Norfolk per quarter": days a
// quarter said after the place, a remote job's visits; not a week's days, "2 days a week, with offsites each quarter".)
/** (s58) A count of days at a place, then the rest at home: "2 days you work on-site in Zwolle, otherwise from home". */
const DAYS_THEN_REST_HOME =
  /\b[1-4]\s*days?\b(?![^.\n]{0,30}\b(?:month|quarter|year)\b)[^.\n]{0,40}?\b(?:on[- ]?site|office|hq|hub|campus|studio)\b[^.\n]{0,40}?\b(?:otherwise|else|the rest(?: of the (?:week|time))?|other days)\s*,?\s*(?:from home|WFH|remote(?:ly)?|at home|home)\b/i;
const WEEK_SPLIT_ANY = /\b[1-4]\s*days?\b(?![^.\n]{0,30}\b(?:month|quarter|year)\b)[^.\n\d]{0,25}?\b(?:office|hq|hub|wfh|home|remote)\b|\b(?:office|hq|hub|wfh|home|remote)\b[^.\n\d]{0,25}?\b[1-4]\s*days?\b(?!(?:(?!\bw(?:ee)?k\b)[^.\n|]){0,40}\b(?:month|quarter|year|monthly|quarterly|yearly)\b)|\b(?:in|at|to|into)\s+(?:the\s+|our\s+)?(?:office|hq|hub|campus|studio)\b[^.\n\d]{0,30}?\b(?:twice|once|[2-4]\s*(?:x|times))\s*(?:a|per|\/|each)\s*w(?:ee)?k\b|\b(?:twice|once|[2-4]\s*(?:x|times))\s*(?:a|per|\/|each)\s*w(?:ee)?k\b[^.\n\d]{0,30}?\b(?:in|at|to|into)\s+(?:the\s+|our\s+)?(?:office|hq|hub|campus|studio)\b/i;

/** (s61) Home or remote so many times a week, in either order: "work from home twice a week", "once a week remote". */
const HOME_TIMES = /\b(?:wfh|work(?:ing)?\s+(?:from|at)\s+home|from\s+home|remote(?:ly)?|home[- ]?office)\s+(?:up\s+to\s+)?(?:once|twice|[2-4]\s*(?:x|times)|three\s+times)\s*(?:a|per|each|every|\/)\s*w(?:ee)?k\b|\b(?:once|twice|[2-4]\s*(?:x|times)|three\s+times)\s*(?:a|per|each|every|\/)\s*w(?:ee)?k\s+(?:wfh|(?:working\s+)?from\s+home|at\s+home|remote(?:ly)?)\b/i;
/** (s61) A hybrid week's split, then the rest of it at home: "hybrid , remote otherwise", "hybrid; the rest of the week from home". */
const REST_REMOTE = /\bhybrid\b[^.\n]{0,12}?(?:\b(?:remote(?:ly)?|from\s+home|wfh|at\s+home|home)\s+(?:otherwise|the\s+rest(?:\s+of\s+the\s+(?:week|time))?|(?:on\s+)?(?:the\s+)?other\s+days)|\b(?:otherwise|else|the\s+rest(?:\s+of\s+the\s+(?:week|time))?|(?:on\s+)?(?:the\s+)?other\s+days)\s*,?\s*(?:remote(?:ly)?|from\s+home|wfh|at\s+home|home))\b/i;

/**
 * Japan's "remote allowed", "\u30ea\u30e2\u30fc\u30c8\u53ef", "\u30ea\u30e2\u30fc\u30c8OK", "\u30ea\u30e2\u30fc\u30c8\u53ef\u80fd\uff08\u51fa\u793e\u4e0d\u8981\uff09" (s48); not a board's yes/no field,
 * "\u30ea\u30e2\u30fc\u30c8\u53ef\u5426", nor a part of the work, "\u4e00\u90e8\u30ea\u30e2\u30fc\u30c8\u53ef", nor refused, "\u30ea\u30e2\u30fc\u30c8\u4e0d\u53ef".
 */
const JA_REMOTE_OK = /(?<!\u4e00\u90e8\s?)\u30ea\u30e2\u30fc\u30c8(?:\u30ef\u30fc\u30af)?\s?(?:\u53ef\u80fd|\u53ef(?!\u5426)|OK)/;

/**
 * (s50) Weeks of remote work a year, a perk of an office job: "up to four weeks a year working remotely from anywhere", "four
 * weeks of remote work per year", "work from anywhere for 3 weeks annually". Not the job's mode: the clause is dropped
 * before remote is looked for. ("Remote, with a week in Lisbon each year" is a remote job's visit: weeks at a place, not
 * weeks of remote work.)
 */
const REMOTE_WEEKS = /\b(?:up to\s+)?(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve|a few|a couple of)\s+weeks?\s+(?:(?:a|per|each|every)\s+(?:calendar\s+)?year|annually|yearly)\b[^.;\n]{0,50}?\b(?:remote(?:ly)?|from anywhere|(?:from|at) home|wfh|workation)\b[^.;\n]*|\b(?:up to\s+)?(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve|a few|a couple of)\s+weeks?\s+(?:of\s+)?(?:remote(?:ly)?|work(?:ing)?\s+(?:remotely|from\s+(?:anywhere|home))|wfh|workation)(?:\s+work(?:ing)?)?\s+(?:(?:a|per|each|every)\s+(?:calendar\s+)?year|annually|yearly)\b[^.;\n]*|\b(?:remote(?:ly)?|from anywhere|wfh|workation)\b[^.;\n]{0,30}?\b(?:for\s+)?(?:up to\s+)?(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve|a few|a couple of)\s+weeks?\s+(?:(?:a|per|each|every)\s+(?:calendar\s+)?year|annually|yearly)\b[^.;\n]*/gi;

function modeIn(given: string): WorkMode | 'onsite-by-default' | null {
  // (s57: a line read from another language keeps its length, its English words padded with spaces ("op 2 days              ,
  // otherwise from home"): one space stands for a run, so the distances the patterns below allow are counted in words.)
  const written = given.replace(/[^\S\n]{2,}/g, ' ');
  const text = /weeks?/i.test(written) ? written.replace(REMOTE_WEEKS, ' ') : written;
  // (s48: "Remote possible 2 days per week" is days at home each week, hybrid, not remote as an exception.)
  const weak = REMOTE_WEAK.test(REMOTE_WORDS.test(text) ? text.replace(HOME_DAYS, ' hybrid ') : text);
  REMOTE_WEAK.lastIndex = 0;
  let clean = text;
  // Remote or hybrid said of others' work: "we help hybrid and remote teams …", "our customers' field crews work remotely".
  if (/hybrid|remote|distributed/i.test(clean)) {
    clean = clean.replace(OTHERS_MODE, ' ');
    if (LETS_VERB.test(clean)) clean = clean.replace(PRODUCT_LETS, ' ');
  }
  // (These four each need "remote", "wfh" or "work from home": a text without them skips them.)
  if (/in[- ]person/i.test(clean)) clean = clean.replace(MEETUPS, ' ');
  // (s53: home work or a hybrid week refused, "WFH is not possible", "no hybrid option": on site.)
  if (/wfh|from home|home[- ]?office|home[- ]working|hybrid/i.test(clean)) clean = clean.replace(HOME_NEG, ' on-site ').replace(HYBRID_NEG, ' on-site ');
  clean = clean.replace(PART_HOME, ' hybrid ');
  // (s61 tune: home office once the onboarding is done, after on site: hybrid.)
  if (/onboarding|induction|probation|einarbeitung|probezeit/i.test(clean)) clean = clean.replace(new RegExp(AFTER_ONBOARDING.source, 'gi'), ' hybrid ');
  if (REMOTE_WORDS.test(text)) {
    // "Remote: …" is a label for what follows, not a mode.
    clean = clean
      // (s48: the days at home read before "remote possible" is dropped as an exception: "Remote possible 2 days per week".)
      .replace(HOME_DAYS, ' hybrid ')
      .replace(new RegExp(REMOTE_NOT_MODE.source, 'gi'), ' ')
      .replace(REMOTE_WEAK, ' ')
      // A government board's yes/no fields: "Remote job: No", "Telework eligible: Yes—as determined by the agency policy" (some
      // days from home: hybrid), "Telework eligible: No".
      .replace(/^[ \t]*(?:remote|telework)(?:\s+(?:job|work|position|role|eligible|eligibility|available))?\s*:\s*no\b.*$/gim, ' on-site ')
      .replace(/^[ \t]*telework(?:\s+(?:eligible|eligibility|available))?\s*:\s*yes\b.*$/gim, ' hybrid ')
      .replace(/^\s*remote\s*:/gim, ' ')
      // (s59: remote only for a first stretch, then another mode, "Remote for the first three months, then hybrid two days a week",
      // "Remote in der Probezeit, danach hybrid", read "Remote in the Probezeit, danach hybrid": the mode after it is the job's.)
      .replace(REMOTE_AT_FIRST, ' then ')
      // (s59: home days with no count, in a line that names the week's split, "Hybrid with flexible WFH days", Danish
      // "hjemmearbejdsdage" read "WFH days": days at home in a week, hybrid, not a remote job.)
      .replace(/\b(?:wfh|work(?:ing)?[- ]from[- ]home|home[- ]?office|remote)[- ]days?\b/gi, ' hybrid ')
      // A job board's "Hybrid remote in Austin, TX" (Indeed's work location) is a hybrid job, not a choice of the two.
      .replace(/\bhybrid[- ]remote\b(?!\s*(?:or|\/|,))/gi, ' hybrid ')
      .replace(/\b(?:wfh|work from home|remote)\s+(?:on\s+)?(?:mon|tue|wed|thu|fri)\w*/gi, ' hybrid ')
      // (s57: and the weekday first, "Fridays remote", "Mondays from home": one day of the week away from the office.)
      .replace(/\b(?:mon|tues|wednes|thurs|fri)days?\s+(?:(?:are|is|in)\s+)?(?:remote(?:ly)?|from\s+home|at\s+home|WFH)\b/gi, ' hybrid ')
      .replace(HOME_SOMETIMES, ' hybrid ')
      .replace(HOME_DAYS, ' hybrid ')
      .replace(HOME_EXCEPT, ' hybrid ')
      // "Up to 50% work from home", "40% remote": part of the time at home is a hybrid job.
      .replace(PART_REMOTE, ' hybrid ');
  }
  // "1 day remote per week", "2 days from home": a schedule, not a remote job. (Tested first: most texts have none,
  // and OFFICE_DAYS is compiled already, where its global copy would be compiled for a replacement that changes nothing.)
  // With days in the office asked, "hybrid-remote" names the hybrid mode ("Hybrid-remote: two days a week in our hub").
  if (OFFICE_DAYS.test(clean)) clean = clean.replace(new RegExp(OFFICE_DAYS.source, 'gi'), ' hybrid ').replace(/\bhybrid[- ]remote\b/gi, ' hybrid ');
  // (s44: a count of days beside the office or home in either order, as a line in another language reads once its words
  // are English: "heti 2 nap iroda" as "/wk 2 day hq", "im B\u00fcro an drei Tagen" as "office an 3 days". Not days a month or a quarter.)
  // (s60: and times a week, as foreign.ts reads Czech "Do kancel\u00e1\u0159e v Hole\u0161ovic\u00edch dvakr\u00e1t t\u00fddn\u011b": "in office v Hole\u0161ovic\u00edch twice /wk".)
  // (s61: times a week at home, "Work from home twice a week", "WFH once per week": a hybrid week, as days at home are; and the
  // rest of a week split with the office, "Twice a week in our office, remote otherwise", "..., otherwise remote": the home part
  // of that week, not a remote job.)
  if (HOME_TIMES.test(clean)) clean = clean.replace(new RegExp(HOME_TIMES.source, 'gi'), ' hybrid ');
  if (WEEK_SPLIT_ANY.test(clean)) clean = clean.replace(new RegExp(WEEK_SPLIT_ANY.source, 'gi'), ' hybrid ');
  if (/hybrid/i.test(clean) && REST_REMOTE.test(clean)) clean = clean.replace(new RegExp(REST_REMOTE.source, 'gi'), (m) => (/hybrid/i.test(m) ? ' hybrid ' : m));
  // (s58: days at a place, then the rest of the week at home, with words between, "On 2 days you work on-site in Zwolle,
  // otherwise from home", as foreign.ts reads "Op maandag en woensdag werk je op kantoor in Zwolle, de rest van de week thuis".)
  if (DAYS_THEN_REST_HOME.test(clean)) clean = clean.replace(new RegExp(DAYS_THEN_REST_HOME.source, 'gi'), ' hybrid ');
  if (weak && !REMOTE.test(clean)) return HYBRID.test(clean) ? 'hybrid' : 'onsite-by-default';
  const negated = REMOTE_NEG.test(clean);
  const positiveRemote = (() => {
    if (!negated) return REMOTE.test(clean);
    const stripped = clean.replace(new RegExp(REMOTE_NEG.source, 'gi'), ' ');
    return REMOTE.test(stripped);
  })();
  const hybrid = HYBRID.test(clean);
  const onsite = ONSITE.test(clean) || negated;
  // "Hybrid or Remote", "Remote/hybrid": remote is open to the candidate.
  if (positiveRemote) return 'remote';
  // (s48: Japan's "remote allowed" is the whole week from home where the text asks no days at the office, "\u9031N\u51fa\u793e".)
  if (JA_REMOTE_OK.test(clean) && !hybrid) return 'remote';
  if (hybrid) return 'hybrid';
  // (s53: an office's own word with fewer days a week than five, or the office on named days: a week split with home.)
  if (onsite && !negated && (ONSITE_FEW_DAYS.test(clean) || OFFICE_ON_DAYS.test(clean))) return 'hybrid';
  if (onsite) return 'onsite';
  return null;
}

/* ---------- salary ---------- */

// (PHP, the peso's code, is in since s44: "PHP 8" or "PHP 7 - 8", a language's versions, are far below a month's pay in pesos
// (MONTHLY_BELOW) and are dropped as pay, like any amount too small for its period.)
const CODES = 'ISK|USD|CAD|EUR|GBP|AUD|NZD|CHF|SEK|NOK|DKK|PLN|INR|SGD|JPY|CZK|HUF|ILS|BRL|MXN|ZAR|HKD|KES|NGN|THB|MYR|IDR|VND|COP|CLP|ARS|PEN|TRY|AED|SAR|QAR|KRW|TWD|CNY|RON|UAH|EGP|PHP|PKR|BDT|LKR|KZT|GEL|RSD|BGN|MAD|GHS|UGX|TZS|UYU|CRC|DOP|BHD|KWD|OMR';
// (Malaysia's ringgit "RM 8,000"; the won, lira, shekel, baht and naira by their signs.)
// (s44: a dollar or peso sign with its country's letters: Uruguay's "$U", the Dominican "RD$", "MX$", "AR$", "COL$"; Costa Rica's colón.)
const SYMBOL = String.raw`(?:\$U(?=\s?\d)|U\$|RD\$|MX\$|Mex\$|AR\$|COL\$|CLP\$|\u20a1|NT\$|\u20b1|S\/(?=\s?\d)|US\$|USD\s?\$|CA\$|C\$|CAD\s?\$|A\$|AU\$|NZ\$|S\$|HK\$|R\$|RM(?=\s?\d)|Rp\.?(?=\s?\d)|\$|\u00a3|\u20ac|\u00a5|\u20b9|\u20a9|\u20ba|\u20aa|\u0e3f|\u20a6)`;
// "28,00,000": India groups lakhs and crores in twos above the thousands.
// (A thousand's "k" or a million's "m" is no code's or sign's first letter: "105,000 MXN", "180,000 KES", "80 000 K\u010d".)
// (s52: thousands said by a letter or a word other than "k", before the currency: "70\u201382 T\u20ac", "85 TEUR", "60 Tsd. \u20ac", "15 tys. z\u0142",
// "90 tis. K\u010d".)
const AMOUNT = String.raw`(\d{1,2}(?:,\d{2}){1,3},\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[,.\s '\u2019]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?)\s?(\+?[kK](?![A-Za-z\u00c0-\u024f])|[mM](?![A-Za-z\u00c0-\u024f])|T(?=\s?(?:\u20ac|CHF)|EUR\b)|Tsd\.?(?=\s?(?:\u20ac|EUR|CHF))|tys\.?(?=\s?(?:z\u0142|PLN))|tis\.?(?=\s?(?:K\u010d|CZK)))?`;
// Signs written after the amount, as Central Europe writes its money ("24 000 z\u0142", "70 000 K\u010d", "900 000 Ft", "12 000 lei"),
// and South Africa's rand before it when its thousands are grouped ("R45 000"; a lone "R 4" is no pay).
// (s48: the euro by its name after the amount, "tra 50.000 e 62.000 euro", "45.000 euros brutos".)
// (s60 lead: Bulgaria's lev, "6 000 \u043b\u0432.".)
const SIGN_AFTER = String.raw`(?:z\u0142|K\u010d|Ft|lei|kr\.?|TL|[Ee]uros?)(?![A-Za-z\u00c0-\u024f])|\u043b\u0432\.?|\u20b4|\u20ab|\u20b1`
  // (s61: Ukraine's hryvnia by its short name, "80 000 \u0433\u0440\u043d"; Estonian "eurot", the euro after a number.)
  + String.raw`|\u0433\u0440\u043d\.?|eurot(?![A-Za-z\u00c0-\u024f])`;
const MONEY = new RegExp(
  String.raw`(?:(${CODES})\s?)?(${SYMBOL}|(?<![A-Za-z])R(?=\s?\d{1,3}[ ,\u00a0]\d{3}(?!\d)|\d{1,3}(?:[.,]\d{1,2})?\s?[kKmM](?![A-Za-z])))?\s?` + AMOUNT + String.raw`(?:\s?(${CODES}|${SYMBOL.replace(/\\\$\|/, '')}|${SIGN_AFTER}))?`,
  'g',
);

interface Money {
  value: number;
  currency: string | null;
  start: number;
  end: number;
  k: boolean;
  big: boolean;
  /** Named by a code or a symbol only one currency uses (not a bare "$"). */
  sure: boolean;
}

function currencyOf(code: string | undefined, sym: string | undefined): string | null {
  if (code) return code.toUpperCase();
  if (!sym) return null;
  const s = sym.replace(/\s/g, '');
  if (s === '£') return 'GBP';
  if (s === '€') return 'EUR';
  if (s === '¥') return 'JPY';
  if (s === '₹') return 'INR';
  if (/^(?:CA\$|C\$|CAD\$)$/.test(s)) return 'CAD';
  if (/^(?:A\$|AU\$)$/.test(s)) return 'AUD';
  if (s === 'NZ$') return 'NZD';
  if (s === 'S$') return 'SGD';
  if (s === 'HK$') return 'HKD';
  // (Taiwan's dollar, "NT$70,000"; the Philippine peso before the amount, "\u20b1120,000".)
  if (s === '$U' || s === 'U$') return 'UYU';
  if (s === 'RD$') return 'DOP';
  if (s === 'MX$' || s === 'Mex$') return 'MXN';
  if (s === 'AR$') return 'ARS';
  if (s === 'COL$') return 'COP';
  if (s === 'CLP$') return 'CLP';
  if (s === '\u20a1') return 'CRC';
  if (s === 'NT$') return 'TWD';
  // (Peru's sol, "S/ 8,000".)
  if (s === 'S/') return 'PEN';
  if (s === '\u20b1') return 'PHP';
  // (Brazil's real: "R$ 14.000".)
  if (s === 'R$') return 'BRL';
  if (s === 'RM') return 'MYR';
  if (/^Rp\.?$/.test(s)) return 'IDR';
  if (s === '\u20a9') return 'KRW';
  if (s === '\u20ba') return 'TRY';
  if (s === '\u20aa') return 'ILS';
  if (s === '\u0e3f') return 'THB';
  if (s === '\u20a6') return 'NGN';
  if (s === 'R') return 'ZAR';
  if (/^euros?$/i.test(s)) return 'EUR';
  if (s === 'z\u0142') return 'PLN';
  if (s === 'K\u010d') return 'CZK';
  if (s === 'Ft') return 'HUF';
  if (s === 'lei') return 'RON';
  if (/^\u043b\u0432\.?$/.test(s)) return 'BGN';
  if (s === 'TL') return 'TRY';
  // (The crown: Sweden's unless the posting is Norway's or Denmark's, salaryOf.)
  if (/^kr\.?$/.test(s)) return 'SEK';
  if (s === '\u20b4') return 'UAH';
  if (/^\u0433\u0440\u043d\.?$/.test(s)) return 'UAH';
  if (s === 'eurot') return 'EUR';
  if (s === '\u20ab') return 'VND';
  if (s === '\u20b1') return 'PHP';
  return 'USD';
}

function parseAmount(raw: string): number {
  const t = raw.replace(/[\s '’]/g, '');
  // "70.000" and "150,000": thousands separators; "1.5" a decimal.
  if (/^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/.test(t)) {
    const dec = /[.,](\d{1,2})$/.exec(t);
    const body = dec ? t.slice(0, -dec[0].length) : t;
    return Number(body.replace(/[.,]/g, '')) + (dec ? Number('0.' + dec[1]) : 0);
  }
  return Number(t.replace(/,/g, ''));
}

function moneyIn(text: string): Money[] {
  const out: Money[] = [];
  MONEY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MONEY.exec(text))) {
    const [whole, preCode, sym, amount, mult, post] = m;
    if (!amount) continue;
    const postCode = post && new RegExp(`^(?:${CODES})$`).test(post) ? post : undefined;
    const postSym = post && !postCode ? post : undefined;
    // "95 000 $": a dollar sign after the amount is how French Canada writes its dollars.
    const currency = !preCode && !postCode && !sym && postSym?.trim() === '$' ? 'CAD' : currencyOf(preCode ?? postCode, sym ?? postSym);
    let value = parseAmount(amount);
    const k = /k|^t/i.test(mult ?? '');
    const big = /m/i.test(mult ?? '') || /^\s*(?:million|billion|mm|bn|b\b)/i.test(text.slice(m.index + whole.length));
    if (k) value *= 1000;
    // ("7M\u201310M JPY", "KRW 70M \u2013 95M": millions, where a year's pay runs to millions.)
    if (/m/i.test(mult ?? '')) value *= 1e6;
    // Trim the match to the amount: "401k" has no currency and is dropped below.
    const sure = Boolean(preCode ?? postCode) || Boolean(sym && sym.trim() !== '$') || Boolean(postSym && postSym.trim() !== '$');
    out.push({ value, currency, start: m.index, end: m.index + whole.length, k, big, sure });
    if (whole.length === 0) MONEY.lastIndex++;
  }
  return out;
}

// (And in the other languages postings are written in: "Sal\u00e1rio", "Sueldo", "Salaire", "(Mindest)gehalt", "brutto".)
// (s55: gross in French, Italian and Czech too, "2 100 \u20ac brut mensuel", "2.300 \u20ac lordi", "Od 80 000 K\u010d hrub\u00e9ho m\u011bs\u00ed\u010dn\u011b".)
const PAY_WORDS = /\b(?:salary|salaries|compensation|comp\b|ctc\b|pay|paid|base|ote|range|rate|wage|per (?:year|annum|hour)|annual|yearly|hourly|\/\s?(?:yr|year|hr|hour|h)\b|total comp|tc\b|package|earn|sal[a\u00e1]ri[oa]s?|sueldo|salaire|pago|pagamento|r[e\u00e9]mun[e\u00e9]ra\w*|retribuci\w+|verg\u00fctung|brutto|bruto|brut|brute|lordi|lordo|hrub(?:\u00e9ho|\u00e1|\u00e9|\u011b|ou|\u00fd)|stipendio|wynagrodzenie|l\u00f6n|l\u00f8n|gaji|l\u01b0\u01a1ng|salariu|mzda|plat|tarief|tarif|tarifa|stawka|stundenlohn|tagessatz|laun|(?:maand|jaar|bruto)?loon|maandsalaris|jaarsalaris|m\u00e5nadsl\u00f6n|m\u00e5nedsl\u00f8n|maa\u015f|ma\u00e2\u015f)|\w*gehalt\b|(?:^|[^A-Za-z\u00c0-\u024f])(?:\u00e5rsl\u00f6n|\u00e5rsl\u00f8nn)|\+\s*super(?:annuation)?\b|\bRAL\b/i;
const NOT_PAY = /\b(?:raised|raising|funding|funded|seed|series [a-e]|revenue|arr\b|mrr\b|run[- ]rate|valuation|valued|investors?|investment|grant|backed|customers|gmv|saved|processed|transactions?|budget|stipend|allowance|bonus|reimburse|credits?|learning (?:and development )?(?:budget|stipend|allowance|fund)|budget|contract value|market|deals?|loans?|assets|aum|donat|prize|reward|referral|signing|relocation|hra|hsa|fsa|fertility|family[- ]building|wellness|well-?being|gym|fitness|tuition|home[- ]office|commuter|childcare|pension|coworking|per diem|pricing|priced at|plans? (?:start|starting|begin|from)|subscriptions?|per (?:seat|user))\b|\b401\s?\(?k\b/i;

/** The currency a posting's bare amounts are in: one it names elsewhere, else dollars where it names a US place. */
function impliedCurrency(text: string): string | null {
  for (const m of moneyIn(text)) if (m.currency) return m.currency;
  if (/\b(?:USA|U\.S\.A?\.?|US|United States|San Francisco|New York|NYC|Seattle|Boston|Austin|Denver|Chicago|Los Angeles)\b/.test(text)) return 'USD';
  return null;
}

/** Places (and Australia's "+ super") that make a bare dollar another country's. */
const DOLLAR_PLACES: ReadonlyArray<[string, RegExp]> = [
  // (s59 lead: and a town with its state's code, "Ballarat, VIC", "Belconnen ACT", and Australia's regional cities.)
  ['AUD', /\b(?:Australia|Australian|NSW|QLD|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Hobart|Darwin|Gold Coast|Geelong|Ballarat|Bendigo|Wollongong|Townsville|Cairns|Toowoomba|Launceston|superannuation)\b|\+\s*super\b|[A-Z][a-z]+,?\s+(?:VIC|ACT|TAS)\b/],
  ['CAD', /\b(?:Canada|Canadian|Toronto|Vancouver|Montr[e\u00e9]al|Ottawa|Calgary|Edmonton|Winnipeg|Halifax)\b|,\s*(?:ON|BC|QC|AB|MB|NS)\b/],
  // ("Wellington", "NZ citizenship": New Zealand's too.)
  // (s60 lead: Latin America's pesos written with "$": Chile's, Colombia's and Mexico's, where the posting names the country.)
  ['CLP', /\b(?:Chile|Valpara\u00edso|Vi\u00f1a del Mar|Antofagasta)\b/],
  ['COP', /\b(?:Colombia|Bogot\u00e1|Medell\u00edn|Barranquilla|Bucaramanga)\b/],
  ['MXN', /\b(?:M\u00e9xico|(?<!New )Mexico|CDMX|Monterrey|Guadalajara, Jal|Quer\u00e9taro)\b/],
  ['NZD', /\b(?:New Zealand|Aotearoa|Auckland|Christchurch|Wellington|Dunedin|Tauranga|Queenstown|NZ)\b/],
];
/** A town with a US state's code: "Austin, TX". */
const US_TOWN = /[A-Z][a-z]+,\s*(?:AL|AZ|CA|CO|CT|DC|FL|GA|IL|IN|MA|MD|MI|MN|MO|NC|NJ|NY|OH|OR|PA|TN|TX|UT|VA|WA|WI)\b/;
/** The dollar a posting's place pays in, where it names one such country only and no US place; else null. */
function localDollar(text: string): string | null {
  // (Superannuation is Australia's alone: "Perth, WA … $170k + super" is not Washington's.)
  if (/\+\s*super(?:annuation)?\b|\bsuperannuation\b/i.test(text)) return 'AUD';
  const hits = DOLLAR_PLACES.filter(([, re]) => re.test(text));
  // (Remote across North America or the Americas: the region is wider than the country, the dollar stays as written.)
  if (hits.length !== 1 || impliedCurrency(text.replace(/\$/g, ' ')) === 'USD' || US_TOWN.test(text) || /\b(?:North America|the Americas)\b/.test(text)) return null;
  return hits[0]![0];
}

const DIGIT = /\d/;
/** Fields of a header line: "Acme | Engineer | SF | $150k", "Infra Engineer @ Acme — SF, in person — 160-200k + equity". */
const FIELD_SEP = /\||\s[\u2014\u2013\u00b7\u2022]\s/g;
/** Whether the amount at `at` opens a field of a line of three fields or more. */
function headerFieldAt(line: string, at: number): boolean {
  let fields = 1;
  let lastEnd = 0;
  for (const m of line.matchAll(FIELD_SEP)) {
    fields++;
    if (m.index < at) lastEnd = m.index + m[0].length;
  }
  return fields >= 3 && lastEnd > 0 && /^\s*$/.test(line.slice(lastEnd, at));
}
/** Between the two ends of a range: a dash or a word, after the first end's period if it has one. */
// (s48: "tussen \u20ac4.600 en \u20ac6.100", "entre 4 000 \u20ac et 5 200 \u20ac", "zwischen 60.000 und 70.000 \u20ac", "R$ 11.000 e R$ 14.000", "van
// \u20ac4.500 tot \u20ac6.200": the joiner of a range in Dutch, French, German, Portuguese and Italian.)
// (s52: "od 60 000 do 80 000 K\u010d", "45 000 till 55 000 kr": Czech, Polish and Swedish.)
// (s58 lead: Romanian "\u00eentre 9.000 \u0219i 12.000 RON", with the comma-below \u0219 or the cedilla \u015f older keyboards type.)
const RANGE_JOIN = /^\s*(?:(?:\/\s?|per\s+|an?\s+)(?:yr|year|annum|hr|hour|h|mo|month)\.?\s*)?(?:-|–|—|to|and|through|~|a|\u00e0|at\u00e9|bis|al|hasta|y|en|et|&|und|e|tot|do|till|\u0219i|\u015fi)\s*$/i;
/** A line that speaks in lakhs, and its amount or range: "₹28–40 LPA", "18 - 24 Lakhs", "INR 12L to 15L p.a.". */
// (s60 lead: the word ends where no letter follows, accented ones too: "$3.400.000 l\u00edquidos" (net, Spanish) is no lakh.)
const LAKH_WORD = /\b(?:LPA|lakhs?|lacs?|\d+(?:\.\d+)?\s?L)(?![A-Za-z\u00c0-\u024f])/i;
const LAKHS = /(?:(?:INR|Rs\.?|\u20b9)\s?)?(\d{1,3}(?:\.\d{1,2})?)\s?(?:L|lakhs?|lacs?|LPA)?(?:\s*(?:-|\u2013|\u2014|to)\s*(?:(?:INR|Rs\.?|\u20b9)\s?)?(\d{1,3}(?:\.\d{1,2})?))?\s?(?:LPA|lakhs?|lacs?|L)(?![A-Za-z\u00c0-\u024f])/i;
/** The same in crores (ten million rupees): "CTC: \u20b91.2\u20131.6 Cr", "INR 1 to 1.5 crore". */
const CRORE_WORD = /\d\s?(?:Cr\b|crores?\b)/i;
const CRORES = /(?:(?:INR|Rs\.?|\u20b9)\s?)?(\d{1,2}(?:\.\d{1,2})?)\s?(?:Cr|crores?)?(?:\s*(?:-|\u2013|\u2014|to)\s*(?:(?:INR|Rs\.?|\u20b9)\s?)?(\d{1,2}(?:\.\d{1,2})?))?\s?(?:Cr|crores?)\b/i;
/** Just before an amount, a floor: "starting at", "starts at", "begins at". */
const STARTS_AT = /\b(?:starting (?:at|from)|starts? (?:at|from)|begins? at)\s*$/i;

/** Ten thousand of won or yen ("만원", "万円"), or of yuan ("万元"), New Taiwan dollars ("萬"). */
// (s50: "\u6708\u85aa\uff1a2.5\u4e07-4\u4e07", "\u5e74\u85aa\uff1a40-60\u4e07": a bare \u4e07 after China's pay label is ten thousand yuan.)
const MAN_UNIT = /\d\s?(?:\ub9cc\s?\uc6d0|\u4e07\u5186|\u4e07\u5143|\u842c\u5143?|\u4e07(?=\s?(?:RMB|CNY|\u4eba\u6c11\u5e01))|\u4e07(?<=(?:\u6708\u85aa|\u5e74\u85aa|\u85aa\u8d44|\u85aa\u8cc7|\u85aa\u916c|\u5de5\u8d44|\u5f85\u9047)[^\n]{0,16}))/u;
/**
 * (s54) Korea's hundred millions, "\uc5b5" (10^8 won), and thousands of ten thousands, "\ucc9c\ub9cc": "1\uc5b5 2,000\ub9cc", "1\uc5b5 4\ucc9c\ub9cc", "1\uc5b5 \uc6d0",
 * "7\ucc9c\ub9cc \uc6d0" written as ten thousands ("12,000\ub9cc", "14,000\ub9cc", "10,000\ub9cc \uc6d0", "7,000\ub9cc \uc6d0"), which manInLine then reads. ("\uc5b5" alone
 * reads 20,000,000 for "1\uc5b5 2,000\ub9cc" where the ten thousands after it are taken for the whole.)
 */
const EOK = /(\d{1,3}(?:\.\d{1,2})?)\s?\uc5b5(?:\s?(\d{1,2},\d{3}|\d{1,4})\s?(\ucc9c)?\s?\ub9cc)?|(?<![\d,.])(\d)\s?\ucc9c\s?\ub9cc/gu;
const EOK_SAID = /\d\s?(?:\uc5b5|\ucc9c\s?\ub9cc)/u;
const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(?:\d{3})+(?!\d))/g, ',');
function eokInLine(line: string): string {
  return line.replace(EOK, (_m, eok?: string, man?: string, thousand?: string, alone?: string) =>
    alone !== undefined ? `${grouped(Number(alone) * 1000)}\ub9cc` : `${grouped(Number(eok) * 10000 + (man ? Number(man.replace(/,/g, '')) * (thousand ? 1000 : 1) : 0))}\ub9cc`,
  );
}

/**
 * (s54) Pay in whole yen, yuan or won after a label that names its period: "\u6642\u7d66 1,400\u5186\u301c1,700\u5186" (an hour), "\u65e5\u85aa 800-1200\u5143" (a day),
 * "\u6708\u7d66 280,000\u5186", "\uc6d4\uae09 350\ub9cc" (ten thousands, manInLine's). The unit after the top alone stands for both ends of a range.
 */
const CJK_PAY_LABEL: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  ['hour', /\u6642\u7d66|\u65f6\u85aa|\u6642\u85aa|\uc2dc\uae09/u],
  ['day', /\u65e5\u7d66|\u65e5\u85aa|\u65e5\u5f53|\uc77c\uae09|\uc77c\ub2f9/u],
  ['month', /\u6708\u7d66|\u6708\u85aa|\u6708\u53ce|\uc6d4\uae09/u],
  ['year', /\u5e74\u53ce|\u5e74\u85aa|\u5e74\u4ff8|\uc5f0\ubd09/u],
];
const CJK_WHOLE = /(\d{1,3}(?:,\d{3})+|\d{2,7})\s?(?:[\u5186\u5143\uc6d0]\s?)?[-~\u301c\uff5e\u2013\u2014]\s?(\d{1,3}(?:,\d{3})+|\d{2,7})\s?([\u5186\u5143\uc6d0])|(\d{1,3}(?:,\d{3})+|\d{2,7})\s?([\u5186\u5143\uc6d0])/u;
function cjkWholeInLine(line: string): string {
  const label = CJK_PAY_LABEL.find(([, re]) => re.test(line));
  if (!label) return line;
  return line.replace(CJK_WHOLE, (_m, a?: string, b?: string, unit?: string, c?: string, unit2?: string) => {
    const u = (unit ?? unit2)!;
    const code = u === '\u5186' ? 'JPY' : u === '\u5143' ? 'CNY' : 'KRW';
    const n = (x: string) => x.replace(/,/g, '');
    return a !== undefined ? ` ${code} ${n(a)} - ${n(b!)} per ${label[0]} ` : ` ${code} ${n(c!)} per ${label[0]} `;
  });
}

/** A line's sums in ten thousands written out in full, with their currency's code and the period the line names. */
function manInLine(line: string): string {
  const full = (n: string) => String(Math.round(Number(n.replace(/,/g, '')) * 1e4));
  const period = /\uc6d4\uae09|\uc6d4\s?\uc5f0\ubd09|\u6708\u7d66|\u6708\u53ce|\u6708\u85aa|\u6708\u859b/u.test(line) ? ' per month' : /\uc5f0\ubd09|\u5e74\u53ce|\u5e74\u4ff8|\u5e74\u85aa|\u5e74\u859b/u.test(line) ? ' per year' : '';
  return line.replace(
    /(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(?:(\ub9cc\s?\uc6d0|\ub9cc|\u4e07\u5186|\u4e07\u5143|\u842c\u5143?|\u4e07)\s?)?(\s*[-~\u301c\uff5e\u2013\u2014]\s*)(?:[\u20a9\u00a5]|NT\$)?\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(\ub9cc\s?\uc6d0|\u4e07\u5186|\u4e07\u5143|\u842c\u5143?|\u4e07)|(\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?(\ub9cc\s?\uc6d0|\u4e07\u5186|\u4e07\u5143|\u842c\u5143?|\u4e07(?=\s?(?:RMB|CNY|\u4eba\u6c11\u5e01)))(\s?(?:\uc774\uc0c1|\u4ee5\u4e0a))?/gu,
    (_m, a?: string, _u1?: string, _dash?: string, b?: string, unit?: string, c?: string, unit2?: string, floor?: string) => {
      const u = (unit ?? unit2)!;
      const code = /\ub9cc/u.test(u) ? 'KRW' : /\u5186/u.test(u) ? 'JPY' : /\u842c/u.test(u) ? 'TWD' : 'CNY';
      // (s51: "\uc5f0\ubd09 7,000\ub9cc\uc6d0 \uc774\uc0c1", "\u5e74\u53ce600\u4e07\u5186\u4ee5\u4e0a": that much or more, a floor, read as "+".)
      return a !== undefined && b !== undefined ? `${code} ${full(a)} - ${full(b)}${period}` : `${code} ${full(c!)}${floor ? '+' : ''}${period}`;
    },
  );
}

/** Currencies whose pay runs to millions: "\u00a57M", "KRW 70M", "IDR 25M". */
// (And South Africa's rand, where a senior's year reaches a million: "R900k – R1.1m per annum".)
const PAID_IN_MILLIONS = /^(?:JPY|KRW|IDR|VND|COP|CLP|HUF|UAH|NGN|ARS|ZAR)$/;

/** The kind of contract a pay line is for: by invoice ("B2B", Brazil's "PJ", freelance) or employed ("UoP", "CLT", "employment contract"). */
const CONTRACT_KIND = /\b(?:B2B|PJ|freelance|contractor|UoP|CLT|employment contract|contract of employment|umow[aie] o prac\u0119)(?![\w\u00c0-\u024f])/i;

/** Between two ranges of one line, where one's words end and the next one's begin: "/", ";", "|", "or", Polish "lub" / "albo". */
const KIND_SEPARATOR = /\s\/(?:\s|$)|;|\||\s(?:or|lub|albo|ou|o|oder|of)(?:\s|$)/gi;

/** A pay range found, with where it is written: its line and its place in the line. */
interface Found extends Salary {
  line: number;
  start: number;
  end: number;
  /** Named as the collective agreement's minimum ("KV-Minimum 44.000 \u20ac"). */
  agreed?: true;
}

/** (s49) Just before an amount, the collective agreement's minimum named: "KV-Minimum", "Mindestgehalt laut KV", "collective agreement minimum". */
const AGREEMENT_MINIMUM = /(?:(?<![\p{L}])KV|kollektivvertrag\p{L}*|collective(?:\s+labou?r)?\s+agreement(?:'s)?)[\s-]*(?:minimum|mindest\p{L}*)\b[^\d.;|]{0,12}$|(?:minimum|mindest\p{L}*)[^\d.;|]{0,20}(?:(?<![\p{L}])KV\b|kollektivvertrag\p{L}*|collective(?:\s+labou?r)?\s+agreement)[^\d.;|]{0,12}$/iu;

/**
 * (s49) Just before an amount, in its clause: equity, a joining or referral bonus, a meal voucher or allowance ("plus RSUs
 * worth about", "a sign-on bonus of", "buoni pasto da", "ch\u00e8ques-repas de", "vale-refei\u00e7\u00e3o de", "Essenszuschuss von"),
 * with no label's colon after it ("Salary + equity: $150k" is pay). Just after one: "in RSUs", "of equity", "sign-on bonus".
 */
const PERK_BEFORE = /(?:(?<![\p{L}])(?:RSUs?|restricted stock(?: units)?|equity|stock|shares|share options|stock options|sign[- ]?on|signing|referral|relocation|meal|lunch|food|vouchers?|buoni\s+pasto|ticket\s+restaurant\p{L}*|tickets?[- ]restaurant\p{L}*|ch\u00e8ques?[- ]repas|cheques?[- ]repas|maaltijdcheques?|essenszuschuss|essensgutschein\p{L}*|vale[- ](?:refei\u00e7\u00e3o|alimenta\u00e7\u00e3o|refeicao|alimentacao)|subs\u00eddio\s+de\s+(?:alimenta\u00e7\u00e3o|refei\u00e7\u00e3o)|tickets?\s+restaurante|cesta\s+(?:de\s+)?alimentos))(?![\p{L}])[^:\d|;]{0,30}$/iu;
const PERK_AFTER = /^\s*(?:(?:in|of|worth\s+of)\s+)?(?:RSUs?\b|restricted stock|equity\b|stock\b|shares\b|(?:stock\s+)?options\b|(?:sign[- ]?on|signing|joining|referral|relocation)(?:\s+bonus)?\b|(?:in\s+)?meal\s+vouchers?\b)/i;

/** (s49) China's monthly pay in thousands after its label: "\u85aa\u8d44\uff1a25K-40K\u00b715\u85aa", "\u6708\u85aa 15-25k", "\u85aa\u916c\uff1a20K\u301c30K/\u6708". */
const CN_K_PAY = /(?<=(?:\u85aa\u8d44|\u85aa\u8cc7|\u85aa\u916c|\u6708\u85aa|\u5de5\u8d44|\u85aa\u6c34|\u5f85\u9047)\s*[:\uff1a]?\s*)(\d{1,3}(?:\.\d)?)\s*[kK\u5343]?\s*[-~\u2013\u301c\uff5e\u81f3\u5230]\s*(\d{1,3}(?:\.\d)?)\s*[kK\u5343](?:\s*\/\s*\u6708)?(?:\s*[\u00b7\u30fb*]\s*\d{1,2}\s*\u85aa)?/u;

/** (s49) A currency named by its word, or thousands or millions by theirs: the line is read again with figures and codes. */
const MONEY_WORD = /\d\s*(?:mil(?:\s+(?:pesos|reais|d\u00f3lares|euros?))?|millones|mill\u00f3n|milh\u00f5es|milh\u00e3o|Mio\.?|Millionen)(?![\p{L}])|\d\s*(?:de\s+)?(?:pesos|d\u00f3lares|dollars|reais|francs|Franken|kroner|kronor|shekels?|yen|rupees|zlotys?|z\u0142otych|rand|pounds)(?![\p{L}])/iu;
/** The currency a word names after an amount (the peso and the crown by the country the posting names). */
const CURRENCY_WORDS: ReadonlyArray<[RegExp, string | ((text: string) => string)]> = [
  [/^pesos\s+mexicanos|^pesos\s+colombianos|^pesos\s+chilenos|^pesos\s+argentinos|^pesos\s+uruguayos/i, ''],
  [/^(?:US\s+)?d\u00f3lares(?:\s+(?:estadounidenses|americanos))?|^(?:US\s+)?dollars|^d\u00f3lares/i, 'USD'],
  [/^francs?\s+suisses|^Schweizer\s+Franken|^Franken|^Swiss\s+francs/i, 'CHF'],
  [/^reais/i, 'BRL'],
  [/^kronor/i, 'SEK'],
  [/^kroner/i, (t) => (/\b(?:Denmark|Danmark|K\u00f8benhavn|Copenhagen|Aarhus|Odense|dansk)/i.test(t) ? 'DKK' : 'NOK')],
  [/^(?:new\s+)?(?:israeli\s+)?shekels?|^NIS\b/i, 'ILS'],
  [/^yen\b/i, 'JPY'],
  [/^(?:Indian\s+)?rupees/i, 'INR'],
  [/^z\u0142otych|^zlotys?/i, 'PLN'],
  [/^(?:South\s+African\s+)?rand\b/i, 'ZAR'],
  [/^pounds(?:\s+sterling)?/i, 'GBP'],
  [/^pesos/i, (t) => (/Colombia|Bogot\u00e1|Medell\u00edn|Cali\b/i.test(t) ? 'COP' : /\bChile|Santiago\b/i.test(t) ? 'CLP' : /Argentin|Buenos Aires|C\u00f3rdoba/i.test(t) ? 'ARS' : /Uruguay|Montevideo/i.test(t) ? 'UYU' : 'MXN')],
];
const PESO_OF: Readonly<Record<string, string>> = { mexicanos: 'MXN', colombianos: 'COP', chilenos: 'CLP', argentinos: 'ARS', uruguayos: 'UYU' };
function moneyWordsInFigures(line: string, text: string): string {
  // "55 mil", "9 millones de", "1,5 Mio.": the figure in full.
  let out = line.replace(/(\d+(?:[.,]\d+)?)\s*(mil|millones|mill\u00f3n|milh\u00f5es|milh\u00e3o|Mio\.?|Millionen)(?![\p{L}])(?:\s+de(?=\s))?/giu, (_m, n: string, w: string) => String(Math.round(Number(n.replace(',', '.')) * (/^mil$/i.test(w) ? 1e3 : 1e6))));
  // "9 a 12000000": the first end said without its word ("entre 9 y 12 millones") takes the second's.
  out = out.replace(/(?<![\d.,])(\d{1,3})(\s*(?:-|\u2013|a|y|e|to|bis)\s*)(\d{1,3})(000000|000)(?!\d)/g, (_m, a: string, j: string, b: string, z: string) => `${a}${z}${j}${b}${z}`);
  return out.replace(/(\d)(\s*)(?:de\s+)?((?:US\s+)?(?:pesos|d\u00f3lares|dollars|reais|francs|Franken|Schweizer|Swiss|kroner|kronor|shekels?|new|israeli|NIS|yen|Indian|rupees|zlotys?|z\u0142otych|South|rand|pounds)(?:\s+\p{L}+){0,2})/giu, (m, d: string, sp: string, words: string) => {
    const peso = /^pesos\s+(\p{L}+)/iu.exec(words);
    if (peso && PESO_OF[peso[1]!.toLowerCase()]) return `${d}${sp || ' '}${PESO_OF[peso[1]!.toLowerCase()]}`;
    const hit = CURRENCY_WORDS.find(([re]) => re.test(words));
    if (!hit || hit[1] === '') return m;
    const code = typeof hit[1] === 'string' ? hit[1] : hit[1](text);
    const said = hit[0].exec(words)![0];
    return `${d}${sp || ' '}${code}${words.slice(said.length)}`;
  });
}

/** (s47) A ceiling before an amount, in English or the posting's own language: "up to", "bis zu", "jusqu'\u00e0", "hasta", "at\u00e9", "fino a", "tot", "max.". */
const UP_TO = /(?:\bup to|(?<![\p{L}])(?:bis(?:\s+zu)?|jusqu['\u2019]\s?(?:\u00e0|a)|hasta|at\u00e9|fino\s+a|tot|max(?:imum|\.)?))\s*$/iu;
/** (s47) Such a ceiling opening its line or its sentence, after a label: "Bis zu 110.000 \u20ac", "Salario: hasta 42.000 \u20ac". */
const UP_TO_OPENS = /(?:^|[.!;:|\u2022]\s*|\s[-\u2013\u2014]\s*)(?:bis(?:\s+zu)?|jusqu['\u2019]\s?(?:\u00e0|a)|hasta|at\u00e9|fino\s+a|tot)\s*$/iu;
/** (s47) What may follow an amount that is a line's whole pay: "+ bonus", "plus equity", "+ super + 25 days holiday". */
const PAY_EXTRAS_ONLY = /^(?:\s*(?:\+|plus\b|and\b|&|,|with\b)\s*(?:an?\s+)?(?:(?:annual|yearly|performance|discretionary|quarterly|target|generous|\d{1,2}\s?%)\s+)?(?:bonus(?:es)?|equity|stock(?:\s+options)?|(?:share|stock)\s+options|options|RSUs?|super(?:annuation)?|pension|benefits|commission|VSOP|ESOPs?|BSPCE|\d{1,2}\s+days(?:'|\u2019)?\s+(?:holiday|vacation|leave|PTO)))*\s*[.!]?\s*$/i;

function salaryOf(written: string, title = ''): Salary | null {
  // (s51: "\u20ac 3.600,- tot \u20ac 5.000,-": a Dutch whole amount's ",-", no cents, read as a space.)
  const text = /\d,-/.test(written) ? written.replace(/(?<=\d),-{1,2}(?![\d-])/g, (m) => ' '.repeat(m.length)) : written;
  let found: Found[] = [];
  let implied: string | null | undefined;
  let local: string | null | undefined;
  const lines = text.split('\n');
  for (let [lineNo, line] of lines.entries()) {
    // An amount has a digit: most lines have none, and MONEY (a large pattern) need not run on them.
    if (!DIGIT.test(line)) continue;
    if (CRORE_WORD.test(line)) {
      const c = CRORES.exec(line);
      // (Not a round's or a revenue's crores: "we raised \u20b940 Cr".)
      if (c && !NOT_PAY.test(line.slice(Math.max(0, c.index - 50), c.index))) {
        const lo = Number(c[1]) * 1e7;
        const hi = c[2] ? Number(c[2]) * 1e7 : null;
        if (hi === null || hi >= lo) found.push({ min: lo, max: hi ?? lo, currency: 'INR', period: 'year', line: lineNo, start: c.index, end: c.index + c[0].length });
        continue;
      }
    }
    // "CTC: ₹28–40 LPA", "INR 18 to 24 lakhs per annum": amounts in lakhs (100,000 rupees).
    if (LAKH_WORD.test(line)) {
      const l = LAKHS.exec(line);
      if (l) {
        const lo = Number(l[1]) * 1e5;
        const hi = l[2] ? Number(l[2]) * 1e5 : null;
        if (lo > 0 && (hi === null || hi >= lo)) found.push({ min: lo, max: hi ?? lo, currency: 'INR', period: /\b(?:per month|p\.?m\.?|monthly)\b/i.test(line.slice(l.index)) ? 'month' : 'year', line: lineNo, start: l.index, end: l.index + l[0].length });
        continue;
      }
    }
    // ("25 \u2013 40 tri\u1ec7u VND/th\u00e1ng", "Rp 15 juta": millions said in a word, Vietnam's and Indonesia's.)
    if (/tri\u1ec7u|\bjuta\b/i.test(line)) {
      const million = (n: string) => String(Math.round(Number(n.replace(',', '.')) * 1e6));
      // (A range says the word once, at its end: "25 \u2013 40 tri\u1ec7u".)
      line = line.replace(/(\d+(?:[.,]\d+)?)(?:(\s*[-\u2013\u2014]\s*)(\d+(?:[.,]\d+)?))?\s*(?:tri\u1ec7u|juta)(?![\p{L}])/giu, (_, n: string, dash?: string, m?: string) => (m ? `${million(n)}${dash}${million(m)}` : million(n)));
    }
    // ("연봉 6,500만원 ~ 8,000만원", "年収 550万円〜750万円", "5,500 ~ 7,500만원": ten thousands of won or yen, the unit said once
    // at a range's end; a year's pay where the line says "연봉" / "年収", a month's where it says "월급" / "月給".)
    if (EOK_SAID.test(line)) line = eokInLine(line);
    if (MAN_UNIT.test(line)) line = manInLine(line);
    if (/[\u5186\u5143\uc6d0]/u.test(line)) line = cjkWholeInLine(line);
    // (s49: thousands and millions said in a word, "de 55 mil a 70 mil pesos", "entre 9 y 12 millones de pesos", and a
    // currency named by its word after the amount, "pesos mexicanos", "d\u00f3lares", "francs suisses", "Franken", "kroner",
    // "shekels": the amounts in figures, the currency by its code.)
    if (MONEY_WORD.test(line)) line = moneyWordsInFigures(line, text);
    // (s49: China's pay in thousands of yuan a month, "\u85aa\u8d44\uff1a25K-40K\u00b715\u85aa", "\u6708\u85aa 15-25K": a month's range in CNY; "\u00b715\u85aa" counts the
    // months paid a year.)
    if (CN_K_PAY.test(line)) line = line.replace(CN_K_PAY, (_m, a: string, b: string) => ` CNY ${Math.round(Number(a) * 1000)} - ${Math.round(Number(b) * 1000)} per month `);
    const money = moneyIn(line);
    for (let i = 0; i < money.length; i++) {
      const a = money[i]!;
      const next = money[i + 1];
      // A million said with "M" is pay only in a currency paid in millions, named on one end ("7M\u201310M JPY").
      const millions = (x: Money) => x.big && /\d\s?[mM]$/.test(line.slice(x.start, x.end).replace(/\s?(?:[A-Z]{3})$/, ''));
      const inMillions = (x: Money | undefined) => !!x && x.sure && !!x.currency && PAID_IN_MILLIONS.test(x.currency);
      const bigOk = (x: Money) => !x.big || (millions(x) && (inMillions(a) || (inMillions(next) && RANGE_JOIN.test(line.slice(a.end, next!.start)))));
      if (!bigOk(a)) continue;
      let b: Money | null = null;
      // "$142,300/yr to $198,700/yr": the period may be said after each end.
      // (s44: not across a spaced em dash from a bare number to an amount: "a 70-day contract on 1099 \u2014 $4,000\u2013$6,000/month"
      // breaks the clause there, the tax form's number is no end of a range.)
      if (next && bigOk(next) && RANGE_JOIN.test(line.slice(a.end, next.start)) && !(!a.currency && next.currency && /^\s*\u2014\s*$/.test(line.slice(a.end, next.start)) && /\s\u2014\s/.test(line.slice(a.end - 1, next.start + 1)))) b = next;
      // "ranges from $129,300/year in our lowest geographic market up to $223,600/year in our highest": from one to the other.
      else if (next && !next.big && /\bfrom\s*$/i.test(line.slice(Math.max(0, a.start - 12), a.start)) && /^[^.;\d$\u00a3\u20ac]{0,80}\b(?:up\s+)?to\s*$/i.test(line.slice(a.end, next.start))) b = next;
      // "$140-170K CAD": a code beats a bare dollar sign.
      const currency = (a.sure ? a.currency : null) ?? (b?.sure ? b.currency : null) ?? a.currency ?? b?.currency ?? null;
      // A codes' neighbour: "$140-170K CAD".
      const end = b ? b.end : a.end;
      const tail = line.slice(end, end + 12);
      // …but not the code that opens the next amount: "USD 160-200k / CAD 200-240k".
      const codeAfter = new RegExp(`^\\s*(?:\\(|/)?\\s*(${CODES})\\b(?!\\s?[\\d$\u00a3\u20ac])`).exec(tail);
      let cur = codeAfter ? codeAfter[1]!.toUpperCase() : currency;
      // ("48 000 \u2013 58 000 kr/m\u00e5n": the crown is Norway's or Denmark's where the posting is.)
      // (s60 lead: the text is read in English here, so the language asked is in English words too, "Danish"; more towns.)
      if (cur === 'SEK' && /^kr\.?$/.test(line.slice(a.start, end).replace(/^[\d\s.,\u2013-]+/, '').match(/kr\.?$/)?.[0] ?? '')) cur = /\b(?:Norway|Norge|Oslo|Bergen|Trondheim|Stavanger|Troms\u00f8|Kristiansand|norsk|Norwegian)\b/i.test(text) ? 'NOK' : /\b(?:Iceland|Reykjav\u00edk)|\u00cdsland/i.test(text) ? 'ISK' : /\b(?:Denmark|Danmark|Copenhagen|K\u00f8benhavn|Aarhus|\u00c5rhus|Odense|Aalborg|Esbjerg|Roskilde|Vejle|Kolding|Horsens|Randers|Herning|dansk|Danish)\b/i.test(text) ? 'DKK' : 'SEK';
      // A bare "$" in a posting placed in Australia, Canada or New Zealand is that country's dollar ("$165,000 + super").
      if (cur === 'USD' && !codeAfter && !a.sure && !b?.sure) {
        if (local === undefined) local = localDollar(text);
        cur = local ?? cur;
      }
      // "it is 140k-180k": a range in thousands, said to be pay, in the posting's currency.
      const headerField = headerFieldAt(line, a.start);
      if (!cur && b && (a.k || b.k) && (headerField || PAY_WORDS.test(line.slice(Math.max(0, a.start - 80), b.end + 40)))) {
        if (implied === undefined) implied = impliedCurrency(text);
        cur = implied;
      }
      // (s44: "Remuneraci\u00f3n en USD: 3.000 - 4.000", "Salary (EUR): 4,000 \u2013 5,000": a code in the pay line's label, just before
      // its amounts, is their currency.)
      if (!cur && PAY_WORDS.test(line.slice(0, a.start))) cur = new RegExp(`\\b(${CODES})\\b[^\\d\\p{L}]{0,4}$`, 'u').exec(line.slice(0, a.start))?.[1] ?? null;
      if (!cur) {
        if (b) i++;
        continue;
      }
      let lo = a.value;
      let hi = b ? b.value : null;
      if (b && b.k && !a.k && lo < 1000) lo *= 1000;
      if (b && a.k && !b.k && hi !== null && hi < 1000) hi *= 1000;
      // "$154-190,000": the start's thousands are said once, at the end.
      if (b && !a.k && !b.k && hi !== null && hi >= 10000 && lo < 1000 && lo * 1000 <= hi) lo *= 1000;
      const ctx = line.slice(Math.max(0, a.start - 80), Math.min(line.length, end + 60));
      const near = line.slice(Math.max(0, a.start - 50), a.start);
      const period = monthlyByCustom(periodOf(line.slice(end, end + 40), near), cur, hi ?? lo, line.slice(Math.max(0, a.start - 50), end + 40), b !== null);
      // In a header line only the amount's own field counts ("Machine Learning Engineer | $150k–$250k" is no learning budget).
      const nearField = near.slice(near.lastIndexOf('|') + 1);
      // …unless the amount is said to be pay, before it or right after it ("a $150k–$170k base salary").
      // ("Budget: 5,000\u20136,500 EUR net per month (B2B contract)": a contract's budget field, a range by the month or hour, is its pay.)
      // ("$40k MRR", "$3M ARR", "$12M in revenue": a business's figure named right after the amount.)
      if (!b && /^\s*(?:MRR|ARR|GMV|(?:in|of)\s+(?:ARR|MRR|GMV|revenue|funding))\b/i.test(line.slice(end, end + 24))) continue;
      const budgetField = b !== null && period !== 'year' && /^[\s\u2022*-]*budget\s*:\s*$/i.test(line.slice(0, a.start));
      // (s49: a figure of equity, a bonus of joining or referring, or a meal voucher's daily value beside the pay, "plus $120,000
      // in RSUs", "RSUs worth about $60,000 a year", "buoni pasto da 8 euro al giorno", "tickets restaurant de 10 \u20ac par jour":
      // not the job's pay, whatever pay word stands before it on the line.)
      if (PERK_BEFORE.test(line.slice(Math.max(0, a.start - 40), a.start)) || (!b && PERK_AFTER.test(line.slice(end, end + 40)))) {
        if (b) i++;
        continue;
      }
      if (NOT_PAY.test(nearField) && !budgetField && !/\b(?:salary|compensation|base|pay)\b/i.test(nearField) && !/^\s*(?:\/\s*(?:yr|year)\s*)?(?:base|salary|compensation|pay)\b/i.test(line.slice(end, end + 25))) {
        if (b) i++;
        continue;
      }
      if (period === 'year' && (hi ?? lo) < 10000) {
        if (b) i++;
        continue;
      }
      // (s54: an hour's pay in yen or won runs to thousands, "\u6642\u7d66 1,400\u5186\u301c1,700\u5186".)
      if (period === 'hour' && ((hi ?? lo) > (PAID_IN_MILLIONS.test(cur) ? 100000 : 1000) || lo < 5)) {
        if (b) i++;
        continue;
      }
      if (period === 'month' && (hi ?? lo) < 500) {
        if (b) i++;
        continue;
      }
      // "Starting at $130,000": a job's floor said without a pay word is its pay (a plan's price is monthly, and small).
      const startsAt = !b && lo >= 20000 && STARTS_AT.test(line.slice(Math.max(0, a.start - 20), a.start));
      // ("Up to 60,000,000 VND/month": an amount in a named currency, with its period said, is pay.)
      // (s44: or a bare dollar big enough to be a month's pay, "Up to $3,000 net per month"; a plan's price is small.)
      const periodSaid = (a.sure || lo >= 1000) && /^\s*(?:[A-Z]{3}\s*)?(?:\/|per\s+|an?\s+|al\s+|ao\s+|par\s+|pro\s+)\s*(?:month|mo|year|yr|annum|hour|hr|kk|mnd|mes|m\u00eas|mois|monat|jahr|a\u00f1o|ano|bulan|th\u00e1ng|m\u00e5n|stunde|uur|heure|hora|day|dag|tag|jour|d\u00eda|giorno)(?![\w\u00c0-\u024f])/i.test(line.slice(end, end + 20)) && !/\b(?:costs?|price[sd]?|pricing|plans?|subscriptions?|seats?|licen[cs]es?|fees?|rent|budget)\b/i.test(ctx);
      // ("Up to $140,000 CAD depending on experience.", "From \u00a370,000 plus equity.": a bound that opens its line or sentence,
      // on an amount a year's pay reaches, is the job's pay.)
      const boundSaid = !b && lo >= 20000 && (/(?:^|[.!;:|\u2022]\s*|\s[-\u2013\u2014]\s*)(?:up to|from|starting at)\s*$/i.test(line.slice(0, a.start)) || UP_TO_OPENS.test(line.slice(0, a.start))) && !NOT_PAY.test(ctx);
      // (s47: an amount alone on its line, or with only the extras pay comes with, "CHF 120'000 plus bonus", "\u00a360,000 + bonus",
      // "\u20ac95,000 plus equity": the line is the job's pay; a bonus, a raise or a budget is named by its own word, NOT_PAY.)
      const alone = !b && lo >= 20000 && /^[\s\u2022*\u2013-]*$/.test(line.slice(0, a.start)) && PAY_EXTRAS_ONLY.test(line.slice(end));
      // (s48: an amount the collective agreement sets as the minimum, or offered above it, is pay: "\u20ac3,500 gross per month as
      // minimum under the collective agreement", "\u20ac 3.400 brutto/Monat, \u00dcberzahlung je nach Qualifikation"; a floor, below.)
      const agreedFloor = !b && /^[^.|\n]{0,60}?(?:\bas (?:the |a )?minimum\b|\bminimum (?:under|per|according to|as per|set by)\b|\boverpayment\b|(?<![\p{L}])(?:\u00fcberzahlung|\u00fcberbezahlung)(?![\p{L}]))/iu.test(line.slice(end));
      // (s54: a contractor's rate, said by its period after an amount that opens its line, "$620 per day (contract, 12 months)",
      // "$48 an hour"; the rate's own label abroad, "Stundensatz bis 110 \u20ac", is a pay word, as "Tagessatz" is.)
      const rateSaid = !b && !a.sure && lo < 1000 && ((period === 'day' && lo >= 80) || (period === 'hour' && lo >= 10)) && /^[\s\u2022*\u2013-]*(?:up to\s*)?$/i.test(line.slice(0, a.start)) && /^\s*(?:\/|per\s+|an?\s+)\s*(?:day|hour|hr)\b/i.test(line.slice(end, end + 12)) && !/\b(?:costs?|price[sd]?|pricing|plans?|subscriptions?|seats?|licen[cs]es?|fees?|rent|budget)\b/i.test(ctx);
      const payWord = PAY_WORDS.test(ctx) || HOUR_LABEL.test(ctx) || DAY_LABEL.test(ctx);
      if (!b && !payWord && !a.k && !startsAt && !periodSaid && !boundSaid && !alone && !agreedFloor && !rateSaid) continue;
      if (!b && !payWord && a.k && lo < 20000) continue;
      if (hi !== null && hi < lo) {
        if (b) i++;
        continue;
      }
      // (s47: a ceiling said in the posting's own language: "bis zu 90.000 EUR", "jusqu'\u00e0 80 000 \u20ac", "hasta 60.000 \u20ac",
      // "at\u00e9 R$ 12.000", "tot \u20ac5.200", "do 16 000 z\u0142" (Polish and Czech "do" before their own currency), "max. 90k".)
      const upTo = !b && (UP_TO.test(line.slice(0, a.start)) || (/(?<![\p{L}])do\s*$/iu.test(line.slice(0, a.start)) && /^(?:PLN|CZK)$/.test(cur)));
      // "€85k+", "$150,000 and up": a floor, no ceiling.
      // (s48: Austria's pay said as the collective agreement's minimum, "Minimum salary per collective agreement: \u20ac4,100", "\u20ac3,900
      // a month as minimum under the collective agreement", "\u20ac 3.650 brutto/Monat; \u00dcberzahlung je nach Erfahrung": a floor.)
      // ("ab \u20ac 4.200 brutto/Monat", "\u00e0 partir de 45 k\u20ac", "desde 3.000 \u20ac": a floor in German, French, Spanish, Portuguese.)
      // (s52: and in Czech, Polish, Slovak, Dutch and the North, "Mzda od 90 000 K\u010d", "vanaf \u20ac3.800", "fr\u00e5n 45 000 kr", with no top.)
      const floor = startsAt || !b && /\b(?:over|above|more than|starting (?:at|from)|starts? (?:at|from)|from|at least|minimum(?: of)?|ab|\u00e0 partir de|a partir de|desde|od|vanaf|fr\u00e5n|fra|a partire da)\s*$/i.test(line.slice(Math.max(0, a.start - 20), a.start)) || !b && /\b(?:minimum|mindest|m\u00ednim)\w*\b[^\d.;|]{0,25}$/i.test(near) || !b && /\b(?:minimum|mindest)\w*\b[^\d.;|]{0,20}\b(?:collective(?: labou?r)? agreement|kv|kollektivvertrag\w*|tarif\w*)\b[^\d.;|]{0,15}$/i.test(near) || agreedFloor || !b && /\d\+[kK]$/.test(line.slice(a.start, a.end)) || !b && /^(?:\+(?=\s*(?:$|[|,;.)]|(?:USD|EUR|GBP|CAD|base|salary|per\b|a year|\/)))|\s*(?:and up|or more)\b)/i.test(line.slice(a.end));
      found.push({ min: upTo ? null : lo, max: upTo ? lo : floor ? null : hi ?? lo, currency: cur, period, line: lineNo, start: a.start, end, ...(!b && AGREEMENT_MINIMUM.test(near) ? { agreed: true } : {}) });
      if (b) i++;
    }
  }
  if (!found.length) return null;
  // (s49: "ab 52.000 \u20ac (KV-Minimum 44.000 \u20ac)": the collective agreement's minimum said beside the pay offered is the law's
  // floor, not the offer; alone, it is the pay, read as a floor above.)
  if (found.some((f) => f.agreed) && found.some((f) => !f.agreed)) found = found.filter((f) => !f.agreed);
  // "€95,000–€110,000 base, €135,000–€150,000 OTE": on-target earnings count commission that may not be paid; the pay is
  // the base beside them (on their line: an OTE alone on a line is some opening's whole pay).
  const ote = found.filter((f) => OTE_AFTER.test(lines[f.line]!.slice(f.end, f.end + 30)) || OTE_BEFORE.test(lines[f.line]!.slice(Math.max(0, f.start - 60), f.start)));
  const beside = ote.filter((o) => found.some((f) => f.line === o.line && !ote.includes(f)));
  if (beside.length) found = found.filter((f) => !beside.includes(f));
  // Each opening its own range ("Senior Engineer $150k–$190k", "Staff Engineer $200k–$272k"): one opening's range, never
  // a span that no opening pays.
  const own = openingsRange(found, lines, title);
  if (own?.salary) return own.salary;
  // Several levels or places of one job ("$150k–$190k in NYC, $130k–$165k elsewhere"): the span from the lowest to the
  // highest, in the first one's currency and period.
  // ("B2B: 18 000 – 24 000 PLN net + VAT monthly" then "or employment contract (UoP): 15 000 – 20 000 PLN gross": the same
  // job paid two ways, the first the posting states is its pay; not a span across both.)
  // (s44: each range's own kind, where one line gives both: "18 000 - 23 000 z\u0142 netto + VAT (B2B) / 15 000 - 19 000 z\u0142
  // brutto (UoP)". A range's own words run from the separator before it to the separator after it; the line's kind
  // otherwise.)
  const contractKind = (f: Found) => {
    const line = lines[f.line]!;
    const row = found.filter((g) => g.line === f.line).sort((x, y) => x.start - y.start);
    const at = row.indexOf(f);
    const cut = (gap: string) => {
      let last = -1;
      for (const m of gap.matchAll(KIND_SEPARATOR)) last = m.index + m[0].length;
      return last;
    };
    const prevEnd = at > 0 ? row[at - 1]!.end : 0;
    const nextStart = at < row.length - 1 ? row[at + 1]!.start : line.length;
    const gapBefore = line.slice(prevEnd, f.start);
    const before = at > 0 ? gapBefore.slice(Math.max(0, cut(gapBefore))) : gapBefore;
    const gapAfter = line.slice(f.end, nextStart);
    const sep = at < row.length - 1 ? cut(gapAfter) : -1;
    const after = sep >= 0 ? gapAfter.slice(0, sep) : gapAfter;
    const k = (CONTRACT_KIND.exec(before) ?? CONTRACT_KIND.exec(after) ?? (row.length > 1 ? null : CONTRACT_KIND.exec(line)))?.[0].toLowerCase();
    return k === undefined ? null : /^(?:b2b|pj|freelance|contractor)$/.test(k) ? 'contract' : 'employment';
  };
  const firstKind = contractKind(found[0]!);
  if (firstKind) found = found.filter((f) => (contractKind(f) ?? firstKind) === firstKind);
  const first = found[0]!;
  // "$10K–$50K for brand identity" beside "$120K–$200K": a range far below the others is not this job's pay.
  const top = Math.max(...found.filter((s) => s.currency === first.currency && s.period === first.period).map((s) => s.max ?? s.min ?? 0));
  const same = found.filter((s) => s.currency === first.currency && s.period === first.period && (s.max ?? s.min ?? 0) * 3 >= top);
  const mins = same.map((s) => s.min).filter((v): v is number => v !== null);
  const maxs = same.map((s) => s.max).filter((v): v is number => v !== null);
  // A role paid "$200k+" leaves the span open at the top.
  const open = same.some((x) => x.max === null && x.min !== null);
  return {
    min: mins.length ? Math.min(...mins) : null,
    max: maxs.length && !open ? Math.max(...maxs) : null,
    currency: first.currency,
    period: first.period,
    ...(own ? { across: own.openings } : {}),
  };
}

/** A range said to be on-target earnings: "… OTE", "(on-target earnings)", "OTE: …", "on target earnings of …". */
const OTE_AFTER = /^\s*(?:\(\s*)?(?:OTE|on[- ]target(?:\s+earnings)?)\b/i;
// ("Total compensation including annual bonus up to $220,000" beside a base: what a bonus may add, not the pay.)
const OTE_BEFORE = /\b(?:OTE|on[- ]target(?:\s+earnings)?)\s*(?:of|is|:|-|\u2013)?\s*$|\btotal (?:comp(?:ensation)?|cash|pay)\b[^.;$\u00a3\u20ac\d]{0,40}$/i;

/** A level among a range's cues, and a level in the job's title ("Senior …", "… II", "Staff …"). */
const LEVEL_CUE = /^(?:junior|jr|mid|mid-level|senior|sr|staff|principal|lead|founding|head)$/;
const TITLE_LEVEL = /\b(?:junior|jr|mid[- ]level|senior|sr|staff|principal|lead|head|I{1,3}|IV|[1-5])\b/i;

/** A job's level or noun, in the words beside a pay range: the range is that opening's. */
const ROLE_CUE = /\b(?:junior|jr|mid(?:[- ]level)?|senior|sr|staff|principal|lead|founding|head|director|intern(?:ship)?s?|new[- ]grads?|entry[- ]level|engineers?|developers?|scientists?|designers?|analysts?|architects?|researchers?|SREs?|managers?|recruiters?|marketers?|specialists?|consultants?|administrators?|technicians?)\b/gi;
/** Words beside a range that say what the amount is, not whose it is. */
const PAY_LABEL = /\b(?:salary|salaries|base|pay|range|ranges?|compensation|comp|total|tc|ote|per|year|annum|annual|yearly|hour|hourly|month|monthly|usd|eur|gbp|cad|the|for|is|are|a|an|and|or|of|plus|equity|bonus|depending|on|experience|k)\b/gi;

/**
 * When two or more pay ranges each stand beside the name of a different opening or level ("Senior Engineer ($150k–
 * $190k), Staff Engineer ($200k–$272k)", "Junior: €45k–€55k; Senior: €70k–€85k"), the range of the opening the
 * posting's title names: a Staff candidate on the Staff posting should not read $150k as possible. When the title names
 * none, no salary but how many roles are priced: the caller spans them all, as the labels read such a post, and the
 * facts line says so ("$150K–$272K a year (across 2 roles)"). Null (the caller merges, as for
 * one job's levels or places) when fewer than two ranges name an opening, when they name the same one, when the title
 * names two of them ("Staff or Principal SRE": one opening at either level), or when the posting gives a range that
 * spans them all itself.
 */
function openingsRange(found: readonly Found[], lines: readonly string[], title: string): { salary: Salary | null; openings: number } | null {
  if (found.length < 2) return null;
  const roles = found.map((f, k) => {
    const prev = found[k - 1];
    const next = found[k + 1];
    const line = lines[f.line]!;
    // The words between this range and its neighbours on the line ("Staff Engineer (" … ")").
    let words = `${line.slice(prev?.line === f.line ? prev.end : 0, f.start)} ${line.slice(f.end, next?.line === f.line ? next.start : line.length)}`;
    // A range alone on its line ("$150k – $190k" under "Senior Engineer") is the line above's.
    if (!/[a-z]{3}/i.test(words.replace(PAY_LABEL, ' ')) && f.line > 0) words = lines[f.line - 1]!;
    const cues = [...words.matchAll(ROLE_CUE)].map((m) => m[0].toLowerCase().replace(/s$/, ''));
    return cues.length ? cues.join(' ') : null;
  });
  const named = found.map((f, k) => ({ f, role: roles[k] })).filter((x): x is { f: Found; role: string } => x.role !== null);
  const first = named[0];
  if (!first || new Set(named.map((x) => x.role)).size < 2) return null;
  // (Only ranges in the first one's currency and period; the same role said twice is one.)
  const same = named.filter((x) => x.f.currency === first.f.currency && x.f.period === first.f.period);
  if (new Set(same.map((x) => x.role)).size < 2) return null;
  // A range the posting gives for them all ("$150K–$260K total comp (multiple)" above each tier's own): the span is its own.
  const lo = Math.min(...same.map((x) => x.f.min ?? Infinity));
  const hi = Math.max(...same.map((x) => x.f.max ?? -Infinity));
  if (found.some((f, k) => roles[k] === null && f.currency === first.f.currency && f.period === first.f.period && f.min !== null && f.max !== null && f.min <= lo && f.max >= hi)) return null;
  const low = title.toLowerCase();
  const inTitle = same.filter((x) => x.role.split(' ').every((w) => new RegExp(String.raw`\b${w}`).test(low)));
  // A title that names two of them ("Staff or Principal SRE") is one opening at either level: its span is its pay.
  const titled = new Set(inTitle.map((x) => x.role)).size;
  if (titled >= 2) return null;
  // Else the span across them, as a reader sums up a post that prices several roles ("$150k–$272k across two roles");
  // the caller makes it and says how many roles it spans.
  if (titled === 0) return { salary: null, openings: new Set(same.map((x) => x.role)).size };
  // Levels of one role ("Platform Engineer II $150k–$175k", "Senior Platform Engineer $175k–$210k") under a title that names
  // no level: the job is open at either, and its pay is the span across them.
  if (!TITLE_LEVEL.test(title) && new Set(same.map((x) => x.role.split(' ').filter((w) => !LEVEL_CUE.test(w)).join(' '))).size === 1) return null;
  const pick = inTitle[0]!;
  return { salary: { min: pick.f.min, max: pick.f.max, currency: pick.f.currency, period: pick.f.period, openings: new Set(same.map((x) => x.role)).size }, openings: 0 };
}

/**
 * Where pay is quoted by the month (Brazil's CLT salaries, Israel's, much of Latin America and South-East Asia),
 * an amount with no period said, below what a month's pay there reaches, is a month's: "Sal\u00e1rio: R$ 9.000 a R$ 12.000".
 * The ceiling is well above a month's pay and well below a year's for the work postings offer.
 */
// (Mexico's and South Africa's pay is quoted by the month as well.)
// (Poland's pay is quoted by the month, on an employment contract (UoP) as on B2B: "12 000 – 15 500 zł brutto"; a year's is 80 000 zł and more.)
const MONTHLY_BELOW: Readonly<Record<string, number>> = {
  PLN: 70000, MXN: 300000, ZAR: 200000, BRL: 70000, ILS: 100000, CZK: 300000, HUF: 5000000, THB: 600000, MYR: 50000, IDR: 200000000, VND: 300000000, COP: 40000000, ARS: 20000000, CLP: 10000000, PEN: 40000, KES: 2000000, NGN: 10000000, TRY: 300000, UAH: 300000, RON: 40000, EGP: 300000,
  // (s44: every currency has a size below which an amount is no year's pay for a full-time job but is a month's: "3.500 \u2013
  // 4.500 \u20ac", "SGD 8,000 \u2013 11,000", "PHP 80,000 \u2013 120,000", "USD 4,000 \u2013 6,000" for a contractor abroad.)
  EUR: 15000, USD: 15000, GBP: 10000, CHF: 20000, CAD: 15000, AUD: 15000, NZD: 15000, SEK: 100000, NOK: 150000, DKK: 150000, ISK: 3000000, AED: 100000, SAR: 100000, QAR: 100000, BHD: 10000, KWD: 8000, OMR: 8000, INR: 200000, JPY: 1500000, CNY: 100000, TWD: 200000, HKD: 150000, SGD: 25000, KRW: 15000000,
  PHP: 400000, PKR: 1000000, BDT: 600000, LKR: 1000000, KZT: 3000000, GEL: 20000, RSD: 1000000, BGN: 20000, MAD: 100000, GHS: 100000, UGX: 50000000, TZS: 50000000, UYU: 500000, CRC: 5000000, DOP: 600000,
};
const YEAR_SAID = /\b(?:years?|yr|annum|annual(?:ly)?|yearly|p\.\s?a\.?|pa|ano|anual|a\.a\.|a\u00f1o|anuales?|jahr|j\u00e4hrlich|ann[e\u00e9]e|annuel(?:le)?|rok|roczn\w*|ctc)\b/i;
const BY_YEAR_MOSTLY = /^(?:EUR|USD|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|ISK|INR|JPY|CNY|TWD|HKD|SGD|KRW)$/;
function monthlyByCustom(period: SalaryPeriod, currency: string, top: number, around: string, range = false): SalaryPeriod {
  // ("18 000 \u2013 23 000 z\u0142 netto + VAT", "B2B: 24\u201329k PLN": a Polish contractor invoices by the month.)
  if (period === 'year' && currency === 'PLN' && top < 80000 && /\bB2B\b|\+\s*VAT\b/i.test(around) && !YEAR_SAID.test(around)) return 'month';
  // (The currencies whose pay is most often said by the year, a month only for a range: a lone "$5,000" is more often a
  // budget or a bonus than a month's pay.)
  const below = (range || !BY_YEAR_MOSTLY.test(currency)) ? MONTHLY_BELOW[currency] : undefined;
  return period === 'year' && below !== undefined && top < below && !YEAR_SAID.test(around) ? 'month' : period;
}

/** A month's pay named before its amount: "Maandloon", "M\u00e5nadsl\u00f6n", "M\u00e5nedsl\u00f8n", "Monatsgehalt", "monthly salary". */
const MONTH_PAY_WORD = /(?:maandloon|maandsalaris|m\u00e5nadsl\u00f6n|m\u00e5nedsl\u00f8n|m\u00e5nedsl\u00f8nn|monatsgehalt|monatslohn|salaire mensuel|sueldo mensual|sal\u00e1rio mensal)/i;

/** (s44) A rate's label that says its period in the posting's language: "Stawka dzienna", "tarifa diaria", "dagtarief", "Stundensatz", "órabér". */
const DAY_LABEL = /(?<![\p{L}])(?:stawk\p{L}*\s+dzienn\p{L}*|dzienn\p{L}*\s+stawk\p{L}*|tarifa\s+diaria|tarifa\s+di\u00e1ria|tariffa\s+giornaliera|dagtarief|dagpris|dagsats|p\u00e4iv\u00e4hinta|napid\u00edj|denn\u00ed\s+sazb\p{L}*|tarif\s+zilnic|g\u00fcnl\u00fck\s+\u00fccret)(?![\p{L}])/iu;
const HOUR_LABEL = /(?<![\p{L}])(?:stawk\p{L}*\s+godzinow\p{L}*|godzinow\p{L}*\s+stawk\p{L}*|tarifa\s+por\s+hora|tarifa\s+hor\u00e1ria|tariffa\s+oraria|stundensatz|stundenlohn|uurtarief|timpris|timl\u00f6n|timel\u00f8nn|tuntihinta|tuntipalkka|\u00f3rab\u00e9r|hodinov\u00e1\s+sazba|tarif\s+orar|saatlik\s+\u00fccret)(?![\p{L}])/iu;

function periodOf(after: string, before: string): SalaryPeriod {
  // "50-80 USD or 200-300 PLN an hour": the period said at the clause's end holds for both.
  const clause = after.toLowerCase().split(/[.;\n]/)[0]!;
  if (/^\s*(?:or|\/)\s/.test(clause)) {
    if (/(?:\/|per|an|a)\s*(?:hour|hr)\b|hourly/.test(clause)) return 'hour';
    if (/(?:\/|per|a)\s*(?:month|mo)\b|monthly/.test(clause)) return 'month';
    if (/(?:\/|per|a)\s*day\b|daily/.test(clause)) return 'day';
  }
  // ("PLN net + VAT per month", "£55–£65 plus VAT per hour": the tax of a contractor's invoice stands between the amount and its period.)
  const a = after.toLowerCase().replace(/^(\s*(?:[a-z]{3}\s*)?(?:(?:gross|net)\s*)?)(?:\+|plus)\s*vat\b\s*/, '$1');
  // (Not "/ h\u00f3", Hungary's month: a letter after the "h".)
  // ("20 € pro Stunde", "€45 per uur", "par heure", "por hora", "all'ora": an hour's rate.)
  if (/^\s*(?:[a-z]{3}\s*)?(?:(?:netto|brutto|net|bruto|neto)\s*)?(?:\/|per|pro|par|por|all['\u2019]|a)\s*(?:stunde|uur|heure|hora|ora|godzin\u0119|timme|time)(?![a-z\u00c0-\u024f])/.test(a)) return 'hour';
  if (/^\s*(?:[a-z]{3}\s*)?(?:\/|per|an|a|each)\s*(?:hour|hr|h)(?![\w\u00c0-\u024f])|^\s*(?:[a-z]{3}\s*)?hourly|^\s*\/\s*h(?![\w\u00c0-\u024f])/.test(a) || /\bhourly\b|\bper hour\b/i.test(before) || HOUR_LABEL.test(before)) return 'hour';
  // ("€850 per dag", "550 € pro Tag", "par jour", "por día", "al giorno": a day's rate in the languages postings use.)
  // (s53: Polish and Czech "za dzie\u0144", "za den": for a day.)
  if (/^\s*(?:[a-z]{3}\s*)?(?:\/|per|a)\s*(?:day|diem)\b|^\s*daily/.test(a) || /^\s*(?:[a-z]{3}\s*)?(?:(?:netto|brutto|net|excl\.?\s+btw|ex\.?\s+btw)\s*)?(?:\/|per|pro|par|por|al|ao|za)\s*(?:dag|tag|jour|d\u00eda|dia|giorno|dzie\u0144|den)(?![a-z\u00c0-\u024f])/.test(a) || /\b(?:day rate|daily rate|tagessatz|taux journalier|tjm)\b/i.test(before) || DAY_LABEL.test(before)) return 'day';
  // (s58: Poland's "dziennie" (a day) after a contractor's words, "1 200 \u2013 1 500 PLN netto B2B dziennie", "z\u0142 netto + VAT dziennie".)
  if (/^\s*(?:[a-z]{3}\s*|z\u0142\s*)?(?:(?:netto|brutto|net|gross|\(?b2b\)?|(?:\+|plus)\s*vat)\s*){0,3}(?:dziennie|za\s+dzie\u0144|\/\s*dzie\u0144)(?![a-z\u00c0-\u024f])/.test(a)) return 'day';
  if (/^\s*(?:[a-z]{3}\s*)?(?:\/|per|a)\s*(?:week|wk)\b|^\s*weekly/.test(a)) return 'week';
  // (In other languages too: "brutto/Monat", "par mois", "por mes".)
  // ("mensuales brutos", "m\u011bs\u00ed\u010dn\u011b", "per bulan", "miesi\u0119cznie": the month in Spanish, Portuguese, Czech, Indonesian and Polish.)
  // (s59: Slovakia's "mesa\u010dne", beside Czech "m\u011bs\u00ed\u010dn\u011b": "Mzda od 2 400 \u20ac brutto mesa\u010dne".)
  // (s55: the gross said in French, Czech or Italian between, "2 100 \u20ac brut mensuel", "45 000 K\u010d hrub\u00e9ho m\u011bs\u00ed\u010dn\u011b", "lordi al mese".)
  if (/^\s*(?:[a-z]{3}\s*)?(?:(?:gross|net|brutto|netto|bruto|neto|brutos|br\u00fct|brut|brute|nette|lordi|lordo|netti|hrub(?:\u00e9ho|\u00e1|\u00e9|\u011b|ou|\u00fd)|\u010dist(?:\u00e9ho|\u00e1|\u00e9|\u011b|\u00fd)|nominal(?:es)?|l\u00edquidos?|before tax)\s*)?(?:\/|per|pr\.|a|pro|par|por|al|ao|\u00e1)\s*(?:m\u00e1nu\u00f0i|month|mo|monat|maand|mois|mes|mese|m\u00eas|m\u00e5nad|m\u00e5ned|mies(?:i\u0105c)?|kk|mnd|bulan|m\u011bs\u00edc|m\u00e5n|th\u00e1ng|lun\u0103|h\u00f3|ay)(?![a-z\u00c0-\u024f])|^\s*(?:(?:gross|net|brutto|netto|bruto|neto|brutos|brut|brute|nette|lordi|lordo|l\u00edquid[oa]s?|hrub(?:\u00e9ho|\u00e1|\u00e9|\u011b|ou|\u00fd)|\u010dist(?:\u00e9ho|\u00e1|\u00e9|\u011b|\u00fd))\s+)?(?:monthly|monatlich|mensuel(?:le)?|mensual(?:es)?|mensa(?:l|is)|miesi\u0119cznie|m\u011bs\u00ed\u010dn\u011b|mesa\u010dne|bulanan|havonta)(?![a-z\u00c0-\u024f])/.test(a) || /\bmonthly\b/i.test(before) || MONTH_PAY_WORD.test(before)) return 'month';
  return 'year';
}

/* ---------- sponsorship ---------- */

const SPONSOR_NO = [
  // (s54) The right to work said as no limit on working for anyone: "able to work for any employer in the US", Korean "\ud55c\uad6d \ub0b4
  // \ucde8\uc5c5\uc5d0 \uc81c\ud55c\uc774 \uc5c6\ub294 \ubd84" (no restriction on working in Korea), Japanese "\u5c31\u52b4\u5236\u9650\u306e\u306a\u3044\u65b9"; and Korea's nationals only, "\ub300\ud55c\ubbfc\uad6d \uad6d\uc801\uc790\uc5d0 \ud55c\ud568".
  /\b(?:able|authori[sz]ed|eligible|free|permitted)\s+to\s+work\s+for\s+any\s+(?:US\s+|U\.S\.\s+)?employer\b|\ucde8\uc5c5(?:\uc5d0|\uc774)?\s?(?:\uc81c\ud55c|\uc81c\uc57d)\uc774?\s?\uc5c6|\u5c31\u52b4(?:\u306b)?\u5236\u9650(?:\u306e|\u304c)?(?:\u306a\u3044|\u306a\u3057|\u7121\u3044)|\uad6d\uc801\uc790(?:\uc5d0\s?\ud55c\ud568|\ub9cc|\s?\ud55c\uc815)/iu,
  // (s54) Help with a visa refused in Korean, Japanese or Chinese, the refusal at the clause's end: "\ucde8\uc5c5 \ube44\uc790 \uc9c0\uc6d0 \ubd88\uac00", "\ube44\uc790 \uc2a4\ud3f0\uc11c\ub294
  // \ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4", "\u30d3\u30b6\u53d6\u5f97\u306e\u30b5\u30dd\u30fc\u30c8\u306f\u884c\u3063\u3066\u304a\u308a\u307e\u305b\u3093", "\u30d3\u30b6\u30b5\u30dd\u30fc\u30c8\u306a\u3057", "\u7b7e\u8bc1\u4e0d\u63d0\u4f9b"; or before the help in Chinese, "\u4e0d\u63d0\u4f9b\u5de5\u4f5c\u7b7e\u8bc1", "\u65e0\u6cd5\u529e\u7406\u7b7e\u8bc1".
  // (Not a visa said to be needless, "\ube44\uc790 \ubd88\ud544\uc694", "\u30d3\u30b6\u4e0d\u8981": no help refused.)
  /(?:\ube44\uc790|\u30d3\u30b6|\u7b7e\u8bc1|\u7c3d\u8b49)[^\n\u3002.!]{0,24}?(?:\ubd88\uac00|\uc5c6\uc2b5\ub2c8\ub2e4|\uc5c6\uc74c|\ud558\uc9c0\s?\uc54a|\ub418\uc9c0\s?\uc54a|\u306a\u3057|\u7121\u3057|\u4e0d\u53ef|\u3067\u304d\u307e\u305b\u3093|\u304a\u308a\u307e\u305b\u3093|\u3044\u307e\u305b\u3093|\u3057\u307e\u305b\u3093|\u3042\u308a\u307e\u305b\u3093|\u4e0d\u63d0\u4f9b|\u4e0d\u652f\u6301|\u4e0d\u534f\u52a9|\u65e0\u6cd5|\u7121\u6cd5)|(?:\u4e0d|\u65e0\u6cd5|\u7121\u6cd5|\u4e0d\u80fd)\s?(?:\u63d0\u4f9b|\u652f\u6301|\u534f\u52a9|\u5354\u52a9|\u529e\u7406|\u8fa6\u7406|\u7533\u8bf7)[^\n\u3002]{0,6}?(?:\u7b7e\u8bc1|\u7c3d\u8b49)/u,
  // (s54) The right to work said to be required by a verb before it, as Polish puts it ("Wymagamy prawa do pracy w Polsce" read
  // "Required right to work in Poland"), or in English: "We require the right to work in the UK", "required: a valid work permit".
  /(?:^|[.;:\u2022]\s*)(?:we\s+)?requir(?:e|es|ed)\s*:?\s+(?:an?\s+|the\s+|your\s+)?(?:valid\s+|existing\s+|current\s+)?(?:(?:EU|UK|US|U\.S\.|[A-Z][a-z]+(?:ian|an|ish|ese|ch|ss))\s+)?(?:right to (?:live and )?work|work permit|work authori[sz]ation|citizenship)\b(?![^.;\n]{0,40}\b(?:sponsor\w*|support|assistance|help|provided|offered|available)\b)/m,
  // (s53) Those who would need sponsorship said not to be taken: "This role isn't open to candidates who'd need visa
  // sponsorship", "not open to applicants requiring a work visa".
  /\b(?:isn(?:'|\u2019)t|is\s+not|aren(?:'|\u2019)t|are\s+not|not)\s+(?:\w+\s+)?open\s+to\s+(?:[\w-]+\s+){0,3}?(?:(?:who|that)\b(?:(?:'|\u2019)d|\s+would|\s+will|\s+currently|\s+now)?\s+)?(?:need|require|requir)\w*\s+(?:[\w-]+\s+){0,2}?(?:sponsor\w*|visas?|work permits?)\b/i,
  // (s53) A visa held already asked, in Korean, Japanese or Chinese: "\ucde8\uc5c5 \ube44\uc790\ub97c \uc774\ubbf8 \ubcf4\uc720\ud55c \ubd84\ub9cc" (only those who already hold a work
  // visa), "\uad6d\ub0b4 \ucde8\uc5c5 \uac00\ub2a5\ud55c \ube44\uc790 \uc18c\uc9c0\uc790" (a holder of a visa to work here), "\u6301\u6709\u5de5\u4f5c\u7b7e\u8bc1", "\u30d3\u30b6\u3092\u304a\u6301\u3061\u306e\u65b9": the right to work held.
  /(?:\ube44\uc790|\u30d3\u30b6|\u7b7e\u8bc1|\u7c3d\u8b49)[^\n\u3002.]{0,8}?(?:\ubcf4\uc720|\uc18c\uc9c0|\u6301\u6709|\u304a\u6301\u3061|\u4fdd\u6709|\u6240\u6301)|(?:\u6301\u6709|\u5177\u6709)[^\n\u3002.]{0,6}?(?:\u7b7e\u8bc1|\u7c3d\u8b49)/u,
  // (s44) The visa or the permit first, then its help refused, as a language that puts the object first reads in English
  // words: "Munkavállalási engedélyt nem tudunk biztosítani" as "Work permit … not … help", "Work permits we do not sponsor".
  /\b(?:visas?|work permits?|permits?)\b[^.;,]{0,30}?\bnot\b(?!\s+(?:required|needed|necessary))[^.;,]{0,20}?\b(?:help|sponsor|provide|offer|support)\b/i,
  // (s51) The refusal before the visa, then the help, as Dutch and German put it: "Wij kunnen helaas geen visum voor je aanvragen"
  // as "… not visa voor je help". (Not a visa said to be needless, "no visa needed; we help with the move".)
  /\b(?:not|no)\s+(?:[\w-]+\s+)?(?:visas?|work permits?)\b(?!\s+(?:required|needed|necessary|is\s+(?:required|needed|necessary)))[^.;,]{0,30}?\b(?:help|sponsor|provide|offer|support|apply)\b/i,
  // (s44) A refusal whose scope holds help with a visa, however the help is worded: "We will not be able to provide H-1B
  // support", "we're unable to file new petitions", "cannot process work permits for this role". (Not "not only": "we don't
  // just sponsor visas, we cover the move too".)
  /(?:\bnot|n(?:'|\u2019)t|\bunable|\bcannot|\bno longer)(?!\s+(?:only|just)\b)(?:\s+[\w-]+){0,5}?\s+(?:sponsor\w*|support|provide|offer|assist|help|cover|process|file|handle|arrange)(?:\s+(?:with|for|any|new|an?|the|your|their|employment-based|employer))*\s+(?:(?:visa|immigration|H-?1-?B|work permit|work visa)s?\b(?!\s+(?:holders?|transfers?)\b)|(?:visa\s+|immigration\s+)?sponsorship\b|(?:visa\s+|H-?1-?B\s+)?petitions?\b)/i,
  // ("You must already live in and be able to work from the EU or UK": the right to work held, where the work is.)
  /\bmust\b[^.;\n]{0,40}\bable\s+to\s+(?:live\s+and\s+)?work\s+(?:legally\s+)?(?:in|from)\s+(?:the\s+)?(?:US|U\.S\.|USA|UK|EU|EEA|United\s+(?:States|Kingdom)|Canada|Australia|New Zealand|Ireland|Germany|Switzerland|Singapore)\b/i,
  // (s53) A work permit or the right to work said to be required, as "nationality required" is: "Work permit canadien valide
  // exig\u00e9" read "Work permit ... must", "Valid UK work permit required". (Not one said needless, nor one the employer helps with.)
  /(?<!\b(?:no|not|without)\s+(?:\w+\s+){0,2})\b(?:work permit|work authori[sz]ation|right to work|residence permit)\b(?![^.;\n]{0,40}\b(?:not|no longer)\s+(?:required|needed|necessary))[^.;\n]{0,40}?\b(?:required|mandatory|a must|must|needed)\b(?![^.;\n]{0,30}\b(?:help|support|sponsor|assist)\w*)/i,
  // ("Thai nationality only", "Egyptian nationality required".)
  /\bnationality\s+(?:only|required)\b/i,
  // (s57: "Only Singaporeans and PRs will be considered", "only Canadians may apply": a nationality, or its residents, alone
  // taken.)
  /\b[Oo]nly\s+[A-Z][a-z]+(?:ans|ians|ers|ese|is|ish|s)\b(?:\s+(?:and|or|&|\/)\s+(?:PRs?|permanent\s+residents|[A-Z][a-z]+s))?\s+(?:will\s+be\s+considered|may\s+apply|can\s+apply|need\s+apply|are\s+eligible)\b/,
  // ("Permit B/C or nationality Swiss / EU required", as a French line reads: a nationality said to be required.)
  // (s57: or essential, "Australian citizenship and a current NV1 clearance are essential".)
  // (Not one said needless: "Citizenship is not essential".)
  /\b(?:nationality|citizenship)\b(?:(?!\bnot\b|n(?:'|\u2019)t\b|\bno\b)[^.;\n]){0,40}\b(?:required|mandatory|a must|essential|compulsory)\b/i,
  // (s57) Sponsorship named first, then said not to be offered: "Sponsorship is off the table", "Visa sponsorship is something
  // we can't offer here", "sponsorship isn't on offer". (Not "Sponsorship is something we can offer": no refusal.)
  /\b(?:visa\s+|immigration\s+)?sponsorship\s+(?:is|isn(?:'|\u2019)t|is\s+not)\s+(?:(?:sadly|unfortunately|currently)\s+)?(?:off\s+the\s+table|not\s+on\s+(?:the\s+table|offer)|(?:something|one\s+thing|not\s+something)\s+(?:that\s+)?we\s+(?:can(?:'|\u2019)t|cannot|can\s+not|are\s+unable\s+to|aren(?:'|\u2019)t\s+able\s+to|don(?:'|\u2019)t|do\s+not|won(?:'|\u2019)t)\s+(?:\w+\s+)?(?:offer|provide|give|do|support|extend|help\s+with)\b)|\b(?:visa\s+|immigration\s+)?sponsorship\s+(?:isn(?:'|\u2019)t|is\s+not)\s+(?:currently\s+)?on\s+offer\b/i,
  // ("This role does not qualify for employer-sponsored work authorization".)
  /\b(?:does not|doesn(?:'|\u2019)t|do not|don(?:'|\u2019)t|is not|isn(?:'|\u2019)t|not)\s+(?:\w+\s+){0,2}(?:qualify|eligible)\s+for\s+(?:[\w-]+\s+){0,2}?(?:[\w]+-)?sponsor\w*/i,
  // ("Nous ne pouvons pas sponsoriser de visa", "aucun accompagnement visa": refused in French.)
  /\b(?:pas|aucune?)\b[^.;\n]{0,40}?\b(?:visas?|permis de travail|sponsoris\w*|parrainage)\b/i,
  // ("Leider k\u00f6nnen wir kein Visum sponsern", "keine Unterst\u00fctzung bei der Arbeitserlaubnis": a visa or a permit refused, in German.)
  /\b(?:kein\w*|nicht)\b[^.;\n]{0,40}?\b(?:Visum|Visa|Visa-\w+|Blaue[n]? Karte|Aufenthaltstitel|Arbeitserlaubnis|Arbeitsgenehmigung|Sponsoring)\b/i,
  // "Visa: USC, GC, GC-EAD, H4-EAD only": a staffing listing's US work statuses, the ones it takes.
  /\b(?:USC|GC|GC[- ]EAD|H4[- ]EAD|L2[- ]EAD|US citizens?|green card(?: holders?)?)\s*(?:,|\/|or|and)\s*(?:[\w-]+\s*(?:,|\/|or|and)\s*){0,5}[\w-]+\s+only\b/i,
  // (s51: "Sponsoring or transferring an employment visa isn't something we can do": the help named first, then refused.)
  /\b(?:sponsor\w*|visas?|transferr?ing)\b[^.;\n]{0,60}?\b(?:is|are)(?:\s+not|n(?:'|\u2019)t)\s+something\s+(?:that\s+)?we\s+(?:can|could|are able to)\s+(?:do|offer|provide|support)\b/i,
  /\b(?:no|not|without)\s+(?:[\w-]+\s+){0,2}(?:visa\s+)?sponsor(?:ship|ing)?\b/i,
  // "No remote position or visa sponsorship available", "not open to candidates on OPT or requiring future sponsorship".
  /\bno\s+(?:[\w-]+,?\s+){1,4}(?:or|nor|and)\s+(?:visa\s+|immigration\s+)?sponsorship\b|\bnot\s+(?:open|available)\s+to\s+(?:[\w-]+\s+){0,5}(?:requiring|needing|who (?:need|require)s?)\s+(?:[\w-]+\s+){0,2}(?:sponsorship|visas?)\b/i,
  // "Visa: US citizen or green card holder", "Work authorization: USC/GC": a field that names the statuses taken.
  // (s51: "Work eligibility: Canadian citizen or permanent resident", the same field by another name.)
  /(?:^|\|)\s*(?:visas?|work authori[sz]ation|work eligibility|eligibility to work|citizenship|work status|immigration status)\s*:\s*(?:[\w.-]+\s+){0,2}(?:citizens?(?:hip)?|green card|permanent residen\w*|USC|GC)\b(?![^.;|\n]{0,40}\b(?:sponsor\w*|welcome|preferred|not required|not needed)\b)/im,
  // "US Citizen", "- Green card holder": a line that is a status alone, as a field of the asks (a status welcomed or
  // offered says more than its name).
  /^[\s\u2022*\u2013-]*(?:U\.?\s?S\.?|EU|UK|American|Canadian|British|Australian|Swiss)\s+(?:citizen(?:s|ship)?|persons?|national(?:s|ity)?|green card(?: holders?)?|passport(?: holders?)?)(?:\s+(?:only|required|needed))?\s*[.!]?\s*$/im,
  // "Visa status: we can't support new applications", "Sponsorship: unfortunately not for this role": a field whose value refuses.
  /\b(?:visas?|visa\s+(?:status|support|sponsorship)|sponsorship|immigration(?:\s+support)?|H-?1-?B|O-?1|TN|work permits?)\s*:\s*(?:[\w'’,]+\s+){0,3}?(?:no|not|cannot|can(?:'|’)?t|unable|won(?:'|’)t|none)\b/i,
  // "Visa: no", "Sponsorship: none": a header's field that says no.
  /\b(?:visas?|(?:visa\s+)?sponsorship)\s*:\s*(?:no|none|not (?:available|offered|possible)|unavailable|n\/a)\b/i,
  // ("Sadly we can't help with visas for this one": help with a visa refused.)
  /\b(?:unable|not able|(?:aren|isn)(?:'|’)t able|cannot|can(?:'|’)?t|can not|won(?:'|’)t|will not|do not|don(?:'|’)t)\s+(?:to\s+)?(?:help|assist|support)\s+(?:you\s+)?with\s+(?:\w+\s+){0,2}(?:visas?|immigration|work permits?|sponsorship)\b/i,
  // ("We cannot support your application for a work visa": the hire's own application for one, refused.)
  /\b(?:unable|not able|cannot|can(?:'|\u2019)?t|can not|won(?:'|\u2019)t|will not|do not|don(?:'|\u2019)t)\s+(?:to\s+)?(?:help with|assist with|support|cover|handle)\s+(?:your|the|their|an?)\s+(?:[\w-]+\s+){0,2}?applications?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:visas?|work permits?|residence permits?|blue cards?)\b/i,
  // ("We're unable to hire outside the US or sponsor visas": the refusal joined by "or" to another.)
  /\b(?:unable|not able|cannot|can(?:'|’)?t|can not|won(?:'|’)t|will not)\s+(?:to\s+)?(?:[\w-]+\s+){1,5}or\s+sponsor\b/i,
  /\b(?:unable|not able|cannot|can(?:'|’)?t|can not|do not|don(?:'|’)t|does not|doesn(?:'|’)t|won(?:'|’)t|will not|are not|aren(?:'|’)t|is not|isn(?:'|’)t|not)\s+(?:\w+\s+){0,3}(?:sponsor|provide sponsorship|offer sponsorship|support visas?|(?:provide|offer|give)\s+(?:any\s+)?(?:[\w-]+\s+(?:or|nor|and|&)\s+)?(?:visa|immigration)\s+(?:support|assistance|help))/i,
  /\bsponsorship\s*:?\s+(?:is\s+)?(?:not|unavailable|isn(?:'|’)t|none\b|no\b)/i,
  // (s59: a visa, or help with one, said not to be given, "ESTA/visa not provided", "Visa support is not provided for this role",
  // "Work permits are not offered": refused, as "sponsorship is not available" is; not a visa said to be needless, "no visa
  // is needed".)
  /\b(?:visas?|ESTA|work permits?|immigration)(?:\s*(?:\/|\bor\b|\band\b|&)\s*(?:visas?|ESTA|work permits?))?(?:\s+(?:support|sponsorship|assistance|help))?\s+(?:is\s+|are\s+|will\s+|can\s+)?(?:not|never|n(?:'|\u2019)t)\s+(?:be\s+)?(?:provided|offered|available|included|supported|covered|arranged)\b/i,
  /\bsponsor(?:ship)?\b[^.;\n]{0,20}\b(?:is|are)\s+not\b(?!\s+(?:a problem|an issue))/i,
  // (s51: a word or two between, "Sponsorship is currently not available", "Visumsponsoring is bij ons niet mogelijk" as "Sponsorship is bij
  // ons not possible".)
  /\bsponsor(?:ship)?\b[^.;\n]{0,20}\b(?:is|are)\s+(?:[\w-]+\s+){1,3}?not\s+(?:possible|available|offered|an option)\b/i,
  /\bmust\s+(?:\w+\s+){0,2}(?:be\s+)?(?:legally\s+)?(?:(?:authori[sz]ed|eligible)\s+to\s+work|able\s+to\s+work\s+(?:legally|in\s+the\s+(?:US|U\.S\.|UK|EU|United)))/i,
  /(?<!\b(?:not|no need to be|regardless of being)\s)\b(?:authori[sz]ed|auth) to work in\b/i,
  /\b(?:must|need to|required to)\s+(?:already\s+|currently\s+)?(?:have|hold|possess)\s+(?:\w+\s+){0,3}(?:right to work|work(?:ing)? (?:authori[sz]ation|permit|visa|rights)|citizenship|green card)/i,
  /\b(?:existing|current|valid|pre-existing)\s+(?:\w+\s+){0,2}(?:work authori[sz]ation|authori[sz]ation to work|right to work|work permit|work(?:ing)? rights|residen(?:ce|cy) permit|employment pass|work visa|PR status|blue card)/i,
  // "You must be a permanent resident or citizen of New Zealand", "must be an EU citizen".
  /\b(?:must|need to|needs to|have to|has to|required to)\s+(?:(?!be\b)[\w.-]+\s+){0,5}?(?:or\s+)?be\s+(?:an?\s+)?(?:[\w.-]+\s+){0,2}(?:citizen|permanent resident|national)s?\b(?!\s+(?:of\s+)?(?:the\s+)?(?:team|world|community))/i,
  /\b(?:hold|have)\s+(?:(?:pre-)?settled status|indefinite leave to remain|ILR)\b/i,
  // ("Acme | Field Engineer | Calgary | Canadian citizen or PR | Travel 30%", "- Right to work in the UK": a header's field or
  // a line that is statuses alone, as session 38's convention reads a header's demand.)
  /(?:^|\|)[\s\u2022*\u2013-]*(?:(?:U\.?S\.?|EU|EEA|UK|NZ|SA|American|Canadian|British|Australian|Swiss|Irish|Indian|Singapore(?:an)?|South African|Filipino|Malaysian|Kenyan|Nigerian|Emirati|Saudi|Israeli)\s+)?(?:citizens?(?:hip)?|PR|permanent residen(?:ts?|cy|ce)|green card(?: holders?)?|right to (?:live and )?work|work(?:ing)? rights|work permit|work authori[sz]ation)(?:\s+(?:in|for|of)\s+(?:the\s+)?(?:[A-Z][\w.]*|U\.S\.)(?:\s+[A-Z]\w*)?)?(?:\s*(?:\/|or|and|,)\s*(?:(?:U\.?S\.?|EU|EEA|UK|NZ|American|Canadian|British|Australian|Swiss|Irish)\s+)?(?:citizens?(?:hip)?|PR|permanent residen(?:ts?|cy|ce)|green card(?: holders?)?|work permit))*(?:\s+(?:only|required|needed|a must))?\s*[.!]?\s*(?=\||$)/im,
  // ("A Hong Kong ID with right of abode": the right to live and work there, named.)
  /\bright of abode\b(?![^.;\n]{0,30}\b(?:not required|welcome|preferred))/i,
  // ("Must be a Swiss resident with a C or B permit": a permit by its letter, held.)
  /\b(?:[Mm]ust|[Nn]eed to|[Rr]equired to|[Oo]nly)\b[^.;\n]{0,50}\b(?:with|hold|holding|have|having)\s+(?:an?\s+|valid\s+)*[A-Z](?:\s*(?:or|\/)\s*[A-Z])?\s+permits?\b/,
  // ("Or another UK work visa you already hold", "a permit you currently have": the status named, then held already.)
  /\b(?:visas?|permits?|status|right to work|work authori[sz]ation|citizenship|residency|passports?|pass)\s+(?:that\s+)?you\s+(?:already|currently)\s+(?:hold|have|possess)\b/i,
  // A work permit asked in French, German, Spanish or Italian words in an English posting ("Permis de travail valide requis").
  /\b(?:permis de travail|autorisation de travail|titre de s[\u00e9e]jour|Arbeitserlaubnis|Arbeitsgenehmigung|Aufenthaltstitel|permiso de trabajo|autorizaci[\u00f3o]n de trabajo|permesso di lavoro)\b(?![^.;\n]{0,40}\b(?:fourni|offert|sponsoris\w*|provided|offered|available|support\w*|help)\b)/i,
  // ("You have the legal right to work in Germany": said of the one sought.)
  /\byou\s+(?:already\s+)?(?:have|hold|possess)\s+(?:the\s+|a\s+)?(?:(?:full|legal|valid|unrestricted)\s+)*(?:right to (?:live and )?work|work (?:authori[sz]ation|permit|rights))\b/i,
  // ("Settled or pre-settled status in the UK required", "Stamp 4 holders only": the status said to be needed.)
  /\b(?:(?:pre-)?settled status|indefinite leave to remain|ILR|Stamp\s?(?:1G|4))\b[^.;\n]{0,30}\b(?:required|needed|a must|mandatory|essential|only)\b|\b(?:must|need to|required to)\s+(?:\w+\s+){0,2}(?:hold|have)\s+(?:an?\s+)?(?:Stamp\s?(?:1G|4))\b/i,
  /\b(?:u\.?s\.?|us|american|canadian|eu|uk)\s+citizens?(?:hip)?\s+(?:only|required|is required)/i,
  // (Not statuses welcomed: "US citizens and green card holders are welcome".)
  /\b(?:citizens|citizenship)\s+(?:or|and|\/)\s+(?:permanent residen|green card)(?![^.;\n]{0,40}\b(?:welcome[ds]?|encouraged|invited)\b)/i,
  /\bmust\s+be\s+(?:a\s+)?(?:u\.?s\.?|us|american|canadian)\s+(?:citizen|person|permanent resident)/i,
  // ("Open only to U.S. citizens": the words between may hold dots.)
  /\b(?:only|exclusively)\s+(?:[\w.]+\s+){0,3}(?:citizens|permanent residents|green card holders)\b/i,
  // "This role is limited to US citizens and permanent residents": the statuses the role is open to.
  /\b(?:limited|restricted|open|confined)\s+(?:only\s+|solely\s+|exclusively\s+)?to\s+(?:[\w.]+\s+){0,3}(?:citizens|permanent residents|green card holders|U\.?S\.? persons)\b/i,
  /\bno[\s-]+visas?\b|\bno[\s-]+h-?1b/i,
  // ("We do not currently support H-1B, TN, or O-1 petitions": a US visa refused by its kind.)
  /\b(?:unable|not able|cannot|can(?:'|\u2019)?t|can not|won(?:'|\u2019)t|will not|do not|don(?:'|\u2019)t|does not|doesn(?:'|\u2019)t|not)\s+(?:to\s+)?(?:\w+\s+){0,2}(?:support|file|sponsor|process|handle|submit|take on)\s+(?:new\s+|any\s+)?(?:H-?1-?B|O-?1|TN|E-?3|L-?1|(?:STEM\s+)?OPT)(?![\w-])/i,
  // "We're unable to consider applicants who need a work visa": those who need one are turned away.
  /\b(?:unable|not able|cannot|can(?:'|’)?t|won(?:'|’)t|will not|do not|don(?:'|’)t|are not|not)\s+(?:to\s+)?(?:\w+\s+){0,2}(?:support|consider|accept|hire|employ|take on|process|proceed with|move forward with)\s+(?:\w+\s+){0,2}(?:applicants|candidates|applications|people|anyone|those|individuals)\s+(?:who|that|requiring|needing|on|with|holding)\b[^.;]{0,30}\b(?:visas?|sponsor\w*|work permits?|immigration|h-?1bs?|opt|cpt)\b/i,
  /\bcitizens?(?:hip)?\s*(?:\/|or)\s*(?:existing\s+)?visa(?:\s+holders?)?\s+only\b/i,
  /\brequir\w*\s+(?:[\w./-]+\s+){0,3}(?:citizenship|nationality|permanent residency|right to work|work authori[sz]ation)\b/i,
  // ("Imprescindible permiso de trabajo en la UE", as a Spanish line reads: a permit held, required; not "required: work permit sponsorship".)
  /^[\s\u2022*-]*required\s*:?\s+(?:an?\s+|(?:a\s+)?valid\s+)?work permit(?!\s+(?:sponsor\w*|support|assistance|help|applications?))\b/im,
  // ("EU work permit needed": a permit held already, as the right to work is.)
  // ("Citizenship in Canada is mandatory": the place between.)
  // (s50: "Existing Canadian work eligibility is a must": eligibility to work, held already.)
  /\b(?:citizenship|nationality|permanent residency|right to work|(?:work )?auth(?:ori[sz]ation)?(?: to work)?|work(?:ing)? rights|work eligibility|eligibility to work|work permit|residen(?:ce|cy) permit|employment pass|PR status)(?:\s+(?:in|for|of)\s+(?:the\s+)?(?:[A-Z][\w.]*|U\.S\.)(?:\s+[A-Z]\w*)?)?\s*(?:\(|is\s+|are\s+)?\s*(?:required|a requirement|regulatory requirement|mandatory|essential|needed|necessary|a must)/i,
  // "Must have: US Citizen", "Requirements: … Canadian citizenship".
  // (Not the citizens an offer is for: "Requirements: sponsorship for E-3 visas is available for Australian citizens".)
  /\b(?:must(?: have| be)?|required|requirements?)\b(?:(?!\b(?:sponsor\w*|visas?|available|offered)\b)[^.;]){0,60}\b(?:U\.?S\.?|American|Canadian|British|EU|UK|Australian)\s+citizen(?:s|ship)?\b(?!\s+(?:or\s+)?(?:not required|welcome|preferred|(?:are\s+)?(?:encouraged|invited)\s+to\s+apply))/i,
  // ("Holders of an EU passport only": the holders named before what they hold.)
  /\bholders?\s+of\s+(?:an?\s+|a\s+valid\s+)?(?:[\w.-]+\s+){0,2}(?:passports?|work permits?|green cards?|residen(?:ce|cy) permits?|(?:[\w-]+\s+)?visas?)\b[^.;\n]{0,30}\bonly\b|\bonly\s+(?:to\s+)?holders?\s+of\s+(?:an?\s+|a\s+valid\s+)?(?:[\w.-]+\s+){0,2}(?:passports?|work permits?|green cards?|residen(?:ce|cy) permits?|work visas?)\b/i,
  /\b(?:citizens|nationals|green card holders|permanent residents|passport holders)(?:\s*(?:\/|or|and)\s*(?:green card holders|permanent residents|citizens|nationals|passport holders))?\s+(?:[\w.,]+\s+){0,4}only\b/i,
  // "US citizenship and an active Secret clearance are required", "must already live in Canada and hold work authorization".
  /\b(?:U\.?S\.?|American|Canadian|British|EU|UK|Australian|Israeli)\s+citizen(?:s|ship)?\b(?![^.;]{0,60}\b(?:not|n(?:'|’)t)\s+(?:required|needed|necessary))[^.;]{0,60}\b(?:(?:is|are)\s+required|required|mandatory|a must)\b/i,
  /\b(?:must|need to|required to)\b[^.;]{0,50}\b(?:hold|have|possess)\s+(?:\w+\s+){0,3}(?:work authori[sz]ation|authori[sz]ation to work|right to work|work permit|citizenship)\b/i,
  // "Please only apply if you have the right to work in Australia": the right to work held is the condition.
  /\bif\s+you\s+(?:already\s+)?(?:have|hold)\s+(?:the\s+|a\s+|full\s+|valid\s+|current\s+)*(?:right to (?:live and )?work|work (?:authori[sz]ation|permit|rights))\b/i,
  // "You'll need the right to work in the UK": the right to work needed is one held already.
  /(?<!(?:not|n't|n’t|never)\s)\b(?:need|needs|require|requires)\s+(?:[\w.-]+\s+){0,3}(?:right to (?:live and )?work|work (?:authori[sz]ation|permit|rights)|citizenship)\b/i,
  // "Only open to applicants holding a UK work permit": the right to work is the condition.
  /\bonly\b[^.;\n]{0,40}\b(?:with|holding|who (?:already )?(?:have|hold))\s+(?:[\w.]+\s+){0,3}(?:work authori[sz]ation|right to work|work permits?|work(?:ing)? rights|citizenship|green cards?|permanent residency)\b/i,
  // "U.S. person" is export-control law's word for a citizen or permanent resident: asked wherever it is named ("non-U.S. persons welcome" is not).
  /(?<!\bnon[- ]?)\bU\.?\s?S\.?\s+persons?\b(?![^.;\n]{0,30}\b(?:not required|welcome|also welcome))/i,
];
const SPONSOR_YES = [
  // (s56: the employer, or a team of its, taking the permit's steps on itself: "we take care of the work pass application", "our
  // mobility team handles your Blue Card", "we'll sort out the visa paperwork"; not refused or left to the hire.)
  /^(?![^\n]*(?:\b(?:not|cannot|unable|no|never)\b|n(?:'|\u2019)t\b|\byour own\b))[^\n]*\b(?:we|we(?:'|\u2019)ll|our\s+(?:[\w-]+\s+){0,2}team|the\s+company)\s+(?:will\s+|can\s+|gladly\s+|happily\s+)?(?:takes?\s+care\s+of|handles?|looks?\s+after|arranges?|manages?|sorts?\s+out|deals?\s+with|organi[sz]es?|takes?\s+on)\s+(?:the\s+|your\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?(?:visas?|work\s+permits?|work\s+pass(?:es)?|employment\s+pass(?:es)?|blue\s+cards?|residence\s+permits?|immigration)\b/i,
  // (s49: the employer's help with the work permit said in Finnish, the permit in any of its cases: "Autamme ty\u00f6luvan ja
  // muuton kanssa", "hoidamme oleskeluluvan"; not refused, "emme voi auttaa ty\u00f6luvan kanssa".)
  /(?<!(?:^|[^\p{L}])(?:emme|ei)(?![\p{L}])[^.;\n]{0,30})(?<![\p{L}])(?:autamme|avustamme|hoidamme|tuemme|j\u00e4rjest\u00e4mme)(?![\p{L}])[^.;\n]{0,40}?(?<![\p{L}])(?:ty\u00f6lu[pv]\p{L}*|oleskelulu[pv]\p{L}*)/iu,
  // (s47: "This post is eligible for sponsorship under the Skilled Worker route", "the role is eligible for immigration
  // sponsorship": the job said to qualify for it; "not eligible" is a refusal, SPONSOR_NO, read first.)
  /\b(?:post|role|position|job|vacancy|opening|this)\s+(?:is|may be|will be|would be)\s+(?:also\s+)?eligible\s+for\s+(?:[\w-]+\s+){0,3}?sponsorship\b/i,
  // ("We can apply for a Kennismigrant permit for candidates from outside the EU", "we'll file for your work visa".)
  /\bwe(?:(?:'|\u2019)ll|\s+will|\s+can|\s+are able to|\s+do)?\s+(?:gladly\s+|happily\s+)?(?:apply|file)\s+for\s+(?:an?\s+|the\s+|your\s+)?(?:[\w()-]+\s+){0,5}?(?:visas?|permits?|employment pass(?:es)?|blue cards?)\b/i,
  // ("\u2026 and will handle the EP application": the employer's promise, its subject said before "and".)
  /\b(?:and|&)\s+(?:will|can|(?:'|\u2019)ll)\s+(?:gladly\s+)?(?:handle|file|submit|cover|support|sponsor)\s+(?:the\s+|your\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:EP|S\s?Pass|Employment Pass|visa|work permit|blue card|H-?1-?B|O-?1|TN|E-?3)\s+(?:applications?|petitions?|transfers?|paperwork|process)\b/i,
  // ("Applicants who require a Skilled Worker visa are welcome": those who need one, welcomed.)
  /\b(?:applicants|candidates|those|people|anyone)\s+(?:who\s+)?(?:require|requires|need|needs|needing|requiring)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:visas?|sponsorship|work permits?)\s+(?:are|is)\s+(?:very\s+|also\s+|most\s+)?(?:welcome|encouraged)\b/i,
  // ("Nous accompagnons les candidats dans leurs d\u00e9marches de visa", "prise en charge du visa": seen to, in French; not refused.)
  /(?<!\b(?:pas|aucune?|ne)\b[^.;\n]{0,40})\b(?:accompagn\w*|aid\w*|prenons en charge|prise en charge|soutien|sponsoris\w*)\b[^.;\n]{0,60}?\b(?:visas?|titre de s[\u00e9e]jour|permis de travail|passeport talent)\b/i,
  // ("Wir unterst\u00fctzen dich beim Antrag auf die Blaue Karte EU", "Hilfe beim Visum": the visa or the permit seen to, said in German.)
  // (Not where it is refused: "Leider keine Hilfe beim Visum", SPONSOR_NO.)
  /(?<!\b(?:kein\w*|nicht)\b[^.;\n]{0,40})\b(?:unterst\u00fctz\w*|helfen|hilft|Hilfe|Unterst\u00fctzung|\u00fcbernehmen)\b[^.;\n]{0,60}?\b(?:Visum|Visa|Blaue[n]? Karte|Aufenthaltstitel|Aufenthaltserlaubnis|Arbeitserlaubnis|Arbeitsgenehmigung)\b/i,
  /\bvisa\s+sponsorship\s+(?:is\s+)?(?:available|provided|offered|possible|supported|\+|and\b|included|on the table|an option)/i,
  // (s48: a country's named route for skilled hires seen to by the employer, in English, German or Dutch: "We support non-EU
  // candidates with the Red-White-Red Card", "Unterst\u00fctzung bei der Rot-Wei\u00df-Rot-Karte", "we will support a Critical Skills
  // Employment Permit", "vragen wij de kennismigrantenvergunning aan", "Red-White-Red Card support"; not where it is refused,
  // "we cannot apply for a kennismigrant permit", read first by SPONSOR_NO, nor a lookbehind's no.)
  /(?<!\b(?:no|not|cannot|can(?:'|\u2019)t|unable|kein\w*|nicht|geen|niet)\b[^.;\n]{0,40})\b(?:support\w*|help\w*|assist\w*|arrang\w*|handl\w*|sponsor\w*|apply|applies|unterst\u00fctz\w*|Unterst\u00fctzung|Hilfe|helfen|beantrag\w*|begleit\w*|regel\w*|vragen|aanvragen|verzorg\w*|ondersteun\w*)\b[^.;\n]{0,60}?(?:Red[- ]White[- ]Red[- ]Card|Rot[- ]Wei(?:\u00df|ss)[- ]Rot\s?(?:[-\u2013]\s?)?Karte|kennismigrant\w*|knowledge[- ]migrant|(?:highly\s+)?skilled[- ]migrant|Critical\s+Skills(?:\s+Employment)?\s+Permit|Global\s+Talent\s+visa)/i,
  // (s48: Dutch, the visa or permit applied for or arranged by the employer, "Wij kunnen een kennismigrantenvisum aanvragen"
  // (foreign.ts has put the visa in English), "we regelen je werkvergunning"; not "geen visum aanvragen".)
  /(?<!\b(?:geen|niet|no|not)\b[^.;\n]{0,40})\b(?:visas?|visum|(?:werk|verblijfs)?vergunning|(?:work|residence)\s+permit)\s+(?:voor\s+(?:je|jou|u)\s+)?(?:aanvragen|aan|regelen|verzorgen)\b/i,
  /\b(?:wij|we)\s+(?:regelen|verzorgen|vragen)\s+(?:je|jouw|uw|de|een)\s+(?:[\w-]+\s+){0,2}?(?:visas?|visum|(?:werk|verblijfs)?vergunning)\b/i,
  new RegExp(String.raw`(?:Red[- ]White[- ]Red[- ]Card|Rot[- ]Wei(?:\u00df|ss)[- ]Rot\s?(?:[-\u2013]\s?)?Karte|kennismigrant\w*|knowledge[- ]migrant|(?:highly\s+)?skilled[- ]migrant|Critical\s+Skills(?:\s+Employment)?\s+Permit|Global\s+Talent\s+visa)[^.;\n]{0,40}?\b(?:support|sponsorship|assistance|help|Unterst\u00fctzung|aan(?:vragen)?|aanvraag|regelen|verzorg\w*|ondersteuning)\b(?![^.;\n]{0,20}\b(?:not|no|unavailable|niet|nicht|kein\w*)\b)`, 'i'),
  // ("Visa, medical insurance and relocation provided", "Work visa and flights covered": the visa among what the employer provides.)
  /(?<!\b(?:kein\w*|nicht|ohne)\b[^.;\n]{0,40})\bVisa-?(?:Unterst\u00fctzung|Sponsoring|Support)\b/i,
  // (s61: and the country's name before a residence, work or employment visa, "UAE residence visa and medical cover provided"; and a
  // residence permit, "Residence permit and yearly flights provided".)
  /(?:^|[.;:\n\u2022]\s*)(?:(?!(?:No|Not|Never)\b)[A-Z][A-Za-z]{1,15}\s+(?=(?:employment|work|residen(?:ce|cy))\s+visa))?(?:(?:an?|the|your|employment|work|residen(?:ce|cy)|family)\s+)?(?:visas?|work permits?|(?<=residen(?:ce|cy)\s+)permits?)\s*(?:,\s*[\w -]{1,30}?){0,4}(?:,?\s+(?:and|&)\s+[\w -]{1,30}?)?\s+(?:are\s+|is\s+|all\s+)?(?:provided|included|covered|arranged|paid for|taken care of)\b(?![^.;\n]{0,20}\b(?:only|by you)\b)/im,
  // ("비자 지원 가능", "ビザサポートあり", "提供工作签证": the visa seen to, in Korean, Japanese or Chinese; not "비자 지원 불가", "ビザサポートなし".)
  // (s58: or Japan's particle alone between, "\u5c31\u52b4\u30d3\u30b6\u306e\u30b5\u30dd\u30fc\u30c8\u3042\u308a".)
  // (s55: with the visa's getting or filing between, "\u5c31\u52b4\u30d3\u30b6\u306e\u53d6\u5f97\u3092\u30b5\u30dd\u30fc\u30c8\u3057\u307e\u3059", "\u30d3\u30b6\u306e\u7533\u8acb\u624b\u7d9a\u304d\u3092\u652f\u63f4", "\ube44\uc790 \ubc1c\uae09\uc744 \uc9c0\uc6d0".)
  /(?:\ube44\uc790|\u30d3\u30b6|\u7b7e\u8bc1|\u7c3d\u8b49)\s?(?:(?:\u306e\s?)?(?:\u53d6\u5f97|\u7533\u8acb|\u624b\u7d9a\u304d?|\u66f4\u65b0|\ubc1c\uae09|\uc2e0\uccad)(?:\s?\u624b\u7d9a\u304d?)?\s?(?:\u3092|\u306e|\uc744|\ub97c)?\s?)?(?:\u306e\s?)?(?:\uc9c0\uc6d0|\uc2a4\ud3f0\uc11c|\u30b5\u30dd\u30fc\u30c8|\u652f\u63f4|\u30b9\u30dd\u30f3\u30b5\u30fc|\u652f\u6301|\u534f\u52a9|\u5354\u52a9|\u7533\u8bf7|\u7533\u8acb|\u53d6\u5f97)(?!\s?(?:\ubd88\uac00|\uc5c6\uc74c|\ubd88\uac00\ub2a5|\ud558\uc9c0\s?\uc54a|\u306a\u3057|\u7121\u3057|\u4e0d\u53ef|\u3067\u304d\u307e\u305b\u3093|\u4e0d\u63d0\u4f9b))/u,
  /\u63d0\u4f9b(?:\u5de5\u4f5c)?(?:\u7b7e\u8bc1|\u7c3d\u8b49)/u,
  // "We sponsor." or sponsoring someone or a visa; not "we sponsor our employees' gym memberships".
  /\b(?:we(?:(?:'|\u2019)ll|(?:'|\u2019)d)?|will|can|happy to|able to|do|does|open to|willing to)\s+(?:\w+\s+){0,2}sponsor(?:ing)?\b(?:\s*\([^()]{1,30}\))?(?:\s*(?:[.!,;)]|$)|\s+(?:[\w'’-]+\s+){0,4}?(?:visas?|you|your visa|candidates?|hires?|applicants?|people|engineers|international|foreign|the right|h-?1bs?|o-?1s?|e-?3s?|l-?1s?|tns?|employment|work|skilled|green cards?|immigration|relocation|permits?|those|qualified|eligible)\b)(?!\s+(?:and\s+\w+\s+)?(?:\w+\s+){0,2}(?:conferences?|events?|meetups?|hackathons?|open[- ]source|projects?|podcasts?|teams?|charit\w*|local\b))/i,
  // ("Sponsorship for TN status is offered to Canadian citizens": what the sponsorship is for, between.)
  // (s58: or said to be on offer, "Sponsorship is on offer for this role", "visa sponsorship is on the table"; a refusal, "isn't
  // on offer", "is off the table", is read first by SPONSOR_NO.)
  /\bsponsorship\s+(?:for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3})?(?:is\s+)?(?:available|provided|offered|possible|on\s+offer|on\s+the\s+table)/i,
  /\b(?:offer|provide|offers|provides|including|with|support)\s+(?:\w+\s+){0,2}(?:visa\s+)?sponsorship/i,
  /\b(?:visa|immigration|work permit|blue card|green card|h-?1b)s?\)?(?:\s+and\s+relocation)?\s+(?:support|assistance|help|sponsorship)\b|\b(?:help|support|assist|guide)\s+(?:you|candidates|hires|new hires|employees|people|engineers)\s+(?:\w+\s+){0,4}(?:visas?|work permits?|residen(?:ce|cy) permits?|employment pass(?:es)?|blue cards?|immigration|relocation and visa)\b|\bsponsored\s+(?:[\w-]+\s+){0,3}(?:visas|work permits|h-?1bs?)\b|\bprovide\s+(?:\w+\s+){0,2}visas?\b|\b(?:help|assist|support)\s+(?:you\s+)?with\s+(?:your\s+)?(?:visas?|work permits?|immigration)\b|\b(?:help|assist|support)\s+(?:you\s+)?(?:with|con|avec|mit|met|com)\s+(?:(?:the|your|a|la|el|le|les|los|las|der|die|das|de|du|of|del|des)\s+)?(?:[\w\u00c0-\u024f-]+\s+){0,3}?(?:of\s+|for\s+|de\s+|del\s+|du\s+|des\s+)?(?:the\s+|your\s+|la\s+|el\s+)?(?:visas?|work permits?|immigration)\b/i,
  // ("We support L and B permit applications for non-EU hires": the permit's application, seen to.)
  /\b(?:support|supports|help with|helps with|assist with|handle|handles|cover|covers)\s+(?:(?:the|your|all)\s+)?(?:[\w-]+\s+){0,4}?(?:work\s+|residence\s+)?permit\s+(?:applications?|process(?:es)?|paperwork)\b/i,
  // ("We support your application for a highly skilled migrant visa": the hire's own application for a visa, seen to;
  // not where it is refused, "we cannot support your application for a visa".)
  /(?<!\b(?:not|cannot|never|n[\u2019']t)\s+)\b(?:support|supports|help with|helps with|assist with|handle|handles|cover|covers|sponsor|sponsors)\s+(?:your|the|their|an?)\s+(?:[\w-]+\s+){0,2}?applications?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:visas?|work permits?|residence permits?|blue cards?)\b/i,
  // ("Our lawyers help every international hire with their permit": the hire's permit, seen to.)
  /\b(?:help|helps|assist|assists|support|supports|guide|guides)\s+(?:[\w-]+\s+){0,2}(?:hires?|employees|candidates|newcomers|engineers)\s+(?:with|through)\s+(?:their|your|the)\s+(?:work\s+|residence\s+)?permits?\b/i,
  /\bh-?1b\s+(?:transfers?|sponsorship)\b|\btransfer\w*\s+(?:[\w-]+\s+){0,2}h-?1bs?\b/i,
  // ("H-1B holders: we'll file your transfer", "O-1? We handle the petition": the visa's paperwork done for the hire.)
  /\b(?:h-?1-?b|o-?1|tn|e-?3|l-?1)\b[^.;\n]{0,40}\b(?:we(?:'|’)ll|we will|we)\s+(?:\w+\s+)?(?:file|handle|cover|process|submit|sponsor|support)\s+(?:your\s+|the\s+)?(?:transfer|petition|extension|renewal|paperwork)\b/i,
  // ("We support EP and S Pass applications", "we file TN renewals": the applications for a pass or a visa, seen to.)
  // (Said by the employer: not "a platform that helps immigration lawyers file visa petitions".)
  /\b(?:we(?:(?:'|\u2019)ll|\s+will|\s+can|\s+also)?|our\s+(?:[\w-]+\s+){0,2}(?:team|lawyers?|counsel))\s+(?:gladly\s+|happily\s+)?(?:support|supports|help with|helps with|handle|handles|cover|covers|sponsor|sponsors|file|files)\s+(?:(?:the|your|all)\s+)?(?:[\w-]+\s+(?:and|or|&)\s+)?(?:EP|S\s?Pass|Employment Pass(?:es)?|work pass(?:es)?|blue card|visa|TN|H-?1-?B|O-?1|E-?3)\s+(?:applications?|petitions?|renewals?)\b/i,
  // ("Immigration lawyers on call for new hires": counsel offered to the hire; not a product for lawyers.)
  /(?<!\b(?:for|to|with|serving|serves|helps?|build\w*|make\w*|sell\w*)\s+(?:\w+\s+)?)\b(?:immigration|visa)\s+(?:lawyers?|attorneys?|counsel|advisers?|advisors?|experts?)\s+(?:on call|on retainer|available|on hand|on staff|at your side|help|will help|guide)\b/i,
  // ("We file STEM extensions", "we'll handle the H-1B petition": the visa's paperwork done by the employer.)
  /\bwe(?:(?:'|\u2019)ll|\s+will|\s+can)?\s+(?:\w+\s+)?(?:file|handle|process|submit|cover)\s+(?:your\s+|the\s+|all\s+)?(?:(?:STEM|OPT|H-?1-?B|O-?1|TN|E-?3|L-?1|visa|immigration|green card)\s+)+(?:extensions?|petitions?|transfers?|paperwork|renewals?|applications?)\b/i,
  // ("Immigration lawyer fees are on us", "visa costs are covered": the costs paid for the hire.)
  /\b(?:visa|immigration|work permit|h-?1b|green card)\s+(?:[\w-]+\s+){0,2}(?:fees|costs|expenses|bills?)\s+(?:are|is|will be)\s+(?:on us|covered|paid(?: for)?|reimbursed)\b/i,
  // "We cover visa costs", "we'll handle the immigration paperwork", "Visa: yes".
  // ("We'll file your H-1B cap petition", "our lawyers submit the H-1B paperwork for you"; not "helps families file visa paperwork".)
  /\b(?:file|submit)\s+your\s+(?:[\w-]+\s+){0,2}(?:visa|immigration|work permit|h-?1b|o-?1|green card)|\b(?:file|submit)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:visa|immigration|work permit|h-?1b|o-?1|green card)\s+(?:[\w-]+\s+){0,2}for you\b|\b(?:cover|pay for|pay|handle|take care of|sort out|arrange|organi[sz]e)\s+(?:\w+\s+){0,2}(?:visa|immigration|work permit|residence permit|(?<=\b(?:the|your)\s)permit\b|blue card|h-?1b|green card)|(?<!(?:\bnot|\bnever|\bcannot|n['\u2019]t)\s+)\b(?:cover|pay for|handle|take care of|sort out|arrange|organi[sz]e)\s+(?:your|the|all)\s+(?:[\w-]+\s+)?(?:employee|residence)\s+cards?\b|\bvisas?\s*(?:sponsorships?)?\s*:\s*(?:yes|available|provided|offered|ok)\b/i,
  /(?:^|\|)\s*(?:on-?site\s*,?\s*)?visa\s*(?:\||$)/im,
  /\|\s*[^|\n]*\bvisa\b[^|\n]*(?:\||$)/im,
  /\bsponsorship\b[^:.\n]{0,40}:\s*(?:yes|available|provided|offered)\b/i,
  /\bvisas?\s+(?:sponsored|available|ok)\b/i,
  /\bh-?1b\s*(?:ok|okay|welcome|friendly|possible|transfer|visas?\s+(?:ok|welcome))\b/i,
  // ("TN visas welcome for Canadian and Mexican citizens", "O-1 holders welcome": a US visa by its kind, welcomed.)
  /\b(?:O-?1|TN|E-?3|L-?1)(?:\s+visas?)?(?:\s+holders?)?\s+(?:are\s+)?(?:ok|okay|welcome|possible)\b/,
  // A visa or a permit among what a relocation gives: "relocation package (visa, housing, schools)", "relocation support
  // and visa", "full relocation package, work permit for you and your spouse". (A refusal is read first, above.)
  // (Not when the clause says no, or leaves the visa to the hire: "relocation offered, but you need your own work visa".)
  /\brelocation\b(?![^.;\n]*(?:\b(?:no|not|without|unable|cannot|own|already|existing|valid|must|need|needs|required)\b|n(?:'|’)t\b))[^.;\n]{0,80}?\b(?:visas?|work permits?|residen(?:ce|cy) permits?|immigration|blue cards?|employee cards?|employment pass(?:es)?)\b|\b(?:visas?|work permits?|immigration)\s*(?:and|&|\+|,)\s*relocation\s+(?:support|assistance|help|package|budget|bonus|costs?|covered|provided|available)\b/i,
  // ("We handle the Swiss permit for non-EU hires", "we sort out the B permit": a permit named by its country or letter, seen to.)
  /\b(?:[Hh]andle|[Cc]over|[Ss]ort out|[Aa]rrange|[Pp]rocess|[Tt]ake care of|[Pp]ay for)s?\s+(?:the\s+|your\s+|all\s+)?(?:[A-Z][a-z]+|[A-Z])\s+(?:work\s+|residence\s+)?permits?\b/,
  // ("We'll apply on your behalf", "our lawyers file for it on your behalf": the application made for the hire; the line names
  // a visa or a pass, SPONSOR_TOPIC.)
  /\b(?:we(?:(?:'|\u2019)ll|\s+will|\s+can)?|our\s+(?:[\w-]+\s+){0,2}(?:team|lawyers?|counsel))\s+(?:\w+\s+)?(?:apply|file|submit)\s+(?:(?:for|it|one|them|the\s+\w+|your\s+\w+)\s+){0,2}on\s+your\s+behalf\b/i,
  // ("Visa, flights and the first month's rent are on us", "your visa and the move are covered": the visa among costs borne.)
  /(?<!\b(?:no|not|own)\s+)\b(?:visas?|work permits?|immigration (?:costs|fees))(?:\s*(?:,|and|&|\+)\s*(?:and\s+)?[\w'\u2019 -]{1,30}?){1,4}\s+(?:are|is)\s+(?:all\s+)?(?:on us|covered|paid for|taken care of|handled)\b/i,
  // ("We're a licensed UK visa sponsor", "as a registered sponsor": the employer licensed to sponsor.)
  /\b(?:we(?:'|’)re|we are|as)\s+an?\s+(?:licensed|registered|approved|recogni[sz]ed)\s+(?:[\w-]+\s+){0,2}sponsor\b/i,
  // A visa listed among the perks beside relocation: "Visa, relocation, a month's housing", "visa + relocation".
  /(?:^|[\u2022*:\u2013|]|\s-)\s*(?:visas?|work permits?)\s*(?:,|&|\+|and|\/)\s*relocation\s*(?:[,.;&+\/]|and\b|$)/im,
];

/**
 * A word one of SPONSOR_NO or SPONSOR_YES needs (each names sponsorship, a visa, citizenship, residency,
 * a permit, immigration, the right or authorisation to work, or a US person): a line without one matches
 * none of them, so the patterns run only on the few lines that might.
 */
const SPONSOR_TOPIC = /sponsor|visa|any\s+(?:US\s+|U\.S\.\s+)?employer|\ucde8\uc5c5|\u5c31\u52b4|\uad6d\uc801|ty\u00f6lu[pv]|oleskelulu[pv]|red[- ]white[- ]red|rot[- ]wei|kennismigrant|knowledge[- ]migrant|skilled[- ]migrant|critical skills|\ube44\uc790|\u30d3\u30b6|\u7b7e\u8bc1|\u7c3d\u8b49|visum|blaue[n]? karte|aufenthalts|passeport talent|titre de s|abode|\bPRs?\b|\bEP\b|\bS\s?Pass\b|work pass|permis|arbeitserlaubnis|arbeitsgenehmigung|aufenthaltstitel|permesso|titre de s|citizen|residen|national|settled status|\bILR\b|employment pass|employee card|residence card|\bLMIA\b|\bPR status|to\s+(?:live\s+and\s+)?work|for\s+work\s+in\b|work(?:ing)?\s+(?:auth|permit|visa|rights|eligib)|green card|blue card|h-?1-?b|\b(?:O-?1|TN|E-?3|L-?1|OPT|CPT)\b|person|permit|immigration|passport/i;

/**
 * "Citizen" in words that name no one's status: "first-class citizens" (an idiom), "citizen developers", "citizen
 * science", "good corporate citizenship", the public a product serves ("makes council meetings accessible to citizens",
 * "helps citizens file taxes"; not "open to citizens"). Blanked (spaces of the same length, offsets kept) before any status is read.
 */
const CITIZEN_IDIOM = /\bfirst[- ]class\s+citizens?(?:hip)?\b|(?<!\b(?:open|limited|restricted|only|available|confined|apply)\s)\b(?:to|for|by)\s+citizens\b(?!\s*(?:only|of\b|and\b|or\b|\/|,))|\b(?:serv|help|engag|empower|connect|inform|reach)\w*\s+(?:\w+\s+)?citizens\b(?!\s*(?:only|of\b))|\bcitizens?\s+(?:developers?|scien\w+|journalis\w+|data scientists?|engagement|services?|apps?|portals?|participation|feedback|reporting|groups?)\b|\b(?:global|corporate|good|digital|senior|fellow|private|ordinary|everyday)\s+(?:corporate\s+)?citizens?(?:hip)?\b|\bcitizen[- ](?:centric|facing|led)\b/gi;
/**
 * A status named as what no one may be judged by ("without regard to race, … national origin or citizenship status", an
 * equal-opportunity line), or said not to be needed ("no visa or work permit is needed", "(no sponsorship needed)", "you
 * won't need a work permit"):
 * nothing asked and nothing refused. Blanked as the idioms are.
 */
const STATUS_NOT_ASKED = /\b(?:[\w-]+\s+){0,2}(?:work permits?|work visas?|citizenship|work authori[sz]ation|right to work|residen(?:ce|cy) permits?)\s+(?:is|are)\s+(?:(?:preferred|a plus|nice to have|welcome|helpful)\s*,?\s*(?:but|though)\s+)?(?:not|n(?:'|’)t)\s+(?:strictly\s+)?(?:required|needed|necessary|mandatory)\b|(?<=\b(?:regard to|regardless of|irrespective of|on the basis of|based on)\b[^.]{0,160}?)\bcitizenship(?:\s+status)?\b|\bno\s+(?:[\w-]+\s+)?(?:visas?|sponsorship|work permits?)(?:\s+(?:or|and|\/)\s+(?:[\w-]+\s+)?(?:visas?|sponsorship|work permits?))?\s+(?:is\s+|are\s+)?(?:needed|required|necessary|involved)\b|\b(?:won(?:'|’)t|will not|don(?:'|’)t|do not|doesn(?:'|’)t|does not)\s+(?:\w+\s+)?need\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:visas?|sponsorship|work permits?)\b|(?<=(?:\bno|\bnot|n(?:'|’)t|\bnever)\b[^.;]{0,60}?)\b(?:any|a)\s+(?:particular|specific|certain)\s+(?:citizenship|nationality|passport)\b|\b(?:visa(?:\s+status)?|citizenship|nationality|work authori[sz]ation|work status|immigration status)\s*:\s*(?:any|all|open|n\/a)\s*[.!]?\s*$/gim;
/**
 * Visa the card network, not a visa: beside another card network ("Visa, Mastercard and Amex", "Amex or Visa"), or
 * followed by a word of payments ("Visa cards", "Visa Direct"). Blanked as the idioms are.
 */
const CARD_NETWORK = /\bVisa\b(?=\s*(?:,|\/|&|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?(?:Master\s?card|Amex|American Express|Discover|JCB|UnionPay|Maestro)\b)|(?<=\b(?:Master\s?card|Amex|American Express|Discover|JCB|UnionPay|Maestro)\s*(?:,|\/|&|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?)\bVisa\b|\bVisa\s+(?:cards?|Direct|network|debit|credit|payments?|Inc\b|transactions?|merchants?|issuers?)\b/gi;
/**
 * A status the product or the work checks for others ("verify the work authorization of their warehouse staff", "track
 * visa expiry for employees"): what the company does, not a status asked of the hire. Blanked as the idioms are.
 */
const STATUS_OF_OTHERS = /\b(?:verif|check|track|screen|confirm|validat|monitor|process|automat|audit)\w*\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:work authori[sz]ation|right to work|eligibility to work|work permits?|visas?|citizenship|immigration status)(?:\s+(?:status|documents?|checks?|expiry|expiries))?\s+(?:of|for)\s+(?:their|its|the|all)?\s*(?:[\w-]+\s+)?(?:customers?|clients?|employees|staff|workers|drivers|contractors|tenants|users|travell?ers|patients|members|students|workforces?)\b|\b(?:help|helps|lets|let|allows?|enables?)\s+(?:[\w-]+\s+){0,2}(?:migrants|immigrants|travell?ers|families|customers|clients|users|employers|companies|students|workers|expats|people)\s+(?:\w+\s+){0,3}(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:visas?|work permits?|citizenship|immigration|green cards?)(?:\s+[\w-]+)?\b/gi;
export function withoutCitizenIdioms(text: string): string {
  const o = /verif|check|track|screen|confirm|validat|monitor|process|automat|audit|help|let|allow|enabl/i.test(text) ? text.replace(STATUS_OF_OTHERS, (m) => ' '.repeat(m.length)) : text;
  const c = /\bvisa\b/i.test(o) ? o.replace(CARD_NETWORK, (m) => ' '.repeat(m.length)) : o;
  const t = /citizen/i.test(c) ? c.replace(CITIZEN_IDIOM, (m) => ' '.repeat(m.length)) : c;
  return /:\s*(?:any|all|open|n\/a)\b|need|require|necessary|involved|regard|irrespective|basis|based|particular|specific|certain/i.test(t) ? t.replace(STATUS_NOT_ASKED, (m) => ' '.repeat(m.length)) : t;
}

/** A line that says no sponsorship, or that the candidate must already hold the right to work (what `sponsorship: false` reads). */
export function saysNoSponsorship(written: string): boolean {
  const line = withoutCitizenIdioms(written);
  // (Not a refusal limited to some roles or candidates, "we aren't able to sponsor for every role": a caveat.)
  return SPONSOR_TOPIC.test(line) && (SPONSOR_NO.some((re) => re.test(line)) || NEEDING_REJECTED.test(line) || OWN_PERMIT.test(line)) && !(HEDGED.test(line) && !BUT_THIS.test(line)) && !TRANSFER_ONLY.test(line);
}

/** A line that offers the hire sponsorship or help with a visa, and refuses none ("Visa sponsorship available", "relocation package (visa, housing)"): as the facts read it. */
export function offersSponsorship(line: string): boolean {
  return sponsorshipOf(line) === true;
}

/**
 * "Sponsor" said of events, perks or teams, not of a visa: "we sponsor hackathons", "company-sponsored gym", "we sponsor
 * and speak at two research conferences" (a verb between; not where a visa or a permit is named before the event).
 */
export function sponsorsOther(line: string): boolean {
  return NOT_VISA_SPONSOR.test(line);
}

/**
 * What the phrase lists above do not know, read from cues in one sentence: the right to work named and said not
 * to be given ("no relocation or visa assistance", "candidates requiring sponsorship will not be considered"), or
 * asked as a status the candidate already holds ("legally entitled to work", "already have the right to live and
 * work in Japan"); or a visa, a permit or immigration named with help offered to the hire ("glad to sponsor
 * employment visas", "guides new hires through the visa process"). "Sponsor" for events, perks and insurance is
 * none of it.
 */
const NEGATED_VISA = /\b(?:no|not|without|cannot|can(?:'|’)t|unable to|won(?:'|’)t|don(?:'|’)t|do not|does not|doesn(?:'|’)t|never)\b(?:\s+[\w-]+){0,5}?\s+(?:or\s+|and\s+)?(?:visas?|sponsor\w*|immigration|work permits?)\b/i;
/** The hire gets the visa alone: "will need to obtain a work permit on their own", "responsible for securing your own visa". */
const OWN_PERMIT = /\b(?:visas?|blue cards?|(?:work\s+|residence\s+|[\w-]+\s+)?permits?|work authori[sz]ation|immigration)(?:\s+(?:paperwork|applications?|process|costs?|fees))?\s+(?:is|are|will be|remains?)\s+(?:\w+\s+)?(?:on you|up to you|(?:your|the candidate(?:'|’)s|the hire(?:'|’)s)\s+(?:own\s+)?responsibility|for you to (?:arrange|sort out|obtain|secure))\b|\b(?:obtain|secure|arrange|get|acquire)\s+(?:\w+\s+){0,3}(?:visas?|work permits?|work authori[sz]ation)\s+(?:on (?:their|your|his or her) own|(?:by )?(?:themselves|yourself|independently)|at (?:their|your) own (?:cost|expense))\b|\bresponsible for\s+(?:obtaining|securing|arranging|getting)\s+(?:their|your|his or her)\s+own\s+(?:\w+\s+)?(?:visas?|work permits?|work authori[sz]ation)\b|\b(?:arrange|obtain|secure|get|sort out)\s+(?:your|their)\s+own\s+(?:\w+\s+)?(?:visas?|work permits?)\b/i;
const NEEDING_REJECTED = /\b(?:requir\w+|need\w*)\s+(?:\w+\s+){0,2}(?:sponsorship|an?\s+(?:[\w-]+\s+)?(?:work\s+)?visa|visa sponsorship|a work permit|an?\s+(?:H-?1-?B|O-?1|TN|E-?3|L-?1)(?:\s+visa)?)(?![\w-])[^.;]{0,40}\b(?:(?:not|n(?:'|’)t)\s+be\s+considered|ineligible|not eligible|cannot be considered|need not apply|should not apply|unable)\b/i;
const STATUS_HELD = /\b(?:you|candidates?|applicants?|hires?)\s+(?:will\s+|would\s+|must\s+)?(?:need|needs|require|requires|must\s+have)\s+(?:(?:legal|full|valid|existing|current|your\s+own)\s+)*(?:eligibility|entitlement|right|authori[sz]ation)\s+to\s+(?:live\s+and\s+)?work\b|\b(?:legally\s+)?(?:entitled|eligible|authori[sz]ed|permitted|allowed)\s+(?:to\s+(?:live\s+and\s+)?work|for\s+work\s+in)\b|\blegal(?:ly able)?\s+to\s+work\s+in\b|\b(?:your|their) own\s+(?:right to (?:live and )?work|work (?:permit|visa|authori[sz]ation|rights))\b|\b(?:must|need to|required to|should)\b[^.;]{0,40}\bwith\s+(?:(?:the|a|full|valid|existing)\s+)*(?:right to (?:live and )?work|work (?:authori[sz]ation|permit|rights)|residen(?:ce|cy) permit)\b|\b(?:already|currently)\s+(?:have|hold|possess)\s+(?:[\w.]+\s+){0,3}(?:right to (?:live and )?work|work(?:ing)? rights|work authori[sz]ation|work permit|citizenship|residency)\b|\b(?:must|need to|required to)\s+(?:\w+\s+){0,2}(?:hold|have|possess)\s+(?:\w+\s+){0,3}(?:work authori[sz]ation|authori[sz]ation to work|right to work|work permit|citizenship)\b|\bonly\s+(?:\w+\s+){0,3}(?:citizens|permanent residents)\b|\b(?:proof|evidence)\s+of\s+(?:\w+\s+){0,2}(?:eligibility|right|entitlement|authori[sz]ation)\s+to\s+(?:live\s+and\s+)?work\b|\b(?:eligibility|entitlement|right)\s+to\s+(?:live\s+and\s+)?work\b[^.;]{0,40}\b(?:required|a must|mandatory|needed|a requirement|essential)\b/i;
const HELP_GIVEN = /\b(?:sponsor(?:s|ing)?|support|supports|help|helps|assist|assists|guide|guides|offer|offers|provide|provides|cover|covers|handle|handles)\b(?:\s+[\w-]+){0,5}?\s+(?:visas?|immigration|work permits?|residen(?:ce|cy) permits?|employment pass(?:es)?|blue cards?|h-?1bs?)\b|\b(?:visas?|immigration|work permit|h-?1b)\s+(?:\w+\s+){0,2}(?:sponsorship|support|assistance|help)\s+(?:is\s+)?(?:available|possible|offered|provided|included)\b|\bsponsorship\s+(?:for\s+)?(?:[\w-]+\s+){0,4}(?:visas?)\s+(?:is\s+)?(?:possible|available|offered)\b|\bwe\s+sponsor\s*[.!]?\s*$/i;
const NOT_VISA_SPONSOR = /\bsponsor\w*\s+(?:(?!visas?\b|immigration\b|permits?\b|work\b)\w+\s+){0,5}(?:to attend|conferences?|events?|meetups?|hackathons?|kubecon|memberships?|insurance|health|gym|teams?|open[- ]source|scholarships?|prizes?|awards?|grants?|fellowships?|bursar(?:y|ies)|clubs?|leagues?|races?|tournaments?|charit\w*|students?|bootcamps?|courses?|workshops?|certifications?|training|tickets?|budgets?|communit(?:y|ies)|initiatives?|nonprofits?|non-profits?|causes?|programs?|programmes?)\b|\bsponsor\w*\s+(?:our\s+)?(?:employees|staff|team)(?:'|’)\s|\b(?:company|employer)-sponsored\b|\bsponsor\w*\s+(?:(?!visas?\b|immigration\b|permits?\b|work\b)[\w/-]+\s+){0,4}?(?:SC|DV|NV[12]|BPSS|CTC|TS(?:\/SCI)?|SCI|(?:top\s+)?secret|(?:security\s+)?clearances?|vetting)\b|\b(?:clearance|SC|DV|vetting)\s+sponsorship\b/i;
const NOT_HIRE_HELPED = /\b(?:our (?:app|apps|product|products|platform|tools?|software|customers|clients|users)|we (?:build|make|sell)|travell?ers|families|customers|clients|users|companies|businesses|organi[sz]ations|employers|universities|students)\b/i;

function sponsorshipByCues(lines: readonly string[]): boolean | null {
  // (Not after a country's initials: "hold U.S. work authorization" is one sentence.)
  const sentences = lines.filter((l) => SPONSOR_TOPIC.test(l)).flatMap((l) => l.split(/(?<=[.!?;])(?<!\b[A-Z]\.[A-Z]\.)\s+/)).filter((t) => SPONSOR_TOPIC.test(t));
  for (const t of sentences) if (!STATUS_PREFERRED.test(t) && (NEGATED_VISA.test(t) || NEEDING_REJECTED.test(t) || STATUS_HELD.test(t))) return false;
  for (const t of sentences) if (HELP_GIVEN.test(t) && !NOT_VISA_SPONSOR.test(t) && !NOT_HIRE_HELPED.test(t)) return true;
  return null;
}

/**
 * A refusal limited to some roles or candidates: "not able to sponsor for every role", "can't always sponsor", "not in
 * all cases". (A negation comes first: "Requirements for all roles: … auth to work in US" says what every role asks.)
 */
const HEDGED = /(?:\bnot\b|n(?:'|’)t\b|\bcannot\b|\bunable\b)[^.;]{0,60}?\b(?:for|in|to)\s+(?:every|all|each)\s+(?:\w+\s+){0,2}?(?:roles?|positions?|candidates?|applicants?|cases?|hires?|jobs?|openings?|countr(?:y|ies)|locations?)\b|\bnot\s+(?:always|every|all)\b|\bcan(?:'|’)?t\s+always\b|\bcannot\s+always\b/i;
/** A visa transfer offered, only new petitions refused. */
const TRANSFER_ONLY = /\b(?:can|will|happy to|able to|do)\s+(?:\w+\s+){0,2}transfer\s+(?:an?\s+|your\s+)?(?:existing\s+|current\s+)?(?:H-?1-?B|visa|work visa)s?\b[^.;]{0,20}\b(?:but|though|however)\b[^.;]{0,40}\bnew\b/i;
/** A status given preference, not required (and no sponsorship refused beside it). */
const STATUS_PREFERRED = /^(?![^\n]*\b(?:sponsor\w*|visas?)\b)[^\n]*\b(?:preference|priority)\s+(?:will\s+be\s+|is\s+|may\s+be\s+)?given\s+to\b/i;
/** A caveat that still speaks of this role: "… not for every role, and not for this one". */
const BUT_THIS = /\b(?:this|the)\s+(?:role|position|job|opening)\b/i;

/** (s44) "We don't just sponsor visas", "not only do we sponsor": a negation of "only", which affirms what follows it. */
const NOT_ONLY = /\b(?:(?:do|does|did)(?:\s+not|n(?:'|\u2019)t)|not)\s+(?:just|only)\b/gi;

function sponsorshipOf(written: string): boolean | null {
  // (s58: an abbreviation's dot is no clause's end: "relocation package incl. visa and first month's rent".)
  const text = withoutCitizenIdioms(written).replace(NOT_ONLY, (m) => ' '.repeat(m.length)).replace(/\b(?:incl|excl|approx|esp)\./gi, (m) => m.slice(0, -1) + ' ');
  // A label on the line before reads with its line ("Must have:" / "US citizenship").
  const lines = text.split('\n').map((l, i, all) => (i > 0 && /:\s*$/.test(all[i - 1]!) ? `${all[i - 1]} ${l}` : l)).filter((l) => SPONSOR_TOPIC.test(l));
  // "We do sponsor visas! However, we aren't able to sponsor for every role": a refusal limited to some roles or
  // candidates is a caveat, not a no; the sentences and clauses of such a line are read one by one.
  const said = lines.map((l) => (HEDGED.test(l) ? l.split(/(?<=[.!?;])\s+|,\s*(?=(?:though|but|however|although|except)\b)/i).filter((x) => !(HEDGED.test(x) && !BUT_THIS.test(x))) : [l]));
  // ("Preference will be given to Canadian citizens and permanent residents": a status preferred refuses no one.)
  // ("We can transfer an existing H-1B but cannot sponsor new petitions": a transfer is sponsorship, and it is offered.)
  if (said.flat().some((l) => TRANSFER_ONLY.test(l))) return true;
  for (const l of said.flat()) if (!STATUS_PREFERRED.test(l) && (NEEDING_REJECTED.test(l) || OWN_PERMIT.test(l) || SPONSOR_NO.some((re) => re.test(l)) || statusAsLabelled(l))) return false;
  for (const l of said.flat()) {
    for (const re of SPONSOR_YES) {
      if (re.test(l) && !NEGATED_VISA.test(l) && !NOT_VISA_SPONSOR.test(l) && !/\bno\b[^|\n]{0,6}visa|not? (?:\w+ ){0,2}sponsor/i.test(l)) return true;
    }
  }
  if (said.some((x, i) => x.length === 0 && HEDGED.test(lines[i]!))) return null;
  return sponsorshipByCues(text.split('\n'));
}

/**
 * A line of what is required that names a status the candidate holds ("- U.S. citizenship", "- Swiss work permit or
 * EU citizenship", "- Eligibility to work in Canada", "- You live in, and have the right to work in, an EU country"):
 * the list's heading says it is asked, so the candidate must hold it already. Not an offer ("we sponsor", "support
 * with your work permit") and not a status said to be needless.
 */
const STATUS_NAMED = /\b(?:citizen(?:s|ship)?|permanent residen(?:t|ts|ce|cy)|green card|right to (?:live and )?work|(?:eligib(?:le|ility)|entitle(?:d|ment)|authori[sz](?:ed|ation)|permitted|allowed) to work|work (?:authori[sz]ation|permit|rights))\b/i;
const STATUS_OFFERED = /\b(?:encouraged|invited)\s+to\s+apply\b|\bsponsor|\b(?:support|help|assist|provide|offer|guidance|relocat)\w*|\b(?:not|no)\s+(?:\w+\s+){0,2}(?:required|needed|necessary|a must)\b|\bwelcome\b|\bpreferred\b|\bplus\b|\bregardless\b|\birrespective\b|\bwithout regard\b/i;

/**
 * A line labelled as a requirement that names a status held ("Required: work permit in Spain or EU nationality",
 * "Imprescindible: …" read in English, "Must have: US citizenship"), where the reader saw no heading: as statusListed.
 */
const ASK_LABEL = /^[\s\u2022*\u2013-]*(?:required|requirements?|must[- ]haves?|mandatory|essential|prerequisites?|eligibility)\s*:/i;
function statusAsLabelled(line: string): boolean {
  return ASK_LABEL.test(line) && line.length < 160 && STATUS_NAMED.test(line) && !STATUS_OFFERED.test(line) && !STATUS_AS_TOPIC.test(line.replace(ASK_LABEL, ''));
}

/** "Experience with KYC for citizens of EU countries": a status as what the work is about, not one held. */
export const STATUS_AS_TOPIC = /^[\s•*\u2013\u2014-]*(?:[\w-]+\s+){0,3}?(?:experience|knowledge|familiarity|understanding|background|expertise|exposure|work(?:ing)?\s+(?:with|on))\b/i;

function statusListed(sections: readonly PostingSection[]): boolean | null {
  for (const s of sections) {
    if (s.kind !== 'requirements' || !STATUS_NAMED.test(s.text)) continue;
    if (withoutCitizenIdioms(s.text).split('\n').some((l) => l.length < 120 && STATUS_NAMED.test(l) && !STATUS_OFFERED.test(l) && !STATUS_AS_TOPIC.test(l) && !STATUS_PREFERRED.test(l))) return false;
  }
  return null;
}

/* ---------- clearance ---------- */

const CLEARANCES: ReadonlyArray<[string, RegExp]> = [
  // (s46: "TS/SCI w/ FSP", "TS/SCI + CI poly": the polygraph by its initials or after a plus. "TS/SCI clearance with
  // polygraph" stays "TS/SCI", as careful-reader-5 and -19 decided: the clearance named, then a further check.)
  ['TS/SCI with polygraph', /\bTS\s*\/\s*SCI\s+(?:with|w\/|\+|and)\s+(?:an?\s+)?(?:(?:active|current)\s+)?(?:(?:(?:full[- ]scope|lifestyle|counter[- ]?intelligence|ci)\s+)?poly(?:graph)?\b|FSP\b)/i],
  ['TS/SCI', /\bTS\s*\/\s*SCI\b|\btop secret\s*\/\s*sci\b|\b(?:obtain|hold|maintain|active)\s+(?:an?\s+)?SCI\b|\bSCI\s+(?:clearance|eligib\w*|access)\b/i],
  ['Top Secret', /\btop[- ]secret\b|\bTS\s+clearance\b/i],
  ['Secret', /\bsecret\s+(?:\((?:level\s+)?[\w ]{1,12}\)\s+)?(?:security\s+)?clearance\b|\bactive secret\b/i],
  ['Q clearance', /\b(?:DOE\s+)?Q\s+clearance\b/],
  // (s49: the UK's enhanced DV, "eDV clearance", "enhanced Developed Vetting".)
  ['eDV', /\beDV\b|\benhanced\s+(?:DV|developed vetting)\b/i],
  ['DV', /\b(?:DV|developed vetting)\)?\s+(?:clearance|cleared|level)\b|\bDV\)?\s+(?:vetting|vetted)\b/i],
  // ("Security Check (SC) vetting": the initials in a bracket after the name.)
  ['SC', /\b(?:SC|security check)\)?\s+(?:clearance|cleared|level|vetting|vetted)\b|\bsecurity check\s*\(SC\)/i],
  // Australia's levels: Baseline, Negative Vetting 1 and 2, Positive Vetting.
  ['NV1', /\bNV\s?1\b|\bnegative vetting (?:level )?1\b/i],
  ['NV2', /\bNV\s?2\b|\bnegative vetting (?:level )?2\b/i],
  ['PV', /\bpositive vetting\b/i],
  // (s59: or bare, said to be needed in a clause of its own on a line that names another of the levels or vetting (clearanceOf's
  // gate): "NV1 preferred, Baseline essential".)
  ['Baseline', /\bbaseline\s+(?:security\s+)?(?:clearance|vetting)\b|^\s*baseline\s+(?:is\s+)?(?:essential|required|mandatory|needed|a must)\b/i],
  // (s57: the UK's BPSS named as a clearance, "BPSS clearance will be carried out", "BPSS-cleared"; "BPSS screening" alone stays no
  // clearance, as careful-reader-11 decided.)
  // (s59: and by the word clearances are vetted by, "BPSS vetting on joining", as "SC vetting" is.)
  // (s60: and its checks, as s59's labels read "BPSS checks apply": "Baseline Personnel Security Standard (BPSS) checks on appointment".)
  ['BPSS', /\bBPSS\)?[- ](?:security\s+)?(?:clearance|cleared|vetting|vetted|checks?)\b/i],
  // The UK police's vetting levels: NPPV 1 to 3.
  ['NPPV', /\bNPPV\s?[1-3]\b/i],
  ['Public Trust', /\bpublic trust\b/i],
  // Germany's vetting, asked in German: "Sicherheits\u00fcberpr\u00fcfung (\u00dc2)", levels \u00dc1 to \u00dc3.
  ['\u00dc2', /\bsicherheits(?:\u00fc|ue)berpr(?:\u00fc|ue)fung\b|(?<![\w\u00c0-\u024f])(?:\u00dc|UE)\s?[123]\b/i],
  // (s54) The Netherlands' screening by its security services, AIVD or MIVD: "een AIVD-screening (A-niveau)", "screening door de
  // AIVD", "veiligheidsonderzoek", a "verklaring van geen bezwaar" (VGB). (Not the service named alone, as an employer or a topic.)
  ['AIVD', /\b(?:AIVD|MIVD)[- ]?(?:screening|veiligheidsonderzoek|onderzoek)\b|\bscreening\s+(?:door|by|of)\s+(?:(?:de|the|of)\s+)?(?:AIVD|MIVD)\b|\bveiligheidsonderzoek\b|\bverklaring\s+van\s+geen\s+bezwaar\b|\bVGB\b/i],
  // Canada's screening levels: "eligible for Government of Canada Reliability Status", "Enhanced Reliability".
  ['Enhanced Reliability', /\benhanced reliability\b/i],
  ['Reliability', /\breliability (?:status|screening|clearance)\b/i],
  ['security clearance', /\b(?:security|government|federal|active|dod)\s+clearance\b|\bclearance\s+(?:is\s+)?required\b|\b(?:obtain|hold|maintain|eligible for|undergo|pass|acquire|be granted|get)\s+(?:an?\s+)?(?:\w+\s+)?clearance\b|\bclearable\b|\b(?:need|needs|must (?:have|hold)|require[sd]?|requires)\b[^.;]{0,60}\bclearance\b/i],
];

const CLEARANCE_VALUE = /(?:^|[|\u00b7\u2022]\s*)(?:security\s+)?clearance(?:\s+(?:level|required|type))?\s*:\s*(?:(?:active|current|interim|final)\s+)?((?:TS\s*\/\s*SCI|top secret|secret|public trust|DV|SC|NV\s?[12]|baseline)(?:\s+(?:with|w\/)\s+(?:full[- ]scope\s+|ci\s+)?poly(?:graph)?)?)\b/i;

/**
 * (s47) A clearance the employer holds, not one asked of the hire: a facility clearance ("we hold a Top Secret facility
 * clearance", "Facility Security Clearance (FCL)") or the UK's List X status. Blanked before a clause is read.
 */
export const COMPANY_CLEARANCE = /\b(?:(?:top[- ]secret|secret|TS(?:\s*\/\s*SCI)?)\s+)?(?:facility|facilities|company|corporate)\s+(?:security\s+)?clearances?\b(?:\s*\(FCL\))?|\bFCL\b|\bList[- ]?X\b/gi;

function clearanceOf(sections: PostingSection[]): string | null {
  let noLevel: string | null = null;
  for (const s of sections) {
    // (s52: a clearance ask the reader took for a heading, "TS/SCI with CI polygraph is required" over the lines after it, asks
    // as a line does: as degreeOf reads one.)
    const head = s.heading && s.heading.length < 120 && !s.heading.includes('|') && s.text !== undefined ? [{ text: s.heading }] : [];
    for (const u of [...head, ...splitUnits(s.text)]) {
      if (!/clearance|clearable|BPSS\)?[- ](?:cleared|checks?)|TS\s*\/\s*SCI|\bSCI\b|top secret|public trust|vetting|\beDV\b|\bNV\s?[12]\b|\bNPPV|reliability (?:status|screening)|sicherheits|\u00dc\s?[123]\b|AIVD|MIVD|veiligheidsonderzoek|\bVGB\b|geen bezwaar/i.test(u.text)) continue;
      if (s.kind === 'preferred') continue;
      // ("Active TS/SCI clearance; a current polygraph is preferred": a clause after a semicolon wishes for its own thing.)
      // (s59: and a clause after a comma that says its own need, "NV1 preferred, Baseline essential": the wish is the first clause's.)
      for (const clause of u.text.split(/;\s*|,\s*(?=(?:[\w/-]+\s+){1,2}(?:is\s+)?(?:essential|required|mandatory|a must)\b)/)) {
        if (wishedWhole(clause)) continue;
        if (CLEARANCE_NOT_NEEDED.test(clause)) continue;
        // Clearances the product or the company gets for others: "help companies get security clearance for their staff".
        if (/\b(?:help|helps|helping)\s+(?:\w+\s+){0,2}(?:companies|clients|customers|contractors|organi[sz]ations|businesses|agencies)\b|\bfor their (?:staff|employees|people|workforce|teams)\b/i.test(clause)) continue;
        // "Active Secret clearance (TS/SCI preferred)": the wish in the bracket is not the clearance asked.
        // (s47: nor a clearance the company holds, "We hold a Top Secret facility clearance", "a List X site".)
        const asked = withoutWishes(clause.replace(COMPANY_CLEARANCE, (m) => ' '.repeat(m.length)));
        // A field, "Clearance: Secret (interim acceptable)", "Security clearance level: Top Secret": its value is the level,
        // read first, since the field's own label ("Security Clearance:") would read as a clearance of no level.
        const field = CLEARANCE_VALUE.exec(asked);
        if (field) for (const [name, re] of CLEARANCES) if (re.test(`${field[1]} clearance`)) return name;
        // ("Australian citizenship (a condition of the security clearance)", then "Obtain a Baseline clearance": a clearance
        // of no level is the level a later line names.)
        const named = CLEARANCES.find(([, re]) => re.test(asked))?.[0];
        if (named && named !== 'security clearance') return named;
        noLevel ??= named ?? null;
      }
    }
  }
  return noLevel;
}

/* ---------- degree ---------- */

function degreeOf(sections: PostingSection[]): Degree | null {
  let best: Degree | null = null;
  let inLieu = false;
  for (const s of sections) {
    // (s47: a degree ask the reader took for a heading, "BS in Computer Science required" over the lines after it, asks as
    // a line does.)
    const head = s.heading && s.heading.length < 120 && !s.heading.includes('|') && s.text !== undefined ? [{ text: s.heading }] : [];
    for (const u of [...head, ...splitUnits(s.text)]) {
      const d = degreeIn(u.text, s.kind === 'preferred');
      if (d) best = lowerDegree(best, d);
      // ("A bachelor's degree in CS." … "Relevant work experience may substitute for the degree.": said apart from it.)
      // ("Bachelor's degree … AND 4+ years …" then "OR equivalent experience." on a line of its own.)
      if (EXPERIENCE_FOR_DEGREE.test(u.text) || /^(?:or|and\/or)\s+(?:an?\s+)?(?:equivalent|comparable)\s+(?:\w+\s+){0,2}?(?:experience|background|training)\b/i.test(u.text)) inLieu = true;
    }
  }
  return best && inLieu && !best.equivalentExperience ? { ...best, equivalentExperience: true } : best;
}
