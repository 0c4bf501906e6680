import type { SkillHit } from './matcher';

/**
 * Session 62 (#13): the context classes the tune half of fresh-skills-s62a read wrong, in the languages it weighted
 * (Serbian, Croatian and Bosnian, Slovenian, Bulgarian, Macedonian, Russian, Latvian, Hebrew, Arabic, Azerbaijani,
 * Albanian, Vietnamese, Filipino-English) and English. Read last in lib/skills/context.ts's chain, after s61's: a hit an
 * older class keeps or drops is not looked at here. Letters outside Latin-1 are written as escapes (the bundle check).
 *
 *  - a tool waived after it in the same sentence, in these languages, alone or at the end of a list of tools joined to
 *    it ("Unreal Engine ne mora\u0161 da zna\u0161", "Swift v\u0259 Kotlin bilm\u0259k t\u0259l\u0259b olunmur", "X, \u05d5\u05d0\u05d9\u05df \u05e6\u05d5\u05e8\u05da \u05d1\u05d9\u05d3\u05e2 \u05d1\u05d5",
 *    "... ch\u1ea1y X, ch\u00fang ta kh\u00f4ng c\u1ea7n \u0111\u1ed9ng v\u00e0o"): not where the waiver's own object is another tool named after it ("X,
 *    nije potrebno iskustvo sa Y"), nor where the sentence goes on to call it an advantage ("nije uslov, ali je prednost");
 *  - a system another party runs, told in the same sentence by a verb of running in the third person and who runs it,
 *    in these languages ("Krmilnike PLC programira dobavitelj stroja", "SAP ureja na\u0161a ekipa", "X, ko uztur m\u016bsu
 *    m\u0101tesuz\u0146\u0113muma komanda", "\u05e6\u05d5\u05d5\u05ea \u05d4\u05d3\u05d0\u05d8\u05d4 \u05de\u05ea\u05d7\u05d6\u05e7 \u05d0\u05ea X", "do \u0111\u1ed9i X kh\u00e1c l\u00e0m"), and the English passive whose runner is named with a
 *    possessive ("are run by the ministry's own platform team") or a verb the older class lacks ("operated", "administered",
 *    "looked after"), and a relative clause ("X, which the Hamburg integrator configures");
 *  - a customer's or client's tool, told by the genitive after it ("Salesforce at Zendesk ng mga kliyente", "QRadar-in e
 *    klient\u00ebve", "X \u043d\u0430 \u043a\u043b\u0438\u0435\u043d\u0442\u0438\u0442\u0435", "X \u05e9\u05dc \u05d4\u05dc\u05e7\u05d5\u05d7\u05d5\u05ea");
 *  - a list headed as what the hire will not do ("What you won't do:", "Not the job:", "Things that are not the job:",
 *    "Not you:", "Out of scope:"), on its line or in the bullets under a head that ends its line.
 */
export type S62Class = 'negated' | 'team' | 'place';

