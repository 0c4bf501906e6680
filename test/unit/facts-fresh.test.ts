import { describe, expect, it } from 'vitest';
import { postingFromText } from '../../lib/posting/text';
import { postingFacts } from '../../lib/requirements/facts';
import { requirementItems } from '../../lib/requirements/items';
import { findSkills } from '../../lib/skills/matcher';
import { bundled } from '../../lib/skills/taxonomy';

// Facts and requirement kinds said in fresh words (#12). Every sentence here was written for this test, in batches
// written one after another, each scored on the code of its time before any rule was made for it:
// batch 1 (76 sentences): 63/76 on the start code (work mode in prose 7/16), 76/76 after its fixes;
// batch 2 (52 sentences, kinds also in prose): 33/52 on the start code, 37/52 after batch 1's fixes (work mode 6/12,
// sponsorship 6/9), 51/52 after its own. Left out, still read wrong: "Fluent Italian is required since our customers
// are in Milan." in prose (a clause about the customers makes the sentence read as the company's, not an ask);
// batch 3 (22 short postings of prose, 63 checks, kinds counted as eval:requirements counts them: an item's kind, or
// its years or degree): 46/63 on the start code, 51/63 after batch 2's fixes, 62/63 after its own. Left out, still
// read wrong: "Bilingual French/English is an asset." in prose (no word of it reads as an ask);
// batch 4 (46 sentences): 37/46 before its fixes (work mode 5/10), 45/46 after. Left out, still read wrong:
// "Starting at $130,000." (a lone amount with no word of pay is not read as pay);
// batch 5 (41 sentences): 27/41 on the start code and the same before its fixes (work mode 4/10), 39/41 after. Left
// out, still read wrong: "We're building a team in Oslo; relocation is part of the deal." (on site only by
// inference: relocation is offered for hybrid jobs too), "You're a native French speaker who loves clean code." in
// prose ("you're a" is no asking word);
// batch 6 (45 sentences): 27/45 before its fixes (work mode in prose 4/14), 44/45 after. Left out, still read wrong:
// "Since you'll work with our Munich team every day, we need you to speak German." in prose (read as the company's).
const FACTS: Array<[string, string, unknown]> = [
  ["mode", "Most of the team is in Lisbon and we get together there twice a week.", "hybrid"],
  ["mode", "We are fully distributed across European time zones.", "remote"],
  ["mode", "This role is based in our Austin office.", "onsite"],
  ["mode", "You can work from anywhere as long as you overlap four hours with Pacific time.", "remote"],
  ["mode", "We expect everyone in the Munich office Tuesday through Thursday.", "hybrid"],
  ["mode", "The position requires you to be at our lab in Cambridge every day.", "onsite"],
  ["mode", "There is no office; the company has been remote since day one.", "remote"],
  ["mode", "Our customers' field teams work remotely, so offline support matters.", null],
  ["mode", "We split our week between home and our Amsterdam office.", "hybrid"],
  ["mode", "You'll be working out of our downtown Chicago headquarters.", "onsite"],
  ["mode", "Remote within the United States.", "remote"],
  ["mode", "We're a remote-first company with optional coworking stipends.", "remote"],
  ["mode", "We help hybrid workplaces book desks.", null],
  ["mode", "Candidates must be able to commute to our Seattle office.", "onsite"],
  ["mode", "Home-based, with occasional travel to customer sites.", "remote"],
  ["mode", "Work from home up to two days per week.", "hybrid"],
  ["spons", "We're happy to sponsor your visa if needed.", true],
  ["spons", "We do not offer visa sponsorship.", false],
  ["spons", "You must already have the right to work in Germany.", false],
  ["spons", "We sponsor local hackathons and meetups.", null],
  ["spons", "Immigration support is provided for international hires.", true],
  ["spons", "This role is not eligible for immigration sponsorship.", false],
  ["spons", "Applicants requiring sponsorship now or in the future will not be considered.", false],
  ["spons", "We can help with your work permit.", true],
  ["spons", "We proudly sponsor open source projects such as Vite.", null],
  ["spons", "Candidates need to hold a valid work permit for Switzerland.", false],
  ["spons", "H-1B transfers welcome.", true],
  ["spons", "Proof of eligibility to work in Australia is required.", false],
  ["spons", "We'll take care of your Blue Card application.", true],
  ["spons", "Our company sponsors a youth soccer team.", null],
  ["deg", "BS/MS in CS or related field, or equivalent practical experience.", "bachelor"],
  ["deg", "A university degree in engineering or physics.", "bachelor"],
  ["deg", "Master's in statistics preferred.", "master"],
  ["deg", "A degree is not required; we care about what you've built.", null],
  ["deg", "Doctorate in machine learning or a closely related discipline.", "phd"],
  ["deg", "Bachelor of Engineering (or equivalent).", "bachelor"],
  ["deg", "Our founders met while doing their PhDs at ETH.", null],
  ["deg", "Graduate degree in operations research is a plus.", "master"],
  ["deg", "Associate degree or technical diploma in electronics.", "associate"],
  ["deg", "Undergraduate degree in a quantitative subject.", "bachelor"],
  ["clear", "Must hold an active TS/SCI with polygraph.", true],
  ["clear", "Ability to obtain a Secret clearance.", true],
  ["clear", "We keep your data secret and secure.", null],
  ["clear", "Current DV clearance (UK) required.", true],
  ["clear", "Public Trust clearance needed.", true],
  ["pay", "The salary band for this role is $150,000 to $190,000.", [150000, 190000, "USD", "year"]],
  ["pay", "We pay £70k–£85k plus bonus.", [70000, 85000, "GBP", "year"]],
  ["pay", "Compensation ranges from 120.000 € to 140.000 €.", [120000, 140000, "EUR", "year"]],
  ["pay", "$60 - $75 per hour.", [60, 75, "USD", "hour"]],
  ["pay", "Up to $200k base.", [null, 200000, "USD", "year"]],
  ["pay", "Our customers save $500k per year on average.", null],
  ["pay", "We offer a $5,000 home office stipend.", null],
  ["yrs", "You've spent at least five years shipping mobile apps.", 5],
  ["yrs", "Ten years of experience in embedded systems.", 10],
  ["yrs", "Founded 15 years ago, we serve 4,000 clinics.", null],
  ["yrs", "3-5 years of professional experience.", 3],
  ["yrs", "A minimum of 8 years building distributed systems.", 8],
  ["yrs", "Our product has 20 years of history in the market.", null],
  ["mode", "The team sits together in our Warsaw office.", "onsite"],
  ["mode", "You'll join us at the plant in Ohio, five days a week.", "onsite"],
  ["mode", "We're async and spread over nine countries; there's no HQ.", "remote"],
  ["mode", "Expect to be in the studio Mondays and Wednesdays; the other days are yours to work wherever.", "hybrid"],
  ["mode", "Our engineers pick their own place to work, be it home, a café or a coworking space.", "remote"],
  ["mode", "This is an in-person position at our Denver campus.", "onsite"],
  ["mode", "We meet up in person once a year; the rest of the time everyone works from home.", "remote"],
  ["mode", "Office attendance is expected three days each week.", "hybrid"],
  ["mode", "Our hybrid cloud product helps banks modernise.", null],
  ["mode", "We sell to remote clinics across Africa.", null],
  ["mode", "Anywhere between UTC-5 and UTC+2 works for us.", "remote"],
  ["mode", "You'll work in our Zurich office, with the flexibility to work from home on Fridays.", "hybrid"],
  ["spons", "Visa sponsorship for this position is not possible.", false],
  ["spons", "We're unable to support candidates who need a work visa.", false],
  ["spons", "Relocation assistance, including visa sponsorship, is part of the offer.", true],
  ["spons", "We can sponsor a Skilled Worker visa.", true],
  ["spons", "Applicants must have unrestricted work rights in New Zealand.", false],
  ["spons", "We sponsor our employees' gym memberships.", null],
  ["spons", "International candidates are welcome; we'll guide you through the visa process.", true],
  ["spons", "Sorry, no visa sponsorship for this one.", false],
  ["spons", "You need to be a permanent resident or citizen of Australia.", false],
  ["deg", "Bachelor's degree in a STEM discipline, or four years of equivalent work experience.", "bachelor"],
  ["deg", "We don't care about degrees.", null],
  ["deg", "MSc or PhD in computational biology.", "master"],
  ["deg", "A formal degree is optional.", null],
  ["deg", "Educated to degree level in a numerate subject.", "bachelor"],
  ["deg", "Our CTO holds a PhD in physics.", null],
  ["yrs", "Around five years in a product engineering role.", 5],
  ["yrs", "Half a decade or more of professional Python.", 5],
  ["yrs", "We've been building this product for 6 years.", null],
  ["yrs", "Experience: 4–7 years.", 4],
  ["pay", "Base: 110–130k USD.", [110000, 130000, "USD", "year"]],
  ["pay", "Salary range: £55,000 - £65,000 per annum.", [55000, 65000, "GBP", "year"]],
  ["pay", "Day rate of £500–£600.", [500, 600, "GBP", "day"]],
  ["clear", "Candidates must be eligible to obtain a Top Secret clearance.", true],
  ["clear", "The data we handle is classified, so an active clearance is a must.", true],
  ["clear", "Clearance is not required.", null],
  ["mode", "You'll be expected on site at our Rotterdam port terminal.", "onsite"],
  ["mode", "Our office is in Leeds, though nobody is required to come in.", "remote"],
  ["mode", "Come into the office when you like; at least once a week is expected.", "hybrid"],
  ["mode", "The role is 100% office-based in Milan.", "onsite"],
  ["mode", "You can live anywhere in Canada.", "remote"],
  ["mode", "We're remote, but this particular role needs someone in Denver three days a week.", "hybrid"],
  ["mode", "We work from our offices in Paris and Lyon.", "onsite"],
  ["mode", "Our product lets field engineers work offline in remote areas.", null],
  ["mode", "Work location: Home", "remote"],
  ["mode", "We hold a company offsite twice a year in Portugal.", null],
  ["spons", "We are not in a position to sponsor work permits.", false],
  ["spons", "Sponsorship is possible for exceptional candidates.", true],
  ["spons", "The successful applicant will need to obtain a work permit on their own.", false],
  ["spons", "Visa sponsorship: no.", false],
  ["spons", "We welcome applicants from anywhere and will sponsor relocation to Germany, including the visa.", true],
  ["spons", "Our CEO sponsors our annual charity run.", null],
  ["spons", "Must hold an existing Canadian work permit or PR status.", false],
  ["deg", "BSc/BEng in electrical engineering.", "bachelor"],
  ["deg", "Ph.D. in physics, chemistry or materials science.", "phd"],
  ["deg", "You studied computer science at university (or taught yourself just as well).", "bachelor"],
  ["deg", "We value a master's, but a bachelor's with strong experience works too.", "bachelor"],
  ["deg", "MBA preferred.", "master"],
  ["deg", "Holds a high school diploma or equivalent.", null],
  ["yrs", "2+ yrs in customer-facing engineering.", 2],
  ["yrs", "Minimum 6 years' experience in data engineering.", 6],
  ["yrs", "Between three and five years of backend work.", 3],
  ["yrs", "You've worked as a designer for 7+ years.", 7],
  ["yrs", "This is a 12-month fixed-term contract.", null],
  ["yrs", "A track record of at least four years leading teams.", 4],
  ["pay", "Annual salary: 75 000 – 90 000 EUR", [75000, 90000, "EUR", "year"]],
  ["pay", "$5,000–$7,000 per month.", [5000, 7000, "USD", "month"]],
  ["pay", "Pay: 45-55 CHF/hour", [45, 55, "CHF", "hour"]],
  ["pay", "We have raised $40m Series B.", null],
  ["clear", "Eligibility for a UK SC clearance is required.", true],
  ["clear", "Must be willing to undergo a background check.", null],
  ["mode", "The role is remote-friendly within Germany.", "remote"],
  ["mode", "Our studio is in Brooklyn and the whole team works there.", "onsite"],
  ["mode", "Four days in the office, one day from home.", "hybrid"],
  ["mode", "Remote is fine if you're in the same time zone as our New York office.", "remote"],
  ["mode", "Occasional travel to our Madrid headquarters; otherwise work from wherever suits you.", "remote"],
  ["mode", "You'll report to the plant manager at our Monterrey facility.", "onsite"],
  ["mode", "We build remote-controlled drones.", null],
  ["mode", "Flexible hybrid model: you pick your office days.", "hybrid"],
  ["mode", "Everyone on the team works from home except on our Thursday office day.", "hybrid"],
  ["spons", "Those on a student visa (OPT) are welcome to apply and we will sponsor the H-1B.", true],
  ["spons", "You must not require sponsorship now or in the future.", false],
  ["spons", "Relocation package includes help with the immigration process.", true],
  ["spons", "We sponsor an annual hackathon for local students.", null],
  ["spons", "Only candidates with the legal right to work in Ireland will be considered.", false],
  ["spons", "We can't currently support visas.", false],
  ["spons", "Visa assistance available for EU Blue Card applicants.", true],
  ["deg", "Applicants should have a BA or BS in a technical discipline.", "bachelor"],
  ["deg", "Postgraduate qualification in data science is desirable.", "master"],
  ["deg", "Degree from an accredited university.", "bachelor"],
  ["deg", "Our team includes three PhDs and two former professors.", null],
  ["deg", "No formal education requirements.", null],
  ["yrs", "Eight years or more in backend development.", 8],
  ["yrs", "You bring 10+ years of product design experience.", 10],
  ["yrs", "We're a 25-year-old agency.", null],
  ["yrs", "At least a couple of years building APIs.", 2],
  ["yrs", "Senior (5+ yrs)", 5],
  ["pay", "The pay band is $95K to $125K depending on level.", [95000, 125000, "USD", "year"]],
  ["pay", "Compensation: €4,500–€5,500 gross per month.", [4500, 5500, "EUR", "month"]],
  ["pay", "Rate: up to £650/day outside IR35.", [null, 650, "GBP", "day"]],
  ["clear", "Must be able to pass a federal background investigation for a Secret clearance.", true],
  ["clear", "Clearance not needed.", null],
  ["mode", "We're a small crew working shoulder to shoulder in a converted warehouse in Leipzig.", "onsite"],
  ["mode", "You can do this job from your kitchen table.", "remote"],
  ["mode", "We get together in the Paris office on Mondays; the rest of the week is up to you.", "hybrid"],
  ["mode", "Location is flexible, with a preference for people near our Toronto hub.", "remote"],
  ["mode", "The role requires being physically present in our clean room.", "onsite"],
  ["mode", "Our whole company is online-only; we've never had an office.", "remote"],
  ["mode", "Half the week at HQ in Stockholm, half wherever you want.", "hybrid"],
  ["mode", "We're an in-person company; everyone works from our SoMa office.", "onsite"],
  ["mode", "We help remote workers find health insurance.", null],
  ["mode", "Our engineers are spread across Europe and Africa.", "remote"],
  ["mode", "You'll need to be within commuting distance of Zurich.", "onsite"],
  ["mode", "We use a hybrid approach to testing, mixing unit and end-to-end tests.", null],
  ["mode", "Work from home is allowed once a week.", "hybrid"],
  ["mode", "Our Seattle team works in the office four days a week.", "hybrid"],
  ["spons", "We're able to provide visa sponsorship for this role.", true],
  ["spons", "Applicants must be legally entitled to work in the UK; we do not offer sponsorship.", false],
  ["spons", "Sponsorship isn't on the table for this position.", false],
  ["spons", "International applicants: we'll sort out your work permit.", true],
  ["spons", "We're a proud sponsor of PyCon.", null],
  ["spons", "You must be a UK national or hold settled status.", false],
  ["spons", "We've successfully sponsored several Skilled Worker visas.", true],
  ["deg", "Computer Science degree (or similar) from a reputable university.", "bachelor"],
  ["deg", "A PhD isn't required, but research experience is.", null],
  ["deg", "Engineering graduate with a passion for hardware.", "bachelor"],
  ["deg", "Master of Science in Finance or Economics.", "master"],
  ["deg", "We hire people with and without degrees.", null],
  ["yrs", "We're looking for people with 5 to 8 years of industry experience.", 5],
  ["yrs", "You've been a software engineer for over six years.", 6],
  ["yrs", "Our platform is 9 years old.", null],
  ["yrs", "Three or more years of full-stack work.", 3],
  ["pay", "Salary: 180-220k EUR + equity", [180000, 220000, "EUR", "year"]],
  ["pay", "Hourly rate: $70–90", [70, 90, "USD", "hour"]],
  ["pay", "Total comp up to $300k.", [null, 300000, "USD", "year"]],
  ["clear", "Candidates must hold current NV1 security clearance.", true],
  ["clear", "You'll help companies get security clearance for their staff.", null],
  // Classes of phrasing seen in the tune part's misses, each said here in new words.
  ["spons", "Location: Seattle (US work auth required).", false],
  ["spons", "Must have: British citizenship and five years of Java.", false],
  ["spons", "Visa sponsorships: yes.", true],
  ["clear", "You must be willing to undergo a government clearance.", true],
];

