/**
 * Date ranges as resumes write them: "Jan 2019 – Present", "2015-06 to 2018-12",
 * "06/2015 - 12/2018", "2015 – 2018", "Sept. 2021 – Current", "Summer 2017",
 * "March 2020 - Now", "(2013-12-01 – 2014-12-01)", "Jun – Aug 2017".
 *
 * A month is an index: year * 12 + (month - 1). A range covers its months
 * inclusively ("Jan 2019 – Dec 2019" is 12 months, a year). A year given
 * alone starts in January and ends in January ("2015 – 2018" is three years
 * and a month, as a reader counts it: three years), unless both ends are the
 * same year ("2017 – 2017": the whole year).
 */

export interface DateRange {
  /** First month covered (year * 12 + month - 1). */
  start: number;
  /** Last month covered, or null for "Present" / "Current" / "Now". */
  end: number | null;
  /** Offsets of the whole range in the string it was found in. */
  from: number;
  to: number;
  /** Whether a side was given as a year alone. */
  yearOnly: boolean;
  /** (s60) Left open by a dash with nothing after it ("2017 \u2013", "Oct 2018 \u2013"), not by a word for the present. */
  openDash?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
  // French ("janvier 2021", "sept. 2014 – août 2016") and German ("März 2019", "Okt. 2020").
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, mär: 3, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12, dez: 12,
  // Spanish ("marzo 2022 – actualidad", "ene. 2018"), Portuguese ("março de 2020") and Italian ("gennaio 2019"): the
  // full names, and the short forms no English word shares ("set", "out", "mag" and "gen" are left out).
  enero: 1, ene: 1, febrero: 2, marzo: 3, abril: 4, abr: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, ago: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, dic: 12,
  janeiro: 1, fevereiro: 2, fev: 2, set: 9, out: 10, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11,
  dezembro: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // (s47) Polish, as a CV's dates name them ("stycze\u0144 2019 - obecnie") and in the genitive of a full date ("27 kwietnia
  // 2016"); no short forms ("lis", "sie" are words).
  'stycze\u0144': 1, stycznia: 1, luty: 2, lutego: 2, marzec: 3, marca: 3, 'kwiecie\u0144': 4, kwietnia: 4, maj: 5, maja: 5,
  czerwiec: 6, czerwca: 6, lipiec: 7, lipca: 7, 'sierpie\u0144': 8, sierpnia: 8, 'wrzesie\u0144': 9, 'wrze\u015bnia': 9,
  'pa\u017adziernik': 10, 'pa\u017adziernika': 10, listopad: 11, listopada: 11, 'grudzie\u0144': 12, grudnia: 12,
  // (s48) Swedish ("augusti 2020 \u2013 nu", "januari 2017"), Norwegian and Danish ("desember 2019"): the names German, French or
  // English do not share ("mars", "maj", "juni", "juli", "oktober" are read already).
  januari: 1, februari: 2, augusti: 8, desember: 12,
  // (s49) Dutch ("maart 2020 \u2013 heden", "mrt. 2016 \u2013 sep. 2019", "mei 2021"): the names no other tongue here shares
  // ("januari", "juni", "oktober" are read already).
  maart: 3, mrt: 3, mei: 5, augustus: 8,
  // (s50) Czech, in the nominative as a CV's dates name them ("z\u00e1\u0159\u00ed 2020 \u2013 sou\u010dasnost", "b\u0159ezen 2017") and in the genitive after
  // "od" ("od \u010dervence 2015"); "listopad" is read already (Polish shares it), "srpen", "leden" are no words elsewhere.
  leden: 1, ledna: 1, '\u00fanor': 2, '\u00fanora': 2, 'b\u0159ezen': 3, 'b\u0159ezna': 3, duben: 4, dubna: 4, 'kv\u011bten': 5, 'kv\u011btna': 5,
  '\u010derven': 6, '\u010dervna': 6, '\u010dervenec': 7, '\u010dervence': 7, srpen: 8, srpna: 8, 'z\u00e1\u0159\u00ed': 9, '\u0159\u00edjen': 10, '\u0159\u00edjna': 10,
  listopadu: 11, prosinec: 12, prosince: 12,
  // (s51) Italian short forms with their dot ("ott. 2016 \u2013 feb. 2019", "set. 2015 \u2013 lug. 2016", "giu. 2022"): "gen.", "mag." and
  // "set." only with the dot and a year (MONTH_RE), as English words they are not dates.
  gen: 1, mag: 5, giu: 6, lug: 7, ott: 10,
  // (s51) Romanian month names ("martie 2020 \u2013 prezent", "iulie 2016 \u2013 februarie 2020"); "mai", "august" are read already.
  ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  // (s51) Turkish month names ("Mart 2021 \u2013 Halen", "Eyl\u00fcl 2017 \u2013 \u015eubat 2021"), each also as a capital "I" lowers it (KASIM: "kasim").
  ocak: 1, '\u015fubat': 2, mart: 3, nisan: 4, 'may\u0131s': 5, mayis: 5, haziran: 6, temmuz: 7, 'a\u011fustos': 8, 'eyl\u00fcl': 9, ekim: 10,
  'kas\u0131m': 11, kasim: 11, 'aral\u0131k': 12, aralik: 12,  // (s52) Hungarian month names and their short forms, read only year first as Hungarian writes a date ("2019. m\u00e1rcius",
  // "2015. szept.", "2019. febr.": HU_POINT_RE); "november", "december", "jan", "aug", "okt" are read already.
  'janu\u00e1r': 1, 'febru\u00e1r': 2, febr: 2, 'm\u00e1rcius': 3, 'm\u00e1rc': 3, '\u00e1prilis': 4, '\u00e1pr': 4, 'm\u00e1jus': 5, 'm\u00e1j': 5,
  'j\u00fanius': 6, 'j\u00fan': 6, 'j\u00falius': 7, 'j\u00fal': 7, augusztus: 8, szeptember: 9, szept: 9, 'okt\u00f3ber': 10,
};
// (s52) Finnish month names, in the nominative as a CV's dates name them ("maaliskuu 2019 \u2013 nyky\u00e4\u00e4n", "kes\u00e4kuu 2014") and in the
// partitive of a full date ("maaliskuuta 2019"): each is its stem and "kuu" (month).
for (const [i, stem] of ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kes\u00e4', 'hein\u00e4', 'elo', 'syys', 'loka', 'marras', 'joulu'].entries()) {
  MONTHS[`${stem}kuu`] = i + 1;
  MONTHS[`${stem}kuuta`] = i + 1;
}
// (s53) Greek month names, in the nominative as a CV's dates name them ("\u0391\u03c0\u03c1\u03af\u03bb\u03b9\u03bf\u03c2 2021 \u2013 \u03c3\u03ae\u03bc\u03b5\u03c1\u03b1") and in the genitive of a full
// date ("\u039c\u03b1\u03c1\u03c4\u03af\u03bf\u03c5 2019"), each also without its accents (capitals drop them); Ukrainian month names, nominative ("\u0431\u0435\u0440\u0435\u0437\u0435\u043d\u044c 2021
// \u2013 \u0434\u043e\u0442\u0435\u043f\u0435\u0440") and genitive ("\u0437 \u0431\u0435\u0440\u0435\u0437\u043d\u044f 2021"). Full names only (no short forms).
const GREEK_MONTHS = [
  '\u03b9\u03b1\u03bd\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf\u03c2 \u03b9\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5', '\u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf\u03c2 \u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5', '\u03bc\u03ac\u03c1\u03c4\u03b9\u03bf\u03c2 \u03bc\u03b1\u03c1\u03c4\u03af\u03bf\u03c5', '\u03b1\u03c0\u03c1\u03af\u03bb\u03b9\u03bf\u03c2 \u03b1\u03c0\u03c1\u03b9\u03bb\u03af\u03bf\u03c5',
  '\u03bc\u03ac\u03b9\u03bf\u03c2 \u03bc\u03b1\u0390\u03bf\u03c5', '\u03b9\u03bf\u03cd\u03bd\u03b9\u03bf\u03c2 \u03b9\u03bf\u03c5\u03bd\u03af\u03bf\u03c5', '\u03b9\u03bf\u03cd\u03bb\u03b9\u03bf\u03c2 \u03b9\u03bf\u03c5\u03bb\u03af\u03bf\u03c5', '\u03b1\u03cd\u03b3\u03bf\u03c5\u03c3\u03c4\u03bf\u03c2 \u03b1\u03c5\u03b3\u03bf\u03cd\u03c3\u03c4\u03bf\u03c5',
  '\u03c3\u03b5\u03c0\u03c4\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2 \u03c3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5', '\u03bf\u03ba\u03c4\u03ce\u03b2\u03c1\u03b9\u03bf\u03c2 \u03bf\u03ba\u03c4\u03c9\u03b2\u03c1\u03af\u03bf\u03c5', '\u03bd\u03bf\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2 \u03bd\u03bf\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5', '\u03b4\u03b5\u03ba\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2 \u03b4\u03b5\u03ba\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5',
].map((names) => names.split(' ').flatMap((n) => [n, n.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]));
const UKRAINIAN_MONTHS = [
  '\u0441\u0456\u0447\u0435\u043d\u044c \u0441\u0456\u0447\u043d\u044f', '\u043b\u044e\u0442\u0438\u0439 \u043b\u044e\u0442\u043e\u0433\u043e', '\u0431\u0435\u0440\u0435\u0437\u0435\u043d\u044c \u0431\u0435\u0440\u0435\u0437\u043d\u044f', '\u043a\u0432\u0456\u0442\u0435\u043d\u044c \u043a\u0432\u0456\u0442\u043d\u044f',
  '\u0442\u0440\u0430\u0432\u0435\u043d\u044c \u0442\u0440\u0430\u0432\u043d\u044f', '\u0447\u0435\u0440\u0432\u0435\u043d\u044c \u0447\u0435\u0440\u0432\u043d\u044f', '\u043b\u0438\u043f\u0435\u043d\u044c \u043b\u0438\u043f\u043d\u044f', '\u0441\u0435\u0440\u043f\u0435\u043d\u044c \u0441\u0435\u0440\u043f\u043d\u044f',
  '\u0432\u0435\u0440\u0435\u0441\u0435\u043d\u044c \u0432\u0435\u0440\u0435\u0441\u043d\u044f', '\u0436\u043e\u0432\u0442\u0435\u043d\u044c \u0436\u043e\u0432\u0442\u043d\u044f', '\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434 \u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430', '\u0433\u0440\u0443\u0434\u0435\u043d\u044c \u0433\u0440\u0443\u0434\u043d\u044f',
].map((names) => names.split(' '));
for (const table of [GREEK_MONTHS, UKRAINIAN_MONTHS]) for (const [i, names] of table.entries()) for (const n of names) MONTHS[n] = i + 1;
// (s59) Slovak month names, in the nominative as a CV's dates name them ("marec 2020 \u2013 doteraz", "j\u00fan 2017 \u2013 febru\u00e1r 2020") and in the
// genitive of a full date ("15. marca 2020"); "janu\u00e1r", "febru\u00e1r", "m\u00e1j", "j\u00fan", "j\u00fal", "okt\u00f3ber" are Hungarian's too (read already),
// "august", "september", "november", "december" English's, "marca" Polish's.
const SLOVAK_MONTHS = [
  'janu\u00e1r janu\u00e1ra', 'febru\u00e1r febru\u00e1ra', 'marec', 'apr\u00edl apr\u00edla', 'm\u00e1j m\u00e1ja', 'j\u00fan j\u00fana', 'j\u00fal j\u00fala', 'augusta',
  'septembra', 'okt\u00f3ber okt\u00f3bra', 'novembra', 'decembra',
].map((names) => names.split(' '));
// (s59) Greek month names written in Latin letters (Greeklish, as a Greek CV in English often keeps them: "Martios 2020 \u2013
// Simera", "Oktovrios 2016"), nominative and genitive ("Martiou 2019"), with the spellings in use (v or b, mv or mb); their short
// forms English has not ("Ian.", "Ioun.", "Ioul.", "Avg.", "Noe.", "Dek.") only before a year (MONTH_RE: "Ian" is a name).
const GREEKLISH_MONTHS = [
  'ianouarios ianouariou', 'fevrouarios fevrouariou fevruarios fevruariou', 'martios martiou', 'aprilios apriliou', 'maios maiou',
  'iounios iouniou ioun', 'ioulios iouliou ioul', 'avgoustos avgoustou augoustos augoustou avg', 'septemvrios septemvriou septemvrios septembrios septembriou',
  'oktovrios oktovriou oktomvrios oktomvriou oktobrios oktobriou', 'noemvrios noemvriou noembrios noembriou noe', 'dekemvrios dekemvriou dekembrios dekembriou dek',
].map((names) => names.split(' '));
for (const table of [SLOVAK_MONTHS, GREEKLISH_MONTHS]) for (const [i, names] of table.entries()) for (const n of names) MONTHS[n] = i + 1;
// (s60) Latvian month names, nominative, genitive and locative ("2020. gada marts \u2013 \u0161obr\u012bd", "marta 2019"; LATVIAN_YEAR_FIRST for the
// year first); "marts" is Danish's March too ("marts 2021 \u2013 nu"). "maija", "augusta", "septembra", "oktobra", "novembra",
// "decembra" are Slovak's too (the same months).
const LATVIAN_MONTHS = [
  'janv\u0101ris janv\u0101ra janv\u0101r\u012b', 'febru\u0101ris febru\u0101ra febru\u0101r\u012b', 'marts marta mart\u0101', 'apr\u012blis apr\u012b\u013ca apr\u012bl\u012b', 'maijs maija maij\u0101', 'j\u016bnijs j\u016bnija j\u016bnij\u0101', 'j\u016blijs j\u016blija j\u016blij\u0101', 'augusts august\u0101', 'septembris septembra septembr\u012b', 'oktobris oktobra oktobr\u012b', 'novembris novembra novembr\u012b', 'decembris decembra decembr\u012b',
].map((names) => names.split(' '));
for (const [i, names] of LATVIAN_MONTHS.entries()) for (const n of names) MONTHS[n] = i + 1;
// (s60) Greek month names in the accusative, as "\u0391\u03c0\u03cc \u039c\u03ac\u03c1\u03c4\u03b9\u03bf 2021 \u03ad\u03c9\u03c2 \u03c3\u03ae\u03bc\u03b5\u03c1\u03b1" (from March 2021 until today) writes them, each also without its accents.
const GREEK_ACCUSATIVE = ['\u03b9\u03b1\u03bd\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf', '\u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf', '\u03bc\u03ac\u03c1\u03c4\u03b9\u03bf', '\u03b1\u03c0\u03c1\u03af\u03bb\u03b9\u03bf', '\u03bc\u03ac\u03b9\u03bf', '\u03b9\u03bf\u03cd\u03bd\u03b9\u03bf', '\u03b9\u03bf\u03cd\u03bb\u03b9\u03bf', '\u03b1\u03cd\u03b3\u03bf\u03c5\u03c3\u03c4\u03bf', '\u03c3\u03b5\u03c0\u03c4\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf', '\u03bf\u03ba\u03c4\u03ce\u03b2\u03c1\u03b9\u03bf', '\u03bd\u03bf\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf', '\u03b4\u03b5\u03ba\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf'].map((n) => [
  n,
  n.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
]);
for (const [i, names] of GREEK_ACCUSATIVE.entries()) for (const n of names) MONTHS[n] = i + 1;
MONTHS['ian'] = 1;
// (s61) Lithuanian month names, nominative and genitive, as a date year first writes them ("2019 m. sausio m\u0117n.", "2021 m. kovas":
// LITHUANIAN_YEAR_FIRST); Estonian month names and their short forms ("aprill 2019 \u2013 praegu", "jaan. 2021", "veebr. 2016"); Indonesian
// month names and their short forms ("Mei 2020 \u2013 Sekarang", "Agu 2015", "Des 2020"; "januari", "februari", "mei", "juni", "juli",
// "oktober", "desember" are read already). The short forms other tongues have as words ("des", "agu", "dets", "jaan", "veebr") only
// right before a year (MONTH_RE).
export const LITHUANIAN_MONTHS = [
  'sausis sausio', 'vasaris vasario', 'kovas kovo', 'balandis baland\u017eio', 'gegu\u017e\u0117 gegu\u017e\u0117s', 'bir\u017eelis bir\u017eelio', 'liepa liepos',
  'rugpj\u016btis rugpj\u016b\u010dio', 'rugs\u0117jis rugs\u0117jo', 'spalis spalio', 'lapkritis lapkri\u010dio', 'gruodis gruod\u017eio',
].map((names) => names.split(' '));
const ESTONIAN_MONTHS = [
  'jaanuar jaan', 'veebruar veebr', 'm\u00e4rts', 'aprill', '', 'juuni', 'juuli', '', '', 'oktoober', '', 'detsember dets',
].map((names) => names.split(' ').filter(Boolean));
const INDONESIAN_MONTHS = ['', '', 'maret', '', '', '', '', 'agustus agu', '', '', 'nopember', 'des'].map((names) => names.split(' ').filter(Boolean));
for (const table of [LITHUANIAN_MONTHS, ESTONIAN_MONTHS, INDONESIAN_MONTHS]) for (const [i, names] of table.entries()) for (const n of names) MONTHS[n] = i + 1;
// (s62) South Slavic month names in Latin letters: Serbian and Bosnian ("januar 2021 \u2013 trenutno", "mart 2017 \u2013 decembar 2020",
// the genitive after "od": "od marta 2019"), Croatian ("sije\u010danj 2022. \u2013 danas", "od lipnja do rujna 2017.") and Slovenian ("marec
// 2017 \u2013 december 2020", "od junija do avgusta 2013"); Croatian "listopad" (October) is left to Polish and Czech, whose November it is.
// Cyrillic month names: Bulgarian and Macedonian ("\u044f\u043d\u0443\u0430\u0440\u0438 2020 \u2013 \u0434\u043e\u0441\u0435\u0433\u0430", "\u0444\u0435\u0432. 2021 \u2013 \u043f\u043e\u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u043c"), Serbian in Cyrillic, Russian
// (nominative and genitive); their short forms only right before a year (MONTH_RE). Albanian ("janar 2019 \u2013 aktualisht", "korrik \u2013
// shtator 2014", with the article: "janari 2019"), Hebrew ("\u05d9\u05e0\u05d5\u05d0\u05e8 2021 \u2013 \u05e2\u05d3 \u05d4\u05d9\u05d5\u05dd") and Arabic as the Gulf and Egypt write them
// ("\u064a\u0646\u0627\u064a\u0631 \u0662\u0660\u0662\u0660 \u2013 \u062d\u062a\u0649 \u0627\u0644\u0622\u0646"; the Levant's Syriac names are not read).
export const SOUTH_SLAVIC_MONTHS = [
  'januar januara januarja sije\u010danj sije\u010dnja', 'februar februara februarja velja\u010da velja\u010de', 'mart marta marec marca o\u017eujak o\u017eujka',
  'april aprila travanj travnja', 'maj maja svibanj svibnja', 'jun juna junij junija lipanj lipnja', 'jul jula julij julija srpanj srpnja',
  'avgust avgusta kolovoz kolovoza', 'septembar septembra september rujan rujna', 'oktobar oktobra oktober', 'novembar novembra november studeni studenoga studenog',
  'decembar decembra december prosinac prosinca',
].map((names) => names.split(' '));
const CYRILLIC_MONTHS = [
  '\u044f\u043d\u0443\u0430\u0440\u0438 \u044f\u043d\u0432\u0430\u0440\u044c \u044f\u043d\u0432\u0430\u0440\u044f \u0458\u0430\u043d\u0443\u0430\u0440 \u0458\u0430\u043d\u0443\u0430\u0440\u0438', '\u0444\u0435\u0432\u0440\u0443\u0430\u0440\u0438 \u0444\u0435\u0432\u0440\u0430\u043b\u044c \u0444\u0435\u0432\u0440\u0430\u043b\u044f \u0444\u0435\u0431\u0440\u0443\u0430\u0440', '\u043c\u0430\u0440\u0442 \u043c\u0430\u0440\u0442\u0430', '\u0430\u043f\u0440\u0438\u043b \u0430\u043f\u0440\u0435\u043b\u044c \u0430\u043f\u0440\u0435\u043b\u044f', '\u043c\u0430\u0439 \u043c\u0430\u044f \u043c\u0430\u0458',
  '\u044e\u043d\u0438 \u0438\u044e\u043d\u044c \u0438\u044e\u043d\u044f \u0458\u0443\u043d \u0458\u0443\u043d\u0438', '\u044e\u043b\u0438 \u0438\u044e\u043b\u044c \u0438\u044e\u043b\u044f \u0458\u0443\u043b \u0458\u0443\u043b\u0438', '\u0430\u0432\u0433\u0443\u0441\u0442 \u0430\u0432\u0433\u0443\u0441\u0442\u0430', '\u0441\u0435\u043f\u0442\u0435\u043c\u0432\u0440\u0438 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044c \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f \u0441\u0435\u043f\u0442\u0435\u043c\u0431\u0430\u0440',
  '\u043e\u043a\u0442\u043e\u043c\u0432\u0440\u0438 \u043e\u043a\u0442\u044f\u0431\u0440\u044c \u043e\u043a\u0442\u044f\u0431\u0440\u044f \u043e\u043a\u0442\u043e\u0431\u0430\u0440', '\u043d\u043e\u0435\u043c\u0432\u0440\u0438 \u043d\u043e\u044f\u0431\u0440\u044c \u043d\u043e\u044f\u0431\u0440\u044f \u043d\u043e\u0432\u0435\u043c\u0431\u0430\u0440', '\u0434\u0435\u043a\u0435\u043c\u0432\u0440\u0438 \u0434\u0435\u043a\u0430\u0431\u0440\u044c \u0434\u0435\u043a\u0430\u0431\u0440\u044f \u0434\u0435\u0446\u0435\u043c\u0431\u0430\u0440',
].map((names) => names.split(' '));
const CYRILLIC_SHORT = ['\u044f\u043d \u044f\u043d\u0432', '\u0444\u0435\u0432 \u0444\u0435\u0432\u0440', '\u043c\u0430\u0440', '\u0430\u043f\u0440', '', '', '', '\u0430\u0432\u0433', '\u0441\u0435\u043f \u0441\u0435\u043f\u0442 \u0441\u0435\u043d\u0442', '\u043e\u043a\u0442', '\u043d\u043e\u0435 \u043d\u043e\u0435\u043c \u043d\u043e\u044f\u0431', '\u0434\u0435\u043a'].map((names) => names.split(' ').filter(Boolean));
const ALBANIAN_MONTHS = [
  'janar janari', 'shkurt shkurti', 'marsi', 'prill prilli', 'maji', 'qershor qershori', 'korrik korriku', 'gusht gushti', 'shtator shtatori',
  'tetor tetori', 'nëntor nëntori', 'dhjetor dhjetori',
].map((names) => names.split(' '));
const HEBREW_MONTHS = ['\u05d9\u05e0\u05d5\u05d0\u05e8', '\u05e4\u05d1\u05e8\u05d5\u05d0\u05e8', '\u05de\u05e8\u05e5 \u05de\u05e8\u05e1', '\u05d0\u05e4\u05e8\u05d9\u05dc', '\u05de\u05d0\u05d9', '\u05d9\u05d5\u05e0\u05d9', '\u05d9\u05d5\u05dc\u05d9', '\u05d0\u05d5\u05d2\u05d5\u05e1\u05d8', '\u05e1\u05e4\u05d8\u05de\u05d1\u05e8', '\u05d0\u05d5\u05e7\u05d8\u05d5\u05d1\u05e8', '\u05e0\u05d5\u05d1\u05de\u05d1\u05e8', '\u05d3\u05e6\u05de\u05d1\u05e8'].map((names) => names.split(' '));
const ARABIC_MONTHS = ['\u064a\u0646\u0627\u064a\u0631', '\u0641\u0628\u0631\u0627\u064a\u0631', '\u0645\u0627\u0631\u0633', '\u0623\u0628\u0631\u064a\u0644 \u0627\u0628\u0631\u064a\u0644 \u0625\u0628\u0631\u064a\u0644', '\u0645\u0627\u064a\u0648', '\u064a\u0648\u0646\u064a\u0648 \u064a\u0648\u0646\u064a\u0629', '\u064a\u0648\u0644\u064a\u0648 \u064a\u0648\u0644\u064a\u0629', '\u0623\u063a\u0633\u0637\u0633 \u0627\u063a\u0633\u0637\u0633', '\u0633\u0628\u062a\u0645\u0628\u0631', '\u0623\u0643\u062a\u0648\u0628\u0631 \u0627\u0643\u062a\u0648\u0628\u0631', '\u0646\u0648\u0641\u0645\u0628\u0631', '\u062f\u064a\u0633\u0645\u0628\u0631'].map((names) =>
  names.split(' '),
);
const S62_MONTHS = [SOUTH_SLAVIC_MONTHS, CYRILLIC_MONTHS, CYRILLIC_SHORT, ALBANIAN_MONTHS, HEBREW_MONTHS, ARABIC_MONTHS];
for (const table of S62_MONTHS) for (const [i, names] of table.entries()) for (const n of names) MONTHS[n] = i + 1;
/**
 * A season's months: first and last, as resumes mean them: a term of study, a co-op or an internship. "Fall 2024" runs
 * to December (a fall term ends before Christmas); "Winter 2024" is the start of 2024 (a winter term or quarter), never
 * the December after it.
 */