/** The waiver, in the session's languages. */
const WAIVER = [
  // Serbian, Croatian, Bosnian
  String.raw`ne\s+mora(?:\u0161|te|\u0161\s+da)`,
  String.raw`ni(?:je)?\s+(?:potreb\p{L}*|uslov|uvjet|obavez\p{L}*|obvez\p{L}*|nu\u017en\p{L}*|pogoj)`,
  String.raw`nisu\s+potrebn\p{L}*`,
  String.raw`ne\s+(?:tra\u017eimo|o\u010dekujemo|pri\u010dakujemo|potrebuje\u0161|rabi\u0161|treba\u0161)`,
  String.raw`ne\s+o\u010dekuje\s+se`,
  String.raw`nema\s+potrebe`,
  // Bulgarian, Macedonian, Russian
  String.raw`\u043d\u0435\s+\u0435\s+(?:\u043d\u0443\u0436\u043d\u043e|\u043d\u0435\u043e\u0431\u0445\u043e\u0434\u0438\u043c\u043e|\u0437\u0430\u0434\u044a\u043b\u0436\u0438\u0442\u0435\u043b\u043d\u043e|\u043f\u043e\u0442\u0440\u0435\u0431\u043d\u043e|\u0437\u0430\u0434\u043e\u043b\u0436\u0438\u0442\u0435\u043b\u043d\u043e)`,
  String.raw`\u043d\u0435\s+\u0441\u0435\s+(?:\u0438\u0437\u0438\u0441\u043a\u0432\u0430|\u0431\u0430\u0440\u0430|\u043e\u0447\u0430\u043a\u0432\u0430)`,
  String.raw`\u043d\u044f\u043c\u0430\s+\u043d\u0443\u0436\u0434\u0430`,
  String.raw`\u043d\u0435\s+(?:\u0442\u0440\u0435\u0431\u0443\u0435\u0442\u0441\u044f|\u043d\u0443\u0436\u043d\p{L}*|\u043e\u0431\u044f\u0437\u0430\u0442\u0435\u043b\p{L}*)`,
  // Latvian
  String.raw`nav\s+(?:nepiecie\u0161am\p{L}*|oblig\u0101t\p{L}*|vajadz\u012bg\p{L}*)`,
  String.raw`neb\u016bs\s+j\u0101\p{L}*`,
  // Hebrew (the "and" glued on or not)
  String.raw`\u05d5?\u05d0\u05d9\u05df\s+\u05e6\u05d5\u05e8\u05da`,
  String.raw`\u05dc\u05d0\s+(?:\u05e0\u05d3\u05e8\u05e9\p{L}*|\u05d7\u05d5\u05d1\u05d4)`,
  // Arabic (Gulf and Egyptian)
  String.raw`\u0648?(?:\u0645\u0634|\u063a\u064a\u0631|\u0644\u064a\u0633)\s+\u0645\u0637\u0644\u0648\u0628\p{L}*`,
  String.raw`\u0644\u0627\s+(?:\u064a\u0634\u062a\u0631\u0637|\u064a\u0644\u0632\u0645|\u0646\u062d\u062a\u0627\u062c)`,
  // Azerbaijani
  String.raw`t\u0259l\u0259b\s+(?:olunmur|edilmir)`,
  String.raw`(?:vacib|laz\u0131m)\s+deyil`,
  // Vietnamese
  String.raw`kh\u00f4ng\s+(?:c\u1ea7n|y\u00eau\s+c\u1ea7u|b\u1eaft\s+bu\u1ed9c|thu\u1ed9c\s+(?:c\u00f4ng\s+vi\u1ec7c|ph\u1ea1m\s+vi|nhi\u1ec7m\s+v\u1ee5))`,
  // Albanian
  String.raw`nuk\s+(?:k\u00ebrkohet|\u00ebsht\u00eb\s+e\s+nevojshme|\u00ebsht\u00eb\s+kusht|i\s+administron|e\s+administron)`,
  // Filipino
  String.raw`hindi\s+(?:kailangan|natin\s+hawak|mo\s+hawak)`,
].join('|');
const WAIVER_AT = new RegExp(String.raw`(?<![\p{L}])(?:` + WAIVER + String.raw`)(?![\p{L}])`, 'iu');
/** "... ali je prednost": the sentence goes on to call it an advantage. */
const ADVANTAGE = /(?<![\p{L}])(?:prednost|plus|advantage|bonus|za\u017eelen\p{L}*|po\u017eeljn\p{L}*|\u043f\u0440\u0435\u0434\u0438\u043c\u0441\u0442\u0432\p{L}*|\u043f\u0440\u0435\u0434\u043d\u043e\u0441\u0442|\u043f\u043b\u044e\u0441|\u0436\u0435\u043b\u0430\u0442\u0435\u043b\u043d\p{L}*|\u043f\u043e\u0436\u0435\u043b\u043d\p{L}*|priek\u0161roc\u012bb\p{L}*|\u05d9\u05ea\u05e8\u05d5\u05df|\u0645\u064a\u0632\u0629|\u00fcst\u00fcnl\u00fck|l\u1ee3i\s+th\u1ebf|\u0111i\u1ec3m\s+c\u1ed9ng|p\u00ebrpar\u00ebsi)(?![\p{L}])/iu;

