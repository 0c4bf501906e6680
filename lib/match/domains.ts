import type { Profile } from '../resume/profile';
import { INDUSTRY_WORDS } from '../requirements/industries';
import { withoutContact } from './evidence';

/**
 * An industry asked ("Banking/Financial domain", "Knowledge of insurance industry", "10+ years in telecom software
 * development", "Experience in e-commerce or payments") is judged as a careful reader judges it: by whom the resume's
 * roles were for and what they were about. A developer at Bank of America and Wells Fargo has worked in banking, a
 * packet-core engineer at Ericsson in telecom, whether or not the resume says "fintech" or "telecom"; an employer's industry in brackets ("Pennyworth (fintech)") tells it too. Per industry
 * (a taxonomy id), the words of its employers and its work.
 */
/** [industry, an employer's name or the role's title (any case, or cased), the work the role's text tells]. */
const DOMAINS: ReadonlyArray<[string, RegExp, RegExp]> = [
  [
    'fintech',
    /\b(?:[Ff]in[Tt]ech|[Ff]inance|[Ll]ending|[Bb]ank(?:ing)?|[Bb]anque|Bancorp|[Cc]redit [Uu]nion|Building Society|Financial|Capital Markets|Securities|Wells Fargo|JPMorgan|J\.P\. Morgan|Chase|Citi(?:bank|group)?|Goldman Sachs|Morgan Stanley|Barclays|HSBC|Santander|Desjardins|Monzo|Revolut|N26|Solaris|Wealthsimple)\b/,
    /\b(?:banking|bancaire|core banking|loan origination|lending platform|capital markets|brokerage|card (?:processing|issuing|acquiring)|SEPA|payment processing|trading systems?)\b/i,
  ],
  // Card payments are told by the work ("card authorization and settlement files") or the employer ("Card Services").
  [
    'payments',
    /\b(?:[Pp]ayments?|Card Services|Worldpay|Fiserv|Adyen|Stripe|PayPal|Mastercard|Checkout\.com)\b/,
    /\b(?:card (?:authori[sz]ations?|processing|issuing|acquiring|settlement|transactions?)|settlement files?|payment (?:processing|gateways?|rails)|chargebacks?|interchange fees?|acquirers?|card issuers?)\b/i,
  ],
  [
    'insurtech',
    /\b(?:[Ii]nsur[Tt]ech|[Ii]nsurance|[Ii]nsurer|[Rr]einsurance|[Aa]ssurance|Nationwide|Allstate|GEICO|Geico|State Farm|Liberty Mutual|Aviva|AXA|Allianz|Intact|Anthem)\b/,
    /\b(?:insurance|underwriting|policy administration|claims processing|actuarial)\b/i,
  ],
  [
    'telecommunications',
    /\b(?:[Tt]elecom\w*|Telco|Ericsson|Nokia|Verizon|AT&T|T-Mobile|Vodafone|Huawei|Telus|Videotron|Bell Canada|Packet Core)\b/,
    /\b(?:telecom\w*|telco|packet core|5GC?|4G|LTE|EPC|3GPP|GTP(?:-U)?|UPF|RAN|IMS core|mobile network operators?)\b/,
  ],
  [
    'health-tech',
    /\b(?:[Hh]ealth(?:care)?|[Hh]ospital|[Cc]linic|[Mm]edical|Pharma\w*|Optum|UnitedHealth|Kaiser|Cerner|Epic Systems)\b/,
    /\b(?:healthcare|clinical|patients?|EHR|EMR|HL7|FHIR|claims and eligibility|hospital)\b/,
  ],
  [
    'ecommerce',
    /\b(?:[Ee]-?[Cc]ommerce|[Rr]etail(?:er)?|[Gg]rocer(?:y|s|ies)?|Marketplace|Shopify|eBay|Etsy|Zalando|Mercado Libre|Rakuten)\b/,
    /\b(?:e-?commerce|marketplace|online (?:store|retail|shop)|checkout|shopping cart|storefront)\b/i,
  ],
];
/**
 * Industries an ask may name only in words, with no taxonomy id ("Experience in the energy sector", "Prior work at a
 * public-sector agency", "Interest in robotics"): judged the same way, by the roles' employers and work.
 */
