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
    // (s61 lead: Africa's and Latin America's fintechs by name, "Moniepoint", "Paystack", "Nubank"; Europe's large banks, "Intesa
    // Sanpaolo", "BNP Paribas", "ABN AMRO"; a bank named in one word, "Interbank", "Scotiabank", "Handelsbanken", not a bank of
    // other things, "Foodbank", "Seedbank", "Databank".)
    // (s62 lead: "banka", the word of the Slavic languages, "Zagreba\u010dka banka", "Komercijalna banka", "Kapital Bank"; a bank's name in
    // capitals as one word, "KASIKORNBANK".)
    /\b(?:[Ff]in[Tt]ech|[Ff]inance|[Ll]ending|[Bb]ank(?:ing)?|[Bb]anque|Banco|Banca|[Bb]anka|Sparkasse|Caixa|Bancorp|[Cc]redit [Uu]nion|Building Society|Financial|Capital Markets|Securities|Clearing(?= Corp| House| Bank)|Wells Fargo|JPMorgan|J\.P\. Morgan|Chase|Citi(?:bank|group)?|Goldman Sachs|Morgan Stanley|Barclays|HSBC|Santander|Desjardins|Monzo|Revolut|N26|Solaris|Wealthsimple|Nubank|Moniepoint|Paystack|Flutterwave|Interswitch|OPay|Kuda|Chime|Klarna|Intesa Sanpaolo|UniCredit|BBVA|BNP Paribas|Soci\u00e9t\u00e9 G\u00e9n\u00e9rale|Cr\u00e9dit Agricole|ING Bank|ING Groep|ABN AMRO|Nordea|(?!(?:Food|Seed|Blood|Data|Memory|Gene|Tissue|Milk|Image|Test|Power|Word|Question)bank)[A-Z][a-z]{2,}bank(?:en)?|(?!(?:FOOD|SEED|BLOOD|DATA|MEMORY|GENE|TISSUE|MILK|IMAGE|TEST|POWER|WORD|QUESTION)BANK)[A-Z]{3,}BANK)\b/,
    /\b(?:banking|bancaire|core banking|loan origination|lending platform|capital markets|brokerage|card (?:processing|issuing|acquiring)|SEPA|payment processing|trading systems?)\b/i,
  ],
  // Card payments are told by the work ("card authorization and settlement files") or the employer ("Card Services").
  // (s60 lead: and a wallet's, "Kubernetes clusters for the e-wallet", "mobile money".)
  [
    'payments',
    /\b(?:[Pp]ayments?|Card Services|Worldpay|Fiserv|Adyen|Stripe|PayPal|Mastercard|Checkout\.com)\b/,
    /\b(?:card (?:authori[sz]ations?|processing|issuing|acquiring|settlement|transactions?)|settlement files?|payment (?:processing|gateways?|rails)|chargebacks?|interchange fees?|acquirers?|card issuers?|e-?wallets?|digital wallets?|mobile wallets?|mobile money)\b/i,
  ],
  [
    'insurtech',
    // (An insurer's name in its own language: "Zuidkust Verzekeringen", "Versicherungen", "Seguros", "Assicurazioni";
    // German's compounds too, "Hanseatische Rückversicherung AG", "Lebensversicherung".)
    /\b(?:[Ii]nsur[Tt]ech|[Ii]nsurance|[Ii]nsurer|[Rr]einsurance|[Aa]ssurances?|Verzekering(?:en)?|Versicherung(?:en)?|[A-Za-z\u00c0-\u00ff]+versicherung(?:en)?|Seguros?|Assicurazioni|F\u00f6rs\u00e4kring(?:ar)?|Forsikring|Nationwide|Allstate|GEICO|Geico|State Farm|Liberty Mutual|Aviva|AXA|Allianz|Intact|Anthem)\b/,
    /\b(?:insurance|underwriting|policy administration|claims processing|actuarial)\b/i,
  ],
  [
    'telecommunications',
    /\b(?:[Tt]elecom\w*|Telco|Ericsson|Nokia|Verizon|AT&T|T-Mobile|Vodafone|Huawei|Telus|Videotron|Bell Canada|Packet Core)\b/,
    /\b(?:telecom\w*|telco|packet core|5GC?|4G|LTE|EPC|3GPP|GTP(?:-U)?|UPF|RAN|IMS core|mobile network operators?)\b/,
  ],
  [
    'health-tech',
    // (s47: a dental or veterinary practice's software is healthcare's, "Tidewater Dental Cloud".)
    /\b(?:[Hh]ealth(?:care)?|[Hh]ospital|[Cc]linic|[Mm]edical|[Dd]ental|Pharma\w*|Optum|UnitedHealth|Kaiser|Cerner|Epic Systems)\b/,
    // (s55: primary care's own words, "GP practice software", "repeat prescriptions", "care homes".)
    /\b(?:healthcare|clinical|patients?|EHR|EMR|HL7|FHIR|claims and eligibility|hospital|dental (?:practices?|clinics?|offices?)|GP (?:practices?|surger(?:y|ies))|primary care|(?:repeat |e-?)?prescriptions?|pharmac(?:y|ies)|care homes?|nursing homes?)\b/,
  ],
  // (s55: a school's, a course platform's or a learning company's work: learners, courses, teachers, an LMS.)
  [
    'edtech',
    /\b(?:[Ee]d[Tt]ech|(?<!Machine |Deep |Reinforcement |Statistical )Learning(?! Engineer| Scientist| Platform Engineer)|Education|Schools?|Academy|Tutoring|Volkshochschule\w*|Sprachschule\w*)\b/,
    /\b(?:learners|students|course (?:platform|marketplace|catalog(?:ue)?|bookings?|enrol?ments?)|online courses?|teachers|classrooms?|curricul(?:um|a)|LMS|Moodle|Canvas LMS|adult education|e-?learning|language schools?|tutoring)\b/i,
  ],
  [
    'ecommerce',
    // (s60 lead: the large retailers by name, "Walmart", "Tesco", "Falabella"; s61 lead: the large marketplaces of Asia and
    // Eastern Europe, "Tokopedia", "Trendyol", "eMAG", "Rozetka", and the grocers that sell only online, "Getir", "Ocado";
    // not a retail bank's, broker's or energy supplier's "retail".)
    // (s53: a chain of shops by its name's last word, "Pennine Home Stores", "Lone Star Outfitters", "Harbor Supermarkets".)
    /\b(?:[Ee]-?[Cc]ommerce|[Rr]etail(?:er)?(?!\s+(?:bank\w*|brokerage|investors?|energy|electricity|insurance))|[Gg]rocer(?:y|s|ies)?|Marketplace|Shopify|eBay|Etsy|Zalando|Mercado Libre|Rakuten|Tokopedia|Getir|Instacart|Ocado|Shopee|Lazada|Bukalapak|Trendyol|Hepsiburada|Allegro|eMAG|Rozetka|Flipkart|Coupang|Jumia|Takealot|Walmart|Tesco|Carrefour|OXXO|Soriana|Chedraui|Falabella|Cencosud|Ahold\w*|Lidl|Aldi|IKEA|Costco|Kroger|Sainsbury's|Decathlon|Inditex|Stores|Shops|Outfitters|Supermarkets?|Hypermarkets?|Department Stores?)\b/,
    // (s49: an online store with what it sells between, "online tile and flooring store", "online bookstore"; s53: the shops'
    // own systems, "tills", "point of sale".)
    // (s59 lead: the shops a role served, counted, "for 2,000 stores", "across 140 supermarkets".)
    // (s59 tune: a web shop's own platforms, "shop su Sylius", "Magento 2", "WooCommerce": building shops on them is the trade's work.)
    /\b(?:e-?commerce|marketplace|online (?:[\w-]+\s+(?:and\s+)?){0,3}(?:store|retail(?:er)?|shop|bookstore)|checkout|shopping cart|storefront|point[- ]of[- ]sale|(?:shop|store) tills?|Magento|WooCommerce|PrestaShop|Shopware|Sylius|BigCommerce|commercetools|Salesforce Commerce Cloud|SAP Commerce|(?:for|across|in|at)\s+(?:the\s+)?[\d,.]+\+?\s+(?:retail\s+)?(?:stores|shops|supermarkets|branches(?=\s+of\s+a\s+retailer)))\b/i,
  ],
  [
    'energy-systems',
    // (s60 lead: the large producers and grid operators by name, "Equinor", "\u00d8rsted", "Iberdrola", as the Nordic ones were; \u00d8
    // is no word's letter here, so its name is matched from the letter after it.)
    // (A retailer named for what it sells: "Gumtree Power & Gas", "Harbour Gas and Electric", "Valley Power & Light".)
    // (s58 lead: and the work told in Spanish, Portuguese, French or Italian, "datos de contadores inteligentes", "plantas
    // solares", "compteurs communicants", "impianti fotovoltaici": the second pattern.)
    // (s45: a water company is a utility too, named so at its name's end, "Northgate Water (via Tregarthen Data Ltd)", or
    // with its kind, "Severn Water Authority"; its work told by "smart-meter readings", hyphened.)
    /\b(?:[Ee]nergy|[Uu]tilit(?:y|ies)|[Pp]ower (?:[Gg]rid|[Cc]ompany)|(?:Power|Gas|Electric) (?:&|and) (?:Gas|Power|Electric|Light)|[Gg]rid|[Ee]lectric(?:ity)?|Oil (?:and|&) Gas|[Rr]enewables?|[Ss]olar|Wind|Vattenfall|Statkraft|Fortum|Equinor|(?<=\u00d8)rsted|Orsted|TotalEnergies|Iberdrola|EDF|E\.ON|RWE|Enel|Engie|Uniper|EnBW|Neste|Hafslund|Energinet|Fingrid|Eldistribution|Eln\u00e4t|Energi(?=\s|$)|Kraft(?= AS| AB|\s*$)|Water(?=\s*(?:$|[,(|\u00b7\u2014\u2013]|(?:19|20)\d\d\b)|\s{2,}|\s(?:Authority|Board|Company|Corporation|Services|Utilit(?:y|ies)|plc|Ltd|Limited|Inc)\b))\b/,
    /\b(?:energy (?:sector|retail\w*|network|suppl\w+|trading|market)|utilit(?:y|ies)|power grid|electricity|smart[- ]met(?:ers?|ering)|oil and gas|renewable energy|wind farms?|solar (?:farms?|panels?|power)|water (?:utilit\w+|supply|treatment works?|networks?)|eln(?:\u00e4|a)t\w*|kraftverk\w*|vannkraft\w*|vattenkraft\w*|str\u00f8mnett\w*|elnett\w*|contadores inteligentes|contadores de luz|plantas? (?:solares?|fotovoltaicas?|e\u00f3licas?)|parques? e\u00f3licos?|energ\u00eda (?:solar|e\u00f3lica|renovable)|red(?:es)? el\u00e9ctricas?|centrales? (?:el\u00e9ctricas?|solares?|hidroel\u00e9ctricas?)|usinas? (?:solares?|e\u00f3licas?|hidrel\u00e9tricas?)|medidores inteligentes|compteurs? (?:intelligents?|communicants?)|centrales? (?:nucl\u00e9aires?|\u00e9lectriques?)|contatori intelligenti|impianti fotovoltaici)\b/i,
  ],
  // (s61 tune: grid companies and utilities abroad by their names' shape, "Siegtal Netz GmbH", "Westnetz", "Stadtwerke
  // Bochum", "TAURON Dystrybucja", "Elektrilevi O\u00dc", "Elering", "Latvenergo", "Eskom"; and a grid's own work in German, the
  // substations and the control of the network, "Umspannwerke", "Netzleitsystem", "Mittelspannungsnetz". Not "Elektro" alone,
  // a shop's or an electrician's name as often.)
  [
    'energy-systems',
    /(?:\b[A-Z][\w-]*\s+(?:Strom)?Netz(?:e)?\s+(?:GmbH|AG)\b|\b[A-Z][a-z]+netz(?:e)?\b(?=\s+(?:GmbH|AG)\b|\s*[,(|\u00b7\u2014\u2013]|\s*$)|\bStromnetz\b|\bNetze BW\b|\bStadtwerke\b|\bElektri(?:levi|jaam|ka)\w*|\bElering\b|\bEesti Energia\b|\bLatvenergo\b|\bIgnitis\b|\bTAURON\b|\bTauron\b|\bEnerga\b|\b[A-Z][\w]+ Dystrybucja\b|\bEskom\b|\bElektroprivreda\b|\bElektro\s+(?:Ljubljana|Maribor|Celje|Gorenjska|Primorska)\b)/,
    /\b(?:Umspannwerk\w*|Umspannstation\w*|Netzleit(?:system|technik|stelle)\w*|Mittelspannung\w*|Hochspannung\w*|Niederspannung\w*|Verteilnetz\w*|Stromnetz\w*|\d{2,3}[- ]?kV\b)/,
  ],
  // Climate work is told by what it cuts or measures ("carbon accounting", "emissions data").
  [
    'climate-tech',
    /\b(?:[Cc]limate|[Cc]lean[Tt]ech|Sustainability|Decarboni[sz]\w*)\b/,
    /\b(?:climate tech|cleantech|carbon (?:accounting|capture|removal|credits?|footprint)|emissions (?:data|reporting|tracking)|decarboni[sz]\w+|sustainability reporting)\b/i,
  ],
  [
    'logistics-tech',
    // (s49: rail and transit are transportation, "Keystone Rail Analytics", "late rail cars", "freight trains".)
    // (s60 lead: more of the large carriers and forwarders by name, "Geodis", "DSV", "Dachser", "InPost".)
    /\b(?:[Ll]ogistics|Freight|Shipping Lines?|Supply Chain|Trucking|Haulage|Hauliers?|Couriers?|Warehousing|Rail(?:way|road)?s?|Transit|DHL|FedEx|UPS|Maersk|Flexport|Kuehne|DB Schenker|Geodis|CEVA Logistics|DSV|XPO|GXO|Nippon Express|Yusen|Hapag-Lloyd|CMA CGM|Gefco|Dachser|Rhenus|La Poste|Colissimo|Chronopost|PostNL|InPost)\b/,
    // (s56: a warehouse in other languages, "Red de almac\u00e9n", "entrep\u00f4t", "magazzino", "armaz\u00e9m", "magazijn".)
    /\b(?:logistics|freight|shipments?|supply chain(?! security| attacks?)|warehous\w+|almac[e\u00e9]n(?:es)?|entrep[o\u00f4]ts?|magazzin[oi]|armaz[e\u00e9]ns?|magazijn\w*|fleet management|route optimi[sz]ation|last[- ]mile|parcels?|trucks|trucking|haulage|couriers?|rail (?:cars?|yards?|networks?|freight|operators?)|railways?|railroads?|trains?)\b/i,
  ],
  [
    'automotive',
    /\b(?:[Aa]utomotive|Motors|Mobility|Volkswagen|BMW|Mercedes|Daimler|Toyota|Ford|Stellantis|Bosch|Continental|Tesla|Rivian|Volvo Cars)\b/,
    /\b(?:automotive|vehicles?|AUTOSAR|ADAS|infotainment|CAN bus|telematics|EV charging|car ?makers?)\b/i,
  ],
  [
    'aerospace-defense',
    /\b(?:[Aa]erospace|[Dd]efen[cs]e|[Aa]viation|[Aa]irlines?|[Aa]ircraft|Boeing|Airbus|Lockheed|Raytheon|Northrop|BAE Systems|Thales|Leidos|Anduril|SpaceX)\b/,
    /\b(?:aerospace|avionics|aircraft|flight software|satellites?|spacecraft|launch vehicles?|defen[cs]e (?:programs?|contracts?|systems)|DO-178C?|military)\b/i,
  ],
  [
    'media-entertainment',
    /\b(?:(?!Social )[A-Z][\w&-]+ Media|Media (?:Group|Company|Holdings|Networks?)|[Ee]ntertainment|[Bb]roadcast\w*|Publishing|Publishers?|News|Netflix|Disney|Warner|BBC|Spotify|Paramount|NBCUniversal)\b/,
    // (s49: film and television production, "Production Assistant, Sunbeam Pictures", "post-production studio", "feature films".)
    /\b(?:broadcast\w*|newsrooms?|news publishing|publishing house|streaming (?:service|platform)|video on demand|entertainment|editorial|feature films?|(?:film|TV|television) (?:productions?|studios?|sets?|crews?|series)|post-production|on-set|production assistant)\b/i,
  ],
  [
    'proptech',
    /\b(?:[Pp]rop[Tt]ech|[Rr]eal [Ee]state|Property (?:Group|Management|Partners)|Properties|Realty|Zillow|Redfin|Compass|CoStar)\b/,
    /\b(?:real estate|proptech|property management|mortgages?|rental properties|landlords?)\b/i,
  ],
  [
    'legaltech',
    // (s60 lead: the contract-software makers by name, "Ironclad", "Everlaw", and contracts' AI told as the work.)
    /\b(?:Legal(?:[Tt]ech)?|Law(?: Firm)?|LLP|[Aa]ttorneys?|Clio|Thomson Reuters|LexisNexis|Ironclad|Everlaw|Luminance|Kira Systems)\b/,
    /\b(?:legal tech|law firms?|e-discovery|contract (?:analysis|management|review|AI|lifecycle|intelligence|drafting)|litigation)\b/i,
  ],
  [
    'biotech',
    // (s61 lead: the large drug makers by name, "Sanofi", "GSK", "Novo Nordisk"; and a regulated drug maker's own work, GxP and
    // GMP, "Conformit\u00e9 GxP des syst\u00e8mes de production".)
    /\b(?:[Bb]io(?:tech\w*|sciences?|logics|pharma\w*)|[Pp]harma\w*|Therapeutics|Genomics|[Ll]ife [Ss]ciences?|Pfizer|Novartis|Roche|Moderna|Genentech|AstraZeneca|Illumina|Sanofi|GSK|Novo Nordisk|Merck|Boehringer Ingelheim|Servier|Ipsen|Takeda|Teva|Bayer|Lundbeck|Sandoz)\b/,
    /\b(?:biotech\w*|pharma\w*|drug discovery|clinical trials?|life sciences?|genomics|assays?|laborator(?:y|ies) information|GxP|GMP)\b/i,
  ],
  [
    'travel-hospitality',
    /\b(?:Travel|[Hh]ospitality|Hotels?|Airlines?|Resorts?|Booking\.com|Expedia|Airbnb|Marriott|Hilton|Skyscanner|Trivago|Amadeus|Sabre)\b/,
    /\b(?:travel (?:booking|industry|platform)|hospitality|hotels?|reservations?|bookings? engine|airline|property management systems?)\b/i,
  ],
  [
    'game-development',
    /\b(?:Games|Gaming|Studios|Interactive Entertainment|Ubisoft|Electronic Arts|Activision|Blizzard|Riot|Epic Games|Valve|Unity|Supercell|Rockstar)\b/,
    /\b(?:gameplay|(?:video|mobile|console|PC) games?|games? (?:studio|engines?|design|development)|gaming|Unreal Engine|esports|shipped titles?)\b/i,
  ],
  // (s59 lead) Real-money gaming, told by the employer ("Halcyon Bet", "Northlight Casino", "Kindred") or by the work
  // ("online casino and poker", "the sportsbook's odds feed", "wagering"): a games studio is not one.
  [
    'real-money-gaming',
    /\b(?:Casinos?|Bet|Betting|Bets|Poker|Sportsbook|Bookmakers?|Lotter(?:y|ies)|Lotto|Wagering|Kindred|Entain|Flutter|DraftKings|FanDuel|Betsson|Playtech|Evolution Gaming)\b/,
    /\b(?:online casinos?|casino (?:games?|platforms?|operators?)|online poker|poker (?:tables?|rooms?|platforms?)|sportsbooks?|sports ?betting|betting (?:platforms?|exchanges?|engines?)|bookmak\w+|i-?gaming|online gambling|gambling (?:operators?|platforms?|regulation)|wagering|odds (?:feeds?|engines?|compil\w+)|lotter(?:y|ies))\b/i,
  ],
  [
    'manufacturing',
    /\b(?:[Mm]anufactur\w*|Industrial|Siemens|ABB|Honeywell|Rockwell|General Electric)\b/,
    /\b(?:manufactur\w+|factory floor|production lines?|MES|PLCs?|shop floor|industrial automation)\b/i,
  ],
  [
    'govtech',
    // ("Department for Transport", "Office for National Statistics", "HM Land Registry": a public body by its name's form.)
    // (s55: Germany's administrations by name, "Kreisverwaltung Ostalb", "Landratsamt", "Bezirksamt".)
    // (s56: a special district or a public authority by its name's last word, "Capitol Water District", "Valley Transit
    // Authority"; Nordic public bodies, (s58 lead: a Norwegian county, "Vestfold fylkeskommune", a "direktorat") "Region V\u00e4stmanland", "Ume\u00e5 kommun", "Aarhus Kommune", a "myndighet"; s60 lead: a Nordic public hospital, "Aalborg Universitetshospital", "Sykehuset Innlandet", "Helse Bergen".)
    /\b(?:[Gg]overnment|Ministry|Department (?:of|for)|County|City of|Ville de(?= [A-Z\u00c0-\u00de])|Municipalit(?=\u00e9)|Municipalidad|Ayuntamiento|Alcald\u00eda|Prefeitura|Comune di|[Mm]unicipal\w*|Council|Federal|State of|Bundes\w*|NHS|Public Sector|Office for|HM (?=[A-Z])|(?:Kreis|Stadt|Landes|Kommunal|Gemeinde|Bezirks)verwaltung|Landratsamt|Landesamt|Bezirksamt|Rathaus|(?<=[A-Z][\w&.-]*\s)(?:District|Authority)(?=\s*(?:$|[,(|\u00b7\u2014\u2013-]|\s{2,}|(?:19|20)\d\d\b))|Region(?= [A-Z\u00c0-\u00de][a-z\u00e0-\u00ff])|(?<=[a-z\u00e0-\u00ff]s? )kommun|Kommune|Landsting\w*|\w*[Uu]niversitetshospital\w*|\w*[Uu]niversitetssjukhus\w*|\w*[Uu]niversitetssykehus\w*|Sygehus\w*|Sjukhus\w*|Sykehus\w*|Rigshospitalet|Helse (?=[A-Z\u00c0-\u00de])|Myndighet\w*|[Ff]ylkeskommune\w*|[Dd]irektoratet|[Dd]irektorat for|[Ss]tyrelsen|Inland Revenue|Revenue (?:Service|Agency)|Tax (?:Agency|Administration))\b/,
    /\b(?:public sector|government|municipal\w*|federal agenc\w+|ministr(?:y|ies)|public administration|(?:state|local) agenc\w+)\b/i,
  ],
  [
    'robotics',
    /\b(?:[Rr]obot\w*|[Dd]rones?|UAVs?|Autonomy)\b/,
    /\b(?:robot\w*|ROS 2?|drones?|UAVs?|flight controllers?|flight-log|autonomous (?:vehicles?|systems?|navigation))\b/i,
  ],
];
/**
 * Industries an ask may name only in words, with no taxonomy id: judged the same way, by the roles' employers and work.
 * (None today: energy, the public sector and robotics, once here, are taxonomy ids now, each an option a choice can hold.)
 */
// (s48: a charity or non-profit, "Experience in the charity or voluntary sector", told by the employer's own word,
// "Norfolk Community Transport (charity)", or by the work, fundraising, volunteers, a food bank.)
const WORDS_ONLY: ReadonlyArray<[string, RegExp, RegExp]> = [
  [
    'nonprofit',
    /\b(?:[Cc]harit(?:y|able)|[Nn]on-?[Pp]rofit|[Nn]ot-[Ff]or-[Pp]rofit|Foundation|Housing Association|Food Bank|NGO)\b/,
    /\b(?:charit(?:y|ies|able)|non-?profit|not-for-profit|voluntary sector|volunteers?|fundrais\w+|donors?|food banks?)\b/i,
  ],
  // (s53) Public transport: "You have worked at or with a public transit agency", "une connaissance du monde du transport
  // public". A transit authority, a bus or tram operator, or work on its buses, fares and timetables (GTFS feeds) tells it;
  // ride-hailing or freight does not ("driver dispatch", "shipments").
  [
    'public-transport',
    /\b(?:Transit(?: Authority| Agency| District| Commission)?|Transport(?:ation)? (?:Authority|for [A-Z]\w+)|Tramways?|Busways?|Transports? (?:publics?|en commun|urbains?)|Verkehrsbetriebe|Verkehrsverbund)\b/,
    /\b(?:public (?:transit|transport(?:ation)?)|transit (?:agenc(?:y|ies)|authorit(?:y|ies)|riders|data|feeds?)|buses|bus (?:routes?|network|ticketing|operators?|fleet|depots?|stops?|timetables?)|trams?|light rail|commuter rail|metro (?:lines?|system|network)|timetables?|GTFS(?:-[\w]+)?|fare (?:collection|systems?|payments?)|billettique|transports? (?:publics?|en commun))\b/i,
  ],
  // (s54) A professional services firm: accountants, auditors, tax advisers, law firms, consultancies, told by the
  // employer's own kind of name ("LLP", "CPAs", "Chartered Accountants", "Consulting") or by the work of such a firm; a
  // vendor's "Professional Services" delivery team is not one. (The ask is read by lib/match/requirements' firmVerdict.)
  [
    'professional-services',
    /\b(?:LLP|CPAs?|Chartered Accountants|Accountants|Accounting|Auditors|Tax Advis\w+|Solicitors|Attorneys(?: at Law)?|Law (?:Firm|Group|Offices?)|Consult(?:ing|ancy|ants)|Advisory)\b/,
    /\b(?:accounting|audit|tax|law|legal|consulting|advisory)\s+(?:firms?|practices?|partnerships?)\b|\bprofessional[- ]services\s+(?:firms?|compan(?:y|ies)|partnerships?)\b|\bfee[- ]earners?\b|\bbillable hours\b|\bchartered accountants?\b/i,
  ],
  // (s54) Ticketing and live events: "Experience in ticketing or live events", told by a ticket seller's or a venue's name
  // ("Larkfield Ticketing", "Gigwave (concert ticketing)") or its work (on-sales, seat maps, box office); a help desk's
  // tickets are no such thing ("ticketing system", "support tickets").
  [
    'live-events',
    /\b(?:Ticket(?:ing|s)|Tix|Box Office|Arena|Stadium|Festivals?|Concerts?|Live Nation|Ticketmaster|Eventbrite)\b/,
    /\b(?:concert|event|sports|theatre|theater|festival)\s+ticketing\b|\bticketing\b(?!\s+(?:systems?|tools?|queues?))(?=[^\n]*\b(?:concerts?|events?|seats?|venues?|fans|on-sales?|box office)\b)|\bon-sales?\b|\bbox office\b|\bseat (?:maps?|holds?|selection)\b|\blive (?:events?|music|entertainment)\b/i,
  ],
  // (s60 tune) Social housing: "Experience in social housing or with another regulated landlord", told by a landlord's
  // name ("Calder Valley Housing Group", "Aire Housing Trust", "Riverside Homes") or its work (tenancies, rent arrears,
  // voids, lettings, repairs to homes); an estate agent's or a building society's homes are no landlord's.
  [
    'social-housing',
    /\b(?:Housing (?:Association|Group|Trust|Partnership|Society|Solutions|Services)|Homes(?= Ltd| Limited| Group| Trust| Partnership|\s*[(,|\u2013\u2014-]|\s*$)|Council Housing|Community Housing)\b/,
    /\b(?:social housing|housing associations?|affordable (?:homes|housing)|council housing|tenanc(?:y|ies)|tenants?|rent (?:arrears|accounts?)|void (?:homes|properties)|voids|lettings|registered provider|housing management system)\b/i,
  ],
  // (s54) Mining and resources: "Mining, resources or heavy industry", told by a miner's name ("Pilbara Ore Systems",
  // "Copperbelt Mining") or its work (haul trucks, mine sites, ore, pits).
  [
    'mining',
    /\b(?:Mining|Minerals?|Ore|Resources(?= Ltd| Limited| Group| Inc| plc)|Metals|Quarr(?:y|ies)|Rio Tinto|BHP|Anglo American|Glencore|Fortescue)\b/,
    /\b(?<!(?:data|text|process|crypto|bitcoin|log)\s)(?:mining|mine sites?|open[- ]pit|haul[- ]trucks?|ore (?:bodies|processing|trains?)|quarr(?:y|ies)|minerals? processing|drill and blast)\b/i,
  ],
  // (s55) A university or research setting: "Experience in a university or nonprofit research setting", "an academic
  // environment". Told by the employer's kind of name ("Rocky Mountain State University", "Institute of Technology",
  // "Hochschule") or by the work (faculty, postdocs, graduate students, research computing); a course taken is no role, and
// researchers served alone may be a company's.
  [
    'academia',
    /\b(?:Universit(?:y|ies|\u00e4t|\u00e9|\u00e0|at|eit)|Universidad|College|Polytechnic|Institute of Technology|Research Institute|Hochschule|Fachhochschule|School of Medicine)\b/,
    /\b(?:faculty|postdocs?|research computing|principal investigators|graduate students|academic (?:staff|departments?))\b/i,
  ],
  // (s55) Maritime and offshore: "Maritime or offshore industry experience", "le secteur maritime". Told by
  // the employer's kind of name ("Solent Offshore Wind", "Harborline Shipyards", "Northsound Ferries") or by the work (vessels,
  // hulls, subsea, shipboard); a "port" of software is none.
  [
    'maritime',
    /\b(?:Maritime|Marine|Offshore|Shipping|Ship(?:yards?|builders?|building)|Ferr(?:y|ies)|Werft|Navy|Naval|Subsea|Port of [A-Z]\w+|Harbou?r (?:Authority|Board))\b/,
    /\b(?:vessels?|hulls?|ships?|shipboard|subsea|offshore|maritime|shipbuilding|dry ?docks?|mooring|crew (?:rosters?|changes?)|seafarers?)\b/i,
  ],
  // (s55) Arts, culture and heritage: "Experience at a nonprofit, museum or zoo", "in the arts or cultural sector". Told by
  // the employer's kind of name ("San Diego Children's Museum", "Philharmonie", "Zoological Society") or the work
  // (exhibitions, collections, keepers' animal records).
  [
    'culture',
    /\b(?:Museums?|Mus\u00e9e|Museo|Zoo|Zoological|Aquarium|Galler(?:y|ies)|Philharmoni\w*|Orchestra|Symphony|Opera|Konzerthaus|Heritage|Botanic(?:al)? Gardens?|Th\u00e9\u00e2tre|Theatre|Theater|Teatro)\b/,
    /\b(?:museums?|exhibitions?|collections management|zoo ?keepers?|animal (?:records|care)|curators?|orchestras?|art galleries)\b/i,
  ],
  // (s59 tune) Water: "Experience in the water industry (clean or waste water)". Told by a water company's name ("Usk & Wye
  // Water Services", "Wasserverband", "Aguas de ...") or its work (treatment works, pumping stations, sewage, drinking water); an
  // energy utility is not one, nor a plant's own water (a dairy's cleaning in place).
  [
    'water',
    /\b(?:Water(?=\s+(?:Services|Authority|Board|Compan(?:y|ies)|Utilit(?:y|ies)|Corporation|Group|plc|Ltd|Limited|Inc)\b)|Wastewater|Wasserverband|Wasserwerke|Wasserversorgung|Waterschap|Waterbedrijf|Aguas? de|\u00c1guas de|Acquedott\w*)\b/,
    /\b(?:(?:waste|clean|drinking|potable|foul|storm)[- ]?water|water (?:treatment|supply|utilit\w+|networks?|distribution|mains|compan(?:y|ies)|industry|sector|recycling)|sewage|sewers?|sewerage|treatment works|(?:sewage |water |wastewater )?pumping stations?|reservoirs?|desalination|Abwasser\w*|Kl\u00e4ranlage\w*|Trinkwasser\w*|agua potable|aguas residuales|acque reflue|depuratori\w*|afvalwater\w*|drinkwater\w*)\b/i,
  ],
  // (s55) Farming, food and drink: "Connaissance du secteur viticole ou agroalimentaire", "Experience in agriculture or food
  // production". Told by a farm's, dairy's or winery's name ("Fromageries Vall\u00e9e d'Aure", "Clos Ardent Vineyards") or its
  // work (harvests, crops, milk, livestock); a "server farm" or "build farm" is none.
  [
    'agrifood',
    // (s56: in the employer's own language too, "Frutas Alborache S.L.", "Friesland Graan B.V.", "Molkerei Allg\u00e4u", "Bodegas
    // \u2026"; and the work's, "exportaci\u00f3n de c\u00edtricos", "oogstdata", fruit and vegetables, grain.)
    /\b(?:Farms?|Dairy|Dairies|Creamer(?:y|ies)|Fromageries?|Vineyards?|Winer(?:y|ies)|Wines|Brewer(?:y|ies)|Foods|Agri\w*|Agro\w*|Orchards?|Growers|Co-?operative Farm\w*|Produce|Fruits?|Frutas?|Fruta|Frutta|Obst|Grains?|Graan|Getreide|Cereales|Granos|Bodegas?|Weing(?:u|\u00fc)t\w*|[A-Za-z\u00c0-\u00ff]*(?:[Mm]olkerei|[Bb]rauerei|[Kk]\u00e4serei|[Kk]ellerei)\w*|Zuivel\w*|Hortalizas|Verduras|Groenten|L\u00e9gumes)\b/,
    /\b(?:agricultur\w*|(?<!(?:server|build|render|test|device|bot|click|link|content|data|GPU)\s)farm(?:s|ing|ers?)\b|crops?|harvests?|dairy|milk|livestock|agronom\w*|food (?:production|processing|safety|manufacturing)|vineyards?|winemaking|wineries|production laiti\u00e8re|laiti\u00e8re|vendanges|viticulture|agricole|fresh produce|fruit and vegetables?|c[i\u00ed]tric(?:os|s)|citrus|hortalizas|cosechas?|oogst\w*|zuivel\w*|melkvee\w*|akkerbouw|tuinbouw|landbouw|Ernte\w*|Landwirtschaft|agr[i\u00ed]colas?|agr[a\u00e1]ri\w+)\b/i,
  ],
];
/** (s48) The words an ask names such an industry by. (s49: and film or television production, "You've worked on a film or TV production".) */
const WORDS_ONLY_ASKED: ReadonlyArray<[string, RegExp]> = [
  // (s59 tune) Water, clean or waste: "the water industry", "a water utility", "wastewater sector", "Wasserwirtschaft".
  ['water', /\b(?:water(?:\s+(?:and|&|or)\s+(?:waste|sewerage)[- ]?water)?|(?:waste|clean|drinking)[- ]?water)\s+(?:industry|sector|utilit(?:y|ies)|compan(?:y|ies)|operators?)\b|(?<![\p{L}])(?:Wasserwirtschaft|Wasserversorgung|Abwasserwirtschaft|settore idrico|sector del agua|setor da \u00e1gua|secteur de l['\u2019]eau)(?![\p{L}])/iu],
  // (s60 tune) Social housing: "in social housing", "a housing association", "another regulated landlord", "registered
  // providers of social housing".
  ['social-housing', /\b(?:social|affordable|council)\s+(?:housing|homes|landlords?)\b|\bhousing\s+associations?\b|\b(?:regulated|registered|social)\s+(?:landlords?|(?:housing\s+)?providers?)\b/i],
  // (s61 tune) Games as the trade asked: "Experience in games or another live-service entertainment business", "at a games
  // company" (industries.ts reads "gaming" and "video games"; the plural alone where an industry is asked).
  ['game-development', /\b(?:games|game\s+(?:studios?|compan(?:y|ies)|industry))\b/i],
  ['nonprofit', /\b(?:charit(?:y|ies|able)|non-?profits?|not-for-profits?|voluntary(?: and community)? sector|third sector|NGOs?)\b/i],
  ['media-entertainment', /\b(?:film|TV|television)(?:\s+(?:or|and|\/)\s+(?:film|TV|television))?\s+(?:productions?|industry|sets?)\b/i],
  ['live-events', /\b(?:live\s+(?:events?|entertainment|music)|(?:concert|event|sports)\s+ticketing|ticketing(?=\s*(?:,|\bor\b|\band\b|$|\.|\s+(?:industry|sector|companies|company|space)\b)))(?![\w-])/i],
  ['mining', /\b(?<!(?:data|text|process|crypto|bitcoin|log)\s)(?:mining|mines|resources (?:sector|industry)|(?<=(?:,|^|\bin)\s*)resources(?=\s*(?:,|\bor\b|\band\b)))\b(?!\s+(?:data|logs?|text|for)\b)/i],
  ['public-transport', /\bpublic\s+(?:transit|transport(?:ation)?)(?:\s+(?:agenc(?:y|ies)|authorit(?:y|ies)|operators?|sector|industry))?\b|\btransit\s+(?:agenc(?:y|ies)|authorit(?:y|ies))\b/i],
  // (s55) A university or research setting; arts, culture and heritage; farming, food and drink (in French and German too).
  ['academia', /\b(?:universit(?:y|ies)|academia|academic\s+(?:settings?|environments?|institutions?|research|labs?)|higher education|research (?:universit(?:y|ies)|institutes?|institutions?))\b/i],
  ['culture', /\b(?:museums?|zoos?|aquariums?|galleries|orchestras?|theatres?|(?:arts|cultural|culture|heritage)\s+(?:sector|organi[sz]ations?|institutions?|venues?))\b/i],
  // (Building ships is a trade of its own: "shipbuilding" asks no sea service, and stays read as it was.)
  ['maritime', /\b(?:maritime|offshore|marine|shipping|naval|ports?\s+and\s+shipping)(?=\s*(?:,|\/|\bor\b|\band\b|\s+(?:industry|sector|companies|company|environment|experience|background|operations?)))\b/i],
  ['agrifood', /\b(?:agricultur\w*|agri-?food|farming|food (?:and (?:beverage|drink)|industry|sector|production|processing|manufacturing)|wine (?:industry|sector)|viticulture|dairy (?:industry|sector))\b/i],
];
/** Industries another one's roles show too: a payments company is a fintech one ("Prior work at a fintech" is met at Copperline Payments). */
const SHOWN_BY: Readonly<Record<string, string>> = { fintech: 'payments' };
// (s61: an industry's entries are one, where it has more than one, "energy-systems" by its names abroad: their words joined.)
const BY_ID = new Map<string, { who: RegExp; work: RegExp }>();
for (const [id, who, work] of [...DOMAINS, ...WORDS_ONLY]) {
  const also = DOMAINS.find(([other]) => other === SHOWN_BY[id]);
  const had = BY_ID.get(id);
  const one = also ? { who: new RegExp(`${who.source}|${also[1].source}`), work: new RegExp(`${work.source}|${also[2].source}`, 'i') } : { who, work };
  BY_ID.set(id, had ? { who: new RegExp(`${had.who.source}|${one.who.source}`, had.who.flags), work: new RegExp(`${had.work.source}|${one.work.source}`, had.work.flags) } : one);
}

/**
 * (s47) An industry's word in Spanish, French or German, as a posting's ask keeps it after its English reading ("en el
 * sector asegurador, bancario o financiero", "dans la logistique ou la planification de tourn\u00e9es", "Kenntnisse in
 * Tourenplanung oder Logistik"): each names the industry it would in English.
 */
const ABROAD: ReadonlyArray<[string, RegExp]> = [
  // (s47: Dutch, Polish, Italian and Portuguese too: "verzekeraar", "ubezpieczenia", "assicurativo", "mercado financeiro",
  // "energiesector", "branży lotniczej", "luchtvaart".)
  ['insurtech', /\b(?:asegurador\w*|seguros|assurances?|assureurs?|Versicherung\w*|segurador\w*|verzeker\w*|ubezpiecze\w*|assicurativ\w*|assicurazion\w*)\b/i],
  // (s60 lead: Vietnamese banking, "Kinh nghi\u1ec7m trong ng\u00e2n h\u00e0ng ho\u1eb7c fintech".)
  ['fintech', /(?<![\p{L}])ng\u00e2n\s+h\u00e0ng(?![\p{L}])/iu],
  ['fintech', /\b(?:banca|bancari[oa]s?|financier[oa]s?|financi\u00e8re?s?|bancaires?|banques?|Banken|Finanz\w*|bankow\w*|finansow\w*|bankwezen|financeir[oa]s?)\b/i],
  // (s58: payments in the languages the sets use, "do\u015bwiadczenie w bran\u017cy p\u0142atno\u015bci", "bramka p\u0142atnicza", "pagos con tarjeta",
  // "meios de pagamento", "sistemi di pagamento", "Zahlungsverkehr", "moyens de paiement", "platebn\u00ed karty": the trade's own
  // phrases, not a payment made ("pagos a proveedores").)
  ['payments', /(?<![\p{L}])(?:p\u0142atno\u015b\p{L}*|p\u0142atnicz\p{L}*|pagos?\s+(?:con|de)\s+tarjetas?|medios\s+de\s+pago|pasarelas?\s+de\s+pagos?|procesamiento\s+de\s+pagos|pagos\s+(?:electr\u00f3nicos|digitales)|meios\s+de\s+pagamento|pagamentos?\s+(?:com|de|por)\s+cart\u00e3o|gateways?\s+de\s+pagamento|sistemi\s+di\s+pagamento|pagamenti\s+(?:elettronici|digitali|con\s+carta)|moyens\s+de\s+paiement|paiements?\s+par\s+carte|mon\u00e9tique|Zahlungsverkehr\p{L}*|Zahlungsdienst\p{L}*|Zahlungsabwicklung|Kartenzahlung\p{L}*|platebn\p{L}*|platby\s+kartou|betalingsverkeer|betaaldienst\p{L}*|betalingsl\u00f8sning\p{L}*|betalningsl\u00f6sning\p{L}*)(?![\p{L}])/iu],
  // (s58: travel and tourism, "nel settore dei trasporti o del turismo", "sector tur\u00edstico", "Tourismusbranche", "reiselivet".)
  ['travel-hospitality', /(?<![\p{L}])(?:turism\p{L}*|tur\u00edstic\p{L}*|turistic\p{L}*|Tourismus\p{L}*|touristique\p{L}*|turystyk\p{L}*|turistick\p{L}*|reiseliv\p{L}*|bes\u00f6ksn\u00e4ring\p{L}*|hoteler\p{L}*|alberghier\p{L}*|h\u00f4tellerie|Hotellerie)(?![\p{L}])/iu],
  // (s59 tune: online selling in the languages the sets use, "enoteca online", "negozio online", "tienda online", "loja virtual",
  // "boutique en ligne", "Onlineshop", "webwinkel": a shop on the web, not a course or a meeting online.)
  // (s60 lead: shops' sales and chains in Spanish and Portuguese, "ventas de tiendas", "cadena de supermercados", "varejo".)
  ['ecommerce', /(?<![\p{L}])(?:ventas?\s+(?:de|en)\s+(?:las\s+)?tiendas|cadenas?\s+de\s+(?:tiendas|supermercados)|supermercados?|grandes\s+almacenes|varejo|varejista\p{L}*|minorista\p{L}*)(?![\p{L}])/iu],
  ['ecommerce', /(?<![\p{L}])(?:(?:enoteca|negozio|libreria|tienda|loja|boutique|shop|farmacia)\s+(?:online|on-line|virtual|en l[i\u00ed]nea|en ligne)|commercio elettronico|vendita online|vendite online|comercio electr\u00f3nico|venta online|com\u00e9rcio eletr\u00f4nico|vente en ligne|commerce en ligne|Onlineshop\p{L}*|Online-Shop\p{L}*|Webshop\p{L}*|Onlinehandel|webwinkel\p{L}*|sklep internetowy|sklepu internetowego|e-?shop)(?![\p{L}])/iu],
  // (s48: Italian's transport, "nel settore dei trasporti", and a bus company's, "Autolinee Brianza", "degli autobus".)
  // (s60 lead: Latvian and Lithuanian, "Pieredze lo\u0123istik\u0101", "logistikos srityje".)
  ['logistics-tech', /(?<![\p{L}])(?:lo\u0123istik\p{L}*|logistikos)(?![\p{L}])/iu],
  ['logistics-tech', /\b(?:log[i\u00ed]stic[ao]s?|logistique|Logistik|tourn\u00e9es|Tourenplanung|planificaci\u00f3n de rutas|rutas de reparto|logistiek|logisty\w+|trasport[io]|autolinee|autobus)\b/i],
  ['energy-systems', /\b(?:energ\u00eda|energ\u00e9tic[oa]s?|\u00e9nerg\u00e9tique|\u00e9nergie|Energie\w*|el\u00e9ctric[oa]s?|energiesector|energiebranche|energetyk\w*|energetyczn\w*|energetic[oa])\b/i],
  // (s56: the Nordic energy trade, "Erfaring fra energibransjen", "energibranschen", "kraftbransjen".)
  ['energy-systems', /(?<![\p{L}])(?:energibransj\p{L}*|energibransch\p{L}*|energisektor\p{L}*|kraftbransj\p{L}*|energibranche\p{L}*|elbransch\p{L}*)(?![\p{L}])/iu],
  ['aerospace-defense', /\b(?:lotnict\w*|lotnicz\w*|a\u00e9ronautique|aeron\u00e1utic[oa]s?|aviaci\u00f3n|Luftfahrt\w*|luchtvaart\w*|aeronautic[oa]|avia\u00e7\u00e3o)/i],
  // (s48: a hospital's or clinic's work in German, "Krankenhaus-Software", "Klinikum", "Medizintechnik", "Pflegedienste".)
  // (s53: public transport in French and German, "le monde du transport public", "im \u00d6PNV".)
  ['public-transport', /\btransports?\s+(?:publics?|en\s+commun|urbains?)\b|\b(?:\u00d6PNV|Nahverkehr\w*)(?![\w\u00c0-\u00ff])/i],
  // (s55: the sea, "maritime Wirtschaft", "secteur maritime"; live performance and events,
  // "le spectacle vivant ou l'\u00e9v\u00e9nementiel", "Veranstaltungsbranche"; Germany's public service, "im \u00f6ffentlichen Dienst".)
  ['maritime', /(?<![\p{L}])(?:maritim\p{L}*|navale?s?|portuaire)(?![\p{L}])/iu],
  ['live-events', /(?<![\p{L}])(?:spectacle vivant|\u00e9v\u00e9nementiel|Veranstaltungs\p{L}*|Eventbranche|espect\u00e1culos?|eventos en vivo)(?![\p{L}])/iu],
  ['culture', /(?<![\p{L}])(?:spectacle vivant|culturel(?:le)?s?|Kulturbetrieb\p{L}*|Kultureinrichtung\p{L}*|sector cultural|settore culturale)(?![\p{L}])/iu],
  ['govtech', /(?<![\p{L}])(?:\u00f6ffentlich\p{L}*\s+(?:Dienst\p{L}*|Verwaltung\p{L}*|Sektor\p{L}*|Hand)|Beh\u00f6rde\p{L}*|Kommunalverwaltung\p{L}*|fonction publique|secteur public|sector p\u00fablico|administraci\u00f3n p\u00fablica|pubblica amministrazione)(?![\p{L}])/iu],
  // (s55: farming, food and drink, "secteur viticole ou agroalimentaire", "Landwirtschaft", "Lebensmittelindustrie".)
  // (s56: Dutch and Spanish too, "de agrarische sector of de voedingsmiddelenindustrie", "el sector agr\u00edcola", "Agrarwirtschaft".)
  ['agrifood', /(?<![\p{L}])(?:agro-?alimentaire|viticoles?|vinicoles?|agricoles?|Landwirtschaft\p{L}*|Lebensmittel\p{L}*|agroaliment\p{L}*|agropecuari\p{L}*|Agrar\p{L}*|agr\u00edcolas?|voedingsmiddel\p{L}*|levensmiddel\p{L}*|voedingsindustrie|landbouw\p{L}*|zuivel\p{L}*|Getr\u00e4nke\p{L}*|Brauerei\p{L}*)(?![\p{L}])/iu],
  // (s55: Dutch care, "Zorggroep Maasoever (ouderenzorg)", "een zorginstelling": a care group, home or elderly care.)
  // (s60 lead: healthcare in Portuguese, Spanish and the Nordic languages, "no setor de sa\u00fade", "en el sector salud",
  // "sundhedssektoren", "helsesektoren", "h\u00e4lso- och sjukv\u00e5rd".)
  ['health-tech', /(?<![\p{L}])(?:sa\u00fade|salud|sanidad|sundhed\p{L}*|helse(?:sektor|vesen|foretak|tjeneste)\p{L}*|h\u00e4lso\p{L}*|sjukv\u00e5rd\p{L}*)(?![\p{L}])/iu],
  ['health-tech', /\b(?:sanitari[oa]s?|sant\u00e9|m\u00e9dical|Gesundheit\w*|Krankenh(?:a|\u00e4)us\w*|Klinik\w*|Medizin\w*|Pflege(?:dienst|heim|software)\w*|ziekenh\w*|zorginstelling\w*|zorggroep\w*|zorgorganisatie\w*|zorgkantoor\w*|ouderenzorg|thuiszorg|jeugdzorg|gehandicaptenzorg|GGZ)\b/i],
  // (s55) "Ervaring bij een maatschappelijke organisatie, zoals een zorginstelling, woningcorporatie of gemeente": a Dutch
  // social organisation, a housing association (woningcorporatie, "Woonstichting Vidomus") or a foundation (stichting) is a
  // non-profit; a municipality or another public body is the public sector.
  ['nonprofit', /\b(?:maatschappelijke?\s+organisaties?|woningcorporaties?|wooncorporaties?|woonstichting\w*|stichting|goede[- ]doelen(?:organisaties?)?|welzijnsorganisaties?)\b/i],
  ['govtech', /\b(?:gemeente\w*|overheid\w*|overheidsorganisaties?|provincie\w*|waterschap\w*|ministerie\w*|Rijkswaterstaat)\b/i],
  // (s61 lead: the trades named in Slovak, Czech, Romanian, Turkish, Finnish, Estonian, Catalan and Ukrainian: banking
  // ("bankov\u00e9ho sektora", "domeniul bancar", "bankac\u0131l\u0131k", "pankkiala", "pangandus", "\u0431\u0430\u043d\u043a\u0456\u0432\u0441\u044c\u043a\u0438\u0439", "\u0444\u0456\u043d\u0442\u0435\u0445"), online selling
  // ("e-ticaret", "e-kaubandus", "verkkokauppa", "comer\u021b electronic"), energy ("energia-ala", "energetika", "enerji sekt\u00f6r\u00fc",
  // "energeetika"), health care ("\u00e0mbit sanitari", "zdravotn\u00edctvo", "terveydenhuolto", "sa\u011fl\u0131k sekt\u00f6r\u00fc", "s\u0103n\u0103tate", "tervishoid").)
  ['fintech', /(?<![\p{L}])(?:bankov\p{L}*|bancar\p{L}*|banc\u0103|b\u0103nci\p{L}*|banki|bankszektor\p{L}*|bankac\u0131l\u0131k\p{L}*|pankki\p{L}*|pangandus\p{L}*|\u0431\u0430\u043d\u043a\u0456\u0432\u0441\u044c\u043a\p{L}*|\u0431\u0430\u043d\u043a\u043e\u0432\u0441\u043a\p{L}*|\u0444\u0456\u043d\u0442\u0435\u0445\p{L}*|\u0444\u0438\u043d\u0442\u0435\u0445\p{L}*)(?![\p{L}])/iu],
  ['ecommerce', /(?<![\p{L}])(?:e-?ticaret\p{L}*|e-?kaubandus\p{L}*|verkkokaup\p{L}*|comer(?:\u021b|\u0163|t)\s+electronic|elektronick\p{L}*\s+obchod\p{L}*|\u0435-?\u043a\u043e\u043c\u0435\u0440\u0446\p{L}*|\u0456\u043d\u0442\u0435\u0440\u043d\u0435\u0442-\u043c\u0430\u0433\u0430\u0437\u0438\u043d\p{L}*)(?![\p{L}])/iu],
  ['energy-systems', /(?<![\p{L}])(?:energia-?ala\p{L}*|energiayhti\p{L}*|energetik\p{L}*|energetick\p{L}*|enerji\p{L}*|energeetika\p{L}*|\u0435\u043d\u0435\u0440\u0433\u0435\u0442\u0438\u043a\p{L}*)(?![\p{L}])/iu],
  ['health-tech', /(?<![\p{L}])(?:sanitari|salut|zdravotn\p{L}*|terveydenhuol\p{L}*|terveysala\p{L}*|sa\u011fl\u0131k|s\u0103n\u0103tate|sanatate|tervishoi\p{L}*|\u043c\u0435\u0434\u0438\u0446\u0438\u043d\p{L}*|\u043c\u0435\u0434\u0438\u0447\u043d\p{L}*)(?![\p{L}])/iu],
  // (s61 lead: an insurer's own work abroad, claims and policies, "a \u00e1rea de sinistros", "gesti\u00f3n de siniestros", "Schadenbearbeitung",
  // "ap\u00f3lices"; the games trade in Polish, Spanish, French, German, Italian, Portuguese and Turkish, "w bran\u017cy gier",
  // "videojuegos", "jeu vid\u00e9o", "Spielebranche", "oyun sekt\u00f6r\u00fc"; Dutch care as a sector, "in de zorg", "zorgsector".)
  ['insurtech', /(?<![\p{L}])(?:sinistros|siniestros|sinistres|sinistri|Schaden(?:bearbeitung|management|regulierung)\p{L}*|ap\u00f3lices|p\u00f3lizas|polizze)(?![\p{L}])/iu],
  ['game-development', /(?<![\p{L}])(?:gier(?:\s+komputerowych|\s+wideo)?|gamedev\p{L}*|videojuegos?|jeux?\s+vid\u00e9o|Spielebranche|Games-?Branche|videogiochi|jogos\s+eletr\u00f4nicos|oyun\s+sekt\u00f6r\p{L}*)(?![\p{L}])/iu],
  ['health-tech', /(?<![\p{L}])(?:(?<=(?:in|de)\s+de\s+)zorg|zorgsector|gezondheidszorg)(?![\p{L}])/iu],
  // (s62 lead: the trades named in Serbian, Croatian and Bosnian, Bulgarian, Russian, Albanian, Vietnamese, Latvian, Hebrew,
  // Arabic and Turkish: banking and finance ("bankarski sektor", "\u0431\u0430\u043d\u043a\u043e\u0432\u0438\u044f \u0441\u0435\u043a\u0442\u043e\u0440", "sektorin bankar", "tài chính", "\u05d1\u05e0\u05e7\u05d0\u05d5\u05ea",
  // "\u0627\u0644\u0642\u0637\u0627\u0639 \u0627\u0644\u0645\u0635\u0631\u0641\u064a"), payments ("\u043f\u043b\u0430\u0442\u0435\u0436\u043d\u0438 \u0441\u0438\u0441\u0442\u0435\u043c\u0438", "platni promet", "thanh toán"), telecoms ("\u0442\u0435\u043b\u0435\u043a\u043e\u043c-\u043e\u0442\u0440\u0430\u0441\u043b\u044c", "\u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439
  // \u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440", "telekomunikacije", "vi\u1ec5n thông"), online selling ("th\u01b0\u01a1ng m\u1ea1i \u0111i\u1ec7n t\u1eed", "e-trgovina", "\u0435\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u0430 \u0442\u044a\u0440\u0433\u043e\u0432\u0438\u044f"),
  // health care, energy, logistics, insurance, the public sector, defence and aviation ("odbrambena industrija", "\u043e\u0431\u043e\u0440\u043e\u043d\u043d\u0430\u044f
  // \u043f\u0440\u043e\u043c\u044b\u0448\u043b\u0435\u043d\u043d\u043e\u0441\u0442\u044c", "Savunma sanayii", "hàng không"); each also read on a resume's lines.)
  ['fintech', /(?<![\p{L}])(?:bankarsk\p{L}*|bankarstv\p{L}*|bankar(?:e|it|ise)?|finansijsk\p{L}*|financijsk\p{L}*|financiar\p{L}*|\u0431\u0430\u043d\u043a\u043e\u0432\p{L}*|\u0444\u0438\u043d\u0430\u043d\u0441\u043e\u0432\p{L}*|t\u00e0i\s+ch\u00ednh|banku\s+(?:nozar|sektor)\p{L}*|finan\u0161u\s+(?:nozar|sektor|pakalpojum)\p{L}*)(?![\p{L}])|(?:\u05d1\u05e0\u05e7\u05d0\u05d5\u05ea|\u05d1\u05e0\u05e7\u05d9\u05dd|\u05e4\u05d9\u05e0\u05e0\u05e1\p{L}*|\u0627\u0644\u0645\u0635\u0631\u0641\u064a|\u0627\u0644\u0645\u0635\u0627\u0631\u0641|\u0627\u0644\u0628\u0646\u0648\u0643|\u0627\u0644\u0642\u0637\u0627\u0639\s+\u0627\u0644\u0645\u0627\u0644\u064a)|fintech\p{L}*(?=[\s-]+(?:industrij|industri|sektor|\u0438\u043d\u0434\u0443\u0441\u0442\u0440\u0438|\u043e\u0442\u0440\u0430\u0441\u043b|\u0441\u0435\u043a\u0442\u043e\u0440|nozar|kompanij|\u043a\u043e\u043c\u043f\u0430\u043d\u0438)\p{L}*)/iu],
  ['payments', /(?<![\p{L}])(?:\u043f\u043b\u0430\u0442\u0435\u0436\u043d\p{L}*|\u043f\u043b\u0430\u0442\u043d\u0438\s+(?:\u0441\u0438\u0441\u0442\u0435\u043c\u0438|\u0443\u0441\u043b\u0443\u0433\u0438)|platn\p{L}*\s+(?:promet|sistem|kartic|uslug)\p{L}*|pla\u0107anj\p{L}*|thanh\s+to\u00e1n|sistem\p{L}*\s+pagesash?\p{L}*|maks\u0101jum\p{L}*)(?![\p{L}])|(?:\u05ea\u05e9\u05dc\u05d5\u05de\u05d9\u05dd|\u0627\u0644\u0645\u062f\u0641\u0648\u0639\u0627\u062a)/iu],
  ['telecommunications', /(?<![\p{L}])(?:\u0442\u0435\u043b\u0435\u043a\u043e\u043c\p{L}*|\u0442\u0435\u043b\u0435\u043a\u043e\u043c\u043c\u0443\u043d\u0438\u043a\u0430\u0446\p{L}*|\u0442\u0435\u043b\u0435\u043a\u043e\u043c\u0443\u043d\u0438\u043a\u0430\u0446\p{L}*|\u043c\u043e\u0431\u0438\u043b\u044c\u043d\p{L}*\s+\u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440\p{L}*|\u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440\u044b?\s+(?:\u043c\u043e\u0431\u0438\u043b\u044c\u043d\u043e\u0439\s+)?\u0441\u0432\u044f\u0437\u0438|\u043c\u043e\u0431\u0438\u043b\u0435\u043d\s+\u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440|telekomunikac\p{L}*|telekomunikacij\p{L}*|telekomunik\u0101cij\p{L}*|vi\u1ec5n\s+th\u00f4ng|telekomunikacion\p{L}*)(?![\p{L}])|(?:\u05d8\u05dc\u05e7\u05d5\u05dd|\u05ea\u05e7\u05e9\u05d5\u05e8\u05ea\s+\u05e1\u05dc\u05d5\u05dc\u05e8\u05d9\u05ea|\u0627\u0644\u0627\u062a\u0635\u0627\u0644\u0627\u062a)/iu],
  ['ecommerce', /(?<![\p{L}])(?:th\u01b0\u01a1ng\s+m\u1ea1i\s+\u0111i\u1ec7n\s+t\u1eed|e-?trgovin\p{L}*|internet\s+trgovin\p{L}*|\u0435\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\p{L}*\s+(?:\u0442\u044a\u0440\u0433\u043e\u0432\u0438\u044f|\u043a\u043e\u043c\u043c\u0435\u0440\u0446\p{L}*|\u0442\u043e\u0440\u0433\u043e\u0432\u043b\p{L}*)|tregti\p{L}*\s+elektronik\p{L}*|e-?komerc\p{L}*|\u0435-?\u0442\u044a\u0440\u0433\u043e\u0432\u0438\u044f)(?![\p{L}])|(?:\u05de\u05e1\u05d7\u05e8\s+\u05d0\u05dc\u05e7\u05d8\u05e8\u05d5\u05e0\u05d9|\u0627\u0644\u062a\u062c\u0627\u0631\u0629\s+\u0627\u0644\u0625\u0644\u0643\u062a\u0631\u0648\u0646\u064a\u0629)/iu],
  ['health-tech', /(?<![\p{L}])(?:zdravstv(?:o|a|u|om)|\u0437\u0434\u0440\u0430\u0432\u0435\u043e\u043f\u0430\u0437\u0432\u0430\u043d\p{L}*|\u0437\u0434\u0440\u0430\u0432\u043e\u043e\u0445\u0440\u0430\u043d\u0435\u043d\u0438\p{L}*|(?<!b\u1ea3o\s+hi\u1ec3m\s+)y\s+t\u1ebf|sh\u00ebndet\u00ebsi\p{L}*|vesel\u012bbas\s+apr\u016bp\p{L}*)(?![\p{L}])|(?:\u05de\u05e2\u05e8\u05db\u05ea\s+\u05d4\u05d1\u05e8\u05d9\u05d0\u05d5\u05ea|\u05d1\u05ea\u05d7\u05d5\u05dd\s+\u05d4\u05d1\u05e8\u05d9\u05d0\u05d5\u05ea|\u05ea\u05d7\u05d5\u05dd\s+\u05d4\u05d1\u05e8\u05d9\u05d0\u05d5\u05ea|\u0627\u0644\u0631\u0639\u0627\u064a\u0629\s+\u0627\u0644\u0635\u062d\u064a\u0629|\u0627\u0644\u0642\u0637\u0627\u0639\s+\u0627\u0644\u0635\u062d\u064a)/iu],
  ['energy-systems', /(?<![\p{L}])(?:energetsk\p{L}*|\u0435\u043d\u0435\u0440\u0433\u0435\u0442\u0438\p{L}*|\u044d\u043d\u0435\u0440\u0433\u0435\u0442\u0438\u043a\p{L}*|\u044d\u043d\u0435\u0440\u0433\u0435\u0442\u0438\u0447\u0435\u0441\u043a\p{L}*|n\u0103ng\s+l\u01b0\u1ee3ng|neft\p{L}*[-\s]+qaz\p{L}*|\u043d\u0435\u0444\u0442\u0435\u0433\u0430\u0437\p{L}*|\u043d\u0435\u0444\u0442\p{L}*\s+\u0438\s+\u0433\u0430\u0437\p{L}*|naft\p{L}*\s+i\s+plin\p{L}*|petrol\s+ve\s+do\u011falgaz|energjetik\p{L}*|energjis\u00eb|ener\u0123\u0113tik\p{L}*)(?![\p{L}])|(?:\u05d0\u05e0\u05e8\u05d2\u05d9\u05d4|\u0642\u0637\u0627\u0639\s+\u0627\u0644\u0637\u0627\u0642\u0629)/iu],
  ['logistics-tech', /(?<![\p{L}])(?:logisti(?:ka|ke|ci|ku|kom|\u010dk\p{L}*)|\u043b\u043e\u0433\u0438\u0441\u0442\u0438\u043a\p{L}*|\u043b\u043e\u0433\u0438\u0441\u0442\u0438\u0447\p{L}*|logjistik\p{L}*|h\u1eadu\s+c\u1ea7n)(?![\p{L}])|(?:\u05dc\u05d5\u05d2\u05d9\u05e1\u05d8\u05d9\u05e7\u05d4|\u0627\u0644\u0644\u0648\u062c\u0633\u062a\u064a\u0629|\u0627\u0644\u062e\u062f\u0645\u0627\u062a\s+\u0627\u0644\u0644\u0648\u062c\u0633\u062a\u064a\u0629)/iu],
  // (Insurance and health care by their sector's words only: a perk's "zdravstveno osiguranje", "sigurim shëndetësor", "b\u1ea3o hi\u1ec3m y
  // t\u1ebf", "\u043c\u0435\u0434\u0438\u0446\u0438\u043d\u0441\u043a\u043e\u0435 \u0441\u0442\u0440\u0430\u0445\u043e\u0432\u0430\u043d\u0438\u0435", "vesel\u012bbas apdro\u0161in\u0101\u0161ana", "\u05d1\u05d9\u05d8\u05d5\u05d7 \u05d1\u05e8\u05d9\u05d0\u05d5\u05ea", "\u062a\u0623\u0645\u064a\u0646 \u0635\u062d\u064a" names no industry.)
  ['insurtech', /(?<![\p{L}])(?:osiguravaju\u0107\p{L}*|(?:sektor\p{L}*|industrij\p{L}*|djelatnost\p{L}*)\s+osiguranj\p{L}*|\u0437\u0430\u0441\u0442\u0440\u0430\u0445\u043e\u0432\u0430\u0442\u0435\u043b\u043d\p{L}*|\u0441\u0442\u0440\u0430\u0445\u043e\u0432\p{L}*\s+(?:\u043a\u043e\u043c\u043f\u0430\u043d\u0438|\u043e\u0442\u0440\u0430\u0441\u043b|\u0441\u0444\u0435\u0440|\u0441\u0435\u043a\u0442\u043e\u0440|\u0438\u043d\u0434\u0443\u0441\u0442\u0440\u0438|\u0440\u044b\u043d)\p{L}*|(?:l\u0129nh\s+v\u1ef1c|ng\u00e0nh|c\u00f4ng\s+ty)\s+b\u1ea3o\s+hi\u1ec3m|(?:sektor\p{L}*|kompani\p{L}*|industri\p{L}*)\s+(?:e\s+|i\s+|t\u00eb\s+)?sigurime\p{L}*|(?<!vesel\u012bbas\s)apdro\u0161in\u0101\u0161an\p{L}*)(?![\p{L}])|(?:\u05d7\u05d1\u05e8\u05ea\s+\u05d1\u05d9\u05d8\u05d5\u05d7|\u05d7\u05d1\u05e8\u05d5\u05ea\s+\u05d1\u05d9\u05d8\u05d5\u05d7|\u05e2\u05e0\u05e3\s+\u05d4\u05d1\u05d9\u05d8\u05d5\u05d7|(?:\u0642\u0637\u0627\u0639|\u0634\u0631\u0643\u0629|\u0634\u0631\u0643\u0627\u062a)\s+\u0627\u0644\u062a\u0623\u0645\u064a\u0646)/iu],
  ['govtech', /(?<![\p{L}])(?:javn\p{L}*\s+(?:sektor|uprav)\p{L}*|dr\u017eavn\p{L}*\s+uprav\p{L}*|\u0434\u044a\u0440\u0436\u0430\u0432\u043d\p{L}*\s+\u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\p{L}*|\u043f\u0443\u0431\u043b\u0438\u0447\u043d\p{L}*\s+\u0441\u0435\u043a\u0442\u043e\u0440\p{L}*|\u0433\u043e\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043d\u043d\p{L}*\s+(?:\u0441\u0435\u043a\u0442\u043e\u0440|\u0441\u043b\u0443\u0436\u0431|\u043e\u0440\u0433\u0430\u043d|\u0443\u0447\u0440\u0435\u0436\u0434\u0435\u043d)\p{L}*|sektor\p{L}*\s+publik\p{L}*|administrat\p{L}*\s+publik\p{L}*|khu\s+v\u1ef1c\s+c\u00f4ng|c\u01a1\s+quan\s+nh\u00e0\s+n\u01b0\u1edbc|valsts\s+(?:sektor|p\u0101rvald)\p{L}*)(?![\p{L}])|(?:\u05d4\u05de\u05d2\u05d6\u05e8\s+\u05d4\u05e6\u05d9\u05d1\u05d5\u05e8\u05d9|\u0627\u0644\u0642\u0637\u0627\u0639\s+\u0627\u0644\u062d\u0643\u0648\u0645\u064a|\u0627\u0644\u0642\u0637\u0627\u0639\s+\u0627\u0644\u0639\u0627\u0645)/iu],
  ['aerospace-defense', /(?<![\p{L}])(?:odbramben\p{L}*|obramben\p{L}*|namjensk\p{L}*\s+industrij\p{L}*|\u043e\u0442\u0431\u0440\u0430\u043d\p{L}*|\u043e\u0431\u043e\u0440\u043e\u043d\p{L}*|\u0430\u0432\u0438\u0430\u0446\p{L}*|\u0430\u0432\u0438\u0430\u0446\u0438\u043e\u043d\u043d\p{L}*|vazduhoplov\p{L}*|zrakoplov\p{L}*|h\u00e0ng\s+kh\u00f4ng|qu\u1ed1c\s+ph\u00f2ng|mbrojtj\p{L}*|aviacion\p{L}*|savunma\s+sanay\p{L}*|savunma\s+sekt\u00f6r\p{L}*|havac\u0131l\u0131k\p{L}*)(?![\p{L}])|(?:\u05ea\u05e2\u05e9\u05d9\u05d9\u05d4\s+\u05d1\u05d9\u05d8\u05d7\u05d5\u05e0\u05d9\u05ea|\u05d1\u05d9\u05d8\u05d7\u05d5\u05e0\u05d9\p{L}*|\u0627\u0644\u062f\u0641\u0627\u0639|\u0627\u0644\u0637\u064a\u0631\u0627\u0646)/iu],
  // (s56: the Nordic public sector, "Erfarenhet fr\u00e5n offentlig sektor", "offentlig forvaltning", "en kommun eller myndighet".)
  ['govtech', /(?<![\p{L}])(?:offentlig(?:a|e)?\s+(?:sektor\p{L}*|f\u00f6rvaltning\p{L}*|forvaltning\p{L}*|virksomhed\p{L}*|verksamhet\p{L}*)|kommun(?:er|erna|en|e)?|myndighet\p{L}*|julkis\p{L}*\s+sektori\p{L}*)(?![\p{L}])/iu],
  // (s62 careful tune: the trades named in Serbian or Croatian, Vietnamese, Spanish and Azerbaijani: health care ("u
  // zdravstvu", "zdravstvene ustanove") and pharmacy ("farmaciji", "farmaceutska"); games ("ng\u00e0nh game", "game di \u0111\u1ed9ng", a
  // mobile game, "tr\u00f2 ch\u01a1i"); steel and metal working, asked as "el sector sider\u00fargico o metal\u00fargico" and shown by a steel
  // works, a forge or a foundry ("Acer\u00eda", "Forjas ...", "Fundiciones ..."); oil and gas ("Neft-qaz sah\u0259sind\u0259", "Qaz Emal\u0131
  // Zavodu", a gas processing plant). And aviation shown by an airport's ground handling, its terminals or air traffic.)
  ['health-tech', /(?<![\p{L}])(?:zdravstv\p{L}*|zdravstven\p{L}*)(?![\p{L}])/iu],
  ['biotech', /(?<![\p{L}])(?:farmacij\p{L}*|farmaceut\p{L}*|farmac\u00e9utic\p{L}*)(?![\p{L}])/iu],
  ['game-development', /(?<![\p{L}])(?:ng\u00e0nh\s+(?:c\u00f4ng\s+nghi\u1ec7p\s+)?(?:game|tr\u00f2\s+ch\u01a1i)|game\s+(?:di\s+\u0111\u1ed9ng|online|nh\u1eadp\s+vai|chi\u1ebfn\s+thu\u1eadt|mobile)|tr\u00f2\s+ch\u01a1i(?:\s+\u0111i\u1ec7n\s+t\u1eed)?|studio\s+game)(?![\p{L}])/iu],
  ['manufacturing', /(?<![\p{L}])(?:sider\u00farg\p{L}*|metal\u00farg\p{L}*|acer\u00edas?|forjas?|fundici\u00f3n|fundiciones|steel\s*works|steel\s+mills?|foundr(?:y|ies))(?![\p{L}])/iu],
  ['energy-systems', /(?<![\p{L}])(?:neft-?qaz\p{L}*|neft\s+v\u0259\s+qaz\p{L}*|qaz\s+emal\p{L}*|neft\s+(?:s\u0259nayesi|emal\p{L}*|\u015firk\u0259ti))(?![\p{L}])/iu],
  ['aerospace-defense', /\b(?:ground[- ]handling|airport\s+(?:services|operations|terminals?|authority)|air\s+traffic\s+(?:control|management))\b/i],
];
/** An ask for work in an industry ("in the energy sector", "at a fintech or bank", "experience at banks", "in robotics"), not of a skill. */
// ("Previous contracts in financial services", "Experience supporting Defence or Five Eyes partners": contracts in, and
// work supporting or serving, an industry.)
// (s55: or a line that ends on the word experience, "Mining or quarrying experience".)
// (s60 lead: or experience in it in the languages the sets use, "Experiencia en retail", "Exp\u00e9rience dans le retail",
// "Esperienza nel retail", "Erfahrung im Retail".)
const INDUSTRY_ASK = /\b(?:experiencia|experi\u00eancia|esperienza|exp\u00e9rience|Erfahrung|ervaring)\s+(?:en|em|no|na|nel|nella|nei|dans(?:\s+(?:le|la|les))?|im|in(?:\s+de)?)\s|\b(?:secteur|Branche|sector|settore|setor|industry|industries|domain|space|market|background|environment|companies|company|agency|agencies)\b|\bexperience\s*[.;]?\s*$|\b(?:sell(?:ing|s)?|sold)\s+(?:in)?to\b|\b(?:at|for) an?\b|\b(?:experience|work(?:ed|ing)?|interest|contracts?|contracting|roles?) (?:in|at)\b|\b(?:worked|working) on an?\b|\b(?:supporting|serving)\s+(?:the\s+)?[A-Z]/i;
/** Before an industry's word: where the work was ("in", "at a", "within the"), the word perhaps one of a list ("in banking, insurance or"). */
// (s60 lead: the word perhaps after an adjective of its kind, "in crypto or traditional finance", "at a retail bank".)
// (s59 tune: or the sector's noun before it, as Italian, Spanish, Portuguese and French put it: "nel settore e-commerce", "en el
// sector retail", "no setor de e-commerce", "dans le secteur du e-commerce".)
const WHERE_BEFORE = /\b(?:in|at|within|for|to|into|with|supporting|serving|worked on|working on|(?<=(?:experiencia|experi\u00eancia|esperienza|exp\u00e9rience|Erfahrung|ervaring)\s+)(?:en|em|no|na|nel|nella|nei|dans(?:\s+(?:le|la|les))?|im|in(?:\s+de)?))\s+(?:(?:the|an?|another|other|any)\s+)?(?:[\w&-]+(?:\s+[\w&-]+)?\s*(?:,|\/|\bor\b|\band\b)\s*){0,3}(?:(?:traditional|regulated|retail|consumer|commercial|corporate|investment|institutional|public|private|global|digital)\s+)?$|\b(?:settore|sector|setor|secteur)\s+(?:(?:dell['\u2019]|del|della|dei|degli|de(?:l|la|los|las)?|do|da|dos|das|du|des|de\s+la|of(?:\s+the)?)\s*)?$/i;
/** After it: a noun of industries, the word perhaps the first of a list ("energy or utilities sector", "banking companies"). */
const NOUN_AFTER = /^(?:\s*(?:,|\/|\bor\b|\band\b)\s*[\w&-]+(?:\s+[\w&-]+)?)*\s+(?:sector|industry|industries|domain|space|market|companies|company|agency|agencies|background|experience)\b/i;
/**
 * (s62 lead) The noun of an industry in the languages the sets use, after an industry's word in English or its own: "u fintech
 * industriji", "\u0432 \u0442\u0435\u043b\u0435\u043a\u043e\u043c-\u043e\u0442\u0440\u0430\u0441\u043b\u0438", "në sektorin bankar", "fintech nozar\u0113", "Savunma sektörü".
 */
const INDUSTRY_NOUN_ABROAD = /(?<![\p{L}])(?:industrij\p{L}*|\u0438\u043d\u0434\u0443\u0441\u0442\u0440\u0438\p{L}*|\u043e\u0442\u0440\u0430\u0441\u043b\p{L}*|nozar\p{L}*|sektorin|sektori|sekt\u00f6r\p{L}*|l\u0129nh\s+v\u1ef1c|ng\u00e0nh)(?![\p{L}])/iu;
const NOUN_AFTER_ABROAD = /^[\s-]+(?:industrij\p{L}*|industri\p{L}*|sektor\p{L}*|sekt\u00f6r\p{L}*|\u0438\u043d\u0434\u0443\u0441\u0442\u0440\u0438\p{L}*|\u043e\u0442\u0440\u0430\u0441\u043b\p{L}*|\u0441\u0435\u043a\u0442\u043e\u0440\p{L}*|nozar\p{L}*)/iu;
export function industriesAsked(ask: string): string[] {
  // (s47: an industry's own word abroad, "Kenntnisse in Tourenplanung oder Logistik", is asked as it stands.)
  if (!INDUSTRY_ASK.test(ask) && !INDUSTRY_NOUN_ABROAD.test(ask) && !ABROAD.some(([, words]) => words.test(ask))) return [];
  // An industry's word where an industry is asked: "Experience publishing npm packages at a startup" asks no media work.
  // (A word that names its noun itself is asked as it stands: "supporting VA or another civilian agency".)
  const asked = (words: RegExp) =>
    [...ask.matchAll(new RegExp(words.source, `${words.flags}g`))].some((m) => WHERE_BEFORE.test(ask.slice(0, m.index)) || NOUN_AFTER.test(ask.slice(m.index + m[0].length)) || NOUN_AFTER_ABROAD.test(ask.slice(m.index + m[0].length)) || /\b(?:sector|industry|agenc(?:y|ies)|institutions?)$/i.test(m[0]));
  const ids = [...INDUSTRY_WORDS.filter((i) => asked(i.words)).map((i) => i.id), ...WORDS_ONLY_ASKED.flatMap(([id, words]) => (asked(words) ? [id] : [])), ...ABROAD.flatMap(([id, words]) => (words.test(ask) ? [id] : []))].filter((id, k, all) => all.indexOf(id) === k);
  // A payments company is a fintech one: "at a fintech or bank" is met by work at Tollgate Payments. Financial services
  // take in insurers as well as banks: "Experience working in financial services" is met by work at an insurer.
  // (s55: "financial companies", "empresas financieras", "le secteur financier": the financial sector as a whole, insurers too.)
  // (s55) "een maatschappelijke organisatie" (a social organisation, Dutch) takes in housing associations and charities, care
  // and the public sector: "Ervaring bij een woningcorporatie of een andere maatschappelijke organisatie" is met at a municipality.
  const more = [...(ids.includes('fintech') ? ['payments'] : []), ...(/\bfinancial (?:services|sector|industry|companies|firms)\b|\b(?:empresas|entidades|sector|compa\u00f1\u00edas|empresas do setor)\s+financier[oa]s?\b|\bsecteur financier\b|\bsoci\u00e9t\u00e9s financi\u00e8res\b|(?<![\p{L}])Finanz(?:branche|sektor|dienstleist\p{L}*)(?![\p{L}])/iu.test(ask) ? ['insurtech'] : []), ...(/\bmaatschappelijke?\s+organisaties?\b/i.test(ask) ? ['nonprofit', 'govtech', 'health-tech'] : [])];
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
    // (s47: the industry's words abroad on the role's lines too, "Segurbanca (seguros y banca)", "systemy dla lotnictwa":
    // a resume written in the posting's language names it so.)
    // (s55: an industry may have more than one entry, one per language family: each is read.)
    const abroad = ABROAD.filter(([x]) => x === id).map(([, re]) => re);
    const tells = (l: string, k: number) => (k < 3 && d.who.test(l)) || d.work.test(l) || abroad.some((re) => re.test(l));
    const roles = profile.roles.flatMap((r, k) => (d.who.test(`${r.company ?? ''} ${r.title ?? ''}`) || lines(r).some(tells) ? [k] : []));
    if (!roles.length) continue;
    const r = profile.roles[roles[0]!]!;
    const own = lines(r).find(tells) ?? `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}`;
    out.set(id, { roles, evidence: withoutContact(own.trim().replace(/^[-\u2022*\u00b7]\s*/, '').replace(/\s{2,}/g, ' ')).slice(0, 160) });
  }
  return out;
}
