import { classifyHeading, NOTHING_ASKED_FIELD, notFitHeading } from '../posting/sections';
import type { Posting, PostingSection } from '../posting/types';
import { CLEARANCE_NOT_NEEDED, DEGREE_MUST, degreeIn, EXPERIENCE_FOR_DEGREE, findYears, PREFERRED_WORDS, splitUnits, TRAILING_WISH, trailingWish, wishedWhole, yearsIn, type Unit } from './text';
import { offersSponsorship, saysNoSponsorship, sponsorsOther, STATUS_AS_TOPIC, withoutCitizenIdioms } from './facts';
import { cjkLanguageAsked, postingInEnglish, writtenTextOf } from './foreign';
import { withCerts } from './certs';
import { INDUSTRY_WORDS } from './industries';
import { aliVaiOr, bulletTerm, cyrillicOr, moreOr, PICK_LEAD, romanianOri, DEGREE_OF, dutchOr, foreignOpenEnd, greekOr, HANGING_CLAUSE, isTerm, notField, productPair, saysOr, TERM, termsAlone, termText, withTerms, workTerms } from './terms';
import type { FindSkills, RequirementItem, RequirementKind, SkillSpan } from './types';

export type { FindSkills, RequirementItem } from './types';

export interface ItemOptions {
  /**
   * A skill's category and implications (a taxonomy Skill will do): a slash
   * between a skill and one that implies it ("Python/Django") means "and";
   * a bracket of a cloud's own services after it ("AWS (EC2, S3)") names parts, not choices.
   */
  skillInfo?: (skillId: string) => { category: string; implies: readonly string[]; name?: string } | undefined;
  /** Keep the items that ask nothing of the candidate too (for test/tools/items-sample.ts, which draws items to judge blind). */
  unfiltered?: boolean;
}

/**
 * A sentence in a section with no heading reads as asked when it says so. One alternation, in three: the
 * whole costs V8 ~3 ms to compile cold, the three ~1 ms (only tested, so any match is a match of the whole).
 */
/**
 * The reader's past told to them, in prose: "You've been on call for a payments system", "you've shipped an app to both
 * stores", "It would help if you've migrated a database": what the candidate has done is asked (s42). (Not what they will
 * have heard or seen of the company: only a verb of work, and "been" before a state or a role.)
 */
const YOU_HAVE_DONE_PROSE =
  /\byou(?:'|\u2019)ve\s+(?:(?:already|also|ideally|previously|probably|likely|personally)\s+)?(?:been\s+(?:on[- ]call|in|at|a|an|the|part|through|responsible|working|running|building|leading|writing|shipping)\b|(?:built|run|written|done|led|shipped|managed|designed|migrated|scaled|maintained|operated|owned|debugged|deployed|tuned|trained|taught|mentored|worked|used|made|created|implemented|contributed|automated|launched|developed|architected|programmed|coded|tested|profiled|hired|grown)\b)/i;
const ASKING = [
  /\b(?:ideal candidate|your skills|(?:a )?bonus (?:for|if)|you(?:'|’)ll need|we(?:'|’)re seeking|seeking|to include|strong|deep (?:knowledge|understanding)|understanding of|proficient|fluent|comfortable|experience|experienced|familiar|familiarity)\b/i,
  /\b(?:proficien\w*|knowledge of|fluent|fluency|expert in|expertise|comfortable|background in|skilled|you(?:'|’)?(?:ll)?\s+(?:have|know|are|bring|should|must|need)|we(?:'|’)?re looking for|looking for|must|required|reqs?|preferred|a (?:big |huge |strong |real )?plus)\b/i,
  /\b(?:bonus points|(?:we(?:'|’)d|we would|would)\s+love|love to see|someone (?:who|with)|(?:is|a) bonus|nice to have|degree|years|clearance|authori[sz]ed to work|sponsorship|ideally|hands-on|strong in|solid|(?:to|in) hear(?:ing)? from(?!\s+(?:us|you)\b)|essential|(?:is|are) expected|an? asset|bilingual|business[- ]level|native(?:[- ](?:speaker|level|fluency|proficiency)|\s+\w+\s+speaker)|conversational)\b/i,
];
/**
 * "- Senior Flutter Engineer: you've shipped an app to both stores", "QA Engineer: you write automated tests": in a post
 * that lists several roles, a role's title, a colon, then the candidate in the second person is that role's asks (s42).
 * (Not a role's title with its duties or its link: "Data Engineer: own the ingestion", "SRE: https://…".)
 */
const ROLE_PORTRAIT_HEAD = /^[\s•·*+–-]*[^:.!?]{0,50}\b(?:engineers?|developers?|designers?|scientists?|managers?|leads?|architects?|analysts?|sres?|specialists?|administrators?|researchers?|interns?)(?:\s*\([^()]*\))?\s*:\s+/i;
const rolePortrait = (t: string): boolean => {
  const m = ROLE_PORTRAIT_HEAD.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length);
  return /^(?:you(?:'|\u2019)?(?:ve|re)?|your)\b/i.test(rest) && (asking(rest) || YOU_DO.test(rest));
};
/**
 * Travel the job needs, said as a condition ("Some travel to sites a few times a year", "Occasional travel to Oslo",
 * "Travel up to 25%"): asked in an asks part wherever it stands, below the list too (s42). (Not a perk: "We cover travel".)
 */
const TRAVEL_ASKED = /^(?:(?:some|occasional|regular|frequent|limited|minimal|periodic|quarterly|monthly|yearly|annual|international|domestic)\s+)+travel\b|^travel(?:ling)?\s+(?:to\s+[^.;!?]{1,60}?\s+)?(?:up to\s+)?\d{1,3}\s*%|\bwilling(?:ness)?\s+to\s+travel\b/i;
/** Whether `s` says it is asked: any of ASKING matches. */
/** (s44b) "Candidates without a degree in X will not be considered": what no one may lack is asked. */
const WITHOUT_NOT_CONSIDERED = /\b(?:candidates|applicants|applications|those|anyone|people)\s+without\s+[^.;!?]{3,100}?\s+(?:will\s+not|won(?:'|\u2019)t|cannot|can(?:'|\u2019)t|can\s+not|will\s+unfortunately\s+not)\s+be\s+(?:considered|accepted|shortlisted|progressed)\b/i;
/**
 * (s48) A sentence a paragraph opens with the asks' own short label ("Bonus: HL7 FHIR.", "Nice: Go.", "Must-haves: Linux,
 * Bash."): the label says it is asked, as a heading would. (Not pay or a figure after it: "Bonus: 10% a year", "Plus: $2k".)
 */
const ASK_LABEL_LEAD = /^(?:bonus(?:\s+points)?|nice(?:[- ]to[- ]haves?)?|pluses|big\s+plus|extra\s+credit|must[- ]haves?|musts|reqs?|required|wanted|desired|preferred|ideally)\s*:\s*(?![$\u20ac\u00a3\d]|\w+\s+(?:pay|salary|bonus|equity|stock|shares|pto|vacation|holidays?)\b)[A-Za-z(]/i;
/**
 * (s54 tune) A paper or a means the job needs, said to be needed ("a UK driving licence is needed", "A valid forklift
 * certificate is necessary for the night shifts", "your own car is a must"): asked, as "required" is, the duty told before
 * it in the same sentence too. (Not one said not to be: "No degree is needed"; nor a parking permit.)
 */
const NEEDED_CREDENTIAL =
  /\b(?:a|an|your(?:\s+own)?)\s+(?:(?!parking\b)[\w-]+\s+){0,3}?(?:licen[cs]e|permit|certificate|certification|clearance|degree|passport|car|vehicle)\s+(?:is|will\s+be)\s+(?:also\s+)?(?:needed|necessary|a\s+must)\b/i;
function asking(s: string): boolean {
  return ASKING.some((re) => re.test(s)) || ASK_LABEL_LEAD.test(s) || YOU_HAVE_DONE_PROSE.test(s) || WITHOUT_NOT_CONSIDERED.test(s) || NEEDED_CREDENTIAL.test(s);
}
/**
 * A wish said in prose, beside PREFERRED_WORDS: "would be useful", "is a nice extra", "will set you apart", "We'd also
 * value experience with …", "It's a big plus if you …", "Nice if you've used …", "will be considered an advantage",
 * "Experience with X will help you …", "Familiarity with X is appreciated". (Only of an ask: "A mentor will help you
 * settle in", "We'd value your opinion on our roadmap", "Any help with our SDK is welcome" wish for nothing.)
 * (s57 tune: a wish said as a favour to the reader, "Having soldered your own boards would count in your favour", "a point
 * in your favor if you know X", "Knowing Go works in your favour".)
 */
const PROSE_WISH_WORDS =
  /\b(?:would|could|will|might)\s+(?:also\s+)?be\s+(?:(?:very|really|especially|particularly|quite)\s+)?(?:useful|handy|valuable|nice|an?\s+(?:nice\s+|welcome\s+)?(?:extra|edge|advantage|asset))\b|\b(?:is|are)\s+an?\s+(?:nice|welcome)\s+(?:extra|addition)\b|\bsets?\s+you\s+apart\b|\bwill\s+set\s+you\s+apart\b|\bwe(?:(?:'|’)d|\s+would)\s+(?:(?:also|really|greatly|certainly)\s+)*(?:value|appreciate)(?:\s*[.!]?$|\s+(?:(?:some|any|prior|hands-on|real)\s+)?(?:experience|knowledge|familiarity|exposure|certifications?|background|skills?|fluency|expertise|degree|understanding|proficiency|someone|anyone|candidates|people)\b)|^it(?:(?:'|’)s|\s+is|\s+would\s+be)\s+(?:also\s+)?an?\s+(?:big\s+|huge\s+|real\s+|nice\s+)?(?:plus|bonus|advantage)\s+if\b|^(?:(?:it(?:(?:'|’)s|\s+is|\s+would\s+be)\s+)?(?:nice|handy|good|great|helpful|useful)\s+if\s+you)\b|\bwill\s+count\s+for\s+(?:a lot|plenty|something)\b|\b(?:experience|knowledge|familiarity|exposure|certifications?|background|skills?|fluency|expertise|degree|understanding|proficiency)\b[^.;!?]{0,80}\bwill\s+help\s+you\b|\bconsidered\s+an?\s+(?:[\w-]+\s+)?(?:plus|advantage|asset)\b|(?:\b(?:experience|knowledge|familiarity|exposure|certifications?|background|skills?|fluency|expertise|degree|understanding|proficiency)\b[^.;!?]{0,80}|^[A-Z][\w+#.-]*\s+)(?:is|are|would be)\s+(?:(?:greatly|much|really|very|also|always)\s+)?(?:appreciated|helpful|welcome)\b|\bnot\s+a\s+(?:requirement|must)\b|\b(?:would be|is|are)\s+(?:(?:highly|very|also)\s+)?advantageous\b|\bwould\s+be\s+an?\s+(?:(?:huge|big|great|real|massive)\s+)?help\b|^it\s+(?:would|will|might|could|does)?\s*(?:also\s+|really\s+)?helps?\s+(?:(?:a lot|a bit|a little)\s+)?(?:if\s+you|to\s+(?:have|know|bring))\b|\b(?:great|nice|good|welcome|helpful|useful)\b[^.;!?]{0,12}?\bnot\s+(?:strictly\s+)?needed\b|^if\s+you(?:(?:'|’)ve|\s+have)\s+(?:ever\s+|already\s+)?(?:\w+ed|built|run|written|done|led|shipped|made|taught|spent|been|worn|held)\b[^,.;!?]{0,120},\s*(?:please\s+)?(?:tell us|mention (?:it|that|this)|let us know|say so|point us to)\b/i;
/** (s57 tune) The favour: "would count in your favour", "works in your favor", "a point in your favour if you know X". */
const IN_YOUR_FAVOUR = /\b(?:(?:would|will|could|might|does|do|can)\s+(?:also\s+|certainly\s+|definitely\s+)?)?(?:count|counts|work|works|weigh|weighs|speak|speaks)\s+(?:(?:very\s+)?(?:much|strongly|heavily)\s+)?in\s+your\s+favou?r\b|\b(?:an?|one|another|extra)\s+(?:big\s+|real\s+|definite\s+)?points?\s+in\s+your\s+favou?r\b/i;
const PROSE_WISH = { test: (t: string): boolean => PROSE_WISH_WORDS.test(t) || IN_YOUR_FAVOUR.test(t) };
/**
 * (s57 tune) In prose with no list, the languages or tools of the daily work said as what the reader will write or use: "C and
 * a bit of Rust are what you'd write most days", "Go is what you will be using every day", "Kotlin and SQL are your daily
 * work", "Go is our daily work here" (s57b tune): the reader's work in them is asked (with the skills named; "Our stack is
 * Python" stays told). (s58 tune: the same said the other way round, "Most of what you'd touch is Kotlin on the JVM"; s58b
 * tune: "Your days would mostly be spent in TypeScript".)
 */
const DAILY_WORK_YOU = /^(?:[\w+#./-]+(?:\s+[\w+#./-]+){0,5})\s+(?:is|are)\s+(?:(?:mostly|most\s+of|much\s+of|largely)\s+)?(?:what\s+|the\s+(?:things?|tools?|languages?)\s+(?:that\s+)?)(?:you(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will|\s+would\s+be|\s+will\s+be|(?:'|\u2019)d\s+be|(?:'|\u2019)ll\s+be)?)\s+(?:write|writing|use|using|work\s+(?:in|with)|working\s+(?:in|with)|code|coding|touch|touching|live\s+in|spend\s+(?:your|most)\b)|^(?:[\w+#./-]+(?:\s+[\w+#./-]+){0,5})\s+(?:is|are)\s+(?:(?:your|the|our)\s+)?(?:daily|everyday|day-to-day)\s+(?:work|bread|tools?|diet)\b|^(?:most|much|the\s+bulk|a\s+lot|nearly\s+all|almost\s+all|all)\s+of\s+what\s+you(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will)?\s+(?:touch|write|use|work\s+(?:in|with|on)|build|code)\s+(?:(?:here|there|day\s+to\s+day|each\s+day|daily|most\s+days)\s+)?(?:is|are|will\s+be|would\s+be)\s|^(?:your|most\s+of\s+your)\s+(?:days|time|weeks)\s+(?:would|will)\s+(?:mostly\s+|largely\s+|usually\s+)?be\s+spent\s+(?:in|with|on|writing|using)\s/i;
/**
 * (s58 tune) A duty that says the reader will work in a named skill every day ("You will write Ruby on Rails every day and
 * review ...", "You'll use Terraform and GitHub Actions daily", "Vei folosi zilnic Terraform ..."), or will use or write one
 * by name ("You'll use Stripe Connect to build payouts"): the skill is asked, as a reader counts it, though the line stands
 * among the duties (dailyUse; with a skill named). A daily meeting ("daily stand-ups") is no daily work.
 */
const DAILY_WORD =
  /(?<![\p{L}])(?:every\s*day|daily(?!\s+(?:stand-?ups?|scrums?|meetings?|syncs?|calls?|check-?ins?|huddles?|reports?|standup))|day[- ]to[- ]day|each\s+day|most\s+days|day\s+in,?\s+day\s+out|zilnic|(?:\u00ee|i)n\s+fiecare\s+zi|t\u00e4glich|dagligen|dagligt|dagelijks|codziennie|denn\u011b|ka\u017ed\u00fd\s+den|diariamente|todos\s+os\s+dias|todos\s+los\s+d(?:\u00ed|i)as|a\s+diario|au\s+quotidien|quotidiennement|tous\s+les\s+jours|ogni\s+giorno|quotidianamente|p\u00e4ivitt\u00e4in|her\s+g\u00fcn|k[aá]th[eé]\s+m[eé]ra|kathimerin[aá]|\u03ba\u03ac\u03b8\u03b5\s+\u03bc\u03ad\u03c1\u03b1|\u03ba\u03b1\u03b8\u03b7\u03bc\u03b5\u03c1\u03b9\u03bd\u03ac|naponta|mindennap|minden\s+nap|nap\s+mint\s+nap|ka\u017edý\s+de\u0148|ka\u017edodenne|iga\s+päev|igapäevaselt|(?:setiap|tiap)\s+hari|sehari-hari|cada\s+dia|diàriament|h[à\u1eb1]ng\s+ngày|m\u1ed7i\s+ngày|vsak\s+dan|vsakodnevn\p{L}*|svaki\s+dan|svakog\s+dana|svakodnevn\p{L}*|vseki\s+den|vsekidnevn\p{L}*|ezhednevn\p{L}*|\u0432\u0441\u0435\u043a\u0438\s+\u0434\u0435\u043d|\u0435\u0436\u0435\u0434\u043d\u0435\u0432\u043d\p{L}*|katru\s+dienu|ikdien(?:\u0101|a|as)|hver\s+dag|daglig|daglega|á\s+hverjum\s+degi)(?![\p{L}])/iu;
/** (s58 tune) A verb of working in a thing, in the languages postings are written in (a daily duty that builds or evaluates stays a duty). */
// (s59 tune: Greek, transliterated or not, "Tha grafeis kathe mera Java"; and Hungarian, Slovak, Estonian, Indonesian, Catalan and
// Vietnamese words of every day and of using or writing, with DAILY_WORD's.)
// (s59b tune: "minden nap", "h\u1eb1ng ng\u00e0y" as every day; "train ... in", "ship ... in" as verbs of working in a thing: "Train
// and ship models in PyTorch daily".)
// (s60 tune: Slovenian "Vsak dan bo\u0161 pisal Python kodo", Bulgarian in Latin letters "Vseki den shte pishesh kod na Java"; and the
// words of every day and of writing, using or working with of the other languages read since: Serbian and Croatian, Bulgarian
// in Cyrillic, Latvian, Danish and Norwegian, Icelandic.)
const USE_VERB =
  /(?<![\p{L}])(?:use|uses|using|write|writes|writing|work(?:ing)?\s+(?:in|with)|code|coding|program(?:ming)?\s+in|live\s+in|build(?:ing)?\s+(?:[\p{L}-]+\s+){0,3}?in|spend(?:ing)?\s+(?:[\p{L}]+\s+){0,2}?in|scri\p{L}*|escrev\p{L}*|escrib\p{L}*|schreib\p{L}*|skriv\p{L}*|folos\p{L}*|utiliz\p{L}*|lucr\p{L}*\s+(?:[\p{L}]+\s+){0,3}?(?:cu|\u00een|in)|usar\p{L}*|trabalh\p{L}*\s+(?:[\p{L}]+\s+){0,3}?com|trabaj\p{L}*\s+(?:[\p{L}]+\s+){0,3}?con|work(?:ing)?\s+(?:[\p{L}]+\s+){1,3}?(?:in|with)|nutz\p{L}*|verwend\p{L}*|arbeite\p{L}*\s+mit|anv\u00e4nd\p{L}*|arbeta\p{L}*\s+(?:med|i)|bruk\p{L}*|pou\u017e\p{L}*|pracuj\p{L}*\s+(?:s|se|z)|pracovat\s+(?:s|se)|u\u017cyw\p{L}*|lavor\p{L}*\s+con|travaill\p{L}*\s+avec|gebruik\p{L}*|werk\p{L}*\s+met|kullan\p{L}*|k\u00e4yt\p{L}*|train(?:ing)?\s+(?:[\p{L}-]+\s+){0,4}?in|ship(?:ping)?\s+(?:[\p{L}-]+\s+){0,4}?in|gr[aá]f\p{L}*|(?:x|ch)r[iy]s[iy]mopo[iy]\p{L}*|doul[eé][uvf]\p{L}*\s+me|\u03b3\u03c1\u03ac\u03c6\p{L}*|\u03c7\u03c1\u03b7\u03c3\u03b9\u03bc\u03bf\u03c0\u03bf\u03b9\p{L}*|\u03b4\u03bf\u03c5\u03bb\u03b5\u03cd\p{L}*\s+\u03bc\u03b5|használ\p{L}*|ír(?:sz|od|ni|unk|ja)|dolgoz\p{L}*|pí\u0161\p{L}*|písa\p{L}*|pracova\p{L}*\s+(?:s|so)|kasuta\p{L}*|kirjuta\p{L}*|tööta\p{L}*|menggunakan|memakai|menulis|bekerja\s+(?:dengan|di)|fer\s+servir|utilitz\p{L}*|escriur\p{L}*|escriu\p{L}*|treball\p{L}*\s+(?:[\p{L}]+\s+){0,3}?amb|s\u1eed\s+d\u1ee5ng|vi\u1ebft|làm\s+vi\u1ec7c\s+v\u1edbi|pi(?:\u0161|s)\p{L}*|uporablj\p{L}*|del(?:al|ala|a\u0161|as|ati|o)\s+(?:z|s|v)|rad(?:i\p{L}*)?\s+(?:sa|s|u)|koristi\p{L}*|pishe\p{L}*|pisha\p{L}*|izpolzva\p{L}*|rabot\p{L}*\s+(?:s|sas|v)|\u043f\u0438\u0448\p{L}*|\u0438\u0437\u043f\u043e\u043b\u0437\u0432\p{L}*|\u0440\u0430\u0431\u043e\u0442\p{L}*\s+(?:\u0441|\u0441\u044a\u0441|\u0432)|str(?:\u0101|a)d(?:\u0101|a)\p{L}*\s+ar|rakst(?:\u012b|i)\p{L}*|izmanto\p{L}*|lieto\p{L}*|skrive|skriver|bruge|bruger|arbejde\p{L}*\s+(?:med|i)|jobbe\p{L}*\s+(?:med|i)|arbeide\p{L}*\s+(?:med|i)|nota\p{L}*|skrifa\p{L}*|vinna\p{L}*\s+(?:með|í))(?![\p{L}])/iu;
const USE_NAMED =
  /^(?:(?:in\s+this\s+role|here|day\s+to\s+day),?\s+)?you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would)?\s+(?:also\s+|mostly\s+|mainly\s+|primarily\s+)?(?:use|be\s+using|work\s+in|be\s+working\s+in|write|be\s+writing|code\s+in|program\s+in)\s+(?!(?:the|a|an|our|your|their|its|some|any|this|these|those|all|every|each)\b)([^,.;]{1,60}?)(?=\s+(?:to|for|daily|every|each|when|most)\b|[,.;]|$)/i;
/**
 * (s61 tune) The words of every day and of working in a thing in the languages read since s61, with DAILY_WORD's and
 * USE_VERB's: Turkish "Her g\u00fcn PostgreSQL ve Redis ile \u00e7al\u0131\u015facaks\u0131n" (the verb after "ile", with), "yazacaks\u0131n"; Ukrainian
 * "\u0449\u043e\u0434\u043d\u044f", "\u0449\u043e\u0434\u0435\u043d\u043d\u0430 \u0440\u043e\u0431\u043e\u0442\u0430 \u0437 ..."; Afrikaans "elke dag", "daagliks", "skryf". (Turkish "yaz\u0131l\u0131m", software, is no verb of writing.)
 * (s61b tune: Slovak "Denne bude\u0161 pracova\u0165 s ...", "denne" before the verb only, Norwegian's "denne" being "this"; Finnish
 * "Kirjoitat p\u00e4ivitt\u00e4in SQL-kyselyit\u00e4"; Afrikaans "Werk elke dag met SQL", the day between the verb and its "met".; Greek "\u039a\u03b1\u03b8\u03b7\u03bc\u03b5\u03c1\u03b9\u03bd\u03ae \u03b5\u03c1\u03b3\u03b1\u03c3\u03af\u03b1 \u03bc\u03b5 ...", the adjective of every day and
 * the noun of work with.)
 */
const DAILY_WORD_S61 = /(?<![\p{L}])(?:\u03ba\u03b1\u03b8\u03b7\u03bc\u03b5\u03c1\u03b9\u03bd\p{L}*|denne(?=\s+(?:bude[\u0161s]|budete|pracuje[\u0161s]|pracujete))|\u0449\u043e\u0434\u043d\u044f|\u0449\u043e\u0434\u0435\u043d\u043d\p{L}*|\u043a\u043e\u0436\u043d\u043e\u0433\u043e\s+\u0434\u043d\u044f|\u043a\u043e\u0436\u0435\u043d\s+\u0434\u0435\u043d\u044c|elke\s+dag|daagliks|her\s+g\u00fcn|g\u00fcnl\u00fck\s+olarak)(?![\p{L}])/iu;
const USE_VERB_S61 = /(?<![\p{L}])(?:\u03b5\u03c1\u03b3\u03b1\u03c3[\u03af\u03b9]\u03b1\s+\u03bc\u03b5|\u03b4\u03bf\u03c5\u03bb\u03b5\u03b9[\u03ac\u03b1]\s+\u03bc\u03b5|kirjoit\p{L}*|werk\s+(?:\p{L}+\s+){0,3}?met|ile\s+\u00e7al[\u0131i]\u015f\p{L}*|yazacaks[\u0131i]n(?:[\u0131i]z)?|yaz[\u0131i]yor(?:sun|uz)|\u043f\u0438\u0448\p{L}*|\u043f\u0438\u0441\u0430\u0442\u0438|\u0432\u0438\u043a\u043e\u0440\u0438\u0441\u0442\u043e\u0432\u0443\p{L}*|\u0432\u0438\u043a\u043e\u0440\u0438\u0441\u0442\u043e\u0432\p{L}*|\u043f\u0440\u0430\u0446\u044e\p{L}*\s+(?:\u0437|\u0456\u0437)|\u0440\u043e\u0431\u043e\u0442\p{L}*\s+(?:\u0437|\u0456\u0437)|skryf|werk\s+met)(?![\p{L}])/iu;
/**
 * (s62 tune) The words of every day and of working in a thing in Albanian ("\u00c7do dit\u00eb do t\u00eb punosh me PHP", "p\u00ebrdit\u00eb", "p\u00ebrdor") and
 * Arabic ("\u0627\u0644\u0639\u0645\u0644 \u064a\u0648\u0645\u064a\u0627\u064b \u0645\u0639 ...", "\u0643\u0644 \u064a\u0648\u0645", "\u0628\u0627\u0633\u062a\u062e\u062f\u0627\u0645", "\u062a\u0643\u062a\u0628"), with DAILY_WORD's and USE_VERB's.
 */
const DAILY_WORD_S62 = /(?<![\p{L}])(?:\u043a\u0430\u0436\u0434\u044b\u0439\s+\u0434\u0435\u043d\u044c|\u0441\u0435\u043a\u043e\u0458\s+\u0434\u0435\u043d|\u0441\u0435\u043a\u043e\u0458\u0434\u043d\u0435\u0432\u043d\p{L}*|(?:\u05d5|\u05d4)?\u05d9\u05d5\u05de\u05d9\u05d5\u05de\u05d9(?:\u05ea)?|\u05db\u05dc\s+\u05d9\u05d5\u05dd|\u05de\u05d3\u05d9\s+\u05d9\u05d5\u05dd|h\u0259r\s+gün|günd\u0259lik|egunero|egunerokoan|\u0e17\u0e38\u0e01\u0e27\u0e31\u0e19|[\u00e7c]do\s+dit[\u00ebe]|p[\u00ebe]rdit[\u00ebe]|t[\u00ebe]\s+p[\u00ebe]rditshme|dit[\u00ebe]\s+pas\s+dite|\u064a\u0648\u0645\u064a(?:\u0627\u064b|\u064b\u0627|\u0627|\u0629)?|\u0627\u0644\u064a\u0648\u0645\u064a(?:\u0629)?|\u0643\u0644\s+\u064a\u0648\u0645|\u0628\u0634\u0643\u0644\s+\u064a\u0648\u0645\u064a)(?![\p{L}])/iu;
const USE_VERB_S62 = /(?<![\p{L}])(?:\u0440\u0430\u0431\u043e\u0442\u0430\u0442\u044c\s+\u0441|\u0440\u0430\u0431\u043e\u0442\u0430\u0435\u0448\u044c\s+\u0441|\u0440\u0430\u0431\u043e\u0442\u0430\s+\u0441|\u043f\u0438\u0441\u0430\u0442\u044c|\u043f\u0438\u0448\u0435\u0448\u044c|\u0438\u0441\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u044c|\u045c\u0435\s+\u0440\u0430\u0431\u043e\u0442\u0438\u0448\s+\u0441\u043e|\u0440\u0430\u0431\u043e\u0442\u0430\s+\u0441\u043e|\u043f\u0438\u0448\u0443\u0432\u0430\u0448|(?:\u05e2\u05d1\u05d5\u05d3\u05d4|\u05dc\u05e2\u05d1\u05d5\u05d3|\u05ea\u05e2\u05d1\u05d5\u05d3|\u05ea\u05e2\u05d1\u05d3\u05d5|\u05ea\u05e2\u05d1\u05d3\u05d9)(?:\s+\p{L}+){0,2}?\s+\u05e2\u05dd|\u05db\u05ea\u05d9\u05d1\u05ea|il\u0259\s+i\u015fl\u0259\p{L}*|i\u015fl\u0259y\u0259c\u0259ks\p{L}*|istifad\u0259|lan\s+egingo\s+duzu|erabiliko\s+duzu|pun(?:osh|oni|on|ojn\u00eb|ojne|a)\s+(?:\p{L}+\s+){0,2}?me|shkruan|shkruash|shkruani|p[\u00ebe]rdor\p{L}*|(?:\u0627\u0644)?\u0639\u0645\u0644|\u062a\u0639\u0645\u0644|\u0633\u062a\u0639\u0645\u0644|\u0628?\u0627\u0633\u062a\u062e\u062f\u0627\u0645|\u062a\u0633\u062a\u062e\u062f\u0645|\u0633\u062a\u0633\u062a\u062e\u062f\u0645|\u0643\u062a\u0627\u0628\u0629|\u062a\u0643\u062a\u0628|\u0633\u062a\u0643\u062a\u0628)(?![\p{L}])/iu;
/** (s62b tune) Thai, written with no spaces between words: every day and a verb of writing, using or working with, anywhere. */
const DAILY_THAI = /\u0e17\u0e38\u0e01\u0e27\u0e31\u0e19|\u0e40\u0e1b\u0e47\u0e19\u0e1b\u0e23\u0e30\u0e08\u0e33/u;
const USE_THAI = /\u0e40\u0e02\u0e35\u0e22\u0e19|\u0e43\u0e0a\u0e49|\u0e17\u0e33\u0e07\u0e32\u0e19\u0e01\u0e31\u0e1a|\u0e17\u0e33\u0e07\u0e32\u0e19\u0e14\u0e49\u0e27\u0e22/u;
function dailyUse(t: string, findSkills: FindSkills, options: ItemOptions): boolean {
  const u = unbulleted(t).trim();
  if ((DAILY_WORD.test(u) || DAILY_WORD_S61.test(u) || DAILY_WORD_S62.test(u)) && (USE_VERB.test(u) || USE_VERB_S61.test(u) || USE_VERB_S62.test(u)) && skillGroups(u, findSkills, options).length > 0) return true;
  if (DAILY_THAI.test(u) && USE_THAI.test(u) && skillGroups(u, findSkills, options).length > 0) return true;
  const m = USE_NAMED.exec(u);
  return m !== null && skillGroups(m[1]!, findSkills, options).length > 0;
}
/**
 * (s57 tune) The reader's share of the on-call said to them in prose: "You'd take the support phone one week in five",
 * "you will be on the pager one week in six", "You'll carry the pager every fifth week", "You will be on call one week out of
 * every seven" (s57b tune), "In the summer you'd be one of three people on the support rota" (s58b tune): asked of the hire. (How the rota is
 * arranged, with no "you", stays told: ONCALL_TOLD.)
 * (Not a duty of the list that only names the rota, "Join the on-call rotation", "Take part in the after-hours on-call":
 * the careful batches s43-s56 decided it no row, and s59 keeps that, though its parts labels counted "Take part in design
 * reviews and on-call rotations" an ask; see parts-s59.test.ts.)
 */
const ONCALL_YOU = /\byou(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will|\s+also)?\s+(?:also\s+)?(?:(?:be|go)\s+on[- ]?call\b|(?:take|carry|hold|share|join|cover|be\s+on|be\s+part\s+of|pick\s+up)\s+(?:the\s+|our\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:(?:pager|on[- ]?call|beeper)\b|(?:phone|rota|rotation|hotline|duty)\b[^.;!?]{0,50}?\b(?:(?:one|a|1)\s+week\s+(?:in|out\s+of|of\s+every)\s+\w+|every\s+(?:\w+\s+)?weeks?|(?:one|a|1)\s+(?:weekend|night)\s+(?:in|a|per|out\s+of)\b)))|\byou(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will)?\s+be\s+one\s+of\s+(?:[\w-]+\s+){1,3}?on\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:rota|rotation|pager|on[- ]?call)\b/i;
/**
 * (s60 tune) Under one heading of the work ("The role") that goes on from the duties to the person sought, a sentence or line
 * that asks it of the reader: "You should be comfortable writing proposals ...", "You'll need to know your way round Linux",
 * (s60b tune: "You should be happy presenting findings to ..."),
 * "We need someone who ...", "Experience with Phoenix LiveView would help, but we'll teach it", "Basic SQL knowledge is
 * expected": an ask (a wish when it would only help), as it would be under a heading of asks. (Not a duty said with "you
 * will", nor what the job gives: "You'll need a laptop, which we provide" names no competence; "This will help you grow" no
 * thing known.)
 */
const ASK_IN_DUTIES =
  /^(?:you\s+(?:should|must|need\s+to|(?:'|\u2019)ll\s+need\s+to|will\s+need\s+to)\s+(?:already\s+)?(?:be\s+(?:(?:very|really|fully)\s+)?(?:comfortable|confident|fluent|familiar|proficient|able|at\s+home|at\s+ease|experienced|happy|used\s+to|good\s+at)|have|know|feel\s+(?:comfortable|at\s+home)|understand|speak|hold|bring)\b|(?:we|i)\s+(?:need|want|are\s+after|(?:'|\u2019)re\s+after)\s+(?:someone|somebody|a\s+person|people|an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:who|with|that))\b|(?:(?:some|prior|previous|solid|basic|good|hands-on|any)\s+)?(?:experience|familiarity|knowledge|exposure|fluency|background)\s+(?:with|of|in|to)\s+[^.;!?]{2,80}?\s+(?:would|will|could|might|does|can)\s+(?:(?:certainly|definitely|really|also)\s+)?(?:help|be\s+(?:a\s+(?:plus|bonus)|helpful|useful|welcome|handy|nice))\b)|\b(?:knowledge|experience|familiarity|skills?|understanding|grasp|certification|licen[cs]e)\b[^.;!?]{0,60}?\b(?:is|are)\s+(?:(?:also|absolutely)\s+)?(?:expected|needed|essential|a\s+must)\b/i;
/**
 * (s60 tune) Time away at a place said to the reader as part of the job, "You'll spend a few days a quarter on a dock", "You will
 * spend one week a month at our plant in Ghent", "you'd spend two nights a month at customer sites": asked of the hire, as travel
 * is (TRAVEL_ASKED); not time spent on a thing ("You'll spend most days in Go"), which dailyUse reads.
 */
const TIME_AWAY_YOU =
  /^(?:(?:and|so|also),?\s+)?you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would|\s+can\s+expect\s+to)?\s+(?:also\s+)?(?:need\s+to\s+)?spend\s+(?:(?:about|around|roughly|up\s+to|at\s+least)\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|several|some|one|two|three|four|five|six|\d+|a)\s+(?:days?|weeks?|nights?)\s+(?:a|per|each|every|in\s+(?:a|each|every))\s+(?:week|month|quarter|year|season)\s+(?:on|at|in|around|visiting|travel+ing|out)\b/i;
/** What the role itself requires of whoever holds it: "The position requires occasional travel", "This job calls for …". */
// (Not what the job has the hire do: "The role requires you to own billing end to end".)
/**
 * (s54 tune, s52-s53's known miss) What the candidate knows said to help, in prose or in a list: "Knowing how freight is
 * billed would help", "A grasp of how exams are set would help, and we'll teach the rest", "Some familiarity with claims
 * would help a lot": a wish, as "would be useful" is. Only with what a person knows or has done as the subject (not "A
 * second screen would help", "Your feedback would help us"). Read only where the line names no skill (the fallback filter
 * in itemsOf, and asksOfCandidate, which sees only such lines): a line naming a skill in this form stays as it was until
 * the posting's other asks are split into rows (match-careful-34's s51 blog pair, whose Kubernetes wish would weigh a third
 * of the score against one row of all its other asks; see 49cc8b38).
 */
const KNOWING_HELPS =
  /^(?:(?:and|but|also)\s+)?(?:knowing|knowledge\s+of|(?:some\s+|any\s+|prior\s+|basic\s+)?(?:familiarity|experience|exposure|background|grounding)\s+(?:with|in|to|of)|(?:a\s+bit\s+of|a\s+little|some|any)\s+(?:knowledge|familiarity|experience)\b|(?:an?\s+|some\s+)?(?:(?:basic|rough|working|good)\s+)?(?:understanding|grasp|feel)\s+(?:of|for))\b[^.;!?]{1,120}?\bwould\s+(?:also\s+|really\s+|certainly\s+|definitely\s+|greatly\s+)?help\b(?!\s+(?:us|them|the\s+team|our)\b)/i;
/**
 * (s54 tune) A check the hire is subject to, said of the selection or the offer: "Selection is subject to a background
 * investigation", "Employment is contingent on passing a drug screen", "Any offer depends on a favorable suitability
 * determination": asked, as "must pass a background check" is. (Not what the offer waits on besides: "Offers are subject to
 * board approval", "The start date is subject to change".)
 */
const CHECK_CONDITION =
  /^(?:(?:your|the|any|all|final|this)\s+)?(?:selection|employment|appointment|hiring|hire|offers?|job\s+offers?|placement|start)\s+(?:(?:is|are|will\s+be|remains?)\s+)?(?:subject\s+to|contingent\s+(?:up)?on|conditional\s+(?:up)?on|dependent\s+on|depends\s+on)\s+(?:(?:passing|clearing|completing|successful(?:ly)?(?:\s+completion\s+of)?|satisfactory(?:\s+completion\s+of)?)\s+)?(?:(?:a|an|the|your)\s+)?(?:[\w-]+\s+){0,3}?(?:check|screen(?:ing)?|test|investigation|vetting|clearance|determination|exam(?:ination)?|physical|verification)s?\b/i;
/**
 * (s54 tune) How the pay is paid, set among a board's conditions of employment: "Direct deposit of pay is required", "Pay
 * is made by electronic funds transfer": a payroll arrangement, no ask a resume could meet. (Not a payroll skill asked:
 * "Experience processing direct deposit files".)
 */
const PAID_BY_DEPOSIT = /\b(?:direct\s+deposit|electronic\s+funds\s+transfer)\b/i;
/**
 * (s54 tune) What the candidate knows, the line's first words ("Knowing how insurance claims move ...", "Knowledge of
 * pension rules ...", "Familiarity with salary benchmarking"): the field known, whatever perk's word names it (OFFERED reads
 * "insurance" and "salary" as what the job gives).
 */
const KNOWN_FIELD = /^(?:(?:some|any|a|an|prior|basic|good|solid|working)\s+)?(?:knowing(?!\s+(?:that|you|we|our)\b)|knowledge\s+of|familiarity\s+with|understanding\s+of|grasp\s+of|experience\s+(?:in|with))\s/i;
const ROLE_REQUIRES = /^(?:the|this)\s+(?:role|position|job)\s+(?:also\s+)?(?:requires|calls for|demands)\b(?!\s+(?:you\s+)?to\s+(?:own|lead|build|design|drive|work|manage|run|ship|help|take|be responsible)\b)/i;
/** What the people hired will have to undergo or hold: "Successful applicants will be subject to a credit check". */
const APPLICANTS_WILL = /^(?:all\s+|successful\s+|the\s+successful\s+|new\s+)?(?:applicants?|candidates?|hires?)\s+(?:will|must|should)\s+(?:(?:also|each)\s+)?(?:be\s+subject\s+to|need\s+to|have\s+to|undergo|pass|complete|hold|be\s+(?:able|required|eligible))\b/i;
/**
 * The company says what it cares about in the candidate or expects of them: "We also care that you can explain …",
 * "…, and we expect you to join it within two months".
 */
const CARE_THAT = /^we\s+(?:also\s+|really\s+|most\s+)?(?:care|want to (?:know|see))\s+(?:\w+\s+)?(?:that|whether)\s+you\b|\bwe\s+(?:(?:also|will|would|do|fully)\s+)?expect\s+(?:you|candidates|applicants|the (?:new\s+)?hire|new hires)\s+to\s+(?!(?:grow|learn|have fun|enjoy|ask)\b)/i;
/** Words that say a list is a choice (a slash or a bracket alone may be a stack). */
const CHOICE_WORD = /\b(?:or|either|such as|e\.g|one of|any of|like|whatever|whichever|flexible|open (?:on|about|regarding)|(?:is|are|also|too) (?:(?:very|more than|totally|perfectly|also) )?(?:fine|ok|okay|welcome|acceptable)|(?:just|equally) as (?:good|well|valid)|(?:counts?|transfers?) (?:too|as well)|(?:is|are) enough|will do|suffices)\b|\b(?:a|an|one|any)\s+(?!lot\s+of\b)(?:[\w+#./-]+\s+){0,3}[\w+#./-]+\s*(?:\(|:|—|–)/i;
/** The asks' label opening a sentence in prose: "What we are looking for:", "What we expect from you:", "Who we're seeking:". */
const ASKS_LABEL = /^(?:what|who)\s+(?:we(?:'|\u2019)re|we are|we(?:'|\u2019)ll be|we)\s+(?:looking for|seeking|expect(?:ing)?(?: from you)?|need|want)\s*:/i;
const STRONG_ASKING_WORDS = /\b(?:required|requirements?|reqs?:|must(?: have)?|you(?:'|’)ll need|you need|you should have|we(?:'|’)re looking for (?:someone|people|engineers|candidates)|(?:looking for|seeking|hiring)\s+(?:an?\s+)?(?:[\w+-]+\s+){0,3}(?:engineers?|developers?|candidates?|someone|people|folks|scientists?)\s+(?:with|who)|minimum of|at least \d)\b/i;
/** (s54: and a paper or a means said to be needed, NEEDED_CREDENTIAL, as strong as "required".) */
const STRONG_ASKING = { test: (t: string): boolean => STRONG_ASKING_WORDS.test(t) || NEEDED_CREDENTIAL.test(t) };
/**
 * A sentence that tells what the company, its product or its stack is or does ("The backend is a Rails monolith, with
 * services in Ruby, Node or Bun", "We detect threats (e.g. malware, phishing)", "Acme is used by teams like …"):
 * a list in it describes, it does not offer a choice.
 */
const DESCRIBES = {
  // (What the role is or uses is what the candidate will need: "The role is mostly Go or Rust".)
  // (Nor does "It helps to have …", "It's a plus if you …": a wish said of the candidate.)
  test: (t: string) => (DESCRIBES_SUBJECT.test(t) || DESCRIBES_NAME.test(t) || TEAMS_USE.test(t)) && !THE_ROLE.test(t) && !(/^it\b/i.test(t) && IT_HELPS.test(t)),
};
const IT_HELPS = /^it(?:(?:'|’)s|\s+is|\s+would\s+be|\s+will)?\s+(?:also\s+)?(?:helps?|helpful|useful|a\s+(?:big\s+|huge\s+)?plus|a\s+bonus|nice|great|ideal)\s+(?:to|if|when)\b/i;
const THE_ROLE = /\b(?:the|this|your)\s+(?:role|job|position|work|day[- ]to[- ]day|gig|opening|hire)\s+(?:is|are|will|uses?|involves?|needs?|requires?|means?)\b/i;
// (The verb is a lookahead: only whether it matches is read, and V8 compiles a long alternation after a bounded repeat once per path, ~10 ms cold.)
const DESCRIBES_SUBJECT =
  /\b(?:the|our|we|it|this|these|they|its|their|some|many|most|all|several)\s+(?:[\w-]+\s+){0,3}?(?=(?:is|are|was|were|has|have|had|uses?|used|runs?|helps?|detects?|builds?|makes?|offers?|provides?|serves?|can|will|does|do|protects?|powers?|supports?|integrates?|connects?|syncs?|ingests?|automates?|handles?)\b)/i;
/** "Teams here use …", "most engineers internally run …": who in the company uses what, told. */
const TEAMS_USE = /^(?:most\s+|some\s+|many\s+|all\s+)?(?:teams?|engineers|developers|squads)\s+(?:here\s+|internally\s+)?(?:use|run|build|work)\b/i;
/**
 * (s52 tune) The same of a name in three or four capitalised words ("Kestle Valley Hospital was named \u2026", "Saltcote Borough
 * Water Board has served \u2026"): read only among the asks' lines, where nothing else asks (see asksOfCandidate).
 */
const DESCRIBES_LONG_NAME = /^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){2,3}\s+(?:is|are|was|were|has|have|had|helps|uses|runs|builds|makes|offers|provides|serves|operates|employs|protects|powers|supports)\b/;
/** "Lanternly is …", "Acme Cloud helps …": a name, then what it is or does. */
const DESCRIBES_NAME = /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:is|are|was|has|helps|uses|runs|builds|makes|offers|provides|serves|can|protects|powers|supports|integrates|connects|syncs|ingests|automates|handles|lets|enables)\b/;
/** … unless it leaves the pick open: "whichever the client picked", "we are flexible", "a CI system — Jenkins, Buildkite", "Erlang folks tend to do well". */
const OWN_CHOICE = /\b(?:whichever|whatever|either|one of|any of|flexible|open (?:on|about|regarding)|pick|choose|(?:tend|tends) to (?:do|fit)|ramp up)\b|\b(?:a|an|one|any)\s+(?!lot\s+of\b)(?:[\w+#./-]+\s+){0,3}[\w+#./-]+\s*(?:\(|:|—|–)/i;
/** "Acme is a budgeting app (iOS/Android) …": a name, and the kind of thing it is, with its parts in brackets: no pick left open. */
const NAME_IS_A = /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:is|are)\s+(?:a|an)\s+(?:[\w+#./-]+\s+){0,3}[\w+#./-]+\s*\(/;
/** Whether a sentence that describes leaves the pick open all the same. */
function ownChoice(t: string): boolean {
  return OWN_CHOICE.test(t) && !(NAME_IS_A.test(t) && !/\b(?:whichever|whatever|either|one of|any of|flexible|pick|choose)\b/i.test(t));
}
/** A sentence that tells the stack or the work, and does not speak to the candidate about it. */
function notAsking(t: string): boolean {
  return NOT_ASKING.test(t) || TEAM_CHOSE.test(t) || OTHERS_CHOOSE.test(t) || PRODUCT_DOES.test(t) || (TOLD.test(t) && !YOU.test(t) && !asking(t));
}
/** What the team chose or changed: "We chose Elixir over Go or Rust", "we replaced Jenkins with X or Y", "we integrate with …". */
const TEAM_CHOSE = /\bwe(?:(?:'|’)ve| have)?\s+(?:\w+ly\s+)?(?:chose|chosen|picked|went with|switched|replaced|migrated|moved|rewrote|rewritten|standardi[sz]ed|integrate|connect|sync|partner)\b/i;
/** What the customers or users pick, not the candidate: "Customers can choose MySQL or Postgres". */
const OTHERS_CHOOSE = /\b(?:customers|clients|users|merchants|partners|tenants)\s+(?:can|may|could|choose|pick|deploy|bring)\b/i;
/** What the product does or is like: "The product exports to X or Y", "It works with X, Y or Z under the hood", "Think of it as X or Y, but …". */
const PRODUCT_DOES = /^(?:think of (?:it|us|this) as|imagine)\b|^(?:it|the (?:product|platform|app|tool|service|engine|sdk|api|plugin|extension))\s+(?:\w+ly\s+)?(?:works|exports|imports|plugs|talks|runs|connects|integrates|syncs|ships|supports|deploys|writes|reads)\b/i;
/** A choice said not to matter: "we don't care whether you've used Vue or React", "it doesn't matter if …". */
/** (s60) The condition after it that asks one of the choices all the same: "as long as you have shipped one of them". */
const NO_MATTER_IF = /\b(?:as|so)\s+long\s+as\s+you\b|\bprovided\s+(?:that\s+)?you\b/i;
const NO_MATTER = /\b(?:(?:don|doesn)(?:'|’)t|do not|does not)\s+(?:care|matter)\s+(?:much\s+)?(?:whether|if|which)\b/i;
/** "If you love Rust or Go, you'll love our codebase", "If building with X excites you": a liking, not an ask. */
const IF_YOU_LIKE = /^(?:and\s+|so\s+)?if\s+(?:you\s+(?:really\s+)?(?:love|like|enjoy|are into|geek out (?:on|about))\b|you(?:'|\u2019)re\s+(?:really\s+)?into\b|[^.!?]{0,80}\b(?:excites?|interests?|appeals? to|thrills?)\s+you\b)/i;
/** "If you've worked on X, you know …", "If you have shipped Y, you'll appreciate …": the candidate's past, then what they will feel, no ask. */
const IF_YOU_KNOW = /^(?:and\s+|so\s+)?if\s+you(?:(?:'|’)ve|\s+have|(?:'|’)re|\s+are)?\s+[^.;!?]{3,160}?,\s*(?:then\s+)?you(?:(?:'|’)ll|\s+will|(?:'|’)d|\s+would|(?:'|’)re going to)?\s+(?:already\s+|probably\s+|surely\s+|likely\s+)?(?:know|understand|get|appreciate|love|enjoy|feel|see|recogni[sz]e|reali[sz]e|fit right in|find\s+(?:this|the|our|it|plenty|a lot|lots)\b)/i;
/** A choice offered in words, not only examples given: "Go or Rust", "either", "one of", "any of". */
const LIKING_INVITE = /^(?:(?:so\s+)?(?:come|join|apply|reach out|get in touch|talk to us|write to us)\b[^:.!?]{0,60}?\bif\s+you\s+(?:really\s+)?(?:love|enjoy|like|are\s+into|are\s+excited\s+(?:about|by))|if\s+you\s+(?:really\s+)?(?:love|enjoy|like)\b[^:.!?]{0,40}?,\s*(?:come|join|apply|reach out|get in touch))\b[^:.!?]*:\s*$/i;
const FIT_IN = /\byou(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would)\s+(?:probably\s+|surely\s+)?(?:fit\s+(?:right\s+)?in|feel\s+(?:right\s+)?at\s+home|love\s+it\s+here|get\s+along)\b/i;
const OR_WORD = /\b(?:or|either|one of|any of|whichever)\b/i;
/**
 * (s50) A choice a duty leaves to the work, not to the candidate: the tool picked as the problem or the team calls for
 * ("in Go or Python, whichever the problem calls for", "with Airflow or Dagster, depending on the domain team", "whether in
 * Python or R"), or a tool beside a way that is no skill ("with Okta Workflows or code (Python, Terraform)", "with Ansible or
 * scripts (Python, Bash)", "by hand or with scripts (PowerShell, Python)"). It tells how the work gets done; it asks none
 * of them. (A duty's plain choice, "build services in Go or Rust", is still asked; so is one left to the candidate, "in Go or
 * Rust, whichever you know better".)
 */
const OPEN_CHOICE = /\b(?:whichever|whatever)\s+(?:the(?!\s+(?:candidate|applicant|hire|person)\b)|fits|suits|works|makes|we|they|our)\b|\bwhether\s+(?:in|with|by|using|through|on)\b|\bdepending\s+on\s+(?:the|each|which|what|our|your)\b|\bor\s+(?:with\s+|by\s+|in\s+|using\s+|through\s+)?(?:(?:custom|plain|your own|small|simple)\s+)?(?:code|scripts?|scripting)\b|\bby\s+hand\s+or\b/i;
/** (s50) Whether the duty's line around `at` leaves its choice to the work (OPEN_CHOICE): the skills it names are no ask. */
export function dutyLeavesChoice(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', at - 1) + 1, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  return OPEN_CHOICE.test(line) && !STRONG_ASKING.test(line) && yearsIn(line) === null;
}
/** How to apply, not what is asked: "send us your GitHub or GitLab profile"; the hiring process ("how to use AI tools while applying"). */
const HIRING_PROCESS = /\b(?:hiring|interview(?:ing)?|application|recruiting) process\b|\bwhile (?:you(?:'|’)re |you are )?applying\b|\bduring (?:the|our|your) (?:interviews?|hiring)\b/i;
const APPLYING = /\bhow to apply\b|^to\s+apply\s*[,:]|^(?:please\s+|to apply,?\s+)?(?:also\s+)?(?:apply|send|e-?mail|include|attach|share|submit|reach out|dm)\b[^.;]{0,40}\b(?:your|us|me|a link|links?|resume|cv|portfolio|profile)\b|^please (?:share|send|provide|include)\s*(?:the following\s*)?:/i;
/**
 * What the team uses, told in the passive ("Tools like X and Y are part of the workflow here", "where Z is actively
 * used for reviews"), or what it is building ("we’re building models that automate tasks like …"): nothing asked, unless
 * the sentence asks as well ("we are building X and are looking for someone with experience in …").
 */
const TOLD = /\b(?:is|are)\s+(?:(?:actively|already|heavily|widely|routinely|commonly)\s+)?(?:used\s+(?:for|in|by|here|daily|every|across|throughout)|part of (?:the|our) (?:[a-z]+\s+)?(?:workflow|stack|toolkit|toolchain|process|setup))\b|\bwe(?:'|’)re\s+building\b|\bwe are building\b/i;
const NOT_ASKING = /\b(?:we use|we used|we(?:'|’)ve used|we have used|our stack|stack:|tech stack|built (?:with|on)|we(?:'|’)re using|we(?:'|’)ve built|we run|our (?:platform|product|customers|team|engineers)|we are a|we(?:'|’)re a|(?<!\b(?:lead|leading|led|manag\w+|run|running|ran|mentor\w*|build\w*|built|grow\w*|hire|hiring|scal\w+)\s+(?:an?\s+)?(?:\w+\s+)?)team of|(?:companies|customers|clients|investors|brands|partners) (?:such as|like|including)|they may)\b/i;

/**
 * The requirement items of a posting: each bullet or sentence of its
 * requirements and preferred sections (or, in a posting with no such
 * heading, each sentence elsewhere that asks something of the candidate).
 */
/**
 * An item that names no skill, years or degree shows in the checklist as "cannot tell from a resume"; it belongs there
 * only when it asks something of the candidate. In a list of asks (a requirements part, or bullets under a line that
 * asks) a line does unless it says otherwise; in prose it must say so: a want addressed to the candidate ("you should",
 * "must", "experience in …", "a plus"), or a person sought with what they are ("looking for engineers who …").
 * Never an ask: a lead-in line, a question, "no X required", an invitation ("if you're into X, we'd love to hear
 * from you"), what the job gives ("you'll have", "you'll own"), a header field ("Type: Full-time"), or a statement
 * of the company and its people ("We …", "Our founders have …").
 */
const LEAD_IN = /(?::|\s[-–—])\s*$/;
// ("isn't", "aren't": no word boundary before the "n't".)
const NOT_NEEDED = /(?:\b(?:not|no|never)\b|n(?:'|’)t\b)[^.;!?]{0,50}?\b(?:required|necessary|needed|expected|a must|mandatory|prerequisites?)\b/i;
/**
 * (s43) What the line waives said as no need: "we use Linear and Notion, no need to know them", "You don't need to know
 * Rust", "you don't have to be an expert in it". (Read with NOT_NEEDED's guards: a "but" that turns to a want still asks.)
 */
// (s51: "We use Nakama and Agones, but nobody expects you to know them".)
const NO_NEED = /\b(?:no\s+need|(?:don(?:'|\u2019)t|do\s+not|won(?:'|\u2019)t|will\s+not)\s+(?:need|have)|(?:is|are)\s+not\s+expected|(?:nobody|no\s+one|no-one)\s+(?:expects|will\s+expect)\s+you)\s+to\s+(?:already\s+)?(?:know|have|learn|use|master|bring|speak|read|write|be\s+(?:an?\s+)?(?:expert|pro|guru|fluent))\b/i;
/**
 * (s43) A waiver in brackets after a list of three or more ("Hotwire, Sidekiq, Stripe billing, you climb (not required, we
 * promise)") waives the list's last thing, not the line: the rest is still asked. The line without the bracket, when it
 * still holds such a list.
 */
const waiverAside = (t: string): boolean => {
  const m = /\(([^()]*)\)\W*$/.exec(t);
  if (!m || !(NOT_NEEDED.test(m[1]!) || NO_NEED.test(m[1]!))) return false;
  const before = t.slice(0, m.index);
  return !NOT_NEEDED.test(before) && !NO_NEED.test(before) && (before.match(/,/g)?.length ?? 0) >= 2;
};
/**
 * (s43) Notes on the asks that a resume cannot meet: the pay said in the list ("pay is $120-150k depending on level",
 * "Salary: competitive"), when the asks must be met ("You must meet all qualification requirements by the closing date").
 */
// (s51: the pay in Japanese, Chinese or Korean too, "\u5e74\u53ce\uff1a600\u4e07\u5186\u301c".)
const PAY_NOTE = /^(?:the\s+|our\s+)?(?:base\s+)?(?:pay|salary|compensation|comp|remuneration|ctc|rate)\b(?:\s+(?:range|band|scale))?\s*(?:is|will be|:|of|for|as per|up to|between|from|starts? at)\b|^(?:base|basic)(?:\s+(?:pay|salary))?\s*:?\s*(?:of\s+|up to\s+)?[$\u20ac\u00a3]?\s?\d|^(?:\u60f3\u5b9a)?(?:\u5e74\u53ce|\u6708\u7d66|\u7d66\u4e0e|\u7d66\u6599|\u5e74\u4ff8|\u85aa\u8d44|\u85aa\u916c|\u5f85\u9047|\uc5f0\ubd09|\uae09\uc5ec)\s*[:\uff1a]/i;
/** (s44) The job's work mode and its days, as a line of its own: "Hybrid: 2 days per week in the office", "Work mode: remote". */
const WORK_MODE_NOTE =
  /^(?:(?:fully|100%)\s+)?(?:remote|hybrid|on-?site|in[- ]office|work(?:ing)?\s+(?:mode|model|arrangement|pattern|setup|location)|workplace(?:\s+type)?)\b\s*(?::\s*\S|(?:\d|one|two|three|four|five)\s*(?:days?|x)\b)/i;
/**
 * (s62 lead) The job's place told among the asks: "Based in Dubai, on-site.", "Located in Riga, hybrid", "This role is based in
 * our Porto office", "The position is located in Tirana": where the work is, a fact of the job, no ask (not "Must be based in
 * the EU", nor a remote role's "Based in Europe", the candidate's place, which names no work mode or job).
 */
const JOB_PLACE_NOTE =
  /^(?:(?:based|located)\s+(?:in|at|out\s+of)\s+[^.;:]{2,60}?(?:,|;|\s+[\u2013\u2014-]|\s+and|\s+\()\s*(?:fully\s+)?(?:on-?site|in[- ]office|in[- ]person|hybrid|office[- ]based)\)?|(?:the\s+|this\s+)(?:role|position|job|post)\s+is\s+(?:based|located)\s+(?:in|at|out\s+of)\b[^.;]*)\.?$/i;
const DEADLINE_NOTE = /\b(?:meet|satisfy|fulfil+)\s+(?:all\s+)?(?:the\s+|these\s+)?(?:(?:qualification|minimum|eligibility|basic|essential)\s+)?(?:requirements|qualifications|criteria)\s+(?:by|before|at the time of|as of|on)\b/i;
/** (s43) A person specification's group label read as a line: "Knowledge and qualifications", "Skills and abilities". */
const SPEC_GROUP = /^(?:(?:knowledge|skills|abilities|qualifications|experience|education|training|competenc(?:y|ies)|attributes|behaviou?rs|certifications?|personal qualities|qualities)(?:\s*(?:,|and|&|\/)\s*|\s*:?\s*$))+$/i;
/** (s43) A mark of where a criterion is assessed, after it: "(A)", "(A/I)", "(I, T)" (application, interview, test). */
const ASSESSED_MARK = /\s*\((?:[A-Z](?:\s*[/,&]\s*[A-Z]){0,3})\)\s*\.?$/;
/**
 * A turn in the line ("but", "however", "though") that may lead back to a want ("Not required, but Go helps"); not one that
 * leads to the waiver itself (s51: "We use Nakama and Agones, but nobody expects you to know them").
 */
const BUT_TURNS = /\b(?:but|however|though)\b(?!,?\s+(?:nobody|no\s+one|no-one|(?:there(?:'|\u2019)s\s+)?no\s+need|you\s+(?:don(?:'|\u2019)t|do\s+not|won(?:'|\u2019)t|will\s+not)\s+(?:need|have))\b)/i;
const waives = (t: string): boolean => (NOT_NEEDED.test(t) || NO_NEED.test(t)) && !waiverAside(t);
/**
 * (s43) A note inside the list that no one need meet all of it ("We know lists like this can put people off: if you match
 * most of it, talk to us", "Nobody ticks every box"), or that a kind of person is welcome ("Graduates and self-taught folks
 * are very welcome here", "Career changers welcome"): said to the reader about the list, no ask a resume could meet.
 */
const LIST_NOTE =
  /^(?:please\s+)?(?:don(?:'|\u2019)t|do\s+not)\s+worry\s+(?:about|if)\b|\b(?:tick|check|meet|match|hit|satisfy|fulfil|fulfill)(?:s|es|ed|ing)?\s+(?:(?:every|each|all)\b(?:\s+(?:single\s+)?(?:box(?:es)?|point|item|bullet|requirement|line|one|of\s+(?:them|these|those|it|this|the\s+(?:above|list)))s?)?|most\s+of\s+(?:it|this|them|these|the\s+(?:list|above|points)))|\b(?:nobody|no\s+one|few\s+people|not\s+everyone|no\s+candidate)\s+(?:\w+\s+)?(?:ticks|checks|meets|matches|has)\s+(?:all|every|each)\b|^(?:[\w-]+\s+(?:and|&|or)\s+)?(?:(?:recent\s+|new\s+)?grad(?:uate)?s|juniors|career[- ](?:changers|switchers|returners)|self[- ]taught(?:\s+(?:folks|people|developers|engineers))?|bootcamp\s+(?:grads|graduates|alumni)|students|people\s+(?:from|of)\s+(?:all|any|every|non-traditional)\s+backgrounds|everyone|all\s+backgrounds)\b[^.;!?]{0,60}?\b(?:(?:are|is)\s+)?(?:(?:very|more\s+than|especially|always|all|most|extremely|warmly|equally|really)\s+)*welcome\b/i;
/** "No degree requirements - we care about what you've shipped", "There are no formal requirements": a requirement said to be none. */
const NO_REQUIREMENT = /\b(?:no|zero|without)\s+(?:[\w-]+\s+){0,2}requirements?\b(?!\s*:)/i;
const PLUS =
  /\b(?:a\s+(?:big\s+|huge\s+|strong\s+|nice\s+)?(?:plus|bonus|advantage)|bonus points|nice[- ]to[- ]have|preferred|ideally)\b|\b(?:great|helpful|helps|welcome|appreciated|valued|useful|beneficial|nice|good|ideal|desirable)\b[^.;!?]{0,12}?\bnot\s+(?:strictly\s+)?(?:required|necessary|needed|mandatory|essential|a must)\b/i;
const INVITE = /^(?:and\s+|so\s+)?if\s+you\b[^.!?]{0,300}?\b(?:love to (?:hear|see|chat|talk|meet)|(?:we|I)\s+(?:(?:really|would|'d|\u2019d)\s+)?(?:want|like) to (?:talk|chat|meet|hear from you)|(?:buy|get|grab)\s+(?:you\s+)?(?:an?\s+)?(?:coffee|lunch|drink|beer|tea)|reach out|get in touch|apply|e-?mail|include|send|contact|feel free|check out|see our|let(?:'|’)s (?:talk|chat)|drop (?:us|me)|let us know|ask (?:us|away))\b/i;
const GIVEN = /^(?:you can expect|you(?:(?:'|’)ll| will)\s+(?:also\s+)?(?:have|get|receive|be (?:working|joining|part|given|reporting|encouraged|supported|invited|trusted|empowered|able to (?:learn|grow|work))|own|lead|join|work|report|help|build|design|drive|shape|learn|grow|take)|you(?:(?:'|’)re| are) (?:likely|going|set) to|you (?:get|receive)|(?:additionally|also|plus),?\s+you (?:get|receive|will have))\b/i;
const FIELD = /^(?:role|type|position|title|location|salary|comp(?:ensation)?|team|level|start(?: date)?|hours|department|employment|schedule|contract|visa|equity|benefits)\s*:\s/i;
const THEY_SAY = /^(?:(?:please note(?: that)?,?\s+)?(?:we|we(?:'|’)(?:re|ve|d|ll)|our|us|i|i(?:'|’)(?:m|ve|d|ll)|my|at [A-Z][\w&.-]*,|here\s+at\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?,?\s+(?:we|our))\b|(?:[\w’'.&-]+\s+){0,4}?(?:team|founders?|company|staff|employees|ceo|cto)\s+(?:brings?|has|have|had|is|are|was|were|spent|built|came|comes?|includes?)\b)/i;
const SOUGHT_WHO = /\b(?:looking for|seeking|hiring|want|searching for|hoping\s+(?:for|to\s+(?:find|hire|meet))|(?:I|we)\s+(?:really\s+|also\s+)?need|(?:we(?:'|’)re|we are)\s+(?:really\s+)?after|(?:I|we)(?:(?:'|’)d|\s+would)\s+(?:really\s+|also\s+)?(?:like|love)(?:\s+to\s+(?:find|hire|meet|bring\s+on))?)\s+(?:an?\s+|our\s+|the\s+)?(?:[\w,'’-]+\s+){0,4}?(?:someone|people|person|individuals?|candidates?|teammates?|engineers?|developers?|folks|generalists?|hackers?|builders?|scientists?|partners?)\b[^.!?]{0,40}?(?:\b(?:who|whom|that|with|comfortable|able to|willing to|happy to|fluent)\b|\b(?:curious|excited|passionate|keen|interested|experienced|skilled|versed|obsessed|eager)\s+(?:about|in|on|with|by)\s+(?!(?:joining|our|this|the\s+(?:company|mission|team|product|role)|working\s+(?:at|for|with)\s+us)\b))|\b(?:looking for|seeking|hiring)\s+(?:an?\s+)?[\w.-]+-based\b/i;
const HOW_TO_APPLY = /\b(?:submit (?:an|your) application|apply|applying|applicants? who|jobs? page|careers? page|(?:initial|first) (?:e-?mail|message)|cover letter|(?:e-?mail|write to|message) (?:us|me)|reach out|applications?\s+(?:close|open|are\s+(?:reviewed|read|due))|deadline|interviews?\s+(?:are|is|will|take|consists?)|interview\s+(?:process|loop|steps?|stages?))\b/i;
/** What the candidate is, said to them ("You are unafraid of any technology", "You want to build …", "Can work in an early-stage startup"). */
const YOU_ARE = /\byou(?:(?:'|’)re| are)\s+(?!(?:going|likely|set|joining|working|getting|responsible|part of|in for|welcome|invited|encouraged)\b)|\byou\s+(?:want|love|enjoy|care|thrive|like|value|prefer|obsess|take|hold)\b|^(?:can|able to|willing to|happy to|ready to|eager to)\s/i;
/** The candidate described in the present, as a list of asks in prose does ("You work close to the customer.", "But you also own your mistakes.", "Your first instinct is to …"); not what the job will give or have them do. */
const YOU_DO = /(?:^|,\s+)(?:but\s+|and\s+|so\s+)?(?:you(?!(?:'|’)(?:ll|d)\b)\s+(?!(?:will|would|could|may|might|can expect|get|receive|join|report)\b)[a-z]+|your\s+(?:first\s+|natural\s+|default\s+)?(?:instinct|default|approach|mindset|bias|reflex)\b)/i;
/** The product or company, then what it is or does ("The app brings …", "Acme gives teams …"). */
const PRODUCT_SAYS = /^(?:(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:app|apps|product|platform|tool|service|engine|company|mission|software|system|solution|marketplace))\s+(?:gives|aggregates|combines|brings|turns|lets|helps|enables|offers|provides|serves|powers|is|are|has|was|makes)\b|^(?!(?:What|Who|How|Which|Where|When|Why|This|That|It)\b)[A-Z][\w.-]*\s+(?:gives|aggregates|combines|brings|turns|lets|helps|enables|offers|provides|serves|powers|makes)\b/;
const THIS_ROLE = /^(?:this|that|it)\s+(?:is|role|position|job|opening)\b/i;
const MERE_ENTHUSIASM = /^[^.!?]*\b(?:who|that)\s+(?:are|is)\s+(?:\w+\s+)?(?:excited|passionate|eager|thrilled)\s+(?:to join|about (?:joining|our|the|this))\b/i;
const WANT_CUE = /\byou(?:(?:'|’)ve|\s+have|\s+should|\s+must|\s+need|(?:'|’)ll need|\s+will need|\s+bring|\s+know|\s+understand|(?:'|’)re (?:able|comfortable|fluent)|\s+are (?:able|comfortable|fluent))\b|\b(?:must|required|requirements?|essential|mandatory|ability to|able to|proficien\w*|fluen(?:t|cy)|familiar(?:ity)?|comfortable|knowledge of|understanding of|grasp of|track record|(?:strong|solid|good)\s+record|preference\s+for|proven|background in|expertise in|expert in|previous(?:ly)?|prior|former)\b|(?<!\b(?:user|customer|product|developer|digital|guest|patient|player|client|shopping|learning|onboarding|our|that|this|its|their)(?:\s+|-))\bexperience(?:\s+(?:in|with|on|of|as|at|building|leading|running|working|using|developing|designing|shipping)\b|\s*[.;,)]|\s*$)/i;

/**
 * An item that names skills asks for them unless it plainly does not: "No AI experience required", what the job
 * gives or has the hire do ("You'll own growth end to end using AI", "You will mostly work with Python"; a choice
 * in it, "in Go or Rust", is still asked), or the company or its founder telling of themselves with no one sought and nothing asked ("We are building at
 * the forefront of scraping and AI", "Since I joined six years ago I have coded our Rails app").
 */
const NOSCRIPT = /\benable javascript\b|\bjavascript (?:is )?(?:disabled|required to (?:view|run|use))\b/i;
const SEEKS = /\b(?:looking for|seeking|searching for|hiring|recruiting|(?:we(?:'|’)re|we are)\s+after\s+(?:an?\s+|some)|(?:want|need)s?\b)/i;
const ASKS_WORD = /\b(?:you|your|required|requirements?|must|should|need(?:ed)?|experience[ds]?|expertise|proficien\w*|fluent|familiar\w*|knowledge|skills?|background|comfortable|strong|solid|deep|plus|bonus|ideally|preferred|nice to have)\b/i;

/** Whether THEY_SAY or PRODUCT_SAYS can match: their first words, or the people they name (cheap tests before the patterns). */
const SELF_FIRST = new Set(['please', 'here', 'we', "we're", 'we’re', "we've", 'we’ve', "we'd", 'we’d', "we'll", 'we’ll', 'our', 'us', 'i', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll', 'my', 'at', 'the', 'its', 'their']);
const PRODUCT_VERBS = new Set(['gives', 'aggregates', 'combines', 'brings', 'turns', 'lets', 'helps', 'enables', 'offers', 'provides', 'serves', 'powers', 'makes']);
function selfTold(low: string, text = ''): boolean {
  // (s39: "US residency …" is the country, not "us".)
  if (/^US\b/.test(text)) return false;
  const [a = '', b = ''] = low.split(/\s+/, 2);
  return SELF_FIRST.has(a.replace(/,$/, '')) || PRODUCT_VERBS.has(b) || /team|founder|company|staff|employee|ceo|cto/.test(low);
}
const negates = (low: string) => low.includes('no') || low.includes("n't") || low.includes('n’t') || low.includes('never');
const givenStart = (low: string) => low.startsWith('you') || low.startsWith('additionally') || low.startsWith('also') || low.startsWith('plus');

/** A line without its bullet mark and outer spaces. */
// (s44: a pictograph set as a bullet, "\u2705 We're a remote team", is a mark too.)
const unbulleted = (text: string) => text.replace(/^(?:[\s•·▪◦・･●*+>-]|\p{Extended_Pictographic}|\uFE0F)+/u, '').trim();

/** (s40) A field or a skill told as the heart of the company's work: "Computer vision is central to everything our robots do". */
const CORE_TO_US = /^(?:[\w+#./-]+\s+){1,4}(?:is|are)\s+(?:at\s+the\s+)?(?:core|central|heart|key|fundamental|integral)\s+(?:to|of|in)\s+(?:our|the|what\s+we|everything|how\s+we)\b/i;
const NO_OPENING = /^no\s+(?!(?:later|fewer|less|more)\s+than\b)[a-z]/i;
const choice0 = (groups: string[][]) => groups.some((g) => g.length > 1);
/**
 * The speaker's "I" ("I built this team …"), not a level's roman numeral: "Salesforce Platform Developer I certification",
 * "Engineer I, II or III" end in it or go on with the certificate's word.
 */
const FIRST_PERSON = /\bI\b(?!\s*(?:[,.;:)/]|$)|\s+(?:or|and)\s+II\b|\s+(?:certif\w*|certs?|exams?|level)\b)/;

/**
 * (s46) The openings announced by their names alone, the sentence ending on them ("We're looking for senior backend engineers.",
 * "We are hiring Data Engineers and Analytics Engineers", "We're seeking developers across the full stack", "… of all skill
 * levels"): who is hired, nothing asked of the person. Not where the sentence goes on to the person ("… engineers who …",
 * "… with …", "… to own …") or names years.
 */
const ROLES_ONLY_SOUGHT =
  /^(?:(?:we(?:'|\u2019)re|we\s+are|i(?:'|\u2019)m|i\s+am)\s+)?(?:currently\s+|also\s+|now\s+)?(?:looking\s+for|hiring|seeking)\s+(?:more\s+)?(?:[\w/+&.,\u2022-]+\s+){0,10}?(?:engineers|developers|scientists|designers|consultants|swes|devs)(?:\s+(?:across\s+the\s+(?:full\s+)?stack|of\s+all\s+(?:skill\s+)?levels|across\s+(?:mid|junior|all)[\w\s-]*levels))?\s*[.!]?$/i;
const rolesOnlySought = (t: string): boolean => ROLES_ONLY_SOUGHT.test(t) && yearsIn(t) === null && !/\b(?:who|with|that|must|required|strong|experienced)\b/i.test(t);
function asksForSkills(text: string, groups: string[][], listed = false, titleNamesSkill: (title: string) => boolean = () => true): boolean {
  const t = unbulleted(text);
  // (s50: a norm set for the people the hire joins asks, whoever it speaks of.) (s51: so does what the person sought must
  // have, said of them in the company's prose, ABOUT_ASKS: "… and we'd like the person we hire to have run Postgres".)
  // (s52: whom the company seeks, naming a skill or a competence: ABOUT_SEEKS.)
  if (EXPECTED_OF_STAFF.test(t) || ABOUT_ASKS.test(t) || (ABOUT_SEEKS.test(t) && (groups.length > 0 || COMPETENCE_ANY.test(t)))) return true;
  const low = t.toLowerCase();
  // (Cheap word tests before each pattern: most items meet none of them, and a pattern that never runs twice is never compiled to native code.)
  // (s40: one that turns after a semicolon to what is valued instead asks that, as in asksOfCandidate.)
  if (negates(low) && waives(t) && !PLUS.test(t) && !BUT_TURNS.test(t) && !(/;/.test(t) && CARE_MORE.test(t))) return false;
  if (givenStart(low) && GIVEN.test(t) && !HAVE_DONE.test(t) && !groups.some((g) => g.length > 1) && !/\b(?:need|required|must)\b/i.test(t)) return false;
  // (s57 tune: nor whom the speaker would like to find, "We'd like someone who has brought a board to market", SOUGHT_WHO.)
  if (((selfTold(low, t) && (THEY_SAY.test(t) || PRODUCT_SAYS.test(t))) || FIRST_PERSON.test(t)) && !SEEKS.test(t) && !ASKS_WORD.test(t) && !PERSON_SOUGHT.test(t) && !soughtWho(t) && !groups.some((g) => g.length > 1)) return false;
  // (s39: the company's own clause after a fronted phrase, "With expertise in routing, we build …", and FEEL_FREE. The stack
  // told with a choice in it, "Stack: Ruby (flexible if you know Python)", stays: the requirements labels read it as a pick.)
  // (s40: a line opening on "No …" tells what the product or the job leaves out, "No vendor lock-in to AWS or Azure": not
  // a choice asked, unless it turns to a want, "No Java needed, but Kotlin is a must".)
  if (rolesOnlySought(t) && !groups.some((g) => g.length > 1)) return false;
  if (CORE_TO_US.test(t) && !/\byou/i.test(t) && !SEEKS.test(t) && !WANT_CUE.test(t) && !PLUS.test(t) && !/\b(?:need|required|must)\b/i.test(t)) return false;
  if (NO_OPENING.test(t) && !/\byou/i.test(t) && !PLUS.test(t) && !/\b(?:but|though|however|must|essential|mandatory)\b/i.test(t)) return false;
  if (FRONTED_SELF.test(t) && !/\byou/i.test(t) && !SEEKS.test(mainClause(t)) && !PLUS.test(t) && !/\b(?:need|required|must)\b/i.test(t)) return false;
  // (s45: the team's own record among the asks, TEAM_RECORD; how on-call is arranged, ONCALL_TOLD.)
  if (ONCALL_TOLD.test(t) && !/\byou/i.test(t) && !WANT_CUE.test(t) && !/\b(?:required|must|need(?:ed)?|willing|able)\b/i.test(t)) return false;
  if (TEAM_RECORD.test(t) && !/\byou/i.test(t) && !WANT_CUE.test(t) && !PLUS.test(t) && !/\b(?:required|must|need(?:ed)?)\b/i.test(t)) return false;
  if (FEEL_FREE.test(t) || ((YOU_GET.test(t) || NOT_JUST.test(t) || DUTY_LABEL.test(t) || tellsUs(t) || CULTURE_OF.test(t) || ROLE_WILL.test(t) || WE_ARE_LIKE.test(t)) && !choice0(groups) && !/\b(?:need|required|must)\b/i.test(t))) return false;
  // (s37 classes, see asksOfCandidate: the hire's place, an invitation, how to apply, other openings, the company by
  // its name, a role's listing line; a choice named still asks, as above.)
  const choice = groups.some((g) => g.length > 1);
  if (ROLE_PLACE.test(t) && !choice && !/\b(?:need|required|must)\b/i.test(t)) return false;
  // (A listing line that offers a choice still asks it: "Backend Engineers - we're flexible, think Go / Rust / Elixir".)
  if (inviting(t) || APPLY_MORE.test(t) || (OTHER_ROLES.test(t) && !SOUGHT_WHO.test(t)) || (roleListing(t) && !choice)) return false;
  // (The name itself may be a word of a want: "Preferred Networks is an AI company …".)
  if (NAME_TOLD.test(t) && !ASKED_HERE.test(t.replace(/^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+/, '')) && !WANT_CUE.test(t) && !choice) return false;
  // (Nor one that says a want after all: "… and requires strong client-facing skills".)
  if (ROLE_TOLD.test(t) && !ROLE_REQUIRES.test(t) && !PERSON_SOUGHT.test(t) && !SEEKS.test(t) && !ASKED_HERE.test(t) && !ASKS_WORD.test(t) && !WANT_CUE.test(t) && !/\b(?:requires?|heavy|intensive|focused|centric)\b/i.test(t) && !choice) return false;
  if (PAY_RANGE.test(t) && !SEEKS.test(t) && !ASKED_HERE.test(t) && !WANT_CUE.test(t) && !choice) return false;
  // (The company's own experience, what the product lets others do: as in asksOfCandidate.)
  if ((OUR_EXPERIENCE.test(t) || OTHERS_CAN.test(t)) && !/\byou\b/i.test(t) && !PERSON_SOUGHT.test(t) && !SOUGHT_WHO.test(t) && !choice) return false;
  // (s38, see DUTY_MOOD: a duty, the role told, the speaker's record. A choice it names still asks, as in the duties:
  // "Ship it in Swift or Kotlin", "store it in a warehouse (e.g. Snowflake, BigQuery)".)
  if ((dutyNotAsk(t, listed) || (!listed && roleToldOnly(t)) || titledDuty(t, titleNamesSkill) || jobTold(t)) && !choice) return false;
  // (s40: topics the work covers, "Typical projects include A, B or C", are told, an "or" among them too.)
  if (WORK_SUBJECT.test(t) && jobTold(t)) return false;
  return true;
}

/**
 * A line that tells something rather than asks it, whatever part it sits in: a sentence with a subject of its own and
 * its verb ("The grid is changing faster than its software", "Most clinics still fax referrals", "Last year we cut
 * fuel bills by a fifth"), what the job gives ("a learning budget", "a home-office stipend", "four-day weeks"), what to
 * put in the application ("In your note, tell us …"), other openings ("We are also hiring a designer"), and an
 * invitation ("Join us in building …"). Only when it says nothing to or of the candidate and no word of an ask.
 */
const TOLD_SUBJECT =
  /^(?:(?:last|this|next|every|each)\s+(?:year|month|week|quarter|summer|spring|autumn|fall|winter)\s*,?\s+)?(?:(?:the|most|much|many|some|all|every|each|our|their|its|this|that|these|those|both|few|no)\s+(?:[\w'’&.-]+\s+){0,4}?(?:is|are|was|were|has|had|will|would|can|could|does|did|still|now|already|often|usually|rarely|never|increasingly)|(?:everything|everyone|nobody|no one|something|someone)\s+(?:[\w'’&.-]+\s+){0,3}?(?:is|are|was|were|has|had|will|would|can|could|does|did)|(?:(?<=^(?:last|this|next|every|each)\s+(?:year|month|week|quarter|summer|spring|autumn|fall|winter)\s*,?\s+)we|they|it|he|she|there)(?:(?:'|’)(?:re|ve|ll|d|s))?\s+(?!(?:(?:are|is)\s+)?(?:also\s+|currently\s+|actively\s+|always\s+|now\s+)?(?:need|want|seek|look|hope|expect|requir|search|hir|recruit|would\s+love|growing|building\s+(?:a|our|the)\s+team))\w+|[A-Z][\w-]*s\s+(?:[\w'’&.-]+\s+){0,3}?(?:now|still|already|increasingly|often|usually|rarely|never)\s+\w+)\b/i;
const PERK =
  /\b(?:stipend|allowance|(?:learning|training|education|conference|home[- ]office|equipment|wellness|travel|book)\s+budget|laptop of your choice|(?:four|4|three|3)[- ]day (?:work\s*)?weeks?|days? off|paid (?:leave|holidays?|vacation|time off)|parental leave|sabbatical|offsites?|retreats?|(?:health|dental|vision|medical)\b[^.;!?]{0,30}\b(?:cover(?:age)?|insurance|plans?)|relocation\s+(?:support|package|assistance|bonus|help)|pension\s+(?:plan|scheme|contributions?|match(?:ing)?)|gym\s+(?:membership|stipend)|stock\s+options|(?:free|catered)\s+(?:lunch(?:es)?|meals|snacks|breakfast)|signing\s+bonus)\b/i;
const APPLY_NOTE =
  /^(?:in\s+your\s+(?:note|message|e-?mail|application|cover letter|intro(?:duction)?)\b|(?:mention|include|add|put)\b[^.;!?]{0,60}\bin\s+(?:your|the)\s+(?:note|message|e-?mail|application|subject)\b|send\s+(?:us\s+)?(?:a|an|your)\s+(?:short\s+|brief\s+)?(?:note|message|e-?mail|letter|intro)\b)/i;
const OTHER_ROLES = /\b(?:we(?:'|’)re|we\s+are|are|I(?:'|’)m|I\s+am)\s+also\s+(?:hiring|looking for|recruiting|seeking)\b|\bother\s+(?:open\s+)?(?:roles|openings|positions|vacancies)\b|\b(?:role|opening|position)s?\s+(?:listed\s+)?(?:above|below)\b/i;
const JOIN_US = /^(?:come\s+(?:and\s+)?(?:help|join|build|work)|join\s+(?:us|our|a|an|the)|help\s+us)\b/i;
const ASK_CUE = /\b(?:you|your|yourself|required|requirements?|must|should|need(?:ed|s)?|essential|mandatory|plus|bonus|preferred|ideal(?:ly)?|nice to have|someone|anyone|candidates?|applicants?|hire|person|who|important|matters?|counts?|valuable|expected|helps?|helpful|useful|key|critical|vital|so)\b/i;

/**
 * (s39) News told with its time first ("Last quarter our clinics booked two million visits", "In 2023 we raised …"), what
 * everyone here does ("Everyone here ships in their first week"), the team doing something ("The team meets in Porto
 * twice a year"; not "The team expects …"), and the kind of employment alone ("Full-time, permanent, from January"):
 * told of the company or the job, whatever list they stand in.
 */
const NEWS = /^(?:(?:last|this|earlier\s+this)\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter)|in\s+(?:19|20)\d\d|since\s+(?:launch|(?:19|20)\d\d|then)|over\s+the\s+(?:past|last)\s+\w+\s+(?:years?|months?))\s*,?\s+(?:we|our|the|they|it|[A-Z][\w-]*)\b[^.;!?]{0,40}?\b(?:[a-z]+ed|grew|raised|built|won|sold|made|became|began|hit|took|went|brought|saw)\b/i;
const EVERYONE_HERE = /^(?:everyone|everybody|nobody|no\s+one)\s+(?:here|on\s+(?:the|our)\s+team|at\s+[A-Z][\w-]*)\b/i;
const TEAM_DOES = /^(?:the|our|this|that)\s+(?:[\w-]+\s+)?(?:team|founders?|company|staff|crew)\s+(?!(?:expects?|requires?|needs?|wants?|seeks?|values?|looks?|hopes?|asks?|is|are|was|were|has|have|had)\b)[a-z]+(?:s|ed)\b/i;
const EMPLOYMENT_KIND = /^(?:full[- ]time|part[- ]time|permanent|fixed[- ]term|temporary|freelance)\b[^.;!?]{0,60}[.!]?$/i;
/**
 * (s45) The team's own record or habits told among the asks, with or without a speaker's aside before it ("Honestly, most
 * of our team learned dbt on the job", "Half of us came from game studios", "None of our engineers knew Elixir before"):
 * what the team did, no ask, whatever it names; unless it turns to the reader ("… and so can you") or says a want.
 */
/** (s45) How on-call is arranged, told: "On-call is shared one week in five and is paid", "Our on-call rota covers weekends". */
const ONCALL_TOLD = /^(?:the\s+|our\s+)?on[- ]?call(?:\s+(?:rota|rotation|schedule|duty|shifts?))?\s+(?:is|are|gets|covers|rotates|runs|happens|means|comes|pays)\b/i;
const TEAM_RECORD = /^(?:(?:honestly|frankly|fwiw|for what it(?:'|\u2019)s worth|in fact|actually|fun fact|for context|for the record|to be fair),?:?\s+)?(?:(?:most|many|some|all|half|none|several|few|a\s+few|a\s+couple|two|three)\s+of\s+(?:us|our\s+(?:[\w-]+\s+)?(?:team|engineers|developers|people|staff|folks|colleagues|hires|designers|analysts)|the\s+(?:current\s+)?(?:team|engineers|developers))|(?:our|the)\s+(?:current\s+)?(?:[\w-]+\s+)?(?:team|engineers|developers|founders|people)\s+(?:mostly\s+|all\s+|also\s+)?(?:learned|learnt|came|come|started|joined|picked|knew|had|moved|switched|taught))\b/i;
function toldNotAsked(text: string): boolean {
  const t = unbulleted(text);
  // (s50: a norm set for the people the hire joins, "Everyone on the team is expected to know SQL", and remote work ruled
  // out, "remote work is not possible", are asked.)
  if (EXPECTED_OF_STAFF.test(t) || REMOTE_RULED_OUT.test(t) || ABOUT_ASKS.test(t) || (ABOUT_SEEKS.test(t) && COMPETENCE_ANY.test(t))) return false;
  // "Clearance: None required", "Travel: none": a field of the listing that says nothing is asked; nor does a visa
  // offered among the asks ("Visa support available for candidates abroad").
  if (NOTHING_ASKED_FIELD.test(t) || (offersSponsorship(t) && !saysNoSponsorship(t) && !/\b(?:must|required|need(?:ed)?)\b/i.test(t))) return true;
  if (APPLY_NOTE.test(t) || (OTHER_ROLES.test(t) && !SOUGHT_WHO.test(t)) || JOIN_US.test(t) || (PERK.test(t) && !SEEKS.test(t) && !WANT_CUE.test(t) && !YOU_HAVE_DONE.test(t))) return true;
  if ((NEWS.test(t) || EVERYONE_HERE.test(t) || TEAM_DOES.test(t) || TEAM_RECORD.test(t) || EMPLOYMENT_KIND.test(t)) && !/\byou/i.test(t) && !WANT_CUE.test(t) && !PLUS.test(t) && !/\b(?:required|must|need(?:ed)?|available|availability|able|willing)\b/i.test(t)) return true;
  // ("The data is messy: invoices that must reconcile with …": a "must" of a thing the sentence tells, not of the candidate.)
  const asked = t.replace(/\b(?:that|which)\s+must\b/gi, ' ');
  return TOLD_SUBJECT.test(t) && !IT_HELPS.test(asked) && !ASK_CUE.test(asked) && !WANT_CUE.test(asked) && !ASKS_WORD.test(asked);
}

/** What the candidate is said to have done: "You have handled health insurance claims data before" asks, perk words or not. */
const YOU_HAVE_DONE = /\byou(?:['\u2019]ve|\s+have)\s+(?:\w+\s+)?(?:handled|worked|built|run|managed|shipped|used|led|operated|supported|designed|owned|delivered|administered|maintained)\b/i;

/** The company speaks of itself or its people, and neither to the candidate nor of the person it seeks. */
function weSay(text: string): boolean {
  const t = unbulleted(text);
  return !/\byou\b/i.test(t) && !(SOUGHT_WHO.test(t) && !MERE_ENTHUSIASM.test(t)) && (THEY_SAY.test(t) || /(?:^|[,;]\s*)we\s+(?:have|are|(?:'|’)ve)\s*:?\s*$/i.test(t));
}

/** The piece is a line of its own (a list's line, as a board's list items are read), not a sentence in a paragraph. */
function lineAlone(text: string, u: Piece): boolean {
  // (A dash marks a list too: "— Node.js background".)
  return /^[^\S\n]*(?:\n|$)/.test(text.slice(u.end)) && /(?:^|\n)[^\S\n]*(?:[•·▪◦・･●*+>\u2013\u2014-]\s*|\d+[.)]\s*)?$/.test(text.slice(0, u.start));
}

/**
 * Classes found on the s37 blind items (#12). The person sought, as the subject or the one the role suits ("Someone who
 * has run a support desk", "The ideal person has …", "This job is a great fit for someone who …"): an ask, as the
 * portrait is. (Not what the hire will do: "The successful candidate will join …".)
 */
const PERSON_SOUGHT =
  /\bwe\s+(?:really\s+|highly\s+|most\s+|also\s+)?(?:value|prize|favou?r|prefer|index\s+(?:highly\s+|heavily\s+)?on)\s+(?:people|candidates|engineers|folks|those|individuals|anyone|someone)\s+(?:who|with|that)\b|^(?:someone|a person|people)\s+(?:who|with|that)\b|^(?:this|the)\s+(?:role|job|position|seat)\s+is\s+(?:(?:best|ideally|well|really|only|made|meant|built)\s+)?(?:suited\s+)?for\s+(?:someone|a person|people|anyone|those|a\s+(?:[\w-]+\s+){0,2}?(?:engineer|developer|builder|generalist|person))\s+(?:who|with|that)\b|\b(?:ideal|perfect|great|suited|a (?:good|great|strong) fit)\s+for\s+(?:an?\s+)?(?:[\w,'-]+\s+){0,6}?(?:someone|a person|people|anyone|candidates?|engineers?|professionals?|builders?|folks|individuals?|generalists?|graduates?|grads|developers?|designers?|scientists?|researchers?|leaders?|managers?)\s+(?:who|with|that)\b|\b(?:roles?|jobs?|positions?|team)\s+(?:would\s+|will\s+)?benefits?\s+from\s+(?:someone|a person|people|anyone|an?\s+(?:[\w-]+\s+){0,2}?(?:engineer|developer|person|builder|generalist))\s+(?:who|with|that)\b|^(?:the|our|an?)\s+(?:ideal|right|successful|perfect)\s+(?:candidate|person|hire|applicant|fit)\s+(?!will\s+(?:join|report|work|own|lead|be\s+(?:joining|working|part|reporting|based))\b)(?:is|are|has|have|will|would|should|can|knows?|brings?|enjoys?|loves?)\b/i;
/**
 * People sought only as wanting to join or to matter ("looking for engineers who want to help us shape what's next",
 * "hiring people who care about making a real difference"): no qualification, as MERE_ENTHUSIASM. (Not beside another
 * trait: "… who thrive in chaos and want to make an impact", "… who want to join and have run a support desk".)
 */
const WANTS_TO_JOIN =
  /\b(?:who|that)\s+(?:really\s+|genuinely\s+|truly\s+)?(?:wants?|cares?(?:\s+deeply)?\s+about|(?:is|are)\s+(?:excited|eager|keen)\s+(?:to|about))\s+(?:to\s+)?(?:help(?:ing)?\s+us\b|join(?:ing)?\b|be(?:ing)?\s+part\s+of\b|build(?:ing)?\s+the\s+future\b|shap(?:e|ing)\s+the\s+future\b|mak(?:e|ing)\s+(?:a\s+|an\s+)?(?:real\s+|meaningful\s+|positive\s+|big\s+|lasting\s+|huge\s+)?(?:impact|difference|dent)\b)(?![^.;!?]*\b(?:and|but)\s+(?:also\s+)?(?:have|has|know|can|are|bring|thrive|enjoy)\b)/i;
/**
 * (s38) People sought by what they want to do, whatever it is ("people who want to own real problems", "an engineer who
 * wants to grow fast"), for an item that names no skill: a wish, no qualification. Beside a trait or a skill after it
 * ("… who want to own problems and have run a support desk") it asks, as WANTS_TO_JOIN.
 */
const WANTS_TO = /\b(?:who|that)\s+(?:really\s+|genuinely\s+|truly\s+)?wants?\s+to\s+(?!work\s+(?:[\w-]+\s+){0,2}?(?:in[- ]person|on[- ]?site|onsite|hybrid|(?:from|in|at)\s+(?:the|our|an?)\s+office)\b)\w+(?![^.;!?]*\b(?:and|but)\s+(?:also\s+)?(?:have|has|know|can|are|is|bring|thrive|enjoy)\b)/i;
/** A trait shown, not merely held: "Demonstrated care for …", "A hunger to learn", "the drive and patience to …". */
const SHOWN_TRAIT = /\b(?:demonstrated|demonstrable)\b|\b(?:ability|hunger|drive|desire|willingness|eagerness|appetite)\s+(?:and\s+[\w-]+\s+)?to\s+\w/i;
/**
 * The hire's place in the company, told to them: "You'll be the second engineer", "You'd be joining a team of four",
 * "You are our first designer"; what they would do ("You'd run the billing service and mentor two juniors"); what the
 * job holds ("Expect on-call once a month and plenty of Terraform"). What the job is, not what is asked (unless it says
 * so: "… so Linux is a must").
 */
const ROLE_PLACE =
  /^(?:you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would)\s+(?:also\s+)?be\s+(?:(?:the|our)\s+(?!(?:kind|type|sort)\b)|joining\b|part\s+of\b|(?:an?|one)\s+(?:[\w-]+\s+)?(?:member|part|one)\s+of\b|one\s+of\s+(?:the|our)\b)|you(?:(?:'|\u2019)re|\s+are)\s+(?:the|our)\s+(?:first|founding|only|sole|second|third)\b|you(?:(?:'|\u2019)d|\s+would)\s+(?:also\s+|mostly\s+|then\s+)?(?:own|lead|run|build|design|drive|write|mentor|ship|join|report|manage|partner|take|work\s+(?:on|with|alongside|closely|directly))\b|you\s+(?:sit|report|belong)\s+(?:at|to|with|between|in|inside|within|under)\b|expect\s+(?!to\s+(?:need|have|know|bring)\b))/i;
/**
 * An invitation with no ask in it: "If this sounds like your kind of work, say hello", "Let us know if you have any
 * questions", "… happy to chat if any of it appeals".
 */
const IF_THIS_SOUNDS = /\bif\s+(?:this|that|it|any of (?:this|that|it|the above)|the (?:role|job)|this (?:role|job))\s+(?:(?:all|ever)\s+)?(?:sounds|seems|looks|feels|resonates|excites|interests|appeals|speaks)\b/i;
const QUESTIONS_INVITE = /\bif\s+you\s+have\s+(?:any\s+)?(?:more\s+|further\s+|other\s+)?questions\b|^(?:please\s+)?(?:feel free to\s+)?(?:let (?:me|us) know|ask|reach out|ping|contact)\b[^.!?]{0,40}\bquestions?\b/i;
/** A short line that breaks off before its object ("Good to work with", "Nice to have experience in"): a lead-in. */
const DANGLING = /^.{0,40}\b(?:with|to|of|for|in|on|like|including)\s*$/i;
/** What the product lets others do: "Finance teams can close the month in a day", "Customers get to …". */
const OTHERS_CAN = /^(?:[\w&-]+\s+){0,4}?(?:teams|customers|clients|users|developers|companies|businesses|operators|admins|merchants|clinicians|patients)\s+(?:can|could|get to|are able to)\b/i;
/** The company's own experience: "As the team behind X, we have deep experience in payments" (no one asked). */
const OUR_EXPERIENCE = /\bwe\s+(?:(?:all|also|already)\s+)?(?:have|bring|(?:'|\u2019)ve\s+got)\s+(?:[\w-]+\s+){0,2}(?:experience|expertise|background)\b/i;
/**
 * An invitation on a condition of interest only ("If you're curious about GPU scheduling, we'd love to chat", "If you
 * enjoy X, get in touch"; s45: of opinion or care, "If you have strong views on developer tooling: we want to talk"). Not one on who the reader is ("If you're a backend engineer who has picked up infra, we'd
 * love to talk", "If you've run Kafka …, reach out"): that describes the person sought.
 */
const INTEREST_INVITE =
  /^(?:and\s+|so\s+)?if\s+(?:you(?:(?:'|\u2019)re|\s+are)\s+(?:(?:really|genuinely|also)\s+)?(?:interested|excited|curious|passionate|keen)|you\s+(?:(?:really|also)\s+)?(?:enjoy|want|like|love)|you\s+(?:(?:really|also)\s+)?(?:have\s+(?:(?:strong|real|firm|some|many|a\s+lot\s+of)\s+)?(?:opinions?|views|thoughts|ideas)\s+(?:about|on)|care\s+(?:(?:deeply|a\s+lot|so\s+much)\s+)?about))\b[^.!?]{0,200}?\b(?:love to (?:hear|chat|talk|meet)|(?:want|like|need) to (?:talk|chat|meet|hear from you)|reach out|get in touch|apply|e-?mail|contact|let(?:'|\u2019)s (?:talk|chat)|drop (?:us|me))\b/i;
/** (s45) "you have strong opinions about": an opinion held, no experience had (WANT_CUE reads "you have" as one). */
const OPINION_HELD = /\byou\s+(?:really\s+|also\s+)?have\s+(?:(?:strong|real|firm|some|many|a\s+lot\s+of)\s+)?(?:opinions?|views|thoughts|ideas)\s+(?:about|on)\b/gi;
const inviting = (t: string) => QUESTIONS_INVITE.test(t) || ((IF_THIS_SOUNDS.test(t) || INTEREST_INVITE.test(t)) && !WANT_CUE.test(t.replace(OPINION_HELD, ' ')) && !PLUS.test(t));
/**
 * How to apply, beyond HOW_TO_APPLY: an address written to dodge scrapers ("jo [at] acme [dot] io"), what to send ("link
 * to two things you built and attach your CV"), "email in my profile", "Please describe your …" (a question to answer).
 */
const APPLY_MORE =
  /\w\s*[[(]\s*at\s*[\])]\s*\w|[[(]\s*dot\s*[\])]|\b(?:include|attach|send|share|links?\s+to)\b[^.;!?]{0,80}\b(?:cv|resume|r\u00e9sum\u00e9|portfolio|cover letter)\b|\be-?mail\s+(?:address\s+)?(?:is\s+)?in\s+(?:my\s+|the\s+|our\s+)?(?:profile|bio)\b|^please\s+(?:describe|tell us|explain|share|send|include|mention|write|specify|state|indicate|list|add|provide)\b|\b(?:send|dm|ping|text)\s+(?:me|us)\b/i;
/** A company or product told by its name: "Tallow is a bootstrapped payroll company", "Tallow started as a side project". */
const NAME_TOLD =
  /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:(?:is|are|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:company|startup|platform|provider|firm|business|lab|marketplace|app|service|studio|agency|maker|leader|pioneer)\b|(?:started|began|launched|evolved|grew|raised|was founded|spun out)\b)/;
/**
 * What the role is, told ("This role blends support and code", "To be clear, this is a product role that calls an LLM
 * API"): for an item that names skills, no ask unless it seeks someone or says a want. ("A Rust-heavy role" says how
 * much of a skill the work needs: still asked.)
 */
const ROLE_TOLD =
  /^(?:(?:to be clear|in short|put simply|simply put|in other words),?\s+)?(?:(?:this|the)\s+(?:role|position|job)\s+(?:is|combines|blends|mixes|involves|includes)\b|this\s+is\s+(?:a|an|our)\b)/i;
/** A listing's line with its pay ("Founding Engineer $150K - $250K • 1% • Berlin"): the header's, no ask. */
const PAY_RANGE = /[$\u20ac\u00a3]\s?\d[\d,.]*\s*[kKmM]?\s*(?:-|\u2013|to)\s*[$\u20ac\u00a3]?\s?\d/;
/** Nothing in it asks: no "you", no word of a want ("Acme … builds the tools people need" is no need of the candidate's). */
// ("a digital experience platform" is no experience asked: WANT_CUE reads the word as an ask only in its forms.)
const ASKED_HERE = /\byou\b|\b(?:required|requirements?|must|essential|mandatory|proficien\w*|familiar\w*|knowledge|plus|bonus|preferred|ideally|nice to have|looking for|seeking|hiring|someone|candidates?)\b/i;
/**
 * A role's listing line: its title, a dash, and what the role is ("Platform Engineer - a broad role across …", "Data
 * Engineer – https://…", "Robotics tinkerer -- build rigs in our lab"), with no word of what it asks ("Backend
 * Engineer - deep Rust experience" asks). A title that names skills in a bracket ("[Rust, Go]") keeps the line.
 */
const ROLE_LISTING =
  /^(?:[\w/&+.'-]+\s+){0,5}?[\w/&+.'-]*(?:engineer|developer|designer|scientist|researcher|architect|analyst|manager|sre|intern|specialist|consultant|tinkerer)s?(?:\s*\([^)]*\))?(?:,\s*(?:[\w&/-]+\s+){0,3}[\w&/-]+)?\s+(?:-{1,2}|\u2013|\u2014)\s+/i;
const LISTING_ASKS = /\b(?:you|your|strong|solid|deep|must|should|required|plus|bonus|preferred|ideally|looking for|seeking|someone|candidates?|experienced?|expert\w*|knowledge|familiar\w*|proficien\w*|comfort\w*|fluent|skills?)\b/i;
function roleListing(t: string): boolean {
  const m = ROLE_LISTING.exec(t);
  if (!m) return false;
  // (A bracket after the title tells where or how: "US Remote (Austin preferred)" asks no skill; a link is the listing's.)
  const rest = t.slice(m[0].length).replace(/\([^()]*\)/g, ' ').replace(/\S*(?::\/\/|www\.)\S*/g, ' ').replace(/[\s:\u2013\u2014-]+$/, '');
  // (What follows the title as a list of names is the stack it asks: "Backend Engineer - Go, Postgres, AWS - <link>".)
  const stack = /^[^,/]{1,30}(?:\s*[,/]\s*[^,/]{1,30})+$/.test(rest) && rest.split(/[,/]/).every((x) => x.trim().split(/\s+/).length <= 3);
  // (A title with only its team after it, "Cloud/AWS Lead Developer - Asset Management", is a title alone: one that names
  // a skill asks it. Only a rest of a few words that tells the role makes the line a listing.)
  return !stack && rest.split(/\s+/).length >= 4 && !LISTING_ASKS.test(rest) && !WANT_CUE.test(rest) && !/\[/.test(m[0]);
}

/**
 * Classes found on the s38 blind items (#12), read by a sentence's mood and subject rather than its words. A duty in the
 * imperative ("Design and maintain the data pipelines", "Own features end to end"): what the hire will do, not what
 * they must bring, unless a lead-in line asks it ("You can:") or it says a want ("… experience with Go is a must").
 * The verb opens the line and the next word is in lower case ("Lead the on-call rota", not the title "Lead Product
 * Designer"). (Not "Work well under pressure", "Work independently": how one works is a trait.)
 */
const DUTY_MOOD =
  /^(?:[Bb]uild|[Dd]evelop|[Dd]esign|[Ii]mplement|[Oo]wn|[Mm]aintain|[Cc]reate|[Cc]ollaborate|[Pp]artner|[Dd]rive|[Ss]hip|[Dd]eliver|[Aa]rchitect|[Dd]eploy|[Ii]ntegrate|[Cc]ontribute|[Dd]efine|[Ii]nfluence|[Ss]hape|[Ee]stablish|[Ii]mprove|[Oo]ptimi[sz]e|[Oo]perate|[Mm]onitor|[Mm]entor|[Cc]oordinate|[Cc]onduct|[Pp]erform|[Ee]nsure|[Pp]articipate|[Ss]cale|[Ee]valuate|[Pp]rototype|[Dd]ocument|[Rr]eview|[Tt]riage|[Dd]ebug|[Tt]roubleshoot|[Aa]utomate|[Ss]pearhead|[Oo]versee|[Ii]nvestigate|[Pp]rovide|[Ll]ead|[Rr]un|[Ww]rite|[Hh]elp|[Tt]ake|[Ww]ork)(?:\s*(?:,|\band\b|&|\/)\s*[a-z]+)*\s+(?!(?:well|independently|autonomously|remotely|hard|smart|effectively|efficiently|calmly|asynchronously|async|under|in\s+(?:a\s+)?(?:fast|small|team|ambigu))\b)(?:[a-z(]|AI\b|ML\b|LLM|API)/;
/** The hire's work told in the future or as a maybe: "You will mostly work with …", "you might also have some responsibility for …". */
const DUTY_TOLD =
  /^(?:[\w,' ]{0,60},\s*)?you(?:(?:'|\u2019)ll|\s+will|\s+might|\s+may|\s+could|(?:'|\u2019)d|\s+would)\s+(?:also\s+|mostly\s+|primarily\s+|mainly\s+|often\s+|largely\s+|initially\s+|first\s+)*(?:have\s+(?:some\s+|full\s+|the\s+|direct\s+)?responsibilit(?:y|ies)\s+for|be\s+(?:fully\s+|directly\s+)?responsible\s+for|be\s+deep\s+in|work\s+(?:with|on|across|alongside)|spend\s+(?:most\s+of\s+)?(?:your|the)\s+(?:time|days?))\b/i;
/**
 * A role's listing line whose rest is a duty: "Filterlist Engineer: Working on ad blocking", "Product Engineer, Growth —
 * Own the analytics". (A title that names a skill, "C++ Engineer: …", still asks it: see titleNamesSkill.)
 */
const TITLE_LEAD =
  /^((?:[\w/&+.#'-]+\s+){0,5}?[\w/&+.#'-]*(?:engineer|developer|designer|scientist|researcher|architect|analyst|manager|sre|intern|specialist|consultant|lead|administrator|sysadmin)(?:s|'s|\u2019s|s')?(?:\s*\([^)]*\)|\s*\[[^\]]*\])?(?:,\s*(?:[\w&/-]+\s+){0,3}[\w&/-]+)?)\s*(?::|\s-{1,2}|\s?\u2013|\s?\u2014)\s+/i;
function titledDuty(t: string, titleNamesSkill: (title: string) => boolean): boolean {
  const m = TITLE_LEAD.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length);
  return (DUTY_MOOD.test(rest) || /^[A-Z][a-z]+ing\s+(?:on|with|across)\b/.test(rest)) && !WANT_CUE.test(rest) && !titleNamesSkill(m[1]!);
}
/**
 * What the role is, told with the role as subject ("The role sits between data and backend", "Over time the role will
 * grow into …", "This is a high-ownership role across product and UX"). A "you" in the future tense tells the work too
 * ("… you'll be deep in the code"), and a kind of experience had by others ("user experience") is no experience asked.
 */
const ROLE_SUBJECT =
  /^(?:[\w,' ]{0,30},\s*)?(?:the|this)\s+(?:role|position|job)\s+(?:also\s+)?(?:will|sits|spans|covers|focuses|evolves|grows|blends|mixes|combines|is|involves|includes)\b|^it(?:'|\u2019)s\s+(?:a\s+)?hands[-\u2011 ]on\b/i;
const toldYou = (t: string) => t.replace(/\b(?:as\s+)?you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would|\s+might|\s+may)\b|\bas\s+you\b/gi, ' ').replace(/\b(?:user|customer|developer|digital|guest|patient|product)\s+experience\b/gi, ' ');
/** The speaker's own record: "I'm an investor and experienced with …", "We're experienced in …". */
const SELF_EXPERIENCED = /^(?:I|we)(?:(?:'|\u2019)m|\s+am|(?:'|\u2019)re|\s+are|(?:'|\u2019)ve|\s+have)\b[^.;!?]{0,60}\b(?:experienced|veterans?)\b/i;
/**
 * (s40) The speaker's own trade, told by one who seeks work or introduces themself ("I'm a backend developer with a
 * background in logistics, mostly in Go"): their record, not an ask of the reader (not with a "you" or a seeking word).
 */
const SELF_TRADE = /^I(?:(?:'|\u2019)m|\s+am)\s+an?\s+(?:[\w/+.&-]+\s+){0,4}?(?:developer|engineer|designer|scientist|architect|analyst|consultant|freelancer|contractor|programmer|generalist|specialist)\b/i;
/**
 * The work or its problems as the subject ("The problems are messy: …", "The things we work on include billing and
 * KYC", "Some of the projects you'd touch are …"): what the job is about, not what it asks.
 */
const WORK_SUBJECT =
  /^(?:the|our|some\s+of\s+(?:the|our)|(?:potential|possible|typical|example|sample|current|upcoming)(?=\s))\s+(?:[\w-]+\s+)?(?:things|problems|challenges|projects|areas|work|domains?|puzzles|courses|tasks|topics|initiatives)\s+(?:(?:we|you)(?:(?:'|\u2019)(?:ll|d)|\s+will|\s+would)?\s+(?:work\s+on|build|solve|tackle|touch|own|handle|face)\s+)?(?:include|includes|are|is|span|spans|range|cover|covers|involve)\b/i;
/** A label that tells the work: "Challenge: scraping at scale", "Mission: …", "What we build: …". */
const WORK_LABEL = /^(?:the\s+)?(?:challenges?|mission|problems?|product|projects?|what\s+we\s+(?:do|build|make))\s*:/i;
/**
 * The company by its name doing something for others: "Tallow empowers clinics to …", "Quillmark gives teams …": its
 * product, told (a name, a verb in the third person, and whom it serves).
 */
const NAME_SERVES =
  /^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:[a-z]+s)\s+(?:(?:small|large|modern|growing|ambitious|global|regulated|the\s+world(?:'|\u2019)s)\s+)?(?:businesses|companies|teams|organi[sz]ations|enterprises|customers|clients|users|people|developers|engineers|banks|brands|hospitals|clinics|merchants|retailers|schools|startups|anyone|everyone|millions)\b/;
/** The reader's wish to join told back to them: "You want to be employee #1 on …". (Not "You want to know why a query is slow".) */
const YOU_WANT_TO_JOIN = /^you\s+(?:really\s+)?want\s+to\s+(?:be\s+(?:part|employee|one|among|the\s+first)|join|work\s+(?:at|for|with\s+us)|help\s+us)\b/i;
/** A chance offered: "a good place to build expertise", "room to grow", "the opportunity to learn from …". */
const CHANCE_OFFERED = /\b(?:(?:a|the)\s+(?:good|great|rare|unique|perfect)\s+place|(?:a|the)\s+(?:rare\s+|unique\s+|real\s+)?(?:chance|opportunity)|room|space)\s+to\s+(?:build|grow|learn|develop|gain|deepen|sharpen)\b/i;
/**
 * Classes found on the s39 blind items (#12), read by the line's grammar. A phrase put before the company's own clause
 * ("With deep roots in logistics, we design …", "Backed by two funds, our team …"): the subject is the company, so what
 * the phrase names is its own, not asked (unless the clause seeks someone, SEEKS).
 */
const FRONTED_SELF = /^(?:with|as|in|at|for|after|since|by|through|from|over|across|having|backed\s+by|founded\s+(?:in|by))\b[^;.!?]{0,160}?,\s*(?=(?:we|our|i)\b|(?!you\b)[A-Z][\w.-]*\s+(?:has|have|is|are|was|works|builds|makes|helps|serves|runs|offers|provides|partners)\b)/i;
const mainClause = (t: string) => t.replace(FRONTED_SELF, '');
/**
 * A "must" of a thing the line tells ("our booking engine must answer in a second", "every entry must balance", "payouts
 * that must reconcile"): not a must of the candidate's. A person as the noun ("the candidate must", "our new teammate
 * must") keeps it.
 */
const PERSON_NOUN = /^(?:candidate|hire|applicant|person|people|engineer|developer|teammate|colleague|member|lead|manager|designer|scientist|individual|contractor|freelancer|you|one|everyone|anyone|someone|who)s?$/i;
const thingMust = (t: string) =>
  t
    // (A participle of a thing: "the infrastructure required to train agents", not "the skills required for this".)
    .replace(/\b((?:the|our|its|their|any|all)\s+(?:[\w-]+\s+){0,2}?(?!(?:skills?|experience|knowledge|qualifications?|background|expertise|traits?|when|where|if|as|unless|whenever|not|is|are|be|was|were|been)\b)[\w-]+)\s+required\s+(?=to|for|by)\b/gi, '$1 used ')
    .replace(/\b(?:that|which|(?:our|its|their|the|this|every|each|all)\s+(?:[\w-]+\s+){0,2}?([\w-]+))\s+must\b/gi, (m: string, noun?: string) => (noun !== undefined && PERSON_NOUN.test(noun) ? m : `${m.slice(0, -4)}does`))
    // (s56: a sentence whose subject is the company's thing, with the "must" further on: "Our donor systems run on Oracle
    // and must be up at 3 a.m." No person is named before it.)
    .replace(/^((?:our|its|their)\s+(?:[\w,/-]+\s+){1,12}?)must\b/i, (m: string, before: string) => (before.split(/[\s,/]+/).some((w) => PERSON_NOUN.test(w) || /^(?:team|staff|hires?)$/i.test(w)) ? m : `${before}does`));
/** An invitation to write, share or ask: "Feel free to share a profile", "Don't hesitate to ping us". */
const FEEL_FREE = /^(?:please\s+)?(?:feel\s+free|do\s+not\s+hesitate|don(?:'|\u2019)t\s+hesitate)\s+to\b/i;
/** The reader told who they are, as the condition of an invitation: "If you're a backend engineer who …, get in touch". */
const IF_YOU_ARE_A = /^(?:and\s+|so\s+)?if\s+you(?:(?:'|\u2019)re|\s+are)\s+(?:an?|the)\s+(?!(?:fan|student|recruiter|agency|recruiting|staffing|company|vendor|bot|ai|llm|language\s+model)\b)(?:[\w'\u2019()/-]+\s+){0,6}?(?:engineer|developer|designer|scientist|researcher|architect|analyst|manager|marketer|operator|builder|hacker|generalist|specialist|person|leader|founder|writer|programmer|tinkerer|expert|sre|swe|dev)s?\b/i;
/** What the reader values, told of them: "Clear writing matters to you", "Testing is important to you". */
/**
 * (s40) What the company weighs more in the reader than something else: "We care far more about how you debug than which
 * frameworks you list", "We care about your judgement"). The first thing is asked.
 */
const CARE_MORE = /\bwe\s+(?:really\s+|also\s+|do\s+|tend\s+to\s+)?(?:care|value|weigh|index)\s+(?:(?:much|far|way|a\s+lot|even)\s+)?more\s+(?:about\s+|on\s+)?[^.;!?]{3,80}?\bthan\b|\bwe\s+(?:really\s+|also\s+|mostly\s+)?(?:care|value|look\s+(?:for|at)|judge|weigh)\s+(?:(?:much|far|way|a\s+lot|most|mostly|even)\s+)?(?:more\s+)?(?:about\s+|on\s+)?your\s+(?:[\w-]+\s+)?(?:ability|abilities|judg(?:e)?ment|skills?|knowledge|track\s+record|expertise|understanding|grasp|curiosity|taste|instincts?|aptitude|craft)\b/i;
const TO_YOU = /\b(?:matters?|(?:is|are)\s+(?:really\s+|very\s+)?important|means?\s+(?:a\s+lot|something)|comes?\s+naturally)\s+to\s+you\b/i;
/** A place asked as the line's head: "Lisbon-based (hybrid)", "EU-based, or willing to move". */
const PLACE_BASED = /^(?:must\s+be\s+)?[A-Z][\w.'\u2019]*(?:[ /][A-Z][\w.'\u2019]*){0,2}[- ]based\b|^(?:(?:[Mm]ust|[Ss]hould)\s+)?(?:[Ll]ive|[Rr]eside|[Bb]e\s+based|[Bb]ased)\s+(?:in|near|around)\s+(?:the\s+)?[A-Z]/;
/**
 * An invitation to write in ("I'd be glad to hear from you if you run a similar project", "Keen to hear from you if …"):
 * asks nothing unless its condition is a record or a skill of the reader's ("… if you have shipped Kafka", "… if you know Rust").
 */
const HEAR_FROM_YOU = /\b(?:love|glad|happy|keen|interested|eager|excited|like)\s+to\s+hear\s+from\s+you\b/i;
const READER_RECORD = /\byou(?:(?:'|\u2019)ve|\s+have)\s+(?:already\s+|ever\s+)?(?:\w+ed|built|run|written|done|led|shipped|seen|grown|taught|made|held|spent|been)\b|\byou\s+(?:know|understand|speak|can)\b|\byou(?:(?:'|\u2019)re|\s+are)\s+(?:able|fluent|comfortable|experienced|an?\b)/i;
/** People sought by what they will do ("the engineers who will make that possible"): the job told, no quality asked. */
const WHO_WILL = /\b(?:who|that)\s+(?:will|would|(?:'|\u2019)ll)\s+(?!(?:thrive|enjoy|love|bring|have|be\s+(?:comfortable|able|fluent))\b)\w+(?![^.;!?]*\b(?:and|but)\s+(?:also\s+)?(?:have|has|know|can|are|is|bring|thrive|enjoy)\b)/i;
/**
 * (s53 tune) The person sought named by the job in prose with no heading of asks: "We need a support engineer who can read a
 * stack trace, \u2026", "We want a designer who has run usability tests": asked, as "someone who" is (SOUGHT_WHO, without the
 * mere wish to join or the work they will do).
 */
/**
 * (s53 tune) A competence said to matter, in the duties' part or a part of no kind above the asks ("The work sits on
 * Postgres, so a deep understanding of its planner is essential", "Knowledge of IAM is important here"): asked, as in the
 * asks' part. (Only of what a person knows or has done: not "Uptime is critical", "Your wellbeing is important to us".)
 */
const COMPETENCE_MATTERS =
  /\b(?:an?\s+)?(?:(?:deep|solid|strong|good|broad|broader|thorough|working|practical|some|hands-on)\s+)?(?:understanding|knowledge|experience|familiarity|command|grasp|expertise)\s+(?:of|with|in)\b[^.;!?]{3,200}?\b(?:is|are)\s+(?:(?:really|very|also|absolutely|particularly|especially)\s+)?(?:important|essential|required|crucial|critical|key|a\s+must|mandatory|vital|necessary)\b/i;
const soughtWho = (t: string): boolean => SOUGHT_WHO.test(t) && !MERE_ENTHUSIASM.test(t) && !WANTS_TO_JOIN.test(t) && !WANTS_TO.test(t) && !WHO_WILL.test(t);
/**
 * (s39, third batch) The role told as a contrast ("You aren't just closing tickets; you are …", "This isn't just a job"),
 * pay told ("The hourly rate ($30 - $60/hr) reflects …"), the team describing itself ("We are very pragmatic and kind"),
 * its culture ("A strong culture of debate"), a role by its title doing the work ("The Data Engineer will own …"), a
 * duties label ("Core responsibilities: …") and a question to answer in the application ("tell us how you …"): no ask.
 */
const NOT_JUST = /^(?:you(?:(?:'|\u2019)re|\s+are)\s*(?:not|n(?:'|\u2019)t)|you\s+aren(?:'|\u2019)t|(?:this|it)\s+(?:is\s*(?:not|n(?:'|\u2019)t)|isn(?:'|\u2019)t))\s+(?:just|only|merely|simply)\b/i;
const PAY_TOLD = /\b(?:hourly|daily|day)\s+rate\b|\bpay\s+(?:range|band|scale)\b|\/\s*(?:hr|hour)\b|\bper\s+(?:hour|annum)\b/i;
const WE_ARE_LIKE = /^we(?:(?:'|\u2019)re|\s+are)\s+(?:(?:a|an|all|very|really|quite|mostly|fairly|pretty|extremely|super)\s+)*(?!(?:looking|hiring|seeking|searching|after|open|happy|keen|eager|excited|interested|flexible|able|building|growing|expanding|also|currently|now|still|recruiting)\b)[a-z-]+(?:,?\s+(?:and|&)?\s*(?:(?:very|really|strong|good|great)\s+)?[a-z-]+){0,4}\s*[.!]?$/i;
const CULTURE_OF = /^(?:a\s+|our\s+)?(?:(?:strong|healthy|open|flat|real|deep|great)\s+)?culture\s+of\b/i;
const ROLE_WILL = /^(?:the|this|our|a|an)\s+(?:[\w/-]+\s+){0,3}?(?:engineer|developer|designer|scientist|lead|manager|analyst|role|architect|researcher)\s+will\s+(?!(?:need|have|be\s+(?:an?|the|expected|required|able|comfortable|fluent|someone)|bring|possess|know|hold|ideally|also\s+(?:need|have))\b)/i;
const DUTY_LABEL = /^(?:(?:core|key|main|primary|your)\s+)?(?:responsibilities|duties|tasks|what\s+you(?:(?:'|\u2019)ll|\s+will)\s+(?:do|work\s+on))\s*:/i;
const TELL_US = /(?:^|[,:;]\s*)(?:please\s+|also\s+)?tell\s+(?:us|me)\s+(?:about|how|why|what|which|a\s+(?:bit|little))\b/i;
// (A record as its condition asks: "If you've shipped a Flutter app, tell us about it".)
const tellsUs = (t: string) => TELL_US.test(t) && !/^(?:and\s+|so\s+)?if\s+you\b/i.test(t);
/**
 * (s39, written fresh by class) Lines that stand in a list of asks and still ask nothing: a heading read as a line ("About
 * the role", "Nice to haves"), expectations waved away ("We don't expect you to know our stack on day one"), a site or the
 * full listing pointed to ("See open roles at acme.io/careers", "More in the listing linked above"), whom the hire reports
 * to, the start date, and the first weeks told ("In your first month you'll pair with …").
 */
const HEADING_LINE = /^(?:about\s+(?:the|this|us|you)(?:\s+\w+)?|nice[- ]to[- ]haves?|what\s+we\s+offer|who\s+we\s+are|the\s+(?:role|team|job)|perks(?:\s+and\s+benefits)?|benefits|responsibilities|requirements|qualifications)\s*:?$/i;
const NOT_EXPECTED = /\b(?:don(?:'|\u2019)t|do\s+not|won(?:'|\u2019)t|will\s+not|never)\s+expect\s+(?:you|anyone|candidates|applicants)\s+to\b/i;
const SITE_POINTED = /(?<![\w.])(?!asp\.net)[a-z0-9-]{2,}\.(?:io|com|ai|co|org|dev|app|net|so|xyz)(?:\/\S*)?(?![\w.])|\b(?:linked|link)\s+(?:above|below)\b|\bfull\s+(?:listing|job\s+description|description|posting|jd)\b/;
const REPORTS_TO = /^(?:reporting|you(?:(?:'|\u2019)ll|\s+will)?\s+report)\s+(?:directly\s+)?(?:to|into)\b/i;
const START_DATE = /^(?:the\s+)?start(?:ing)?\s+date\b/i;
const FIRST_WEEKS = /^(?:in|by|within|after|over|during|from)\s+(?:the\s+end\s+of\s+)?(?:your|the)\s+(?:first|second|third|opening)\s+(?:\w+\s+){0,2}?(?:days?|weeks?|months?|quarter|year)\b[^.;!?]{0,10}?,?\s*you(?:(?:'|\u2019)ll|\s+will)\b/i;
/** (s39, fourth batch) A condition of ability or status on an invitation asks it: "Remote candidates welcome if you can overlap four hours with CET". */
const CONDITION_CAN = /\b(?:if|as\s+long\s+as|provided(?:\s+that)?|so\s+long\s+as)\s+you\s+(?:can|are\s+able\s+to|speak|hold|live|are\s+based)\b/i;
/** What the job gives the reader to have: "You have direct access to the hardware", "You get full autonomy over …". */
const YOU_GET = /^you(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would)?\s+(?:(?:also|still)\s+)?(?:have|get|gain|enjoy)\s+(?:(?:direct|full|complete|real|total|early|unlimited|plenty\s+of|a\s+lot\s+of|lots\s+of|significant|huge)\s+)?(?:access\s+to|freedom|autonomy|latitude|responsibility|ownership(?:\s+of)?|a\s+(?:budget|say|seat)|the\s+(?:freedom|chance|opportunity|autonomy|latitude|final\s+say))\b/i;
/** The terms of a contract, the offer's: "Day rate preferred; a fixed price also works", "Hourly billing, capped …". */
const CONTRACT_TERMS = /^(?:[\w-]+\s+){0,1}?(?:hourly|fixed[- ](?:bid|price|fee|scope)|day\s+rate|daily\s+rate|retainer|per[- ]hour|time\s+and\s+materials|per\s+milestone)\b/i;
/**
 * What the company values in the reader ("We care more about your judgement than …", "We value your ability to …"): the
 * reader's ability, record or judgement is an ask. (Not what the company gives: "your wellbeing", "your pension"; nor
 * what pay depends on: "depending on your experience".)
 */
const YOUR_TRAIT =
  /(?<!\b(?:depending|based|dependent|contingent|commensurate|according|regardless|matching|reflect(?:s|ing)?|on|with|of)\s+(?:on\s+|with\s+|to\s+|of\s+)?)\byour\s+(?:[\w-]+\s+)?(?:ability|abilities|judg(?:e)?ment|skills?|knowledge|track\s+record|expertise|understanding|grasp|curiosity|taste|instincts?|aptitude|capacity|talent|craft)\b/i;
function dutyNotAsk(t: string, listed: boolean): boolean {
  if (listed || /\b(?:need|required|must|essential|mandatory)\b/i.test(t) || STRONG_ASKING.test(t) || PERSON_SOUGHT.test(t)) return false;
  return (DUTY_MOOD.test(t) && !WANT_CUE.test(t)) || DUTY_TOLD.test(t) || ((SELF_EXPERIENCED.test(t) || (SELF_TRADE.test(t) && !/\byou/i.test(t))) && !SEEKS.test(t));
}
/** What the job is about or offers, told wherever it stands (a list's line too): WORK_SUBJECT, CHANCE_OFFERED. */
function jobTold(t: string): boolean {
  if (/\b(?:need|required|must|essential|mandatory)\b/i.test(t) || PLUS.test(t)) return false;
  // (What the company's product gives is its own: "the best experience in investing" is no experience asked.)
  if (NAME_SERVES.test(t) && !/\byou\b/i.test(t) && !SEEKS.test(t)) return true;
  return (WORK_SUBJECT.test(t) || CHANCE_OFFERED.test(t) || WORK_LABEL.test(t) || YOU_WANT_TO_JOIN.test(t)) && !WANT_CUE.test(t);
}
function roleToldOnly(t: string): boolean {
  // (The role is the subject: a "you" it names is the one it is told to, "… relationships that make you the go-to
  // person"; only a want of theirs asks, "you should know Go", or a condition on them, "if you enjoy …".)
  const told = toldYou(t).replace(/\byou\b(?!(?:(?:'|\u2019)ve|\s+have|\s+should|\s+must|\s+need|\s+bring|\s+know|\s+understand))/gi, ' ');
  return (ROLE_SUBJECT.test(t) || ROLE_TOLD.test(t)) && !/\bif\s+you\b/i.test(t) && !ROLE_REQUIRES.test(t) && !PERSON_SOUGHT.test(t) && !SEEKS.test(told) && !ASKED_HERE.test(told) && !WANT_CUE.test(told) && !/\b(?:requires?|heavy|intensive|centric|skills?|strong|solid|deep\s+(?:knowledge|expertise|understanding))\b/i.test(told);
}

/**
 * (s44) Lines inside a list of asks that ask nothing (fresh by class, #12): a refusal of agencies ("No third parties please",
 * "Principals only"); a note said as one ("A heads-up: the team works Eastern time", "FYI, standup is at 9:30", "Note: a
 * degree may substitute for two years"), unless it says a must; the interviews' or the start's timing ("Interviews this week
 * and next; start ASAP"); and the list said to be a guide ("The table is a guide, not a gate", "We've hired people missing
 * half of it").
 */
const AGENCY_REFUSAL = /^(?:(?:strictly|absolutely|please,?|plz|pls)\s+)?(?:no|not\s+open\s+to)\s+(?:third[- ]part(?:y|ies)|(?:recruit(?:ment|ing)\s+|staffing\s+)?agenc(?:y|ies)|recruiters|headhunters|c2c|corp[- ]to[- ]corp|staffing\s+(?:firms|agencies|companies)|outsourcing\s+(?:firms|companies))\b|^principals\s+only\b|^(?:agencies|recruiters|third[- ]parties)\s+(?:need\s+not|please\s+(?:don(?:'|\u2019)t|do\s+not))\b/i;
const NOTE_LABEL = /^(?:an?\s+)?(?:quick\s+|small\s+|friendly\s+)?(?:heads[- ]up|fyi|n\.?b\.?|note|please\s+note|just\s+so\s+you\s+know|for\s+context|for\s+reference|side\s+note|note\s+on\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s*[:,\u2013\u2014-]\s*\S/i;
/**
 * (s45) The contract's form told among the asks ("Faktura VAT (B2B) \u2014 we do not offer an employment contract", "Umowa o
 * prac\u0119 only", "Contract through an umbrella company"): how the job is paid, no ask (unless it says a must of the reader).
 */
const CONTRACT_FORM = /^(?:(?:(?:faktura(?:\s+VAT)?|invoice|B2B|UoP|C2C|1099|W-?2)\b|umowa\s+o\s+(?:prac\u0119|prace|dzie\u0142o))[^.;!?]{0,80}$|[^.;!?]{0,60}\bwe\s+(?:do\s+not|don(?:'|\u2019)t|cannot|can(?:'|\u2019)t)\s+offer\s+(?:an?\s+)?(?:employment|permanent|full-time|salaried)\s+contracts?\b)/i;
const NOTE_ASKS = /\b(?:must|required|requires?|mandatory|essential|need(?:ed|s)?\s+(?:you\s+)?to|you(?:(?:'|\u2019)ll|\s+will)?\s+(?:need|have\s+to|should))\b/i;
const TIMING_NOTE = /^(?:(?:first|final|all)\s+)?interviews?\s+(?:are\s+|will\s+be\s+|run\s+|take\s+place\s+|happen\s+)?(?:this|next|in|on|from|during|over|via|by|remotely|online|in\s+person|on\s+site|onsite)\b|^(?:immediate\s+start|start(?:ing)?\s*(?::|date\s*:?)?\s*(?:asap|immediately|now|(?:in|from)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d)))\b/i;
const LIST_GUIDE = /\bnone\s+of\s+(?:this|these|it|them|the above)\s+(?:is|are)\s+(?:strictly\s+|really\s+)?(?:required|essential|needed|necessary|a must)\b|\b(?:this|the|these|our|that)\s+(?:list|table|requirements?|criteria|points|bullets|above)\s+(?:is|are)\s+(?:(?:just|only|more\s+of|more|really)\s+)?(?:an?\s+)?(?:(?:rough\s+)?guide(?:line)?s?|wish\s?list|starting\s+point|not\s+(?:an?\s+)?(?:checklist|gate|hard|strict|exhaustive))\b|\bwe(?:(?:'|\u2019)ve|\s+have)\s+hired\s+(?:people|folks|engineers|candidates|someone|many)\s+(?:who\s+(?:were\s+)?)?(?:missing|without|lacking|who\s+(?:didn(?:'|\u2019)t|did\s+not))\b/i;
/** (s44b) "Only shortlisted candidates will be contacted": who will hear back, no ask. */
const SHORTLIST_NOTE = /^(?:please\s+note(?:\s+that)?,?\s+)?only\s+(?:shortlisted|successful|selected|suitable)\s+(?:candidates|applicants)\s+will\s+be\s+(?:contacted|notified|called|invited)\b/i;
/** (s44c) A line that is an aside in brackets, the company's ("(We consider every applicant …)", "(This list is long.)"). */
const ASIDE_LINE = /^\((?:we|we(?:'|\u2019)(?:re|ve|ll|d)|our|this|that|it|it(?:'|\u2019)s|these|there|note|fyi|ps|p\.s\.)\b[^()]*\)\W*$/i;
/**
 * (s44c) A Danish, Norwegian or Swedish line the company says of itself, "Vi intervjuer fortløpende" (we interview as we go):
 * "Vi" (we) and its verb, unless the verb asks ("Vi forventer, at du …", "Vi søger en, der …").
 */
const NORDIC_WE = /^vi\s+(?!(?:forventer|förväntar|søger|søker|söker|ser\s+(?:etter|efter|gerne)|leter\s+etter|letar\s+efter|ønsker|önskar|kræver|krever|kräver|har\s+brug\s+for|trenger|behöver)\b)[\p{L}]+/iu;
/**
 * (s46) Lines inside a list of asks that ask nothing, in the languages postings are written in (fresh by class, #12): the
 * pay ("Gehalt: 65.000\u201380.000 \u20ac brutto", "Wynagrodzenie: 18 000 z\u0142 netto", "Ofrecemos un salario de \u2026"); the hiring process
 * by its label ("Processus : deux entretiens \u2026", "Recruitment: one tech call \u2026", "A quick word on process: \u2026"); the team by
 * its label or as the subject of its size ("Ons team: vier developers \u2026", "Our data team is six people \u2026", "Somos un equipo
 * de ocho personas"); an encouragement to apply though the list is not met ("Bewirb dich auch, wenn \u2026", "Not sure you meet
 * all of this? Send it anyway."); an equal-opportunity or inclusion line ("\u2026 ouvert aux personnes en situation de handicap",
 * "\u2026 an equal opportunity employer"). Each unless it says a must of the reader.
 */
const PAY_ABROAD =
  /^(?:(?:le|la|el|o|il|das|het|unser|notre|nuestro|nosso|ton|votre|dein|ihr|je|twoje)\s+)?(?:gehalt|jahresgehalt|bruttojahresgehalt|verg\u00fctung|salaire|r\u00e9mun\u00e9ration|salario|sueldo|retribuci\u00f3n|salaris|maandsalaris|loon|wynagrodzenie|stawka|wide\u0142ki|sal\u00e1rio|remunera\u00e7\u00e3o|retribuzione|stipendio|ral|l\u00f6n|m\u00e5nadsl\u00f6n|palkka|mzda)\b[^.;!?]{0,20}?(?::|\d|[\u20ac$\u00a3]|\b(?:de|di|von|van|od|ab|entre|zwischen|tussen|tra|bis|jusqu|hasta|at\u00e9|fino|brutto|netto|brut|bruto)\b)|^(?:we\s+offer|ofrecemos|nous\s+(?:offrons|proposons)|oferecemos|offriamo|wir\s+bieten|we\s+bieden|oferujemy|vi\s+erbjuder|tarjoamme|nab\u00edz\u00edme)\s+(?:(?:an?|un|une|um|uma|ein(?:en)?|een)\s+)?(?:[\p{L}-]+\s+)?(?:salary|pay|salario|sueldo|salaire|r\u00e9mun\u00e9ration|sal\u00e1rio|stipendio|retribuzione|gehalt|salaris|wynagrodzenie|l\u00f6n|palkka|mzdu)\b/iu;
const PROCESS_LABELLED =
  /^(?:(?:an?|one|our|the)\s+(?:quick\s+|short\s+|brief\s+)?(?:word|note)\s+on\s+(?:the\s+|our\s+)?)?(?:(?:hiring|interview|recruitment|recruiting|selection|application)\s+)?(?:process|processus(?:\s+\S{1,3}\s+recrutement)?|proceso(?:\s+\S{1,3}\s+selecci\u00f3n)?|processo(?:\s+(?:seletivo|\S{1,3}\s+selezione))?|proces(?:\s+rekrutacji)?|rekrutacja|recruitment|recruiting|bewerbungsprozess|auswahlprozess|sollicitatieprocedure|rekryteringsprocess|rekrytointiprosessi|v\u00fdb\u011brov\u00e9\s+\u0159\u00edzen\u00ed)\s*[:\u2013\u2014]\s*\S/iu;
const TEAM_TOLD =
  /^(?:(?:our|the|ons|onze|het|unser|das|notre|l['\u2019]|nuestro|el|nosso|o|il|nasz|v\u00e5rt|meid\u00e4n|n\u00e1\u0161)\s*)?(?:team|\u00e9quipe|equipo|time|equipa|zesp\u00f3\u0142|tiimi|t\u00fdm)\s*[:\u2013\u2014]\s*\S|^(?:our|the)\s+(?:[\w-]+\s+)?team\s+(?:is|are|has|includes|consists\s+of)\s+(?:(?:now|currently|about|around|roughly)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+(?:handful|dozen|few))\b|^(?:somos|nous\s+sommes|wir\s+sind|we\s+zijn|siamo|jeste\u015bmy|vi\s+\u00e4r|olemme|jsme)\s+(?:(?:un|une|ein|een|uno|una|en|ett)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:equipo|\u00e9quipe|team|squadra|zespo\u0142em|tiimi|t\u00fdm)\b|^(?:nosso|nossa|nuestro|notre|unser|ons|il\s+nostro|nasz)\s+(?:time|equipo|\u00e9quipe|team|equipa|zesp\u00f3\u0142)\b[^.;!?]{0,40}?\b(?:tem|tiene|compte|hat|heeft|ha|ma|liczy|est|es|\u00e9|sind|zijn|sono|jest)\s+(?:\d+|sete|seis|oito|cinco|siete|ocho|sept|six|huit|sieben|sechs|acht|zeven|zes|sette|sei|otto|siedem|sze\u015b\u0107|osiem)\b/iu;
const APPLY_ANYWAY =
  /\b(?:apply|send\s+it|reach\s+out|write\s+to\s+us|get\s+in\s+touch)\b[^.;!?]{0,20}\b(?:anyway|regardless|all\s+the\s+same)\b|\b(?:apply|reach\s+out)\s+even\s+if\b|^(?:not\s+sure|unsure)\s+(?:if\s+|whether\s+)?you\b[^.;!?]{0,60}\?|\bconfidence\s+gap\b|\bif\s+(?:only\s+)?(?:half|some|most)\s+of\s+(?:it|this|these|the\s+(?:list|above))\s+(?:describes|fits|sounds\s+like)\s+you\b|\bif\s+you(?:['\u2019]re|\s+are)\s+(?:unsure|not\s+sure)\s+(?:whether|if)\s+you\s+(?:qualify|fit|match)\b|\bbewirb\s+dich\b[^.;!?]{0,30}\b(?:auch|trotzdem|gerne|ruhig)\b|\bbewerben\s+sie\s+sich\b[^.;!?]{0,30}\b(?:auch|trotzdem|gerne)\b|\bauch\s+wenn\s+(?:du|sie)\s+nicht\s+alle\b|\bn['\u2019]h[\u00e9e]sitez?\s+pas\s+[\u00e0a]\s+(?:postuler|candidater)\b|\bm[\u00eae]me\s+si\s+(?:tu|vous)\s+ne\s+(?:coches?|cochez|remplis|remplissez|corresponds?|correspondez)\b|\bno\s+te\s+preocupes\s+si\s+no\b|\baunque\s+no\s+cumplas\b|\bsolliciteer\s+(?:dan\s+)?(?:ook|toch|gerust)\b|\book\s+als\s+je\s+niet\s+(?:aan\s+)?alle\b|\bcandidate-se\s+mesmo\b|\bmesmo\s+que\s+(?:voc[\u00eae]\s+)?n[\u00e3a]o\s+(?:atenda|cumpra|tenha)\b|\bcandidati\s+(?:comunque|anche\s+se)\b|\baplikuj\b[^.;!?]{0,20}\bnawet\s+je[\u015bs]li\b/iu;
const EQUAL_CHANCE =
  /\bequal\s+(?:opportunit(?:y|ies)|employment)\b|\b(?:welcome|encourage)s?\s+(?:\w+\s+){0,3}(?:applications|applicants|candidates|people)\s+(?:from|of)\s+(?:all|every|any|underrepresented)\b|\bunderrepresented\s+(?:groups|backgrounds|communities)\b|\breasonable\s+accommodations?\b|\barrest\s+and\s+conviction\s+records\b|\bsituation\s+\S{1,3}\s+handicap\b|\bpessoas\s+\S{1,4}\s+defici[\u00eae]ncia\b|\bPcD\b|\bentrambi\s+i\s+sessi\b|\bigualdad\s+\S{1,3}\s+oportunidades\b|\bchancengleichheit\b|\bbewerbungen\s+von\s+(?:frauen|menschen\s+mit)\b|\bgelijke\s+kansen\b|\br[\u00f3o]wne\s+szanse\b|\bschwerbehindert\w*\b/iu;
/**
 * (s46) A postscript or an aside by the way ("PS: the office dog is called Mango", "P.S. we have a band", "Fun fact: …"),
 * and a line in brackets that tells the team's own record or speaks by the way ("(Half of us learned Elixir on the job.)",
 * "(By the way, the coffee is good.)"): no ask, unless it says a must or speaks to the reader.
 */
const POSTSCRIPT = /^(?:p\.?\s?s\.?\s*[:,\u2013\u2014-]|p\.\s?s\.\s|(?:by\s+the\s+way|btw|fun\s+fact|trivia)\s*[:,\u2013\u2014-])\s*\S/i;
const BY_THE_WAY = /^(?:by\s+the\s+way|btw|fun\s+fact|honestly|frankly|for\s+the\s+record|fwiw)\b/i;
function s46Aside(t: string): boolean {
  if (NOTE_ASKS.test(t)) return false;
  if (POSTSCRIPT.test(t) && !/\byou/i.test(t)) return true;
  const inner = /^\((.+)\)\W*$/.exec(t)?.[1]?.trim();
  if (inner && !/\byou/i.test(inner) && (TEAM_RECORD.test(inner) || BY_THE_WAY.test(inner))) return true;
  return PAY_ABROAD.test(t) || PROCESS_LABELLED.test(t) || (TEAM_TOLD.test(t) && !/\byou\b/i.test(t)) || APPLY_ANYWAY.test(t) || EQUAL_CHANCE.test(t);
}
/**
 * (s50) Lines inside a list of asks that ask nothing (fresh by class, #12), taught by parts-fresh-s50a's tune half:
 * - the company speaking of its own in the posting's language, "our" and a noun as the subject ("Il nostro ufficio \u00e8 a
 *   due passi dalla stazione", "Nuestro equipo lo forman ocho personas", "Unser B\u00fcro liegt am Hafen"), as THEY_SAY reads
 *   "Our office is \u2026" in English; not where the line seeks, asks, wishes or speaks to the reader (OUR_ABROAD_ASKS:
 *   "Nuestro cliente busca \u2026", "\u2026 se valorar\u00e1", "\u2026 wenn du \u2026");
 * - what the company will give the reader, "We'll fly you to Portland \u2026", "We send you a laptop", "We pay for your
 *   train": a perk (not "We'll need you to \u2026", "We expect you to \u2026");
 * - the company's award or funding told by its name ("Pellucid won a national innovation award in 2024", "Acme raised a
 *   Series B"): its record, as NEWS and TEAM_RECORD (not the reader's own past, "Won a hackathon", "Previously received \u2026");
 * - a waiver standing alone after what it waives ("Do you like boats? Not required, but it helps \u2026"): it names nothing
 *   of its own (not "Not required, but Go helps": a name after it is read as any line);
 * - what to send with the application said to be optional ("A portfolio or GitHub link is welcome but not required",
 *   "Cover letter optional"): how to apply, no ask.
 */
const OUR_ABROAD =
  /^(?:il\s+nostro|la\s+nostra|i\s+nostri|le\s+nostre|nostr[oaie]|nuestr[oa]s?|notre|unser(?:e|em|en)?|onze|ons|(?:o|a)\s+noss[oa]|noss[oa]s?|nasz[aey]?|v\u00e5r[at]?|vores|vort|meid\u00e4n)\s+[\p{L}-]+/iu;
const OUR_ABROAD_ASKS =
  /\b(?:busca\w*|buscamos|ricerc\w*|cerc(?:a|hiamo|ano)|such(?:t|en)|zoek(?:t|en)|cherch\w*|recherch\w*|procur\w*|szuka\w*|s\u00f6k\w*|s\u00f8g\w*|s\u00f8k\w*|hake\w*|requi[sr]\w*|richiest\w*|richied\w*|exig\w*|verlang\w*|erwart\w*|verwacht\w*|vraagt|vragen|attend(?:ons|ent)|esperamos|oczekuj\w*|f\u00f6rv\u00e4nt\w*|forvent\w*|odota\w*|necessari\w*|imprescindibl\w*|obligatori\w*|obrigat\w*|erforderlich|vorausgesetzt|voraussetzung\w*|vereist|wymag\w*|krav\w*|edellyt\w*|valor\w*|apprezz\w*|gradit\w*|vorteil\w*|w\u00fcnschenswert|pluspunt\w*|atout|souhait\w*|widzian\w*|meriterande|desej\w*|diferencial|plus|bonus|must|you|tu|t\u00fa|du|dich|dir|dein\w*|vous|votre|usted|voc\u00ea|jij|jouw|ty|tw\u00f3j|twoj\w*|tuo|tua|tus?|din|ditt|dina|sinun|sie|ihre?)\b/iu;
const WE_GIVE_YOU =
  /^(?:and\s+)?we(?:(?:'|\u2019)ll|\s+will|\s+can|(?:'|\u2019)d|\s+would)?\s+(?:also\s+|happily\s+|gladly\s+|even\s+)?(?:fly|bring|send|ship|buy|pay\s+for|cover|reimburse|relocate|sponsor|host|treat|set)\s+(?:you|your)\b/i;
const FEAT_TOLD =
  /^(?!(?:[a-z]+ly|also|previously|recently|already|once|you|have|has|must)\b)[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2}\s+(?:(?:recently|just|also|has|have)\s+)?(?:won|raised|received|secured|earned|closed|(?:was|were|has\s+been|have\s+been)\s+(?:awarded|named|voted|ranked|shortlisted))\b[^.;!?]{0,80}?\b(?:awards?|prizes?|funding|round|seed|series\s+[a-f]|grants?|investment|medals?|titles?|recognition|best\s+(?:places?|employers?|workplaces?|startups?)|top\s+\d+)\b/i;
const WAIVER_ALONE =
  /^(?:(?:it(?:'|\u2019)s|that(?:'|\u2019)s|this\s+is|but)\s+)?(?:not\s+(?:required|needed|necessary|mandatory|essential|a\s+(?:must|requirement|dealbreaker|deal-breaker))|optional)\s*(?:[.,;!\u2013\u2014-]|$)/i;
const MATERIAL_WAIVED =
  /^(?:an?\s+|your\s+)?(?:(?:portfolio|github|gitlab|cv|r\u00e9sum\u00e9|resume|cover\s+(?:letter|note)|writing\s+sample|website|personal\s+site|links?)(?:\s+(?:or|and|\/)\s+(?:an?\s+|your\s+)?)?){1,3}(?:\s+(?:links?|profiles?|urls?|pages?))?\s+(?:is|are)\s+(?:(?:very\s+|always\s+)?(?:welcome|appreciated)\s+but\s+)?(?:not\s+(?:required|needed|necessary|mandatory|expected)|optional)\b/i;
/**
 * (s50) The company's preference for a kind of candidate, "We have a strong preference for candidates who already live in
 * the Netherlands", "We'd prefer people based in Leeds", in capitals too: the person sought, a wish (as PERSON_SOUGHT reads
 * "we prefer people who \u2026"); not a preference of the company's own ("We have a preference for boring technology").
 */
const PREFERENCE_FOR =
  /\bwe\s+(?:(?:really|also|do|will)\s+)?(?:have|(?:'|\u2019)d\s+have|would\s+have|give|show)\s+(?:an?\s+)?(?:(?:strong|clear|slight|real|definite|big)\s+)?preference\s+(?:for|to)\s+(?:people|candidates|applicants|engineers|developers|folks|those|individuals|anyone|someone)\b|\bwe(?:(?:'|\u2019)d|\s+would|\s+will)?\s+(?:(?:strongly|really|much|also)\s+)?prefer\s+(?:people|candidates|applicants|engineers|developers|folks|those|individuals|anyone|someone)\s+(?:who|with|that|based|living|located|already|in|from)\b/i;
/**
 * (s50) A norm set for the people the hire joins, told in the company's prose: "Our engineers are expected to have built
 * Django services \u2026", "Everyone on the team is expected to know SQL", "All developers here are required to hold \u2026":
 * what the hire must have too, an ask wherever it stands (not the team's record, "Our engineers have built \u2026", nor a
 * duty, "Our engineers are expected to own their services": only what one has, knows or holds).
 */
const EXPECTED_OF_STAFF =
  /^(?:(?:our|all|all\s+(?:of\s+)?our|every|each)\s+(?:[\w-]+\s+)?(?:engineers?|developers?|hires?|team\s+members?|staff|employees|people|designers?|analysts?|scientists?|colleagues|engineering\s+hires)|everyone(?:\s+(?:here|on\s+(?:the|our)\s+team|at\s+[A-Z][\w-]*))?)\s+(?:here\s+|at\s+[A-Z][\w-]*\s+)?(?:are|is)\s+(?:all\s+|also\s+)?(?:expected|required)\s+to\s+(?:already\s+)?(?:have|know|hold|speak|understand|be\s+(?:fluent|comfortable|proficient|familiar|able|certified|licensed|cleared))\b/i;
/**
 * (s50) A field of work named before "experience" on a short line, "Insurance pricing experience", "Pension
 * administration knowledge": an ask, though the field's word is a perk's too (OFFERED reads "insurance" as cover).
 */
const DOMAIN_EXPERIENCE = /^[\w&/' -]{2,50}?\s(?:experience|knowledge|background|expertise)\s*(?:\([^()]*\))?\s*[.!]?$/i;
/**
 * (s50, from older tune halves) Remote work ruled out, "\u2026 based in Trondheim; remote work is not possible", "Remote is not
 * an option for this role", "No remote": the place of work asked, as "must work from the office" is.
 */
const REMOTE_RULED_OUT = /\b(?:remote(?:\s+work(?:ing)?)?|working\s+remotely|fully\s+remote(?:\s+work)?)\s+(?:is\s+not|isn(?:'|\u2019)t|will\s+not\s+be|won(?:'|\u2019)t\s+be)\s+(?:possible|an\s+option|available|offered|supported)\b|^no\s+remote(?:\s+(?:work|option|roles?))?\b/i;
/** (s50) A standard named by its body's letters and its number: "NMEA 2000", "ARINC 429", "ISO 9001", "DO-178C". */
const STANDARD_NAMED = /^[A-Z]{2,6}[- ]?[A-Z]?\d{2,6}[A-Z]?(?:[-:.]\d+)*$/;
/**
 * (s50) The working hours told in the list in Spanish, Portuguese, Italian, French or German ("Jornada intensiva en verano",
 * "Horario flexible", "Flexible Arbeitszeiten"): how the job runs, as WORK_MODE_NOTE reads it in English, no ask.
 */
const HOURS_ABROAD = /^(?:jornada\s+(?:intensiva|continua|completa|partida|flexible|laboral)|horario\s+(?:flexible|intensivo|de\s+(?:verano|lunes|entrada))|hor\u00e1rio\s+flex\u00edvel|orario\s+(?:flessibile|di\s+lavoro)|horaires?\s+flexibles?|flexible\s+arbeitszeit(?:en)?|gleitzeit)\b/i;
/**
 * (s50, from older tune halves) The work mode told as a pattern ("A hybrid pattern of two office days a week", "Our remote
 * set-up is \u2026") or as what "we" do in the posting's language ("Trabajamos en modo h\u00edbrido \u2026", "Wir arbeiten hybrid"); the
 * pay's manner ("We pay in USD wherever you are"); a pointer to the company's writing ("Check out our tech blog: \u2026",
 * "Read our handbook"): no ask, unless the line says a must of the reader.
 */
const WORK_MODE_TOLD =
  /^(?:an?\s+|our\s+|the\s+)?(?:hybrid|remote|on-?site|office|in-office)\s+(?:pattern|set-?up|model|arrangement|schedule|rhythm|split|policy)\s+(?:of|is|with|means)\b|^(?:trabajamos|trabalhamos|lavoriamo|nous\s+travaillons|on\s+travaille|wir\s+arbeiten|we\s+werken|pracujemy|vi\s+(?:jobber|arbetar|arbejder))\s+(?:(?:en|em|in|a|de|im|op|w|i)\s+)?(?:(?:modo|modalidad|modalit\u00e0|modalidade|mode|remoto|h\u00edbrido|hibrido|ibrido|hybride?|teletrabajo|t\u00e9l\u00e9travail|remote|hybrid|hybridt|zdalnie|hybrydowo)\b)/i;
const PAY_MANNER = /^we\s+(?:also\s+)?pay\s+(?:(?:you\s+)?in\s+(?:usd|eur|gbp|cad|aud|chf|sek|nok|dkk|euros?|dollars|pounds|crypto|stablecoins?|(?:your\s+)?local\s+currency)|monthly|weekly|biweekly|fortnightly|every\s+\w+|on\s+the\s+\w+|via|through|by\s+(?:bank|wire|invoice))\b/i;
const READ_OURS =
  /^(?:please\s+|do\s+)?(?:check\s+out|read|see|visit|browse|have\s+a\s+look\s+at|take\s+a\s+look\s+at|look\s+at)\s+(?:our|the\s+team(?:'|\u2019)s)\s+(?:[\w-]+\s+){0,2}(?:blog|handbook|website|site|github|repos?|repositor(?:y|ies)|docs|documentation|careers?\s+page|culture\s+(?:deck|page|doc)|podcast|talks?|posts?|newsletter|open[- ]source\s+work)\b/i;
/**
 * (s50b tune) The company's own things told with its name in the possessive as the subject ("Sorrel's models process two
 * million pages a month", "Acme's customers include three banks"): its record, as DESCRIBES_NAME reads "Acme is \u2026".
 * (Not a thing of a tool's, "Kubernetes's scheduler internals": no verb told after it.) (s51 tune: the customers named by
 * their trade, "Glasswort's shops sold …", "Pellow's clinics booked …", "Acme's merchants processed …", and what they did told
 * in the past tense too.)
 */
const NAME_OWNS_TOLD =
  /^[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?(?:'|\u2019)s\s+(?:[\w-]+\s+){0,2}?(?:models?|customers?|clients?|users?|members?|platform|products?|apps?|software|systems?|services?|teams?|engineers|people|offices?|data|pipelines?|infrastructure|stack|servers?|fleet|revenue|tools?|sensors?|robots?|network|shops?|stores?|clinics?|practices|restaurants?|schools?|hospitals?|farms?|partners?|merchants?|sellers?|buyers?|subscribers?|drivers?|riders?|patients?|growers?|operators?|venues?|sites?|branches|locations|warehouses?)\s+(?:(?:now|already|currently|today|also)\s+)?(?:process(?:es|ed)?|run|runs|ran|serve[sd]?|handle[sd]?|include[sd]?|span|spans|spanned|is|are|was|were|has|have|had|grew|grow|reach(?:es|ed)?|cover(?:s|ed)?|sit|sits|live|lives|use[sd]?|power(?:s|ed)?|move[sd]?|see|sees|saw|ship(?:s|ped)?|read|reads|sold|sell|sells|book(?:s|ed)|open(?:s|ed)|doubled|tripled|topped|passed|crossed)\b/;
/**
 * (s51b tune) The company by its name giving to its community, in the present ("Caprock sponsors the county fair every
 * September", "Larkspur donates a reading licence for every one sold", "Acme plants a tree for every order"): its record,
 * no ask, whatever list it stands in (as FEAT_TOLD reads its awards). Not where it asks, or speaks to the reader.
 * (s52b tune: in the past tense too, "Millrace Energy planted \u2026", "Pellwick donated \u2026".)
 */
const NAME_GIVES =
  /^[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2}\s+(?:(?:also|proudly|still|now)\s+)?(?:sponsors|donates|plants|funds|matches|hosts|organi[sz]es|volunteers|gives\s+(?:back|away)|contributes|sponsored|donated|planted|funded|hosted|organi[sz]ed|volunteered|gave\s+(?:back|away)|contributed|supports\s+(?:local|the|a|an|charit|communit)|partners\s+with\s+(?:local|a|an|the)\s+(?:charit|school|communit|food|hospital|universit))\b/;
function s50Aside(t: string): boolean {
  // (A waiver says "required" in the negative: read before NOTE_ASKS, which would take it for a must.)
  // (The waiver's rest names nothing: no word set in capitals after its first, no "you".)
  if (WAIVER_ALONE.test(t) && !/\byou/i.test(t) && !/\s[A-Z]/.test(t.replace(/^\S+/, ''))) return true;
  if (MATERIAL_WAIVED.test(t)) return true;
  if (NOTE_ASKS.test(t)) return false;
  if (OUR_ABROAD.test(t) && !OUR_ABROAD_ASKS.test(t)) return true;
  if ((WORK_MODE_TOLD.test(t) || PAY_MANNER.test(t) || READ_OURS.test(t)) && !/\b(?:you\s+(?:must|need|should|will\s+need)|must|required|able|willing)\b/i.test(t)) return true;
  if (HOURS_ABROAD.test(t) && !OUR_ABROAD_ASKS.test(t) && !/\b(?:disponibilidad|disponibilit\u00e0|disponibilit\u00e9|bereitschaft)\b/i.test(t)) return true;
  if (WE_GIVE_YOU.test(t) && !/\b(?:need|expect|require|ask|want)\s+you\b/i.test(t)) return true;
  if ((FEAT_TOLD.test(t) || NAME_OWNS_TOLD.test(t) || NAME_GIVES.test(t)) && !/\byou/i.test(t)) return true;
  return false;
}
/**
 * (s52 tune) Lines inside a list of asks that ask nothing (fresh by class, #12):
 * - the probation or trial period every hire serves ("New starters serve a six-month probation period", "Die Probezeit
 *   beträgt sechs Monate"): a term of the job, not a thing the candidate has or does (not "Experience designing a free
 *   trial period \u2026");
 * - a qualification said not to stand in for the experience ("Graduate study does not replace the specialized experience",
 *   "Coursework cannot take the place of work experience", "There is no substitution of education \u2026"): a note on how the
 *   asks are read, no ask of its own (not "A degree may replace one year of the experience": that one offers a way in).
 */
const PROBATION_TOLD =
  /\b(?:probationary|probation|trial|introductory)\s+period\b|\bperiod\s+of\s+probation\b|\bprobezeit(?![\p{L}])|\bper[i\u00ed]odo\s+(?:de\s+prueba|de\s+experi\u00eancia|di\s+prova)\b|\bp\u00e9riode\s+d(?:'|\u2019)essai\b|\bproeftijd\b|\bpr\u00f8vetid\b|\bprovanst\u00e4llning\b/iu;
const SUBSTITUTE_REFUSED =
  /\b(?:does\s+not|do\s+not|doesn(?:'|\u2019)t|don(?:'|\u2019)t|cannot|can\s+not|can(?:'|\u2019)t|will\s+not|won(?:'|\u2019)t|may\s+not|is\s+not|are\s+not|isn(?:'|\u2019)t|aren(?:'|\u2019)t)\s+(?:be\s+)?(?:replace[sd]?|substitute[sd]?|take\s+the\s+place\s+of|stand\s+in\s+for|count\s+(?:toward|towards|as|in\s+place\s+of)|used?\s+in\s+(?:place|lieu)\s+of)\b|\bno\s+substitut(?:e|ion)\s+(?:of|for)\b/i;
const QUALIFICATION_WORD = /\b(?:education|degrees?|study|studies|coursework|course\s+work|schooling|training|certificat\w*|diplomas?|qualifications?|bootcamps?)\b/i;
/**
 * (s52b tune) More lines that ask nothing: the team told by a share of it ("Half the team plays an instrument", "Most of
 * our engineers cycle in"); the company's award or its year's news told in the posting's language ("A Cajuína foi eleita
 * \u2026", "Im Jahr 2024 haben wir \u2026", "W 2025 roku otworzyli\u015bmy \u2026", as FEAT_TOLD and NEWS read English); how experience is
 * credited ("Volunteer experience counts toward this requirement", "Part-time work is credited pro rata").
 */
const TEAM_SHARE_TOLD =
  /^(?:(?:about|roughly|almost|nearly)\s+)?(?:half|most|many|some|a\s+third|a\s+quarter|two[- ]thirds|three[- ]quarters|a\s+few|a\s+couple)\s+(?:of\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:team|engineers|developers|company|staff|people|office|crew|designers|folks)\s+(?!(?:must|should|need|needs|will\s+need|(?:is|are)\s+(?:expected|required))\b)[a-z]/i;
const FEAT_ABROAD =
  /\bwurden?\b[^.;!?]{0,60}?\b(?:ausgezeichnet|gew\u00e4hlt|pr\u00e4miert)(?![\p{L}])|(?<![\p{L}])(?:foi|fue|ha\s+sido|a\s+\u00e9t\u00e9|wurde|ist|\u00e8\s+stat[ao]|werd|is|blev|ble|har\s+blivit|zosta\u0142[ao]?|byli\u015bmy)\s+(?:(?:j\u00e1|de\s+nuevo|erneut|ancora|opnieuw|igen|ponownie)\s+)?(?:eleit[ao]|elegid[ao]|nombrad[ao]|premiad[ao]|reconhecid[ao]|reconocid[ao]|escolhid[ao]|\u00e9lue?|nomm\u00e9e?|prim\u00e9e?|ausgezeichnet|gew\u00e4hlt|eletta?|premiat[ao]|verkozen|uitgeroepen|utsedd|k\u00e5ret|wybran[aey]|nagrodzon[aey]|wyr\u00f3\u017cnion[aey])(?![\p{L}])/iu;
const NEWS_ABROAD =
  /^(?:en|em|in|im(?:\s+jahr)?|w|i|nel|no|dans|desde|seit|sinds|sedan|od|depuis)\s+(?:(?:el|o|l(?:'|\u2019)ann\u00e9e|\u00e5r|het\s+jaar)\s+)?(?:19|20)\d\d(?:\s+roku)?\s*,?\s+\p{L}/iu;
const CREDITED_NOTE =
  /\b(?:experience|work|service|time)\s+(?:is\s+|are\s+|will\s+be\s+|also\s+)?(?:counts?|credited|counted)\s+(?:toward|towards|as|in\s+full|pro\s+rata|on\s+the\s+basis|only\s+(?:if|when)|if|when|for)\b/i;
function s52Aside(t: string): boolean {
  if (!/\byou/i.test(t) && !OUR_ABROAD_ASKS.test(t) && (FEAT_ABROAD.test(t) || NEWS_ABROAD.test(t))) return true;
  if (TEAM_SHARE_TOLD.test(t) && !/\byou/i.test(t) && !WANT_CUE.test(t) && !PLUS.test(t)) return true;
  if (CREDITED_NOTE.test(t) && !/\b(?:must|required|mandatory|essential)\b/i.test(t) && !/\byou\s+(?:must|need|should)\b/i.test(t)) return true;
  if (/\byou\s+(?:must|need|should|will\s+need)\b|\b(?:must|mandatory|essential)\b|\b(?:is|are)\s+required\b/i.test(t)) return false;
  if (PROBATION_TOLD.test(t) && !/\b(?:experience|knowledge|familiar\w*|built|ran|run|designed|managed)\b/i.test(t)) return true;
  return SUBSTITUTE_REFUSED.test(t) && QUALIFICATION_WORD.test(t);
}
function listAside(t: string): boolean {
  return s52Aside(t) || AGENCY_REFUSAL.test(t) || SHORTLIST_NOTE.test(t) || (CONTRACT_FORM.test(t) && !/\b(?:you|must|required|able|willing)\b/i.test(t)) || (ASIDE_LINE.test(t) && !NOTE_ASKS.test(t)) || NORDIC_WE.test(t) || (NOTE_LABEL.test(t) && !NOTE_ASKS.test(t.replace(/^[^:,\u2013\u2014-]*[:,\u2013\u2014-]/, ''))) || TIMING_NOTE.test(t) || LIST_GUIDE.test(t) || s46Aside(t) || s50Aside(t);
}

function asksOfCandidate(text: string, listed: boolean, inAsks: boolean, led = listed): boolean {
  const t = thingMust(unbulleted(text)).replace(ASSESSED_MARK, '');
  if (listAside(t) || rolesOnlySought(t)) return false;
  // (s57 tune: the reader's share of the on-call, ONCALL_YOU, and a wish said as a favour, IN_YOUR_FAVOUR, are asked of them;
  // so is a federal board's qualifying line, GRADE_QUALIFYING.)
  // (s60 tune: and time away at a place said to the reader, TIME_AWAY_YOU, as travel is.)
  if (ONCALL_YOU.test(t) || TIME_AWAY_YOU.test(t.trim()) || IN_YOUR_FAVOUR.test(t) || GRADE_QUALIFYING.test(t) || WITHOUT_NOT_CONSIDERED.test(t) || EXPECTED_OF_STAFF.test(t) || PREFERENCE_FOR.test(t) || REMOTE_RULED_OUT.test(t) || ABOUT_ASKS.test(t) || (ABOUT_SEEKS.test(t) && COMPETENCE_ANY.test(t)) || CHECK_CONDITION.test(t) || NEEDED_CREDENTIAL.test(t) || WEEKS_OF_EXPERIENCE.test(t)) return true;
  // (s54: read before thingMust, whose "this job must" is a thing's: "Anyone taking this job must lift 50 lbs".)
  if (ABOUT_ASKS.test(unbulleted(text))) return true;
  // (s54 tune: the pay's arrangement, PAID_BY_DEPOSIT, though it says "required".)
  if (PAID_BY_DEPOSIT.test(t) && !/\b(?:experience|knowledge|familiar\w*|process(?:ing|ed)?|skills?)\b/i.test(t)) return false;
  // (s43: the pay, when the asks must be met, and a sub-heading of the asks read as a line: "Knowledge and qualifications".)
  if ((PAY_NOTE.test(t) && !/\byou\b/i.test(t)) || DEADLINE_NOTE.test(t)) return false;
  // (s44: the job's work mode said in the list, "Hybrid: 2 days per week in the office", "Remote 2 days a week": no ask.)
  if (WORK_MODE_NOTE.test(t) && !/\b(?:you|must|required|able|willing|need)\b/i.test(t)) return false;
  // (s62 lead: the job's place told in the list, "Based in Dubai, on-site.", "This role is based in our Porto office": no ask.)
  if (JOB_PLACE_NOTE.test(t) && !/\b(?:you|must|required|able|willing|need)\b/i.test(t)) return false;
  if (inAsks && SPEC_GROUP.test(t)) return false;
  // (s42: travel the job needs, among the asks, is a condition asked: "Some travel to sites a few times a year".)
  if (inAsks && TRAVEL_ASKED.test(t) && !OFFERED.test(t)) return true;
  const low = t.toLowerCase();
  // (A question inside the candidate's portrait, "You think in small slices: what ships first?", still describes them.)
  // (s39: an invitation on who the reader is, "If you're a careful front-end engineer, we'd love to hear from you",
  // describes the person sought, as SOUGHT_WHO does; one on interest alone, "If you're interested in …", asks nothing.)
  const identity = IF_YOU_ARE_A.test(t);
  if (identity && !LEAD_IN.test(t) && !t.endsWith('?')) return true;
  if (LEAD_IN.test(t) || (t.endsWith('?') && !(inAsks && YOU_DO.test(t))) || (t.includes(':') && FIELD.test(t) && !/\b(?:required|must)\b/i.test(t)) || (low.startsWith('if') && INVITE.test(t)) || (givenStart(low) && GIVEN.test(t) && !HAVE_DONE.test(t))) return false;
  // (Said to matter first: "Experience in X matters, but it's not mandatory" is a wish, as for items naming skills.)
  // (s40: nor one that turns after a semicolon to what is valued instead, "X is not required; we care more about your
  // judgement": the clauses are read apart after, and the second asks.)
  if (negates(low) && waives(t) && !PLUS.test(t) && !(/\b(?:but|however|though)\b/i.test(t) && WANT_CUE.test(t)) && !(/;/.test(t) && (YOUR_TRAIT.test(t) || CARE_MORE.test(t)))) return false;
  if (LIST_NOTE.test(t) && !/\b(?:must|required|essential|mandatory)\b/i.test(t)) return false;
  // (Not where the line goes on to ask: "No degree requirement; strong Go is a must".)
  if (low.includes('requirement') && NO_REQUIREMENT.test(t) && !/;|\b(?:but|however|though|must|required|need|essential)\b/i.test(t)) return false;
  // How to apply ("Email us a short intro", "Check out our jobs page: …"), what the job pays or offers ("For juniors we offer €45k …").
  // (Perk words in what the candidate has done are no offer: "You have handled health insurance claims data".)
  if (HOW_TO_APPLY.test(t) || /\S@\S|https?:\/\/|www\./.test(t) || (OFFERED.test(t) && !YOU_HAVE_DONE.test(t) && !DOMAIN_EXPERIENCE.test(t) && !KNOWN_FIELD.test(t)) || APPLY_MORE.test(t) || inviting(t) || FEEL_FREE.test(t) || CONTRACT_TERMS.test(t) || YOU_GET.test(t) || HEADING_LINE.test(t) || (NOT_EXPECTED.test(t) && !/\b(?:but|however)\b/i.test(t)) || SITE_POINTED.test(t) || REPORTS_TO.test(t) || START_DATE.test(t) || FIRST_WEEKS.test(t) || NOT_JUST.test(t) || DUTY_LABEL.test(t) || tellsUs(t) || CULTURE_OF.test(t) || ROLE_WILL.test(t) || (PAY_TOLD.test(t) && !SEEKS.test(t) && !/\byou\b/i.test(t)) || (WE_ARE_LIKE.test(t) && !/\b(?:you|need|must|required)\b/i.test(t)) || (HEAR_FROM_YOU.test(t) && !READER_RECORD.test(t) && !PLUS.test(t) && !/\b(?:required|must|essential)\b/i.test(t))) return false;
  if ((ROLE_PLACE.test(t) && !/\b(?:need|required|must)\b/i.test(t)) || /^we\s+(?:also\s+)?give\s+you\b/i.test(t) || roleListing(t)) return false;
  // (s54: not a wish of what the candidate knows that then tells of the team, "Knowing X would help, but most of us learned it here".)
  if (((DANGLING.test(t) && !WANT_CUE.test(t)) || OTHERS_CAN.test(t) || OUR_EXPERIENCE.test(t)) && !/\byou\b/i.test(t) && !PERSON_SOUGHT.test(t) && !SOUGHT_WHO.test(t) && !KNOWING_HELPS.test(t)) return false;
  if (dutyNotAsk(t, led) || (!led && roleToldOnly(t)) || titledDuty(t, () => false) || jobTold(t)) return false;
  const person = PERSON_SOUGHT.test(t) || YOUR_TRAIT.test(t) || TO_YOU.test(t) || PLACE_BASED.test(t) || CARE_MORE.test(t);
  // A heading read as a line ("Technical Skills"); not a place asked, "Live in Chicago" (s40).
  // ("Conditions of Employment": its small words in lower case.)
  if (/^[A-Z][\w&/-]*(?:\s+(?:[A-Z&][\w&/-]*|of|and|for|the|to|in|on)){0,4}\s*:?$/.test(t) && /[A-Z][\w&/-]*\s*:?$/.test(t) && !person) return false;
  // ("Design Roles (2 Positions)": a heading with its count in brackets.)
  if (/^[A-Z][\w&/-]*(?:\s+(?:[A-Z&][\w&/-]*|of|and|for|the|to|in|on)){0,4}\s*\(\s*\d+\s+(?:[Oo]pen\s+)?(?:[Pp]ositions?|[Rr]oles?|[Oo]penings?|[Ss]eats?|[Hh]ires?)\s*\)\s*:?$/.test(t)) return false;
  // An aside in brackets, a header line of fields ("Stealth | Product | Remote"), or what the role is ("This is our first hire").
  if (/^\(.*\)\W*$/.test(t) || /\s\|\s.*\s\|\s/.test(t) || (THIS_ROLE.test(t) && !ROLE_REQUIRES.test(t) && !person)) return false;
  if (ROLE_REQUIRES.test(t) || CARE_THAT.test(t) || APPLICANTS_WILL.test(t) || person) return true;
  const sought = SOUGHT_WHO.test(t) && !MERE_ENTHUSIASM.test(t) && !WANTS_TO_JOIN.test(t) && !WANTS_TO.test(t) && !WHO_WILL.test(t);
  const main = mainClause(t);
  if (!sought && !person && !/\byou\b/i.test(t) && !PLUS.test(t) && !/\b(?:required|must|essential|mandatory)\b/i.test(t) && ((selfTold(main.toLowerCase(), main) && (THEY_SAY.test(main) || PRODUCT_SAYS.test(main))) || ((DESCRIBES_NAME.test(t) || DESCRIBES_LONG_NAME.test(t)) && !/^(?:what|who|how|which|where|when|why)\b/i.test(t)) || /\bI\b/.test(t))) return false;
  if (listed || (inAsks && YOU_DO.test(t))) return true;
  return sought || WANT_CUE.test(t) || YOU_ARE.test(t) || PLUS.test(t) || SHOWN_TRAIT.test(t) || CONDITION_CAN.test(t) || KNOWING_HELPS.test(t);
}

/**
 * "Not a fit if you need a large org", "You may not be a fit if …", "This role is not for you if …", "If you need full pay
 * today, this is not for you": who should not apply. What such a line names is not asked; only a condition said in the
 * negative asks it ("Not a fit if you have never touched Linux" asks Linux).
 */
const NOT_FIT_RE =
  /\b(?:(?:is\s+not|isn(?:'|’)t)\s+(?:the|your)\s+(?:right\s+)?(?:role|job|place|position)(?!\s+for\b)|(?:not|n(?:'|’)t)\s+(?:be\s+)?(?:(?:a\s+|the\s+)?(?:good\s+|great\s+|right\s+|strong\s+)?fit|(?:a|the)\s+(?:good\s+|great\s+|right\s+|strong\s+)?match)|(?:is|are|be)\s+not\s+(?:the\s+(?:right\s+)?(?:role|job|place)\s+)?for\s+you|(?:isn|aren)(?:'|’)t\s+(?:the\s+(?:right\s+)?(?:role|job|place)\s+)?for\s+you|not\s+for\s+you|\bwho\s+(?:this|it)\s+(?:role\s+)?is\s+not\s+for|(?:won|wouldn)(?:'|’)t\s+(?:\w+\s+)?(?:enjoy|like|love)\s+(?:this|the|working|it)|(?:don(?:'|’)t|do not|please don(?:'|’)t)\s+apply)\b(?=[^.;!?]{0,40}\bif\b|\s*[.:!]?\s*$)/i;
/** The person sought, named in the third person as the subject: "The ideal candidate has", "Our new colleague will". */
const IDEAL_SUBJECT = /^(?:the|our|an?)\s+(?:ideal|right|successful|perfect|new|future)\s+(?:candidate|person|hire|applicant|colleague|teammate|engineer|developer)\b|^(?:the\s+)?(?:candidates?|applicants?)\s+(?:has|have|should|must|will|is|are|knows?|brings?)\b/i;
/** A sentence about that person, by pronoun: "They know …", "She or he has …". */
const THEY_CANDIDATE = /^(?:they|she or he|he or she|s\/he)\s+(?:(?:also|ideally|probably|already|should|will|would)\s+)?(?:know|have|has|are|is|can|understand|bring|enjoy|like|love|care|write|speak|hold|'ve|’ve|'re|’re)\b|^(?:they|she or he|he or she|s\/he)\s+\w+ed\b/i;
/** (Every form says "not" or "n't": a small test first, so the long pattern runs, and is compiled, only where one could hold.) */
const NOT_WORD = /not|n['\u2019]t/i;
const NOT_FIT = {
  exec: (t: string): RegExpExecArray | null => (NOT_WORD.test(t) ? NOT_FIT_RE.exec(t) : null),
  test: (t: string): boolean => NOT_WORD.test(t) && NOT_FIT_RE.test(t),
};
/** The condition after "… if" said in the negative: "if you have never …", "if you don't know …", "if you lack …". */
const NEGATED_CONDITION = /^(?:[^.;!?]*\bif\s+)?(?:you\s*)?(?:(?:have|'ve|’ve|had)\s+)?(?:never|not|no|don(?:'|’)t\s+(?:have|know)|do\s+not\s+(?:have|know)|haven(?:'|’)t|can(?:'|’)t|cannot|lack)\b/i;
/** "If you …, this is not for you": the condition before. */
const IF_THEN_NOT_FIT = /^(?:but\s+|and\s+|so\s+)?if\s+your?\b[^.;!?]*,\s*(?:then\s+)?(?:this|it|we|the\s+(?:role|job|position))\b[^.;!?]{0,30}$/i;

/** The posting's first line is its title, alone or as one of a header's fields ("Title | Company | Place"). */
// (A field that asks, "REMOTE (US; must overlap with Pacific hours)", keeps the line an ask.)
const titleLine = (line: string, title: string): boolean => line === title || (/\s\|\s/.test(line) && line.split(/\s*\|\s*/).includes(title) && !/\b(?:must|required|requires?|need(?:s|ed)?)\b/i.test(line));

/**
 * The piece without what it says of who should not apply: null for a piece that only says so, the part before where
 * it turns to it ("Good fit if you like X. Not a fit if …"), or the piece itself.
 */
function notFitCut(u: Piece): Piece | null {
  const m = NOT_FIT.exec(u.text);
  if (!m) return u;
  const head = u.text.slice(0, m.index);
  // The condition said after "if" and in the negative asks: "Not a good fit if you have never touched Linux".
  const ifAt = u.text.slice(m.index).search(/\bif\b/i);
  const condition = ifAt >= 0 ? u.text.slice(m.index + ifAt) : '';
  if (/^[\s•*+>-]*(?:you\s+)?(?:(?:may|might|would|will|probably|likely)\s+)*(?:(?:be\s+)?not|n(?:'|’)t)?[\s\w'’]{0,30}$/i.test(head) || IF_THEN_NOT_FIT.test(head) || /^[\s•*+>-]*(?:this|the|that|it)\s+(?:role|job|position|team|company)?\s*$/i.test(head) || /^[\s•*+>-]*(?:you(?:'|’)?(?:ll)?\s+)?(?:probably|likely)?\s*$/i.test(head)) {
    return condition && NEGATED_CONDITION.test(condition) && !/:\s*$/.test(u.text) ? u : null;
  }
  // A turn inside the piece: keep what comes before it.
  const cut = /(?:[.;!?]|,\s*(?:but|though|however)|\s[—–-])\s*$/.exec(head.replace(/\s+$/, ''));
  if (!cut) return u;
  const text = head.slice(0, cut.index + 1).replace(/[,\s—–-]+$/, '').trimEnd();
  return text.length >= 2 ? { text, start: u.start, end: u.start + text.length } : null;
}

/** (s53) A line written in Polish, Czech or Slovak: a letter only they use, or a joiner of theirs ("lub", "albo", "nebo"). */
// (s60: and the South Slavic lines, which inflect a name the same way: their joiners "ili" and "ali", and a word an ask in
// Slovenian or Croatian opens with, "Znanje Terraforma ali Pulumija", "Poznavanje Dockerja", "Iskustvo s Kafkom".)
const SLAVIC_LINE = /[\u0105\u0119\u0142\u0144\u015b\u017a\u017c\u0107\u0159\u011b\u016f\u010d\u0161\u017e\u0148\u0165\u010f\u013e\u013a]|(?<![\p{L}])(?:lub|albo|oraz|czy|nebo|alebo|anebo|ili|ali|znanj\p{L}*|poznavanj\p{L}*|obvladanj\p{L}*|iskustv\p{L}*|izkusnj\p{L}*|podobn\p{L}*)(?![\p{L}])/iu;
/** A word written with a capital, as a tool's name is, that ends in a small letter (a case ending may follow its name). */
const CAPITAL_WORD = /(?<![\p{L}\p{N}.+#-])[A-Z][A-Za-z0-9.+#-]*[a-z\u0105\u0119](?![\p{L}\p{N}])/gu;
/** The case endings those languages put on a borrowed name: genitive, dative, instrumental, locative; longest first. */
// (s60: and the Slovenian and Croatian ones, "-jem", "-ja", "-ju" after a name's last consonant or vowel, "Angularjem",
// "Dockerja", "Pulumija", and the Slovenian feminine "-o", "Javo".)
const CASE_ENDINGS = ['iem', 'owi', 'jem', 'em', 'om', 'ja', 'ju', 'ie', 'ou', 'a', 'u', 'y', 'i', 'e', 'o', '\u0105', '\u0119'];
/**
 * (s53) Polish, Czech and Slovak inflect a tool's name after a noun or a preposition: "Znajomo\u015b\u0107 Kafki lub
 * RabbitMQ", "z Terraformem albo Pulumi", "Znalost Reactu nebo Angularu". On a line written in one of them, a capitalised
 * word the matcher does not read whose case ending taken off (and the nominative's -a or -e put back: "Kafki", "Javy",
 * "Ansiblu") leaves a skill's name where it stands is read as that name, padded with spaces to the word's length (offsets
 * hold; each item keeps the posting's own words). Not a word that is a skill as written ("Kafka", "Java"), nor a word of
 * the language whose stem names nothing ("Praktick\u00e1", "Do\u015bwiadczenie").
 */
function casesUndone(text: string, findSkills: FindSkills): string {
  const finnic = !SLAVIC_LINE.test(text);
  if (finnic && !FINNIC_LINE.test(text)) return text;
  const hits = findSkills(text);
  const undone = text.replace(finnic ? FINNIC_WORD : CAPITAL_WORD, (word, at: number) => {
    // (s59: the matcher now reads an inflected name in a Slavic text itself, "Reacta" as React (lib/skills/inflection.ts);
    // such a word, no skill's form alone, is still put in the nominative here, so the list rules read "React lub Angular".)
    if (hits.some((h) => h.start <= at && h.end >= at + word.length) && findSkills(word).some((h) => h.start === 0 && h.end === word.length)) return word;
    for (const end of finnic ? FINNIC_ENDINGS : CASE_ENDINGS) {
      if (!word.endsWith(end) || word.length - end.length < 2) continue;
      const stem = word.slice(0, -end.length);
      for (const base of finnic ? [stem] : [stem, `${stem}a`, `${stem}e`]) {
        if (base.length > word.length || base === word) continue;
        const read = text.slice(0, at) + base.padEnd(word.length, ' ') + text.slice(at + word.length);
        // (A Finnish or Estonian ending may close a name of two words: "GitHub Actionsista".)
        if (findSkills(read).some((h) => (h.start === at || (finnic && h.start < at)) && h.end === at + base.length)) return base.padEnd(word.length, ' ');
      }
    }
    return word;
  });
  if (!finnic || !/[:'\u2019-]\p{Ll}/u.test(undone)) return undone;
  // (A case ending after a colon, a hyphen or an apostrophe right after a name the matcher reads, "GitLab CI:st\u00e4",
  // "AWS-i", "Docker'iga": blanked, so the list goes on past it.)
  const read = findSkills(undone);
  return undone.replace(/[:'\u2019-]\p{Ll}{1,5}(?![\p{L}\p{N}])/gu, (m, at: number) => (read.some((h) => h.end === at) ? ' '.repeat(m.length) : m));
}

/**
 * (s59) A line written in Finnish or Estonian: a word an ask in either opens or closes with ("Kokemusta", "osaaminen",
 * "tuntemus", "vastaava", "Kogemus", "teadmised", "sarnaste"), or their "or" ("tai", "v\u00f5i"). Both put a case ending on a
 * borrowed name with nothing between ("Kotlinista", "Javasta", "Jenkinsist\u00e4", "Pythoni", "Pulumiga"), or after a colon, a
 * hyphen or an apostrophe ("CI:st\u00e4", "Go-ga", "Docker'iga").
 */
const FINNIC_LINE = /(?<![\p{L}])(?:tai|v\u00f5i|kokemus\p{L}*|osaami\p{L}*|osaat|hallitset|tuntemu\p{L}*|tunte\p{L}*|vastaava\p{L}*|kogemus\p{L}*|teadmis\p{L}*|tundmi\p{L}*|oskus\p{L}*|sarnas\p{L}*|t\u00f6\u00f6riist\p{L}*|ty\u00f6kalu\p{L}*)(?![\p{L}])/iu;
/** A word written with a capital, as a tool's name is, that ends in a small letter of those languages ("Jenkinsist\u00e4"). */
const FINNIC_WORD = /(?<![\p{L}\p{N}.+#-])[A-Z][A-Za-z0-9.+#-]*[a-z\u00e4\u00f6\u00f5\u00fc](?![\p{L}\p{N}])/gu;
/**
 * The case endings Finnish and Estonian put on a borrowed name, longest first: Finnish elative, inessive, adessive, ablative,
 * allative, illative, partitive, genitive ("Kotlinista", "Javasta", "Pythonia", "Reactin"); Estonian comitative, elative,
 * inessive, genitive ("Pulumiga", "Kubernetesega", "Pythonist", "Terraformi").
 */
const FINNIC_ENDINGS = ['ist\u00e4', 'ista', 'iss\u00e4', 'issa', 'ill\u00e4', 'illa', 'ilt\u00e4', 'ilta', 'ille', 'iin', 'st\u00e4', 'sta', 'ss\u00e4', 'ssa', 'll\u00e4', 'lla', 'lt\u00e4', 'lta', 'lle', 'ia', 'i\u00e4', 'in', 'iga', 'ega', 'ga', 'ist', 'is', 'st', 'n', 'a', '\u00e4', 'i'];

/** The posting with its Polish, Czech, Slovak, Finnish and Estonian lines' inflected names read as written in the nominative (casesUndone). */
function postingCasesUndone(posting: Posting, findSkills: FindSkills): Posting {
  const sections = posting.sections.map((s) => {
    if (!SLAVIC_LINE.test(s.text) && !FINNIC_LINE.test(s.text)) return s;
    const text = s.text.split('\n').map((l) => casesUndone(l, findSkills)).join('\n');
    return text === s.text ? s : { ...s, text };
  });
  return sections.every((s, k) => s === posting.sections[k]) ? posting : { ...posting, sections };
}

/** (s54) A line written in Japanese: hiragana or katakana in it (not the middle dot alone, "\u30fb", which opens bullets in English postings too). */
const KANA_LINE = /[\u3040-\u30fa\u30fc-\u30ff]/;
/** (s54) Japanese separators and brackets, full-width: "\u3001", "\u30fb", "\uff0c", and "\u3084" ("A or B and the like"). */
const JA_SEP = /[\u3001\u30fb\uff0c\u3084]/g;
/**
 * (s54) A Japanese list closed by "whichever one" ("\u306e\u3044\u305a\u308c\u304b", "\u3069\u308c\u304b",
 * "\u3069\u3061\u3089\u304b") or by "and the like" ("\u306a\u3069"): names the pick is among, each a name in Latin letters.
 */
const JA_PICK_LIST = /([A-Za-z0-9][^\u3001\u30fb\uff0c\u3084\u3040-\u30ff\u3400-\u9fff()]*(?:[\u3001\u30fb\uff0c\u3084][A-Za-z0-9][^\u3001\u30fb\uff0c\u3084\u3040-\u30ff\u3400-\u9fff()]*)+)(\u306e?(?:\u3044\u305a\u308c\u304b|\u3069\u308c\u304b|\u3069\u3061\u3089\u304b)|(?=\u306a\u3069))/g;
/**
 * (s54) A Japanese line's joiners read as the English the list rules know, the length kept (offsets hold; each item keeps
 * the posting's own words): "\u307e\u305f\u306f" (or) as " / ", "\u3082\u3057\u304f\u306f", "\u3042\u308b\u3044\u306f",
 * "\u306a\u3044\u3057\u306f" (or) as " or ", "\u3001\u307e\u305f\u306f" (", or") as ",or ", "\u304b" between two names
 * as "/" ("Java\u304bKotlin"), a full-width comma or middle dot before a name as ",", full-width brackets as brackets;
 * and the separators of a list closed by "whichever one" or "and the like" as slashes, one pick
 * ("Python\u30fbGo\u30fbRust\u306e\u3044\u305a\u308c\u304b", "AWS\u3084GCP\u306a\u3069"). "\u3068" (and) and
 * "\u53ca\u3073" (and) stay as written: a list they join asks all of it.
 */
function japaneseJoiners(line: string): string {
  if (!KANA_LINE.test(line)) return line;
  return line
    .replace(/\uff08/g, '(')
    .replace(/\uff09/g, ')')
    // (The closer "whichever one" read as spaces once the slashes say it: the last name ends where a name ends.)
    .replace(JA_PICK_LIST, (_m, list: string, closer: string) => list.replace(JA_SEP, '/') + ' '.repeat(closer.length))
    .replace(/\u3001\u307e\u305f\u306f/g, ',or ')
    .replace(/\u307e\u305f\u306f/g, ' / ')
    .replace(/\u3082\u3057\u304f\u306f|\u3042\u308b\u3044\u306f|\u306a\u3044\u3057\u306f/g, ' or ')
    .replace(/(?<=[A-Za-z0-9+#.)])\u304b(?=[A-Za-z(])/g, '/')
    // (Between names only: a middle dot that opens a line is its bullet.)
    .replace(/(?<=[A-Za-z0-9+#.)])[\u3001\u30fb\uff0c](?=[A-Za-z0-9(])/g, ',');
}

/** The posting with its Japanese lines' joiners read as English ones (japaneseJoiners). */
function postingJapaneseJoiners(posting: Posting): Posting {
  const sections = posting.sections.map((s) => {
    if (!KANA_LINE.test(s.text)) return s;
    const text = s.text.split('\n').map(japaneseJoiners).join('\n');
    return text === s.text ? s : { ...s, text };
  });
  return sections.every((s, k) => s === posting.sections[k]) ? posting : { ...posting, sections };
}

export function requirementItems(written: Posting, findSkills: FindSkills, options: ItemOptions = {}): RequirementItem[] {
  // A German or French line is read in English words of the same length (foreign.ts); each item keeps the posting's own words.
  // (s53: a Polish or Czech line's inflected names first read as their names, casesUndone.)
  // (s54: a Japanese line's joiners first read as English ones, japaneseJoiners.)
  const posting = postingInEnglish(postingCasesUndone(postingJapaneseJoiners(written), findSkills));
  const items = withoutDutyEchoes(posting, withoutDuties(posting, withoutListLabels(posting, itemsOf(posting, findSkills, options))), findSkills, options).map(unmarked);
  if (posting === written) return items;
  return items.map((i) => {
    const k = posting.sections.findIndex((s) => i.start >= s.offset && i.end <= s.offset + s.text.length);
    const s = posting.sections[k];
    if (!s || s === written.sections[k]) return i;
    const text = written.sections[k]!.text;
    // (An English stand-in is padded with spaces, and an item's text is trimmed: it runs on over the words its ends cut.)
    let start = i.start - s.offset;
    let end = i.end - s.offset;
    let j = start;
    while (j > 0 && /[ \t]/.test(s.text[j - 1]!)) j--;
    // (Not over the padding of the word before: ", idealerweise Flink" read ",  ideally     Flink" starts at "Flink".)
    const pad = text.slice(j, start);
    const tail = j > 0 && /[\p{L}\p{N}]/u.test(text[j - 1]!) ? /^\S*/.exec(pad)![0].length : 0;
    const rest = pad.slice(tail);
    if (rest.trim()) start = j + tail + (rest.length - rest.trimStart().length);
    j = end;
    while (j < s.text.length && /[ \t]/.test(s.text[j]!)) j++;
    if (text.slice(end, j).trim()) end = j - (text.slice(end, j).length - text.slice(end, j).trimEnd().length);
    return unmarked({ ...i, text: text.slice(start, end), start: s.offset + start, end: s.offset + end });
  });
}

/**
 * An item's text without markdown's emphasis ("**Strong** communication", "__must__ know Go"): the row shows the words as
 * a reader sees them. (Its offsets still point into the posting, marks and all, for the highlight.)
 */
function unmarked(item: RequirementItem): RequirementItem {
  if (!item.text.includes('**') && !item.text.includes('__')) return item;
  return { ...item, text: item.text.replace(/\*\*/g, '').replace(/__([^_\n]+?)__/g, '$1').replace(/\s{2,}/g, ' ').trim() };
}

/**
 * "1. Cloud / a. 4+ years on AWS / b. Terraform or Pulumi": a short list line with lines indented under it is the label of
 * a group of asks, not an ask, where the lines under it name skills of their own (session 30, #12; self-contained).
 */
function withoutListLabels(posting: Posting, items: RequirementItem[]): RequirementItem[] {
  return items.filter((item) => {
    if (item.text.split(/\s+/).length > 3 || /\d/.test(item.text)) return true;
    const s = posting.sections.find((x) => item.start >= x.offset && item.end <= x.offset + x.text.length);
    if (!s) return true;
    const lineStart = s.text.lastIndexOf('\n', item.start - s.offset - 1) + 1;
    const line = s.text.slice(lineStart, s.text.indexOf('\n', lineStart) < 0 ? s.text.length : s.text.indexOf('\n', lineStart));
    const indent = line.length - line.trimStart().length;
    if (!/^\s*(?:\d{1,2}[.)]|[•·▪*-])\s+\S/.test(line)) return true;
    const nextAt = lineStart + line.length + 1;
    const next = s.text.slice(nextAt).split('\n', 1)[0] ?? '';
    if (!next.trim() || next.length - next.trimStart().length <= indent) return true;
    // The indented lines under it: one of them is an item that names skills.
    let end = nextAt;
    for (const l of s.text.slice(nextAt).split('\n')) {
      if (l.trim() && l.length - l.trimStart().length <= indent) break;
      end += l.length + 1;
    }
    return !items.some((o) => o !== item && o.groups.length > 0 && o.start >= s.offset + nextAt && o.start < s.offset + end);
  });
}

/**
 * "Partner with category managers to define metrics", "Own the roadmap for the ingestion layer": a line in a list of
 * asks that opens on a bare verb of the work and names no skill, years, degree or status is a duty the list mixed in
 * (SmartRecruiters' "Qualifications" often do), no ask a resume could meet (s41b). A line that names a skill stays an ask
 * ("Build pipelines in Spark"), and so does one about the candidate ("Work well on your own").
 */
const DUTY_OPENING = /^(?:partner|collaborate|liaise|coordinate|own|drive|define|deliver|participate|contribute|maintain|manage|design|build|develop|implement|create|present|review|document|ensure|monitor|report|provide|translate|establish|assist|perform|support|help|oversee|plan|prepare|conduct|work closely)\s+(?!(?:well|independently|autonomously|yourself|your own)\b)/i;
/**
 * (s45) Whether a part read as asks lists duties: three lines or more of a list, two in three of them a duty in the
 * imperative (DUTY_MOOD: "Create pipelines for …", "Integrate sensors and …", "Collaborate with …"), as under a heading
 * that only names the person sought ("We're looking for a React expert who can bridge craft and leadership"). Such a line
 * is the work, whatever skill it names, unless it says a want ("… experience with Go is a must"). (A list of asks with
 * a duty or two mixed in stays a list of asks: each of its lines is read as before.)
 */
function dutiesListed(text: string): boolean {
  const lines = text.split('\n').filter((l) => /^\s*(?:[\u2022\u00b7\u25aa\u25e6\u30fb\uff65\u25cf*+>\u2013\u2014-]|\d+[.)])\s*\S/.test(l)).map((l) => unbulleted(l.replace(/^\s*\d+[.)]/, '')));
  if (lines.length < 3) return false;
  const duty = lines.filter((l) => DUTY_MOOD.test(l) && !WANT_CUE.test(l)).length;
  return duty * 3 >= lines.length * 2;
}
/**
 * (s50) A duty that names a choice ("Move the pipeline to streaming, with Kafka or Kinesis") is asked (the hire will work in
 * one of them), unless the asks already ask that choice ("Experience running a streaming system (Kafka, Kinesis or Pulsar)"):
 * then the duty's row only repeats it, and would count the same gap twice.
 * (s59 tune) Not a skill of the daily work ("Write Java every day on the services ...", "Trabajar a diario con Python y SQL",
 * "You'll live in TypeScript and React most days", dailyUse, DAILY_WORK_YOU) beside an ask of the same skill: a reader counts
 * the daily use as asked in its own right (how much of the job it is), as the labels since s58 do; it stays a row.
 */
function withoutDutyEchoes(posting: Posting, items: RequirementItem[], findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  const sectionOf = (item: RequirementItem) => posting.sections.find((x) => item.start >= x.offset && item.end <= x.offset + x.text.length);
  const askedGroups = items.filter((i) => ['requirements', 'preferred'].includes(sectionOf(i)?.kind ?? '')).flatMap((i) => i.groups);
  if (askedGroups.length === 0) return items;
  const within = (a: readonly string[], b: readonly string[]) => a.every((id) => b.includes(id));
  return items.filter((item) => {
    if (sectionOf(item)?.kind !== 'responsibilities' || item.years || item.degree || item.groups.length === 0) return true;
    // (s60 tune: nor a sentence that asks it of the reader there, ASK_IN_DUTIES: an ask of its own, as under the asks' heading.)
    if (dailyUse(item.text, findSkills, options) || DAILY_WORK_YOU.test(unbulleted(item.text)) || ASK_IN_DUTIES.test(unbulleted(item.text).trim())) return true;
    return !item.groups.every((g) => askedGroups.some((h) => within(g, h) || within(h, g)));
  });
}

function withoutDuties(posting: Posting, items: RequirementItem[]): RequirementItem[] {
  return items.filter((item) => {
    if (item.kind !== 'other' || item.groups.length > 0 || item.years || item.degree) return true;
    const s = posting.sections.find((x) => item.start >= x.offset && item.end <= x.offset + x.text.length);
    if (!s || (s.kind !== 'requirements' && s.kind !== 'preferred')) return true;
    return !DUTY_OPENING.test(unbulleted(item.text).trim());
  });
}

/**
 * The most sentences and bullets the checklist reads in one posting. The longest postings of the 1,620-posting corpus have
 * 49; a page of 20,000 bullets (a hostile page, a dump) would hold the worker for many seconds, each read for its skills,
 * years and choices, to give a checklist no one could use. The first ones are read; the rest are left.
 */
const MOST_UNITS = 400;

/** A part under "Skills" that only lists names on a line or two, split by dots, bullets, bars or commas: a board's skill chips. */
function chipsOnly(s: PostingSection): boolean {
  if (!/^(?:(?:top |key |required |relevant )?skills(?: (?:and|&) (?:expertise|tools))?)\s*:?\s*$/i.test(s.heading.trim())) return false;
  const lines = s.text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.length <= 2 && lines.every((l) => l.split(/\s*[\u00b7\u2022|,]\s*/).every((name) => name.split(/\s+/).length <= 4 && !/[.!?]$/.test(name)));
}

/**
 * (s47) "Skills: Terraform, Amazon Web Services (AWS), +8 more": a board's chips cut short by a count of the rest, the
 * board's own summary at the top of its page (LinkedIn's), no part of what the posting asks; its names are read where the
 * posting says them.
 */
const cutChips = (s: PostingSection): boolean => chipsOnly(s) && /(?:^|[\u00b7\u2022|,]\s*)\+\s?\d+\s+more\s*$/i.test(s.text.trim());

/**
 * (s51b tune) Said of "the person in this seat" too, and a check the candidate must pass ("Applicants need to clear a
 * background check, since …", "Candidates must pass a drug screen"): asked.
 * (s51) An ask said inside the company's own part ("Company Overview", "About us") of the person it seeks: "Candidates should
 * bring a working knowledge of AWS security services, since …", "… and we'd like the person we hire to have run a Postgres
 * database …", "The successful applicant must hold a CDL". Where a part of asks stands the company's part is otherwise not
 * read; only such sentences of it are (what the candidate must have, know, hold or be, said of the candidate). Not what the
 * candidate will hear or do ("Candidates should apply by 1 March", "Applicants will hear back within a week", "Candidates
 * should be aware that …", "Applicants need to know that the interview is in person"), nor the company's wishes for its
 * customers.
 */
const ABOUT_ASKS_S51 =
  /\b(?:candidates|applicants|(?:the|our|a|any)\s+(?:successful\s+|right\s+|ideal\s+|new\s+)?(?:candidate|applicant|hire|person|engineer|developer)(?:\s+(?:we\s+hire|who\s+joins(?:\s+us)?|in\s+this\s+(?:role|position|job|seat|chair)))?|whoever\s+(?:joins(?:\s+us)?|we\s+hire))\s+(?:must|should|will\s+need\s+to|needs?\s+to|(?:is|are)\s+(?:expected|required)\s+to)\s+(?:already\s+)?(?:have|bring|(?:know|understand)(?!\s+(?:that|when|where|whether|how|what|if)\b)|hold|possess|speak|be\s+(?:fluent|comfortable|able|familiar|proficient|experienced|eligible|authori[sz]ed|based|located|certified|licensed|cleared)|(?:pass|clear|obtain|undergo|complete)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:check|screen(?:ing)?|test|investigation|vetting|clearance)s?)\b|\bwe(?:(?:'|\u2019)d|\s+would)?\s+(?:like|want|need|expect)\s+(?:the\s+(?:person|candidate|engineer|developer)\s+(?:we\s+hire|who\s+joins(?:\s+us)?)|(?:the|our)\s+new\s+hire|whoever\s+(?:joins(?:\s+us)?|we\s+hire)|candidates|applicants)\s+to\s+(?:already\s+)?(?:have|know|bring|hold|speak|be\s+(?:fluent|comfortable|able|familiar|proficient|experienced))\b/i;

/**
 * (s52 tune) The person sought named in more ways, in the company's part too: "Whoever takes this role will need solid
 * Kubernetes experience", "The successful candidate will have built loss models \u2026", "If you join, you'll need to be at home
 * in Python \u2026", "The engineer who joins next must \u2026"; and what the company expects of the reader, "We expect you to know \u2026",
 * "Von dir erwarten wir \u2026", "Van jou verwachten we \u2026", "Esperamos que sepas \u2026", "Nous attendons de toi \u2026": asked. A "will
 * have" asks only with a done thing or a competence after it ("\u2026 will have shipped \u2026", "\u2026 will have deep experience \u2026"), not
 * what the hire will be given ("\u2026 will have access to \u2026", "\u2026 will have a say \u2026"); a need only of a competence ("\u2026 will
 * need strong SQL skills"), not of a thing ("\u2026 will need a parking permit").
 * (s53 tune: whoever joins the team, "Whoever joins this team will need to be at home in Compose"; not "Anyone who joins our
 * team gets a laptop".)
 */
const ABOUT_ASKS_S52 =
  /(?:\b(?:whoever|anyone|anybody)\s+(?:who\s+)?(?:takes?|taking|fills?|filling|gets?|lands?|accepts?|steps?\s+into|stepping\s+into|comes?\s+into|coming\s+into|joins?|joining)\s+(?:on\s+)?(?:this|the|our)\s+(?:role|job|position|seat|post|opening|chair|team|squad|crew)|\b(?:the|our)\s+(?:successful\s+|right\s+|ideal\s+|new\s+|chosen\s+|selected\s+)?(?:candidate|applicant|hire|person|engineer|developer|analyst|designer|scientist|administrator|technician|teammate|team\s+member|recruit)(?:\s+(?:who|that|we)(?:\s+[\w'\u2019-]+){1,4}?)?|\b(?:if|once|when|should)\s+you\s+(?:join(?:\s+us)?|come\s+(?:aboard|on\s+board)|take\s+(?:this|the)\s+(?:role|job|position))\b[^.;:!?]{0,30}?,\s+you(?:(?:'|\u2019)ll|\s+will)?)\s+(?:(?:already\s+)?(?:must|should|will\s+need\s+to|needs?\s+to|have\s+to|(?:is|are)\s+(?:expected|required)\s+to)\s+(?:already\s+)?(?:have|bring|(?:know|understand)(?!\s+(?:that|when|where|whether|how|what|if)\b)|hold|possess|speak|be\s+(?:fluent|comfortable|able|familiar|proficient|experienced|at\s+home|confident|expert|skilled|(?:well\s+)?versed|certified|licensed|cleared))|will\s+have\s+(?:already\s+)?(?:[a-z]+ed|built|run|written|led|held|done|taught)\b|(?:will\s+need|needs?|must\s+have|should\s+have|will\s+have|will\s+bring|must\s+bring|should\s+bring)\s+(?:[\w#+./-]+\s+){0,3}?(?:experience|knowledge|skills?|background|expertise|familiarity|fluency|proficiency|understanding|command|grasp|track\s+record|exposure)\b)|\bwe(?:(?:'|\u2019)d|\s+would|\s+will)?\s+(?:(?:also|really)\s+)?(?:expect|need|require|want)\s+you\s+to\s+(?:already\s+)?(?:know|hold|speak|understand(?!\s+(?:that|when|where|whether|how|what|if)\b)|be\s+(?:fluent|comfortable|proficient|familiar|experienced|at\s+home|confident)|have\s+(?:already\s+)?(?:[a-z]+ed|built|run|written|led|done)\b|have\s+(?:[\w-]+\s+){0,3}?(?:experience|knowledge|skills?|background|expertise|familiarity|fluency|proficiency|understanding|command|grasp|track\s+record|exposure)\b)|\bwe\s+(?:also\s+|really\s+)?(?:expect|require)\s+(?:[\w#+./-]+\s+){0,3}?(?:experience|knowledge|skills?|background|expertise|familiarity|fluency|proficiency|understanding|command|grasp|track\s+record|exposure)\b|\b(?:from\s+you,?\s+we\s+expect|we\s+expect\s+from\s+you|od\s+(?:ciebie|kandydata|kandydatki|kandydat\u00f3w|os\u00f3b\s+aplikuj\u0105cych)\s+oczekujemy|oczekujemy\s+od\s+(?:ciebie|kandydata|kandydatki|kandydat\u00f3w)|von\s+(?:dir|ihnen)\s+erwarten\s+wir|wir\s+erwarten\s+von\s+(?:dir|ihnen)|van\s+(?:jou|je|u)\s+verwachten\s+(?:we|wij)|(?:we|wij)\s+verwachten\s+van\s+(?:jou|je|u)|de\s+(?:ti|usted)\s+esperamos|esperamos\s+de\s+(?:ti|usted)|esperamos\s+que\s+(?:tengas|sepas|domines|conozcas|voc\u00ea\s+(?:tenha|saiba|domine|conhe\u00e7a))|de\s+voc\u00ea\s+esperamos|nous\s+attendons\s+de\s+(?:vous|toi)|on\s+attend\s+de\s+(?:vous|toi)|da\s+te\s+ci\s+aspettiamo|ci\s+aspettiamo\s+(?:da\s+te|che\s+tu)|vi\s+f\u00f6rv\u00e4ntar\s+oss\s+att\s+du|vi\s+forventer,?\s+at\s+du)\b/i;
/**
 * (s54 tune) Whoever takes the job, in the company's part, asked what the body or a check needs: "Anyone taking this job must
 * lift up to 50 lbs and pass a fingerprint background check", "Whoever fills the post has to pass a driving test" (S51 reads
 * the check after "candidates must"; S52 "must be able to lift"). Not what they will be given ("Anyone who joins gets ...").
 */
const ABOUT_ASKS_S54 =
  /\b(?:whoever|anyone|anybody)\s+(?:who\s+)?(?:takes?|taking|fills?|filling|gets?|lands?|accepts?|steps?\s+into|stepping\s+into|joins?|joining)\s+(?:on\s+)?(?:this|the|our)\s+(?:role|job|position|seat|post|opening|team)\s+(?:must|will\s+need\s+to|needs?\s+to|has\s+to|have\s+to|should)\s+(?:(?:lift|carry|climb|kneel)\b|(?:pass|clear|undergo|complete)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:check|screen(?:ing)?|test|investigation|vetting|exam(?:ination)?|physical)s?\b)/i;
/**
 * (s55 tune, s54's known miss "Whoever takes this role has to ...") An ask in prose said of the hire in the third person, read
 * by its form, not its verb: a subject that is the person hired ("The person who takes this seat", "Anyone we bring on",
 * "Whoever we hire", "The engineer joining this team", "Our next hire") and a modal of need ("will be expected to", "will
 * need to", "has to", "must", "should") before whatever verb the ask has ("... keep our clusters boring", "... read a
 * schematic"). Not what the hire will hear, get or send ("Whoever we hire will need to start in March" starts; "Anyone who
 * applies must apply through the portal"; "The successful candidate should expect two interviews"). And "They should have
 * run X", a pronoun's ask, only with a thing done or a competence after "have".
 */
const ABOUT_ASKS_S55 =
  /(?:\b(?:the|our|any|every)\s+(?:[\w-]+\s+){0,2}?(?:person|hire|candidate|applicant|engineer|developer|analyst|designer|scientist|administrator|technician|teammate|recruit|colleague|newcomer|individual)(?:\s+(?:who|that|we|joining|taking|filling|stepping|coming|hired|chosen|picked|selected|in)\b(?:\s+[\w'\u2019-]+){0,5}?)?|\b(?:whoever|anyone|anybody)(?:\s+(?:who|that))?(?:\s+[\w'\u2019-]+){0,4}?)\s*,?\s+(?:also\s+)?(?:will\s+be\s+expected\s+to|(?:is|are)\s+expected\s+to|will\s+need\s+to|needs?\s+to|has\s+to|will\s+have\s+to|must|should|(?:is|are)\s+required\s+to|ought\s+to)\s+(?:also\s+|already\s+|both\s+)?(?!(?:apply|hear|receive|get|expect|send|submit|e-?mail|note|contact|reach|start|report\s+to|wait|sign|relocate|be\s+aware|be\s+notified|be\s+contacted|(?:know|understand|realise|realize|accept)\s+(?:that|when|where|whether|how|what|if))\b)[a-z]|(?:^|[.;!?]\s+)(?:they|he\s+or\s+she|she\s+or\s+he|this\s+person)\s+(?:should|must|will\s+need\s+to|needs?\s+to|ha(?:s|ve)\s+to)\s+(?:already\s+)?(?:have\s+(?:already\s+)?(?:[a-z]+ed|run|built|shipped|led|written|done|held|taught|grown|seen|made|kept|taken|worn|broken|spent)\b|have\s+(?:[\w-]+\s+){0,3}?(?:experience|knowledge|skills?|background|expertise|familiarity|fluency|command|grasp)\b|be\s+(?:able|comfortable|fluent|familiar|proficient|experienced|at\s+home|confident)\b|(?:know|understand|speak|hold)\b)/i;
/** (s55 tune, the USAJobs known miss) Experience counted in weeks ("52 weeks of specialized experience"): asked, as months are. */
/**
 * (s57, older tune halves' USAJobs misses) A federal board's qualifying line: experience counted at a grade ("candidates need a
 * year of specialized work comparable to GS-12, including:", "twelve months of specialized experience comparable to GS-7"),
 * and study that may stand in for it ("Two full years of graduate study in geography ... can replace that experience"):
 * asked, though it leads into a list or stands below one.
 */
const GRADE_QUALIFYING = /\b(?:a|one|1|twelve|12)\s+(?:full\s+)?(?:years?|months)\s+of\s+(?:[\w-]+\s+){0,2}?speciali[sz]ed\s+(?:experience|work)\b[^.;]{0,80}?\b(?:GS|GG|WG|grade)[- ]?\d{1,2}\b|\b(?:graduate|undergraduate)\s+(?:study|education|course\s*work)\b[^.;]{0,80}?\b(?:can|may|will)\s+(?:replace|substitute\s+for|stand\s+in\s+for|take\s+the\s+place\s+of)\s+(?:that|the|this|such)\s+experience\b/i;
const WEEKS_OF_EXPERIENCE = /\b\d{1,3}\s+(?:full-time\s+)?weeks?\s+of\s+(?:[\w-]+\s+){0,2}?experience\b/i;
const ABOUT_ASKS = { test: (t: string): boolean => ABOUT_ASKS_S51.test(t) || ABOUT_ASKS_S52.test(t) || ABOUT_ASKS_S54.test(t) || ABOUT_ASKS_S55.test(t) };
/**
 * (s52 tune) Whom the company seeks, said in its own part, in English or the posting's language ("Buscamos a alguien que
 * domine JavaScript \u2026", "We're looking for someone who has run Kafka \u2026", "Wir suchen jemanden, der Go beherrscht", "Cerchiamo
 * una persona con esperienza in \u2026"): asked there, where the sentence names a skill or a competence (not "We're looking for
 * someone who wants to grow with us", nor "Cerchiamo di migliorare \u2026"). (German and French lines come here as foreign.ts's
 * English stand-ins: "mit"/"con" as "in", "der" as "the", "un" as "a"; both words are read.)
 */
const ABOUT_SEEKS =
  /\b(?:we(?:(?:'|\u2019)re|\s+are)?\s+(?:(?:currently|also|now)\s+)?(?:looking\s+for|seeking|searching\s+for|after|hiring|need|want)\s+(?:someone|somebody|a\s+person|people|an?\s+(?:[\w-]+\s+){0,3}?(?:engineer|developer|analyst|designer|scientist|administrator|technician|specialist|architect|lead|manager))\s+(?:who|with|that)|(?:buscamos|procuramos)\s+(?:a\s+)?(?:alguien|algu\u00e9m|una\s+persona|uma\s+pessoa|un[ao]?(?:\/a|\(a\))?\s+[\p{L}/()]+)\s+(?:que|con|com|in|with)|cerchiamo\s+(?:qualcuno|una\s+persona|un[ao']?\s*[\p{L}/()]+)\s+(?:che|con|in|with)|(?:nous\s+)?(?:re)?cherchons\s+(?:quelqu(?:'|\u2019)(?:un|a)|(?:une|a)\s+personne|(?:un(?:e|\(e\))?|a)\s+[\p{L}()]+)\s+(?:qui|avec|ayant|with)|wir\s+suchen\s+(?:jemanden|(?:eine|a)\s+person|dich|sie|(?:eine?n?|a)\s+[\p{L}()/-]+),?\s+(?:der|die|the|mit|in|welche[rn]?)|(?:wij|we)\s+zoeken\s+(?:iemand|een\s+[\p{L}-]+),?\s+(?:die|met)|vi\s+(?:s\u00f6ker|s\u00f8ker|s\u00f8ger)\s+(?:n\u00e5gon|noen|nogen|en\s+person|dig|deg|en\s+[\p{L}-]+),?\s+(?:som|med|der))(?![\p{L}])/iu;
const COMPETENCE_ANY =
  /\b(?:experience[ds]?|knowledge|skills?|expertise|background|familiarity|proficiency|fluent|experiencia|experi\u00eancia|esperienza|exp\u00e9rience|erfahrung|ervaring|erfarenhet|erfaring|conocimientos?|conhecimentos?|conoscenz[ae]|connaissances?|kenntniss?e?|kennis|kunskap(?:er)?|kunnskap(?:er)?|kendskab|beherrsch\w*|beheers\w*|ma\u00eetris\w*|domin(?:e|es|a|as)|dominio|dom\u00ednio|padronanza|padroneggi\w*)(?![\p{L}])/iu;
const aboutSeeks = (t: string, findSkills: FindSkills, options: ItemOptions): boolean =>
  ABOUT_SEEKS.test(t) && (COMPETENCE_ANY.test(t) || skillGroups(t, findSkills, options).length > 0);

function itemsOf(given: Posting, findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  const posting = given.sections.some(cutChips) ? { ...given, sections: given.sections.filter((s) => !cutChips(s)) } : given;
  const asked = posting.sections.filter((s) => s.kind === 'requirements' || s.kind === 'preferred');
  // (s46: a board's list of skill names under "Skills" ("Go · gRPC · PostgreSQL") is no part of asks in sentences: the
  // prose above it is read as it is where no heading of asks is.)
  const fallback = asked.every(chipsOnly);
  // With no such heading, every part but the benefits may hold what is asked (a board's "about the team" often does).
  // With one, a part under no known heading may still hold another role's asks ("Backend Engineer … Strong Rust required"): its sentences that say "required" or "must".
  // The duties may name a choice the candidate needs too ("build services in Go or Rust"): those sentences only.
  // (s51: and the company's part where it holds an ask of the person sought, ABOUT_ASKS: those sentences only.)
  const sections = fallback ? posting.sections.filter((s) => s.kind !== 'benefits') : posting.sections.filter((s) => s.kind === 'requirements' || s.kind === 'preferred' || s.kind === 'other' || s.kind === 'responsibilities' || (s.kind === 'about' && (ABOUT_ASKS.test(s.text) || ABOUT_SEEKS.test(s.text))));
  const out: RequirementItem[] = [];
  // (The sentences and bullets read, all parts together: see MOST_UNITS.)
  let budget = MOST_UNITS;
  for (const part of sections) {
    if (budget <= 0) break;
    // A table flattened to text ("Must have | Good to have", then a row a line): its rows read apart, the rest as any part.
    const table = part.kind === 'requirements' || part.kind === 'preferred' ? tableIn(part) : null;
    const s = table ? { ...part, text: table.rest } : part;
    if (table) out.push(...table.items(findSkills, options));
    let prev: Piece | undefined;
    // With no heading, or in a part under no known heading, a line ending in ":" that asks ("Strong fit if you're comfortable with:") asks its bullets too.
    const leads = fallback || s.kind === 'other';
    let leadAsks: boolean = false;
    // Under "Not a fit if:" (a heading, or a line that leads into bullets) the bullets say who should not apply.
    // ("This role might not be for you if" heads a part of no kind: its lines are read as under any such heading.)
    const notFitPart = NOT_FIT.test(s.heading) || notFitHeading(s.heading);
    let notFitLead = false;
    let portrait = false;
    const units = splitUnits(s.text).slice(0, budget);
    budget -= units.length;
    const pieces = joinLines(s.text, units, findSkills, options);
    // (s45: a list of duties under a heading that names the person sought, "We are looking for engineers who can work across
    // the stack:" over "- Create pipelines …", "- Integrate sensors …": see dutiesListed.)
    const duties = (s.kind === 'requirements' || s.kind === 'preferred') && dutiesListed(s.text);
    // (s44: where a one-line list of asks was cut into its things, each starts here: each is read as a list's line.)
    const listedAt = new Set<number>();
    // (s46: a summary line's fields, each read as a line under a lead that asks, in a posting with no heading of asks.)
    const summaryAt = new Set<number>();
    const split = (s.kind === 'requirements' || s.kind === 'preferred' ? pieces.flatMap((p) => semicolonAsks(p, findSkills, options)).flatMap((p) => oneLineAsks(s, p, findSkills, listedAt)) : s.kind === 'other' ? pieces.flatMap(clearanceField) : pieces).flatMap((p) => summaryFields(s, p, listedAt, summaryAt));
    for (const piece of pickAbove(s, pickBullets(s, split, findSkills, options), findSkills, options)) {
      const before = prev;
      prev = piece;
      // (Under a heading, every line is, the first too; under a lead line, the bullets after it.)
      const underNotFit: boolean = notFitPart || (notFitLead && isBullet(s.text, piece.start) && before !== undefined);
      // (A lead is a line ending in ":", or a short line of its own that is no sentence: a heading the posting did not mark.)
      notFitLead = underNotFit ? notFitLead : NOT_FIT.test(piece.text) && (/:\s*$/.test(piece.text) || (!isBullet(s.text, piece.start) && piece.text.length <= 60 && !/[.!?]\s*$/.test(piece.text) && lineAlone(s.text, piece)));
      if (underNotFit && !NEGATED_CONDITION.test(unbulleted(piece.text))) continue;
      const whole = underNotFit ? piece : notFitCut(piece);
      if (!whole) continue;
      const underLead: boolean = leads && leadAsks && before !== undefined && isBullet(s.text, whole.start) && !/\n[ \t]*\n[ \t]*\n/.test(s.text.slice(before.end, whole.start))
        || (fallback && summaryAt.has(whole.start));
      // (Not a line where the company speaks of itself: "In two years, with a team of five, we have:" leads into its record.)
      // (s40: nor an invitation whose condition is a liking, "Come build with us if you love:": its lines are the likings.)
      leadAsks = leads && (/:\s*$/.test(whole.text) ? (asking(whole.text) || STRONG_ASKING.test(whole.text)) && !weSay(whole.text) && !LIKING_INVITE.test(unbulleted(whole.text)) : underLead);
      const full = beforeProcessTail(whole);
      const u = askedPart(full);
      // (s52: or whom it seeks, naming a skill or a competence, ABOUT_SEEKS.)
      if (!fallback && s.kind === 'about' && !ABOUT_ASKS.test(u.text) && !aboutSeeks(u.text, findSkills, options)) continue;
      // The posting's own title on its first line ("Urgent Requirement – DevOps Engineer – Pune", "Two openings at Lumen
      // Ledger (Remote)") names the job and the company; it asks nothing, whatever skill its words spell. So does a line of
      // fields one of which is the title ("Backend Engineer (Java/Kotlin) | Ortolan | Berlin | \u20ac75\u201390k").
      if (posting.title && s === posting.sections[0] && !s.text.slice(0, u.start - s.offset).trim() && !u.text.includes('\n') && titleLine(unbulleted(u.text).trim().replace(/^#+\s*/, ''), posting.title)) continue;
      // "The ideal candidate has … . They know async Rust …": sentences about the candidate in the third person go on
      // with the portrait the sentence before began, in the same paragraph; each asks as that one does.
      const portraitAsks: boolean = portrait && before !== undefined && THEY_CANDIDATE.test(unbulleted(u.text)) && !/\n[ \t]*\n/.test(s.text.slice(before.end, u.start));
      portrait = IDEAL_SUBJECT.test(unbulleted(u.text)) || portraitAsks;
      // (A choice it names is asked, as in the duties: "you will ship it in Swift or Kotlin".)
      // (Only an "or" names it: "you'll help us adopt tools like X and Y" gives examples of the work, as the duties' parts do.)
      // (Nor a duty done in a language, "You'll present to clients in Spanish and English": the language is asked.)
      // (s57: not the reader's share of the on-call, "You'll carry the pager one week in six": asked, ONCALL_YOU.)
      // (s58 tune: nor a skill of the daily work named in the duties, dailyUse: "You will write Ruby on Rails every day".)
      const usedDaily = dailyUse(u.text, findSkills, options);
      if (DUTY_YOU.test(unbulleted(u.text)) && !usedDaily && !ONCALL_YOU.test(unbulleted(u.text)) && !TIME_AWAY_YOU.test(unbulleted(u.text).trim()) && yearsIn(u.text) === null && !STRONG_ASKING.test(u.text) && !(OR_WORD.test(u.text) && namesChoice(u.text, findSkills, options)) && !(LANGUAGE_NAME.test(u.text) && languageLevelled(u.text))) continue;
      // (In examples of the work, "patterns like vcluster" is an example too: only an "or" names a choice, as in the duties.)
      if (EXAMPLE_WORK.test(unbulleted(u.text)) && yearsIn(u.text) === null && !STRONG_ASKING.test(u.text) && !(OR_WORD.test(u.text) && namesChoice(u.text, findSkills, options))) continue;
      // (A stack line with a choice word, "Tech stack is Ruby, though we're flexible if you know Python or Node.js", is read as any line.)
      if (STACK_LABEL.test(unbulleted(u.text)) && yearsIn(u.text) === null && !STRONG_ASKING.test(u.text) && !CHOICE_WORD.test(u.text)) continue;
      // Years of experience asked ("4+ yrs Python", read as the facts read them) ask as strongly as "required" does,
      // and so does a sentence that names a choice ("Ship features in Swift or Kotlin").
      // In the duties, examples of the work ("use cases such as compliance, error tracking …") are no choice asked: only an "or".
      // (s50: nor a choice the duty leaves to the work, see OPEN_CHOICE: "Automate it with Okta Workflows or code (Python,
      // Terraform)", "in Go or Python, whichever the problem calls for".)
      // (s58b tune: nor the reader's share of the on-call in the duties, "You'll carry the pager for a week every ...", ONCALL_YOU.)
      // (s60 tune: nor a sentence that asks it of the reader under one heading of the work, ASK_IN_DUTIES.)
      if (!fallback && s.kind === 'responsibilities' && !usedDaily && !ONCALL_YOU.test(unbulleted(u.text)) && !COMPETENCE_MATTERS.test(u.text) && !ASK_IN_DUTIES.test(unbulleted(u.text).trim()) && (!(OR_WORD.test(u.text) && namesChoice(u.text, findSkills, options)) || (OPEN_CHOICE.test(unbulleted(u.text)) && !STRONG_ASKING.test(u.text))) && yearsIn(u.text) === null) continue;
      // ("Security clearance: Public Trust – Tier 4" among a header's fields asks it, as "required" would.)
      // (A condition said in the negative under "Not for you if" asks what it names: "You've never used Linux".)
      // (s54 tune: nor an ask of the person sought said in the company's story under a heading of no kind, LinkedIn's "About the
      // job" over it: "... and the person we hire will need to be confident in SQL", ABOUT_ASKS, as in the company's part.)
      if (!fallback && s.kind === 'other' && !underLead && !underNotFit && !portraitAsks && !rolePortrait(u.text) && !COMPETENCE_MATTERS.test(u.text) && !CLEARANCE_FIELD.test(u.text) && !EXPECTED_OF_STAFF.test(u.text) && !ABOUT_ASKS.test(u.text) && ((!STRONG_ASKING.test(u.text) && yearsIn(u.text) === null && !namesChoice(u.text, findSkills, options)) || notAsking(u.text.replace(ASIDE, ''))) && !levelAsked(u.text)) continue;
      if (APPLYING.test(u.text) || HIRING_PROCESS.test(u.text)) continue;
      // (s53: a board's tags, "Top Skills: Go, Kubernetes" (sections.ts), ask nothing, with no heading of asks too.)
      if (/^top skills$/i.test(s.heading)) continue;
      if (duties && !options.unfiltered && DUTY_MOOD.test(unbulleted(u.text)) && !WANT_CUE.test(u.text) && !STRONG_ASKING.test(u.text) && !/\b(?:need|required|must|essential|mandatory)\b/i.test(u.text) && yearsIn(u.text) === null) continue;
      // (s44: a note, an agency refused, the interviews' timing, the list called a guide: no ask, whatever skill it names.)
      if (!options.unfiltered && listAside(unbulleted(u.text).trim())) continue;
      // A listing's field ("CTC: ₹28–40 LPA", "Notice period: 30 days") is the facts line's, no ask.
      if (LISTING_FIELD.test(u.text)) continue;
      // A link alone ("[1] https://…") asks nothing; nor does an invitation that tells the work ("If you want to
      // work on X, consider applying"): like the duties, it asks only a choice it names.
      if (LINK_ONLY.test(u.text) || NAMED_LINK.test(u.text) || (NAMED_LINK.test(u.text.replace(/,/g, ' ')) && skillGroups(u.text, findSkills, options).length === 0) || (INVITATION.test(u.text) && !namesChoice(u.text, findSkills, options))) continue;
      // A liking or a choice said not to matter asks nothing, in a part with no list of asks.
      // (s60 tune: not a choice said not to matter on a condition that asks one of it, "We don't care which of Python, Go or
      // Rust you have written the most of, as long as you have shipped a real service in one of them": a pick.)
      if ((fallback || s.kind === 'other') && (IF_YOU_LIKE.test(u.text) || (NO_MATTER.test(u.text) && !NO_MATTER_IF.test(u.text)))) continue;
      // (s40) A liking that only says the reader would fit in ("If you like board games you'll fit right in") asks nothing anywhere.
      if (IF_YOU_LIKE.test(u.text) && FIT_IN.test(u.text) && !WANT_CUE.test(u.text)) continue;
      // "If you've tuned Postgres at scale, you know how painful vacuum is": a condition, then what the reader will feel; nothing asked.
      if (/^(?:and\s+|so\s+)?if\s+you/i.test(u.text) && IF_YOU_KNOW.test(u.text)) continue;
      // A sentence naming alternatives ("Python, Rust or Go", "tools such as X or Y") speaks to the candidate even without an asking word.
      // (Years asked of someone sought are the candidate's whatever else the sentence tells: "we're growing our team and want someone with 3+ years".)
      // (Nor a language or a degree said to be required: "German at a conversational level is required, as our customers are in Graz";
      // nor a language said to be needed or wished by name, with the reason after it: "French is a bonus since our customers are in Quebec".)
      // (Nor a sentence that opens with the asks' own label inside a paragraph: "What we are looking for: solid Python …".)
      // (s54: nor what the candidate knows said to help, naming no skill, KNOWING_HELPS.)
      const knowingHelps = KNOWING_HELPS.test(unbulleted(u.text)) && skillGroups(u.text, findSkills, options).length === 0;
      // (s55 tune: an ask said of the hire in the third person, ABOUT_ASKS_S55, in a posting with no part of asks too.)
      const hireMust = ABOUT_ASKS_S55.test(unbulleted(u.text));
      if (fallback && !portraitAsks && !hireMust && !ASKS_LABEL.test(unbulleted(u.text)) && !knowingHelps && notAsking(u.text.replace(ASIDE, '')) && !/\bflexible\b/i.test(u.text) && !(SOUGHT.test(u.text) && yearsIn(u.text) !== null) && !(STRONG_ASKING.test(u.text) && levelAsked(u.text)) && !(LANGUAGE_NAME.test(u.text) && (LANGUAGE_REQUIRED.test(u.text) || languageClauseAsked(u.text)))) continue;
      // (s57 tune: nor the daily work in skills said to the reader, DAILY_WORK_YOU, nor the reader's share of the on-call, ONCALL_YOU.)
      const dailyWork = DAILY_WORK_YOU.test(unbulleted(u.text)) && skillGroups(u.text, findSkills, options).length > 0;
      // (s60 tune: nor time away at a place said to the reader, TIME_AWAY_YOU.)
      if (fallback && !underLead && !portraitAsks && !hireMust && !dailyWork && !usedDaily && !ONCALL_YOU.test(unbulleted(u.text)) && !TIME_AWAY_YOU.test(unbulleted(u.text).trim()) && !asking(u.text) && !knowingHelps && !PROSE_WISH.test(unbulleted(u.text)) && !PERSON_SOUGHT.test(unbulleted(u.text)) && !soughtWho(unbulleted(u.text)) && !CARE_MORE.test(u.text) && !ROLE_REQUIRES.test(unbulleted(u.text)) && !CARE_THAT.test(unbulleted(u.text)) && !APPLICANTS_WILL.test(unbulleted(u.text)) && yearsIn(u.text) === null && !askedByNature(u.text) && !(CHOICE_WORD.test(u.text) && (!DESCRIBES.test(u.text.replace(ASIDE, '')) || /\byou/i.test(u.text) || ownChoice(u.text)) && skillGroups(u.text, findSkills, options).some((g) => g.length > 1))) continue;
      if (fallback && s.kind === 'other' && u.start === 0 && u.text.includes('|')) continue;
      // (s46) "Norwegian is not required; English is our working language" in a list of asks: the working language is asked.
      if ((s.kind === 'requirements' || s.kind === 'preferred') && !options.unfiltered) {
        const spoken = workingLanguage(s, u);
        if (spoken) {
          out.push(spoken);
          continue;
        }
      }
      const item = withToldOption(itemOf(s, u, findSkills, options, before), full, u, findSkills, options);
      if (!item) continue;
      // A page's own notice ("You need to enable JavaScript to run this app") asks nothing, whatever it names.
      if (!options.unfiltered && /javascript/i.test(u.text) && NOSCRIPT.test(u.text)) continue;
      if (!options.unfiltered && item.kind === 'other' && item.groups.length === 0 && toldNotAsked(u.text)) continue;
      // (s58b tune: a skill of the daily work named in the duties is asked, whatever verb of the work goes with it, dailyUse.)
      if (!options.unfiltered && item.kind === 'skills' && !usedDaily && !asksForSkills(u.text, item.groups, underLead || portraitAsks || s.kind === 'requirements' || s.kind === 'preferred', (title) => findSkills(title).length > 0)) continue;
      if (!options.unfiltered && item.kind === 'other' && item.groups.length === 0 && !asksOfCandidate(u.text, underLead || portraitAsks || ((s.kind === 'requirements' || s.kind === 'preferred') && (lineAlone(s.text, u) || listedAt.has(u.start))), s.kind === 'requirements' || s.kind === 'preferred', underLead || portraitAsks || s.kind === 'requirements' || s.kind === 'preferred')) continue;
      // The list is what a section asks; prose below it ("Pay for this role includes a base and equity …") asks
      // only if it says so to the candidate, and never when it tells what the candidate gets.
      if ((s.kind === 'requirements' || s.kind === 'preferred') && item.kind === 'other' && item.groups.length === 0 && belowList(s.text, u.start) && !GRADE_QUALIFYING.test(u.text) && (OFFERED.test(u.text) || TAUGHT.test(u.text) || !(STRONG_ASKING.test(u.text) || YOU.test(u.text) || TRAVEL_ASKED.test(unbulleted(u.text))))) continue;
      // A line that leads into the list ("You'll thrive here if:") or that speaks of the company, not to the candidate
      // ("We know great engineers come from many paths."), asks nothing by itself: it names no skill, years or degree.
      if ((s.kind === 'requirements' || s.kind === 'preferred') && item.kind === 'other' && item.groups.length === 0 && ((/:\s*$/.test(u.text) && !GRADE_QUALIFYING.test(u.text) && !WEEKS_OF_EXPERIENCE.test(u.text)) || (WE_SAY.test(u.text) && !YOU.test(u.text) && !STRONG_ASKING.test(u.text) && !PERSON_SOUGHT.test(unbulleted(u.text)) && !soughtWho(unbulleted(u.text)) && !PREFERENCE_FOR.test(u.text)))) continue;
      // Nor does a line below the list that tells the stack ("We use GitHub Actions or CircleCI, depending on the repo").
      if ((s.kind === 'requirements' || s.kind === 'preferred') && belowList(s.text, u.start) && notAsking(u.text.replace(ASIDE, '')) && !YOU.test(u.text) && !STRONG_ASKING.test(u.text)) continue;
      out.push(...clausesApart(item, s.kind, findSkills, options).flatMap((c) => yearsApart(c, findSkills, options)).flatMap((i) => yearsScope(i, findSkills, options)).flatMap((i) => yearsLast(i, findSkills, options)).flatMap((i) => (isBullet(s.text, u.start) || ((s.kind === 'requirements' || s.kind === 'preferred') && lineAlone(s.text, u)) ? [i] : youAgainApart(i, s.kind, findSkills, options))).flatMap((i) => wishApart(i, findSkills, options)).flatMap((i) => asWouldApart(i, findSkills)).map((i) => withCount(i, findSkills)));
      // "Modern C++, US citizenship (required for …)", "US citizenship and an active clearance": the authorisation asked is an item of its own.
      if (item.kind !== 'authorization') {
        const auth = authorizationIn(s, u);
        if (auth) out.push(auth);
      }
      // "6+ years in backend roles; fluent Spanish is a must": a language asked in a clause of its own beside years or a
      // degree is an item of its own (the item's kind says the years).
      if (item.kind === 'years' || item.kind === 'degree') {
        const spoken = languageClause(s, u);
        if (spoken) out.push(spoken);
      }
    }
  }
  out.push(...cloudChoicesTold(posting, sections, out, findSkills, options));
  // "Clearance: Active TS/SCI with Full Scope Polygraph required" in the header, and again among the asks: one ask.
  const said = (i: RequirementItem) => i.text.toLowerCase().replace(/\b(?:clearance|required|active|current|must (?:have|hold)|an?)\b|[^a-z0-9/ ]/g, ' ').replace(/\s+/g, ' ').trim();
  for (let k = out.length - 1; k >= 0; k--) {
    const i = out[k]!;
    if (i.kind === 'clearance' && out.some((o, j) => j > k && o.kind === 'clearance' && said(o).includes(said(i)))) out.splice(k, 1);
  }
  // "We're unable to sponsor visas at this time. Candidates must be authorized to work in the US.": one ask told in two
  // sentences side by side, one row (the country the second names judges the first).
  for (let k = out.length - 1; k > 0; k--) {
    const a = out[k - 1]!;
    const b = out[k]!;
    if (a.kind !== 'authorization' || b.kind !== 'authorization' || b.start < a.end) continue;
    const part = posting.sections.find((x) => a.start >= x.offset && b.end <= x.offset + x.text.length);
    if (!part || !/^[ \t.;,]*$/.test(part.text.slice(a.end - part.offset, b.start - part.offset))) continue;
    const text = part.text.slice(a.start - part.offset, b.end - part.offset);
    out.splice(k - 1, 2, { ...a, text, importance: a.importance === 'required' || b.importance === 'required' ? 'required' : 'preferred', end: b.end });
  }
  // "No visa sponsorship" in the header line, "you must already be authorised to work in the UK" among the perks:
  // wherever the posting says it (as the facts read it), the right to work is asked of the candidate.
  if (!out.some((i) => i.kind === 'authorization')) {
    const auth = authorizationAnywhere(posting);
    if (auth) out.push(auth);
  }
  // "Acme | Embedded Engineer | Onsite | US citizens only, Secret clearance a plus": a clearance named in a header's field
  // is asked there (wished, if the field says so), as the right to work is.
  if (!out.some((i) => i.kind === 'clearance')) {
    const clearance = clearanceInHeader(posting);
    if (clearance) out.push(clearance);
  }
  // "The team works in German day to day, so you need to be fluent": a language asked in the part about the team or the
  // role is asked as it would be among the requirements.
  if (!out.some((i) => i.kind === 'language')) {
    const language = languageAnywhere(posting, sections) ?? languageHeading(posting);
    if (language) out.push(language);
  }
  // "About the role: this is a research position; a PhD in computational chemistry is required": a degree said to be
  // needed in a part not read for asks is asked, as the facts read it.
  if (!out.some((i) => i.kind === 'degree' || i.degree)) {
    const degree = degreeAnywhere(posting, sections) ?? degreeHeading(posting);
    if (degree) out.push(degree);
  }
  // "A bachelor's degree in CS" … "Relevant work experience may substitute for the degree.": experience stands in for the
  // degree asked, though said in a sentence of its own.
  if (out.some((i) => i.degree && !i.degree.equivalentExperience) && asked.some((s) => /degree|education|qualification|diploma|experience/i.test(s.text) && splitUnits(s.text).some((u) => EXPERIENCE_FOR_DEGREE.test(u.text))))
    return out.map((i) => (i.degree && !i.degree.equivalentExperience ? { ...i, degree: { ...i.degree, equivalentExperience: true } } : i));
  return out;
}

/**
 * (s47) A degree ask the reader of sections took for a heading ("BS in Computer Science required" over the lines after it):
 * an item of its own, as the facts read it. Not the header line, nor a part about the company or the perks.
 */
/**
 * (s49) A spoken language asked on a line the reader took for a heading, "Bilingual (English and French) is preferred" over the
 * lines after it: asked as a line is, as degreeHeading reads a degree. Not the header line, the perks or the part about
 * the company.
 */
function languageHeading(posting: Posting): RequirementItem | null {
  for (const s of posting.sections) {
    const h = s.heading.trim();
    if (!h || h.length > 120 || h.includes('|') || s.kind === 'about' || s.kind === 'benefits' || !LANGUAGE_NAME.test(h) || !LANGUAGE_RE.test(h) || weSay(h) || notAsking(h)) continue;
    const start = Math.max(0, s.offset - h.length - 1);
    return { text: h, importance: s.kind === 'preferred' || PREFERRED_WORDS.test(h) ? 'preferred' : 'required', kind: 'language', groups: [], years: null, degree: null, start, end: start + h.length };
  }
  return null;
}

function degreeHeading(posting: Posting): RequirementItem | null {
  for (const s of posting.sections) {
    const h = s.heading.trim();
    if (!h || h.length > 120 || h.includes('|') || s.kind === 'about' || s.kind === 'benefits' || !DEGREE_WORD.test(h)) continue;
    const degree = degreeIn(h, s.kind === 'preferred');
    if (!degree) continue;
    const start = Math.max(0, s.offset - h.length - 1);
    return { text: h, importance: degree.required ? 'required' : 'preferred', kind: 'degree', groups: [], years: null, degree, start, end: start + h.length };
  }
  return null;
}

/**
 * The first sentence of a part not read for asks (about the company or the role, the duties; not the perks) that asks
 * a degree of the candidate, as an item, or null: a degree said to be required, wished or asked of "you", not the
 * founders' or the team's ("Our founders both hold PhDs") nor a degree paid for. Not from the header line.
 */
function degreeAnywhere(posting: Posting, read: readonly PostingSection[]): RequirementItem | null {
  for (const [i, s] of posting.sections.entries()) {
    if ((read.includes(s) && (s.kind === 'requirements' || s.kind === 'preferred')) || !DEGREE_WORD.test(s.text)) continue;
    for (const u of splitUnits(s.text)) {
      if (i === 0 && u.start === 0 && u.text.includes('|')) continue;
      const t = unbulleted(u.text);
      // (Among the perks only a degree said to be required: "Compensation: $210k base. A BS in CS is required." ran on
      // under the pay's label; a degree the company pays toward is no ask, and degreeIn knows it.)
      if (!DEGREE_WORD.test(t) || !(s.kind === 'benefits' ? DEGREE_MUST : DEGREE_NEEDED).test(t) || weSay(t)) continue;
      const degree = degreeIn(t, PREFERRED_WORDS.test(t));
      if (!degree) continue;
      const lead = u.text.length - u.text.trimStart().length;
      const text = u.text.trim();
      return { text, importance: PREFERRED_WORDS.test(text) ? 'preferred' : 'required', kind: 'degree', groups: [], years: null, degree, start: s.offset + u.start + lead, end: s.offset + u.start + lead + text.length };
    }
  }
  return null;
}
/** A degree's words, as a cheap test before degreeIn. */
// (s57: and Denmark's academy profession degrees by their names, as text.ts's LEVELS reads them: "datamatiker", "IT-teknolog".)
const DEGREE_WORD = /degree|bachelor|master|ph\.?\s?d|doctor|diploma|\bLevel\s+[789]\s+(?:honours\s+|ordinary\s+)?qualification|\bbac\s?\+|\b(?:B\.?Sc?|M\.?Sc?|MBA)\b|datamatiker|erhvervsakademi|akademiuddannelse|IT-teknolog/i;
/** What says a degree is needed of the one who applies: "is required", "you have", "candidates with", "ideally". */
const DEGREE_NEEDED = /^\s*(?:education|qualifications?|degree)\s*:|\b(?:you|your|candidates?|applicants?|required|requires?|must|need(?:ed|s)?|essential|mandatory|expected|preferred|ideally|a (?:big |real )?plus|an? (?:asset|advantage|bonus))\b/i;

/**
 * (s46) The team's working language told in a list of asks ("English is our working language", "Our working language is
 * German", "we all work in English"), alone or after a clause that waives another ("Dutch is not required; English is our
 * working language"): it is asked of the reader, as the labels read it, though told as the company's own speech (which,
 * outside the asks, asks nothing: spokenOnly). The clause as a language item, or null where the line asks a language
 * anyway ("English is our working language, so you need to be fluent").
 */
const WORKING_LANGUAGE_RE = () => new RegExp(String.raw`\b(?:${LANGUAGES})\s+is\s+(?:our|the)\s+(?:(?:team|company|office)(?:'|\u2019)s\s+)?(?:(?:working|company|office|official|team|main|everyday|day-to-day|shared|common)\s+)?language\b|\b(?:our|the)\s+(?:[\w-]+\s+)?language\s+is\s+(?:${LANGUAGES})\b|\bwe\s+(?:all\s+)?(?:(?:work|speak|communicate)\s+in|speak)\s+(?:${LANGUAGES})\b|\b(?:${LANGUAGES})\s+is\s+what\s+(?:the\s+(?:team|company|office)|we|everyone|everybody)\s+(?:all\s+)?(?:works?|speaks?|talks?|communicates?|uses?|writes?)(?:\s+in)?\b`, 'i');
let workingLanguageRe: RegExp | undefined;
function workingLanguage(s: PostingSection, u: Piece): RequirementItem | null {
  // (s58 tune: "Dutch helps over coffee, but English is what the team works in": the working language said as what the team
  // works in.)
  if (!/language|\bwe\b|\bwhat\s+(?:the\s+(?:team|company|office)|everyone|everybody)\b/i.test(u.text) || !LANGUAGE_NAME.test(u.text) || LANGUAGE_RE.test(u.text)) return null;
  workingLanguageRe ??= WORKING_LANGUAGE_RE();
  let at = 0;
  for (const clause of u.text.split(/;\s*|,\s*|\s+but\s+/)) {
    const from = u.text.indexOf(clause, at);
    at = from + clause.length;
    if (!workingLanguageRe.test(clause) || NOT_NEEDED.test(clause)) continue;
    // (s58: a clause after a comma opens on its "but" or "and": "..., but English is what the team works in".)
    const lead = clause.length - clause.replace(/^\s*(?:(?:but|and|though|yet)\s+)?/i, '').length;
    const text = clause.slice(lead).trim().replace(/[.!]$/, '');
    const start = s.offset + u.start + from + lead;
    return { text, importance: s.kind === 'preferred' ? 'preferred' : 'required', kind: 'language', groups: [], years: null, degree: null, start, end: start + text.length };
  }
  return null;
}
/** "and" in the languages postings are written in, between two clauses. */
const AND_ANY = /\s+(?:and|och|og|und|en|et|y|e|ja|\u00e9s|ve|oraz|i|a)\s+/;
/**
 * A clause between semicolons that asks a spoken language with its level, in a line that says no to another
 * ("Lithuanian not required; English C1"): the line is kept for its ask.
 */
function languageClauseAsked(t: string): boolean {
  return t.split(/;\s*/).some((c) => LANGUAGE_NAME.test(c) && languageLevelled(c) && c.search(LANGUAGE_NOT_NEEDED) < 0);
}
/** The clause of a unit (between semicolons or sentence ends) that asks a spoken language, as an item, or null. */
function languageClause(s: PostingSection, u: Piece): RequirementItem | null {
  if (!LANGUAGE_NAME.test(u.text)) return null;
  // Clauses between sentence ends and semicolons; else the items of a list run into one line with dashes or dots between
  // ("Requirements: - 5+ years of backend work - Fluent Dutch - A calm head"); else its clauses between commas ("5+ years of
  // Go, good English": a language with its level in a clause of its own).
  // (s45: last, a language joined to the years by "and" in the posting's own language: "4 års erfarenhet av C# och talar
  // flytande svenska".)
  for (const apart of [/(?<=[;.!?])\s+/, /\s+[-\u2013\u2022\u00b7]\s+/, /,\s+/, AND_ANY]) {
    let at = 0;
    for (const part of u.text.split(apart)) {
      const from = u.text.indexOf(part, at);
      at = from + part.length;
      if (part.length === u.text.length || yearsIn(part) !== null || degreeIn(part, false) !== null || !LANGUAGE_RE.test(part) || !languageLevelled(part)) continue;
      const lead = part.length - part.trimStart().length;
      const text = part.trim();
      return { text, importance: s.kind === 'preferred' || PREFERRED_WORDS.test(text) ? 'preferred' : 'required', kind: 'language', groups: [], years: null, degree: null, start: s.offset + u.start + from + lead, end: s.offset + u.start + from + lead + text.length };
    }
  }
  return null;
}

/**
 * The first sentence of a part not read for asks (about the company or the role, the duties) that asks a spoken
 * language of the candidate, as an item, or null: a language with its level, said to the candidate or said to be
 * needed ("you'll need fluent Dutch", "Japanese at N2 is required"), not what the company speaks of itself ("We're a
 * bilingual team"). Not from the header line: its fields are the facts line's.
 */
function languageAnywhere(posting: Posting, read: readonly PostingSection[]): RequirementItem | null {
  for (const [i, s] of posting.sections.entries()) {
    // (A part read for asks but not as a list of them, the duties or the part about the role, is read here too.)
    if ((read.includes(s) && (s.kind === 'requirements' || s.kind === 'preferred')) || s.kind === 'benefits' || !LANGUAGE_NAME.test(s.text)) continue;
    for (const u of splitUnits(s.text)) {
      if (i === 0 && u.start === 0 && u.text.includes('|')) {
        // The header line's fields are the facts line's, but a field that names a language with its level asks it, as a
        // refusal of sponsorship there asks the right to work ("Acme | Backend Engineer | Madrid (Spanish B2+) | Hybrid").
        let at = 0;
        for (const field of u.text.split('|')) {
          const f = field.trim();
          if (LANGUAGE_NAME.test(f) && (languageLevelled(f) || LANGUAGE_REQUIRED.test(spokenOnly(f))) && !LANGUAGE_NOT_ASKED.test(f) && !weSay(f) && !notAsking(f)) {
            const start = s.offset + u.start + at + field.indexOf(f);
            return { text: f, importance: PREFERRED_WORDS.test(f) ? 'preferred' : 'required', kind: 'language', groups: [], years: null, degree: null, start, end: start + f.length };
          }
          at += field.length + 1;
        }
        continue;
      }
      const whole = unbulleted(u.text);
      // A language said to be needed asks as one with its level does, in the sentence or in its clause after a reason
      // ("Most of our customers are in Quebec, so French is a must for this role": the clause before it tells of the company).
      // (Not a language said not to be needed: "You won't need to speak Swedish".)
      const asks = (said: string, t = said.replace(LANGUAGE_NOT_NEEDED, ' ')) =>
        LANGUAGE_NAME.test(t) &&
        (languageLevelled(t) || (LEVEL_PREDICATE.test(t) && LANGUAGE_RE.test(t)) || LANGUAGE_REQUIRED.test(spokenOnly(t))) &&
        !weSay(t) &&
        !notAsking(t) &&
        /\b(?:you|your|candidates?|applicants?|someone|required|requirements?|must|need(?:ed|s)?|essential|mandatory|expected|encouraged|welcome|preferred|a (?:big |real )?(?:plus|must)|an? (?:asset|advantage|bonus))\b/i.test(t);
      // ("Swedish is the language of the warehouse floor, so you will need to be fluent": the clause after the reason
      // says the level of the language the one before names.)
      const clauses = whole.split(/,?\s+(?:so|which means|meaning|hence|therefore)\s+|;\s*/i);
      const levelOfIt = (c: string) => !LANGUAGE_NAME.test(c) && LEVEL_OF_IT.test(c) && LANGUAGE_NAME.test(clauses[0]!.replace(LANGUAGE_NOT_NEEDED, ' ')) && !weSay(c);
      // ("Support our teams in São Paulo, working with them in Portuguese": a duty done in a language asks it, among the
      // duties or said to the candidate; not a language the company tells it works in, nor English, the posting's own.)
      const dutyIn = (s.kind === 'responsibilities' || /\byou/i.test(whole)) && DUTY_IN_LANGUAGE.test(whole) && !weSay(whole) && (s.kind === 'responsibilities' || !notAsking(whole));
      if (!dutyIn && !asks(whole) && !clauses.slice(1).some((c) => asks(c) || levelOfIt(c))) continue;
      const lead = u.text.length - u.text.trimStart().length;
      const text = u.text.trim();
      return { text, importance: PREFERRED_WORDS.test(text) ? 'preferred' : 'required', kind: 'language', groups: [], years: null, degree: null, start: s.offset + u.start + lead, end: s.offset + u.start + lead + text.length };
    }
  }
  return null;
}

/** A level asked of the candidate with no language named: "you will need to be fluent", "you must be conversational in it". */
const LEVEL_OF_IT = /\byou(?:(?:'|’)ll|\s+will)?\s+(?:need|must|have|should)\s+(?:to\s+)?(?:be\s+)?(?:\w+\s+)?(?:fluent|proficient|conversational|comfortable)(?:\s+in\s+it)?\s*[.!]?\s*$/i;

/* ---------- tables flattened to text ---------- */

/** A table's header cell that names the skill asked, and one that names what is said of it. */
// ("Skill / Tool", "Tool or technology": two words of the kind, either way round.)
const WHAT_WORD = String.raw`(?:skills?|technolog(?:y|ies)|tech|tools?|requirements?|areas?|competenc(?:y|ies)|qualifications?|stack|languages?|knowledge|platforms?|frameworks?)`;
const WHAT_CELL = new RegExp(String.raw`^${WHAT_WORD}(?:\s*(?:\/|&|or|and)\s*${WHAT_WORD})?$`, 'i');
// ("Must/Nice", "Required / Preferred", "Mandatory or optional": a column that says which the row is.)
const OF_WHAT_CELL = /^(?:level|proficiency|experience|(?:(?:min(?:imum)?\.?|required)\s+)?(?:years?|yrs\.?)(?: of (?:experience|exp\.?))?|(?:min(?:imum)?\.?\s+)?experience(?: \((?:years|yrs\.?)\))?|importance|priority|required\??|must(?:[- ]have)?\??|notes?|details?|(?:must|required|mandatory)(?:[- ]have)?\s*(?:\/|or)\s*(?:nice|preferred|optional|plus|good)(?:[- ]to[- ]have)?)$/i;
/** A level that is a wish ("Nice to have", "Optional", "Plus"), or no ask at all ("Not required", "N/A"). */
const WISHED_CELL = /^(?:nice(?:[- ]to[- ]have)?|optional|(?:a\s+)?plus|bonus|preferred|desir(?:ed|able)|good[- ]to[- ]have)$/i;
const UNASKED_CELL = /^(?:not (?:required|needed|necessary)|n\/?a|none|no)$/i;

interface Table {
  /** The part's text with the table's lines blanked (same length). */
  rest: string;
  items: (findSkills: FindSkills, options: ItemOptions) => RequirementItem[];
}

/**
 * A table a board flattened to text, a row a line and its cells split by " | ": a header of importance ("Must have |
 * Good to have", "Required | Preferred"), each column's cells asked as its header says; or a header of attributes
 * ("Skill | Level | Experience"), each row one ask of its first cell, with the years its row gives and the level's wish
 * ("Nice to have") or no ask at all ("Not required"). The header and two rows at least, each of the header's width.
 */
function tableIn(s: PostingSection): Table | null {
  const piped = s.text.includes('|');
  // (s52: a line read in English keeps its length, each stand-in padded with spaces ("Du har minst tre \u00e5rs erfarenhet" read
  // "Du har min     3 yrs experience"): only a gap the posting itself set apart is a column's; the padding is read as a
  // space within a cell (a no-break space here, where the columns are found; each cell's text is the line's own).)
  const written = writtenTextOf(s);
  const gapped = written === undefined ? s.text : s.text.replace(/ /g, (c: string, i: number) => (written[i] === ' ' || written[i] === '\t' ? c : '\u00a0'));
  // ("Must have            Nice to have" over rows whose cells line up under it: a table set in columns of spaces or tabs.)
  if (!piped && !/\S(?:\t| {3,})\S/.test(gapped)) return null;
  const lines: Array<{ text: string; start: number; gaps: string }> = [];
  let at = 0;
  for (const line of s.text.split('\n')) {
    lines.push({ text: line, start: at, gaps: gapped.slice(at, at + line.length) });
    at += line.length + 1;
  }
  type Cell = { text: string; start: number; end: number };
  const cellOf = (line: { text: string; start: number }, from: number, piece: string): Cell => {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim().replace(/^[•·*-]\s*/, '');
    const start = line.start + from + lead + (piece.trim().length - text.length);
    return { text, start, end: start + text.length };
  };
  const cellsOf = (line: { text: string; start: number }) => {
    const out: Cell[] = [];
    let from = 0;
    const pieces = line.text.split('|');
    // (s44: a markdown table's row, "| Data | PostgreSQL | Kafka |": the pipes at its two ends close no cell.)
    const framed = /^\s*\|/.test(line.text) && /\|\s*$/.test(line.text) && pieces.length >= 3;
    pieces.forEach((piece, i) => {
      if (!framed || (i > 0 && i < pieces.length - 1)) out.push(cellOf(line, from, piece));
      from += piece.length + 1;
    });
    return out;
  };
  /** A line's runs of text set apart by a tab or three spaces or more, each with where it starts in the line. */
  const runsOf = (line: { text: string; start: number; gaps: string }) => {
    const out: Array<{ at: number; cell: Cell }> = [];
    let from = 0;
    for (const gap of line.gaps.split(/(\t+| {3,})/)) {
      const piece = line.text.slice(from, from + gap.length);
      if (piece.trim() && !/^(?:\t+| {3,})$/.test(gap)) out.push({ at: from + piece.length - piece.trimStart().length, cell: cellOf(line, from, piece) });
      from += gap.length;
    }
    return out;
  };
  const h = lines.findIndex((l) => (piped ? /\S\s*\|\s*\S/.test(l.text) : runsOf(l).length >= 2));
  if (h < 0) return null;
  const headRuns = piped ? [] : runsOf(lines[h]!);
  const header = piped ? cellsOf(lines[h]!) : headRuns.map((r) => r.cell);
  const width = header.length;
  /** A row of columns set in spaces: each run under the header cell it starts nearest after (an empty cell where a column has none). */
  const spacedRow = (line: { text: string; start: number; gaps: string }): Cell[] | null => {
    const runs = runsOf(line);
    if (runs.length === 0 || runs.length > width) return null;
    const row: Cell[] = header.map(() => ({ text: '', start: line.start, end: line.start }));
    for (const r of runs) {
      const c = line.text.includes('\t') && runs.length === width ? runs.indexOf(r) : headRuns.reduce((best, hr, i) => (hr.at <= r.at + 2 ? i : best), 0);
      if (row[c]!.text) return null;
      row[c] = r.cell;
    }
    return row;
  };
  const rows: Cell[][] = [];
  let k = h + 1;
  for (; k < lines.length; k++) {
    if (!lines[k]!.text.trim()) break;
    // (s44: markdown's rule under the header, "|---|:---:|", is no row.)
    if (piped && MD_RULE.test(lines[k]!.text)) continue;
    const cells = piped ? cellsOf(lines[k]!) : spacedRow(lines[k]!);
    if (!cells || cells.length !== width) break;
    rows.push(cells);
  }
  if (rows.length < 2) return null;
  const kinds = header.map((c) => classifyHeading(c.text) ?? (MUST_CELL.test(c.text) ? 'requirements' : BONUS_CELL.test(c.text) ? 'preferred' : null));
  const asked = (c: ReturnType<typeof classifyHeading>) => c === 'requirements' || c === 'preferred';
  // ("Area | Required | Nice" over "Languages | Go or Java | Rust": a first column of row labels, then columns of
  // importance; the label asks nothing, each cell is asked as its column says.)
  const labelColumn = width >= 3 && !asked(kinds[0]!) && kinds.slice(1).every(asked) && kinds.includes('requirements');
  const byColumn = (kinds.every(asked) && kinds.includes('requirements')) || labelColumn;
  const byRow = !byColumn && WHAT_CELL.test(header[0]!.text) && header.slice(1).every((c) => OF_WHAT_CELL.test(c.text));
  if (!byColumn && !byRow) return null;
  const end = lines[k - 1]!.start + lines[k - 1]!.text.length;
  const begin = lines[h]!.start;
  const rest = s.text.slice(0, begin) + s.text.slice(begin, end).replace(/[^\n]/g, ' ') + s.text.slice(end);
  return {
    rest,
    items: (findSkills, options) => {
      const out: RequirementItem[] = [];
      for (const row of rows) {
        if (byColumn) {
          row.forEach((cell, c) => {
            if ((labelColumn && c === 0) || cell.text.length < 2 || /^[-–—]+$/.test(cell.text)) return;
            const item = itemOf({ ...s, kind: kinds[c]! }, { text: cell.text, start: cell.start, end: cell.end }, findSkills, options);
            // (A cell that names no skill still asks where it reads as an ask: "Knowledge of inland shipping".)
            if (item && (item.kind !== 'other' || item.groups.length > 0 || asksOfCandidate(cell.text, true, true))) out.push(item);
          });
          continue;
        }
        const what = row[0]!;
        const said = row.slice(1).map((c) => c.text);
        if (what.text.length < 2 || said.some((t) => UNASKED_CELL.test(t))) continue;
        const wished = said.some((t) => WISHED_CELL.test(t));
        const item = itemOf({ ...s, kind: wished ? 'preferred' : s.kind }, { text: what.text, start: what.start, end: what.end }, findSkills, options);
        if (!item) continue;
        // (A count alone under a head of years, "5", "3 yrs", "2+" under "Min. Years", is that many years; yearsIn reads "5 years"
        // alone as no ask.)
        const count = (t: string, i: number) => (/\b(?:years?|yrs)\b/i.test(header[i + 1]!.text) && /^\d{1,2}\s*\+?\s*(?:years?|yrs?\.?)?$/i.test(t) ? { min: Number(/\d+/.exec(t)![0]), max: null } : null);
        const years = said.map((t, i) => count(t, i) ?? yearsIn(/\b(?:years?|yrs?)\b/i.test(t) ? t : /^\d{1,2}\s*\+?$/.test(t) ? `${t} years` : '')).find((y) => y !== null) ?? null;
        const last = row[row.length - 1]!;
        // (A bracket in the row's first cell that wishes, "SQL (Snowflake preferred)", wishes for its own skills, as on a line of a list.)
        const [main, ...wishes] = wishApart(item, findSkills, options);
        out.push({ ...main!, text: s.text.slice(what.start, last.end), kind: years && main!.kind === 'skills' ? 'years' : main!.kind, years: years ?? main!.years, end: s.offset + last.end }, ...wishes);
      }
      return out;
    },
  };
}

/** (s46) Right after a slash run of fields: the noun "skills" (or "skill set"), what the hire can do. */
const SKILLS_AFTER = /^\s+(?:skills?|skill\s?sets?)\b/i;

/** (s44) Markdown's rule under a table's header: "|---|---|", "| :--- | ---: |". */
const MD_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

/** A table's column heads that say how much its cells are asked, where the section headings' words do not: "Must", "Bonus". */
const MUST_CELL = /^(?:must|must[- ]haves?|mandatory|essential|needed|required skills?)$/i;
const BONUS_CELL = /^(?:bonus|plus|optional|a plus|nice|good to have|desirable|extra)$/i;

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, '2': 2, '3': 3, '4': 4, several: 2, multiple: 2, 'a couple': 2 };
/**
 * "at least two of", "two or more of", "two of the following", "2+ of", "three or more languages (…)", "at least two
 * languages such as …": how many of the list after it are needed. (Not "one of": one is what a group means; not "at least 2
 * on data-intensive systems" after years asked: a count the next word ties to the work, not to things, counts years.)
 */
const COUNT_CUE =
  /\b(?:(?:at\s+least|a\s+minimum\s+of|minimum\s+of|min\.?)\s+(two|three|four|[234]|a\s+couple)|(two|three|four|[234]|several|multiple)\s*(?:\+|\(?\s*or\s+more\s*\)?)?|(a\s+couple))(?!\s+(?:on|in|at|with|as|doing|building|running|writing|working|spent)\b)\s+(?:of\b(?!\s+(?:our|its|their|the team|us|them|which|these years)\b)|(?:[\w+#-]+\s+){0,2}?(?:languages|frameworks|libraries|tools|databases|clouds|cloud providers|platforms|stacks|technologies|ecosystems|runtimes|systems)\b(?:\s+(?:from|among|of)\b)?)(?!\s+(?:years?|yrs)\b)/i;

/**
 * The item with `atLeast` set when it asks more than one of a group: the group whose skills all come after the cue, and
 * holds more than the count. (A count that is the group's whole size asks all of them: left as a choice read.)
 */
function withCount(item: RequirementItem, findSkills: FindSkills): RequirementItem {
  const { atLeast: _drop, ...rest } = item;
  if (!/\b(?:two|three|four|[234]|several|multiple|couple)\b/i.test(item.text)) return item.atLeast ? rest : item;
  const m = COUNT_CUE.exec(item.text);
  if (!m) return item.atLeast ? rest : item;
  const n = COUNT_WORDS[(m[1] ?? m[2] ?? m[3])!.toLowerCase().replace(/\s+/g, ' ')]!;
  const after = m.index + m[0].length - 1;
  const hits = findSkills(item.text);
  const at = item.groups.findIndex((g) => g.length > n && g.filter((id) => !id.startsWith('term:')).every((id) => hits.some((h) => h.skillId === id && h.start >= m.index)) && hits.some((h) => g.includes(h.skillId) && h.start >= after));
  if (at < 0) return item.atLeast ? rest : item;
  return { ...rest, atLeast: item.groups.map((_, k) => (k === at ? n : 1)) };
}

/**
 * The first clause of any part of the posting that asks the right to work, as an item, or null: a refusal to sponsor,
 * or a status held said to be needed ("US work authorization required" as a line of its own between the roles and how
 * to apply, "applicants must be authorized to work in Canada" in the part about the company). A header line's field
 * asks it too ("Acme | Remote (US) | No visa sponsorship", "| US citizenship required |"): a refusal or a status
 * demanded there binds the candidate as the same words in the body do; the item is the field alone.
 */
function authorizationAnywhere(posting: Posting): RequirementItem | null {
  for (const [i, s] of posting.sections.entries()) {
    if (!AUTH_RE.test(s.text) && !US_VISA_KIND.test(s.text) && !PERMIT_NAMED.test(s.text) && !CJK_VISA.test(s.text)) continue;
    for (const u of splitUnits(s.text)) {
      for (const field of i === 0 && u.start === 0 && u.text.includes('|') ? headerFields(u) : [u]) {
        if (!saysNoSponsorship(field.text) && !statusAsked(field.text)) continue;
        const item = authorizationIn(s, field);
        if (item) return item;
      }
    }
  }
  return null;
}

const CLEARANCE_LEVEL = /\b(?:secret|TS|SCI|public trust|SC|DV|NV\s?[12]|baseline|NPPV\s?[1-3]|Q|poly(?:graph)?)\b/i;
/** The clause of a header line's field that names a clearance asked ("Secret clearance a plus"), as an item, or null. */
function clearanceInHeader(posting: Posting): RequirementItem | null {
  const s = posting.sections[0];
  const first = s ? splitUnits(s.text)[0] : undefined;
  if (!s || !first || first.start !== 0 || !first.text.includes('|') || !CLEARANCE_RE.test(first.text)) return null;
  for (const field of headerFields(first)) {
    for (const part of field.text.split(/,\s*/)) {
      const text = part.trim();
      // (A clearance by its level: "Security: willing to undergo clearance" says what the hire will go through.)
      if (!CLEARANCE_RE.test(text) || CLEARANCE_NOT_NEEDED.test(text) || !CLEARANCE_LEVEL.test(text)) continue;
      const start = s.offset + field.start + field.text.indexOf(text);
      return { text, importance: PREFERRED_WORDS.test(text) ? 'preferred' : 'required', kind: 'clearance', groups: [], years: null, degree: null, start, end: start + text.length };
    }
  }
  return null;
}

/** A header line's fields ("Acme | Staff SRE | Remote (US) | No visa"), each as a unit of its own. */
function headerFields(u: Unit): Unit[] {
  const fields: Unit[] = [];
  let from = 0;
  for (const part of u.text.split('|')) {
    fields.push({ text: part, start: u.start + from, end: u.start + from + part.length });
    from += part.length + 1;
  }
  return fields;
}

/* ---------- clouds named with a slash in a line that only tells ---------- */

const SLASH_PAIR = /\w\s*\/\s*\w/;
const LINKS = /\S*(?::\/\/|www\.)\S*/g;
/** Two names with a slash and nothing else between them: "GCP/AWS", "AWS / Azure". */
const SLASH_GAP = /^\s*\/\s*$/;
/** What the company's customers or partners use, or what the product connects to: not the candidate's pick. */
const THEIR_TOOLS = /\b(?:integrat\w*|connectors?|plugins?|customers?|clients?|partners?|merchants?|users)\b/i;

/**
 * Things that stand in for one another, one a drop-in for the other (a fork, a compatible runtime or engine): "Node.js/Bun",
 * "Elasticsearch/OpenSearch", "Terraform/OpenTofu". Told with a slash, like clouds, the team runs either.
 */
const SUBSTITUTES: ReadonlyArray<ReadonlySet<string>> = [
  ['nodejs', 'bun', 'deno'],
  ['elasticsearch', 'opensearch'],
  ['terraform', 'opentofu'],
  ['mysql', 'mariadb'],
  ['kafka', 'redpanda', 'warpstream', 'msk'],
  ['docker', 'podman'],
  ['redis', 'keydb'],
  // (A Kubernetes distribution is Kubernetes: "Kubernetes / OpenShift administration" asks either.)
  ['kubernetes', 'openshift', 'rancher', 'k3s'],
  ['jest', 'vitest'],
  // (s58: task queues of one language or another stand in for one another: "Celery/Dramatiq", "Sidekiq/Resque"; the
  // taxonomy files Dramatiq, RQ, BullMQ and the like under one skill of task queues.)
  ['celery', 'celery-alts', 'sidekiq', 'resque'],
].map((xs) => new Set(xs));
/** Two skills or more of one SUBSTITUTES set. */
function substitutes(ids: readonly string[]): boolean {
  return ids.length > 1 && SUBSTITUTES.some((set) => ids.every((id) => set.has(id)));
}

/** (s57) A line's label of a word to three and a colon or a dash: "Stack:", "Tech stack:", "Queues:", "Our tooling \u2014". */
const LINE_LABEL = /^\s*(?:(?:our|the)\s+)?[A-Za-z][\w+#.&-]*(?:\s+[A-Za-z][\w+#.&-]*){0,2}\s*(?::|\s[\u2014\u2013-])\s/i;
/** (s57) A stack told with the team's preference or an open choice: "we prefer React/Vue", "your recommendation", "flexible". */
const STACK_PREFERS = /\b(?:we\s+prefer|preferably|ideally|your\s+(?:recommendation|choice|call)|flexible|open\s+to)\b/i;
/** (s57) A field of a header or a line that names the stack: "| Stack: ", "Tech - ", "STACK: ". */
const STACK_FIELD = /(?:^|\|)\s*(?:(?:tech(?:nical)?|technology|our)\s+)?(?:stack|tech|technologies|tools|tooling)\s*(?::|\s[\u2014\u2013-])\s/i;

/**
 * "Stack: TypeScript, Go, GCP/AWS", "Cloud infrastructure (AWS/GCP/Azure)": cloud providers named with a slash in a line
 * that tells the stack or the work (or things that stand in for one another: "Node.js/Bun", "Terraform/OpenTofu"). A team
 * runs on one of them, so whichever the candidate knows will do: a preferred
 * item of its own, where no item was read from that line. (Other slash pairs in a stack, "Python/TypeScript",
 * "MySQL/PostgreSQL", may be used together: they are left as told.)
 */
function cloudChoicesTold(posting: Posting, sections: PostingSection[], items: RequirementItem[], findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  const out: RequirementItem[] = [];
  const cloud = (id: string) => options.skillInfo?.(id)?.category === 'cloud';
  for (const s of sections) {
    if (s.kind === 'about' || s.kind === 'benefits' || !s.text.includes('/')) continue;
    for (const u of splitUnits(s.text)) {
      // (A slash between two words, not one in a link: only then are the line's skills looked up.)
      if (!SLASH_PAIR.test(u.text.replace(LINKS, ''))) continue;
      const start = s.offset + u.start;
      const end = s.offset + u.end;
      if (items.some((i) => i.start < end && i.end > start)) continue;
      // (s57) A line that labels what it lists ("Stack: Elixir/Erlang, Postgres", "Queues: SQS/RabbitMQ", "Our tooling —
      // Buildkite/GitHub Actions"), or a header's stack field ("Acme | Backend | Stack: Go/Rust, PostGIS"): where the label ends.
      const header = s === posting.sections[0] && u.start === 0 && u.text.includes('|');
      const asksPart = s.kind === 'requirements' || s.kind === 'preferred';
      const labelEnd = (header ? STACK_FIELD.exec(u.text) : LINE_LABEL.exec(unbulleted(u.text)) ?? STACK_FIELD.exec(u.text)) ?? null;
      const labelTo = labelEnd ? labelEnd.index + labelEnd[0].length + (header || !LINE_LABEL.test(unbulleted(u.text)) ? 0 : u.text.indexOf(unbulleted(u.text))) : -1;
      // Not the header line ("Acme | Backend (AWS/GCP) | Remote"): its fields name the roles.
      if (header && labelTo < 0) continue;
      if (APPLYING.test(u.text) || THEIR_TOOLS.test(u.text)) continue;
      const hits = dedupe([...findSkills(u.text)].sort((a, b) => a.start - b.start || b.end - a.end));
      let run: SkillSpan[] = [];
      const flush = (): void => {
        const ids = [...new Set(run.map((h) => h.skillId))];
        const before = run.length ? u.text.slice(Math.max(0, run[0]!.start - 60), run[0]!.start) : '';
        // (s57) In a labelled line, a slash run of two or three things of one kind that the slash offers as a pick
        // ("Elixir/Erlang", "Kotlin/Java", "Snowflake/Databricks"), not a stack's pair ("Ruby/Rails", "Swift/SwiftUI"), is one too.
        // (In a part of asks, or where the line says the team prefers one or leaves it open: "we prefer React/Vue". In the
        // company's own story a labelled stack's slash pairs are told, each used: "Stack: Python/Node/Rust, Kafka".)
        const labelledPick = labelTo >= 0 && (asksPart || STACK_PREFERS.test(u.text)) && run.length > 0 && run[0]!.start >= labelTo && ids.length > 1 && ids.length <= 3 && slashMeansOr(ids, options) && !slashStack(ids, options);
        if (ids.length > 1 && (ids.every(cloud) || substitutes(ids) || labelledPick) && !NEGATED.test(before) && !SPANS_ALL.test(before) && !ALL_OF.test(before)) {
          out.push({ text: u.text, importance: 'preferred', kind: 'skills', groups: [ids], years: null, degree: null, start, end });
        }
        run = [];
      };
      for (const h of hits) {
        const prev = run[run.length - 1];
        if (prev && SLASH_GAP.test(u.text.slice(prev.end, h.start))) run.push(h);
        else {
          flush();
          run = [h];
        }
      }
      flush();
    }
  }
  return out;
}

/** The candidate sought, named: "you", "seeking a …", "hiring an engineer", "we want someone". */
const SOUGHT = /\b(?:you|your|seeking|looking for|hiring|candidates?|someone|we want|we need)\b/i;
const LINK_ONLY = /^(?:\[\d+\]\s*)?(?:https?:\/\/|www\.)\S+$/i;
/** A short name and its link ("Senior Engineer (Data) - https://…", "Apply: https://…"): a list of openings or links, nothing asked. */
const NAMED_LINK = /^[\s•*-]*[^.!?:,\n]{1,90}?\s*(?:[-–—|:]|\bat\b)\s*(?:<)?(?:https?:\/\/|www\.)\S+>?\s*$/i;
const INVITATION = /^(?:so,?\s+)?if you(?:(?:'|’)d like| would like| want| wish)? to (?:work on|build|help|join|solve|tackle)\b[^.!?]*\b(?:consider applying|apply|reach out|get in touch|(?:e-?mail|write to|message|ping|contact) (?:us|me)|let(?:'|’)s talk|we(?:'|’)d love to hear)\b/i;

/** A bracket that tells something about the team, not the ask: "(we have F# in production now)", "(our main service)". */
/** An aside that says something else will do too: "…, Datadog is fine too)", "… folks welcome)", "… counts too)", "… people apply!)". */
const ASIDE_OFFERS = /\b(?:(?:is|are)\s+(?:also\s+|very\s+|more than\s+)?(?:fine|ok|okay|welcome|acceptable)|welcome|counts?\s+too|just as (?:good|well)|also fine|(?:folks|people|engineers|devs)\s+(?:\w+\s+)?apply)\b/i;
const ASIDE = /\(\s*(?:we|we(?:'|’)(?:re|ve|d)|our|what (?:we|our)|currently|which|that(?:'|’)s|it(?:'|’)s|this is|as we|mostly)\b[^()]*\)/gi;

/**
 * The hits without those inside an aside that comes right after a skill and before more of a list: ".NET (we have F# in
 * production now), or Rails" offers .NET or Rails; F# is told.
 */
function withoutAsides(text: string, hits: SkillSpan[]): SkillSpan[] {
  if (!text.includes('(')) return hits;
  const drop: Array<[number, number]> = [];
  for (const m of text.matchAll(ASIDE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = hits.some((h) => h.end <= start && /^\s*$/.test(text.slice(h.end, start)));
    const after = /^\s*,?\s*(?:or|and\/or|,)\s/i.test(text.slice(end)) && hits.some((h) => h.start >= end && h.start - end < 40);
    // (Or an aside in which the company tells its own use, whatever follows: "Nomad (we run it on bare metal) will help".)
    // (Not one that offers another skill beside the one it tells: "(we run Prometheus, Datadog experience counts too)".)
    if (before && (after || /^\(\s*(?:we|we(?:'|’)(?:re|ve)|our)\s/i.test(m[0])) && !ASIDE_OFFERS.test(m[0])) drop.push([start, end]);
  }
  return drop.length ? hits.filter((h) => !drop.some(([a, b]) => h.start >= a && h.end <= b)) : hits;
}

/**
 * (s60 lead) "Integration with M-Pesa (Daraja API) or other mobile-money rails", "Stripe (Connect API)": the API a product
 * names in brackets after it is that product's own, how it is reached, not a second ask of API work.
 */
const PRODUCT_API = /\(\s*(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+(?:REST\s+)?APIs?\s*\)/g;
function withoutProductApi(text: string, hits: SkillSpan[]): SkillSpan[] {
  if (!text.includes('API')) return hits;
  const spans = [...text.matchAll(PRODUCT_API)].map((m) => [m.index, m.index + m[0].length] as const);
  return spans.length ? hits.filter((h) => !(h.skillId === 'apis' && spans.some(([a, b]) => h.start >= a && h.end <= b))) : hits;
}

/**
 * Between a named technology and what it is used for: "Go for internal tooling", "Rust for our command-line tools", and
 * (s57) one plain word before the thing made, "TypeScript for page scripting". (s58: "for" and its determiners in any case,
 * "Go FOR internal tooling", "Python For our automation scripts", as before s57, whose lower-case-only word, so that a name
 * "for Acme scripting" is no purpose, had taken the case-blind flag from the whole pattern; the word stays lower case.)
 */
const FOR_PURPOSE_HEAD = /^\s+for\s+(?:(?:our|the|your|its|their|internal|in-house|building|writing|some|small|quick)\s+){0,2}/i;
const FOR_PURPOSE = { test: (gap: string): boolean => {
  const m = FOR_PURPOSE_HEAD.exec(gap);
  return m !== null && /^(?:[a-z][a-z-]{2,}\s+)?$/.test(gap.slice(m[0].length));
} };
/** (s57) Between two things made with the same technology: "for source control and release pipelines". */
const PURPOSE_JOIN = /^\s*(?:,|and|&|,\s*and)\s+(?:(?:our|the|its|their)\s+)?$/i;
/** What is made with a technology, named as a practice: tooling, command-line tools, scripts, automation, front or back end. */
const MADE_THING = /^(?:(?:internal\s+|dev(?:eloper)?\s+)?tool(?:ing|s)|CLIs?|command[- ]line\s+(?:tools|apps|interfaces)|(?:automation\s+|shell\s+)?scripts?|scripting|(?:(?:infrastructure|infra|test|deployment|release|build)\s+)?automation|glue(?:\s+code)?|prototyp\w*|front[- ]?end(?:\s+development)?|back[- ]?end(?:\s+development|\s+services|\s+APIs)?|APIs?|web\s+(?:apps|development)|services|source\s+control|version\s+control|(?:release|build|deployment)\s+pipelines?)$/i;

/**
 * The hits without the purpose a named technology is asked for ("Go for internal tooling"): what is made with it is how it
 * is used, not a second ask. Only a practice named as the thing made (tooling, command-line tools, scripts, the back end).
 */
function withoutPurpose(text: string, hits: SkillSpan[], options: ItemOptions): SkillSpan[] {
  if (!/\sfor\s/i.test(text)) return hits;
  const info = options.skillInfo;
  if (!info) return hits;
  // (s57) A purpose dropped, the next thing made joined to it by "and" or a comma is a purpose too ("Azure DevOps for source
  // control and release pipelines").
  const purpose = new Set<number>();
  hits.forEach((h, k) => {
    const p = hits[k - 1];
    if (!p || info(h.skillId)?.category !== 'practice' || !MADE_THING.test(text.slice(h.start, h.end))) return;
    const gap = text.slice(p.end, h.start);
    if (purpose.has(k - 1) ? PURPOSE_JOIN.test(gap) : FOR_PURPOSE.test(gap) && !/^(?:practice|soft)$/.test(info(p.skillId)?.category ?? 'practice')) purpose.add(k);
  });
  return purpose.size ? hits.filter((_, k) => !purpose.has(k)) : hits;
}

/**
 * (s50) "Scripting using PowerShell or Python", "Scripting em Python ou Bash", "Scripting via Go or Bash": the practice of
 * writing code, then the languages it is done in after a word of means, names no ask beside them; the languages are the
 * ask (as the taxonomy reads "Scripting in Python or Bash", where the matcher finds no scripting). Only the practice of
 * writing code itself (scripting, coding, programming), and only before languages: "Test automation using Go or Bash"
 * asks test automation as well.
 */
const CODE_PRACTICE = /^(?:scripting|scripts|coding|programming)$/i;
const MEANS_GAP = /^\s+(?:(?:skills?|experience|knowledge)\s+)?(?:using|via|through|em|en|con|com|mit|avec|in|with)\s+(?:(?:either|one\s+of)\s+)?$/i;
function withoutCodePractice(text: string, hits: SkillSpan[], options: ItemOptions): SkillSpan[] {
  const info = options.skillInfo;
  if (!info || hits.length < 2) return hits;
  return hits.filter((h, k) => {
    const next = hits[k + 1];
    if (!next || info(h.skillId)?.category !== 'practice' || !CODE_PRACTICE.test(text.slice(h.start, h.end))) return true;
    return !(MEANS_GAP.test(text.slice(h.end, next.start)) && info(next.skillId)?.category === 'language');
  });
}

/**
 * "Twilio or another messaging API", "SendGrid or other email APIs": after "or another" and a word or two of the kind's,
 * a field the named thing is not filed under (the taxonomy's implications) is the kind's head noun, broader than the kind
 * ("API" for "messaging API"): no option, and no ask of its own. (One the thing is filed under is an option:
 * "Ceph or another distributed file system".)
 */
const OTHER_KIND_GAP = /^\s*,?\s*(?:or|and\/or)\s+(?:another|any other|some other|other|a similar|similar|a comparable|comparable|an equivalent|equivalent)\s+(?:[a-z][\w-]*\s+){1,2}$/i;
/**
 * The hits without the generic noun a named thing is written with, that names what it is: "PCI DSS compliance", "HIPAA
 * compliance" (the standard implies the field: one ask, not two); and without the kind's head noun after "or another …"
 * (OTHER_KIND_GAP).
 */
function withoutKindNouns(text: string, hits: SkillSpan[], options: ItemOptions): SkillSpan[] {
  const info = options.skillInfo;
  if (!info || hits.length < 2) return hits;
  return hits.filter((h, k) => {
    const p = hits[k - 1];
    if (!p) return true;
    const kind = info(h.skillId);
    if (!kind || kind.category === 'soft') return true;
    // "MVVM or MVI architecture", "a serverless architecture": the bare word right after a named thing is its head noun, not
    // a second ask (system design).
    if (/^architectures?$/.test(text.slice(h.start, h.end)) && /^[ \t]+$/.test(text.slice(p.end, h.start)) && /^[A-Z]/.test(text.slice(p.start, p.end))) return false;
    // (s51) "Stripe or another payments API", "Postgres or another SQL database": the kind after "or another" named by a skill
    // (its modifier, an option: any of that kind will do), then a generic head noun right after it ("API", "database"): the
    // head is broader than the kind, no option, though the named thing is filed under it (Stripe under APIs).
    const pp = hits[k - 2];
    const named2 = pp && info(pp.skillId);
    if (
      pp &&
      named2 &&
      !isField(named2) &&
      /^[A-Z]/.test(text.slice(pp.start, pp.end)) &&
      /^[ \t]+$/.test(text.slice(p.end, h.start)) &&
      OTHER_KIND_BARE_GAP.test(text.slice(pp.end, p.start)) &&
      !/^[ \t]*[(,;]/.test(text.slice(h.end))
    )
      return false;
    const named = info(p.skillId);
    if (!named || isField(named) || named.category === 'soft' || /^[a-z]/.test(text.slice(p.start, p.end))) return true;
    // (The generic written as a common noun, in lower case: "compliance", "cloud services"; or a practice: "API".)
    const lower = /^[a-z]/.test(text.slice(h.start, h.end));
    const gap = text.slice(p.end, h.start);
    if (lower && /^[ \t]+$/.test(gap) && impliesId(options, p.skillId, h.skillId)) return false;
    if ((lower || isField(kind)) && OTHER_KIND_GAP.test(gap) && !impliesId(options, p.skillId, h.skillId) && !/^\s*[(,;]/.test(text.slice(h.end))) return false;
    return true;
  });
}
/** (s51) "or another ", "or any other ", "or a similar ": right before the kind's own first word, a skill. */
const OTHER_KIND_BARE_GAP = /^\s*,?\s*(?:or|and\/or)\s+(?:another|any other|some other|other|a similar|similar|a comparable|comparable|an equivalent|equivalent)\s+$/i;

/** A list's mark at a line's start: a bullet or a number. */
const MARK = String.raw`(?:[\u2022\u00b7\u30fb\uff65\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u27a4\u25ba*+\-\u2013\u2014]|\d+[.)])`;
const BULLET_LEAD = new RegExp(String.raw`^[ \t]*${MARK}`);
/** Whether the unit starting at `at` is a bullet: its line opens with a bullet mark or a number. */
function isBullet(text: string, at: number): boolean {
  const lead = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return BULLET_LEAD.test(lead);
}

const BULLET_LINE = new RegExp(String.raw`^\s*${MARK}\s`);
/** Interest or the wish to learn, not experience: "want to learn more about", "eager to learn it", "curious about", "an interest in". */
const LEARNING_WISH = /\b(?:(?:want|wants|wanting|eager|eagerness|keen|happy|willing|willingness|readiness|openness|looking)\s+to\s+learn|learn more about|curious about|(?:excited|passionate|enthusiastic)\s+(?:about|by)|(?:an?\s+|deep\s+|strong\s+)?(?:interest|curiosity)\s+in\b(?!\s+(?:working|joining|this|the role|our)))/i;

/**
 * Every skill the sentence names comes after a wish to learn or an interest ("Want to learn more about ML research",
 * "Excited about autonomous driving",
 * "knows Elixir or is eager to learn it" — the pronoun's skill is asked only as a wish): none of them is asked as
 * experience. A skill named before the wish ("Rust developers with an interest in Linux internals") is.
 */
function onlyWished(text: string, findSkills: FindSkills): boolean {
  const wish = LEARNING_WISH.exec(text);
  if (!wish || yearsIn(text) !== null || STRONG_ASKING.test(text)) return false;
  // "… curious about our field and have knowledge of X": what follows asks experience after all.
  if (/\b(?:experience|knowledge|proficien\w*|expertise|skills? (?:in|with)|(?:and|&)\s+(?:have|has|know|bring))\b/i.test(text.slice(wish.index))) return false;
  const before = findSkills(text.slice(0, wish.index));
  return before.length === 0 || (/\bor\s+(?:is\s+|are\s+)?$/i.test(text.slice(0, wish.index)) && /\blearn\s+(?:it|them)\b/i.test(text));
}
/**
 * A duty told to the candidate in the future ("You will work alongside our data team", "As a Solutions Architect, you
 * will work hands-on with customers", "If we need a desktop app, you will study Electron and build one"): what the job
 * does, not what it asks, wherever it stands. Not "you will need/have/bring/be …", nor "you'll succeed/thrive if".
 */
const DUTY_YOU = /^(?:(?:and|then|so|here|there|in this role|as (?:an?|the|our) [\w -]{1,30}),?\s+)?(?:if\b[^,]{0,120},\s*)?(?:you(?:'|\u2019)ll|you will)\s+(?!(?:also\s+)?(?:need|have|bring|be|know|possess|ideally|likely|probably|thrive|succeed|excel|do well|fit|love|enjoy|get|receive|join|want)\b)\w+/i;
/**
 * Examples of the work ("Example projects include …", "Projects range from …", "Things you might work on: …"): what
 * the job holds, not what it asks, wherever it stands; unless it names a choice, years or "required", as the duties do.
 */
const EXAMPLE_WORK =
  /^(?:(?:some\s+)?(?:example|sample|typical|recent|past|current|upcoming|possible)\s+(?:projects?|work|problems?|initiatives?)(?:\s+(?:you(?:'|\u2019)ll|you will|you might|you may|you could)\s+\w+(?:\s+on)?)?\s*(?:include|includes|might include|could include|may include|are|range|:)|(?:your\s+)?projects?\s+(?:include|range from|might include|could include|may include)|(?:things|problems|projects)\s+you(?:(?:'|\u2019)ll| will| might| may| could)\s+(?:work on|tackle|own|build)\b|you (?:might|may|could) (?:work on|tackle)\b)/i;
/**
 * A line that labels the team's stack ("Stack: Go, Postgres", "Tech stack is Ruby + React"): the stack, not an ask; unless
 * it names a choice the candidate may make ("Stack: Ruby (flexible if you know Python), Vue or React"), as the duties do.
 */
const STACK_LABEL = /^(?:(?:our|the|current|your)\s+)?(?:(?:tech(?:nical)?|technology|engineering)\s+)?(?:stack|tech|technologies|tooling)\s*(?::|\bis\b|\bincludes\b|\b(?:would|will|might|could)\s+(?:probably\s+|likely\s+|mostly\s+)?(?:include|be|involve)\b)/i;
/** A sentence that opens on the company speaking of itself: "We know …", "Our team …". */
const WE_SAY = /^[\s•*-]*(?:we|our|at [A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?,? we)\b/i;
const YOU = /\byou(?:(?:'|’)(?:ll|re|ve|d))?\b/i;
/** (s52) A line that opens with what the company will teach: "We will train you on the rest", "We'll teach you our stack". */
const TAUGHT = /^[\s\u2022*-]*we(?:(?:'|\u2019)ll|\s+will|\s+can)?\s+(?:happily\s+|also\s+)?(?:train|teach|coach|onboard)\s+you\b/i;
const OFFERED = /\b(?:(?:you(?:(?:'|’)ll| will)|we)\s+(?:also\s+)?(?:receive|get|offer|provide|enjoy)|benefits|salary|salaries|compensation|base pay|equity|insurance|paid time off|401\(?k\)?)\b/i;
/** Whether a place in a section's text is on a line that is no bullet, below a list (two bullet lines or more). */
function belowList(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  if (BULLET_LINE.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return false;
  let bullets = 0;
  for (const line of text.slice(0, lineStart).split('\n')) if (BULLET_LINE.test(line) && ++bullets >= 2) return true;
  return false;
}

/** After a clause that tells the stack, one that asks: "We use ClickHouse, but experience with other stores like Druid or Pinot would be valuable". */
// (Or a clause that says what else is welcome: "Our backend is Go, but Rust or C++ people are welcome too"; a semicolon
// alone may open the ask: "We use Postgres; experience with another store helps".)
const ASK_AFTER =
  /(?:[,—–]|\s-)\s*(?:but|though|although|and|yet)\s+(?=(?:any\s+|some\s+|prior\s+|hands-on\s+)?(?:experience|knowledge|familiarity|exposure|background)\b)|;\s*(?:(?:but|though|although|and|yet)\s+)?(?=(?:any\s+|some\s+|prior\s+|hands-on\s+)?(?:experience|knowledge|familiarity|exposure|background)\b)|(?:[,;—–]|\s-)\s*(?:but|though|although|yet)\s+(?=[^.;]{0,60}\b(?:welcome|fine|ok|okay|acceptable|considered)\b)|(?:[,;—–]|\s-)\s*(?:but|though|although|yet)\s+(?:what\s+)?we\s+(?:\w+\s+)?(?:care\s+(?:\w+\s+)?about|look\s+for|value|want|need|expect|prioriti[sz]e)(?:\s+is)?\s+/i;

/**
 * A long run of asks with no sentence end, then a heading and words on the hiring process glued on ("… Solid database
 * testing experience Location and Interview Process: we will …", as a page's text run together reads): the asks before
 * it, not the whole unit dropped as the hiring process. (A short sentence about the process is no ask and stays whole.)
 */
function beforeProcessTail(u: Piece): Piece {
  if (u.choice || u.text.length < 240) return u;
  const at = HIRING_PROCESS.exec(u.text)?.index ?? -1;
  if (at < 200 || /[.!?;]\s/.test(u.text.slice(0, at))) return u;
  const cut = u.text.slice(0, at).replace(/\s+(?:[A-Z][\w-]*\s+)?(?:and|&)?\s*$/, '');
  return { ...u, text: cut, end: u.start + cut.length };
}

/** The part of a unit that asks: all of it, or the clause after one that only tells the stack. */
function askedPart(u: Piece): Piece {
  if (u.choice) return u;
  // (Or a sentence that describes the company or its stack: "Our backend is Go, but …".)
  // (Or what the team uses, told in the passive: "AI tools are part of our daily workflow, but we care most about …".)
  // (Not an aside in brackets inside the ask: "Experience with PXE booting (we use Tinkerbell) will help" is asked whole.)
  const read = u.text.includes('(') ? u.text.replace(ASIDE, (m) => ' '.repeat(m.length)) : u.text;
  const told = NOT_ASKING.exec(read) ?? TOLD.exec(read) ?? (DESCRIBES.test(read) ? { index: 0, 0: '' } : null);
  if (!told) return u;
  // ("Comfortable with an observability stack — we run Prometheus, but Datadog experience transfers fine": an ask
  // before the stack is told; the clause after "but" offers another way to meet it, and the whole is the ask.)
  if (told.index > 0 && WANT_CUE.test(read.slice(0, told.index))) return u;
  const ask = ASK_AFTER.exec(read.slice(told.index + told[0].length));
  if (!ask) return u;
  const at = told.index + told[0].length + ask.index + ask[0].length;
  // (A head that says it is asked tells no stack: "Strong Python is essential; experience with Nornir is a plus".)
  // (Nor one that opens with the asks' own label: "What we are looking for: solid Python, …, and knowledge of …".)
  if (SAID_ASKED.test(read.slice(0, at)) || STRONG_ASKING.test(read.slice(0, at)) || ASKS_LABEL.test(read)) return u;
  return { text: u.text.slice(at), start: u.start + at, end: u.end };
}

/**
 * An item read from the part of a line after the stack it tells ("We're a Python shop, though Go folks are welcome" asks
 * "Go folks are welcome"), whose choice the whole line makes with the told skill: the choice as the whole line makes it
 * (Python or Go), the text as asked.
 */
function withToldOption(item: RequirementItem | null, full: Piece, u: Piece, findSkills: FindSkills, options: ItemOptions): RequirementItem | null {
  if (!item || u.start <= full.start || item.groups.length === 0) return item;
  const wide = skillGroups(full.text, findSkills, options).filter((g) => g.length > 1);
  if (!wide.length) return item;
  const groups = item.groups.map((g) => wide.find((w) => w.length > g.length && g.every((id) => w.includes(id))) ?? g);
  return groups.some((g, k) => g !== item.groups[k]) ? { ...item, groups } : item;
}

/** "as a …", "as an …": the roles one has worked in, a list of them after it. */
const ROLE_AS = /\bas\s+an?\s+[^.;:()]*?(?:,\s*(?:or\s+)?|\s(?:or|and\/or)\s+)\S/i;
/** A role in a list: its words (a word to three), then a role's noun. */
const ROLE_MEMBER = /^(?:an?\s+)?((?:[\w/+#.-]+\s+){0,2}?[\w/+#.-]+?)(?:\s+((?:engineer|developer|scientist|architect|analyst|designer|researcher|administrator|consultant|manager)s?))?$/i;

/**
 * "Worked as a DevOps engineer, an SRE or a platform engineer", "experience as an ML engineer or a data scientist": the
 * roles, each with its article, joined by commas and a last "or", are one pick of the skills they name (each role the
 * skill of its discipline; a role the taxonomy knows no skill of is an option in its words, "a content designer"). Only
 * where every role names one skill or none and the skills stand each in a group of its own (not a pick read already).
 */
function roleChoice(text: string, groups: string[][], findSkills: FindSkills): string[][] {
  const m = /\bas\s+(an?\s+[^.;:()]*)$/i.exec(text.replace(/\s*(?:before|previously|in the past|already)?\s*[.;]?\s*$/i, ''));
  if (!m) return groups;
  const list = m[1]!;
  // (s48: the later roles may go without their article, "as an SRE, DevOps engineer or systems administrator": each then
  // ends in a role's noun or is a name in capitals.)
  const seps = [...list.matchAll(/\s*,\s*(?:(?:or|and\/or)\s+)?|\s+(?:or|and\/or)\s+/gi)];
  if (!seps.length || !/\bor\b/i.test(seps[seps.length - 1]![0]) || seps.some((x) => /\band\b(?!\/)/i.test(x[0]))) return groups;
  const members: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const x of seps) {
    members.push({ text: list.slice(at, x.index), start: at });
    at = x.index! + x[0].length;
  }
  members.push({ text: list.slice(at), start: at });
  const from = m.index + m[0].indexOf(list);
  const hits = findSkills(text);
  const ids: string[] = [];
  for (const r of members) {
    const words = ROLE_MEMBER.exec(r.text.trim());
    if (!words || !words[2] && !/^an?\s+\S+$/i.test(r.text.trim()) && !/^[A-Z][\w/+#.-]*[A-Z][\w/+#.-]*$/.test(r.text.trim())) return groups;
    const inRole = [...new Set(hits.filter((h) => h.start >= from + r.start && h.end <= from + r.start + r.text.length).map((h) => h.skillId))];
    if (inRole.length > 1) return groups;
    // (Two roles of one discipline, "a product designer or a content designer": the second in its words.)
    const own = `${TERM}${`${words[1]} ${words[2] ?? ''}`.trim()}`;
    const id = inRole[0] !== undefined && !ids.includes(inRole[0]) ? inRole[0] : own;
    if (!ids.includes(id)) ids.push(id);
  }
  const named = ids.filter((id) => !isTerm(id));
  if (ids.length < 2 || !named.length || named.some((id) => groups.some((g) => g.includes(id) && g.length > 1 && !g.every((x) => named.includes(x) || isTerm(x))))) return groups;
  return [...groups.filter((g) => !g.every((id) => named.includes(id))), ids];
}

/** What a tool's short name may drop of its full one: "Render" of "Render.com", "Travis" of "Travis CI", "Mac" of "MacOS". */
const NAME_ENDINGS = ['.com', '.io', ' CI', ' Cloud', ' app', 'OS'];
/**
 * An option kept in words that is the short name of a skill of the kind of the options named beside it ("Heroku, Render,
 * Railway or a similar PaaS": Render is Render.com, a cloud like Heroku): that skill. (The short name alone is too
 * common a word for the matcher to take anywhere else.)
 */
function termsNamed(groups: string[][], findSkills: FindSkills, options: ItemOptions): string[][] {
  if (!groups.some((g) => g.length > 1 && g.some(isTerm))) return groups;
  return groups.map((g) => {
    if (g.length < 2 || !g.some(isTerm)) return g;
    const kindOf = (id: string) => options.skillInfo?.(id)?.category;
    // (s52) "one of Rust, Zig or C", "API clients like Postman, Insomnia or Bruno": an option written as a skill's own name
    // that the context set aside where it stood ("of Rust" read as corrosion, "clients like" as the team's customers) is that
    // skill where the pick holds another option of its kind, named or written the same way: the list says what it is.
    const bare = g.map((id) => {
      const words = termText(id);
      if (!isTerm(id) || !/^[A-Z][\w+#.-]*$/.test(words)) return undefined;
      const whole = [...new Set(findSkills(words).filter((h) => h.start === 0 && h.end === words.length).map((h) => h.skillId))];
      return whole.length === 1 && !g.includes(whole[0]!) ? whole[0]! : undefined;
    });
    const kinds = new Set(g.filter((id) => !isTerm(id)).map(kindOf));
    const bareKinds = bare.flatMap((s) => (s !== undefined ? [kindOf(s)] : []));
    if (!kinds.size && bareKinds.length < 2) return g;
    return g.map((id, k) => {
      const s = bare[k];
      if (s !== undefined && (kinds.has(kindOf(s)) || bareKinds.filter((c) => c === kindOf(s)).length >= 2)) return s;
      const words = termText(id);
      if (!isTerm(id) || !/^[A-Z][\w-]*$/.test(words) || !kinds.size) return id;
      const named = NAME_ENDINGS.map((e) => `${words}${e}`).flatMap((phrase) => findSkills(phrase).filter((h) => h.start === 0 && h.end === phrase.length).map((h) => h.skillId));
      const fit = [...new Set(named)].filter((s) => kinds.has(kindOf(s)) && !g.includes(s));
      return fit.length === 1 ? fit[0]! : id;
    });
  });
}

/** "Experience with it or Rust", "Rust or that": a pronoun joined by "or" to a skill. */
const PRONOUN_OR = /\b(?:it|that|this|the same)(?=\s*,?\s*or\s)|(?<=\bor\s+)(?:it|that)\b(?!\s+(?:is|was|will|would|can|has|does)\b)/gi;

/**
 * The text with a pronoun that stands for the skill named in the sentence before ("We use Go. Experience with it or
 * Rust is a plus.") written as that skill, or null: the last skill named there, of the kind of the one it is set against.
 */
function resolvePronoun(text: string, before: Piece | undefined, findSkills: FindSkills, options: ItemOptions): string | null {
  if (!PRONOUN_OR.test(text)) return null;
  PRONOUN_OR.lastIndex = 0;
  // "We write the frontend in Vue and expect you to know it or React": the pronoun's skill may be named earlier in the
  // same sentence, the last one before it of the kind named after the "or".
  const at = /\b(?:it|that)(?=\s*,?\s*or\s)/i.exec(text);
  if (at) {
    const own = dedupe([...findSkills(text)].sort((a, b) => a.start - b.start || b.end - a.end));
    const kindsAfter = own.filter((h) => h.start > at.index).map((h) => options.skillInfo?.(h.skillId)?.category);
    const earlier = own.filter((h) => h.end <= at.index && !/[.!?;]\s/.test(text.slice(h.end, at.index)) && kindsAfter.includes(options.skillInfo?.(h.skillId)?.category));
    const pick = earlier[earlier.length - 1];
    if (pick) return text.slice(0, at.index) + text.slice(pick.start, pick.end) + text.slice(at.index + at[0].length);
  }
  if (!before) return null;
  const named = dedupe([...findSkills(before.text)].sort((a, b) => a.start - b.start || b.end - a.end));
  if (!named.length) return null;
  const own = findSkills(text).map((h) => options.skillInfo?.(h.skillId)?.category);
  const sameKind = named.filter((h) => own.includes(options.skillInfo?.(h.skillId)?.category));
  const ids = new Set(named.map((h) => h.skillId));
  const pick = sameKind.length ? sameKind[sameKind.length - 1]! : ids.size === 1 ? named[named.length - 1]! : undefined;
  if (!pick) return null;
  const surface = before.text.slice(pick.start, pick.end);
  return text.replace(PRONOUN_OR, surface);
}

/** A sentence that names a choice for the candidate: a choice word and a group of two or more, in a sentence that does not only describe the company. */
function namesChoice(text: string, findSkills: FindSkills, options: ItemOptions): boolean {
  if (!CHOICE_WORD.test(text) || notAsking(text.replace(ASIDE, ''))) return false;
  // (An aside in brackets, "(we have F# in production now)", does not make the sentence a description.)
  if (DESCRIBES.test(text.replace(ASIDE, '')) && !/\byou/i.test(text) && !ownChoice(text)) return false;
  return skillGroups(text, findSkills, options).some((g) => g.length > 1);
}

/** A piece of a section: a unit, or units that one list runs across. */
interface Piece extends Unit {
  /** "One of the following:" and a bullet each: the header, and the bullets' skills (one choice). */
  head?: string;
  choice?: string[];
}

/** A line that leaves its list open: "Experience with Python, Go,", "… such as", "Kafka or". */
/** (s51) A line cut by a hard wrap: the line before is long and ends with no stop, the next begins in lower case. */
function wrapsOn(text: string, prev: Piece, u: Piece): boolean {
  const line = text.slice(text.lastIndexOf('\n', prev.end - 1) + 1, prev.end);
  return line.length >= 60 && !/[.!?:;)\]]\s*$/.test(prev.text) && /^[a-z]/.test(u.text);
}
const OPEN_END = /(?:,|\b(?:or|and\/or|such as|like|including|e\.g\.?|either|one of|any of))\s*$/i;
/** A header that makes the bullets under it a choice: "Experience with one of the following:", "Any of:", "Such as:". */
// (s59: or one that bids the reader choose: "Choose any one:", "Pick one:", "Select two or more:".)
// (s49: or "at least one" and the kind in lowercase words: "Familiarity with at least one message broker:".)
const CHOICE_HEAD =
  /\b(?:choose|pick|select)\s+(?:any\s+)?(?:one|two)(?:\s+or\s+more)?\s*:\s*$|(?:\b(?:one|any|either|at least (?:one|two|three)|one or more|two or more|two|three|several|some|a few)\s+(?:\(?or more\)?\s+)?(?:of|from)\b(?:\s+(?:the following|these|this list))?|\bsuch as|\be\.g\.?|\bfor example|\bincluding)[^:.;]{0,40}:\s*$|\b(?:one|any|either|at least (?:one|two)|one or more|two|several|some)\s+(?:\(?or more\)?\s+)?of\s+the\s+following(?:\s+[\w-]+){0,2}\s*$|\bat least one\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*:\s*$/i;
/** A head that offers its bullets as a pick in so many words: "one of these areas:", "any of the following:", "at least one of:". */
const STRONG_PICK_HEAD = /\b(?:one|any|either|at least one)\s+of\b(?:\s+(?:the following|these|this list))?[^:.;]{0,30}:\s*$/i;

/**
 * The skill a bullet names when read among the bullets beside it, where the matcher finds none in the bullet alone: the
 * bullets joined as a list ("Capacitor, Ionic, NativeScript") give a name it takes only in context. The skill the hit
 * spans the whole bullet of, or undefined.
 */
function listedSkill(bullet: string, bullets: readonly Unit[], findSkills: FindSkills): string | undefined {
  const own = bullet.trim().replace(/[.;,]+$/, '');
  const words = bullets.map((b) => b.text.trim().replace(/[.;,]+$/, ''));
  const at = words.indexOf(own);
  if (at < 0 || words.length < 2) return undefined;
  const joined = words.join(', ');
  const from = words.slice(0, at).reduce((n, w) => n + w.length + 2, 0);
  return findSkills(joined).find((h) => h.start === from && h.end === from + own.length)?.skillId;
}

/** (s53) After an option's name in a bullet, the words that tell what of it follows: ", including ", " (with ", ", especially ". */
const DETAIL_AFTER = /^\s*(?:,\s*|\(\s*|\s[\u2014\u2013-]\s*)?(?:including|incl\.|especially|particularly|in particular|notably|with|plus|ideally|preferably)\s/i;
/**
 * (s53) A bullet that names its option first, nothing before it but a bullet's lead, then words that tell what of it (its
 * parts, a flavour): the group of that first skill; null where the bullet is no such option.
 */
function optionWithDetail(text: string, found: string[][], findSkills: FindSkills): string[] | null {
  const hits = findSkills(text);
  const first = hits[0];
  if (!first || !/^[\s\u2022*+-]*$/.test(text.slice(0, first.start)) || !DETAIL_AFTER.test(text.slice(first.end))) return null;
  return found.find((g) => g.includes(first.skillId)) ?? null;
}

/** A choice header that names the kind of its options: "one of these languages:", "any of the following databases". */
const HEAD_KIND = /\b(?:languages|clouds|cloud (?:providers|platforms)|databases|frameworks|libraries|tools|platforms|editors|runtimes)\b[^:]{0,20}:?\s*$/i;
/** A bullet under such a header names a skill or two, not a sentence. */
const MAX_BULLET = 80;

/**
 * Units that one list runs across, joined: a choice header and its bullets ("At least one of:" / "- Go" / "- Rust"),
 * and a line that leaves its list open and the line that goes on with it ("Python, Go,\nor Rust").
 */
function joinLines(text: string, units: Unit[], findSkills: FindSkills, options: ItemOptions): Piece[] {
  const out: Piece[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (CHOICE_HEAD.test(u.text)) {
      // The bullets of one list: each on a line of its own with the same lead, one option each (a skill, or a
      // choice of its own), a technical skill ("- Snowflake", "- BigQuery", then "- Fluent English" ends it).
      const ids: string[] = [];
      // (Numbered bullets share a lead: "1. ", "2. ".)
      const leadOf = (b: Unit) => text.slice(text.lastIndexOf('\n', b.start - 1) + 1, b.start).replace(/\d+/g, '#');
      // (s50) "Hands-on with one of these clouds:" / "- AWS" / "  - ECS and Lambda" / "- Azure": a line indented deeper
      // than the options, under one of them, tells that option's detail; it neither ends the pick nor is an option.
      const indentOf = (b: Unit) => /^[ \t]*/.exec(leadOf(b))![0].replace(/\t/g, '    ').length;
      let subs = 0;
      let j = k + 1;
      for (; j < units.length; j++) {
        const b = units[j]!;
        if (!text.slice(units[j - 1]!.end, b.start).includes('\n')) break;
        if (j > k + 1 && indentOf(b) > indentOf(units[k + 1]!) && BULLET_LEAD.test(leadOf(b).replace(/#/g, '1'))) {
          subs++;
          continue;
        }
        if (b.text.length > MAX_BULLET) break;
        if (j > k + 1 && leadOf(b) !== leadOf(units[k + 1]!)) break;
        const found = skillGroups(b.text, findSkills, options);
        // ("One of these for our docs site:" / "- Docusaurus" / "- Nextra": a bullet the taxonomy does not know, written as the
        // options beside it are, is an option in words; a lowercase field beside lowercase fields: "- structural biology".)
        // (Not a bullet that asks something else, a language or years: "- Fluent Spanish".)
        if (found.length === 0 && kindOf(b.text, found, yearsIn(b.text) !== null, degreeIn(b.text, false) !== null) === 'other') {
          const first = units[k + 1]!.text.trim();
          const term = bulletTerm(b.text, /^[a-z]/.test(first));
          // ("- Capacitor" / "- Ionic" / "- NativeScript": a name the matcher takes only in context is the skill among its
          // kind, as it is in "Capacitor, Ionic or NativeScript".)
          const listed = term ? listedSkill(b.text, units.slice(k + 1, k + 9), findSkills) : undefined;
          if (listed && !ids.includes(listed)) {
            ids.push(listed);
            continue;
          }
          if (term && !ids.includes(term)) {
            ids.push(term);
            continue;
          }
        }
        // (s53) "- Kafka, including Kafka Connect", "- Postgres (with PostGIS)", "- AWS, especially Lambda": an option named
        // first, then words that tell what of it ("including", "with", "especially"): the option is the first skill, the
        // rest its detail, as a line indented under it would be.
        const detailed = found.length > 1 ? optionWithDetail(b.text, found, findSkills) : null;
        if (detailed) {
          for (const id of detailed) if (!ids.includes(id)) ids.push(id);
          continue;
        }
        if (found.length !== 1) break;
        if (kindOf(b.text, found, yearsIn(b.text) !== null, degreeIn(b.text, false) !== null) !== 'skills') break;
        if (found[0]!.some((id) => options.skillInfo?.(id)?.category === 'soft')) break;
        // "One of these languages:" then "- Go", "- Rust", "- Docker": under a head that names the kind, a bullet of
        // another kind than the options before it ends the pick (it is asked apart).
        if (ids.length >= 2 && HEAD_KIND.test(u.text)) {
          const kinds = new Set(ids.map((id) => options.skillInfo?.(id)?.category));
          if (!found[0]!.some((id) => kinds.has(options.skillInfo?.(id)?.category))) break;
        }
        for (const id of found[0]!) if (!ids.includes(id)) ids.push(id);
      }
      // (Options in words alone make no choice here: one named skill at least; or, under a head that says "one of" or "any
      // of", three bullets or more: "Domain experience in one of these areas:" / "- clinical documentation" / "- …".)
      // (Sub-lines that end the run are no part of it: the pick ends at its last option.)
      while (j > k + 1 && subs > 0 && indentOf(units[j - 1]!) > indentOf(units[k + 1]!)) {
        j--;
        subs--;
      }
      if (j - subs > k + 2 && (ids.some((id) => !isTerm(id)) || (j - subs > k + 3 && ids.length === j - k - 1 - subs && STRONG_PICK_HEAD.test(u.text)))) {
        const end = units[j - 1]!.end;
        out.push({ text: text.slice(u.start, end), start: u.start, end, head: u.text, choice: ids });
        k = j - 1;
        continue;
      }
    }
    const prev = out[out.length - 1];
    // "Python is our main language. Solid Go experience works just as well.": a sentence that only offers its skill in
    // place of one the sentence before it on the same line names goes on with it (one ask, a choice).
    // ("We work on Azure. You'll be fine if your background is AWS instead.": words anywhere in the sentence may offer it.)
    if (prev && !prev.choice && !text.slice(prev.end, u.start).includes('\n') && (offersInstead(u.text, findSkills) || offersInPlace(u.text, prev.text, findSkills, options)) && findSkills(prev.text).length > 0) {
      out[out.length - 1] = { text: text.slice(prev.start, u.end), start: prev.start, end: u.end };
      continue;
    }
    // "…AND 4+ years of coding in C++ or Python" then "OR equivalent experience." on the next line, no bullet of its own:
    // the alternative goes on with the ask it offers an alternative to.
    if (prev && !prev.choice && /^(?:or|and\/or)\s/i.test(u.text) && /^[ \t]*\n[ \t]*$/.test(text.slice(prev.end, u.start))) {
      out[out.length - 1] = { text: text.slice(prev.start, u.end), start: prev.start, end: u.end };
      continue;
    }
    // The next line goes on with the list: one line break, no bullet of its own.
    // (s51) So does a hard-wrapped sentence: a long line that ends with no stop, then a line in lower case with no bullet of
    // its own ("… equivalent to the GS-11 level in the federal" / "service, such as …").
    if (prev && !prev.choice && (OPEN_END.test(prev.text) || wrapsOn(text, prev, u)) && /^[ \t]*\n[ \t]*$/.test(text.slice(prev.end, u.start))) {
      out[out.length - 1] = { text: text.slice(prev.start, u.end), start: prev.start, end: u.end };
      continue;
    }
    out.push(u);
  }
  return out;
}

/** A sentence that names a skill or two and only says they will do too: "Solid Go experience works just as well.", "Rust is fine too." */
function offersInstead(t: string, findSkills: FindSkills): boolean {
  const hits = findSkills(t);
  if (hits.length === 0 || hits.length > 3) return false;
  // (Past a last option the taxonomy does not know: "Preact or Solid experience also counts".)
  const after = t.slice(hits[hits.length - 1]!.end).replace(/^\s*,?\s*(?:or|and\/or)\s+[A-Z][\w.+#-]*(?=\s)/, '');
  // ("Experience with Kafka is welcome." after "PostgreSQL or Oracle is required.": an ask of its own, a wish; only "too",
  // "also" or "instead" offers it in place of the one before: "Experience with MySQL is welcome too".)
  if (/^(?:[\w-]+\s+)?(?:experience|knowledge|familiarity|exposure|background)\b/i.test(t) && !/\b(?:too|also|as well|equally|just as|instead)\b/i.test(after)) return false;
  return /^(?:[\w-]+\s+){0,2}$/.test(t.slice(0, hits[0]!.start)) && INSTEAD_WORD.test(after) && ((ALSO_FINE_WORD.test(after) && ALSO_FINE.test(after)) || ALSO_COUNTS.test(after));
}
/**
 * Words anywhere in a sentence or clause that offer its skill in place of one named before it, of its kind: "if your
 * background is AWS instead", "engineers who've done the same in Rust are just as interesting", "if you've run MariaDB
 * instead, that counts", "if you come from Python", "engineers coming from Vue will ramp up fast". (Not "instead of", which names what is replaced; nor a wish, "Rust
 * is a bonus".)
 */
const IN_PLACE =
  /\binstead\b(?!\s+of\b)|\b(?:alternatively|failing\s+(?:that|this))\b|\b(?:just|equally)\s+as\s+(?:good|welcome|interesting|valuable|relevant|useful|valid|strong|well)\b|\bequally\s+(?:good|welcome|interesting|valuable|relevant|useful|valid|fine|well)\b|\bwe\s+can\s+(?:also\s+)?work\s+with\s+(?:that|it|this)\b|\b(?:done|did|doing|built|shipped)\s+the\s+same\b|\b(?:that|this|it|which)\s+(?:also\s+)?counts\b|\byou(?:(?:'|\u2019)ll|\s+will|(?:'|\u2019)d|\s+would)\s+(?:also\s+)?be\s+fine\b|\bif\s+you\s+(?:come|came)\s+from\b|\b(?:people|folks|engineers|developers|devs|those|anyone)\s+(?:who\s+(?:come|came)|coming)\s+from\b|\b(?:will|would|can|should)\s+(?:(?:quickly|easily)\s+)?(?:ramp\s+up|get\s+up\s+to\s+speed|settle\s+in)\s+(?:fast|quickly|easily|in\s+no\s+time)\b|\b(?:that|this|it)(?:(?:'|\u2019)s|\s+is)\s+(?:also\s+|just\s+|totally\s+|perfectly\s+)?(?:fine|ok|okay|acceptable|welcome)\b|\b(?:people|folks|engineers|developers|devs)\s+(?:(?:can|should|may)\s+)?(?:also\s+|still\s+)?apply\b|\bif\s+your\s+background\s+(?:is|was)\b|\bif\s+you(?:(?:'|\u2019)re|\s+are)\s+coming\s+from\b|\bwe(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will)\s+(?:also|happily|gladly)\s+(?:take|consider|accept|welcome|hire)\b/i;
/** What makes a skill a wish beside the one before it, not an offer in its place. */
const WISHED_BESIDE = /\b(?:plus|bonus|nice|not (?:needed|required)|advantage|ideally|preferred)\b/i;
/** A sentence whose skills (one to three, each of the kind of a skill the sentence before names) IN_PLACE offers instead. */
function offersInPlace(t: string, before: string, findSkills: FindSkills, options: ItemOptions): boolean {
  if (!IN_PLACE.test(t) || WISHED_BESIDE.test(t)) return false;
  const hits = findSkills(t);
  if (hits.length === 0 || hits.length > 3) return false;
  const kinds = new Set(findSkills(before).map((h) => options.skillInfo?.(h.skillId)?.category));
  return hits.every((h) => { const k = options.skillInfo?.(h.skillId)?.category; return k !== undefined && k !== 'soft' && kinds.has(k); });
}
/** A word that makes "works" or "is good" an offer in place of something named before ("works too", "is just as good"), not praise ("works well for us"). */
// (s59: or "equivalent", "an equal match", "on par": "Pants is equivalent for us.")
const INSTEAD_WORD = /\b(?:too|also|as well|equally|just as|instead|fine|ok|okay|acceptable|welcome|alternative|substitute|considered|equivalent|equal\s+(?:match|option|alternative|substitute|fit)|on\s+(?:a\s+)?par)\b/i;

/**
 * A line of fields with a clearance among them, "Chantilly, VA (on-site) · Clearance: Secret (interim acceptable)": the
 * clearance's field is a piece of its own (read as CLEARANCE_FIELD asks it), the others as they were.
 */
function clearanceField(p: Piece): Piece[] {
  if (p.choice || !/clearance/i.test(p.text) || !/\s[|\u00b7\u2022]\s/.test(p.text)) return [p];
  const out = piecesBetween(p, [...p.text.matchAll(/\s[|\u00b7\u2022]\s/g)]);
  return out.some((q) => CLEARANCE_FIELD.test(q.text)) ? out : [p];
}

/** A piece cut at separators found in its text: the pieces between them, trimmed, with their offsets; empty ones left out. */
function piecesBetween(p: Piece, cuts: readonly RegExpMatchArray[]): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of [...cuts, null]) {
    const to = m ? m.index! : p.text.length;
    const raw = p.text.slice(from, to);
    const text = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    if (text) out.push({ text, start: p.start + from + lead, end: p.start + from + lead + text.length });
    if (m) from = m.index! + m[0].length;
  }
  return out;
}

/** A part that speaks of an earlier one: "…; an additional 4 years may be substituted", "…; any CI system is fine". */
const REFERS_BACK = /^(?:or|and|but|plus|also|any|though|although|which|this|that|these|those|it|they)\b|\b(?:additional|substitut\w*|in lieu|instead|equivalent|similar|comparable|(?:is|are|would be)\s+(?:fine|ok|okay|welcome|enough|acceptable))\b/i;
/** A cue that opens a list the semicolons may go on with: "one of: Terraform; Pulumi", "such as", "e.g.", a colon. */
const LIST_OPENS = /(?:\b(?:(?:one|any|either|some|at least one|two|three)\s+of(?:\s+the\s+following)?|such as|e\.g\.?|i\.e\.?|like|including|for example)\b|:)[^;]*$/i;

/**
 * A line of asks run together with semicolons: "8+ years of software engineering; Spark, Airflow, and one of Snowflake or
 * BigQuery; strong SQL" is three asks, each read alone (its years are not the skills'). Cut only where every part asks
 * something by itself (skills, years or a degree), no list opens before a semicolon ("one of: Terraform; Pulumi"), and no
 * part is said to be wished or not needed (clausesApart reads those). Not inside brackets.
 */
function semicolonAsks(p: Piece, findSkills: FindSkills, options: ItemOptions): Piece[] {
  if (p.choice || !p.text.includes('; ')) return [p];
  const depth = parenDepths(p.text);
  const cuts = [...p.text.matchAll(/;\s+/g)].filter((m) => depth[m.index] === 0);
  if (cuts.length === 0) return [p];
  const parts = piecesBetween(p, cuts);
  // (A list the cue opens goes on past the semicolon where it holds one name so far and the next part is short: "one of:
  // Terraform; Pulumi". "one of Snowflake/BigQuery/Redshift; strong SQL" closed its list before the semicolon.)
  const goesOn = (q: Piece, next: Piece) => {
    const cue = LIST_OPENS.exec(q.text);
    return cue !== null && skillGroups(q.text.slice(cue.index), findSkills, options).flat().length < 2 && next.text.replace(/[.;]\s*$/, '').split(/\s+/).length <= 3;
  };
  if (parts.slice(0, -1).some((q, k) => goesOn(q, parts[k + 1]!) || q.text.includes(':'))) return [p];
  // (Nor where a later part speaks of an earlier one: "…; an additional 4 years may be substituted for a degree", "…; any CI
  // system is fine".)
  if (parts.slice(1).some((q) => REFERS_BACK.test(q.text))) return [p];
  // (Nor years or degrees set side by side, "5 years with a Bachelor's degree; 9 years with a diploma": alternatives, read
  // whole; two spans of years in one line are yearsApart's.)
  if (parts.filter((q) => yearsIn(q.text) !== null).length > 1 || parts.filter((q) => DEGREE_WORD.test(q.text)).length > 1) return [p];
  const asks = (t: string) => skillGroups(t, findSkills, options).length > 0 || yearsIn(t) !== null || degreeIn(t, false) !== null;
  if (!parts.every((q) => asks(q.text) && !saysAsked(q.text) && !notAsking(q.text))) return [p];
  // (Nor where the whole line makes one pick of skills on both sides: "Elixir preferred; we will also consider Erlang",
  // "Our backend is Elixir; Erlang experience is just as good".)
  const partOf = parts.map((q) => new Set(findSkills(q.text).map((h) => h.skillId)));
  if (skillGroups(p.text, findSkills, options).some((g) => g.length > 1 && partOf.filter((ids) => g.some((id) => ids.has(id))).length > 1)) return [p];
  return parts;
}

/**
 * (s44) A part that is one line of asks set apart by commas, after its label ("Need: C#, Unity 2022+, shipped at least one
 * game, Git", "Qualifications: 2+ years as an admin, the admin certification, strong attention to detail, a degree
 * preferred"): one row per ask, each read alone (its wish, its years, its degree). Only for three things or more, two of
 * them phrases of three words or more, one after the first (a list of bare names, "Java, Spring, Kafka", stays one ask of all
 * of them), and never a list that makes a pick ("one of", "such as", "A, B or C").
 */
const LIST_PICK = /\b(?:one of|any of|either|such as|e\.g\.?|i\.e\.?|like|including|for example|and\/or)\b/i;
/**
 * (s46) A summary line of fields ("TL;DR: Rust \u00b7 Linux \u00b7 5+ yrs \u00b7 Berlin (3 days on site) \u00b7 \u20ac85\u2013105k", the same
 * under a "TL;DR" or "At a glance" label): each field read apart, as a line of a list, so the pay or a visa offered among
 * them is no part of an ask. Only fields set apart by a middle dot, a bullet or a bar, two such or more.
 */
const SUMMARY_LABEL = /^(?:tl;?\s?dr|the\s+short\s+version|in\s+short|at\s+a\s+glance|the\s+gist|in\s+a\s+nutshell|quick\s+facts|key\s+facts)$/i;
function summaryFields(s: PostingSection, p: Piece, listedAt: Set<number>, summaryAt: Set<number>): Piece[] {
  if (p.choice || p.text.includes('\n')) return [p];
  const label = /^[\s*_]*(?:tl;?\s?dr|tldr)\s*[:\u2013\u2014-]\s*/i.exec(p.text);
  if (!label && !(SUMMARY_LABEL.test(s.heading.replace(/[:\s*_]+$/, '').trim()) && !s.text.slice(0, p.start).includes('\n'))) return [p];
  const depth = parenDepths(p.text);
  const cuts = [...p.text.matchAll(/\s+[\u00b7\u2022|]\s+/g)].filter((m) => depth[m.index] === 0 && m.index > (label?.[0].length ?? -1));
  if (cuts.length < 2) return [p];
  const body = label ? { ...p, text: p.text.slice(label[0].length), start: p.start + label[0].length } : p;
  const parts = piecesBetween(body, cuts.map((m) => Object.assign([m[0]], { index: m.index - (label?.[0].length ?? 0) }) as RegExpMatchArray));
  // (A field that tells what is given, "relocation paid", "visa sponsorship available", "equity", is no ask and is left out.)
  const asks = parts.filter((q) => !/\b(?:paid|covered|available|offered|provided|included|sponsored|on\s+us)\s*\.?$|^(?:equity|stock\s+options|bonus)\b/i.test(q.text) && !PERK.test(q.text));
  for (const q of asks) {
    listedAt.add(q.start);
    summaryAt.add(q.start);
  }
  return asks;
}

function oneLineAsks(s: PostingSection, p: Piece, findSkills: FindSkills, listedAt: Set<number>): Piece[] {
  // (Nor a line with years in it: "Python, SQL, 3+ years building pipelines" may give the years to all of it.)
  if (p.choice || s.text.trim().includes('\n') || p.text.length > 400 || !p.text.includes(', ') || yearsIn(p.text) !== null) return [p];
  // (The list right after its label, not a sentence further on that tells: "The things we work on include KYC, payments, …".)
  // (Nor a list of likings under its label, "Good fit if you like: a stable company, a small team, …": no asks to read apart.)
  if (s.text.slice(0, p.start).trim() || /^(?:the|this|these|those|our|we|i|it|they|there)\b/i.test(p.text) || weSay(p.text) || /\bif\s+you\s+(?:really\s+)?(?:like|love|enjoy|want|prefer|are\s+into)\b/i.test(s.heading)) return [p];
  const depth = parenDepths(p.text);
  const cuts = [...p.text.matchAll(/,\s+(?:and\s+)?/g)].filter((m) => depth[m.index] === 0);
  if (cuts.length < 2) return [p];
  const parts = piecesBetween(p, cuts);
  const words = parts.map((q) => q.text.split(/\s+/).length);
  const outside = p.text.replace(/\([^()]*\)/g, ' ');
  if (LIST_PICK.test(outside) || /,\s*(?:or|and\/or)\s/i.test(outside) || words.some((n) => n > 12) || !words.slice(1).some((n) => n >= 3) || words.filter((n) => n >= 3).length < 2) return [p];
  // ("Go, Rust, Python or Java": the last one names a pick of all of them.)
  if (/\sor\s/i.test(parts[parts.length - 1]!.text) && words.slice(0, -1).every((n) => n <= 2)) return [p];
  // (Nor where a thing alone reads as no skill that the line reads there, "Unity 2022+" beside "C#": the line is the context;
  // nor where a thing alone is a word or two that names nothing, "Apex" read only beside "Lightning Web Components".)
  const hits = findSkills(p.text);
  for (const q of parts) {
    const at = q.start - p.start;
    const alone = new Set(findSkills(q.text).map((h) => h.skillId));
    if (hits.some((h) => h.start >= at && h.end <= at + q.text.length && !alone.has(h.skillId))) return [p];
    if (alone.size === 0 && q.text.split(/\s+/).length < 3) return [p];
  }
  for (const q of parts) listedAt.add(q.start);
  return parts;
}

/**
 * Under a heading that makes its list a pick ("You'd fit if you have experience in one or more of:", "Bonus (not all
 * required)"), the bullets that name skills are one choice: each bullet an option, whatever it holds.
 */
function pickBullets(s: PostingSection, pieces: Piece[], findSkills: FindSkills, options: ItemOptions): Piece[] {
  if (!PICK_HEADING.test(s.heading) || pieces.length < 2) return pieces;
  const out: Piece[] = [];
  let run: Piece[] = [];
  const lineOf = (p: Piece) => s.text.lastIndexOf('\n', p.start - 1) + 1;
  const perLine = new Map<number, number>();
  for (const p of pieces) perLine.set(lineOf(p), (perLine.get(lineOf(p)) ?? 0) + 1);
  const flush = (): void => {
    if (run.length >= 2) {
      const ids = [...new Set(run.flatMap((p) => skillGroups(p.text, findSkills, options).flat()))].filter((id) => options.skillInfo?.(id)?.category !== 'soft');
      out.push({ text: s.text.slice(run[0]!.start, run[run.length - 1]!.end), start: run[0]!.start, end: run[run.length - 1]!.end, head: '', choice: ids });
    } else out.push(...run);
    run = [];
  };
  for (const p of pieces) {
    const groups = p.choice ? [] : skillGroups(p.text, findSkills, options);
    // (A bullet of several sentences is a profile of its own, "1) Data lead -- You will own it. Experience with …": each sentence read alone.)
    if (!p.choice && isBullet(s.text, p.start) && (perLine.get(lineOf(p)) ?? 0) < 2 && groups.length > 0 && kindOf(p.text, groups, yearsIn(p.text) !== null, degreeIn(p.text, false) !== null) === 'skills') run.push(p);
    else {
      flush();
      out.push(p);
    }
  }
  flush();
  return out;
}

/** A line after a list that says one of its items will do: "You need one of them, not all", "Any one of those is enough". */
const PICK_AFTER =
  /^\W*(?:(?:you\s+)?(?:only\s+|just\s+)?need\s+(?:only\s+|just\s+)?(?:one|any\s+one)\s+of\s+(?:them|those|these|the\s+above)|(?:any\s+)?one\s+of\s+(?:them|those|these|the\s+above)\s+(?:is|will)\s+(?:enough|do|fine|plenty|sufficient)|any\s+(?:one\s+)?of\s+(?:them|those|these|the\s+above)\s+(?:is|will)\s+(?:enough|do|fine|ok(?:ay)?)|(?:you\s+)?(?:do\s*n(?:o|'|\u2019)t|don(?:'|\u2019)t)\s+need\s+(?:them\s+)?all)\b/i;

/** Between two lines of a list: a line break, the next line's mark ("2.", "-") and no blank line. */
const NEXT_LINE = new RegExp(String.raw`^[.;,]?[ \t]*\n[ \t]*(?:${MARK}[ \t]*)?$`);
/**
 * Items of one skill each, listed one a line, then a line of its own that says one of them will do ("Backend languages:
 * 1. Java 2. Go 3. Python / You need one of them, not all"): the items are one choice, as under a heading that says so.
 */
function pickAbove(s: PostingSection, pieces: Piece[], findSkills: FindSkills, options: ItemOptions): Piece[] {
  if (pieces.length < 3 || !/\b(?:one|all)\b/i.test(s.text)) return pieces;
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.choice || !PICK_AFTER.test(p.text) || findSkills(p.text).length > 0) {
      out.push(p);
      continue;
    }
    // The run of items right above it, each alone on its line and naming one skill, with no blank line between.
    let k = out.length;
    while (k > 0) {
      const q = out[k - 1]!;
      const gap = s.text.slice(q.end, k < out.length ? out[k]!.start : p.start);
      const groups = q.choice ? [] : skillGroups(q.text, findSkills, options);
      if (q.choice || !NEXT_LINE.test(gap) || groups.length !== 1 || groups[0]!.length !== 1) break;
      k--;
    }
    const run = out.slice(k);
    if (run.length < 2) {
      out.push(p);
      continue;
    }
    const ids = [...new Set(run.flatMap((q) => skillGroups(q.text, findSkills, options).flat()))];
    out.splice(k, run.length, { text: s.text.slice(run[0]!.start, p.end), start: run[0]!.start, end: p.end, head: '', choice: ids });
  }
  return out;
}

/** A list item that only labels wishes ("4. Nice to have", "- Bonus points:", "b) Preferred"). */
const WISH_ITEM = /^\s*(?:[-*\u2022\u00b7]|\d{1,2}[.)]|[a-z][.)])?\s*(?:nice[- ]to[- ]haves?|bonus(?: points)?|preferred(?: qualifications| skills)?|pluses|desirable|desired|optional|good to have|a plus)\s*:?\s*$/i;
/**
 * A line nested under a list item that only labels wishes ("4. Nice to have" over "a. AWS"): the nearest line above it
 * that is indented less is its parent; a parent that is such a label makes it wished for.
 */
/**
 * (s50) A tier's own asks, on top of the ones above, in a posting hiring at two levels: "Network Engineer III, in addition
 * to the above:", "For Staff, all of the above and:", a heading "Principal candidates will also bring". The lower tier is
 * hired without them, so each is a wish of the posting, as a nice-to-have is. (A label that names no level, "In addition,
 * you'll need:", adds asks for everyone; nor is a level alone a tier's label, "Senior engineers:" may open the list.)
 */
const TIER_WORD = String.raw`(?:senior|staff|principal|lead|distinguished|level\s+(?:[IVX]{1,4}|\d)|[IVX]{2,4}|L\d)`;
const HIGHER_TIER = new RegExp(String.raw`\b${TIER_WORD}\b.{0,60}?\b(?:in addition to|all of the above|on top of|(?:will |must |should |would )?also\s+(?:bring|have|need|show|offer)|additionally)\b|\b(?:in addition to the above|on top of (?:the above|that|this)|all of the above,? (?:and|plus))\b.{0,40}\b${TIER_WORD}\b`, 'i');
function underHigherTier(s: PostingSection, at: number): boolean {
  if (HIGHER_TIER.test(s.heading)) return true;
  // (The nearest line above that is no list line: a label ending in ":".)
  const lines = s.text.slice(0, Math.max(0, at)).split('\n').slice(0, -1).reverse();
  for (const line of lines) {
    const t = line.trim();
    if (!t || /^(?:[-*\u2022\u00b7\u25aa\u25e6]|\d+[.)])\s/.test(t)) continue;
    return /:\s*$/.test(t) && HIGHER_TIER.test(t);
  }
  return false;
}

function underWishLabel(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0].length;
  if (indent === 0) return false;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() && /^[ \t]*/.exec(line)![0].length < indent) return WISH_ITEM.test(line);
    end = start - 1;
  }
  return false;
}

/**
 * (s44) "Requirements (M = mandatory, D = desirable)" over "(D) PowerShell": a line opened by the mark the part's legend
 * gives a wish ("D = desirable", "P = plus", "N = nice to have") is a wish; "(M)" of the same list is asked.
 */
/** (s44c) "GitHub Actions (nice)", "Ansible (optional)": a wish's mark in brackets that ends the line. */
const WISH_MARK_AFTER = /\((?:nice|nice[- ]to[- ]have|(?:a\s+)?plus|bonus|optional|preferred|desirable|desired|good[- ]to[- ]have|wish)\)\s*\.?\s*$/i;
function markedWish(s: PostingSection, text: string): boolean {
  const m = /^\s*[([]([A-Za-z0-9]{1,3})[)\]]\s/.exec(text);
  if (!m) return false;
  const legend = new RegExp(String.raw`(?:^|[\s(,;])${m[1]}\s*=\s*(?:desirable|desired|nice(?:[- ]to[- ]have)?|optional|preferred|a plus|plus|bonus|advantageous|wish(?:ed)?)\b`, 'i');
  return legend.test(s.heading) || legend.test(s.text.slice(0, Math.max(0, s.text.indexOf(m[0].trim()))));
}

/** (s61 tune) A Chinese, Japanese or Korean character: a short line's length counts it as two letters (itemOf). */
const CJK_WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
function itemOf(s: PostingSection, u: Piece, findSkills: FindSkills, options: ItemOptions, before?: Piece): RequirementItem | null {
  const text = u.text;
  // An interest or a wish to learn ("want to learn more about ML research", "excited about autonomous driving") asks for no
  // experience: what it names is a plus, never a gap.
  const preferred = s.kind === 'preferred' || underHigherTier(s, u.start) || underWishLabel(s.text, u.start) || markedWish(s, text) || WISH_MARK_AFTER.test(text) || wishedWhole(withoutMidWish(text)) || proseWished(text) || onlyWished(text, findSkills) || (WILLING_CUE.test(text) && WILLING_INSTEAD.test(text) && !/\bclearance\b/i.test(text));
  // Under a heading that makes its list a pick ("Nice to have (not all required)", "Any of the following"), a line
  // that only lists is read as if the heading's cue stood before it.
  const pickHead = !u.choice && PICK_HEADING.test(s.heading) && !/[.!?]\s+\S/.test(text.trim());
  let groups = u.choice ? skillGroups(u.head!, findSkills, options) : pickHead ? skillGroups(`Any of: ${text}`, findSkills, options) : skillGroups(text, findSkills, options);
  // "We use Go. Experience with it or Rust is a plus.": the pronoun's skill is one of the choice.
  const resolved = u.choice ? null : resolvePronoun(text, before, findSkills, options);
  if (resolved !== null) {
    const read = skillGroups(resolved, findSkills, options);
    if (read.some((g) => g.length > 1 && !groups.some((h) => h.length > 1 && g.every((id) => h.includes(id))))) groups = read;
  }
  if (u.choice) {
    // "Any of the following databases:", "Cloud experience, one of:": the field the head names is met by any option,
    // as "a major cloud (AWS, GCP, Azure)" is: one choice, not a second ask.
    // (A field or a kind, not a named thing: "Python and one of the following: Django, Flask" asks Python apart.)
    const headHits = [...findSkills(u.head!)];
    const isKindOf = (f: string) => {
      const k = options.skillInfo?.(f);
      // (Written as a common noun, "databases", or the field's own name, "Cloud": not "Kubernetes, plus one of: Helm, Kustomize".)
      const surface = headHits.find((h) => h.skillId === f);
      const common = surface !== undefined && (/^[a-z]/.test(u.head!.slice(surface.start, surface.end)) || FIELD_NAME.test(k?.name ?? ''));
      if (!k || k.category === 'soft' || u.choice!.includes(f) || !common) return false;
      return u.choice!.some((id) => impliesId(options, id, f)) || u.choice!.every((id) => options.skillInfo?.(id)?.category === k.category);
    };
    const field = groups.filter((g) => g.length === 1 && isKindOf(g[0]!)).map((g) => g[0]!);
    if (field.length) groups = groups.filter((g) => !(g.length === 1 && field.includes(g[0]!)));
    add(groups, [...field, ...u.choice]);
  }
  const years = yearsIn(text);
  const degree = degreeIn(text, preferred);
  let kind = kindOf(text, groups, years !== null, degree !== null);
  // "Experience in fintech, healthcare, or insurance": the list's names the taxonomy does not know are options too.
  if ((kind === 'skills' || kind === 'years') && !u.choice && !pickHead && resolved === null) groups = termsNamed(withTerms(text, groups, findSkills, (id) => isField(options.skillInfo?.(id))), findSkills, options);
  // "Worked as a DevOps engineer, an SRE or a platform engineer": the roles offered are one pick.
  if ((kind === 'skills' || kind === 'years') && !u.choice && !pickHead && resolved === null && ROLE_AS.test(text)) groups = roleChoice(text, groups, findSkills);
  // "A Bachelor's in Computer Science, Engineering or a related field and 5+ years …": a degree's fields are no skill options.
  if (degree?.fields.length) groups = groups.map((g) => g.filter((id) => !(isTerm(id) && degree.fields.includes(termText(id))))).filter((g) => g.length > 0);
  // "… Linux internals and administration (e.g., filesystems, system calls) or networking (e.g., TCP/IP, routing)": two
  // fields, each with its examples, joined by "or": any of it will do (AND-of-OR cannot say "(A and B) or (C and D)").
  if (groups.length > 1 && BRACKETS_OR.test(text)) groups = [[...new Set(groups.flat())]];
  // "stream processing (Flink, Beam), warehousing (Snowflake), or search (Solr)": fields, each with a bracket of its
  // examples, in a list closed by "or": one pick of all of it (what stands outside the list keeps its own groups).
  else if (groups.length > 1 && (text.includes(') or ') || text.includes('), or ') || text.includes(') and/or ') || text.includes('), and/or '))) groups = bracketedFields(text, groups, findSkills);
  // "AZ-104 or AZ-400 certification": the certifications named are a choice the resume's text meets.
  if (kind === 'skills' || kind === 'other') {
    groups = withCerts(text, groups, findSkills, (words) => `${TERM}${words}`);
    if (kind === 'other' && groups.length) kind = 'skills';
  }
  // "Domain background in market research or audience analytics": a choice of fields in words alone, none a skill the
  // taxonomy knows, is still a choice the resume's text meets.
  if (kind === 'other' && !groups.length && !u.choice && !pickHead) {
    const alone = termsAlone(text);
    if (alone) {
      groups = [alone];
      kind = 'skills';
    }
  }
  // (s51) "Experience scheduling crew rosters or planning maintenance windows": pieces of work offered as a pick, each led by
  // its own verb, their objects no skill the taxonomy knows, are a choice in words the resume's text meets; a skill read in
  // a verb ("negotiating": negotiation) stays asked beside it.
  if ((kind === 'other' || kind === 'skills') && !u.choice && !pickHead && !groups.some((g) => g.length > 1)) {
    const work = workTerms(text);
    const objects = work?.map((t) => termText(t).toLowerCase()) ?? [];
    if (work && !findSkills(text).some((h) => objects.some((o) => o.includes(text.slice(h.start, h.end).toLowerCase())))) {
      groups = [...groups, work];
      kind = 'skills';
    }
  }
  // "Banking/Financial domain", "Knowledge of insurance industry", "experience in the financial sector": an industry asked.
  if ((kind === 'other' || kind === 'skills' || kind === 'years') && INDUSTRIES.some((i) => i.words.test(text))) {
    let ids = industriesAsked(text, groups.length === 0, findSkills(text));
    // "payments, banking or another regulated industry": an industry written as an option of a choice is one of its options.
    const optionOf = (id: string) => groups.find((g) => g.length > 1 && !g.includes(id) && g.some((t) => isTerm(t) && INDUSTRIES.find((i) => i.id === id)!.words.test(termText(t))));
    const placed = ids.filter((id) => optionOf(id)?.push(id) !== undefined);
    if (placed.length) ids = ids.filter((id) => !placed.includes(id) && !groups.some((g) => g.includes(id)));
    // "Gaming or media experience", "regulated industries such as banking, pharma, or defense": industries of one list
    // joined by "or" are options of one pick, where one of them is already read as a skill.
    // ("Background in media or adtech": a field of practice the taxonomy reads, the one thing asked beside it, is such an option too.)
    const beside = (h: SkillSpan) =>
      ids.some((id) => {
        const m = INDUSTRIES.find((i) => i.id === id)!.words.exec(text);
        const [from, to] = !m ? [0, -1] : h.start < m.index ? [h.end, m.index] : [m.index + m[0].length, h.start];
        return to >= from && /^\s*(?:,|\/|,?\s*or|,?\s*and\/or)\s*(?:[\w-]+\s+)?$/i.test(text.slice(from, to));
      });
    const field = / or /i.test(text) ? groups.find((g) => g.every((id) => options.skillInfo?.(id)?.category === 'practice') && findSkills(text).some((h) => g.includes(h.skillId) && beside(h))) : undefined;
    // ("Experience in the energy sector or with SCADA": an industry, then an "or" that repeats the ask's preposition before a
    // named skill, offers that skill in its place.)
    const industryAt = (id: string) => INDUSTRIES.find((i) => i.id === id)!.words.exec(text)?.index ?? Infinity;
    const orWith = / or /i.test(text) ? groups.find((g) => g.length === 1 && findSkills(text).some((h) => g.includes(h.skillId) && INDUSTRY_OR_WITH.test(text.slice(0, h.start)) && ids.some((id) => industryAt(id) < h.start))) : undefined;
    const held = / or |\/|\band\/or\b/i.test(text) || INDUSTRY_PICK.test(text) ? (groups.find((g) => ids.some((id) => g.includes(id))) ?? field ?? orWith) : undefined;
    if (held) held.push(...ids.filter((id) => !groups.some((g) => g.includes(id))));
    if (ids.length && !groups.some((g) => ids.some((id) => g.includes(id)))) {
      groups = [...groups, ids];
      // (An item of years keeps its kind: "3+ years in the healthcare industry" asks years in it.)
      if (kind !== 'years') kind = 'skills';
    }
    // "Experience in logistics, construction, or mining": the industries read are named members of the list, and the
    // members the table does not know are options in words beside them, as beside any skill (lib/requirements/terms.ts).
    const read = groups.flat().filter((id) => INDUSTRIES.some((i) => i.id === id));
    // (s49: or "o", "ou", "oppure" of another language: "Experiencia en retail, banca o telecomunicaciones".)
    if (read.length && !u.choice && !pickHead && (saysOr(text) || INDUSTRY_PICK.test(text))) {
      const named: FindSkills = (t) => [...findSkills(t), ...industrySpans(t, read)].sort((a, b) => a.start - b.start);
      const before = new Set(groups.flat());
      // (Where or with whom one worked is no industry, "in healthcare, startups, or agencies", nor is a kind of field left
      // open: "the legal industry or a similar regulated field".)
      // (s50: but a kind of employer with an article of its own among others that have theirs, in words that say which, is
      // one: "at an airline, a hotel chain or a travel agency"; not "a startup or an agency".)
      const articled = (words: string) => new RegExp(String.raw`(?:,|\bor)\s+(?:an?|the)\s+${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'i').test(text) && /\b(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,2}\s*,\s*(?:an?|the)\s+/i.test(text);
      const industryWords = (id: string) => (!notField(termText(id)) || (/\s/.test(termText(id)) && articled(termText(id)))) && !/\b(?:fields?|areas?|verticals?)$/i.test(termText(id));
      groups = withTerms(text, groups, named, (id) => isField(options.skillInfo?.(id))).map((g) => g.filter((id) => before.has(id) || industryWords(id)));
      // ("Background in telecom, energy or public sector projects", "payments, lending or the insurance sector": an industry
      // read apart whose words are a member of the "or" list, right after its comma or "or", is one more option of it.)
      const choice = groups.find((g) => g.length > 1 && g.some((id) => read.includes(id) || isTerm(id)));
      const member = (id: string) => {
        const m = INDUSTRIES.find((i) => i.id === id)?.words.exec(text);
        return !!m && /(?:,|\bor)\s+(?:the\s+)?$/i.test(text.slice(0, m.index)) && !/\band\s/i.test(text.slice(0, m.index).replace(/\band\/or\b/gi, ''));
      };
      if (choice && saysOr(text))
        for (let k = groups.length - 1; k >= 0; k--) if (groups[k] !== choice && groups[k]!.every((id) => INDUSTRIES.some((i) => i.id === id) && member(id))) choice.push(...groups.splice(k, 1)[0]!);
    }
  }
  // "a matchmaking service — e.g. PlayFab, GameLift, Pragma, or an in-house equivalent", "Easy Anti-Cheat or BattlEye",
  // "a title on console (PS5 / Xbox Series)": names the taxonomy does not know, offered as a choice, are the options.
  if (kind === 'other' && groups.length === 0) {
    const names = namesOffered(text);
    if (names.length) {
      groups = [names];
      kind = 'skills';
    }
  }
  // "Epic Clarity or Cerner Millennium data models": products the taxonomy does not know as wholes (it may know a part,
  // "Cerner"), offered as a choice, are the options; the skills read inside them, or in the noun after them, are not asked apart.
  if (kind === 'skills' && groups.length > 0 && / or /.test(text)) {
    const named = namesOffered(text, true);
    if (named.length) {
      const hits = findSkills(text);
      const spans = named.map((t) => {
        const at = text.indexOf(termText(t));
        return [at, at + termText(t).length] as const;
      });
      const last = spans[spans.length - 1]![1];
      const inside = (h: SkillSpan) => h.start >= last || spans.some(([a, b]) => h.start >= a && h.end <= b && h.end - h.start < b - a);
      const within = hits.filter((h) => h.start >= spans[0]![0]);
      if (spans.every(([a]) => a >= 0) && within.length > 0 && within.every(inside) && !hits.some((h) => h.start < spans[0]![0] && groups.flat().includes(h.skillId))) groups = [named];
    }
  }
  // "Contributions to open-source networking projects (e.g., DPDK, FD.io, OVS)": the projects named are where the
  // contributions go, not skills asked beside them; using DPDK is no contribution to it.
  // ("Open-source contributions in Go or Zig": languages after "in" say what the code is written in; they stay asked.)
  if (groups.length > 1 && groups.some((g) => g.includes('open-source')) && /\bcontribut/i.test(text)) {
    const writtenIn = new Set(findSkills(text).filter((h) => options.skillInfo?.(h.skillId)?.category === 'language' && /\b(?:in|using)\s+(?:[\w+#.-]+[\s,/]+){0,6}$/i.test(text.slice(Math.max(0, h.start - 60), h.start))).map((h) => h.skillId));
    // (What a clause before the contributions' one asks stays asked: "WebAssembly runtimes would be a plus, as would contributions to …".)
    const at = text.search(/\bcontribut/i);
    const clauseFrom = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at));
    const earlier = new Set(clauseFrom > 0 ? findSkills(text).filter((h) => h.end <= clauseFrom).map((h) => h.skillId) : []);
    groups = groups.filter((g) => g.includes('open-source') || (writtenIn.size > 0 && g.every((id) => writtenIn.has(id))) || (earlier.size > 0 && g.every((id) => earlier.has(id))));
  }
  // "Prior internship or research experience": an internship is an option the resume's "Intern" meets.
  if ((kind === 'skills' || kind === 'other') && INTERNSHIP_OR.test(text)) {
    if (groups.length) groups = [[...groups[0]!, `${TERM}intern`], ...groups.slice(1)];
    else groups = [[`${TERM}intern`]];
    kind = 'skills';
  }
  // Under a heading about languages ("Language requirements", "Languages"), a spoken language named is asked ("German or English").
  if ((kind === 'other' || kind === 'skills') && /\blanguages?\b/i.test(s.heading) && !/\bprogramming\b/i.test(s.heading) && LANGUAGE_NAME.test(text)) kind = 'language';
  // (s50: a standard named by its body's letters and its number, "NMEA 2000", "ARINC 429", "DO-178C", is a named thing asked, short as it is.)
  // (s61 tune: a Chinese, Japanese or Korean character holds as much as a word, "\u7269\u6d41\u696d\u754c\u3067\u306e\u7d4c\u9a13" (experience in logistics)
  // is no fragment: each counts as two letters, CJK_WIDE.)
  if (kind === 'other' && text.replace(CJK_WIDE, 'xx').length < 12 && !STANDARD_NAMED.test(text.trim())) return null;
  return {
    text,
    // (The right to work or a clearance said to be a must is one wherever it stands: "You must have the right to work in
    // the UK" below a list of wishes.)
    // (Nor is a refusal to sponsor a wish: "We are unable to sponsor work visas for this role" below the nice-to-haves.)
    importance: preferred && !((kind === 'authorization' || kind === 'clearance') && s.kind === 'preferred' && /\b(?:must|required|mandatory)\b/i.test(text) && !PREFERRED_WORDS.test(text.replace(/\brequired\b/gi, ''))) && !(kind === 'authorization' && !PREFERRED_WORDS.test(text) && saysNoSponsorship(withoutCitizenIdioms(text))) ? 'preferred' : 'required',
    kind,
    groups,
    years,
    degree,
    start: s.offset + u.start,
    end: s.offset + u.end,
  };
}

/** A list of two or more "<a few words> (<bracket>)" closed by "or": see bracketedFields. */
const BRACKETED_OR = /(?:[\w+#./-]+\s+){0,2}[\w+#./-]+\s*\([^()]{1,80}\)(?:\s*,\s*(?:[\w+#./-]+\s+){0,2}[\w+#./-]+\s*\([^()]{1,80}\))*\s*,?\s*(?:or|and\/or)\s+(?:[\w+#./-]+\s+){0,2}[\w+#./-]+\s*\([^()]{1,80}\)/i;

/** The groups of the skills named in a BRACKETED_OR list merged into one pick (each field or any of its examples will do). */
function bracketedFields(text: string, groups: string[][], findSkills: FindSkills): string[][] {
  const m = BRACKETED_OR.exec(text);
  if (!m) return groups;
  const from = m.index;
  const to = m.index + m[0].length;
  const inList = new Set(findSkills(text).filter((h) => h.start >= from && h.end <= to).map((h) => h.skillId));
  const merged = groups.filter((g) => g.some((id) => inList.has(id)));
  if (merged.length < 2) return groups;
  const at = groups.indexOf(merged[0]!);
  const rest = groups.filter((g) => !merged.includes(g));
  return [...rest.slice(0, at), [...new Set(merged.flat())], ...rest.slice(at)];
}

/** Before a skill offered in place of an industry: "… industry or with ", "… sector, or using ". */
const INDUSTRY_OR_WITH = /[a-z](?:\s+(?:industry|industries|sector|domain|space|vertical))?\s*,?\s+or\s+(?:with|using|via|on|in)\s+(?:(?:the|an?|some)\s+)?$/i;
/** The industries the taxonomy names, by the words an ask names them with (lib/match/domains.ts judges them by the resume's employers). */
const INDUSTRIES = INDUSTRY_WORDS.filter((i) => i.inTaxonomy);
/** An industry's word said to be a domain: "… domain", "… industry", "the … sector", "experience in …". */
const INDUSTRY_NOUN = /^[\w/ -]{0,40}?\b(?:domain|industry|industries|sector|space|vertical|background|institutions?|environments?)\b/i;

/**
 * The industries an item asks: each named before a domain noun ("Banking/Financial domain") or "experience", as an
 * option of a list after "experience in", or, `alone`, named at all. A word inside another skill the matcher `read` is
 * that skill's ("Capital markets / FIX experience": capital markets).
 */
function industriesAsked(text: string, alone: boolean, read: ReadonlyArray<SkillSpan>): string[] {
  const out: string[] = [];
  for (const { id, words } of INDUSTRIES) {
    // Each place the industry is named, until one asks it ("energy trading or utilities": the second).
    for (const m of text.matchAll(new RegExp(words.source, `${words.flags}g`))) {
      if (read.some((h) => h.skillId !== id && h.start <= m.index && h.end >= m.index + m[0].length)) continue;
      // A capitalised word after another inside a sentence is part of a name, no industry: "Iron Bank images", "Capital One".
      const before = text.slice(0, m.index);
      if (/^[A-Z]/.test(m[0]) && /[A-Z][\w-]*\s+$/.test(before) && before.trim().split(/\s+/).length > 1) continue;
      const after = text.slice(m.index);
      // The employer's own market is no industry asked: "our fintech environment", "rules in our banking product".
      if (/\b(?:our|its|their)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) continue;
      const rest = text.slice(m.index + m[0].length);
      // An option of a list joined by "or" ("in healthcare, logistics, or fintech"): asked as an industry beside the skills
      // read in it; a word of a longer name ("banking integration", "F&B logistics") is no option.
      // (Or of a list after a pick's cue, no "or" in it: "in any of: payments, lending, insurance".)
      const listed = (/\bor\b/i.test(text) || INDUSTRY_PICK.test(text)) && /(?:,|\/|\bor|&|:|\b(?:in|at|to|with|within)(?:\s+the)?)\s*$/i.test(before) && LIST_NEXT.test(rest);
      // (Or joined by "or" to another industry the matcher read: "ideally in healthcare or fintech".)
      const joined = (a: number, b: number) => a <= b && /^\s*(?:or|and\/or|\/)\s*$/i.test(text.slice(a, b));
      const besideRead = listed && read.some((h) => h.skillId !== id && INDUSTRIES.some((i) => i.id === h.skillId) && (joined(m.index + m[0].length, h.start) || joined(h.end, m.index)));
      // (s51) A line that is only industries, the first opening it: "Insurance or other regulated financial services",
      // "Banking / payments" (a wish or an ask by the list it stands in).
      const onlyIndustries = alone && m.index === 0 && text.length <= 80 && INDUSTRY_LINE.test(rest);
      if (INDUSTRY_NOUN.test(after) || EXPERIENCE_AFTER.test(rest) || ((alone || listed) && askedJustBefore(before)) || besideRead || onlyIndustries) {
        out.push(id);
        break;
      }
    }
  }
  return out;
}
/** Where the text names each of the industries `ids` by the table's words, as skill spans. */
function industrySpans(text: string, ids: readonly string[]): SkillSpan[] {
  return INDUSTRIES.filter((i) => ids.includes(i.id)).flatMap((i) => [...text.matchAll(new RegExp(i.words.source, `${i.words.flags}g`))].map((m) => ({ skillId: i.id, start: m.index, end: m.index + m[0].length })));
}

/** (s51) After an industry that opens a line: nothing, or more of a list ("or other regulated financial services", "/ payments"). */
const INDUSTRY_LINE = /^(?:\s*(?:,|\/|&|\bor\b|\band\/or\b)\s*(?:(?:other|another|any other|similar|related|adjacent)\s+)?(?:[\w-]+\s*){1,4})*\s*[.!]?\s*$/i;
/** A pick's cue before a list with no "or": "any of:", "one or more of", "at least one of". */
const INDUSTRY_PICK = /\b(?:one|any|either|at least one|one or more)\s+(?:\(?or more\)?\s+)?of\b/i;
/** After an option of a list of industries, with a word of work in it or not ("healthcare research", "government contracting"): the list's next mark or its end. */
const LIST_NEXT = /^(?:\s+(?:research|contracting|settings?|environments?|organi[sz]ations?))?\s*(?:$|[,/&.;)]|(?:or|and\/or|is|are|would|will|helps?|preferred|required|a plus|welcome|experience|background)\b)/i;
/** Before an industry: the work or knowledge asked in it ("experience in", "prior work at", "years in", "background within"). */
// (Or what was built there: "you have built systems in healthcare or insurance".)
const ASKED_IN = /\b(?:(?:experience|knowledge|background|exposure|familiarity|work(?:ed|ing)?|years|expertise|roles?|positions?|career)|(?:built|shipped|delivered|run|operated)\s+(?:[\w-]+\s+){0,2}?(?:systems|software|products|platforms|services))\s+(?:in|of|with|within|at|for|to)\s+/i;
/**
 * Whether the work or knowledge asked stands just before an industry, in the same sentence and a few words off ("experience
 * in regulated industries such as banking, pharma, or …"); "years of experience managing AI at scale in other industries,
 * Signal 1 empowers healthcare …" is a pitch.
 */
function askedJustBefore(before: string): boolean {
  const last = [...before.matchAll(new RegExp(ASKED_IN.source, 'gi'))].pop();
  if (!last) return false;
  // (A pick's cue and its colon lead into the list: "experience in any of: payments, …".)
  const stretch = before.slice(last.index + last[0].length).replace(/\b(?:e\.g|i\.e)\./gi, '').replace(new RegExp(`${INDUSTRY_PICK.source}(?:\\s+the\\s+following)?\\s*:`, 'gi'), '');
  return !/[.;:!?]/.test(stretch) && stretch.split(/\s+/).filter(Boolean).length <= 8;
}
/** After an industry, or a list of them: "… experience" ("Gaming or media experience a plus", "Automotive, aerospace, or industrial experience"). */
// (An item of up to three words: "Energy, utilities or industrial control systems background".)
const EXPERIENCE_AFTER = /^(?:\s*(?:,|\/|&|\bor\b|\band\b)\s*(?:or\s+)?[\w-]+(?:\s+[\w-]+){0,2})*\s+(?:industry\s+|domain\s+|sector\s+)?(?:experience|background|expertise)\b/i;

/**
 * Two spans of years in one line, each its own ask: "6+ years in backend roles, including 3+ years with Kubernetes"
 * asks six years in all and three of Kubernetes; "5+ years of Python; 2+ years of Django" five of Python and two of
 * Django. The line is cut where the second span's clause starts (a comma, a semicolon, "and", "including", "of which",
 * "with", a bracket), and each part reads its own skills; a second span that names no skill stays a detail of the first.
 */
function yearsApart(item: RequirementItem, findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  if (item.years === null) return [item];
  const hits = findYears(item.text);
  // "4+ years in security or SRE, with at least 2 in a security-focused role": the second span leaves "years" unsaid.
  if (hits.length === 1) {
    const after = item.text.slice(hits[0]!.end);
    // (Within the same sentence, soon after the first span: found by a search, the pattern kept small.)
    const m = /\b(?:with|including|of which|of them|of those)\b/i.test(after) ? ELLIPTIC_YEARS.exec(after) : null;
    if (m && m.index <= 80 && !/[.;]/.test(after.slice(0, m.index))) {
      // (Or a bare count with its plus: "6+ years in infrastructure, 3+ with observability systems".)
      const [count, gap] = m[1] !== undefined ? [m[1], m[2]!] : m[3] !== undefined ? [m[3], m[4]!] : [m[5]!, m[6]!];
      const index = hits[0]!.end + m.index + m[0].length - count.length - gap.length;
      const n = /^\d/.test(count) ? Number(count) : WORD_NUMBER.indexOf(count.toLowerCase()) + 1;
      if (n > 0 && n < hits[0]!.min) hits.push({ min: n, max: null, index, end: index + count.length });
    }
  }
  if (hits.length < 2) return [item];
  const [a, b] = hits as [(typeof hits)[0], (typeof hits)[0]];
  const joint = SECOND_SPAN.exec(item.text.slice(a.end, b.index));
  if (!joint) return [item];
  const cut = a.end + joint.index;
  let rest = cut + joint[0].length - (joint[1]?.length ?? 0);
  while (rest < item.text.length && /\s/.test(item.text[rest]!)) rest++;
  // The second span's clause ends at the next comma or semicolon: "…, 2+ years managing HPC clusters, strong Linux" asks Linux
  // with no years of its own.
  // (Not a comma inside a bracket: "at least 3 of them with healthcare data (claims, EHR or FHIR)".)
  const depth = parenDepths(item.text);
  let after: RegExpExecArray | null = null;
  for (const m of item.text.slice(b.end).matchAll(/[,;]\s/g)) {
    if (depth[b.end + m.index] === 0) {
      after = m as RegExpExecArray;
      break;
    }
  }
  const tailAt = after ? b.end + after.index : item.text.length;
  const firstText = item.text.slice(0, cut).trimEnd();
  const secondText = item.text.slice(rest, tailAt);
  // "…, with 5+ years on mobile packet core (EPC or 5GC)": names the taxonomy does not know, offered as a choice, are the options.
  let second = skillGroups(secondText, findSkills, options);
  if (second.length === 0) second = namedChoice(secondText);
  if (second.length === 0) return [item];
  const first = skillGroups(firstText, findSkills, options);
  const part = (text: string, from: number, found: string[][], years: RequirementItem['years']): RequirementItem => {
    const degree = degreeIn(text, item.importance === 'preferred');
    // (Each part reads its own options in words: "6+ years in infrastructure or backend engineering".)
    const groups = withTerms(text, found, findSkills, (id) => isField(options.skillInfo?.(id)));
    return { ...item, text, groups, years, degree, kind: kindOf(text, groups, years !== null, degree !== null), start: item.start + from, end: item.start + from + text.length };
  };
  const out = [part(firstText, 0, first, { min: a.min, max: a.max }), part(secondText, rest, second, { min: b.min, max: b.max })];
  const tailFrom = tailAt + (after?.[0].length ?? 0);
  const tailText = item.text.slice(tailFrom).trimEnd();
  const tail = tailText ? skillGroups(tailText, findSkills, options) : [];
  if (tail.length > 0) out.push(part(tailText, tailFrom, tail, null));
  else out[1] = part(item.text.slice(rest).trimEnd(), rest, second, { min: b.min, max: b.max });
  return out;
}
/** An internship offered beside another kind of experience: "internship or research experience", "research or internship". */
const INTERNSHIP_OR = /\binternships?\s+(?:or|and\/or)\s+\w|\b(?:or|and\/or)\s+(?:an?\s+)?internships?\b/i;
const PLACES_ASKED = /\b(?:reside|residing|residents?|based|located|live|living|relocat\w*|remote|on-?site|hybrid|time ?zones?|states?|countries|cities|offices?|locations?|citizens?)\b/i;
/** A member that only leaves the list open ("an in-house equivalent", "similar", "etc."). */
// (Or in another language: "o simili", "ou similares", "o parecidos".)
const OPEN_MEMBER = /^(?:(?:an?|any|some|other|another)\s+)?(?:(?:in-house|home-grown|homegrown|internal|custom|similar|equivalent|comparable)\b.*|others?|etc\.?|similar|equivalent|simil(?:ar(?:es)?|i|e)|semelhantes?|parecid[oa]s?|equivalent(?:es?|i)|similaires?|\u00e4hnliche[snm]?|altr[ie]|outr[oa]s|otr[oa]s)$/i;

/**
 * Names offered as a choice where the taxonomy knows none of them: the list in a bracket ("(PS5 / Xbox Series)"), or the
 * one after the last cue ("e.g. PlayFab, GameLift, Pragma, or an in-house equivalent"; "with Easy Anti-Cheat or
 * BattlEye"). Two names at least, each written as a name; an open end is left out. As term options, or none.
 */
/** After a list's last name, what the sentence says of the list: " is a huge plus", " experience preferred", " would be great". */
const NAME_THEN_SAID = /\s+(?:(?:is|are|would be|will be)\s+(?:an?\s+|also\s+)?(?:(?:big|huge|strong|nice|real)\s+)?(?:plus|bonus|advantage|asset|preferred|required|welcome|great|helpful|useful|ideal)|(?:experience|background|knowledge|skills?|expertise)(?:\s+(?:is\s+)?(?:a\s+)?(?:plus|preferred|required|welcome|helps?))?|a plus|preferred|required|welcome)\b.*$/i;
/** The noun for products, then the examples' cue and its list: "survey tooling (e.g. Qualtrics, …)", "CAT tools such as Trados, …". */
const KIND_EXAMPLES = /\b(?:tools?|tooling|platforms?|vendors?|providers?|software|systems?|suites?|engines?|solutions?|packages?|SDKs?)\s*(?:\(\s*(?:e\.\s?g\.,?|such as|like|for example,?|for instance,?|incl\.|including)\s+([^()]{3,200})\)|,?\s+(?:e\.\s?g\.,?|such as|like|including)\s+([^()]{3,200}?)\s*[.;]?\s*$)/i;
function namesOffered(text: string, nounAfter = false): string[] {
  // (Not places: "Remote — must reside in TX, FL, GA, NC or AZ" is where the job hires, judged against the resume's address.)
  // ("Zucchetti, TeamSystem o Danea", "TOTVS ou SAP Business One": the "or" of another language is the English one.)
  text = /\s(?:o|ou|oder|oppure)\s/i.test(text) ? text.replace(/(?<=\s)(?:o|ou|oder|oppure)(?=\s)/gi, 'or') : text;
  if (PLACES_ASKED.test(text)) return [];
  // "survey tooling (e.g. Qualtrics, Typeform, SurveyMonkey)", "CAT tools such as Trados, memoQ, Phrase": after the noun for
  // products, the examples' cue offers its names with no "or" (not employers after a field: "fintech (e.g. Monzo, N26)").
  const examples = KIND_EXAMPLES.exec(text);
  const exampled = examples ? (examples[1] ?? examples[2]!).replace(HANGING_CLAUSE, '') : '';
  if (examples && !/\s(?:and|&)\s/i.test(exampled)) {
    const named = exampled.split(/\s*,\s*(?:or\s+)?|\s+or\s+|\s*\/\s*/i).map((m) => m.trim().replace(/[.;]+$/, '')).filter((m) => m && !OPEN_MEMBER.test(m));
    if (named.length >= 2 && named.every((m) => /^(?:[A-Z0-9]|[a-z]{1,5}[A-Z])[\w+#.-]*(?:\s+[A-Z0-9][\w+#.-]*){0,2}$/.test(m))) return named.map((m) => `${TERM}${m}`);
  }
  if (!/\bor\b|\//.test(text)) return [];
  // (s49) "FIX (4.2/4.4) or ITCH/OUCH": a bracket of versions after a name says which of it, no list of its own.
  if (/\(\s*v?\d/.test(text)) text = text.replace(/\s*\(\s*(?:v?\d+(?:\.(?:\d+|x))*\+?\s*(?:\/|,|\bor\b)\s*)+v?\d+(?:\.(?:\d+|x))*\+?\s*\)/gi, '');
  const bracket = /\(([^()]*(?:\bor\b|\/)[^()]*)\)/.exec(text);
  // (Not where the candidate worked: "experience at scale (Initech/Globex/Hooli)" names employers, no choice of skills.)
  if (bracket && /\bat(?:\s+scale)?\s*$/i.test(text.slice(0, bracket.index))) return [];
  // (Or a colon after the kind: "vehicle buses: CAN, LIN or FlexRay".)
  // (Or "of", "via", and the lead-in words of other languages: "Knowledge of Holded or Sage 50", "gestionali come Zucchetti".)
  const cue = /^.*(?:\b(?:e\.g\.,?|such as|like|including|with|using|in|on|(?:knowledge|experience|conhecimentos?|conocimientos?|conoscenz[ae]|kenntniss?e?|connaissances?)\s+of|via|con|com|come|como|tipo|de|mit|avec|wie|comme|zoals|met)\s+|:\s+)/i.exec(text.replace(/[.;]\s*$/, ''));
  // (s53: not on into a clause that hangs on the sentence: "Duck Creek, Majesco or Sapiens, as long as you've seen one".)
  // (s57: not a degree's fields of study, "Diploma di perito informatico o laurea in Informatica/Ingegneria".)
  if (!bracket && cue && DEGREE_OF.test(cue[0])) return [];
  const list = bracket ? bracket[1]! : cue ? text.slice(cue[0].length).replace(/[.;]\s*$/, '').replace(HANGING_CLAUSE, '') : '';
  // (A last member that leaves the list open, "or anything else for Android builds", is no name.)
  const members = list.split(/\s*,\s*(?:or\s+)?|\s+or\s+|\s*\/\s*/i).map((m) => m.trim()).filter((m, k, all) => m && !OPEN_MEMBER.test(m) && !(k === all.length - 1 && /^(?:anything|whatever|something)\b/i.test(m)));
  // ("… or Cerner Millennium data models": the noun after the last name is what the names are of.)
  if (nounAfter && members.length) members[members.length - 1] = members[members.length - 1]!.replace(/(?:\s+[a-z][\w-]*){1,2}$/, '');
  // ("… PlayStation or Xbox is a huge plus": what the sentence says of the list is no part of its last name.)
  else if (members.length) members[members.length - 1] = members[members.length - 1]!.replace(NAME_THEN_SAID, '');
  // (s49) "ITCH/OUCH protocols", "Creo or NX licences": a plural noun after the last name, no bracket around the list, is
  // what all the names are of.
  if (!bracket && members.length) members[members.length - 1] = members[members.length - 1]!.replace(/^((?:[A-Z0-9]|[a-z]{1,5}[A-Z])[\w+#.-]*(?:\s+[A-Z0-9][\w+#.-]*)?)\s+[a-z][a-z-]{3,}s$/, '$1');
  // (A name may open in lowercase with a capital inside: "inRiver", "iXBRL", "mParticle"; s49: "memoQ", "webMethods".)
  const name = (m: string) => /^(?:[A-Z0-9]|[a-z]{1,5}[A-Z])[\w+#.-]*(?:\s+[A-Z0-9][\w+#.-]*){0,2}$/.test(m);
  if (members.length < 2 || !members.every(name)) return [];
  return members.map((m) => `${TERM}${m}`);
}

/** A choice of names in a clause ("(EPC or 5GC)", "Epic Clarity or Cerner Millennium"), as one group of term options, or none. */
function namedChoice(text: string): string[][] {
  const bracket = /\(([^()]*\bor\b[^()]*)\)/i.exec(text);
  const list = bracket ? bracket[1]! : text;
  if (!/\bor\b/i.test(list)) return [];
  const members = list.split(/\s*,\s*(?:or\s+)?|\s+or\s+/i).map((m) => m.trim().replace(/[.;:]+$/, ''));
  if (members.length < 2 || !members.every((m) => /^[A-Z0-9][\w+#./-]*(?:\s+[A-Z0-9][\w+#./-]*){0,2}$/.test(m))) return [];
  return [members.map((m) => `${TERM}${m}`)];
}

/**
 * Years that qualify the first thing named only: "6+ years of data engineering, strong SQL, Python, and experience with
 * Snowflake or BigQuery" asks six years of data engineering, then SQL, Python and a warehouse with no years of their own.
 * The line is cut at the first comma after the span whose clause opens with a word that asks anew ("strong", "solid",
 * "experience with", "knowledge of", "hands-on"); "5+ years of Python, Go or Java" has none and stays one ask.
 */
/**
 * "6+ years in SRE or production operations, Kubernetes, Prometheus and Grafana, Go or Python": years of a field (its
 * last word in lower case), then after a comma a list of names only: the names carry no years of their own. The comma,
 * as a match (yearsScope cuts there). ("5+ years of Python, Go or Java" names a choice after the years: no field, no cut.)
 */
function namesAfterField(after: string): RegExpExecArray | null {
  const m = /^\s+(?:in|of|with|doing|running)\s+[^,;()]*?\b[a-z]{4,}(,\s*)(?=[A-Z])/.exec(after);
  if (!m) return null;
  const rest = after.slice(m[0].length).replace(/[.;]\s*$/, '');
  if (!rest.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).every((x) => /^[A-Z0-9][\w+#./-]*(?:\s+[A-Z0-9][\w+#./-]*){0,2}$/.test(x.trim()))) return null;
  const comma = Object.assign([m[1]!], { index: m[0].length - m[1]!.length, input: after, groups: undefined }) as unknown as RegExpExecArray;
  return comma;
}

function yearsScope(item: RequirementItem, findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  if (item.years === null || item.groups.length < 1) return [item];
  const hit = findYears(item.text)[0];
  if (!hit) return [item];
  // (Or a clause about the person that asks anew: "four years in security operations who has written detections in a SIEM".)
  const after = item.text.slice(hit.end);
  const anew = ASKS_ANEW.exec(after);
  const withAnew = /\bwith\b/i.test(after) ? WITH_ANEW.exec(after) : null;
  const m = (anew && withAnew ? (anew.index <= withAnew.index ? anew : withAnew) : (anew ?? withAnew)) ?? WHO_ANEW.exec(after) ?? namesAfterField(after) ?? PREDICATE_ANEW.exec(after) ?? (PERSON_SPENT.test(item.text.slice(0, hit.end)) ? VERB_ANEW.exec(after) : null);
  if (!m) return [item];
  const cut = hit.end + m.index;
  const rest = cut + m[0].length;
  const firstText = item.text.slice(0, cut).trimEnd();
  const restText = item.text.slice(rest).trimEnd();
  const first = skillGroups(firstText, findSkills, options);
  const second = skillGroups(restText, findSkills, options);
  // (One skill named in all goes with the years unless they were asked bare: "6+ years, with on-call experience".)
  if (!second.length || (item.groups.length < 2 && first.length > 0)) return [item];
  const degree = degreeIn(firstText, item.importance === 'preferred');
  return [
    { ...item, text: firstText, groups: first, degree, kind: kindOf(firstText, first, true, degree !== null), end: item.start + cut },
    { ...item, text: restText, groups: second, years: null, degree: null, kind: kindOf(restText, second, false, false), start: item.start + rest },
  ];
}
/**
 * Years that qualify what is named after them, last in a list: "Python, SQL, and 3+ years building data pipelines" asks
 * Python and SQL, and three years of data pipelines (session 30, #12; self-contained).
 */
function yearsLast(item: RequirementItem, findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  if (item.years === null || item.groups.length < 2 || !item.text.includes(', and ')) return [item];
  const m = YEARS_LAST.exec(item.text);
  if (!m) return [item];
  const firstText = item.text.slice(0, m.index).trimEnd();
  const rest = m.index + m[0].length - m[1]!.length;
  const restText = item.text.slice(rest).trimEnd();
  const first = skillGroups(firstText, findSkills, options);
  const second = skillGroups(restText, findSkills, options);
  if (!first.length || !second.length) return [item];
  return [
    { ...item, text: firstText, groups: first, years: null, degree: null, kind: kindOf(firstText, first, false, false), end: item.start + m.index },
    { ...item, text: restText, groups: second, kind: kindOf(restText, second, true, false), start: item.start + rest },
  ];
}
/** ", and 3+ years …" after a list: where the years' own clause starts. */
const YEARS_LAST = /,\s+and\s+((?:at least\s+)?\d{1,2}\+?\s*(?:years?|yrs)\b)/i;
const WHO_ANEW = /,?\s+(?=(?:and\s+)?who\s+(?:has|have|had|can|knows?|writes?|wrote|built|builds|runs?|ran)\b)/i;
/** A new predicate of the same person after a comma: "The ideal candidate has 6+ years in SRE roles, has run HIPAA workloads, and can mentor". */
const PREDICATE_ANEW = /,\s+(?:and\s+)?(?=(?:has|have|can|could|is|will)\s+(?!(?:been|a|an|the|at|over|more|some|no|\d)\b)[a-z]+\b)/i;
/**
 * (s45) The person's years told as a verb ("has spent five years building payment systems", "You've spent 4 years on …"),
 * then after a comma a verb of their own ("…, writes Scala daily and knows Kafka", "…, write Go"): a new ask, with no years
 * of its own. (Only after such a subject: "5+ years of Python, runs on AWS" is no person's verb.)
 */
const PERSON_SPENT = /\b(?:has|have|(?:'|\u2019)ve|having)\s+(?:already\s+)?(?:spent|worked|put\s+in|clocked)\b/i;
const VERB_ANEW = /,\s+(?:and\s+)?(?=(?:writes?|knows?|speaks?|ships?|reads?|understands?|mentors?|leads?|enjoys?|loves?|codes?|thinks?|cares?|holds?|uses?|brings?)\s+[\w"'\u201c(]+)/i;
const ASKS_ANEW =
  /,\s+(?:and\s+|plus\s+)?(?=(?:strong|solid|deep|excellent|good|great|proven|advanced|expert|proficien\w*|fluen\w*|(?:hands-on\s+|working\s+|prior\s+|some\s+)?(?:experience|knowledge|familiarity|expertise|understanding|exposure)\s+(?:with|of|in)|hands-on|comfort\w*\s+with|you(?:(?:'|\u2019)(?:re|ve)|\s+(?:are|have|know|can|should))\s)\b)/i;
/** … or a clause that asks a thing's experience anew: ", with on-call experience" (tried only where "with" is written). */
const WITH_ANEW = /,\s+(?:and\s+)?(?=with\s+(?:(?:some|prior|hands-on|strong|solid|deep|proven)\s+)?(?:[\w+#./-]+\s+){1,3}(?:experience|exposure|expertise|knowledge|skills)\b)/i;

/**
 * Clauses of one line asked differently, split at semicolons: "Comfortable with Docker; Kubernetes knowledge is nice to
 * have" asks Docker and wishes for Kubernetes; "Good English; Dutch is not required" asks English and nothing of Dutch;
 * and at a comma after "required": "Go required, Rust a plus".
 * Only a line read as a wish outside a part of wishes, where some clause wishes and some does not.
 */
function clausesApart(item: RequirementItem, part: PostingSection['kind'], findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  if (item.importance !== 'preferred' || part === 'preferred' || !(/;|\b(?:required|a must|must-have|essential|mandatory)\s*,/i.test(item.text) || WISH_THEN_MUST.test(item.text))) return [item];
  const clauses: Array<{ text: string; from: number }> = [];
  let at = 0;
  for (const m of item.text.matchAll(/;\s+/g)) {
    clauses.push({ text: item.text.slice(at, m.index).trimEnd(), from: at });
    at = m.index + m[0].length;
  }
  clauses.push({ text: item.text.slice(at).trimEnd(), from: at });
  // "Go required, Rust a plus": a comma between a part said to be required and one said to be a wish.
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    const m = /^(.*?\b(?:required|a must|must-have|essential|mandatory)\b)\s*,\s+(?=\S)/i.exec(c.text);
    if (!m || !PREFERRED_WORDS.test(c.text.slice(m[0].length)) || PREFERRED_WORDS.test(m[1]!)) continue;
    clauses.splice(k, 1, { text: m[1]!, from: c.from }, { text: c.text.slice(m[0].length), from: c.from + m[0].length });
  }
  // "Go or Rust preferred, Python required": a part said to be a wish, then a comma and a part said to be required.
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    const m = WISH_THEN_MUST.exec(c.text);
    if (!m) continue;
    clauses.splice(k, 1, { text: m[1]!, from: c.from }, { text: c.text.slice(m[0].length), from: c.from + m[0].length });
  }
  // "Kubernetes is a plus; Terraform too": a clause that says "too" or "as well" is asked as the one before it.
  const wished: boolean[] = [];
  // So is every clause of a line whose label wishes ("Also helpful: Fivetran or Looker; exposure to claims data").
  const label = WISH_LABEL.test(clauses[0]!.text);
  clauses.forEach((c, k) => wished.push(wishedWhole(c.text) || proseWished(c.text) || (k > 0 && wished[k - 1]! && (label || /\b(?:too|as well|also)\W*$/i.test(c.text)))));
  if (clauses.some((c) => !c.text) || wished.every(Boolean) || !wished.some(Boolean)) return [item];
  // "AWS preferred; GCP or Azure acceptable", "Ideally Go; Rust also works": a pick that draws its options from two
  // clauses offers the second's instead of the first's: one ask, not two.
  // (Not where a clause says it is a must: "Kotlin preferred; Postgres knowledge is required" asks two things.)
  const picks = item.groups.filter((g) => g.length > 1);
  if (picks.length && !clauses.some((c) => /\b(?:required|must|essential|mandatory|needed)\b/i.test(c.text))) {
    const idsOf = clauses.map((c) => new Set(skillGroups(c.text, findSkills, options).flat()));
    if (picks.some((g) => idsOf.filter((ids) => g.some((id) => ids.has(id))).length > 1)) return [item];
  }
  const out: RequirementItem[] = [];
  clauses.forEach((c, k) => {
    const low = c.text.toLowerCase();
    // "Dutch is not required": said not to be asked, and no wish either.
    if (negates(low) && NOT_NEEDED.test(c.text) && !PLUS.test(c.text)) return;
    let groups = skillGroups(c.text, findSkills, options);
    const years = yearsIn(c.text);
    const degree = degreeIn(c.text, wished[k]!);
    let kind = kindOf(c.text, groups, years !== null, degree !== null);
    // (s52: each clause's certifications as itemOf reads them: "CCNA certification required; CCNP preferred" asks the
    // CCNA and wishes for the CCNP, not "Cisco networking" twice.)
    if (kind === 'skills' || kind === 'other') {
      groups = withCerts(c.text, groups, findSkills, (words) => `${TERM}${words}`);
      if (kind === 'other' && groups.length) kind = 'skills';
    }
    // (Unless it says whom the company seeks: "Looking for someone who has kept scrapers alive; X is a nice-to-have".)
    if (kind === 'other' && groups.length === 0 && !(SOUGHT_WHO.test(c.text) || WANT_CUE.test(c.text))) return;
    out.push({ ...item, text: c.text, importance: wished[k] ? 'preferred' : 'required', kind, groups, years, degree, start: item.start + c.from, end: item.start + c.from + c.text.length });
  });
  return out.length > 0 ? out : [item];
}

/** ", as would contributions to …", ", as does Kubernetes": a second thing said to be asked as the first one is. */
const AS_WOULD = /,\s+(?=as\s+(?:would|will|does|do|is|are|can)\s+\S)/i;
/** (s44) ", and so would some Go", ", and so is a driver's licence": a second thing asked as the first one is. */
const AND_SO = /,?\s+(?=and\s+so\s+(?:would|will|does|do|is|are|can|could|should|has|have)\s+\S)/i;
/** "They know async Rust well, and are at home debugging …": the person's second predicate, its subject left out. */
const AND_PREDICATE = /,\s+(?=and\s+(?:(?:also|can)\s+)?(?:are|have|has|know|knows|understand|understands|bring|brings|enjoy|hold|holds|speak|write|can)\b)/i;
/**
 * "Experience with WebAssembly runtimes would be a real plus, as would contributions to open-source projects": two
 * things asked alike, each an item of its own (the second takes the first's importance); so are a portrait's two
 * predicates ("They know Tokio well, and are at home debugging latency"). Each side keeps the groups of the whole line
 * whose skills it names.
 */
function asWouldApart(item: RequirementItem, findSkills: FindSkills): RequirementItem[] {
  const so = AND_SO.exec(item.text);
  const m = AS_WOULD.exec(item.text) ?? so ?? (THEY_CANDIDATE.test(item.text) ? AND_PREDICATE.exec(item.text) : null);
  if (m && m === so && item.groups.length < 2) {
    // ("French is handy for our depots, and so is a driver's licence": what the second side names the taxonomy may not know; it is
    // still a second ask, of no skill, beside the first.)
    const first = item.text.slice(0, m.index);
    const second = item.text.slice(m.index + m[0].length);
    const ids = new Set(findSkills(second).map((h) => h.skillId));
    if (first.split(/\s+/).length < 3 || item.groups.some((g) => g.some((id) => ids.has(id)))) return [item];
    return [
      { ...item, text: first, end: item.start + first.length },
      { ...item, text: second, kind: 'other', groups: [], years: null, degree: null, start: item.start + m.index + m[0].length },
    ];
  }
  if (!m || item.groups.length < 2) return [item];
  const sides = [
    { text: item.text.slice(0, m.index), from: 0 },
    { text: item.text.slice(m.index + m[0].length), from: m.index + m[0].length },
  ];
  const parts = sides.map((side) => {
    const ids = new Set(findSkills(side.text).map((h) => h.skillId));
    return { ...side, groups: item.groups.filter((g) => g.every((id) => (isTerm(id) ? side.text.toLowerCase().includes(termText(id).toLowerCase()) : ids.has(id)))) };
  });
  if (parts.some((p) => p.groups.length === 0) || !item.groups.every((g) => parts.some((p) => p.groups.includes(g)))) return [item];
  return parts.map((p) => ({ ...item, text: p.text, groups: p.groups, kind: item.kind === 'years' && yearsIn(p.text) === null ? 'skills' : item.kind, years: yearsIn(p.text), start: item.start + p.from, end: item.start + p.from + p.text.length }));
}

/**
 * ", ideally on GKE,", ", preferably using PySpark,": a wish set between commas in the middle of a sentence wishes for
 * what it names only (wishApart makes it an item); group 1 what is wished for.
 */
const MID_WISH = /,\s*(?:preferably|ideally)\s+(?:with\s+|in\s+|on\s+|using\s+)?([^,;()]{2,40}?),\s+(?=(?:and|but|plus|as well as)\s)(?![^,;]*\b(?:preferred|a plus|a bonus|nice to have|ideally|preferably)\b)/id;
/** The text with a MID_WISH blanked to its length, so that the rest is read for what it asks. */
function withoutMidWish(text: string): string {
  const m = MID_WISH.exec(text);
  return m ? text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length) : text;
}
/** A sentence read as a wish by what it says in prose (PROSE_WISH), unless it also says something is a must. */
function proseWished(text: string): boolean {
  // (Read in the clause that wishes: "Solid Kotlin is essential; Ktor is a nice extra" wishes in its second clause.)
  return text.split(/;\s+/).some((c) => PROSE_WISH.test(unbulleted(c)) && !/\b(?:required|must|essential|mandatory|you(?:'|’)ll need|you need)\b/i.test(c.replace(/\bnot\s+(?:strictly\s+)?required\b/gi, '')));
}

/**
 * "You should have run Kubernetes before, and you need to be at home with Terraform", "…, and you know Elasticsearch
 * deeply": a second ask addressed to the candidate after ", and you …" is an item of its own, each side asked as it
 * says (in prose a sentence often holds two; a line of a list stays one line). Each side keeps the groups of the whole
 * whose skills it names (as asWouldApart does).
 */
const YOU_AGAIN = /(?:,|\))?\s+(?:and|but)\s+(?=you(?:(?:'|’)(?:ll|re|ve|d))?\s+(?:(?:also|should|must|will|would|can|need to|ought to|probably|already)\s+)*(?:know|understand|have|need|be|are|write|speak|hold|bring|can|feel|get|read)\b|you(?:(?:'|’)ve|\s+have)\s+(?:(?:also|already|ever|probably)\s+)?(?:\w+ed|built|run|written|done|led|shipped|seen|grown|taught|made|held|spent|kept|fought|broken)\b)/i;
/** "You will have shipped …": what the candidate will already have done by the time they join, asked. */
const HAVE_DONE = /^you(?:(?:'|’)ll|\s+will)\s+have\s+(?:already\s+|probably\s+)?(?:\w+ed|built|run|written|done|led|shipped|seen|grown|taught|made|held|spent|been)\b/i;
/**
 * "Experience with PXE will help you a lot, and experience with InfiniBand is a plus", "It would help if you've tuned
 * MySQL, and anything you know about Twilio is a bonus": two asks, each said to be asked.
 */
const AND_CLAUSE = /,\s+and\s+(?=\S)/g;
const SAID_ASKED = /\b(?:is|are|will be|would be)\s+(?:(?:also|absolutely)\s+)?(?:required|expected|essential|a must|important|mandatory)\b/i;
const saysAsked = (t: string) => PREFERRED_WORDS.test(t) || PROSE_WISH.test(t) || SAID_ASKED.test(t);
/**
 * (s51) "You should know Go deeply, have shipped something on Postgres, and be comfortable owning the on-call": one "you",
 * then predicates after commas with the subject left out; each is an ask of its own.
 */
const SHARED_YOU = /^(?:[\s\u2022*-]*)you(?:(?:'|\u2019)(?:ll|d))?\s+(?:(?:should|must|will|would|need\s+to|ought\s+to|ideally|probably|already|also)\s+)*(?:know|understand|have|be|hold|speak|bring|write|can)\b/i;
const SUBJECT_LEFT_OUT = /,\s+(?:and\s+)?(?=(?:have|be|know|understand|hold|speak|bring|write|can)\s+(?!(?:to|been|a\s+(?:budget|say|seat))\b)\S)/i;
function youAgainApart(item: RequirementItem, part: PostingSection['kind'], findSkills: FindSkills, options: ItemOptions, shared = false): RequirementItem[] {
  const subjectOut = shared || SHARED_YOU.test(item.text) ? SUBJECT_LEFT_OUT.exec(item.text) : null;
  const m = YOU_AGAIN.exec(item.text) ?? [...item.text.matchAll(AND_CLAUSE)].find((c) => saysAsked(item.text.slice(0, c.index)) && saysAsked(item.text.slice(c.index + c[0].length))) ?? subjectOut;
  if (!m) return [item];
  // (s52: a bracket the first side closes stays its own: "an edge tier (Fastly, Cloudflare) and you know …".)
  const sides = [
    { text: item.text.slice(0, m.index + (m[0].startsWith(')') ? 1 : 0)), from: 0 },
    { text: item.text.slice(m.index + m[0].length), from: m.index + m[0].length },
  ];
  // (Each side must ask on its own: "…, and you'll get a budget for it" tells what the job gives.)
  const parts = sides.map((side) => {
    const ids = new Set(findSkills(side.text).map((h) => h.skillId));
    return { ...side, groups: item.groups.filter((g) => g.some((id) => (isTerm(id) ? side.text.toLowerCase().includes(termText(id).toLowerCase()) : ids.has(id)))) };
  });
  // (A group both sides name, or one neither does, leaves the whole as it was.)
  if (!item.groups.every((g) => parts.filter((p) => p.groups.includes(g)).length === 1)) return [item];
  // (Nor when the second side points back at the first's skills: "Sentry or Datadog are part of the workflow, and you should be fluent in one of them".)
  if (parts[1]!.groups.length === 0 && /\b(?:them|it|those|these|either|both|each)\b/i.test(parts[1]!.text)) return [item];
  // (A side with no skill must say it wants something: "… and you are keen to learn more" only tells an interest.)
  if (parts.some((side) => ((GIVEN.test(side.text) || DUTY_YOU.test(side.text)) && !asking(side.text) && !HAVE_DONE.test(side.text)) || !(side.groups.length > 0 || WANT_CUE.test(side.text) || HAVE_DONE.test(side.text) || PROSE_WISH.test(side.text)))) return [item];
  const out: RequirementItem[] = [];
  for (const side of parts) {
    // (A side that tells of the team, not the candidate, asks nothing: "The team already knows Helm well, and you know Kustomize".)
    if (!YOU.test(side.text) && (TOLD_SUBJECT.test(side.text) || weSay(side.text) || notAsking(side.text.replace(ASIDE, '')))) continue;
    const groups = side.groups;
    const years = yearsIn(side.text);
    const wished = part === 'preferred' || wishedWhole(withoutMidWish(side.text)) || proseWished(side.text) || onlyWished(side.text, findSkills);
    const degree = degreeIn(side.text, wished);
    const kind = kindOf(side.text, groups, years !== null, degree !== null);
    out.push(...youAgainApart({ ...item, text: side.text, importance: wished ? 'preferred' : 'required', kind, groups, years, degree, start: item.start + side.from, end: item.start + side.from + side.text.length }, part, findSkills, options, m === subjectOut));
  }
  return out;
}

/**
 * A wish in a bracket speaks of the bracket's skills, not of the line's: "Experience with Node.js (React is a plus)"
 * asks Node.js and wishes for React, two items. (A bracket that is only the wish, "Kubernetes (preferred)", makes the
 * whole line a wish: see wishedWhole.)
 */
function wishApart(item: RequirementItem, findSkills: FindSkills, options: ItemOptions): RequirementItem[] {
  if (item.importance === 'preferred' || !PREFERRED_WORDS.test(item.text)) return [item];
  // "Three years of Spark, preferably using PySpark, and strong SQL": a wish between commas speaks of its own skills.
  const mid = MID_WISH.exec(item.text);
  if (mid) {
    const wish = mid[1]!;
    const at = mid.indices![1]![0];
    const wished = skillGroups(wish, findSkills, options);
    const mainText = withoutMidWish(item.text);
    const groups = keptTerms(skillGroups(mainText, findSkills, options), item.groups, mainText);
    if (wished.length > 0 && groups.length > 0)
      return [
        { ...item, groups },
        { ...item, text: wish, importance: 'preferred', kind: 'skills', groups: wished, years: null, degree: null, start: item.start + at, end: item.start + at + wish.length },
      ];
  }
  // "Experience operating Kubernetes in production, preferably EKS": a closing clause of wishes speaks of its own skills.
  const tail = TRAILING_WISH.exec(item.text);
  if (tail) {
    const { wish, at } = trailingWish(tail);
    // (An option it does not name as a skill is one in words: "ideally in fintech, insurance, or payments".)
    let wished = withTerms(wish, skillGroups(wish, findSkills, options), findSkills, (id) => isField(options.skillInfo?.(id)));
    // (Industries are read with the whole line, not by skillGroups: "…, ideally in healthcare or another regulated space"
    // wishes for the industry group the line was given, where the wish names it.)
    // (A wish of industries only is such a wish too, with each industry of the table it names: "ideally in healthcare or
    // fintech", where skillGroups reads fintech alone; not one it names as an option in words already, "insurance".)
    const industriesOnly = wished.length > 0 && wished.every((g) => g.every((id) => isTerm(id) || INDUSTRIES.some((i) => i.id === id)) && g.some((id) => !isTerm(id)));
    if (industriesOnly) wished = wished.map((g) => [...g, ...INDUSTRIES.filter((i) => !g.includes(i.id) && i.words.test(wish) && !g.some((id) => isTerm(id) && i.words.test(termText(id)))).map((i) => i.id)]);
    const fromSkills = wished.length > 0 && !industriesOnly;
    if (!fromSkills && !industriesOnly)
      wished = item.groups.filter((g) => g.every((id) => isTerm(id) || INDUSTRIES.some((i) => i.id === id)) && g.some((id) => (isTerm(id) ? wish.includes(termText(id)) : INDUSTRIES.find((i) => i.id === id)!.words.test(wish))));
    const mainText = item.text.slice(0, tail.index).trimEnd();
    // (s56: "one of the big clouds, ideally Azure": the clouds the main clause reads as a set are the ones the wish names
    // one of; the line stays one ask of the kind, the wished cloud its option, as CLOUD_IDEALLY reads it whole.)
    const wishedCloud = wished.some((g) => g.some((id) => CLOUDS.has(id) || options.skillInfo?.(id)?.category === 'cloud'));
    const groups = keptTerms(skillGroups(mainText, findSkills, options), item.groups, mainText).filter((g) => !(wishedCloud && g[0] === CLOUD_KIND && [...CLOUDS].every((id) => g.includes(id))));
    // (Or years that name no skill: "5+ years of backend experience, ideally in healthcare" asks the years, wishes the field;
    // a line that asks nothing else, "Backend experience, ideally in healthcare or fintech", is the wish alone.)
    if (wished.length > 0 && (groups.length > 0 || (!fromSkills && (item.kind === 'years' || item.kind === 'skills')))) {
      const inner = wish.replace(/[.\s]+$/, '');
      const wishItem: RequirementItem = { ...item, text: inner, importance: 'preferred', kind: 'skills', groups: wished, years: null, degree: null, start: item.start + at, end: item.start + at + inner.length };
      if (groups.length === 0 && item.kind !== 'years') return [wishItem];
      return [{ ...item, text: mainText, groups, kind: groups.length === 0 ? 'years' : item.kind, end: item.start + mainText.length }, wishItem];
    }
  }
  if (!item.text.includes('(')) return [item];
  for (const m of item.text.matchAll(/\(([^()]*)\)/g)) {
    const inner = m[1]!;
    if (!PREFERRED_WORDS.test(inner)) continue;
    const wished = skillGroups(inner, findSkills, options);
    if (wished.length === 0) continue;
    const from = m.index + 1;
    // The line read with the bracket blanked, so its offsets stay.
    const outer = item.text.slice(0, m.index) + ' '.repeat(m[0].length) + item.text.slice(m.index + m[0].length);
    const groups = keptTerms(skillGroups(outer, findSkills, options), item.groups, outer);
    const main: RequirementItem = { ...item, groups, kind: groups.length === 0 && item.kind === 'skills' ? 'other' : item.kind };
    const wish: RequirementItem = {
      ...item,
      text: inner.trim(),
      importance: 'preferred',
      kind: 'skills',
      groups: wished,
      years: null,
      degree: null,
      start: item.start + from + (inner.length - inner.trimStart().length),
      end: item.start + from + inner.trimEnd().length,
    };
    const noun = KIND_ASKED.exec(item.text.slice(0, m.index).trim())?.[1];
    // (s45: the kind's word may be a skill of its own now, "Scripting": the kind is still asked as its word, as before.)
    // (Only a practice, "Scripting"; a language named so, "SQL (BigQuery preferred)", is asked as itself.)
    const kindSkill = main.groups.length === 1 && main.groups[0]!.length === 1 && noun !== undefined && main.groups[0]![0] === noun.toLowerCase().replace(/\s+/g, '-') && options.skillInfo?.(main.groups[0]![0]!)?.category === 'practice';
    if ((kindSkill || (main.kind === 'other' && main.groups.length === 0)) && item.kind === 'skills') {
      // "Scripting (Python preferred)", "A scripting language (Go ideally)": the line asks the kind its words name, and the
      // bracket wishes for one of that kind; what the bracket names meets the ask too.
      if (noun && !GENERIC_NOUN.test(noun)) return [{ ...main, kind: 'skills', groups: [[`${TERM}${noun.toLowerCase()}`, ...wished.flat()]] }, wish];
      return [wish];
    }
    return [main, wish];
  }
  return [item];
}
/**
 * The groups of a line read again without its wish, with the options in words the whole line's groups held beside the
 * same skills ("Domain experience in payments or lending (card issuing is a big plus)": lending stays payments' option),
 * where the words still stand in what is read.
 */
function keptTerms(groups: string[][], before: readonly (readonly string[])[], text: string): string[][] {
  return groups.map((g) => {
    const was = before.find((b) => b.some(isTerm) && b.some((id) => !isTerm(id)) && b.filter((id) => !isTerm(id)).every((id) => g.includes(id)));
    if (!was) return g;
    const terms = was.filter((id) => isTerm(id) && !g.includes(id) && text.includes(termText(id)));
    return terms.length ? [...g, ...terms] : g;
  });
}
/** The kind a line asks in a few words before a bracket of wishes: "Scripting", "A scripting language", "Strong SQL skills" (group 1, the kind's words). */
const KIND_ASKED = /^(?:(?:strong|solid|good|proven|deep|some|hands-on|working|excellent)\s+)?(?:(?:experience|knowledge|proficiency|skills?|fluency|familiarity|comfort|(?:(?:you(?:'|\u2019)re|you are|are|be)\s+)?(?:comfortable|familiar|confident|fluent|proficient|experienced|at home))\s+(?:with|in|of)\s+)?(?:(?:an?|one|the)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?:\s+(?:skills?|experience|knowledge|proficiency|expertise))?$/i;
/** Words that name no kind of their own, only that something is asked: "Experience (Go preferred)". */
// (s46: "infra"/"infrastructure" alone is no skill, ../shared/LABELLING.md: "Comfortable with infrastructure (Docker a plus)" wishes for Docker, no kind asked in words.)
const GENERIC_NOUN = /^(?:experience|knowledge|skills?|background|expertise|proficiency|familiarity|exposure|tools?|technolog(?:y|ies)|languages?|frameworks?|stack|tech|programming|coding|development|engineering|infra|infrastructure)$/i;

/** "Go or Rust preferred, Python required": group 1 the wish, up to its wish word; after the comma, a part that says it is a must. */
const WISH_THEN_MUST = /^(.*?\b(?:preferred|a plus|a bonus|nice to have)\b)\s*,\s+(?=[^,;]*\b(?:required|a must|must-have|essential|mandatory)\b[^,;]*$)(?!.*\bnot\b)/i;
/** Two fields, each followed by a bracket of examples, joined by "or". */
const BRACKETS_OR = /\(\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|such as|including|for example)[^()]*\)\s*,?\s*(?:or|and\/or)\s+[^()]{1,80}\(\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|such as|including|for example)/i;
/** A line's label that makes all it lists a wish: "Also helpful:", "Nice to have:", "Bonus:". */
const WISH_LABEL = /^\s*(?:also\s+)?(?:helpful|useful|welcome|nice[- ]to[- ]haves?|bonus(?: points)?|preferred|pluses|a plus|desired|optional)\s*:/i;
/**
 * An ask anyone may meet by being willing: "CKA, or willingness to obtain it within 6 months", "AWS certification (or
 * the commitment to earn one)". What it names is a wish. (Not a clearance: "or the ability to obtain one" asks eligibility.)
 */
/** A word WILLING_INSTEAD needs, tested first (the long pattern runs on few items). */
const WILLING_CUE = /willing|commit|intent|plan|happy|eager|open/i;
const WILLING_INSTEAD = /\bor\s+(?:(?:a|the|be|are|being)\s+)?(?:willing(?:ness)?|commit(?:ment|ted)|(?:an?\s+)?intent(?:ion)?|plan(?:s|ning)?|happy|eager(?:ness)?|open(?:ness)?)\s+to\s+(?:obtain|get|earn|acquire|pursue|achieve|complete|take|sit|learn)\b/i;

/** A field of a job listing's header that tells the terms of the job, not what it asks. */
// (s60 tune: and the pay's label in the languages postings are written in, "Alga: 3 000\u20134 200 EUR bruto m\u0113nes\u012b", "Sal\u00e1rio: R$ ...",
// "Zaplata: ...", "Pla\u010da: ...": the facts line's, no ask; with a word of gross, net or month before or after it.)
const LISTING_FIELD =
  /^(?:CTC|salary|compensation|pay(?: range)?|(?:(?:bruto|neto|brutto|netto|gross|m\u0113ne\u0161a|menesa|mese\u010dna|mesecna|mjese\u010dna|mjesecna)\s+)?(?:alga|atalgojums|zaplata|zaplashtane|plata|plat|pla\u0107a|pla\u010da|placa|mzda|sal(?:\u00e1|a)rio|sueldo|remunera(?:\u00e7\u00e3o|cao)|retribuzione|gehalt|salaire|l(?:\u00f8|\u00f6)nn?|laun|wynagrodzenie|atlyginimas|palkka|palk|fizet(?:\u00e9|e)s|b(?:\u00e9|e)r)(?:\s+(?:bruto|neto|brutto|netto|base|mensal|mensual|mensile|m\u0113nes\u012b|menesi|mese\u010dno|mesecno))?|notice period|notice period|location|work (?:arrangement|schedule|setup|model)|schedule|job (?:type|location|category|id|code)|employment type|work (?:mode|type|location)|shift|openings?|no\.? of (?:openings|positions)|vacanc(?:y|ies)|industry|department|functional area|role category|start date|duration|reporting to|reports to|posted(?: on)?|closing date)\s*:/i;
/** After a span of years, a second whose "years" goes unsaid: ", with at least 2 in a security role", "including three of them on Kubernetes". */
const ELLIPTIC_YEARS =
  /[,;(]\s*(?:and\s+)?(?:(?:with|including|of which|of them)\s+(?:(?:at least|a minimum of|over|more than)\s+)?(\d{1,2}|one|two|three|four|five|six)(\+?(?:\s+or\s+more)?\s+(?:of (?:them|those|which)\s+)?)|(?:(?:at least|a minimum of|over|more than)\s+)?(\d{1,2}|one|two|three|four|five|six)(\+?\s+of (?:them|those|which)\s+)|(\d{1,2})(\+\s+))(?=(?:in|on|with|as|at|doing|building|running|working|focused|spent|dedicated)\b)/i;
const WORD_NUMBER = ['one', 'two', 'three', 'four', 'five', 'six'];
/** Between two spans of years, where the second one's clause starts; group 1 is the part that stays with it. */
// (Or no mark but the words: "Total 8 to 12 years of experience out of which min 4 years in DevOps".)
const SECOND_SPAN = /(?:[,;(]\s*(?:and\b|plus\b)?|\s+and\b|\s+plus\b|(?=\s+(?:out of which|of which|including)\b))\s*(?:(?:out of which|including|incl\.?|of which|of them|with)\b\s*)?((?:at least|a minimum of|minimum|min\.?|over|more than)(?![\w.])\s*)?$/i;

// (Languages of Europe, Asia, Africa and the Americas that postings ask, and the main ones as Spanish and Portuguese
// write them, "Inglés avanzado"; not a name that is mostly a people's or a place's, "Irish", nor one that is a tool's, "Swift",
// unless it says it is the language: "Irish language", "Gaeilge".)
const LANGUAGES =
  'English|German|French|Spanish|Portuguese|Italian|Dutch|Flemish|Swedish|Norwegian|Danish|Finnish|Icelandic|Estonian|Latvian|Lithuanian|Polish|Czech|Slovak|Slovenian|Croatian|Serbian|Bosnian|Bulgarian|Macedonian|Albanian|Catalan|Basque|Galician|Welsh|Gaelic|Irish(?=\\s+language)|Gaeilge|Japanese|Mandarin|Chinese|Cantonese|Korean|Hindi|Urdu|Bengali|Punjabi|Gujarati|Marathi|Tamil|Telugu|Kannada|Malayalam|Arabic|Hebrew|Persian|Farsi|Russian|Ukrainian|Turkish|Greek|Vietnamese|Thai|Indonesian|Malay|Bahasa(?:\\s+(?:Indonesia|Melayu|Malaysia))?|Tagalog|Filipino|Romanian|Hungarian|Swahili|Amharic|Afrikaans|Kazakh|Georgian|Armenian|Azerbaijani|Uzbek|Mongolian|Nepali|Sinhala|Burmese|Khmer|Maltese|Luxembourgish|Somali|Pashto|Kurdish|Yoruba|Igbo|Hausa|(?:isi)?Zulu|(?:isi)?Xhosa|Sesotho|Setswana|American Sign Language|British Sign Language|Auslan|(?:ASL|BSL)(?=\\s+(?:skills?|fluency|proficiency|is|are|interpret))|Inglese|Italiano|Tedesco|Francese|Spagnolo|Angielski|Niemiecki|Englisch|Deutsch|Anglais|Allemand|Espagnol|Francophone|Anglophone|Hispanophone|Lusophone|Germanophone|Ingl[eé]s|Inglês|Español|Nederlands|Engels|Duits|Svenska|Svensk|Norsk|Dansk|Engelska|Engelsk|Suomi|Espanhol|Castellano|Euskera|Euskara|Catal(?:a|(?=à))|Galego|Valenci(?:a|(?=à))|Valencian[oa]?|Portugu[eé]s|Português|Francés|Francês|Alemán|Alemão|(?:Nordic|Scandinavian|Slavic|Baltic|Romance|Indian|Indic|African|Asian|European|regional|local|foreign)\\s+languages?(?!\\s+(?:models?|servers?|processing|understanding|tools?|support))';
/** Work done in a language other than English: "working with them in Portuguese", "present to customers in German". */
const DUTY_IN_LANGUAGE = new RegExp(String.raw`\b(?:work(?:s|ing)?|communicat\w*|speak\w*|talk\w*|writ\w*|present\w*|conduct\w*|collaborat\w*|liais\w*|support\w*|negotiat\w*|interview\w*|document\w*|run(?:ning)?|lead(?:ing)?|train(?:ing)?|teach(?:ing)?)\b[^.;:]{0,60}?\bin\s+(?!English\b)(?:${LANGUAGES})\b`, 'i');
/**
 * A level said beside a language's name: "C1 French", "English (B2+)", "JLPT N2 Japanese", "Upper-Intermediate English",
 * "Spanish: native", "Greek as a mother tongue". Such a name is a language asked wherever the sentence stands. A level
 * that says only how one uses the language ("written", "professional", "advanced") stands right before the name or
 * right after it ("Polish sole prop …, professional liability" names no level of Polish).
 */
const STRONG_LEVEL = String.raw`(?:fluen(?:t|cy)|native(?:[- ]level)?|bilingual|tri-?lingual|proficien(?:t|cy)|[ABC][12]\+?(?:[- ]level)?|JLPT|N[1-5]|HSK\s?[1-6]|TOEIC|TOEFL|IELTS|DELF|DALF|DELE|TestDaF|CEFR|conversational|mother[- ]tongue|command of|speak(?:s|er|ers|ing)?|working (?:knowledge|proficiency)|moedertaal\w*|vloeiend|flu[i\u00ed]do|fluente|nativ[oa]|biling[u\u00fc]e)`;
// ("Technical English", "Ingl\u00e9s t\u00e9cnico (lectura)": enough to read the docs, a level of its own.)
const LEVEL_WORD = String.raw`(?:${STRONG_LEVEL}|(?:upper[- ])?intermedi(?:ate|o|ário)|advanced|business[- ](?:level|fluent|fluency)|professional(?: working)?(?: proficiency)?|spoken|written|level of|good|excellent|strong|solid|technical|t[e\u00e9]cnic[oa])`;
const LANGUAGE_LEVEL = new RegExp(
  String.raw`(?<![\w-])${STRONG_LEVEL}(?![\w])[^.;:!?]{0,25}?\b(?:${LANGUAGES})\b|(?<![\w-])${LEVEL_WORD}(?:[- ]level)?(?:\s+(?:and|&|\/)\s+(?:spoken|written))?\s+(?:(?:the\s+)?(?:${LANGUAGES})\s+(?:and|or|\/)\s+)?(?:${LANGUAGES})\b|\b(?:${LANGUAGES})\b[^.;!?,]{0,15}?(?<![\w-])${STRONG_LEVEL}(?![\w])|\b(?:${LANGUAGES})\b(?:\s*(?::|\(|,\s|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*(?:at\s+)?(?:a\s+)?|\s+)${LEVEL_WORD}(?![\w])|\b(?:${LANGUAGES})\b[^.;!?]{0,30}?\b(?:at|on)\s+(?:an?\s+)?${LEVEL_WORD}\s+level\b`,
  'i',
);
/** "Able to read technical documentation in Mandarin", "ability to work in English and Russian": the language used, asked. */
const LANGUAGE_USED = new RegExp(String.raw`\b(?:able to|ability to|capable of|comfortable|confident|you can|can)\s+(?:\w+\s+){0,2}(?:read|writ|speak|communicat|convers|work|present|negotiat|interview|support|serv|conduct|run|lead|deliver|give|hold|handle|demo|teach|train|explain|pitch)\w*[^.;!?]{0,40}?\bin\s+(?:both\s+)?(?:${LANGUAGES})\b|\byou(?:(?:'|\u2019)ll|\s+will)?\s+(?:\w+\s+)?(?:read|write|speak|communicate|present|converse|negotiate)\b[^.;!?]{0,40}?\bin\s+(?:both\s+)?(?:${LANGUAGES})\b|\b(?:able to|ability to|you can|can|you)\s+(?:read|write|speak)(?:\s*(?:,|and|&|\/|or)\s*(?:read|write|speak))*\s+(?:both\s+)?(?:${LANGUAGES})\b|\b(?:communication|language|writing|speaking|presentation)\s+skills\s+in\s+(?:both\s+)?(?:${LANGUAGES})\b|\b(?:comunicaci[o\u00f3]n|comunica[c\u00e7][a\u00e3]o|dominio|dom[i\u00ed]nio|conocimientos?|conhecimentos?|knowledge)\s+(?:[\w\u00e0-\u00ff]+\s+){0,2}(?:en|em|de|del|do|in|of)\s+(?:the\s+)?(?:${LANGUAGES})\b(?!\s+(?:markets?|law|tax|culture|cuisine|history|literature|government|regulations?)\b)`, 'i');
/**
 * What says a language is spoken, not asked: the company's own speech ("we speak English in the office", "the team
 * talks in Dutch"), a language's name in an idiom ("in plain English"), a market's ("Spanish-speaking markets"), or the
 * language a link or a document is in ("see https://acme.example/jobs (German)", "the full description (in French)").
 */
const LANGUAGE_SPOKEN_HERE = new RegExp(
  String.raw`\b(?:we(?: all)?|everyone(?: here)?|(?:the|our)\s+(?:\w+\s+)?(?:team|teams|office|offices|engineers|people|staff|company|colleagues|founders))\s+(?:all\s+|mostly\s+|mainly\s+)?(?:speak|speaks|talk|talks|communicate|communicates|work|works|write|writes)\s+(?:\w+\s+){0,2}?(?:${LANGUAGES})\b|\b(?:plain|simple|everyday|layman(?:'|\u2019)?s|natural|broken)\s+(?:${LANGUAGES})\b|\b(?:our|the|all)\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:\w+\s+)?(?:written|available|published|documented|held|run|conducted|localized|localised|translated)\s+in\s+(?:${LANGUAGES})\b|\b(?:${LANGUAGES})\s+is\s+(?:our|the\s+(?:team|company|office)(?:'|\u2019)s)\s+(?:\w+\s+)?language\b|\b(?:our|the)\s+(?:working|company|office|official|team|main|everyday|day-to-day)\s+language\s+is\s+(?:${LANGUAGES})\b|\b(?:${LANGUAGES})[- ]speaking\s+(?:customers|users|clients|members|audiences?|readers|visitors)\s+(?:make up|are|account for|represent|form|come)\b|\b(?:our|the)\s+(?:\w+\s+)?(?:customers|users|clients|members|audiences?|readers|visitors|patients|families|students|buyers|merchants|partners|community)\s+(?:are|is)\s+(?:\w+\s+){0,2}?(?:${LANGUAGES})(?:[- ]speaking|[- ]speakers)\b|\b(?:${LANGUAGES})\s+(?:is|are)\s+(?:\w+\s+)?(?:spoken|used)\s+(?:in|at|across|around|throughout)\s+(?:the|our)\s+(?:office|offices|team|company|building|studio|lab|warehouse|kitchen|plant|factory)\b|\b(?:everything|all(?:\s+(?:of\s+)?our\s+\w+)?|our\s+\w+)\s+(?:\w+\s+)?(?:is|are)\s+(?:all\s+|mostly\s+|mainly\s+|always\s+)?in\s+(?:${LANGUAGES})\b|\b(?:our|the)\s+(?:\w+\s+){0,2}(?:docs?|documentation|apps?|products?|site|website|content|interface|UI|manuals?|guides?|help center)\s+(?:already\s+|now\s+)?(?:exists?|comes?|ships?|runs?|lives?)\s+in\s+(?:${LANGUAGES})(?:\s*(?:,|and|or|&|\/)\s*(?:${LANGUAGES}))*\b|\b(?:our|the)\s+(?:\w+\s+){0,2}(?:docs?|documentation|apps?|products?|site|website|content|interface|UI|manuals?|guides?|help center|newsletter|blog|support|courses?)\s+(?:is|are)\s+(?:fully\s+|now\s+)?(?:bilingual|trilingual|multilingual)\b(?:\s*\([^)]*\))?|\b(?:we(?:(?:'|\u2019)re|\s+are)|(?:the|our)\s+(?:\w+\s+)?(?:team|teams|office|offices|staff|company|founders))\s+(?:(?:is|are)\s+)?(?:mostly\s+|mainly\s+|largely\s+|all\s+)?(?:francophone|anglophone|hispanophone|lusophone|germanophone)\b|(?:\S*(?::\/\/|www\.)\S*|\b(?:description|posting|listing|page|site|website|ad|advert|text|version|docs?|documentation|form|post|link|PDF)\b:?)\s*[(\[]\s*(?:in\s+)?(?:${LANGUAGES})(?:\s*(?:,|\/|and|or|&)\s*(?:${LANGUAGES}))*(?:\s+(?:version|only|original|translation))?\s*[)\]]`,
  'gi',
);
/**
 * A spoken language asked ("fluent German", "excellent written English", "Japanese (C1)"). Several patterns, each naming
 * a language, tried only when a language is named: one alternation of them all costs ~15 ms to compile cold (V8).
 */
const LANGUAGE_NAME = new RegExp(String.raw`\b(?:${LANGUAGES})\b`, 'i');
/** "(English required)", "German is mandatory", "(Spanish or Catalan a plus)": a language's name said to be needed or wished, with no level, as a note beside a place or a field. */
const LANGUAGE_REQUIRED = new RegExp(String.raw`\b(?:${LANGUAGES})\b(?:\s+(?:language|skills|fluency|proficiency))?\s+(?:(?:is|are)\s+)?(?:required|mandatory|a must|essential|needed|necessary|an?\s+(?:big\s+)?(?:plus|bonus|advantage|asset)|preferred|nice to have)\b|\b(?:${LANGUAGES})\s+(?:or|and|\/)\s+(?:${LANGUAGES})\s+(?:(?:is|are)\s+)?(?:required|mandatory|a must|an?\s+(?:big\s+)?(?:plus|bonus|advantage|asset)|preferred)\b`, 'i');
const LANGUAGE_PATTERNS = [
  // (s56: the verb of speaking in the posting's own language, "Du snakker og skriver norsk", "Du talar svenska", "Du sprichst Deutsch".)
  new RegExp(String.raw`\b(?:fluen(?:t|cy)|native|bilingual|tri-?lingual|proficien(?:t|cy)|business[- ]level|spoken|written and spoken|speak(?:s|ing)?|snakker|taler|talar|sprichst|spricht|parles|parlez|hablas|habla|parli|spreekt|spreek)\b[^.]{0,40}\b(?:${LANGUAGES})\b`, 'i'),
  new RegExp(
    String.raw`\b(?:strong|excellent|good|very good|professional|full)\s+(?:(?:written|spoken|verbal)\s+(?:and\s+(?:written|spoken|verbal)\s+)?)?(?:${LANGUAGES})\b(?!\s+(?:translation|localization|content|market|speakers? (?:market|audience)))`,
    'i',
  ),
  new RegExp(String.raw`\b(?:${LANGUAGES})\b[^.]{0,30}\b(?:fluen(?:t|cy)|speaking|speaker|proficien(?:t|cy)|language|required|native|C1|C2|B2)\b`, 'i'),
  LANGUAGE_USED,
  // "Francophone candidates preferred": a speaker of the language, not a people or a market ("francophone markets").
  /\b(?:francophone|anglophone|hispanophone|lusophone|germanophone)\b(?!\s+(?:markets?|countr(?:y|ies)|africa|regions?|world|customers|users|audiences?|clients))/i,
  // "English reading and writing (TOEIC 700+ or equivalent)", "German (TestDaF 4)": the skills of the language, or a test of it.
  new RegExp(String.raw`\b(?:${LANGUAGES})\s+(?:reading\s*(?:and|,|&)\s*writing|writing\s*(?:and|,|&)\s*reading|(?:reading|writing|comprehension)(?=\s*(?:\(|,|;|$|skills?\b|abilit)))|\b(?:${LANGUAGES})\b[^.]{0,40}\b(?:TOEIC|TOEFL|IELTS|TestDaF|DELF|DALF)\b`, 'i'),
  // "Afrikaans or isiZulu advantageous", "Dutch desirable": languages, then a wish with no verb.
  new RegExp(String.raw`\b(?:${LANGUAGES})(?:\s*(?:,|or|and|\/)\s*(?:${LANGUAGES}))*\s+(?:(?:is|are|would be)\s+)?(?:advantageous|beneficial|desirable|an advantage|a plus|a bonus|preferred)\b`, 'i'),
  // "Spanish is a plus", "communication skills in English and Portuguese".
  new RegExp(String.raw`\b(?:${LANGUAGES})(?:\s+(?:language|skills))*\s+(?:is|are|would be)\s+(?:a\s+|an\s+)?(?:big\s+|strong\s+)?(?:plus|bonus|advantage|preferred|desired|nice to have|must)\b|\b(?:skills|communication|proficiency|fluency)\s+in\s+(?:both\s+)?(?:${LANGUAGES})\b`, 'i'),
];
/** A language's name as a people's or a market's ("German customers", "the Japanese market", "Spanish-language content"): no language asked. */
const LANGUAGE_NOT_ASKED = new RegExp(
  String.raw`\b(?:${LANGUAGES})(?:[- ]speaking)?[- ](?:markets?|customers?|users|clients|companies|businesses|firms|government|law|tax|regulat\w*|content|language content|translations?|locali[sz]ation|countr(?:y|ies)|startups?|banks?|retail|food|culture|team|office|subsidiary|entity|cities|citizens?|nationals?|residents?|passport|smes|enterprises|organi[sz]ations|brands|schools|universities|hospitals|patients|families|households)\b`,
  'i',
);
/** A spoken language asked: one of the patterns; or, in an item that asks, the name alone ("Good command of Italian", "Korean speakers preferred") unless it names a people or a market. */
/** A language's name as written in English, capitalised ("polish" the verb and "thai" in a URL are not languages). */
const LANGUAGE_CASED = new RegExp(String.raw`\b(?:${LANGUAGES})\b`);
/** Languages as the work's subject ("multilingual apps (English, Arabic)", "localising into French"): the name alone asks none. */
const LANGUAGE_SUBJECT = /\b(?:(?:\d+\+?|dozens of|many|multiple|several|all major)\s+(?:human\s+|spoken\s+|natural\s+)?languages|languages\s+(?:like|such as|including)|(?:low|high)[- ]resource|NLP|(?:that|which)\s+(?:understands?|speaks?|supports?|recogni[sz]es?|handles?)|voice|chatbots?|assistants?|multilingual|multi-language|i18n|internationali[sz]\w*|locali[sz]\w*|translat\w*|right-to-left|RTL|subtitl\w*|transcri\w*|speech|corpora|corpus|datasets?)\b/i;
/** A language's name before a proper name ("the Japanese App Store", "the German Bundestag"): a place or a thing, not a language asked. */
const LANGUAGE_OF_NAME = new RegExp(String.raw`\b(?:${LANGUAGES})\s+(?!(?:${LANGUAGES}|And|Or)\b)[A-Z][a-z]`);
/** A language's name before a noun that is not about speaking it ("Chinese payment providers"): an adjective of a people or a place. */
const LANGUAGE_ADJECTIVE = new RegExp(String.raw`\b(?:${LANGUAGES})\s+(?!(?:and|or|language|languages|speakers?|speaking|skills?|proficiency|fluency|level|is|are|at|as|would|will|a|an|plus|required|preferred|needed|essential|mandatory|desired|desirable|helpful|nice|bonus|also|too|both|native|fluent|written|spoken|communication|ability|knowledge|min|minimum|b1|b2|c1|c2|to|with|for|in|on|of|when|while|across|documentation|docs|writing|communication|text|emails?|reports?|conversations?|meetings?|presentations?|calls?|correspondence|copy|speech)\b)[a-z]|\b(?:${LANGUAGES})\s+\d+\s*%?\s+[a-z]`);
/** "Dutch is not required", "no German needed", "You don't need to speak German", "English is the only language you need": a language said not to be asked (beyond the one everyone speaks). */
const LANGUAGE_NOT_NEEDED = new RegExp(String.raw`\b(?:${LANGUAGES})\b[^.;,]{0,20}?\b(?:(?:is|are)\s+)?(?:\bnot|(?:is|are|was|were)?n(?:'|\u2019)t)\s+(?:\w+\s+)?(?:required|needed|necessary|a must|mandatory|expected|a requirement)\b|\bno\s+(?:${LANGUAGES})\s+(?:\w+\s+)?(?:required|needed|necessary)\b|\b(?:don(?:'|\u2019)t|do not|doesn(?:'|\u2019)t|does not|won(?:'|\u2019)t|will not)\s+(?:\w+\s+)?need\s+to\s+(?:speak|know|read|write)\s+(?:any\s+)?(?:${LANGUAGES})\b|\b(?:${LANGUAGES})\s+is\s+(?:the\s+)?only\s+(?:language|one)\s+(?:you(?:(?:'|\u2019)ll)?\s+(?:need|use)|we\s+(?:use|speak|work in))\b|\b(?:no|don(?:'|\u2019)t\s+speak|not\s+fluent\s+in)\s+(?:${LANGUAGES})\s*\?\s*(?:$|no\s+(?:problem|worries)|(?:that(?:'|\u2019)s|it(?:'|\u2019)s)\s+(?:fine|ok(?:ay)?))`, 'gi');
/**
 * A language or a degree said to be needed or wished for, whatever else the sentence tells: "Fluent Italian is required
 * since our customers are in Milan", "Bilingual French/English is an asset", "A doctorate in physics expected", "we need
 * you to speak German". Such a sentence asks, even in a part under no known heading.
 */
const LEVEL_PREDICATE =
  /\b(?:is|are)\s+(?:both\s+|also\s+)?(?:(?:strictly|absolutely|really)\s+)?(?:required|essential|expected|mandatory|needed|necessary|a must|an?\s+(?:big\s+|real\s+)?(?:asset|plus|advantage|bonus))\b|\bexpected\s*[.!]?\s*$|\bwe need you to (?:speak|write|read|be fluent)\b/i;
function levelAsked(t: string): boolean {
  // "This position requires a Secret security clearance": a clearance said to be needed asks, wherever it is written.
  if (/clearan|TS\s*\/\s*SCI/i.test(t) && CLEARANCE_RE.test(t) && /\b(?:requires?|required|must|needs?|needed|mandatory)\b/i.test(t) && !CLEARANCE_NOT_NEEDED.test(t)) return true;
  // "Native or C1-level French", "English (B2+)": a language with its level is asked, whatever the sentence's other words.
  if (LANGUAGE_NAME.test(t) && languageLevelled(t)) return true;
  // (s51: "\u82f1\u8bed\u6d41\u5229", "\u65e5\u8bedN2": one asked in Chinese, Japanese or Korean with its level, on a line too short for its English.)
  if (cjkLanguageAsked(t)) return true;
  // (A cheap test first: most sentences have none of the predicate's words.)
  if (!/requir|essential|expect|mandator|need|necessar|must|asset|plus|advantage|bonus/i.test(t) || !LEVEL_PREDICATE.test(t)) return false;
  return LANGUAGE_RE.test(t) || degreeIn(t, false) !== null;
}
/** A language named with its level ("fluent Greek", "JLPT N2 Japanese"), not one the company speaks or a market's. */
function languageLevelled(t: string): boolean {
  const said = spokenOnly(t);
  return LANGUAGE_LEVEL.test(said) || LANGUAGE_USED.test(said) || SPEAKERS_SOUGHT.test(said) || LANGUAGE_FIELD.test(said);
}
/** "Japanese-speaking developers", "Tagalog speakers": people who speak the language, sought (a market's speakers are blanked before). */
const SPEAKERS_SOUGHT = new RegExp(String.raw`\b(?:${LANGUAGES})[- ]speak(?:ing|ers?)\s+(?:candidates?|developers?|engineers?|applicants?|people|folks|designers?|hires?|team members?|colleagues?|teammates?)\b|\b(?:${LANGUAGES})\s+speakers\s+(?:are|is|would be)\s+(?:\w+\s+)?(?:welcome|encouraged|preferred|a plus)\b`, 'i');
/** The text with what names a language without asking it blanked: the company's own speech, an idiom, a market or a place. */
function spokenOnly(t: string): string {
  // ("The whole team works in Spanish, so you'll need to be comfortable in it": what the team speaks, then asked of the candidate.)
  const spoken = /\byou(?:(?:'|’)ll|\s+will)?\s+(?:need|must|have to|should)\b/i.test(t) ? t : t.replace(LANGUAGE_SPOKEN_HERE, ' ');
  return spoken.replace(LANGUAGE_MARKET, ' ');
}
/**
 * A language's name for a market, a place or a body of law ("Spanish-speaking markets", "the German tax code"). (Not
 * its speakers: "able to work with Portuguese-speaking clients" asks Portuguese.)
 */
const LANGUAGE_MARKET = new RegExp(String.raw`\b(?:${LANGUAGES})(?:\s*(?:,|\/|&|and|or)\s*(?:${LANGUAGES}))*(?:[- ]speaking)?[- ](?:markets?|countr(?:y|ies)|regions?|territor(?:y|ies)|cities|content|language content|translations?|locali[sz]ation|law|tax|regulat\w*|government|passport|offices?|subsidiary|entity)\b`, 'gi');
/**
 * What asks by its nature, in a part with no heading and no asking word: a language with its level ("Native or C1
 * French"), a degree ("BS/MS in Computer Science"), a clearance ("Active TS/SCI with polygraph"), or a status held
 * ("EU work permit needed"). As years are ("4+ yrs Python"), such a line is asked of the candidate.
 */
function askedByNature(t: string): boolean {
  if (LANGUAGE_NAME.test(t) && (languageLevelled(t) || LANGUAGES_ONLY.test(t))) return true;
  // (s51: asked in Chinese, Japanese or Korean on a line too short for its English: "\u82f1\u8bed\u6d41\u5229", "\u65e5\u8bedN2".)
  if (cjkLanguageAsked(t)) return true;
  if ((/clearan|TS\s*\/\s*SCI|vetting|\bNV\s?[12]\b|\bNPPV|sicherheits|\u00dc\s?[123]\b|AIVD|MIVD|veiligheidsonderzoek|\bVGB\b|geen bezwaar/i.test(t) || /\b(?:Public Trust|Top Secret)\b/.test(t)) && clearanceNamed(t)) return true;
  // (s52: and a college's diploma in Chinese, Japanese or Korean, "\u5927\u4e13\u4ee5\u4e0a\u5b66\u5386", which no English stand-in fits: text.ts reads its level.)
  // (s55: and France's BTS and DUT, the UK's HND and HNC, "\uc804\ubb38 \ud559\uc0ac" spaced: text.ts reads their level, an associate's.)
  if (/degree|bachelor|master|ph\.?\s?d|doctor|graduate|diploma|\bbac\s?\+|tecn[oó]log|tecnicatura|\b(?:b\.?s|m\.?s|b\.?sc|m\.?sc|b\.?tech|m\.?\s?tech|b\.?e|b\.?eng|m\.?eng|mba|mca|bts|dut|hn[dc]s?)\b|\u5927\u4e13|\u5927\u5c08|\u4e13\u79d1|\u5c08\u79d1|\u77ed\u5927|\uc804\ubb38\s?\ud559\uc0ac/i.test(t) && degreeIn(t, false) !== null) return true;
  return AUTH_RE.test(t) && (AUTH_ASKED.test(t) || saysNoSponsorship(t)) && !offersSponsorship(t);
}
/**
 * A line that is languages alone, joined as a list ("Hebrew and English.", "Languages: Polish, English"): what the
 * candidate is to speak. (Two or more joined by "and" or "&", or under a "Languages:" label: a page's language menu,
 * "English / Deutsch", is no ask.)
 */
const LANGUAGES_ONLY = new RegExp(
  String.raw`^[\s\u2022*\u2013-]*(?:(?:languages?|idiomas?|sprachen)(?:\s+(?:required|needed|spoken))?\s*:\s*(?:${LANGUAGES})(?:\s*(?:,|and|&|\+)\s*(?:${LANGUAGES}))*|(?:${LANGUAGES})(?:\s*,\s*(?:${LANGUAGES}))*\s*,?\s*(?:and|&|\+)\s*(?:${LANGUAGES}))\s*[.!]?\s*$`,
  'i',
);
/** A field labelled by a language, then what of it is needed: "English: able to read docs and join calls", "German \u2013 B2". */
const LANGUAGE_FIELD = new RegExp(String.raw`^[\s\u2022*\u2013-]*(?:${LANGUAGES})(?:\s+language)?\s*(?::|\s[\u2013\u2014-]\s)\s*(?:(?:A|B|C)[12]\b|native|fluent|basic|good|very|professional|business|conversational|intermediate|advanced|upper|working|able|enough|can|must|required|mandatory|essential|needed)`, 'i');
/** "German is a plus but not required": wished for, not said to be unneeded. */
const PLUS_NOT_REQUIRED = /\b(a plus|preferred|nice to have|an asset|a bonus|desirable|helpful|an advantage)\s*(?:,\s*)?(?:but|though|although|and)?\s*(?:is\s+)?not\s+(?:strictly\s+)?(?:required|needed|necessary|mandatory|a must)\b/gi;
const LANGUAGE_RE = { test: (t: string) => LANGUAGE_NAME.test(t) && spokenAsked(/\b(?:not|no|only)\b|n(?:'|’)t\b/i.test(t) ? t.replace(PLUS_NOT_REQUIRED, '$1').replace(LANGUAGE_NOT_NEEDED, ' ') : t) };
function spokenAsked(written: string): boolean {
  // ("Experience building for Spanish-speaking markets", "we speak English in the office": no language asked.)
  const t = spokenOnly(written);
  return LANGUAGE_NAME.test(t) && (LANGUAGE_PATTERNS.some((re) => re.test(t)) || LANGUAGE_LEVEL.test(t) || (LANGUAGE_CASED.test(t) && !LANGUAGE_NOT_ASKED.test(written) && !LANGUAGE_SUBJECT.test(t) && !LANGUAGE_OF_NAME.test(t) && !LANGUAGE_ADJECTIVE.test(t) && !/\bPolish\s+(?:your|the|our|it|them|up|off)\b/.test(t)));
}
/**
 * A clearance named: the US's, the UK's ("SC", "DV", "Security Check (SC) vetting") and Australia's ("NV1", "Baseline
 * clearance"). Not a clearance of goods, customs or a vehicle's height ("clearance sale", "customs clearance").
 */
// (s49: Canada's screening levels, "Enhanced Reliability status", "Reliability Status", asked as a clearance is.)
const CLEARANCE_NAME = /\bclearance\b|\bclearable\b|\b(?:enhanced\s+)?reliability\s+(?:status|screening)\b|\bcleared\s+(?:personnel|candidates|engineers|applicants|staff|individuals|professionals)\b|\bTS\s*\/\s*SCI\b|\btop secret\b|\bpublic trust\b|\b(?:SC|DV)\)?\s+(?:cleared|vetting|vetted)\b|\bsecurity (?:check\s*\(SC\)|vetting)|\b(?:developed|negative|positive|baseline) vetting\b|\bNPPV\s?[1-3]\b|\bNV\s?[12]\b|\bsicherheits(?:\u00fc|ue)berpr(?:\u00fc|ue)fung\b|(?<![\w\u00c0-\u024f])(?:\u00dc|UE)\s?[123]\b|\b(?:AIVD|MIVD)[- ]?(?:screening|veiligheidsonderzoek|onderzoek)\b|\bscreening\s+(?:door|by|of)\s+(?:(?:de|the|of)\s+)?(?:AIVD|MIVD)\b|\bveiligheidsonderzoek\b|\bverklaring\s+van\s+geen\s+bezwaar\b|\bVGB\b/i;
const NOT_SECURITY_CLEARANCE = /\bclearance\s+(?:sales?|racks?|items?|prices?|pricing|stock|events?|deals?|bins?|section|outlet|shelf|shelves)\b|\b(?:customs|ground|height|head|tax|medical|credit|trade|port|cargo|freight|shipment)\s+clearance\b/i;
function clearanceNamed(t: string): boolean {
  return CLEARANCE_NAME.test(t) && !(NOT_SECURITY_CLEARANCE.test(t) && !CLEARANCE_NAME.test(t.replace(new RegExp(NOT_SECURITY_CLEARANCE.source, 'gi'), ' ')));
}
const CLEARANCE_RE = { test: clearanceNamed };
const AUTH_RE_WORDS = /\b(?:auth(?:ori[sz](?:ed|ation))? to work|able to (?:live and )?work (?:legally )?(?:in|from) (?:the )?(?:US|U\.S\.|USA|UK|EU|EEA)|nationality only|work auth(?:ori[sz]ation)?|right to (?:live and )?work|(?:eligible|eligibility|entitled|entitlement|permitted|allowed) (?:to (?:live and )?work|for work in)|sponsor(?:ship)?|visas?|citizen(?:s|ship)?|nationality|green card|permanent residen(?:ts?|cy|ce)|work permit|work(?:ing)? rights|work eligibility|residen(?:ce|cy) permit|PR (?:status|holders?|card)|employment pass|blue card|legally\s+(?:(?:able|allowed|permitted)\s+to\s+)?work|U\.?\s?S\.?\s+persons?|passport holders?|nationals|(?:pre-)?settled status|Stamp\s?(?:1G|4)|right of abode|permis de travail|autorisation de travail|Arbeitserlaubnis|Arbeitsgenehmigung|permiso de trabajo|autorizaci[\u00f3o]n de trabajo|permesso di lavoro)\b/i;
/** The right to work, sponsorship or a status named ("first-class citizens" and "citizen developers" are none). */
const AUTH_RE = {
  test: (t: string) => AUTH_RE_WORDS.test(t) && AUTH_RE_WORDS.test(withoutCitizenIdioms(t)),
  exec: (t: string) => AUTH_RE_WORDS.exec(withoutCitizenIdioms(t)),
};

/** Authorisation the candidate must hold already: citizenship, the right to work, no sponsorship. */
const AUTH_ASKED =
  /\b(?:U\.?S\.?|EU|UK|American|Canadian|British|Australian|Israeli|Swiss)\s+citizen(?:s|ship)?\b|\bcitizen(?:s|ship)\b[^.;]{0,40}\b(?:required|only|must|needed|mandatory)\b|\b(?:must|need to|required to)\s+(?:(?!be\b)[\w.-]+\s+){0,5}?(?:or\s+)?(?:be|hold|have)\s+(?:an?\s+)?(?:[\w.]+\s+){0,2}(?:citizen|national\b)|\bStamp\s?(?:1G|4)\b|\b(?:pre-)?settled status\b|(?<!\b(?:support|sponsor|help(?: you)? with|assist(?: you)? with|guide you through)\s+(?:your\s+|the\s+|a\s+)?)\b(?:auth(?:ori[sz]ed)? to work|work auth(?:ori[sz]ation)?|right to (?:live and )?work|(?:eligible|eligibility|entitled|entitlement|permitted|allowed) to (?:live and )?work|permanent residen(?:t|cy|ce)|green card|work permit|work(?:ing)? rights|residen(?:ce|cy) permit|PR (?:status|holders?|card)|employment pass|legally\s+(?:(?:able|allowed|permitted)\s+to\s+)?work|permis de travail|autorisation de travail|Arbeitserlaubnis|Arbeitsgenehmigung|permiso de trabajo|autorizaci[\u00f3o]n de trabajo|permesso di lavoro)\b|\b(?:valid|current|existing)\s+(?:[\w.-]+\s+){0,2}(?:blue card|work visa)\b|(?<!\b(?:for|to|serv\w*|help\w*|protect\w*|verif\w*|onboard\w*)\s+(?:the\s+)?)\bcitizens?\s+of\s+(?:an?\s+|the\s+)?(?!world\b)(?:EU\b|European\b|[A-Z][a-z]+)|\b(?:[\w.]+\s+)?nationality\b[^.;]{0,40}\b(?:required|only|must|needed|mandatory)\b|\b(?:must|need to|required to)\s+(?:\w+\s+){0,2}(?:hold|have)\s+(?:\w+\s+){0,2}nationality\b|\b(?:no|not|cannot|can(?:'|’)t|unable to|won(?:'|’)t|will not|do not|don(?:'|’)t)\s+(?:\w+\s+){0,2}sponsor\w*|\bwithout (?:\w+\s+){0,2}sponsorship\b|\bpassport holders?\b[^.;]{0,30}\bonly\b|\bonly\s+(?:[\w.]+\s+){0,2}passport holders?\b|\bholders?\s+of\s+(?:an?\s+|a\s+valid\s+)?(?:[\w.-]+\s+){0,2}(?:passports?|work permits?|green cards?|residen(?:ce|cy) permits?|(?:[\w-]+\s+)?visas?)\b[^.;]{0,30}\bonly\b|\bonly\s+(?:to\s+)?holders?\s+of\s+(?:an?\s+|a\s+valid\s+)?(?:[\w.-]+\s+){0,2}(?:passports?|work permits?|green cards?|residen(?:ce|cy) permits?|work visas?)\b/i;
/**
 * A US visa named by its kind ("an H-1B", "a TN"), or immigration: asks only where it is refused ("we do not provide
 * immigration assistance", "anyone needing an H-1B will not be considered"), as the facts read it.
 */
/** A permit by any name ("the Critical Skills permit", "a B permit"): asks only where it is refused or left to the hire, as a visa's kind. */
const PERMIT_NAMED = /\bpermits?\b/i;
/** (s53) A visa named in Korean, Japanese or Chinese: an authorization ask where the line refuses sponsorship or asks a visa held (facts.ts SPONSOR_NO). */
const CJK_VISA = /\ube44\uc790|\u30d3\u30b6|\u7b7e\u8bc1|\u7c3d\u8b49/u;
const US_VISA_KIND = /\b(?:H-?1-?B|O-?1|TN|E-?3|L-?1|(?:STEM\s+)?OPT|CPT)(?![\w-])|\bimmigration\b/i;
/** "Visa support available", "we sponsor visas", a job board's "Visa: Will sponsor": an offer, not something asked. */
const AUTH_OFFER = /\bvisas?\s*:?\s+(?:will|can|may|does|happy to|able to|open to)\s+sponsor\b|\b(?:visa|sponsorship|immigration|relocation)\b[^.;]{0,30}?\b(?:available|offered|provided|possible|included)\b|\bwe\s+(?:can\s+|do\s+|will\s+|are\s+able\s+to\s+|are\s+happy\s+to\s+)?(?:sponsor|support|offer|provide)\b|\bwe(?:(?:'|’)ll|\s+will|\s+can|(?:'|’)re happy to)\s+(?:\w+\s+){0,4}(?:and|&)\s+(?:also\s+)?(?:sponsor|support)\b/i;

/** A header's clearance field that names one: "Security clearance: Secret", "Clearance level: Public Trust" (not "None"). */
const CLEARANCE_FIELD = /^(?:security\s+)?clearance(?:\s+(?:level|required))?\s*:\s*(?!none\b|n\/a\b|not\b|no\b)\S/i;

/** A list of US work statuses taken ("USC, GC, GC-EAD, H4-EAD only"). */
const US_STATUSES = /\b(?:USC|GC|GC[- ]EAD|H4[- ]EAD|L2[- ]EAD)\s*(?:,|\/)\s*(?:[\w-]+\s*(?:,|\/|or|and)\s*){0,5}[\w-]+\s+only\b/;

/** The clause of a unit that asks an authorisation, as an item of its own, or null. */
function authorizationIn(s: PostingSection, u: Unit): RequirementItem | null {
  // "Visa sponsorship is not provided" asks as "we cannot sponsor" does: the facts' reading finds the clause's topic.
  const said = withoutCitizenIdioms(u.text);
  const no = saysNoSponsorship(said);
  // ("Full relocation package, work permit for your spouse": a permit offered is asked of no one.)
  if (!no && offersSponsorship(said)) return null;
  const m = AUTH_ASKED.exec(said) ?? (no ? (AUTH_RE.exec(said) ?? US_VISA_KIND.exec(said) ?? PERMIT_NAMED.exec(said) ?? CJK_VISA.exec(said)) : null);
  if (!m) return null;
  const text = u.text;
  // "Visa: USC, GC, GC-EAD, H4-EAD only": the statuses taken are one ask, commas and all.
  if (US_STATUSES.test(text)) {
    const lead = text.length - text.trimStart().length;
    return { text: text.trim(), importance: s.kind === 'preferred' ? 'preferred' : 'required', kind: 'authorization', groups: [], years: null, degree: null, start: s.offset + u.start + lead, end: s.offset + u.start + lead + text.trim().length };
  }
  const depth = parenDepths(text);
  // A clause ends at a comma, a semicolon, or a header line's "|".
  let from = 0;
  for (let k = m.index - 1; k > 0; k--) if (/[,;:|]/.test(text[k]!) && depth[k] === 0 && /\s/.test(text[k + 1] ?? '')) { from = k + 1; break; }
  let to = text.length;
  for (let k = m.index + m[0].length; k < text.length; k++) if (/[,;|]/.test(text[k]!) && depth[k] === 0) { to = k; break; }
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const clause = raw.trim();
  // ("Knowledge of work permit rules for our payroll engine": the status is what the work is about, in its own clause.)
  if (!no && STATUS_AS_TOPIC.test(clause) && !statusAsked(clause)) return null;
  return {
    text: clause,
    // (A refusal to sponsor is a condition wherever it stands, also below the wishes: "We are unable to sponsor visas.")
    importance: (s.kind === 'preferred' && !no) || PREFERRED_WORDS.test(clause) ? 'preferred' : 'required',
    kind: 'authorization',
    groups: [],
    years: null,
    degree: null,
    start: s.offset + u.start + from + lead,
    end: s.offset + u.start + from + lead + clause.length,
  };
}

/** Words that say a status is needed of the one who applies: "required", "must", "only", "applicants". */
const STATUS_NEEDED = /\b(?:required|requires?|requirements?|must|need(?:ed|s)?|only|mandatory|essential|applicants?|candidates?|you(?:r)?|eligible|eligibility)\b/i;
/** A status held said to be needed, not offered or welcomed: "US Work Authorization Required", "must be authorized to work in Canada". */
function statusAsked(written: string): boolean {
  const text = withoutCitizenIdioms(written);
  return AUTH_ASKED.test(text) && STATUS_NEEDED.test(text) && !offersSponsorship(text) && !STATUS_WELCOMED.test(text) && !AUTH_OFFER.test(text);
}

const STATUS_ANY = /\b(?:visa(?:\s+status)?|citizenship|nationality|work authori[sz]ation|work status|immigration status)\s*:\s*(?:any|all|open|n\/a|none required|not required|no requirements?)\s*[.!]?\s*$/im;

/** A status welcomed, not required: "US citizens encouraged to apply", "EU residents are welcome", "working holiday visa holders welcome". */
const STATUS_WELCOMED = /\b(?:encouraged|invited|welcome[ds]?)\s+to\s+apply\b|\b(?:are|is|also)\s+welcome\b|\bholders\s+(?:(?:are|very|most|also)\s+)?welcome\b(?!\s+to\s+(?:re)?apply\s+(?:once|after|when))/i;
/**
 * Whether a text that names the right to work, a visa or a status asks it of the candidate: a refusal to sponsor or a
 * status held asks; an offer ("Visa sponsorship available", "relocation support and visa", a header's "| VISA |"), a
 * status welcomed or "sponsor" said of events asks nothing. A mention that is none of these asks (as "Citizenship: US").
 */
function authorizationAsked(written: string): boolean {
  const text = withoutCitizenIdioms(written);
  // ("Visa status: Any", "Citizenship: not required": a field whose value asks nothing.)
  if (STATUS_ANY.test(text)) return false;
  if (saysNoSponsorship(text)) return true;
  // ("Green card holders and US citizens encouraged to apply": a status welcomed, not one asked.)
  if (offersSponsorship(text) || STATUS_WELCOMED.test(text)) return false;
  // ("Familiarity with visa and immigration rules for our HR product": a status as what the work is about.)
  // (Unless said to be needed: "Experience in fintech; EU work permit required".)
  if (STATUS_AS_TOPIC.test(text) && !statusAsked(text)) return false;
  return AUTH_ASKED.test(text) || (!AUTH_OFFER.test(text) && !sponsorsOther(text));
}

function kindOf(text: string, groups: string[][], years: boolean, degree: boolean): RequirementKind {
  // (s58 lead: "NZ citizenship or residency (this role requires a security clearance)": the clearance only in a bracket
  // that gives the reason; the ask outside it is the work authorisation.)
  if (text.includes('(') && CLEARANCE_RE.test(text)) {
    const outside = text.replace(/\([^()]*\)/g, ' ');
    if (!CLEARANCE_RE.test(outside) && AUTH_RE.test(outside) && !groups.length && authorizationAsked(outside)) return 'authorization';
  }
  if (CLEARANCE_RE.test(text) && !CLEARANCE_NOT_NEEDED.test(text)) return 'clearance';
  // ("Applicants who will need an H-1B will not be considered": a visa named by its kind, refused; not "our founder's H-1B story".)
  if ((AUTH_RE.test(text) || ((US_VISA_KIND.test(text) || PERMIT_NAMED.test(text) || CJK_VISA.test(text)) && saysNoSponsorship(text))) && !groups.length && authorizationAsked(text)) return 'authorization';
  if (years) return 'years';
  if (degree) return 'degree';
  // A spoken language asked is the item's kind even beside a skill ("fluent German, and Kotlin"): the groups still get their verdicts.
  // (s51: or asked in Chinese, Japanese or Korean on a line too short for its English, foreign.ts cjkLanguageAsked.)
  if (LANGUAGE_RE.test(text) || cjkLanguageAsked(text)) return 'language';
  if (groups.length) return 'skills';
  return 'other';
}

/* ---------- any-of groups ---------- */

/** Cues that make the list right after them a choice. */
const OR_CUE =
  /(?:\b(?:one|any|either|two|three|several|multiple|some|a few|a couple|one or more|at least (?:one|two|three|[1-4])|[2-4]\s*\+|or more)\s+(?:(?:\(\s*)?or (?:more|both|all)\s*\)?\s+)?(?:of\b|(?!(?:years?|yrs|months?|decades?)\b)\w+\s+(?:of|from|among)\b)(?!\s+(?:our|its|their|the team|us|them|two|three|four|five|\d+|many|a few|the (?:best|first|most|few|top|largest|fastest|leading)\b))|\bpreferabl[ey]\b|\beither\b|\bsuch as\b|\be\.?\s?g\.?(?=[\s,:]|$)|\bfor (?:example|instance)\b|\b(?<!(?:would|'d|’d|you|we|i|they)\s)like\b(?!\s+to\b)|\bsimilar to\b|\bex\.|\bincluding but not limited to\b|\bat least one\b|\bone or more\b|\b(?:we(?:'|’)re|we are|is|are)\s+(?:\w+\s+)?flexible\b|\bany (?:major |modern |mainstream |popular |common )?\w+\b)(?:[^.;]|\.(?=\w))*$/i;
/** (s61) terms.ts PICK_LEAD right before a list: "Pick your poison: ", "Take your pick - ". */
const PICK_LEAD_BEFORE = new RegExp(`${PICK_LEAD.source}$`, 'i');
/** "at least one of the following: …": every skill after it, to the end of the sentence, is one choice. */
const FOLLOWING = /\b(?:one|any|either|at least one|one or more|two|several|some|a few)\s+(?:or more\s+)?of\s+the\s+following\b\s*:?/i;
/**
 * Words after a list that make it a set of examples: "…, or similar", "…, etc.". (An ellipsis that the sentence goes on
 * after, in lower case, with no comma before it, is a pause, not "etc.": "Docker and Kubernetes... then you'll fit in".)
 */
const OPEN_TAIL =
  /^(?:\s*,\s*[\w.+#/-]+(?:\s[\w.+#/-]+)?(?=\s*,|\s+(?:or|and\/or)\s|\s+(?:--?|\u2013|\u2014)\s|\s*[;(]))?\s*,?\s*(?:(?:or|and\/or)\s+(?:a\s+|an\s+|any\s+|some\s+)?(?:(?:closely|highly|directly|broadly|very)\s+)?(?:similar|equivalent|comparable|others?|another|related|alternatives?|something|anything|anywhere|elsewhere|whichever|whatever|any)|etc\.?|(?<=,\s*)(?:\.\.\.|…)|(?:\.\.\.|…)(?!\s*[a-z])|or the like|(?:--?|–|—|:|;|\.|\(|,)?\s*(?:whatever|whichever)(?:\s+\w+|\s*(?=[.;)!]|$))|(?:--?|–|—|,|:|;|\()?\s*(?:your (?:choice|pick)|(?:take|make) your pick|(?:pick|choose) (?:one|any|your (?:favou?rite|poison|pick))|any (?:of them|of these|one of them|one|will do|is fine|works)|any (?:[\w-]+\s+){1,3}(?:works|will do|is fine|is ok(?:ay)?|is acceptable)|(?:just |only )?one (?:of (?:them|these) )?(?:is (?:enough|plenty|sufficient|fine)|will do|suffices)|(?:all|each) (?:of them |of these )?(?:work|will do|are fine|is fine)|either (?:one|works|is fine|will do)|(?:we )?(?:don(?:'|’)t|do not) (?:mind|care) which|any\s*\)|(?:anything|whatever|any other)\b[^.;()]*\)))(?![\w])/i;
/** Between a field and its examples: "databases: ", "language (think ", "—", ", including ". */
// (s60: or the kind said to be the reader's pick first: "JVM language of your choosing: ".)
const EXAMPLES_GAP = /^(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:of\s+(?:your|their)\s+(?:own\s+)?(?:choosing|choice|preference)|(?:you|they)\s+(?:like|prefer|know|enjoy)\s+(?:best|most)))?\s*(?::|—|–|\s-|\(|,)?\s*(?:(?:such as|like|e\.?\s?g\.?,?|including|for example,?|think)\s*:?\s*)?$/i;
/** "a CI system —", "an IaC tool:", "one language (": a singular thing right before a list. */
// (s60: the kind may be said to be the reader's pick before the list: "one scripting language of your choosing:", "a
// frontend framework of your choice (", "one cloud you know best —".)
const INDEFINITE = /\b(?:a|an|one|any)\s+(?:[\w+#./-]+\s+){0,3}[\w+#./-]+(?:\s+(?:of\s+(?:your|their)\s+(?:own\s+)?(?:choosing|choice|preference)|(?:you|they)\s+(?:like|prefer|know|enjoy)\s+(?:best|most)))?\s*(?::|—|–|\s-|\()\s*(?:think\s+|e\.?\s?g\.?,?\s*|such as\s*|like\s*)?$/i;
/** "Spark, Flink, or Beam is a must": a last choice the taxonomy does not know (a name) still makes the list a choice. */
const UNKNOWN_LAST = /^\s*,?\s*(?:or|and\/or)\s+[A-Z][\w.+#-]*(?:\s[A-Z][\w.+#-]*)?(?=\s*(?:$|[.;,)]|\s(?:is|are|would|will|experience|a plus|preferred|required|needed|expertise|skills|knowledge)\b))/;
/**
 * "React Native, Flutter, or native experience": a comma list closed by ", or" and an option it does not name as a skill.
 * The option may run on to the clause's end, what the sentence says of the list included ("…, or payroll software
 * background is welcome", "…, or have shipped a game engine, tell us"): the ", or" closing the list is what makes it a pick.
 * (The last named option may go on in a noun of its kind first, or a plural: "fintech, accounting tech, or transactional systems",
 * "Nomad, Consul, homelab racks, or a blog about your setup".)
 */
const OR_LAST_UNKNOWN = /^(?:\s+(?:tech|technology|software|tooling|industry|sector|space|domain|development|engineering|experience|background|[a-z][a-z-]{2,}s))?(?:\s*,\s*[\w-]+(?:\s+[\w-]+){0,2})*\s*,?\s*(?:or|and\/or)\s+[\w-]+[^.;:!?()]*?(?:$|[.;,)!?])/i;
/** "(not all required)", "you don't need every one of these", "no one has all of them": what is listed is a pick. */
const NOT_ALL_NEEDED =
  /\bnot\s+(?:all|every(?:thing)?|each)\s+(?:of\s+(?:these|them|this)\s+)?(?:is\s+|are\s+)?(?:required|needed|necessary|expected|must-haves?)\b|\b(?:don(?:'|’)t|do not|won(?:'|’)t)\s+need\s+(?:all|every(?:thing)?|each)\b|\bno one (?:has|knows|checks) (?:all|every)\b/i;
/** A heading that makes what is listed under it a pick: "Bonus (not all required)", "One or more of the following". */
const PICK_HEADING = new RegExp(String.raw`${NOT_ALL_NEEDED.source}|\b(?:one|any|at least one|one or more)\s+(?:\(?or more\)?\s+)?of\b(?:\s+(?:the following|these|this list))?`, 'i');

/**
 * Strong cues that reach across a clause: "one of the big clouds, as long as you have shipped on it: AWS, GCP".
 * ("Whatever frontend framework you like best: React, Vue, Svelte": the kind you pick, then its instances; only in the
 * list's own clause: "Whatever problem you take on, you will use Go and Kafka" asks both.)
 */
const OR_CUE_FAR = new RegExp(
  String.raw`(?:\b(?:whatever|whichever)\s+(?:[\w+#./-]+\s+){0,3}?(?:you|your)\b[^,.;]*(?:[,:\u2014\u2013]|\s-)?\s*$|\b(?:one|any|either|at least one|one or more)\s+(?:(?:\(\s*)?or (?:more|both|all)\s*\)?\s+)?of\b(?!\s+(?:our|its|their|the team|us|them|two|three|four|five|\d+|many|a few|the (?:best|first|most|few|top|largest|fastest|leading)\b))|\beither\b|\b(?:we(?:'|\u2019)re|we are|is|are)\s+(?:\w+\s+)?flexible\b|\b(?:we(?:'|\u2019)re|we are)\s+(?:\w+\s+)?open\s+(?:on|about|regarding|as to)\b|${NOT_ALL_NEEDED.source})(?:[^.;]|\.(?=\w))*$`,
  'i',
);
/** What a skill covers, before a bracket of its parts: "networking knowledge (TCP, DNS)", "scripting chops (Bash, Perl)", "engineering best practices (CI/CD, code review)", "systems thinking (…)", "LLMs in production (…)". */
/** (s46) An understanding of a field, right before the field's name: "a good grasp of ", "solid understanding of the ". */
const GRASP_OF = /\b(?:grasp|command|understanding|knowledge|mastery|fluency)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$/i;
/** (s46) Kinds whose members are a field's parts rather than products that stand in for each other: protocols, security standards. */
const PART_KINDS: ReadonlySet<string> = new Set(['networking', 'security']);
const COVERS = /\b(?:knowledge|chops|fundamentals|foundations|basics|grounding|literacy|understanding|concepts|principles|(?:best\s+)?practices|internals|focus|work|thinking|reasoning|architectures|in production)\s*\(\s*$/i;
/** "no Kafka or RabbitMQ yet", "without Go or Rust experience": a list said not to be there is not asked. */
const NEGATED = /\b(?:no|without|neither)\s+(?:[\w'’-]+\s+){0,2}$/i;
/**
 * A degree's fields of study ("a BS or MS in Computer Science, Statistics, or Mathematics"): degree.fields, not skills to pick from.
 * (Not what years of experience are in, after a degree in text run together: "an engineering degree 3+ years of experience in …".)
 */
const DEGREE_IN =
  /(?:\bdegrees?|\bdiploma|\bB\.?S\.?c?|\bB\.?A\.?|\bM\.?S\.?c?|\bM\.?Eng|\bPh\.?\s?D\.?s?|\bbachelor(?:'|’)?s?|\bmaster(?:'|’)?s?|\bdoctorate|\bundergraduate|\bpostgraduate)(?![\w])(?:(?!\b(?:experience|years?)\b)[^.;()]){0,30}?\b(?:in|of)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "set priorities using our tools (Jira, GitLab)": the team's own tools, named in a bracket; what the hire will be given, no pick. */
const OUR_TOOLS = /\bour\s+(?:own\s+|internal\s+|in-house\s+|daily\s+)?(?:tools|tooling|toolset|toolchain|stack|systems)\s*\(\s*$/i;
/** "the tools our customers use (…", "what their clients run, like …": the customers' tools, right before the list. */
const CUSTOMERS_USE = /\b(?:our|their|your)\s+(?:clients|customers|users|partners|merchants)\s+(?:already\s+)?(?:use|run|rely on|work with|love)\s*(?:\(|:|—|–|,)?\s*(?:(?:such as|like|e\.?\s?g\.?,?|including)\s*)?$/i;
/** "… or equivalent depth in", "or equivalent experience with": the experience offered instead of a degree, and what it is in. */
const EQUIVALENT_IN = /\bor\s+(?:an?\s+)?(?:equivalent|comparable)\s+(?:[\w-]+\s+){0,2}?(?:experience|depth|expertise|knowledge|background|skills?)\s+(?:in|with|of)\s+(?:[\w-]+\s+){0,2}$/i;
/** "the stack includes", "your stack would probably include": what is used, told. */
const STACK_INCLUDES = /\bstack\s+(?:(?:would|will|should)\s+)?(?:(?:probably|likely|also|mostly)\s+)?(?:includes?|including|involves?|consists? of)\b(?:[^.;]|\.\.\.|\b(?:etc|e\.g|i\.e)\.)*$/i;
/** "multi-cloud (AWS, Azure)", "model-agnostic design (OpenAI, Gemini)", "cross-platform (iOS/Android)": a bracket of what the thing spans, all of it. */
const SPANS_ALL = /\b(?:multi-?(?:cloud|platform|provider|model|vendor|region|database|chain)s?|[a-z]+-agnostic|cross-(?:platform|cloud|chain|browser))\b(?:\s+[a-z][\w-]*){0,2}\s*\(\s*$/i;
/** A list after "all of", "both", "each of": every one is needed, brackets or not (not after "one or both of", "any or all of"). */
const ALL_OF = /(?<!\bor\s+)\b(?:all|both|each|every)\s+(?:of\s+)?(?:the\s+|these\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:\(\s*)?$/i;

/** Examples named with the word: "examples:", "for example:", "examples include" (not "for example" alone, a cue already). */
const EXAMPLES_WORD = /\b(?:for\s+)?examples?\s*:|\bexamples\s+(?:include|are)\b/gi;

/** 'space': two skills side by side name one thing ("Java Spring Boot", "Azure networking"). */
type Joiner = 'or' | 'and' | 'slash' | 'comma' | 'space';

/** An open end ("or a similar backend language"), then ", and" to the next skill (skillGroups ends the list there). */
const OPEN_THEN_AND = /^\s*,?\s*(?:or|and\/or)\s+(?:a\s+|an\s+|any\s+|some\s+)?(?:similar|equivalent|comparable|other|another)\b[^,.;()]{0,40},\s*(?:and|&|plus)\s+$/i;
/** The gap between two skills in one list: ", ", " or ", "/", ", and ", " & "… and up to two capitalised words ("or Microsoft"). */
const GAP = /^\s*(?:,\s*)?(?:(and\s?\/\s?or|AND\s?\/\s?OR|or|OR|and|&|nor|\/|\||\+|,)\s*)?(?:(?:[A-Z][\w.]*|the|a|an|another|other|any|some|similar|strong|solid|deep|good|excellent|production|professional|advanced|proven|hands-on)\s+){0,2}$/;
/**
 * "Python, large-scale data pipelines", "DevRel, technical product marketing": after a comma or a joiner, a word or two
 * that qualify the next item (an adjective by its ending, or a hyphenated compound) keep the list going.
 */
const GAP_MODIFIED = /^\s*(?:,\s*(?:(and\s?\/\s?or|or|and|&)\s+)?|\s+(and\s?\/\s?or|or|and|&)\s+)(?:(?:[a-z]+(?:-[a-z]+)+|[a-z]{2,}(?:al|ic|ive|ous|ern|ful|ble|ant|ent))\s+){1,2}$/;
/** A skill written as a hyphenated adjective: "highly-concurrent", "fault-tolerant", "event-driven", "low-latency" (not a name). */
const ADJECTIVE_FORM = /^[a-z]+(?:-[a-z]+)+$/;
/** "Claude preferred, OpenAI fine": a wish and what else will do. */
const GAP_PREFERRED = /^\s*(?:is\s+)?(?:preferred|ideally|preferably|(?:is\s+)?(?:fine|ok|okay|acceptable|welcome))\s*(,|;|\/|but)\s*$/i;
/** A name's own words after a skill, before a comma, a slash or a joiner: "Aeron Transport, …", "Terraform Cloud or …" (not "Python Developer, …", a role). */
const NAME_RUNS_ON = /^(?:\s+(?!(?:Engineers?|Developers?|Experience|Skills?|Knowledge|Required|Preferred|Expertise)\b)[A-Z][\w.+#-]*){1,2}(?=\s*(?:,|\/)|\s+(?:or|and|and\/or|&)\s)/;
/** A list item the taxonomy does not know between two it does: "WebRTC, real-time audio, or FinTech". */
const GAP_UNKNOWN = /^\s*,\s*(?:[^,.;:()]{1,30},\s*)+(?:(and\/or|or|and|&)\s+)?$/;
/** "search relevance, ads ranking or LLMs": a member the taxonomy does not know, of a word or three, then "or" with no comma. */
const GAP_UNKNOWN_OR = /^\s*,\s*(?:[^,.;:()]{1,30},\s*)*(?:[A-Za-z][\w+#.-]*\s+){0,2}[A-Za-z][\w+#.-]*\s+(and\/or|or)\s+$/;
/** "Kafka/Redpanda, Postgres", "EMR/healthcare software, HIPAA": a name the taxonomy does not know after a slash, mid-list. */
// (Or between two slashes: "Snowflake/Frobnitz/BigQuery".)
const GAP_SLASH_UNKNOWN = /^\s*\/\s*[A-Za-z][\w.+#-]*(?:(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:(and\s?\/\s?or|or|and|&)\s+)?|\s*(\/)\s*)$/;
/**
 * "Linux internals, networking, or Kubernetes", "automated testing processes, HIPAA, or SQL": a skill, the noun it
 * heads (what part or kind of it: internals, pipelines, tooling …), then a comma keep the list going.
 * (Not a word that says how much it is asked: "Python required, Go or Rust a plus" is two asks.)
 */
const GAP_HEAD = /^\s+(?:[a-z][\w-]*\s+)?(?:internals|processes|systems|services|clusters|pipelines|development|tooling|tools|apps|applications|frameworks|libraries|infra|infrastructure|ecosystems?|platforms?|programming|engineering|integrations?|workflows|environments|deployments?|operations|concepts|fundamentals|basics|techniques|methods|patterns|protocols|stacks|scripting|work)\s*,\s*(and\s?\/\s?or|or|and|&)?\s*$/i;
/**
 * "LiDAR odometry, SLAM, or path planning", "a cloud practice, CCoE, or enablement program": the noun a skill heads (any
 * noun, not only GAP_HEAD's) and a comma keep a list going when the list is closed by ", or" later in its clause. Not a
 * word that says how much or in what way it is asked ("Python experience, Go or Rust a plus" is two asks).
 */
const GAP_HEAD_NOUN = /^\s+(?!(?:experience|skills?|knowledge|expertise|background|proficiency|fluency|familiarity|exposure|required|preferred|needed|essential|mandatory|desired|optional|plus|bonus|ideally|preferably|especially|is|are|was|be|and|or|but|with|in|on|at|for|to|of|from|as|by|a|an|the|your|our|their)\b)[a-z][a-z-]{2,}\s*,\s*(?:(and\s?\/\s?or|or|and|&)\s+)?$/;
function headNoun(gap: string, rest: string): RegExpExecArray | null {
  const m = GAP_HEAD_NOUN.exec(gap);
  if (!m || /ly\s*,/.test(gap)) return null;
  // The list is closed by ", or" before its clause ends (the joiner may be in this gap).
  return m[1] !== undefined && /or$/i.test(m[1]) ? m : /^[^.;:!?()]*?,\s*(?:or|and\/or)\s/i.test(rest) ? m : null;
}
/** "Go, or experience with Kubernetes": an "or" and a few words leading to the next skill keep the choice going. */
// (Also after the noun the first skill heads, "Python skills, or solid experience with Julia", and before a gerund that
// leads to the next skill: "distributed systems and/or writing concurrent Rust".)
// ("FIX or exposure to KDB+": the words may end in "to".)
const GAP_OR_PHRASE =
  /^(?:\s+(?:skills?|experience|knowledge|expertise|background|chops|proficiency|internals|fundamentals))?\s*,?\s*(or|and\s?\/\s?or)\s+(?:(?:[\w-]+\s+){0,4}(?:in|with|of|using|to)|[a-z]+ing\s+(?:[a-z][\w-]*\s+){0,2})\s*$/i;
/**
 * A skill with how it was used, then another way to meet the ask: "Go in production, or another typed language (…)",
 * "Go in production for 2+ years, or you're a strong backend engineer in Java or Kotlin", "Terraform at scale, or you
 * have written Pulumi". (No other skill stands in the gap: it is the stretch between two.)
 */
const GAP_OR_ALTERNATIVE = /^(?:\s+[^.;:()\n]{0,60}?)?\s*,\s*(or)\s+(?:else\s+|alternatively\s+|otherwise\s+)?(?:you(?:'|\u2019)(?:re|ve)\b|you\s+(?:are|have|know|can|bring)\b|(?:another|any other|some other|other|a similar|similar|a comparable|comparable|an equivalent|equivalent)\b)(?:(?!\b(?:and|plus|as well as|but)\b)[^.;:,&\n]){0,70}$/i;
/** "Kubernetes experience or strong Terraform skills", "Python — or, failing that, Ruby": a short stretch with an "or" and no other joiner. */
// (s58: not an "or" that opens a clause of its own with a verb in the past and its object, "Swift or maintained a large
// Android codebase": the choice is the clauses', read across them.)
const GAP_OR_SHORT = /^(?=[\s\S]{0,32}$)(?!.*\b(?:similar|other|another|equivalent|comparable|like|install)\b)(?:(?!\b(?:and|plus|as well as|but|also|while|whereas|which|who|then|to)\b)[^.;:()\n|]){0,24}?\b(or)\b(?!\s+(?:more|less|so|fix|build|write|deploy|run|help|own|ship|maintain|design|lead|debug|support|manage|create|improve|mentor|review|scale|operate|migrate|contribute|take|work)\b)(?!\s+[a-z]{3,}(?<!e)ed\s+(?:a|an|the|our|your|their|its|some|several|many)\b)(?:(?!\b(?:and|plus|as well as|but|also|while|whereas|which|who|then|to)\b)[^.;:()\n|]){0,24}$/i;
/** Between two skills, an "or" and a name the taxonomy does not know, then a comma: "React or Solid, TypeScript". */
const OR_NAME_THEN_COMMA = /^\s*(?:or|and\/or)\s+[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*)?\s*,\s*$/;
/** "Postgres (or other RDBMS)", "frontend (React) or backend (Node)": a bracket does not end the choice. (An "or" is a word: not the end of "orchestrator".) */
const GAP_PAREN_OR = /^(?:[\s-]*[\w'’-]+){0,5}\s*(?:\(\s*(?:or|and\/or)\s+(?:[\w'’-]+:?\s+){0,4}(?:(?:such as|like|e\.?\s?g\.?,?|including)\s+)?|\)\s*,?\s*(?:or|and\/or)\s+(?:[\w-]+\s+){0,3}\(\s*|\s*,?\s*\b(?:or|and\/or)\s+(?:[\w-]+\s+)?\(\s*)$/i;
/**
 * An adverbial that offers the next skill instead of the one before: "Go; alternatively Rust", "TypeScript; failing that,
 * JavaScript", "Python, or if you would rather, Go", "Rust or, at a push, C++", "Kotlin, otherwise Java".
 */
const GAP_INSTEAD =
  /^\s*(?:,|;|—|–|\s-)?\s*(?:(?:or|and\/or)\s*,?\s*)?(?:alternatively|failing (?:that|this)|otherwise|or else|else|instead|at a (?:push|pinch|stretch)|if (?:need be|necessary|you(?:'|’)?d? (?:would )?(?:rather|prefer)|you prefer|you(?:'|’)re more comfortable(?: there)?)|if not)\s*,?\s*(?:with\s+|in\s+)?$/i;
/** "Quant dev / HFT engineer experience", "Android dev / iOS engineer background": a role's word after a skill, then a slash to the next one: two roles, one or the other. */
const GAP_ROLE_SLASH = /^\s+(?:devs?|developers?|engineers?|SWEs?|admins?|administrators?|architects?|researchers?|scientists?|analysts?)\s*(\/)\s*$/i;
/** After the second of two roles: its role's word, then the experience or background asked in it. */
const ROLE_EXPERIENCE_AFTER = /^\s+(?:[\w-]+\s+)?(?:experience|background)\b/i;
/**
 * GAP_ROLE_SLASH's match, its joiner an "or": experience in one role or the other, whatever the two skills' kinds. Only
 * where the experience or background is said after the second ("Quant dev / HFT SWE experience"): "a Full-Stack
 * Engineer / Data Scientist to own …" is one hire with both hats.
 */
function roleSlash(gap: string, after: string): RegExpExecArray | null {
  if (!ROLE_EXPERIENCE_AFTER.test(after)) return null;
  const m = GAP_ROLE_SLASH.exec(gap);
  if (m) m[1] = 'or';
  return m;
}
/** What two things named with a slash share: "C#/Python interop", "Java/Kotlin migration", "iOS/Android parity" (not "data/LLM integration", the second's own). */
const BETWEEN_TWO = /^\s*(?:interop\w*|bindings?|bridges?|bridging|FFI|migrations?|parity)\b/i;
/** "Kafka, or another log-based broker like Pulsar": the kind named between, then its example. */
const GAP_ANOTHER = /^\s*(?:,|—|–|\s-)?\s*(?:or|and\/or)\s+(?:another|any other|some other|other|a similar|a comparable|an equivalent|an?|any)\s+(?:[\w-]+\s+){0,3}(?:like|such as|e\.?\s?g\.?,?|say|for example,?)\s+$/i;
/** "AWS or a comparable cloud", "Terraform or an equivalent IaC tool", "AWS, or equivalent experience on GCP": the kind of thing that will do instead, named after "or". */
const GAP_COMPARABLE = /^(?:\s+(?:experience|skills?|knowledge|expertise|background))?\s*,?\s*(?:or|and\/or)\s+(?:an?\s+|any\s+|some\s+)?(?:comparable|equivalent|similar|analogous|alternative)\s+(?:(?:experience|knowledge|background|skills?|expertise)\s+(?:on|in|with|using|of)\s+|[a-z][\w-]*\s+)?$/i;
/**
 * "Keycloak, Zitadel, Authentik or similar IdP", "Jenkins, Buildkite or a comparable CI": names the taxonomy does not know,
 * after a comma, then "or similar" and the kind: the list goes on to the kind, one pick (the names are options in words).
 * (s49: a word or two of the kind's may stand before it: "Odoo, Tryton or a similar open-source ERP".)
 * (Only where the named ones and the kind are of one category: "AWS (IAM, Lambda, EventBridge, Timestream or similar
 * TSDB)" lists a cloud's parts, the open end for the last one only.)
 */
const GAP_UNKNOWN_COMPARABLE = /^\s*,\s*(?:[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*)?\s*,\s*){0,3}[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*)?\s*,?\s+(?:or|and\/or)\s+(?:an?\s+|any\s+|some\s+)?(?:comparable|equivalent|similar|analogous|alternative|other)\s+(?:[a-z][\w-]*\s+){0,2}$/;
/** "or another distributed", "or a similar managed": between a named thing and the kind it is, with a word or two of the kind's. */
const GAP_OTHER_KIND = /^\s*,?\s*(?:or|and\/or)\s+(?:another|any other|some other|other|a similar|similar|a comparable|comparable|an equivalent|equivalent)\s+(?:[a-z][\w-]*\s+){0,2}$/i;
/** "Quarkus or similar modern Java frameworks": a language named after a thing of another kind qualifies the kind, it is no option. */
function languageOfOther(prev: SkillSpan, h: SkillSpan, options: ItemOptions): boolean {
  const kind = (x: SkillSpan) => options.skillInfo?.(x.skillId)?.category;
  return kind(h) === 'language' && kind(prev) !== 'language';
}
/** What a language names the kind of, after it: "similar Java frameworks", "other Python libraries". */
const KIND_AFTER = /^\s+(?:frameworks?|librar(?:y|ies)|tools?|tooling|ecosystems?|stacks?|runtimes?|packages?)\b/i;
/** "Quarkus or similar modern Java frameworks": after "or similar", a language that qualifies the kind named next ends the list. */
function kindQualifier(text: string, prev: SkillSpan, h: SkillSpan, gap: string, options: ItemOptions): boolean {
  return languageOfOther(prev, h, options) && /\b(?:similar|other|another|comparable|equivalent|alternative)\s+(?:[a-z][\w-]*\s+)?$/i.test(gap) && KIND_AFTER.test(text.slice(h.end));
}
/** "Java or similar (Kotlin, Scala)", "Elixir or any functional language (Haskell, OCaml)": the bracket continues the choice. */
/** Between a skill and the one it is used with: " with ", ", preferably with ", ", ideally with ". */
const WITH_GAP = /^\s*(?:,\s*(?:preferably|ideally)\s+)?with\s+$/i;
const GAP_SIMILAR = /^\s*,?\s*(?:or|and\/or)\s+(?:\w+\s+){0,2}(?:similar|equivalent|comparable|other|another|any)\b[^().,;]{0,30}\(\s*(?:e\.?\s?g\.?,?\s*|such as\s*|like\s*)?$/i;

/** One name the other begins with, a short ending added ("HTTP" and "HTTPS", "Python" and "Python3", "JS" and "JSX"). */
function sameNameLonger(a: string, b: string): boolean {
  const [x, y] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return x.length >= 2 && y.length > x.length && y.length - x.length <= 2 && y.startsWith(x);
}

/** GAP_SLASH_UNKNOWN's match, its joiner (either place) as the first group. */
function slashUnknown(gap: string): RegExpExecArray | null {
  const m = GAP_SLASH_UNKNOWN.exec(gap);
  if (m && m[1] === undefined && m[2] !== undefined) m[1] = m[2];
  return m;
}

/** GAP_MODIFIED's match, its joiner (either place) as the first group, as GAP gives it. */
function modified(gap: string): RegExpExecArray | null {
  const m = GAP_MODIFIED.exec(gap);
  if (m && m[1] === undefined && m[2] !== undefined) m[1] = m[2];
  return m;
}

function joinerOf(word: string | undefined): Joiner {
  const j = (word ?? '').toLowerCase().replace(/\s+/g, '');
  if (j === 'or' || j === 'and/or' || j === 'nor') return 'or';
  if (j === '/' || j === '|') return 'slash';
  if (j === 'and' || j === '&' || j === '+') return 'and';
  return 'comma';
}

interface List {
  hits: SkillSpan[];
  joins: Joiner[];
  /** Where the text before the list starts (the end of the list before it, or 0). */
  open: number;
}

/**
 * A closing clause that tells what the team does, after the ask: "Kotlin or Java; we are migrating from Spring Boot to
 * Ktor", "Go — we run everything on Nomad". It runs to the end of the text, or to a ", but" that asks again ("— we run
 * PostgreSQL, but MySQL experience carries over").
 */
const TEAM_CLAUSE =
  /(?:;|\s[\u2014\u2013-]\s|\.\s)\s*(?:(?:and|but|though)\s+)?(?:we(?:'|\u2019)re|we are|we(?:'|\u2019)ve|we have|we|our (?:team|teams|stack|platform|services?|systems?|codebase)(?: is| are)?)\s+(?:(?:currently|now|slowly|actively|gradually|mostly|also|in the process of|busy)\s+)*(?:migrat|mov|switch|transition|us|run|built|build|rewrit|adopt|standardi[sz]|port|replac)\w*\b[^;]*?(?=,\s*but\b|$)/i;

/** A turn in the team's clause to what else will do: "… but Looker or Tableau transfer", "… though GCP is fine too", (s46) "…, and EKS experience transfers". */
const TEAM_OFFERS = /\b(?:but|though|although)\b[^;]*?\b(?:fine|ok|okay|welcome|acceptable|counts?|transfers?|translates?|carries over|carry over|just as (?:good|well))\b|,\s*and\s+[^;,]*?\b(?:counts?|transfers?|translates?|carries over|carry over)\b/i;
/** The hits without those in a TEAM_CLAUSE, when the text asks something before it. */
function withoutTeamClause(text: string, hits: SkillSpan[]): SkillSpan[] {
  if (!/\bwe\b|\bour\b/i.test(text)) return hits;
  const m = TEAM_CLAUSE.exec(text);
  // (Not one that turns to offer another skill beside the told one: "; we use Metabase but Looker or Tableau transfer".)
  return m && !/\byou\b/i.test(m[0]) && !TEAM_OFFERS.test(m[0]) ? outsideClause(hits, m) : hits;
}

/** The hits without those inside a clause that asks nothing, where some hit comes before it (the ask); else all of them. */
function outsideClause(hits: SkillSpan[], m: RegExpExecArray | null): SkillSpan[] {
  if (!m || !hits.some((h) => h.end <= m.index)) return hits;
  return hits.filter((h) => h.start < m.index || h.end > m.index + m[0].length);
}

/** A condition on what comes before it, no ask of its own: "C++ or CUDA when profiling demands it", "Rust where performance requires it". */
const ONLY_WHEN = /\b(?:when|whenever|if|where|as)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:demands?|requires?|needs?|calls?\s+for)\s+(?:it|them)\b/i;

/**
 * (s51) ", not only YAML", ", not just dashboards", "rather than only ClickOps": what the ask goes beyond is named to be
 * left behind, no ask of its own (the clause runs to the next stop, comma or bracket).
 */
const NOT_ONLY = /(?:,\s*|\s+[\u2013\u2014-]\s+|\s+)(?:(?:and\s+)?not|rather\s+than|instead\s+of)\s+(?:only|just|merely|simply|purely)\s+[^.;!?,()]{1,60}/i;

/** The hits without those in an ONLY_WHEN clause after them, or in a NOT_ONLY clause. */
function withoutCondition(text: string, hits: SkillSpan[]): SkillSpan[] {
  const past = /\b(?:only|just|merely|simply|purely)\b/i.test(text) ? outsideClause(hits, NOT_ONLY.exec(text)) : hits;
  if (!/\b(?:it|them)\b/i.test(text)) return past;
  return outsideClause(past, ONLY_WHEN.exec(text));
}

/** "(using …", "(with …", "(via …" opening a bracket that ends on an open end ("… or similar)"). */
const USING_SIMILAR = /\((?:using|with|via)\s+(?=[^()]*?\bor\s+(?:similar|equivalent|comparable)\b[^()]*\))/gi;
/**
 * "CI/CD (using Jenkins or similar)": a verb opening a bracket of one tool and an open end says no more than the bracket
 * would alone ("CI/CD (Jenkins or similar)": the field, or any tool of it); read so, the length kept.
 */
function usingSimilar(text: string): string {
  return text.includes('(') ? text.replace(USING_SIMILAR, (m) => '('.padEnd(m.length)) : text;
}

/**
 * An open end in another language ("Zendesk, Freshdesk o similar", "Vue, Svelte o simili", "RabbitMQ ou similares",
 * "oder \u00e4hnliche"): read as the English "or others" every cue knows, the length kept (or as much of it as fits).
 */
// (After an English "or", only the other language's words: "or similar" is read as written.)
const OTHER_OPEN_END = /(?<=\s)(?:(?:o|ou|oder|oppure|eller)\s+(?:simil(?:ar(?:es)?|i|e)|semelhantes?|parecid[oa]s?|equivalent(?:es?|i)|similaires?|\u00e4hnliche[snm]?|vergleichbare[snm]?|altr[ie]|outr[oa]s|otr[oa]s)|or\s+(?:simil(?:ares|i|e)|semelhantes?|parecid[oa]s?|equivalent(?:es|i)|similaires?|\u00e4hnliche[snm]?|vergleichbare[snm]?|vergelijkbare?|soortgelijke?|gelijkwaardige|altr[ie]|outr[oa]s|otr[oa]s))(?![\w\u00c0-\u024f])/gi;
/** A joiner in emphasis ("Go _or_ Rust", "**and/or**"), or "or" in another language between spaces ("AWS oder Azure", "React ou Vue", "und/oder"). */
// (s53: and Polish "albo", Czech "nebo", Slovak "alebo": "Znalost Javy nebo Kotlinu". s58 lead: Romanian "sau", "AWS sau Azure".)
// (s56: and Turkish "veya": "PostgreSQL veya MySQL deneyimi". s59: and Finnish "tai", Hungarian "vagy", Turkish "ya da",
// Estonian "v\u00f5i": "Docker vagy Podman", "Go ya da Rust". s59 lead: Croatian and Serbian "ili", Indonesian and Malay "atau",
// Lithuanian "arba". s60 lead: Korean "\ub610\ub294" / "\ud639\uc740", Vietnamese "ho\u1eb7c".)
const MARKED_JOINER = /(?<=\s)([*_]{1,2})(or|and\/or|and)\1(?=\s)|(?<=\s)(?:und\s?\/\s?oder|et\s?\/\s?ou|e\s?\/\s?ou|y\s?\/\s?o|oder|ou|eller|lub|albo|nebo|alebo|anebo|oppure|veya|sau|tai|vagy|ya\s+da|v\u00f5i|ili|atau|arba|\ub610\ub294|\ud639\uc740|ho\u1eb7c)(?=\s)/gi;
/**
 * The text with MARKED_JOINER's joiners written as the plain English every cue reads, the length kept (offsets are the
 * matcher's): "_or_" as " or ", "oder" as "or  ", "und/oder" as "and/or  "; the Spanish or Italian "o" and the space
 * after it as "or" ("AWS o GCP").
 */
// (s58) "Either way, ...", "in either case", "on either side": an "either" that offers no choice of the things after it.
const EITHER_NO_CHOICE = /\beither(?=\s+(?:way|case|side|sides|end|direction)\b)/gi;
/**
 * (s61) A question the team asks itself, "whether" after a verb of deciding or weighing, or "whether to" and a verb: "We're
 * still deciding whether to use Kafka or NATS", "you'll help us figure out whether Loki or Elasticsearch fits". Its "or" is
 * no pick asked of the candidate; read as "&" (each named, none a choice), the length kept. (Not "we don't mind whether you
 * use X or Y", whose choice is the candidate's, nor "whether it's X or Y, you've run ...", WHETHER_DONE's.)
 */
const QUESTION_WHETHER = /\b(?:(?:decid|choos|debat|weigh|evaluat|discuss|wonder|consider)(?:e|es|ed|ing)?|figur(?:e|es|ed|ing)\s+out|work(?:ing)?\s+out|(?:not|un)\s*sure|undecided)\s+(?:on\s+|about\s+)?whether\b[^.;!?\n]*|\bwhether\s+to\s+(?:use|adopt|keep|move\s+to|switch\s+to|go\s+with|pick|choose|stay\s+on|migrate\s+to|standardi[sz]e\s+on)\b[^.;!?\n]*/gi;
/**
 * (s61) "Terraform and/or Ansible - we need both here": words after an "and/or" that ask both ("we need both", "both are
 * required", "you'll use both") undo the pick; the "and/or" read as "and", the length kept. (A wish, "ideally both", or a
 * word that either does, "both fine", leaves the pick.)
 */
const BOTH_ASKED = /\b(?:(?:we|you(?:'|\u2019)ll|you\s+will|you)\s+(?:really\s+)?(?:need|use|want|require)\s+(?:them\s+)?both|both\s+(?:of\s+them\s+)?(?:are|is)\s+(?:needed|required|essential|mandatory|a\s+must)|(?:need|require)s?\s+(?:them\s+)?both)\b/i;
function plainJoiners(written: string): string {
  let text = dutchOr(foreignInstead(/\beither\s/i.test(written) ? written.replace(EITHER_NO_CHOICE, '      ') : written));
  if (/whether/i.test(text)) text = text.replace(QUESTION_WHETHER, (m) => m.replace(/(?<=\s)or(?=\s)/gi, '& '));
  if (/and\/or/i.test(text) && BOTH_ASKED.test(text)) text = text.replace(/\band\/or\b/gi, 'and   ');
  // (The open end first: a line read in English words may come with "or \u00e4hnliche" already.)
  if (/\s(?:simil|semelh|parecid|equivalent[ei]|similair|\u00e4hnlich|vergleichbar|vergelijkba|soortgelijk|altr[ie]\b|outr[oa]s|otr[oa]s)/i.test(text)) text = text.replace(OTHER_OPEN_END, (m) => (['or others', 'or other', 'or any'].find((w) => w.length <= m.length) ?? m).padEnd(m.length));
  text = foreignOpenEnd(greekOr(cyrillicOr(romanianOri(aliVaiOr(text)))));
  text = moreOr(text);
  if (!/[*_]|\b(?:o|ou|oder|eller|lub|albo|nebo|alebo|anebo|oppure|veya|sau|tai|vagy|da|v\u00f5i|ili|atau|arba)\b|\ub610\ub294|\ud639\uc740|ho\u1eb7c/i.test(text)) return text;
  return text
    .replace(MARKED_JOINER, (m: string, mark: string | undefined, word: string | undefined) =>
      mark !== undefined ? `${' '.repeat(mark.length)}${word!}${' '.repeat(mark.length)}` : (/^und/i.test(m) ? 'and/or' : 'or').padEnd(m.length),
    )
    .replace(/(?<=\s)o (?=\S)/gi, 'or');
}

/**
 * (s55) Words of another language that offer the skill after them in place of the one before, read as the English every
 * cue knows, the length kept: German "alternativ" as "instead" ("Java; alternativ Kotlin", "GitLab CI, alternativ GitHub
 * Actions oder Jenkins"); Spanish "o bien" as "or", and as "either" where a second "o bien" follows ("o bien Kubernetes o
 * bien Nomad"); Portuguese "tamb\u00e9m serve" and Spanish "tambi\u00e9n sirve"/"tambi\u00e9n vale" (also does) after a
 * skill as "also works" ("React Native; Flutter tamb\u00e9m serve"). (German "alternative", a noun, and an English
 * "alternative" are not these words.)
 */
const FOREIGN_INSTEAD = /(?<![\p{L}])(?:alternativ(?![\p{L}])|o\s+bien(?![\p{L}])|tamb(?:\u00e9m|i\u00e9n)\s+(?:serve|sirve|vale)(?![\p{L}]))/giu;
/**
 * (s58) An "either ... or" written with one word twice in another language: French "soit ..., soit", Dutch "ofwel ...
 * ofwel" and "hetzij ... hetzij", Portuguese "seja ..., seja" ("soit Vue, soit Angular"). The first as blank, the second as
 * "or" (the length kept). (Italian "sia ... sia" is "both ... and": not one of these.)
 */
const PAIRED_EITHER = /(?<![\p{L}])(soit|ofwel|hetzij|seja)\s[^.;:!?]*?(?<![\p{L}])\1(?![\p{L}])/giu;
function pairedEither(text: string): string {
  if (!/soit|ofwel|hetzij|seja/i.test(text)) return text;
  return text.replace(PAIRED_EITHER, (m: string, w: string) => `${' '.repeat(w.length)}${m.slice(w.length, m.length - w.length)}${'or'.padEnd(w.length)}`);
}

function foreignInstead(written: string): string {
  const text = pairedEither(written);
  if (!/alternativ|bien|tamb/i.test(text)) return text;
  const eitherAt = /(?<![\p{L}])o\s+bien\s[^.;]*?\so\s+bien(?![\p{L}])/iu.exec(text)?.index ?? -1;
  return text.replace(FOREIGN_INSTEAD, (m, at: number) =>
    (/^alt/i.test(m) ? 'instead' : /^o/i.test(m) ? (at === eitherAt ? 'either' : 'or') : 'also works').padEnd(m.length),
  );
}

/** The kinds of skill a thing runs on: a cloud or its service, an OS, a container platform. */
const PLACE_KINDS = new Set(['cloud', 'cloud-service', 'os', 'containers']);
/** Between a skill and where it runs: " on ", " atop ", " running on ", " hosted on " (lowercase: not "On" a title's). */
// (A noun or two the skill heads may come first: "Helm charts on EKS".)
const ON_PLACE = /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:on|atop|on top of|running on|hosted on|deployed (?:on|to))\s+$/;
/** An "or" between two sides of a list, with a word or two of the next side's: " or ", ", or a managed ". */
const OR_BETWEEN = /^\s*,?\s*(?:or|and\/or)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * "Iceberg on S3 or Delta Lake on ADLS", "Terraform on AWS or Pulumi on GCP", "Postgres on RDS or MySQL": a platform
 * (a cloud, its service, an OS, a container platform) named after " on " a skill of another kind (a cloud's service on its
 * cloud: "ECS on AWS"), inside an "or" list,
 * says where that option runs; it is no option of the list, and the list goes on past it. Read so where the "or" comes
 * right after the platform, or where the side before the "or" named its own platform too. Platforms of the same kind
 * offered with "or" right after it are more of the same ("Kubernetes on AWS or GCP"). ("Kafka or RabbitMQ on
 * Kubernetes": one platform after the last option may be for all of them; it keeps its reading.)
 * The platforms, two or more, are a pick of their own (the list's sides each name one); one alone is no ask.
 */
function placesIn(text: string, hits: readonly SkillSpan[], options: ItemOptions): Set<SkillSpan> {
  const out = new Set<SkillSpan>();
  if (!/\s(?:on|atop)\s/i.test(text) || !/\sor\s/i.test(text)) return out;
  const kind = (h: SkillSpan) => options.skillInfo?.(h.skillId)?.category ?? '';
  for (let i = 1; i < hits.length; i++) {
    const prev = hits[i - 1]!;
    const h = hits[i]!;
    if (out.has(prev) || !ON_PLACE.test(text.slice(prev.end, h.start)) || !PLACE_KINDS.has(kind(h)) || kind(prev) === kind(h) || kind(prev) === 'cloud' || (kind(prev) === 'cloud-service' && kind(h) !== 'cloud')) continue;
    const next = hits[i + 1];
    // (The next side may be a name the taxonomy does not know: "Hudi on GCS or Paimon".)
    const orAfter = (next !== undefined && OR_BETWEEN.test(text.slice(h.end, next.start))) || /^\s*,?\s*(?:or|and\/or)\s+[A-Z]/.test(text.slice(h.end));
    const before = i >= 2 ? hits[i - 2]! : undefined;
    const orBefore = before !== undefined && out.has(before) && OR_BETWEEN.test(text.slice(before.end, prev.start));
    if (!orAfter && !orBefore) continue;
    out.add(h);
    for (let j = i + 1; j < hits.length && kind(hits[j]!) === kind(h) && OR_BETWEEN.test(text.slice(hits[j - 1]!.end, hits[j]!.start)); j++) out.add(hits[j]!);
  }
  return out;
}

/** After a slash pair, words that say both are used: "Azure/GCP (we run both)", "Postgres/Redis, both in production". */
const BOTH_AFTER = /^\s*(?:\(\s*|[,;:]\s*|\s[\u2014\u2013-]\s*)(?:(?:we|they|you(?:'|\u2019)ll|the team)\s+(?:\w+\s+)?(?:run|use|need|have|operate|support|work with)\s+)?both\b(?!\s+(?:are\s+|is\s+)?(?:equally\s+)?(?:welcome|fine|ok|okay|acceptable|count|work|considered|great))/i;
/** Before a slash run: "beyond (just) " and the run's names so far ("beyond just React/"). */
const BEYOND_SLASH = /\bbeyond\s+(?:just\s+|only\s+|merely\s+|simply\s+|plain\s+)?(?:the\s+)?(?:[\w.+#-]+\s*\/\s*)*$/i;
/** A "whether" clause that tells the work the candidate has done: "Whether you've built …", "Whether you have shipped …". */
// (s52: or where the candidate comes from, the background each option is: "Whether you come from Laravel or Symfony, you know
// modern PHP", "Whether you started out in Vue or Svelte": one of them is presupposed, not a taste that does not matter.)
const WHETHER_DONE = /^\W*whether\s+you(?:(?:(?:'|\u2019)ve|\s+have)\s+(?:already\s+)?(?:built|shipped|worked\s+(?:on|in|with)|written|designed|run|led|maintained|operated|developed|contributed\s+to)\b|(?:(?:'|\u2019)re|\s+are)\s+coming\s+from\b|\s+(?:come|came)\s+from\b|\s+(?:started|began|cut\s+your\s+teeth|learned|grew\s+up)(?:\s+out)?\s+(?:in|on|with)\b)/i;

/**
 * (s58) "Whether it's Kafka, Kinesis or Pub/Sub, you've run a stream in production", "Whether it was Ansible or Chef, you
 * automated real fleets": things named after "whether it's", then a main clause that tells the work the candidate did.
 */
const WHETHER_ITS_DONE = /^\W*whether\s+(?:it|that)(?:(?:'|\u2019)s|\s+(?:is|was|be))\s[^.;:]*?,\s*you(?:(?:'|\u2019)ve|\s+have)?\s+(?:(?:already|also)\s+)?(?:[a-z]{2,}ed|built|run|ran|shipped|written|wrote|led|done|kept|made|taught|grown|known|know)\b/i;
/** (s58) Where a clause that opens with "whether" ends: the first comma after its "or" (or, with none, the first comma). */
function concededEnd(text: string): number {
  const or = /\s(?:or|and\/or)\s/i.exec(text);
  const comma = text.indexOf(',', or ? or.index : 0);
  return comma >= 0 || !or ? comma : text.indexOf(',');
}

/** An adjective of a field's name ("statistical" of statistics, "econometric" of econometrics), in lowercase. */
const FIELD_ADJECTIVE = /^[a-z]{4,}(?:ical|ic)$/;
/** A pick of two fields that share the noun after the second: "ML or statistical systems", "statistical or ML models". */
const OR_ADJECTIVE_AFTER = /^\s*,?\s*(?:or|and\/or)\s+([a-z]+)\s+[a-z]/d;
const ADJECTIVE_OR_BEFORE = /(?:^|[\s(])([a-z]+)\s*,?\s+(?:or|and\/or)\s+$/d;
/**
 * (s50) "3+ years of ML or statistical systems": a field's adjective as the other side of an "or" beside a field the
 * matcher reads, the noun after them shared by both ("ML systems or statistical systems"), names the field the adjective
 * is of: the adjective's noun ("statistical" to "statistics", "econometric" to "econometrics") read as the taxonomy reads
 * it, when it names one skill whole, a field (not a named thing, a tool or a trait). A span over the adjective for the
 * list rules, as if the matcher had read it. ("ML or graphical models": no skill is named "graphics" whole, no option.)
 */
function fieldAdjectives(text: string, findSkills: FindSkills, options: ItemOptions): SkillSpan[] {
  if (!/[a-z]ic(?:al)?\s/.test(text) || !/\bor\b/i.test(text)) return [];
  const hits = findSkills(text);
  const fieldKind = (id: string) => {
    const k = options.skillInfo?.(id)?.category;
    return k !== undefined && k !== 'soft' && k !== 'tool' && !NAMED.has(k);
  };
  const fieldOf = (adjective: string): string | undefined => {
    if (!FIELD_ADJECTIVE.test(adjective)) return undefined;
    const noun = adjective.replace(/(?:ical|ic)$/, 'ics');
    const whole = findSkills(noun).find((h) => h.start === 0 && h.end === noun.length);
    return whole && fieldKind(whole.skillId) ? whole.skillId : undefined;
  };
  const free = (at: number, to: number) => !hits.some((x) => x.start < to && x.end > at);
  const out: SkillSpan[] = [];
  for (const h of hits) {
    if (!fieldKind(h.skillId)) continue;
    const after = OR_ADJECTIVE_AFTER.exec(text.slice(h.end));
    if (after) {
      const [from, to] = after.indices![1]!;
      const id = fieldOf(after[1]!);
      if (id && id !== h.skillId && free(h.end + from, h.end + to)) out.push({ ...h, skillId: id, start: h.end + from, end: h.end + to });
    }
    // (The noun after the named field is the one they share: "statistical or ML models".)
    const before = /^\s+[a-z]/.test(text.slice(h.end)) ? ADJECTIVE_OR_BEFORE.exec(text.slice(0, h.start)) : null;
    if (before) {
      const [from, to] = before.indices![1]!;
      const id = fieldOf(before[1]!);
      if (id && id !== h.skillId && free(from, to)) out.push({ ...h, skillId: id, start: from, end: to });
    }
  }
  return out;
}

/**
 * (s60 lead) "We're on Nomad, not Kubernetes \u2014 if you know K8s well you'll pick it up": one thing used, another said to
 * carry over to it; either meets the ask, one group of the two. ("We use Nomad and Consul" stays two.)
 */
const CARRIES_OVER = /\bif you(?:['\u2019]ve| have)? (?:know|used|run|worked with)\b[^.;]{0,60}?\byou(?:['\u2019]ll| will) (?:pick (?:it|\w+) up|learn (?:it|\w+)(?: (?:fast|quickly))?|be fine|ramp up (?:fast|quickly))\b|\b(?:experience|knowledge) (?:of|with|in) \S+ (?:transfers|carries over)\b/i;
/**
 * (s61) A short line of two names of one kind joined by "of" and nothing more ("Go of Python", "AWS of Azure", "Vue of React
 * (pr\u00e9)"): the Dutch "or", on a line too short to hold a word that tells its language. An English "of" never joins two
 * names of one kind ("A mix of Java and Kotlin", "Testing of REST APIs", "Bachelor of Science" are no such line). Read as
 * "or", the length kept.
 */
const SHORT_OF_TAIL = /^\s*(?:\([^()]{0,30}\)|(?:is\s+)?(?:een\s+)?(?:pr\u00e9|pluspunt|gewenst|vereist))?\s*[.;!]?\s*$/iu;
function shortDutchOf(text: string, found: readonly SkillSpan[], options: ItemOptions): string {
  if (!/\sof\s/.test(text)) return text;
  // (And a list of them, its last joined by "of": "Scala, Kotlin of Java".)
  const spans = found.filter((h) => !found.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  const names = [...new Set(spans.map((h) => h.start))].sort((x, y) => x - y).map((at) => spans.find((h) => h.start === at)!);
  if (names.length < 2) return text;
  const last = names[names.length - 1]!;
  const gaps = names.slice(1).map((h, k) => text.slice(names[k]!.end, h.start));
  if (!/^[\s\u2022*\u00b7-]*$/.test(text.slice(0, names[0]!.start)) || !/^\s*,?\s+of\s+$/.test(gaps[gaps.length - 1]!) || !gaps.slice(0, -1).every((g) => /^\s*,\s*$/.test(g)) || !SHORT_OF_TAIL.test(text.slice(last.end))) return text;
  const named = (h: SkillSpan) => /^[A-Z0-9]|[a-z][A-Z]/.test(text.slice(h.start, h.end));
  if (!names.every(named) || !oneCategory(names.map((h) => h.skillId), options)) return text;
  const of = text.lastIndexOf(' of ', last.start);
  return `${text.slice(0, of)} or ${text.slice(of + 4)}`;
}
export function skillGroups(written: string, findSkills: FindSkills, options: ItemOptions = {}): string[][] {
  const groups = groupsRead(written, findSkills, options);
  return groups.length === 2 && groups.every((g) => g.length === 1) && CARRIES_OVER.test(written) ? [[groups[0]![0]!, groups[1]![0]!]] : groups;
}
function groupsRead(written: string, findSkills: FindSkills, options: ItemOptions): string[][] {
  const found = [...findSkills(written), ...fieldAdjectives(written, findSkills, options)];
  // "(examples: NumPy, SciPy)", "examples include Kafka, NATS": read as the "e.g." every cue below knows, the length kept.
  const text = shortDutchOf(plainJoiners(usingSimilar(written.includes('xample') ? written.replace(EXAMPLES_WORD, (m) => 'e.g.,'.padEnd(m.length)) : written)), found, options);
  const read = withoutCodePractice(text, withoutKindNouns(text, withoutPurpose(text, withoutCondition(text, withoutTeamClause(text, withoutAsides(text, withoutProductApi(text, dedupe(found.sort((a, b) => a.start - b.start || b.end - a.end)))))), options), options), options);
  // "Whether you prefer Vim or VS Code, you'll fit in": a clause that opens with "whether" says what does not matter.
  // (Not one that tells the work done, then invites: "Whether you've built compilers, database engines, or game engines, we'd
  // love to hear from you" offers the three, a pick.)
  // (s58: "Whether it's Kafka, Kinesis or Pub/Sub, you've run a stream in production": the things it names, then the work
  // the candidate has done on one of them, a pick as WHETHER_DONE's; and where it concedes, its clause ends at the comma
  // after its "or", not at a comma inside its list: "Whether it's Vim, Emacs or Helix, you'll fit in".)
  const whetherOpens = text.slice(0, 12).toLowerCase().includes('whether') && /^\W*whether\b/i.test(text);
  const conceded = whetherOpens && !WHETHER_DONE.test(text) && !WHETHER_ITS_DONE.test(text) ? concededEnd(text) : -1;
  const depth = parenDepths(text);
  // "REST APIs (Postman, REST Assured or similar)": in a bracket of examples right after a skill, that skill's name again,
  // after another member, begins an example's own name; it is no member of the list. (First in the bracket it may be the
  // option itself: "Go (Go Kit or Gin)".)
  const hits = (conceded > 0 ? read.filter((h) => h.start > conceded) : read).filter((h, k, all) => !(depth[h.start]! > 0 && /^\s+[A-Z][\w.+#-]*(?=\s*(?:,|\)|\s(?:or|and)\s))/.test(text.slice(h.end)) && all.some((p, j) => p.skillId === h.skillId && p.end <= h.start && j < k - 1 && /^\s*\([^()]*$/.test(text.slice(p.end, h.start)))));
  // (s53) "container platforms (Kubernetes (EKS or self-hosted), Nomad, or ECS)": a bracket inside a bracket's list, right
  // after one member, says which of that member; the list goes on past it (its names are no members, nor a pick of their own).
  const nested = nestedAsides(text, hits, depth);
  if (nested.size) hits.splice(0, hits.length, ...hits.filter((h) => !nested.has(h)));
  // (s56) "Production time on one of the major clouds": no skill named, the pick of a cloud (below) all the same.
  if (!hits.length) return CLOUD_PICK.test(text) && !BIG_THREE.test(text) && [...CLOUDS, CLOUD_KIND].every((id) => options.skillInfo?.(id)) ? [[CLOUD_KIND, ...CLOUDS]] : [];
  const lists: List[] = [];
  let cur: List = { hits: [hits[0]!], joins: [], open: 0 };
  // "Iceberg on S3 or Delta Lake": where an option runs is no option of the list (placesIn); the list goes on past it.
  const placed = placesIn(text, hits, options);
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    if (placed.has(h)) continue;
    const prev = cur.hits[cur.hits.length - 1]!;
    // ("Qwik.js, Vue": a name's ".js" the matcher left outside it is the name's own, no gap.)
    // (Nor a version, or the rest of one the matcher took in part: "Ruby 3.x or Go", "Python 3.11 or Node".)
    const gap = text.slice(placed.has(hits[i - 1]!) ? hits[i - 1]!.end : prev.end, h.start).replace(/^\.(?:js|ts)\b|^(?:\s+v?\d+)?(?:\.(?:\d+|x))+\+?(?=[\s,/]|$)|^\s+v?\d+\+(?=[\s,/]|$)/i, '');
    const sameParen = depth[prev.end] === depth[h.start] && !/[()]/.test(gap);
    // An aside in brackets between two items does not end the list: "Claude Code (with Opus) or Codex (with GPT-5)".
    const bare = depth[prev.end] === depth[h.start] && /^[^()]*\([^()]*\)[^()]*$/.test(gap) ? gap.replace(/\s*\([^()]*\)/, '') : null;
    // "Python, Go, or a similar backend language, and SQL": the open end closes the pick; what the "and" adds is asked apart.
    if (kindQualifier(text, prev, h, gap, options) || (sameParen && gap.includes(' or ') && OPEN_THEN_AND.test(gap))) {
      lists.push(cur);
      cur = { hits: [h], joins: [], open: prev.end };
      continue;
    }
    // (A short "or" stretch joins named skills only: "machine learning workflows or data pipelines" names two fields, not a pick.)
    // "Aeron Transport, Aeron Cluster, or Agrona": a name's own capitalised words that the taxonomy does not hold
    // (a product's edition or part) run on before the list's comma, slash or joiner.
    const gapOn = sameParen ? gap.replace(NAME_RUNS_ON, '') : gap;
    const m = sameParen
      ? GAP.exec(gapOn) ?? (gapOn !== gap ? GAP_UNKNOWN.exec(gapOn) ?? slashUnknown(gapOn) : null) ?? modified(gap) ?? GAP_UNKNOWN.exec(gap) ?? GAP_UNKNOWN_OR.exec(gap) ?? slashUnknown(gap) ?? GAP_HEAD.exec(gap) ?? headNoun(gap, text.slice(h.end)) ?? GAP_OR_PHRASE.exec(gap) ?? GAP_OR_ALTERNATIVE.exec(gap) ?? roleSlash(gap, text.slice(h.end)) ?? (namedOnly([prev.skillId, h.skillId], options) ? GAP_OR_SHORT.exec(gap) : null)
      : bare !== null ? GAP.exec(bare) : null;
    // "iOS (Swift) or Android (Kotlin)": one skill in brackets right after another names one option with it, and the list goes on after the bracket.
    // ("AWS (EKS/ECS) or GCP (GKE)": the bracket may hold a slash or comma list of its own, names the taxonomy does not know in it.)
    const opened = cur.joins.lastIndexOf('space');
    const closeJoin =
      opened >= 0 && cur.joins.slice(opened + 1).every((j) => j === 'slash' || j === 'comma') && (opened === cur.joins.length - 1 || OPEN_PAIR.test(text.slice(cur.hits[opened]!.end, cur.hits[opened + 1]!.start))) && depth[prev.end] === depth[h.start]! + 1
        ? /^(?:\s*[/,]\s*[^(),/]{1,30}?)*\s*\)\s*(?:(,\s*(?:or|and\/or)|or|and\/or|,|and|&)\s*)?$/.exec(gap)
        : null;
    if (sameParen && OR_NAME_THEN_COMMA.test(gap)) {
      // "React or Solid, TypeScript": the "or" offered a name the taxonomy does not know; the comma goes on to the next ask.
      cur.joins.push('and');
      cur.hits.push(h);
    } else if (sameParen && GAP_INSTEAD.test(gap)) {
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (sameParen && cur.hits.length === 1 && /^\s*,\s*and\s+$/i.test(gap) && ALSO_COUNTS.test(text.slice(h.end)) && options.skillInfo?.(h.skillId)?.category === options.skillInfo?.(prev.skillId)?.category) {
      // (s46) "We run ECS, and EKS experience transfers": after ", and", a skill of the told one's kind said to transfer or
      // count stands in for it, a pick; not one of another kind ("We use Go, and SQL experience counts").
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (sameParen && /^(?:\s+[a-z][\w-]*){0,2}\s*,\s*$/.test(gap) && (cur.joins[cur.joins.length - 1] === 'or' || (cur.hits.length === 1 && ALSO_TOO.test(text.slice(h.end)) && !usedTogether([prev.skillId, h.skillId], options))) && ALSO_OFFERED.test(text.slice(h.end)) && oneCategory([prev.skillId, h.skillId], options)) {
      // (s55: after one skill too, where the next is said to do "too", "also" or "as well": "ideally Postgres, MySQL is
      // fine too", "Kafka, RabbitMQ is also welcome"; not a list, "Docker, Kubernetes welcome", nor two used together.)
      // "Informatica or Talend, SSIS is also welcome", "Elm or ReScript, PureScript also considered", "Cisco or Arista
      // switches, Juniper welcome": after a pick, a skill of its kind said to do as well is one option more (not the next
      // ask of "React or Solid, TypeScript").
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (m) {
      // "highly-concurrent, performant multi-threaded Rust": a skill written as an adjective, then more adjectives, qualifies the next one.
      const j: Joiner = /^[ \t]+$/.test(gap) || (ADJECTIVE_FORM.test(text.slice(prev.start, prev.end)) && /^\s*,/.test(gap) && (GAP_MODIFIED.test(gap) || (/^\s*,\s*$/.test(gap) && ADJECTIVE_FORM.test(text.slice(h.start, h.end))))) ? 'space' : joinerOf(m[1]);
      // "C#/Python interop", "Java/Kotlin migration": a slash before what joins the two names both.
      // "multi-cloud or cross-cloud": two names of one skill offer no pick (after a comma, ", or" still closes a list of picks: "data science, ML, or machine learning").
      // "HTTP/HTTPS", "Python/Python3": a name and the same name lengthened, with a slash, write one thing two ways.
      // "Strong Swift, beyond just UIKit/SwiftUI app work": what the ask goes beyond is the ground it takes for granted, no pick.
      cur.joins.push(j === 'slash' && (BETWEEN_TWO.test(text.slice(h.end)) || BEYOND_SLASH.test(text.slice(Math.max(0, prev.start - 60), prev.start)) || BOTH_AFTER.test(text.slice(h.end))) ? 'and' : j === 'slash' && sameNameLonger(text.slice(prev.start, prev.end), text.slice(h.start, h.end)) ? 'space' : j === 'or' && prev.skillId === h.skillId && !gap.includes(',') && !productPair(text.slice(prev.start, prev.end), text.slice(h.start, h.end)) ? 'comma' : j);
      cur.hits.push(h);
    } else if (OPEN_PAIR.test(gap) && (/^\s*\)/.test(text.slice(h.end)) || BRACKET_LIST_THEN_OR.test(text.slice(h.end)) || (cur.joins.includes('or') && BRACKET_LIST.test(text.slice(h.end))))) {
      cur.joins.push('space');
      cur.hits.push(h);
    } else if (closeJoin) {
      cur.joins.push(joinerOf(closeJoin[1]?.replace(/^,\s*/, '')));
      cur.hits.push(h);
    } else if (sameParen && /^\s*,?\s*(?:but|though|although)\s+$/i.test(gap) && /\b(?:prefer\w*|ideally)\b/i.test(text.slice(cur.open, h.start)) && /^\s*(?:(?:is|are|would be|will be)\s+)?(?:also\s+)?(?:fine|ok|okay|acceptable|welcome|great)\b/i.test(text.slice(h.end))) {
      // "Preferably Go, but Python is fine too".
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (sameParen && cur.joins.includes('or') && /^(?:-(?:based|style|like|compatible|powered))?(?:\s+[a-z][\w-]*){0,2}\s*,?\s*(?:such as|like|e\.?\s?g\.?,?|for example,?)\s+$/i.test(gap) && (/^[a-z]/.test(text.slice(prev.start, prev.end)) || /\b(?:another|other|similar|an?|any)\s+$/i.test(text.slice(Math.max(0, prev.start - 12), prev.start)))) {
      // "Postgres or another relational database like MySQL": the field in a choice, then its example, one choice.
      // (s46: the field may be named by a tool it is built on, "or with a Beam-based framework like Dataflow".)
      // (A kind written with a capital is one too where "another" says it is a kind: "Java or another JVM language such as Kotlin";
      // or an article, since a kind is what has examples: "osquery or an EDR such as CrowdStrike".)
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (sameParen && GAP_PREFERRED.test(gap)) {
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (GAP_SIMILAR.test(gap) || GAP_PAREN_OR.test(gap) || (sameParen && (GAP_ANOTHER.test(gap) || (GAP_UNKNOWN_COMPARABLE.test(gap) && oneCategory([...cur.hits.map((x) => x.skillId), h.skillId], options)) || (GAP_COMPARABLE.test(gap) && !languageOfOther(prev, h, options))))) {
      cur.joins.push('or');
      cur.hits.push(h);
    } else if (sameParen && WITH_GAP.test(gap) && (/^\s*,\s*(?:or|and\/or)\s/i.test(text.slice(h.end)) ? !cur.joins.includes('or') : cur.joins[cur.joins.length - 1] === 'or')) {
      // "Kotlin, preferably with Jetpack Compose, or Swift with SwiftUI": a skill with the one it is used with is one side
      // of a pick, before ", or" and after it (commaOr pairs the sides).
      cur.joins.push('and');
      cur.hits.push(h);
    } else if (sameParen && impliesId(options, prev.skillId, h.skillId) && GAP_OTHER_KIND.test(gap)) {
      // "Ceph or another distributed file system": a named thing, then any other of the kind it is.
      cur.joins.push('or');
      cur.hits.push(h);
    } else {
      lists.push(cur);
      cur = { hits: [h], joins: [], open: prev.end };
    }
  }
  lists.push(cur);

  const groups: string[][] = [];
  const following = FOLLOWING.exec(text);
  const followFrom = following ? following.index + following[0].length : Infinity;
  // ("at least one of the following (Bash, Perl, Python) and some Docker": a bracket right after the cue holds the whole pick.)
  // (Not a bracket of words, no skill in it: "one of the following (in order of preference): Go, Rust".)
  const closes = following ? bracketEnd(text, followFrom) : undefined;
  const followTo = following ? (closes !== undefined && hits.some((h) => h.start > followFrom && h.end < closes) ? closes : sentenceEnd(text, followFrom)) : -1;
  const followed: string[] = [];
  for (const [li, list] of lists.entries()) {
    const ids = list.hits.map((h) => h.skillId);
    const first = list.hits[0]!;
    const last = list.hits[list.hits.length - 1]!;
    if (first.start >= followFrom && last.end <= followTo) {
      followed.push(...ids);
      continue;
    }
    const before = text.slice(list.open, first.start);
    // (s56) The Spanish or Italian "o" right after the last skill ("DevOps, SRE o infraestructura") is read as "or" glued to
    // the next word (plainJoiners keeps the length); what comes after the list is read with the space the word had.
    const after = /^\s*,?\s*o\s/i.test(written.slice(last.end, last.end + 8)) ? text.slice(last.end).replace(/^(\s*,?\s*)or(?=\S)/, '$1or ') : text.slice(last.end);
    // What ends the list, after the last skill's own words: a name the taxonomy does not know joined to it by a
    // slash ("Flask/Dash, etc."), or a noun or two it heads before an open end ("RAG pipelines, etc.", "Kafka clusters or similar").
    const tail = after.replace(/^(?:\/\s*[A-Z][\w.+#-]*(?=\s*[,)]|\s+(?:or|and\/or)\s)|(?:\s+[a-z][\w-]*){1,2}(?=\s*,?\s*(?:etc\b|(?:or|and\/or)\s+(?:\w+\s+)?(?:similar|equivalent|comparable)\b)))/, '');
    // "(though ML, data science, etc. is not needed)": not asked.
    // ("… helps but is not required", "… a plus, not required": a wish, still a choice.)
    const notNeeded = /^(?:,?\s*etc\.?)?[^.;()]{0,30}\b(?:is|are)\s+not\s+(?:needed|required|necessary|expected)/i.exec(after);
    if (notNeeded && !/\b(?:helps?|helpful|plus|nice|welcome|great|useful|preferred|bonus|advantage)\b/i.test(notNeeded[0])) continue;
    // "no Kafka or RabbitMQ yet": not asked.
    if (NEGATED.test(before)) continue;
    // "an MS in Statistics, Physics or Mathematics": fields of study, read by the degree.
    // ("a PhD or equivalent depth in compilers, databases, or …": after "or equivalent experience" the list is what the experience is in.)
    // ("A Master's (with two years in the field) in physics, chemistry or biology": an aside in brackets left out.)
    const near = text.slice(Math.max(0, first.start - 160), first.start);
    const degreeWindow = (near.includes('(') ? near.replace(/\([^()]*\)/g, ' ') : near).slice(-60);
    if (DEGREE_IN.test(degreeWindow) && !EQUIVALENT_IN.test(degreeWindow) && !namedOnly(ids, options)) continue;
    // The words before a field named just before the list count too: "any JVM language: Java, Kotlin".
    const prevList = li > 0 ? lists[li - 1] : undefined;
    const cueText = prevList && prevList.hits.length === 1 && EXAMPLES_GAP.test(before) ? text.slice(prevList.open, first.start) : before;
    // "on all of the major clouds (AWS, GCP, Azure)", "all of the major cloud providers (…)": every one is needed.
    const allOf = ALL_OF.test(before) || (cueText !== before && ALL_OF.test(cueText)) || SPANS_ALL.test(text.slice(Math.max(0, first.start - 60), first.start));
    // "a CI system — GitHub Actions, CircleCI, Buildkite", "a functional language (think Haskell, OCaml)": one thing, and a list of one kind to pick it from.
    // (Not a slash pair that reads as "and": "an analyst (Python/SQL)".)
    const stackPair = list.joins.length === 1 && list.joins[0] === 'slash' && slashStack(ids, options);
    // (s46: "a good grasp of networking (TCP/IP, DNS, TLS)": after an understanding "of" a field, the bracket's protocols of
    // that field's own kind are its parts, all of them; "knowledge of databases (Postgres, MySQL)" names instances, a pick.)
    const fieldBefore = lastHitBefore(hits, first);
    const fieldKind = fieldBefore && /^\s*\(\s*$/.test(text.slice(fieldBefore.end, first.start)) ? options.skillInfo?.(fieldBefore.skillId)?.category : undefined;
    const partsOfField = fieldKind !== undefined && PART_KINDS.has(fieldKind) && GRASP_OF.test(text.slice(Math.max(0, fieldBefore!.start - 40), fieldBefore!.start)) && ids.every((id) => options.skillInfo?.(id)?.category === fieldKind);
    const oneOfKind = !stackPair && !partsOfField && INDEFINITE.test(cueText) && !/\b(?:stack|setup|toolchain|toolkit|mix|plus|bonus)\s*\W*$/i.test(cueText) && oneCategory(ids, options);
    // "including" lists a whole's parts ("core CS concepts, including algorithms, data structures") unless they are named things of one kind ("databases, including Postgres and MySQL").
    // ("Python, including pandas and NumPy": a named language's or framework's own libraries are its parts, each asked.)
    const owner = lastHitBefore(hits, first);
    const ownerKind = owner !== undefined ? options.skillInfo?.(owner.skillId)?.category : undefined;
    const ownersParts = owner !== undefined && NAMED.has(ownerKind ?? '') && ids.every((id) => impliesId(options, id, owner.skillId) || (ownerKind === 'language' && options.skillInfo?.(id)?.category === 'library'));
    const including = /\bincluding\s*:?\s*$/i.test(cueText) && oneCategory(ids, options) && namedOnly(ids, options) && !ownersParts;
    // A cue governs the list right after it, in its own clause: "features like search and chat, with models from OpenAI, Anthropic and Gemini" is no choice.
    const clause = lastClause(cueText);
    // "(currently using things like Next.js, Supabase)": what the team uses, told, not a pick.
    const told = /\b(?:currently|we(?:'|\u2019)re|we are|we|our (?:team|stack|product|app|platform)s?)\s+(?:\w+\s+)?(?:using|use|uses|run|runs|running|built (?:with|on)|building (?:with|on)|build (?:with|on))\b[^.;]*$/i.test(cueText);
    // ("Either in the office or remote, you will use Slack and Notion": an "either" whose "or" came before the list is spent.)
    const farText = cueText.toLowerCase().includes('either') ? cueText.replace(/\beither\b[^.;]*?\bor\b/gi, ' ') : cueText;
    // (s61: or a lead that hands the reader the pick, "Pick your poison: Sentry, Rollbar, Bugsnag", terms.ts PICK_LEAD.)
    const cue = (OR_CUE.test(clause) || OR_CUE_FAR.test(farText) || oneOfKind || including || PICK_LEAD_BEFORE.test(clause)) && !allOf && !told;
    // A bracketed list: "a major cloud (AWS, GCP, Azure)" is a choice; "AWS (EC2, S3)" names a cloud's parts.
    // (Only the last "(" can start that bracket's match: what may follow it holds none. Testing from there spares scanning the whole text.)
    const paren = before.lastIndexOf('(');
    // (Names the taxonomy does not know may come first: "(think Bitrise, Fastlane, …"; or last, after "or": "a SIEM (Splunk or Sentinel)".)
    const inParen = !allOf && paren >= 0 && (namesAfterCue(before.slice(paren)) || fieldWordsFirst(before.slice(paren), ids, options)) &&
      /^(?:\s*,\s*[^,()]{1,30}?)*\s*(?:,?\s*(?:or|and\/or)\s+(?:\w+\s+)?(?:similar|equivalent|other|comparable)\b[^)]*|,?\s*(?:or|and\/or)\s+[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){0,2}|,?\s*etc\.?|,?\s*(?:\.\.\.|\u2026)|,\s*(?:anything|whatever|any other)\b[^()]*)?\s*\)/i.test(tail);
    // "AWS (EC2, S3)", "AWS services (Lambda, SQS)": the skill just before the bracket.
    // "Python experience (pandas, NumPy)": a named language's or framework's own libraries.
    const parentId = inParen && /^\s*(?:(?:services?|stack|ecosystem|products?|offerings?|primitives|experience|skills|expertise|knowledge|proficiency|programming|development)\s*)?\(/i.test(before) && list.open > 0 ? lastHitBefore(hits, first)?.skillId : undefined;
    const parent = parentId !== undefined ? options.skillInfo?.(parentId) : undefined;
    // After a role ("a backend engineer (Go, Postgres, Kafka)") a bracket of several kinds is the role's stack; of one kind ("mobile developers (iOS, Android)"), a choice.
    const roleStack = inParen && !cue && /\b(?:engineers?|developers?|devs?|architects?|scientists?|designers?|SREs?)\s*\(\s*$/i.test(text.slice(Math.max(0, first.start - 40), first.start)) && !oneCategory(ids, options);
    // ("Nomad, Consul, homelab racks, or a blog about your setup": a comma list closed by ", or" and an option it does not
    // name is a pick of all of it, whatever the kinds of its members.)
    // (Not where an "and" follows the list first: "Linux, Bash, and either Ansible or Salt" adds a pick of its own.)
    const orClosesList = list.joins.length > 0 && list.joins.every((j) => j === 'comma' || j === 'slash') && list.joins.includes('comma') && !/^\s*,?\s*(?:and|&|plus)\s/i.test(after) && OR_LAST_UNKNOWN.test(after) && !OPEN_TAIL.test(tail);
    const openTail = (OPEN_TAIL.test(tail) && !similarToOther(after, last, hits, ids, options)) || UNKNOWN_LAST.test(after) || orClosesList;
    // After a title ("Director of Software (Go, Rust)") a bracket says what the role uses, not a choice;
    // after a stack ("our data stack (Kafka, Flink)") it names the stack's parts.
    // (Not with "etc." or "or similar" after the list: "AI (OpenAI, LangChain, etc.)" gives examples of a field.)
    // (Not a field's acronym: "a SIEM (Splunk, Wazuh)".)
    const fieldAcronym = (() => {
      const g = lastHitBefore(hits, first);
      const info = g && options.skillInfo?.(g.skillId);
      return !!g && !!info && !NAMED.has(info.category) && info.category !== 'soft' && /^\s*\(\s*$/.test(text.slice(g.end, first.start)) && /^(?:[A-Z]{2,5}|[A-Z][a-z][A-Z])s?$/.test(text.slice(g.start, g.end));
    })();
    // "Mobile (Android/iOS) development": the field's own words on both sides of the bracket of its examples.
    const wrapped = inParen && !allOf ? fieldAround(before, after, ids, findSkills, options) : undefined;
    const afterTitle = inParen && !fieldAcronym && !wrapped && ((!parentId && /[A-Z][\w+#.-]*\s*\(\s*(?:e\.?\s?g\.?,?\s*)?$/.test(before)) || /\bstack\s*\(\s*$/i.test(before)) && !cue && !openTail;
    const hasOr = list.joins.includes('or');
    // (A cloud's services with "etc." after them are still its parts: "AWS (Lambda, SQS, etc.)".)
    const ownParts =
      // (Not after a cue that gives examples: "AWS experience (e.g. Lambda, DynamoDB)" is met by AWS or any of them.)
      parent !== undefined && parentId !== undefined && !hasOr && !cue && (!openTail || parent.category === 'cloud') &&
      // (A named cloud's: the field "Cloud computing", which every cloud implies, has examples, not parts: "a public cloud (AWS, GCP)".)
      // (Its own services, and things used on it that belong to no cloud: "AWS (EC2, S3, IAM)", "GCP (GKE, VPC)".)
      (parent.category === 'cloud' ? !FIELD_NAME.test(parent.name ?? '') && ids.some((id) => impliesId(options, id, parentId)) && ids.every((id) => impliesId(options, id, parentId) || !/^cloud/.test(options.skillInfo?.(id)?.category ?? 'cloud')) : (parent.category === 'language' || parent.category === 'framework') && ids.every((id) => options.skillInfo?.(id)?.category !== parent.category));
    // "networking knowledge (TCP, DNS, TLS)": what the knowledge covers, all of it.
    // (The field's own words may be the skill named before the bracket: "Networking fundamentals (TCP, DNS)" is one skill's name.)
    // (The article of "a good grasp of" is the grasp's, no cue of one thing of a kind: only a cue of "or" words makes a pick.)
    const covers = inParen && !hasOr && !openTail && (((COVERS.test(before) || COVERS.test(text.slice(Math.max(0, first.start - 60), first.start))) && !cue) || (partsOfField && !OR_CUE.test(clause) && !OR_CUE_FAR.test(farText) && !allOf));
    // "analytics instrumentation (Segment, PostHog, Sentry)", "infra (Terraform, Kubernetes, Go)": a bare bracket of
    // things of different kinds names what is used; a choice is a list of one kind ("a major cloud (AWS, GCP, Azure)").
    // (A slash between them offers a pick: "experiment tracking (Databricks/MLflow)".)
    // (A slash pair among them is one of the things used, a pick of its own: "(Python, PyTorch/TensorFlow, cloud platforms)".)
    // (Not after a plural noun that names what each of them is: "load balancers (NGINX, HAProxy, Envoy)", "data stores
    // (Postgres, Redis, S3)" list instances of one kind, whatever the taxonomy files each under; one will do.)
    // (s52: nor after one thing of a kind, an article and a noun that names one tool, "a map renderer (Mapbox, MapLibre,
    // PostGIS)", "an event bus (Kafka, EventBridge, Redis Streams)": the article asks for one, whatever the taxonomy files
    // each member under; a noun that names a whole of several parts, "a data platform (", "a backend (", is still a stack.)
    const mixedStack = inParen && !fieldAcronym && !hasOr && !openTail && !cue && /\(\s*$/.test(before) && list.joins.every((j) => j === 'comma' || j === 'slash') && list.joins.includes('comma') && mixedKinds(ids, options) && !INSTANCES_OF.test(text.slice(Math.max(0, first.start - 40), first.start)) && !oneToolOfKind(text.slice(Math.max(0, first.start - 60), first.start)) && !waysOfDevelopment(text.slice(Math.max(0, first.start - 40), first.start), ids, options);
    // "an analyst (Python/SQL)", "the server side (Python/Django)": a bracket of one slash pair that reads as "and" is a stack.
    const slashPair = inParen && !hasOr && !openTail && !cue && stackPair;
    // "connectors to the tools our customers use (Jira, Asana)": what the customers use is not asked.
    const theirs = CUSTOMERS_USE.test(before) || CUSTOMERS_USE.test(cueText) || OUR_TOOLS.test(before);
    // "(Go + React)", "(SQL & Python)", "(Python and Postgres)": a bracket joined by "and" alone, no comma, lists what is used
    // together (a slash pair in it is read as anywhere: "(Python + TypeScript/React)" is a stack, "(SQL + Spark/Flink)" a pick of the two).
    // (A list with commas is one of examples, "cloud platforms (AWS, GCP, and Azure)"; a cue still makes a pick, "a major cloud (AWS and GCP)".)
    const andPair = inParen && !hasOr && !openTail && !cue && list.joins.includes('and') && list.joins.every((j) => j === 'and' || j === 'slash');
    // (s56) "Ownership of the deploy tooling (ArgoCD, Helm, GitHub Actions, etc.)", "our data tooling (Airflow, dbt,
    // Snowflake, etc.)": a whole of several tools (tooling, a stack, a setup) with a bracket of things of different kinds
    // left open by "etc." names its parts, more of them unsaid; no pick ("CI/CD tooling (Jenkins, GitHub Actions, etc.)",
    // one kind, still gives examples to pick from; so does an open end that offers others, "or similar").
    const wholeParts = inParen && !hasOr && !cue && ETC_TAIL.test(after) && WHOLE_BEFORE.test(before) && list.joins.every((j) => j === 'comma') && mixedKinds(ids, options);
    const partsOf = afterTitle || roleStack || ownParts || covers || mixedStack || slashPair || theirs || andPair || wholeParts;
    // "Go, Postgres, Terraform or similar": an "or similar" after things of different kinds holds for the last one only.
    // (So does "etc." after things of two kinds or more, no field named before them: "Python, SQL, dbt, etc." asks all three.)
    // (So does one after things joined by "and" alone: "Docker and Kubernetes or similar" asks both.)
    const andOnly = ids.length > 1 && list.joins.length > 0 && list.joins.every((j) => j === 'and');
    // (s52: not after a dash or colon that closes a field named before it: "models on GPUs — CUDA, Triton, vLLM or
    // something like them" gives examples of the field, as a bracket would.)
    const fieldHit = lastHitBefore(hits, first);
    const introduced = !andOnly && fieldHit !== undefined && /(?:\s[\u2014\u2013-]|:)\s*$/.test(before) && !/[.;!?]/.test(text.slice(fieldHit.end, first.start));
    const lastOnly = openTail && !orClosesList && !hasOr && !cue && !inParen && !introduced && (ids.length > 2 || andOnly) && (andOnly || distinctKinds(ids, options) || SIMILAR_MID_LIST.test(after) || (ETC_TAIL.test(after) && mixedKinds(ids, options) && generalBefore(text, hits, first, list, options) === undefined)) && !/^\s*,?\s*(?:or|and\/or)\s+(?:any\s+)?(?:other|another)\b/i.test(after) || (openTail && !hasOr && !cue && !inParen && ETC_TAIL.test(after) && list.joins.every((j) => j === 'comma') && stackOfTwo(ids, options));
    // "including C#/Python interop": the list names the two sides of one thing, whatever cue came before.
    const joint = BETWEEN_TWO.test(after) && !hasOr;
    // "Your stack will include caches (Redis, Memcached, etc.)": a stack told, its examples no pick (an "or" in it still is one).
    const stackTold = !hasOr && STACK_INCLUDES.test(text.slice(0, first.start));
    // "Python/Django or similar", "C#/.NET or similar languages": a slash pair that names one stack is the one thing the
    // open end is about; it offers no pick between the two.
    // (A language and a framework with a slash are one stack here, whatever the framework is written in: "TypeScript/React".)
    const stackSimilar = list.joins.length === 1 && list.joins[0] === 'slash' && !hasOr && !cue && !inParen && (stackPair || langAndFramework(ids, options));
    // "message brokers Kafka, RabbitMQ, NATS": a kind named as a plural common noun, then named things of that kind with
    // commas and no "and": its examples, as in brackets ("message brokers (Kafka, RabbitMQ, NATS)"); any one will do.
    const kindThenNames = !cue && !allOf && list.joins.length >= 2 && list.joins[0] === 'space' && list.joins.slice(1).every((j) => j === 'comma' || j === 'or') && KIND_PLURAL.test(text.slice(first.start, first.end)) && namedOnly(ids.slice(1), options) && (oneCategory(ids.slice(1), options) || ids.slice(1).every((id) => impliesId(options, id, ids[0]!)));
    const anyOf = ids.length > 1 && !joint && !theirs && !stackTold && (hasOr || cue || kindThenNames || (inParen && !partsOf) || (openTail && !lastOnly && !ownParts && !stackSimilar && !wholeParts));
    // The choice is the part of the list around its first "or", up to an "and" on either side:
    // "Postgres or MySQL and Redis", "such as React, Vue, or Angular, and TypeScript", "Python and Go or Rust".
    // After a cue ("such as Kafka and Kinesis or SQS") the choice starts with the list.
    const firstOr = list.joins.indexOf('or');
    // "JavaScript, Vue (or React, Svelte)": an "or" that opens a bracket offers what the bracket holds instead of the one skill before it.
    const orBracket = firstOr >= 0 && !cue && /\(\s*(?:or|and\/or)\s/i.test(text.slice(list.hits[firstOr]!.end, list.hits[firstOr + 1]!.start));
    let bracketEnd = firstOr + 1;
    if (orBracket) while (bracketEnd + 1 < ids.length && depth[list.hits[bracketEnd + 1]!.start]! >= depth[list.hits[firstOr + 1]!.start]!) bracketEnd++;
    // ("OpenTelemetry and Jaeger or Tempo": an "or" to a name the taxonomy does not know offers it for the last skill only.)
    const orToUnknown = firstOr < 0 && !cue && !inParen && UNKNOWN_LAST.test(after) && !OPEN_TAIL.test(tail);
    const from = orToUnknown ? list.joins.lastIndexOf('and') + 1 : firstOr < 0 || cue ? 0 : orBracket ? firstOr : list.joins.lastIndexOf('and', firstOr) + 1;
    // "Go or Rust, Postgres, some React": a comma after the choice with no "or" after it ends it too.
    // (Not inside a bracket that goes on with the choice: "Java or similar (Kotlin, Scala)".)
    const orDepth = firstOr < 0 ? 0 : depth[list.hits[firstOr]!.start];
    const plainOr = firstOr >= 0 && !/[()]/.test(text.slice(list.hits[firstOr]!.end, list.hits[firstOr + 1]!.start));
    const and = firstOr < 0 ? -1 : list.joins.findIndex((j, k) => k > firstOr && (j === 'and' || (plainOr && j === 'comma' && !orAhead(list.joins, k) && depth[list.hits[k + 1]!.start] === orDepth)));
    // "a systems language such as Rust, and Docker": after a cue's examples of one kind, an "and" that adds a thing of another kind ends the choice.
    const lastAnd = list.joins.lastIndexOf('and');
    // (Only after examples: "one or both of Flutter and Kotlin" picks between the two.)
    const examplesCue = /\b(?:such as|like|e\.?\s?g\.?|for (?:example|instance)|including)\b[^.;]*$/i.test(clause) && !OR_CUE_FAR.test(cueText) && !/\b(?:one|any|either|both)\b[^.;]*$/i.test(clause);
    const addsOther = firstOr < 0 && examplesCue && lastAnd >= 0 && !mixedKinds(ids.slice(0, lastAnd + 1), options) && mixedKinds([ids[0]!, ids[lastAnd + 1]!], options);
    const to = orBracket ? bracketEnd + 1 : addsOther ? lastAnd + 1 : and < 0 ? ids.length : and + 1;
    // "Data warehouse experience (Redshift or similar)", "relational databases, e.g. MySQL": the field
    // named before examples is met by any of them, or by itself.
    // "CRM experience (HubSpot, Fooforce)": one example the taxonomy knows beside one it does not, in a bracket after the field, is a choice too.
    // (A named tool: "Systems thinking (state management, error handling)" lists the parts of a field.)
    const oneKnown = ids.length === 1 && inParen && !theirs && /^\s*,/.test(tail) && namedOnly(ids, options);
    // "a relational database like MySQL", "message brokers, e.g. NATS": one named example right after the field, a choice too.
    // ("fine-tuning methods such as RLHF": an example that is a field of its own, and of the field before it, is one too.)
    const oneExample = ids.length === 1 && !inParen && !theirs && !told && ((cue && /(?:such as|like|e\.?\s?g\.?,?|for example,?|for instance,?)\s*:?\s*$/i.test(before)) || IDEALLY_ONE.test(before) || CLOUD_IDEALLY.test(before)) && (namedOnly(ids, options) || impliesId(options, ids[0]!, lastHitBefore(hits, first)?.skillId ?? ''));
    // "databases (e.g. Postgres)": one named example in a bracket that says it is one.
    const oneInBracket = ids.length === 1 && inParen && !theirs && !told && /\(\s*(?:e\.?\s?g\.?,?|for (?:example|instance),?|such as|like)\s*:?\s*$/i.test(before) && namedOnly(ids, options);
    const general = (anyOf || (inParen && openTail) || oneKnown || oneExample || oneInBracket) && !partsOf && from === 0 ? wrapped ?? generalBefore(text, hits, first, list, options) ?? cloudKindBefore(before, ids, options) : undefined;
    // "Python and Django, or Ruby and Rails", "Kubernetes and Helm, or Nomad": a comma before the "or" closes the pair before it.
    // ("Either Python and Django, or Ruby and Rails": "either" before the list is no cue that makes it one pick.)
    const sides = (!cue || /\beither\s*$/i.test(before)) && !inParen && !openTail && !general && !allOf ? commaOr(text, list, depth, options) : null;
    if (sides) {
      for (const g of sides) if (!groups.some((x) => x.length === g.length && g.every((id) => x.includes(id)))) groups.push(g);
      continue;
    }
    // "predictive models in Python (pandas, scikit-learn)": a language's own libraries in a bracket, with no "or" and no
    // cue, are examples of how the language is used: the language is the ask, each library no ask of its own (a resume
    // that shows one shows the language). (Its frameworks are what the work is built on, each asked: "Java (Spring,
    // Hibernate)"; a cloud's services stay its parts: "AWS (EC2, S3)".)
    // (s46: not a slash run of things of one kind that the slash offers as a pick, "SQL (Postgres/MySQL)": the
    // language is asked, and one of the two.)
    const slashPick = list.joins.length > 0 && list.joins.every((j) => j === 'slash') && ids.every((id) => options.skillInfo?.(id)?.category !== 'library') && slashMeansOr(ids, options);
    if (ownParts && parent?.category === 'language' && !openTail && !slashPick && ids.every((id) => impliesId(options, id, parentId!) && options.skillInfo?.(id)?.category !== 'framework')) continue;
    if (anyOf || general) {
      needed(groups, ids.slice(0, from), list.joins.slice(0, from), options);
      // "SQL and NoSQL databases (e.g. Postgres, DynamoDB)": two fields, then examples each of one of them: a choice per field.
      // ("iOS and Android (Swift, Kotlin)", "AWS and GCP services (Lambda, Cloud Run)": no field read as the examples' one, the same.)
      const lastBefore = prevList?.hits[prevList.hits.length - 1];
      const fields = general ?? (lastBefore && EXAMPLES_GAP.test(text.slice(lastBefore.end, first.start)) ? lastBefore.skillId : undefined);
      const perField = fields !== undefined && from === 0 ? examplesPerField(fields, prevList, ids.slice(from, to), options) : null;
      // (s50) "SAST/DAST tools (Checkmarx, Veracode or similar)", "Monitoring/alerting tools (Prometheus, Zabbix or similar)":
      // kinds joined by slashes before the noun the examples are of name one kind of tool, no pick of their own; the
      // examples, or either kind, will do (one group, not the kinds apart beside it).
      const kinds = perField === null && from === 0 ? slashKindsBefore(text, prevList, first, general, options) : null;
      if (kinds) {
        for (let g = groups.length - 1; g >= 0; g--) if (groups[g]!.every((id) => kinds.includes(id))) groups.splice(g, 1);
        add(groups, [...kinds, ...ids.slice(from, to)]);
      } else if (perField) for (const g of perField) add(groups, g);
      else if (!general && namedAgainPick(groups, list.hits.slice(from, to), hits)) groups.push([...new Set(ids.slice(from, to))]);
      else add(groups, general ? [general, ...ids.slice(from, to)] : ids.slice(from, to));
      // "Python or Go and Postgres or MySQL": what follows an "and" may hold a choice of its own.
      afterChoice(groups, ids.slice(to), list.joins.slice(to), options);
      continue;
    }
    // "Payments / lending experience", "NLP/vision background": fields joined by a slash right before the noun of the
    // ask name the kinds of experience that will do, a pick. (Before a noun of their own they name one compound thing:
    // "LLM/agent frameworks", "frontend/backend development"; named tools and stacks keep their own slash readings.)
    if (fieldsBeforeAsk(ids, list.joins, text.slice(last.start, last.end), after, options) || acronymPractices(text, list, after, options)) {
      add(groups, ids);
      continue;
    }
    // (s46) "strong API/data modelling/system design skills": three fields or more joined by slashes right before "skills"
    // name what the hire can do, each asked (before "experience" or "background" they name where one worked, a pick).
    if (ids.length >= 3 && list.joins.every((j) => j === 'slash') && SKILLS_AFTER.test(after) && ids.every((id) => isField(options.skillInfo?.(id)))) {
      for (const id of ids) add(groups, [id]);
      continue;
    }
    needed(groups, ids, list.joins, options);
  }
  if (followed.length) add(groups, followed);
  // Choices written across clauses: "Kotlin (Java also fine)", "Go, though Rust works too", "either you've shipped Rust, or you've written C++".
  const either = /\beither\b/i.exec(text);
  for (let li = 1; li < lists.length; li++) {
    const p = lists[li - 1]!.hits;
    const l = lists[li]!.hits;
    const between = text.slice(p[p.length - 1]!.end, l[0]!.start);
    // "You have run Kafka in production, or you have built a queue on RabbitMQ": two clauses, one pick.
    if (orJoinsClauses(between) && oneChoice(groups, l)) {
      join(groups, p[p.length - 1]!.skillId, sameKindOption(p[p.length - 1]!, l, hits, text, options).map((h) => h.skillId));
      continue;
    }
    // "mobile apps natively (Swift, Kotlin) or with a cross-platform framework such as Flutter", "payment processors (e.g.
    // Stripe) or with an ERP such as NetSuite": an "or" that repeats the ask's preposition offers a second option, whole,
    // beside the first (each side one skill or one choice). ("Go (gRPC, Protobuf) or in a JVM language": a bracket of
    // parts that is no choice leaves the skill before it as the first option.)
    if (OR_AGAIN.test(between) && oneChoice(groups, l)) {
      const last = p[p.length - 1]!;
      const chosen = groups.some((g) => g.length > 1 && g.includes(last.skillId));
      const anchor = chosen || p.length === 1 ? last : /^\s*\)/.test(between) ? [...p].reverse().find((h) => depth[h.start]! < depth[last.start]!) : undefined;
      if (anchor) {
        join(groups, anchor.skillId, l.map((h) => h.skillId));
        continue;
      }
    }
    // ("Python is our main language. Solid Go experience works just as well.": a sentence of its own that offers its skill
    // instead turns as a "but" does.)
    const nextSentence = /[.!?]\s+(?:[\w-]+\s+){0,2}$/.test(between) && !between.includes('\n') && INSTEAD_WORD.test(text.slice(l[l.length - 1]!.end));
    // ("We work on Azure. You'll be fine if your background is AWS instead", "Go. Engineers who've done the same in Rust are
    // just as interesting": a sentence or clause of its own whose words, on either side of its skills, offer them in place
    // of the one of their kind named before it.)
    // (s55: and a comma before "we'd also take ...", "alternatively" or "instead": "Docker and Kubernetes, we'd also take
    // Nomad", "GitLab CI, alternatively GitHub Actions or Jenkins": the clause after it turns; so does a "but" with no
    // comma, a few words before the skill: "they run on Airbyte right now but Fivetran experience is just as relevant".)
    const turnAt = between.includes('\n') ? -1 : Math.max(...[...between.matchAll(/[.!?]\s|;|,\s*(?:but|though|although|or)\b|\s[\u2014\u2013-]\s|,\s*(?=we(?:(?:'|\u2019)d|\s+would|(?:'|\u2019)ll|\s+will)\s+(?:also|happily|gladly)\s+(?:take|consider|accept|welcome|hire)\b)|,\s*(?=(?:alternatively|instead)\b)|\s(?:but|though)\s+(?=(?:[\w-]+\s+){0,3}$)/gi)].map((m) => m.index), -1);
    const offeredClause = turnAt >= 0 ? text.slice(p[p.length - 1]!.end + turnAt, sentenceEnd(text, l[l.length - 1]!.end)) : '';
    // (What it stands in for is the last skill of its kind before the turn: ".NET house (C#, ASP.NET Core). Strong Java people can apply".)
    const kindsOfL = new Set(l.map((h) => options.skillInfo?.(h.skillId)?.category));
    const kindOfL = kindsOfL.size === 1 ? [...kindsOfL][0] : undefined;
    const inPlaceTarget = turnAt >= 0 && kindOfL !== undefined && kindOfL !== 'soft' && IN_PLACE.test(offeredClause) && !WISHED_BESIDE.test(offeredClause) ? [...hits].reverse().find((h) => h.end <= p[p.length - 1]!.end && options.skillInfo?.(h.skillId)?.category === kindOfL) : undefined;
    const inPlace = inPlaceTarget !== undefined;
    if (between.length > 80 || (/[.!?](?:\s|$)|\n/.test(between) && !nextSentence && !inPlace)) continue;
    // (A spaced hyphen turns as a dash does: "GCP ideally - AWS also good".)
    const turn = nextSentence || /(?:,\s*(?:but|though|although)\b|\(|;|—|–|\s-\s|\bbut\b|\bthough\b)/i.test(between);
    // (What is said of the options after them, past a last one the taxonomy does not know: "Preact or Solid experience also counts".)
    const offeredAfter = text.slice(l[l.length - 1]!.end).replace(/^\s*,?\s*(?:or|and\/or)\s+[A-Z][\w.+#-]*(?=\s)/, '');
    // ("Kotlin is required, Java is acceptable": a clause of its own that says the next one is acceptable turns at its comma.)
    // (s55: or says it would be good to have, and the next "counts too": "Some Kotlin would be great, Scala counts too".)
    const saidAcceptable =
      (/^(?:\s+(?:is|are)\s+(?:\w+\s+)?(?:required|needed|essential|a must|preferred|ideal))?\s*,\s*$/i.test(between) && /^\s+(?:is|are)\s+(?:also\s+)?(?:fine|ok|okay|acceptable|accepted)\b/i.test(offeredAfter)) ||
      (/^(?:\s+(?:is|are|(?:would|will)\s+be)\s+(?:\w+\s+)?(?:required|needed|essential|a must|preferred|ideal|great|good|nice|welcome))?\s*,\s*$/i.test(between) && /^\s+(?:also\s+)?counts?\s+(?:too|as\s+well)\b/i.test(offeredAfter));
    const alsoFine =
      ((turn || saidAcceptable) && ((ALSO_FINE_WORD.test(offeredAfter) && ALSO_FINE.test(offeredAfter)) || ALSO_COUNTS.test(offeredAfter))) ||
      WE_CONSIDER.test(between) ||
      inPlace;
    const eitherOr = either !== null && either.index < p[p.length - 1]!.start && /(?:^|[\s,])or\s/i.test(between) && !/\bor\b/i.test(text.slice(either.index, p[0]!.start));
    // "Terraform, Pulumi, CDK — any IaC tool works": the kind after "any" is met by the list's options, and by itself.
    // ("GitHub Actions, GitLab CI, Jenkins — any CI really", "… — any IaC tool": a kind that every option before it is of
    // needs no word that says it will do.)
    const anyThen = l.length === 1 && /^\s*(?:--?|\u2013|\u2014|,|:|;)?\s*any\s+$/i.test(between);
    const anyKind = anyThen && /^(?:\s+[\w-]+){0,2}\s+(?:works|will do|is fine|is ok(?:ay)?|is acceptable)\b/i.test(text.slice(l[0]!.end));
    if (!anyKind && anyThen && p.length >= 2 && p.every((h) => impliesId(options, h.skillId, l[0]!.skillId)) && ANY_KIND_END.test(text.slice(l[0]!.end))) {
      // Every option of the list, and the kind itself, is one pick.
      const pick = [...new Set([...p.map((h) => h.skillId), l[0]!.skillId])];
      for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.every((id) => pick.includes(id))) groups.splice(k, 1);
      groups.push(pick);
      continue;
    }
    // "Any typed language is fine - most of us came from Go, Rust, Kotlin": the kind said to do, then named things of one kind, one pick.
    // (s55: not where a condition follows, "Any IaC tool is fine as long as it's in git": what the pick must meet, no instance of it.)
    // (s60: nor where the team then tells what it uses, "Any typed language is fine; we write Kotlin": the stack told, no option.)
    const kindFirst = p.length === 1 && ANY_BEFORE.test(text.slice(Math.max(0, p[0]!.start - 40), p[0]!.start)) && KIND_WILL_DO.test(between) && !/\b(?:as|so)\s+long\s+as\b|\bprovided\b|\bunless\b/i.test(between) && !TOLD_USE_IN.test(between) && (l.length === 1 || oneCategory(l.map((h) => h.skillId), options));
    if (kindFirst) {
      const pick = [...new Set([p[0]!.skillId, ...l.map((h) => h.skillId)])];
      if (!groups.some((g) => pick.every((id) => g.includes(id)))) groups.push(pick);
    } else if (inPlaceTarget && !usedTogether([inPlaceTarget.skillId, ...l.map((h) => h.skillId)], options)) join(groups, inPlaceTarget.skillId, l.map((h) => h.skillId));
    else if (eitherOr) join(groups, p[p.length - 1]!.skillId, sameKindOption(p[p.length - 1]!, l, hits, text, options).map((h) => h.skillId));
    else if (anyKind || (alsoFine && !usedTogether([p[p.length - 1]!.skillId, ...l.map((h) => h.skillId)], options))) join(groups, p[p.length - 1]!.skillId, l.map((h) => h.skillId));
  }
  // "React Native or native mobile experience (Swift/Kotlin)": a field offered in a choice, then a bracket of named things
  // right after it, its examples: any of them meets that option, so they join the choice (the field stays in it).
  for (let li = 1; li < lists.length; li++) {
    const field = lists[li - 1]!.hits[lists[li - 1]!.hits.length - 1]!;
    const l = lists[li]!.hits;
    const ids = l.map((h) => h.skillId);
    if (!FIELD_THEN_BRACKET.test(text.slice(field.end, l[0]!.start)) || namedOnly([field.skillId], options) || !namedOnly(ids, options)) continue;
    if (!/^[^()]*\)/.test(text.slice(l[l.length - 1]!.end))) continue;
    const k = groups.findIndex((g) => g.length > 1 && g.includes(field.skillId));
    if (k < 0) continue;
    const pick = [...new Set([...groups[k]!, ...ids])];
    for (let j = groups.length - 1; j >= 0; j--) if (j !== k && groups[j]!.every((id) => ids.includes(id))) groups.splice(j, 1);
    groups[groups.findIndex((g) => g.length > 1 && g.includes(field.skillId))] = pick;
  }
  // "Ruby (flexible if you know Python)", "Go and React, though we're open if you prefer Rust or Zig": what is offered
  // instead of the first skill named before it of its kind (the main one of a stack is named first).
  for (let li = 1; li < lists.length; li++) {
    const l = lists[li]!.hits;
    const gap = text.slice(lists[li]!.open, l[0]!.start);
    if (!/\b(?:flexible|open)\b/i.test(gap) || !FLEXIBLE_IF.test(gap)) continue;
    const kind = options.skillInfo?.(l[0]!.skillId)?.category;
    const earlier = hits.filter((h) => h.end <= lists[li]!.open);
    const target = earlier.find((h) => kind !== undefined && options.skillInfo?.(h.skillId)?.category === kind) ?? earlier[earlier.length - 1];
    if (target && !l.some((h) => h.skillId === target.skillId)) join(groups, target.skillId, l.map((h) => h.skillId));
  }
  // "We mostly write Go, though some services are Python - knowing either is enough": a word that says one of the skills
  // named before it in its sentence will do makes them one pick (named things of one kind, that stand in for each other).
  if (/\b(?:either|them|those|these|two|three|above|whichever|need|one|which|choose|pick|decide|choice|call|up to you|all|each)\b/i.test(text))
    for (const m of text.matchAll(EITHER_DOES)) {
      const from = Math.max(text.lastIndexOf('\n', m.index), ...['.', '!', '?'].map((c) => text.lastIndexOf(`${c} `, m.index)));
      // (The named things only: the field they are of, "queues", is no option of its own.)
      const pick = [...new Set(hits.filter((h) => h.start > from && h.end <= m.index && namedOnly([h.skillId], options)).map((h) => h.skillId))];
      if (pick.length < 2 || !slashMeansOr(pick, options) || groups.some((g) => pick.every((id) => g.includes(id)))) continue;
      for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.every((id) => pick.includes(id))) groups.splice(k, 1);
      groups.push(pick);
    }
  // "We use GitLab CI, GitHub Actions experience is welcome", "We're on GCP, but AWS folks are very welcome": the stack told,
  // then a skill of its kind said to do as well, is one pick of the two (the told ones of another kind stay apart; nor
  // things used together, "We use Docker; Kubernetes experience is welcome", slashMeansOr).
  if (hits.length > 1 && /\b(?:we|our)\b/i.test(text))
    for (const m of text.matchAll(TOLD_USE)) {
      const end = sentenceEnd(text, m.index + m[0].length);
      const from = m.index + m[0].length;
      const offered = hits.find((h) => h.start > from && h.end <= end && ((ALSO_FINE_WORD.test(text.slice(h.end, end)) && ALSO_FINE.test(text.slice(h.end))) || ALSO_COUNTS.test(text.slice(h.end))));
      if (!offered) continue;
      const kind = options.skillInfo?.(offered.skillId)?.category;
      const pick = [...new Set(hits.filter((h) => h.start >= from && h.end <= offered.end && options.skillInfo?.(h.skillId)?.category === kind).map((h) => h.skillId))];
      if (pick.length < 2 || !namedOnly(pick, options) || !slashMeansOr(pick, options) || groups.some((g) => pick.every((id) => g.includes(id)))) continue;
      for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.every((id) => pick.includes(id))) groups.splice(k, 1);
      groups.push(pick);
    }
  // "any of the big three clouds", "one of the big 3 cloud providers": the words name the three vendors, any one of them
  // (or the kind) will do. (Not where every one is asked: "all of the big three clouds".)
  const bigThree = BIG_THREE.exec(text);
  if (bigThree && !hits.some((h) => CLOUDS.has(h.skillId)) && !/\b(?:all|each|every|both)\b[^.;:]{0,20}$/i.test(text.slice(0, bigThree.index)) && [...CLOUDS].every((id) => options.skillInfo?.(id))) {
    const k = groups.findIndex((g) => g.length === 1 && g[0] === CLOUD_KIND);
    if (k >= 0) groups[k] = [CLOUD_KIND, ...CLOUDS];
  }
  // (s56) "one of the major clouds", "any of the hyperscalers", "either of the big cloud providers": a pick of one among the
  // public clouds as a set, none named, is the same pick ("one of", "any of", "either of" and the plural kind; the words
  // name the kind, so the kind is its own option where the matcher did not read it).
  const cloudPick = CLOUD_PICK.exec(text);
  if (cloudPick && !bigThree && !found.some((h) => CLOUDS.has(h.skillId) || (h.skillId !== CLOUD_KIND && options.skillInfo?.(h.skillId)?.category === 'cloud')) && [...CLOUDS].every((id) => options.skillInfo?.(id)) && options.skillInfo?.(CLOUD_KIND)) {
    const k = groups.findIndex((g) => g.length === 1 && g[0] === CLOUD_KIND);
    if (k >= 0) groups[k] = [CLOUD_KIND, ...CLOUDS];
    else if (!groups.some((g) => g.includes(CLOUD_KIND))) groups.push([CLOUD_KIND, ...CLOUDS]);
  }
  if (text.includes('(')) examplesThenOr(text, hits, groups, options);
  // "Teaching, coaching or mentoring": soft skills are listed, never scored, so a choice among them only is no choice to meet; each is listed.
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    if (g.length > 1 && g.every((id) => options.skillInfo?.(id)?.category === 'soft')) groups.splice(k, 1, ...g.map((id) => [id]));
  }
  // Where the options run, two or more ("Iceberg on S3 or Delta Lake on ADLS"): a pick of their own (placesIn).
  const placeIds = [...new Set([...placed].map((h) => h.skillId))];
  if (placeIds.length > 1) add(groups, placeIds);
  if (/\sor\s/i.test(text)) verbPartsPick(text, hits, groups);
  // A skill named alone and again among choices ("we build in Rust; Rust, C++ or Go experience"): the choice holds.
  const inChoice = new Set(groups.filter((g) => g.length > 1).flat());
  return groups.filter((g) => g.length > 1 || !inChoice.has(g[0]!));
}

/** A word that opens no verb phrase: an article, a preposition, a determiner, a joiner. */
const NOT_VERB = /^(?:a|an|the|in|on|at|by|to|of|for|from|with|into|across|some|any|all|our|your|their|its|this|that|these|those|and|or|plus|also|even|just|maybe|ideally|preferably|especially|either|other|another|similar|etc|more|most|many|much|whatever|whichever|anything|something)$/i;
/** Before the first part's skill: its verb in "-ing", then an article or a word or two that qualify the thing ("debugging a flaky "). */
const ING_BEFORE = /(?:^|\s)([a-z]+ing)\s+(?:(?:a|an|the|some|your|our)\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** ... or a bare verb after a modal or "to" ("who can tune ", "able to write "). */
const BARE_BEFORE = /\b(?:can|could|will|would|should|to|(?:'|\u2019)ll|might|may)\s+(?:also\s+|happily\s+)?([a-z]+)\s+(?:(?:a|an|the|some|your|our)\s+)?(?:[a-z][\w-]*\s+){0,2}$/i;
/** After a part's verb, up to its skill: an article, a word or two. */
const TO_SKILL = /^\s*[a-z]+\s+(?:(?:a|an|the|some|your|our)\s+)?(?:[a-z][\w-]*\s+){0,2}$/;

/**
 * (s56) "Someone who can tune Spark jobs, write Scala services, or untangle Airflow DAGs", "you might be writing Terraform
 * modules, debugging a flaky Kubernetes operator, or tuning slow Postgres queries": parallel verb phrases, each naming a
 * skill, in a comma list closed by "or", offer the work done with any of them: one pick of their skills. Every part leads
 * with a verb of one form (all "-ing", or all bare after a modal or "to") and names a skill; a part with none ("..., or
 * whatever the week needs"), a list closed by "and", or a part led by an article or a preposition is no such list. (A
 * skill that is the verb itself, "debugging", is the part's verb, no option.)
 */
function verbPartsPick(text: string, hits: readonly SkillSpan[], groups: string[][]): void {
  const depth = parenDepths(text);
  for (const sentence of text.matchAll(/[^.;!?]+/g)) {
    const from = sentence.index;
    const to = from + sentence[0].length;
    // The sentence's top-level separators: commas, ", or", " or ".
    const cuts: Array<{ at: number; end: number; or: boolean }> = [];
    for (const m of sentence[0].matchAll(/\s*,\s*(?:(?:or|and\/or)\s+)?|\s+(?:or|and\/or)\s+/gi)) if (depth[from + m.index] === 0) cuts.push({ at: from + m.index, end: from + m.index + m[0].length, or: /\bor\b/i.test(m[0]) });
    if (cuts.length < 2 || !cuts[cuts.length - 1]!.or || cuts.slice(0, -1).some((c) => c.or)) continue;
    const bounds = [from, ...cuts.flatMap((c) => [c.at, c.end]), to];
    const parts: Array<{ start: number; end: number }> = [];
    for (let k = 0; k < bounds.length; k += 2) parts.push({ start: bounds[k]!, end: bounds[k + 1]! });
    // Each part after the first leads with its verb; the first names its skill right after a verb of the same form.
    const lead = (p: { start: number; end: number }) => /^\s*([a-z]+)\s/.exec(text.slice(p.start, p.end))?.[1];
    const verbs = parts.slice(1).map(lead);
    if (verbs.some((v) => v === undefined || NOT_VERB.test(v))) continue;
    const ing = verbs.every((v) => v!.endsWith('ing'));
    if (!ing && verbs.some((v) => v!.endsWith('ing'))) continue;
    const inPart = parts.map((p, k) => hits.filter((h) => h.start >= p.start && h.end <= p.end && depth[h.start] === 0 && !(k > 0 && h.start === p.start + text.slice(p.start, p.end).search(/\S/))));
    if (inPart.some((hs) => hs.length === 0)) continue;
    if (parts.slice(1).some((p, k) => !TO_SKILL.test(text.slice(p.start, inPart[k + 1]![0]!.start)))) continue;
    const verb = (ing ? ING_BEFORE : BARE_BEFORE).exec(text.slice(parts[0]!.start, inPart[0]![0]!.start));
    if (!verb || NOT_VERB.test(verb[1]!) || (!ing && verb[1]!.endsWith('ing'))) continue;
    const pick = [...new Set(inPart.flat().map((h) => h.skillId))];
    if (pick.length < 2 || groups.some((g) => pick.every((id) => g.includes(id)))) continue;
    // (A skill that is a part's verb, "debugging", stays an ask of its own, out of any choice the list rules gave it.)
    const verbIds = hits.filter((h) => parts.slice(1).some((p) => h.start === p.start + text.slice(p.start, p.end).search(/\S/)) && !pick.includes(h.skillId)).map((h) => h.skillId);
    for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.some((id) => pick.includes(id)) && groups[k]!.every((id) => pick.includes(id) || verbIds.includes(id))) groups.splice(k, 1);
    groups.push(pick);
    for (const id of verbIds) if (!groups.some((g) => g.includes(id))) groups.push([id]);
  }
}

/**
 * Between two skills, the end of one clause and an "or" that opens another about what the candidate has done or knows:
 * "Kafka in production, or you have built a queue on RabbitMQ", "Go services (any size), or have experience with
 * Rust". Brackets in between are asides; the second clause starts with its verb, its subject optional.
 */
const OR_CLAUSE =
  /^[^.;:!?,\n]{0,40},\s*or\s+(?:(?:if\s+)?(?:you|someone|anyone|folks|people)\s+(?:who\s+)?)?(?:(?:'ve|’ve|'re|’re|have|has|had|are|were|can)\s+)?(?:(?:also|already|\w+ly)\s+)?(?:run|ran|built|build|used|use|worked|work|shipped|ship|written|write|wrote|operated|operate|maintained|maintain|deployed|managed|tuned|know|knew|known|done|led|designed|developed|programmed|contributed|experience|exposure|familiar|comfortable|proficient|fluent|expert|hands-on)\b[^.;:!?,()\n]{0,50}$/i;

/** The stack the team tells: "we use", "we're on", "we're a Go shop", "our backend is". */
const TOLD_USE =
  /\b(?:we(?:'|\u2019)re|we are)\s+(?:(?:mostly|currently|all|primarily|mainly|fully)\s+)?(?:on|in|using|an?\s+[\w.+#-]+\s+shop)\b|\bwe\s+(?:(?:mostly|currently|primarily|mainly|already)\s+)?(?:use|run|build\s+(?:in|with|on)|write|deploy\s+(?:to|on))\b|\bour\s+(?:[\w-]+\s+)?(?:stack|backend|frontend|infra(?:structure)?|platform|code(?:base)?|services?|apps?)\s+(?:is|are|runs?)(?:\s+(?:(?:mostly|all|largely)\s+)?(?:written|built)\s+(?:in|with|on))?\b/gi;
/** (s60) TOLD_USE for a test of one piece of text (TOLD_USE is global, for matchAll). */
const TOLD_USE_IN = new RegExp(TOLD_USE.source, 'i');
/**
 * Words that say one of the skills named before them will do: "either is enough", "any of them works", "whichever one is
 * fine", "you only need one", "one is enough", "you choose", "your call", "up to you"; or that ask depth or use in one of
 * them: "deep in one, curious about the rest", "used at least one".
 */
// (s60: or that each of them counts: "Postgres, MySQL and SQL Server all count", "each is fine", "all three qualify".)
const EITHER_DOES =
  /\b(?:you\s+)?(?:only|just)\s+need\s+(?:one|any\s+one)(?:\s+of\s+(?:them|those|these))?\b|\bneed\s+(?:only|just)\s+one\b|\b(?:either(?:\s+one)?|any\s+(?:one\s+)?of\s+(?:them|those|these|the\s+(?:two|three|above))|one\s+of\s+(?:them|those|these|the\s+(?:two|three))|whichever(?:\s+one)?|(?:any\s+)?one)\s+(?:(?:is|would be|will be)\s+(?:(?:just|perfectly|also|totally|more than)\s+)?(?:fine|enough|ok(?:ay)?|great|good|welcome|acceptable|sufficient)|works|will do|would do|counts|suffices)\b|\b(?:(?:it\s+)?(?:doesn|don)(?:'|\u2019)t|does\s+not|do\s+not)\s+matter\s+which(?:\s+one)?\b|\byou\s+(?:get\s+to\s+)?(?:choose|pick|decide)\s*(?=[.;,)!]|$)|\b(?:your|the\s+candidate(?:'|\u2019)s)\s+(?:choice|call|pick)\s*(?=[.;,)!]|$)|\b(?:(?:it(?:'|\u2019)s|is)\s+)?up\s+to\s+you\s*(?=[.;,)!]|$)|\btake\s+your\s+pick\b|\bno\s+matter\s+which(?:\s+one)?\b|\b(?:(?:all|each)\s+(?:(?:of\s+(?:them|those|these)|three|two)\s+)?(?:(?:would|will|do|does)\s+)?(?:(?:equally|also)\s+)?(?:counts?|qualify|qualifies|(?:is|are)\s+(?:(?:equally|also|just as)\s+)?(?:fine|welcome|acceptable|valid|good))|(?:are|is)\s+(?:each|all)\s+(?:(?:equally|just as)\s+)?(?:fine|welcome|acceptable|valid|good))(?=\s*(?:[.;,)!\u2014\u2013]|\s-\s|$|\s+(?:here|for us|with us|too|equally)\b))|\b(?:deep|strong|expert|fluent|proficient|solid|productive|experienced|(?:have\s+|having\s+)?(?:used|shipped\s+(?:with|in)|worked\s+(?:with|in)|run|mastered))\s+(?:in\s+)?(?:at\s+least\s+|any\s+)?one(?:\s+of\s+(?:them|those|these))?(?=\s*(?:[,.;:)!\u2014\u2013]|\s-\s|$|\s+(?:and|or|but|is|will)\b|\s+in\s+(?:production|prod|anger|earnest|depth)\b))/gi;
/** After "any" and a kind the options before it are of: a word or two of its own, then the clause's end ("— any CI really", "— any IaC tool you like"). */
const ANY_KIND_END = /^(?:\s+(?!and\b|or\b)[\w-]+){0,2}?\s*(?:$|[.;,)!]|\s+(?:really|at all|honestly|works|will do|is fine|you (?:like|know|prefer|(?:have|'ve|\u2019ve) used)|counts)\b)/i;
/** "Any" and up to two words before a kind: "any modern typed language", "Any mainstream cloud". */
const ANY_BEFORE = /\bany\s+(?:[\w-]+\s+){0,2}$/i;
/** After the kind, up to the instances: "… is fine - we mostly hire from ", " works; most of us know ". */
const KIND_WILL_DO = /^(?:\s+[\w-]+)?\s+(?:is fine|is ok(?:ay)?|works|will do|is acceptable)\b\s*(?:--?|\u2013|\u2014|,|:|;|\()?[^.;:!?()]{0,40}$/i;

/** Between two options: a bracket's close, then "or" and the ask's preposition again ("…) or with an ERP such as", "… or in a"). */
// (A member the taxonomy does not know may come first, joined by "or" to the skill before: "healthtech or insurtech, or with HL7".)
const OR_AGAIN = /^\s*\)?(?:\s+(?:or|and\/or)\s+[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}(?=\s*,))?\s*,?\s*(?:or|and\/or)\s+(?:with|in|using|on)\s+(?:(?:an?|any|some|another|other)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:such as|like|e\.?\s?g\.?,?|including)\s+)?$/i;

/** Whether the text between two lists joins them with an "or" between clauses (OR_CLAUSE), its asides in brackets left out. */
function orJoinsClauses(between: string): boolean {
  if (!/\bor\b/i.test(between)) return false;
  const bare = between.replace(/\s*\([^()]*\)\s*/g, ' ');
  if (bare.length > 100) return false;
  if (OR_CLAUSE.test(bare)) return true;
  // Any verb in the past or as a gerund opens the second clause: "moved workloads off VMware, or re-platformed them
  // to Kubernetes", "… work, or re-platforming to cloud-native".
  // (s58: and with no comma, a verb in the past with its object, "Swift or maintained a large Android codebase": the
  // article after it says it is a verb, not a skill's adjective as in "EKS or managed Kubernetes".)
  if (!bare.includes(',') && OR_PAST_OBJECT.test(bare)) return true;
  const m = bare.includes(',') ? OR_PARALLEL.exec(bare) : null;
  const verb = m?.[1]?.toLowerCase();
  return verb !== undefined && (verb.endsWith('ed') || verb.endsWith('ing')) && !NOT_A_VERB.has(verb);
}

/** OR_CLAUSE's shape with any word for the verb (orJoinsClauses tests its form). */
const OR_PARALLEL = /^[^.;:!?,\n]{0,40},\s*or\s+(?:you\s+)?(?:(?:'ve|’ve|have|has|had)\s+)?([a-z][a-z-]{3,})\s[^.;:!?,()\n]{0,50}$/i;
/** (s58) An "or" with no comma, then a verb in the past and the article or determiner of its object: "… or maintained a large …". */
const OR_PAST_OBJECT = /^[^.;:!?,\n]{0,40}\sor\s+(?:you\s+)?(?:(?:'ve|\u2019ve|have|has|had)\s+)?([a-z]{3,}(?<!e)ed)\s+(?:a|an|the|our|your|their|its|some|several|many)\s[^.;:!?,()\n]{0,50}$/i;
/** Words ending as a verb in the past or a gerund does that are none (or do not open a clause). */
const NOT_A_VERB = new Set(['need', 'speed', 'thing', 'string', 'spring', 'bring', 'during', 'something', 'anything', 'nothing', 'everything', 'including', 'according', 'related', 'similar', 'embedded', 'advanced', 'distributed', 'managed', 'hosted', 'based', 'skilled', 'experienced', 'seasoned', 'dedicated', 'interested', 'excited', 'required', 'preferred', 'needed', 'desired']);

/** Whether the skills of a list stand as one option: one skill, or one choice among them. */
function oneChoice(groups: string[][], hits: SkillSpan[]): boolean {
  const ids = new Set(hits.map((h) => h.skillId));
  return ids.size === 1 || groups.some((g) => [...ids].every((id) => g.includes(id)));
}

/**
 * Words after a skill that offer it instead of one named before: "(Java also fine)", "; Vue or Angular also considered",
 * "— AWS would also work", "; Rust is an acceptable substitute"; (s59) or say it is as good: "(Pants is equivalent for us)",
 * "— Nomad is an equal match", "; Podman is on par".
 * ("Good" or "great" that opens a new ask, "Good understanding of …", says nothing of the skill before it.)
 */
const ALSO_FINE =
  /^\s*(?:(?:experience|skills?|knowledge|expertise|exposure|backgrounds?|folks|people|engineers|developers|devs|users)\s+)?(?:(?:is|are|would|will|would be|will be|can be|could be|(?:would|will|can|could)\s+(?:also|equally)\s+be)\s+)?(?:(?:also|equally|just as|very|more than|totally|absolutely|perfectly|most|really)\s+)?(?:fine|ok|okay|welcome|acceptable|considered|accepted|(?:great|good|valid)(?!\s+(?!(?:too|also|as|enough|here|with|for|alternatives?|options?|substitutes?)\b)[a-z])|works?|an?\s+(?:(?:acceptable|good|fine|valid)\s+)?(?:option|alternative|substitute))\b|^\s*(?:also|too)\s+(?:fine|ok|okay|welcome|acceptable|considered|works?)\b|^\s*(?:folks|people|engineers|developers|devs)\s+(?:(?:should|can|may|please)\s+)?(?:(?:also|still)\s+)?apply\b|^\s*(?:is|are)\s+(?:(?:just|fully|entirely|also|equally)\s+)?(?:equivalent|equal|an?\s+equal\s+(?:match|option|alternative|substitute|fit)|on\s+(?:a\s+)?par)\b/i;

/** "— Rust or C++ also count", "GCP or Azure experience transfers", "C++ engineers will do just as well", "… you'll ramp up fast": the skills after count as well. */
const ALSO_COUNTS =
  /^\s*(?:(?:experience|skills?|knowledge|backgrounds?|engineers|developers|folks|people)\s+|,?\s*(?:you|they)(?:(?:'|’)ll|\s+will|\s+would|\s+can)?\s+)?(?:(?:also|equally)\s+)?(?:(?:counts?|transfers?|translates?|carries over|carry over)\b|(?:is|are)\s+(?:also\s+)?(?:transferable|relevant|applicable)\b|(?:will|would)\s+(?:also\s+)?do(?:\s+(?:just\s+)?as\s+well)?\b|(?:backgrounds?\s+)?(?:(?:tend|tends)\s+to\s+|usually\s+|often\s+|also\s+)?(?:do|does|fit|fits|ramp|ramps)\s+(?:in\s+|up\s+)?(?:just\s+)?(?:well|fine|great|quickly|fast)\b|(?:be|get|become)\s+(?:productive|up to speed|at home)\s+(?:quickly|fast|soon|in no time)\b|(?:have|has)\s+(?:all\s+|always\s+)?(?:done|fitted|fit)\s+(?:really\s+|very\s+)?(?:well|great|fine)\b)/i;
/** "Ideally Go, but we'll consider strong Java engineers", "Python preferred, though we also accept Ruby", "a Rails shop but happy with Sinatra people": what else is taken, said before it. */
const WE_CONSIDER = /^[^.;:!?]{0,30}(?:(?:,\s*|\s)(?:but|though|although)\s+|[;\u2014\u2013]\s*(?:(?:but|though|although)\s+)?)(?:we(?:(?:'|’)ll|(?:'|’)d)?(?:\s+(?:will|would|can|also|happily|gladly|still))*\s+(?:consider|accept|welcome|take|hire)|(?:we(?:(?:'|’)re|\s+are)\s+)?(?:also\s+)?(?:happy|glad|open)\s+(?:with|to\s+(?:take|hire|consider|see)))\s+(?:[\w-]+\s+){0,3}$/i;

/** "is also welcome", "also considered", "would work too": a skill after a pick said to do as well. */
const ALSO_OFFERED = /^\s+(?:(?:is|are|would\s+be|will\s+be)\s+)?(?:also\s+(?:fine|ok|okay|acceptable|accepted|welcome|considered|good)|(?:fine|ok|okay|acceptable|welcome|considered|good)\s+(?:too|as\s+well)|(?:fine|ok|okay|acceptable|welcome)\s*(?:[.;)]|$))/i;
/** (s55) ALSO_OFFERED's words with "too", "also" or "as well" in them: what offers the skill after a lone one in its place. */
const ALSO_TOO = /^\s+(?:(?:is|are|would\s+be|will\s+be)\s+)?(?:also\s+\w+|\w+\s+(?:too|as\s+well))\b/i;
/** A word every ALSO_FINE match ends on: without one, ALSO_FINE (~5 ms to compile cold) is not run. */
const ALSO_FINE_WORD = /\b(?:fine|ok|okay|welcome|acceptable|considered|accepted|great|good|valid|works?|option|alternative|substitute|apply|equivalent|equal|par)\b/i;

/** Before skills offered instead of one named earlier: "(flexible if you know …", "we're open if you'd rather use …", "open to …" (not "open to learning …", a wish to learn). */
const FLEXIBLE_IF =
  /\b(?:flexible|open)\b[^.;()]{0,40}?\bif you(?:(?:'|’)(?:re|d)|\s+are|\s+would)?\s+(?:\w+\s+){0,2}?(?:know|have|prefer|use|rather|stronger|comfortable|experienced|fluent)\b[^.;()]{0,30}$|\bopen to\s+(?!(?:learn\w*|pick\w*\s+up|grow\w*|explor\w*|try\w*)\b)(?:\w+\s+){0,2}$/i;

/**
 * "IAM, Lambda, EventBridge, Timestream or similar TSDB": an "or similar" after an item the taxonomy does not know,
 * then a kind that no skill of the list is, holds for that item only, not for the list.
 */
function similarToOther(after: string, last: SkillSpan, hits: SkillSpan[], ids: string[], options: ItemOptions): boolean {
  const m = /^\s*,\s*[\w.+#-]+(?:\s[\w.+#-]+)?\s+(?:or|and\/or)\s+(?:\w+\s+)?similar\s+/i.exec(after);
  if (!m) return false;
  const kind = hits.find((h) => h.start === last.end + m[0].length);
  return kind !== undefined && !ids.includes(kind.skillId) && !ids.some((id) => impliesId(options, id, kind.skillId));
}

/** Between the two sides of "A and B, or C": a comma, the "or", and a word or two at most ("or else", "or even"). */
const COMMA_OR = /^\s*,\s*(?:or|and\/or)\s+(?:(?:else|even|alternatively|just)\s+)?$/i;
/** Between the members of one side: "and", "&", "plus", "with" ("Swift with SwiftUI", "Kotlin, preferably with Compose"). */
const SIDE_AND = /^\s*(?:and|&|\+|plus|(?:,\s*(?:preferably|ideally)\s+)?with)\s+$/i;

/**
 * "A and B, or C" read as a careful reader does: the comma before the "or" closes "A and B" as one option. Two sides of
 * equal length pair up ("Python and Django, or Ruby and Rails": Python or Ruby, Django or Rails). One skill after the
 * comma takes the place of the one before it of its kind ("AWS and Terraform, or Pulumi"; "React and TypeScript, or
 * Vue"), unless none or several are of that kind, or another skill of the pair needs it ("Django" needs Python): then it
 * is the whole pair's alternative, each of the pair or it ("Kubernetes and Helm, or Nomad": Kubernetes or Nomad, Helm or
 * Nomad). One skill before the comma is the alternative of the whole pair after it ("Go, or Rust and Tokio"). Null when
 * the list is no such form.
 */
function commaOr(text: string, list: List, depth: number[], options: ItemOptions): string[][] | null {
  const hits = list.hits;
  if (hits.length < 3 || !list.joins.includes('or')) return null;
  const gaps = hits.slice(1).map((h, k) => text.slice(hits[k]!.end, h.start));
  // "Python/Django or Ruby/Rails": two stacks written with a slash, an "or" between them (a comma or not).
  const slashed = gaps.filter((g) => /^\s*\/\s*$/.test(g)).length === gaps.length - 1;
  const at = gaps.findIndex((g) => COMMA_OR.test(g) || (slashed && /^\s*(?:or|and\/or)\s+$/i.test(g)));
  if (at < 0 || gaps.some((g, k) => k !== at && !(slashed ? /^\s*\/\s*$/.test(g) : SIDE_AND.test(g)))) return null;
  if (hits.some((h) => depth[h.start] !== depth[hits[0]!.start])) return null;
  const left = [...new Set(hits.slice(0, at + 1).map((h) => h.skillId))];
  const right = [...new Set(hits.slice(at + 1).map((h) => h.skillId))];
  if (slashed && !(left.length === right.length && left.length > 1 && slashStack(left, options) && slashStack(right, options))) return null;
  if (left.some((id) => right.includes(id))) return null;
  const kind = (id: string) => options.skillInfo?.(id)?.category;
  if (left.length === right.length) return left.map((id, k) => [id, right[k]!]);
  if (right.length === 1) {
    const c = right[0]!;
    const same = left.filter((id) => kind(id) !== undefined && kind(id) === kind(c));
    // (A skill of the pair that needs the one replaced still fits the new one when the two are of one family: Spring Boot
    // with Kotlin as with Java, both JVM languages; not Django with Ruby.)
    // (A practice both show, scripting of Python and Ruby, makes no family: a platform or runtime both run on does.)
    const family = (a: string, b: string) => (options.skillInfo?.(a)?.implies ?? []).some((x) => options.skillInfo?.(b)?.implies.includes(x) && options.skillInfo?.(x)?.category !== 'practice');
    const swap = same.length === 1 && (family(same[0]!, c) || !left.some((id) => id !== same[0] && impliesId(options, id, same[0]!))) ? same[0] : undefined;
    if (swap !== undefined) return left.map((id) => (id === swap ? [id, c] : [id]));
  }
  if (left.length * right.length > 4) return null;
  return left.flatMap((a) => right.map((b) => [a, b]));
}

/**
 * Fields joined by "and" right before a list of examples ("SQL and NoSQL databases (e.g. Postgres, DynamoDB)", "relational
 * and document stores, such as MySQL or MongoDB"): when each example is of exactly one of the fields (the taxonomy's
 * implications) and each field has one, every field with its own examples is a choice of its own; else null.
 */
function examplesPerField(general: string, prev: List | undefined, examples: string[], options: ItemOptions): string[][] | null {
  if (!prev || prev.hits.length < 2 || prev.hits[prev.hits.length - 1]!.skillId !== general || !prev.joins.every((j) => j === 'and' || j === 'comma')) return null;
  const fields = [...new Set(prev.hits.map((h) => h.skillId))];
  if (fields.length < 2) return null;
  const out = fields.map((f) => [f]);
  const kind = (id: string) => options.skillInfo?.(id)?.category;
  for (const id of examples) {
    const homes = fields.filter((f) => impliesId(options, id, f));
    // (An example of neither by the taxonomy goes with the one field of its kind: Redis beside "NoSQL", both databases.)
    const home = homes.length === 1 ? homes[0] : homes.length === 0 && fields.filter((f) => kind(f) === kind(id)).length === 1 ? fields.find((f) => kind(f) === kind(id)) : undefined;
    if (home === undefined) return null;
    out[fields.indexOf(home)]!.push(id);
  }
  return out.every((g) => g.length > 1) ? out : null;
}

/**
 * Between kinds joined by slashes and a bracket of examples: the plural noun the examples are of ("tools (", "platforms (e.g. ").
 * (s53: or the noun and a cue with no bracket, "SAST/DAST tooling such as ", "IaC/config tools like ", "scanners, e.g. ":
 * the cue says examples follow as the bracket does.)
 */
const KIND_NOUN_BRACKET = /^\s+(?:tools|tooling|platforms|solutions|scanners|suites|products|systems|vendors)\s*(?:\(\s*(?:e\.?\s?g\.?,?\s*|such as\s*|like\s*|for example,?\s*)?|,?\s*(?:such as|like|e\.?\s?g\.?,?|including|for example,?|for instance,?)\s*:?\s*)$/i;
/**
 * (s50) The kinds, two or more joined by slashes, right before the noun and bracket of a list of examples ("SAST/DAST tools
 * (Checkmarx, …)"), fields each (no named language, cloud, framework or library), the last of them the field the examples
 * were read as examples of (or none); null where the list has no such kinds before it.
 */
function slashKindsBefore(text: string, prev: List | undefined, first: SkillSpan, general: string | undefined, options: ItemOptions): string[] | null {
  if (!prev || prev.hits.length < 2 || !prev.joins.every((j) => j === 'slash')) return null;
  const last = prev.hits[prev.hits.length - 1]!;
  if (general !== undefined && general !== last.skillId) return null;
  if (!KIND_NOUN_BRACKET.test(text.slice(last.end, first.start))) return null;
  if (prev.hits.some((h) => { const k = options.skillInfo?.(h.skillId)?.category; return k === undefined || k === 'soft' || NAMED.has(k); })) return null;
  return [...new Set(prev.hits.map((h) => h.skillId))];
}

/** The word right before a bracket, and the noun right after it, that name a field together ("Mobile (…) development"). */
const WRAP_BEFORE = /(?:^|[^\w-])([A-Za-z][\w-]*)\s*\(\s*(?:e\.?\s?g\.?,?\s*)?$/;
const WRAP_AFTER = /^[^()]*\)\s*(development|engineering|programming|design|apps|applications|security|infrastructure|testing|operations)\b/i;
/**
 * "Mobile (Android/iOS) development", "Backend (Go, Rust) engineering": a field whose words a bracket of its examples
 * splits; the field the taxonomy names with the two words together, or undefined.
 */
function fieldAround(before: string, after: string, ids: string[], findSkills: FindSkills, options: ItemOptions): string | undefined {
  const b = WRAP_BEFORE.exec(before);
  const a = b && after.includes(')') ? WRAP_AFTER.exec(after) : null;
  if (!b || !a) return undefined;
  const phrase = `${b[1]} ${a[1]}`;
  const hit = [...findSkills(phrase)].find((h) => h.start === 0 && h.end === phrase.length);
  const info = hit && options.skillInfo?.(hit.skillId);
  if (!hit || !info || ids.includes(hit.skillId) || NAMED.has(info.category) || info.category === 'soft') return undefined;
  return hit.skillId;
}

/** A bracket's opening, with a word that says examples follow: "(e.g. ", "(think ". */
const PAREN_CUE = /^\(\s*(?:e\.?\s?g\.?,?\s*|i\.e\.,?\s*|for example,?\s*|ex\.?\s*|such as\s*|like\s*|think\s*|ideally\s*|preferably\s*)?/i;
/** After it, up to the first skill: names the taxonomy does not know, each one or two capitalised words ("Bitrise, "). */
const PAREN_NAMES = /^(?:[A-Z][\w.+#-]*(?:\s[A-Z][\w.+#-]*)?(?:\s*,\s*|\s+or\s+|\s*\/\s*))+$/;
/**
 * Whether a bracket's opening, up to its first skill, is a bracket of examples: "(", "(e.g. ", or after a cue that says
 * examples follow, names the taxonomy does not know ("(think Bitrise, "; not "(Google/Meta/", which may name employers).
 */
function namesAfterCue(opening: string): boolean {
  const cue = PAREN_CUE.exec(opening)![0];
  const rest = opening.slice(cue.length);
  return rest === '' || (/[a-z]/i.test(cue) && PAREN_NAMES.test(rest));
}

/**
 * (s56) "consumer products (ranking, marketplaces, e-commerce)": a bracket whose first members are fields in lowercase words
 * the taxonomy does not know, then fields it knows (none a named thing), lists the fields of one kind, as a bracket of
 * names does; the words are members too (the terms read them). Not where a named thing follows ("(networking, Lambda, S3)").
 */
const FIELD_WORDS_FIRST = /^\(\s*(?:[a-z][a-z-]{2,}(?:\s[a-z][a-z-]{2,})?\s*,\s*)+$/;
function fieldWordsFirst(opening: string, ids: string[], options: ItemOptions): boolean {
  return FIELD_WORDS_FIRST.test(opening) && ids.every((id) => { const c = options.skillInfo?.(id)?.category; return c !== undefined && !NAMED.has(c) && c !== 'soft'; });
}

/** A cue that examples follow, outside a bracket: "such as ", "e.g. ", "including ". */
const EXAMPLES_CUE_AT = /\b(?:such as|like|e\.?\s?g\.?,?|including|for example,?)\s*:?\s*/i;

/** A bracket opened right after a skill: "AWS (". */
// (s58 lead: or a kind's noun between the name and its bracket, "the Grafana stack (Loki, Tempo) or Datadog", "AWS services
// (EC2, S3) or Azure": the bracket still names the first option's parts.)
const OPEN_PAIR = /^\s*(?:(?:stack|suite|ecosystem|family|toolchain|tooling|services|platform)\s*)?\(\s*$/;
/** After a bracket's first skill, the rest of a short slash or comma list, the bracket's close, then "or": "/ECS) or ". */
const BRACKET_LIST_THEN_OR = /^(?:\s*[/,]\s*[^(),/]{1,30}?)+\s*\)\s*,?\s*(?:or|and\/or)\s/i;
/** … or the close alone, for the bracket of the option after the "or": "/Cloud Run)". */
const BRACKET_LIST = /^(?:\s*[/,]\s*[^(),/]{1,30}?)+\s*\)/;

/** Joins the group that holds `id` and those that hold any of `others` into one choice. */
function join(groups: string[][], id: string, others: string[]): void {
  const at = groups.findIndex((g) => g.includes(id));
  if (at < 0) return;
  const merged = new Set(groups[at]);
  for (let k = groups.length - 1; k >= 0; k--) {
    if (k === at || !groups[k]!.some((x) => others.includes(x))) continue;
    for (const x of groups[k]!) merged.add(x);
    groups.splice(k, 1);
  }
  const pos = groups.findIndex((g) => g.includes(id));
  groups[pos] = [...merged];
}

/** Whether an "or" joins the list after place `k` before an "and" does: "Python or Ruby, Go, or Rust" goes on; "Python or Ruby, Docker, and …" ends. */
function orAhead(joins: Joiner[], k: number): boolean {
  for (let i = k + 1; i < joins.length; i++) {
    if (joins[i] === 'and') return false;
    if (joins[i] === 'or') return true;
  }
  return false;
}

/** The rest of a list after its first choice: each stretch between "and"s that holds an "or" is a choice ("… and Postgres or MySQL"), the others are needed. */
function afterChoice(groups: string[][], ids: string[], joins: Joiner[], options: ItemOptions): void {
  if (!joins.includes('or')) return needed(groups, ids, joins, options);
  let start = 0;
  for (let k = 0; k <= joins.length; k++) {
    if (k < joins.length && joins[k] !== 'and') continue;
    const part = ids.slice(start, k + 1);
    const partJoins = joins.slice(start, k);
    if (partJoins.includes('or')) add(groups, part);
    else needed(groups, part, partJoins, options);
    start = k + 1;
  }
}

/** Skills listed with no choice said: each is needed, but a slash run ("AWS/GCP/Azure") is a choice of its own. */
function needed(groups: string[][], ids: string[], joins: Joiner[], options: ItemOptions): void {
  if (!ids.length) return;
  let run: string[] = [ids[0]!];
  const flush = (): void => {
    if (run.length > 1 && slashMeansOr(run, options)) add(groups, run);
    else for (const id of run) add(groups, [id]);
  };
  for (let k = 1; k < ids.length; k++) {
    if (joins[k - 1] === 'slash') run.push(ids[k]!);
    else {
      flush();
      run = [ids[k]!];
    }
  }
  flush();
}

/** Categories of named things: "Python libraries such as NumPy" or "AWS (S3, EC2)" do not make Python or AWS one of the choices. */
const NAMED = new Set(['language', 'cloud', 'cloud-service', 'framework', 'library']);

/**
 * The skill a list of examples stands for, named just before it ("Containers (Docker, Podman)", "an
 * observability stack like Grafana or Datadog", "Data warehouse experience (Redshift or similar)"):
 * a field or kind of tool, not a named technology; an example implies it, or it is written as a common noun.
 */
function generalBefore(text: string, hits: SkillSpan[], first: SkillSpan, list: List, options: ItemOptions): string | undefined {
  const g = lastHitBefore(hits, first);
  if (!g || g.end > list.open + 0 && g.end !== list.open) return undefined;
  // (Names the taxonomy does not know, first in the bracket, are examples too: "CI (think Bitrise, Fastlane)".)
  const written = text.slice(g.end, first.start);
  const paren = written.lastIndexOf('(');
  // (So are they after a cue outside a bracket: "load balancers such as Katran, HAProxy or Envoy".)
  const cue = paren < 0 ? EXAMPLES_CUE_AT.exec(written) : null;
  const gap =
    paren >= 0 && namesAfterCue(written.slice(paren))
      ? written.slice(0, paren) + PAREN_CUE.exec(written.slice(paren))![0]
      : cue && PAREN_NAMES.test(written.slice(cue.index + cue[0].length))
        ? written.slice(0, cue.index + cue[0].length)
        : written;
  // "ML Engineer — PyTorch or JAX", "Data Scientist: pandas, Polars": the field names a role, its stack follows.
  if (ROLE_AFTER.test(gap)) return undefined;
  if (!IDEALLY_ONE.test(gap) && !/^[^,;.()]{0,30}?(?:,\s*)?(?:\(\s*(?:e\.?\s?g\.?,?\s*|i\.\s?e\.,?\s*|such as\s*|like\s*|including\s*|for example,?\s*|think\s*|ideally\s*|preferably\s*)?|\b(?:such as|like|e\.?\s?g\.?,?|i\.\s?e\.,?|including|for example,?)\s*:?\s*|\s*(?::|—|–|\s-)\s*)$/i.test(gap)) return undefined;
  // ("infrastructure automation using tools like Ansible": the tools are the field's examples, "using" and all.)
  if (/\b(?:and|or|with|in|using|plus|from)\b|&/i.test(gap.replace(/\b(?:(?:using|with|via)\s+(?:(?:tools|technologies|frameworks|platforms|products|solutions)\s+)?)?(?:such as|like|e\.?\s?g\.?|i\.\s?e\.|including|for example)(?:\b|(?<=\.)).*$/i, ''))) return undefined;
  const info = options.skillInfo?.(g.skillId);
  const ids = list.hits.map((h) => h.skillId);
  // "Curious about AI integration (e.g. …)": a trait asked of the person is no field that examples stand for.
  if (!info || ids.includes(g.skillId) || info.category === 'soft') return undefined;
  const surface = text.slice(g.start, g.end);
  // Written in lower case mid-sentence ("cloud platforms", "message brokers"): a kind of thing, whatever its category.
  if (/^[a-z]/.test(surface) && info.category !== 'language') return g.skillId;
  // … or capitalised only as the line's first word, where the skill's name is a field's ("Cloud experience (e.g. AWS)").
  if (/^[A-Z][a-z]+$/.test(surface) && !/\S/.test(text.slice(0, g.start).replace(/^[\s\u2022*\u00b7-]+/, '')) && FIELD_NAME.test(info.name ?? '') && info.category !== 'language') return g.skillId;
  // "a JVM language (Java, Kotlin)", "any .NET language such as C# or F#": a platform, then the languages that run on it.
  if (info.category !== 'language' && /^\s+languages?\b/i.test(gap) && ids.every((id) => impliesId(options, id, g.skillId) && options.skillInfo?.(id)?.category === 'language')) return g.skillId;
  // "AWS experience (e.g. Lambda, DynamoDB)", "Python (such as pandas or NumPy)": a named thing, then examples of its own
  // parts after a cue; the thing itself meets the ask as well as any of its examples.
  if (NAMED.has(info.category) && EXAMPLE_CUE.test(gap) && ids.every((id) => impliesId(options, id, g.skillId))) return g.skillId;
  // So is "WebAssembly runtimes (Wasmtime or Wasmer)": the named thing, the plural kind of its own it is written with, then
  // instances of that kind; the thing, or any of them, will do. (Not the words of the ask: "SQL skills (SQL Server or
  // PostgreSQL)" asks SQL and one of the two.)
  if (NAMED.has(info.category) && /^\s+(?!(?:skills|chops|basics|fundamentals|internals|concepts|principles|needs|workloads|projects|teams)\b)[a-z][a-z-]{2,}s\s*\(\s*$/.test(gap) && list.joins.includes('or') && ids.every((id) => impliesId(options, id, g.skillId))) return g.skillId;
  // "core AWS services like Lambda, EC2, IAM, VPCs": a cloud's services, most of the examples its own products by name,
  // the rest what every cloud has (IAM, VPCs); the cloud, or any of them, will do.
  if (info.category === 'cloud' && /^\s+services?\b/i.test(gap) && EXAMPLE_CUE.test(gap) && 2 * ids.filter((id) => impliesId(options, id, g.skillId)).length > ids.length) return g.skillId;
  if (NAMED.has(info.category)) return undefined;
  // A practice, whatever its case ("APIs (REST, gRPC)", "CRM (HubSpot, …)"), is a field its examples stand for.
  if (info.category === 'practice') return g.skillId;
  // So is a field written as an acronym ("a SIEM (Splunk, …)", "IaC (Terraform, Pulumi)"), a named thing's category aside,
  // or as an acronym and the plural it qualifies, right before a bracket ("testing REST APIs (Postman, Insomnia or similar)":
  // tools for the work).
  if ((/^[A-Z][A-Za-z]{1,4}$/.test(surface) && /^(?:[A-Z]{2,5}|[A-Z][a-z][A-Z])s?$/.test(surface)) || (/^[A-Z]{2,5}\s+(?:[A-Z]{2,5}s|[a-z]{3,}s)$/.test(surface) && /^\s*\(\s*$/.test(gap))) return g.skillId;
  const implied = ids.some((id) => impliesId(options, id, g.skillId));
  // (A field's name may end on an acronym: "Edge AI", "Generative AI", "Reverse ETL".)
  const commonNoun = /^[A-Z][a-z-]+(?:\s+[a-z][\w-]*)+$/.test(surface) || (info.category !== 'tool' && /^[A-Z][a-z-]+\s+(?:AI|ML|ETL|UX|UI)$/.test(surface));
  return implied || commonNoun ? g.skillId : undefined;
}

/** A kind written as a plural common noun: "message brokers", "time-series databases", "cloud platforms". */
const KIND_PLURAL = /^[a-z][\w -]*[a-z]s$/;

/** A word that gives examples: "e.g.", "such as", "like", "for example", "think". */
const EXAMPLE_CUE = /\b(?:e\.?\s?g\b|such as|like|for example|for instance|think)\b/i;

/** A role's title right after a field, then a dash or colon: "ML Engineer —", "Data Scientist:" (not "mobile developers (iOS, Android)", a choice of its kind). */
const ROLE_AFTER = /^\s+(?:[A-Z][\w-]*\s+)?(?:engineers?|developers?|devs?|scientists?|researchers?|leads?|managers?|architects?|designers?|analysts?|specialists?|consultants?|interns?)\s*(?::|—|–|\s-)/i;

/**
 * "a major cloud provider (AWS, GCP, or Azure)", "one of the big clouds: AWS, Azure": the kind the vendors stand for,
 * named in words the taxonomy leaves to the vendors after them (it reads no skill in "major cloud ("). Any cloud
 * experience meets the pick, as it does after "cloud platforms (…)".
 */
function cloudKindBefore(before: string, ids: string[], options: ItemOptions): string | undefined {
  if (!ids.every((id) => options.skillInfo?.(id)?.category === 'cloud') || ids.includes(CLOUD_KIND)) return undefined;
  if (!options.skillInfo?.(CLOUD_KIND)) return undefined;
  // "one of the major clouds, ideally AWS": one vendor wished for, any cloud asked.
  if (ids.length === 1) return CLOUD_IDEALLY.test(before) ? CLOUD_KIND : undefined;
  return CLOUD_NOUN.test(before) ? CLOUD_KIND : undefined;
}
/** A cloud named as a kind, then the one vendor it would best be: "a major cloud, ideally ", "any of the big clouds (preferably ". */
const CLOUD_IDEALLY = /\b(?:clouds?|hyperscalers?)(?:\s+(?:providers?|platforms?|vendors?))?\s*(?:,|\()\s*(?:ideally|preferably|especially|particularly)\s*:?\s*$/i;
const CLOUD_KIND = 'cloud-computing';
/** A cloud named as a kind right before its vendors: "major cloud provider (", "big clouds:", "hyperscaler such as ". */
const CLOUD_NOUN = /\b(?:clouds?|hyperscalers?)(?:\s+(?:providers?|platforms?|vendors?|services?|environments?))?\s*(?::|—|–|\s-|\(|,)?\s*(?:(?:such as|like|e\.?\s?g\.?,?|including|for example,?)\s*)?$/i;

/** "cloud infrastructure, ideally AWS", "a relational database, preferably Postgres": the field, then the one named thing it would best be. */
const IDEALLY_ONE = /^(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:ideally|preferably|especially|particularly|in particular)\s*:?\s*(?:with\s+|in\s+|on\s+)?$/i;

/** The last clause of the words before a list: after its last comma, not counting one that ends it ("e.g., ", "platforms, "). */
function lastClause(text: string): string {
  const t = text.replace(/[\s,]+$/, '');
  return t.slice(t.lastIndexOf(',') + 1);
}

/**
 * A plural count noun in lower case right before a bracket, the kind each member is an instance of: "load balancers (",
 * "web servers (", "data stores (". Not a word that names parts or a whole rather than a kind ("tools", "technologies",
 * "services", "systems", "pipelines", "fundamentals", "analytics"), nor a role ("engineers (": a team's stack).
 */
// (s52: a short plural too, "maps (", "bots (": not "jobs", "docs", "logs", what work makes rather than a kind of tool.)
const INSTANCES_OF =
  /(?:^|[^\w-])(?!(?:technologies|tools|services|systems|skills|apps|applications|products|projects|areas|things|components|parts|pieces|basics|fundamentals|internals|concepts|principles|analytics|economics|physics|mathematics|statistics|graphics|ops|operations|integrations|workflows|pipelines|environments|requirements|needs|stacks|teams|engineers|developers|devs|scientists|designers|architects|analysts|customers|clients|users|partners|domains|industries|sectors|fields|topics|tasks|responsibilities|duties|levels|years|months|jobs|docs|logs|uses)\s*\(\s*$)[a-z][a-z-]{1,}[^s\W]s\s*\(\s*$/;

/**
 * (s52) One thing of a kind right before a bracket: an article, a word or two, and a noun that names one tool ("a map
 * renderer (", "an event bus (", "a headless CMS ("). Not a noun that names a whole of several parts ("a data platform (",
 * "a backend (", "a modern stack (", "an ML pipeline ("), whose bracket lists its parts.
 */
const ONE_OF_KIND = /\b(?:a|an|one|any)\s+(?:[\w+#.-]+\s+){0,2}([A-Za-z][\w-]*)\s*\(\s*$/i;
const WHOLE_OF_PARTS = /^(?:stack|stacks|setup|toolchain|toolkit|toolbox|mix|platform|pipeline|backend|back-end|frontend|front-end|system|architecture|infrastructure|infra|environment|workflow|app|application|product|service|solution|project|codebase|monorepo|team|engineer|developer|role|background|combination|blend|plus|bonus|bit|lot|number|variety|range|set|suite|ecosystem|world|space|domain|field|industry|company|startup|firm|agency|business|organi[sz]ation|org|client|customer|employer|lab|group|department|experience|understanding|knowledge|grasp|familiarity|mindset|focus|degree)$/i;
function oneToolOfKind(before: string): boolean {
  const m = ONE_OF_KIND.exec(before);
  return m !== null && !WHOLE_OF_PARTS.test(m[1]!) && !/[A-Z]/.test(m[1]!.slice(0, 1));
}

/**
 * (s62) A kind of development right before a bracket of languages and frameworks none of which is built on another ("mobile
 * development (Swift, Kotlin, Flutter)", "game programming (C++, C#, Rust)"): the ways of doing that work, one of which will
 * do, not a stack of things of two kinds used together: two languages at least among them. (A framework with its language,
 * or one language and its tools, is a stack: "web development (Python, Django, Postgres)", "web development (TypeScript, React,
 * Node.js)"; a bracket after a noun that is no kind of development, "the backend (Go, Flutter)", as before.)
 */
const DEVELOPMENT_BEFORE = /\b(?:development|programming)\s*\(\s*$/i;
function waysOfDevelopment(before: string, ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  if (!info || ids.length < 2 || !DEVELOPMENT_BEFORE.test(before)) return false;
  if (!ids.every((id) => RUNTIMES.has(id) || ['language', 'framework', 'library'].includes(info(id)?.category ?? ''))) return false;
  // (Two languages among them at least, each a way to write the thing; one language and its tools are its stack.)
  if (ids.filter((id) => info(id)?.category === 'language').length < 2) return false;
  return !ids.some((a) => ids.some((b) => a !== b && impliesId(options, a, b)));
}

/** Kinds close enough to be picked between: a managed service sits with data stores and clouds alike, a library with a framework. */
const FAMILY: Record<string, string> = { library: 'framework', database: 'data', 'cloud-service': '' };

/** Skills of two kinds or more, that no one would pick between ("Terraform, Kubernetes, Go"). */
function mixedKinds(ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  if (!info || ids.length < 2) return false;
  const families = new Set(ids.map((id) => { const c = info(id)?.category ?? id; return FAMILY[c] ?? c; }).filter((f) => f !== ''));
  return families.size >= 2;
}

/** (s56) A whole made of several tools, right before a bracket: "the deploy tooling (", "our data stack (", "the setup (". */
const WHOLE_BEFORE = /\b(?:tooling|toolchain|toolset|stack|setup)\s*\(\s*$/i;

/** "…, etc.", "… and so on", "… and more": a list left open, with no "or similar". */
const ETC_TAIL = /^\s*,?\s*(?:etc\.?|\.\.\.|…|and so on|and more)(?![\w])/i;

/** "Python, SQL, dbt or similar, AWS": an "or similar" with the list going on after it is about the item before it alone. */
const SIMILAR_MID_LIST = /^\s*,?\s*(?:or|and\/or)\s+(?:\w+\s+)?(?:similar|equivalent|comparable)\s*,\s*[\w.+#-]/i;

/** Skills each of a category no other one has: "Go, Postgres, Terraform". */
function distinctKinds(ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  if (!info || ids.length < 2) return false;
  return new Set(ids.map((id) => info(id)?.category ?? id)).size === ids.length;
}

/**
 * (s53) The hits in a bracket that opens right after a member of a bracketed list (one level deeper than the member) and
 * closes before the list goes on with a comma or "or" and another member at the member's level: "(Kubernetes (EKS or
 * self-hosted), Nomad, or ECS)", "(Postgres (with PostGIS), MySQL or SQLite)". Not a list at the top level, where a
 * bracket after each option tells that option ("iOS (Swift) or Android (Kotlin)", read by the list rules).
 */
function nestedAsides(text: string, hits: readonly SkillSpan[], depth: readonly number[]): Set<SkillSpan> {
  const out = new Set<SkillSpan>();
  if (!/\([^()]*\(/.test(text)) return out;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const level = depth[h.end]!;
    if (level < 1) continue;
    const open = /^\s*\(/.exec(text.slice(h.end));
    if (!open) continue;
    const from = h.end + open[0].length;
    let close = from;
    while (close < text.length && depth[close + 1]! > level) close++;
    if (text[close] !== ')') continue;
    const next = hits.find((x) => x.start > close);
    if (!next || depth[next.start] !== level || !/^\)\s*(?:,\s*(?:(?:or|and\/or)\s+)?|(?:or|and\/or)\s+)$/i.test(text.slice(close, next.start))) continue;
    for (const x of hits) if (x.start >= from && x.end <= close) out.add(x);
  }
  return out;
}

function parenDepths(text: string): number[] {
  const out = new Array<number>(text.length + 1);
  let d = 0;
  for (let k = 0; k <= text.length; k++) {
    out[k] = d;
    const c = text[k];
    if (c === '(') d++;
    else if (c === ')' && d > 0) d--;
  }
  return out;
}

/** Where the bracket that opens right at `from` (spaces aside) closes, just after its ")"; undefined when none opens there or it never closes. */
function bracketEnd(text: string, from: number): number | undefined {
  const open = /^\s*\(/.exec(text.slice(from, from + 8));
  if (!open) return undefined;
  const close = text.indexOf(')', from + open[0].length);
  return close < 0 ? undefined : close + 1;
}

/**
 * (s58) "Either you know Azure well or you have built landing zones on Google Cloud", "either shipped an iOS app in Swift
 * or maintained an Android codebase in Kotlin": two clauses offered as a choice, each naming its option with the work
 * done on it. The first skill of the second clause may be that work (landing zones) or its platform (Android); the option
 * is the skill of the first option's kind (a cloud for a cloud, a language for a language), where the clause names one
 * later, before it ends (a full stop, a semicolon or the next "or"). A named thing's kind only, not a practice's, a field's
 * or a soft skill's; where the clause's first skills hold a named thing of the kind already, or none follows, they stay.
 */
function sameKindOption(anchor: SkillSpan, l: SkillSpan[], hits: readonly SkillSpan[], text: string, options: ItemOptions): SkillSpan[] {
  const kindOf = (h: SkillSpan) => options.skillInfo?.(h.skillId)?.category;
  const kind = kindOf(anchor);
  // (A named thing of the kind: replication, filed with the databases, is the work on one, no option beside Postgres.)
  const named = (h: SkillSpan) => kindOf(h) === kind && namedOnly([h.skillId], options);
  if (!kind || !namedOnly([anchor.skillId], options) || l.some(named)) return l;
  const from = l[l.length - 1]!.end;
  const stop = /[.;!?](?:\s|$)|[,\s]or\s/i.exec(text.slice(from));
  const end = stop ? from + stop.index : text.length;
  const next = hits.find((h) => h.start >= from && h.end <= end && named(h));
  return next ? [next] : l;
}

function sentenceEnd(text: string, from: number): number {
  const m = /[.;](?:\s|$)/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

function lastHitBefore(hits: SkillSpan[], h: SkillSpan): SkillSpan | undefined {
  let out: SkillSpan | undefined;
  for (const x of hits) if (x.end <= h.start) out = x;
  return out;
}

function impliesId(options: ItemOptions, id: string, target: string): boolean {
  return options.skillInfo?.(id)?.implies.includes(target) ?? false;
}

/** Skills of one category (a choice of clouds, of languages, of CI systems). */
function oneCategory(ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  if (!info || ids.length < 2) return false;
  return new Set(ids.map((id) => info(id)?.category ?? id)).size === 1;
}

/** After a bracket of examples: its close, then an "or" that offers another option. */
const BRACKET_THEN_OR = /^\s*\)\s*,?\s*(?:or|and\/or)\s+/i;
/** What the "or" offers, up to where the sentence goes on to another ask. */
const OR_PART_END = /[;.!?](?:\s|$)|,|\s(?:and|plus|with|for|on|in)\s|\(|\s[\u2013\u2014-]\s/i;
/** An open end, no option of its own: "(Prometheus, Grafana) or similar". */
const BRACKET_OPEN_END = /^(?:(?:an?|any|some)\s+)?(?:similar|equivalent|comparable|alike|others?|the\s+like|something\s+(?:similar|comparable)|whatever|anything)\b/i;
/** A cue that names the option's examples: "a document store such as Firestore". */
const OPTION_EXAMPLES_CUE = /\b(?:such as|like|e\.?\s?g\.?,?|for example,?|including)\s+/i;
/**
 * "Relational databases (Postgres, MariaDB) or a document store such as Firestore", "Streaming platforms (Kafka, Pulsar)
 * or SQS", "Query engines, columnar formats (Parquet, Arrow) or storage internals": a bracket of named examples after a
 * kind (a field, or plain words the taxonomy does not know), then an "or". Any example meets the first option; the "or"
 * offers another (a named thing, a kind's examples after "such as", or words, lib/requirements/terms.ts), and the kinds
 * listed before the bracketed one with commas are options too: one pick. The kind of the option after the "or" is met by
 * its example and is no ask of its own. (A named thing before the bracket is left to the rules above: "iOS (Swift) or
 * Android (Kotlin)", "AWS (EC2, S3) or GCP"; so is an open end: "(Prometheus, Grafana) or similar".)
 */
function examplesThenOr(text: string, hits: SkillSpan[], groups: string[][], options: ItemOptions): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) return;
    if (/[(]|\band\b/i.test(text.slice(open + 1, close))) continue;
    const examples = hits.filter((h) => h.start > open && h.end <= close);
    const or = BRACKET_THEN_OR.exec(text.slice(close));
    // (Each example a named thing, or written as a name the taxonomy files under a field: "Avro" under columnar formats.)
    if (!or || !examples.length || !examples.every((h) => namedOnly([h.skillId], options) || /^[A-Z]/.test(text.slice(h.start, h.end)))) continue;
    // The kind the examples are of: a skill right before the bracket (a field, not a named thing), or plain words.
    const head = [...hits].reverse().find((h) => h.end <= open);
    const kind = head && /^(?:\s+[a-z][\w-]*){0,2}\s*$/.test(text.slice(head.end, open)) ? head : undefined;
    // (A kind written in lower case is a field, though the taxonomy files it as a named thing: "Document databases (…)";
    // so is one whose only capital opens the sentence: "Monitoring suites (…)".)
    const written = text.slice(kind?.start ?? 0, kind?.end ?? 0);
    // (At the sentence's start a capital tells nothing: a language, a cloud, a framework or a library is named all the same.)
    const nameWritten = /[A-Z]/.test(written.slice(1)) || (/^[A-Z]/.test(written) && (!/(?:^|[.:;!?(]\s*)$/.test(text.slice(0, kind!.start)) || NAMED.has(options.skillInfo?.(kind!.skillId)?.category ?? '')));
    const from = close + or[0].length;
    const rest = text.slice(from);
    const endAt = OR_PART_END.exec(rest);
    const orPart = rest.slice(0, endAt ? endAt.index : rest.length);
    if (kind && namedOnly([kind.skillId], options) && nameWritten) {
      // "Python (FastAPI or Django) or Go", "Ruby (Sinatra or Rails) or Elixir": a named thing with a pick of what it is used
      // with, then "or" one of its own kind: the pick is of the two; the bracket says how the first is used.
      const other = hits.filter((h) => h.start >= from && h.end <= from + orPart.length);
      if (/\sor\s/i.test(text.slice(open, close)) && other.length === 1 && /^\s*$/.test(orPart.slice(0, other[0]!.start - from)) && oneCategory([kind.skillId, other[0]!.skillId], options)) {
        const inBracket = new Set(examples.map((h) => h.skillId));
        for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.every((id) => inBracket.has(id) || id === kind.skillId || id === other[0]!.skillId)) groups.splice(k, 1);
        groups.push([kind.skillId, other[0]!.skillId]);
      }
      continue;
    }
    if (!kind && !/(?:^|[\s,:])[a-z][a-z-]+\s*$|^[A-Z][a-z]+s\s*$/.test(text.slice(0, open))) continue;
    if (BRACKET_OPEN_END.test(orPart) || orPart.trim().split(/\s+/).length > 6) continue;
    const cue = OPTION_EXAMPLES_CUE.exec(orPart);
    const inOr = hits.filter((h) => h.start >= from && h.end <= from + orPart.length);
    // (The kind named right before the cue stays an option beside its example, as in any choice: "or with an ERP like NetSuite".)
    const offered = cue ? inOr.filter((h) => h.start >= from + cue.index + cue[0].length || /^\s*,?\s*$/.test(orPart.slice(h.end - from, cue.index))) : inOr;
    if (offered.length && !cue && !namedOnly(offered.map((h) => h.skillId), options) && offered.length > 1) continue;
    // The kinds before the bracketed one, joined by commas: "Query engines, columnar formats (…) or …".
    const before: SkillSpan[] = [];
    // (Not a skill the sentence adds with "and" or "plus": "Strong Go, and either web (…) or mobile (…)".)
    let at = kind ? kind.start : text.slice(0, open).search(/(?:\b(?!(?:and|or|either|plus|with)\b)[a-z][\w-]*\s+)?\b(?!(?:and|or|either|plus|with)\b)[a-z][\w-]*\s*$/i);
    for (const h of [...hits].reverse()) {
      if (h.end > at || h === kind) continue;
      const between = text.slice(h.end, at);
      if (!/^(?:\s+[a-z][\w-]*){0,2}\s*,\s*(?:[a-z][\w-]*\s+){0,2}$/i.test(between) || /\b(?:and|plus|with|but|either)\b/i.test(between)) break;
      before.unshift(h);
      at = h.start;
    }
    const span = [...before, ...(kind ? [kind] : []), ...examples, ...inOr];
    // (An example after the cue that the taxonomy does not know is the option in words: "in-process caches like Caffeine".)
    const named = cue && !offered.length ? /^([A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){0,2})\s*$/.exec(orPart.slice(cue.index + cue[0].length)) : null;
    const pick = [...new Set([...[...before, ...(kind ? [kind] : []), ...examples, ...offered].map((h) => h.skillId), ...(named ? [`${TERM}${named[1]}`] : [])])];
    // (A pick the rules above read already, wider, holds: "Either frontend (Vue/Svelte) or backend (Django/PostgreSQL) work".)
    if (pick.length < 2 || groups.some((g) => pick.every((id) => g.includes(id)))) continue;
    const inSpan = new Set(span.map((h) => h.skillId));
    for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.every((id) => inSpan.has(id))) groups.splice(k, 1);
    groups.push(pick);
  }
}

/** Whether one of the named things is named as another's product: "Grafana" and "Grafana Tempo". */
function oneVendors(ids: string[], options: ItemOptions): boolean {
  const names = ids.map((id) => (options.skillInfo?.(id)?.name ?? id).toLowerCase());
  return names.some((a) => names.some((b) => a !== b && b.startsWith(`${a} `)));
}

/** Named things each with fields right above it, none of them shared by two: each does a job of its own. */
function ownJobs(ids: string[], options: ItemOptions): boolean {
  const above = ids.map((id) => options.skillInfo?.(id)?.implies ?? []);
  if (above.some((f) => f.length === 0)) return false;
  const seen = new Set<string>();
  for (const fs of above) for (const f of new Set(fs)) {
    if (seen.has(f)) return false;
    seen.add(f);
  }
  return true;
}

/** Named technologies only: no practice, soft skill or field named as a common noun. */
function namedOnly(ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  return !!info && ids.every((id) => {
    const k = info(id);
    return k !== undefined && k.category !== 'practice' && k.category !== 'soft' && !FIELD_NAME.test(k.name ?? '');
  });
}

/** Pairs of one category used together, not instead of each other: "Docker/Kubernetes", "HTML/CSS" are a stack. */
const COMPLEMENTS = new Set([
  'docker kubernetes', 'kubernetes docker', 'html css', 'css html',
  // A runtime and the languages it runs: "Node.js/TypeScript" is one stack.
  ...['nodejs', 'deno', 'bun'].flatMap((r) => ['javascript', 'typescript'].flatMap((l) => [`${r} ${l}`, `${l} ${r}`])),
]);
/** Server-side JavaScript runtimes, read as a backend language beside another ("Node.js/Python" is a pick). */
const RUNTIMES = new Set(['nodejs', 'deno', 'bun']);
/** Two names a slash writes as one, when alone: "C/C++". */
const PAIR_TOGETHER = new Set(['c cpp', 'cpp c']);
/** Languages written beside another, not instead of it: "Python/SQL", "Go/SQL". */
const BESIDE = new Set(['sql', 'html', 'css']);

/** A skill's name that is a common noun phrase ("Machine learning", "Cloud security", "AI agents"): a field, not a named technology. */
const FIELD_NAME = /^(?:[A-Z][a-z]+|[A-Z]{2,4})(?:[\s-]+(?:and\s+)?[a-z][\w-]*)+$/;

/** The noun of an ask right after a list, or a wish's tail: "… experience", "… background is a plus", "… a bonus". */
const ASK_NOUN_AFTER = /^\s*(?:experience|background|expertise|exposure|knowledge)\b|^\s*(?:(?:is|are|would be)\s+)?(?:a\s+(?:big\s+|huge\s+|strong\s+)?)?(?:plus|bonus)\b/i;

/**
 * Fields (two or three) joined by slashes alone, neither part of another, before the noun of the ask ("Payments / lending
 * experience"). Not where the last one's head noun is the kind of the others, shared by all: "IAM/cloud security
 * background" is security of two sorts, one field.
 */
function fieldsBeforeAsk(ids: string[], joins: Joiner[], lastWritten: string, after: string, options: ItemOptions): boolean {
  if (ids.length < 2 || ids.length > 3 || new Set(ids).size !== ids.length || !joins.every((j) => j === 'slash')) return false;
  if (!ASK_NOUN_AFTER.test(after)) return false;
  if (!ids.every((id) => isField(options.skillInfo?.(id)))) return false;
  const head = /\s([a-z]+)$/i.exec(lastWritten.trim())?.[1]?.toLowerCase();
  if (head && ids.slice(0, -1).every((id) => options.skillInfo?.(id)?.category === head)) return false;
  return !ids.some((a) => ids.some((b) => a !== b && impliesId(options, a, b)));
}

/**
 * Practices written as acronyms or one camel-cased word and joined by slashes alone, with no head noun of their own
 * after them but a setting ("TDD/BDD", "a DevOps/SRE environment"): named methods of one kind, one of which will do.
 * (Not before a role: "a UX/UI role" is one role doing both.) (Words of a compound thing stay one: "frontend/backend
 * development" is written in words; "QA/QC processes" heads both with a noun.)
 */
function acronymPractices(text: string, list: List, after: string, options: ItemOptions): boolean {
  const ids = list.hits.map((h) => h.skillId);
  if (ids.length < 2 || ids.length > 3 || new Set(ids).size !== ids.length || !list.joins.every((j) => j === 'slash')) return false;
  if (!list.hits.every((h) => /^(?:[A-Z]{2,5}|[A-Z][a-z]+[A-Z][A-Za-z]*)$/.test(text.slice(h.start, h.end)) && options.skillInfo?.(h.skillId)?.category === 'practice')) return false;
  if (!/^\s*(?:$|[.,;:)!?]|(?:experience|background|knowledge|skills?|expertise|practices?|principles|methodolog(?:y|ies)|approach(?:es)?|environments?|is|are|a plus|preferred|required)\b)/i.test(after)) return false;
  return !ids.some((a) => ids.some((b) => a !== b && impliesId(options, a, b)));
}

/** A practice or a field named as a common noun, not a named technology nor a soft skill. */
function isField(k: { category: string; name?: string } | undefined): boolean {
  return k !== undefined && k.category !== 'soft' && (k.category === 'practice' || FIELD_NAME.test(k.name ?? ''));
}

/**
 * A slash pair that reads as "and": a framework and the language it is written in ("Python/Django"), a pair used
 * together ("Docker/Kubernetes"), or a language written beside another ("Python/SQL"). (Two of one kind, one implying
 * the other, may still be a pick: "TypeScript/JavaScript".)
 */
function slashStack(ids: string[], options: ItemOptions): boolean {
  if (twoPlatforms(ids, options)) return false;
  if (ids.some((a) => ids.some((b) => COMPLEMENTS.has(`${a} ${b}`)))) return true;
  if (ids.some((id) => BESIDE.has(id)) && ids.length === 2) return true;
  const kind = (id: string) => options.skillInfo?.(id)?.category;
  return ids.some((a) => ids.some((b) => a !== b && impliesId(options, a, b) && kind(a) !== kind(b)));
}

/** A runtime that carries languages of its own, and those languages: beside any other language it is a second platform. */
const PLATFORM_LANGUAGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([['dotnet', new Set(['c-sharp', 'fsharp', 'visual-basic', 'powershell'])]]);
/** Two platforms, a runtime and a language not its own: ".NET/Java", "Go/.NET" (not "C#/.NET", one stack). */
function twoPlatforms(ids: string[], options: ItemOptions): boolean {
  if (ids.length !== 2) return false;
  return ids.some((p) => {
    const own = PLATFORM_LANGUAGES.get(p);
    const other = ids.find((id) => id !== p);
    return own !== undefined && other !== undefined && !own.has(other) && options.skillInfo?.(other)?.category === 'language';
  });
}

/** A language and a framework, one each: "TypeScript/React", "C#/.NET". */
/**
 * A language and a framework or library of it, commas between, "etc." after: "Go, HTMX, etc.", "TypeScript, React, etc."
 * name one stack and its like, both asked, whatever field comes before ("Full-stack work in …").
 */
function stackOfTwo(ids: string[], options: ItemOptions): boolean {
  if (ids.length !== 2 || twoPlatforms(ids, options)) return false;
  const kinds = ids.map((id) => options.skillInfo?.(id)?.category);
  return kinds.includes('language') && (kinds.includes('framework') || kinds.includes('library'));
}

function langAndFramework(ids: string[], options: ItemOptions): boolean {
  if (twoPlatforms(ids, options)) return false;
  const kinds = ids.map((id) => options.skillInfo?.(id)?.category);
  return ids.length === 2 && kinds.includes('language') && kinds.includes('framework');
}

/** A slash means "or" between named skills of one category (not practices), neither implying the other. */
/** The operations side's kinds of job, one family: infrastructure, platform, site reliability, DevOps, systems administration. */
const OPS_FAMILY: ReadonlySet<string> = new Set(['site-reliability-engineering', 'devops', 'platform-engineering', 'infrastructure-engineering', 'systems-administration', 'devsecops']);

function slashMeansOr(ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  if (!info) return true;
  // "Kafka/Kinesis", "RabbitMQ/SQS": brokers of messages or streams, of any category, one kind of thing; a pair of a broker
  // and what runs on it ("Kafka/Flink", "Celery/RabbitMQ"), a stack. (A run of three is read by kind as any other.)
  if (substitutes(ids)) return true;
  // "SQL/NoSQL databases": a kind and its negation name the two sorts of one thing, either will do.
  if (ids.length === 2 && negations(info(ids[0]!)?.name, info(ids[1]!)?.name)) return true;
  // ".NET/Java", "Go/.NET": a runtime with languages of its own beside another language, two platforms to pick from.
  if (twoPlatforms(ids, options)) return true;
  const brokers = ids.filter((id) => isBroker(id, options));
  if (brokers.length === ids.length) return true;
  if (brokers.length > 0 && ids.length === 2) return false;
  // "SQS/SNS", "S3/CloudFront": one cloud's services that do different things are used together; "EKS/GKE" of two clouds, a choice.
  if (oneCloudsParts(ids, options)) return false;
  // "AWS/GCP/Azure", "JavaScript/TypeScript": one kind of thing, a choice; "JavaScript/React", "Python/Django": a stack.
  // (A server-side JavaScript runtime is one backend language among others: "Node.js/Python", "Go/Node".)
  const categories = new Set(ids.map((id) => (RUNTIMES.has(id) ? 'language' : info(id)?.category ?? id)));
  // Three fields or more joined by slashes list them, one of which will do: "payments/fintech/insurance", "ML / data science / research".
  if (ids.length >= 3 && ids.every((id) => isField(info(id))) && !ids.some((a) => ids.some((b) => a !== b && impliesId(options, a, b)))) return true;
  // Kinds of operations job joined by a slash are a pick of the job's family: "an SRE/DevOps engineer", "infra/platform roles"
  // (one who did either has done the work asked).
  if (ids.every((id) => OPS_FAMILY.has(id))) return true;
  // Practices joined by a slash name one compound thing: "frontend/backend development", "open-source/DevRel work".
  if (categories.has('practice') || categories.has('soft')) return false;
  // So do fields, named as common nouns: "LLM/agent frameworks", "IAM/cloud security", "ML/AI" (Machine learning, Artificial intelligence).
  if (ids.some((id) => FIELD_NAME.test(info(id)?.name ?? ''))) return false;
  if (ids.some((a) => ids.some((b) => COMPLEMENTS.has(`${a} ${b}`)))) return false;
  if (ids.some((id) => BESIDE.has(id))) return false;
  // "C/C++" alone names the two together; in a longer run ("C/C++/Rust") the pair is one option among others.
  if (ids.length === 2 && PAIR_TOGETHER.has(`${ids[0]} ${ids[1]}`)) return false;
  if (ids.some((a) => ids.some((b) => a !== b && impliesId(options, a, b)))) return false;
  // "Grafana/Loki/Tempo": three or more named things of one category, one vendor's (one named as another's product,
  // "Grafana Tempo"), that each do a job of their own (no field the taxonomy puts right above one is above another) are
  // that vendor's stack, each used (metrics, logs, traces), not a pick. ("Grafana/Grafana Cloud/Datadog" share their
  // field; "Okta/Auth0/Keycloak" are no one vendor's: picks.)
  if (ids.length >= 3 && categories.size === 1 && oneVendors(ids, options) && ownJobs(ids, options)) return false;
  // "Snowflake/BigQuery", "PyTorch/JAX": named things the taxonomy files under different categories, each pair of them
  // under one field (data warehousing, machine learning), do one job: a pick. (Not a field every cloud product shares:
  // "Postgres/Redis/Kafka" share none and are a stack.)
  // (A language beside a framework or a tool is its stack: "Kotlin/Spring".)
  return categories.size === 1 || (!categories.has('language') && ids.every((a) => ids.every((b) => a === b || sharedField(a, b, options))));
}

/**
 * Things used together, not instead of each other: a pair the taxonomy or COMPLEMENTS says goes together ("We use Docker;
 * Kubernetes experience is welcome" wishes for Kubernetes beside Docker, no pick between them).
 */
function usedTogether(ids: string[], options: ItemOptions): boolean {
  // (A thing that runs on another of a different kind, "Django" on Python, goes with it; one of the same kind that implies
  // the other, "Elixir" and Erlang, "TypeScript" and JavaScript, stands in for it.)
  const kind = (id: string) => options.skillInfo?.(id)?.category;
  return ids.some((a) => ids.some((b) => a !== b && (COMPLEMENTS.has(`${a} ${b}`) || (impliesId(options, a, b) && kind(a) !== kind(b)))));
}

/** Two names one of which is the other with "no" or "non-" before it: "SQL" and "NoSQL". */
function negations(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const bare = (n: string) => n.toLowerCase().replace(/^(?:no|non)-?\s?/, '');
  return a.toLowerCase() !== b.toLowerCase() && bare(a) === bare(b) && (bare(a) === a.toLowerCase() || bare(b) === b.toLowerCase());
}

/** Fields two or fewer steps up the taxonomy's implications from a skill, the clouds and cloud computing left out. */
function fieldsAbove(id: string, options: ItemOptions): Set<string> {
  const out = new Set<string>();
  for (const f of options.skillInfo?.(id)?.implies ?? []) {
    out.add(f);
    for (const g of options.skillInfo?.(f)?.implies ?? []) out.add(g);
  }
  for (const broad of [...CLOUDS, CLOUD_KIND]) out.delete(broad);
  return out;
}
function sharedField(a: string, b: string, options: ItemOptions): boolean {
  const above = fieldsAbove(b, options);
  return [...fieldsAbove(a, options)].some((f) => above.has(f));
}

/** Brokers of messages or streams (and what the taxonomy says is a message queue): one picks one of them. */
const BROKERS = new Set(['kafka', 'kinesis', 'msk', 'redpanda', 'warpstream', 'pulsar', 'rabbitmq', 'activemq', 'amazon-mq', 'nats', 'sqs', 'azure-service-bus', 'azure-event-hubs', 'pub-sub', 'zeromq']);
function isBroker(id: string, options: ItemOptions): boolean {
  return BROKERS.has(id) || (options.skillInfo?.(id)?.implies.includes('message-queues') ?? false);
}
/** The clouds a skill belongs to, by what it implies. */
const CLOUDS = new Set(['aws', 'google-cloud', 'azure']);
/** Between a field and a bracket of its examples: a word or two of the field's ("experience", "development"), the bracket, a cue. */
const FIELD_THEN_BRACKET = /^(?:\s+[a-z][\w-]*){0,2}\s*\(\s*(?:e\.?\s?g\.?,?\s*|such as\s+|like\s+|think\s+)?$/i;
/** The three big public clouds named as a set: "the big three clouds", "big 3 cloud providers", "major three clouds". */
/** (s56) One of the public clouds as a set, none named: "one of the major clouds", "any of the hyperscalers". */
const CLOUD_PICK = /\b(?:one|any|either)\s+of\s+the\s+(?:(?:big|major|main|large|leading|mainstream|usual|well-known)\s+)?(?:public\s+)?(?:clouds|cloud\s+(?:providers|platforms|vendors)|hyperscalers)\b/i;
const BIG_THREE = /\b(?:big|major|main)\s+(?:three|3)\s+(?:public\s+)?(?:clouds?|cloud\s+(?:providers?|platforms?|vendors?)|hyperscalers)\b/i;
/** Services of one cloud that share no field but the cloud: "SQS/SNS", "EC2/S3" (not "SQS/Amazon MQ", both queues). */
function oneCloudsParts(ids: string[], options: ItemOptions): boolean {
  const info = options.skillInfo;
  if (!info || ids.length < 2 || !ids.every((id) => info(id)?.category === 'cloud-service')) return false;
  const implied = ids.map((id) => info(id)!.implies);
  const clouds = new Set(implied.flatMap((xs) => xs.filter((x) => CLOUDS.has(x))));
  if (clouds.size !== 1 || !implied.every((xs) => xs.some((x) => CLOUDS.has(x)))) return false;
  const fields = implied.map((xs) => xs.filter((x) => !CLOUDS.has(x)));
  return !fields[0]!.some((f) => fields.every((xs) => xs.includes(f)));
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

/**
 * (s57) "Spark or Flink jobs, written in Scala or PySpark", "Sentinel or Splunk, with KQL or SPL queries": a pick of its
 * own later in the line whose option is a skill an earlier pick holds, named again (the query language or the SDK of the
 * product before: PySpark is Spark's, SPL Splunk's), keeps that option: the earlier pick does not swallow it, or a resume
 * with PySpark only would meet the first pick and lack the second. Only where each such skill was named before this list
 * too (a second mention, not one list read twice), and the pick adds a skill of its own; not where a group holds it whole.
 */
function namedAgainPick(groups: string[][], own: readonly SkillSpan[], hits: readonly SkillSpan[]): boolean {
  const ids = [...new Set(own.map((h) => h.skillId))];
  if (ids.length < 2 || groups.some((g) => ids.every((id) => g.includes(id)))) return false;
  const inChoice = new Set(groups.filter((g) => g.length > 1).flat());
  const shared = ids.filter((id) => inChoice.has(id));
  if (!shared.length || shared.length === ids.length) return false;
  const from = own[0]!.start;
  return shared.every((id) => hits.some((h) => h.skillId === id && h.end <= from) && own.some((h) => h.skillId === id));
}

/** Adds a group without the ids an earlier group holds; a choice keeps ids only a singleton held (filtered at the end). */
function add(groups: string[][], ids: string[]): void {
  const uniq = [...new Set(ids)];
  if (uniq.length > 1) {
    const inChoice = new Set(groups.filter((g) => g.length > 1).flat());
    const fresh = uniq.filter((id) => !inChoice.has(id));
    if (fresh.length) groups.push(fresh);
    return;
  }
  if (!groups.some((g) => g.includes(uniq[0]!))) groups.push(uniq);
}