const SEASONS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], fall: [9, 12], autumn: [9, 12], winter: [1, 3],
};
/**
 * (s60) A season that ends a range ends in its third month, as the labels count a season ("a season is its three months"):
 * "Spring 2017 \u2013 Fall 2018" runs to November 2018, as "Fall 2015 \u2013 Spring 2018" runs to May (a fall alone, a term, keeps its
 * December above).
 */
const SEASON_RANGE_END: Record<string, number> = { fall: 11, autumn: 11 };

const MONTH_RE =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?' +
  '|janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|septembre|octobre|novembre|d[ée]c(?:embre)?' +
  '|januar|februar|m(?:ä|ae)rz|mär|juni|juli|okt(?:ober)?|dez(?:ember)?' +
  '|enero|ene|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|se(?:p)?tiembre|octubre|noviembre|dic(?:iembre)?' +
  '|janeiro|fev(?:ereiro)?|março|maio|junho|julho|setembro|outubro|novembro|dezembro' +
  // (s47: Brazil's "set/2019", "out/2020": the short forms English shares, only right before a slash and a year.)
  '|set(?=/(?:19|20)\\d\\d)|out(?=/(?:19|20)\\d\\d)' +
  '|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre' +
  '|stycze\u0144|stycznia|luty|lutego|marzec|marca|kwiecie\u0144|kwietnia|maja?|czerwiec|czerwca|lipiec|lipca|sierpie\u0144|sierpnia' +
  '|wrzesie\u0144|wrze\u015bnia|pa\u017adziernika?|listopada?|grudzie\u0144|grudnia' +
  '|januari|februari|augusti|desember|maart|mrt|mei|augustus' +
  '|ledna|leden|\u00fanora?|b\u0159ezen|b\u0159ezna|duben|dubna|kv\u011bten|kv\u011btna|\u010dervenec|\u010dervence|\u010derven|\u010dervna|srpen|srpna|z\u00e1\u0159\u00ed|\u0159\u00edjen|\u0159\u00edjna|listopadu|prosinec|prosince' +
  // (s51) Italian short forms (with their dot; "gen.", "mag.", "set." only before a year), Romanian and Turkish month names.
  // (s55) Without the dot, as Italian CVs also write them ("giu 2016 \u2013 ago 2016", "mar 2019 \u2013 ott 2021"): "giu", "lug", "ott"
  // right before a year; "gen", "mag", "set" (English words) only as a side of a range of months: before a year, a dash and a
  // word ("set 2017 \u2013 feb 2019"), or after a year and a dash ("feb 2019 \u2013 set 2021"); "a data set 2018 \u2013 2020" stays years.
  '|(?:giu|lug|ott)(?=\\.|\\s+(?:19|20)\\d\\d)|(?:gen|mag|set)(?=\\.\\s*(?:19|20)\\d\\d)' +
  '|(?:gen|mag|set)(?=\\s+(?:19|20)\\d\\d\\s*[-\u2013\u2014]\\s*\\p{L})|(?<=(?:19|20)\\d\\d\\s*[-\u2013\u2014]\\s*)(?:gen|mag|set)(?=\\s+(?:19|20)\\d\\d)' +
  '|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie' +
  '|ocak|\u015fubat|mart|n[i\u0130]san|may[\u0131i]s|haz[i\u0130]ran|temmuz|a\u011fustos|eyl\u00fcl|ek[i\u0130]m|kas[\u0131i]m|aral[\u0131i]k' +
  // (s52) Finnish month names (nominative and partitive).
  '|(?:tammi|helmi|maalis|huhti|touko|kes\u00e4|hein\u00e4|elo|syys|loka|marras|joulu)kuu(?:ta)?' +
  // (s53) Greek and Ukrainian month names (GREEK_MONTHS, UKRAINIAN_MONTHS), the longest first.
  `|${[...GREEK_MONTHS, ...UKRAINIAN_MONTHS].flat().sort((a, b) => b.length - a.length).join('|')}` +
  // (s59) Slovak and Greeklish month names (SLOVAK_MONTHS, GREEKLISH_MONTHS), the longest first; the short Greeklish forms
  // only before a year.
  `|${[...SLOVAK_MONTHS, ...GREEKLISH_MONTHS].flat().filter((n) => n.length > 4).sort((a, b) => b.length - a.length).join('|')}` +
  // (s60) Latvian month names (LATVIAN_MONTHS, "marts" Danish's too) and Greek months in the accusative (GREEK_ACCUSATIVE).
  `|${[...LATVIAN_MONTHS, ...GREEK_ACCUSATIVE].flat().sort((a, b) => b.length - a.length).join('|')}` +
  `|(?:ian|ioun|ioul|avg|noe|dek)(?=\\.?\\s*(?:19|20)\\d\\d)` +
  // (s61) Lithuanian, Estonian and Indonesian month names (LITHUANIAN_MONTHS, ESTONIAN_MONTHS, INDONESIAN_MONTHS), the longest first;
  // the short forms that are words elsewhere only before a year; the Slovak genitives of four letters ("od j\u00fala do augusta 2014").
  `|${[...LITHUANIAN_MONTHS, ...ESTONIAN_MONTHS, ...INDONESIAN_MONTHS].flat().filter((n) => n.length > 4).sort((a, b) => b.length - a.length).join('|')}` +
  // (s62) South Slavic, Cyrillic, Albanian, Hebrew and Arabic month names (S62_MONTHS), the longest first; the Cyrillic short forms
  // only before a year.
  `|${[...SOUTH_SLAVIC_MONTHS, ...CYRILLIC_MONTHS, ...ALBANIAN_MONTHS, ...HEBREW_MONTHS, ...ARABIC_MONTHS].flat().filter((n) => n.length > 3 || !/^[a-z]+$/.test(n)).sort((a, b) => b.length - a.length).join('|')}` +
  `|(?:${CYRILLIC_SHORT.flat().sort((a, b) => b.length - a.length).join('|')})(?=\\.?\\s*(?:19|20)\\d\\d)` +
  '|(?:jaan|veebr|dets|agu|des)(?=\\.?\\s*(?:19|20)\\d\\d)|j\u00fana|j\u00fala|m\u00e1ja' +
  `|m\u00e1j|j\u00fan|j\u00fal)\\.?` +
  // "marzo de 2022", "março de 2020": Spanish and Portuguese put "de" between the month and its year.
  '(?:\\s+de(?=\\s+\\d))?';