const KINDS: Array<[string, string, string[]]> = [
  ["kind", "Business-level Japanese.", ["language"]],
  ["kind", "You communicate confidently in Spanish, both written and spoken.", ["language"]],
  ["kind", "Native or near-native Dutch.", ["language"]],
  ["kind", "Fluency in Mandarin is a strong plus.", ["language"]],
  ["kind", "Proficient in written and spoken English.", ["language"]],
  ["kind", "Experience with natural language processing.", []],
  ["kind", "German at B2 level or higher.", ["language"]],
  ["kind", "Able to work with Portuguese-speaking clients in their language.", ["language"]],
  ["kind", "Must be legally authorised to work in the UK.", ["authorization"]],
  ["kind", "You must be a Canadian citizen or permanent resident.", ["authorization"]],
  ["kind", "Eligible to work in the EU without a visa.", ["authorization"]],
  ["kind", "We do not sponsor; you need existing US work authorization.", ["authorization"]],
  ["kind", "BS/MS in CS or related field, or equivalent practical experience.", ["degree"]],
  ["kind", "University degree in a technical field.", ["degree"]],
  ["kind", "Degree in Computer Science, Mathematics or similar.", ["degree"]],
  ["kind", "Bachelor's or higher in information systems.", ["degree"]],
  ["kind", "No degree needed.", []],
  ["kind", "Active TS/SCI.", ["clearance"]],
  ["kindp", "You'll need a degree in computer science or something close to it.", ["degree"]],
  ["kind", "Right to work in Ireland.", ["authorization"]],
  ["kindp", "Must speak Korean at a professional level.", ["language"]],
  ["kind", "Degree educated, ideally in engineering.", ["degree"]],
  ["kindp", "A bachelor's degree is expected.", ["degree"]],
  ["kind", "Strong written English.", ["language"]],
  ["kind", "Working proficiency in French and English.", ["language"]],
  ["kindp", "This position requires US citizenship due to government contracts.", ["authorization"]],
  ["kind", "Valid EU work permit.", ["authorization"]],
  ["kind", "Comfortable presenting in English to executives.", ["language"]],
  ["kindp", "We serve Spanish-speaking customers across LATAM.", []],
  ["kind", "Experience building multilingual apps (English, Arabic).", []],
  ["kind", "Graduate of a coding bootcamp or self-taught is fine.", []],
  ["kindp", "An undergraduate degree is nice but not needed.", []],
  ["kind", "Spanish and English at C1.", ["language"]],
  ["kind", "Citizenship of an EU member state.", ["authorization"]],
  ["kind", "Degree in Informatics (Diplom or Master).", ["degree"]],
  ["kind", "A CS degree or a bootcamp plus 2 years of experience.", ["degree", "years"]],
  ["kind", "Obtain and maintain a DoD Secret clearance.", ["clearance"]],
  ["kind", "Comfortable reading technical documentation in German.", ["language"]],
  ["kind", "Able to travel to London monthly.", []],
  ["kindp", "We need someone who can converse with our Brazilian customers in Portuguese.", ["language"]],
  ["kindp", "Applicants must be eligible to work in Singapore.", ["authorization"]],
  ["kindp", "We don't mind if you don't have a degree.", []],
  ["kind", "Fluent in both Hebrew and English.", ["language"]],
  ["kind", "Authorization to work in the U.S. without employer sponsorship.", ["authorization"]],
  ["kind", "A relevant bachelor's degree (computer science, software engineering).", ["degree"]],
  ["kind", "Holder of a valid Public Trust.", ["clearance"]],
  ["kind", "Excellent communicator in English, in writing and in meetings.", ["language"]],
  ["kind", "Experience shipping apps in the Japanese App Store.", []],
  ["kindp", "Everyone at Acme has a master's degree, but we don't require one.", []],
  ["kindp", "The role requires existing authorization to work in Canada.", ["authorization"]],
  ["kind", "Native-level Finnish.", ["language"]],
  ["kind", "Speaks Arabic (Gulf dialect preferred).", ["language"]],
  ["kind", "US citizen (required for this contract).", ["authorization"]],
  ["kind", "B.Tech or equivalent.", ["degree"]],
  ["kind", "Knowledge of Romanian tax law.", []],
  ["kind", "Ability to write clear English documentation.", ["language"]],
  ["kindp", "We'd prefer someone with a degree in physics.", ["degree"]],
  ["kindp", "You need Canadian work authorization to be considered.", ["authorization"]],
  ["kindp", "Our app is available in English, Spanish and Portuguese.", []],
];

