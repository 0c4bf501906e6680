/**
 * The field of work a role's title names. On a resume "Backend Engineer, Acme, 2019 – now" shows backend
 * development for those years as plainly as a bullet would, although in a posting the same words are only the
 * opening's name (which is why the taxonomy does not read them as a skill). Only the titles of dated roles go
 * through here, so the header's headline or a posting's title never do.
 *
 * Each entry: a test on the title (any case), the skill ids it shows. The ids are the taxonomy's disciplines; a
 * title names its field, and an SRE, platform, DevOps or cloud engineer's years are infrastructure engineering too.
 */
const TITLE_FIELDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bback[- ]?end\b/i, ['backend-development']],
  [/\bfront[- ]?end\b/i, ['frontend-development']],
  [/\bfull[- ]?stack\b/i, ['full-stack-development']],
  [/\bsite reliability\b|\bSREs?\b/i, ['site-reliability-engineering', 'infrastructure-engineering']],
  [/\bdev\s?ops\b/i, ['devops', 'infrastructure-engineering']],
  [/\bplatform (?:engineer|developer|architect)/i, ['platform-engineering', 'infrastructure-engineering']],
  [/\b(?:cloud|infrastructure|infra) (?:engineer|developer|architect)/i, ['infrastructure-engineering']],
  // A systems, production or operations engineer runs the machines and services others build on ("Senior Systems Engineer",
  // Meta's "Production Engineer"); an embedded or aerospace systems engineer does not.
  [/(?<!\bembedded |\bavionics |\baerospace |\bcontrol |\bflight )\b(?:systems|production|operations|ops) engineer/i, ['infrastructure-engineering']],
  // A production support engineer keeps live services up (on call, incidents, deploys): operations work.
  [/\bproduction support (?:engineer|lead)\b/i, ['infrastructure-engineering']],
  // (s52: building and running data pipelines is what a data engineer's years are: "4+ years building data pipelines".)
  [/\bdata (?:platform )?engineer/i, ['data-engineering', 'data-pipelines']],
  [/\b(?:mobile|ios|android) (?:engineer|developer)/i, ['mobile-development']],
  [/\bembedded (?:software |systems? )?(?:engineer|developer)/i, ['embedded-systems']],
  [/\bsys(?:tems?)?\s?admin(?:istrator)?\b/i, ['systems-administration']],
  [/\bnetwork (?:engineer|administrator|architect)/i, ['networking']],
  [/\bdatabase (?:administrator|engineer|reliability)|\bDBA\b|\bDBRE\b/i, ['databases']],
  [/\bfirmware (?:engineer|developer)/i, ['embedded-systems']],
  [/\bdata scientists?\b/i, ['data-science']],
  [/\b(?:data|business intelligence|BI|analytics) analyst\b/i, ['data-analysis']],
  [/\b(?:machine learning|ML) (?:engineer|scientist|researcher|developer)/i, ['machine-learning']],
  // An ML platform, ML infrastructure or MLOps engineer runs the training and serving platform: years of MLOps (s41).
  [/\b(?:machine learning|ML|AI) (?:platform|infrastructure|infra|ops) (?:engineer|developer|architect|lead)|\b(?:MLOps|LLMOps) (?:engineer|developer|architect|lead)/i, ['mlops']],
  [/\bbioinformatician\b|\bbioinformatics (?:engineer|scientist|analyst|developer)/i, ['bioinformatics']],
  // A QA or test engineer's years are years of quality assurance; an automation tester's or an SDET's, of automated testing too.
  [/\b(?:QA|quality assurance|test|testing|software test) (?:automation )?(?:engineer|analyst|lead|tester|specialist)\b|\bSDET\b|\btest automation (?:engineer|lead|developer)\b|\bQA automation\b/i, ['quality-assurance']],
  [/\bSDET\b|\b(?:test|QA) automation\b|\bautomation (?:test|QA) engineer/i, ['automated-testing']],
  [/\bsecurity (?:engineer|analyst|architect|researcher)\b|\bSOC analyst\b/i, ['security']],
  [/\bSOC analyst\b|\bsecurity operations (?:engineer|analyst)/i, ['security-operations']],
  [/\bpenetration tester\b|\bpen ?tester\b/i, ['penetration-testing']],
  [/\b(?:game|gameplay) (?:developer|programmer|engineer)\b/i, ['game-development']],
  [/\b(?:help ?desk|service desk|IT support|desktop support) (?:technician|analyst|engineer|specialist|agent)\b/i, ['it-support']],
  // (s52) A computer or PC repair technician fixes and reimages the machines users bring: desktop support's work.
  [/\b(?:computer|PC|laptop|desktop) (?:repair |service )?(?:technician|tech)\b/i, ['it-support']],
  // (s45) A support engineer of a software company ("Technical Support Engineer (Tier 2)", "Customer Support Engineer", "L2
  // Support Engineer") debugs customers' problems in the product: years of support engineering. (Not an IT, desktop or
  // help-desk support engineer's, which are IT support's, above.)
  [/(?<!\b(?:IT|desktop|help ?desk|service desk|field)\s)\b(?:(?:technical|customer|product|application|applications|software|premium|enterprise)\s+|(?:L|tier\s?|level\s?)[23]\s+)?support engineer\b/i, ['technical-support-engineering']],
  [/\bsalesforce (?:developer|administrator|admin|engineer|architect|consultant)\b/i, ['salesforce']],
  // A lead's or a manager's years are years of leading.
  [/\b(?:tech(?:nical)? lead|team lead|lead (?:engineer|developer)|engineering manager|head of engineering)\b/i, ['leadership']],
];

/** The skill ids a role's title shows, in the table's order, each once. */
export function titleFields(title: string | null): string[] {
  if (!title) return [];
  const out: string[] = [];
  for (const [test, ids] of TITLE_FIELDS) if (test.test(title)) for (const id of ids) if (!out.includes(id)) out.push(id);
  return out;
}