/**
 * (s52) A Hungarian date, year first with its dot: "2019. m\u00e1rcius", "2015. szept.", "2019. febr.". The month names are
 * Hungarian's only (a year, a dot and an English month is a sentence's end and the next one's start).
 */
const HU_MONTH_RE =
  '(?:janu\u00e1r|jan|febru\u00e1r|febr|m\u00e1rcius|m\u00e1rc|\u00e1prilis|\u00e1pr|m\u00e1jus|m\u00e1j|j\u00fanius|j\u00fan|j\u00falius|j\u00fal|augusztus|aug|szeptember|szept|okt\u00f3ber|okt|november|nov|december|dec)';
// (s59) Or with the month in digits and a space after each dot, as Hungarian CVs write it: "2021. 04. \u2013 jelenleg", "2017. 09. \u2013
// 2021. 03." (a day may follow: "1993. 05. 12."); the month's own dot is needed ("2019. 5 projects" is no date).
const HU_POINT_RE = `(?:19[5-9]\\d|20\\d\\d)\\.\\s?(?:${HU_MONTH_RE}(?![\\p{L}])\\.?|(?:0?[1-9]|1[0-2])\\.(?:\\s?(?:0?[1-9]|[12]\\d|3[01])\\.)?(?!\\d))`;
const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';
/** A quarter or a half of a year: "Q3 2018", "H1 2020". */
const QUARTER_RE = '(?:q[1-4]|h[12])';
const YEAR_RE = "(?:19[5-9]\\d|20\\d\\d)";
const SHORT_YEAR_RE = "['’]\\d\\d";
/** One side of a range: its forms, most specific first. */
const POINT_RE =
  `(?:${HU_POINT_RE}|${MONTH_RE}(?:(?:,?\\s*|-)(?:\\d{1,2},?\\s+)?(?:${YEAR_RE}|${SHORT_YEAR_RE})|['’]${YEAR_RE}|\\/${YEAR_RE})` + // Jan 2019, Sept. 2021, March 3, 2020, Jan '19, March, 2018, Jan-2019, Aug'2022, jan/2021
  `|${SEASON_RE}\\s+(?:${YEAR_RE}|${SHORT_YEAR_RE})` + // Summer 2017, (s51) Summer '15
  `|${QUARTER_RE}\\s*(?:${YEAR_RE}|${SHORT_YEAR_RE})` + // Q3 2018, H1 2020
  `|${YEAR_RE}[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\\d|3[01]))?(?!\\d)` + // 2015-06, 2015/06, 2013-12-01
  `|(?:0?[1-9]|1[0-2])[/.-]${YEAR_RE}` + // 06/2015, 6.2015
  `|(?:0?[1-9]|[12]\\d|3[01])(?:/(?:0?[1-9]|[12]\\d|3[01])/|\\.(?:0?[1-9]|[12]\\d|3[01])\\.)${YEAR_RE}` + // 03/15/2021, 15/03/2021, 15.03.2021
  `|${YEAR_RE})`; // 2015