// Short postings: the kinds of requirement asked and some of the facts, each checked.
const POSTINGS: Array<[string, Record<string, unknown>]> = [
  ["Lumora | Senior Backend Engineer | Berlin | Full-time\n\nLumora builds billing for utilities. We're a team of 14, mostly in Berlin, and we come into the office Tuesdays and Thursdays. You'd work on our Go services and Postgres. We'd love someone who has a degree in CS or a similar field, but experience counts just as much. German isn't required, English is.", {"kinds": ["degree", "language"], "mode": "hybrid"}],
  ["Tidewell | Data Engineer | Remote (Canada)\n\nWe help fisheries track their catch. You should be comfortable with Python and Airflow, and you need to be legally able to work in Canada — we can't sponsor. Pay is CAD 120-140k.", {"kinds": ["authorization"], "spons": false, "pay": [120000, 140000, "CAD", "year"], "mode": "remote"}],
  ["Arcfield | Embedded Engineer | Huntsville, AL | Onsite\n\nArcfield writes flight software for satellites. Because of our contracts, applicants have to be US citizens and able to get a secret clearance. Bachelor's in EE or CE required; 5+ years of C.", {"kinds": ["authorization", "clearance", "degree", "years"], "clear": true, "spons": false, "yrs": 5, "deg": "bachelor"}],
  ["Nordquist | Mobile Developer | Stockholm (hybrid)\n\nWe make a parenting app used by 2M families. We're looking for a React Native developer who speaks Swedish and has shipped at least two apps to the stores.", {"kinds": ["language"], "mode": "hybrid"}],
  ["Pellucid | ML Engineer | London or remote in UK\n\nOur team has published at NeurIPS and ICML. A PhD is welcome but by no means necessary; what matters is that you've trained large models. Candidates must already have the right to work in the UK.", {"kinds": ["authorization"], "deg": null, "spons": false, "mode": "remote"}],
  ["Quarry Labs | Full Stack | NYC | In person\n\nWe're five engineers in a loft in Brooklyn, all in the office every day. We sponsor visas and cover relocation. Looking for TypeScript folks with around 3 years of experience.", {"kinds": ["years"], "spons": true, "mode": "onsite", "yrs": 3}],
  ["Veloxa | Site Reliability Engineer | Remote (EU)\n\nVeloxa runs payment rails for marketplaces. You'll join an SRE team of six spread across Europe. Ideal candidates hold a university degree in computer science, and bring 4+ years running Kubernetes in production. Good Spanish is a bonus since half the team is in Madrid.", {"kinds": ["degree", "language", "years"], "yrs": 4, "deg": "bachelor", "mode": "remote"}],
  ["Hollis & Grey | Software Engineer | Chicago\n\nHollis & Grey is a law firm building its own tools. The role is office-based. A degree isn't needed. Candidates requiring visa sponsorship will not be considered.", {"kinds": ["authorization"], "mode": "onsite", "spons": false, "deg": null}],
  ["Mirador | Frontend Engineer | Remote\n\nWe build maps for hikers. Our founders spent 10 years at Garmin. We'd like you to have built at least one production web app with Svelte or React.", {"kinds": [], "yrs": null, "mode": "remote"}],
  ["Kestrel Bio | Computational Biologist | Cambridge, MA\n\nKestrel designs enzymes. You hold a doctorate in computational biology, biophysics or similar, and write solid Python. Three days a week in the lab in Kendall Square.", {"kinds": ["degree"], "deg": "phd", "mode": "hybrid"}],
  ["Oakline | Support Engineer | Lisbon\n\nOakline's customers are hotels across Portugal and Brazil. You must be fluent in Portuguese and comfortable in English. We are in the office daily.", {"kinds": ["language"], "mode": "onsite"}],
  ["Brightpath | Engineering Manager | Remote (US)\n\nWe make tutoring software for public schools. Must reside in the United States and be authorized to work here without sponsorship. You've managed engineers for at least 3 years.", {"kinds": ["authorization", "years"], "spons": false, "yrs": 3, "mode": "remote"}],
  ["Solvane | Backend Engineer | Tokyo\n\nSolvane builds logistics software for Japanese retailers. Japanese at JLPT N2 or above is required for working with clients; we can support your work visa. 4 years of Java or Kotlin.", {"kinds": ["language", "years"], "spons": true, "yrs": 4}],
  ["Ferrous | Robotics Engineer | Pittsburgh | ONSITE\n\nWe build autonomous welding robots. A master's degree in robotics or mechanical engineering is preferred, not required. Experience with ROS2 and C++.", {"kinds": ["degree"], "deg": "master", "mode": "onsite"}],
  ["Glasswing | Security Engineer | Washington, DC\n\nWe protect federal agencies' networks. Active TS/SCI required. We'll consider candidates who can start within 30 days.", {"kinds": ["clearance"], "clear": true}],
  ["Tandem Health | Staff Engineer | Remote (Canada or US)\n\nWe're open to applicants in Canada or the US. Those outside these countries cannot be considered. 8+ years building web apps, 2 of them leading teams.", {"kinds": ["years"], "yrs": 8, "spons": null}],
  ["Redwood Analytics | Data Scientist | Remote\n\nWe are a small team of PhDs from Stanford and MIT. You'll need a quantitative degree (statistics, economics, CS) and strong SQL.", {"kinds": ["degree"], "deg": "bachelor"}],
  ["Marlow | iOS Engineer | Amsterdam\n\nAmsterdam-based, we offer relocation support and the 30% ruling, and we handle the visa (highly skilled migrant) for you. Dutch is not required.", {"kinds": [], "spons": true}],
  ["Atlas Freight | Developer | Montreal\n\nThe job is in Montreal and French is the working language at the office, so you must be comfortable working in French.", {"kinds": ["language"]}],
  ["Inkwell | Content Platform Engineer | Remote\n\nWe build a platform for publishers translating books between Spanish and English. Experience with Node.js and Postgres.", {"kinds": []}],
  ["Greyfield | Quant Developer | London\n\nWe're a 30-year-old trading firm. A first-class degree in maths, physics or computer science from a top university is expected, and you'll sit with traders on the floor.", {"kinds": ["degree"], "deg": "bachelor", "yrs": null}],
];

