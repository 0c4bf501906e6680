import type { Posting } from '../posting/types';

/**
 * German, French, Spanish and Portuguese asks, read in English. A posting from Berlin or Montréal often mixes languages: an English title,
 * then "Anforderungen" ("Mindestens 5 Jahre Berufserfahrung", "Kenntnisse in Kotlin oder Java") or "Exigences" ("5 à 8
 * ans d'expérience", "Terraform et d'au moins un fournisseur infonuagique (Azure, AWS ou GCP)"). The readers of
 * requirements and facts know English words: a line written in German or French has its common words of asking
 * (years, experience, or, and, at least, fluent, a plus, degree, work permit …) put in English, each replacement padded
 * with spaces to the original's length, so every offset stays where the posting has it. Names (Kotlin, AWS) are left
 * as they are. A line is rewritten only when it holds at least two words only that language uses and more of them than
 * English words: an English line with "de facto" or "et al." is left alone.
 */

type Pair = readonly [RegExp, string];

/** Words only German uses (in postings), two of which make a line German. */
const GERMAN_WORDS =
  /(?<![\p{L}\p{N}])(?:und|oder|mit|der|die|das|den|dem|für|im|ist|sind|von|bei|sehr|gute?n?|mindestens|eine?[rmn]?|wir|du|dich|dir|deine?|ihre?|kenntnisse|erfahrung|berufserfahrung|jahren?|wünschenswert|vorteil|abgeschlossenes|studium|tage|woche|homeoffice|fließende?|leider|nicht|möglich|brutto|je nach|voraussetzung|sowie|bzw|deutsch\p{L}*|englisch\p{L}*|schrift|muttersprache|verhandlungssicher\p{L}*|gültige?[nr]?|vorausgesetzt|erforderlich|arbeitserlaubnis|arbeitsbewilligung|für)(?![\p{L}\p{N}])/giu;
/** Words only French uses (in postings). */
const FRENCH_WORDS =
  /(?<![\p{L}\p{N}])(?:et|ou|avec|pour|dans|des|du|la|les|une?|au|aux|d['’]au|d['’]une?|expérience|d['’]expérience|connaissances?|maîtrise|ans|années|baccalauréat|atouts?|être|doivent|doit|vous|nous|salaire|annuel|selon|domaine|connexe|génie|infonuagique|travailler|légalement|bilinguisme|bilingue|anglais|français|couramment|parle[rz]?|courante?s?|de|le|en|sur|par|travail|mode|jours|bureau|à|l['’]\p{L}+|permis|nationalité|obligatoire|requise?s?|suisse|serait|souhait\p{L}*|appréci\p{L}*)(?![\p{L}\p{N}])/giu;
/** Words only Spanish or Portuguese uses (in postings): Latin America's and Iberia's asks are read with one list. */
const IBERIAN_WORDS =
  /(?<![\p{L}\p{N}])(?:anys|experiència|mínim|grau|català|castellà|anglès|parlats|escrits|y|o|con|com|del|do|da|em|para|hablar|hablas|habla|fluidez|años|anos|experiencia|experiência|conocimientos?|conhecimentos?|inglés|inglês|español|espanhol|castellano|portugués|português|avanzado|avançado|intermedio|intermediário|fluido|fluente|nativo|bilingüe|bilíngue|nivel|nível|licenciatura|título|grado|bacharelado|graduação|ingeniería|engenharia|maestría|máster|mestrado|doctorado|doutorado|carrera|afín|afines|afim|afins|área|deseable|desejável|valorable|diferencial|excluyente|obligatorio|obrigatório|indispensable|imprescindible|requisitos?|mínimo|menos|pelo|trabajo|trabalho|permiso|patrocinio|patrocínio|visto|visado|ofrecemos|oferecemos|grado|profesional|bachiller|teletrabajo|teletrabalho|semana|sistemas|informática|computación|ciencias|ciência|necesitas|necesitás|precisas|debes|tienes|dentro)(?![\p{L}\p{N}])/giu;
/** Words of asking no French line holds ("Imprescindible permiso de trabajo en la UE" counts "de", "en", "la" as French too). */
const IBERIAN_ONLY = /(?<![\p{L}])(?:imprescindible|excluyente|obligatorio|obrigat\u00f3rio|requisitos?|permiso|trabajo|trabalho|experiencia|experi\u00eancia|a\u00f1os|anos|ingl\u00e9s|ingl\u00eas|deseable|desej\u00e1vel)(?![\p{L}])/iu;
/** Words only Polish uses (in postings). */
const POLISH_WORDS =
  /(?<![\p{L}\p{N}])(?:lat|lata|roku|do\u015bwiadczeni\p{L}*|znajomo\u015b\p{L}*|j\u0119zy\p{L}*|angielski\p{L}*|niemiecki\p{L}*|polski\p{L}*|wymagania|wymagamy|wymagane|mile|widzian\p{L}*|atut\p{L}*|wykszta\u0142cenie|wy\u017csze|studia|oraz|lub|min\.|co najmniej|umowa|praca|zdaln\p{L}*|hybrydow\p{L}*|stacjonarn\p{L}*|bieg\u0142\p{L}*|komunikatywn\p{L}*|dobra|bardzo|oferujemy|jeste\u015b|masz|pracy|zespole|jedn(?:ego|ym|ej|\u0105|a|o)|narz\u0119dzi\p{L}*)(?![\p{L}\p{N}])/giu;
/** Words only Swedish, Norwegian or Danish use (in postings): Scandinavia's asks are read with one list. */
const NORDIC_WORDS =
  /(?<![\p{L}\p{N}])(?:h\u00e1sk\u00f3lapr\u00f3f|h\u00e1sk\u00f3lamenntun|t\u00f6lvunarfr\u00e6\u00f0i|samb\u00e6rileg\p{L}*|e\u00f0a|år|års|erfarenhet|erfaring(?:er)?|minst|mindst|hjälper|hjelper|hjælper|flytande|flytende|flydende|svenska|svensk|norsk|dansk|engelska|engelsk|och|og|eller|krav|f\u00f6r|f\u00f6rst\u00e5else|forst\u00e5else|kunskap(?:er)?|kunnskap(?:er)?|kendskab|g\u00e4rna|gjerne|gerne|inom|innen|som|krävs|kreves|meriterande|meriterende|fordel|arbetstillstånd|arbeidstillatelse|arbejdstilladelse|kunskaper|kunnskaper|kendskab|tal|tale|skrift|lön|lønn|løn|du|har|vi|av|af|med|inom|innen|mastergrad\p{L}*|bachelorgrad\p{L}*|kandidatexamen|h\u00f6gskoleexamen|dager|dagar|kontoret|uka|veckan|ugen|spr\u00e5k|sprog|snakker|skriver)(?![\p{L}\p{N}])/giu;
/** Words only Dutch uses (in postings). */
const DUTCH_WORDS =
  /(?<![\p{L}\p{N}])(?:jaar|jaren|\p{L}*ervaring|\p{L}*kennis|minimaal|minstens|vloeiend|van|met|een|het|op|kantoor|dagen|thuiswerk|bruto|salaris|maand|pré|vereist|werkvergunning|opleiding|hbo|wo|je|bent|heb|hebt|als|geen|wij|jij|bij|voorkeur|onze|jouw|ook|zijn|ongeacht|maakt)(?![\p{L}\p{N}])/giu;
const ENGLISH_WORDS = /\b(?:the|and|with|of|for|you|your|experience|years?|or|in|a|an|to|is|are|we|our)\b/gi;

/** German phrases, longest first where one holds another. Each English stand-in is no longer than the shortest match. */
const GERMAN: readonly Pair[] = [
  // (s49: a closing wish, ", idealerweise auch Automotive Ethernet": the wish words, read as in English.)
  [/(?<![\p{L}])idealerweise(?![\p{L}])/giu, 'ideally'],
  [/(?<![\p{L}])vorzugsweise(?![\p{L}])/giu, 'preferably'],
  [/(?<=\b(?:ideally|preferably)\s+)auch(?![\p{L}])/giu, 'also'],
  // (s47: "Backend- oder Plattform-Engineer", "Daten-, ML- und Cloud-Plattformen": a compound's shared tail left off.)
  [/(?<=\p{L})-(?=\s*,|\s+(?:oder|und|bzw\.?|und\/oder)\s)/gu, ' '],
  [/\bmindestens(?=\s)/giu, 'at least'],
  // (s48: an industry asked in one compound word, "im Gesundheitswesen", "in der Logistikbranche", "im Finanzsektor":
  // its English name, which the industries' table reads.)
  [/(?<![\p{L}])Gesundheits(?:wesen|branche|sektor)(?![\p{L}])/giu, 'healthcare'],
  [/(?<![\p{L}])Logistik(?:branche|sektor|umfeld)(?![\p{L}])/giu, 'logistics'],
  // (s51: the machine-building industry, "im Maschinenbau", "aus dem Anlagenbau": manufacturing, read by its English word;
  // only after "im"/"dem", as an industry; the field of a degree, "Studium Maschinenbau", stays as written.)
  [/(?<=(?<![\p{L}])(?:im|dem)\s+)(?:Maschinenbau|Anlagenbau)(?![\p{L}])/giu, 'industrial'],
  [/(?<![\p{L}])(?:Finanz(?:sektor|branche|dienstleistungs(?:sektor|branche))|Bank(?:en)?(?:wesen|sektor|branche|umfeld))(?![\p{L}])/giu, 'banking'],
  [/(?<![\p{L}])Versicherungs(?:branche|sektor|wesen|umfeld)(?![\p{L}])/giu, 'insurance'],
  [/(?<![\p{L}])Energie(?:branche|sektor|wirtschaft|umfeld)(?![\p{L}])/giu, 'energy sector'],
  [/(?<![\p{L}])Automobil(?:industrie|branche|sektor)|Automotive-(?:Umfeld|Branche|Bereich)(?![\p{L}])/giu, 'automotive'],
  [/(?<![\p{L}])(?:Luft-\s+und\s+Raumfahrt(?:branche|industrie)?|Luftfahrt(?:branche|industrie)?)(?![\p{L}])/giu, 'aerospace'],
  [/(?<![\p{L}])(?:Einzelhandel|Handelsumfeld)(?![\p{L}])/giu, 'retail'],
  [/(?<![\p{L}])(?:Medizintechnik|Medizinprodukte(?:branche)?)(?![\p{L}])/giu, 'medical'],
  [/(?<![\p{L}])Pharma(?:branche|industrie|umfeld)(?![\p{L}])/giu, 'pharma'],
  [/(?<![\p{L}])(?:Telekommunikations(?:branche|sektor)|Telko-Umfeld|Telekommunikation)(?![\p{L}])/giu, 'telecom'],
  // ("mind. 3 Jahre": the short form, too short for "at least".)
  [/\bmind\.(?=\s)/giu, 'min.'],
  [/\bBerufserfahrung\b/giu, 'experience'],
  // (s51: "im Bereich Banken, Versicherungen oder ...", "in den Bereichen ...": the area's noun before a list of industries or
  // fields is no part of its first member; read as "in".)
  [/(?<![\p{L}])(?:im|in\s+den)\s+Bereich(?:en)?(?![\p{L}])/giu, 'in'],
  [/\bErfahrung(?:en)?\s+(?:mit|in|im)(?![\p{L}])/giu, 'expertise in'],
  [/\bErfahrung(?:en)?(?![\p{L}])/giu, 'expertise'],
  [/\bGrundkenntnisse(?![\p{L}])/giu, 'basic knowledge'],
  [/\bKenntnisse(?:n)?\s+(?:in|im|der|von)(?![\p{L}])/giu, 'knowledge of'],
  [/\bKenntnisse(?:n)?(?![\p{L}])/giu, 'knowledge'],
  [/\bJahren?(?![\p{L}])/giu, 'years'],
  [/\bJahr(?![\p{L}])/giu, 'year'],
  // (s58: and the neuter "gutes", said of a language named as a noun: "Sehr gutes Deutsch und Englisch".)
  [/\bsehr\s+gute[nrs]?(?![\p{L}])/giu, 'strong'],
  [/\b(?:fundierte|tiefe|umfassende|ausgeprägte|solide)[nr]?(?![\p{L}])/giu, 'strong'],
  [/\bgute[nrs]?(?![\p{L}])/giu, 'good'],
  [/\bpraktische[nr]?(?![\p{L}])/giu, 'hands-on'],
  [/\bflie(?:ß|ss)ende[nrs]?(?![\p{L}])|\bflie(?:ß|ss)end(?![\p{L}])|\bverhandlungssicher(?:e[nrs]?)?(?![\p{L}])/giu, 'fluent'],
  // "Deutsch in Wort und Schrift", "Deutsch als Muttersprache": a language's level.
  [/\bin\s+Wort\s+und\s+Schrift(?![\p{L}])/giu, 'fluent'],
  [/\b(?:als\s+)?Muttersprache(?![\p{L}])/giu, 'native'],
  [/\bDeutsch(?:kenntnisse|e)?(?![\p{L}])/gu, 'German'],
  [/\bEnglisch(?:kenntnisse|e)?(?![\p{L}])/gu, 'English'],
  [/\bFranzösisch(?:kenntnisse|e)?(?![\p{L}])/gu, 'French'],
  [/\b(?:ist\s+)?von\s+Vorteil(?![\p{L}])/giu, 'a plus'],
  [/\b(?:ist\s+)?ein\s+Plus(?![\p{L}])/giu, 'a plus'],
  [/\bwünschenswert(?![\p{L}])/giu, 'preferred'],
  [/\babgeschlossene[sn]?\s+(?:Hochschul)?studium(?![\p{L}])/giu, 'a completed degree'],
  // ("Abgeschlossenes Informatikstudium": a completed degree in a field named in one word.)
  [/\babgeschlossene[sn]?\s+\p{L}{3,}studium(?![\p{L}])/giu, 'a completed degree'],
  // (s58: with the kind of study an adjective before it, "Abgeschlossenes technisches Studium (TU oder FH)".)
  [/\babgeschlossene[sn]?\s+\p{L}{3,}(?:es|en)\s+(?:Hochschul|Fachhochschul|Universit\u00e4ts)?studium(?![\p{L}])/giu, 'a completed degree'],
  // ("3 Tage Homeoffice pro Woche": days at home.)
  [/(?<=\d\s?)Tage?(?![\p{L}])/gu, 'days'],
  [/\bpro\s+Woche(?![\p{L}])/giu, 'per week'],
  [/\b(?:der|in)\s+Informatik(?![\p{L}])/gu, 'in Computing'],
  // (s50: "Studium der Elektrotechnik, Informatik oder eine vergleichbare Qualifikation": a degree in the fields named.)
  [/\b(?:Hochschul|Fachhochschul|Universitäts)?studium\s+(?:der|des|im\s+Bereich)(?![\p{L}])/giu, 'degree in'],
  [/\b(?:Hochschul|Fachhochschul|Universitäts)?studium(?![\p{L}])/giu, 'degree'],
  // (s49: "FH- oder Uni-Abschluss", "Hochschulabschluss", "Bachelorabschluss": a university's degree.)
  // (s57: with its level, "Masterabschluss", "Bachelorabschluss": that degree, not a degree of no level.)
  [/(?<![\p{L}])Master-?[Aa]bschluss(?![\p{L}])/gu, "master's"],
  [/(?<![\p{L}])Bachelor-?[Aa]bschluss(?![\p{L}])/gu, "bachelor's"],
  [/(?<![\p{L}])(?:(?:FH|Uni|Universit\u00e4ts|Hochschul|Fachhochschul)-?\s+(?:oder|bzw\.?|\/)\s+)?(?:FH|Uni|Universit\u00e4ts|Hochschul|Fachhochschul|Bachelor|Master)-?[Aa]bschluss(?![\p{L}])/gu, 'degree'],
  // (s57: a degree said to be no must, "Ein Studium ist kein Muss", "keine Pflicht", "keine Voraussetzung", "nicht zwingend
  // erforderlich": "no need", "not required", as the readers of degrees know. Not "optional", which Spanish "no excluyente"
  // reads as, a wish.)
  // (Only said of a degree named before it in the clause: "Deutsch ist keine Voraussetzung" leaves a language, and the line's
  // other asks, as they were.)
  [/(?<=(?:degree|Studium|Abschluss|Diplom\p{L}*)[^\n.;]{0,40}?)(?<![\p{L}])kein(?:e)?\s+(?:Muss|Pflicht)(?![\p{L}])/giu, 'no need'],
  [/(?<=(?:degree|Studium|Abschluss|Diplom\p{L}*)[^\n.;]{0,40}?)(?<![\p{L}])(?:keine\s+Voraussetzung|nicht\s+zwingend(?:\s+(?:erforderlich|notwendig|n\u00f6tig))?)(?![\p{L}])/giu, 'not required'],
  // (s60: and the need denied with its verb, "ein Studium setzen wir nicht voraus", "... wird nicht erwartet", "... erwarten
  // wir nicht": not required.)
  [/(?<=(?:degree|Studium|Abschluss|Diplom\p{L}*)[^\n.;]{0,40}?)(?<![\p{L}])(?:setzen\s+wir\s+nicht\s+voraus|(?:wird|werden|ist)\s+(?:von\s+uns\s+|hier\s+)?nicht\s+(?:vorausgesetzt|erwartet|verlangt|gefordert)|(?:erwarten|verlangen|fordern)\s+wir\s+nicht)(?![\p{L}])/giu, 'not required'],
  [/\bvergleichbare[nr]?(?![\p{L}])/giu, 'equivalent'],
  // (s61 tune: German's other word of it, "oder eine gleichwertige Qualifikation".)
  [/\bgleichwertige[nr]?(?![\p{L}])/giu, 'equivalent'],
  [/\bQualifikation(?![\p{L}])/giu, 'qualification'],
  [/\bAusbildung(?![\p{L}])/giu, 'training'],
  [/\bInformatik(?![\p{L}])/gu, 'Computing'],
  [/\brelationale[nr]?(?![\p{L}])/giu, 'relational'],
  [/\bDatenbanken(?![\p{L}])/giu, 'databases'],
  [/\bDatenbank(?![\p{L}])/giu, 'database'],
  [/\bSoftwareentwicklung(?![\p{L}])/giu, 'software development'],
  [/(?<=-)Entwicklung(?![\p{L}])/giu, 'development'],
  [/\bEntwicklung(?![\p{L}])/giu, 'development'],
  [/\bZahlungsverkehr(?![\p{L}])/giu, 'payments'],
  [/\bCloud-Plattform(?:en)?(?![\p{L}])/giu, 'cloud platform'],
  [/\bArbeitserlaubnis(?![\p{L}])/giu, 'work permit'],
  // (Switzerland's words: "Arbeitsbewilligung", "Aufenthaltsbewilligung"; a nationality: "Staatsangehörigkeit", "Staatsbürgerschaft".)
  [/\b(?:Arbeits|Aufenthalts)bewilligung(?![\p{L}])/giu, 'work permit'],
  [/(?<![\p{L}])(?:[\p{L}/-]*-)?(?:Staatsangehörigkeit|Staatsbürgerschaft)(?![\p{L}])/giu, 'citizenship'],
  // ("Eine gültige Arbeitserlaubnis wird vorausgesetzt": a valid permit, required.)
  [/\bgültige?[nr]?(?![\p{L}])/giu, 'valid'],
  [/\b(?:wird\s+)?(?:vorausgesetzt|erforderlich)(?![\p{L}])/giu, 'required'],
  [/\b(?:Visa-?)?Sponsoring(?![\p{L}])/giu, 'sponsor'],
  [/\bVisum(?![\p{L}])|\bVisa(?![\p{L}-])/gu, 'visa'],
  [/\bAufenthaltstitel(?![\p{L}])/giu, 'work permit'],
  [/\bist\s+(?:eine\s+)?Voraussetzung(?![\p{L}])/giu, 'is required'],
  [/\bVoraussetzung(?![\p{L}])/giu, 'required'],
  [/\b(?:leider\s+)?nicht\s+möglich(?![\p{L}])/giu, 'not possible'],
  [/\bnicht(?![\p{L}])/giu, 'not'],
  // (s53: "im B\u00fcro ..., sonst von zu Hause": the rest of the week, read "else", which the readers of work mode know beside the office and home.)
  [/(?<![\p{L}])(?:ansonsten|sonst)(?![\p{L}])/giu, 'else'],
  [/\bbrutto(?![\p{L}])/giu, 'gross'],
  [/\bpro\s+Jahr(?![\p{L}])/giu, 'per year'],
  [/\bHomeoffice(?![\p{L}])|\bmobiles\s+Arbeiten(?![\p{L}])/giu, 'remote'],
  [/\bvor\s+Ort(?![\p{L}])/giu, 'on-site'],
  [/\boder(?![\p{L}])/giu, 'or'],
  [/\bbzw\./giu, 'or'],
  [/\bsowie(?![\p{L}])/giu, 'and'],
  [/\bund(?![\p{L}])/giu, 'and'],
  [/\bmit(?![\p{L}])/giu, 'in'],
  [/\bim(?![\p{L}])/giu, 'in'],
  [/\bfür(?![\p{L}])/giu, 'for'],
  [/\bist(?![\p{L}])/giu, 'is'],
  [/\bsind(?![\p{L}])/giu, 'are'],
  [/\bein(?:e[rmn]?)?(?![\p{L}])/giu, 'a'],
  [/\b(?:der|die|das|den|dem)(?![\p{L}])/giu, 'the'],
];