/**
 * (s62) Hebrew and Arabic words for the present at a range's end: Hebrew "\u05e2\u05d3 \u05d4\u05d9\u05d5\u05dd" (until today), "\u05d4\u05d9\u05d5\u05dd", "\u05db\u05d9\u05d5\u05dd" (nowadays), "\u05d4\u05d5\u05d5\u05d4"
 * (present), "\u05e2\u05d3 \u05e2\u05db\u05e9\u05d9\u05d5"; Arabic "\u062d\u062a\u0649 \u0627\u0644\u0622\u0646" (until now), "\u062d\u062a\u0649 \u0627\u0644\u064a\u0648\u0645", "\u062d\u062a\u0649 \u062a\u0627\u0631\u064a\u062e\u0647" (to date), "\u0625\u0644\u0649 \u0627\u0644\u0622\u0646", "\u0627\u0644\u0622\u0646" (now), "\u062d\u0627\u0644\u064a\u0627\u064b"
 * (currently). Also written first, as a right-to-left span's order puts them ("\u05d4\u05d9\u05d5\u05dd \u2013 08/2020": PRESENT_FIRST_RTL).
 */
const RTL_PRESENT =
  '(?:\u05e2\u05d3\\s+(?:\u05d4\u05d9\u05d5\u05dd|\u05e2\u05db\u05e9\u05d9\u05d5)|\u05d4\u05d9\u05d5\u05dd|\u05db\u05d9\u05d5\u05dd|\u05d4\u05d5\u05d5\u05d4|\u05e2\u05db\u05e9\u05d9\u05d5|\u062d\u062a\u0649\\s+(?:\u0627\u0644\u0622\u0646|\u0627\u0644\u0627\u0646|\u0627\u0644\u064a\u0648\u0645|\u062a\u0627\u0631\u064a\u062e\u0647)|(?:\u0625\u0644\u0649|\u0627\u0644\u0649|\u0644\u063a\u0627\u064a\u0629)\\s+(?:\u0627\u0644\u0622\u0646|\u0627\u0644\u0627\u0646)|\u0627\u0644\u0622\u0646|\u0627\u0644\u0627\u0646|\u062d\u0627\u0644\u064a(?:\u0627\u064b|\u064b\u0627|\u0627))';
const PRESENT_RE =
  // (s46) Japanese "現在" / "現職" ("2019年4月～現在"), Chinese "至今", Korean "현재" / "재직중".
  "(?:現在|現職|至今|현재|재직\\s*중|present|current(?:ly)?|pres\\.|curr\\.|now|today|ongoing|date|till\\s+date|to\\s+date|till\\s+now|until\\s+now|up\\s+to\\s+now|heute|aktuell|jetzt|oggi|ad\\s+oggi|presente|actualidad|actualmente|actual|atual|atualmente|aujourd['’]hui|(?:à\\s+)?ce\\s+jour|en\\s+cours|in\\s+corso|attuale|em\\s+curso|en\\s+curso|obecnie|teraz|heden|nu|idag|p\u00e5g\u00e5ende|n\u00e5|dato|sou\u010dasnosti?|nyn\u00ed|jelenleg|prezent|halen|g\u00fcn\u00fcm\u00fcz|devam ediyor" +
  // (s52) Czech "dosud" ("2021-06 \u2013 dosud", "(a\u017e) doposud"), Greek "\u03c3\u03ae\u03bc\u03b5\u03c1\u03b1" (today: Europass's "[ 03/2020 \u2013 \u03a3\u03ae\u03bc\u03b5\u03c1\u03b1 ]"),
  // Portuguese "at\u00e9 ao momento" / "at\u00e9 o momento" / "at\u00e9 hoje", Finnish "nyky\u00e4\u00e4n" / "nyt".
  // (s57) French "pr\u00e9sent" / "\u00e0 pr\u00e9sent" and "actuellement" (Qu\u00e9bec resumes: "mai 2022 \u2013 pr\u00e9sent").
  "|(?:\u00e0\\s+)?pr\u00e9sent|actuellement" +
  // (s58 lead) Spanish "a la fecha" / "hasta la fecha" (Mexican resumes: "abril 2022 \u2013 a la fecha"): to date.
  "|(?:(?:a|hasta)\\s+)?la\\s+fecha" +
  // (s59 lead) Slovak "doteraz" / "doposia\u013e" / "dodnes", Hungarian "jelenleg" / "napjainkig", Turkish "halen" / "g\u00fcn\u00fcm\u00fcze kadar",
  // Croatian and Serbian "danas" / "do danas" / "trenutno", Catalan "actualitat".
  "|doteraz|doposia\u013e|dodnes|jelenleg|napjainkig|halen|g\u00fcn\u00fcm\u00fcze\\s+kadar|(?:do\\s+)?danas|trenutno|(?:l['\u2019])?actualitat" +
  "|(?:a\u017e\\s+)?(?:doposud|dosud)|\u03c3\u03ae\u03bc\u03b5\u03c1\u03b1|at\u00e9\\s+(?:ao\\s+|o\\s+)?momento|at\u00e9\\s+hoje|nyky\u00e4\u00e4n|nyt" +
  // (s53) Ukrainian "\u0434\u043e\u0442\u0435\u043f\u0435\u0440" (until now), "\u0437\u0430\u0440\u0430\u0437" (now); Greek "\u03c3\u03ae\u03bc\u03b5\u03c1\u03b1" without its accent, as capitals write it.
  "|\u0434\u043e\u0442\u0435\u043f\u0435\u0440|\u0437\u0430\u0440\u0430\u0437|\u03c3\u03b7\u03bc\u03b5\u03c1\u03b1" +
  // (s59) Slovak "(do) s\u00fa\u010dasnosti" / "s\u00fa\u010dasnos\u0165"; Greek "\u03c3\u03ae\u03bc\u03b5\u03c1\u03b1" in Latin letters, "Simera" ("Martios 2020 \u2013 Simera").
  "|(?:do\\s+)?s\u00fa\u010dasnos(?:\u0165|ti)|simera" +
  // (s60) Latvian "\u0161obr\u012bd" (now) and "l\u012bdz \u0161im" (until now); (s60 lead) Lithuanian "dabar" / "iki dabar".
  "|\u0161obr\u012bd|l\u012bdz\\s+\u0161im|(?:iki\\s+)?dabar" +
  // (s60 lead) Vietnamese "hi\u1ec7n t\u1ea1i" / "nay" / "\u0111\u1ebfn nay" (now, until now).
  "|hi\u1ec7n\\s+t\u1ea1i|(?:\u0111\u1ebfn\\s+)?nay" +
  // (s61) Greek "\u03bc\u03ad\u03c7\u03c1\u03b9 \u03c3\u03ae\u03bc\u03b5\u03c1\u03b1" (until today; without accents in capitals), Lithuanian "iki \u0161iol" (so far), Estonian "praegu" /
  // "praeguseni" / "t\u00e4naseni" (now, until now), Finnish "t\u00e4h\u00e4n asti" / "t\u00e4h\u00e4n saakka" (so far) and "toistaiseksi" (for now),
  // Indonesian "sekarang" / "saat ini" / "kini" (now), with "hingga" / "sampai" (until) before them.
  "|(?:\u03bc\u03ad\u03c7\u03c1\u03b9|\u03bc\u03b5\u03c7\u03c1\u03b9)\\s+(?:\u03c3\u03ae\u03bc\u03b5\u03c1\u03b1|\u03c3\u03b7\u03bc\u03b5\u03c1\u03b1)|iki\\s+\u0161iol|(?:kuni\\s+)?(?:praeguseni|t\u00e4naseni)|praegu|t\u00e4h\u00e4n\\s+(?:asti|saakka)|toistaiseksi" +
  // (s62 lead) Russian "(\u043f\u043e) \u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u0435 \u0432\u0440\u0435\u043c\u044f" (to the present time), "\u043d.\u0432.", "\u043d\u0430\u0441\u0442. \u0432\u0440\u0435\u043c\u044f", "\u043f\u043e \u0441\u0435\u0439 \u0434\u0435\u043d\u044c" (to this day), "\u0441\u0435\u0439\u0447\u0430\u0441" (now).
  "|(?:\u043f\u043e\\s+)?(?:\u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u0435|\u0442\u0435\u043a\u0443\u0449\u0435\u0435)\\s+\u0432\u0440\u0435\u043c\u044f|\u043d\u0430\u0441\u0442\\.\\s*\u0432\u0440\u0435\u043c\u044f|(?:\u043f\u043e\\s+)?\u043d\\.\\s?\u0432\\.|(?:\u043f\u043e\\s+)?\u0441\u0435\u0439\\s+\u0434\u0435\u043d\u044c|\u0441\u0435\u0439\u0447\u0430\u0441" +
  // (s62) Bulgarian "\u0434\u043e\u0441\u0435\u0433\u0430" (until now), "\u043f\u043e\u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u043c" (at present), "\u0434\u043e \u043c\u043e\u043c\u0435\u043d\u0442\u0430", "\u0432 \u043c\u043e\u043c\u0435\u043d\u0442\u0430", "(\u0434\u043e) \u0434\u043d\u0435\u0441"; Macedonian "(\u0434\u043e) \u0434\u0435\u043d\u0435\u0441";
  // Serbian in Cyrillic "(\u0434\u043e) \u0434\u0430\u043d\u0430\u0441", "\u0442\u0440\u0435\u043d\u0443\u0442\u043d\u043e"; Russian "\u043f\u043e \u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u0435 \u0432\u0440\u0435\u043c\u044f", "\u043f\u043e \u043d.\u0432.", "\u0441\u0435\u0439\u0447\u0430\u0441"; Slovenian "(do) danes", "sedaj",
  // "zdaj"; Albanian "aktualisht", "deri më sot", "deri tani", "në vazhdim"; Georgian "\u10d3\u10e6\u10d4\u10db\u10d3\u10d4" (until today), "\u10d0\u10db\u10df\u10d0\u10db\u10d0\u10d3"; Hebrew and Arabic
  // (RTL_PRESENT).
  "|\u0434\u043e\u0441\u0435\u0433\u0430|\u043f\u043e\u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u043c|\u0434\u043e\\s+\u043c\u043e\u043c\u0435\u043d\u0442\u0430|\u0432\\s+\u043c\u043e\u043c\u0435\u043d\u0442\u0430|(?:\u0434\u043e\\s+)?(?:\u0434\u043d\u0435\u0441|\u0434\u0435\u043d\u0435\u0441|\u0434\u0430\u043d\u0430\u0441)|\u0442\u0440\u0435\u043d\u0443\u0442\u043d\u043e|(?:\u043f\u043e\\s+)?\u043d\u0430\u0441\u0442\u043e\u044f\u0449\u0435\u0435\\s+\u0432\u0440\u0435\u043c\u044f|(?:\u043f\u043e\\s+)?\u043d\\.\\s?\u0432\\.|\u0441\u0435\u0439\u0447\u0430\u0441" +
  "|(?:do\\s+)?danes|sedaj|zdaj|aktualisht|deri\\s+m[ëe]\\s+sot|deri\\s+tani|n[ëe]\\s+vazhdim|\u10d3\u10e6\u10d4\u10db\u10d3\u10d4|\u10d0\u10db\u10df\u10d0\u10db\u10d0\u10d3" +
  `|${RTL_PRESENT}` +
  "|(?:(?:hingga|sampai)\\s+)?(?:sekarang|kini)|saat\\s+ini" +
  // (s62 careful tune) Azerbaijani "indiy\u0259d\u0259k" / "indiy\u0259 q\u0259d\u0259r" (until now), "hal-haz\u0131rda" / "haz\u0131rda" (at present).
  "|indiy\u0259d\u0259k|indiy\u0259\\s+q\u0259d\u0259r|(?:hal-)?haz\u0131rda)";