/** A verb of running, looking after, building or programming, in the third person, in the session's languages. */
const RUN_VERB = [
  // Slovenian
  String.raw`ureja|vzdr\u017euje|programira|upravlja|razvija|administrira|nastavlja`,
  // Serbian, Croatian, Bosnian ("radi" left out: a team that works in a tool is often the hire's)
  String.raw`odr\u017eava|odr\u017eavaju|programiraju|konfiguri\u0161e|konfigurira|administriraju|razvijaju`,
  // Latvian
  String.raw`uztur|izstr\u0101d\u0101|p\u0101rvalda|programm\u0113|administr\u0113|konfigur\u0113`,
  // Bulgarian, Macedonian, Russian
  String.raw`\u043f\u043e\u0434\u0434\u044a\u0440\u0436\u0430\p{L}*|\u0443\u043f\u0440\u0430\u0432\u043b\u044f\u0432\u0430|\u0440\u0430\u0437\u0440\u0430\u0431\u043e\u0442\u0432\u0430|\u043e\u0434\u0440\u0436\u0443\u0432\u0430|\u0443\u043f\u0440\u0430\u0432\u0443\u0432\u0430|\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442|\u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0438\u0440\u0443\u0435\u0442|\u0440\u0430\u0437\u0440\u0430\u0431\u0430\u0442\u044b\u0432\u0430\u0435\u0442`,
  // Hebrew
  String.raw`\u05de\u05ea\u05d7\u05d6\u05e7\p{L}*|\u05de\u05e0\u05d4\u05dc\p{L}*|\u05de\u05e4\u05e2\u05d9\u05dc\p{L}*|\u05d0\u05d7\u05e8\u05d0\u05d9\p{L}*`,
  // Arabic
  String.raw`\u064a\u062f\u064a\u0631\p{L}*|\u062a\u062f\u064a\u0631\p{L}*|\u064a\u0634\u063a\u0644\p{L}*|\u062a\u0634\u063a\u0644\p{L}*|\u064a\u062a\u0648\u0644\u0649`,
  // Azerbaijani, Albanian
  String.raw`idar\u0259\s+edir|d\u0259st\u0259kl\u0259yir|administron|menaxhon|mir\u00ebmban|mban`,
  // Vietnamese
  String.raw`qu\u1ea3n\s+l\u00fd|v\u1eadn\s+h\u00e0nh|b\u1ea3o\s+tr\u00ec`,
].join('|');
/** Who runs it: a team, a department, a vendor, a maker, a contractor, a colleague, the parent company. */
const RUNNER = [
  String.raw`ekip\p{L}*|oddel\p{L}*|dobavitelj\p{L}*|izvajal\p{L}*|proizvajal\p{L}*|sodelav\p{L}*|mati\u010dn\p{L}*`,
  String.raw`tim|tima|timu|timovi|odeljenj\p{L}*|odjel\p{L}*|dobavlja\u010d\p{L}*|izvo\u0111a\u010d\p{L}*|proizvo\u0111a\u010d\p{L}*|kolega|kolegica|integrator\p{L}*`,
  String.raw`komand\p{L}*|noda\u013c\p{L}*|pieg\u0101d\u0101t\u0101j\p{L}*|partner\p{L}*|kol\u0113\u0123\p{L}*|m\u0101tesuz\u0146\u0113mum\p{L}*`,
  String.raw`\u0435\u043a\u0438\u043f\p{L}*|\u0442\u0438\u043c\p{L}*|\u043e\u0442\u0434\u0435\u043b\p{L}*|\u043e\u0434\u0434\u0435\u043b\p{L}*|\u0434\u043e\u0441\u0442\u0430\u0432\u0447\u0438\u043a\p{L}*|\u043a\u043e\u043c\u0430\u043d\u0434\p{L}*|\u043f\u043e\u0434\u0440\u044f\u0434\u0447\u0438\u043a\p{L}*`,
  String.raw`\u05e6\u05d5\u05d5\u05ea|\u05de\u05d7\u05dc\u05e7\u05ea|\u05d4\u05de\u05d7\u05dc\u05e7\u05d4|\u05e1\u05e4\u05e7|\u05e7\u05d1\u05dc\u05df`,
  String.raw`\u0641\u0631\u064a\u0642|\u0642\u0633\u0645|\u0627\u0644\u0645\u0648\u0631\u062f|\u0645\u0648\u0631\u062f`,
  String.raw`komanda\p{L}*|\u015f\u00f6b\u0259\p{L}*|ekipi|departamenti|furnitori|kolegu`,
  String.raw`\u0111\u1ed9i|nh\u00f3m|b\u1ed9\s+ph\u1eadn|nh\u00e0\s+cung\s+c\u1ea5p|\u0111\u1ed1i\s+t\u00e1c`,
].join('|');
const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;
const OTHERS_RUN_AFTER = new RegExp(String.raw`^[^.;!?\n]{0,100}?(?:` + B + `(?:` + RUN_VERB + `)` + E + String.raw`[^.;!?\n]{0,60}?` + B + `(?:` + RUNNER + `)` + E + `|` + B + `(?:` + RUNNER + `)` + E + String.raw`[^.;!?\n]{0,60}?` + B + `(?:` + RUN_VERB + `)` + E + `)`, 'iu');
/** A runner and its verb before the tool, in the same clause: "\u05e6\u05d5\u05d5\u05ea \u05d4\u05d3\u05d0\u05d8\u05d4 \u05e9\u05dc\u05e0\u05d5 \u05de\u05ea\u05d7\u05d6\u05e7 \u05d0\u05ea X", "b\u1ed9 ph\u1eadn IT qu\u1ea3n l\u00fd X". */
const OTHERS_RUN_BEFORE = new RegExp(B + `(?:` + RUNNER + `)` + E + String.raw`[^.;:!?\n,]{0,40}?` + B + `(?:` + RUN_VERB + `)` + E + String.raw`(?:\s+\u05d0\u05ea)?\s+$`, 'iu');
/** A verb of running, then its runner named by the tool: "SAP ureja na\u0161a ekipa SAP", the team named by the tool it runs. */
const RUNNER_NAMED_BEFORE = new RegExp(B + `(?:` + RUN_VERB + `)` + E + String.raw`[^.;:!?\n,]{0,30}?` + B + `(?:` + RUNNER + `)` + E + String.raw`\s+(?:za\s+|\u0437\u0430\s+|\u043f\u043e\s+)?$`, 'iu');
/** Vietnamese: the tool named as the other team's ("do \u0111\u1ed9i Flutter kh\u00e1c l\u00e0m", by the other Flutter team). */
const VI_TEAM_BEFORE = /(?:^|\s)(?:do|b\u1edfi|c\u1ee7a)\s+(?:\u0111\u1ed9i|nh\u00f3m|team)\s+$/iu;
const VI_OTHER_AFTER = /^\s+(?:kh\u00e1c|ri\u00eang|b\u00ean\s+\p{L}+(?:\s+\p{L}+)?\s+(?:l\u00e0m|ph\u1ee5\s+tr\u00e1ch|qu\u1ea3n\s+l\u00fd|ph\u00e1t\s+tri\u1ec3n))(?![\p{L}])/iu;
/** Vietnamese passive: "\u1ee8ng d\u1ee5ng X do \u0111\u1ed9i ... l\u00e0m", X made by a team or a vendor. */
const VI_BY_AFTER = /^[^.;!?\n]{0,20}?\s+do\s+(?:\u0111\u1ed9i|nh\u00f3m|b\u1ed9\s+ph\u1eadn|team|ph\u00f2ng|nh\u00e0\s+cung\s+c\u1ea5p|\u0111\u1ed1i\s+t\u00e1c)(?![\p{L}])/iu;
/** Vietnamese "X c\u1ee7a h\u1ecd" (their X), where the sentence's subject is the customer. */
const VI_THEIR_AFTER = /^\s+c\u1ee7a\s+h\u1ecd(?![\p{L}])/iu;
const VI_CUSTOMER_BEFORE = /kh\u00e1ch\s+h\u00e0ng[^.;!?\n]{0,80}$/iu;

