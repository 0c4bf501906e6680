/**
 * The words a posting names an industry with ("Banking/Financial domain", "experience in the energy sector", "at a fintech
 * or bank"), one table for both sides: the posting's items (lib/requirements/items.ts) take an industry the taxonomy names
 * as a skill group, and the match (lib/match/domains.ts) judges an industry asked, named by the taxonomy or in words only,
 * by the resume's employers and work.
 */
export interface IndustryWords {
  /** A taxonomy id ('fintech') or, for an industry the taxonomy does not name, the match's own id ('energy'). */
  id: string;
  /** Whether the taxonomy names it (the posting's items take only these as skill groups). */
  inTaxonomy: boolean;
  words: RegExp;
}

export const INDUSTRY_WORDS: readonly IndustryWords[] = [
  { id: 'fintech', inTaxonomy: true, words: /\b(?:fintech|banks?|banking|financial(?:\s+(?:services|institutions?))?|finance|capital markets)\b/i },
  { id: 'payments', inTaxonomy: true, words: /\bpayments?\b/i },
  { id: 'insurtech', inTaxonomy: true, words: /\b(?:insurance|insurtech|insurers?)\b/i },
  { id: 'telecommunications', inTaxonomy: true, words: /\b(?:telecom\w*|telco)\b/i },
  { id: 'health-tech', inTaxonomy: true, words: /\b(?:health ?care|health[- ]?tech|medical|hospitals?|clinical)\b/i },
  { id: 'ecommerce', inTaxonomy: true, words: /\b(?:e-?commerce|retail)\b/i },
  { id: 'energy', inTaxonomy: false, words: /\b(?:energy|utilit(?:y|ies)|oil and gas)\b/i },
  { id: 'public-sector', inTaxonomy: false, words: /\b(?:public[- ]sector|government|municipal\w*|(?:federal|civilian|state|government|public) agenc(?:y|ies))\b/i },
  { id: 'robotics', inTaxonomy: false, words: /\brobotics\b/i },
];
