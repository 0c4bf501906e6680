import { endsRange, findDateRanges, impossibleDates, lonePoints, westernDates, wrappedEndYear, monthOfDate, monthString, parsePoint, unionMonths, writesDayFirst, yearsOf, type DateRange } from './dates';
import { titleFields } from './title-fields';
import { headingAfterTab, headingText, resumeSections, unspaced, type ResumeSection, type ResumeSectionKind } from './sections';

/**
 * What a resume shows, read as a careful reader would: the dated roles, the
 * years in all (the union of the roles: overlaps count once) and per skill
 * (the union of the roles whose text names it), the degrees, a clearance and
 * the spoken languages. Dates that contradict themselves or lie after
 * `today` are left out and named in `warnings`. Plain data, no globals.
 */

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'phd';

export interface ProfileRole {
  title: string | null;
  company: string | null;
  /** 'YYYY-MM'. A year given alone is its January. */
  start: string;
  /** 'YYYY-MM', or null for "Present" / "Current" / "Now". */
  end: string | null;
  /** This role's own length, to one decimal. */
  years: number;
  /** Its length in months, as counted (a role to the present, to today's month); a profile stored before it has none. */
  months?: number;
  /** Offsets in the resume's text of the role: its heading through its last line. */
  textStart: number;
  textEnd: number;
}

export interface Degree {
  level: DegreeLevel;
  field: string | null;
}

export interface Profile {
  roles: ProfileRole[];
  /** The union of the dated roles in years, to one decimal; null when no role is dated. */
  totalYears: number | null;
  /** Per skill id: the union of the roles whose text names it, in years. */
  skillYears: Record<string, number>;
  /** Per skill id: the indexes in `roles` of the roles that name it (the evidence for `skillYears`). */
  skillRoles: Record<string, number[]>;
  /**
   * Per skill id, per index in `roles`: the month ("2025-06") from which that role's lines show it, where each of its lines
   * that names it says it began after the role did ("Manager of the team from 2025-06", "tech lead since 2023"). Its years
   * in that role count from there.
   */
  skillSince?: Record<string, Record<number, string>>;
  /**
   * (s54) Per skill id, per index in `roles`: the last month ("2020-12") that role's lines show it, where each line naming it
   * there says the work moved off it ("moved the fleet from Python workers to Go in 2021"). Its years there end then.
   */
  skillUntil?: Record<string, Record<number, string>>;
  /**
   * (s55) Per skill id, per index in `roles`: the spans ("2021-07", "2023-08"; an open one ends null) of the dated missions
   * under that role whose lines name it, where every line of the role naming it is such a mission ("Transportes Duero,
   * route pricing (Jul 2021 \u2013 Aug 2023): Go services"). Its years there are those months.
   */
  skillSpans?: Record<string, Record<number, Array<[string, string | null]>>>;
  /** Per skill id: the years the resume states for it ("Python (8 yrs)", "Terraform – 3 years"), where it states any. */
  claimedYears?: Record<string, number>;
  degrees: Degree[];
  /** The clearance's name ("TS/SCI", "Secret") or null. */
  clearance: string | null;
  /** Spoken languages named ("English", "Spanish"). */
  languages: string[];
  warnings: string[];
}

export type FindSkills = (text: string) => ReadonlyArray<{ skillId: string; start: number; end: number }>;

/** A section's kind, or 'activities': volunteering, awards, talks and the like, whose dates are not work. */
type LineKind = ResumeSectionKind | 'activities';

interface Line {
  text: string;
  start: number;
  end: number;
  kind: LineKind;
  heading: boolean;
  /** Whether the line names a degree. */
  degree: boolean;
}

interface DateHit {
  line: number;
  range: DateRange;
}

const EXPERIENCE_HEADING =
  /^((work|professional|employment|relevant|industry|research|teaching|technical|engineering|career|other|additional|selected|military|civilian|consulting|freelance|academic|previous|recent|current|present|industry)( (and|&))? )*(experience|experiences|employment( history)?|work history|career( history| summary)?|positions?( held)?|professional background)$|^(military|national) service$|^(exp[ée]riences?( professionnelles?)?|parcours professionnel|berufserfahrung|berufliche erfahrung|beruflicher werdegang|experiencia( laboral| profesional)?|experi[êe]ncia( profissional)?|arbetslivserfarenhet|arbetserfarenhet|yrkeserfarenhet|arbeidserfaring|yrkeserfaring|erhvervserfaring|arbejdserfaring|esperienz[ae]( professional[ei]| lavorativ[ae])?|(pracovn\u00ed |profesn\u00ed )?zku\u0161enosti?|(pracovn\u00e9 |profesijn\u00e9 |odborn\u00e9 )?sk\u00fasenosti|pracovn\u00e1 prax)$|^research( (positions|appointments))?$|^((academic|research|teaching|professional|university|industry|industrial|clinical) )?(appointments|positions)$|^(industry|industrial)( (experience|positions|roles))?$|^(contracts|contract(ing)? (work|roles|history|positions)|(freelance|consulting|engagement) history|permanent (roles|positions|employment)|freelance( work)?|((client|freelance|consulting|contract) )?(engagements|assignments)|(client|freelance|consulting|contract) (projects|work)|projects \((client work|clients|freelance|consulting)\))$/i;
