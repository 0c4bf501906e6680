import { withoutContact } from './evidence';
import { STATES } from './residence';
/**
 * The right to work a posting asks ("You must have the right to work in the UK", "US Citizenship", "authorized to work
 * in Canada") against what the resume says of its holder ("British citizen", "Right to work: UK (settled status)",
 * "US Green Card holder"). Only a statement for the same country meets it; a resume that names another country says
 * nothing either way (people hold more than one), so that stays unknown.
 */

/** A country's ways of being named, in a posting's ask or a resume's statement. */
const COUNTRIES: ReadonlyArray<[string, RegExp, RegExp]> = [
  // [country, its names (place), its people (adjective)]
  // (The UK's own statuses name it: "pre-settled status", "indefinite leave to remain"; Ireland's "Stamp 4".)
  ['the UK', /\b(?:UK|U\.K\.|United Kingdom|Great Britain|Britain|England)\b|\b(?:pre-)?settled status\b|\bindefinite leave to remain\b/, /\b(?:British|UK|English|Scottish|Welsh)\b/],
  // ("U.S." ends on a dot: no word boundary after it.)
  ['the US', /\b(?:US|U\.S\.A?\.?|USA|United States(?: of America)?|America)(?!\w)/, /\b(?:US|U\.S\.|American)(?!\w)/],
  ['Canada', /\bCanada\b/, /\bCanadian\b|\bcanadien(?:ne)?\b/i],
  ['Australia', /\bAustralia\b/, /\bAustralian\b/],
  // (s57: "NZ citizen", "NZ resident": the country's initials.)
  ['New Zealand', /\bNew Zealand\b|\bNZ\b/, /\bNew Zealand(?:er)?\b|\bNZ\b/],
  ['Ireland', /\bIreland\b|\bStamp\s?(?:1G|4)\b/, /\bIrish\b/],
  ['the EU', /\b(?:EU|European Union|EEA)\b/, /\b(?:EU|EEA|European|German|French|Dutch|Spanish|Italian|Portuguese|Irish|Polish|Swedish|Danish|Finnish|Belgian|Austrian|Czech|Greek|Romanian|Hungarian)\b/],
  ['Germany', /\b(?:Germany|Deutschland)\b/, /\bGerman\b|\bdeutsche?\b/i],
  ['the Netherlands', /\b(?:Netherlands|Holland)\b/, /\bDutch\b/],
  ['Switzerland', /\bSwitzerland\b/, /\bSwiss\b/],
  ['France', /\bFrance\b/, /\bFrench\b/],
  ['Spain', /\bSpain\b/, /\bSpanish\b/],
  ['Sweden', /\bSweden\b/, /\bSwedish\b/],
  ['Norway', /\bNorway\b/, /\bNorwegian\b/],
  ['Denmark', /\bDenmark\b/, /\bDanish\b/],
  ['Israel', /\bIsrael\b/, /\bIsraeli\b/],
  ['Singapore', /\bSingapore\b/, /\bSingaporean\b/],
  ['Japan', /\bJapan\b/, /\bJapanese\b/],
  ['India', /\bIndia\b/, /\bIndian\b/],
  ['Brazil', /\bBrazil\b/, /\bBrazilian\b/],
  ['Mexico', /\bMexico\b/, /\bMexican\b/],
  // (s62 lead: the countries of the session's pairs, "Must be a Kenyan citizen" against "Kenyan citizen".)
  ['Kenya', /\bKenya\b/, /\bKenyan\b/],
  ['Nigeria', /\bNigeria\b/, /\bNigerian\b/],
  ['South Africa', /\bSouth Africa\b/, /\bSouth African\b/],
  ['the Philippines', /\bPhilippines\b/, /\bFilipino\b|\bPhilippine\b/],
  ['Malaysia', /\bMalaysia\b/, /\bMalaysian\b/],
  ['Saudi Arabia', /\bSaudi Arabia\b|\bKSA\b/, /\bSaudi\b/],
  ['Qatar', /\bQatar\b/, /\bQatari\b/],
  ['Egypt', /\bEgypt\b/, /\bEgyptian\b/],
  ['Pakistan', /\bPakistan\b/, /\bPakistani\b/],
  ['Ukraine', /\bUkraine\b/, /\bUkrainian\b/],
  ['Serbia', /\bSerbia\b/, /\bSerbian\b/],
  ['Vietnam', /\bViet ?Nam\b/, /\bVietnamese\b/],
];