/**
 * (s47) A word of a date as a column of dates splits it over lines ("stycze\u0144 2019 -" / "obecnie", "marzo de 2016 -" /
 * "diciembre de 2019"): a month's name in any language read here, a word for the present, Spanish and Portuguese "de".
 */
const DATE_WORD = new RegExp(`^(?:${MONTH_RE}|${PRESENT_RE}|de)[.,]?$`, 'iu');
export function isDateWord(token: string): boolean {
  return DATE_WORD.test(token);
}
const MONTH_WORD = new RegExp(`^(?:${MONTH_RE})[.,]?$`, 'iu');
/** A month's name alone, in any language read here ("grudzie\u0144", "Sept."). */
export function isMonthName(token: string): boolean {
  return MONTH_WORD.test(token);
}

/**
 * (s49) A range's start and its mark with its end yet to come, as a narrow cell of dates wraps it ("Sep 2019 \u2013", "pa\u017adziernik
 * 2018 \u2013", "od lipca 2015 do"), and the end alone that the cell's next line holds ("Feb 2023", "present", "wrze\u015bnia 2015").
 */
// (s53) Or with its end's month, the year wrapped ("\u0432\u0435\u0440\u0435\u0441\u0435\u043d\u044c 2017 \u2013 \u043b\u044e\u0442\u0438\u0439" / "2021").
const OPEN_START = new RegExp(`^(?:(?:from|since|od|van|vanaf|de|desde|da|dal|von|du)\\s+)?(?:${POINT_RE})\\s*(?:[-\u2010-\u2015~]|to|until|till|through|do|tot|al?|bis|au|\u00e0|hasta)(?:\\s*(?:${MONTH_RE}))?$`, 'iu');
const END_ALONE = new RegExp(`^(?:(?:${POINT_RE})|${PRESENT_RE})[.,;]?$`, 'iu');
export function opensRange(text: string): boolean {
  return OPEN_START.test(romanDates(text).trim());
}
export function endsRange(text: string): boolean {
  return END_ALONE.test(romanDates(text).trim());
}
/**
 * Between a range's sides: a dash, an arrow ("→", "->"), "to", "until", "through"; "à"/"au" (French), "bis" (German), "hasta" (Spanish).
 * (s49) "do" (Polish: "od lipca 2015 do wrze\u015bnia 2015"), "tot" (Dutch: "van mei 2019 tot maart 2021"), "a"/"al" (Spanish, Italian,
 * Portuguese: "de enero de 2019 a marzo de 2021", "da maggio 2018 a oggi"): only ever between two dates.
 */
const SEP_RE = '\\s*(?:[-‐‑‒–—―~～〜－]+>?|[→⟶⇒➝➔]|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b|(?<!\\p{L})(?:à|au|bis|hasta|do|tot|al?|\u03ad\u03c9\u03c2|\u03b5\u03c9\u03c2)(?!\\p{L}))\\s*';

const EXPECTED_RE = '(?:exp(?:ected)?\\.?\\s*)?';
const RANGE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${POINT_RE})${SEP_RE}${EXPECTED_RE}(${POINT_RE}|${PRESENT_RE})(?![\\p{L}\\p{N}/]|[-.]\\d)`, 'giu');
/**
 * (s53) "Present – 03/2021", "Present – Jan 2022": a span written right to left, the present first (a Hebrew or Arabic resume's
 * order kept in English): from the date to the present. Only with a dash between, and the present named in English.
 */
const PRESENT_FIRST = new RegExp(`(?<![\\p{L}\\p{N}/.-])(?:present|current|now|today)\\s*[-\u2010-\u2015]\\s*(${POINT_RE})(?![\\p{L}\\p{N}/]|[-.]\\d|\\s*[-\u2010-\u2015])`, 'giu');
/** (s62) A Hebrew or Arabic word for the present, then a dash and a date: a span written right to left (RTL_PRESENT). */
const PRESENT_FIRST_RTL = new RegExp(`(?<![\\p{L}\\p{N}/.-])${RTL_PRESENT}\\s*[-\u2010-\u2015]\\s*(${POINT_RE})(?![\\p{L}\\p{N}/]|[-.]\\d|\\s*[-\u2010-\u2015])`, 'giu');
/** (s62) "Tháng 1 \u2013 06/2017": a Vietnamese month before a dash and a month of a year (s62Dates). */
const VI_SHARED_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]háng\\s*|T)(\\d{1,2})${SEP_RE}0?(\\d{1,2})/(${YEAR_RE})(?![\\p{L}\\p{N}/])`, 'gu');
/** "'17–'21", "’19 – present": years written short at both ends, each with its apostrophe (a year alone is yearOnly). */
const SHORT_YEARS = new RegExp(`(?<![\\p{L}\\p{N}'’/.-])(${SHORT_YEAR_RE})${SEP_RE}(${SHORT_YEAR_RE}|${PRESENT_RE})(?![\\p{L}\\p{N}/'’]|[-.]\\d)`, 'giu');
/** "10/21 → Present", "06/18 – 09/21": months and years of two digits, at both ends of a range (never a lone "10/21"). */
const MMYY_RANGE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(0?[1-9]|1[0-2])/(\\d\\d)${SEP_RE}(?:(0?[1-9]|1[0-2])/(\\d\\d)|(${PRESENT_RE}))(?![\\p{L}\\p{N}/]|[-.]\\d)`, 'giu');
/** "2012–14", "2019 – 21": a year, then its end's last two digits (after a plain hyphen only where they cannot be a month: "2011-12" is December 2011). */
const SHORT_END = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${YEAR_RE})(\\s*[‐‑‒–—―]\\s*|\\s+-\\s+|-)(\\d\\d)(?![\\p{L}\\p{N}/]|[-.]\\d)`, 'giu');
/** A side with its month: "Sep. 2023", "06/2015", "2015-06" (a year alone is too often something else). */
const MONTH_POINT_RE =
  `(?:${MONTH_RE}(?:\\s*(?:${YEAR_RE}|${SHORT_YEAR_RE})|['’]${YEAR_RE})` +
  `|${YEAR_RE}[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:0?[1-9]|[12]\\d|3[01]))?(?!\\d)` +
  `|(?:0?[1-9]|1[0-2])[/.-]${YEAR_RE})`;
/**
 * "Sep. 2023 Mar. 2024": some PDFs lose the dash from their text (a glyph
 * with no character behind it). Both sides must carry a month.
 */