/** A tool's team that is not the hire's: "a separate Kotlin team", "another Java team", "the other Go squad". */
const OTHER_TEAM_BEFORE = /\b(?:a\s+separate|a\s+different|another|the\s+other|a\s+sister)\s+$/i;
const TEAM_AFTER = /^\s+(?:team|teams|squad|group|guild|department)\b/i;
/** "X ... belongs to the integrations team", Bulgarian "X \u0435 \u043d\u0430 \u0435\u043a\u0438\u043f\u0430 \u043f\u043e ...", Serbian "X je posao drugog tima": it belongs to another unit. */
const BELONGS_AFTER = new RegExp(
  String.raw`^[^.;!?\n]{0,80}?(?:\b(?:belongs?|belonged)\s+to\s+(?:the|our|a|an|their)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(?:team|unit|department|group|vendor|contractor|partner|office)s?\b|(?<![\p{L}])(?:\u0435|\u0441\u0430)\s+(?:\u0440\u0430\u0431\u043e\u0442\u0430\s+)?\u043d\u0430\s+(?:\u0435\u043a\u0438\u043f|\u043e\u0442\u0434\u0435\u043b|\u0442\u0438\u043c|\u043e\u0434\u0434\u0435\u043b)\p{L}*|(?<![\p{L}])(?:je|su)\s+posao\s+(?:drugog\s+|drugih\s+)?tim\p{L}*)`,
  'iu',
);
/** "Our Rails yard is a place, not a framework": the name disclaimed as a tool in its own sentence. */
const NOT_A_TOOL_AFTER = /^[^.;!?\n]{0,40}?\b(?:is|are)\s+(?:a|an|the|our|just\s+a)\s+[\p{L}\s'\u2019-]{1,30}?,\s+not\s+(?:a|an|the)?\s*(?:\p{L}+\s+)?(?:framework|tool|language|database|library|product|software|platform)s?\b/iu;

/** English passives: "are run by the ministry's own platform team", "is operated by an outside vendor", "looked after by". */
const BY_OTHERS_AFTER = /^[^.;!?\n]{0,100}?\b(?:is|are)\s+(?:(?:run|operated|maintained|managed|owned|administered|administrated|built|configured|programmed|handled|supported|looked\s+after)\s+by)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:team|teams|colleagues?|vendors?|manufacturers?|suppliers?|contractors?|partners?|agency|department|consultants?|providers?|integrators?|group|IT)\b/iu;
/** "X (Y), which the Hamburg integrator configures": a relative clause whose runner is another party. */
const WHICH_OTHERS_AFTER = /^[^.;!?\n]{0,60}?,\s+(?:which|that)\s+(?:the|our|an?|their)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?(?:team|vendor|manufacturer|supplier|contractor|partner|agency|department|consultant|provider|integrator)s?\s+(?:configures?|runs?|maintains?|owns?|manages?|operates?|programs?|administers?|looks\s+after|builds?)\b/iu;
/** The hire joins the team, or is told to work on the system, later in the same sentence. */
const HIRE_JOINS_AFTER = /^[^.!?\n]{0,160}?\b(?:you(?:'ll|\u2019ll|\s+will|\s+would)?\s+(?:join|be\s+joining|be\s+part|build|own|extend|integrate|maintain|run|operate)|your\s+(?:own\s+)?team)\b/i;

/** The genitive "of the customers / clients" after the tool (and the tools listed with it). */
const CLIENTS_OF = [
  String.raw`ng\s+(?:mga\s+)?(?:kliyente|customer|client)s?`,
  String.raw`(?:e|t\u00eb)\s+klient\p{L}*`,
  String.raw`\u043d\u0430\s+(?:\u043a\u043b\u0438\u0435\u043d\u0442\p{L}*|\u0437\u0430\u043a\u0430\u0437\u0447\u0438\u043a\p{L}*)`,
  String.raw`(?:klijen(?:ta|ata|tov|tima)|strank|klientu|klienta|\u043a\u043b\u0438\u0435\u043d\u0442\u043e\u0432|\u0437\u0430\u043a\u0430\u0437\u0447\u0438\u043a\u0430|m\u00fc\u015ft\u0259ril\u0259rin|m\u00fc\u015ft\u0259rinin)`,
  String.raw`\u05e9\u05dc\s+(?:\u05d4\u05dc\u05e7\u05d5\u05d7\p{L}*)`,
  String.raw`(?:\u0627\u0644\u062e\u0627\u0635\u0629\s+\u0628)?\u0627\u0644\u0639\u0645\u0644\u0627\u0621|\u0628\u062a\u0627\u0639\s+\u0627\u0644\u0639\u0645\u064a\u0644`,
  String.raw`c\u1ee7a\s+kh\u00e1ch\s+h\u00e0ng`,
].join('|');
/** A list of further tool-like names joined to the hit before the genitive ("Splunk-un dhe QRadar-in e klient\u00ebve"). */
const LIST_TAIL = String.raw`(?:(?:\s*(?:,|\s(?:and|or|dhe|ose|at|o|i|ili|in|un|vai|v\u0259|v\u00e0|\u0438|\u0438\u043b\u0438|\u05d5|\u0648)\s)\s*|\s+[\u05d5\u0648](?:[\u05dc\u05d1]-?|-)?)[\p{L}\d.+#'\u2019-]+){0,3}`;
const CLIENTS_AFTER = new RegExp(String.raw`^(?:[-'\u2019]\p{L}+)?` + LIST_TAIL + String.raw`\s+(?:` + CLIENTS_OF + `)` + E, 'iu');
/** "H\u1ec7 th\u1ed1ng c\u1ee7a kh\u00e1ch h\u00e0ng ch\u1ea1y X", the customer's system runs X. */
const CLIENTS_RUN_BEFORE = /kh\u00e1ch\s+h\u00e0ng(?:\s+\p{L}+){0,2}\s+(?:ch\u1ea1y|d\u00f9ng|s\u1eed\s+d\u1ee5ng)\s+(?:tr\u00ean\s+)?$/iu;

/** A head that says what the job is not: "What you won't do:", "Not the job:", "Things that are not the job:", "Not you:". */
const NOT_JOB_HEAD =
  /(?:^|\n|[.!?]\s+)[ \t]*(?:[-\u2022*][ \t]*)?(?:what\s+(?:you|we)\s+won['\u2019]t\s+(?:ask\s+of\s+you|be\s+doing|do|touch|own|need)|what\s+you\s+will\s+not\s+(?:be\s+doing|do|touch|own)|things?\s+(?:that\s+(?:are|is)\s+|you\s+won['\u2019]t\s+do\s*|)not\s+(?:the|your|in\s+the)\s+job|not\s+(?:the|your)\s+job|not\s+part\s+of\s+(?:the|this|your)\s+(?:job|role)|(?:what(?:['\u2019]s|\s+is)\s+)?(?:out\s+of|not\s+in)\s+scope|not\s+you|what\s+(?:this|the)\s+(?:role|job)\s+is(?:\s+not|n['\u2019]t)|not\s+on\s+your\s+plate)[ \t]*:[ \t]*/giu;

/** The end of a sentence: a full stop, a question or exclamation mark before a space or the end. */
const SENTENCE_END = /[.!?](?=\s|$)|\n/u;

function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at, at + 240);
  const m = SENTENCE_END.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
}