/**
 * Asks for the right to work, residence or citizenship: the item's words that say so. (Also as postings shorten them,
 * "Auth to work in US", "US work auth required"; a work permit held; "U.S. persons", export law's citizens and permanent
 * residents; a refusal to sponsor where the item names the country: "No visa sponsorship for roles in Sweden"; and
 * Australia's and New Zealand's "full working rights"; a passport held, "EU passport holders only"; the UK's settled status and
 * Ireland's Stamp 4.)
 */
const ASKS = /\b(?:right to (?:live and )?work|work(?:ing)? rights|(?:authori[sz](?:ed|ation)|auth|eligib(?:le|ility)|entitle(?:d|ment)|permitted|allowed) to work|work auth(?:ori[sz]ation)?|legally (?:entitled|able|allowed) to work|citizen(?:s|ship)?|nationals?|nationality|permanent residen(?:t|ts|cy|ce)|green card|work permit|(?:work|residen(?:ce|cy)) visa|U\.?\s?S\.?\s+persons?|sponsor(?:ship)?|passports?|(?:pre-)?settled status|indefinite leave to remain|Stamp\s?(?:1G|4))\b/i;

/** A resume's statement of its holder's right to work, citizenship or residence: the line, and the country read from it. */
const HOLDS =
  /\b(?:citizen(?:ship)?|national(?:ity)?|passport(?: holder)?|green card(?: holder)?|permanent resident|settled status|indefinite leave to remain|ILR|right to work|work(?:ing)? rights|authori[sz]ed to work|work authori[sz]ation|no (?:visa )?sponsorship (?:required|needed)|citoyen(?:ne)?|résident(?:e)? permanent(?:e)?|nationalité|staatsangehörigkeit|staatsbürger(?:in|schaft)?|aufenthaltstitel|arbeitserlaubnis)(?![\p{L}])/iu;

export interface WorkRight {
  country: string;
  evidence: string;
}

/** The country whose right to work an item asks, or null. */
export function rightAsked(text: string): string | null {
  return rightsAsked(text)[0] ?? null;
}

/** Every country an item asks the right to work in: "Swiss work permit or EU nationality" is met by either. */
function rightsAsked(text: string): string[] {
  if (!ASKS.test(text)) return [];
  return COUNTRIES.filter(([, place, people]) => place.test(text) || (people.test(text) && /\bcitizen|\bnational|\bpassport/i.test(text))).map(([country]) => country);
}

/**
 * The country a posting's job is in, from its location or header ("Reston, VA", "Remote (US)", "London, United Kingdom"):
 * what "we cannot sponsor visas" asks the right to work in when the item names no country. Null where the place names
 * none of COUNTRIES, or more than one.
 */