const RANGE_NO_DASH = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${MONTH_POINT_RE})\\s+${EXPECTED_RE}(${MONTH_POINT_RE}|${PRESENT_RE})(?![\\p{L}\\p{N}/]|[-.]\\d)`, 'giu');
/** A month named alone, for a line that lists stints: "Sep. 2013, Mar. 2011 – Oct. 2011". */
const MONTH_ALONE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${MONTH_POINT_RE})(?![\\p{L}\\p{N}/]|[-.]\\d)`, 'giu');
/** "Jun – Aug 2017": a start month without its year. */
const MONTHS_IN_YEAR = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${MONTH_RE})${SEP_RE}(${MONTH_RE})\\s*(${YEAR_RE})(?![\\p{L}\\p{N}/])`, 'giu');
/** "Summer 2017" alone, or "Summer 2012 and 2013". */
const SEASON_ALONE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(?<!\\b(?:since|depuis|seit|desde|od|sinds|vanaf|dal)\\s+)(${SEASON_RE})\\s+(${YEAR_RE}|${SHORT_YEAR_RE})(?:\\s*(?:and|&|,)\\s*(${YEAR_RE}))?(?![\\p{L}\\p{N}/]|\\s*[-‐‑‒–—―~]|\\s+(?:to|until|till|through)\\b)`, 'giu');
/** "Q1 2024" alone: a quarter (or a half) of a year, its months; after "since" it opens a range ("Since Q2 2022", SINCE). */
const QUARTER_ALONE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(?<!\\b(?:since|depuis|seit|desde|od|sinds|vanaf|dal)\\s+)(${QUARTER_RE}\\s*(?:${YEAR_RE}|${SHORT_YEAR_RE}))(?![\\p{L}\\p{N}/]|\\s*[-‐‑‒–—―~]|\\s+(?:to|until|till|through)\\b)`, 'giu');
/**
 * "Since 2019", "Since March 2020" (where a line or a field starts, never in a sentence), "June 2022 and onwards": open-ended.
 * (s49) Polish "od marca 2022", Dutch "sinds mei 2021" / "vanaf 2020", Italian "dal 2019" too.
 */
const SINCE = new RegExp(`(?<=^[\\s•◦·*_#([-]*|[|·•,([]\\s*|\\s[-–—]\\s*|\\s{2,}|\\t)(?:since|depuis|seit|desde|od|sinds|vanaf|dal)\\s+(${POINT_RE})(?![\\p{L}\\p{N}/])(?!\\s*(?:[-‐‑‒–—―~]|to\\b|until\\b|till\\b))`, 'giu');
/** "Jan 2019 –", "(2020 – )": a range left open at the line's end, as a reader reads it: to the present. */
const OPEN_END = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${POINT_RE})\\s*[-‐‑‒–—―]+[\\s)\\]]*$`, 'giu');
/**
 * (s46) "2021–          Senior Lecturer, Uppsala University": a range left open where a column of dates ends, its title in the
 * next column (a gap of spaces or a tab after the dash): to the present, as at a line's end.
 */
const OPEN_BEFORE_GAP = new RegExp(`(?<=^[\\s•◦·*]*|\\S(?:\\s{2,}|\\t))(${POINT_RE})\\s*[-‐‑‒–—―]+(?=\\t\\s*\\S|\\s{2,}\\S)`, 'giu');
const ONWARDS = new RegExp(`(?<![\\p{L}\\p{N}/.-])(${POINT_RE})\\s*(?:and\\s+|[-–—]\\s*)?onwards?\\b`, 'giu');

interface Point {
  month: number;
  yearOnly: boolean;
  /** For a season: its last month (the end of a range that ends in a season). */
  last?: number;
  /** (s60) For a fall: its last month at a range's end (November; alone, a fall term runs to December). */
  rangeLast?: number;
}

function yearOf(s: string): number {
  if (/^['’]\d\d$/.test(s)) {
    const yy = Number(s.slice(1));
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }
  return Number(s);
}

/** Parses one side of a range; null when it is not a date. */
export function parsePoint(raw: string, dayFirst = false): Point | null {
  // (s51: a Turkish capital \u0130 lowers to "i" and a combining dot, "EK\u0130M": the dot dropped.)
  const s = raw.trim().toLowerCase().replace(/\u0307/g, '').replace(/\s+/g, ' ').replace(/^(\p{L}+\.?) de (?=\d{4}$)/u, '$1 ');
  const q = /^([qh])([1-4]) ?(\d{4}|['’]\d\d)$/.exec(s);
  if (q) {
    // A quarter (or a half) starts in its first month and, at a range's end, ends in its last.
    const len = q[1] === 'q' ? 3 : 6;
    if (q[1] === 'h' && Number(q[2]) > 2) return null;
    const first = yearOf(q[3]!) * 12 + (Number(q[2]) - 1) * len;
    return { month: first, yearOnly: false, last: first + len - 1 };
  }
  // "Aug'2022", "Feb’2018": a month glued to its year by an apostrophe (common on Indian resumes).
  let m = /^(\p{L}+)\.?(?:,? ?|-|['’](?=\d{4}$)|\/(?=\d{4}$))(?:(\d{1,2}),? )?(\d{4}|['’]\d\d)$/u.exec(s);
  if (m) {
    const name = m[1]!;
    const y = yearOf(m[3]!);
    const mon = MONTHS[name];
    if (mon) return { month: y * 12 + mon - 1, yearOnly: false };
    const season = SEASONS[name];
    if (season) return { month: y * 12 + season[0] - 1, yearOnly: false, last: y * 12 + season[1] - 1, ...(SEASON_RANGE_END[name] ? { rangeLast: y * 12 + SEASON_RANGE_END[name] - 1 } : {}) };
    return null;
  }
  // (s52) Hungarian, year first: "2019. m\u00e1rcius", "2015. szept.".
  m = /^(\d{4})\. ?(\p{L}+)\.?$/u.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!];
    return mon ? { month: Number(m[1]) * 12 + mon - 1, yearOnly: false } : null;
  }
  // (s59) Hungarian in digits: "2021. 04.", "1993. 05. 12.".
  m = /^(\d{4})\. ?(\d{1,2})\.(?: ?\d{1,2}\.)?$/.exec(s);
  if (m) return monthPoint(Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(s);
  if (m) return monthPoint(Number(m[1]), Number(m[2]));
  // A full date: the month first with slashes (US: 03/15/2021) unless the first number cannot be a month; the day first with dots.
  m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const dayIsFirst = dayFirst || m[2] === '.' || a > 12;
    return monthPoint(Number(m[4]), dayIsFirst ? b : a);
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return monthPoint(Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/.exec(s);
  if (m) return { month: Number(m[1]) * 12, yearOnly: true };
  return null;
}

function monthPoint(year: number, month: number): Point | null {
  if (month < 1 || month > 12) return null;
  return { month: year * 12 + month - 1, yearOnly: false };
}

/**
 * Whether a text writes its full dates day first ("28/02/2021", as Europass and most of the world do): some slashed
 * date cannot be month first, and none cannot be day first. Otherwise "03/15/2021" is read month first.
 */
export function writesDayFirst(text: string): boolean {
  const full = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:19|20)\d\d(?![\d/])/g;
  let dayFirst = false;
  for (const m of text.matchAll(full)) {
    if (Number(m[2]) > 12) return false;
    if (Number(m[1]) > 12) dayFirst = true;
  }
  return dayFirst;
}

/** Every date range in a string (a line), in order, none overlapping. `dayFirst`: the text writes "01/03/2021" for March. */
/**
 * (s46) Dates as Japanese, Chinese and Korean resumes write them: "2019年4月", "2016年10月", "2026年12月1日", "2019년 4월": the
 * same text with each written as "2019-4", "2016-10", "2026-12-1", padded with spaces to its length (offsets hold). "現在" right
 * after a day ("2026年12月1日現在": as of that day, the date a document was written) is no present: blanked.
 */
// A year in the Western count, or in a Japanese era's ("平成27年", "令和元年": 元 is its first year).
const CJK_YEAR = '(?:((?:19|20)\\d\\d)|(令和|平成|昭和)\\s*(元|\\d{1,2}))\\s*[年년]';
const CJK_DATE = new RegExp(`${CJK_YEAR}\\s*(?:(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})\\s*[日일](\\s*現在)?)?|(?!\\s*\\d))`, 'gu');
const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
// (s54) The same eras named in English, as a rirekisho written in English keeps them: "Heisei 25", "Reiwa 3" (Heisei 1 is 1989,
// Reiwa 1 is 2019), each written as its Western year, padded with spaces to its length.
const ERA_ROMAN = /\b(Reiwa|Heisei|Showa)\s+(\d{1,2})(?![\d:.\/-])/gi;
const ERA_ROMAN_START: Record<string, number> = { reiwa: 2018, heisei: 1988, showa: 1925 };
// (s60) Latvian dates, year first: "2020. gada marts" (the year's dot, "gada" (of the year), the month's name in the nominative or
// the genitive: "2016. gada augusts", "2019. gada 1. marta"), written as "2020-03", padded with spaces to its length.
const LATVIAN_YEAR_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])((?:19|20)\\d\\d)\\.\\s*g(?:ada|\\.)\\s+(?:\\d{1,2}\\.\\s*)?(${LATVIAN_MONTHS.flat().join('|')})(?![\\p{L}])`, 'giu');
function latvianDates(line: string): string {
  if (!/\d\.\s*g(?:ada|\.)\s/i.test(line)) return line;
  return line.replace(LATVIAN_YEAR_FIRST, (all, y: string, name: string) => {
    const iso = `${y}-${String(MONTHS[name.toLowerCase()]).padStart(2, '0')}`;
    return iso + ' '.repeat(Math.max(0, all.length - iso.length));
  });
}
/**
 * (s61) Lithuanian dates, year first: "2019 m. sausio m\u0117n." ("m." the year's mark, the month in the genitive or the nominative,
 * "m\u0117n." (month) after it or not: "2021 m. kovas"), written as "2019-01", padded with spaces to its length. A second month
 * right after a dash with no year of its own shares the first's ("2014 m. bir\u017eelio \u2013 rugpj\u016b\u010dio m\u0117n.": June to August 2014).
 */
const LT_MONTH = `(${LITHUANIAN_MONTHS.flat().sort((a, b) => b.length - a.length).join('|')})(?:\\s+m\u0117n\\.?)?(?![\\p{L}])`;
const LITHUANIAN_YEAR_FIRST = new RegExp(`(?<![\\p{L}\\p{N}])((?:19|20)\\d\\d)\\s*m\\.\\s+${LT_MONTH}(?:(\\s*[-\u2010-\u2015]\\s*)${LT_MONTH}(?!\\s*(?:19|20)\\d\\d))?`, 'giu');
function lithuanianDates(line: string): string {
  if (!/\d\s*m\.\s/i.test(line)) return line;
  const iso = (y: string, name: string, len: number) => {
    const out = `${y}-${String(MONTHS[name.toLowerCase()]).padStart(2, '0')}`;
    return out + ' '.repeat(Math.max(0, len - out.length));
  };
  return line.replace(LITHUANIAN_YEAR_FIRST, (all, y: string, first: string, dash?: string, second?: string) => {
    if (!dash || !second) return iso(y, first, all.length);
    const at = all.indexOf(dash);
    return iso(y, first, at) + dash + iso(y, second, all.length - at - dash.length);
  });
}
/**
 * (s61) A month in Roman numerals with its dot, as Czech and Slovak CVs write it ("IV. 2021 \u2013 dosud", "XII. 2019 \u2013 III. 2021"),
 * written as "2021-04", padded with spaces to its length, where it starts a line or a cell or follows a dash, a bracket or "od"/"do"
 * (capitals only; never after a word: "Level II. 2019", "obh\u00e1jena VI. 2018"). A month that shares the year of the month after
 * it ("III.\u2013XI. 2019") is ROMAN_SHARED_YEAR's: left as it is.
 */
