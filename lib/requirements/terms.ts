import { withoutContact } from '../match/evidence';
import { certAlias } from './certs';
import { INDUSTRY_WORDS } from './industries';
import type { FindSkills } from './types';
import { DUTCH_WHETHER } from './foreign';

/**
 * Options in words: a member of an "or" list that the taxonomy does not know. "Experience in fintech, healthcare, or
 * insurance" offers three fields; only fintech is a skill, and without the other two as options a resume from
 * healthcare would read as lacking fintech, the very "Python or Go" mistake choices exist to avoid. Such an option is
 * written in a group as `term:` and its words as the posting writes them (`term:healthcare`); the resume meets it
 * when its text names those words (lib/analyze.ts).
 */
export const TERM = 'term:';
export const isTerm = (id: string): boolean => id.startsWith(TERM);
/** The words of a term option, or the id itself for a skill. */
export const termText = (id: string): string => (isTerm(id) ? id.slice(TERM.length) : id);

/** "or" in another language between spaces: "ABAP oder SAP BTP", "React ou Vue", "AWS o GCP", "und/oder". */
// (s53: and Polish "albo", Czech "nebo", Slovak "alebo". s56: and Turkish "veya". s58 lead: and Romanian "sau". s59: and
// Finnish "tai", Hungarian "vagy", Turkish "ya da", Estonian "v\u00f5i". s59 lead: Croatian and Serbian "ili", Indonesian and Malay
// "atau", Lithuanian "arba". s60 lead: Korean "\ub610\ub294" / "\ud639\uc740", Vietnamese "ho\u1eb7c".)
const OTHER_OR = /(?<=\s)(?:und\s?\/\s?oder|et\s?\/\s?ou|y\s?\/\s?o|oder|ou|o|eller|lub|albo|nebo|alebo|anebo|oppure|veya|sau|tai|vagy|ya\s+da|v\u00f5i|ili|atau|arba|\ub610\ub294|\ud639\uc740|ho\u1eb7c)(?=\s)/gi;
/** The text with OTHER_OR's words as the English "or" (or "and/or") the list rules read (the skills are looked up in it again). */
const plainOr = (written: string): string => {
  // (s62: and moreOr's languages, after the others: its open end reads an "or" the others gave.)
  const text = moreOr(foreignOpenEnd(greekOr(cyrillicOr(romanianOri(aliVaiOr(dutchOr(written)))))));
  return /\b(?:o|ou|oder|eller|lub|albo|nebo|alebo|anebo|oppure|veya|sau|tai|vagy|da|v\u00f5i|ili|atau|arba)\s/i.test(text) || /(?:\ub610\ub294|\ud639\uc740|ho\u1eb7c)\s/.test(text) ? text.replace(OTHER_OR, (m) => (/\//.test(m) ? 'and/or' : 'or')) : text;
};
/**
 * (s59) A line written in Greek, in its own letters or in Latin ones ("Greeklish"): a word an ask in Greek opens or closes
 * with ("empeiria", "gnosi", "ergaleion", "paromoion", "texnologies"). Its "\u03ae" (or), and on a Greeklish line its "i", is the
 * English "or". (Not the Catalan, Polish or Czech "i", which is "and": those lines have none of these words.)
 */
const GREEKLISH_LINE = /(?<![\p{L}])(?:empeiri\p{L}*|gnos[eh]?i\p{L}*|gnosh|ikanot\p{L}*|ergalei\p{L}*|paromoi\p{L}*|te[xh]nologi\p{L}*|programmatism\p{L}*|apaitoum\p{L}*|ptyxi\p{L}*|glosses)(?![\p{L}])/iu;
/**
 * (s59) "or similar" in the languages whose "or" s53-s59 read: Finnish "tai vastaava(sta)", Hungarian "vagy hasonl\u00f3",
 * Turkish "ya da benzeri", Estonian "v\u00f5i sarnaste t\u00f6\u00f6riistadega", Slovak "pr\u00edpadne podobn\u00fdch", Czech "nebo
 * podobn\u00fdmi n\u00e1stroji", Romanian "sau tehnologii similare", Catalan "o eines similars", Greek "i paromoia", Swedish and
 * Norwegian "eller liknande/tilsvarende": the joiner, a noun it may come after, the word of likeness and a word or two of
 * the kind, read as the English "or others" every cue knows, the length kept; an "and" of those languages right after it as
 * "and" ("Go:sta tai vastaavasta ja Dockerista": Go or the like, and Docker).
 */
// (Also after an English "or": lib/requirements/foreign.ts reads some of these lines' "or" in English first. Its likeness
// words are none of English: Romanian "similare" and Catalan "similars" only in the plural.)
// (s60: and Croatian, Serbian and transliterated Bulgarian "ili sli\u010dno/podobni", Slovenian "ali podobnih orodij", Latvian
// "vai l\u012bdz\u012bg\u0101m platform\u0101m", Portuguese "ou ferramentas semelhantes"; Slovenian "in" and Latvian "un" as "and".)
const FOREIGN_OPEN_END = /(?<=\s)(?:or|tai|vagy|ya\s+da|veya|v\u00f5i|alebo|nebo|anebo|pr\u00edpadne|p\u0159\u00edpadn\u011b|sau|o|ou|i|eller|lub|albo|ili|ali|vai)\s+(?:\p{Ll}+\s+)?(?:vastaav\p{L}*|hasonl\p{L}*|benzer\p{L}*|sarnas\p{L}*|podobn\p{L}*|paromoi\p{L}*|similare|similars|liknande|lignende|tilsvarende|sli\u010dn\p{L}*|slicn\p{L}*|l\u012bdz\u012bg\p{L}*|semelhantes?)(?![\p{L}])(?:\s+(?!(?:ja|\u00e9s|ve|a|\u0219i|i|in|un|e|og|och|en|and|sek\u00e4|ning|valamint)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){0,2}(\s+(?:ja|\u00e9s|ve|a|\u0219i|i|in|un|e|og|och|en|and|sek\u00e4|ning|valamint)(?=\s))?/giu;
export const foreignOpenEnd = (text: string): string =>
  /vastaav|hasonl|benzer|sarnas|podobn|paromoi|similare|similars|liknande|lignende|tilsvarende|sli\u010dn|slicn|l\u012bdz\u012bg|semelhant/i.test(text)
    ? text.replace(FOREIGN_OPEN_END, (m: string, and: string | undefined) =>
        ((and ? ['or others and', 'or any and'] : ['or others', 'or other', 'or any']).find((w) => w.length <= m.length) ?? m).padEnd(m.length),
      )
    : text;
/**
 * (s60) "or" in two languages whose word is another in a neighbour's: the Slovenian "ali" (the Croatian, Serbian and Bosnian
 * "ali" is "but", which comes after a comma or opens a clause: "Pythona, ali i ...", "nu\u017eno, ali Kotlin nije", "ali je")
 * and the Latvian "vai" (the Portuguese "vai" is "goes", "will": read only on a line of Latvian words, LATVIAN_LINE). Each as
 * the English "or", the length kept ("Izku\u0161nje s Pythonom ali Javo", "Pieredze ar Python vai Go").
 */
const ALI_OR = /(?<=[^\s,;:\u2013\u2014-]\s+)ali(?=\s+(?!(?:i|je|nije|ne|to|bi|ipak|samo|su|nisu|da|mora|treba|se|ni|pa|ima|nema|ako|kad)(?![\p{L}]))\S)/giu;
/** (s60) A line written in Latvian: a letter only it uses among these, or a word an ask in Latvian opens or closes with. */
const LATVIAN_LINE = /[\u0101\u0113\u012b\u016b\u0123\u0137\u013c\u0146]|(?<![\p{L}])(?:pieredz\p{L}*|zin\u0101\u0161an\p{L}*|zinasan\p{L}*|prasm\p{L}*|izpratn\p{L}*|l\u012bdz\u012bg\p{L}*|lidzig\p{L}*)(?![\p{L}])/iu;
export const aliVaiOr = (text: string): string => {
  let out = /\sali\s/i.test(text) ? text.replace(ALI_OR, 'or ') : text;
  if (/\svai\s/i.test(out) && LATVIAN_LINE.test(out)) out = out.replace(/(?<=\s)vai(?=\s)/gi, 'or ');
  return out;
};
/**
 * (s61) "or" in Cyrillic: the Ukrainian "\u0430\u0431\u043e", the Russian, Bulgarian and Serbian "\u0438\u043b\u0438", read as the
 * English "or", the length kept ("\u0414\u043e\u0441\u0432\u0456\u0434 \u0437 Python \u0430\u0431\u043e Go"); with a word of likeness
 * after it ("\u0430\u0431\u043e \u0430\u043d\u0430\u043b\u043e\u0433\u0456\u0447\u043d\u0438\u0445 \u0421\u0423\u0411\u0414", "\u0438\u043b\u0438
 * \u043f\u043e\u0434\u043e\u0431\u043d\u044b\u0435 \u0438\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442\u044b") and a word or two of the
 * kind, as "or others". (Their "and", Ukrainian "\u0442\u0430"/"\u0456", Russian "\u0438", is left as it is.)
 */
const CYRILLIC_OPEN_END = /(?<=\s)(?:\u0430\u0431\u043e|\u0438\u043b\u0438)\s+(?:\p{L}+\s+)?(?:\u0430\u043d\u0430\u043b\u043e\u0433|\u043f\u043e\u0434\u0456\u0431\u043d|\u043f\u043e\u0434\u043e\u0431\u043d|\u0441\u0445\u043e\u0436|\u043f\u043e\u0445\u043e\u0436)\p{L}*(?:\s+(?!(?:\u0442\u0430|\u0456|\u0439|\u0438)(?![\p{L}]))[\p{Script=Cyrillic}][\p{Script=Cyrillic}-]*){0,2}/giu;
const CYRILLIC_OR = /(?<=\s)(?:\u0430\u0431\u043e|\u0438\u043b\u0438)(?=\s)/giu;
export const cyrillicOr = (text: string): string =>
  /\s(?:\u0430\u0431\u043e|\u0438\u043b\u0438)\s/iu.test(text)
    ? text.replace(CYRILLIC_OPEN_END, (m) => (['or others', 'or other', 'or any'].find((w) => w.length <= m.length) ?? m).padEnd(m.length)).replace(CYRILLIC_OR, 'or ')
    : text;
/**
 * (s62) "or" in languages the readers above do not know: Albanian "ose", Azerbaijani "v\u0259 ya" (its "v\u0259" alone is "and"),
 * Basque "edo", Hebrew "\u05d0\u05d5", Arabic "\u0623\u0648" (or "\u0627\u0648" without the hamza), each between spaces, and Thai
 * "\u0e2b\u0e23\u0e37\u0e2d", which Thai writes with no space before the next word ("\u0e2b\u0e23\u0e37\u0e2d\u0e04\u0e25\u0e32\u0e27\u0e14\u0e4c"):
 * read as the English "or", the length kept (the Thai word, four letters, as " or "). Their "and" (Albanian "dhe", Azerbaijani
 * "v\u0259", Basque "eta", Hebrew "\u05d5-", Arabic "\u0648", Thai "\u0e41\u0e25\u0e30") is left as it is.
 */
const MORE_OR = /(?<=\s)(?:ose|edo|v\u0259\s+ya|\u05d0\u05d5|\u0623\u0648|\u0627\u0648)(?=\s)/gu;
/**
 * (s62) "or similar" after an "or" (in English or read as it) in those languages and in some whose "or" was read before
 * without their word of likeness: Albanian "ose mjete t\u00eb ngjashme", Azerbaijani "v\u0259 ya ox\u015far", Basque "edo antzeko
 * tresnak", Hebrew "\u05d0\u05d5 \u05db\u05dc\u05d9\u05dd \u05d3\u05d5\u05de\u05d9\u05dd", Arabic "\u0623\u0648 \u0645\u0646\u0635\u0627\u062a
 * \u0645\u0634\u0627\u0628\u0647\u0629"/"\u0645\u0645\u0627\u062b\u0644\u0629", Thai "\u0e17\u0e35\u0e48\u0e04\u0e25\u0e49\u0e32\u0e22\u0e01\u0e31\u0e19"/"\u0e40\u0e17\u0e35\u0e22\u0e1a\u0e40\u0e17\u0e48\u0e32",
 * Bulgarian "\u0441\u0445\u043e\u0434\u043d\u0438", Macedonian and Serbian "\u0441\u043b\u0438\u0447\u043d\u0438", Galician "semellantes",
 * Filipino "katulad", Vietnamese "t\u01b0\u01a1ng t\u1ef1": the joiner and up to four words after it, none a name (no capital or
 * digit first, no "and" of these languages), one of them a word of likeness, read as "or others", the length kept; an "and"
 * of these languages right after it as "and" ("ose mjete t\u00eb ngjashme dhe Docker": Jenkins or the like, and Docker).
 */
const MORE_OPEN_END = /(?<=\s)(?:or|o|ou|ho\u1eb7c)((?:\s+(?![A-Z0-9])(?!(?:dhe|v\u0259|eta|\u0648|at|v\u00e0|e|and)(?![\p{L}\p{M}]))[^\s,;:.()/\u2013\u2014]+){1,4})(\s+(?:dhe|v\u0259|eta|\u0648|\u0e41\u0e25\u0e30|at|v\u00e0|e|i|\u0438|and)(?=\s))?/gu;
const MORE_LIKENESS = /ngjash|ox\u015far|b\u0259nz\u0259r|antzeko|\u05d3\u05d5\u05de|\u05e9\u05d5\u05d5\u05d4|\u0645\u0634\u0627\u0628\u0647|\u0645\u0645\u0627\u062b\u0644|\u0634\u0628\u064a\u0647|\u0e04\u0e25\u0e49\u0e32\u0e22|\u0e40\u0e17\u0e35\u0e22\u0e1a\u0e40\u0e17\u0e48\u0e32|\u0441\u0445\u043e\u0434\u043d|\u0441\u043b\u0438\u0447\u043d|semellante|katulad|t\u01b0\u01a1ng\s+t\u1ef1/iu;
export const moreOr = (written: string): string => {
  let text = /\s(?:ose|edo|v\u0259\s+ya|\u05d0\u05d5|\u0623\u0648|\u0627\u0648)\s/u.test(written) ? written.replace(MORE_OR, (m) => 'or'.padEnd(m.length)) : written;
  if (text.includes('\u0e2b\u0e23\u0e37\u0e2d')) text = text.replace(/\u0e2b\u0e23\u0e37\u0e2d/g, ' or ');
  if (!MORE_LIKENESS.test(text)) return text;
  return text.replace(MORE_OPEN_END, (m: string, words: string, and: string | undefined) => {
    // The likeness word must be among the words taken; the words after it, at most two.
    const at = words.search(MORE_LIKENESS);
    if (at < 0 || (words.slice(at).match(/\s+/g)?.length ?? 0) > (/t\u01b0\u01a1ng\s+t\u1ef1/iu.test(words) ? 3 : 2)) return m;
    return ((and ? ['or others and', 'or any and'] : ['or others', 'or other', 'or any']).find((w) => w.length <= m.length) ?? m).padEnd(m.length);
  });
};
/**
 * (s61) The Romanian "ori" (or) between two names ("Cuno\u0219tin\u021be de Redis ori Memcached"): a name written as one (a
 * capital, a digit or a sign) right before it, on a Romanian line (ROMANIAN_LINE). Not the "ori" of times, after a count
 * ("de multe ori", "de dou\u0103 ori", "de zeci de ori"), nor the "ori" that opens a pick ("ori Python, ori Go": the first one
 * has no name before it). Read as "or", the length kept ("or " for "ori").
 */
const ROMANIAN_LINE = /[\u0219\u015f\u021b\u0163\u0103]|(?<![\p{L}])(?:cuno\p{L}*|experien\p{L}*|sau|\u0219i|lucrat|cu|\u00een|pe)(?![\p{L}])/iu;
const ROMANIAN_ORI = /(?<=(?<![\p{L}\p{N}])[A-Z0-9][\w.+#-]*\s+)ori(?=\s+\S)/gu;
export const romanianOri = (text: string): string => (/\sori\s/.test(text) && ROMANIAN_LINE.test(text) ? text.replace(ROMANIAN_ORI, 'or ') : text);
/** (s59) The Greek "or" read as the English one, the length kept (as the Spanish "o": the letter and the space after it as "or"). */
export const greekOr = (text: string): string => {
  const greek = /(?<=\s)\u03ae (?=\S)/u.test(text);
  const latin = /(?<=\s)i (?=\S)/.test(text) && GREEKLISH_LINE.test(text);
  if (!greek && !latin) return text;
  return text.replace(latin ? /(?<=\s)(?:\u03ae|i) (?=\S)/gu : /(?<=\s)\u03ae (?=\S)/gu, 'or');
};
/**
 * (s57) A line written in Dutch: a word only Dutch has among those an ask opens or closes with ("Ervaring met", "Kennis
 * van", "is een pr\u00e9", "bij voorkeur", "vergelijkbare tools"). Its "of" is the English "or"; an English "of" never stands
 * in such a line.
 */
const DUTCH_LINE = /(?<![\p{L}])(?:ervaring|werkervaring|kennis|affiniteit|bekendheid|beheersing|vergelijkbare?|soortgelijke?|minimaal|pluspunt|gewenst|vereist|ervaren|zoals|bij voorkeur|een|het|jij|hebt|ongeacht|maakt)(?![\p{L}])/iu;
/**
 * (s61) A line written in Afrikaans, whose "of" is "or" as the Dutch one is ("Ondervinding met C# of Java", "Kennis van Azure
 * of AWS of soortgelyke platforms"): a word only Afrikaans has among those an ask opens or closes with ("ondervinding",
 * "verkieslik", "soortgelyke", "vaardighede"), or its "you" ("jy", "jou").
 */
const AFRIKAANS_LINE = /(?<![\p{L}])(?:ondervinding|werksondervinding|verkieslik|soortgelyk\p{L}*|vaardighe\p{L}*|vereistes?|jy|jou)(?![\p{L}])/iu;
/**
 * (s61) The Afrikaans "of" that is "whether" (as foreign.ts DUTCH_WHETHER): after "saak" ("dit maak nie saak of"), "nie", a
 * verb of asking or knowing, and before the clause's subject ("jy", "ons", "dit" ...): "Dit maak nie saak of jy Python of
 * Ruby gebruik nie" (the second "of" is "or"), "Ons vra nie of jy Kubernetes ken nie".
 */
const AFRIKAANS_WHETHER = /(?<=(?<![\p{L}])(?:saak|nie|vra|vra\p{L}*|weet|wonder|seker|kyk)\s+)of(?=\s+(?:jy|jou|u|ons|hulle|dit|hy|sy|daar)(?![\p{L}]))/giu;
/** (s57) The Dutch "of" (or) between spaces, on a line written in Dutch, as "or" (the length kept: "of" and "or" are two letters each). */
// (s60: not the "of" that is "whether", foreign.ts DUTCH_WHETHER: "Het maakt niet uit of je met Go of Rust werkt"; blanked.)
// (s61: and on a line written in Afrikaans, AFRIKAANS_LINE, with its "whether" blanked and its "or similar", "of soortgelyke
// gereedskap", read as "or others", the length kept; an "en" (and) after it stays.)
export const dutchOr = (text: string): string => {
  if (!/\sof\s/.test(text)) return text;
  const afrikaans = AFRIKAANS_LINE.test(text);
  if (!afrikaans && !DUTCH_LINE.test(text)) return text;
  const out = text.replace(DUTCH_WHETHER, '  ').replace(AFRIKAANS_WHETHER, '  ').replace(/(?<=\s)of(?=\s)/g, 'or');
  return afrikaans ? out.replace(AFRIKAANS_OPEN_END, (m) => (['or others', 'or other', 'or any'].find((w) => w.length <= m.length) ?? m).padEnd(m.length)) : out;
};
const AFRIKAANS_OPEN_END = /(?<=\s)or\s+soortgelyk\p{L}*(?:\s+(?!en(?![\p{L}]))\p{Ll}[\p{Ll}-]*){0,2}/giu;
/** (s49) Whether a line joins a list by "or" in English or in another language ("banca, seguros o retail"). */
export const saysOr = (text: string): boolean => /\sor\s|and\/or/i.test(plainOr(text));

/** Separators inside an enumeration. */
const SEP = /\s*(?:,\s*(?:(?:or|and\/or)\s+)?|\s(?:or|and\/or)\s+)/gi;
/** A list member: one to three words of a name (letters, digits, + # . -). */
// (s49: with the accented letters of another language, "distribui\u00e7\u00e3o".)
const MEMBER = /^[A-Za-z\u00c0-\u00ff][\w\u00c0-\u00ff+#.'’-]*(?:\s+[A-Za-z0-9\u00c0-\u00ff][\w\u00c0-\u00ff+#.'’-]*){0,2}$/;
/** Words that make a member no option of its own: open tails ("or similar"), pronouns, articles, the ask's own words. */
const NOT_A_TERM = new Set([
  'similar', 'other', 'others', 'another', 'equivalent', 'comparable', 'related', 'etc', 'any', 'anything', 'something', 'whatever',
  'whichever', 'more', 'both', 'all', 'like', 'the', 'a', 'an', 'your', 'our', 'their', 'this', 'that', 'these', 'those', 'it', 'them',
  'we', 'you', 'us', 'experience', 'background', 'knowledge', 'skills', 'skill', 'expertise', 'familiarity', 'understanding', 'ability',
  'preferred', 'required', 'plus', 'bonus', 'ideally', 'preferably', 'equivalents', 'alternatives', 'alternative', 'tools', 'tool',
  'languages', 'language', 'frameworks', 'framework', 'platforms', 'platform', 'technologies', 'technology', 'stack', 'stacks',
  'is', 'are', 'be', 'was', 'will', 'would', 'can', 'have', 'has', 'had', 'do', 'does', 'did', 'to', 'of', 'in', 'with', 'for', 'on', 'at', 'by', 'from', 'and', 'or', 'not', 'no',
  'nor', 'yes', 'e.g', 'e.g.', 'i.e', 'i.e.', 'eg', 'ie', 'such', 'as', 'including', 'example', 'examples', 'one', 'two', 'three', 'some',
  'lot', 'lots', 'each', 'every', 'either', 'neither', 'own', 'best', 'favorite', 'favourite', 'choice', 'pick', 'preference',
  'native', 'modern', 'relevant', 'general', 'various', 'different', 'new', 'strong', 'solid', 'deep', 'good', 'great', 'hands-on',
  // A comparative that widens the member before it, no option of its own: "(Associate level or above)", "Java 17 or later".
  'above', 'higher', 'later', 'newer', 'better', 'greater', 'beyond', 'upwards', 'up',
  // Made by the team itself, no product to name: "(Feast, Tecton or home-grown)".
  'home-grown', 'homegrown', 'in-house', 'inhouse', 'custom', 'bespoke', 'internal', 'proprietary', 'self-built', 'own-built',
  // An open end in another language: "o simili", "ou similares", "o parecidos", "oder \u00e4hnliche", "ou \u00e9quivalent".
  'simili', 'simile', 'similares', 'semelhante', 'semelhantes', 'parecido', 'parecidos', 'parecida', 'parecidas', 'equivalente', 'equivalentes',
  'equivalenti', 'similaire', 'similaires', '\u00e9quivalent', '\u00e9quivalents', '\u00e4hnliche', '\u00e4hnliches', '\u00e4hnlichen', 'vergleichbare',
  'altri', 'altre', 'outros', 'outras', 'otros', 'otras', 'autres',
  // (s57) Dutch: "of vergelijkbare tools", "of soortgelijke".
  'vergelijkbare', 'vergelijkbaar', 'soortgelijke', 'soortgelijk', 'gelijkwaardige',
]);
/** (s52) A last member that is an open end naming a kind: "similar UI tooling", "another billing API", "any other CI server". */
const OPEN_END_KIND = /^\s*(?:(?:an?|any|some)\s+)?(?:similar|other|another|comparable|equivalent)\s+[A-Za-z][\w-]*/i;
/** A member made by the team itself: "a home-grown workflow engine", "our in-house scheduler", "a custom one". */
const OWN_MADE = /^\s*(?:(?:an?|our|your|some)\s+)?(?:home-?grown|in-?house|custom(?:-built)?|bespoke|self-built|own-built|internal)\b/i;
/** A lone word that qualifies rather than names ("native", "agile", "numerous", "scalable"): no option by itself. */
const QUALIFIER = /^[a-z]+(?:ive|ous|ful|able|ible)$/;
/** A clause about people or things, not a name: "designers that code". */
const RELATIVE = /\b(?:that|who|whom|whose|which)\b/i;
/** (s61) A member that opens with an edition's number: "v3", "v3 Foundation", "version 2", "2011", "3.12". */
const EDITION_MEMBER = /^(?:v\d+(?:\.\d+)*|(?:version|ver\.?|rev\.?)\s*\d+(?:\.\d+)*|\d+(?:\.\d+)*)(?![\w.+#])/i;
/** A member of a longer list: one or two words. */
const SHORT = /^\S+(?:\s+\S+)?$/;
/** A word that tells or qualifies ("regulated", "quickly") rather than names. */
const VERB_FORM = /\b[a-z]+(?:ed|ly)\b/;
/** A member of a pair: written as a name (a capital inside the sentence, CamelCase, an acronym, a digit or a sign). */
const NAME_LIKE = /^(?:[A-Z][\w+#.-]*|[a-z]+[A-Z][\w+#.-]*|[\w-]*[0-9+#][\w+#.-]*)(?:\s+[A-Z0-9][\w+#.-]*)?$/;
/** Before the first member: what leads into the list ("experience in ", "background with ", "such as ", ": ", "(think "). */
// (Or "via", "using", and the lead-in words of other languages: "con", "com", "come", "como", "tipo", "de", "mit", "avec", "wie", "comme", "zoals";
// s49: Italian "nel", "nella", "nei" and a sector's noun, "nel settore bancario, ...", "sectores como banca, ...".)
// (s58: or a verb of the work that opens the line, in its -ing form, before the first member: "Writing InfluxQL or PromQL",
// "Operating Pulsar or Kafka". Only these verbs: "Marketing analytics or CRM data", "Streaming or batch" open with members.)
// (s59: or "plus" after a skill asked beside the pick: "Svelte plus SvelteKit or Elder", the pick after it.)
const LEAD = /^(?:.*(?:\b(?:in|with|of|on|at|for|like|including|as|across|think|via|using|plus|e\.g\.?|i\.e\.?|eg|ie|con|com|come|como|tipo|de|em|en|di|mit|avec|wie|comme|zoals|met|nel|nella|nei|negli|nelle|settore|settori|sectores|ambito)|[:(—–]|\s-)|\s*(?:writing|running|operating|maintaining|administering|deploying|debugging|tuning|querying|scaling|migrating|configuring|shipping|owning)(?=\s+\S))\s+/i;
/** After the last member: what the sentence goes on to say ("is a plus", " experience", ")", "."), or that it will do as well ("fine too", "also ok", "works too", "counts"). */
// (A bracket after the last member says more of it, "lending (card issuing is a plus)"; so does "and" in any language after
// it, the next ask's start: "Flowable sowie BPMN 2.0", "Dolibarr y conocimientos contables".)
// (s57: so does the noun of whom one served after the last member, every member's: "insurance, banking or pension clients".)
const TAIL = /^(\S+(?:\s+\S+){0,2}?)(?=\s+(?:is|are|would|will|at|in|on|for|with|to|from|as|across|within|by|experience|background|knowledge|skills?|expertise|a plus|preferred|required|needed|welcome|helps?|fine|ok|okay|acceptable|works?|counts?|also|too|equally|just as|industr(?:y|ies)|domains?|sectors?|spaces?|clients|customers|companies|businesses|firms|organi[sz]ations|and|sowie|und|et|y|en|plus)\b|\s*[.;:,)!?—–(]|\s+-\s|$)/i;

/**
 * The groups of one sentence with the members of its "or" lists that are no skill added as term options, where the
 * list's named skills are all in one group (a choice the rules read, or one skill whose list they could not read as a
 * choice for want of a second name). Lists joined by "and" are left as they are, and so is a list whose named skills
 * the rules put in several groups: they judged it is no choice.
 */
export function withTerms(written: string, groups: string[][], findSkills: FindSkills, isField?: (id: string) => boolean): string[][] {
  const text = plainOr(written);
  const slashed = isField && SLASH_LIST.test(text) ? slashTerms(text, groups, findSkills, isField) : groups;
  // (The skills are looked up again only for a sentence with an "or" or a pick cue: most items have neither.)
  const pick = PICK_OF.exec(text) ?? PICK_LEAD.exec(text);
  const bracket = text.includes('(') && text.includes(',');
  if (!/\sor\s|,\s*or\b|and\/or/i.test(text) && !pick && !bracket && !(isField && /:\s*\S[^,]*,/.test(text)) && !(isField && SLASH_NAMES.test(text))) return slashed;
  const hits = findSkills(text);
  const out = slashed.map((g) => [...g]);
  if (isField) aliasTerms(text, hits, out, isField, pick !== null);
  if (pick) cueTerms(text, pick, hits, out);
  if (bracket) bracketTerms(text, hits, out, isField);
  if (text.includes('/') && text.includes('(')) kindSlashTerms(text, hits, out);
  if (isField) kindNames(text, hits, out, isField);
  domainPairTerms(text, hits, out);
  for (const clause of clauses(text)) {
    if (!/\sor\s|and\/or/i.test(clause.text) || /\band\s+(?!\/)/i.test(listPart(clause.text))) continue;
    const parts = splitList(clause.text);
    // "CI for mobile, e.g. Bitrise or Fastlane": the comma before the examples' cue ends the lead-in, no member of its own;
    // the list starts at the cue.
    // (The cue right before a member of a word or three: not "…, including senior responsibility for platform, …".)
    const cueAt = parts.findIndex((p, k) => {
      const cue = k > 0 && k < parts.length - 1 ? EXAMPLES_LEAD.exec(p.text) : null;
      return cue !== null && cue[0].trim() !== '' && /^\S+(?:\s+\S+){0,2}\s*$/.test(p.text.slice(cue[0].length));
    });
    if (cueAt > 0) parts.splice(0, cueAt);
    // "Sharp, driven people with a background in either data science or actuarial work": the commas before the words that
    // lead into the list ("in", "with", "either") are the sentence's, not the list's; it starts at the last part that holds them.
    const leadAt = cueAt > 0 ? -1 : lastLeadPart(parts);
    if (leadAt > 0) {
      const p = parts[leadAt]!;
      const from = p.text.search(LIST_LEAD);
      parts.splice(0, leadAt + 1, { text: p.text.slice(from), start: p.start + from });
    }
    if (parts.length < 2) continue;
    // "A degree in physics or chemistry, or 5 years of lab work": a degree's fields of study are no options (the degree reads them).
    if (DEGREE_OF.test(parts[0]!.text)) continue;
    // "… in the browser without the need for downloads, plugins, or native apps": what a negation governs is no option.
    if (NEGATED_FIRST.test(parts[0]!.text)) continue;
    // "OpenTelemetry and Jaeger or Tempo": the list starts after the first part's last "and".
    // (Only where what follows the "and" is a member, a name of a word or three.)
    const and = /^.*\s(?:and|&)\s+(?=\S+(?:\s+\S+){0,2}\s*$)/i.exec(parts[0]!.text);
    if (and) parts[0] = { text: parts[0]!.text.slice(and[0].length), start: parts[0]!.start + and[0].length };
    // "CI for mobile (e.g. Bitrise or Fastlane)": the list starts after the bracket or the examples' cue before its first member
    // (the field before it is no member).
    // (s49: not a bracket of versions after the member, "FIX (4.2/4.4) or ITCH".)
    const opens = /^.*(?:\((?!\s*v?\d+(?:\.(?:\d+|x))*\+?\s*(?:[/,)]|\bor\b))\s*(?:(?:e\.\s?g\.?|i\.\s?e\.?|such as|like|including|for example)\s*,?\s*)?|\b(?:e\.\s?g\.?|i\.\s?e\.?|such as|including)\s*,?\s*)(?=\S+(?:\s+\S+){0,2}\s*$)/i.exec(parts[0]!.text);
    if (opens) parts[0] = { text: parts[0]!.text.slice(opens[0].length), start: parts[0]!.start + opens[0].length };
    const listFrom = clause.start + (and || cueAt > 0 || opens || leadAt > 0 ? parts[0]!.start : 0);
    // (s50) "at a bank, an insurer or a fintech", "a hospital, a clinic or a pharmacy": where every member after the first
    // has an article of its own, the article is no part of a member's words (a kind of employer each), as the first's isn't.
    // (Not before an open end's words: "a bank or a similar lender" keeps its kind.)
    const articled = parts.length >= 2 && parts.slice(1).every((p) => /^\s*(?:an?|the)\s+[a-z]/i.test(p.text) && !NOT_A_TERM.has(/^\s*(?:an?|the)\s+([\w-]+)/i.exec(p.text)![1]!.toLowerCase()));
    const own = (p: { text: string }, k: number) => (k > 0 && articled ? p.text.replace(/^\s*(?:an?|the)\s+/i, '') : p.text);
    // "Temporal, Conductor or a home-grown workflow engine": a last member the team made itself names the kind the options
    // are of, no option the resume could name; a skill in its words (the kind's) is no member of the list.
    // (s52) So does an open end of three members or more, "Storybook, Ladle or similar UI tooling", "Stripe, Paddle or another
    // billing API": the words after "similar"/"another" name the kind of the options, and a skill in them is no member.
    const ownLast = parts.length >= 2 && (OWN_MADE.test(parts[parts.length - 1]!.text) || (parts.length >= 3 && OPEN_END_KIND.test(parts[parts.length - 1]!.text))) ? clause.start + parts[parts.length - 1]!.start : Infinity;
    const inList = hits.filter((h) => h.start >= listFrom && h.end <= clause.start + clause.text.length && h.start < ownLast);
    if (!inList.length) continue;
    // (A skill the rules left out of every group is none here: "API" in "Twilio or another messaging API" is the kind's
    // head noun, broader than the kind.)
    // The members run from the end of the first part's lead-in to the last member's own words: a skill named before them
    // ("Built robot perception with Isaac ROS, Open3D, or PCL") or after them ("Temporal, Inngest or Hatchet for durable
    // workflows") says what the list is for, no member of it, and its group is no sign that the list is no choice.
    const last = parts[parts.length - 1]!;
    const lastWords = TAIL.exec(last.text.trim())?.[1];
    const tailFrom = lastWords !== undefined ? clause.start + last.start + last.text.indexOf(lastWords) + lastWords.length : clause.start + clause.text.length;
    const leadTo = clause.start + parts[0]!.start + (LEAD.exec(parts[0]!.text)?.[0].length ?? 0);
    const homed = (among: typeof inList) => [...new Set(among.filter((h) => out.some((g) => g.includes(h.skillId))).map((h) => h.skillId))];
    const homesOf = (among: string[]) => new Set(among.map((id) => out.findIndex((g) => g.includes(id))));
    let ids = homed(inList);
    if (!ids.length) continue;
    let homes = homesOf(ids);
    // (Read so only where the whole stretch gave no one home: a greedy lead-in may hold a member, "Kafka in production or …".)
    if (homes.size !== 1) {
      const members = homed(inList.filter((h) => h.end > leadTo && h.start < tailFrom));
      if (members.length) {
        ids = members;
        homes = homesOf(ids);
      }
    }
    if (homes.size !== 1 || homes.has(-1)) continue;
    const home = out[[...homes][0]!]!;
    const terms: string[] = [];
    const replaced: string[] = [];
    let bad = false;
    // "platform, infrastructure, or DevOps engineering": the last member's noun is every member's ("platform engineering").
    const head = SHARED_HEAD.exec(parts[parts.length - 1]!.text)?.[1];
    // "data engineering or analytics", "cloud modernization or migration": the first member's modifier is every member's
    // ("data analytics", "cloud migration"), where the first member is a skill of two words or more that ends its part.
    const p0 = parts[0]!;
    const firstHit = inList.find((h) => h.end <= clause.start + p0.start + p0.text.length && /^\s*$/.test(text.slice(h.end, clause.start + p0.start + p0.text.length)));
    const modifier = firstHit ? /^(.+?)\s+\S+$/.exec(text.slice(firstHit.start, firstHit.end))?.[1] : undefined;
    for (const [k, p] of parts.entries()) {
      // (The first part's lead-in may name a skill, the field its members are of: "CI for mobile (think Bitrise".)
      const at = clause.start + p.start + (k === 0 ? LEAD.exec(p.text)?.[0].length ?? 0 : 0);
      const inPart = inList.filter((h) => h.start < Math.min(clause.start + p.start + p.text.length, k === parts.length - 1 ? tailFrom : Infinity) && h.end > at);
      // "Twilio or another messaging API": the last member names a kind the named one is of, in words; any of that kind will do.
      const kind = k === parts.length - 1 && k === 1 ? OTHER_OF_KIND.exec(p.text) : null;
      if (kind && inPart.every((h) => !out.some((g) => g.includes(h.skillId)))) {
        terms.push(`${TERM}${kind[1]}`);
        continue;
      }
      // "Vercel, Netlify or Cloudflare Pages", "ABAP or SAP BTP": a skill's name, then a product's own word the taxonomy does
      // not know (a capital, not a role's or an ask's), names that product; it is the option, in words, in the skill's place.
      // (Not a field's name, nor a skill the line names elsewhere: "REST APIs (Postman, REST Harness or similar)".)
      if (inPart.length === 1 && parts.length >= 2) {
        const h = inPart[0]!;
        const named = text.slice(h.start, h.end);
        const words = memberOf(p.text, k === 0, k === parts.length - 1);
        const product = words?.startsWith(`${named} `) ? words.slice(named.length + 1) : undefined;
        if (product && /^[A-Z][\w+#.-]*$/.test(product) && !PRODUCT_NOT.test(product) && hits.filter((x) => x.skillId === h.skillId).length === 1 && isField?.(h.skillId) !== true && !findSkills(words!).some((x) => x.start === 0 && x.end === words!.length)) {
          terms.push(`${TERM}${words}`);
          replaced.push(h.skillId);
          continue;
        }
      }
      // (s50) "a hotel chain", "an energy retailer" among kinds of employer each with its article: an industry's word read
      // inside a member of more words leaves the member's words an option beside the industry.
      if (articled && inPart.length === 1 && k > 0) {
        const h = inPart[0]!;
        const words = memberOf(own(p, k), false, k === parts.length - 1);
        const named = text.slice(h.start, h.end);
        if (words && /^[a-z]/.test(named) && words.length > named.length && ` ${words} `.includes(` ${named} `) && INDUSTRY_WORDS.some((i) => i.id === h.skillId) && WORDS_MEMBER.test(words)) {
          terms.push(`${TERM}${words}`);
          continue;
        }
      }
      if (inPart.length) continue;
      const bare = (k === 0 ? p.text.trim().replace(LEAD, '') : own(p, k).trim()).trim();
      const word = k > 0 && modifier ? /^([a-z][a-z-]{2,})\b/.exec(bare)?.[1] : undefined;
      if (word && !NOT_A_TERM.has(word)) {
        const phrase = `${modifier} ${word}`;
        const whole = findSkills(phrase).find((h) => h.start === 0 && h.end === phrase.length);
        if (whole && !home.includes(whole.skillId)) {
          terms.push(whole.skillId);
          continue;
        }
      }
      // (The article of a role's first member is no part of it: "as a platform, DevOps or SRE engineer".)
      // (s56: nor are the words that qualify the person before the first member, "a seasoned data or ML engineer": the
      // member is the last word of the first part, a field's word in lowercase, where the head is a role's noun.)
      const role = /^(?:engineer|developer)$/i.test(head ?? '');
      const qualified = role && k === 0 ? /(?:^|\s)(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,2}([a-z][\w+#-]*)$/i.exec(bare)?.[1] : undefined;
      const noun = qualified ?? (role ? bare.replace(/^(?:an?|the)\s+/i, '') : bare);
      if (head && k < parts.length - 1 && /^[A-Za-z][\w+#-]*$/.test(noun)) {
        const whole = findSkills(`${noun} ${head}`).find((h) => h.start === 0 && h.end === noun.length + 1 + head.length);
        if (whole) {
          terms.push(whole.skillId);
          continue;
        }
      }
      let words = memberOf(own(p, k), k === 0, k === parts.length - 1);
      // "DevOps or infrastructure roles": the roles' noun the pair shares is no part of the last member's field.
      if (words && k === parts.length - 1 && head && /^(?:roles?|positions?)$/i.test(head)) words = words.replace(/\s+(?:roles?|positions?)$/i, '');
      // A list of three or more holds short names of one kind; a pair ("Go or Zig"), a name written as one, or a field in
      // one lowercase word beside a named field ("Demand forecasting or pricing experience", "DevOps or infrastructure roles").
      // (A capital at the clause's start is no sign of a name: "Entrepreneurial or other leadership experience".)
      const opening = k === 0 && words !== null && !opens && cueAt <= 0 && p.text.trimStart().startsWith(words);
      // (The named member is a field by the taxonomy, or written in lowercase words: "Demand forecasting", not "Python".)
      // (Not a word that goes on to say what the person would do, "or eagerness to learn", nor beside an industry, which the
      // industry rules read: "E-commerce or marketplace experience".)
      const fieldWord =
        words !== null && parts.length === 2 && (FIELD_WORD.test(words) || practicePair(words, inList.map((h) => text.slice(h.start, h.end)))) && !NOT_FIELD.test(words) && ids.length === 1 &&
        // (The first member too, right after the words of an ask: "Experience in consulting or solutions architecture".)
        (k === 1 ? FIELD_AFTER.test(p.text.trim().slice(words.length)) : ASK_LEAD.test(p.text.slice(0, p.text.lastIndexOf(words)))) &&
        !inList.some((h) => INDUSTRY_NAME.test(text.slice(h.start, h.end))) &&
        (isField?.(ids[0]!) === true || inList.every((h) => /^(?:[a-z][a-z-]*|[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*)+)$/.test(text.slice(h.start, h.end))));
      // (Yet a capitalised word first in a pair whose other member is written as a product is written ("Sigfox or LoRaWAN",
      // "Tyk or AWS"), an inner capital or an acronym, is a product's name too.)
      const productBeside =
        opening && parts.length === 2 && /^[A-Z][a-z0-9]+$/.test(words!) && !/(?:al|ic|ive|ous|ful|ble|ant|ent|ary|ed|ly|ing|ship)$/.test(words!) && !NOT_FIELD.test(words!) &&
        inList.some((h) => /^\s*$/.test(text.slice(clause.start + parts[1]!.start, h.start)) && /[a-z][A-Z]|^[A-Z0-9+#.]{2,}$/.test(text.slice(h.start, h.end)));
      // (s61) "ITIL 4 or v3 Foundation", "Python 3.11 or 3.12": a member that opens with an edition's number is the thing before
      // it in another edition, no option of its own.
      if (words && k > 0 && EDITION_MEMBER.test(words)) continue;
      if (words && (parts.length >= 3 ? SHORT.test(words) && !VERB_FORM.test(words) : fieldWord || (NAME_LIKE.test(words) && !(opening && !productBeside && !/^[A-Z0-9+#.-]+$|[a-z][A-Z]/.test(words))))) terms.push(`${TERM}${words}`);
      // An inner member that is no option ("you've built …"), or any that says who ("PMs that …"), means the commas list no options.
      else if ((k > 0 && k < parts.length - 1) || RELATIVE.test(p.text)) bad = true;
    }
    if (bad) continue;
    // Two named skills or more already make the choice; one with at least one word option, or none with two, makes it now.
    if (terms.length === 0 || terms.length + ids.length < 2) continue;
    for (const id of replaced) home.splice(home.indexOf(id), 1);
    for (const t of terms) if (!home.some((x) => x.toLowerCase() === t.toLowerCase())) home.push(t);
  }
  return orWorkedAt(text, hits, out);
}

/** (s57) A noun of data or of the systems that carry it, that two domains before it share: "data", "datasets", "pipelines". */
const DOMAIN_HEAD = String.raw`(?:data|datasets?|data\s+sets?|systems|pipelines|imagery|images|models|sensors|signals|feeds|networks|workflows|records|maps|simulations?)`;
const HEAD_NEXT = new RegExp(String.raw`^\s+${DOMAIN_HEAD}\b`, 'i');
const HEAD_ENDS = new RegExp(String.raw`\s${DOMAIN_HEAD}$`, 'i');
const WORD_OR_BEFORE = /(?:^|[\s(])(?:with|in|on|of|to|across|around|using|handling|processing)\s+([a-z][a-z-]{3,})\s+or\s+$/i;
const OR_WORD_HEAD = new RegExp(String.raw`^\s+or\s+([a-z][a-z-]{2,})\s+${DOMAIN_HEAD}(?=\s*(?:$|[.,;:)!?]|\s+(?:for|in|at|with|and|is|are|from|at|experience|background|a plus)\b))`, 'i');
/** A word that says how big, old or open the thing is, not its domain: "legacy or SAP systems", "large or Spark pipelines". */
const NOT_DOMAIN = /^(?:legacy|large|larger|complex|critical|existing|production|real|big|small|high|low|modern|older|newer|open|closed|public|private|shared|external|core|raw|messy|live|clean|noisy|sensitive|personal|batch|many|multiple|several)$/i;

/**
 * (s57) "Experience with seismic or geospatial data", "Comfortable with LiDAR or sonar pipelines": two domains, one a skill
 * the taxonomy knows and one a word it does not, that share the noun after the second (data, datasets, pipelines, systems):
 * the word is an option beside the skill (as "weather" in "weather or geospatial data"), though it is an adjective
 * ("seismic") or the second member after a named skill ("sonar"). Only where the skill stands in a group of its own; not a
 * word that says how big or old the thing is ("legacy or SAP systems"), nor one the matcher reads.
 */
function domainPairTerms(text: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][]): void {
  for (const h of hits) {
    const g = out.find((x) => x.includes(h.skillId));
    if (!g || g.length !== 1) continue;
    const headed = HEAD_NEXT.test(text.slice(h.end)) || HEAD_ENDS.test(text.slice(h.start, h.end));
    const before = headed ? WORD_OR_BEFORE.exec(text.slice(0, h.start)) : null;
    // (The second member in words only after a skill written as a name, "LiDAR", "SCADA": not after a field's words, "data
    // intensive or backend systems".)
    // (A name of one word with two capitals or more, as acronyms and products are written; not a sentence's first capital,
    // "Machine learning or graphical models". And the word no adjective: "graphical" there says what kind of model.)
    const after = before || !/^[^\s]*[A-Z][^\s]*[A-Z][^\s]*$/.test(text.slice(h.start, h.end)) ? null : OR_WORD_HEAD.exec(text.slice(h.end));
    if (after && /(?:al|ic|ive|ous|ful|ble|ant|ent|ary|ed|ly)$/.test(after[1]!)) continue;
    const word = before?.[1] ?? after?.[1];
    if (!word || NOT_A_TERM.has(word.toLowerCase()) || NOT_DOMAIN.test(word) || QUALIFIER.test(word) || VERB_FORM.test(word)) continue;
    const at = before ? before.index + before[0].lastIndexOf(word) : h.end + after!.index + after![0].indexOf(word);
    if (hits.some((x) => x !== h && x.start < at + word.length && x.end > at)) continue;
    g.push(`${TERM}${word}`);
  }
}

/**
 * (s49) The fields of an ask, then "or" and where one worked instead: "Experience in proptech/construction tech or worked for
 * a general contractor", "A job in insurance or at a bank". The fields (slashes or commas, no "and") and the place after the
 * "or" (a word to three in lowercase, with "worked"/"been" or an article) are one pick.
 */
const WORKED_AT_INSTEAD = /\b(?:in|within|with|at)\s+((?:[\w+#.-]+(?:\s+[\w+#.-]+){0,2}\s*(?:\/|,)\s*)*[\w+#.-]+(?:\s+[\w+#.-]+){0,2})\s*,?\s+or\s+(?:(?:have\s+|has\s+)?(?:worked|been|served)\s+(?:at|for|in|with)\s+(?:(?:an?|the)\s+)?|(?:at|for|in|with)\s+(?:an?|the)\s+)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*[.;!]?\s*$/i;
function orWorkedAt(text: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][]): string[][] {
  const m = WORKED_AT_INSTEAD.exec(text);
  if (!m || /\band\b/i.test(m[1]!) || COLLEAGUES.test(m[2]!) || NOT_A_TERM.has(m[2]!.toLowerCase())) return out;
  const from = m.index + m[0].indexOf(m[1]!);
  const ids: string[] = [];
  const terms: string[] = [];
  let at = from;
  for (const member of m[1]!.split(/\s*[/,]\s*/)) {
    const start = text.indexOf(member, at);
    at = start + member.length;
    const inMember = hits.filter((h) => h.start >= start && h.end <= start + member.length);
    if (inMember.length) ids.push(...inMember.map((h) => h.skillId));
    else if (/^[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}$/i.test(member) && !member.toLowerCase().split(/\s+/).some((w) => NOT_A_TERM.has(w))) terms.push(`${TERM}${member}`);
    else return out;
  }
  if (!ids.length && !terms.length) return out;
  const merged = [...new Set([...ids, ...terms, `${TERM}${m[2]!.replace(/^(?:an?|the)\s+/i, '')}`])];
  const kept = out.filter((g) => !g.some((id) => ids.includes(id)));
  const held = out.filter((g) => g.some((id) => ids.includes(id))).flat();
  return [...kept, [...new Set([...held, ...merged])]];
}

/**
 * A word after a skill's name that is no product of it: a role, an ask, a level ("Python Developer", "AWS Certified"), or
 * an edition or form of the same product ("Tableau Server", "Power BI Desktop", "Jira Cloud", "GitLab Enterprise").
 */
const PRODUCT_NOT = /^(?:Desktop|Server|Cloud|Enterprise|Studio|Pro|Premium|Community|Edition|Online|Core|Suite|Standard|Professional|Plus|Lite|Mobile|Web|SaaS|Hub|Self-Hosted|Managed|OSS|CE|EE|LTS|Native|Developers?|Engineers?|Engineering|Architects?|Admins?|Administrators?|Experts?|Experience|Expertise|Skills?|Knowledge|Certified|Certifications?|Certificates?|Required|Preferred|Background|Basics|Fundamentals|Ecosystem|Stack|Teams?|Projects?|Environments?|Platforms?|Services?|Tools?|Tooling|Development|Programming|Code|Scripts?|Scripting|Apps?|Applications?|APIs?|SDKs?|Frameworks?)$/;

/** What leads into a choice of fields in words: "background in ", "experience with ", "expertise in the ". */
// (Or where one worked: "experience at an asset manager, …".)
const ASK_LEAD = /\b(?:experience|background|expertise|knowledge|familiarity|exposure|grounding)\s+(?:in|with|of|on|across|at)\s+(?:(?:the|an?)\s+)?$/i;
/**
 * (s49) The same in Italian, Spanish, Portuguese or French: the ask's noun, then a few words that lead into the list ("Esperienza
 * nel settore ", "Experiencia previa en sectores como ", "Experi\u00eancia em ", "Exp\u00e9rience dans le secteur ").
 */
// (The line may reach here with its words of asking made English, lib/requirements/foreign.ts: "Experience  previa in ". And in
// English the noun, a word or two of the work, then where: "Experience selling into ", "Background working with ".)
const FOREIGN_ASK_LEAD = /\b(?:esperienza|esperienze|experiencia|experi\u00eancia|exp\u00e9rience|conoscenza|conocimientos?|conhecimentos?|experience|background)(?:\s+[a-z\u00e0-\u00fc-]+){0,3}\s+(?:in|into|to|for|with|nel|nella|nei|negli|nelle|en|em|no|na|nos|nas|dans|con|com|settore|settori|sector|sectores|secteur|ambito|como|come|tipo)\s+$/i;
/** What follows such a choice instead: the noun of the ask ("Market research or audience analytics experience"). */
const ASK_TAIL = /^\s+(?:experience|background|expertise|knowledge)\b/i;
/** A member that names where, with whom or at what stage one worked, not a field: "startups or agencies", "B2B or consumer products". */
const NOT_FIELD = /\b(?:compan(?:y|ies)|startups?|scale-?ups?|teams?|environments?|organi[sz]ations?|settings?|firms?|agenc(?:y|ies)|roles?|positions?|jobs?|titles?|products?|customers?|clients?|users?|people|projects?|places?|businesses|enterprises?|industr(?:y|ies)|sectors?|spaces?|domains?|contexts?|levels?|stages?|years?|months?|capacity|way|ways|time)\b/i;
/** Whether words name where, with whom or at what stage one worked rather than a field ("startups", "agencies"). */
export const notField = (words: string): boolean => NOT_FIELD.test(words);
/** (s49) A member in lowercase words with the accented letters of another language: "distribui\u00e7\u00e3o", "hosteler\u00eda". */
const ACCENTED_MEMBER = /^[a-z\u00df-\u00ff][a-z\u00df-\u00ff-]+(?:\s+[a-z\u00df-\u00ff][a-z\u00df-\u00ff-]+){0,2}$/;
/** (s49) The people one works beside or reports to, no field nor market: "working with engineers, designers or researchers". */
// (Written as a plural, a kind of people: not "an asset manager", a kind of firm.)
const COLLEAGUES = /^(?:[a-z-]+\s+)?(?:engineers|developers|designers|researchers|scientists|analysts|founders|executives|stakeholders|managers|leaders|leadership|investors|boards|peers|teammates|colleagues|recruiters|students|interns|mentors|reports)$/i;
/** A member of a choice in words alone: one to three lowercase words (the first may open the sentence with a capital). */
const WORDS_MEMBER = /^[A-Za-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}$/;

/** (s50) The ask's words, a noun of where one worked, then an examples' cue and an article: "Experience in a fast-paced environment such as a ". */
const KINDS_CUE = /\b(?:experience|background|worked|working)\b[^.;:()]{0,60}\b(?:environments?|compan(?:y|ies)|organi[sz]ations?|settings?|businesses|firms?|places?)\s*,?\s+(?:such as|like|e\.g\.,?|for example,?|including)\s+(?:an?|the)\s+$/i;
/**
 * A choice of fields the taxonomy knows none of, in a line that names no skill: "Domain background in market research
 * or audience analytics is a plus". Read only right after the words of an ask ("background in", "experience with") or
 * right before its noun ("… or audience analytics experience"), two to four members, each a field in one to three
 * lowercase words, one at least of two words or more (not where, with whom or how one worked: "startups or agencies");
 * the options are the words, met by a
 * resume that names them. Null when the line holds no such choice.
 */
export function termsAlone(written: string): string[] | null {
  // (s49: "o", "ou", "oppure" of another language join the list as "or" does.)
  const text = plainOr(written);
  for (const clause of clauses(text)) {
    // ("Expertise in phylogenetics and/or viral evolution": "and/or" offers the members as "or" does.)
    if (!/\sor\s|and\/or/i.test(clause.text) || /\band\s+(?!\/)/i.test(listPart(clause.text))) continue;
    // ("an asset manager, a broker-dealer or a hedge fund": each member's article is no part of its words.)
    const listed = splitList(clause.text);
    // (s50) "such as a marketplace, a neobroker or a payments company": every member with an article of its own names a kind
    // of employer, where one worked; such a kind is an option here, whatever its noun, where words say which ("a payments
    // company", "a travel agency"; not "a startup or an agency" alone, where or with whom one worked).
    const articled = listed.length >= 2 && /\b(?:an?|the)\s+\S+(?:\s+\S+){0,2}\s*$/i.test(listed[0]!.text) && listed.slice(1).every((p) => /^\s*(?:an?|the)\s+[a-z]/i.test(p.text));
    const parts = listed.map((p, k) => (k > 0 ? { ...p, text: p.text.replace(/^\s*(?:an?|the)\s+(?=\S)/i, '') } : p));
    if (parts.length < 2 || parts.length > 4) continue;
    if (DEGREE_OF.test(parts[0]!.text) || NEGATED_FIRST.test(parts[0]!.text.replace(/\S+\s*$/, ''))) continue;
    const members = parts.map((p, k) => memberOf(p.text, k === 0, k === parts.length - 1));
    // (s49) "Experience selling into hospitals", "Experience  previa in aseguradoras": where the lead-in words of the first
    // part are no LEAD's, its member is the last word or two after words of asking that end where the list starts.
    const lastWords = /^(.*\s)(\S+(?:\s+\S+)?)\s*$/.exec(parts[0]!.text.trimEnd());
    if (lastWords && !ASK_LEAD.test(parts[0]!.text.trimEnd().slice(0, parts[0]!.text.trimEnd().length - (members[0]?.length ?? 0))) && FOREIGN_ASK_LEAD.test(lastWords[1]!.replace(/(?:an?|the)\s+$/i, '')))
      members[0] = memberOf(lastWords[2]!, false, parts.length === 1);
    if (members.some((w) => w === null || !(WORDS_MEMBER.test(w) || ACCENTED_MEMBER.test(w)) || (NOT_FIELD.test(w) && !(articled && /\s/.test(w))) || COLLEAGUES.test(w) || VERB_FORM.test(w) || w.split(/\s+/).some((x) => QUALIFIER.test(x)))) continue;
    const words = members as string[];
    const first = parts[0]!.text.trimEnd();
    const lead = first.slice(0, first.length - words[0]!.length);
    // (Words of one word each are as often kinds of product or market as fields: "social, marketplace, or community
    // experience"; right after the words of an ask they are what it is in: "Experience in edtech or nonprofits". A list
    // that names an industry the taxonomy knows is the industry rules' to read: "healthcare, pharma, or biotech".)
    // (s50: or, for kinds of employer each with its article, the examples' cue after the ask's words and a noun of where:
    // "Experience in a high-growth environment such as a marketplace, …".)
    const asked = ASK_LEAD.test(lead) || FOREIGN_ASK_LEAD.test(lead) || (articled && KINDS_CUE.test(lead));
    // (s49: after the words of asking of another language, or of selling to, an industry's word is one member like the others:
    // "nel settore telecomunicazioni, editoria o moda"; the industry rules add the industry to the pick.)
    const foreign = !ASK_LEAD.test(lead) && FOREIGN_ASK_LEAD.test(lead);
    if (words.every((w) => !/\s/.test(w)) && !(asked && words.every((w) => (FIELD_WORD.test(w) || (foreign && ACCENTED_MEMBER.test(w) && w.length > 3)) && (foreign || !INDUSTRY_WORDS.some((i) => i.words.test(w)))))) continue;
    // (A capital is no sign of a name only where the member opens the line: "Market research or …".)
    if (/^[A-Z]/.test(words[0]!) && lead.trim()) continue;
    const rest = parts[parts.length - 1]!.text.trim().slice(words[words.length - 1]!.length);
    if (!asked && !(lead.trim() === '' && ASK_TAIL.test(rest))) continue;
    return words.map((w) => `${TERM}${/^[A-Z][a-z]/.test(w) ? w[0]!.toLowerCase() + w.slice(1) : w}`);
  }
  return null;
}

/**
 * (s51) Pieces of work offered as a pick, each led by a verb of its own, none a skill the taxonomy knows: "Experience
 * negotiating carrier contracts or managing freight tenders", "... scheduling crew rosters, planning maintenance windows or
 * running depot audits". Read only right after the words of an ask (ASK_WORK), two to four members joined by commas and a
 * last "or", each a verb's "-ing" form and its object, one to three lowercase words: the objects are the options (a resume
 * that names either meets it). Not one thing two verbs share ("writing or reviewing code": no object after the first),
 * nor objects that say with whom or where one worked ("leading teams or mentoring engineers", "working in startups"):
 * the object's last word, its head, says what it is ("customer onboarding" is work, "enterprise customers" are whom).
 */
export function workTerms(written: string): string[] | null {
  const m = ASK_WORK.exec(written.trim());
  if (!m) return null;
  const parts = m[1]!.split(/\s*,\s*(?:or\s+)?|\s+or\s+/i);
  if (parts.length < 2 || parts.length > 4 || !/\sor\s/i.test(m[1]!)) return null;
  const verbs = new Set<string>();
  const objects: string[] = [];
  for (const part of parts) {
    const w = /^([a-z]+ing)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})$/i.exec(part.trim());
    if (!w) return null;
    const object = w[2]!;
    const first = object.split(/\s+/)[0]!.toLowerCase();
    if (WORK_NOT_OBJECT.test(first) || NOT_FIELD.test(object.split(/\s+/).pop()!) || (COLLEAGUES.test(object) && !/^(?!direct\s)[a-z-]+\s+reports$/i.test(object)) || VERB_FORM.test(object) || object.split(/\s+/).some((x) => QUALIFIER.test(x) || NOT_A_TERM.has(x.toLowerCase()))) return null;
    verbs.add(w[1]!.toLowerCase());
    objects.push(object);
  }
  if (verbs.size !== parts.length) return null;
  return objects.map((o) => `${TERM}${o}`);
}
/** The words of an ask, then the pieces of work to the line's end (a purpose or a place after it left off). */
const ASK_WORK = /^(?:[-\u2022*]\s*)?(?:(?:proven|solid|strong|hands-on|prior|some|demonstrated|previous)\s+)?(?:experience|background|track record)\s+(?:of\s+|in\s+)?((?:[a-z]+ing\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s*(?:,\s*(?:or\s+)?|\s+or\s+))+[a-z]+ing\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?:\s+(?:for|at|in|across|within|on)\s+[^,;]*)?\s*[.;]?$/i;
/** The first word of an object that is no piece of work's thing: a preposition, an article, a pronoun, a number. */
const WORK_NOT_OBJECT = /^(?:in|at|on|with|for|to|from|into|across|within|a|an|the|our|your|their|its|my|it|them|us|people|others|closely|together|directly|remotely|well|one|two|three|multiple|several|many|various|new|large|small)$/i;

/** The words that lead into a list's first member, then that member (a word to three) to the end of its part: "… backgrounds in either data science". */
const LIST_LEAD = /\b(?:in|with|within|across|of|on|at|for|either)\s+(?:either\s+)?(?:(?:an?|the)\s+)?(?=\S+(?:\s+\S+){0,2}\s*$)/i;

/**
 * The last inner part of a list (not its first, nor the one after the "or") that holds the words leading into the list,
 * where "either" says the list starts there or the parts before it are the words of another list, a word or two each
 * ("Smart, motivated people with …"); or -1. ("8+ years of PM experience, including responsibility for
 * platform, cloud or infrastructure products": the list is the three, read no further.)
 */
function lastLeadPart(parts: ReadonlyArray<{ text: string }>): number {
  for (let k = parts.length - 2; k > 0; k--) {
    if (!LIST_LEAD.test(parts[k]!.text)) continue;
    const short = (p: { text: string }) => /^\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*$/.test(p.text);
    // (The first part may end the lead-in of the words' list: "We're looking for smart, motivated, … people with …".)
    return /\beither\s/i.test(parts[k]!.text) || (parts.slice(1, k).every(short) && (k > 1 || short(parts[0]!))) ? k : -1;
  }
  return -1;
}

/** A negation a few words before a list's first member (the end of the first part): "without the need for X", "no X". */
const NEGATED_FIRST = /\b(?:without|neither|no)\s+(?:[\w'’-]+\s+){0,3}[\w'’+#.-]+\s*$/i;

/** A degree, then the field it is in, before a list's first member: "degree in ", "BSc of ", "Master's in applied ". */
export const DEGREE_OF = /(?:\bdegrees?|\bdiploma|\bbachelor(?:'|’)?s?|\bmaster(?:'|’)?s?|\bph\.?\s?d\.?|\bdoctorate|\bB\.?\s?Sc?\.?|\bM\.?\s?Sc?\.?|\bB\.?A\.?)(?![\w])[^.;()]{0,30}?\b(?:in|of)\s|(?<![\p{L}])(?:laurea|licenciatura|gradua\u00e7\u00e3o|grado|diplom[ae]|dipl\u00f4me|titulaci\u00f3n|t\u00edtulo|Studium|Abschluss)(?![\p{L}])[^.;()]{0,30}?(?<![\p{L}])(?:in|en|em|de|di|der|im|d['’])\s/iu;

/** The last member of a list, one word and the noun the list's members share: "DevOps engineering", "SRE roles". */
// (Or the role: "a platform, DevOps or SRE engineer" is a platform engineer, a DevOps engineer or an SRE.)
const SHARED_HEAD = /^\s*[A-Za-z][\w+#-]*\s+(engineering|development|operations|roles?|positions?|systems|engineer|developer)\b/i;

/** "another messaging API", "some other payments processor": a kind in a word or two after "another" (the kind's words). */
const OTHER_OF_KIND = /^\s*(?:another|any other|some other|a similar|a comparable)\s+([a-z][\w-]*\s+[A-Za-z][\w-]*?)s?(?=\s*(?:$|[.;,)!?])|\s+(?:is|are|would|will|experience|a plus|preferred|required)\b)/i;
/** What may follow such a field: the noun the pair shares, or the end of the clause. */
// (Or a bracket that says more of the pair: "payments or lending (card issuing is a big plus)".)
const FIELD_AFTER = /^(?:\s+(?:experience|background|roles?|positions?|work|knowledge|expertise|domains?|industr(?:y|ies)|sectors?|spaces?)\b.*|\s*\([^()]*\)\W*|\W*)$/i;
/** An industry's name: the industry rules read a choice of industries. */
const INDUSTRY_NAME = /\b(?:e-?commerce|retail|bank(?:ing)?|fintech|insurance|health\s?care|telecom\w*|gaming|media)\b/i;
/** A field written as one lowercase noun, not a word that qualifies ("technical", "adjacent", "scalable") or tells ("related"). */
const FIELD_WORD = /^(?![a-z]+(?:al|ic|ive|ous|ful|ble|ant|(?<!m)ent|ary|ed|ly)$)[a-z][a-z-]{3,}$/;

/** (s54) Two or three lowercase words, as a practice is named: "feature branching", "event storming". */
const PRACTICE_WORDS = /^[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,}){1,2}$/;
/** (s54) The last word of a practice's name: a doing ("branching", "modelling", "protection", "review", "design"), not a thing ("data", "systems", "audience"). */
const PRACTICE_END = /(?:ing|tion|sion|ment|ysis|view|sign)$/;
/**
 * (s54) A member of a pair in two or three lowercase words beside a named practice written the same way ("trunk-based
 * development or feature branching", "event storming or domain-driven design"): a practice too, an option in words, as a
 * field's one lowercase word is beside a field. Its last word names a doing, as a practice's does (PRACTICE_END): not a
 * thing, "quantitative finance or financial data", "platform engineering or a technical audience". (Nor words that
 * qualify or open an end: "any lightweight process".)
 */
function practicePair(words: string, named: readonly string[]): boolean {
  return PRACTICE_WORDS.test(words) && PRACTICE_END.test(words) && !VERB_FORM.test(words) && words.split(/\s+/).every((w) => !NOT_A_TERM.has(w) && !QUALIFIER.test(w)) && named.length === 1 && PRACTICE_WORDS.test(named[0]!);
}
/** A cue that makes the list after it a pick with no "or" in it: "one of", "any of:", "two or more of", "at least two of the following:". */
// (s59: or "of these" and the kind's word or two: "Any two of these: Figma, Framer, Penpot".)
/**
 * (s61) A lead that hands the reader the pick before a list, in so many words: "Pick your poison: ...", "Take your pick:",
 * "Choose one -", "Pick your favourite:". (items.ts PICK_LEAD_BEFORE reads the same lead as a cue of the list after it.)
 */
export const PICK_LEAD = /\b(?:(?:pick|choose|select)\s+(?:your\s+(?:poison|pick|favou?rite|weapon)|one|any(?:\s+one)?)|take\s+your\s+pick)\s*(?::|\u2014|\u2013|\s-)\s*/i;
const PICK_OF = /\b(?:one|any|either|at\s+least\s+(?:one|two|three|[1-4])|two|three|several|multiple|one\s+or\s+more|two\s+or\s+more|[2-4]\s*\+)\s+(?:\(?or\s+more\)?\s+)?of\b(?:\s+(?:the\s+following|these)(?:\s+[a-z]+){0,2})?\s*:?\s*/i;

/**
 * The members of a list after a pick cue, with no "or" ("Any of: Kotlin, Scala, Frege", "two or more of: networking,
 * storage, Linux kernel"), that the taxonomy does not know, added as options to the group its named skills make.
 * Three members or more, each short and a name or a noun, every one an option (else the commas list no options).
 */
function cueTerms(text: string, pick: RegExpExecArray, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][]): void {
  const from = pick.index + pick[0].length;
  const rest = text.slice(from);
  const end = rest.search(/[.;:!?](?:\s|$)|\(|$/);
  const list = rest.slice(0, end);
  if (/\s(?:or|and\/or)\s/i.test(list)) return;
  const parts: Array<{ text: string; start: number }> = [];
  const re = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
  let at = 0;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    parts.push({ text: list.slice(at, m.index), start: from + at });
    at = m.index + m[0].length;
  }
  parts.push({ text: list.slice(at), start: from + at });
  if (parts.length < 3) return;
  const inList = hits.filter((h) => h.start >= from && h.end <= from + list.length);
  const ids = [...new Set(inList.map((h) => h.skillId))];
  if (ids.length < 2) return;
  const home = out.find((g) => ids.every((id) => g.includes(id)));
  if (!home) return;
  const terms: string[] = [];
  for (const [k, p] of parts.entries()) {
    if (inList.some((h) => h.start < p.start + p.text.length && h.end > p.start)) continue;
    const words = memberOf(p.text, false, k === parts.length - 1);
    if (!words || !SHORT.test(words) || VERB_FORM.test(words)) return;
    terms.push(`${TERM}${words}`);
  }
  for (const t of terms) if (!home.some((x) => x.toLowerCase() === t.toLowerCase())) home.push(t);
}

/** Between two members of a list: a comma, "or", ", or", a slash. */
const LIST_GAP = /^\s*(?:,\s*(?:(?:or|and\/or)\s+)?|\s(?:or|and\/or)\s+|\s*\/\s*)$/i;
/** A name as a product is written: a capital first or inside, a word or two. */
const PRODUCT_NAME = /^(?:[A-Z][\w+#.-]*|[a-z]+[A-Z][\w+#.-]*)(?:\s+[A-Z][\w+#.-]*)?$/;

/** Before a pair the sentence sets aside rather than offers: "not just ", "beyond ", "other than ", "rather than (". */
const SET_ASIDE = /\b(?:not\s+(?:just|only|merely|simply)|beyond(?:\s+(?:just|only))?|other\s+than|rather\s+than|instead\s+of|except(?:\s+for)?|apart\s+from)\s*\(?\s*$/i;

/** Where a name runs with the word characters the matcher left joined to it by a hyphen: "NB-IoT" where the matcher read "IoT". */
const wholeToken = (text: string, h: { start: number; end: number }): { start: number; end: number } => ({
  start: h.start - (/[A-Za-z0-9]+-$/.exec(text.slice(Math.max(0, h.start - 12), h.start))?.[0].length ?? 0),
  end: h.end + (/^-[A-Za-z0-9]+/.exec(text.slice(h.end, h.end + 12))?.[0].length ?? 0),
});

/**
 * Whether two names written side by side are two products, not one thing's two names: neither is the other cut short
 * ("Postgres", "PostgreSQL"), its initials ("JS", "JavaScript"; "GCP", "Google Cloud Platform") or a numeronym ("K8s").
 */
/** Two products named as products are written (a capital first or inside), not one thing's two names: "ROCm or SYCL", not "multi-cloud or cross-cloud". */
export const productPair = (a: string, b: string): boolean => PRODUCT_NAME.test(a) && PRODUCT_NAME.test(b) && twoProducts(a, b);

export function twoProducts(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^a-z0-9]/g, '');
  const y = b.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!x || !y || x === y || x.startsWith(y) || y.startsWith(x)) return false;
  const initials = (n: string) => (n.match(/[A-Z]|(?<![A-Za-z])[a-z]/g) ?? []).join('').toLowerCase();
  if (initials(a) === y || initials(b) === x) return false;
  const numeronym = (n: string) => (n.length > 3 ? `${n[0]}${n.length - 2}${n[n.length - 1]}` : n);
  return numeronym(x) !== y && numeronym(y) !== x;
}

/**
 * "a data catalog (DataHub, Amundsen, OpenMetadata)", "MkDocs, Docusaurus or Sphinx": products the taxonomy files under
 * one field (each an alias of it) offered as a pick read as that field alone, a group of one; the products are the
 * options the posting names, so each is written in the group as an option in words beside the field. Three names or
 * more, side by side with commas, "or" or slashes, and a pick: an "or" among them, a bracket, or a cue ("one of", "such
 * as"). (Not a named tool's other names, "Kubernetes (K8s)": only a field's. Nor a pair joined by a slash, which names
 * the field by its two common forms as often as it offers products: "LoRA/QLoRA".)
 * A pair joined by "or" offers its two products, of a field or of a tool the taxonomy files both under ("BLE or Zigbee"
 * under IoT, "Semgrep or CodeQL" under static analysis, "pnpm or Yarn" under npm): a resume that names either meets it,
 * and the row shows the two the posting named. (Not one thing's two names: "Kubernetes or K8s", "JS or JavaScript".)
 */
function aliasTerms(text: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][], isField: (id: string) => boolean, cue: boolean): void {
  for (const g of out) {
    if (g.length !== 1) continue;
    const same = hits.filter((h) => h.skillId === g[0]).map((h) => wholeToken(text, h));
    // (s50) "designing pricing experiments or running A/B tests", "running usability studies or conducting user interviews":
    // two pieces of work the taxonomy files under one skill, each led by a verb of its own, are two options of a pick (a
    // resume that names either meets it), not one thing's two names; written in the group as options in words beside it.
    if (same.length === 2) {
      const [a, b] = same as [{ start: number; end: number }, { start: number; end: number }];
      const second = /^\s+(?:or|and\/or)\s+([a-z]+ing)\s+$/i.exec(text.slice(a.end, b.start));
      const first = /(?:^|\s)([a-z]+ing)\s+(?:[a-z]+\s+)?$/i.exec(text.slice(Math.max(0, a.start - 40), a.start));
      const names = [text.slice(a.start, a.end), text.slice(b.start, b.end)];
      if (second && first && first[1]!.toLowerCase() !== second[1]!.toLowerCase() && !SET_ASIDE.test(text.slice(Math.max(0, a.start - 30), a.start)) && names[0]!.toLowerCase() !== names[1]!.toLowerCase()) {
        for (const n of names) if (!g.some((x) => x.toLowerCase() === `${TERM}${n}`.toLowerCase())) g.push(`${TERM}${n}`);
        continue;
      }
    }
    for (let i = 0; i < same.length; ) {
      let j = i;
      while (j + 1 < same.length && LIST_GAP.test(text.slice(same[j]!.end, same[j + 1]!.start))) j++;
      const run = same.slice(i, j + 1);
      i = j + 1;
      const names = run.map((h) => text.slice(h.start, h.end));
      // "SolidWorks, CATIA or TopSolid", "Bitrise/Codemagic/App Center": a product the taxonomy does not know, next in the
      // list after the field's products, is one more of them (two of the field's at least; not a skill of its own).
      const next = run.length >= 2 ? NEXT_NAME.exec(text.slice(run[run.length - 1]!.end)) : null;
      const nextAt = next ? run[run.length - 1]!.end + next[0].length - next[1]!.length : -1;
      const extended = next !== null && !hits.some((h) => h.start < nextAt + next[1]!.length && h.end > nextAt) && !NOT_A_TERM.has(next[1]!.toLowerCase()) && twoProducts(names[names.length - 1]!, next[1]!);
      if (extended) {
        run.push({ start: nextAt, end: nextAt + next[1]!.length });
        names.push(next[1]!);
      }
      if (!names.every((n) => PRODUCT_NAME.test(n))) continue;
      // (Not a pair the sentence sets aside: "(not just Paxos or Raft)", "beyond BLE or Zigbee".)
      const pair = run.length === 2 && /^\s*,?\s+or\s+$/i.test(text.slice(run[0]!.end, run[1]!.start)) && twoProducts(names[0]!, names[1]!) && !SET_ASIDE.test(text.slice(Math.max(0, run[0]!.start - 30), run[0]!.start));
      // (Of a tool's products too, where one the taxonomy does not know goes on with them: "CAD (SolidWorks, CATIA or TopSolid)".)
      if (!pair && ((!isField(g[0]!) && !extended) || new Set(names.map((n) => n.toLowerCase())).size < 3)) continue;
      const gaps = run.slice(1).map((h, k) => text.slice(run[k]!.end, h.start));
      // (Three names or more joined by slashes alone are a pick too: "Bitrise/Codemagic/App Center".)
      const picked = gaps.some((x) => /\bor\b/i.test(x)) || cue || (names.length >= 3 && gaps.every((x) => /^\s*\/\s*$/.test(x))) || /\(\s*(?:e\.\s?g\.,?\s*|such as\s+|like\s+)?$/i.test(text.slice(0, run[0]!.start)) || /\b(?:such as|like|e\.\s?g\.,?|including)\s*$/i.test(text.slice(0, run[0]!.start));
      if (!picked) continue;
      for (const n of names) if (!g.some((x) => x.toLowerCase() === `${TERM}${n}`.toLowerCase())) g.push(`${TERM}${n}`);
      break;
    }
  }
}

/** Three names joined by slashes: "Bitrise/Codemagic/App Center". */
const SLASH_NAMES = /[A-Za-z][\w+#.-]*\s?\/\s?[A-Za-z][\w+#.-]*\s?\/\s?[A-Z]/;
/** After a field's product in a list, the next member written as a product is (a word or two), then the list's or the clause's end. */
const NEXT_NAME = /^\s*(?:,\s*(?:(?:or|and\/or)\s+)?|\s(?:or|and\/or)\s+|\s*\/\s*)((?:[A-Z][\w+#.-]*|[a-z]+[A-Z][\w+#.-]*)(?:\s+[A-Z0-9][\w+#.-]*)?)(?=\s*(?:$|[,.;:)!?]|\s(?:or|and\/or|for|is|are|experience|a plus)\b))/;

/** A bracket's contents, no bracket inside. */
const BRACKET = /\(([^()]{3,200})\)/g;
/** What may open a bracket of examples: "(e.g. ", "(such as ". */
const EXAMPLES_LEAD = /^\s*(?:e\.?\s?g\.?,?|i\.\s?e\.,?|such as|like|including|for example,?|for instance,?|ex\.)\s*:?\s*/i;
/** A last member that only leaves the list open: "etc.", "anything else regulated", "whatever you know best", "and more". */
const OPEN_LAST = /^\s*(?:and\s+|or\s+)?(?:etc\.?|\.\.\.|…|more|anything\b.*|whatever\b.*|any other\b.*|others?|similar)\s*$/i;

/**
 * The members of a bracket of examples that the rules read as a choice ("(payments, data infra, healthcare, etc.)",
 * "(e.g. Stripe, Adyen, Mollie)") that the taxonomy does not know, added as options to that choice. Commas only (an
 * "or" is read by the clause rule), three members or more, each short and a name or a noun (else the commas list no
 * options); an open last member ("etc.", "anything …") is no option.
 */
function bracketTerms(text: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][], isField?: (id: string) => boolean): void {
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const inner = m[1]!;
    if (!inner.includes(',') || /\s(?:or|and\/or)\s/i.test(inner)) continue;
    const from = m.index + 1;
    const lead = EXAMPLES_LEAD.exec(inner)?.[0].length ?? 0;
    const parts: Array<{ text: string; start: number }> = [];
    const re = /\s*,\s*(?:and\s+)?/g;
    let at = lead;
    for (let s = re.exec(inner); s; s = re.exec(inner)) {
      if (s.index >= lead) parts.push({ text: inner.slice(at, s.index), start: from + at });
      at = Math.max(at, s.index + s[0].length);
    }
    parts.push({ text: inner.slice(at), start: from + at });
    const open = parts.length > 0 && OPEN_LAST.test(parts[parts.length - 1]!.text);
    if (open) parts.pop();
    // (Two members are enough after "e.g.": "(e.g. Zorbit, Snowflake)".)
    if (parts.length < (lead > 0 ? 2 : 3)) continue;
    const inList = hits.filter((h) => h.start >= from && h.end <= from + inner.length);
    const ids = [...new Set(inList.map((h) => h.skillId))];
    // One skill among words, in a bracket that opens with "e.g." or "such as": the words are the other examples, a choice.
    // So is one field written as a common noun among words, the bracket closed by "etc." ("(payments, lending, healthcare,
    // etc.)"). (Not a name among names with "etc.": "(Radar, Camera, LiDAR, etc.)" may list what is asked about.)
    const one = ids.length === 1 && (lead > 0 || (open && isField?.(ids[0]!) === true && inList.every((h) => /^[a-z]/.test(text.slice(h.start, h.end)))) || productsOfField(text, m.index, ids[0]!, hits, inList, isField));
    const choice = ids.length > 0 ? out.find((g) => g.length > 1 && ids.every((id) => g.includes(id))) : undefined;
    const home = choice ?? (one ? out.find((g) => g.length === 1 && g[0] === ids[0]) : undefined);
    if (!home) continue;
    const terms: string[] = [];
    let bad = false;
    for (const [k, p] of parts.entries()) {
      if (inList.some((h) => h.start < p.start + p.text.length && h.end > p.start)) continue;
      // (The last member without what the bracket goes on to say of them all: "(Vault, Doppler, Infisical — any is fine)".)
      // (Not one that says all of them are used: "(Vault, Doppler, Infisical — all three in use)".)
      const dashTail = k === parts.length - 1 ? /\s[\u2014\u2013-]\s(.*)$/.exec(p.text) : null;
      if (dashTail && /\b(?:all|both|each|every)\b/i.test(dashTail[1]!)) bad = true;
      const words = memberOf(p.text, false, dashTail !== null);
      if (!words || !SHORT.test(words) || VERB_FORM.test(words)) bad = true;
      else terms.push(`${TERM}${words}`);
    }
    if (bad) continue;
    for (const t of terms) if (!home.some((x) => x.toLowerCase() === t.toLowerCase())) home.push(t);
  }
}

/** A level or grade, no product: "Associate", "Professional", "Expert", "Senior", "Staff". */
const LEVEL_WORD = /^(?:associate|professional|expert|specialty|speciali[sz]t|foundation(?:al)?|practitioner|fundamentals|advanced|basic|beginner|intermediate|entry|junior|mid|senior|staff|principal|lead|level\s+\d+|L\d|tier\s+\d+)$/i;
/** Words between a field and the bracket or colon of its products: "KYC vendors (", "one PLC ecosystem:". */
// (s53: or a kind of product written as its initials, "a hotel PMS such as ", "a clinic EHR (": ACRONYM_KIND.)
const KIND_GAP = /^(?:\s+(?:[a-z][\w-]*|[A-Z]{2,5}s?)){0,2}\s*$/;
/** (s53) The last word of such a gap, a kind of product written as its initials: "PMS", "EHR", "ERPs", "LMS". */
const ACRONYM_KIND = /(?:^|\s)[A-Z]{2,5}s?\s*$/;
/** Such a word that names products of the field: "vendors", "tools", "platforms", "systems", "ecosystem". */
const PRODUCT_KIND = /\b(?:vendors?|providers?|tools?|tooling|platforms?|systems?|software|suites?|products?|ecosystems?|engines?|solutions?|packages?|stacks?|frameworks?|SDKs?|services?)\s*$/i;
/** (s54) An article for one thing before a field's word or two: "a ", "an e-", "one ", "any ". */
const SINGLE_KIND = /(?:^|[\s(])(?:an?|one|any)\s+(?:[\w-]+\s+){0,2}$/i;
/** A product's name in a list: a word to three, each opening with a capital or a digit, or written with a capital inside ("iFIX", "mParticle"). */
const LISTED_NAME = /^(?:[A-Z0-9][\w+#.&'’-]*|[a-z]+[A-Z][\w+#.-]*)(?:\s+(?:[A-Z0-9][\w+#.&'’-]*|[a-z]+[A-Z][\w+#.-]*)){0,2}$/;

/**
 * "identity verification / KYC vendors (Onfido, Persona, Alloy)", "SCADA (Ignition, WinCC or iFIX)", "one PLC ecosystem:
 * Siemens TIA Portal, Rockwell Studio 5000 or CODESYS": products the taxonomy knows none of, named in a bracket or after a
 * colon right after a field, are that field's options in words, beside it. Each member a name as products are written;
 * two or more joined by "or" (or after "e.g."), or three or more after the field's noun for products ("vendors", "tools").
 * (Not names after a field with no word of choice, "fintech (Revolut, Monzo, N26)" may name employers; nor a list that
 * joins with "and", which asks all of them.)
 */
function kindNames(text: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][], isField: (id: string) => boolean): void {
  // (Or after the examples' cue: "an LMS such as Docebo, Absorb or iSpring".)
  // (And the cue of another language: "ERP tipo SAP Business One, Holded o Sage 50", "gestionali come Zucchetti o Danea".)
  const re = /\(([^()]{3,200})\)|:\s*([^.;:()]{3,200})|\b(?:such as|like|e\.\s?g\.,?|including|como|come|tipo|wie|comme|zoals)\s+([^.;:()]{3,200})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // (s53: not on into a clause that hangs on the sentence, ", although we will train you", ", ideally with their APIs".)
    const inner = (m[1] ?? m[2] ?? m[3]!).replace(HANGING_CLAUSE, '');
    const from = m.index + m[0].indexOf(inner);
    if (hits.some((h) => h.end > from && h.start < from + inner.length)) continue;
    const lead = EXAMPLES_LEAD.exec(inner)?.[0].length ?? 0;
    const list = inner.slice(lead).replace(/[\s.,;!?]+$/, '');
    if (/\s(?:and|&)\s/i.test(list)) continue;
    const said = /\s(?:or|and\/or)\s/i.test(list);
    const members = list.split(/\s*,\s*(?:(?:or|and\/or)\s+)?|\s+(?:or|and\/or)\s+|\s*\/\s*/i).map((x) => x.trim()).filter((x) => x !== '');
    if (members.length && OPEN_LAST.test(members[members.length - 1]!)) members.pop();
    const before = hits.filter((h) => h.end <= m!.index).pop();
    if (!before) continue;
    const gap = text.slice(before.end, m.index);
    if (!KIND_GAP.test(gap)) continue;
    // (After the noun for products, "KYC vendors (", the field may be any skill the products serve.)
    const kindWord = PRODUCT_KIND.test(gap) || ACRONYM_KIND.test(gap) || PRODUCT_KIND.test(text.slice(before.start, before.end));
    if (!isField(before.skillId) && !PRODUCT_KIND.test(gap) && !ACRONYM_KIND.test(gap)) continue;
    // (s54: two are enough after one product of the kind, an article before it and its noun singular: "an e-signature
    // vendor (DocuSign, Dropbox Sign)", "a KYC vendor (Onfido, Persona)" ask one; "KYC vendors (Onfido, Persona)" may
    // name the two the team uses.)
    const single = kindWord && SINGLE_KIND.test(text.slice(Math.max(0, before.start - 40), before.start)) && !/s\s*$/.test(gap);
    if (members.length < (said || lead > 0 || m[3] !== undefined || single ? 2 : kindWord ? 3 : Infinity)) continue;
    // (Not a certification's levels or a role's grades: "(Associate or Professional)", "(Senior or Staff)".)
    if (!members.every((x) => LISTED_NAME.test(x) && !NOT_A_TERM.has(x.toLowerCase()) && !LEVEL_WORD.test(x))) continue;
    const home = out.find((g) => g.includes(before.skillId));
    if (!home) continue;
    for (const x of members) if (!home.some((id) => id.toLowerCase() === `${TERM}${x}`.toLowerCase())) home.push(`${TERM}${x}`);
  }
}

/**
 * "a feature-flag tool (LaunchDarkly, Unleash, Flagsmith)": the field named right before the bracket (a word or two
 * between), and the bracket's known members its products by name, each written as a product is: the bracket lists
 * the field's products, those the taxonomy does not know among them.
 */
function productsOfField(text: string, at: number, id: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, inList: ReadonlyArray<{ skillId: string; start: number; end: number }>, isField?: (id: string) => boolean): boolean {
  if (isField?.(id) !== true) return false;
  const kind = hits.filter((h) => h.end <= at).pop();
  return kind !== undefined && kind.skillId === id && KIND_GAP.test(text.slice(kind.end, at)) && inList.every((h) => LISTED_NAME.test(text.slice(h.start, h.end)));
}

/** Three one-word names or more joined by slashes: "payments/fintech/insurance", "E-rate/EdTech/GovTech". */
const SLASH_LIST = /(?<![\w/+#.-])[A-Za-z][\w+#.&'’-]*(?:\s?\/\s?[A-Za-z][\w+#.&'’-]*){2,}(?![\w/])/g;

/** After a slash list of fields: the clause's end, or what the fields are of the candidate ("… experience", "… background is a plus", "… products"). */
const SLASH_AFTER = /^\s*(?:$|[,.;:)!?]|(?:experience|background|expertise|knowledge|skills?|domains?|industr(?:y|ies)|sectors?|spaces?|roles?|products|companies|startups|and|or|is|are|a plus|preferred|required)\b)/i;

/**
 * Fields joined by slashes, three or more, offer a pick (lib/requirements/items.ts reads it so when the taxonomy knows
 * all three): "Bonus: K-12/EdTech/GovTech experience", "chops in payments/fintech/insurance". A member the taxonomy does
 * not know is an option in words, and counts toward the three. Not a run that names a tool or any skill that is no
 * field ("Next.js/Expo/Tailwind" is a stack).
 */
function slashTerms(text: string, groups: string[][], findSkills: FindSkills, isField: (id: string) => boolean): string[][] {
  let out = groups;
  const hits = findSkills(text);
  SLASH_LIST.lastIndex = 0;
  for (let m = SLASH_LIST.exec(text); m; m = SLASH_LIST.exec(text)) {
    // The run is the whole list: the first member may be a longer name whose first word stands before the match ("B2B
    // SaaS / DevTools / fintech"), not the end of one ("B2B SaaS/DevTools"); not a modifier of a noun after it ("agent/retrieval/ML infra work" names one kind of
    // infra); what follows is the clause's end or what the list is.
    // (Only where the slashes stand apart, " / ": "SaaS/DevTools" written tight binds the two, and "B2B" is another word.)
    const before = m.index > 0 && !/[.:;!?]\s*\S+\s$/.test(text.slice(0, m.index)) ? /(?:^|\s)([A-Z0-9][\w+#.-]*)\s$/.exec(text.slice(Math.max(0, m.index - 30), m.index)) : null;
    if (before && !/^[^/]*\s\/\s/.test(m[0])) continue;
    const at = before ? m.index - before[1]!.length - 1 : m.index;
    const run = text.slice(at, m.index + m[0].length);
    if (!SLASH_AFTER.test(text.slice(at + run.length))) continue;
    const inRun = hits.filter((h) => h.start >= at && h.end <= at + run.length);
    const ids = [...new Set(inRun.map((h) => h.skillId))];
    if (!ids.length || !ids.every(isField)) continue;
    const terms: string[] = [];
    let pos = 0;
    for (const raw of run.split('/')) {
      const word = raw.trim();
      const from = at + pos + raw.indexOf(word);
      pos += raw.length + 1;
      if (inRun.some((h) => h.start < from + word.length && h.end > from)) continue;
      if (word.length >= 2 && !NOT_A_TERM.has(word.toLowerCase().replace(/[.'’]+$/, '')) && !QUALIFIER.test(word)) terms.push(`${TERM}${word}`);
    }
    if (!terms.length || ids.length + terms.length < 3) continue;
    // The named fields stand alone (no pick read yet) or already make one pick: that pick gains the words.
    const homes = new Set(ids.map((id) => out.findIndex((g) => g.includes(id))));
    if (homes.has(-1)) continue;
    const homeGroups = [...homes].map((k) => out[k]!);
    if (homeGroups.length > 1 && homeGroups.some((g) => g.length > 1)) continue;
    if (homeGroups.length === 1 && homeGroups[0]!.some((id) => !ids.includes(id) && !isTerm(id))) continue;
    const merged = [...new Set([...homeGroups.flat(), ...terms])];
    out = out.filter((_, k) => !homes.has(k));
    out.push(merged);
  }
  return out;
}

/** (s49) A bracket of names joined by slashes right after a kind in lowercase words: "a config language (Jsonnet/CUE)". */
const KIND_SLASH_BRACKET = /(?<=[a-z]\s*)\(\s*([A-Za-z][\w+#.-]*(?:\s?\/\s?[A-Za-z][\w+#.-]*)+)\s*\)/g;
/**
 * (s49) "a config language (Jsonnet/CUE) or Helm", "a message bus (NATS/Zenoh) or Redis Streams": the names in a slashed
 * bracket of examples after a kind are options of the pick the named one of them is in; a name the taxonomy does not know
 * joins that pick in words. (Not a bracket after a name, which says which parts of it: "Kafka (Streams/Connect) or Pulsar".)
 */
function kindSlashTerms(text: string, hits: ReadonlyArray<{ skillId: string; start: number; end: number }>, out: string[][]): void {
  for (const m of text.matchAll(KIND_SLASH_BRACKET)) {
    if (/[A-Z][\w+#.-]*\s*$/.test(text.slice(0, m.index))) continue;
    const from = m.index + m[0].indexOf(m[1]!);
    const to = from + m[1]!.length;
    const inside = hits.filter((h) => h.start >= from && h.end <= to);
    const home = out.find((g) => g.length > 1 && inside.some((h) => g.includes(h.skillId)));
    if (!home) continue;
    let at = from;
    for (const name of m[1]!.split(/\s?\/\s?/)) {
      const start = text.indexOf(name, at);
      at = start + name.length;
      if (hits.some((h) => h.start < start + name.length && h.end > start)) continue;
      if (!/^(?:[A-Z][\w+#.-]*|[a-z]+[A-Z][\w+#.-]*)$/.test(name) || PRODUCT_NOT.test(name)) continue;
      if (!home.some((x) => x.toLowerCase() === `${TERM}${name}`.toLowerCase())) home.push(`${TERM}${name}`);
    }
  }
}

/** The sentence's clauses (split at ". ", ";", ":", ", and " and ", but "): one list lives in one clause. */
/** (s53) The conjunctions that lead a clause hanging on a sentence: "though", "as long as", "since", "unless". */
const HANGING = String.raw`though|although|even though|even if|as long as|so long as|provided|since|because|unless|whereas|while`;
/**
 * (s53) A comma and a clause so led, to the end: ", though we'll teach what's missing"; or a wish that says more of the
 * ask, ", ideally including their APIs". No list runs on into it.
 */
export const HANGING_CLAUSE = new RegExp(String.raw`,\s+(?:${HANGING}|ideally|preferably)\s.*$`, 'i');

function clauses(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  // (A period inside a word, "Node.js", or ending "e.g." or "i.e." before the examples, ends no clause.)
  const re = /[^.;:!?|]+(?:(?:\.(?=\S)|(?<=\b[Ee]\.[Gg]|\b[Ii]\.[Ee])\.\s+)[^.;:!?|]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    // (", and you should know …", ", but …", ", ideally in travel or hospitality", ", of which 3+ as …": a clause of its own, its list apart from the one before.)
    let from = 0;
    // (", either is fine", ", whichever you know", ", any will do": what is said of the list's members, no member of it.)
    // (", across equities, FX or crypto": a list of what the ask spans, apart from the list before it.)
    // (s53: ", though we'll teach what's missing", ", although ...", ", as long as ...", ", since ...": a clause that
    // hangs on the sentence, its conjunction leading it, says how the ask is meant, no member of the list before it.)
    const joint = new RegExp(String.raw`,\s+(?:(?:and|but|ideally|preferably|especially|particularly|of which|of them|which|where|who|either|whichever|whatever|any|${HANGING})\s+|(?=(?:across|spanning)\s))`, 'gi');
    for (let j = joint.exec(m[0]); j; j = joint.exec(m[0])) {
      out.push({ text: m[0].slice(from, j.index), start: m.index + from });
      from = j.index + j[0].length;
    }
    out.push({ text: m[0].slice(from), start: m.index + from });
  }
  return out.filter((c) => c.text.trim());
}

/** The part of a clause from its first list separator to its last: where an "and" would join members. */
function listPart(clause: string): string {
  const first = clause.search(/,|\sor\s|and\/or/i);
  const last = Math.max(clause.lastIndexOf(','), clause.search(/\s(?:or|and\/or)\s(?!.*\s(?:or|and\/or)\s)/i));
  return first < 0 ? '' : clause.slice(first, Math.max(first, last) + 1);
}

/** The clause cut at its separators: the first part holds the lead-in, the last the rest of the sentence. */
function splitList(clause: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let from = 0;
  let lastOr = false;
  SEP.lastIndex = 0;
  for (let m = SEP.exec(clause); m; m = SEP.exec(clause)) {
    parts.push({ text: clause.slice(from, m.index), start: from });
    from = m.index + m[0].length;
    lastOr = /\bor\b/i.test(m[0]);
  }
  parts.push({ text: clause.slice(from), start: from });
  // "A, B, or C": the "or" comes last; "A or B, C, D" lists all of them ("servers or hardware, storage, network").
  // ("Fastlane or Bitrise, App Center also ok": a last member after an "or" and a comma, said to do as well, is one more option.)
  return lastOr || (parts.length >= 3 && /\bor\b/i.test(clause.slice(0, parts[parts.length - 1]!.start)) && ALSO_OK_LAST.test(parts[parts.length - 1]!.text)) ? parts : [];
}

/** A name of a word or two, then words that say it will do as well: "App Center also ok", "Podman is fine too". */
const ALSO_OK_LAST = /^\s*[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*)?\s+(?:(?:is|are)\s+)?(?:also\s+|too\s+)?(?:fine|ok|okay|welcome|acceptable|works)\b/;

/** An Italian or Spanish article, or a preposition joined to one, in lowercase before a member: "nella moda", "delle utilities", "las aseguradoras". */
// (Or "of", where the line's Italian was made English before: "o della cosmetica" reads "o of    cosmetica".)
const FOREIGN_ARTICLE = /^(?:nel|nella|nello|nei|negli|nelle|del|della|dello|dei|degli|delle|il|gli|los|las|el|of)\s+(?=[a-z])/;
/** A member's words, or null when the part is no option (too long, a lead-in word, an open tail). */
function memberOf(part: string, first: boolean, last: boolean): string | null {
  let t = part.trim();
  // "in a SOC or incident response role": the article before the list is no part of its first member.
  if (first) t = t.replace(LEAD, '').replace(/^(?:either\s+)?(?:(?:an?|the)\s+)?(?=\S)/i, '');
  // (s49) "nel retail, nella moda o nel lusso", "bancario, assicurativo o delle utilities": the article (with its preposition)
  // of another language before a member is no part of it.
  else t = t.replace(FOREIGN_ARTICLE, '');
  if (last) t = TAIL.exec(t)?.[1] ?? t;
  // (s49) "FIX (4.2/4.4)", "Python (3.11+)": the versions in brackets after a name are no part of the member.
  t = t.replace(/\s*\(\s*v?\d+(?:\.(?:\d+|x))*\+?(?:\s*(?:\/|,|\bor\b)\s*v?\d+(?:\.(?:\d+|x))*\+?)*\s*\)?$/i, '');
  t = t.replace(/[.)\]]+$/, '').trim();
  // ("SAP, Workday or Oracle HCM implementations": a plural noun after the last name is what all the names are of.)
  if (last) t = /^((?:[A-Z][\w+#.-]*)(?:\s+[A-Z0-9][\w+#.-]*){0,1})\s+[a-z][a-z-]{3,}s$/.exec(t)?.[1] ?? t;
  if (!MEMBER.test(t)) return null;
  const words = t.toLowerCase().split(/\s+/);
  if (words.some((w) => NOT_A_TERM.has(w.replace(/[.'’]+$/, '')))) return null;
  if (words.length === 1 && QUALIFIER.test(t)) return null;
  return t;
}

/**
 * A bullet under a choice's lead-in ("One of these for our docs site:" / "- Docusaurus" / "- Nextra") that names no skill
 * the taxonomy knows, as an option in words, or null: a name as products are written ("Nextra", "Siemens TIA Portal"),
 * or, where the bullets beside it are written in lowercase words (`lowercase`), a field in a word to three
 * ("structural biology"). Not a sentence, an ask's words, nor a quality ("Team player", "Fluent English").
 */
export function bulletTerm(text: string, lowercase: boolean): string | null {
  const t = text.trim().replace(/[.;,]+$/, '');
  const words = memberOf(t, false, false);
  if (words === null || words !== t || VERB_FORM.test(words) || QUALIFIER.test(words.split(/\s+/)[0]!)) return null;
  if (lowercase ? !WORDS_MEMBER.test(words) || !/^[a-z]/.test(words) || NOT_FIELD.test(words) : !LISTED_NAME.test(words)) return null;
  return `${TERM}${words}`;
}

/** A skill's name for the user, or a term option's words (one home: the sidebar's report, the verdicts, the command line). */
export function nameOf(byId: ReadonlyMap<string, { name: string }>): (id: string) => string {
  return (id) => byId.get(id)?.name ?? termText(id);
}

/**
 * An option in words as a resume writes it: a capitalised name as written, a lowercase field in any case, a plural
 * either way; a name written like a word ("Solid") not at a sentence's start ("Solid experience with React").
 */
export function termPattern(id: string): RegExp {
  const words = termText(id);
  const stem = words.replace(/(?<=[a-z]{3})s$/i, '');
  const wordLike = /^[A-Z][a-z]+$/.test(words);
  // Between a name's words, a dash or a colon as well as a space, and a vendor's "Certified" ("AWS Certified Security –
  // Specialty" names "AWS Security Specialty"); a certification also by its acronym or its title (lib/requirements/certs.ts).
  // (s53: a version by its number, with or without a "v": "ITIL v4 Foundation" is "ITIL 4 Foundation".)
  const form = (w: string) =>
    w
      .replace(/\b[vV](\d+)\b/g, '$1')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, String.raw`(?:\s+Certified:?)?(?:\s*[\u2013\u2014:-]\s*|\s+)`)
      .replace(/(?<![\w\\])(\d+)\b/g, String.raw`(?:[vV]\s?)?$1`);
  const alias = certAlias(words);
  // A vendor's certification in words ("Epic certification", lib/requirements/certs.ts) is also the vendor's "certified"
  // ("Epic certified", "Epic-certified"), in either case.
  const vendor = /^(.+)\s+certification$/i.exec(words);
  // (A lowercase noun in "y" is its plural in "ies" too: "charity" is met by "two national charities".)
  // (s60 tune: a certificate's code in capitals, "JNCIS-ENT certification", "ACE-L2 certification", is held where the code
  // alone is written, "JNCIS-ENT (2021)": a code names one certificate, and a resume lists it bare.)
  // (s61 tune: a framework's certificate by its level, "ITIL Foundation", "TOGAF Practitioner", is held where an edition stands
  // between the name and the level, "ITIL 4 Foundation (2020)", "ITIL\u00ae v3 Foundation": which edition is editionAsked's
  // business, lib/match/careful-s60.)
  const edition = /\d/.test(words) ? null : /^([A-Z][A-Z0-9]{2,})\s+((?:Foundation|Practitioner|Intermediate|Expert|Master|Specialist|Strategic Leader|Managing Professional|Certified)\b.*)$/.exec(stem);
  const code = vendor !== null && /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$|^[A-Z]{2,}[0-9]+$/.test(vendor[1]!);
  const body = vendor
    ? `${form(vendor[1]!)}${code ? '(?:' : ''}${String.raw`(?:\s*[\u2013\u2014-]\s*|\s+)`}[Cc](?:ERTIFI|ertifi)(?:cation|ed|CATION|ED)${code ? ')?' : ''}`
    : alias
      ? `(?:${form(stem)}|${form(alias)})`
      : /[a-z][^aeiouy\s]y$/.test(stem)
        ? `${form(stem.slice(0, -1))}(?:y|ies)`
        : edition
          ? `${form(edition[1]!)}(?:\\s*\u00ae)?(?:\\s+[vV]?\\d{1,4}(?:\\.\\d)?)?(?:\\s*[\u2013\u2014:-]\\s*|\\s+)${form(edition[2]!)}`
          : form(stem);
  // (s56: an acronym in capitals with its track after a dash, "JNCIA-Junos", "CCNP-Security": the acronym asked is held.)
  const track = /^[A-Z]{3,}[A-Z0-9]*$/.test(words) ? '(?:-[A-Z][A-Za-z]+)?' : '';
  // (s62 lead: a name written like a word opening a line is a name where a number follows it, a product's edition or version:
  // "- Sage 300 user support", "Solid 2 migration".)
  return new RegExp(`(?<![\\w+#-])(?:${wordLike ? `(?<![.!?:;•*-]\\s*|^\\s*)${body}|${body}(?=\\s+\\d)` : body})${track}(?:es|s)?(?![\\w+#-])`, /[A-Z]/.test(words) ? '' : 'i');
}

/**
 * The term options the requirements offer that the resume's text names, each with the resume's line that names it.
 * A term written with a capital ("Solid", "NATS JetStream") is a name and must be written so; a lowercase one
 * ("healthcare") is found in any case; the last word with or without a plural "s". A name written like a word
 * ("Solid") does not count at the start of a line or sentence.
 */
/** A line that says what it names has run out ("expired 2021", "lapsed"), and was not renewed since. */
const LAPSED = /\b(?:expired|lapsed)\b(?![^.;]*\brenewed\b)/i;
export function termsShown(groups: readonly (readonly string[])[], resumeText: string): Map<string, { via: string; evidence: string }> {
  const out = new Map<string, { via: string; evidence: string }>();
  const lines = resumeText.split(/\n/);
  for (const id of new Set(groups.flat().filter(isTerm))) {
    const re = termPattern(id);
    // (s52: not a line that says the certification has lapsed: "Cisco CCNA — earned 2018, expired 2021".)
    const line = lines.find((l) => re.test(l) && !LAPSED.test(l));
    if (line !== undefined) out.set(id, { via: id, evidence: withoutContact(line.trim()).slice(0, 160) });
  }
  return out;
}