/** French phrases (Québec's words too: "infonuagique" for cloud). */
const FRENCH: readonly Pair[] = [
  // (s49: a closing wish, ", idéalement aussi Kafka".)
  [/(?<![\p{L}])id\u00e9alement(?![\p{L}])/giu, 'ideally'],
  [/(?<![\p{L}])de\s+pr\u00e9f\u00e9rence(?![\p{L}])/giu, 'preferably'],
  [/(?<=\b(?:ideally|preferably)\s+)aussi(?![\p{L}])/giu, 'also'],
  [/(?<=[\d$\u20ac]\s?)à(?=\s?\d)/gu, '-'],
  [/(?<=\d\s?)ans(?![\p{L}])/gu, 'yrs'],
  [/(?<=\d\s?)années?(?![\p{L}])/gu, 'years'],
  [/\bd['’]expérience(?![\p{L}])/giu, 'experience'],
  [/\bexpérience(?![\p{L}])/giu, 'experience'],
  [/\bd['’]au\s+moins(?![\p{L}])/giu, 'at least'],
  [/\bau\s+moins(?![\p{L}])/giu, 'at least'],
  // (Not "maîtrise d'un outil", "maîtrise d'une méthode": the mastery of a thing, read by "maîtrise" alone below.)
  [/\bmaîtrise\s+en(?![\p{L}])/giu, "master's in"],
  // "Maîtrise de l'anglais", "anglais courant", "langue maternelle": a language's level.
  [/\bmaîtrise\s+(?:de\s+l['’]|du\s+|de\s+)(?=(?:anglais|français|allemand|espagnol|italien|néerlandais|portugais|arabe)(?![\p{L}]))/giu, 'fluent '],
  [/\bcourante?s?(?![\p{L}])|\bcouramment(?![\p{L}])/giu, 'fluent'],
  [/\bparle[rz]?(?![\p{L}])|\bparlant(?![\p{L}])/giu, 'speak'],
  [/\blangue\s+maternelle(?![\p{L}])/giu, 'native level'],
  // ("Anglais technique": English for reading documentation, a language asked; the stand-ins keep the length.)
  [/\banglais\s+technique(?![\p{L}])/giu, 'technical English'],
  [/\ballemand\s+technique(?![\p{L}])/giu, 'technical German'],
  [/\bespagnol\s+technique(?![\p{L}])/giu, 'technical Spanish'],
  // ("Anglais technique lu et écrit", "anglais écrit et parlé": the level a language is asked at, read as fluency.)
  [/(?<![\p{L}])(?:lu\s*(?:,|et|\/)\s*écrit(?:\s*(?:,|et)\s*parlé)?|écrit\s*(?:,|et|\/)\s*parlé|parlé\s*(?:,|et|\/)\s*écrit)(?![\p{L}])/giu, 'fluent'],
  [/\bmaîtrise(?![\p{L}])/giu, 'strong'],
  [/\bconnaissances?(?![\p{L}])/giu, 'knowledge'],
  [/\bbaccalauréat(?![\p{L}])/giu, "bachelor's"],
  // (s49: Belgium's "Bachelier (ou master) en informatique": its three-year degree, a bachelor's.)
  [/(?<![\p{L}])bacheli(?:er|\u00e8re)(?![\p{L}])/giu, 'bachelor'],
  [/\bdoctorat(?![\p{L}])/giu, 'PhD'],
  [/\bdiplôme(?![\p{L}])/giu, 'degree'],
  [/\bdomaine\s+connexe(?![\p{L}])/giu, 'related field'],
  [/\bgénie\s+logiciel(?![\p{L}])/giu, 'Software Eng.'],
  [/\bgénie\s+informatique(?![\p{L}])/giu, 'Computer Eng.'],
  [/\binformatique(?![\p{L}])/giu, 'Computing'],
  [/\badministration\s+(?:de|des)\s+systèmes(?![\p{L}])/giu, 'systems administration'],
  [/\bfournisseurs?\s+infonuagiques?(?![\p{L}])/giu, 'cloud provider'],
  [/\bplateformes?\s+infonuagiques?(?![\p{L}])/giu, 'cloud platform'],
  [/\binfonuagiques?(?![\p{L}])/giu, 'cloud'],
  [/\bl['’]automatisation(?![\p{L}])/giu, 'automation'],
  [/\bbilinguisme(?![\p{L}])/giu, 'bilingual'],
  [/\bbilingue(?![\p{L}])/giu, 'fluent'],
  [/\bfrançais(?![\p{L}])/giu, 'French'],
  [/\banglais(?![\p{L}])/giu, 'English'],
  [/\ballemand(?![\p{L}])/giu, 'German'],
  [/\bespagnol(?![\p{L}])/giu, 'Spanish'],
  [/\bnéerlandais(?![\p{L}])/giu, 'Dutch'],
  [/\bportugais(?![\p{L}])/giu, 'Portuguese'],
  [/\bitalien(?![\p{L}])/giu, 'Italian'],
  [/\b(?:est\s+|serait\s+|constitue\s+)?un\s+atout(?![\p{L}])/giu, 'a plus'],
  // ("Une certification CKA est un plus", "serait un vrai plus", "Go apprécié", "une expérience cloud souhaitée": wishes.)
  [/(?<![\p{L}])(?:est|serait|sera|constitue|représente)\s+un\s+(?:(?:vrai|réel|gros|grand)\s+)?plus(?![\p{L}])/giu, 'a plus'],
  [/(?<![\p{L}])(?:appréciée?s?|souhaitée?s?|souhaitable|bienvenue?s?)(?![\p{L}])/giu, 'a plus'],
  [/\batouts?(?![\p{L}])/giu, 'asset'],
  [/\bsecteur\s+financier(?![\p{L}])/giu, 'financial sector'],
  [/\blégalement(?![\p{L}])/giu, 'legally'],
  // ("Permis B/C ou nationalité suisse / UE obligatoire": a permit or a nationality, required.)
  [/\bpermis\s+de\s+travail(?![\p{L}])/giu, 'work permit'],
  [/\bpermis(?=\s+[A-Z](?:\s*\/\s*[A-Z])?\b)/gu, 'permit'],
  [/\bsuisse(?![\p{L}])/giu, 'Swiss'],
  [/\bnationalité(?![\p{L}])/giu, 'nationality'],
  [/\b(?:obligatoire|requise?s?|exigée?s?|indispensable)(?![\p{L}])/giu, 'required'],
  [/\bautorisée?s?\s+à\s+travailler(?![\p{L}])/giu, 'authorized to work'],
  [/\bdoivent\s+être(?![\p{L}])|\bdoit\s+être(?![\p{L}])/giu, 'must be'],
  [/\bsalaire\s+annuel(?![\p{L}])/giu, 'salary'],
  [/\bsalaire(?![\p{L}])/giu, 'salary'],
  [/\bpar\s+année(?![\p{L}])|\bpar\s+an(?![\p{L}])/giu, 'per year'],
  // ("Télétravail : 2 jours par semaine": the days at home after the label.)
  [/\btélétravail\s*:(?=\s*\d)/giu, 'remote'],
  [/\btélétravail(?![\p{L}])/giu, 'remote'],
  [/\bhybride(?![\p{L}])/giu, 'hybrid'],
  [/\ben\s+présentiel(?![\p{L}])/giu, 'on-site'],
  [/\bjours(?![\p{L}])/giu, 'days'],
  // ("télétravail 2 jours par semaine": days of the week at home.)
  [/\bpar\s+semaine(?![\p{L}])/giu, 'per week'],
  [/\bau\s+bureau(?![\p{L}])/giu, 'in office'],
  [/\bou\s+de(?![\p{L}])/giu, 'or'],
  [/\bou(?![\p{L}])/giu, 'or'],
  [/\bet(?![\p{L}])/giu, '&'],
  [/\bavec(?![\p{L}])/giu, 'with'],
  [/\bdans(?![\p{L}])/giu, 'in'],
  [/\baux?(?![\p{L}])/giu, 'in'],
  [/\bpour(?![\p{L}])/giu, 'for'],
  [/\b(?:des|du|de)(?![\p{L}])/giu, 'of'],
  [/\bd['’](?=\p{L})/giu, ''],
  [/\ben(?![\p{L}])/giu, 'in'],
  [/\b(?:le|la|les)(?![\p{L}])|\bl['’](?=\p{L})/giu, ''],
  [/\bune?(?![\p{L}])/giu, 'a'],
];

/**
 * Spanish and Portuguese phrases of asking (Latin America, Spain, Portugal, Brazil): "3 años de experiencia", "Inglés
 * avanzado (excluyente)", "Licenciatura en Sistemas o afín", "Inglês fluente", "Graduação em Ciência da Computação".
 */
const IBERIAN: readonly Pair[] = [
  // (s50: "necesitas permiso de trabajo en la UE", "precisas de autoriza\u00e7\u00e3o de trabalho": what the candidate needs to hold already.)
  [/(?<![\p{L}])(?:necesitas|necesit\u00e1s|necesitar\u00e1s|precisas|precisar\u00e1s|debes\s+tener|deber\u00e1s\s+tener|debes\s+contar\s+con)(?=\s+(?:de\s+)?(?:un\s+|una\s+)?(?:permiso|autorizaci\u00f3n|autoriza\u00e7\u00e3o|visto|nacionalidad|ciudadan\u00eda|work\s+permit|visa))/giu, 'need'],
  // (s49: a closing wish, ", idealmente también Flink", ", preferencialmente AWS".)
  [/(?<![\p{L}])idealmente(?![\p{L}])/giu, 'ideally'],
  [/(?<![\p{L}])(?:preferiblemente|preferentemente|preferencialmente|de\s+preferencia)(?![\p{L}])/giu, 'preferably'],
  [/(?<=\b(?:ideally|preferably)\s+)tamb(?:i\u00e9n|\u00e9m)(?![\p{L}])/giu, 'also'],
  // (s59 lead: and Catalan, "M\u00ednim 2 anys d'experi\u00e8ncia", "Grau en Matem\u00e0tiques", "parlats i escrits".)
  [/(?<![\p{L}])d['\u2019]experi\u00e8ncia(?![\p{L}])/giu, 'of experience'],
  [/\b(?:años|anos|anys)(?![\p{L}])/giu, 'yrs'],
  [/\bexperi[eêè]ncia(?![\p{L}])/giu, 'experience'],
  [/\b(?:al|por lo|pelo|no)\s+menos(?![\p{L}])|\bcomo\s+m[ií]nimo(?![\p{L}])/giu, 'at least'],
  // ("Mínimo de 3 anos", "mínimo 5 años": a floor of years.)
  [/(?<![\p{L}])m[ií]nimo?(?:\s+de)?(?=\s+\d)/giu, 'min.'],
  [/\b(?:conocimientos?|conhecimentos?)\s+(?:de|en|em|sobre)(?![\p{L}])/giu, 'knowledge of'],
  [/\b(?:conocimientos?|conhecimentos?)(?![\p{L}])/giu, 'knowledge'],
  // (The languages' own names, "Inglés", "Português", are no longer than the English: the readers know them as written.)
  // "Inglés avanzado", "nivel avanzado de inglés", "Inglês fluente": a language's level.
  [/\b(?:avanzado|avançado|fluido|fluente|bilingüe|bilíngue)(?![\p{L}])/giu, 'fluent'],
  [/\bnativo(?![\p{L}])/giu, 'native'],
  // "Hablas inglés con fluidez": a language spoken, fluently.
  [/\bfluidez(?![\p{L}])/giu, 'fluency'],
  [/\bhabla[rs]?(?![\p{L}])/giu, 'speak'],
  [/\bn[ií]vel(?![\p{L}])/giu, 'level'],
  // (s47: "Titulación universitaria en Informática": a university degree, as "título universitario" is.)
  [/\b(?:título|grado)\s+universitario(?![\p{L}])|\btitulaci[oó]n\s+universitaria(?![\p{L}])/giu, 'university degree'],
  [/\blicenciatura(?![\p{L}])/giu, "bachelor's"],
  // ("Bachiller en Ingeniería Industrial": Peru's and Bolivia's bachelor's.)
  [/\bbachiller(?=\s+(?:en|de)\s)/giu, 'bachelor'],
  // (s56: Peru's "Bachiller o titulado en Ingenier\u00eda de Sistemas": the university's first degree, or its title after it.)
  [/\bbachiller(?=\s+(?:o|y|u)\s+(?:titulad|licenciad|egresad))/giu, 'bachelor'],
  // ("Teletrabajo 3 días por semana", "home office 2 dias por semana": days at home.)
  [/\b(?:teletrabajo|teletrabalho)(?![\p{L}])/giu, 'remote'],
  [/(?<=\d\s?)d[ií]as(?![\p{L}])/giu, 'days'],
  [/\bpor\s+semana(?![\p{L}])/giu, 'per week'],
  [/\bbacharelado(?![\p{L}])/giu, "bachelor's"],
  [/\bgraduação(?:\s+(?:completa|concluída))?(?![\p{L}])|\bensino\s+superior(?:\s+completo)?(?![\p{L}])/giu, 'degree'],
  [/\bintermedi[aá]rio(?![\p{L}])/giu, 'intermediate'],
  [/\b(?:maestría|mestrado)(?![\p{L}])/giu, "master's"],
  // (s50: Spain's "Máster en Data Science", a master's.)
  [/(?<![\p{L}])m\u00e1ster(?![\p{L}])/giu, 'MSc'],
  [/\b(?:doctorado|doutorado)(?![\p{L}])/giu, 'PhD'],
  // (s49: "Ingenier\u00eda Inform\u00e1tica o experiencia equivalente", "T\u00edtulo en Ingenier\u00eda de Sistemas": the engineering degree
  // named by its field, opening its line or after a word of study; not a team's name, "el equipo de Ingenier\u00eda".)
  // (s60 lead: Chile's "Ingenier\u00eda Civil Inform\u00e1tica / Industrial", a six-year engineering degree, at least a bachelor's.)
  [/(?<=(?:^|[:;\u2022*\u2013-]|(?:t[ií]tulo|titulaci[oó]n|estudios|formaci[oó]n|forma[cç][aã]o)(?:\s+(?:universitari[oa]|superior))?(?:\s+(?:en|em|de))?)\s*)(?:ingenier[ií]a|engenharia)(?=\s+(?:t[eé]cnica\s+|civil\s+)?(?:(?:en|em|de)\s+)?(?:inform[aá]tica|sistemas|software|telecomunica\p{L}*|computa\p{L}*|electr\p{L}*|eletr\p{L}*|industrial)(?![\p{L}]))/giu, 'BSc'],
  [/\b(?:ingenier[ií]a|engenharia)(?![\p{L}])/giu, 'Eng'],
  [/\b(?:informática|computación|ciencias? de la computación|ciência da computação)(?![\p{L}])/giu, 'Computing'],
  // (s55: infrastructure as a kind of role or work, "roles de DevOps, SRE o infraestructura", "infraestrutura de nuvem",
  // "Infrastruktur und Netzwerke": a list's last option left unread split the list.)
  [/(?<![\p{L}])(?:infraestructura|infraestrutura|infrastruttura|Infrastruktur)(?![\p{L}])/giu, 'infrastructure'],
  [/(?<![\p{L}])(?:carrera|área)s?\s+(?:afín|afines|afim|afins|relacionadas?)(?![\p{L}])/giu, 'related'],
  [/\b(?:afín|afines|afim|afins)(?![\p{L}])/giu, 'related'],
  [/(?<![\p{L}])(?:es|será|é|seria)\s+(?:un|um)\s+(?:plus|diferencial)(?![\p{L}])|\bdiferencial(?![\p{L}])/giu, 'a plus'],
  [/\b(?:deseable|valorable)(?![\p{L}])/giu, 'a plus'],
  [/\bdesejável(?![\p{L}])/giu, 'preferred'],
  // (s48: "deseable, no indispensable", "não obrigatório": wished, not asked; before the word alone is read as required.)
  [/(?<![\p{L}])(?:no|n\u00e3o)\s+(?:es\s+|\u00e9\s+)?(?:excluyente|obligatori[oa]|obrigat\u00f3ri[oa]|indispensable|imprescindible)(?![\p{L}])/giu, 'optional'],
  [/\b(?:excluyente|obligatorio|obrigatório|indispensable|imprescindible|requisitos?)(?![\p{L}])/giu, 'required'],
  [/\b(?:permiso|autorización|autorização)\s+(?:de|para)\s+(?:trabajo|trabajar|trabalho|trabalhar)(?![\p{L}])/giu, 'work permit'],
  [/\bpatroc[ií]nio\s+de\s+(?:visa|visto)(?![\p{L}])|\bpatrocinio\s+de\s+(?:visa|visado)(?![\p{L}])/giu, 'visa sponsorship'],
  // ("No ofrecemos patrocinio de visado", "Não oferecemos": an offer refused.)
  [/(?<![\p{L}])(?:no\s+ofrecemos|n\u00e3o\s+oferecemos|no\s+podemos\s+ofrecer|n\u00e3o\s+podemos\s+oferecer)(?![\p{L}])/giu, "don't offer"],
  // (s56: Spain's higher vocational cycle, "Ciclo Formativo de Grado Superior (ASIR)", "T\u00e9cnico Superior
  // en \u2026": two years after school, an associate degree; before "grado" is read as a bachelor's. Its capitals, CFGS, text.ts reads.)
  [/(?<![\p{L}])(?:ciclos?\s+formativos?\s+de\s+grado\s+superior|FP\s+de\s+grado\s+superior|t\u00e9cnic[oa]\s+superior)(?![\p{L}])/giu, 'associate degree'],
  // ("Grado en Ingeniería Informática", "Profesional en Ingeniería de Sistemas": a bachelor's in a field.)
  [/(?<![\p{L}])grado(?=\s+(?:en|de)\s)/giu, 'BSc'],
  [/(?<=(?:^|[:;\u2022*-])\s*)profesional\s+en(?![\p{L}])/giu, "bachelor's in"],
  [/\b(?:en|em)(?![\p{L}])/giu, 'in'],
  [/\b(?:de|del|do|da|dos|das)(?![\p{L}])/giu, 'of'],
  [/\bpara(?![\p{L}])/giu, 'for'],
];

/**
 * Polish phrases of asking (Poland's job boards write "min. 5 lat doświadczenia", "angielski komunikatywny", "mile widziany:
 * niemiecki", "wykształcenie wyższe informatyczne", "praca zdalna").
 */
const POLISH: readonly Pair[] = [
  [/(?<![\p{L}])co\s+najmniej(?![\p{L}])/giu, 'at least'],
  // ("min. 5 lat": the floor's dot would end a sentence.)
  // ("min. B2": a floor of a language's level, too.)
  [/(?<![\p{L}])min\.(?=\s*(?:\d|[ABC][12]\b))/giu, 'min'],
  // ("angielski na poziomie B2", "na poziomie komunikatywnym": at that level; the level right after the language.)
  [/(?<![\p{L}])na\s+poziomie(?![\p{L}])/giu, ''],
  [/(?<![\p{L}])bardzo\s+dobr\p{L}*/giu, 'very good'],
  [/(?<![\p{L}])dobr[aey](?![\p{L}])/giu, 'good'],
  // (s47: "Znajomo\u015b\u0107 jednego z j\u0119zyk\u00f3w: Python, Go", "jedno z narz\u0119dzi": one of those that follow.)
  [/(?<![\p{L}])jedn(?:ego|ym|ej|\u0105|a|o)\s+z(?:e)?(?:\s+(?:j\u0119zyk\u00f3w|narz\u0119dzi|technologii|chmur|platform|framework\u00f3w|system\u00f3w|baz(?:\s+danych)?))?(?![\p{L}])/giu, 'one of'],
  [/(?<![\p{L}])j\u0119zy(?:k|ka|kiem|ków)(?![\p{L}])/giu, 'of'],
  [/(?<![\p{L}])(?:lat|lata)(?![\p{L}])/giu, 'yrs'],
  [/(?<![\p{L}])roku(?![\p{L}])/giu, 'year'],
  [/(?<![\p{L}])do\u015bwiadczeni\p{L}*/giu, 'experience'],
  // (s55: a language's name in the genitive right after "znajomo\u015b\u0107" (knowledge of), "Dobra znajomo\u015b\u0107 angielskiego": "of English", the
  // "of" the genitive says, where "j\u0119zyka" (of the language) is not between.)
  [/(?<=(?<![\p{L}])znajomo\u015b\p{L}*\s+)angielskiego(?![\p{L}])/giu, 'of English'],
  [/(?<=(?<![\p{L}])znajomo\u015b\p{L}*\s+)niemieckiego(?![\p{L}])/giu, 'of German'],
  [/(?<=(?<![\p{L}])znajomo\u015b\p{L}*\s+)francuskiego(?![\p{L}])/giu, 'of French'],
  [/(?<=(?<![\p{L}])znajomo\u015b\p{L}*\s+)hiszpa\u0144skiego(?![\p{L}])/giu, 'of Spanish'],
  [/(?<=(?<![\p{L}])znajomo\u015b\p{L}*\s+)polskiego(?![\p{L}])/giu, 'of Polish'],
  [/(?<![\p{L}])znajomo\u015b\p{L}*/giu, 'knowledge'],
  // ("angielski komunikatywny", "biegły niemiecki": a language's level.)
  [/(?<![\p{L}])angielski\p{L}*/giu, 'English'],
  [/(?<![\p{L}])niemieck\p{L}*/giu, 'German'],
  [/(?<![\p{L}])polski\p{L}*/giu, 'Polish'],
  [/(?<![\p{L}])francusk\p{L}*/giu, 'French'],
  [/(?<![\p{L}])hiszpa\u0144sk\p{L}*/giu, 'Spanish'],
  // (s58: the neighbours' languages too, "znajomo\u015b\u0107 j\u0119zyka czeskiego lub s\u0142owackiego", "rosyjski", "ukrai\u0144ski", "w\u0142oski".)
  [/(?<![\p{L}])czesk\p{L}*/giu, 'Czech'],
  [/(?<![\p{L}])s\u0142owack\p{L}*/giu, 'Slovak'],
  [/(?<![\p{L}])rosyjsk\p{L}*/giu, 'Russian'],
  [/(?<![\p{L}])ukrai\u0144sk\p{L}*/giu, 'Ukrainian'],
  [/(?<![\p{L}])w\u0142osk\p{L}*/giu, 'Italian'],
  [/(?<![\p{L}])(?:bieg\u0142\p{L}*|biegle)(?![\p{L}])/giu, 'fluent'],
  // ("komunikatywny": enough to talk with the team.)
  [/(?<![\p{L}])komunikatywn\p{L}*/giu, 'spoken'],
  [/(?<![\p{L}])mile\s+widzian\p{L}*/giu, 'a plus'],
  [/(?<![\p{L}])(?:b\u0119dzie\s+)?(?:dodatkowym\s+)?atut\p{L}*/giu, 'a plus'],
  [/(?<![\p{L}])(?:wymagan\p{L}*|wymagamy|obowi\u0105zkow\p{L}*|niezb\u0119dn\p{L}*|konieczn\p{L}*)/giu, 'required'],
  // (s54: and with the adjective first, "Wy\u017csze wykszta\u0142cenie techniczne mile widziane".)
  [/(?<![\p{L}])(?:(?:wykszta\u0142cenie|studia)\s+wy\u017csze|wy\u017csze\s+(?:wykszta\u0142cenie|studia))(?![\p{L}])/giu, 'university degree'],
  [/(?<![\p{L}])informaty(?:k\p{L}*|czn\p{L}*)/giu, 'Computing'],
  [/(?<![\p{L}])pozwoleni\p{L}*\s+na\s+prac\u0119(?![\p{L}])/giu, 'work permit'],
  [/(?<![\p{L}])(?:praca\s+)?zdaln\p{L}*/giu, 'remote'],
  [/(?<![\p{L}])(?:praca\s+)?hybrydow\p{L}*/giu, 'hybrid'],
  [/(?<![\p{L}])(?:praca\s+)?stacjonarn\p{L}*/giu, 'on-site'],
  [/(?<![\p{L}])lub(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])oraz(?![\p{L}])/giu, 'and'],
];

/**
 * Swedish, Norwegian and Danish phrases of asking ("minst 5 års erfarenhet", "flytande svenska i tal och skrift",
 * "norsk er et krav", "dansk er en fordel"). (The languages' own names are known as written: items.ts LANGUAGES.)
 */
const NORDIC: readonly Pair[] = [
  // (s58: "eller tilsvarende erfaring", "eller motsvarande erfarenhet": or equivalent experience, read before its words are.)
  [/(?<![\p{L}])eller\s+(?:tilsvarende|motsvarande)\s+(?:erfaring|erfarenhet)(?![\p{L}])/giu, 'or equivalent experience'],
  [/(?<=\d\+?\s?)års(?![\p{L}])/giu, 'yrs'],
  [/(?<=\d\+?\s?)år(?![\p{L}])/giu, 'yr'],
  [/(?<![\p{L}])erfarenhet(?:er)?(?![\p{L}])/giu, 'experience'],
  // ("4 års erfaring": experience, in a word that fits.)
  [/(?<![\p{L}])erfaring(?:er)?(?![\p{L}])/giu, 'exp'],
  [/(?<![\p{L}])(?:minst|mindst)(?=\s+\d)/giu, 'min'],
  // ("Vi hjälper till med arbetstillstånd", "vi hjælper med": the employer's help with a permit.)
  [/(?<![\p{L}])vi\s+(?:hjälper|hjelper|hjælper)(?:\s+(?:till|til))?\s+med(?![\p{L}])/giu, 'we help with'],
  [/(?<![\p{L}])(?:flytande|flytende|flydende)(?![\p{L}])/giu, 'fluent'],
  // (s49: the degrees by their names: "mastergrad", "masterexamen", "civilingenj\u00f6r" / "sivilingeni\u00f8r" a master's; "bachelorgrad",
  // Sweden's "kandidatexamen", "h\u00f6gskoleexamen" a bachelor's.)
  [/(?<![\p{L}])(?:mastergrad(?:en)?|masterexamen|mastergrad|masteruddannelse|civilingenj\u00f6rs?(?:examen)?|sivilingeni\u00f8r)(?![\p{L}])/giu, "master's"],
  // (s56: Sweden's and Norway's engineer of three years, "h\u00f6gskoleingenj\u00f6r", "h\u00f8gskoleingeni\u00f8r", a bachelor's.)
  // (s58: Denmark's, "professionsbachelor", "diplomingeni\u00f8r", and a level named, "p\u00e5 bachelorniveau".)
  [/(?<![\p{L}])(?:bachelorgrad(?:en)?|bachelorexamen|bacheloruddannelse|kandidatexamen|h\u00f6gskoleexamen|universitetsexamen|h\u00f6gskoleingenj\u00f6r(?:s?examen)?|h\u00f8gskoleingeni\u00f8r|professionsbachelor\p{L}*|bachelorniveau|diplomingeni\u00f8r\p{L}*)(?![\p{L}])/giu, "bachelor's"],
  // (s58: higher education asked, "H\u00f8yere utdanning innen IT", "H\u00f8jere uddannelse", "H\u00f6gre utbildning": a degree.)
  [/(?<![\p{L}])(?:h\u00f8yere\s+utdanning|h\u00f8jere\s+uddannelse|h\u00f6gre\s+utbildning)(?![\p{L}])/giu, 'degree'],
  // (And its field after "innen", "inden", "inom": "Degree innen IT" is a degree in IT.)
  [/(?<=(?<![\p{L}])(?:degree|bachelor's|master's)\s+)(?:innen|inden|inom)(?![\p{L}])/giu, 'in'],
  [/(?<![\p{L}])i\s+(?:tal|tale)\s+(?:och|og)\s+skrift(?![\p{L}])/giu, 'fluent'],
  [/(?<![\p{L}])(?:är|er)\s+(?:ett|et)\s+krav(?![\p{L}])|(?<![\p{L}])(?:krävs|kreves|påkrævet)(?![\p{L}])/giu, 'required'],
  [/(?<![\p{L}])(?:är|er)\s+(?:meriterande|meriterende|en\s+fordel)(?![\p{L}])|(?<![\p{L}])(?:meriterande|meriterende|fordel)(?![\p{L}])/giu, 'a plus'],
  [/(?<![\p{L}])(?:arbetstillstånd|arbeidstillatelse|arbejdstilladelse)(?![\p{L}])/giu, 'work permit'],
  // ("hybridarbete", "hybridarbeid": hybrid work, one word.)
  [/(?<![\p{L}])hybrid(?:arbete|arbeid|arbejde)(?![\p{L}])/giu, 'hybrid'],
  // (s48) The practices asked in one compound word or a set phrase: "testautomatisering", "webbutveckling",
  // "infrastruktur som kod", "molntj\u00e4nster", "kodgranskning", "f\u00f6rst\u00e5else f\u00f6r", "kunskaper inom".
  [/(?<![\p{L}])testautomati(?:sering|on)(?![\p{L}])/giu, 'test automation'],
  [/(?<![\p{L}])webb?-?(?:utveckling|utvikling|udvikling)(?![\p{L}])/giu, 'web dev'],
  [/(?<![\p{L}])infrastruktur\s+som\s+kode?(?![\p{L}])/giu, 'infrastructure as code'],
  [/(?<![\p{L}])(?:molntj\u00e4nst(?:er)?|skytjenest(?:er|e)?|cloudtjenest(?:er|e)?)(?![\p{L}])/giu, 'cloud'],
  [/(?<![\p{L}])molnplattform(?:ar|en)?(?![\p{L}])/giu, 'cloud platforms'],
  [/(?<![\p{L}])kodgranskning(?:ar)?(?![\p{L}])/giu, 'code review'],
  [/(?<![\p{L}])kontinuerlig\s+integration(?![\p{L}])/giu, 'continuous integration'],
  [/(?<![\p{L}])versionshantering(?![\p{L}])/giu, 'version control'],
  [/(?<![\p{L}])(?:f\u00f6rst\u00e5else\s+f\u00f6r|forst\u00e5else\s+(?:for|af))(?![\p{L}])/giu, 'understanding of'],
  // (The stand-in must fit the original's length: the shorter phrases read "familiar", which asks as much.)
  [/(?<![\p{L}])(?:kunskaper\s+(?:inom|om|av)|kunnskaper\s+(?:om|innen)|kunnskap\s+innen|kunskap\s+inom|kendskab\s+til)(?![\p{L}])/giu, 'knowledge of'],
  [/(?<![\p{L}])(?:kunskap(?:er)?|kunnskap(?:er)?)\s+(?:i|om|av)(?![\p{L}])|(?<![\p{L}])viden\s+om(?![\p{L}])/giu, 'familiar'],
  [/(?<![\p{L}])agila?\s+(?:arbetss\u00e4tt|arbetsmetoder|metoder)(?![\p{L}])|(?<![\p{L}])agile\s+(?:arbeidsmetoder|arbejdsmetoder|metoder)(?![\p{L}])/giu, 'agile practices'],
  // (s60 lead: Icelandic's degree asked, "H\u00e1sk\u00f3lapr\u00f3f \u00ed t\u00f6lvunarfr\u00e6\u00f0i e\u00f0a samb\u00e6rilegt": a university degree in computing or equivalent.)
  [/(?<![\p{L}])h\u00e1sk\u00f3la(?:pr\u00f3f|menntun)\s+\u00ed(?![\p{L}])/giu, 'degree in'],
  [/(?<![\p{L}])h\u00e1sk\u00f3la(?:pr\u00f3f|menntun)(?![\p{L}])/giu, 'degree'],
  [/(?<![\p{L}])t\u00f6lvunarfr\u00e6\u00f0i(?![\p{L}])/giu, 'Computing'],
  [/(?<![\p{L}])samb\u00e6rileg\p{L}*(?![\p{L}])/giu, 'equivalent'],
  [/(?<![\p{L}])e\u00f0a(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])eller(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])och(?![\p{L}])/giu, 'and'],
];

/** Dutch phrases of asking ("minimaal 4 jaar ervaring", "vloeiend Nederlands", "een pr\u00e9", "werkvergunning vereist"). */
/** (s60) The Dutch "of" that is "whether": after "uit" ("het maakt niet uit"), "niet", a verb of asking or knowing, and before a subject. */
export const DUTCH_WHETHER = /(?<=(?<![\p{L}])(?:uit|niet|vraag|vragen|vraagt|weten|weet|kijken|kijkt|ongeacht|benieuwd|zien|checken|twijfel\p{L}*)\s+)of(?=\s+(?:je|jij|u|we|wij|ze|zij|hij|het|er)(?![\p{L}]))/giu;
const DUTCH: readonly Pair[] = [
  // (s49: a closing wish, ", bij voorkeur ook Flink".)
  [/(?<![\p{L}])idealiter(?![\p{L}])/giu, 'ideally'],
  [/(?<![\p{L}])bij\s+voorkeur(?![\p{L}])/giu, 'preferably'],
  [/(?<=\b(?:ideally|preferably)\s+)ook(?![\p{L}])/giu, 'too'],
  [/(?<![\p{L}])(?:minimaal|minstens)(?=\s+\d)/giu, 'at least'],
  [/(?<=\d\+?\s?)(?:jaar|jaren)(?![\p{L}])/giu, 'yrs'],
  // (s49: "Ervaring met Go en Rust" asks both: the phrase that asks, and "en" as "&", the one English "and" that fits.)
  [/(?<![\p{L}])ervaring\s+(?:met|in)(?![\p{L}])/giu, 'skills in'],
  [/(?<![\p{L}])ervaring(?![\p{L}])/giu, 'practice'],
  // ("2 dagen per week op locatie", "3 dagen op kantoor": days at the office.)
  [/(?<=\d\s?)dagen(?![\p{L}])/giu, 'days'],
  // (s51: "eens per week ben je op kantoor", "\u00e9\u00e9n keer per week": once a week.)
  [/(?<![\p{L}])(?:eens|(?:\u00e9\u00e9n|een)\s?keer)\s+(?:per|in\s+de|elke)\s+week(?![\p{L}])/giu, 'once a week'],
  [/(?<![\p{L}])op\s+(?:locatie|kantoor)(?![\p{L}])/giu, 'on-site'],
  // ("2 dagen thuiswerk per week": days at home.)
  [/(?<![\p{L}])thuis(?:werk(?:en)?|werkdagen)(?![\p{L}])/giu, 'WFH'],
  [/(?<![\p{L}])(?:is\s+)?(?:een\s+)?pr\u00e9(?![\p{L}])/giu, 'a plus'],
  // (s50: "Hbo-diploma in de ICT is een pluspunt": a plus.)
  [/(?<![\p{L}])(?:is\s+)?(?:een\s+)?pluspunt(?![\p{L}])/giu, 'a plus'],
  [/(?<![\p{L}])vereist(?![\p{L}])/giu, 'required'],
  [/(?<![\p{L}])werkvergunning(?![\p{L}])/giu, 'work permit'],
  // (s53: "Als erkend referent sponsoren wij je verblijfsvergunning": the verb of sponsoring, read "sponsor".)
  [/(?<![\p{L}])(?:sponsoren|sponsort)(?![\p{L}])/giu, 'sponsor'],
  [/(?<![\p{L}])kennis\s+van(?![\p{L}])/giu, 'knowledge of'],
  // (s47: "platform-, DevOps- of SRE-engineer": a compound's shared tail is left off the first words, their hyphen kept;
  // read as words apart, "platform, DevOps or SRE-engineer".)
  [/(?<=\p{L})-(?=\s*,|\s+(?:of|en|en\/of)\s)/gu, ' '],
  // (s45: "PostgreSQL of Oracle": Dutch "of" is "or"; a line is Dutch only by two Dutch words more than English ones.)
  [/(?<![\p{L}])en\/of(?![\p{L}])/giu, 'or'],
  // (s60: not the "of" that is "whether", after a verb of asking, knowing or mattering and before the clause's subject:
  // "Het maakt niet uit of je met Go of Rust werkt", "We vragen niet of je ... kent": blanked.)
  [DUTCH_WHETHER, ''],
  [/(?<![\p{L}])of(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])en(?![\p{L}])/giu, '&'],
];

/**
 * Korean, Japanese and Chinese asks (s43): "경력 4년 이상", "開発経験5年以上", "3年以上", "학사 이상", "フルリモート", "주 2일 재택".
 * Their words are shorter than English ones, so only stand-ins that fit are put: a floor of years as "+yr" after its
 * number, a bachelor's or master's as "BS" / "MS", remote and hybrid work in their English words where they fit.
 */
// (s54: with the place it names after it, "\u5e38\u99d0\u5148\uff1a\u2026" (the site one is stationed at), which gives "WFO" its room.)
// (s55: with Japan's particle before and its verb after, "\u30c7\u30fc\u30bf\u30bb\u30f3\u30bf\u30fc\u306b\u5e38\u99d0\u3057\u3066", "\u5ba2\u5148\u306b\u5e38\u99d0\u3059\u308b": two letters alone have no room for a stand-in.)
const ONSITE_CJK = /(?:\u9700\u8981?|\u987b|\u306b)?\s?(?:\u5e38\u9a7b|\u5e38\u99d0|\u9a7b\u573a|\u99d0\u5834|\u9a7b\u5834)(?:\u5148|\u5730)?(?:\u3057\u3066|\u3059\u308b|\u3057)?\s?(?:\u5ba2\u6237|\u5ba2\u6236)?\s?(?:\u73b0\u573a|\u73fe\u5834)?|(?:\u5168\u804c|\u5168\u8077)?\s?\u5750\u73ed|(?:(?:\uc0ac\ubb34\uc2e4|\uc624\ud53c\uc2a4)\s?)?\uc0c1\uc8fc(?:\s?\uadfc\ubb34)?|(?:\u4e0d\u63a5\u53d7|\u4e0d\u652f\u6301|\u4e0d\u53ef|\u65e0\u6cd5|\u7121\u6cd5)\s?(?:\u8fdc\u7a0b|\u9060\u7a0b|\u9060\u7aef)(?:\u529e\u516c|\u8fa6\u516c|\u5de5\u4f5c)?|\u6bcf\u5929\s?\u5728[^\s\uff0c\u3002,\u3001]{0,8}?(?:\u529e\u516c\u5ba4|\u8fa6\u516c\u5ba4|\u516c\u53f8)\s?(?:\u4e0a\u73ed|\u529e\u516c|\u8fa6\u516c|\u5de5\u4f5c)?|\uc7ac\ud0dd\s?(?:\uadfc\ubb34\s?)?(?:\ubd88\uac00\ub2a5|\ubd88\uac00|\uc5c6\uc74c)/gu;
/** (s52) Remote work said possible in Chinese or Korean (see CJK). */
const REMOTE_CJK = /(?<![\u4e0d\u65e0\u7121\u975e]\s?(?:\u53ef|\u652f\u6301|\u63a5\u53d7)?\s?)(?:\u53ef|\u652f\u6301|\u63a5\u53d7)?\s?(?:\u5168|\u5b8c\u5168)?\s?(?:\u8fdc\u7a0b|\u9060\u7a0b|\u9060\u7aef)\s?(?:\u529e\u516c|\u8fa6\u516c|\u5de5\u4f5c)|\uc6d0\uaca9\s?\uadfc\ubb34(?!\s?(?:\ubd88\uac00|\uc5c6\uc74c))(?:\s?\uac00\ub2a5)?|\ucd9c\uadfc\s?\uc5c6\uc774|\uc9d1\uc5d0\uc11c\s?\uadfc\ubb34/gu;
const CJK: readonly Pair[] = [
  // ("4년 이상", "5年以上": that many years or more.)
  // (s50: "3年以上Java开发经验": the years run into a name in Latin letters; "yr+" leaves the year word its word boundary.)
  // (s53: "\u56db\u5e74\u6216\u4ee5\u4e0a", "\u4e09\u5e74\u53ca\u4ee5\u4e0a": the years or more, "\u6216" (or) or "\u53ca" (and) before "\u4ee5\u4e0a".)
  [/(?<=\d\s?)(?:\ub144|\u5e74)\s?(?:[\u53ca\u6216]\s?)?(?:\uc774\uc0c1|\u4ee5\u4e0a)(?=[A-Za-z])/gu, 'yr+'],
  [/(?<=\d\s?)(?:\ub144|\u5e74)\s?(?:[\u53ca\u6216]\s?)?(?:\uc774\uc0c1|\u4ee5\u4e0a)/gu, '+yr'],
  // ("학사 이상", "学士以上", "大卒以上", "大學以上", "本科以上": a bachelor's or more; "석사", "修士", "碩士", "硕士": a master's.)
  // (s50: "\u7855\u58eb\u53ca\u4ee5\u4e0a\u5b66\u5386\u4f18\u5148", "\u672c\u79d1\u4ee5\u4e0a\u5b78\u6b77\u512a\u5148": the degree or more, preferred; "\u5927\u5b66\u5352\u696d\u4ee5\u4e0a", "\u5927\u5b78\u7562\u696d\u4ee5\u4e0a":
  // a university's graduate or more.)
  [/(?:\u5b66\u58eb|\u5927\u5352|\u5927\u5b66\u5352|\u5927\u5b78|\u5927\u5b66|\u672c\u79d1)\s?\u53ca?\s?\u4ee5\u4e0a\s?(?:\u5b66\u5386|\u5b78\u6b77)?\s?(?:\u4f18\u5148|\u512a\u5148)/gu, 'BS+a plus'],
  [/(?:\u4fee\u58eb|\u78a9\u58eb|\u7855\u58eb)\s?\u53ca?\s?\u4ee5\u4e0a\s?(?:\u5b66\u5386|\u5b78\u6b77)?\s?(?:\u4f18\u5148|\u512a\u5148)/gu, 'MS+a plus'],
  // (s55: not the two-year college's "\uc804\ubb38\ud559\uc0ac", "\uc804\ubb38 \ud559\uc0ac" (an associate's, text.ts reads it): "\ud559\uc0ac" only where "\uc804\ubb38" is not before it.)
  [/(?:(?<!\uc804\ubb38\s?)\ud559\uc0ac(?:\s?\ud559\uc704)?|\u5b66\u58eb|\u5927\u5352|\u5927\u5b66\u5352\u696d|\u5927\u5b78\u7562\u696d|\u5927\u5b66\u6bd5\u4e1a|\u5927\u5b66\u5352|\u5927\u5b78|\u5927\u5b66|\u672c\u79d1)\s?\u53ca?\s?(?:\uc774\uc0c1|\u4ee5\u4e0a)/gu, 'BS+'],
  [/(?:\uc11d\uc0ac(?:\s?\ud559\uc704)?|\u4fee\u58eb|\u78a9\u58eb|\u7855\u58eb)\s?\u53ca?\s?(?:\uc774\uc0c1|\u4ee5\u4e0a)/gu, 'MS+'],
  // (s49: "\u672c\u79d1\u5b66\u5386", "\u7edf\u62db\u672c\u79d1": a bachelor's named alone in Chinese.)
  [/\u672c\u79d1(?=\s?(?:\u5b66\u5386|\u5b78\u6b77|\u6bd5\u4e1a|\u7562\u696d))/gu, 'BS'],
  // (s51: the place before the count, "\u6bcf\u5468\u5230\u5c97\u56db\u5929" (at the office four days a week), "\u6bcf\u5468\u5c45\u5bb6\u529e\u516c\u4e24\u5929".)
  // (s49: "\u6bcf\u5468\u4e09\u5929\u5230\u5c97\uff0c\u4e24\u5929\u5c45\u5bb6\u529e\u516c", "\u6bcf\u9031\u53ef\u9060\u7aef\u5de5\u4f5c\u5169\u5929": days at the office or at home each week, in Chinese.)
  [/\u6bcf(?:[\u5468\u9031]|\u661f\u671f)\s?[1-4\u4e00\u4e8c\u4e09\u56db\u4e24\u5169]\s?\u5929\s?(?:\u5230\u5c97|\u5230\u5d17|\u5750\u73ed|\u5230\u516c\u53f8|\u5728\u529e\u516c\u5ba4|\u5728\u8fa6\u516c\u5ba4|\u5c45\u5bb6|\u5728\u5bb6|\u8fdc\u7a0b|\u9060\u7aef|\u9060\u7a0b)|(?:\u5c45\u5bb6|\u5728\u5bb6|\u8fdc\u7a0b|\u9060\u7aef|\u9060\u7a0b)(?:\u529e\u516c|\u8fa6\u516c|\u5de5\u4f5c)\s?[1-4\u4e00\u4e8c\u4e09\u56db\u4e24\u5169]\s?\u5929|\u6bcf(?:[\u5468\u9031]|\u661f\u671f)\s?\u53ef?\s?(?:\u5230\u5c97|\u5230\u5d17|\u5750\u73ed|\u5230\u516c\u53f8|\u5c45\u5bb6|\u5728\u5bb6|\u8fdc\u7a0b|\u9060\u7aef|\u9060\u7a0b)(?:\u529e\u516c|\u8fa6\u516c|\u5de5\u4f5c)?\s?[1-4\u4e00\u4e8c\u4e09\u56db\u4e24\u5169]\s?\u5929/gu, 'hybrid'],
  // (s51: "\ud559\uc0ac \ud559\uc704 \uc18c\uc9c0\uc790", a bachelor's degree's holder: "BS degree", which has the room the degree's word needs beside it.)
  [/(?<!\uc804\ubb38\s?)\ud559\uc0ac\s?\ud559\uc704\s?(?:\uc18c\uc9c0\uc790|\ubcf4\uc720\uc790)/gu, 'BS degree'],
  [/\uc11d\uc0ac\s?\ud559\uc704\s?(?:\uc18c\uc9c0\uc790|\ubcf4\uc720\uc790)/gu, 'MS degree'],
  // (Alone, a bachelor's or master's named: "학사 학위", "大卒"; not "大学" alone, a university.)
  [/(?<!\uc804\ubb38\s?)\ud559\uc0ac(?:\s?\ud559\uc704)?|\u5b66\u58eb|\u5927\u5352|\u5927\u5b66\u5352/gu, 'BS'],
  // (s53: "\u5927\u5b78\u5b78\u4f4d", "\u5927\u5b66\u5b66\u4f4d": a university's degree, a bachelor's.)
  [/\u5927\u5b78\u5b78\u4f4d|\u5927\u5b66\u5b66\u4f4d/gu, 'BS'],
  [/\uc11d\uc0ac(?:\s?\ud559\uc704)?|\u4fee\u58eb|\u78a9\u58eb|\u7855\u58eb/gu, 'MS'],
  [/\ubc15\uc0ac\s?\ud559\uc704/gu, 'PhD'],
  // (s54: the office named by its place between, "\u6bcf\u5468\u4e09\u5929\u5230\u671b\u4eac\u529e\u516c\u5ba4" (three days a week to the Wangjing office), "\u9031\uff12\u65e5\u306f\u5929\u795e\u306e\u30aa\u30d5\u30a3\u30b9\u306b\u51fa\u793e"
  // (in at the Tenjin office two days a week): a hybrid week; not five days, the whole week.)
  [/\u6bcf(?:[\u5468\u9031]|\u661f\u671f)\s?[1-4\u4e00\u4e8c\u4e09\u56db\u4e24\u5169]\s?\u5929\s?(?:\u5230|\u53bb|\u5728|\u8fdb)[^\s\uff0c\u3002,\u3001\uff1b;]{1,8}?(?:\u529e\u516c\u5ba4|\u8fa6\u516c\u5ba4|\u516c\u53f8|\u56ed\u533a|\u5712\u5340|\u603b\u90e8|\u7e3d\u90e8)/gu, 'hybrid'],
  // (s55: the office first, then its days, "\u6bcf\u5468\u5230\u5929\u6cb3\u529e\u516c\u5ba4\u4e24\u5929" (to the Tianhe office two days a week), "\u6bcf\u661f\u671f\u53bb\u603b\u90e8\u4e09\u5929".)
  [/\u6bcf(?:[\u5468\u9031]|\u661f\u671f)\s?(?:\u5230|\u53bb|\u5728|\u8fdb)[^\s\uff0c\u3002,\u3001\uff1b;]{0,8}?(?:\u529e\u516c\u5ba4|\u8fa6\u516c\u5ba4|\u516c\u53f8|\u56ed\u533a|\u5712\u5340|\u603b\u90e8|\u7e3d\u90e8)\s?[1-4\u4e00\u4e8c\u4e09\u56db\u4e24\u5169]\s?\u5929/gu, 'hybrid'],
  [/\u9031\s?[1-4\uff11-\uff14]\s?(?:\u65e5|\u56de)\s?(?:\u306f|\u7a0b\u5ea6|\u307b\u3069)?[^\s\u3001\u3002,\uff0c]{0,12}?(?:\u51fa\u793e|\u51fa\u52e4)/gu, 'hybrid'],
  // (s54: weekdays named by their numbers, "\u6bcf\u5468\u4e8c\u3001\u56db\u5230\u516c\u53f8" (to the office on Tuesdays and Thursdays); work from home as a scheme with its
  // days in a bracket, "\u5728\u5b85\u52e4\u52d9\u5236\u5ea6\u3042\u308a\uff08\u90313\u65e5\u307e\u3067\uff09".)
  [/(?:\u6bcf(?:[\u5468\u9031]|\u661f\u671f)|\u9031|\u5468)[\u4e00\u4e8c\u4e09\u56db\u4e94](?:\s?[\u3001,\uff0c\u548c\u53ca]\s?(?:\u5468|\u9031|\u661f\u671f)?[\u4e00\u4e8c\u4e09\u56db\u4e94]){1,3}\s?(?:\u5230|\u53bb|\u5728|\u8fdb)[^\s\uff0c\u3002,]{0,6}?(?:\u516c\u53f8|\u529e\u516c\u5ba4|\u8fa6\u516c\u5ba4)/gu, 'hybrid'],
  [/(?:\u5728\u5b85(?:\u52e4\u52d9)?|\u30ea\u30e2\u30fc\u30c8(?:\u30ef\u30fc\u30af|\u52e4\u52d9)?)\s?(?:\u5236\u5ea6)?\s?(?:\u3042\u308a|\u53ef|OK)?\s?[\uff08(]\s?\u9031\s?[1-4\uff11-\uff14]\s?(?:\u65e5|\u56de)(?:\s?\u307e\u3067)?\s?[\uff09)]/gu, 'hybrid'],
  // (s51: "\u5728\u5b85\u52e4\u52d9\uff1a\u9031\uff13\u65e5\u307e\u3067", "\u30ea\u30e2\u30fc\u30c8\u306f\u90312\u65e5": work from home some days a week, the home word before the count.)
  [/(?:\u5728\u5b85(?:\u52e4\u52d9)?|\u30ea\u30e2\u30fc\u30c8(?:\u30ef\u30fc\u30af|\u52e4\u52d9)?|\uc7ac\ud0dd(?:\s?\uadfc\ubb34)?)\s?[\uff1a:\u306f]?\s?(?:\u9031|\uc8fc)\s?[1-4\uff11-\uff14]\s?(?:\u65e5|\u56de|\uc77c|\ud68c)(?:\s?\u307e\u3067)?/gu, 'hybrid'],
  // ("フルリモート", "リモートワーク", "완전 재택", "재택근무": remote work.)
  // (s50: "\u57fa\u672c\u30ea\u30e2\u30fc\u30c8", "\u539f\u5247\u30ea\u30e2\u30fc\u30c8", "\u539f\u5247\u5728\u5b85": remote as the rule, the office now and then.)
  [/(?:\u57fa\u672c|\u539f\u5247)\s?(?:\u30d5\u30eb)?(?:\u30ea\u30e2\u30fc\u30c8|\u5728\u5b85)(?:\u52e4\u52d9|\u30ef\u30fc\u30af)?|\u30d5\u30eb\u30ea\u30e2\u30fc\u30c8|\u5b8c\u5168\u30ea\u30e2\u30fc\u30c8|\u30ea\u30e2\u30fc\u30c8\u30ef\u30fc\u30af|\uc644\uc804\s?\uc7ac\ud0dd(?:\s?\uadfc\ubb34)?|\ud480\s?\uc7ac\ud0dd(?:\s?\uadfc\ubb34)?|\ud480\s?\ub9ac\ubaa8\ud2b8/gu, 'remote'],
  // ("주 2일 재택", "주 3일 출근", "하이브리드 근무", "ハイブリッド": some days at home, some at the office.)
  // (s53: the office days a week, then home otherwise, "\uc8fc 1\ud68c \ud300 \ucd9c\uadfc\uc77c \uc678\uc5d0\ub294 \uc6d0\uaca9 \uadfc\ubb34" (remote but for a team office day a week), read whole:
  // a hybrid week; "\uc8fc 1\ud68c \ud300 \ucd9c\uadfc", a word between the count and the office, below.)
  [/\uc8fc\s?[1-4]\s?(?:\uc77c|\ud68c)\s?(?:[\uac00-\ud7a3]{1,3}\s)?\ucd9c\uadfc(?:\uc77c)?\s?(?:\uc744\s?)?(?:\uc678\uc5d0\ub294|\uc678\uc5d0|\uc774\uc678\uc5d0\ub294|\ube7c\uace0)\s?(?:\uc7ac\ud0dd|\uc6d0\uaca9|\ub9ac\ubaa8\ud2b8)(?:\s?\uadfc\ubb34)?/gu, 'hybrid'],
  [/\uc8fc\s?[1-4]\s?(?:\uc77c|\ud68c)\s?(?:[\uac00-\ud7a3]{1,3}\s)?(?:\uc7ac\ud0dd|\ucd9c\uadfc|\ub9ac\ubaa8\ud2b8|\uc6d0\uaca9)(?:\s?\uadfc\ubb34)?|\ud558\uc774\ube0c\ub9ac\ub4dc\s?\uadfc\ubb34|\u30cf\u30a4\u30d6\u30ea\u30c3\u30c9/gu, 'hybrid'],
  // (s52: remote work said possible, "\u53ef\u8fdc\u7a0b\u529e\u516c", "\u652f\u6301\u5168\u8fdc\u7a0b\u529e\u516c", "\uc6d0\uaca9 \uadfc\ubb34 \uac00\ub2a5": remote, once the days a week above are read;
  // not where it is refused, "\u4e0d\u652f\u6301\u8fdc\u7a0b", "\uc6d0\uaca9 \uadfc\ubb34 \ubd88\uac00".)
  // (s55: work wherever one likes, "\uac01\uc790 \uc6d0\ud558\ub294 \uacf3\uc5d0\uc11c \uc77c\ud558\uace0", "\u3069\u3053\u304b\u3089\u3067\u3082\u52e4\u52d9", "\u53ef\u5728\u4efb\u4f55\u57ce\u5e02\u529e\u516c": remote.)
  [/(?:\uac01\uc790\s?)?\uc6d0\ud558\ub294\s?(?:\uacf3|\uc7a5\uc18c)\uc5d0\uc11c\s?(?:\uc77c|\uadfc\ubb34)|\u3069\u3053\u304b\u3089\u3067\u3082\s?(?:\u52e4\u52d9|\u50cd)|(?:\u53ef\u4ee5?\u5728|\u5728)\u4efb\u4f55(?:\u57ce\u5e02|\u5730\u65b9|\u5730\u70b9|\u5730\u9ede)\s?(?:\u5747\u53ef|\u90fd\u53ef)?\s?(?:\u5de5\u4f5c|\u529e\u516c|\u8fa6\u516c)/gu, 'remote'],
  // (s55: a place of work by its nature with a verb of working, "\uacf5\uc7a5\uc5d0\uc11c \uadfc\ubb34" (at the factory), "\uc0dd\uc0b0 \ud604\uc7a5\uc5d0\uc11c \uc77c\ud569\ub2c8\ub2e4",
  // "\u5de5\u4f5c\u5730\u70b9\u5728\u5de5\u5382\u8f66\u95f4", "\u5728\u8f66\u95f4\u5de5\u4f5c", "\u5de5\u5834\u3067\u52e4\u52d9", "\u73fe\u5834\u3067\u306e\u4f5c\u696d": on site.)
  [/(?:\uacf5\uc7a5|\uc0dd\uc0b0\s?\ub77c\uc778|\uc0dd\uc0b0\s?\ud604\uc7a5|\uc5f0\uad6c\uc18c|\uc2e4\ud5d8\uc2e4|\ud604\uc7a5)\s?(?:\uc5d0\uc11c|\ub0b4)\s?(?:\uadfc\ubb34|\uc77c\ud569|\uc77c\ud558)|(?:\u5de5\u4f5c\u5730\u70b9|\u529e\u516c\u5730\u70b9|\u5de5\u4f5c\u5730\u9ede|\u8fa6\u516c\u5730\u9ede)\s?(?:\u5728|\u4e3a|\u70ba|[:\uff1a])\s?[^\s\uff0c\u3002,\uff1b;]{0,10}?(?:\u5de5\u5382|\u5de5\u5ee0|\u8f66\u95f4|\u8eca\u9593|\u5382\u533a|\u5ee0\u5340|\u73b0\u573a|\u73fe\u5834|\u5b9e\u9a8c\u5ba4|\u5be6\u9a57\u5ba4)|(?:\u5728|\u5230)(?:\u5de5\u5382|\u5de5\u5ee0|\u8f66\u95f4|\u8eca\u9593|\u5b9e\u9a8c\u5ba4|\u5be6\u9a57\u5ba4)\s?(?:\u5de5\u4f5c|\u4e0a\u73ed|\u529e\u516c)|\u9a7b\u5382|\u99d0\u5ee0|(?:\u5de5\u5834|\u7814\u7a76\u6240|\u30e9\u30dc|\u73fe\u5834)\s?(?:\u3067|\u306b)\s?(?:\u306e)?\s?(?:\u52e4\u52d9|\u50cd|\u4f5c\u696d)|\u5de5\u5834\u52e4\u52d9/gu, 'onsite'],
  // ("WFO" where "onsite" has no room: "\u5728\u8f66\u95f4\u5de5\u4f5c".)
  [/(?:\uacf5\uc7a5|\uc0dd\uc0b0\s?\ub77c\uc778|\uc0dd\uc0b0\s?\ud604\uc7a5|\uc5f0\uad6c\uc18c|\uc2e4\ud5d8\uc2e4|\ud604\uc7a5)\s?(?:\uc5d0\uc11c|\ub0b4)\s?(?:\uadfc\ubb34|\uc77c\ud569|\uc77c\ud558)|(?:\u5de5\u4f5c\u5730\u70b9|\u529e\u516c\u5730\u70b9|\u5de5\u4f5c\u5730\u9ede|\u8fa6\u516c\u5730\u9ede)\s?(?:\u5728|\u4e3a|\u70ba|[:\uff1a])\s?[^\s\uff0c\u3002,\uff1b;]{0,10}?(?:\u5de5\u5382|\u5de5\u5ee0|\u8f66\u95f4|\u8eca\u9593|\u5382\u533a|\u5ee0\u5340|\u73b0\u573a|\u73fe\u5834|\u5b9e\u9a8c\u5ba4|\u5be6\u9a57\u5ba4)|(?:\u5728|\u5230)(?:\u5de5\u5382|\u5de5\u5ee0|\u8f66\u95f4|\u8eca\u9593|\u5b9e\u9a8c\u5ba4|\u5be6\u9a57\u5ba4)\s?(?:\u5de5\u4f5c|\u4e0a\u73ed|\u529e\u516c)|\u9a7b\u5382|\u99d0\u5ee0|(?:\u5de5\u5834|\u7814\u7a76\u6240|\u30e9\u30dc|\u73fe\u5834)\s?(?:\u3067|\u306b)\s?(?:\u306e)?\s?(?:\u52e4\u52d9|\u50cd|\u4f5c\u696d)|\u5de5\u5834\u52e4\u52d9/gu, 'WFO'],
  [REMOTE_CJK, 'remote'],
  // ("WFH" where "remote" has no room: "\u53ef\u8fdc\u7a0b\u529e\u516c".)
  [REMOTE_CJK, 'WFH'],
  [/\uc7ac\ud0dd\s?\uadfc\ubb34|\u5728\u5b85\u52e4\u52d9/gu, 'WFH'],
  // (s44: "사무실 출근", "オフィス勤務", "常駐": the office every day, once the hybrid weeks above are read.)
  // (s51: "\u9700\u5e38\u9a7b\u5ba2\u6237\u73b0\u573a" (stationed at the client's site), "\u5168\u804c\u5750\u73ed" (in the office full time), "\uc0ac\ubb34\uc2e4 \uc0c1\uc8fc \uadfc\ubb34" (resident
  // at the office), "\uc7ac\ud0dd \ubd88\uac00" (no work from home): on site; "WFO" where "onsite" has no room.)
  [ONSITE_CJK, 'onsite'],
  [ONSITE_CJK, 'WFO'],
  [/(?:\uc0ac\ubb34\uc2e4|\uc624\ud53c\uc2a4)\s?\ucd9c\uadfc|\uc8fc\s?5\s?\uc77c\s?\ucd9c\uadfc|\u30aa\u30d5\u30a3\u30b9\u52e4\u52d9|\u9031\s?5\s?\u65e5\s?\u51fa\u793e/gu, 'onsite'],
];

/** Italian words (in postings), two of which make a line Italian. */
const ITALIAN_WORDS =
  /(?<![\p{L}\p{N}])(?:almeno|anni|anno|esperienza|conoscenza|laurea|ingegneria|informatica|inglese|italiano|tedesco|francese|ottima|buona|fluente|costituisce|titolo|preferenziale|requisiti|richiesto|richiesta|ufficio|giorni|settimana|ibrido|lavoro|sede|triennale|magistrale|presenza|fino|RAL|con|nel|nella|della|degli|di|il|lo|gli|una?|sono|siamo|offriamo|cerchiamo|sviluppatore|permesso|soggiorno|preferibile|gradita)(?![\p{L}\p{N}])/giu;

/** Italian phrases of asking ("Almeno 3 anni di esperienza", "Laurea in Informatica", "Inglese fluente", "Ibrido: 3 giorni in ufficio"). */
const ITALIAN: readonly Pair[] = [
  // (s52: "anni nello sviluppo", "anni nella gestione": "in the" after the years, the preposition with its article in one word.)
  [/(?<=\b(?:yrs|years|anni)\s*)(?:nello|nella|nell['\u2019]|nel|negli|nelle)(?![\p{L}])/giu, 'in'],
  // (s49: a closing wish, ", idealmente anche Flink", ", preferibilmente AWS".)
  [/(?<![\p{L}])idealmente(?![\p{L}])/giu, 'ideally'],
  [/(?<![\p{L}])(?:preferibilmente|preferenzialmente)(?![\p{L}])/giu, 'preferably'],
  [/(?<=\b(?:ideally|preferably)\s+)anche(?![\p{L}])/giu, 'also'],
  [/(?<![\p{L}])almeno(?![\p{L}])/giu, 'min'],
  [/(?<=\d\+?\s?)anni(?![\p{L}])/giu, 'yrs'],
  [/(?<=\d\+?\s?)anno(?![\p{L}])/giu, 'yr'],
  [/(?<![\p{L}])esperienza(?![\p{L}])/giu, 'experience'],
  // (s48: "esperienza come SRE, DevOps o sistemista": the roles one has worked as; the sysadmin in one word.)
  [/(?<=esperienza\s+)come(?=\s+\p{Lu})/gu, 'as a'],
  [/(?<![\p{L}])sistemist[ai](?![\p{L}])/giu, 'sysadmin'],
  [/(?<![\p{L}])conoscenz[ae](?![\p{L}])/giu, 'knowledge'],
  // (s59: "Laurea magistrale o triennale": the three-year degree named by its adjective alone after the "o", read before the
  // master's takes the "laurea" it follows; the lower of the two is what is asked.)
  [/(?<=(?<![\p{L}])laurea\s+magistrale\s+(?:o|oppure)\s+)triennale(?![\p{L}])/giu, 'BSc'],
  [/(?<![\p{L}])laurea\s+magistrale(?![\p{L}])/giu, "master's"],
  [/(?<![\p{L}])laurea\s+triennale(?![\p{L}])/giu, "bachelor's"],
  // (s57: the levels of a "laurea" offered in a bracket after it, "Laurea in Informatica (triennale o magistrale)": the three-year
  // one is a bachelor's, the lower of the two.)
  [/(?<=(?<![\p{L}])laurea(?![\p{L}])[^\n.;]{0,80}?)(?<![\p{L}])triennale(?![\p{L}])/giu, 'BSc'],
  [/(?<![\p{L}])laurea(?![\p{L}])/giu, 'degree'],
  [/(?<![\p{L}])dottorato(?![\p{L}])/giu, 'PhD'],
  [/(?<![\p{L}])informatica(?![\p{L}])/giu, 'Computing'],
  [/(?<![\p{L}])(?:ingegneria)(?![\p{L}])/giu, 'Eng'],
  [/(?<![\p{L}])inglese(?![\p{L}])/giu, 'English'],
  [/(?<![\p{L}])italiano(?![\p{L}])/giu, 'Italian'],
  [/(?<![\p{L}])tedesco(?![\p{L}])/giu, 'German'],
  [/(?<![\p{L}])francese(?![\p{L}])/giu, 'French'],
  [/(?<![\p{L}])(?:fluente|madrelingua)(?![\p{L}])/giu, 'fluent'],
  // ("Ottima conoscenza della lingua inglese": a language known well.)
  [/(?<![\p{L}])ottim[aoie](?![\p{L}])/giu, 'strong'],
  [/(?<![\p{L}])buon[aoie]?(?![\p{L}])/giu, 'good'],
  [/(?<![\p{L}])(?:della|la)\s+lingua(?![\p{L}])/giu, 'of'],
  // (s50: "Laurea in Informatica gradita", "apprezzata": welcome, a wish.)
  [/(?<![\p{L}])(?:\u00e8\s+)?(?:gradit[aoie]|apprezzat[aoie])(?![\p{L}])/giu, 'a plus'],
  // (s50: "Laurea in Ingegneria preferibile": preferred; "conoscenza dell'inglese": of the language.)
  [/(?<![\p{L}])preferibil[ei](?![\p{L}])/giu, 'preferred'],
  [/(?<![\p{L}])dell['\u2019](?=\p{L})/giu, 'of'],
  [/(?<![\p{L}])(?:costituisce\s+)?(?:titolo\s+)?preferenziale(?![\p{L}])|(?<![\p{L}])(?:è\s+)?un\s+plus(?![\p{L}])/giu, 'a plus'],
  [/(?<![\p{L}])(?:richiest[oa]|obbligatori[oa]|indispensabile|requisit[oi])(?![\p{L}])/giu, 'required'],
  [/(?<![\p{L}])permesso\s+di\s+(?:soggiorno|lavoro)(?![\p{L}])/giu, 'work permit'],
  [/(?<![\p{L}])ibrido(?![\p{L}])/giu, 'hybrid'],
  [/(?<![\p{L}])(?:da\s+)?remoto(?![\p{L}])/giu, 'remote'],
  // (s48: "Due giorni a settimana in ufficio": a count of days in words.)
  [/(?<![\p{L}])(?:un|uno)(?=\s+giorno(?![\p{L}]))/giu, '1'],
  [/(?<![\p{L}])due(?=\s+giorni(?![\p{L}]))/giu, '2'],
  [/(?<![\p{L}])tre(?=\s+giorni(?![\p{L}]))/giu, '3'],
  [/(?<![\p{L}])quattro(?=\s+giorni(?![\p{L}]))/giu, '4'],
  [/(?<![\p{L}])giorn[oi](?![\p{L}])/giu, 'days'],
  [/(?<![\p{L}])in\s+ufficio(?![\p{L}])/giu, 'in office'],
  // (s47: "Lavoro in sede", "in presenza": at the employer's site; "RAL fino a 45.000 \u20ac": a ceiling of pay.)
  [/(?<![\p{L}])in\s+(?:sede|presenza)(?![\p{L}])/giu, 'on-site'],
  [/(?<![\p{L}])fino\s+a(?![\p{L}])/giu, 'up to'],
  [/(?<![\p{L}])(?:a|alla|per)\s+settimana(?![\p{L}])/giu, 'per week'],
  [/(?<![\p{L}])oppure(?![\p{L}])|(?<![\p{L}])o(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])e(?![\p{L}])/giu, '&'],
  [/(?<![\p{L}])(?:di|del|della|dei|degli)(?![\p{L}])/giu, 'of'],
  [/(?<![\p{L}])con(?![\p{L}])/giu, 'in'],
];

/** Czech and Slovak words (in postings), two of which make a line Czech or Slovak. */
const CZECH_WORDS =
  /(?<![\p{L}\p{N}])(?:let|roky?|rokov|zkušenost\p{L}*|skúsenost\p{L}*|znalost\p{L}*|angličtin\p{L}*|češtin\p{L}*|slovenčin\p{L}*|slovenštin\p{L}*|němčin\p{L}*|komunikativní|úrovni|výhodou|podmínkou|hybridní|kanceláři|dny|režim|nebo|alebo|vzdělání|vysokoškolské|práce|mzda|praxe|praxi|alespo\u0148|minim\u00e1ln\u011b|mo\u017enosti)(?![\p{L}\p{N}])/giu;

/** Czech and Slovak phrases of asking ("Min. 5 let zkušeností", "Angličtina na komunikativní úrovni", "2 dny v kanceláři"). */
const CZECH: readonly Pair[] = [
  [/(?<![\p{L}])min\.(?=\s*\d)/giu, 'min'],
  [/(?<=\d\+?\s?)(?:let|rokov|roky|rok)(?![\p{L}])/giu, 'yrs'],
  [/(?<![\p{L}])(?:zkušenost|skúsenost)\p{L}*/giu, 'experience'],
  [/(?<![\p{L}])znalost\p{L}*/giu, 'knowledge'],
  [/(?<![\p{L}])angličtin\p{L}*/giu, 'English'],
  [/(?<![\p{L}])n[ěe]mčin\p{L}*/giu, 'German'],
  [/(?<![\p{L}])češtin\p{L}*/giu, 'Czech'],
  [/(?<![\p{L}])(?:slovenčin|slovenštin)\p{L}*/giu, 'Slovak'],
  // ("na komunikativní úrovni": at a level, said around the level's word.)
  [/(?<![\p{L}])na(?=\s+\p{L}+\s+úrovni(?![\p{L}]))/giu, ''],
  [/(?<![\p{L}])úrovni(?![\p{L}])/giu, ''],
  [/(?<![\p{L}])komunikativní(?![\p{L}])/giu, 'spoken'],
  [/(?<![\p{L}])(?:výhodou|výhoda)(?![\p{L}])/giu, 'a plus'],
  [/(?<![\p{L}])(?:podmínkou|nutnost|nutná|nutný)(?![\p{L}])/giu, 'required'],
  [/(?<![\p{L}])vysokoškolské\s+vzdělání(?![\p{L}])/giu, 'university degree'],
  [/(?<![\p{L}])hybridní(?![\p{L}])/giu, 'hybrid'],
  [/(?<=\d\s?)dny(?![\p{L}])/giu, 'days'],
  [/(?<![\p{L}])v\s+kanceláři(?![\p{L}])/giu, 'in office'],
  [/(?<![\p{L}])(?:nebo|alebo)(?![\p{L}])/giu, 'or'],
];

/** Turkish words (in postings), two of which make a line Turkish. */
const TURKISH_WORDS =
  /(?<![\p{L}\p{N}])(?:en az|yıl|yıllık|deneyim\p{L}*|tecrübe\p{L}*|lisans|mezun\p{L}*|yüksek|ingilizce|İngilizce|iyi|İyi|derecede|ileri|İleri|düzey\p{L}*|seviye\p{L}*|tercih|sebebidir|ve|veya|ile|maaş|çalışma|işyerinde|İşyerinde|ofis|tam|zamanlı|uzaktan|hibrit|bilgisi)(?![\p{L}\p{N}])/giu;

/** Turkish phrases of asking ("En az 4 yıl C++ deneyimi", "lisans mezunu", "İyi derecede İngilizce", "uzaktan çalışma"). */
const TURKISH: readonly Pair[] = [
  [/(?<![\p{L}])en\s+az(?![\p{L}])/giu, 'min'],
  [/(?<=\d\+?\s?)yıl(?![\p{L}])/giu, 'yrs'],
  [/(?<![\p{L}])(?:deneyim|tecrübe)\p{L}*/giu, 'exp'],
  [/(?<![\p{L}])yüksek\s+lisans(?:\s+mezun\p{L}*)?(?![\p{L}])/giu, "master's"],
  [/(?<![\p{L}])lisans(?:\s+mezun\p{L}*)?(?![\p{L}])/giu, 'BSc'],
  [/(?<![\p{L}])doktora(?![\p{L}])/giu, 'PhD'],
  [/(?<![\p{L}])(?:ingilizce|İngilizce)(?![\p{L}])/giu, 'English'],
  [/(?<![\p{L}])almanca(?![\p{L}])/giu, 'German'],
  // (s59: and at a line's start with its capital dotted I, "\u0130yi derecede \u0130ngilizce": the flag i does not fold \u0130 to i.)
  [/(?<![\p{L}])(?:iyi|\u0130yi)\s+derecede(?![\p{L}])/giu, 'good'],
  // (s57: "\u0130leri d\u00fczey \u0130ngilizce", "ileri seviyede": an advanced level.)
  [/(?<![\p{L}])(?:ileri|\u0130leri)\s+(?:d\u00fczey\p{L}*|seviye\p{L}*)(?![\p{L}])/giu, 'advanced'],
  [/(?<![\p{L}])tercih\s+sebebidir(?![\p{L}])/giu, 'a plus'],
  [/(?<![\p{L}])(?:işyerinde|İşyerinde|ofisten)\s+çalışma(?![\p{L}])/giu, 'on-site'],
  [/(?<![\p{L}])uzaktan(?:\s+çalışma)?(?![\p{L}])/giu, 'remote'],
  [/(?<![\p{L}])hibrit(?:\s+çalışma)?(?![\p{L}])/giu, 'hybrid'],
  // (s61: a good level said with "seviyede", "\u0130yi seviyede \u0130ngilizce"; work at the plant or in the field, "Fabrikada", "Sahada": on site.)
  [/(?<![\p{L}])(?:iyi|\u0130yi)\s+seviye(?:de)?(?![\p{L}])/giu, 'good'],
  [/(?<![\p{L}])(?:fabrikada|sahada)(?![\p{L}])/giu, 'on-site'],
  [/(?<![\p{L}])veya(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])ve(?![\p{L}])/giu, '&'],
];

/** Indonesian words (in postings), two of which make a line Indonesian. */
const INDONESIAN_WORDS = /(?<![\p{L}\p{N}])(?:minimal|pengalaman|tahun|bahasa|inggris|lancar|diutamakan|wajib|kerja|dan|atau|di|dengan|jurusan|teknik|lulusan|gaji|bulan)(?![\p{L}\p{N}])/giu;

/** Indonesian phrases of asking ("Minimal S1 Teknik Informatika", "pengalaman 3 tahun", "Bahasa Inggris lancar"). */
const INDONESIAN: readonly Pair[] = [
  // ("Minimal S1", "S1 Teknik Informatika": a bachelor's at least; "S2": a master's.)
  [/(?<![\p{L}])minimal\s+S1(?![\p{L}\p{N}])/giu, 'BS minimum'],
  [/(?<![\p{L}])minimal\s+S2(?![\p{L}\p{N}])/giu, 'MS minimum'],
  [/(?<![\p{L}])minimal(?=\s+\d)/giu, 'minimum'],
  [/(?<![\p{L}])S1[\s/]/gu, 'BS,'],
  [/(?<![\p{L}])S2[\s/]/gu, 'MS,'],
  [/(?<=\d\+?\s?)tahun(?![\p{L}])/giu, 'years'],
  [/(?<![\p{L}])pengalaman(?![\p{L}])/giu, 'experience'],
  [/(?<![\p{L}])bahasa\s+inggris(?![\p{L}])/giu, 'English'],
  [/(?<![\p{L}])lancar(?![\p{L}])/giu, 'fluent'],
  [/(?<![\p{L}])diutamakan(?![\p{L}])/giu, 'preferred'],
  [/(?<![\p{L}])wajib(?![\p{L}])/giu, 'must'],
  [/(?<![\p{L}])atau(?![\p{L}])/giu, 'or'],
  [/(?<![\p{L}])dan(?![\p{L}])/giu, '&'],
];

/**
 * Years asked in any language (s44): a count of years, a word for experience, a floor, read by their kind, not by the
 * language's table. Each language names a year after its number ("3 años", "4 Jahre", "5 év", "3 vuoden", "3 năm",
 * "4 ára", "3 godine") and has a word for experience ("experiencia", "tapasztalat", "kokemus", "kinh nghiệm", "reynsla",
 * "iskustva"); where a line holds such a count, its year word reads "yrs", its experience word "experience" and its
 * floor "min", whatever the language, so a language no table knows asks its years all the same. A count of years in a
 * clause that speaks of the company ("Somos una consultora con 20 años…", "Seit über 25 Jahren am Markt", "Depuis 15 ans,
 * nous …") and asks nothing of the candidate is the company's age: its year word is blanked.
 */
// (s62 careful tune: and Azerbaijani "5 il t\u0259cr\u00fcb\u0259" (years, experience), "\u0259n az\u0131" (at least).)
const ANY_YEAR =
  /(?<=\d\s?\+?\s?)(?:a\u00f1os|anos|ans|ann\u00e9es?|jahren?|jahre|jaar|jaren|\u00e5rs|\u00e5r|anni|anno|lata|lat|roku|rok|let|roky|rokov|ani|vuotta|vuoden|vuosi|\u00e9vnyi|\u00e9ves|\u00e9v|\u03c7\u03c1\u03cc\u03bd\u03b9\u03b1|\u03c7\u03c1\u03cc\u03bd\u03c9\u03bd|y\u0131ll\u0131k|y\u0131l|tahun|n\u0103m|godina|godine|met\u0173|metus|gadu|gadus|gadi|aastat|aasta|\u00e1ra|\u00e1rs|\u00e1r|\u043b\u0435\u0442|\u0433\u043e\u0434\u0430|\u0433\u043e\u0434|\u0440\u043e\u043a\u0456\u0432|\u0440\u043e\u043a\u0438|\u0440\u0456\u043a|il(?=\s+(?:\p{L}+\s+){0,2}t\u0259cr\u00fcb\u0259))(?![\p{L}])/giu;
const ANY_EXPERIENCE =
  /(?<![\p{L}])(?:experiencia|experi\u00eancia|exp\u00e9rience|(?:berufs)?erfahrung(?:en)?|(?:werk)?ervaring|erfarenhet(?:er)?|erfaring(?:er)?|esperienz[ae]|do\u015bwiadczeni\p{L}*|zku\u0161enost\p{L}*|sk\u00fasenost\p{L}*|prax(?:e|i|ou)?|experien[\u021bt]\p{L}*|kokemus\p{L}*|tapasztalat\p{L}*|\u03b5\u03bc\u03c0\u03b5\u03b9\u03c1\u03af\u03b1\p{L}*|deneyim\p{L}*|tecr\u00fcbe\p{L}*|pengalaman|kinh\s+nghi\u1ec7m|iskustv\p{L}*|patirt\p{L}*|pieredz\p{L}*|kogemus\p{L}*|t\u00f6\u00f6kogemus\p{L}*|ty\u00f6kokemus\p{L}*|reynsl\p{L}*|\u043e\u043f\u044b\u0442\p{L}*|\u0434\u043e\u0441\u0432\u0456\u0434\p{L}*|t\u0259cr\u00fcb\u0259\p{L}*)(?![\p{L}])/giu;
const ANY_FLOOR =
  /(?<![\p{L}])(?:m[\u00edi]nimo(?:\s+de)?|zumindest|wenigstens|przynajmniej|al\s+menos|por\s+lo\s+menos|pelo\s+menos|au\s+moins|mindestens|minimaal|minstens|minst|mindst|almeno|co\s+najmniej|minim|v\u00e4hint\u00e4\u00e4n|alespo\u0148|aspo\u0148|minim\u00e1ln\u011b|minim\u00e1lne|nejm\u00e9n\u011b|najmenej|legal\u00e1bb|minimalno|najmanje|ne\s+ma\u017eiau\s+kaip|\u00edt\s+nh\u1ea5t|t\u1ed1i\s+thi\u1ec3u|a\u00f0\s+minnsta\s+kosti|v\u00e4hemalt|vismaz|en\s+az|minimal|\u0259n\s+az\u0131)(?=\s*\d)/giu;
const YEARS_PREP = /(?<=\d\s?\+?\s?yrs?\s+)(?:con|com|avec|mit|met|med|en|em|sur|dans|su|na|im|bei|de|di|van|af|av)(?![\p{L}])/giu;
const WITH_YEARS = /(?<![\p{L}])(?:con|com|avec|mit|met|med)(?=\s+\d{1,2}\s*\+?\s*yrs?(?![\p{L}]))/giu;
const ANY_YEAR_SAID = new RegExp(ANY_YEAR.source, 'iu');
/** A Romance gerund right after the years: "3 años diseñando producto", "2 anos desenvolvendo", "3 anni sviluppando". */
const YEARS_GERUND = /(?<=\d\s?\+?\s?yrs?\s*)\p{L}{2,}(?:ando|iendo|endo|indo)(?![\p{L}])/giu;
/** A clause in the company's voice: its pronouns, its founding, its time on the market. */
const COMPANY_VOICE =
  /(?<![\p{L}])(?:somos|nosotros|nuestr[ao]s?|llevamos|contamos|fundad[ao]|trayectoria|historia|hist\u00f3ria|mercado|nossa|nosso|h\u00e1|notre|nos|nous|depuis|fond\u00e9e?|soci\u00e9t\u00e9|entreprise|wir|uns|unser\p{L}*|seit|gegr\u00fcndet|markt|unternehmen|wij|onze|sinds|opgericht|actief|bedrijf|v\u00e5r|v\u00e5rt|v\u00e5ra|vores|f\u00f6retaget|bedriften|grundat|funnits|siden|siamo|nostr[aoie]|fondata|azienda|jeste\u015bmy|nasz\p{L}*|rynku|istniejemy|p\u016fsob\u00edme|trhu|firma|empresa|compa\u00f1\u00eda|consultora|agencia)(?![\p{L}])/iu;
const CANDIDATE_VOICE =
  /(?<![\p{L}])(?:busca\p{L}*|recherch\p{L}*|requisit\p{L}*|perfil|candidat\p{L}*|tienes|tengas|cuentas|aportas|vous|tu|du|dich|deine?|bringst|suchen|hebt|heb|jij|s\u00f6ker|s\u00f8ker|cerchiamo|hai|possiedi|procuramos|voc\u00ea|wymagamy|wymagan\p{L}*|szukamy|masz|m[\u00edi]nimo|al\s+menos|au\s+moins|mindestens|minimaal|minst|almeno|min\.?|imprescindible|excluyente|requerid\p{L}*|exigid\p{L}*|obligatoire|requis\p{L}*|erforderlich|vereist|krav|richiest\p{L}*|you|your|candidates?)(?![\p{L}])/iu;

/**
 * A sentence that opens with the years it has ("Con más de 15 años en seguros, buscamos…", "Mit über 25 Jahren Erfahrung
 * im Handel suchen wir…", "Forte de 20 ans d'expérience, notre société recherche…"): whose the years are, the subject
 * after them says; where it is the company (we, our, "buscamos"), the opening part's years are the company's.
 */
const FRONTED_WITH = /^[\s\u2022*-]*(?:with|con|com|avec|mit|met|med|forte?\s+de|fuerte\s+de|dank)(?![\p{L}])/iu;
const WE_SUBJECT =
  /(?<![\p{L}])(?:we|our|wir|unser\p{L}*|nous|notre|nos|nosotros|nuestr[ao]s?|buscamos|procuramos|cerchiamo|recherchons|recrutons|suchen|zoeken|wij|onze|vi|v\u00e5r|v\u00e5rt|vores|szukamy|nasz\p{L}*|noi|nostr[aoie]|n\u00f3s|nossa|nosso)(?![\p{L}])/iu;
const YOU_SUBJECT = /(?<![\p{L}])(?:you|your|t\u00fa|tu|vous|du|jij|je|voc\u00ea|tienes|hast|bringst|hai)(?![\p{L}])/iu;
function frontedCompanyYears(sentence: string): string {
  if (!FRONTED_WITH.test(sentence)) return sentence;
  const we = WE_SUBJECT.exec(sentence);
  if (!we) return sentence;
  const you = YOU_SUBJECT.exec(sentence);
  if (you && you.index < we.index) return sentence;
  // The opening part: up to its comma, or up to the company's subject where no comma comes first.
  const comma = sentence.indexOf(',');
  const end = comma >= 0 && comma < we.index ? comma : we.index;
  return sentence.slice(0, end).replace(ANY_YEAR, (m) => ' '.repeat(m.length)) + sentence.slice(end);
}

/**
 * (s47) "5 anos ou mais", "5 a\u00f1os o m\u00e1s", "5 ans ou plus", "5 Jahre oder mehr", "5 jaar of meer", "5 anni o pi\u00f9", "5 lat
 * lub wi\u0119cej": that many years or more, a floor, as "5+ yrs".
 */
// (s62 careful tune: and Vietnamese "t\u1eeb 2 n\u0103m tr\u1edf l\u00ean", from two years up.)
const YEARS_OR_MORE =
  /(?<![\p{L}\p{N}])(\d{1,2})\s*(?:a\u00f1os|anos|ans|ann\u00e9es|jahre|jahren|jaar|jaren|anni|lat|lata|\u00e5r|vuotta|let|roky)\s+(?:o|ou|oder|of|lub|albo|eller|tai|nebo|alebo)\s+(?:m\u00e1s|mais|plus|mehr|meer|pi\u00f9|wi\u0119cej|mer|mere|enemm\u00e4n|v\u00edce|viac)(?![\p{L}])|(?<![\p{L}\p{N}])(?:t\u1eeb\s+)?(\d{1,2})\s*n\u0103m\s+tr\u1edf\s+l\u00ean(?![\p{L}])/giu;

/**
 * (s50) A count of years in words, "mindestens drei Jahre", "au moins quatre ans", "al menos tres a\u00f1os", "minstens twee
 * jaar", "cztery lata", "minst tre \u00e5rs", "acht Jahre": the number word reads as its digit, right before the year word
 * (padded on its left, so the digit keeps its place beside the year word), and the years are read as a digit's are. Only
 * right before a year word: "zwei Tage", "deux jours" are days.
 */
const COUNT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['1', 'ein einen einem un une uno um uma een jeden ett'],
  ['2', 'zwei deux dos dois duas twee dwa dwie tv\u00e5 to due dva dv\u011b kaksi'],
  ['3', 'drei trois tres tr\u00eas drie trzy tre t\u0159i kolme'],
  ['4', 'vier quatre cuatro quatro cztery fyra fire quattro \u010dty\u0159i nelj\u00e4'],
  ['5', 'f\u00fcnf cinq cinco vijf pi\u0119\u0107 fem cinque p\u011bt viisi'],
  ['6', 'sechs six seis zes sze\u015b\u0107 sex seks sei \u0161est kuusi'],
  ['7', 'sieben sept siete sete zeven siedem sju syv sette sedm'],
  ['8', 'acht huit ocho oito osiem \u00e5tta otte \u00e5tte otto osm'],
  ['9', 'neun neuf nueve nove negen dziewi\u0119\u0107 nio ni dev\u011bt'],
  ['10', 'zehn dix diez dez tien dziesi\u0119\u0107 tio ti dieci deset'],
  // (s56: Turkish, before "y\u0131l" or its adjective "y\u0131ll\u0131k": "en az \u00fc\u00e7 y\u0131ll\u0131k deneyim", "be\u015f y\u0131l".)
  ['2', 'iki \u0130ki'],
  ['3', '\u00fc\u00e7'],
  ['4', 'd\u00f6rt'],
  ['5', 'be\u015f'],
  ['6', 'alt\u0131'],
  ['7', 'yedi'],
  ['8', 'sekiz'],
  ['9', 'dokuz'],
  // (s58: Finnish in the genitive, before "vuoden": "v\u00e4hint\u00e4\u00e4n viiden vuoden kokemus", "kolmen vuoden"; and its seven to ten.)
  ['2', 'kahden'],
  ['3', 'kolmen'],
  ['4', 'nelj\u00e4n'],
  ['5', 'viiden'],
  ['6', 'kuuden'],
  ['7', 'seitsem\u00e4n'],
  ['8', 'kahdeksan'],
  ['9', 'yhdeks\u00e4n'],
  ['10', 'kymmenen'],
];
const COUNT_OF: Record<string, string> = {};
for (const [d, words] of COUNT_WORDS) for (const w of words.split(' ')) COUNT_OF[w] = d;
const YEAR_COUNT_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${Object.keys(COUNT_OF).sort((a, b) => b.length - a.length).join('|')})(?=\s+(?:a\u00f1os|anos|ans|ann\u00e9es|jahren?|jahre|jaar|jaren|\u00e5rs|\u00e5r|anni|lata|lat|let|roky|vuotta|vuoden|y\u0131ll\u0131k|y\u0131l)(?![\p{L}]))`,
  'giu',
);
const YEAR_COUNT_SAID = new RegExp(YEAR_COUNT_WORD.source, 'iu');

/** (s53) Dutch "about N years" said as "een jaar of zes" (a year or six): the count, "6 yrs". */
const ABOUT_YEARS_NL = /(?<![\p{L}])een\s+jaar\s+of\s+(twee|drie|vier|vijf|zes|zeven|acht|negen|tien)(?![\p{L}])/giu;

/**
 * (s55) Years said in one adjective in Polish and Czech, "pi\u0119cioletnie do\u015bwiadczenie", "trzyletniego do\u015bwiadczenia", "p\u011btilet\u00e1
 * praxe" (five-year experience); and one year with no count, "rok do\u015bwiadczenia", "roczne do\u015bwiadczenie", "ro\u010dn\u00ed praxe": read
 * "N yrs", before the experience the adjective is of (not a three-year project, "trzyletni projekt").
 */
const YEARS_ADJECTIVE = /(?<![\p{L}])(dwu|trzy|cztero|pi\u0119cio|sze\u015bcio|siedmio|o\u015bmio|dziesi\u0119cio|dvou|t\u0159\u00ed|\u010dty\u0159|p\u011bti|\u0161esti|sedmi|osmi|deseti)let\p{L}*\s+(?:do\u015bwiadczeni\p{L}*|praxe|praxi|zku\u0161enost\p{L}*|sta\u017c\p{L}*)(?![\p{L}])/giu;
const YEARS_ADJECTIVE_COUNT: Record<string, string> = { dwu: '2', trzy: '3', cztero: '4', 'pi\u0119cio': '5', 'sze\u015bcio': '6', siedmio: '7', 'o\u015bmio': '8', 'dziesi\u0119cio': '10', dvou: '2', 't\u0159\u00ed': '3', '\u010dty\u0159': '4', 'p\u011bti': '5', '\u0161esti': '6', sedmi: '7', osmi: '8', deseti: '10' };
const ONE_YEAR_ANY = /(?<![\p{L}\d]\s?)(?<![\p{L}\d])(?:rok|roczn\p{L}*|ro\u010dn\u00ed)\s+(?:do\u015bwiadczeni\p{L}*|praxe|praxi|zku\u0161enost\p{L}*|sta\u017cu)(?![\p{L}])/giu;

/**
 * (s61 lead) Years said as one adjective after a count in digits, joined by a hyphen or not: Estonian "3-aastane kogemus",
 * Finnish "3-vuotinen kokemus", Slovak "3-ro\u010dn\u00e1 prax", Czech "3let\u00e1 praxe", Polish "3-letnie do\u015bwiadczenie", German "3-j\u00e4hrige
 * Berufserfahrung", Dutch "3-jarige ervaring", the Nordic "3-\u00e5rig erfaring", Croatian "3-godi\u0161nje iskustvo", Ukrainian "3-\u0440\u0456\u0447\u043d\u0438\u0439
 * \u0434\u043e\u0441\u0432\u0456\u0434": "N yrs experience", where the word of experience follows within two words (not a two-year contract, "2-letnia umowa",
 * nor a company's thirty years, "30-j\u00e4hrige Firmengeschichte").
 */
const YEARS_ADJECTIVE_DIGIT = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\s?[-\u2013]?\s?(?:j\u00e4hrig\p{L}*|vuoti\p{L}*|aasta(?:ne|se|st)\p{L}*|ro\u010dn\p{L}*|let(?:n|\u00e1|\u00e9|\u00fd|ou)\p{L}*|\u00e5rig\p{L}*|jarige?|godi\u0161nj\p{L}*|\u0440\u0456\u0447\u043d\p{L}*|\u043b\u0435\u0442\u043d\p{L}*|\u0433\u043e\u0434\u0438\u0448\u043d\p{L}*)(?=(?:\s+\p{L}+){0,2}?\s+${ANY_EXPERIENCE.source.replace('(?<![\\p{L}])', '')})`,
  'giu',
);

const YEARS_ADJECTIVE_DIGIT_SAID = new RegExp(YEARS_ADJECTIVE_DIGIT.source, 'iu');

function anyLanguageYears(given: string): string {
  if (YEARS_ADJECTIVE_DIGIT_SAID.test(given)) {
    const read = given.replace(YEARS_ADJECTIVE_DIGIT, (m, n: string) => fitFirst([`${n} yrs`, `${n}yrs`], m));
    // (The experience and the floor beside the count then read as the English readers know them.)
    if (read !== given) given = read.replace(ANY_EXPERIENCE, (m) => fitFirst(['experience', 'exp'], m)).replace(ANY_FLOOR, (m) => fitFirst(['at least', 'min'], m));
  }
  if (/let|rok|rocz|ro\u010dn/i.test(given)) given = given.replace(YEARS_ADJECTIVE, (m, n: string) => fitFirst([`${YEARS_ADJECTIVE_COUNT[n.toLowerCase()]} yrs experience`, `${YEARS_ADJECTIVE_COUNT[n.toLowerCase()]} yrs exp`], m)).replace(ONE_YEAR_ANY, (m) => fitFirst(['1 yr experience', '1 yr exp'], m));
  const said = /jaar\s+of/i.test(given) ? given.replace(ABOUT_YEARS_NL, (m, n: string) => fit(`${COUNT_OF[n.toLowerCase()]} yrs`, m)).replace(YEARS_PREP, (m) => fit(/^(?:de|di|van|af|av)$/i.test(m) ? 'of' : 'in', m)) : given;
  const written = YEAR_COUNT_SAID.test(said) ? said.replace(YEAR_COUNT_WORD, (m) => {
    const d = (COUNT_OF[m.toLowerCase()] ?? COUNT_OF[m])!;
    return d.length <= m.length ? ' '.repeat(m.length - d.length) + d : m;
  }) : said;
  ANY_YEAR.lastIndex = 0;
  if (!ANY_YEAR.test(written)) return written;
  const line = written.replace(YEARS_OR_MORE, (m, n: string | undefined, vn: string | undefined) => fit(`${n ?? vn}+ yrs`, m));
  // (Clause by clause: "Seit 20 Jahren am Markt; du bringst 3 Jahre mit" has the company's years and the candidate's.)
  return line
    .split(/(?<=[.;:!?])/)
    .map((sentence) => {
      if (COMPANY_VOICE.test(sentence) && !CANDIDATE_VOICE.test(sentence)) return sentence.replace(ANY_YEAR, (m) => ' '.repeat(m.length));
      const clause = frontedCompanyYears(sentence);
      let out = clause.replace(ANY_YEAR, (m) => fit(m.length >= 3 ? 'yrs' : 'yr', m));
      out = out.replace(ANY_EXPERIENCE, (m) => fitFirst(['experience', 'exp'], m)).replace(ANY_FLOOR, (m) => fitFirst(['at least', 'min'], m));
      // ("un perfil con 5 años", "avec 3 ans": the years a profile comes with, a floor.)
      out = out.replace(WITH_YEARS, (m) => fitFirst(['with', 'min'], m));
      // ("4 años con Java", "3 ans sur Spark", "5 Jahre mit Go": what the years were spent on, after a preposition.)
      out = out.replace(YEARS_PREP, (m) => fit(/^(?:de|di|van|af|av)$/i.test(m) ? 'of' : 'in', m));
      return out.replace(YEARS_GERUND, (m) => fitFirst(['working', 'doing'], m));
    })
    .join('');
}

/**
 * The work's place in any language (s44), by its kinds of word: a word that starts as "hybrid" does ("Hybridimalli",
 * "hibridinis", "hybrydowa", "híbrido"), a count of days ("dos días", "kaksi päivää", "2 dienos", "heti 2 nap"), the
 * office ("toimistolla", "biure", "på kontoret", "irodában") and home ("thuis", "kotona", "z domu"), each put in the English
 * word the readers of work mode know. A line then reads "2 days … office" or "days … home", which is a hybrid week.
 */
// (s60 lead: Latvian writes the i long, "Hibr\u012bds darbs".)
const HYBRID_ANY = /(?<![\p{L}])(?:h[yi\u00ed\u012b]br[iy\u012b]d|ibrid|hibrit)\p{L}*/giu;
const DAY_COUNT_WORD =
  /(?<![\p{L}])(?:dos|tres|cuatro|dois|tr\u00eas|quatro|deux|trois|quatre|zwei|drei|vier|twee|drie|tv\u00e5|tre|fyra|to|fire|due|quattro|dwa|dwie|trzy|cztery|dva|dv\u011b|t\u0159i|\u010dty\u0159i|kaksi|kolme|nelj\u00e4|k\u00e9t|kett\u0151|h\u00e1rom|n\u00e9gy|dvi|trys|keturios|kaks|kolm|neli|iki|\u00fc\u00e7|d\u00f6rt|hai|ba|b\u1ed1n|dua|tiga|empat)(?=\s+(?:d\u00edas|dias|jours|tagen|tage|dagen|dagar|dager|dage|giorni|dni|dny|p\u00e4iv\u00e4\u00e4|p\u00e4iv\u00e4n\u00e4|nap|napot|dienos|dienas|p\u00e4eva|g\u00fcn|ng\u00e0y|hari)(?![\p{L}])|\s+(?:hjemme|hemma|distans|homeoffice|et\u00e4p\u00e4iv)\p{L}*|(?<!(?<![\p{L}])(?:to|ba|hai|dua|iki|tre))\s+days?(?![\p{L}]))/giu;
const COUNT_DIGIT: Record<string, string> = {};
for (const [d, words] of [['2', 'dos dois deux zwei twee två to due dwa dwie dva dvě kaksi két kettő dvi kaks iki hai dua'], ['3', 'tres três trois drei drie tre trzy tři kolme három trys kolm üç ba tiga'], ['4', 'cuatro quatro quatre vier fyra fire quattro cztery čtyři neljä négy keturios neli dört bốn empat']] as const)
  for (const w of words.split(' ')) COUNT_DIGIT[w] = d;
/**
 * (s52) One day said in words, "an einem Tag pro Woche", "un jour par semaine", "un d\u00eda a la semana", "een dag per week", "jeden
 * dzie\u0144": "1", as a count in digits is read (the day word after it then reads "day"). Only right before a day's word.
 */
const ONE_DAY_WORD = /(?<![\p{L}])(?:einem|einen|un|une|uno|um|een|ett|jeden|jedn\u0105)(?=\s+(?:Tag|jour|journ\u00e9e|d\u00eda|dia|giorno|dag|dzie\u0144|den)(?![\p{L}]))/giu;
// (s51: one day, "1 dzie\u0144 w tygodniu", "1 d\u00eda", "1 jour", "1 Tag", "1 dag", "1 giorno", "1 den".)
const DAY_WORD = /(?<=\d\s*)(?:d\u00edas|dias|jours|tagen|tage|dagen|dagar|dager|dage|giorni|dni|dny|dzie\u0144|d\u00eda|dia|jour|tag|dag|giorno|den|p\u00e4iv\u00e4\u00e4|p\u00e4iv\u00e4n\u00e4|nap|napot|dienos|dienas|p\u00e4eva|g\u00fcn|ng\u00e0y|hari)(?![\p{L}])/giu;
// (s57: Turkish "ofis" with its endings of whose and where, "ofisimizde", "ofisimizdeyiz": in our office, we are in our office.)
const OFFICE_ANY =
  /(?<![\p{L}])(?:(?:p\u00e5|i|en(?:\s+la)?|na|no|w|v|z|im|in|au|op|nel|sul|al|at)\s+)?(?:oficina|escrit\u00f3rio|b\u00fcro|kantoor|kontoret|kontor|ufficio|biurze|biuro|biura|biure|kancel\u00e1\u0159(?:i|e|\u00ed)?|toimistolla|toimistossa|toimisto|irod\u00e1ban|iroda|ofis(?:imiz|iniz|im|in)?(?:de|te|ten|den)(?:yiz|yim|siniz|sin)?|ofis|kontoris|v\u0103n\s+ph\u00f2ng|kantor|locaux|bureaux)(?![\p{L}])/giu;
// (s54: "100 % \u00e0 distance", "a distancia", "\u00e0 dist\u00e2ncia": at a distance, remote.)
// (s60 lead: Serbian and Croatian work from home or at a distance, "Rad od ku\u0107e", "rad na daljinu".)
const REMOTE_ANY = /(?<![\p{L}])(?:rad\s+(?:od|iz)\s+ku\u0107e|rad\s+na\s+daljinu|\u00e0\s+distance|a\s+distancia|\u00e0\s+dist\u00e2ncia|op\s+afstand|hjemmearbejd\p{L}*|hjemmekontor|hemarbete|distansarbete|smart\s+working|teletrabajo|teletrabalho|t\u00e9l\u00e9travail|home\s?office|zdaln\p{L}*|et\u00e4ty\u00f6\p{L}*|et\u00e4n\u00e4|t\u00e1vmunk\p{L}*|na\s+d\u00e1lku|nuotolin\p{L}*|uzaktan|remot[oa]s?)(?![\p{L}])/giu;
// (s57: German with the article, "vier Tage die Woche", "zwei Tage in der Woche".)
const WEEK_ANY = /(?<![\p{L}])(?:die\s+Woche|in\s+der\s+Woche|hver\s+uge|hver\s+uke|varje\s+vecka|v\s+t\u00fddnu|za\s+t\u00fdden|a\s+la\s+semana|por\s+semana|par\s+semaine|pro\s+woche|i\s+veckan|om\s+ugen|i\s+uka|per\s+uke|viikossa|w\s+tygodniu|tygodniowo|t\u00fddn\u011b|haftada|alla\s+settimana|a\s+settimana|per\s+settimana|m\u1ed7i\s+tu\u1ea7n|per\s+minggu|savait\u0117je|per\s+savait\u0119|n\u00e4dalas)(?![\p{L}])/giu;
// (s51: a month, "w miesi\u0105cu", "al mes", "par mois", "im Monat", "per maand": read "a month", so a day a month at the office is no week's.)
const MONTH_ANY = /(?<![\p{L}])(?:w\s+miesi\u0105cu|miesi\u0119cznie|al\s+mes|por\s+mes|par\s+mois|im\s+Monat|pro\s+Monat|per\s+maand|i\s+m\u00e5naden|om\s+m\u00e5neden|al\s+mese|v\s+m\u011bs\u00edci|m\u011bs\u00ed\u010dn\u011b)(?![\p{L}])/giu;
/**
 * (s60) How many times a week, in the languages the sets use, before the week's word: Czech "dvakr\u00e1t t\u00fddn\u011b", Slovak "trikr\u00e1t
 * t\u00fd\u017edenne", German "zweimal die Woche", Dutch "twee keer per week", French "deux fois par semaine", Spanish "dos veces por semana":
 * read "twice" or "3 times", as English says it (the readers of work mode know "twice a week" at the office as a hybrid week).
 */
const TIMES_OF_WEEK = new RegExp(
  String.raw`(?<![\p{L}])(?:(jednou|jedenkr\u00e1t|raz|einmal|eenmaal|een\s+keer|une\s+fois|una\s+vez|uma\s+vez|una\s+volta|en\s+g\u00e5ng|en\s+gang)|(dvakr\u00e1t|dwa\s+razy|zweimal|tweemaal|twee\s+keer|deux\s+fois|dos\s+veces|duas\s+vezes|due\s+volte|tv\u00e5\s+g\u00e5nger|to\s+gange|to\s+ganger)|(t\u0159ikr\u00e1t|trikr\u00e1t|trzy\s+razy|dreimal|driemaal|drie\s+keer|trois\s+fois|tres\s+veces|tr\u00eas\s+vezes|tre\s+volte|tre\s+g\u00e5nger|tre\s+gange|tre\s+ganger))(?=\s+(?:[\p{L}]+\s+){0,2}?(?:t\u00fddn\u011b|t\u00fd\u017edenne|w\s+tygodniu|tygodniowo|die\s+Woche|in\s+der\s+Woche|pro\s+Woche|w\u00f6chentlich|per\s+week|in\s+de\s+week|par\s+semaine|por\s+semana|a\s+la\s+semana|semanal\p{L}*|alla\s+settimana|a\s+settimana|per\s+settimana|i\s+veckan|om\s+ugen|i\s+uka|per\s+uke)(?![\p{L}]))`,
  'giu',
);
const HOME_ANY = /(?<![\p{L}])(?:(?:von\s+)?zu\s+Hause|von\s+daheim|vanuit\s+huis|z\s+domova|desde\s+casa|de\s+casa|em\s+casa|thuis|hjemme|hemifr\u00e5n|hemma|kotona|kotoa|otthonr\u00f3l|otthon|z\s+domu|iz\s+ku\u0107e|od\s+ku\u0107e|i\u0161\s+nam\u0173|nuotoliu|evden|t\u1eeb\s+xa|dari\s+rumah)(?![\p{L}])/giu;


/** A home day in one word, as the North and Germany write it: "hjemmearbejdsdage", "hemmadagar", "Homeoffice-Tage", "etäpäivää". */
const HOME_DAY_WORD = /(?<![\p{L}])(?:hjemme\p{L}*dag\p{L}*|hemma\p{L}*dag\p{L}*|hjemmekontordag\p{L}*|distans(?:arbets)?dag\p{L}*|homeoffice-?tag\p{L}*|mobile-?office-?tag\p{L}*|et\u00e4p\u00e4iv\p{L}*)(?![\p{L}])/giu;

const HOME_WORD_ABROAD = String.raw`(?:t\u00e9l\u00e9travail|teletrabajo|teletrabalho|home\s?office|homeoffice|mobiles\s+Arbeiten|thuiswerk(?:en)?|et\u00e4ty\u00f6(?:t\u00e4)?|distansarbete|hemarbete|hjemmekontor|hjemmearbejde|smart\s+working|praca\s+zdalna|pracy\s+zdalnej|pr\u00e1ce\s+z\s+domova)`;
const POSSIBLE_ABROAD = String.raw`(?:possible|possibles|posible|poss\u00edvel|m\u00f6glich|mogelijk|mahdollista|mahdollinen|m\u00f6jlig|m\u00f6jligt|mulig|muligt|possibile|mo\u017cliwa|mo\u017cliwe|mo\u017cliwy|mo\u017en\u00e1|mo\u017en\u00e9|mo\u017en\u00fd)`;
/** (s49) At the employer's site, in words a line of few others leaves as written: "vor Ort", "en pr\u00e9sentiel", "sur site", "in sede", "in presenza", "presencial"; (s53) Germany's duty to be present, "Pr\u00e4senzpflicht", and Czech "na pobo\u010dce" (at the branch), "na pracovi\u0161ti" (at the workplace). */
// (s55) At the client's, where the work is done: Polish "u klienta", Czech "u z\u00e1kazn\u00edka", German "beim Kunden", Dutch "bij de klant",
// French "chez le client" / "chez nos clients", Italian "presso il cliente", Spanish "en las instalaciones del cliente"; Polish "na
// miejscu" (on the spot) and Italian "nella nostra sede" (at our premises).
// (s60 lead: Danish "fremm\u00f8de", attendance at the workplace.)
const ONSITE_ANY = /(?<![\p{L}])(?:fremm\u00f8de|vor\s+Ort|en\s+pr\u00e9sentiel|sur\s+site|in\s+sede|in\s+presenza|presencialmente|presencial|op\s+locatie|p\u00e5\s+plats|stacjonarn\p{L}*|Pr\u00e4senzpflicht|na\s+pobo\u010dce|na\s+pracovi\u0161ti|na\s+miejscu|u\s+klient(?:a|\u00f3w)|u\s+z\u00e1kazn\u00edk(?:a|\u016f)|beim\s+Kunden|bei\s+(?:unseren|den)\s+Kunden|bij\s+(?:de\s+|onze\s+)?klant(?:en)?|chez\s+(?:le\s+|les\s+|nos\s+|un\s+)?clients?|presso\s+(?:il\s+|i\s+|i\s+nostri\s+)?client[ei]|presso\s+(?:la\s+)?(?:nostra\s+)?sede|en\s+las\s+instalaciones\s+del\s+cliente|nell[ae]\s+(?:nostr[ae]\s+)?sed[ei])(?![\p{L}])/giu;

/**
 * (s50) Work wherever one likes, in other languages: "Je werkt waar je wilt", "Du arbeitest, wo du willst", "travailler d'o\u00f9
 * tu veux", "trabajas desde donde quieras", "lavori da dove vuoi", "jobbar varifr\u00e5n du vill", "pracujesz sk\u0105d chcesz":
 * read as "work wherever", which the readers of work mode know (a remote job, unless a place of work is named beside it).
 */
const WHEREVER_ANY =
  /(?<![\p{L}])(?:werk(?:t|en)?\s+(?:vanaf\s+)?waar\s+(?:je|jij|u)\s+(?:maar\s+)?wil(?:t|len)?|arbeite(?:st|n|t)?\s*,?\s+(?:von\s+)?wo(?:\s+immer)?\s+(?:du|Sie|ihr)\s+(?:willst|wollen|m\u00f6chtest|m\u00f6chten)|travaill(?:er|es|ez|e)\s+(?:depuis\s+)?d?['\u2019]?o\u00f9\s+(?:tu\s+veux|vous\s+voulez)|trabaj(?:ar|as|a|\u00e1s)\s+desde\s+donde\s+(?:quieras|quiera|prefieras)|trabalh(?:ar|as|a|e)\s+de\s+onde\s+(?:quiser|quiseres)|lavor(?:are|i|a)\s+da\s+dove\s+(?:vuoi|preferisci)|jobba(?:r)?\s+(?:var|varifr\u00e5n)\s+du\s+vill|arbeid(?:er|e)\s+(?:hvor|hvorfra)\s+du\s+vil|arbejd(?:er|e)\s+(?:hvor|hvorfra)\s+du\s+vil|pracuj(?:esz|esz\s+z\s+miejsca)?\s+(?:sk\u0105d|gdzie)\s+(?:chcesz|tylko\s+chcesz))(?![\p{L}])/giu;


/**
 * (s51) Days at the office in one word, with their count: "Zwei feste B\u00fcrotage pro Woche", "zwei Pr\u00e4senztage", "3 kantoordagen":
 * read "2 office days", which the readers of work mode know (a hybrid week).
 */
const OFFICE_DAY_COUNT = new RegExp(
  String.raw`(?<![\p{L}])([1-4]|${Object.keys(COUNT_DIGIT).join('|')})\s+(?:(?:feste[nr]?|fixe[nr]?|vaste|faste|festgelegte[nr]?)\s+)?(?:b\u00fcrotag\p{L}*|pr\u00e4senztag\p{L}*|office-?tag\p{L}*|kantoordag\p{L}*|kontorsdag\p{L}*|kontordag\p{L}*)(?![\p{L}])`,
  'giu',
);
/**
 * (s51) Work from home refused, in other languages: "bez mo\u017enosti home office", "ohne Homeoffice", "sin teletrabajo", "sans
 * t\u00e9l\u00e9travail", "geen thuiswerk", "bez mo\u017cliwo\u015bci pracy zdalnej": read "no remote", an office job. Not "Homeoffice ohne
 * Einschr\u00e4nkung" (the word after, not before).
 */
const NO_HOME_ANY = new RegExp(
  String.raw`(?<![\p{L}])(?:bez(?:\s+mo\u017enosti|\s+mo\u017cliwo\u015bci)?|ohne|kein(?:e|en)?|sin|sans|pas\s+de|senza|sem|zonder|geen|utan|uden|uten|ingen)\s+(?:(?:Option\s+auf|possibilit\u00e9\s+de|possibilidad\s+de|mogelijkheid\s+(?:tot|om\s+te))\s+)?${HOME_WORD_ABROAD}(?![\p{L}])`,
  'giu',
);

/**
 * (s53) Two to four weekdays named in other languages, joined ("dienstags und donnerstags", "op maandag en woensdag", "les mardis
 * et jeudis", "martes y jueves", "we wtorki i czwartki"): read as their count, "2 days", which the readers of work mode know
 * beside the office or home ("op kantoor op maandag en woensdag, verder thuis": a hybrid week). One day alone stays as written.
 */
const WEEKDAY_ANY = String.raw`(?:montags?|dienstags?|mittwochs?|donnerstags?|freitags?|maandag(?:en)?|dinsdag(?:en)?|woensdag(?:en)?|donderdag(?:en)?|vrijdag(?:en)?|lundis?|mardis?|mercredis?|jeudis?|vendredis?|lunes|martes|mi\u00e9rcoles|jueves|viernes|luned\u00ec|marted\u00ec|mercoled\u00ec|gioved\u00ec|venerd\u00ec|segundas?(?:-feiras?)?|ter\u00e7as?(?:-feiras?)?|quartas?(?:-feiras?)?|quintas?(?:-feiras?)?|sextas?(?:-feiras?)?|poniedzia\u0142(?:ek|ki)|wtor(?:ek|ki)|\u015brod(?:a|y|\u0119)|czwart(?:ek|ki)|pi\u0105t(?:ek|ki)|pond\u011bl\u00ed|\u00fater\u00fd|st\u0159ed(?:a|u|y)|\u010dtvrt(?:ek|ky)|p\u00e1t(?:ek|ky)|m\u00e5ndag(?:ar)?|tisdag(?:ar)?|onsdag(?:ar|e)?|torsdag(?:ar|e)?|fredag(?:ar|e)?|mandag(?:e)?|tirsdag(?:e)?)`;
// (s54: an article or a preposition again before the next day, "los lunes y los jueves", "v \u00fater\u00fd a ve \u010dtvrtek", "le lundi et le jeudi".)
const WEEKDAYS_NAMED = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY_ANY}(?:\s*(?:,|&|\/|\s(?:und|en|et|y|e|i|a|oraz|och|og|and|or|oder|of|ou|o|lub))\s*(?:(?:los|las|le|les|el|ve|v|we|w|op|am|de|il|i)\s+)?${WEEKDAY_ANY}){1,3}(?![\p{L}])`, 'giu');
/** (s58) A weekday's place in the week, Monday 0, by the first letters of its name in the languages WEEKDAY_ANY knows. */
function weekdayIndex(day: string): number {
  const d = day.toLowerCase();
  const starts: ReadonlyArray<readonly [number, RegExp]> = [
    [0, /^(?:mon|maa|lun|seg|pon|m\u00e5n|man)/],
    [1, /^(?:die|din|mar(?!s)|ter|wto|\u00fat|tis|tir)/],
    [2, /^(?:mit|woe|mer|mi\u00e9|qua|\u015br|st\u0159|ons)/],
    [3, /^(?:don|jeu|jue|gio|qui|czw|\u010dt|tor)/],
    [4, /^(?:fre|vri|ven|vie|sex|pi\u0105|p\u00e1t)/],
  ];
  return starts.find(([, re]) => re.test(d))?.[0] ?? -9;
}
const WEEKDAY_NAMES_EN = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays'];
const WEEKDAY_HOME_DAY = new RegExp(String.raw`(?<![\p{L}])(${WEEKDAY_ANY})\s+(?:er|\u00e4r|is|ist|jest|je|est|es|\u00e8)\s+(?:(?:en|ett|et|ein|a|un)\s+)?(?:${HOME_DAY_WORD.source})`, 'giu');
const WEEKDAY_SPAN = new RegExp(String.raw`(?<![\p{L}])(${WEEKDAY_ANY})\s*(?:til|till|to|bis|tot(?:\s+en\s+met)?|au|a|al|ao|do|a\u017e|-|\u2013)\s*(${WEEKDAY_ANY})(?![\p{L}])`, 'giu');
const WEEKDAY_ONE = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY_ANY}(?![\p{L}])`, 'giu');

/**
 * (s53) Work from home refused after its word, in other languages: "thuiswerken is niet mogelijk", "Homeoffice ist nicht
 * m\u00f6glich", "le t\u00e9l\u00e9travail n'est pas possible": read "no remote", as NO_HOME_ANY reads the refusal said before it.
 */
// (s54: with a few words between, "Homeoffice ist in dieser Rolle nicht vorgesehen", and "foreseen" as a word of the possible:
// "vorgesehen", "voorzien", "pr\u00e9vu".)
// (s55: or with the copula and its negation in one word, Czech "nen\u00ed", Slovak "nie je", Polish "nie jest" before the possible:
// "home office bohu\u017eel nen\u00ed mo\u017en\u00fd", "praca zdalna w tej roli nie jest mo\u017cliwa".)
const NO_HOME_AFTER = new RegExp(String.raw`(?<![\p{L}])${HOME_WORD_ABROAD}\s+(?:(?:is|ist|est|es|\u00e8|jest|je|er|\u00e4r|n['\u2019]est)\s+(?:[\p{L}]+\s+){0,3}?(?:niet|nicht|pas|no|non|nie|ne|ikke|inte)|(?:[\p{L}]+\s+){0,3}?(?:nen\u00ed|nie\s+je|nie\s+jest))\s+(?:${POSSIBLE_ABROAD}|vorgesehen|voorzien|pr\u00e9vu|previsto)(?![\p{L}])`, 'giu');

/**
 * (s54) Work mode said without the usual words, in other languages, read in the English words facts.ts knows: every day
 * ("codziennie", "t\u00e4glich", "tous les jours", "todos los d\u00edas", "dagelijks", "ka\u017ed\u00fd den"), the team said to sit somewhere
 * ("Dein Team sitzt in unserem B\u00fcro", "l'\u00e9quipe est install\u00e9e dans nos locaux", "n\u00e1\u0161 t\u00fdm sed\u00ed v kancel\u00e1\u0159i"), no office at all
 * ("sin oficina f\u00edsica", "sans bureau", "ohne B\u00fcro", "bez biura"), time zones ("strefami czasowymi", "husos horarios",
 * "fuseaux horaires", "Zeitzonen", "tijdzones") and a team spread over them ("rozproszony", "verteilt", "verspreid").
 */
const DAILY_ANY = /(?<![\p{L}])(?:codziennie|t\u00e4glich|tous\s+les\s+jours|chaque\s+jour|todos\s+los\s+d\u00edas|a\s+diario|diariamente|dagelijks|elke\s+dag|denn\u011b|ka\u017ed\u00fd\s+den|ogni\s+giorno|varje\s+dag|hver\s+dag)(?![\p{L}])/giu;
const SITS_ANY = /(?<![\p{L}])(?:sitzt|sitzen|(?:est|sont)\s+install\u00e9e?s?|sed\u00ed|siedzi|zit|zitten)\s+(?:in|im|dans|en|v|ve|w|op|am|\u00e0|a)\s+(?:(?:unserem|unserer|unseren|nos|notre|na\u0161\u00ed|na\u0161em|naszym|naszej|onze|ons|nuestra|nuestras|nuestro|nuestros)\s+)?/giu;
const NO_OFFICE_ANY = /(?<![\p{L}])(?:(?:sin|sans|ohne|bez|zonder|senza|sem|kein|keine|geen|pas\s+de)\s+(?:(?:una|un|ein|eine|een)\s+)?(?:oficina|bureau|B\u00fcro|biura|kancel\u00e1\u0159e|kantoor|ufficio|escrit\u00f3rio|office|hq)(?:\s+f\u00edsica)?|(?:ein\s+)?(?:B\u00fcro|hq|office)\s+gibt\s+es\s+nicht|no\s+(?:tenemos|hay|temos|h\u00e1)\s+(?:una\s+|um\s+)?(?:oficina|escrit\u00f3rio)|nie\s+mamy\s+biura|nem\u00e1me\s+kancel\u00e1\u0159|non\s+abbiamo\s+(?:un\s+)?ufficio|nous\s+n['\u2019]avons\s+pas\s+de\s+bureaux?|wir\s+haben\s+kein(?:e|en)?\s+B\u00fcro|we\s+hebben\s+geen\s+kantoor)(?![\p{L}])/giu;
// ("ortsunabh\u00e4ngig": independent of place, wherever the hire likes.)
const PLACE_FREE_ANY = /(?<![\p{L}])(?:ortsunabh\u00e4ngig|ortsungebunden|plaatsonafhankelijk)(?![\p{L}])/giu;
const TIME_ZONES_ANY = /(?<![\p{L}])(?:strefach\s+czasowych|strefami\s+czasowymi|strefy\s+czasowe|husos\s+horarios|zonas\s+horarias|fuseaux\s+horaires|Zeitzonen|tijdzones|\u010dasov\u00fdch\s+p\u00e1smech|\u010dasov\u00e1\s+p\u00e1sma|fusi\s+orari|tidszoner)(?![\p{L}])/giu;
const SPREAD_ANY = /(?<![\p{L}])(?:rozproszon\p{L}*|verteilt|verspreid|repartid[oa]s?|r\u00e9partie?s?|distribuid[oa]s?|distribu\u00e9e?s?|rozpt\u00fdlen\p{L}*)(?![\p{L}])/giu;

/**
 * (s55) Monday to Friday in other languages, "dal luned\u00ec al venerd\u00ec", "de lunes a viernes", "du lundi au vendredi", "von Montag bis
 * Freitag", "od poniedzia\u0142ku do pi\u0105tku": read "Mon-Fri", the whole week, which beside a place of work is an office every day.
 */
const MON_FRI_ANY = /(?<![\p{L}])(?:(?:dal\s+)?luned\u00ec\s+al\s+venerd\u00ec|(?:de\s+)?lunes\s+a\s+viernes|(?:du\s+)?lundi\s+au\s+vendredi|(?:von\s+)?Montag\s+bis\s+Freitag|(?:van\s+)?maandag\s+tot\s+(?:en\s+met\s+)?vrijdag|od\s+poniedzia\u0142ku\s+do\s+pi\u0105tku|od\s+pond\u011bl\u00ed\s+do\s+p\u00e1tku|de\s+segunda\s+a\s+sexta(?:-feira)?)(?![\p{L}])/giu;
/**
 * (s55) A verb of working and home after it, "Trabajar\u00e1s desde casa", "trabalhas a partir de casa", "vous travaillez depuis chez
 * vous", "lavori da casa", "pracujesz z domu": read "work from home", the words the readers of work mode know (home alone, "z
 * domu", reads "from home", which says where, not that the job is there). Beside an office and days, a hybrid week still.
 */
const WORK_HOME_ANY = /(?<![\p{L}])(?:trabaj\p{L}*|trabalh\p{L}*|travaill\p{L}*|lavor\p{L}*|pracuj\p{L}*|pracuje\p{L}*|pracujeme|arbeite\p{L}*|werk(?:t|en)?)\s+(?:[\p{L}]+\s+)?(?:desde\s+(?:tu\s+|su\s+)?casa|a\s+partir\s+de\s+casa|de\s+casa|em\s+casa|depuis\s+(?:chez\s+(?:vous|toi|soi)|(?:la\s+|votre\s+|ta\s+)?maison)|de\s+chez\s+(?:vous|toi)|da\s+casa|z\s+domu|z\s+domova|von\s+zu\s+Hause|von\s+daheim|vanuit\s+huis|thuis)(?![\p{L}])/giu;
/**
 * (s55) A verb of working, then a lab or a plant, "Du arbeitest in unserem Labor", "vous travaillez dans notre laboratoire",
 * "trabajar\u00e1s en nuestra f\u00e1brica", "lavorerai nel nostro stabilimento", "pracujesz w naszym laboratorium": read "work in our lab"
 * or "work in our plant", a place of work by its nature, which facts.ts reads on site. (Not "mit Laboren", with labs.)
 */
const WORK_AT_ANY = /(?<![\p{L}])(?:arbeite\p{L}*|travaill\p{L}*|trabaj\p{L}*|trabalh\p{L}*|lavor\p{L}*|werk(?:t|en|e)?|pracuj\p{L}*|pracuje\p{L}*)\s+(?:(?:du|ihr|Sie|wir|vous|tu|nous)\s+)?(?:(?:im|nel|nello|nella)\s+|in\s+(?=(?:Labor|Werk|Werkstatt|Reinraum)\s)|(?:in|dans|en|no|na|w|v|ve)\s+(?:unserem|unserer|unseren|dem|der|nos|notre|le|la|l['\u2019]|nuestr\p{L}*|el|nostr\p{L}*|il|lo|nosso|nossa|onze|ons|het|de|naszym|naszej|na\u0161\p{L}*)\s*)(Labor\p{L}*|laboratoire|laborat\u00f3rio|laboratorio|laboratorium|laborato\u0159\p{L}*|Werk|Werkstatt|usine|f\u00e1brica|fabbrica|stabilimento|fabriek|fabryce|tov\u00e1rn\u011b|z\u00e1vod\u011b|Reinraum|cleanroom)(?![\p{L}])/giu;
const PLANT_WORD = /^(?:Werk|Werkstatt|usine|f\u00e1brica|fabbrica|stabilimento|fabriek|fabryce|tov\u00e1rn\u011b|z\u00e1vod\u011b)$/iu;
const MODE_SAID = new RegExp(`${WORK_AT_ANY.source}|${MON_FRI_ANY.source}|${WORK_HOME_ANY.source}|${PLACE_FREE_ANY.source}|${DAILY_ANY.source}|${SITS_ANY.source}|${NO_OFFICE_ANY.source}|${TIME_ZONES_ANY.source}|${SPREAD_ANY.source}|${WEEKDAYS_NAMED.source}|${NO_HOME_AFTER.source}|${OFFICE_DAY_COUNT.source}|${NO_HOME_ANY.source}|${WHEREVER_ANY.source}|${DAY_COUNT_WORD.source}|${REMOTE_ANY.source}|${HYBRID_ANY.source}|${DAY_WORD.source}|${OFFICE_ANY.source}|${HOME_DAY_WORD.source}|${HOME_ANY.source}|${ONSITE_ANY.source}|${HOME_WORD_ABROAD}\\s+${POSSIBLE_ABROAD}`, 'iu');

/**
 * (s57) The rest of the week where one likes, after days at a place: "verder waar je wilt", "sonst, wo du willst", "le reste
 * o\u00f9 tu veux", "el resto donde quieras", "il resto dove vuoi", "resten var du vill": read "otherwise from home", the other
 * days of a hybrid week (a place and days named before it: "Op kantoor op dinsdag en donderdag, verder waar je wilt").
 */
/**
 * (s58) The rest of the week at home, after days at a place, said in the languages the sets use, either way round: "de rest
 * van de week thuis", "den Rest der Woche im Homeoffice", "t\u00e9l\u00e9travail le reste de la semaine", "el resto de la semana
 * desde casa", "resten av uka hjemmefra": the other days of a hybrid week, read as REST_WHEREVER_ANY is. (s60: and "otherwise" from
 * home, Czech "jinak z domova", Slovak "inak z domu", Polish "inaczej zdalnie".)
 */
const REST_OF_WEEK = String.raw`(?:de\s+rest\s+van\s+de\s+week|den\s+Rest\s+der\s+Woche|die\s+restliche\s+Woche|le\s+reste\s+de\s+la\s+semaine|el\s+resto\s+de\s+la\s+semana|il\s+resto\s+della\s+settimana|o\s+resto\s+da\s+semana|resten\s+av\s+(?:uken|uka|veckan)|resten\s+af\s+ugen|reszt[a\u0119]\s+tygodnia|zbytek\s+t\u00fddne|jinak|inak|inaczej)`;
const HOME_OF_WEEK = String.raw`(?:remote|da\s+remoto|thuis|vanuit\s+huis|(?:im\s+)?Homeoffice|von\s+zu\s+Hause|zu\s+Hause|mobil|en\s+t\u00e9l\u00e9travail|t\u00e9l\u00e9travail|\u00e0\s+la\s+maison|chez\s+(?:toi|vous)|en\s+remoto|desde\s+casa|(?:en\s+)?teletrabajo|da\s+casa|in\s+smart\s+working|smart\s+working|em\s+casa|(?:em\s+)?teletrabalho|hjemmefra|hemifr\u00e5n|hemma|z\s+domu|zdalnie|z\s+domova|na\s+home\s+office)`;
const REST_HOME_ANY = new RegExp(String.raw`(?<![\p{L}])(?:${REST_OF_WEEK}\s*,?\s*${HOME_OF_WEEK}|${HOME_OF_WEEK}\s+${REST_OF_WEEK})(?![\p{L}])`, 'giu');
const REST_WHEREVER_ANY = /(?<![\p{L}])(?:verder|anders|de\s+rest|sonst|ansonsten|den\s+Rest|le\s+reste|el\s+resto|il\s+resto|o\s+resto|resten|ellers|annars)\s*,?\s*(?:waar\s+(?:je|jij|u)\s+(?:maar\s+)?wil(?:t|len)?|wo\s+(?:immer\s+)?(?:du|ihr|Sie)\s+(?:willst|wollt|wollen|m\u00f6chtest|m\u00f6chten)|o\u00f9\s+(?:tu\s+veux|vous\s+voulez)|donde\s+(?:quieras|prefieras)|dove\s+(?:vuoi|preferisci)|onde\s+quiseres|var\s+du\s+vill|hvor\s+du\s+vil)(?![\p{L}])/giu;
/**
 * (s57) One weekday as a German adverb, then work away from the office: "freitags mobiles Arbeiten", "montags im Homeoffice":
 * read "Fridays", "Mondays", the English day the readers of work mode know before "remote" or "from home" (a day of a hybrid
 * week, not a remote job). ("mittwochs" has no English day short enough to stand in; it stays.)
 */
const WEEKDAY_AWAY_DE = /(?<![\p{L}])(montags|dienstags|donnerstags|freitags)(?=\s+(?:(?:im|in)\s+)?(?:Homeoffice|mobil\p{L}*|remote|von\s+zu\s+Hause|zu\s+Hause|daheim)(?![\p{L}]))/giu;
const WEEKDAY_EN: Record<string, string> = { montags: 'Mondays', dienstags: 'Tuesdays', donnerstags: 'Thursdays', freitags: 'Fridays' };

function anyLanguageMode(line: string): string {
  // (s57: see REST_WHEREVER_ANY and WEEKDAY_AWAY_DE; s58: REST_HOME_ANY.)
  line = line.replace(REST_WHEREVER_ANY, (m) => fitFirst(['otherwise from home', 'else from home', 'else WFH'], m)).replace(REST_HOME_ANY, (m) => fitFirst(['otherwise from home', 'else from home', 'else WFH'], m)).replace(WEEKDAY_AWAY_DE, (m, d: string) => fit(WEEKDAY_EN[d.toLowerCase()]!, m));
  // (s55: see MON_FRI_ANY and WORK_HOME_ANY; Monday to Friday before the weekdays joined below read it as two days.)
  line = line.replace(MON_FRI_ANY, (m) => fitFirst(['Mon-Fri'], m));
  OFFICE_ANY.lastIndex = 0;
  // (Home as the whole story only: beside an office, home is the rest of a week, read below; an office said not to be, "no
  // tenemos oficina", is none.)
  // (Nor beside days or a week, "vier dagen per week op de campus; vrijdag werk je thuis": home is a day of a hybrid week.)
  const weekSaid = [WEEK_ANY, DAY_COUNT_WORD, WEEKDAY_ONE, DAY_WORD].some((re) => {
    re.lastIndex = 0;
    const hit = re.test(line);
    re.lastIndex = 0;
    return hit;
  });
  if (!weekSaid && !OFFICE_ANY.test(line.replace(NO_OFFICE_ANY, ' '))) line = line.replace(WORK_HOME_ANY, (m) => fitFirst(['work from home', 'WFH'], m));
  OFFICE_ANY.lastIndex = 0;
  NO_OFFICE_ANY.lastIndex = 0;
  line = line.replace(WORK_AT_ANY, (m, place: string) => fitFirst([`work in our ${PLANT_WORD.test(place) ? 'plant' : 'lab'}`, `at our ${PLANT_WORD.test(place) ? 'plant' : 'lab'}`], m));
  WEEKDAYS_NAMED.lastIndex = 0;
  // (s58: one weekday said to be the home day, "fredag er hjemmekontordag", "Freitag ist Homeoffice-Tag": that day away, in English.)
  line = line.replace(WEEKDAY_HOME_DAY, (m, d: string) => fitFirst([`${WEEKDAY_NAMES_EN[weekdayIndex(d)] ?? ''} WFH`, `${WEEKDAY_NAMES_EN[weekdayIndex(d)] ?? ''} home`], m));
  // (s58: a span of weekdays short of the week, "mandag til torsdag", "Montag bis Donnerstag", "du lundi au jeudi": so many days.)
  WEEKDAY_SPAN.lastIndex = 0;
  if (WEEKDAY_SPAN.test(line)) line = line.replace(WEEKDAY_SPAN, (m, a: string, b: string) => {
    const n = weekdayIndex(b) - weekdayIndex(a) + 1;
    return n >= 2 && n <= 4 ? fit(`${n} days`, m) : m;
  });
  WEEKDAYS_NAMED.lastIndex = 0;
  if (WEEKDAYS_NAMED.test(line)) line = line.replace(WEEKDAYS_NAMED, (m) => fit(`${Math.min(4, (m.match(WEEKDAY_ONE) ?? []).length)} days`, m));
  WHEREVER_ANY.lastIndex = 0;
  let out = (WHEREVER_ANY.test(line) ? line.replace(WHEREVER_ANY, (m) => fit('work wherever', m)) : line).replace(HYBRID_ANY, (m) => (/^hybrid$/i.test(m) ? m : fit('hybrid', m)));
  out = out.replace(OFFICE_DAY_COUNT, (m, n: string) => fit(`${COUNT_DIGIT[n.toLowerCase()] ?? n} office days`, m));
  out = out.replace(DAY_COUNT_WORD, (m) => fit(COUNT_DIGIT[m.toLowerCase()] ?? m, m));
  out = out.replace(HOME_DAY_WORD, (m) => fitFirst(['WFH days', 'WFH day'], m)).replace(DAY_WORD, (m) => fitFirst(['days', 'day'], m));
  // ("på kontoret", "toimistolla": in the office; "biure", too short for it: the office's short name.)
  out = out.replace(OFFICE_ANY, (m) => fitFirst(['in office', 'office', 'hq'], m));
  out = out.replace(REMOTE_ANY, (m) => fitFirst(['remote', 'WFH'], m)).replace(WEEK_ANY, (m) => fitFirst(['a week', '/wk'], m)).replace(MONTH_ANY, (m) => fitFirst(['a month', '/mo'], m));
  // (s49: "Pr\u00e4senz vor Ort in Koblenz", "Travail en pr\u00e9sentiel": on site, on a line too short to be read as its language.)
  out = out.replace(ONSITE_ANY, (m) => fitFirst(['on-site', 'onsite'], m));
  // (s54: see DAILY_ANY.)
  out = out
    .replace(DAILY_ANY, (m) => fitFirst(['every day', 'daily'], m))
    .replace(SITS_ANY, (m) => fit(/(?<![\p{L}])(?:unser\p{L}*|nos|notre|na\u0161\p{L}*|nasz\p{L}*|onze|ons|nuestr\p{L}*)\s*$/iu.test(m) ? 'sits in our ' : 'sits in ', m))
    .replace(NO_OFFICE_ANY, (m) => fitFirst(['without an office', 'no office'], m))
    .replace(PLACE_FREE_ANY, (m) => fitFirst(['location-independent', 'work wherever'], m))
    .replace(TIME_ZONES_ANY, (m) => fitFirst(['time zones', 'timezones'], m))
    .replace(SPREAD_ANY, (m) => fitFirst(['distributed', 'spread'], m));
  return out.replace(HOME_ANY, (m) => fitFirst(['from home', 'home', 'WFH'], m));
}

/**
 * A visa or a work permit, and the employer's help with it or a refusal of it, in any language (s44): "We regelen de
 * kennismigrantenvisum-aanvraag", "Pomagamy w uzyskaniu wizy", "Nem tudunk vízumot biztosítani". The visa word reads "visa",
 * the permit "work permit", the helping verb "help", a negation "not": the readers of sponsorship know those.
 */
const VISA_ANY =
  /(?<![\p{L}])(?:\p{L}*visum\p{L}*|visados?|v\u00edzum\p{L}*|v\u00edz[ay]|viisum\p{L}*|viisa\p{L}*|wiz[aąęy]|wizow\p{L}*|vize(?:si|yi)?|viz[aeąoų]s?|v\u012bz[au]|th\u1ecb\s+th\u1ef1c|visto\s+(?:de|di)\s+(?:trabalho|lavoro))(?![\p{L}])/giu;
const PERMIT_ANY =
  /(?<![\p{L}])(?:permiso\s+de\s+(?:trabajo|residencia)|autorizaci\u00f3n\s+de\s+trabajo|autoriza\u00e7\u00e3o\s+de\s+trabalho|permis\s+de\s+(?:travail|s\u00e9jour)|werkvergunning|verblijfsvergunning|arbetstillst\u00e5nd|uppeh\u00e5llstillst\u00e5nd|arbeidstillatelse|oppholdstillatelse|arbejdstilladelse|opholdstilladelse|permesso\s+di\s+(?:lavoro|soggiorno)|(?:po|ze)zwoleni\p{L}*\s+na\s+prac\u0119|autorisation\s+de\s+travail|pracovn\u00ed\s+povolen\u00ed|ty\u00f6lupa|oleskelulupa|munkav\u00e1llal\u00e1si\s+enged\u00e9ly\p{L}*|tart\u00f3zkod\u00e1si\s+enged\u00e9ly\p{L}*|leidim\p{L}*\s+dirbti|darbo\s+leidim\p{L}*|leidim\p{L}*\s+gyventi|darba\s+at\u013cauj\p{L}*|t\u00f6\u00f6luba|elamisluba|izin\s+kerja|gi\u1ea5y\s+ph\u00e9p\s+lao\s+\u0111\u1ed9ng|\u00e7al\u0131\u015fma\s+izni|oturma\s+izni|permis\s+de\s+munc\u0103|dozvol\p{L}*\s+za\s+rad)(?![\p{L}])/giu;
const HELP_ANY =
  /(?<![\p{L}])(?:regelen|aanvragen|beantragen|ondersteunen|helpen|begeleiden|unterst\u00fctzen|k\u00fcmmern|\u00fcbernehmen|gestionamos|tramitamos|ayudamos|apoyamos|ajudamos|apoiamos|accompagnons|aidons|aiutiamo|gestiamo|pomagamy|zapewniamy|za\u0142atwiamy|pom\u00e1h\u00e1me|zajist\u00edme|vy\u0159\u00edd\u00edme|hj\u00e4lper|hjelper|hj\u00e6lper|ordner|fixar|autamme|hoidamme|avustamme|seg\u00edt\u00fcnk|int\u00e9zz\u00fck|biztos\u00edtunk|padedame|pad\u0117sime|pal\u012bdzam|aitame|ajut\u0103m|sprijinim|yard\u0131mc\u0131|h\u1ed7\s+tr\u1ee3|membantu|mengurus|biztos\u00edtani|seg\u00edteni|int\u00e9zni|ayudar|apoyar|tramitar|gestionar|ajudar|apoiar|aider|accompagner|helfen|pom\u00f3c|zapewni\u0107|pomoci|zajistit|hj\u00e4lpa|hjelpe|hj\u00e6lpe|auttaa|hoitaa|pad\u0117ti|pal\u012bdz\u0113t|ajuta)(?![\p{L}])/giu;
const NOT_ANY =
  /(?<![\p{L}])(?:niet|geen|nicht|keine?[nmr]?|nie|ei|emme|nem|nu|de\u011fil|kh\u00f4ng|tidak|inte|ikke|ikkje|nen\u00ed|negalime|nevaram|nem\u016f\u017eeme|nemo\u017eemo)(?![\p{L}])/giu;

/**
 * (s51) Sponsorship of a visa in one word, "visumsponsoring", "Visa-Sponsoring": read "sponsorship", the word the readers of
 * sponsorship and of the right to work know ("Wij bieden geen visumsponsoring" as "we offer no sponsorship"); the verb of
 * offering ("bieden", "bieten") reads "offer", and "mogelijk", "m\u00f6glich" read "possible" ("Visumsponsoring is bij ons niet
 * mogelijk": not possible).
 */
const VISA_SPONSOR_ANY = /(?<![\p{L}])(?:visum|visa|v\u00edzum|viisumi?)-?sponsor\p{L}*/giu;
const OFFER_ANY = /(?<![\p{L}])(?:bieden|biedt|bied|bieten|bietet|biete)(?![\p{L}])/giu;
const POSSIBLE_ANY = /(?<![\p{L}])(?:mogelijk|m\u00f6glich)(?![\p{L}])/giu;
/**
 * (s52) The right to work, a citizenship or a permanent residence asked in other languages: "Wymagane prawo do pracy w Polsce",
 * "Citoyennet\u00e9 canadienne ou r\u00e9sidence permanente requise", "nationalit\u00e9 suisse", "Deutsche Staatsangeh\u00f6rigkeit erforderlich":
 * read "right to work", "citizenship", "permanent residence", "required", which the readers of the right to work know.
 * (The country's adjective after the noun and before "or", "canadienne", is read with it: "citizenship or permanent residence".)
 */
// (s54: and its other cases, "prawa do pracy", after a verb that asks it: "Wymagamy prawa do pracy w Polsce".)
const RIGHT_ANY = /(?<![\p{L}])praw[oa]\s+do\s+pracy(?![\p{L}])/giu;
const CITIZEN_ANY = /(?<![\p{L}])(?:citoyennet\u00e9|nationalit\u00e9|ciudadan\u00eda|nacionalidad|cidadania|nacionalidade|Staatsangeh\u00f6rigkeit|Staatsb\u00fcrgerschaft|staatsburgerschap|nationaliteit|obywatelstw\p{L}*|ob\u010danstv\p{L}*|medborgarskap|statsborgerskab|statsborgerskap|cittadinanza)(?![\p{L}])(?:\s+(?!(?:ou|or|and|et|o|y|e|lub|nebo|oder|of|och|og|en|und|ist|est|es|is|jest)(?![\p{L}]))\p{Ll}[\p{L}-]*(?=\s+(?:ou|or|o|lub|nebo|oder|of|eller)\s))?/giu;
const RESIDENCE_ANY = /(?<![\p{L}])(?:r\u00e9sidence\s+permanente|residencia\s+permanente|resid\u00eancia\s+permanente|permanente\s+residentie|residenza\s+permanente)(?![\p{L}])/giu;
// (s54: Czech "podm\u00ednkou", a condition.)
// (s55: and the verb that asks it, Spanish "se requiere", "requiere", "exigimos": "Se requiere permiso de trabajo vigente".)
const REQUIRED_ANY = /(?<![\p{L}])(?:se\s+requiere|requiere|se\s+exige|exigimos|podm\u00ednkou|requise?s?|exig\u00e9e?s?|obligatoire|requerid[oa]s?|obligatori[oa]|wymagan[eay]|vy\u017eadov\u00e1n[oa]|vereist|erforderlich|richiest[oa]|obbligatori[oa]|kr\u00e4vs|p\u00e5kr\u00e6vet)(?![\p{L}])/giu;
const OTHER_SAID = new RegExp(`${VISA_ANY.source}|${PERMIT_ANY.source}|${RIGHT_ANY.source}|${CITIZEN_ANY.source}|${RESIDENCE_ANY.source}`, 'iu');
// (A language named in its own words: the gate of inEnglish, below the table it is built from.)
let NATIVE_SAID: RegExp | undefined;

const NEEDLESS_ANY = /(?<![\p{L}])(?:nodig|n\u00f6tig|necesari[oa]|necess\u00e1ri[oa]|n\u00e9cessaire|necessari[oa]|potrzebn\p{L}*|pot\u0159eb\p{L}*|sz\u00fcks\u00e9ges|tarvita|tarvitse|reikia|gerekli|beh\u00f6vs|trengs|n\u00f8dvendig)(?![\p{L}])/iu;

function anyLanguageStatus(written: string): string {
  // (s52: the right to work, a citizenship or a residence first; each reads in English with the word that asks it.)
  const line = OTHER_SAID.test(written) && !/\b(?:right to work|citizenship|permanent residence)\b/i.test(written)
    ? written
        .replace(RIGHT_ANY, (m) => fitFirst(['right to work'], m))
        .replace(CITIZEN_ANY, (m) => fitFirst(['citizenship', 'citizen'], m))
        .replace(RESIDENCE_ANY, (m) => fitFirst(['permanent residence', 'PR'], m))
        // (s53: "exig\u00e9", too short for "needed": "must".)
        .replace(REQUIRED_ANY, (m) => fitFirst(['required', 'needed', 'must'], m))
    : written;
  VISA_ANY.lastIndex = 0;
  PERMIT_ANY.lastIndex = 0;
  // (s59: the EU Blue Card by its own name, "Wir unterst\u00fctzen bei der Blue Card", "Pomagamy przy Blue Card": a permit too.)
  if (!VISA_ANY.test(line) && !PERMIT_ANY.test(line) && !/(?<![\p{L}])blue\s*card(?![\p{L}])/iu.test(line)) return line;
  // ("geen visum nodig", "kein Visum nötig": a visa said to be needless, no status asked or refused.)
  // (s52: only with a negation before the need's word in its clause: "dus je hebt al een werkvergunning nodig" (so you need
  // a work permit already) asks one.)
  if (line.split(/[,;.:]/).some((clause) => NEEDLESS_ANY.test(clause) && NOT_NEEDED_ANY.test(clause.slice(0, NEEDLESS_ANY.exec(clause)!.index)))) return line;
  return line
    .replace(VISA_SPONSOR_ANY, (m) => fitFirst(['visa sponsorship', 'sponsorship'], m))
    .replace(OFFER_ANY, (m) => fitFirst(['offer'], m))
    .replace(POSSIBLE_ANY, (m) => fitFirst(['possible'], m))
    .replace(VISA_ANY, (m) => (/sponsor/i.test(m) ? m : fitFirst(['visa'], m)))
    .replace(PERMIT_ANY, (m) => fitFirst(['work permit', 'permit'], m))
    .replace(HELP_ANY, (m) => fitFirst(['help'], m))
    .replace(NOT_ANY, (m) => fitFirst(['not', 'no'], m));
}

/**
 * A spoken language asked in any language (s44): a language's own name, or its name in the posting's language, beside a
 * level or a word of asking ("Anglų kalba – laisvai", "Engleză la nivel avansat", "sujuva englanti", "angol nyelvtudás
 * (tárgyalóképes)"). The name and its level read "fluent English" (or "English a plus" for a wish) where they have the
 * room; a language said not to be needed ("Suomen kieli ei ole vaatimus") is left as it is.
 * (s59b tune: Greek in Latin letters or its own, "Kala Agglika", "Poly kala Anglika": English, "kala" and "arista" its levels.)
 */
const NATIVE_LANGUAGE: ReadonlyArray<[string, RegExp]> = [
  ['English', /ingl[e\u00e9\u00ea]s[ae]?|anglais|englisch\p{L}*|engels|engelska|engelsk|angielski\p{L}*|angli\u010dtin\p{L}*|angol\p{L}*|englanti\p{L}*|englannin|englannik\p{L}*|englez\u0103|engleza|angl\u0173|inglise|ang\u013cu|[i\u0130]ngilizce|a(?:g|n)gli(?:k|c)(?:a|i|\u00e1|\u00ed)|\u03b1\u03b3\u03b3\u03bb\u03b9\u03ba\p{L}*|ti\u1ebfng\s+anh|bahasa\s+inggris|inggris|englesk\p{L}*/iu],
  ['German', /alem[a\u00e1]n|alem\u00e3o|tedesco|allemand|deutsch|duits|tyska|tysk|niemiecki\p{L}*|n\u011bm\u010din\p{L}*|n\u00e9met|saksa\p{L}*|german\u0103|vokie\u010di\u0173|almanca|njema\u010dk\p{L}*|nema\u010dk\p{L}*/iu],
  ['French', /franc[e\u00e9]s|franc\u00eas|francese|franz\u00f6sisch|frans|franska|fransk|francuski|francouz\u0161tin\p{L}*|francia|ranska\p{L}*|francez\u0103|pranc\u016bz\u0173|frans\u0131zca/iu],
  ['Spanish', /espa\u00f1ol|castellano|espanhol|spagnolo|spanisch|spaans|spanska|spansk|hiszpa\u0144ski\p{L}*|\u0161pan\u011bl\u0161tin\p{L}*|spanyol|espanja\p{L}*|spaniol\u0103|ispan\u0173|ispanyolca/iu],
  ['Finnish', /suomi|suomen/iu],
  ['Swedish', /svenska/iu],
  ['Polish', /polski\p{L}*/iu],
  ['Czech', /\u010de\u0161tin\p{L}*/iu],
  ['Hungarian', /magyar/iu],
  ['Romanian', /rom\u00e2n\u0103|romana/iu],
  ['Lithuanian', /lietuvi\u0173/iu],
  ['Estonian', /eesti/iu],
  ['Latvian', /latvie\u0161u/iu],
  ['Turkish', /t\u00fcrk\u00e7e/iu],
  // (s50: Dutch names as adjectives, "de Nederlandse taal", "Engelse taal", "Duitse", "Franse".)
  ['Dutch', /nederlandse?/iu],
  ['English', /engelse/iu],
  ['German', /duitse/iu],
  ['French', /franse/iu],
  ['Italian', /italiano/iu],
  ['Vietnamese', /ti\u1ebfng\s+vi\u1ec7t/iu],
  // (s61 lead: Slovak and Czech name a language by its adjective before "jazyk", "anglick\u00fd jazyk", "nemeck\u00fd jazyk"; Ukrainian
  // and Russian by theirs, "\u0430\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430", "\u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\u0438\u0439", "\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430".)
  ['English', /anglick\p{L}*|\u0430\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\p{L}*|\u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\p{L}*/iu],
  ['German', /nemeck\p{L}*|n\u011bmeck\p{L}*|\u043d\u0456\u043c\u0435\u0446\u044c\u043a\p{L}*|\u043d\u0435\u043c\u0435\u0446\u043a\p{L}*/iu],
  ['Ukrainian', /\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\p{L}*/iu],
  // (s62 lead: Russian, Bulgarian, Serbian and Macedonian names in Cyrillic by their stems, "\u043a\u0430\u0437\u0430\u0445\u0441\u043a\u043e\u0433\u043e \u044f\u0437\u044b\u043a\u0430", "\u0440\u0443\u0441\u043a\u0438 \u0435\u0437\u0438\u043a",
  // "\u0435\u043d\u0433\u043b\u0435\u0441\u043a\u0438"; Albanian "anglisht" / "gjuha angleze"; Hebrew and Arabic names with the letters that may be joined before them,
  // "\u05d5\u05d0\u05e0\u05d2\u05dc\u05d9\u05ea", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629".)
  // (s62 lead: Slovenian names by their stems, "angle\u0161kega jezika", "slovenskega jezika", "nem\u0161\u010dina"; not Slovak "slovenský".)
  ['English', /angle\u0161k\p{L}*|angle\u0161\u010din\p{L}*/iu],
  ['Slovenian', /sloven(?:ski|skega|skem|skim|sko|ska|ske|\u0161\u010dina|\u0161\u010dine|\u0161\u010dino)/iu],
  ['German', /nem\u0161k\p{L}*|nem\u0161\u010din\p{L}*/iu],
  ['Uzbek', /\u0443\u0437\u0431\u0435\u043a\u0441\u043a\p{L}*/iu],
  ['Armenian', /\u0430\u0440\u043c\u044f\u043d\u0441\u043a\p{L}*/iu],
  ['Georgian', /\u0433\u0440\u0443\u0437\u0438\u043d\u0441\u043a\p{L}*/iu],
  ['Azerbaijani', /\u0430\u0437\u0435\u0440\u0431\u0430\u0439\u0434\u0436\u0430\u043d\u0441\u043a\p{L}*/iu],
  ['Ukrainian', /\u0443\u043a\u0440\u0430\u0438\u043d\u0441\u043a\p{L}*|ucrainean\u0103/iu],
  ['Russian', /rus\u0103/iu],
  ['Kazakh', /\u043a\u0430\u0437\u0430\u0445\u0441\u043a\p{L}*|\u049b\u0430\u0437\u0430\u049b\p{L}*/iu],
  ['Russian', /\u0440\u0443\u0441\u0441\u043a\p{L}*|\u0440\u0443\u0441\u043a\u0438\p{L}*|\u0440\u0443\u0441\u043a\p{L}*/iu],
  ['English', /\u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\p{L}*|\u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\u0438|\u0435\u043d\u0433\u043b\u0435\u0441\u043a\p{L}*|\u0430\u043d\u0433\u043b\u0438\u0441\u043a\p{L}*|anglisht|angleze|[\u05d5\u05d1\u05d4]?\u05d0\u05e0\u05d2\u05dc\u05d9\u05ea|(?:\u0648|\u0628)?(?:\u0627\u0644)?(?:\u0625\u0646\u062c\u0644\u064a\u0632\u064a\u0629|\u0627\u0646\u062c\u0644\u064a\u0632\u064a\u0629|\u0625\u0646\u0643\u0644\u064a\u0632\u064a\u0629|\u0627\u0646\u0643\u0644\u064a\u0632\u064a\u0629)/iu],
  ['German', /\u043d\u0435\u043c\u0441\u043a\u0438|\u043d\u0435\u043c\u0430\u0447\u043a\p{L}*|\u0433\u0435\u0440\u043c\u0430\u043d\u0441\u043a\p{L}*/iu],
  ['Hebrew', /[\u05d5\u05d1\u05d4]?\u05e2\u05d1\u05e8\u05d9\u05ea/iu],
  ['Arabic', /(?:\u0648|\u0628)?\u0627\u0644\u0639\u0631\u0628\u064a\u0629/iu],
  // (s62 careful tune) Basque as Spanish names it ("Euskera (B2 o superior)"), and Azerbaijani's "ingilis" (English), "Az\u0259rbaycan" (its own).
  ['Basque', /euskera|euskara/iu],
  ['English', /ingilis/iu],
  ['Azerbaijani', /az\u0259rbaycan/iu],
];
/** Each hand-listed name alone, anchored: which language a match of NATIVE_NAME is. */
const NATIVE_EXACT = NATIVE_LANGUAGE.map(([english, re]) => [english, new RegExp(`^(?:${re.source})$`, 'iu')] as const);
const NATIVE_NAME = new RegExp(`(?<![\\p{L}])(?:${NATIVE_LANGUAGE.map(([, re]) => re.source).join('|')})(?![\\p{L}])`, 'giu');
// (s47: "Ingl\u00e9s alto", "nivel alto": a high level, in Spanish.)
// (s59 lead: Croatian and Serbian "dobro", "odli\u010dno", "te\u010dno", "napredno" poznavanje: good, excellent, fluent, advanced.)
// (s59: Hungary's "k\u00f6z\u00e9pfok\u00fa" / "alapfok\u00fa" (intermediate / basic) and "nyelvtud\u00e1s" (command of a language), Czech "pasivn\u011b"
// (passively): "K\u00f6z\u00e9pfok\u00fa angol nyelvtud\u00e1s", "Angli\u010dtina pasivn\u011b".)
// (s50: "beheersing van", "beh\u00e4rskar ... obehindrat", "verhandlungssicher": a command of the language, in Dutch, Swedish and German;
// "Ingl\u00e9s conversacional", "Ingl\u00eas para leitura t\u00e9cnica": the use it is asked for.)
// (s60 lead: the technical level, "Anglais technique", "technisches Englisch"; Vietnamese "giao ti\u1ebfp" (for conversation), "th\u00e0nh th\u1ea1o" / "l\u01b0u lo\u00e1t" (fluent): "Ti\u1ebfng Anh giao ti\u1ebfp t\u1ed1t".)
// (s61: Catalan "fluid" (fluent), "angl\u00e8s fluid", as Spanish "fluido"; and the levels of English courses written in a line of
// another language, "\u0410\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 \u2014 Upper-Intermediate", "Intermediate"; batch 2: "conversational" and "good", as FEW_TABLE_WORDS put an
// Estonian or Greek level.)
const LEVEL_ANY =
  /(?<![\p{L}])(?:technique|technisch\p{L}*|giao\s+ti\u1ebfp|th\u00e0nh\s+th\u1ea1o|l\u01b0u\s+lo\u00e1t|conversacional|conversa\u00e7\u00e3o|leitura|lectura|lettura|beheers\p{L}*|beh\u00e4rsk\p{L}*|obehindrat|verhandlungssicher\p{L}*|flu[i\u00ed]d[oa]?|(?:upper|pre)[- ]?intermediate|intermediate|conversational|good|alt[oa]|fluent\p{L}*|\p{L}*niveau\p{L}*|\p{L}*niv\u00e5\p{L}*|avanzad[oa]|avan\u00e7ad[oa]|avansat\p{L}*|courant|dobro|odli\u010dn\p{L}*|te\u010dn\p{L}*|napredn\p{L}*|flie\u00dfend|vloeiend|flytande|flytende|flydende|bieg\u0142\p{L}*|plynul\p{L}*|aktivn\u011b|aktivn\u00ed|pokro\u010dil\p{L}*|foly\u00e9kony|sujuv\p{L}*|laisvai|sorrava|ak\u0131c\u0131|tr\u00f4i\s+ch\u1ea3y|lancar|t\u00e1rgyal\u00f3k\u00e9pes|k\u00f6z\u00e9pfok\u00fa|alapfok\u00fa|nyelvtud\u00e1s\p{L}*|pasivn\p{L}*|komunikatywn\p{L}*|komunikativn\p{L}*|nativ[oa]|natif|muttersprachl\p{L}*|moedertaal|\u00e4idinkiel\p{L}*|anyanyelvi|gimtoji|[ABC][12]\+?|nivel|n\u00edvel|niveau|kennis|kunskap\p{L}*|kunnskap\p{L}*|kendskab|znalost\p{L}*|ismeret\p{L}*|taito|osaaminen|kielitaito|bilgi\p{L}*|ki\u1ebfn\s+th\u1ee9c|professionn\p{L}*|profesional|profissional|professionale|professioneel|poziom\p{L}*|\u00farov\p{L}*|szint\p{L}*|tasolla|lygiu|l\u012bmen\u012b|tasemel|kal(?:a|\u00e1)|(?:a|\u00e1)rista|(?:a|\u00e1)pt(?:a|\u00e1)ista|epipedo|oskus\p{L}*|taito\p{L}*|\u0440\u0456\u0432\u043d\p{L}*|\u0443\u0440\u043e\u0432\u043d\p{L}*|\u043e\u0442\u043b\u0438\u0447\u043d\p{L}*|\u0441\u0432\u043e\u0431\u043e\u0434\u043d\p{L}*|rrjedhsh\p{L}*|\u0625\u062c\u0627\u062f\u0629|\u064a\u062c\u064a\u062f|\u062a\u062c\u064a\u062f|\u05d1\u05e8\u05de\u05d4\s+\u05d2\u05d1\u05d5\u05d4\u05d4|\u05d1\u05e8\u05de\u05d4\s+\u05d8\u05d5\u05d1\u05d4|\u05e9\u05d5\u05d8\u05e4\u05ea|\u0628\u0637\u0644\u0627\u0642\u0629|\u0645\u0645\u062a\u0627\u0632\u0629)(?![\p{L}])/giu;
const WISH_ANY = /(?<![\p{L}])(?:valorable|deseable|desej\u00e1vel|diferencial|un\s+plus|un\s+atout|von\s+Vorteil|pr\u00e9|meriterande|fordel|mile\s+widzian\p{L}*|v\u00fdhodou|el\u0151ny|etu|eduksi|privalumas|tercih\p{L}*|\u01b0u\s+ti\u00ean|diutamakan|kostur|avantaj)(?![\p{L}])/iu;
const NEEDED_ANY =
  /(?<![\p{L}])(?:imprescindible|obligatori[oa]|requis\p{L}*|erforderlich|vereist|kr\u00e4vs|kreves|p\u00e5kr\u00e6vet|wymagan\p{L}*|nutn\p{L}*|sz\u00fcks\u00e9ges|vaatimus|reikalinga|gerekli|wajib|excluyente|richiest\p{L}*|nau\u00f0synleg|krav|kr\u00e4ver|vaaditaan|edellytet\u00e4\u00e4n|n\u00f8dvendig|kr\u00e6vet|wymagany|po\u017eadov\u00e1n\p{L}*|obrigat\u00f3ri[oa]|indispens\u00e1vel|indispensable|exig\u00e9e?|Pflicht|zwingend|unerl\u00e4sslich|vereiste|noodzakelijk)(?![\p{L}])/iu;
const NOT_NEEDED_ANY = /(?<![\p{L}])(?:ei|no|n\u00e3o|non|pas|nicht|kein\p{L}*|niet|geen|inte|ikke|nie|nen\u00ed|nem|nu|ne|de\u011fil|kh\u00f4ng|tidak)(?![\p{L}])/iu;

/**
 * (s45) The names of the languages postings ask as the languages postings are written in name them, from the platform's
 * own CLDR data (Intl.DisplayNames): "engelska", "kennis van Nederlands en Frans", "enska", "angielski", "tiếng Nhật".
 * Left out: a name that is an English word or a country's English name ("pools", "Korea", "Latvia"), and names of four
 * letters or fewer ("finn", "dan", "tai"). Read word by word, from a map, so no posting pays for a thousand alternatives.
 */
const NAME_LOCALES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'nb', 'da', 'fi', 'is', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr-Latn', 'bs', 'hu', 'ro', 'lt', 'lv', 'et', 'tr', 'id', 'vi', 'ca', 'eu', 'gl', 'sq', 'af', 'sw', 'el', 'ru', 'uk', 'bg'];
const NAME_CODES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'sv', 'no', 'da', 'fi', 'is', 'pl', 'cs', 'sk', 'sl', 'hr', 'sr', 'hu', 'ro', 'lt', 'lv', 'et', 'tr', 'ja', 'zh', 'ko', 'ar', 'he', 'ru', 'uk', 'el', 'hi', 'vi', 'th', 'id', 'ca', 'bg'];
const NOT_A_NAME = new Set(['pools', 'frans', 'turks', 'korea', 'arabia', 'italia', 'roman', 'malai', 'serbe', 'arabe', 'russe', 'grec', 'turc', 'lets', 'thai']);
let namesAbroad: Map<string, string> | null | undefined;
function languageNamesAbroad(): Map<string, string> | null {
  if (namesAbroad !== undefined) return namesAbroad;
  namesAbroad = null;
  if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return null;
  try {
    const inEnglishName = new Intl.DisplayNames(['en'], { type: 'language' });
    const regions = new Intl.DisplayNames(['en'], { type: 'region' });
    const countries = new Set<string>();
    for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regions.of(code);
      if (name && name !== code) countries.add(name.toLowerCase());
    }
    const map = new Map<string, string>();
    for (const locale of NAME_LOCALES) {
      const names = new Intl.DisplayNames([locale], { type: 'language' });
      for (const code of NAME_CODES) {
        const english = inEnglishName.of(code);
        const name = names.of(code)?.toLowerCase();
        if (!english || !name || name === english.toLowerCase() || name.length <= 4 || NOT_A_NAME.has(name) || countries.has(name) || map.has(name)) continue;
        map.set(name, english);
      }
    }
    namesAbroad = map;
  } catch {
    namesAbroad = null;
  }
  return namesAbroad;
}
/** Each language named in the line: by the hand list, then by the platform's names (one or two words), apart from those. */
function spokenNames(line: string): Array<{ index: number; text: string; english: string }> {
  const found: Array<{ index: number; text: string; english: string }> = [];
  NATIVE_NAME.lastIndex = 0;
  for (const m of line.matchAll(NATIVE_NAME)) {
    const english = NATIVE_EXACT.find(([, re]) => re.test(m[0]))?.[0];
    if (english) found.push({ index: m.index, text: m[0], english });
  }
  const names = languageNamesAbroad();
  if (names) {
    const words = [...line.matchAll(/\p{L}+/gu)];
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      const two = k + 1 < words.length && /^\s+$/.test(line.slice(w.index + w[0].length, words[k + 1]!.index)) ? line.slice(w.index, words[k + 1]!.index + words[k + 1]![0].length) : null;
      const text = two && names.has(two.toLowerCase()) ? two : names.has(w[0].toLowerCase()) ? w[0] : null;
      if (!text || found.some((f) => w.index < f.index + f.text.length && f.index < w.index + text.length)) continue;
      found.push({ index: w.index, text, english: names.get(text.toLowerCase())! });
      if (text === two) k++;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether the text names a language as another language names it (a cheap pass over its words). */
function nameAbroadIn(text: string): boolean {
  const names = languageNamesAbroad();
  if (!names) return false;
  for (const m of text.matchAll(/\p{L}{5,}/gu)) if (names.has(m[0].toLowerCase())) return true;
  return false;
}

/** LEVEL_ANY without its global flag, for a test or an exec that must start at the text's beginning. */
const LEVEL_ONE = new RegExp(LEVEL_ANY.source, 'iu');

/**
 * A language's span [start, end) widened to the cues beside its name: the first match of each cue in the text after the
 * name (`after`, starting at `to`) ends the span no earlier than it ends; in the text before it (`before`, ending at
 * `from`), starts it no later than it starts, never before `floor`.
 */
function widenToCues(cues: readonly RegExp[], after: string, before: string, from: number, to: number, start: number, end: number, floor: number): [number, number] {
  for (const cue of cues) {
    const a = cue.exec(after);
    if (a) end = Math.max(end, to + a.index + a[0].length);
    const b = cue.exec(before);
    if (b) start = Math.max(floor, Math.min(start, from - before.length + b.index));
  }
  return [start, end];
}

/** The span [start, end) of `line` said in English ("fluent X" or "X C1"; a wish "X a plus" or "X B2"), padded to its length; null where neither fits. */
/** (s61 lead) CEFR levels named in words, the higher first: "Upper-Intermediate" B2, "Pre-Intermediate" A2, "Intermediate" B1. */
export const CEFR_IN_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bupper[- ]intermediate\b/i, 'B2'],
  [/\bpre[- ]intermediate\b/i, 'A2'],
  [/(?<![\w-])intermediate\b/i, 'B1'],
];
const GOOD_ANY = /(?<![\p{L}])(?:t\u00eb\s+mir\u00eb|dobr[oae]|\u0434\u043e\u0431\u0440[\u043e\u0430\u0435]|t\u1ed1t|baik|good)(?![\p{L}])/iu;
function sayLanguage(line: string, start: number, end: number, english: string, wish: boolean, working = false): string | null {
  // (A CEFR level the span names is said as it is: "Deutsch fließend (mind. C1)" reads "German C1", not only "fluent".)
  // (s61 lead: the levels said in words as Eastern Europe's boards say them, "Upper-Intermediate" (B2), "Intermediate" (B1),
  // "Pre-Intermediate" (A2).)
  const span = line.slice(start, end);
  const cefr = /(?<![\p{L}\d])[ABC][12](?![\d])/u.exec(span)?.[0] ?? CEFR_IN_WORDS.find(([re]) => re.test(span))?.[1];
  // (s58: a working command asked, "Inglese scritto e parlato", reads "good English", no fluency.)
  // (s62 lead: a good level said in words beside the name, "në nivel të mirë", "Добро познавање", "dobro znanje", "tốt": a
  // good command, as a working one reads, not fluency.)
  const good = GOOD_ANY.test(`${span} ${/^[^,;.!?]{0,16}/.exec(line.slice(end))![0]}`);
  const says = cefr ? [`${english} ${cefr}`] : wish ? [`${english} a plus`, `${english} B2`] : working || good ? [`good ${english}`] : [`fluent ${english}`, `${english} C1`];
  const say = says.find((x) => x.length <= end - start);
  return say === undefined ? null : line.slice(0, start) + say + ' '.repeat(end - start - say.length) + line.slice(end);
}

/** (s49) Right after a language's name, "or another (such) language": "eller et annet skandinavisk spr\u00e5k", "oder eine andere Sprache", "or another EU language". */
const OR_ANOTHER = /^\s+(?:eller|or|oder|ou|o|of|lub|tai)\s+(?:(?:et|ett|en|ein|eine|an|un|une|een|a|jin\p{L}*)\s+)?(?:annet|annat|andet|anderes?|andere[nr]?|another|other|autre|otro|otra|ander|inny|toinen)\s+(?:[\p{L}-]+\s+)?(?:spr\u00e5k|sprog|sprache|language|langue|idioma|taal|j\u0119zyk|kieli)\b/iu;

/**
 * (s58) A working command of a language asked by its uses, spoken and written, or as the skill of communicating in it:
 * "Inglese scritto e parlato", "angli\u010dtina slovem i p\u00edsmem", "Gode kommunikationsevner p\u00e5 dansk og engelsk, b\u00e5de skriftligt og
 * mundtligt", "w mowie i pi\u015bmie", "ingl\u00eas escrito e falado". No level beyond it: read "good English", not fluency.
 */
// (s62 careful tune: and Vietnamese "\u0111\u1ecdc hi\u1ec3u" (reading comprehension), "Ti\u1ebfng Anh \u0111\u1ecdc hi\u1ec3u t\u00e0i li\u1ec7u k\u1ef9 thu\u1eadt": reading its documents;
// Azerbaijani "dill\u0259ri" (languages) after names joined by "v\u0259" (and), "Az\u0259rbaycan v\u0259 ingilis dill\u0259ri": both at a working command.)
const WORKING_ANY = /(?<![\p{L}])(?:\u0111\u1ecdc\s+hi\u1ec3u|dill\u0259ri|skriftlig\p{L}*|mundtlig\p{L}*|muntlig\p{L}*|kommunikationsevne\p{L}*|kommunikasjonsevne\p{L}*|kommunikationsf\u00f6rm\u00e5ga\p{L}*|scritt[oa]|parlat[oa]|parlats?|escrits?|slovem|p\u00edsmem|slovom|p\u00edsmom|pi\u015bmie|escrit[oa]|falad[oa]|hablad[oa]|\u0437\u043d\u0430\u043d\u0438\p{L}*|\u0432\u043b\u0430\u0434\u0435\u043d\u0438\p{L}*|\u0437\u043d\u0430\u0435\u045a\u0435|znanj\p{L}*|poznavanj\p{L}*|\u043f\u043e\u0437\u043d\u0430\u0432\u0430\p{L}*|njohuri|zin\u0101\u0161an\p{L}*)(?![\p{L}])/iu;
/** (s62 careful tune) A level right after a language's comma: ", nivo B2", ", level C1", ", niveau B2", ", nivel C1", "\u043d\u0438\u0432\u043e B2". */
const LEVEL_AFTER_COMMA = /^,\s*(?:nivo\p{L}*|level|niveau|nivel|\u043d\u0438\u0432\u043e|\u0443\u0440\u043e\u0432\u0435\u043d\p{L}*)\s+[ABC][12]\+?(?![\p{L}\p{N}])/iu;
/** (s58) Whether a line asks a language's working command by its uses ("scritto e parlato", "slovem i p\u00edsmem", "mundtligt"). */
/**
 * (s62 lead) The word for "language" beside a name, on a line that holds nothing else ("\u0410\u043d\u0433\u043b\u0438\u0441\u043a\u0438 \u0458\u0430\u0437\u0438\u043a", "Limba rom\u00e2n\u0103 \u0219i rus\u0103",
 * "\u0414\u043e\u0431\u0440\u043e \u043f\u043e\u0437\u043d\u0430\u0432\u0430\u045a\u0435 \u0435\u043d\u0433\u043b\u0435\u0441\u043a\u043e\u0433 \u0458\u0435\u0437\u0438\u043a\u0430"): the language asked at a working command. Not where the line goes on to other things ("Engleski jezik, Linux").
 */
const LANGUAGE_WORD_ANY = /(?<![\p{L}])(?:\u0458\u0430\u0437\u0438\u043a|\u044f\u0437\u044b\u043a\p{L}*|\u0435\u0437\u0438\u043a|\u0458\u0435\u0437\u0438\u043a\p{L}*|jezik\p{L}*|gjuha|gjuh\u00ebn|valod\p{L}*|limba|kalba|keel)(?![\p{L}])/iu;
const BARE_LANGUAGE_LINE = (line: string): boolean => !/[,;:()]/.test(line) && line.trim().replace(/^[-\u2022*\u00b7]\s*/, '').split(/\s+/).length <= 6;
export const workingCommandAsked = (line: string): boolean => WORKING_ANY.test(line) || LANGUAGE_WORD_ANY.test(line);

/** (s57) A verb of speaking said to the hire, in the languages the sets use: "taler", "talar", "snakker", "sprichst", "parles", "hablas", "falas", "parli", "spreekt", "m\u00f3wisz", "mluv\u00ed\u0161". */
const SPEAK_ANY = /(?<![\p{L}])(?:taler|talar|snakker|behersker|beh\u00e4rskar|beherrschst|beheerst|sprichst|sprechen\s+Sie|parles|parlez|hablas|falas|parli|spreek|spreekt|m\u00f3wisz|mluv\u00ed\u0161|mluv\u00edte|puhut|besz\u00e9lsz)(?![\p{L}])/iu;

function anyLanguageSpoken(line: string): string {
  const said = spokenNames(line);
  if (!said.length) return line;
  let out = line;
  let done = 0;
  let spokenBefore: boolean = false;
  let workingBefore: boolean = false;
  for (const [k, { index: from, text, english }] of said.entries()) {
    const to = from + text.length;
    if (from < done) continue;
    // The level or the wish beside the name, on its side of a comma, within a few words.
    // (s49: "norsk eller et annet skandinavisk spr\u00e5k flytende", "Deutsch oder eine andere EU-Sprache flie\u00dfend": the name, then
    // "or another language", then the level that holds for either; the level is read further on.)
    // (s62 careful tune: or a level after a comma, "Engleski jezik, nivo B2 ili vi\u0161i", "English, level C1": the name's own.)
    const plain = /^[^,;.!?]{0,32}/.exec(line.slice(to))![0];
    const commaLevel = LEVEL_AFTER_COMMA.exec(line.slice(to + plain.length))?.[0] ?? '';
    const after = plain + commaLevel + (!commaLevel && OR_ANOTHER.test(line.slice(to)) ? /^[^,;.!?]{0,40}/.exec(line.slice(to).slice(32))?.[0] ?? '' : '');
    const before = /[^,;.!?]{0,25}$/.exec(line.slice(0, from))![0];
    const wish = WISH_ANY.test(after) || WISH_ANY.test(before);
    const level = LEVEL_ONE;
    const needed = NEEDED_ANY;
    let near = level.exec(after) ? to + after.search(level) + level.exec(after)![0].length : level.exec(before) ? from - before.length + before.search(level) : -1;
    // (s57: a verb of speaking before the name, "Du taler dansk eller engelsk", "Je spreekt Nederlands", "Tu parles anglais": the
    // language asked as one the hire speaks; the span takes the verb in, for the first name after it only.)
    const speak = SPEAK_ANY.exec(before);
    const spoken = speak !== null && from - before.length + speak.index >= done;
    // (And the name joined to that one, "... dansk eller engelsk": the same verb's, read as its name alone.)
    const joinedTo = /^\s*(?:eller|or|og|och|and|oder|und|ou|et|o|y|e|of|en|lub|i|nebo|a|v\u0259)\s+$/iu.test(line.slice(done, from));
    const joined: boolean = spokenBefore && joinedTo;
    spokenBefore = spoken || joined;
    // (s58: a working command asked by its uses, beside the name or before it, and the name joined to that one: "p\u00e5 dansk og
    // engelsk".)
    const work: RegExpExecArray | null = near < 0 && !wish && !spoken && !joined ? (WORKING_ANY.exec(after) ?? WORKING_ANY.exec(before) ?? (BARE_LANGUAGE_LINE(line) ? (LANGUAGE_WORD_ANY.exec(after) ?? LANGUAGE_WORD_ANY.exec(before)) : null)) : null;
    const working: boolean = work !== null || (workingBefore && joinedTo && near < 0 && !wish);
    workingBefore = working;
    if (working && work) {
      const inAfter = WORKING_ANY.exec(after) !== null || (WORKING_ANY.exec(before) === null && LANGUAGE_WORD_ANY.exec(after) !== null);
      near = inAfter ? to + work.index + work[0].length : from - before.length + work.index;
    }
    if (near < 0 && !wish && !needed.test(after + ' ' + before) && !spoken && !joined && !working) continue;
    // ("Suomen kieli ei ole vaatimus": a language said not to be needed.)
    if (NOT_NEEDED_ANY.test(after) && !wish) continue;
    // (s45: the span runs to the level, the wish or the word of need beside the name, "Enska nauðsynleg", so a short name
    // has room for its English; where "fluent Icelandic" has none, the name and a CEFR level do, "Icelandic C1".)
    let start = near >= 0 ? Math.min(from, near) : from;
    let end = near >= 0 ? Math.max(to, near) : to;
    [start, end] = widenToCues([WISH_ANY, needed], after, before, from, to, start, end, 0);
    if (spoken && near < 0) start = Math.min(start, from - before.length + speak.index);
    // (s46: "Deutsch fließend (mind. C1) und gute Englischkenntnisse": a bracketed CEFR level right after the name and its
    // level is this name's, not the next one's; the span takes it in.)
    const bracket = end > from ? /^\s*\([^()]{0,12}?\b[ABC][12]\+?[^()]{0,12}\)/.exec(line.slice(end)) : null;
    if (bracket) end += bracket[0].length;
    // (s61 lead: a level word first, then the CEFR level or its name in words, "anglick\u00fd jazyk na \u00farovni B1", "\u0410\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 \u043d\u0430 \u0440\u0456\u0432\u043d\u0456
    // Upper-Intermediate": the span runs on to the level, which says how well, not only the word that a level is asked.)
    const named = !bracket && near >= 0 ? /^[^,;.!?]*?(?:(?<![\p{L}\d])[ABC][12](?!\d)|(?:upper[- ]|pre[- ])?intermediate)/iu.exec(line.slice(end, to + after.length)) : null;
    if (named && !(said[k + 1] && end + named[0].length > said[k + 1]!.index)) end += named[0].length;
    // (Two names under one level: "kennis van Nederlands en Frans", the second's span starts where the first's ended;
    // "Engelska och svenska flytande", the first's ends where the second begins.)
    start = Math.max(start, done);
    const next = said[k + 1];
    const cut = next !== undefined && end > next.index && next.index - 1 > to;
    if (next && end > next.index) end = Math.max(to, next.index);
    done = end;
    // (s58: cut at the next name, "suomen ja englannin kielen taito", the first's English leaves a space before the next's,
    // "Finnish   fluent English", not "Finnish C1fluent English"; the name alone where the phrase has no room.)
    if (cut) {
      const room = out.slice(0, start) + out.slice(start, end - 1);
      const said1 = sayLanguage(room, start, end - 1, english, wish) ?? (english.length <= end - 1 - start ? room.slice(0, start) + english + ' '.repeat(end - 1 - start - english.length) : null);
      out = said1 !== null ? said1 + out.slice(end - 1) : out.slice(0, from) + fit(english, text) + out.slice(to);
      continue;
    }
    // The whole phrase as English where it has the room; else the name alone where its English fits.
    out = sayLanguage(out, start, end, english, wish, working) ?? out.slice(0, from) + fit(english, text) + out.slice(to);
  }
  return out;
}

/**
 * A degree named in the posting's own language (s44): a bachelor's ("hbo", "licencjat", "inżynier", "bakalář", "kandidaatti",
 * "licență", "cử nhân") or a master's ("wo-master", "magister", "magistr", "maisteri", "diplomi-insinööri", "thạc sĩ")
 * reads "BSc" or "MSc", names the readers of degrees know.
 */
// (s47: "Laurea triennale", Italy's three-year degree, and "titulación universitaria", on a line of few other words.)
const BACHELOR_ANY = /(?<![\p{L}])(?:bacheli(?:er|\u00e8re)|grau(?=\s+(?:en|in|d['\u2019]|universitari))|(?:(?:FH|Uni|Universit\u00e4ts|Hochschul|Fachhochschul)-?\s+(?:oder|bzw\.?|\/)\s+)?(?:FH|Uni|Universit\u00e4ts|Hochschul|Fachhochschul)-?[Aa]bschluss|hbo|wo|S1|D4|laurea\s+triennale|titulaci\u00f3n\s+universitaria|titulaci\u00f3n(?=\s+(?:en|in)\s)|t\u00edtulo\s+(?:profesional|universitario|(?:de|of)\s+(?:ingenier[oa]|licenciad[oa]))|(?<!S\u0160\s*(?:nebo|\u010di|or|\/|,)\s*)V\u0160\s+(?:vzd[\u011be]l\p{L}*|\p{L}+(?:\u00e9ho|\u00e9)\s+(?:zam\u011b\u0159en\u00ed|sm\u011bru|oboru)(?![\p{L}]))|licencjat\p{L}*|in\u017cynier\p{L}*|bakal\u00e1\u0159\p{L}*|bakal\u00e1r\p{L}*|kandidaat\p{L}*|licen\u021b\u0103|licenta|bakalaur\p{L}*|c\u1eed\s+nh\u00e2n|alapk\u00e9pz\u00e9s\p{L}*|f\u0151iskolai|fels\u0151fok\u00fa(?=\s+(?:\p{L}+\s+)?v\u00e9gzetts\u00e9g)|h\u00f8yere\s+utdanning|akademisk\s+examen|korkeakoulututkin\p{L}*|yliopistotutkin\p{L}*|ptychi(?:o|on)|\u03c0\u03c4\u03c5\u03c7\u03af\u03bf\p{L}*|studii\s+superioare|bachelorgrad(?:en)?|bachelorexamen|kandidatexamen|h\u00f6gskoleexamen|professionsbachelor\p{L}*|auk\u0161t\p{L}+\s+(?:\p{L}+\s+)?i\u0161silavinim\p{L}*)(?![\p{L}])/giu;
// (s52: a master's named in Dutch, "wo-masteropleiding", "masteropleiding", "masterdiploma"; Spain's and Latin America's
// "T\u00edtulo de Ingeniero", "T\u00edtulo de Licenciado": a bachelor's.)
const MASTER_ANY = /(?<![\p{L}])(?:kandidat(?=\s+i\s+\p{Ll})|cand\.\s?(?:scient|polyt|it|merc|oecon|act|ling)\.?|magist(?:er|ra|rem)\s+in\u017cynier\p{L}*|mgr\s+in\u017c\.?|ylem(?:pi|m\u00e4n)\s+korkeakoulututkin\p{L}*|kandidatuddannelse\p{L}*|kandidatgrad\p{L}*|wo-?master\p{L}*|master(?:opleiding|diploma|titel)\p{L}*|S2|m\u00e1ster|laurea\s+magistrale|magister\p{L}*|magistr\p{L}*|maisteri\p{L}*|diplomi-insin\u00f6\u00f6ri\p{L}*|th\u1ea1c\s+s\u0129|mesterk\u00e9pz\u00e9s\p{L}*|egyetemi|masterat|masteratul|mastergrad(?:en)?|masterexamen)(?![\p{L}])/giu;
// (s58: Norway's "h\u00f8yere utdanning" (higher education), Sweden's "akademisk examen", Finland's "korkeakoulututkinto",
// "yliopistotutkinto": a bachelor's; Finland's "ylempi korkeakoulututkinto" (the higher one),
// Denmark's "kandidatuddannelse" / "kandidatgrad" (not Sweden's "kandidatexamen", a bachelor's), and Poland's engineer-master
// title, "tytu\u0142 magistra in\u017cyniera", "mgr in\u017c.": a master's.)
// (s58, batch 2: Denmark's "Kandidat i datalogi" (its field after, in lower case; not a candidate "i Aarhus") and "cand.scient.":
// a master's; Hungary's "fels\u0151fok\u00fa ... v\u00e9gzetts\u00e9g" (higher education): a bachelor's, not "fels\u0151fok\u00fa angol", advanced English.)
// (s59: Greece's first degree written in Latin letters, "Ptychio in Informatics", or its own, "\u03a0\u03c4\u03c5\u03c7\u03af\u03bf"; Romania's higher studies,
// "Studii superioare (finalizate) \u00een informatic\u0103": a bachelor's; and the Nordic degrees by their names on a line too short for the
// Nordic table to read it, "Mastergrad i informatikk" a master's, "Kandidatexamen", "Bachelorgrad" a bachelor's.)
// (s59, batch 2: Denmark's "Professionsbachelor" on such a line.)
// (s60: Lithuania's higher education, "auk\u0161tasis (universitetinis / techninis) i\u0161silavinimas": a bachelor's.)
// (s54: and Czech "V\u0160" (a university) with the kind of study after it, "V\u0160 technick\u00e9ho zam\u011b\u0159en\u00ed", "V\u0160 ekonomick\u00e9ho sm\u011bru".)
const DEGREE_CONTEXT = /(?<![\p{L}])(?:V\u0160\s|grau\s|ptychi(?:o|on)|professionsbachelor|\u03c0\u03c4\u03c5\u03c7\u03af\u03bf|mastergrad|bachelorgrad|kandidat\s+i\s|cand\.|utdanning|examen|\p{L}*uddannelse|kandidatgrad|\p{L}*tutkin\p{L}*|tytu\u0142|mgr\s+in\u017c|bacheli(?:er|\u00e8re)|laurea|titulaci\u00f3n|t\u00edtulo|masteropleiding|diplom\p{L}*|opleiding|studi\p{L}*|wykszta\u0142ceni\p{L}*|vzd\u011bl\u00e1n\p{L}*|tutkin\p{L}*|v\u00e9gzetts\u00e9g\p{L}*|diplom\u0103|studii|b\u1eb1ng|i\u0161silavinim|degree|in\s+|w\s+zakresie|z\s+|teknik|jurusan|informatika|ilmu)/iu;

/** The bar between a header line's fields, "Krak\u00f3w | In\u017cynier DevOps | Wis\u0142a Cloud". */
const HEADER_BAR = /\s\|\s/g;
const HEADER_BAR_KEPT = /(\s\|\s)/;

const DEGREE_SAID = new RegExp(`${BACHELOR_ANY.source}|${MASTER_ANY.source}`, 'iu');

const AZ_DEGREE = /(?<![\p{L}])(?:bakalavr|magistr)(?=\s*(?:$|[,.;)]|d\u0259r\p{L}*|t\u0259hsil\p{L}*))/iu;
function anyLanguageDegree(line: string): string {
  // (s59: a header line's fields are read each alone, "Krak\u00f3w | In\u017cynier DevOps | Wis\u0142a Cloud Sp. z o.o.": a job title named by
  // a degree's word, "In\u017cynier DevOps", is no degree asked, and a word of another field, the company's "z o.o.", does not make
  // it one; a field that says a degree with its own words, "Wymagania | Tytu\u0142 in\u017cyniera informatyki | B2", still reads.)
  if ((line.match(HEADER_BAR) ?? []).length >= 2) return line.split(HEADER_BAR_KEPT).map((f, i) => (i % 2 ? f : anyLanguageDegree(f))).join('');
  // (s62 careful tune) Azerbaijani "bakalavr" (a bachelor's) and "magistr" (a master's), "Ali t\u0259hsil: ... \u00fczr\u0259 bakalavr": the
  // degree's own word, read as English names it before the tables below.
  if (AZ_DEGREE.test(line)) return line.replace(new RegExp(AZ_DEGREE.source, 'giu'), (m) => fit(/^b/i.test(m) ? 'BSc' : 'MSc', m));
  BACHELOR_ANY.lastIndex = 0;
  MASTER_ANY.lastIndex = 0;
  // ("wo" and "hbo" only beside a word of study: "wo-diploma", "hbo-opleiding", not a word that happens to be short.)
  if (!DEGREE_CONTEXT.test(line) || (!BACHELOR_ANY.test(line) && !MASTER_ANY.test(line))) return line;
  // ("S1 Teknik Informatika": Indonesia's two-letter names, read with the space after them as "BS," / "MS,".)
  const out = line.replace(/(?<![\p{L}\d])S([12])\s(?=\p{L})/gu, (_, n: string) => (n === '1' ? 'BS,' : 'MS,'));
  // (s58: Danish "kandidat i" before a field in lower case only: "en kandidat i Aarhus" is a candidate there.)
  const read = out.replace(MASTER_ANY, (m: string, at: number, all: string) => (/^kandidat$/i.test(m) && /^\s+i\s+\p{Lu}/u.test(all.slice(at + m.length)) ? m : fitFirst(["master's", 'MSc'], m))).replace(BACHELOR_ANY, (m) => fitFirst(["bachelor's", 'BSc'], m));
  // (s54: the degree's wish word after it, "V\u0160 technick\u00e9ho zam\u011b\u0159en\u00ed v\u00fdhodou", "wykszta\u0142cenie \u2026 mile widziane": "a plus", as English says it.)
  // (s60: Lithuanian "neb\u016btinas" (not needed) after it: "no need", as English says a degree not asked.)
  const wished = WISH_ANY.test(read) ? read.replace(new RegExp(WISH_ANY.source, 'giu'), (m) => fitFirst(['a plus', 'plus'], m)) : read;
  return wished.replace(/(?<![\p{L}])neb\u016btin\p{L}*(?![\p{L}])/giu, (m) => fitFirst(['not required', 'no need'], m));
}

/** The first stand-in that fits the original's length. */
function fitFirst(englishes: readonly string[], original: string): string {
  const e = englishes.find((x) => x.length <= original.length);
  return e === undefined ? original : fit(e, original);
}

/** The stand-in, with the original's first capital, padded with spaces to the original's length. */
function fit(english: string, original: string): string {
  if (english.length > original.length) return original;
  const cased = /^\p{Lu}/u.test(original) && english ? english[0]!.toUpperCase() + english.slice(1) : english;
  return cased + ' '.repeat(original.length - cased.length);
}

/** (s50) One to nine in Chinese numerals (two also as \u4e24/\u5169; not after \u5341 or \u767e, a part of a larger number), right before "\u5e74\u4ee5\u4e0a" or "\u5e74\u53ca\u4ee5\u4e0a" (that many years or more). */
const CJK_DIGIT = '\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u4e24\u5169';
const CJK_YEAR_COUNT = /(?<![\u5341\u767e])[\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u4e24\u5169](?=\s?\u5e74\s?(?:[\u53ca\u6216]\s?)?\u4ee5\u4e0a)/gu;
const CJK_LETTER = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function count(re: RegExp, line: string): number {
  const seen = new Set<string>();
  for (const m of line.matchAll(re)) seen.add(m[0].toLowerCase());
  return seen.size;
}

/**
 * (s45) A spoken language asked in Japanese, Chinese or Korean: its name ("英語", "日本語", "中文", "영어") beside a level
 * ("ネイティブ", "ビジネスレベル", "日常会話", "流利", "능통"), a word of need ("必須", "필수") or a wish ("歓迎", "できれば可",
 * "우대"). The clause reads "fluent English" or "English C1" (a wish "English a plus" or "English B2") where it has the
 * room, its clause running to the next "、", "。" or the line's end when the name and cue alone have none.
 */
const CJK_LANGUAGE: ReadonlyArray<[string, RegExp]> = [
  ['English', /英語|英语|英文|영어/u],
  ['Japanese', /日本語|日语|日文|일본어/u],
  ['Chinese', /中国語|中國語|中文|汉语|漢語|普通话|普通話|華語|중국어/u],
  ['Cantonese', /広東語|粤语|粵語|廣東話|광둥어/u],
  ['Korean', /韓国語|韩语|韓語|한국어/u],
];
const CJK_EXACT = CJK_LANGUAGE.map(([english, re]) => [english, new RegExp(`^(?:${re.source})$`, 'u')] as const);
const CJK_NAME = new RegExp(CJK_LANGUAGE.map(([, re]) => re.source).join('|'), 'gu');
// (s51: reading asked, "\uc601\uc5b4 \ubb38\uc11c \ub3c5\ud574 \uac00\ub2a5\uc790", "\u82f1\u6587\u9605\u8bfb", "\u82f1\u8a9e\u306e\u8aad\u89e3": a use of the language, as "\u8aad\u307f\u66f8\u304d" is.)
const CJK_LEVEL = /(?:\ub3c5\ud574|\u8aad\u89e3|\u9605\u8bfb|\u95b1\u8b80|ネイティブ|ビジネス|日常会話|読み書き|流暢|堪能|母語|母国語|上級|中級|流利|熟练|熟練|精通|母语|能说|能說|능통|원어민|비즈니스|회화|유창|TOEIC|HSK|JLPT|N[1-3]|[\u56db\u516d]\u7ea7|[\u56db\u516d]\u7d1a|\u4e00\u7ea7|\u4e00\u7d1a|CET-?[46])(?:\s?レベル|\s?水平|\s?수준)?(?:\s?以上|\s?이상)?/u;
// (Work done in the language: "英語での業務経験", "영어로 소통", "用英语沟通".)
// (s49: "英语可作为工作语言", "英文可作為工作語言": the language used as the working one.)
const CJK_USED = /^(?:での?|を使った|を用いた|로|으로)[^、。,，]{0,8}?(?:経験|業務|会話|コミュニケーション|やり取り|対応|소통|업무|커뮤니케이션|沟通|溝通|交流)|^(?:沟通|溝通|交流)|^(?:可|能)?(?:作为|作為|当作|當作)?\s?(?:工作语言|工作語言)/u;
const CJK_NEED = /必須|必要|要求|필수|必需/u;
const CJK_TEST_SCORE = /(?:TOEIC|TOEFL|IELTS|TOPIK|JLPT|HSK)\s?(?:\d|N[1-5]|iBT)|(?:\u96c5\u601d|\u6258\u798f|\u6258\u4e1a|\u6258\u696d)\s?\d|CET-?[46]|\u65e5\u672c\u8a9e\u80fd\u529b\u8a66\u9a13|\u82f1\u691c\s?(?:[1-3\u6e96]|\d)/u;
const CJK_WISH = /歓迎|できれば|尚可|尚佳|優遇|加分|우대|優先|优先|望ましい|あれば尚良し/u;
/**
 * (s51) A spoken language asked in Japanese, Chinese or Korean, as cjkLanguageSpoken reads one: a name and, in its clause, a
 * level, a need, a wish or a use. For a line too short to say it in English ("\u82f1\u8bed\u6d41\u5229", "\u65e5\u8bedN2", "\u82f1\u8bed\u8bfb\u5199\u719f\u7ec3"),
 * which the readers of requirement items then read as a language asked.
 */
export function cjkLanguageAsked(line: string): boolean {
  if ((line.match(CJK_LETTER) ?? []).length < 2) return false;
  // (s52: a language test's score or band with no name beside it, "TOEIC 800\u70b9\u4ee5\u4e0a", "\u96c5\u601d6.5", "CET-6", "JLPT N2\u4ee5\u4e0a", "TOPIK 4\uae09":
  // the test names its language.)
  if (CJK_TEST_SCORE.test(line)) return true;
  for (const m of line.matchAll(CJK_NAME)) {
    const from = m.index;
    const to = from + m[0].length;
    const clauseEnd = to + /^[^\u3001\u3002,;\uff0c\uff1b\n]*/u.exec(line.slice(to))![0].length;
    const clauseStart = from - /[^\u3001\u3002,;\uff0c\uff1b\n]*$/u.exec(line.slice(0, from))![0].length;
    const after = line.slice(to, Math.min(clauseEnd, to + 14));
    const before = line.slice(Math.max(clauseStart, from - 8), from);
    if (CJK_WISH.test(after) || CJK_WISH.test(before) || CJK_USED.test(after) || CJK_LEVEL.test(after) || CJK_LEVEL.test(before) || CJK_NEED.test(after) || CJK_NEED.test(before)) return true;
  }
  return false;
}

function cjkLanguageSpoken(line: string): string {
  CJK_NAME.lastIndex = 0;
  if (!CJK_NAME.test(line)) return line;
  CJK_NAME.lastIndex = 0;
  let out = line;
  let done = 0;
  for (const m of line.matchAll(CJK_NAME)) {
    const from = m.index;
    const to = from + m[0].length;
    if (from < done) continue;
    const english = CJK_EXACT.find(([, re]) => re.test(m[0]))![0];
    const clauseEnd = to + /^[^、。,;，；\n]*/u.exec(line.slice(to))![0].length;
    const clauseStart = from - /[^、。,;，；\n]*$/u.exec(line.slice(0, from))![0].length;
    const after = line.slice(to, Math.min(clauseEnd, to + 14));
    const before = line.slice(Math.max(clauseStart, from - 8), from);
    const wish = CJK_WISH.test(after) || CJK_WISH.test(before);
    const used = CJK_USED.exec(after);
    if (!wish && !used && !CJK_LEVEL.test(after) && !CJK_LEVEL.test(before) && !CJK_NEED.test(after) && !CJK_NEED.test(before)) continue;
    let start = Math.max(done, from);
    let end = to;
    if (used) end = Math.max(end, to + used[0].length);
    [start, end] = widenToCues([CJK_LEVEL, CJK_NEED, CJK_WISH], after, before, from, to, start, end, done);
    let said = sayLanguage(out, start, end, english, wish);
    if (said === null) {
      start = Math.max(done, clauseStart);
      end = clauseEnd;
      said = sayLanguage(out, start, end, english, wish);
    }
    if (said === null) continue;
    out = said;
    done = end;
  }
  return out;
}

/**
 * (s49) Work from home said to be possible, with no count of days and not the whole week: "T\u00e9l\u00e9travail possible",
 * "Homeoffice m\u00f6glich", "Thuiswerk(en) mogelijk", "Et\u00e4ty\u00f6 mahdollista", "M\u00f6jlighet till distansarbete", "possibilit\u00e9 de
 * t\u00e9l\u00e9travail": an office job with days at home, hybrid. Read before a table puts the home word as "remote" (where
 * "remote possible" is remote as an exception). Not "t\u00e9l\u00e9travail complet possible", "100 % Homeoffice m\u00f6glich": the whole week.
 */
/** The rest of the clause says the whole week ("\u00e0 100 %", "depuis toute la France", "from anywhere") or now and then only ("occasionnellement"). */
const WHOLE_OR_RARE = String.raw`[^.;\n]{0,40}?(?:100\s?%|(?<![\p{L}])(?:full|fully|complet\p{L}*|total\p{L}*|enti\p{L}*|vollst\u00e4ndig\p{L}*|komplett\p{L}*|volledig\p{L}*|partout|n['\u2019]importe|cualquier|qualquer|anywhere|\u00fcberall|ortsunabh\u00e4ngig|toute\s+la|todo\s+el|heel|hele|koko|kokonaan|t\u00e4ysin|helt|fuldt|ganz\p{L}*|totalmente|completamente|ca\u0142kowicie|w\s+pe\u0142ni|dowoln\p{L}*|occasion\p{L}*|ponctuel\p{L}*|gelegentlich|ausnahmsweise|exception\p{L}*|excepcional\p{L}*|af\s+en\s+toe|satunnais\p{L}*)(?![\p{L}]))`;
const HOME_POSSIBLE = new RegExp(
  String.raw`(?<![\p{L}])(?<!%\s?)(?<!(?:100|complet|full|totale?|komplett|volledig|enti\u00e8rement)\s*%?\s*)${HOME_WORD_ABROAD}(?:\s+(?:est|ist|is|on|er|\u00e4r|\u00e8|es|\u00e9|jest))?\s+${POSSIBLE_ABROAD}(?![\p{L}])(?!\s*(?:[:,]\s*)?(?:\d|(?:jusqu|bis|tot|up|hasta|at\u00e9|fino|do)\b|(?:un|une|ein|einen|zwei|drei|deux|trois|twee|drie|two|three|one)\s))(?!${WHOLE_OR_RARE})|(?<![\p{L}])(?:possibilit\u00e9\s+de|M\u00f6glichkeit\s+(?:zum|zu|f\u00fcr)|mogelijkheid\s+(?:tot|om\s+te)|M\u00f6jlighet\s+(?:till|att)|mulighed\s+for|mulighet\s+for|posibilidad\s+de|possibilidade\s+de|possibilit\u00e0\s+di|mo\u017cliwo\u015b\u0107)\s+${HOME_WORD_ABROAD}(?![\p{L}])(?!\s*(?:[:,]\s*)?(?:\d|complet|total|100))(?!${WHOLE_OR_RARE})`,
  'giu',
);

/** One line in English words where it is written in German or French; otherwise the line itself. Same length always. */
/** (s60) German "…kenntnisse" of a language, then its CEFR level within a few words: "Deutschkenntnisse auf B2-Niveau", "Franz\u00f6sischkenntnisse (mind. C1)". */
const KNOWLEDGE_NAMES: Readonly<Record<string, string>> = { deutsch: 'German', englisch: 'English', 'franz\u00f6sisch': 'French', spanisch: 'Spanish', italienisch: 'Italian', 'niederl\u00e4ndisch': 'Dutch', polnisch: 'Polish', tschechisch: 'Czech' };
const KNOWLEDGE_LEVEL = /(?<![\p{L}])(deutsch|englisch|franz\u00f6sisch|spanisch|italienisch|niederl\u00e4ndisch|polnisch|tschechisch)kenntnisse\s+(?:\(\s*)?(?:(?:auf|mit)\s+(?:dem\s+)?|mind(?:estens|\.)\s*|(?:Niveau|Level|Stufe)\s+)*([ABC][12])(?![\p{L}\d])(?:\s*[-\u2013]?\s*(?:Niveau|Level))?(?:\s*\))?/giu;

function lineInEnglish(written: string, hint: TextLanguage | null = null): string {
  // (s51: a line in Chinese, Japanese or Korean says much in few letters, "\u5168\u804c\u5750\u73ed", "\uc7ac\ud0dd \ubd88\uac00": read however short.)
  if ((written.length < 6 && (written.match(CJK_LETTER) ?? []).length < 2) || !/\p{L}{2}/u.test(written)) return written;
  // (s61: see FEW_TABLE_WORDS.)
  written = fewTableWords(written);
  // (s44: French inclusive writing, "autoris\u00e9\u00b7e", "d\u00e9veloppeur\u00b7se", "candidat(e)s": the marks read as spaces, the word as its root.)
  const dotted = written.includes('\u00b7') || /\p{L}\((?:e|es|ne|se|rice)\)/u.test(written) ? written.replace(/(?<=\p{L})(?:\u00b7(?:e|es|ne|nes|se|ses|rice|rices)|\((?:e|es|ne|se|rice)\))(?![\p{L}])/gu, (m) => ' '.repeat(m.length)) : written;
  // (s55: Monday to Friday, read before a table puts its joining words in English: see MON_FRI_ANY.)
  const weekdays = /lun|Mon|maandag|poniedzia|pond\u011bl|segunda/i.test(dotted) ? dotted.replace(MON_FRI_ANY, (m) => fitFirst(['Mon-Fri'], m)) : dotted;
  const possible = HOME_POSSIBLE.test(weekdays) ? weekdays.replace(HOME_POSSIBLE, (m) => fit('hybrid', m)) : weekdays;
  // (s51: work from home refused, read before a table puts the home word alone in English.)
  NO_HOME_ANY.lastIndex = 0;
  NO_HOME_AFTER.lastIndex = 0;
  const refused = NO_HOME_ANY.test(possible) || NO_HOME_AFTER.test(possible) ? possible.replace(NO_HOME_ANY, (m) => fitFirst(['no remote', 'no WFH'], m)).replace(NO_HOME_AFTER, (m) => fitFirst(['no remote', 'no WFH'], m)) : possible;
  // (s52: one day in words, read before a table puts "einem" as "a".)
  // (s58: the rest of the week at home, read before a table puts its words in English one by one: see REST_HOME_ANY.)
  // (s60: see TIMES_OF_WEEK; and a German knowledge of a language with its CEFR level after it, "Deutschkenntnisse auf B2-Niveau", "Deutschkenntnisse (C1)":
  // the language and its level, read before the tables, which put the name in English and leave its level apart.)
  const line = refused
    .replace(ONE_DAY_WORD, (m) => fit('1', m))
    .replace(REST_HOME_ANY, (m) => fitFirst(['otherwise from home', 'else from home', 'else WFH'], m))
    .replace(TIMES_OF_WEEK, (m, one?: string, two?: string) => fitFirst(one ? ['once'] : two ? ['twice', '2x'] : ['3 times', '3x'], m))
    .replace(KNOWLEDGE_LEVEL, (m, name: string, level: string) => fit(`${KNOWLEDGE_NAMES[name.toLowerCase()] ?? 'English'} ${level.toUpperCase()}`, m));
  const english = count(ENGLISH_WORDS, line);
  // (A line in Korean, Japanese or Chinese: two of their letters make it so; its English names stay as they are.)
  if ((line.match(CJK_LETTER) ?? []).length >= 2) {
    // (s50: "\u4e09\u5e74\u4ee5\u4e0a", "\u4e94\u5e74\u4ee5\u4e0a": a count of years in Chinese numerals reads as its digit.)
    let out = cjkLanguageSpoken(line).replace(CJK_YEAR_COUNT, (m) => String(CJK_DIGIT.indexOf(m) > 9 ? 2 : CJK_DIGIT.indexOf(m)));
    for (const [re, english] of CJK) out = out.replace(re, (m) => fit(english, m));
    return out;
  }
  const decided = decidedTable(line);
  // (s47: a short line of a text written in one language, "Programmeerervaring in Go of Python" under Dutch asks, holds
  // fewer of its words than a line of its own needs: one word of the text's language, and no more English, make it so.)
  const englishOwn = hint && !decided ? count(ENGLISH_WORDS, line.replace(hint.shared, (m) => ' '.repeat(m.length))) : english;
  const pairs = decided ?? (hint && englishOwn <= 1 && count(hint.words, line) >= Math.max(1, englishOwn) ? hint.pairs : null);
  // (A line mostly English keeps its words. The years in any language are read before the language's own table, which
  // would put its year word in English and hide whose the years are.)
  if (!pairs) return english >= 3 ? line : anyLanguageDegree(anyLanguageSpoken(anyLanguageStatus(anyLanguageMode(anyLanguageYears(line)))));
  // (The spoken languages before the table, which puts some names in English and leaves their levels apart.)
  // (And the visa before it: "visto de trabalho" is one phrase, not "visto of trabalho".)
  let out = anyLanguageStatus(anyLanguageSpoken(anyLanguageYears(line)));
  for (const [re, english] of pairs) out = out.replace(re, (m) => fit(english, m));
  return anyLanguageDegree(anyLanguageMode(out));
}

/**
 * (s61) Words of asking in languages no table reads, each put in English where it stands (padded to its length), before the
 * readers of years, work mode, spoken languages and degrees, which then read the line as they read an English one: Greek,
 * Estonian, Ukrainian, Malay and Indonesian, Catalan, and Slovak beside the Czech table's words.
 */
const FEW_TABLE_WORDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  // Greek: "Τουλάχιστον 3 έτη εμπειρίας", years as "έτη" / "ετών"; "Υβριδικό μοντέλο", "εξ αποστάσεως" (remote), "στα γραφεία
  // μας" (at our offices); "Άριστη / Πολύ καλή γνώση αγγλικών" (excellent / very good knowledge of English).
  [/(?<=\d\s?\+?\s?)(?:\u03ad\u03c4\u03b7|\u03b5\u03c4\u03ce\u03bd)(?![\p{L}])/giu, ['yrs']],
  [/(?<![\p{L}])\u03c4\u03bf\u03c5\u03bb\u03ac\u03c7\u03b9\u03c3\u03c4\u03bf\u03bd(?=\s*\d)/giu, ['at least']],
  [/(?<![\p{L}])\u03c5\u03b2\u03c1\u03b9\u03b4\u03b9\u03ba\p{L}*/giu, ['hybrid']],
  [/(?<![\p{L}])(?:\u03b5\u03be\s+\u03b1\u03c0\u03bf\u03c3\u03c4\u03ac\u03c3\u03b5\u03c9\u03c2|\u03c4\u03b7\u03bb\u03b5\u03c1\u03b3\u03b1\u03c3\u03af\u03b1|\u03b1\u03c0\u03bf\u03bc\u03b1\u03ba\u03c1\u03c5\u03c3\u03bc\u03ad\u03bd\u03b7)(?![\p{L}])/giu, ['remote']],
  [/(?<![\p{L}])(?:\u03b5\u03c1\u03b3\u03b1\u03c3\u03af\u03b1\s+(?:\p{L}+\s+)?)?(?:\u03c3\u03c4\u03b1\s+\u03b3\u03c1\u03b1\u03c6\u03b5\u03af\u03b1|\u03c3\u03c4\u03bf\s+\u03b3\u03c1\u03b1\u03c6\u03b5\u03af\u03bf)(?:\s+\u03bc\u03b1\u03c2)?(?![\p{L}])/giu, ['work at our office', 'at our office', 'in office']],
  [/(?<![\p{L}])(?:\u03ac\u03c1\u03b9\u03c3\u03c4\u03b7|\u03c0\u03bf\u03bb\u03cd\s+\u03ba\u03b1\u03bb\u03ae)\s+\u03b3\u03bd\u03ce\u03c3\u03b7(?![\p{L}])/giu, ['fluent']],
  // Estonian: "4-aastane kogemus" (a four-year experience), "kaugtöö" (remote work), "hübriidtöö", "Töö kontoris" (work at the
  // office), "kõrgtasemel" (at a high level), a degree's "kõrgharidus" (higher education), "eeliseks" / "plussiks" (an
  // advantage), "ei ole nõutav" (not required).
  [/(?<![\p{L}\d])(\d{1,2})-aastan\p{L}*\s+(?:t\u00f6\u00f6)?kogemus\p{L}*/giu, ['$1 yrs experience', '$1 yrs exp']],
  [/(?<![\p{L}])kaugt\u00f6\u00f6\p{L}*/giu, ['remote']],
  [/(?<![\p{L}])h\u00fcbriid\p{L}*/giu, ['hybrid']],
  [/(?<![\p{L}])t\u00f6\u00f6\s+kontoris(?![\p{L}])/giu, ['work in office', 'in office']],
  [/(?<![\p{L}])k\u00f5rgtasemel(?![\p{L}])/giu, ['fluent']],
  [/(?<![\p{L}])k\u00f5rgharidus(?:e|t)?(?=\s+(?!on\s|ei\s)\p{Ll})/giu, ['degree in']],
  [/(?<![\p{L}])k\u00f5rgharidus(?:e|t)?(?![\p{L}])/giu, ['a degree']],
  [/(?<![\p{L}])(?:on\s+)?(?:eeliseks|plussiks)(?![\p{L}])/giu, ['a plus']],
  [/(?<![\p{L}])ei\s+ole\s+n\u00f5utav(?![\p{L}])/giu, ['not required']],
  // Ukrainian: "Віддалена робота", "Повністю віддалено" (remote), "гібридний формат", "Вища (технічна) освіта" (higher
  // education), "бажана" (wished), "не обов'язкова" (not required), "на місяць" (a month), "на рівні" (at the level of: left
  // out, as "English: Intermediate" says it), "але" (but).
  [/(?<![\p{L}])(?:\u043f\u043e\u0432\u043d\u0456\u0441\u0442\u044e\s+)?\u0432\u0456\u0434\u0434\u0430\u043b\u0435\u043d\p{L}*(?:\s+\u0440\u043e\u0431\u043e\u0442\p{L}*)?/giu, ['fully remote', 'remote']],
  [/(?<![\p{L}])\u0433\u0456\u0431\u0440\u0438\u0434\u043d\p{L}*/giu, ['hybrid']],
  [/(?<![\p{L}])\u0432\u0438\u0449\p{L}*\s+(?:\p{L}+\s+)?\u043e\u0441\u0432\u0456\u0442\p{L}*/giu, ['university degree', 'a degree']],
  [/(?<![\p{L}])\u0431\u0430\u0436\u0430\u043d\p{L}*/giu, ['preferred', 'a plus']],
  [/(?<![\p{L}])\u043d\u0435\s+\u043e\u0431\u043e\u0432['\u2019]\u044f\u0437\u043a\u043e\u0432\p{L}*/giu, ['not required']],
  [/(?<![\p{L}])\u043d\u0430\s+\u043c\u0456\u0441\u044f\u0446\u044c(?![\p{L}])/giu, ['a month']],
  [/(?<![\p{L}])\u043d\u0430\s+\u0440\u0456\u0432\u043d\u0456(?![\p{L}])/giu, ['']],
  [/(?<![\p{L}])\u0430\u043b\u0435(?![\p{L}])/giu, ['but']],
  // Malay and Indonesian: "Ijazah Sarjana Muda" (a bachelor's), "Ijazah Sarjana" (a master's), "(Fasih / Mampu) berbahasa
  // Inggeris / Inggris" (speaks English), "pasif" (passive: a basic command).
  [/(?<![\p{L}])(?:ijazah\s+)?sarjana\s+muda(?![\p{L}])/giu, ["bachelor's degree", "bachelor's"]],
  [/(?<![\p{L}])ijazah\s+sarjana(?![\p{L}])/giu, ["master's degree", "master's"]],
  [/(?<![\p{L}])(?:fasih|mampu)\s+(?:ber)?bahasa\s+ingg(?:eris|ris)(?![\p{L}])/giu, ['fluent English', 'speaks English']],
  [/(?<![\p{L}])(?:ber)?bahasa\s+ingg(?:eris|ris)\s+pasif(?![\p{L}])/giu, ['English: basic']],
  // (s61 batch 2: "Bahasa Inggris aktif" (active), "Boleh bertutur dalam Bahasa Inggeris" (can speak), before the name alone.)
  [/(?<![\p{L}])(?:ber)?bahasa\s+ingg(?:eris|ris)\s+aktif(?![\p{L}])/giu, ['English: good']],
  [/(?<![\p{L}])(?:boleh\s+)?bertutur\s+dalam\s+(?:bahasa\s+)?ingg(?:eris|ris)(?![\p{L}])/giu, ['Can speak English', 'speak English']],
  [/(?<![\p{L}])(?:ber)?bahasa\s+ingg(?:eris|ris)(?![\p{L}])/giu, ['English']],
  // Catalan: "en remot" (remote), on a line the Spanish table would otherwise read "in remot".
  [/(?<![\p{L}])en\s+remot(?![\p{L}])/giu, ['remote']],
  // Slovak beside the Czech table: "týždenne" (a week; "dvakrát týždenne", twice a week), "v kancelárii" (in the office), "vysokoškolské vzdelanie" (a university
  // degree); Czech and Slovak titles of a master's named together, "Ing. či Mgr.", "titul Ing./Mgr.".
  [/(?<![\p{L}])dvakr\u00e1t\s+t\u00fd\u017edenne(?![\p{L}])/giu, ['twice a week']],
  [/(?<![\p{L}])raz\s+t\u00fd\u017edenne(?![\p{L}])/giu, ['once a week']],
  [/(?<![\p{L}])trikr\u00e1t\s+t\u00fd\u017edenne(?![\p{L}])/giu, ['3x a week']],
  [/(?<![\p{L}])t\u00fd\u017edenne(?![\p{L}])/giu, ['a week']],
  [/(?<![\p{L}])v\s+kancel\u00e1rii(?![\p{L}])/giu, ['in office']],
  [/(?<![\p{L}])vysoko\u0161kolsk\u00e9\s+vzdelanie(?![\p{L}])/giu, ['university degree']],
  [/(?<![\p{L}])(?:titul\s+)?(?:Ing\.\s*(?:\u010di|nebo|alebo|\/|,)\s*Mgr\.|Mgr\.\s*(?:\u010di|nebo|alebo|\/|,)\s*Ing\.)/gu, ["master's degree", "master's"]],
  // (s61, batch 2 tune:) Greek days, "2 ημέρες τηλεργασία", and a good knowledge, "Καλή γνώση"; Estonian "kohapeal" (on site)
  // and a conversational level, "suhtlustasemel"; Romanian and Catalan floors between the experience and its years, "Experiență
  // de cel puțin 4 ani", "Experiència mínima de 2 anys"; Indonesian "Berpengalaman" (experienced), "Bahasa Inggris aktif";
  // Malay and Indonesian work at the office or the plant, "Bekerja di pejabat / kantor / kilang", citizens only, "Warganegara
  // Malaysia sahaja", "Hanya warganegara Malaysia", speaking English, "Boleh bertutur dalam Bahasa Inggeris"; Lithuanian "Darbas
  // vietoje" (work on site). (The Malay and Indonesian speaking of English is read before the name alone, above.)
  [/(?<=\d\s?)(?:\u03b7\u03bc\u03ad\u03c1\u03b5\u03c2|\u03bc\u03ad\u03c1\u03b5\u03c2)(?![\p{L}])/giu, ['days']],
  [/(?<![\p{L}])\u03ba\u03b1\u03bb\u03ae\s+\u03b3\u03bd\u03ce\u03c3\u03b7(?![\p{L}])/giu, ['good']],
  [/(?<![\p{L}])kohapeal(?![\p{L}])/giu, ['on-site']],
  [/(?<![\p{L}])suhtlustasemel(?![\p{L}])/giu, ['conversational']],
  [/(?<![\p{L}])(?:de\s+)?cel\s+pu[\u021b\u0163]in(?=\s*\d)/giu, ['at least']],
  [/(?<![\p{L}])m[i\u00ed]nima\s+de(?=\s*\d)/giu, ['at least']],
  [/(?<![\p{L}])berpengalaman(?![\p{L}])/giu, ['experience']],
  [/(?<![\p{L}])bekerja\s+di\s+kilang(?![\p{L}])/giu, ['work in our plant']],
  [/(?<![\p{L}])bekerja\s+di\s+(?:pejabat|kantor)(?![\p{L}])/giu, ['work in office']],
  [/(?<![\p{L}])(?:[Hh]anya\s+)?[Ww]arganegara\s+(\p{Lu}\p{L}+)(?:\s+sahaja)?(?![\p{L}])/gu, ['$1 citizens only']],
  [/(?<![\p{L}])darbas\s+vietoje(?![\p{L}])/giu, ['on-site work']],
  // (s62 lead) Slovenian: "Vsaj 4 leta izku\u0161enj" (at least 4 years of experience; "let" from five), "Univerzitetna / Visoko\u0161olska
  // izobrazba" (a university degree), "ra\u010dunalni\u0161ke smeri" (in computing).
  [/(?<![\p{L}])vsaj(?=\s*\d)/giu, ['at least', 'min']],
  [/(?<=\d\s?\+?\s?)let[ao]?(?![\p{L}])/giu, ['yrs']],
  [/(?<![\p{L}])izku\u0161enj\p{L}*/giu, ['experience', 'exp']],
  [/(?<![\p{L}])(?:univerzitetn\p{L}*|visoko\u0161olsk\p{L}*)\s+izobrazb\p{L}*/giu, ['university degree', 'a degree']],
  [/(?<![\p{L}])ra\u010dunalni\u0161ke\s+smeri(?![\p{L}])/giu, ['in computing']],
  // (s62 lead) Azerbaijani: "\u018fn az\u0131 3 il ... t\u0259crüb\u0259" (at least 3 years of experience), "Ali t\u0259hsil" (higher education),
  // "Az\u0259rbaycan v\u0259 ingilis dill\u0259rini bilm\u0259k" (to know Azerbaijani and English), "ingilis dili" (English).
  [/(?<![\p{L}])\u0259n\s+az\u0131\s+(\d{1,2})\s+il(?:lik)?(?![\p{L}])/giu, ['min $1 yrs', '$1+ yrs']],
  [/(?<![\p{L}])t\u0259crüb\u0259\p{L}*/giu, ['experience', 'exp']],
  [/(?<![\p{L}])ali\s+t\u0259hsil(?![\p{L}])/giu, ['a degree']],
  [/(?<![\p{L}])\u015f\u0259b\u0259k\u0259\s+administrator\p{L}*/giu, ['network administrator', 'network admin']],
  [/(?<![\p{L}])sistem\s+administrator(?:u|unun)(?![\p{L}])/giu, ['system administrator', 'sysadmin']],
  [/(?<![\p{L}])az\u0259rbaycan\s+v\u0259\s+ingilis\s+dill\u0259rini(?:\s+bilm\u0259k)?(?![\p{L}])/giu, ['good Azerbaijani and English', 'Azerbaijani and English']],
  [/(?<![\p{L}])ingilis\s+dilini(?:\s+bilm\u0259k)?(?![\p{L}])/giu, ['good English', 'English']],
  [/(?<![\p{L}])ingilis(?:\s+dili)?(?![\p{L}])/giu, ['English']],
];
const FEW_TABLE_SAID = new RegExp(FEW_TABLE_WORDS.map(([re]) => re.source).join('|'), 'iu');
function fewTableWords(line: string): string {
  if (!FEW_TABLE_SAID.test(line) && !/aasta/i.test(line)) return line;
  let out = line;
  // (Estonian years in words, "v\u00e4hemalt kolm aastat": the count's digit, padded on its left beside the year word, as YEAR_COUNT_WORD does.)
  out = out.replace(/(?<![\p{L}])(kaks|kolm|neli|viis|kuus|seitse|kaheksa|\u00fcheksa|k\u00fcmme)(?=\s+aasta)/giu, (m: string, w: string) => {
    const d = String(['kaks', 'kolm', 'neli', 'viis', 'kuus', 'seitse', 'kaheksa', '\u00fcheksa', 'k\u00fcmme'].indexOf(w.toLowerCase()) + 2);
    return ' '.repeat(m.length - d.length) + d;
  });
  for (const [re, englishes] of FEW_TABLE_WORDS)
    out = out.replace(re, (m: string, n?: unknown) => fitFirst(englishes.map((e) => (typeof n === 'string' ? e.replace('$1', n) : e)), m));
  return out;
}

/** The table of the language a line is written in, by the words of each it holds; null for English or no language known. */
function decidedTable(line: string): readonly Pair[] | null {
  const english = count(ENGLISH_WORDS, line);
  const german = count(GERMAN_WORDS, line);
  const french = count(FRENCH_WORDS, line);
  const iberian = count(IBERIAN_WORDS, line);
  const polish = count(POLISH_WORDS, line);
  const nordic = count(NORDIC_WORDS, line);
  const dutch = count(DUTCH_WORDS, line);
  const italian = count(ITALIAN_WORDS, line);
  const indonesian = count(INDONESIAN_WORDS, line);
  const czech = count(CZECH_WORDS, line);
  const turkish = count(TURKISH_WORDS, line);
  // (French and Spanish share "de" and "en": the language with more words of its own wins.)
  // (s58: French and Dutch too: "Je werkt op dinsdag en donderdag op kantoor, de rest van de week thuis" counts "de", "en" as
  // French; it is Dutch where Dutch words are as many or more.)
  return german >= 2 && german > english && german >= french ? GERMAN : iberian >= 2 && iberian > english && (iberian > french || (iberian === french && IBERIAN_ONLY.test(line))) ? IBERIAN : french >= 2 && french > english && french > nordic && french > dutch ? FRENCH : polish >= 2 && polish > english ? POLISH : nordic >= 2 && nordic > english && nordic > german ? NORDIC : dutch >= 2 && dutch > english && dutch > german && dutch >= nordic ? DUTCH : italian >= 2 && italian > english && italian > iberian && italian > french ? ITALIAN : indonesian >= 2 && indonesian > english ? INDONESIAN : czech >= 2 && czech > english && czech > polish ? CZECH : turkish >= 2 && turkish > english ? TURKISH : null;
}

/** A language's table of phrases and the words that tell a line is written in it. */
interface TextLanguage {
  pairs: readonly Pair[];
  words: RegExp;
  /** The words it spells as English does ("in", "of"): no sign of an English line. */
  shared: RegExp;
}
// (Only the languages whose short lines hold a joiner the table puts in English: Dutch "of", Polish "lub".)
const HINTED: readonly TextLanguage[] = [
  { pairs: DUTCH, words: DUTCH_WORDS, shared: /(?<![\p{L}])(?:in|of|is|we|an|over|door)(?![\p{L}])/giu },
  { pairs: POLISH, words: POLISH_WORDS, shared: /(?<![\p{L}])(?:a|to|we|do)(?![\p{L}])/giu },
  // (s48: "God f\u00f6rst\u00e5else f\u00f6r testautomatisering" under Swedish asks.)
  { pairs: NORDIC, words: NORDIC_WORDS, shared: /(?<![\p{L}])(?:i|in|for|under|at)(?![\p{L}])/giu },
];
/** Languages a text is known to be written in only by its lines read one by one (decidedTable). */
const BY_LINE: readonly TextLanguage[] = [
  { pairs: GERMAN, words: GERMAN_WORDS, shared: /(?<![\p{L}])(?:in|an|will)(?![\p{L}])/giu },
  { pairs: FRENCH, words: FRENCH_WORDS, shared: /(?<![\p{L}])(?:a|en)(?![\p{L}])/giu },
  { pairs: IBERIAN, words: IBERIAN_WORDS, shared: /(?<![\p{L}])(?:a|en)(?![\p{L}])/giu },
  { pairs: ITALIAN, words: ITALIAN_WORDS, shared: /(?<![\p{L}])(?:a|in)(?![\p{L}])/giu },
];
/** The language three or more of a text's lines are written in, by the words each holds, where no other is; else null. */
function textLanguage(lines: readonly string[]): TextLanguage | null {
  const tallies = HINTED.map((l) => lines.filter((line) => count(l.words, line) >= 2 && count(l.words, line) > count(ENGLISH_WORDS, line)).length);
  const most = Math.max(...tallies);
  if (most >= 3 && tallies.filter((t) => t > 0).length === 1) return HINTED[tallies.indexOf(most)]!;
  if (most > 0) return null;
  // (s49: "Terraform y Kubernetes", "Scripting en Python o Bash" under Spanish asks: a text three or more of whose lines are
  // read as German, French, Spanish or Italian, two or more and twice as many of them in one as in the others, reads its
  // short lines in that language too.)
  const tables = lines.map(decidedTable);
  const seen = BY_LINE.map((l) => tables.filter((t) => t === l.pairs).length);
  const top = Math.max(...seen);
  const others = tables.filter((t) => t !== null && !BY_LINE.some((l) => l.pairs === t)).length;
  // (Spanish and French share "de", "en", "la": a line or two of one read as the other leaves the text the first's.)
  const rest = seen.reduce((a, b) => a + b, 0) - top;
  return top >= 2 && top + rest >= 3 && top >= 2 * rest && others === 0 ? BY_LINE[seen.indexOf(top)]! : null;
}

/** A text with each German or French line's words of asking in English; the same length, line for line. */
export function inEnglish(text: string): string {
  // ("Deutschkenntnisse sind von Vorteil": a German line need hold no umlaut and no "und".)
  if (!FEW_TABLE_SAID.test(text) && !/[äöüßéèàâêîôûçáíóúñã\u0105\u0119\u0142\u0144\u015b\u017a\u017c]|\b(?:und|oder|mit|sind|ist|von|sehr|jahre|mindestens|berufserfahrung|erfahrung|kenntnisse|et|ou|avec|ans|y|o|con|com|anos|lat|lata|lub|oraz|och|og|eller|minst|jaar|ervaring|minimaal|dagen|kantoor|locatie|anni|almeno|laurea|sede|presenza|tahun|pengalaman|minimal|let|roky|lisans|mindst|erfaring|erfarenhet|kennis|het|jij|hebt|ongeacht|maakt)\b|y\u0131l/i.test(text) && !/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && !ANY_YEAR_SAID.test(text) && !YEARS_ADJECTIVE_DIGIT_SAID.test(text) && !YEAR_COUNT_SAID.test(text) && !MODE_SAID.test(text) && !OTHER_SAID.test(text) && !(NATIVE_SAID ??= new RegExp(NATIVE_NAME.source, 'iu')).test(text) && !DEGREE_SAID.test(text) && !nameAbroadIn(text) && !new RegExp(KNOWLEDGE_LEVEL.source, 'iu').test(text)) return text;
  const lines = text.split('\n');
  const hint = textLanguage(lines);
  return lines.map((l) => lineInEnglish(l, hint)).join('\n');
}

/** (s52) Each section read in English, and the text the posting gave it (see writtenTextOf). */
const WRITTEN = new WeakMap<object, string>();
/**
 * (s52) The text a section read in English had as the posting wrote it (same length), or undefined where it was read as
 * written: where the two differ in spaces, the spaces are a stand-in's padding ("minst tre \u00e5rs" read "min     3 yrs"),
 * no gap the posting set.
 */
export function writtenTextOf(section: object): string | undefined {
  return WRITTEN.get(section);
}

/** The posting with its title, location and sections' texts read by inEnglish (headings and offsets as they are). */
export function postingInEnglish(posting: Posting): Posting {
  const sections = posting.sections.map((s) => {
    const text = inEnglish(s.text);
    if (text === s.text) return s;
    const read = { ...s, text };
    WRITTEN.set(read, s.text);
    return read;
  });
  if (sections.every((s, k) => s === posting.sections[k])) return posting;
  return { ...posting, sections };
}

/* ---------- work mode from places and times (s56) ---------- */

/**
 * (s56) Work mode said with no mode word, in any language, read as a small grammar over a vocabulary of places and times
 * rather than as whole sentences: the PLACE of the employer's work (an office, a studio, a plant, a lab bench, a hangar, a
 * control room, a production line, building sites, customers' sites), the HOME of the hire (your home address, your own flat,
 * "chez toi", "evine", "\u3054\u81ea\u5b85"), the team SPREAD over places ("spread over 9 countries", "da\u011f\u0131lm\u0131\u015f", "\u5168\u56fd\u306b\u6563\u3089\u3070\u3063\u3066"), a
 * TIME-ZONE band ("CET +- 2", "overlap from 10:00 to 15:00 CET"), ANYWHERE in a country ("her yerinden", "var du vill"),
 * and the TIMES of presence: part of the week (some weekdays named, two days a week, half the week, anchor days), the whole
 * week (every morning, daily, shifts, Monday to Friday), or rarely (once a month, a quarter, a year). A sentence composes:
 * - part of the week with a place, the team, a named place or home: hybrid ("Montags und donnerstags arbeiten wir gemeinsam
 *   in Kreuzberg"; "Deux jours par semaine chez toi, le reste avec l'equipe");
 * - home, spread, a time-zone band or anywhere, with no part of the week: remote (meetups a month, a quarter or a year apart
 *   do not change it: "collega's zie je op de kwartaaldag");
 * - the job's own place (your seat, desk, workplace, workday, shifts; you working there; a work verb there) or a place with
 *   the whole week, and no home: on site ("Your seat is at the client's operations centre", "Din arbetsdag borjar vid
 *   monteringslinjen", daily visits to customers' sites).
 * Read only where the readers above found no mode (facts.ts): a last reading, not a new priority.
 */
const L = String.raw`(?<![\p{L}\p{N}])`;
const R = String.raw`(?![\p{L}])`;
const G_PLACE = new RegExp(
  L +
    String.raw`(?:offices?|studio|hub|campus|(?<!web\s)sites?(?!\s+reliab)|plant|factory|lab|laborator(?:y|ies)|workshop|warehouse|depot|hangar|refinery|control\s+room|operations\s+cent(?:re|er)|NOC|test\s+(?:facility|lab|bench|hall|rig)|(?:production|assembly|stamping|packing|bottling)\s+line|shop\s+floor|cleanroom|data\s+cent(?:re|er)s?|hospital|clinics?|wards?|building\s+sites?|construction\s+sites?|wind\s+farms?|premises|fulfil?ment\s+cent(?:re|er)|distribution\s+cent(?:re|er)|(?<!help\s|service\s)desks?|seat|bench` +
    // Dutch, German, French, Spanish, Portuguese, Italian
    String.raw`|kantoor|werkplek|fabriek|controlekamer|testhal|planningsruimte|vestiging|bouwplaats|magazijn|B\u00fcro|Standort\p{L}*|Labor|Anlage|\p{L}*[Hh]alle|Klinik\p{L}*|Einsatzort|Arbeitsort|Arbeitsplatz|Baustelle\p{L}*|Werkstatt|bureaux?|locaux|usine|atelier|laboratoire|bancs?\s+de\s+test|chantiers?|entrep\u00f4t|clinique|oficina|planta|nave|f\u00e1brica|taller|laboratorio|sede|cl\u00ednicas?|parques?\s+e\u00f3licos|obras?|almac\u00e9n|instalaciones|escrit\u00f3rio|laborat\u00f3rio|armaz\u00e9m|ufficio|stabilimento|bancone|cantiere|magazzino|fabbrica` +
    // Polish, Czech, Nordic, Turkish
    String.raw`|biur\p{L}*|hal\p{L}*\s+produkcyjn\p{L}*|zak\u0142ad\p{L}*|fabryk\p{L}*|laboratori\p{L}*|kancel\u00e1\u0159\p{L}*|d\u00edln\p{L}*|z\u00e1vod\p{L}*|kontor\p{L}*|labb\p{L}*|fabrik\p{L}*|verkstad\p{L}*|verksted\p{L}*|\p{L}*linje[nr]?|\p{L}*hall(?:ar|en|arna)|byggeplass\p{L}*|byggarbetsplats\p{L}*|ofis\p{L}*|fabrika\p{L}*|\u015fantiye\p{L}*)` +
    R +
    // Japanese, Korean, Chinese
    String.raw`|\u5de5\u5834|\u4e8b\u696d\u6240|\u30aa\u30d5\u30a3\u30b9|\u73fe\u5834|\u672c\u793e|\u5ba2\u5148|\u7814\u7a76\u6240|\u4e8b\u52d9\u6240|\uc0ac\ubb34\uc2e4|\uacf5\uc7a5|\uc0ac\uc5c5\uc7a5|\ud074\ub9b0\ub8f8|\ud604\uc7a5|\u529e\u516c\u5ba4|\u5de5\u5382|\u8f66\u95f4|\u73b0\u573a`,
  'iu',
);
// (s59: Slovak and Czech "pr\u00e1ca" / "pr\u00e1ce" (the work) at a place, "Pr\u00e1ca priamo vo v\u00fdrobnom z\u00e1vode": the job's own place.)
/** The job's own place said of the hire: your seat, desk, workplace, workday or shifts; "you'll badge into". */
const G_ANCHOR = new RegExp(
  String.raw`${L}(?:your\s+(?:own\s+)?(?:seat|desk|workplace|work\s*station|workday|working\s+day|shifts?|days|base)|you(?:'|\u2019)ll\s+(?:badge|clock)\s+in(?:to)?|you(?:'|\u2019)ll\s+be\s+(?:on|in|at)|(?:je|jouw)\s+(?:werkplek|dagen)|je\s+zit|(?:dein|ihr)\s+(?:Arbeitsplatz|Einsatzort|Arbeitstag)|Einsatzort|(?:ton|votre)\s+(?:bureau|poste|lieu)|(?:tu|su)\s+(?:puesto|d\u00eda\s+a\s+d\u00eda|lugar)|trabajas\s+en|il\s+tuo\s+(?:posto|ufficio)|(?:din|ditt)\s+(?:arbetsdag|arbetsplats|kontor|arbeidsdag|arbeidsplass)|du\s+(?:jobber|jobbar|arbetar|arbeider)|praca\s+na|pracujesz\s+(?:w|na)|pr\u00e1c[ae](?=\s+(?:\p{L}+\s+){0,2}(?:v|vo|na)\s)|(?:seu|teu)\s+(?:posto|dia))${R}|\u52e4\u52d9\u5730|\u901a\u52e4|\u8a2a\u554f\u3057|\uc5d0\uc11c\s?\uadfc\ubb34|\ucd9c\uadfc`,
  'iu',
);
const G_HOME = new RegExp(
  String.raw`${L}(?:(?:from|at)\s+home|your\s+(?:own\s+)?(?:homes?|flat|apartment|house|home\s+address|address|door|kitchen\s+table|home\s+city)|their\s+own\s+homes?|wherever\s+you\s+live|huisadres|thuis|vanuit\s+huis|zu\s+Hause|daheim|nach\s+Hause|chez\s+(?:toi|vous|soi)|(?:tu|su)\s+(?:casa|domicilio)|desde\s+casa|desde\s+donde|su\s+ciudad|(?:tua|sua)\s+casa|em\s+casa|da\s+casa|da\s+dove|do\s+(?:twojego\s+)?domu|z\s+domu|mieszkani\p{L}*|sk\u0105d\s+chcesz|dom\u016f|z\s+domova|odkud\s+chce\u0161|hemifr\u00e5n|hemma|hjemme|hjem|ev(?:ine|inden|den|de)|nereden)${R}|\u81ea\u5b85|\u5728\u5b85|\u96c6\u3067|\uc9d1\uc73c\ub85c|\uc9d1\uc5d0\uc11c|\uc7ac\ud0dd|\u5728\u5bb6|\u5c45\u5bb6`,
  'iu',
);
/** Anywhere in a country or region, a place of one's choosing (English "anywhere" after a verb of working or living: not "deployed anywhere"). */
const G_ANYWHERE = new RegExp(
  String.raw`${L}(?:(?:work|working|live|living|based|from|hire|hiring|join)\s+(?:\p{L}+\s+){0,2}?anywhere|live\s+wherever|any\s+(?:EU\s+|European\s+)?(?:country|state|city|province)|her\s+yer(?:in)?den|nerede\s+olursan|var\s+du\s+vill|hvor\s+du\s+vil|donde\s+quieras|onde\s+quiseres|wo\s+(?:immer\s+)?du\s+willst|o\u00f9\s+tu\s+veux|ovunque|gdziekolwiek|kdekoli|ortsunabh\u00e4ngig|ortsungebunden|plaatsonafhankelijk)${R}|\u3069\u3053\u306b\u4f4f\u3093\u3067\u3044\u3066\u3082|\u3069\u3053\u304b\u3089\u3067\u3082|\u5168\u56fd\u3069\u3053|\uc5b4\ub514\uc11c\ub4e0|\u4efb\u4f55\u57ce\u5e02`,
  'iu',
);
/** The team spread over places: "spread over 9 countries", "live between Porto and Tallinn", "dagilmis", "\u5168\u56fd\u306b\u6563\u3089\u3070\u3063\u3066". */
const G_SPREAD = new RegExp(
  String.raw`${L}(?:(?:spread|scattered|dispersed|distributed)\s+(?:out\s+)?(?:over|across|around|between|throughout)|(?:live|living|based)\s+(?:in|across|over)\s+(?:\p{L}+\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:\p{L}+\s+)?(?:countries|cities|states|provinces|time\s*zones)|(?:lives?|living|based)\s+(?:somewhere\s+)?between\s+\p{Lu}\p{L}+\s+and\s+\p{Lu}\p{L}*|da\u011f\u0131l\p{L}*|rozproszon\p{L}*|rozsian\p{L}*|repartid[oa]s?|espalhad[oa]s?|verspreid|verteilt|r\u00e9partie?s?|utspridd\p{L}*|spredt|po\s+cel\u00e9\s+(?:republice|zemi)|vive\s+en\s+\p{L}+\s+(?:estados|pa\u00edses|ciudades))${R}|\u6563\u3089\u3070\u3063\u3066|\u5168\u56fd\u306b|\uc804\uad6d\s?\uac01\uc9c0|\u5206\u5e03\u5728`,
  'iu',
);
/**
 * A band of time zones or the team's overlap in a zone's hours: "CET +- 2", "between UTC-1 and UTC+3", "we overlap from 10:00 to
 * 15:00 CET". Not an overlap asked of the hire ("four hours of overlap with our US time zones", facts-s54): no band.
 */
const G_ZONE_BAND = new RegExp(
  String.raw`${L}(?:(?:CET|CEST|UTC|GMT|EET|WET|ET|PT|CT)\s*(?:\u00b1|\+\/-|\+-)\s*\d|(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}\s+(?:and|to)\s+(?:UTC|GMT)\s*[+\-\u2212]\s*\d|overlap\p{L}*\s+from\s+\d{1,2}[:.]\d{2}\s*(?:to|-|\u2013)\s*\d{1,2}[:.]\d{2}\s*(?:CET|CEST|UTC|GMT|ET|PT)|strefie\s+czasowej|zona\s+horaria|saat\s+dilim\p{L}*)${R}`,
  'iu',
);
/** Sending the kit to the hire: "we ship your laptop", "sturen we naar je huisadres", "evine gönderiyoruz", "\u304a\u9001\u308a\u3057\u307e\u3059". */
const G_SEND = new RegExp(
  String.raw`${L}(?:send|sends|ship|ships|post|courier|deliver|mail|enviamos|mandamos|envoyons|schicken|senden|sturen|wysy\u0142amy|po\u0161leme|g\u00f6nderiyoruz|yolluyoruz|kargol\p{L}*|skickar|sender|spedisco|spediamo)${R}|\u304a\u9001\u308a|\u914d\u9001|\ubcf4\ub0b4|\u5bc4\u9001`,
  'iu',
);
/** With the team, together: the team meeting somewhere is the team's place. */
const G_TEAM = new RegExp(
  String.raw`${L}(?:with\s+(?:the|your)\s+(?:team|squad|crew)|together|(?:we|the\s+team)\s+(?:meet|gather|get\s+together)|nos\s+(?:juntamos|reunimos|vemos)|gemeinsam|zusammen|tr\u00e4ffas|ses|m\u00f8tes|m\u00f8des|bij\s+je\s+team|se\s+retrouve|avec\s+l['\u2019]\u00e9quipe|l['\u2019]\u00e9quipe\s+aussi|spotykamy\s+si\u0119|potk\u00e1v\u00e1me|chod\u00edme|bulu\u015fuyoruz|ci\s+vediamo|insieme|birlikte\p{L}*|(?:and|so\s+is)\s+the\s+team(?:\s+(?:too|as\s+well))?|und\s+das\s+Team\s+auch)${R}|\ud300\uacfc\s?\ud568\uaed8|\u30c1\u30fc\u30e0\u3068|\u56e2\u961f\u4e00\u8d77`,
  'iu',
);
const G_WEEKDAY = new RegExp(
  String.raw`${L}(?:mon|tues|wednes|thurs|fri)days?${R}|${L}${WEEKDAY_ANY}${R}|${L}(?:pazartesi|sal\u0131|\u00e7ar\u015famba|per\u015fembe|cuma)${R}|[\u6708\u706b\u6c34\u6728\u91d1]\u66dc|[\uc6d4\ud654\uc218\ubaa9\uae08]\uc694\uc77c|(?:\u5468|\u661f\u671f)[\u4e00\u4e8c\u4e09\u56db\u4e94]`,
  'iu',
);
/** The whole week or every shift: "every morning", "daily", "Monday to Friday", "in rotating shifts", "vijfploegendienst". */
const G_WHOLE_WEEK = new RegExp(
  String.raw`${L}(?:every\s+(?:morning|day|shift|weekday)|each\s+(?:morning|day|shift)|daily|five\s+days|(?:rotating|rotation|night|early|late)\s+shifts|in\s+shifts|mon(?:day)?\s*(?:to|through|-|\u2013)\s*fri(?:day)?|\p{L}*ploegendienst|\p{L}*[Ss]chicht\p{L}*|skift\p{L}*|turnos?\s+rotativos|dwuzmianow\p{L}*|trzyzmianow\p{L}*|vardiya\p{L}*|di\u00e1ri[oa]s?|quotidien\p{L}*|t\u00e4glich|dagelijks|codziennie|denn\u011b)${R}|${MON_FRI_ANY.source}|\u6bce\u65e5|\u4ea4\u4ee3|\ub9e4\uc77c|\uad50\ub300|\u6bcf\u5929`,
  'iu',
);
/** Part of the week: two days a week, half the week, anchor or studio days, a 60/40 split. */
const G_PART_WEEK = new RegExp(
  String.raw`${L}(?:(?:[1-4]|one|two|three|four|twee|drie|vier|zwei|drei|deux|trois|quatre|dos|tres|cuatro|dois|tr\u00eas|quatro|due|tre|quattro|dwa|dwie|trzy|cztery|dva|dv\u011b|t\u0159i|\u010dty\u0159i|tv\u00e5|fyra|to|fire|iki|\u00fc\u00e7|d\u00f6rt)\s+(?:\p{L}+\s+)?(?:days?|dagen|dagar|dager|dage|Tage[n]?|jours|d\u00edas|dias|giorni|dni|dny|g\u00fcn)\s+(?:\p{L}+\s+)?(?:a|per|each|every|in\s+the|par|por|pro|in\s+der|w|v|i|om|alla|a\s+la|o)\s*(?:week|weeks|week|Woche|semaine|semana|settimana|tygodniu|t\u00fddnu|veckan|uka|uke|ugen)|(?:twice|once|three\s+times)\s+(?:a|per|each)\s+week|dvakr\u00e1t\s+t\u00fddn\u011b|t\u0159ikr\u00e1t\s+t\u00fddn\u011b|half\s+(?:of\s+)?(?:the|your|their)\s+week|(?:about|roughly)\s+half\s+the\s+week|(?:anchor|studio|office|team|collaboration)\s+days|\d0\s*\/\s*\d0)${R}|\u9031\s?[1-4\uff11-\uff14]\s?(?:\u65e5|\u56de)|\uc8fc\s?[1-4]\s?\uc77c|\u6bcf\u5468\s?[\u4e00\u4e24\u4e8c\u4e09\u56db1-4]\s?\u5929`,
  'iu',
);
/** Presence a month, a quarter or a year apart: a remote team's meetups. */
const G_RARELY = new RegExp(
  String.raw`${L}(?:(?:once|twice|two\s+times)\s+a\s+(?:month|quarter|year)|(?:a|per|each|every)\s+(?:month|quarter|year)|(?:monthly|quarterly|annual|yearly)|ayda\s+bir|y\u0131lda\s+(?:bir|iki)|kwartaal\p{L}*|per\s+kvartal|al\s+(?:a\u00f1o|trimestre|mes)|par\s+(?:an|trimestre|mois)|im\s+(?:Jahr|Quartal|Monat)|w\s+(?:roku|kwartale|miesi\u0105cu)|dos\s+veces\s+al\s+a\u00f1o|retiro\s+anual|per\s+(?:maand|kwartaal|jaar)|einmal\s+im|i\s+m\u00e5naden|per\s+m\u00e5nad|om\s+\u00e5ret|m\u011bs\u00ed\u010dn\u011b)${R}`,
  'iu',
);
/** Visits as the work itself: daily visits, visits to customers' sites. */
const G_VISITS = new RegExp(
  String.raw`${L}(?:(?:daily|regular)\s+visits?|visits?\s+to\s+(?:customers|clients|sites)|visitas?\s+di[a\u00e1]ri[ao]s?|visitas?\s+(?:a|aos?|de)\s+clientes|visites?\s+(?:quotidiennes|chez\s+(?:les\s+|nos\s+)?clients)|dagelijks\s+bij\s+klanten|t\u00e4glich\s+bei\s+Kunden)${R}`,
  'iu',
);
/** Others' places and homes: a product's users, a shop's orders ("we deliver to your home"), customers spread over countries. */
const G_OTHERS = /\b(?:customers?|clients?|users|help(?:s|ing)?|enabl\w+|serv(?:e|es|ing)|orders?|groceries|parcels?|deliveries|patients)\b/i;
/** Weeks away and weeks at home, a rotation's time off: "two weeks on the rig, two weeks at home". */
const G_WEEKS_HOME = /\b(?:\d{1,2}|one|two|three|four|six)\s+weeks?\s+(?:at\s+|back\s+)?home\b/i;
/** The team said to be at the place too: "..., and so is the team", "et l'\u00e9quipe aussi", "und das Team auch". */
const G_TEAM_THERE = /(?<![\p{L}])(?:and\s+so\s+(?:does|is)\s+the\s+(?:whole\s+|entire\s+)?team|so\s+is\s+the\s+(?:whole\s+|entire\s+)?team|and\s+the\s+(?:whole\s+)?team\s+(?:too|as\s+well)|l['\u2019]\u00e9quipe\s+aussi|und\s+das\s+(?:ganze\s+)?Team\s+auch|y\s+(?:todo\s+)?el\s+equipo\s+tambi\u00e9n|en\s+het\s+(?:hele\s+)?team\s+ook)(?![\p{L}])/iu;
const G_SENTENCES = /(?<=[.!?\u3002])\s+|\n+/;

export function modeByPlaceAndTime(text: string): 'onsite' | 'hybrid' | 'remote' | null {
  for (const t of text.split(G_SENTENCES)) {
    if (t.length < 12) continue;
    const place = G_PLACE.test(t);
    const team = G_TEAM.test(t);
    const home = G_HOME.test(t) && !G_WEEKS_HOME.test(t);
    const whole = G_WHOLE_WEEK.test(t);
    // Some weekdays named and not a whole week ("Martes a jueves", "Tuesdays and Thursdays"): part of the week; one weekday
    // alone only at a place or at home ("lunch together on Fridays" is no week of work).
    const days = whole ? 0 : (t.match(new RegExp(G_WEEKDAY.source, 'giu')) ?? []).length;
    const part = G_PART_WEEK.test(t) || days >= 2 || (days === 1 && (place || home));
    const named = /(?:^|[\s(])(?:in|at|into|near|by|en|in|op|bij|\u00e0|a|na|w|ve|v|i|vid|p\u00e5|am|an\s+der|sul|al|rue|calle)\s+(?:de\s+|la\s+|der\s+|het\s+|the\s+)?\p{Lu}/u.test(t);
    // (Home with the office a month or a quarter apart is a remote job's visits: "Je werkt vanuit huis en komt eens per maand naar kantoor".)
    const remoteCue = !G_OTHERS.test(t) && (G_SPREAD.test(t) || G_ZONE_BAND.test(t) || G_ANYWHERE.test(t) || (home && (G_SEND.test(t) || !place || G_RARELY.test(t))));
    let mode: 'onsite' | 'hybrid' | 'remote' | null = null;
    if (part && (place || team || named || home)) mode = 'hybrid';
    else if (remoteCue && !part && !(whole && place && !G_RARELY.test(t))) mode = 'remote';
    else if (!home && ((place && (G_ANCHOR.test(t) || G_TEAM_THERE.test(t) || (team && whole))) || G_VISITS.test(t))) mode = 'onsite';
    if (mode) return mode;
  }
  return null;
}