const ROMAN_DOT_POINT = new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}\\s])\\s*|(?:^|\\s)(?:od|do|from|since)\\s+)(?<!(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\\.?\\s*[-\u2010-\u2015]\\s*)(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\\.\\s+((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'gu');
export function romanDates(line: string): string {
  if (!/[IVX]\.\s+(?:19|20)\d\d/.test(line)) return line;
  return line.replace(ROMAN_DOT_POINT, (all, roman: string, y: string) => {
    const iso = `${y}-${String(ROMAN_MONTHS.indexOf(roman)).padStart(2, '0')}`;
    return iso + ' '.repeat(Math.max(0, all.length - iso.length));
  });
}
/** (s61) Two months in Roman numerals sharing the year after them: "III.\u2013XI. 2019" (March to November 2019), "VII.\u2013IX. 2017". */
const ROMAN_SHARED_YEAR = new RegExp(`(?<![\\p{L}\\p{N}.])(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\\.?\\s*[-\u2010-\u2015]\\s*(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\\.?\\s+((?:19|20)\\d\\d)(?![\\p{L}\\p{N}])`, 'gu');
/**
 * (s62) Dates as written in scripts and forms the readers above do not know, each rewritten in place (the same length, so offsets
 * hold): Arabic-Indic and Persian digits as Western ones ("\u064a\u0646\u0627\u064a\u0631 \u0662\u0660\u0662\u0660" is "\u064a\u0646\u0627\u064a\u0631 2020"); the marks of writing direction as spaces;
 * the year's mark after a year in Bulgarian and Russian ("\u0441\u0435\u043f\u0442\u0435\u043c\u0432\u0440\u0438 2015 \u0433.", "2019 \u0433\u043e\u0434."), as spaces; Vietnamese months, "Tháng
 * 3/2019" (month 3 of 2019), "T3/2020" and "tháng 6 n\u0103m 2015", as "03/2019", "03/2020" and "2015-06". A Vietnamese month without its
 * year before a dash ("Tháng 1 \u2013 Tháng 6/2017") shares the year after it (VI_SHARED_YEAR, in findDateRanges).
 */
const YEAR_MARK = /(?<![\p{L}\p{N}])((?:19|20)\d\d)\s?(?:\u0433\.|\u0433\u043e\u0434(?:\u0430|\.)?)(?![\p{L}])/gu;
const VI_MONTH_SLASH = /(?<![\p{L}\p{N}])(?:[Tt]háng\s*|T)(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?![\p{N}])/gu;
const VI_MONTH_YEAR = /(?<![\p{L}\p{N}])[Tt]háng\s+(\d{1,2})\s*(?:,\s*)?n\u0103m\s+((?:19|20)\d\d)(?![\p{N}])/gu;
function padded(text: string, len: number): string {
  return text + ' '.repeat(Math.max(0, len - text.length));
}
export function s62Dates(line: string): string {
  let out = line;
  if (/[\u0660-\u0669\u06f0-\u06f9]/.test(out))
    out = out.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - (d.charCodeAt(0) >= 0x6f0 ? 0x6f0 : 0x660)));
  if (/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/.test(out)) out = out.replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, ' ');
  if (/\d\s?(?:\u0433\.|\u0433\u043e\u0434)/.test(out)) out = out.replace(YEAR_MARK, (all, y: string) => padded(y, all.length));
  if (/th[aá]ng|T\d/i.test(out)) {
    out = out.replace(VI_MONTH_YEAR, (all, m: string, y: string) => (Number(m) >= 1 && Number(m) <= 12 ? padded(`${y}-${m.padStart(2, '0')}`, all.length) : all));
    out = out.replace(VI_MONTH_SLASH, (all, m: string, y: string) => (Number(m) >= 1 && Number(m) <= 12 ? padded(`${m.padStart(2, '0')}/${y}`, all.length) : all));
  }
  return out;
}
export function westernDates(written: string): string {
  written = romanDates(lithuanianDates(latvianDates(written)));
  written = s62Dates(written);
  const line = /\b(?:Reiwa|Heisei|Showa)\s+\d/i.test(written)
    ? written.replace(ERA_ROMAN, (all, era: string, n: string) => {
        const y = String(ERA_ROMAN_START[era.toLowerCase()]! + Number(n));
        return y + ' '.repeat(Math.max(0, all.length - y.length));
      })
    : written;
  if (!/[年년]/u.test(line)) return line;
  return line.replace(CJK_DATE, (all, western?: string, era?: string, eraYear?: string, m?: string, d?: string) => {
    const y = western ?? String(ERA_START[era!]! + (eraYear === '元' ? 1 : Number(eraYear)));
    const iso = m === undefined ? y : d ? `${y}-${m}-${d}` : `${y}-${m}`;
    return iso + ' '.repeat(Math.max(0, all.length - iso.length));
  });
}

/**
 * (s47) ISO weeks, as time sheets and some Nordic and German resumes write them: "2021-W49", "2021W49", "W37 2022",
 * "KW 14/2019" (Kalenderwoche), "week 8, 2020". Each is written as the month that holds its Thursday (the day ISO 8601 counts a
 * week's year by: "2022-W35" runs from 29 August to 4 September and is September's), "2021-12", padded with spaces to its
 * length (offsets hold). A bare "W" takes two digits ("W2 2021" is a tax form, "W3C" a body), a week is 1 to 53, and 53 only
 * in a year that has one.
 */
const ISO_WEEK = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${YEAR_RE})-?W(\\d\\d)(?:-?[1-7])?|(?:W(\\d\\d)|(?:KW|CW|wk\\.?|week)\\s?(\\d{1,2}))(?:\\s*[/,]\\s*|\\s+)(${YEAR_RE}))(?![\\p{L}\\p{N}])`,
  'giu',
);
export function isoWeekMonth(year: number, week: number): number | null {
  if (week < 1 || week > 53) return null;
  const jan4 = Date.UTC(year, 0, 4);
  const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
  const thursday = new Date(monday1 + ((week - 1) * 7 + 3) * 86_400_000);
  // (Week 53 of a year of 52 weeks is the next year's first: no such week.)
  if (thursday.getUTCFullYear() !== year) return null;
  return year * 12 + thursday.getUTCMonth();
}
export function isoWeekDates(line: string): string {
  if (!/w(?:ee)?k?\.?\s?\d/i.test(line)) return line;
  return line.replace(ISO_WEEK, (all, y1?: string, w1?: string, w2?: string, w3?: string, y2?: string) => {
    const month = isoWeekMonth(Number(y1 ?? y2), Number(w1 ?? w2 ?? w3));
    // (A week no calendar has, "2021-W53", is no date: blanked, so no part of it is read as a year; impossibleDates names it.)
    if (month === null) return '\u00d7'.repeat(all.length);
    const iso = monthString(month);
    return iso + ' '.repeat(Math.max(0, all.length - iso.length));
  });
}

/**
 * (s47) "2016–2018–2021", "2015 - 2017 - present": a chain of years (or months), each a promotion's date, as one line's
 * dates for the titles it names ("Engineer → Senior Engineer"): a range per link, 2016–2018 and 2018–2021. Dashes only join
 * a chain; each range holds the whole chain's offsets (the chain is their dates as written).
 */
const CHAIN = new RegExp(`(?<![\\p{L}\\p{N}/.-])(?:${POINT_RE})(?:\\s*[-\\u2010-\\u2015]\\s*(?:${POINT_RE}))+(?:\\s*[-\\u2010-\\u2015]\\s*${PRESENT_RE})?(?![\\p{L}\\p{N}/]|[-.]\\d)`, 'giu');
const CHAIN_LINK = new RegExp(`(${POINT_RE}|${PRESENT_RE})`, 'giu');

/** (s59 tune) A product whose versions are years, right before a year: "Windows Server 2016", "SQL Server 2019", "Exchange 2013". */
const VERSIONED_BEFORE = /\b(?:Server|Exchange|Office|Visual Studio|SharePoint|AutoCAD|Revit|Visio|Windows)\s*$/;
/**
 * (s60) A range with its months in Roman numerals, in capitals, at both ends or before a word for the present: "IX 2020 \u2013
 * obecnie", "III 2017 \u2013 VIII 2020" (a Roman numeral alone before a year, "World War II 1939", is none: only a range).
 */
const ROMAN_MONTHS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const ROMAN_RE = '(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)';
const ROMAN_RANGE = new RegExp(`(?<![\\p{L}\\p{N}./-])${ROMAN_RE}\\s+(${YEAR_RE})\\s*[-\u2010-\u2015]\\s*(?:${ROMAN_RE}\\s+(${YEAR_RE})(?![\\p{L}\\p{N}])|(?=\\p{L}))`, 'gu');
const PRESENT_AFTER = new RegExp(`^(?:${PRESENT_RE})(?![\\p{L}])`, 'iu');
export function findDateRanges(written: string, dayFirst = false): DateRange[] {
  // (s45: "Jan 2019 – (present)", "2020 – [current]": the present in brackets, read as the word; the same length.)
  const western = westernDates(isoWeekDates(written));
  const line = western.includes('(') || western.includes('[') ? western.replace(/[([]\s*(present|current|now|ongoing)\s*[)\]]/gi, (m, w: string) => ` ${w}${' '.repeat(m.length - w.length - 1)}`) : western;
  const out: DateRange[] = [];
  const taken = (from: number, to: number) => out.some((r) => from < r.to && to > r.from);
  // (s61) Two Roman months before the year they share: "III.\u2013XI. 2019".
  if (/[IVX]\.?\s*[-\u2010-\u2015]\s*[IVX]+\.?\s+(?:19|20)\d\d/.test(written))
    for (const m of written.matchAll(ROMAN_SHARED_YEAR)) {
      const y = Number(m[3]) * 12;
      const [a, b] = [ROMAN_MONTHS.indexOf(m[1]!), ROMAN_MONTHS.indexOf(m[2]!)];
      if (b >= a) out.push({ start: y + a - 1, end: y + b - 1, from: m.index, to: m.index + m[0].length, yearOnly: false });
    }
  // (s62) A Vietnamese month without its year before a dash, sharing the year after it: "Tháng 1 \u2013 Tháng 6/2017" (s62Dates wrote
  // the second "06/2017").
  if (/th[aá]ng|T\d/i.test(written))
    for (const m of line.matchAll(VI_SHARED_YEAR)) {
      const y = Number(m[3]) * 12;
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (a >= 1 && b <= 12 && b >= a && !taken(m.index, m.index + m[0].length)) out.push({ start: y + a - 1, end: y + b - 1, from: m.index, to: m.index + m[0].length, yearOnly: false });
    }
  // (s60) Months in Roman numerals, as Polish (and Czech) CVs write them: "IX 2020 \u2013 obecnie", "III 2017 \u2013 VIII 2020".
  if (/\b[IVX]{1,4}\s+(?:19|20)\d\d/.test(line))
    for (const m of line.matchAll(ROMAN_RANGE)) {
      const start = Number(m[2]) * 12 + ROMAN_MONTHS.indexOf(m[1]!) - 1;
      const from = m.index;
      if (m[3]) {
        const end = Number(m[4]) * 12 + ROMAN_MONTHS.indexOf(m[3]) - 1;
        if (end >= start) out.push({ start, end, from, to: from + m[0].length, yearOnly: false });
        continue;
      }
      const present = PRESENT_AFTER.exec(line.slice(from + m[0].length));
      if (present) out.push({ start, end: null, from, to: from + m[0].length + present[0].length, yearOnly: false });
    }
  for (const m of line.matchAll(CHAIN)) {
    const points = [...m[0].matchAll(CHAIN_LINK)].map((p) => p[0]);
    if (points.length < 3) continue;
    const parsed = points.map((p) => (new RegExp(`^${PRESENT_RE}$`, 'iu').test(p.trim()) ? 'now' : parsePoint(p, dayFirst)));
    // Each link must go forward in time; else it is no chain (a phone number, a reference), read as before.
    if (parsed.some((p) => p === null)) continue;
    const links: DateRange[] = [];
    for (let k = 0; k + 1 < parsed.length; k++) {
      const a = parsed[k]!;
      const b = parsed[k + 1]!;
      if (a === 'now') break;
      const end = b === 'now' ? null : (b.rangeLast ?? b.last ?? b.month);
      if (end !== null && end <= a.month) break;
      links.push({ start: a.month, end, from: m.index, to: m.index + m[0].length, yearOnly: a.yearOnly || (b !== 'now' && b.yearOnly) });
    }
    if (links.length === parsed.length - 1) out.push(...links);
  }
  for (const m of line.matchAll(RANGE)) {
    const a = parsePoint(m[1]!, dayFirst);
    if (!a) continue;
    // (s59 tune) Years that are a product's versions, after its name: "Windows Server 2016 a 2019", "Exchange 2013 to 2019".
    if (a.yearOnly && VERSIONED_BEFORE.test(line.slice(Math.max(0, m.index - 30), m.index))) continue;
    const endRaw = m[2]!;
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    if (new RegExp(`^${PRESENT_RE}$`, 'iu').test(endRaw.trim())) {
      out.push({ start: a.month, end: null, from, to, yearOnly: a.yearOnly });
      continue;
    }
    const b = parsePoint(endRaw, dayFirst);
    if (!b) continue;
    let end = b.rangeLast ?? b.last ?? b.month;
    // A year alone at both ends, the same year: the whole year.
    if (a.yearOnly && b.yearOnly && a.month === b.month) end = a.month + 11;
    out.push({ start: a.month, end, from, to, yearOnly: a.yearOnly || b.yearOnly });
  }
  for (const m of line.matchAll(PRESENT_FIRST)) {
    const a = parsePoint(m[1]!, dayFirst);
    const from = m.index;
    const to = from + m[0].length;
    if (a && !taken(from, to)) out.push({ start: a.month, end: null, from, to, yearOnly: a.yearOnly });
  }
  // (s62) A Hebrew or Arabic present first, as a right-to-left span is copied: "\u05d4\u05d9\u05d5\u05dd \u2013 08/2020", "\u0627\u0644\u0622\u0646 \u2013 \u0660\u0663/\u0662\u0660\u0662\u0661".
  for (const m of line.matchAll(PRESENT_FIRST_RTL)) {
    const a = parsePoint(m[1]!, dayFirst);
    const from = m.index;
    const to = from + m[0].length;
    if (a && !taken(from, to)) out.push({ start: a.month, end: null, from, to, yearOnly: a.yearOnly });
  }
  for (const m of line.matchAll(MMYY_RANGE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const start = yearOf(`'${m[2]}`) * 12 + Number(m[1]) - 1;
    const end = m[5] ? null : yearOf(`'${m[4]}`) * 12 + Number(m[3]) - 1;
    out.push({ start, end, from, to, yearOnly: false });
  }
  for (const m of line.matchAll(SHORT_END)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const y = Number(m[1]);
    const end = Math.floor(y / 100) * 100 + Number(m[3]);
    if (end <= y || end - y > 40 || (m[2] === '-' && Number(m[3]) <= 12)) continue;
    out.push({ start: y * 12, end: end * 12, from, to, yearOnly: true });
  }
  for (const m of line.matchAll(SHORT_YEARS)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const a = yearOf(m[1]!) * 12;
    const present = new RegExp(`^${PRESENT_RE}$`, 'iu').test(m[2]!.trim());
    const b = present ? null : yearOf(m[2]!) * 12;
    // Read as "2017 – 2021": January to January, the whole year where both ends are the same.
    out.push({ start: a, end: b === null ? null : b === a ? a + 11 : b, from, to, yearOnly: true });
  }
  for (const m of line.matchAll(RANGE_NO_DASH)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const a = parsePoint(m[1]!, dayFirst);
    if (!a) continue;
    const present = new RegExp(`^${PRESENT_RE}$`, 'iu').test(m[2]!.trim());
    const b = present ? null : parsePoint(m[2]!, dayFirst);
    if (!present && !b) continue;
    out.push({ start: a.month, end: b ? b.month : null, from, to, yearOnly: false });
  }
  for (const m of line.matchAll(MONTHS_IN_YEAR)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const y = Number(m[3]);
    const a = MONTHS[m[1]!.toLowerCase().replace('.', '')];
    const b = MONTHS[m[2]!.toLowerCase().replace('.', '')];
    if (!a || !b) continue;
    out.push({ start: y * 12 + a - 1, end: y * 12 + b - 1, from, to, yearOnly: false });
  }
  for (const m of line.matchAll(SEASON_ALONE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const [first, last] = SEASONS[m[1]!.toLowerCase()]!;
    for (const yRaw of [m[2], m[3]]) {
      if (!yRaw) continue;
      const y = yearOf(yRaw);
      out.push({ start: y * 12 + first - 1, end: y * 12 + last - 1, from, to, yearOnly: false });
    }
  }
  for (const m of line.matchAll(QUARTER_ALONE)) {
    const from = m.index;
    const to = from + m[0].length;
    if (taken(from, to)) continue;
    const p = parsePoint(m[1]!, dayFirst);
    if (p) out.push({ start: p.month, end: p.last ?? p.month, from, to, yearOnly: false });
  }
  // Ranges open at their end, in this order: "2019 onwards", "Jan 2019 –" at the line's end, "since 2021".
  for (const open of [ONWARDS, OPEN_END, OPEN_BEFORE_GAP, SINCE]) {
    for (const m of line.matchAll(open)) {
      const from = m.index;
      const to = from + m[0].length;
      if (taken(from, to)) continue;
      const a = parsePoint(m[1]!, dayFirst);
      if (a) out.push({ start: a.month, end: null, from, to, yearOnly: a.yearOnly, ...(open === OPEN_END || open === OPEN_BEFORE_GAP ? { openDash: true } : {}) });
    }
  }
  // (A date written "2019年3月" reads "2019-3 ": the range goes on over the padding, as its text does.)
  if (western !== written)
    for (const r of out) {
      while (r.to < written.length && western[r.to] === ' ' && written[r.to] !== ' ') r.to++;
    }
  // (An ISO week, "week 30, 2022", read as "2022-07" and spaces: the range covers all of it as written.)
  if (western !== written) {
    for (const w of written.matchAll(ISO_WEEK)) {
      const [a, b] = [w.index, w.index + w[0].length];
      for (const r of out) if (r.from < b && r.to > a) [r.from, r.to] = [Math.min(r.from, a), Math.max(r.to, b)];
    }
  }
  return out.sort((x, y) => x.from - y.from);
}

