import type { SkillHit } from './matcher';

/**
 * Session 60 (#13): the context classes the tune half of fresh-skills-s60a read wrong, in the languages it weighted
 * (Croatian, Serbian, Slovenian, Hungarian) and English. Read last in lib/skills/context.ts's chain: a hit an older class
 * keeps or drops is not looked at here. Letters outside Latin-1 are written as escapes (the bundle check).
 *
 *  - a tool waved away by a negative verb before it: "Ne koristimo X", "ne tražimo znanje X", "od tebe ne očekujemo X",
 *    "nem kell ismerned X", "We don't run X", "We'd rather you didn't know X" (the hit and any tools listed with it);
 *  - a tool waved away after it: "X nije potreban", "X i Y tu nista pomembna", "zato X ne potrebuješ", "X nem
 *    szükséges"; and a tool told as the team's stack, then waived at once: "Backend je u X, ali od tebe ne očekujemo X";
 *  - a system another team or a contractor runs, or that is no part of the job, said in the same sentence with no
 *    punctuation before it: "SCADA sistem u dispečerskom centru vodi drugi tim i nije deo ovog posla", "...; you will
 *    be asked not to touch them";
 *  - a colleague named by a discipline the hire works beside: "suradnja s UX dizajnericom", "a data science csapatnak";
 *  - a tool's name that is a person's: "Email Jenkins (yes, that's her surname) at ...".
 */
export type S60Class = 'negated' | 'team' | 'person';

/** Negative verbs of asking, using or needing, in Croatian, Serbian, Slovenian and Hungarian, after "ne"/"nem". */
const NEG_VERB =
  String.raw`(?:ne|nem)\s+(?:tra\u017eimo|o\u010dekujemo|pri\u010dakujemo|i\u0161\u010demo|koristimo|upotrebljavamo|uporabljamo|rabimo|potrebuje\u0161|potrebujete|treba\u0161|trebate|mora\u0161|morate|kell(?:\s+ismerned|\s+ismernie|\s+tudnod)?|haszn\u00e1lunk|v\u00e1rjuk|v\u00e1runk|keres\u00fcnk|sz\u00fcks\u00e9ges)`;