export function jobCountry(place: string): string | null {
  const found = jobCountries(place);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Every country a posting's place names ("Remote (US or Canada)": both): a job open in several is one a right to work in
 * any of them can take.
 */
export function jobCountries(place: string): string[] {
  const found = new Set<string>();
  for (const [country, names] of COUNTRIES) if (names.test(place)) found.add(country);
  // "Reston, VA", "Austin, TX 78701": a town and a US state's code.
  for (const m of place.matchAll(/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*,\s*([A-Z]{2})\b/g)) if (STATES[m[1]!]) found.add('the US');
  // "Toronto, ON", "Vancouver, BC": a town and a Canadian province's code.
  if (/\b[A-Z][a-z]+(?: [A-Z][a-z]+)*,\s*(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\b/.test(place)) found.add('Canada');
  // "Backend Developer at Loonbit (Toronto, hybrid)": a large city alone names its country, where nothing else does.
  if (!found.size) for (const [country, cities] of CITIES) if (cities.test(place)) found.add(country);
  // (s45) "Salary: £33,500 – £37,800 per annum" under a header that names only a town ("Wakefield"): pay in a currency that
  // one country alone pays in names it. (Not dollars or euros, which many do.)
  if (!found.size) for (const [country, money] of MONEY) if (money.test(place)) found.add(country);
  // (The EU holds Germany and the Netherlands: a place naming both a member and the EU is the member's.)
  if (found.size === 2 && found.has('the EU')) found.delete('the EU');
  return [...found];
}

/**
 * The cities postings most often name alone, each with its country (as COUNTRIES names it). Read only where the place
 * names no country or state: "Dublin, OH" and "London, ON" are the US's and Canada's.
 */
const CITIES: ReadonlyArray<[string, RegExp]> = [
  ['Canada', /\b(?:Toronto|Vancouver|Montr[e\u00e9]al|Ottawa|Calgary|Edmonton|Winnipeg)\b/],
  ['the UK', /\b(?:London|Manchester|Edinburgh|Glasgow|Bristol|Leeds|Belfast)\b/],
  ['the US', /\b(?:New York City|NYC|San Francisco|Seattle|Boston|Chicago|Los Angeles)\b/],
  ['Australia', /\b(?:Sydney|Melbourne|Brisbane|Canberra|Adelaide)\b/],
  ['New Zealand', /\b(?:Auckland|Wellington)\b/],
  ['Ireland', /\b(?:Dublin|Cork|Galway)\b/],
  ['Germany', /\b(?:Berlin|Munich|M\u00fcnchen|Hamburg|Frankfurt|Cologne|K\u00f6ln|Stuttgart)\b/],
  ['the Netherlands', /\b(?:Amsterdam|Rotterdam|Utrecht|The Hague|Eindhoven)\b/],
  ['Switzerland', /\b(?:Z\u00fcrich|Zurich|Geneva|Gen\u00e8ve|Basel|Lausanne)\b/],
  ['France', /\b(?:Paris|Lyon)\b/],
  ['Spain', /\b(?:Madrid|Barcelona)\b/],
  ['Sweden', /\b(?:Stockholm|Gothenburg|G\u00f6teborg)\b/],
  ['Norway', /\bOslo\b/],
  ['Denmark', /\b(?:Copenhagen|K\u00f8benhavn)\b/],
  ['Israel', /\bTel Aviv\b/],
  ['Japan', /\b(?:Tokyo|Osaka)\b/],
  ['India', /\b(?:Bengaluru|Bangalore|Hyderabad|Pune|Mumbai|Chennai|Gurugram|Gurgaon|Noida)\b/],
  ['Brazil', /\b(?:S\u00e3o Paulo|Sao Paulo|Rio de Janeiro)\b/],
];

/** Currencies one country alone pays in, as a posting's header writes them, each with its country (as COUNTRIES names it). */
const MONEY: ReadonlyArray<[string, RegExp]> = [
  ['the UK', /\u00a3\s?\d|\bGBP\s?\d|\d\s?GBP\b/],
  ['India', /\u20b9\s?\d|\bINR\s?\d|\d\s?(?:INR|LPA)\b|\b(?:lakhs?|crores?)\b/i],
  ['Brazil', /\bR\$\s?\d|\bBRL\s?\d/],
  ['Canada', /\b(?:CA|C)\$\s?\d|\bCAD\s?\$?\d|\d\s?CAD\b/],
  ['Australia', /\b(?:AU|A)\$\s?\d|\bAUD\s?\$?\d|\d\s?AUD\b/],
  ['Switzerland', /\bCHF\s?\d|\d\s?CHF\b/],
  ['Singapore', /\bS\$\s?\d|\bSGD\s?\$?\d|\d\s?SGD\b/],
];

/** The rights a resume states: each country with the line that states it. */
export function rightsHeld(resumeText: string): WorkRight[] {
  const out: WorkRight[] = [];
  const lines = resumeText.split('\n');
  for (const [k, raw] of lines.entries()) {
    const line = raw.trim();
    // "RIGHT TO WORK" as a heading, the statement on the line below it.
    const said = HOLDS.test(line) ? line : k > 0 && /^(?:right to work|work authori[sz]ation|citizenship|nationality|visa status)\s*:?\s*$/i.test(lines[k - 1]!.trim()) ? line : null;
    // (A short line of its own: a bullet of work that names citizens is no statement about the holder.)
    if (!said || said.length > 100) continue;
    for (const [country, place, people] of COUNTRIES) {
      if (out.some((r) => r.country === country)) continue;
      // "Green card" is the US's; otherwise the country or its people named on the line.
      if (place.test(said) || people.test(said) || (country === 'the US' && /\bgreen card\b/i.test(said))) out.push({ country, evidence: withoutContact(said).slice(0, 160) });
    }
  }
  return out;
}

/** The resume's statement that meets an item asking the right to work, or null. Citizenship asked takes a citizen's words. */
export function rightShown(item: string, held: readonly WorkRight[]): WorkRight | null {
  const countries = rightsAsked(item);
  if (!countries.length) return null;
  const citizensOnly = citizensOnlyAsked(item);
  // ("U.S. persons only": a citizen or a permanent resident, not a visa holder authorised to work.)
  const personsOnly = /\bU\.?\s?S\.?\s+persons?\b/i.test(item);
  return (
    held.find(
      (h) =>
        countries.includes(h.country) &&
        (!citizensOnly || /\b(?:citizen|passport|national|citoyen|staatsangeh|staatsbürger)/i.test(h.evidence)) &&
        (!personsOnly || /\b(?:citizen|passport|green card|permanent resident)/i.test(h.evidence)) &&
        !((citizensOnly || personsOnly) && visaThere(h)),
    ) ?? null
  );
}

/**
 * (s51) A statement that names the country only as where its holder works on a visa ("Canadian citizen working in the U.S.
 * on a TN visa", "Indian citizen, H-1B in the US"): the citizenship it names is another country's, so it is no citizen's or
 * U.S. person's statement for the country of the visa. (Not where it names that country's citizens too: "U.S. citizen;
 * came on an H-1B in 2012".)
 */
function visaThere(h: WorkRight): boolean {
  const permit = PERMITS.find(([country]) => country === h.country)?.[1];
  const people = COUNTRIES.find(([country]) => country === h.country)?.[2];
  if (!permit?.test(h.evidence)) return false;
  return !(people && new RegExp(String.raw`(?:${people.source})\s+(?:citizen|national|passport)`, people.flags).test(h.evidence));
}

/** Citizenship asked, and nothing else that a resident holds: "US citizenship is required", not "citizen or green card holder". */
const citizensOnlyAsked = (item: string) => /\bcitizen/i.test(item) && !/\b(?:permanent residen|green card|authori[sz]|right to work|work(?:ing)? rights|eligib)/i.test(item);

/**
 * Citizenship asked, and the resume states its holder a resident of that country who is no citizen of it ("Status: U.S.
 * Permanent Resident (Green Card)", "UK settled status", "Canadian PR"): that statement, else null. (A resident is not
 * a citizen; a resume that also says "citizen" for the country met the ask before this is asked.)
 */
export function residentNotCitizen(item: string, held: readonly WorkRight[]): WorkRight | null {
  if (!citizensOnlyAsked(item)) return null;
  const countries = rightsAsked(item);
  return (
    held.find(
      (h) =>
        countries.includes(h.country) &&
        !/\b(?:citizen|passport|national|citoyen|staatsangeh|staatsb\u00fcrger)/i.test(h.evidence) &&
        /\b(?:permanent residen\w*|green card|PR|(?:pre-)?settled status|indefinite leave to remain|ILR|Stamp\s?4)\b/i.test(h.evidence),
    ) ?? null
  );
}

/**
 * (s49) Citizenship or export law's persons asked ("applicants must be U.S. persons" under ITAR, "US citizenship is
 * required"), and the resume states its holder a citizen of another country only ("Canadian citizen"), with no status in
 * the one asked: that statement, else null. (A right to work alone does not make a U.S. person; a citizenship of the
 * country asked, or a permanent residence there where persons are asked, met the ask before this is asked.)
 */
export function citizenElsewhere(item: string, held: readonly WorkRight[]): WorkRight | null {
  const personsOnly = /\bU\.?\s?S\.?\s+persons?\b/i.test(item);
  if (!citizensOnlyAsked(item) && !personsOnly) return null;
  const one = rightAsked(item);
  const countries = rightsAsked(item).length ? rightsAsked(item) : one ? [one] : [];
  if (!countries.length || held.some((h) => countries.includes(h.country))) return null;
  return held.find((h) => /\b(?:citizen|passport|national|citoyen|staatsangeh|staatsb\u00fcrger)/i.test(h.evidence)) ?? null;
}

/**
 * A permission to work the resume states that is tied to a visa, an employer or a time ("Stamp 1G", "Skilled Worker visa",
 * "H-1B", "OPT"), with its country: it is no citizenship, permanent residence or right to work for any employer.
 */
const PERMITS: ReadonlyArray<[string, RegExp]> = [
  ['Ireland', /\bStamp\s?(?:1G?|2A?|3)\b/i],
  ['the UK', /\b(?:Skilled Worker|Tier 2|Tier 4|Graduate|Student)\s+(?:visa|route)\b/i],
  ['the US', /\bH-?1-?B\b|\b(?:STEM\s+)?OPT\b|\bF-?1\s+(?:visa|student)\b|\bTN\s+visa\b/],
  ['Australia', /\b(?:482|TSS|485|temporary graduate)\s+visa\b/i],
  ['Canada', /\b(?:PGWP|post-graduation work permit|closed work permit|LMIA)\b/i],
];
/**
 * An ask that a visa held does not meet: citizenship, permanent residence or an unrestricted status, or a refusal to
 * sponsor ("Stamp 4 or an EU/EEA passport; we are not in a position to sponsor", "authorized for any employer"; s51:
 * "This role is not eligible for visa sponsorship now or in the future").
 */
const UNRESTRICTED =
  /\b(?:citizen(?:s|ship)?|permanent residen\w*|green card|Stamp\s?4|settled status|indefinite leave|passports?|for any employer|U\.?\s?S\.?\s+persons?|without (?:the need for )?(?:visa |employer )?sponsorship|(?:cannot|can't|can not|unable to|not able to|will not|won't|do not|don't|does not|not in a position to)\s+(?:\w+\s+){0,2}sponsor\w*|not\s+(?:be\s+)?eligible\s+for\s+(?:\w+\s+){0,2}sponsorship|(?:offers?|provides?|with)\s+no\s+(?:\w+\s+)?sponsorship)\b/i;
/** A resume's first heading: its header (name, place, status) ends there. */
const RESUME_HEADING = /^\W*(?:(?:professional |work |career )?(?:experience|history|summary|profile)|employment|education|skills|about(?: me)?|objective)\b/i;
/** Where a resume states its holder's status: its first lines (the header), or a line labelled so ("Visa: H-1B"). */
const STATUS_LABEL = /^\W*(?:visa(?: status)?|work (?:authori[sz]ation|status|permit)|immigration status|status)\s*:/i;

/**
 * The resume's statement of a permission tied to a visa, in a country the item asks rights in (or, where it names none,
 * the job's), when the item asks what such a permission is not: that line, else null.
 */
export function permitShort(item: string, resumeText: string, place: string): string | null {
  if (!UNRESTRICTED.test(item)) return null;
  const asked = rightsAsked(item);
  const countries = asked.length ? asked : jobCountries(place);
  const lines = resumeText.split('\n').map((l) => l.trim());
  // (The header ends at the first heading: "Filed H-1B petitions for new hires" in the work is no statement of the holder's.)
  const top = lines.filter(Boolean).slice(0, 5);
  const end = top.findIndex((l) => RESUME_HEADING.test(l));
  const header = (end < 0 ? top : top.slice(0, end)).filter((l) => !/^[-\u2022*\u00b7]/.test(l));
  for (const line of [...header, ...lines.filter((l) => STATUS_LABEL.test(l))]) {
    if (line.length > 160) continue;
    if (PERMITS.some(([country, re]) => countries.includes(country) && re.test(line))) return withoutContact(line).slice(0, 160);
  }
  return null;
}

/** US work statuses as staffing listings write them, each with the words a resume may state it in. */
const STATUSES: ReadonlyArray<[string, RegExp]> = [
  ['USC', /\bUSC\b|\b(?:U\.?S\.?|American)\s+citizen|\bcitizenship\s*:\s*(?:U\.?S\.?A?|United States)\b/i],
  ['GC-EAD', /\bGC[- ]EAD\b/i],
  ['H4-EAD', /\bH-?4[- ]EAD\b/i],
  ['L2-EAD', /\bL-?2[- ]EAD\b/i],
  ['GC', /\bGC\b(?![- ]EAD)|\bgreen card(?: holder)?\b|\bpermanent resident\b/i],
  ['H1B', /\bH-?1-?B\b/i],
  ['OPT', /\b(?:STEM\s+)?OPT\b/],
  ['TN', /\bTN\b(?:\s+visa)?/],
];

/**
 * "Visa: USC, GC, GC-EAD, H4-EAD only" against the status the resume states ("Visa: GC-EAD", "Work authorization:
 * H-1B"): met when it is one the listing takes, unmet when the resume states only others, null when the item lists no
 * statuses or the resume states none.
 */
export function statusVerdict(item: string, resumeText: string): { verdict: 'met' | 'unmet'; evidence: string } | null {
  if (!/\bonly\b/i.test(item)) return null;
  const listed = item.replace(/^[^:]*:\s*/, '').split(/\bonly\b/i)[0]!;
  const taken = STATUSES.filter(([, re]) => re.test(listed)).map(([name]) => name);
  if (taken.length < 2) return null;
  const lines = resumeText.split('\n').map((l) => l.trim()).filter((l) => l.length <= 160 && /\b(?:visa|status|authori[sz]ation|citizen(?:ship)?|green card|EAD|H-?1-?B)\b/i.test(l));
  for (const line of lines) {
    const said = line.match(/\b(?:visa(?:\s+status)?|work (?:authori[sz]ation|status)|status|citizenship)\s*:\s*([^|;\u00b7]+)/i)?.[1] ?? line;
    const held = STATUSES.filter(([, re]) => re.test(said)).map(([name]) => name);
    if (!held.length) continue;
    const evidence = withoutContact(line).slice(0, 160);
    return held.some((h) => taken.includes(h)) ? { verdict: 'met', evidence } : { verdict: 'unmet', evidence };
  }
  return null;
}

/**
 * (s50) The resume's own statement that its holder needs a sponsor to work ("Relocating to Sydney in 2027; will need a
 * sponsored visa (subclass 482)", "Requires H-1B sponsorship"): that line, else null. Not a line of the work ("- Sponsored
 * 12 H-1B petitions"), nor one that says none is needed ("No sponsorship required", "does not require sponsorship").
 */
const NEEDS_SPONSOR = /\b(?:need(?:s|ing)?|requir(?:e|es|ing)|seeking)\s+(?:an?\s+)?(?:(?:employer|visa|work|H-?1-?B|TN|work permit)\s+){0,2}sponsor(?:ship|ed)\b/i;
const NO_SPONSOR_NEEDED = /\b(?:no|not|never|without|n['\u2019]t)\b[^.;]{0,30}\b(?:need|requir|sponsor)/i;
export function sponsorNeeded(resumeText: string): string | null {
  for (const raw of resumeText.split('\n')) {
    const line = raw.trim();
    if (!line || line.length > 160 || /^[-\u2022*\u00b7]/.test(line)) continue;
    if (NEEDS_SPONSOR.test(line) && !NO_SPONSOR_NEEDED.test(line)) return withoutContact(line).slice(0, 160);
  }
  return null;
}