describe('facts said in fresh words', () => {
  it.each(FACTS)('%s: %s', (fact, sentence, want) => {
    const f = postingFacts(postingFromText(`Acme | Engineer\n\nWe build tools for farms.\n\n${sentence}`));
    const got =
      fact === 'mode' ? f.workMode
      : fact === 'yrs' ? f.yearsMin
      : fact === 'deg' ? (f.degree?.level ?? null)
      : fact === 'spons' ? f.sponsorship
      : fact === 'clear' ? (f.clearance ? true : null)
      : f.salary ? [f.salary.min, f.salary.max, f.salary.currency, f.salary.period] : null;
    expect(got).toEqual(want);
  });
});

const { matcher, taxonomy } = bundled();
/** The kinds a posting asks besides skills, as eval:requirements counts them: an item's kind, or its years or degree. */
const kindsOf = (text: string) =>
  [...new Set(requirementItems(postingFromText(text), (t) => findSkills(matcher, t), { skillInfo: (id) => taxonomy.byId.get(id) }).flatMap((i) => [i.kind, ...(i.years ? ['years'] : []), ...(i.degree ? ['degree'] : [])]))]
    .filter((k) => k !== 'skills' && k !== 'other')
    .sort();

describe('requirement kinds said in fresh words', () => {
  // "kind": a bullet under a requirements heading; "kindp": a sentence in a posting of prose with no headings.
  it.each(KINDS)('%s: %s', (where, sentence, want) => {
    const text =
      where === 'kind' ? `Acme | Engineer\n\nWe build ledgers.\n\nRequirements:\n- Strong Kotlin\n- ${sentence}` : `Acme | Engineer\n\nWe build ledgers in Kotlin. ${sentence} We ship weekly.`;
    expect(kindsOf(text)).toEqual(want);
  });
});

describe('short postings in fresh words: the kinds asked and the facts', () => {
  it.each(POSTINGS)('%s', (text, want) => {
    const f = postingFacts(postingFromText(text));
    const got: Record<string, unknown> = {
      kinds: kindsOf(text),
      mode: f.workMode,
      spons: f.sponsorship,
      yrs: f.yearsMin,
      deg: f.degree?.level ?? null,
      clear: f.clearance ? true : null,
      pay: f.salary ? [f.salary.min, f.salary.max, f.salary.currency, f.salary.period] : null,
    };
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]))).toEqual(want);
  });
});