/** Words between the verb and the tools: "znanje", "poznavanje", "iskustvo", "od tebe", "ni". */
const NEG_FILLER = String.raw`(?:\s+(?:znanje|znanja|poznavanje|iskustvo|izku\u0161nje|znanja|od|tebe|vas|ti|ni|niti|nobenega|semmilyen|a|az))*`;
/** Tools listed before the hit: "X, Y i " / "X vagy ". */
const LISTED_BEFORE = String.raw`(?:[\p{L}\d.+#/-]+\s*(?:,|\s(?:i|ni|niti|ili|in|ali|vagy|\u00e9s|or|and|nor)\s)\s*)*`;
const NEG_BEFORE = new RegExp(String.raw`(?:^|[\s(.;:,])` + NEG_VERB + NEG_FILLER + String.raw`\s+` + LISTED_BEFORE + '$', 'iu');
/** English: "We don't run X", "we do not use X", "we'd rather you didn't know X". */
const NEG_BEFORE_EN = /\b(?:we\s+(?:do\s+not|don['\u2019]t)\s+(?:run|use|have|touch|want)|(?:rather|prefer(?:\s+that)?)\s+you\s+(?:did\s+not|didn['\u2019]t)\s+(?:know|use))\s+(?:any\s+)?(?:[\w.+#/-]+\s*(?:,|\s(?:or|and|nor)\s)\s*)*$/i;

/** Tools listed after the hit, then a word of the place: "X, Y i Z tu ...", "X és Y itt ...". */
const LISTED_AFTER = String.raw`(?:\s*(?:,|\s(?:i|ni|ili|in|ali|vagy|\u00e9s|or|and)\s)\s*[\p{L}\d.+#-]+)*(?:\s+(?:tu|tukaj|ovdje|ovde|ovdje|itt|ovdje|za\s+ovo\s+radno\s+mjesto|za\s+ovaj\s+posao))?`;
/** "X nije potreban", "X tu nista pomembna", "X nem szükséges", "X ne potrebuješ". */
const NEG_AFTER = new RegExp(
  String.raw`^(?:-\p{L}{1,3})?` +
    LISTED_AFTER +
    String.raw`\s+(?:(?:nije|nisu|ni|nista|niso|nem)\s+(?:potreb\p{L}*|pomemb\p{L}*|obavez\p{L}*|obvez\p{L}*|uslov\p{L}*|uvjet\p{L}*|sz\u00fcks\u00e9ges|elv\u00e1r\u00e1s|kell)|ne\s+(?:potrebuje\u0161|potrebujete|treba\u0161|trebate|treba|rabi\u0161|rabite)|(?:is|are)\s+not\s+(?:needed|required))(?![\p{L}])`,
  'iu',
);
/** "X, ali od tebe ne očekujemo X": the stack told, then the hire let off it at once. */
const BUT_NOT_AFTER = new RegExp(String.raw`^\s*,?\s*(?:ali|no|ampak|vendar|de|but)\s+(?:od\s+(?:tebe|vas)\s+|t\u0151led\s+)?` + NEG_VERB, 'iu');

/** Run by another team or a contractor, or no part of the job, later in the same sentence: "... vodi drugi tim i nije deo ovog posla". */
const OTHERS_RUN_AFTER = new RegExp(
  String.raw`^[^.;!?\n]{0,100}?(?:^|[\s,])(?:(?:vodi|vode|odr\u017eava|odr\u017eavaju|dr\u017ei|dr\u017ee|vzdr\u017euje|vzdr\u017eujejo|ureja|upravlja|upravljaju|razvija|razvijaju)\s+(?:drug\p{L}*|zunanj\p{L}*|vanjsk\p{L}*|spolj\p{L}*|partnersk\p{L}*)\s+(?:tim|ekipa|izvajalec|partner|dobavlja\u010d|dobavitelj|agencija|firma|tvrtka)|(?:nije|ni|nisu|niso)\s+(?:deo|dio|del)\s+(?:ovog|ovoga|tega|tvog|tvojega|na\u0161eg)\s+(?:posla|dela)|nem\s+tartozik\s+a\s+feladat\p{L}*)(?![\p{L}])`,
  'iu',
);
/** English, after a semicolon or a comma: "; you will be asked not to touch them", "; please don't touch it". */
const HANDS_OFF_AFTER = /^[^.;!?\n]{0,80}?[;,:]\s*(?:you\s+will\s+be\s+asked\s+not\s+to\s+touch|(?:please\s+)?(?:do\s+not|don['\u2019]t)\s+touch)\s+(?:them|it|those|these)\b/i;

/** Working beside a colleague or team named by a discipline: "suradnja s UX dizajnericom", "sodelovanje z QA ekipo". */
const WITH_BEFORE = /(?:^|[\s(])(?:sura(?:d|\u0111)\p{L}*|sara(?:d|\u0111)\p{L}*|sodelovanj\p{L}*|sodeluje\p{L}*|egy\u00fcttm\u0171k\u00f6d\p{L}*)\s+(?:(?:usko|tesno)\s+)?(?:s|sa|z)\s+$/iu;
const COLLEAGUE_AFTER = /^\s+(?:dizajner\p{L}*|dizajnerk\p{L}*|oblikoval\p{L}*|analiti\u010dar\p{L}*|in\u017eenjer\p{L}*|in\u017eenir\p{L}*|timom|ekipom|ekipo|kolegom|kolegico|kolegicom|stru\u010dnjak\p{L}*)(?![\p{L}])/iu;
/** Hungarian: "a data science csapatnak", "a QA csapattal": the team the work is for or done with (not "csapatban", the hire's own). */
const TEAM_AFTER_HU = /^\s+csapat(?:nak|tal|t\u00f3l|hoz|\u00e1nak|\u00e1val|okkal|oknak)(?![\p{L}])/iu;

/** "Email Jenkins (yes, that's her surname)": a tool's name after a verb of writing to someone is a person's. */
const WRITE_TO_BEFORE = /(?:^|[\s(])(?:e-?mail|contact|write\s+to|ask\s+for|call|ring|message|text)\s+$/i;
const PERSON_AFTER = /^\s*(?:\(|,|at\b|on\b|via\b|\p{Lu}\p{Ll}+\b)/u;

export function s60Class(text: string, hit: SkillHit, soft: boolean): S60Class | null {
  if (soft) return null;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, hit.start - 160), hit.start);
  const lineEnd = text.indexOf('\n', hit.end);
  const after = text.slice(hit.end, lineEnd < 0 ? hit.end + 200 : Math.min(lineEnd, hit.end + 200));
  if (/^\p{Lu}\p{Ll}+$/u.test(hit.text) && WRITE_TO_BEFORE.test(before) && PERSON_AFTER.test(after)) return 'person';
  if (NEG_BEFORE.test(before) || NEG_BEFORE_EN.test(before)) return 'negated';
  if (NEG_AFTER.test(after) || BUT_NOT_AFTER.test(after)) return 'negated';
  if (OTHERS_RUN_AFTER.test(after) || HANDS_OFF_AFTER.test(after)) return 'negated';
  if ((WITH_BEFORE.test(before) && COLLEAGUE_AFTER.test(after)) || TEAM_AFTER_HU.test(after)) return 'team';
  return null;
}