const WORDS_ONLY: ReadonlyArray<[string, RegExp, RegExp]> = [
  [
    'energy',
    /\b(?:[Ee]nergy|[Uu]tilit(?:y|ies)|[Pp]ower (?:[Gg]rid|[Cc]ompany)|[Gg]rid|[Ee]lectric(?:ity)?|Oil (?:and|&) Gas|[Rr]enewables?|[Ss]olar|Wind)\b/,
    /\b(?:energy (?:sector|retail\w*|network|suppl\w+|trading|market)|utilit(?:y|ies)|power grid|electricity|smart met(?:er|ering)|oil and gas|renewable energy|wind farms?|solar (?:farms?|panels?|power))\b/i,
  ],
  [
    'public-sector',
    /\b(?:[Gg]overnment|Ministry|Department of|County|City of|[Mm]unicipal\w*|Council|Federal|State of|Bundes\w*|NHS|Public Sector)\b/,
    /\b(?:public sector|government|municipal\w*|federal agenc\w+|ministr(?:y|ies)|public administration|(?:state|local) agenc\w+)\b/i,
  ],
  [
    'robotics',
    /\b(?:[Rr]obot\w*|[Dd]rones?|UAVs?|Autonomy)\b/,
    /\b(?:robot\w*|ROS 2?|drones?|UAVs?|flight controllers?|flight-log|autonomous (?:vehicles?|systems?|navigation))\b/i,
  ],
];
const BY_ID = new Map([...DOMAINS, ...WORDS_ONLY].map(([id, who, work]) => [id, { who, work }]));

/** An ask for work in an industry ("in the energy sector", "at a fintech or bank", "experience at banks", "in robotics"), not of a skill. */
const INDUSTRY_ASK = /\b(?:sector|industry|industries|domain|space|market|background|environment|companies|company|agency|agencies)\b|\b(?:at|for) an?\b|\b(?:experience|work(?:ed|ing)?|interest) (?:in|at)\b/i;
export function industriesAsked(ask: string): string[] {
  if (!INDUSTRY_ASK.test(ask)) return [];
  const ids = INDUSTRY_WORDS.filter((i) => i.words.test(ask)).map((i) => i.id);
  // A payments company is a fintech one: "at a fintech or bank" is met by work at Tollgate Payments. Financial services
  // take in insurers as well as banks: "Experience working in financial services" is met by work at an insurer.
  const more = [...(ids.includes('fintech') ? ['payments'] : []), ...(/\bfinancial services\b/i.test(ask) ? ['insurtech'] : [])];
  return [...ids, ...more.filter((id) => !ids.includes(id))];
}

/** The industries a list of skill ids asks that this module judges. */
export function isDomain(id: string): boolean {
  return BY_ID.has(id);
}

/** Per industry asked and not shown otherwise, the roles whose company, title or text tell it, with the first one's heading. */
export function domainsShown(ids: Iterable<string>, profile: Profile | null, text: string | undefined): Map<string, { roles: number[]; evidence: string }> {
  const out = new Map<string, { roles: number[]; evidence: string }>();
  if (!profile || text === undefined) return out;
  for (const id of ids) {
    const d = BY_ID.get(id);
    if (!d || out.has(id)) continue;
    const lines = (r: (typeof profile.roles)[number]) => text.slice(r.textStart, r.textEnd).split('\n');
    // The employer or the title ("Client: Bank of America", "Senior Specialist, Packet Core"): the role's first lines; the work: any of its lines.
    const tells = (l: string, k: number) => (k < 3 && d.who.test(l)) || d.work.test(l);
    const roles = profile.roles.flatMap((r, k) => (d.who.test(`${r.company ?? ''} ${r.title ?? ''}`) || lines(r).some(tells) ? [k] : []));
    if (!roles.length) continue;
    const r = profile.roles[roles[0]!]!;
    const own = lines(r).find(tells) ?? `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}`;
    out.set(id, { roles, evidence: withoutContact(own.trim().replace(/^[-\u2022*\u00b7]\s*/, '').replace(/\s{2,}/g, ' ')).slice(0, 160) });
  }
  return out;
}