/** Whether a waiver follows the hit in its sentence, the tools between joined to it as a list, and none after the waiver. */
function waivedAfter(text: string, hit: SkillHit, others: readonly SkillHit[]): boolean {
  const clause = clauseAfter(text, hit.end);
  const m = WAIVER_AT.exec(clause);
  if (!m || m.index > 80) return false;
  const from = hit.end;
  const to = hit.end + m.index;
  const end = hit.end + clause.length;
  // The gap, with the other tools in it taken out, holds a few words at most (a noun of knowing, "we", a glued suffix).
  let gap = text.slice(from, to);
  for (const o of others) if (o !== hit && o.start >= from && o.end <= to) gap = gap.replace(text.slice(o.start, o.end), ' ');
  const words = gap.match(/\p{L}+/gu) ?? [];
  if (words.length > 4) return false;
  // The waiver's own object is another tool: "X, nije potrebno iskustvo sa Y".
  if (others.some((o) => o.start >= to + m[0].length && o.end <= end)) return false;
  if (ADVANTAGE.test(text.slice(to, end))) return false;
  return true;
}

/** Whether the hit stands in a list headed as what the job is not: on the head's line, or in the bullets under a head that ends its line. */
function notTheJob(text: string, hit: SkillHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  // On the head's own line, the head before the hit and no sentence end between.
  const lineBefore = text.slice(lineStart, hit.start);
  NOT_JOB_HEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = NOT_JOB_HEAD.exec(lineBefore)) !== null) last = m.index + m[0].length;
  if (last >= 0 && !/[.!?](?=\s)/.test(lineBefore.slice(last))) return true;
  // A bullet under a head that ends its line, no blank line between.
  let at = lineStart;
  for (let k = 0; k < 12 && at > 0; k++) {
    const prevEnd = at - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    const line = text.slice(prevStart, prevEnd);
    if (!line.trim()) return false;
    NOT_JOB_HEAD.lastIndex = 0;
    const h = NOT_JOB_HEAD.exec(line + '\n');
    if (h && !line.slice(h.index + h[0].length).trim()) return /^\s*[-\u2022*]/.test(text.slice(lineStart, hit.start));
    if (!/^\s*[-\u2022*]/.test(line)) return false;
    at = prevStart;
  }
  return false;
}

