import { CEFR_IN_WORDS, inEnglish, workingCommandAsked } from '../requirements/foreign';
import type { FindSkills, RequirementItem } from '../requirements/types';
import { isTerm, termText } from '../requirements/terms';
import { SCHOOL_DIPLOMA, SCHOOL_OR_DEGREE } from '../requirements/text';
import { INDUSTRY_WORDS } from '../requirements/industries';
import { commutePlace, commuteVerdict, officePlace, residencePlaces, residenceVerdict, resumePlaces, type Places } from './residence';
import { offersSponsorship } from '../requirements/facts';
import { citizenElsewhere, jobCountries, permitShort, sponsorNeeded, residentNotCitizen, rightAsked, rightShown, rightsHeld, statusVerdict, type WorkRight } from './work-rights';
import { domainsShown, industriesAsked, isDomain } from './domains';
import { carefulS60 } from './careful-s60';
import { carefulS61 } from './careful-s61';
import { carefulS62 } from './careful-s62';
import { leadS62 } from './lead-s62';
import { SPOKEN_RE, spokenAbroad, spokenNames, yearsOfRoles, yearsOfSkillRoles, type DegreeLevel, type Profile } from '../resume/profile';
import { parsePoint } from '../resume/dates';
import { titleFields } from '../resume/title-fields';

export type Verdict = 'met' | 'partial' | 'unmet' | 'unknown';

export interface RequirementVerdict {
  /** The item's index in the posting's requirements. */
  index: number;
  verdict: Verdict;
  /** What in the resume shows it, or why it is not met, in the user's words. */
  evidence: string;
  /** Per skill group: the skill that meets it (null when none does) and the group's other choices, shown as "or". */
  groups: Array<{ met: string | null; options: string[] }>;
  /** (s50) A bar failed though the verdict is partial: a lower US clearance level than one asked held from the start. */
  bar?: true;
}

/** What the resume shows, for the verdicts. */
export interface ResumeFacts {
  /** Skill ids the resume shows, implications followed (EKS shows Kubernetes). */
  covered: ReadonlyMap<string, { via: string; evidence: string }>;
  profile: Profile | null;
  /** The roles (indices into profile.roles) that name an option in words ("infrastructure" in "platform, infrastructure or SRE roles"). */
  termRoles?: ReadonlyMap<string, readonly number[]>;
  /** The resume's text, for what only its words tell (where the candidate lives). */
  text?: string;
}

/** US citizenship asked ("US Citizenship", "must be a U.S. citizen"), and a clearance the US grants to its citizens only. */
/** The highest ceiling of a range of years that caps it: "0–2", "2–4", "3–5" (entry and mid-level bands); above it a range is a band. */
const CEILING_MOST = 5;
const US_CITIZEN = /\b(?:U\.?S\.?|United States|American)\s+citizen(?:s|ship)?\b/i;
const US_CLEARANCE = /^(?:Secret|Top Secret|TS\/SCI|DOE Q)\b/;
/** A thing asked to be had after hire: "Security+ within 6 months of start date", "willing to earn the CKA", "obtained after joining". */
const AFTER_HIRE = /\bwithin\s+(?:the\s+first\s+)?(?:\d{1,3}|one|two|three|four|six|nine|twelve|eighteen)\s+(?:days?|weeks?|months?|years?)\s+(?:of|after|from)\s+(?:the\s+|your\s+)?(?:start|starting|hire|hiring|joining|employment|onboarding|appointment)|\b(?:obtain|earn|get|achieve|acquire|pass)\w*\s+(?:[\w+-]+\s+){0,4}(?:after|upon|once|following)\s+(?:joining|hire|hiring|starting|start)\b|\b(?:willing(?:ness)?|able|ability)\s+to\s+(?:obtain|earn|get|achieve|acquire)\b/i;
/** A clearance asked to be obtained after hire, one the US grants, and one asked already held ("active", "current"). */
const OBTAIN = /\b(?:obtain\w*|eligib\w*|clearable|be granted|willing(?:ness)? to (?:undergo|apply))\b/i;
const US_CLEARANCE_ASKED = /\b(?:secret|TS\s*\/\s*SCI|DOE Q|Q clearance)\b/i;
/** A UK clearance asked by its level: "SC clearance", "DV", "BPSS", "NPPV3". */
const UK_CLEARANCE_ASKED = /\b(?:SC|DV|BPSS|NPPV\s?\d?|CTC|security check|developed vetting)\b/;
/** A resume's line that says its holder can be granted a UK clearance: a British citizen, or eligible for one in words. */
const UK_ELIGIBLE = /\b(?:British|UK|U\.K\.)\s+(?:citizen(?:ship)?|national(?:ity)?)\b|\beligible\s+(?:for|to\s+(?:obtain|hold|undergo))\s+(?:an?\s+)?(?:SC|DV|BPSS|NPPV\s?\d?|security)\b|\b(?:SC|DV)[- ]clearable\b/i;
/** (s50) A clearance asked held from the first day ("active", "current", "required at start"), not one to be obtained after hire. */
const HELD_NOW = /\b(?:active|current(?:ly)?|existing|(?:at|from|by) (?:the )?start|(?:at|upon|before|prior to) (?:the )?(?:time of )?(?:hire|hiring|start(?:ing)?|day one)|on day one|must (?:hold|have|possess))\b/i;
const HELD_CLEARANCE = /\b(?:active|current(?:ly)?|existing|hold(?:s|ing)?|possess(?:es|ing)?)\b/i;
/** "including 4+ years at staff level or above", "with 3+ years as a senior engineer": years at a level of seniority. */
/** (s48) A smaller count after the years asked, of what follows it: ", 3+ in Go", ", of which 2 or more in OT", ", at least 2 of them in Go". */
// (s55: "…, at least 3 of them writing Go", "…, including 2+ leading a team": the part's own verb.)
const SUB_YEARS = /(?:\bof which|,)\s+(?:including\s+)?(?:at least\s+)?(\d{1,2}|two|three|four|five|six)\s*(?:\+|or more)?\s+(?:(?:years?|yrs)\s+)?(?:of (?:them|those)\s+)?(?:in|on|with|using|as|writing|coding|building|leading|managing|running|operating)\b/i;
const LEVEL_YEARS = /(?:\b(?:including|with|of which|at least)|,)\s+(\d{1,2}|two|three|four|five|six|seven|eight)\+?\s+(?:years?\s+)?(?:of (?:them|those)\s+)?(?:at|as|in)\s+(?:an?\s+|the\s+)?(senior|staff|principal|lead)\b/i;
const LEVEL_COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
/** Levels of seniority a title names, lowest first (a title that names none is below all). */
const TITLE_LEVEL: readonly RegExp[] = [/\b(?:senior|sr\.?)\b/i, /\b(?:staff|lead)\b/i, /\bprincipal\b/i, /\b(?:distinguished|fellow)\b/i];
/** (s56) A title's level, the highest it names: "Senior Staff Engineer" is at staff level, not senior (-1 where none). */
const titleLevel = (title: string): number => TITLE_LEVEL.reduce((best, re, k) => (re.test(title) ? k : best), -1);
/** US clearance levels, lowest first, as the resume's profile names them; the level an item asks, the highest named in it. */
const US_LEVEL: Readonly<Record<string, number>> = { Secret: 1, 'Top Secret': 2, 'TS/SCI': 3, 'TS/SCI with polygraph': 4 };
/** A US polygraph of the full scope (lifestyle questions as well), and one of counterintelligence questions only. */
const FULL_SCOPE = /\b(?:full[- ]scope|lifestyle)\b|\bFSP\b/i;
const CI_POLY = /\b(?:CI|counter-?intelligence)[- ]?poly(?:graph)?\b/i;
function usLevelAsked(text: string): string | null {
  if (/\bTS\s*\/\s*SCI\b|\btop secret\s*\/\s*SCI\b/i.test(text)) return /\bpoly(?:graph)?\b/i.test(text) ? 'TS/SCI with polygraph' : 'TS/SCI';
  if (/\btop[- ]secret\b/i.test(text)) return 'Top Secret';
  if (/\bsecret\b/i.test(text)) return 'Secret';
  return null;
}
/**
 * Australia's and the UK's vetting levels, lowest first, as the resume's profile names them, and the highest one an item
 * names: "hold a current NV1" is not met by a Baseline clearance, nor "DV cleared" by SC (each level is a new vetting).
 */
const OTHER_LEVELS: ReadonlyArray<Readonly<Record<string, number>>> = [
  { Baseline: 1, NV1: 2, NV2: 3, PV: 4 },
  { SC: 1, DV: 2 },
  // (s53) Canada's: Reliability Status, Enhanced Reliability, then the Secret and Top Secret clearances ("Secret security
  // clearance" asked is not met by "Reliability status" held).
  { Reliability: 1, 'Enhanced Reliability': 2, Secret: 3, 'Top Secret': 4 },
];
const OTHER_ASKED: ReadonlyArray<[string, RegExp]> = [
  ['PV', /\bPV\b|\b[Pp]ositive [Vv]etting\b/],
  ['NV2', /\bNV\s?2\b|\bnegative vetting (?:level )?2\b/i],
  ['NV1', /\bNV\s?1\b|\bnegative vetting (?:level )?1\b/i],
  ['Baseline', /\bbaseline\b/i],
  ['DV', /\bDV\b|\b[Dd]eveloped [Vv]etting\b/],
  ['SC', /\bSC\b|\b[Ss]ecurity [Cc]heck\b/],
  ['Top Secret', /\btop[- ]secret\b/i],
  ['Secret', /\bsecret\b/i],
  ['Enhanced Reliability', /\benhanced reliability\b/i],
];
function otherLevelShort(held: string, text: string): string | null {
  const scale = OTHER_LEVELS.find((l) => l[held] !== undefined);
  if (!scale) return null;
  const asked = OTHER_ASKED.find(([lvl, re]) => scale[lvl] !== undefined && re.test(text))?.[0];
  return asked && scale[asked]! > scale[held]! ? asked : null;
}
/** Contributions asked ("Contributions to Apache Flink", "Open-source contributions to Kafka"), and a line that says some were made. */
const CONTRIB_ASK = /^\W*(?:[\w-]+\s+){0,2}(?:contributions?|contributing|contributed|commits?)\s+(?:to|upstream)\b|\b(?:open[- ]?source|oss|upstream)\s+(?:contributions?|contributors?|commits|patches)\b/i;
/**
 * The CNCF's graduated and incubating projects (and a few of their parts), by the names resumes give them: "contributions
 * to CNCF projects" are met by a patch to any of them.
 */
const CNCF_PROJECT =
  /\b(?:kubernetes|k8s|kube-state-metrics|kubectl|kubelet|prometheus|alertmanager|node_exporter|thanos|cortex|envoy|coredns|containerd|cri-o|etcd|fluentd|fluent ?bit|jaeger|vitess|helm|harbor|linkerd|argo(?: ?cd)?|flux(?:cd)?|cilium|istio|opentelemetry|otel|falco|rook|keda|dapr|knative|crossplane|kyverno|open policy agent|opa|gatekeeper|spiffe|spire|backstage|cloudevents|grpc|nats|cert-manager|buildpacks|kubevirt|longhorn|karmada|kubeedge|operator framework|chaos mesh|litmus|openkruise|volcano|strimzi|cloud custodian|notary|tuf|in-toto|emissary|contour|kuma|openfeature|dragonfly|cubefs|wasmcloud)\b/i;
// (s49: a line labelled "Open source:", and patches or pull requests sent to a project named, "patches to Apache Iceberg".)
const CONTRIB_SHOWN = {
  test: (l: string) => CONTRIB_SAID.test(l) || CONTRIB_SENT.test(l) || PRS_TO_PROJECT.test(l),
};
/** (s53) Pull requests or patches sent to a project described, not named: "two pull requests to a popular date library". */
const PRS_TO_PROJECT = /\b(?:pull requests?|PRs?|patch(?:es)?|merge requests?)\s+(?:to|into|against|upstream\s+to)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:library|libraries|project|framework|repo(?:sitory)?|tool|SDK|crate|package|gem|module)\b/i;
const CONTRIB_SAID = /\b(?:contribut\w+|committer|maintainer|upstream(?:ed)?|merged (?:PRs?|pull requests|patches)|(?:patch(?:es)?|PRs?|pull requests|commits?|fix(?:es)?) (?:merged|landed|accepted) (?:in|into|upstream)\b)/i;
const CONTRIB_SENT = /^\W*[Oo]pen[- ]?[Ss]ource\s*:\s*\S|\b(?:[Pp]atch(?:es)?|PRs|[Pp]ull requests)\s+(?:to|for|upstream\s+(?:to|in))\s+(?:the\s+)?[A-Z]/;
/** A project of the resume's own published as open source: "an open-source load balancer … (1.2k GitHub stars)", "author of …". */
const OWN_OPEN_SOURCE = /\b(?:an?|my)\s+open[- ]source\s+(?:[\w-]+\s+){0,4}(?:library|tool|project|framework|operator|plugin|server|proxy|balancer|cli|sdk|engine|database|exporter|controller)\b|\bopen[- ]source\b[^\n]{0,80}\b(?:GitHub stars|stars on GitHub|\d+(?:\.\d)?k? stars|downloads)\b/i;
/** A resume section of contributions: "Open source", "Open-source contributions", "Contributions", "OSS". */
const CONTRIB_HEADING = /^\W*(?:open[- ]?source(?:\s+(?:contributions|work|projects))?|contributions|oss(?:\s+contributions)?)\s*:?\s*$/i;
/** Work led across teams: asked ("leading initiatives across several teams"), and shown ("Led a cross-team migration"). */
// (s45: "multi-team initiatives" asked, "a 4-team migration" shown. s49: "led the migration with four teams".)
const ACROSS_TEAMS = /\b(?:cross[- ](?:team|org(?:ani[sz]ation(?:al)?)?|functional)|multi[- ]?(?:team|org)|(?:\d+|two|three|four|five|six|several|many)[- ]team\b(?![- ](?:player|member|lead))|across (?:several |multiple |many |other |different |\d+ |two |three |four |five |six )?(?:teams|orgs|organi[sz]ations|groups|departments)|(?:with|between|among|spanning|involving)\s+(?:\d+|two|three|four|five|six|several|multiple|many)\s+(?:other\s+)?(?:teams|orgs|groups|squads|departments))\b/i;
const LEADS = /\b(?:lead(?:s|ing)?|led|drive|driving|drove|own(?:ing)?)\b/i;
const LED = /\b(?:led|lead|leading|drove|headed|coordinated|ran)\b/i;
/** (s49) Leading a team asked ("leading a mobile team", "led a small team of engineers"), and shown on a resume's line. */
const TEAM_LEAD_ASK = /\b(?:lead(?:s|ing)?|led)\s+(?:(?:a|an|the|your)\s+)?(?:[\w-]+\s+){0,2}?(?:team|squad|group)s?\b(?!\s+(?:member|player)s?\b)/i;
const TEAM_LEAD_SHOWN = /\b(?:led|lead(?:ing)?|headed|managed|manag(?:ing|er of))\s+(?:(?:a|an|the|our|my)\s+)?(?:[\w-]+\s+){0,3}?(?:team|squad|group)s?\b(?!\s+(?:member|player)s?\b)|\b(?:tech(?:nical)?|team)\s+lead\b(?!\s+(?:generation|times?)\b)|\b(?:managed|managing|led|leading)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+group\s+of)\s+(?:\w+\s+)?(?:engineers|developers|SREs|people)\b/i;
/** Years asked that leave internships out, and a role's title that is one. */
const NON_INTERNSHIP = /\bnon-?intern(?:ship)?\b|\b(?:excluding|not counting|beyond|outside(?: of)?)\s+internships?\b/i;
const INTERN_TITLE = /\bintern(?:ship)?\b|\bwerkstudent\b|\bworking student\b|\bco-?op\b/i;
/** Years asked in industry ("3+ years of industry experience", "commercial experience"), and a title of an academic post. */
const INDUSTRY_ONLY = /\b(?:industry|industrial|commercial)\s+(?:experience|roles?|positions?)\b|\byears?\s+(?:of\s+experience\s+)?in\s+industry\b/i;
const ACADEMIC_TITLE = /\b(?:doctoral|ph\.?\s?d\.?|postdoc\w*|post-?doctoral|research assistant|teaching assistant|graduate (?:student|researcher|assistant)|lecturer|professor|research fellow)\b/i;
/** Years a posting takes in place of a degree: "9 years with a High School diploma", "8 years without a degree", "6 years in lieu of a degree". */
const LIEU_YEARS = /\b(\d{1,2})\+?\s+years?\b(?:(?!\d{1,2}\+?\s+years?\b)[^.;]){0,40}?\b(?:with\s+(?:an?\s+|only\s+an?\s+)?(?:high school|HS|GED|secondary school)|without\s+(?:an?\s+)?(?:degree|bachelor)|in lieu of\s+(?:an?\s+)?(?:degree|bachelor))/i;
const LEVEL: Record<DegreeLevel, number> = { associate: 1, bachelor: 2, master: 3, phd: 4 };
const LEVEL_NAME: Record<DegreeLevel, string> = { associate: 'an associate degree', bachelor: 'a bachelor’s degree', master: 'a master’s degree', phd: 'a PhD' };

const years = (n: number) => `${n.toFixed(1).replace(/\.0$/, '')} year${n === 1 ? '' : 's'}`;

/**
 * A verdict for each requirement of a posting, as a careful reader would give
 * it: a group of alternatives is met by any one of its skills (the others are
 * choices, never missing); years are read from the resume's dated roles;
 * "unknown" where the resume says nothing either way — never a guess.
 */
export function matchRequirements(
  items: readonly RequirementItem[],
  resume: ResumeFacts,
  name: (id: string) => string,
  /** Soft skills ("written communication"): resumes rarely name them, so their absence is no evidence (lib/match/types isSoft). */
  soft: (id: string) => boolean = () => false,
  /** Per item, the groups it names only as examples of another (exampleGroups): shown or not, they do not decide it alone. */
  examples: readonly (readonly number[])[] = [],
  /** Where the job is (its location and header): the country an ask of work rights that names none means. */
  place = '',
  /** (s47) The matcher's implications (Matcher.implied): a kind named by its examples is told by what they imply. */
  implied?: ReadonlyMap<string, readonly string[]>,
): RequirementVerdict[] {
  let lives: Places | undefined;
  let held: WorkRight[] | undefined;
  // (s46) A thing the resume names only as another team's ("the platform team's EKS clusters", "a read replica the platform
  // team set up", "the data engineering team, whose Airflow DAGs load them") is theirs, not shown as the resume's own.
  resume = withoutOthers(resume, items, name);
  // (s52) "Aurora, CO", "Spring, TX", "Mobile, AL": the town of the resume's address is no skill of the same name.
  resume = withoutTown(resume, name);
  // (s51) Years asked in a role named by its kind, "in a SOC, help desk or network operations role": an operations centre's
  // role is titled by the centre's initials or words ("NOC Technician", "Network Operations Center Analyst", "SOC Analyst
  // II"), and its years count for the kind asked, whether or not its lines say so (see centreRoles).
  ({ items, resume } = centreRoles(items, resume));
  // (s56) Azure asked ("2+ years administering Azure", "Mindestens 2 Jahre Erfahrung mit Microsoft Azure") against a resume
  // whose only Azure is the directory ("Azure AD Connect sync errors", "Azure Active Directory"): that shows Entra ID, not
  // the cloud platform, and not its years; where the ask takes Entra ID too, it still shows.
  resume = withoutDirectoryAzure(resume, items);
  // (s56) "T-SQL performance tuning" against "Tuned slow stored procedures and queries on SQL Server 2019 with execution plans":
  // T-SQL is SQL Server's own SQL, so queries and procedures written on SQL Server show it; and the performance tuning of a
  // query language asked is shown by queries tuned (query optimisation). A SQL Server named only for backups shows neither.
  resume = sqlServerQueries(resume, items);
  // (s56) "Anomaly detection (e.g. isolation forest)": a method of it named on a line (isolation forest, local outlier
  // factor, one-class SVM, outlier detection) shows anomaly detection; another model (random forest, XGBoost) does not.
  resume = anomalyMethods(resume, items);
  // (s48) "DO-178C (DAL A, B or C)", "a Class A or B licence": an option in words of one letter is a grade or a level, not a
  // thing a resume names; a letter of the resume ("twelve years of C") does not show it.
  if ([...resume.covered.keys()].some((id) => /^term:\S$/.test(id))) resume = { ...resume, covered: new Map([...resume.covered].filter(([id]) => !/^term:\S$/.test(id))) };
  // An industry asked and not named as a skill, told by the resume's employers or work ("Client: Bank of America").
  const industries = domainsShown(
    new Set(items.flatMap((i) => i.groups.flat()).filter((id) => isDomain(id) && !resume.covered.has(id))),
    resume.profile,
    resume.text,
  );
  if (industries.size) {
    const covered = new Map(resume.covered);
    const termRoles = new Map(resume.termRoles ?? []);
    for (const [id, d] of industries) {
      covered.set(id, { via: id, evidence: d.evidence });
      termRoles.set(id, d.roles);
    }
    resume = { ...resume, covered, termRoles };
  }
  // "Payments or another regulated industry", "a regulated environment": a role in an industry under a regulator's rules
  // (banks, payments, insurers, healthcare, energy, telecoms, defence, government) shows it.
  const regulated = [...new Set(items.flatMap((i) => i.groups.flat()))].filter((id) => REGULATED_TERM.test(id) && !resume.covered.has(id));
  if (regulated.length) {
    const shown = domainsShown(REGULATED, resume.profile, resume.text);
    const first = REGULATED.find((id) => shown.has(id));
    if (first) {
      const covered = new Map(resume.covered);
      const termRoles = new Map(resume.termRoles ?? []);
      for (const id of regulated) {
        covered.set(id, { via: id, evidence: shown.get(first)!.evidence });
        termRoles.set(id, shown.get(first)!.roles);
      }
      resume = { ...resume, covered, termRoles };
    }
  }
  // "Twilio or another messaging API": a product of the kind, named in the resume and called by the kind's noun ("the
  // Vonage and Plivo APIs") on a line about the kind's work ("SMS"), meets the kind (one named the same way in the option).
  const kinds = otherOfKind(items, resume, name);
  if (kinds.size) resume = { ...resume, covered: new Map([...resume.covered, ...kinds]) };
  // "Linux administration (3+ yrs)": an operating system run in an infrastructure, systems or operations role ("Linux
  // (Debian, RHEL) fleet of 600 servers" as an Infrastructure Engineer) is administered there.
  // (So in an IT support role: "Windows Server 2016 file and print servers, DHCP and DNS" as an IT Support Specialist. Where a
  // role titled for administration shows it already, these roles add to its years.)
  if (items.some((i) => i.groups.some((g) => g.includes('systems-administration'))) && resume.profile && resume.text !== undefined) {
    const p = resume.profile;
    // (s56: so in a role titled "IT Administrator", "IT-Administrator" or "Systemadministratorin", whose lines run the servers:
    // "Run 28 Windows Server 2019 and 2022 servers on Hyper-V" shows 4+ years of IT systems administration.)
    const ops = p.roles.flatMap((r, i) => (titleFields(r.title).some((id) => OPS_FIELDS.has(id) || id === 'it-support') || IT_ADMIN_TITLE.test(r.title ?? '') ? [i] : []));
    const os = ['linux', 'windows-server', 'unix'].find((id) => resume.covered.has(id) && (p.skillRoles[id] ?? []).some((i) => ops.includes(i)));
    if (os) {
      const roles = (p.skillRoles[os] ?? []).filter((i) => ops.includes(i));
      const shown = resume.covered.get('systems-administration') ?? { via: os, evidence: resume.covered.get(os)!.evidence };
      resume = { ...resume, covered: new Map([...resume.covered, ['systems-administration', shown]]), termRoles: new Map([...(resume.termRoles ?? []), ['systems-administration', [...new Set([...(resume.termRoles?.get('systems-administration') ?? []), ...roles])]]]) };
    }
  }
  // (s60 lead) "Windows and Linux server administration": Windows Server is Windows, so a resume that runs Windows Server
  // shows the Windows asked, with the same roles' years; not the reverse (a Windows desktop shows no server). So a
  // workflow orchestrator run ("DAGs in Airflow") shows the job orchestration asked ("Airflow for pipeline orchestration").
  for (const [asked, tools] of SHOWN_BY_TOOL) {
    const tool = tools.find((id) => resume.covered.has(id));
    if (!tool || resume.covered.has(asked) || !items.some((i) => i.groups.some((g) => g.includes(asked)))) continue;
    const roles = resume.profile?.skillRoles[tool] ?? [];
    resume = { ...resume, covered: new Map([...resume.covered, [asked, { via: tool, evidence: resume.covered.get(tool)!.evidence }]]), termRoles: new Map([...(resume.termRoles ?? []), [asked, roles]]) };
  }
  // (s60 lead) "3+ years in cloud security (AWS or Azure)" against "AWS IAM policy reviews, KMS key rotation": a cloud's name
  // the matcher read as part of a longer name ("AWS IAM") still names the cloud the role worked in, with that role's years.
  if (resume.profile && resume.text !== undefined) {
    const p = resume.profile;
    const text = resume.text;
    for (const [id, word] of CLOUD_NAMES) {
      if (resume.covered.has(id) || !items.some((i) => i.groups.some((g) => g.includes(id)))) continue;
      const roles = p.roles.flatMap((r, k) => (word.test(text.slice(r.textStart, r.textEnd)) ? [k] : []));
      if (!roles.length) continue;
      const r = p.roles[roles[0]!]!;
      const line = text.slice(r.textStart, r.textEnd).split('\n').find((l) => word.test(l))!.trim().replace(/^[-\u2022*\u00b7]\s*/, '');
      resume = { ...resume, covered: new Map([...resume.covered, [id, { via: id, evidence: line }]]), termRoles: new Map([...(resume.termRoles ?? []), [id, roles]]) };
    }
  }
  // (s48) "3+ years of on-call and incident response for production systems": a role titled for site reliability ("Site
  // Reliability Engineer II", "SRE", "Production Engineer") carries the pager and answers the incidents, whether or not its
  // lines say "on-call"; its years count, with those of any role whose lines name them.
  const sreRoles = (resume.profile?.roles ?? []).flatMap((r, i) => (SRE_TITLE.test(r.title ?? '') ? [i] : []));
  for (const id of ['on-call', 'incident-response']) {
    if (!sreRoles.length || !items.some((i) => i.groups.some((g) => g.includes(id)))) continue;
    const r = resume.profile!.roles[sreRoles[0]!]!;
    const shown = resume.covered.get(id) ?? { via: id, evidence: `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}` };
    const roles = [...new Set([...(resume.termRoles?.get(id) ?? []), ...(resume.profile!.skillRoles[id] ?? []), ...sreRoles])];
    resume = { ...resume, covered: new Map([...resume.covered, [id, shown]]), termRoles: new Map([...(resume.termRoles ?? []), [id, roles]]) };
  }
  // (s53) "You'll join our on-call rotation" against "Led the response to 14 production incidents as incident commander":
  // who commands a service's incidents is paged for them; the line shows on-call where no line names it.
  if (!resume.covered.has('on-call') && resume.text !== undefined && items.some((i) => i.groups.some((g) => g.includes('on-call')))) {
    const line = resume.text.split('\n').find((l) => INCIDENTS_LED.test(l));
    if (line) resume = { ...resume, covered: new Map([...resume.covered, ['on-call', { via: 'on-call', evidence: lineOf(line) }]]) };
  }
  // (s53) "You write documentation people actually read": a line that wrote documents for others to read ("wrote its guides
  // and API reference", "authored the onboarding handbook") shows technical writing, whether or not it names it so.
  if (!resume.covered.has('technical-writing') && resume.text !== undefined && items.some((i) => i.groups.some((g) => g.includes('technical-writing')))) {
    // (Or what written communication is shown by, WROTE_DOCS: design docs, RFCs, runbooks, an operator or API guide.)
    const line = resume.text.split('\n').find((l) => DOCS_WRITTEN.test(l) || WROTE_DOCS.test(l));
    if (line) resume = { ...resume, covered: new Map([...resume.covered, ['technical-writing', { via: 'technical-writing', evidence: lineOf(line) }]]) };
  }
  // (s49) "5+ years of backend engineering, at least 2 of them on search": a role whose lines build services, APIs or jobs
  // in a server language ("Java services for the article CMS", "Python indexing jobs fed by Kafka topics"), or whose
  // heading names back-end, server or search platform work, is backend engineering, whether or not it says "backend".
  if (items.some((i) => i.groups.some((g) => g.includes('backend-development'))) && resume.profile && resume.text !== undefined) {
    const p = resume.profile;
    const text = resume.text;
    const head = (r: (typeof p.roles)[number]) => `${r.title ?? ''} ${r.company ?? ''} ${text.slice(Math.max(0, r.textStart - 200), r.textStart).split('\n').filter((l) => l.trim()).pop() ?? ''}`;
    const roles = p.roles.flatMap((r, i) => (BACKEND_TITLE.test(head(r)) || text.slice(r.textStart, r.textEnd).split('\n').some((l) => BACKEND_LINE.test(l) || BACKEND_BUILT.test(l)) ? [i] : []));
    if (roles.length) {
      const r = p.roles[roles[0]!]!;
      const line = text.slice(r.textStart, r.textEnd).split('\n').find((l) => BACKEND_LINE.test(l));
      const shown = resume.covered.get('backend-development') ?? { via: 'backend-development', evidence: line ? lineOf(line) : `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}` };
      const all = [...new Set([...(resume.termRoles?.get('backend-development') ?? []), ...(p.skillRoles['backend-development'] ?? []), ...roles])].sort((a, b) => a - b);
      resume = { ...resume, covered: new Map([...resume.covered, ['backend-development', shown]]), termRoles: new Map([...(resume.termRoles ?? []), ['backend-development', all]]) };
    }
  }
  // (s58) "Mindst 3 \u00e5rs erfaring med drift af Windows-milj\u00f8er", "Windows environments": the Windows estate asked, servers and
  // clients alike; a resume that runs Windows Server shows it, for the roles that run it. (Not "Windows" alone, nor the
  // desktop's own work, "Win32", "Windows internals": those ask the client.)
  if (!resume.covered.has('windows') && resume.covered.has('windows-server') && resume.profile && items.some((i) => WINDOWS_ESTATE.test(i.text) && i.groups.some((g) => g.includes('windows')))) {
    const roles = resume.profile.skillRoles['windows-server'] ?? [];
    resume = { ...resume, covered: new Map([...resume.covered, ['windows', resume.covered.get('windows-server')!]]), termRoles: new Map([...(resume.termRoles ?? []), ['windows', [...new Set([...(resume.termRoles?.get('windows') ?? []), ...roles])]]]) };
  }
  // (s51) "6+ years in infrastructure or systems engineering": infrastructure and systems named together are the work of
  // running machines, and a role titled for it counts whatever the title's noun ("Infrastructure Manager", "Senior Systems
  // Administrator", "IT Infrastructure Lead"), as titleFields reads an engineer's ("Systems Engineer"). (Not where the ask
  // names infrastructure alone, nor a title of systems that are no machines, "Systems Analyst".)
  if (resume.profile && items.some((i) => i.years && INFRA_SYSTEMS_ASK.test(i.text) && i.groups.some((g) => g.includes('infrastructure-engineering')))) {
    const p = resume.profile;
    const roles = p.roles.flatMap((r, i) => (INFRA_SYSTEMS_TITLE.test(r.title ?? '') ? [i] : []));
    if (roles.length) {
      const r = p.roles[roles[0]!]!;
      const shown = resume.covered.get('infrastructure-engineering') ?? { via: 'infrastructure-engineering', evidence: `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}` };
      const all = [...new Set([...(resume.termRoles?.get('infrastructure-engineering') ?? []), ...(p.skillRoles['infrastructure-engineering'] ?? []), ...roles])].sort((a, b) => a - b);
      resume = { ...resume, covered: new Map([...resume.covered, ['infrastructure-engineering', shown]]), termRoles: new Map([...(resume.termRoles ?? []), ['infrastructure-engineering', all]]) };
    }
  }
  // (s51) Platform engineering told in words: a platform, paved road or self-service tooling built or run for other teams
  // or engineers to ship through ("Built and ran the deploy platform 12 game teams ship through", "the self-service
  // templates our 45 developers use"), whatever the role's title (an SRE's, a DevOps engineer's); the role's years count.
  // (Not a platform for customers, "the payments platform serving 3 million customers", nor one named for its data.)
  if (items.some((i) => i.groups.some((g) => g.includes('platform-engineering'))) && resume.profile && resume.text !== undefined) {
    const p = resume.profile;
    const text = resume.text;
    const roles = p.roles.flatMap((r, i) => (text.slice(r.textStart, r.textEnd).split('\n').some((l) => PLATFORM_LINE.test(l)) ? [i] : []));
    if (roles.length) {
      const r = p.roles[roles[0]!]!;
      const line = text.slice(r.textStart, r.textEnd).split('\n').find((l) => PLATFORM_LINE.test(l))!;
      const shown = resume.covered.get('platform-engineering') ?? { via: 'platform-engineering', evidence: lineOf(line) };
      const all = [...new Set([...(resume.termRoles?.get('platform-engineering') ?? []), ...(p.skillRoles['platform-engineering'] ?? []), ...roles])].sort((a, b) => a - b);
      resume = { ...resume, covered: new Map([...resume.covered, ['platform-engineering', shown]]), termRoles: new Map([...(resume.termRoles ?? []), ['platform-engineering', all]]) };
    }
  }
  // (s44) What a resume shows in words where it names no skill: a written communicator by what it wrote (design docs,
  // RFCs, runbooks), agile work by its rituals ("two-week sprints", stand-ups), web development by a web framework.
  const asked = new Set(items.flatMap((i) => i.groups.flat()));
  // (s50: one shown by skills of its kind, web development by Vue, is shown for as long as they are: their roles' years are
  // its years too, "3+ years building web apps with Vue" against a frontend developer's Vue roles; so it is read even where
  // the resume names it already, in a shorter role.)
  const inWords = [...SHOWN_IN_WORDS].filter(([id, shown]) => asked.has(id) && (!resume.covered.has(id) || !(shown instanceof RegExp)));
  if (inWords.length && resume.text !== undefined) {
    const covered = new Map(resume.covered);
    let termRoles = resume.termRoles;
    const lines = resume.text.split('\n');
    for (const [id, shown] of inWords) {
      if (!(shown instanceof RegExp)) {
        const vias = shown.filter((f) => resume.covered.has(f));
        if (vias.length && !covered.has(id)) covered.set(id, { via: vias[0]!, evidence: resume.covered.get(vias[0]!)!.evidence });
        const p = resume.profile;
        const viaRoles = p ? vias.flatMap((f) => p.skillRoles[f] ?? []) : [];
        if (p && viaRoles.length) termRoles = new Map([...(termRoles ?? []), [id, [...new Set([...(termRoles?.get(id) ?? []), ...(p.skillRoles[id] ?? []), ...viaRoles])].sort((a, b) => a - b)]]);
        continue;
      }
      const line = lines.find((l) => shown.test(l));
      if (!line) continue;
      covered.set(id, { via: id, evidence: lineOf(line) });
      // (s54) The dated roles whose own lines show it, where the resume names it in none: its years ("3+ years training
      // NLP models" against "Fine-tuned BERT models" under a role since 2021).
      const p = resume.profile;
      const text = resume.text;
      if (p && !(p.skillRoles[id] ?? []).length && !(termRoles?.get(id) ?? []).length) {
        const roles = p.roles.flatMap((r, k) => (text.slice(r.textStart, r.textEnd).split('\n').some((l) => shown.test(l)) ? [k] : []));
        if (roles.length) termRoles = new Map([...(termRoles ?? []), [id, roles]]);
      }
    }
    resume = { ...resume, covered, ...(termRoles ? { termRoles } : {}) };
  }
  // (s45) "Some Java (evening course, 2024)", "Currently studying for the AWS Certified Cloud Practitioner exam", "Senior
  // design: a battery balancing board": a skill the resume names only as something studied, on no line of a dated role, is
  // learnt, not yet used at work; it meets an ask partly.
  const learnt = learntOnly(resume, name);
  const judged = items.map((written, index) => productDbAdmin(written, resume, orSimilar(written, resume, name, implied, orEquivalent(written, name, vendorCertificate(written, resume, schoolOnly(written, resume, kindByExamples(written, resume, satelliteOrCellular(written, resume, analystYears(written, hpcScheduling(written, namesAtWork(written, usersServed(written, degreeClass(written, codeNamed(written, certTrack(written, teamLed(written, includingPart(written, movedTo(written, fieldTools(written, atNines(written, kubernetesSibling(written, siblingStandard(written, operatedOnly(written, atLevel(written, atScale(written, judge(written, index))), resume, name), resume), resume), resume), resume, name), resume, name), resume), resume), resume), resume), resume), resume), resume), resume), resume)))))))));
  // (s57) The classes of the s57 careful pairs, over the verdicts as judged: a row's verdict read again where its ask is
  // the tuning of something, the running of a thing a key user only uses, OT or ship security, a directory's feature, or
  // the duties of running a function.
  const verdicts = judged.map((v, index) => {
    const w = items[index]!;
    // (s60, s61, s62) And the classes of the s60, s61 and s62 careful pairs (lib/match/careful-s60, careful-s61, careful-s62);
    // (s62 lead) the lead's pairs' (lib/match/lead-s62).
    return leadS62(w, carefulS62(w, carefulS61(w, carefulS60(w, deskYears(w, componentNamed(w, productAdministered(w, exchangeForm(w, suiteProduct(w, trainingField(w, dutiesAsked(w, directoryFeature(w, otSecurity(w, otQualified(w, keyUserOnly(w, tuningOf(w, v, resume, name), resume, name), resume), resume), resume), resume), resume), resume, name), resume), resume, name), resume), resume, name), resume, name), resume, name, implied), resume), resume);
  });
  // (s52) "3+ years of Rust in production, or 5+ years of C++ and a real interest in Rust": two ways in, each with its own
  // count; the ask is met as well as the better of them is.
  return verdicts.map((v, k) => {
    if (v.verdict === 'met') return v;
    // (s53) "Willingness to learn our AWS setup; we do not expect you to know it": the posting waives the thing it names;
    // not having it is no gap.
    if (WAIVED_ROW.test(items[k]!.text)) return { ...v, verdict: 'unknown', evidence: 'The posting says it does not expect this known already; the resume need not show it.' };
    const sides = yearsEither(items[k]!, name);
    if (!sides) return v;
    const each = matchRequirements(sides, resume, name, soft, [], place, implied);
    const best = each.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
    return RANK[best.verdict] > RANK[v.verdict] ? { ...v, verdict: best.verdict, evidence: best.evidence, groups: v.groups } : v;
  });

  /**
   * (s48) "Experience designing services that handle 100k+ requests per second": a rate asked, against the rates the
   * resume's lines give of the same kind ("8,000 requests per second at peak", "450,000 bid requests per second"). The
   * biggest decides: as big or bigger meets it; smaller shows the work at a smaller scale, partly. A resume that gives no
   * rate is judged as before.
   */
  function atScale(item: RequirementItem, v: RequirementVerdict): RequirementVerdict {
    if (item.years || resume.text === undefined) return v;
    const asked = ratesIn(item.text)[0];
    if (!asked) return v;
    const best = ratesIn(resume.text).filter((r) => r.kind === asked.kind).sort((a, b) => b.perSecond - a.perSecond)[0];
    if (!best) return v;
    if (best.perSecond >= asked.perSecond) return v.verdict === 'met' ? v : { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(best.line)}\u201d; ${asked.said} asked.` };
    return { ...v, verdict: 'partial', evidence: `The resume says \u201c${lineOf(best.line)}\u201d: a smaller rate than the ${asked.said} asked.` };
  }

  /**
   * (s47) "A cloud data warehouse such as Snowflake or BigQuery", "an orchestrator such as Dagster or Prefect", "un proveedor
   * de nube p\u00fablica como AWS o GCP": the options are examples of a kind, and another of the kind meets it (Redshift,
   * Airflow, Azure). Another of the kind: a skill the resume names itself that implies all the examples imply, and at most
   * one thing they do not (Redshift implies AWS). Not where the options are asked by name ("Snowflake or BigQuery").
   */
  function kindShown(text: string, options: readonly string[]): string | null {
    if (!implied || options.length === 0 || options.some((id) => id.startsWith('term:'))) return null;
    const at = options.map((id) => new RegExp(`(?<![\\w-])${escapeRe(name(id))}(?![\\w-])`, 'i').exec(text)?.index ?? -1).filter((i) => i >= 0);
    if (!at.length || !KIND_EXAMPLES.test(text.slice(0, Math.min(...at)))) return null;
    const sets = options.map((id) => new Set(implied.get(id) ?? []));
    const common = [...sets[0]!].filter((id) => sets.every((x) => x.has(id)));
    if (!common.length) return null;
    const near = new Set([...options, ...sets.flatMap((x) => [...x])]);
    for (const [id, c] of resume.covered) {
      if (c.via !== id || options.includes(id) || id.startsWith('term:') || common.includes(id)) continue;
      const own = implied.get(id) ?? [];
      if (common.every((p) => own.includes(p)) && own.filter((p) => !near.has(p)).length <= 1) return id;
    }
    return null;
  }

  function judge(written: RequirementItem, index: number): RequirementVerdict {
    // A German or French ask is judged in English words (its text is the posting's own).
    const english = inEnglish(written.text);
    const read = english === written.text ? written : { ...written, text: english };
    // (s50) "RHCE certification (required; RHCSA alone is not enough)": an option the ask itself says does not suffice is
    // no option of its group (a group it would empty keeps it).
    const short = notEnough(read.text);
    const optionWords = (id: string) => (isTerm(id) ? termText(id) : name(id)).toLowerCase();
    const item = short.length ? { ...read, groups: read.groups.map((g) => (g.some((id) => !short.includes(optionWords(id))) ? g.filter((id) => !short.includes(optionWords(id))) : g)) } : read;
    // "At least two of Go, Rust and C++" (atLeast [2]): the group is met when that many of its skills are shown; fewer is partial.
    const need = (k: number) => item.atLeast?.[k] ?? 1;
    const shownOf = item.groups.map((g) => g.filter((id) => resume.covered.has(id)));
    // (s48) "GICSP or a comparable OT security certificate": the words before "certificate" say which kind of certificate,
    // not a skill asked beside it; a group that holds a certificate is met by a certificate the resume holds, not by the
    // field's work (a security consultant's title).
    const certKind = COMPARABLE_CERT.test(item.text);
    const allGroups = item.groups.map((g, k) => {
      let met = shownOf[k]!.length >= need(k) ? shownOf[k]![0]! : need(k) === 1 ? kindShown(item.text, g) : null;
      if (certKind && met && !CERTIFICATE.test(met) && g.some((id) => CERTIFICATE.test(id))) met = g.find((id) => CERTIFICATE.test(id) && resume.covered.has(id)) ?? null;
      return { met, options: g.filter((id) => id !== met) };
    });
    const counted = item.groups.some((_, k) => need(k) > 1);
    const base = { index, groups: allGroups };
    // A years ask whose bracket names kinds of the thing asked is judged as one group (judgeYears): shown so.
    let yearsGroups: typeof allGroups | null = null;
    // (s48) Groups a smaller count is asked of ("..., of which 2 or more in OT"): judgeYearsOf holds them to it.
    let subNeed: { n: number; groups: (typeof groups)[number][] } | null = null;
    // "CKA or equivalent hands-on Kubernetes experience": the certificate's group stands aside where the experience named
    // after "equivalent" is shown.
    const equivalent = equivalentShown(item.text, allGroups, resume, name, soft);
    // A group of soft skills the resume does not name says nothing either way: it neither meets nor fails the item.
    // (s48) So does the grounding every engineer's work rests on, asked as a grasp of it ("A strong grasp of data structures
    // and system design", "Understanding of system design fundamentals"): a resume that does not name it does not lack it.
    // (Work asked, "leading workshops and writing architecture documents", is judged as any other.)
    const grasp = GRASP_ASK.test(item.text);
    const groups = allGroups.filter((g, k) => (g.met !== null || !g.options.every((id) => soft(id) || (grasp && FUNDAMENTALS.has(id)))) && !equivalent?.groups.includes(k));
    if (equivalent && groups.length === 0) {
      // (s59 lead) "CCNP Enterprise or equivalent knowledge" against a resume that holds the CCNA: the resume itself puts its
      // level a step below the one asked, so the experience meets it in part.
      const lower = lowerTierHeld(item.text, resume.text);
      if (lower)
        return { ...base, verdict: 'partial', evidence: `The resume holds the ${lower.held}, a step below the ${lower.asked} asked; ${evidenceOf([equivalent.via], resume, name)}.` };
      return { ...base, verdict: 'met', evidence: `${evidenceOf([equivalent.via], resume, name)}: the equivalent experience asked.` };
    }
    // (s54) "At least 3 years in a professional services firm (law, accounting or consulting)", "Client-facing consulting
    // experience: workshops, proposals, ...": the firm's kind, told by the resume's employers (an LLP, chartered accountants,
    // a consultancy, solicitors), and its years those roles' own, not the resume's whole. (Not where the ask names a tool or
    // a field beside it, "AWS consulting experience": only the firm's kinds, industries or soft skills.)
    const firm = item.kind !== 'language' && resume.profile?.roles.length && resume.text !== undefined && item.groups.flat().every((id) => soft(id) || isDomain(id) || isTerm(id) || id === 'accounting') ? firmVerdict(item.text, item.years?.min ?? null, resume.profile, resume.text) : null;
    if (firm) return { ...base, ...firm };
    // A spoken language asked, against the languages the resume lists (most resumes list none: then unknown).
    if (item.kind === 'language') {
      // (s53) "English (native); no French yet": a language the resume says it lacks is not one it lists.
      const listed = (resume.profile?.languages ?? []).filter((l) => !languageDenied(l, resume.text));
      // (The item asks a language, so "polish language is welcome" names Polish: its words are read capitalised.)
      // (s44: and by its name in the posting's language, "Inglés avanzado", "anglais courant".)
      // (s56: "norsk eller et annet skandinavisk spr\u00e5k", "another Scandinavian language": the family's languages are the choice.)
      const family = SCANDINAVIAN_ASKED.test(item.text) ? ['Swedish', 'Danish', 'Norwegian'] : [];
      const named = [...new Set([...[...item.text.replace(/\b[a-z](?=[a-z]{3,}\b)/g, (c) => c.toUpperCase()).matchAll(SPOKEN_RE)].map((m) => m[1]!), ...spokenAbroad(written.text), ...family])];
      // (s46) "Fluent English (German would help)", "English; German is a plus": a language named only as a wish is not asked.
      const wished = named.filter((l) => wishedOnly(item.text, l));
      const asked = wished.length < named.length ? named.filter((l) => !wished.includes(l)) : named;
      if (asked.length > 0 && listed.length > 0) {
        const has = asked.filter((l) => listed.includes(l));
        const lacks = asked.filter((l) => !listed.includes(l));
        // "JLPT N2 or above", "German (C1)": a level asked, against the level the resume gives the language ("Japanese (JLPT N3)").
        // (s50: in the posting's own words: its English stand-in may move a level away from the language it follows.)
        // (s58: and in its English reading, where that says the level the posting's words only imply: "Tedesco scritto e
        // parlato" reads "good German", a working command.)
        const shortOf = (langs: readonly string[]) => (resume.text !== undefined ? (levelShort(written.text, langs, resume.text) ?? (item.text !== written.text && workingCommandAsked(written.text) ? levelShort(item.text, langs, resume.text) : null) ?? beginnerOnly(item.text, langs, resume.text)) : null);
        // (s57) "Finnish or Swedish": either will do, so one of them at the level asked meets it, whatever the other's level.
        const either = has.length > 1 && /\bor\b/i.test(item.text) && has.some((l) => shortOf([l]) === null);
        const short = has.length > 0 && !either ? shortOf(has) : null;
        // (s46: a level two steps or more below the one named, "German B1" against C1 asked, is not there yet; one step is partly.)
        const spoken: RequirementVerdict = short
          ? { ...base, verdict: short.gap >= 2 ? 'unmet' : 'partial', evidence: short.evidence }
          : has.length > 0 && (lacks.length === 0 || /\bor\b/i.test(item.text) || family.length > 0)
            ? { ...base, verdict: 'met', evidence: `The resume lists ${has.join(', ')}.` }
            : has.length > 0 && IMPERATIVE_LANGUAGES.test(item.text)
              ? // (s53) "Bilingual imperative BBB/BBB (English and French)": both languages are a condition of the post, so one
                // missing is a bar, as a clearance not held is.
                { ...base, verdict: 'unmet', evidence: `The resume lists ${has.join(', ')}, not ${lacks.join(', ')}; both are a condition of the post.`, bar: true as const }
            : has.length > 0 && lacks.some((l) => (/\b(?:bilingual|zweisprachig|bilingue)\b/i.test(`${item.text} ${written.text}`) && fluentAsked(item.text, l)) || (written.text !== item.text && fluentAsked(written.text, l)))
              ? // (s53) "Fran\u00e7ais courant et anglais technique", "Bilingual in English and French" (s45): bilingual asked, or
                // the language a foreign posting is written in asked fluent (its working language), that the resume does not
                // list at all is not met by the other one it lists. ("Fluent Spanish and English" in an English posting stays
                // partial against English alone, as match-requirements asserts.)
                { ...base, verdict: 'unmet', evidence: `The resume lists ${has.join(', ')}, not ${lacks.join(', ')}, asked fluent.` }
              : has.length > 0
              ? { ...base, verdict: 'partial', evidence: `The resume lists ${has.join(', ')}, not ${lacks.join(', ')}.` }
              : { ...base, verdict: 'unmet', evidence: `The resume lists ${listed.join(', ')}, not ${lacks.join(' or ')}.` };
        // (s41) "Nice: Terraform, Stripe, German": the skills named beside the language are asked too; the item is met only
        // when they and the language are, unmet only when none is.
        // (The language's own skill, "English proficiency", is the language judged above, whatever its category says.)
        const named = groups.filter((g) => !g.options.every((id) => soft(id) || id.endsWith('-proficiency')));
        if (named.length === 0) return spoken;
        const shownCount = named.filter((g) => g.met !== null).length;
        if (spoken.verdict === 'met' && shownCount === named.length) return spoken;
        if (spoken.verdict === 'unmet' && shownCount === 0) return spoken;
        const lacking = named.filter((g) => g.met === null).map((g) => g.options.map(name).join(' or '));
        return { ...base, verdict: 'partial', evidence: lacking.length ? `${spoken.evidence} The resume does not show ${lacking.join(', ')}.` : spoken.evidence };
      }
      // "Clear written English", "Good English": English alone, at no level a resume's own prose cannot show (not "native",
      // "C1", "bilingual"), against a resume that lists no languages but is itself written in English.
      if (asked.length === 1 && asked[0] === 'English' && listed.length === 0 && !/\b(?:native|mother tongue|first language|bilingual|C[12]|B[12]|IELTS|TOEFL|spoken|verbal|oral)\b/i.test(item.text) && writtenInEnglish(resume.text))
        return { ...base, verdict: 'met', evidence: 'The resume itself is written in English.' };
    }
    // ("Explaining technical trade-offs to non-technical colleagues" names a soft skill, and the resume may say it in words.)
    const nontech = groups.length === 0 && resume.text !== undefined && NONTECH_ASK.test(item.text) ? resume.text.split('\n').find((l) => NONTECH_SHOWN.test(l)) : undefined;
    if (nontech) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(nontech)}\u201d.` };
    // (s45) "Publications in peer-reviewed journals", "A record of publishing at top venues": met by a line that says the
    // candidate wrote papers ("Three first-author papers (Statistics in Medicine, JASA)", "Published in NeurIPS 2023"),
    // not by papers read, reviewed or presented by others.
    // (s50) "Comfortable reading logs and stack traces in code you did not write": met by a line that read them ("Read Java
    // stack traces to pin bugs", "traced stuck ingest with strace and journalctl"); a resume that names none is not judged.
    const logsRead = groups.length === 0 && resume.text !== undefined && LOGS_ASK.test(item.text) ? resume.text.split('\n').find((l) => LOGS_SHOWN.test(l)) : undefined;
    if (logsRead) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(logsRead)}\u201d.` };
    const published = groups.length === 0 && resume.text !== undefined && PUBLICATION_ASK.test(item.text) ? resume.text.split('\n').find((l) => PUBLICATION_SHOWN.test(l) && !PAPERS_NOT_OWN.test(l)) : undefined;
    if (published) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(published)}\u201d.` };
    // "Fulfilled military obligations (for male candidates)", "Military service completed or exempt": asked in Greece,
    // Turkey, Korea and Israel, against the line a resume there states it on ("Military service: completed (2019)").
    if (groups.length === 0 && resume.text !== undefined && MILITARY_ASK.test(item.text)) {
      const said = resume.text.split('\n').find((l, k, all) => MILITARY_DONE.test(l) || militaryUnder(l, all.slice(Math.max(0, k - 2), k)));
      if (said) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(said)}\u201d.` };
    }
    // (s49) "You have shipped apps to the App Store" read as the store's console (App Store Connect): a line that names the
    // store, or an app of its platform with public ratings or installs, shows it.
    if (STORE.test(item.text) && SHIPPED.test(item.text) && allGroups.length > 0 && allGroups.every((g) => g.met === null && g.options.every((id) => STORE_TOOLS.has(id))) && resume.text !== undefined) {
      const shipped = storeShipped(item.text, resume.text.split('\n'));
      if (shipped) return { ...base, ...shipped };
    }
    // (s49) A bank's boilerplate, "Hands-on practical experience in system design, application development, testing, and
    // operational stability", "Knowledge of the Software Development Life Cycle": the life cycle of software, asked of anyone
    // who builds it. Roles titled for building or testing software (engineer, developer, tester) shipped through it, whether
    // or not their lines name it; a resume without such a role is judged as before. ("A strong grasp of system design" alone
    // stays a grounding the resume need not name.)
    if (!item.years && LIFECYCLE_ASK.test(item.text) && allGroups.length > 0 && allGroups.every((g) => [...(g.met ? [g.met] : []), ...g.options].every((id) => LIFECYCLE.has(id))) && allGroups.some((g) => g.met === null) && resume.profile) {
      const p = resume.profile;
      const built = p.roles.flatMap((r, i) => (BUILDER_TITLE.test(r.title ?? '') && !INTERN_TITLE.test(r.title ?? '') ? [i] : []));
      const n = built.length ? yearsOfRoles(p.roles, built) : 0;
      if (n >= 1) return { ...base, verdict: 'met', evidence: `${years(n)} in roles that build or test software (${p.roles[built[0]!]!.title}${p.roles[built[0]!]!.company ? ` at ${p.roles[built[0]!]!.company}` : ''}): the life cycle asked is the work they shipped.` };
    }
    // (s48) "Experience as a staff or principal engineer, or as a tech lead across several teams": a level asked without
    // years, by the roles' titles at it or above; a lead's work across teams, where the ask offers it, stands in.
    const asStaff = !item.years && !LEVEL_YEARS.test(item.text) ? STAFF_AS.exec(item.text) : null;
    if (asStaff && resume.profile?.roles.length && resume.profile.roles.every((r) => r.title)) {
      const p = resume.profile;
      const want = TITLE_LEVEL.findIndex((re) => re.test(asStaff[1]!));
      const at = p.roles.find((r) => titleLevel(r.title ?? '') >= want);
      if (at) return { ...base, verdict: 'met', evidence: `The resume\u2019s role ${at.title}${at.company ? ` at ${at.company}` : ''} is at ${asStaff[1]!.toLowerCase()} level or above.` };
      const across = ACROSS_TEAMS.test(item.text.slice(asStaff.index + asStaff[0].length)) && resume.text !== undefined ? resume.text.split('\n').find((l) => ACROSS_TEAMS.test(l) && LED.test(l)) : undefined;
      if (across) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(across)}\u201d.` };
      return { ...base, verdict: 'unmet', evidence: `No role of the resume is at ${asStaff[1]!.toLowerCase()} level or above by its title (${p.roles.map((r) => r.title).slice(0, 3).join(', ')}).` };
    }
    // (s49) "You have set the technical direction for search across several teams": a line that set a direction, a roadmap
    // or an architecture for several teams ("Set the search roadmap for the catalog, recommendations and ads teams") shows
    // it; a resume whose titled roles say no such thing has not shown it (a resume names such work where it was done).
    // (s50: whatever field the platform is of: ML work shown is no architecture led for several teams.)
    if (!item.years && DIRECTION_ASK.test(item.text) && (ACROSS_TEAMS.test(item.text) || SEVERAL_TEAMS.test(item.text)) && resume.text !== undefined && resume.profile?.roles.length) {
      const line = resume.text.split('\n').find((l) => (ACROSS_TEAMS.test(l) || SEVERAL_TEAMS.test(l)) && DIRECTION_SHOWN.test(l));
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
      if (resume.profile.roles.every((r) => r.title)) return { ...base, verdict: 'unmet', evidence: 'No line of the resume sets a technical direction for several teams.' };
    }
    // (s55) "Experience leading cross-team technical projects": read as collaboration, a soft skill no resume names; a line
    // that led work with other teams ("led the extraction of invoicing with two other teams") shows it, as for 'other' asks.
    if (groups.length === 0 && allGroups.length > 0 && !item.years && resume.text !== undefined && ACROSS_TEAMS.test(item.text) && LEADS.test(item.text)) {
      const line = resume.text.split('\n').find((l) => ACROSS_TEAMS.test(l) && LED.test(l));
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
    }
    if (groups.length === 0 && allGroups.length > 0 && !item.years)
      return { ...base, verdict: 'unknown', evidence: `Resumes rarely name ${allGroups.map((g) => g.options.map(name).join(' or ')).join(', ')}; Fitmark does not judge it from one.` };
    const groupsMet = groups.filter((g) => g.met !== null).length;
    let shown = groups.flatMap((g) => (g.met ? [g.met] : []));
    let skillsLine = shown.map((id) => name(id)).join(', ');

    // "5+ years in backend, BS in CS or equivalent": one item asks both; each part is judged, and both must hold.
    if (item.years && item.degree && item.kind !== 'degree') {
      // "5 years … with a Bachelor's degree; 9 years with a High School diploma": without the degree, the longer count of
      // the resume's dated roles stands in for it.
      const lieu = LIEU_YEARS.exec(item.text);
      const total = resume.profile?.totalYears ?? 0;
      // (The longer count is the only experience that stands in: fewer years than it do not.)
      const held = lieu ? degreeVerdict({ ...item.degree, equivalentExperience: false }, resume, item.text) : null;
      const degreePart: Judged =
        lieu && held
          ? total >= Number(lieu[1]) && held.verdict !== 'met'
            ? { verdict: 'met', evidence: `${years(total)} of dated roles; ${lieu[1]} asked without the degree.` }
            : held
          : degreeVerdict(item.degree, resume, item.text);
      const parts = [judgeYears(item.years), degreePart] as const;
      return { ...base, ...(item.degree.orYears ? either(...parts) : both(...parts)) };
    }
    // (s47) "You've managed a team of 5+ engineers for at least 2 years", "People management experience": the years of the
    // roles a manager held, by their titles ("Engineering Manager", "Head of Engineering") or their own lines ("Manage 7
    // engineers", "six direct reports"); a tech lead who mentored has managed no one. A resume whose dated roles are all
    // another's does not meet it.
    // (s49: a soft skill the lines show beside it, "Leadership" by a tech lead's lines, does not stand in for the managing;
    // people management itself shown, its own years, dated to the line, are judged as before.)
    if ((item.kind === 'years' || item.kind === 'other' || item.kind === 'skills') && MANAGE_ASK.test(item.text) && groups.every((g) => (g.met === null || (g.met !== 'people-management' && soft(g.met))) && [...(g.met ? [g.met] : []), ...g.options].every((id) => soft(id) || id === 'people-management')) && resume.profile?.roles.length) {
      const judged = managedVerdict(item.years?.min ?? 0, resume.profile, resume.text ?? '');
      if (judged) return { ...base, ...judged };
    }
    // (s47) "3+ years working at a staff level or equivalent technical leadership scope", "2+ years as a principal engineer":
    // the years of the roles at that level or above, by their titles.
    // (s47) "CISA, CISSP or an equivalent certification, or 5+ years in the field": a certificate named there and held (on a
    // line of certificates) meets it, whatever the years.
    const heldCert = item.years && resume.text !== undefined ? certificateHeld(item.text, resume.text) : null;
    if (heldCert) return { ...base, verdict: 'met', evidence: `The resume holds ${heldCert.cert}: \u201c${lineOf(heldCert.line)}\u201d.` };
    const atStaff = item.years && !LEVEL_YEARS.test(item.text) ? STAFF_YEARS.exec(item.text) : null;
    if (atStaff && item.years && resume.profile?.roles.length) {
      const p = resume.profile;
      const want = TITLE_LEVEL.findIndex((re) => re.test(atStaff[1]!));
      const at = p.roles.flatMap((r, i) => (titleLevel(r.title ?? '') >= want ? [i] : []));
      const m = yearsOfRoles(p.roles, at);
      const min = item.years.min;
      return { ...base, verdict: m >= min ? 'met' : m > 0 ? 'partial' : 'unmet', evidence: `${years(m)} at ${atStaff[1]!.toLowerCase()} level or above, by the roles\u2019 titles; ${min}+ asked.` };
    }
    // (s54) "12+ years in software, including 4+ as a technical lead" (its second row, "4+ as a technical lead"), "3 years as
    // a team lead": the years of the roles whose titles lead (Lead, Team Lead, Head of, Manager, Staff, Principal), not the
    // resume's years overall.
    const asLead = item.years ? LEAD_YEARS.exec(item.text) : null;
    if (asLead && item.years && resume.profile?.roles.length && resume.profile.roles.every((r) => r.title)) {
      const p = resume.profile;
      const at = p.roles.flatMap((r, i) => (LEAD_TITLE.test(r.title ?? '') ? [i] : []));
      const m = yearsOfRoles(p.roles, at);
      const min = item.years.min;
      // (A lead named on a line, not in a title, "Tech lead of the search team since January 2024", is judged by its
      // lines' dates, as before.)
      if (m >= min || !TEAM_LEAD_SHOWN.test(resume.text ?? ''))
        return { ...base, verdict: m >= min ? 'met' : m > 0 ? 'partial' : 'unmet', evidence: at.length ? `${years(m)} in roles that lead by their titles (${p.roles[at[0]!]!.title}); ${min}+ asked.` : `No role of the resume leads by its title (${p.roles.map((r) => r.title).slice(0, 3).join(', ')}); ${min}+ years asked.` };
    }
    if (item.years) {
      const judged = judgeYears(item.years);
      return { ...base, ...(yearsGroups ? { groups: yearsGroups } : {}), ...judged };
    }

    if (item.kind === 'degree' && item.degree) {
      // "… graduating between December 2027 and June 2028", against "expected June 2028" in the resume.
      // ("… completed between December 2025 and June 2027": a window for the degree's completion is one for graduation.)
      const when = /raduat|\bcomplet(?:ed|ing|ion)\b|\b(?:conferred|awarded)\b/i.test(item.text) && resume.text !== undefined ? graduationVerdict(item.text, resume.text) : null;
      // (s52) A posting for new graduates ("Data Engineer I (New Grad 2027)", "Graduate Scheme 2027") hires those about to
      // graduate: a degree the resume expects ("B.S. Computer Science, expected December 2026") is the degree it asks.
      return { ...base, ...(when ?? degreeVerdict(item.degree, resume, NEW_GRAD_POST.test(place) ? `${item.text} (new graduates)` : item.text)) };
    }

    // US citizenship asked, and the resume holds a US clearance: only US citizens are granted one.
    if (item.kind === 'authorization' && US_CITIZEN.test(item.text) && US_CLEARANCE.test(resume.profile?.clearance ?? ''))
      return { ...base, verdict: 'met', evidence: `The resume names ${resume.profile!.clearance}, which only US citizens are granted.` };
    // "Visa: USC, GC, GC-EAD, H4-EAD only", against "Visa: GC-EAD" in the resume.
    if (item.kind === 'authorization' && resume.text !== undefined) {
      const status = statusVerdict(item.text, resume.text);
      if (status) return { ...base, verdict: status.verdict, evidence: status.verdict === 'met' ? `The resume says \u201c${status.evidence}\u201d.` : `The resume says \u201c${status.evidence}\u201d; the posting takes ${item.text.replace(/^[^:]*:\s*/, '').replace(/\s+only\b.*$/i, '')} only.` };
    }
    // "You must have the right to work in the UK", against "British citizen" in the resume.
    if (item.kind === 'authorization' && resume.text !== undefined) {
      held ??= rightsHeld(resume.text);
      const shown = rightShown(item.text, held);
      if (shown) return { ...base, verdict: 'met', evidence: `The resume says \u201c${shown.evidence}\u201d.` };
      // "This position is not eligible for visa sponsorship" in a job in Reston, VA: the right to work in the job's
      // country is asked, and a resume that states it ("U.S. citizen") meets it.
      // ("Remote (US or Canada)": a job open in several countries takes a right to work in any of them.)
      const countries = rightAsked(item.text) === null ? jobCountries(place) : [];
      const there = held.find((h) => countries.includes(h.country));
      if (there) return { ...base, verdict: 'met', evidence: `The resume says \u201c${there.evidence}\u201d; the job is ${countries.length > 1 ? 'open ' : ''}in ${there.country}.` };
      // "Stamp 4 or an EU/EEA passport; we cannot sponsor", against "Stamp 1G (graduate permission)": the resume states a
      // permission tied to a visa where rights that need none are asked.
      const resident = residentNotCitizen(item.text, held);
      if (resident) return { ...base, verdict: 'unmet', evidence: `The resume says \u201c${resident.evidence}\u201d: a resident, not a citizen; the posting asks citizenship.` };
      const elsewhere = citizenElsewhere(item.text, held);
      if (elsewhere) return { ...base, verdict: 'unmet', evidence: `The resume says \u201c${elsewhere.evidence}\u201d: a citizen of ${elsewhere.country}, with no status in the country asked.` };
      const permit = permitShort(item.text, resume.text, place);
      if (permit) return { ...base, verdict: 'unmet', evidence: `The resume says \u201c${permit}\u201d: a permission tied to a visa; the posting asks rights that need no sponsor.` };
      // (s50) "You must have full working rights in Australia", against "will need a sponsored visa (subclass 482)": the
      // resume says its holder needs a sponsor, so holds no such right.
      const needs = offersSponsorship(item.text) ? null : sponsorNeeded(resume.text);
      if (needs) return { ...base, verdict: 'unmet', evidence: `The resume says \u201c${needs}\u201d: a sponsor is needed; the posting asks the right to work.` };
    }
    if (item.kind === 'clearance') {
      const c = resume.profile?.clearance;
      // A US level below the one asked ("Secret" held, "TS/SCI" asked) is partly met: the higher one takes a new investigation.
      // (One to be obtained, "eligible for a Top Secret", is met by any US clearance held: only a US citizen holds one.)
      if (c && US_LEVEL[c] !== undefined && !OBTAIN.test(item.text)) {
        const asked = usLevelAsked(item.text);
        // (s50: asked held from the start, "Active TS/SCI ... required at start", the job cannot begin until the higher level is
        // granted: a bar failed, which caps the score, though the level is partly there.)
        if (asked && US_LEVEL[asked]! > US_LEVEL[c]!) return { ...base, verdict: 'partial', evidence: `The resume names ${c}; ${asked} asked.`, ...(HELD_NOW.test(item.text) ? { bar: true as const } : {}) };
      }
      // "TS/SCI with Full Scope Polygraph" against "TS/SCI w/ CI Polygraph": a counterintelligence polygraph is the narrower
      // one; the full-scope (lifestyle) one adds its questions, so the clearance is partly met. (The other way round it is met.)
      if (c === 'TS/SCI with polygraph' && FULL_SCOPE.test(item.text) && resume.text !== undefined) {
        const line = resume.text.split('\n').find((l) => /\bpoly(?:graph)?\b/i.test(l));
        if (line && CI_POLY.test(line) && !FULL_SCOPE.test(line)) return { ...base, verdict: 'partial', evidence: `The resume says \u201c${lineOf(line)}\u201d; a full-scope polygraph asked.` };
      }
      const above = c && !OBTAIN.test(item.text) ? otherLevelShort(c, item.text) : null;
      if (above) return { ...base, verdict: 'partial', evidence: `The resume names ${c}; ${above} asked.` };
      if (c) return { ...base, verdict: 'met', evidence: `The resume names ${c}.` };
      // "Must be able to obtain a Secret clearance": the US grants one to its citizens after hire; a US citizen is eligible.
      // (So for a Public Trust position, "Ability to obtain and maintain a Public Trust clearance": a suitability check, not a clearance level.)
      // (s54) "Must have a security clearance or the ability to obtain one" in a job in the US ("Columbia, MD"): a US
      // clearance, though it names no level; the US grants its clearances to its citizens only, so a resume that states
      // another status (a permanent resident, a Canadian citizen on TN status) and no US citizenship cannot obtain it.
      const usGeneric = !US_CLEARANCE_ASKED.test(item.text) && !UK_CLEARANCE_ASKED.test(item.text) && /\bsecurity clearance\b/i.test(item.text) && jobCountries(place).includes('the US') && jobCountries(place).length === 1;
      if (resume.text !== undefined && OBTAIN.test(item.text) && (US_CLEARANCE_ASKED.test(item.text) || usGeneric || /\bpublic trust\b/i.test(item.text))) {
        held ??= rightsHeld(resume.text);
        const us = rightShown('U.S. citizenship', held);
        if (us) return { ...base, verdict: 'met', evidence: `The resume says \u201c${us.evidence}\u201d: a US citizen can be granted the clearance asked.` };
        const other = !/\bpublic trust\b/i.test(item.text) ? held.find((h) => (h.country === 'the US' && !US_CITIZEN.test(h.evidence)) || (h.country !== 'the US' && /\bcitizen/i.test(h.evidence))) : undefined;
        if (other) return { ...base, verdict: 'unmet', evidence: `The resume says \u201c${other.evidence}\u201d: a US clearance is granted to US citizens only.` };
      }
      // "Must hold or be willing to undergo SC clearance": a UK clearance is granted after hire to those eligible; a resume
      // that says it is eligible, or a British citizen, is.
      if (resume.text !== undefined && OBTAIN.test(item.text) && UK_CLEARANCE_ASKED.test(item.text)) {
        const line = resume.text.split('\n').find((l) => UK_ELIGIBLE.test(l));
        if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d: the clearance asked can be granted after hire.` };
      }
      // "Secret (inactive since 2019)": a US clearance once granted; it meets one to be obtained, and partly one held now.
      const former = resume.text !== undefined && US_CLEARANCE_ASKED.test(item.text) ? formerUsClearance(resume.text) : null;
      if (former && OBTAIN.test(item.text)) return { ...base, verdict: 'met', evidence: `The resume says \u201c${former}\u201d: a clearance once granted can be reinstated.` };
      // (s51: asked held from the start, "Active Secret clearance", a lapsed one must be reinstated before the job can begin:
      // a bar failed, as a lower level held is (s50), though the clearance is partly there.)
      if (former) return { ...base, verdict: 'partial', evidence: `The resume says \u201c${former}\u201d; one held now is asked.`, ...(HELD_NOW.test(item.text) ? { bar: true as const } : {}) };
      // "An active Secret clearance": a clearance held is named on a resume, so one that names none holds none.
      if (HELD_CLEARANCE.test(item.text) && !OBTAIN.test(item.text)) return { ...base, verdict: 'unmet', evidence: 'The resume names no clearance; one already held is asked.' };
      return { ...base, verdict: 'unknown', evidence: 'The resume names no clearance.' };
    }

    // "Remote — must reside in TX, FL, GA, NC or AZ": against the address in the resume's header.
    const places = item.kind === 'other' || item.kind === 'authorization' ? residencePlaces(item.text) : null;
    if (places && resume.text !== undefined) {
      lives ??= resumePlaces(resume.text);
      const judged = residenceVerdict(places, lives);
      if (judged) return { ...base, ...judged };
    }
    // An internal move's "You must have been in your current role for at least 12 months": the resume's role to the present.
    const tenure = item.kind === 'other' && !groups.length ? tenureVerdict(item.text, resume.profile) : null;
    if (tenure) return { ...base, ...tenure };
    // Indeed's "Ability to Commute: Tampa, FL 33602 (Required)": where the job is, against the resume's address.
    // ("Able to work from our Portland office on Tuesdays", the job in Portland, Oregon: a commute to the office's town.)
    const commute = item.kind === 'other' && !groups.length ? commutePlace(item.text) ?? officePlace(item.text, place) : null;
    if (commute && resume.text !== undefined) {
      lives ??= resumePlaces(resume.text);
      const judged = commuteVerdict(commute, lives);
      if (judged) return { ...base, ...judged };
    }
    // (s46) "Must relocate to Greenville, SC before the start date": a move asked, against a resume that says it is open to
    // one ("Open to relocation", "Willing to relocate") or not; else nothing tells (commuteVerdict's rule).
    if (item.kind === 'other' && !groups.length && RELOCATE_ASK.test(item.text) && resume.text !== undefined) {
      const said = resume.text.split('\n').find((l) => RELOCATE_SAID.test(l));
      if (said) return { ...base, verdict: RELOCATE_REFUSED.test(said) ? 'unmet' : 'met', evidence: `The resume says \u201c${lineOf(said)}\u201d.` };
    }
    // "Contributions to Apache Flink or Kafka Streams": code given to the project, not its use. Met by a line that says it
    // contributed (or maintains) and names one of the options; a resume that says no contribution at all does not meet it.
    if (groups.length > 0 && !item.years && resume.text !== undefined && CONTRIB_ASK.test(item.text)) {
      const lines = contributionLines(resume.text);
      const names = item.groups.flat().map((id) => name(id).toLowerCase());
      // "Contributions to open-source networking projects": no project named, any contribution the resume gives will do.
      // (Where it says so in words that need not be about code, "contributed to a 20% rise", the line must say open source.)
      const named = item.groups.some((g) => g.includes('open-source'))
        ? lines.find((l) => l.under || /\bcontributor to\b|\bopen[- ]?source\b|\bupstream\b|\bgithub\b/i.test(l.text) || CONTRIB_SHOWN.test(l.text.replace(/\bcontribut\w+/gi, '')))?.text
        : lines
            .map((l) => l.text)
            .find((l) => names.some((n) => l.toLowerCase().includes(n) || l.toLowerCase().includes(n.replace(/^apache /, ''))) || (/\bcncf\b/i.test(item.text) && CNCF_PROJECT.test(l)));
      if (named) return { ...base, verdict: 'met', evidence: `The resume says \u201c${named.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160)}\u201d.` };
      if (lines.length === 0) return { ...base, groups: allGroups.map((g) => ({ met: null, options: item.groups[allGroups.indexOf(g)]! })), verdict: 'unmet', evidence: 'The resume names no contribution to a project; using one is no contribution to it.' };
    }
    // "You work as a registered freelancer (Freiberufler or Gewerbe) with your own VAT ID": names of a status, not skills.
    if (groups.length > 0 && resume.text !== undefined && item.groups.flat().every((id) => id.startsWith('term:')) && OWN_BUSINESS_ASK.test(item.text)) {
      const line = resume.text.split('\n').find((l) => OWN_BUSINESS_SHOWN.test(l));
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
    }
    if (groups.length > 0 && counted) {
      // (A counted group is never all soft skills: each group here is the item's own, in order.)
      const all = allGroups.flatMap((g, k) => (shownOf[k]!.length >= need(k) ? shownOf[k]! : []));
      const some = shownOf.flat();
      const lacking = allGroups.map((g, k) => (g.met ? '' : need(k) > 1 ? `${need(k) - shownOf[k]!.length} more of ${item.groups[k]!.filter((id) => !shownOf[k]!.includes(id)).map(name).join(', ')}` : g.options.map(name).join(' or '))).filter(Boolean);
      if (lacking.length === 0) return { ...base, verdict: 'met', evidence: evidenceOf(all, resume, name) };
      if (some.length > 0) return { ...base, verdict: 'partial', evidence: `${evidenceOf(some, resume, name)}; not shown: ${lacking.join(', ')}.` };
      return { ...base, verdict: 'unmet', evidence: `The resume does not show ${lacking.join(', ').replace(/\b(\d+) more of /g, '$1 of ')}.` };
    }
    if (groups.length > 0) {
      // (Where every option shown of a group is only learnt, the group is partly shown: see learntOnly.)
      // (Not where study meets the ask in full: "Coursework in distributed systems", "Understanding of computer networking".)
      const studied = groupsMet === groups.length && learnt.size && !STUDY_ASK.test(item.text) ? groups.filter((g, k) => g.met !== null && item.groups[allGroups.indexOf(g)]!.filter((id) => resume.covered.has(id)).every((id) => learnt.has(id))) : [];
      if (studied.length) {
        const what = studied.map((g) => `${name(g.met!)} (\u201c${lineOf(resume.covered.get(g.met!)!.evidence)}\u201d)`).join(', ');
        return { ...base, verdict: 'partial', evidence: `The resume names ${what} only as studied, not used in a role.` };
      }
      if (groupsMet === groups.length) return { ...base, verdict: 'met', evidence: evidenceOf(shown, resume, name) };
      // (s47) "Healthcare or another regulated industry", "digital health or another regulated product (PHIPA, HIPAA)": the
      // industries and rules named before stand aside for a role in any regulated industry (REGULATED).
      if (OR_REGULATED.test(item.text) && resume.text !== undefined) {
        const aside = groups.filter((g) => g.met === null && g.options.every((id) => isDomain(id) || REGULATIONS.has(id) || id.startsWith('term:')));
        const shownIn = aside.length && groups.every((g) => g.met !== null || aside.includes(g)) ? domainsShown(REGULATED, resume.profile, resume.text) : null;
        const first = REGULATED.find((id) => shownIn?.has(id));
        if (first) return { ...base, verdict: 'met', evidence: `The resume says \u201c${shownIn!.get(first)!.evidence}\u201d: ${name(first)} is a regulated industry.` };
      }
      // (s47) "Experience in a healthcare or other 24x7 environment": a line of round-the-clock work meets the other choice.
      if (OR_ROUND_CLOCK.test(item.text) && resume.text !== undefined && groups.every((g) => g.met !== null || g.options.every((id) => isDomain(id) || id.startsWith('term:')))) {
        const line = resume.text.split('\n').find((l) => ROUND_CLOCK_SHOWN.test(l));
        if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
      }
      // "Background in energy or industrial IoT": an industry named in words as the other choice of the one thing asked is
      // met by a role in it, as an industry asked alone is.
      // (s58: the "or" in the posting's language, "nel settore dei trasporti o del turismo", "eller", "oder", "ou", "lub", "nebo".)
      if (groups.length === 1 && /(?<![\p{L}])(?:or|o|ou|oder|eller|lub|nebo|of)(?![\p{L}])/iu.test(item.text) && resume.text !== undefined) {
        const words = industriesAsked(item.text).filter((id) => !item.groups[0]!.includes(id));
        const inIt = words.length ? domainsShown(words, resume.profile, resume.text) : null;
        const first = words.find((id) => inIt?.has(id));
        if (first) return { ...base, verdict: 'met', evidence: `The resume says \u201c${inIt!.get(first)!.evidence}\u201d.` };
      }
      // "Hands-on with core AWS services: IAM, VPC, EC2, S3, RDS", "networking fundamentals (subnets, routing, VPNs)": what
      // is asked is shown, and some of its examples; an example the resume does not name is no lack.
      const ex = examples[index] ?? [];
      const head = allGroups.flatMap((g, k) => (ex.includes(k) ? [] : [g]));
      // "Red Hat Enterprise Linux administration (RHCE highly regarded)": a bracket that only wishes for what it names
      // (highly regarded, a plus, preferred) asks nothing of its own; what is asked before it decides.
      const wishes = wishGroups(item.text, item.groups, name);
      const asked = allGroups.filter((_, k) => !wishes.includes(k));
      if (wishes.length && asked.length && asked.every((g) => g.met !== null)) {
        const missing = wishes.filter((k) => allGroups[k]!.met === null).map((k) => allGroups[k]!.options.map(name).join(' or '));
        return { ...base, verdict: 'met', evidence: `${evidenceOf(shown, resume, name)}${missing.length ? `; wished for, not shown: ${missing.join(', ')}` : ''}.` };
      }
      // ("PostgreSQL query tuning (EXPLAIN, indexes, partitioning)": an example named in words on a resume's line, "partial
      // indexes", shows one too, where the taxonomy knows another of them, partitioning, and the resume does not name it.)
      const worded = ex.length && head.length && head.every((g) => g.met !== null) && resume.text !== undefined ? exampleWorded(item.text, resume.text, !ex.some((k) => allGroups[k]!.met !== null)) : null;
      if (worded) return { ...base, verdict: 'met', evidence: `${evidenceOf(shown, resume, name)}; \u201c${lineOf(worded)}\u201d names one of the examples.` };
      if (ex.length && head.length && head.every((g) => g.met !== null) && ex.some((k) => allGroups[k]!.met !== null)) {
        const missing = ex.filter((k) => allGroups[k]!.met === null).map((k) => allGroups[k]!.options.map(name).join(' or '));
        return { ...base, verdict: 'met', evidence: `${evidenceOf(shown, resume, name)}; examples the resume does not name: ${missing.join(', ')}.` };
      }
      // (s53) "Threat modeling for web applications and APIs": the practice shown; what it is done for, kinds of systems, is
      // its scope, not an ask of its own.
      if (ex.length && head.length && head.every((g) => g.met !== null) && FOR_SCOPE.test(item.text))
        return { ...base, verdict: 'met', evidence: `${evidenceOf(shown, resume, name)}; what it is done for (${ex.map((k) => allGroups[k]!.options.map(name).join(' or ')).join(', ')}) is its scope.` };
      // "A side project involving audio or signal processing": a project of the resume's on any subject of the list.
      const project = resume.text !== undefined && !item.years ? projectVerdict(item.text, resume.text) : null;
      if (project) return { ...base, ...project };
      // "Understanding of concurrency: goroutines, channels, the memory model": one thing asked, its examples in words after a
      // colon; a line naming one ("worker pools built on goroutines and channels") shows it.
      const example = groups.length === 1 && groupsMet === 0 && resume.text !== undefined ? colonExamples(item.text, resume.text.split('\n')) : null;
      if (example) return { ...base, ...example };
      // "You can write Go, or you're strong in another typed language": what follows "or … another" is a choice of the
      // thing named before it, which the resume shows.
      if (groupsMet > 0 && orAnother(item.text, groups, name)) return { ...base, verdict: 'met', evidence: evidenceOf(shown, resume, name) };
      // "Event streaming with Kafka or RabbitMQ", "Container orchestration using Nomad": a practice, then the tools it is
      // done with; a tool shown does the practice.
      if (groupsMet > 0 && practiceWithTools(item.text, groups, name)) return { ...base, verdict: 'met', evidence: `${evidenceOf(shown, resume, name)} (the tools the ask names for it).` };
      // (s48) "Knowledge of IEC 62443 (zones and conduits, security levels)", "HL7 v2 messaging (ADT, ORM, ORU)": a standard
      // asked by its name and number; what its bracket names are its parts, and a resume that shows them but not the
      // standard has worked in the field, not to the standard.
      if (groupsMet > 0 && ex.length && head.length && head.every((g) => g.met === null) && groups.every((g) => g.met === null || ex.includes(allGroups.indexOf(g))) && STANDARD_NAMED.test(item.text.replace(/\([^()]*\)/g, ' ')))
        return { ...base, verdict: 'unmet', evidence: `The resume does not show ${head.map((g) => g.options.map(name).join(' or ')).join(', ')}; what it shows of the bracket is the field, not the standard.` };
      // (s55) "Medical imaging (DICOM)", "A message broker (RabbitMQ)": one example in brackets of the kind asked before it;
      // the example shown shows the kind. (Two or more examples are judged above; a standard's parts, just above, are not.)
      const single = /^[^()]*\(\s*([^(),;/]+?)\s*\)\s*[.;]?\s*$/.exec(item.text);
      if (groupsMet > 0 && single && !/\b(?:or|and|etc|e\.g|such as|like|preferred|required|ideally|years?|plus|bonus)\b/i.test(single[1]!) && ex.length && head.length && ex.every((k) => allGroups[k]!.met !== null) && head.every((g) => g.met === null))
        return { ...base, verdict: 'met', evidence: `${evidenceOf(shown, resume, name)}: the example in brackets, shown, is the kind asked.` };
      if (groupsMet > 0) return { ...base, verdict: 'partial', evidence: `${evidenceOf(shown, resume, name)}; not shown: ${groups.filter((g) => !g.met).map((g) => g.options.map(name).join(' or ')).join(', ')}.` };
      // "Parsing messy external data (CSV, XML, EDI)": a bracket of names given as examples of the thing asked, one of them
      // named on a line of the resume ("ingestion services for EDI … and carrier CSV feeds"), shows it.
      const bracket = groupsMet === 0 && resume.text !== undefined ? bracketNamed(item.text, resume.text) : null;
      if (bracket) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(bracket)}\u201d.` };
      // "Security+ within 6 months of start", "ability to obtain a CKA": to be had after hire; not having it yet is no gap.
      if (AFTER_HIRE.test(item.text)) return { ...base, verdict: 'unknown', evidence: `Asked after hire; the resume does not show ${groups.map((g) => g.options.map(name).join(' or ')).join(', ')} yet.` };
      return { ...base, verdict: 'unmet', evidence: `The resume does not show ${groups.map((g) => g.options.map(name).join(' or ')).join(', ')}.` };
    }
    // "A record of leading technical initiatives across several teams", against "Led a cross-team migration of twelve services".
    if (item.kind === 'other' && resume.text !== undefined && ACROSS_TEAMS.test(item.text) && LEADS.test(item.text)) {
      const line = resume.text.split('\n').find((l) => ACROSS_TEAMS.test(l) && LED.test(l));
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${line.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160)}\u201d.` };
    }
    // (s49) "Experience leading a mobile team", "You have led a small team": leading a team, against a line that says the
    // resume led one ("Led a team of three iOS engineers", "Tech lead for the payments squad") or managed its engineers.
    if (item.kind === 'other' && groups.length === 0 && resume.text !== undefined && TEAM_LEAD_ASK.test(item.text)) {
      const line = resume.text.split('\n').find((l) => TEAM_LEAD_SHOWN.test(l));
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
    }
    // (s46) "Experience hiring engineers: interviewing and making hiring decisions", against "Interviewed 40+ candidates and
    // sat on the hiring panel", "Hired four engineers": the resume's own part in hiring.
    if (item.kind === 'other' && groups.length === 0 && resume.text !== undefined && HIRING_ASK.test(item.text)) {
      const line = resume.text.split('\n').find((l) => HIRING_SHOWN.test(l));
      // (s49) "Experience hiring engineers and building a team": interviews alone are the resume's part in hiring, not a team
      // it built; a team grown or hired ("Hired nine engineers", "grew the team from two to six") shows both.
      const built = BUILD_TEAM_ASK.test(item.text) ? resume.text.split('\n').find((l) => TEAM_BUILT.test(l)) : line;
      if (line && !built) return { ...base, verdict: 'partial', evidence: `The resume says \u201c${lineOf(line)}\u201d; no team it built or grew.` };
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(built ?? line)}\u201d.` };
    }
    // "Must be eligible for Government of Canada Reliability Status": a screening asked in words the checklist reads as no
    // clearance; the resume's own, named in it, meets it.
    const ownClearance = resume.profile?.clearance;
    if (item.kind === 'other' && ownClearance && groups.length === 0 && new RegExp(`(?<![\\w-])${escapeRe(ownClearance)}(?![\\w-])`, 'i').test(item.text) && /\b(?:status|clearance|screening|vetting|cleared|eligib\w*|hold)\b/i.test(item.text))
      return { ...base, verdict: 'met', evidence: `The resume names ${ownClearance}.` };
    // (s53) "You're fine carrying a pager one week in six", "la permanence d'astreinte": on-call asked in words the checklist
    // reads as no skill. A line on call, carrying the pager or commanding incidents, or a role titled for site reliability
    // (SRE_TITLE), shows it; a resume silent on it leaves it unknown (a willingness asked).
    if (item.kind === 'other' && groups.length === 0 && !item.years && resume.text !== undefined && PAGER_ASK.test(item.text)) {
      const line = resume.text.split('\n').find((l) => PAGER_SHOWN.test(l));
      const sre = resume.profile?.roles.find((r) => SRE_TITLE.test(r.title ?? ''));
      if (line) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
      if (sre) return { ...base, verdict: 'met', evidence: `${sre.title}: a role titled for site reliability carries the pager.` };
    }
    // (s53) "A record of making slow services measurably faster": a figure of speed gained ("cut p99 from 2.4 s to 180 ms",
    // "halving pause times", "3x faster") meets it; growth borne ("traffic grew 10x") or a slowdown found is no speed gained,
    // and a resume with no such figure does not show the record asked.
    if (item.kind === 'other' && groups.length === 0 && !item.years && resume.text !== undefined && FASTER_ASK.test(item.text)) {
      const line = resume.text.split('\n').find((l) => FASTER_SHOWN.test(l));
      return line
        ? { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` }
        : { ...base, verdict: 'unmet', evidence: 'No line of the resume makes something faster by a figure (a latency or a time cut, a share off it, N times faster).' };
    }
    // (s53) "Knowledge of UK pensions regulation (auto-enrolment, The Pensions Regulator)", "Knowledge of the FCA's
    // operational resilience rules": rules a resume names where it worked under them. A line naming the rules, a bracketed
    // example of them, or their regulator meets it; a resume that names none does not show it.
    const ruled = item.kind === 'other' && groups.length === 0 && !item.years && resume.text !== undefined ? rulesAsked(item.text) : null;
    if (ruled) {
      const line = resume.text!.split('\n').find((l) => ruled.some((re) => re.test(l)));
      return line ? { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : { ...base, verdict: 'unmet', evidence: 'The resume names none of the rules asked, nor their examples or regulator.' };
    }
    // What only the resume's words tell: publications at venues, work at a startup, examples after a colon.
    if (item.kind === 'other' && groups.length === 0 && !item.years && resume.text !== undefined) {
      const said = schoolVerdict(item.text, resume.profile, resume.text) ?? trainingVerdict(item.text, resume.text) ?? internshipVerdict(item.text, resume.profile) ?? wordsVerdict(item.text, resume.text) ?? regulatedVerdict(item.text, resume.profile, resume.text) ?? roleAsked(item.text, resume.profile) ?? industryVerdict(item.text, resume.profile, resume.text, written.text) ?? namedVerdict(item.text, resume.text) ?? phraseVerdict(item.text, resume.text) ?? backgroundVerdict(item.text, resume.profile, resume.text);
      if (said) return { ...base, ...said };
    }
    // (s49) "Registration as a Professional Engineer (PE) in the State of Oregon", "Chartered Engineer status": an engineer's
    // licence. A resume names the licence it holds ("Gareth Okonjo, P.E.", "Professional Engineer, Oregon, 2019"); one that
    // names none (an Engineer Intern, EIT, has passed the first exam only) does not hold it. To be had after hire: unknown.
    if (groups.length === 0 && !item.years && resume.text !== undefined && ENGINEER_LICENCE_ASK.test(item.text)) {
      if (AFTER_HIRE.test(item.text) || OBTAIN.test(item.text)) return { ...base, verdict: 'unknown', evidence: 'Asked after hire.' };
      const line = resume.text.split('\n').find((l) => ENGINEER_LICENCE_HELD.test(l) && !UNDERWAY.test(l) && !/\b(?:studying|preparing|working towards?|exam (?:scheduled|planned))\b/i.test(l));
      return line ? { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : { ...base, verdict: 'unmet', evidence: 'The resume names no engineer\u2019s licence (PE, P.Eng., CEng); a resume names the licence it holds.' };
    }
    // (s48) "Epic Bridges certification", "A PRINCE2 certificate": a certificate asked by a name the taxonomy does not know. A
    // resume names the certificates it holds, so one that names it on a line of certificates holds it, and one that names
    // it nowhere does not.
    const namedCert = item.kind === 'other' && groups.length === 0 && !item.years && resume.text !== undefined && !AFTER_HIRE.test(item.text) && !OBTAIN.test(item.text) ? (NAMED_CERT.exec(item.text) ?? NAMED_CERT_ABROAD.exec(item.text)) : null;
    // (s50) "Epic Ambulatory certification required; new hires without it must earn it within 6 months of hire": the
    // certificate, its first clause, may be had after hire; a resume that names it holds it now, and meets the ask. One
    // that does not is left to the hire's months to come (unknown, as before).
    const laterCert = !namedCert && item.kind === 'other' && groups.length === 0 && !item.years && resume.text !== undefined && (AFTER_HIRE.test(item.text) || OBTAIN.test(item.text)) ? NAMED_CERT.exec(item.text.split(/[;,]/)[0]!.replace(/\s+(?:is\s+)?(?:required|mandatory|a must)\s*$/i, '')) : null;
    const heldLater = laterCert ? certificateNamed(laterCert[1]!.trim(), resume.text!) : null;
    if (heldLater) return { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(heldLater)}\u201d.` };
    if (namedCert) {
      const held = certificateNamed(namedCert[1]!.trim(), resume.text!);
      return held ? { ...base, verdict: 'met', evidence: `The resume says \u201c${lineOf(held)}\u201d.` } : { ...base, verdict: 'unmet', evidence: `The resume names no ${namedCert[1]!.trim()} certificate; a resume names those it holds.` };
    }
    return { ...base, verdict: 'unknown', evidence: 'Fitmark cannot tell this from a resume.' };

    /** (s48) The smaller count a years ask gives some of its groups ("..., of which 2 or more in OT"), and those groups (by `groups`' order). */
    function subYears(text: string, min: number): { n: number; groups: (typeof groups)[number][] } | null {
      if (LEVEL_YEARS.test(text)) return null;
      const m = SUB_YEARS.exec(text);
      const n = m ? (LEVEL_COUNT[m[1]!.toLowerCase()] ?? Number(m[1])) : NaN;
      if (!m || !(n < min)) return null;
      const at = (id: string) => text.search(new RegExp(`(?<![\\w-])${escapeRe(id.startsWith('term:') ? id.slice(5) : name(id))}(?![\\w-])`, 'i'));
      // (An industry is named in the ask by its own words, "in industrial settings": those after the count name it.)
      const tail = INDUSTRY_WORDS.filter((i) => i.words.test(text.slice(m.index))).map((i) => i.id);
      const after = groups.filter((g) => {
        const options = [...(g.met ? [g.met] : []), ...g.options];
        const role = /\bas$/i.test(m[0]);
        // (A role's words, "in production", read as an option in words beside it, do not place it.)
        const found = (role ? options.filter((id) => !isTerm(id)) : options).map(at).filter((i) => i >= 0);
        // (s55: "including 2+ leading a team": the part's verb names the leading, "Leadership" written nowhere.)
        if (!found.length && /\b(?:leading|managing)\b/i.test(m[0]) && options.some((id) => /^(?:leadership|people-management|team-leadership|engineering-management|technical-leadership)$/.test(id))) return true;
        // (s56: "6+ years with PostgreSQL, at least 3 as a DBA, DBRE or in a similar role": a group with an option named after
        // "as", or named nowhere by its name where another is named before the count, is the role named after "as".)
        const before = (o: (typeof groups)[number]) => [...(o.met ? [o.met] : []), ...o.options].map(at).some((i) => i >= 0 && i < m.index);
        return found.length > 0 ? found.every((i) => i > m.index) || (role && found.some((i) => i > m.index)) : options.some((id) => tail.includes(id)) || (role && groups.some((o) => o !== g && before(o)));
      });
      return after.length ? { n, groups: after } : null;
    }

    /**
     * The years asked, judged; where that is short of met, "8 years of experience as a systems or cloud engineer", "4+
     * years in a DevOps or build/release role": years in roles whose titles name one of the kinds asked count, whatever
     * skills those roles' lines name.
     */
    function judgeYears(asked: { min: number; max: number | null }, only?: 'overall' | 'skills'): Judged {
      const judged = judgeYearsOf(asked, only);
      const p = resume.profile;
      if (judged.verdict === 'met' || only || !p) return judged;
      const titled = titledYears(item.text, p.roles);
      if (!titled || titled.years < asked.min || (asked.max !== null && asked.max > 0 && asked.max <= CEILING_MOST && titled.years > asked.max + 1)) return judged;
      return { verdict: 'met', evidence: `${years(titled.years)} in roles titled ${titled.words}; ${asked.min}+ asked.` };
    }

    function judgeYearsOf(asked: { min: number; max: number | null }, only?: 'overall' | 'skills'): Judged {
      // "10+ years overall IT experience with 5+ years on AWS": the first count is of the work overall, the second of the
      // skills named after it; each part is judged by its own count.
      if (!only && groups.length) {
        const split = OVERALL_WITH_SKILL.exec(item.text);
        if (split && Number(split[1]) === asked.min && Number(split[2]) < asked.min) return both(judgeYears(asked, 'overall'), judgeYears({ min: Number(split[2]), max: null }, 'skills'));
        // (s48) "6+ years building backend services, 3+ in Go, Java or C++", "At least 5 years in cyber security, of which 2
        // or more in OT": what is named after the smaller count needs only its years; where that is every group, the larger
        // count is of the work overall.
        const sub = subYears(item.text, asked.min);
        if (sub && sub.groups.length === groups.length) return both(judgeYears(asked, 'overall'), judgeYears({ min: sub.n, max: null }, 'skills'));
        if (sub) subNeed = { n: sub.n, groups: sub.groups };
      }
      const p = resume.profile;
      // (s51) "Experience: 0-2 years", "0+ years": no least count is asked; any resume meets it, dated roles or none.
      if (asked.min === 0 && (!p || p.totalYears === null || asked.max === null || p.totalYears <= asked.max + 1)) return { verdict: 'met', evidence: `No least count of years is asked (${asked.max !== null ? `0\u2013${asked.max}` : '0+'}).` };
      // (s53) "Experience: 0-2 years" on a "Junior Data Analyst" posting, against a career changer (a production engineer
      // seven years, then a data analyst one): the band is of the work the posting is for. Where the roles titled as its
      // title is hold years inside it, the years of another line of work do not make the resume too senior for it.
      if (asked.min === 0 && asked.max !== null && asked.max <= CEILING_MOST && p && p.totalYears !== null) {
        const job = jobTitled(place);
        const at = job ? p.roles.flatMap((r, i) => (job.re.test(r.title ?? '') ? [i] : [])) : [];
        const n = at.length ? yearsOfRoles(p.roles, at) : 0;
        if (job && at.length && at.length < p.roles.length && n <= asked.max + 1)
          return { verdict: 'met', evidence: `${years(n)} as ${job.words}; the other roles are another line of work; 0\u2013${asked.max} asked.` };
      }
      if (!p || p.totalYears === null) return { verdict: 'unknown', evidence: 'The resume gives no dated roles to count years from.' };
      // "0–3 years" or "2–4 years": a range with a ceiling; well past it, the role is pitched below the resume. A senior
      // range ("7-10 yrs", "6–8 years") names the band a role is pitched at, not a cap: a reader does not hold fifteen years
      // against it, so only a ceiling of five years or less is one.
      const range = asked.max !== null && asked.max > asked.min ? `${asked.min}–${asked.max}` : `${asked.min}+`;
      const above = (n: number) => asked.max !== null && asked.max > 0 && asked.max <= CEILING_MOST && n > asked.max + 1;
      const overall = (): Judged => {
        // "3+ years of non-internship professional experience": the internships do not count.
        const noInterns = NON_INTERNSHIP.test(item.text) && p.roles.some((r) => INTERN_TITLE.test(r.title ?? ''));
        // "a Master's and 3+ years of industry experience": a doctoral researcher's or a postdoc's years are academia's.
        const noAcademia = INDUSTRY_ONLY.test(item.text) && p.roles.some((r) => ACADEMIC_TITLE.test(r.title ?? ''));
        const left = (r: { title: string | null }) => !(noInterns && INTERN_TITLE.test(r.title ?? '')) && !(noAcademia && ACADEMIC_TITLE.test(r.title ?? ''));
        const n = noInterns || noAcademia ? yearsOfRoles(p.roles, p.roles.flatMap((r, i) => (left(r) ? [i] : []))) : p.totalYears!;
        const of = `of dated roles in the resume${noInterns ? ', internships not counted' : ''}${noAcademia ? ', academic posts not counted' : ''}`;
        // (s53) "Experience: 0-2 years" against a career changer, whose dated roles are all in another trade ("Kitchen
        // Manager", "Line Cook"): the years in the field are none, which an entry-level ask allows.
        if (above(n) && asked.min === 0 && p.roles.length && p.roles.every((r) => !titleFields(r.title).length && !TRADE_TITLE.test(r.title ?? '')))
          return { verdict: 'met', evidence: `No dated role of the resume is in the field (${p.roles.map((r) => r.title).slice(0, 3).join(', ')}); ${range} asked, so none will do.` };
        if (above(n)) return { verdict: 'partial', evidence: `${years(n)} ${of}, more than the ${range} asked.` };
        const judged: Judged = { verdict: n >= asked.min ? 'met' : n > 0 ? 'partial' : 'unmet', evidence: `${years(n)} ${of}; ${range} asked.` };
        // "12+ years …, including 4+ years at staff level or above": the years at that level, from the roles' titles, too.
        const level = item.text.includes(' level') || / (?:as|in) an? (?:senior|staff|principal|lead)\b/i.test(item.text) ? LEVEL_YEARS.exec(item.text) : null;
        if (!level) return judged;
        const want = TITLE_LEVEL.findIndex((re) => re.test(level[2]!));
        const at = p.roles.flatMap((r, i) => (titleLevel(r.title ?? '') >= want ? [i] : []));
        const m = yearsOfRoles(p.roles, at);
        const atLevel = LEVEL_COUNT[level[1]!.toLowerCase()] ?? Number(level[1]);
        const part: Judged = { verdict: m >= atLevel ? 'met' : m > 0 ? 'partial' : 'unmet', evidence: `${years(m)} at ${level[2]!.toLowerCase()} level or above, by the roles\u2019 titles; ${atLevel}+ asked.` };
        return both(judged, part);
      };
      if (only === 'overall') return overall();
      // (s57) "8+ years building backend systems, 2+ at staff or tech-lead level": where every skill the ask names is named
      // only after the count at a level (the level's own words, "tech-lead"), the larger count is of the work overall.
      const levelAt = LEVEL_YEARS.exec(item.text);
      const namedBeforeLevel = (g: (typeof groups)[number]) => [...(g.met ? [g.met] : []), ...g.options].some((id) => { const i = item.text.search(new RegExp(`(?<![\\w-])${escapeRe(id.startsWith('term:') ? id.slice(5) : name(id))}(?![\\w-])`, 'i')); return i >= 0 && i < levelAt!.index; });
      if (levelAt && groups.length && !groups.some(namedBeforeLevel)) return overall();
      // "5+ years building backend systems in Java (Spring Boot)": the years are those of what is named before the bracket;
      // what the bracket names, shown, need not have them.
      const inBracket = wishGroups(item.text, item.groups, name, false);
      const own = allGroups.filter((_, k) => !inBracket.includes(k));
      const bracketShown = inBracket.length > 0 && own.length > 0 && inBracket.every((k) => allGroups[k]!.met !== null) && own.every((g) => groups.includes(g));
      // ("SRE, DevOps, or systems engineering": an infrastructure role shows the operations work named beside them.)
      const infra = (p.skillRoles['infrastructure-engineering'] ?? []).length > 0 || (resume.termRoles?.get('infrastructure-engineering') ?? []).length > 0;
      // (Not where the bracket names kinds of the thing, not its parts: those are folded into one group below.)
      let gs = (bracketShown && !(examples[index] ?? []).length ? own : groups).map((g) =>
        g.met === null && infra && OPS_BESIDE.test(item.text) && g.options.some((id) => id === 'site-reliability-engineering' || id === 'devops') ? { ...g, met: 'infrastructure-engineering' } : g,
      );
      let gsMet = gs.filter((g) => g.met !== null).length;
      // Years of a soft skill the resume does not name ("5+ years of curiosity") are years of work.
      // ("8+ years in software or systems engineering": software engineering named as one of the fields is any software
      // work; the years are the resume's.)
      // (s53) "At least 2 years in a regulated industry", "Mindestens 2 Jahre Erfahrung in einer regulierten Branche": the
      // years are those of the roles in an industry under a regulator's rules (REGULATED: banks, payments, insurers,
      // healthcare, energy, telecoms, defence, government), told by their employers and work, not the resume's whole.
      if (gs.length === 0 && REGULATED_ASK.test(item.text) && resume.text !== undefined) {
        const shown = domainsShown(REGULATED, p, resume.text);
        const first = REGULATED.find((id) => shown.has(id));
        if (!first) return { verdict: 'unmet', evidence: `No role of the resume is in a regulated industry (banking, payments, insurance, healthcare, energy, telecoms, defence, government); ${range} asked.` };
        const n = yearsOfRoles(p.roles, [...new Set([...shown.values()].flatMap((d) => d.roles))]);
        return { verdict: n >= asked.min ? 'met' : n > 0 ? 'partial' : 'unmet', evidence: `${years(n)} in roles in regulated industries (\u201c${shown.get(first)!.evidence}\u201d); ${range} asked.` };
      }
      // (s56) "3+ years in a network operations centre", "3 ans d'exp\u00e9rience en diffusion ou en r\u00e9gie finale": the years
      // of a place or function of work, no skill named, are those of the roles titled for it (its words, or its initials:
      // "NOC Analyst"), not the resume's whole; "2+ years administering a print MIS (EFI Pace, Tharstern, Optimus or
      // PrintVIS)": of the roles whose lines name one of the products in the bracket, or the thing itself.
      if (gs.length === 0 && resume.text !== undefined) {
        const field = fieldRoles(item.text, p.roles, resume.text, written.text);
        if (field) {
          const n = field.roles.length ? yearsOfRoles(p.roles, field.roles) : 0;
          return { verdict: n >= asked.min ? 'met' : n > 0 ? 'partial' : 'unmet', evidence: n > 0 ? `${years(n)} in roles ${field.words}; ${range} asked.` : `No dated role ${field.words}; ${range} asked.` };
        }
      }
      if (gs.length === 0 || SOFTWARE_BESIDE.test(item.text)) return overall();
      // "at least 2 on data-intensive systems (streaming, time-series, or analytics databases)": the bracket names kinds of
      // the one thing asked; years of it or of any kind it names count, as one group.
      const ex = (examples[index] ?? []).map((k) => allGroups[k]!);
      const heads = gs.filter((g) => !ex.includes(g));
      if (ex.length && heads.length === 1 && gs.some((g) => ex.includes(g))) {
        const folded = [...new Set([...gs.flatMap((g) => (g.met ? [g.met] : [])), ...gs.flatMap((g) => g.options)])];
        const met = folded.find((id) => resume.covered.has(id)) ?? null;
        gs = [{ met, options: folded.filter((id) => id !== met) }];
        yearsGroups = gs;
        gsMet = met ? 1 : 0;
        shown = met ? [met] : [];
        skillsLine = shown.map((id) => name(id)).join(', ');
      }
      // "Six years operating production infrastructure, a good part of it on Kubernetes": the years are the work's; the
      // skills named after "a good part of it" need only be shown.
      const part = PART_OF.exec(item.text);
      const before = part ? item.text.slice(0, part.index) : '';
      // (s53) "10+ years in software or infrastructure engineering, including time as a tech lead": the years are those of
      // what is named before the mark; what is named only after it, shown, need not have them.
      const namedBefore = (g: (typeof gs)[number]) => [...(g.met ? [g.met] : []), ...g.options].some((id) => new RegExp(`(?<![\\w-])${escapeRe(name(id))}(?![\\w-])`, 'i').test(before));
      if (part && gs.some(namedBefore) && !gs.every(namedBefore) && gs.every((g) => namedBefore(g) || g.met !== null)) {
        gs = gs.filter(namedBefore);
        gsMet = gs.filter((g) => g.met !== null).length;
      }
      if (part && gs.every((g) => [...(g.met ? [g.met] : []), ...g.options].every((id) => !new RegExp(`(?<![\\w-])${escapeRe(name(id))}(?![\\w-])`, 'i').test(before)))) {
        // ("6+ years of infrastructure work, be comfortable in Linux": the years are those of the infrastructure roles.)
        const infraOnly = INFRA_WORK.test(before) ? p.roles.flatMap((r, i) => (INFRA_TITLE.test(r.title ?? '') ? [i] : [])) : [];
        const n = infraOnly.length ? yearsOfRoles(p.roles, infraOnly) : 0;
        const o: Judged = infraOnly.length ? { verdict: n >= asked.min ? 'met' : 'partial', evidence: `${years(n)} in infrastructure roles, by their titles; ${range} asked.` } : overall();
        if (gsMet === gs.length) return { verdict: o.verdict, evidence: `${o.evidence} ${skillsLine} shown.` };
        const missing = gs.filter((g) => !g.met).map((g) => g.options.map(name).join(' or ')).join(', ');
        return { verdict: o.verdict === 'unmet' ? 'unmet' : 'partial', evidence: `${o.evidence} Not shown: ${missing}.` };
      }
      // Years of the groups' skills: the weakest group decides.
      // A skill shown through another (Kubernetes through EKS) has that one's years; a group, the union of the roles that
      // show any of its options ("platform, infrastructure or SRE roles": the SRE role and the infrastructure one).
      const rolesOf = (id: string) => [...(p.skillRoles[id] ?? []), ...(p.skillRoles[resume.covered.get(id)?.via ?? id] ?? []), ...(resume.termRoles?.get(id) ?? [])];
      const yearsOf = (id: string) => Math.max(p.skillYears[id] ?? 0, p.skillYears[resume.covered.get(id)?.via ?? id] ?? 0, yearsOfSkillRoles(p, [id, resume.covered.get(id)?.via ?? id], rolesOf(id)));
      // "4+ years of SRE or production operations experience": operations work named beside SRE or DevOps is an
      // infrastructure role's ("Systems Engineer … Linux administration"), counted with them.
      const ops = OPS_BESIDE.test(item.text);
      const roleYears = gs.map((g) => {
        const options = [...(g.met ? [g.met] : []), ...g.options];
        // (s56: "5+ years in infrastructure, cloud or DevOps roles": a systems administrator's years are infrastructure
        // work, as a careful reader counts them; where the ask names infrastructure itself, not operations beside SRE.)
        // (s60 lead: so where the word is a term, as a posting abroad names it beside SRE or DevOps: "4+ anos em fun\u00e7\u00f5es de
        // SRE, DevOps ou infraestrutura" counts a Platform Engineer's years.)
        if (options.includes('term:infrastructure') && options.some((id) => OPS_FIELDS.has(id))) options.push('infrastructure-engineering');
        if (options.includes('infrastructure-engineering') && !options.includes('systems-administration')) options.push('systems-administration');
        if (ops && options.some((id) => id === 'site-reliability-engineering' || id === 'devops')) options.push('infrastructure-engineering');
        return Math.max(0, ...options.map(yearsOf), yearsOfSkillRoles(p, options.flatMap((id) => [id, resume.covered.get(id)?.via ?? id]), [...new Set(options.flatMap(rolesOf))]));
      });
      // Years the resume states beside a skill ("Python (8 yrs)") count where its dated roles show fewer, and the evidence says so.
      const statedYears = gs.map((g) => Math.max(0, ...[...(g.met ? [g.met] : []), ...g.options].map((id) => p.claimedYears?.[id] ?? 0)));
      const groupYears = roleYears.map((y, k) => Math.max(y, statedYears[k]!));
      const stated = groupYears.some((y, k) => y > roleYears[k]!);
      const inRoles = stated ? 'by the resume\u2019s dated roles and the years it states' : 'in dated roles';
      const least = Math.min(...groupYears);
      const optionsOf = (g: (typeof gs)[number]) => [...(g.met ? [g.met] : []), ...g.options];
      const needOf = (k: number) => (subNeed && subNeed.groups.some((g) => optionsOf(g).some((id) => optionsOf(gs[k]!).includes(id))) ? subNeed.n : asked.min);
      // What the years were counted from: in each group, the options whose roles count ("Site reliability engineering or infrastructure").
      const counted = gs.map((g) => [...(g.met ? [g.met] : []), ...g.options].filter((id) => rolesOf(id).length > 0 || (p.claimedYears?.[id] ?? 0) > 0).map(name).join(' or ')).filter(Boolean).join(', ');
      const named = counted || skillsLine || gs.map((g) => g.options.map(name).join(' or ')).join(', ');
      if (gsMet === gs.length && groupYears.every((y, k) => y >= needOf(k)) && !(asked.min === 0 && least === 0)) {
        if (above(least)) return { verdict: 'partial', evidence: `${named}: ${years(least)} ${inRoles}, more than the ${range} asked.` };
        if (subNeed) return { verdict: 'met', evidence: `${gs.map((g, k) => `${name(g.met ?? g.options[0]!)} ${years(groupYears[k]!)}`).join(', ')} ${inRoles}; ${gs.map((_, k) => `${needOf(k)}+`).join(' and ')} asked.` };
        return { verdict: 'met', evidence: `${named}: ${years(least)} ${inRoles}; ${range} asked.` };
      }
      if (gsMet > 0 && gsMet < gs.length) {
        // The weakest group is one not shown: say which, and the years of what is shown.
        let most = 0;
        for (const g of gs) if (g.met) most = Math.max(most, yearsOf(g.met));
        const missing = gs.filter((g) => !g.met).map((g) => g.options.map(name).join(' or ')).join(', ');
        return { verdict: 'partial', evidence: `${skillsLine} shown${most > 0 ? `, ${years(most)} in dated roles` : ''}; not shown: ${missing}; ${range} asked.` };
      }
      // All shown, some for fewer years than asked: say which ("Amazon DynamoDB not in a dated role"), and the years of the rest.
      if (gsMet > 0) {
        const short = gs.flatMap((g, k) => (groupYears[k]! < needOf(k) ? [`${name(g.met ?? g.options[0]!)} ${groupYears[k]! > 0 ? years(groupYears[k]!) : 'not'} in ${groupYears[k]! > 0 ? 'dated roles' : 'a dated role'}`] : []));
        const enough = gs.flatMap((g, k) => (groupYears[k]! >= needOf(k) ? [k] : []));
        const lead = enough.length ? `${enough.map((k) => name(gs[k]!.met ?? gs[k]!.options[0]!)).join(', ')}: ${years(Math.min(...enough.map((k) => groupYears[k]!)))} in dated roles; ` : '';
        return { verdict: 'partial', evidence: `${lead}${short.join('; ')}; ${range} asked.` };
      }
      return { verdict: 'unmet', evidence: `The resume does not show ${gs.map((g) => g.options.map(name).join(' or ')).join(', ')}.` };
    }
  }
}

type Judged = Pick<RequirementVerdict, 'verdict' | 'evidence'>;

/** Languages that are a condition of the post: Canada's "bilingual imperative" positions, "English and French essential". */
const IMPERATIVE_LANGUAGES = /\bbilingual\s+imperative\b|\bimperative\s+bilingual\b|\b(?:both\s+)?(?:languages?\s+)?(?:is|are)\s+(?:a\s+)?(?:mandatory|imperative|essential)\b/i;

/** A role's title in the trades a posting of this project asks years of: engineering, development, IT, data, support. */
const TRADE_TITLE = /\b(?:engineer\w*|developer|programmer|analyst|administrator|admin|architect|technician|scientist|consultant|IT|software|data|devops|SRE|QA|tester|support|helpdesk|help desk|intern)\b/i;

/** An ask that says the thing need not be known: "we do not expect you to know it", "nobody expects you to have used them", "you don't need to know Go". */
const WAIVED_ROW = /\b(?:we\s+(?:do\s+not|don['\u2019]t|won['\u2019]t|will\s+not)\s+expect|(?:nobody|no\s+one|no-one)\s+(?:expects|will\s+expect))\s+you\s+to\s+(?:already\s+)?(?:know|have\s+used|have\s+worked\s+with|be\s+(?:an?\s+)?expert)\b|\byou\s+(?:do\s+not|don['\u2019]t|won['\u2019]t|will\s+not)\s+need\s+to\s+(?:already\s+)?(?:know|have\s+used)\b/i;

/**
 * (s46) Years asked of running a thing, not of using it: "5+ years operating PostgreSQL in production", "2+ years
 * administering Kubernetes clusters"; and a thing's operations asked ("Kafka or NATS operations", "PostgreSQL administration").
 */
const ACTIVITY_YEARS = /\b(?:years?|yrs)\b\s+(?:of\s+)?(?:hands-on\s+|production\s+)?(?:experience\s+)?(?:operating|administering|running|managing|maintaining)\s+(?!(?:an?|the|in|within|at|as|on|under|teams?|people|engineers|projects?|programs?|products?|software|services?|applications?|apps|code)\b)/i;
// (s59 lead: or the thing's parts before it, "Confluence space and permission administration".)
const OPERATIONS_ASK = /^\W*(?:[\w./+#-]+(?:\s+(?:or|and|and\/or)\s+|,\s*|\/|\s+(?=[\w./+#-]+\s+(?:(?:or|and)\s+[\w-]+\s+)?(?:operations|administration)\b))?){1,3}?\s*(?:operations|administration|ops)\s*[.;]?\s*$/i;
/** A resume's line that says the thing was run: upgraded, failed over, backed up, provisioned, administered, on call for. */
const OPERATED = /\b(?:operat(?:e|ed|es|ing)|administer(?:ed|s|ing)?|administration|upgrad(?:e|ed|es|ing)|patch(?:ed|es|ing)|fail-?overs?|failed over|backups?|backed up|restores?|point-in-time|provision(?:ed|s|ing)?|install(?:ed|s|ing)?|maintain(?:ed|s|ing)?|self-host(?:ed|ing)?|on-?call for|replication|capacity planning|(?:ran|run(?:s|ning)?)(?!\s+(?:on|in|against|atop|over|under|by|through|from)\b)|manag(?:e|ed|es|ing)\s+(?:the\s+|our\s+|a\s+|\d+\s+)?(?:[\w-]+\s+){0,2}(?:clusters?|fleet|instances?|servers?|databases?|brokers?|nodes?))\b/i;
/**
 * A line that says the thing is another team's: "the platform team's EKS clusters", "a read replica the platform team set
 * up", "the data engineering team, whose Airflow DAGs load them" (not "our team's", nor "the team's": the writer's own).
 */
export const OTHER_TEAMS = /\b(?:the|another|a separate|a central)\s+(?:[\w-]+\s+){1,2}team(?:['\u2019]s|s['\u2019])\s|\b(?:set up|built|run|owned|operated|managed|maintained|provided|administered|hosted)\s+by\s+(?:the|another|a|a separate|a central)\s+(?:[\w-]+\s+){0,2}(?:team|group|department)\b|\b(?:the|another|a)\s+(?:[\w-]+\s+){1,2}team\b[^.;]{0,12}\bwhose\b|\b(?:the|another|a separate|a central)\s+(?:[\w-]+\s+){1,2}team\s+(?:had\s+|has\s+)?(?:set up|built|runs|ran|owns|owned|operates|operated|manages|managed|maintains|maintained|provides|provided|hosts|hosted)\b/i;

/**
 * (s46) Work another team does with a thing, of which the resume only receives the output: "the data engineering team,
 * whose Airflow DAGs load them", "sources delivered by the platform team". (Not a thing of another team's the writer uses,
 * "deploy our services to the platform team's EKS clusters": that is used, and OTHER_TEAMS keeps it from being run.)
 */
const OTHERS_DO = /\b(?:the|another|a separate|a central)\s+(?:[\w-]+\s+){1,2}team\b[^.;]{0,12}\bwhose\b|\b(?:come|comes|came|delivered|provided|loaded|supplied|built)\s+(?:from|by)\s+(?:the|another|a separate|a central)\s+(?:[\w-]+\s+){1,2}team\b/i;
/**
 * The resume's facts without the asked things it names only as another team's: the shown thing's line says so
 * (OTHER_TEAMS) in the clause that names it (or, naming it in no words Fitmark knows, in a line of one clause), and no
 * other line of the resume names it.
 */
const RANK: Record<RequirementVerdict['verdict'], number> = { unknown: 0, unmet: 1, partial: 2, met: 3 };
/** "N+ years of A, or M+ years of B …": the two sides of such an ask, where each has its own count. */
const INTEREST_TOO = /,?\s+(?:and|with|plus)\s+(?:an?\s+)?(?:real|genuine|strong|keen|serious)?\s*(?:interest|curiosity|desire|willingness)\b.*$/i;
const YEARS_EITHER = /^(.*?\b(\d{1,2})\+?\s*(?:years?|yrs?)\b[^,;]{3,80}?),?\s+or\s+((?:at least\s+|a minimum of\s+)?(\d{1,2})\+?\s*(?:years?|yrs?)\b.*)$/i;
/**
 * The two ways into an ask of "N years of A, or M years of B" as items of their own (each with its count and the groups it
 * names), or null where the ask is no such choice: one count, or groups that are not split between the sides.
 */
function yearsEither(item: RequirementItem, name: (id: string) => string): RequirementItem[] | null {
  if (item.kind !== 'years' || !item.groups.length) return null;
  const m = YEARS_EITHER.exec(item.text);
  if (!m || m[2] === m[4]) return null;
  const names = (g: readonly string[], side: string) => g.some((id) => side.toLowerCase().includes(name(id).toLowerCase()));
  // (An interest asked beside the count is no experience to count: "5+ years of C++ and a real interest in Rust".)
  const sides = [m[1]!, m[3]!].map((written, k) => {
    const side = written.replace(INTEREST_TOO, '');
    return { side, n: Number(k === 0 ? m[2] : m[4]), groups: item.groups.filter((g) => names(g, side)) };
  });
  if (sides.some((s) => !s.groups.length) || (sides[0]!.groups.length === sides[1]!.groups.length && sides[0]!.groups.every((g) => sides[1]!.groups.includes(g)))) return null;
  return sides.map((s) => ({ ...item, text: s.side, groups: s.groups, years: { min: s.n, max: null } }));
}

function withoutOthers(resume: ResumeFacts, items: readonly RequirementItem[], name: (id: string) => string): ResumeFacts {
  if (resume.text === undefined || !OTHERS_DO.test(resume.text)) return resume;
  const lines = resume.text.split('\n');
  const asked = new Set(items.flatMap((i) => i.groups.flat()));
  const drop: string[] = [];
  for (const [id, shown] of resume.covered) {
    if (!asked.has(id)) continue;
    const names = [...new Set([id, shown.via].flatMap((x) => { const n = name(x); return [n, n.split(/\s+/).pop()!, x.replace(/-/g, ' ')]; }))];
    const own = (l: string) => {
      const clauses = l.split(/;|\.\s/);
      const naming = clauses.filter((c) => namesThing(c, names));
      if (naming.length) return naming.some((c) => !OTHERS_DO.test(c));
      return clauses.length === 1 ? !OTHERS_DO.test(l) : true;
    };
    const evidence = lines.find((l) => l.trim() && shown.evidence.includes(l.trim().replace(/^[-\u2022*\u00b7\u2013]\s*/, '').slice(0, 40)));
    if (!evidence || own(evidence)) continue;
    if (lines.some((l) => l !== evidence && namesThing(l, names) && own(l))) continue;
    drop.push(id);
  }
  if (!drop.length) return resume;
  const covered = new Map(resume.covered);
  for (const id of drop) covered.delete(id);
  // (What was shown through a dropped thing, Data pipelines through Airflow, goes with it where it has no line of its own.)
  for (const [id, shown] of resume.covered) if (drop.includes(shown.via) && covered.has(id) && covered.get(id)!.evidence === shown.evidence) covered.delete(id);
  return { ...resume, covered };
}

/** Whether a line names a thing: its name, or a word that starts as its name does ("Postgres" for PostgreSQL). */
/** (s52) The town of an address line in a resume's header ("Aurora, CO \u00b7 d.fair@mail.example", "Spring, TX 77373"). */
const TOWN_LINE = /^\s*([A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2}),\s*[A-Z]{2}\b/;
/**
 * A skill the resume shows only by the town of its address ("Aurora, CO" read as Amazon Aurora, and so AWS) is not shown:
 * dropped where the town is the skill's name, or its last word, and the resume names it nowhere else.
 */
/** (s56) "Azure AD", "Azure Active Directory", "Azure AD Connect": the directory's names, not the cloud platform's. */
const AZURE_DIRECTORY = /\bAzure\s+(?:AD|Active\s+Directory)(?:\s+(?:Connect|Sync|DS|B2C|B2B))?\b/gi;

/** The resume without Azure where it shows only through Entra ID and its text names Azure only as the directory. */
function withoutDirectoryAzure(resume: ResumeFacts, items: readonly RequirementItem[]): ResumeFacts {
  if (resume.covered.get('azure')?.via !== 'entra-id' || resume.text === undefined) return resume;
  if (!items.some((i) => i.groups.some((g) => g.includes('azure') && !g.includes('entra-id')))) return resume;
  if (/\bAzure\b/i.test(resume.text.replace(AZURE_DIRECTORY, ' '))) return resume;
  const covered = new Map(resume.covered);
  covered.delete('azure');
  const p = resume.profile;
  return { ...resume, covered, profile: p ? { ...p, skillRoles: { ...p.skillRoles, azure: [] }, skillYears: { ...p.skillYears, azure: 0 } } : p };
}

/** (s56) Work on a SQL Server database's queries: queries, procedures, views, functions, triggers, T-SQL. */
const QUERY_WORK = /\b(?:quer(?:y|ies)|stored\s+procedures?|procs?|views|functions|triggers|T-?SQL)\b/i;
const SQL_SERVER_NAMED = /\b(?:(?:Microsoft\s+|MS\s+)?SQL\s+Server|MSSQL)\b/i;
/** The query languages whose performance tuning queries tuned show. */
const QUERY_LANGUAGES = ['tsql', 'sql', 'plsql', 'sql-server'];

/** T-SQL shown by queries written on SQL Server, and performance tuning by queries tuned, where an item asks them. */
function sqlServerQueries(resume: ResumeFacts, items: readonly RequirementItem[]): ResumeFacts {
  if (resume.text === undefined) return resume;
  const asks = (id: string) => items.some((i) => i.groups.some((g) => g.includes(id)));
  const covered = new Map(resume.covered);
  if (asks('tsql') && !covered.has('tsql')) {
    const line = resume.text.split('\n').find((l) => SQL_SERVER_NAMED.test(l) && QUERY_WORK.test(l));
    if (line) covered.set('tsql', { via: 'sql-server', evidence: lineOf(line) });
  }
  // (s57: queries tuned are read from the lines where query optimisation itself is not asked: "Tuned SQL and PL/SQL packages
  // of the mortgage interest batch" against "SQL and PL/SQL performance tuning".)
  const tunedLine = covered.has('query-optimization') ? undefined : resume.text.split('\n').find((l) => (SHOWN_IN_WORDS.get('query-optimization') as RegExp).test(l));
  const tuned = covered.get('query-optimization') ?? (tunedLine ? { via: 'query-optimization', evidence: lineOf(tunedLine) } : undefined);
  if (tuned && !covered.has('performance-optimization') && items.some((i) => i.groups.some((g) => g.includes('performance-optimization')) && i.groups.some((g) => g.some((id) => QUERY_LANGUAGES.includes(id)))))
    covered.set('performance-optimization', { via: 'query-optimization', evidence: tuned.evidence });
  return covered.size === resume.covered.size ? resume : { ...resume, covered };
}

/** (s57) A product of SAP's asked by its name after the vendor's ("SAP HANA", "SAP Solution Manager", "SAP EWM"), or its certification. */
const SAP_PRODUCT = /\bSAP[- ](?!(?:Systeme?n?|systems?|Landschaft\w*|landscape|Umgebung\w*|environments?|Module?n?|modules?|Basis)\b)((?:[A-Z][\w/]*|S\/4\s?HANA)(?:\s+[A-Z][\w]*){0,2})/;
const CERT_ASKED = /^(?:Zertifi\w*|Certifi\w*|Certificat\w*)$/i;
/**
 * (s57) "SAP HANA und Microsoft SQL Server", "Erfahrung mit SAP Solution Manager", "SAP-Zertifizierung im Bereich
 * Technology" against a warehouse team leader who is the SAP EWM key user: SAP, the vendor, names many products, and the
 * taxonomy reads each as SAP; a product asked by its name is shown where the resume names it ("SAP Solution Manager 7.2"),
 * not by another of the vendor's (SAP EWM). A certification asked is shown by a line that names SAP and a certificate.
 */
function suiteProduct(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if (v.verdict === 'unmet' || v.verdict === 'unknown' || resume.text === undefined) return v;
  const k = v.groups.findIndex((g) => g.met === 'sap');
  if (k < 0 || item.groups[k]!.length > 1) return v;
  const m = SAP_PRODUCT.exec(item.text);
  if (!m) return v;
  const product = m[1]!.trim();
  const cert = CERT_ASKED.test(product.split(/\s+/)[0]!);
  const shown = cert
    ? resume.text.split('\n').some((l) => /\bSAP\b/.test(l) && CERT_SHOWN.test(l))
    : new RegExp(`(?<![\\w])${escapeRe(product).replace(/\\s\+|\s+/g, '[\\s-]?')}(?![\\w])`, 'i').test(resume.text);
  if (shown) return v;
  const groups = v.groups.map((g, i) => (i === k ? { met: null, options: ['sap'] } : g));
  const left = groups.filter((g) => g.met).length;
  const said = cert ? 'no SAP certification' : `SAP, not ${/^SAP/i.test(product) ? product : `SAP ${product}`}`;
  return { ...v, groups, verdict: left === 0 ? 'unmet' : 'partial', evidence: `The resume names ${said}${left ? `; shown: ${groups.flatMap((g) => (g.met ? [name(g.met)] : [])).join(', ')}` : ''}.` };
}

/**
 * (s57) "Abgeschlossenes Informatikstudium oder eine gleichwertige Berufsausbildung" against "Fachkraft f\u00fcr
 * Lagerlogistik (IHK)" and no degree: a technical field asked (read in the ask as written, before its translation drops
 * the field's word), and the training the resume names is of another field: not the comparable one, not met.
 */
function trainingField(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (item.kind !== 'degree' || v.verdict !== 'met' || resume.text === undefined || (resume.profile?.degrees ?? []).length || !/comparable training asked/.test(v.evidence)) return v;
  if (!TECH_TRAINING.test(item.text)) return v;
  const trainings = resume.text.split('\n').filter((l) => VOCATIONAL_SHOWN.test(l) && !/^\s*[\p{Lu}\s]+:?\s*$/u.test(l));
  if (!trainings.length || trainings.some((l) => TECH_TRAINING.test(l))) return v;
  return { ...v, verdict: 'unmet', evidence: `The resume says \u201c${lineOf(trainings[0]!)}\u201d: a training in another field than the one asked.` };
}

/**
 * (s57) "Budget ownership and vendor negotiation": the duties of running a function (dutiesVerdict), read where the ask's
 * words were taken for soft skills the resume rarely names (ownership, negotiation) and so left unjudged: a line that owned
 * the budget and one that negotiated with vendors meet it; one of them, in part; neither, still nothing either way.
 */
function dutiesAsked(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'unknown' || resume.text === undefined || !resume.profile?.roles.length) return v;
  const duties = dutiesVerdict(item.text, resume.text.split('\n'));
  return duties ? { ...v, ...duties } : v;
}

/** (s57) A feature of the cloud directory asked by its name: "Conditional Access", "Privileged Identity Management". */
const DIRECTORY_FEATURE = /\b(?:Conditional Access|Privileged Identity Management|PIM|Identity Protection|Access Reviews?)\b/i;
/** (s57) The directory's sync from Active Directory: "Azure AD Connect", "Entra Connect", "password hash sync". */
const DIRECTORY_SYNC = /\b(?:(?:Azure\s+AD|Entra(?:\s+ID)?)\s+(?:Connect|Sync)|AAD\s+Connect|password hash sync|pass-through authentication)\b/i;
/**
 * (s57) "Designing Conditional Access policies in Entra ID" against "Azure AD Connect sync and password hash sync to
 * Microsoft 365": a feature of the directory asked by name, which the resume does not name. Where its only directory work
 * is the sync from Active Directory, the ask is not met; where it runs the directory otherwise, it is met in part.
 */
function directoryFeature(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'met' || resume.text === undefined || !item.groups.some((g) => g.includes('entra-id'))) return v;
  const feature = DIRECTORY_FEATURE.exec(item.text);
  if (!feature || new RegExp(`\\b${escapeRe(feature[0])}\\b`, 'i').test(resume.text)) return v;
  const directory = resume.text.split('\n').filter((l) => /\b(?:Entra|Azure\s+AD|Azure\s+Active\s+Directory|AAD)\b/i.test(l));
  // (Not met where the feature is the head of the ask, "Designing Conditional Access policies in Entra ID"; where it is a
  // part of the directory asked, "Entra ID, including Conditional Access", the sync shows the directory in part, as s56 decided.)
  const dir = /\b(?:Entra|Azure\s+AD|Azure\s+Active\s+Directory|AAD)\b/i.exec(item.text);
  const head = !dir || feature.index < dir.index;
  const syncOnly = head && directory.length > 0 && directory.every((l) => DIRECTORY_SYNC.test(l));
  return { ...v, verdict: syncOnly ? 'unmet' : 'partial', evidence: `The resume does not name ${feature[0]}${syncOnly ? `; its directory work is the sync from Active Directory (\u201c${lineOf(directory[0]!)}\u201d)` : ''}.` };
}

/** (s57) Security or a network's parts asked of operational technology or ships: "OT or maritime systems security", "industrial firewalls". */
const OT_ASK = /\b(?:OT|ICS|SCADA)\b|\b(?:[Ii]ndustrial|[Mm]aritime|[Oo]perational [Tt]echnology|[Ss]hipboard)\b/;
/** (s57) The security or network work such a field qualifies. */
const OT_WORK = /\b(?:secur\w*|cyber\w*|firewalls?|segmentation|networks?)\b/i;
/** (s57) What shows such work: the field's words, its standards, protocols and plant, ships and their systems. */
const OT_SHOWN = /\b(?:IEC\s*62443|industrial|operational technology|control systems?|Modbus|DNP3|Profinet|substations?|maritime|ships?|vessels?|ferr(?:y|ies)|offshore|shipboard|engine (?:room|control)|manufactur\w*|production lines?|factor(?:y|ies)|plants?|refiner(?:y|ies)|pumping stations?)\b/i;
const otShown = (text: string) => /\b(?:OT|ICS|SCADA|PLCs?|DCS)\b/.test(text) || OT_SHOWN.test(text);
/**
 * (s57) "Experience in OT or maritime systems security" against a bank's senior security engineer: the field qualifies the
 * security asked, and security elsewhere (a bank's SIEM and firewalls) does not show it. Where the resume shows no work on
 * operational technology or ships, an ask of that field alone is not met, and one that joins other things to it
 * ("Network segmentation and industrial firewalls") is met in part.
 */
// (s59 tune) And the other way: "Understanding of OT security (IEC 62443)" against a controls engineer whose lines program
// PLCs and draw SCADA screens and secure nothing: the field shown is not its security. Where no line of the resume names
// security work (security, cyber, a firewall, segmentation, hardening, the standard), the ask is not met.
const OT_SECURITY_ASK = /\b(?:OT|ICS|SCADA|[Ii]ndustrial|[Oo]perational [Tt]echnology)\s+(?:(?:cyber[- ]?)?security|cyber\s?security)\b/;
const SECURITY_SHOWN = /\b(?:secur\w*|cyber\w*|firewalls?|segment(?:ation|ed)|harden\w*|IEC\s*62443|NIS\s?2?|vulnerabilit\w*|access controls?)\b/i;
function otSecurity(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || item.years || resume.text === undefined || !resume.profile?.roles.length || !OT_SECURITY_ASK.test(item.text) || SECURITY_SHOWN.test(resume.text)) return v;
  return { ...v, verdict: 'unmet', evidence: `The resume shows operational technology but no security work on it; \u201c${OT_SECURITY_ASK.exec(item.text)![0]}\u201d is what is asked.` };
}
function otQualified(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'met' || item.years || resume.text === undefined || !resume.profile?.roles.length || !OT_ASK.test(item.text) || !OT_WORK.test(item.text) || otShown(resume.text)) return v;
  const field = OT_ASK.exec(item.text)![0];
  const alone = item.groups.length <= 1;
  return { ...v, verdict: alone ? 'unmet' : 'partial', evidence: `The resume shows no work on ${/maritime|shipboard/i.test(item.text) ? 'ships or ' : ''}operational technology (OT, industrial control systems); ${alone ? `\u201c${field}\u201d is what is asked` : `the ${field} part not shown`}.` };
}

/** (s57) Years asked of running, supporting or administering a thing, in English and abroad ("drift av", "Administration von"). */
const RUN_YEARS_ASK = /\b(?:administ\w*|support(?:ing)?|operat(?:ing|ion)|running|maintain\w*|drift|Betrieb|Betreuung|utrzymani\w*)\b/i;
/** (s57) A line that names its writer a key user or super-user of a system: one who uses it for others, not who runs it. */
const KEY_USER = /(?<![\p{L}])(?:key[- ]?users?|super[- ]?users?|power[- ]users?|superbruk\w*|superbrug\w*|superanv\u00e4nd\w*|kluczow\w+\s+u\u017cytkowni\w*|Key-User\w*)(?![\p{L}])/iu;
/** (s57) The running of a thing in the lines of a resume written abroad, beside OPERATED's English: drift, Betrieb, upgrades. */
const RUN_ABROAD = /(?<![\p{L}])(?:drift(?:e\w*)?|Betrieb|betrieben|Administration|administr\w+|oppgrader\w*|Upgrades?|utrzymani\w*)(?![\p{L}])/iu;
/**
 * (s57) "Minst 3 års erfaring med drift av PACS", "Mindestens 4 Jahre Erfahrung in der Administration von SAP-Systemen"
 * against a radiographer who is the PACS super-user, or a warehouse team leader who is the SAP EWM key user: years asked of
 * running a thing, where the resume names it on a key user's or super-user's line and on no line that runs it (nor in a
 * title that runs it, "PACS-administrator"). Using a system for one's colleagues is not running it: partly met.
 */
// (s58) Or the running itself asked, no years: "Administration of Sectra PACS or Agfa Enterprise Imaging", "Experience
// configuring or supporting HealthRoster", against the super-user of the product named.
const RUN_ASK_HEAD = /^\s*(?:(?:hands-on\s+)?(?:experience|erfaring|erfarenhet|Erfahrung)\s+(?:in\s+|with\s+|of\s+|med\s+|mit\s+|in\s+der\s+)?)?(?:administ\w*|configur\w*|support(?:ing)?\b|operat(?:ing|ion)\b|running\b|maintain\w*|drift\b|Betrieb\b|Betreuung\b)/i;
// (s58) A test of a new version or an upgrade is a user's work, not the running: "Department lead for the 2023 PACS upgrade
// testing", "tester nye versjoner".
const UPGRADE_TESTED = /\bupgrades?\s+test(?:ing|s)?\b|\btest(?:ed|ing|s)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:versions?|upgrades?|releases?)\b/gi;
function keyUserOnly(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  // (s58: the running asked with no years, of a product the taxonomy does not know, "Administration of Amadeus or Sabre", may
  // be left unjudged: its super-user's line judges it too.)
  if (!(v.verdict === 'met' || (v.verdict === 'unknown' && !item.years)) || resume.text === undefined || !resume.profile?.roles.length || !(item.years ? RUN_YEARS_ASK.test(item.text) : RUN_ASK_HEAD.test(item.text))) return v;
  const ids = v.groups.flatMap((g) => (g.met ? [g.met] : []));
  // (The thing: the skills met, else the names in capitals the ask gives, "PACS", "LIMS", "WMS".)
  // (s58: or, with no years, each product's first name after "of" or "with", "Sectra" of "Sectra PACS", "Amadeus".)
  const vendors = item.years ? [] : [...item.text.matchAll(/(?:\b(?:of|with|von|av|af)\s+|\s(?:or|and|eller|oder)\s+|,\s*)([A-Z][\w-]{2,})/g)].map((m) => m[1]!);
  const caps = [...[...item.text.matchAll(/(?<![\w-])([A-Z][A-Z0-9]{1,7})(?![a-z])/g)].map((m) => m[1]!).filter((w) => !/^(?:IT|OT|AND|OR)$/.test(w)), ...vendors];
  const tests = ids.length
    ? ids.map((id) => (l: string) => namesThing(l, [name(id), name(resume.covered.get(id)?.via ?? id)]))
    : caps.map((w) => (l: string) => new RegExp(`(?<![\\w])${escapeRe(w)}(?![a-z])`).test(l));
  if (!tests.length) return v;
  const named = (l: string) => tests.some((t) => t(l));
  const lines = resume.text.split('\n').filter(named);
  const keyLine = lines.find((l) => KEY_USER.test(l));
  if (!keyLine && v.verdict !== 'unknown') return v;
  const running = lines.find((l) => !KEY_USER.test(l) && (OPERATED.test(l.replace(UPGRADE_TESTED, ' ')) || RUN_ABROAD.test(l.replace(UPGRADE_TESTED, ' '))));
  const title = resume.profile.roles.find((r) => named(r.title ?? '') && (RUNS_TITLE.test(r.title ?? '') || /admin|support|drift|betrieb/i.test(r.title ?? '')))?.title;
  // (s58: left unjudged, a line or a title that runs the product named meets it: "Amadeus Administrator".)
  if (v.verdict === 'unknown' && (running || title)) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(title ?? running!)}\u201d.` };
  if (running || title || !keyLine) return v;
  return { ...v, verdict: 'partial', evidence: `The resume names it as a key user\u2019s or super-user\u2019s (\u201c${lineOf(keyLine)}\u201d): using it for others, not running it; ${item.years ? `${item.years.min}+ years of running it` : 'the running of it'} asked.` };
}

/**
 * (s59 tune) "Administration of ArcGIS Enterprise (Portal for ArcGIS, ArcGIS Server, ArcGIS Data Store)": the running of one
 * product of a family asked, where the skill met is the family's ("ArcGIS", read as GIS). A resume that names the family only
 * by its other products ("maps in ArcGIS Pro", "web maps shared to ArcGIS Online") has used them, and has not run the product
 * asked: not met. One that names the product, or a part the ask lists in its bracket, is judged as before.
 */
const RUN_OBJECT = /^\s*(?:(?:hands-on\s+)?(?:experience|erfaring|erfarenhet|Erfahrung)\s+(?:in\s+|with\s+|of\s+)?)?(?:administ\w*|configur\w*|support(?:ing)?|operat(?:ing|ion)|running|maintain\w*)\s+(?:(?:of|the|an?|our)\s+)*([^,;:.]+)/i;
function productAdministered(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'partial') || item.years || resume.text === undefined) return v;
  const object = RUN_OBJECT.exec(inEnglish(item.text));
  if (!object) return v;
  const bracket = /\(([^()]+)\)/.exec(object[1]!)?.[1] ?? '';
  // (The product is the verb's object, up to where it is run or for whom: "ArcGIS Enterprise on Windows servers".)
  const options = object[1]!.replace(/\([^()]*\)?/g, ' ').split(/\s+(?:on|in|for|with|at|across|using|within|including|incl\.?)\s+/)[0]!.split(/\s+or\s+/).map((o) => o.trim()).filter(Boolean);
  const met = v.groups.flatMap((g) => (g.met ? [g.met] : []));
  // (Each option a product's name in capitals: the family's name and an edition, "ArcGIS Enterprise", "Tableau Server"
  // excepted, whose server is a skill of its own. The family named in the resume on its own or in another product's
  // name; an option that is the skill's own name is no product of a family. Editions of deployment, online, cloud or
  // data centre, are another question: exchangeForm's.)
  const products = options.filter((o) => /^[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2}\s+(?:Enterprise|Pro|Desktop|Portal|Professional)$/.test(o));
  if (!products.length || products.length < options.length) return v;
  const family = (o: string) => {
    const first = o.split(/\s+/)[0]!;
    return !met.some((id) => name(id).toLowerCase() === o.toLowerCase()) && new RegExp(`(?<![\\w-])${escapeRe(first)}(?![\\w-])`, 'i').test(resume.text!);
  };
  if (!met.length || !products.every(family)) return v;
  const parts = bracket.split(/\s*(?:,|\band\b|\bor\b)\s*/).map((p) => p.trim()).filter((p) => /^[A-Z]/.test(p) && p.length > 2);
  const shown = [...products, ...parts].some((p) => new RegExp(`(?<![\\w])${escapeRe(p).replace(/\s+/g, '\\s+')}(?![\\w])`, 'i').test(resume.text!));
  if (shown) return v;
  return { ...v, verdict: 'unmet', evidence: `The resume names ${name(met[0]!)} but not ${products.join(' or ')}, whose running is asked.` };
}

/**
 * (s59 tune) "znalos\u0165 Active Directory a GPO", "Active Directory incl. Group Policy": a part of a thing named beside it, where
 * the skills read the part as the thing itself (Group Policy is read as Active Directory). Both are asked: a resume that
 * names the thing and not the part ("Active Directory: user accounts and password resets") meets it in part. Each part by
 * its names in the languages the sets use.
 */
const COMPONENTS: ReadonlyArray<[string, RegExp, RegExp]> = [
  ['active-directory', /\bActive\s+Directory\b|\bAD(?:\s+DS)?\b/, /(?<![\p{L}])(?:GPOs?|Group\s+Polic(?:y|ies)(?:\s+Objects?)?|Gruppenrichtlinie\p{L}*|skupinov\p{L}*\s+politik\p{L}*|strat\u00e9gies?\s+de\s+groupe|directivas?\s+de\s+grupo|criteri\s+di\s+gruppo|groepsbeleid\p{L}*|zasad\p{L}*\s+grup\p{L}*)(?![\p{L}])/iu],
];
/** (s59 tune) Between a thing and its part named with it: and, its forms abroad, "incl.", "including"; not "or", nor a slash. */
const WITH_PART = /^\s*(?:,\s*)?(?:and|a|i|und|og|och|en|e|et|y|oraz|\u00e9s|incl\.?|including|inkl\.?|inklusive|v\u0161etn\u011b|vr\u00e1tane|v\u010detne|w\u0142\u0105cznie\s+z|plus|&|\+|with|s|se|so)\s*$/iu;
function componentNamed(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'met' || resume.text === undefined) return v;
  for (const [id, whole, part] of COMPONENTS) {
    if (!item.groups.some((g) => g.length === 1 && g[0] === id)) continue;
    const w = whole.exec(item.text);
    const p = part.exec(item.text);
    if (!w || !p || p.index < w.index + w[0].length || !WITH_PART.test(item.text.slice(w.index + w[0].length, p.index))) continue;
    if (part.test(resume.text)) continue;
    return { ...v, verdict: 'partial', evidence: `${v.evidence} Not shown: ${p[0]}, which the ask names beside ${w[0]}.` };
  }
  return v;
}

/** (s58) Exchange in the cloud, and Exchange run on the organisation's own servers (a version, "Server", on premises). */
const EXCHANGE_ONLINE = /\bExchange\s+Online\b|\b(?:Office|Microsoft)\s+365\b/i;
const EXCHANGE_ON_PREM = /\bExchange\s+(?:Server\b|20\d\d\b)|\bon[- ]?prem(?:ise|ises)?\b|\blokal(?:t)?\s+installert\b|\blok\u00e1ln\p{L}*/iu;
/**
 * (s58) "Exchange Online and hybrid mail flow" against "Exchange 2016 on premises", "Exchange Server 2019 (on-premise)" against
 * "Microsoft 365: Exchange Online": the same product run another way. The mailboxes, transport rules and certificates carry
 * over, the cloud's own tenant, licences and migration do not (and the reverse): partly met, where the resume's every line of
 * Exchange is of the other form.
 */
function exchangeForm(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'met' || resume.text === undefined || !item.groups.some((g) => g.includes('microsoft-exchange'))) return v;
  const online = EXCHANGE_ONLINE.test(item.text);
  const onPrem = EXCHANGE_ON_PREM.test(item.text);
  if (online === onPrem) return v;
  const lines = resume.text.split('\n').filter((l) => /\bExchange\b/.test(l));
  if (!lines.length) return v;
  const other = online ? (l: string) => EXCHANGE_ON_PREM.test(l) && !EXCHANGE_ONLINE.test(l) : (l: string) => EXCHANGE_ONLINE.test(l) && !EXCHANGE_ON_PREM.test(l);
  if (!lines.every(other)) return v;
  return { ...v, verdict: 'partial', evidence: `The resume runs Exchange ${online ? 'on its own servers' : 'Online'} (\u201c${lineOf(lines[0]!)}\u201d); Exchange ${online ? 'Online' : 'on premises'} asked.` };
}

/** (s57) The tuning of a thing asked as the head of the ask: "SQL and PL/SQL performance tuning", "T-SQL query tuning". */
const TUNING_HEAD = /\b(?:performance|query|queries)\s+(?:tuning|optimi[sz]ation)\b/i;
/**
 * (s57) "SQL and PL/SQL performance tuning" against "SQL queries on the Oracle database to trace failed payments": the
 * tuning is what is asked, the languages what it is done on. Where no tuning is shown, a resume that writes some of them
 * (SQL, not PL/SQL) does not meet the ask in part; one that writes all of them still does.
 */
function tuningOf(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if (v.verdict !== 'partial' || !TUNING_HEAD.test(item.text)) return v;
  // (Only where the resume tunes nothing: "Tuned MySQL with the slow query log" shows tuning of a kind, judged as before.)
  if (resume.text === undefined || /\b(?:tun(?:ed|ing|es)|optimi[sz]\w*|sped up|speed(?:ed|ing)? up)\b/i.test(resume.text)) return v;
  const k = item.groups.findIndex((g) => g.includes('performance-optimization'));
  if (k < 0 || v.groups[k]?.met) return v;
  const others = v.groups.filter((_, i) => i !== k);
  if (!others.length || others.every((g) => g.met)) return v;
  const shown = others.flatMap((g) => (g.met ? [name(g.met)] : []));
  const missing = others.flatMap((g) => (g.met ? [] : [name(g.options[0] ?? '')]));
  return { ...v, verdict: 'unmet', evidence: `No tuning shown${shown.length ? `: ${shown.join(', ')} written, not tuned; ${missing.join(', ')} not shown` : ''}.` };
}

/** (s56) Methods of anomaly detection, by name. */
const ANOMALY_METHOD = /\bisolation[- ]forests?\b|\blocal outlier factors?\b|\bLOF\b|\bone-class SVMs?\b|\b(?:outlier|novelty|anomal(?:y|ies))[- ]detect(?:ion|ors?)?\b|\bautoencoders?\b[^.;\n]{0,50}\b(?:anomal\w*|outliers?|faults?)\b/i;

function anomalyMethods(resume: ResumeFacts, items: readonly RequirementItem[]): ResumeFacts {
  if (resume.text === undefined || resume.covered.has('anomaly-detection') || !items.some((i) => i.groups.some((g) => g.includes('anomaly-detection')))) return resume;
  const line = resume.text.split('\n').find((l) => ANOMALY_METHOD.test(l));
  return line ? { ...resume, covered: new Map([...resume.covered, ['anomaly-detection', { via: 'anomaly-detection', evidence: lineOf(line) }]]) } : resume;
}

/** (s56) Satellite or cellular links asked as one thing: "Satellite or cellular WAN links", "4G or satellite backhaul". */
const SAT_CELL_ASK = /\b(?:satellite|cellular|4G|LTE|5G|mobile|VSAT)\s+(?:or|and\/or|\/)\s+(?:satellite|cellular|4G|LTE|5G|mobile|VSAT)\b(?:\s+[\w-]+){0,2}?\s+(?:WAN\s+)?(?:links?|backhaul|connectivity|circuits?|failover|WAN)\b/i;
const SAT_CELL_SHOWN = /\b(?:VSAT|Starlink|OneWeb|Inmarsat|Iridium|satellite|4G|LTE|5G|cellular)\b/i;
const LINK_WORK = /\b(?:WAN|links?|backhaul|failover|routers?|modems?|connectivity|circuits?|hubs?|terminals?|network|ISP|uplinks?)\b/i;

/**
 * (s56) "Satellite or cellular WAN links": one ask, the links a site reaches the network by where fibre does not; a line
 * that names satellite or cellular links (VSAT hubs, Starlink, 4G failover routers, LTE backhaul) meets it, a resume of
 * dated roles naming none (an MPLS WAN) does not.
 */
function satelliteOrCellular(item: RequirementItem, resume: ResumeFacts, v: RequirementVerdict): RequirementVerdict {
  if (!SAT_CELL_ASK.test(item.text) || resume.text === undefined) return v;
  const line = resume.text.split('\n').find((l) => SAT_CELL_SHOWN.test(l) && LINK_WORK.test(l));
  if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  if (!resume.profile?.roles.length) return v;
  return { ...v, verdict: 'unmet', evidence: 'No line of the resume names satellite or cellular links (VSAT, Starlink, 4G, LTE, 5G).' };
}

/** (s56) A kind of system asked by its products in a bracket: "d'un automate de diffusion (Harmonic, Imagine Versio ou Grass Valley iTX)". */
const KIND_BY_EXAMPLES = /(?:\bd'une?|\ban?|\bune?|\bone)\s+((?:[a-z\u00e0-\u00ff][\w\u00e0-\u00ff'-]*\s+){1,3}[a-z\u00e0-\u00ff][\w\u00e0-\u00ff'-]*)\s*\(([^()]+)\)/;

/**
 * (s56) A kind of system asked with products named as its examples, no skill read ("Ma\u00eetrise d'un automate de diffusion
 * (Harmonic, Imagine Versio ou Grass Valley iTX)"): a line naming one of the products, or naming the kind itself with
 * another ("Mise \u00e0 l'antenne sur l'automate de diffusion Marina"), meets it; a resume of dated roles naming neither does not.
 */
function kindByExamples(item: RequirementItem, resume: ResumeFacts, v: RequirementVerdict): RequirementVerdict {
  // (The products may be read as options in words, "term:Kelio": the kind named with another product meets the row all the same.)
  if (!(v.verdict === 'unknown' || v.verdict === 'unmet') || !item.groups.every((g) => g.every(isTerm)) || resume.text === undefined || !resume.profile?.roles.length) return v;
  const m = KIND_BY_EXAMPLES.exec(item.text);
  if (!m) return v;
  const names = m[2]!.split(/\s*(?:,|\/|\bor\b|\bou\b|\boder\b|\bo\b)\s*/).map((x) => x.trim()).filter(Boolean);
  if (names.length < 2 || !names.every((n) => /^[A-Z0-9]/.test(n))) return v;
  const kind = new RegExp(`(?<![\\w\\u00c0-\\u00ff])${escapeRe(m[1]!.trim())}(?![\\w\\u00c0-\\u00ff])`, 'i');
  const named = (l: string) => names.some((n) => new RegExp(`(?<![\\w-])${escapeRe(n.split(/\s+/)[0]!)}(?![\\w-])`).test(l));
  const line = resume.text.split('\n').find((l) => named(l) || kind.test(l));
  if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  return { ...v, verdict: 'unmet', evidence: `The resume names no ${m[1]!.trim()} (${names.join(', ')}).` };
}

/**
 * (s56) A school-leaving qualification a resume names: "maturita", "Matura", "A levels", "GCSEs", "Abitur", "baccalaur\u00e9at",
 * "high school diploma", Italy's "Diploma di perito informatico", Brazil's "ensino m\u00e9dio". (A school diploma asked is met
 * by one, schoolVerdict; a degree asked against an education of only such lines is unmet, schoolOnly.)
 */
const SCHOOL_SHOWN = /\b(?:maturit(?:\u00e0|a\b)|Matura\b|A[- ]levels?\b|GCSEs?\b|(?:Fach)?Abitur\b|baccalaur[e\u00e9]at\b|bachillerato\b|ensino m\u00e9dio|high school\b(?: diploma\b)?|secondary (?:medical |technical )?school\b|GED\b|HAVO\b|VWO\b|MBO\b|diploma (?:di|of) (?:perito|maturit))/i;
const EDUCATION_HEADING = /^\s*(?:EDUCATION|Education|EDUCATION AND TRAINING|AUSBILDUNG|Ausbildung|FORMATION|Formation|OPLEIDING|Opleiding|FORMACI\u00d3N|Formaci\u00f3n|VZD\u011aL\u00c1N\u00cd|Vzd\u011bl\u00e1n\u00ed)\s*:?\s*$/;

/**
 * (s56) A degree asked ("University degree in chemistry, biochemistry or informatics") against a resume whose education
 * names only a school-leaving qualification ("Secondary Medical School Brno, Laboratory Assistant (maturita)"): the resume
 * says what its schooling is, and it is no degree; unmet, not unknown. Not where equivalent experience may stand in.
 */
function schoolOnly(item: RequirementItem, resume: ResumeFacts, v: RequirementVerdict): RequirementVerdict {
  if (item.kind !== 'degree' || v.verdict !== 'unknown' || resume.text === undefined || /\bequivalent\b|\bor\s+(?:relevant\s+)?experience\b/i.test(item.text)) return v;
  const lines = resume.text.split('\n');
  const at = lines.findIndex((l) => EDUCATION_HEADING.test(l));
  if (at < 0) return v;
  const below = lines.slice(at + 1).filter((l) => l.trim());
  const section = below.slice(0, Math.max(1, below.findIndex((l) => /^\s*[A-Z\u00c0-\u00de\u0160\u010c\u017d][A-Z\u00c0-\u00de\u0160\u010c\u017d\s&]{3,}:?\s*$/.test(l)) >>> 0));
  const school = section.find((l) => SCHOOL_SHOWN.test(l));
  if (!school) return v;
  return { ...v, verdict: 'unmet', evidence: `The resume\u2019s education is \u201c${lineOf(school)}\u201d: a school-leaving qualification, no degree.` };
}

/** (s56) A vendor's certification asked by the vendor and a field: "Microsoft certification in data or database work". */
const VENDOR_CERT_ASK = /\b(Microsoft|AWS|Amazon|Google(?: Cloud)?|Cisco|Oracle|Red Hat|VMware|Salesforce|CompTIA|Databricks|Snowflake)\s+certifi(?:cation|cate)s?\b/i;
const CERT_SHOWN = /\bcertifi(?:ed|cation|cate)\b|\b(?:AZ|DP|PL|MS|SC|AI|MB)-\d{2,3}\b/i;

/**
 * (s56) A vendor's certification asked with no name of one ("Microsoft certification in data or database work"): a line that
 * names the vendor and a certificate ("Microsoft Certified: Power BI Data Analyst Associate (PL-300)") meets it; a resume of
 * dated roles naming none does not.
 */
function vendorCertificate(item: RequirementItem, resume: ResumeFacts, v: RequirementVerdict): RequirementVerdict {
  const m = VENDOR_CERT_ASK.exec(item.text);
  if (!m || v.verdict !== 'unknown' || item.groups.length || resume.text === undefined || !resume.profile?.roles.length) return v;
  const vendor = new RegExp(`\\b${escapeRe(m[1]!.split(/\s+/)[0]!)}\\b`, 'i');
  const line = resume.text.split('\n').find((l) => vendor.test(l) && CERT_SHOWN.test(l));
  if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  return { ...v, verdict: 'unmet', evidence: `The resume names no ${m[1]} certification.` };
}

function withoutTown(resume: ResumeFacts, name: (id: string) => string): ResumeFacts {
  if (resume.text === undefined) return resume;
  const lines = resume.text.split('\n').filter((l) => l.trim());
  const place = lines.slice(0, 3).find((l) => TOWN_LINE.test(l));
  const town = place ? TOWN_LINE.exec(place)![1]! : undefined;
  if (!town) return resume;
  const word = new RegExp(String.raw`(?:^|\s)${escapeRe(town)}$`, 'i');
  // (Named elsewhere as a thing, not as the town again: "Bluestem Federal Solutions, Aurora, CO" is the town.)
  const elsewhere = new RegExp(String.raw`\b${escapeRe(town)}\b(?!,\s*[A-Z]{2}\b)`, 'i').test(lines.filter((l) => l !== place).join('\n'));
  if (elsewhere) return resume;
  const dropped = [...resume.covered].filter(([id, c]) => c.evidence.startsWith(town) && (word.test(name(c.via)) || word.test(name(id))));
  if (!dropped.length) return resume;
  return { ...resume, covered: new Map([...resume.covered].filter(([id]) => !dropped.some(([d]) => d === id))) };
}

function namesThing(line: string, names: readonly string[]): boolean {
  const low = line.toLowerCase();
  return names.some((n) => {
    const w = n.toLowerCase();
    if (w.length < 2) return false;
    if (new RegExp(`(?<![\\w-])${escapeRe(w)}(?![\\w-])`, 'i').test(low)) return true;
    const stem = w.length >= 7 ? w.slice(0, Math.max(4, w.length - 3)) : null;
    return stem !== null && new RegExp(`(?<![\\w-])${escapeRe(stem)}`, 'i').test(low);
  });
}

/**
 * (s46) "5+ years operating PostgreSQL in production" against a backend engineer whose services used PostgreSQL on RDS: the
 * years asked are of running the thing. They count in a role whose title is an operations one (SRE, DevOps, platform,
 * infrastructure, systems administration, a DBA), or whose own lines that name it say it was run (upgraded, failed over,
 * backed up, administered, on call for), not another team's; a role that only used it meets the ask partly. So "Kafka
 * operations" against "Kafka consumers".
 */
function operatedOnly(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if (v.verdict !== 'met' || !resume.profile || resume.text === undefined) return v;
  const english = inEnglish(item.text);
  const yearsAsk = item.years && item.years.min > 0 && ACTIVITY_YEARS.test(english);
  if (!yearsAsk && !(item.kind === 'skills' && OPERATIONS_ASK.test(english))) return v;
  const p = resume.profile;
  const text = resume.text;
  const met = v.groups.flatMap((g) => (g.met ? [g.met] : []));
  if (!met.length) return v;
  const opsTitled = (i: number) => titleFields(p.roles[i]!.title).some((id) => OPS_FIELDS.has(id) || id === 'databases' || id === 'platform-engineering');
  // (The thing run is the verb's object: "operating PostgreSQL", "administering Kubernetes clusters"; not "operating
  // production infrastructure, a good part of it on Kubernetes", whose years are the work's, nor "operating production
  // services on Kubernetes", whose thing run is the services, Kubernetes what they run on.)
  const verb = yearsAsk ? ACTIVITY_YEARS.exec(english) : null;
  const object = verb ? english.slice(verb.index + verb[0].length).split(/[,;(]|\s[\u2013\u2014-]\s|\s(?:on|in|with|at|for|using|across|within|to|from|via)\s/i)[0]!.split(/\s+/).slice(0, 4).join(' ') : english;
  const namesOf = (id: string) => {
    const via = resume.covered.get(id)?.via ?? id;
    return [...new Set([id, via].flatMap((x) => { const n = name(x); return [n, n.split(/\s+/).pop()!, x.replace(/-/g, ' ')]; }))];
  };
  if (!met.some((id) => namesThing(object, namesOf(id)))) return v;
  const perGroup = met.map((id) => {
    const via = resume.covered.get(id)?.via ?? id;
    const names = namesOf(id);
    const roles = [...new Set([...(p.skillRoles[id] ?? []), ...(p.skillRoles[via] ?? [])])];
    const ran = roles.filter((i) => {
      if (opsTitled(i)) return true;
      const r = p.roles[i]!;
      // (s55) A role titled for administering the thing ("Linux Administrator", "PostgreSQL DBA") runs it.
      if (namesThing(r.title ?? '', names) && RUNS_TITLE.test(r.title ?? '')) return true;
      // (s59 lead: the verb of running in the clause that names the thing: "Run sprint ceremonies for three teams; keep our
      // Jira boards tidy" runs the ceremonies, not Jira.)
      return text.slice(r.textStart, r.textEnd).split('\n').some((l) => l.split(/;\s*|\.\s+/).some((c) => namesThing(c, names) && OPERATED.test(c) && !OTHER_TEAMS.test(c)));
    });
    return { id, roles, ran, used: yearsOfRoles(p.roles, roles), run: yearsOfRoles(p.roles, ran) };
  });
  const short = perGroup.filter((g) => (yearsAsk ? g.run < item.years!.min : g.ran.length === 0));
  if (!short.length || short.some((g) => g.roles.length === 0)) return v;
  const said = short.map((g) => `${name(g.id)} used in dated roles for ${years(g.used)}, run in ${g.ran.length ? `them for ${years(g.run)}` : 'none of them'}`).join('; ');
  return { ...v, verdict: 'partial', evidence: `${said}${yearsAsk ? `; ${item.years!.min}+ years of running it asked` : '; its operation asked'}.` };
}

/** (s55) The noun of a title that runs what it names: "Linux Administrator", "Oracle DBA", "Kafka Operator". */
const RUNS_TITLE = /\b(?:admin(?:istrator)?s?|sysadmin|DBA|operators?|systems?\s+engineers?)\b/i;
/** (s51) Infrastructure and systems asked together, and a title of either whatever its noun (see matchRequirements). */
const INFRA_SYSTEMS_ASK = /\binfrastructure\s*(?:,|or|and|and\/or|\/)\s*systems\b|\bsystems\s*(?:,|or|and|and\/or|\/)\s*infrastructure\b/i;
const INFRA_SYSTEMS_TITLE = /\binfrastructure\s+(?:manager|lead|head|director|administrator|specialist|architect|engineer)\b|\bsystems?\s+(?:administrator|admin|engineer)\b|\bsysadmin\b/i;
/** (s51) A line that built or ran a platform other teams or engineers ship through or use (see matchRequirements). */
const PLATFORM_LINE =
  /\b(?:built|build|ran|run|owned|own|designed|created|set up|led)\b[^.;\n]{0,40}?\b(?:(?:internal|deploy(?:ment)?|developer|delivery|engineering|shared)\s+platform|platform\s+(?:that|which)|paved roads?|golden paths?|self-service\s+(?:templates?|tooling|tools|platform|portal))\b[^.;\n]{0,40}?\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|many|other|all|every|our|the)\s+(?:[\w-]+\s+){0,2}?(?:teams|engineers|developers|squads)\b/i;
/** Operations centres a years item may ask a role in, by the words it asks them in, and the titles of their roles. */
const CENTRES: ReadonlyArray<{ id: string; asked: RegExp; title: RegExp }> = [
  { id: 'term:network operations', asked: /\bnetwork operations\b|\bNOC\b/i, title: /\bNOC\b|\bnetwork operations\b/i },
  { id: 'term:SOC', asked: /\bsecurity operations\b|\bSOC\b(?!\s*(?:-\s*)?(?:1|2|3|II|I|Type)\b)/i, title: /\bSOC\b|\bsecurity operations\b/i },
];
/** A years item that asks a kind of role ("in a SOC, help desk or network operations role", "NOC experience"). */
const ROLE_KIND_ASK = /\b(?:roles?|positions?|environments?|settings?|cent(?:er|re)s?|experience|background)\b/i;
/**
 * (s51) "Two (2) years of experience in a SOC, help desk or network operations role" against "NOC Technician, Red River
 * Fiber": the centre the ask names in words is an option of the item's first group (the kinds of role), and the roles
 * titled for it, by its initials or its words, show it for their years. Not where the group already holds it, nor for a
 * title that names no centre ("Network Engineer"), nor an ask of a SOC report ("SOC 2 Type II").
 */
function centreRoles(items: readonly RequirementItem[], resume: ResumeFacts): { items: readonly RequirementItem[]; resume: ResumeFacts } {
  const p = resume.profile;
  if (!p?.roles.length) return { items, resume };
  let covered: Map<string, { via: string; evidence: string }> | null = null;
  let termRoles: Map<string, readonly number[]> | null = null;
  const out = items.map((item) => {
    if (!item.years || !item.groups.length || !ROLE_KIND_ASK.test(item.text)) return item;
    let groups = item.groups;
    for (const c of CENTRES) {
      if (!c.asked.test(item.text) || groups.some((g) => g.includes(c.id) || (c.id === 'term:SOC' && g.includes('security-operations')))) continue;
      const roles = p.roles.flatMap((r, i) => (c.title.test(r.title ?? '') ? [i] : []));
      if (!roles.length) continue;
      groups = [[...groups[0]!, c.id], ...groups.slice(1)];
      const r = p.roles[roles[0]!]!;
      covered ??= new Map(resume.covered);
      termRoles ??= new Map(resume.termRoles ?? []);
      if (!covered.has(c.id)) covered.set(c.id, { via: c.id, evidence: `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}` });
      termRoles.set(c.id, [...new Set([...(termRoles.get(c.id) ?? []), ...roles])].sort((a, b) => a - b));
    }
    return groups === item.groups ? item : { ...item, groups };
  });
  return { items: out, resume: covered ? { ...resume, covered, termRoles: termRoles! } : resume };
}

/**
 * (s51) Standards and programmes of one family, each by the words a posting or resume names it in: NIST's publications
 * (SP 800-53's controls, SP 800-171 drawn from them for contractors, the CMMC built on 800-171, the Cybersecurity
 * Framework), and the US cloud authorisations (FedRAMP, and the states' StateRAMP and TX-RAMP modelled on it).
 */
/** The skill the taxonomy reads each family as (STANDARD_FAMILIES, in order). */
const FAMILY_SKILL: readonly string[] = ['nist-csf', 'fedramp'];
const STANDARD_FAMILIES: ReadonlyArray<ReadonlyArray<[string, RegExp]>> = [
  [
    ['NIST SP 800-53', /\b800-53\b/],
    ['NIST SP 800-171', /\b800-171\b/],
    ['CMMC', /\bCMMC\b/],
    ['the NIST Cybersecurity Framework', /\bNIST\s+CSF\b|\bCybersecurity Framework\b/i],
  ],
  [
    ['FedRAMP', /\bFedRAMP\b/i],
    ['StateRAMP', /\bStateRAMP\b/i],
    ['TX-RAMP', /\bTX-?RAMP\b/i],
  ],
];
/**
 * (s51) "Experience implementing NIST SP 800-53 controls" met by a line of "NIST SP 800-171 self-assessment", "supporting a
 * FedRAMP Moderate authorization" by "Led our StateRAMP Moderate authorization": a standard asked by name, and the resume
 * names only another of its family (the taxonomy reads them as one skill), is partly met: the work is of the kind, not
 * on the one asked. Where the ask names several of the family ("NIST SP 800-53 or the NIST Cybersecurity Framework"),
 * any one named in the resume meets it; where the resume names the one asked anywhere, it is met as before.
 */
function siblingStandard(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if ((v.verdict !== 'met' && v.verdict !== 'unmet') || resume.text === undefined) return v;
  for (const [f, family] of STANDARD_FAMILIES.entries()) {
    const asked = family.filter(([, re]) => re.test(item.text));
    if (!asked.length) continue;
    // (Unmet, where the family's skill is all the item lacks: "a FedRAMP authorization" against "TX-RAMP certification",
    // a name the taxonomy does not read as FedRAMP.)
    if (v.verdict === 'unmet' && !(v.groups.length > 0 && v.groups.every((g, k) => g.met !== null || (item.groups[k] ?? []).includes(FAMILY_SKILL[f]!)))) continue;
    const lines = resume.text.split('\n');
    if (lines.some((l) => asked.some(([, re]) => re.test(l)))) continue;
    for (const l of lines) {
      const other = family.find(([n, re]) => !asked.some(([m]) => m === n) && re.test(l));
      if (other) return { ...v, verdict: 'partial', evidence: `The resume names ${other[0]} (\u201c${lineOf(l)}\u201d), of the same family; ${asked.map(([n]) => n).join(' or ')} asked.` };
    }
  }
  return v;
}

/** A certificate's level, as its title says it: "Advanced Level", "Expert", "Foundation", "Professional". */
const CERT_LEVEL = String.raw`(Foundation|Fundamentals|Associate|Intermediate|Advanced|Expert|Professional|Practitioner|Specialist|Master)`;
/**
 * "ISTQB Advanced Level certification" met by "ISTQB Certified Tester Foundation Level": a certificate asked at one level
 * and held at another, lower or not, is held only in part. Read where the posting names the level right by the
 * certificate's words and the resume's line that shows it names another level and not the one asked.
 */
function atLevel(item: RequirementItem, v: RequirementVerdict): RequirementVerdict {
  if (v.verdict !== 'met' || !v.evidence || !/\b(?:Foundation|Fundamentals|Associate|Intermediate|Advanced|Expert|Professional|Practitioner|Specialist|Master)\b/i.test(item.text)) return v;
  for (const id of item.groups.flat()) {
    if (!isTerm(id)) continue;
    const words = escapeRe(termText(id));
    const asked = new RegExp(String.raw`\b${words}\s+(?:[\w-]+\s+){0,2}?${CERT_LEVEL}\b|\b${CERT_LEVEL}(?:\s+Level)?\s+${words}\b`, 'i').exec(item.text);
    if (!asked) continue;
    const said = (asked[1] ?? asked[2])!;
    const level = said.toLowerCase();
    const line = /\u201c([^\u201d]*)\u201d/.exec(v.evidence)?.[1] ?? '';
    if (!new RegExp(String.raw`\b${words}\b`, 'i').test(line)) continue;
    const held = new RegExp(CERT_LEVEL, 'i').exec(line.replace(new RegExp(String.raw`\b${level}\b`, 'gi'), ' '));
    if (held && !new RegExp(String.raw`\b${level}\b`, 'i').test(line)) return { ...v, verdict: 'partial', evidence: `The resume holds ${termText(id)} at ${held[1]} level; ${said} asked: \u201c${line}\u201d` };
  }
  return v;
}

/** (s52) A posting for new graduates, by its title or header. */
const NEW_GRAD_POST = /\bnew[- ]grad(?:uate)?s?\b|\b(?:graduate|grad)\s+(?:scheme|programme|program)\b|\bclass of 20\d\d\b|\bcampus hire\b/i;

/** (s52) Availability asked as a count of nines ("carrier-grade (five nines)", "99.99% uptime"), and the figures a resume gives. */
const NINES_ASK = /\b(three|four|five|six)[- ]nines\b|\b99\.(9{1,4})(?!\d)\s?%/i;
const NINES_SHOWN = /\b99\.(9{1,4})\d*\s?%|\b(three|four|five|six)[- ]nines\b/gi;
const NINES_WORD: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5, six: 6 };
const ninesOf = (digits: string | undefined, word: string | undefined) => (digits ? digits.length + 2 : NINES_WORD[word!.toLowerCase()]!);
/**
 * "Experience building carrier-grade (five nines) systems": high availability asked at a count of nines is met by a line
 * that held as many ("the platform held 99.999%"); one that held fewer ("99.99% uptime through three Black Fridays"), or
 * shows high availability with no figure ("multi-region failover"), meets it in part.
 */
function atNines(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  const ask = NINES_ASK.exec(item.text);
  if (v.verdict !== 'met' || !ask || resume.text === undefined || !item.groups.some((g) => g.includes('high-availability'))) return v;
  const asked = ninesOf(ask[2], ask[1]);
  let best = 0;
  let line = '';
  for (const l of resume.text.split('\n'))
    for (const m of l.matchAll(NINES_SHOWN)) {
      const n = ninesOf(m[1], m[2]);
      if (n > best) [best, line] = [n, l];
    }
  if (best >= asked) return { ...v, evidence: `High availability at ${best} nines: \u201c${lineOf(line)}\u201d` };
  return { ...v, verdict: 'partial', evidence: best ? `The resume's best availability is ${best} nines (\u201c${lineOf(line)}\u201d); ${asked} asked.` : `The resume shows high availability but no figure for it; ${asked} nines asked.` };
}

/**
 * (s52) Tools the taxonomy files under their field (Slurm and PBS Pro under high-performance computing, Kamailio and
 * Asterisk under telecommunications, NCCL and ROCm under GPU programming). Asked by name, "Experience with Slurm", they are
 * met by a resume that names one of them; another tool of the field, or the field in words ("a Linux HPC cluster (PBS
 * Pro)"), meets the ask in part; and where nothing of the field is shown, the evidence names the tools asked, not the field.
 */
const FIELD_TOOLS: ReadonlyMap<string, RegExp> = new Map([
  ['hpc', /\b(?:Slurm|PBS(?:\s?Pro)?|OpenPBS|Torque|(?:IBM Spectrum )?LSF|HTCondor|(?:Sun |Univa |Altair )?Grid Engine|Moab)\b/gi],
  ['telecommunications', /\b(?:Kamailio|OpenSIPS|FreeSWITCH|Asterisk|Open5GS|free5GC)\b/gi],
  ['opencl', /\b(?:NCCL|RCCL|ROCm|SYCL|oneAPI|cuDNN|CUTLASS)\b/gi],
  // (s58 lead: parallel file systems under storage, "Parallel file systems: Lustre or GPFS" against a BeeGFS cluster.)
  ['storage-systems', /\b(?:Lustre|GPFS|(?:IBM )?Spectrum Scale|BeeGFS|CephFS|WekaFS|OrangeFS|GlusterFS|Panasas)\b/gi],
]);
function fieldTools(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  if (resume.text === undefined || (v.verdict !== 'met' && v.verdict !== 'unmet')) return v;
  for (const [field, tools] of FIELD_TOOLS) {
    const k = item.groups.findIndex((g) => g.includes(field));
    if (k < 0) continue;
    // (s53: "GPU clusters with Slurm or Kubernetes": another option of the group, shown, meets it whatever the field's tools.)
    if (item.groups[k]!.some((id) => id !== field && resume.covered.has(id))) continue;
    const asked = [...new Set([...item.text.matchAll(tools)].map((m) => m[0]))];
    if (!asked.length) continue;
    const names = new RegExp(String.raw`\b(?:${asked.map(escapeRe).join('|')})\b`, 'i');
    if (v.verdict === 'unmet') return { ...v, evidence: v.evidence.replace(name(field), asked.join(' or ')) };
    const lines = resume.text.split('\n');
    const own = lines.find((l) => names.test(l));
    if (own && item.groups.length === 1) return { ...v, evidence: `${asked.join(' or ')} \u2014 \u201c${lineOf(own)}\u201d` };
    if (own) continue;
    const other = lines.find((l) => [...l.matchAll(tools)].length > 0);
    const shown = other ? [...other.matchAll(tools)][0]![0] : name(field);
    const line = other ?? /\u201c([^\u201d]*)\u201d/.exec(v.evidence)?.[1] ?? '';
    return { ...v, verdict: 'partial', evidence: `The resume shows ${shown}${line ? ` (\u201c${lineOf(line)}\u201d)` : ''}, not ${asked.join(' or ')}.` };
  }
  return v;
}

/**
 * (s52) A move asked ("Experience with SQL Server migrations to Azure", "database migrations to the cloud"): the things it
 * names are what is moved, so a line that moved them ("Migrated 65 SQL Server databases ... to Azure SQL Managed
 * Instance") meets it, and the things named without a move ("wrote the EF Core schema migrations" for SQL Server) do not.
 */
const MOVE_ASK = /\bmigrations?\s+(?:(?:of|for)\s+(?:[\w-]+\s+){1,3})?(?:to|into|onto)\s+(?:the\s+)?(cloud|Azure|AWS|GCP|Google Cloud)\b/i;
/** Where a move asked goes, as a resume's line names it ("Azure SQL Managed Instance", "RDS", "Cloud SQL"). */
const MOVE_TO: Readonly<Record<string, RegExp>> = {
  azure: /\bAzure\b/i,
  aws: /\b(?:AWS|Amazon|RDS|Aurora|EC2)\b/i,
  gcp: /\b(?:GCP|Google Cloud|Cloud SQL|BigQuery)\b/i,
  'google cloud': /\b(?:GCP|Google Cloud|Cloud SQL|BigQuery)\b/i,
  cloud: /\b(?:cloud|Azure|AWS|Amazon|RDS|Aurora|GCP|Google Cloud|Cloud SQL)\b/i,
};
const MOVED = /\b(?:migrat(?:ed|ing)|moved|moving|lift(?:ed)?[- ]and[- ]shift(?:ed)?|re-?hosted|re-?platformed)\b[^.;\n]{0,120}?\b(?:to|into|onto)\b/i;
/**
 * (s53) "SQL Server, including writing and tuning stored procedures", "TypeScript, including publishing packages": the
 * thing named after "including", in plain words (no name a skill stands for, no choice), is asked with the rest. Where the
 * rest is met and no line of the resume names it, the ask is met in part.
 */
const INCLUDING_PART = /,\s+including\s+(?:(?:writing|tuning|designing|building|publishing|running|owning|maintaining|operating|reviewing|and|its|their|the)\s+)*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)(?:\s+(?:to|for|in|on|with|into)\s+[\w.-]+)?\s*[.;)]?\s*$/;
function includingPart(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'met' || resume.text === undefined || item.years) return v;
  const m = INCLUDING_PART.exec(item.text);
  const thing = m?.[1];
  if (!thing || /\b(?:or|and|etc)\b/.test(thing)) return v;
  // (Any of its own words will do, by its stem: "reusable modules" by "Terraform modules", "the release process" by "App
  // Store releases every two weeks"; words of any work, "process", "practices", are none of its own. s54: a short word's
  // -ing or -ed too, "query tuning" by "Tuned the slowest PostgreSQL reports".)
  // (A part the checklist reads as a skill of its own, "EKS in production, including autoscaling", is judged as that skill:
  // "tuned the Cluster Autoscaler" shows it.)
  const ids = item.groups.flat();
  if (ids.includes(thing.replace(/\s+/g, '-')) || thing.split(/\s+/).some((w) => ids.includes(w))) return v;
  const words = thing.split(/\s+/).filter((w) => w.length > 3 && !/^(?:process(?:es)?|practices?|work|skills?|experience|knowledge|tools?|systems?|code|things?)$/i.test(w)).map((w) => escapeRe(w.length > 7 ? w.replace(/(?:ing|ed|ers?|es|s|e)$/, '') : w.length > 5 && /(?:ing|ed)$/.test(w) ? w.replace(/(?:ing|ed)$/, '') : w.replace(/(?:es|s|e)$/, '')));
  if (!words.length || new RegExp(String.raw`\b(?:${words.join('|')})`, 'i').test(resume.text)) return v;
  return { ...v, verdict: 'partial', evidence: `${v.evidence} Not shown: ${thing}, which the ask includes.` };
}

function movedTo(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  const ask = MOVE_ASK.exec(item.text);
  if (v.verdict === 'unknown' || resume.text === undefined || !ask) return v;
  // (What is moved is named by the ask's own skills: "SQL Server" and "Azure", not a field such as cloud computing.)
  const things = [...new Set(item.groups.flat().filter((id) => id !== 'schema-migrations' && id !== 'cloud-migration' && id !== 'cloud-computing' && !isTerm(id)))].map((id) => name(id).replace(/^(?:Microsoft|Amazon|Apache)\s+/, ''));
  if (!things.length) return v;
  const named = new RegExp(String.raw`\b(?:${things.map(escapeRe).join('|')})\b`, 'i');
  // (The line names where the move went, as asked: "Migrated the PostgreSQL 11 clusters to PostgreSQL 15" is an upgrade.)
  const dest = MOVE_TO[(ask[1] ?? 'cloud').toLowerCase()] ?? MOVE_TO.cloud!;
  const line = resume.text.split('\n').find((l) => MOVED.test(l) && named.test(l) && dest.test(l) && !/\bschema\b/i.test(l));
  if (line) return { ...v, verdict: 'met', evidence: `A move of what is asked: \u201c${lineOf(line)}\u201d` };
  if (v.verdict === 'unmet') return v;
  return { ...v, verdict: 'unmet', evidence: `The resume names ${things.join(' and ')} but moves nothing of them; a migration asked.` };
}

/**
 * (s52) The Kubernetes certificates (CKA for administrators, CKAD for developers, CKS for security) are one body's exams
 * on one subject for different roles: another of them held meets the one asked in part ("Certified Kubernetes
 * Administrator (CKA)" against "Certified Kubernetes Application Developer (CKAD)").
 */
const KUBE_CERTS: ReadonlyArray<[string, RegExp]> = [
  ['CKA', /\bCKA\b|\bCertified Kubernetes Administrator\b/i],
  ['CKAD', /\bCKAD\b|\bCertified Kubernetes Application Developer\b/i],
  ['CKS', /\bCKS\b|\bCertified Kubernetes Security Specialist\b/i],
];
function kubernetesSibling(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'unmet' || resume.text === undefined) return v;
  const asked = KUBE_CERTS.filter(([, re]) => re.test(item.text));
  if (!asked.length) return v;
  for (const l of resume.text.split('\n')) {
    const other = KUBE_CERTS.find(([n, re]) => !asked.some(([m]) => m === n) && re.test(l));
    if (other && !asked.some(([, re]) => re.test(l))) return { ...v, verdict: 'partial', evidence: `The resume holds ${other[0]} (\u201c${lineOf(l)}\u201d), another Kubernetes certificate; ${asked.map(([n]) => n).join(' or ')} asked.` };
  }
  return v;
}

/** Fields whose roles run machines: an operating system named in one of them is administered. */
/** (s56) A title for administering a company's IT: "IT Administrator", "IT-Administrator", "Systemadministratorin". */
const IT_ADMIN_TITLE = /\bIT[- ](?:[Ss]ystem(?:s)?[- ]?)?[Aa]dmin(?:istrator)?(?:in)?\b|\bSystem(?:e)?administrator(?:in)?\b/;
/** The clouds by the names a resume writes them in (not Azure's directory, "Azure AD", which shows no cloud: withoutDirectoryAzure). */
const CLOUD_NAMES: ReadonlyArray<[string, RegExp]> = [['aws', /\bAWS\b|\bAmazon Web Services\b/], ['azure', /\bAzure\b(?!\s+(?:AD|Active Directory)\b)/], ['google-cloud', /\bGCP\b|\bGoogle Cloud\b/]];
/** A thing asked and the tools a resume shows it by: an operating system by its server edition, job orchestration by an orchestrator run. */
const SHOWN_BY_TOOL: ReadonlyArray<[string, readonly string[]]> = [
  ['windows', ['windows-server']],
  // ("Performance tuning and query optimisation" for a DBA: the queries tuned are the performance tuned.)
  ['performance-optimization', ['query-optimization']],
  // ("4+ years building data platforms": a data engineer's streams, lakes and pipelines are the platform's building.)
  ['data-platform-engineering', ['data-engineering']],
  ['job-orchestration', ['airflow', 'dagster', 'prefect', 'luigi', 'argo-workflows', 'kestra', 'azure-data-factory', 'step-functions']],
];
const OPS_FIELDS: ReadonlySet<string> = new Set(['infrastructure-engineering', 'site-reliability-engineering', 'devops', 'systems-administration']);

/**
 * Software engineering or development named as one field of several, the last words of the ask: "software or systems
 * engineering", "platform or software engineering roles" (not "software engineering in Go", whose years are Go's).
 */
const SOFTWARE_BESIDE = /(?:\bsoftware(?:\s+(?:engineering|development))?\s*(?:,\s*(?:or\s+)?|\s+(?:or|and\/or)\s+)(?:[a-z-]+\s+){0,2}(?:engineering|development)|\b(?:or|and\/or)\s+software\s+(?:engineering|development))(?:\s+(?:roles?|experience|positions?))?\s*[.;]?\s*$/i;

/**
 * Operations work named as an alternative: "SRE or production operations", "DevOps, or IT operations"; "SRE, DevOps, or
 * systems engineering" (beside them, a systems engineer's work, not systems programming).
 */
const OPS_BESIDE = /\b(?:or|and\/or)\s+(?:(?:production|IT|infrastructure|systems|platform|service)\s+)?op(?:eration)?s\b(?!\s+(?:research|management|manager|team))|\b(?:or|and\/or)\s+systems\s+(?:engineering|administration)\b/i;

/**
 * The resume's lines that say it contributed to a project: in words ("contributor to", "maintainer of", "patches merged
 * into"), or any line of a section headed as contributions ("OPEN SOURCE", "Contributions:") up to the next heading.
 */
function contributionLines(text: string): Array<{ text: string; under: boolean }> {
  const lines = text.split('\n');
  const out: Array<{ text: string; under: boolean }> = [];
  let under = false;
  for (const l of lines) {
    if (CONTRIB_HEADING.test(l)) {
      under = true;
      continue;
    }
    // The section ends at the next heading: a short line with no bullet, in capitals, ending in a colon, or of a word or
    // three each capitalised ("Education", "Work History").
    if (under && /^\s*[A-Z][A-Za-z &/-]{2,40}:?\s*$/.test(l) && (l.trim() === l.trim().toUpperCase() || /:\s*$/.test(l) || /^\s*[A-Z][a-z]+(?:\s+(?:&|and|[A-Z][a-z]+)){0,2}\s*$/.test(l))) under = false;
    // ("Tollgate — an open-source TCP load balancer in Rust (1.2k GitHub stars)": a project of one's own, given away as open
    // source, is open-source work too.)
    if ((under && /\p{L}{3}/u.test(l)) || CONTRIB_SHOWN.test(l) || OWN_OPEN_SOURCE.test(l)) out.push({ text: l, under });
  }
  return out;
}

/** "another messaging API", "any other payment processor": the kind an option in words names (terms.ts OTHER_OF_KIND). */
const ANOTHER = /\b(?:another|any other|some other|a similar|a comparable)\s+$/i;
/**
 * The words a line about a kind's work uses besides the kind's own ("messaging" work sends SMS): a kind's word, then words
 * of its kin. A kind not listed is shown by its own word only.
 */
const KIN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^messag/i, /\b(?:messag\w*|sms|mms|text messages?|texts?|whats ?app|chat|push notifications?)\b/i],
  [/^(?:e-?)?mail/i, /\b(?:e-?mails?|mail(?:ing|s)?|smtp|newsletters?)\b/i],
  [/^pay/i, /\b(?:payments?|pay-?ins?|payouts?|cards?|checkout|acquiring)\b/i],
  [/^(?:map|geo)/i, /\b(?:maps?|mapping|geocod\w*|geospatial|routing)\b/i],
];

/**
 * Options in words that name a kind after "another" ("Twilio or another messaging API": term "messaging API"), met by a
 * skill the resume shows that it calls by the kind's noun ("the Vonage and Plivo APIs", "Vonage API") on a line with the
 * kind's word or its kin ("SMS"). A product called by the noun alone ("the Stripe API") is of some other kind.
 */
function otherOfKind(items: readonly RequirementItem[], resume: ResumeFacts, name: (id: string) => string): Map<string, { via: string; evidence: string }> {
  const out = new Map<string, { via: string; evidence: string }>();
  for (const item of items)
    for (const g of item.groups)
      for (const id of g) {
        if (!id.startsWith('term:') || resume.covered.has(id) || out.has(id)) continue;
        const words = id.slice(5).trim().split(/\s+/);
        if (words.length !== 2) continue;
        const [kindWord, noun] = words as [string, string];
        const at = item.text.toLowerCase().indexOf(`${kindWord} ${noun}`.toLowerCase());
        if (at < 0 || !ANOTHER.test(item.text.slice(0, at))) continue;
        const kin = KIN.find(([re]) => re.test(kindWord))?.[1] ?? new RegExp(`\\b${escapeRe(kindWord)}`, 'i');
        // (The noun as the posting writes it, or in lowercase: "API", "processor".)
        const stem = noun.replace(/s$/i, '');
        const nounRe = `(?:${escapeRe(stem)}|${escapeRe(stem.toLowerCase())})`;
        for (const [skill, c] of resume.covered) {
          if (skill.startsWith('term:') || g.includes(skill) || c.via !== skill) continue;
          const called = new RegExp(`(?<![\\w-])${escapeRe(name(skill))}(?:\\s*(?:,|and|&|or)\\s*[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?)*\\s+${nounRe}s?\\b`);
          if (called.test(c.evidence) && kin.test(c.evidence)) {
            out.set(id, { via: skill, evidence: c.evidence });
            break;
          }
        }
      }
  return out;
}

/** "High school diploma or GED": a school-leaving certificate asked, not a degree (degree levels start at associate). */
// (s56: abroad too, "Diploma di perito informatico", "Abitur", "Bachillerato": SCHOOL_DIPLOMA, from lib/requirements/text;
// every such diploma blanked, to read what else the line asks.)
const SCHOOL_DIPLOMAS = new RegExp(SCHOOL_DIPLOMA.source, 'gi');

/** A school-leaving certificate asked, met by one the resume names or by any degree it shows; null where none is asked. */
function schoolVerdict(text: string, profile: ResumeFacts['profile'], resumeText: string): Judged | null {
  // (s56: a degree offered as the other choice, "Diploma di perito informatico o laurea", asks no more than the diploma.)
  if (!SCHOOL_DIPLOMA.test(text) || (/\b(?:degree|bachelor|master)\b/i.test(text.replace(SCHOOL_DIPLOMAS, ' ')) && !SCHOOL_OR_DEGREE.test(text))) return null;
  if ((profile?.degrees ?? []).length > 0) return { verdict: 'met', evidence: 'The resume shows a degree, which comes after it.' };
  const line = resumeText.split('\n').find((l) => SCHOOL_SHOWN.test(l));
  return line ? { verdict: 'met', evidence: `The resume says \u201c${line.trim().slice(0, 160)}\u201d.` } : null;
}

/**
 * (s56) A vocational training asked alone, no degree beside it ("Abgeschlossene Ausbildung zum Fachinformatiker f\u00fcr
 * Systemintegration oder vergleichbare Qualifikation"): met by a training the resume names ("Fachinformatiker f\u00fcr
 * Systemintegration (IHK)"), as degreeVerdict reads one where a degree is the other choice; silent, it cannot tell.
 */
function trainingVerdict(text: string, resumeText: string): Judged | null {
  if (!VOCATIONAL_ASK.test(text)) return null;
  // (The line that names the training, before a heading that only says "Ausbildung".)
  const lines = resumeText.split('\n').filter((l) => VOCATIONAL_SHOWN.test(l));
  const line = lines.find((l) => l.trim().split(/\s+/).length > 2) ?? lines[0];
  return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d: the training asked.` } : null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A bracket that wishes for what it names: "(RHCE highly regarded)", "(AWS certification a plus)", "(ideally Go)". */
const WISH_BRACKET = /^\([^()]*\b(?:highly regarded|regarded|a plus|an advantage|advantageous|preferred|desirable|a bonus|bonus|nice to have|welcome|beneficial|valued|ideally|appreciated)\b[^()]*\)$/i;

/** The groups an ask names only in a bracket that wishes for them (WISH_BRACKET; any bracket where `wish` is false), by their names as written. */
function wishGroups(text: string, groups: readonly (readonly string[])[], name: (id: string) => string, wish = true): number[] {
  const wishes = [...text.matchAll(/\([^()]+\)/g)].filter((m) => !wish || WISH_BRACKET.test(m[0]));
  if (!wishes.length) return [];
  let outside = text;
  for (const m of wishes) outside = outside.slice(0, m.index) + ' '.repeat(m[0].length) + outside.slice(m.index + m[0].length);
  return groups.flatMap((g, k) => {
    const res = g.map((id) => new RegExp(`(?<![\\w-])${escapeRe(id.startsWith('term:') ? id.slice(5) : name(id))}(?![\\w-])`, 'i'));
    return res.some((re) => wishes.some((m) => re.test(m[0]))) && !res.some((re) => re.test(outside)) ? [k] : [];
  });
}

/** Where an ask gives examples: in a bracket, after a colon (past its first words), after "e.g." or "such as". */
/** "for web applications and APIs", "for cloud workloads": a practice's scope, kinds of systems after "for". */
const FOR_SCOPE = /\bfor\s+(?:(?:our|the|your|modern|cloud|web|mobile|distributed|production|large-scale|customer-facing|internal|public)\s+){0,2}(?:web\s+(?:applications?|apps?|services)|APIs?|(?:micro)?services|mobile\s+apps?|applications|workloads|systems|products)(?:\s*(?:,|and|or|&)\s*(?:(?:web|mobile|cloud)\s+)?(?:applications?|apps?|APIs?|(?:micro)?services|workloads|systems|products))*\s*[.;]?\s*$/i;
function exampleSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/\(([^()]+)\)/g)) out.push([m.index, m.index + m[0].length]);
  const colon = text.indexOf(':');
  if (colon > 12) out.push([colon, text.length]);
  for (const m of text.matchAll(/\b(?:e\.g\.|such as|for example)\s/gi)) out.push([m.index, text.length]);
  // (s53) "Threat modeling for web applications and APIs", "incident response for cloud workloads": what a practice is
  // done for, kinds of systems, is its scope; shown with the practice or not, it does not decide the ask alone.
  const scope = FOR_SCOPE.exec(text);
  if (scope) out.push([scope.index, text.length]);
  return out;
}

/**
 * Per item, the indices of its groups whose skills it names only as examples of another it asks ("core AWS services: IAM,
 * VPC, EC2" gives IAM, VPC and EC2 as examples of AWS's services; "networking fundamentals (subnets, routing, VPNs)",
 * subnets and VPNs of networking). A group named outside the examples too is asked in its own right.
 */
export function exampleGroups(items: readonly RequirementItem[], find: FindSkills, implied: ReadonlyMap<string, readonly string[]> = new Map()): number[][] {
  return items.map((item) => {
    if (item.groups.length < 2 || (item.kind !== 'skills' && item.kind !== 'years')) return [];
    const spans = exampleSpans(item.text);
    if (!spans.length) return [];
    const hits = find(item.text);
    const inside = (h: { start: number; end: number }) => spans.some(([f, t]) => h.start >= f && h.end <= t);
    const out = item.groups.flatMap((g, k) => {
      const own = hits.filter((h) => g.includes(h.skillId));
      return own.length > 0 && own.every(inside) ? [k] : [];
    });
    if (item.kind === 'skills') return out;
    // Years of a thing and kinds of it ("data-intensive systems (streaming, time-series …)"), not of a thing and its parts
    // ("AWS (Lambda, Step Functions, DynamoDB) – 3+ years": each service's years are asked, and Lambda is AWS's).
    const heads = item.groups.flatMap((g, k) => (out.includes(k) ? [] : g));
    return out.some((k) => item.groups[k]!.some((id) => (implied.get(id) ?? []).some((h) => heads.includes(h)))) ? [] : out;
  });
}

/** Time in the current role asked ("in your current role for at least 12 months", "18 months in your current position"): months. */
const TENURE_ASK = /\b(?:in|at)\s+(?:your|their|the)\s+current\s+(?:role|position|job)\b[^.;]{0,30}?\b(?:at least|a minimum of|minimum(?: of)?|for|over)\s+(\d{1,2})\s+(months?|years?)\b|\b(\d{1,2})\s*\+?\s*(months?|years?)\s+in\s+(?:your|their|the)\s+current\s+(?:role|position|job)\b/i;
/** The time asked in the current role against the resume's role to the present; null where none is asked or no role runs to the present. */
function tenureVerdict(ask: string, profile: Profile | null): Judged | null {
  const m = TENURE_ASK.exec(ask);
  if (!m || !profile) return null;
  const n = Number(m[1] ?? m[3]);
  const months = /^month/i.test(m[2] ?? m[4]!) ? n : n * 12;
  const current = profile.roles.filter((r) => r.end === null).sort((a, b) => b.years - a.years)[0];
  if (!current) return null;
  const held = current.months ?? Math.round(current.years * 12);
  const role = [current.title, current.company].filter(Boolean).join(', ');
  return held >= months
    ? { verdict: 'met', evidence: `The resume\u2019s current role (${role}) began in ${current.start}.` }
    : { verdict: 'unmet', evidence: `The resume\u2019s current role (${role}) began in ${current.start}, under the ${n} ${m[2] ?? m[4]} asked.` };
}

/** A degree asked against the resume's degrees; "or equivalent experience" is met by four years of dated roles. */
/** A resume's line as evidence: its bullet taken off, at most 160 characters. */
const lineOf = (l: string) => l.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 160);
/** A venue's name in an ask ("NeurIPS", "ICML", "CVPR"): capitals, or a capital inside the word. */
const VENUE = /\b(?:[A-Z]{3,}|[A-Z][a-z]+[A-Z][A-Za-z]*)\b/g;
/** A company at an early stage, as a resume says it; and "startup" that is a program's ("startup time"). */
const EARLY = /\b(?:start-?ups?|seed[- ]stage|pre-seed|series [AB]\b|early[- ]stage|founding (?:engineer|member|team))/i;
const BOOT = /\bstart-?up (?:time|latency|script|sequence|costs?)\b/i;
/** (s52) An early hire asked: "has been the first infra hire somewhere before", "a founding engineer", "one of the first engineers". */
const EARLY_HIRE_ASK = /\b(?:first|founding|early)\s+(?:(?:infra(?:structure)?|platform|devops|SRE|engineering|technical|backend|data|security|ops)\s+)?(?:hire|engineer|employee|team member)s?\b|\bone of the first (?:\w+\s+)?(?:engineers|hires|employees)\b/i;
/** A resume's line that says its writer was one: "First infrastructure hire (employee #6)", "Founding engineer", "employee no. 12". */
const EARLY_HIRE_SHOWN = /\b(?:first|founding)\s+(?:(?:infra(?:structure)?|platform|devops|SRE|software|engineering|technical|backend|data|security|ops|full-?stack)\s+)?(?:hire|engineer|employee|team member|developer)\b|\bemployee\s+(?:#|no\.?\s*|number\s+)\d{1,2}\b|\bone of the first (?:\w+\s+)?(?:engineers|hires|employees)\b/i;

/** A choice of names after "with" or "using" ("with Core Location or MapKit"): each capitalised, one to three words. */
const NAME = String.raw`[A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2}`;
const NAMES_OR = new RegExp(String.raw`\b(?:with|using)\s+(${NAME}(?:\s*,\s*${NAME})*(?:\s*,?\s+or\s+${NAME}))(?=\s*[.;,)]|\s+(?:is|are|a plus|preferred|experience|APIs?|frameworks?|SDKs?)\b|\s*$)`);

/** A licence to drive, as asked and as a resume says it held. */
// (s56: in other languages too, "Har B-k\u00f6rkort", "Permis B indispensable", "Carn\u00e9 de conducir", "Patente B", "Rijbewijs B",
// "Prawo jazdy kat. B"; the resume's "K\u00f6rkort: B", "Permis B".)
const DRIVING = /\bdriv(?:er['\u2019]?s|ing)\s+licen[cs]e\b|\bdriver\s+licen[cs]e\b|(?<![\p{L}])(?:F(?:\u00fc|u)hrerschein\p{L}*|Fahrerlaubnis|permis\s+(?:de\s+conduire|B)|carn[e\u00e9]t?\s+de\s+conducir|carta\s+de\s+condu\u00e7\u00e3o|carteira\s+de\s+motorista|patente\s+(?:B|di\s+guida)|rijbewijs|(?:B-)?k\u00f6rkort|k\u00f8rekort|f\u00f8rerkort|prawo\s+jazdy|\u0159idi\u010dsk\u00fd\s+pr\u016fkaz|ajokortti)(?![\p{L}])/iu;
/** An app store, and an app put in one ("shipped", "published", "released", "launched"). */
/** Work on contract asked as experience: "Prior independent contracting", "Experience as a contractor", "previous freelance work". */
const CONTRACT_ASK = /\b(?:independent\s+(?:contract(?:ing|or)s?|consult(?:ing|ants?))|contract(?:ing|or)\s+experience|experience\s+(?:as\s+an?\s+|in\s+)?(?:independent\s+)?(?:contractors?|contracting|freelanc\w+)|(?:prior|previous|past)\s+(?:independent\s+|freelance\s+)?(?:contracts?|contracting|freelanc\w+|consulting)(?:\s+(?:work|engagements|roles|assignments))?)\b/i;
/** A resume's line that says work was on contract: "(contract)", "Contractor", "Contract history", "freelance", an LLC of one's own. */
const CONTRACT_SHOWN = /\bcontract(?:or|s|ing)?\b(?!\s+(?:law|management|analysis|review|tests?|testing|negotiations?|lifecycle|manufactur\w*|research))|\bfreelanc\w*|\bindependent\s+(?:contractor|consultant|engineer|developer)|\bself-employed\b|\b(?:LLC|Ltd\.?|limited company)\b(?=[^\n]*\b(?:own|my|independent|contract\w*|freelanc\w*)\b)|\b(?:own|my)\s+(?:LLC|limited company|consultancy)\b/i;
/** A contract's status for UK tax: "outside IR35", "inside of IR35". */
const IR35 = /\b(outside|inside)\s+(?:of\s+)?IR35\b/i;
/** Work asked as a business of one's own: a Dutch ZZP'er (registered with the KvK), a limited company, self-employment. */
const OWN_BUSINESS_ASK = /\b(?:zzp(?:['\u2019]?ers?)?|kvk|kamer van koophandel|registered (?:as an? )?(?:freelancer|self-employed|sole trader|contractor)|(?:your )?own (?:VAT|USt)[- ]?(?:ID|number|no\.?)|(?:through|via)\s+(?:your|an?)\s+own\s+(?:limited\s+)?(?:company|business|entity|ltd)|self-employed|sole trader|aut[o\u00f3]nomos?|auto-?entrepreneur|freiberufler(?:in)?)\b/i;
const OWN_BUSINESS_SHOWN = /\b(?:zzp|kvk|freelance|freelancer|self-employed|own (?:limited )?company|sole trader|contractor through|aut[o\u00f3]nomo|auto-?entrepreneur|freiberufl\w*)\b/i;
/** (s48) A mark asked of a candidate's schooling ("Minimum 65% aggregate", "60% or above throughout"), and a line of schooling or a degree. */
const MARKS_ASK = /\b(?:minimum|min\.?|at least|above)\s+(?:of\s+)?(\d{2}(?:\.\d)?)\s*%(?=\s*(?:aggregate|marks|in|throughout|across))|\b(\d{2}(?:\.\d)?)\s*%\s+(?:aggregate|marks|(?:and|or) above)\b/i;
const SCHOOLING = /\b(?:Class\s+(?:X|XII|10|12)(?:th)?|HSC|SSC|CBSE|ICSE|B\.?\s?Tech|B\.?E\b|M\.?Tech|MCA|BCA|B\.?Sc|Diploma|CGPA|CPI|SGPA|GPA|percentage|marks|aggregate|Board)\b/i;
/** (s48) A game asked as shipped ("shipped at least one game on PC or console", "shipped titles"), and the platforms a line names. */
const GAME_SHIPPED_ASK = /\bship(?:ped|ping)?\b[^.;]{0,40}\b(?:games?|titles?)\b/i;
const PLATFORM_SHOWN = /\b(?:PC|PS[345]|PlayStation(?: [345])?|Xbox(?: One| Series [XS](?:\|S)?)?|Nintendo Switch|Steam(?: Deck)?|consoles?)\b/;
const STORE = /\b(?:App Store|Google Play|Play Store|Mac App Store)\b/;
// (Each verb in any of its forms: "publishing and maintaining apps on Google Play" asks it, "Owns the Google Play releases,
// staged rollouts" shows it.)
const SHIPPED = /\b(?:ship(?:ped|ping|s)?|publish(?:ed|es|ing)?|releas(?:ed|es|ing|e)|launch(?:ed|es|ing)?|live on|roll(?:ed|ing)?[- ]?outs?)\b/i;
/**
 * "You have shipped apps to the App Store": a line that names the store an app was put in; or (s49) a line about an app
 * of the store's platform that only a published app has, its ratings, downloads or installs ("iPhone app in SwiftUI; 4.8
 * stars from 22,000 ratings"), not one said to be unpublished or handed out inside a company.
 */
function storeShipped(ask: string, lines: readonly string[]): Judged | null {
  const line = lines.find((l) => STORE.test(l) && (SHIPPED.test(l) || /\b(?:apps?|downloads|installs|rated|stars|ratings?)\b/i.test(l)));
  if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  const platform = [...(/\b(?:App Store|Mac App Store)\b/.test(ask) ? [APPLE_APP] : []), ...(/\b(?:Google Play|Play Store)\b/.test(ask) ? [ANDROID_APP] : [])];
  // (The platform on the line, or on the heading of the role it is under: "Android Developer" over "Kotlin app with 500k installs".)
  const heading = (k: number) => lines.slice(0, k).reverse().find((l) => l.trim() && !/^\s*[-\u2022*\u00b7]/.test(l)) ?? '';
  const published = lines.find((l, k) => (platform.some((re) => re.test(l)) || (/^\s*[-\u2022*\u00b7]/.test(l) && platform.some((re) => re.test(heading(k))))) && PUBLIC_APP.test(l) && !UNPUBLISHED.test(l));
  return published ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(published)}\u201d: an app with public ratings or installs is in the store.` } : null;
}
const APPLE_APP = /\b(?:iOS|iPhone|iPad|iPadOS|watchOS|Apple Watch|SwiftUI|UIKit)\b/;
const ANDROID_APP = /\b(?:Android|Jetpack Compose|Wear OS)\b/;
const PUBLIC_APP = /\b\d(?:\.\d)?\s*(?:stars?|\u2605)|\brated\s+\d(?:\.\d)?\b|\b\d[\d,.]*\s*(?:k|K|M|million|thousand)?\+?\s+(?:ratings|reviews|downloads|installs)\b|\bfeatured by (?:Apple|Google)\b/;
const UNPUBLISHED = /\b(?:not (?:yet )?(?:published|released|shipped)|unpublished|internal(?:ly)?|in-house|enterprise distribution|MDM|TestFlight only|side project)\b/i;

/** (s49) "Prior internship experience in software engineering": met by a role of the resume titled an internship (or a co-op, a Werkstudent post). */
const INTERNSHIP_ASK = /\b(?:prior|previous|past|relevant|at least one|one or more|completed)\s+(?:[\w-]+\s+){0,2}?(?:internships?|co-?ops?)\b|\binternship\s+experience\b/i;
function internshipVerdict(ask: string, profile: Profile | null): Judged | null {
  if (!INTERNSHIP_ASK.test(ask) || !profile?.roles.length) return null;
  const r = profile.roles.find((x) => INTERN_TITLE.test(x.title ?? ''));
  return r ? { verdict: 'met', evidence: `The resume\u2019s role ${r.title}${r.company ? ` at ${r.company}` : ''} is an internship.` } : null;
}

/** A project asked by its subject: "A project that deals with audio", "a side project involving maps". */
const PROJECT_ABOUT = /\bprojects?\s+(?:(?:that|which)\s+(?:deals?|dealt|works?|worked|has to do|have to do)\s+with|(?:that|which)\s+involves?|involving|about)\s+(?:an?\s+|the\s+)?([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?(?:(?:\s*,\s*(?:or\s+)?|\s+or\s+)[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?){0,3})\s*[.;,)]?\s*$/i;
/** A project asked by its subjects ("A project that deals with audio", "… involving audio or signal processing"): met by a project line naming one. */
function projectVerdict(ask: string, text: string): Judged | null {
  const about = PROJECT_ABOUT.exec(ask);
  if (!about) return null;
  const subjects = about[1]!.split(/\s*,\s*(?:or\s+)?|\s+or\s+/).map((w) => new RegExp(`\\b${w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'));
  const line = projectLines(text.split('\n')).find((l) => subjects.some((re) => re.test(l)));
  return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
}

/** The resume's lines about projects: those under a projects heading, and those that say "project". */
function projectLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let under = false;
  for (const l of lines) {
    const t = l.trim();
    if (/^(?:(?:side|personal|selected|academic|open[- ]source|other)\s+)?projects:?$/i.test(t)) under = true;
    else if (under && t && t === t.toUpperCase() && /[A-Z]{3}/.test(t) && !/^[-\u2022*\u00b7]/.test(t)) under = false;
    else if (under || /\bprojects?\b/i.test(t)) out.push(l);
  }
  return out;
}

/**
 * An ask in words the resume's words may answer (null where they do not): "Publications at NeurIPS, ICML or similar
 * venues" by a line naming one of the venues; "You've worked at an early-stage startup" by a line saying a startup or its
 * stage; "Comfortable with lab equipment: oscilloscopes, logic analyzers" by a line naming one of the examples.
 */
function wordsVerdict(ask: string, text: string): Judged | null {
  const lines = text.split('\n');
  const low = ask.toLowerCase();
  if (low.includes('publicat') || low.includes('papers')) {
    const venues = [...new Set(ask.match(VENUE) ?? [])];
    const line = venues.length ? lines.find((l) => venues.some((v) => l.includes(v))) : undefined;
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  if (low.includes('startup') || low.includes('start-up')) {
    const line = lines.find((l) => EARLY.test(l) && !BOOT.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // (s52) "Someone who has been the first infra hire somewhere before": a line that says the writer was an early hire. A
  // resume silent on it stays unknown, as with a startup asked.
  if (EARLY_HIRE_ASK.test(ask)) {
    const line = lines.find((l) => EARLY_HIRE_SHOWN.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "You have shipped at least two apps to the App Store": a line that names the store an app was put in.
  if (STORE.test(ask) && SHIPPED.test(ask)) return storeShipped(ask, lines);
  // (s48) "Minimum 65% aggregate throughout academics", as Indian postings ask: the marks the resume's lines of schooling and
  // degrees give ("Class XII ... 88%", "CGPA 8.4/10", a ten-point grade read at 9.5 points a tenth); every one at or above
  // the mark meets it, one below does not.
  const marks = MARKS_ASK.exec(ask);
  if (marks) {
    const want = Number(marks[1] ?? marks[2]);
    const got = lines.filter((l) => SCHOOLING.test(l)).flatMap((l) => [...[...l.matchAll(/(?<![\d.])(\d{2}(?:\.\d{1,2})?)\s*%/g)].map((m) => ({ l, n: Number(m[1]) })), ...[...l.matchAll(/\b(?:CGPA|CPI|SGPA|GPA)\s*:?\s*(\d(?:\.\d{1,2})?)\s*\/\s*10\b/gi)].map((m) => ({ l, n: Number(m[1]) * 9.5 }))]);
    if (!got.length) return null;
    const low = got.find((g) => g.n < want);
    return low ? { verdict: 'unmet', evidence: `The resume says \u201c${lineOf(low.l)}\u201d; ${want}% asked.` } : { verdict: 'met', evidence: `The resume says \u201c${lineOf(got[0]!.l)}\u201d; ${want}% asked.` };
  }
  // (s48) "You have shipped at least one game on PC or console": a line that says a game was shipped (released, launched)
  // and, where platforms are asked, names one of them ("Shipped Frostbound Rally (PC, PS5, Xbox Series X|S, 2024)").
  if (GAME_SHIPPED_ASK.test(ask)) {
    const platforms = /\b(?:PC|consoles?|PlayStation|Xbox|Switch)\b/i.test(ask);
    const line = lines.find((l) => SHIPPED.test(l) && (platforms ? PLATFORM_SHOWN.test(l) : PLATFORM_SHOWN.test(l) || /\b(?:games?|titles?)\b/i.test(l)));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "Previous outside IR35 contracts": a contract the resume says was outside (or inside) IR35.
  const ir35 = IR35.exec(ask);
  if (ir35) {
    const line = lines.find((l) => IR35.exec(l)?.[1]!.toLowerCase() === ir35[1]!.toLowerCase());
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "Prior independent contracting", "Experience as a contractor": work on contract, shown by a role the resume says was
  // one ("Platform Engineer (contract)", "Contract history", "Reyes Software LLC"). With an industry ("Previous contracts
  // in financial services") the industry decides (industryVerdict).
  if (CONTRACT_ASK.test(ask) && !industriesAsked(ask).length) {
    const line = lines.find((l) => CONTRACT_SHOWN.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "You work as a ZZP'er through your own company, registered with the KvK", "via your own limited company": work as a
  // business of one's own, shown by a line that says so ("freelance (ZZP) since 2021", "Contractor through my own limited
  // company"); a resume silent on it says nothing either way.
  if (OWN_BUSINESS_ASK.test(ask)) {
    const line = lines.find((l) => OWN_BUSINESS_SHOWN.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "A valid driver's license": a line of the resume that says one is held ("Driver's license: Class D", "Full UK driving licence").
  if (DRIVING.test(ask)) {
    const line = lines.find((l) => DRIVING.test(l) && !/\b(?:no|without|not)\b[^.;]{0,20}\bdriv/i.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "A project that deals with audio": a project of the resume's (a line under its projects, or one that says "project")
  // that names the subject.
  if (PROJECT_ABOUT.test(ask)) return projectVerdict(ask, text);
  // "You've worked with Core Location or MapKit": names the taxonomy does not know, joined as a choice; one named in the
  // resume (as written) shows it.
  const names = NAMES_OR.exec(ask);
  if (names) {
    const members = names[1]!.split(/\s*,\s*(?:or\s+)?|\s+or\s+/).map((n) => n.trim());
    const line = lines.find((l) => members.some((n) => new RegExp(`(?<![\\w+#-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w+#-])`).test(l)));
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // "Explaining technical decisions to non-technical colleagues": a line that says the resume presented or explained work
  // to people outside engineering (leads, executives, clients, clinicians).
  if (NONTECH_ASK.test(ask)) {
    const line = lines.find((l) => NONTECH_SHOWN.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "You've written tests you trust: unit plus integration": a line naming such tests, or a test framework.
  if (TESTS_ASK.test(ask)) {
    const line = lines.find((l) => TESTS_SHOWN.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // "Built and shipped something end to end on your own (side projects count)": a project the resume says it built alone.
  if (SOLO_ASK.test(ask)) {
    const line = lines.find((l) => SOLO_SHOWN.test(l));
    return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
  }
  // (s52) Asks of how one works, each told by a line that did it (ACTS); a resume silent on them says nothing either way.
  for (const [asked, shown] of ACTS) {
    if (!asked.test(ask)) continue;
    const line = lines.find((l) => shown.test(l));
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // (s54) Duties of running an IT function asked ("Vendor and budget management"), each told by a line that did it.
  const duties = dutiesVerdict(ask, lines);
  if (duties) return duties;
  // "Able to overlap at least 4 hours with CET": the resume's country, in its own time zone, against the zone named.
  const zone = zoneVerdict(ask, text);
  if (zone) return zone;
  // "Able to work 12-hour rotating shifts", "Willing to travel up to 30% to customer sites": working hours or travel the
  // job asks, shown by a line that says the resume worked them ("night rotation (12-hour shifts)", "25% travel to sites").
  // A resume silent on it says nothing either way.
  // ("Military service completed or exempted": a status the resume states, "Military service: completed (2017)".)
  if (SERVICE_ASK.test(ask)) {
    const line = lines.find((l) => SERVICE_SHOWN.test(l));
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  for (const [asked, shown] of AVAILABILITY) {
    if (!asked.test(ask)) continue;
    const line = lines.find((l) => shown.test(l));
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // (s51) "Experience in writing incident reports for management": a kind of document asked written, shown by a line that
  // wrote, prepared or drafted that kind ("wrote the incident reports for the CISO"); a line that read them, or another
  // kind of document ("incident summaries"), says nothing either way.
  const doc = DOC_ASK.exec(ask);
  if (doc) {
    const kind = new RegExp(String.raw`\b${escape(doc[1]!)}\s+${escape(doc[2]!.replace(/s$/, ''))}s?\b`, 'i');
    const line = lines.find((l) => kind.test(l) && DOC_WRITTEN.test(l));
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // "Game-server hosting with Agones or a similar fleet manager": a name the taxonomy does not know, offered with others of
  // its kind; a resume's line naming it (as written) shows it, its absence says nothing (another of the kind may do).
  const similar = NAME_OR_SIMILAR.exec(ask);
  if (similar && !PLACE.test(similar[1]!)) {
    const line = lines.find((l) => new RegExp(`(?<![\\w-])${escape(similar[1]!)}(?![\\w-])`).test(l));
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // "Open-source work we can read": a contribution, or a project of the resume's own published as open source.
  // (s49: or contributions asked to projects of a foundation, "Contributions to Apache projects".)
  if (/\bopen[- ]?source\b/i.test(ask) || CONTRIB_ASK.test(ask)) {
    const found = contributionLines(text);
    const line = found[0];
    // (s53) "You maintain, or have maintained, an open-source library that other people use": a library the resume maintains
    // or made ("Maintainer of a public library ...", "core committer to an open-source transit platform") meets it; pull
    // requests sent to another's ("two pull requests to a popular date library") are a contribution, in part.
    const maintain = /\bopen[- ]?source\b/i.test(ask) && /\bmaintain(?:s|ed|ing)?\b|\bmaintainers?\b/i.test(ask);
    if (line && maintain) {
      const own = found.find((l) => /\bmaintain\w*|\bcore (?:committer|contributor|maintainer)\b|\b(?:author|creator) of\b/i.test(l.text) || OWN_OPEN_SOURCE.test(l.text));
      return own ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(own.text)}\u201d.` } : { verdict: 'partial', evidence: `The resume says \u201c${lineOf(line.text)}\u201d: a contribution, not a library it maintains.` };
    }
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line.text)}\u201d.` };
    // (s53) "You have contributed to open-source software": asked of code given, which a resume names where it has any;
    // one that names none does not show it (as where the ask is read as the open-source skill).
    // (Only where the ask says open source: "Contributions to Apache projects" against a resume that names none stays
    // unknown, as s49 decided.)
    if (/\bopen[- ]?source\b/i.test(ask) && (CONTRIB_ASK.test(ask) || maintain)) return { verdict: 'unmet', evidence: 'The resume names no contribution to an open-source project, nor a project of its own.' };
  }
  // "FINMA regulatory context": a name in capitals the taxonomy does not know, written on a resume's line, shows it (not
  // written, it says nothing either way). An ask written all in capitals names nothing by them.
  const letters = ask.replace(/[^A-Za-z]/g, '');
  if (letters.replace(/[^A-Z]/g, '').length < letters.length / 2) {
    for (const m of ask.matchAll(/(?<![\w-])[A-Z][A-Z0-9]{2,}(?![\w-])/g)) {
      if (PLACE.test(m[0])) continue;
      // ("FINMA-relevant controls" names it.)
      const line = lines.find((l) => new RegExp(`(?<![\\w-])${m[0]}(?!\\w)`).test(l));
      if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
    }
  }
  return colonExamples(ask, lines);
}

/** Whether a resume is written in English: English's short words outnumber, twice over, those of other European languages. */
function writtenInEnglish(text: string | undefined): boolean {
  if (!text) return false;
  const words = text.match(/[\p{L}]+/gu) ?? [];
  const english = words.filter((w) => /^(?:the|and|for|with|of|in|to|on|an|by|from|at|as|our|my|into|across)$/i.test(w)).length;
  const other = words.filter((w) => /^(?:und|der|die|das|mit|von|f\u00fcr|le|la|les|et|des|du|pour|avec|de|en|el|los|las|para|con|y|het|een|van|voor|och|med|og|til|dla|w|z|il|di|per|da|do|em|com)$/i.test(w)).length;
  return words.length >= 20 && english >= 3 && english >= 2 * other;
}

/** A kind of document asked written ("writing incident reports", "preparing audit reports"): its word before, and its noun. */
const DOC_ASK = /\b(?:writ(?:e|es|ing|ten)|prepar(?:e|es|ing)|draft(?:s|ing)?|author(?:s|ing)?)\s+(?:(?:clear|concise|detailed|written|the|of)\s+)?([a-z]{3,})\s+(reports?|runbooks?|post-?mortems?|briefings?|procedures|playbooks?)\b/i;
const DOC_WRITTEN = /\b(?:wrote|written|writing|write|prepared|drafted|authored|produced)\b/i;
/**
 * Working hours or travel a job asks, each with a resume's line that shows them worked (s51: or says it is free for them,
 * "Available for any shift, including nights and weekends").
 */
const AVAILABILITY: ReadonlyArray<[RegExp, RegExp]> = [
  [
    // (s51: "a rotating schedule that includes one weekend in four", a weekend named alone.)
    /\b(?:shifts?|shift work|rota)\b|\brotating (?:schedule|roster)\b|\b(?:nights?|weekends?)\b[^.;]{0,30}\b(?:work|cover|rotation|shifts?)\b|\b(?:work|cover|available)\b[^.;]{0,30}\b(?:nights?|weekends?)\b/i,
    // (s51: "Rotational shifts including nights", "on a 24/7 rotation, nights and weekends included".)
    /\b(?:\d{1,2}|eight|ten|twelve)[- ]hour shifts?\b|\b(?:night|rotating|rotational|swing|weekend|early|late) (?:shifts?|rotation|rota)\b|\bshift work\b|\b24\/7 (?:shifts?|rota|rotation|operations centre|operations center|SOC|NOC)\b|\b(?:nights|weekends)(?: and (?:nights|weekends|holidays))? (?:included|worked|covered)\b|\b(?:available|availability|willing|happy|open|able)\s+(?:for|to\s+work|to|on)\s+(?:any|all|every|rotating|night|weekend|evening|overnight)?\s*(?:shifts?|nights|weekends|overnights)\b/i,
  ],
  // (s51) "Willingness to work overtime on short notice": a line that says overtime was worked ("overtime on short notice
  // during the 2024 ransomware scare", "worked overtime through the cutover"); not one that cut its cost ("cut overtime by 30%").
  [/\bovertime\b/i, /\b(?:worked|working|put in)\b[^.;]{0,30}\bovertime\b|\bovertime\b\s+(?:on short notice|during|through|when|for|at)\b/i],
  [
    /\btravel(?:l?ing)?\b[^.;]{0,40}?(?:\d{1,2}\s?%|customers?|clients?|(?:customer|client|remote|field) sites?|sites?\b)|\b\d{1,2}\s?%\s+(?:of the time\s+)?travel\b/i,
    /\b\d{1,2}\s?%\s+travel\b|\btravel(?:l?ed|l?ing|s)?\s+(?:\w+\s+){0,3}(?:to|across|between)\s+(?:\w+\s+){0,2}(?:customer|client|field|plant|partner)?\s*(?:sites|locations|offices|facilities|plants|centers|centres)\b|\bon-?site (?:visits|deployments|installations|commissioning)\b|\b(?:trips?|visits?|travel)\s+to\s+(?:(?:our|the|client|customer|partner|field|regional|branch|remote)\s+)?(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){0,4}(?:sites|offices|plants|depots|clinics|hospitals|stores|branches|facilities|data cent(?:er|re)s)\b/i,
  ],
];
/**
 * Military service asked done ("Military service completed or exempted (for male candidates)"), and a resume's line that
 * says it is: a status of the candidate, shown only where the resume states it.
 */
const SERVICE_ASK = /\b(?:military|national|compulsory|army)\s+service\b/i;
const SERVICE_SHOWN = /\b(?:military|national|compulsory|army)\s+service\b[^\n]{0,40}?\b(?:completed|complete|fulfilled|done|served|exempt(?:ed|ion)?)\b|\b(?:completed|fulfilled|served)\s+(?:my\s+)?(?:military|national|compulsory)\s+service\b/i;

/** "with Agones or a similar fleet manager", "using Argo or another GitOps tool": a capitalised name, then others of its kind offered. */
const NAME_OR_SIMILAR = /\b(?:with|using|on|in|via|through|of)\s+([A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2})\s+or\s+(?:an?\s+)?(?:similar|another|other|comparable|equivalent)\b/;

/** Explaining or presenting work to people outside engineering, asked and shown. */
// (s44) The people outside engineering named otherwise too: "colleagues who are not technical", "to engineers and to
// executives"; and shown by a read-out or a report given to them ("reports and read-outs to CISOs").
const NONTECH_ASK = /\b(?:explain\w*|communicat\w*|present\w*|translat\w*|convey\w*)\b[^.;]{0,60}(?:\bnon-?technical\b|\b(?:who|that) (?:are|is) not technical\b|\bto (?:\w+ and )?(?:to )?(?:executives|senior leadership|the board|business stakeholders)\b)|\bnon-?technical\s+(?:stakeholders|colleagues|audiences?|people|teams|partners)\b|\b(?:explain\w*|present\w*|communicat\w*)\b[^.;]{0,60}\bto\s+(?:people|colleagues|audiences?|stakeholders|users|teams)\s+(?:who|that)\s+(?:don['\u2019]t|do not|aren['\u2019]t|are not)\b/i;
const NONTECH_SHOWN = /\b(?:present\w*|explain\w*|communicat\w*|brief\w*|demo(?:s|ed)?|walk(?:ed)? \w+ through|read-?outs?)\b[^.\n]{0,80}\b(?:stakeholders|executives?|leadership|leads|management|board|business|customers?|clients?|non-technical|finance|legal|sales|product managers?|clinicians?|clinical|marketing|(?:CEO|CTO|CIO|CFO|COO|CPO|CISO)s?|C-level|C-suite|owners|directors|buyers|prospects|trustees|funders|panels?|tenants|residents)\b/i;
/**
 * (s44) Skills a resume shows in its own words, where it does not name them: per skill, a line that shows it, or the
 * skills that do. A written communicator says what it wrote ("Wrote the RFC template", "wrote its runbooks"), not that it
 * writes well; agile work is told by its rituals ("Two-week sprints", "daily stand-ups"); a web framework (Django, Rails,
 * React) is web development. Code or designs reviewed are no writing ("Ran the design reviews"), a sprint in plain English
 * ("a sprint to the launch") no agile, a language alone (Python) no web development.
 */
const PUBLICATION_ASK = /\b(?:publications?|publish(?:ed|ing)?\s+(?:research|papers?|work|at|in)|peer[- ]reviewed|(?:papers?|articles?)\s+(?:at|in)\s+(?:top[- ]tier\s+|leading\s+|major\s+)?(?:conferences|venues|journals))\b/i;
const PUBLICATION_SHOWN =
  /\b(?:first[- ]author(?:ed)?|co-?author(?:ed)?|authored)\b[^\n]{0,60}\b(?:papers?|articles?|publications?|chapters?)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:first[- ]author\s+|peer[- ]reviewed\s+|journal\s+|conference\s+)?(?:papers|publications|articles)\b|\bpublished\s+(?:in|at)\s+[A-Z]|^\W*publications?\s*[:(\u2014\u2013-]/i;
/** Papers that are not the candidate's own: read, reviewed, presented from others, a reading group. */
const PAPERS_NOT_OWN = /\b(?:read(?:ing)?|review(?:ed|ing|er)|journal club|reading group|summari[sz]ed|implemented|reproduced)\b/i;

/** A line about studying, not work: a course taken, an exam prepared for, a student's design project (not a course taught). */
const LEARNING =
  /\b(?:evening|night|online|short|intro(?:ductory)?|weekend|part-time|university|college|udemy|coursera|refresher)\s+(?:(?!of\b)[\w.+#-]+\s+){0,3}?(?:course|class)(?:es|s)?\b|\bcourse\s?work\b|\b(?:studying|preparing|revising)\s+for\b|\bcurrently\s+(?:studying|learning)\b|\bbootcamp\b|\bsenior design\b|\bcapstone\b|\bclass project\b/i;
/** An ask that study meets in full: of study itself ("Coursework in distributed systems"), or of knowledge, not use ("Understanding of computer networking"). */
const STUDY_ASK = /\b(?:course\s?work|courses?|class(?:es)?|modules?|studies|studying|student|enrolled|degree|graduat\w*|certificat\w*|exam|bootcamp|self-taught|learn\w*|interest|understanding|understand|knowledge|familiar\w*|exposure|awareness|aware|fundamentals|basics?|grounding|grasp)\b/i;
const TEACHING = /\b(?:taught|teach(?:es|ing)?|instructor|lecturer|tutor(?:ed|ing)?|designed the course|ran the course)\b/i;

/** The skills a resume names only on lines about studying (LEARNING) and in no dated role: learnt, not used at work. */
function learntOnly(resume: ResumeFacts, name: (id: string) => string): Set<string> {
  const out = new Set<string>();
  const p = resume.profile;
  if (!p || p.roles.length === 0) return out;
  for (const [id, c] of resume.covered) {
    if (!LEARNING.test(c.evidence) || TEACHING.test(c.evidence)) continue;
    if ((p.skillRoles[id] ?? []).length || (p.skillRoles[c.via] ?? []).length || (resume.termRoles?.get(id) ?? []).length) continue;
    // (Named again on a line that is not about studying, in a skills list or a summary: what the resume says it knows.)
    const word = (isTerm(id) ? termText(id) : name(id)).toLowerCase();
    const said = new RegExp(String.raw`(?<![\w])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w])`, 'i');
    if ((resume.text ?? '').split('\n').some((l) => said.test(l) && !LEARNING.test(l))) continue;
    out.add(id);
  }
  return out;
}

/** A line that says the writer wrote documents for readers: design docs, RFCs, runbooks, guides, documentation. */
// (s60 tune: memos, board papers and briefing notes are written whatever verb a line gives them, "dashboards and memos for the
// board's service committee"; written updates and summaries too, and a line that wrote them.)
const WROTE_DOCS = /\b(?:memos|memoranda|board (?:papers|memos|reports)|briefing (?:notes|papers)|written (?:(?:monthly|weekly|quarterly)\s+)?(?:updates|summaries|briefings|reports))\b|\b(?:wr[io]te|writ(?:e|es|ing|ten)|authored|co-authored|drafted|published)\b[^.;\n]{0,40}?\b(?:memos?|briefings?|summaries|design (?:docs?|documents?)|RFCs?|ADRs?|architecture decision records?|proposals?|technical specs?|specifications|documentation|runbooks?|post-?mortems?|playbooks?|handbooks?|blog posts?|articles?|white ?papers?|tutorials?|newsletters?|(?:API|developer|user|operator|admin|install(?:ation)?|migration|style)\s+guides?)\b|\b(?:documentation|docs)\s+(?:site|portal|website)\b|\buser\s+(?:guides?|manuals?|documentation)\b|\bdocumentation\b[^.;\n]{0,40}?\bfor\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}users\b/i;
const SHOWN_IN_WORDS: ReadonlyMap<string, RegExp | readonly string[]> = new Map<string, RegExp | readonly string[]>([
  ['written-communication', WROTE_DOCS],
  ['agile', /\b(?:(?:one|two|three|four|[1-4])[- ]week|weekly|fortnightly|bi-?weekly)\s+sprints?\b|\bsprint\s+(?:planning|reviews?|retros?|retrospectives?|demos?|goals?|cadence)\b|\b(?:daily\s+)?stand-?ups?\b|\bretrospectives\b|\bscrum\s+master\b/i],
  ['web-development', ['django', 'flask', 'rails', 'laravel', 'symfony', 'phoenix', 'aspnet', 'blazor', 'express', 'nestjs', 'nextjs', 'nuxt', 'sveltekit', 'react', 'angular', 'vue', 'svelte', 'htmx']],
  // (s45) Logging by a tool made for logs ("issues debugged through logs in Kibana"); SQL by the engines queried in it
  // ("Athena queries over the billing data"); network automation by scripts or playbooks run against network devices'
  // configuration ("Ansible playbooks that back up router configs"); test automation by test cases or scripts said to run
  // on their own ("1,800 automated test cases", "test scripts run nightly from Jenkins").
  ['logging', ['kibana', 'elk-stack', 'splunk', 'loki', 'graylog', 'fluentd', 'fluent-bit', 'logstash', 'papertrail', 'sumo-logic']],
  ['sql', ['athena', 'bigquery', 'snowflake', 'redshift', 'trino', 'presto', 'clickhouse']],
  ['network-automation', /\b(?:Ansible|Python|Netmiko|NAPALM|Nornir|Salt|scripts?|playbooks?)\b[^.;\n]{0,80}?\b(?:router|switch|firewall|network[- ]device|network)s?\b[^.;\n]{0,12}?\b(?:configs?|configurations?|changes)\b/i],
  ['automated-testing', /\bautomated\s+(?:test\s+cases|regression\s+(?:tests|suites?)|UI\s+tests|checks)\b|\btest\s+(?:scripts?|cases|suites?)\b[^.;\n]{0,40}?\b(?:run|ran|running)\s+(?:nightly|automatically|on every (?:commit|build|merge)|from (?:Jenkins|CI|GitLab CI|GitHub Actions)|in CI)\b|\b(?:GitHub Actions|GitLab CI|Jenkins|CircleCI|Buildkite|Travis CI|Azure Pipelines|CI)\b[^.;\n]{0,30}?\btest\s+(?:suites?|scripts?)\b|\btest\s+suites?\b[^.;\n]{0,30}?\b(?:in|on|from)\s+(?:CI|GitHub Actions|GitLab CI|Jenkins|CircleCI|Buildkite)\b/i],
  // (s46) Writing shown by documentation made for its readers ("a documentation site in Sphinx for the tools' users", "user
  // guides"); tests that run on their own by a CI tool that runs the test suite ("GitHub Actions for the group's test
  // suite"); version control by a version control system named; scientific computing by the tools made for it.
  ['version-control', ['git', 'github', 'gitlab', 'mercurial', 'svn', 'perforce']],
  ['scientific-computing', ['scipy', 'xarray', 'fortran', 'hpc']],
  // (s47) Scripting by scripts said to be written in a scripting language ("Python and Netmiko scripts that back up the
  // configs"); wireless networking by the words of its gear ("Aruba wireless controllers", "Wi-Fi access points"); cloud
  // security by the cloud's own security tools (CloudTrail, GuardDuty, Security Hub, KMS), not by IAM alone.
  ['scripting', /\b(?:Python|Bash|PowerShell|Perl|Ruby|shell|Groovy|Lua|Tcl)\b[^.;\n]{0,40}?\bscripts?\b|\bscripts?\b[^.;\n]{0,20}?\b(?:in|with)\s+(?:Python|Bash|PowerShell|Perl|Ruby)\b/i],
  ['wireless-networking', /\bwireless\s+(?:controllers?|networks?|networking|LANs?|access points?|surveys?|coverage)\b|\bWi-?Fi\s+(?:networks?|access points?|coverage|6E?)\b|\bWLANs?\b/i],
  ['cloud-security', ['cloudtrail', 'guardduty', 'aws-security-hub', 'aws-kms', 'wiz', 'prisma-cloud', 'cspm']],
  // (s47) Teaching by a post that teaches ("Associate Lecturer", "Instructor") or a line that says what was taught.
  ['learning-by-teaching', /\b(?:taught|teach(?:es|ing)?\s+(?:the|a|an|our|\d)|lecturer|instructor|tutor(?:ed|ing)?|teaching assistant|(?:ran|led|gave|delivered|hosted)\s+(?:[\w"'\u201c\u201d\u2018\u2019-]+\s+){0,5}(?:trainings?|training sessions|workshops|courses?|bootcamps?))\b/i],
  // (s48) Data structures and algorithms by a competitive programming record ("Solved 700+ problems on LeetCode and
  // Codeforces", "ICPC regional 2024"); performance work by profiling named with what was profiled ("Profiled frame spikes
  // on PS5", "profiled hot paths") or by a cut to a measure of speed ("Cut cold start from 2.1 s to 900 ms", "reduced p99
  // latency by 40%").
  // (s50) Models put into production by a line that says a model went to production or behind a service ("moved a demand
  // forecast model from a notebook to a Flask service", "models in production for property pricing", "a credit scoring
  // model deployed on AWS"); not a model trained or studied alone.
  ['model-serving', /\bmodels?\b[^.;\n]{0,50}?\b(?:to|into|in|behind|as)\s+(?:an?\s+)?(?:production|prod\b|(?:[\w-]+\s+){0,2}(?:service|API|endpoint)s?\b)|\bmodels?\s+(?:deployed|served|shipped|running)\b|\b(?:deployed|shipped|served|productioni[sz]ed)\s+(?:\w+\s+){0,4}models?\b/i],
  // (s52) High availability by an availability figure held or kept as a target ("inside a 99.99% SLO", "the platform held
  // 99.999% over the last three years", "99.95% uptime"), or by running active-active; not a figure of something else
  // ("99.9% accuracy", "99.5% of tickets").
  ['high-availability', /\b99\.9\d*\s?%[^.;\n]{0,40}?\b(?:SLOs?|SLAs?|uptime|availability|available)\b|\b(?:SLOs?|SLAs?|uptime|availability)\b[^.;\n]{0,30}?\b99\.9\d*\s?%|\b(?:held|hit|met|kept|ran at|running at)\s+(?:[\w-]+\s+){0,3}?99\.9\d*\s?%|\bactive[- ]active\b/i],
  // (s54) Queries made faster by a cut in their time ("cut checkout query p99 from 180 ms to 30 ms", "rewrote the slow
  // reporting queries", "indexes that took the search query from 4 s to 200 ms"); a schema designed by a schema written for
  // something ("PostgreSQL schema for the seat map", "designed the orders schema"), not a schema registry or a schema
  // migration tool.
  // (s60 tune) Data cleaning told in the verb, "cleaned address data with Python", "deduplicating and cleansing customer records".
  ['data-quality', /\b(?:clean(?:ed|s)|cleans(?:ed|es)|de-?dup(?:ed|licated|licating)|cleaning|cleansing)\s+(?:(?:up|the|our|their|messy|raw|dirty)\s+)?(?:[\w-]+\s+){0,2}?(?:data|records|datasets?|addresses)\b/i],
  // (s60 tune) Schema migrations told by what they change without naming the skill: "the migration playbook for adding
  // columns and indexes without long locks", "migrations that add a column online"; not a move to the cloud or of data.
  ['schema-migrations', /\bmigrations?\b[^.;\n]{0,40}?\b(?:add(?:ing|s|ed)?|drop(?:ping|s|ped)?|renam\w+|alter\w*|backfill\w*)\s+(?:(?:new|a|an|the)\s+)?(?:columns?|indexes|indices|index|tables?|constraints?)\b|\b(?:columns?|indexes|tables?)\b[^.;\n]{0,30}?\bwithout\s+(?:long\s+|table\s+)?locks?\b/i],
  ['query-optimization', /\b(?:cut|reduc\w+|halv\w+|lower\w*|brought|took|tun(?:ed|ing)|optimi[sz]\w+|rewr(?:o|i)te\w*|sped up|speeding up)\b[^.;\n]{0,40}?\b(?:quer(?:y|ies)|SQL)\b|\b(?:quer(?:y|ies))\b[^.;\n]{0,30}?\b(?:p9\d|latency|times?)\b[^.;\n]{0,20}?\bfrom\s+[\d.,]+\s*(?:ms|s|seconds|minutes)\b/i],
  // (s56) A move to the cloud by a line that moved things there ("Moved 60 VMs from a VMware cluster to AWS", "migrated
  // the ticketing stack onto Azure"), not a move between versions or a schema migration.
  ['cloud-migration', /\b(?:migrat(?:ed|ing)|moved|moving|lift(?:ed)?[- ]and[- ]shift\w*|re-?hosted|re-?platformed)\b(?![^.;\n]{0,80}?\bschemas?\b)[^.;\n]{0,80}?\b(?:to|into|onto)\s+(?:the\s+)?(?:AWS|Azure|GCP|Google Cloud|Amazon Web Services|EC2|OCI|Oracle Cloud|(?:public\s+)?cloud)\b/i],
  // Machines of one's own by where such a move began ("from a VMware cluster", "out of our two colo racks") or by the
  // hosts of a hypervisor run ("VMware vSphere hosts", "a Hyper-V cluster").
  ['on-premises', /\b(?:from|out of|off)\s+(?:an?\s+|the\s+|our\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:VMware|vSphere|ESXi|Hyper-V|Proxmox|data\s?cent(?:er|re)s?|server\s+rooms?|colo(?:cation)?|racks?|bare[- ]metal|physical\s+servers|on-?prem\w*)\b[^.;\n]{0,60}?\b(?:to|into|onto)\s+(?:the\s+)?(?:AWS|Azure|GCP|Google Cloud|EC2|OCI|(?:public\s+)?cloud)\b|\b(?:VMware|vSphere|ESXi|Hyper-V|Proxmox)\s+(?:hosts?|clusters?|servers?|farms?)\b/i],
  ['data-modeling', /\b(?:designed|wrote|owned|built|modell?ed|redesigned)\s+(?:\w+\s+){0,3}?(?:schemas?|data models?)\b(?!\s+(?:registry|migrations?|tool\w*)\b)|\b(?:schemas?|data models?)\s+(?:for|of)\s+(?:the\s+|our\s+)?\w+/i],
  // (s56: and by translation models and their scores, "document translation", "BLEU/COMET", language models fine-tuned or
  // served.)
  // (s54) Language work by the models and tasks of it ("Fine-tuned BERT models for subject tagging", "named-entity
  // recognition for invoices", "intent classification for the support bot"); the roles whose lines say so are its years.
  ['nlp', /\b(?:BERT|RoBERTa|DistilBERT|DeBERTa|XLM-R|spaCy|NLTK|named[- ]entit(?:y|ies)(?: recognition)?|text (?:classification|tagging|extraction|summari[sz]ation)|sentiment (?:analysis|models?)|(?:subject|topic|intent) (?:tagging|classification|detection)|machine translation|speech recognition|tokeni[sz]ers?|BLEU|COMET|chrF|(?:neural|document|automatic) translation|translation (?:models?|engines?|quality|memory)|(?:fine-tuned|served|trained)\s+(?:\w+\s+){0,2}?(?:LLMs?|language models?|Llama|Mistral|T5|GPT-\w+)(?:\s+models?)?)\b/],
  // (s52) Coaching by people said to be coached ("Coached two junior delivery managers"), not a sport coached.
  ['coaching', /\bcoach(?:ed|es|ing)\s+(?:\w+\s+){0,3}?(?:engineers|developers|managers|analysts|people|staff|juniors?|colleagues|leads|team members|designers|testers|scrum masters)\b/i],
  ['data-structures-algorithms', /\b(?:LeetCode|Codeforces|CodeChef|HackerRank|AtCoder|TopCoder|ICPC|competitive programming|(?:International )?Olympiad in Informatics)\b/i],
  ['performance-optimization', /\bprofil(?:ed|ing)\b[^.;\n]{0,60}?\b(?:CPU|memory|frames?|hot ?paths?|allocations?|GPU|latency|queries|start-?up)\b|\b(?:cut|reduced|halved|lowered|brought down|improved)\s+(?:the\s+)?(?:app['\u2019]s\s+)?(?:p9\d(?:\.\d)?|(?:tail |query |request )?latency|cold[- ]start|start-?up(?: time)?|frame times?|CPU (?:use|usage|cost|time)|memory (?:use|usage|footprint)|jank|ANRs?|(?:page )?load times?)\b/i],
]);
/**
 * (s52) Asks of how one works, and the lines that show it done: a talk given to developers ("You've given a talk to
 * developers, at a meetup, a conference or a webinar") by one given ("Spoke at PyCon UK", "a talk at the Leeds Python
 * meetup"; not "spoke to customers"); a group helped to a decision by a session led where people agreed ("facilitated the
 * roadmap workshops where the teams and the housing officers agreed what to build"); calm when priorities change by work
 * done while plans changed ("while the plan changed every week"); a risk spotted early and raised by a risk kept or raised
 * ("Kept the risk log and raised the data-migration risk").
 */
const ACTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  // (s54) Services run through peaks of traffic ("You have run services with real traffic peaks (on-sales, launches)"), by a
  // rate served ("40,000 requests a second at on-sale peaks", "12k orders per minute on Black Friday") or a peak named with
  // what it was of; not a peak of something else ("peak season for the sales team").
  [
    /\b(?:traffic|load|usage)\s+(?:peaks?|spikes?|surges?)\b|\bpeaks?\s+(?:of\s+)?(?:traffic|load)\b|\bhigh[- ]traffic\b|\b(?:real|heavy|spiky|bursty)\s+(?:traffic|load)\b/i,
    /\b\d[\d,.]*\s*[kKmM]?\s+(?:requests?|reqs|transactions|orders|events|messages|calls|checkouts)\s*(?:a|per|\/)\s*(?:s|sec|second|minute|min)\b|\b\d[\d,.]*\s*[kKmM]?\s*(?:rps|qps|tps|req\/s)\b|\b(?:traffic|load)\s+(?:peaks?|spikes?|surges?)\b|\bpeaks?\s+of\s+[\d,.]+\s*[kKmM]?\b|\bBlack Friday\b/i,
  ],
  [
    /\b(?:given|give|giving|gave|deliver(?:ed|ing)?)\s+(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+)?(?:talks?|keynotes?)\b|\b(?:speak|speaking|spoken)\s+at\s+(?:[\w-]+\s+){0,2}(?:meetups?|conferences?|events)\b|\bpublic speaking\b|\bconference (?:talks?|speaking)\b/i,
    /\b(?:[Ss]poke|[Ss]peaker|[Ss]peaking)\s+at\b|\b(?:[Gg]ave|[Gg]iven|[Dd]elivered)\s+(?:(?:an?|the|\d+|two|three|four|five|six)\s+)?(?:[\w-]+\s+)?(?:talks?|keynotes?)\s+(?:at|to)\b|\b[Tt]alks?\s+at\s+(?:the\s+)?[A-Z]/,
  ],
  [
    /\b(?:help|helping|bring|bringing|get|getting|guide|guiding)\s+(?:a\s+|the\s+)?(?:group|team|teams|people|stakeholders)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:reach|make|come to|agree)\b|\b(?:build|building|reach|reaching)\s+consensus\b/i,
    /\bfacilitat\w+\b[^.\n]{0,100}?\b(?:agreed|agree on|decided|decisions?|consensus)\b|\b(?:brought|got|helped)\s+(?:\w+\s+){0,5}?(?:to\s+)?(?:agree|a decision|consensus|an agreement)\b|\breached\s+(?:a\s+)?(?:consensus|agreement)\b/i,
  ],
  [
    /\b(?:when|as|while)\s+(?:the\s+)?(?:priorities|plans?|requirements|scope)\s+(?:change|shift)\w*\b|\b(?:changing|shifting)\s+(?:priorities|plans|requirements)\b/i,
    /\b(?:plans?|priorities|scope|requirements|roadmap)\s+(?:changed|shifted|kept changing)\b|\b(?:changing|shifting)\s+(?:priorities|plans|requirements|scope)\b/i,
  ],
  [
    /\b(?:spot|spotting|identify|identifying|flag|flagging|raise|raising|surface|surfacing|anticipate|anticipating)\s+(?:\w+\s+){0,2}?risks?\b/i,
    /\brisk\s+(?:logs?|registers?)\b|\bRAID\s+logs?\b|\b(?:raised|flagged|surfaced|escalated|spotted)\s+(?:\w+\s+){0,3}?risks?\b/i,
  ],
];
/**
 * (s54) The duties of running a function, asked ("Vendor and budget management", "You will own the IT budget and our
 * supplier contracts") and shown by a line that did them ("Own the IT budget ($2.1M) and renewals with 14 vendors",
 * "Negotiated the MSP contract"): met where each duty asked is shown, partly where some are; a resume silent on them says
 * nothing either way. Not a budget or a vendor named for another reason ("a training budget", "vendor-neutral").
 */
const DUTIES: ReadonlyArray<readonly [string, RegExp, RegExp]> = [
  [
    'vendors',
    /\b(?:vendors?|suppliers?|third[- ]part(?:y|ies)|contracts?)\b[^.;]{0,40}?\b(?:management|relationships?|negotiations?|renewals?)\b|\bmanag\w*\s+(?:\w+\s+){0,3}?(?:vendors?|suppliers?|contracts)\b|\bnegotiat\w*\s+(?:with\s+)?(?:\w+\s+){0,2}?(?:vendors?|suppliers?|contracts)\b/i,
    /\b(?:manag\w*|(?:re)?negotiat\w*|renew\w*|select\w*|chose|ran|run|own\w*|handled|consolidat\w*|tender\w*|onboard\w*)\b[^.;\n]{0,60}?\b(?:vendors?|suppliers?|MSPs?|contracts?|renewals?|RFPs?)\b|\b(?:vendors?|suppliers?|contracts?)\s+(?:management|relationships?|negotiations?|reviews?|selection)\b|\brenewals?\s+with\b/i,
  ],
  [
    'budget',
    /\bbudget(?:s|ing)?\s+(?:management|ownership|planning|control|responsibility)\b|\b(?:own|manag|plan|control|responsib)\w*\s+(?:for\s+)?(?:\w+\s+){0,3}?budgets?\b|\bbudget(?:ing|ary)\b|\b(?:vendor|supplier|contract)s?\s+(?:and|&)\s+budget\b/i,
    /\b(?:own\w*|manag\w*|ran|run|held|set|planned|controlled|cut|kept|responsible for)\b[^.;\n]{0,40}?\bbudgets?\b(?!\s+(?:cuts?\s+)?(?:was|were)\s+(?:set|owned|managed)\s+by\b)|\bbudgets?\s+(?:of|owner)\b|(?:[$\u20ac\u00a3]\s?[\d.,]+\s*[MKk]?|\b\d[\d.,]*\s*(?:million|[MK]))\s+(?:\w+\s+){0,2}?budgets?\b/i,
  ],
];
function dutiesVerdict(ask: string, lines: readonly string[]): Judged | null {
  const asked = DUTIES.filter(([, a]) => a.test(ask));
  if (!asked.length) return null;
  const shown = asked.map(([name, , s]) => [name, lines.find((l) => s.test(l))] as const);
  const found = shown.filter(([, l]) => l !== undefined);
  if (!found.length) return null;
  const said = `The resume says \u201c${lineOf(found[0]![1]!)}\u201d`;
  if (found.length === asked.length) return { verdict: 'met', evidence: `${said}.` };
  return { verdict: 'partial', evidence: `${said}; not shown: ${shown.filter(([, l]) => l === undefined).map(([n]) => n).join(', ')}.` };
}
/** Tests asked as work the resume did ("You've written tests you trust: unit plus integration"), and a line showing them. */
const TESTS_ASK = /\b(?:writ\w+|wrote)\s+(?:\w+\s+){0,2}tests?\b|\b(?:unit|integration)\s+(?:and|plus|&|or)\s+(?:unit|integration|end-to-end|e2e)\b/i;
const TESTS_SHOWN = /\b(?:unit|integration|end-to-end|e2e|contract|property-based)\s+tests?\b|\b(?:Jest|pytest|JUnit|Testcontainers|Vitest|Mocha|RSpec|xUnit|NUnit|Playwright|Cypress)\b/i;
/** Something built alone asked ("shipped something end to end on your own"), and a line of the resume that says so. */
const SOLO_ASK = /\b(?:built|shipped|launched|created|made)\b[^.;]{0,60}\b(?:on your own|by yourself|solo|single-handed\w*|alone)\b/i;
const SOLO_SHOWN = /\b(?:built|shipped|launched|created|made|wrote|developed)\b[^.\n]{0,60}\b(?:alone|solo|on my own|by myself|single-handed\w*)\b|\b(?:I built alone|solo (?:project|developer|founder)|sole (?:developer|engineer))\b/i;

/** Time zones a posting names, by their offset from UTC in hours (standard time). */
const ZONE_OFFSET: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, WET: 0, BST: 0, CET: 1, CEST: 1, EET: 2, EEST: 2, IST: 5.5, SGT: 8, JST: 9, AEST: 10,
  ET: -5, EST: -5, EDT: -5, CT: -6, CST: -6, MT: -7, MST: -7, PT: -8, PST: -8, PDT: -8,
};
/** Countries a resume's header names (lib/match/residence), by their offset from UTC; a country of several zones is left out. */
const COUNTRY_OFFSET: Readonly<Record<string, number>> = {
  'United Kingdom': 0, Ireland: 0, Portugal: 0, Spain: 1, France: 1, Germany: 1, Netherlands: 1, Belgium: 1, Italy: 1, Poland: 1,
  Switzerland: 1, Austria: 1, 'Czech Republic': 1, Sweden: 1, Norway: 1, Denmark: 1, Finland: 2, Greece: 2, Romania: 2, Israel: 2,
  'South Africa': 2, India: 5.5, Singapore: 8, Japan: 9,
};
/**
 * (s44) A US state of the resume's address, by the offset of the zone most of it keeps (standard time): a US zone asked
 * ("US Eastern", "Pacific Time") is judged against it as a country's is.
 */
const STATE_OFFSET: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [-5, 'CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV'],
      [-6, 'AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI'],
      [-7, 'AZ CO ID MT NM UT WY'],
      [-8, 'CA NV OR WA'],
      [-9, 'AK'],
      [-10, 'HI'],
    ] as const
  ).flatMap(([offset, codes]) => codes.split(' ').map((c) => [c, offset])),
);
/** (s44) A US zone named in words ("US Eastern", "Pacific Time", "Central Standard Time"), written as its letters (ET, PT, CT). */
const US_ZONE_WORDS = /\b(?:U\.?S\.?\s+(Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard\s+)?Time)?|(Eastern|Central|Mountain|Pacific)\s+(?:Standard\s+)?Time)\b/g;
/** "overlap at least 4 hours with CET", "work within UTC±2", "4 hours of overlap with US Eastern Time", "a call between 9am and 5pm ET": the zone, the hours. */
const ZONE_ASK = /\b(?:overlap\w*|within|during|aligned with|compatible with|hours|between)\b[^.;]{0,40}?\b(UTC|GMT|WET|BST|CET|CEST|EET|EEST|IST|SGT|JST|AEST|E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T)\b(?:\s*(\+|-|\u2212|\u00b1|\+\/-)\s*(\d{1,2}))?/;
/**
 * A time zone asked ("Able to overlap at least 4 hours with CET"), against the country of the resume's address: met where a
 * workday there (nine to five) shares the hours asked with one in the zone (four where none is said; "UTC±2" asks a zone
 * within two hours). A country of several zones, or none named, says nothing; nor does a short overlap (hours can move).
 */
function zoneVerdict(ask: string, text: string): Judged | null {
  const m = ZONE_ASK.exec(ask.replace(US_ZONE_WORDS, (_, a?: string, b?: string) => `${(a ?? b)![0]}T`));
  if (!m) return null;
  // ("Lagos, Nigeria (WAT, UTC+1)": a zone the resume's header states is where it works, whatever the country.)
  const stated = statedZone(text);
  // ("Asheville, NC": a US state's zone, where a US zone is asked.)
  const places = stated ? null : resumePlaces(text);
  const state = ZONE_OFFSET[m[1]!]! < -4 ? places?.states.find((c) => STATE_OFFSET[c] !== undefined) : undefined;
  // (s52: "Toronto, ON", "Calgary, AB": a Canadian province's zone, where a North American zone is asked.)
  const province = stated || state || ZONE_OFFSET[m[1]!]! >= -2 ? undefined : provinceOf(text);
  const country = stated?.name ?? state ?? province?.name ?? places!.countries.find((c) => COUNTRY_OFFSET[c] !== undefined);
  if (!country) return null;
  const here = stated?.offset ?? (state ? STATE_OFFSET[state]! : province ? province.offset : COUNTRY_OFFSET[country]!);
  // ("UTC+2" is a zone of its own; "UTC±2" a band around it.)
  const band = m[2] === '\u00b1' || m[2] === '+/-';
  const shift = m[3] !== undefined && !band ? (m[2] === '+' ? 1 : -1) * Number(m[3]) : 0;
  const gap = Math.abs(here - (ZONE_OFFSET[m[1]!]! + shift));
  const hours = /\b(\d{1,2})\+?\s*(?:hours?|hrs?|h)\b/i.exec(ask);
  const fits = band ? gap <= Number(m[3]) : 8 - gap >= (hours ? Number(hours[1]) : 4);
  const where = stated ? `The resume gives its time zone as ${country}` : `The resume\u2019s address is in ${country}`;
  return fits ? { verdict: 'met', evidence: `${where}, ${gap === 0 ? 'in that time zone' : `${gap} hour${gap === 1 ? '' : 's'} from ${m[1]}`}.` } : null;
}

/** (s52) Canada's provinces by their postal codes, each with its zone's offset (standard time) and its name. */
const PROVINCES: Readonly<Record<string, [number, string]>> = {
  BC: [-8, 'British Columbia'], AB: [-7, 'Alberta'], MB: [-6, 'Manitoba'], ON: [-5, 'Ontario'], QC: [-5, 'Quebec'],
  NB: [-4, 'New Brunswick'], NS: [-4, 'Nova Scotia'], PE: [-4, 'Prince Edward Island'], NL: [-3.5, 'Newfoundland and Labrador'],
};
/** The province of a resume's address in its header ("Toronto, ON", "Halifax, NS B3H 1A1"), else undefined. */
function provinceOf(text: string): { name: string; offset: number } | undefined {
  const head = text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
  const m = /[A-Za-z.]+,\s*(BC|AB|MB|ON|QC|NB|NS|PE|NL)\b(?!\s*[A-Za-z]{2,})/.exec(head);
  return m ? { name: PROVINCES[m[1]!]![1], offset: PROVINCES[m[1]!]![0] } : undefined;
}

/** Zones a resume may state beside its address, by their offset from UTC (standard time): Europe's and Africa's single-zone names. */
const STATED_ZONE: Readonly<Record<string, number>> = { UTC: 0, GMT: 0, WET: 0, WAT: 1, CET: 1, CAT: 2, SAST: 2, EET: 2, EAT: 3, MSK: 3 };
/** The time zone a resume's header states ("(WAT, UTC+1)", "GMT+2", "CET"), by its name as written and its offset; else null. */
function statedZone(text: string): { name: string; offset: number } | null {
  const head = text.split('\n').filter((l) => l.trim()).slice(0, 3).join(' \n ');
  const utc = /\b(?:UTC|GMT)\s*([+\-\u2212])\s*(\d{1,2})(?::?(30|45))?\b/.exec(head);
  if (utc) return { name: utc[0], offset: (utc[1] === '+' ? 1 : -1) * (Number(utc[2]) + (utc[3] ? Number(utc[3]) / 60 : 0)) };
  const named = /\b(UTC|GMT|WET|WAT|CET|CAT|SAST|EET|EAT|MSK)\b/.exec(head);
  return named ? { name: named[1]!, offset: STATED_ZONE[named[1]!]! } : null;
}

/** "… with lab equipment: oscilloscopes, logic analyzers, multimeters": examples of the thing asked in words, any one a resume's line names shows it. */
function colonExamples(ask: string, lines: readonly string[]): Judged | null {
  const colon = ask.indexOf(':');
  if (colon < 0 || !ask.includes(',', colon)) return null;
  const members = ask.slice(colon + 1).replace(/\.\s*$/, '').split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((m) => m.trim().toLowerCase().replace(/^the\s+/, '').replace(/(?<=[a-z]{4})s$/, ''));
  if (members.length < 2 || members.some((m) => !/^[a-z][a-z0-9 -]{3,30}$/.test(m) || m.split(' ').length > 3)) return null;
  const line = lines.find((l) => members.some((m) => new RegExp(`\\b${m}`).test(l.toLowerCase())));
  return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
}

/**
 * An industry asked in words only ("Experience in the energy sector", "Prior work at a fintech or bank", "Interest in
 * robotics"): met by a role whose employer or work tells it (lib/match/domains); work in it asked and no role telling it is
 * unmet, as an industry the taxonomy names would be. An interest asked and not shown says nothing either way.
 */
const RESEARCH_WORK = /\bresearch\w*|\bscientists\b|\bprincipal investigators?\b|\bPIs\b|\bpostdocs?\b/i;
// (s59 tune) The ask's industries are read from its English reading and from its own words: the trade's phrase abroad
// ("Experiencia en medios de pago") is the posting's, which the English reading breaks ("medios of pago").
function industryVerdict(ask: string, profile: Profile | null, text: string, own = ask): Judged | null {
  const ids = [...new Set([...industriesAsked(ask), ...(own === ask ? [] : industriesAsked(own))])];
  if (!ids.length || !profile?.roles.length) return null;
  const shown = domainsShown(ids, profile, text);
  // (s55) "Supporting researchers in an academic setting", "a university research environment": research asked of the
  // setting; a university role whose lines serve no research (a college's lab PCs for students) is the setting alone.
  const research = /\bresearch/i.test(ask);
  const fits = (id: string) => id !== 'academia' || !research || shown.get(id)!.roles.some((k) => RESEARCH_WORK.test(text.slice(profile.roles[k]!.textStart, profile.roles[k]!.textEnd)));
  const first = ids.find((id) => shown.has(id) && fits(id));
  if (first) return { verdict: 'met', evidence: `The resume says \u201c${shown.get(first)!.evidence}\u201d.` };
  if (/\binterest(?:ed)?\b|\bpassion/i.test(ask)) return null;
  return { verdict: 'unmet', evidence: 'No role of the resume is in the industry asked.' };
}

/**
 * (s47) "A background in hydrology, meteorology or another environmental science": a field named, met by a degree in it or
 * a line of the resume that names it ("PhD Hydrology"); else nothing tells (null).
 */
function backgroundVerdict(ask: string, profile: Profile | null, text: string): Judged | null {
  const m = /\bbackground\s+in\s+([^.;()]+)/i.exec(ask);
  if (!m) return null;
  const fields = m[1]!.split(/\s*(?:,|\/|\bor\b|\band\b)\s*/).map((w) => w.trim()).filter((w) => w.length > 2 && w.split(/\s+/).length <= 3 && !/^(?:an?|another|any|other|some|similar|related|relevant|equivalent|comparable)\b/i.test(w));
  for (const f of fields) {
    const re = new RegExp(`(?<![\\w-])${escapeRe(f)}(?![\\w-])`, 'i');
    const degree = profile?.degrees.find((d) => re.test(d.field ?? ''));
    const line = text.split('\n').find((l) => re.test(l));
    if (degree || line) return { verdict: 'met', evidence: line ? `The resume says \u201c${lineOf(line)}\u201d.` : `The resume names a degree in ${degree!.field}.` };
  }
  return null;
}

/** (s53) Knowledge of rules asked: "Knowledge of <the rules> (<examples>)", the rules named by regulation, rules, legislation, law, directive or act. */
const RULES_ASK = /^\W*(?:(?:good|solid|sound|working|some|deep|strong|an?)\s+)?(?:knowledge|understanding|awareness|grasp)\s+of\s+(?:the\s+)?([^().;:]{3,80}?\b(?:regulations?|regulatory (?:rules|requirements|framework)|rules|legislation|laws?|directives?|acts?))\s*(?:\(([^()]{3,160})\))?\s*[.;]?\s*$/i;
const RULES_FILLER = /^(?:UK|U\.K\.|US|U\.S\.|EU|European|British|American|the|an?|and|of|s|regulations?|regulatory|rules|requirements|framework|legislation|laws?|directives?|acts?|e\.g\.|such as|including|etc)$/i;
function rulesAsked(ask: string): RegExp[] | null {
  const m = RULES_ASK.exec(ask);
  if (!m) return null;
  const phrase = (t: string) => new RegExp(`(?<![\\w-])${escapeRe(t).replace(/\\?-|\s+/g, '[- ]?\\s*')}(?![\\w-])`, 'i');
  // The rules' own words, less places and the word for rules ("the FCA's operational resilience rules": FCA, operational
  // resilience), where two words or a name in capitals are left; and each example the bracket gives.
  const words = m[1]!.replace(/['\u2019]s\b/g, '').split(/\s+/).filter((w) => !RULES_FILLER.test(w));
  const caps = words.filter((w) => /^[A-Z]{2,}$/.test(w));
  const rest = words.filter((w) => !caps.includes(w));
  const terms = [...caps, ...(rest.length >= 2 ? [rest.join(' ')] : []), ...(m[2] ?? '').split(/\s*(?:,|;|\bor\b|\band\b)\s*/).map((t) => t.replace(/^(?:e\.g\.|such as|including|the)\s+/i, '').trim()).filter((t) => t.length > 2 && !RULES_FILLER.test(t))];
  return terms.length ? terms.map(phrase) : null;
}

/** (s53) The kind of job a posting's title names, without its level: "Junior Data Analyst" is a data analyst. */
const JOB_TITLED = /\b([A-Za-z][\w-]+)\s+(analyst|developer|engineer|scientist|designer|administrator|technician|tester|consultant|architect|programmer|accountant)s?\b/i;
const LEVEL_WORD = /^(?:junior|senior|associate|trainee|graduate|entry|lead|staff|principal|head|chief|mid|intern|apprentice|assistant)$/i;
function jobTitled(place: string): { re: RegExp; words: string } | null {
  for (const line of place.split('\n')) {
    const m = JOB_TITLED.exec(line);
    if (!m || LEVEL_WORD.test(m[1]!)) continue;
    const words = `${m[1]} ${m[2]}`.toLowerCase();
    return { re: new RegExp(`\\b${escapeRe(m[1]!)}\\s+${escapeRe(m[2]!)}`, 'i'), words: `a ${words}` };
  }
  return null;
}

/** (s53) Fluency asked of one language: the word for it beside the language's name ("Fran\u00e7ais courant", "fluent French", "bilingual in English and French"). */
function fluentAsked(text: string, lang: string): boolean {
  const names = [lang, ...(LANG_ABROAD[lang] ?? [])].map(escapeRe).join('|');
  const f = FLUENCY_ASKED.source;
  // ("Bilingual in English and French" asks both fluent; "Fluent English and some Spanish" asks Spanish at no fluency.)
  if (/\b(?:bilingual|zweisprachig|bilingue)\b/i.test(text)) return new RegExp(`(?<![\\w\\u00c0-\\u00ff])(?:${names})(?![\\w\\u00c0-\\u00ff])`, 'i').test(text);
  return new RegExp(String.raw`(?:${f})\s+(?:(?:in|en|im)\s+)?(?:${names})(?![\w\u00c0-\u00ff])|(?<![\w\u00c0-\u00ff])(?:${names})\s*[(:-]?\s*(?:(?:at|a|on)\s+)?(?:${f})`, 'i').test(text);
}
const LANG_ABROAD: Readonly<Record<string, readonly string[]>> = { French: ['fran\u00e7ais', 'Franz\u00f6sisch', 'franc\u00e9s'], German: ['allemand', 'Deutsch', 'alem\u00e1n'], English: ['anglais', 'Englisch', 'ingl\u00e9s'], Spanish: ['espagnol', 'Spanisch', 'espa\u00f1ol'], Italian: ['italien', 'Italienisch', 'italiano'], Dutch: ['n\u00e9erlandais', 'Niederl\u00e4ndisch', 'Nederlands'] };

/** (s53) "English (native); no French yet", "French: none", "without German": a language the resume says it lacks. */
function languageDenied(lang: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  const l = escapeRe(lang);
  return new RegExp(String.raw`\b(?:no|not|without)\s+(?:(?:yet|any|real|working|spoken)\s+)?${l}\b(?!\s+(?:speakers?|customers?|clients?|colleagues|teams?|market|site|version|translations?|localization|localisation)\b)|\b${l}\s*(?::|\u2013|-)\s*(?:none|no|not yet)\b`, 'i').test(text);
}

/** A choice of things asked by name after "experience with", "knowledge of" (one to five words each, joined by "or"). */
const NAMED_ASK = /^\W*(?:(?:hands-on|solid|some|prior|proven|working|strong|deep|good|practical)\s+)?(?:experience|familiarity|knowledge|expertise|exposure)\s+(?:with|of|in|using|to|running|operating|administering|maintaining|managing)\s+(?:the\s+)?([^.;:()]{2,60}?)\s*[.;]?\s*$/i;
/** A name: a word with a capital after its first letter or a digit ("BSI", "IT-Grundschutz", "PSD2", "10DLC"), or a capitalised word. */
/** (s55) A word written as a product or a standard is: a capital or a digit after its first letter ("iManage", "3E", "4G"). */
const AS_PRODUCT = /^.+[A-Z0-9]/;
const PROPER = /^(?:[A-Z0-9][\w+#.-]*[A-Z0-9][\w+#.-]*|[A-Z][a-z][\w+#.-]*|[a-z][a-z]*[A-Z][\w+#.-]*)$/;
/** Places and regions written as names: "UK", "EU", "US", "EMEA", "British". */
const PLACE = /^(?:UK|US|USA|EU|EEA|EMEA|APAC|LATAM|U\.S\.|U\.K\.|European|American|British|German|French|Dutch|Canadian|Australian|Indian|Irish|Polish|Spanish|Italian|Nordic)$/;
/** "(KvK or equivalent)", "(e.g. Kamer van Koophandel)": a name given as an example in a bracket. */
const BRACKET_NAME = /\((?:e\.g\.,?\s+|such as\s+)?([A-Z][\w+#.&-]*(?:\s+(?!or\b|etc\b)[A-Za-z][\w+#.&-]*){0,3})(?:\s+or\s+(?:equivalent|similar|comparable)|,?\s+etc\.?)?\)/;
/**
 * Things asked by their names where the taxonomy knows none of them ("Experience with Agones or game server hosting",
 * "Experience with BSI IT-Grundschutz", "Knowledge of PSD2"): a resume names what it has worked with, so one naming none of
 * the choices does not show it (unmet), and one naming one (as written) does. A name given as an example in a bracket
 * ("registered as a self-employed contractor (KvK or equivalent)") shows it where the resume names it; its absence says nothing.
 */
function namedVerdict(ask: string, text: string): Judged | null {
  const lines = text.split('\n');
  const naming = (n: string) => lines.find((l) => new RegExp(`(?<![\\w-])${escape(n)}(?![\\w-])`).test(l));
  const bracket = BRACKET_NAME.exec(ask);
  if (bracket && !/^(?:e\.g|such)\b/i.test(bracket[1]!)) {
    const line = naming(bracket[1]!);
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // "backup and point-in-time recovery tools (pgBackRest, WAL-G or Barman)": a bracket of names, any one the resume names shows it.
  for (const b of ask.matchAll(/\(([^()]{3,80})\)/g)) {
    const names = b[1]!.replace(/^(?:e\.g\.,?|such as|for example,?)\s+/i, '').split(/\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/).map((n) => n.trim());
    if (names.length < 2 || !names.every((n) => /^(?:similar|equivalent|etc\.?|others?)$/i.test(n) || n.split(/\s+/).every((w) => PROPER.test(w)))) continue;
    const line = names.map(naming).find(Boolean);
    if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  }
  // ("Experience running Backstage or another developer portal is a plus": the wish after the names is none of them.)
  const wishless = ask.replace(/\s+(?:is|are|would be)\s+(?:a\s+|an\s+)?(?:plus|bonus|big plus|nice to have|advantage|asset|preferred)\s*[.!]?\s*$/i, '');
  const m = NAMED_ASK.exec(wishless) ?? namesOnly(wishless);
  if (!m) return null;
  // ("NPCI / UPI systems": a spaced slash between names is a choice too.)
  // (s55: an open end is no member, "Koha or another library system", "Koha oder einem anderen Bibliothekssystem".)
  const members = m[1]!.split(/\s*,\s*(?:or\s+)?|\s+or\s+|\s+\/\s+/).map((x) => x.trim()).filter((x) => x && !/^(?:an?\s+|any\s+|some\s+|einem\s+|einer\s+|ein\s+|eine\s+)?(?:other|another|similar|equivalent|anderen?|\u00e4hnlichen?|vergleichbaren?)\b/i.test(x));
  // Each choice a short phrase, and at least one a name (the first word of an ask is no name by its capital alone).
  // (A place is no name of a thing worked with: "the UK energy market", "EU regulations".)
  if (!members.length || members.some((x) => x.split(/\s+/).length > 5) || !members.some((x) => x.split(/\s+/).some((w) => PROPER.test(w) && !PLACE.test(w)))) return null;
  for (const x of members) {
    // (A name, then the kind of thing it is in lower case, "Iron Bank images", "Backstage plugins": the name is what a resume writes.)
    const words = x.split(/\s+/);
    const named = words.findIndex((w) => !PROPER.test(w));
    // (s55: a name inside a phrase of lower-case words, "remote sites over 4G", "sensors on LoRaWAN": the name, written as
    // a product or standard is, an inner capital or a digit, is what a resume writes.)
    const inner = words.length > 1 && words.some((w) => /^[a-z]/.test(w)) ? words.filter((w) => PROPER.test(w) && AS_PRODUCT.test(w)) : [];
    const forms = named > 0 && words.slice(named).every((w) => /^[a-z][\w-]*$/.test(w)) ? [x, words.slice(0, named).join(' ')] : [x, ...inner];
    for (const f of forms) {
      const re = new RegExp(`(?<![\\w-])${escape(f)}(?![\\w-])`, PROPER.test(f.split(/\s+/)[0]!) ? '' : 'i');
      const line = lines.find((l) => re.test(l));
      if (line) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
    }
  }
  return { verdict: 'unmet', evidence: `The resume does not name ${members.join(' or ')}.` };
}
/**
 * (s55) "Aderant or Elite 3E", "Koha or Evergreen experience": an ask that is nothing but a choice of names the taxonomy
 * does not know (two or more, each word of each a name, perhaps with "experience" after), read as namedVerdict reads
 * "Experience with X or Y". A single capitalised word ("Ownership", "Curiosity") is no such choice.
 */
const LEVELLED_NAME = /^\W*(?:(?:advanced|expert|excellent|strong|proficient|good)\s+([A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2})(?:\s+skills)?|([A-Z][\w+#.-]*(?:\s+[A-Z][\w+#.-]*){0,2})\s+(?:to\s+an?\s+(?:advanced|expert|high|good|intermediate)\s+(?:level|standard)|at\s+an?\s+(?:advanced|expert|high)\s+level|skills))\s*[.;]?\s*$/i;
function namesOnly(ask: string): [string, string] | null {
  // (A name at a level, "Excel to an advanced level", "Advanced Excel skills", "Strong SAS": the name is what a resume writes.)
  const levelled = LEVELLED_NAME.exec(ask.trim());
  const name = levelled ? (levelled[1] ?? levelled[2])! : null;
  if (name && name.split(/\s+/).every((w) => PROPER.test(w) && !PLACE.test(w) && !/^(?:Communication|Problem|Solving|Analytical|Interpersonal|Organi[sz]ational|Leadership|Written|Verbal|Teamwork|Time|Management|Presentation|Writing|People|Customer|Service|Technical|Computer|IT|Math|Maths|Numeracy|Literacy)$/.test(w)) && !/^(?:English|German|French|Spanish|Dutch|Italian|Portuguese|Polish|Japanese|Chinese|Mandarin|Korean|Arabic)$/.test(name)) return [ask, name];
  const kindAfter = /\s+(?:experience|knowledge|expertise|exposure|skills?)\s*[.;]?\s*$/i.test(ask);
  const list = ask.replace(/^\W+/, '').replace(/\s+(?:experience|knowledge|expertise|exposure|skills?)?\s*[.;]?\s*$/i, '').trim();
  const members = list.split(/\s*,\s*(?:or\s+)?|\s+or\s+|\s*\/\s*/).map((x) => x.trim()).filter(Boolean);
  if (members.length < 2 || !/\bor\b|\//.test(list) || /\b(?:remote|hybrid|on-?site|office|full-time|part-time|contract|permanent|freelance|days?|nights?|weekends?)\b/i.test(list)) return null;
  if (!members.every((x) => x.split(/\s+/).length <= 3 && x.split(/\s+/).every((w) => PROPER.test(w) && !PLACE.test(w)))) return null;
  // (Names alone with no word of experience after them, "Leeds or Sheffield", may be places: one at least must be written as
  // a product is, an inner capital or a digit, "Elite 3E", "iManage", as namesAtWork's NAMES_ONLY asks.)
  if (!kindAfter && !members.some((x) => x.split(/\s+/).some((w) => AS_PRODUCT.test(w)))) return null;
  return [ask, list];
}
/**
 * (s44) "Experience at a two-sided marketplace", "Background in high-frequency trading": a setting asked in plain words (two
 * to four, none a name), against a resume's line that says the same words ("a two-sided marketplace of 30,000 sellers").
 * Not said, it says nothing either way (the resume may say it otherwise); a word of it alone ("marketplace") is not it.
 */
const PHRASE_ASK = /^\W*(?:(?:[Pp]rior|[Pp]revious|[Ss]ome|[Pp]roven)\s+)?(?:[Ee]xperience|[Bb]ackground|[Tt]ime)\s+(?:at|in|with|within|on)\s+(?:an?\s+|the\s+)?((?!(?:an?|the|similar|related|relevant|comparable|equivalent|same)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3})\s*[.;]?\s*$/;
function phraseVerdict(ask: string, text: string): Judged | null {
  const m = PHRASE_ASK.exec(ask);
  if (!m) return null;
  const re = new RegExp(`(?<![\\w-])${m[1]!.split(/\s+/).map(escape).join('\\s+')}s?(?![\\w-])`, 'i');
  const line = text.split('\n').find((l) => re.test(l));
  return line ? { verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` } : null;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The resume's first line that names one of a bracket of two or more names in an ask ("(CSV, XML, EDI)"), as written; else null. */
function bracketNamed(ask: string, text: string): string | null {
  const lines = text.split('\n');
  for (const b of ask.matchAll(/\(([^()]{3,80})\)/g)) {
    const names = b[1]!.replace(/^(?:e\.g\.,?|such as|for example,?|like)\s+/i, '').split(/\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/).map((n) => n.trim()).filter((n) => !/^(?:similar|equivalent|etc\.?|others?)$/i.test(n));
    // (Places are no examples of a thing worked with: "(EU, US)" is met by no "US citizen".)
    // (s55: or one name alone, "Radiology imaging (PACS)", "Speech recognition (Whisper)": the example of the kind asked; not
    // a word of importance or level, "(Preferred)", "(Senior)".)
    const one = names.length === 1 && !/^(?:Preferred|Required|Optional|Mandatory|Essential|Desirable|Desired|Bonus|Plus|Nice|Remote|Hybrid|Onsite|Senior|Junior|Lead|Staff|Principal|Mid|Entry|Advanced|Intermediate|Basic|Fluent|Native|Minimum|Ideally|Must|Strong)\b/.test(names[0]!);
    if ((names.length < 2 && !one) || !names.every((n) => n.split(/\s+/).length <= 3 && n.split(/\s+/).every((w) => PROPER.test(w) && !PLACE.test(w)))) continue;
    const line = lines.find((l) => names.some((n) => new RegExp(`(?<![\\w-])${escape(n)}(?![\\w-])`).test(l)));
    if (line) return line;
  }
  return null;
}

/** A resume's line that names, in words, one of the examples an ask's bracket lists ("(EXPLAIN, indexes, partitioning)"), or null. */
function exampleWorded(ask: string, text: string, colon = false): string | null {
  const lines = text.split('\n');
  // The examples in a bracket, or (where the taxonomy found none of them shown: `colon`) in a list after a colon that ends
  // the ask ("PostgreSQL operations: backups, replication, upgrades").
  const lists = [...[...ask.matchAll(/\(([^()]{3,100})\)/g)].map((b) => b[1]!), ...(colon ? [...ask.matchAll(/:\s*([^:()]{3,120})$/g)].map((c) => c[1]!) : [])];
  for (const list of lists) {
    const members = list.replace(/^(?:e\.g\.,?|such as|for example,?|like|incl(?:uding|\.)?)\s+/i, '').replace(/[.;]\s*$/, '').split(/\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/).map((n) => n.trim()).filter((n) => n.length >= 3 && n.split(/\s+/).length <= 3 && !/^(?:similar|equivalent|etc\.?|others?)$/i.test(n));
    if (members.length < 2) continue;
    // (A long single word is named by its stem too: "replication" by "streaming replicas", "upgrades" by "upgraded".)
    const form = (n: string) => (/^[a-z]{7,}$/i.test(n) ? `${escape(n.slice(0, n.length - 4))}\\w*` : escape(n));
    const line = lines.find((l) => members.some((n) => new RegExp(`(?<![\\w-])${form(n)}(?![\\w-])`, 'i').test(l)));
    if (line) return line;
  }
  return null;
}

/** Work asked by a role's name: "Experience as a nurse, medical assistant or pharmacist", "background as an SRE". */
const AS_ROLE = /\b(?:experience|background|time|years?|worked|working|served)\s+as\s+(?:an?\s+)?([^.;:()]{3,100}?)\s*(?:[.;:()]|$)/i;
/** A role of the resume whose title names one of the roles asked: the evidence, else null (the resume may say it otherwise). */
function roleAsked(ask: string, profile: Profile | null): Judged | null {
  const m = AS_ROLE.exec(ask);
  if (!m || !profile?.roles.length) return null;
  const names = m[1]!.split(/\s*,\s*(?:or\s+|and\/or\s+)?|\s+(?:or|and\/or)\s+/).map((n) => n.replace(/^(?:an?|the)\s+/i, '').trim());
  if (!names.every((n) => /^[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}$/.test(n))) return null;
  for (const r of profile.roles) {
    const named = names.find((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`, 'i').test(r.title ?? ''));
    if (named) return { verdict: 'met', evidence: `${r.title}${r.company ? ` at ${r.company}` : ''}: a role as ${named} asked.` };
  }
  return null;
}

/** A US clearance the resume names as no longer held ("Secret (inactive since 2019)", "Former TS/SCI"): the line, else null. */
const US_LEVEL_NAMED = /\b(?:top[- ]secret|secret|TS\s*\/\s*SCI)\b/i;
const LAPSED = /\b(?:inactive|expired|lapsed|former(?:ly)?|previously held|previous)\b/i;
function formerUsClearance(text: string): string | null {
  const low = text.toLowerCase();
  if (!low.includes('secret') && !low.includes('sci')) return null;
  // The line names a clearance ("clearance", "cleared"), or opens with its level (under a "Clearance" heading).
  const line = text.split('\n').find((l) => US_LEVEL_NAMED.test(l) && LAPSED.test(l) && /\bclear(?:ance|ed)\b|^\W*(?:top[- ]secret|secret|TS\s*\/\s*SCI)\b/i.test(l) && !/\b(?:no|never|not)\b/i.test(l));
  return line ? line.trim().replace(/^[-\u2022*\u00b7]\s*/, '').slice(0, 120) : null;
}

/** A degree still to come on a resume's line ("in progress, expected May 2027", "PhD candidate"), and an ask a student meets. */
// ("thesis submitted, viva March 2027", "awaiting the defence": a doctorate not yet conferred.)
const UNDERWAY = /\b(?:in progress|expected|anticipated|ongoing|candidate|currently enrolled|pursuing|to be completed|thesis submitted|under examination|awaiting (?:the )?(?:viva|defen[cs]e|conferral)|(?:viva|defen[cs]e) (?:scheduled|planned|pending|due))\b/i;
const DEGREE_WORD = /\b(?:B\.?S\.?c?|B\.?A|BEng|M\.?S\.?c?|M\.?A|MBA|MEng|Ph\.?D|Bachelor\w*|Master\w*|Associate|Doctor\w*|degree|diploma)\b/i;
const STUDENT_ASK = /\b(?:pursu\w*|enrolled|student|graduat\w*|working towards?|candidate)\b/i;

/** The profile's degrees less those a line of the resume gives as not yet completed (by their field). */
function completedDegrees(resume: ResumeFacts): readonly { level: DegreeLevel; field: string | null }[] {
  const degrees = resume.profile?.degrees ?? [];
  const text = resume.text;
  if (!text || degrees.length === 0) return degrees;
  const low = text.toLowerCase();
  if (!['progress', 'expected', 'anticipated', 'ongoing', 'candidate', 'enrolled', 'pursuing', 'to be completed', 'submitted', 'examination', 'awaiting', 'viva', 'defen'].some((w) => low.includes(w))) return degrees;
  // A line naming the degree and its field says so, or the line under it that names no degree ("University of X, expected 2027").
  const lines = text.split('\n');
  const underway = (d: { field: string | null }) =>
    !!d.field && lines.some((l, i) => l.includes(d.field!) && DEGREE_WORD.test(l) && (UNDERWAY.test(l) || (i + 1 < lines.length && !DEGREE_WORD.test(lines[i + 1]!) && UNDERWAY.test(lines[i + 1]!))));
  return degrees.filter((d) => !underway(d));
}

/** Whether the ask's own words name the field of a degree held ("Geography" in "a degree in GIS, geography or a related field"). */
function fieldNamed(field: string, itemText: string): boolean {
  const words = field.trim().replace(/[.,;:]+$/, '');
  if (!itemText || words.length < 4 || words.split(/\s+/).length > 4) return false;
  const re = new RegExp(`(?<![\\p{L}])${escapeRe(words).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu');
  return re.test(itemText);
}

/**
 * (s59 tune) Equivalent experience stands in for a degree in its field: "Laurea in Informatica o esperienza equivalente nel
 * ruolo" is not met by eight years as an accountant and two as a developer, "a degree in electrical or control engineering,
 * or equivalent experience in industrial automation" is by twelve years as a controls technician. Where the field asked is
 * technical (or none is named), the years that count are those of roles titled for technical work (an engineer, a
 * developer, a technician, an administrator, IT, data, GIS; in the resume's language too); about four of them stand for a
 * bachelor's, fewer meet it in part. A field not technical keeps every year of work.
 */
const FIELD_TITLE = /\b(?:engineer\w*|developer|programmer|administrator|admin|sysadmin|architect|technician|scientist|devops|SRE|QA|tester|DBA|IT|ICT|software|data|GIS|systems?|network|cloud|security|controls?|instrumentation|electrician)\b|(?<![\p{L}])(?:sviluppat\p{L}*|programmat\p{L}*|ingegner\p{L}*|tecnic[oa]|sistemist\p{L}*|desarrollador\p{L}*|programador\p{L}*|ingenier[oa]|t\u00e9cnic[oa]|d\u00e9veloppeu\p{L}*|ing\u00e9nieur\p{L}*|technicien\p{L}*|Entwickler\p{L}*|Ingenieur\p{L}*|Informatiker\p{L}*|Techniker\p{L}*|ontwikkelaar\p{L}*|beheerder\p{L}*|programista|in\u017cynier\p{L}*|v\u00fdvoj\u00e1\u0159\p{L}*|program\u00e1tor\p{L}*|spr\u00e1vce|technik|administr\u00e1tor\p{L}*|informatik\p{L}*)(?![\p{L}])/iu;
/** (s61 lead) A degree's other way, a secondary school with practice: "or high school diploma with experience", "alebo S\u0160 s praxou". */
const SECONDARY_WITH_PRACTICE =
  /(?<![\p{L}])(?:or|alebo|nebo|oder|lub|ou|o|sau|veya|tai|v\u00f5i)\s+(?:an?\s+)?(?:high\s+school(?:\s+diploma)?|secondary\s+(?:school|education)|GED|S\u0160|stredo\u0161kolsk\p{L}*|st\u0159edo\u0161kolsk\p{L}*|Abitur|matur\p{L}*|\u015brednie)(?![\p{L}])[^.;]{0,30}?(?<![\p{L}])(?:with|s|se|mit|z|com|con|plus|and|cu|ja)\s+(?:\p{L}+\s+){0,2}?(?:experience|prax\p{L}*|Berufserfahrung|do\u015bwiadczeni\p{L}*|experien\p{L}*|kokemu\p{L}*|kogemus\p{L}*)(?![\p{L}])/iu;
/** A secondary school a resume names in the languages SCHOOL_SHOWN does not: Slovak and Czech "stredn\u00e1 / st\u0159edn\u00ed \u0161kola", "gymn\u00e1zium". */
const SECONDARY_SHOWN = /(?<![\p{L}])(?:stredn\p{L}*\s+(?:priemysel\p{L}*\s+|odborn\p{L}*\s+)?\u0161kol\p{L}*|st\u0159edn\p{L}*\s+(?:pr\u016fmysl\p{L}*\s+|odborn\p{L}*\s+)?\u0161kol\p{L}*|gymn\u00e1zium|SP\u0160\s?\p{L}*)(?![\p{L}])/iu;

function equivalentYears(degree: NonNullable<RequirementItem['degree']>, resume: ResumeFacts): number {
  const p = resume.profile;
  if (!p || p.totalYears === null) return 0;
  if (degree.fields.length > 0 && !degree.fields.some((f) => TECH_FIELD.test(f) || TECH_FIELD_ABROAD.test(f))) return p.totalYears;
  // (s59 lead: a profile that gives its years but no roles to read titles from keeps them all: no title says otherwise.)
  if (!p.roles.length) return p.totalYears;
  const roles = p.roles.flatMap((r, k) => (FIELD_TITLE.test(r.title ?? '') ? [k] : []));
  return roles.length ? yearsOfRoles(p.roles, roles) : 0;
}

function degreeVerdict(degree: NonNullable<RequirementItem['degree']>, resume: ResumeFacts, itemText = ''): Judged {
  // "B.S. Cybersecurity — in progress, expected May 2027": not held yet, unless the item asks for a student.
  if (!STUDENT_ASK.test(itemText)) {
    const held = completedDegrees(resume);
    const all = resume.profile?.degrees ?? [];
    if (held.length < all.length) {
      const judged = degreeVerdict(degree, { ...resume, profile: { ...resume.profile!, degrees: [...held] } }, 'student');
      const coming = all.filter((d) => !held.includes(d) && LEVEL[d.level] >= LEVEL[degree.level]);
      if (judged.verdict !== 'met' && coming.length > 0) return { verdict: 'partial', evidence: `The resume shows ${LEVEL_NAME[coming[0]!.level]} in ${coming[0]!.field} not yet completed; ${LEVEL_NAME[degree.level]} asked.` };
      return judged;
    }
  }
  const degrees = resume.profile?.degrees ?? [];
  const best = degrees.reduce<DegreeLevel | null>((b, d) => (b === null || LEVEL[d.level] > LEVEL[b] ? d.level : b), null);
  if (best !== null && LEVEL[best] >= LEVEL[degree.level]) {
    // (s44: a technical field asked, "BS in Computer Science", against degrees of the level in other fields only, a B.A. in
    // History, is partly met: the level is there, the field is not. A technical field held meets any technical field asked.)
    // (s51: a degree whose name tells its field, "B.Com", "BBA", "LLB", where the resume writes no field: that field.)
    const enough = degrees.filter((d) => LEVEL[d.level] >= LEVEL[degree.level]).map((d) => (d.field ? d : { ...d, field: namedField(resume.text) }));
    // (s58 lead: a field held that the ask names among its own, "in GIS, geography, computer science or a related field"
    // against a B.A. in Geography, is a field asked, though the fields read from the ask kept only its capitalised ones.)
    if (degree.fields.length > 0 && degree.fields.every((f) => TECH_FIELD.test(f)) && enough.every((d) => d.field && !techDegree(d.field, resume.text) && !fieldNamed(d.field, itemText)) && !(degree.equivalentExperience && equivalentYears(degree, resume) >= 4))
      return { verdict: 'partial', evidence: `The resume shows ${LEVEL_NAME[best]} in ${enough[0]!.field}; a degree in ${degree.fields.join(' or ')} asked.` };
    return { verdict: 'met', evidence: `The resume shows ${LEVEL_NAME[best]}.` };
  }
  const equivalent = degree.equivalentExperience ? equivalentYears(degree, resume) : 0;
  if (equivalent >= 4) return { verdict: 'met', evidence: `Equivalent experience is accepted: ${years(equivalent)} of dated roles${equivalent < (resume.profile?.totalYears ?? 0) ? ' in the field' : ''}.` };
  if (equivalent >= 1) return { verdict: 'partial', evidence: `Equivalent experience is accepted: ${years(equivalent)} of dated roles in the field, short of the four or so that stand for the degree.` };
  // (s61 lead) "V\u0160 vzdelanie technick\u00e9ho smeru alebo S\u0160 s praxou v IT", "a Bachelor's degree, or a high school diploma with IT
  // experience", "oder Abitur mit Berufserfahrung": the degree or a secondary school and practice; a resume that names its
  // secondary school and has a year or more of dated roles holds the second way.
  if (SECONDARY_WITH_PRACTICE.test(itemText)) {
    const school = (resume.text ?? '').split('\n').find((l) => SCHOOL_SHOWN.test(l) || SECONDARY_SHOWN.test(l));
    const practice = resume.profile?.totalYears ?? 0;
    if (school && practice >= 1) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(school)}\u201d, and ${years(practice)} of dated roles: the secondary school with practice asked.` };
  }
  // (s49) "Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung", "or a comparable vocational
  // qualification": a vocational qualification the resume names ("Fachinformatikerin f\u00fcr Anwendungsentwicklung (IHK)", "Level 3
  // apprenticeship") is the comparable training asked.
  // (s57: the line that names a training, not a heading that only says "AUSBILDUNG"; and where a technical field is asked,
  // "Informatikstudium oder eine gleichwertige Berufsausbildung", a training in another field, "Fachkraft f\u00fcr
  // Lagerlogistik (IHK)", is not the comparable one: not met.)
  // (s60 lead) "Uddannelse som datatekniker eller IT-teknolog": a trade's training asked by its name, which the resume
  // names too ("Datatekniker med speciale i infrastruktur, TECHCOLLEGE"), is held.
  const title = TRAINING_TITLE.exec(itemText)?.[0];
  // (The education's line before a role's, "Elev, datatekniker \u2014 Netcompany \u2014 08/2017 \u2013 03/2020", that trained for it.)
  const naming = title ? (resume.text ?? '').split('\n').filter((l) => new RegExp(`(?<![\\p{L}])${escapeRe(title)}`, 'iu').test(l)) : [];
  const holds = naming.find((l) => !/\d{2}\/\d{4}|\b(?:19|20)\d\d\s*[\u2013-]\s*(?:(?:19|20)\d\d|\p{L}+)/u.test(l)) ?? naming[0];
  if (holds) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(holds)}\u201d: the training asked.` };
  // (s61 lead) "DEC en informatique ou baccalaur\u00e9at": Qu\u00e9bec's college diploma asked by its name (in capitals), held where a line
  // of the resume opens with it ("DEC en techniques de l'informatique, C\u00e9gep Montmorency"). The resume's reader lists no degree
  // for it (resumes-fresh's labels), so the diploma is matched by its name, as a trade's training is.
  const dec = /(?<![\w-])DEC(?=\s+(?:en|in)\s)/.test(itemText) ? (resume.text ?? '').split('\n').find((l) => /^\s*(?:[-\u2022*]\s*)?DEC\s+(?:en|in)\s+\p{L}/u.test(l)) : undefined;
  if (dec) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(dec)}\u201d: the college diploma asked.` };
  const trainings = VOCATIONAL_ASK.test(itemText) ? (resume.text ?? '').split('\n').filter((l) => VOCATIONAL_SHOWN.test(l) && !/^\s*[\p{Lu}\s]+:?\s*$/u.test(l)) : [];
  const techAsked = degree.fields.length > 0 ? degree.fields.every((f) => TECH_FIELD.test(f)) : TECH_TRAINING.test(itemText);
  const vocational = trainings.find((l) => !techAsked || TECH_TRAINING.test(l));
  if (vocational) return { verdict: 'met', evidence: `The resume says \u201c${lineOf(vocational)}\u201d: the comparable training asked.` };
  if (trainings.length && !degrees.length) return { verdict: 'unmet', evidence: `The resume says \u201c${lineOf(trainings[0]!)}\u201d: a training in another field than the one asked.` };
  // (A lower degree partly meets the ask in the field asked; "MS in Computer Science" against a B.A. in Music, a degree of
  // no technical field against technical fields only, does not.)
  const held = degrees.filter((d) => d.level === best);
  if (best !== null && degree.fields.length > 0 && degree.fields.every((f) => TECH_FIELD.test(f)) && held.every((d) => d.field && !TECH_FIELD.test(d.field)))
    return { verdict: 'unmet', evidence: `The resume shows ${LEVEL_NAME[best]} in ${held[0]!.field}; ${LEVEL_NAME[degree.level]} in ${degree.fields.join(' or ')} asked.` };
  if (best !== null) return { verdict: 'partial', evidence: `The resume shows ${LEVEL_NAME[best]}; ${LEVEL_NAME[degree.level]} asked.` };
  // (s50) "Coursework toward an A.S. (not completed)", "Some college, no degree": the resume says it holds none, which a
  // resume silent on degrees does not.
  const none = (resume.text ?? '').split('\n').find((l) => NO_DEGREE_SAID.test(l) && EDUCATION_WORD.test(l));
  if (none) return { verdict: 'unmet', evidence: `The resume says \u201c${lineOf(none)}\u201d: no degree completed; ${LEVEL_NAME[degree.level]} asked.` };
  return { verdict: 'unknown', evidence: 'The resume names no degree.' };
}

/** (s51) Degrees whose name tells their field (none of them technical), and the field each names. */
const NAMED_FIELDS: ReadonlyArray<[RegExp, string]> = [
  [/\bB\.?\s?Com\b|\bM\.?\s?Com\b|\b(?:Bachelor|Master) of Commerce\b/i, 'Commerce'],
  [/\bBBA\b|\bB\.B\.A\.?|\bBachelor of Business Administration\b/, 'Business Administration'],
  [/\bLL\.?\s?B\b|\bBachelor of Laws\b/, 'Law'],
  [/\bBFA\b|\bB\.F\.A\.?|\bBachelor of Fine Arts\b/, 'Fine Arts'],
  [/\bMBBS\b|\bM\.B\.B\.S\.?/, 'Medicine'],
];
/** The field a degree's name tells where the resume names exactly one such degree (and none other), else null. */
function namedField(text: string | undefined): string | null {
  const named = NAMED_FIELDS.filter(([re]) => re.test(text ?? ''));
  return named.length === 1 ? named[0]![1] : null;
}
/** (s50) A resume's line that says no degree was completed, and the education words it must also name. */
const NO_DEGREE_SAID = /\b(?:no degree|not completed|incomplete|(?:did not|didn't|never) (?:graduate|finish|complete)\w*|some college|(?:course ?work|credits|classes) (?:toward|towards)|without (?:a )?degree|non-degree|left (?:before graduating|without (?:a )?degree)|dropped out)\b/i;
const EDUCATION_WORD = /\b(?:college|university|school|degree|course ?work|studies|studied|diploma|academy|institute|polytechnic|A\.?S\.?|B\.?S\.?c?|B\.?A\.?|associate|bachelor\w*|credits|classes)\b/i;

/** (s49) A degree asked or a comparable vocational training, and a resume's line of one. */
// (s55: a training named first, "Abgeschlossene Ausbildung als Fachinformatiker oder Studium der Informatik", read with
// the stand-in "training"; or "a completed vocational qualification or a degree".)
const VOCATIONAL_ASK = /\b(?:vergleichbare|gleichwertige|entsprechende)\s+(?:\w+\s+)?(?:Ausbildung|Qualifikation)|\b(?:comparable|equivalent|relevant)\s+(?:vocational\s+)?(?:training|apprenticeship|vocational qualification)\b|\bapprenticeship\b|\bformation (?:\u00e9quivalente|similaire)\b|\babgeschlossene\s+(?:\w+\s+)?(?:(?:Berufs)?ausbildung|training)\b|\bBerufsausbildung\b|\b(?:Ausbildung|training)\s+(?:als|zum|zur)\b|\bvocational (?:training|qualification|diploma)\b/i;
/** (s57) A technical field of study or training, in German and English: Informatik, IT, electronics, systems integration, computing. */
const TECH_TRAINING = /Informati\w*|Fachinformatiker\w*|(?<![\p{L}])(?:IT|EDV)(?![\p{L}])|Elektro\w*|Systemintegration|Anwendungsentwicklung|Mechatroni\w*|comput\w*|software|electronic\w*|network\w*|Netzwerk\w*/iu;
/** (s60 lead) A trade's training named by its title, as the Nordic and German countries name them: Danish "datatekniker", Norwegian "fagbrev i IKT-servicefag", German "Fachinformatiker". */
const TRAINING_TITLE = /(?<![\p{L}])(?:datatekniker|IT-supporter|elektriker|IKT-servicefag|dataelektroniker|Fachinformatiker|IT-Systemelektroniker|Elektroniker)(?![\p{L}])/iu;
const VOCATIONAL_SHOWN = /\(IHK\)|\bIHK\b|\b(?:Berufs)?ausbildung\b|\bFachinformatiker\w*|\bAusbildung zu[mr]?\b|\bapprenticeship\b|\b(?:NVQ|BTEC|HNC|HND)\b|\bLevel [345] (?:apprenticeship|diploma)\b/i;
/** A technical field of study: computing, networks and systems administration, engineering, mathematics, the physical sciences, data. */
const TECH_FIELD = /\b(?:comput\w*|software|informati\w*|information (?:systems|technology)|electrical|electronics?|engineering|math\w*|physics|statistic\w*|data|cyber\w*|network\w*|telecom\w*|systems? administration|technolog\w*|robotics|mechatronics|security|geomatics|geoinformatics|geographic information \w+|GIS|CS|EE|IT|STEM)\b/i;

/** A degree held in a technical field: its field, or a line of the resume that names the field ("Diplôme d'ingénieur (Bac+5), informatique"). */
function techDegree(field: string, text: string | undefined): boolean {
  if (TECH_FIELD.test(field) || TECH_FIELD_ABROAD.test(field)) return true;
  return (text ?? '').split('\n').some((l) => l.includes(field) && (TECH_FIELD.test(l.replace(field, ' ')) || TECH_FIELD_ABROAD.test(l)));
}

/** A technical field named in another language: "Engenharia Informática", "Ingeniería de Sistemas", "Génie logiciel", "Informatik". */
// (s49: geomatics, "G\u00e9omatique", "Geomatik", "Geoinformatik", is a technical field: mapping and surveying by computer.)
// (s50: a German compound of a field and Informatik, "Wirtschaftsinformatik", "Medieninformatik", "Medizininformatik", is one too.)
// (s62 lead: systems and networks in French and Italian, "Administration des systèmes et réseaux"; computing in Serbian,
// Slovenian, Russian, Bulgarian, Vietnamese and Latvian, "Ra\u010dunarstvo", "\u0418\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u043a\u0430", "\u041a\u043e\u043c\u043f\u044e\u0442\u044a\u0440\u043d\u0438 \u043d\u0430\u0443\u043a\u0438", "Công ngh\u1ec7 thông tin".)
// (s55: statistics and mathematics in French and Spanish, "Master Statistique et Science des Données", "Licenciatura en Estadística".)
const TECH_FIELD_ABROAD = /(?<![\p{L}])(?:g[e\u00e9]omati\p{L}*|geoinformati\p{L}*|inform[a\u00e1]ti\p{L}*|\p{L}*informatik\p{L}*|ing[e\u00e9]ni\p{L}*|engenhar\p{L}*|g\u00e9nie|ingegneri\p{L}*|computa(?:ci\u00f3n|\u00e7\u00e3o)|sistemas|matem[a\u00e1]tic\p{L}*|math\u00e9mati\p{L}*|statisti\p{L}*|estad[i\u00ed]stic\p{L}*|estat[i\u00ed]stic\p{L}*|f[i\u00ed]sica|elektro\p{L}*|telecomunica\p{L}*|t\u00e9l\u00e9com\p{L}*|r\u00e9seaux|syst\u00e8mes|sistemi|redes|ra\u010dunarstv\p{L}*|ra\u010dunalni\u0161tv\p{L}*|\u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u043a\p{L}*|\u0432\u044b\u0447\u0438\u0441\u043b\u0438\u0442\u0435\u043b\u044c\u043d\p{L}*|\u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u043d\p{L}*|\u043a\u043e\u043c\u043f\u044e\u0442\u044a\u0440\u043d\p{L}*|\u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\p{L}*|\u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u043e\u043d\u043d\u0438|c\u00f4ng\s+ngh\u1ec7\s+th\u00f4ng\s+tin|khoa\s+h\u1ecdc\s+m\u00e1y\s+t\u00ednh|datorzin\u0101tn\p{L}*|inform\u0101cijas\s+tehnolo\u0123ij\p{L}*)(?![\p{L}])/iu;

/** A month and year, or a year ("June 2028", "2028"). */
const WHEN = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d`;
/** The graduation an item asks (or the degree's completion): a window ("between December 2027 and June 2028"), a latest ("by June 2027") or a term ("in 2027"). */
const GRAD_ASKED = new RegExp(String.raw`\b(?:graduat\w*|complet(?:ed|ing|ion)|conferred|awarded)(?:\s[^.;]{0,100}?)?\s+(?:(?:between|from)\s+(${WHEN})\s+(?:and|to|through|-|\u2013)\s+(${WHEN})|(?:by|before|no later than)\s+(${WHEN})|in\s+(${WHEN}))`, 'i');
/** The graduation a resume gives as still to come ("expected June 2028", "Class of 2028", "May 2027 (expected)"). */
const GRAD_SHOWN = new RegExp(String.raw`\b(?:expected|anticipated|graduating|expected graduation|class of)\s*:?\s*(?:in\s+)?(${WHEN})|(${WHEN})\s*\(?(?:expected|anticipated)\b`, 'i');

/** A graduation window asked against the one the resume expects: met inside it, unmet outside; null when either is not said. */
function graduationVerdict(item: string, resumeText: string): Judged | null {
  const asked = GRAD_ASKED.exec(item);
  const shown = GRAD_SHOWN.exec(resumeText);
  if (!asked) return null;
  // (s49) No graduation expected, but a degree completed, its date given ("B.S. Computer Science, Northeastern University,
  // May 2024"): a graduate before the window asked has already graduated, not one graduating in it.
  if (!shown) {
    const done = resumeText.split('\n').find((l) => DEGREE_WORD.test(l) && !UNDERWAY.test(l) && new RegExp(WHEN).test(l));
    const when = done ? [...done.matchAll(new RegExp(WHEN, 'g'))].pop()?.[0] : undefined;
    const at = when ? pointOf(when, 'last') : null;
    const from = asked[1] ? pointOf(asked[1], 'first') : asked[4] ? pointOf(asked[4], 'first') : null;
    if (at === null || from === null || at >= from) return null;
    return { verdict: 'unmet', evidence: `The resume shows a degree completed in ${when} (\u201c${lineOf(done!)}\u201d); graduation ${asked[1] ? `${asked[1]} \u2013 ${asked[2]}` : `in ${asked[4]}`} asked.` };
  }
  const said = (shown[1] ?? shown[2])!;
  const at = pointOf(said, 'mid');
  const from = asked[1] ? pointOf(asked[1], 'first') : Number.NEGATIVE_INFINITY;
  const to = asked[2] ? pointOf(asked[2], 'last') : asked[3] ? pointOf(asked[3], 'last') : asked[4] ? pointOf(asked[4], 'last') : Number.POSITIVE_INFINITY;
  const lower = asked[4] ? pointOf(asked[4], 'first') : from;
  if (at === null || lower === null || to === null) return null;
  const window = asked[1] ? `${asked[1]} \u2013 ${asked[2]}` : asked[3] ? `by ${asked[3]}` : `in ${asked[4]}`;
  return at >= lower && at <= to
    ? { verdict: 'met', evidence: `The resume expects graduation in ${said}; graduation ${window} asked.` }
    : { verdict: 'unmet', evidence: `The resume expects graduation in ${said}; graduation ${window} asked.` };
}

/** A month count for "June 2028"; a year alone is its first, its last or its middle month, as asked. */
function pointOf(s: string, year: 'first' | 'last' | 'mid'): number | null {
  const p = parsePoint(s);
  if (!p) return null;
  if (!p.yearOnly) return p.month;
  const y = Math.floor(p.month / 12) * 12;
  return year === 'first' ? y : year === 'last' ? y + 11 : y + 5;
}

/** Two alternatives of one item ("3+ years, or a PhD"): the better verdict decides, with the evidence of both. */
function either(a: Judged, b: Judged): Judged {
  const order = ['met', 'partial', 'unmet', 'unknown'] as const;
  const best = order.find((v) => a.verdict === v || b.verdict === v)!;
  const first = a.verdict === best ? a : b;
  // Met by one: that one is the evidence. Otherwise both say what is missing.
  return { verdict: best, evidence: best === 'met' ? first.evidence : `${first.evidence} ${first === a ? b.evidence : a.evidence}` };
}

/** Two parts of one item: met when both are, unmet when both are, unknown when neither can be told; else partial. */
function both(a: Judged, b: Judged): Judged {
  const evidence = `${a.evidence} ${b.evidence}`;
  if (a.verdict === b.verdict) return { verdict: a.verdict, evidence };
  if (a.verdict === 'unknown' || b.verdict === 'unknown') {
    const known = a.verdict === 'unknown' ? b.verdict : a.verdict;
    // What can be told decides, but never "met" on half the item.
    return { verdict: known === 'met' ? 'partial' : known, evidence };
  }
  return { verdict: 'partial', evidence };
}

/**
 * What the verdicts make of each skill a requirement names. A skill of a group
 * that another of its skills meets is a choice the user need not make (`metBy`),
 * unless some group the resume does not meet asks for it too. A skill of an
 * unmet group is lacking, and any one of the group's skills (`anyOf`) would do.
 * A skill that meets a group lists the group's other skills (`options`), shown as "or".
 * A degree's fields are not skills to lack once the degree is met (`satisfied`);
 * they offer no choices either way.
 */
export function skillChoices(items: readonly RequirementItem[], verdicts: readonly RequirementVerdict[]) {
  const metBy = new Map<string, string>();
  const anyOf = new Map<string, Set<string>>();
  const options = new Map<string, Set<string>>();
  const satisfied = new Set<string>();
  items.forEach((item, i) => {
    // A degree's fields ("in Computer Science or a related field") are not skills to lack once the degree is met.
    if (item.kind === 'degree') {
      if (verdicts[i]?.verdict === 'met') for (const g of item.groups) for (const id of g) satisfied.add(id);
      return;
    }
    // (The verdict's groups: the item's, or one group where the years of a thing and of its kinds were judged together.)
    const judged = verdicts[i]?.groups;
    const groups = judged ? judged.map((g) => ({ met: g.met, ids: g.met ? [g.met, ...g.options] : g.options })) : item.groups.map((ids) => ({ met: null, ids }));
    groups.forEach(({ met, ids: g }) => {
      if (met !== null && g.length > 1) {
        const others = options.get(met) ?? new Set<string>();
        for (const o of g) if (o !== met) others.add(o);
        options.set(met, others);
      }
      for (const id of g) {
        // (s44) A skill the verdict found shown in the resume's words ("Two-week sprints" for agile, a role in the industry)
        // is not lacking in the skill lists either.
        if (id === met) {
          satisfied.add(id);
          continue;
        }
        if (met !== null) {
          if (!metBy.has(id)) metBy.set(id, met);
        } else if (verdicts[i]?.verdict === 'met' && g.length === 1) {
          // A row judged met as a whole ("Event-driven architecture with Kafka or SNS/SQS", shown by the tools it names)
          // leaves none of its own asks to lack.
          satisfied.add(id);
        } else {
          const others = anyOf.get(id) ?? new Set<string>();
          for (const o of g) if (o !== id) others.add(o);
          anyOf.set(id, others);
        }
      }
    });
  });
  for (const id of anyOf.keys()) {
    metBy.delete(id); // asked elsewhere with nothing to stand in for it
    satisfied.delete(id);
  }
  const lists = (m: Map<string, Set<string>>): ReadonlyMap<string, readonly string[]> => new Map([...m].map(([id, s]) => [id, [...s]]));
  /**
   * metBy: choice → the skill that met its group; anyOf: lacking skill → the others of its group; options: meeting
   * skill → its group's others; satisfied: fields of a degree the resume meets (neither shared nor lacking).
   */
  return { metBy: metBy as ReadonlyMap<string, string>, anyOf: lists(anyOf), options: lists(options), satisfied: satisfied as ReadonlySet<string> };
}
export type SkillChoices = ReturnType<typeof skillChoices>;

/** "Work in a regulated industry", "a highly regulated environment": met by a role in one (REGULATED); else null (unknown). */
function regulatedVerdict(ask: string, profile: Profile | null, text: string): Judged | null {
  if (!REGULATED_ASK.test(ask)) return null;
  const shown = domainsShown(REGULATED, profile, text);
  const first = REGULATED.find((id) => shown.has(id));
  return first ? { verdict: 'met', evidence: `The resume says \u201c${shown.get(first)!.evidence}\u201d.` } : null;
}

/**
 * ", a good part of it on", "some of it in", "most of them with": the part of the years spent on what follows; ",
 * including time as the technical lead of an SRE group": a stint within the years, with no count of its own.
 */
/** Years of infrastructure work named in words ("6+ years of infrastructure work", "of ops experience"), and the titles of its roles. */
/** (s48) A rate of requests, queries, events or transactions: "100k+ requests per second", "8,000 queries a second", "6M requests a day", "50k QPS". */
const RATE = /(?<![\w.,])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(k|K|M|million|thousand|bn|billion)?\+?\s*(?:(?:(?:bid|API|HTTP|search|ad|database|DB)\s+)?(requests?|queries|query|calls|messages|events|transactions|payments)\s*(?:(?:(?:per|a|an|each)\s+|\/\s*)(second|sec|s|minute|min|hour|day)\b)|(QPS|RPS|TPS|req\/s|reqs\/s|msgs?\/s|events\/s)\b)/gi;
const RATE_KIND: Readonly<Record<string, string>> = { request: 'requests', requests: 'requests', queries: 'requests', query: 'requests', calls: 'requests', qps: 'requests', rps: 'requests', 'req/s': 'requests', 'reqs/s': 'requests', messages: 'events', events: 'events', 'msg/s': 'events', 'msgs/s': 'events', 'events/s': 'events', transactions: 'transactions', payments: 'transactions', tps: 'transactions' };
const PER_SECOND: Readonly<Record<string, number>> = { second: 1, sec: 1, s: 1, minute: 60, min: 60, hour: 3600, day: 86400 };
const SCALE: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };
/** The rates a text gives, each with its kind, its figure per second, its words and its line. */
function ratesIn(text: string): Array<{ kind: string; perSecond: number; said: string; line: string }> {
  return [...text.matchAll(RATE)].map((m) => {
    const n = Number(m[1]!.replace(/,/g, '')) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
    const kind = RATE_KIND[(m[3] ?? m[5] ?? '').toLowerCase()] ?? 'requests';
    const per = m[5] ? 1 : (PER_SECOND[(m[4] ?? 'second').toLowerCase()] ?? 1);
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    return { kind, perSecond: n / per, said: m[0].trim(), line: text.slice(start, end < 0 ? text.length : end) };
  });
}
/** (s48) A standard by its body and number: "IEC 62443", "ISO 27001", "DO-178C", "ISO/IEC 17025", "MIL-STD-810", "HL7 v2", "ARINC 429". */
const STANDARD_NAMED = /\b(?:ISO(?:\/IEC)?|IEC|EN|IEEE|NIST(?: SP)?|DO|ARINC|MIL-STD|SAE|ASTM|ETSI|ITU-T)[- ]?\d{2,}|\bHL7\b/;
/** (s48) A role titled for site reliability: it carries the pager ("Site Reliability Engineer II", "SRE", "Production Engineer"). */
const SRE_TITLE = /\b(?:site reliability|SRE|production engineer|reliability engineer)\b/i;
/** (s53) Documents written for others to read: guides, documentation, an API reference, tutorials, handbooks, manuals. */
const DOCS_WRITTEN = /\b(?:wrote|writes|writing|written|authored|author of)\b[^\n.;]{0,50}?\b(?:documentation|docs|guides|user guides?|API references?|reference docs|tutorials?|handbooks?|manuals?|READMEs?|design docs?)\b/i;
/** (s53) On-call asked in words: a pager carried, a pager rotation, "astreinte", "Rufbereitschaft". */
const PAGER_ASK = /\b(?:carry(?:ing)?|hold(?:ing)?|wear(?:ing)?|tak(?:e|ing)|shar(?:e|ing))\s+(?:a|the)\s+pager\b|\bpager\s+(?:duty|rotations?|shifts?|weeks?)\b|\bastreintes?\b|\bRufbereitschaft\b|\bBereitschaftsdienste?\b/i;
const PAGER_SHOWN = /\bon[- ]call\b(?!\s+(?:schedul\w+|tool\w*|app\w*|software)\b)|\b(?:carr(?:y|ied|ies|ying)|held|hold(?:s|ing)?|own(?:ed|s|ing)?)\s+(?:a|the)\s+pager\b|\bincident\s+(?:commander|lead)\b|\bastreintes?\b/i;
/** (s53) Incidents commanded: "incident commander for 25 production incidents", "incident lead when the feed went down". */
const INCIDENTS_LED = /\bincident\s+(?:commander|lead)\b|\b(?:led|ran|commanded)\s+(?:the\s+)?(?:response|responses)\s+to\s+(?:\d+\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:incidents|outages?)\b/i;
/** (s53) A record of speed gained asked: "making slow services measurably faster", "speeding up slow queries". */
const FASTER_ASK = /\b(?:mak(?:e|es|ing)|made|get(?:s|ting)?)\s+(?:[\w-]+\s+){0,3}(?:measurably\s+|much\s+)?(?:faster|quicker|snappier)\b|\bspeed(?:ing)?\s+up\s+(?:slow\s+)?(?:services?|systems?|queries|pages?|apps?|applications?|code)\b|\bimprov(?:e|es|ed|ing)\s+(?:the\s+)?(?:latency|response times?|page load times?)\b/i;
const FASTER_SHOWN = /\b(?:cut|cutting|reduc(?:e|ed|es|ing)|lower(?:ed|ing)?|halv(?:e|ed|es|ing)|dropp(?:ed|ing)|brought|trimm(?:ed|ing)|shav(?:ed|ing))\b[^\n]{0,60}?\b(?:latency|latencies|p(?:50|90|95|99|999)|response times?|pause times?|run ?times?|load times?|query times?|page loads?|build times?)\b|\b(?:latency|latencies|p(?:50|90|95|99|999)|response times?|load times?|query times?)\b[^\n]{0,40}?(?:\bfrom\s+[\d.,]+\s*(?:ms|s|sec|seconds|minutes|min)\s+to\s+[\d.,]+\s*(?:ms|s|sec|seconds|minutes|min)\b|\bdown\s+(?:by\s+)?\d+\s*%|\b(?:cut|reduced)\s+by\s+\d)|\b\d+(?:\.\d+)?\s*(?:x|times)\s+faster\b/i;
const INFRA_WORK = /\b(?:infrastructure|infra|operations|ops|systems|platform)\s+(?:work|experience|engineering)\b/i;
const INFRA_TITLE = /\b(?:infrastructure|infra|systems?|platform|SRE|site reliability|reliability|devops|operations|cloud|network|storage)\b/i;
/** "10+ years overall IT experience with 5+ years on AWS": years overall, then the years of the skills named after them. */
const OVERALL_WITH_SKILL = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs)\b[^,;.]{0,40}?\b(?:overall|total|in total|professional|industry|IT)\b[^,;.]{0,30}?\b(?:with|including|of which)\s+(?:at least\s+)?(\d{1,2})\s*\+?\s*(?:years?|yrs)\b/i;
/** The kinds of role the years are asked in: "as a systems or cloud engineer", "in a DevOps, build/release or systems role". */
const TITLED_YEARS = /\b(?:years?|yrs)\b[^.;]{0,40}?\b(?:as|in)\s+(?:an?\s+)?((?:[\w-]+\s*(?:,|\/|\bor\b|\band\/or\b)\s*(?:or\s+)?){0,4}[\w-]+)\s+(?:engineering\s+(?=roles?\b|positions?\b))?(?:engineers?|administrators?|developers?|architects?|analysts?|roles?|positions?)\b/i;
/**
 * (s46) Kinds of role of one family: a cloud or infrastructure engineer's role ("Cloud Engineer", "Infrastructure Engineer")
 * is a DevOps or platform engineering role by another name (not an SRE's: years on call for services are not asked of it).
 */
const DEVOPS_KIND = /^(?:devops|dev ops|platform|plataforma|plateforme)$/i;
/** (s47) The kinds after the noun, in Spanish or French order: "4 años de experiencia en roles de DevOps, SRE o plataforma". */
const TITLED_ABROAD = /\b(?:years?|yrs|a\u00f1os|ans)\b[^.;]{0,40}?\b(?:in|en|dans)\s+(?:(?:los|las|des)\s+)?(?:roles?|puestos?|posiciones?|postes?|fonctions?)\s+(?:of|de|d['\u2019]|como|as)\s*((?:[\w\u00c0-\u00ff-]+\s*(?:,|\/|\bor\b|\bo\b|\bou\b)\s*){0,4}[\w\u00c0-\u00ff-]+)/i;
const INFRA_NAMED = /\b(?:cloud|infrastructure|infra|platform)\s+(?:engineer|developer|architect)/i;
/** (s53) French: "3 ans d'exp\u00e9rience sur un poste DevOps ou SRE", "en tant que d\u00e9veloppeur backend". */
// (The ask reaches here in its English stand-in, "3 yrs experience sur a poste DevOps or SRE": both forms are read.)
const TITLED_FR = /\b(?:ans|yrs?|years?)\b[^.;]{0,40}?\b(?:sur\s+(?:un|a)\s+poste|en\s+tant\s+que)\s+(?:de\s+|d['\u2019]\s*)?((?:[\w\u00c0-\u00ff-]+\s*(?:,|\/|\bou\b|\bor\b)\s*){0,4}[\w\u00c0-\u00ff-]+)/i;
/**
 * (s54) "as" in the posting's own language, the kinds of role after it: "4 a\u00f1os de experiencia como SRE, DevOps o
 * administraci\u00f3n de sistemas", "3 Jahre Erfahrung als SRE oder DevOps Engineer", "2 anni come sistemista o DevOps",
 * "3 lata jako administrator lub DevOps". (The ask may reach here in its English stand-in, "4 yrs of experience como SRE".)
 */
const TITLED_AS_ABROAD = /\b(?:years?|yrs|a\u00f1os|anos|ans|Jahre|anni|jaar|lat|lata)\b[^.;]{0,40}?(?<![\w\u00c0-\u017f])(?:como|als|come|comme|jako)\s+(?:(?:un|una|une|um|uma|ein|eine|einem|einer|een)\s+)?((?:[\w\u00c0-\u017f-]+\s*(?:,|\/|\bor\b|\bo\b|\bou\b|\boder\b|\blub\b)\s*){0,4}[\w\u00c0-\u017f-]+)/i;
/** Words of a level or a manner, not a kind of role: "as a senior engineer", "in a hands-on role". */
const NOT_KIND = /^(?:senior|staff|principal|lead|head|junior|mid|mid-level|similar|related|relevant|technical|professional|full-time|hands-on|an?|the|this|that|such)$/i;

/** The years of the resume's roles whose titles name a kind of role the text asks the years in, or null. */
function titledYears(text: string, roles: Profile['roles']): { years: number; words: string } | null {
  const m = TITLED_YEARS.exec(text) ?? TITLED_ABROAD.exec(text) ?? TITLED_FR.exec(text) ?? TITLED_AS_ABROAD.exec(text);
  if (!m) return similarTitled(text, roles);
  const words = m[1]!.split(/\s*(?:,|\/|\bor\b|\band\/or\b|\bo\b|\bou\b|\boder\b|\blub\b)\s*/i).map((w) => w.trim()).filter((w) => w && !NOT_KIND.test(w));
  if (!words.length) return null;
  const re = new RegExp(`\\b(?:${words.map((w) => escapeRe(w.replace(/s$/i, ''))).join('|')})s?\\b`, 'i');
  const family = words.some((w) => DEVOPS_KIND.test(w));
  const at = roles.flatMap((r, i) => (re.test(r.title ?? '') || (family && INFRA_NAMED.test(r.title ?? '')) ? [i] : []));
  const kin = family && at.some((i) => !re.test(roles[i]!.title ?? '')) ? (at.some((i) => /\bplatform\b/i.test(roles[i]!.title ?? '') && !re.test(roles[i]!.title ?? '')) ? ', or a cloud, platform or infrastructure engineer' : ', or a cloud or infrastructure engineer') : '';
  return at.length ? { years: yearsOfRoles(roles, at), words: `${words.join(' or ')}${kin}` } : null;
}

// (s47: "8+ years in software overall, with real time in the code": years overall, then what they should hold.)
// (s54: "5+ years with Python, including Django": a name, or two, that closes the ask after "including", with no count of
// its own, is shown within the years; it need not have them all.)
// (s55: "10+ years of software engineering, with deep experience in storage or databases": the years are the field's, and
// the depth asked after "with deep experience in" is shown within them.)
// (s56: or after "and", "4+ years writing backend services and real experience with concurrency in Go".)
// (s58 lead: and a second clause with no comma, "built pipelines for six years and be comfortable with a cluster engine",
// "5+ years of Rust and experience with gRPC", "… and you know Nix well": the years are the first clause's.)
const PART_OF = /(?<=\b(?:overall|in total))\s*,\s*(?:with|and|including|plus)\b|,\s*(?:(?:a\s+)?(?:good|large|big|fair)\s+(?:part|share|chunk)|some|much|most|part|a lot)\s+of\s+(?:it|them|that time|those|which)\b|(?:,\s*(?:and\s+)?|\s+and\s+)(?:be|are|feel)\s+(?:very\s+|really\s+|fully\s+)?(?:comfortable|confident|fluent|familiar|at home|proficient|strong)\b|(?:,\s*|\s+)and\s+you\s+(?:know|understand|are\s+(?:comfortable|familiar|fluent|at home))\b|(?:,\s*|\s+)and\s+(?:some\s+|good\s+|working\s+)?(?:experience|familiarity|exposure)\s+(?:in|of|with)\b|,\s*(?:including|with)\s+(?:some\s+)?(?:time|a stint|a spell|a period)\s+(?:as|in|on|leading)\b|,\s*including\s+(?=[A-Z][\w.+#-]*(?:\s+(?:and|or)\s+[A-Z][\w.+#-]*)?\s*[.;]?\s*$)|(?:,\s*with|,?\s+and)\s+(?:(?:deep|strong|solid|proven|extensive|significant|real|hands-on)\s+)+(?:experience|expertise|background|knowledge)\s+(?:in|of|with)\b/i;

/** A term that names regulated work, and the industries under a regulator's rules whose roles show it. */
const REGULATED_TERM = /^term:(?:highly\s+)?regulated\s+(?:industr(?:y|ies)|environments?|sectors?|domains?|spaces?|businesses)$/i;
/** "a regulated industry", "a highly regulated environment"; (s53) in German and French, "in einer regulierten Branche", "un secteur r\u00e9glement\u00e9". */
const REGULATED_ASK = /\bregulated\s+(?:industr(?:y|ies)|environments?|sectors?|domains?|spaces?|businesses)\b|\bregulierte[nm]?\s+(?:Branchen?|Umfeld|Umgebung|Industrie|Sektor)\b|\b(?:secteurs?|environnements?|industries?|domaines?)\s+(?:tr\u00e8s\s+)?r\u00e9glement\u00e9e?s?(?![\w\u00c0-\u00ff])/i;
const REGULATED = ['fintech', 'payments', 'insurtech', 'health-tech', 'energy-systems', 'telecommunications', 'aerospace-defense', 'govtech'];

/** (s47) Words that offer the options after them as examples of a kind: "a … such as", "an … like", "un … como", "une … comme". */
// (s49: or a kind in the plural without an article, "front-end technologies such as React", "JVM languages like Kotlin".)
const KIND_EXAMPLES = /\b(?:an?|one|any|un|una|une|ein|eine|einem|einer)\s+(?:[\w\u00c0-\u00ff-]+\s+){1,4}?(?:such as|like|e\.g\.,?|for example|for instance|como|comme|tel(?:le)?s? que|wie|z\.\s?B\.)\s+$|(?:^|[\s(])(?:[\w-]+\s+){0,2}(?:technologies|frameworks|libraries|languages|databases|platforms|engines|orchestrators|warehouses)\s+(?:such as|like|e\.g\.,?|for example|for instance)\s+$/i;
/** (s47) "… or another regulated industry / product / environment": any industry under a regulator's rules is the other choice. */
// (s59 lead: the other choice may be "regulated" alone, as an adjective of the industry: "Healthcare or regulated-industry
// experience", "fintech or regulated environments".)
const OR_REGULATED = /\bor\s+(?:an?\s+)?(?:(?:another|any other|other|some other|a similar)\s+)?(?:highly\s+)?regulated[\s-]+(?:industr(?:y|ies)|environments?|sectors?|domains?|spaces?|products?|businesses|fields?|settings?)\b/i;
/** The rules of a regulated industry, named as its examples ("(PHIPA, HIPAA)", "(PCI DSS)"). */
const REGULATIONS = new Set(['hipaa', 'pci-dss', 'gdpr', 'sox-compliance', 'fedramp', 'dora-regulation', 'open-banking', 'regulatory-affairs', 'hitrust']);
/** (s47) "… or other 24x7 environment", "or another round-the-clock operation": work done around the clock is the other choice. */
const OR_ROUND_CLOCK = /\bor\s+(?:an?\s+)?(?:other|another|any other|some other|a similar)\s+(?:24\s*[x\/]\s*7|round[- ]the[- ]clock|always[- ]on)\b/i;
const ROUND_CLOCK_SHOWN = /\b24\s*[x\/]\s*7\b|\b(?:round|around)[- ]the[- ]clock\b|\bon[- ]call\b/i;
/** "…, or you're strong in another typed language", "or a similar IaC tool", "or any other cloud": a choice of another of a kind. */
const OR_ANOTHER = /,?\s+or\b[^.;]{0,50}?\b(?:another|any other|some other|a similar|a comparable)\s+/i;

/**
 * Whether the groups the resume does not show are only the other choice after "or … another" ("Go, or you're strong in
 * another typed language"): each met group named before the "or", each unmet one not named before it, and where named,
 * named in the clause after it (up to a semicolon, a full stop or ", and").
 */
/** A practice of a few words, the last in lower case (or one word in -ing), then the tools it is done with. */
// ("Event-driven systems on Kafka or NATS": the platform they run on is a tool too.)
const WITH_TOOLS = /^[\s\u2022*-]*((?:[A-Za-z][\w-]*\s+){0,3}[a-z][\w-]*|[A-Z][a-z]+ing)\s+(?:with|using|via|on)\s+(.+)$/;

/**
 * Whether an item reads "<practice> with <tools>" and the groups not shown are the practice only: none of their options
 * is named among the tools, and a group shown is ("Event streaming with Kafka or RabbitMQ" against Kafka consumers).
 * Not for a tool or language named first ("Python with Django": one word, no practice).
 */
function practiceWithTools(text: string, groups: ReadonlyArray<{ met: string | null; options: readonly string[] }>, name: (id: string) => string): boolean {
  const m = WITH_TOOLS.exec(text);
  if (!m || /\b(?:experience|knowledge|familiarity|understanding|expertise|exposure|proficiency|background|skills?)\b/i.test(m[1]!)) return false;
  const tools = m[2]!;
  // ("Apache Kafka" is written "Kafka".)
  const at = (id: string) => new RegExp(`(?<![\\w-])${escapeRe(name(id).replace(/^(?:Apache|Amazon|Google|Microsoft)\s+/, ''))}(?![\\w-])`, 'i').test(tools);
  return groups.some((g) => g.met !== null && at(g.met)) && groups.every((g) => g.met !== null || g.options.every((id) => !at(id)));
}

function orAnother(text: string, groups: ReadonlyArray<{ met: string | null; options: readonly string[] }>, name: (id: string) => string): boolean {
  const m = OR_ANOTHER.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length).split(/[;.]\s|,\s+and\b/)[0]!;
  const at = (id: string, within: string) => new RegExp(`(?<![\\w-])${escapeRe(name(id))}(?![\\w-])`, 'i').test(within);
  return groups.every((g) =>
    g.met !== null ? at(g.met, before) : g.options.every((id) => !at(id, before)) && (g.options.every((id) => !at(id, text)) || g.options.some((id) => at(id, after))),
  );
}

/** "…, or equivalent hands-on experience", "or an equivalent level of practical knowledge": the experience that may stand in. */
// (s47: and in Spanish, French or Portuguese word order, "o experiencia equivalente administrando Kubernetes", "ou expérience
// équivalente", as the posting or its English reading writes it.)
const OR_EQUIVALENT = /(?:,\s*)?\b(?:or|\/)\s+(?:an?\s+)?equivalent\s+(?:[\w-]+\s+){0,3}?(?:experience|knowledge|expertise|skills?)\b|(?:,\s*)?\b(?:o|ou|or)\s+(?:una?\s+|une\s+)?(?:experience|experiencia|exp\u00e9rience|experi\u00eancia)\s+(?:equivalente?|\u00e9quivalente?)\b/i;
/**
 * (s47) The field a certificate certifies, where "or equivalent experience" names none ("CCNP Enterprise or equivalent
 * experience"): work in it, shown in a dated role, stands in for the certificate.
 */
const CERT_FIELDS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^(?:CCNA|CCNP|CCIE|CCDP|CCT)$/, ['cisco', 'networking']],
  [/^(?:CKA|CKAD|CKS|KCNA)$/, ['kubernetes']],
  [/^(?:RHCSA|RHCE|LFCS|LPIC-?\d?)$/, ['linux']],
  [/^(?:JNCIA|JNCIS|JNCIP|JNCIE)$/, ['juniper', 'networking']],
  [/^(?:PCNSA|PCNSE)$/, ['palo-alto-networks', 'firewalls']],
  [/^(?:NSE\s?\d)$/, ['fortinet', 'firewalls']],
  [/^(?:OSCP|OSCE|OSWE|GPEN)$/, ['penetration-testing']],
  [/^(?:CISSP|CISM|CCSP|GSEC|Security\+)$/, ['security']],
  [/^(?:CISA)$/, ['grc', 'compliance']],
  [/^(?:PMP|PRINCE2)$/, ['project-management']],
];
/** A certificate named alone in a list before ", or N+ years" ("CISA, CISSP or an equivalent certification, or 5+ years"). */
const CERT_ACRONYM = /^(?:[A-Z][A-Z0-9]{2,6}\+?|[A-Z][a-z]+\+)$/;
/** A line that holds a certificate: under a heading of certificates, or saying so. */
const CERT_LINE = /\bcertifi\w*|\bcertificates?\b|\blicen[cs]es?\b|\bcredentials?\b/i;
/** Hiring asked ("Experience hiring engineers", "comfortable interviewing candidates"), and a line of the resume's own part in it. */
/**
 * (s47) Managing people asked ("managed a team of 5+ engineers", "people management experience", "experience as an
 * engineering manager"), not work run ("managing projects", "managing Kafka clusters").
 */
const MANAGE_ASK = /\b(?:manag(?:ed|e|es|ing)|line[- ]manag\w*)\s+(?:an?\s+|the\s+|your\s+own\s+)?(?:(?:engineering|software|development|small|large|distributed|cross-functional)\s+)?(?:teams?|engineers|developers|people|direct reports|reports|staff)\b|\b(?:people|line)\s+management\b|\b(?:as|been)\s+an?\s+(?:engineering\s+|software\s+|development\s+)?manager\b/i;
/** A manager's title: "Engineering Manager", "Manager, Platform Engineering", "Head of Data", "Director of Engineering", "Team Lead". */
const MANAGER_TITLE = /\b(?:(?:engineering|software|development|technical|delivery|IT|data|platform|infrastructure|QA|team|group|R&D)\s+manager|manager,?\s+(?:software|engineering|platform|data|infrastructure|development)|head\s+of|director|VP|vice\s+president|CTO|team\s+lead(?:er)?)\b/i;
/** A line that says people were managed: "Manage 7 engineers", "managed a team of six", "5 direct reports". */
const MANAGED_LINE = /\b(?:manag(?:e|ed|es|ing)|line[- ]manag(?:e|ed|ing)|line manager (?:to|of|for))\s+(?:a\s+(?:team|group)\s+of\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?:\s+[\w-]+){0,2}?\s*(?:engineers|developers|people|staff|analysts|testers|reports|direct reports|$|[.;,)])|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+direct\s+reports\b/i;
/** "years working at a staff level", "years as a principal engineer": years at a level a title names, asked alone. */
/** (s48) A level asked as experience at it, without years: "Experience as a staff or principal engineer", "Background at a principal level". */
/** (s54) Years asked as a lead: "4+ as a technical lead", "3 years as a team lead", "2+ yrs in a tech lead role". */
const LEAD_YEARS = /(?:^\W*\d{1,2}\s*\+?\s*|\b(?:years?|yrs)\b[^.;]{0,30}?)(?:as|in)\s+(?:an?\s+|the\s+)?(?:tech(?:nical)?|team|engineering)\s+lead(?:er)?s?\b/i;
const LEAD_TITLE = /\b(?:lead|leader|head\s+of|manager|staff|principal)\b/i;
const STAFF_AS = /\b(?:experience|background|time|worked|working)\s+(?:as|at)\s+(?:an?\s+|the\s+)?(staff|principal)(?:[- ](?:level|engineers?|developers?|roles?|capacity|scope))?\b/i;
const STAFF_YEARS = /\b(?:years?|yrs)\b[^.;]{0,30}?\b(?:at|as|in)\s+(?:an?\s+|the\s+)?(staff|principal)(?:[- ](?:level|engineers?|developers?|roles?|capacity|scope))?\b/i;

/** A certificate named alone before ", or N+ years" that the resume holds on a line of certificates, or null. */
function certificateHeld(ask: string, text: string): { cert: string; line: string } | null {
  const y = OR_YEARS.exec(ask);
  if (!y || !/\bcertifi\w*|\bcertificate\b/i.test(ask.slice(0, y.index))) return null;
  const names = ask.slice(0, y.index).split(/\s*(?:,|\/|\bor\b)\s*/).map((w) => w.trim()).filter((w) => CERT_ACRONYM.test(w));
  const lines = text.split('\n');
  let under = false;
  for (const l of lines) {
    if (/^\W*(?:certifications?|certificates?|licen[cs]es(?: (?:and|&) certifications?)?|credentials)\s*:?\s*$/i.test(l)) { under = true; continue; }
    if (/^\s*[A-Z][A-Z &]{3,}\s*$/.test(l)) under = false;
    const cert = names.find((n) => new RegExp(`(?<![\\w+-])${escapeRe(n)}(?![\\w+-])`).test(l));
    if (cert && (under || CERT_LINE.test(l)) && !UNDERWAY.test(l) && !/\b(?:studying|preparing|working towards?)\b/i.test(l)) return { cert, line: l };
  }
  return null;
}

/** (s48) A grasp asked, not work: "a strong grasp of", "understanding of", "solid grounding in", "... fundamentals". */
/** (s49) The software life cycle asked as a bank's postings ask it, the ids it is read as, and the titles of roles that build or test software. */
const LIFECYCLE_ASK = /\b(?:software development life\s?cycle|SDLC|software life\s?cycle)\b|\bapplication development,?\s+(?:and\s+)?testing\b|\boperational stability\b/i;
const STORE_TOOLS: ReadonlySet<string> = new Set(['app-store-connect', 'google-play-console']);
const LIFECYCLE: ReadonlySet<string> = new Set(['sdlc', 'system-design', 'automated-testing', 'unit-testing', 'software-testing']);
const BUILDER_TITLE = /\b(?:engineer|developer|programmer|tester|SDET|QA|quality assurance|devops|architect)\b/i;
/** (s49) Backend work in a line (services, APIs or jobs in a server language) or a role's heading (back-end, server, search platform). */
const BACKEND_LINE = /\b(?:Java|Python|Go|Golang|C#|\.NET|Ruby|Node\.js|Kotlin|Scala|Rust|PHP|Elixir|Erlang|Spring(?: Boot)?|Django|Flask|FastAPI|Rails|NestJS)\b[^\n]{0,50}?\b(?:[Ss]ervices?|APIs?|[Bb]ack-?ends?|[Mm]icroservices|(?:indexing|batch|background) jobs|workers)\b|\b(?:the|our|its|a|an)\s+(?:[\w-]+\s+){0,2}(?:[Ss]ervices?|APIs?|[Mm]icroservices)\b[^\n]{0,50}?\b(?:Java|Python|Go|Golang|C#|\.NET|Ruby|Node\.js|Kotlin|Scala|Rust|PHP|Elixir|Erlang|Spring(?: Boot)?|Django|Flask|FastAPI|Rails|NestJS)\b(?!\s+(?:SDK|client|app))/;
// ((s53) and the service named first, its language after: "latency of the quote service grew 10x after the Java 17 upgrade".)
// (s58) A system built in a server language on a server's store or broker, "Built the on-sale waiting room in Go: ... Redis
// for queue state": backend work whatever it is called. (Not a script in Python beside a database: Python is a scripting
// language as much as a server one.)
const BACKEND_BUILT = /\b(?:[Bb]uilt|[Ww]rote|[Dd]eveloped|[Ii]mplemented|[Dd]esigned)\b[^\n]{0,60}?\bin (?:Go|Golang|Java|Kotlin|Rust|C#|Scala|Elixir)\b[^\n]{0,80}?\b(?:Redis|Kafka|PostgreSQL|Postgres|MySQL|RabbitMQ|DynamoDB|Cassandra|gRPC|NATS)\b/;
/** (s58) The Windows estate asked: "Windows environments", "Windows-milj\u00f8er", "Windows-Umgebungen", "Windows infrastructure". */
const WINDOWS_ESTATE = /\bWindows[- ](?:environments?|estates?|infrastructure|platforms?|milj\u00f8\p{L}*|milj\u00f6\p{L}*|Umgebung\p{L}*|Infrastruktur\p{L}*|prost\u0159ed\p{L}*)/iu;
const BACKEND_TITLE = /\b(?:back-?end|server[- ]side|search (?:platform|infrastructure)|API platform)\b/i;
/** (s50) The words of options an ask says do not suffice: "RHCSA alone is not enough", "a CCNA by itself won't do", lower-cased. */
const NOT_ENOUGH = /\b([\w+#./-]+(?:\s+[\w+#./-]+){0,2}?)\s+(?:alone|by itself|on its own|only)\s+(?:is|are|would be|will be)\s+not\s+(?:enough|sufficient)|\b([\w+#./-]+(?:\s+[\w+#./-]+){0,2}?)\s+(?:alone|by itself|on its own)\s+(?:does not|doesn['\u2019]t|won['\u2019]t|will not)\s+(?:count|suffice|do|qualify)\b/gi;
function notEnough(text: string): string[] {
  return [...text.matchAll(NOT_ENOUGH)].map((m) => (m[1] ?? m[2]!).replace(/^(?:an?|the)\s+/i, '').toLowerCase());
}

/** (s50) Logs or stack traces read, asked ("reading logs and stack traces"), and a resume's line that read them. */
const LOGS_ASK = /\b(?:read(?:ing)?|dig(?:ging)?\s+(?:into|through)|comfortable\s+(?:with|reading)|mak(?:e|ing)\s+sense\s+of)\s+(?:\w+\s+){0,2}(?:logs?|stack\s*traces?|core\s+dumps?|crash\s+reports?)\b/i;
const LOGS_SHOWN = /\b(?:stack\s*traces?|core\s+dumps?|crash\s+(?:reports?|dumps?)|thread\s+dumps?|heap\s+dumps?|journalctl)\b|\b(?:read|reading|traced|tracing|dug|digging|combed|searched|parsed)\b[^.;\n]{0,40}\blogs?\b/i;

/** (s49) A technical direction asked ("set the technical direction", "shaped the architecture"), several teams named in a list ("for the catalog, recommendations and ads teams"), and a line that set one. */
// (s50: and the architecture led for a platform several teams use, "A record of leading architecture for an ML platform used
// by several teams", shown by "Led the architecture of the ML platform used by pricing, claims and fraud teams".)
const DIRECTION_ASK = /\b(?:set|setting|sets|shap\w+|defin\w+|driv\w+|own\w*|lead|led|leading)\s+(?:the\s+)?(?:overall\s+)?(?:technical|technology|architectur\w+|engineering)\s+(?:direction|vision|strategy|roadmap)\b|\b(?:lead|led|leading|own\w*|set|setting|shap\w+|defin\w+)\s+(?:the\s+)?architecture\s+(?:for|of)\b/i;
const SEVERAL_TEAMS = /\b(?:for|with|across|of|by)\s+(?:the\s+)?(?:[\w-]+,\s+)+(?:[\w-]+\s+)?(?:and|&)\s+[\w-]+\s+teams\b|\bseveral teams\b/i;
const DIRECTION_SHOWN = /\b(?:set|sets|shaped|defined|drove|owned|led|wrote)\b[^\n]{0,60}\b(?:direction|roadmap|vision|strategy|architecture|design docs?|standards|RFCs?)\b/i;
const GRASP_ASK = /\b(?:grasp|understanding|knowledge|grounding|foundations?|command)\s+(?:of|in)\b|\bfundamentals\b/i;
/** (s48) The grounding of an engineer's work that resumes rarely name: data structures and algorithms, system design. */
const FUNDAMENTALS: ReadonlySet<string> = new Set(['data-structures-algorithms', 'system-design']);
/** (s48) A certificate asked by its name alone: "Epic Bridges certification", "a PRINCE2 certificate", "Certified Scrum Master". */
/** (s49) An engineer's licence asked (Professional Engineer, P.Eng., Chartered Engineer), and a resume's line that holds one. */
const ENGINEER_LICENCE_ASK = /\b(?:registration|registered|licen[cs]ed?|licensure)\s+(?:as\s+)?(?:an?\s+)?(?:Professional\s+Engineer|P\.?\s?Eng\b|Chartered\s+Engineer)|\b(?:Professional\s+Engineer|Chartered\s+Engineer)\s*(?:\((?:PE|P\.E\.|P\.Eng\.?|CEng)\)\s*)?(?:licen[cs]e|registration|status|designation|required|is required)\b|\b(?:PE|P\.E\.|P\.Eng\.?|CEng)\s+(?:licen[cs]e|registration|status|designation)\b/i;
const ENGINEER_LICENCE_HELD = /,\s*(?:P\.\s?E\.|PE|P\.\s?Eng\.?|CEng)\s*$|\b(?:Professional\s+Engineer|Chartered\s+Engineer)\b(?!\s*(?:exam|\(?PE\)?\s+exam))|\bP\.\s?Eng\.?(?!\w)|\bCEng\b|\b(?:PE|P\.E\.)\s+(?:licen[cs]e|licensed|registration|#|No\.|number)\b|\blicensed\s+(?:PE|P\.E\.)\b/;
const NAMED_CERT = /^\W*(?:(?:[Aa]n?|[Tt]he|[Aa]ctive|[Cc]urrent|[Vv]alid)\s+)?(?!(?:Relevant|Appropriate|Professional|Industry|Technical|Any|Valid|Recogni[sz]ed|Vendor|Cloud|Security|Networking|Project|Agile|IT|Additional|Further|Formal)\b)((?:[A-Z][\w+&.-]*\s+){1,4})(?:certification|certificate)\s*(?:\([^()]*\))?\s*[.;]?\s*$/;
/** (s58) The same asked in the word order of the posting's language: "certifikace Microsoft", "certificazione Cisco", "Zertifizierung SAP". */
const NAMED_CERT_ABROAD = /^\W*(?:certifikac\p{L}*|certyfikat\p{L}*|certificazion\p{L}*|certificaci\u00f3n|certifica\u00e7\u00e3o|Zertifizierung(?:en)?|certifiering|sertifisering|certificering)\s+(?:(?:od|von|de|di|from)\s+)?((?:[A-Z][\w+&.-]*\s*){1,3})\s*[.;]?\s*$/u;
/** The resume's line that names a certificate (its name as written) under a heading of certificates or saying so, or null. */
function certificateNamed(cert: string, text: string): string | null {
  const re = new RegExp(`(?<![\\w+-])${escapeRe(cert)}(?![\\w+-])`, 'i');
  let under = false;
  for (const l of text.split('\n')) {
    if (/^\W*(?:certifications?|certificates?|licen[cs]es(?: (?:and|&) certifications?)?|credentials)\s*:?\s*$/i.test(l)) { under = true; continue; }
    if (/^\s*[A-Z][A-Z &]{3,}\s*$/.test(l)) under = false;
    if (re.test(l) && (under || CERT_LINE.test(l)) && !UNDERWAY.test(l) && !/\b(?:studying|preparing|working towards?)\b/i.test(l)) return l;
  }
  return null;
}

/** The years of the roles the resume held as a manager (see MANAGE_ASK), against the years asked (0: any). */
function managedVerdict(min: number, profile: Profile, text: string): Judged | null {
  const at = profile.roles.flatMap((r, i) => (MANAGER_TITLE.test(r.title ?? '') || text.slice(r.textStart, r.textEnd).split('\n').some((l) => MANAGED_LINE.test(l)) ? [i] : []));
  if (!at.length) {
    if (profile.roles.some((r) => !r.title)) return null;
    return { verdict: 'unmet', evidence: `No role of the resume is a manager\u2019s, by its title or its lines (${profile.roles.map((r) => r.title).slice(0, 3).join(', ')}).` };
  }
  const n = yearsOfRoles(profile.roles, at);
  const first = profile.roles[at[0]!]!;
  const line = text.slice(first.textStart, first.textEnd).split('\n').find((l) => MANAGED_LINE.test(l));
  const said = line ? `\u201c${lineOf(line)}\u201d` : `${first.title}`;
  if (min === 0 || n >= min) return { verdict: 'met', evidence: `${said}: ${years(n)} managing${min ? `; ${min}+ asked` : ''}.` };
  return { verdict: n > 0 ? 'partial' : 'unmet', evidence: `${said}: ${years(n)} managing; ${min}+ asked.` };
}
const HIRING_ASK = /\b(?:hiring|recruiting|interviewing)\s+(?:and\s+\w+\s+)?(?:engineers|developers|candidates|people|talent|a team|the team|staff)\b|\bexperience\s+(?:in\s+|with\s+)?(?:hiring|recruiting|interviewing)\b|\b(?:hired|recruited)\s+(?:and\s+\w+\s+)?(?:engineers|developers|people|talent|a team|staff)\b/i;
/** (s49) A team asked to be built as well as hired ("hiring engineers and building a team", "grow the team"), and a line that says one was. */
const BUILD_TEAM_ASK = /\b(?:build(?:ing)?|grow(?:ing)?|scal(?:e|ing))\s+(?:out\s+)?(?:an?\s+|the\s+|your\s+)?(?:new\s+|engineering\s+)?teams?\b/i;
const TEAM_BUILT = /\b(?:hired|recruited)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a team of)\b|\b(?:grew|built|scaled|grown|building|growing)\s+(?:out\s+)?(?:the|a|my|our)\s+(?:new\s+)?(?:[\w-]+\s+)?team\s+(?:from|to)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:built|started|founded|formed)\s+(?:the|a|our)\s+(?:[\w-]+\s+){0,2}team\b(?!\W*(?:'s|\u2019s))/i;
const HIRING_SHOWN = /\binterviewed\s+(?:over\s+|more than\s+)?\d+\+?\s+(?:candidates|engineers|people|applicants)|\b(?:conducted|ran|did)\s+(?:over\s+|more than\s+)?\d+\+?\s+(?:technical\s+)?interviews\b|\bhiring\s+(?:panel|committee|manager|loop|decisions?)\b|\b(?:hired|recruited)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a team of)\b|\bgrew the team from\s+\d+\s+to\s+\d+|\bbar raiser\b/i;
/** A move asked of the candidate: "Must relocate to Greenville, SC", "Relocation to Munich is required", "willing to move to Austin". */
const RELOCATE_ASK = /\b(?:relocat(?:e|ing)|move)\s+to\s+(?:the\s+)?[A-Z]|\brelocation\s+to\s+(?:the\s+)?[A-Z][^.;]{0,40}\b(?:required|needed|expected|a must)\b|\b(?:ability|able|willing(?:ness)?)\s+to\s+relocate\b/;
/** A resume's word on moving: "Open to relocation", "Willing to relocate", "Relocation: yes"; or against it ("Not open to relocation"). */
const RELOCATE_SAID = /\b(?:open|willing|happy|able|ready|prepared)\s+to\s+(?:relocat(?:e|ion|ing)|move)\b|\brelocation\s*:\s*(?:yes|open|willing|possible|not possible|no)\b|\bwill(?:ing to)? relocate\b|\b(?:unable|not willing|not open|cannot|can't)\s+to\s+relocate\b|\bnot\s+open\s+to\s+relocation\b/i;
const RELOCATE_REFUSED = /\b(?:unable|not willing|not open|cannot|can't)\s+to\s+relocate\b|\bnot\s+open\s+to\s+relocation\b|\brelocation\s*:\s*(?:no|not possible)\b/i;
/** ", or 4+ years …", ", or at least three years …": years offered after a certificate. */
const OR_YEARS = /,\s*or\s+(?:at least\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|ten)\s*\+?\s+years?\b/i;
/** (s48) "... or a comparable OT security certificate", "or a similar offensive certification": another certificate of a kind the words name. */
const COMPARABLE_CERT = /\bor\s+(?:an?\s+|any\s+)?(?:comparable|equivalent|similar|recogni[sz]ed|relevant|other)\s+(?:[\w/-]+\s+){0,3}(?:certifications?|certificates?|credentials?)\b/i;
/** An option that names a certificate: "term:CKA", "term:AZ-305", "term:AWS Solutions Architect Associate", "…-certification". */
const CERTIFICATE = /^term:(?:[A-Z][A-Z0-9+-]{1,7}|.*\b(?:certifi\w*|associate|professional|practitioner|specialist|expert))$|-certification$/i;

/**
 * "CKA or equivalent hands-on Kubernetes experience", "AWS Certified Solutions Architect – Associate, or equivalent
 * hands-on experience designing on AWS": a certificate (or a thing named before "or equivalent …") and the experience
 * that may stand in for it. Where the resume shows a skill named after "equivalent" (the item's own group, or any
 * skill the resume shows, named there in words), the groups named before stand aside: their indices, and the skill.
 */
function equivalentShown(
  text: string,
  groups: ReadonlyArray<{ met: string | null; options: readonly string[] }>,
  resume: ResumeFacts,
  name: (id: string) => string,
  soft: (id: string) => boolean,
): { groups: number[]; via: string } | null {
  // (s46) "AWS Certified Solutions Architect – Professional, or 4+ years designing production workloads on AWS": years
  // of the work named after the "or" stand in for a certificate named before it, as "or equivalent experience" does.
  const y = OR_YEARS.exec(text);
  const m = OR_EQUIVALENT.exec(text) ?? (y && /\bcertifi\w*|\bcertificate\b/i.test(text.slice(0, y.index)) ? y : null);
  if (!m) return bracketEquivalent(text, groups, name);
  const before = text.slice(0, m.index).toLowerCase();
  const after = text.slice(m.index).split(/[;.)](?:\s|$)/)[0]!;
  const named = (id: string, within: string) => {
    const n = name(id);
    const re = new RegExp(`(?<![\\w-])${escapeRe(n)}(?![\\w-])`, n.length >= 4 ? 'i' : '');
    return re.test(within);
  };
  // (A certificate held offers no years: beside years offered for it, its group stands aside whether held or not.)
  const aside = groups.flatMap((g, k) =>
    (g.met === null || m === y) && [...(g.met ? [g.met] : []), ...g.options].length > 0 && [...(g.met ? [g.met] : []), ...g.options].every((id) => CERTIFICATE.test(id) || (g.met === null && before.includes(name(id).toLowerCase()))) ? [k] : [],
  );
  if (aside.length === 0) return null;
  // The experience: a group of the item met and named after "equivalent", else a skill the resume shows named there.
  // ("Kubernetes in depth (CKAD or equivalent practical experience)": in a bracket, the thing the bracket follows.)
  const inBracket = /\([^()]*$/.test(text.slice(0, m.index)) && !/[^\s)]/.test(after.replace(m[0].replace(/^,\s*/, ''), '').replace(/\s+/g, ''));
  const own = groups.find((g, k) => !aside.includes(k) && g.met !== null && (m === y || named(g.met, after) || (inBracket && named(g.met, text.slice(0, text.lastIndexOf('(', m.index))))))?.met;
  const via = own ?? [...resume.covered.keys()].find((id) => !id.startsWith('term:') && !soft(id) && named(id, after));
  if (via) return { groups: aside, via };
  // (s47) "CCNP Enterprise or equivalent experience": nothing named after "equivalent", the certificate's own field, shown
  // in a dated role, is the experience.
  if (m === y || !/^\W*(?:or|o|ou|\/)?\s*(?:an?\s+|una?\s+|une\s+)?(?:equivalent|equivalente?|\u00e9quivalente?|experience|experiencia|exp\u00e9rience)(?:\s+(?:equivalent|equivalente?|\u00e9quivalente?|professional|work|practical|hands-on|industry|relevant))*\s+(?:experience|experiencia|exp\u00e9rience|knowledge|expertise|skills?)?\s*$/i.test(after.replace(/^,\s*/, ''))) return null;
  const certs = aside.flatMap((k) => [...(groups[k]!.met ? [groups[k]!.met!] : []), ...groups[k]!.options]).map((id) => id.replace(/^term:/, ''));
  const fields = CERT_FIELDS.filter(([re]) => certs.some((c) => re.test(c.split(/[\s-]/)[0]!))).flatMap(([, ids]) => ids);
  const field = fields.find((id) => resume.covered.has(id) && (resume.profile?.skillRoles[id]?.length ?? 0) > 0);
  return field ? { groups: aside, via: field } : null;
}

/** (s59 lead) Certificates that are steps of one ladder, lowest first: Cisco's, Juniper's, Red Hat's. */
const CERT_LADDERS: ReadonlyArray<readonly string[]> = [
  ['CCNA', 'CCNP', 'CCIE'],
  ['JNCIA', 'JNCIS', 'JNCIP', 'JNCIE'],
  ['RHCSA', 'RHCE', 'RHCA'],
];
/** The highest step of a ladder the ask names, and a lower step the resume holds where it names none as high: or null. */
function lowerTierHeld(ask: string, text: string | undefined): { asked: string; held: string } | null {
  if (text === undefined) return null;
  const says = (s: string, step: string) => new RegExp(`(?<![A-Za-z])${step}(?![A-Za-z])`).test(s);
  for (const ladder of CERT_LADDERS) {
    const top = ladder.findLastIndex((step) => says(ask, step));
    if (top <= 0 || ladder.slice(top).some((step) => says(text, step))) continue;
    const held = ladder.slice(0, top).findLast((step) => says(text, step));
    if (held) return { asked: ladder[top]!, held };
  }
  return null;
}

/** "(RHCSA or equivalent)", "(CKA, or an equivalent certification)": a certificate in a bracket, "or equivalent" closing it. */
const BRACKET_EQUIVALENT = /\(([^()]*?),?\s+or\s+(?:an?\s+)?equivalent(?:\s+(?:certifications?|certificates?|credentials?|qualifications?))?\s*\)/i;

/**
 * "Red Hat Enterprise Linux administration (RHCSA or equivalent)": the certificate in the bracket glosses the thing the
 * bracket follows; where the resume shows a thing the item names outside the bracket, the certificate's groups stand
 * aside (as with "or equivalent experience"). Groups named outside the bracket and not shown still count.
 */
function bracketEquivalent(text: string, groups: ReadonlyArray<{ met: string | null; options: readonly string[] }>, name: (id: string) => string): { groups: number[]; via: string } | null {
  const b = BRACKET_EQUIVALENT.exec(text);
  if (!b) return null;
  const inside = b[1]!.toLowerCase();
  const aside = groups.flatMap((g, k) => (g.met === null && g.options.length > 0 && g.options.every((id) => CERTIFICATE.test(id) && inside.includes(name(id).toLowerCase())) ? [k] : []));
  if (aside.length === 0) return null;
  // (Whatever the item names outside the bracket, in the resume's words or the taxonomy's, is what the bracket glosses.)
  const via = groups.find((g, k) => !aside.includes(k) && g.met !== null)?.met;
  return via ? { groups: aside, via } : null;
}

function evidenceOf(ids: readonly string[], resume: ResumeFacts, name: (id: string) => string): string {
  return ids
    .map((id) => {
      const c = resume.covered.get(id)!;
      return `${name(id)}${c.via !== id ? ` (via ${name(c.via)})` : ''} — “${c.evidence}”`;
    })
    .join('; ');
}

/** An ask that the military service owed be done or excused. (s61 lead: or its status, "Military status: completed or exempted", and Nigeria's national youth service, "NYSC certificate".) */
const MILITARY_ASK = /\b(?:military|army|national)\s+(?:service|obligations?|duty|status)\b|\bNYSC\b|\bnational\s+youth\s+service\b/i;
/** A resume's line that says it is: "Military service completed (2019)", "Military obligations: fulfilled", "exempt from military service". */
const MILITARY_DONE =
  /\b(?:military|army|national)\s+(?:service|obligations?|duty)\b[^.\n]{0,25}\b(?:completed?|fulfilled|done|served|exempt(?:ed|ion)?)\b|\b(?:completed|fulfilled|served|exempt(?:ed)? from)\s+(?:my\s+|the\s+)?(?:compulsory\s+|mandatory\s+)?(?:military|army|national)\s+(?:service|obligations?|duty)\b/i;

/**
 * (s61 lead) A resume's own line under a heading of the service ("MILITARY STATUS" then "Exempted"; "MILITARY SERVICE" then
 * "Hellenic Army, 2013 \u2013 2014 (completed)"), or a line of the service that says it done ("NYSC: completed 2020").
 */
const MILITARY_HEADING = /^\s*(?:military\s+(?:service|status|obligations?)|NYSC|national\s+(?:youth\s+)?service)\s*:?\s*$/i;
const MILITARY_SAID_DONE = /\b(?:completed?|fulfilled|done|served|exempt(?:ed|ion)?|discharged)\b|\b(?:19|20)\d\d\s*[\u2013-]\s*(?:19|20)\d\d\b/i;
function militaryUnder(line: string, above: readonly string[]): boolean {
  if (!MILITARY_SAID_DONE.test(line)) return false;
  return /^\s*(?:NYSC|national\s+youth\s+service)\b/i.test(line) || above.some((h) => MILITARY_HEADING.test(h));
}

/**
 * (s56) "GCP (GKE, Cloud SQL, Pub/Sub) or equivalent AWS experience": the platform named after "or equivalent" is the other
 * way in, and the ask is met where its group is (the tools in the bracket are the first way's).
 */
const OR_EQUIVALENT_NAMED = /\bor\s+(?:an?\s+)?(?:equivalent|comparable|similar)\s+((?:[A-Z][\w.+#-]*)(?:\s+[A-Z][\w.+#-]*)?)\s+(?:experience|skills|knowledge|background)\b/;
/**
 * (s61 lead) "HANA database administration", "Oracle database administration": the administration of the database the
 * ask names, met by a line that administers that one ("HANA 2.0 administration, system copies", "Oracle DBA for ...").
 */
const PRODUCT_DB_ADMIN = /\b([A-Z][\w/.+-]*(?:\s+[A-Z0-9][\w/.+-]*)?)\s+(?:database|DB)\s+administration\b/;
function productDbAdmin(item: RequirementItem, resume: ResumeFacts, v: RequirementVerdict): RequirementVerdict {
  if (v.verdict !== 'partial' || !resume.text) return v;
  const m = PRODUCT_DB_ADMIN.exec(item.text);
  if (!m || !item.groups.some((g) => g.includes('database-administration'))) return v;
  const product = new RegExp(`(?<![\\w/-])${escapeRe(m[1]!)}(?![\\w-])`);
  const line = resume.text.split('\n').find((l) => product.test(l) && /\badminist\w*|\bDBA\b/i.test(l));
  if (!line) return v;
  const groups = v.groups.map((g, k) => (g.met === null && (item.groups[k] ?? []).includes('database-administration') ? { met: 'database-administration', options: g.options.filter((o) => o !== 'database-administration') } : g));
  return groups.every((g) => g.met !== null) ? { ...v, verdict: 'met', groups, evidence: `The resume says \u201c${lineOf(line)}\u201d: ${m[1]} administered.` } : v;
}

/**
 * (s61 lead) "Airflow or similar", "Zabbix o similar", "Terraform ou \u00e9quivalent", "Jenkins tai vastaava": the tool named, or
 * any other of its kind. A tool the resume shows that shares the named one's kind, what both imply (Dagster and Airflow are
 * data pipelines, Prometheus and Zabbix monitoring, MySQL and PostgreSQL relational databases), meets its group; a kind too
 * broad to say two tools are alike (automation, databases, observability) does not. Only for the group named right before
 * the words "or similar" that close an ask of one group of skills (years of one tool are not another's).
 */
const OR_SIMILAR_TAIL =
  /\s(?:or|o|ou|oder|eller|of|tai|v\u00f5i|vagy|sau|veya|alebo|nebo|lub|albo|ili|atau|\u0430\u0431\u043e|\u0438\u043b\u0438|vai|ali|ose|ho\u1eb7c|v\u0259\s+ya|edo)\s+(?:an?\s+|any\s+|some\s+|other\s+)?(?:similar|equivalent|comparable|alike|simil\p{L}*|semelhante\p{L}*|equivalen\p{L}*|parecid\p{L}*|similaire\p{L}*|\u00e9quivalent\p{L}*|\u00e4hnlich\p{L}*|vergleichbar\p{L}*|vergelijkba\p{L}*|soortgelijk\p{L}*|liknande|lignende|tilsvarende|motsvarande|vastaava\p{L}*|sarnas\p{L}*|hasonl\u00f3\p{L}*|asem\u0103n\u0103to\p{L}*|benzer\p{L}*|podobn\p{L}*|sli\u010dn\p{L}*|\u0430\u043d\u0430\u043b\u043e\u0433\p{L}*|\u043f\u043e\u0434\u0456\u0431\u043d\p{L}*|\u043f\u043e\u0445\u043e\u0436\p{L}*|l\u012bdz\u012bg\p{L}*|ngjash\p{L}*|t\u01b0\u01a1ng\s+t\u1ef1|\u0441\u0445\u043e\u0434\u043d\p{L}*|\u0441\u043b\u0438\u0447\u043d\p{L}*|\u043f\u043e\u0434\u043e\u0431\u043d\p{L}*|ox\u015far\p{L}*|antzeko\p{L}*|semellante\p{L}*)(?![\p{L}])/iu;
const BROAD_KIND: ReadonlySet<string> = new Set(['automation', 'databases', 'data-engineering', 'git', 'observability', 'software-development', 'backend-development', 'security', 'programming', 'sql', 'cloud-computing']);
function orSimilar(item: RequirementItem, resume: ResumeFacts, name: (id: string) => string, implied: ReadonlyMap<string, readonly string[]> | undefined, v: RequirementVerdict): RequirementVerdict {
  if (v.verdict === 'met' || v.verdict === 'unknown' || !implied || item.kind !== 'skills') return v;
  const tail = OR_SIMILAR_TAIL.exec(item.text);
  // (The words closing the ask, of its one group: not a bracket's examples with more said after it, "Strong SQL (Athena,
  // Snowflake or similar) for billing data", where the examples are the SQL's.)
  // (s62 lead: or the word for tools in the ask's language after it, "vai l\u012bdz\u012bgiem r\u012bkiem", "ili sli\u010dnim alatima", "ose mjete t\u00eb ngjashme".)
  if (!tail || item.groups.length !== 1 || !/^[\s.;:!)]*(?:(?:experience|tools?|knowledge|skills|r\u012bk\p{L}*|alat\p{L}*|mjet\p{L}*|\u0438\u043d\u0441\u0442\u0440\u0443\u043c\u0435\u043d\u0442\p{L}*|công\s+c\u1ee5|araç\p{L}*|tresna\p{L}*|herramientas?|outils?|Werkzeug\p{L}*|työkalu\p{L}*|nástroj\p{L}*|narz\u0119dzi\p{L}*|sistem\p{L}*|\u0441\u0438\u0441\u0442\u0435\u043c\u0438?)[\s.;!]*)?$/iu.test(item.text.slice(tail.index + tail[0].length))) return v;
  const before = item.text.slice(Math.max(0, tail.index - 40), tail.index).toLowerCase();
  const notes: string[] = [];
  const groups = v.groups.map((g, k) => {
    const ids = item.groups[k] ?? [];
    if (g.met !== null) return g;
    // (The name right before the words, "DynamoDB or similar": not one further back, "AWS (Lambda, SQS, DynamoDB or similar)".)
    const named = ids.filter((id) => new RegExp(`(?<![\\w-])${escapeRe(name(id).split(/\s+/).pop()!.toLowerCase())}[\\s)\\]]{0,2}$`).test(before));
    const kinds = new Set(named.flatMap((id) => (implied.get(id) ?? []).filter((p) => !BROAD_KIND.has(p))));
    if (!kinds.size) return g;
    for (const [id, c] of resume.covered) {
      if (ids.includes(id) || kinds.has(id) || !(implied.get(id) ?? []).some((p) => kinds.has(p))) continue;
      notes.push(`${name(id)} \u2014 \u201c${c.evidence}\u201d (like ${named.map(name).join(' or ')}: \u201cor similar\u201d asked)`);
      return { ...g, met: id };
    }
    return g;
  });
  if (!notes.length) return v;
  return groups.every((g) => g.met !== null) ? { ...v, verdict: 'met', groups, evidence: notes.join('; ') } : { ...v, groups };
}

function orEquivalent(item: RequirementItem, name: (id: string) => string, v: RequirementVerdict): RequirementVerdict {
  if (v.verdict === 'met' || v.verdict === 'unknown') return v;
  const m = OR_EQUIVALENT_NAMED.exec(item.text);
  if (!m) return v;
  // (The platform by its name, or by its short form, "GCP": the last group, which the phrase closes the line with.)
  const last = v.groups[v.groups.length - 1];
  const other = v.groups.find((g) => g.met !== null && new RegExp(String.raw`(?<![\w-])${escapeRe(m[1]!)}(?![\w-])`, 'i').test(isTerm(g.met) ? termText(g.met) : name(g.met))) ?? (v.groups.length > 1 && last?.met && /\s+(?:experience|skills|knowledge|background)\b\W*$/.test(item.text) ? last : undefined);
  return other ? { ...v, verdict: 'met', evidence: `The other way asked, ${m[1]}: ${v.evidence.split(/;\s*not shown/)[0]}` } : v;
}

/** (s56) A Scandinavian language asked as a family: "another Scandinavian language", "et annet skandinavisk spr\u00e5k", "ett skandinaviskt spr\u00e5k". */
const SCANDINAVIAN_ASKED = /\b(?:Scandinavian|Nordic)\s+languages?\b|(?<![\p{L}])skandinavisk[et]?\s+spr(?:\u00e5|o)g?k?(?![\p{L}])/iu;
/** A language level: JLPT (N5 lowest … N1) or CEFR (A1 … C2), on one scale; a native speaker above both. */
const LEVEL_RE = /\bJLPT\s*(N[1-5])\b|\b(N[1-5])\s+(?:level|or (?:above|higher|better))|\b([ABC][12])\b|\b(native|mother tongue|muttersprache|langue maternelle|bilingual)\b/i;
function levelRank(m: RegExpExecArray): { scale: 'jlpt' | 'cefr' | 'native'; rank: number; said: string } {
  const jlpt = m[1] ?? m[2];
  if (jlpt) return { scale: 'jlpt', rank: 6 - Number(jlpt[1]), said: `JLPT ${jlpt.toUpperCase()}` };
  if (m[3]) return { scale: 'cefr', rank: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].indexOf(m[3].toUpperCase()) + 1, said: m[3].toUpperCase() };
  return { scale: 'native', rank: 99, said: m[4]! };
}

/** Fluency asked of a language, with no level named: "bilingual", "fluent", "native", "full professional proficiency", "advanced English". */
const FLUENCY_ASKED = /\b(?:bilingual(?:ism)?|fluen(?:t|cy)|native(?:-level| level)?|mother tongue|full professional|advanced|flie(?:ss|\u00df)end\w*|verhandlungssicher\w*|courant|fluide|fluid[oa]|fluente|flu\u00eancia|vloeiend\w*|avanzad[oa]|avan\u00e7ad[oa]|avanzat[oa])\b/i;
/** (s57) Fluency written right after the language's name: "Inglese fluente", "Ingl\u00e9s fluido", "anglais courant". */
const FLUENT_AFTER = /^\s*(?:fluente|fluid[oa]|courant|fluent|flie(?:ss|\u00df)end|avanzad[oa]|avan\u00e7ad[oa]|avanzat[oa])\b/i;
/** (s56) A working command asked in words, before the language's name: "good", "very good", "solid", and so abroad. */
const WORKING_ASKED = /(?<![\p{L}])(?:(?:very\s+)?good|solid|strong|excellent|working|professional|buon[ao]|ottim[ao]|(?:sehr\s+)?gute?[nrs]?|(?:tr\u00e8s\s+)?bonne|buen[oa]?|goede?|dobr[aey]|komunikat[i\u00ed]vn\p{L}*|kommunikativ\p{L}*|comunicativ[oa]|communicative)(?![\p{L}])/iu;
/**
 * (s59 tune) The level a working command asked in words stands for. "Good", "solid", "strong", "excellent" and their forms
 * abroad ("Buona conoscenza dell'inglese", "Gute Englischkenntnisse"), and a language asked by its uses, spoken and written,
 * whose English reading is "good" (s58): an independent user's, B2, so B1 is short of it, as s58 and s59 decided. A command
 * asked only to work or talk in it ("working knowledge", "na komunikat\u00edvnej \u00farovni", communicative): B1, a beginner's A2 short.
 */
const WORKING_BASIC = /^(?:working|professional|komunikat[i\u00ed]vn\p{L}*|kommunikativ\p{L}*|comunicativ[oa]|communicative)$/iu;
/**
 * (s61 tune) A command asked as very good, "Sehr gute Deutschkenntnisse", "very good English", "ottima conoscenza": more than
 * good, a proficient user's C1, so B2 is short of it (in part), as German postings mean it. "Excellent" is left at B2.
 */
const WORKING_VERY = /^(?:very\s+good|sehr\s+gute?[nrs]?|ottim[ao]|tr\u00e8s\s+bonne)$/iu;
/** (s59 tune) A working level said right after the language's name: "angli\u010dtina na komunikat\u00edvnej \u00farovni", "English at a good level". */
const WORKING_AFTER = /^\s*(?:[-\u2013:]\s*)?(?:(?:na|at|a|on|auf|au|al|en)\s+(?:an?\s+|un\s+)?)?(\p{L}+)\s+(?:\u00farovni|urovni|\u00farove\u0148|level|Niveau|niveau|livello|nivel|poziomie)(?![\p{L}])/iu;
/** A level a resume gives in words below fluency, lowest first ("basic", "conversational", "intermediate"); "upper intermediate" is B2. */
const WORD_LEVEL: ReadonlyArray<[RegExp, number]> = [
  [/\bupper[- ]intermediate\b/i, 4],
  [/\b(?:basic|beginner|elementary|limited)\b/i, 2],
  [/\b(?:intermediate|conversational)\b/i, 3],
  // (s50) in the CV's own language: "Deutsch (Grundkenntnisse)", "fran\u00e7ais (notions)", "ingl\u00e9s (b\u00e1sico)", "alem\u00e1n (intermedio)".
  [/\b(?:grundkenntnisse|notions|b[a\u00e1]sico|d[e\u00e9]butant|elementare?)\b/i, 2],
  [/\b(?:intermedi[oa]|interm[e\u00e9]diaire|intermedi[a\u00e1]rio|konversationssicher)\b/i, 3],
];
/** The level the resume gives a language ("intermediate, B1", "A2") when it is below `rank` (CEFR, 1 = A1): as said, else null. */
function levelBelowFluent(said: string, rank: number): string | null {
  const cefr = /\b([ABC][12])\b/i.exec(said);
  if (cefr) return ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].indexOf(cefr[1]!.toUpperCase()) + 1 < rank ? cefr[1]!.toUpperCase() : null;
  if (/\b(?:fluent|native|bilingual|proficient|professional|advanced|mother tongue)\b/i.test(said)) return null;
  for (const [re, r] of WORD_LEVEL) {
    const m = re.exec(said);
    if (m) return r < rank ? m[0].toLowerCase() : null;
  }
  return null;
}

/** A wish's words: "would help", "is a plus", "nice to have", "a bonus", "an advantage", "preferred", "desirable". */
const WISH_WORDS = /\b(?:would help|helps|is a (?:big |real )?plus|a plus|nice to have|nice-to-have|a bonus|is a bonus|an advantage|advantageous|preferred|desirable|welcome|would be (?:great|nice|good|useful))\b/i;
/** Whether every mention of a language in the text is inside a bracket, or a clause after a semicolon, that wishes for it. */
function wishedOnly(text: string, lang: string): boolean {
  const spans = [...text.matchAll(/\(([^()]*)\)|;([^;]*)$/g)].filter((m) => WISH_WORDS.test(m[1] ?? m[2] ?? '')).map((m) => [m.index, m.index + m[0].length] as const);
  const at = [...text.matchAll(new RegExp(`\\b${lang}\\b`, 'gi'))].map((m) => m.index);
  return at.length > 0 && spans.length > 0 && at.every((i) => spans.some(([a, b]) => i >= a && i < b));
}

/** Where the resume gives a listed language a lower level than the item asks: the evidence and how many steps below, else null. */
/**
 * (s50) A language asked at no level ("German is a plus", "French (we have customers in Quebec)") against a beginner's level
 * the resume gives it ("German (A2, still learning)", "Deutsch: Grundkenntnisse"): partly met, one step short. A reader
 * who asks for a language means a working command of it; a beginner has begun. (Any level past a beginner's,
 * "conversational", "B1", meets it; so does the language listed with no level.)
 */
// (s58: and in the CV's own language, "czeski (podstawowy)", "\u010de\u0161tina \u2013 z\u00e1kladn\u00ed", "tysk (grunnleggende)", "inglese scolastico".)
const BEGINNER = /^(?:A[12]\b|(?:basic|beginner|elementary|rudimentary|limited|school|survival|grundkenntnisse|notions|b\u00e1sico|basique|podstawow\w*|scolastic[oa]|grunnleggende)\b|z\u00e1kladn\u00ed|grundl\u00e6ggende|grundl\u00e4ggande|(?:still\s+)?learning\b)/i;
function beginnerOnly(item: string, langs: readonly string[], resumeText: string): { evidence: string; gap: number } | null {
  // (A language asked at some level is the level's business, levelShort's; "some Dutch", "basic German" asks what a beginner has.)
  if (LEVEL_RE.test(item) || FLUENCY_ASKED.test(item) || /\b(?:proficien\w*|professional|business|working|conversational|good|strong|excellent|very good|solid|C[12]|B[12]|level|some|a little|a bit of|any|basic|beginner|elementary|rudimentary)\b/i.test(item)) return null;
  for (const lang of langs) {
    // (s58: by any of its names, as levelShort reads it: "czeski (podstawowy)" gives Czech.)
    const said = new RegExp(`(?<![\\p{L}])(?:${spokenNames(lang).join('|')})(?![\\p{L}])\\s*(?:\\(([^)]{1,80})\\)|[:\u2013\u2014-]\\s*([^,;\\n]{1,30}))`, 'iu').exec(resumeText);
    const level = (said?.[1] ?? said?.[2] ?? '').trim();
    if (level && BEGINNER.test(level)) return { evidence: `The resume gives ${lang} at ${level.replace(/,.*$/, '')}, a beginner\u2019s level; ${lang} asked.`, gap: 1 };
  }
  return null;
}

const wordedLevel = (s: string) => (/intermediate/i.test(s) ? CEFR_IN_WORDS.reduce((t, [re, level]) => t.replace(re, level), s) : s);
function levelShort(item: string, langs: readonly string[], resumeText: string): { evidence: string; gap: number } | null {
  for (const lang of langs) {
    // (s50) The language by any of its names, in the item and in the resume: "Fließende Deutschkenntnisse (mindestens C1)"
    // asks German at C1, and "Deutsch (B1)" gives it at B1.
    const names = `(?<![\\p{L}])(?:${spokenNames(lang).join('|')})(?:kenntnisse?n?)?(?![\\p{L}])`;
    const found = new RegExp(names, 'iu').exec(item);
    if (!found) continue;
    const at = found.index;
    // The language's own clause: "English at C1 level; German at least B1" asks German at B1, not C1.
    // (s61 lead: a level named in words as Eastern Europe's boards name CEFR's, "\u0410\u043d\u0433\u043b\u0456\u0439\u0441\u044c\u043a\u0430 \u043d\u0430 \u0440\u0456\u0432\u043d\u0456 Upper-Intermediate": B2;
    // "Intermediate" B1, "Pre-Intermediate" A2.)
    const after = wordedLevel(item.slice(at + found[0].length, at + found[0].length + 60).split(/[;,]/)[0]!);
    // (s50: nor what a bracket or "and" closed before it, "Deutsch (mind. C1) und gute Englischkenntnisse": C1 is German's.)
    const before = wordedLevel(item.slice(Math.max(0, at - 30), at).split(/[;,)]|\b(?:and|und|et|y|e|i|en|sowie)\s/).pop()!);
    const near = LEVEL_RE.test(after) ? after : before + lang;
    const said = new RegExp(`${names}\\s*(?:\\(([^)]{1,40})\\)|[:\u2013\u2014-]\\s*([^,;\\n]{1,30}))`, 'iu').exec(resumeText);
    // "Bilingual in English and French", "Fluent Spanish": fluency asked (at the list's head, for every language of it),
    // against a level the resume gives below it ("French (intermediate, B1)").
    // (s57: or right after the name, as Italian, Spanish and Portuguese write it: "Inglese fluente", "Ingl\u00e9s fluido".)
    // (s61 tune: not where the language has a working word of its own after "and", "Native-level Turkish and good English":
    // the head's fluency is Turkish's, "good" English's.)
    const ownPart = item.slice(0, at).split(/[;,]|\b(?:and|und|et|y|e|i|en|sowie|ja|og|och|oraz|a)\s/).pop()!;
    const ownWord = item.slice(0, at).split(/[;,]/).pop()! !== ownPart && WORKING_ASKED.test(ownPart) && !FLUENCY_ASKED.test(ownPart);
    const fluency = ownWord ? null : (FLUENCY_ASKED.exec(LEVEL_RE.test(after) ? after : item.slice(0, at).split(/[;,]/).pop()! + lang) ?? (FLUENT_AFTER.test(after) ? FLUENCY_ASKED.exec(after) : null));
    if (fluency && !/\b[ABC][12]\b|\bJLPT\b/i.test(near) && said) {
      // (s57: fluency is C1, as s55 decided for "Anglais courant" and s57 for "Fluent English": B2, upper intermediate, is
      // short of it, partly met; C1 meets it. Bilingual or native asked is held to C1 as before.)
      const below = levelBelowFluent(said[1] ?? said[2] ?? '', 5);
      // (Fluency asked in words sets no step to count from: short of it is partly met, as decided in careful-reader-9.)
      if (below) return { evidence: `The resume gives ${lang} at ${below}; ${fluency[0].toLowerCase()} asked.`, gap: 1 };
      continue;
    }
    const asked = LEVEL_RE.exec(near);
    // (s56) A working command asked in words, "Buona conoscenza della lingua inglese", "Good written English", "Gute
    // Englischkenntnisse": more than a beginner's. A CEFR level below B1 or a beginner's word the resume gives is short of it.
    const afterWord = WORKING_AFTER.exec(after)?.[1];
    const working = !asked && !fluency && said ? (WORKING_ASKED.exec((ownWord ? ownPart : item.slice(0, at).split(/[;,]/).pop()!) + found[0]) ?? (afterWord && WORKING_ASKED.test(afterWord) ? WORKING_ASKED.exec(afterWord) : null)) : null;
    if (working) {
      const below = levelBelowFluent(said![1] ?? said![2] ?? '', WORKING_BASIC.test(working[0]) ? 3 : WORKING_VERY.test(working[0]) ? 5 : 4);
      if (below) return { evidence: `The resume gives ${lang} at ${below}; a working command of it asked (\u201c${working[0]}\u201d).`, gap: 1 };
      continue;
    }
    if (!asked) continue;
    const want = levelRank(asked);
    if (want.scale === 'native') continue;
    const own = said ? LEVEL_RE.exec(said[1] ?? said[2] ?? '') : null;
    if (!own) {
      // "French: elementary proficiency" against B1 asked: a level the resume gives in words, below the CEFR level asked.
      const below = want.scale === 'cefr' && said ? levelBelowFluent(said[1] ?? said[2] ?? '', want.rank) : null;
      // (A level in words is no exact step either: short of the level asked is partly met, as match-careful-20 decided.)
      if (below) return { evidence: `The resume gives ${lang} at ${below}; ${want.said} or above asked.`, gap: 1 };
      continue;
    }
    const has = levelRank(own);
    if (has.scale === 'native' || has.scale !== want.scale || has.rank >= want.rank) continue;
    return { evidence: `The resume gives ${lang} at ${has.said}; ${want.said} or above asked.`, gap: want.rank - has.rank };
  }
  return null;
}

/** (s54) A count of people, in figures or words ("six", "a dozen"). */
const PEOPLE_N = String.raw`\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen`;
const PEOPLE_COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'a dozen': 12 };
const peopleCount = (s: string) => PEOPLE_COUNT[s.toLowerCase()] ?? Number(s);
/**
 * (s54) A team of a size asked of whoever leads or manages it: "led a team of 5+ engineers", "managed an infrastructure or
 * platform team of 4 or more people", "leading 6+ engineers". The least size, else null.
 */
const TEAM_SIZE_ASK = /\b(?:team|group|squad|function)s?\s+of\s+(\d{1,2})\s*(?:\+|or more\b|plus\b)|\b(\d{1,2})\s*(?:\+|or more)\s+(?:[\w-]+\s+)?(?:engineers|developers|people|direct reports|reports|staff|analysts|technicians)\b/i;
const LEAD_ASK = /\b(?:manag(?:e|ed|es|ing)|lead(?:s|ing)?|led|head(?:s|ed|ing)?|supervis(?:e|ed|es|ing))\b/i;
/**
 * (s54) "Experience managing an IT operations or infrastructure team", "You have managed a platform team": the team's kind
 * named before "team" is whose team it was, not a skill asked beside the managing (a sysadmin's IT support is no team managed).
 */
const MANAGE_KIND_ASK = /\bmanag(?:e|ed|es|ing)\s+(?:an?|the|your)\s+(?:[\w/&-]+\s+){1,4}?(?:team|group|function|department)s?\b/i;
/**
 * (s54) A line of the resume that leads or manages a team of a size: "Manage the IT operations team of six", "Lead a platform
 * team of six engineers", "Lead the firmware group of six engineers", "Lead developer for a team of four", "Manage a team of
 * seven backend engineers". Not a line that mentors ("mentored two junior engineers") or serves people ("support for 1,200
 * staff"): the verb leads and the count follows it as the team's.
 */
const SIZE_LED = new RegExp(
  String.raw`\b(?:manag(?:e|es|ed|ing)|lead(?:s|ing)?|led|head(?:s|ed|ing)?|supervis(?:e|es|ed|ing))\b(?:\s+(?:developer|engineer))?\s+(?:for\s+)?(?:(?:a|an|the|my|our)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:team|group|squad|guild|function|department)\s+of\s+(${PEOPLE_N})\b|(${PEOPLE_N})\s+(?:[\w-]+\s+){0,2}?(?:engineers|developers|people|staff|analysts|reports|direct reports|testers|SREs|technicians|designers|scientists)\b)`,
  'i',
);
/** (s54) Others asked to have been supervised: "Experience supervising junior staff", "supervision of analysts". */
const SUPERVISE_ASK = /\bsupervis(?:e|ed|es|ing|ion|ory)\b[^.;]{0,40}?\b(?:junior|staff|analysts|engineers|developers|technicians|teams?|others|people|graduates|trainees)\b/i;
/**
 * (s55) People asked to have been managed, "Experience of line-managing analysts", "managing engineers": a line that
 * manages or supervises people, or a manager's title, meets it as supervising does. (Not where years of it are asked, "3+
 * years managing engineers": their count decides.)
 */
const PEOPLE_MANAGE_ASK = /\b(?:line[- ])?manag(?:e|ed|es|ing)\s+(?:(?:junior|other|more junior|a few|several|small teams of)\s+)?(?:analysts|engineers|developers|technicians|testers|people|staff|direct reports)\b|\bline[- ]manag(?:e|ed|es|ing|ement)\b/i;
/** A line that supervises others: "Train and review the work of two graduate analysts", "Supervised three technicians". */
const SUPERVISED_LINE = /\bsupervis(?:e|ed|es|ing)\b|\breview(?:s|ed|ing)?\s+(?:the\s+)?work\s+of\b|\bline[- ]manag\w+/i;
/** (s54) A manager's title by its function ("IT Operations Manager", "Service Desk Manager"), beside MANAGER_TITLE's. */
const FUNCTION_MANAGER = /\b(?:operations|ops|service desk|support|infrastructure|platform|engineering|IT)\s+(?:manager|lead|head)\b|\bhead\s+of\b/i;

/**
 * (s54) A team asked to have been led or managed, by its size or its kind. The size: the largest team a line of the resume
 * leads (SIZE_LED); as large or larger meets it, a smaller one shows the leading at a smaller scale, partly; a resume that
 * leads no team, by its lines or a manager's title, does not. The kind ("managing an IT operations team"): a manager's
 * title or a line that manages a team meets it, the kind's work done under another's management does not.
 */
function teamLed(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (resume.text === undefined || !LEAD_ASK.test(item.text) || item.kind === 'language' || item.kind === 'degree') return v;
  const size = TEAM_SIZE_ASK.exec(item.text);
  const kind = !size && MANAGE_KIND_ASK.test(item.text);
  const supervise = !size && !kind && (SUPERVISE_ASK.test(item.text) || (!item.years && PEOPLE_MANAGE_ASK.test(item.text)));
  if (!size && !kind && !supervise) return v;
  const lines = resume.text.split('\n');
  const led = lines.flatMap((l) => {
    const m = SIZE_LED.exec(l);
    return m ? [{ line: l, n: peopleCount((m[1] ?? m[2])!) }] : [];
  });
  const best = led.sort((a, b) => b.n - a.n)[0];
  const titled = resume.profile?.roles.find((r) => MANAGER_TITLE.test(r.title ?? '') || FUNCTION_MANAGER.test(r.title ?? ''));
  const leadLine = lines.find((l) => TEAM_LEAD_SHOWN.test(l) || MANAGED_LINE.test(l));
  if (size) {
    const want = Number(size[1] ?? size[2]);
    if (best && best.n >= want) return v.verdict === 'partial' ? v : { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(best.line)}\u201d; a team of ${want}+ asked.` };
    if (best) return { ...v, verdict: 'partial', evidence: `The resume says \u201c${lineOf(best.line)}\u201d: a team of ${best.n}; ${want}+ asked.` };
    if (titled || leadLine) return v;
    return resume.profile?.roles.length ? { ...v, verdict: 'unmet', evidence: 'No line of the resume leads or manages a team, nor is any role a manager\u2019s.' } : v;
  }
  // ("Experience supervising junior staff": a line that leads, manages or supervises others, or reviews their work.)
  const managed = best?.line ?? lines.find((l) => MANAGED_LINE.test(l) || (supervise && (SUPERVISED_LINE.test(l) || TEAM_LEAD_SHOWN.test(l))));
  if (managed) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(managed)}\u201d.` };
  if (titled) return { ...v, verdict: 'met', evidence: `${titled.title}: a manager\u2019s role.` };
  return resume.profile?.roles.length ? { ...v, verdict: 'unmet', evidence: 'No line of the resume manages a team, nor is any role a manager\u2019s.' } : v;
}

/** (s54) A certificate's levels, lowest first: a level held at or above the one asked holds it. */
const LEVEL_RANK: Readonly<Record<string, number>> = { foundation: 0, fundamentals: 0, associate: 1, intermediate: 1, practitioner: 1, professional: 2, advanced: 2, specialist: 2, expert: 3, master: 3 };
/**
 * (s54) "AWS Certified Solutions Architect \u2013 Associate" asked and "AWS Certified Solutions Architect - Professional" held: a
 * certificate's track named with a level, against the same track held at another (the resume's line names the track's
 * words, with "Certified" or a dash between, and its level). A higher level holds the lower one; a lower level is the
 * track partly; another track at the same level ("AWS Certified Developer \u2013 Associate") is not it.
 */
function certTrack(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if ((v.verdict !== 'unmet' && v.verdict !== 'unknown') || resume.text === undefined) return v;
  for (const id of item.groups.flat()) {
    if (!isTerm(id)) continue;
    const words = termText(id).split(/\s+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (LEVEL_RANK[last] === undefined || words.length < 3) continue;
    const track = words.slice(0, -1).filter((w) => !/^certified$/i.test(w)).map(escapeRe).join(String.raw`[\s:\u2013\u2014-]+(?:certified[\s:\u2013\u2014-]+)?`);
    const re = new RegExp(String.raw`\b${track}[\s:(\u2013\u2014-]+(?:certified[\s:\u2013\u2014-]+)?(Foundation|Fundamentals|Associate|Intermediate|Practitioner|Professional|Advanced|Specialist|Expert|Master)\b`, 'i');
    for (const l of resume.text.split('\n')) {
      const m = re.exec(l);
      if (!m || UNDERWAY.test(l) || /\b(?:studying|preparing|working towards?|exam (?:scheduled|planned|booked))\b/i.test(l)) continue;
      const held = LEVEL_RANK[m[1]!.toLowerCase()]!;
      if (held >= LEVEL_RANK[last]!) return { ...v, verdict: 'met', evidence: `The resume holds the ${m[1]} level: \u201c${lineOf(l)}\u201d; ${termText(id)} asked.` };
      return { ...v, verdict: 'partial', evidence: `The resume holds the ${m[1]} level: \u201c${lineOf(l)}\u201d; the ${words[words.length - 1]} asked.` };
    }
  }
  return v;
}

/** (s54) A professional services firm asked (accountancy, audit, consulting, law), or consulting work. */
const FIRM_ASK = /\bprofessional[- ]services\s+(?:firms?|compan(?:y|ies)|organi[sz]ations?|environments?|backgrounds?|sector|industry)\b|\bBig (?:Four|4)\b|\b(?:audit|accountancy|accounting|consulting|consultancy)\s+(?:firms?|practices?|houses?)\b/i;
const CONSULTING_ASK = /\b(?:client-facing\s+)?consult(?:ing|ancy)\s+(?:experience|background)\b|\bexperience\s+(?:in|with|at)\s+(?:an?\s+)?consult(?:ing|ancy)\b|\b(?:worked|work)\s+(?:in|at|for)\s+(?:an?\s+)?consultanc(?:y|ies)\b/i;
/** An employer of the kind, by its name or the words beside it ("Harcourt Venn LLP (chartered accountants)", "Calloway Partners (management consultancy)"). */
const FIRM_SHOWN = /\b(?:LLP|[Cc]hartered [Aa]ccountants|Accountants|[Aa]ccountancy|[Aa]udit (?:firm|practice)|Advisory|[Cc]onsult(?:ing|ancy|ancies|ants)|Solicitors|Law (?:Firm|Group)|law firm|Attorneys|Deloitte|PwC|KPMG|Ernst & Young|Grant Thornton|BDO|Accenture|McKinsey|Capgemini)\b/;
const CONSULTANT_TITLE = /\bconsultants?\b|\bconsulting\b|\badvis(?:or|er)s?\b/i;

/**
 * (s54) A professional services firm or consulting asked, against the roles whose employer is one (FIRM_SHOWN, by the
 * role's title and employer, or the line that heads it) or, for consulting, whose title is a consultant's. Years asked: the
 * years of those roles. Null where the ask names neither.
 */
function firmVerdict(ask: string, min: number | null, profile: Profile, text: string): Judged | null {
  const consulting = !FIRM_ASK.test(ask) && CONSULTING_ASK.test(ask);
  if (!FIRM_ASK.test(ask) && !consulting) return null;
  const head = (r: Profile['roles'][number]) => `${r.title ?? ''} ${r.company ?? ''} ${text.slice(r.textStart, r.textEnd).split('\n').find((l) => l.trim()) ?? ''}`;
  // (Or a role whose employer's name or work tells such a firm, "Hale Street Group" whose lines serve "the fee earners of our
  // tax practice": lib/match/domains' reading of the industry.)
  const told = consulting ? [] : (domainsShown(['professional-services'], profile, text).get('professional-services')?.roles ?? []);
  const at = profile.roles.flatMap((r, i) => (FIRM_SHOWN.test(head(r)) || told.includes(i) || (consulting && CONSULTANT_TITLE.test(r.title ?? '')) ? [i] : []));
  const kind = consulting ? 'consulting' : 'a professional services firm';
  if (!at.length) return { verdict: 'unmet', evidence: `No role of the resume is at ${consulting ? 'a consultancy' : 'a professional services firm (an accountancy, a consultancy or a law firm)'}.` };
  const r = profile.roles[at[0]!]!;
  const said = `${r.title ?? ''}${r.company ? ` \u2014 ${r.company}` : ''}`;
  if (min === null) return { verdict: 'met', evidence: `${said}: ${kind}.` };
  const n = yearsOfRoles(profile.roles, at);
  return { verdict: n >= min ? 'met' : n > 0 ? 'partial' : 'unmet', evidence: `${said}: ${years(n)} in ${kind}; ${min}+ asked.` };
}

/** (s54) A standard's or a document's code: "MIL-STD-498", "DO-178C", "IEC 62304" is left to the taxonomy; letters and digits joined by hyphens. */
const CODE_TOKEN = /\b[A-Z]{2,}(?:-[A-Z0-9]+){1,3}\b/g;
/**
 * (s54) "DO-178C or MIL-STD-498 documentation": a choice whose option is a code the taxonomy may not know, written the same
 * in the resume ("MIL-STD-498 software design descriptions"), is met by it: a code is written one way.
 */
function codeNamed(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if ((v.verdict !== 'unmet' && v.verdict !== 'partial') || resume.text === undefined || !/\bor\b/.test(item.text)) return v;
  for (const [code] of item.text.matchAll(CODE_TOKEN)) {
    if (!/\d/.test(code)) continue;
    const c = escapeRe(code);
    if (!new RegExp(String.raw`\bor\s+(?:an?\s+)?${c}(?![\w-])|(?<![\w-])${c}\s*(?:,\s*)?or\b`).test(item.text)) continue;
    const line = resume.text.split('\n').find((l) => new RegExp(String.raw`(?<![\w-])${c}(?![\w-])`).test(l));
    if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d; ${code} is one of the options asked.` };
  }
  return v;
}

/** (s54) A UK degree's class asked as a least: "A 2:1 degree or above", "minimum 2:1", "a first or upper second". */
const CLASS_ASK = /\b(?:2[:.]1|upper second(?:[- ]class)?)\b[^.;]{0,30}?\b(?:or above|or higher|or better|minimum)\b|\b(?:minimum|at least)\s+(?:of\s+)?(?:an?\s+)?(?:2[:.]1|upper second)\b/i;
/** The class on a degree's line of the resume: below the 2:1 ("2:2", "lower second", "third"), or at it or above ("First Class", "2:1"). */
const CLASS_BELOW = /\((?:[^()]*\b)?(?:2[:.]2|lower second|third(?:[- ]class)?)\b[^()]*\)|\b(?:2[:.]2|lower second(?:[- ]class)?(?:\s+honours)?|third[- ]class)\b/i;
const CLASS_AT = /\b(?:2[:.]1|upper second|first[- ]class|\(first\))\b|\(First Class\)/i;
const DEGREE_LINE = /\b(?:B\.?Sc|BA|B\.?Eng|M\.?Sc|MA|M\.?Eng|LLB|BSc|Bachelor|Master|degree|Honours|Hons)\b/;
/**
 * (s54) "A 2:1 degree or above in any discipline": the class a UK degree was awarded, where the resume's degree line gives
 * it. A 2:2 or a third is below the least asked (unmet, whatever degree is read); a first or a 2:1 meets it. A line that
 * gives no class is judged as before.
 */
function degreeClass(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  // (Not where the ask offers another way in, "A 2:1 degree or above ..., OR at least three A-levels ... plus relevant
  // experience": a 2:2 may come in by it, judged as before.)
  if (item.kind !== 'degree' || resume.text === undefined || !CLASS_ASK.test(item.text) || /\bor\s+(?:at least\s+)?(?:[\w-]+\s+){0,4}?(?:A-levels?|equivalent|(?:relevant\s+|professional\s+|work\s+)?experience)\b/i.test(item.text)) return v;
  const lines = resume.text.split('\n').filter((l) => DEGREE_LINE.test(l));
  const below = lines.find((l) => CLASS_BELOW.test(l));
  if (below) return { ...v, verdict: 'unmet', evidence: `The resume says \u201c${lineOf(below)}\u201d: a class below the 2:1 asked.` };
  const at = lines.find((l) => CLASS_AT.test(l));
  if (at && v.verdict !== 'met') return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(at)}\u201d.` };
  return v;
}

/** (s54) A count of users asked to have been served: "You have run IT for 200 or more users", "supporting 500+ staff". */
const USERS_ASK = /\b(?:run|ran|running|support(?:ed|ing)?|look(?:ed|ing) after|manag(?:e|ed|ing)|serv(?:e|ed|ing))\b[^.;]{0,40}?\b(\d{1,3}(?:,\d{3})*|\d+)\s*(?:\+|or more)\s+(?:users|staff|employees|people|seats|end[- ]users)\b/i;
/** A count of users or staff on a line of the resume: "for 380 staff across four offices", "2,600 users at head office". */
const USERS_SHOWN = /\b(\d{1,3}(?:,\d{3})+|\d{2,6})\s+(?:users|staff|employees|seats|end[- ]users|consultants|fee earners|lawyers)\b/gi;
/**
 * (s54) "You have run IT for 200 or more users across more than one office": the users a resume's lines say its work served
 * (the largest count of users, staff or seats); as many or more meets it, fewer partly. A resume that gives no count says
 * nothing either way.
 */
function usersServed(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'unknown' || resume.text === undefined || item.groups.length) return v;
  const asked = USERS_ASK.exec(item.text);
  if (!asked) return v;
  const want = Number(asked[1]!.replace(/,/g, ''));
  let best: { n: number; line: string } | null = null;
  for (const line of resume.text.split('\n'))
    for (const m of line.matchAll(USERS_SHOWN)) {
      const n = Number(m[1]!.replace(/,/g, ''));
      if (!best || n > best.n) best = { n, line };
    }
  if (!best) return v;
  return { ...v, verdict: best.n >= want ? 'met' : 'partial', evidence: `The resume says \u201c${lineOf(best.line)}\u201d; ${want}+ asked.` };
}

/**
 * (s55) "3+ years in fraud analytics, risk modelling or a similar analytical role": the fields named before the "or" are
 * kinds of one work, and the role after it names that work's title: a role titled for it ("Senior Fraud Analyst", "Risk
 * Analyst", "Production Analyst") counts its years, whatever skills its lines name. (An engineering role is no analytical
 * one: "Software Engineer" does not count for it.)
 */
const SIMILAR_ROLE = /\b(?:years?|yrs)\b[^.;]{0,90}?\bor\s+(?:an?\s+|any\s+)?(?:other\s+|another\s+)?(?:similar|related|comparable|equivalent)\s+(analytical|analytics|analyst|engineering|security|research|data|support|operations)\s+(?:roles?|positions?|capacit(?:y|ies)|functions?|jobs?)\b/i;
const SIMILAR_TITLE: Readonly<Record<string, RegExp>> = {
  analytical: /\banalyst\b|\banalytics\b/i,
  analytics: /\banalyst\b|\banalytics\b/i,
  analyst: /\banalyst\b/i,
  engineering: /\bengineer(?:ing)?\b/i,
  security: /\bsecurity\b|\bSOC\b|\bcyber\b/i,
  research: /\bresearch(?:er)?\b|\bscientist\b/i,
  data: /\bdata\b/i,
  support: /\bsupport\b|\bservice desk\b|\bhelp ?desk\b/i,
  operations: /\boperations\b|\bops\b/i,
};
/** (s56) A place or function of work asked by its years, after "in" or "en" ("in a network operations centre", "en diffusion ou en r\u00e9gie finale"). */
const FIELD_IN = /\b\d{1,2}\s*\+?\s*(?:years?|yrs?|ans)\b[^,;()]*?\b(?:in|en|within)\s+(?:an?\s+|the\s+|la\s+|le\s+|l')?([^,;()]+)/i;
/** Fields too wide to be told by a title: the work overall, an industry, production. */
const FIELD_WIDE = /^(?:(?:the\s+)?(?:industry|field|production|total|tech|technology|software|IT|the workplace|a similar role|similar roles?|(?:a\s+)?professional\s+\w+|(?:a\s+)?commercial\s+\w+|(?:a\s+)?(?:similar|related|relevant)\s+\w+))$/i;
/** Words of a field too wide to tell it by a title alone. */
const WIDE_WORD = /^(?:IT|ICT|infrastructure|operations?|engineering|development|software|support|technology|tech|technical|security|data|analytics|management|systems?|networking|cloud|devops|production|services?|consulting|sales|marketing|finance|design|research|business|enterprise|digital|web|product|customer|professional|commercial)$/i;
/** Words a field's title need not hold. */
const FIELD_STOP = /^(?:a|an|the|of|and|de|des|du|la|le|les|en|in|for|et)$/i;
/** (s56) Products named in a bracket after the thing asked: "a print MIS (EFI Pace, Tharstern, Optimus or PrintVIS)". */
const PRODUCTS_BRACKET = /\b(?:administering|supporting|running|managing|configuring|using|with)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,4}?[\w-]+)\s*\(([^()]+)\)/i;

/**
 * (s56) The roles a years ask with no skill names counts: where it names products in a bracket ("a print MIS (EFI Pace,
 * Tharstern, Optimus or PrintVIS)"), the roles whose heading or lines name one of them or the thing itself ("print MIS");
 * where it names a place or function of work ("in a network operations centre"), the roles whose titles hold its words
 * or its initials ("NOC Analyst"). Null where it names neither, or no title names the place (the years are then read as
 * before).
 */
function fieldRoles(text: string, roles: Profile['roles'], resumeText: string, written = text): { roles: number[]; words: string } | null {
  const roleText = (r: Profile['roles'][number]) => resumeText.slice(r.textStart, r.textEnd);
  const b = PRODUCTS_BRACKET.exec(text);
  if (b) {
    const names = b[2]!.split(/\s*(?:,|\/|\bor\b|\bou\b|\boder\b)\s*/i).map((w) => w.replace(/^(?:and|e\.g\.,?|such as|like)\s+/i, '').trim()).filter(Boolean);
    // (Products, as written: each a capital or a digit after its first letter or a capitalised word; two at least.)
    if (names.length >= 2 && names.every((w) => /^[A-Z0-9]/.test(w) && w.length >= 3 && w.length <= 30)) {
      const thing = b[1]!.trim();
      const tests = [...names, ...(/[A-Z]/.test(thing) && thing.split(/\s+/).length > 1 ? [thing] : [])].map((w) => new RegExp(`(?<![\\w-])${escapeRe(w)}(?![\\w-])`, w === thing ? 'i' : ''));
      const at = roles.flatMap((r, i) => (tests.some((t) => t.test(roleText(r))) ? [i] : []));
      return { roles: at, words: at.length ? `that name ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : `names ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` };
    }
  }
  const m = FIELD_IN.exec(text);
  if (!m) return null;
  // (A field of wide words only, "IT infrastructure or operations", is not told by a title: the years stay the resume's.)
  const fields = m[1]!.trim().replace(/[.:]+$/, '').split(/\s+(?:or|ou|oder)\s+(?:(?:in|en)\s+)?(?:an?\s+|the\s+|la\s+|le\s+|l')?/i).map((f) => f.trim()).filter((f) => f && !FIELD_WIDE.test(f) && !f.split(/[\s-]+/).every((w) => FIELD_STOP.test(w) || WIDE_WORD.test(w)));
  if (!fields.length || fields.some((f) => f.split(/\s+/).length > 4)) return null;
  const titled = (title: string, f: string) => {
    const words = f.split(/[\s-]+/).filter((w) => !FIELD_STOP.test(w));
    if (words.length && words.every((w) => new RegExp(`(?<![\\w\\u00c0-\\u00ff])${escapeRe(w.replace(/(?:re|er|s)$/i, ''))}`, 'i').test(title))) return true;
    // (Its initials, three or more, as a word in capitals: "network operations centre", "NOC".)
    const initials = words.map((w) => w[0]!.toUpperCase()).join('');
    return initials.length >= 3 && new RegExp(`\\b${initials}\\b`).test(title);
  };
  const at = roles.flatMap((r, i) => (fields.some((f) => titled(r.title ?? '', f)) ? [i] : []));
  // (s58 lead: an ask read from another language names its field as written, "engenharia de dados", not in the padded
  // English it was read in, "Eng        of dados": the written text has the same length, so the same span.)
  const asWritten = (f: string) => {
    const from = text.indexOf(f);
    return written.length === text.length && from >= 0 && written !== text ? written.slice(from, from + f.length).replace(/\s+/g, ' ').trim() : f;
  };
  return at.length ? { roles: at, words: `titled for ${fields.map(asWritten).join(' or ')}` } : null;
}

function similarTitled(text: string, roles: Profile['roles']): { years: number; words: string } | null {
  const m = SIMILAR_ROLE.exec(text);
  if (!m) return null;
  const kind = m[1]!.toLowerCase();
  const re = SIMILAR_TITLE[kind]!;
  const at = roles.flatMap((r, i) => (re.test(r.title ?? '') ? [i] : []));
  return at.length ? { years: yearsOfRoles(roles, at), words: `for ${kind === 'analyst' || kind === 'analytical' || kind === 'analytics' ? 'analytical' : kind} work (${roles[at[0]!]!.title})` } : null;
}

/**
 * (s55) "iManage Work or NetDocuments administration", "Relativity or Nuix support": products named (none of them a skill
 * the taxonomy knows) with the work done on them. A resume's line that names one of them shows it; a resume of dated
 * roles that names none does not. "An iManage or NetDocuments vendor certification": a line that names one of them and a
 * certificate ("iManage Certified Professional") holds it.
 */
const NAMES_PART = String.raw`((?:[A-Z][\w.+-]*|[a-z]+[A-Z][\w.+-]*)(?:\s+[A-Z][\w.+-]*)?(?:\s*(?:,|\bor\b|\/)\s*(?:[A-Z][\w.+-]*|[a-z]+[A-Z][\w.+-]*)(?:\s+[A-Z][\w.+-]*)?)+)`;
const NAMES_WORK = new RegExp(String.raw`^\W*(?:[Aa]n?\s+)?${NAMES_PART}\s+((?:vendor\s+|product\s+)?(?:administration|administering|support|configuration|implementation|development|integration|certifications?|certificates?))\b`);
const CERT_WORD = /\bcertifi(?:ed|cation|cate)\b/i;
const NAMES_ONLY = new RegExp(String.raw`^\W*${NAMES_PART}\s*[.;]?\s*$`);
function namesAtWork(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (v.verdict !== 'unknown' || resume.text === undefined || item.groups.length || item.kind !== 'other' || !resume.profile?.roles.length) return v;
  // (A row of the names alone, "iManage or NetDocuments", asks them as they stand.)
  const m = NAMES_WORK.exec(item.text) ?? NAMES_ONLY.exec(item.text);
  if (!m) return v;
  const names = m[1]!.split(/\s*(?:,|\bor\b|\/)\s*/).map((x) => x.trim()).filter(Boolean);
  if (names.length < 2) return v;
  // (Names alone are products only where one is written as a product is, "iManage", "ShareFile", "HighQ": "London or Leeds"
  // is no such row.)
  if (!m[2] && !names.some((n) => /[a-z][A-Z]|^[a-z]+[A-Z]/.test(n))) return v;
  const cert = /certif/i.test(m[2] ?? '');
  const named = (l: string) => names.some((n) => new RegExp(`(?<![\\w-])${escapeRe(n.split(/\s+/)[0]!)}(?![\\w-])`).test(l));
  const line = resume.text.split('\n').find((l) => named(l) && (!cert || CERT_WORD.test(l)));
  if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d.` };
  return { ...v, verdict: 'unmet', evidence: `The resume names ${cert ? 'no certificate of ' : ''}${names.join(' or ')}.` };
}

/**
 * (s55) "Experience of HPC job scheduling and resource management": the scheduling asked is of HPC jobs, one ask, not HPC
 * and some scheduling apart. A cluster's workload manager named (Slurm, PBS, LSF, Grid Engine, HTCondor) meets it; HPC
 * shown without one is it partly; jobs scheduled elsewhere (cron, Rundeck, Airflow) without HPC are not it.
 */
const HPC_SCHEDULING_ASK = /\b(?:HPC|cluster|supercomput\w*)\b[^.;]{0,25}?\b(?:job|workload|batch)?\s*(?:schedul\w+|workload manag\w+)|\b(?:job|workload|batch)\s+schedul\w+\b[^.;]{0,30}?\b(?:on|for|in)\s+(?:an?\s+|the\s+)?(?:HPC|cluster|supercomput\w*)/i;
const HPC_SCHEDULER = /\b(?:Slurm|SLURM|PBS(?:\s*Pro)?|OpenPBS|Torque|LSF|Grid Engine|SGE|HTCondor|Moab)\b/;
function hpcScheduling(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  if (resume.text === undefined || !item.groups.some((g) => g.includes('hpc')) || !HPC_SCHEDULING_ASK.test(item.text)) return v;
  const line = resume.text.split('\n').find((l) => HPC_SCHEDULER.test(l));
  if (line) return { ...v, verdict: 'met', evidence: `The resume says \u201c${lineOf(line)}\u201d: a cluster\u2019s scheduler.` };
  const hpc = resume.covered.get('hpc');
  if (hpc) return { ...v, verdict: 'partial', evidence: `HPC shown (\u201c${hpc.evidence}\u201d); no cluster scheduler (Slurm, PBS, LSF) named.` };
  return resume.profile?.roles.length ? { ...v, verdict: 'unmet', evidence: 'The resume names no HPC cluster nor its scheduler (Slurm, PBS, LSF); jobs scheduled elsewhere are not it.' } : v;
}

/**
 * (s55) "4+ years in data engineering, building and running pipelines": years in an engineering discipline. An analyst's
 * role ("Senior Data Analyst") whose lines use the discipline's tools for its own reports ("Wrote Airflow DAGs that
 * refresh my team's Tableau extracts") is analysis, not that discipline: its years do not count, unless a line names the
 * discipline itself. An engineer's role, an analytics engineer's too, counts as before.
 */
const ANALYST_TITLE = /\b(?:analyst|scientist|analytics manager|insight(?:s)? manager)\b/i;
/**
 * (s59 tune) "4+ years in identity and access management" against a service desk analyst who resets passwords and MFA in
 * Entra ID: a help or service desk's role touches the field's tools for its callers, and its years are support's, not the
 * field's. Years of a field asked (not of running a thing) are counted without the roles titled for a desk or for support, unless the title names
 * the field itself ("IAM Support Engineer"); a field that is support's own (support, service management) keeps them.
 */
const SUPPORT_ASKED = /\b(?:support(?:ing)?|troubleshoot(?:ing)?)\s+(?:(?:of|for)\s+)?(?:(?:customers?|users?|clients?)(?:'|\u2019)?\s+)?(?:[\w-]+\s+){0,4}?(?:workloads?|environments?|systems?|services?|platforms?|infrastructure|customers?|users?|applications?|servers?)\b/i;
/** (s61 lead) Support named as the work asked after the thing supported: "2 years of AWS support or operations", "Linux support". */
const SUPPORT_NOUN_ASKED = /\b(?:[A-Z][\w.-]*|cloud|network|database|server|platform|infrastructure)\s+support\b(?!\s+(?:team|staff|desk|engineers?|analysts?)\b)/;
const DESK_TITLE = /\b(?:service\s*desk|help\s*desk|helpdesk|(?:IT|desktop|technical|end[- ]user|first[- ]line|second[- ]line|1st[- ]line|2nd[- ]line)\s+support|support\s+(?:technician|analyst|specialist|agent|intern))\b/i;
function deskYears(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts, name: (id: string) => string): RequirementVerdict {
  const p = resume.profile;
  // (Years of running a thing asked, "5+ years administering Oracle databases", are operatedOnly's: a support role that
  // queried it used it, partly met.)
  // (s59 lead: nor where the years asked are of supporting the thing, "2 years supporting AWS or Azure workloads": a support
  // role's years are the ones asked.)
  if (!item.years || item.years.min <= 0 || item.groups.length !== 1 || !p || v.verdict === 'unmet' || v.verdict === 'unknown' || ACTIVITY_YEARS.test(inEnglish(item.text)) || SUPPORT_ASKED.test(inEnglish(item.text)) || SUPPORT_NOUN_ASKED.test(inEnglish(item.text))) return v;
  const ids = item.groups[0]!.filter((id) => !isTerm(id));
  if (!ids.length || ids.some((id) => /support|desk|service management|ITIL|customer/i.test(name(id)) || /support|desk/i.test(id))) return v;
  const roles = [...new Set(ids.flatMap((id) => p.skillRoles[id] ?? []))];
  const desk = roles.filter((i) => DESK_TITLE.test(p.roles[i]!.title ?? '') && !ids.some((id) => namesThing(p.roles[i]!.title ?? '', [name(id), id.replace(/-/g, ' ')])));
  if (!desk.length) return v;
  const kept = roles.filter((i) => !desk.includes(i));
  const n = kept.length ? yearsOfRoles(p.roles, kept) : 0;
  if (n >= item.years.min) return v;
  const r = p.roles[desk[0]!]!;
  return { ...v, verdict: n > 0 ? 'partial' : 'unmet', evidence: `${r.title}${r.company ? ` \u2014 ${r.company}` : ''}: a support desk\u2019s role, not ${ids.map(name).join(' or ')}; ${years(n)} counted, ${item.years.min}+ asked.` };
}

function analystYears(item: RequirementItem, v: RequirementVerdict, resume: ResumeFacts): RequirementVerdict {
  const p = resume.profile;
  if (!item.years || !p || resume.text === undefined || v.verdict === 'unmet' || v.verdict === 'unknown') return v;
  const k = item.groups.findIndex((g) => g.length > 0 && g.every((id) => /^[a-z-]+-engineering$/.test(id)));
  if (k < 0) return v;
  const ids = item.groups[k]!;
  const words = (id: string) => new RegExp(`\\b${id.replace(/-/g, '[- ]')}\\b`, 'i');
  const roles = [...new Set(ids.flatMap((id) => [...(p.skillRoles[id] ?? []), ...(resume.termRoles?.get(id) ?? [])]))];
  const kept = roles.filter((i) => {
    const r = p.roles[i]!;
    if (!ANALYST_TITLE.test(r.title ?? '') || /\bengineer/i.test(r.title ?? '')) return true;
    return ids.some((id) => words(id).test(resume.text!.slice(r.textStart, r.textEnd)));
  });
  if (kept.length === roles.length || !roles.length) return v;
  const n = kept.length ? yearsOfRoles(p.roles, kept) : 0;
  if (n >= item.years.min) return v;
  const analyst = p.roles[roles.find((i) => !kept.includes(i))!]!;
  return { ...v, verdict: n > 0 ? 'partial' : 'unmet', evidence: `${analyst.title}${analyst.company ? ` \u2014 ${analyst.company}` : ''}: an analyst\u2019s role, not ${ids.map((id) => id.replace(/-/g, ' ')).join(' or ')}; ${years(n)} counted, ${item.years.min}+ asked.` };
}
