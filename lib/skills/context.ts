import type { Posting, PostingSection } from '../posting/types';
import { Prepared, score, shipped as shippedModel } from './context-model';
import type { SkillHit } from './matcher';
import { heldAlike, narrow } from './tokenize';
import { s60Class } from './context-s60';
import { s61Class } from './context-s61';
import { s62Class } from './context-s62';
import { shortLines } from '../posting/short-lines';
import softSkills from '../../taxonomy/skills/soft.json';

/**
 * Context rules by class, applied to a posting's skill hits after the matcher
 * (lib/analyze.ts). The matcher knows one skill's forms and their immediate
 * neighbours; these rules know what a posting says around a mention, and drop
 * a mention that is not asked of the candidate (../shared/LABELLING.md, "Not a
 * skill"):
 *
 *  - own:        the employer's own name and products ("Acme | Staff Engineer",
 *                "Lattice is our query engine");
 *  - team:       teams the hire works with and people they report to
 *                ("partner with Product, Design and Data Science", "report to the VP of Security");
 *  - background: what founders, investors, customers or partners use or did
 *                ("backed by the venture arms of …", "our customers include …", "teams at
 *                Figma, Canva and …", "companies like Block, Canva …");
 *  - apply:      application instructions ("send us your GitHub or GitLab profile");
 *  - consumer:   products in a consumer sense ("chat assistants like …");
 *  - verb:       a form read as a verb phrase ("build systems from scratch");
 *  - analogy:    a pitch by comparison ("think of us as the Figma of …", "Notion for lawyers",
 *                "an HTMX-like framework");
 *  - market:     what the employer's product serves or runs on, said of the company
 *                ("we build infrastructure for AI agents", "LLM-powered contract review");
 *  - degree:     the field of a degree ("a BS in physics, math or computer science");
 *  - negated:    what the text sets aside ("not another chatbot", "(not LLMs)", "no CRUD",
 *                "rather than pure support or customer success");
 *  - pitch:      a field, practice or quality named in a sentence whose subject is the
 *                company ("We help clinics automate compliance", "Acme brings
 *                collaboration to shared inboxes", "our culture is collaborative"):
 *                what the employer does or is like, not what it asks. Named tools
 *                in the same sentence ("we run on Postgres") stay: they are its stack.
 *  - market:     also the customers' problem, told of them ("Most clinics still track
 *                compliance in spreadsheets"): their world, not the hire's;
 *  - own also:   the company cell of the "Company | Title | Place" line ("Acme (EdTech) | …");
 *  - link:       the title of a linked page ("- Edge SDK: https://…"), unless it is a job's title
 *                or the link goes to one job's page;
 *  - perk:       a soft skill the job offers rather than asks ("this role has huge ownership",
 *                "salary + meaningful ownership", "an entry role with mentorship").
 *  - market also: the kind of thing the company is or sells ("… is building the AI-native eDiscovery
 *                platform", "a data startup building …"), and the tools its customers are stuck with
 *                ("an industry that still runs on spreadsheets");
 *  - pitch also: the posting's opening paragraph under its header line, before anything speaks to the
 *                candidate, and a soft skill the company claims for its work ("we solve hard problems for …");
 *  - analogy also: a named product the company compares itself with ("on the scale of …", "an X fork",
 *                "an alternative to …", "more efficient than using Excel");
 *  - apply also: a word of a spelled-out e-mail address ("ssl @ acme", "jobs [at] shop [dot] com");
 *  - own also:   the stores beside a download count ("(2M+ downloads, iOS/Android)") or a rank ("one of the
 *                largest recipe apps on iOS and Android"), and a capitalised form opening a longer proper name
 *                ("the Agentic Data Plane");
 *  - team also:  people named by their role in the list ("partner with product managers and designers"), and who
 *                the team or its community are ("a team of doctors, engineers and product designers");
 *  - negated also: what the team never waits for or relies on ("we don't wait for specs or UX research"), a list
 *                joined by "or" after the marker, and "not classic/traditional X";
 *  - pitch also: a rhetorical question to the product's user ("Ever felt lost in the AWS console?", "Tired of …?");
 *  - link also:  a soft skill in the Title Case title of a guide or post ("our guide How to Collaborate with AI");
 *  - background also: where the staff worked before ("ex-GitHub CTO", "a team of 10 from …", "hails from …") and
 *                the expertise they bring ("Our team includes deep expertise in …");
 *  - market also: the fields a company sits between ("a startup at the intersection of system design and AI");
 *  - own also:   a product whose name leads with the employer's, written without it ("Claude" in Anthropic's posting);
 *  - perk also: a tool the job pays for ("a stipend for Cursor", "every engineer gets Claude Code"), and a named thing or
 *                soft skill in a list headed "Benefits", "Perks", "What we offer";
 *  - market also: what the product's users do ("users who collaborate in real time"), and the kind the company
 *                says it is ("We're a drug discovery company - …", "Tunnelo is a VPN app …") unless the sentence
 *                names what the product is built on or speaks to you;
 *  - pitch also: a quality the company boasts as a figure ("99.99% uptime"), and a claim about where the world
 *                goes ("AI agents are about to …", "we believe the future of DevOps isn't …");
 *  - apply also: application material listed just after the instruction's sentence ("Email … ... short note + GitHub");
 *  - market also: the field of the employer's product ranked by its kind ("the most popular open source data
 *                labeling platform", "a leading fraud detection platform").
 *  - person:     a person who bears a tool's name ("Ruby, our CTO, …", "ask Jenkins, the recruiter", "our design lead,
 *                Django …", "Dana Jenkins and Li Wei founded …");
 *  - place:      a place that bears a tool's name ("an office in Phoenix, AZ", "hubs in Aurora, Colorado").
 *  - market also: a field in brackets after the employer's name ("I work at Zoox (autonomous vehicles)"), and the kind
 *                of a "fast-growing … platform";
 *  - own also:   a field in the name of the employing institution ("the Department of Physics, Statistics and …");
 *  - negated also: what a sentence opening on "Unlike …" or "Instead of …" sets aside, up to its main clause ("Unlike
 *                most shops, where you wait on Jira tickets, here …");
 *  - market also: the form that is itself the company's kind ("We're a payments provider …"), and a soft skill naming
 *                what the product is ("a coaching app for runners");
 *  - perk also:  autonomy or ownership the team has or the job's setting offers ("teams stay highly autonomous", "a
 *                high-ownership environment"), unless the sentence asks it ("ability to work in …");
 *  - pitch also: what the company wants its users to stop doing ("we want teams to stop worrying about …");
 *  - english:    a form that ordinary English spells ("high-quality engineering" is no Quality engineering);
 *  - person also: the author's own role or team ("I'm an engineer on the Android team");
 *  - person also: the author's own function ("I lead recruiting here at Acme");
 *  - pitch also: a soft skill said of the employer by its name ("Acme is more pragmatic"); perk also: what a method or the job
 *                gives teams ("gives teams real ownership");
 *  - market also: the workloads or needs the team's system serves ("a storage layer powering ML workloads");
 *  - fact:       a security clearance ("Security: must be cleared", "eligible for a Secret clearance"): a requirement of
 *                its own, no skill;
 *  - not a posting: a candidate's own post ("SEEKING WORK | …", "Location: … Willing to relocate: …", "I'm a full-stack
 *                developer … Looking for: freelance contracts") asks nothing at all (`candidatePost`).
 *  - pitch also: the company's vision of the field it changes ("on a mission to reinvent …", "unlocking the next generation
 *                of …"), and the items of a list headed "About the company" or "We sit at the intersection of:";
 *  - market also: the clause of the product's users ("lets non-technical teams build …"), the product named then its kind
 *                ("Skyway, a new kind of … tool"), the list of what the company sells ("Our products span …"), and the
 *                examples of what the product identifies ("to identify things like … (e.g., cloud migrations)");
 *  - team also:  the teams the work serves, named in brackets ("tools for internal teams (legal, finance, …)");
 *  - perk also:  the items of a list headed "Why Acme?" or "Why join us?", the reasons to join;
 *  - analogy also: "what <product> did for <field>"; pitch also: a platform the company ranked on ("#3 trending on GitHub");
 *  - market also: what the product does "in your company", the reader as its customer;
 *  - apply also: a mail service closing an address spelled in words ("email me at dana okafor gmail");
 *  - pitch also: the means named before the main clause of "By combining A, B and C, we help …";
 *  - team also:  other openings by department up to where they are open ("roles for sales, HR and … open in Leeds");
 *  - pitch no more: the team's own work ("Our group mostly builds …", "we train our own …", "leveraging …"): the stack the
 *                team works in is a skill (../shared/LABELLING.md).
 *  - market also (s37): what the employer's product does, told of it as the subject to its customer ("Our platform detects
 *                buying signals across your stack, prioritizes …"), the field as a market ("The EMR space has …"), and what
 *                customers pay for ("Startups pay $10K for brand identity");
 *  - team also:  the field a recruiter hires for ("Senior GTM Recruiter"); apply also: a profile after "links/" in the
 *                instruction; negated also: "pre <product>" written without the hyphen.
 *  - own also:   software the employer built, named as examples ("libraries we've open-sourced, such as …"), and a header
 *                cell opening on a superlative ("Acme | Fastest Inference API | …"); english also: "autonomous" said of a
 *                machine ("autonomous AI agents"), no trait of a person.
 *  - team also:  a short list of departments after "hiring", in any case ("Hiring Eng, Design, GTM"); the product's user
 *                also in "keeps your …" ("a sync engine that keeps your database …"), whose "your" is not the candidate's.
 *  - session 38 (s38Class, test/unit/context-s38.test.ts): the header line glued to the opening is cut at the opening
 *                ("… | Paris (HQ) We're building …"), so the rules above read the company's sentence; own also: a product the
 *                employer names itself by ("Microsoft Azure Data | …" then "Azure Databases"); market also: "<Acme>/we is the
 *                <field> for …", "the problem we're solving" sentences, a feature list holding "<Tool> export/integration",
 *                what the company's crawlers collect ("every Android app"), the field of "our … startup", and (s37's rule brought
 *                back) "by combining …", "replacing the … stack"; team also: departments before plural roles ("Strategy & QA
 *                roles …"); background also: company names after "experience at" ("years at Canva, Atlassian or AWS"); not a posting also:
 *                "I'm currently looking for a job" with no header line.
 *  - session 46 (s46aClass, test/unit/context-s46.test.ts): perk also: the office kit a company uses for itself ("We use Jira
 *                for planning and Google Meet for calls") and what it pays for ("whichever AI tools you like"); negated also:
 *                tools named, then waved away in the next clause ("…; that's for our protection, not a requirement", "you won't be
 *                asked to touch either"); consumer also: the platforms a game sells copies on and the phones a product's users hold
 *                ("on older Android phones"); own also: the platforms by install counts in words and in brackets after "our app";
 *                apply also: a profile site weighed beside the CV; background also: "a team out of …", "previously an engineer on
 *                X's team"; negated also: what the team prefers something over.
 *
 * Each rule judges a class of sentence, never one phrase: the unit tests give
 * each class fresh examples and counter-examples (test/unit/context.test.ts).
 */

export type ContextClass = 'own' | 'team' | 'background' | 'apply' | 'consumer' | 'verb' | 'analogy' | 'market' | 'degree' | 'pitch' | 'negated' | 'link' | 'perk' | 'person' | 'place' | 'fact' | 'english';

export interface PostingNames {
  /** Lowercased names the posting's employer goes by: its name, its products. */
  own: string[];
  /** The text is a candidate's own post, no posting ("SEEKING WORK | …"): it asks nothing (`candidatePost`). */
  candidate?: boolean;
}

// ---- not a posting: a candidate's own post ----

/**
 * "SEEKING WORK | …", "SEEKING | ML Engineer | …", "SEEKING REMOTE DESIGN ROLES", "Seeking freelance work …": a post that
 * opens on what its author seeks. Capitals, as job threads write it, or "seeking" with what a candidate seeks. A founder
 * "SEEKING (A) PARTNER" or co-founder asks things of them, as a posting does.
 */
const SEEKING_OPEN = /^[\s#*_>]*(?:SEEKING(?![^\n]{0,40}\b(?:PARTNERS?|CO-?FOUNDERS?|COFOUNDERS?|Partners?|Co-?founders?|Cofounders?)\b)(?:\s*[|:\u2013\u2014-]|\s+(?:[A-Z][A-Z/&+-]*\s+){0,4}(?:WORK|OPPORTUNIT(?:Y|IES)|ROLES?|POSITIONS?|FREELANCE\w*|CONTRACTS?|EMPLOYMENT|JOBS?|GIGS?)\b)|[Ss]eeking (?:freelance|contract|part[- ]time|remote) (?:work|roles?|gigs?|projects?|opportunities)\b|[Ss]eeking work\b)/;
/** The form of a job thread's candidate post: a first line "Location: …", and "Willing to relocate: …" soon after. */
const SEEKER_FORM_FIRST = /^[\s#*_>]*location\s*:/i;
const SEEKER_FORM_RELOCATE = /\bwilling to relocate\s*:/i;
/** "I'm a full-stack developer with …", "Hi, I am an ML engineer …": the text opens on its author's own trade. */
const SELF_INTRO = /^[\s#*_>]*(?:(?:hi|hello|hey)\b[,!.]?\s+)?(?:I(?:'|\u2019)m|I am)\s+(?:a|an)\s+(?:[\w/+.-]+\s+){0,4}?(?:developer|engineer|designer|freelancer|consultant|architect|scientist|programmer|contractor|analyst)s?\b/i;
/** … and says what its author looks for: "Looking for: freelance contracts", "open to remote roles". */
const SELF_SEEKS = /\b(?:looking for|open to|seeking|available for)\s*:?\s+(?:(?:new|a|an|remote|short|long|paid)[\w-]*\s+){0,3}(?:freelance|contracts?|contract work|part[- ]time|full[- ]time|remote|roles?|opportunit(?:y|ies)|work|engagements?|positions?|projects?|gigs?|clients?)\b/i;
/** "I help teams audit their …", "I work with startups to …": a consultant's or freelancer's offer, in the first person, of a service. */
const SELF_OFFERS = /(?:^|[.!?]\s+|\n)\s*I (?:help|work with|partner with|offer|provide) (?:[\w-]+ ){0,2}?(?:teams|companies|startups|founders|businesses|clients|organi[sz]ations|engineering teams|CTOs)\b/i;
/** … with what a service's offer says: a price, a call to book, an audit or a report. */
const OFFER_SAYS = /\b(?:book|free|discovery|intro|clarity)\b[^.\n]{0,20}\bcall\b|\bcal\.com\/|\bcalendly\b|\baudits?\b|\b(?:per|an|\/)\s?(?:hour|hr|day|project)\b|\bmy (?:rates?|services|clients)\b/i;
/** What a hiring post says that a candidate's never does. */
const HIRING_SAYS = /\bwe(?:'|\u2019)?re (?:hiring|looking|seeking)\b|\bwe are (?:hiring|looking|seeking)\b|\bjoin (?:us|our)\b|\b(?:our|my) team is (?:hiring|growing|looking)\b|\bwe(?:'|\u2019)d love to (?:hear|meet)\b/i;

/**
 * The text is a candidate's own post (a job thread's "SEEKING WORK" reply, a freelancer's pitch), not a posting: what it
 * names is the author's own stack, asked of nobody (../shared/LABELLING.md asks what a posting asks of the candidate).
 * Read from its opening: the first lines and what they say the author seeks.
 */
export function candidatePost(opening: string): boolean {
  const head = opening.slice(0, 1500);
  // (Each long pattern only after a cheap test for a word it needs: the worker keeps what a pattern compiles to.)
  const lower = head.toLowerCase();
  if (lower.includes('seeking') && SEEKING_OPEN.test(head)) return true;
  if (SEEKER_FORM_FIRST.test(head) && SEEKER_FORM_RELOCATE.test(head.slice(0, 500))) return true;
  // "I help teams audit their distributed systems … Free 20-min call first": a consultant offering a service, no posting.
  if (lower.includes('i ') && SELF_OFFERS.test(head.slice(0, 600)) && OFFER_SAYS.test(head) && !HIRING_SAYS.test(head) && !/\b(?:hiring|apply|applicants?|candidates?|salary|equity)\b/i.test(head)) return true;
  if ((lower.includes("i'm") || lower.includes('i\u2019m') || lower.includes('i am')) && SELF_JOB_HUNT.test(head.slice(0, 500)) && !head.split('\n').find((l) => l.trim())?.includes('|') && !HIRING_SAYS.test(head)) return true;
  return (lower.includes("i'm") || lower.includes('i\u2019m') || lower.includes('i am')) && SELF_INTRO.test(head) && SELF_SEEKS.test(head) && !HIRING_SAYS.test(head);
}
/** "I'm currently looking for a job", "I am seeking new opportunities" (session 38): the author hunts for work; with no header line, the post is theirs. */
const SELF_JOB_HUNT = /\b(?:I(?:'|\u2019)m|I am) (?:(?:currently|now|actively|also) )*(?:looking|searching|seeking|hunting) (?:for )?(?:a |an |my next |new |a new )?(?:(?:full[- ]time|part[- ]time|remote|contract|freelance) )?(?:job|role|position|opportunit(?:y|ies)|employment|work)\b/i;

const LEGAL = /\b(?:inc|llc|ltd|gmbh|corp|corporation|co|company|labs?|technologies|technology|hq|group|plc|sa|ag|bv|oy|ab)\b\.?/gi;

/** The employer's name without a legal suffix or a web address ending ("Acme Labs, Inc." → "acme"; "krea.ai" → "krea"). */
export function companyNames(company: string): string[] {
  const out = new Set<string>();
  // "[Acme](https://acme.dev)": a Markdown link's text is the name.
  // "LiveKit|https://…| VoiceAI": cells run together without spaces; the first is the employer.
  const c = company.split('|')[0]!.replace(/^[\s#*_>]+|[*_]+$/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\(.*?\)/g, ' ').replace(/https?:\/\/\S+/g, ' ').trim();
  if (!c) return [];
  for (const part of c.split(/\s*[/,]\s*|\s+\(|\s+-\s+|\s+–\s+/)) {
    const domainless = part.replace(/\.(?:ai|io|com|dev|co|app|so|net|org|tech|sh|xyz|inc)\b/gi, '').trim();
    for (const name of [part.trim(), domainless, domainless.replace(LEGAL, '').replace(/[\s,.]+$/, '').trim()]) {
      if (name.length >= 2) out.add(name.toLowerCase());
    }
    // "Redpanda Data", "Atria Health": the text calls the employer by its first word(s) too.
    const generic = /^(.{4,}?)\s+(?:data|ai|health|systems|software|security|robotics|cloud|bio|analytics|energy|finance|capital|networks|solutions|digital|studios?|games|dev|io|computing|intelligence)$/i.exec(domainless.replace(LEGAL, '').replace(/[\s,.]+$/, '').trim());
    if (generic) out.add(generic[1]!.toLowerCase());
  }
  return [...out];
}

/**
 * Two more capitalised words run on from the form ("Agentic Data Plane", "Nomad Travel Insurance"): a product's or an
 * institution's name. Not a role ("Python Software Engineer"), the tool's own parts ("Kafka Connect API"), nor what is built
 * with it ("Flutter Mobile App", "Django Web Application").
 */
const NAME_AFTER_WORDS = /^ ([A-Z][a-z][\w-]*) ([A-Z][a-z][\w-]*)\b/;
/** Words that, first after the form, make it no name: a role, the tool's own parts, what is built with it. */
const NOT_NAME_FIRST = new Set(['Mobile', 'Web', 'Desktop', 'Frontend', 'Backend', 'Front', 'Back', 'Software', 'Engineer', 'Engineers', 'Engineering', 'Developer', 'Developers', 'Development', 'Architect', 'Architects', 'Lead', 'Leads', 'Expert', 'Experts', 'Specialist', 'Specialists', 'Administrator', 'Administrators', 'Admin', 'Admins', 'Consultant', 'Consultants', 'Analyst', 'Analysts', 'Scientist', 'Scientists', 'Manager', 'Managers', 'Designer', 'Designers', 'Researcher', 'Researchers', 'Intern', 'Interns', 'Certified', 'Certification', 'Professional', 'Associate', 'Fundamentals', 'Experience', 'Skill', 'Skills', 'Team', 'Teams', 'Role', 'Roles', 'API', 'APIs', 'SDK', 'SDKs', 'Cloud', 'Platform', 'Service', 'Services', 'Function', 'Functions', 'Connect', 'Stream', 'Streams', 'Native', 'Studio', 'Server', 'Framework', 'Stack', 'Toolkit', 'Suite']);
/** Words that, second after the form, make it a role or a skill's noun: "Python Software Engineer", "Kafka Stream Experience". */
const NOT_NAME_SECOND = new Set(['Engineer', 'Engineers', 'Engineering', 'Development', 'Developer', 'Developers', 'Architect', 'Architects', 'Lead', 'Leads', 'Expert', 'Experts', 'Specialist', 'Specialists', 'Administrator', 'Administrators', 'Consultant', 'Consultants', 'Analyst', 'Analysts', 'Scientist', 'Scientists', 'Manager', 'Managers', 'Designer', 'Designers', 'Researcher', 'Researchers', 'Intern', 'Interns', 'Experience', 'Skill', 'Skills', 'Team', 'Teams', 'Role', 'Roles']);
/** (Words and sets, not one regex of lookaheads: that compiled to ~50 KB of native code in the service worker.) */
const NAME_AFTER = {
  test(after: string): boolean {
    const m = NAME_AFTER_WORDS.exec(after);
    // A word counts by its part before a hyphen, as a "\b" after the listed word read it ("Web-based").
    return m !== null && !NOT_NAME_FIRST.has(m[1]!.split('-')[0]!) && !NOT_NAME_SECOND.has(m[2]!.split('-')[0]!);
  },
};

/**
 * A run of tools written without commas ("Bash Perl Python", "Ansible Puppet Chef"): the two words after the form are named
 * tools the matcher found too (capitalised, not a field in words), or the next word is one inside a list already begun, so
 * the capitalised run lists skills, not a product's name.
 */
function toolRunAfter(hit: SkillHit, others: readonly SkillHit[], text: string): boolean {
  const m = NAME_AFTER_WORDS.exec(text.slice(hit.end, hit.end + 60));
  if (!m) return false;
  const named = (at: number) => others.find((x) => x.start === at && x !== hit && /^[A-Z]/.test(x.text) && !conceptForm(x));
  // Both words NAME_AFTER reads are such tools, one or two words each: "Bash Perl Python" lists three, "AWS Microsoft Azure
  // Google Cloud" three clouds; "Agentic AI Security Platform" names one thing.
  const end = hit.end + m[0].length;
  let at = hit.end + 1;
  for (let o = named(at); o; o = named(at)) {
    at = o.end + 1;
    if (at >= end) return true;
  }
  // Or the next word is one and the run is already a list before the form: a named tool right before it ("PostgreSQL
  // Oracle MySQL"), or a cue of examples ("such as Hadoop Spark SparkML", "(Maven Gradle Ant)").
  if (!named(hit.end + 1)) return false;
  const lead = text.slice(Math.max(0, hit.start - 12), hit.start);
  return /(?:\bsuch as|\be\.g\.?|\blike|\bincluding|[(:])\s*$/i.test(lead) || others.some((x) => x.end === hit.start - 1 && x !== hit && /^[A-Z]/.test(x.text) && !conceptForm(x) && text[x.end] === ' ');
}

/** A capitalised name and a legal suffix opening the text ("Northwind Inc, Remote …", "Acme Robotics GmbH – Berlin"). */
const LEGAL_LEAD = /^\s*((?:[A-Z][\w.&'-]*\s+){1,3}(?:Inc|LLC|Ltd|GmbH|Corp|Corporation|PLC|AG|BV)\b\.?)\s*[,(|–—-]/;

/** "Acme Data (YC W22) Is Hiring …": the batch follows the employer's name. */
const YC_TITLE = /^\s*([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) \(YC [SWFX]\d{2}\)/m;
/** "Founding Engineer at Acme Data | Y Combinator": a YC job page's title. */
const YC_PAGE = /\bat ([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) \| Y Combinator\b/;

/** A company's word after a name ("Lumen Labs", "Harbor Networks"); ORG_SUBJECT's: without one that pattern is not run. */
const ORG_WORD = /\b(?:Labs|Inc|Technologies|Systems|Software|Health|Robotics|Networks|Analytics|Bank|Group|GmbH|Ltd|LLC)\b/;
const ORG_SUBJECT =
  /(?:^|[.!?]\s+|\n)((?:[A-Z][\w&'-]*\s+){1,2}(?:Labs|Inc\.?|Technologies|Systems|Software|Health|Robotics|Networks|Analytics|Bank|Group|GmbH|Ltd\.?|LLC))\s+(?:is|are|was|builds?|makes?|trains?|runs?|helps?|provides?|offers?|creates?|develops?|designs?|powers?|serves?|has|have|moves?|gives?)\b/g;

/** "Reports to: VP of …", "Reporting line: Head of …". */
const REPORT_LINE = /\breport(?:s|ing)?(?: lines?| to)?\s*:\s*(?:the |our )?(?:svp|evp|vp|head|director|chief|manager|lead)\b[\w\s,&-]*$/i;

/** A sentence whose subject is the product or its users, and a verb of what it opens, imports or lives in, before the form. */
/** A verb each PRODUCT_FEATURE match holds: without one the long pattern is not run. */
const FEATURE_VERB = /\b(?:reads?|opens?|imports?|exports?|syncs?|pulls?|push(?:es)?|parses?|ingests?|connects?|plugs?|lives?|sits?|works?|embeds?)\b/i;
const PRODUCT_FEATURE = /^[\s•*-]*(?:(?:our|the) (?:[\w-]+ )?(?:app|apps|product|products|plugin|plugins|extension|extensions|integration|integrations|tool|software|platform)|(?:our )?(?:users|customers|clients|patients|members))\s+(?:[\w-]+ ){0,2}?(?:reads?|opens?|imports?|exports?|syncs?|pulls?|pushes?|parses?|ingests?|connects? (?:to|with)|plugs? into|lives? (?:inside|in|within)|sits? (?:inside|in|within)|works? (?:inside|within)|embeds? (?:in|into))\b[^.;:]{0,60}$/i;
/** "… featured us", "… named us": the form is news about the company. */
const FEATURED_US = /^\s+(?:featured|named|selected|recognized|recognised|highlighted|invited|picked|chose|spotlighted|showcased)\s+us\b/i;
const PARTNER_AFTER = /^\s+(?:partners?|partner network|partner of the year|startup program|accelerator)\b/i;
const PARTNER_BEFORE = /\b(?:top|official|premier|certified|preferred|leading|an?|one of the(?: \w+)?)\s+$/i;

/** A name that ends on a role's noun ("support engineer", "senior data scientists"): a job's title, never an employer. */
const ROLE_TAIL = /\b(?:engineers?|developers?|designers?|managers?|scientists?|architects?|analysts?|interns?|specialists?|researchers?|recruiters?|consultants?)$/i;

/** A proper noun as a product: "our X", "X is our …", "we built X", "the makers of X", "introducing X". */
const PRODUCT_BEFORE = /\b(?:[Oo]ur (?:product|platform|app|tool|engine|service|flagship(?: product)?)s?,?|[Ww]e(?:'ve| have)? (?:built|launched|created|make|ship|shipped) |[Ww]e(?:'re| are) (?:the )?(?:makers|creators|builders|team) (?:of|behind) |(?:[Mm]akers|[Cc]reators|[Tt]he team behind|[Tt]he company behind) (?:of )?|[Ii]ntroducing )((?:[A-Z][\w.+-]*)(?: [A-Z][\w.+-]*){0,2})/g;
/** "… has built its own Relay, Beacon (BC) and Harbor": every product in the list is the employer's own. */
const PRODUCT_OWN = /\b(?:built|launched|created|shipped|develops?|developed) (?:its|our|their) own ((?:[A-Z][\w+-]*(?:\.[\w+-]+)*)(?: [A-Z][\w+-]*(?:\.[\w+-]+)*){0,2})/g;
const PRODUCT_NEXT = /^(?:\s*\([^)]{1,15}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)((?:[A-Z][\w+-]*(?:\.[\w+-]+)*)(?: [A-Z][\w+-]*(?:\.[\w+-]+)*){0,2})/;
const PRODUCT_AFTER = /(?:^|[.!?]\s+|\n)((?:[A-Z][\w.+-]*)(?: [A-Z][\w.+-]*){0,2}),? (?:is|are) (?:(?:our|the company's) (?:\w+ ){0,3}(?:product|platform|app|tool|engine|service|offering)s?|(?:a|an|the) (?:core|key|flagship|main|central|major|new|first) products? (?:at|of|from)\b)/g;

/** The verbs by which a company serves its customers ("equips", "helps", "lets"), SELF_NAMED's: without one that pattern is not run (a plain search, no pattern of its own). */
const SERVES_WORDS = ['equips', 'helps', 'enables', 'empowers', 'lets', 'allows', 'gives', 'serves', 'protects'];
/**
 * "PostHog equips developers to …", "Acme helps small clinics …": a proper name heading a sentence with a verb of serving
 * whose object is the customers is the employer, whatever the header says.
 */
const SELF_NAMED = /(?:^|[.!?]\s+|\n)[\s•*#>-]*(?!(?:This|That|These|Those|There|Here|The|A|An|Each|Every|What|Who|Which|It|Its|You|Your|If|When|As|Our|We|Today|Now|AI)\b)([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}) (?:equips|helps|enables|empowers|lets|allows|gives|serves|protects) (?:[\w-]+ ){0,2}(?:developers|engineers|teams|companies|businesses|customers|users|organi[sz]ations|enterprises|creators|brands|sellers|merchants|founders|startups|people|anyone|everyone)\b/g;

/** The names a posting's employer goes by: its company field and the products its text calls its own. */
export function postingNames(posting: Pick<Posting, 'company' | 'sections'>): PostingNames {
  // A first cell that names a role ("Support Engineer | Remote | …") is the title, not the employer.
  const own = new Set(companyNames(posting.company).filter((n) => !ROLE_TAIL.test(n)));
  // "Northwind Inc, Remote (12 roles)": with no "Company | Title" cells, a legal name opening the posting is the employer.
  const texts = heldAlike(posting.sections.map((x) => x.text));
  const first = texts[0] ?? '';
  const legal = own.size === 0 ? LEGAL_LEAD.exec(first) : null;
  if (legal) for (const n of companyNames(legal[1]!)) own.add(n);
  // "Acme Data (YC W22) Is Hiring: …", "Founding Engineer at Acme Data | Y Combinator": a batch's job post names its employer.
  const head = posting.sections.slice(0, 2).map((x) => `${x.heading}\n${x.text.slice(0, 400)}`).join('\n');
  if (head.includes('(YC ') || head.includes('| Y Combinator')) {
    for (const re of [YC_TITLE, YC_PAGE]) {
      const m = re.exec(head);
      if (m) for (const n of companyNames(m[1]!)) own.add(n);
    }
  }
  // "Lumen Labs trains and serves recommendation models …": a name with a company's word, the subject of what it does.
  for (const text of texts.slice(0, 3)) {
    if (!ORG_WORD.test(text)) continue;
    ORG_SUBJECT.lastIndex = 0;
    for (let m = ORG_SUBJECT.exec(text); m; m = ORG_SUBJECT.exec(text)) for (const n of companyNames(m[1]!)) own.add(n);
  }
  for (const text of texts) {
    for (const re of [PRODUCT_BEFORE, PRODUCT_AFTER]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) own.add(m[1]!.toLowerCase());
    }
    if (SERVES_WORDS.some((w) => text.includes(w))) {
      SELF_NAMED.lastIndex = 0;
      for (let m = SELF_NAMED.exec(text); m; m = SELF_NAMED.exec(text)) own.add(m[1]!.toLowerCase());
    }
    PRODUCT_OWN.lastIndex = 0;
    for (let m = PRODUCT_OWN.exec(text); m; m = PRODUCT_OWN.exec(text)) {
      own.add(m[1]!.toLowerCase());
      let at = m.index + m[0].length;
      for (let n = PRODUCT_NEXT.exec(text.slice(at)); n; n = PRODUCT_NEXT.exec(text.slice(at))) (own.add(n[1]!.toLowerCase()), (at += n[0].length));
    }
  }
  // "About Tidewell", "Company: Oakhollow Outfitters", "Tidewell is an equal opportunity employer": a career page names its employer (s41).
  for (const n of careerPageNames(posting.sections)) own.add(n);
  // A candidate's post reads the same way whatever headings the posting reader found in it.
  const opening = posting.sections.slice(0, 4).map((x) => (x.heading ? `${x.heading}: ` : '') + x.text).join('\n');
  return candidatePost(opening) ? { own: [...own], candidate: true } : { own: [...own] };
}

/**
 * How far a sentence reaches either side of a mention. A sentence of prose is far shorter; a line of thousands of list
 * items with no full stop (a hostile page, a dump of tags) would otherwise be read whole for every mention in it, and the
 * rules that read the sentence would take time growing with the square of the line.
 */
const SENTENCE_REACH = 1000;

/** Where a sentence (or bullet, or line) begins and ends around [start, end), at most SENTENCE_REACH either side. */
function sentenceAt(text: string, start: number, end: number): [number, number] {
  let a = start;
  const floor = Math.max(0, start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  while (a > floor) {
    const ch = text[a - 1]!;
    if (ch === '\n' || ch === '•' || ch === ';' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[a] ?? ' ') && !(ch === '.' && abbreviationAt(text, a - 1)))) break;
    a--;
  }
  let b = end;
  while (b < ceiling) {
    const ch = text[b]!;
    if (ch === '\n' || ch === '•' || ch === ';' || ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[b + 1] ?? ' ') && !(ch === '.' && abbreviationAt(text, b)))) break;
    b++;
  }
  return [a, b];
}

/** The full stop at `dot` closes "e.g." or "i.e." ("threats (e.g. malware, phishing)"): the sentence goes on. A plain look, no pattern: it runs per character. */
function abbreviationAt(text: string, dot: number): boolean {
  const c = text[dot - 1]?.toLowerCase();
  return (c === 'g' || c === 'e') && text[dot - 2] === '.' && (text[dot - 3]?.toLowerCase() === (c === 'g' ? 'e' : 'i')) && !/[\p{L}\p{N}]/u.test(text[dot - 4] ?? ' ');
}

/** A clause: the sentence cut further at a colon, a dash or a parenthesis closing before the hit. */
function clauseBefore(text: string, sentenceStart: number, start: number): string {
  const s = narrow(text.slice(sentenceStart, start));
  const cut = Math.max(s.lastIndexOf(':'), s.lastIndexOf(' – '), s.lastIndexOf(' — '), s.lastIndexOf(' - '));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

// ---- team: collaborators and reporting lines ----

/** Words that, heading a clause, make what follows a list of people or teams. */
const WORK_WITH = /\b(?:partner(?:s|ing)?|collaborat(?:e|es|ing|ion)|collab with|work(?:s|ing)? (?:closely |directly |hand[- ]in[- ]hand |side[- ]by[- ]side )?(?:with|alongside|across)|alongside|liais(?:e|ing) with|interface with|coordinat(?:e|ing) with|cross-functional(?:ly)? with|teams (?:across|spanning|including)|report(?:s|ing)? (?:directly |in)?to|join(?:ing)? (?:our|the)|sits? (?:within|in|inside) (?:our|the)|sit(?:s|ting)? (?:next to|beside|with)|embedded (?:with|in)|(?:is|are|be) part of (?:our|the)|(?:sits?|sitting|bridge|bridging|(?:the )?liaison|translat(?:e|es|ing)) between|(?:and|&) between|support(?:s|ing)?|(?:stakeholders|collaborators|counterparts) (?:include|including|are|span|spanning))\b/i;
/** Words (lower case) one of which stands in anything WORK_WITH matches. */
const WORK_WITH_WORDS = ['partner', 'collab', 'work', 'alongside', 'liais', 'interface with', 'coordinat', 'cross-functional', 'teams ', 'report', 'join', 'sit', 'embedded', 'part of', 'between', 'support', 'stakeholders', 'counterparts'];
/** What a list of teams ends with, or names within it. */
const TEAM_NOUN = /^\s*(?:(?:and|&|,|\/)\s*)?(?:[\w&/-]+,?\s+){0,4}?(?:teams?|orgs?|organi[sz]ations?|functions?|groups?|departments?|leads?|leaders(?:hip)?|stakeholders?|counterparts|partners|colleagues|peers|engineers|scientists|researchers|designers|managers|squads?|pods?|folks|people|crew|communit(?:y|ies))\b/i;
const DEPARTMENT_WORD = /^(?:(?:product|customer|technical|people|sales|revenue|business|account|field)\s+(?:design|management|support|success|operations|ops|marketing|development)|consulting|strategy|product|design|sales|marketing|finance|legal|operations|ops|research|engineering|support|success|go-to-market|gtm|leadership|executives?|founders?|ux|hr|people|recruiting|clinical|business|growth|commercial|partnerships|customers?|designers|researchers|scientists|engineers|qa|devops|sre|it|security|infrastructure|infra|platform|data|analytics|compliance|stakeholders)$/i;
/** A form that names people by their role ("product managers", "a data scientist"), not the discipline. */
const PEOPLE_FORM = /\b(?:managers?|designers?|engineers?|scientists?|researchers?|analysts?|marketers?|owners?|leads?|architects?|specialists?|developers?|programmers?|officers?|traders?|SREs|DBAs|SDETs|SWEs|PMs)$/i;
const REPORT_TO = /\breport(?:s|ing)?(?: (?:directly )?(?:in)?to| lines?\s*:?) (?:the |our |a )?(?:(?:svp|evp|vp|head|director|chief|cto|ceo|cio|ciso|manager|lead|founder)\b(?:[\w\s&-]|,(?!\s*(?:and\s+)?(?:own|lead|build|help|drive|design|shape|set|define|work|manage|run|ship|write|hire|grow|create|develop|architect|scale|deliver|mentor|partner)\b))*?)$/i;

/** "a team of healthcare nerds, engineers, product designers …", "a community of thousands of data scientists": who the team or its community are. */
const MADE_OF = /\b(?:team|teams|community|communities|group|crew|network|collective|staff|roster|mix)\s+(?:is\s+)?(?:(?:made up|composed|consisting|comprised)\s+)?of\s+/gi;

/**
 * The last verb of working with in the clause ("embedded in the Platform team and work alongside SRE and …"): the list the hit
 * stands in is the one it opens. Found from the last of WORK_WITH_WORDS, by a plain search, then the pattern once more.
 */
function lastWorkWith(before: string): RegExpExecArray | null {
  const lower = before.toLowerCase();
  const first = WORK_WITH.exec(before);
  if (!first) return null;
  // (s42a) A stem that heads no verb here ("application teams and …") sends the search back to the stem before it, not to the first verb.
  let end = lower.length;
  for (let tries = 0; tries < 4; tries++) {
    let at = -1;
    for (const w of WORK_WITH_WORDS) at = Math.max(at, lower.lastIndexOf(w, end - w.length));
    if (at <= first.index) return first;
    // Back to the start of the word the last stem stands in, and the word before it ("and between", "closely with").
    let from = at;
    while (from > 0 && /[\w-]/.test(before[from - 1]!)) from--;
    from = Math.max(0, before.lastIndexOf(' ', from - 2) + 1);
    const last = WORK_WITH.exec(before.slice(from));
    if (last) {
      last.index += from;
      return last;
    }
    end = at;
  }
  return first;
}

function isTeamList(text: string, sentence: [number, number], hit: SkillHit): boolean {
  const before = clauseBefore(text, sentence[0], hit.start);
  // Not the team the hire joins or leads ("you will lead a team of data engineers"): its discipline may be theirs.
  // (s42a) One person named by an article in the list ("… of engineers, a delivery manager, a product manager and …") is a colleague
  // whoever joins or leads the team.
  const onePerson = PEOPLE_FORM.test(hit.text) && !/s$/i.test(hit.text) && /\b(?:an?|one|\d+)\s+$/i.test(before);
  const peopleNamed = () => (/s$/i.test(hit.text) && PEOPLE_FORM.test(hit.text)) || onePerson || (conceptForm(hit) && /^\s+(?:managers|designers|engineers|scientists|researchers|analysts|marketers|architects|specialists|experts|practitioners)\b/i.test(text.slice(hit.end, hit.end + 16)));
  if (/\bof\b/i.test(before) && peopleNamed() && (onePerson || !/\b(?:you|lead|leading|manage|managing|join|joining|build|building|grow|growing|hire|hiring)\b/i.test(before))) {
    MADE_OF.lastIndex = 0;
    let list: string | null = null;
    for (let m = MADE_OF.exec(before); m; m = MADE_OF.exec(before)) list = before.slice(m.index + m[0].length);
    // Only a list between: items of a few words, joined by commas and "and".
    if (list !== null && list.split(/,|\band\b|&|\//).every((item) => item.trim().split(/\s+/).length <= 4)) return true;
  }
  // (REPORT_TO needs "report": a clause without it does not compile or run it.)
  if (/report/i.test(before) && REPORT_TO.test(before)) return true;
  // "Reporting line: Head of Data Science": a field line that names whom the hire reports to.
  const line = narrow(text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start));
  if (/report/i.test(line) && REPORT_LINE.test(line)) return true;
  // (A plain search first: WORK_WITH needs one of these words, and ~27 KB of native code once it runs twice.)
  const verb = hasAny(before.toLowerCase(), WORK_WITH_WORDS) ? lastWorkWith(before) : null;
  if (!verb) return false;
  // The hit must sit in the list the verb opens: only names, commas, "and", "our", "the" between.
  const between = before.slice(verb.index + verb[0].length);
  const words = between.split(/[\s,&/]+/).filter(Boolean);
  // The hit must sit in the list the verb opens: only names (capitalised, or departments), "and", "our", "the" between.
  const people = PEOPLE_FORM.test(hit.text);
  // "… with our web platform and component library teams": the hit names a team, so the list's other words may be any team's.
  const teamNamed = !SOFT.has(hit.skillId) && /^\s*(?:teams?|orgs?|groups?|squads?)\b/i.test(text.slice(hit.end, hit.end + 12));
  const listWord = (w: string) => /^(?:and|or|our|the|with|across|other|internal|cross-functional|closely|directly|tightly|deeply|daily|regularly)$/i.test(w) || /^[A-Z]/.test(w) || DEPARTMENT_WORD.test(w) || (people && /^(?:a|an|fellow|senior)$/i.test(w)) || (teamNamed && /^[a-z][a-z-]*$/.test(w) && !/^(?:to|for|on|in|at|as|by|we|you|who|that|help|helps|helping|build|building|design|designing|create|creating|own|owning|lead|leading|ship|shipping)$/.test(w));
  // (s42a) An item of the list may be any words that end on a team's or people's noun: "our data engineers, application teams and Security".
  const itemOk = (item: string) => {
    const ws = item.split(/\s+/).filter(Boolean);
    return ws.every(listWord) || (ws.length <= 4 && TEAM_ITEM_END.test(item.trim()));
  };
  if (words.length > 12 || !between.split(/,|&|\/|\band\b/).every(itemOk)) return false;
  // "partner with product managers and designers": the hit names people, the ones you work with.
  if (people) return true;
  const after = narrow(text.slice(hit.end, sentence[1]));
  const rest = /^[^.;:()]*/.exec(after)?.[0] ?? '';
  // "The role sits between data engineering and backend development": a practice named as the work itself ("… development",
  // "… programming") is no team unless a team's noun follows; the role spans the fields, it does not sit among people.
  if (/^(?:sits?|sitting|bridge|bridging)\b/i.test(verb[0]) && /\b(?:development|programming)$/i.test(hit.text) && !/^[A-Z]/.test(hit.text) && !TEAM_NOUN.test(after)) return false;
  // "… Product and Data Science teams", "… our Platform leads", "with platform engineering teams".
  if (TEAM_NOUN.test(after) && (/^[A-Z]/.test(hit.text) || /^\s*(?:teams?|orgs?|groups?|squads?)\b/i.test(after))) return true;
  // A list that names departments besides the hit (Product, Design, Sales…) is a list of teams.
  // After the hit, count list items, not words: "Kubernetes and data engineering" names one field, not two teams.
  const others = [...words.filter((w) => DEPARTMENT_WORD.test(w)), ...rest.split(/,|\band\b|&|\//).map((item) => item.trim().split(/\s+/)[0] ?? '').slice(0, 8).filter((w) => DEPARTMENT_WORD.test(w))];
  // "work directly with leadership and customers": the hit is a department itself, listed with another.
  if (others.length >= 1 && DEPARTMENT_WORD.test(hit.text)) return true;
  if (others.length >= 2 || (others.length >= 1 && /^[A-Z]/.test(hit.text) && TEAM_NOUN.test(rest))) return true;
  // "partner with Security, Data Engineering and Machine Learning to …": Title Case names, one of them a department alone, name teams.
  // "Partner with Cyber Security, Enterprise Architecture and Risk": a department named by its last word (s42a) counts too.
  if (TITLE_WORDS.test(hit.text) && (others.length >= 1 || ORG_TAIL.test(hit.text) || ORG_TAIL.test(LIST_TAIL.exec(after)![0]))) {
    const tail = LIST_TAIL.exec(after)![0];
    const items = [...between.split(LIST_SPLIT), hit.text, ...tail.split(LIST_SPLIT)].map((x) => x.trim().replace(/^(?:(?:with|alongside|and|our|the|other|internal|closely|directly|tightly|daily)\s+)+/i, '')).filter(Boolean);
    // (Two items will do when each is a department: "Work with Quality Assurance, Regulatory Affairs and …".)
    if ((items.length >= 3 || (items.length === 2 && items.every((x) => DEPARTMENT_WORD.test(x) || ORG_TAIL.test(x)))) && items.some((x) => DEPARTMENT_WORD.test(x) || ORG_TAIL.test(x)) && items.every((x) => TITLE_WORDS.test(x) || DEPARTMENT_WORD.test(x) || (TITLE_WORDS.test(x.replace(/^our\s+/i, '')) && TEAM_ITEM_END.test(x)))) return true;
  }
  return false;
}
/** The last word of a list item that names a team or people ("application teams", "game programmers", "our outside counsel"). */
const TEAM_ITEM_END = /\b(?:teams?|squads?|groups?|orgs?|departments?|functions?|engineers|developers|programmers|scientists|researchers|designers|managers|analysts|leads|owners|officers?|traders|colleagues|counterparts|partners|peers|firms?|vendors?|suppliers?|agenc(?:y|ies)|consultants|contractors|auditors|counsel)$/i;
/** A department's last word ("Cyber Security", "Enterprise Architecture", "Risk", "Customer Care"): a list item ending on one names a team. */
const ORG_TAIL = /\b(?:Security|Architecture|Risk|Compliance|Finance|Legal|Operations|Success|Support|Care|Partnerships|Procurement|Audit|Treasury|Governance|Insights|IT|Officer|Affairs|Assurance)$/;
/** The rest of a list of Title Case names after a mention ("…, Data Engineering and Machine Learning"), and how its items split. */
const LIST_TAIL = /^(?:\s*(?:,|\band\b|&|\/)\s*(?:and\s+)?(?:our\s+)?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})*/;
const LIST_SPLIT = /,|\band\b|&|\//;


// ---- person, place: a name borne by someone or somewhere ----

const ROLE_WORD = String.raw`(?:cto|ceo|coo|cpo|cfo|vp|svp|evp|founder|co-?founder|cofounder|recruiter|(?:hiring |engineering |product |design |people |talent )?(?:manager|lead|partner)|head(?: of [\w ]+)?|director(?: of [\w ]+)?|(?:staff |senior |principal |founding )?(?:engineer|designer|researcher|scientist)|president|chair|partner|advisor|coordinator|owner)`;
/** "Ruby, our CTO, …", "Jenkins (our recruiter)": the name stands in apposition to a person's role. */
const ROLE_AFTER = new RegExp(String.raw`^(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?\s*(?:,|\()\s*(?:our|the|my|your|an?|who is|who's)\s+(?:[\w-]+\s+){0,2}?${ROLE_WORD}\b`, 'i');
/** "our design lead, Django …": the role names the person first. */
const ROLE_BEFORE = new RegExp(String.raw`\b(?:our|the|my|your)\s+(?:[\w-]+\s+){0,2}?${ROLE_WORD},\s+$`, 'i');
/** "Ask Jenkins", "Meet Ruby", "thanks to Julia": verbs whose object is a person. */
const PERSON_VERB_BEFORE = /\b(?:ask|meet|thank|thanks to|say (?:hi|hello) to|interviews? (?:is |are |will be )?with|interview with|hear from|shadow(?:s|ing)?|cc)\s+$/i;
/** "Dana Jenkins and Li Wei founded …", "Jenkins Okafor leads …": a first or last name beside another, then a person's verb. */
const PERSON_VERB_AFTER = /^(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?(?:\s*,?\s+(?:and|&)\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?\s+(?:(?:co-?)?founded|started|leads|led|runs|ran|joined|hired|mentors|manages|will (?:walk|meet|guide|interview|mentor|manage|lead)|(?:is|will be) (?:our|the|your) (?:[\w-]+\s+){0,2}?(?:cto|ceo|founder|co-?founder|recruiter|lead|manager|head|director|engineer|designer|mentor|buddy))\b|^\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s+who\b/i;

function isPerson(text: string, sentence: [number, number], hit: SkillHit): boolean {
  const ahead = narrow(text.slice(hit.end, hit.end + 80));
  const back = narrow(text.slice(Math.max(sentence[0], hit.start - 60), hit.start));
  // (Cheap word tests first: most mentions have no role or person's verb near, and a pattern that never runs twice is never
  // compiled to native code, ~190 KB for these three in the worker.)
  if (APPOSITION.test(ahead) && ROLE_STEM.test(ahead) && ROLE_AFTER.test(ahead)) return true;
  if (back.endsWith(", ") && ROLE_BEFORE.test(back) && /^\s*(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|,)/.test(ahead) && !/^\s*(?:[A-Z][a-z]+\s+)?(?:and|or|&|\/)\s/.test(ahead)) return true;
  if (PERSON_VERB_BEFORE.test(back)) return true;
  // A first name before it ("Sam Jenkins"), or a surname after it ("Jenkins Okafor"), with a person's verb after.
  const firstBefore = /(?:^|[^\p{L}\s]\s*|\s)\p{Lu}\p{Ll}+\s+$/u.test(back);
  return (firstBefore || /^\s+[A-Z][a-z]+/.test(ahead)) && PERSON_VERB_STEM.test(ahead) && PERSON_VERB_AFTER.test(ahead);
}
/** What each ROLE_AFTER match opens with: a comma or bracket, then "our", "the", "a", "who" (", our CTO"). */
const APPOSITION = /^(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?\s*[,(]\s*(?:our|the|my|your|an?|who)\s/i;
/** A word each ROLE_AFTER match holds (its ROLE_WORD's nouns). */
const ROLE_STEM = /(?:cto|ceo|coo|cpo|cfo|vp|founder|recruiter|manager|lead|partner|head|director|engineer|designer|researcher|scientist|president|chair|advisor|coordinator|owner)/i;
/** A word each PERSON_VERB_AFTER match holds (its verbs, "will", "is", "who"). */
const PERSON_VERB_STEM = /\b(?:founded|cofounded|started|leads|led|runs|ran|joined|hired|mentors|manages|will|is|who)\b/i;

const STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|British Columbia|Manitoba|Nova Scotia|Queensland|Victoria|New South Wales|USA|US|UK|Canada|Australia|Germany|France|Spain|Italy|Ireland|Netherlands|Portugal|Mexico|Brazil|India|Japan|Israel|New Zealand|England|Scotland|Wales|D\\.?C\\.?';
const ABBR = 'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|ON|QC|BC|AB|NSW|QLD|VIC';
/** "Phoenix, AZ", "Aurora, Colorado", "Salt Lake City": a town, then its state or country, or a place's own word. */
const PLACE_AFTER = new RegExp(String.raw`^(?:\s+(?:Lake|City|Bay|Beach|Springs|Falls|Valley|Heights|Park|County|Harbou?r|Creek|Island|Hills)\b|,\s*(?:(?:${STATES})\b|(?:${ABBR})\b(?![a-z])))`);

function isPlace(text: string, hit: SkillHit): boolean {
  const ahead = text.slice(hit.end, hit.end + 30);
  return (ahead.startsWith(',') || /^\s[A-Z]/.test(ahead)) && PLACE_AFTER.test(ahead);
}

// ---- background: founders, investors, customers, partners ----

/**
 * Background markers, in four patterns: a mention's marker is the leftmost match of any (`backgroundAt`). One
 * alternation of all 26 costs V8 ~6 ms to compile cold, four of them ~2 ms.
 */
const BACKGROUND = [
  [
    String.raw`\bbacked by\b`,
    String.raw`\bfunded by\b`,
    // "investment" alone is often the business ("an AI investment stack"); from/by/led names the backers.
    String.raw`\binvest(?:ors?|ed)\b|\binvestments? (?:from|by|led)\b`,
    String.raw`\bventure arms?\b`,
    String.raw`\braised\b`,
    String.raw`\bfounded by\b`,
    String.raw`\b(?:co-?)?founders?\b(?!-)`,
  ],
  [
    String.raw`\bfounding (?:[\w-]+ )?team\b`,
    String.raw`\balumni\b`,
    String.raw`\bex-\s?[A-Z]`,
    String.raw`\bformerly (?:at|of)\b`,
    String.raw`\bpreviously (?:at|of|(?:co-)?(?:built|led|worked|invented|created|designed|authored|wrote|shipped))\b|\bpreviously (?:an? |the )?(?:[\w-]+ ){0,3}?(?:at|of)\b|\bpreviously (?:an? |the )?(?:[\w-]+ ){0,2}?(?:engineer|researcher|scientist|designer|developer|lead|manager|pm)s? on\b`,
    String.raw`\bcame from\b`,
    String.raw`\b(?:team|engineers|people|folks)(?: of (?:\d+|[a-z]+))? (?:from|out of)\b|\bhail(?:s|ing)? from\b`,
    // "Our team includes deep expertise in …": what the staff bring, not what the hire is asked.
    String.raw`\bour team (?:includes|has|brings|combines) (?:deep |decades of |years of |world-class |broad )?(?:expertise|experience|backgrounds?)\b`,
    // "a team of experts spanning hardware, firmware and …", "With deep expertise in X and Y, we build …": what the staff bring.
    String.raw`\b(?:team|collection|group|mix) of (?:[\w-]+ ){0,2}?(?:experts|specialists|veterans) (?:spanning|across|in|from)\b|^[\s\u2022*#>-]*(?:with|given|thanks to) (?:our )?(?:deep |decades of |years of |world-class |broad )?(?:expertise|experience) (?:in|across|spanning)\b`,
    // "Before Acme, our CTO …", "she spent a decade at …": where the staff were before.
    String.raw`^[\s\u2022*#>-]*(?:before|prior to) (?:joining |founding |starting )?[\w.&'-]+(?: [\w.&'-]+)?, (?:our|the|my|he|she|they|I|we)\b|\bspent (?:a decade|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|decades)|years) (?:on|at|in|building|leading|running)\b`,
    // "Before this I started Plaid", "we co-founded Ardent": a company the founders started before.
    String.raw`\b(?:I|we|she|he|they) (?:previously |also |once )?(?:started|founded|co-?founded)\s+$`,
  ],
  [
    String.raw`\bour (?:customers|clients|users|partners)\b`,
    String.raw`\b(?:customers|clients|partners) (?:include|including|like|such as|range|span)\b`,
    String.raw`\btrusted by\b`,
    String.raw`\bused by\b`,
    String.raw`\b(?:partnered|partnering|partnership|partnerships) (?:closely |directly )?with\b`,
    String.raw`\bacquired by\b`,
    String.raw`\bangels?\b`,
  ],
  [
    String.raw`\badvis(?:ors|ed by)\b`,
    // Lists of other companies: "teams at NVIDIA, Figma …", "companies like Block, Canva …", "backgrounds include Microsoft, …".
    String.raw`\b(?:companies|customers|clients|brands|organi[sz]ations|enterprises|startups|leaders|names|banks)\b[\w\s-]{0,25}?(?:\blike|\bsuch as|\bincluding)\b`,
    // "Hundreds of companies, from Airbnb to …": the customers' range.
    String.raw`\b(?:companies|customers|clients|brands|organi[sz]ations|enterprises|startups|banks|retailers)\b,?\s+(?:ranging\s+)?from\b`,
    String.raw`\b(?:thousands|hundreds|millions|dozens) of (?:teams|companies|customers|developers)\b,?\s*(?:like|such as|including)\b`,
    String.raw`\b(?:teams|engineers|leaders|executives|people|folks|builders|veterans|operators|researchers)\s+(?:at|from)\s+(?!(?:our|the|your|a|an|scale|home|night|least|once|times)\b)`,
    String.raw`\b(?:companies|customers|clients|brands|organi[sz]ations|enterprises|startups)\s*\(\s*$`,
    String.raw`\bbackgrounds? (?:include|includes|at|from|span|spanning|across)\b`,
  ],
].map((parts) => new RegExp(parts.join('|'), 'i'));

/** Before a marker, the candidate as its subject, or the role sought ("looking for a technical co-founder …"). */
const BACKGROUND_SOUGHT = /(?:\b(?:you|you(?:'|\u2019)ve|you have|candidates?)\s+(?:have\s+)?|\b(?:looking for|seeking|hiring|to hire|join(?: us)? as|as|be|become)\s*:?\s+(?:(?:a|an|our|the)\s+)?(?:[\w-]+\s+){0,2})$/i;
/** "… for our language models": after a marker, the company's own stack again. */
const BACKGROUND_OURS = /\bour\s+(?!(?:customers|clients|users|partners|investors|backers|advisors|founders)\b)(?:[\w-]+\s+){0,2}$/i;

/**
 * For each pattern of BACKGROUND, words (lower case) one of which stands in anything it matches: a window with none
 * of them does not run it. The patterns run before every mention; one that never runs twice is never compiled to
 * native code (~80 KB for the four), and most windows name no founder, investor, customer or former employer.
 */
const BACKGROUND_WORDS = [
  ['backed by', 'funded by', 'invest', 'venture arm', 'raised', 'founde'],
  ['founding ', 'alumni', 'ex-', 'formerly ', 'previously ', ' from', ' out of', 'our team ', 'experts', 'specialists', 'veterans', 'expertise', 'experience', 'started', 'founded', 'before', 'prior to', 'spent '],
  ['customers', 'clients', 'our users', 'partner', 'trusted by', 'used by', 'acquired by', 'angel'],
  ['advis', 'like', 'such as', 'including', 'teams', 'engineers', 'leaders', 'executives', 'people', 'folks', 'builders', 'veterans', 'operators', 'researchers', '(', 'background', ' from'],
];

/** Where the first background marker in `s` starts, or -1. */
function backgroundAt(s: string): number {
  let at = -1;
  const lower = ' ' + s.toLowerCase();
  for (let k = 0; k < BACKGROUND.length; k++) {
    if (!hasAny(lower, BACKGROUND_WORDS[k]!)) continue;
    const m = BACKGROUND[k]!.exec(s);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  // (Apart, and only where "his"/"her" stands: in the alternation it cost ~14 KB of native code on every sentence.)
  if (lower.includes(' his ') || lower.includes(' her ')) {
    const m = PERSON_RECORD.exec(s);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  return at;
}
/** "Her research on …", "his thesis …": a founder's or adviser's record (never the candidate's: "his or her …"). */
const PERSON_RECORD = /(?<!\b(?:his|her) or |\/)\b(?:his|her) (?:research|publications?|thesis|dissertation|ph\.?d\.?)\b/i;

/** "a REST API backed by Postgres", "a cache backed by Redis": a system's noun before "backed by" names what it is built on, not its investors. */
const BUILT_ON_BEFORE = /\b(?:apis?|services?|stores?|storage|databases?|dbs?|caches?|queues?|backends?|index(?:es)?|endpoints?|servers?|clusters?|tables?|layers?)\s*$/i;

/** "backed by a modern data stack (", "backed by an event-sourced storage layer: ": a system's stack named after "backed by". */
const BACKED_BY_STACK = /^backed by\s+(?:an?\s+|our\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:(?:tech(?:nology)?|data|software)\s+)?(?:stack|stacks|storage(?:\s+layer)?|databases?|infrastructure|data\s+layer)\b(?!(?:\s+[\w-]+)?\s+(?:funds?|ventures?|capital|investors?|firms?|partners|groups?)\b)/i;

/**
 * s53: "- Design APIs that our partners can integrate with safely, with idempotency keys and webhooks": a task set to the hire
 * (a sentence opening on an imperative) that names the customers or partners as those it serves; what follows is the task's.
 */
function taskForOurs(before: string, bg: number): boolean {
  return /^our\s+(?:customers|clients|users|partners)\b/i.test(before.slice(bg)) && TASK.test(before.slice(0, bg));
}

/** s53: a clause that names a system's stack with a stack verb, then a comma, right before "backed by" ("written in Go and Rust, "). */
const STACK_CLAUSE_BEFORE = /\b(?:built|written|implemented|coded|running|runs?|hosted|deployed|developed)\s+(?:(?:on|in|with|using|atop|to)\s+)(?:[\w.+#\/()-]+\s*(?:,|\band\b|\bor\b|&)?\s*){1,6},\s*$/i;
/** What an investor's "backed by" goes on to name: funds, ventures, angels, a round. */
const INVESTOR_AFTER = /^[^.;:!?\n]{0,60}?\b(?:ventures?|capital|partners|funds?|investors?|angels?|Combinator|YC|a16z|Sequoia|seed|series\s+[A-E]|raised|round|\$)/i;

/**
 * The first background marker before a mention whose reach gets to it, or -1. A marker inside an aside closed before the
 * mention ("a startup (backed by YC) building a platform for Terraform …") tells of the company, not of what follows the
 * aside; "backed by" after a system's noun is what the system stands on.
 */
function backgroundBefore(before: string): number {
  let from = 0;
  for (let guard = 0; guard < 8; guard++) {
    const rel = backgroundAt(before.slice(from));
    if (rel < 0) return -1;
    const at = from + rel;
    const open = before.lastIndexOf('(', at);
    const close = open >= 0 && open > before.lastIndexOf(')', at) ? before.indexOf(')', at) : -1;
    // Only a clause of its own ("(recently raised $12M)"): an aside that lists ("(labs, startups, investors)") or is followed by
    // more of a list ("Jane Doe (Acme co-founder) and …") still names who the sentence is about.
    if (close >= 0 && !before.slice(open, close).includes(',') && !/^\s*(?:,|and\b|&|or\b|as well as\b)/i.test(before.slice(close + 1))) from = close + 1;
    else if (/^backed by\b/i.test(before.slice(at)) && BUILT_ON_BEFORE.test(before.slice(0, at))) from = at + 9;
    // (s53: "services written in Go, backed by PostgreSQL and Redis": "backed by" closing a clause that names the stack
    // with a stack verb is what the system stands on, unless investors' words follow it.)
    else if (/^backed by\b/i.test(before.slice(at)) && STACK_CLAUSE_BEFORE.test(before.slice(0, at)) && !INVESTOR_AFTER.test(before.slice(at + 9))) from = at + 9;
    // "backed by a modern data stack (Postgres, …)": what follows is technology, not investors.
    else if (BACKED_BY_STACK.test(before.slice(at))) from = at + 9;
    else return at;
  }
  return -1;
}

// ---- negated: a thing the text says it is not ----

/** "not another chatbot", "custom models (not LLMs)", "no CRUD": the posting sets the thing aside. */
const NEGATED_BEFORE =
  /(?:^|[\s(])(?:_|\*)?(?:not(?: necessarily| strictly)?|no|never|nothing like|(?:is|are|was|were)(?:n['\u2019]t| not)(?: (?:more|better|bigger|faster|fancier|prettier|another|just|yet more|looking for|hiring|seeking))?|without(?: (?:a|an|any|the need for))?|(?:zero|no) (?:lines? of|use of)|(?:(?:do|does|did)(?:n['\u2019]t| not)|never|won['\u2019]t|will not|(?:chose|choose|decided|prefer|opted) not to) (?:use|need|require|expect|have|wait (?:for|on)|rely on|depend on|write|touch|be (?:writing|using|touching|maintaining))(?: (?:to know|any|you to know))?)(?:_|\*)?\s+(?:(?:another|a|an|just another|your typical|yet another) (?:[a-z-]+ )?|(?:traditional|classic|conventional|typical|pure|plain|old-school|generic) )?(?:(?!(?:just|only|merely|simply)\b)[\w-]+(?: [\w-]+)?,? (?:or|nor) )?["'\u201c\u2018]?$/i;
/** "not research prototypes", "no bespoke DSLs": "not" or "no", one plain modifier, then the thing set aside (no verb: "never touched X" asks X). */
const NOT_MODIFIED = /(?:^|[\s(])(?:not|no)\s+(?!(?:just|only|merely|simply|necessarily|strictly|required|needed|a|an|the|to|for|in|on|with|of|you|we|our|your|yet|always|limited|much|many|all|any|every|because|that|but|more|less|longer|later|matter|problem|worries|need|experience|prior|previous|professional)\b)(?![a-z-]+(?:ing|ed|en)\b)[a-z][a-z-]+\s+$/i;
/** A word each NEGATED_BEFORE match holds: without one near the mention, that long pattern (~170 KB compiled) is not run. */
const NEGATION_WORD = /(?<![a-z])(?:not|no|never|nothing|without|zero)(?![a-z])|n['\u2019]t\b/i;
/** "expertise in X, Y, etc is not needed", "(notebooks do not count)": the clause after the mention sets it aside. */
const NOT_NEEDED_AFTER = /^(?:(?!\b(?:is|are|and you|but)\b)[^.;:()!?\n]){0,50}?\b(?:(?:is|are)(?: not|n['\u2019]t) (?:needed|required|necessary|expected|a (?:must|requirement))|(?:do|does)(?: not|n['\u2019]t) (?:count|apply))\b/i;
/** "the pre-cloud days": a prefix that dates the thing rather than asks it. */
const PRE_BEFORE = /\bpre-$/i;
/** "rather than pure support or customer success": the posting contrasts the job with the thing. */
const CONTRAST_BEFORE = /\b(?:rather than|instead of|as opposed to|unlike|(?:differs?|differing|different|distinct) from)\s+(?:[\w-]+,?\s+){0,4}$|\b(?:prefer(?:s|red|ring)?|favou?r(?:s|ed|ing)?|choos(?:e|es|ing)|chose|pick(?:s|ed|ing)?|priorit(?:ise|ize|ises|izes|ised|ized|ising|izing))\b[^.;:!?]{0,60}?\bover\s+(?:(?:heavy|heavyweight|complex|fancy|bloated|big|large|trendy|shiny|the latest|yet another|another)\s+)?$/i;
/** "moving away from domain-specific VMs, DSLs and …": what the company leaves behind, a list of up to six words before the mention. */
const AWAY_BEFORE = /\b(?:mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|step(?:s|ped|ping)?|turn(?:s|ed|ing)?) away from\s+(?:(?:the|a|an)\s+)?(?:[\w-]+,?\s+){0,6}$/i;
/** "ship real services, not just demos", "(not only patching legacy code)": a field set against the work the text wants, after a comma or bracket. */
const NOT_JUST_BEFORE = /(?:,|\(|\u2014|\u2013|\s-)\s*not (?:just|only|merely|simply)\s+(?:[a-z-]+ing\s+)?(?:(?:a|an|the|some|more|another)\s+)?$/i;
/** "an HTMX-like framework", "Figma-style canvas": like the tool, not the tool. */
const LIKE_AFTER = /^-(?:like|style|inspired|esque)\b/i;
/** (s46) Before an "X-like" that is an option of an "or" list: ", or something ", " or anything ", " or another ". */
const LIKE_OPTION_BEFORE = /(?:,\s*|\s)(?:or|and\/or)\s+(?:something|anything|another|some other|any other)\s+(?:(?:similar|comparable|roughly)\s+)?$/i;

/** A browser notice ("Please enable JavaScript", "JavaScript is disabled in your browser", "this site requires JavaScript to work"). */
const BROWSER_NOTICE = /\b(?:enable|turn on|activate|allow)\s+(?:java ?script|js)\b|\b(?:java ?script|js) (?:is |has been )?(?:disabled|turned off|not enabled|must be enabled)\b|\brequires? (?:java ?script|js) (?:to (?:run|work|function|load|display|view)|enabled)\b|\b(?:java ?script|js) (?:is )?required to (?:run|view|use|load|display)\b/i;

// ---- pitch also: a rhetorical question to the reader ----

/** "Ever felt lost in …?", "Do you wish you could …?", "Tired of …?", "Imagine …": the pitch speaks to the product's user, not the candidate. */
const RHETORICAL = /^[\s•*#>-]*(?:ever (?:felt|wondered|wished|tried|been|found|struggled|spent|had)|(?:do|did|don['\u2019]t) you (?:ever )?(?:wish|dream|hate|dread|find yourself|feel|struggle|wonder|miss)|tired of|sick of|fed up|what if|wish you could|imagine)\b/i;

// ---- own also: the employer's own project's popularity ----

/** "100k stars on GitHub", "6,000 GitHub stars": where the employer's project is popular, not a tool asked. */
const POPULAR_BEFORE = /\b(?:stars?|downloads?|forks?|followers?|installs?)\s+on\s+$/i;
const POPULAR_AFTER = /^\s+(?:stars|downloads|forks|followers)\b/i;
/** "(2M+ downloads, iOS/Android)", "50k installs on Chrome and Firefox": the stores where the employer's app is popular. */
const POPULAR_STORES = /\b\d[\d.,]*\s*[kKmMbB]?\+?\s*(?:downloads|installs|users|players|listeners)\s*(?:,|;|on|across|in)\s*(?:(?:the\s+)?[\w.]+\s*(?:[/,&]|and)\s*){0,3}$/i;

/** "one of the largest recipe apps on iOS and Android", "the #1 game on Steam": the stores where the employer's app ranks. */
const RANKED_ON = /\b(?:largest|biggest|most[- ](?:popular|downloaded|used|loved)|top[- ](?:rated|grossing|\d+)|leading|#1|no\.? ?1|number one|best[- ]selling|fastest[- ]growing|highest[- ]rated)\b[^.;:]{0,40}?\b(?:apps?|games?|applications?|services?)\s+(?:available\s+)?(?:on|for|in)\s+(?:the\s+)?(?:[\w.]+\s*(?:[/,&]|and|or)\s*(?:the\s+)?){0,3}$/i;

/** "the most popular open source data labeling and … platform", "a leading fraud detection tool": the employer's product ranked by its kind. */
const RANKED_KIND_BEFORE = /\b(?:most[- ](?:popular|used|widely[- ]used|loved|downloaded)|leading|largest|biggest|#1|no\.? ?1|number one|fastest[- ]growing|fast[- ]growing|rapidly[- ]growing|high[- ]growth|top[- ]rated)\s+(?:open[- ]source\s+)?(?:[\w-]+\s+){0,3}$/i;
const RANKED_KIND_AFTER = /^(?:\s+(?:and|&|\/)?\s*[\w-]+){0,4}?\s+(?:platform|tool|app|engine|framework|library|database|company|startup|provider|solution|service|marketplace|network)s?\b/i;

// ---- link also: the title of a guide or post ----

/** "our guide How to Collaborate with AI", "the post Why We Chose …": a Title Case run opened by How/Why, a page's title. */
const TITLE_BEFORE = /\b(?:How|Why) (?:[Tt]o|[Ww]e|[Yy]ou|I)(?: [A-Z][\w'-]*| (?:a|an|the|of|for|with|and|to|in|on|at|your|our|is|are))*\s+$/;

// ---- perk: a soft skill the job offers, not one it asks ----

/** The soft skills a posting also offers as conditions of the job, as nouns. */
const PERK_FORM = /^(?:ownership|autonomy|mentorship)$/i;
/** How much of it the job gives: "huge", "real", "full technical" … */
const PERK_AMOUNT = String.raw`(?:huge|high|real|full|considerable|substantial|true|meaningful|significant|complete|genuine|total|lots of|plenty of|a lot of|a great deal of|technical|creative)\s+`;
/**
 * "you'll have / we offer / a team with …" and maybe an amount, or a list's "+", "plus", "," and an amount
 * ("salary + meaningful ownership", "small team, real ownership"); "impact and" may come first.
 */
const PERK_BEFORE = new RegExp(
  String.raw`(?:\b(?:have|has|having|get|gets|enjoy|enjoys|offers?|offering|gives? (?:you|(?:our |the )?(?:teams?|engineers|developers|everyone|people))|provides?|comes with|with)\s+(?:${PERK_AMOUNT}){0,2}|(?:\+|\bplus|,|\bwants?|\bwanting)\s+(?:${PERK_AMOUNT}){1,2})(?:(?:ownership|autonomy|impact)\s*(?:,|and|&)\s*)?$`,
  'i',
);
/** "a stipend for Cursor", "unlimited access to Claude Code and …", "Copilot seats": a tool the job pays for, a benefit. */
const PERK_TOOL_BEFORE = /\b(?:(?:stipends?|budgets?|allowances?|subscriptions?|licen[cs]es?|seats?|credits?|(?:unlimited|free|paid|full|premium) access)\s+(?:for|to|on)|(?:every|each|all) (?:engineers?|developers?|teammates?|employees?|new hires?|team members?) (?:here |on the team )?(?:has|have|gets?|receives?)(?: (?:access to|a seat (?:for|on)|their own))?)\s+(?:(?:the latest|unlimited|paid|premium|all|any|top)\s+)?(?:[\w.+-]+(?: [\w.+-]+)?\s*(?:,|and|or|&|\/)\s*){0,4}$/i;
const PERK_TOOL_AFTER = /^(?:\s+(?:Pro|Plus|Premium|Max|Team|Business))?(?:\s*(?:,|and|or|&|\/)\s*[\w.+-]+(?: [\w.+-]+)?){0,4}\s+(?:subscriptions?|licen[cs]es?|seats?|credits?|stipends?|budgets?|allowances?)\b(?!\s+(?:management|administration|compliance|tracking))/i;

/**
 * A list headed by "Benefits:", "Perks", "What we offer", or "Why Acme?" / "Why join us?" (the reasons to join): what the job
 * gives ("Bitcoin starter pack", "a Cursor seat", "collaborate with a team of …"), not what it asks. ("Why this role matters"
 * heads the work itself.)
 */
const PERK_HEADING = /^[\s#*_>-]*(?:(?:our |the |some )?(?:benefits|perks)(?: (?:and|&) (?:perks|benefits|compensation))?|what we offer|we offer|what you(?:'|\u2019)ll get|what you get|compensation (?:and|&) benefits|why (?:join(?:ing)? |work(?:ing)? (?:at |with |for ))?(?!(?:this|the|now|you|we|it)\b)(?:us|[\w.&-]+)\s*\??)[\s:*_]*$/i;
/** A line that opens on its perks' label and a colon ("Perks: …", "What we offer: …"). */
const PERK_INLINE = /^[\s#*_>-]*(?:(?:our |the |some )?(?:benefits|perks)(?: (?:and|&) (?:perks|benefits))?|what we offer|we offer)[\s*_]*:/i;
function inPerkList(text: string, hit: SkillHit): boolean {
  let a = text.lastIndexOf('\n', hit.start - 1);
  if (a < 0 || !/^\s*[-*•·▪–]/.test(text.slice(a + 1, hit.start))) return false;
  // Walk up over the list's bullet lines (and blank lines) to the line that heads it.
  for (let steps = 0; a > 0 && steps < 30; steps++) {
    const b = text.lastIndexOf('\n', a - 1);
    const line = text.slice(b + 1, a);
    if (line.trim() && !/^\s*[-*•·▪–]/.test(line)) return line.length <= 60 && PERK_HEADING.test(line);
    a = b;
  }
  return false;
}

/**
 * "… has real influence over", "you'll have a deep say in systems and": a say the job gives in a field, then the mention.
 * Also a list item or line that opens on "A say in …" (under "What you get"): the verb is the list's heading.
 */
const SAY_OVER = /(?:\b(?:have|has|having|get|gets|with|given)\s+|^[\s\u2022*\u00b7-]*(?=an?\s))(?:(?:a|an)\s+)?(?:(?:real|deep|genuine|direct|significant|huge|meaningful|outsized|strong|big|major|full|lots of)\s+)?(?:influence|say|voice)\s+(?:over|on|in|into)\s+(?:(?:the|our|your)\s+)?(?:[\w-]+\s+(?:and|&)\s+|[\w-]+,\s+)?$/i;
/** "ownership of the billing system" is a responsibility asked, not a condition offered. */
const PERK_NOT_AFTER = /^\s+(?:of|over)\b/i;
/** "experience with mentorship", "comfortable with ownership": the candidate's own trait after all. */
const PERK_NOT_BEFORE = /\b(?:experience|experienced|comfortable|skills?|track record|history|ability|able|proven)\b[^.;:]{0,20}$/i;

// ---- apply: application instructions ----
/** A sentence that opens on the hiring process's steps ("Our interview: …", "Interview loop - …", "The hiring process includes …"). */
const INTERVIEW_STEPS = /(?:^|[.!?;•]\s*)[^.!?;•]{0,40}\b(?:(?:our|the)\s+(?:(?:hiring|recruiting|recruitment|interview(?:ing)?|application)\s+(?:process|loop|stages|steps|rounds)|interviews?)|interview\s+(?:process|loop|stages|steps|rounds?)|(?:our|the)\s+process(?=\s*:))\s*(?::|[-\u2013\u2014]\s|(?:is|are|has|have|includes?|involves?|consists? of|looks? like|will (?:be|include|involve)|takes?|goes)\b)/i;
/** What the hiring process says it assesses: the candidate's skill asked after all. */
const ASSESSED = /\b(?:assess(?:es|ing)?|test(?:s|ing)?|evaluat\w*|gauge|check)\s+(?:your|you(?:r)? on|how (?:well )?you)\b|\b(?:in|using|with)\s+(?:the\s+)?(?:language|stack)\s+of\s+your\s+choice\b/i;

// ("email" as the last item of a list, "by phone, Slack and email.", is a channel of the work, no instruction.)
const APPLY = /\b(?:apply|applying|application|send|e-?mail(?!\s*(?:[.;)]|$))|include|share|submit|attach|dm|reach out|tell us|drop us|write to|contact)\b/i;
const PROFILE = /^\s*(?:(?:,|\/|or|and|&|\+)\s*(?:[\w.-]+\s*){1,2})*\s*(?:profiles?|links?|handles?|usernames?|accounts?|urls?|pages?|repos?|repositories|videos?|recordings?|walkthroughs?)\b/i;
/** "… Snowflake among our customers". */
const AMONG_OURS = /^[^.;:()]{0,40}?\bamong (?:our|its|their) (?:[\w-]+\s+){0,2}?(?:customers|clients|users|investors|backers|partners|alumni)\b/i;
/** "… and Notion are just a few of our customers", "… were two of its first users". */
const FEW_OF_OURS = /^(?:[^.;:()!?]|\.(?=\w)){0,80}?\b(?:are|is|were|was)\s+(?:just\s+|only\s+)?(?:a few|some|several|a handful|one|two|three|four|five|many|all|a couple)\s+of\s+(?:our|its|their)\s+(?:[\w-]+\s+)?(?:customers|clients|users|investors|backers|partners)\b/i;
/** "Ping us on Slack", "message the team via Discord": the channel to reach the employer by. */
const REACH_US = /\b(?:ping|message|dm|find|reach|contact|text|email|write to|chat with)\s+(?:us|me|the team|our (?:team|recruiters?|founders?))\s+(?:on|via|over|through|in)\s+(?:the\s+)?(?:[\w.-]+\s*(?:,|or|and|\/)\s*){0,3}$/i;
/** "find me on the dbt or k8s Slack", "ping us in the Rust Discord": a chat tool named after its community is a channel to reach the employer by. */
const REACH_US_CHANNEL = /\b(?:ping|message|dm|find|reach|contact|text|chat with)\s+(?:us|me|the team|our (?:team|recruiters?|founders?))\s+(?:on|via|over|through|in)\s+(?:the\s+)?(?:[\w.-]+\s*(?:,|or|and|\/)\s*){0,4}(?:[\w.-]+\s+){0,2}$/i;
const CHANNEL = /^(?:slack|discord|telegram|whatsapp|signal|matrix|irc|zulip)$/i;
const YOUR = /\b(?:your|a link to(?: your)?|links? to(?: your)?|url (?:of|to)(?: your)?|links?\s*\(|links?:)\s*(?:[\w.-]+\s*(?:,|\/|or|and|&)\s*){0,3}$/i;

/** Application material a profile is listed with: "resume/CV, LinkedIn/GitHub", "a short note + GitHub or …". */
const MATERIAL = String.raw`(?:resumes?|r\u00e9sum\u00e9s?|cvs?|linkedin|portfolios?|cover letters?|(?:short |quick |brief )?(?:notes?|intros?|introductions?|blurbs?)|websites?|achievements?|(?:(?:\d+|one|two|three|five)[- ]?min(?:ute)?s?|short|quick|brief)\s+(?:videos?|recordings?|screencasts?|walkthroughs?)|one thing you(?:'|\u2019)?ve (?:built|shipped|made)|something you(?:'|\u2019)?ve (?:built|shipped|made))`;
const MATERIAL_BEFORE = new RegExp(String.raw`\b${MATERIAL}\b[^.;:()]{0,30}?(?:[,/+&]|\band\b|\bor\b)\s*$`, 'i');
const MATERIAL_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,20}\))?\s*(?:[,/+&]|\band\b|\bor\b)\s*(?:a |your |an? )?${MATERIAL}`, 'i');

/** An e-mail address spelled out ("ssl @ acme.io", "jobs [at] rust-shop [dot] com"): a word of it is a handle, not a skill. */
const AT = String.raw`(?:@|\[at\]|\(at\)|\{at\}|<at>|\s+at\s+(?=[\w-]+\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*(?:com|ai|io|org|net|dev|co|app|sh|tech|so)\b))`;
const HANDLE_AFTER = new RegExp(String.raw`^\s*${AT}\s*[\w-]+`, 'i');
const HANDLE_BEFORE = new RegExp(String.raw`(?:@|\[at\]|\(at\)|\{at\}|<at>)\s*$`, 'i');
/** A mail service's name, and the instruction to write to someone "at" a few words before it. */
const MAIL_SERVICE = /^(?:g-?mail|hotmail|outlook|proton-?mail|yahoo)$/i;
const MAILED_AT = /\b(?:e-?mail|mail|write|reach|contact|ping|message)\b[^.\n]{0,20}?\bat\s+(?:[\w.-]+\s+){0,3}$/i;
const DOMAIN_AFTER = /^\s*(?:\.|\[dot\]|\(dot\)|\s+dot\s+)\s*\w+/i;

// ---- apply also: a code host named as material to send (s37) ----

/** Sites a candidate's code or profile lives on. */
const PROFILE_SITES = new Set(['github', 'gitlab', 'bitbucket', 'kaggle', 'hugging-face']);
/** "…, include GitHub.", "send GitLab and a CV": the site right after a verb of sending is the material, not a tool asked. */
const SENT_BEFORE = /\b(?:include|send|share|attach|show us|link(?: to)?)\s+(?:(?:a|an|your|the|us)\s+){0,2}$/i;
/** "show us … a GitHub repository": the site's repository or profile as something to show. */
const SHOWN_AFTER = /^\s+(?:repository|repo|profile|account|handle|link)\b/i;

/** A code host named as application material: after a verb of sending, or as a repository or profile to show or send. */
function profileSent(before: string, after: string, sentenceText: string): boolean {
  return SENT_BEFORE.test(before) || (SHOWN_AFTER.test(after) && (/\bshow us\b/i.test(sentenceText) || APPLY.test(sentenceText)));
}

// ---- consumer: products in a consumer sense ----

const CONSUMER_HEAD = /\b(?:assistants?|(?:ai |coding |chat )?agents|agent (?:interfaces|apps)|chatbots?|chat apps?|apps|applications|consumer (?:products?|apps?|brands?|tools?)|brands?|products|games|devices|marketplaces|websites|sites|companies|startups|businesses|retailers|household names|unicorns|giants)\s*(?:,\s*)?(?:like|such as|including|e\.g\.,?|for example)\s+$/i;
const LIST_ITEM = /^(?:[\s,]*(?:and|or|&|\/)?\s*[A-Z][\w.+-]*(?: [A-Z][\w.+-]*){0,2})*[\s,]*(?:and|or|&|\/)?\s*$/;

// ---- verb: a form read as a verb phrase ----

/** Two-word forms a verb and a plain noun can spell ("build systems", "design systems", "test tools"). */
/** "note the role in the subject so I can prioritize", "so we can respond": the poster's own act in a line of how to apply. */
const POSTER_PURPOSE = /\bso(?: that)? (?:I|we)(?: can| could| will| may| might|'ll|\u2019ll)?\s+(?:[a-z]+ly\s+)?$/i;
/** "a whiteboard app we wrote to collaborate", "a bot to communicate updates": what a tool is for is its users' act, not a trait asked. */
const TOOL_TO = /\b(?:apps?|tools?|bots?|software|workspaces?|plugins?|extensions?)\s+(?:(?:that\s+)?(?:we|I)\s+(?:built|created|made|wrote|developed)\s+)?to\s+$/i;
const VERB_FIRST = /^(?:build|design|test|run|ship|deploy|release|program|plan|operate|distribute)\s+(?:systems?|tools?|processes|products?|pipelines?|software|services?|apps?|platforms?|things|infrastructure)$/i;
const VERB_BEFORE = /(?:^|\b(?:to|will|we|you|you'll|we'll|you'd|can|help|helping|and|who|then|also|must|should|love to|get to)\s*|^[\s•*-]*)$/i;
const VERB_AFTER = /^\s+(?:from scratch|from the ground up|from zero|that|which|who|to|for (?:our|the|a|an)|at (?:scale|the)|end[- ]to[- ]end|across|in (?:a|an|the|our)|with (?:a|an|the|our)|and (?:teams|processes|products|companies))\b/i;

// ---- analogy: the employer described by comparison with a known product ----

const ANALOGY_BEFORE = /\b(?:(?:us|it|this) as|think of|called(?: (?:it|us|them))?|we(?:'re| are)|become|becoming|building|build|is|like)\s+(?:the|a|an)?\s*$/i;
/** "on the scale of Palantir or …", "the next Stripe", "compete with Salesforce", "an open alternative to Jira", "faster than using Excel": the company compared with a named product. */
const COMPARE_BEFORE =
  /\b(?:on the (?:scale|size|level) of|the (?:size|scale) of|the next|the likes of|in the (?:league|mold|mould) of|as (?:big|large|successful) as|rival(?:s|ing)?|compet(?:e|es|ing) (?:with|against)|(?:an? )?(?:open[- ]source |modern |cheaper |better )?alternatives? to|disrupt(?:s|ing)?|(?:better|faster|cheaper|easier|simpler|more \w+|less \w+) than(?: using| with| in)?)\s+(?:[A-Z][\w.+-]*(?:\s+[A-Z][\w.+-]*)?,?\s+(?:or\s+|and\s+)?)*$/;
/** A cheap test for COMPARE_BEFORE's words, run first: most text around a named tool has none of them. */
const COMPARE_CUE = /scale|size|level|next|likes|league|mou?ld|\bas |rival|compet|alternative|disrupt|than/i;
/** "a Redis fork", "the Jira alternative teams like": the company's product described by the tool it copies or replaces. */
const COMPARE_AFTER = /^\s*(?:[-\s](?:compatible|style))?\s+(?:fork|alternative|clone|replacement|competitor|killer)s?\b/i;
/** "… do for contracts what Figma did for design", "what Stripe has done to payments": the product the company means to repeat, in another field. */
/** "#3 trending on", "5k stars on", "featured on", "top of": a rank or a count of fans, then the platform it was earned on. */
const RANKED_ON_PLATFORM = /(?:\btrending|#\s?\d+|\bnumber (?:one|\d+)|\bno\.\s?\d+|\bstars?|\bstarred|\bfeatured|\branked|\bupvote[sd]?|\bfront page|\btop(?: \d+)?(?: of)?)\s+(?:[\w-]+\s+){0,2}?(?:on|in)\s+$/i;
/** "in your company", "across your organization": the reader as a customer who owns or runs a company. */
const YOUR_COMPANY = /\b(?:in|across|at|throughout|of)\s+your\s+(?:whole\s+|entire\s+)?(?:company|organi[sz]ation|org|business|enterprise)\b/i;
/** Words that make a sentence speak to the hire after all ("you'll join", "experience with …", "the role"). */
const YOUR_COMPANY_ASKS = /\b(?:hiring|looking for|seeking|join|role|position|experience|candidates?|you(?:'|\u2019)ll|you will|you(?:'|\u2019)ve|you have|must|should|need)\b/i;
/** "By combining A, B and C, we help/enable/let …": the means of the company's pitch, up to its main clause. */
const BY_MEANS = /^\s*by\s+(?:uniting|combining|bringing together|blending|pairing|marrying|merging|unifying|integrating)\b[^.;:]*?,\s+(?:we|[A-Z][\w.-]*)\s+(?:enable|help|let|allow|empower|give|make)s?\b/i;
/** The sentence so far ends on the employer's name, "is" or "are", and at most one adverb ("Acme is more "). */
function ownIsBefore(before: string, names: PostingNames): boolean {
  const lower = before.toLowerCase();
  return names.own.some((n) => {
    const at = lower.lastIndexOf(n + ' ');
    return at >= 0 && (at === 0 || !/[\w-]/.test(lower[at - 1]!)) && /^ (?:is|are) (?:(?:more|very|deeply|highly|extremely|truly|super|quite|radically|fiercely) )?$/.test(lower.slice(at + n.length));
  });
}
const DID_FOR_AFTER = /^\s+(?:did|has done|have done|once did)\s+(?:to|for|with)\b/i;
/** "Think of <tool> but for …": the comparison says so itself, whatever the case the tool is written in. */
const THINK_OF = /\bthink of\s+(?:the|a|an)?\s*$/i;
/** "Think Android for CCTV", "— think Stripe for payroll": an imperative 'think' opening the sentence or a dash's clause names the product the company compares itself with. */
const THINK_IMPERATIVE = /(?:^|[-\u2013\u2014(:•*]\s*|[.!?]\s+)think\s+(?:the|a|an)?\s*$/i;
const ANALOGY_AFTER = /^(?:'s)?,?\s+(?:(?:\+|and|&)\s+[\w.-]+\s+)?(?:but\s+)?(?:of|for)\s+(?!(?:the|our|your|a|an|all|every|data|infrastructure|deploy\w*|build\w*|ci|testing|monitoring|logging|storage)\b)[a-z]/i;

// ---- market: the employer's product and whom it serves ----

/** "infrastructure for", "a platform for", "tools for" … the hit, in a sentence about the company, not about you. */
const MARKET_BEFORE = /\b(?:infrastructure|platforms?|tools?|tooling|software|products?|solutions?|apps?|marketplace|suite|os|operating system|control plane|home|layer|ecosystem|stack)\s+(?:for\s+(?:[\w-]+\s+){0,2}(?:[A-Z][\w.+#-]*,\s+(?:and\s+|or\s+)?){0,6}|to (?:[\w-]+ly\s+)?(?:run|build|manage|supervise|deploy|secure|protect|monitor|govern)\s+(?:[\w-]+\s+){0,2}(?:[\w.+#-]+(?:\s+[\w.+#-]+){0,2},\s+(?:and\s+|or\s+)?){0,6})$/i;
/** "…, a fully remote data startup building …": what a company (not the hire's team) builds, named as its kind. */
// "an infrastructure company building datacenters, deploying GPUs": the company's clauses may run on in a list.
// "a startup building with Python, …" names its stack, and so does "a company building entirely on Azure".
const KIND_BUILDING = /\b(?:startup|company|firm|lab|business|venture)\s+(?:building|developing|making|creating|that (?:builds|develops|makes|creates))\s+(?!(?:with|on|in|using|atop|around)\b)(?:(?:the|an?)\s+)?(?:(?!(?:with|on|in|using|atop|around)\b)[\w-]+\s+){0,3}(?:[\w-]+,\s+(?:and\s+)?(?:building|developing|making|deploying|operating|running|powering|shipping|designing)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}){0,2}$/i;
/** "an early-stage startup at the intersection of system design, cloud and AI", "problems at the intersection of X and Y": the fields the company's market or its problems span. */
const COMPANY_INTERSECTION = /\b(?:startup|company|firm|lab|business|venture|problems?|challenges?)\b[^.;:]{0,40}?\b(?:at|on|in) (?:the )?intersection of\s+(?:[\w/+-]+(?:\s*\([^()]{0,30}\))?,?\s+(?:and\s+|&\s+)?){0,10}$/i;
/** "an industry that still runs on spreadsheets and …": the tools the customers are stuck with. */
const STILL_ON = /\b(?:industry|industries|sector|market|world|businesses|companies|firms|teams|organi[sz]ations)\b[^.;:]{0,60}?\bstill\s+(?:runs?|relies?|depends?|lives?|works?|operates?)\s+(?:on|in|with)\s+(?:[\w-]+,?\s+){0,4}$/i;
/** "a platform that helps organizations manage …": what the product's customers do with it. */
const HELPS_OTHERS = /\b(?:platform|tool|product|software|app|solution|system|service|engine|layer)s? (?:that|which) (?:helps?|lets?|enables?|allows?|empowers?) (?!you\b)[^.;:]{0,80}$/i;
// "macOS native APIs", "Android native code" are the platform's own interfaces, not a product "native" to the field.
/** The customers named by their field: the mention is followed by who they are ("… teams", "… clients", "… space"). */
const CUSTOMERS_AFTER = /^\s+(?:clients|customers|businesses|companies|merchants|sellers|brands|space|teams?|admins|administrators|operators|shops|stores|agencies)\b/i;
/** … and preceded by a word that serves or points at them ("for", "helps", "top", "these", "in the"). */
const CUSTOMERS_BEFORE = /\b(?:for|helps?|helping|to help|empowers?|empowering|enables?|enabling|serves?|serving|sells? to|selling to|top|these|those|in the)\s+(?:(?!our\b)[\w-]+\s+)?$/i;

/** "AI-powered ", "cloud-native ", "LLM-driven " just before the mention. */
const POWERED_BEFORE = /\b(?:ai|ml|llms?|genai|cloud|data|agent|software|machine[- ]learning)-(?:powered|driven|native|based)\s+$/i;
const POWERED = /^(?:\s*[/&]\s*[\w+]+(?:\.[\w+]+)*)?\s*-?\s*(?:powered|driven|native(?!\s+(?:apis?|apps?|applications?|code|modules?|ui|development|features?|sdks?|librar(?:y|ies)|bindings|integrations?|frameworks?)\b))\b/i;
/** "React/React Native", "iOS/Android native", "iOS native and Flutter": React Native, or a platform's native development, no product's kind. */
const PLATFORM_NATIVE = /^\s*[/&]\s*(?:React|iOS|Android|macOS|Windows|Linux|mobile|desktop|web)\s+native\b/i;
const PLATFORM_FORM = /^(?:iOS|Android|macOS|Windows|Linux|mobile|desktop|web|React)$/i;
function platformNative(hit: SkillHit, after: string): boolean {
  return PLATFORM_NATIVE.test(after) || (PLATFORM_FORM.test(hit.text) && /^\s+native\b/i.test(after));
}
/** A task set to the hire, a sentence opening on an imperative ("Build …", "ML Engineer — Design and scale …"). */
const TASK =
  /^[\s•*#>-]*(?:[^.!?:]{0,60}?\s[—–-]\s|[^.!?:]{0,40}:\s*)?(?:design|build|create|develop|own|scale|lead|ship|write|maintain|improve|work|drive|implement|architect|deploy|operate|define|shape|contribute|optimi[sz]e|debug|integrate|prototype|evaluate|extend|harden|migrate)\b/i;
// "developer experience", "a knowledge graph": the product's nouns, not the candidate's experience or knowledge.
const ABOUT_YOU = /\b(?:you|you'll|you're|your|candidates?|(?<!\b(?:developer|user|customer|patient|guest|shopping|buying|checkout|employee|member|learning|product|end-user|listening|viewing|gaming|driving|in-app)[ -])experience|familiar\w*|knowledge(?! (?:graphs?|bases?|management|work(?:ers?)?)\b)|proficien\w*|skills?)\b/i;

/** "… to make data warehouses and", "making the": the object of "make", not the company's own ("our"). */
const MAKE_BEFORE = /\b(?:we|it|which|that|to|helps?|helping)\s+(?:(?:\w+\s+){0,2}(?:to\s+))?mak(?:e|es|ing)\s+(?!(?:our|my|your|us)\b)(?:(?:the|their|its|every|any)\s+)?(?:(?:[\w-]+\s+){1,2}(?:and|&|or)\s+|(?:[\w-]+\s+)?[\w-]+,\s+){0,3}(?:[\w-]+\s+)?$/i;
/** "… jobs more efficient", "… pipelines faster and cheaper": a comparative closing the object. */
const MAKE_AFTER = /^(?:,?\s+[\w-]+){0,4}?\s+(?:(?:more|less)\s+\w+|faster|cheaper|safer|easier|simpler|better|smarter|efficient|reliable|affordable)\b/i;
/** "to sell route optimization software and …", "selling our API platform": the hit in the object of "sell". */
const SELL_BEFORE = /\b(?:to|will|you(?:'ll)?|and) sell(?:ing)?\s+(?:our |the |an? |its )?(?:[\w-]+\s+){0,3}(?:(?:software|platforms?|products?|solutions?|services?|tools?)\s+(?:and|&|\+)\s+)?$/i;
/** "closing deals in fintech and logistics", "customers across retail": the field the employer sells into or counts its customers in. */
const SOLD_INTO = /\b(?:deals|customers|clients|buyers|vendors|players|leaders?|companies|businesses|startups|enterprises|accounts)\s+(?:in|across|within)\s+(?:the\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+|&\s+)?){0,3}$/i;
/** "connect your school's systems (SIS/LMS/…)", "developers connect models, tools and APIs": the users' systems a product connects
 * (not "our service connects to Redis", the team's own stack). */
const CONNECTS_TO = /\b(?:(?:users|customers|clients|developers|teams|admins|schools|companies)\s+(?:can\s+)?connect(?: (?:to|with))?\s+|(?:connect(?:s|ing)?(?: (?:to|with))?|integrates (?:with|into)|syncs? with|plugs? into|hooks? into)\s+(?:your|their)\s+(?:[\w\u2019'-]+\s+){0,3}?(?:\(\s*)?)(?:[\w.+-]+(?: [\w.+-]+)?\s*(?:,|\/|and|or|&)\s*){0,6}$/i;
/** "users who collaborate …", "shoppers that compare …": a relative clause about the product's users. */
const USERS_WHO = /\b(?:users|customers|clients|shoppers|patients|buyers|consumers|players|subscribers|viewers)\s+(?:who|that)\s+(?:[\w-]+\s+){0,4}$/i;
/** "Our target customer is fast-growing startups who have a strong need for …": the customers named, then what they need. */
const CUSTOMER_IS = /\b(?:target|ideal|typical) (?:customers?|clients?|users?|market)\b[^.;:]{0,60}?\b(?:who|that|with)\s+(?:[\w-]+\s+){0,6}$/i;
/** "… is a leading provider of IP address data, including geolocation, …": what the company provides. */
const PROVIDER_OF = /\b(?:is|are|we(?:'|\u2019)re|as) (?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:provider|supplier|vendor|maker)s? of\s+(?:[\w-]+\s+){0,4}(?:,?\s*(?:including|like|such as)\s+)?(?:[\w-]+,?\s+(?:and\s+|or\s+)?){0,4}$/i;
/** "SIEM sucks, so we're here to fix it": a field the company sets out to fix. */
const FIELD_BROKEN = /^\s+(?:sucks|is broken|is a mess|is painful|is still painful|is hard|is slow|is too slow|is too expensive)\b[^.!?]{0,40}?\b(?:we|we(?:'|\u2019)re|so)\b/i;

/** "X are about to orchestrate …", "the future of DevOps isn't …", "every engineer is becoming …": a claim about where the world goes, the company's pitch. */
const TREND = /\b(?:(?:believe|think|bet|convinced|know)(?: that)? the future of|(?:is|are) (?:about to|becoming|quickly becoming|rapidly becoming|shifting|reshaping|eating(?! (?:us|our|me|my|into our|away at our)\b)|blurring|converging|now possible)|will (?:soon )?(?:transform|reshape|replace|orchestrate|eat)|every (?:engineer|company|developer|team|business|industry) (?:is|will))\b/i;
/** Words (lower case) one of which stands in anything TREND matches: a sentence with none does not run it (it ran on every mention's). */
const TREND_WORDS = ['future of', 'about to', 'becoming', 'shifting', 'reshaping', 'eating', 'blurring', 'converging', 'now possible', 'will soon ', 'will transform', 'will reshape', 'will replace', 'will orchestrate', 'will eat', 'every engineer ', 'every company ', 'every developer ', 'every team ', 'every business ', 'every industry '];

// ---- degree: the fields a degree may be in ----

// (The field's words after "in"/"of" are a dozen at most and never "experience" or "years": a sentence written without stops,
// "an engineering degree 3+ years of experience in mobile testing …", asks the experience, not the degree's field.)
const DEGREE = /\b(?:degree|bachelor(?:'|\u2019)?s?|masters?(?:'|\u2019)?s?|b\.?sc?\.?|m\.?sc?\.?|ph\.?d\.?|diploma|major(?:ed)?|graduat\w*)\b(?:(?!equivalent|experience|depth|expertise|knowledge)[^.;:,\n]){0,25}?\b(?:in|of)\s+(?:(?!(?:experience|years?)\b)[\w-]+[\s,]+){0,12}$/i;

// ---- pitch: the company's own sentence about what it does or is ----

// (PITCH_SUBJECT and PITCH_NAMED are only tested: the closing word lists sit in lookaheads, which V8 compiles cold in ~2 ms instead of ~8–14 ms.)
/** The sentence's subject is the company: "We …", "Our platform …", "It …" (the company's own name is checked apart). */
const PITCH_SUBJECT = /^[\s•*#>-]*(?:[A-Z][\w ]{0,20}:\s*)?(?:(?:at|here at) [\w.&' -]{1,30}, |(?:by|powered by|using|through|built (?:on|with|around)) [^,]{3,80}, )?(?:think of (?:it|us|this|[A-Z][\w.-]*) as|it|its|we|we(?:'|\u2019)(?:re|ve)|our (?:[\w-]+ ){0,2}?(?=(?:company|mission|vision|goal|ai|models?|platform|products?|software|technology|tech|engine|app|service|team|culture|customers|work|applications|use cases|users|clients?|market|focus|solutions?|system|offering|approach|layer|dataset|data|api|sdk|agents?|tools?|network|graph|index|runtime|protocol|marketplace|infrastructure|research|first product)\b)|(?:today|now|currently|together),? we)\b/i;
/** A proper name heading the sentence with a verb of what a company does: "Norm enables …", "Lumen Labs pioneered …", "By doing X, Acme helps …". */
const PITCH_NAMED = /^[\s•*#>-]*(?:[A-Z][\w ]{0,20}:\s*)?(?:(?:[Bb]y|[Pp]owered by|[Uu]sing|[Tt]hrough|[Bb]uilt (?:on|with|around)) [^,]{3,80}, )?(?!(?:This|That|These|Those|There|Here|The|A|An|Each|Every|What|Who|Which|It|Its|You|Your|If|When|As|Success|Experience)\b)(?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*){0,2}(?: \([^)]{1,40}\))?(?:, (?:the|a|an) [^,]{1,60},)?,? (?=(?:is|are|was|has|helps|enables|empowers|builds|makes|brings|provides|offers|delivers|powers|pioneered|develops|creates|serves|turns|lets|gives|protects|automates|replaces|equips|unifies|transforms|simplifies|streamlines|accelerates|combines|specializes|operates)\b)/;
/**
 * The sentence also says what the hire does, asks for, or what the company builds with: then its skills stay.
 * One alternation, in four (only tested: any match is a match of the whole): ~6 ms to compile cold, the four ~1.6 ms.
 */
const PITCH_KEEP = [
  /\b(?:you|you'll|you're|your|candidates?|someone|people who|engineers? who|hire|hiring|looking|seek(?:ing)?|need)\b/i,
  // ("an automated coaching experience for players", "a smooth experience for our customers": the product, no ask.)
  /\b(?:want|require[sd]?|experience[d]?(?! for (?:the |our |its |their |all )?(?:[\w-]+ ){0,2}(?:users|players|customers|patients|fans|members|athletes|students|learners|drivers|riders|guests|shoppers|buyers|sellers|creators|clients|clubs|crews|families|parents|homeowners|travell?ers|viewers|listeners|readers)\b)|familiar\w*|knowledge(?! (?:graphs?|bases?|management|representation)\b)|proficien\w*|skills?|expert\w*|(?:we|you|i|engineers|developers|platform|product|system|stack|engine|app|service|team|infrastructure)s?(?: \w+)? use[sd]?|using|stack|built (?:on|with|in|using)|written in)\b/i,
  /\b(?:runs? (?:on|in)|work(?:s|ing)? (?:on|with|in)|tech(?:nologies|nology)? (?:we|is|are)|(?<!natural )languages?(?! models?| processing)|tools? we|a plus|bonus|ideally|strong|comfortable|roles?|positions?|openings|vacanc(?:y|ies)|value)\b/i,
  // "practice" as a noun ("engineering practices", "best practice"), not the verb ("help clinics practice at their best").
  /\b(?:values|look for|index|care about|rotations?|practices|(?:best|engineering|development|coding|security|team) practice|rituals?|standups?|retros?|sprints?)\b/i,
  // The team's own work, which the hire will share (../shared/LABELLING.md: the stack the team works in is labelled "stack"):
  // the team as the subject of its work ("Our group mostly builds …"), the company training, running or operating its own
  // systems ("we train our own …", "we run … pipelines", "we download and perform static analysis on …"), the problems it is working
  // through ("we're tackling challenges in …").
  /\b(?:(?:our|the|my) (?:[\w-]+ ){0,2}?(?:team|group|squad|org|engineers)(?:'s| is| are)? (?:(?:mostly|primarily|mainly|currently|largely|also|now|chiefly) )?(?:focused on|focuses on|builds?|building|built|works? on|working on|owns?|maintains?|trains?|training|runs?|designs?|develops?|developing|ships?|operates?)|we(?:'re| are)? (?:(?:currently|also|mostly|primarily|actively|already) )?(?:(?:[\w-]+ and )?(?:perform(?:ing)?|conduct(?:ing)?) |train(?:ing)?|fine-tun(?:e|ing)|maintain(?:ing)?|run(?:ning)? (?:[\w-]+ ){0,4}?(?:pipelines|clusters|models|systems|workloads|fleets|infrastructure)|design(?:ing)? (?:[\w-]+ ){0,2}?systems|tackl(?:e|ing) (?:[\w-]+ ){0,2}?(?:challenges|problems)|built (?:our|its) own)|(?:have|has) built (?:our|its) own)\b/i,
];
/** A hiring manager's team introduced ("a role open on my team", "I'm hiring for my group"): the "we" that follows is the hire's team. */
const TEAM_INTRO = /\b(?:(?:on|to|join|for) my (?:team|group|org)|(?:role|opening|position|req) (?:open )?on (?:my|our) (?:team|group))\b/i;
/** The candidate invited by an imperative opening a sentence ("Come build a cloud.", "Join us to …"): the "we" that follows is the hire's team. */
const INVITED = /(?:^|[.!?]\s+|\n)[\s•*#>-]*(?:come (?:build|join|work|help|hack|design|make|ship)|join us)\b/i;
/** The candidate addressed: "you'll", "you will", "your". */
const ADDRESSED = /\byou(?:(?:'|\u2019)(?:ll|re|d)| will| would)\b|\byour\b/i;
/** "lets you run … on your laptop", "keeps your database in sync": the product's user, not the hire (the clause is set aside). */
// "… works across your IDE, Slack and CI", "integrates with any provider (…)": the product's integrations, said in the third person.
const PRODUCT_USER =
  /\b(?:(?:lets?|helps?|allows?|enables?|empowers?|gives?) you|(?:keeps|turns|puts|brings) your|so (?:that )?you can|for (?:[\w-]+ ){1,3}(?:looking to|who (?:want|need)|wanting to|trying to)|(?:works|integrates|plugs|connects|syncs|runs) (?:across|with|into|in|on|to) (?:your|any|every|all (?:major|popular|the)|popular|existing|many|(?:a|an) (?:number|range|variety|host|wide range|long list) of|dozens of|hundreds of)\b)[^.;:]*/gi;
/** "software that lets anyone in your company …": the clause of what a product lets its users do, whose "you" is its user. */
/** A word each PRODUCT_USER or OTHERS_CLAUSE match holds: without one, the paragraph's "you" is not read again without them. */
const LETS_WORD = /\b(?:lets?|helps?|allows?|enables?|empowers?|gives?|keeps|turns|puts|brings|so (?:that )?you|works|integrates|plugs|connects|syncs|runs|looking to|who (?:want|need)|wanting to|trying to)\b/i;
const OTHERS_CLAUSE = /\b(?:platform|tool|product|software|app|solution|system|service|engine|layer)s? (?:that|which) (?:helps?|lets?|enables?|allows?|empowers?) (?!you\b)[^.;:]*/gi;
/** "… helps sales teams win deals", "enabling users to blend …": the clause of the product's users, named by who they are. */
const HELPS_USERS = /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|empower(?:s|ing)?) (?:[\w-]+ ){0,2}(?:developers|engineers|teams|companies|businesses|customers|users|organi[sz]ations|enterprises|creators|brands|sellers|merchants|clinicians|marketers|recruiters|lawyers|accountants)\b[^.;:]*/gi;
/** The hit stands in a clause `re` finds in its sentence. */
function clauseHolds(re: RegExp, text: string, sentence: [number, number], hit: SkillHit): boolean {
  const s = narrow(text.slice(sentence[0], sentence[1]));
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) if (sentence[0] + m.index <= hit.start && hit.end <= sentence[0] + m.index + m[0].length) return true;
  return false;
}
/** The hit stands in the product user's clause of its sentence ("lets you …", "so you can …"). */
function productUserAt(text: string, sentence: [number, number], hit: SkillHit): boolean {
  const s = narrow(text.slice(sentence[0], sentence[1]));
  PRODUCT_USER.lastIndex = 0;
  for (let m = PRODUCT_USER.exec(s); m; m = PRODUCT_USER.exec(s)) {
    if (sentence[0] + m.index <= hit.start && hit.end <= sentence[0] + m.index + m[0].length) return true;
  }
  return false;
}
/** Words of a team's people and culture: a soft skill said of them is asked of the hire too. */
const CULTURE = /\b(?:cultures?|values?|valued|team(?:s|mates)?|people|colleagues|environment|engineers|hires?|hiring|members|folks|each other|everyone|we are|we(?:'|\u2019)re)\b/i;
/** Soft skills stay whoever the subject is when the sentence is about the team: "we value curiosity" asks it of you. */
const SOFT = new Set(softSkills.skills.map((s) => s.id));

/** A form that names a field in ordinary words ("compliance", "applied AI", "agentic workflows"), not a product's name. */
function conceptForm(hit: SkillHit): boolean {
  return !SOFT.has(hit.skillId) && /^[a-z\s/&-]*$/.test(hit.text.replace(/\b(?:AI|ML|LLMs?|SaaS|IT|UX|UI|APIs?|SREs?|DevOps|MLOps|GTM|CI|CD|CRM|ERP|GenAI|IoT|IOT|Web3)\b/g, ''));
}

/** The company described in an appositive: "Acme, the leading <hit> company, …" (any case: it names the market). */
const APPOSITIVE_BEFORE = /^[\s•*#>-]*[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}, (?:the|a|an) [^,]{0,60}$/;
const APPOSITIVE_AFTER = /^[^,]{0,40}\b(?:company|platform|startup|provider|firm|lab|leader|vendor|marketplace|network)\b[^,]{0,20},/i;

/**
 * What the sentence-wide rules found in one sentence, kept while the same text is read: a
 * posting's hits share sentences, and the sentence-wide regexps run once per sentence, not per hit.
 */
interface SentenceFacts {
  keep?: boolean;
  addressed?: boolean;
  stack?: boolean;
  problem?: boolean;
  intro?: boolean;
}
let factsText: string | null = null;
const factsBySentence = new Map<number, SentenceFacts>();
function sentenceFacts(text: string, sentence: [number, number]): SentenceFacts {
  if (text !== factsText) (factsText = text), factsBySentence.clear();
  let f = factsBySentence.get(sentence[0]);
  if (!f) factsBySentence.set(sentence[0], (f = {}));
  return f;
}
/** The sentence says what the hire does or asks, or names the stack (PITCH_KEEP), the product's user set aside. */
function keeps(text: string, sentence: [number, number]): boolean {
  const facts = sentenceFacts(text, sentence);
  if (facts.keep === undefined) {
    // A lead "Built on a streaming engine, …" says what the product stands on; the rest of the sentence decides.
    let t = narrow(text.slice(sentence[0], sentence[1]));
    // "we want developers to stop …": the company's wish for its users, no ask ("we want you to …" still is one).
    if (t.includes('want')) t = t.replace(WANT_USERS, '');
    const s = t.replace(PRODUCT_USER, '').replace(OTHERS_CLAUSE, '').replace(/^[\s•*#>-]*(?:built|powered) (?:on|with|by|around) [^,]{3,80}, /i, '')
      // "companies you've heard of", "apps you use every day": the reader as a consumer, not the candidate.
      .replace(/\byou(?:(?:'|\u2019)ve| have)? (?:heard of|used|know and love|use every day|love)\b/gi, '');
    facts.keep = PITCH_KEEP.some((re) => re.test(s));
  }
  return facts.keep;
}

/** A named tool the rules keep in the same sentence: the company's sentence then describes its stack. Once per sentence. */
function namesStack(text: string, sentence: [number, number], hit: SkillHit, names: PostingNames, others: readonly SkillHit[]): boolean {
  const facts = sentenceFacts(text, sentence);
  const stack = (o: SkillHit) => o !== hit && o.start >= sentence[0] && o.end <= sentence[1] && !SOFT.has(o.skillId) && !conceptForm(o) && !abbreviates(text, o, others) && contextClass(text, o, names) === null;
  // The hit itself is never counted: a concept form's answer holds for every concept form in the sentence.
  if (!conceptForm(hit) || others.length === 0) return others.some(stack);
  return (facts.stack ??= others.some(stack));
}

/** "high performance computing (HPC)": the acronym in brackets right after its own skill's long form spells the field short, it names no tool. */
function abbreviates(text: string, o: SkillHit, others: readonly SkillHit[]): boolean {
  if (text[o.start - 1] !== '(' || text[o.end] !== ')') return false;
  const open = text.lastIndexOf('(', o.start);
  return others.some((p) => p.skillId === o.skillId && p.end <= open && text.slice(p.end, open).trim() === '');
}

/** A paragraph headed by a short line naming a role ("- Platform Engineers", "Data Engineer:"): what follows describes that role's work. */
function roleHeaded(para: string): boolean {
  const line = /^\s*([^\n]*)\n/.exec(para)?.[1] ?? '';
  return line.length > 0 && line.length <= 60 && !/[.!?]\s*$/.test(line) && !/ \| /.test(line) && roleNoun(line);
}

/** "leveraging ", "through the use of modern ": what the company builds with, at most two words before the field. */
const BUILT_WITH_BEFORE = /\b(?:leverag(?:e|es|ing)|(?:through|with|by) the use of)\s+(?:[\w-]+\s+){0,2}$/i;

function isPitch(text: string, sentence: [number, number], hit: SkillHit, names: PostingNames, others: readonly SkillHit[] = []): boolean {
  const s = narrow(text.slice(sentence[0], sentence[1]));
  if (APPOSITIVE_BEFORE.test(narrow(text.slice(sentence[0], hit.start))) && APPOSITIVE_AFTER.test(narrow(text.slice(hit.end, sentence[1])))) return true;
  // A soft skill the company claims for its work or product ("we solve hard problems for insurers", "our technical
  // excellence") is no ask; one it says of its people or culture ("a collaborative team", "we value candour") is.
  // "… helps sales teams win deals": a soft skill in the product user's clause is theirs, whoever the team is.
  if (SOFT.has(hit.skillId)) return (!CULTURE.test(s) || (/\b(?:help|enabl|empower)/i.test(s) && clauseHolds(HELPS_USERS, text, sentence, hit))) && companySpeaks(text, sentence, names);
  // A named tool is the company's stack, unless it stands in the product user's clause ("works with your Slack").
  if (!conceptForm(hit) && !abbreviates(text, hit, others) && !productUserAt(text, sentence, hit)) return false;
  // "… leveraging LLMs for …", "through the use of modern agentic AI": a field the company builds with, right after, is its stack.
  if (hasAny(text.slice(Math.max(sentence[0], hit.start - 50), hit.start).toLowerCase(), ['leverag', 'use of']) && BUILT_WITH_BEFORE.test(narrow(text.slice(Math.max(sentence[0], hit.start - 50), hit.start)))) return false;
  return companySpeaks(text, sentence, names);
}

/** The sentence is the company's own, about itself, before the paragraph has spoken to the candidate, with nothing asked in it. */
function companySpeaks(text: string, sentence: [number, number], names: PostingNames): boolean {
  const s = narrow(text.slice(sentence[0], sentence[1]));
  // The "Company | Title | Place" line heads the posting: it names the role, not the market.
  if (/ \| /.test(s) || keeps(text, sentence)) return false;
  if (paragraphAddressed(text, sentence)) return false;
  if (PITCH_SUBJECT.test(s) || PITCH_NAMED.test(s)) return true;
  const lead = s.replace(/^[\s•*#>-]+/, '').toLowerCase();
  if (names.own.some((n) => lead.startsWith(n) && !/[\p{L}\p{N}]/u.test(lead[n.length] ?? ' '))) return true;
  return introParagraph(text, sentence);
}

/** "You'll join the Foundations team. We build …": the paragraph has spoken to the candidate before the sentence, so its "we" is their team. Once per sentence. */
function paragraphAddressed(text: string, sentence: [number, number]): boolean {
  const para = Math.max(text.lastIndexOf('\n\n', sentence[0]), 0);
  // (With nothing before the sentence, the paragraph has said nothing: none of these patterns matches "", and one more
  // run on "" would compile each of them for a one-byte subject as well; narrow: the paragraphs they read come one byte.)
  const prior = narrow(text.slice(para, sentence[0]));
  return (sentenceFacts(text, sentence).addressed ??= prior !== '' && ((ADDRESSED.test(prior) && (!LETS_WORD.test(prior) || ADDRESSED.test(prior.replace(PRODUCT_USER, '').replace(OTHERS_CLAUSE, '')))) || TEAM_INTRO.test(prior) || INVITED.test(prior) || roleHeaded(prior)));
}

/**
 * The sentence stands in the posting's opening paragraph, right under its "Company | Title | Place" line, and
 * nothing before it has spoken to the candidate: that paragraph tells what the company does and for whom,
 * whatever its sentences' subjects ("Tables power every financial model …", "Agents are about to …").
 */
function introParagraph(text: string, sentence: [number, number]): boolean {
  const facts = sentenceFacts(text, sentence);
  return (facts.intro ??= isIntro(text, sentence));
}
function isIntro(text: string, sentence: [number, number]): boolean {
  const head = /^\s*[^\n]*\s\|\s[^\n]*\n/.exec(text);
  if (!head) return false;
  // The header line, then a blank line, or a rule of its own ("==========") and a blank line: the opening paragraph
  // follows. With no blank line the posting runs straight on, and only the line right under the header is its opening.
  const gap = /^[ \t]*\n(?:[ \t]*\n)*(?:[ \t]*[=*_~-]{3,}[ \t]*\n(?:[ \t]*\n)*)?/.exec(text.slice(head[0].length, head[0].length + 200));
  // (A header line that ends on a colon leads into what follows: "… so long as you:" opens a list of asks.)
  if (!gap && /:\s*$/.test(head[0])) return false;
  const start = head[0].length + (gap ? gap[0].length : 0);
  const end = gap ? text.indexOf('\n\n', start) : text.indexOf('\n', start);
  if (sentence[0] < start || (end >= 0 && sentence[0] > end)) return false;
  // "\u25cf Are self-motivated …", "\u25a0 …": a line opening on a bullet glyph is a list item, never the opening prose.
  if (/^\s*[\u25a0-\u25ff\u2022\u2023\u2043\u2219\u27a2\u2794\u2713\u2714\u2705]/.test(text.slice(sentence[0], sentence[1]))) return false;
  // A bulleted line is a list of asks or tasks more often than the company's prose.
  if (/^[\s]*[-*•·▪–]/.test(text.slice(sentence[0], sentence[1])) || /\n\s*[-*•·▪–]\s*$/.test(text.slice(0, sentence[0]))) return false;
  const before = text.slice(start, sentence[0]);
  return !ADDRESSED.test(before) && !/\b(?:hiring|looking for|seeking|role|position|requirements?|responsibilit\w*|qualifications?|must|need|skills?|experience|stack|tech(?:nologies|nology)?)\b/i.test(before);
}

/** The hit names the kind of thing the company is or sells: "… is building the AI-native eDiscovery platform", "a robotics startup". */
const KIND_AFTER = /^(?:[\s-]+(?:native|based|first|powered|driven|focused))?(?:\s*\/\s*[a-z][\w-]*)?(?:\s+[a-z][\w-]*){0,2}\s+(?:platforms?|company|companies|startups?|apps?|marketplaces?|providers?|vendors?|solutions?|firms?|suites?|products?|tools?|engines?|institutions?|banks?|agenc(?:y|ies)|consultanc(?:y|ies)|studios?|software|portfolios?|OS|operating system)\b(?!\s+(?:teams?|engineers?|experience|skills?))/i;

/** A named tool before "app", "codebase", "monolith": what the product is written in, not what it is ("our Django app"). */
const STACK_KIND_AFTER = /^\s+(?:(?:web|mobile|desktop)\s+)?(?:apps?|applications?|codebases?|monoliths?)\b/i;

/** The sentence opens "We're a …" or "<Name> is a …" right before the hit. */
const KIND_SELF = /^[\s•*#>-]*(?:[Ww]e(?:'|\u2019)?re|[Ww]e are|(?!(?:This|The|That|It|Your|Our|You|Each|Every|Success|Experience)\b)[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2} is)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:\([^)]{0,80}\)\s+)?$/;

/** "… our first product is a voice agent for …": the product named by its kind is the employer's, not an ask. */
const FIRST_PRODUCT = /\b(?:our|its|their) (?:first|flagship|core|main|initial|latest|newest|current) products? (?:is|are|was|will be) (?:an?|the)\s+(?:[\w-]+\s+){0,3}$/i;
/** "build the future of computer vision with us", "shaping the future of payments": the field the company works in. */
const FUTURE_OF = /\bthe future of\s+(?:[\w-]+\s+){0,3}$/i;
/** "… our Ledger Cloud platform": a capitalised name between "our" and a product's noun is the product's name. */
const OUR_NAMED_BEFORE = /\b[Oo]ur\s+((?:[A-Z][\w-]*\s+){0,2})$/;
const OUR_NAMED_PRODUCT = /^((?:\s+[A-Z][\w-]*){0,2})\s+(?:platform|product|suite|app|service|engine|offering)s?\b/;
/** "our Data Security Cloud platform": two or more capitalised words between "our" and the product's noun, the hit one of them. */
function ourNamedProduct(near: string, after: string): boolean {
  const b = OUR_NAMED_BEFORE.exec(near);
  if (!b) return false;
  const a = OUR_NAMED_PRODUCT.exec(after);
  return a !== null && (b[1]!.trim() !== '' || a[1]!.trim() !== '');
}

/** "Acme’s fraud detection platform", "Acme's security portfolio": the employer's own field, said with its name. */
function ownsKind(near: string, after: string, names: PostingNames): boolean {
  if (!near.includes('\u2019s ') && !near.includes("'s ")) return false;
  const lower = near.toLowerCase().replace(/\u2019/g, "'");
  return names.own.some((n) => {
    const at = lower.lastIndexOf(`${n}'s `);
    return at >= 0 && !/[\p{L}\p{N}]/u.test(lower[at - 1] ?? ' ') && lower.slice(at + n.length + 3).trim().split(/\s+/).filter(Boolean).length <= 2;
  }) && KIND_AFTER.test(after);
}

// ---- market, told of the customers: their problem ----

/** A sentence whose subject is the customers or the market ("Most lenders …", "They …", "With costs rising, clinics …"). */
// (Only tested: the nouns sit in a lookahead, ~3.4 ms to compile cold down to ~1.3 ms.)
const PROBLEM_SUBJECT =
  /^[\s•*#>-]*(?:(?:with|as|while|today|right now|currently|yet|but|and)\b[^,]{0,60},\s*)?(?:they|most|many|(?:[\w-]+\s+){0,2}(?=(?:customers|clients|users|teams|companies|businesses|organi[sz]ations|enterprises|professionals|contractors|operators|firms|banks|hospitals|clinics|workers|industries|lenders|insurers|retailers|brands|agencies|shops|founders|lawyers|attorneys|doctors|physicians|nurses|clinicians|accountants|architects|farmers|landlords|merchants|sellers|recruiters|marketers|pharmacies|schools|teachers|manufacturers|factories|utilities|governments|carriers|shippers|brokers|dentists|therapists)(?:'re|\u2019re)?\b))(?:'re|\u2019re)?\b/i;
/** What a problem statement says of them: stuck, manual, messy, still doing it the old way. */
const PROBLEM_WORD =
  /\b(?:struggl\w*|stuck|messy|hell|pain(?:ful)?|wast(?:e|es|ing)|juggl\w*|drown\w*|skyrocket\w*|broken|manual(?:ly)?|legacy|still|scattered|fragmented|can(?:'|\u2019)?t|cannot|tedious|error-prone|outdated|escap\w*|outgr[eo]w\w*|tired of|fed up|frustrat\w*|locked in)\b/i;

/**
 * "Banks and fintechs use Acme to automate document collection, financial modeling …": what the customers use the
 * company's product for. The name after the verb is no skill (our engineers use Terraform to manage AWS), nor the
 * company's own people ("our engineers use …").
 */
const CUSTOMERS_USE =
  /(?<!\b(?:our|my|we)\s(?:\w+\s)?)\b(?:customers|clients|users|teams|companies|businesses|organi[sz]ations|enterprises|banks|fintechs|lenders|insurers|retailers|brands|agencies|hospitals|clinics|firms|operators|professionals|lawyers|accountants|schools|governments|marketers|recruiters|sellers|merchants)\s+(?:(?:now|already|today|all)\s+)?(?:use|rely on|trust|choose)\s+([a-z][\w.-]*)\s+(?:to|for)\s/i;

function customersUse(text: string, sentence: [number, number], before: string, others: readonly SkillHit[]): boolean {
  const m = CUSTOMERS_USE.exec(before);
  if (!m || !/^[A-Z]/.test(m[1]!)) return false;
  const at = sentence[0] + m.index + m[0].lastIndexOf(m[1]!);
  return !others.some((o) => o.start === at);
}

function isProblem(text: string, sentence: [number, number], sentenceText: string): boolean {
  return (sentenceFacts(text, sentence).problem ??= PROBLEM_SUBJECT.test(sentenceText) && PROBLEM_WORD.test(sentenceText) && !keeps(text, sentence));
}

// ---- title: the "Company | Title | Place" line ----

/** The employer's cell of the posting's "Company | Title | Place" first line holds the hit ("Acme Learning (EdTech) | …"). */
/** The hit stands in brackets opened right after one of the employer's names, with nothing there about the candidate. */
function afterOwnName(text: string, hit: SkillHit, names: PostingNames): boolean {
  // (A window, not lastIndexOf over the whole text: most hits have no bracket anywhere near.)
  const from = Math.max(0, hit.start - 60);
  const rel = text.slice(from, hit.start).lastIndexOf('(');
  if (rel < 0) return false;
  const open = from + rel;
  const inside = text.slice(open + 1, hit.start);
  if (/[)\n]/.test(inside) || /\b(?:you|your|experience|skills?|knowledge)\b/i.test(inside)) return false;
  const lead = text.slice(Math.max(0, open - 60), open).replace(/\s+$/, '').toLowerCase();
  return names.own.some((n) => lead.endsWith(n) && !/[\p{L}\p{N}]/u.test(lead[lead.length - n.length - 1] ?? ' '));
}

function ownNameBefore(text: string, hit: SkillHit, names: PostingNames): boolean {
  if (text[hit.start - 1] !== ' ') return false;
  const lead = text.slice(Math.max(0, hit.start - 41), hit.start - 1).toLowerCase();
  return names.own.some((n) => lead.endsWith(n) && !/[\p{L}\p{N}]/u.test(lead[lead.length - n.length - 1] ?? ' '));
}

function inCompanyCell(text: string, hit: SkillHit, others: readonly SkillHit[] = []): boolean {
  let a = 0;
  while (a < hit.start && /\s/.test(text[a]!)) a++;
  let b = text.indexOf('\n', a);
  if (b < 0) b = text.length;
  if (hit.end > b) return false;
  const line = text.slice(a, b);
  const cells = line.split(' | ');
  // The other cells name the roles, and a discipline named in a title counts (../shared/LABELLING.md).
  if (!(cells.length >= 3 && hit.end - a <= cells[0]!.length && !roleNoun(cells[0]!))) return false;
  // (s46, #12) Not a line of a list, nor a line whose cells each name a skill: "• Go | Rust | Zig", "Tech: React | Vue |
  // Svelte (pick one)" offer tools, the first as much as the rest; a header's other cells name a role, a place, a pay.
  if (CELL_LIST_MARK.test(line) || CELL_LABEL.test(text.slice(a, hit.start))) return false;
  let from = a + cells[0]!.length + 3;
  for (const cell of cells.slice(1)) {
    const to = from + cell.length;
    if (!others.some((o) => o.start >= from && o.end <= to)) return true;
    from = to + 3;
  }
  return false;
}

/** (s46) A line of a list: a bullet's mark, then a space. */
const CELL_LIST_MARK = /^[\u2022\u00b7\u25aa\u25e6\u2023*+-]\s/;
/** (s46) A label before the first cell's name, that names no employer: "Tech: ", "Frontend: ", "Languages: ". */
const CELL_LABEL = /^(?!(?:company|employer|organi[sz]ation|client|startup|firm|team)\b)[A-Za-z][\w/&+ -]{0,30}:\s*$/i;

// ---- link: the title of a linked page ----

/** "I'm Dana Okafor, Senior Developer / ", "my name is Li, the ": the author's name, then their role. */
const SELF_NAMED_ROLE = /\b(?:I(?:'|\u2019)m|I am|my name is|this is)\s+[A-Z][a-z]+(?:[ -][A-Z][\w'-]+){0,2},\s+(?:(?:our|the|a|an)\s+)?(?:[\w&-]+\s*\/?\s*){0,4}$/i;
/** "— Walker, ", "-- Ana Lima, our ": a signature's dash, a name and a comma, then the role. */
const SIGNED_ROLE = /^[\s>]*[-\u2013\u2014~]{1,2}\s*[A-Z][a-z]+(?: [A-Z][\w'-]+){0,2},\s+(?:(?:our|the|a|an)\s+)?(?:[\w&-]+\s*\/?\s*){0,4}$/;
function authorsRole(text: string, sentence: [number, number], hit: SkillHit): boolean {
  const before = narrow(text.slice(sentence[0], hit.start));
  if (!before.includes(',')) return false;
  if (SELF_NAMED_ROLE.test(before)) return true;
  // A signature closes the text: little more than a link follows its line.
  const lineEnd = text.indexOf('\n', hit.end);
  return SIGNED_ROLE.test(before) && (lineEnd < 0 || text.slice(lineEnd).trim().length < 100);
}

/** A line that is a name and an open bracket: "Jerry (", "— Ana Lima (". */
const SIGNED_BEFORE = /^\s*[-\u2013\u2014~]{0,2}\s*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} \($/;
const LINK_AFTER = /^[^\n:]{0,30}:\s*<?https?:\/\//i;
const LINK_BEFORE = /^[\s•*-]*[\w .,&'’()-]{0,40}$/;
/** A URL (scheme cut off) of one job's page on a careers site or job board: a path naming the job under /careers/, /jobs/, /postings/, /o/, /j/. */
const JOB_URL = /^(?:[^\s/]+\/(?:[^\s/]+\/)*?(?:careers?|jobs?|postings?|positions?|openings?|o|j)\/[\w%-]{3,}|(?:jobs|careers|apply|job-boards|boards)\.[^\s/]+\/[\w%.-]{2,}\/[\w%-]{3,})/i;
/** A job's title heads the link: "Senior Product Designer: https://…" is a role on offer, its discipline counts. */
/**
 * A job's noun ("engineers", "Tech Lead", "Head of Data"): a word of ROLE_WORDS, plural or not, or "head(s) of". Words
 * looked up in a set, not one long alternation: it runs on every mention, and the worker keeps what a pattern compiles to.
 */
const ROLE_WORDS = new Set(['engineer', 'developer', 'designer', 'manager', 'scientist', 'lead', 'architect', 'analyst', 'intern', 'sre', 'specialist', 'director', 'researcher', 'executive', 'officer', 'advocate', 'writer', 'partner', 'associate', 'representative', 'recruiter', 'consultant']);
/** A word that ranks or grows ("leading", "largest", "fast", "top", "no. 1"), looked up word by word: it runs near every mention. */
const RANK_WORDS = new Set(['most', 'leading', 'largest', 'biggest', 'fastest', 'fast', 'rapidly', 'high', 'top']);
function ranked(near: string): boolean {
  const lower = near.toLowerCase();
  if (lower.includes('one') && /\bnumber one\b/.test(lower)) return true;
  if (lower.includes('1') && /\bno\.? ?1\b/.test(lower)) return true;
  return hasWord(lower, RANK_WORDS);
}
/** Whether lower-case text holds a word of `words` (or its plural, with `plural`), word by word as `\b…\b` would. */
function hasWord(lower: string, words: ReadonlySet<string>, plural = false): boolean {
  for (const w of lower.split(/[^a-z0-9_]+/)) if (words.has(w) || (plural && w.endsWith('s') && words.has(w.slice(0, -1)))) return true;
  return false;
}
function roleNoun(text: string): boolean {
  const lower = text.toLowerCase();
  if (/\bheads? of\b/.test(lower)) return true;
  return hasWord(lower, ROLE_WORDS, true);
}

/** "we (have|'ve|just|already) hired (our first|two|a) …", right before the role's title. (Not "hired to", "hired for": the work of the hire.) */
const HIRED_BEFORE = /\b(?:we|i)(?:(?:'|\u2019)ve| have| had| just| recently| already| also)* (?:hired|onboarded|brought on(?: board)?)\s+(?:(?:a|an|our|the|one|two|three|four|five|\d+|several|a few|first|second|new|founding|senior|staff|principal|lead|junior)\s+)*$/i;
/** "… Engineer hired", "… Engineer was hired (now …)": the title, then hired, told as done. */
const HIRED_AFTER = /^((?:[\s/-]*[A-Za-z][\w+.-]*){0,2}?)\s*(?:\(\w+\)\s*)?(?:,\s*)?(?:(?:was|were|has been|have been|got|already|recently|just)\s+)*(?:hired|onboarded)\b(?!\s+(?:to|for|into|as|by|through|via|from)\b)/;
/** A role named as already filled: the title follows "we hired …" or is followed by "hired"; not when the sentence asks for another ("now looking for a second"). */
function roleFilled(text: string, sentence: [number, number], hit: SkillHit, before: string): boolean {
  const ahead = text.slice(hit.end, Math.min(sentence[1], hit.end + 60));
  const title = /^(?:[\s/-]*[A-Za-z][\w+.-]*){0,2}/.exec(ahead)![0];
  const m = HIRED_AFTER.exec(ahead);
  const filled = (m !== null && roleNoun(hit.text + m[1])) || (HIRED_BEFORE.test(before) && roleNoun(hit.text + title));
  return filled && !/\b(?:another|a second|a third|one more|more of|a few more|(?:now|also|still) (?:hiring|looking|seeking|need)|next|join (?:them|him|her))\b/i.test(text.slice(sentence[0], sentence[1]));
}

/** Any of the words stands in `s` (a plain search: a cheap gate before a pattern, with no compiled code of its own). */
function hasAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.includes(w));
}

const nameRegexes = new Map<string, RegExp>();
/** A name as a whole word, case-insensitive (compiled once per name). */
function nameRegex(n: string): RegExp {
  let re = nameRegexes.get(n);
  if (!re) nameRegexes.set(n, (re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'giu')));
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `before` is "<the company's product for a field> — <a list of short items>": the mention is one of the list's items. */
function dashListOfProduct(before: string): boolean {
  let cut = -1;
  let len = 0;
  DASH_CUT.lastIndex = 0;
  for (let m = DASH_CUT.exec(before); m; m = DASH_CUT.exec(before)) (cut = m.index), (len = m[0].length);
  if (cut < 0 || !PRODUCT_FOR.test(before.slice(0, cut))) return false;
  const items = before.slice(cut + len).split(/,|\band\b|\+|&/);
  return items.length <= 8 && items.every((item) => item.trim().split(/\s+/).filter(Boolean).length <= 4);
}

// ---- session 31: classes found on blind samples of unlabelled postings (test/tools/fp-judged.jsonl, sample 10) ----

/** Words one of which opens an institution's name ("Department of …", "School of …"): INSTITUTION's gate, a plain search. */
const INSTITUTION_WORDS = ['Department', 'School', 'Faculty', 'College', 'Institute', 'Center', 'Centre', 'Division'];
/** "the Department of Physics, Applied Statistics, and …": Title Case fields listed in an institution's name, up to the hit. */
const INSTITUTION_BEFORE = /\b(?:Department|School|Faculty|College|Institute|Center|Centre|Division)s? (?:of|for) (?:(?:[A-Z][\w-]*|and|&|of)[\s,]+)*$/;
/** A form in Title Case words ("Computer Science"), not an acronym or a product's name. */
const TITLE_WORDS = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

/** A sentence opening on a contrast ("Unlike …", "Instead of …", "Rather than …"): what it names up to its main clause is set aside. */
const CONTRAST_WORDS = ['unlike', 'instead of', 'rather than', 'as opposed to'];
const CONTRAST_OPEN = /^[\s•*#>-]*(?:unlike|instead of|rather than|as opposed to)\s/i;
/** The main clause after the contrast: a dash, or a comma then its subject ("…, we …", "…, at Acme you …", "…, here …"). */
const MAIN_CLAUSE = /[\u2013\u2014]|\s-\s|,\s*(?:we|you|our|here|at|this|in this|the role|the team)\b/i;

/** A company's kind closing the form itself ("cloud provider", "data platform"): the form names what the company is. */
const KIND_TAIL = /\s(?:providers?|platforms?|company|companies|startups?|vendors?|marketplaces?)$/i;

/** A soft skill naming what the product is: "a coaching app for runners", "mentorship platform that …". */
const PRODUCT_NOUN_AFTER = /^\s+(?:experiences?|apps?|platforms?|products?|software|tools?|services?|marketplaces?|solutions?)\s+(?:for|that|which|to)\b/i;

/** Autonomy or ownership with an amount ("high", "relatively", "fully"): a condition of the setting, unless asked. */
const PERK_TRAIT = /^(?:(?:high|highly)[- ])?(?:ownership|autonomy|autonomous)$/i;
const PERK_TRAIT_AMOUNT = /\b(?:high|highly|relatively|fully|very|extremely)[\s-]+$/i;
/** … said of the team ("teams stay relatively autonomous"), or of the setting that follows ("a high-ownership environment"). */
const TEAMS_BEFORE = /\b(?:teams?|squads?|orgs?|engineers|everyone)\s+(?:(?:are|stay|remain|is|feel)\s+)?(?:(?:high|highly|relatively|fully|very|extremely)\s+)?$/i;
// (Not "a tiny, high-ownership team" nor "Lean team, high ownership, …": a trait of the team is asked of the hire, the
// project's convention (test/unit/context-s31.test.ts, the judged samples of test/tools/fp-judged.jsonl).)
const SETTING_AFTER = /^[\s,-]*(?:(?:[\w-]+,?\s+){0,2})?(?:environment|culture|setting|workplace|startup|company)\b/i;
/** The sentence asks the trait of the candidate after all ("ability to work in …", "you thrive in …"). */
const TRAIT_ASKED = /\b(?:you|your|you(?:'|\u2019)(?:re|ll)|ability|able|comfortable|thriv\w*|operat\w*|experience[ds]?|proven|track record|enjoy\w*|love|want|seek\w*|looking|must|should|can|need\w*)\b/i;

/** "… want developers to stop …": what the company wants its users to do; its "want" asks nothing of the hire. */
const WANT_USERS = /\bwe want (?:devs|developers|engineers|teams|companies|businesses|people|everyone|anyone|users|customers|clients|founders|creators) to\b/gi;

/** "models that automate routine back-office tasks like invoicing, OCR and …": what the company's product automates, its market. */
// (A list's item may carry one word before the mention: "automates payroll, union compliance and …".)
const AUTOMATES_BEFORE = /\b(?:that|which|to|we|it) automat(?:e|es|ing)\s+(?:[\w-]+\s+){0,4}(?:(?:like|such as|including|e\.g\.,?)\s+)?(?:[\w/.+-]+(?:\s[\w/.+-]+)?,\s+(?:and\s+|or\s+)?){0,6}(?:(?<=,\s+|(?:and|or)\s+)[\w-]+\s+)?$/i;
/** The company's product for a field, then a dash and the list of what it offers ("… infrastructure for X — fast A, B and C"). */
const PRODUCT_FOR = /\b(?:infrastructure|platforms?|tools?|tooling|software|products?|solutions?|layer|engine|stack)\s+for\b/i;
const DASH_CUT = /\s[\u2013\u2014]\s|\s--?\s/g;

/** Words one of which FOREFRONT holds: its gate, a plain search. */
const FOREFRONT_WORDS = ['forefront', 'edge of', 'pioneer'];
/** "at the forefront of applying LLMs and other", "the cutting edge of", "pioneers in": the company's claim of where it stands. */
const FOREFRONT = /\b(?:the (?:fore)?front(?:line)?s? of|the (?:cutting|leading|bleeding) edge of|pioneer(?:s|ing)?(?: (?:of|in))?)\s+(?:[\w-]+\s+){0,4}$/i;
/** "Our MCP server just launched", "our SDK crossed 10k installs": the employer's own product, news about it. */
const LAUNCHED_AFTER = /^(?:\s+[a-z][\w-]*){0,2}?\s+(?:(?:just|recently|finally|has|have|officially)\s+){1,2}(?:launched|shipped|went live|crossed|passed|reached|surpassed)\b|^(?:\s+[a-z][\w-]*){0,2}?\s+(?:launched|went live|is now live)\b/;

/** "I'm an engineer on the ", "I am the": the author's own role or team, just before the mention. */
const AUTHOR_IS = /\bI(?:(?:'|\u2019)m| am)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;
const AUTHOR_ON_TEAM = /\bI(?:(?:'|\u2019)m| am)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:on|in|with)\s+(?:the|our)\s+$/i;
/** "I lead recruiting here at Acme", "I run marketing at …": the author's own function, then where they do it. */
const AUTHOR_RUNS = /\bI\s+(?:lead|run|head|manage|own)\s+$/;
const AUTHOR_RUNS_AFTER = /^\s+(?:here|at|for)\b/i;
/** "with real product and business ownership": an amount, then up to two qualifiers, before a perk's noun. */
const PERK_QUALIFIED = /\b(?:with|have|has|get|gets|enjoy|offers?)\s+(?:huge|high|real|full|true|meaningful|significant|genuine|total)\s+[a-z-]+\s+(?:(?:and|&)\s+[a-z-]+\s+)?$/i;
/** "… powering critical ", "serves all ": a verb of what a system serves, before "<field> workloads". */
const SERVES_BEFORE = /\b(?:power(?:s|ing)?|serv(?:es|ing)|support(?:s|ing)?|host(?:s|ing)?)\s+(?:(?:critical|all|our|the|large-scale|production|demanding|many)\s+)?$/i;
const WORKLOADS_AFTER = /^\s+(?:platform\s+)?(?:workloads?|needs|use cases)\b/i;

/** "Payments - think Stripe, Adyen etc.": an imperative "think" and a list of named products, the company's field by analogy. */
const THINK_LIST = /(?:^|[-\u2013\u2014(:•*]\s*|[.!?]\s+)think\s+(?:[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?\s*(?:,|&|\band\b|\bor\b|\/)\s*)*$/;
const LIST_END = /^(?:\s*(?:,|&|\band\b|\bor\b|\/)\s*[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*)?)*\s*(?:,?\s*etc\.?)?\s*\)?\s*[.;]?\s*$/;
/** "a deployment model (self-host on-prem or in your cloud …)": the ways the product is delivered, not the hire's skills. */
const DEPLOYMENT_OPTIONS = /\bdeployment (?:models?|options?)\s*\([^()]{0,80}$/i;

/** "Security: willing to undergo clearance", "… security clearance required": a clearance named right after the form. */
const CLEARANCE_AFTER = /^(?:\W{0,3}|\s+)(?:[\w/-]+\s+){0,5}?(?:clearances?|cleared)\b/i;
/**
 * Session 55: Portuguese "no", "na", "nos", "nas" ("in the") right before the mention, in a Portuguese sentence ("o data lake
 * no Azure", "transformar com dbt no Databricks", "rodar tudo na AWS"): a place the work runs, not the English "no".
 */
const PT_IN_THE = /(?:^|\s)n[oa]s?\s+$/i;
const PT_WORDS = /(?:^|[\s(])(?:do|da|dos|das|com|nosso|nossa|nossos|nossas|voc\u00ea|pelo|pela|uma|s\u00e3o|est\u00e1|tamb\u00e9m)(?=[\s,.;:)]|$)|\u00e7\u00e3o|\u00e7\u00f5es|\u00f5es\b/i;
function portugueseInThe(near: string): boolean {
  return PT_IN_THE.test(near) && PT_WORDS.test(near);
}
/** Session 55: the clearance CLEARANCE_AFTER finds stands on a line of its own, after a line break that opens a new item or line (a bullet, a number, a capital). */
function clearanceNextLine(ahead: string): boolean {
  const br = ahead.search(/\n[ \t]*(?:[-*\u2022\u00b7]|\d+[.)]|[A-Z])/);
  return br >= 0 && !CLEARANCE_AFTER.test(ahead.slice(0, br));
}

// ---- session 32: classes found on blind samples and tune errors (test/tools/fp-judged.jsonl, sample 13) ----

/** Words a list of named tools is joined by, or opened with ("their", "any"): skipped when looking for the words that govern the list. */
const LIST_GLUE = new Set(['and', 'or', 'plus', 'the', 'their', 'its', 'any', 'all', 'popular', 'major', 'existing', 'leading', 'every', 'most', 'other', 'e.g.', 'like', 'including']);
/** Where the list holding a named tool opens: back from the mention over names (a capital or a digit) and LIST_GLUE words, at most 14. */
function listOpening(before: string): { head: string; glue: Set<string> } {
  const toks = [...before.matchAll(/[^\s,/&()]+/g)];
  const glue = new Set<string>();
  let i = toks.length - 1;
  for (let n = 0; i >= 0 && n < 14; i--, n++) {
    const w = toks[i]![0]!.replace(/[:"'\u201c\u201d]+$/, '');
    const lw = w.toLowerCase();
    if (LIST_GLUE.has(lw)) glue.add(lw);
    else if (!/^[A-Z0-9]/.test(w) || /:$/.test(toks[i]![0]!)) break;
  }
  return { head: i >= 0 ? before.slice(0, toks[i]!.index! + toks[i]![0]!.length) : '', glue };
}
/** Who says what the product connects to: the product, "it", its customers or users ("Our connectors …", "Customers …"); not "our services" or "our system", the team's own.
 * (Nor "Our platform engineers deploy on Kubernetes": the product's word names the people, whose tools are the team's stack.) */
const INTEGRATION_SUBJECT = /^[\s•*#>-]*(?:it|they|(?:our|the|its) (?:[\w-]+ ){0,2}?(?:products?|platforms?|apps?|tools?|agents?|connectors?|integrations?|sdks?|extensions?|plugins?|cli|customers|clients|users)(?!\s+(?:teams?|groups?|orgs?|squads?|engineers?|developers?|designers?|folks|people|staff|leads?)\b)|(?:most |many |our )?(?:customers|clients|users|teams|developers|companies))\s+/i;
/** … then a verb of what the product connects to, reads, checks or sits beside ("connects to", "lets developers query", "deploy our agent next to"). */
const INTEGRATION_VERB = /^(?:[\w-]+\s+){0,3}?(?:connect|integrate|sync|ingest|import|export|plug|support|work|quer(?:y|ie)|replicate|migrate|monitor|scan|check|audit|secure|back|index|deploy|sit)(?:s|es)?(?:\s+up)?(?:\s+(?:[\w-]+\s+){0,2}?(?:to|with|into|from|in|on|across|alongside|next to|on top of|inside|against|between))?\s*$/i;
/** With the employer by name the subject, the verbs of where its product moves data ("streams every change to", "writes them to"). */
const OWN_FLOW_VERB = /^(?:[\w-]+\s+){0,3}?(?:stream|send|write|read|push|pull|load|route|copie|copy|mirror|deliver)(?:s|es)?\s+(?:[\w-]+\s+){0,3}?(?:to|into|from|out of)\s*$/i;
/** "… for companies on AWS, Azure and …", "a tool for teams running …": the customers' own stack. */
const CUSTOMERS_ON = /\bfor (?:[\w-]+ ){0,2}(?:companies|teams|businesses|customers|clients|organi[sz]ations|enterprises|developers|engineers|startups|shops|users) (?:on|running|using|built on|that use|who use|that run|who run)\s*$/i;
/** "… MongoDB and DynamoDB as destinations": the list names what the product reads from or writes to. */
// (A name is never "and"/"or": read one way only, the run cannot backtrack exponentially on a long list.)
const AS_ENDPOINTS = /^(?:\s*(?:,|\/|&|\band\b|\bor\b)\s*(?:(?!(?:and|or)\b)[A-Z0-9][\w.+#-]*(?: (?!(?:and|or)\b)[A-Z0-9][\w.+#-]*){0,2}))*\s*,?\s*(?:and more\s+)?as\s+(?:(?:data|event|input|output|storage)\s+)?(?:sources?|destinations?|targets?|sinks?|backends?|integrations?|connectors?|inputs?|outputs?)\b/i;
/** A product's name: capitalised, not all capitals (an acronym of a field: "CDP", "OLAP"), its other words capitalised too ("Cloudflare Workers", not "Product analytics"). */
const BRAND = /^[A-Z][\w.+#-]*[a-z][\w.+#-]*(?: [A-Z][\w.+#-]*)*$/;
/** "Acme's backend", "Acme's engineers": the company's own systems or people, whose tools are its stack. */
const OWN_SYSTEMS = /^['\u2019]s\s+(?:[\w-]+\s+)?(?:backend|frontend|stack|infrastructure|infra|engineering|team|engineers|developers|codebase|services|systems?|architecture|pipelines?|data)\b/i;
/** What a product is built on or uses, named before the mention: its stack. */
const STACK_BEFORE = /\b(?:built (?:on|with|in|using)|written in|runs? (?:on|in)|powered by|on top of|uses?|using|based on|backed by)\b/i;
/** A sentence that asks, or names the team's own stack, whoever its subject. */
const OWN_STACK = /\b(?:stack|built (?:on|with|in)|written in|we use|using|our own|internally|in-house)\b/i;
/**
 * "Acme connects to Salesforce, HubSpot and …", "Our connectors support MongoDB … as destinations", "Customers deploy our agent
 * next to Prometheus": the named tools the employer's product connects to, reads or checks, or its customers run, told in the
 * company's own sentence: its product and market (../shared/LABELLING.md), not the hire's stack.
 */
/** (s52) What stands between the employer's name and a role's title on a title line: a dash, a dot, a bar or a colon, nothing else. */
const TITLE_SEPARATOR = /^[\s\-\u2013\u2014\u00b7|:,/]+$/;

function productIntegrates(text: string, sentence: [number, number], hit: SkillHit, names: PostingNames, before: string, after: string, sentenceText: string): boolean {
  // "Acme turns your Notion pages into …", "lets you sync …": the product's user, not the candidate, is the "you" here.
  const asked = sentenceText.includes('you') ? sentenceText.replace(PRODUCT_USER, '').replace(/\byour\b/gi, '') : sentenceText;
  if (/ \| /.test(sentenceText) || ABOUT_YOU.test(asked) || TASK.test(sentenceText) || OWN_STACK.test(sentenceText) || /\b(?:hiring|looking|seeking|join)\b/i.test(sentenceText)) return false;
  const { head, glue } = listOpening(before);
  const endpoints = /\bas\s/i.test(after) && AS_ENDPOINTS.test(after);
  let verbHead: string | null = null;
  const lead = head.replace(/^[\s•*#>-]+/, '');
  // (Not "Acme's backend is Go and Postgres": the company's own systems and people.)
  const own = names.own.find((n) => lead.toLowerCase().startsWith(n) && !/[\p{L}\p{N}]/u.test(lead[n.length] ?? ' ') && !OWN_SYSTEMS.test(lead.slice(n.length)));
  if (own) verbHead = lead.slice(own.length).replace(/^\s+/, '');
  // (s52) "Ballotwise - Site Reliability Engineer", "Acme \u00b7 Data Engineer, Payments": the employer's name, a dash or a dot,
  // then a role's title on the same line. The title names the discipline hired (../shared/LABELLING.md), not what the product does.
  if (own && TITLE_SEPARATOR.test(verbHead!) && roleNoun(text.slice(hit.start, Math.min(text.length, hit.end + 40)).split('\n')[0]!)) return false;
  if (!own) {
    const m = INTEGRATION_SUBJECT.exec(head);
    if (m) verbHead = head.slice(m[0].length);
    // "We support Oracle and SQL Server as sources", "we check their Terraform": our "we" only of the customers' tools.
    else if (/^[\s•*#>-]*we\s/i.test(head) && (endpoints || glue.has('their'))) verbHead = head.replace(/^[\s•*#>-]*we\s+/i, '');
  }
  // "… ingests events from Kafka and writes them to Snowflake": the verb of the last coordinated clause governs the list.
  const lastClause = verbHead !== null && verbHead.includes(' and ') ? verbHead.slice(verbHead.lastIndexOf(' and ') + 5) : null;
  if (verbHead !== null && (endpoints || INTEGRATION_VERB.test(verbHead) || (lastClause !== null && (INTEGRATION_VERB.test(lastClause) || (own !== undefined && OWN_FLOW_VERB.test(lastClause))))) && !paragraphAddressed(text, sentence)) return true;
  if (own && OWN_FLOW_VERB.test(verbHead!) && !paragraphAddressed(text, sentence)) return true;
  // "Ravel gives finance teams one view across NetSuite, QuickBooks and …", "Onda is a drop-in replacement for Redis": with the employer
  // by name the subject, a product's name in a sentence that names no stack and asks nothing is its market.
  if (own && BRAND.test(hit.text) && !/^\s+[a-z]+ing\b/.test(after) && (asked === sentenceText ? !keeps(text, sentence) : !PITCH_KEEP.some((re) => re.test(asked))) && !STACK_BEFORE.test(before) && !paragraphAddressed(text, sentence)) return true;
  return hasAny(head.toLowerCase(), [' on', ' running', ' using', ' use', ' run']) && CUSTOMERS_ON.test(head) && !paragraphAddressed(text, sentence);
}

/** Words one of which PRODUCT_USES holds: its gate, a plain search. */
const USES_WORDS = ['uses ', 'leverages ', 'combines ', 'applies ', 'employs ', 'harnesses ', 'relies on '];
/** "Our platform uses machine learning and …", "a modern platform that combines product design, …": the fields the product is made of. */
const PRODUCT_USES = /\b(?:our|the|its|a|an)\s+(?:[\w-]+\s+){0,2}?(?:platform|product|engine|system|technology|tech|app|software|solution|service)s?\s+(?:(?:that|which)\s+)?(?:uses|leverages|combines|applies|employs|harnesses|relies on)\s+[^.;:]{0,80}$/i;
/** "frustrated with the status quo of data infrastructure in …": the field the company set out to change, its market. */
const STATUS_QUO = /\bstatus quo (?:of|in)\s+(?:[\w-]+\s+){0,2}$/i;
/** "the \"Hugging Face for quantum computing\"": a named product in quotes, compared with. */
const QUOTED_ANALOGY_AFTER = /^(?:'s)?\s+(?:of|for)\s+[^"\u201d\n]{1,40}["\u201d]/;

/** "AI ", "AI-powered health ": AI, then at most one word, right before a soft skill's form. */
const AI_DONE_BEFORE = /(?:^|[^\w-])AI(?:-(?:powered|driven|native|based|first|led))?\s+(?:[a-z][\w-]*\s+)?$/;
/** A sentence whose subject is people at large ("Most people …", "Millions of shoppers …", "Consumers …"). */
const PEOPLE_SUBJECT = /^[\s•*#>-]*(?:(?:today,?|now,?|most|many|more and more|millions of|billions of|hundreds of millions of|ordinary|everyday|regular)\s+)*(?:people|consumers|shoppers|travell?ers|households|families|kids|teenagers|everyone|patients)\b/i;
/** A sentence whose subject is the product ("The product …", "Our app …"), not the team ("We …"). */
const PRODUCT_LEAD = /^[\s•*#>-]*(?:the|our|its) (?:[\w-]+ )?(?:products?|platform|app|tool|software|sdk)\b/i;
/** "hiring across the board in", "numerous roles in", "openings for": the departments a company hires in follow. */
const HIRING_IN = /\b(?:hiring|roles?|positions?|openings?|jobs?|opportunities)\s+(?:across\s+(?:the\s+)?(?:board|company|org(?:ani[sz]ation)?)\s+)?(?:in|for|across)\s+/gi;
/** The list of departments a company hires in holds the mention: items of a few words in lower case, two of them departments alone ("engineering, research, leadership and more"). */
function hiringDepartments(near: string, hit: SkillHit, after: string): boolean {
  if (!hasAny(near.toLowerCase(), ['hiring', 'role', 'position', 'opening', 'job', 'opportunit'])) return false;
  let from = -1;
  HIRING_IN.lastIndex = 0;
  for (let m = HIRING_IN.exec(near); m; m = HIRING_IN.exec(near)) from = m.index + m[0].length;
  if (from < 0) return false;
  // "… roles for sales, HR, accounting and customer support open in Austin, Leeds …": where the roles are ends the list.
  const tail = /^[^.;:()!?]*/.exec(after)![0].replace(/\s+(?:(?:are\s+|also\s+)?(?:open|based|available|located)\b|in\s+[A-Z]).*$/, '');
  const head = near.slice(from).split(LIST_SPLIT);
  const rest = tail.split(LIST_SPLIT);
  // "… data science, and OT security engineers": the words joined to the hit without a comma make its item, a role here, not a department.
  const whole = `${head[head.length - 1]!}${hit.text}${rest[0] ?? ''}`.trim().replace(/^(?:and|or)\s+/i, '');
  if (whole !== hit.text && !DEPARTMENT_WORD.test(whole)) return false;
  const items = [...head, hit.text, ...rest].map((x) => x.trim().replace(/^(?:and|or|numerous|many|several|multiple|various|our)\s+/i, '')).filter(Boolean);
  // Departments in lower case ("engineering, research, leadership"); a list of role titles ("Product Marketing, MLOps") names roles on offer, whose fields count.
  // (An acronym for a department, "HR", "IT", may stand in the lower-case list.)
  if (items.length < 3 || items.some((x) => x.split(/\s+/).length > 3 || (x !== x.toLowerCase() && !/^[A-Z]{2,4}$/.test(x)))) return false;
  return items.filter((x) => x !== hit.text && DEPARTMENT_WORD.test(x)).length >= 2;
}

// ---- session 34: classes of the tuned part's errors (#13) ----

/** A word of a run of menu items: Title Case or a number, or a small word inside an item ("Sign in", "About us", "Terms of Service"). */
const MENU_TOKEN = /^(?:[A-Z0-9][\w&.+'\u2019-]*|&|and|of|in|us|to|for|the|by|a|with)$/;
/** Words a site's menu holds and a posting's prose seldom puts in such a run. */
const MENU_WORDS = new Set(['about', 'sign', 'login', 'log', 'pricing', 'resources', 'blog', 'careers', 'contact', 'customers', 'solutions', 'services', 'products', 'home', 'docs', 'company', 'features', 'menu', 'open', 'close', 'partners', 'support', 'capabilities', 'industries', 'faq']);
/**
 * The mention stands in a run of 14 or more Title Case words with no punctuation between them, a run that holds two words
 * of a menu or repeats a word three times ("Capabilities Welding Services Laser Cutting Laser Engraving … About us Sign in"):
 * a saved page's navigation, not the posting's text. A list of skills is written with commas, bullets or lines.
 */
function inSiteMenu(text: string, hit: SkillHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  let lineEnd = text.indexOf('\n', hit.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart < 80) return false;
  const left = text.slice(Math.max(lineStart, hit.start - 400), hit.start).split(' ');
  const right = text.slice(hit.end, Math.min(lineEnd, hit.end + 400)).split(' ');
  // Right at the mention: a space (the split's empty first or last piece), nothing else.
  if (left.pop() !== '' || right.shift() !== '') return false;
  const run: string[] = hit.text.split(' ');
  for (let i = left.length - 1; i >= 0 && MENU_TOKEN.test(left[i]!); i--) run.push(left[i]!);
  for (let i = 0; i < right.length && MENU_TOKEN.test(right[i]!); i++) run.push(right[i]!);
  if (run.length < 14) return false;
  const counts = new Map<string, number>();
  let menu = 0;
  for (const w of run) {
    const lw = w.toLowerCase();
    if (MENU_WORDS.has(lw)) menu++;
    if (/^[A-Z]/.test(w)) counts.set(lw, (counts.get(lw) ?? 0) + 1);
  }
  return menu >= 2 || [...counts.values()].some((k) => k >= 3);
}

/** "the acting COO at ", "co-founder of ", "president at ": an executive's post, and the company it was held at follows. */
const EXEC_OF = /\b(?:CEO|CTO|COO|CFO|CPO|CISO|president|(?:co-?)?founder|chair(?:man|woman)?)\s+(?:of|at)\s+(?:the\s+)?$/i;
/** "grew Northwind's ", "led Initech's ": a past verb of running a part of another company, whose name closes `before`. */
const RAN_ORG_BEFORE = /\b(?:scaled|led|ran|built|grew|headed|managed|started|founded|joined|left)\s+(?:the\s+)?[A-Z][\w.&-]*(?:'|\u2019)s\s+(?:[\w-]+\s+)?$/;
/** … and the part named after the mention ("… payments group", "… search team"). */
const ORG_AFTER = /^\s+(?:orgs?|organi[sz]ations?|teams?|groups?|divisions?|units?|departments?|labs?|efforts?|programs?)\b/i;

/** "A data analyst nowadays keeps … open", "The average designer these days lives in …": a claim about how a trade works now, no ask. */
const TRADE_TODAY = /^[\s\u2022*#>-]*(?:a|an|the average|the typical|any|every|most|many)\s+(?:[\w-]+\s+){0,2}?(?:engineers?|developers?|designers?|scientists?|analysts?|programmers?|architects?|accountants?|lawyers?|doctors?|marketers?|recruiters?|researchers?|operators?|founders?)\s+(?:today|nowadays|these days|right now|now)\b/i;

/** An industry as the employer's market: "FinTech", "Legal Tech", "open source", "cybersecurity" (a whole cell of the header line). */
const INDUSTRY_CELL = /^(?:[\w-]+[- ]?tech|open[- ]source|cyber[- ]?security)$/i;
/** The mention is a whole cell, not the first, of the posting's "Company | Title | Place" first line, and the cell is an industry. */
function industryCell(text: string, hit: SkillHit): boolean {
  if (!INDUSTRY_CELL.test(hit.text)) return false;
  let a = 0;
  while (a < hit.start && /\s/.test(text[a]!)) a++;
  let b = text.indexOf('\n', a);
  if (b < 0) b = text.length;
  if (hit.end > b || text.slice(a, b).split('|').length < 3) return false;
  const cellStart = text.lastIndexOf('|', hit.start - 1);
  const cellEnd = text.indexOf('|', hit.end);
  return cellStart >= a && text.slice(cellStart + 1, hit.start).trim() === '' && (cellEnd < 0 || cellEnd > b ? text.slice(hit.end, b) : text.slice(hit.end, cellEnd)).trim() === '';
}

/** A list headed "Our products:", "Products", "What we build": each item tells of one of the employer's products. */
const PRODUCTS_HEADING = /^[\s#*_>-]*(?:our (?:products|product suite|platform|offerings?|tools)|products|what we (?:build|make|sell|offer)|our (?:two|three|four|core|main) products)[\s:*_]*$/i;
/** … and the item opens on the product's name and a colon ("* Relay: Keep your queues …"). */
const PRODUCT_ITEM = /^\s*[-*\u2022\u00b7\u25aa\u2013]\s*[A-Z][\w.+-]*(?: [A-Z][\w.+-]*){0,3}\s*[:\u2013\u2014-]\s/;
function inProductList(text: string, hit: SkillHit): boolean {
  let a = text.lastIndexOf('\n', hit.start - 1);
  if (a < 0 || !PRODUCT_ITEM.test(text.slice(a + 1, hit.start + 1))) return false;
  for (let steps = 0; a > 0 && steps < 20; steps++) {
    const b = text.lastIndexOf('\n', a - 1);
    const line = text.slice(b + 1, a);
    if (line.trim() && !/^\s*[-*\u2022\u00b7\u25aa\u2013]/.test(line)) return line.length <= 40 && PRODUCTS_HEADING.test(line);
    a = b;
  }
  return false;
}

/** "industries such as mining, rail and …": the markets the employer serves, listed. */
const MARKETS_LIKE = /\b(?:industries|sectors|markets|verticals|segments)\b[\w\s-]{0,30}?(?:\blike|\bsuch as|\bincluding|:)\s+(?:[\w/&+.-]+,?\s+){0,30}$/i;
/** "Hospitals, public agencies and banks rely on us": the list the sentence opens on is of the employer's customers. */
const USE_US_AFTER = /^[^.;:!?]{0,80}?\b(?:use|uses|trust|trusts|rely on|relies on|choose|chose|love|run on|depend on)\s+(?:us|our (?:products?|platform|tools?|software|apps?|services?))\b/i;
/**
 * Text that is only a list of names ("Hospitals, public agencies and banks "). One way only to read each word (a word,
 * then a comma or spaces): a run of words that may group several ways backtracks exponentially on a long sentence.
 */
const LIST_ONLY = /^[\s\u2022*#>-]*(?:[\w&.+-]+,?\s+)*$/;
/** "Support and sales teams can review …", "Developers get to …": what the product's users can do with it. */
const USERS_CAN = /^[\s\u2022*#>-]*(?:[\w-]+,?\s+(?:and\s+|&\s+)?){0,3}(?:teams|developers|users|customers|clients|admins|operators|companies|businesses|organi[sz]ations|enterprises)\s+(?:can|could|get to)\s/i;

/** A soft skill that names a setting ("fast-paced environment", "collaborative culture"), given by the job: "we give you a … environment". */
const SETTING_FORM = /\b(?:environment|culture|setting|workplace|atmosphere)$/i;
const GIVEN_BEFORE = /\b(?:give|gives|giving|offer|offers|offering|provide|provides|providing)\s+(?:you\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "a tool which reviews PRs overnight", "bots that triage …": what the product does, told of the product. */
const PRODUCT_DOES = /\b(?:agents?|bots?|copilots?|assistants?|tools?|platforms?|products?|software|models?|apps?|droids?)\s*,?\s+(?:that|which)\s+(?:[\w-]+ly\s+)?(?:review|write|fix|run|test|debug|deploy|monitor|manage|automate|generate|detect|analy[sz]e|triage|handle|implement|resolve)s?\s+(?:[\w-]+\s+){0,2}$/i;

/** What heads a list of who the team are: "Our founding team is small but deep:", "Our founders are:". */
const TEAM_COLON_HEAD = /\b(?:team|founders|staff|people|crew)\b[^.;:]{0,60}:\s*$/i;
/** An item of that list, ending on people ("… NLP researchers", "ex-Stripe engineers", "clinician hybrids"). */
const PEOPLE_ITEM_END = /^[^,;.:]{0,40}?\b(?:researchers|engineers|scientists|hybrids|members|alumni|veterans|founders|designers|phds|doctors|physicians|operators|builders|leaders|experts|mathematicians|physicists|hackers)\b/i;
/** The mention stands in a list, after a colon, of who the team are (not a list of roles on offer). */
function teamColonList(text: string, sentence: [number, number], hit: SkillHit): boolean {
  const s = narrow(text.slice(sentence[0], hit.start));
  const colon = s.lastIndexOf(':');
  if (colon < 0) return false;
  const head = s.slice(0, colon + 1);
  if (!TEAM_COLON_HEAD.test(head) || /\b(?:hiring|hire|looking|seeking|roles?|positions?|openings?|join|you|your)\b/i.test(head)) return false;
  // The mention's own item, from the last comma (or the colon) on, must end on people.
  const itemStart = Math.max(colon, s.lastIndexOf(','));
  if (s.length - itemStart > 40) return false;
  const rest = text.slice(hit.start, sentence[1]);
  const comma = rest.indexOf(',');
  return PEOPLE_ITEM_END.test(s.slice(itemStart + 1) + (comma >= 0 ? rest.slice(0, comma) : rest));
}

/** "a very ambitious, fast-growing startup", "a curious, collaborative company": a trait said of the company, not of its people. */
const COMPANY_TRAIT_BEFORE = /\b(?:an?|the|our|this)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,2}?(?:(?:extremely|very|highly|incredibly|truly|deeply|super)\s+)?$/i;
const COMPANY_TRAIT_AFTER = /^(?:\s*(?:,|and|&)?\s*(?!(?:across|of|in|at|for|with|the|our|their|to|on|from|by)\b)[\w-]+){0,3}?\s+(?:startups?|company|companies|business(?:es)?|firms?|organi[sz]ations?|labs?|ventures?|brands?|scale-?ups?)\b/i;

// ---- session 35: the employer's pitch with no product name, the product's users, internal teams (#13) ----

/**
 * A line that asks what the hire has done ("- Have built LLM-powered workflows"), or lists the work ahead ("Current problems:
 * LLM-driven routing, …"): "LLM-powered" there names the hire's work, not the company's product.
 */
const WORK_LEAD = /^[\s•*#>-]*(?:(?:have|has) (?:built|shipped|deployed|designed|worked on|led|run|trained|scaled)\b|(?:current|open|some|our|the|example|upcoming|today(?:'|\u2019)s) (?:problems|challenges|projects)\s*:)/i;

/** The sentence is the company's own about itself, nothing in it asked: its subject is the company ("We …", "Acme …"), or it opens the posting. */
// `vision`: a claim of the company's mission is its own even where the paragraph has spoken to the candidate before.
function companySentence(text: string, sentence: [number, number], sentenceText: string, names: PostingNames, vision = false): boolean {
  if (/ \| /.test(sentenceText) || ABOUT_YOU.test(sentenceText) || TASK.test(sentenceText) || HIRE_WORDS.test(sentenceText) || (!vision && paragraphAddressed(text, sentence))) return false;
  if (PITCH_SUBJECT.test(sentenceText) || PITCH_NAMED.test(sentenceText)) return true;
  const lead = sentenceText.replace(/^[\s•*#>-]+/, '').toLowerCase();
  return names.own.some((n) => lead.startsWith(n) && !/[\p{L}\p{N}]/u.test(lead[n.length] ?? ' ')) || introParagraph(text, sentence);
}
/** Words of hiring or of the candidate's part: a sentence with one is no pure pitch ("help us rebuild …", "join us to …"). */
const HIRE_WORDS = /\b(?:hiring|hire|join|looking|seeking|roles?|positions?|openings?|help us|with us)\b/i;

/** Words one of which VISION holds: its gate, a plain search. */
const VISION_WORDS = ['future of', 'reinvent', 'redefin', 'reimagin', 'revolution', 'transform', 'disrupt', 'unlock', 'next generation', 'next-generation', 'next era', 'next wave'];
/**
 * "on a mission to reinvent performance reviews for …", "is unlocking the next generation of smart devices, sensors and …",
 * "we're redefining how clinics use …", "building the future of design review and collaboration": the company's vision of the
 * field it changes, its market, not a skill asked. Up to seven words (a list's items, or a dash restating the field: "the next
 * generation of support — real-time agents") between the verb and the mention, each read one way: a word or a dash, then a
 * comma or spaces. What the company uses to do it ("transforming drug discovery by using machine learning") is its stack:
 * "by", "using" end the reach.
 */
const VISION = /\b(?:(?:the )?future of|reinvent(?:s|ing)?|redefin(?:e|es|ing)|reimagin(?:e|es|ing)|revolutioni[sz](?:e|es|ing)|transform(?:s|ing)?|disrupt(?:s|ing)?|unlock(?:s|ing)?|(?:the )?next[- ](?:generation|era|wave)(?: of)?)\s+(?:(?:how|what|the way)\s+)?(?:(?:(?!(?:by|using|with|through|via|on)\b)[\w-]+,?|[\u2013\u2014])\s+){0,7}$/i;

/**
 * The clause of the product's users and what they do with it: "… lets non-technical teams build …", "… helps 300 insurers
 * price risk with …", "enabling companies to adopt …". Who the users are comes within three words of the verb; the team's own
 * ("helps our teams", "other teams", "internal teams") is no customer. The clause ends at "by": how the product does it
 * ("… equips developers to ship by combining analytics, flags and …") is what the team builds.
 */
const USERS_CLAUSE =
  /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|empower(?:s|ing)?|let(?:s|ting)?|allow(?:s|ing)?|equip(?:s|ping)?)\s+(?!(?:you|us|our|other|internal|fellow|each)\b)(?:[\w+-]+\s+){0,3}?(?:developers|engineers|teams|companies|businesses|customers|users|organi[sz]ations|enterprises|creators|brands|sellers|merchants|clinicians|marketers|recruiters|lawyers|accountants|insurers|lenders|banks|clinics|hospitals|doctors|founders|startups|operators|analysts|agencies|retailers|anyone|everyone|people)\b(?:(?!\bby\b)[^.;:])*/gi;
/** Words one of which USERS_CLAUSE holds: its gate. */
const USERS_VERBS = /\b(?:help|enabl|empower|let|allow|equip)/i;

/** "Our products span …", "Our product suite includes …": a list of what the company sells. */
const PRODUCTS_SPAN = /^[\s•*#>-]*(?:our|its|the company(?:'|\u2019)s) (?:(?:core|main|two|three|four|current) )?(?:products|product suite|offerings|product line)\s+(?:span|spans|include|includes|range from|cover|covers|are)\b[^.;:]*$/i;

/**
 * "tools for internal teams (legal, finance, data science, ops)", "copilots for our business groups (sales, clinical, …)": the
 * teams the work serves, named in brackets after the word "teams". Not the teams the hire leads, builds or grows ("leading
 * platform teams (SRE, observability)"): their fields may be the hire's.
 */
const TEAMS_BRACKET = /\b(?:teams|groups|functions|departments|orgs|stakeholders|business units)\s*\(\s*(?:(?!and\b|&)[^(),;:\s][^(),;:]{0,29},\s*(?:and\s+|&\s+)?){0,8}$/i;
const TEAMS_LED = /\b(?:lead(?:s|ing)?|manag(?:e|es|ing)|build(?:s|ing)?|grow(?:s|ing)?|run(?:s|ning)?|hir(?:e|es|ing)|scal(?:e|es|ing)|mentor(?:s|ing)?|join(?:s|ing)?)\s+(?:[\w-]+\s+){0,2}(?:teams|groups|functions|departments|orgs)\s*\(/i;
/**
 * … and the list runs on to its closing bracket in short items of words in lower case (a department, a field). A word is never
 * "and" and holds no "&": each is read one way, a separator or a word, so a long list with no closing bracket cannot backtrack
 * exponentially.
 */
const TEAMS_BRACKET_REST = /^(?:\s*(?:,|\band\b|&)\s*(?!and\b)[a-z][\w/-]*(?: (?!and\b)[a-z][\w/-]*){0,2})*\s*\)/;

/**
 * A list headed "About the company:", "About us", "Who we are", or "We sit at the intersection of:": its items tell what the
 * company is and does, its pitch. ("About the team" and "About the role" tell the hire's work: not these.)
 */
const COMPANY_HEADING = /^[\s#*_>-]*(?:about (?:the company|us|the business|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)|who we are|the company|company overview|(?:we|it) (?:sit|sits|are|is|work|works) at the intersection of)[\s:*_]*$/i;
/** The heading that lists the fields the company sits between: each item names a field, whatever its case ("Security - …"). */
const INTERSECTION_HEADING = /\bintersection of[\s:*_]*$/i;
const NOT_COMPANY_HEADING = /^[\s#*_>-]*about (?:the |this )?(?:team|role|job|position|you|opportunity)\b/i;
/**
 * The mention's line is an item of a list (a bullet, or a short "Field - …" line) under a COMPANY_HEADING line, at most 12 lines
 * up: 'fields' under a heading of the fields the company sits between, 'about' under one about the company, else null.
 */
function companyList(text: string, hit: SkillHit): 'fields' | 'about' | null {
  let a = text.lastIndexOf('\n', hit.start - 1);
  if (a < 0) return null;
  // The mention's own line must be an item: a paragraph of prose under the heading is left to the sentence rules.
  if (!/^\s*[-*•·▪–]/.test(text.slice(a + 1, hit.start + 1)) && !/^\s*[A-Z][\w/&+ -]{0,30}\s[-–—:]\s/.test(text.slice(a + 1, hit.end + 4))) return null;
  for (let steps = 0; a > 0 && steps < 12; steps++) {
    const b = text.lastIndexOf('\n', a - 1);
    const line = text.slice(b + 1, a);
    if (line.trim() && !/^\s*[-*•·▪–]/.test(line) && !/^\s*[A-Z][\w/&+ -]{0,30}\s[-–—:]\s/.test(line)) {
      // "… on a mission to encrypt the web. We sit at the intersection of:": the line's last sentence heads the list.
      const head = INTERSECTION_HEADING.test(line) ? line.slice(Math.max(line.lastIndexOf('. '), line.lastIndexOf('! ')) + 1) : line;
      if (head.length > 60 || !COMPANY_HEADING.test(head) || NOT_COMPANY_HEADING.test(head)) return null;
      return INTERSECTION_HEADING.test(head) ? 'fields' : 'about';
    }
    a = b;
  }
  return null;
}

/**
 * "We use web data to identify things like org charts and key projects (e.g., data migrations, …)", "our models flag signals
 * such as …": the examples of what the product identifies, tracks or detects in its customers' world, its market.
 */
const FINDS_LIKE = /\b(?:identif(?:y|ies|ying)|detect(?:s|ing)?|track(?:s|ing)?|surfac(?:e|es|ing)|flag(?:s|ging)?|spot(?:s|ting)?|uncover(?:s|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:like|such as|including)\s+[^.;:]{0,120}$/i;

/** "Skyway, a new kind of …": a proper name, then an appositive naming its kind (a "… tool", "… platform" after the mention). */
const NAMED_APPOSITIVE = /\b[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}, (?:a|an|the|our) (?:[\w-]+ ){0,5}$/;

/**
 * The class that makes a mention no skill asked of the candidate, or null when it is one.
 * `others`: the text's other hits, when known: a named tool in the same sentence makes
 * the company's sentence a description of its stack, not a pitch.
 */
/** Words of residence and work rights around "PR": permanent residents, not pull requests. */
const RESIDENT_NEAR = /\b(?:citizens?|citizenship|permanent residen(?:ts?|cy|ce)|residents?|nationals|visas?|work permits?|(?:Employment|S|Work) Pass(?:es)?|pass holders?|green card|right to work)\b/i;

export function contextClass(text: string, hit: SkillHit, names: PostingNames, others: readonly SkillHit[] = []): ContextClass | null {
  const sentence = gluedOpening(text, sentenceAt(text, hit.start, hit.end), hit, names);
  const lower = hit.text.toLowerCase();
  // own: the hit is the employer's name or product, or sits inside a mention of one.
  for (const n of names.own) {
    if (lower === n) return 'own';
    if (n.includes(lower) && n.split(/\s+/).length > 1) {
      const re = nameRegex(n);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) if (m.index <= hit.start && hit.end <= m.index + m[0].length) return 'own';
    }
  }
  if (inCompanyCell(text, hit, others)) return 'own';
  // "Northwind | FinTech | Remote": an industry in a cell of the header line is the employer's market.
  if (industryCell(text, hit)) return 'market';
  // "… Capabilities Laser Cutting Laser Engraving … About us Sign in": a saved page's menu, not the posting's text.
  if (/^[A-Z0-9]/.test(hit.text) && inSiteMenu(text, hit)) return 'own';
  // "The Department of Mathematics, Computer Science, and … invites applications": the employing institution's name.
  const c0 = hit.text.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) {
    const lead = text.slice(Math.max(0, hit.start - 120), hit.start);
    if (hasAny(lead, INSTITUTION_WORDS) && TITLE_WORDS.test(hit.text) && INSTITUTION_BEFORE.test(narrow(lead))) return 'own';
  }
  // "the new Acme Data Platform": a capitalised form right after the employer's name is the rest of a product's name.
  if (/^[A-Z]/.test(hit.text) && names.own.length > 0 && ownNameBefore(text, hit, names)) return 'own';
  // "I work at Zoox (autonomous vehicles)", "Acme (fintech, Series B) is hiring": a field in brackets after the employer's name.
  if (names.own.length > 0 && conceptForm(hit) && afterOwnName(text, hit, names)) return 'market';
  // "Claude" in Anthropic's posting, "Copilot" in GitHub's: a product whose name leads with the employer's ("anthropic-api",
  // "github-copilot"), written without it. A form that starts with the word ("Formal Verification" at Formal) names the field.
  const dash = hit.skillId.indexOf('-');
  if (dash >= 4 && /^[A-Z]/.test(hit.text) && !lower.startsWith(hit.skillId.slice(0, dash))) {
    const vendor = hit.skillId.slice(0, dash);
    if (names.own.some((n) => n.length === vendor.length && n === vendor)) return 'own';
  }
  // "the Agentic Data Plane", "our Azure Verified Modules offering": the form opens a longer proper name, a product's.
  // (Not when the next word is a named tool itself: "(Bash Perl Python)", "Java Kotlin Scala" list tools without commas.)
  if (/^[A-Z]/.test(hit.text) && NAME_AFTER.test(text.slice(hit.end, hit.end + 60)) && !/ \| /.test(text.slice(sentenceAt(text, hit.start, hit.end)[0], hit.start)) && !toolRunAfter(hit, others, text)) return 'own';
  const before = narrow(text.slice(sentence[0], hit.start));
  const after = narrow(text.slice(hit.end, sentence[1]));
  const ahead = narrow(text.slice(hit.end, hit.end + 60));
  // "Security: willing to undergo clearance": a clearance, a requirement of its own (../shared/LABELLING.md), not the field.
  // (Not a clearance on the next line: "- Python or Go\n- Active Secret clearance" asks both, each on its line; s55.)
  if (ahead.includes('clear') && CLEARANCE_AFTER.test(ahead) && !clearanceNextLine(ahead)) return 'fact';
  // (s58 lead) "TS/SCI with CI polygraph", "CI poly": counterintelligence, the kind of polygraph a clearance asks, not CI/CD.
  if (hit.text === 'CI' && /^\s*-?\s*poly(?:graph)?s?\b/i.test(ahead)) return 'fact';
  // (s60 lead) "Singapore citizens, PRs or Employment Pass holders": permanent residents beside citizens, passes or visas, a
  // right to work asked, not pull requests. ("Review PRs from the mobile team" stays code review.)
  if ((hit.text === 'PRs' || hit.text === 'PR') && RESIDENT_NEAR.test(text.slice(Math.max(0, hit.start - 50), hit.end + 50))) return 'fact';
  if (ahead.includes('://') && LINK_AFTER.test(ahead)) {
    const label = text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.end + text.slice(hit.end).search(/:|$/));
    // A link to one job's page ("- Fullstack: https://acme.com/careers/full-stack-engineer") is titled by the role.
    if (LINK_BEFORE.test(text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start)) && !roleNoun(label) && !JOB_URL.test(ahead.slice(ahead.indexOf('://') + 3))) return 'link';
  }
  if (HANDLE_AFTER.test(ahead) || (HANDLE_BEFORE.test(before.slice(-12)) && DOMAIN_AFTER.test(ahead))) return 'apply';
  // "email me at dana okafor gmail (fill in the gaps)": a mail service closing an address spelled in words is the address.
  if (MAIL_SERVICE.test(hit.text) && MAILED_AT.test(before)) return 'apply';
  // "You need to enable JavaScript to run this app": a saved page's notice to the reader's browser, not a skill asked.
  if (/^(?:java ?script|js)$/i.test(hit.text) && BROWSER_NOTICE.test(text.slice(Math.max(0, hit.start - 40), hit.end + 40))) return 'apply';
  // (A cheap test first: only a capitalised word that is no field can be a person's or a place's name.)
  if (/^[A-Z][a-z]/.test(hit.text) && !hit.text.includes(' ') && !conceptForm(hit)) {
    const place = isPlace(text, hit);
    if (place) return 'place';
    if (isPerson(text, sentence, hit)) return 'person';
  }
  // A sign-off closing the text: "Jerry (Engineering Manager)", "— Ana Lima (CTO)": the author's role, not one on offer.
  if (text[hit.end] === ')' && roleNoun(hit.text) && text.slice(hit.end + 1).trim().length < 80 && SIGNED_BEFORE.test(text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start))) return 'person';
  // "I'm Dana Okafor, Staff Engineer / Tech Lead, …", "Thanks! — Walker, Head of Engineering": the author introduces or signs
  // with their own role, not one on offer.
  if (roleNoun(hit.text) && authorsRole(text, sentence, hit)) return 'person';
  // "1 Senior ML Engineer hired (now owns the pipeline)", "we've already hired our first SRE": a role filled, a person on the team, not one on offer.
  if (hasAny(text.slice(Math.max(sentence[0], hit.start - 80), Math.min(sentence[1], hit.end + 60)).toLowerCase(), ['hired', 'onboarded']) && roleFilled(text, sentence, hit, before)) return 'team';
  // "I am an Engineering Manager at Acme", "I'm an engineer on the Android team": the author's own role or team, not one on offer.
  if ((before.includes('I') && (before.includes("I'm") || before.includes('I\u2019m') || before.includes('I am'))) && ((roleNoun(hit.text) && AUTHOR_IS.test(before)) || (AUTHOR_ON_TEAM.test(before) && /^\s+(?:team|group|org|squad)\b/i.test(after)))) return 'person';
  if (before.includes('I ') && AUTHOR_RUNS.test(before) && AUTHOR_RUNS_AFTER.test(after)) return 'person';
  if (isTeamList(text, sentence, hit)) return 'team';
  // "We're hiring across the board in engineering, data, marketing, risk & compliance and finance": departments, not skills.
  if ((conceptForm(hit) || SOFT.has(hit.skillId)) && hiringDepartments(narrow(text.slice(Math.max(sentence[0], hit.start - 120), hit.start)), hit, narrow(text.slice(hit.end, sentence[1])))) return 'team';
  if (PERK_FORM.test(hit.text) && (PERK_BEFORE.test(before) || PERK_QUALIFIED.test(before)) && !PERK_NOT_AFTER.test(after) && !PERK_NOT_BEFORE.test(before)) return 'perk';
  // "teams stay relatively autonomous", "a fast-paced, high-ownership environment": a condition the setting offers.
  if (((hasAny(lower, ['ownership', 'autonom']) && PERK_TRAIT.test(hit.text)) || (SOFT.has(hit.skillId) && /^high[- ]/i.test(hit.text))) && (/^high/i.test(hit.text) || PERK_TRAIT_AMOUNT.test(before)) && (TEAMS_BEFORE.test(before) || SETTING_AFTER.test(after)) && !PERK_NOT_AFTER.test(after) && !TRAIT_ASKED.test(before)) return 'perk';
  // "Every engineer has real influence over architecture": a say in the field is what the job offers, not a skill it asks.
  if (hasAny(before.toLowerCase(), ['influence', 'say ', 'voice']) && SAY_OVER.test(before)) return 'perk';
  // Both are anchored at the hit: the last few words before it are all they read.
  const near = before.length > 90 ? before.slice(-90) : before;
  const s46 = s46aClass(text, hit, sentence, near, before, after);
  if (s46) return s46;
  const s48 = s48Class(text, hit, sentence, before, after, names) ?? s49Class(text, hit, sentence, before);
  if (s48) return s48;
  // A field named in a perk ("freedom to deploy cutting-edge ML") is still the work; a soft skill or a named thing is the perk.
  if ((SOFT.has(hit.skillId) || !conceptForm(hit)) && /^\s*[-*•·▪–]/.test(text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start)) && inPerkList(text, hit)) return 'perk';
  // "Perks: MacBook Pro, Notion and Linear for everything, …": a line headed by its perks' label, the same.
  if ((SOFT.has(hit.skillId) || !conceptForm(hit)) && PERK_INLINE.test(text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start))) return 'perk';
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && ((/\b(?:stipend|budget|allowance|subscription|licen[cs]e|seat|credit|access|every|each|all)/i.test(near) && PERK_TOOL_BEFORE.test(near)) || (/subscription|licen[cs]e|seat|credit|stipend|budget|allowance/i.test(after.slice(0, 80)) && PERK_TOOL_AFTER.test(after.slice(0, 80)) && !/\b(?:you|manag\w*|administ\w*|provision\w*|configur\w*|track\w*|audit\w*)\b/i.test(near)))) return 'perk';
  // "No blockchain, no crypto, just software …": a "just" after the list's comma opens what the text offers instead.
  if (((NEGATION_WORD.test(near) && !portugueseInThe(near) && (NEGATED_BEFORE.test(near) || NOT_MODIFIED.test(near))) || CONTRAST_BEFORE.test(near)) && !/(?<!-)(?<![,;:\u2013\u2014]\s*)\b(?:only|just|required|needed|necessary)\b/i.test(after.slice(0, 30)) && !(/\byet\b/i.test(after.slice(0, 30)) && !/\byou/i.test(near))) return 'negated';
  if (PRE_BEFORE.test(near) || (/\bnot\b|n['\u2019]t\b/i.test(after) && NOT_NEEDED_AFTER.test(after))) return 'negated';
  // "building production systems, not just prototypes": a field set against the wanted work (a named tool, "not just
  // Python", is still known, and "not just X but also Y" asks both).
  if (conceptForm(hit) && /not (?:just|only|merely|simply)/i.test(near) && NOT_JUST_BEFORE.test(near) && !/^[^.;:!?]{0,60}\bbut\b/i.test(after)) return 'negated';
  // "high-quality engineering": the adjective "high-quality", not the practice of quality engineering.
  if (lower.startsWith('quality') && /\b(?:high|top|low|best|higher)[- ]$/i.test(before)) return 'english';
  // "a data layer powering critical ML workloads": the workloads the system serves, not a skill asked (unless the sentence asks).
  if (conceptForm(hit) && WORKLOADS_AFTER.test(after) && SERVES_BEFORE.test(near) && !ABOUT_YOU.test(narrow(text.slice(sentence[0], sentence[1])))) return 'market';
  // "Payments - think Stripe, Adyen etc.": the company's field by analogy with named products closing the line.
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && near.includes('think') && THINK_LIST.test(near) && LIST_END.test(after)) return 'analogy';
  // "a unique deployment model (self-host on-prem or in our cloud)": how the product is delivered.
  if (near.includes('deployment') && DEPLOYMENT_OPTIONS.test(near)) return 'market';
  // "Unlike most shops, where half the week goes to Jira tickets, here you …": the contrast, up to its main clause.
  if (hasAny(before.slice(0, 24).toLowerCase(), CONTRAST_WORDS) && CONTRAST_OPEN.test(before)) {
    const rest = before.replace(CONTRAST_OPEN, '');
    if (!MAIN_CLAUSE.test(rest) && (!rest.includes(',') || /\b(?:where|which|that|who|whose|when)\b/i.test(rest))) return 'negated';
  }
  // "… moving away from bespoke toolchains": unless the hire is the one to move ("you'll help us move away from …").
  if (/away from/i.test(near) && AWAY_BEFORE.test(near) && !/\b(?:you|your|help|will|migrat\w*)\b/i.test(near)) return 'negated';
  if (/\b(?:stars?|downloads?|forks?|followers?|installs?)\b/i.test(text.slice(Math.max(0, hit.start - 20), hit.end + 12)) && (POPULAR_BEFORE.test(near) || POPULAR_AFTER.test(after))) return 'own';
  if (/\b(?:downloads|installs|users|players|listeners)\b/i.test(near) && POPULAR_STORES.test(near)) return 'own';
  if (/\b(?:apps?|games?|applications?|services?)\b/i.test(near) && RANKED_ON.test(near)) return 'own';
  if (SOFT.has(hit.skillId) && /^[A-Z]/.test(hit.text) && /\b(?:How|Why) /.test(before) && TITLE_BEFORE.test(before)) return 'link';
  // (s46, #12: "Temporal, or something Airflow-like", "Kafka or anything Pulsar-based": the last option of an "or" list
  // after a named one, the tool itself or its like, one of the options; LIKE_OPTION_BEFORE.)
  if (LIKE_AFTER.test(after) && !(LIKE_OPTION_BEFORE.test(before) && others.some((o) => o.end <= hit.start && o.end >= hit.start - 80 && o.skillId !== hit.skillId && !LIKE_AFTER.test(text.slice(o.end, o.end + 12))))) return 'analogy';
  // (A cheap test first: most sentences are no question and open on no "imagine".)
  if ((text[sentence[1]] === '?' || /^[\s•*#>-]*(?:imagine|what if)\b/i.test(before)) && RHETORICAL.test(before)) return 'pitch';
  // background: a founder/investor/customer marker before the mention in its sentence, with no "you" in between.
  // "(poolside, ex-GitHub CTO)", "former Stripe engineers": where people worked before, unless it is the candidate.
  if ((near.endsWith('-') || near.endsWith('- ') || /former/i.test(near)) && /\b(?:ex-\s?|former(?:ly)?\s+(?:at\s+|of\s+)?)$/i.test(near) && !/\byou/i.test(near)) return 'background';
  // "the acting COO at Initech", "Tomas grew Northwind's payments group": where the staff held posts before.
  if (!conceptForm(hit) && !SOFT.has(hit.skillId) && /^[A-Z]/.test(hit.text) && EXEC_OF.test(near)) return 'background';
  if ((near.includes("'s ") || near.includes('\u2019s ')) && RAN_ORG_BEFORE.test(near) && ORG_AFTER.test(after) && !/\byou/i.test(near)) return 'background';
  const bg = backgroundBefore(before);
  // "… a team of founders and operators and help build features like …": a task set after the marker ends its reach.
  // "You have previously built …": the candidate's own background is what the posting asks; "looking for a
  // technical co-founder with …": the founder is the role sought; "… for our language models": the company's own stack.
  if (bg >= 0 && !BACKGROUND_OURS.test(before) && !BACKGROUND_SOUGHT.test(before.slice(0, bg)) && !taskForOurs(before, bg) && !/\b(?:you|you'll|you will|your|(?:we(?:'|\u2019)re|we are) (?:looking|hiring|seeking))\b|(?:\b(?:and|to)|,) (?:help (?:us )?)?(?:build|ship|own|design|develop|maintain|write|implement|work on|architect|launch|create|deliver|deploy|integrate|prototype|operate|shape|set|define|drive|run|grow)\b/i.test(before.slice(bg))) return 'background';
  const sentenceText = narrow(text.slice(sentence[0], sentence[1]));
  // "Email jobs@… … short note + GitHub": the instruction may stand in the sentence just before the list of material.
  if (/\b(?:us|me|team|recruiters?|founders?)\s+(?:on|via|over|through|in)\b/i.test(near) && REACH_US.test(near)) return 'apply';
  if (CHANNEL.test(hit.text) && /\b(?:us|me|team|recruiters?|founders?)\s+(?:on|via|over|through|in)\b/i.test(near) && REACH_US_CHANNEL.test(near)) return 'apply';
  // "… and Snowflake among our customers": the list the clause ends on is of customers.
  if (/\bamong\b/i.test(after) && AMONG_OURS.test(after)) return 'background';
  // "Acme, Initech and Notion are just a few of our customers": the list the sentence opens on is of customers.
  if (hasAny(after, [' of our ', ' of its ', ' of their ']) && FEW_OF_OURS.test(after)) return 'background';
  if ((APPLY.test(sentenceText) || APPLY.test(text.slice(Math.max(0, sentence[0] - 100), sentence[0]))) && (PROFILE.test(after) || YOUR.test(before) || MATERIAL_BEFORE.test(before) || MATERIAL_AFTER.test(after))) return 'apply';
  if (PROFILE_SITES.has(hit.skillId) && profileSent(before, after, sentenceText)) return 'apply';
  // "Our interview: a short intro, a pairing session in your own IDE, a system design chat": the steps of the hiring
  // process are how the candidate is met, not what the job asks (what the interview assesses is: "we'll test your SQL").
  if (INTERVIEW_STEPS.test(before) && !ASSESSED.test(before)) return 'apply';
  // consumer: the mention is in a list headed by "assistants like", "brands such as" …
  const clause = clauseBefore(text, sentence[0], hit.start);
  if (/\b(?:like|such as|including|e\.g\.|for example)\b/i.test(clause)) for (let k = clause.length; k >= 0 && clause.length - k <= 60; k--) {
    const head = clause.slice(0, k);
    if (CONSUMER_HEAD.test(head) && LIST_ITEM.test(clause.slice(k))) return 'consumer';
  }
  if (DEGREE.test(before)) return 'degree';
  if ((MARKET_BEFORE.test(before) || (hasAny(after.toLowerCase(), ['powered', 'driven', 'native']) && POWERED.test(after) && !platformNative(hit, after)) || (/\b(?:building|developing|making|creating|builds|develops|makes|creates)\b/i.test(before) && KIND_BUILDING.test(before)) || (/\bstill\b/i.test(before) && STILL_ON.test(before)) || (/\bintersection\b/i.test(before) && COMPANY_INTERSECTION.test(before)) || (conceptForm(hit) && HELPS_OTHERS.test(before))) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText) && !WORK_LEAD.test(sentenceText)) return 'market';
  // "… software that lets anyone in your company browse the databases you have": the "you" of the product's clause is its
  // user; the sentence up to that clause is the company's, and asks nothing.
  if (conceptForm(hit) && hasAny(before.toLowerCase(), ['help', 'let', 'enabl', 'allow', 'empower']) && HELPS_OTHERS.test(before)) {
    const head = sentenceText.slice(0, HELPS_OTHERS.exec(before)!.index);
    if (!ABOUT_YOU.test(head) && !TASK.test(sentenceText) && !PITCH_KEEP.some((re) => re.test(head))) return 'market';
  }
  if (isProblem(text, sentence, sentenceText)) return 'market';
  // "a very ambitious, fast-growing startup": the company's trait; a trait of its team or people is asked (the project's convention).
  if (SOFT.has(hit.skillId) && COMPANY_TRAIT_BEFORE.test(near) && COMPANY_TRAIT_AFTER.test(after)) return 'pitch';
  // "Acme is more pragmatic: …", "Acme is deeply collaborative": a trait said of the employer by its name, not asked of the hire.
  if (SOFT.has(hit.skillId) && names.own.length > 0 && / (?:is|are) (?:[a-z]+ )?$/i.test(before) && ownIsBefore(before, names)) return 'pitch';
  // "Our studio offers a fast-paced environment": a setting the job offers, not a trait it asks.
  if (SOFT.has(hit.skillId) && SETTING_FORM.test(hit.text) && GIVEN_BEFORE.test(near) && !/\b(?:thrive|thriving|comfortable|enjoy|love|ability|able)\b/i.test(near)) return 'perk';
  // "our second tool which reviews PRs overnight": what the product does, in a sentence that asks nothing.
  if ((conceptForm(hit) || /^[A-Z]{2,5}s$/.test(hit.text)) && /\b(?:that|which)\b/i.test(near) && PRODUCT_DOES.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  // "Our founding team is small but deep: clinician-engineers, NLP researchers, ex-Stripe engineers": who the team are.
  if (before.includes(':') && teamColonList(text, sentence, hit)) return 'background';
  // "Our radios serve industries such as mining and rail", "Hospitals, city councils and banks rely on us": the employer's markets and customers.
  if (/\b(?:industries|sectors|markets|verticals|segments)\b/i.test(near) && MARKETS_LIKE.test(near) && !ABOUT_YOU.test(sentenceText)) return 'market';
  if (/\b(?:us|our)\b/i.test(after) && LIST_ONLY.test(before) && USE_US_AFTER.test(after)) return 'background';
  // "Support and sales teams can review and improve developer experience": what the product's users can do.
  if (conceptForm(hit) && USERS_CAN.test(sentenceText) && !/\b(?:you|your|our|we|role|hiring|join)\b/i.test(sentenceText)) return 'market';
  // "What we build: * Ferry: Move your PRs from draft to merged …": each item tells of one of the employer's products.
  if (text.lastIndexOf('\n', hit.start - 1) >= 0 && inProductList(text, hit)) return 'market';
  if (conceptForm(hit) && near.includes('future of') && FUTURE_OF.test(near)) return 'pitch';
  // "we are at the forefront of applying X", "pioneers in X": where the company claims to stand, unless the hire is addressed.
  if (conceptForm(hit) && hasAny(near.toLowerCase(), FOREFRONT_WORDS) && FOREFRONT.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText)) return 'pitch';
  if (near.includes('roduct') && FIRST_PRODUCT.test(near) && !ABOUT_YOU.test(sentenceText)) return 'market';
  if (conceptForm(hit) && ownsKind(near, after, names)) return 'market';
  if (/^[A-Z]/.test(hit.text) && near.includes('ur ') && ourNamedProduct(near, after)) return 'own';
  if (/\bour\s+$/i.test(near) && LAUNCHED_AFTER.test(after)) return 'own';
  if (hasAny(before, [' use ', ' rely on ', ' trust ', ' choose ']) && customersUse(text, sentence, before, others) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  // "We use ML to make data warehouses and Spark jobs more efficient": what the company's product makes better is its
  // customers', in a sentence that asks nothing; "make our Spark jobs faster" or a task set to you is the hire's own stack.
  if (near.toLowerCase().includes('mak') && MAKE_BEFORE.test(near) && MAKE_AFTER.test(after) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  // "a sales associate to sell route optimization software and APIs to fleets": what the hire sells is the product, not a
  // skill; experience selling into a field ("5 years selling fintech software") is asked and stays.
  if (near.toLowerCase().includes('sell') && SELL_BEFORE.test(near) && !/\b(?:experience|background|track record|years?|proven|history)\b/i.test(near)) return 'market';
  // "you'll run complex deals in logistics and retail", "customers across healthcare": the market sold into; experience in
  // it ("5 years of sales to customers in healthcare") is asked and stays.
  // "sync your team's calendars (Outlook/CalDAV)": the users' systems the product connects to, in a sentence that sets the hire no
  // task ("you'll connect our platform to …", "experience integrating with …" ask it).
  if (hasAny(near.toLowerCase(), ['connect', 'integrates', 'sync', 'plug', 'hook']) && CONNECTS_TO.test(near) && !TASK.test(sentenceText) && !/\b(?:you|you'll|you will|experience|experienced|familiar\w*|skills?)\b/i.test(near)) return 'market';
  if (conceptForm(hit) && / (?:in|across|within) /i.test(near) && SOLD_INTO.test(near) && !/\b(?:experience|experienced|background|track record|years?|proven|history|expertise|knowledge|familiar\w*)\b/i.test(near)) return 'market';
  // "helps security teams understand …", "data for go-to-market teams", "top blockchain clients", "companies in the auth
  // space", "platform and security teams can audit …": the field names the customers, not the hire's work (unless the
  // sentence asks, or hires for those teams).
  if (CUSTOMERS_AFTER.test(after) && (CUSTOMERS_BEFORE.test(near) || (/^\s+teams\s+(?:can|get|gain)\b/i.test(after) && !/\bour\s+(?:[\w-]+,?\s+){0,3}$/i.test(near))) && !ABOUT_YOU.test(sentenceText) && !/\b(?:hiring|hire|join|looking|seeking|roles?|positions?|openings?)\b/i.test(sentenceText)) return 'market';
  // "We're building AI-powered recruiting for …": the product's kind, in the company's own sentence.
  if (near.includes('-') && /-(?:powered|driven|native|based)\s+$/i.test(near) && POWERED_BEFORE.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText) && !/ \| /.test(sentenceText) && (PITCH_SUBJECT.test(sentenceText) || PITCH_NAMED.test(sentenceText))) return 'market';
  if (!SOFT.has(hit.skillId) && hasAny(sentenceText.toLowerCase(), TREND_WORDS) && TREND.test(sentenceText) && !/ \| /.test(sentenceText) && !ADDRESSED.test(sentenceText) && !/\byou\b/i.test(sentenceText) && !TASK.test(sentenceText) && !keeps(text, sentence)) return 'pitch';
  // "for teams whose users collaborate in real time": what the product's users do.
  if (/\b(?:who|that)\b/i.test(near) && USERS_WHO.test(near)) return 'market';
  if (hasAny(before.toLowerCase(), ['target ', 'ideal ', 'typical ']) && hasAny(before.toLowerCase(), ['customer', 'client', 'user', 'market']) && CUSTOMER_IS.test(before) && !ABOUT_YOU.test(sentenceText)) return 'market';
  if (near.includes(' of ') && hasAny(near.toLowerCase(), ['provider', 'supplier', 'vendor', 'maker']) && PROVIDER_OF.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  if ((after.startsWith(' sucks') || after.startsWith(' is ')) && hasAny(after.slice(0, 30).toLowerCase(), ['sucks', 'broken', 'mess', 'painful', 'hard', 'slow', 'expensive']) && FIELD_BROKEN.test(after) && !ABOUT_YOU.test(sentenceText)) return 'market';
  // "300B+ events a day. 99.99% uptime.": a figure the company boasts, not a practice asked.
  if (/\d\s*%\s*$/.test(before) && conceptForm(hit) && !ADDRESSED.test(sentenceText) && !TASK.test(sentenceText) && !keeps(text, sentence)) return 'pitch';
  // "We hit #3 trending on GitHub", "12k stars on GitHub", "featured on Product Hunt": where the company ranked, its news, not a
  // tool asked (a candidate's own rank, said to "you", stays).
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && /\b(?:on|in)\s+$/i.test(before) && RANKED_ON_PLATFORM.test(before) && !/\byou/i.test(sentenceText)) return 'pitch';
  // "… shows data from all of the git repos in your company": the "you" who owns a company is the product's customer, and the
  // sentence tells what the product does for them; nothing in it is asked of the hire.
  if (/\byour\s/i.test(sentenceText) && YOUR_COMPANY.test(sentenceText) && !YOUR_COMPANY_ASKS.test(sentenceText)) return 'market';
  // "By uniting applied research, flexible infrastructure and developer tooling, we enable companies to …": the means of what the
  // company does for others, named before its main clause; the sentence asks nothing of the hire.
  if (/^\s*by\s/i.test(sentenceText) && BY_MEANS.test(sentenceText) && hit.start < sentence[0] + (BY_MEANS.exec(sentenceText)![0].length) && !ADDRESSED.test(sentenceText)) return 'pitch';
  // An analogy compares with a named product ("the Figma of …"), never with a field ("the AI agent for …").
  if (((/^[A-Z]/.test(hit.text) && !conceptForm(hit)) || THINK_OF.test(before)) && (ANALOGY_BEFORE.test(before) || (/think/i.test(before) && THINK_IMPERATIVE.test(before.trimStart()))) && ANALOGY_AFTER.test(after)) return 'analogy';
  // A named product the company measures itself against or replaces ("on the scale of Palantir or ServiceNow", "an alternative to Jira").
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && ((COMPARE_CUE.test(near) && COMPARE_BEFORE.test(near)) || COMPARE_AFTER.test(after))) return 'analogy';
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && /\bwhat\s+$/i.test(before) && DID_FOR_AFTER.test(after)) return 'analogy';
  if (VERB_FIRST.test(hit.text) && VERB_BEFORE.test(before) && VERB_AFTER.test(after)) return 'verb';
  // "… in the subject so I can prioritize", "a chat app we built to collaborate": the poster's or a tool's act, not a trait asked.
  if (SOFT.has(hit.skillId) && ((/\bso\b/i.test(near) && POSTER_PURPOSE.test(near) && (/\bI\b/.test(near.slice(-20)) || APPLY.test(sentenceText))) || (/ to\s*$/.test(near) && TOOL_TO.test(near)))) return 'verb';
  // "Our platform uses machine learning and large-scale data to …": the fields the product is made of, in the company's sentence
  // ("… data pipelines built in-house" are the team's own work).
  if (conceptForm(hit) && hasAny(near.toLowerCase(), USES_WORDS) && PRODUCT_USES.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText) && !OWN_STACK.test(sentenceText) && !/ \| /.test(sentenceText)) return 'market';
  if (near.includes('status quo') && STATUS_QUO.test(near)) return 'market';
  // "Acme is the \"Hugging Face for quantum computing\"": the quotes mark the comparison, whatever follows "for".
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && (text[hit.start - 1] === '"' || text[hit.start - 1] === '\u201c') && QUOTED_ANALOGY_AFTER.test(after)) return 'analogy';
  // "AI health coaching, personalized …", "an AI tutor": a soft skill done by AI is the product, not a trait asked.
  if (SOFT.has(hit.skillId) && near.includes('AI') && AI_DONE_BEFORE.test(near) && !roleNoun(hit.text) && !roleNoun(after.slice(0, 20))) return 'market';
  // "Most people now plan trips with ChatGPT or Gemini": what people at large use, a consumer's product.
  // "A data analyst nowadays keeps Tableau and Excel open": how a trade works now, said of nobody in particular.
  if (!conceptForm(hit) && !SOFT.has(hit.skillId) && TRADE_TODAY.test(sentenceText) && !/\b(?:you|your|our|we|us|hiring|looking|seeking|join|role|team)\b/i.test(sentenceText)) return 'consumer';
  if (!conceptForm(hit) && !SOFT.has(hit.skillId) && PEOPLE_SUBJECT.test(sentenceText) && !/\b(?:you|your|hiring|looking|seeking|join|we)\b/i.test(sentenceText)) return 'consumer';
  // "The product helps recruiters source candidates from LinkedIn and …": a named tool in the clause of what the product's users do.
  if (!conceptForm(hit) && !SOFT.has(hit.skillId) && /\b(?:help|enabl|empower)/i.test(sentenceText) && clauseHolds(HELPS_USERS, text, sentence, hit) && PRODUCT_LEAD.test(sentenceText) && !/\b(?:hiring|looking|seeking|join)\b/i.test(sentenceText) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText) && !OWN_STACK.test(sentenceText) && !paragraphAddressed(text, sentence)) return 'market';
  // "Acme syncs Salesforce and HubSpot …", "Our connectors support MongoDB … as destinations": the product's integrations, its market.
  if (!conceptForm(hit) && !SOFT.has(hit.skillId) && productIntegrates(text, sentence, hit, names, before, after, sentenceText)) return 'market';
  // "Our app reads Excel files …", "Users export to PowerPoint": what the product or its users open, import or export, not the hire's tools.
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && FEATURE_VERB.test(before) && PRODUCT_FEATURE.test(before) && !/\b(?:you|your|you'll|we(?:'re| are) (?:looking|hiring))\b/i.test(text.slice(sentence[0], sentence[1]))) return 'market';
  // "OpenAI featured us", "one of the top AWS partners": news about the company.
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && (FEATURED_US.test(after) || (PARTNER_AFTER.test(after) && PARTNER_BEFORE.test(near)))) return 'background';
  // "Our service uses models that automate bookkeeping tasks like reconciliation and …": what the product automates.
  if (conceptForm(hit) && near.includes('automat') && AUTOMATES_BEFORE.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText) && (PITCH_SUBJECT.test(sentenceText) || PITCH_NAMED.test(sentenceText) || companySpeaks(text, sentence, names))) return 'market';
  // "Acme builds the platform for robot fleets — remote control, live maps and …": the dash lists what the product offers.
  if (conceptForm(hit) && (before.includes('\u2014') || before.includes('\u2013') || before.includes(' - ')) && dashListOfProduct(before) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText) && (PITCH_SUBJECT.test(sentenceText) || PITCH_NAMED.test(sentenceText))) return 'market';
  // "We build a coaching app for runners": the soft skill names what the product is, not a trait asked.
  // "a coaching experience for players" is the product only in the company's own sentence ("mentoring experience for" may be the hire's).
  if (SOFT.has(hit.skillId) && PRODUCT_NOUN_AFTER.test(after) && !/\b(?:skills?|abilit\w*)\b/i.test(after.slice(0, 40)) && (!/^\s+experiences?\b/i.test(after) || (PITCH_SUBJECT.test(sentenceText) && !ADDRESSED.test(sentenceText) && !/\byou/i.test(sentenceText)))) return 'market';
  // What the product's user does ("… so you can debug outages") is no ask, whatever stack the sentence names.
  // (s56: on-call and postmortems told as what the team does are the practice the hire joins, unless the sentence sells: teamPractice.)
  if (isPitch(text, sentence, hit, names, others) && (!namesStack(text, sentence, hit, names, others) || productUserAt(text, sentence, hit)) && !teamPractice(hit, text.slice(sentence[0], sentence[1]))) return 'pitch';
  // "the most popular open source data labeling platform": the employer's product ranked by its kind.
  if (ranked(near) && RANKED_KIND_BEFORE.test(near) && RANKED_KIND_AFTER.test(after) && !/\b(?:you|you'll|you're|your|candidates?|experience)\b/i.test(text.slice(sentence[0], sentence[1]))) return 'market';
  // "We're a drug discovery company - using …", "Acme is an applied AI lab …": the company says what kind it is, whatever else the sentence says.
  // A sentence that also names what the product stands on ("… platform built on Iceberg") or speaks to you describes the stack.
  // "the tools people need" is the company's pitch; "we need" / "you need" is an ask.
  if ((KIND_AFTER.test(after) || (hit.text.includes(' ') && KIND_TAIL.test(hit.text))) && KIND_SELF.test(before) && !/\b(?:you|your|built (?:on|with|in)|written in|runs? on|powered by|looking|hiring|seeking|(?:we|you|i) (?:need|want)|requires?|role|join)\b/i.test(sentenceText)) return 'market';
  // What the company is or sells, named by its kind ("… is building the AI-native eDiscovery platform"), whatever the case of the form.
  // A named tool right before "app" or "codebase" ("our Rails + React app") is what the app is written in: its stack.
  if (KIND_AFTER.test(after) && !(!conceptForm(hit) && STACK_KIND_AFTER.test(after)) && companySpeaks(text, sentence, names)) return 'market';
  // Session 35: a field or soft skill (never a named tool) in the company's own sentence, by what the sentence does with it.
  if (conceptForm(hit) || SOFT.has(hit.skillId)) {
    const lowNear = near.toLowerCase();
    // "… is on a mission to reinvent performance reviews", "unlocking the next generation of …": its vision of its market.
    if (hasAny(lowNear, VISION_WORDS) && VISION.test(near) && companySentence(text, sentence, sentenceText, names, true)) return 'pitch';
    // "We let non-technical teams build data pipelines", "helps 300 insurers price risk with ML": what the product's users do.
    if (USERS_VERBS.test(near) && clauseHolds(USERS_CLAUSE, text, sentence, hit)) {
      USERS_CLAUSE.lastIndex = 0;
      const head = sentenceText.slice(0, USERS_CLAUSE.exec(sentenceText)?.index ?? 0);
      if (!/\b(?:team|group|squad|org)\b/i.test(head) && companySentence(text, sentence, head, names)) return 'market';
    }
    // "We use web data to identify things like … key projects (e.g., cloud migrations)": what the product finds, its market.
    // ("e.g." and "i.e." are no sentence's end: the examples often stand after one.)
    // A named tool in the sentence makes it the team's own practice ("We track metrics such as latency with Prometheus").
    if (hasAny(before.toLowerCase(), ['like', 'such as', 'including']) && FINDS_LIKE.test(before.slice(-200).replace(/\b(?:e\.g|i\.e)\./gi, 'eg')) && companySentence(text, sentence, sentenceText, names) && !namesStack(text, sentence, hit, names, others)) return 'market';
    // "We're working on Skyway, a new kind of finops tool": the product named, then its kind.
    if (KIND_AFTER.test(after) && NAMED_APPOSITIVE.test(near) && companySentence(text, sentence, sentenceText, names)) return 'market';
  }
  // "AI copilots for internal teams (legal, finance, data science, ops)": the teams the work serves, named in brackets.
  if (conceptForm(hit) && near.includes('(') && TEAMS_BRACKET.test(near) && TEAMS_BRACKET_REST.test(after) && !TEAMS_LED.test(near)) return 'team';
  // "About the company:\n• Building anomaly detection on top of …": an item of the list that tells what the company is and does.
  // "We sit at the intersection of:\nSecurity - we've invested …": each item names a field the company sits between.
  if (!ABOUT_YOU.test(sentenceText) && !HIRE_WORDS.test(sentenceText) && text.lastIndexOf('\n', hit.start - 1) > 0) {
    const list = companyList(text, hit);
    if (list === 'fields' || (list === 'about' && conceptForm(hit))) return 'pitch';
  }
  // "Our products span developer tooling, a Python framework for agents and …": the list is of what the company sells.
  if (PRODUCTS_SPAN.test(before) && !ABOUT_YOU.test(sentenceText) && !HIRE_WORDS.test(sentenceText)) return 'market';
  if (productOffers(text, hit, names, sentence, before, sentenceText)) return 'market';
  // (s50's classes last: a hit they drop is dropped all the same, under the older, narrower class where one holds.)
  return s42aOrOwnTeam(text, hit, near, after, others) ?? s41aClass(hit, near, before, after) ?? s38Class(text, hit, names, others, sentence, near, before, after, sentenceText) ?? s37Class(text, hit, sentence, near, before, after, sentenceText) ?? s50Class(text, hit, sentence, before, after) ?? s51Class(hit, near, before, after, sentenceText) ?? s55Class(text, hit, sentence, before, after, sentenceText) ?? s56Class(hit, before, after, sentenceText) ?? s57Class(text, hit, before, after) ?? s58Class(text, hit, before, after, sentenceText) ?? s59Class(text, hit, before) ?? s60Class(text, hit, SOFT.has(hit.skillId)) ?? s61Class(text, hit, SOFT.has(hit.skillId), names.own) ?? s62Class(text, hit, SOFT.has(hit.skillId), others);
}

// ---- session 37 (s37-own): what the employer's product offers, supports or runs for its customers (#13) ----

/** A short lead before the subject: "With one click, ", "This quarter, ", "Today, ". */
const OFFER_LEAD = /^[\s\u2022*#>-]*(?:(?:with|in|since|today|now|this|last|as of|starting|from)\b[^,]{0,30},\s*|(?:this|last|earlier this) (?:week|month|quarter|year|spring|summer|fall|autumn|winter),?\s+)?/i;
/**
 * The product named as the subject ("Our SDKs", "The Tidewater plugin", "Our new release"), not the team ("Our platform team").
 * (Not "our service", "our API", "our engine", "our app": the team's own system, whose databases and protocols are its stack.)
 */
// ("Our mobile apps": the apps, plural, are what the customers install; "our app" alone may be the team's system.)
const PRODUCT_NOUN = String.raw`(?:(?:platform|product|cli|sdk|agent|plugin|extension|connector|integration|release|version|dashboard|marketplace|tool|solution|software|operator|bot|assistant|console)s?|apps)`;
/** The product, or a plan of it ("Every plan", "The Team tier"): what the customer buys. */
const OFFER_SUBJECT = new RegExp(String.raw`^(?:(?:our|the|its) (?:[\w.-]+ ){0,2}?${PRODUCT_NOUN}(?! (?:team|group|engineers?|developers?|org)\b)|(?:every|each|all|our|the) (?:[\w-]+ )?(?:plans?|tiers?|editions?|subscriptions?)\b)`, 'i');
/** After the employer's name: "'s CLI", " plugin" (the product by its name). */
const OWN_PRODUCT_TAIL = new RegExp(String.raw`^(?:['\u2019]s(?: [\w.-]+)??)? ${PRODUCT_NOUN}\b`, 'i');
/** "we launched native support for", "we've added integrations with": the company's news of what its product now supports. */
const WE_LAUNCHED = /^we(?:(?:'|\u2019)ve| have| just| recently| now)* (?:launched|shipped|added|released|introduced|announced|rolled out|built|offer|provide) (?:(?:native|first-class|full|official|new|deep|one-click) )*(?:support|integrations?|connectors?|plugins?|sdks?|extensions?) (?:for|with|to)\s+/i;
/**
 * A verb of what a product offers, supports, connects to or runs for its users, right after the subject ("supports",
 * "integrates with", "gives product teams", "orchestrates", "adds support for", "is compatible with", "runs alongside").
 */
const OFFER_VERB =
  /^\s+(?:(?:now|also|already|natively|automatically|seamlessly|fully|officially)\s+)?(?:supports?|integrates? (?:natively )?with|works? (?:with|inside|in|across|alongside)|connects? (?:to|with)|plugs? into|offers?|provides?|gives?(?: [\w-]+){0,3}?|handles?|manages?|orchestrates?|automates?|deploys?|hosts?|runs? (?:alongside|next to|inside)|monitors?|scans?|secures?|adds? (?:[\w-]+ )?support for|(?:ships?|comes?) with|includes?|turns?|converts?|translates?|transforms?|(?:is|are) (?:now |fully )?(?:available|compatible) (?:for|with|on|in))\s+/i;
/** "collects traces from", "visualises metrics from", "exports reports to": the product moving its customers' data from or to the list. */
const OFFER_FLOW =
  /^\s+(?:(?:now|also|automatically)\s+)?(?:collects?|visuali[sz]es?|pulls?|reads?|ingests?|imports?|exports?|syncs?|streams?|captures?|gathers?|aggregates?|unifies?)(?: [\w-]+){0,3}? (?:from|to|into|across)\s+/i;
/** "… by combining", "— replacing the", "including": a participle of offering that opens the product's list further on. */
const OFFER_INTRO = /\b(?:by )?(?:combining|bundling|unifying|replacing|consolidating|including|supporting|integrated with)\s+(?:the |a |an )?/gi;
/** "Tiun is the commercial backend for SaaS …: auth, payments, …": the employer's name, the copula, then a colon opening what it is made of for customers. */
const OWN_IS_COLON = /^\s+(?:is|are) [^:;.]{3,80}:\s*/i;
/** What the product is made with, before the list opens: its stack, not its offer. */
const MADE_WITH = /\b(?:uses?|using|relies on|built|written|runs?|powered|backed)\b/i;
/** "With Yarrowfield, data teams can …": what the customers can do with the employer's product. */
const WITH_OWN = /^[\s\u2022*#>-]*with ([^,]{1,40}), (?:[\w-]+ ){1,3}(?:can|get|gain)\s/i;
/** "Built for teams using GitHub, GitLab or …", "for companies running …": the customers' own tools. */
const FOR_USERS_OF = /\bfor (?:[\w-]+ ){0,2}(?:companies|teams|businesses|customers|clients|organi[sz]ations|enterprises|developers|engineers|startups|shops|users) (?:using|running|on|built on|that use|who use|that run|who run)\s+/gi;
/** "Key features: …", "Integrations include: …": a line heading the product's features or integrations. */
const FEATURES_HEAD = /^[\s\u2022*#>-]*(?:key |core |main |product |our |top )?(?:features|capabilities|integrations|supported (?:tools|platforms|languages|frameworks))(?: include)?\s*:\s*/i;
/** Between the verb and the mention only the list: no clause, no preposition of what the product is built with or where. */
const OFFERED_ONLY = /^(?:[^.;:!?()]|\.(?=\S)){0,140}$/;
const OFFER_NOT_LIST = /\b(?:with|using|via|in|on|by|from|atop|so|because|while|where|which|that|who|to|we|you|our)\b/i;
/** What makes the sentence the team's stack after all ("built on", "runs on", "our stack", "internal"). */
const OFFER_STACK = /\b(?:stack|built (?:on|with|in|using)|written in|runs? on|powered by|we use|our own|internal(?:ly)?|in-house|under the hood)\b/i;

/** The employer's name stands in the sentence as a word ("…, Corvid reviews every pull request"). */
function ownNamed(sentenceText: string, names: PostingNames): boolean {
  const low = sentenceText.toLowerCase();
  return names.own.some((n) => {
    const i = low.indexOf(n);
    return i >= 0 && !/[\p{L}\p{N}]/u.test(low[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(low[i + n.length] ?? ' ');
  });
}
/**
 * "Larkspur gives product teams session replay, feature flags and …", "Our SDKs are available for React, Vue and …", "This quarter we
 * launched native support for Snowflake …", "Built for teams using GitHub or GitLab, Corvid …", "Key features: SSO, audit logs": the
 * sentence's subject is the employer's product (or the company), its verb one of offering, supporting, integrating or running
 * for customers, and the mention stands in the list that follows: the product's features and integrations, its market
 * (../shared/LABELLING.md), not the team's stack ("Our backend is Go", "you'll integrate with Stripe" stay).
 */
function productOffers(text: string, hit: SkillHit, names: PostingNames, sentence: [number, number], before: string, sentenceText: string): boolean {
  if (SOFT.has(hit.skillId) || / \| /.test(sentenceText) || TASK.test(sentenceText)) return false;
  // ("… writes the release notes for you": the product's user, as "your" is.)
  const asked = sentenceText.replace(PRODUCT_USER, '').replace(/\byour\b|\bfor you\b/gi, '');
  // ("… replacing the Stripe + Auth0 + Postgres stack": the customers' stack the product replaces, not the team's.)
  if (ABOUT_YOU.test(asked) || /\b(?:hiring|looking|seeking|join|roles?|positions?)\b(?!-)/i.test(sentenceText) || OFFER_STACK.test(sentenceText.replace(/\breplac(?:es|ing)\b[^.;]*/gi, ''))) return false;
  // (The customers' "using" is theirs: "for teams using …"; any other "using" names what the product is made with.)
  FOR_USERS_OF.lastIndex = 0;
  const usersOf = [...sentenceText.matchAll(FOR_USERS_OF)];
  if (/\busing\b/i.test(sentenceText.replace(FOR_USERS_OF, ''))) return false;
  const listed = (from: number): boolean => from <= before.length && OFFERED_ONLY.test(before.slice(from)) && !OFFER_NOT_LIST.test(before.slice(from));
  // "Built for teams using GitHub, GitLab or Bitbucket, Corvid reviews …": the list after the customers, in a sentence about the product.
  for (const m of usersOf) if (listed(m.index! + m[0].length) && (companySpeaks(text, sentence, names) || OFFER_SUBJECT.test(sentenceText.replace(OFFER_LEAD, '')) || ownNamed(sentenceText, names))) return !paragraphAddressed(text, sentence);
  const head = FEATURES_HEAD.exec(before);
  if (head && listed(head[0].length)) return !paragraphAddressed(text, sentence);
  // (What the customers can do with it reads as one clause: "version dbt models and schedule them in Airflow".)
  const withOwn = WITH_OWN.exec(before);
  if (withOwn && names.own.includes(withOwn[1]!.toLowerCase()) && !/[.;:!?]/.test(before.slice(withOwn[0].length))) return !paragraphAddressed(text, sentence);
  const lead = OFFER_LEAD.exec(before)![0].length;
  let rest = before.slice(lead);
  const low = rest.toLowerCase();
  const own = names.own.find((n) => low.startsWith(n) && !/[\p{L}\p{N}]/u.test(low[n.length] ?? ' '));
  const we = WE_LAUNCHED.exec(rest);
  if (we) return listed(lead + we[0].length) && !paragraphAddressed(text, sentence);
  if (own) {
    rest = rest.slice(own.length);
    rest = rest.slice(OWN_PRODUCT_TAIL.exec(rest)?.[0].length ?? 0);
  } else {
    // "The Ferrow CLI …": the employer's name inside the product's subject.
    const subject = OFFER_SUBJECT.exec(rest);
    if (!subject) return false;
    rest = rest.slice(subject[0].length);
  }
  const verb = OFFER_VERB.exec(rest) ?? OFFER_FLOW.exec(rest);
  if (verb !== null) return listed(before.length - rest.length + verb[0].length) && !paragraphAddressed(text, sentence);
  // "PostHog equips developers … by combining product analytics, feature flags, …", "Tiun is the backend for …: auth, payments …":
  // further on in the product's sentence, a participle of offering or the copula's colon opens the list.
  let from = -1;
  OFFER_INTRO.lastIndex = 0;
  for (let m = OFFER_INTRO.exec(rest); m; m = OFFER_INTRO.exec(rest)) from = m.index + m[0].length;
  if (from < 0 && own) from = OWN_IS_COLON.exec(rest)?.[0].length ?? -1;
  return from >= 0 && !MADE_WITH.test(rest.slice(0, from)) && listed(before.length - rest.length + from) && !paragraphAddressed(text, sentence);
}

// ---- session 37: classes from the s37 precision probe (test/tools/fp-judged-s37.jsonl), in a block of their own ----

/** A form in plain words, a soft skill, or a plural acronym ("GPUs", "LLMs", "B2B sales"): a field or a thing, not a product's name. */
function plainForm(hit: SkillHit): boolean {
  return conceptForm(hit) || SOFT.has(hit.skillId) || /^(?:[A-Z][A-Z0-9]{1,5}s|(?:[A-Z][A-Z0-9]{1,5}[\s-]+)?[a-z][a-z\s/&-]*)$/.test(hit.text);
}
/**
 * "Our platform automatically detects …, prioritizes …", "Our tools automate …": the sentence's subject is the
 * employer's product and its verb tells what the product does; the fields in it are the product's, not asked of the hire. (Not
 * "Our platform team …" or "Our platform engineers …": people, whose work is the hire's.)
 */
const PRODUCT_ACTS =
  /^[\s\u2022*#>-]*(?:our|its) (?:[\w-]+ ){0,2}?(?:platform|product|network|engine|app|system|software|service|tool|api|sdk|solution|agent|model|instrument|device|sensor)(?:s (?:(?:automatically|continuously|also|then|now|instantly|quietly|already|simply) )?(?!(?:are|were|have|need|require|run|use|include|team|engineer|developer)\b)[a-z]{3,}|(?: (?:automatically|continuously|also|then|now|instantly|quietly|already|simply))? (?!(?:teams|engineers|developers|users|customers|groups|folks|people|leads|needs|requires|runs|uses|includes|is|are|was|has|have)\b)[a-z]{3,}(?:es|s))\b/i;
/**
 * What makes such a sentence the hire's or the stack's after all: it speaks to the candidate, names what the product is built on,
 * or serves developers ("Our platform gives developers all they need to ship agents"): what a developer tool's users build is the
 * field its engineers work in.
 */
const PRODUCT_ACTS_KEEP = /\b(?:you(?:'|\u2019)(?:ll|re|d)|you (?:will|are|should|must|have|would)|candidates?|hiring|looking for|seeking|join|experience|familiar\w*|knowledge|proficien\w*|skills?|built (?:on|with|in)|written in|runs? on|powered by|uses|using|we use|developers?|engineers?|builders)\b/i;
/** "The EMR space has …", "The payroll market is …": a field named as the market the company works in. */
const SPACE_OPEN = /^[\s\u2022*#>-]*the\s+(?:[\w-]+\s+){0,4}\(?$/i;
const SPACE_AFTER = /^\)?\s*(?:\([^()]{1,16}\)\s*)?\s+(?:space|market|industry|sector|landscape|vertical)\s+(?:is|are|has|have|remains|needs|lacks|moves|runs|lags|deserves|faces|suffers)\b/i;
/** "Startups pay $10K–$50K for brand identity", "teams spend $2M a year on …": what the customers buy, the company's market. */
const PAID_FOR =
  /\b(?:pays?|paid|paying|spends?|spent|spending)\s+(?:up to |over |about |around |roughly |upwards of )?[$\u20ac\u00a3]\s?\d[\d.,]*\s?[kKmMbB]?(?:\s?(?:[\u2013\u2014-]|to)\s?[$\u20ac\u00a3]?\s?\d[\d.,]*\s?[kKmMbB]?)?(?:\s+(?:a|per|each|every)\s+(?:year|month|week|seat))?\s+(?:for|on)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "Acme | Fastest Inference API | London": a header cell opening on a superlative is the employer's tagline, its product. */
const TAGLINE_CELL = /(?:^|\|)\s*(?:the\s+)?(?:fastest|best|leading|largest|simplest|easiest|smartest|cheapest|safest|#1|no\.?\s?1)\s+(?:[\w-]+\s+){0,3}$/i;
/** "software we've built, such as Optuna or …": the employer's own software, named as examples of it. */
const OUR_SOFTWARE = /\b(?:software|tools|librar(?:y|ies)|projects|products|frameworks|packages)\s+(?:that\s+)?we(?:(?:'|\u2019)ve| have)?\s+(?:built|created|made|open[- ]sourced|released|written|developed|authored)\b[^.;:]{0,30}?\b(?:such as|like|including|e\.g\.)\s+(?:[\w.+-]+\s*(?:,|\bor\b|\band\b)\s*){0,4}$/i;
/** "autonomous AI agents", "autonomous \"AI coworkers\"", "autonomous vehicles": the adjective of a machine, no trait of a person. */
const MACHINE_AFTER = /^\s+(?:and\s+semi-autonomous\s+)?["\u201c]?(?:[\w-]+\s+){0,2}?(?:agents?|ai|vehicles?|systems?|robots?|robotics|drones?|driving|cars?|trucks?|coworkers|workflows?|machines?|navigation|flight|vessels?|software|agentic)\b/i;
/**
 * "Hiring Eng, Product, GTM", "We're hiring across GTM and engineering:": a short list of departments after "hiring", any case,
 * ending the clause (hiringDepartments wants three items in lower case); each item a department's name.
 */
const DEPT_BEFORE = /\b(?:hiring|roles?|openings?)\s+(?:(?:across|in|for)\s+)?((?:[\w-]+\s*(?:,|\band\b|&|\/)\s*){0,5})$/i;
const DEPT_AFTER = /^((?:\s*(?:,|\band\b|&|\/)\s*[\w-]+){0,5})\s*(?:[:|.;()\n]|$)/;
function departmentList(near: string, hit: SkillHit, after: string): boolean {
  if (!DEPARTMENT_WORD.test(hit.text) || !/hiring|roles?|openings?/i.test(near)) return false;
  const b = DEPT_BEFORE.exec(near);
  const a = b && DEPT_AFTER.exec(after.slice(0, 80));
  if (!b || !a) return false;
  const items = [...b[1]!.split(LIST_SPLIT), ...a[1]!.split(LIST_SPLIT)].map((x) => x.trim()).filter(Boolean);
  return items.length > 0 && items.every((x) => DEPARTMENT_WORD.test(x) || /^eng$/i.test(x));
}
/** "Senior GTM Recruiter", "Engineering Recruiting Lead": the field a recruiter hires for names the recruiter's role, no skill of it. */
const RECRUITER_AFTER = /^\s+(?:technical\s+)?(?:recruit(?:er|ers|ing)|sourcers?|talent\s+(?:partners?|acquisition))\b/i;

function s37Class(text: string, hit: SkillHit, sentence: [number, number], near: string, before: string, after: string, sentenceText: string): ContextClass | null {
  if (RECRUITER_AFTER.test(after) || departmentList(near, hit, after)) return 'team';
  if (/^[a-z]+$/i.test(hit.text) && hit.text.toLowerCase() === 'autonomous' && MACHINE_AFTER.test(after)) return 'english';
  if (hasAny(near.toLowerCase(), [' we', 'we\u2019']) && OUR_SOFTWARE.test(near)) return 'own';
  const line = text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start);
  if (line.includes('|') && line.split('|').length >= 2 && TAGLINE_CELL.test(line)) return 'own';
  // "Email your resume (and links/GitHub if you have them)": a link to the profile, sent with the application.
  if (/\blinks?\s*\/\s*$/i.test(near) && APPLY.test(sentenceText)) return 'apply';
  // "We started pre GPT": the time before a product, as "pre-GPT" (PRE_BEFORE).
  if (/^[A-Z]/.test(hit.text) && /(?:^|\s)[Pp]re\s+$/.test(near)) return 'negated';
  if (/\byou\b/i.test(sentenceText.replace(/\byour\b/gi, ''))) return null;
  // (Any form: "the Kubernetes space is crowded" names a market too.)
  if (SPACE_OPEN.test(before) && SPACE_AFTER.test(after)) return 'market';
  if (!plainForm(hit)) return null;
  if (near.includes('$') || near.includes('\u20ac') || near.includes('\u00a3')) if (PAID_FOR.test(near) && !/\byour?\b/i.test(sentenceText)) return 'market';
  const acts = PRODUCT_ACTS.exec(sentenceText);
  if (acts && hit.start - sentence[0] >= acts[0].length && !PRODUCT_ACTS_KEEP.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  return null;
}

// ---- session 38: classes from the s38 precision probe (test/tools/fp-judged-s38.jsonl), in a block of their own (#13) ----

/** After a header cell, the opening's first words: "We're …", "We are …", "Our …" (the employer's name and a verb is read apart). */
const GLUED_OPEN = /\S\s+(?=(?:We(?:'|\u2019)(?:re|ve)|We (?:are|build|make|help|run|develop|design|create|power|give|sell)|Our)\s)/;
/**
 * "Aqora | Quantum Lead | Paris (HQ) We're building the go-to hub for …": the header line runs into the opening with no line
 * break, so the mention's sentence would start at the header and its " | " would keep the company's pitch. The opening starts at
 * its "We"/"Our" or at the employer's name and a verb, after the last cell.
 */
function gluedOpening(text: string, sentence: [number, number], hit: SkillHit, names: PostingNames): [number, number] {
  const head = text.slice(sentence[0], hit.start);
  const bar = head.lastIndexOf('|');
  if (bar < 0) return sentence;
  const tail = head.slice(bar + 1);
  let at = -1;
  const m = GLUED_OPEN.exec(tail);
  if (m) at = m.index + m[0].length;
  else {
    const low = tail.toLowerCase();
    for (const n of names.own) {
      const i = low.indexOf(` ${n} `);
      if (i > 0 && /^(?:is|are|builds|helps|makes|gives|powers|sells|runs)\b/.test(low.slice(i + n.length + 2)) && /\S/.test(tail.slice(0, i))) at = i + 1;
    }
  }
  return at < 0 ? sentence : [sentence[0] + bar + 1 + at, sentence[1]];
}

/** "Acme is the cloud for …", "We are the data platform behind …": the employer's name (or "we") and the copula, then its kind. */
const OWN_IS_KIND = /(?:^|[.!?,]\s+|\n)[\s\u2022*#>-]*([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}|[Ww]e(?:(?:'|\u2019)re| are)) (?:is|are|has become|became)?\s*(?:the|a|an) (?:(?:go-to|leading|default|only|first|new|modern|open|fastest|best|simplest)[\w-]* )?(?:[\w-]+ )?$/;
const OWN_IS_KIND_AFTER = /^\s+(?:for|of|behind|to|that (?:powers|runs|serves|helps))\b/i;
/** "the problem we're solving", "the pain we are tackling": the sentence tells the company's problem, its market. */
const PROBLEM_OURS = /\bthe (?:problems?|pains?|challenges?) (?:that )?(?:we(?:'|\u2019)re|we are|we(?:'|\u2019)ll be|we will be|we(?:'|\u2019)ve been) (?:solving|evaluating|exploring|tackling|fixing|attacking|working on|addressing|going after)\b/i;
/** What makes such a sentence an ask after all: it tells the hire what they will do or what they need. */
const ASKS_HIRE = /\byou(?:(?:'|\u2019)(?:ll|d)| will| would| should| must| need)\b|\bcandidates?\b|\bexperience (?:with|in|of)\b|\byears\b|\bskills?\b|\bproficien\w*|\bhiring\b|\blooking for\b/i;
/**
 * "… QA and Strategy roles are equity only", "Sales & Design openings": departments named right before the roles they hire in,
 * plural (the groups of roles); "a GTM role" is one role on offer, whose field counts.
 */
const DEPT_ROLES_AFTER = /^((?:\s*(?:,|&|\/|\band\b)\s*[\w-]+(?:\s+[\w-]+)?){0,4})\s+(?:roles|positions|openings|jobs|hires|seats)\b/i;
const DEPT_ROLES_BEFORE = /((?:[\w-]+(?:\s+[\w-]+)?\s*(?:,|&|\/|\band\b)\s*){0,4})$/i;
/** "… years in QA roles", "background in sales positions": the roles are the candidate's past, asked. */
const ROLES_ASKED = /\b(?:years?|background|experience|worked|working|track record|history|previous|prior|past|in|as|from)\s+(?:[\w&,/-]+\s+){0,4}$/i;
/** A list item that is a named tool and a feature ("…, and Prometheus export"): the list is the product's features. */
const FEATURE_ITEM = /(?:^|,\s*|\band\s+)[A-Z][\w.+-]*\s+(?:exports?|imports?|integrations?|connectors?|plugins?|adapters?|sync)\b/;
/** "We download and analyse the whole universe of Android apps": what the company's crawlers or analyses collect, its data. */
const WE_COLLECT = /\b(?:we|our (?:crawlers?|pipelines?|systems?|scanners?|engines?))\s+(?:[\w-]+\s+){0,3}?(?:download|crawl|scrape|index|collect|ingest|analy[sz]e|archive|mirror|scan)s?\b[^.;:]{0,60}?\b(?:(?:the|an?) (?:entire |whole |full )?(?:universe|catalog(?:ue)?|corpus|set|archive|index) of|every|all(?: (?:the|public|published))?|millions of|billions of|thousands of)\s+(?:(?:public|published|new|open-source|popular)\s+)?(?:[\w.+-]+\s+(?:apps?|apks|ipas|packages|binaries|images|extensions)\s*(?:,|\band\b|\bor\b|&)\s*)*$/i;
const COLLECTED = String.raw`(?:apps?|apks|ipas|packages|binaries|repos(?:itories)?|listings|pages|posts|sites|websites|profiles|extensions|images|containers|firmware)`;
const COLLECTED_AFTER = new RegExp(String.raw`^\s+${COLLECTED}\b`, 'i');
/** The form itself may end on the thing collected ("Android app"). */
const COLLECTED_TAIL = new RegExp(String.raw`\s${COLLECTED}$`, 'i');

/** "Prefer experience at Google, Meta or AWS", "years at Stripe, Plaid or AWS": the places the candidate worked, company names. */
const WORKED_AT = /\b(?:experience|worked|working|time|background|tenure|stints?|years)\b[^.;:()]{0,30}?\bat\s+(?!(?:a|an|the|least|most|once|home|work|scale\s+(?:with|on|in|using|for|across))\b)(?:scale\s+\(\s*)?(?!scale\b)(?:(?:companies|places|orgs|shops|teams)\s+(?:like|such as)\s+)?((?:[A-Z][\w.&-]*\s*(?:,|\/|\bor\b|\band\b)\s*)*)$/;
const WORKED_AT_REST = /^((?:\s*(?:,|\/|\bor\b|\band\b)\s*[A-Z][\w.&-]*)*)/;
/** "our seed-stage AI-security startup": the field names the kind of company the employer is. */
const OUR_KIND_BEFORE = /\bour\s+(?:[\w-]+\s+){0,2}$/i;
const OUR_KIND_AFTER = /^\s+(?:startup|company|firm|venture|business|scale-?up)\b/i;

function s38Class(text: string, hit: SkillHit, names: PostingNames, others: readonly SkillHit[], sentence: [number, number], near: string, before: string, after: string, sentenceText: string): ContextClass | null {
  const lower = hit.text.toLowerCase();
  // "Microsoft Azure Data | …" then "… brings search to Azure Databases": the employer names itself by the skill's longer name
  // (another mention of it, "Microsoft Azure", opens the employer's name), so the skill is the employer's own product.
  if (!plainForm(hit) && others.some((o) => o.skillId === hit.skillId && o.text.length > lower.length && o.text.includes(' ') && names.own.some((n) => n.startsWith(o.text.toLowerCase())))) return 'own';
  // "… the team that powers inference for …" is read by the older rules once the glued header is cut (gluedOpening).
  if (plainForm(hit) && OWN_IS_KIND_AFTER.test(after)) {
    const m = OWN_IS_KIND.exec(near);
    if (m && (/^we/i.test(m[1]!) || names.own.includes(m[1]!.toLowerCase())) && !ASKS_HIRE.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  }
  if (plainForm(hit) && PROBLEM_OURS.test(sentenceText) && !ASKS_HIRE.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  if (DEPARTMENT_WORD.test(hit.text) && /roles|positions|openings|jobs|hires|seats/i.test(after.slice(0, 60))) {
    const a = DEPT_ROLES_AFTER.exec(after);
    const b = DEPT_ROLES_BEFORE.exec(near)!;
    const items = [...b[1]!.split(LIST_SPLIT), ...(a ? a[1]!.split(LIST_SPLIT) : [])].map((x) => x.trim()).filter(Boolean);
    const rest = near.slice(0, near.length - b[1]!.length);
    if (a && items.every((x) => DEPARTMENT_WORD.test(x)) && !ROLES_ASKED.test(rest) && !ASKS_HIRE.test(sentenceText)) return 'team';
  }
  // "We're starting with metrics — trend views, anomaly detection and Prometheus export — so you can …": a list of the company's
  // sentence with a named tool joined to a feature ("Prometheus export") is the product's feature list; every item of it is.
  if (!SOFT.has(hit.skillId) && /\b(?:exports?|imports?|integrations?|connectors?|plugins?|adapters?|sync)\b/.test(sentenceText)) {
    const asked = sentenceText.replace(PRODUCT_USER, '');
    const seg = listSegment(text, sentence, hit);
    if (FEATURE_ITEM.test(seg) && (seg.match(/,/g) ?? []).length >= 2 && (PITCH_SUBJECT.test(sentenceText) || PITCH_NAMED.test(sentenceText) || ownNamed(sentenceText, names)) && !ABOUT_YOU.test(asked) && !HIRE_WORDS.test(sentenceText) && !TASK.test(sentenceText) && !OFFER_STACK.test(sentenceText)) return 'market';
  }
  // A list of company names after "experience at": where the candidate worked; a tool in it is a company (most items are no skill).
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && near.includes(' at ')) {
    const m = WORKED_AT.exec(near);
    if (m) {
      const items = [...m[1]!.split(/,|\/|\bor\b|\band\b/), hit.text, ...WORKED_AT_REST.exec(after)![1]!.split(/,|\/|\bor\b|\band\b/)].map((x) => x.trim()).filter(Boolean);
      const tools = items.filter((x) => others.some((o) => o.text === x)).length;
      // (Not "experience at scale (Google/Meta/AWS/…)": the requirements reader needs the skill in that bracket to read the names
      // before it as employers, no choice (test/unit/requirements-forms-3.test.ts); a tool list "at scale (AWS RDS/…)" is asked.)
      if (items.length >= 1 && tools < items.length) return 'background';
    }
  }
  if (plainForm(hit) && OUR_KIND_AFTER.test(after) && OUR_KIND_BEFORE.test(near)) return 'market';
  if (!conceptForm(hit) && (COLLECTED_AFTER.test(after) || COLLECTED_TAIL.test(hit.text)) && WE_COLLECT.test(near) && !ABOUT_YOU.test(sentenceText) && !TASK.test(sentenceText)) return 'market';
  return s38bClass(text, hit, names, others, sentence, near, before, after, sentenceText);
}

// ---- session 38, second probe (test/tools/fp-judged-s38b.jsonl): one rule per class (#13) ----

const COUNT = String.raw`(?:~\s?|about |around |over |some |nearly |almost |roughly )?(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|hundreds of)`;
/**
 * "Our 60 product engineers ship on it", "a team of 12 data engineers runs …": the team that is there, told by its size; the
 * role of its people is no skill asked of the hire ("We're hiring two data engineers" has no "our" nor "team of": it stays).
 */
const TEAM_COUNTED_BEFORE = new RegExp(String.raw`(?:\b(?:our|its|their)\s+${COUNT}\s+|\b(?:team|group|squad|org|crew|staff)\s+of\s+${COUNT}\s+)(?:[\w-]+\s+)?$`, 'i');
/** A count of people right before the mention: "12 data scientists", "three senior data engineers" (not "2+ years", a span). */
const PEOPLE_COUNTED = new RegExp(String.raw`(?:^|[\s(,])${COUNT}\s+(?:(?:senior|junior|staff|principal|lead|full-?time|in-house|internal|other|more|fellow|dedicated|embedded)\s+)?$`, 'i');
const ROLE_PLURAL = /(?:engineers|developers|designers|scientists|researchers|analysts|managers|architects|specialists|marketers|administrators|admins|testers)$/i;
/** The role's noun after the mention ("mobile" of "25 mobile engineers"). */
const ROLE_PLURAL_AFTER = /^\s+(?:[\w-]+\s+)?(?:engineers|developers|designers|scientists|researchers|analysts|managers|architects|specialists|marketers|administrators|admins|testers)\b/i;
/** "… you'll be one of our 12 data engineers", "we're hiring 3 more": the count is the hire's own post. */
const TEAM_COUNTED_HIRE = /\b(?:one of|among|hiring|hire|looking for|seeking|recruiting|adding|add|need)\s+(?:[\w-]+\s+){0,5}$/i;
/**
 * "bring our engineering, product, data, and adops to the next level": the company's departments listed after "our"; every other
 * item a department's name, the item holding the mention ends the list (not "our data, analytics and machine learning pipelines").
 */
const OUR_LIST_BEFORE = /\bour\s+((?:[\w-]+(?:\s+[\w-]+)?\s*(?:,\s*(?:and\b|&)?|&|\/|\band\b)\s*){2,6})$/i;
// (Not "engineers for our research, product, and supercomputing teams": the teams the hire joins, whose field is the work.)
const OUR_LIST_END = /^\s*(?:[.;:!?)]|$|(?:to|into|at|across|in|from|as|with|forward|ahead|further|together|up)\b)/i;
/** "You need to enable JavaScript to run this app. … run `npm start` … -->": a scraped page's shell, an HTML comment, not the posting. */
const SHELL_COMMENT_END = /^[^\n]{0,300}?-->/;

/**
 * "Our agents write Terraform for platform teams", "Our copilot reviews Kubernetes manifests before they merge": the employer's
 * AI product as the subject, its verb what it does; the named tool it acts on is its market, as PRODUCT_ACTS reads fields. (Not
 * what it is built with: "Our agents call Claude", "run on Kubernetes", "use Postgres" are the stack.)
 */
const AI_PRODUCT_ACTS =
  /^[\s\u2022*#>-]*(?:our|its) (?:[\w-]+ ){0,2}?(?:agents?|copilots?|assistants?|bots?)(?: (?:automatically|continuously|also|now|then|already))? (?!(?:are|were|is|was|have|has|can|will|need|needs|require|requires|run on|runs on|use|uses|call|calls|leverage|leverages|rely|relies|depend|depends|sit|sits|live|lives|include|includes|team|teams|engineers?)\b)[a-z]{3,}\b/i;
/** "pragmatic security", "creative coding": a trait's adjective right before a technical skill qualifies that skill, asks no trait. */
const TRAIT_ADJECTIVE = /^[a-z]+(?:ic|al|ive|ful|ous|ed)$/;
/** … where the skill ends the phrase ("pragmatic security (…)"); not "pragmatic architecture decisions", a trait of the hire's decisions. */
const FIELD_ENDS = /^\s*(?:[(),.;:!?]|(?:and|or|&)\b|$)/;
function s38bClass(text: string, hit: SkillHit, names: PostingNames, others: readonly SkillHit[], sentence: [number, number], near: string, before: string, after: string, sentenceText: string): ContextClass | null {
  if (SOFT.has(hit.skillId) && TRAIT_ADJECTIVE.test(hit.text) && others.some((o) => o.start === hit.end + 1 && text[hit.end] === ' ' && !SOFT.has(o.skillId) && FIELD_ENDS.test(text.slice(o.end, o.end + 20)))) return 'english';
  const acts = plainForm(hit) ? null : AI_PRODUCT_ACTS.exec(sentenceText);
  if (acts && hit.start - sentence[0] >= acts[0].length && !PRODUCT_ACTS_KEEP.test(sentenceText) && !TASK.test(sentenceText) && !OFFER_STACK.test(sentenceText)) return 'market';
  if ((ROLE_PLURAL.test(hit.text) || ROLE_PLURAL_AFTER.test(after)) && TEAM_COUNTED_BEFORE.test(near) && !TEAM_COUNTED_HIRE.test(near.replace(TEAM_COUNTED_BEFORE, ''))) return 'team';
  // "support 40 analysts and 12 data scientists", "work with three data engineers": people counted are the hire's
  // colleagues or users, named by their job (not "hiring 2 data engineers", the hire's own post).
  if ((ROLE_PLURAL.test(hit.text) || /(?:SREs|SWEs|DBAs)$/.test(hit.text)) && PEOPLE_COUNTED.test(near) && !TEAM_COUNTED_HIRE.test(near.replace(PEOPLE_COUNTED, ' '))) return 'team';
  if (conceptForm(hit) && near.includes('our')) {
    const m = OUR_LIST_BEFORE.exec(near);
    if (m && OUR_LIST_END.test(after)) {
      const items = m[1]!.split(LIST_SPLIT).map((x) => x.trim()).filter(Boolean);
      if (items.length >= 2 && items.every((x) => DEPARTMENT_WORD.test(x))) return 'team';
    }
  }
  const rest = text.slice(hit.end, hit.end + 300);
  if (rest.includes('-->') && SHELL_COMMENT_END.test(rest)) {
    const line = text.slice(text.lastIndexOf('\n', hit.start - 1) + 1, hit.start);
    if (BROWSER_NOTICE.test(line)) return 'apply';
  }
  return s39Class(text, hit, names, sentence, near, before, after, sentenceText) ?? s39fClass(hit, near, sentenceText);
}

// ---- session 39 (test/tools/fp-judged-s39.jsonl): classes of a fresh probe's false positives (#13) ----

/** "Acme is a customer data platform (" / "We're an applicant tracking system (": the employer says what it is, an abbreviation follows. */
const KIND_ABBR_BEFORE = /(?:^|[.!?]\s+|\n)[\s\u2022*#>-]*(?:[Ww]e(?:'|\u2019)re|[Ww]e are|(?!(?:This|The|That|It|Your|Our|You|Each|Every|Success|Experience|Role|Position)\b)[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2} (?:is|was))\s+(?:a|an|the)\s+((?:[\w-]+\s+){1,6})\($/;
/** "… and/or app portfolio", "or personal website": application material after a profile site, a few words before its noun. */
const MATERIAL_LIST_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,20}\))?\s*(?:and\s*\/\s*or|[,/+&]|\band\b|\bor\b)\s*(?:a |your |an? )?(?:[\w-]+\s+){0,2}?${MATERIAL}`, 'i');
/** "share … anything that shows how you think, e.g. an eval harness, a multi-agent project": an example of work to send. */
const SAMPLE_SENT = /\b(?:share|send|include|attach|link|show us)\b[^.;:]{0,160}?\b(?:e\.g\.?|such as|like|for example|for instance)\s+(?:(?:an?|the|your)\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?)*$/i;
const SAMPLE_NOUN = /^\s+(?:side\s+)?(?:projects?|demos?|repos?|repositories|write-?ups?|blog posts?|prototypes?|notebooks?|harness(?:es)?)\b/i;
/** "workflows that can debug queries", "an agent which tests the patch": software is the subject, the skill is its verb. */
const SOFTWARE_DOES = /\b(?:agents?|bots?|copilots?|assistants?|tools?|workflows?|platforms?|products?|software|models?|apps?|pipelines?)\s*,?\s+(?:that|which)\s+(?:(?:can|could|will|automatically|then|also)\s+)?$/i;
/** "participate in the ownership of a fast-growing …", "a stake in the ownership": equity offered, not a trait asked. */
const OWNERSHIP_SHARE = /\b(?:participat(?:e|es|ing)|shares?|stake|part|piece|slice)\s+(?:in|of)\s+(?:the\s+)?$/i;
/** A sentence the company opens about itself: "we are …", "we're growing …", "we run on …". */
/**
 * "We look for autonomy in every hire", "we value autonomy": the company's words that still ask it (tune labels take a value
 * the company names as asked).
 */
const HIRE_ASKS = /\b(?:look(?:s|ing)? for|expect(?:s|ing)?|hir(?:e|es|ing)|ask(?:s|ing)?|require[sd]?|valu(?:e|es|ing)|priz(?:e|es)|reward(?:s|ing)?)\b/i;
const WE_OPEN = /^[\s\u2022*#>-]*we(?:(?:'|\u2019)re|(?:'|\u2019)ve)?\b/i;
/** "Acme will become the orchestration layer for …": what the employer (or its product) means to become, and its kind. */
const WILL_BECOME = /(?:^|[.!?,]\s+|\n)[\s\u2022*#>-]*(?:[\w-]+,?\s+)?([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2}|[Ww]e|[Ii]t) (?:will|would|could|shall|aims? to|wants? to|plans? to|is going to) (?:eventually |soon |one day )?(?:become|be) (?:a|an|the) (?:(?:proper|true|real|new|default|universal|single)\s+)?(?:[\w+-]+\s+){0,2}?(?:[\w-]+[+/])?$/;
const KIND_NOUN_AFTER = /^\s+(?:layer|platform|company|os|operating system|engine|hub|standard|suite|system of record|infrastructure|marketplace|network)\b/i;
/** "If you're excited about … reshaping B2B sales": the field the company means to change, after a vision verb. */
const EXCITED_RESHAPING = /\b(?:excited|passionate|thrilled|energi[sz]ed|interested)\s+(?:about|by|in)\b[^.;:!?]{0,80}?\b(?:reshap|reinvent|revolutioni[sz]|transform|disrupt|redefin|reimagin|rethink)\w*\s+(?:(?:how|the way)\s+)?(?:[\w-]+\s+)?$/i;

// ---- session 39, after the second probe (test/tools/fp-judged-s39b.jsonl) ----

/** "Early enough to shape core architecture", "the ability to help shape culture, practices, architecture": a say offered. */
const SHAPE_OFFERED = /\b(?:(?:have|has|having|get|gets|give|gives|with|offers?)\s+(?:the\s+|an?\s+|real\s+|every\s+)?(?:chance|opportunit(?:y|ies)|ability|room|freedom)|early enough)\b[^.;:]{0,40}?\bshape\s+(?:(?:the|our|its|core|company)\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,5}$/i;
/** "find the right architecture and train one", "the model architecture": a network's design, not a system's. */
const MODEL_ARCH_AFTER = /^\s+(?:and|to)\s+train\b/i;
const MODEL_ARCH_BEFORE = /\b(?:model|network|neural|transformer|nn)\s+$/i;
/** "This is not a dashboard or a simple web GUI": the second thing of an either-or the posting says it is not. */
const NOT_EITHER = /\b(?:is|are|was|were|it(?:'|\u2019)s)(?:n['\u2019]t| not)\s+(?!(?:just|only|merely|simply)\b)(?:(?:a|an|another|your)\s+)?(?:[\w-]+\s+){1,2}(?:or|nor)\s+(?:(?:a|an|another|your)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "Core collaboration, planning and reviews happen during PST hours": when the team meets, not a skill asked. */
const HAPPENS_WHEN = /^(?:\s*(?:,|\band\b|&)\s*(?:and\s+)?[\w-]+(?:\s+[\w-]+)?)*,?\s+(?:happens?|takes? place|occurs?|runs?)\s+(?:mostly\s+|mainly\s+|largely\s+)?(?:during|in|on|at|over|between|within)\b/i;
/** "share … anything that shows how you think about AI systems": what the application may show. */
const SHOWS_THINKING = /\b(?:share|send|include|attach|link)\b[^.;:]{0,120}?\bshows?\s+(?:us\s+)?how\s+you\s+(?:think|reason)\s+about\s+$/i;
/** "ingests data across communications and systems": messages as data, not the soft skill. */
const DATA_FROM = /\b(?:across|from|into|between|ingests?|ingesting|indexes|indexing|captures?|capturing)\s+(?:[\w-]+,?\s+){0,1}$/i;

function s39Class(text: string, hit: SkillHit, names: PostingNames, sentence: [number, number], near: string, before: string, after: string, sentenceText: string): ContextClass | null {
  const lower = hit.text.toLowerCase();
  if (lower.startsWith('architect') && hit.skillId === 'system-design') {
    // (Not "- Ability to shape the architecture across teams": an ability listed is asked.)
    if (SHAPE_OFFERED.test(near)) return 'perk';
    if (MODEL_ARCH_AFTER.test(after) || MODEL_ARCH_BEFORE.test(near)) return 'english';
  }
  if (near.includes('or ') && NOT_EITHER.test(near) && /^\s*(?:[.,;:!?)]|$)/.test(after)) return 'negated';
  if (SOFT.has(hit.skillId) && HAPPENS_WHEN.test(after) && !ABOUT_YOU.test(sentenceText)) return 'fact';
  if (SHOWS_THINKING.test(near)) return 'apply';
  if (lower === 'communications' && SOFT.has(hit.skillId) && DATA_FROM.test(near) && !/^\s+(?:skills?|abilit|style)/i.test(after)) return 'market';
  // "Acme is a customer data platform (CDP) for retailers": the abbreviation of the kind the employer says it is, its market.
  if (/^[A-Z]{2,6}s?$/.test(hit.text) && text[hit.start - 1] === '(' && text[hit.end] === ')') {
    const m = KIND_ABBR_BEFORE.exec(near);
    if (m && !ABOUT_YOU.test(sentenceText) && !HIRE_WORDS.test(sentenceText)) {
      const initials = m[1]!.trim().split(/[\s-]+/).map((w) => w[0]!.toUpperCase()).join('');
      if (initials.endsWith(hit.text.replace(/s$/, ''))) return 'market';
    }
  }
  // "GitHub and/or app portfolio" in the material to send with an application.
  if (PROFILE_SITES.has(hit.skillId) && MATERIAL_LIST_AFTER.test(after) && (APPLY.test(sentenceText) || APPLY.test(text.slice(Math.max(0, sentence[0] - 200), sentence[0])))) return 'apply';
  if (SAMPLE_NOUN.test(after) && SAMPLE_SENT.test(before.slice(-240))) return 'apply';
  // "workflows that can debug/repair queries": what the software does, not the hire.
  if (/^[a-z]+$/.test(hit.text) && SOFTWARE_DOES.test(near) && !ABOUT_YOU.test(sentenceText)) return 'market';
  // (Ownership said of the team, "Small team, high ownership", stays asked: the project's convention, test/unit/context-s31.test.ts.)
  if (hasAny(hit.text.toLowerCase(), ['ownership']) && OWNERSHIP_SHARE.test(near) && !TRAIT_ASKED.test(near)) return 'perk';
  // "we are growing through more autonomy and transparency": how the company works, told by it, asks nothing.
  // (Autonomy and mentorship only: ownership said of the team stays asked, as above.)
  if (PERK_FORM.test(hit.text) && !/ownership/i.test(hit.text) && WE_OPEN.test(sentenceText) && !TRAIT_ASKED.test(sentenceText) && !ABOUT_YOU.test(sentenceText) && !HIRE_ASKS.test(sentenceText)) return 'pitch';
  if (plainForm(hit) && KIND_NOUN_AFTER.test(after)) {
    const m = WILL_BECOME.exec(near);
    if (m && (/^(?:we|it)$/i.test(m[1]!) || names.own.includes(m[1]!.toLowerCase())) && !ABOUT_YOU.test(sentenceText)) return 'market';
  }
  if (plainForm(hit) && EXCITED_RESHAPING.test(near)) return 'market';
  return null;
}

/** The stretch of the sentence around the hit between dashes, colons or brackets: one list of it. */
function listSegment(text: string, sentence: [number, number], hit: SkillHit): string {
  const s = text.slice(sentence[0], sentence[1]);
  const at = hit.start - sentence[0];
  const cuts = /\s[\u2014\u2013]\s|\s-\s|:|\(|\)/g;
  let a = 0;
  let b = s.length;
  for (let m = cuts.exec(s); m; m = cuts.exec(s)) {
    if (m.index + m[0].length <= at) a = m.index + m[0].length;
    else if (m.index >= at + hit.text.length) {
      b = m.index;
      break;
    }
  }
  return s.slice(a, b);
}

/** How `keepAsked` reads a text: its sections (offsets into it), and which model decides. */
export interface AskedOptions {
  sections?: readonly PostingSection[];
  /** Where the text starts in the whole posting, and the posting's length (for a hit's position). */
  origin?: number;
  total?: number;
  /** null: the context rules alone; undefined: the shipped model (./context-model.json), as its variant says. */
  model?: ReturnType<typeof shippedModel> | null;
}

/** The hits a posting's text asks of the candidate: those no context class rules out, then, if a model ships, those it scores high enough. */
export function keepAsked(whole: string, hits: SkillHit[], names: PostingNames, options: AskedOptions = {}): SkillHit[] {
  const text = shortLines(whole);
  const m = options.model === undefined ? shippedModel() : options.model;
  const variant = m?.model.variant ?? 'off';
  if (names.candidate) return [];
  if (!m || variant === 'off') return hits.filter((h) => contextClass(text, h, names, hits) === null && partClass(text, h, options.sections ?? null, names) === null);
  const prepared = new Prepared(text, hits, names.own, options.sections ?? null, options.origin, options.total);
  return hits.filter((h, i) => {
    if (variant === 'replace') return score(m.weights, prepared.features(i, undefined)) >= m.logit;
    const rule = contextClass(text, h, names, hits);
    if (variant === 'filter') return rule === null && score(m.weights, prepared.features(i, undefined)) >= m.logit;
    return score(m.weights, prepared.features(i, rule ?? 'none')) >= m.logit;
  });
}

const cache = new WeakMap<object, PostingNames>();

/** `keepAsked` for one section of a posting, the posting's names computed once (lib/analyze.ts calls this). */
export function askedInPosting(posting: Posting, text: string, hits: SkillHit[]): SkillHit[] {
  let names = cache.get(posting);
  if (!names) cache.set(posting, (names = postingNames(posting)));
  const section = posting.sections.find((s) => s.text === text);
  const last = posting.sections[posting.sections.length - 1];
  // Every part, placed around this one (its own at 0): the rules read a hit's part and the posting's other parts (s41b).
  const from = section?.offset ?? 0;
  return keepAsked(text, hits, names, {
    sections: section ? posting.sections.map((s) => ({ ...s, offset: s.offset - from })) : undefined,
    origin: section?.offset ?? 0,
    total: last ? last.offset + last.text.length : text.length,
  });
}

// ---- session 39, sixth blind skills batch ----

/**
 * "we have plenty of ambition to keep growing", "we're small, funded and have real curiosity about …": a trait the company
 * claims for itself, after its own have/has, is no trait asked of the hire ("our" alone is not enough: "own our PLG motion").
 */
const WE_HAVE_TRAIT = /\bwe(?:(?:'|\u2019)(?:re|ve))?\b(?:[^.;:!?\n]{0,60}?,?\s+(?:and\s+)?)?(?:(?:still|also|already|certainly)\s+)?(?:have|has|got|share|bring)\s+(?:(?:plenty|lots|loads|a lot|no shortage|an abundance)\s+of\s+|(?:big|huge|real|bold|serious|boundless|enormous|massive)\s+)?$/i;

/** "we're the first to scale MLIPs across GPUs", "we were the only team to ship …": a first the company claims, its record. */
const WE_FIRST = /\bwe(?:(?:'|\u2019)re| are| were)\s+(?:the\s+)?(?:first|only|fastest)\s+(?:(?:team|company|startup|lab|ones?)\s+)?to\s+(?:[\w-]+\s+){1,4}$/i;

function s39fClass(hit: SkillHit, near: string, sentenceText: string): ContextClass | null {
  if (WE_FIRST.test(near) && !ABOUT_YOU.test(sentenceText) && !HIRE_ASKS.test(sentenceText)) return 'pitch';
  // (Ownership said of the team stays asked: the project's convention, test/unit/context-s31.test.ts.)
  if (SOFT.has(hit.skillId) && !/ownership/i.test(hit.text) && WE_HAVE_TRAIT.test(near) && !ABOUT_YOU.test(sentenceText) && !HIRE_ASKS.test(sentenceText) && !TRAIT_ASKED.test(sentenceText)) return 'pitch';
  return null;
}

// ---- session 41 (s41-skills-a): fresh HN-style postings (#13) ----

/** "Not needed: Kubernetes, Terraform, or a CS degree", "You don't need: …": a list headed as not needed, up to the mention. */
const NOT_NEEDED_HEAD =
  /\b(?:not (?:needed|required|necessary|expected)|no need for|(?:you )?(?:do not|don['\u2019]t) need(?: to know)?)\s*:\s*(?:(?:an?|any|the)\s+)?(?:[\w+#./-]+(?:\s+[\w+#./-]+){0,2}\s*(?:,|\/|&|\bor\b|\band\b)\s*(?:(?:or|and)\s+)?(?:(?:an?|any|the)\s+)?){0,8}$/i;
/** "Not a fit if you want to do ML research": what the job is not, told to whoever wants it (unless that clause negates again). */
const NOT_A_FIT =
  /\b(?:not|(?:is|are)n['\u2019]t)\s+(?:a (?:good |great |the right )?fit|for you|the (?:right )?(?:role|job|place|team) for you)\b[^.;:!?]{0,20}?\bif you(?:(?:'|\u2019)re| are)? (?:want|wants|would rather|prefer|looking|hope|expect)\b(?![^.;:!?]*(?:\b(?:not|never|no)\b|n['\u2019]t\b))[^.;:!?]{0,80}$/i;
/** "Stripe's ex-CFO", "Datadog's former CTO": a person named by the company they held a post at, no tool. */
const EXEC_OF_AFTER = /^['\u2019]s\s+(?:ex-|former\s+|first\s+|early\s+|founding\s+)?(?:CEO|CFO|CTO|COO|CPO|CRO|CISO|CMO|VP|(?:co-?)?founders?|head of|chief|president|board)\b/i;
/** "Series C led by Tiger, with … as angels": the round's backers, up to the sentence's end. */
const ROUND_LED_BY = /\b(?:series [a-e]\d?|seed|pre-seed|round|raise)\b[^.;:!?]{0,30}?\bled by\b/i;

/** "We sell an EDR to small plants", "Acme makes a mobile game engine used by …": what the company sells, named by its kind. */
const WE_SELL = /(?:^|[.!?]\s+|\n)[\s\u2022*#>-]*(?:[Ww]e|[A-Z][\w.&'-]*)\s+(?:(?:sells?|resells?|licen[cs]es?)\s+(?:(?:an?|the|our|its)\s+)?|makes? (?:an?|the) )(?:[\w-]+\s+){0,2}$/;
const WE_SELL_AFTER = /^s?\s*(?:[\w-]+\s+){0,2}?(?:to|for|that|which|into|used by|[,.;(]|$)/;

/** "no game dev experience needed", "iOS knowledge not needed either": the thing named, then that it is not needed. */
const NO_BEFORE = /(?:^|[\s(,;:])(?:no|zero)\s+(?:(?:prior|previous|professional|formal|deep|specific)\s+)?$/i;
const NEEDED_AFTER = /^(?:\s*(?:\/|,|\bor\b|\band\b)\s*[\w.+#-]+){0,3}\s+(?:(?:experience|knowledge|background|expertise|skills?)\s+)?(?:(?:is|are)\s+)?(?:needed|required|necessary|expected)\b/i;
const NOT_NEEDED_TAIL = /^(?:\s*(?:\/|,|\bor\b|\band\b)\s*[\w.+#-]+){0,3}\s+(?:(?:experience|knowledge|background|expertise|skills?)\s+)(?:(?:is|are)\s+)?not\s+(?:needed|required|necessary|expected)\b/i;
/**
 * "our backend is Go and our web app is TypeScript/React, and we don't expect you to know either yet", "We run Elixir; we
 * won't expect you to have used it": the stack told, then waved away in the same sentence by a pronoun that points back to
 * it. What the pronoun stands for is not asked (a skill named after the waiver, "but Python is a must", is not reached).
 */
const NOT_EXPECTED_AFTER =
  /^[^.!?]{0,100}?\b(?:we\s+|nobody\s+)?(?:don(?:'|\u2019)t|do\s+not|won(?:'|\u2019)t|will\s+not|never)\s+expect\s+(?:you|anyone|candidates|applicants|new\s+(?:hires|grads|joiners))\s+to\s+(?:already\s+)?(?:know|have\s+used|have\s+worked\s+(?:with|in)|be\s+(?:familiar|fluent|an?\s+expert)\s+(?:with|in))\s+(?:it|them|either(?:\s+of\s+them)?|both(?:\s+of\s+them)?|any\s+of\s+(?:them|these|those|this)|these|those|this)\b/i;
/** "Say hi in our Slack community", "join our Discord server": the channel to reach the company, no tool asked. */
const OUR_CHANNEL_AFTER = /^\s+(?:community|server|workspace|group|channel)\b/i;

/** The platforms a product ships on, named as its apps or clients: "iOS", "Android", "web", "mobile" (and their apps). */
const PLATFORM_IDS = new Set(['ios', 'android', 'web-development', 'mobile-development']);
const PLATFORM_WORD = String.raw`(?:iOS|iPadOS|Android|web|mobile|desktop)`;
/** "used through our Android and iOS apps", "the API for the mobile apps", "the APIs the iOS, Android and web clients call": the apps the hire's
 * API serves or the product reaches its users through, not a platform the hire builds on. */
const SERVED_APPS_BEFORE = new RegExp(String.raw`(?:\bthrough|\bvia|\bAPIs?(?:\s+(?:for|to|behind|serving))?)\s+(?:the|our)\s+(?:${PLATFORM_WORD}\s*(?:,|\/|\band\b|\bor\b)\s*(?:and\s+)?)*$`, 'i');

function s41aClass(hit: SkillHit, near: string, before: string, after: string): ContextClass | null {
  if (PLATFORM_IDS.has(hit.skillId) && SERVED_APPS_BEFORE.test(near) && (/\bapps?$|\bclients?$/i.test(hit.text) || /^(?:\s*(?:,|\/|\band\b|\bor\b)\s*(?:and\s+)?(?:iOS|iPadOS|Android|web|mobile|desktop))*\s+(?:apps?|clients?)\b/i.test(after))) return 'own';
  if (/\b(?:no|zero)\s/i.test(near.slice(-30)) && NO_BEFORE.test(near) && NEEDED_AFTER.test(after)) return 'negated';
  if (/\bnot\s/i.test(after.slice(0, 80)) && NOT_NEEDED_TAIL.test(after)) return 'negated';
  if (/expect/i.test(after.slice(0, 120)) && NOT_EXPECTED_AFTER.test(after)) return 'negated';
  if (CHANNEL.test(hit.text) && /\bour\s+$/i.test(near) && OUR_CHANNEL_AFTER.test(after)) return 'apply';
  if (/sell|licen|make/i.test(near) && WE_SELL.test(near) && WE_SELL_AFTER.test(after)) return 'market';
  if (near.includes(':') && /need|required|necessary|expected/i.test(near) && NOT_NEEDED_HEAD.test(near)) return 'negated';
  if (/\bif you/i.test(before) && NOT_A_FIT.test(before.slice(-160))) return 'negated';
  if (/^[A-Z]/.test(hit.text) && !conceptForm(hit) && EXEC_OF_AFTER.test(after)) return 'background';
  if (/led by/i.test(before) && ROUND_LED_BY.test(before) && !/\byou/i.test(before)) return 'background';
  return null;
}

// ---- session 42 (s42-skills-a): career-site postings written fresh (fresh-skills-s42a*) ----

/** "with the FinOps and Information Security teams", "with our IoT team", "our Data Science partners": the list before a team's noun. */
const THE_TEAM_BEFORE = /\b(?:with|alongside|from)\s+(?:the|our|other)\s+(?:[\w&-]+(?:\s+[\w&-]+)?\s*(?:,|&|\/|\band\b)\s*)*$/i;
const THE_TEAM_AFTER = /^(?:\s*(?:,|&|\/|\band\b)\s*(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?)*\s+(?:teams?|partners|squads?|pods?|groups?|departments?|orgs?|organi[sz]ations?|colleagues|counterparts|folks)\b/i;
/** "our 14 data scientists", "Our product engineers (about 70 of them)", "the security researchers who …": colleagues, counted or owned. */
const OUR_PEOPLE_BEFORE = /(?:^|[^\w-])(?:our|the|their|its)\s+(?:(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|dozen|many|other|existing|in-house|own|fellow)\s+)?(?:[a-z][\w-]*s\s*(?:,|\band\b)\s*(?:and\s+)?){0,4}$/i;
// (Not a thing named with a people's word: MetaTrader's "expert advisors", "expert systems".)
const PEOPLE_NOUN_AFTER = /^\s+(?:researchers?|scientists?|engineers?|designers?|analysts?|managers?|leads?|architects?|specialists?|experts?(?!\s+(?:advisors?|systems?)\b)|practitioners?)\b/i;
/** "The Discovery team (5 engineers, an ML researcher, a designer, and a PM)": who a team is, in brackets after it. */
const TEAM_MADE_BRACKET = /\b(?:team|squad|pod|group|org|crew)\s*\((?:[^()]{0,80}?,\s*(?:and\s+)?)?(?:\d+\s+|an?\s+|one\s+|two\s+|three\s+)?$|\((?:\s*(?:\d+|an?|one|two|three|four|five|six)\s+[\w-]+(?:\s+[\w-]+)?\s*(?:,|\band\b)\s*(?:and\s+)?)*(?:\d+|an?|one|two|three|four|five|six)\s+$/i;
/** "Network Engineering", "Data Operations", "Applied Research": a Title Case name of a department. */
const DEPARTMENT_NAME = /^[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:Engineering|Operations|Security|Research|Analytics|Infrastructure|Architecture)$/;
const WORK_WITH_RIGHT_BEFORE = /\b(?:work(?:s|ing)? (?:closely |directly |daily )?(?:with|alongside)|partner(?:s|ing)? (?:closely )?with|collaborat(?:e|es|ing) (?:closely )?with|alongside|pair(?:s|ing)? with)\s+(?:the\s+|our\s+)?$/i;
const SELF_HOSTED_RUNNER = /^\s+(?:[\w.+-]+\s+(?:(?:and|or|\/)\s+[\w.+-]+\s+)?){0,3}?(?:runners?|(?:build |ci |cd )?agents?)\b/i;
/** "colleagues in Cyber Security", "folks from Finance": people of a department. */
const COLLEAGUES_IN = /\b(?:colleagues|people|folks|teammates|peers|counterparts)\s+(?:in|from|on|of|across)\s+(?:the\s+|our\s+)?$/i;
/** "work with Network Engineering (BGP, peering)": a team named, then its field in brackets. */
const TEAM_THEN_BRACKET = /\b(?:with|alongside|and)\s+(?:the\s+|our\s+)?(?:[A-Z][\w&-]*\s+){0,3}(?:Engineering|Team|Operations|Security|Infrastructure|Platform|Research|Ops|Support)\s*\((?:[^()]{0,60},\s*)?$/;
/** "Contact engineering manager Ruby Andersen", "questions to our recruiter Julia": whom to ask, by role and name. */
const CONTACT_BEFORE = /\b(?:contact|ask|email|e-mail|mail|call|reach out to|write to|questions?\??\s*(?:to|for)?)\s+(?:(?:our|the|your)\s+)?(?:[\w-]+\s+){0,2}?$/i;
/** "our banking partners at Plaid and Marqeta", "partners such as AWS and Snowflake": whom the company does business with. */
const PARTNERS_AT = /\bpartner(?:s|ships?)?\s+(?:at|like|such as|including|incl\.?|with)\s+(?:[\w.&'-]+(?:\s+[\w.&'-]+){0,2}\s*(?:,|&|\/|\band\b)\s*(?:and\s+)?)*$/i;

/**
 * s42a: who the hire works beside, and whom the company does business with. A field or tool named as a team ("with the
 * FinOps and Information Security teams", "our IoT team", "our Data Science partners"), people named by their trade and
 * owned or counted ("our 14 data scientists", "an ML researcher" in a team's brackets), and a company's partners ("our
 * banking partners at Plaid and Marqeta") are neither asked nor the team's stack.
 */
/**
 * (s52) "Our SREs spend the year making sure that evening is boring", "the data engineers here own ingestion" in a posting
 * whose title hires that same discipline: the people named are the team the hire joins, so the discipline is the hire's
 * own (a title's discipline counts, ../shared/LABELLING.md), not a team beside them. Other trades stay dropped ("our data
 * scientists" under a Platform Engineer title).
 */
function s42aOrOwnTeam(text: string, hit: SkillHit, near: string, after: string, others: readonly SkillHit[]): ContextClass | null {
  const c = s42aClass(hit, near, after);
  if (c !== 'team' || !PEOPLE_FORM.test(hit.text)) return c;
  const titleEnd = titleLineEnd(text);
  return others.some((o) => o.skillId === hit.skillId && o.start < titleEnd && o.start !== hit.start) ? null : c;
}

/** Where a posting's title ends: the end of its first non-empty line (or of its second, when the first is a board's "Ask HN" head or a bare employer name). */
function titleLineEnd(text: string): number {
  let at = 0;
  for (let i = 0; i < 3; i++) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (roleNoun(line) || i === 2) return end;
    at = end;
  }
  return at;
}

function s42aClass(hit: SkillHit, near: string, after: string): ContextClass | null {
  // (A soft skill is judged here only when its form names people by their role: "1 product owner", "engineering manager".)
  if (SOFT.has(hit.skillId) && !PEOPLE_FORM.test(hit.text)) return null;
  // "GitHub Actions with self-hosted macOS and Windows runners": a CI runner or agent its owner hosts (often in a cloud), no on-premises estate.
  if (/^self-host/i.test(hit.text) && SELF_HOSTED_RUNNER.test(after)) return 'verb';
  // A role or a first name in the line that says whom to contact: a person, no skill.
  if (CONTACT_BEFORE.test(near) && (ROLE_TAIL.test(hit.text) || (/^[A-Z][a-z]+$/.test(hit.text) && /^\s+[A-Z][a-z]+\b/.test(after) && /\b(?:manager|recruiter|lead|director|head|partner|officer)\s+$/i.test(near)))) return 'person';
  if (/^[A-Z]/.test(hit.text) && COLLEAGUES_IN.test(near)) return 'team';
  if (near.includes('(') && TEAM_THEN_BRACKET.test(near)) return 'team';
  // "You'll work with Network Engineering (BGP, peering)": a Title Case field that ends on a department's word, right after a verb of working with.
  if (DEPARTMENT_NAME.test(hit.text) && WORK_WITH_RIGHT_BEFORE.test(near)) return 'team';
  if (/\b(?:the|our|other)\s/i.test(near) && THE_TEAM_BEFORE.test(near) && THE_TEAM_AFTER.test(after) && !/\bjoin(?:s|ing)?\s+(?:the|our)\s+$/i.test(near)) return 'team';
  const people = (/s$/i.test(hit.text) && PEOPLE_FORM.test(hit.text)) || PEOPLE_NOUN_AFTER.test(after);
  if (people && (OUR_PEOPLE_BEFORE.test(near) || (/s$/i.test(hit.text) && /\bwith\s+(?:(?:other|fellow)\s+)?(?:[a-z][\w-]*s\s*(?:,|\band\b)\s*(?:and\s+)?){0,3}$/i.test(near))) && !/\b(?:one of|among|join(?:s|ing)?|be|become|as|hire|hiring|first|founding|next|new)\s+(?:(?:our|the|their|its)\s+)?(?:[\w-]+\s+)?$/i.test(near)) return 'team';
  if ((people || PEOPLE_FORM.test(hit.text)) && near.includes('(') && TEAM_MADE_BRACKET.test(near)) return 'team';
  if (/partner/i.test(near) && PARTNERS_AT.test(near) && /^[A-Z]/.test(hit.text) && !/\byou(?:'ll|\u2019ll)?\s+(?:\w+\s+){0,2}partner/i.test(near)) return 'market';
  return null;
}

// ---- session 43 (s43-skills-a): career-site postings written fresh (fresh-skills-s43a*) ----

/** A part that tells how the company hires: "How we hire", "Interview process", "Selection process", "Hiring steps". */
const HIRING_HEAD = /^[\s#*_>-]*(?:interviews?|apply|application|recruitment|applying)[\s:*_]*$|\b(?:how (?:we|to) (?:hire|apply|interview|recruit)|(?:hiring|interview(?:ing)?|recruit(?:ment|ing)|selection|application|our|the) process|hiring steps|interview (?:stages|steps|loop)|what to expect)\b/i;
/** A sentence of the hiring part that still asks ("experience with …", "you'll need …"). */
// ("Interview process: we will test your SQL and Python": what the process says it tests of the candidate is asked, asks-s42.)
const HIRING_ASKS = /\b(?:experience[ds]? (?:with|in)|you(?:'|\u2019)ll need|you need|required|must (?:have|know)|proficien\w*|knowledge of|(?:test|assess|evaluate|check)s? your)\b/i;
/** A field named as a step of the hiring process: "a system design interview", "a troubleshooting exercise", "a live coding round". */
const HIRING_STEP_AFTER = /^\s*(?:[\w-]+\s+)?(?:interviews?|exercises?|rounds?|assessments?|sessions?|conversations?|tests?|challenges?|tasks?|cases?|discussions?|screens?|stages?)\b/i;
/** A sentence whose subject is the product's users, by who they are ("Riders unlock …", "Field crews log jobs on …"). */
const USERS_SUBJECT = /^[\s\u2022*#>-]*(?:(?:our|the|their|most|many|all|some|its)\s+)?(?:[\w-]+\s+)?(?:users|customers|clients|riders|drivers|dealers|patients|players|fans|shoppers|guests|buyers|merchants|travell?ers|members|households|renters|tenants|viewers|listeners|couriers|hauliers|technicians|clinicians|vets|doctors|nurses|brokers|retailers|venues|promoters|restaurants|clinics|carriers|crews|owners|employees|employers|students|teachers|parents|kids|citizens|farmers|pilots|passengers|cooks|creators|sellers|producers|practices|admins|supervisors|adjusters|pickers|cashiers|diners|workers|utilities|hospitals|schools)\s+(?!(?:teams?|engineers?|developers?)\b)(?:(?:can|also|then|simply|still|just|already|now|usually|often)\s+)?(?!(?:and|or|for|with|in|of|to|that|which|who|from|on|at|by|like|such|are|is|were|was|will|would|need|needs|want|wants|ask|asks|expect|expects|require|requires|rely|depend|trust)\b)[a-z]+\b/i;
/** What keeps the sentence the hire's: it speaks to the hire or names the team's stack. */
const USERS_NOT = /\b(?:you|your|you(?:'|\u2019)ll|our (?:team|engineers|stack|backend)|stack|built (?:on|with|in)|written in|we use|runs? on)\b/i;
/** A sentence of the hiring part that tells of its steps. */
const INTERVIEW_STEP = /\b(?:interviews?|exercises?|rounds?|sessions?|assessments?|tests?|screens?|calls?|chats?|take-home|pairing|conversations?|walkthrough)\b/i;
/** Title and team words that tell no team apart. */
const TEAM_STOP = new Set(['senior', 'staff', 'principal', 'lead', 'junior', 'mid', 'level', 'engineer', 'engineers', 'engineering', 'developer', 'developers', 'manager', 'the', 'and', 'of', 'for', 'ii', 'iii', 'iv', 'remote', 'hybrid', 'full', 'time', 'team', 'teams', 'squad', 'group', 'a', 'an', 'in', 'our', 'with', 'sr', 'jr', 'head', 'specialist', 'architect', 'new', 'other', 'm', 'w', 'd', 'f', 'x', 'us', 'uk', 'eu']);
/** "join the Payments team", "You'll join Dispatch, the squad …", "This role sits in Security Engineering": the team the hire joins. */
const JOINS_TEAM = /\b(?:join(?:s|ing)?|sits? (?:in|within|inside)|be part of|part of|embedded in|member of)\s+(?:the\s+|our\s+)?((?:[A-Z&][\w&-]*\s+){0,3}[A-Z&][\w&-]*|(?:[\w&-]+\s+){1,3}(?:team|squad|group|pod))\b/g;
/** "Reliability is five engineers", "The Edge Network team (seven engineers)": a team counted, as the part about the hire's team introduces it. */
const TEAM_COUNTED = /(?:^|[.!?\n]\s*)(?:(?:[Ww]e(?:'|\u2019)re|[Ww]e are|[Tt]his is) the )?(?:(?:The|Our) ((?:[\w&-]+\s+){0,3}?)(?:team|group|squad|pod)\s*(?:\(|:\s*|(?:is|are|of|has|have)\s+)|((?:[A-Z&][\w&-]*\s+){0,3}?[A-Z&][\w&-]*)(?:\s+(?:team|group|squad|pod))?(?:\s+(?:is|are|has|have)\s+|:\s*))(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+)?(?:engineers|people|developers)\b/g;

/** "Reliability Engineering, the team you'd join, is …": the team the hire joins, named before the clause that says so. */
const JOINED_NAMED = /\b((?:[A-Z&][\w&-]*\s+){0,3}[A-Z&][\w&-]*),\s+the (?:team|squad|group) you(?:(?:'|\u2019)(?:d|ll)| will| would) (?:join|be part of)\b/g;
/** "Six infrastructure engineers.", "Four data engineers and three analysts.": a line of the team's part that counts its people. */
const TEAM_COUNT_LINE = /^(?:\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve) ((?:[\w-]+ ){0,2}?)(?:engineers|developers|people)\b[^.\n]{0,60}\./gm;
let hireWordsFor: { text: string; words: Set<string>; known: boolean } | null = null;
/** The words that name the hire's own team: the job title's (and its initials, "SRE"), and the team the text says the hire joins. */
function hireWords(text: string, sections: readonly PostingSection[] | null): { words: Set<string>; known: boolean } {
  const all = sections && sections.length ? sections.map((s) => `${s.heading}\n${s.text}`).join('\n\n') : text;
  if (hireWordsFor?.text === all) return hireWordsFor;
  const words = new Set<string>();
  const add = (phrase: string) => {
    const ws = phrase.toLowerCase().split(/[^\p{L}\p{N}&+]+/u).filter(Boolean);
    for (const w of ws) if (!TEAM_STOP.has(w)) words.add(w);
    // "Site Reliability Engineer" -> "sre", "Machine Learning" -> "ml".
    for (let i = 0; i + 1 < ws.length; i++) for (const n of [2, 3]) if (i + n <= ws.length) words.add(ws.slice(i, i + n).map((w) => w[0]).join(''));
  };
  const first = sections?.find((s) => s.offset <= 0 && !s.heading.trim()) ?? null;
  add((first ? first.text : text).trim().split('\n')[0] ?? '');
  let known = false;
  JOINS_TEAM.lastIndex = 0;
  for (let m = JOINS_TEAM.exec(all); m; m = JOINS_TEAM.exec(all)) (known = true), add(m[1]!);
  JOINED_NAMED.lastIndex = 0;
  for (let m = JOINED_NAMED.exec(all); m; m = JOINED_NAMED.exec(all)) (known = true), add(m[1]!);
  TEAM_COUNT_LINE.lastIndex = 0;
  for (let m = TEAM_COUNT_LINE.exec(all); m; m = TEAM_COUNT_LINE.exec(all)) (known = true), add(m[1] ?? '');
  TEAM_COUNTED.lastIndex = 0;
  for (let m = TEAM_COUNTED.exec(all); m; m = TEAM_COUNTED.exec(all)) (known = true), add(m[1] ?? m[2] ?? '');
  // Known: the text says which team the hire joins, so another team's field tells a team apart.
  hireWordsFor = { text: all, words, known };
  return hireWordsFor;
}

/**
 * "Our mobile team writes the app in Swift and Kotlin", "Finance builds its own forecasts in Excel", "the research group
 * prototypes strategies in kdb+": a sentence whose subject is another team, named by its field, or other people by their trade.
 * Groups: 1 the team's field words, 2 its noun, 3 a department alone.
 */
const OTHER_SUBJECT = /^[\s\u2022*#>\-\u2013\u2014\u2192]*(?:(?:next door|meanwhile|elsewhere|separately|by contrast|in turn),?\s+)?(?:(?:our|the|their|those|its)\s+((?:[\w&+.-]+\s+){0,3}?)(teams?|squads?|groups?|colleagues|analysts|developers|engineers|scientists|researchers|actuaries|quants|traders|designers|desk|department|crew|pods?|people|folks|guilds?|chapters?|org)|(Finance|Risk|Marketing|Sales|Legal|Research|Analytics|Design|Trading|Actuarial|Accounting|Procurement|Operations|IT|HR|Support|Customer Support|Customer Success)|((?:[A-Z][\w&-]*\s+){1,2})(teams|squads|analysts|scientists|researchers|designers|engineers))(?:(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?)?\s*(?:\([^()]{0,80}\)\s*)?(?:,[^,;.]{1,30},\s*)?(?:(?:who|that|which)\s+[^,;.()]{1,60}?\s+)?(?:next door\s+)?(?:(?:also|mostly|mainly|primarily|largely|still|currently|already|each|all)\s+)?(?:has|have|writes?|builds?|works?|trains?|models?|uses?|lives?|prototypes?|develops?|runs?|codes?|ships?|plans?|maintains?|keeps?|rel(?:y|ies)|stores?|does|do|is|are|owns?|manages?|operates?|analy[sz]es?|forecasts?|prices?|renders?|tests?|deploys?|publish(?:es)?|tracks?|reports?|designs?|handles?)\b/i;
/** The same subject before any verb: read only where the text disowns the stack ("… also answer questions about X; that's not this role"). */
const OTHER_SUBJECT_ANY = /^[\s\u2022*#>\-\u2013\u2014\u2192]*(?:(?:next door|meanwhile|elsewhere|separately|by contrast|in turn),?\s+)?(?:(?:our|the|their|those|its)\s+((?:[\w&+.-]+\s+){0,3}?)(teams?|squads?|groups?|colleagues|analysts|developers|engineers|scientists|researchers|actuaries|quants|traders|designers|desk|department|crew|pods?|people|folks|guilds?|chapters?|org)|(Finance|Risk|Marketing|Sales|Legal|Research|Analytics|Design|Trading|Actuarial|Accounting|Procurement|Operations|IT|HR|Support|Customer Support|Customer Success)|((?:[A-Z][\w&-]*\s+){1,2})(teams|squads|analysts|scientists|researchers|designers|engineers))(?:(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?)?\s*(?:\([^()]{0,80}\)\s*)?(?:,[^,;.]{1,30},\s*)?(?:(?:who|that|which)\s+[^,;.()]{1,60}?\s+)?(?:next door\s+)?(?:(?:also|mostly|mainly|primarily|largely|still|currently|already|each|all)\s+)?(?:[a-z]+)\b/i;
/** Where a clause opens inside a sentence: ", and …", ", while …", "whereas …". */
const CLAUSE_START = /(?:,\s*(?:and|while|whereas|but)|\bwhile|\bwhereas|\band(?=\s+(?:the|our|their)\s))\s+/gi;
/** A team's noun right after the hit: "the low-latency team", "the Security Operations Centre". */
const TEAM_AFTER_HIT = /^\s+(?:teams?|squads?|groups?|colleagues|desk|cent(?:re|er)|office|unit)\b/i;
/** People nouns that need no field to be other people: "our actuaries model in R". */
const OTHER_PEOPLE = /^(?:analysts|scientists|researchers|actuaries|quants|traders|designers)$/i;
/** "… written in C++ by the low-latency team": the language or tool of another team's code, said in the passive. */
const PASSIVE_TOOL_BEFORE = /\b(?:written|built|developed|implemented|maintained|coded)\s+(?:in|with|on)\s+(?:[\w+#./-]+(?:\s*(?:,|and|or|&|\/)\s*)?){0,4}$/i;
const PASSIVE_BY_AFTER = /^[^.;:]{0,40}?\bby\s+(?:the|our|their|another)\s+((?:[\w&-]+\s+){0,3})(?:team|squad|group|developers|engineers)\b/i;
/** "the Store Systems department, which works in …", "an agency, who build in …": a team, then the clause of its own tools. */
const TEAM_WHICH_BEFORE = /\b((?:[\w&-]+\s+){1,3})(?:team|department|group|squad|crew|agency|vendor|contractors?)\s*,?\s+(?:which|who|that)\s+(?:[\w-]+\s+){0,2}?(?:works?|builds?|writes?|uses?|lives?|runs?|codes?|develops?)\s+(?:in|with|on)\s+(?:[\w.+#/-]+(?:\s*(?:,|and|or|&)\s*|\s+)?){0,4}$/i;
/** "with the player team's telemetry": a thing of another team, named by its possessive. */
const TEAM_POSSESSIVE_BEFORE = /\b(?:the|our|their)\s+((?:[\w&-]+\s+){1,3})(?:team|squad|group)(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}$/i;
/** The text says the stack just named is not the hire's: "you won't need either", "that stays their call", "Neither is our stack". */
const NOT_OURS = /\b(?:you won(?:'|\u2019)t (?:need|be|have to|touch|work|administer|run|own|maintain|manage|build)|(?:their|its) (?:tools|toolchains?|stacks?) (?:is|are) (?:theirs|not ours|their own)|(?:that|this|it)(?:'s|\u2019s| is) not (?:part of )?(?:this|your|the) (?:role|job|remit)|not part of (?:this|your) (?:role|job|remit)|outside (?:your|this role(?:'|\u2019)s) remit|(?:neither|none) (?:of (?:them|these|those) )?(?:is|are) (?:our|your)|(?:that|this|those|it)(?:'s|\u2019s| is| stays?| remains?) (?:their|its|entirely their) (?:call|world|stack|domain|business|area)|(?:out of|outside|not in|beyond) (?:our|your|this role(?:'|\u2019)s) scope|(?:is|are) out of scope|not (?:our|your) stack|don(?:'|\u2019)t own (?:their|them|it)|support it, not (?:write|build|own) it|not (?:their|its) code|no need to (?:know|learn|touch))/i;
/** "We moved off our last data centre in 2025", "we retired our old Jenkins": what the company left behind. */
const LEFT_BEHIND = /\b(?:moved|migrated|got|came) (?:off|away from|out of)\s+(?:(?:our|the|its|their|all|every)\s+)?(?:(?:last|remaining|old|legacy|former|own)\s+)?(?:[\w-]+\s+){0,2}$|\b(?:retired|decommissioned|shut down|closed|exited)\s+(?:our|the|its|their)\s+(?:(?:last|remaining|old|legacy|former)\s+)?(?:[\w-]+\s+){0,1}$/i;

/**
 * The short line that heads the paragraphs above a position ("How we hire"), read from the text itself: the posting reader
 * may have taken that line for prose. The first line up that is short, unpunctuated and no list item; '' past 40 lines.
 */
function headingAbove(text: string, pos: number): string {
  let end = text.lastIndexOf('\n', pos - 1);
  for (let i = 0; i < 40 && end > 0; i++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line && line.length <= 60 && !/[.,;]$/.test(line) && !LIST_MARK.test(line)) return line;
    end = start - 1;
  }
  return '';
}

/** "an engine we call Lighthouse", "Our channel manager, Kyma, talks to …": a name the company gives its own product. */
const OWN_NAMED = /\b(?:we call|we(?:'|\u2019)ve called|we named|called|named|dubbed|known as)\s+["\u201c']?([A-Z][\w-]*(?: [A-Z][\w-]*)?)|\b[Oo]ur (?:[\w-]+ ){0,2}(?:app|tool|product|platform|portal|assistant|manager|console|dashboard|engine|bot|marketplace), ([A-Z][\w-]*(?: [A-Z][\w-]*)?)(?=[,.;])/g;
let ownNamedFor: { text: string; names: Set<string> } | null = null;
/** The names the text gives the company's own products (lower case). */
function productNames(text: string): Set<string> {
  if (ownNamedFor?.text === text) return ownNamedFor.names;
  const names = new Set<string>();
  OWN_NAMED.lastIndex = 0;
  for (let m = OWN_NAMED.exec(text); m; m = OWN_NAMED.exec(text)) names.add((m[1] ?? m[2]!).toLowerCase());
  ownNamedFor = { text, names };
  return names;
}

/** The field words name the hire's own team: one of them in the title or the team the hire joins. */
function hiresTeam(field: string, words: Set<string>): boolean {
  return field.toLowerCase().split(/[^\p{L}\p{N}&+]+/u).some((w) => w && !TEAM_STOP.has(w) && words.has(w));
}

/**
 * s43a: what a career page says around a tool that is no ask of the hire. In the part that tells how the company hires, a
 * named tool (the video call, the coding site, the whiteboard) or a field named as a step ("a system design interview") is
 * the process, not the job. Another team's stack ("Our mobile team writes the app in Swift and Kotlin", "Finance builds its
 * forecasts in Excel", "written in C++ by the low-latency team", "the player team's telemetry"), unless that team is the
 * hire's own (the title's words, the team the hire joins); and what the company moved off ("we moved off our last data centre").
 */
function s43aClass(text: string, hit: SkillHit, sections: readonly PostingSection[] | null): ContextClass | null {
  const soft = SOFT.has(hit.skillId);
  const sentence = sentenceAt(text, hit.start, hit.end);
  const sentenceText = text.slice(sentence[0], sentence[1]);
  const part = sections?.find((s) => s.offset <= hit.start && hit.start < s.offset + s.text.length);
  if (((part && HIRING_HEAD.test(part.heading)) || HIRING_HEAD.test(headingAbove(text, hit.start))) && !HIRING_ASKS.test(sentenceText)) {
    if ((!soft && !conceptForm(hit)) || HIRING_STEP_AFTER.test(text.slice(hit.end, hit.end + 30))) return 'apply';
    // "a technical interview (Kubernetes troubleshooting on a shared terminal)", "(we debug a broken plan together)": the topic of a step.
    if (INTERVIEW_STEP.test(sentenceText)) return 'apply';
    // "a final interview with the Head of Engineering": whom the candidate meets.
    if (/^(?:Head|VP|Vice President|Director|Chief|CTO|CEO|CISO)\b/.test(hit.text)) return 'person';
  }
  // "The autonomy team does …", "Our customer support engineers also …": a soft skill naming another team or its people.
  if (soft && /^\s+(?:teams?|squads?|groups?|engineers|agents|reps)\b/i.test(text.slice(hit.end, hit.end + 12)) && /\b(?:the|our|their)\s+$/i.test(text.slice(Math.max(0, hit.start - 8), hit.start)) && !/\b(?:join(?:s|ing)?|on|in|into|lead|manage)\s+(?:the|our)\s+$/i.test(text.slice(Math.max(0, hit.start - 20), hit.start))) {
    const hire = hireWords(text, sections);
    if (hire.known && !hiresTeam(hit.text, hire.words)) return 'team';
  }
  if (soft) return null;
  // A name the company gives its own product, outside the asks ("experience with Spark" still asks Apache Spark).
  // (In the sentence that gives the name, or in the part about the company.)
  if (/^[A-Z]/.test(hit.text) && productNames(text).has(hit.text.toLowerCase()) && !HIRING_ASKS.test(sentenceText)) {
    OWN_NAMED.lastIndex = 0;
    if (part?.kind === 'about' || OWN_NAMED.test(sentenceText)) return 'own';
  }
  const lead = text.slice(sentence[0], hit.start);
  // "Dealers update firmware with our service tool on Windows laptops": in the part about the company, what the product's
  // users do and use is its market.
  if (part && (part.kind === 'about' || openingPart(part, sections!.indexOf(part))) && USERS_SUBJECT.test(sentenceText) && !USERS_NOT.test(sentenceText)) return 'market';
  if (LEFT_BEHIND.test(lead) && !/\b(?:you|your|help|will|plan|going to)\b/i.test(lead)) return 'negated';
  const next = text.slice(sentence[1], sentence[1] + 160);
  const disclaimed = () => NOT_OURS.test(sentenceText) || NOT_OURS.test(/^[.;!?]?[^.;!?\n]*/.exec(next)?.[0] ?? '');
  // The subject opens the sentence, or the clause the hit stands in (", and our art team lives in …").
  let subjectAt = sentence[0];
  const disowned = disclaimed();
  const subjectRe = disowned ? OTHER_SUBJECT_ANY : OTHER_SUBJECT;
  let subject = subjectRe.exec(sentenceText);
  if (!subject) {
    CLAUSE_START.lastIndex = 0;
    let last = -1;
    for (let m = CLAUSE_START.exec(lead); m; m = CLAUSE_START.exec(lead)) last = m.index + m[0].length;
    if (last > 0) {
      subject = subjectRe.exec(text.slice(sentence[0] + last, sentence[1]));
      subjectAt = sentence[0] + last;
    }
  }
  const words = () => hireWords(text, sections);
  if (subject) {
    const field = (subject[1] ?? subject[4] ?? '').trim();
    const noun = subject[2] ?? subject[5] ?? '';
    const dept = subject[3] ?? '';
    const other = dept !== '' || field !== '' || OTHER_PEOPLE.test(noun) || /^those\b/i.test(sentenceText.replace(/^[^A-Za-z]*/, ''));
    const inField = hit.start >= subjectAt && hit.end <= subjectAt + subject[0].length && field !== '' && text.slice(subjectAt, subjectAt + subject[0].length).toLowerCase().includes(hit.text.toLowerCase());
    const between = text.slice(subjectAt + subject[0].length, hit.start);
    if (other && (hit.start >= subjectAt + subject[0].length || inField) && !/\b(?:you|your|you(?:'|\u2019)ll|we|us)\b/i.test(between)) {
      const hire = words();
      const mine = hiresTeam(`${field} ${dept} ${field || dept ? '' : noun}`, hire.words);
      // (The company's engineers, "Our product engineers (mostly TypeScript and Kotlin)", share its stack unless the text disowns it;
      // another team is told apart only where the text says which team the hire joins, or puts it "next door".)
      const apart = hire.known || /^[^A-Za-z]*(?:next door|elsewhere|meanwhile)\b|\bnext door\b/i.test(subject[0]);
      if (/^(?:developers|engineers)$/i.test(noun) ? disclaimed() : (apart && !mine) || disclaimed()) return 'team';
    }
  }
  const behind = text.slice(Math.max(sentence[0], hit.start - 80), hit.start);
  if (PASSIVE_TOOL_BEFORE.test(behind)) {
    const by = PASSIVE_BY_AFTER.exec(text.slice(hit.end, sentence[1]));
    if (by && (!hiresTeam(by[1] ?? '', words().words) || disclaimed())) return 'team';
  }
  // "by the low-latency team", "with the Security Operations Centre": a field that names another team, where the text says the hire's.
  if (TEAM_AFTER_HIT.test(text.slice(hit.end, hit.end + 20)) && /\b(?:the|our|their)\s+(?:[\w-]+\s+)?$/i.test(behind) && !/\b(?:join(?:s|ing)?|on|in|into|for|lead|leading|manage|managing|build|building|grow|growing|hiring|hire)\s+(?:the|our)\s+(?:[\w-]+\s+)?$/i.test(behind)) {
    const hire = words();
    if (hire.known && !hiresTeam(hit.text, hire.words)) return 'team';
  }
  // "you won't be training models", "you don't need to know Rust": what the text says the hire will not do.
  const wont = /\byou (?:won(?:'|\u2019)t|will not|wouldn(?:'|\u2019)t|don(?:'|\u2019)t|do not) (?:be [a-z]+ing|need to [a-z]+|have to [a-z]+|need|(be))\s+$/i.exec(behind);
  if (wont && (!wont[1] || /^[a-z]+ing\b/.test(hit.text))) return 'negated';
  // "maintained by the Store Systems department, which works in Oracle Retail and …": a team's tools in its relative clause.
  const which = TEAM_WHICH_BEFORE.exec(text.slice(Math.max(sentence[0], hit.start - 160), hit.start));
  if (which && !/\b(?:you|your|we|us)\b/i.test(which[0])) {
    const hire = words();
    if ((hire.known && !hiresTeam(which[1]!, hire.words)) || disclaimed()) return 'team';
  }
  const owner = TEAM_POSSESSIVE_BEFORE.exec(behind);
  if (owner && !hiresTeam(owner[1]!, words().words)) return 'team';
  return null;
}

// ---- session 44 (s44-skills-a): career-site postings written fresh (fresh-skills-s44a*) ----

/** A heading of the hiring part in the page's own language: "Bewerbungsprozess", "Sollicitatieprocedure", "Proceso de selección". */
const HIRING_HEAD_INTL = /^[\s#*_>-]*(?:(?:ihre |deine |zur |die )?bewerbung(?:sprozess|sablauf|sverfahren)?|(?:unser |der )?(?:auswahlprozess|auswahlverfahren|einstellungsprozess|recruiting-?prozess)|(?:de |onze )?sollicitatie(?:procedure|proces|procedures)?|(?:het |ons )?selectieproces|(?:le |notre )?processus de (?:recrutement|s\u00e9lection|candidature)|(?:nos |les )?(?:\u00e9tapes de recrutement|entretiens)|(?:el |nuestro )?proceso (?:de selecci\u00f3n|de contrataci\u00f3n)|(?:o |nosso )?processo (?:seletivo|de sele\u00e7\u00e3o|de recrutamento)|(?:il )?processo di (?:selezione|assunzione)|rekryteringsprocess(?:en)?|rekrutteringsprosess(?:en)?|rekrutteringsproces(?:sen)?|proces rekrutacji|rekrytointiprosessi)[\s:*_.]*$/i;
/** Meeting tools: the medium of a call, not the work ("a video call on Microsoft Teams", "Interviews take place on Webex"). */
const MEETING_TOOL = /^(?:zoom|webex|google meet|microsoft teams|ms teams|teams|skype|whereby|around|jitsi(?: meet)?|gotomeeting|bluejeans|chime|amazon chime|google hangouts|hangouts)$/i;
/** The sentence is about a call or an interview held on the tool: "a call with our recruiter on Google Meet". */
const MEETING_SAYS = /\b(?:calls?|video ?calls?|interviews?|chats?|conversations?|screens?|screening|meet(?:ing)?s?|sessions?|catch-ups?|intros?|talks?|deep-dives?|walkthroughs?)\b/i;
const MEETING_ON = /\b(?:on|via|over|through|using|in|by)\s+(?:a\s+|an\s+)?$/i;
/** The sentence asks the tool of the hire ("support staff on Microsoft Teams", "administer Zoom Rooms"). */
const MEETING_ASKS = /\b(?:experience|administ\w+|support(?:ing)?|manag(?:e|ing)|deploy\w*|configur\w*|integrat\w*|migrat\w*|licen[cs]\w*|tenant|rooms|you(?:'|\u2019)ll (?:run|own|support|manage)|knowledge|familiar\w*|proficien\w*)\b/i;
/** Another party runs the thing: "is operated by Avaloq's own service team under contract", "a content server a vendor manages". */
const VENDOR_RUNS = /\b(?:(?:operated|run|managed|maintained|hosted|serviced|supported|administered|supplied|built)\s+for us\s+(?:on|in|at)\b|outsourced to\b|(?:operated|run|managed|maintained|hosted|serviced|supported|administered|supplied|built)\s+(?:for us\s+)?by\s+(?:(?:a|an|the|our|its|their)\s+)?(?:[\w'\u2019&.-]+\s+){0,3}?(?:vendors?|suppliers?|providers?|partners?|manufacturers?|contractors?|(?:own\s+)?service teams?|(?:own\s+)?support teams?|integrators?|agenc(?:y|ies)|outsourc\w*)\b|(?:a|an|the|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:vendors?|suppliers?|providers?|manufacturers?|contractors?|agency|integrators?|(?:IT |technology |implementation )partners)\s+(?:\w+\s+)?(?:manages?|runs?|hosts?|operates?|maintains?|services?|supplies|owns?)\b|\bthat (?:a|the|our) (?:[\w-]+\s+)?(?:vendors?|suppliers?|providers?|manufacturers?) (?:manages?|runs?|hosts?|operates?|maintains?|services?|supplies|owns?)\b)/i;
/** What says the stack of another team is theirs: "they own their code and its on-call; we own the platform under it". */
const THEY_OWN = /\bthey (?:own|run|maintain|operate|deploy|support|keep) (?:all of )?(?:their|its) (?:own )?(?:code|codebase|services?|apps?|features?|stack|tools?|on-?call|pipelines?|models?|repos?(?:itor(?:y|ies))?)\b/i;
const WE_OWN = /\b(?:we|our team|the team you(?:'|\u2019)d join|you(?:'|\u2019)ll|you will)\s+(?:own|run|look after|are responsible for|take care of|keep)\s+(?:the\s+)?(?:platform|infrastructure|foundations?|layer|clusters?|runtime|plumbing|things?|everything)\s+(?:under|beneath|below|around)\b/i;
/** "… in their own repository", "… on their own cluster": a team's own place for its own tools. */
const THEIR_OWN_PLACE = /\b(?:in|on|with|from) (?:their|its|his|her) own (?:repo(?:sitor(?:y|ies))?|repos|codebase|notebooks?|clusters?|environments?|workspaces?|accounts?|tooling|toolchains?|stack|laptops?|machines?|computers?|servers?)\b/i;
/** "… validates the assays in MATLAB": the tool of a clause's work, after a preposition. */
const TOOL_PREP_BEFORE = /\b(?:in|with|using|on|through|via|into)\s+(?:[\w+#./-]+\s*(?:,|and|or|&|\/)\s*){0,4}$/i;

/** The text hands the stack back: "their features remain theirs", "… is the ML platform team's job, not this role's". */
const THEIRS = /\b(?:(?:remains?|stays?|is|are)\s+(?:theirs|entirely theirs|their own (?:business|call|job|work))|(?:which|that) they (?:run|own|manage|maintain|operate|administer) (?:themselves|on their own|alone)|not (?:this|your) role(?:'s|\u2019s)?(?!\s+(?:is|will|to)\b)|(?:their|its) (?:job|responsibility|remit), not (?:ours|yours|this role(?:'s|\u2019s)?))\b/i;
/** "the analytics team's job", "the ML platform team's call": a team's own work, named by its possessive. */
const TEAM_JOB = /\b(?:the|our)\s+(?:[\w&-]+\s+){1,3}(?:team|squad|group)(?:'s|\u2019s)\s+(?:job|responsibility|remit|area|domain|call|work)\b/i;
/** "patient-messaging", "patient records": the hospital's or the practice's patient, no soft skill. */
const PATIENT_NOUN = /^(?:-[a-z]|\s+(?:data|records?|care|safety|portals?|apps?|experience|outcomes?|messaging|engagement|privacy|information|journeys?|flows?|intake|charts?|volumes?|notes|identifiers?|facing|reported|level)\b)/i;
/** A sentence that tells the interview steps outside a hiring part: "interviews are a technical conversation and …". */
const INTERVIEWS_ARE = /\b(?:interviews?|the interview(?:ing)? (?:process|loop)|interview rounds?)\s+(?:are|is|will be|include|includes|consist of|take place|happen|run)\b|\binterviews?\s*:/i;
/** Benefits that name a field in passing: "a solar backup during load-shedding", "credits on on-call weekends". */
const BENEFIT_PART_ASKS = /\b(?:experience[ds]? (?:with|in|of)|familiar\w*|knowledge of|proficien\w*|required|requirements?|must|ability to|learn\w*|courses?|training|certif\w*|conferences?|books?)\b/i;
/** An item of a benefits part that pitches the work: "Work on the frontier of …", "build …", "ship …". */
const BENEFIT_WORK = /\b(?:work(?:ing)?\s+(?:on|with|directly|alongside)|build\w*|solv\w*|ship\w*|shap\w*|tackl\w*|design\w*|develop\w*|deploy\w*|experiment\w*|us(?:e|ing)\s)/i;
/** A sentence that lists what the job gives: insurance, leave, a budget, vouchers, credits. */
const BENEFIT_ITEM = /\b(?:insurance|medical|dental|pension|leave|holidays?|vacation|pto|budget|allowance|stipend|vouchers?|credits?|membership|discount|subscription|gym|lunch|meals?|401\(?k\)?|bonus)\b/i;
/** "Our epidemiologists", "Our data analyst", "the bioinformaticians": people by their trade, one or many, as a clause's subject. */
const TRADE_SUBJECT = /^[\s\u2022*#>-]*(?:our|the|their|its)\s+((?:[\w-]+\s+){0,2}?)((?:[a-z]+(?:ists?|icians?))|analysts?|scientists?|researchers?|actuar(?:y|ies)|quants?|traders?|designers?|accountants?|economists?|bioinformaticians?|librarians?|historians?)\s+(?:(?:also|mostly|still|each|all|usually|often)\s+)?[a-z]+\b/i;
/** A greeting heading that names the employer: "Hej! We're Fjordnet", "Hola! We're Pimentón". */
const GREETING_HEAD = /^[\s#*_>-]*(?:hei|hej|hallo|hola|ol[a\u00e1]|ciao|salut|bonjour|moi|hoi|kia ora|hi|hello|hey|ahoj|merhaba)\b[,!.]?\s+(?:we(?:'|\u2019)re|we are)\b/i;
/** "Customers' ERP systems (…)": what the customers own, by the possessive. */
const CUSTOMERS_OWN_BEFORE = /\b(?:customers|clients|users|members|merchants|shippers|exporters|retailers)(?:'|\u2019)\s+(?:[\w-]+\s+)?$/i;
/** "tabletop exercises with engineering and leadership": the company's leaders as people, no soft skill. */
const LEADERS_BEFORE = /\b(?:with|to|for|from)\s+(?:(?:the|our)\s+)?(?:engineering|product|company|executive|business|security|finance|design|sales|operations)\s+(?:and|&)\s+$|\b(?:with|to|for|from)\s+(?:the|our)\s+(?:senior\s+|company\s+|executive\s+|engineering\s+)?$/i;
/** Consumer platforms a product ships on (not servers: "tuned Linux boxes" are the stack). */
const CONSUMER_PLATFORM = new Set(['android', 'ios', 'ipados', 'tizen', 'webos', 'chromeos', 'watchos', 'tvos', 'fire-os', 'harmonyos', 'wear-os', 'android-tv']);
/** A device or app the product ships on a platform: "our Android TV box", "the app for Samsung smart TVs". */
const PLATFORM_DEVICE_AFTER = /^(?:\s+TV)?\s+(?:boxe?s?|set-top boxe?s?|tablets?|phones?|handsets?|watch(?:es)?|routers?|kiosks?|terminals?|TVs?|sticks?|dongles?|speakers?|wallets?)\b/;
const PLATFORM_DEVICE_BEFORE = /\b(?:our|their|your|a|an|the|on|with|using|from)\s+(?:[\w-]+\s+)?$/i;
/** "their webshop on Shopify or Magento", "do their books in e-conomic": the customers' own systems, named in the part about the company. */
const THEIR_SYSTEM_BEFORE = /\btheir (?:own )?(?:[\w-]+ ){0,2}?(?:webshops?|online shops?|shops?|stores?|websites?|sites?|software|systems?|tools?|apps?|accounting|books|crm|erp|pos|tills?|payroll|calendars?|classes|inventory|stock|schedules?|newsletters?|campaigns?|invoic\w*|bookkeeping)\s+(?:\([^)]{0,40}\)\s+)?(?:on|in|from|via|with|to|into|through|using)\s+(?:[\w.+-]+(?:\s+[\w.+-]+)?\s*(?:,|\bor\b|\band\b|&|\/)\s*){0,3}$/i;
/** "built in Unity by three studios", "developed in Swift by an agency": another party's work, said in the passive. */
const PASSIVE_OTHERS_AFTER = /^[^.;:]{0,40}?\bby\s+(?:(?:two|three|four|five|six|several|many|outside|external|partner|other|our partner|our sister|sister|local)\s+)+(?:[\w-]+\s+)?(?:studios|agencies|vendors|partners|contractors|teams|companies|firms|suppliers)\b|^[^.;:]{0,40}?\bby\s+(?:an?|our|the)\s+(?:outside\s+|external\s+|partner\s+|sister\s+)?(?:[\w-]+\s+)?(?:studio|agency|vendor|contractor|supplier|integrator)\b/i;

/**
 * s44a: what a career page says around a tool that is no ask of the hire, in shapes the s43a rules did not read. The hiring
 * part under a heading in the page's own language ("Bewerbungsprozess", "Sollicitatieprocedure"); the meeting tool a call or
 * an interview is held on, wherever it stands ("a video call on Microsoft Teams"); what a vendor or another party runs ("is
 * operated by Avaloq's own service team", "a content server a vendor manages"); another team's stack in a clause after a
 * semicolon, or one the text gives back to them ("they own their code and its on-call; we own the platform under it", "in
 * their own repository").
 */
function s44aClass(text: string, hit: SkillHit, sections: readonly PostingSection[] | null): ContextClass | null {
  const soft = SOFT.has(hit.skillId);
  const sentence = sentenceAt(text, hit.start, hit.end);
  const sentenceText = text.slice(sentence[0], sentence[1]);
  const part = sections?.find((s) => s.offset <= hit.start && hit.start < s.offset + s.text.length);
  if (((part && HIRING_HEAD_INTL.test(part.heading)) || HIRING_HEAD_INTL.test(headingAbove(text, hit.start))) && !HIRING_ASKS.test(sentenceText)) {
    if ((!soft && !conceptForm(hit)) || HIRING_STEP_AFTER.test(text.slice(hit.end, hit.end + 30)) || INTERVIEW_STEP.test(sentenceText)) return 'apply';
  }
  // "Interviews are a technical conversation and a pairing session in …", wherever it stands.
  // (On a career page, with asks under headings of their own: an HN post's "Interview: a take-home in Rust" names its stack.)
  const careerPage = !!sections && sections.filter((x) => ASK_KINDS.has(x.kind)).length >= 2;
  if (careerPage && INTERVIEWS_ARE.test(sentenceText) && !HIRING_ASKS.test(sentenceText) && !/\byou(?:'|\u2019)ll (?:build|own|run|work|design)\b/i.test(sentenceText)) {
    if ((!soft && !conceptForm(hit) && /^[A-Z]/.test(hit.text)) || HIRING_STEP_AFTER.test(text.slice(hit.end, hit.end + 30))) return 'apply';
  }
  // "the scheduling and patient-messaging platform": the practice's patient.
  if (soft && /^patient$/i.test(hit.text) && PATIENT_NOUN.test(text.slice(hit.end, hit.end + 20))) return 'english';
  // "… with engineering and leadership": the company's leaders.
  if (soft && /^leadership$/i.test(hit.text) && LEADERS_BEFORE.test(text.slice(Math.max(sentence[0], hit.start - 40), hit.start)) && !/^\s+(?:skills?|experience|abilit\w*|qualities|style|roles?|positions?)\b/i.test(text.slice(hit.end, hit.end + 20))) return 'team';
  if (soft) return null;
  // A field a benefits part names in passing ("a solar backup during load-shedding"), under a heading that says benefits.
  if (conceptForm(hit) && part?.kind === 'benefits' && BENEFITS_HEAD.test(part.heading) && sections!.filter((x) => ASK_KINDS.has(x.kind)).length >= 2 && BENEFIT_ITEM.test(sentenceText)) {
    // (The benefit the field stands in, between commas: "a learning budget" elsewhere in the list asks nothing of it.)
    const from = Math.max(sentence[0], text.lastIndexOf(',', hit.start) + 1, text.lastIndexOf(';', hit.start) + 1);
    const to = text.indexOf(',', hit.end);
    const item = text.slice(from, to >= 0 && to < sentence[1] ? to : sentence[1]);
    // (Not a pitch of the work, "Work on the frontier of generative AI", and no heading the reader missed between.)
    const lines = text.slice(part.offset, text.lastIndexOf('\n', hit.start - 1) + 1).split('\n').slice(1);
    const heading = lines.some((l) => l.trim().length > 0 && l.trim().length <= 60 && !/[.!?,;:]$/.test(l.trim()) && !LIST_MARK.test(l));
    if (!heading && !BENEFIT_PART_ASKS.test(item) && !PART_ASKS.test(item) && !BENEFIT_WORK.test(item)) return 'perk';
  }
  const lead = text.slice(sentence[0], hit.start);
  // (Prose of the part about the company, or of the page's opening: no list item, no heading the reader missed.)
  const about = !!part && (((part.kind === 'about' || ((COMPANY_HEAD.test(part.heading) || GREETING_HEAD.test(part.heading)) && !TEAM_ABOUT.test(part.heading))) && aboutProse(text, part.offset, hit)) || (openingPart(part, sections!.indexOf(part)) && sections!.filter((x) => ASK_KINDS.has(x.kind)).length >= 2 && openingProse(text, part.offset, hit)));
  // "watch TV on our Android TV box": in the part about the company, the device its product ships as.
  if (about && CONSUMER_PLATFORM.has(hit.skillId) && PLATFORM_DEVICE_AFTER.test(text.slice(hit.end, hit.end + 24)) && PLATFORM_DEVICE_BEFORE.test(lead.slice(-30)) && !ABOUT_YOU.test(sentenceText)) return 'consumer';
  if (about && CUSTOMERS_OWN_BEFORE.test(text.slice(Math.max(sentence[0], hit.start - 40), hit.start)) && !ABOUT_YOU.test(sentenceText)) return 'market';
  // "Resorts run us next to … their webshop on Shopify or Magento": the customers' own systems.
  if (about && THEIR_SYSTEM_BEFORE.test(lead.slice(-140)) && !/\b(?:you|your|you(?:'|\u2019)ll|we|us)\b/i.test(lead.slice(-140))) return 'market';
  // "AI chatbots like ChatGPT and Gemini": the head of a list of consumer products is no ask either.
  if (about && conceptForm(hit) && /^\s*,?\s*(?:like|such as|including)\s+[A-Z]/.test(text.slice(hit.end, hit.end + 16)) && CONSUMER_HEAD.test(text.slice(Math.max(sentence[0], hit.start - 12), hit.end) + ' like ') && !ABOUT_YOU.test(sentenceText)) return 'consumer';
  // "Our games are built in Unity by three studios in Seoul": another party's work, in the passive.
  if (PASSIVE_TOOL_BEFORE.test(text.slice(Math.max(sentence[0], hit.start - 80), hit.start)) && PASSIVE_OTHERS_AFTER.test(text.slice(hit.end, sentence[1])) && !/\b(?:you|your|you(?:'|\u2019)ll)\b/i.test(sentenceText)) return 'team';
  if (MEETING_TOOL.test(hit.text) && MEETING_ON.test(lead.slice(-30)) && MEETING_SAYS.test(sentenceText) && !MEETING_ASKS.test(sentenceText)) return 'apply';
  // The clause the hit stands in: a semicolon parts two clauses as a full stop would.
  const semi = lead.lastIndexOf(';');
  const clauseStart = semi >= 0 ? sentence[0] + semi + 1 : sentence[0];
  const semiAfter = text.indexOf(';', hit.end);
  const clauseEnd = semiAfter >= 0 && semiAfter < sentence[1] ? semiAfter : sentence[1];
  const clause = text.slice(clauseStart, clauseEnd);
  const clauseLead = text.slice(clauseStart, hit.start);
  if (VENDOR_RUNS.test(clause) && !/\b(?:you|your|you(?:'|\u2019)ll|we|us)\b/i.test(clause.replace(/\bfor us\b/gi, '')) && !HIRING_ASKS.test(clause)) return 'team';
  const next0 = /^[.;!?]?[^.;!?\n]*/.exec(text.slice(sentence[1], sentence[1] + 200))?.[0] ?? '';
  // "… is the ML platform team's job, not this role's": a team named by the hit, its work handed back.
  if (TEAM_AFTER_HIT.test(text.slice(hit.end, hit.end + 20)) && /\b(?:the|our|their)\s+(?:[\w-]+\s+)?$/i.test(lead.slice(-30)) && THEIRS.test(sentenceText + ' ' + next0)) return 'team';
  // "Forecasting in Stata is the analytics team's job, not this role's."
  if (TEAM_JOB.test(sentenceText) && THEIRS.test(sentenceText) && !/\b(?:you|your|you(?:'|\u2019)ll)\b/i.test(sentenceText)) return 'team';
  // "Our epidemiologists analyse outcomes in R and Stata in their own workspaces", "Our data analyst builds her reports in
  // Power BI on her own workspace": people by their trade, one or many, working in a place of their own.
  const trade = TRADE_SUBJECT.exec(clause);
  if (trade && hit.start >= clauseStart + trade[0].length && THEIR_OWN_PLACE.test(clause) && TOOL_PREP_BEFORE.test(clauseLead) && !/\b(?:you|your|you(?:'|\u2019)ll|we|us)\b/i.test(text.slice(clauseStart + trade[0].length, hit.start)) && !hiresTeam(`${trade[1] ?? ''} ${trade[2]}`, hireWords(text, sections).words)) return 'team';
  const subject = OTHER_SUBJECT_ANY.exec(clause);
  if (!subject || hit.start < clauseStart + subject[0].length) return null;
  const field = (subject[1] ?? subject[4] ?? '').trim();
  const noun = subject[2] ?? subject[5] ?? '';
  const dept = subject[3] ?? '';
  if (/\b(?:you|your|you(?:'|\u2019)ll|we|us)\b/i.test(text.slice(clauseStart + subject[0].length, hit.start))) return null;
  const next = text.slice(sentence[1], sentence[1] + 200);
  const nextSentence = /^[.;!?]?[^.;!?\n]*/.exec(next)?.[0] ?? '';
  // "they own their code …; we own the platform under it": the text gives the stack back to the team that writes it.
  if (THEY_OWN.test(sentenceText + nextSentence) && WE_OWN.test(sentenceText + ' ' + nextSentence)) return 'team';
  // "Our product engineers build it in PHP …; you'll help them ship, but their features remain theirs."
  if ((field !== '' || dept !== '' || OTHER_PEOPLE.test(noun)) && THEIRS.test(sentenceText + ' ' + nextSentence)) return 'team';
  const named = dept !== '' || field !== '' || OTHER_PEOPLE.test(noun);
  if (!named || /^(?:developers|engineers)$/i.test(noun) && field === '') return null;
  const hire = hireWords(text, sections);
  if (hiresTeam(`${field} ${dept}`, hire.words)) return null;
  if (THEIR_OWN_PLACE.test(clause)) return 'team';
  // After a semicolon, a team named by its field and the tool of its work: "…; the lab team validates the assays in MATLAB".
  if ((semi >= 0 || /;\s*$/.test(text.slice(Math.max(0, clauseStart - 4), clauseStart))) && hire.known && TOOL_PREP_BEFORE.test(clauseLead)) return 'team';
  return null;
}

// ---- session 41, career-site postings written fresh (fresh-skills-s41b) ----

/** "About Tidewell", "Why Grovewell?", "Life at Kestrel", "Hi, we're Parcelwise": a heading that names the employer. */
const ABOUT_NAME = /^[\s#*_>-]*(?:[Aa]bout|[Ww]hy(?: [Jj]oin)?|[Ll]ife at|[Ww]orking at|(?:[Hh]i|[Hh]ello|[Hh]ey)?[,!\s]*[Ww]e(?:'|\u2019)re|[Ww]e are)\s+([A-Z][\w.&'-]*(?: (?:&|[A-Z][\w.&'-]*)){0,2})\s*[?!:.]?(?:\s*\S{1,2})?\s*$/;
/** Headings of that shape that name no one: "About Us", "About The Role", "Why This Team". */
const ABOUT_NOT_NAME = /^(?:us|you|the|this|our|your|me|we|it|join|joining|role|team|job|position|company)\b/i;
/** "Tidewell is an equal opportunity employer", "Ridgeway Health Partners is an Affirmative Action/Equal Opportunity employer". */
const EEO_NAME = /(?:^|[.!?]\s+|\n)[\s*_]*((?!(?:We|This|The|It|Our)\b)[A-Z][\w.&'-]*(?: (?:&|[A-Z][\w.&'-]*)){0,3}),? (?:is|are) (?:(?:proud|committed|glad|happy) to be )?(?:an?|the) (?:[\w-]+ ){0,2}?(?:[Ee]qual|EEO\b|[Aa]ffirmative)/g;

/** The employer's names a career page gives: its "About X" heading, a "Company: X" field, its equal-opportunity notice. */
function careerPageNames(sections: readonly PostingSection[]): string[] {
  const out: string[] = [];
  for (const s of sections) {
    const m = ABOUT_NAME.exec(s.heading.trim());
    if (m && !ABOUT_NOT_NAME.test(m[1]!)) out.push(...companyNames(m[1]!));
    if (/^company(?: name)?$/i.test(s.heading.trim()) && s.text.trim().length <= 40 && !s.text.trim().includes('\n')) out.push(...companyNames(s.text.trim()));
    if (!/qual|EEO|ffirmative/.test(s.text)) continue;
    EEO_NAME.lastIndex = 0;
    for (let e = EEO_NAME.exec(s.text); e; e = EEO_NAME.exec(s.text)) out.push(...companyNames(e[1]!));
  }
  return out.filter((n) => n.length > 1 && !ROLE_TAIL.test(n));
}

/** A sentence that asks of the hire, or names the team's own stack or work. */
const PART_ASKS = /\b(?:you|you(?:'|\u2019)(?:ll|re|ve|d)|your|candidates?|experience[ds]?|familiar\w*|knowledge|proficien\w*|skills?|hiring|looking for|seeking|stack|built (?:on|with|in)|written in|we use|runs? on|in-house|internal(?:ly)?|our (?:[\w-]+ )?engineer(?:s|ing)|codebase|backend|frontend|our (?:team|tech|technology|infrastructure|systems?|services)|learn(?:ing)?|teach|mentor\w*|certif\w*|courses?|training)\b|\btech(?:nolog(?:y|ies))?\s*:/i;
/**
 * s54: the stack sentence of a part about the company in French, Spanish, German, Italian or Portuguese ("Notre environnement :
 * une application Django", "Nos services tournent sur OVHcloud", "Utilizamos Python y PostgreSQL", "Wir setzen auf Go"): the
 * team's stack, kept as PART_ASKS keeps "our stack is" and "runs on".
 */
const STACK_ABROAD = /\b(?:notre environnement|environnement technique|nous utilisons|h\u00e9berg\u00e9e?s?\s+(?:chez|sur|dans)|tourne(?:nt)?\s+sur|d\u00e9velopp\u00e9e?s?\s+en|\u00e9crite?s?\s+en|utilizamos|usamos|corren?\s+(?:en|sobre)|escrit[oa]s?\s+en|desarrollad[oa]s?\s+en|nuestro entorno|entorno t\u00e9cnico|wir (?:nutzen|setzen auf|verwenden|arbeiten mit)|l\u00e4uft auf|laufen auf|geschrieben in|utilizziamo|usiamo|scritt[oaie]\s+in|nossa stack)(?![\w\u00c0-\u024f])/i;
/** In a benefits part, what still asks ("experience with …", "knowledge of …"), or names the tool as what a learning budget is for (a mention the pipeline keeps, unweighed). */
const BENEFIT_ASKS = /\b(?:experience[ds]? (?:with|in|of)|familiar\w*|knowledge|proficien\w*|skills?|required|requirements?|must|ability to|learn\w*|courses?|training|certif\w*)\b/i;
/** A benefits heading that says so ("Perks", "What we offer", "Why Grovewell"; not "Why this could be interesting to you"). */
const BENEFITS_HEAD = /\b(?:benefits?|perks?|offers?|compensation|rewards|package|in return|what you(?:'|\u2019)ll get|what you get|why (?:join|work))\b|^\s*[Ww]hy [A-Z][\w.&'-]*\s*\??\s*$/i;
/** A heading of the part about the company ("About Tidewell", "Who we are", "Company Description"); not a "Company" field. */
const COMPANY_HEAD = /^[\s#*_>-]*(?:about\s+\S|sobre nosotros|qui\u00e9nes somos|\u00fcber uns|wer wir sind|\u00e0 propos|qui sommes-nous|chi siamo|o nas|om oss|over ons|who (?:we are|are we)|company (?:overview|description|profile|information)|our (?:company|story|mission)|the company\b|(?:hi|hello|hey)\b|overview\b)/i;
/** A heading of an about part that tells of the team or the role, whose stack is the hire's. */
const TEAM_ABOUT = /\b(?:team|role|job|position|opportunity|project|work|department|org(?:ani[sz]ation)?|you)\b/i;
/** Words of benefits: a paragraph with two of them lists what the job gives. */
const BENEFIT_WORDS = /\b(?:pension|vacation|holidays?|pto|401\(?k\)?|parental leave|dental|health (?:insurance|cover|plans?|coverage)|stipends?|allowances?|stock options|rsus|paid time off|days off|commuter)\b/gi;
/** A paragraph that also tells of the role, its asks or its stack is no paragraph of benefits alone. */
const PARA_NOT_PERKS = /\b(?:stack|built (?:on|with|in)|written in|tech(?:nolog(?:y|ies))?\s*:|requirements?|experience|hiring|looking for|seeking|roles?|positions?|engineers?|developers?|you will|you(?:'|\u2019)ll (?:build|work|own|design|lead|join)|\|)/i;
/** The legal text of an application: "By applying you consent to the processing of your personal data under GDPR". */
const APPLICANT_CONSENT = /\b(?:by (?:applying|submitting)|you consent|consent to|recruitment purposes|applicant privacy|candidate privacy|privacy (?:notice|policy)|(?:job )?applicants (?:in|from) [A-Z][\w ]{1,20}:|notice (?:at|on|here)\b|consent clause|(?:in|to|with) your (?:cv|r\u00e9sum\u00e9|resume|application)\s*[.!]?\s*$)/i;
/** "Apply through our BambooHR careers page", "(powered by SmartRecruiters)", "hosted on Greenhouse": the tool that takes applications. */
const APPLY_WORD = /\b(?:apply|applying|applicants?|applications? (?:are|is|go|get))\b/i;
const ATS_HEADER_AFTER = /^\s*(?:careers?|jobs)\s*(?:[\u00b7|\u2022\u2013\u2014>\u203a]|-\s)/i;
const PORTAL_AFTER = /^\s*(?:careers?|jobs? (?:board|page|site)|job board|portal)\b/i;
const OUR_PAGE_AFTER = /^\s*(?:page|site|board|form)\b/i;
const PORTAL_BEFORE = /\b(?:powered by|hosted (?:on|by)|(?:apply|applications?|applying) (?:via|through|on|in|with|using)(?: our)?)\s+$/i;
/** What a sentence of the opening says of the company's market: its customers, what its product connects to, the standard it meets. */
const MARKET_SAYS = /\b(?:customers?|merchants?|members|partners?|integrat\w*|connect(?:s|ed|ors?)?|syncs?|plugs?|pipes?|imports?|exports?|compatible|certified|compliant|meets?|works? with|talks? to|EHRs?)\b/i;
/** "4 million players on iOS and Android", "available on Roku and the web": the platforms the product's users are on. */
const PLATFORM_USERS = /\b(?:(?:players|users|customers|members|subscribers|viewers|fans|gamers|riders|shoppers|listeners|readers|patients|drivers)\s+(?:[\w-]+\s+){0,2}?|(?:available|live|launched|downloadable|playable)\s+|(?:downloaded|installed|played|streamed)\s+(?:[\w-]+\s+){0,3}?)on\s+(?:[\w.+-]+\s*(?:,|\band\b|\bor\b|&|\/)\s*){0,5}$/i;
/** What a company says it holds: a certification, an audit report, a standard it meets. */
const CERT_WORD = /\b(?:certified|accredited|compliant|attested|(?:holds?|maintains?|achieved|passed|completed)\s+(?:[\w-]+\s+){0,10}?(?:certifications?|reports?|attestations?|audits?|certificates?)|meets?|satisf(?:y|ies))\b/i;
/** A certification still to be had ("we are working toward SOC 2", "help us get ISO 27001 certified"): work the hire may do. */
const CERT_GOAL = /\b(?:help|helping|toward|towards|achieve|achieving|obtain|obtaining|get|getting|become|becoming|pursu\w*|prepar\w*|working on|on track|roadmap|next|soon|plan|planning)\b/i;
/** The sentence's subject is the employer: "We", "Our products", its name. */
function companySubject(sentenceText: string, names: PostingNames): boolean {
  const lead = sentenceText.replace(/^[\s\u2022*#>-]+/, '');
  if (/^(?:we\b|we(?:'|\u2019)re\b|our\b)/i.test(lead)) return true;
  const lower = lead.toLowerCase();
  return names.own.some((n) => lower.startsWith(n) && !/[\p{L}\p{N}]/u.test(lower[n.length] ?? ' '));
}
/** The sentence names the employer: what it says is of the company's product and market. */
function namesEmployer(sentenceText: string, names: PostingNames): boolean {
  const lower = sentenceText.toLowerCase();
  return names.own.some((n) => n.length > 2 && lower.search(nameRegex(n)) >= 0);
}
/** Section kinds that make a posting a career page's: asks and duties under headings of their own. */
const ASK_KINDS: ReadonlySet<string> = new Set(['requirements', 'responsibilities', 'preferred']);

/**
 * s41: what a part of a career-site posting says about a named tool. Under a benefits heading, or in a paragraph of benefits
 * ("… 401(k) with 4% match, and a Notion workspace …", "We use Jira, Confluence and Miro"), a product is a perk or the
 * office's kit, not asked. In the part about the company ("About Tidewell", "Who we are", "Company Description"), or the
 * prose that opens a career page before its headings, a product the sentence names without asking or naming the team's
 * stack is what the company's product connects to or its customers run ("Customers plug us into SAP", "syncs with Stripe,
 * Zendesk and HubSpot", "Our products meet WCAG 2.1 AA"): its market. The tool an application goes through, and the law
 * an applicant's consent cites, are application text.
 */
function partClass(text: string, hit: SkillHit, sections: readonly PostingSection[] | null, names: PostingNames): ContextClass | null {
  const s43 = s43aClass(text, hit, sections) ?? s44aClass(text, hit, sections) ?? s47Class(text, hit);
  if (s43) return s43;
  if (SOFT.has(hit.skillId)) return null;
  if (conceptForm(hit)) return ourThingInAbout(text, hit, sections) ? 'own' : null;
  const sentence = sentenceAt(text, hit.start, hit.end);
  const sentenceText = text.slice(sentence[0], sentence[1]);
  const before = text.slice(Math.max(sentence[0], hit.start - 120), hit.start);
  if (PLATFORM_USERS.test(before)) return 'consumer';
  if (CERT_WORD.test(sentenceText) && companySubject(sentenceText, names) && !ABOUT_YOU.test(sentenceText) && !CERT_GOAL.test(sentenceText)) return 'own';
  const ahead = text.slice(hit.end, hit.end + 20);
  const behind = text.slice(Math.max(0, hit.start - 40), hit.start);
  // "BambooHR Careers · Lindqvist Medical · Minneapolis": the careers site's own name in a page's header line (s42a).
  if (ATS_HEADER_AFTER.test(ahead) && hit.start - (text.lastIndexOf('\n', hit.start - 1) + 1) <= 2) return 'apply';
  if (APPLY_WORD.test(sentenceText) && (PORTAL_AFTER.test(ahead) || (/\bour\s+$/i.test(behind) && OUR_PAGE_AFTER.test(ahead)) || PORTAL_BEFORE.test(behind))) return 'apply';
  if (APPLICANT_CONSENT.test(sentenceText) && !ABOUT_YOU.test(sentenceText.replace(/\byou consent\b|\byour (?:personal )?data\b|\byour (?:cv|r\u00e9sum\u00e9|resume|application)\b/gi, ''))) return 'apply';
  const at = sections?.findIndex((s) => s.offset <= hit.start && hit.start < s.offset + s.text.length) ?? -1;
  const part = at >= 0 ? sections![at]! : undefined;
  if (part?.kind === 'benefits' && BENEFITS_HEAD.test(part.heading)) return BENEFIT_ASKS.test(sentenceText) ? null : 'perk';
  // A short paragraph of prose (no list) that names two benefits.
  const a = text.lastIndexOf('\n\n', hit.start) + 1;
  const b = text.indexOf('\n\n', hit.end);
  const para = text.slice(a, b < 0 ? text.length : b);
  if (para.length <= 500 && !LIST_MARK.test(para) && !PARA_NOT_PERKS.test(para) && new Set((para.match(BENEFIT_WORDS) ?? []).map((w) => w.toLowerCase())).size >= 2) return BENEFIT_ASKS.test(sentenceText) ? null : 'perk';
  if (PART_ASKS.test(sentenceText) || STACK_ABROAD.test(sentenceText) || !part) return null;
  if (COMPANY_HEAD.test(part.heading) && !TEAM_ABOUT.test(part.heading) && aboutProse(text, part.offset, hit)) return 'own';
  if (openingPart(part, at) && (MARKET_SAYS.test(sentenceText) || (BRAND.test(hit.text) && namesEmployer(sentenceText, names))) && sections!.filter((s) => ASK_KINDS.has(s.kind)).length >= 2 && openingProse(text, part.offset, hit)) return 'own';
  return null;
}

// ---- session 47 (#13): classes from the tune half of fresh-skills-s47a, tests in test/unit/context-s47.test.ts ----

/**
 * "Partner with the forecasting team (they use Prophet and LightGBM) to get features to them", "work with our analysts (who
 * live in Tableau)": the tools another team uses, told in brackets right after the team, are theirs, not the hire's.
 */
const THEY_USE_BRACKET = /\b(?:teams?|group|analysts|scientists|researchers|department|desk|squad|colleagues|accountants|actuaries|traders|planners)\s*\(\s*(?:they|who)\s+(?:mostly\s+|mainly\s+|already\s+)?(?:use|run|work in|work with|live in|model in|build in|are on|rely on)\s+[^()\n]*$/i;

function s47Class(text: string, hit: SkillHit): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  const sentence = sentenceAt(text, hit.start, hit.end);
  const lead = text.slice(Math.max(sentence[0], hit.start - 120), hit.start);
  if (THEY_USE_BRACKET.test(lead) && !/\byou\b/i.test(lead.slice(lead.lastIndexOf('(')))) return 'team';
  return null;
}

/** The part that opens a career page: the headless prose before its first heading, or LinkedIn's "About the job" over all of it (s42a). */
function openingPart(part: PostingSection, at: number): boolean {
  return (at === 0 && !part.heading.trim()) || (at <= 1 && /^[\s#*_>-]*about the job[\s:*_]*$/i.test(part.heading));
}

/**
 * s42a: "Farmers fly our drones", "our accounting sync pushes journal entries into …", "update progress in our mobile app":
 * a field right after "our" in the prose about the company (its "About X" part, or the prose that opens the page) is the
 * company's own product or feature, unless the sentence asks or names the team's stack.
 */
function ourThingInAbout(text: string, hit: SkillHit, sections: readonly PostingSection[] | null): boolean {
  // (The market's people, "accountants get a live export", "pharmacists fill prescriptions", are the company's users too.)
  if (!sections || !(/\bour(?:\s+own)?\s+(?:[a-z][\w-]*\s+){0,2}$/i.test(text.slice(Math.max(0, hit.start - 40), hit.start)) || /^[a-z]+(?:ants|ists|ians)$/.test(hit.text))) return false;
  const at = sections.findIndex((s) => s.offset <= hit.start && hit.start < s.offset + s.text.length);
  const part = at >= 0 ? sections[at]! : undefined;
  if (!part) return false;
  const sentence = sentenceAt(text, hit.start, hit.end);
  if (PART_ASKS.test(text.slice(sentence[0], sentence[1])) || STACK_ABROAD.test(text.slice(sentence[0], sentence[1]))) return false;
  if (COMPANY_HEAD.test(part.heading) && !TEAM_ABOUT.test(part.heading)) return aboutProse(text, part.offset, hit);
  return openingPart(part, at) && sections.filter((s) => ASK_KINDS.has(s.kind)).length >= 2 && openingProse(text, part.offset, hit);
}

/**
 * The hit stands in the prose that opens a career page, after its title and meta lines: a long line of sentences (no
 * list, no "|" cells), with at most a few short lines before it and no short line (a heading) between the prose and it.
 */
function openingProse(text: string, from: number, hit: SkillHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const lineEnd = text.indexOf('\n', hit.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (line.length < 100 || line.includes(' | ') || LIST_MARK.test(text.slice(lineStart, hit.start))) return false;
  const lines = text.slice(from, lineStart).split('\n').filter((l) => l.trim());
  if (lines.length > 6) return false;
  let prose = false;
  for (const l of lines) {
    if (l.trim().length > 100) prose = true;
    else if (prose) return false;
  }
  return true;
}

/** A list's mark, anywhere in a stretch of text. */
const LIST_MARK = /[\u2022\u25aa\u25e6\u00b7\u2192\u00bb]|^\s*(?:[-*\u2013\u2014]|\d{1,2}[.)])\s/m;

/**
 * The hit stands in the prose right under the about part's heading: its line is no list item, and no line between the
 * part's start and it is short enough to be a heading the posting reader did not know ("Your work", "Essential functions").
 */
function aboutProse(text: string, from: number, hit: SkillHit): boolean {
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  if (LIST_MARK.test(text.slice(lineStart, hit.start))) return false;
  const lines = text.slice(from, lineStart).split('\n');
  return !lines.slice(1).some((l) => l.trim().length > 0 && l.trim().length <= 60 && !/[.!?,;]$/.test(l.trim()));
}

// ---- session 46 (s46-skills): fresh postings with long about-us text (fresh-skills-s46a) ----

/** Office kit: the tools a company chats, plans, meets, documents and keeps passwords in, whatever its trade. */
const OFFICE_KIT: ReadonlySet<string> = new Set(['airtable', 'asana', 'basecamp', 'bitwarden', 'clickup', 'confluence', 'dropbox', 'google-workspace', 'jira', 'lastpass', 'linear', 'loom', 'microsoft-365', 'miro', 'monday-com', 'notion', 'one-password', 'slack', 'trello', 'zoom']);
/** "We use Jira for planning and …", "Our team chats in Slack, plans in Notion", "We internally use …": the company's own office habits. */
const WE_USE_KIT = /\b(?:we|our (?:whole |entire )?(?:team|company|engineers|people|staff|crew|org)|the (?:whole )?team|everyone|everybody)\s+(?:(?:also|mostly|mainly|internally|all|heavily|currently|happily|just|still|only)\s+)*(?:use|uses|live|lives|work|works|chat|chats|plan|plans|meet|meets|talk|talks|communicate|communicates|write|writes|document|documents|track|tracks|coordinate|coordinates|hang|hangs|run|runs)\b/i;
/** The sentence asks the kit of the hire, or makes it the work ("administer Jira", "build our Slack bot", "Jira experience"). */
const KIT_ASKED = /\b(?:you|your|you(?:'|\u2019)(?:ll|re|d)|candidates?|applicants?|experience[ds]?|familiar\w*|proficien\w*|knowledge|comfortable|administ\w*|admins?|integrat\w*|migrat\w*|configur\w*|customi[sz]\w*|automat\w*|apis?|bots?|plugins?|apps?|extensions?|build\w*|develop\w*|support\w*|manag(?:e|es|ing)|roll(?:ing)? out|rollouts?|deploy\w*|workflows?|licen[cs]\w*|tenant)\b/i;
/** A clause that waves the tools just named away: "that's for our protection, not a requirement", "none of it is required". */
const WAIVED = /^\s*(?:(?:that(?:'|\u2019)s|that is|this is|these are|those are|it(?:'|\u2019)s|which is|which are)\b[^.!?\n]{0,50}?\bnot (?:a |an )?(?:requirements?|required|needed|expected|prerequisites?|something (?:we|you) (?:ask|expect|require|need))|none of (?:this|that|these|those|it|them) (?:is|are) (?:(?:a )?requirements?|required|needed|expected|a must))\b/i;
/** "Lab staff use Benchling and a LIMS; you won't be asked to touch either", "nobody will ask you about that", "…; you won't have to" (s55): the tools just named, waved away. */
const WAIVED_TO_YOU = /^\s*(?:(?:and|but|so)\s+)?(?:you\s*(?:won(?:'|\u2019)t|will not|will never|(?:'|\u2019)ll never|don(?:'|\u2019)t|do not|never)\s+(?:be asked to|need to|have to|get to)?\s*(?:touch|use|know|learn|need|administer|run|maintain|open)\s+(?:either(?: of them)?|them|it|any of (?:them|these|those|this|it)|those|these|this)|you\s*(?:won(?:'|\u2019)t|will not|don(?:'|\u2019)t|do not)\s+(?:have|need) to(?=\s*$)|nobody(?: here)? will (?:ask|quiz|test) you (?:about|on) (?:that|it|them|this|those|these)|neither (?:one )?is part of (?:this|the|your) (?:role|job)|(?:that|this|these|those|it) (?:is|are)n(?:'|\u2019)t part of (?:this|the|your) (?:role|job))\b/i;
/** "a plus, not a requirement": a wish, still asked. */
const WISH = /\b(?:plus|bonus|nice|preferred|helpful|welcome|advantage|ideal(?:ly)?)\b/i;
/** "sold 1.4 million copies on Steam, PlayStation 5 and Switch", "copies sold across Xbox and PC": the platforms a game sells on. */
const SOLD_ON = /\b(?:copies|units)\s+(?:(?:sold|shipped)\s+)?(?:(?:so far|to date|worldwide)\s+)?(?:on|across)\s+(?:(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}\s*(?:,|\band\b|\bor\b|&|\/)\s*(?:and\s+)?){0,5}$|\b(?:sold|sells|selling)\s+(?:(?:over|more than|almost|nearly|about|around)\s+)?[\d.,]+\s*(?:k|m|million|thousand)?\+?\s+(?:copies|units)\s+(?:on|across)\s+(?:(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,2}\s*(?:,|\band\b|\bor\b|&|\/)\s*(?:and\s+)?){0,5}$/i;

/** "whichever AI tools you like", "any IDE you want": what the company pays for, a perk. */
const PAYS_FOR = /\b(?:we(?:(?:'|\u2019)ll| will)?|the company(?: will)?|will)\s+(?:happily\s+|gladly\s+|also\s+)?(?:pay|pays|cover|covers|reimburse|reimburses|expense|buy|buys)\s+(?:for\s+)?(?:whichever|whatever|any|all(?: the)?|your)\s+(?:[\w-]+\s+){0,2}$/i;
/** "on cheap Android phones", "their older iPhones and Androids": the devices a product's users hold. */
const USER_DEVICE_BEFORE = /\b(?:cheap|cheaper|low-end|lower-end|entry-level|budget|older|old|aging|ageing|second-hand|secondhand|mid-range|(?:\w+-)?year-old|their (?:own )?|users(?:'|\u2019)|customers(?:'|\u2019)|kids(?:'|\u2019)|parents(?:'|\u2019))\s*$/i;
const USER_DEVICE_AFTER = /^\s+(?:phones?|smartphones?|handsets?|devices?|tablets?)\b/i;
/** The sentence asks the platform of the hire ("experience optimising for low-end Android devices"). */
const PLATFORM_ASKED = /\b(?:you|your|experience[ds]?|familiar\w*|proficien\w*|knowledge|develop\w*|engineer\w*|optimi[sz]\w*|profil\w*|debug\w*|port\w*|build\w*)\b/i;
/** A profile site weighed beside a CV ("Contributions on GitHub count as much as your CV"): application material. */
const BESIDE_CV = /\b(?:cv|c\.v\.|r[e\u00e9]sum[e\u00e9]|cover letter|application)\b/i;
const COUNTS_AS = /\b(?:counts?|matters?|weighs?|weighed|speaks?|tells? us)\b[^.;!?]{0,30}\b(?:as much as|more than|over|instead of|like|as well as)\b/i;

/** "12 million installs on iOS and Android", "2.3M downloads across iOS, Android": a count of the product's users, by platform. */
const INSTALLS_ON = /\b\d[\d.,]*\s*(?:k|m|bn|million|thousand|billion)?\+?\s+(?:monthly\s+|active\s+|daily\s+)?(?:downloads|installs|users|players)\s+(?:on|across|in)\s+(?:(?:the\s+)?[\w.]+\s*(?:[/,&]|\band\b|\bor\b)\s*){0,3}$/i;
/** "our mobile app (iOS and Android)", "the app (iOS, Android, web)": the platforms named in brackets after the product. */
const OUR_APP_BRACKET = /\b(?:our|the|its|their)\s+(?:[\w-]+\s+){0,2}?apps?\s*\(\s*(?:(?:iOS|iPadOS|Android|web|desktop|macOS|Windows)\s*(?:,|\/|&|\band\b|\bor\b)\s*)*$/i;

/**
 * s46a: the office kit a company uses for itself ("We use Jira for planning and Google Meet for calls", "Our team chats in
 * Slack, plans in Notion", "We internally use Google Workspace and 1Password"), unless the sentence asks it of the hire or
 * makes it the work; tools the company names and then waves away in the next clause ("…; that's for our protection, not a
 * requirement"); the platforms a game sells its copies on.
 */
function s46aClass(text: string, hit: SkillHit, sentence: [number, number], near: string, before: string, after: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  if (OFFICE_KIT.has(hit.skillId) && (WE_USE_KIT.test(before) || /\binternally\b/i.test(before))) {
    const sentenceText = text.slice(sentence[0], sentence[1]);
    if (!KIT_ASKED.test(sentenceText)) return 'perk';
  }
  if (text[sentence[1]] === ';' && !conceptForm(hit)) {
    const nextEnd = text.slice(sentence[1] + 1, sentence[1] + 200).search(/[.!?\n]/);
    const next = text.slice(sentence[1] + 1, nextEnd < 0 ? sentence[1] + 200 : sentence[1] + 1 + nextEnd);
    if (WAIVED.test(next) && !WISH.test(next) && /\b(?:we|our|us)\b/i.test(before) && !ABOUT_YOU.test(text.slice(sentence[0], sentence[1]))) return 'negated';
    if (WAIVED_TO_YOU.test(next) && !ABOUT_YOU.test(text.slice(sentence[0], sentence[1]))) return 'negated';
  }
  if (/copies|units/i.test(near) && !conceptForm(hit) && SOLD_ON.test(near) && !/^\s*(?:SDK|APIs?|engine|toolchain|dev ?kits?)\b/i.test(after)) return 'consumer';
  if (/pay|cover|reimburs|expense|buy/i.test(near) && PAYS_FOR.test(near) && /^\s*(?:you|(?:tools?|subscriptions?|licen[cs]es?|seats?|plans?)\b)/i.test(after)) return 'perk';
  if ((hit.skillId === 'android' || hit.skillId === 'ios') && USER_DEVICE_AFTER.test(after) && USER_DEVICE_BEFORE.test(near) && !PLATFORM_ASKED.test(text.slice(sentence[0], sentence[1]))) return 'consumer';
  if (PROFILE_SITES.has(hit.skillId) && BESIDE_CV.test(after) && COUNTS_AS.test(after)) return 'apply';
  if (PLATFORM_IDS.has(hit.skillId) && !ABOUT_YOU.test(text.slice(sentence[0], sentence[1]))) {
    // "2.3 million installs on iOS and Android", "our mobile app (iOS and Android) reads it": the platforms the product is on.
    if (/install|download|user|player/i.test(near) && INSTALLS_ON.test(near)) return 'own';
    if (near.includes('(') && OUR_APP_BRACKET.test(near)) return 'own';
  }
  return null;
}


// ---- session 48 (#13): the vendors a company runs its business on, tests in test/unit/context-s48.test.ts ----

/** Products a company runs its money, books, customers and messages through: payments, banking data, billing, ERP, CRM, support desks. */
const BUSINESS_VENDOR: ReadonlySet<string> = new Set(['stripe', 'plaid', 'adyen', 'dwolla', 'netsuite', 'quickbooks', 'xero', 'oracle-ebs', 'sap', 'salesforce', 'hubspot', 'zendesk', 'intercom', 'freshdesk', 'twilio', 'sendgrid', 'workday', 'payments', 'crm-integration', 'marketing-technology']);
/** What a business does with such a vendor: pay, bill, settle, close the books, reach banks and customers. */
const BUSINESS_ACT = /\b(?:pay|pays|paid|paying|payouts?|settle[sd]?|settling|settlements?|bill|bills|billed|invoices?|invoiced|invoicing|charge[sd]?|charging|collect(?:s|ed|ing)?|refunds?|payroll|books|ledger|purchase orders?|banks|bank accounts|subscriptions?|customers|members|donors|tenants|texts|sms|receipts|reconcil\w*|process(?:es|ed|ing)?|issued|money|moves|cards)\b/i;
/** The vendor named as the means, at the end of the clause before it: "… through Plaid and", "… in NetSuite, Sage Intacct or". */
const BUSINESS_MEANS = /\b(?:through|via|with|using|on|in|into|by|over)\s+(?:the\s+)?(?:[\w.&-]+(?:\s+[\w.&-]+)?\s*(?:,|\band\b|\bor\b|&|\/)\s*){0,3}$/i;
/** "our CRM is Braze", "our subscription billing runs on Recurly": the company's own system of record, named. */
const OUR_SYSTEM_BEFORE = /\bour\s+(?:[\w-]+\s+){0,2}$/i;
const OUR_SYSTEM_AFTER = /^\s+(?:is|are|runs on|run on|lives in|live in|sits in|is handled (?:by|in)|is done in|goes through)\s+(?:on\s+)?[A-Z]/;
/** "we use Datadog's billing API to bill customers": a vendor used to run the business. */
const USED_TO_RUN = /^(?:['\u2019]s)?(?:\s+[\w-]+){0,3}?\s+to\s+(?:pay|bill|charge|invoice|collect|settle|refund|run payroll|text|email|message)\s+(?:our\s+)?(?:customers|clients|users|members|creators|drivers|couriers|vendors|suppliers|tenants|donors|partners|payments|invoices)\b/i;
/** The sentence asks it of the hire or makes it the work ("you'll own our Stripe integration", "experience with NetSuite"). */
const VENDOR_ASKED = /\b(?:you|your|you(?:'|\u2019)(?:ll|re|d|ve)|candidates?|applicants?|experience[ds]?|familiar\w*|proficien\w*|knowledge|comfortable|integrat\w*|migrat\w*|build\w*|implement\w*|(?<!\b(?:its|their|his|her|my|our|your)\s)own|owning|maintain\w*|api|apis|sdk|webhooks?|connectors?)\b/i;

/**
 * s48: a vendor a company runs its business through, told of the company and not asked of the hire: "we pay creators monthly
 * through Stripe Connect", "members link 11,000 banks through Plaid and MX", "our finance team still closes the books in
 * Oracle E-Business Suite", "our CRM is Braze and our subscription billing runs on Recurly", "we use Twilio to text drivers".
 */
function s48Class(text: string, hit: SkillHit, sentence: [number, number], before: string, after: string, names: PostingNames): ContextClass | null {
  const sentenceText = text.slice(sentence[0], sentence[1]);
  // "we use Datadog's billing API to bill customers": any named product the company uses to run its business.
  if (/^[A-Z]/.test(hit.text) && /\buse[sd]?\s+(?:[\w-]+\s+)?$/i.test(before) && USED_TO_RUN.test(after) && /\b(?:we|our)\b/i.test(before) && !ABOUT_YOU.test(sentenceText)) return 'own';
  if (!BUSINESS_VENDOR.has(hit.skillId)) return null;
  if (VENDOR_ASKED.test(sentenceText)) return null;
  const ours = /\b(?:we|we(?:'|\u2019)(?:re|ve)|our|us)\b/i.test(sentenceText) || namesEmployer(sentenceText, names);
  if (!ours) return null;
  const clause = before.slice(Math.max(0, before.search(/[^,;:]*$/) - 80));
  if (BUSINESS_MEANS.test(before) && BUSINESS_ACT.test(clause)) return 'own';
  if (OUR_SYSTEM_BEFORE.test(before) && OUR_SYSTEM_AFTER.test(after)) return 'own';
  if (/^[A-Z]/.test(hit.text) && OUR_SYSTEM_BEFORE.test(before.replace(/\s*(?:is|are|runs on|run on|lives in|is handled by|goes through)\s+$/i, ' ')) && /\b(?:is|are|runs on|run on|lives in|is handled by|goes through)\s+$/i.test(before)) return 'own';
  return null;
}


// ---- session 49 (#13): business vendors named behind a partner word or a passive verb, tests in test/unit/context-s49.test.ts ----

/** More vendors a company runs its paperwork through: e-signature and document products. */
const BUSINESS_VENDOR_49: ReadonlySet<string> = new Set([...BUSINESS_VENDOR, 'dropbox', 'docusign', 'lithic', 'vonage', 'marqeta', 'bandwidth', 'postmark', 'messagebird', 'game-platform-services']);
/** What the business does: s48's acts, and payments, signatures, leases, contracts, KYC and the books. */
const BUSINESS_ACT_49 = /\b(?:purchases|emails?|notifications|confirmations|messages|payments?|payouts?|pay|paid|cards?|invoices?|invoicing|billing|bills?|settle\w*|payroll|accounting|books|ledger|leases?|contracts?|agreements?|signed|signatures?|e-?sign\w*|kyc|identity checks?|money|funds|transfers?|refunds?|subscriptions?|receipts|texts|sms|reminders)\b/i;
/** "… through our partner Dwolla", "… via our payment processor": the vendor named behind a partner word. */
const PARTNER_MEANS = /\b(?:through|via|with|by|using|over)\s+(?:our|their|its|a|the)\s+(?:[\w-]+\s+){0,2}?(?:partners?|providers?|processors?|vendors?|acquirers?|issuers?)\s+$/i;
/** "payments are handled by Adyen", "leases are signed through DocuSign": a passive verb and the vendor as its agent or means. */
const PASSIVE_MEANS = /\b(?:is|are|get|gets|go|goes|get|being)\s+(?:all\s+|still\s+|currently\s+|now\s+)?(?:handled|processed|signed|run|done|verified|issued|collected|settled|sent|managed|paid|routed|booked|reconciled|stored|tracked|kept)\s+(?:\w+\s+)?(?:by|through|via|in|with|on|over)\s+(?:the\s+)?(?:[\w.&-]+\s*(?:,|\band\b|\bor\b|&|\/)\s*){0,3}$|\b(?:go|goes|run|runs|flow|flows)\s+(?:out\s+)?(?:(?:by|as)\s+(?:an?\s+)?[\w-]+\s+)?(?:through|via|over)\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,2}\(\s*)?(?:[\w.&-]+(?:\s+[\w.&-]+)?\s*(?:,|\band\b|\bor\b|&|\/)\s*){0,3}$/i;
/** The clause's subject is the employer's customers acting: "Stores accept cards through Worldpay …", "clinics bill insurers via …" (any plural subject but the hire's own kind). */
const CUSTOMER_SUBJECT = /^[\s\u2022*-]*(?:(?:our|the|its|their|most|many|all|some)\s+)?(?:[\w-]+\s+)?(?!(?:engineers|developers|teams|candidates|applicants|hires|interns)\b)[a-z]{3,}s\s+(?:[\w-]+\s+){0,2}?(?:accept|take|pay|bill|invoice|collect|sign|sync|settle|send|receive|run|keep|book)s?\b/i;
const CUSTOMER_MEANS = /\b(?:through|via|with|using|on|in|into|over)\s+(?:the\s+)?(?:[\w.&-]+\s*(?:,|\band\b|\bor\b|&|\/)\s*){0,3}$/i;

/**
 * s49: a vendor the business runs through where s48 reads no "we" or "our" before it: "Payments go through our partner Dwolla",
 * "payments are handled by Adyen", "leases are signed through Dropbox Sign", "Stores accept cards through Worldpay and sync
 * accounting with QuickBooks". Kept when the sentence asks it of the hire (VENDOR_ASKED: "you", "experience", "integrate", "build").
 */
function s49Class(text: string, hit: SkillHit, sentence: [number, number], before: string): ContextClass | null {
  if (!BUSINESS_VENDOR_49.has(hit.skillId) || !/^[A-Z]/.test(hit.text)) return null;
  const sentenceText = text.slice(sentence[0], sentence[1]);
  if (VENDOR_ASKED.test(sentenceText)) return null;
  const clause = before.slice(before.search(/[^;:]*$/));
  if (!BUSINESS_ACT_49.test(clause)) return null;
  if (PARTNER_MEANS.test(before) || PASSIVE_MEANS.test(before)) return 'own';
  if (CUSTOMER_MEANS.test(before) && CUSTOMER_SUBJECT.test(text.slice(sentence[0], hit.start))) return 'own';
  return null;
}


// ---- session 50 (#13): what the employer's customers use, the object of its product, tools kept for itself; tests in test/unit/context-s50.test.ts ----

/** The employer's customers or their users, as a clause's subject: people and businesses a product serves, never the hire's own kind (engineers, teams). */
/** s53: a share of a group as the subject: "a surprising number of", "a good share of", "a handful of". */
const SHARE_OF = String.raw`an?\s+(?:[\w-]+\s+)?(?:number|share|lot|handful|majority|minority|portion|few|couple|third|half|quarter)\s+of`;
/** s53: one customer at a time as the subject: "each member", "every franchise", "each of our clinics" is CUSTOMER_NOUNS. */
const EACH_ONE = String.raw`(?:each|every)\s+(?:[\w-]+\s+)?(?:member|customer|client|store|shop|clinic|practice|franchise|franchisee|grower|farm|hospital|school|district|dealer|dealership|agency|court|county|tenant|owner|site|restaurant|branch)`;
const CUSTOMER_NOUNS = String.raw`(?:subscribers|customers|clients|users|members|riders|passengers|players|gamers|patients|shoppers|buyers|sellers|merchants|agencies|brands|advertisers|tenants|landlords|growers|farmers|warehouses|shops|stores|retailers|restaurants|clinics|hospitals|schools|districts|teachers|students|parents|couriers|dispatchers|forwarders|shippers|brokers|adjusters|policyholders|homeowners|donors|creators|consumers|fans|viewers|listeners|readers|guests|travell?ers|residents|citizens|insurers|lenders|families)`;
/** "Subscribers top up in …", "Clients' shops on Shopify … push orders", "Agencies plan campaigns in our UI and pull reports into …": the clause opens on them, acting (a verb that is no auxiliary: "players are matched by our Go service" is the employer acting). */
const CUSTOMERS_ACT = new RegExp(String.raw`^[\s\u2022*>-]*(?:(?:and|but|so|while|then)\s+)?(?:(?:most|many|all|some|these|those|every|each|our|the|its|their|about|around|over|nearly|almost|roughly|${SHARE_OF}|\d[\d,.]*\s*(?:k|m|million|thousand)?\+?)\s+(?:(?:of\s+)?(?:our|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?)?(?:${CUSTOMER_NOUNS}|${EACH_ONE})(?:['\u2019]s?)?(?:\s+(?!(?:will|would|should|must|are|is|were|was|be|been|get|gets|got|who|that|which|whose)\b)[\w-]+){0,3}?\s+(?!(?:will|would|should|must|are|is|were|was|be|been|get|gets|got|and|or|who|that|which|whose)\b)[a-z]+\b`, 'i');
/** A comma opening a new clause: ", and …", ", but …", or a lower-case subject and its verb (", rosters sync nightly over …"). */
const CLAUSE_BREAK = /,\s+(?:and|but|so|while|whereas)\s|,\s+(?:[a-z]+\s+){1,2}(?:sync|syncs|synced|run|runs|go|goes|flow|flows|land|lands|live|lives|sit|sits|fall|falls|is|are|get|gets|come|comes|arrive|arrives|move|moves)\b/g;
/** What a named stack is the stack of: "a React web back office", "our Django app", "the Flutter client". */
const PRODUCT_PART_AFTER = /^\s+(?:(?:web|mobile|desktop|native)\s+)?(?:[\w-]+\s+)?(?:apps?|applications?|back[- ]?office|front[- ]?end|frontend|back[- ]?end|backend|clients?|codebases?|monoliths?|site|website|portal|UI|SPA|island|services?)\b/i;
/** Signing in through an identity provider the product runs: "log in through Clever", "sign in with Okta". */
const SIGN_IN = /\b(?:log(?:s|ged|ging)?\s+in|sign(?:s|ed|ing)?\s+(?:in|on)|authenticat\w*|SSO)\b/i;
/** A product's noun and "for" right before the hit: "a backup and recovery service for Google Workspace and …", "a compliance tool for Salesforce". */
const PRODUCT_FOR_OBJECT = /\b(?:services?|products?|apps?|solutions?|suites?|add-ons?)\s+for\s+(?:(?:the|your|their)\s+)?(?:[\w.&-]+(?:\s+[\w.&-]+)?\s*(?:,|\band\b|\bor\b|&|\/)\s*){0,3}$/i;
/** The hit qualifies the noun after it ("LoRA training", "Salesforce data" is still the object; "to", "and", "tenants" end it). */
const QUALIFIES_NOUN = /^\s+(?!(?:to|and|or|for|in|on|at|with|from|by|across|tenants?|users?|customers?|accounts?|environments?|data|workspaces?|admins?)\b)[a-z]/;
/** The company telling what it sells or does: "we sell …", "Acme makes …", "our product is …". */
const COMPANY_SELLS = /\b(?:we|we(?:'|\u2019)re|our|us|sells?|makes?|builds?|offers?|provides?|runs?|is a|are a|is an|are an)\b/i;
/** AI assistants a company uses for itself ("We use Claude and ChatGPT internally"). */
const AI_KIT: ReadonlySet<string> = new Set(['anthropic-api', 'openai-api', 'chatgpt', 'github-copilot', 'ai-coding-tools', 'cursor', 'gemini']);
/** "… a way to hand out access that doesn't involve pasting keys in Slack": the office kit as where a habit to end happens. */
const HABIT_TO_END = /\b(?:doesn(?:'|\u2019)t|does not|don(?:'|\u2019)t|do not|never|no longer|without|instead of|rather than|stop|stops|stopping)\s+(?:[\w-]+\s+){0,4}(?:in|on|over|via|through|into)\s+$/i;

/**
 * s50: named products that stand for the employer's customers, its product's object or its own office, not an ask:
 *  - the customers acting ("Subscribers top up in our Android and iOS apps", "Clients' shops on Shopify and WooCommerce push
 *    orders to us", "Riders pay with Apple Pay", "Agencies … pull reports into Looker Studio"), unless the sentence asks it;
 *  - the thing the employer's product serves ("a backup and recovery service for Google Workspace and Microsoft 365");
 *  - AI assistants the company uses internally, and office kit named as where an old habit happens.
 */
function s50Class(text: string, hit: SkillHit, sentence: [number, number], before: string, after: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  const named = /^(?:[A-Z]|i[A-Z])/.test(hit.text);
  if (!named) return null;
  const sentenceText = text.slice(sentence[0], sentence[1]);
  if (ABOUT_YOU.test(sentenceText)) return null;
  let clause = before.slice(before.search(/[^;:]*$/));
  // (", and …", ", rosters sync nightly over …": a new clause, its own subject, after the customers' one.)
  let cut = -1;
  for (const m of clause.matchAll(CLAUSE_BREAK)) cut = m.index;
  if (cut >= 0) clause = clause.slice(cut + 1);
  // (A named stack before what it builds, "a React web back office", "our Django app", is the product's stack; the
  // platforms of an app are not. "Teachers log in through Clever": a sign-in the product runs, its stack.)
  const stackOfProduct = !PLATFORM_IDS.has(hit.skillId) && PRODUCT_PART_AFTER.test(after);
  // ("Agencies use us to schedule visits, verify them with GPS": what they use the product for is the product's work.)
  if (!stackOfProduct && !VENDOR_ASKED.test(sentenceText) && !SIGN_IN.test(clause) && !/\buse[sd]?\s+(?:us|it)\b/i.test(clause) && CUSTOMERS_ACT.test(clause)) return 'consumer';
  // (Not a field the product does, "LoRA training": the hit then qualifies a noun of its own.)
  if (!conceptForm(hit) && PRODUCT_FOR_OBJECT.test(before) && COMPANY_SELLS.test(before) && !QUALIFIES_NOUN.test(after)) return 'own';
  if (AI_KIT.has(hit.skillId) && /\binternally\b/i.test(sentenceText) && WE_USE_KIT.test(sentenceText) && !KIT_ASKED.test(sentenceText)) return 'perk';
  if (OFFICE_KIT.has(hit.skillId) && HABIT_TO_END.test(before)) return 'negated';
  return null;
}


// ---- session 51 (#13): the tools other trades work in, and people named by their trade; tests in test/unit/context-s51.test.ts ----

/** People of the trades a product serves or works beside, never the hire's own kind (engineers, developers, the team): s50's customers, and the staff of a customer's or an employer's other trades. */
const OTHER_TRADES = String.raw`(?:${CUSTOMER_NOUNS}|operators|managers|desks|planners|agronomists|chemists|superintendents|examiners|paralegals|lawyers|attorneys|litigants|filers|clerks|judges|editors|reporters|journalists|pharmacists|technicians|captains|crews|accountants|bookkeepers|auditors|underwriters|nurses|doctors|clinicians|physicians|vets|veterinarians|realtors|brokerages|foremen|inspectors|surveyors|schedulers|librarians|coaches|recruiters|salespeople|reps|marketers|the business|officials|fundraisers|curators|archivists|dispatchers|volunteers|owners|(?:finance|fundraising|sales|marketing|accounting|legal|payroll|procurement|clinical|front[- ]desk|customer[- ]success|membership|ticketing|box[- ]office)\s+(?:teams?|departments?|staff|office|officers|folks))`;
/** "the operators' chartering desks still live in Excel and …", "Site managers look at output in Power BI": a clause whose subject is one of them, then a verb (no auxiliary), then the tool. */
const OTHER_TRADES_ACT = new RegExp(String.raw`^[\s\u2022*>-]*(?:(?:and|but|so|while|then)\s+)?(?:(?:most|many|all|some|these|those|every|each|our|the|its|their|about|around|over|nearly|almost|roughly|${SHARE_OF})\s+)?(?:(?:our|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?${OTHER_TRADES}(?:['\u2019]s?)?(?:\s+(?!(?:will|would|should|must|are|is|were|was|be|been|get|gets|got|who|that|which|whose|such|like|including|as|via|with|from)\b)[\w-]+){0,3}?\s+(?!(?:will|would|should|must|are|is|were|was|be|been|get|gets|got|and|or|who|that|which|whose|such|like|including|as|via|with|from)\b)[a-z]+\b`, 'i');
/**
 * "… still live in Excel", "finance lives in NetSuite": a subject of another trade or another department ("you'll live in
 * Terraform" is an ask; "Team secrets live in Bitwarden", "Test cases live in TestRail" tell where the team keeps its own
 * things, its stack), then "live(s) in" and the tools.
 */
const LIVES_IN = new RegExp(String.raw`(?:^|[^\w'\u2019-])(?:${OTHER_TRADES}|finance|sales|marketing|accounting|legal|payroll|procurement|operations|ops|HR)(?:['\u2019]s?)?(?:\s+[a-z-]+){0,2}?\s+(?:still\s+|mostly\s+|basically\s+|all\s+|practically\s+|largely\s+|pretty much\s+)?lives?\s+in\s+(?:[\w.+-]+(?:\s+[\w.+-]+){0,2}\s*(?:,|\band\b|\bor\b|&)\s*){0,3}$`, 'i');
/** "for a data scientist to put a model in front of …": a person of a trade, the subject of what the platform lets them do (not "looking for a data scientist to join"). */
const FOR_A_PERSON_TO = /\bfor\s+(?:a|an|one|any|each|every|the|our)\s+(?:[\w-]+\s+)?$/i;
/** "built on", "runs on", "written in": a system's stack named right before the hit. */
const BUILT_ON = /\b(?:built|runs?|running|written|hosted|based|sits?)\s+(?:on|in|with|atop)\s+(?:top\s+of\s+)?(?:[\w.+#-]+(?:\s+[\w.+#-]+)?\s*(?:,|\band\b|\bor\b|&)\s*){0,3}$/i;
const HIRING_FOR = /\b(?:looking|hiring|searching|seeking|search|recruiting|opening|role|position|vacancy|need|want)\s+for\s+\S+\s+(?:[\w-]+\s+)?$/i;

/**
 * s51: a named tool that other trades work in, not the hire ("the operators' chartering desks still live in Excel and Veson
 * IMOS", "Site managers look at output in Power BI"), unless the sentence asks it of the hire (VENDOR_ASKED) or names the
 * product's own part ("a React web back office"); and a person named by their trade as the subject of what the platform lets
 * them do ("for a data scientist to put a new model in front of 5% of checkouts").
 */
function s51Class(hit: SkillHit, near: string, before: string, after: string, sentenceText: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  if (PEOPLE_FORM.test(hit.text) && FOR_A_PERSON_TO.test(near) && /^\s+to\s+[a-z]/.test(after) && !HIRING_FOR.test(near)) return 'team';
  if (!/^(?:[A-Z]|i[A-Z])/.test(hit.text) || VENDOR_ASKED.test(sentenceText)) return null;
  if (!PLATFORM_IDS.has(hit.skillId) && PRODUCT_PART_AFTER.test(after)) return null;
  // ("… fill prescriptions in a dispensing system built on IBM i": what a system is built on is the employer's stack.)
  if (BUILT_ON.test(near)) return null;
  let clause = before.slice(before.search(/[^;:]*$/));
  let cut = -1;
  for (const m of clause.matchAll(CLAUSE_BREAK)) cut = m.index;
  if (cut >= 0) clause = clause.slice(cut + 1);
  if (LIVES_IN.test(clause)) return 'consumer';
  if (!SIGN_IN.test(clause) && !/\buse[sd]?\s+(?:us|it)\b/i.test(clause) && OTHER_TRADES_ACT.test(clause)) return 'consumer';
  return null;
}

// ---- session 55 (#13, test/unit/context-s55.test.ts): the employer's side of the tools, from fresh-skills-s55a's tune half ----

/**
 * ", neither of which you will touch", ", none of which you'll need to learn", ", but you won't have to know them": the
 * tools just named in the sentence, waved away in its own last clause (s46's WAIVED_TO_YOU reads the clause after a
 * semicolon).
 */
const WAIVED_SAME = /^[^.;!?\n]*?,\s*(?:(?:neither|none)\s+of\s+(?:which|them|these|those|this|it)\s+(?:(?:is|are)\s+(?:yours|part\s+of\s+(?:the|this|your)\s+(?:role|job))|(?:you(?:'|\u2019)ll|you\s+will|you(?:'|\u2019)d|you\s+would|you\s+need\s+to|you\s+have\s+to|you)\s+(?:ever\s+|actually\s+|really\s+)?(?:(?:need|have|get|be\s+asked)\s+to\s+)?(?:touch|use|need|know|learn|run|maintain|administer|open|own|work\s+(?:in|on|with)))|(?:but|and|so)\s+you\s*(?:won(?:'|\u2019)t|will\s+not|don(?:'|\u2019)t|do\s+not|will\s+never|(?:'|\u2019)ll\s+never)\s+(?:(?:be\s+asked|need|have|get)\s+to\s+)?(?:touch|use|know|learn|administer|run|maintain|open|build)\b(?:\s+(?:either(?:\s+of\s+them)?|them|it|any\s+of\s+(?:them|these|those|it)|those|these|this))?\s*(?:[.!]|$))/i;
/**
 * "Club payments go through Stripe", "card payments are processed by Adyen", "members pay their dues via GoCardless": the
 * provider the employer's payments run through, told of the payments (or of who pays), not asked of the hire.
 */
const PAYMENTS_THROUGH = /(?:^|[.!?:]\s+|[,;]\s*|\b(?:and|while|but)\s+)(?:(?:all|our|the|their|its|most|club|card|online|member|customer|client|donor)\s+){0,2}(?:payments?|transactions?|donations?|gifts?|dues|subscriptions?|refunds?|payouts?|checkouts?|(?:customers|clients|members|donors|guests|riders|passengers|drivers|buyers|shoppers|patients|parents|subscribers|users)\s+(?:pay|give|donate|check\s+out|tip)(?:\s+(?:us|their\s+[\w-]+|for\s+[\w-]+))?)\s+(?:(?:go|goes|run|runs|flow|flows|are|is|get|gets)\s+)?(?:(?:processed|handled|taken|collected|settled|made|received|routed)\s+)?(?:through|via|by|with|over|using|on)\s+(?:(?:[\w.+-]+\s*(?:,|\bor\b|\band\b)\s*){0,3})$/i;
/** The sentence asks the provider of the hire, or makes it the work ("integrate", "migrate to", "experience with"). */
const PAYMENTS_ASKED = /\b(?:you|your|you(?:'|\u2019)(?:ll|re|d)|experience\w*|familiar\w*|knowledge|integrat\w*|migrat\w*|build\w*|implement\w*|design\w*|own(?:s|ing)?|rework|refactor\w*|move|moving|switch\w*)\b/i;
/**
 * "Power BI reports are made by the planning office", "a React front end maintained by another team": a tool whose work
 * another team, office or department does; the hire's own team ("by our platform team") is not other.
 */
const OTHERS_DO_IT = /^(?:\s+[\w-]+){0,4}?\s+(?:is\s+|are\s+)?(?:(?:made|built|maintained|owned|run|managed|handled|looked\s+after|written|kept|designed)\s+by)\s+(?:(?:another|a\s+separate|a\s+different|a\s+sister|the\s+other|other|separate)\s+(?:[\w-]+\s+)?(?:teams?|squads?|groups?|departments?|orgs?|offices?)|(?:the|our|their|its)\s+(?:[\w-]+\s+)?(?:analysts|planners|office|department|agency|vendor|contractors?|designers|marketers|accountants|finance\s+team|marketing\s+team|sales\s+team|bi\s+team))\b/i;

function s55Class(text: string, hit: SkillHit, sentence: [number, number], before: string, after: string, sentenceText: string): ContextClass | null {
  if (SOFT.has(hit.skillId) || conceptForm(hit)) return null;
  if (after.includes(',') && WAIVED_SAME.test(after) && !WISH.test(after) && !ABOUT_YOU.test(before)) return 'negated';
  if (PAYMENTS_THROUGH.test(before) && !PAYMENTS_ASKED.test(sentenceText)) return 'background';
  if (/\bby\b/i.test(after) && OTHERS_DO_IT.test(after) && !ABOUT_YOU.test(before)) return 'team';
  void text;
  void sentence;
  return null;
}


// ---- session 56 (#13, test/unit/context-s56.test.ts, vocab-s56.test.ts): from fresh-skills-s56a's tune half (and s55a/s55a2's) ----

/** The operating practices a team tells of itself ("We rotate who picks up", "we write down what went wrong afterwards"). */
const TEAM_PRACTICE_IDS = new Set(['on-call', 'postmortems']);
/** A sentence that sells to customers ("We help SRE teams run on-call without burnout"): the practice is then the product's market. */
const SELLS_PRACTICE = /\b(?:we\s+(?:build|make|sell|offer|ship)|build(?:s|ing)\s+(?:the|an?)|platforms?|solutions?|incident\s+management|status\s+pages?|AI[- ]native|SaaS|help(?:s|ing)?|let(?:s|ting)?|enabl\w*|empower\w*|customers?|clients?|users?|products?|startups|companies|businesses|platform\s+for|tools?\s+for|software\s+for|teams\s+(?:like|such)|(?:our|the)\s+(?:app|tool|service)\s+(?:makes|turns|automates))\b/i;
/** s56: on-call and postmortems told as the team's own habit are what the hire joins, not the company's pitch. */
function teamPractice(hit: SkillHit, sentenceText: string): boolean {
  return TEAM_PRACTICE_IDS.has(hit.skillId) && !SELLS_PRACTICE.test(sentenceText);
}

/** The words of a business system named by its kind: the employer's ERP, CRM, books, payroll, point of sale, shop, in English, Portuguese, Spanish, French and German. */
const SYSTEM_KIND = String.raw`(?:ERP|CRM|HRIS|CAD|PLM|MES|POS|point[- ]of[- ]sale|accounting|bookkeeping|books|ledger|finance\s+system|payroll|intranet|storefront|e-?commerce|contabilidade|folha(?:\s+de\s+pagamento)?|loja|contabilidad|n[o\u00f3]mina|tienda|comptabilit[e\u00e9]|paie|boutique|Buchhaltung|Lohnabrechnung|Warenwirtschaft)`;
/** "Our ERP is SAP", "our accounting is in Microsoft Dynamics GP", "Nosso ERP \u00e9 o TOTVS", "the plant's CRM runs on Salesforce": the employer's system told by its kind, then the product. */
const OUR_SYSTEM_IS = new RegExp(String.raw`\b(?:our|nosso|nossa|notre|nuestro|nuestra|unser\w*|the\s+(?:company|plant|mill|yard|shipyard|group|club|hospital|school|museum|firm|co-?op)(?:['\u2019]s)?)\s+(?:[\w-]+\s+)?${SYSTEM_KIND}(?:\s+(?:system|platform|software|tool|package|team))?\s+(?:is|are|\u00e9|es|est|ist|runs?\s+on|lives?\s+in|sits?\s+in|is\s+(?:in|on|kept\s+in|done\s+in)|fica\s+(?:no|na|em)|roda\s+(?:no|na|em)|tourne\s+sur|l\u00e4uft\s+(?:auf|mit|in|\u00fcber))\s+(?:o\s+|a\s+|el\s+|la\s+|le\s+|the\s+)?(?:[\w.+/-]+(?:\s+[\w.+/-]+)?\s*(?:,|\band\b|\bor\b|&|\be\b|\by\b|\bet\b|\bund\b)\s*){0,2}$`, 'i');
/** The skills a system's kind word reads as (ERP, accounting, CAD, e-commerce, CRM). */
const KIND_IDS = new Set(['erp', 'accounting', 'cad', 'ecommerce', 'crm-integration']);
/** The kind word itself as that subject: "an ERP called Epicor", "our accounting is in Microsoft Dynamics GP", "Nosso ERP \u00e9 o TOTVS". */
const KIND_IS_NAMED = /^\s+(?:system\s+|platform\s+|software\s+|package\s+)?(?:is|are|\u00e9|es|est|ist|runs?\s+on|lives?\s+in|is\s+(?:in|on|kept\s+in)|fica\s+(?:no|na|em)|called|named|chamad[oa]|llamad[oa]|appel[e\u00e9]e?|namens)\s+(?:o\s+|a\s+|el\s+|la\s+|le\s+|the\s+)?[A-Z]/;
const KIND_SUBJECT_BEFORE = /(?:^|\b(?:our|an?|nosso|nossa|um|uma|notre|un|une|nuestro|nuestra|unser\w*|ein\w*|its|their|the\s+(?:company|plant|mill|yard|shipyard|group|club)(?:['\u2019]s)?))\s+(?:[\w-]+\s+)?$/i;
/** "an ERP called Epicor", "a vendor system called MillTrac", "um sistema chamado X": a product introduced by its name, so the reader knows it not: the employer's. */
const CALLED_BEFORE = /\b(?:an?|um|uma|un|una|une|ein|eine|einem|einer)\s+(?:[\w-]+\s+){0,3}?(?:called|named|chamad[oa]|llamad[oa]|appel[e\u00e9]e?|namens)\s+$/i;
/** "The shipyard uses SAP for procurement", "runs on Sage for payroll", "usa o SAP para suprimentos": a product the employer uses for a back-office function. */
const USES_FOR_BEFORE = /\b(?:uses?|using|usa|utiliza|nutzt|utilise|runs?\s+on|roda\s+(?:no|na|em)|works?\s+in|does\s+\w+\s+in)\s+(?:o\s+|a\s+|el\s+|la\s+|le\s+|the\s+)?$/i;
const USES_FOR_AFTER = /^\s+(?:for|para|pour|f[u\u00fc]r)\s+(?:(?:its|their|our|the|a|as|o|os|la|las|el|los|le|les|die|den)\s+)?(?:finance|procurement|purchasing|suprimentos|compras|contabilidade|payroll|folha|HR|RH|accounting|invoic\w*|faturamento|billing|inventory|estoque|sales|vendas|finanzas|contabilidad|comptabilit[e\u00e9]|Buchhaltung|Einkauf|Lohn\w*|Personal\w*|bookkeeping|expenses|timesheets|rostering|achats|paie)\b/i;
/** "the PLC that actually stops a lift is not yours", "Jenkins is not your concern": a tool the sentence says is not the hire's. */
const NOT_YOURS_AFTER = /^[\s,]*(?:[\w,'\u2019-]+\s+){0,8}?(?:is|are|will\s+be)\s*(?:n['\u2019]t|\s+not|\s+never)\s+(?:yours|your\s+(?:job|concern|problem|responsibility|area|remit)|part\s+of\s+(?:this|the|your)\s+(?:role|job|remit|scope))\b/i;
/** Where the tool's own clause ends: ", and", ", but", ", while", a semicolon. */
const CLAUSE_END = /,\s+(?:and|but|while|so|whereas)\b|;/i;
/** ", which you will never see", ", which you won't ever need to open": the tools just named, waved away in a which-clause. */
const NEVER_SEE_AFTER = /^[^.;!?\n]*?,\s*which\s+(?:you(?:['\u2019]ll|\s+will)\s+never|you\s+(?:won['\u2019]t|will\s+not)(?:\s+ever)?)\s+(?:need\s+to\s+|have\s+to\s+|get\s+to\s+)?(?:see|touch|use|open|know|learn|administer|run|maintain|log\s+into)\b/i;
/** ", which are run by their own teams": the tools just named, each looked after by its own people. */
const OWN_TEAMS_AFTER = /^[^.;!?\n]*?,\s*which\s+(?:is|are)\s+(?:run|owned|managed|maintained|looked\s+after|handled|supported)\s+by\s+(?:their|its)\s+own\s+(?:teams?|people|staff|vendors?|departments?|owners)\b/i;
/** "built by our mobile engineer", "set up by an agency", "written in Swift by a contractor": one other person or an outside firm did it. */
const OTHER_PERSON_AFTER = /^[\s,]*(?:[\w-]+[\s,]+){0,4}?(?:(?:is|are|was|were)\s+)?(?:made|built|maintained|owned|run|managed|written|designed|set\s+up|looked\s+after|developed)\s+(?:(?:in|with)\s+[\w.+#-]+\s+)?by\s+(?:the|our|an?|one)\s+(?:[\w-]+\s+)?(?:engineer|developer|designer|contractor|freelancer|agency|consultant|consultancy|studio|vendor|outside\s+firm)\b(?!s)/i;
const BY_OUTSIDER_AFTER = /^\s+by\s+(?:an?|our|the|one)\s+(?:[\w-]+\s+)?(?:contractor|agency|freelancer|consultancy|studio|vendor|outside\s+firm)\b/i;
/** A line that opens on the hire's task ("- Rebuild the admin tool ..."). */
const HIRE_TASK_LEAD = /^[\s\u2022*>-]*(?:rebuild|rewrite|replace|migrate|port|take\s+over|maintain|own|refactor|moderni[sz]e|extend|improve|integrate)\b/i;
const BUILT_IN_BEFORE = /\b(?:built|written|made|designed|developed)\s+(?:in|with|on)\s+$/i;
/** "dashboards that the city's own analysts build", "reports that the finance team maintains": a tool whose work other people do. */
const OTHERS_BUILD_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:analysts|planners|designers|marketers|accountants|agency|vendor|contractors?|(?:finance|sales|marketing|bi|data|accounting|ops|operations)\s+(?:team|people|folks|department))\s+(?:build|make|maintain|own|run|write|design|manage|look\s+after)s?\b/i;
/** The sentence's last clause that waves the tools away (", none of which you administer"): no ask of the hire. */
const WAIVED_TAIL = /,\s*(?:neither|none)\s+of\s+(?:which|them|these|those)\b[^.;!?]*$/i;
/** "payments run through Stripe and Worldpay", "All payments go via Mollie": the payments word told as the subject of the provider they go through. */
const PAYMENTS_RUN_AFTER = /^\s+(?:(?:go|goes|run|runs|flow|flows|are|is|get|gets)\s+)?(?:(?:processed|handled|taken|collected|settled|made|routed)\s+)?(?:through|via|by|with|over|using)\s+(?:[A-Z]|the\s+co-?op|our\s+bank|ACH\b|direct\s+debit)/;

/** "after the Python version kept leaking memory", "the old Java port was retired": an earlier build of the product, told in the past, named by its language. */
const OLD_VERSION_AFTER = /^\s+(?:version|port|prototype|implementation|rewrite|build|codebase)\b/i;
const OLD_VERSION_BEFORE = /\b(?:the|an?|our|its|their)\s+(?:old(?:er)?\s+|original\s+|previous\s+|legacy\s+|first\s+|earlier\s+)?$/i;
const OLD_VERSION_TOLD = /\b(?:kept|was|were|had|used\s+to|got|became|ran|after|than|replac\w*|instead\s+of|rewrote|rewritten|retired|moved\s+(?:off|away))\b/i;
/**
 * s56: the employer's business systems and tools waved away, from the tune halves of fresh-skills-s56a and s55a/s55a2:
 *  - a system told by its kind ("Our ERP is SAP", "an ERP called Epicor", "the shipyard uses SAP for procurement"): the kind and the product are the employer's;
 *  - a tool said not to be the hire's ("is not yours"), waved away in a which-clause (", which you will never see"), or run by its own teams;
 *  - a tool another person or outside firm built ("built by our mobile engineer"), or whose work other people do ("dashboards that the city's own analysts build");
 *  - the payments word as the subject of the provider ("payments run through Stripe");
 *  - a language naming an earlier build of the product, told in the past ("after the Python version kept leaking memory").
 * Each unless the sentence asks it of the hire (ABOUT_YOU before it, a wish after it).
 */
function s56Class(hit: SkillHit, before: string, after: string, sentenceText: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  const named = /^(?:[A-Z]|i[A-Z])/.test(hit.text) && !conceptForm(hit);
  if (ABOUT_YOU.test(before)) return null;
  if (named && OUR_SYSTEM_IS.test(before)) return 'background';
  if (KIND_IDS.has(hit.skillId) && KIND_IS_NAMED.test(after) && KIND_SUBJECT_BEFORE.test(before)) return 'background';
  if (named && CALLED_BEFORE.test(before) && !WISH.test(after)) return 'background';
  if (named && USES_FOR_BEFORE.test(before) && USES_FOR_AFTER.test(after) && !VENDOR_ASKED.test(sentenceText)) return 'background';
  if (hit.skillId === 'payments' && PAYMENTS_RUN_AFTER.test(after) && !PAYMENTS_ASKED.test(sentenceText.replace(WAIVED_TAIL, ''))) return 'background';
  if (!named) return null;
  // (The tool's own clause only: "X is yours, and Y is not your concern" waves Y away, not X.)
  if (NOT_YOURS_AFTER.test(after.split(CLAUSE_END)[0]!)) return 'negated';
  if (after.includes(',') && (NEVER_SEE_AFTER.test(after) || OWN_TEAMS_AFTER.test(after))) return after.includes('own') && OWN_TEAMS_AFTER.test(after) ? 'team' : 'negated';
  // ("Rebuild the admin tool, written in Flutter by an agency, with your team": the hire's task, whoever built it first.)
  const hiresTask = ABOUT_YOU.test(sentenceText) || HIRE_TASK_LEAD.test(sentenceText);
  if (!hiresTask && (OTHER_PERSON_AFTER.test(after) || (BUILT_IN_BEFORE.test(before) && BY_OUTSIDER_AFTER.test(after)))) return 'team';
  if (!hiresTask && OTHERS_BUILD_AFTER.test(after)) return 'team';
  if (OLD_VERSION_AFTER.test(after) && OLD_VERSION_BEFORE.test(before) && OLD_VERSION_TOLD.test(sentenceText)) return 'background';
  return null;
}



// ---- session 57 (#13, test/unit/context-s57.test.ts): from fresh-skills-s57a's tune half ----

/**
 * A back-office department, office or person of the employer, or the papers it deals with, in English, German, Spanish,
 * Italian, Polish and Dutch: "our accountants", "die Verwaltung", "gli agenti commerciali", "the harbour offices", "Faktury".
 */
const BACK_OFFICE = String.raw`(?:accountants?|bookkeepers?|finance(?:\s+(?:team|people|office|department|folks))?|accounts\s+team|payroll(?:\s+team)?|HR(?:\s+team)?|admin(?:istration)?\s+(?:team|office)|back[- ]office|sales\s+(?:team|reps?|people|staff)|(?:harbou?r|head|box|front|ticket|booking|site|branch|port)\s+offices?|Verwaltung|Buchhaltung|Personalabteilung|Finanzabteilung|Lohnbuchhaltung|Vertrieb|contabilidad|administraci[o\u00f3]n|amministrazione|contabilit[a\u00e0]|agenti(?:\s+commerciali)?|commerciali|ksi[e\u0119]gowo[s\u015b][c\u0107]|boekhouding|administratie|(?:(?:wholesale\s+|customer\s+|supplier\s+)?invoices|Rechnungen|facturas|fatture|faktury|facturen|payslips|n[o\u00f3]minas)\s+(?:(?:go|goes|get|gets|are|is|werden|wird|se|vengono|sono)(?:\s+(?:out|sent|issued|raised|paid|settled|handled|emiten|env[i\u00ed]an|\w+t|\w+ate))?|rozliczamy|wystawiamy|wysy\u0142amy))`;
/**
 * "our accountants close the month in Xero", "die Verwaltung arbeitet mit SAP und die Buchhaltung mit DATEV", "gli agenti
 * commerciali lavorano su Salesforce", "Faktury rozliczamy w Comarch", "invoices go out through our Stripe account", "the
 * reparto amministrazione usa TeamSystem": the department (or its papers) as the subject, the tool it works in right after.
 */
const BACK_OFFICE_WORKS_IN = new RegExp(String.raw`\b${BACK_OFFICE}\s+(?:[\w\u00c0-\u017f'\u2019-]+\s+){0,4}?(?:in|on|into|with|through|via|using|uses?|mit|auf|in|\u00fcber|nutzt|su|con|usa|utiliza|usa|en|w|we|u\u017cywa|op|met|gebruikt)\s+(?:(?:the|our|its|die|der|den|unsere[mrn]?|il|lo|la|el|los|nostro|nuestro|nasz\w*|onze|het|de)\s+)?(?:[\w.+-]+\s*(?:,|\band\b|\bor\b|&|\bund\b|\be\b|\by\b|\bi\b|\ben\b)\s*){0,2}(?:[A-Z][\w.+-]*\s+)?$`, 'i');
/** "the harbour offices take card payments on ...": the payments the employer's offices take. */
const BACK_OFFICE_TAKES = new RegExp(String.raw`\b${BACK_OFFICE}\s+(?:take|takes|accept|accepts|process|processes|handle|handles|nehmen|annehmen|aceptan|cobran|accettano|przyjmuj\u0105)\s+$`, 'i');
/** The department's people themselves as the subject of their back-office work: "our accountants close the month", "the bookkeepers reconcile". */
const PEOPLE_AT_WORK_AFTER = /^\s+(?:(?:also|still|then)\s+)?(?:close|closes|reconcile|reconciles|work|works|keep|keeps|do|does|book|books|run|runs|use|uses|live|lives|file|files|handle|handles)\b/i;
/** "The cafes we supply run their own shops on Square, Toast or Shopify POS", "the hospitals' own lab systems": tools or systems that are the customers' or partners' own. */
const THEIR_OWN_BEFORE = /\b(?:their|(?:[\w-]+s['\u2019])|(?:[\w-]+['\u2019]s))\s+own\s+(?:[\w-]+\s+){0,3}?(?:(?:on|in|with|from|through|via|using)\s+)?(?:[\w.+-]+\s*(?:,|\bor\b|\band\b|\/)\s*){0,3}$/i;
/** A line that opens on the hire's task ("- Support customers who ...", "Help partners move ..."). */
const HIRE_TASK_OPENS = /^[\s\u2022*>-]*(?:support|help|build|connect|integrate|migrate|deploy|maintain|own|write|design|set\s+up|onboard|guide|train|serve)\b/i;
/**
 * The clause that names a tool, then a waiver in German, Spanish, Italian, Dutch or Polish that points back at it: "im SCADA des
 * Herstellers; daran arbeiten wir nicht", "..., die betreuen wir nicht", "...; no tendras que administrarlos", "...: non rientrano
 * nel ruolo", "...; die beheren wij niet", "...; ich nie rozwijamy".
 */
const WAIVED_BACK_AFTER = /^[^.;:!?\n]{0,80}?[;,:]\s*(?:(?:daran|damit|darum|diese|dieses|die|das|beides|beide|eso|esto|ello|lo|los|las|questo|questi|quello|quelli|dat|die|deze|ich|nimi|tym|tego)\s+)?(?:(?:betreuen|beheren|administrieren|warten|pflegen|entwickeln|arbeiten|k\u00fcmmern|ontwikkelen|onderhouden)\s+(?:wir|du|Sie|wij)\s+(?:uns\s+)?(?:\w+\s+)?nicht\b|(?:betreuen|beheren|ontwikkelen|onderhouden)\s+wij\s+niet\b|(?:wird|werden)\s+nicht\s+von\s+(?:uns|dir|Ihnen)\b|no\s+(?:[\w\u00c0-\u017f]+\s+){0,2}?(?:administrar|administrar\w+|programar\w*|tocar\w*|gestionar\w*|mantener\w*|desarrollar\w*)|non\s+(?:rientra|rientrano|dovrai|\u00e8\s+parte|fa\s+parte)|nie\s+(?:rozwijamy|administrujemy|zajmujemy|utrzymujemy|obs\u0142ugujemy))/i;
/** The apps and platforms a consumer app runs on. */
const APP_PLATFORM_IDS = new Set(['ios', 'android']);
/** "manage their passes in the Wildwood app on iOS and Android": the employer's or a named app, on the platforms its users have. */
const THE_APP_ON_BEFORE = /\b(?:the|our)\s+(?:[A-Z][\w&'\u2019-]*\s+){1,2}(?:mobile\s+)?app\s+(?:on|for)\s+(?:[\w.+-]+\s*(?:,|\band\b|\bor\b|&)\s*){0,2}$/;
/** The sentence asks it of the hire after all: "... that you will integrate", "... your job is to connect". */
const HIRE_ASKED_AFTER = /\byou(?:['\u2019]ll|\s+will|\s+would)?\s+(?:build|integrate|connect|own|maintain|migrate|work\s+(?:on|with)|implement|design|replace|automate)\b|\byour\s+(?:job|task|role|work)\b|\bintegrat\w*\b/i;
/**
 * s57: the employer's back office and the customers' own tools, from the tune half of fresh-skills-s57a:
 *  - a tool a department of the employer works in, told as the department's doing ("our accountants close the month in Xero",
 *    "die Buchhaltung laeuft auf Sage 100", "gli agenti commerciali lavorano su Salesforce", "invoices go out through our Stripe account");
 *  - the department's people as that subject ("our accountants close the month"), and the payments its offices take;
 *  - a tool or system that the customers or partners run as their own ("run their own shops on ... Shopify POS", "the hospitals' own lab systems").
 * Each unless the hire is spoken to before it, or the sentence asks the hire to build or integrate it after.
 */
function s57Class(text: string, hit: SkillHit, before: string, after: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  if (ABOUT_YOU.test(before) || HIRE_ASKED_AFTER.test(after)) return null;
  // ("- Support customers who run it in their own data centers": the line opens on the hire's task.)
  if (HIRE_TASK_OPENS.test(before)) return null;
  if (BACK_OFFICE_WORKS_IN.test(before)) return 'background';
  if (hit.skillId === 'payments' && BACK_OFFICE_TAKES.test(before)) return 'background';
  if (/^(?:accountants?|bookkeepers?|payroll|finance)$/i.test(hit.text) && /\b(?:our|the|their|its)\s+$/i.test(before) && PEOPLE_AT_WORK_AFTER.test(after)) return 'team';
  if (THEIR_OWN_BEFORE.test(before)) return 'background';
  // (The tool's own clause, then the waiver that points back at it: "... im SCADA des Herstellers; daran arbeiten wir nicht".)
  // (Read past the sentence's end, within the line: the waiver often stands after a semicolon.)
  const lineEnd = text.indexOf('\n', hit.end);
  if (WAIVED_BACK_AFTER.test(text.slice(hit.end, lineEnd < 0 ? hit.end + 160 : Math.min(lineEnd, hit.end + 160)))) return 'negated';
  if (APP_PLATFORM_IDS.has(hit.skillId) && THE_APP_ON_BEFORE.test(before)) return 'consumer';
  return null;
}


// ---- session 58 (#13, test/unit/context-s58.test.ts): from fresh-skills-s58a's tune half ----

/**
 * The clause that names a tool, then a waiver that points back at it, after a semicolon, a comma, a colon or a dash: German
 * in the du form ("... Karten in QGIS \u2013 das betreust du nicht", "... in SAP \u2013 das geh\u00f6rt nicht zu deinen Aufgaben"),
 * Polish ("...; ich ERP nie jest Twoim zmartwieniem"), English ("...; you'll read the export, not run those").
 */
const WAIVED_BACK_58 = /^[^.;:!?\n]{0,100}?(?:[;,:]|\s[\u2013\u2014-])\s*(?:(?:das|dies|beides|their|those)\s+)?(?:(?:betreust|pflegst|entwickelst|wartest|administrierst|verantwortest)\s+du\s+(?:\w+\s+)?nicht\b|(?:geh\u00f6rt|geh\u00f6ren)\s+nicht\s+zu\s+(?:deinen|Ihren)\s+Aufgaben\b|(?:ist|sind)\s+nicht\s+(?:dein|Ihr)e?\s+(?:Thema|Aufgabe|Job)\b|nie\s+(?:jest|s\u0105)\s+twoim\s+(?:zmartwieniem|zadaniem|obowi\u0105zkiem)|nie\s+nale\u017c\w*\s+do\s+twoich\s+(?:obowi\u0105zk\u00f3w|zada\u0144)|you(?:['\u2019]ll|\s+will)?\s+[^.;!?]{0,40}?\bnot\s+(?:run|own|maintain|support|administer|manage|touch)\s+(?:those|these|them|it|that)\b)/i;
/** "...; ich ERP nie jest Twoim zmartwieniem", "...; their ERP is not your concern": the same tool named again after a pronoun, then waved away. */
const WAIVED_SAME_58 = /^[^.;:!?\n]{0,100}?[;,:]\s*(?:ich|ihr|ihre|their|its|das|die|der)\s+([\w.+-]+)\s+(?:nie\s+(?:jest|s\u0105)\s+twoim|(?:ist|sind)\s+nicht\s+(?:dein|Ihr)|is\s+not\s+your|isn['\u2019]t\s+your)/i;
/** The tool, then its own waiver: "ich ERP nie jest Twoim zmartwieniem", "SAP ist nicht dein Thema", "Excel \u00e4r inte ditt ansvar". */
const NOT_YOURS_58_AFTER = /^\s*(?:(?:system|systems|systemy)\s+)?(?:nie\s+(?:jest|s\u0105)\s+twoim\s+(?:zmartwieniem|zadaniem|obowi\u0105zkiem)|nie\s+nale\u017c\w*\s+do\s+twoich|(?:ist|sind)\s+nicht\s+(?:dein|Ihr)e?\s+(?:Thema|Aufgabe|Job)|\u00e4r\s+inte\s+(?:ditt|ert)\s+(?:ansvar|bord|jobb))/i;
/**
 * Staff of the employer named by their trade, as the subject of their own work in a tool: "Die Disponenten planen die
 * Schichten in Excel", "Curators catalogue in ...", "our adjusters work in ...", "die Schadenregulierer arbeiten mit ...".
 */
const STAFF_WORKS_IN = /(?<!\b(?:with|alongside|for|to|help|helping|support|supporting)\s+(?:the\s+|our\s+|their\s+)?)\b(?:dispatchers|Disponent(?:en|innen)|curators|Kurator(?:en|innen)|adjusters|claims\s+handlers|Schadenregulierer(?:innen)?|actuaries|Aktuar(?:e|innen)|underwriters|planners|Planer(?:innen)?)\s+(?:[\w\u00c0-\u017f'\u2019-]+\s+){0,4}?(?:in|on|with|using|uses?|mit|auf|\u00fcber|nutzen|verwenden)\s+(?:(?:the|our|their|die|der|den|unsere[mrn]?|ihre[mn]?)\s+)?(?:[\w.+-]+\s*(?:,|\band\b|\bor\b|\bund\b|\boder\b)\s*){0,2}(?:[A-Z][\w.+-]*\s+)?$/i;
/** "nothing of ours runs in a public cloud yet", "none of it lives on ...": the place said to hold nothing of the employer's. */
const NOTHING_RUNS_BEFORE = /\b(?:nothing|none)\s+(?:of\s+(?:ours|it|this|that|our\s+\w+)\s+)?(?:(?:yet|currently|today)\s+)?(?:runs?|lives?|is|sits?|goes|went)\s+(?:(?:yet|today)\s+)?(?:in|on|to|into)\s+(?:(?:a|an|the|any)\s+)?$/i;
/** "Wir nutzen keine Cloud", "wir betreiben derzeit keine Container": German, the tool said not to be used. */
const NONE_USED_BEFORE = /\b(?:nutzen|verwenden|haben|betreiben|setzen)\s+(?:wir\s+)?(?:(?:derzeit|aktuell|noch|bisher|bewusst)\s+)?kein(?:e|en)?\s+$/i;
/** "the datacenters we lease rack space from in Leeds", "data centres in Frankfurt and Paris": data centres told as where things are. */
const DATA_CENTRE_PLACE_AFTER = /^\s+(?:(?:we|they|that\s+we)\s+(?:lease|rent|use|share|have)\b[^.;!?]{0,50}?\s)?(?:in|at|near|em|en|na|no|w|we|ve|v|i|a)\s+(?!Azure\b|Google\b|Amazon\b|Oracle\b|Alibaba\b)[A-Z][a-z\u00e0-\u017f]/;
/** The sentence works on the data centres: moving out of them, consolidating or closing them. */
const DATA_CENTRE_WORK = /\b(?:migrat\w*|exit\w*|consolidat\w*|clos(?:e|es|ing)|decommission\w*|mov(?:e|es|ing)\s+(?:out|off|away)|build(?:s|ing)?\s+(?:out|new)|run(?:s|ning)?|operat\w*)\b/i;
/** The clause that says nothing of the employer's is somewhere ("nothing of ours runs in a public cloud yet"): no work on a place. */
const NOTHING_CLAUSE = /\b(?:nothing|none)\b[^,;]*/gi;
/**
 * s58: waivers and staff tools, from the tune half of fresh-skills-s58a:
 *  - a tool waved away by a clause after it, in German du form, Polish or English (after a dash too), or by its own "is not your worry";
 *  - a tool the employer's staff, named by their trade, do their own work in ("Die Disponenten planen die Schichten in Excel");
 *  - a cloud or tool said to hold nothing of the employer's ("nothing of ours runs in a public cloud yet", "Wir nutzen keine Cloud");
 *  - data centres told as where something is ("the datacenters we lease rack space from in Leeds", "num datacenter em Carnaxide"), unless the sentence works on them or speaks to the hire.
 * Each unless the hire is spoken to before it, or the sentence asks the hire to build or integrate it after.
 */
function s58Class(text: string, hit: SkillHit, before: string, after: string, sentenceText: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  if (NOTHING_RUNS_BEFORE.test(before) || NONE_USED_BEFORE.test(before)) return 'negated';
  if (ABOUT_YOU.test(before) || HIRE_ASKED_AFTER.test(after) || HIRE_TASK_OPENS.test(before)) return null;
  if (NOT_YOURS_58_AFTER.test(after)) return 'negated';
  const lineEnd = text.indexOf('\n', hit.end);
  const rest = text.slice(hit.end, lineEnd < 0 ? hit.end + 200 : Math.min(lineEnd, hit.end + 200));
  if (WAIVED_BACK_58.test(rest)) return 'negated';
  const same = WAIVED_SAME_58.exec(rest);
  if (same && same[1]!.toLowerCase() === hit.text.toLowerCase()) return 'negated';
  // (A tool by its name; staff the hire works with are no subject: "pair with the planners on profiling".)
  if (/^[A-Z]/.test(hit.text) && STAFF_WORKS_IN.test(before)) return 'background';
  if (hit.skillId === 'on-premises' && /^data\s?cent(?:er|re)s?$/i.test(hit.text) && DATA_CENTRE_PLACE_AFTER.test(after) && !ABOUT_YOU.test(sentenceText) && !DATA_CENTRE_WORK.test(sentenceText.replace(NOTHING_CLAUSE, ''))) return 'place';
  return null;
}

/**
 * s59: the waiver after a tool in Czech, Slovak, Croatian and Polish, and more English ones, from the tune half of
 * fresh-skills-s59a: "...; to od vás nechceme", "..., ten spravuje dodavatel", "...; jeho správa je úlohou dodávateľa",
 * "..., to održava dobavljač", "...; to nije tvoj posao", "– to nie Twoja działka", "...; that stays theirs",
 * "...; neither is part of this job".
 */
const WAIVED_BACK_59 = new RegExp(
  String.raw`^[^.;:!?\n]{0,120}?(?:[;,:]|\s[\u2013\u2014-])\s*(?:` +
    [
      // Czech and Slovak: "to od vás nechceme", "tú nespravujeme", "to nemusíte umět", "na to nesaháte"
      String.raw`(?:to|ty|ten|tu|tú|ta|ho|ju|ich|je)\s+(?:od\s+(?:vás|teba|tebe)\s+|po\s+(?:vás|tob\u011b)\s+)?ne(?:chceme|\u010dekáme|o\u010dakávame|spravujeme|spravuje\u0161|spravujete|musíte|musí\u0161|rie\u0161i\u0161|\u0159e\u0161íte|\u0159e\u0161í\u0161)\b`,
      String.raw`na\s+(?:to|n\u011b|ty|ten|tu)\s+se\s+(?:ne)?zam\u011b\u0159uj\p{L}*`,
      String.raw`(?:ná\u0161|na\u0161e|ná\u0161\s+tým|ná\u0161\s+tím|tým|tím)\s+(?:\p{L}+\s+)?(?:ho|ju|ich|je|to)\s+nespravuj\p{L}*`,
      // "ten spravuje dodavatel", "tú vyvíja iná firma", "to održava dobavljač"
      String.raw`(?:ten|ty|to|ta|tu|tú|ono|ih|njega|nju)\s+(?:spravuj\p{L}*|vyvíj\p{L}*|podporuj\p{L}*|odr\u017eava\p{L}*|razvija\p{L}*|spravuje)\s+(?:(?:externí|externý|vanjski|iný|iná|jiná|jiný|druga|drugi|na\u0161|ná\u0161)\s+)?(?:dodavatel\p{L}*|dodávate\u013e\p{L}*|dobavlja\u010d\p{L}*|firma|tvrtka|tím|tým|tim)`,
      // "jeho správa je úlohou dodávateľa", "jejich podpora zůstává u dodavatelů", "njegovo održavanje je na dobavljaču"
      String.raw`(?:jeho|jej|jejich|ich|njegovo|njihovo)\s+(?:správa|podpora|údr\u017eba|odr\u017eavanje)\s+(?:je|z\u016fstává|zostáva|ostaje)\s+(?:(?:úlohou|u|na|kod|na\s+strane)\s+)?(?:dodavatel\p{L}*|dodávate\u013e\p{L}*|dobavlja\u010d\p{L}*)`,
      // Croatian: "to nije tvoj posao", "to nije dio ovog posla", "za to je zadužen dobavljač"
      String.raw`(?:to|oni|ono)\s+(?:nije|nisu)\s+(?:tvoj|va\u0161|dio\s+(?:ovog|tvog|va\u0161eg))\s*(?:posao|posla)?`,
      String.raw`za\s+(?:to|njih)\s+(?:je|su)\s+zadu\u017een\p{L}*`,
      // Polish: "to nie Twoja działka", "tego nie musisz znać", "tym się nie zajmujesz"
      String.raw`to\s+nie\s+(?:jest\s+)?(?:twoja|pana|pani)\s+dzia\u0142ka`,
      String.raw`(?:tego|ich|jej|go)\s+nie\s+musisz\s+(?:zna\u0107|obs\u0142ugiwa\u0107|umie\u0107)`,
      String.raw`(?:tym|tego)\s+(?:si\u0119\s+)?nie\s+zajmujesz`,
      // English: "that stays theirs", "neither is part of this job", "which is their business"
      String.raw`(?:that|which|it|this|those)\s+(?:stays?|remains?)\s+(?:theirs|with\s+them)\b`,
      String.raw`(?:neither|none\s+of\s+(?:them|those|these))\s+(?:is|are)\s+part\s+of\s+(?:this|the|your)\s+(?:job|role)`,
      String.raw`(?:that|which)\s+(?:is|are)\s+their\s+(?:business|job|domain)`,
    ].join('|') +
    ')',
  'iu',
);
/**
 * The employer's staff, named by their trade or department, or its customers, as the subject of their own work in a tool,
 * in Czech, Slovak, Polish and Croatian: "Konstruktéři kreslí v Inventoru", "Dział handlowy pracuje w Subiekcie GT",
 * "Zákazníci si výsledky zpracovávají v MATLABu", "Klienci przysyłają geometrię w CATIA", "Recepcija radi u ...".
 */
const STAFF_WORKS_IN_59 =
  /^[\s\u2022*-]*(?:(?:naši|naše|nasi|nasze|naši|naši)\s+)?(?:zákazn\p{L}*|klien\p{L}*|lékař\p{L}*|lekár\p{L}*|liječni\p{L}*|konstrukt\p{L}*|účt\p{L}*|księgow\p{L}*|računovod\p{L}*|knjigovod\p{L}*|dispeč\p{L}*|dyspozytor\p{L}*|stroiciel\p{L}*|ladič\p{L}*|recepc\p{L}*|dział\s+\p{L}+|oddělení\s+\p{L}+|oddelenie\s+\p{L}+|odjel\s+\p{L}+|obchodník\p{L}*|handlowc\p{L}*|technic\p{L}*|techni[ck]i|operátoř\p{L}*|operátor\p{L}*|operator\p{L}*|vědci|vedci|naukowc\p{L}*|znanstveni\p{L}*|rendžer\p{L}*|lodníc\p{L}*|včelár\p{L}*|pěstitel\p{L}*|pestovate\p{L}*|mistři|majstri|sestry|sestre|pielęgniark\p{L}*)(?:\s+(?:a|i|oraz|in)\s+\p{L}+)?\s+(?:(?:si|se|sa|się)\s+)?(?:\p{L}+\s+){0,5}?(?:v|ve|w|we|u|na|s|z)\s+(?:(?:aplikac\p{L}*|aplikác\p{L}*|systém\p{L}*|system\p{L}*|sustav\p{L}*|program\p{L}*|ERP|\p{Ll}+\s+(?:systému|systéme|systemie|sustavu|programu|programie))\s+)?(?:[\p{L}\d.+-]+\s*(?:,|\ba\b|\bi\b|\boraz\b)\s*(?:v\s+|w\s+|u\s+)?){0,2}$/iu;

/** Working alongside a team or a role named by its discipline, in Croatian, Czech, Slovak or Polish: "surađivati s DevOps inženjerom", "spolupráce s QA týmem". */
const WORKS_WITH_59_BEFORE = /(?:^|[\s(])(?:surađ\p{L}*|spolupr\p{L}*|współpr\p{L}*|sodeluj\p{L}*)\s+(?:(?:úzce|úzko|blisko|blisko\s+z|usko)\s+)?(?:s|sa|se|z|ze)\s+(?:\p{L}+\s+)?$/iu;
const ROLE_AFTER_59 = /^[\s-]*(?:inženjer\p{L}*|inženýr\p{L}*|inžinier\p{L}*|inżynier\p{L}*|týmem|tímom|timom|zespołem|specijalist\p{L}*|specialist\p{L}*|specjalist\p{L}*|kolegy|kolegami|kolegama|kolegom|kolegou)\b/iu;

function s59Class(text: string, hit: SkillHit, before: string): ContextClass | null {
  if (SOFT.has(hit.skillId)) return null;
  const after = text.slice(hit.end, hit.end + 40);
  if (WORKS_WITH_59_BEFORE.test(before) && ROLE_AFTER_59.test(after)) return 'team';
  const lineEnd = text.indexOf('\n', hit.end);
  const rest = text.slice(hit.end, lineEnd < 0 ? hit.end + 240 : Math.min(lineEnd, hit.end + 240));
  if (WAIVED_BACK_59.test(rest)) return 'negated';
  if (/^\p{Lu}/u.test(hit.text) && STAFF_WORKS_IN_59.test(before)) return 'background';
  return null;
}