export function s62Class(text: string, hit: SkillHit, soft: boolean, others: readonly SkillHit[]): S62Class | null {
  if (soft) return null;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, hit.start - 160), hit.start);
  const lineEnd = text.indexOf('\n', hit.end);
  const after = text.slice(hit.end, lineEnd < 0 ? hit.end + 200 : Math.min(lineEnd, hit.end + 200));
  if (notTheJob(text, hit)) return 'negated';
  if (waivedAfter(text, hit, others)) return 'negated';
  if ((BY_OTHERS_AFTER.test(after) || WHICH_OTHERS_AFTER.test(after)) && !HIRE_JOINS_AFTER.test(after)) return 'team';
  if (OTHERS_RUN_AFTER.test(after) && !HIRE_JOINS_AFTER.test(after)) return 'team';
  if (OTHERS_RUN_BEFORE.test(before)) return 'team';
  if (RUNNER_NAMED_BEFORE.test(before)) return 'team';
  if (VI_TEAM_BEFORE.test(before) && VI_OTHER_AFTER.test(after)) return 'team';
  if (CLIENTS_AFTER.test(after) || CLIENTS_RUN_BEFORE.test(before)) return 'team';
  // (from fresh-skills-s62a2's tune half) a team named by the tool that is not the hire's; what belongs to another unit;
  // Vietnamese passives and "their X" of the customer; a name disclaimed as a tool.
  if (OTHER_TEAM_BEFORE.test(before) && TEAM_AFTER.test(after)) return 'team';
  if (BELONGS_AFTER.test(after) && !HIRE_JOINS_AFTER.test(after)) return 'team';
  if (VI_BY_AFTER.test(after) || (VI_THEIR_AFTER.test(after) && VI_CUSTOMER_BEFORE.test(before))) return 'team';
  if (/^\p{Lu}/u.test(hit.text) && NOT_A_TOOL_AFTER.test(after)) return 'place';
  return null;
}