/**
 * (s46) Numbers written as a date that no calendar has: a month 0 or over 12 ("13/2019", "00.2018"), a day over 31
 * ("32.05.2019", "31/13/2020"). findDateRanges reads none of them; a profile names them in its warnings rather than
 * leaving them out unsaid. Each as written, in the line's order.
 */
export function impossibleDates(line: string): string[] {
  const out: string[] = [];
  // (s47) "2021-W53": a week its year has not.
  for (const m of line.matchAll(ISO_WEEK)) if (isoWeekMonth(Number(m[1] ?? m[5]), Number(m[2] ?? m[3] ?? m[4])) === null) out.push(m[0]);
  const YEAR = '(?:19|20)\\d\\d';
  for (const m of line.matchAll(new RegExp(`(?<![\\d/.-])(\\d{1,2})([/.])(\\d{1,2})\\2(${YEAR})(?![\\d/.]\\d)`, 'g'))) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Day first or month first: impossible only where neither reading is a date.
    const dayFirst = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    const monthFirst = m[2] === '/' && a >= 1 && a <= 12 && b >= 1 && b <= 31;
    if (!dayFirst && !monthFirst) out.push(m[0]);
  }
  for (const m of line.matchAll(new RegExp(`(?<![\\d/.-])(\\d{1,2})[/.](${YEAR})(?![\\d/]|[.-]\\d)`, 'g'))) {
    const mo = Number(m[1]);
    if (mo < 1 || mo > 12) out.push(m[0]);
  }
  return out;
}

/**
 * (s55) "mar 2019 \u2013 ott Analista dati, Banca del Reno" over a line "2021": a narrow cell of dates (a PDF's table) wrapped its
 * range's last year onto a line of its own. The line with that year put back after the month ("mar 2019 \u2013 ott 2021 Analista
 * dati, \u2026"), or null where the line ends in no month left without its year, or the next line is no year alone.
 */
// (s61: or a month in Roman numerals with its dot, "X. 2016 \u2013 IV." over "2020", whose year findDateRanges then reads with it.)
const WRAPPED_END = new RegExp(`(?<![\\p{L}\\p{N}/.-])(?:${POINT_RE})${SEP_RE}(?:\\p{L}{3,9}\\.?|(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\\.)(?=\\s|$)(?!\\s*(?:${YEAR_RE}|${SHORT_YEAR_RE}))`, 'iu');
export function wrappedEndYear(line: string, next: string | undefined): string | null {
  const year = next === undefined ? null : /^\s*((?:19[5-9]|20\d)\d)\s*$/.exec(next);
  if (!year) return null;
  const m = WRAPPED_END.exec(romanDates(line));
  if (!m || findDateRanges(line).some((r) => r.from < m.index + m[0].length && r.to > m.index)) return null;
  const at = m.index + m[0].length;
  const whole = `${line.slice(0, at)} ${year[1]}${line.slice(at)}`;
  // (The word after the dash a month: with the year put back, a range runs from the first date to it.)
  return findDateRanges(whole).some((r) => r.from === m.index && r.to === at + year[1]!.length + 1) ? whole : null;
}

/**
 * On a line that holds ranges and nothing else but months ("Sep. 2013,
 * Mar. 2011 – Oct. 2011"), the months named alone: one-month stints.
 */
export function lonePoints(line: string, ranges: readonly DateRange[]): DateRange[] {
  if (ranges.length === 0) return [];
  const out: DateRange[] = [];
  let rest = line;
  for (const r of [...ranges].reverse()) rest = rest.slice(0, r.from) + ' '.repeat(r.to - r.from) + rest.slice(r.to);
  for (const m of rest.matchAll(MONTH_ALONE)) {
    const p = parsePoint(m[1]!);
    if (p) out.push({ start: p.month, end: p.month, from: m.index, to: m.index + m[0].length, yearOnly: false });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return /^[\s,;&()]*$/.test(rest) ? out : [];
}

/** 'YYYY-MM' for a month index. */
export function monthString(month: number): string {
  const y = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** The month index of a date (UTC). */
export function monthOfDate(d: Date): number {
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The number of months in the union of inclusive month ranges. */
export function unionMonths(ranges: ReadonlyArray<readonly [number, number]>): number {
  const sorted = [...ranges].filter(([a, b]) => b >= a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const [a, b] of sorted) {
    if (cur && a <= cur[1] + 1) cur[1] = Math.max(cur[1], b);
    else {
      if (cur) total += cur[1] - cur[0] + 1;
      cur = [a, b];
    }
  }
  if (cur) total += cur[1] - cur[0] + 1;
  return total;
}

/** Years from months, to one decimal. */
export function yearsOf(months: number): number {
  return Math.round((months / 12) * 10) / 10;
}

/** A certification's end as a resume gives it: "expires May 2026", "valid to Feb 2028", "exp. 2025", "expired 2024". */
const VALID_UNTIL = /\b(?:expire[sd]?|expiry|expiration|exp\.|valid (?:to|until|till|through|thru)|renew(?:al)? due)\s*:?\s*((?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d|\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d[/.-]\d{1,2})\b/i;

/**
 * Whether a line names a certification as lapsed by `today`: it says "expired", or gives an end ("expires May 2026",
 * "valid to 2025") before today's month. A line without an end (most) is not lapsed.
 */
export function lapsedOn(line: string, today: Date): boolean {
  const m = VALID_UNTIL.exec(line);
  if (!m) return /\b(?:expired|lapsed)\b/i.test(line) && !/\brenewed\b/i.test(line);
  if (/^expired$/i.test(m[0].split(/\s/)[0]!)) return true;
  const p = parsePoint(m[1]!);
  if (!p) return false;
  // A year alone runs to its December.
  const end = p.yearOnly ? p.month + 11 : p.month;
  return end < monthOfDate(today);
}
