/**
 * The words a posting names an industry with ("Banking/Financial domain", "experience in the energy sector", "at a fintech
 * or bank"), one table for both sides: the posting's items (lib/requirements/items.ts) take an industry the taxonomy names
 * as a skill group, and the match (lib/match/domains.ts) judges an industry asked, named by the taxonomy or in words only,
 * by the resume's employers and work.
 */
export interface IndustryWords {
  /** A taxonomy id ('fintech') or, for an industry the taxonomy does not name, the match's own id (none today). */
  id: string;
  /** Whether the taxonomy names it (the posting's items take only these as skill groups). */
  inTaxonomy: boolean;
  words: RegExp;
}

// (s51: German names the other industries in compounds too, "im Einzelhandel", "in der Logistik", "im Bankwesen",
// "Automobilindustrie", "Medizintechnik", "Energiewirtschaft", "im Maschinenbau": a line left as written, or a resume's,
// reads them as the English word. (A degree's field, "Studium Maschinenbau", is no industry asked: the readers ask for
// the words of work or a domain's noun around it.)
// Each word as a candidate's industry, not another sense: "energy" but not "energy and enthusiasm", "media" but not
// "social media" or "media queries", "supply chain" but not "supply chain security", "defense" but not "defense in depth".
// (Whether the posting asks it or names its own market is told by the readers: items.ts and domains.ts.)
// ("BFSI", India's word for banking, financial services and insurance, names both the banks and the insurers.)
export const INDUSTRY_WORDS: readonly IndustryWords[] = [
  { id: 'fintech', inTaxonomy: true, words: /\b(?:fintech|BFSI|banks?|banking|financial(?:\s+(?:services|institutions?))?|finance|capital markets|mortgages?|lending|Bank(?:en)?(?:wesen|sektor|branche)|Banken|Finanz(?:sektor|branche|dienstleist\p{L}*))(?![\p{L}])/iu },
  { id: 'payments', inTaxonomy: true, words: /\bpayments?\b/i },
  // (Financial services as a sector take in the insurers as well as the banks: an insurer's engineer has worked in them. A
  // financial institution is a bank's kind of firm, not an insurer.)
  // (German names insurance in compounds: "Versicherungsbranche", "Rückversicherung AG", "Versicherer".)
  { id: 'insurtech', inTaxonomy: true, words: /\b(?:insurance|insurtech|insurers?|BFSI|financial (?:services|sector|industry))\b|versicher(?:ung(?:en|s\p{L}*)?|er|ern)(?![\p{L}])/iu },
  { id: 'telecommunications', inTaxonomy: true, words: /\b(?:telecom\w*|telco)\b/i },
  { id: 'health-tech', inTaxonomy: true, words: /\b(?:health ?care|health[- ]?tech|medical(?: devices?)?|hospitals?|clinical|Gesundheits(?:wesen|branche|sektor)|Medizintechnik)(?![\p{L}])/iu },
  { id: 'ecommerce', inTaxonomy: true, words: /\b(?:e-?commerce|retail|Einzelhandel|Onlinehandel)(?![\p{L}])/iu },
  { id: 'energy-systems', inTaxonomy: true, words: /\b(?:(?:clean |renewable )?energy(?! and enthusiasm)|renewables|utilit(?:y|ies)(?= sector| industry| compan)|(?<=(?:,|\bor|\band)\s+)utilities(?=\s*(?:[.,;)]|$))|oil (?:and|&) gas|power (?:and|&) utilities|Energie(?:wirtschaft|branche|sektor)|Energieversorg(?:er|ung|ern))(?![\p{L}])/iu },
  { id: 'climate-tech', inTaxonomy: true, words: /\b(?:(?<!(?:paced|dynamic|business|economic|political|work|working|team|current|changing|competitive|funding|investment) )climate(?:[- ]?tech)?|clean ?tech|sustainability|decarboni[sz]ation)\b/i },
  { id: 'logistics-tech', inTaxonomy: true, words: /\b(?:logistics|supply[- ]chain(?! (?:security|attacks?|risks?|integrity|levels?))|freight|shipping and delivery|transportation|Logistik(?:branche|sektor)?)(?![\p{L}])/iu },
  { id: 'automotive', inTaxonomy: true, words: /\b(?:[Aa]utomotive|[Mm]obility|[Ee]lectric vehicles?|EV|[Aa]utomobil(?:industrie|branche|sektor))(?![\p{L}])/u },
  { id: 'aerospace-defense', inTaxonomy: true, words: /\b(?:aerospace|aviation|defen[cs]e(?! in depth)|space industry|national security|Luftfahrt(?:branche|industrie)?|Raumfahrt(?:branche|industrie)?)(?![\p{L}])/iu },
  { id: 'media-entertainment', inTaxonomy: true, words: /\b(?:(?<!social |rich |print )media(?! quer| session| files?| uploads?| pipelines?| assets?| types?| players?)|entertainment|broadcast(?:ing)?|publishing(?=\s*(?:$|[,/.;)]|or\b|and\b|industry|sector|houses?|companies)))\b|(?<![\p{L}])Medien(?:branche|sektor)?(?![\p{L}])/iu },
  { id: 'proptech', inTaxonomy: true, words: /\b(?:prop[- ]?tech|(?<!screen )real estate|property management)\b/i },
  { id: 'legaltech', inTaxonomy: true, words: /\b(?:legal[- ]?tech|legal (?:industry|sector|domain|services)|law firms?)\b/i },
  { id: 'biotech', inTaxonomy: true, words: /\b(?:biotech\w*|pharma\w*|life sciences?)\b/i },
  // (s55: "travel" first of a list before the noun, "Travel or rental industry background".)
  { id: 'travel-hospitality', inTaxonomy: true, words: /\b(?:hospitality|travel(?:[- ]?tech| industry| sector| space| and hospitality)|travel(?=(?:\s*(?:,|\/|\bor\b|\band\b)\s*[\w-]+){1,3}\s+(?:industry|sector|space|companies|background))|airlines?|hotels?)\b/i },
  // (s55: the education sector, "Education sector", "im Bildungssektor". "ed-tech" alone stays the term it was read as in
  // anyof-s40.)
  { id: 'edtech', inTaxonomy: true, words: /\beducation(?:al)?(?=\s+(?:sector|industry|space|market|companies|company|institutions?|providers?))\b|(?<![\p{L}])Bildungs(?:sektor|branche|bereich|wesen)(?![\p{L}])/iu },
  { id: 'game-development', inTaxonomy: true, words: /\b(?:gaming|games? industry|video games?|esports)\b/i },
  { id: 'manufacturing', inTaxonomy: true, words: /\b(?:manufacturing|industrial)(?! (?:engineering|iot|automation|control))\b|(?<![\p{L}])(?:Maschinenbau(?:branche|industrie)?|Anlagenbau)(?![\p{L}])/iu },
  // (Emergency services and public safety are public agencies: a county's EMS, a city's fire department.)
  { id: 'govtech', inTaxonomy: true, words: /\b(?:public[- ]sector|government|municipal\w*|(?:federal|civilian|state|government|public) agenc(?:y|ies)|emergency services|public safety)\b/i },
  { id: 'robotics', inTaxonomy: true, words: /\brobotics\b/i },
];