/** Headings the section reader may not know, under which dates are not roles: they end an experience section. */
const OTHER_HEADING =
  /^((extra-?curricular|volunteer(ing)?|leadership|community|student)( activit(y|ies)| experience| work| involvement)?|honou?rs( (and|&) awards)?|awards( (and|&) (honou?rs|achievements))?|achievements|presentations?|talks|speaking|writing|publications?|program committees?|certificates|certifications?|interests|hobbies|references|coursework|links|patents|memberships?|affiliations|courses|training|teaching|teaching (and|&) mentoring|(teaching|community|outreach|mentoring|volunteering)(\s*(,|and|&)\s*(teaching|community( (engagement|involvement|work))?|outreach|mentoring|volunteering|service))+|(courses|modules|classes) taught( at [a-z .&'-]{2,40})?|grants|grants (and|&) (awards|fellowships|funding)|funding|fellowships|(professional |academic )?service|supervision|students supervised|invited talks|hackathons( (and|&) awards)?|centres? d['’]int[ée]r[êe]ts?|loisirs|interessen|hobbys|credentials|accreditations?|professional (development|certifications?|credentials)|licen[cs]es( (and|&) certifications?)?|(certificates|certifications|courses|training) (and|&) (licen[cs]es|certifications?|courses|training)|certifikat|certifieringar|certificazioni|certifica[çc][õo]es|zertifikate|zertifizierungen|certificaciones|certifik\u00e1ty|certifikace|z\u00e1jmy|dobrovo\u013en\u00edcka \u010dinnos\u0165|dobrovo\u013en\u00edctvo|z\u00e1ujmy)$/i;
const EDUCATION_HEADING =
  /^(education|educational (qualifications?|background|details)|education qualifications?|academic (background|history|qualifications?|credentials|details|profile)|academics|qualifications|degrees?|formations?|dipl[ôo]mes|ausbildung|studium|formaci[óo]n|educaci[óo]n|forma[çc][ãa]o( acad[êée]mica)?|educa[çc][ãa]o|utbildning|utdanning|utdannelse|uddannelse|istruzione( e formazione)?|formaci\u00f3n acad\u00e9mica|vzd\u011bl\u00e1n\u00ed|vzdelanie|vzdel\u00e1vanie|schul- und berufsbildung)( (and|&) (training|certifications?))?$/i;

/** (s62 careful tune) Education's heading in Azerbaijani ("T\u018fHS\u0130L", "T\u0259hsil") and Vietnamese ("H\u1eccC V\u1ea4N", "Tr\u00ecnh \u0111\u1ed9 h\u1ecdc v\u1ea5n"). */
const EDUCATION_HEADING_S62 = /^(?:t\u0259hs[i\u0130]l|(?:tr\u00ecnh\s+\u0111\u1ed9\s+)?h\u1ecdc\s+v\u1ea5n)$/iu;
/** A degree named on a line (strong forms only: "BA", "MS" alone are too often something else). */
const DEGREE_PATTERNS: ReadonlyArray<[DegreeLevel, RegExp]> = [
  // (s54) A Scottish "MA (Hons) Economics" is a first degree, four years from school (an honours bachelor's level); an MA
  // without "(Hons)" stays a master's.
  ['bachelor', /(?<![\p{L}])(M\.?\s?A\.?\s*\(Hons?\.?\))/u],
  ['phd', /\b(ph\.?\s?d\.?|doctor of philosophy|doctorate|d\.?phil\.?|doctoral degree)(?![a-z])/i],
  ['master', /(?<!scrum |web |quiz |toast |dungeon )\b(master'?s?(?! data| branch| node| class| plan)|masters|m\.\s?s\.|m\.?\s?sc\.?|m\.\s?a\.|mba|m\.b\.a\.|m\.?\s?eng\.?|m\.?\s?tech\.?|mph|mfa|ll\.?m\.?|ms(?= in\b| of\b| computer| cs\b)|laurea (?:magistrale|specialistica)|dipl[oô]me d['’]ing[ée]nieur|diplom(?:-[a-z]+)?|dipl\.\s?-?\s?ing\.?|m\.?\s?res\.?|mca|m\.\s?com\.?|m(?:phys|math|chem|sci|comp|inf|biol|geol)\.?)(?![a-z])(?!\s+thes[ie]s)/i],
  ['bachelor', /\b(bachelor'?s?|b\.\s?s\.|b\.?\s?sc\.?|b\.\s?a\.|bs(?= in\b| of\b| computer| cs\b)|ba(?= in\b| of\b)|b\.\s?e\.|b\.?\s?eng\.?|b\.?\s?tech\.?|bba|b\.b\.a\.|a\.\s?b\.|s\.\s?b\.|b\.?\s?a\.?\s?sc\.?|b\.?\s?com\.?|bca|laurea(?: triennale)?|licenciatura|licenciado)(?![a-z])/i],
  // (s51) "PCAP \u2013 Certified Associate in Python Programming", "Certified Associate in Project Management": a certificate's name.
  ['associate', /\b(?<!certified )(associate'?s? (of|in|degree)|a\.\s?a\.\s?s?\.?|a\.\s?s\.|aas)(?![a-z])/i],
];
/**
 * In an education section, also an abbreviation in capitals opening a line before a comma, a dash or a bracket
 * ("BS, Statistics — University of Oregon", "MS (Computer Science)"); elsewhere "BS," is no degree ("no BS, just code").
 */
const EDUCATION_PATTERNS: ReadonlyArray<[DegreeLevel, RegExp]> = [
  ...DEGREE_PATTERNS,
  // (s61) Indonesia's "S1 Teknik Informatika" (sarjana, a bachelor's) and "S2 Statistika" (magister, a master's), opening a line of an
  // education section before the field's capitalised word.
  ['bachelor', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(S1)(?=\s+\p{Lu})/u],
  ['master', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(S2)(?=\s+\p{Lu})/u],
  // (s57) Chile's and Colombia's professional engineering degrees, named by their field with no "en": "Ingenier\u00eda Civil
  // Industrial", "Ingeniero Civil Electr\u00f3nico", "Ingenier\u00eda Comercial" (a first degree; in an education section only,
  // where "Ingeniero Civil" is no job title).
  ['bachelor', /^\s*(?:[•◦·*-]\s*)?(ingenier(?:[\u00edi]a|[oa])\s+(?:civil|comercial))(?=\s+\p{L}|\s*[,\u2013\u2014|(-]|\s*$)/iu],
  // (s57) France's three-year university technology degree, "BUT R\u00e9seaux et T\u00e9l\u00e9communications", "Bachelor Universitaire de
  // Technologie" (a bachelor's; in an education section, where "BUT" in capitals opens the line).
  ['bachelor', /^\s*(?:[•◦·*-]\s*)?(BUT|bachelor universitaire de technologie)(?=\s+\p{Lu}|\s*[,(\u2013\u2014-])/u],
  ['phd', /^\s*(?:[•◦·*-]\s*)?(PhD|DPhil)(?=\s*[,(\u2013\u2014-])/],
  ['master', /^\s*(?:[•◦·*-]\s*)?(MS|MSc|MA|MEng|MPH)(?=\s*[,(\u2013\u2014-])/],
  ['bachelor', /^\s*(?:[•◦·*-]\s*)?(BS|BSc|BA|BEng|BE|BTech)(?=\s*[,(\u2013\u2014-])/],
  // (s47) "BA Linguistics, Bangor University", "MA (Hons) Modern History, …": the short form opening a line of an education
  // section, then its field's capitalised words (one to four) and a comma ("MA 02139" is a postcode, "MS Office, Excel" a
  // course in software: no field).
  ['master', /^\s*(?:[•◦·*-]\s*)?(MS|MA|MEng|MPH|MRes)(?!\s+(?:Office|Excel|Word|Access|Project|Teams|Visio|PowerPoint|Outlook|Windows|Dynamics|Azure|SQL)\b)(?=\s+(?:\(Hons?\.?\)\s+)?[A-Z][a-z]+(?:\s+(?:and\s+|&\s+|of\s+|in\s+)?[A-Z][a-z]+){0,3}\s*,)/],
  ['bachelor', /^\s*(?:[•◦·*-]\s*)?(BS|BA|BEng|BE|BTech)(?=\s+(?:\(Hons?\.?\)\s+)?[A-Z][a-z]+(?:\s+(?:and\s+|&\s+|of\s+|in\s+)?[A-Z][a-z]+){0,3}\s*,)/],
  // "Education: BE Electronic Engineering, NUI Galway": after a label, the short form and its field's capitalised words.
  ['master', /^\s*(?:education|degrees?|qualifications?)\s*:\s*(MS|MSc|MA|MEng|ME|MTech)(?=\s+[A-Z][a-z])/i],
  ['bachelor', /^\s*(?:education|degrees?|qualifications?)\s*:\s*(BS|BSc|BA|BEng|BE|BTech)(?=\s+[A-Z][a-z])/i],
  // French degrees: "Licence professionnelle Administration de systèmes", "Licence en informatique" (a bachelor's);
  // "BTS Services informatiques", "DUT Informatique" (two years after the baccalauréat: an associate's).
  ['bachelor', /(?<![\p{L}])(licence (?:professionnelle|pro|en|de|d['’]))(?![\p{L}])/iu],
  ['associate', /(?<![\p{L}])(BTS|DUT|DEUG)(?=\s+[\p{Lu}])/u],
  // (s56) Spain's higher vocational cycle, two years after the bachillerato: "CFGS Administraci\u00f3n de Sistemas Inform\u00e1ticos
  // en Red (ASIR)", "Ciclo Formativo de Grado Superior en \u2026", "T\u00e9cnico Superior en Desarrollo de Aplicaciones Web" (an
  // associate's).
  ['associate', /(?<![\p{L}])(CFGS|ciclo formativo de grado superior|t\u00e9cnic[oa] superior en)(?![\p{L}])/iu],
  // (s59 lead) Australia's vocational certificates of the AQF, "Certificate IV in Information Technology", "Cert III in IT
  // Support": below a diploma, held as an associate's (the lowest step of this scale).
  ['associate', /(?<![\p{L}])((?:certificate|cert\.?)\s+(?:III|IV|3|4))(?=\s+in\s+\p{L})/iu],
  // (s59 lead) South Africa's three-year National Diploma and its Higher Certificate ("National Diploma: Information Technology,
  // CPUT"): below a bachelor's, held as an associate's.
  ['associate', /(?<![\p{L}])([Nn]ational [Dd]iploma|[Hh]igher [Cc]ertificate)(?=\s*[:,\u2013\u2014-]?\s*(?:in\s+)?\p{Lu})/u],
  // (s56) Peru's and Bolivia's university first degree, "Bachiller en Ingenier\u00eda de Sistemas" (Spain's school-leaving
  // "Bachillerato" is another word).
  ['bachelor', /(?<![\p{L}])(bachiller)(?=\s+(?:en|de)\s+\p{L})/iu],
  // The UK's two-year higher education awards: "HND Computing", "HNC in Electrical Engineering", "Foundation Degree (FdSc)
  // in Cyber Security" (below a bachelor's: an associate's).
  ['associate', /(?<![\p{L}])(HND|HNC|higher national (?:diploma|certificate)|foundation degree|FdSc|FdA|DipHE)(?![\p{L}])/iu],
  // Spanish, Portuguese and Québec degrees named by their field: "Ingeniería en Sistemas Computacionales", "Grado en
  // Ingeniería Informática", "Bacharelado em Ciência da Computação", "Baccalauréat en génie informatique" (a Québec
  // university's bachelor's; France's "baccalauréat" alone is the school-leaving exam), "Máster en …" a master's.
  ['master', /(?<![\p{L}])(m[áa]ster(?: universitario)? en|mestrado em|ma[îi]trise en)(?=\s+\p{L})/iu],
  // (s50: the words after "en" are the field, never part of the match: "Grado en Ingenier\u00eda Inform\u00e1tica".)
  // (s59 lead: and Catalan's "Grau en Matem\u00e0tiques".)
  // (s55) Also opening a table's cell ("ITESO, Universidad Jesuita de Guadalajara<tab>Ingeniero en Electr\u00f3nica y
  // Comunicaciones": the degree the third cell of a row); Spain's "Ingeniero T\u00e9cnico en Inform\u00e1tica de Sistemas" (the
  // three-year first cycle) a first degree too.
  ['bachelor', /(?:^|\t|\s{2,}|\|)\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(ingenier[íi]a|ingenier[oa](?:\s+t[ée]cnic[oa])?|engenharia|grado|grau|bacharelado|licenciatura|baccalaur[ée]at)(?=\s+(?:en|em|de|in)\s+\p{L})/iu],
  // A college's diploma ("Diploma, Computer Systems Technology, Seneca College", "Advanced Diploma in Network Engineering,
  // Algonquin College"): two or three years after school, an associate's. Only where a college (or a TAFE, a CEGEP)
  // grants it: a polytechnic's diploma may follow the tenth grade ("Diploma in Computer Engineering | Government
  // Polytechnic, Pune"), and a school's own ("High School Diploma") is no degree.
  // (s46) Japanese degrees: "博士（工学）", "修士課程 修了", "学士（工学）", or a faculty's "卒業" (graduated) at a university:
  // a bachelor's ("東都工業大学 工学部 情報工学科 卒業").
  ['phd', /(博士)/u],
  // (s47) Polish degrees: "Magister in\u017cynier, Informatyka", "mgr in\u017c." (a master's); "Licencjat", "In\u017cynier" alone (the first
  // cycle, a bachelor's).
  ['master', /(?<![\p{L}])(magister(?: in\u017cynier)?|mgr(?: in\u017c\.)?)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(licencjat|(?<!magister |mgr )in\u017cynier|(?<!mgr )in\u017c\.)(?![\p{L}])/iu],
  // (s50) Czech degrees: "Magistr (Mgr.)", "In\u017een\u00fdr (Ing.)" (a master's), "Bakal\u00e1\u0159 (Bc.)" (a bachelor's), "Doktor (Ph.D.)" is
  // read as a PhD already; the bracketed abbreviation is part of the name (never the field).
  ['master', /(?<![\p{L}])((?:magistr|in\u017een\u00fdr)(?:\s*\((?:mgr|ing)\.\))?)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(bakal\u00e1\u0159(?:\s*\(bc\.\))?)(?![\p{L}])/iu],
  // (s48) Swedish and Norwegian degrees: "Civilingenj\u00f6r i datateknik", "Sivilingeni\u00f8r", "Masterexamen", "Magisterexamen" (a
  // master's); "Kandidatexamen", "Bachelorgrad" (a bachelor's).
  ['master', /(?<![\p{L}])(civilingenj\u00f6r|sivilingeni\u00f8r|masterexamen|magisterexamen|mastergrad)(?![\p{L}])/iu],
  // (s57) "H\u00f6gskoleingenj\u00f6rsexamen i maskinteknik": Sweden's three-year engineering degree (180 credits), a bachelor's.
  ['bachelor', /(?<![\p{L}])(kandidatexamen|bachelorgrad|h\u00f8gskolekandidat|h\u00f6gskoleingenj\u00f6r(?:sexamen)?)(?![\p{L}])/iu],
  // (s51) Turkish degrees: "Y\u00fcksek Lisans, Bilgisayar M\u00fchendisli\u011fi" (a master's), "Lisans, \u2026" (a bachelor's); Romanian "Licen\u021b\u0103 \u00een
  // Informatic\u0103" (a bachelor's; "Master \u00een \u2026" is read as a master's already).
  ['master', /(?<![\p{L}])(y\u00fcksek l[i\u0130]sans)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(?<!y\u00fcksek )(l[i\u0130]sans)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(licen[\u021b\u0163][\u0103a])(?=\s+[\u00eei]n\s+\p{L})/iu],
  // (s52) Greek degrees: "\u039c\u03b5\u03c4\u03b1\u03c0\u03c4\u03c5\u03c7\u03b9\u03b1\u03ba\u03cc \u0394\u03af\u03c0\u03bb\u03c9\u03bc\u03b1 \u0395\u03b9\u03b4\u03af\u03ba\u03b5\u03c5\u03c3\u03b7\u03c2 (MSc) \u03c3\u03c4\u03b7\u03bd \u2026" (a master's; its field after "\u03c3\u03c4\u03b7\u03bd", FIELD_NAMED), "\u03a0\u03c4\u03c5\u03c7\u03af\u03bf \u03a0\u03bb\u03b7\u03c1\u03bf\u03c6\u03bf\u03c1\u03b9\u03ba\u03ae\u03c2" (a
  // bachelor's, its field the words after it). Czech abbreviations opening an education line before a comma ("Ing., obor \u2026"
  // a master's, "Bc., obor \u2026" a bachelor's; "Ing. Jan Nov\u00e1k" is a name's title). Finland's universities of applied sciences:
  // "Insin\u00f6\u00f6ri (AMK), \u2026", "Tradenomi (AMK)" (a bachelor's), "(YAMK)" (a master's).
  ['master', /(?<![\p{L}])(\u03bc\u03b5\u03c4\u03b1\u03c0\u03c4\u03c5\u03c7\u03b9\u03b1\u03ba[\u03bf\u03cc] \u03b4[\u03b9\u03af]\u03c0\u03bb\u03c9\u03bc\u03b1)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(\u03c0\u03c4\u03c5\u03c7[\u03b9\u03af]\u03bf)(?=\s+\p{L})/iu],
  // (s53) Or after the school's name and a dash, a bar or a tab ("Ostravsk\u00e1 univerzita \u2014 Bc., obor \u2026").
  ['master', /(?:^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?|\s[\u2013\u2014|-]\s+|\t\s*)(Ing\.|Mgr\.)(?=\s*,)/u],
  ['bachelor', /(?:^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?|\s[\u2013\u2014|-]\s+|\t\s*)(Bc\.)(?=\s*,)/u],
  // (s53) Ukrainian "\u041c\u0430\u0433\u0456\u0441\u0442\u0440, \u2026" (a master's) and "\u0411\u0430\u043a\u0430\u043b\u0430\u0432\u0440, \u2026" (a bachelor's), the field after the comma.
  ['master', /(?<![\p{L}])(\u043c\u0430\u0433\u0456\u0441\u0442\u0440)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(\u0431\u0430\u043a\u0430\u043b\u0430\u0432\u0440)(?![\p{L}])/iu],
  // (s62 lead) Russian "\u041c\u0430\u0433\u0438\u0441\u0442\u0440" (a master's; "\u0431\u0430\u043a\u0430\u043b\u0430\u0432\u0440" is spelt as in Ukrainian, read above).
  ['master', /(?<![\p{L}])(\u043c\u0430\u0433\u0438\u0441\u0442\u0440)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(\p{L}+\s*\(YAMK\))/u],
  ['bachelor', /(?<![\p{L}])(\p{L}+\s*\(AMK\))/u],
  // (s58 lead) The Netherlands' degrees by their school's kind: "HBO-ICT", "HBO Informatica", "hbo-bachelor" (a university of
  // applied sciences' bachelor's), "WO-master" (a university's master's). Not "HBO" alone, a broadcaster as often as a school.
  // (s58 lead) Denmark's academy profession degrees (two to two and a half years, as the asks read them: text.ts's LEVELS),
  // "Datamatiker, Erhvervsakademi Aarhus", "IT-teknolog", an associate's; "Professionsbachelor i \u2026" a bachelor's;
  // "Civilingeni\u00f8r" (Danish spelling) a master's.
  ['associate', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(datamatiker|IT-teknolog|AP-(?:uddannelse|graduate))(?=\s*[,(\u2013\u2014-]|\s+(?:i|in|fra)\s|\s*$)/iu],
  ['bachelor', /(?<![\p{L}])(professionsbachelor)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(civilingeni\u00f8r)(?![\p{L}])/iu],
  // (s60) Denmark's "Diplomingeni\u00f8r i softwareteknologi" (a professional bachelor's of engineering, three and a half years);
  // Latvia's "Ma\u0123istra gr\u0101ds datorzin\u0101tn\u0113s" (a master's degree) and "Bakalaura gr\u0101ds \u2026" (a bachelor's), the field after them.
  ['bachelor', /(?<![\p{L}])(diplomingeni\u00f8r)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(ma\u0123istra gr\u0101ds|ma\u0123istrs)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(bakalaura gr\u0101ds|bakalaurs)(?![\p{L}])/iu],
  // (s61) Lithuanian "Informatikos bakalauras" / "Statistikos bakalaur\u0117" / "Bakalauro laipsnis" (a bachelor's; the field before it, in the
  // genitive, or after the comma) and "\u2026 magistras" / "magistr\u0117" / "Magistro laipsnis" (a master's); Estonian "bakalaureusekraad" and
  // "magistrikraad" (the field after the comma).
  ['master', /(?<![\p{L}])(magistras|magistr\u0117|magistro laipsnis|magistrikraad)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(bakalauras|bakalaur\u0117|bakalauro laipsnis|bakalaureusekraad)(?![\p{L}])/iu],
  // (s62) Serbian and Bosnian "Master akademske studije, X" (a master's; "Master" alone is read above) and "Osnovne akademske studije,
  // X" (the first cycle, a bachelor's), the field after the comma; Bulgarian "\u041c\u0430\u0433\u0438\u0441\u0442\u044a\u0440 \u043f\u043e X", "\u0411\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440 \u043f\u043e X", "\u0411\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440,
  // \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u043d\u043e\u0441\u0442 X"; Vietnamese "C\u1eed nhân X", "K\u1ef9 s\u01b0 X" (a bachelor's), "Th\u1ea1c s\u0129 X", "Ti\u1ebfn s\u0129 X"; Hebrew "\u05ea\u05d5\u05d0\u05e8 \u05e8\u05d0\u05e9\u05d5\u05df", "\u05ea\u05d5\u05d0\u05e8 \u05e9\u05e0\u05d9",
  // "\u05ea\u05d5\u05d0\u05e8 \u05e9\u05dc\u05d9\u05e9\u05d9"; Arabic "\u0628\u0643\u0627\u0644\u0648\u0631\u064a\u0648\u0633 X", "\u0644\u064a\u0633\u0627\u0646\u0633 X", "\u0645\u0627\u062c\u0633\u062a\u064a\u0631 X", "\u062f\u0643\u062a\u0648\u0631\u0627\u0647 X"; Slovenian "Diplomirani in\u017eenir X (UN)" / "(VS)" (the first
  // cycle) and "Magister in\u017eenir X", "Magistrica in\u017eenirka X" (s62Field reads their fields).
  ['bachelor', /(?<![\p{L}])(osnovne (?:akademske|strukovne) studije)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(\u043c\u0430\u0433\u0438\u0441\u0442\u044a\u0440|\u043c\u0430\u0433\u0438\u0441\u0442\u0430\u0440)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(\u0431\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440)(?![\p{L}])/iu],
  ['phd', /(?<![\p{L}])(ti\u1ebfn s\u0129|\u062f\u0643\u062a\u0648\u0631\u0627\u0647|\u05ea\u05d5\u05d0\u05e8 \u05e9\u05dc\u05d9\u05e9\u05d9)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(th\u1ea1c s\u0129|\u0645\u0627\u062c\u0633\u062a\u064a\u0631|\u05ea\u05d5\u05d0\u05e8 \u05e9\u05e0\u05d9)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(c\u1eed nhân|k\u1ef9 s\u01b0|\u0628\u0643\u0627\u0644\u0648\u0631\u064a\u0648\u0633|\u0644\u064a\u0633\u0627\u0646\u0633|\u05ea\u05d5\u05d0\u05e8 \u05e8\u05d0\u05e9\u05d5\u05df)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(magist(?:er|rica) in[\u017ez]enir(?:ka)?)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(diplomiran[ai] in[\u017ez]enir(?:ka)?)(?![\p{L}])/iu],
  // (s62 careful tune) Azerbaijani "avtomatika \u00fczr\u0259 bakalavr" (a bachelor's, its field before "\u00fczr\u0259") and "magistr"; Vietnamese "C\u1eed nh\u00e2n" and
  // "K\u1ef9 s\u01b0" (a five-year engineer's degree, as a bachelor's) opening the line, "Th\u1ea1c s\u0129" (a master's).
  ['bachelor', /(?<![\p{L}])(bakalavr)(?![\p{L}])/iu],
  ['master', /(?<![\p{L}])(magistr)(?![\p{L}])/iu],
  ['bachelor', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(C\u1eed nh\u00e2n|K\u1ef9 s\u01b0)(?=\s+\p{Lu})/u],
  ['master', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(Th\u1ea1c s\u0129)(?=\s+\p{Lu})/u],
  ['master', /(?<![\p{L}])(WO[- ]master)(?![\p{L}])/iu],
  ['bachelor', /(?<![\p{L}])(HBO[- ](?:ICT|IT|Informatica|bachelor|opleiding)|hbo-bachelor)(?![\p{L}])/iu],
  // (s48) France's "Licence Informatique", "Licence Math\u00e9matiques" opening a line of an education section: a bachelor's named
  // by its field's capitalised word.
  ['bachelor', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(Licence)(?=\s+\p{Lu}\p{Ll})(?!\s+(?:Apache|MIT|GPL|Creative|Commons|Pro\b))/u],
  // (Chinese: 硕士 a master's, 本科 a bachelor's course.)
  ['master', /(修士|硕士)/u],
  ['bachelor', /(学士|本科|大学\s*\S*学部[^\n]*卒業)/u],
  ['associate', /^\s*(?:[•◦·*-]\s*)?((?:advanced |college |technical |two-year |three-year )?diploma)(?=\s*(?:[,(\u2013\u2014-]|in\b|of\b))(?=[^\n]*\b(?:college|TAFE|CEGEP|c[ée]gep|university)\b)(?![^\n]*\b(?:high|secondary|sixth[- ]form|leaving)\b)/i],
  // (s55) Master's degrees by their capitals, opening a line of their own: library science's MLIS and MLS, social work's
  // MSW, public administration's and policy's MPA and MPP, education's MEd, and the MPhil and MLitt.
  ['master', /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(MLIS|MSLIS|MLS|MSLS|MSW|MPA|MPP|MEd|M\.Ed\.|MPhil|MLitt)(?=\s*[,(\u2013\u2014-]|\s+(?:in|of)\s)/u],
];
const DEGREE_ANY =
  /\b(ph\.?\s?d\.?|doctor of philosophy|doctorate|master(?:'?s)? (?:of|in|degree)|master's|masters (?:of|in|degree)|m\.\s?s\.|m\.?\s?sc\.?|mba|m\.?\s?eng\.?|bachelor(?:'?s)?|b\.\s?s\.|b\.?\s?sc\.?|b\.\s?a\.|b\.?\s?eng\.?|b\.\s?e\.|b\.?\s?tech\.?|(?:bs|ba|ms) in|hbo[- ](?:ict|it|informatica|bachelor)|wo[- ]master|associate'?s? (?:of|in|degree)|a\.\s?a\.\s?s\.|(?:high school )?diploma (?:in|of)|degree in|b\.?\s?a\.?\s?sc\.?|laurea|licenciatura|diplom-[a-z]+|dipl[oô]me d['’]ing[ée]nieur|dipl\.\s?-?\s?ing\.?|m(?:phys|math|chem|sci|comp|inf))(?![a-z])|学士|修士|硕士|本科|博士|\bmagister\b|\blicencjat\b/i;

const TITLE_WORD_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(engineer|engineering manager|developer|programmer|manager|scientist|analyst|assistant|intern|internship|lead|director|consultant|designer|architect|ceo|cto|cfo|coo|cio|vp|vice president|president|founder|co-founder|cofounder|master|teacher|instructor|leader|contributor|maintainer|member|volunteer|lecturer|professor|researcher|fellow|specialist|administrator|officer|head|associate|technician|coordinator|sre|owner|partner|principal|staff|contractor|freelancer?|tutor|editor|writer|advisor|adviser|strategist|representative|executive|supervisor|accountant|postdoc|member of technical staff|trainee|apprentice|chair|secretary|treasurer|working student|werkstudent|student assistant|student researcher|sdet|tester|sergeant|corporal|lieutenant|captain|ncoic|petty officer|airman|conscript|dba|dbre|sysadmin` +
    // French and German titles: "Ingénieure DevOps", "Administratrice systèmes", "Entwicklerin".
    String.raw`|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|administrat(?:eur|rice)|technicienne?|chef de projet|stagiaire|alternante?|charg[ée]e? de|entwickler(?:in)?|ingenieur(?:in)?|praktikant(?:in)?|berater(?:in)?` +
    // (s46) German titles written as compounds ("Softwareentwickler", "Lehrbeauftragter", "Projektleiterin"), and Spanish,
    // Portuguese, Italian and Polish ones ("Desarrolladora Web", "Becaria", "Engenheiro de Software", "Estagiário",
    // "Sviluppatore", "Programista").
    String.raw`|\p{L}*(?:entwickler|ingenieur|informatiker|architekt|administrator)(?:in)?|lehrbeauftragte[r]?|dozent(?:in)?|(?:team|projekt|gruppen|abteilungs|bereichs)?leiter(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|wissenschaftliche[r]? mitarbeiter(?:in)?` +
    String.raw`|desarrollador(?:a)?|ingenier[oa]|programador(?:a)?|analista|becari[oa]|jef[ea] de|gerente|consultor(?:a)?|arquitect[oa]|t[ée]cnic[oa]|desenvolvedor(?:a)?|engenheir[oa]|estagi[áa]ri[oa]|coordenador(?:a)?|sviluppat(?:ore|rice)|ingegnere|programmatore|tirocinante|stagista|programista|in[\u017cz]ynier` +
    // (s50) Czech titles ("Junior webov\u00e1 v\u00fdvoj\u00e1\u0159ka", "Program\u00e1tor", "Analytik dat") and Germany's working student ("Werkstudent Datenanalyse").
    String.raw`|v\u00fdvoj\u00e1\u0159(?:ka)?|program\u00e1tor(?:ka)?|in\u017een\u00fdr(?:ka)?|analyti(?:k|\u010dka)|werkstudent(?:in)?` +
    // (s51) Turkish titles ("K\u0131demli Yaz\u0131l\u0131m M\u00fchendisi", "Stajyer Yaz\u0131l\u0131m Geli\u015ftirici"; a capital \u0130 does not fold to i), Romanian ones
    // ("Inginer software", "Programator junior") and Dutch compounds ("Functioneel beheerder", "Applicatieontwikkelaar").
    // (s56) Dutch interns and analysts written as compounds ("Afstudeerstagiair", "Data-analist"); Polish interns, trainees,
    // analysts, specialists, managers and consultants, and a woman programmer ("Praktykant", "Sta\u017cystka", "Analityk danych",
    // "Specjalista ds. IT", "Kierownik projektu", "Konsultant SAP", "Programistka .NET").
    String.raw`|m\u00fchend[i\u0130]s(?:[i\u0130])?|geli\u015ftirici(?:s[i\u0130])?|stajyer|inginer|programator|\p{L}*ontwikkelaar|\p{L}*beheerder|\p{L}*stagiair|analist` +
    String.raw`|praktykant(?:ka)?|sta\u017cyst(?:a|ka)|analityk|specjalist(?:a|ka)|kierownik|konsultant(?:ka)?|programistka` +
    // (s58) Teaching posts abroad: Portuguese and Italian "Assistente Convidada", "Docente a contratto", Spanish and Portuguese
    // "Profesora asociada", "Professora auxiliar", Czech "Extern\u00ed vyu\u010duj\u00edc\u00ed", "Lektor".
    String.raw`|assistente|docente|professora|profesora?|vyu\u010duj\u00edc\u00ed|lektor(?:ka)?` +
    // (s59) Slovak titles ("Ved\u00faca t\u00edmu testovania", "Testerka softv\u00e9ru", "Techni\u010dka podpory", "Java v\u00fdvoj\u00e1r", "Spr\u00e1vca siete",
    // "St\u00e1\u017eista") and their Czech kin ("Vedouc\u00ed v\u00fdvoje", "Technik podpory").
    // (s59) A doctorate done as a post ("PhD Candidate (promovendus, employed \u2026)", "Doctoral Researcher"): the candidate's word after it.
    String.raw`|(?:ph\.?\s?d\.?|doctoral)\s+(?:candidate|researcher)` +
    String.raw`|v\u00fdvoj\u00e1r(?:ka)?|tester(?:ka)|techni(?:k|\u010dka)|ved\u00fac(?:i|a)|vedouc\u00ed|in\u017einier(?:ka)?|spr\u00e1vc(?:a|kyn\u0148a)|st\u00e1\u017eist(?:a|ka)` +
    // (s52) Greek titles ("\u039c\u03b7\u03c7\u03b1\u03bd\u03b9\u03ba\u03cc\u03c2 \u039b\u03bf\u03b3\u03b9\u03c3\u03bc\u03b9\u03ba\u03bf\u03cd", "\u0391\u03c3\u03ba\u03bf\u03cd\u03bc\u03b5\u03bd\u03bf\u03c2 \u03c0\u03c1\u03bf\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1\u03c4\u03b9\u03c3\u03c4\u03ae\u03c2"), Finnish ones ("Ohjelmistokehitt\u00e4j\u00e4", "Full Stack
    // -kehitt\u00e4j\u00e4", "Kes\u00e4harjoittelija"), Hungarian ones ("Vezet\u0151 DevOps m\u00e9rn\u00f6k", "Rendszerm\u00e9rn\u00f6k", "Rendszergazda gyakornok") and a Czech
    // placement's ("Odborn\u00e1 praxe").
    String.raw`|\u03bc\u03b7\u03c7\u03b1\u03bd\u03b9\u03ba(?:[\u03bf\u03cc]\u03c2|[\u03b7\u03ae])|\u03c0\u03c1\u03bf\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1\u03c4\u03b9\u03c3\u03c4(?:[\u03b7\u03ae]\u03c2|\u03c1\u03b9\u03b1)|\u03b1\u03c3\u03ba\u03bf[\u03c5\u03cd]\u03bc\u03b5\u03bd(?:\u03bf\u03c2|\u03b7)` +
    String.raw`|\p{L}*kehitt\u00e4j\u00e4|\p{L}*harjoittelija|\p{L}*m\u00e9rn\u00f6k|rendszergazda|gyakornok|odborn\u00e1 praxe` +
    // (s55) Swedish titles written as compounds ("Mjukvaruutvecklare", "Systemutvecklare", "Sommarpraktikant", "Civilingenj\u00f6r"), and
    // their Danish and Norwegian kin (udvikler/utvikler, ingeni\u00f8r) from general knowledge; Italian research posts ("Assegnista di
    // ricerca", "Borsista", "Ricercatore").
    String.raw`|\p{L}*utvecklare|\p{L}*udvikler|\p{L}*utvikler|\p{L}*ingenj\u00f6r|\p{L}*ingeni\u00f8r|\p{L}*praktikant(?:in)?|\p{L}*konsult|assegnista|borsista|ricercat(?:ore|rice)` +
    // (s53) Romanian "Dezvoltator .NET", "Programator stagiar"; Ukrainian titles ("\u0421\u0442\u0430\u0440\u0448\u0438\u0439 Python-\u0440\u043e\u0437\u0440\u043e\u0431\u043d\u0438\u043a", "\u0421\u0442\u0430\u0436\u0435\u0440", "\u041f\u0440\u043e\u0433\u0440\u0430\u043c\u0456\u0441\u0442", "\u0410\u043d\u0430\u043b\u0456\u0442\u0438\u043a").
    // (s60) The Nordic and Greek conscript's or soldier's word (CONSCRIPT_WORD) and Polish "analityk" / "analityczka" (an analyst).
    String.raw`|v\u00e6rnepligtig|v\u00e4rnpliktig|vernepliktig|varusmies|\u03c3\u03c4\u03c1\u03b1\u03c4\u03b9[\u03ceo\u03c9]\u03c4\u03b7\u03c2|analityk|analityczka` +
    // (s53) A co-op term's title ("Co-op Student", a LinkedIn export's title under its company).
    String.raw`|co-?op student|dezvoltat(?:or|oare)|stagiar[\u0103a]?|\u0440\u043e\u0437\u0440\u043e\u0431\u043d(?:\u0438\u043a|\u0438\u0446\u044f)|\u0441\u0442\u0430\u0436\u0435\u0440|\u043f\u0440\u043e\u0433\u0440\u0430\u043c\u0456\u0441\u0442(?:\u043a\u0430)?|\u0430\u043d\u0430\u043b\u0456\u0442\u0438\u043a|\u0442\u0435\u0441\u0442\u0443\u0432\u0430\u043b\u044c\u043d\u0438\u043a|\u0430\u0440\u0445\u0456\u0442\u0435\u043a\u0442\u043e\u0440|\u0430\u0434\u043c\u0456\u043d\u0456\u0441\u0442\u0440\u0430\u0442\u043e\u0440)(?![\p{L}\p{N}_])` +
    // (s62) Titles in the batch's languages: Bulgarian and Russian ("\u0421\u0438\u0441\u0442\u0435\u043c\u0435\u043d \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440", "DevOps \u0438\u043d\u0436\u0435\u043d\u0435\u0440", "\u0421\u0442\u0430\u0436\u0430\u043d\u0442", "\u0420\u0430\u0437\u0440\u0430\u0431\u043e\u0442\u0447\u0438\u043a",
    // "\u0420\u044a\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b", "\u041c\u0435\u043d\u0438\u0434\u0436\u044a\u0440"), Serbian and Croatian ("Backend programer", "In\u017eenjerka za podatke", "Analiti\u010darka podataka"), Slovenian
    // ("Razvijalka spletnih aplikacij", "DevOps in\u017eenir"), Albanian ("Inxhinier softueri", "Zhvillues softueri"), Vietnamese ("K\u1ef9 s\u01b0 ph\u1ea7n
    // m\u1ec1m", "L\u1eadp trình viên Java", "Th\u1ef1c t\u1eadp sinh", "Chuyên viên", "Nhân viên"), Hebrew ("\u05de\u05d4\u05e0\u05d3\u05e1\u05ea \u05ea\u05d5\u05db\u05e0\u05d4", "\u05de\u05e4\u05ea\u05d7\u05ea", "\u05de\u05e0\u05d4\u05dc \u05de\u05e2\u05e8\u05db\u05d5\u05ea", "\u05d8\u05db\u05e0\u05d0\u05d9") and
    // Arabic ("\u0645\u0647\u0646\u062f\u0633 \u0634\u0628\u0643\u0627\u062a", "\u0645\u0637\u0648\u0631", "\u0645\u062a\u062f\u0631\u0628", "\u0645\u062d\u0644\u0644").
    '|\u0438\u043d\u0436\u0435\u043d\u0435\u0440|\u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440|\u0440\u0430\u0437\u0440\u0430\u0431\u043e\u0442\u0447\u0438\u043a|\u043f\u0440\u043e\u0433\u0440\u0430\u043c\u0438\u0441\u0442|\u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0438\u0441\u0442|\u0441\u0442\u0430\u0436\u0430\u043d\u0442|\u0441\u0442\u0430\u0436\u0435\u0440|\u0430\u043d\u0430\u043b\u0438\u0442\u0438\u043a|\u0430\u043d\u0430\u043b\u0438\u0437\u0430\u0442\u043e\u0440|\u0440\u044a\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b|\u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c|\u043c\u0435\u043d\u0438\u0434\u0436\u044a\u0440|\u043c\u0435\u043d\u0435\u0434\u0436\u0435\u0440|\u043a\u043e\u043d\u0441\u0443\u043b\u0442\u0430\u043d\u0442|\u043a\u043e\u043d\u0441\u0443\u043b\u044c\u0442\u0430\u043d\u0442|\u0442\u0435\u0445\u043d\u0438\u043a|\u0441\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442|\u0430\u0440\u0445\u0438\u0442\u0435\u043a\u0442|\u0442\u0435\u0441\u0442\u0435\u0440' +
    '|programer(?:ka)?|in[\u017ez]enjer(?:ka)?|analiti[\u010dc]ar(?:ka)?|razvijal(?:ec|ka)|in[\u017ez]enir(?:ka)?|inxhinier(?:e)?|zhvillues(?:e)?' +
    '|k\u1ef9 s\u01b0|l\u1eadp trình viên|th\u1ef1c t\u1eadp sinh|chuyên viên|nhân viên|tr\u01b0\u1edfng nhóm|tr\u01b0\u1edfng phòng|giám \u0111\u1ed1c|ki\u1ec3m th\u1eed viên|c\u1ed9ng tác viên' +
    '|\u05de\u05d4\u05e0\u05d3\u05e1(?:\u05ea)?|\u05de\u05e4\u05ea\u05d7(?:\u05ea)?|\u05de\u05ea\u05db\u05e0\u05ea(?:\u05ea)?|\u05de\u05e0\u05d4\u05dc(?:\u05ea)?|\u05e8\u05d0\u05e9 \u05e6\u05d5\u05d5\u05ea|\u05d0\u05e0\u05dc\u05d9\u05e1\u05d8(?:\u05d9\u05ea)?|\u05d8\u05db\u05e0\u05d0\u05d9(?:\u05ea)?|\u05ea\u05d5\u05de\u05db(?:\u05ea)?|\u05ea\u05d5\u05de\u05da|\u05de\u05e4\u05e2\u05d9\u05dc(?:\u05ea)?' +
    '|\u0645\u0647\u0646\u062f\u0633(?:\u0629)?|\u0645\u0637\u0648\u0631(?:\u0629)?|\u0645\u0628\u0631\u0645\u062c(?:\u0629)?|\u0645\u062f\u064a\u0631|\u0645\u062d\u0644\u0644(?:\u0629)?|\u0645\u062a\u062f\u0631\u0628(?:\u0629)?|\u0623\u062e\u0635\u0627\u0626\u064a|\u0627\u062e\u0635\u0627\u0626\u064a|\u0641\u0646\u064a|\u0645\u0634\u0631\u0641' +
    // (s46) Japanese titles, written without spaces ("シニアバックエンドエンジニア", "プロジェクトマネージャー").
    '|\u30a8\u30f3\u30b8\u30cb\u30a2|\u30d7\u30ed\u30b0\u30e9\u30de|\u30de\u30cd\u30fc\u30b8\u30e3|\u30de\u30cd\u30b8\u30e3|\u30b3\u30f3\u30b5\u30eb\u30bf\u30f3\u30c8|\u30a2\u30fc\u30ad\u30c6\u30af\u30c8|\u30ea\u30fc\u30c0\u30fc|\u30c7\u30b6\u30a4\u30ca\u30fc|\u30a2\u30ca\u30ea\u30b9\u30c8|\u30b9\u30da\u30b7\u30e3\u30ea\u30b9\u30c8' +
    // (s61) More Japanese titles: an intern (\u30a4\u30f3\u30bf\u30fc\u30f3), a developer (\u958b\u767a\u8005), a tester (\u30c6\u30b9\u30bf\u30fc), an administrator (\u7ba1\u7406\u8005).
    '|\u30a4\u30f3\u30bf\u30fc\u30f3|\u958b\u767a\u8005|\u30c6\u30b9\u30bf\u30fc|\u7ba1\u7406\u8005' +
    // (s54) Chinese titles, written without spaces: "\u9ad8\u7ea7\u540e\u7aef\u5de5\u7a0b\u5e08" (engineer), "\u540e\u7aef\u5f00\u53d1\u5b9e\u4e60\u751f" (intern); manager,
    // architect, analyst, designer and director from general knowledge.
    '|\u5de5\u7a0b\u5e08|\u5b9e\u4e60\u751f|\u7ecf\u7406|\u67b6\u6784\u5e08|\u5206\u6790\u5e08|\u8bbe\u8ba1\u5e08|\u603b\u76d1',
  'iu',
);
/** A job title's word in a line; "Volunteer" opening an employer's name ("Volunteer State Hosting") is none (VOLUNTEER_NAME). */
const TITLE_WORD = { test: (line: string): boolean => TITLE_WORD_RE.test(line.includes('Volunteer') ? line.replace(VOLUNTEER_NAME, '') : line) };
const COUNTRY =
  '(?:USA|U\\.S\\.A?\\.?|UK|United States|United Kingdom|England|Scotland|Ireland|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Germany|France|Spain|Portugal|Italy|Netherlands|Belgium|Switzerland|Austria|Poland|Sweden|Norway|Denmark|Finland|Czechia|Czech Republic|Romania|Greece|Turkey|Israel|Egypt|Nigeria|Kenya|South Africa|India|Pakistan|Bangladesh|Sri Lanka|China|Hong Kong|Taiwan|Japan|Korea|South Korea|S\\.\\s?Korea|Republic of Korea|Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand|Australia|New Zealand|UAE|Ukraine|Russia|Croatia|Serbia|Slovenia|Slovakia|Bosnia and Herzegovina|Hungary|Bulgaria|Estonia|Latvia|Lithuania|Luxembourg|Iceland|Cyprus|Malta|Albania|North Macedonia|Montenegro|Moldova|Belarus|Armenia|Azerbaijan|Kazakhstan|Uzbekistan|Morocco|Tunisia|Algeria|Ghana|Ethiopia|Uganda|Tanzania|Rwanda|Senegal|Cameroon|Saudi Arabia|Qatar|Kuwait|Bahrain|Oman|Jordan|Lebanon|Iran|Iraq|Nepal|Cambodia|Myanmar|Ecuador|Uruguay|Paraguay|Bolivia|Venezuela|Costa Rica|Panama|Guatemala|Dominican Republic|Puerto Rico)';
// (s46: "Bengaluru, Karnataka, India", "Milan, Lombardy, Italy": a city, its region and its country, as LinkedIn writes a place.)
// (s48) A US town and its state's code with no comma between, "Denver CO", "San Jose CA", as a role line writes them after the employer.
const US_TOWN = "[A-Z][\\p{L}.'\u2019-]+(?: [A-Z][\\p{L}.'\u2019-]+){0,2} (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)";
const US_TOWN_ALONE = new RegExp(`^${US_TOWN}$`, 'u');
// (s58: a field's or trade's two capitals, "Working Student, QA", "Analyst, BI", are no state's code.)
const LOCATION = new RegExp(`^([Rr]emote|REMOTE|[Hh]ybrid|HYBRID|[Oo]n-?[Ss]ite|ON-?SITE|[A-Z](?:(?!\\s[-–—]\\s)[\\p{L}.'’ -]){1,30},\\s*[A-Z][\\p{L}.'’ -]{1,30},\\s*${COUNTRY}|[A-Z](?:(?!\\s[-–—]\\s)[\\p{L}.'’ -]){1,30},\\s*(?:[A-Z]{2}|${COUNTRY})(?:,\\s*${COUNTRY})?|${COUNTRY}|(?!QA|IT|HR|UX|UI|BI|ML|AI|PR|OT)[A-Z]{2}|${US_TOWN})\\.?$`, 'u');
/** A field after a title that names its area, not an employer: "Embedded Software", "Platform Team", "Backend". */
const TITLE_QUALIFIER =
  /^(?:(?:embedded|backend|back-end|frontend|front-end|full[- ]stack|platform|infrastructure|data|cloud|security|devops|ml|ai|mobile|web|systems?|core|product|payments?|site reliability|reliability|developer productivity|tooling|firmware|network(?:ing)?|storage|search|growth)\s*)+(?:software|systems?|team|engineering|platform|group|infrastructure|squad|tribe)?$/i;

/** (s51) A rank that names no work of its own: its area follows after a comma ("Director, Data Engineering"). */
const RANK_ALONE = /^(?:(?:senior|associate|assistant|executive|deputy|group|regional|general)\s+)?(?:director|vp|svp|evp|vice president|head|manager|chief)$/i;

/** A project's label inside a role ("Project: …", "Project Name – …"). */
const PROJECT_LABEL = /^(?:client\s+)?project(?:\s+(?:name|title))?\s*(?:#?\d+\s*)?[:–—-]/i;

/** A heading that names time away from work (in other words too: "Jul 2022 – Aug 2023: travelling, no work.", "Unemployed", "Between contracts"). */
const NOT_WORK =
  /\b(career (break|gap|pause)|sabbatical|(parental|maternity|paternity|family|medical|sick|caregiving|carer'?s) leave|gap year|time off|(full-time|stay-at-home) (parent|mum|mom|dad|carer|caregiver)|caregiving|travel(l?ing)? (break|year)|no (paid )?work|not working|unemployed|between (jobs|roles|contracts|positions))\b|^\W*travel(l?ing)?( (abroad|the world|in \w+|around \w+( \w+)?))?\W*$/i;
/** A title of the field's work, the kind a part-time post outside it does not have: "Software Engineer", "Research Assistant", "IT Technician". */
const FIELD_TITLE = /\b(?:engineer|developer|programmer|analyst|scientist|administrator|admin|architect|designer|technician|tester|consultant|researcher|research|lab(?:oratory)?|intern|SDET|SRE|DevOps|IT|QA|data|software|web|systems?)\b/i;
/**
 * (s60) The same in the languages of Europe's CVs read here: "T\u00e9cnico de Suporte (part-time, durante a licenciatura)", "Programador
 * (media jornada)", "Werkstudent Entwicklung", "Technicien support (temps partiel)": a part-time post of the field's work.
 */
const FIELD_TITLE_ABROAD =
  /(?<![\p{L}])(?:t[\u00e9e]cnic[oa]|suporte|soporte|supporto|programador(?:a)?|desenvolvedor(?:a)?|engenheir[oa]|ingenier[oa]|analista|inform[\u00e1a]tic[oa]|sviluppat(?:ore|rice)|entwickler(?:in)?|techniker(?:in)?|informatiker(?:in)?|d[\u00e9e]veloppeu(?:r|se)|technicien(?:ne)?|ing[\u00e9e]nieu(?:r|re)|ontwikkelaar|programmeur)(?![\p{L}])/iu;
/** A role's head that says the work was part-time: "(part-time)", "Part time", "PT". */
const PART_TIME = /\bpart[- ]time\b/i;
/** A role's title or employer that says the work was unpaid: "(volunteer)", "Volunteer mentor", "volunteering". */
// (s58) And Portuguese, Spanish, Italian, Dutch and Czech words for it: "Formadora volunt\u00e1ria", "voluntario", "volontario", "vrijwilliger",
// "dobrovoln\u011b".
const VOLUNTEER = /\bvolunteer(?:ing|ed)?\b|\bunpaid\b|\bpro[- ]bono\b|\bb[ée]n[ée]vole\b|\behrenamtlich\b|(?<![\p{L}])(?:volunt[\u00e1a]ri[oa]|voluntariado|volontari[oa]|vrijwillig(?:er|ster)?|dobrovoln(?:\u011b|\u00edk|ice))(?![\p{L}])/iu;
/**
 * "Volunteer State Hosting", "Volunteer Express Freight": "Volunteer" capitalised before another capitalised word that is
 * no role ("Volunteer Developer", "Volunteer Mentor" stay unpaid work) is part of an employer's name (s41).
 */
const VOLUNTEER_NAME = /\bVolunteer(?=\s+[A-Z])(?!\s+(?:[A-Z][\w-]*\s+)?(?:Developer|Engineer|Programmer|Coordinator|Mentor|Tutor|Teacher|Instructor|Lead|Organi[sz]er|Designer|Analyst|Administrator|Admin|Manager|Consultant|Technician|Translator|Writer|Work|Role|Position|Experience|Firefighter|EMT)s?\b)/g;
/**
 * A conscript's or a rank's word alone, then the duty after a comma: "Conscript, radio operator (Corporal)" (s58). (s60) And the
 * Nordic and Greek conscript's or soldier's word: "V\u00e6rnepligtig, konstabel (f\u00f8ringsst\u00f8tte)", "\u03a3\u03c4\u03c1\u03b1\u03c4\u03b9\u03ce\u03c4\u03b7\u03c2, \u03c4\u03bc\u03ae\u03bc\u03b1 \u03c0\u03bb\u03b7\u03c1\u03bf\u03c6\u03bf\u03c1\u03b9\u03ba\u03ae\u03c2" (soldier).
 */
const CONSCRIPT_WORD = /^(?:conscript|national serviceman|reservist|private|lance corporal|corporal|sergeant|soldier|v\u00e6rnepligtig|v\u00e4rnpliktig|vernepliktig|varusmies|\u03c3\u03c4\u03c1\u03b1\u03c4\u03b9[\u03ceo\u03c9]\u03c4\u03b7\u03c2)$/iu;
/** (s60) A post that runs volunteers, paid as a rule: "Volunteer Coordinator", "Volunteer Programme Manager", "Volunteering Officer". */
const VOLUNTEER_STAFF = /\bvolunteer(?:ing)?\s+(?:(?:services|programme|program|engagement|development|recruitment)\s+)?(?:coordinator|manager|officer|lead(?:er)?|supervisor|director)s?\b/i;
const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/g;
/** A company's suffix after its name ("Acme Co", "Lindqvist AB"; "CO" alone is Colorado). */
// (s50) Czech, Slovak and Polish legal forms written in lower case: "Moravia Systems a.s.", "Krkono\u0161e Web s.r.o.", "Neptun Software sp. z o.o.".
// (s56: "d.o.o." and "d.d.", the Slovenian, Croatian and Serbian limited companies; "s.p.", a Slovenian sole trader.)
const COMPANY_SUFFIX_RE = /\S\s+(?:.*\s)?(inc|ltd|llc|corp|co|gmbh|plc|ag|limited|company|group|labs?|s\.\s?r\.\s?o|a\.\s?s|sp\.\s?z\s?o\.\s?o|d\.\s?o\.\s?o|d\.\s?d|s\.\s?p)\b/i;
/**
 * (s62) A company's legal form in the batch's languages: Bulgarian, Macedonian and Russian after the name ("\u0412\u0438\u0442\u043e\u0448\u0430 \u041a\u043b\u0430\u0443\u0434 \u0415\u041e\u041e\u0414",
 * "\u0420\u043e\u0434\u043e\u043f\u0438 \u0422\u0435\u043b\u0435\u043a\u043e\u043c \u0410\u0414", "\u041e\u041e\u041e", "\u0414\u041e\u041e\u0415\u041b"), Albanian ("sh.p.k.", "sh.a."), Hebrew ("\u05d1\u05e2"\u05de", Ltd.); or a company's word before it: Vietnamese
 * ("Công ty TNHH \u2026", "T\u1eadp \u0111oàn \u2026", "Ngân hàng TMCP \u2026") and Arabic ("\u0634\u0631\u0643\u0629 \u2026", "\u0645\u062c\u0645\u0648\u0639\u0629 \u2026", "\u0645\u0624\u0633\u0633\u0629 \u2026"). A Cyrillic or Hebrew form has no
 * \b of its own (COMPANY_SUFFIX_RE's).
 */
const S62_COMPANY_FORM =
  /\S\s+(?:.*\s)?(?:\u0415\u041e\u041e\u0414|\u041e\u041e\u0414|\u0415\u0410\u0414|\u0410\u0414|\u041e\u041e\u041e|\u0410\u041e|\u041f\u0410\u041e|\u0414\u041e\u041e\u0415\u041b|\u0414\u041e\u041e|sh\.\s?p\.\s?k|sh\.\s?a|\u05d1\u05e2["\u05f4]\u05de)(?![\p{L}])|^\s*(?:công ty|t\u1eadp \u0111oàn|t\u1ed5ng công ty|ngân hàng|\u0634\u0631\u0643\u0629|\u0645\u062c\u0645\u0648\u0639\u0629|\u0645\u0624\u0633\u0633\u0629)\s+\S/iu;
const COMPANY_SUFFIX = { test: (t: string): boolean => COMPANY_SUFFIX_RE.test(t) || S62_COMPANY_FORM.test(t) };

const SPOKEN = [
  'English', 'Spanish', 'French', 'German', 'Italian', 'Portuguese', 'Dutch', 'Swedish', 'Norwegian', 'Danish', 'Finnish',
  'Icelandic', 'Polish', 'Czech', 'Slovak', 'Hungarian', 'Romanian', 'Bulgarian', 'Greek', 'Turkish', 'Russian',
  'Ukrainian', 'Belarusian', 'Serbian', 'Croatian', 'Bosnian', 'Slovenian', 'Albanian', 'Lithuanian', 'Latvian',
  'Estonian', 'Arabic', 'Hebrew', 'Persian', 'Farsi', 'Urdu', 'Hindi', 'Bengali', 'Bangla', 'Punjabi', 'Gujarati',
  'Marathi', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Nepali', 'Sinhala', 'Chinese', 'Mandarin', 'Cantonese',
  'Japanese', 'Korean', 'Vietnamese', 'Thai', 'Indonesian', 'Malay', 'Tagalog', 'Filipino', 'Swahili', 'Amharic',
  'Yoruba', 'Hausa', 'Igbo', 'Zulu', 'Afrikaans', 'Catalan', 'Basque', 'Galician', 'Irish', 'Welsh', 'Armenian',
  'Georgian', 'Kazakh', 'Uzbek', 'Mongolian', 'Khmer', 'Lao', 'Burmese', 'Latin', 'Esperanto', 'Sign Language',
  'Twi', 'Akan', 'Wolof', 'Somali', 'Tigrinya', 'Oromo', 'Kinyarwanda', 'Shona', 'Xhosa', 'Sesotho', 'Setswana', 'Lingala',
  'Luganda', 'Malagasy', 'Pashto', 'Dari', 'Kurdish', 'Azerbaijani', 'Tajik', 'Kyrgyz', 'Turkmen', 'Uyghur', 'Tibetan',
  'Sindhi', 'Odia', 'Oriya', 'Assamese', 'Konkani', 'Tulu', 'Maithili', 'Bhojpuri', 'Hokkien', 'Hakka', 'Javanese',
  'Sundanese', 'Cebuano', 'Maori', 'Māori', 'Samoan', 'Hawaiian', 'Luxembourgish', 'Maltese', 'Macedonian', 'Slovene',
  'Scottish Gaelic', 'Gaelic', 'Yiddish', 'Quechua', 'Guarani', 'Haitian Creole', 'Creole', 'Papiamento',
  'ASL', 'BSL', 'Ga', 'Ewe', 'Fante', 'Kikuyu',
  // (s48) Regional languages of Europe a CV names beside the national ones.
  'Occitan', 'Breton', 'Corsican', 'Frisian', 'Faroese', 'Romansh',
];
/** Languages named in French, German or Spanish (a CV written in them), by their English names. */
const SPOKEN_ABROAD: Record<string, string> = {
  Français: 'French', Anglais: 'English', Allemand: 'German', Espagnol: 'Spanish', Italien: 'Italian', Portugais: 'Portuguese',
  Néerlandais: 'Dutch', Arabe: 'Arabic', Chinois: 'Chinese', Japonais: 'Japanese', Russe: 'Russian', Polonais: 'Polish',
  Deutsch: 'German', Englisch: 'English', Französisch: 'French', Spanisch: 'Spanish', Italienisch: 'Italian', Russisch: 'Russian',
  Polnisch: 'Polish', Türkisch: 'Turkish', Niederländisch: 'Dutch', Español: 'Spanish', Castellano: 'Spanish', Inglés: 'English',
  Francés: 'French', Alemán: 'German', Portugués: 'Portuguese', Italiano: 'Italian', Catalán: 'Catalan',
  // (s56: Valencian, the Catalan of Valencia, "valenciano (nativo)", "Valenci\u00e0".)
  Valenciano: 'Catalan', 'Valenci\u00e0': 'Catalan',
  // (s59 lead) Catalan, in a Catalan CV's "Idiomes" ("Catal\u00e0 (nadiu), castell\u00e0 (nadiu), angl\u00e8s (C1)").
  'Catal\u00e0': 'Catalan', 'castell\u00e0': 'Spanish', 'angl\u00e8s': 'English', 'franc\u00e8s': 'French', 'alemany': 'German',
  // Portuguese ("Português (nativo), Inglês (avançado)").
  Português: 'Portuguese', Inglês: 'English', Espanhol: 'Spanish', Francês: 'French', Alemão: 'German',
  // (s47) Polish, in a Polish CV's "J\u0119zyki" ("angielski \u2014 C1", "polski (ojczysty)").
  polski: 'Polish', angielski: 'English', niemiecki: 'German', francuski: 'French', 'hiszpa\u0144ski': 'Spanish', 'w\u0142oski': 'Italian',
  rosyjski: 'Russian', 'ukrai\u0144ski': 'Ukrainian', czeski: 'Czech',
  // (s48) Swedish, Norwegian and Danish ("svenska (modersm\u00e5l), engelska (flytande)", "norsk", "dansk"), Italian ("inglese (B2)",
  // "sloveno") and France's regional languages ("occitan (notions)"), read in a languages section or on its labelled line.
  svenska: 'Swedish', engelska: 'English', finska: 'Finnish', tyska: 'German', franska: 'French', spanska: 'Spanish',
  norska: 'Norwegian', danska: 'Danish', ryska: 'Russian', italienska: 'Italian', arabiska: 'Arabic',
  svensk: 'Swedish', norsk: 'Norwegian', dansk: 'Danish', engelsk: 'English', tysk: 'German', fransk: 'French', spansk: 'Spanish',
  finsk: 'Finnish', inglese: 'English', francese: 'French', tedesco: 'German', spagnolo: 'Spanish', portoghese: 'Portuguese',
  sloveno: 'Slovenian', croato: 'Croatian', russo: 'Russian', cinese: 'Chinese', rumeno: 'Romanian', occitan: 'Occitan',
  breton: 'Breton', catalan: 'Catalan',
  // (s51) Dutch ("Nederlands (moedertaal) \u00b7 Engels (vloeiend) \u00b7 Duits (redelijk)"), Romanian ("Limba matern\u0103: rom\u00e2n\u0103", "Englez\u0103 \u2014
  // C1; german\u0103 \u2014 B1; maghiar\u0103 \u2014 A2") and Turkish ("T\u00fcrk\u00e7e (ana dil) \u00b7 \u0130ngilizce (ileri, C1) \u00b7 Almanca"; a capital \u0130 does not
  // fold to i: both written), in a languages section.
  Nederlands: 'Dutch', Engels: 'English', Duits: 'German', Frans: 'French', Spaans: 'Spanish',
  'rom\u00e2n\u0103': 'Romanian', 'englez\u0103': 'English', 'german\u0103': 'German', 'maghiar\u0103': 'Hungarian',
  'T\u00fcrk\u00e7e': 'Turkish', '\u0130ngilizce': 'English', ingilizce: 'English', Almanca: 'German',
  // (s50) Czech, in a Czech CV's "Jazyky" ("\u010de\u0161tina \u2013 rodil\u00fd mluv\u010d\u00ed", "angli\u010dtina \u2013 C1", "n\u011bm\u010dina \u2013 B1").
  '\u010de\u0161tina': 'Czech', 'angli\u010dtina': 'English', 'n\u011bm\u010dina': 'German', 'sloven\u0161tina': 'Slovak', 'pol\u0161tina': 'Polish',
  'francouz\u0161tina': 'French', '\u0161pan\u011bl\u0161tina': 'Spanish', 'ital\u0161tina': 'Italian', 'ru\u0161tina': 'Russian', 'ukrajin\u0161tina': 'Ukrainian',
  // (s59) Slovak, in a Slovak CV's "Jazyky" ("sloven\u010dina \u2013 materinsk\u00fd jazyk", "angli\u010dtina \u2013 B2", "nem\u010dina \u2013 A2"; "angli\u010dtina",
  // "ru\u0161tina" are Czech's too).
  'sloven\u010dina': 'Slovak', 'nem\u010dina': 'German', 'po\u013e\u0161tina': 'Polish', 'ma\u010far\u010dina': 'Hungarian', 'franc\u00faz\u0161tina': 'French',
  '\u0161paniel\u010dina': 'Spanish', 'talian\u010dina': 'Italian', 'ukrajin\u010dina': 'Ukrainian',
  // (s52) Greek, as the Europass's table names them in capitals without their accents ("\u0395\u039b\u039b\u0397\u039d\u0399\u039a\u0391", "\u0391\u0393\u0393\u039b\u0399\u039a\u0391", "\u0393\u0395\u03a1\u039c\u0391\u039d\u0399\u039a\u0391") and in
  // lower case with them; Finnish ("suomi \u2013 \u00e4idinkieli", "englanti", "ruotsi", "saksa", "ranska", "espanja", "ven\u00e4j\u00e4") and Hungarian ("magyar
  // (anyanyelv)", "angol", "n\u00e9met", "francia", "spanyol", "orosz", "olasz"), in a languages section.
  '\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac': 'Greek', '\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03b1': 'Greek', '\u03b1\u03b3\u03b3\u03bb\u03b9\u03ba\u03ac': 'English', '\u03b1\u03b3\u03b3\u03bb\u03b9\u03ba\u03b1': 'English',
  '\u03b3\u03b5\u03c1\u03bc\u03b1\u03bd\u03b9\u03ba\u03ac': 'German', '\u03b3\u03b5\u03c1\u03bc\u03b1\u03bd\u03b9\u03ba\u03b1': 'German',
  suomi: 'Finnish', englanti: 'English', ruotsi: 'Swedish', saksa: 'German', ranska: 'French', espanja: 'Spanish', 'ven\u00e4j\u00e4': 'Russian',
  // (s60) Latvian, in a Latvian CV's "Valodas" ("latvie\u0161u (dzimt\u0101), ang\u013cu (C1), krievu (B2)").
  'latvie\u0161u': 'Latvian', 'ang\u013cu': 'English', 'krievu': 'Russian', 'v\u0101cu': 'German', 'fran\u010du': 'French', 'lietuvie\u0161u': 'Lithuanian', 'igau\u0146u': 'Estonian', 'po\u013cu': 'Polish', 'sp\u0101\u0146u': 'Spanish', 'it\u0101\u013cu': 'Italian', 'ukrai\u0146u': 'Ukrainian',
  // (s61) Lithuanian ("lietuvi\u0173 (gimtoji), angl\u0173 (C1), rus\u0173 (B1)"), Estonian ("eesti (emakeel), inglise (C1), vene (B2), soome"),
  // Indonesian ("Bahasa Indonesia (penutur asli), Bahasa Inggris (mahir)") and more of Greek's ("\u0399\u03c3\u03c0\u03b1\u03bd\u03b9\u03ba\u03ac", "\u0393\u03b1\u03bb\u03bb\u03b9\u03ba\u03ac",
  // "\u03a1\u03c9\u03c3\u03b9\u03ba\u03ac", "\u03a4\u03bf\u03c5\u03c1\u03ba\u03b9\u03ba\u03ac", with or without the accent), in a languages section.
  'lietuvi\u0173': 'Lithuanian', 'angl\u0173': 'English', 'rus\u0173': 'Russian', 'vokie\u010di\u0173': 'German', 'lenk\u0173': 'Polish', 'pranc\u016bz\u0173': 'French', 'ispan\u0173': 'Spanish', 'latvi\u0173': 'Latvian',
  eesti: 'Estonian', inglise: 'English', vene: 'Russian', soome: 'Finnish', rootsi: 'Swedish', prantsuse: 'French', hispaania: 'Spanish',
  'Bahasa Indonesia': 'Indonesian', 'Bahasa Inggris': 'English', 'Bahasa Sunda': 'Sundanese', 'Bahasa Jawa': 'Javanese', 'Bahasa Mandarin': 'Chinese',
  'Bahasa Jepang': 'Japanese', 'Bahasa Arab': 'Arabic', 'Bahasa Melayu': 'Malay', 'Bahasa Jerman': 'German', 'Bahasa Belanda': 'Dutch',
  '\u03b9\u03c3\u03c0\u03b1\u03bd\u03b9\u03ba\u03ac': 'Spanish', '\u03b9\u03c3\u03c0\u03b1\u03bd\u03b9\u03ba\u03b1': 'Spanish', '\u03b3\u03b1\u03bb\u03bb\u03b9\u03ba\u03ac': 'French', '\u03b3\u03b1\u03bb\u03bb\u03b9\u03ba\u03b1': 'French',
  '\u03c1\u03c9\u03c3\u03b9\u03ba\u03ac': 'Russian', '\u03c1\u03c9\u03c3\u03b9\u03ba\u03b1': 'Russian', '\u03c4\u03bf\u03c5\u03c1\u03ba\u03b9\u03ba\u03ac': 'Turkish', '\u03c4\u03bf\u03c5\u03c1\u03ba\u03b9\u03ba\u03b1': 'Turkish',
  // (s59 lead) Croatian, Serbian and Bosnian ("hrvatski (materinski), engleski (C1), njema\u010dki (A2)"), in a languages section.
  hrvatski: 'Croatian', srpski: 'Serbian', bosanski: 'Bosnian', engleski: 'English', 'njema\u010dki': 'German', 'nema\u010dki': 'German',
  talijanski: 'Italian', '\u0161panjolski': 'Spanish',
  magyar: 'Hungarian', angol: 'English', 'n\u00e9met': 'German', francia: 'French', spanyol: 'Spanish', orosz: 'Russian', olasz: 'Italian',
  // (s53) Greek "\u0399\u03c4\u03b1\u03bb\u03b9\u03ba\u03ac" (with and without its accent), Romanian "francez\u0103", Ukrainian ("\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430 (\u0440\u0456\u0434\u043d\u0430), \u0430\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 (B2),
  // \u043f\u043e\u043b\u044c\u0441\u044c\u043a\u0430 (B1)"), in a languages section.
  '\u03b9\u03c4\u03b1\u03bb\u03b9\u03ba\u03ac': 'Italian', '\u03b9\u03c4\u03b1\u03bb\u03b9\u03ba\u03b1': 'Italian', 'francez\u0103': 'French',
  '\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430': 'Ukrainian', '\u0430\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430': 'English', '\u043f\u043e\u043b\u044c\u0441\u044c\u043a\u0430': 'Polish',
  // (s62) Bulgarian and Macedonian ("\u0431\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438 \u2013 \u0440\u043e\u0434\u0435\u043d; \u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\u0438 \u2013 B2"), Russian, Slovenian ("sloven\u0161\u010dina (materni jezik), angle\u0161\u010dina
  // (B2)"), Albanian ("shqip", "anglisht (C1)"), Vietnamese ("Ti\u1ebfng Vi\u1ec7t: b\u1ea3n ng\u1eef", "Ti\u1ebfng Anh"), Hebrew ("\u05e2\u05d1\u05e8\u05d9\u05ea \u2013 \u05e9\u05e4\u05ea \u05d0\u05dd", "\u05d0\u05e0\u05d2\u05dc\u05d9\u05ea"),
  // Arabic ("\u0627\u0644\u0639\u0631\u0628\u064a\u0629: \u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0623\u0645", "\u0627\u0644\u0625\u0646\u062c\u0644\u064a\u0632\u064a\u0629"), Georgian ("\u10e5\u10d0\u10e0\u10d7\u10e3\u10da\u10d8") and Luxembourg's ("luxembourgeois", "Lëtzebuergesch"), in a
  // languages section.
  '\u0431\u044a\u043b\u0433\u0430\u0440\u0441\u043a\u0438': 'Bulgarian', '\u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\u0438': 'English', '\u043d\u0435\u043c\u0441\u043a\u0438': 'German', '\u0440\u0443\u0441\u043a\u0438': 'Russian', '\u0444\u0440\u0435\u043d\u0441\u043a\u0438': 'French', '\u0438\u0441\u043f\u0430\u043d\u0441\u043a\u0438': 'Spanish',
  '\u0438\u0442\u0430\u043b\u0438\u0430\u043d\u0441\u043a\u0438': 'Italian', '\u0442\u0443\u0440\u0441\u043a\u0438': 'Turkish', '\u0441\u0440\u044a\u0431\u0441\u043a\u0438': 'Serbian', '\u043c\u0430\u043a\u0435\u0434\u043e\u043d\u0441\u043a\u0438': 'Macedonian', '\u0430\u043d\u0433\u043b\u0438\u0441\u043a\u0438': 'English', '\u0433\u0435\u0440\u043c\u0430\u043d\u0441\u043a\u0438': 'German',
  '\u0440\u0443\u0441\u0441\u043a\u0438\u0439': 'Russian', '\u0430\u043d\u0433\u043b\u0438\u0439\u0441\u043a\u0438\u0439': 'English', '\u043d\u0435\u043c\u0435\u0446\u043a\u0438\u0439': 'German', '\u0444\u0440\u0430\u043d\u0446\u0443\u0437\u0441\u043a\u0438\u0439': 'French', '\u043a\u0430\u0437\u0430\u0445\u0441\u043a\u0438\u0439': 'Kazakh',
  'sloven\u0161\u010dina': 'Slovenian', 'angle\u0161\u010dina': 'English', 'nem\u0161\u010dina': 'German', 'italijan\u0161\u010dina': 'Italian', 'hrva\u0161\u010dina': 'Croatian',
  'srb\u0161\u010dina': 'Serbian', 'franco\u0161\u010dina': 'French', '\u0161pan\u0161\u010dina': 'Spanish',
  shqip: 'Albanian', shqipe: 'Albanian', anglisht: 'English', gjermanisht: 'German', italisht: 'Italian', 'frëngjisht': 'French',
  spanjisht: 'Spanish', serbisht: 'Serbian', greqisht: 'Greek', turqisht: 'Turkish',
  'Ti\u1ebfng Vi\u1ec7t': 'Vietnamese', 'Ti\u1ebfng Anh': 'English', 'Ti\u1ebfng Nh\u1eadt': 'Japanese', 'Ti\u1ebfng Hàn': 'Korean', 'Ti\u1ebfng Trung': 'Chinese',
  'Ti\u1ebfng Pháp': 'French', 'Ti\u1ebfng \u0110\u1ee9c': 'German',
  '\u05e2\u05d1\u05e8\u05d9\u05ea': 'Hebrew', '\u05d0\u05e0\u05d2\u05dc\u05d9\u05ea': 'English', '\u05e2\u05e8\u05d1\u05d9\u05ea': 'Arabic', '\u05e8\u05d5\u05e1\u05d9\u05ea': 'Russian', '\u05e6\u05e8\u05e4\u05ea\u05d9\u05ea': 'French', '\u05d2\u05e8\u05de\u05e0\u05d9\u05ea': 'German', '\u05e1\u05e4\u05e8\u05d3\u05d9\u05ea': 'Spanish',
  '\u0627\u0644\u0639\u0631\u0628\u064a\u0629': 'Arabic', '\u0627\u0644\u0625\u0646\u062c\u0644\u064a\u0632\u064a\u0629': 'English', '\u0627\u0644\u0627\u0646\u062c\u0644\u064a\u0632\u064a\u0629': 'English', '\u0627\u0644\u0625\u0646\u0643\u0644\u064a\u0632\u064a\u0629': 'English', '\u0627\u0644\u0641\u0631\u0646\u0633\u064a\u0629': 'French', '\u0627\u0644\u0623\u0644\u0645\u0627\u0646\u064a\u0629': 'German',
  '\u0627\u0644\u0627\u0644\u0645\u0627\u0646\u064a\u0629': 'German', '\u0627\u0644\u0625\u0633\u0628\u0627\u0646\u064a\u0629': 'Spanish', '\u0627\u0644\u062a\u0631\u0643\u064a\u0629': 'Turkish',
  '\u10e5\u10d0\u10e0\u10d7\u10e3\u10da\u10d8': 'Georgian', '\u10d8\u10dc\u10d2\u10da\u10d8\u10e1\u10e3\u10e0\u10d8': 'English', '\u10e0\u10e3\u10e1\u10e3\u10da\u10d8': 'Russian', '\u10d2\u10d4\u10e0\u10db\u10d0\u10dc\u10e3\u10da\u10d8': 'German',
  luxembourgeois: 'Luxembourgish', 'Lëtzebuergesch': 'Luxembourgish', luxemburgisch: 'Luxembourgish',
  // (s62 lead) More languages named in Russian, beside those above ("\u0443\u0437\u0431\u0435\u043a\u0441\u043a\u0438\u0439 (\u0440\u043e\u0434\u043d\u043e\u0439)"), in a languages section.
  '\u0443\u043a\u0440\u0430\u0438\u043d\u0441\u043a\u0438\u0439': 'Ukrainian', '\u0438\u0441\u043f\u0430\u043d\u0441\u043a\u0438\u0439': 'Spanish', '\u0438\u0442\u0430\u043b\u044c\u044f\u043d\u0441\u043a\u0438\u0439': 'Italian', '\u043a\u0438\u0442\u0430\u0439\u0441\u043a\u0438\u0439': 'Chinese', '\u0442\u0443\u0440\u0435\u0446\u043a\u0438\u0439': 'Turkish',
  // (s62 lead) Basque and Galician by their Spanish and own names ("Euskera (C1, EGA)", "galego").
  euskera: 'Basque', euskara: 'Basque', galego: 'Galician', gallego: 'Galician',
  '\u0443\u0437\u0431\u0435\u043a\u0441\u043a\u0438\u0439': 'Uzbek', '\u043f\u043e\u043b\u044c\u0441\u043a\u0438\u0439': 'Polish', '\u0438\u0432\u0440\u0438\u0442': 'Hebrew',

  // (s46) Japanese ("日本語：ネイティブ", "英語：ビジネスレベル"), Chinese and Korean.
  日本語: 'Japanese', 英語: 'English', 中国語: 'Chinese', 韓国語: 'Korean', ドイツ語: 'German', フランス語: 'French', スペイン語: 'Spanish',
  英语: 'English', 日语: 'Japanese', 普通话: 'Mandarin', 粤语: 'Cantonese', 한국어: 'Korean', 영어: 'English', 일본어: 'Japanese', 중국어: 'Chinese',
  // (s62 careful tune; Basque, Galician and Vietnamese are read above) Azerbaijani
  // ("Az\u0259rbaycan dili (ana dili), ingilis dili (B2), rus dili (C1)") and Vietnamese ("Ti\u1ebfng Vi\u1ec7t (b\u1ea3n ng\u1eef), Ti\u1ebfng Anh (IELTS 6.5)").
  'Az\u0259rbaycan dili': 'Azerbaijani', 'ingilis dili': 'English', 'rus dili': 'Russian', 'alman dili': 'German', 't\u00fcrk dili': 'Turkish',
};
// Case aside: French and Spanish write a language's name in lower case ("inglés avanzado", "anglais courant"); only a
// languages section is read with it.
const SPOKEN_ABROAD_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(SPOKEN_ABROAD).join('|')})(?![\\p{L}])`, 'giu');
const SPOKEN_ABROAD_LOWER = new Map(Object.entries(SPOKEN_ABROAD).map(([k, v]) => [k.toLowerCase(), v]));
/** The spoken languages a text names in French, German, Spanish or Portuguese ("Inglés avanzado", "anglais courant"), by their English names. */
export function spokenAbroad(text: string): string[] {
  return [...text.matchAll(SPOKEN_ABROAD_RE)].map((m) => SPOKEN_ABROAD_LOWER.get(m[1]!.toLowerCase())!).filter(Boolean);
}
/** (s50) A spoken language's names: its English name and the names other languages give it ("German": Deutsch, allemand, niemiecki ...). */
export function spokenNames(english: string): string[] {
  return [english, ...Object.keys(SPOKEN_ABROAD).filter((k) => SPOKEN_ABROAD[k] === english)];
}
/** A spoken language's name (global: for matchAll). */
export const SPOKEN_RE = new RegExp(`\\b(${SPOKEN.join('|')})\\b`, 'g');
const SPOKEN_NAMES = new Set<string>(SPOKEN);
const PROFICIENCY = /\b(native|fluent|fluency|bilingual|proficient|proficiency|conversational|intermediate|advanced|beginner|basic|working knowledge|mother tongue|limited|professional working|elementary|C1|C2|B1|B2|A1|A2)\b/i;

const CLEARANCES: ReadonlyArray<[string, RegExp]> = [
  ['TS/SCI with polygraph', /\bTS\s*\/\s*SCI\b[^.\n]{0,30}\b(full[- ]scope |ci |lifestyle )?poly(graph)?\b/i],
  ['TS/SCI', /\bTS\s*\/\s*SCI\b/i],
  ['Top Secret', /\btop[- ]secret\b/i],
  ['Secret', /\bsecret (security )?clearance\b|\bclearance:?\s*secret\b|\bactive secret\b/i],
  ['Public Trust', /\bpublic trust\b/i],
  // Canada: "Enhanced Reliability Status", "Reliability Status".
  ['Enhanced Reliability', /\benhanced reliability( status| clearance| check)?\b/i],
  ['Reliability', /\breliability (status|clearance)\b/i],
  ['DOE Q', /\b(doe )?q clearance\b/i],
  ['DV', /\b(developed vetting|dv clearance|dv cleared|clearance\s*[:\u2013-]?\s*DV)\b/i],
  // Australian levels (AGSVA), highest first: "NV1", "Negative Vetting 2", "Baseline clearance".
  ['PV', /\b(positive vetting|PV (security )?clearance|PV cleared|clearance\s*[:\u2013-]\s*PV)\b/i],
  ['NV2', /\b(NV2|negative vetting (level )?2)\b/i],
  ['NV1', /\b(NV1|negative vetting (level )?1)\b/i],
  // ("Security clearance: Baseline (current)": the level as the field's value.)
  ['Baseline', /\bbaseline (security )?(clearance|vetting)|\bbaseline cleared\b|\bclearance\s*[:\u2013-]\s*baseline\b/i],
  // ("Clearance: SC (active, renewed 2024)": the field a contractor's header labels.)
  ['SC', /\b(sc clearance|sc cleared|security check \(sc\)|clearance\s*[:\u2013-]?\s*SC)\b/i],
  ['Clearance', /\b(active|current|hold(s|ing)?( an?)?) (security )?clearance\b/i],
];

/**
 * Reads a resume's profile. `sections` are the resume's sections (read again from the text when null); `today` is "Present".
 * `implied` (the matcher's implications) gives a skill the roles of the skills that imply it: a role that ran RHEL hosts
 * counts as years of Linux, one that ran EKS as years of Kubernetes.
 */
/**
 * The index of the line holding `at`, or -1 (lines are in order): a binary search, not a scan per skill, which on a
 * resume of 70,000 lines (a text file of hundreds of pages) took a minute.
 */
function lineHolding(lines: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (at < l.start) hi = mid - 1;
    else if (at >= l.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function resumeProfile(
  text: string,
  sections: ResumeSection[] | null,
  findSkills: FindSkills,
  today: Date,
  implied: ReadonlyMap<string, readonly string[]> = new Map(),
  isLanguage: (id: string) => boolean = () => false,
): Profile {
  // (s62) The Arabic comma ("\u0634\u0631\u0643\u0629 \u0627\u0644\u0646\u062e\u064a\u0644 \u0644\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a\u060c \u0627\u0644\u0631\u064a\u0627\u0636") read as a comma: a company and its town, a list's items (one letter for one, so
  // offsets hold).
  if (text.includes('\u060c')) text = text.replace(/\u060c/g, ',');
  const lines = readLines(text, sections ?? resumeSections(text));
  const warnings: string[] = [];
  const now = monthOfDate(today);

  // Where roles are: the experience sections; a resume without one, everywhere but its education, skills and projects.
  const hasExperience = lines.some((l) => l.kind === 'experience');
  const roleKinds: ReadonlySet<LineKind> = hasExperience ? new Set(['experience']) : new Set(['contact', 'summary', 'other']);

  const hits: DateHit[] = [];
  const dayFirst = writesDayFirst(text);
  lines.forEach((line, i) => {
    if ((!roleKinds.has(line.kind) && !teachingPost(lines, i)) || line.heading) return;
    const found = findDateRanges(line.text, dayFirst);
    // (s46) "13/2019 – 05/2020", "32.05.2019": a date no calendar has, on a line where roles are dated: named, not read.
    if (found.length === 0 && !line.degree)
      for (const bad of impossibleDates(line.text)) warnings.push(`"${plain(line.text).slice(0, 80)}": "${bad}" is no date; left out.`);
    // (s49) "Dec 2019 \u2013 Mar 2020 and Dec 2020 \u2013 Mar 2021 (winter seasons)": a line of dates joined by "and" or commas, a note in a
    // bracket at most, is a role's dates, each range its own stint.
    const onlyDates = found.length > 1 && stripDates(line.text).replace(/\([^()]*\)/g, ' ').replace(/(?:^|\s)(?:and|&|,|;|und|et|y|e|en|i|oraz)(?=\s|$)/gi, ' ').trim() === '';
    let ranges = [...found, ...lonePoints(line.text, found)].filter((r) => onlyDates || placedLikeARole(line.text, r));
    if (found.length === 0 && line.kind === 'experience') ranges = loneYear(line.text);
    if (ranges.length === 0) return;
    // A degree on the line (or next to it, outside an experience section) makes the dates a school's.
    const nearDegree = (line.degree && !doctoralPost(line)) || (!hasExperience && stripDates(line.text) === '' && (lines[i - 1]?.degree || lines[i + 1]?.degree));
    if (nearDegree) return;
    for (const range of ranges) hits.push({ line: i, range });
  });
  // (s53) Spans written right to left, the later date first, as a Hebrew or Arabic resume orders them and keeps them in
  // English ("02/2021 \u2013 08/2017", "2017 \u2013 2014", "Present \u2013 03/2021"): where none of the role spans runs forward and two run
  // backwards (or one, beside one that opens with the present), each backward span is its dates the other way round. A lone
  // backward span among forward ones stays a contradiction (named in the warnings below).
  const backward = hits.filter((h) => h.range.end !== null && h.range.end < h.range.start);
  const forward = hits.filter((h) => h.range.end !== null && h.range.end > h.range.start && !(h.range.yearOnly && h.range.end === h.range.start + 11));
  const presentFirst = hits.some((h) => /^(?:present|current|now|today)\b/i.test(lines[h.line]!.text.slice(h.range.from, h.range.to)));
  if (forward.length === 0 && (backward.length >= 2 || (backward.length === 1 && presentFirst)))
    for (const h of backward) h.range = { ...h.range, start: h.range.end!, end: h.range.start };

  // One heading and one block of text per line that holds dates.
  let dateLines = [...new Set(hits.map((h) => h.line))];
  let heads: Heading[] = [];
  for (const d of dateLines) heads.push(headingOf(lines, d, heads.at(-1)));
  // "Project: Payments Gateway (Client: …) / Duration: Jan 2022 – Present" inside a role: a project of that role, no role.
  const projects = new Set(heads.filter((h) => lines.slice(h.first, h.dateLine + 1).some((l) => PROJECT_LABEL.test(plain(l.text)))).map((h) => h.dateLine));
  if (projects.size > 0 && projects.size < dateLines.length) {
    for (let i = hits.length - 1; i >= 0; i--) if (projects.has(hits[i]!.line)) hits.splice(i, 1);
    dateLines = dateLines.filter((d) => !projects.has(d));
    heads = [];
    for (const d of dateLines) heads.push(headingOf(lines, d, heads.at(-1)));
  }
  const rangesOf = (d: number) => hits.filter((h) => h.line === d).map((h) => h.range);
  const inside = (inner: readonly DateRange[], outer: readonly DateRange[]) =>
    inner.length > 0 && inner.every((r) => outer.some((o) => r.start >= o.start && (o.end === null || (r.end !== null && r.end <= o.end))));
  // "• Deployments: Iraq (Aug 2019 – Apr 2020)": a bullet with no title, its dates inside the role above: part of that role.
  // "United States Army  Jun 2012 – Oct 2021 / Network Operations NCOIC …  Jan 2018 – Oct 2021": an employer's span, with
  // no title, round the roles below it: no role of its own; its name is theirs where they name none. Its months still count
  // towards the years in all ("Freelance  2015 – 2020" round two client engagements was five years of work).
  const dropped = new Set<number>();
  /** (s55) The dated bullets dropped so (a freelancer's client missions): their spans, which date the skills they name. */
  const missions = new Map<number, DateRange[]>();
  const umbrellas: Array<{ line: number; name: string; ranges: DateRange[] }> = [];
  dateLines.forEach((d, k) => {
    // (s55) "Freelance Backend Engineer  Sep 2019 \u2013 Present / - Client A (Oct 2019 \u2013 Jun 2021): \u2026 / - Client B (Jul 2021 \u2013
    // Aug 2023): \u2026": each dated bullet is measured against the role above the bullets (the nearest date line not dropped),
    // not against the bullet before it, whose span the next one follows rather than falls in.
    const prev = dateLines.slice(0, k).reverse().find((p) => !dropped.has(p));
    const line = lines[d]!;
    // (s56) "- Deployed to Afghanistan (Apr 2013 \u2013 Jan 2014) as an analyst to a task force": a bullet that tells a deployment, a
    // secondment or an attachment inside the posting above is part of it, though it names the duty held there.
    const away = /^[\u2022\u25e6\u00b7\u25aa*\u2023\u2013-]\s+(?:deployed|deployment|seconded|secondment|attached|mobili[sz]ed)\b/i.test(line.text.trim());
    // (s58) "Contract Java Developer \u2014 engaged through Pennine Tech Resourcing Ltd  Mar 2019 \u2013 Present / Client: Calder Valley Building
    // Society (Jun 2023 \u2013 Present)": a client's line with its own dates inside the role above is such a mission, bullet or none.
    const client = CLIENT_LINE.test(plain(line.text));
    // (s61) "Terraform for the first cloud landing zone (2019\u20132021)": a bullet whose marker the PDF's text lost, a sentence of
    // four words or more with its dates in a bracket at its end, inside the role above, is such a bullet too.
    const bracketed = /^\p{Lu}\S*(?:\s+\S+){3,}\s*\([^()]*\d{4}[^()]*\)\s*$/u.test(plain(line.text).trim()) && rangesOf(d).every((r) => line.text.lastIndexOf('(') <= r.from);
    if (prev !== undefined && (/^[•◦·▪*‣–-]\s/.test(line.text.trim()) || client || bracketed) && (away || !TITLE_WORD.test(plain(line.text))) && lines[prev]!.kind === line.kind && inside(rangesOf(d), rangesOf(prev))) {
      dropped.add(d);
      missions.set(d, rangesOf(d));
    }
  });
  heads.forEach((h, k) => {
    const next = heads.slice(k + 1).find((n) => !dropped.has(n.dateLine));
    const name = h.title ?? h.company;
    if (!next || !name || dropped.has(h.dateLine) || TITLE_WORD.test(`${h.title ?? ''} ${h.company ?? ''}`)) return;
    if (lines[next.dateLine]!.kind !== lines[h.dateLine]!.kind || !TITLE_WORD.test(next.title ?? '') || !inside(rangesOf(next.dateLine), rangesOf(h.dateLine))) return;
    dropped.add(h.dateLine);
    umbrellas.push({ line: h.dateLine, name, ranges: rangesOf(h.dateLine) });
  });
  if (dropped.size > 0) {
    for (let i = hits.length - 1; i >= 0; i--) if (dropped.has(hits[i]!.line)) hits.splice(i, 1);
    dateLines = dateLines.filter((d) => !dropped.has(d));
    heads = [];
    for (const d of dateLines) heads.push(headingOf(lines, d, heads.at(-1)));
    heads = heads.map((h) => {
      const u = umbrellas.find((x) => x.line < h.dateLine && inside(rangesOf(h.dateLine), x.ranges));
      if (!u) return h;
      if (h.company === null) return { ...h, company: u.name };
      // (s60) "Contract Data Engineer \u2014 client: Mercia Building Society  Jan 2023 \u2013 Present" under "Halcyon Talent Partners Ltd \u2014
      // contract placements  May 2020 \u2013 Present": a placement's client, labelled on its own dates line, is served; the agency
      // whose span holds it employs (as s58 reads a client under an agency).
      if (/(?<![\p{L}])(?:client|customer|klient|cliente)\s*:/iu.test(plain(lines[h.dateLine]!.text))) return { ...h, company: u.name };
      // (s56) "Client: Lakeshore Mutual Bank \u2014 regulatory reporting" below a title inside an employer's span: the client is served,
      // the span's employer employs.
      const company = h.company;
      if (lines.slice(h.first, h.last + 1).some((l) => CLIENT_LINE.test(plain(l.text)) && plain(l.text).includes(company))) return { ...h, company: u.name };
      // (s56) "Larkspur Advisory Group \u2014 Chicago  Jun 2016 \u2013 Present / Manager, Technology Consulting  Jan 2022 \u2013 Present": inside an
      // employer's span, a rank alone naming its area after a comma on its own dates line names no other employer: the area is
      // the title's (s51's rule, the employer named by the span above: "Manager, Technology Consulting"), a unit of the employer ("Systems Engineer, Systems Integration
      // Department", a Japanese career history's posting) is no part of it; the company is the span's.
      // (Any other name after the comma stays the company, as before: "Consultant, Client X" under "Acme Consulting Ltd",
      // resume-fresh-2.)
      const own = stripDates(plain(lines[h.dateLine]!.text)).replace(/\s+/g, ' ').trim();
      if (h.title === null || own !== `${h.title}, ${h.company}` || COMPANY_SUFFIX.test(h.company) || isLocation(h.company)) return h;
      if (UNIT_OF_EMPLOYER.test(h.company)) return { ...h, company: u.name };
      return RANK_ALONE.test(h.title) ? { ...h, title: `${h.title}, ${h.company}`, company: u.name } : h;
    });
  }
  const blocks = heads.map((h, k) => {
    const next = heads[k + 1];
    let last = next ? next.first - 1 : lines.length - 1;
    // A block ends where its section does.
    for (let i = h.dateLine + 1; i <= last; i++) {
      if (lines[i]!.kind !== lines[h.dateLine]!.kind || lines[i]!.heading) {
        last = i - 1;
        break;
      }
    }
    last = Math.max(last, h.last);
    return { start: lines[h.first]!.start, end: lines[last]!.end, first: h.first, last };
  });

  // A title with no company under a role whose company stood on a line of its own: a later role at that company
  // ("Thoughtline Software / Senior DevOps Engineer / 2019 – 2022 / … / DevOps Engineer / 2018 – 2019"), unless a heading
  // stands between them ("Harbourline Bank / Engineer, 2018–2020 / Freelance / Web developer, 2016–2018").
  for (let k = 1; k < heads.length; k++) {
    const head = heads[k]!;
    const prev = heads[k - 1]!;
    const headingBetween = lines.slice(prev.dateLine + 1, head.first).some((l) => l.heading);
    if (head.company === null && head.title !== null && prev.companyHeading && !headingBetween && lines[head.dateLine]!.kind === lines[prev.dateLine]!.kind)
      heads[k] = { ...head, company: prev.company, companyHeading: true };
  }

  // (s50) "Software Engineer, Core Banking Integrations \u2014 Deccan Fintech Solutions (Jan 2017 \u2013 Jun 2019)": a head "Title, A \u2014 B" names
  // a team or an area (A) and the employer (B) where the resume's other heads of that shape do so ("Engineer, Ledger team \u2014
  // Sahyadri Payments Pvt. Ltd.": B read as the company there): the company is what follows the dash on each.
  const teamShape = (h: Heading) => {
    if (h.title === null) return null;
    for (let i = Math.min(h.first, h.dateLine); i <= Math.max(h.last, h.dateLine); i++) {
      const t = stripDates(plain(lines[i]!.text));
      const m = /^([^,\u2013\u2014|\t]+?),\s*([^,\u2013\u2014|\t]+?)\s+[\u2013\u2014-]\s+([^\u2013\u2014|\t]+?)$/.exec(t);
      if (m && tidy(m[1]!) === h.title) return { team: tidy(m[2]!), employer: tidy(stripLocation(m[3]!)) };
    }
    return null;
  };
  const shapes = heads.map(teamShape);
  if (shapes.some((x, k) => x !== null && heads[k]!.company === x.employer && x.team !== x.employer))
    heads = heads.map((h, k) => {
      const x = shapes[k];
      return x && h.company === x.team && !COMPANY_SUFFIX.test(x.team) && !isLocation(x.employer) && x.employer.length > 1 ? { ...h, company: x.employer } : h;
    });

  const roles: ProfileRole[] = [];
  const spans: Array<[number, number]> = [];
  const unpaid = new Set<number>();
  /** (s60) Per role: where its range was left open by a bare dash, its dates line and whether its start was a year alone. */
  const opened: Array<{ line: number; yearOnly: boolean } | null> = [];
  /** (s60) Per role: its dates line, and whether its start was a year alone. */
  const roleDateLine: number[] = [];
  const roleYearOnly: boolean[] = [];
  /** Roles their head says were part-time ("Bar staff (part-time)"): left out of the years of work where they name no skill (below). */
  const partTime = new Set<number>();
  /** Per role, its block's first and last line (lines may stand out of the text's order: columns). */
  const roleLines: Array<[number, number]> = [];
  for (const hit of hits) {
    const k = dateLines.indexOf(hit.line);
    const head = heads[k]!;
    const block = blocks[k]!;
    const { start } = hit.range;
    let end = hit.range.end;
    const shown = lines[hit.line]!.text.slice(hit.range.from, hit.range.to).trim();
    const who = [head.title, head.company].filter(Boolean).join(', ') || 'a role';
    // "Career Break  Jun 2019 – Dec 2022": time away from work, named as such, is no role.
    // (s48) Its heading's fields too, where none reads as a title or a company's name ("Jul 2022 \u2013 Aug 2023 \u2014 Travelling around
    // South America": words in lower case are no employer's name).
    const headFields = lines.slice(head.first, head.last + 1).flatMap((l) => stripDates(plain(l.text)).split(/\s*[|\u00b7\u2022:;]\s*|\s[\u2013\u2014-]\s|,\s+|\t/));
    if (NOT_WORK.test([head.title, head.company].join(' ')) || headFields.some((f) => NOT_WORK.test(f.trim()))) continue;
    // (s48) "AWS SAP, 2021", "CKA \u2013 2022", "Certified Kubernetes Administrator (CKA), Linux Foundation \u2014 2019 \u2013 2022 (expired)": a
    // certificate and the year it was earned (or the years it held), no role, wherever it stands.
    if (certificateLine(stripDates(plain(lines[hit.line]!.text)))) continue;
    if (end !== null && end < start) {
      warnings.push(`${who}: "${shown}" ends before it starts; left out.`);
      continue;
    }
    if (start > now) {
      warnings.push(`${who}: "${shown}" is after today; left out.`);
      continue;
    }
    // "Jan 2022 – Jan 2027" (a notice period's end, a contract's planned end, within a year of today): a role held today,
    // read as running to today. An end further off is no plan but a slip: left out.
    if (end !== null && end > now + 12) {
      warnings.push(`${who}: "${shown}" is after today; left out.`);
      continue;
    }
    if (end !== null && end > now) {
      warnings.push(`${who}: "${shown}" ends after today; read as running to today.`);
      end = null;
    }
    // (s59) "DOC\u00caNCIA / \u2026 / Formadora volunt\u00e1ria \u2014 Clube de Programa\u00e7\u00e3o J\u00fanior": a volunteer's post under a heading of teaching (in
    // any of the languages read here) is no role, as under "Teaching & Community" (its paid posts stay roles).
    // (s60) And under the experience heading too: "Volunteer Developer (unpaid) \u2014 Claddagh Food Share", "Pro bono Web Consultant \u2014
    // Inishmore Heritage Trust", "Formador volunt\u00e1rio (voluntariado)", laid out like the jobs round them, are no roles (no label since
    // s46 counts a volunteer's post as work; they were listed before, with no years). A paid post that runs volunteers
    // ("Volunteer Coordinator, Red Cross") stays listed as before (VOLUNTEER_STAFF).
    const voluntary = VOLUNTEER.test([head.title, head.company].join(' ').replace(VOLUNTEER_NAME, ''));
    if (voluntary && (underTeaching(lines, Math.min(head.first, hit.line)) || !VOLUNTEER_STAFF.test(head.title ?? ''))) continue;
    const last = end ?? now;
    // (s47) "Analyst \u2192 Senior Analyst, Kite Bank  2016\u20132018\u20132021": a chain of dates, a range per link, and a
    // title per link where the titles are as many: each range its own title.
    const chain = rangesOf(hit.line).filter((r) => r.from === hit.range.from && r.to === hit.range.to);
    const titles = chain.length > 1 && head.title ? head.title.split(/\s*(?:\u2192|->|\u27f6|\u21d2|>)\s*/) : [];
    const title = titles.length === chain.length && titles.every(Boolean) ? titles[chain.indexOf(hit.range)]! : head.title;
    roles.push({
      title,
      // (s60) "Atl\u00e2ntico Telecom, S.A. (Lisboa)": a bracket after a Portuguese or Spanish legal form is the town's, no part of the name.
      company: head.company?.replace(IBERIAN_FORM_TOWN, '$1') ?? null,
      start: monthString(start),
      end: end === null ? null : monthString(end),
      years: yearsOf(last - start + 1),
      months: last - start + 1,
      textStart: block.start,
      textEnd: block.end,
    });
    spans.push([start, last]);
    opened.push(hit.range.openDash && end === null ? { line: hit.line, yearOnly: hit.range.yearOnly } : null);
    roleDateLine.push(hit.line);
    roleYearOnly.push(hit.range.yearOnly);
    // "Food bank IT coordinator (volunteer)": unpaid work under the experience heading shows skills, but is no part of the
    // years of work (as a volunteering section is not).
    if (VOLUNTEER.test([head.title, head.company].join(' ').replace(VOLUNTEER_NAME, ''))) unpaid.add(spans.length - 1);
    if (PART_TIME.test(lines.slice(Math.min(head.first, hit.line), Math.max(head.first, hit.line) + 1).map((l) => l.text).join(' '))) partTime.add(spans.length - 1);
    // "Sakura Pay / Senior Engineer, 2022 – now / Engineer, 2019 – 2022 / • bullets": a role with no body of its own, at the
    // company of the role after it, shares that role's body.
    const after = heads[k + 1];
    const shared = block.last === head.last && head.company !== null && after?.company === head.company;
    roleLines.push([block.first, shared ? blocks[k + 1]!.last : block.last]);
  }
  // (s60) "Developer \u2014 Wharfedale Software, Ilkley   2017 \u2013" under "Lead Developer \u2014 Kestrel Mobility   2021 \u2013 present": a role left open
  // by a dash with nothing after it, where a later role follows under the same heading, ended when that role began (the
  // month before it; with years alone at both, the ends meet as "2014 \u2013 2017" and "2017 \u2013 2021" do). The newest role's open
  // dash, one whose later roles stand under another heading (a teaching post beside a job), or one among overlapping contracts
  // still runs to today.
  const headingAbove = (line: number) => {
    for (let i = line; i >= 0; i--) if (lines[i]!.heading) return i;
    return -1;
  };
  opened.forEach((o, i) => {
    if (!o) return;
    const later = roles
      .map((_r, j) => j)
      .filter((j) => j !== i && spans[j]![0] > spans[i]![0] && headingAbove(roleDateLine[j]!) === headingAbove(o.line));
    if (!later.length) return;
    // (Where the heading's other roles overlap, a freelancer's parallel contracts, "Analytics consultant \u2014 Pennine Outdoor (retainer)
    // 2020-" among them, the open dash runs on beside them, to today, as s46/11 reads it.)
    const same = roles.map((_r, j) => j).filter((j) => j !== i && headingAbove(roleDateLine[j]!) === headingAbove(o.line));
    if (same.some((a) => same.some((b) => a < b && spans[a]![0] <= spans[b]![1] && spans[b]![0] <= spans[a]![1]))) return;
    const next = Math.min(...later.map((j) => spans[j]![0]));
    const meets = o.yearOnly && later.some((j) => spans[j]![0] === next && roleYearOnly[j]);
    const end = meets ? next : next - 1;
    if (end < spans[i]![0]) return;
    spans[i] = [spans[i]![0], end];
    roles[i] = { ...roles[i]!, end: monthString(end), years: yearsOf(end - spans[i]![0] + 1), months: end - spans[i]![0] + 1 };
  });
  // A Japanese rirekisho's history, a month per event ("2013  4  Joined NTT Data as Systems Engineer", "2022  4  Promoted to
  // Senior Backend Engineer", "2018  9  Left NTT Data"), where no role is dated by a range.
  if (roles.length === 0)
    for (const r of eventRoles(lines, now)) {
      roles.push({ title: r.title, company: r.company, start: monthString(r.start), end: r.end === null ? null : monthString(r.end), years: yearsOf((r.end ?? now) - r.start + 1), months: (r.end ?? now) - r.start + 1, textStart: lines[r.first]!.start, textEnd: lines[r.last]!.end });
      spans.push([r.start, r.end ?? now]);
      roleLines.push([r.first, r.last]);
    }

  // A resume written in first-person prose ("From January 2018 to February 2021 I was an Operations Engineer at Cedar Park
  // Hosting."), where no role is dated on a line of its own.
  if (roles.length === 0)
    for (const r of proseRoles(lines, now, dayFirst)) {
      roles.push({ title: r.title, company: r.company, start: monthString(r.start), end: r.end === null ? null : monthString(r.end), years: yearsOf((r.end ?? now) - r.start + 1), months: (r.end ?? now) - r.start + 1, textStart: lines[r.line]!.start, textEnd: lines[r.line]!.end });
      spans.push([r.start, r.end ?? now]);
      roleLines.push([r.line, r.line]);
    }

  // (s55) A LinkedIn profile copied with lengths and no dates ("Senior Product Designer / Loom & Lantern \u00b7 Full-time \u00b7 Present /
  // 3 yrs 2 mos"), where no role is dated otherwise: the role held now is dated back from today by its length; the others
  // have no dates, but their months are work all the same (added to the years in all below).
  let undatedMonths = 0;
  if (roles.length === 0) {
    const lengths = durationRoles(lines);
    for (const r of lengths)
      if (r.current) {
        const start = now - r.months + 1;
        roles.push({ title: r.title, company: r.company, start: monthString(start), end: null, years: yearsOf(r.months), months: r.months, textStart: lines[r.first]!.start, textEnd: lines[r.last]!.end });
        spans.push([start, now]);
        roleLines.push([r.first, r.last]);
      } else undatedMonths += r.months;
  }

  // (s47) "Harbourline Energy  2014 – present" round "Graduate Analyst  Sep 2014 – Aug 2016" and the titles after it: an
  // employer's span in years alone starts in January, but its titles, dated to the month, say when it began: the first
  // title's start, where that falls in the span's first year.
  const employerSpans = umbrellas.flatMap((u) =>
    u.ranges
      .filter((r) => r.start <= now)
      .map((r): [number, number] => {
        const firsts = spans.map(([s]) => s).filter((s) => s >= r.start && s <= r.start + 11);
        const start = r.yearOnly && r.start % 12 === 0 && firsts.length ? Math.min(...firsts) : r.start;
        return [start, Math.min(r.end ?? now, now)];
      }),
  );
  const paid = spans.map((_, i) => i).filter((i) => !unpaid.has(i));

  const skillRoles: Record<string, number[]> = {};
  /** Per "id:role": the month its lines there say it began, or -1 where a line names it with no such date. */
  const began = new Map<string, number>();
  /** (s54) Per "id:role": the last month its lines there show it, where each says the work moved off it; else -1. */
  const ended = new Map<string, number>();
  /** (s54) Per "id:role": the month a line says the role moved to it ("Moved the fleet ... to Go in 2023"), which no undated line of the role overrides. */
  const movedTo = new Map<string, number>();
  /** (s55) Per "id:role": the spans of the dated missions whose lines name it there, or null where a line outside them does. */
  const missionSpans = new Map<string, Array<[number, number]> | null>();
  /**
   * (s62 careful tune) Per "id:role": the month the lines that name the skill by its own name say it began there, or -1
   * where one such line gives no date. "Azure IaaS migrations since 2023" beside "AKS clusters for the chat platform" (AKS
   * an Azure service): the line that dates Azure itself tells when the Azure work began; a line that shows it only through
   * a service or tool of it tells the work since, no earlier start (as the lines beside a move do, movedTo).
   */
  const beganNamed = new Map<string, number>();
  for (const hit of findSkills(text)) {
    const at = lineHolding(lines, hit.start);
    // (s45) "Side project: a small SwiftUI app for tracking my runs", "In my spare time I write Rust": a line under a role
    // that says its work was the writer's own, outside the job; its skills are not the role's, nor dated by it.
    const line = lines[at];
    if (line && OWN_TIME.test(line.text)) continue;
    // (s45) "Checkout services in Go behind a gateway used by our iOS and Android apps": what is named after "used by" in
    // its clause is what uses the work, another team's; the role shows Go, not iOS.
    if (line && byOthers(line.text, hit.start - line.start)) continue;
    roles.forEach((_role, i) => {
      const [from, to] = roleLines[i]!;
      if (at < from || at > to) return;
      const until = untilMonth(lines[at]!.text, hit.start - lines[at]!.start, spans[i]!);
      const since = until >= 0 ? -1 : sinceMonth(lines[at]!.text, spans[i]![0]);
      // (s54) "Moved the fleet of 35 services from Ruby to Go in 2023", "Took the services onto Kubernetes (GKE) in 2025": the
      // skill the role moved to, on a dated line, began there then; the role's other lines that name it ("gRPC between the Go
      // services") tell the work since, not an earlier start. (A skill named beside the move, "with Java 17", is not its target.)
      const target = since >= 0 && MOVE_TARGET.test(text.slice(lines[at]!.start, hit.start));
      if (target) {
        const key = `${hit.skillId}:${i}`;
        movedTo.set(key, Math.min(movedTo.get(key) ?? since, since));
      }
      for (const id of [hit.skillId, ...(implied.get(hit.skillId) ?? []), ...writtenIn(text, hit)]) {
        const list = (skillRoles[id] ??= []);
        if (!list.includes(i)) list.push(i);
        const key = `${id}:${i}`;
        const was = began.get(key);
        began.set(key, was === undefined ? since : was === -1 || since === -1 ? -1 : Math.min(was, since));
        if (id === hit.skillId) {
          const wasNamed = beganNamed.get(key);
          beganNamed.set(key, wasNamed === undefined ? since : wasNamed === -1 || since === -1 ? -1 : Math.min(wasNamed, since));
        }
        const had = ended.get(key);
        ended.set(key, had === undefined ? until : had === -1 || until === -1 ? -1 : Math.max(had, until));
        const mission = missions.get(at);
        const held = missionSpans.get(key);
        if (held !== null) missionSpans.set(key, mission ? [...(held ?? []), ...mission.map((r): [number, number] => [r.start, Math.min(r.end ?? now, now)])] : null);
      }
    });
  }
  // A role's title names its field: "Backend Engineer" shows backend development for the role's years.
  roles.forEach((role, i) => {
    for (const id of titleFields(role.title)) {
      const list = (skillRoles[id] ??= []);
      if (!list.includes(i)) list.push(i);
    }
  });
  // "Java services for payment reconciliation", "Python and Go microservices": services written in a server language are
  // backend development, for the role's years, whatever its title says.
  roles.forEach((role, i) => {
    const list = (skillRoles['backend-development'] ??= []);
    if (!list.includes(i) && SERVER_WORK.test(text.slice(role.textStart, role.textEnd))) list.push(i);
  });
  if (skillRoles['backend-development']?.length === 0) delete skillRoles['backend-development'];
  // (s53) The headline under the name says what the writer is, "Java Developer \u00b7 Krak\u00f3w", "Senior Python Engineer": its
  // programming language is the work of each software role whose title and lines name no language of their own (a reader
  // does not ask a "Java Developer" to write "Java" in every bullet). A role that names another language, or whose title is
  // no software post ("Network Engineer", "Support Technician"), is not counted so.
  const headline = headlineLanguages(lines, findSkills, isLanguage);
  if (headline.length)
    roles.forEach((role, i) => {
      if (!SOFTWARE_POST.test(role.title ?? '')) return;
      if (findSkills(text.slice(role.textStart, role.textEnd)).some((h) => isLanguage(h.skillId))) return;
      for (const id of headline) {
        const list = (skillRoles[id] ??= []);
        if (!list.includes(i)) list.push(i);
      }
    });
  // A contractor's or consultant's role, or a client's under it, names no field in its title ("independent contractor",
  // "Client: Lakeshore Health System"): where its lines build or run infrastructure ("Azure landing zone for 60
  // subscriptions", "Terraform modules …", "4 Kubernetes clusters"), its years are infrastructure engineering.
  roles.forEach((role, i) => {
    if (titleFields(role.title).length || (role.title && !FIELDLESS_TITLE.test(role.title))) return;
    if (!INFRA_WORK.test(text.slice(role.textStart, role.textEnd))) return;
    const list = (skillRoles['infrastructure-engineering'] ??= []);
    if (!list.includes(i)) list.push(i);
  });
  for (const list of Object.values(skillRoles)) list.sort((a, b) => a - b);
  // "Bar staff (part-time)  2016 – 2020", "Line cook (part-time)": a part-time job whose lines name no skill is work
  // outside the field, held beside studies or before them; a reader does not count it in the years of experience (a
  // part-time role that names skills, "Part-time Instructor … Windows forensics", is the field's and counts).
  const named = new Set(Object.values(skillRoles).flat());
  // (Not a post whose title is the field's, "Software Engineer (part-time, while studying)", nor a teaching or research
  // post, "Teaching Assistant (part-time), University of Lagos": a field's work, whatever its lines name.)
  const outside = (i: number) => partTime.has(i) && !named.has(i) && !FIELD_TITLE.test(roles[i]!.title ?? '') && !FIELD_TITLE_ABROAD.test(roles[i]!.title ?? '') && !TEACHING_POST.test(roles[i]!.title ?? '');
  const counted = paid.filter((i) => !outside(i)).map((i) => spans[i]!);
  const totalYears =
    roles.length > 0 || undatedMonths > 0 ? (counted.length || undatedMonths ? yearsOf((counted.length ? unionMonths([...counted, ...employerSpans]) : 0) + undatedMonths) : 0) : null;
  for (const [key, month] of beganNamed) if (month >= 0 && began.get(key) === -1) began.set(key, month);
  for (const [key, month] of movedTo) began.set(key, month);
  const skillSince: Record<string, Record<number, string>> = {};
  for (const [key, month] of began) {
    if (month < 0) continue;
    const [id, i] = [key.slice(0, key.lastIndexOf(':')), Number(key.slice(key.lastIndexOf(':') + 1))];
    // (A role's title naming the field, or its work read whole, shows it from the role's start.)
    if (titleFields(roles[i]!.title).includes(id)) continue;
    (skillSince[id] ??= {})[i] = monthString(month);
  }
  const skillUntil: Record<string, Record<number, string>> = {};
  for (const [key, month] of ended) {
    if (month < 0) continue;
    const [id, i] = [key.slice(0, key.lastIndexOf(':')), Number(key.slice(key.lastIndexOf(':') + 1))];
    if (titleFields(roles[i]!.title).includes(id)) continue;
    (skillUntil[id] ??= {})[i] = monthString(month);
  }
  const skillSpans: Record<string, Record<number, Array<[string, string | null]>>> = {};
  for (const [key, list] of missionSpans) {
    if (!list) continue;
    const [id, i] = [key.slice(0, key.lastIndexOf(':')), Number(key.slice(key.lastIndexOf(':') + 1))];
    if (titleFields(roles[i]!.title).includes(id)) continue;
    (skillSpans[id] ??= {})[i] = list.map(([a, b]) => [monthString(a), b >= now ? null : monthString(b)]);
  }
  const skillYears: Record<string, number> = {};
  for (const [id, list] of Object.entries(skillRoles))
    skillYears[id] = yearsOf(unionMonths(list.flatMap((i) => missionSpansOf(skillSpans[id]?.[i], now) ?? [sinceSpan(spans[i]!, skillSince[id]?.[i], skillUntil[id]?.[i])])));
  const claimedYears = claimsOf(text, findSkills, implied, lines);

  return {
    roles,
    totalYears,
    skillYears,
    skillRoles,
    ...(Object.keys(skillSince).length ? { skillSince } : {}),
    ...(Object.keys(skillUntil).length ? { skillUntil } : {}),
    ...(Object.keys(skillSpans).length ? { skillSpans } : {}),
    ...(Object.keys(claimedYears).length ? { claimedYears } : {}),
    degrees: readDegrees(lines),
    clearance: readClearance(text),
    languages: readLanguages(lines),
    warnings,
  };
}

/** A role's title that is a software post: its work is written in some language. */
const SOFTWARE_POST = /\b(?:software|back-?end|front-?end|full[- ]?stack|web|application|mobile|developer|programmer|SDE|SWE)\b/i;
/** "Senior Java Developer", "Python engineer": a headline's title, the words before the trade. */
const HEADLINE_TITLE = /^(?:(?:senior|sr\.?|lead|staff|principal|junior|jr\.?|mid-level)\s+)?(.{1,40}?)\s+(?:developer|engineer|programmer)$/i;
/**
 * The programming languages the resume's headline names: a line above its first heading (the name, the title, the
 * contacts), or a part of one between separators ("Java Developer \u00b7 Krak\u00f3w \u00b7 mail"), that is a title of the trade with a
 * language before it.
 */
function headlineLanguages(lines: readonly Line[], findSkills: FindSkills, isLanguage: (id: string) => boolean): string[] {
  const first = lines.findIndex((l) => l.heading);
  const out: string[] = [];
  for (const line of lines.slice(0, Math.min(first < 0 ? 4 : first, 4))) {
    for (const part of line.text.split(/\s+[\u00b7|\u2022\u2013\u2014-]\s+|,\s+|\s{3,}/)) {
      const m = HEADLINE_TITLE.exec(part.trim());
      if (!m) continue;
      for (const h of findSkills(m[1]!)) if (isLanguage(h.skillId) && !out.includes(h.skillId)) out.push(h.skillId);
    }
  }
  return out;
}

/** A line under a role about work of the writer's own, outside the job (profile's skills by role). */
export const OWN_TIME = /^[\s\u2022*\u00b7-]*(?:side|personal|hobby|pet|weekend)\s+projects?\b|\((?:a\s+)?(?:side|personal|hobby|pet)\s+project\)|\bin my (?:spare|free|own) time\b|\boutside (?:of )?(?:work|working hours|my job)\b|\bas a hobby\b/i;

/** Whether the offset `at` of a line falls after "used by", "consumed by" … in the same clause: a user of the work named. */
function byOthers(line: string, at: number): boolean {
  for (const m of line.matchAll(/\b(?:used|consumed|called|relied on|depended on|read)\s+by\b/gi)) {
    if (at < m.index) continue;
    const end = line.slice(m.index).search(/[.;:)(]|,\s|\s(?:and|with)\s+(?:wrote|built|ran|led|designed)\b/);
    if (end < 0 || at < m.index + end) return true;
  }
  return false;
}

/** A server language, as SERVER_WORK names it. */
const SERVER_LANG = String.raw`(?:Java|Go|Golang|Kotlin|Scala|Python|Ruby|PHP|Rust|C#|\.NET|Node(?:\.js)?|Elixir|Erlang)`;
/**
 * Services or APIs named with the server language they are written in: "Java services", "Go microservices", "Kotlin REST
 * APIs"; or the language after them ("Kafka Streams services in Java 17", "Kafka consumers in Java", "workers written in
 * Go"): a service, a consumer of a queue or a worker is server work whichever side the language is named on.
 */
/** A title that says how the work was held, not its field. */
const FIELDLESS_TITLE = /^(?:(?:independent|freelance|self-employed|senior|principal|lead)\s+)?(?:contractor|consultant|freelancer|owner|founder|self-employed)$/i;
/** Lines that build or run infrastructure: landing zones, Terraform modules, clusters and server fleets. */
const INFRA_WORK = /\b(?:landing zones?|Terraform modules|Terragrunt|(?:EKS|AKS|GKE|Kubernetes|OpenShift|Nomad) clusters|Azure Policy|(?:server|Linux) fleets?|fleet of \d[\d,]* (?:servers|hosts|nodes))\b/i;

const SERVER_WORK = new RegExp(
  String.raw`\b${SERVER_LANG}(?:\s+(?:and|or|\/)\s+${SERVER_LANG})?\s+(?:(?:REST(?:ful)?|web|backend|back-end|gRPC)\s+)?(?:services|microservices|APIs|back-?ends)\b` +
    String.raw`|\b(?:services|microservices|APIs|back-?ends|consumers|workers)\s+(?:(?:written|built|implemented)\s+)?in\s+${SERVER_LANG}(?![\w#-])`,
);

/** One event of a work history in a rirekisho's form: a year and a month, then what happened. */
const EVENT_LINE = /^\s*((?:19|20)\d\d)\s*(?:[年/.-]\s*|\s+)(\d{1,2})\s*月?\s+(\S.*)$/;
const JOINED =
  /^(?:joined|entered|started at|hired by|employed by)\s+(.+?)(?:\s+as\s+(?:an?\s+)?(.+?)(?=\s*[,;(—–]|\s+-\s|$)|(?=\s*[;(—–]|\s+-\s|,\s+(?!(?:inc|ltd|llc|co|corp|k\.k)\b)|$))/i;
const PROMOTED = /^(?:promoted|appointed|transferred)\s+(?:to|as)\s+(?:an?\s+)?(.+?)(?:\s*[,;(—–]|\s+-\s|\s+(?:at|in)\s|$)/i;
const LEFT = /^(?:left|resigned(?:\s+from)?|retired(?:\s+from)?|quit)\b/i;
const STILL = /^\s*(?:present|to (?:the )?present|currently employed|up to (?:the )?present|current(?:ly)?|現在に至る|現在まで在籍|以上)\s*$/i;
/**
 * (s46) A Japanese rirekisho's events: "株式会社ミライ 入社" (joined), "シニアエンジニアに昇進" (promoted), "一身上の都合により退社"
 * (left); a school's 入学 and 卒業 are study.
 */
const JOINED_JA = /^(.+?)\s*(?:に)?(?:入社|入行|入庁|入職)(?:\s*[（(](.+?)[）)])?/u;
const PROMOTED_JA = /^(.+?)\s*(?:に|へ)\s*(?:昇進|昇格|就任)/u;
const LEFT_JA = /(?:退社|退職|退行|退庁)/u;

/**
 * Roles from a rirekisho's history: "Joined X as T" opens a role, "Promoted to T" closes it the month before and opens the
 * next at the same company (which shares the earlier role's lines: promotion keeps the work), "Left X" closes it that
 * month. "Entered"/"Graduated" at a school is education, not work. The last role left open runs to today.
 */
function eventRoles(lines: readonly Line[], now: number): Array<{ title: string | null; company: string | null; start: number; end: number | null; first: number; last: number }> {
  const out: Array<{ title: string | null; company: string | null; start: number; end: number | null; first: number; last: number }> = [];
  let open: (typeof out)[number] | null = null;
  let events = 0;
  lines.forEach((line, i) => {
    const t = plain(line.text);
    if (open && STILL.test(t)) {
      open.last = i;
      return;
    }
    const m = EVENT_LINE.exec(westernDates(t));
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return;
    events++;
    const month = Number(m[1]) * 12 + Number(m[2]) - 1;
    const what = m[3]!.trim();
    const ja = JOINED_JA.exec(what);
    const joined = JOINED.exec(what) ?? (ja ? ([ja[0], ja[1]!, ja[2]] as unknown as RegExpExecArray) : null);
    if (joined && !/\b(university|college|school|institute of technology|universit)|大学|学校|学部/i.test(joined[1]!)) {
      if (open && open.end === null) open.end = month - 1;
      // (s58) "Joined Aobayama Software Co., Ltd. \u2014 assigned to the Payment Systems Division as Programmer": the title after "as" in
      // the clause that places one in a unit.
      const assigned = joined[2] ? null : /\b(?:assigned|posted|placed|seconded)\s+(?:to|in)\s+[^;()]*?\s+as\s+(?:an?\s+)?([A-Z][^,;()]*?)\s*(?:[,;(]|$)/.exec(what.slice(joined[0].length));
      open = { title: joined[2] ? tidy(joined[2]) : assigned ? tidy(assigned[1]!) : null, company: tidy(joined[1]!), start: month, end: null, first: i, last: i };
      out.push(open);
      return;
    }
    const promoted = PROMOTED.exec(what) ?? PROMOTED_JA.exec(what);
    if (promoted && open && open.end === null) {
      open.end = month - 1;
      open = { title: tidy(promoted[1]!), company: open.company, start: month, end: null, first: open.first, last: i };
      out.push(open);
      return;
    }
    if ((LEFT.test(what) || LEFT_JA.test(what)) && open && open.end === null) {
      open.end = month;
      open.last = i;
      open = null;
    }
  });
  return events >= 3 ? out.filter((r) => r.start <= now && (r.end === null || r.end >= r.start)) : [];
}

/**
 * "Since March 2021 I have been a Senior SRE at Brightwire Audio", "…, from August 2016 to December 2017, I worked as a
 * Systems Administrator at the University of Texas": a span of dates, then the writer's own role and employer, both named
 * with capitals. Tried on a line only where the writer speaks ("I "), and only where no line dates a role.
 */
const PROSE_ROLE = /^\s*,?\s*(?:I\s+(?:have\s+been|had\s+been|was|worked|have\s+worked|served)\s+(?:as\s+)?|as\s+(?=(?:an?|the)\s))(?:an?\s+|the\s+)?([A-Z][\w/&+.-]*(?:\s+[A-Z][\w/&+.-]*){0,5})\s+(?:at|with|for)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){0,5})/;
/** Spans a sentence says in words the resume's date lines do not use: "between March 2016 and June 2020", "since July 2020". */
const PROSE_SPAN = /\b(?:[Bb]etween\s+((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d)\s+and\s+((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d)|[Ss]ince\s+((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d))\b/g;
function proseRoles(lines: readonly Line[], now: number, dayFirst: boolean): Array<{ title: string; company: string; start: number; end: number | null; line: number }> {
  const out: Array<{ title: string; company: string; start: number; end: number | null; line: number }> = [];
  lines.forEach((line, i) => {
    if (line.heading || line.kind === 'education' || !line.text.includes('I ')) return;
    // Sentence by sentence: a line of prose holds several spans ("From 2015 to 2019 I worked as … Since 2019 I have been …").
    for (const sentence of line.text.split(/(?<=[.;!?])\s+/)) {
      if (!sentence.includes('I ')) continue;
      const spans: Array<{ start: number; end: number | null; from: number; to: number }> = [...findDateRanges(sentence, dayFirst)];
      PROSE_SPAN.lastIndex = 0;
      for (let m = PROSE_SPAN.exec(sentence); m; m = PROSE_SPAN.exec(sentence)) {
        if (spans.some((r) => r.from < m!.index + m![0].length && r.to > m!.index)) continue;
        const a = parsePoint(m[1] ?? m[3]!, dayFirst);
        const b = m[2] ? parsePoint(m[2], dayFirst) : null;
        if (!a || (m[2] && !b)) continue;
        spans.push({ start: a.month, end: b ? b.month : null, from: m.index, to: m.index + m[0].length });
      }
      for (const r of spans) {
        // (The sentence only: "… at Cedar Park Hosting. I looked after …" ends at its full stop.)
        const m = PROSE_ROLE.exec(sentence.slice(r.to, r.to + 200).split(/[.;!?](?=\s|$)/)[0]!);
        // ("as a Support Engineer at …" right after the span only where the writer said "I spent" or "I worked" before it.)
        if (m && m[0].trimStart().startsWith('as') && !/\bI\s+(?:spent|worked|was)\s+(?:\w+\s+){0,2}$/.test(sentence.slice(0, r.from))) continue;
        if (!m || r.start > now || (r.end !== null && r.end < r.start)) continue;
        out.push({ title: m[1]!, company: m[2]!.replace(/[.,]+$/, ''), start: r.start, end: r.end !== null && r.end > now ? null : r.end, line: i });
      }
    }
  });
  return out.sort((a, b) => b.start - a.start);
}

/** Years stated beside a skill, in a bracket or after a dash or a dot: "Python (8 yrs)", "AWS Lambda / Step Functions (4 years)", "Go – 5 years", "Go · 5 yrs". */
/**
 * (s55) Roles told by their length alone, as a LinkedIn profile copied as text has them: a line of a length ("3 yrs 2 mos",
 * "Current role \u00b7 4 years 5 months") under the role's title and company (the two lines above it, each no sentence of a
 * body), in an experience section. A role is the one held now where its lines say so ("Present", "Current role"). Its months
 * are the length as LinkedIn counts it (both end months in).
 */
const NOW_WORD = /\b(?:present|current(?:ly)?(?: role)?|now|to date)\b/i;
function durationRoles(lines: readonly Line[]): Array<{ title: string | null; company: string | null; months: number; current: boolean; first: number; last: number }> {
  const found: Array<{ at: number; months: number }> = [];
  lines.forEach((line, i) => {
    if (line.kind !== 'experience' || line.heading) return;
    const t = plain(line.text);
    const rest = t.replace(NOW_WORD, ' ').replace(/\b(?:full[- ]time|part[- ]time|contract|freelance|internship|self[- ]employed)\b/gi, ' ').replace(/[\u00b7|\u2022,]/g, ' ').trim();
    if (!/\d/.test(rest) || !DURATION_ONLY.test(rest)) return;
    const y = /(\d+)\s*(?:years?|yrs?)\b/i.exec(rest);
    const m = /(\d+)\s*(?:months?|mos?)\b/i.exec(rest);
    const months = (y ? Number(y[1]) * 12 : 0) + (m ? Number(m[1]) : 0);
    if (months > 0 && months < 600) found.push({ at: i, months });
  });
  const read = found.map(({ at, months }, k) => {
    const above: number[] = [];
    const floor = k > 0 ? found[k - 1]!.at : -1;
    for (let i = at - 1; i > floor && above.length < 2; i--) {
      const l = lines[i]!;
      if (l.kind !== 'experience' || l.heading || !headingLike(l) || prose(plain(l.text))) break;
      above.unshift(i);
    }
    const pieces = above.map((i) => plain(lines[i]!.text).replace(NOW_WORD, ' ').replace(/\s*[\u00b7|]\s*(?=[\u00b7|]|$)/g, '').trim());
    const current = [...above, at].some((i) => NOW_WORD.test(plain(lines[i]!.text)));
    return { ...titleAndCompany(pieces), months, current, first: above[0] ?? at, at };
  });
  // Each role's lines run to the line before the next one's title, or to its section's end.
  return read.map((r, k) => {
    let last = k + 1 < read.length ? read[k + 1]!.first - 1 : lines.length - 1;
    for (let i = r.at + 1; i <= last; i++)
      if (lines[i]!.kind !== 'experience' || lines[i]!.heading) {
        last = i - 1;
        break;
      }
    return { title: r.title, company: r.company, months: r.months, current: r.current, first: r.first, last: Math.max(r.at, last) };
  });
}

const CLAIM = /\((\d{1,2})\+?\s*(?:yrs?|years?)\.?\)|\s[\u2013\u2014:·-]\s*(\d{1,2})\+?\s*(?:yrs?|years?)\b/gi;

/** "6 years of", "8+ years' experience with", "7.5 years of IT experience in", "10 years in": a statement of years. */
const SENTENCE_CLAIM =
  /(?<![\d.])(\d{1,2}(?:\.\d)?)\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+|in\s+|with\s+|(?=experience\b|exp\b))(?:(?:hands-on|professional|commercial|industry|production|practical|working|solid|strong|proven|relevant|total|overall|IT)\s+)*(?:(?:work\s+)?experience\s+|exp\.?\s+)?(?:(?:in|with|of|using|on|across|building)\s+)?/gi;

/**
 * The years a resume states for its skills: the skills of the list item before each statement (from the last comma,
 * semicolon or bar), and what they imply. A claim of more than 40 years is no claim.
 */
/**
 * (s52) The language a name says it is written for: "PySpark jobs", "PyFlink", "pandas on PySpark" show Python for the
 * role's years as much as "Python" does, though the taxonomy files PySpark under Spark (a Spark skill, whatever the
 * language). Only a name that opens with "Py" and a capital after it, the Python bindings' way of naming themselves.
 */
export function writtenIn(text: string, hit: { skillId: string; start: number; end: number }): string[] {
  const form = text.slice(hit.start, hit.end);
  return hit.skillId !== 'python' && (/^Py[A-Z]/.test(form) || /^py-?spark$/i.test(form)) ? ['python'] : [];
}

/** (s61) A cell of a skills matrix's head: what is named, its level, its years, when last used. */
const MATRIX_HEAD_CELL = /^(?:skills?|tools?|technolog(?:y|ies)|tech|languages?|level|proficiency|expertise|years?|yrs?|years? of experience|experience|last used|last|used)$/i;
function claimsOf(text: string, findSkills: FindSkills, implied: ReadonlyMap<string, readonly string[]>, lines: readonly Line[]): Record<string, number> {
  const out: Record<string, number> = {};
  let hits: ReturnType<FindSkills> | null = null;
  // (s53) A table of skills whose head names a column of years ("Skill | Years", "Technology<tab>Years of experience"): each
  // row below it ("Go | 4", "Kubernetes<tab>3") states its skills' years, to the first line that is no such row.
  const raws = text.split('\n');
  let offset = 0;
  let inTable = false;
  for (const raw of raws) {
    const row = /^\s*(\S[^|\t]*?)\s*(?:\||\t|\s{2,})\s*(\d{1,2}(?:\.\d)?)\+?\s*(?:yrs?|years?)?\s*$/i.exec(raw);
    if (/^\s*(?:skills?|technolog(?:y|ies)|tools?|languages?|tech(?:nical skills?)?)\s*(?:\||\t|\s{2,})\s*(?:years?|yrs?)(?:\s+of\s+experience)?\s*$/i.test(raw)) inTable = true;
    else if (inTable && row) {
      const n = Number(row[2]);
      const from = offset + raw.indexOf(row[1]!);
      const to = from + row[1]!.length;
      hits ??= findSkills(text);
      if (n > 0 && n <= 40)
        for (const h of hits) {
          if (h.start < from || h.end > to) continue;
          for (const id of [h.skillId, ...(implied.get(h.skillId) ?? []), ...writtenIn(text, h)]) out[id] = Math.max(out[id] ?? 0, n);
        }
    } else if (inTable && raw.trim() !== '' && !/^\s*[-|+:\s]+$/.test(raw)) inTable = false;
    offset += raw.length + 1;
  }
  // (s61) A skills matrix or grid whose head names a column of years among others ("Tool | Level | Years", "Tool | Years | Last
  // used"; a PDF may give each head cell a line of its own): below it, each skill's years are the first number of 1 to 40 after
  // its name and before the next skill's (a level word between, a year "last used" after it is no count), to the next heading
  // or blank line.
  const lineStarts: number[] = [];
  for (let i = 0, at = 0; i < raws.length; at += raws[i]!.length + 1, i++) lineStarts.push(at);
  for (let i = 0; i < raws.length; i++) {
    const cells: string[] = [];
    let j = i;
    // The head: one line of cells, or up to four lines of one cell each.
    const split = (r: string) => r.trim().split(/\s*(?:\||\t|\s{2,})\s*/).filter(Boolean);
    if (split(raws[i]!).length >= 3) {
      cells.push(...split(raws[i]!));
      j = i + 1;
    } else {
      while (j < raws.length && j - i < 4 && split(raws[j]!).length === 1 && MATRIX_HEAD_CELL.test(raws[j]!.trim())) cells.push(raws[j++]!.trim());
    }
    if (cells.length < 3 || !cells.every((c) => MATRIX_HEAD_CELL.test(c)) || !cells.some((c) => /^(?:years?|yrs?)(?:\s+of\s+experience)?$/i.test(c))) continue;
    let k = j;
    while (k < raws.length && k - j < 40 && raws[k]!.trim() !== '' && !lines.some((l) => l.heading && l.start === lineStarts[k])) k++;
    if (k === j) continue;
    const from = lineStarts[j]!;
    const to = lineStarts[k - 1]! + raws[k - 1]!.length;
    hits ??= findSkills(text);
    const inside = hits.filter((h) => h.start >= from && h.end <= to).sort((a, b) => a.start - b.start);
    for (const [n, h] of inside.entries()) {
      const next = inside.slice(n + 1).find((o) => o.start >= h.end)?.start ?? to;
      const num = /(?<![\d.])(\d{1,2}(?:\.\d)?)\+?(?![\d.])/.exec(text.slice(h.end, next));
      const years = num ? Number(num[1]) : 0;
      if (years > 0 && years <= 40)
        for (const id of [h.skillId, ...(implied.get(h.skillId) ?? []), ...writtenIn(text, h)]) out[id] = Math.max(out[id] ?? 0, years);
    }
    i = k;
  }
  if (!/\d\+?\s*(?:yrs?|years?)\b/i.test(text)) return out;
  // "4 years of experience in AWS and Terraform.", "6 years of AWS, 4 years of Kubernetes": in a summary (or a skills list,
  // never a role's bullets), the skills named after the years, to the end of the sentence or the next such statement.
  for (const m of text.matchAll(SENTENCE_CLAIM)) {
    const n = Number(m[1]);
    if (!(n > 0 && n <= 40)) continue;
    const kind = lines.find((l) => m.index >= l.start && m.index <= l.end)?.kind;
    if (kind === 'experience' || kind === 'education' || kind === 'projects' || kind === 'activities') continue;
    if (/\b(?:last|past|next|within|over the|in the|after|before|for)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const END = /[.;!?](?:\s|$)|\n|\(|,\s*\d+(?:\.\d)?\+?\s*(?:years?|yrs?)\b/i;
    let stop = rest.search(END);
    // A sentence wrapped onto the next line (PDF text: "… in Java and / Go. Comfortable …") goes on there, once.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const nextLine = stop >= 0 ? rest.slice(stop + 1).split('\n')[0]! : '';
    if (stop >= 0 && rest[stop] === '\n' && from + stop - lineStart >= 60 && /^[a-zA-Z]/.test(nextLine) && nextLine !== nextLine.toUpperCase()) {
      const more = rest.slice(stop + 1).search(END);
      stop = more < 0 ? rest.length : stop + 1 + more;
    }
    const to = from + (stop < 0 ? rest.length : stop);
    hits ??= findSkills(text);
    for (const h of hits) {
      if (h.start < from || h.end > to) continue;
      for (const id of [h.skillId, ...(implied.get(h.skillId) ?? []), ...writtenIn(text, h)]) out[id] = Math.max(out[id] ?? 0, n);
    }
  }
  for (const m of text.matchAll(CLAIM)) {
    const n = Number(m[1] ?? m[2]);
    if (!(n > 0 && n <= 40)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index);
    // (s52: "Python (6 yrs) \u00b7 Django (5 yrs) \u00b7 Linux (12 yrs)": a middle dot or a bullet between the items parts them too.)
    const from = lineStart + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('|'), before.lastIndexOf('\u00b7'), before.lastIndexOf('\u2022'), before.lastIndexOf(':') < 30 ? before.lastIndexOf(':') : -1) + 1;
    hits ??= findSkills(text);
    for (const h of hits) {
      if (h.start < from || h.end > m.index) continue;
      for (const id of [h.skillId, ...(implied.get(h.skillId) ?? []), ...writtenIn(text, h)]) out[id] = Math.max(out[id] ?? 0, n);
    }
  }
  return out;
}

/**
 * "Manager of the team (4 direct reports) from 2025-06", "Tech lead since 2023", "promoted to team lead in March 2024": the
 * month a role's line says what it names began, where that is after the role's start (its first month); else -1. ("From
 * 2019 to 2021" is a range: the role's dates, not a start within it.)
 */
// (s52: or a line that tells the thing's beginning in the role, "moved to Elixir in 2019", "built the first dbt models in
// 2022", "helped move the ERP to Azure in 2020": the skill from then, not from the role's start.)
// (s55: or the same word in French, Spanish, German or Dutch, "Depuis 2024 : API Node.js et TypeScript": depuis, desde, seit, sinds.)
const SINCE = /\b(?:since|from|as of|depuis|desde|seit|sinds|starting(?: in)?|promoted\b[^.;,]{0,40}?\bin|(?:move[ds]?|moving|switched|migrated|introduced|adopted|brought in|started|began|took over|took|rebuilt|rewrote|ported|(?:built|wrote|set up|shipped) (?:the|our) first)\b[^.;,]{0,50}?\bin)\s+((?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d(?:[-/.]\d{1,2})?)\b(?!\s*(?:[-\u2013\u2014]|to\b|until\b|through\b))/i;
/** (s54) The words just before a skill that make it what a role moved to: "from Ruby to Go", "onto Kubernetes", "introduced C++17". */
const MOVE_TARGET = /\b(?:moved|moving|migrated|switched|took|brought|ported|rewrote|rebuilt)\b[^.;,]{0,60}?\b(?:to|onto|into|in)\s+(?:the\s+)?$|\b(?:introduced|adopted)\s+(?:the\s+)?$/i;
/**
 * (s62 careful tune) The same beginning said in Russian, Bulgarian, Serbian or Croatian, Vietnamese and Galician: "Kafka \u0432
 * \u043f\u0440\u043e\u0434\u0430\u043a\u0448\u0435\u043d\u0435 \u0441 2020 \u0433\u043e\u0434\u0430", "\u043e\u0442 2021 \u0433.", "od 2020.", "t\u1eeb n\u0103m 2021", "dende 2019": a word of "since" right before the year.
 */
const SINCE_ABROAD = /(?<![\p{L}\p{N}])(?:\u0441|\u0441\u043e|\u043e\u0442|od|t\u1eeb(?:\s+n\u0103m)?|k\u1ec3\s+t\u1eeb(?:\s+n\u0103m)?|dende)\s+((?:19|20)\d\d)(?![\p{N}])(?!\s*(?:[-\u2013\u2014]|\u0434\u043e\s|\u043f\u043e\s|do\s|\u0111\u1ebfn\s))/iu;
function sinceMonth(line: string, roleStart: number): number {
  const m = SINCE.exec(line) ?? SINCE_ABROAD.exec(line);
  const point = m ? parsePoint(m[1]!) : null;
  return point && point.month > roleStart ? point.month : -1;
}

/** A role's span of months, from the month a skill began in it where its lines say so. */
function sinceSpan(span: readonly [number, number], since: string | undefined, until?: string): [number, number] {
  const monthOf = (s: string) => {
    const [y, m] = s.split('-').map(Number) as [number, number];
    return y * 12 + (m - 1);
  };
  const end = until ? Math.max(span[0], Math.min(span[1], monthOf(until))) : span[1];
  if (!since) return [span[0], end];
  return [Math.min(Math.max(span[0], monthOf(since)), end), end];
}

/**
 * (s54) "Moved the dispatch fleet from Python workers to Go in 2021", "migrated the billing jobs from Scala to Kotlin in
 * March 2022": what a line says the work moved off (the words after "from", up to "to") was the role's work until the
 * move; the month before it is its last (a year alone: the December before), where that falls inside the role. Else -1.
 * (What it moved to begins then: SINCE.)
 */
const MOVED_FROM = /\b(?:move[ds]?|moving|switched|migrated|ported|rewrote|rewritten|converted)\b[^.;]{0,60}?\bfrom\s+([^.;]{1,60}?)\s+(?:to|onto|into)\s+[^.;]{1,60}?\bin\s+((?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d)\b/i;
function untilMonth(line: string, at: number, span: readonly [number, number]): number {
  const m = MOVED_FROM.exec(line);
  if (!m) return -1;
  const from = m.index + m[0].indexOf(m[1]!, m[0].search(/\bfrom\s/i));
  if (at < from || at >= from + m[1]!.length) return -1;
  const point = parsePoint(m[2]!);
  const last = point ? point.month - 1 : -1;
  return last >= span[0] && last < span[1] ? last : -1;
}

/**
 * Years in the union of some of the profile's roles, each from the month the skills `ids` began in it where the resume says
 * so and none of them was shown there from the start (skillSince): "managing engineers" against a role whose manager's
 * line reads "from 2025-06".
 */
/** (s55) A skill's mission spans in a role (skillSpans) as months, an open one to `now`; undefined where it has none. */
function missionSpansOf(list: ReadonlyArray<readonly [string, string | null]> | undefined, now: number): Array<[number, number]> | undefined {
  if (!list?.length) return undefined;
  const monthOf = (s: string) => {
    const [y, m] = s.split('-').map(Number) as [number, number];
    return y * 12 + (m - 1);
  };
  return list.map(([a, b]) => [monthOf(a), b === null ? now : monthOf(b)]);
}

export function yearsOfSkillRoles(p: Pick<Profile, 'roles' | 'skillRoles' | 'skillSince' | 'skillUntil' | 'skillSpans'>, ids: readonly string[], indices: readonly number[]): number {
  const spans = indices.flatMap((i) => {
    const r = p.roles[i];
    if (!r) return [];
    const [y, m] = r.start.split('-').map(Number) as [number, number];
    const start = y * 12 + (m - 1);
    const span: [number, number] = [start, start + (r.months ?? Math.round(r.years * 12)) - 1];
    const naming = ids.filter((id) => (p.skillRoles[id] ?? []).includes(i));
    // (s55) Where every skill named there is named only on the role's dated missions: those missions' months.
    const missionsOf = naming.map((id) => missionSpansOf(p.skillSpans?.[id]?.[i], span[1]));
    if (naming.length && missionsOf.every((x) => x !== undefined)) return missionsOf.flatMap((x) => x!);
    const sinces = naming.map((id) => p.skillSince?.[id]?.[i]);
    // (s54) Where every skill named there ends inside the role ("moved \u2026 from Python \u2026 to Go in 2021"), at the last of them.
    const untils = naming.map((id) => p.skillUntil?.[id]?.[i]);
    const until = naming.length && untils.every((x) => x !== undefined) ? untils.sort().at(-1) : undefined;
    if (!naming.length || sinces.some((x) => x === undefined)) return [until ? sinceSpan(span, undefined, until) : span];
    return [sinceSpan(span, sinces.sort()[0], until)];
  });
  return yearsOf(unionMonths(spans));
}

/** Years in the union of some of the profile's roles (overlapping roles count once), as skillYears counts them. */
export function yearsOfRoles(roles: readonly ProfileRole[], indices: readonly number[]): number {
  const spans = indices.flatMap((i) => {
    const r = roles[i];
    if (!r) return [];
    const [y, m] = r.start.split('-').map(Number) as [number, number];
    const start = y * 12 + (m - 1);
    // Its months as counted, not read back from its rounded years (63 months are 5.3 years, and 5.3 years read back are
    // 64: a skill's roles then outgrew the whole resume's); a profile stored without them, its years.
    return [[start, start + (r.months ?? Math.round(r.years * 12)) - 1] as [number, number]];
  });
  return yearsOf(unionMonths(spans));
}

/** A page's footer or header as PDF text keeps it: "Page 1 of 2", "- 2 -", "2 / 3". */
const PAGE_MARK = /^\s*(?:page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|[-–—]\s*\d+\s*[-–—]|\d+\s*\/\s*\d+)\s*$/i;

/** What a web page copied as text adds: an image's name ("Shopify logo"), its buttons ("Show all 4 experiences", "…see more"). */
const SCREEN_NOISE = /^\s*(?:\S.{0,80}\slogo|show all \d+ [a-z ]+?|…\s*see more|see more|show (?:more|less))\s*[→›]?\s*$/;

/**
 * Lines a reader skips: page marks, and the second of each pair of like lines where a text repeats most of its lines
 * ("Senior Data Scientist / Senior Data Scientist", a LinkedIn page copied with its hidden text for screen readers).
 */
function skippedLines(raws: readonly string[]): Set<number> {
  const out = new Set<number>();
  raws.forEach((r, i) => {
    if (PAGE_MARK.test(r) || SCREEN_NOISE.test(r)) out.add(i);
  });
  const twice: number[] = [];
  for (let i = 1; i < raws.length; i++) if (raws[i]!.trim() && raws[i] === raws[i - 1] && !twice.includes(i - 1)) twice.push(i);
  const filled = raws.filter((r) => r.trim()).length;
  if (twice.length >= 5 && twice.length * 2 >= filled * 0.4) for (const i of twice) out.add(i);
  return out;
}

/** A line of certificates under a label of its own: "Certifications: CKA (2022), …", "Licenses & certifications - CISSP". */
const LABELLED_CERTIFICATES = /^\s*(?:certifications?|certificates?|licen[cs]es?(?:\s*(?:and|&)\s*certifications?)?)\s*[:\u2013\u2014-]\s*\S/i;

/** A role's heading run into its paragraph: a short first sentence ending in a bracket of dates, then more text. */
const RUN_IN_HEADING = /^\s*([^.()\n]{3,100}\((?=[^()]*\b(?:19|20)\d\d\b)[^()]{4,40}\))\.\s+(?=\S)/;

function readLines(text: string, sections: readonly ResumeSection[]): Line[] {
  const out: Line[] = [];
  let pos = 0;
  // The given sections, corrected by our own headings for experience, education and activities, which they may miss or file as "other".
  let override: LineKind | null = null;
  let pending: LineKind | null = null;
  let sectionIndex = -1;
  const raws = text.split('\n');
  const skipped = skippedLines(raws);
  // (s55) "mar 2019 \u2013 ott Analista dati, \u2026" / "2021": a range's last year wrapped onto a line of its own, put back after its
  // month (the year's line then read with it: the joined line ends where the year did).
  const joined = new Map<number, string>();
  raws.forEach((raw, li) => {
    if (skipped.has(li) || skipped.has(li + 1)) return;
    const whole = wrappedEndYear(raw, raws[li + 1]);
    if (whole !== null) {
      joined.set(li, whole);
      skipped.add(li + 1);
      return;
    }
    // (s61) "Linux Support Technician \u2014 Kirkstall Hosting Ltd, Nov 2015 \u2013 May" / "Leeds" / "2017": the row's own text wrapped too
    // (a word or three of letters: a town, a name's end), its line between the range and the range's year. The year put back
    // after the month, the wrapped words before the range (the three lines then read as one).
    const middle = raws[li + 2] !== undefined && !skipped.has(li + 2) ? raws[li + 1]! : '';
    if (!/^\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+[\p{L}.'\u2019-]+){0,2}\s*$/u.test(middle) || middle.trim().length > 30) return;
    const far = wrappedEndYear(raw, raws[li + 2]);
    const range = far === null ? undefined : findDateRanges(far).at(-1);
    if (far === null || range === undefined) return;
    joined.set(li, `${far.slice(0, range.from).trimEnd()} ${middle.trim()} ${far.slice(range.from)}`);
    skipped.add(li + 1);
    skipped.add(li + 2);
  });
  raws.forEach((raw0, li) => {
    const start = pos;
    pos += raw0.length + 1;
    if (skipped.has(li)) return;
    const raw = joined.get(li) ?? raw0;
    const si = sections.findIndex((s) => start >= s.start && start < Math.max(s.end, s.start + 1));
    if (si !== sectionIndex) {
      // A given section starts: the kind its own heading line read, if any.
      sectionIndex = si;
      override = pending;
      pending = null;
    }
    // "French (intermediate)<tab>EXPERIENCE": a row of two cells, the second a heading: a line, then the heading.
    const tabbed = headingAfterTab(raw);
    const at = tabbed ? raw.lastIndexOf('\t') : raw.length;
    const given = si >= 0 ? sections[si]!.kind : 'contact';
    if (tabbed) out.push({ text: raw.slice(0, at), start, end: start + at, kind: override ?? given, heading: false, degree: DEGREE_ANY.test(raw.slice(0, at)) });
    const line = tabbed ? raw.slice(at + 1) : raw;
    const lineStart = tabbed ? start + at + 1 : start;
    const clean = unspaced(plain(line)).replace(/[:|•]+$/, '').trim();
    const givenHeading = clean.length > 0 && sections.some((s) => s.heading && s.start === pos);
    let own: LineKind | null = null;
    // (s49) "Work Experience 1", "Education 2": an application form's numbered blocks, each under its section's heading.
    const numbered = clean.replace(/\s+\d{1,2}$/, '');
    if (clean.length > 0 && clean.length <= 40) {
      if (EXPERIENCE_HEADING.test(clean) || (numbered !== clean && EXPERIENCE_HEADING.test(numbered))) own = 'experience';
      // "Engagements (freelance since 2021)": an experience heading with a note in a bracket.
      else if (EXPERIENCE_HEADING.test(clean.replace(/\s*\([^()]{1,40}\)$/, ''))) own = 'experience';
      else if (EDUCATION_HEADING.test(clean) || EDUCATION_HEADING_S62.test(clean) || (numbered !== clean && EDUCATION_HEADING.test(numbered))) own = 'education';
      else if (OTHER_HEADING.test(clean)) own = 'activities';
    }
    // (s54) "Experience (in chronological order, earliest first)": an experience heading whose note in a bracket makes the line
    // longer than a heading; the heading without it is short.
    else if (clean.length <= 100 && /^[^()]{3,30}\([^()]{1,70}\)$/.test(clean) && EXPERIENCE_HEADING.test(clean.replace(/\s*\([^()]{1,70}\)$/, ''))) own = 'experience';
    if (givenHeading) pending = own;
    else if (own) override = own;
    // "Staff Engineer at Tollgate Payments (2020 to present). I lead the settlement team. …": a paragraph that opens with its
    // role's heading, dates in a bracket, as a sentence; the heading is a line of its own, the rest its body.
    const runIn = own === null && !givenHeading ? RUN_IN_HEADING.exec(line) : null;
    if (runIn && TITLE_WORD.test(runIn[1]!)) {
      const cut = runIn[0].length;
      const kind = override ?? given;
      out.push({ text: line.slice(0, cut).trimEnd(), start: lineStart, end: lineStart + line.slice(0, cut).trimEnd().length, kind, heading: false, degree: DEGREE_ANY.test(line.slice(0, cut)) });
      out.push({ text: line.slice(cut), start: lineStart + cut, end: lineStart + line.length, kind, heading: false, degree: DEGREE_ANY.test(line.slice(cut)) });
      return;
    }
    // "Certifications: CKA (2022), AWS Solutions Architect (2021)" below the last role: a heading with its content on its own
    // line; the role above ends there (the certificates are no work of that role's years).
    if (own === null && !givenHeading && LABELLED_CERTIFICATES.test(plain(line))) {
      out.push({ text: line, start: lineStart, end: lineStart + line.length, kind: 'certifications', heading: true, degree: false });
      return;
    }
    out.push({ text: line, start: lineStart, end: lineStart + line.length, kind: override ?? given, heading: givenHeading || own !== null, degree: DEGREE_ANY.test(line) });
  });
  return railYears(fromToFields(splitColumns(out)));
}

/** (s49) An application form's dates, a field a line: "From: 04/2020" then "To: 03/2022", or "To:" left empty (held today). */
const FROM_FIELD = /^\s*(?:from|start(?:ing)? date|date from|started|von|de|desde|od|van)\s*:\s*(\S.*?)\s*$/i;
const TO_FIELD = /^\s*(?:to|end date|date to|until|ended|bis|a|hasta|do|tot)\s*:\s*(.*?)\s*$/i;
/**
 * Such a pair read as one range on the "From:" line ("04/2020 \u2013 present"), the "To:" line emptied: the range then heads its
 * role as a dates line does, the labelled fields above it ("Job Title:", "Company:") its title and company.
 */
function fromToFields(lines: Line[]): Line[] {
  return lines.map((l, i) => {
    const from = FROM_FIELD.exec(l.text);
    if (!from || !endsRange(from[1]!)) return l;
    const next = lines.slice(i + 1, i + 3).find((n) => n.text.trim());
    const to = next ? TO_FIELD.exec(next.text) : null;
    if (!next || !to || (to[1] !== '' && !endsRange(to[1]!))) return l;
    next.text = '';
    return { ...l, text: `${from[1]} \u2013 ${to[1] || 'present'}` };
  });
}

/**
 * (s57) A timeline's rail: each entry's first year alone on a line above its heading, its last year (or "now") alone on a line
 * after its body, as a PDF reads a rail whose years stand at the top and the foot of a line drawn beside the entry ("2018" /
 * "Network Engineer" / "Fjordnett AS" / "Core routing for the ferries" / "2023" / "2015" / "Support Technician" / \u2026).
 * Where two entries or more read so (the last year no earlier than the first, the line after it the next entry's first year
 * or a heading), each first year's line reads as its range ("2018 \u2013 2023"), the last year's line emptied. A year alone above each
 * heading with no year after its body (a start year only), or years one after the other ("2019 \u2013" over "now"), read as before.
 */
const RAIL_FIRST = /^\s*((?:19|20)\d\d)\s*$/;
const RAIL_LAST = /^\s*((?:19|20)\d\d|now|present|today|current|ongoing)\s*$/i;
function railYears(lines: Line[]): Line[] {
  const pairs: Array<[number, number, string, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    const first = RAIL_FIRST.exec(lines[i]!.text);
    if (!first || lines[i]!.heading) continue;
    let j = i + 1;
    while (j < lines.length && j - i <= 16 && !lines[j]!.heading && lines[j]!.kind === lines[i]!.kind && !RAIL_LAST.test(lines[j]!.text) && findDateRanges(lines[j]!.text).length === 0) j++;
    const last = j < lines.length ? RAIL_LAST.exec(lines[j]!.text) : null;
    if (!last || j - i < 3 || lines[j]!.heading || lines[j]!.kind !== lines[i]!.kind || (/^\d/.test(last[1]!) && Number(last[1]) < Number(first[1]))) continue;
    const after = lines[j + 1];
    if (after && !after.heading && after.kind === lines[j]!.kind && !RAIL_FIRST.test(after.text)) continue;
    pairs.push([i, j, first[1]!, last[1]!]);
    i = j;
  }
  if (pairs.length < 2) return lines;
  const out = [...lines];
  for (const [i, j, a, b] of pairs) {
    out[i] = { ...out[i]!, text: `${a} \u2013 ${b}` };
    out[j] = { ...out[j]!, text: '' };
  }
  return out;
}

/** The kind a heading names, by our own headings and then the section reader's; null for a line that is no heading. */
function headingKind(text: string): LineKind | null {
  const clean = unspaced(plain(text)).replace(/[:|•]+$/, '').trim();
  if (clean.length === 0 || clean.length > 40) return null;
  if (EXPERIENCE_HEADING.test(clean)) return 'experience';
  if (EDUCATION_HEADING.test(clean) || EDUCATION_HEADING_S62.test(clean)) return 'education';
  if (OTHER_HEADING.test(clean)) return 'activities';
  return resumeSections(clean).find((sec) => sec.heading)?.kind ?? null;
}

/**
 * Text pasted from a PDF in two columns keeps them side by side on each line ("SKILLS            EXPERIENCE",
 * "Go                Backend Engineer"). Where most lines of a stretch break at one column, each with words (not
 * dates alone) on both sides, the stretch reads as its left column, then its right one, each line part keeping its
 * offsets in the text; the kinds come from the headings inside each column.
 */
function splitColumns(lines: Line[]): Line[] {
  const counts = new Map<number, number>();
  for (const l of lines) for (const m of l.text.matchAll(/\S {3,}(?=\S)/g)) {
    const at = m.index + m[0].length;
    if (at >= 8) counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] < 6) return lines;
  const col = best[0];
  const split = (l: Line) => l.text.length > col && /^ {2,}$/.test(l.text.slice(col - 2, col)) && l.text.slice(0, col).trim().length > 0;
  const first = lines.findIndex(split);
  let last = lines.length - 1;
  while (last > first && !split(lines[last]!)) last--;
  // Below the last split line, left-column lines that still fit it (a sidebar runs on).
  while (last + 1 < lines.length && lines[last + 1]!.text.trim() && lines[last + 1]!.text.length < col - 2) last++;
  const block = lines.slice(first, last + 1);
  // Nothing may cross the column; both sides must mostly hold words, not dates alone (right-aligned dates are one column).
  if (block.some((l) => l.text.length > col && !/^ {2,}$/.test(l.text.slice(col - 2, col)) && l.text.slice(0, col).trim().length > 0)) return lines;
  const both = block.filter(split);
  if (both.length < 6 || both.length < block.filter((l) => l.text.trim()).length * 0.5) return lines;
  // (s54) A cell of dates, era years ("Heisei 24") or month numbers alone holds no word: "Heisei 24   4   Joined \u2026" is a
  // rirekisho's row of year, month and event, no two columns of text.
  const wordy = (t: string) => /\p{L}/u.test(stripDates(westernDates(t)));
  if (both.filter((l) => wordy(l.text.slice(0, col)) && wordy(l.text.slice(col))).length < both.length * 0.6) return lines;

  const before = lines[first - 1]?.kind ?? 'contact';
  const part = (l: Line, from: number, to: number): Line | null => {
    const text = l.text.slice(from, to).replace(/\s+$/, '');
    // (A blank line across both columns parts the blocks of each: "• Looker explores …" above it is no employer of the
    // "Data Analyst" below it.)
    if (!l.text.trim()) return { text: '', start: l.start, end: l.start, kind: before, heading: false, degree: false };
    if (!text.trim()) return null;
    return { text, start: l.start + from, end: l.start + from + text.length, kind: before, heading: false, degree: DEGREE_ANY.test(text) };
  };
  const column = (parts: Array<Line | null>): Line[] => {
    let kind: LineKind = before;
    return parts.flatMap((p) => {
      if (!p) return [];
      const k = headingKind(p.text);
      if (k) kind = k;
      return [{ ...p, kind, heading: k !== null }];
    });
  };
  // Below the block, lines indented to the right column (or blank) go on with it: a main column that runs longer.
  let tail = last;
  while (tail + 1 < lines.length && (!lines[tail + 1]!.text.trim() || /^ +$/.test(lines[tail + 1]!.text.slice(0, col - 2)))) tail++;
  while (tail > last && !lines[tail]!.text.trim()) tail--;
  const left = column(block.map((l) => part(l, 0, Math.min(l.text.length, col))));
  const right = column([
    ...block.map((l) => (l.text.length > col || !l.text.trim() ? part(l, col, l.text.length) : null)),
    ...lines.slice(last + 1, tail + 1).map((l) => (l.text.trim() ? part(l, l.text.search(/\S/), l.text.length) : null)),
  ]);
  // A left column that goes on below the block as full-width text ("Cloud Engineer" / "Apr 2021 – Present" in the left
  // column, its bullets under the block) is the main column and the right one a sidebar beside its top: the sidebar first,
  // then the main column and the text that goes on with it, read as the main column's last part up to a heading of its own.
  const next = lines[last + 1];
  if (tail === last && next && /^\S/.test(next.text) && next.text.length > col && left.length > 0) {
    let kind: LineKind | null = left[left.length - 1]!.kind;
    const rest = lines.slice(last + 1).map((l) => {
      if (l.heading) kind = null;
      return kind ? { ...l, kind } : l;
    });
    return [...lines.slice(0, first), ...right, ...left, ...rest];
  }
  return [...lines.slice(0, first), ...left, ...right, ...lines.slice(tail + 1)];
}

/** A line without its Markdown and decoration: "## 💼 **Experience**" → "Experience", "[Acme](https://…)" → "Acme". */
function plain(line: string): string {
  return line
    .replace(HTML_TAG, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)/g, '')
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '')
    .trim();
}

/**
 * "Graduate Engineer / Wattle Telco, Sydney NSW | 2015": a year alone, set apart at the end of a heading's line (or the whole
 * line), in an experience section: a role of that year, January to December.
 */
function loneYear(line: string): DateRange[] {
  const m = /(^[\s•◦·*_#(]*|[|·•,(]\s*|\s{2,}|\s[–—-]\s*)((?:19[5-9]|20\d)\d)[\s)]*$/.exec(line);
  if (!m) return [];
  const rest = plain(line.slice(0, m.index));
  // "February 10, 2026": a day's date (a page's footer), not a year of work.
  if (/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{0,2}\s*$/i.test(line.slice(0, m.index + m[1]!.length).replace(/[,\s]+$/, ''))) return [];
  // (A degree's line, "Education: BE Electronic Engineering, NUI Galway, 2015", is no role of its year.)
  if (DEGREE_ANY.test(line) || EDUCATION_LABEL.test(line)) return [];
  if (rest.length > 100 || BODY_BULLET.test(line) || /[.;:!?]$/.test(rest) || /\b(promoted|awarded|award|won|certifi\w*|published|graduated|patent)\b/i.test(rest)) return [];
  // (s52) "\u2022 Day release to college for the apprenticeship standard (passed with distinction, 2020)": a year closing a bracket
  // opened inside a sentence is that sentence's note, no role of its year.
  if (/\([^()]*$/.test(rest) && prose(rest)) return [];
  const y = Number(m[2]);
  const from = m.index + m[1]!.length;
  return [{ start: y * 12, end: y * 12 + 11, from, to: from + m[2]!.length, yearOnly: true }];
}

/** Whether a range sits where a role's dates do: a line's start or end, or set apart by punctuation on a short line; never inside a sentence. */
function placedLikeARole(line: string, r: DateRange): boolean {
  const before = line.slice(0, r.from).replace(HTML_TAG, ' ');
  const after = line.slice(r.to).replace(HTML_TAG, ' ');
  // (s61: a full-width bracket, as Japanese writes it, "\u682a\u5f0f\u4f1a\u793eX\uff082021\u5e744\u6708\uff5e\u73fe\u5728\uff09", is a bracket too.)
  const atEnd = /^[\s).,;:\]}*_\uff09]*$/.test(after) || /^\s*[([][^()[\]]*[)\]][\s.,;]*$/.test(after);
  // "From July 2020 to present", a line of its own: a role's dates, not a sentence's.
  if (/^[\s•◦·▪*_\-–—(]*from\s*$/i.test(before) && atEnd) return true;
  if (/\b(from|between|in|during|since|by|of|for|and|over|after|before)\s*$/i.test(before)) return false;
  // (s51) "Da marzo 2019 a oggi — Data Scientist, …": a line opened by its range's "from" word (Italian "da", Dutch "van",
  // German "von", Spanish "desde", Polish "od"), the role's heading after it: the dates open the line (English "from" stays
  // as it was read: a line of its own only, above).
  const atStart = /^[\s•◦·▪*_#\-–—({[]*$/.test(before) || /^[\s•◦·▪*_#\-–—({[]*(?:da|dal|van|von|desde|od)\s+$/i.test(before);
  // "Backend engineer at Nubecita (2020–present): TypeScript APIs on AWS; …": a role's heading, its dates in a bracket, then
  // a colon and what was done there, on one line however long.
  if (/^[\s•◦·▪*_\-–—]*[^.;:()]{3,80}\(\s*$/.test(before) && /^\s*\)\s*:\s+\S/.test(after) && TITLE_WORD.test(before)) return true;
  // "2022-01 – present  Site Reliability Engineer, Bluebonnet Health: Kubernetes, Prometheus, …": the dates open the line,
  // a role's heading follows, then a colon and what was done there, on one line however long.
  if (atStart && /^\s*[^.;:()]{3,80}:\s+\S/.test(after) && TITLE_WORD.test(after.slice(0, after.indexOf(':')))) return true;
  // (s56) "Sergeant (E-5), Signals Intelligence Analyst (MOS 35N) \u2014 201st Expeditionary Military Intelligence Brigade, Joint Base
  // Lewis-McChord, WA    Mar 2012 \u2013 Sep 2016": a heading of names (rank, duty, unit, post; no sentence) with its dates set apart at
  // the line's end is a role's however long, up to 220 characters; a longer line, or one that reads as a sentence, is no heading.
  const namedHeading = atEnd && line.trim().length <= 220 && /(?:\s{3,}|\t)$/.test(before) && !prose(before) && !/[.;!?]\s/.test(before);
  if (line.trim().length > 140 && !namedHeading) return false;
  if (atStart || atEnd) return true;
  return /([|·•,([\t"“=\uff08]|\s{2,}|\s[-–—]\s?)[\s*_]*$/.test(before) && /^[\s*_]*([|·•,)\]\t"”\uff09]|\s{2,}|\s[-–—]\s|$)/.test(after);
}

interface Heading {
  dateLine: number;
  /** First and last line of the heading. */
  first: number;
  last: number;
  title: string | null;
  company: string | null;
  companyHeading: boolean;
}

// (s46: "・" too, the bullet of Japanese documents.)
const BODY_BULLET = /^\s*[◦\-*▪●○■□➢►–—{·\u30fb]/;

function headingLike(line: Line | undefined): boolean {
  if (!line || line.heading) return false;
  const t = plain(line.text);
  // A long line is body text, unless it names a title among its fields ("Senior Infrastructure Engineer, Scottish Government
  // (Digital Directorate), Edinburgh").
  if (t.length === 0 || (t.length > 80 && !(t.length <= 110 && TITLE_WORD.test(t) && t.includes(',') && !t.includes(';')))) return false;
  if (BODY_BULLET.test(t) && !(/^[-*]\s/.test(t) && t.length <= 50 && TITLE_WORD.test(t))) return false;
  if (/^•/.test(t) && t.length > 50) return false;
  // (s52) "Linux servers, VMware, Ansible; running the plant's MES": a semicolon, then a clause in lower case, is a body's sentence
  // (a PDF dropped its bullet), no heading.
  if (/;\s+\p{Ll}+\s+\p{Ll}/u.test(t)) return false;
  // "Skills: Kubernetes · GCP · Terraform", "Tech stack: Go, Postgres": a labelled list is a role's body.
  if (/^(?:key |main |core )?(?:skills|technologies|tech(?:nology)? stack|stack|tools(?: used)?|environment|tech)\s*:/i.test(t)) return false;
  // A sentence ends a body line; a company's dotted suffix does not ("Inc.", "S.r.l.", "S.p.A.", "B.V.", "Pvt. Ltd.").
  // (s51: Turkish "A.\u015e.", "Ltd. \u015eti.": a suffix's letters may lie outside ASCII.)
  if (/[.;:!?]$/.test(t) && !/\b(inc|ltd|co|corp|llc|jr|sr)\.$|(?:^|\s)\u015fti\.$|(?:^|\s)(?:\p{L}{1,3}\.){2,}$/iu.test(t)) return false;
  return true;
}

/** A labelled fact of a role that names neither title nor company (a US federal resume's "Salary:", "Hours per week:", "Series: 2210 Pay Plan: GS"). */
const ROLE_FACT = /^\s*(?:i currently work here|current(?:ly)? employed|location|salary|hours per week|series|pay plan|grade|supervisor|okay to contact|may (?:we )?contact(?: supervisor)?|reason for leaving|notice period|(?:current |expected )?ctc|team size|事業内容|雇用形態|従業員数|資本金|売上高|在籍期間)\s*[:：]/i;
/**
 * (s47) A table's head, a cell a line as a PDF or a Word table gives it ("Role" / "Dates" / "Team", "Position" / "Dates"): the
 * name of a column, no title nor company of the role below it.
 */
const COLUMN_LABEL = /^\s*(?:roles?|positions?|job titles?|titles?|dates?|period|team|company|employer|organi[sz]ation|duration|location|from|to|years?)\s*$/i;
/** (s48) A table's head read as one line, its cells joined ("Employer Position Team Period", "Role | Dates | Team"). */
const COLUMN_HEAD =
  /^\s*(?:roles?|positions?|job titles?|titles?|dates?|period|team|company|employer|organi[sz]ation|duration|location|from|to|years?)(?:\s*[|\t/\u00b7]?\s*(?:roles?|positions?|job titles?|titles?|dates?|period|team|company|employer|organi[sz]ation|duration|location|from|to|years?))+\s*$/i;
/** The label of a dates line in a form of labelled fields: Europass's "Dates<tab>01/10/2019 - present", "Period:". */
// (s60) The older European CV format's "\u2022 Dates (from \u2013 to)" (and its "(da \u2013 a)", "(von \u2013 bis)", "(de \u2013 \u00e0)"): the label with its bracket.
const DATES_LABEL_RE = /^(?:[\u2022\u25e6\u00b7*-]\s*)?(?:dates?|period|duration|time period|zeitraum|p[ée]riode|data|datas|datat|fechas?|periodo|per[íi]odo)(?:\s*\((?:from|da|von|de|desde|van)\s*[-\u2013\u2014]\s*(?:to|a|bis|\u00e0|hasta|tot)\))?\s*:?$/i;
/** (s48) "Date<tab>1 marzo 2018 \u2013 oggi": the day of a date written in full stays once the range is cut out. */
const DATES_LABEL = { test: (own: string): boolean => DATES_LABEL_RE.test(own.replace(/[\t ]+\d{1,2}\.?\s*$/, '').trim()) };
/** A field with its label: "Occupation or position held<tab>Cloud Engineer", "Employer: Acme", "Nom et adresse de l'employeur<tab>\u2026". */
// (s60: after a bullet too, as the older European CV format sets them: "\u2022 Occupation or position held<tab>\u2026".)
const LABELLED_FIELD = /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?\p{Lu}[\p{L}/()'\u2019 ]{1,60}(?:\t|\s*:\s)\s*\S/u;

/** (s50) A line that reads as a sentence of a role's body, not a heading: four or more words in lower case of three letters or more. */
/** (s62) A Vietnamese title's first words (prose): an engineer, a programmer, an intern, a specialist, an employee, a lead, a director, a tester. */
const VI_TITLE_START = /^\s*(?:k\u1ef9 s\u01b0|l\u1eadp trình viên|th\u1ef1c t\u1eadp sinh|chuyên viên|nhân viên|tr\u01b0\u1edfng nhóm|tr\u01b0\u1edfng phòng|giám \u0111\u1ed1c|ki\u1ec3m th\u1eed viên|c\u1ed9ng tác viên)(?![\p{L}])/iu;
function prose(line: string): boolean {
  // (s62) A Vietnamese title, its words syllables in lower case ("K\u1ef9 s\u01b0 ph\u1ea7n m\u1ec1m cao c\u1ea5p", "L\u1eadp trình viên cao c\u1ea5p"): a short line that
  // opens with a title's word is no sentence.
  if (VI_TITLE_START.test(line) && line.trim().split(/\s+/).length <= 8) return false;
  return (line.match(/(?<![\p{L}\p{N}])\p{Ll}{3,}(?![\p{L}\p{N}])/gu) ?? []).filter((w) => !/^(?:and|for|the|und|der|die|das|des|von|les|des|del|por|para|com)$/.test(w)).length >= 4;
}

/**
 * (s51) "Lead of eight engineers; golden paths on EKS with Argo CD and" / "Backstage": a short line (three words at most, no title's
 * word) under a long line of the body's words that ends in lower case, as a column wraps a sentence: that sentence's end, never a
 * heading.
 */
function wrappedTail(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  const before = lines[i - 1];
  if (!before || before.heading || before.kind !== line.kind) return false;
  const t = plain(line.text);
  const b = plain(before.text);
  if (t.split(/\s+/).length > 3 || TITLE_WORD.test(t) || b.length < 40 || !/\p{Ll}[,]?$/u.test(b)) return false;
  return (b.match(/(?<![\p{L}\p{N}])\p{Ll}{3,}(?![\p{L}\p{N}])/gu) ?? []).filter((w) => !/^(?:and|for|the|und|der|die|das|des|von|les|del|por|para|com)$/.test(w)).length >= 3;
}

function headingOf(lines: readonly Line[], d: number, previous?: Heading): Heading {
  const previousLast = previous?.last ?? -1;
  // (s46) The role before had its dates on a line of their own, its title below them ("03.2019 – heute / Senior
  // Backend-Entwickler, Elbwerk GmbH / …"): the resume writes each role so.
  const datesFirst = previous !== undefined && previous.first === previous.dateLine && previous.last > previous.dateLine;
  const dateLine = lines[d]!;
  // (A heading, then a colon and what was done there: "Backend engineer at Nubecita (2020–present): TypeScript APIs".)
  const stripped = stripDates(dateLine.text);
  const inline = /^(.{3,80}?)\s*:\s+(\S.{8,})$/.exec(stripped);
  // (What follows is told in words, not a name: "Senior Engineer: Acme Corp" keeps its company.)
  const own = inline && TITLE_WORD.test(inline[1]!) && !inline[1]!.includes(';') && /\s[a-z]{3,}\b/.test(inline[2]!) && inline[2]!.split(/\s+/).length >= 3 ? inline[1]! : stripped;
  const above: number[] = [];
  // Lines that name nothing (a place, "Full-time · 4 yrs 4 mos") do not count towards the heading's lines.
  let named = 0;
  // "Help Desk Technician, Riverbend Clinics (2019 – 2022)": a dates line that names both title and company heads its role
  // alone; the line above it is the role before's body ("  Azure landing zone build-out, Azure Policy, Terraform").
  const whole = own ? titleAndCompany([plain(own)]) : null;
  const alone = whole !== null && whole.title !== null && whole.company !== null && TITLE_WORD.test(whole.title) && !TITLE_WORD.test(whole.company);
  // (s56) "Senior Data Engineer / May 2021 \u2013 Present / Cobalt Freight, Denver / \u2026 / Data Engineer / Mar 2018 \u2013 Apr 2021 / \u2026": the
  // role before was written title, dates alone, company (a PDF's dates on a line between them); this one is written so too:
  // the one line above these dates is its title, the lines above that the role before's body (whose last line, short and
  // capitalised, would else read as this role's company).
  // And "Starsza programistka .NET / Odra Fintech sp. z o.o., Wroc\u0142aw / stycze\u0144 2019 \u2013 obecnie / \u2026": where the role before had its
  // heading's lines above its dates alone (title, company), a line above as many as those that opens in lower case is that
  // role's body going on (a PDF's bullets lose their marks: "przez Azure DevOps"), no heading's. (A company's line above a
  // title, as LinkedIn's exports set several titles under one company, opens in a capital: it stays.)
  const shaped = previous !== undefined && own.trim() === '' && previous.first < previous.dateLine && previous.last <= previous.dateLine + 1 && stripDates(lines[previous.dateLine]!.text).trim() === '';
  const stacked = shaped && previous.first === previous.dateLine - 1 && previous.last === previous.dateLine + 1;
  for (let i = d - 1; i > previousLast && !alone && named < (own ? 2 : stacked ? 1 : 3); i--) {
    if (shaped && above.length >= previous.dateLine - previous.first && /^\s*\p{Ll}/u.test(lines[i]!.text)) break;
    if (lines[i]!.kind !== dateLine.kind || !headingLike(lines[i])) break;
    if (ROLE_FACT.test(plain(lines[i]!.text)) || COLUMN_LABEL.test(plain(lines[i]!.text)) || COLUMN_HEAD.test(plain(lines[i]!.text))) continue;
    // (s47) "Harbourline Energy, Aberdeen / 2014 \u2013 present / Role / Dates / Principal Data Engineer  Apr 2022 \u2013 Present": a
    // dated line above (an employer's span round its titles) heads no title of this role: the employer names its company.
    if (findDateRanges(lines[i]!.text).length > 0 && i !== d) break;
    if (wrappedTail(lines, i)) break;
    above.unshift(i);
    if (!namesNothing(lines[i]!.text)) named++;
  }
  // (s50) Where the role before had its dates first, the lines above these dates are its body: where this dates line names the
  // role beside them ("[ 10/2014 \u2013 08/2015 ] Werkstudent Datenanalyse", a Europass; "\u010dervenec 2015 \u2013 \u00fanor 2017 Junior webov\u00e1
  // v\u00fdvoj\u00e1\u0159ka", a cell of dates beside the title), and where the title's word above stands in a sentence of the body ("Tech lead
  // of the evaluation platform used by 40 researchers") while the line below names a title.
  const ownWords = plain(own).replace(/(?:^|\s)[*_|\u2022\u00b7]+(?=\s|$)/g, ' ').trim();
  if (datesFirst && /\p{L}{2}/u.test(ownWords) && !namesNothing(ownWords)) above.length = 0;
  // (s56: a dates line that names only a place, "[ 01/02/2017 \u2013 31/08/2020 ]  Kranj, Slovenia", is a dates line alone.)
  const bare = own.trim() === '' || namesNothing(own);
  const titleBelowDates = datesFirst && bare && lines[d + 1] !== undefined && lines[d + 1]!.kind === dateLine.kind && headingLike(lines[d + 1]) && TITLE_WORD.test(plain(lines[d + 1]!.text)) && !prose(plain(lines[d + 1]!.text));
  if (titleBelowDates && above.every((i) => !TITLE_WORD.test(plain(lines[i]!.text)) || prose(plain(lines[i]!.text)))) above.length = 0;
  const below: number[] = [];
  // Dates first, then the title ("2019 – Present" / "Senior Engineer"), or the company and dates, then the title.
  const titled = TITLE_WORD.test(own) || above.some((i) => TITLE_WORD.test(plain(lines[i]!.text)));
  if (DATES_LABEL.test(own.trim())) {
    // "Dates<tab>… / Occupation or position held<tab>… / Name and address of employer<tab>…": the labelled fields below.
    for (let i = d + 1; i < lines.length && i <= d + 6; i++) {
      if (lines[i]!.kind !== dateLine.kind || lines[i]!.heading || !LABELLED_FIELD.test(lines[i]!.text) || findDateRanges(lines[i]!.text).length > 0) break;
      below.push(i);
    }
  } else if (!titled)
    for (let i = d + 1; i < lines.length && below.length < 2; i++) {
      // "05/2021 - Present / Salary: … / Hours per week: 40 / IT Specialist (INFOSEC)": facts of the role before its title.
      if (lines[i]!.kind === dateLine.kind && ROLE_FACT.test(plain(lines[i]!.text)) && i <= d + 4) continue;
      if (lines[i]!.kind !== dateLine.kind || !headingLike(lines[i]) || findDateRanges(lines[i]!.text).length > 0) break;
      // (s50) Below a title, a sentence is the body's ("Summer internship during the PhD: sparse attention for long"), no heading.
      if (below.length > 0 && prose(plain(lines[i]!.text))) break;
      const after = own.length > 0 || above.length > 0;
      if (after && !TITLE_WORD.test(plain(lines[i]!.text))) break;
      // (s51) "Halcyon Bank plc \u2014 Manchester / Feb 2016 \u2013 Present / Platform Engineering Lead / May 2022 \u2013 Present": a title whose own
      // dates follow it on the next line (a PDF's right-aligned spans, each on a line of its own) heads the role of those dates;
      // the employer's span above it names no title.
      if (after && lines[i + 1] !== undefined && lines[i + 1]!.kind === dateLine.kind && findDateRanges(lines[i + 1]!.text).length > 0 && stripDates(lines[i + 1]!.text) === '') break;
      below.push(i);
      if (after) break;
    }
  // (s46) So, where this role's title stands below its dates too, the lines above them that name no title are the body of the
  // role before (a PDF's bullets lose their marks: "Migration von Oracle nach PostgreSQL, Kafka für"), not this one's heading.
  if (datesFirst && bare && below.length > 0 && TITLE_WORD.test(plain(lines[below[0]!]!.text)) && !above.some((i) => TITLE_WORD.test(plain(lines[i]!.text)))) above.length = 0;
  const pieces = [...above.map((i) => lines[i]!.text), DATES_LABEL.test(own.trim()) ? '' : own, ...below.map((i) => lines[i]!.text)].map(plain);
  const read = titleAndCompany(pieces);
  // "Platform Engineer<tab>April 2023 – Present / Fjord Energy AS<tab>Stavanger, Norway": the company on the line below;
  // "Senior Software Engineer / Mar 2022 – Present / Lattice Freight, Inc. — Durham, NC" (a PDF's right-aligned dates
  // on a line of their own): the same.
  // (s47) "2016 \u2013 2018 / Mobile Engineer / Parcelwise, Bath" (a side column of dates, the title below them): the company on the
  // line below the title.
  // (s56) "[ 15/09/2020 \u2013 Current ]  Ljubljana, Slovenia / QA AUTOMATION ENGINEER / Sava Placila d.o.o.": the current Europass sets
  // the place beside the dates; a dates line that names only a place is a dates line alone.
  const titleBelow = bare && above.length === 0 && below.length === 1 && below[0] === d + 1 && TITLE_WORD.test(plain(lines[d + 1]!.text));
  // (s59) "2016 \u2013 2020   PhD Candidate (promovendus, employed on a four-year" / "contract), Delft University of Technology": a narrow
  // cell wrapped the title's bracket onto the next line; read with it, the line names the employer after the bracket.
  const wrapNext = lines[d + 1];
  if (below.length === 0 && read.title !== null && (own.match(/\(/g) ?? []).length > (own.match(/\)/g) ?? []).length && wrapNext && wrapNext.kind === dateLine.kind && !wrapNext.heading && findDateRanges(wrapNext.text).length === 0 && /^[^()]{1,60}\)/.test(plain(wrapNext.text))) {
    const joined = titleAndCompany([...above.map((i) => plain(lines[i]!.text)), `${plain(own).trimEnd()} ${plain(wrapNext.text).trim()}`]);
    if (joined.title !== null && joined.company !== null) return { dateLine: d, first: above[0] ?? d, last: d + 1, ...joined };
  }
  const nextAt = titleBelow ? d + 2 : d + 1;
  const next = lines[nextAt];
  const titleBeside = TITLE_WORD.test(own) || (own === '' && above.length > 0 && TITLE_WORD.test(plain(lines[above.at(-1)!]!.text)));
  // (s57) "Ardent Grid / 4 yrs 2 mos / Staff Engineer / Mar 2024 - Present / Engineer / Nov 2022 - Feb 2024 / Tay Foods / Analyst /
  // Jun 2019 - Oct 2022": LinkedIn sets several titles under one company's line; where the role before was headed so (its company
  // on a line of its own above its title) and the line below these dates is followed by a company's total length or by a title
  // over its own dates, that line heads the next role (the next company), no company of this one: this title is the company's
  // above (read below, a later title at that company).
  const after = lines[nextAt + 1];
  const headsNext =
    previous?.companyHeading === true &&
    after !== undefined &&
    after.kind === dateLine.kind &&
    (namesNothing(after.text) || (TITLE_WORD.test(plain(after.text)) && headingLike(after) && lines[nextAt + 2] !== undefined && findDateRanges(lines[nextAt + 2]!.text).length > 0 && stripDates(lines[nextAt + 2]!.text).replace(DURATION, ' ').trim() === ''));
  if (!headsNext && read.company === null && read.title !== null && (below.length === 0 ? titleBeside : titleBelow) && next && next.kind === dateLine.kind && headingLike(next)) {
    // (s57) "RWTH Aachen University, Chair of Process Control": a university's unit after its name (a chair,
    // a department) is no part of the employer, and its words ("Chair") no title's.
    const t = plain(next.text).replace(/,\s+([^,]+)$/, (all, unit: string) => (ACADEMIC_UNIT.test(unit) && UNIVERSITY_NAME.test(plain(next.text)) ? '' : all));
    const name = t.split(/\t|\s{3,}|\s*[|·•]\s*|\s[–—-]\s|,\s+/)[0]!.trim();
    // A name: its words capitalised ("Fjord Energy AS", "Bank of Åland"), or a company's suffix; never a line of body text.
    // (s53: a name in quotation marks after its legal form, "\u0422\u041e\u0412 \u00ab\u041a\u0430\u0440\u043f\u0430\u0442\u0438 \u0421\u043e\u0444\u0442\u00bb", as Ukrainian writes it.)
    const named = name.split(/\s+/).every((w) => /^[\u00ab\u201e\u201c"]?[\p{Lu}\d&]/u.test(w) || /^(of|and|de|du|der|la|le|for|the|von|van|y|e)$/.test(w));
    const words = name.split(/\s+/).length;
    if (findDateRanges(t).length === 0 && !TITLE_WORD.test(t) && (words <= 5 || (words <= 8 && COMPANY_SUFFIX.test(name))) && (named || COMPANY_SUFFIX.test(name))) {
      const withNext = titleAndCompany([...pieces, t]);
      // (s56) "Senior Consultant  Mar 2019 \u2013 Dec 2021 / Client: Lakeshore Mutual Bank \u2014 regulatory reporting": a labelled line below
      // (a client, an employer) names the company, never takes the title away; a client is the company only where no employer's
      // span holds the role (CLIENT_LINE, below).
      if (withNext.company !== null) return { dateLine: d, first: above[0] ?? d, last: nextAt, ...withNext, title: withNext.title ?? read.title, companyHeading: false };
    }
  }
  // (s56) "Adjunct Lecturer, Database Systems (part-time) / Jan 2021 \u2013 Dec 2024 / Front Range Community College, Westminster": a
  // teaching post naming its area after a comma, alone on its line, the school on the line below the dates: read with that
  // line, the area is the title's and the school the employer (s55's rule, the school in another field).
  // (s58) And any title so ("Working Student, QA / Oct 2014 \u2013 Dec 2015 / Barnim Labs UG"): where the dates stand on a line of
  // their own and the line below them is a name (its words capitalised, five at most, or a company's suffix; no title), read with
  // it the area is the title's and that name the employer. (A title and its employer beside the dates, "Since Q3 2021  Data
  // Engineer, Fernhollow Logistics / Airflow DAGs", keep their employer: the line below is the body.)
  if (read.company !== null && read.title !== null && below.length === 0 && titleBeside && next && next.kind === dateLine.kind && headingLike(next) && findDateRanges(next.text).length === 0) {
    const t = plain(next.text);
    const teaching = TEACHING_POST.test(read.title);
    const name = t.split(/\t|\s{3,}|\s*[|\u00b7\u2022]\s*|\s[\u2013\u2014-]\s|,\s+/)[0]!.trim();
    const named = !TITLE_WORD.test(t) && (COMPANY_SUFFIX.test(name) || (name.split(/\s+/).length <= 5 && name.split(/\s+/).every((w) => /^[\p{Lu}\d&]/u.test(w) || NAME_PARTICLE.test(w))));
    const withNext = teaching || (named && bare) ? titleAndCompany([...pieces, t]) : null;
    if (withNext && withNext.title !== null && withNext.company !== null && withNext.title.startsWith(`${read.title}, ${read.company}`) && (teaching ? ACADEMY.test(withNext.company) : true) && t.startsWith(withNext.company))
      return { dateLine: d, first: above[0] ?? d, last: nextAt, ...withNext, companyHeading: false };
  }
  // (s50) "Lecturer in NLP, School of Computer Science," / "University of Leeds", "Postdoctoral Researcher, Department of
  // Mathematics" / "(Statistics), University of Oslo": a university's unit whose university a narrow cell wrapped onto the next
  // line: the employer is the university.
  const last = below.at(-1) ?? d;
  const wrapped = lines[last + 1];
  // (s59) So is a group or a lab of it named before it ("Assistant Professor, Formal Methods and Tools group," / "University of Twente").
  if (read.company !== null && (ACADEMIC_UNIT.test(read.company) || (UNIT_OF_EMPLOYER.test(read.company) && !ACADEMY.test(read.company)))) {
    const next = wrapped && wrapped.kind === dateLine.kind && !wrapped.heading && findDateRanges(wrapped.text).length === 0 ? [last + 1] : [];
    for (const i of [...below, ...next]) {
      const uni = UNIVERSITY_NAME.exec(plain(lines[i]!.text).replace(/^\([^()]*\)\s*,?\s*/, ''));
      if (uni && uni.index <= 2) return { dateLine: d, first: above[0] ?? d, last: Math.max(last, i), ...read, company: tidy(uni[1]!) };
    }
  }
  return { dateLine: d, first: above[0] ?? d, last, ...read };
}

/** A length of time as resumes and LinkedIn print it beside dates: "(4 years 9 months)", "· 7 yrs 4 mos", "3 years 9 months". */
const DURATION = /[(\[]?\s*(?:\d+\+?\s*(?:years?|yrs?)(?:\s*,?\s*(?:and\s+)?\d+\s*(?:months?|mos?))?|\d+\s*(?:months?|mos?))\s*[)\]]?/gi;
const DURATION_ONLY = new RegExp(`^\\s*(?:${DURATION.source})\\s*$`, 'i');

/** A line of places, lengths of time and kinds of employment only ("Remote", "Full-time · 4 yrs 4 mos"). */
function namesNothing(line: string): boolean {
  const parts = plain(line).split(/\s*[|·•]\s*|\s+[–—-]\s+|\s{3,}|\t+/).map((t) => t.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((t) => isLocation(t) || DURATION_ONLY.test(t) || EMPLOYMENT_WORD.test(t) || HOURS_NOTE.test(t));
}

function stripDates(line: string): string {
  let out = line;
  const found = findDateRanges(line);
  const all = [...found, ...lonePoints(line, found)].sort((a, b) => b.from - a.from);
  for (const r of all) {
    // (s51) The "from" word that opens a line before its range ("Da marzo 2019 a oggi — \u2026") goes with the dates.
    const from = /^([\s\u2022\u25e6\u00b7*_-]*)(?:from|da|dal|van|von|desde|od)\s+$/i.exec(out.slice(0, r.from));
    out = out.slice(0, from ? from[1]!.length : r.from) + ' ' + out.slice(r.to);
  }
  // What follows the dates of a length of time ("(4 years 9 months)", "· 7 yrs 4 mos") goes with them.
  if (all.length > 0) out = out.replace(new RegExp(`(^|[\\s·•|,])(?:${DURATION.source})(?=\\s*$)`, 'i'), ' ');
  // (s61: a full-width bracket emptied too, "\u682a\u5f0f\u4f1a\u793eX\uff08\u2026\uff09"; a Japanese section's "\u25c6" before an employer's name is its marker.)
  return out.replace(/\(\s*\)|\[\s*\]|\uff08\s*\uff09/g, ' ').replace(/^[\s•◦·|,–—\u25c6\u25c7-]+|[\s•◦·|,–—(-]+$/g, '').trim();
}

/** A bracket that says how one was employed, or through whom: "(contract)", "(part-time, 20 h/week)", "(self-employed)", "(via Hays)". */
const EMPLOYMENT_NOTE =
  /^(?:(?:\d+[- ]months?\s+)?(?:contract(?:or)?|part[- ]time|full[- ]time|self[- ]employed|freelance|temporary|temp|permanent|fixed[- ]term|term(?: position| contract| role)?|seasonal|casual|secondment|co-?op|remote|hybrid|on[- ]?site)\b[^()]*|(?:via|through)\s[^()]*|(?:inside|outside)\s+ir35|ir35[^()]*|(?:mandatory|compulsory|conscript|national|military)\b[^()]*\bservice)$/i;

/**
 * (s51) A note of how the work was done that stays with the title, as the labels since s48 keep it ("Frontend Lead (contract)",
 * "Data Analyst (part-time)", "Senior Backend Engineer (remote)", "Software Developer Intern (co-op, winter term)"); a note of
 * whose books one was on ("(self-employed)", "(via Hays)", "(inside IR35)", "(full-time)"), or any note after a company's name, is
 * still dropped. (s47's labels
 * dropped these notes too; the four sessions since keep them.)
 */
const KEPT_NOTE = /^(?:contract|part[- ]time|remote|hybrid|seasonal|co-?op)\b/i;
/** Whether a bracket is such a note right after a title ("Acme Ltd (remote)", after a company, is a place's or a note's, dropped). */
function keptNote(inner: string, before: string): boolean {
  const field = before.split(/\s*[|\u00b7\u2022\t]\s*|\s+[\u2013\u2014-]\s+|,\s+/).at(-1) ?? '';
  // (s55) Or after a teaching post's course or area ("Adjunct Instructor, Networking (part-time, evenings)"), which is the title's.
  const commas = (before.split(/\s*[|\u00b7\u2022\t]\s*|\s+[\u2013\u2014-]\s+/).at(-1) ?? '').split(/,\s+/);
  return KEPT_NOTE.test(inner.trim()) && (TITLE_WORD.test(field) || (commas.length === 2 && TEACHING_POST.test(commas[0]!)));
}

/**
 * A unit of a university named before it: "Department of Mathematics", "School of Informatics", (s50) "Institute for Language
 * Technology" (a research institute's own name has words before "Institute": "Max Planck Institute for \u2026").
 */
/** (s56) A name's legal form at its end: "Botnia Konsult AB", "Fjord Partners AS", "Harrow Consulting Ltd.". */
const LEGAL_FORM_END = /\S\s+(?:AB|AS|ASA|A\/S|ApS|Oy|Oyj|BV|B\.V\.|NV|GmbH|AG|Ltd|Limited|Inc|LLC|plc|S\.A\.|S\.L\.|S\.r\.l\.|S\.p\.A\.)\.?$/;
/** (s56) A line that names a client by its label: "Client: Great Plains Health", "Clients: Marlow Water plc; Severn Mutual". */
const CLIENT_LINE = /^\s*clients?\s*:/i;
/** (s56) A unit inside an employer: "Systems Integration Department", "Cloud Infrastructure Section", "WMS Team", "Product Development Division". */
/** (s59) A research lab or group by its last word: "Marine Robotics Lab", "Vision Laboratory", "Formal Methods research group". */
const LAB_UNIT = /\b(?:lab|laboratory|research group)$/i;
const UNIT_OF_EMPLOYER = /\b(?:department|dept\.?|section|division|team|unit|office|bureau|group|practice)(?:\s+\d+)?$/i;
const ACADEMIC_UNIT = /^(?:department|dept\.?|school|faculty|chair|division|centre|center|institute)\s+(?:of|for)\s/i;
/** A university or a college by its name: "University of Leeds", "Oslo Metropolitan University", "Trinity College Dublin". */
const UNIVERSITY_NAME = /(?<![\p{L}])((?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,3}(?:University|College|Universit\u00e4t|Universit\u00e9|Universidad|Universit\u00e0|Universiteit|Uniwersytet)(?:\s+(?:of|for|de|di|del|van|in)\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}|\s+\p{Lu}[\p{L}.'\u2019-]*)?)/u;
/** A university, a college or a research institute by its name's word. */
const ACADEMY = /\b(?:universit(?:y|ät|at|é|e|à|a|ad|eit|et)|college|polytechnic|politecnico|institute|institut|inria|cnrs|max planck|fraunhofer)(?![\p{L}])/iu;

/**
 * (s54) "TEACHING / 2013 \u2013 2016   Teaching Assistant (paid, 20%), Department of Biosciences, University of Oslo": under a heading
 * that is "Teaching" alone (whose dates are otherwise courses taught, no roles), a line that names a teaching post and the
 * university or college that held it is an appointment: a role. ("Courses taught at Bergen (2022 \u2013 present): BIO101 \u2026"
 * names no post: no role.)
 */
function teachingPost(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.kind !== 'activities') return false;
  // (s59) "Sessional Lecturer (paid, 4 h/week), Southbank Institute of Technology \u2014 London" over "Jan 2022 \u2013 Present": the dates on a
  // line of their own under the post's line are its dates. A volunteer's post ("Volunteer Coding Instructor, Brixton Code
  // Club") is none, paid or not said.
  const above = stripDates(line.text).trim() === '' && i > 0 && !lines[i - 1]!.heading && lines[i - 1]!.kind === 'activities' ? lines[i - 1]!.text : '';
  const post = `${above} ${line.text}`;
  if (!TEACHING_POST.test(post) || !ACADEMY.test(post) || VOLUNTEER.test(post.replace(VOLUNTEER_NAME, ''))) return false;
  for (let j = i - 1; j >= 0; j--) if (lines[j]!.heading) return TEACHING_HEADING.test(unspaced(plain(lines[j]!.text)).trim());
  return false;
}
/**
 * A heading of teaching: "Teaching", and (s59) teaching beside community work or outreach ("Teaching & Community", "Community
 * and Teaching", "Teaching, Mentoring and Outreach"), whose volunteer posts are no roles and whose paid posts are.
 */
const TEACHING_HEADING = /^(?=.*\bteaching\b)(?:teaching|(?:teaching|community|outreach|mentoring|volunteering)(?:\s*(?:,|and|&)\s*(?:teaching|community(?: (?:engagement|involvement|work))?|outreach|mentoring|volunteering|service))+):?$/i;

/**
 * (s59) "2016 \u2013 2020   PhD Candidate (promovendus, employed on a four-year contract), Delft University of Technology": under an
 * experience or appointments heading, a doctorate held as a post (a candidate or a researcher: Dutch and Nordic PhD candidates
 * are employees) is a role, not the degree's dates; "PhD in Computer Science, \u2026" there stays a degree.
 */
const DOCTORAL_POST = /(?<![\p{L}])(?:ph\.?\s?d\.?|doctoral)\s+(?:candidate|researcher)(?![\p{L}])/iu;
function doctoralPost(line: Line): boolean {
  return line.kind === 'experience' && DOCTORAL_POST.test(line.text) && !DEGREE_ANY.test(line.text.replace(DOCTORAL_POST, ' '));
}

/**
 * (s59) A heading of teaching in the languages read here: "Teaching" (TEACHING_HEADING), Portuguese "Doc\u00eancia", Spanish
 * "Docencia", Czech "V\u00fduka", Slovak "V\u00fdu\u010dba", Finnish "Opetus", German "Lehre" / "Lehrt\u00e4tigkeit", French "Enseignement",
 * Italian "Didattica" / "Insegnamento", Dutch "Onderwijs", Swedish and Danish "Undervisning", Polish "Dydaktyka", Hungarian "Oktat\u00e1s".
 */
const TEACHING_HEADING_ABROAD = /^(?:doc[\u00eae]ncia|docencia|v\u00fduka|v\u00fdu\u010dba|pedagogick\u00e1 \u010dinnos\u0165|opetus|lehre|lehrt\u00e4tigkeit|enseignement|didattica|insegnamento|onderwijs|undervisning|dydaktyka|oktat\u00e1s):?$/iu;
/** Whether the line at `i` stands under a heading of teaching: the nearest heading above it, or a line that names one. */
function underTeaching(lines: readonly Line[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const clean = unspaced(plain(lines[j]!.text)).replace(/[:|\u2022]+$/, '').trim();
    if (clean.length <= 40 && (TEACHING_HEADING.test(clean) || TEACHING_HEADING_ABROAD.test(clean))) return true;
    if (lines[j]!.heading) return false;
  }
  return false;
}

/** A post that names the course it teaches after a comma: "Teaching Assistant, Databases", "Tutor, Calculus II". */
const TEACHING_POST = /\b(?:(?:teaching|course|graduate teaching|lab)\s+assistant|tutor|instructor|lecturer|grader|demonstrator)\b/i;

const EMPLOYMENT_WORD = /^(full[- ]time|part[- ]time|contract|contractor|freelance|self[- ]employed|internship|permanent|temporary|seasonal|apprenticeship|returnship|(?:return[- ]to[- ]work|returner)(?: program(?:me)?)?)$/i;
/** (s57) The hours of a post, written after its title with a comma ("Werkstudentin, 12 h/week", "Tutor, 8 hrs per week", "Analyst, 0.6 FTE"): no employer's name. */
const HOURS_NOTE = /^\d{1,2}(?:[.,]\d)?\s*(?:h|hrs?|hours?|Std\.?|Stunden|uur)\s*(?:\/\s*|per\s+|a\s+|pro\s+)(?:week|wk|w|Woche)\.?$|^[01](?:[.,]\d{1,2})?\s*FTE$/i;

function titleAndCompany(piecesIn: readonly string[]): { title: string | null; company: string | null; companyHeading: boolean } {
  // "Organization: Cauvery Networks Pvt. Ltd., Bengaluru / Designation: Senior SRE / Duration: …": fields named by labels.
  let pieces = piecesIn;
  let labelledTitle: string | null = null;
  let labelledCompany: string | null = null;
  for (const p of pieces) {
    // Europass's labels end with a tab: "Name and address of employer<tab>Vega IT d.o.o., Novi Sad (Serbia)".
    // (s48) Europass in French, Italian, German, Spanish and Portuguese too: "Nom et adresse de l'employeur", "Nome e indirizzo
    // del datore di lavoro", "Name und Adresse des Arbeitgebers", "Nombre y direcci\u00f3n del empleador", "Nome e morada do empregador".
    const c = /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(?:organi[sz]ation|company(?: name)?|employer|client|firm|name and address of (?:the )?employer|name of (?:the )?employer|nom et adresse de l['\u2019]employeur|nome e indirizzo del datore di lavoro|name und (?:adresse|anschrift) des arbeitgebers|nombre y direcci\u00f3n del (?:empleador|empresa)|nome e (?:morada|endere\u00e7o) do empregador|employeur|arbeitgeber|datore di lavoro|empleador|empregador)\s*(?::|\t)\s*(.+)$/iu.exec(p);
    // (s48) "Name and address of employer<tab>Lagunare Servizi S.p.A., Fondamenta Nove 21, 30121 Venezia (Italy)": the name ends
    // where the address begins, at the first part after a comma with a number in it (a street's, a postcode).
    // (s60) "Valletta Gaming Systems Ltd, Triq il-Kbira, Birkirkara, Malta": a name that ends in a company's legal form ends there.
    const named = c ? /^([^,]+?),\s/.exec(c[1]!) : null;
    if (c && named && COMPANY_SUFFIX.test(named[1]!)) labelledCompany = tidy(named[1]!);
    else if (c) labelledCompany = tidy(c[1]!.replace(/\s*\([^()]*\)\s*$/, '').replace(/,\s*[^,]*\d[^,]*(?:,.*)?$/, '').replace(/,\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\s*$/u, ''));
    const t = /^\s*(?:[\u2022\u25e6\u00b7*-]\s*)?(?:designation|role|position|job title|title|occupation or position held|position held|occupation|fonction ou poste occup\u00e9|lavoro o posizione ricoperti|beruf oder funktion|profesi\u00f3n o cargo desempe\u00f1ado|fun\u00e7\u00e3o ou cargo ocupado|poste occup\u00e9|役職|職種|ポジション)\s*(?::|：|\t)\s*(.+)$/iu.exec(p);
    if (t) labelledTitle = tidy(t[1]!);
    // (s62) The old Europass's labels in Albanian: "Emri dhe adresa e punëdhënësit<tab>Adriatik Fintech sh.p.k., Tiranë" (the
    // employer, its town after the comma aside), "Pozicioni ose posti i mbajtur<tab>\u2026" (the post held).
    const sqCompany = /^\s*(?:emri dhe adresa e punëdhënësit|emri i punëdhënësit|punëdhënësi)\s*(?::|\t)\s*([^,\t]+)/iu.exec(p);
    if (sqCompany) labelledCompany = tidy(sqCompany[1]!);
    const sqTitle = /^\s*(?:pozicioni ose posti i mbajtur|posti i mbajtur|pozicioni)\s*(?::|\t)\s*(.+)$/iu.exec(p);
    if (sqTitle) labelledTitle = tidy(sqTitle[1]!);
  }
  // (s46) "2019年4月～現在　株式会社ハヤテ決済 / 役職：シニアバックエンドエンジニア": a title labelled under an employer that is not; the
  // employer is the piece with no label.
  if (labelledTitle && !labelledCompany) {
    const other = pieces.map((p) => tidy(p)).find((p) => p.length > 0 && !/[:：\t]/.test(p) && !isLocation(p) && !TITLE_WORD.test(p));
    if (other) labelledCompany = other;
  }
  if (labelledTitle || labelledCompany) return { title: labelledTitle, company: labelledCompany, companyHeading: false };
  // "Senior Engineer, Trading Systems — Meridian Quant (Wroclaw)": the name with a place in brackets (a town's name alone
  // too) is the employer's; a team or an area has no town.
  const placed = new Set<string>();
  for (const p of pieces)
    for (const m of p.matchAll(/([^,|·•()\t–—]+?)\s*\(([^()]*)\)/g))
      if (isLocation(m[2]!) || (/^\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2}$/u.test(m[2]!.trim()) && !TITLE_WORD.test(m[2]!) && !EMPLOYMENT_NOTE.test(m[2]!.trim()))) {
        placed.add(tidy(m[1]!));
        placed.add(tidy(`${m[1]!} (${m[2]!})`));
      }
  // "Staff Engineer, Ledgerline (London, UK)": a place in brackets is no part of a name (nor a split point), nor is a note of
  // how one was employed; "Independent consultant (Price Cloud Ltd)": a company in brackets after a title is the company.
  // (s48) "Selkie Studios Ltd Lead Programmer": a PDF table's cells joined by spaces; a company's suffix ends the name, the
  // title follows it.
  pieces = pieces.map((p) => {
    const m = /^([^|,\u2013\u2014\t]*?\S\s+(?:Ltd|Limited|Inc|LLC|GmbH|AG|plc|Corp|S\.A\.|S\.r\.l\.|S\.p\.A\.|AB|AS|A\/S|BV|Oy)\.?)\s+([A-Z][^|,\u2013\u2014\t]*)$/.exec(p);
    return m && TITLE_WORD.test(m[2]!) && !TITLE_WORD.test(m[1]!) ? `${m[1]} | ${m[2]}` : p;
  });
  const clean = pieces.map((p) => p.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/\s*\(([^()]*)\)/g, (all, inner: string, at: number, whole: string) => (keptNote(inner, whole.slice(0, at)) ? all : isLocation(inner) || EMPLOYMENT_NOTE.test(inner.trim()) ? ' ' : all))
    .replace(/^(.*\S)\s*\(([^()]*\b(?:inc|ltd|llc|corp|gmbh|plc|ag|limited|pty|sas|sarl|bv|srl|oy|ab)\b\.?)\)\s*$/i, (all, outer: string, inner: string) => (TITLE_WORD.test(outer) ? `${outer}, ${inner}` : all)).replace(/^[\s•◦·▪*]+/, '').replace(/[\s.]+$/, '').trim()).filter((p) => p.length > 0 && !isLocation(p));
  for (const p of clean) {
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(p);
    // (A role told inside a body's sentence, "Java services, MySQL. Part-time instructor at Denver Code School (2015 – 2016),
    // teaching Python.": the title opens after the sentence before it; the company ends where a clause in lower case begins.)
    const said = at ? at[1]!.replace(/^.*[.;!?]\s+(?=[A-Z])/, '') : '';
    if (at && TITLE_WORD.test(said)) return { title: tidy(said), company: tidy(stripLocation(at[2]!.replace(/\s*,\s+(?=[a-z]+ing\b).*$/, ''))), companyHeading: false };
  }
  // Fields split by bars, dots, dashes or wide spaces, then by commas; a token remembers its field.
  // Not a name: a place, a bare suffix, a length of time, or how one was employed ("Full-time", LinkedIn).
  // Nor a note of the kind of hire ("Software Engineer, New Grad — Wealthsimple").
  // (s51) "Freelance Backend Developer \u2014 Self-employed, Berlin": "self-employed" written where an employer's name stands, a field
  // of its own, names the employer (as the labels have it); in a bracket it stays a note ("Developer (self-employed)").
  const keep = (t: string) =>
    t.length > 0 && !isLocation(t) && !/^(inc|llc|ltd|gmbh|corp)\.?$/i.test(t) && !DURATION_ONLY.test(t) && (!EMPLOYMENT_WORD.test(t) || /^self[- ]employed$/i.test(t)) && !/^new[- ]grad(?:uate)?$/i.test(t) && !HOURS_NOTE.test(t);
  const pieceFields = clean.map((p) =>
    p
      .split(/\s*[|·•]\s*|\s+[–—-]\s+|\s{3,}|\t+/)
      .filter((f) => !isLocation(f.trim()))
      .flatMap((f, fi) => splitOutsideBrackets(f).map(tidy).filter(keep).map((t) => ({ t, fi }))),
  );
  const pieceTokens = pieceFields.map((list) => list.map((x) => x.t));
  const tokens = pieceTokens.flat();
  if (tokens.length === 0) return { title: null, company: null, companyHeading: false };
  // The title: the token with a title word nearest the dates; the company: beside it on its line, else the nearest line's.
  for (let pi = pieceTokens.length - 1; pi >= 0; pi--) {
    const piece = pieceTokens[pi]!;
    // ("Developer Productivity, Larkspur Freight — Senior Software Engineer": a team named first, its area a title's word, is
    // no title where the line holds one that is not an area.)
    const titled = piece.findIndex((t) => TITLE_WORD.test(t) && !TITLE_QUALIFIER.test(t));
    const ti = titled >= 0 ? titled : piece.findIndex((t) => TITLE_WORD.test(t));
    if (ti < 0) continue;
    // On the title's line: a name with a company's suffix first, then the title's neighbour, never an area that qualifies
    // the title ("Working Student, Embedded Software | Fraunhofer IPA", "Engineer, Platform Team — Acme").
    // "Teaching Assistant, Databases | Oakfield University": a teaching post names its course after a comma; where the
    // line has another field, that field is the school.
    const titleField = pieceFields[pi]![ti]!.fi;
    const teaching = TEACHING_POST.test(piece[ti]!);
    // (s48) "Specialist (E-4), Network Switching Systems Operator | 4th Infantry Division": a rank with its pay grade, then the
    // duty held at that rank after a comma: both are the title.
    // (Never the unit itself: "Sergeant (E-5), United States Marine Corps".)
    // (s58) "Conscript, radio operator (Corporal) \u2014 Finnish Defence Forces, Signal Regiment": a conscript's or a rank's word alone, then
    // the duty after a comma, is one title too.
    const payGrade =
      (PAY_GRADE.test(piece[ti]!) || CONSCRIPT_WORD.test(piece[ti]!)) && ti + 1 < piece.length && pieceFields[pi]![ti + 1]!.fi === titleField && !MILITARY_UNIT.test(piece[ti + 1]!) && !COMPANY_SUFFIX.test(piece[ti + 1]!);
    // (s51) "Director, Data Engineering", "VP, Engineering", "Head, Platform Services": a rank alone names its area after the comma,
    // in the same field; both are the title, where the employer is named elsewhere (another field, the line above) and the area
    // has no company's suffix nor a place.
    const rankArea =
      RANK_ALONE.test(piece[ti]!) && ti + 1 < piece.length && pieceFields[pi]![ti + 1]!.fi === titleField && !COMPANY_SUFFIX.test(piece[ti + 1]!) && !placed.has(piece[ti + 1]!) && !TITLE_WORD.test(piece[ti + 1]!) &&
      (pieceFields[pi]!.some((x, i) => i !== ti + 1 && x.fi !== titleField && !TITLE_WORD.test(x.t) && !unnamed(x.t)) || pieceTokens.some((list, i) => i !== pi && list.some((t) => !TITLE_WORD.test(t) && !unnamed(t))));
    // (s55) "Adjunct Instructor, Networking (part-time, evenings) \u2014 Pikes Peak State College": a teaching post names its course or
    // area after the comma, in the same field; both are the title where the school is named in another field (after a dash or a
    // bar) or on another line, the area no school's, unit's nor company's name, no place and no title. (Commas alone, "Lecturer,
    // Software Testing, Riverside Technical College", stay as s48 read them: the title, then the school.)
    const teachArea =
      !rankArea && TEACHING_POST.test(piece[ti]!) && ti + 1 < piece.length && pieceFields[pi]![ti + 1]!.fi === titleField && !COMPANY_SUFFIX.test(piece[ti + 1]!) && !placed.has(piece[ti + 1]!) &&
      !TITLE_WORD.test(piece[ti + 1]!) && !ACADEMY.test(piece[ti + 1]!) && !ACADEMIC_UNIT.test(piece[ti + 1]!) && !unnamed(piece[ti + 1]!) &&
      !pieceFields[pi]!.some((x, i) => i > ti + 1 && x.fi === titleField) &&
      (pieceFields[pi]!.some((x, i) => i !== ti + 1 && x.fi !== titleField && !TITLE_WORD.test(x.t) && !unnamed(x.t)) || pieceTokens.some((list, i) => i !== pi && list.some((t) => !TITLE_WORD.test(t) && !unnamed(t))));
    // (s58) "Acting Manager, Cloud Operations (CS-05) / Shared Services Canada \u2014 Ottawa, ON | \u2026", "Working Student, QA / Apr 2022 \u2013
    // present / Barnim Labs UG": any title alone on its line names its area after the comma (as the labels keep "Intern, Embedded
    // Software", "Graduate Trainee, Finance"), where the employer is named on a line below it (never only on a line above, which
    // may be the role before's body; on the title's own line, "Software Engineer, Core Banking Integrations \u2014 Deccan Fintech
    // Solutions", s50 read the area as no part of the title), the area no company's, school's, unit's nor place's name, no title.
    const area = piece[ti + 1];
    const areaTitle =
      !rankArea && !teachArea && !payGrade && area !== undefined && piece.length === ti + 2 && pieceFields[pi]!.every((x) => x.fi === titleField) && !COMPANY_SUFFIX.test(area) &&
      !LEGAL_FORM_END.test(area) && !LEGAL_FORM_END.test(`${area}.`) && !/\s(?:vzw|asbl|vof|cvba|bvba|e\.\s?V\.?)$/.test(area) && !placed.has(area) && !TITLE_WORD.test(area) && !ACADEMY.test(area) &&
      !ACADEMIC_UNIT.test(area) && !MILITARY_UNIT.test(area) && !unnamed(area) &&
      // (The employer below a name of two words at least, or a company's suffix: a town alone, "Dresden", is none.)
      pieceTokens.some((list, i) => i > pi && list.some((t) => !TITLE_WORD.test(t) && !unnamed(t) && (/\s/.test(t) || COMPANY_SUFFIX.test(t))));
    const duty = payGrade || rankArea || teachArea || areaTitle ? ti + 1 : -1;
    const near = (list: readonly string[]) => {
      // (s56) A name that ends on a legal form is a company's though it holds a title's word ("Botnia Konsult AB", "Harrow
      // Consulting Ltd"), never the title token itself.
      const names = list.filter((t, i) => (list !== piece || (i !== ti && i !== duty && !TITLE_QUALIFIER.test(t))) && (!TITLE_WORD.test(t) || LEGAL_FORM_END.test(t)) && !unnamed(t));
      if (list !== piece) return names[0];
      // (s59) "Sessional Lecturer (paid, 4 h/week), Southbank Institute of Technology \u2014 London": a school named after the post's comma,
      // in its own field, is the employer; the field after the dash is then its town.
      // (The first name after the post only: "Part-time Lecturer, Birkbeck, University of London" keeps its college, s48.)
      const ownSchool = teaching && names[0] !== undefined && pieceFields[pi]![list.indexOf(names[0])]!.fi === titleField && ACADEMY.test(names[0]) && !ACADEMIC_UNIT.test(names[0]) ? names[0] : undefined;
      const otherField = teaching && !ownSchool ? names.find((t) => pieceFields[pi]![list.indexOf(t)]!.fi !== titleField) : undefined;
      // (s46) "Senior Lecturer, Department of Information Technology, Uppsala University": a department (a school, a chair)
      // named before its university is part of it; the employer is the university.
      // (s59) So is a group or a lab named before it ("Assistant Professor, Formal Methods and Tools group, University of Twente"),
      // the university on the line or, where the line wrapped before it, on the next one.
      // (A lab's name ends on a company's word, "Marine Robotics Lab": before a university it is the university's.)
      const lab = LAB_UNIT.test(names[0] ?? '') && !ACADEMY.test(names[0] ?? '');
      const unitFirst = ACADEMIC_UNIT.test(names[0] ?? '') || lab || (UNIT_OF_EMPLOYER.test(names[0] ?? '') && !ACADEMY.test(names[0] ?? ''));
      const school = unitFirst ? (names.find((t) => ACADEMY.test(t) && !ACADEMIC_UNIT.test(t)) ?? (names.length === 1 && /,\s*$/.test(clean[pi] ?? '') ? pieceTokens[pi + 1]?.find((t) => ACADEMY.test(t) && !ACADEMIC_UNIT.test(t) && !TITLE_WORD.test(t)) : undefined)) : undefined;
      // (s48) "Adjunct Instructor, Cloud Computing, Bay State Community College": a teaching post's course, then its school.
      // (A college named in one word before its university is the employer's name: "Birkbeck, University of London".)
      const teachingSchool = teaching && names[0] !== undefined && /\s/.test(names[0]) ? names.find((t) => ACADEMY.test(t)) : undefined;
      return (lab ? school : undefined) ?? names.find((t) => COMPANY_SUFFIX.test(t)) ?? names.find((t) => placed.has(t)) ?? ownSchool ?? otherField ?? school ?? teachingSchool ?? names[0];
    };
    // (s48) "Fachliche Leitung eines Teams \u2026 / Anwendungsentwickler / Siebengebirge IT GmbH, K\u00f6nigswinter \u00b7 09/2014 \u2013 07/2017": where the
    // line below the title names a company by its suffix and the line above does not, the line above is the role before's body.
    const below = pi + 1 < pieceTokens.length ? near(pieceTokens[pi + 1]!) : undefined;
    const aboveName = pi > 0 ? near(pieceTokens[pi - 1]!) : undefined;
    const suffixBelow = below !== undefined && COMPANY_SUFFIX.test(below) && (aboveName === undefined || !COMPANY_SUFFIX.test(aboveName)) && near(piece) === undefined;
    const order = (suffixBelow ? [pi, pi + 1] : [pi, pi - 1, pi + 1, pi - 2, pi + 2]).filter((i) => i >= 0 && i < pieceTokens.length);
    let company: string | null = null;
    let companyHeading = false;
    // (s54) "Contract tests for the patient-record APIs; Playwright, Java, REST Assured": a line above the title that is the role
    // before's body (a clause after a semicolon, or five words in lower case): the names on it are what that work used, no
    // employer's.
    const body = (i: number) => i < pi && (/;\s/.test(clean[i]!) || (clean[i]!.replace(/\([^()]*\)/g, ' ').match(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu)?.length ?? 0) >= 5);
    for (const i of order) {
      if (body(i)) continue;
      company = near(pieceTokens[i]!) ?? null;
      // A company on a line of its own, above the title: a heading the roles below it may share.
      companyHeading = company !== null && i < pi && !pieceTokens[i]!.some((t) => TITLE_WORD.test(t));
      if (company) break;
    }
    // "Scottish Government (Digital Directorate)": a department in brackets after the name is not part of it.
    if (company) company = company.replace(/^(\S.*\S)\s+\([^()]+\)$/, '$1');
    return { title: duty >= 0 ? `${piece[ti]!}, ${piece[duty]!}` : piece[ti]!, company, companyHeading };
  }
  return { title: tokens[0]!, company: tokens[1] ?? null, companyHeading: false };
}

/** A field split at its commas and colons, never inside a bracket ("NCOIC (25B, Staff Sergeant / E-6), 82nd Airborne Division"). */
const IBERIAN_FORM_TOWN = /^(.*,\s*(?:S\.\s?A\.?|S\.A\.U\.?|Lda\.?|Ltda\.?|S\.L\.U?\.?))\s*\([^()]*\)$/;
// (s60: and before the town in brackets, "Atl\u00e2ntico Telecom, S.A. (Lisboa)".)
const IBERIAN_FORM = /^\s+(?:S\.\s?A\.?|S\.A\.U\.?|Lda\.?|Ltda\.?|S\.L\.U?\.?)(?=\s*(?:$|[,|;)(]))/;
const CO_LTD_TAIL = /^\s+(?:Ltd|Inc)\.?(?=\s*(?:$|[,|;)\u2013\u2014]))/;
function splitOutsideBrackets(f: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    // (s52) "Tejo Analytics, S.A.", "Douro Digital, Lda.": a Portuguese or Spanish legal form after a comma is the name's end, not a
    // field of its own (as the labels of s50 and s52 keep it; "Lattice Freight, Inc." is read without its suffix, as before).
    else if (depth === 0 && ch === ',' && IBERIAN_FORM.test(f.slice(i + 1))) continue;
    // (s56) "Hanriver Commerce Co., Ltd.", "Tainan Optics Co., Inc.": East Asia's "Co., Ltd." is one legal form; its comma splits nothing.
    else if (depth === 0 && ch === ',' && /\bCo\.$/.test(f.slice(0, i)) && CO_LTD_TAIL.test(f.slice(i + 1))) continue;
    else if (depth === 0 && (ch === ',' || ch === ':') && /\s/.test(f[i + 1] ?? '')) {
      out.push(f.slice(from, i));
      from = i + 1;
    }
  }
  out.push(f.slice(from));
  return out;
}

/**
 * (s48) A line that names a certificate: its first field a certificate's short name ("AWS SAP", "CKA", "Security+", "AZ-104"),
 * or a line that says "certified", "certificate" or "certification" (not a post's title: "Certification Engineer") with no
 * company's suffix. Its year is when it was earned.
 */
const CERT_ACRONYM =
  '(?:CKA|CKAD|CKS|CISSP|CISM|CISA|CEH|OSCP|PMP|CAPM|PRINCE2(?: (?:Foundation|Practitioner))?|ITIL(?: v?\\d)?(?: Foundation)?|CCNA|CCNP|CCIE|RHCE|RHCSA|LFCS|TOGAF|CSM|CSPO|PSM(?: I{1,3})?|PSPO|SAP|SAA|SOA|DVA|DOP|SCS|ANS|MLS|PCA|PDE|ACE|(?:AZ|DP|AI|SC|MS|PL)-\\d{3}|(?:Security|Network|A|CySA|CASP|Cloud|Linux)\\+)';
const CERTIFICATE_LINE = new RegExp(
  `^\\s*(?:(?:AWS|Azure|GCP|Google(?: Cloud)?|Microsoft|Cisco|CompTIA|Red Hat|HashiCorp|ISC2|ISACA|PMI|Scrum Alliance)\\s+)?${CERT_ACRONYM}(?:\\s*\\([^()]*\\))?\\s*(?:[,\\u2013\\u2014:(-]|$)|^(?![^\\n]*\\b(?:inc|ltd|llc|corp|gmbh|plc|limited)\\b)[^\\n]*(?:\\bcertified\\b|\\bcertificat(?:e|ion)\\b(?!\\s+(?:engineer|analyst|manager|specialist|coordinator|officer|lead|auditor|technician)))`,
  'i',
);
/** Whether a line names a certificate, in its first field outside brackets ("Cloud Engineer (AWS Certified), Kite" is a role). */
function certificateLine(text: string): boolean {
  const first = text.replace(/\([^()]*\)/g, ' ').split(/,|\s[\u2013\u2014-]\s|\|/)[0]!;
  return CERTIFICATE_LINE.test(text) && (CERTIFICATE_LINE.test(first) || /^\s*(?:\S+\s+)?(?:AWS|Azure|GCP|Google|CKA|CKAD|CISSP|PMP|PRINCE2|ITIL|CCNA)\b/.test(first));
}
/** A US military rank's pay grade after it: "Staff Sergeant (E-6)", "Captain (O-3)", "Chief Warrant Officer 2 (CW2)". */
const MILITARY_UNIT = /\b(?:corps|army|navy|air force|marines?|coast guard|national guard|division|brigade|regiment|battalion|squadron|wing|fleet|command|group|base|fort|camp|detachment|company)\b/i;
// (s54) Also with the rank's abbreviation before the grade: "SERGEANT (SGT/E-5)", "Specialist (SPC/E-4)".
const PAY_GRADE = /\((?:[A-Z]{2,4}\s*\/\s*)?(?:E|O|W|CW)-?\d{1,2}\)\s*$/;
/** Words in lower case a name keeps: "Bank of \u00c5land", "Laboratorio di Basi di Dati", "Universit\u00e0 degli Studi di Padova". */
const NAME_PARTICLE = /^(?:of|and|the|for|at|on|in|de|du|des|der|den|die|das|la|le|les|el|los|las|von|van|zu|zur|und|et|y|e|di|da|del|della|delle|degli|do|dos|och|og|af|&)$/;
/**
 * (s48) A field that is no employer's name: words in lower case beyond a name's particles, as a team ("Asset analytics",
 * "Data platform (11 engineers)", a table's Team column) or a line of body text ("Fachliche Leitung eines Teams von f\u00fcnf
 * Entwicklern") has them; a name with a company's suffix, a web address or a brand in lower case ("eBay", "mobile.de") is one.
 */
function unnamed(t: string): boolean {
  const words = t.replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || COMPANY_SUFFIX.test(t) || /\.[a-z]{2,}\b|\b\p{Ll}+\p{Lu}/u.test(t)) return false;
  // (s56) A university named as Nordic and Central European languages write it, the institution's word in lower case after
  // its town: "Ume\u00e5 universitet", "Lunds universitet", "Kungliga Tekniska h\u00f6gskolan", "Helsingin yliopisto".
  if (/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)* (?:universitet(?:et)?|h\u00f6gskola[n]?|yliopisto|korkeakoulu|universitat)$/u.test(t.trim())) return false;
  // (s57) A name ending on a legal form written in lower case: Belgium's and the Netherlands' non-profits and partnerships
  // ("Kringloop Mechelen vzw", "Maison M\u00e9dicale asbl", "Bakker en Zonen vof"), a German registered association ("Freifunk Berlin e.V.").
  if (/^\p{Lu}.*\s(?:vzw|asbl|vof|cvba|bvba|e\.\s?V\.?)$/u.test(t.trim())) return false;
  return words.slice(1).some((w) => /^\p{Ll}{3,}/u.test(w) && !NAME_PARTICLE.test(w));
}

function tidy(s: string): string {
  // (s58) "\u2014 engaged through Pennine Tech Resourcing Ltd", "\u00b7 via Larkspur Contract Solutions": a contractor's agency, written after the
  // words that place one through it, is the name (the words no part of it; "Via Rail" in capitals is a name).
  const t = s.replace(/^\s*(?:(?:engaged|contracted|placed|employed|hired)\s+(?:through|via|by)|through|via)\s+(?=\p{Lu})/u, '').replace(/^[\s•◦·▪*(@:_-]+|[\s.,;:_*|\u2013\u2014-]+$/g, '').replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(t)) return '';
  return t.includes('(') ? t : t.replace(/\)+$/, '');
}

function isLocation(s: string): boolean {
  const t = s.trim();
  // (A state's code in capitals is no company's "Co": "Denver CO".)
  return LOCATION.test(t) && !TITLE_WORD.test(t) && (!COMPANY_SUFFIX.test(t) || US_TOWN_ALONE.test(t)) && !BUSINESS_FIRST.test(t) && !businessForm(t);
}

/**
 * (s55) "Bar\u00e3o Software ME \u2014 Campinas, SP": a name with a business's noun, then two capitals, is a company and its legal form (a
 * Brazilian microempresa's "ME"), not a town and a US state's code ("Portland ME" stays a place).
 */
function businessForm(t: string): boolean {
  const m = /^(.*\S)\s+([A-Z]{2})$/.exec(t);
  // (s57) "Schelde Havenwerken NV", "Meuse Transport NV": a Belgian or Dutch naamloze vennootschap; "NV" is Nevada only after one
  // of its towns ("Reno NV", "Carson City NV").
  if (m !== null && m[2] === 'NV' && !m[1]!.endsWith(',') && !NEVADA_TOWN.test(m[1]!)) return true;
  return m !== null && BUSINESS_FIRST.test(`${m[1]!},`);
}
const NEVADA_TOWN = /^(?:(?:North )?Las Vegas|Reno|Henderson|Carson City|Sparks|Elko|Mesquite|Boulder City|Fernley|Winnemucca|Pahrump|Incline Village|Minden|Gardnerville|Fallon|Ely|Laughlin|Stateline|Dayton|Spring Creek|Enterprise|Paradise|Summerlin|Spring Valley|Sunrise Manor|Whitney|Winchester|Tonopah|Yerington|Battle Mountain|Hawthorne|Lovelock)$/;
/**
 * (s48) "Penwith Systems, Truro, UK", "Kestrel Data, Leeds, England": a first part named with a business's noun is an employer
 * and its town, no place alone ("Austin, Texas, USA", "Milan, Lombardy, Italy" stay places).
 */
const BUSINESS_FIRST =
  /^[^,]*\b(?:systems|software|data|digital|technology|technologies|solutions|logistics|consulting|consultants|networks|analytics|games|interactive|health|healthcare|bank|insurance|media|studios?|partners|services|energy|telecom|hosting|security|capital|financial|foods|retail|industries|electronics|robotics|pharma|motors|labs?)\b[^,]*,/i;

function stripLocation(s: string): string {
  const parts = s.split(/,\s*/);
  let popped = 0;
  while (parts.length > 1 && /^([A-Z]{2}|remote|[A-Z][a-z]+( [A-Z][a-z]+)?)$/.test(parts.at(-1)!)) {
    if (parts.length === 2 && popped === 0 && !/^([A-Z]{2}|remote)$/i.test(parts.at(-1)!) && !new RegExp(`^${COUNTRY}$`).test(parts.at(-1)!)) break;
    parts.pop();
    popped++;
  }
  return parts.join(', ');
}

const EDUCATION_LABEL = /^\s*(?:education|degrees?|qualifications?|academic background)\s*[:|\u2013\u2014-]\s*\S/i;

/** A degree's field on a line of its own below it, labelled ("Master's degree 12/2016 / Major: Information Assurance"). */
const FIELD_LABEL = /^\s*(?:major|field of study|concentration|speciali[sz]ation|subject|main subject)\s*:\s*(\S.{1,58})$/i;
/**
 * (s50) A field named by its label on the degree's line, in Polish and Czech ("kierunek: Informatyka, studia II stopnia (magister
 * in\u017cynier)", "Magistr (Mgr.), obor Informatika"): the capitalised words after the label, up to a comma, a bracket or a dash.
 */
// (s53) A comma followed by words in lower case only goes on with the field (Czech names a programme in sentence case: "obor
// Informa\u010dn\u00ed syst\u00e9my, datab\u00e1ze a anal\u00fdza dat"); one followed by a capital is the school's, and a note of the study
// ("studia II stopnia", "prezen\u010dn\u00ed studium", "specjalno\u015b\u0107 \u2026") is none. Greek "\u03c3\u03c4\u03b1" (plural), "\u03c3\u03c4\u03bf", "\u03c3\u03c4\u03bf\u03bd", "\u03c3\u03c4\u03b9\u03c2",
// "\u03c3\u03c4\u03bf\u03c5\u03c2" as "\u03c3\u03c4\u03b7\u03bd" ("\u039c\u03b5\u03c4\u03b1\u03c0\u03c4\u03c5\u03c7\u03b9\u03b1\u03ba\u03cc \u0394\u03af\u03c0\u03bb\u03c9\u03bc\u03b1 \u0395\u03b9\u03b4\u03af\u03ba\u03b5\u03c5\u03c3\u03b7\u03c2 \u03c3\u03c4\u03b1 \u2026").
// (s55) France's "Dipl\u00f4me d'ing\u00e9nieur, sp\u00e9cialit\u00e9 Syst\u00e8mes embarqu\u00e9s" and Germany's "Studium der Informatik, Abschluss Bachelor
// of Science" name the field after "sp\u00e9cialit\u00e9" and "Studium (der)".
const FIELD_NAMED = /(?<![\p{L}])(?:kierunek|obor|odbor|\u0161tudijn\u00fd program|studijn\u00ed program|sp\u00e9cialit\u00e9|Sp\u00e9cialit\u00e9|[Ss]tudium(?:\s+der)?|\u03c3\u03c4\u03b7\u03bd|\u03c3\u03c4\u03b1|\u03c3\u03c4\u03bf|\u03c3\u03c4\u03bf\u03bd|\u03c3\u03c4\u03b9\u03c2|\u03c3\u03c4\u03bf\u03c5\u03c2)\s*:?\s+(\p{Lu}[^,;()|\t\u2013\u2014]{1,58}(?:,\s+(?!studi|specj|speciali|zam\u011b\u0159|prezen|kombin|dzien|zaoc|stacjon|niestacjon)\p{Ll}[\p{Ll}\s]{1,40}?(?=\s*(?:$|[,;()|\t\u2013\u2014])))*)/u;

/** A degree named as begun and not finished ("did not complete", "coursework toward", "withdrew"); one under way is no such. */
// (s60 lead: a degree still being taken, as Spanish, Portuguese and Italian resumes mark it in brackets: "(en curso)", "(cursando)", "(in corso)".)
const NOT_COMPLETED = /\b(?:did not (?:complete|finish|graduate)|didn['’]t (?:complete|finish|graduate)|not completed|non-completed|incomplete|unfinished|withdrew|left (?:before|without)|dropped out|(?:course ?work|credits|classes|studies) (?:toward|towards)|all but dissertation|ABD)\b|中退|退学|\((?:en\s+curso|em\s+curso|cursando|em\s+andamento|in\s+corso|trancad[oa])\)/i;

/** (s51) A field's head noun, alone on its line (FIELD_TAIL in readDegrees). */
const FIELD_TAIL = /^(?:Science|Sciences|Engineering|Studies|Technology|Systems|Management|Informatics|Design|Analytics)$/;

/** (s58) A resume from Spain: a Spanish company's form ("S.L.", "S.L.U."), "Espa\u00f1a" or a +34 number, and no country of the Americas. */
function spainResume(lines: readonly Line[]): boolean {
  const all = lines.map((l) => l.text).join('\n');
  return /(?<![\p{L}])(?:S\.L\.U?\.?(?![\p{L}])|Espa\u00f1a(?![\p{L}])|Spain\b)|\+34[\s\d]/u.test(all) && !/M[\u00e9e]xico|S\.\s?A\.\s+de\s+C\.\s?V\.|Colombia|Argentina|Per[\u00fau]\b|Chile\b|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay|Guatemala|Costa Rica|S\.A\.S\.|Ltda\./u.test(all);
}

/** A school's name, then a dash and a degree of Spanish, Portuguese or Italian name: group 1 the school, group 2 the degree and what follows. */
const SCHOOL_FIRST = /^\s*([^\d\u2014\u2013|]{2,80}?)\s+[\u2014\u2013|]\s+((?:Ingenier|Engenhar|Bacharel|Licenciat|Grado|Grau|Mestrado|Maestr|M\u00e1ster|Bachiller|Tecn\u00f3log|T\u00e9cnic|Tecnicatura|Laurea|Doutorado|Doctorado)\p{L}*\s.*)$/u;
function readDegrees(lines: readonly Line[]): Degree[] {
  const out: Degree[] = [];
  for (const [li, line] of lines.entries()) {
    // A line labelled as one ("Education: M.Sc. Informatik, TU München") is education wherever it stands.
    const inEducation = line.kind === 'education' || EDUCATION_LABEL.test(line.text);
    if (!inEducation && !line.degree) continue;
    // "2012 – 2015	BA (Hons) Computer Science, University of York": in education, the line read without its dates.
    // (s60 lead) "Universidad de Chile \u2014 Ingenier\u00eda Civil Industrial, 2018": in education, a school's name before a dash, the
    // degree after it, read as "Ingenier\u00eda Civil Industrial, Universidad de Chile" (the patterns read a degree opening its line).
    const undated = inEducation ? stripDates(line.text) : line.text;
    const school = inEducation ? SCHOOL_FIRST.exec(undated) : null;
    const text = school ? `${school[2]!.trim()}, ${school[1]!.trim()}` : undated;
    // "Coursework toward an Associate's in Business (did not complete)": a degree begun and left, not held.
    if (NOT_COMPLETED.test(text)) continue;
    for (const [matched, re] of inEducation ? EDUCATION_PATTERNS : DEGREE_PATTERNS) {
      let level = matched;
      const m = re.exec(text);
      if (!m) continue;
      // Outside an education section, only a line that reads like a degree ("Bachelor of …", "M.S. in …").
      // ("BSc Computer Science, UBC, 2019": the degree, its field's capitalised words, a comma.)
      if (!inEducation && !/(of|in)\s+[A-Z]|^\s*[•◦·]?\s*\S+\s*,|^\s*[•◦·]?\s*\S+(?:\s+[A-Z][a-z]+){1,3}\s*,/.test(text.slice(m.index))) continue;
      // (s47) "CS5450 Speech Technology (MSc, co-taught)", "Tutorials for first-years (BSc)": outside education, a level's short
      // form in a bracket after other words is a course's or its students', no degree held (a degree named in full there,
      // "Graduated from Keio University (Bachelor of Engineering in …)", is one).
      if (!inEducation && /\S.*\(\s*$/.test(text.slice(0, m.index)) && !/^\S+\s+(?:of|in)\s/i.test(text.slice(m.index))) continue;
      // (s59) "Formal Specification (second-year BSc, 180 students)", "final-year MEng projects": outside education, a level after a
      // year of study is the students taught, no degree held.
      if (!inEducation && /(?<![\p{L}])(?:first|second|third|fourth|fifth|final|\d(?:st|nd|rd|th))[- ]years?\s+$/iu.test(text.slice(0, m.index))) continue;
      // (s49) "Seasonal IT Support Technician \u2014 Mt. Bachelor Resort, Bend, OR", "Lead Guide, Master Builders Association": outside
      // education, the word inside a name (after a capitalised word, or before a business's word) is no degree, unless it reads as
      // one ("Graduated Bachelor of Science", "Senior Engineer; Master's in Physics").
      if (!inEducation && !/^\S+(?:['\u2019]s)?\s+(?:of|in|degree)\b/i.test(text.slice(m.index)) && (/(?:^|\s)(?:Mt\.?|Mount|Lake|Port|Fort|St\.?|\p{Lu}\p{Ll}+)\s+$/u.test(text.slice(0, m.index)) || /^\S+\s+(?:\p{Lu}\p{Ll}+\s+)?(?:Resort|Association|Builders|Lodge|Hotel|Club|Inn|Bar|Brewery|Farm|Ranch|Mountain|Trail|Street|Road)\b/u.test(text.slice(m.index)))) continue;
      // (s62) "Master rad (septembar 2018): \u2026": a Serbian or Croatian master's thesis ("rad", "teza"), no degree of its own.
      if (/^master$/i.test(m[0].trim()) && /^\s+(?:rad|teza)(?![\p{L}])/iu.test(text.slice(m.index + m[0].length))) break;
      const named = FIELD_NAMED.exec(plain(text));
      // (s61: the next line goes on with the field only where the field ends the line: "obor Informa\u010dn\u00ed syst\u00e9my \u2013 Masarykova
      // univerzita, Fakulta" / "informatiky" wraps the school's name.)
      const namedAtEnd = named !== null && plain(text).slice(named.index + named[0].length).trim() === '';
      let field = named ? namedField(named[1]!, namedAtEnd ? lines[li + 1] : undefined) : fieldAfter(plain(text.slice(m.index + m[0].length)), m[0]);
      // (s57) "Civilingenj\u00f6r i kemiteknik (MSc), \u2026", "Sivilingeni\u00f8r i kybernetikk (MSc)": the level's short form in a bracket after the
      // degree's own name, which a later pattern of that level reads; its field is the one after that name.
      if (field === null && /\(\s*$/.test(text.slice(0, m.index))) {
        for (const [other, re2] of inEducation ? EDUCATION_PATTERNS : DEGREE_PATTERNS) {
          const m2 = other === level && re2 !== re ? re2.exec(text) : null;
          if (!m2 || m2.index >= m.index) continue;
          field = fieldAfter(plain(text.slice(m2.index + m2[0].length)), m2[0]);
          if (field !== null) break;
        }
      }
      // (s51) "MSc Advanced Computer" / "Science" / "University of Manchester": a narrow column wrapped the field's last word, a
      // field's head noun, onto a line of its own.
      const tail = lines[li + 1];
      // (s61: the line as written must end with the field: where a school's name came first and was moved after the degree
      // ("Mgr., obor Informa\u010dn\u00ed syst\u00e9my \u2013 Masarykova univerzita, Fakulta" / "informatiky"), the wrapped word is the school's.)
      if (field !== null && tail && tail.kind === line.kind && !tail.heading && plain(text).endsWith(field) && plain(undated).endsWith(field) && FIELD_TAIL.test(plain(tail.text))) field = `${field} ${plain(tail.text)}`;
      // (s62) "Diplomirani in\u017eenir informatike in tehnologij" / "komuniciranja (VS)": a narrow cell wrapped a Slovenian degree's field in
      // the genitive; the next line's words in lower case before the bracket of its cycle go on with it.
      if (field !== null && /in[\u017ez]enir(?:ka)?$/i.test(m[0].trim()) && tail && tail.kind === line.kind && !tail.heading && plain(text).trimEnd().endsWith(field)) {
        const more = /^\s*(\p{Ll}[\p{L}\s-]{0,40}?)\s*\((?:UN|VS|mag\.)\)/u.exec(plain(tail.text));
        if (more) field = `${field} ${more[1]!.trim()}`;
      }
      // (s52) "Programtervez\u0151 informatikus BSc", "M\u00e9rn\u00f6kinformatikus MSc": Hungarian names the field first and the level's short
      // form after it, at the line's end (in an education section; a school's name before it is no field).
      if (field === null && inEducation && /^(?:BSc|MSc|BA|MA|BEng|MEng|PhD)$/.test(m[0].trim()) && /^\s*$/.test(plain(text.slice(m.index + m[0].length)))) {
        const before = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s*$/u.exec(plain(text.slice(0, m.index)));
        if (before && !/\b(?:University|College|Institute|School|Academy|Egyetem|F\u0151iskola)\b/iu.test(before[1]!)) field = before[1]!;
      }
      // (s61) "Informatikos bakalauras", "Duomen\u0173 mokslo magistr\u0117": a Lithuanian degree after its field, the field in the genitive
      // opening the line.
      if (/^(?:bakalaur|magistr)(?:as|\u0117)$/i.test(m[0].trim())) {
        const before = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s*$/u.exec(plain(text.slice(0, m.index)));
        if (before) field = before[1]!;
      }
      // (s62) "Datorzin\u0101t\u0146u bakalaurs", "Datorzin\u0101t\u0146u ma\u0123istrs": a Latvian degree after its field, the field in the genitive opening the line.
      if (/^(?:bakalaurs|ma\u0123istrs)$/i.test(m[0].trim()) && field === null) {
        const before = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3})\s*$/u.exec(plain(text.slice(0, m.index)));
        if (before) field = before[1]!;
      }
      // (s61) "Bilgisayar M\u00fchendisli\u011fi (Lisans) \u2014 Dokuz Eyl\u00fcl \u00dcniversitesi": the level in a bracket after the field's words, which
      // open the line (a school's name there is no field).
      if (field === null && inEducation && /\(\s*$/.test(text.slice(0, m.index)) && /^\s*\)/.test(text.slice(m.index + m[0].length))) {
        const before = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4})\s*\(\s*$/u.exec(plain(text.slice(0, m.index)));
        if (before && !/(?<![\p{L}])(?:University|College|Institute|School|Academy|\u00dcniversitesi|Universit\p{L}*)(?![\p{L}])/iu.test(before[1]!)) field = before[1]!;
      }
      // (s61) "\u5317\u90fd\u5927\u5b66 \u7406\u5b66\u90e8 \u6570\u5b66\u79d1 \u5352\u696d\uff08\u5b66\u58eb\uff08\u7406\u5b66\uff09\uff09": a Japanese degree's field is its department's (\u5b66\u79d1), where the line names one.
      if ((field === null || /^[\uff08(]/u.test(field)) && /\u5b66\u58eb|\u4fee\u58eb|\u535a\u58eb|\u5352\u696d/u.test(m[0])) {
        const dept = /(?:^|\s)([^\s\uff08()\uff09]{1,12}\u5b66\u79d1)(?=\s|$)/u.exec(plain(text));
        if (dept) field = dept[1]!;
      }
      // (s54) "2015.09-2018.06    <school>    <field>    \u7855\u58eb": a Chinese education row of cells, the level a cell of its own at the
      // end; the field is the cell before it, where that is no school's name (\u5927\u5b66, \u5b66\u9662) nor a date.
      if (field === null && inEducation && /^[\u4e00-\u9fff]{2}$/u.test(m[0].trim())) {
        const cells = plain(text).split(/\s{2,}|\t+|\s*[|\u00b7]\s*/).map((c) => c.trim()).filter(Boolean);
        const at = cells.indexOf(m[0].trim());
        const before = at > 0 ? cells[at - 1]! : '';
        if (before && !/\u5927\u5b66|\u5b66\u9662|University|College/u.test(before) && !/\d/.test(before)) field = before;
      }
      // (s58) "Graduated from Sendai Institute of Technology, Department of Information Science (Bachelor of Engineering)": a degree
      // that names only its kind ("of Engineering", "of Science") after the department it was taken in: the field is the department's.
      if (field === null || /^(?:Science|Sciences|Engineering|Arts|Technology)$/.test(field)) {
        const dept = /(?:^|[,\s])(?:Department|Dept\.?)\s+of\s+(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,4})\s*[,(]?\s*$/u.exec(plain(text.slice(0, m.index)).replace(/[\s(\u2014\u2013-]+$/, ''));
        if (dept && /^\s*(?:\w+['\u2019]?s?\s+)?(?:of\s+)?(?:Science|Sciences|Engineering|Arts|Technology)\s*\)?\s*$/i.test(plain(text.slice(m.index + m[0].length)).replace(/^(?:['\u2019]s?)?\s*(?:degree\s*)?/i, ''))) field = dept[1]!;
      }
      // (s58) "Wirtschaftsinformatik (berufsbegleitend), Abschluss Bachelor of Science" (a German line naming the field first, the
      // degree after "Abschluss"), the degree wrapped onto a line of its own: the field is the words before "Abschluss", its note
      // in brackets aside (before what the degree's kind is followed by: "\u2026, Abschluss: Bachelor of Science, DHBW Mannheim").
      if (inEducation) {
        const lead = plain(text.slice(0, m.index)).trim() || (li > 0 && lines[li - 1]!.kind === line.kind && !lines[li - 1]!.heading ? plain(lines[li - 1]!.text).trim() : '');
        const ab = /^(?:Studium\s+(?:der\s+)?)?(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}?)\s*(?:\([^()]*\))?\s*,?\s*(?:mit\s+)?Abschluss\s*:?$/u.exec(lead);
        if (ab) field = ab[1]!;
      }
      if (field === null) {
        const below = lines.slice(li + 1, li + 3).map((l) => FIELD_LABEL.exec(plain(l.text))).find(Boolean);
        if (below && /^[A-Z&]/.test(below[1]!)) field = tidy(below[1]!);
      }
      // (s58) Spain's pre-Bologna engineering degrees, five years ("Ingeniera en Inform\u00e1tica (plan de estudios de cinco a\u00f1os)",
      // "Ingeniero Superior en \u2026"), are master-level (MECES 3), while Mexico's and Colombia's "Ingeniero en \u2026" is a first degree and
      // Spain's "Ingeniero T\u00e9cnico" the three-year first cycle: a master's where the line (or the next) says so, or where the
      // resume is Spain's (a Spanish company's "S.L.", "Espa\u00f1a", a +34 number) and names no country of the Americas.
      const held = level === 'bachelor' && /^ingenier[oa]$/i.test((m[1] ?? '').trim()) ? `${text} ${lines[li + 1]?.text ?? ''}` : null;
      const spanishFive = held !== null && (/\b(?:superior|cinco a\u00f1os|5 a\u00f1os|pre-?bolonia|MECES\s*(?:nivel\s*)?3|plan (?:de estudios )?(?:19|200)\d)/iu.test(held) || spainResume(lines));
      if (spanishFive) level = 'master';
      if (!out.some((d) => d.level === level && d.field === field)) out.push({ level, field });
      break;
    }
  }
  return out;
}

/**
 * A field its label named, cut at " - "; where it ends its line and the next line goes on in lower case ("obor Aplikovan\u00e1" /
 * "informatika": a narrow cell wrapped it), that line's words too.
 */
function namedField(words: string, next: Line | undefined): string {
  let field = words.split(/\s+-\s+/)[0]!.trim();
  const more = next ? plain(next.text).trim() : '';
  if (/^\p{Ll}+(?: \p{Ll}+){0,2}$/u.test(more) && words.trim() === field) field = `${field} ${more}`;
  return tidy(field);
}

/**
 * (s62) A degree's field as the batch's languages write it after the degree: Serbian "Master akademske studije, Softversko
 * in\u017eenjerstvo" (after the comma); Bulgarian "\u041c\u0430\u0433\u0438\u0441\u0442\u044a\u0440 \u043f\u043e X" and "\u0411\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440, \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u043d\u043e\u0441\u0442 X" (after "\u043f\u043e", "\u0441\u043f\u0435\u0446\u0438\u0430\u043b\u043d\u043e\u0441\u0442"); Albanian
 * "Master Shkencor në X", "Bachelor në X" (after "në"); Arabic "\u0628\u0643\u0627\u0644\u0648\u0631\u064a\u0648\u0633 X" (the words after it, to a comma); Hebrew "B.Sc.) \u05d1\u05de\u05d3\u05e2\u05d9
 * \u05d4\u05de\u05d7\u05e9\u05d1" (the words after the prefix "\u05d1", in); Slovenian "Diplomirani in\u017eenir X (UN)" (the genitive before the bracket of its cycle).
 * Undefined where none of these applies (fieldAfter reads it as before); null where one applies and names no field.
 */
const S62_FIELD_END = '(?=\\s*(?:$|[,\u060c;(|\\t]|\\s[\u2013\u2014-]\\s|\\d))';
const S62_FIELDS: ReadonlyArray<[RegExp, RegExp]> = [
  [/^(?:master|osnovne (?:akademske|strukovne) studije)$/i, new RegExp(`^\\s*(?:(?:akademske|strukovne)\\s+studije\\s*)?,\\s*(\\p{Lu}[^,;(|\\t\u2013\u2014]{1,58}?)${S62_FIELD_END}`, 'u')],
  [/^(?:\u043c\u0430\u0433\u0438\u0441\u0442\u044a\u0440|\u043c\u0430\u0433\u0438\u0441\u0442\u0430\u0440|\u0431\u0430\u043a\u0430\u043b\u0430\u0432\u044a\u0440)$/i, new RegExp(`^\\s*(?:\u043f\u043e|,\\s*\u0441\u043f\u0435\u0446\u0438\u0430\u043b\u043d\u043e\u0441\u0442)\\s+(\\p{Lu}[^,;(|\\t\u2013\u2014]{1,58}?)${S62_FIELD_END}`, 'u')],
  [/^(?:master|bachelor)$/i, new RegExp(`^\\s*(?:shkencor\\s+|profesional\\s+)?në\\s+(\\p{Lu}[^,;(|\\t\u2013\u2014]{1,58}?)${S62_FIELD_END}`, 'iu')],
  [/^(?:\u0628\u0643\u0627\u0644\u0648\u0631\u064a\u0648\u0633|\u0644\u064a\u0633\u0627\u0646\u0633|\u0645\u0627\u062c\u0633\u062a\u064a\u0631|\u062f\u0643\u062a\u0648\u0631\u0627\u0647)$/, new RegExp(`^\\s*(?:\u0641\u064a\\s+)?([\u0621-\u064a][^,\u060c;(|\\t\u2013\u2014\\d]{1,58}?)${S62_FIELD_END}`, 'u')],
  [/./, new RegExp(`^[\\s)]*(?:\\([^()]{2,12}\\)\\s*)?\u05d1([\u05d0-\u05ea][^,;(|\\t\u2013\u2014\\d]{1,58}?)${S62_FIELD_END}`, 'u')],
  [/^(?:diplomiran[ai]|magist(?:er|rica)) in[\u017ez]enir(?:ka)?$/i, /^\s*(\p{Ll}[\p{L}\s-]{1,58}?)\s*(?:\((?:UN|VS|mag\.)\)|$)/u],
];
function s62Field(rest: string, name: string): string | null | undefined {
  for (const [named, re] of S62_FIELDS) {
    if (!named.test(name.trim())) continue;
    const m = re.exec(rest);
    if (m) return m[1]!.trim();
  }
  return undefined;
}
function fieldAfter(rest: string, name: string): string | null {
  if (/^m\.?b\.?a\.?$/i.test(name)) return 'Business Administration';
  // (s62) The fields s62Field reads (Serbian, Bulgarian, Albanian, Arabic, Hebrew, Slovenian degrees).
  const s62 = s62Field(rest, name);
  if (s62 !== undefined) return s62;
  // (s58 lead) "HBO-ICT", "HBO Informatica": the Dutch degree's name holds its field.
  const hbo = /^HBO[- ](ICT|IT|Informatica)$/i.exec(name.trim());
  if (hbo) return hbo[1]!.length <= 3 ? hbo[1]!.toUpperCase() : hbo[1]!;
  // ("Datamatiker", "IT-teknolog": Danish academy degrees named for their field.)
  if (/^datamatiker$/i.test(name.trim())) return 'Computer Science';
  if (/^IT-teknolog$/i.test(name.trim())) return 'IT';
  // Degrees whose names say their field.
  if (/^[mb]\.?c\.?a\.?$/i.test(name)) return 'Computer Applications';
  if (/^b\.?b\.?a\.?$/i.test(name)) return 'Business Administration';
  if (/^m\.?p\.?h\.?$/i.test(name)) return 'Public Health';
  // (s51) "Teknologie masterexamen i datavetenskap", "Civilingenj\u00f6r i datateknik (MSc)": a Nordic degree's field after "i", in lower
  // case as Swedish writes it.
  const nordic = /(?:examen|ingenj\u00f6r|ingeni\u00f8r|grad)$/i.test(name) ? /^\s*i\s+(\p{L}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,3})(?=\s*(?:[,(;|\t]|\s[\u2013\u2014-]\s|$))/u.exec(rest) : null;
  if (nordic) return nordic[1]!;
  // (s60) "Ma\u0123istra gr\u0101ds datorzin\u0101tn\u0113s": a Latvian degree's field right after "gr\u0101ds" (in the locative, lower case), as written.
  const latvian = /gr\u0101ds$/i.test(name) ? /^\s*(\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,3})(?=\s*(?:[,(;|\t]|\s[\u2013\u2014-]\s|$))/u.exec(rest) : null;
  if (latvian) return latvian[1]!;
  // (s52) "Insin\u00f6\u00f6ri (AMK), tieto- ja viestint\u00e4tekniikka": a Finnish degree's field after the comma, in lower case as Finnish
  // writes it.
  // (s61) "magistrikraad, informaatika", "Bakalaureusekraad, \u00e4riinfotehnoloogia": an Estonian degree's field after the comma, in lower case.
  const kraad = /kraad$/i.test(name) ? /^\s*,\s*(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,4}?)(?=\s*(?:[,(;|\t]|\s[\u2013\u2014-]\s|$))/u.exec(rest) : null;
  if (kraad) return kraad[1]!;
  const amk = /\((?:Y?AMK)\)$/i.test(name) ? /^\s*,\s*(\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,4}?)(?=\s*(?:[,(;|\t]|\s[\u2013\u2014-]\s|$))/u.exec(rest) : null;
  if (amk) return amk[1]!;
  // "BEng (Hons) Computer Science", "Bachelor of Science (Honours) in Statistics", "Bachelor of Applied Science (BASc), Computer
  // Engineering", "Diplôme d'Ingénieur (Master's level), Telecom Engineering": a bracket of honours, of the degree's own
  // abbreviation or of its level is not the field.
  rest = rest
    .replace(/\s*\((?:(?:with\s+)?(?:first[- ]class\s+)?(?:hons\.?|honou?rs)(?:\s+degree)?|[^()]*\blevel|[^()]*\bequivalent|univ\.?|uni|fh|tu|th)\)/gi, ' ')
    // (s50) "B.Sc. Honours in Computer Science": honours unbracketed before "in" are no field either.
    .replace(/^\s*(?:hons\.?|honou?rs)(?=\s+(?:in|of)\s)/i, ' ')
    .replace(/\s*\((?=[^()]{3,8}\))(?=[^()]*[a-z])[BMAD]\.?[a-z.]*[A-Z][A-Za-z.]*\)/g, ' ');
  // (s57) "Diplom-Ingenieur (Dipl.-Ing.), Bauingenieurwesen", "Doktor (Dr. rer. nat.) Physik": the degree's abbreviation with its
  // full stops, in a bracket right after its name, is not the field; "Master 2 Biologie", "Master 1 MIAGE": France's year of
  // the master's after its name is no field either ("MSc (Data Science)", a bracket with no full stop, is the field, as before).
  rest = rest.replace(/^\s*\((?=[^()]{2,16}\))\p{L}{1,5}\.(?:\s?-?\s?\p{L}{1,5}\.?){0,3}\)\s*,?/u, ' ');
  if (/^master$/i.test(name.trim())) rest = rest.replace(/^\s*[12](?=\s+\p{Lu})/u, ' ');
  // (s48) "Bachelor's degree (Laurea) in Computer Engineering": the degree's name in its own tongue, in a bracket before "in" and
  // the field, is not the field.
  rest = rest.replace(/^((?:['\u2019]s?)?\s*(?:degree\s*)?)\([^()]{2,30}\)\s*(?=in\s+\p{Lu})/u, '$1');
  // "MSc (Data Science), University of Leeds": the field in a bracket right after the degree.
  // "'s degree in …" (never the S of "Software Engineering").
  const s0 = rest.replace(/^(?:['’]s?)?\s*(degree\b)?\s*/i, '').trim().replace(/^\(([^()]+)\).*$/, '$1');
  // "of Science in Computer Science", "Applied Science in Networking", "of Business Administration", ", Information Technology, …", " Computer Science"
  // "Bachelor of Engineering (Software)", "Bachelor of Science (Computer Science)": the branch in a bracket after the kind.
  const branch = /^(?:of\s+)?(?:applied )?(arts|sciences?|engineering|technology)\s*\(([^()]+)\)/i.exec(s0);
  if (branch) {
    const inner = branch[2]!.trim();
    const field = /^engineering$/i.test(branch[1]!) && !/\b(engineering|science|studies|technology)\b/i.test(inner) ? `${inner} Engineering` : inner;
    if (/^[A-Z&]/.test(field) && field.length <= 60) return field;
  }
  // (s50) "Master of Science Wirtschaftsinformatik", "Bachelor of Arts Germanistik": a German degree's field follows its kind with
  // no "in", a capitalised word.
  const kind =
    /^(?:of\s+)?(?:applied |fine )?(?:arts|sciences?|engineering|technology|laws|philosophy)\b\s*(?:(?:in\b|,|:|-|–|—)\s*(.*))?$/i.exec(s0) ??
    /^of\s+(?:Arts|Science|Engineering)\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}?\p{Ll}+)?)\s*$/u.exec(s0.split(/\s*[,;(|\t]|\s[\u2013\u2014-]\s/)[0]!);
  // "Bachelor of Computing in Computer Science": the field after "in".
  const ofIn = /^of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+in\s+([A-Z].*)$/.exec(s0);
  const of = ofIn ? ([ofIn[0], ofIn[1]!] as const) : /^of\s+(.*)$/i.exec(s0);
  // "Bachelor of Technology - BTech, Computer Science" (LinkedIn): the degree's abbreviation before the field is not it.
  // (s51: Romanian "\u00een", "Master \u00een Inginerie Software".)
  const s = (kind ? (kind[1] ?? '') : of ? of[1]! : s0.replace(/^(?:in\b|en\b|em\b|\u00een(?!\p{L})|,|:|-|–|—)\s*/iu, '')).replace(/^(?=[^,\s]{2,8}\s*,)[BMAD]\.?[a-z.]*[A-Z][A-Za-z.]*\s*,\s*/, '');
  // "Anna University, 2014": a school's name, cut before the split below leaves half of it.
  const field = s
    .replace(/^(?:[A-Z][\w.'’-]*\s+){1,3}(?:University|College|Institute)\b.*$/, '')
    .split(/\s*(?:[;,(|•·\t]|\s[–—-]\s|\bGPA\b|\bat\b|\bfrom\b|\bUniversity\b|\bCollege\b|\bInstitute\b|\d{4})/)[0]!
    .replace(/[\s.:]+$/, '')
    .trim()
    // "(Bachelor of Engineering in Information and Computer Science)": the bracket the degree stood in is no part of it.
    .replace(/^([^()]*)\)+$/, '$1');
  // ((s52) Or a Greek capital: "\u03a0\u03c4\u03c5\u03c7\u03af\u03bf \u03a0\u03bb\u03b7\u03c1\u03bf\u03c6\u03bf\u03c1\u03b9\u03ba\u03ae\u03c2".)
  // ((s53) Or a Cyrillic capital: "\u041c\u0430\u0433\u0456\u0441\u0442\u0440, \u041a\u043e\u043c\u043f'\u044e\u0442\u0435\u0440\u043d\u0456 \u043d\u0430\u0443\u043a\u0438".)
  if (!field || field.length > 60 || !/^[A-Z&\u0386-\u038f\u0391-\u03ab\u0400-\u042f]/.test(field)) return null;
  // "Diplom-Informatiker, TU Dresden": a school's name is not a field.
  if (/^(?:TU|ETH|EPFL|KTH|MIT|UC|UNAM|RWTH)(?:\s|$)|\b(?:Universit\w*|Polytechnic|Politecnico|School|Academy)\b/.test(field) && !/\b(?:Science|Engineering|Studies|Mathematics|Physics|Economics)\b/.test(field)) return null;
  return field;
}

function readClearance(text: string): string | null {
  for (const [name, re] of CLEARANCES) {
    const m = re.exec(text);
    if (!m) continue;
    // "no clearance", "eligible for a clearance": not one held.
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (/\b(no|not|without|eligible (for|to obtain)|able to obtain|obtain)\b[^.\n]*$/i.test(before)) continue;
    // "(Top Secret, inactive since 2020)", "TS/SCI (expired)": one no longer held.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 25);
    // "NV1 in progress", "TS/SCI pending", "Secret clearance (sponsorship required)": one not held yet.
    if (/^[^.\n;]{0,12}\b(inactive|expired|lapsed|formerly|previously held|in progress|pending|in process|applied for|being processed|sponsorship)\b/i.test(after) || /\b(former(ly)?|previous(ly)?|expired|inactive|lapsed)\s+$/i.test(before)) continue;
    return name;
  }
  return null;
}

/** (s62) A languages section's heading in Bulgarian, Macedonian, Russian, Vietnamese, Hebrew, Arabic, Slovenian and Albanian (readLanguages). */
const S62_LANGUAGES_HEADING = /^(\u0435\u0437\u0438\u0446\u0438|\u0447\u0443\u0436\u0434\u0438 \u0435\u0437\u0438\u0446\u0438|\u0458\u0430\u0437\u0438\u0446\u0438|\u044f\u0437\u044b\u043a\u0438|ngo\u1ea1i ng\u1eef|\u05e9\u05e4\u05d5\u05ea|\u0627\u0644\u0644\u063a\u0627\u062a|jeziki|znanje jezikov|gjuhët|gjuhë të huaja|aftësi dhe kompetenca personale):?$/iu;
/** (s62 careful tune) Languages' headings in Vietnamese ("NG\u00d4N NG\u1eee", "Ngo\u1ea1i ng\u1eef") and Azerbaijani ("D\u0130LL\u018fR", "Xarici dill\u0259r"). */
const LANGUAGES_HEADING_S62 = /^(?:ng\u00f4n\s+ng\u1eef|ngo\u1ea1i\s+ng\u1eef|(?:xarici\s+)?d[i\u0130]ll\u0259r|dil\s+bilikl\u0259ri):?$/iu;
function readLanguages(lines: readonly Line[]): string[] {
  const out: string[] = [];
  let inLanguages = false;
  for (const line of lines) {
    const t = line.text.trim();
    const h = headingText(t);
    if (line.heading || /^[\p{L} &]{3,40}:?$/u.test(t)) {
      // (s62) Bulgarian, Macedonian and Russian ("\u0415\u0437\u0438\u0446\u0438", "\u0427\u0443\u0436\u0434\u0438 \u0435\u0437\u0438\u0446\u0438", "\u0408\u0430\u0437\u0438\u0446\u0438", "\u042f\u0437\u044b\u043a\u0438"), Vietnamese "Ngo\u1ea1i ng\u1eef", Hebrew "\u05e9\u05e4\u05d5\u05ea", Arabic
      // "\u0627\u0644\u0644\u063a\u0627\u062a", Slovenian "Jeziki", "Znanje jezikov", Albanian "Gjuhët", "Gjuhë të huaja", and the Albanian Europass's group "Aftësi dhe
      // kompetenca personale" whose rows name the mother tongue and the others.
      if (S62_LANGUAGES_HEADING.test(h)) {
        inLanguages = true;
        continue;
      }
      if (/^(spoken |foreign |human )?(languages?|language\(s\))( spoken| known| skills| proficiency)?:?$|^(langues|sprachen|sprachkenntnisse|idiomas|lenguas|l[íi]nguas|語学|語学力|言語|外国語|语言能力|语言|j\u0119zyki( obce)?|spr\u00e5k(kunskaper)?|sprog(kundskaber)?|lingue( straniere)?|(conoscenze|competenze) linguistiche|competencias ling[u\u00fc][i\u00ed]sticas|jazyky|talen|limbi str\u0103ine|(yabanc[\u0131iI] )?d[i\u0130]ller|\u03b3\u03bb\u03c9\u03c3\u03c3\u03b9\u03ba[\u03b5\u03ad]\u03c2 \u03b4\u03b5\u03be\u03b9[\u03bf\u03cc]\u03c4\u03b7\u03c4\u03b5\u03c2|kielitaito|kielet|idiomes|jezici|strani jezici|jazykov\u00e9 znalosti|nyelvtud\u00e1s|nyelvek|nyelvismeret|(\u03be[\u03b5\u03ad]\u03bd\u03b5\u03c2 )?\u03b3\u03bb[\u03c9\u03ce]\u03c3\u03c3\u03b5\u03c2|(yabanc[\u0131iI] )?d[i\u0130]l|\u043c\u043e\u0432\u0438|\u044f\u0437\u044b\u043a\u0438|\u0437\u043d\u0430\u043d\u0438\u0435 \u044f\u0437\u044b\u043a\u043e\u0432|\u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d\u043d\u044b\u0435 \u044f\u0437\u044b\u043a\u0438|\u0432\u043b\u0430\u0434\u0435\u043d\u0438\u0435 \u044f\u0437\u044b\u043a\u0430\u043c\u0438|valodas|valodu zin\u0101\u0161anas|kalbos|kalb\u0173 \u017einios|keeled|keeleoskus|bahasa):?$/i.test(h) || LANGUAGES_HEADING_S62.test(h)) {
        inLanguages = true;
        continue;
      }
      if (line.heading) inLanguages = false;
    }
    // ("Sprachen: Polnisch (Muttersprache), Deutsch (C1)", "Idiomas: inglés avanzado": the label in the CV's own tongue.)
    // (s58: Canada's "Official languages: English (first official language); French \u2014 \u2026", a public servant's languages.)
    const labelled = /^\s*((spoken |foreign |human |other |official |working )?(languages?|language\(s\))( spoken| known)?|mother tongue(\(s\)|s)?|native languages?|sprachen|sprachkenntnisse|langues|idiomas|lenguas|l[íi]nguas|j\u0119zyki( obce)?|spr\u00e5k|sprog|lingue|lengua\(s\) materna\(s\)|otro\(s\) idioma\(s\))\s*(?:[:|–—-]|\t)/i.test(t);
    if (!inLanguages && !labelled && !PROFICIENCY.test(t)) continue;
    // A CV in French or German names its languages in its own tongue ("Anglais : courant"), in its languages section or
    // on a line its label opens.
    if (inLanguages || labelled) {
      for (const m of t.matchAll(SPOKEN_ABROAD_RE)) {
        const name = SPOKEN_ABROAD_LOWER.get(m[1]!.toLowerCase());
        if (name && !out.includes(name)) out.push(name);
      }
      // (s56) The current Europass in English sets its languages in capitals ("Mother tongue(s): SLOVENIAN", a row "ENGLISH  C1
      // C1 B2"): a name in capitals, in the languages section or on a line its label opens, is that language.
      for (const m of t.matchAll(/(?<![\p{L}])(\p{Lu}{3,}(?: \p{Lu}{3,})?)(?![\p{L}])/gu)) {
        const name = m[1]!.split(' ').map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
        if (SPOKEN_NAMES.has(name) && !out.includes(name)) out.push(name);
      }
    }
    // On a line that merely says "advanced" somewhere, a language must sit next to a level word.
    for (const m of t.matchAll(SPOKEN_RE)) {
      const name = m[1]!;
      // (s53) "Mandarin Chinese", "Cantonese Chinese": one language, its first name.
      if (name === 'Chinese' && /\b(?:Mandarin|Cantonese)\s+$/.test(t.slice(0, m.index))) continue;
      if (!inLanguages && !labelled) {
        const near = t.slice(Math.max(0, m.index - 25), m.index + name.length + 25);
        if (!PROFICIENCY.test(near)) continue;
        if (!/\b(native|fluent|bilingual|proficien|conversational|mother tongue|speaker|C1|C2|B1|B2|A1|A2)/i.test(near)) continue;
      }
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}
